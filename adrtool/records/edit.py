"""Line-precise edits of a record's metadata, in the record's own dialect.

An edit changes only the lines it must: a reviewer reading the diff sees one or two lines. Line endings,
a BOM, the trailing newline, key order, front-matter comments and every byte of the body are kept,
because edits work on the raw lines of the file (each with its own ending) and replace whole lines.

An edit makes the exact change or none: YAML it cannot change line by line (a flow mapping, keys indented
or written twice, a value carrying an anchor or a tag) is refused with the reason, and every
result is read again (``Editor.check``) and must read as the record did, plus the change and nothing else:
in front matter the same mapping with the edited keys' new values (and the body byte for byte), in every
dialect the same typed fields but those the edit meant to change, which must hold the new values.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from adrtool.errors import AdrError, UsageError, WriteRefused, quoted, shortened
from adrtool.fsio import TextFile, decode, encode, read_text
from adrtool.model import SAME_STATUSES, Dialect, Record, RevisitPoint
from adrtool.project.templates import quoted_as, quoting, yaml_scalar
from adrtool.records import markdown, statuslists
from adrtool.records.changes import FileChange
from adrtool.records.comments import after_opening_comments, trailing_comments, without_comments
from adrtool.records.dialects.frontmatter import NESTING_KEY, is_toml
from adrtool.records.dialects.frontmatter import loader as front_matter_loader
from adrtool.records.dialects.frontmatter import split as split_front_matter
from adrtool.records.dialects.normalize import as_numbers, status_day
from adrtool.records.dialects.nygard import (
    REVISIT_SECTIONS,
    STATUS_HEADINGS,
    first_of_its_fields,
    is_status_heading,
    label_key,
    names_the_day,
    status_at_another_level,
    status_rows,
    status_section,
)
from adrtool.records.relations import (
    ADRS_KINDS,
    KeyedRelations,
    LinkText,
    holds_adrs_links,
    keyed_as_adrtool,
    keyed_relations,
    links_to,
)
from adrtool.records.statusprose import Apart
from adrtool.records.values import (
    SHORTCODE,
    after_shortcode,
    changed_otherwise,
    read_date,
    read_otherwise,
    read_status,
)

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
# Where a key goes when a record does not have it yet: after the last of these that it has.
CANONICAL_ORDER = ("status", "date", "cycle", "revisit", "decision-makers", "consulted", "informed", "tags",
                   "supersedes", "superseded-by", "relates-to", "revisits")
LINK_LABELS = {"supersedes": "Supersedes", "superseded-by": "Superseded by", "relates-to": "Relates to"}
# The words of a relation on a line closing a record, as decree writes them (``Editor._closing_relation_line``).
CLOSING_LABELS = {"supersedes": "Supersedes", "superseded-by": "Is superseded by", "amends": "Amends",
                  "amended-by": "Is amended by", "relates-to": "Relates to", "extends": "Extends",
                  "extended-by": "Is extended by"}
LINK_FIELDS = {"supersedes": "supersedes", "superseded-by": "superseded_by", "relates-to": "relates_to"}
_RELATION_FIELDS = frozenset(LINK_FIELDS.values())
# The typed fields an edit is judged by (besides the raw front matter).
TYPED_FIELDS = ("number", "title", "status", "date", "cycle", "revisit", "decision_makers", "consulted", "informed",
                "tags", "supersedes", "superseded_by", "relates_to")
_TOP_LEVEL_KEY = re.compile(r"^([^\s#\-?:{\[][^:]*):(?:\s|$)")  # the key before the first colon (linear)
# A metadata bullet up to its value: `* Status: `, `- **Status:** ` (the colon inside the bold), `- **Status**: `,
# `- **状态**：` (a full-width colon), never the emphasis that opens the value (`- Status: *Accepted*`).
_BULLET_KEY = re.compile(rf"^([ \t]*[*+-][ \t]+(?:{SHORTCODE}[ \t]+)?"  # a shortcode may mark it
                         r"(?:(?P<inside>\*\*|__|[*_])[^:：*_\r\n]+[:：](?P=inside)"
                         r"|(?P<outside>\*\*|__|[*_])[^:：*_\r\n]+(?P=outside)\s*[:：]"
                         r"|[^\s:：][^:：\r\n]*[:：])[ \t]*)")
# The key's words in a key line's opening (`Status` of `**Status:** `, `Estado` of `- **Estado**: `).
_KEY_WORD = re.compile(r"[^\W\d_][^:：*_]*?(?=\s*(?:\*\*|__|[*_])?\s*[:：])")
# Where an emoji shortcode may mark a key (`* :white_check_mark: _Status:_ `): a line's start, after its bullet.
_KEY_MARK_PLACE = re.compile(r"(?:^|(?<=[*+-][ \t]))(?=:)")
_NO_KEY_LINES_PAST = ("#", "```", "~~~", "<!--")
# A link to a record beside this one, from its folder (`](./003-x.md)`) or by its name alone (`](003-x.md)`).
_SIBLING_LINK = re.compile(r"\]\(\./[^\s()/]+\.md\)")
_BARE_SIBLING_LINK = re.compile(r"\]\([^\s()/.:#][^\s()/:]*\.md\)")
_SETEXT_UNDERLINE = re.compile(r"[ ]{0,3}(?:=+|-+)[ \t]*\r?\n?$")
_NODE_PROPERTY = re.compile(r"^\s*[&!]")  # an anchor or a tag starts the value (an alias is replaced whole)


class _Checked(NamedTuple):
    """Bytes ``Editor.check`` found right, and the record they read as."""

    data: bytes
    record: Record


@dataclass
class Editor:
    """Accumulates edits of one record; ``result()`` gives the new bytes."""

    record: Record
    file: TextFile
    # Front matter whose relations the adrs tool's `links` list holds (``relations.kept_as_adrs_links``): a link is
    # an item of it (`- target: 3` / `  kind: relatesto`), where adrs reads it, not a key of adrtool's.
    adrs_links: bool = False
    # A MADR 2 log that writes its relations under `## Links` (MADR 2's template's section), none as a bullet
    # under the title (``relations.linked_in_a_section``): a record with no such section is given one.
    links_section: bool = False
    # The records of the log the record is in (``follows``): the words a section added to it is headed with.
    its_log: Sequence[Record] = ()
    # How a front-matter log keys its relations (``relations.keyed_relations``): `superseded_by: ADR-9` where its
    # records write that, adrtool's `superseded-by: [9]` where none shows a way.
    keyed: KeyedRelations = field(default_factory=KeyedRelations)
    # A log none of whose records has front matter (rhysilin/VoW's `# 0001 ..` over `## 背景`): a plain record's
    # link goes into a Related section of its body, not into front matter begun for it.
    no_front_matter: bool = False
    # The day a status change is made on: the day of the entry it adds to a status history (``_add_to_history``).
    day: dt.date | None = None
    # A new record, just made from its log's template: what its relation keys hold that names no record is the
    # template's text, which a link takes the place of (Giftedx's `Related: links`).
    from_template: bool = False
    # The text of records an edit links that are not written yet (the new record `adr new` links its old ones to).
    unwritten: dict[Path, str] = field(default_factory=dict)
    # How the log's relation links name and point at records (``relations.link_text``): a link written follows.
    linked_as: LinkText = field(default_factory=LinkText)
    # An adr-tools log that keys its relations as lines closing a record, as decree appends them (`Is superseded
    # by: 0002`, ``relations.kept_as_closing_lines``): a link is such a line, and the status stays a word.
    closing_lines: bool = False

    def __post_init__(self) -> None:
        body = self.file.raw[3:] if self.file.has_bom else self.file.raw
        self.lines: list[str] = _LINE.findall(body.decode("utf-8"))
        self.newline = self.file.newline
        # Line numbers shift as lines are inserted; track them per key to keep later edits exact.
        self.key_lines: dict[str, int] = dict(self.record.meta_lines)
        if self.record.format is Dialect.FRONTMATTER:  # a field read from the body under it (a Review section's
            # revisit point, an adr-tools `Date:` line) is the body's: an edit writes the front matter's keys
            self.key_lines = {key: line for key, line in self.key_lines.items() if line < self.record.body_line}
        # What the edits mean, for ``check``: front-matter keys and the YAML text of their new values, items
        # appended to front-matter lists (their YAML text), and typed fields with their new values.
        self.yaml_values: dict[str, str] = {}
        self.appended: dict[str, list[str]] = {}
        self.typed: dict[str, object] = {}
        self.meant_items: dict[str, list[object]] = {}
        self.dropped: frozenset[int] = frozenset()  # the lines of the body an edit removes (0-based)
        self.restated: dict[int, str] = {}  # the lines of the body an edit rewrites (0-based, as read): their text
        self.linked: list[tuple[str, Record]] = []  # links added to records named by their day: (label, the record)
        self.begun = False  # a front matter begun above a record that had none (``_begin_front_matter``)
        self.fence = self._fence_as_read()  # the index of the front matter's closing `---`, moved as lines are
        self.dated_by_its_history = False  # its day is its status history's, which an entry added moves
        # A docs page's body stepped on (``_step_the_body``): what its Status section stated before and after
        self.body_stated: tuple[dict[str, object], dict[str, object]] | None = None
        # The bytes ``check`` last found right and the record they read as: a change is checked as it is planned,
        # before it is written and as it is read back, the same bytes each time, read once
        self.checked: _Checked | None = None
        if self.record.format is Dialect.FRONTMATTER:
            self._refuse_unsafe_front_matter()

    def follows(self, records: Sequence[Record], template: Path | None = None) -> Editor:
        """This editor, writing relations as the log of ``records`` (the record's own) and its ``template`` keep
        them: adrs' `links` list, MADR 2's `## Links` section, a front matter's own keys; its links named and
        pointed as the log's are."""
        from adrtool.records.relations import kept_as_adrs_links, linked_in_a_section

        if self.record.format is Dialect.FRONTMATTER:
            self.adrs_links = kept_as_adrs_links(records)
            self.keyed = keyed_relations(records, template)
        elif self.record.format is Dialect.MADR2:
            self.links_section = linked_in_a_section(records, template)
        return self.links_as(records)

    def links_as(self, records: Sequence[Record]) -> Editor:
        """This editor, naming and pointing its links as the log of ``records`` does, under its Links heading, and
        into a body where none of them has front matter (``follows`` without the keys a template gives)."""
        from adrtool.records.relations import kept_as_closing_lines, link_text

        self.linked_as = link_text(records)
        self.closing_lines = self.record.format is Dialect.NYGARD and kept_as_closing_lines(records)
        self.its_log = records
        self.no_front_matter = all(record.format is not Dialect.FRONTMATTER for record in records)
        return self

    def on(self, day: dt.date) -> Editor:
        """This editor, making its change on ``day`` (what a status history's new entry is dated)."""
        self.day = day
        return self

    def result(self) -> bytes:
        return encode("".join(self.lines), bom=self.file.has_bom)  # raw lines keep their own endings

    def checked_result(self) -> bytes:
        """``result()``, read again and found to be exactly the record plus the change (see ``check``)."""
        data = self.result()
        self.check(data)
        return data

    def change(self, summary: str, before: bytes | None = None) -> FileChange:
        """The edit as a change of the record's file (from ``before``, else the bytes it was read from), its result
        checked (``checked_result``) and the record it reads as kept, so that the plan does not read it again."""
        after = self.checked_result()
        assert self.checked is not None
        return FileChange(self.record.path, self.file.raw if before is None else before, after, summary, self.check,
                          after_record=self.checked.record)

    def check(self, data: bytes) -> None:
        """Refuse ``data`` unless it reads as the record did plus exactly the edits made."""
        from adrtool.records.dialects import parse

        if self.checked is not None and self.checked.data == data:
            return
        before = self.record
        try:
            after = parse(decode(before.path, data), before.directory)
        except AdrError as error:
            raise self._refusal(f"the result would not read ({error.message})") from None
        if after.format is not before.format and not (self.begun and after.format is Dialect.FRONTMATTER):
            raise self._refusal(f"the result would read as a {after.format.value} record")
        expected = {name: getattr(before, name) for name in TYPED_FIELDS}
        if before.format is Dialect.FRONTMATTER or self.begun:
            from adrtool.records.dialects.normalize import typed_fields

            meta = self._expected_meta()
            for key in dict.fromkeys([*meta, *after.meta]):
                if meta.get(key, _ABSENT) != after.meta.get(key, _ABSENT):
                    raise self._refusal(changed_otherwise(key, after.meta.get(key), meta.get(key)))
            expected.update(_as_edited(before, typed_fields(self.record.meta), typed_fields(meta)))
            body = [self.restated.get(index, line) for index, line in enumerate(self.file.text.split("\n"))
                    if index not in self.dropped]  # (a line restated may be several: lines added after it)
            if "\n".join(body[before.body_line - 1:]) != \
                    "\n".join(decode(before.path, data).text.split("\n")[after.body_line - 1:]):
                raise self._refusal("the body would change")
        for label, other in self.linked:
            if not links_to(after, label, other):
                raise self._refusal(f"its {label.replace('-', ' ')} link to {other.id} would not read")
        for key, items in self.meant_items.items():
            found_items = after.meta.get(key)
            if not isinstance(found_items, list) or _plain(found_items[-len(items):]) != _plain(items):
                raise self._refusal(f"`{key}` would not end with {items!r}")
        expected.update(self.typed)
        if "status" in self.typed:
            self._refuse_a_status_stated_otherwise(before, after)
        if self.dated_by_its_history:  # (the day of its latest deciding entry, as the reader takes it)
            expected.pop("date")
        for name, value in expected.items():
            found = getattr(after, name)
            if name == "status" and isinstance(value, str) and isinstance(found, str):  # (or the log's word for it)
                value, found = (SAME_STATUSES.get(said.lower(), said.lower()) for said in (value, found))
            if name in _RELATION_FIELDS and isinstance(value, tuple) and isinstance(found, tuple):
                value, found = tuple(sorted(value)), tuple(sorted(found))  # read in file order: a set of records
            if found != value:
                raise self._refusal(read_otherwise(name, found, value))
        self.checked = _Checked(data, after)

    def _refuse_a_status_stated_otherwise(self, before: Record, after: Record) -> None:
        """A status edit of a record that states its status in two places (ADR311): refused where they disagree
        already, which one edit cannot tell apart from a mistake, or where the result would leave one stating
        another status than the new one."""
        if before.other_status is not None:
            where, words, line = before.other_status
            raise self._refusal(f"its {where} says {quoted(words)} (line {line}), not {before.status}; make them agree "
                                "first")
        if after.other_status is not None:
            where, words, line = after.other_status
            raise self._refusal(f"its {where} (line {self._line_as_read(words, line)}) would still say "
                                f"{quoted(words)}; edit it by hand")

    def _line_as_read(self, written: str, line: int) -> int:
        """The number, in the record as read, of the line ``written`` that is line ``line`` of an edit's result:
        the nearest line that reads so (lines an edit adds move the others down)."""
        lines = [text.strip() for text in self.file.text.split("\n")]
        found = [number for number, text in enumerate(lines, 1) if text == written.strip()]
        return min(found, key=lambda number: abs(number - line)) if found else line

    def _expected_meta(self) -> dict[str, object]:
        meta = dict(self.record.meta)
        if self.yaml_values:  # a field the body gave (a Review section's point) gives way to the key now written
            from adrtool.records.dialects.normalize import canonical_key

            written = {canonical_key(key) for key in self.yaml_values}
            if "revisit" in written:
                written.add("review-date")  # (a review date is the revisit point when no key says one)
            lines, body = self.record.meta_lines, self.record.body_line
            meta = {key: value for key, value in meta.items()
                    if lines.get(str(key), 0) < body or canonical_key(key) not in written}
        for key, text in self.yaml_values.items():
            meta[key] = _yaml_value(text)
        if self.body_stated is not None:  # (the keys a docs page's body adds to its front matter's: `decided`)
            was, now = self.body_stated
            lines, body = self.record.meta_lines, self.record.body_line
            for key in was.keys() - now.keys() - {"status"}:
                if lines.get(key, body) >= body:
                    meta.pop(key, None)
            meta.update({key: value for key, value in now.items()
                         if key != "status" and lines.get(key, body) >= body})
        for key, items in self.appended.items():
            old = meta.get(key)
            meta[key] = [*(old if isinstance(old, list) else [] if old is None else [old]),
                         *(_yaml_value(item) for item in items)]
        return meta

    def _refusal(self, why: str) -> WriteRefused:
        return WriteRefused(f"cannot edit it exactly: {why}; nothing was changed", path=self.record.path)

    def _refuse_unsafe_front_matter(self) -> None:
        """YAML that line edits cannot change exactly: say so before changing anything."""
        if self.record.unread:  # read around a value YAML refuses: the file is not YAML, whatever is edited
            first = self.record.unread[0]
            raise self._refusal(f"its front matter is not valid YAML (line {first.line}: "
                                f"{first.message.removeprefix('invalid YAML front matter: ')}); correct it first")
        bounds = split_front_matter([line.rstrip("\r\n") for line in self.lines])
        if bounds is not None and is_toml(self.lines, bounds):
            raise self._refusal("its front matter is TOML (`+++`), which adr reads but does not write; edit it by "
                                "hand")
        end = self.fence
        start = bounds[0] if bounds is not None else 1  # after the opening fence (a licence comment may precede it)
        content = [line.rstrip("\r\n") for line in self.lines[start:max(end, start)]]
        meaningful = [line for line in content if line.strip() and not line.lstrip().startswith("#")]
        if meaningful and meaningful[0].lstrip()[:1] in ("{", "["):
            raise self._refusal("its front matter is written in flow style (`{key: value, ...}`); write it as "
                                "`key: value` lines")
        if meaningful and meaningful[0][:1] in (" ", "\t"):
            raise self._refusal("its front-matter keys are indented; start them at the beginning of the line")
        seen: dict[str, int] = {}
        for line in content:
            match = _TOP_LEVEL_KEY.match(line)
            if match:
                key = match.group(1).strip().strip("'\"")
                seen[key] = seen.get(key, 0) + 1
        twice = sorted(key for key, count in seen.items() if count > 1)
        if twice:
            raise self._refusal(f"its front matter has `{twice[0]}` more than once")
        if seen.get(NESTING_KEY) and "status" in self.key_lines and "status" not in seen:
            raise self._refusal(f"its fields are nested under `{NESTING_KEY}:`; edit them by hand")

    # -- operations ----------------------------------------------------------------------------------

    def set_scalar(self, key: str, value: object, *, written: str | None = None, key_word: str | None = None) -> None:
        """Set ``key`` to ``value``, written as ``written`` when given (a status in the log's own word for it,
        ``adrtool.records.vocabulary``), else as the dialect spells it; ``key_word``: the log's word for ``key``,
        where a line it adds is keyed in the log's language (`À revoir le :`)."""
        if key == "status":
            self._unwrap_the_status_key_line()
        if key == "revisit" and self.record.format in (Dialect.MADR2, Dialect.NYGARD):
            self._refuse_another_revisit_line()
            self._refuse_a_cycle_on_a_line(str(value))
        if self.record.format is Dialect.PLAIN:
            self._begin_front_matter()
            self._fm_set(key, yaml_scalar(written or value))
        elif self.record.format is Dialect.FRONTMATTER:
            if key == "revisit":
                self._drop_body_revisit()
            page = self._the_page_s_status() if key == "status" else None
            said = self._restate_the_body(str(value), written if page else None) if key == "status" else None
            if page is not None:
                said = said or self._step_the_body(str(value), written)
                if said is None:
                    raise self._refusal(f"its status is its body's, the front matter's `status: {shortened(page)}` a "
                                        "state of the page, and its Status section's first paragraph is no status "
                                        "word, task list or history of dated entries adr writes; edit the body's by "
                                        "hand")
                self.yaml_values["status"] = yaml_scalar(said)  # (read as the front matter's: the body's status)
            else:
                if key == "status":
                    self._refuse_a_status_saying_more()
                    self._keep_the_status_s_day()
                self._fm_set(self._written_key(key), quoted_as(written or value, self._quoting_of(key)))
        elif self.record.format is Dialect.MADR2 and key == "revisit" and key not in self.key_lines:
            self._madr2_add(key_word or "Revisit", str(value), key)
        elif self.record.format is Dialect.MADR2:
            self._madr2_set(key, written or str(value))
        elif self.record.format is Dialect.NYGARD and key == "status":
            if not (statuslists.add_to_history(self, str(value), written)
                    or statuslists.move_the_mark(self, str(value), written) or statuslists.tick(self, str(value))
                    or statuslists.mark_on_the_line(self, str(value))):
                keyed = self._status_key_in_its_section() is not None
                self._nygard_status(written or str(value).capitalize())
                if keyed:
                    statuslists.add_below_the_key(self, str(value), written)
            self._restate_the_key_line_too(str(value), written)
        elif self.record.format is Dialect.NYGARD and key == "revisit":
            self._nygard_revisit(str(value), key_word or "Revisit")
        else:
            raise self._unsupported(key)
        self._mean(key, value)

    def _the_page_s_status(self) -> str | None:
        """The front matter's `status:` where it is a documentation system's state of the page (fabric-os' `status:
        current`), the record's status its body's; None otherwise."""
        from adrtool.records.dialects import a_page_state, page_state_on

        line = self.key_lines.get("status")
        if line is None or line >= self.record.body_line or a_page_state(self.record.meta.get("status")):
            return None
        return page_state_on(self.lines, line - 1)

    def _restate_the_body(self, status: str, word: str | None = None) -> str | None:
        """A front-matter record whose Status section states its status again, a word alone (adrs' `ng` records:
        `status: proposed` over `## Status` / `Proposed`): the section's word says ``status`` too, in its case (or
        ``word``, the log's word for it). The word written, or None where the body states none so."""
        from adrtool.records.values import lifecycle_word

        old = (self.record.status or "").lower()
        if not old:
            return None
        keyed = self._restate_the_key_line(old, status, word)  # (a record may state it both ways)
        try:
            start, end = self._status_section_lines()
        except UsageError:
            return keyed
        for index in range(start, end):  # (``start``: the first line under the heading)
            text = self.lines[index].strip()
            if not text:
                continue
            if text.isalpha() and lifecycle_word(text) == old and self.lines[index].rstrip("\r\n") == text:
                return self._restate(index, 0, text, status, word)
            return self._restate_the_paragraph(word, status, at=index) or self._restate_remarked(index, status, word) \
                or self._restate_the_section_s_key_line(index, old, status, word) \
                or self._step_the_body(status, word) or keyed  # its first paragraph only
        return keyed

    def _restate_the_section_s_key_line(self, index: int, old: str, status: str, word: str | None) -> str | None:
        """The Status section's first line where it states the status ``old`` as a key line (goneat's `**Current
        Status**: Proposal – pending maintainer sign-off.`): made to state ``status``
        (``vocabulary.restated_key_line``); the word written, or None where the line says no ``old`` so."""
        from adrtool.records.vocabulary import restated_key_line

        restated = restated_key_line(self.lines[index].rstrip("\r\n"), old, status, word)
        if restated is None:
            return None
        self._rewrite(index, restated[0])
        for again in self._same_key_again(index):  # (`**Current Status**: Proposed` twice)
            if (also := restated_key_line(self.lines[again].rstrip("\r\n"), old, status, word)) is not None:
                self._rewrite(again, also[0])
        return restated[1]

    def _same_key_again(self, index: int) -> list[int]:
        """The lines of the Status section after line ``index``, a key line, that are key lines of the same key."""
        key = markdown.KEY_LINE.fullmatch(self.lines[index].rstrip("\r\n"))
        _, end = self._status_section_lines()
        return [at for at in range(index + 1, end) if key is not None
                and (again := markdown.KEY_LINE.fullmatch(self.lines[at].rstrip("\r\n"))) is not None
                and again.group("key").strip().lower() == key.group("key").strip().lower()]

    def _said_more(self, index: int) -> Apart | None:
        """The status paragraph opening on line ``index`` taken apart (``statusprose.apart``) where it says more
        than the status, a remark about it and the relations it names (``_status_line`` keeps those); else None."""
        from adrtool.records.statusprose import apart

        if any(link.line == index + 1 for link in self.record.links):
            return None  # (`Proposed, **amended by** [ADR 3](..)`)
        found = apart(self._paragraph_from(index), self.record.status)
        return found if found is not None and (found.kept or found.goes_on or found.attached or found.link) else None

    def _restate_the_paragraph(self, statement: str | None, status: str = "", *, at: int | None = None
                               ) -> str | None:
        """The status paragraph (opening on line ``at``, else on the status's line) where it says more than the
        status (``statusprose.apart``: `Accepted (2026-03-16). Phase 1 complete.`): the status's words and a remark
        only about them replaced by ``statement`` (or by ``status`` in their case), the rest kept as a paragraph of
        its own after it, so that it is not read as part of the new status; the statement written, or None where
        the paragraph says nothing more. Refused where the words go on with the status's sentence, or where the
        status is a key line under the title, whose block of keys a paragraph would part."""
        if at is None:
            if "status" not in self.key_lines or self._said_more(self.key_lines["status"] - 1) is None:
                return None
            self._keep_the_status_s_day()  # (its `Date:` line written first: the lines below it move down)
        index = self.key_lines["status"] - 1 if at is None else at
        found = self._said_more(index)
        if found is None:
            return None
        if found.goes_on or found.attached or found.link or not self._in_the_status_section(index):
            raise self._saying_more(found)
        statuslists.refuse_a_line_offering_none(self, index)
        first = self.lines[index].rstrip("\r\n")
        written = statement or _in_case_of(status, first[found.start:found.end])
        restated = [f"{first[:found.start]}{written}{first[found.end:found.closed]}", ""]
        if found.kept_at < len(first):  # the words kept start on the status's line
            restated.append(first[found.kept_at:])
        self._rewrite(index, *restated)
        return written

    def _saying_more(self, found: Apart) -> WriteRefused:
        """The refusal of a status line that says more than the status (``found``) in a way no edit of it keeps:
        a sentence going on after the status, a remark attached to it (about the old status), a status that is a
        link's text, or words after a status key line under the title, whose block of keys a paragraph of them
        would part."""
        if found.link and not found.goes_on:
            return self._refusal(f"its status is the text of a link (to {shortened(found.link)}), which would "
                                 "then name the new status; edit it by hand")
        if found.attached:
            return self._refusal(f"its status has a remark attached ({quoted(found.attached)}), which is about the old "
                                 "status and would then be said of the new one; edit it by hand")
        if found.goes_on:
            return self._refusal(f"its status's sentence goes on after the status ({quoted(found.goes_on)}), "
                                 "which would then be said of the new status; end the sentence after the status, or "
                                 "edit it by hand")
        return self._refusal(f"its status line says more than the status ({quoted(found.kept.strip())}); edit it "
                             "by hand")

    def _refuse_a_status_saying_more(self) -> None:
        """Refused where the front matter's status says more than the status (`status: accepted, pending the
        security review`), words a new value would drop; a remark only about the old status goes with it."""
        from adrtool.records.statusprose import apart

        said, line = self.record.meta.get("status"), self.key_lines.get("status")
        if not isinstance(said, str) or any(link.line == line for link in self.record.links):
            return
        found = apart(said, self.record.status)
        if found is not None and (found.kept or found.goes_on or found.attached or found.link):
            raise self._saying_more(found)

    def _restate_remarked(self, index: int, status: str, word: str | None) -> str | None:
        """The Status section's paragraph on line ``index`` where it is the status and a remark only about it (`Accepted
        (cycle 237, 2026-03-12)`, kept in the body by `adr convert`): the status said as ``status`` (or ``word``),
        the remark gone with the old one; the word written, or None where the paragraph is no such line."""
        from adrtool.records.statusprose import apart

        first = self.lines[index].rstrip("\r\n")
        found = apart(first, self.record.status)
        if found is None or found.kept or found.goes_on or found.attached or found.link or \
                found.remarked == found.closed or \
                self._paragraph_from(index) != first:
            return None
        written = word or _in_case_of(status, first[found.start:found.end])
        self._rewrite(index, f"{first[:found.start]}{written}{first[found.end:found.closed]}{first[found.remarked:]}")
        return written

    def _paragraph_from(self, index: int) -> str:
        """The paragraph opening on line ``index`` in the Status section, its lines joined by newlines: up to a blank
        line, a heading, or a line the reader takes apart from it: a link's (`Accepted` over `Amended by [..](..)`),
        another key's (`Date: 2020-01-01`; under a key line, any key line: `**Implemented**: v2025.10.5`). Elsewhere
        (a key line under the title) the line alone. A key line holding several fields is its first field
        alone (`**Status:** Proposed | **Date:** 2026-02-01`: the others are no words about the status)."""
        apart = {link.line for link in self.record.links if link.line is not None} | set(self.key_lines.values())
        text = self.lines[index].rstrip("\r\n")
        keyed = markdown.KEY_LINE.fullmatch(text) is not None
        if keyed and (first := first_of_its_fields(text).rstrip()) != text and text.startswith(first) \
                and markdown.KEY_LINE.fullmatch(first) is not None:
            return first
        end = index + 1
        if self._in_the_status_section(index):
            while end < len(self.lines) and self.lines[end].strip() and not self.lines[end].lstrip().startswith("#") \
                    and end + 1 not in apart and not (keyed and markdown.KEY_LINE.fullmatch(self.lines[end].rstrip())):
                end += 1
        return "\n".join(line.rstrip("\r\n") for line in self.lines[index:end])

    def _its_other_fields(self, index: int) -> str:
        """The fields after the first of the key line ``index``, as written (` | Date: 2026-02-01`); `""` for a line
        of one field."""
        text = self.lines[index].rstrip("\r\n")
        first = self._paragraph_from(index)
        return text[len(first):] if "\n" not in first and text.startswith(first) else ""

    def _in_the_status_section(self, index: int) -> bool:
        try:
            start, end = self._status_section_lines()
        except UsageError:
            return False
        return start <= index < end

    def _step_the_body(self, status: str, word: str | None) -> str | None:
        """A docs page whose body's Status section is a task list or a history of dated entries: its box ticked, or
        the day's entry added, as in an adr-tools record (``tick``, ``_add_to_history``), the lines changed noted
        for ``check``; the status the body then states, as the reader reads it; None where it is neither."""
        text_lines = [line.rstrip("\r\n") for line in self.lines]
        try:
            section = self._status_section(text_lines)
        except UsageError:
            return None
        was, lines, _ = status_section(text_lines, section)
        stated, page_line = lines.get("status"), self.key_lines.get("status")
        if stated is None or page_line is None:
            return None
        before = list(self.lines)
        self.key_lines["status"] = stated
        try:
            if not (statuslists.add_to_history(self, status, word) or statuslists.move_the_mark(self, status, word)
                    or statuslists.tick(self, status) or statuslists.mark_on_the_line(self, status)):
                return None
        finally:
            self.key_lines["status"] = page_line
        self._note_body_lines_changed(before)
        text_lines = [line.rstrip("\r\n") for line in self.lines]
        now = status_section(text_lines, self._status_section(text_lines))[0]
        self.body_stated = was, now
        return str(now["status"])

    def _note_body_lines_changed(self, before: list[str]) -> None:
        """The body's lines an edit changed since they were ``before`` noted for ``check``, as ``restated`` notes
        them: each line rewritten; where lines were added, the line they follow (or replace) noted with them."""
        now = split_front_matter([line.rstrip("\r\n") for line in self.lines])
        was = split_front_matter(self.file.text.split("\n"))
        if now is None or was is None:
            return
        shift = now[1] - was[1]
        added = len(self.lines) - len(before)
        if not added:
            spans = [(index, index + 1) for index, line in enumerate(before) if self.lines[index] != line]
        else:  # (lines added in one place, the line before them perhaps rewritten)
            at = next((index for index, line in enumerate(before) if self.lines[index] != line), len(before))
            end = len(before)
            while end > at and before[end - 1] == self.lines[end - 1 + added]:
                end -= 1
            at = min(at, end - 1) if end > at else at - 1
            spans = [(at, end + added)]
        for start, stop in spans:
            self.restated[start - shift] = "\n".join(line.rstrip("\r\n") for line in self.lines[start:stop])

    def _restate_the_key_line(self, old: str, status: str, word: str | None = None, *, in_its_case: bool = False
                              ) -> str | None:
        """A front-matter record that states its status again on a key line under its title (@kompiro's `- **Status**:
        Accepted` below `status: accepted`), a word alone or before the line's next key (`**Status:** Proposed
        **Date:** 2026-01-01`): the line's word says ``status`` too, in its case."""
        from adrtool.records.dialects.normalize import canonical_key
        from adrtool.records.values import lifecycle_word

        first = self.record.title_line if self.record.title_line is not None else self.record.body_line - 1
        for index in range(first, min(len(self.lines), first + markdown.KEY_LINES_BELOW)):
            line = self.lines[index].rstrip("\r\n")
            if line.lstrip().startswith(_NO_KEY_LINES_PAST):  # a heading, code, a comment: the key lines are above
                return None
            following = self.lines[index + 1] if index + 1 < len(self.lines) else ""
            found = markdown.KEY_LINE.fullmatch(line) if not _SETEXT_UNDERLINE.match(following) else None
            if found is not None and canonical_key(found.group("key").strip()) == "status":
                said = markdown.WORD_ALONE.fullmatch(found.group("value")) \
                    or _WORD_BEFORE_A_KEY.match(found.group("value"))  # (`**Status:** Proposed **Date:** ..`)
                if said is not None and lifecycle_word(said.group("word")) == old:
                    written = _in_case_of(word, said.group("word")) if word and in_its_case else word
                    return self._restate(index, found.start("value") + said.start("word"), said.group("word"),
                                         status, written)
                return None
        return None

    def _restate_the_key_line_too(self, status: str, word: str | None) -> None:
        """A record whose status is its Status section's and which states it again on a key line under its title
        (`**Status:** Proposed **Date:** 2026-01-01` over `## Status` / `- [x] Proposed`): that line's word made
        ``status`` too (``word``, the log's word for it)."""
        old = (self.record.status or "").lower()
        stated = self.record.meta_lines.get("status")
        if old and stated is not None and self._in_the_status_section(self.key_lines.get("status", stated) - 1):
            self._restate_the_key_line(old, status, word, in_its_case=True)

    def _restate(self, index: int, at: int, word: str, status: str, new: str | None = None) -> str | None:
        """The body's ``word`` at column ``at`` of line ``index`` replaced by ``status`` in its case (or by ``new``),
        noted for ``check`` by the line it was read from; the word written."""
        text = self.lines[index].rstrip("\r\n")
        written = new or _in_case_of(status, word)
        self._rewrite(index, f"{text[:at]}{written}{text[at + len(word):]}")
        return written

    def _rewrite(self, index: int, text: str, *added: str) -> None:
        """The body's line ``index`` made ``text``, and ``added`` lines after it (the last keeping its line ending),
        noted for ``check`` by the line it was read from."""
        now = split_front_matter([line.rstrip("\r\n") for line in self.lines])
        was = split_front_matter(self.file.text.split("\n"))
        shift = now[1] - was[1] if now is not None and was is not None else 0
        ending = _line_ending(self.lines[index])
        written = (text, *added)
        self.lines[index] = f"{text}{self.newline if added else ending or self.newline}"
        for offset, line in enumerate(added, 1):
            self._insert(index + offset, f"{line}{self.newline if offset < len(added) else ending}")
        self.restated[index - shift] = "\n".join(written)

    def _drop_body_revisit(self) -> None:
        """The revisit point the body states on lines of its own (a `## Revisit by` section over the day, the day
        as a paragraph of its own over a note), which the front matter's key now says: removed, so that the page
        shows no day but the point the record is read by (``adrtool.records.convert.revisit_lines``)."""
        from adrtool.records.convert import revisit_lines

        if self.dropped or self.record.revisit is None:
            return
        found = revisit_lines(self.record, [line.rstrip("\r\n") for line in self.lines])
        if found is None or min(found) < self.record.body_line - 1:
            return
        for index in sorted(found, reverse=True):
            del self.lines[index]
            self._shift(index, -1)
        self.dropped = frozenset(found)

    def move_page_review(self, key: str, reviewed: dt.date, point: RevisitPoint,
                         period: tuple[str, str] | None = None) -> None:
        """Move a GOV.UK tech-docs page's last review (``key`` of its front matter, `last_reviewed_on`) to
        ``reviewed``, which makes ``point`` its revisit point (with ``period``, its `review_in` key and the length
        of time written there, where the page's own gave no day)."""
        for written in (key, *(period[:1] if period else ())):
            if self.key_lines.get(written, self.record.body_line) >= self.record.body_line:
                raise self._unsupported(written)
        self._fm_set(key, reviewed.isoformat())
        if period is not None:
            self._fm_set(period[0], yaml_scalar(period[1]))
        self.typed["revisit"] = point

    def _written_key(self, key: str) -> str:
        """The key as the front matter writes ``key``: `review-by` where the record keeps its revisit point under
        that name, `Status` where its keys are capitalised, so that an edit moves the value the record is read by
        rather than adding a second key."""
        if key in self.key_lines:
            return key
        from adrtool.records.dialects.normalize import canonical_key

        for written in self.record.meta:
            if str(written) in self.key_lines and canonical_key(written) == key:
                return str(written)
        return key

    def _mean(self, key: str, value: object) -> None:
        """Note what setting ``key`` to ``value`` means for the typed fields (``check`` holds the result to it)."""
        from adrtool.model import RevisitPoint

        if key == "status":  # as the reader reads the word (a configured `pending` as proposed)
            self.typed["status"] = read_status(str(value)).status or str(value)
        elif key == "revisit":
            self.typed["revisit"] = RevisitPoint.parse(value)
        elif key == "cycle":
            self.typed["cycle"] = str(value)

    def add_link(self, key: str, target: Record, *, key_word: str | None = None) -> None:
        """Add ``target`` to a link list (`supersedes`, `superseded-by`, `relates-to`); ``key_word``: the log's
        word for the relation, where it is written as a key line under the title (`**Reemplaza:**`)."""
        if links_to(self.record, key, target):
            return
        if self._closes_with_relations(key, target):
            self._expect_link(key, target)
            self._closing_relation_line(key, target)
            return
        if key == "relates-to" and self.record.format in (Dialect.NYGARD, Dialect.MADR2) and \
                target.number is not None and self._relation_line(key) is None and \
                (related := self._related_section()) is not None:
            self._expect_link(key, target)
            self._related_item(related, target)
            return
        self._expect_link(key, target)
        if self.record.format is Dialect.PLAIN and self.no_front_matter and target.number is not None:
            self._related_bullet(key, target)
            return
        if self.record.format is Dialect.PLAIN:
            self._begin_front_matter()
        if self.record.format is Dialect.FRONTMATTER or self.begun:
            if (kind := ADRS_KINDS.get(key)) is not None and target.number is not None and \
                    not keyed_as_adrtool(self.record) and \
                    (self.adrs_links or holds_adrs_links(self.record.meta.get("links"))):
                self._adrs_link(kind, target.number)
                return
            written = self._written_key(key)
            if written not in self.key_lines:
                written = self.keyed.key(key)
            said = self.record.meta.get(written)
            current = list(said) if isinstance(said, list) else [] if said is None or said == "" else [said]
            if target.number in _ints(current):
                return
            if any(isinstance(named, (dict, list)) for named in current):  # a list of them, as YAML writes it
                raise self._refusal(f"`{written}` holds a mapping or a list, not records' names; edit it by hand")
            item, quote = self.keyed.item(target), self._quoting_of(written)
            if current and self._a_block_list(written):
                self._append_block_item(written, quoted_as(item, quote))
            else:
                self._fm_set(written, quoted_as(item, quote) if not current and key in self.keyed.scalar
                             else "[" + ", ".join(quoted_as(named, quote) for named in [*current, item]) + "]")
        elif self.record.format is Dialect.NYGARD:
            label = LINK_LABELS.get(key, key.replace("-", " ").capitalize())
            if (index := self._relation_line(key)) is not None:
                self._fill_relation(index, target)
            elif self._link_in_place_of_its_variable(key, key_word or label, target):
                pass
            elif (status_line := self._status_key_line()) is not None:
                self._key_line_link(status_line, key, key_word or label, target)
            else:
                self._nygard_link(_sentence(key_word) if key_word else label, target)
        elif self.record.format is Dialect.MADR2 and key == "superseded-by":
            self._madr2_set("status", f"superseded by {self._link(target)}")
            self._fill_successor_key(target)
            self.typed["status"] = "superseded"
        elif self.record.format is Dialect.MADR2:
            self._madr2_link(key, target, key_word)
        else:
            raise self._unsupported(key)

    def mark_superseded(self, successor: Record, phrase: str = "Superseded by", in_status: str | None = None, *,
                        word: str | None = None) -> None:
        """Mark the record superseded by ``successor``; ``phrase``: the log's words for it, where the status is a
        key line under the title (`**Estado:** Reemplazado por [ADR-0007](0007-x.md)`); ``in_status``: how a MADR
        front matter names the successor in the status's value, a "link" or a "reference"
        (``vocabulary.superseded_in_the_status``), where the log writes no key for it; ``word``: the log's word for
        superseded, where its status is a dated history (its entry, then the link)."""
        self._unwrap_the_status_key_line()
        if self.record.format is Dialect.FRONTMATTER and in_status == "section":
            self._refuse_a_status_saying_more()
            if self._restate_the_body("superseded", f"{_sentence(phrase)} {_reference(successor)}") is None:
                raise self._refusal("its log states the status again in each record's Status section and says the "
                                    "successor there, but this record's section states no status word adr can "
                                    "replace; edit it by hand")
            self._fm_set(self._written_key("status"), quoted_as("superseded", self._quoting_of("status")))
            self._mean("status", "superseded")
            self._body_states("superseded-by", _reference(successor))
            self._expect_link("superseded-by", successor)
            return
        if self.record.format is Dialect.FRONTMATTER and in_status is not None:
            named = self._link(successor) \
                if in_status == "link" or successor.number is None else _reference(successor)  # (a day's id: linked)
            self.set_scalar("status", "superseded", written=f"{phrase} {named}")
            self._expect_link("superseded-by", successor)
            return
        keyed = self._status_key_in_its_section() if self.record.format is Dialect.NYGARD else None
        if self._closes_with_relations("superseded-by", successor) and self._status_key_line() is not None:
            self._superseded_in_closing_lines(successor, word)
        elif self.record.format is Dialect.NYGARD and (status_line := self._status_key_line()
                                                     if keyed is None else keyed) is not None:
            if keyed is None and (found := self._said_more(status_line)) is not None:
                raise self._saying_more(found)
            self._restate_status("superseded")
            self._keep_the_status_s_day()
            status_line = self._status_key_line() if keyed is None else self._status_key_in_its_section()
            assert status_line is not None
            named = self._successor_named(successor) if keyed is None else \
                f"[{self._link_text(successor)}]({self._href(successor)})"
            self.lines[status_line] = self._key_line_stating(status_line, f"{phrase} {named}")
            if keyed is not None:  # phodal/adr's `STATUS：..` over its dated history: the day's entry too
                statuslists.add_below_the_key(self, "superseded", word)
            self._fill_successor_key(successor)
            self._expect_link("superseded-by", successor)
        elif self.record.format is Dialect.NYGARD and (statuslists.add_to_history(self, "superseded", word)
                                                       or statuslists.move_the_mark(self, "superseded", word)
                                                       or statuslists.tick(self, "superseded")
                                                       or statuslists.mark_on_the_line(self, "superseded")):
            self._successor_paragraph(_sentence(phrase), successor)  # after the history's new entry, or the list
            self._expect_link("superseded-by", successor)
        elif self.record.format is Dialect.NYGARD and self._restate_the_paragraph(
                f"{_sentence(phrase)} [{self._link_text(successor)}]({self._href(successor)})") is not None:
            self._expect_link("superseded-by", successor)
        elif self.record.format is Dialect.NYGARD and self._status_word_alone():
            # the link takes the status word's line: the blank lines around it stay as the author left them
            self._keep_the_status_s_day()
            index = self.key_lines.pop("status") - 1
            link = f"[{self._link_text(successor)}]({self._href(successor)})"
            named = self._stopped_as_said(f"{_sentence(phrase)} {link}")
            text = self.lines[index].rstrip("\r\n")
            before, after = _comments_around(text, str(self.record.meta["status"]).strip())
            self.lines[index] = f"{before}{named}{after}{_line_ending(self.lines[index]) or self.newline}"
            self._expect_link("superseded-by", successor)
        elif self.record.format is Dialect.NYGARD:
            self._nygard_status(None)  # adr-tools replaces the status word by the link
            self.add_link("superseded-by", successor, key_word=_sentence(phrase))
            self.typed["status"] = "superseded"
        elif self.record.format is Dialect.MADR2 and "status" in self.key_lines:
            self._madr2_set("status", f"{phrase} {self._successor_named(successor)}")
            self._fill_successor_key(successor)
            self._expect_link("superseded-by", successor)
        elif self.record.format is Dialect.MADR2:
            self.add_link("superseded-by", successor)
        else:
            self.set_scalar("status", "superseded", written=word)
            self.add_link("superseded-by", successor)
        self.typed["status"] = "superseded"

    def _closes_with_relations(self, key: str, target: Record) -> bool:
        """Whether the link to ``target`` under ``key`` is written as a line closing the record, in a log that keys
        its relations so (``closing_lines``) and for a relation such a line names."""
        return self.closing_lines and self.record.format is Dialect.NYGARD and target.number is not None \
            and key in CLOSING_LABELS

    def _superseded_in_closing_lines(self, successor: Record, word: str | None) -> None:
        """The status key line says superseded, a word alone (decree reads its `Status:` as one of its words), and
        a line closing the record names ``successor``."""
        status_line = self._status_key_line()
        assert status_line is not None
        if (found := self._said_more(status_line)) is not None:
            raise self._saying_more(found)
        self._restate_status("superseded")
        self._keep_the_status_s_day()
        status_line = self._status_key_line()
        assert status_line is not None
        said = str(self.record.meta["status"]).strip().strip("*_")
        self.lines[status_line] = self._status_line(self.lines[status_line], word or _in_case_of("superseded", said))
        self._expect_link("superseded-by", successor)
        self._closing_relation_line("superseded-by", successor)

    def _closing_relation_line(self, key: str, target: Record) -> None:
        """``target`` named under ``key`` on a line of its own after a blank one at the end of the record, as decree
        appends it (`Is superseded by: 0019`): the number as the target's file name begins."""
        assert target.number is not None
        digits = target.filename.split("-", 1)[0]
        number = digits if digits.isdigit() and int(digits) == target.number else f"{target.number:04d}"
        while len(self.lines) > 1 and not self.lines[-1].strip():
            del self.lines[-1]
        self._insert(len(self.lines), self.newline)
        self._insert(len(self.lines), f"{CLOSING_LABELS[key]}: {number}{self.newline}")

    def state_the_predecessor(self, predecessor: Record, phrase: str = "Supersedes") -> None:
        """``phrase`` and ``predecessor``'s reference as a paragraph after the Status section's first, in a
        front-matter log that names its records' relations there (Structured MADR's `Supersedes ADR-0014`)."""
        start, end = self._status_section_lines()
        first = next((index for index in range(start, end) if self.lines[index].strip()), None)
        if first is None:
            raise self._refusal("its Status section is empty; add the status word first")
        last = next((index for index in range(first, end) if not self.lines[index].strip()), end) - 1
        if predecessor.number is None:
            raise self._refusal(f"{predecessor.id} has no number for its Status section to name it by")
        self._rewrite(last, self.lines[last].rstrip("\r\n"), "", f"{phrase} {_reference(predecessor)}")
        self._body_states("supersedes", predecessor.number)
        self._expect_link("supersedes", predecessor)

    def _body_states(self, key: str, item: object) -> None:
        """Note for ``check`` that the body's Status section now names ``item`` under the relation ``key``, read
        into the front matter's keys where they name none."""
        was, now = self.body_stated or ({}, {})
        self.body_stated = was, {**now, key: [item]}

    def _unwrap_the_status_key_line(self) -> None:
        """A status key line or bullet under the title whose value wraps onto the lines below it (prettier's
        `proseWrap`: `- **Status:** Accepted — amended by [ADR 1](..)` over `  (an unbounded bound forbids
        lending)`), made one line holding the value as the reader joined it, so that an edit of the value takes
        its every word once: none is left below, twice or cut off from the rest."""
        said = self.record.meta.get("status")
        line = self.key_lines.get("status")
        if self.record.format not in (Dialect.MADR2, Dialect.NYGARD) or not isinstance(said, str) or line is None \
                or self._in_the_status_section(line - 1):
            return
        index = line - 1
        below = self._wrapped_onto(index, said.strip())
        if not below:
            return
        text = self.lines[index].rstrip("\r\n")
        joined = " ".join([text.rstrip(), *(self.lines[at].strip() for at in below)])
        self.lines[index] = f"{joined}{_line_ending(self.lines[below[-1]]) or self.newline}"
        for at in reversed(below):
            del self.lines[at]
            self._shift(at, -1)

    def _wrapped_onto(self, index: int, said: str) -> range:
        """The lines after key line ``index`` its value ``said`` (as read: its lines joined by blanks) runs on to;
        none where the line holds it whole or the lines below do not make up the rest of it."""
        text = self.lines[index].rstrip("\r\n").rstrip()
        if text.endswith(said):
            return range(0)
        parts: list[str] = []
        for end in range(index + 1, min(len(self.lines), index + 1 + _MOST_WRAPPED_LINES)):
            part = self.lines[end].strip()
            if not part:
                break
            parts.append(part)
            tail = " ".join(parts)
            if said.endswith(f" {tail}") and text.endswith(said[:-len(tail) - 1].rstrip()):
                return range(index + 1, end + 1)
        return range(0)

    def _expect_link(self, label: str, target: Record) -> None:
        """What ``check`` must find after an edit linking ``target`` under ``label``: its number in the typed field,
        or, named by its day, a link to its file."""
        field = LINK_FIELDS.get(label)
        if target.number is None:
            self.linked.append((label, target))
        elif field is not None:
            now = self.typed.get(field, getattr(self.record, field))
            assert isinstance(now, tuple)
            self.typed[field] = now if target.number in now else (*now, target.number)

    def _status_key_line(self) -> int | None:
        """The index of the line stating the status as a key under the title (`**Status:** Accepted`, `Estado:
        Aceptado`) of a record with no Status section; None for any other record."""
        said = str(self.record.meta.get("status") or "").strip()
        if "status" not in self.key_lines or not said:
            return None
        try:
            self._status_section_lines()
            return None
        except UsageError:
            pass
        index = self.key_lines["status"] - 1
        key = self.lines[index][:max(self.lines[index].find(self._status_on_its_line(index, said)), 0)]
        return index if ":" in key or "：" in key else None

    def _status_on_its_line(self, index: int, said: str) -> str:
        """The part of the status ``said`` (as read) that its key line ``index`` holds: all of it, or its first
        words where it wraps onto the lines below (`**Status:** Accepted (supersedes the ERD portion of`)."""
        below = self._wrapped_onto(index, said)
        if not below:
            return said
        tail = " ".join(self.lines[at].strip() for at in below)
        return said[:-len(tail) - 1].rstrip()

    def _status_key_in_its_section(self) -> int | None:
        """The index of the line stating the status as a key inside the record's Status section (phodal/adr's
        `## Status` over `STATUS：accepted` or `Status: Accepted on 2020-04-05`); None for any other record."""
        from adrtool.records.statuslists import status_in_its_section

        said = str(self.record.meta.get("status") or "").strip()
        placed = status_in_its_section(self) if said else None
        if placed is None:
            return None
        index = placed[2]
        key = self.lines[index][:max(self.lines[index].find(said), 0)]
        return index if key.strip() and (key.rstrip().endswith(":") or key.rstrip().endswith("：")) else None

    def _key_line_stating(self, index: int, value: str) -> str:
        """The status key line at ``index`` with its value replaced by ``value``, its key kept as written."""
        line = self.lines[index]
        text = line.rstrip("\r\n")
        said = _without_its_comments(str(self.record.meta["status"]).strip())  # (the comments after it stay)
        at = text.find(said)
        value = _with_its_relations(said, value) or self._stopped_as_said(value)
        return f"{text[:at]}{value}{text[at + len(said):]}{_line_ending(line) or self.newline}"

    def _relation_line(self, key: str) -> int | None:
        """The index of the record's key line or metadata bullet of the relation ``key`` (`- Related:`, `* Related
        to: [ADR-0001](..)`, `**Supersedes:** N/A`, `Supersedes: nothing (..)`), its key as the reader takes it;
        None where it has none."""
        from adrtool.records.dialects.normalize import canonical_key

        if self.record.format not in (Dialect.MADR2, Dialect.NYGARD):
            return None
        for written in self.record.meta:  # (in the order read: of two keys of one relation, the first is read)
            line = self.key_lines.get(str(written))
            if line is None or canonical_key(written) != key or not 0 < line <= len(self.lines):
                continue
            if self._keys_relation(line - 1, key):
                return line - 1
        # a key the reader passes over, left empty (`Related: ` among `Date:` and `Status:` lines)
        return next((index for index in self._key_block() if self._keys_relation(index, key)), None)

    def _keys_relation(self, index: int, key: str) -> bool:
        from adrtool.records.dialects.normalize import canonical_key

        found = markdown.KEY_LINE.fullmatch(self.lines[index].rstrip("\r\n"))
        return found is not None and canonical_key(found.group("key").strip()) == key

    def _key_block(self) -> range:
        """The indexes of the block of lines, no blank or heading among them, that holds the record's status or
        date key line (its key lines, or its metadata bullets); none where it has neither."""
        held = [self.key_lines[key] - 1 for key in ("status", "date")
                if 0 < self.key_lines.get(key, 0) <= len(self.lines)]
        if not held:
            return range(0)
        start = end = min(held)
        while start > 0 and self._in_a_block(start - 1):
            start -= 1
        while end + 1 < len(self.lines) and self._in_a_block(end + 1):
            end += 1
        return range(start, end + 1)

    def _in_a_block(self, index: int) -> bool:
        text = self.lines[index].strip()
        return bool(text) and not text.startswith(("#", "---"))

    def _fill_relation(self, index: int, target: Record) -> None:
        """The link to ``target`` written into the relation's own key line at ``index``, its key kept as written
        (``_relation_value``)."""
        line = self.lines[index]
        text = line.rstrip("\r\n")
        found = markdown.KEY_LINE.fullmatch(text)
        assert found is not None  # (``_relation_line``)
        start, end = found.span("value")
        lead, value, tail = _apart_from_its_comments(found.group("value"))
        if not tail and value.endswith("\\"):  # a Markdown line break, which stays the line's last
            value, tail = value[:-1], "\\"
        filled = _relation_value(value, f"{self._link(target)}", self.from_template)
        before = text[:start] if value or lead or text[:start][-1:] in (" ", "\t") \
            else f"{text[:start]} "  # (`Related:`)
        self.lines[index] = f"{before}{lead}{filled}{tail}{text[end:]}{_line_ending(line) or self.newline}"

    def _variable_line(self, key: str) -> int | None:
        """The index of a line among the key lines under the title that holds nothing but a template's variable
        for the relation ``key``, in any case (dotADR's `{{SUPERSEDES}}`, which stands for the whole `* Supersedes:
        ..` line); None where there is none."""
        from adrtool.records.dialects.normalize import canonical_key

        for index in self._key_block():
            variable = markdown.ANY_CASE_VARIABLE.fullmatch(self.lines[index].strip())
            if variable is not None and canonical_key(variable.group("name")) == key:
                return index
        return None

    def _key_line_opening(self, label: str) -> str | None:
        """A key line's text before its value for the key ``label``, written as the record writes its status's or
        its date's (`* Supersedes: ` under `* Status: Draft`, `- **Supersedes:** ` under `- **Date:** ..`); None
        where it keys neither on a line of its own."""
        from adrtool.records.dialects.normalize import canonical_key

        for key in ("status", "date"):
            line = self.key_lines.get(key, 0)
            found = markdown.KEY_LINE.fullmatch(self.lines[line - 1].rstrip("\r\n")) \
                if 0 < line <= len(self.lines) else None
            if found is None or canonical_key(found.group("key").strip()) != key:
                continue
            opening = _without_its_key_mark(found.string[:found.start("value")])
            word = _KEY_WORD.search(opening)
            if word is not None:
                return f"{opening[:word.start()]}{label}{opening[word.end():]}".rstrip() + " "
        return None

    def _link_in_place_of_its_variable(self, key: str, label: str, target: Record) -> bool:
        """The link to ``target`` as a key line ``label`` in place of a line holding the relation's variable alone
        (``_variable_line``), as dotADR writes it; False where there is no such line, or no key line to write it as."""
        index = self._variable_line(key)
        opening = self._key_line_opening(label) if index is not None else None
        if index is None or opening is None:
            return False
        line = self.lines[index]
        self.lines[index] = f"{opening}{self._link(target)}{_line_ending(line) or self.newline}"
        self.key_lines[key] = index + 1
        return True

    def _fill_successor_key(self, successor: Record) -> None:
        """The record's own `Superseded by:` key (flyby's `- **Superseded by:** (optional, ADR-XXXX)`, beside its
        status), where it has one, names ``successor`` too."""
        if (index := self._relation_line("superseded-by")) is not None and \
                index + 1 != self.key_lines.get("status"):
            self._fill_relation(index, successor)

    def _under_front_matter(self) -> bool:
        """Whether the record opens with a front matter (over MADR 2's bullets: a site's `permalink:`)."""
        return split_front_matter([line.rstrip("\r\n") for line in self.lines]) is not None

    def drop_unfilled_relations(self, records: Sequence[Record]) -> None:
        """A new record's relation keys its template left holding their placeholder (dotADR's `* Supersedes:
        {{SUPERSEDES}}`, flyby's `- **Superseded by:** (optional, ADR-XXXX)`), linked to nothing: the key left
        empty where a record of the log (``records``) shows it so, else its line removed, as those tools do."""
        from adrtool.records.dialects.normalize import canonical_key, left_as_template

        shown_empty = {canonical_key(key) for record in records for key, value in record.meta.items()
                       if value == "" and canonical_key(key) in _RELATION_KEYS}
        for key in _RELATION_KEYS:
            index = self._relation_line(key)
            if index is not None and left_as_template(self._key_line_value(index)):
                line = self.lines[index]
                if key in shown_empty:
                    value = markdown.KEY_LINE.fullmatch(line.rstrip("\r\n"))
                    assert value is not None
                    self.lines[index] = f"{line[:value.start('value')].rstrip()} {_line_ending(line) or self.newline}"
                else:
                    self._drop_line(index)
            while (index := self._variable_line(key)) is not None:  # dotADR's `{{SUPERSEDES}}` alone on its line
                opening = self._key_line_opening(LINK_LABELS[key]) if key in shown_empty else None
                if opening is not None:
                    self.lines[index] = f"{opening}{_line_ending(self.lines[index]) or self.newline}"
                else:
                    self._drop_line(index)

    def _drop_line(self, index: int) -> None:
        self.key_lines = {written: at for written, at in self.key_lines.items() if at != index + 1}
        del self.lines[index]
        self._shift(index, -1)

    def _key_line_value(self, index: int) -> str:
        """The value of the key line at ``index`` as a reader sees it: the HTML comments around it left out."""
        found = markdown.KEY_LINE.fullmatch(self.lines[index].rstrip("\r\n"))
        return _apart_from_its_comments(found.group("value"))[1] if found is not None else ""

    def _key_line_link(self, status_line: int, key: str, label: str, target: Record) -> None:
        """A link as a key line of its own after the key lines under the title, keyed as the status line is
        (`**Supersedes:** [ADR-0001](0001-x.md)` under `**Status:** Proposed`), or added to that line when there is
        one."""
        link = self._link(target)
        if key in self.key_lines:
            index = self.key_lines[key] - 1
            line = self.lines[index]
            self.lines[index] = f"{line.rstrip(chr(13) + chr(10))}, {link}{_line_ending(line) or self.newline}"
            return
        text = self.lines[status_line]
        said = str(self.record.meta["status"]).strip()
        written_key = _without_its_key_mark(text[:text.find(said)])
        word = _KEY_WORD.search(written_key)
        if word is None:
            raise self._unsupported(key)
        at = status_line + 1
        while at < len(self.lines) and self.lines[at].strip() and not self.lines[at].lstrip().startswith("#"):
            at += 1
        self._break_the_last_line(status_line, at)
        self._insert(at, f"{written_key[:word.start()]}{label}{written_key[word.end():]}{link}{self.newline}")
        self.key_lines[key] = at + 1

    def _break_the_last_line(self, inside: int, end: int) -> None:
        """The last line before ``end`` of the block of key lines holding line ``inside`` ended as the block's
        other lines end, where each ends with a Markdown line break (two blanks, or a backslash): the key line
        added after it then stands on a line of its own when the page is shown, as the others do."""
        start = inside
        while start > 0 and self.lines[start - 1].strip() and not self.lines[start - 1].lstrip().startswith("#"):
            start -= 1
        ended = [self.lines[index].rstrip("\r\n") for index in range(start, end - 1)]
        if not ended:
            return
        for mark in ("  ", "\\"):
            if all(text.endswith(mark) for text in ended):
                last = self.lines[end - 1]
                text = last.rstrip("\r\n")
                if not text.endswith(("  ", "\\")):  # (a last line broken either way already is)
                    self.lines[end - 1] = f"{text.rstrip() if mark == '  ' else text}{mark}{last[len(text):]}"
                return

    def _status_word_alone(self) -> bool:
        """Whether the Status section's status word is a paragraph of one line, the section's first (after its
        heading, blank lines and comments: a template's `<!-- A decision may be "proposed" .. -->`), and all it
        holds or followed by a note (`Written years after the decision was made.`): what a link that supersedes the
        record takes the place of, the note kept after it."""
        if "status" not in self.key_lines or not self.record.meta.get("status") or \
                label_key(str(self.record.meta["status"])) == "superseded":
            return False
        index = self.key_lines["status"] - 1
        start, end = self._status_section_lines()
        if not start <= index < end or (index + 1 < end and self.lines[index + 1].strip()):
            return False
        linked = {link.line for link in self.record.links}
        following = [at for at in range(index + 1, end) if self.lines[at].strip()]
        if following and all(at + 1 in linked for at in following):
            return False  # links alone follow (`Amended by [..](..)`): adr-tools' way, the word gone, the link last
        in_comment = False
        for line in self.lines[start:index]:
            text = line.strip()
            if in_comment or text.startswith("<!--"):
                in_comment = "-->" not in text
            elif text and not text.startswith("#"):
                return False
        return not in_comment

    def append_to_list(self, key: str, item_yaml: str, meant: object = None) -> None:
        """Append one flow-mapping item to a front-matter list (block style, so history reads well);
        ``meant``: the value the item stands for, which the result must read (dates as ISO text)."""
        if self.record.format is Dialect.PLAIN:
            self._begin_front_matter()
        elif self.record.format is not Dialect.FRONTMATTER:
            raise self._unsupported(key)
        key = self._spelt(key)
        self._refuse_node_property(key)
        self.appended.setdefault(key, []).append(item_yaml)
        if meant is not None:
            self.meant_items.setdefault(key, []).append(meant)
        nl = self.newline
        if key in self.key_lines:
            index = self.key_lines[key] - 1
            end = self._block_end(index)
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
        key = self._spelt(key)
        self._refuse_node_property(key)
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
            self.yaml_values[key] = value_yaml
            self.lines[index] = f"{key}: {value_yaml}{comment.group(0) if comment else ''}{end or nl}"
            self._drop_block_continuation(index)
            return
        self.yaml_values[key] = value_yaml
        position = self._fm_insert_position(key)
        self._insert(position, f"{key}: {value_yaml}{nl}")
        self.key_lines[key] = position + 1

    def _spelt(self, key: str) -> str:
        """``key`` as the front matter would write it, where it has no such key yet: in the case every one of its
        keys is written in (`Revisit` among `Title:` and `Status:`, `REVISIT` among `STATUS:`), else as given."""
        if key in self.key_lines:
            return key
        written = [name for name in self.key_lines if name[:1].isalpha()]
        if not written or not all(name[:1].isupper() for name in written):
            return key
        if all(not char.islower() for name in written for char in name):
            return key.upper()
        return key[:1].upper() + key[1:]

    def _quoting_of(self, key: str) -> str | None:
        """How a value written under ``key`` is quoted: as its value or its list's items are, a new revisit point as
        the record's day is, else as most of the front matter's values are (goneat quotes every one, `"ADR-0010"`;
        semantic-kernel none, `status: superseded by [ADR-0042](0042-x.md)`); None where nothing tells
        (``templates.quoting``)."""
        written = self._written_key(key)
        if written in self.key_lines:
            index = self.key_lines[written] - 1
            own = quoting(written_values(self.lines[index:self._block_end(index)]))
            if own is not None:
                return own
        elif key == "revisit" and (day := self._written_key("date")) in self.key_lines:
            said = self.lines[self.key_lines[day] - 1].split(":", 1)[1].strip()[:1]  # a point as its own day is
            return said if said in ("'", '"') else None  # (`Date: 2026-01-16` among `Tags: ["x"]`: plain)
        return quoting(written_values(self.lines[1:self.fence]))

    def _a_block_list(self, key: str) -> bool:
        """Whether ``key``'s value is a block list (`related_adrs:` over `  - "ADR-0001"`)."""
        if key not in self.key_lines:
            return False
        index = self.key_lines[key] - 1
        value = self.lines[index].split(":", 1)[1].split(" #", 1)[0].strip() if ":" in self.lines[index] else "x"
        return not value and self._block_end(index) > index + 1 and self.lines[index + 1].lstrip()[:1] == "-"

    def _append_block_item(self, key: str, item_yaml: str) -> None:
        """``item_yaml`` after the last item of ``key``'s block list, indented as its first item is."""
        self._refuse_node_property(key)
        index = self.key_lines[key] - 1
        indent = self.lines[index + 1][:len(self.lines[index + 1]) - len(self.lines[index + 1].lstrip())]
        self._insert(self._block_end(index), f"{indent}- {item_yaml}{self.newline}")
        self.appended.setdefault(key, []).append(item_yaml)

    def _refuse_node_property(self, key: str) -> None:
        """A value with an anchor (used elsewhere as an alias) or a tag cannot be replaced line by line without
        changing what other keys mean or what the value is."""
        if key not in self.key_lines:
            return
        line = self.lines[self.key_lines[key] - 1].rstrip("\r\n")
        value = line.split(":", 1)[1] if ":" in line else ""
        following = self.lines[self.key_lines[key]] if self.key_lines[key] < len(self.lines) else ""
        if _NODE_PROPERTY.match(value) or (not value.strip() and re.match(r"^\s*-?\s*[&!]", following)):
            raise self._refusal(f"`{key}` carries a YAML anchor or tag; edit it by hand")

    def _block_end(self, index: int) -> int:
        """The index after the last line of the block value (list items, indented lines) under the front-matter key
        on line ``index``; ``index + 1`` for a key whose value is on its own line."""
        end = index + 1
        while end < len(self.lines) and _BLOCK_LINE.match(self.lines[end]) \
                and self.lines[end].rstrip() not in ("---", "..."):
            end += 1
        return end

    def _drop_block_continuation(self, index: int) -> None:
        """A key whose old value was a block (list items on the following lines) now has it inline."""
        end = self._block_end(index)
        removed = end - index - 1
        if removed:
            del self.lines[index + 1:end]
            self._shift(index + 1, -removed)

    def _begin_front_matter(self) -> None:
        """A front matter (`---` / `---`) above a record that has none, for the keys an edit sets: MADR 3 and 4 make
        it optional, and adrtool's canonical record is such a file with one. The keys read from its body stay the
        body's."""
        if self.begun:
            return
        self.begun = True
        self.key_lines = {}
        self.lines[0:0] = [f"---{self.newline}", f"---{self.newline}"]
        self.fence = 1

    def _fence_as_read(self) -> int:
        closing = self.record.body_line - 2
        return closing - 1 if 0 < closing < len(self.lines) and self.lines[closing][:3] == "```" else closing

    def _adrs_link(self, kind: str, number: int) -> None:
        """An item `- target: 3` / `  kind: relatesto` after the last of the `links` list, indented as its items
        are, or the list begun with it."""
        item = f"{{target: {number}, kind: {kind}}}"
        self._refuse_node_property("links")
        listed = self.record.meta.get("links")
        if listed is not None and listed != [] and not (isinstance(listed, list) and "links" in self.key_lines and
                                                         self.lines[self.key_lines["links"] - 1].rstrip()
                                                         .endswith(":")):
            raise UsageError(f"{self.record.path.name}: `links` is not a block list of `- target: N` items "
                             "(flow style, a value, a mapping); make it one to add to it")
        self.appended.setdefault("links", []).append(item)
        nl = self.newline
        if "links" in self.key_lines:
            index = self.key_lines["links"] - 1
            end = self._block_end(index)
            if end == index + 1:  # `links:`, `links: ~`, `links: []`: the list begun
                self.lines[index] = f"links:{_line_ending(self.lines[index]) or nl}"
                indent = ""
            else:
                found = re.match(r"^(\s*)-", self.lines[index + 1])
                indent = found.group(1) if found else ""
        else:
            end = self._fm_insert_position("links")
            self._insert(end, f"links:{nl}")
            self.key_lines["links"] = end + 1
            end, indent = end + 1, ""
        self._insert(end, f"{indent}- target: {number}{nl}")
        self._insert(end + 1, f"{indent}  kind: {kind}{nl}")

    def _fm_insert_position(self, key: str) -> int:
        from adrtool.records.dialects.normalize import canonical_key

        meant = canonical_key(key)  # `superseded_by` goes where `superseded-by` would
        order = CANONICAL_ORDER.index(meant) if meant in CANONICAL_ORDER else len(CANONICAL_ORDER)
        earlier = CANONICAL_ORDER[:order]
        before = [line for name, line in self.key_lines.items() if canonical_key(name) in earlier]
        closing = self.fence
        if not before:
            return closing
        return self._after_the_value(max(before) - 1)

    def _after_the_value(self, index: int) -> int:
        """The index after the last line of the value of the front-matter key on line ``index``: its block list's
        items (indented or not) and its indented lines, with the blank lines and comments among them, not those
        after them."""
        end = after = index + 1
        while after < self.fence:
            line = self.lines[after]
            if (line[:1] in (" ", "\t") and line.strip()) or (line[:1] == "-" and line[1:2].isspace()):
                end = after + 1
            elif line.strip() and line[:1] != "#":
                break
            after += 1
        return end

    def _link(self, target: Record) -> str:
        """A link to ``target`` as a status or key line writes it: `[ADR-0004](0004-x.md)`, or named and pointed at
        as the log's relation links are (``_link_name``, ``_href``)."""
        return f"[{self._link_name(target)}]({self._href(target)})"

    def _successor_named(self, successor: Record) -> str:
        """``successor`` as a status line names it: by its reference alone where the log's statuses name theirs so
        (`Superceded by ADR008`), else by a link (``_link``)."""
        if self.linked_as.alone and successor.number is not None:
            return self._link_name(successor)
        return self._link(successor)

    def _link_name(self, target: Record) -> str:
        """How a link of a status or key line names ``target``: as the log's relation links name theirs, by a
        reference of theirs (`ADR 0004`) or by the target's title line (``_link_text``), else by its reference
        (``_reference``)."""
        if target.number is not None and self.linked_as.by == "reference":
            return self.linked_as.reference(target, _reference_width(target))
        if target.number is not None and self.linked_as.by == "title":
            return self._link_text(target)
        return _reference(target)

    def _href(self, target: Record) -> str:
        """The link to ``target``'s file from this record's: its name when it is beside it, else its path from
        this record's folder (a log's areas: `../0031-x.md`, `outdated/0015-x.md`)."""
        if target.directory == self.record.directory:
            return link_destination(f"./{target.path.name}" if self._links_from_its_folder() else target.path.name)
        return link_destination(posixpath.relpath(target.path.as_posix(), self.record.directory.as_posix()))

    def _links_from_its_folder(self) -> bool:
        """Whether the record links the records beside it from its folder, as stomx/hanaloop's do
        (`[ADR-003: ..](./003-code-quality-tools.md)`), and none by its name alone; where it links none beside it,
        whether most of its log's relation links do (pepr's `(./0012-e2e-testing.md)`)."""
        text = "".join(self.lines)
        from_folder = "](./" in text and _SIBLING_LINK.search(text) is not None
        by_name = _BARE_SIBLING_LINK.search(text) is not None
        if not from_folder and not by_name:
            return bool(self.linked_as.from_folder)
        return from_folder and not by_name

    # -- MADR 2 ---------------------------------------------------------------------------------------

    def _madr2_set(self, key: str, value: str) -> None:
        if key not in self.key_lines:
            raise self._unsupported(key)
        index = self.key_lines[key] - 1
        line = self.lines[index]
        end = _line_ending(line)
        match = _BULLET_KEY.match(line)
        if match is None:  # a reading that found the value elsewhere than in a bullet: never written blindly
            raise self._refusal(f"its `{key}` (line {index + 1}) is not written as a `* {key.capitalize()}:` bullet; "
                                "edit it by hand")
        if key == "status":
            self.lines[index] = f"{self._madr2_status_line(index, len(match.group(1)), value)}{end}"
            self._keep_the_status_s_day()  # (the status's line replaced first: a `Date:` bullet may follow it)
            return
        if (said := line[:len(line) - len(end)].rstrip()).endswith("-->") and (opened := said.rfind("<!--")) > 0:
            value += f" {said[opened:]}"  # `* Revisit: 2025-01-01 <!-- yearly -->`: the author's remark stays
        self.lines[index] = f"{match.group(1)}{value}{end}"

    def _madr2_status_line(self, index: int, at: int, value: str) -> str:
        """Line ``index``, the status bullet, its value (from column ``at``) stating ``value``: in the place of the
        status's words where the bullet says no more than the status (its marks, emoji and the comments after it
        kept: `* Status: :hourglass: **Proposed** <!-- TODO -->`) or names relations after it; else the whole value
        replaced, the comments after it kept. Refused where it says more than the status."""
        whole = self.lines[index].rstrip("\r\n")
        others = self._its_other_fields(index)  # (` | Date: 2026-02-01`: kept as written)
        text = whole[:len(whole) - len(others)]
        said = _without_its_comments(str(self.record.meta.get("status") or "")) if not others else ""
        start = text.find(said, at) if said else -1
        if start < 0:
            start, said = at, _without_its_comments(text[at:])
        if (kept := _with_its_relations(said, value)) is None and (found := self._said_more(index)) is not None:
            raise self._saying_more(found)
        written = kept or (_restated_in_place(said, self.record.status, value) if "](" not in value else None) \
            or self._stopped_as_said(value)
        return f"{text[:start]}{written}{text[start + len(said):]}{others}"

    def _madr2_link(self, key: str, target: Record, key_word: str | None = None) -> None:
        """A `* Relates to: [ADR-0005](0005-title.md)` bullet after the metadata bullets under the title, or the
        link written into the bullet of that relation the record has (``_fill_relation``). Bullets under a site's
        front matter (a Jekyll `permalink:`) are read without a Links section: the link is a bullet there too."""
        link = self._link(target)
        if (index := self._relation_line(key)) is not None:
            self._fill_relation(index, target)
            return
        if self._link_in_place_of_its_variable(key, key_word or LINK_LABELS.get(key, key), target):
            return
        under_front_matter = self._under_front_matter()
        links = self._links_section() if not under_front_matter else None
        if key in self.key_lines and links is not None and links[0] <= self.key_lines[key] - 1 < links[1]:
            # a Links section's bullet of that relation: a bullet of its own, one a link, as log4brains writes them
            self._links_section_bullet(links, key_word or LINK_LABELS.get(key, key.replace("-", " ").capitalize()),
                                       self._links_section_link(links, target))
            return
        if key in self.key_lines:  # a bullet of that relation elsewhere (`* Supersedes [ADR-0003](..)`)
            if target.number is not None and target.number in as_numbers(self.record.meta.get(key)):
                return
            index = self.key_lines[key] - 1
            line = self.lines[index]
            self.lines[index] = f"{line.rstrip(chr(13) + chr(10))}, {link}{_line_ending(line) or self.newline}"
            return
        if links is not None:
            self._links_section_bullet(links, key_word or LINK_LABELS.get(key, key.replace("-", " ").capitalize()),
                                       self._links_section_link(links, target))
            return
        if not under_front_matter and (self.record.number is None or (self.links_section
                                                                      and not self._keyed_in_bold())):
            # (log4brains links a record named by its day so; bold keys are a hand-kept log's, which keys relations)
            self._append_links_section(key_word or LINK_LABELS.get(key, key.replace("-", " ").capitalize()), link)
            return
        if not self.key_lines:
            raise self._unsupported(key)
        last = max(self._header_key_lines()) - 1
        bullet = re.match(r"^(\s*[*-]\s+)", self.lines[last])
        label = _as_written(key_word or LINK_LABELS.get(key, key.replace("-", " ").capitalize()), self.lines[last])
        self._insert(last + 1, f"{bullet.group(1) if bullet else '* '}{label}{link}{self.newline}")
        self.key_lines[key] = last + 2

    def _header_key_lines(self) -> list[int]:
        """The lines of the record's metadata bullets under its title, above the first heading after its status or
        date (`* Status:` / `* Date:`): a relation's bullet in its `## Links` list (`* Relates to [..](..)`, as `adr
        link` writes it) is no place to add a bullet after. All its key lines where it states neither."""
        held = [self.key_lines[key] for key in ("status", "date") if key in self.key_lines]
        if not held:
            return list(self.key_lines.values())
        below = next(iter(markdown.iter_headings([line.rstrip("\r\n") for line in self.lines], min(held))), None)
        end = below.line if below is not None else len(self.lines) + 1
        return [line for line in self.key_lines.values() if line < end]

    def _refuse_another_revisit_line(self) -> None:
        """Refuse a revisit point moved or added where the record has a line keyed `Revisit` (outside code) that is
        not the one read as its point: a second point, or one written so adr cannot read it, would be left as it
        is beside the new one."""
        read = self.key_lines.get("revisit") if self.record.meta.get("revisit") else None
        fenced = False
        for index, line in enumerate(self.lines):
            if line.lstrip().startswith(("```", "~~~")):
                fenced = not fenced
            elif not fenced and _REVISIT_KEYED.match(line) and index + 1 != read:
                raise self._refusal(f"its line {index + 1} states a revisit point adr does not read as the "
                                    f"record's ({line.strip()[:60]}); edit it by hand")

    def _refuse_a_cycle_on_a_line(self, value: str) -> None:
        """Refuse a release cycle (`yoga`, `xena:ff`) as the point of an adr-tools record, whose `Revisit:` line is
        read as a day."""
        point = RevisitPoint.parse(value)
        if self.record.format is Dialect.NYGARD and point is not None and point.kind == "cycle":
            raise UsageError(f"{self.record.path.name}: an adr-tools record's `Revisit:` line holds a day, not a "
                             f"release cycle ({value}); give a day, or run `adr convert` to give it front matter")

    def _madr2_add(self, label: str, value: str, key: str) -> None:
        """A metadata bullet `* Revisit: 2027-06-01` (``key`` labelled ``label``) after the last of those under the
        title, as `adr new` writes it in a MADR 2 record, marked and keyed as the bullet over it is."""
        if not self.key_lines:
            raise self._unsupported(key)
        last = max(self._header_key_lines()) - 1
        bullet = re.match(r"^(\s*[*-]\s+)", self.lines[last])
        if bullet is None:
            raise self._unsupported(key)
        at = last + 1  # after the bullet's own nested items and continued lines
        while at < len(self.lines) and self.lines[at].strip() and not self.lines[at].startswith(bullet.group(1)) \
                and not _TOP_BULLET.match(self.lines[at]):
            at += 1
        self._insert(at, f"{bullet.group(1)}{_as_written(label, self.lines[last])}{value}{self.newline}")
        self.key_lines[key] = at + 1

    # -- adr-tools ------------------------------------------------------------------------------------

    def _nygard_revisit(self, value: str, label: str) -> None:
        """The revisit point of a record whose keys are lines of its body given ``value``: its line or section moved,
        its key kept as written; a record with none gets one (keyed ``label``, the log's word) beside what the record
        is dated by (``_revisit_beside_the_day``), else beside its status (``_key_line_undated``)."""
        said = str(self.record.meta.get("revisit") or "").strip()
        if "revisit" in self.key_lines and said:
            self._move_the_revisit(value, said)
        elif "revisit" in self.key_lines:
            raise self._refusal(f"its revisit point (line {self.key_lines['revisit']}) states nothing adr can move; "
                                "edit it by hand")
        elif not self._revisit_beside_the_day(value, label):
            # no day where one can go beside it (adr-tools' shape kept by hand, a log in French, a one-line block of
            # keys: `**Status:** Accepted **Date:** 2025-11-25 **Context:** ..`): beside its status
            self._key_line_undated("revisit", label, value)

    def _move_the_revisit(self, value: str, said: str) -> None:
        """The line stating the revisit point ``said`` (`Revisit: `, `**Revisar en:** `, the day under a `## Revisit`
        section's heading) stating ``value``."""
        index = self.key_lines["revisit"] - 1
        line = self.lines[index]
        text = line.rstrip("\r\n")
        at = text.rfind(said)
        heading = self._heading_over(index) if at >= 0 and not text[:at].strip() else None
        alone = heading is not None and self.lines[heading][3:].strip().rstrip(":").lower() in REVISIT_SECTIONS
        if at < 0 or not (_a_revisit_key(_last_field(text[:at])) or alone):
            raise self._refusal(f"its revisit point (line {index + 1}) is not written as a `Revisit:` line; "
                                "edit it by hand")
        self.lines[index] = f"{text[:at]}{value}{text[at + len(said):]}{_line_ending(line) or self.newline}"

    def _revisit_beside_the_day(self, value: str, label: str) -> bool:
        """The revisit point added beside the record's day, in the shape the day is written in: a key line after its
        key line, keyed as it is (`Fecha: ` makes `Revisar en: `, `- **Data:** ` makes `- **Revisar em:** `), or a
        section after its section (`## Fecha` makes `## Revisar en`); False where the record states its day in
        neither way (none, one among other keys on a line, a table's row)."""
        line, day = self.key_lines.get("date"), str(self.record.meta.get("date") or "").strip()
        if line is None or not day or not 0 < line <= len(self.lines):
            return False
        index = line - 1
        dated = self.lines[index].rstrip("\r\n")
        if dated.lstrip()[:1] == "|":
            raise self._refusal(f"its day is a table's row (line {line}), where adr adds no row; add a `Revisit` row "
                                "by hand, or run `adr convert` to keep its revisit point in front matter")
        key = _KEY_LINE_KEY.match(dated)
        if key is not None and dated[key.end():].lstrip("*_`").startswith(day):
            self._break_the_last_line(index, index + 1)
            # a line inside a block of key lines broken as they are (two blanks, a backslash), so it stands alone
            mark = next((mark for mark in ("  ", "\\") if dated.endswith(mark)), "") \
                if index + 1 < len(self.lines) and self.lines[index + 1].strip() else ""
            self._insert(index + 1, f"{key.group(1)}{label}{key.group(3)}{value}{mark}{self.newline}")
            self.key_lines["revisit"] = index + 2
            return True
        heading = self._heading_over(index)
        if heading is None or not names_the_day(self.lines[heading].lstrip("#").strip()):
            return False
        self._section_after(heading, label, value)
        return True

    def _heading_over(self, index: int) -> int | None:
        """The index of the level-2 heading line ``index`` is the first line under (blank lines between), where a
        section's value is read (`## Date` over `2026-04-13`); None for any other line."""
        at = index - 1
        while at >= 0 and not self.lines[at].strip():
            at -= 1
        heading = markdown.atx_heading(self.lines[at].rstrip("\r\n")) if at >= 0 else None
        return at if heading is not None and heading[0] == 2 else None

    def _section_after(self, heading: int, name: str, value: str) -> None:
        """A section `## name` over ``value`` after the section whose heading is at ``heading``, spaced as that one
        is (a blank line under its heading or none); the revisit point's key line is the value's."""
        end = heading + 1
        while end < len(self.lines) and markdown.atx_heading(self.lines[end].rstrip("\r\n")) is None:
            end += 1
        last = end
        while last > heading + 1 and not self.lines[last - 1].strip():
            last -= 1
        nl = self.newline
        spaced = heading + 1 < len(self.lines) and not self.lines[heading + 1].strip()
        added = [nl, f"## {name}{nl}", *([nl] if spaced else []), f"{value}{nl}"]
        for offset, text in enumerate(added):
            self._insert(last + offset, text)
        following = last + len(added)
        if following < len(self.lines) and self.lines[following].strip():
            self._insert(following, nl)
        self.key_lines["revisit"] = following

    def _key_line_undated(self, key: str, label: str, value: str) -> None:
        """The ``label`` line (`Revisit:`, `Date:`) of a record with no line of its day to put it beside: after the
        key lines under its title that state its status (`**Statut** : Accepté`), keyed as they are; else a
        paragraph of its own under the title, as adr-tools writes its `Date:`."""
        if (status_line := self._status_key_line()) is not None:
            text = self.lines[status_line]
            said = self._status_on_its_line(status_line, str(self.record.meta["status"]).strip())
            written_key = _without_its_key_mark(text[:text.find(said)])
            word = _KEY_WORD.search(written_key)
            if word is None:
                raise self._refusal(f"its status's line (line {status_line + 1}) names no key a `{label}` line "
                                    "could be keyed as; edit it by hand")
            at = status_line + 1
            while at < len(self.lines) and self.lines[at].strip() and not self.lines[at].lstrip().startswith("#"):
                at += 1
            self._break_the_last_line(status_line, at)
            self._insert(at, f"{written_key[:word.start()]}{label}{written_key[word.end():]}{value}{self.newline}")
            self.key_lines[key] = at + 1
            return
        if not self.record.title_line:
            raise self._refusal(f"it has no title, no line or section of its day and no status key line to write a "
                                f"`{label}:` line beside; add one by hand, or run `adr convert` to give it front "
                                "matter")
        at = self.record.title_line
        if at < len(self.lines) and _SETEXT_UNDERLINE.match(self.lines[at]):
            at += 1  # under a title underlined (`Shared thing` over `====`), not between the two
        if at >= len(self.lines) or self.lines[at].strip():
            self._insert(at, self.newline)  # (the blank line under the title is the one there, where there is one)
        self._insert(at + 1, f"{label}: {value}{self.newline}")
        if at + 2 < len(self.lines) and self.lines[at + 2].strip():
            self._insert(at + 2, self.newline)
        self.key_lines[key] = at + 2

    def _keep_the_status_s_day(self) -> None:
        """A record dated only by a remark on its status (`Accepted (cycle 237, 2026-03-12)`, EvaLok's; `status:
        accepted (2026-03-03)`), whose status line an edit replaces, remark and all, as adr-tools does: its day
        written first where the log's records write theirs, a `Date:` line (``_key_line_undated``), a `* Date:`
        bullet or the front matter's `date`, so that it keeps it. Refused where the status's day is not the date the
        record states elsewhere (`**Status:** Proposed (2026-01-05) · **Date:** 2026-02-01`), a day the edit would
        otherwise drop (a history of dated entries keeps it: ``statuslists.add_to_history``)."""
        said = self.record.meta.get("status")
        day = self.record.date
        own = status_day(said) if isinstance(said, str) else None
        if own is None or not isinstance(said, str) or (own == day and "date" in self.key_lines):
            return  # (a day its date states too: it stays)
        if own != day or day is None:
            line = self.key_lines.get("status", 0) - 1
            found = self._said_more(line) if self.record.format is not Dialect.FRONTMATTER and line >= 0 else None
            if found is not None and (found.goes_on or found.attached or found.link):
                raise self._saying_more(found)  # (what the status line says more, named first)
            stated = shortened(first_of_its_fields(said).strip())
            raise self._refusal(f"its status states a day of its own ({quoted(stated)}), not its date "
                                f"({day.isoformat() if day else 'none'}), and a new status would drop it; edit it by "
                                "hand")
        for written in _SLASHED_DAY.findall(said):
            if not read_date(written).sure:
                raise self._refusal(f"its only day, {quoted(written)} in its status line, could be read day first or "
                                    f"month first, and a new status would leave it nowhere; write it as "
                                    f"{day.isoformat()} (or as the day it is) first")
        if self.record.format is Dialect.FRONTMATTER:
            self._fm_set("date", quoted_as(day.isoformat(), self._quoting_of("date")))
        elif self.record.format is Dialect.MADR2:
            self._madr2_add("Date", day.isoformat(), "date")  # (`* Date: 2026-01-05`, as its bullets are keyed)
        else:
            self._key_line_undated("date", "Date", day.isoformat())

    def _nygard_status(self, word: str | None) -> None:
        """Replace the status word paragraph; None removes it (adr-tools does so when superseding). A table of the
        record's metadata that states the status again says the new one too (``_restate_status``)."""
        self._restate_status(word or "superseded")
        self._keep_the_status_s_day()
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
            elif self._restate_the_paragraph(word) is None and not self._restate_the_word(index, word):
                self.lines[index] = self._status_line(self.lines[index], word)
            return
        if word is None:
            return
        insert_at = self._status_section_start()
        self._insert(insert_at, f"{word}{nl}")
        self._insert(insert_at + 1, nl)
        self.key_lines["status"] = insert_at + 1

    def _restate_the_word(self, index: int, word: str) -> bool:
        """The Status section's paragraph on line ``index``, a line that is the status and its marks (`` `Accepted` ``,
        `**Proposed**`, `⏳ Proposed`, `Status: **Proposed** 🟡`), stating ``word`` in the place of its status's
        words, its key, marks and emoji kept; refused where an emoji after the status stands for it (`🟡`), which
        would then be said of the new status. False for any other line (a remark only of the status's day goes
        with it: ``_status_line``)."""
        from adrtool.records.statusprose import apart

        text = self.lines[index].rstrip("\r\n")
        found = apart(text, self.record.status) if self._in_the_status_section(index) else None
        if found is None or found.remarked != found.closed or self._paragraph_from(index) != text:
            return False
        if _STATUS_SIGN.search(text[found.closed:]):
            raise self._refusal(f"its status line marks the status with a sign after it ({quoted(text.strip())}), "
                                "which would then be said of the new status; edit it by hand")
        self.lines[index] = f"{text[:found.start]}{word}{text[found.end:]}{_line_ending(self.lines[index])}"
        return True

    def _restate_status(self, word: str) -> None:
        """Each row of a metadata table stating the record's status (``nygard.status_rows``: `| Status | proposed |`
        under ethos' `Status: proposed.` line) says ``word``, in the case it wrote the old one; refused when a row
        states another status than the record's, which one edit cannot make agree."""
        from adrtool.records.values import lifecycle_word

        stated = self.key_lines.get("status", 0) - 1
        title = (self.record.title_line or 1) - 1
        for index, value in status_rows([line.rstrip("\r\n") for line in self.lines], title):
            written = _FIRST_WORD.search(value)
            if index == stated or written is None:
                continue
            if lifecycle_word(written.group()) != (self.record.status or "").lower():
                raise self._refusal(f"line {index + 1} states its status as {quoted(value)}, not "
                                    f"{self.record.status or 'none'}; make them agree first")
            line = self.lines[index]
            at = line.index("|", line.index("|") + 1)  # the value's cell, after the key's
            cell = line[at:].replace(written.group(), _in_case_of(word, written.group()), 1)
            self.lines[index] = line[:at] + cell

    def _status_line(self, line: str, word: str) -> str:
        """``line``, the status's own, stating ``word``: a Status section's paragraph becomes the word; a key line
        under the title (`Status: Proposed`, `**Status:** **Proposed**`) keeps its key and marks, its value
        replaced."""
        ending = _line_ending(line) or self.newline
        text = line.rstrip("\r\n")
        said = str(self.record.meta["status"]).strip()
        at = _shown_at(text, said) if said else -1
        if at > 0 and (again := _SEPARATOR_AGAIN.match(said)) is not None:  # (`Status:: Proposed`): it stays
            at, said = at + again.end(), said[again.end():]
        if at > 0 and (":" in text[:at] or "：" in text[:at]):
            said = _without_its_comments(said)  # (`**Status:** Proposed <!-- TODO ask Bob -->`): they stay
        if at > 0 and (kept := _with_its_relations(said, word)) is not None:
            return f"{text[:at]}{kept}{text[at + len(said):]}{ending}"  # `Proposed, amended by [ADR 3](..)`
        if at > 0 and (in_place := _restated_in_place(said, self.record.status, word)) is not None:
            return f"{text[:at]}{in_place}{text[at + len(said):]}{ending}"  # `:hourglass: **Proposed**`
        word = self._stopped_as_said(word)
        keyed = at > 0 and (":" in text[:at] or "：" in text[:at])
        opening, closing = _marks_around(said, self.record.status) if keyed else ("", "")
        if keyed and self.day is not None:
            from adrtool.records.vocabulary import dated_like

            stated = said[len(opening):]
            word = dated_like(stated, word, self.day) if not stated[:1].isdigit() else word  # `Accepted on 2020-04-05`
        if keyed:
            return f"{text[:at]}{opening}{word}{closing}{text[at + len(said):]}{ending}"
        before, after = _comments_around(text, said)
        return f"{before}{word}{after}{ending}"

    def _stopped_as_said(self, value: str) -> str:
        """``value`` ended with a full stop where the status it replaces was its word and one (`Status: proposed.`,
        as ethos and other real logs write it)."""
        from adrtool.records.values import lifecycle_word

        said = _without_its_comments(str(self.record.meta.get("status") or "").strip())
        if said[-1:] != "." or value[-1:] in (".", "!", "?") or lifecycle_word(said[:-1].strip("*_ ")) is None:
            return value
        return f"{value}."

    def _nygard_link(self, label: str, target: Record) -> None:
        """Add a link paragraph at the end of the Status section, blank lines around it as adr-tools does."""
        nl = self.newline
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
        self._insert(at, f"{label} [{self._link_text(target)}]({self._href(target)}){nl}")
        if at + 1 >= len(self.lines) or self.lines[at + 1].strip():
            self._insert(at + 1, nl)

    def _successor_paragraph(self, phrase: str, successor: Record) -> None:
        """``_nygard_link`` of ``successor`` after a Status section's list or history, in the log's ``phrase`` where
        the reader takes that for the successor's there (`Superseded by`, `Remplacé par`), else as adr-tools writes
        it: a bare status word (hanaloop's `대체됨`) names a successor only where it is the status's own paragraph."""
        lines, key_lines = list(self.lines), dict(self.key_lines)
        self._nygard_link(phrase, successor)
        text_lines = [line.rstrip("\r\n") for line in self.lines]
        links = status_section(text_lines, self._status_section(text_lines))[2]
        if phrase == "Superseded by" or any(link.label == "superseded-by" for link in links):
            return
        self.lines, self.key_lines = lines, key_lines
        self._nygard_link("Superseded by", successor)

    def _link_text(self, target: Record) -> str:
        """How a link line names ``target``: by its own title line, as adr-tools quotes it (`ADR 0004: Use NATS`
        from `# 1. Use Redis`, in a log whose titles are framed two ways); where that carries no number, by its title
        in the frame of this record's own (`3. Use X` as adr-tools writes it, `ADR-008: Adopt Y` under `# ADR-003:
        ..`, `Adopt Y` under a title that carries no number, as dotnet-adr's), else adr-tools' `N. Title`."""
        from adrtool.records.handwritten import heading_like, title_frame

        title = markdown.literal_inline(target.title or target.slug)
        own = self.lines[self.record.title_line - 1] if self.record.title_line else ""
        if target.number is None:  # named by its day: by its id, as log4brains links its records
            return target.id
        if self.linked_as.by == "reference":  # as the log's links name theirs (`Superseded by [ADR 0004](..)`)
            return self.linked_as.reference(target, _reference_width(target))
        theirs = self._title_line_of(target)
        if theirs and "{number" in (title_frame(theirs, target) or ""):  # (one without its number: as ours frames it)
            return (heading_like(theirs, target, target.number, title) or "").lstrip("#").strip()
        framed = heading_like(own, self.record, target.number, title) if own else None
        return framed.lstrip("#").strip() if framed else f"{target.number}. {title}"

    def _related_section(self) -> tuple[int, int] | None:
        """The line indexes of the record's Related section (`## Related Decisions`, `## **Related**`): its first
        line after the heading, and where it ends; None where it has none."""
        from adrtool.records.dialects.related import is_related_heading

        text_lines = [line.rstrip("\r\n") for line in self.lines]
        section = markdown.find_section_in(text_lines, (), markdown.iter_headings(text_lines), is_related_heading)
        return (section.start, section.end) if section is not None else None

    def _related_items(self, section: tuple[int, int]) -> list[int]:
        """The indexes of the top-level bullets of the Related section ``section`` (none a code fence or an HTML
        comment holds)."""
        from adrtool.records.comments import uncommented

        text_lines = [line.rstrip("\r\n") for line in self.lines]
        shown = list(uncommented(text_lines[section[0]:section[1]]))
        return [index for index in markdown.unfenced(text_lines, *section)
                if _TOP_BULLET.match(shown[index - section[0]]) and shown[index - section[0]] == text_lines[index]]

    def _related_bullet(self, key: str, target: Record) -> None:
        """A bullet naming ``target`` in the record's Related section, relating it as ``key`` says (`- Supersedes
        [ADR-0001: ..](..)` for a relation other than relates-to); where it has none, a section ending the record
        under `## Related`, in English in any log: the reader knows a Related section by no other words."""
        related = self._related_section()
        if related is None:
            while self.lines and not self.lines[-1].strip():
                self.lines.pop()
            if self.lines and not _line_ending(self.lines[-1]):
                self.lines[-1] += self.newline
            self.lines += [self.newline, f"## Related{self.newline}"]
            related = (len(self.lines), len(self.lines))
        if key == "relates-to":
            self._related_item(related, target)
            return
        label = LINK_LABELS.get(key, key.replace("-", " ").capitalize())
        title = markdown.literal_inline(target.title or target.slug)
        self._related_item(related, target, f"- {label} [{_reference(target)}: {title}]({self._href(target)})")

    def _related_item(self, section: tuple[int, int], target: Record, shaped: str | None = None) -> None:
        """A bullet naming ``target`` after the last of the Related section ``section``, in the shape of the last
        that names a record (`- [ADR-0003: Use SSE ..](./0003-x.md)`, `- **ADR-0020:** Single VPC ..`), else as a
        link with its reference and title."""
        from adrtool.records.dialects.related import item_like, names_a_record

        assert target.number is not None  # (``add_link``: one named by its day is linked under the status)
        items = self._related_items(section)
        title = markdown.literal_inline(target.title or target.slug)
        href = self._href(target)
        shaped = shaped or next((made for index in reversed(items) if names_a_record(self.lines[index])
                                 and (made := item_like(self.lines[index], target.number, title, href)) is not None),
                                None)
        if shaped is None:
            marker = self.lines[items[-1]][0] if items else "-"
            shaped = f"{marker} [{_reference(target)}: {title}]({href})"
        if not items:
            start, end = section
            last = end
            while last > start and not self.lines[last - 1].strip():
                last -= 1
            self._insert(last, self.newline)
            self._insert(last + 1, f"{shaped}{self.newline}")
            return
        at = items[-1] + 1  # after the last bullet's continued lines
        while at < section[1] and self.lines[at].strip() and self.lines[at][:1] in (" ", "\t"):
            at += 1
        self._insert(at, f"{shaped}{self.newline}")

    def _title_line_of(self, target: Record) -> str:
        """``target``'s title line as written (its text given to ``unwritten`` where it is a new record), "" where
        it has none or cannot be read."""
        if not target.title_line:
            return ""
        try:
            text = self.unwritten[target.path] if target.path in self.unwritten else read_text(target.path).text
        except (AdrError, OSError):
            return ""
        lines = text.split("\n")
        return lines[target.title_line - 1].rstrip("\r") if target.title_line <= len(lines) else ""

    def _links_section(self) -> tuple[int, int] | None:
        """The line indexes of MADR 2's `## Links` section (its heading, and where it ends), when the record has
        one: where MADR 2 writes a record's relations (`* Refined by [ADR-0005](0005-example.md)`)."""
        from adrtool.records.dialects.madr2 import is_links_heading

        text_lines = [line.rstrip("\r\n") for line in self.lines]
        section = markdown.find_section_in(text_lines, (), markdown.iter_headings(text_lines), is_links_heading)
        return (section.start, section.end) if section is not None else None

    def _links_section_bullet(self, section: tuple[int, int], label: str, link: str) -> None:
        """A bullet `* Supersedes [ADR-0003](..)` after the last line of the Links section, marked as its
        bullets are, no colon after the label (MADR 2's template: `* [Link type] [Link to ADR]`)."""
        start, end = section  # (``start``: the line after the heading)
        last = end
        while last > start and not self.lines[last - 1].strip():
            last -= 1
        marker = next((found.group(1) for index in range(start, last)
                       if (found := re.match(r"^(\s*[*-]\s+)", self.lines[index])) is not None), self._marker())
        placeholders = [index for index in range(start, last) if _a_links_placeholder(self.lines[index])]
        if placeholders:  # log4brains' `- [Link type](link to adr) <!-- example .. -->`: the link takes its place
            for index in reversed(placeholders[1:]):
                self._drop_line(index)
            ending = _line_ending(self.lines[placeholders[0]]) or self.newline
            self.lines[placeholders[0]] = f"{marker}{label} {link}{ending}"
            return
        if last == start:  # an empty section: the bullet after a blank line under its heading
            if start < end and not self.lines[start].strip():
                last = start + 1
            else:
                self._insert(start, self.newline)
                last = start + 1
        self._insert(last, f"{marker}{label} {link}{self.newline}")

    def _links_section_link(self, section: tuple[int, int], target: Record) -> str:
        """The link to ``target`` a bullet of the Links section ``section`` writes: named by its title where the
        section's links name theirs so (log4brains' `- Relates to [Use Log4brains to manage the ADRs](..)`), else
        by its reference."""
        from adrtool.records.dialects.nygard import number_of_file

        texts = [found.group(1) for index in range(*section)  # (the first link of each bullet to a numbered record)
                 for found in [_A_RECORD_S_LINK.search(self.lines[index])]
                 if found is not None and number_of_file(found.group(2)) is not None]
        by_title = bool(texts) and target.number is not None and target.title is not None and \
            not any(_NAMED_REFERENCE.match(f"{text}-") or text[:1].isdigit() for text in texts)
        named = markdown.literal_inline(target.title) if by_title and target.title else _reference(target)
        return f"[{named}]({self._href(target)})"

    def _marker(self) -> str:
        """How a bullet the record has none like is marked: as its metadata bullets are, else as MADR 2's
        template marks them (`* `)."""
        if self.key_lines and (own := re.match(r"^\s*([*+-])\s", self.lines[min(self.key_lines.values()) - 1])):
            return f"{own.group(1)} "
        return "* "

    def _keyed_in_bold(self) -> bool:
        """Whether the record's metadata bullets key their values in bold (`- **Status:** Accepted`), as logs kept
        by hand do, not as MADR 2's template (`* Status: accepted`)."""
        return any(_BULLET_KEY.match(self.lines[line - 1]) is not None and "**" in self.lines[line - 1].split(":")[0]
                   for line in self.key_lines.values() if 0 < line <= len(self.lines))

    def _append_links_section(self, label: str, link: str) -> None:
        """A `## Links` section ending the record, holding the bullet `- Supersedes [20240101-x](20240101-x.md)`:
        where log4brains writes a record's first link (MADR 2's template ends with that section)."""
        marker = self._marker()
        while self.lines and not self.lines[-1].strip():
            self.lines.pop()
        if self.lines and not _line_ending(self.lines[-1]):
            self.lines[-1] += self.newline
        nl = self.newline
        from adrtool.records.relations import links_heading_of

        heading = links_heading_of(self.its_log) or _links_word_of_its_script(self.lines)
        self.lines += [nl, f"## {heading}{nl}", nl, f"{marker}{label} {link}{nl}"]

    def _status_section_lines(self) -> tuple[int, int]:
        section = self._status_section([line.rstrip("\r\n") for line in self.lines])
        return section.start, section.end

    def _status_section(self, text_lines: list[str]) -> markdown.Section:
        section = markdown.find_section_in(text_lines, STATUS_HEADINGS, markdown.iter_headings(text_lines),
                                           is_status_heading) or status_at_another_level(text_lines, -1)
        if section is None:
            raise UsageError(f"{self.record.path.name}: no `## Status` section to edit")
        return section

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
        if self.fence >= index:
            self.fence += by

    def _unsupported(self, key: str) -> UsageError:
        if self._under_front_matter():  # (get-forge's `title:` and `summary:` over `**Status:** Accepted`)
            return UsageError(f"{self.record.path.name}: cannot edit `{key}` in a {self.record.format.value} record "
                              "whose front matter keeps no status (its body does); run `adr convert` to move its "
                              "fields into the front matter first")
        return UsageError(f"{self.record.path.name}: cannot edit `{key}` in a {self.record.format.value} "
                          "record; run `adr convert` to give it front matter first")


_FIRST_WORD = re.compile(r"[^\W\d_]+")
# A key line's value that is a word before the next key of a block of keys on one line (`Proposed **Date:** ..`).
_WORD_BEFORE_A_KEY = re.compile(r"(?P<em>\*\*|__|[*_`])?(?P<word>[^\W\d_]+)(?P=em)?"
                                r"(?=[ \t]+(?:[|·][ \t]+)?(?:\*\*|__)[^\W\d_][^:：*_\n]*[:：])")
_SLASHED_DAY = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{2,4}(?![\d/])")


_RELATION_KEYS = ("supersedes", "superseded-by", "relates-to")
# A link, its text and address, where a relation's value is looked at for how its items are set apart.
_A_LINK = re.compile(r"\[[^\[\]\n]*\]\([^()\s]*\)")
_LISTED_APART = re.compile(r"[ \t]*[,;·•|][ \t]*")


_MOST_WRAPPED_LINES = 12  # lines a key line's value is looked for on below it
# Signs that stand for a status (`Accepted ✅`, `Proposed 🟡`): the word alone edited, they would say the old one.
_STATUS_SIGN = re.compile("[\u2705\u274c\u2714\u2716\u26d4\u26aa\u26ab\U0001f6ab\U0001f534\U0001f535"
                          "\U0001f7e0-\U0001f7eb]")


def written_values(lines: Sequence[str]) -> list[str]:
    """The values of front-matter ``lines`` as written (a key's, a block list's items, a flow list's items), for
    ``templates.quoting`` to tell how the file quotes them."""
    values: list[str] = []
    for line in lines:
        text = line.strip()
        if text[:2] == "- ":
            text = text[2:].lstrip()
            if text[:1] not in ('"', "'") and (keyed := _A_KEY.match(text)) is not None:
                text = keyed.group(1) or ""  # an item that is a mapping (`- target: 3`): its first value
            values.append(text)
        elif (keyed := _A_KEY.match(text)) is not None and text[:1] != "#":
            value = (keyed.group(1) or "").strip()
            if value[:1] == "[" and value.split(" #", 1)[0].rstrip()[-1:] == "]":
                values += [item for item in value.split(" #", 1)[0].rstrip()[1:-1].split(",") if item.strip()]
            elif value:
                values.append(value)
    return values


_A_KEY = re.compile(r"[^\s\"'#\[{][^:]*:(?:\s+(.*)|$)")  # `key: value`, the value (None for none)


def _apart_from_its_comments(value: str) -> tuple[str, str, str]:
    """A key line's ``value`` apart from the HTML comments before and after it: those that open it (`<!-- one of ..
    --> N/A`), it, and those that end it, the last maybe left open over the next lines (`<!-- e.g.
    [ADR-0009](0009-x.md)`), with a blank before them. What a link written into the value goes between, where it
    shows."""
    lead = after_opening_comments(value)
    end = lead + trailing_comments(value[lead:])
    said = value[lead:end].rstrip()
    tail = value[end:]
    return value[:lead], said, f" {tail}" if tail else ""


def _relation_value(value: str, link: str, from_template: bool = False) -> str:
    """A relation key's ``value`` with ``link`` written into it: in place of nothing, of a template's placeholder
    (`{{SUPERSEDES}}`, `(optional, ADR-XXXX)`; in a new record, whatever its template holds there that names no
    record) or of the words saying there is none (`N/A`, `-`; a remark after them kept: `nothing (clarifies
    ..)`); else after the records it names, set apart as they are (`[design](../x.md) · [ADR-0005](..)`,
    `ADR-0005; docs/x.md`), with a comma after one alone."""
    from adrtool.records.dialects.normalize import as_numbers, left_as_template, none_said_until

    if not value.strip() or left_as_template(value) or (from_template and "](" not in value
                                                        and not as_numbers(value)):
        return link
    said = none_said_until(value)
    if said is not None:
        remark = value[said:].lstrip("*_ \t").rstrip()
        if _links_the_same_file(remark, link):  # `nothing (see [ADR-0001](..))`: the remark's link is the one
            return _unbracketed(remark)
        return f"{link} {remark}" if any(character.isalnum() for character in remark) else link
    apart = _LISTED_APART.search(_A_LINK.sub("L", value))
    return f"{value}{apart.group() if apart else ', '}{link}"


_HREF = re.compile(r"\]\(([^()\s]*)\)")


def _links_the_same_file(text: str, link: str) -> bool:
    """Whether ``text`` holds a link to the file ``link`` links to (`./0001-x.md` as `0001-x.md`)."""
    wanted = _HREF.search(link)
    return wanted is not None and any(posixpath.normpath(href) == posixpath.normpath(wanted.group(1))
                                      for href in _HREF.findall(text))


def _unbracketed(remark: str) -> str:
    """A remark without the brackets around it (`(see [ADR-0001](..))` -> `see [ADR-0001](..)`)."""
    for opening, closing in (("(", ")"), ("（", "）")):
        if remark[:1] == opening and remark[-1:] == closing:
            return remark[1:-1].strip()
    return remark
# The key of a line under the title stating the revisit point or the day (`Revisit: `, `**Date:** `), up to the value.
_KEY_LINE_OPENING = re.compile(r"\s*(?:[*+-]\s+)?(?:[*_]{1,2})?([^:：*_]+?)(?:[*_]{1,2})?\s*[:：]\s*(?:[*_]{1,2})?\s*$")


def _last_field(opening: str) -> str:
    """The last of the fields a key line's text before a value holds apart by bars (`Revisit: ` of `Data: 2026-01-01
    | Status: Accepted | Revisit: `); ``opening`` itself when it holds one."""
    return opening.rsplit(" | ", 1)[-1] if " | " in opening else opening


def _a_revisit_key(opening: str) -> bool:
    """Whether ``opening``, a key line's text before its value, keys the revisit point (`Revisit: `, `**À revoir le**
    : `), in any of the reader's words for it."""
    from adrtool.records.dialects.normalize import canonical_key

    key = _KEY_LINE_OPENING.match(opening)
    return key is not None and canonical_key(key.group(1).strip()) == "revisit"


_REVISIT_KEYED = re.compile(r"\s*(?:[*+-]\s+)?(?:[*_]{1,2})?Revisit(?:[*_]{1,2})?\s*[:：]", re.IGNORECASE)
_BLOCK_LINE = re.compile(r"\s+\S|-\s")  # a line of a key's block value: indented, or a list item
_TOP_BULLET = re.compile(r"[*+-]\s")
# A key line up to its value (`Fecha: `, `- **Data:** `, `**Date** : `, `日付：`): the marks before its key, the key
# (of any words), and the marks and the colon after it.
_KEY_LINE_KEY = re.compile(r"(\s*(?:[*+-]\s+)?(?:[*_]{1,2})?)([^\W\d_][^:：*_\r\n]*?)"
                           r"((?:[*_]{1,2})?\s*[:：]\s*(?:[*_]{1,2})?\s*)")


# A key line's separator written twice, the second taken as the start of its value (`Status:: Proposed`); not the
# colon opening an emoji shortcode (`Status: :hourglass: Proposed`).
_SEPARATOR_AGAIN = re.compile(rf"(?!{SHORTCODE})[:：][ \t]*")


def _without_its_key_mark(opening: str) -> str:
    """A key line's ``opening`` without the emoji shortcode that marks its key (`* :white_check_mark: _Status:_ `
    gives `* _Status:_ `): another key's mark, not the key's."""
    for place in _KEY_MARK_PLACE.finditer(opening):
        rest = opening[place.start():]
        if (bare := after_shortcode(rest)) is not rest:
            return opening[:place.start()] + bare
    return opening


def _in_case_of(word: str, written: str) -> str:
    """``word`` in the case ``written`` is: `accepted` for `proposed`, `ACCEPTED` for `PROPOSED`."""
    if written.islower():
        return word.lower()
    if written.isupper() and len(written) > 1:
        return word.upper()
    return word.capitalize()


# A Links section's bullet a template leaves for the author: a link to no file (`[Link type](link to adr)`), or
# an ellipsis (`- … <!-- numbers of links can vary -->`), its comments aside. (The target's first blank is where
# its two parts meet: two runs that could each take a blank tried every split of a long run of them.)
_LINKS_PLACEHOLDER = re.compile(r"[ \t]*[*+-][ \t]+(?:\[[^\]]*\]\([^()\s]*\s[^()]*\)|…|\.\.\.)[ \t]*")


def _a_links_placeholder(line: str) -> bool:
    """Whether ``line`` is a bullet of a Links section left for the author (``_LINKS_PLACEHOLDER``)."""
    return _LINKS_PLACEHOLDER.fullmatch(_apart_from_its_comments(line.rstrip("\r\n"))[1]) is not None


# The Links section's heading in the script of a record's headings, where its log shows none: words the reader takes.
_LINKS_BY_SCRIPT = ((re.compile(r"[\u3040-\u30ff]"), "リンク"), (re.compile(r"[\uac00-\ud7af]"), "링크"),
                    (re.compile(r"[\u4e00-\u9fff]"), "链接"))


def _links_word_of_its_script(lines: list[str]) -> str:
    """`Links` in the script most of the record's level-2 headings are written in (kana: `リンク`, Hangul: `링크`,
    Han alone: `链接`); `Links` for any other."""
    headings = [heading.text for heading in markdown.scan_headings([line.rstrip("\r\n") for line in lines])
                if heading.level == 2]
    for script, word in _LINKS_BY_SCRIPT:
        if headings and 2 * sum(script.search(text) is not None for text in headings) > len(headings):
            return word
    return "Links"


def _as_written(label: str, bullet: str) -> str:
    """``label``, its colon and the blank before its value, emphasised as the key of the metadata bullet ``bullet``
    is (`**Supersedes:** ` under `- **Status:** Accepted`), with the bullet's kind of colon and the blank it leaves
    after it (none after a full-width colon where it leaves none, or is left empty: `- 复查日期：` under `- 日期：
    2026-07-16`)."""
    key = _BULLET_KEY.match(bullet)
    colon = "：" if key is not None and "：" in key.group(1) else ":"
    if key is not None and re.search(r"[ \t][:：]", key.group(1)):
        colon = f" {colon}"  # French typography's blank before the colon (`- **Statut** : accepté`)
    gap = " "
    if key is not None and colon.endswith("："):  # (a bullet left empty, `- 决策者：`, says nothing of the blank)
        gap = key.group(1)[len(key.group(1).rstrip(" \t")):] if bullet.rstrip("\r\n")[key.end():].strip() else ""
    if key is not None and key.group("inside"):
        return f"{key.group('inside')}{label}{colon}{key.group('inside')}{gap}"
    if key is not None and key.group("outside"):
        return f"{key.group('outside')}{label}{key.group('outside')}{colon}{gap}"
    return f"{label}{colon}{gap}"


_ABSENT = object()


def _as_edited(record: Record, was: dict[str, object], now: dict[str, object]) -> dict[str, object]:
    """The typed fields of ``record`` that an edit of its front matter changes, from ``was`` to ``now`` (the fields
    its keys give before and after): as ``adr list`` reads the record, a field its keys give as before keeps what the
    whole record gives (the records its body's Related section names, a status its title states), and a relation
    its keys now give otherwise keeps the records the rest of the record names beside theirs."""
    changed: dict[str, object] = {}
    for name, value in now.items():
        if was.get(name) == value:
            continue
        if name in _RELATION_FIELDS and isinstance(value, tuple):
            keyed = was.get(name)
            named_elsewhere = [number for number in getattr(record, name)
                               if not isinstance(keyed, tuple) or number not in keyed]
            value = tuple(dict.fromkeys((*value, *named_elsewhere)))
        changed[name] = value
    return changed


def _plain(value: object) -> object:
    """A YAML value with its dates as ISO text, to compare with what an edit meant."""
    import datetime

    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _yaml_value(text: str) -> object:
    """What YAML reads from a value written as ``text``."""
    import yaml

    return yaml.load(f"v: {text}", Loader=front_matter_loader())["v"]


def _with_its_relations(said: str, new: str) -> str | None:
    """``said``, a status followed by the relations it names (`Proposed, **amended by** [ADR 3](..)`), with
    ``new`` in place of its status word and the relations kept; None where it names no record after its word."""
    from adrtool.records.values import lifecycle_word

    if "](" not in said:
        return None
    first = _FIRST_WORD.search(said)
    if first is None or lifecycle_word(first.group()) is None or "](" in said[:first.start()]:
        return None
    return f"{said[:first.start()]}{new}{said[first.end():]}"


def _without_its_comments(said: str) -> str:
    """``said``, a status as a key line or a bullet states it, without the HTML comments that end it, the last maybe
    left open (`Proposed <!-- TODO ask Bob -->`, `Proposed <!-- <!--`): what a new status replaces."""
    return said[:trailing_comments(said)].rstrip()


def _restated_in_place(said: str, status: str | None, word: str) -> str | None:
    """``said``, a status as written, stating ``word`` in the place of its status's words, all else kept: the marks,
    emoji or shortcode before them and the marks after them (`:white_check_mark: **Proposed**`, `` `Proposed` ``,
    `Proposed.`); None where it says more than its status (a remark, a day, a note, a link) or is a choice left in a
    template's brackets (`[draft]`)."""
    from adrtool.records.statusprose import apart

    found = apart(said, status)
    if found is None or found.remarked != found.closed or found.kept or found.goes_on or found.attached \
            or found.link or "[" in said[:found.start]:
        return None
    return f"{said[:found.start]}{word}{said[found.end:]}"


def _marks_around(said: str, status: str | None) -> tuple[str, str]:
    """The marks, emoji or shortcode before the words of ``said``, a key line's status, and the marks closing them,
    which a new status written over it and the remark only about it keeps (`:hourglass: Proposed (2026-01-05)`,
    `**Proposed (2026-01-05)**`); the bold around ``said`` where it says more or is not taken apart."""
    from adrtool.records.statusprose import apart

    found = apart(said, status)
    if found is None or found.kept or found.goes_on or found.attached or found.link or "[" in said[:found.start]:
        marks = said[:2] if said[:2] in ("**", "__") and said[-2:] == said[:2] and len(said) > 4 else ""
        return marks, marks
    remark = said[found.closed:found.remarked]
    return said[:found.start], f"{said[found.end:found.closed]}{remark[len(remark.rstrip('*_~`')):]}" \
                               f"{said[found.remarked:]}"


def _shown_at(text: str, said: str) -> int:
    """Where the status ``said`` stands on its line ``text`` as a reader sees it: after the comments opening the
    line, and outside an HTML tag (the picture's `alt="承認済み"` before `承認済み`, as adrowse writes a status);
    -1 where it does not."""
    at = text.find(said, after_opening_comments(text))
    while at > 0 and "<" in text and text.rfind("<", 0, at) > text.rfind(">", 0, at):
        at = text.find(said, at + 1)
    return at


def _comments_around(text: str, said: str) -> tuple[str, str]:
    """The HTML comments written before and after the status ``said`` on its line ``text`` (`<!-- one of .. -->
    Proposed`), which a new status keeps; two empty strings where the line holds more than those."""
    at = _shown_at(text, said) if said else -1  # (the word may be a comment's too)
    if at < 0:
        return "", ""
    before, after = text[:at], text[at + len(said):]
    if _STATUS_HEADING_OPENING.fullmatch(without_comments(before)) is None or without_comments(after).strip():
        return "", ""
    return before, after


# What may open a status's line before it and stay when it changes: blanks, and the marks of a sub-heading the Status
# section states it as, with the pictures before the word (adrowse's `### <img src=".." alt="承認済み" /> 承認済み`).
_STATUS_HEADING_OPENING = re.compile(r"[ \t]*(?:#{1,6}[ \t]+)?(?:<img\b[^<>]*>[ \t]*)*")


def _sentence(words: str) -> str:
    """``words`` opening a line of a Status section, as a sentence does (`Superseded by`, `Superceded by`)."""
    return words[:1].upper() + words[1:]


def _reference(record: Record) -> str:
    """How a link a status or key line writes names ``record``: by the reference its file's name opens with
    (`DR-0004` of ethos' `DR-0004-next.md`, `ADR-012` of `ADR-012-x.md`, `ADR008` of fh-services' capitals
    glued to the digits in `ADR008-x.md`), its letters in capitals; else `ADR-`
    and its number as wide as its file's name writes it from three digits (`ADR-057` of Tochi's `057-x.adr.md`, as
    its records name each other), four below."""
    if record.number is None:  # named by its day: by its id (`20240301-use-postgres`), as log4brains links them
        return record.id
    named = _NAMED_REFERENCE.match(record.filename)
    if named is not None:
        return f"{named.group(1).upper()}-{named.group(2)}"
    glued = _GLUED_REFERENCE.match(record.filename)
    if glued is not None:
        return glued.group(0)
    return f"ADR-{record.number:0{_reference_width(record)}d}"


def _reference_width(record: Record) -> int:
    """How wide a reference writes ``record``'s number: as its file's name, from three digits; else four."""
    return len(record.id) if record.id.isdigit() and len(record.id) >= 3 else 4


_NAMED_REFERENCE = re.compile(r"([A-Za-z]{1,6})-(\d+)(?=[-_.])")
_GLUED_REFERENCE = re.compile(r"[A-Z]{1,6}\d+(?=[-_.])")
_A_RECORD_S_LINK = re.compile(r"\[([^\[\]\n]+)\]\(([^()\s]+)\)")


def _line_ending(line: str) -> str:
    if line.endswith("\r\n"):
        return "\r\n"
    if line.endswith(("\n", "\r")):
        return line[-1]
    return ""


def _ints(values: Sequence[object]) -> list[int]:
    return [value for value in values if isinstance(value, int) and not isinstance(value, bool)]


# What a Markdown link's destination cannot hold as it is (a blank or a bracket ends or breaks it; `#` and `?` open
# a fragment or a query), escaped as a URL escapes it; `%` too, so that a name holding one reads back as itself.
_IN_DESTINATIONS = str.maketrans({"%": "%25", " ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E",
                                   "#": "%23", "?": "%3F"})


def link_destination(path: str) -> str:
    """``path`` as a link's destination: `002.%20Use%20Kafka.md` for a log of `002. Use Kafka.md` names, which
    a reader (GitHub's, adr's) follows to the file; other names as they are."""
    return path.translate(_IN_DESTINATIONS)
