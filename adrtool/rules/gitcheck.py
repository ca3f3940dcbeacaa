"""`adr validate --against REV` and `--since REV`: checks that compare the decision log with git.

- ADR501 number-taken-on-rev (error): a record added on this branch has a number that REV already uses for
  a different record; two branches took the same number. The message gives the command that fixes it.
- ADR502 accepted-decision-edited (warning; an error under --strict): an accepted record's decision text
  changed since REV. Status, revisit point, revisits, successor and link metadata may change; the rest is
  the decision, and the convention is to supersede it, not to edit it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from adrtool.errors import AdrError
from adrtool.model import Dialect, Record
from adrtool.records.names import RECORD_NAME, number_of_name
from adrtool.rules.findings import ERROR, WARNING, Finding

if TYPE_CHECKING:
    from adrtool.fsio import TextFile
    from adrtool.project.workspace import Workspace
    from adrtool.records.log import DecisionLog

NUMBER_TAKEN = "ADR501"
ACCEPTED_EDITED = "ADR502"

# Metadata an accepted record may change without changing the decision.
MUTABLE_KEYS = frozenset({"status", "revisit", "revisits", "superseded-by", "superseded_by", "supersedes",
                          "relates-to", "relates_to", "links"})
# Sections that hold only status and links (adr-tools' Status, MADR 2's Links).
MUTABLE_SECTIONS = ("Status", "Links")
# A Markdown link to a record file: its label and target may change when a record is renumbered.
_RECORD_LINK = re.compile(r"\[[^\]\n]*\]\((?:[^)\s]*/)?(?:adr[-_ ]?)?\d+[-_][^)\s/]*\.md(?:#[^)\s]*)?\)",
                          re.IGNORECASE)


def _rules() -> tuple[Any, ...]:
    try:
        from adrtool.rules.registry import Rule
    except ImportError:  # pragma: no cover - the linter is part of adrtool
        return ()
    return (
        Rule(NUMBER_TAKEN, "number-taken-on-rev", ERROR, "A record added on this branch has a number that "
             "--against REV uses for another record: the branches collide when merged."),
        Rule(ACCEPTED_EDITED, "accepted-decision-edited", WARNING, "An accepted decision's text changed since "
             "--since REV: supersede a decision instead of editing it."),
    )


def __getattr__(name: str) -> Any:
    if name == "RULES":  # built on first use: importing the linter registry is not free
        return _rules()
    raise AttributeError(name)


# -- --against: numbers two branches both took -----------------------------------------------------------


def check_against(workspace: Workspace, log: DecisionLog, against: str) -> list[Finding]:
    """Records added on this branch (not at the merge base with REV) whose number REV uses for another file, in
    the decision directory and its areas (subfolders numbered in its sequence)."""
    from adrtool.git.repo import open_repo
    from adrtool.records.log import record_paths

    directory = workspace.require_dir()
    areas = [area for area, log in workspace.areas if log == directory]
    with open_repo(workspace) as git:
        folders = [None, *(git.relative(area) for area in areas)]
        target = git.resolve(against)
        theirs = [name for folder in folders for name, _ in git.tree_files(target, folder) or []
                  if RECORD_NAME.match(name)]
        base = git.merge_base("HEAD", target) if git.has_commits() else None
        at_base = {name for folder in folders for name, _ in git.tree_files(base, folder) or []} \
            if base is not None else set()
    by_number: dict[int, list[str]] = {}
    for name in theirs:
        by_number.setdefault(_number(name), []).append(name)
    findings = []
    for path in [path for folder in (directory, *areas) for path in record_paths(folder)]:
        name = path.name
        if name in theirs or name in at_base:
            continue  # the same record is there, or it was not added on this branch
        others = [other for other in by_number.get(_number(name), []) if other != name]
        if others:
            findings.append(Finding(path, 1, 1, NUMBER_TAKEN, ERROR,
                                    f"number {_number(name)} is already used on {against} by {others[0]}; "
                                    f"give this record the next free number: adr renumber {name} --next"))
    return findings


def _number(name: str) -> int:
    number = number_of_name(name)
    return number if number is not None else -1


# -- --since: accepted decisions that were edited --------------------------------------------------------


def check_since(workspace: Workspace, log: DecisionLog, since: str) -> list[Finding]:
    """Records accepted at REV whose decision text differs in the work tree (renames followed)."""
    from adrtool.fsio import decode, read_text
    from adrtool.git.repo import open_repo
    from adrtool.records.dialects import parse

    current = {record.path: record for record in log.records}
    findings = []
    with open_repo(workspace) as git:
        base = git.resolve(since)
        for change in git.diff_to_work_tree(base):
            if change.status not in ("M", "R", "T") or change.old_blob is None or change.new_path is None:
                continue
            path = git.path(change.new_path)
            record = current.get(path)
            if record is None or git.log_name(change.old_path or "") is None:
                continue  # not a record now (other rules report unreadable files); a folder's README may be one
            try:
                old_file = decode(git.path(change.old_path or change.new_path), git.blob(change.old_blob))
                before = parse(old_file)
                after_file = read_text(path)
            except AdrError:
                continue
            if before.status != "accepted":
                continue
            line = changed_line(before, old_file, record, after_file)
            if line is not None:
                findings.append(Finding(path, line, 1, ACCEPTED_EDITED, WARNING,
                                        f"{record.ref} was accepted at {since} and its decision has changed "
                                        f"since; supersede it instead (adr new --supersedes {record.number} "
                                        "TITLE), or undo the edit"))
    return findings


def changed_line(before: Record, old_file: TextFile, after: Record, new_file: TextFile) -> int | None:
    """The first line of ``after`` where its decision text differs from ``before``; None if it does not."""
    old_meta, new_meta = _decision_meta(before.meta), _decision_meta(after.meta)
    if old_meta != new_meta:
        changed = [key for key in {*old_meta, *new_meta} if old_meta.get(key) != new_meta.get(key)]
        lines = [after.meta_lines.get(key) or 1 for key in changed]
        return min(lines)
    old_lines, new_lines = _decision_lines(before, old_file), _decision_lines(after, new_file)
    for (_, old), (number, new) in zip(old_lines, new_lines):
        if old != new:
            return number
    if len(old_lines) != len(new_lines):
        return new_lines[len(old_lines)][0] if len(new_lines) > len(old_lines) else \
            (new_lines[-1][0] if new_lines else 1)
    return None


def _decision_meta(meta: Mapping[str, Any]) -> dict[str, Any]:
    return {key.lower(): value for key, value in meta.items() if key.lower() not in MUTABLE_KEYS}


def _decision_lines(record: Record, file: TextFile) -> list[tuple[int, str]]:
    """(line number, text) of the lines that carry the decision: no metadata lines, no Status or Links
    section, blank lines and trailing spaces ignored, links to records reduced to `[link]`."""
    from adrtool.records import markdown

    lines = file.text.split("\n")
    skip: set[int] = set()
    if record.format is Dialect.FRONTMATTER:
        skip.update(range(record.body_line - 1))
    elif record.format in (Dialect.MADR2, Dialect.NYGARD):
        skip.update(line - 1 for line in record.meta_lines.values())
        for section in markdown.sections(lines):
            if section.heading.text.strip().lower() in {name.lower() for name in MUTABLE_SECTIONS}:
                skip.update(range(section.start, section.end))
    return [(index + 1, _RECORD_LINK.sub("[link]", line.rstrip())) for index, line in enumerate(lines)
            if index not in skip and line.strip()]
