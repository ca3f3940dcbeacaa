"""Caches and the other speed machinery, behind one door (see docs/architecture.md)."""
