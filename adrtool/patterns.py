"""Regular expressions compiled when first used.

The reader holds many module-level patterns, and compiling a pattern is pure Python work done by every
process at import: the large ones (keys, month names and status words of many languages, with IGNORECASE) cost
as much to compile as reading many records. Most logs never need most of them (an adr-tools log no
MADR 2 bullet's, a front-matter log no table row's). ``deferred`` gives a stand-in that compiles on its first
use and then puts the compiled pattern in its place in the module that named it, so that later uses find the
real pattern with no extra step.

Standard library only (the foundation layer).
"""

from __future__ import annotations

import _thread
import re
import sys
from typing import Any, cast

# One compile at a time: threads first using a pattern together get the one compiled pattern the module ends up
# holding (the reader compares a match's pattern with the module's by identity).
_COMPILING = _thread.allocate_lock()


class _Deferred:
    """A pattern not compiled yet: any attribute (``match``, ``search``, ``pattern``, ...) compiles it, rebinds
    the module-level names bound to this stand-in, and is then taken from the compiled pattern."""

    __slots__ = ("_compiled", "_flags", "_namespace", "_source")

    def __init__(self, source: str, flags: int, namespace: dict[str, Any]) -> None:
        self._source = source
        self._flags = flags
        self._namespace = namespace
        self._compiled: re.Pattern[str] | None = None

    def _compile(self) -> re.Pattern[str]:
        with _COMPILING:
            compiled = self._compiled
            if compiled is None:
                compiled = re.compile(self._source, self._flags)
                for name, value in list(self._namespace.items()):
                    if value is self:
                        self._namespace[name] = compiled
                self._compiled = compiled
        return compiled

    def __getattr__(self, name: str) -> Any:
        # Only for what the slots above do not hold: a stand-in still reached after the rebinding (kept in a
        # tuple, or imported by name into another module) takes this step at each use.
        compiled = self._compiled
        return getattr(compiled if compiled is not None else self._compile(), name)

    def __repr__(self) -> str:
        return f"deferred({self._source!r}, {self._flags!r})"


def deferred(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, done at the pattern's first use rather than at import. Only for a pattern
    bound to a module-level name and used through its methods and attributes (``re.sub(pattern, ...)`` needs the
    compiled pattern: compile those at import). A match's pattern may be compared with the module's name by
    identity there (``match.re is _TITLE``): a match from it means the name was rebound to it first; a stand-in
    still in place compares unequal, as the pattern it stands for made no match."""
    namespace = sys._getframe(1).f_globals
    return cast("re.Pattern[str]", _Deferred(source, int(flags), namespace))
