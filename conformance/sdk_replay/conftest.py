"""The SDK replay suite's fixtures (shared with the differential suite: conformance/kit/targets.py)."""

from conformance.kit.targets import graphport

__all__ = ["graphport"]
