"""The work a regular expression does on a text, counted: the characters a backtracking matcher looks at.

Python's `re` reports no count of its steps, so this module matches a pattern the way `re`'s engine does (its parsed
form, `re._parser`: each alternative, repetition and lookaround tried in the same order) and counts each look at a
character. A pattern that tries a long run again from each of its places (a lazy group before an optional tail, two
repetitions that can split a run of blanks between them) counts in the square of the run; a linear one counts a few
looks a character. `Counted` stands in for a module's pattern: it answers with the real pattern and adds the work.
Only the parts of the syntax adrtool's patterns use are known; any other raises, so that a count is never a guess.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any

if sys.version_info >= (3, 11):
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
else:  # (Python 3.10 keeps the parser as the modules it deprecated later)
    import sre_constants as c
    import sre_parse as _parser

_CATEGORIES: dict[Any, Callable[[str], bool]] = {
    c.CATEGORY_DIGIT: str.isdecimal, c.CATEGORY_NOT_DIGIT: lambda char: not char.isdecimal(),
    c.CATEGORY_SPACE: str.isspace, c.CATEGORY_NOT_SPACE: lambda char: not char.isspace(),
    c.CATEGORY_WORD: lambda char: char.isalnum() or char == "_",
    c.CATEGORY_NOT_WORD: lambda char: not (char.isalnum() or char == "_"),
}


class _Matcher:
    def __init__(self, pattern: str, flags: int, text: str, endpos: int) -> None:
        self.tree = _parser.parse(pattern, flags)
        self.flags = self.tree.state.flags
        self.text, self.end, self.looks = text, endpos, 0
        self.groups: dict[int, tuple[int, int]] = {}

    def _folded(self, char: str) -> str:
        return char.lower() if self.flags & re.IGNORECASE else char

    def _one(self, op: Any, av: Any, char: str) -> bool:
        """Whether the one-character item ``op av`` takes ``char``."""
        if op is c.LITERAL:
            return self._folded(char) == self._folded(chr(av))
        if op is c.NOT_LITERAL:
            return self._folded(char) != self._folded(chr(av))
        if op is c.ANY:
            return char != "\n" or bool(self.flags & re.DOTALL)
        if op is c.IN:
            negated = bool(av) and av[0][0] is c.NEGATE
            return self._in(av[1:] if negated else av, char) != negated
        raise NotImplementedError(op)

    def _in(self, items: Any, char: str) -> bool:
        for op, av in items:
            if (op is c.LITERAL and self._folded(char) == self._folded(chr(av))) or (op is c.RANGE and (
                    av[0] <= ord(char) <= av[1] or (self.flags & re.IGNORECASE and (
                    av[0] <= ord(char.lower()) <= av[1] or av[0] <= ord(char.upper()) <= av[1])))) \
                    or (op is c.CATEGORY and _CATEGORIES[av](char)):
                return True
        return False

    def _take(self, op: Any, av: Any, pos: int) -> bool:
        self.looks += 1
        return pos < self.end and self._one(op, av, self.text[pos])

    def seq(self, items: Any, k: int, pos: int, then: Callable[[int], bool]) -> bool:
        if k == len(items):
            return then(pos)
        op, av = items[k]

        def rest(at: int) -> bool:
            return self.seq(items, k + 1, at, then)

        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
            return self._take(op, av, pos) and rest(pos + 1)
        if op is c.SUBPATTERN:
            group, sub = av[0], av[3]

            def close(at: int) -> bool:
                before = self.groups.get(group)
                if group is not None:
                    self.groups[group] = (pos, at)
                if rest(at):
                    return True
                if group is not None:
                    self.groups.pop(group, None) if before is None else self.groups.update({group: before})
                return False
            return self.seq(sub, 0, pos, close)
        if op is c.BRANCH:
            return any(self.seq(branch, 0, pos, rest) for branch in av[1])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            return self._repeat(op is c.MAX_REPEAT, av, pos, rest)
        if op in (c.ASSERT, c.ASSERT_NOT):
            direction, sub = av
            start = pos if direction == 1 else pos - sub.getwidth()[0]
            found = start >= 0 and self.seq(sub, 0, start, lambda at: True)
            return found == (op is c.ASSERT) and rest(pos)
        if op is c.AT:
            return self._at(av, pos) and rest(pos)
        if op is c.GROUPREF:
            if av not in self.groups:
                return False
            start, stop = self.groups[av]
            width = stop - start
            self.looks += width + 1
            return self.text[pos:pos + width] == self.text[start:stop] and pos + width <= self.end and rest(pos + width)
        if op is c.GROUPREF_EXISTS:
            group, yes, no = av
            return self.seq(yes if group in self.groups else (no or []), 0, pos, rest)
        raise NotImplementedError(op)

    def _at(self, av: Any, pos: int) -> bool:
        if av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
            return pos == 0
        if av is c.AT_END:
            return pos == self.end or (pos == self.end - 1 and self.text[pos] == "\n")
        if av is c.AT_END_STRING:
            return pos == self.end
        raise NotImplementedError(av)

    def _repeat(self, greedy: bool, av: Any, pos: int, rest: Callable[[int], bool]) -> bool:
        least, most, sub = av
        if len(sub) == 1 and sub[0][0] in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):  # one character at a time
            op, item = sub[0]
            if greedy:
                run = 0
                while run < most and self._take(op, item, pos + run):
                    run += 1
                return any(rest(pos + count) for count in range(run, least - 1, -1))
            count = 0
            while True:
                if count >= least and rest(pos + count):
                    return True
                if count >= most or not self._take(op, item, pos + count):
                    return False
                count += 1

        def greedily(count: int, at: int) -> bool:  # as many as will do, then one fewer
            return (count < most and self.seq(sub, 0, at, lambda after: after > at and greedily(count + 1, after))) \
                or (count >= least and rest(at))

        def lazily(count: int, at: int) -> bool:  # as few as will do, then one more
            return (count >= least and rest(at)) \
                or (count < most and self.seq(sub, 0, at, lambda after: after > at and lazily(count + 1, after)))
        return (greedily if greedy else lazily)(0, pos)


def work(pattern: re.Pattern[str], text: str, how: str = "match", pos: int = 0, endpos: int | None = None) -> int:
    """The characters ``pattern`` looks at doing ``how`` (`match`, `fullmatch`, `search`) on ``text``."""
    end = len(text) if endpos is None else min(endpos, len(text))
    matcher = _Matcher(pattern.pattern, pattern.flags, text, end)
    starts = range(pos, end + 1) if how == "search" else range(pos, pos + 1)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 100_000))
    try:
        for start in starts:
            matcher.groups = {}
            if matcher.seq(matcher.tree.data, 0, start, (lambda at: at == end) if how == "fullmatch"
                           else (lambda at: True)):
                break
    finally:
        sys.setrecursionlimit(limit)
    return matcher.looks


class Counted:
    """A pattern's stand-in: ``match``, ``fullmatch`` and ``search`` answer as the pattern does and add their work to
    ``looks``; anything else is the pattern's own."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.real = pattern
        self.looks = 0

    def _counted(self, how: str) -> Callable[..., re.Match[str] | None]:
        def call(text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
            self.looks += work(self.real, text, how, pos, endpos)
            return getattr(self.real, how)(text, pos, endpos)  # type: ignore[no-any-return]
        return call

    def __getattr__(self, name: str) -> Any:
        if name in ("match", "fullmatch", "search"):
            return self._counted(name)
        return getattr(self.real, name)
