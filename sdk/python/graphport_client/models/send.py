from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Send")


@_attrs_define
class Send:
    """Send `input` to `node` (a `Send` packet in `Command.goto`).

    Attributes:
        node (str):
        input_ (Any): Input for the node (any JSON).
    """

    node: str
    input_: Any

    def to_dict(self) -> dict[str, Any]:
        node = self.node

        input_ = self.input_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "node": node,
                "input": input_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node = d.pop("node")

        input_ = d.pop("input")

        send = cls(
            node=node,
            input_=input_,
        )

        return send
