"""Whether this process runs one command and ends: the console script says so (tests and `adr mcp`, which go
on after a command, do not). A module of its own, imported by the console before an answer is replayed:
saying so must not import the store."""

from __future__ import annotations

# Objects that live to the end of a one-command process may be left out of garbage collection.
ONE_COMMAND = False
