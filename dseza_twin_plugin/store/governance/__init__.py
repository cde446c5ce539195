"""Governance of the twin store: roles and row-level security (PostGIS), the permissions matrix, the audit
and its history ("as of"), optimistic locking, and the data-quality gate.

Nothing here imports Qt: the Processing algorithms of the ``governance`` group are thin adapters over it.
"""
