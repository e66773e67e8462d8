from typing import Literal

MessageEventType = Literal["ai_message", "human_message", "system_message", "tool_message"]

MESSAGE_EVENT_TYPE_VALUES: set[MessageEventType] = {
    "ai_message",
    "human_message",
    "system_message",
    "tool_message",
}


def check_message_event_type(value: str) -> MessageEventType:
    if value in MESSAGE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_EVENT_TYPE_VALUES!r}")
