"""Contains all the data models used in inputs/outputs"""

from .assistant import Assistant
from .assistant_count_request import AssistantCountRequest
from .assistant_create import AssistantCreate
from .assistant_fields import AssistantFields
from .assistant_graph import AssistantGraph
from .assistant_patch import AssistantPatch
from .assistant_search_request import AssistantSearchRequest
from .assistant_select_field import AssistantSelectField
from .assistant_sort_by import AssistantSortBy
from .assistant_version import AssistantVersion
from .assistant_version_change import AssistantVersionChange
from .assistant_versions_search_request import AssistantVersionsSearchRequest
from .caller_token_usage import CallerTokenUsage
from .cancel_action import CancelAction
from .checkpoint_config import CheckpointConfig
from .checkpoint_config_checkpoint_map import CheckpointConfigCheckpointMap
from .checkpoint_selector import CheckpointSelector
from .checkpoint_selector_checkpoint_map import CheckpointSelectorCheckpointMap
from .command import Command
from .command_update import CommandUpdate
from .config import Config
from .config_configurable import ConfigConfigurable
from .context import Context
from .cron import Cron
from .cron_count_request import CronCountRequest
from .cron_create import CronCreate
from .cron_create_input import CronCreateInput
from .cron_fields import CronFields
from .cron_fields_payload import CronFieldsPayload
from .cron_patch import CronPatch
from .cron_patch_input import CronPatchInput
from .cron_search_request import CronSearchRequest
from .cron_select_field import CronSelectField
from .cron_sort_by import CronSortBy
from .durability import Durability
from .error_response import ErrorResponse
from .error_stream_event import ErrorStreamEvent
from .feedback_rating import FeedbackRating
from .feedback_stats import FeedbackStats
from .graph_edge import GraphEdge
from .graph_json_schema import GraphJsonSchema
from .graph_node import GraphNode
from .graph_node_data import GraphNodeData
from .graph_node_metadata import GraphNodeMetadata
from .graph_node_type import GraphNodeType
from .graph_schemas import GraphSchemas
from .health_check_check_db import HealthCheckCheckDb
from .health_status import HealthStatus
from .health_status_services import HealthStatusServices
from .if_exists import IfExists
from .if_not_exists import IfNotExists
from .interrupt import Interrupt
from .interrupt_response_schema import InterruptResponseSchema
from .item import Item
from .item_value import ItemValue
from .langsmith_tracer import LangsmithTracer
from .list_namespace_response import ListNamespaceResponse
from .message_event_type import MessageEventType
from .message_tuple_message import MessageTupleMessage
from .message_tuple_metadata import MessageTupleMetadata
from .message_tuple_stream_event import MessageTupleStreamEvent
from .metadata import Metadata
from .metadata_stream_event import MetadataStreamEvent
from .mode_stream_event import ModeStreamEvent
from .model_token_usage import ModelTokenUsage
from .multitask_strategy import MultitaskStrategy
from .on_completion import OnCompletion
from .on_disconnect import OnDisconnect
from .run import Run
from .run_create import RunCreate
from .run_event import RunEvent
from .run_feedback import RunFeedback
from .run_feedback_create import RunFeedbackCreate
from .run_feedback_summary import RunFeedbackSummary
from .run_fields import RunFields
from .run_fields_kwargs import RunFieldsKwargs
from .run_message import RunMessage
from .run_message_message import RunMessageMessage
from .run_message_page import RunMessagePage
from .run_select_field import RunSelectField
from .run_status import RunStatus
from .run_stream_metadata import RunStreamMetadata
from .runs_cancel_by_ids import RunsCancelByIds
from .runs_cancel_by_status import RunsCancelByStatus
from .runs_cancel_status import RunsCancelStatus
from .search_item import SearchItem
from .search_item_value import SearchItemValue
from .search_items_response import SearchItemsResponse
from .send import Send
from .server_flags import ServerFlags
from .server_host import ServerHost
from .server_info import ServerInfo
from .service_health import ServiceHealth
from .sort_order import SortOrder
from .state_update_event_data import StateUpdateEventData
from .state_update_stream_event import StateUpdateStreamEvent
from .stateless_run_create import StatelessRunCreate
from .store_delete_request import StoreDeleteRequest
from .store_list_namespaces_request import StoreListNamespacesRequest
from .store_put_request import StorePutRequest
from .store_put_request_value import StorePutRequestValue
from .store_search_request import StoreSearchRequest
from .store_search_request_filter import StoreSearchRequestFilter
from .stream_error import StreamError
from .stream_mode import StreamMode
from .subgraph_schemas import SubgraphSchemas
from .subgraphs import Subgraphs
from .thread import Thread
from .thread_count_request import ThreadCountRequest
from .thread_count_request_metadata import ThreadCountRequestMetadata
from .thread_count_request_values import ThreadCountRequestValues
from .thread_create import ThreadCreate
from .thread_cron_create import ThreadCronCreate
from .thread_cron_create_input import ThreadCronCreateInput
from .thread_error import ThreadError
from .thread_fields import ThreadFields
from .thread_fields_config import ThreadFieldsConfig
from .thread_fields_extracted import ThreadFieldsExtracted
from .thread_fields_interrupts import ThreadFieldsInterrupts
from .thread_fields_values import ThreadFieldsValues
from .thread_history_request import ThreadHistoryRequest
from .thread_history_request_metadata import ThreadHistoryRequestMetadata
from .thread_message import ThreadMessage
from .thread_message_message import ThreadMessageMessage
from .thread_patch import ThreadPatch
from .thread_prune_request import ThreadPruneRequest
from .thread_prune_response import ThreadPruneResponse
from .thread_prune_strategy import ThreadPruneStrategy
from .thread_search_request import ThreadSearchRequest
from .thread_search_request_extract import ThreadSearchRequestExtract
from .thread_search_request_metadata import ThreadSearchRequestMetadata
from .thread_search_request_values import ThreadSearchRequestValues
from .thread_select_field import ThreadSelectField
from .thread_sort_by import ThreadSortBy
from .thread_state import ThreadState
from .thread_state_checkpoint_request import ThreadStateCheckpointRequest
from .thread_state_metadata import ThreadStateMetadata
from .thread_state_patch import ThreadStatePatch
from .thread_state_patch_metadata import ThreadStatePatchMetadata
from .thread_state_update import ThreadStateUpdate
from .thread_state_update_response import ThreadStateUpdateResponse
from .thread_state_update_response_configurable import ThreadStateUpdateResponseConfigurable
from .thread_state_update_values import ThreadStateUpdateValues
from .thread_state_values import ThreadStateValues
from .thread_status import ThreadStatus
from .thread_stream_mode import ThreadStreamMode
from .thread_superstep import ThreadSuperstep
from .thread_superstep_update import ThreadSuperstepUpdate
from .thread_superstep_update_values import ThreadSuperstepUpdateValues
from .thread_task import ThreadTask
from .thread_token_usage import ThreadTokenUsage
from .thread_token_usage_by_model import ThreadTokenUsageByModel
from .thread_ttl import ThreadTtl
from .thread_ttl_info import ThreadTtlInfo

__all__ = (
    "Assistant",
    "AssistantCountRequest",
    "AssistantCreate",
    "AssistantFields",
    "AssistantGraph",
    "AssistantPatch",
    "AssistantSearchRequest",
    "AssistantSelectField",
    "AssistantSortBy",
    "AssistantVersion",
    "AssistantVersionChange",
    "AssistantVersionsSearchRequest",
    "CallerTokenUsage",
    "CancelAction",
    "CheckpointConfig",
    "CheckpointConfigCheckpointMap",
    "CheckpointSelector",
    "CheckpointSelectorCheckpointMap",
    "Command",
    "CommandUpdate",
    "Config",
    "ConfigConfigurable",
    "Context",
    "Cron",
    "CronCountRequest",
    "CronCreate",
    "CronCreateInput",
    "CronFields",
    "CronFieldsPayload",
    "CronPatch",
    "CronPatchInput",
    "CronSearchRequest",
    "CronSelectField",
    "CronSortBy",
    "Durability",
    "ErrorResponse",
    "ErrorStreamEvent",
    "FeedbackRating",
    "FeedbackStats",
    "GraphEdge",
    "GraphJsonSchema",
    "GraphNode",
    "GraphNodeData",
    "GraphNodeMetadata",
    "GraphNodeType",
    "GraphSchemas",
    "HealthCheckCheckDb",
    "HealthStatus",
    "HealthStatusServices",
    "IfExists",
    "IfNotExists",
    "Interrupt",
    "InterruptResponseSchema",
    "Item",
    "ItemValue",
    "LangsmithTracer",
    "ListNamespaceResponse",
    "MessageEventType",
    "MessageTupleMessage",
    "MessageTupleMetadata",
    "MessageTupleStreamEvent",
    "Metadata",
    "MetadataStreamEvent",
    "ModelTokenUsage",
    "ModeStreamEvent",
    "MultitaskStrategy",
    "OnCompletion",
    "OnDisconnect",
    "Run",
    "RunCreate",
    "RunEvent",
    "RunFeedback",
    "RunFeedbackCreate",
    "RunFeedbackSummary",
    "RunFields",
    "RunFieldsKwargs",
    "RunMessage",
    "RunMessageMessage",
    "RunMessagePage",
    "RunsCancelByIds",
    "RunsCancelByStatus",
    "RunsCancelStatus",
    "RunSelectField",
    "RunStatus",
    "RunStreamMetadata",
    "SearchItem",
    "SearchItemsResponse",
    "SearchItemValue",
    "Send",
    "ServerFlags",
    "ServerHost",
    "ServerInfo",
    "ServiceHealth",
    "SortOrder",
    "StatelessRunCreate",
    "StateUpdateEventData",
    "StateUpdateStreamEvent",
    "StoreDeleteRequest",
    "StoreListNamespacesRequest",
    "StorePutRequest",
    "StorePutRequestValue",
    "StoreSearchRequest",
    "StoreSearchRequestFilter",
    "StreamError",
    "StreamMode",
    "Subgraphs",
    "SubgraphSchemas",
    "Thread",
    "ThreadCountRequest",
    "ThreadCountRequestMetadata",
    "ThreadCountRequestValues",
    "ThreadCreate",
    "ThreadCronCreate",
    "ThreadCronCreateInput",
    "ThreadError",
    "ThreadFields",
    "ThreadFieldsConfig",
    "ThreadFieldsExtracted",
    "ThreadFieldsInterrupts",
    "ThreadFieldsValues",
    "ThreadHistoryRequest",
    "ThreadHistoryRequestMetadata",
    "ThreadMessage",
    "ThreadMessageMessage",
    "ThreadPatch",
    "ThreadPruneRequest",
    "ThreadPruneResponse",
    "ThreadPruneStrategy",
    "ThreadSearchRequest",
    "ThreadSearchRequestExtract",
    "ThreadSearchRequestMetadata",
    "ThreadSearchRequestValues",
    "ThreadSelectField",
    "ThreadSortBy",
    "ThreadState",
    "ThreadStateCheckpointRequest",
    "ThreadStateMetadata",
    "ThreadStatePatch",
    "ThreadStatePatchMetadata",
    "ThreadStateUpdate",
    "ThreadStateUpdateResponse",
    "ThreadStateUpdateResponseConfigurable",
    "ThreadStateUpdateValues",
    "ThreadStateValues",
    "ThreadStatus",
    "ThreadStreamMode",
    "ThreadSuperstep",
    "ThreadSuperstepUpdate",
    "ThreadSuperstepUpdateValues",
    "ThreadTask",
    "ThreadTokenUsage",
    "ThreadTokenUsageByModel",
    "ThreadTtl",
    "ThreadTtlInfo",
)
