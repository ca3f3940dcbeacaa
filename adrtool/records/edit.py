"""Line-precise edits of a record's metadata, in the record's own dialect.

An edit changes only the lines it must: a reviewer reading the diff sees one or two lines. Line endings,
a BOM, the trailing newline, key order, front-matter comments and every byte of the body are kept,
because edits work on the raw lines of the file (each with its own ending) and replace whole lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from adrtool.errors import UsageError
from adrtool.fsio import TextFile, encode
from adrtool.model import Dialect, Record
from adrtool.project.templates import yaml_list, yaml_scalar
from adrtool.records.dialects.normalize import as_numbers
from adrtool.records.dialects.nygard import label_key

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
# Where a key goes when a record does not have it yet: after the last of these that it has.
CANONICAL_ORDER = ("status", "date", "cycle", "revisit", "decision-makers", "consulted", "informed", "tags",
                   "supersedes", "superseded-by", "relates-to", "revisits")
LINK_LABELS = {"supersedes": "Supersedes", "superseded-by": "Superseded by", "relates-to": "Relates to"}


@dataclass
class Editor:
    """Accumulates edits of one record; ``result()`` gives the new bytes."""

    record: Record
    file: TextFile

    def __post_init__(self) -> None:
        body = self.file.raw[3:] if self.file.has_bom else self.file.raw
        self.lines: list[str] = _LINE.findall(body.decode("utf-8"))
        self.newline = self.file.newline
        # Line numbers shift as lines are inserted; track them per key to keep later edits exact.
        self.key_lines: dict[str, int] = dict(self.record.meta_lines)

    def result(self) -> bytes:
        return encode("".join(self.lines), bom=self.file.has_bom)  # raw lines keep their own endings

    # -- operations ----------------------------------------------------------------------------------

    def set_scalar(self, key: str, value: object) -> None:
        if self.record.format is Dialect.FRONTMATTER:
            self._fm_set(key, yaml_scalar(value))
        elif self.record.format is Dialect.MADR2:
            self._madr2_set(key, str(value))
        elif self.record.format is Dialect.NYGARD and key == "status":
            self._nygard_status(str(value).capitalize())
        else:
            raise self._unsupported(key)

    def add_link(self, key: str, target: Record) -> None:
        """Add ``target`` to a link list (`supersedes`, `superseded-by`, `relates-to`)."""
        if self.record.format is Dialect.FRONTMATTER:
            current = list(self.record.meta.get(key) or []) if isinstance(self.record.meta.get(key), list) \
                else ([self.record.meta[key]] if self.record.meta.get(key) is not None else [])
            if target.number in _ints(current):
                return
            self._fm_set(key, yaml_list([*current, target.number]))
        elif self.record.format is Dialect.NYGARD:
            if any(link.label == key and link.target == target.number for link in self.record.links):
                return
            self._nygard_link(LINK_LABELS.get(key, key.replace("-", " ").capitalize()), target)
        elif self.record.format is Dialect.MADR2 and key == "superseded-by":
            self._madr2_set("status", f"superseded by [ADR-{target.number:04d}]({target.path.name})")
        elif self.record.format is Dialect.MADR2:
            self._madr2_link(key, target)
        else:
            raise self._unsupported(key)

    def mark_superseded(self, successor: Record) -> None:
        if self.record.format is Dialect.NYGARD:
            self._nygard_status(None)  # adr-tools replaces the status word by the link
            self.add_link("superseded-by", successor)
        elif self.record.format is Dialect.MADR2:
            self.add_link("superseded-by", successor)
        else:
            self.set_scalar("status", "superseded")
            self.add_link("superseded-by", successor)

    def append_to_list(self, key: str, item_yaml: str) -> None:
        """Append one flow-mapping item to a front-matter list (block style, so history reads well)."""
        if self.record.format is not Dialect.FRONTMATTER:
            raise self._unsupported(key)
        nl = self.newline
        if key in self.key_lines:
            index = self.key_lines[key] - 1
            end = index + 1
            while end < len(self.lines) and re.match(r"^(\s+\S|-\s)", self.lines[end]) \
                    and self.lines[end].rstrip() not in ("---", "..."):
                end += 1
            if end > index + 1:  # a block list: add an item after the last one, indented like the first
                indent = re.match(r"^(\s*)-", self.lines[index + 1])
                self._insert(end, f"{indent.group(1) if indent else '  '}- {item_yaml}{nl}")
                return
            if self.lines[index].split(":", 1)[1].split("#", 1)[0].strip() not in ("", "[]"):
                raise UsageError(f"{self.record.path.name}: `{key}` is written in flow style; "
                                 "make it a block list to append to it")
            self.lines[index] = f"{key}:{_line_ending(self.lines[index]) or nl}"
            self._insert(index + 1, f"  - {item_yaml}{nl}")
            return
        position = self._fm_insert_position(key)
        self._insert(position, f"{key}:{nl}")
        self._insert(position + 1, f"  - {item_yaml}{nl}")
        self.key_lines[key] = position + 1

    # -- front matter ----------------------------------------------------------------------------------

    def _fm_set(self, key: str, value_yaml: str) -> None:
        nl = self.newline
        if key in self.key_lines:
            index = self.key_lines[key] - 1
            line = self.lines[index]
            end = _line_ending(line)
            content = line[: len(line) - len(end)]
            old_value = content.split(":", 1)[1]
            comment = re.search(r"\s+#[^'\"]*$", old_value)
            quote = old_value.strip()[:1]
            if quote in ("'", '"') and value_yaml[:1] not in ("'", '"', "["):
                value_yaml = f"{quote}{value_yaml}{quote}"  # keep the record's quoting style
            self.lines[index] = f"{key}: {value_yaml}{comment.group(0) if comment else ''}{end or nl}"
            self._drop_block_continuation(index)
            return
        position = self._fm_insert_position(key)
        self._insert(position, f"{key}: {value_yaml}{nl}")
        self.key_lines[key] = position + 1

    def _drop_block_continuation(self, index: int) -> None:
        """A key whose old value was a block (list items on the following lines) now has it inline."""
        end = index + 1
        while end < len(self.lines) and re.match(r"^(\s+\S|-\s)", self.lines[end]) \
                and self.lines[end].rstrip() not in ("---", "..."):
            end += 1
        removed = end - index - 1
        if removed:
            del self.lines[index + 1:end]
            self._shift(index + 1, -removed)

    def _fm_insert_position(self, key: str) -> int:
        order = CANONICAL_ORDER.index(key) if key in CANONICAL_ORDER else len(CANONICAL_ORDER)
        before = [self.key_lines[name] for name in CANONICAL_ORDER[:order] if name in self.key_lines]
        closing = self.record.body_line - 2  # index of the closing `---`
        if not before:
            return closing
        index = max(before)  # 1-based line of the key; its value may continue on following lines
        while index < closing and self.lines[index][:1] in (" ", "\t", "-"):
            index += 1
        return index

    # -- MADR 2 ---------------------------------------------------------------------------------------

    def _madr2_set(self, key: str, value: str) -> None:
        if key not in self.key_lines:
            raise self._unsupported(key)
        index = self.key_lines[key] - 1
        line = self.lines[index]
        end = _line_ending(line)
        match = re.match(r"^(\s*[*-]\s+[^:]+:\s*)", line)
        assert match is not None
        self.lines[index] = f"{match.group(1)}{value}{end}"

    def _madr2_link(self, key: str, target: Record) -> None:
        """A `* Relates to: [ADR-0005](0005-title.md)` bullet after the metadata bullets under the title (the
        reader takes one value per key: a second target needs front matter)."""
        link = f"[ADR-{target.number:04d}]({target.path.name})"
        if key in self.key_lines:
            if target.number in as_numbers(self.record.meta.get(key)):
                return
            raise UsageError(f"{self.record.path.name}: a MADR 2 record holds one `{key}` link; run `adr convert` "
                             "to give it front matter first")
        if not self.key_lines:
            raise self._unsupported(key)
        last = max(self.key_lines.values()) - 1
        bullet = re.match(r"^(\s*[*-]\s+)", self.lines[last])
        label = LINK_LABELS.get(key, key.replace("-", " ").capitalize())
        self._insert(last + 1, f"{bullet.group(1) if bullet else '* '}{label}: {link}{self.newline}")
        self.key_lines[key] = last + 2

    # -- adr-tools ------------------------------------------------------------------------------------

    def _nygard_status(self, word: str | None) -> None:
        """Replace the status word paragraph; None removes it (adr-tools does so when superseding)."""
        nl = self.newline
        if "status" in self.key_lines and self.record.meta.get("status") and \
                label_key(str(self.record.meta["status"])) != "superseded":
            index = self.key_lines["status"] - 1
            if word is None:
                del self.lines[index]
                self._shift(index, -1)
                if index < len(self.lines) and not self.lines[index].strip():
                    del self.lines[index]
                    self._shift(index, -1)
                self.key_lines.pop("status")
            else:
                self.lines[index] = f"{word}{_line_ending(self.lines[index]) or nl}"
            return
        if word is None:
            return
        insert_at = self._status_section_start()
        self._insert(insert_at, f"{word}{nl}")
        self._insert(insert_at + 1, nl)
        self.key_lines["status"] = insert_at + 1

    def _nygard_link(self, label: str, target: Record) -> None:
        """Add a link paragraph at the end of the Status section, blank lines around it as adr-tools does."""
        nl = self.newline
        title = target.title or target.slug
        start, end = self._status_section_lines()
        last = end
        while last > start and not self.lines[last - 1].strip():
            last -= 1
        at = last
        if last == start and start < end:  # an empty section: keep the blank line under the heading
            at = start + 1
        else:
            self._insert(at, nl)
            at += 1
        self._insert(at, f"{label} [{target.number}. {title}]({target.path.name}){nl}")
        if at + 1 >= len(self.lines) or self.lines[at + 1].strip():
            self._insert(at + 1, nl)

    def _status_section_lines(self) -> tuple[int, int]:
        from adrtool.records import markdown

        text_lines = [line.rstrip("\r\n") for line in self.lines]
        section = markdown.find_section(text_lines, ("Status",))
        if section is None:
            raise UsageError(f"{self.record.path.name}: no `## Status` section to edit")
        return section.start, section.end

    def _status_section_start(self) -> int:
        start, end = self._status_section_lines()
        while start < end and not self.lines[start].strip():
            start += 1
        return start

    # -- bookkeeping ------------------------------------------------------------------------------------

    def _insert(self, index: int, line: str) -> None:
        if index > 0 and index == len(self.lines) and not _line_ending(self.lines[-1]):
            self.lines[-1] += self.newline
        self.lines.insert(index, line)
        self._shift(index, 1)

    def _shift(self, index: int, by: int) -> None:
        for key, line in self.key_lines.items():
            if line - 1 >= index:
                self.key_lines[key] = line + by

    def _unsupported(self, key: str) -> UsageError:
        return UsageError(f"{self.record.path.name}: cannot edit `{key}` in a {self.record.format.value} "
                          "record; run `adr convert` to give it front matter first")


def _line_ending(line: str) -> str:
    if line.endswith("\r\n"):
        return "\r\n"
    if line.endswith(("\n", "\r")):
        return line[-1]
    return ""


def _ints(values: Sequence[object]) -> list[int]:
    return [value for value in values if isinstance(value, int) and not isinstance(value, bool)]
