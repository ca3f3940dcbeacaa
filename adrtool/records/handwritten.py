"""`adr new` from a log's own template that no tool's words mark: a template kept by hand, in the log's language
(`0000-plantilla.md`: `# ADR-NNNN — Título`, `**Estado:** Propuesto | Aceptado`, `**Fecha:** AAAA-MM-DD`).

The template is read as a record is, so its title, status and date lines are where the reader finds a record's.
The new record is the template with its title line written as the log's newest record writes its own
(`# ADR-0007 — Nueva decisión`; else the template's, its number placeholder filled), its status line stating the
log's word for the status (``adrtool.records.vocabulary``) and its date line the day, in the order its placeholder
gives (`[dd/mm/aaaa]`: `07/12/2026`). Everything else stays for the author. The result must read back as the new
record, dated; where it would not, there is no filling (the caller writes its dialect's record instead).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from adrtool.errors import AdrError
from adrtool.fsio import lines_of, read_text
from adrtool.model import Dialect, Record
from adrtool.records.dialects import parse_text
from adrtool.records.keys import NAME_KEYS
from adrtool.records.values import DAY_PLACEHOLDER, places_a_day
from adrtool.records.vocabulary import dated_like, offered_as_a_list, status_word

# A number's placeholder in a template's title (`ADR-NNNN`, `ADR-XXXX`, `ADR-0000`).
_NUMBER_PLACEHOLDER = re.compile(r"(?<![^\W\d_])(?:N{2,}|X{2,}|n{2,}|x{2,}|0{2,})(?![^\W\d_])")
_BRACKETS = ("[]", "{}", "<>", "()")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# What a title line may hold besides its number and title to be copied for a new record: a code (`ADR`, `RFC`)
# and the marks around the number.
_A_NUMBERS_FRAME = re.compile(r"#+[ \t]*(?:[^\W\d_]{1,4})?[-\s_.:：#—–·|]*")


def filled(text: str, template: Path | None, name: str, directory: Path, title: str, status: str | None,
           day: dt.date | None, number: int | None, records: Sequence[Record], heading: str | None = None
           ) -> str | None:
    """The template ``text`` filled as the log's record ``name`` (numbered ``number``) with ``title``, ``status``
    and ``day`` (and ``heading`` as its title line, when given; no ``day`` for a shape of a log that dates no
    record, which has no date line; no ``status`` for a log that states none, whose template has no place for
    one). Its status is a key line or a Status section (a list of the statuses to choose from there gives way to
    the one chosen); its day a key line or a Date section's placeholder, and a template with no place for it is
    filled undated where the log dates no record. None when the template has no title or status, no place for
    the day a log that dates its records needs, or the result would not read back so."""
    try:
        shape = parse_text(text, directory, name)
    except AdrError:
        return None
    lines = text.split("\n")
    day_key = key_meaning(shape, "date")
    at: dict[str, int | None] = {"status": shape.meta_lines.get("status"),
                                 "date": shape.meta_lines.get(day_key) if day_key else None}
    raw: dict[str, object] = {"status": shape.meta.get("status"), "date": shape.meta.get(day_key) if day_key else None}
    if day is not None and at["date"] is None:
        placed = _day_placeholder_section(lines)
        if placed is None and _dates_its_records(records):
            return None
        if placed is None:
            day = None
        else:
            at["date"], raw["date"] = placed + 1, lines[placed].strip()
    status_at = at["status"]
    if shape.title_line is None or (status is None) != (status_at is None) \
            or (status is not None and not isinstance(raw["status"], str)):
        return None
    frame = log_frame(records)  # the records' numbered frame, else the template's (which may number them)
    if number is None and heading is None:
        return None  # (a template's numbered title: no record named by its day fills it)
    heading = heading or (frame.format(number=number, title=title) if frame and "{number" in frame else None) \
        or _template_heading(lines[shape.title_line - 1], shape, number or 0, title)
    if heading is None:
        return None
    lines[shape.title_line - 1] = heading
    word = listed = None
    places = [("date", day_as_placed(raw["date"], day))] if day is not None else []
    if status is not None and status_at is not None:
        word = status_word(status, shape, records, template) or status.capitalize()
        if day is not None:  # (a log whose records are dated by their status history: `2026-12-07 提议`)
            word = dated_like(raw["status"], word, day)
        listed = offered_as_a_list(lines, status_at)
        if listed is None:
            places.append(("status", word))
    for key, value in places:
        place = at[key]
        if value is None or place is None:
            return None
        replaced = _value_replaced(lines[place - 1], raw[key], value)
        if replaced is None:
            return None
        lines[place - 1] = replaced
    if listed is not None:  # the list of statuses offered, and the question over it: the status chosen
        indent = lines[listed.first][:len(lines[listed.first]) - len(lines[listed.first].lstrip())]
        lines[listed.first:listed.last + 1] = [f"{indent}{word}"]
    elif word is not None and status_at is not None:
        said = lines[status_at - 1]
        key = said[:said.find(word)].strip()
        if key and sum(line.strip().startswith(key) for line in lines) > 1:
            return None  # a second status line, which no edit would keep in step
    result = "\n".join(lines)
    try:
        record = parse_text(result, directory, name)
    except AdrError:
        return None
    if (record.number, record.title, record.status, record.date) != (number, title, status, day) \
            or record.supersedes or record.superseded_by or record.relates_to:
        return None  # (a relation the template holds filled is no new record's)
    return result


# A key line, perhaps a list item, its key perhaps emphasised (`- Status: proposed | accepted`, `**Date:** YYYY-MM-DD`).
_KEY_LINE = re.compile(r"[ \t]{0,3}(?:[-*+][ \t]+)?(?:\*\*|__)?(?P<key>[^\W\d_][^:*_\n]{0,30}?)[ \t]*"
                       r"(?::[ \t]*(?:\*\*|__)|(?:\*\*|__)?[ \t]*:)(?P<value>.*)")


def unread_key_line(text: str) -> str | None:
    """The first key line of ``text`` outside code that names the status or the day, for a record ``text`` read
    with neither: a template's placeholder left as it is (`- Date: YYYY-MM-DD`); None for none."""
    from adrtool.records import markdown
    from adrtool.records.dialects.nygard import is_status_heading, names_the_day

    lines = text.split("\n")
    for index in markdown.unfenced(lines, 0):
        line = _KEY_LINE.fullmatch(lines[index])
        if line is not None and line.group("value").strip() \
                and (is_status_heading(line.group("key")) or names_the_day(line.group("key"))):
            return lines[index].strip()
    return None


def names_given(text: str, names: dict[str, tuple[str, ...]]) -> str:
    """``text`` (a new record written as the log's own) with the first key line of each key of ``names``
    (`decision-makers`, `tags`) outside code stating its names, comma-separated, where the line leaves its value for
    the author (flowsync's `- Deciders:`, a template's `- Tags: [hint]`); a key it has no line for stays unwritten."""
    from adrtool.records import markdown
    from adrtool.records.dialects.normalize import canonical_key

    lines = text.split("\n")
    wanted = {key: values for key, values in names.items() if values}
    for index in markdown.unfenced(lines, 0):
        line = _KEY_LINE.fullmatch(lines[index])
        key = canonical_key(line.group("key").strip()) if line is not None else None
        if line is None or key not in wanted or not _left_for_a_value(line.group("value")):
            continue
        lines[index] = f"{lines[index][:line.start('value')].rstrip()} {', '.join(wanted.pop(key))}"
    return "\n".join(lines)


def _left_for_a_value(value: str) -> bool:
    """Whether a key line's ``value`` is left for the author: empty (`""` too), or a hint in brackets."""
    value = value.strip()
    return value in ("", '""', "''") or _bracketed(value)


def _day_placeholder_section(lines: list[str]) -> int | None:
    """The index of the line a template's Date section holds for the day, a hint in brackets or a day's
    placeholder (FIUNER-LICA's `## Fecha` over `[Fecha en la que se tomó la decisión]`); None for none."""
    from adrtool.records import markdown
    from adrtool.records.dialects.nygard import names_the_day

    for heading in markdown.scan_headings(lines):
        if heading.level < 2 or not names_the_day(heading.text.strip().rstrip(":：").rstrip().lower()):
            continue
        following = next((index for index in range(heading.line, len(lines)) if lines[index].strip()), None)
        if following is None:
            return None
        value = lines[following].strip()
        return following if _bracketed(value) or places_a_day(value) else None
    return None


def _dates_its_records(records: Sequence[Record]) -> bool:
    """Whether most of the log's ``records`` state their day (a new record then needs a place for it)."""
    return 2 * sum(record.date is not None for record in records) > len(records)


# The front matter of a new record shaped as the newest, whose title is a key there, given its number, title and
# day, and the line of its title (``adrtool.records.native.front_matter_as_the_newest``, which knows front matter as
# records write it).
FrontMatter = Callable[[list[str], Record, Sequence[Record], int, str, dt.date], tuple[list[str], str] | None]


def key_meaning(record: Record, name: str) -> str | None:
    """The key of ``record``'s metadata that means ``name`` as written (`Date` in HMCTS's capital-keyed front
    matter, `date` elsewhere); None for none."""
    from adrtool.records.dialects.normalize import canonical_key

    if name in record.meta_lines:
        return name
    return next((key for key in record.meta_lines if canonical_key(key) == name), None)


def shaped_as_the_newest(directory: Path, name: str, title: str, status: str, day: dt.date, number: int | None,
                         records: Sequence[Record], front_matter: FrontMatter | None = None) -> str | None:
    """A new record shaped as the log's newest record, for a log with no template whose records state their
    status and day as key lines under the title (`**Status:** Accepted`, `**Date:** 2021-01-01`), or their status
    alone where the log dates no record (``_undated_key_lines``; the new one then undated too): its title line
    (or, titled in front matter, its front matter as ``front_matter`` writes it; none without), those two lines (and,
    in MADR 2's bullets, its other bullets and the keyed lines most records open with, their values left for the
    author: ``_left_for_the_author``), and the sections most of the log's records have, empty; None for a log not
    written so."""
    newest = _newest(records)
    if newest is None or not isinstance(newest.meta.get("status"), str):
        return None
    lines = lines_of(newest.path)
    if lines is None:
        return None
    status_line, date_line = newest.meta_lines.get("status"), newest.meta_lines.get("date")
    if newest.title_line is None or status_line is None \
            or not _a_key_line(lines[status_line - 1], str(newest.meta["status"])):
        return None
    said: dict[int, list[str]] = {}  # the values each line states (one line may state both)
    said.setdefault(status_line, []).append(str(newest.meta["status"]).strip())
    placed = None
    if date_line is not None or newest.date is not None or not _undated_key_lines(newest, records):
        placed = _placeholder_of(newest.meta.get("date"), newest.date) if newest.date is not None else None
        if placed is None or date_line is None:
            return None  # (a log that dates its records: a new one needs a date line as the newest's)
        said.setdefault(date_line, []).append(str(newest.meta["date"]))
    keys: list[tuple[int, str]] = []
    for line, values in sorted(said.items()):
        text = _key_and_value(lines[line - 1], values)
        if text is None:
            return None
        keys.append((line, text.replace(str(newest.meta["date"]), placed, 1) if placed and line == date_line else text))
    bullets, opening_keys = _left_for_the_author(lines, newest, records, set(said)) \
        if newest.format is Dialect.MADR2 else (_names_left_for_the_author(lines, newest, set(said)), [])
    opening = _opening_as_the_newest(lines, newest, records, number, title, day, front_matter)
    if opening is None:
        return None
    head, heading = opening
    held = _held_by_a_section(lines, newest, keys)
    sections = shared_sections(records, newest)
    for holder in held:
        if holder not in sections:
            return None  # (a key line in a section the log's records do not share: not the log's shape)
    keys = [key for key in keys if all(key not in inside for inside in held.values())]
    for inside in held.values():
        inside += [(line, entry) for line, text in list(inside) if line == status_line
                   for entry in _history_begun(lines, line, status_word(status, newest, records, None) or status, day)]
    text = "\n".join([*head, "", *(line for _, line in sorted(keys + bullets)), "",
                      *(part for line in opening_keys for part in (line, "")),
                      *(part for heading in sections
                        for part in (heading, "", *(part for _, line in held.get(heading, [])
                                                    for part in (line, ""))))])
    return filled(text.rstrip("\n") + "\n", None, name, directory, title, status, day, number, records, heading)


def _undated_key_lines(newest: Record, records: Sequence[Record]) -> bool:
    """Whether a new record may be shaped as ``newest`` with no date line: a log whose records state their status as
    key lines and most of them no day (AymanZahir/brokerX's `**Statut**: Accepté`). An undated MADR 2 log gets
    MADR 2's own template, which has a place for the day."""
    return newest.format is not Dialect.MADR2 and not _dates_its_records(records)


def unstated_as_the_newest(directory: Path, name: str, title: str, number: int, records: Sequence[Record]
                           ) -> str | None:
    """A new record of a log whose records state no status and no day (rhysilin/VoW's `# 0001 编辑器与协作技术选型`
    over `## 背景` / `## 决策` / `## 备选方案`): titled as they are, with the sections most of them have, empty, no
    status and no day (a place for them would be one the log does not keep); None for a log that dates its records,
    or whose titles are framed by no rule."""
    newest = _newest(records)
    heading = log_heading(records, number, title)
    if newest is None or heading is None or _dates_its_records(records):
        return None
    text = "\n".join([heading, "", *(part for section in shared_sections(records, newest) for part in (section, ""))])
    try:
        record = parse_text(text.rstrip("\n") + "\n", directory, name)
    except AdrError:
        return None
    if (record.number, record.title, record.status, record.date) != (number, title, None, None):
        return None
    return text.rstrip("\n") + "\n"


def _held_by_a_section(lines: list[str], newest: Record, keys: list[tuple[int, str]]
                       ) -> dict[str, list[tuple[int, str]]]:
    """The ``keys`` (key lines of ``newest``, with their lines) that stand inside one of its level-2 sections, by
    that section's heading: phodal/adr's `## Status` over `STATUS：accepted` or `Status: Accepted on 2020-04-05`,
    which a new record writes there too, not under its title."""
    from adrtool.records import markdown

    headings = [found for found in markdown.scan_headings(lines, newest.body_line - 1) if found.level == 2]
    held: dict[str, list[tuple[int, str]]] = {}
    for line, text in keys:
        above = [found for found in headings if found.line < line]
        if above:
            held.setdefault(f"## {above[-1].text}", []).append((line, text))
    return held


def _history_begun(lines: list[str], status_line: int, status: str, day: dt.date) -> list[str]:
    """The first entry of a new record's status history (`2026-12-07 proposed`), written as the latest of the dated
    entries the newest record keeps below its status key line (phodal/adr's `STATUS：accepted` over `2018-05-22
    proposed` / `2018-05-23 accepted`); none where it keeps none."""
    from adrtool.records import markdown
    from adrtool.records.statuslists import a_dated_entry, next_entry

    end = next((found.line - 1 for found in markdown.scan_headings(lines, status_line)), len(lines))
    entries = [line for line in lines[status_line:end] if line.strip() and a_dated_entry(line)]
    entry = next_entry(entries[-1].strip(), status, day, cased=False) if entries else None
    return [entry] if entry is not None else []


def _names_left_for_the_author(lines: list[str], newest: Record, stated: set[int]) -> list[tuple[int, str]]:
    """The key lines naming people or tags of the newest record written as key lines under its title (`**Deciders:**
    Alice`, `**Tags:** infra`), on lines other than the ``stated`` ones, each up to its value, with its line: the
    keys a new record keeps for `--decision-maker` and `--tag` (``names_given``), or for the author."""
    from adrtool.records.dialects.normalize import canonical_key

    kept = []
    for key, at in newest.meta_lines.items():
        line = _KEY_LINE.fullmatch(lines[at - 1]) if at not in stated and 0 < at <= len(lines) else None
        if line is not None and canonical_key(key) in NAME_KEYS and (newest.title_line or 0) < at:
            kept.append((at, lines[at - 1][:line.start("value")].rstrip()))
    return kept


def _left_for_the_author(lines: list[str], newest: Record, records: Sequence[Record], stated: set[int]
                         ) -> tuple[list[tuple[int, str]], list[str]]:
    """What a new record of a MADR 2 log keeps of its newest record's opening, values left for the author: its
    bullets other than those on the ``stated`` lines and its relations (flowsync's `- Deciders:`, `- Tags:`), with
    their lines; and the keyed lines after them most of the log's records open with too (`Technical Story:`)."""
    from adrtool.records.dialects.normalize import canonical_key

    bullets = []
    for key, at in newest.meta_lines.items():
        opened = bullet_key(lines[at - 1]) if at not in stated and canonical_key(key) not in _RELATIONS else None
        if opened is not None:
            bullets.append((at, opened))
    last = max(newest.meta_lines.values(), default=newest.title_line or 0)
    shared = Counter(key for record in _in_order(records)[-_SAMPLE:] for key in _opening_keys(record))
    opening = [f"{key}:" for key in _opening_keys(newest, lines, after=last) if 2 * shared[key] > min(
        len(records), _SAMPLE)]
    return bullets, opening


_RELATIONS = frozenset({"supersedes", "superseded-by", "relates-to", "amends", "amended-by"})
# A bullet up to its value, as madr2 reads its key: the colon full-width too (`* 状态：`), bold around the key and
# its colon (`* **Status:**`, `* **Status**:`).
BULLET_KEY = re.compile(r"\s{0,3}[*-]\s+(?:\*\*|__)?[^:：*_]+(?:\*\*|__)?\s*[:：](?:\*\*|__)?\s*")


def bullet_key(line: str) -> str | None:
    """A MADR 2 bullet up to its value (`- Deciders:` of `- Deciders: equipo FlowSync`); None for no bullet."""
    bullet = BULLET_KEY.match(line)
    return bullet.group(0).rstrip() if bullet is not None else None
# A paragraph opened by a key and its colon: MADR 2's `Technical Story: ..`.
_KEYED_PARAGRAPH = re.compile(r"(?P<key>[^\W\d_][^\W_]*(?: [^\W\d_][^\W_]*){0,3}):(?:\s|$)")


def _opening_keys(record: Record, lines: list[str] | None = None, after: int = 0) -> list[str]:
    """The keys of the paragraphs between ``record``'s bullets (its lines after line ``after``) and its first
    heading that open with a key and its colon (`Technical Story`)."""
    from adrtool.records import markdown

    if lines is None:
        lines = lines_of(record.path)
        if lines is None:
            return []
        after = max(record.meta_lines.values(), default=record.title_line or 0)
    first = next((heading.line for heading in markdown.scan_headings(lines, after)), len(lines) + 1)
    keys = []
    for index in range(after, first - 1):
        found = _KEYED_PARAGRAPH.match(lines[index])
        if found is not None and (index == 0 or not lines[index - 1].strip()):
            keys.append(found.group("key"))
    return keys


def _opening_as_the_newest(lines: list[str], newest: Record, records: Sequence[Record], number: int | None,
                           title: str, day: dt.date, front_matter: FrontMatter | None
                           ) -> tuple[list[str], str] | None:
    """What a new record opens with before its key lines, and its title line in it: the newest's front matter where
    its title is a key there (get-forge's `title: "0024. Internal ALB TLS"` above `**Status:** ..`), else a title
    line framed as most of the log's records frame theirs; None where neither can be written."""
    if titled_in_front_matter(newest):
        return front_matter(lines, newest, records, number, title, day) if front_matter and number is not None \
            else None
    heading = log_heading(records, number, title)
    return ([heading], heading) if heading is not None else None


def titled_in_front_matter(record: Record) -> bool:
    """Whether ``record``'s title is a key of its front matter (a docs site's page, which writes no title line;
    HMCTS's `Title:`)."""
    key = key_meaning(record, "title")
    return record.title_line is not None and record.title_line < record.body_line and \
        key is not None and record.meta_lines[key] == record.title_line


def sectioned_as_the_newest(directory: Path, name: str, title: str, status: str, day: dt.date, number: int,
                            records: Sequence[Record], front_matter: FrontMatter | None = None) -> str | None:
    """A new record shaped as the log's newest, for a log with no template whose records state their status in a
    Status section: an adr-tools-shaped log kept in another language than English (`## Statut` / `Accepté`, `Data:
    28 de Dezembro de 2024`, `## Contexte`), or one titled in front matter (HMCTS's Backstage template: `Title:` /
    `Date:` / `Deciders:`, no title line, `## Status` / `Proposed`). It has the newest's title line, or its front
    matter as ``front_matter`` writes it; its date line where it has one (a log that dates no record gets none), its
    Status section with the status word, and the sections most of the log's records have, their sub-sections too,
    empty. None for an adr-tools-shaped log written in English (adr-tools' own record then), or a log not so."""
    from adrtool.records import markdown

    newest = _newest(records)
    if newest is None or not isinstance(newest.meta.get("status"), str):
        return None
    day_key = key_meaning(newest, "date")
    status_line, date_line = newest.meta_lines.get("status"), newest.meta_lines.get(day_key) if day_key else None
    if newest.title_line is None or status_line is None or (date_line is None) != (newest.date is None):
        return None
    lines = lines_of(newest.path)
    if lines is None:
        return None
    headings = [heading for heading in markdown.scan_headings(lines, newest.body_line - 1) if heading.level in (2, 3)]
    holding = [heading for heading in headings if heading.line < status_line and heading.level == 2]
    if not holding or _a_key_line(lines[status_line - 1], str(newest.meta["status"])):
        return None  # a status stated on a key line: ``shaped_as_the_newest``'s
    status_heading = holding[-1]
    titled = titled_in_front_matter(newest)  # (adr-tools' record has a title line its records do not)
    english = status_heading.text.strip("*_ ").lower() == "status" and \
        (status_word("proposed", newest, records, None) or "Proposed").lower() == "proposed"
    if english and not titled:
        return None
    date_text = ""  # (a day in front matter is the front matter's)
    if date_line is not None and date_line >= newest.body_line:
        stated = _date_line_as_the_newest(lines, newest, day)
        if stated is None:
            return None
        date_text = stated
    opening = _opening_as_the_newest(lines, newest, records, number, title, day, front_matter)
    if opening is None:
        return None
    head, heading = opening
    opens_apart = not titled or newest.body_line > len(lines) or not lines[newest.body_line - 1].strip()
    parts = [*head, *([""] if opens_apart else [])]  # (a front matter right above its first heading stays so)
    if date_text and date_line is not None and date_line < (headings[0].line if headings else len(lines) + 1):
        parts += [date_text, ""]
    shared = set(shared_sections(records, newest, deepest=3))
    kept = False  # whether the level-2 section a sub-section is in is kept
    for section in headings:
        written = lines[section.line - 1]
        ends = next((other.line for other in headings if other.line > section.line), len(lines) + 1)
        if section.level == 2:
            kept = section == status_heading or f"## {section.text}" in shared
        if section == status_heading:
            parts += [written, "", lines[status_line - 1], ""]
        elif date_text and date_line is not None and section.line < date_line < ends:  # (in a section of its own)
            parts += [written, "", date_text, ""]
        elif kept and f"{'#' * section.level} {section.text}" in shared:
            parts += [written, ""]
    text = "\n".join(parts).rstrip("\n") + "\n"
    return filled(text, None, name, directory, title, status, day if date_line is not None else None, number,
                  records, heading)


def date_line_as_the_log(records: Sequence[Record], day: dt.date) -> str | None:
    """The line under a new record's title stating ``day`` as the newest record written as most are states its own
    there, alone (adr-cli's bare `2017-07-03`) or keyed in English (`**Date:** 03/07/2017`); None where that record
    states none under its title, or keys it in another language (a record in English words is no place for it)."""
    from adrtool.records import markdown

    newest = _newest(records)
    line = newest.meta_lines.get("date") if newest is not None else None
    if newest is None or line is None or newest.title_line is None or line <= newest.title_line:
        return None
    lines = lines_of(newest.path)
    if lines is None:
        return None
    first = next((heading.line for heading in markdown.scan_headings(lines, newest.title_line)), len(lines) + 1)
    key = lines[line - 1].replace(str(newest.meta.get("date")), "", 1).strip(" \t*_:").lower()
    return _date_line_as_the_newest(lines, newest, day) if line < first and key in ("", "date") else None


def date_bullet_as_the_log(records: Sequence[Record], day: dt.date) -> str | None:
    """A bullet stating ``day`` as the newest record written as most are states its own day in one
    (`- **Date:** 2020-08-28`, cbinsights' `2019.11.1`); None where it states none in a bullet."""
    newest = _newest(records)
    line = newest.meta_lines.get("date") if newest is not None else None
    lines = lines_of(newest.path) if newest is not None and line is not None else None
    if newest is None or lines is None or line is None or BULLET_KEY.match(lines[line - 1]) is None:
        return None
    return _date_line_as_the_newest(lines, newest, day)


def _date_line_as_the_newest(lines: list[str], newest: Record, day: dt.date) -> str | None:
    """The newest record's date line stating ``day`` as it states its own (a long form, `28 de Dezembro`: the ISO
    day); None when the line does not hold the day as read."""
    written, line = newest.meta.get("date"), newest.meta_lines.get("date")
    if newest.date is None or line is None or not isinstance(written, str) or written not in lines[line - 1]:
        return None
    placed = _placeholder_of(written, newest.date)
    return lines[line - 1].replace(written, (day_as_placed(placed, day) if placed else None) or day.isoformat(), 1)


def _key_and_value(line: str, values: list[str]) -> str | None:
    """``line`` up to the end of the last of ``values`` it states: other keys after them on the line (`·
    **Supersedes:** [..]`) are that record's, not a new one's; a hard break's blanks or `<br>` stay."""
    ends = [line.find(value) + len(value) for value in values if value and value in line]
    if len(ends) < len(values):
        return None
    end = max(ends)
    rest = line[end:]
    return line if rest.strip().lower() in _LINE_ENDS else line[:end]


_LINE_ENDS = ("", "<br>", "<br/>", "<br />", "\\")


def _newest(records: Sequence[Record]) -> Record | None:
    """The record a new one is shaped on: the newest of those whose title is framed as most of the latest are
    (hAIrem's 0015, `# ADR 0015 : ..` after fourteen `# N. Title`, is an outlier, not the log's shape); the
    newest where no title is framed so."""
    framed = _framed(records)
    if not framed:
        return None
    frame = _commonest_frame(framed)
    return next(record for record, own in reversed(framed) if own == frame or frame is None)


def _a_key_line(line: str, said: str) -> bool:
    """Whether ``line`` states ``said`` after a key and its colon (not as a Status section's paragraph)."""
    at = line.find(said.strip()) if said.strip() else -1
    return at > 0 and (":" in line[:at] or "：" in line[:at])


# How a record writes its day, and the placeholder saying so (day first or month first, as the reader read it).
_DAY_FORMATS = (("%Y-%m-%d", "YYYY-MM-DD"), ("%d/%m/%Y", "DD/MM/YYYY"), ("%m/%d/%Y", "MM/DD/YYYY"),
                ("%d.%m.%Y", "DD.MM.YYYY"), ("%Y/%m/%d", "YYYY/MM/DD"), ("%d-%m-%Y", "DD-MM-YYYY"))


def _placeholder_of(written: object, day: dt.date) -> str | None:
    if isinstance(written, dt.date):
        return "YYYY-MM-DD"
    text = str(written).strip()
    return next((placeholder for form, placeholder in _DAY_FORMATS if day.strftime(form) == text), None)


def shared_sections(records: Sequence[Record], newest: Record, deepest: int = 2) -> list[str]:
    """The headings of ``newest``, of level 2 (to ``deepest``), that most of the log's latest records have too, in
    its order."""
    from adrtool.records import markdown

    latest = _in_order(records)[-_SAMPLE:]
    counts: dict[str, int] = {}
    order: list[str] = []
    for record in latest:
        text_lines = lines_of(record.path)
        if text_lines is None:
            continue
        written = [f"{'#' * heading.level} {heading.text}"
                   for heading in markdown.scan_headings(text_lines, record.body_line - 1)
                   if 2 <= heading.level <= deepest]
        for heading in set(written):
            counts[heading] = counts.get(heading, 0) + 1
        if record is newest:
            order = written
    return [heading for heading in order if counts.get(heading, 0) * 2 > len(latest)]


_SAMPLE = 10  # the latest records whose sections say which the log keeps


def _in_order(records: Sequence[Record]) -> list[Record]:
    """The numbered of ``records``, oldest first; in a log that numbers none (log4brains' `20260706-x.md`), all of
    them in the order of their names, which begin with their day."""
    numbered = [record for record in records if record.number is not None]
    if numbered:
        return sorted(numbered, key=lambda record: (record.number or 0, record.filename))
    return sorted(records, key=lambda record: record.filename)


def log_heading(records: Sequence[Record], number: int | None, title: str) -> str | None:
    """A new record's title line, framed as most of the log's latest records frame theirs, its number and title
    ``number`` and ``title`` (`# ADR-0006 — Local first` -> `# ADR-0007 — Nueva decisión`; `# Use Redis` -> `# Use
    NATS` in a log whose titles carry no number); None when none of them is framed so."""
    frame = log_frame(records)
    if frame is None or (number is None and "{number" in frame):
        return None
    return frame.format(number=number, title=title)


def log_frame(records: Sequence[Record]) -> str | None:
    """The frame most of the log's latest records give their title line (``title_frame``); None for none."""
    return _commonest_frame(_framed(records))


def _framed(records: Sequence[Record]) -> list[tuple[Record, str | None]]:
    """The log's latest titled records, oldest first, each with the frame of its title line (``title_frame``)."""
    latest = [record for record in _in_order(records) if record.title and record.title_line is not None]
    framed: list[tuple[Record, str | None]] = []
    for record in latest[-_SAMPLE:]:
        try:
            line = read_text(record.path).text.split("\n")[(record.title_line or 1) - 1]
        except (AdrError, OSError, IndexError):
            continue
        framed.append((record, title_frame(line, record)))
    return framed


def _commonest_frame(framed: Sequence[tuple[Record, str | None]]) -> str | None:
    """The frame most of ``framed`` have; of two as common, the newer's."""
    counts: dict[str, int] = {}
    for _, frame in framed:
        if frame is not None:
            counts[frame] = counts.get(frame, 0) + 1
    newest_first = [frame for _, frame in reversed(framed) if frame is not None]
    return max(newest_first, key=lambda frame: counts[frame]) if newest_first else None


def title_frame(line: str, record: Record) -> str | None:
    """``record``'s title ``line`` as a format of a record's `number` and `title` (`# ADR-{number:03d}: {title}`,
    `# {number}. {title}`, `# {title}` where it carries no number); None when the line holds more than its number
    and title (`# ADR-0021 (proposed): ..`: that record's, not a new one's)."""
    line = line.rstrip()
    if record.title is None or not line.startswith("#") or not line.endswith(record.title):
        return None
    before = line[:-len(record.title)]
    if _UNNUMBERED_FRAME.fullmatch(before):
        return f"{before}{{title}}"
    digits = [run for run in re.finditer(r"\d+", before) if int(run.group()) == record.number]
    if not digits:
        return None
    run = digits[-1]
    if not _A_NUMBERS_FRAME.fullmatch(before[:run.start()] + before[run.end():]):
        return None
    # padded as its own number is: `0006`, `010`, `100`; not `10`, which writes 9 as `9` (adr-tools' `# 10. X`)
    width = len(run.group()) if run.group()[0] == "0" or len(run.group()) > 2 else 0
    escaped = [part.replace("{", "{{").replace("}", "}}") for part in (before[:run.start()], before[run.end():])]
    return f"{escaped[0]}{{number:0{width}d}}{escaped[1]}{{title}}" if width else \
        f"{escaped[0]}{{number}}{escaped[1]}{{title}}"


_UNNUMBERED_FRAME = re.compile(r"#+[ \t]+")


def heading_like(line: str, record: Record, number: int, title: str) -> str | None:
    """``line``, ``record``'s title line, with its number and its title made ``number`` and ``title``
    (`# ADR-003: Use X` -> `# ADR-008: Adopt Y`, `# Use X` -> `# Adopt Y`); None when the line is not its number
    and title in a frame (``title_frame``)."""
    frame = title_frame(line, record)
    return frame.format(number=number, title=title) if frame is not None else None


def _template_heading(line: str, shape: Record, number: int, title: str) -> str | None:
    """The template's title line with its number placeholder filled and its title's placeholder replaced."""
    if not shape.title or shape.title not in line:
        return None
    line = line.replace(shape.title, title, 1)
    return _NUMBER_PLACEHOLDER.sub(lambda run: f"{number:0{max(len(run.group()), 1)}d}", line, count=1)


def day_as_placed(value: object, day: dt.date) -> str | None:
    """``day`` as the template's date ``value`` places its parts; ISO for a placeholder naming none."""
    if isinstance(value, dt.date):
        return day.isoformat()
    if not isinstance(value, str):
        return None
    found = DAY_PLACEHOLDER.search(value)
    if found is None:  # none, a bracketed hint, or a day written as ISO (a skeleton's): ISO
        return day.isoformat() if not value.strip() or _bracketed(value.strip()) or _ISO_DAY.fullmatch(value.strip()) \
            else None
    order = found.group("order").lower()
    joint = next(group for group in (found.group("a"), found.group("b"), found.group("c")) if group)
    parts = {"y": f"{day.year:04d}", "m": f"{day.month:02d}", "d": f"{day.day:02d}"}
    kinds = [("y" if piece[0] in "yajr" and len(piece) == 4 else "m" if piece == "mm" else "d")
             for piece in order.split(joint)]
    return joint.join(parts[kind] for kind in kinds)


def _bracketed(text: str) -> bool:
    return len(text) > 1 and any(text[0] == pair[0] and text[-1] == pair[1] for pair in _BRACKETS)


_CHOICES_JOINT = re.compile(r"\s*[/|]\s*")  # between a status's choices, as the reader joins them: ` | `


def _value_replaced(line: str, raw: object, value: str) -> str | None:
    """``line`` with the value the reader read from it (``raw``: a placeholder, the choices) replaced by ``value``,
    brackets around it too; None when the line does not hold it after its key, or as all it says."""
    said = raw.isoformat() if isinstance(raw, dt.date) else str(raw).strip()
    if "|" in said and said not in line and _CHOICES_JOINT.sub(" | ", line.strip()) == said:
        return f"{line[:len(line) - len(line.lstrip())]}{value}"  # `Accepted / Proposed / ..`, read as choices
    at = line.find(said) if said else -1
    if at < 0 or (at == 0 and line.strip() != said):  # after its key, or a Status section's paragraph alone
        return None
    end = at + len(said)
    if at > 0 and end < len(line) and any(line[at - 1] == pair[0] and line[end] == pair[1] for pair in _BRACKETS):
        at, end = at - 1, end + 1
    return f"{line[:at]}{value}{line[end:]}"
