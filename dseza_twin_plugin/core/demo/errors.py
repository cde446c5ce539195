"""Exceptions of the demo generator."""

from __future__ import annotations


class DemoCanceled(Exception):  # noqa: N818 - the name is the public API
    """The caller's ``is_canceled()`` returned True; nothing was produced."""
