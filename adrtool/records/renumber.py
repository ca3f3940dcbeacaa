"""`adr renumber`: give a record another number, and every reference to it the new one, in one step.

Every edit is computed first, from the log read under the directory's lock, then checked (each edited record
is read again and must name the new number wherever it named the old one), then committed as one change
(``adrtool.records.changes``): the renamed file created, the referring records replaced (each only if it
still holds what was read), the old file removed, all or nothing, also when the process is killed midway.

What is rewritten, in the decision directory's records:
- front matter and MADR 2 bullets: `supersedes`, `superseded-by`, `relates-to` (and their aliases) and a
  MADR status `superseded by ADR-0005`, token by token, keeping each value's form (5, 0005, ADR-0005, a file
  name), so the diff is one or two lines;
- Markdown links to the record's file anywhere in a record (adr-tools' `Superseded by [5. Title](0005-..)`
  in the Status section, links in the body), and a label naming the old number (`5. Title`, `ADR-0005`);
- a record a bullet names without a link where it is read as a relation (`- ADR-013: Title` under `## Related`);
- the renamed record's own adr-tools title `# 5. Title`.
Plain-text mentions ("see ADR 5") are left alone: they cannot be told apart from other numbers.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from adrtool import fsio
from adrtool.errors import AdrError, UsageError
from adrtool.fsio import TextFile
from adrtool.model import Dialect, Record
from adrtool.records.changes import FileChange
from adrtool.records.names import MOST_REFERENCE_DIGITS, parse_listed

if TYPE_CHECKING:
    from adrtool.records.log import DecisionLog

# {number: the branches using it} given the file name of the record being renumbered (which, on a branch, is no
# other record, whatever its number there).
NumberSource = Callable[[str], dict[int, str]]

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
_REFERENCE_KEYS = ("supersedes", "superseded-by", "superseded_by", "relates-to", "relates_to", "status")
# A reference inside a metadata value: 5, 0005, ADR-0005, adr 5, 0005-title.md (the slug kept as it is).
_TOKEN = re.compile(r"(?<![\w.-])(?P<prefix>ADR[-_ ]?)?(?P<digits>\d+)(?P<suffix>[-_][\w.-]*?\.md)?(?![\w.])",
                    re.IGNORECASE)
# A link reference definition: `[label]: target "title"`.
_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]+)>?", re.MULTILINE)
_LABEL_NUMBER = re.compile(r"^(?P<prefix>\s*(?:ADR[-_ ]?)?)(?P<digits>\d+)(?P<rest>\.\s.*|\s*)$",
                           re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Renumbering:
    record: Record
    old_path: Path
    new_path: Path
    number: int
    updated: tuple[Path, ...]  # other records whose references were rewritten
    unchecked: tuple[Path, ...] = ()  # record files that could not be read, so were not searched
    skipped: dict[int, str] = field(default_factory=dict)  # numbers taken on other branches (--next)
    conflicts: dict[int, str] = field(default_factory=dict)  # --to N, and N is used on another branch
    changes: tuple[FileChange, ...] = ()


def plan_renumber(log: DecisionLog, ref: str, *, to: int | None = None,
                  other_numbers: NumberSource | None = None) -> Renumbering:
    """Renumber the record ``ref`` names to ``to``, or to the next free number when ``to`` is None: every
    change planned from ``log`` (read under the directory's lock), none made."""
    from adrtool.records.log import record_names

    record = log.find(ref)
    if record.number is None:
        raise UsageError(f"{record.filename} is named by its date and has no number to change")
    if "/" in record.filename:
        folder = record.filename.split("/", 1)[0]
        raise UsageError(f"ADR {record.number:04d} is kept in a folder of its own ({folder}/), which adr renumber "
                         "does not rename; rename the folder")
    own = log.log_of(record.directory)  # the record's log: its directory, and its areas (one sequence)
    taken: dict[int, str] = {}
    for directory in (own, *log.areas_of(own)):
        folder = "" if directory == own else f"{directory.name}/"
        for name in record_names(directory):
            named = parse_listed(name)
            if named is not None and named.number is not None:
                taken.setdefault(named.number, folder + name)
    elsewhere = other_numbers(record.filename) if other_numbers is not None else {}
    skipped: dict[int, str] = {}
    conflicts: dict[int, str] = {}
    if to is None:
        number = max([0, *taken, *elsewhere]) + 1
        skipped = {n: where for n, where in elsewhere.items() if n not in taken and n > max([0, *taken])}
        if len(str(number)) > MOST_REFERENCE_DIGITS:
            raise UsageError(f"the next free number, {number}, has more than {MOST_REFERENCE_DIGITS} digits: no "
                             "reference to it would be read; give --to N")
    else:
        number = _check_target(record, to, taken)
        conflicts = {number: elsewhere[number]} if number in elsewhere else {}
    plan = _plan(log.records, record, number)
    return Renumbering(record, record.path, plan[0].path, number,
                       tuple(change.path for change in plan[1:-1]),
                       tuple(failure.path for failure in log.failures if failure.path is not None),
                       skipped, conflicts, tuple(plan))


def _check_target(record: Record, number: int, taken: dict[int, str]) -> int:
    if number < 0:
        raise UsageError(f"--to {number}: record numbers are not negative")
    if len(str(number)) > MOST_REFERENCE_DIGITS:
        raise UsageError(f"--to {number}: a record number has at most {MOST_REFERENCE_DIGITS} digits, as many as "
                         "a reference to it is read by")
    if number == record.number:
        raise UsageError(f"{record.filename} already has number {number}")
    if number in taken:
        raise UsageError(f"--to {number}: {taken[number]} already has that number")
    return number


def new_filename(record: Record, number: int) -> str:
    """The record's file name with another number, padded as the old one was, slug unchanged."""
    named = parse_listed(record.filename)
    assert named is not None and named.number is not None
    scheme = named.scheme
    digits = named.id
    if scheme.trailing:  # `implement-cli-framework_001.md`: the number after the words
        return f"{record.filename[:-len(digits) - 3]}{number:0{len(digits)}d}.md"
    head = f"{scheme.prefix}{scheme.joint}"
    return f"{head}{number:0{len(digits)}d}" + record.filename[len(head) + len(digits):]


# -- planning ------------------------------------------------------------------------------------------


def _plan(records: tuple[Record, ...], record: Record, number: int) -> list[FileChange]:
    """[create the renamed file, replace each referring record ..., remove the old file]."""
    new_name = new_filename(record, number)
    new_path = record.directory / new_name
    assert record.number is not None  # a date-named record is refused before
    rewrite = _Rewrite(record.number, number, record.filename, new_name)
    changes: list[FileChange] = []
    renamed: bytes | None = None
    original = b""
    for other in records:
        file = fsio.read_text(other.path)
        data = rewrite.record(other, file, own=other.path == record.path)
        check = functools.partial(_verify, other, rewrite=rewrite,
                                  path=new_path if other.path == record.path else other.path)
        if other.path == record.path:
            renamed, original = data, file.raw
            check(data)
        elif data != file.raw:
            check(data)
            changes.append(FileChange(other.path, file.raw, data, check=check))
    assert renamed is not None
    return [FileChange(new_path, None, renamed, check=functools.partial(_verify, record, rewrite=rewrite,
                                                                        path=new_path)),
            *changes, FileChange(record.path, original, None)]


def _verify(before: Record, data: bytes, *, rewrite: _Rewrite, path: Path) -> None:
    """The edited record must name the new number exactly where it named the old one."""
    from adrtool.records.dialects import parse

    try:
        after = parse(fsio.decode(path, data))
    except AdrError as error:
        raise UsageError(f"{before.filename}: renumbering would make it unreadable ({error.message}); "
                         "nothing was changed") from None
    expected = {name: tuple(rewrite.number(n) for n in getattr(before, name))
                for name in ("supersedes", "superseded_by", "relates_to")}
    expected_links = [(link.label, rewrite.number(link.target) if link.target is not None else None)
                      for link in before.links]
    found = {name: getattr(after, name) for name in expected}
    if found != expected or [(link.label, link.target) for link in after.links] != expected_links:
        raise UsageError(f"{before.filename}: cannot rewrite its references to {rewrite.old_name} safely; "
                         "nothing was changed (edit them by hand, then rename the file)")


@dataclass(frozen=True)
class _Rewrite:
    old: int
    new: int
    old_name: str
    new_name: str

    def number(self, number: int) -> int:
        return self.new if number == self.old else number

    def record(self, record: Record, file: TextFile, *, own: bool) -> bytes:
        if str(self.old) not in file.text:
            return file.raw  # every form of a reference (5, 0005, ADR-5, 0005-x.md) has these digits
        body = file.raw[3:] if file.has_bom else file.raw
        lines = _LINE.findall(body.decode("utf-8"))
        for index in self._metadata_lines(record, lines):
            lines[index] = self._tokens(lines[index], first=index + 1 in record.meta_lines.values())
        self._links(lines)
        for link in record.links:  # `- ADR-013: Title` in a Related section: a reference with no link
            if link.href is None and link.target == self.old and link.line is not None and link.line <= len(lines):
                lines[link.line - 1] = _PLAIN_REFERENCE.sub(self._plain, lines[link.line - 1])
        if own and record.format is Dialect.NYGARD and record.heading_number == self.old \
                and record.title_line is not None:
            index = record.title_line - 1
            lines[index] = re.sub(r"^(\s*#\s+)\d+(?=\.)", lambda m: m.group(1) + str(self.new), lines[index],
                                  count=1)
        return fsio.encode("".join(lines), bom=file.has_bom)

    def _metadata_lines(self, record: Record, lines: list[str]) -> list[int]:
        """Indexes of the lines holding reference metadata: the key's line and, in front matter, its block."""
        if record.format not in (Dialect.FRONTMATTER, Dialect.MADR2):
            return []
        starts = sorted(record.meta_lines.values())
        found = []
        for key, line in record.meta_lines.items():
            if key.lower() not in _REFERENCE_KEYS:
                continue
            found.append(line - 1)
            if record.format is Dialect.FRONTMATTER:
                end = min([start for start in starts if start > line] + [record.body_line - 1]) - 1
                found.extend(range(line, max(line, end)))
        return found

    def _tokens(self, line: str, *, first: bool) -> str:
        key, value = line.split(":", 1) if first and ":" in line else ("", line)

        def replace(match: re.Match[str]) -> str:
            if int(match.group("digits")) != self.old:
                return match.group(0)
            suffix = match.group("suffix") or ""
            if suffix and (match.group("digits") + suffix).lower() != self.old_name.lower():
                return match.group(0)  # a file name of another record that happens to share the number
            return (match.group("prefix") or "") + self._digits(match.group("digits")) + suffix

        return (key + ":" if first and ":" in line else "") + _TOKEN.sub(replace, value)

    def _plain(self, match: re.Match[str]) -> str:
        if int(match.group(2)) != self.old:
            return match.group(0)
        return match.group(1) + self._digits(match.group(2))

    def _digits(self, old: str) -> str:
        return f"{self.new:0{len(old)}d}" if old.startswith("0") and len(old) > 1 else str(self.new)

    def _links(self, lines: list[str]) -> None:
        """Markdown links (inline and reference definitions) whose target is the old file."""
        from adrtool.records import markdown

        text = "".join(lines).replace("\r\n", "\n").replace("\r", "\n")
        if self.old_name not in text:
            return
        targets = [(label, href) for label, href, _ in markdown.links(text) if _names(href, self.old_name)]
        targets += [("", match.group(1)) for match in _DEFINITION.finditer(text)  # used or not
                    if _names(match.group(1), self.old_name)]
        for label, href in dict.fromkeys(targets):
            new_href = href[: len(href) - len(href.split("#", 1)[0].rsplit("/", 1)[-1] + _anchor(href))] \
                + self.new_name + _anchor(href)
            new_label = self._label(label)
            for index, line in enumerate(lines):
                if href not in line:
                    continue
                if new_label != label:
                    line = line.replace(f"[{label}]({href}", f"[{new_label}]({new_href}")
                line = line.replace(f"]({href}", f"]({new_href}").replace(f"]: {href}", f"]: {new_href}")
                lines[index] = line

    def _label(self, label: str) -> str:
        if label == self.old_name:
            return self.new_name
        match = _LABEL_NUMBER.match(label)
        if match is None or int(match.group("digits")) != self.old:
            return label
        return match.group("prefix") + self._digits(match.group("digits")) + match.group("rest")


_PLAIN_REFERENCE = re.compile(r"\b(ADR[-_ ]?)(\d+)\b")


def _anchor(href: str) -> str:
    return "#" + href.split("#", 1)[1] if "#" in href else ""


def _names(href: str, name: str) -> bool:
    """Whether a link target is the record file (relative, maybe with ./ or a directory, maybe an anchor)."""
    target = href.split("#", 1)[0]
    return "://" not in target and target.rsplit("/", 1)[-1] == name
