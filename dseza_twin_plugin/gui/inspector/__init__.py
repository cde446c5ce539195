"""The zone inspector: a dock that shows everything the twin knows about an area, zone or lot."""

from .dock import ZoneInspectorDock

__all__ = ["ZoneInspectorDock"]
