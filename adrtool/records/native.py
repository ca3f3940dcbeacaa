"""`adr new` in a log other tools keep: the record written as the log's other records are.

A log not kept with adrtool (``Conventions.adrtool`` is False) gets its new record in the dialect most of its
records use (adr-tools' or MADR 2's; a front-matter log gets front matter as before), from the log's own
template when it has one of that dialect: adr-tools' `NUMBER`, `TITLE`, `DATE` and `STATUS` words, MADR 2's and
log4brains' `* Status: [...]` bullets, MADR 3/4's `status: {...}` front matter. The title, number, status and
date (and the deciders and tags when given) go in the template's own places; its other hints stay for the
author (ADR204 reports them until they are replaced). Without a template the shipped `record-nygard.md.j2` or
`record-madr2.md.j2` writes the dialect.

adrtool's own options go where the reader reads them back in that dialect: a `Revisit:` line under an
adr-tools title (a day, a month, a quarter or `never`: a cycle name there is prose to a reader of other logs),
`* Cycle:`/`* Revisit:`/`* Tags:` bullets in MADR 2, links where `adr link` writes them. What the dialect has no
place for is refused (``Unheld``), never dropped: the new record is read back and must give every field the
command was given.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from adrtool.errors import AdrError, UsageError
from adrtool.fsio import lines_of
from adrtool.model import Dialect, Record
from adrtool.project.templates import quoted_as, quoting, render, yaml_list, yaml_scalar
from adrtool.records.conventions import TEMPLATE_LIMIT
from adrtool.records.dialects.normalize import RECORD_DAY_KEYS, canonical_key
from adrtool.records.edit import written_values
from adrtool.records.keys import NAME_KEYS, NUMBER_KEYS
from adrtool.records.relations import KeyedRelations, kept_as_adrs_links, keyed_relations

if TYPE_CHECKING:
    from adrtool.records.create import NewRecord

# A template larger than this is not a record template.
# adr-tools' words, bare or in phodal/adr's braces; one in square brackets (`# ADR [00XX]: [TITLE]`) is a placeholder
# of a template kept by hand (``adrtool.records.handwritten``).
_NYGARD_WORD = re.compile(r"(?<!\[)\b(NUMBER|TITLE|DATE|STATUS)\b(?!\])")
_FENCE = "---"
# The options each field comes from, to name in a refusal.
OPTIONS = {"cycle": "--cycle", "revisit": "--revisit", "tags": "--tag", "decision_makers": "--decision-maker",
           "supersedes": "--supersedes", "relates_to": "--relates-to"}


def log_dialect(records: Iterable[Record]) -> Dialect | None:
    """The dialect most of ``records`` are written in (plain files aside); None for a log of none."""
    counts = Counter(record.format for record in records if record.format is not Dialect.PLAIN)
    return counts.most_common(1)[0][0] if counts else None


def native_text(dialect: Dialect | None, template: Path | None, request: NewRecord, number: int | None,
                project_templates: Path | None, status_word: str | None = None,
                records: Sequence[Record] = ()) -> str | None:
    """The new record's text in ``dialect``, from ``template`` when it is one of that dialect (its status written
    ``status_word`` in front matter: the word the log's keys use, ``adrtool.records.vocabulary``); None when
    adrtool's own record (front matter) is the log's dialect and it has no front-matter template to fill."""
    text = _without_its_header_comment(template_text(template))
    if dialect is Dialect.NYGARD:
        if text is not None and _adr_tools_template(text):
            return _fill_nygard(text, request, number)
        return render("record-nygard.md.j2", project_templates, **_variables(request, number),
                      **_as_the_log_writes(request, number, records))
    if dialect is Dialect.MADR2:
        if text is not None and _madr2_bullets(text.split("\n")) is not None:
            return _fill_madr2(text, request, number, records, template)
        return render("record-madr2.md.j2", project_templates, **_variables(request, number))
    if dialect in (Dialect.FRONTMATTER, Dialect.PLAIN, None) and text is not None and text.startswith(_FENCE) \
            and _MADR_KEYS.search(text) is not None:  # (a MADR log whose records left out the optional keys)
        return _fill_front_matter(text, request, status_word, number, records)
    if dialect is Dialect.FRONTMATTER and number is not None and kept_as_adrs_links(records):
        return _adrs_record(request, number, records, status_word)
    if dialect is Dialect.FRONTMATTER and number is not None and (text is None or text.startswith(_FENCE)):
        # (a template of keys of the log's own tool, not MADR's: @kompiro's `id: ADR-YYYYMMDD-NN`, its records
        # show what they are filled with)
        return _shaped_as_the_newest(request, number, records, status_word, template)
    return None


def _shaped_as_the_newest(request: NewRecord, number: int, records: Sequence[Record], word: str | None,
                          template: Path | None = None) -> str | None:
    """A record of a front-matter log kept without a template (namphuongtran/nami's 97 MADR 4 records,
    windlasstech/vers-js's 55 with Just the Docs' `parent:` and `nav_order:`), written as its newest record is:
    its keys in its order, the status and date quoted as it quotes them, the keys every record gives alike kept
    (`parent: Decisions`), one that gives each record's number given the new one's (`nav_order: 13`), the names
    it asks for left empty, the others left out; its title line and the sections most records share, empty.
    None for a log of fewer than ``_SHAPED_AT_LEAST`` such records, or one whose newest cannot be read."""
    from adrtool.fsio import read_text
    from adrtool.records.dialects.nygard import is_status_heading
    from adrtool.records.handwritten import log_heading, shared_sections, titled_in_front_matter

    kept = [record for record in records if record.format is Dialect.FRONTMATTER and record.number is not None]
    if len(kept) < _SHAPED_AT_LEAST:
        return None
    newest = max(kept, key=lambda record: record.number or 0)
    try:
        lines = read_text(newest.path).text.split("\n")
        closing = lines.index(_FENCE, 1)
    except (AdrError, OSError, ValueError):
        return None
    given = {"status": word or request.status, "date": request.date.isoformat(), "title": request.title}
    names = {"decision-makers": request.decision_makers, "consulted": request.consulted,
             "informed": request.informed, "tags": request.tags}
    head = [_FENCE]
    keyed = keyed_relations(records, template)  # `supersedes: [ADR-6]`, `related_to: [ADR-6]`, as the log keys them
    asked = _relations_asked(request, records, keyed, quoting(written_values(lines[1:closing])))
    for key, entry in _each_key_once(_front_matter_entries(lines[1:closing])):
        meant = canonical_key(key) if key else key
        value = entry[0].split(":", 1)[1].strip() if ":" in entry[0] else ""
        if not key or (meant in _RELATIONS and meant not in asked and not _every_one_has(kept, key)):
            continue
        if meant in asked:  # in the place and spelling of the newest's key
            head.append(f"{key}: {asked.pop(meant)}")
            continue
        if meant in given:
            if meant == "date" and _HOLOCENE_DAY.match(value.strip("'\"")):  # `12026-06-07`: the log's calendar
                given["date"] = f"1{given['date']}"
            head.append(f"{key}: {_quoted_as(value[:1], given[meant])}")
        elif meant in names:
            head.append(f"{key}: {yaml_list(names[meant])}")
        elif meant in _DAYS_OF_WRITING:  # `created:`, `updated:`: the day the new record is written
            head.append(f"{key}: {_quoted_as(value[:1], request.date.isoformat())}")
        elif _A_DAY.match(value) or meant in _JUDGEMENTS:  # `last_verified:`, `confidence:`: not yet said of it
            head.append(f"{key}: {_left_empty(value, entry)}")
        elif _alike(kept, key):
            head += entry  # `parent: Decisions`: what every record says
        elif (numbering := _numbered_by(kept, key, value)) is not None:
            prefix, width = numbering  # `nav_order: 13` on record 13, `id: ADR-13`
            head.append(f"{key}: {_numbered_as(value, prefix, width, number)}")
        elif _every_one_has(kept, key):  # `Version: 1.0`, `Supersedes: []`: each record's own, the new one's empty
            head.append(f"{key}: {_left_empty(value, entry)}")
    written = {canonical_key(line.split(":", 1)[0]) for line in head[1:] if ":" in line}
    for key, items in (("tags", request.tags), ("decision-makers", request.decision_makers)):
        if items and key not in written:
            head.append(f"{key}: {yaml_list(items)}")
    for key, point in (("cycle", request.cycle), ("revisit", request.revisit)):
        if point:
            head.append(f"{key}: {yaml_scalar(point)}")
    head += [f"{keyed.key(key)}: {value}" for key, value in asked.items()]  # (keys the newest has not)
    if titled_in_front_matter(newest):  # a docs site's page: its title, status and day shown from its keys
        body = [*_opening_every_record_has(kept)]
    else:
        framed = log_heading(kept, number, request.title)
        body = [framed if framed is not None else f"# {request.title}",
                *_restated_under_the_title(lines, newest, given["status"], request.date), ""]
    for heading in shared_sections(kept, newest):
        body += [heading, ""]
        if is_status_heading(heading.lstrip("#").strip()) \
                and (stated := _stated_in_the_status_section(lines, newest, given["status"])
                     or _worded_as_every_status_section(kept, given["status"])) is not None:
            body += [stated, ""]
    return "\n".join([*head, _FENCE, "", *body]).rstrip("\n") + "\n"


def front_matter_as_the_newest(lines: list[str], newest: Record, records: Sequence[Record], number: int, title: str,
                               day: date) -> tuple[list[str], str] | None:
    """The front matter of a new record of a log whose records keep their title there and their status in the body
    (get-forge's `title: "0024. Internal ALB TLS"` / `summary: ".."`, then `**Status:** Accepted **Date:** ..`;
    HMCTS's `Title:` / `Date:` / `Deciders:`, then `## Status`), as the newest record's ``lines`` write it: its keys
    in its order, the title framed as its own (`"0025. Use Valkey"`), its day ``day``, the keys every record of
    several gives alike kept, one giving each record's number the new one's, the others (a record's own summary,
    its deciders) left empty for the author, relations left out; with its title's line. None where the newest's
    front matter or title cannot be so written."""
    from adrtool.records.handwritten import title_frame

    if not lines or lines[0] != _FENCE or _FENCE not in lines[1:]:
        return None
    closing = lines.index(_FENCE, 1)
    titled = [record for record in records if record.number is not None
              and any(canonical_key(key) == "title" for key in record.meta)] or [newest]
    head, heading = [_FENCE], None
    for key, entry in _each_key_once(_front_matter_entries(lines[1:closing])):
        meant = canonical_key(key) if key else key
        value = entry[0].split(":", 1)[1].strip() if ":" in entry[0] else ""
        if not key:
            head += entry  # a comment, a blank line
        elif meant == "title":
            frame = title_frame(f"# {newest.meta.get(key)}", newest)
            if frame is None or not frame.startswith("# "):
                return None
            heading = f"{key}: {_quoted_as(value[:1], frame[2:].format(number=number, title=title))}"
            head.append(heading)
        elif meant in _RELATIONS:
            continue
        elif meant in _DAYS_OF_WRITING and len(entry) == 1:  # `Date:`: the day the new record is written
            head.append(f"{key}: {_quoted_as(value[:1], day.isoformat())}")
        elif len(titled) >= _SHAPED_AT_LEAST and _alike(titled, key) and meant not in NAME_KEYS | _JUDGEMENTS:
            head += entry
        elif (numbering := _numbered_by(titled, key, value)) is not None:
            prefix, width = numbering
            head.append(f"{key}: {_numbered_as(value, prefix, width, number, quote=False)}")
        else:
            head.append(f"{key}: {_left_empty(value, entry)}")  # (`""`, never null: a site's schema may want text)
    return ([*head, _FENCE], heading) if heading is not None else None


def _left_empty(value: str, entry: list[str]) -> str:
    """A key's value left for the author, in its form: an empty list for a list, an empty string quoted as it is."""
    if value.startswith("[") or len(entry) > 1:
        return "[]"
    return _quoted_as(value[:1] if value[:1] in "\"'" else '"', "")


def _opening_every_record_has(records: Sequence[Record]) -> list[str]:
    """The line every one of ``records`` opens its body with, and a blank line after it, where that line is no
    heading and no prose of its own: a docs site's macro or include (trzcode's `{{ render_adr_header() }}`, which
    shows the page's title and status); none where they open otherwise."""

    openings = set()
    for record in records:
        lines = lines_of(record.path)
        if lines is None:
            return []
        openings.add(next((line.strip() for line in lines[record.body_line - 1:] if line.strip()), ""))
    if len(openings) != 1:
        return []
    line = openings.pop()
    return [line, ""] if _A_MACRO.fullmatch(line) else []


# A line a docs site's engine replaces: Jinja's or Liquid's `{{ .. }}` and `{% .. %}`, MDX's import, an include.
_A_MACRO = re.compile(r"\{\{.*\}\}|\{%.*%\}|import\s.+\sfrom\s.+|<!--\s*#?include\b.*-->|--8<--.*")


def _stated_in_the_status_section(lines: list[str], newest: Record, status: str) -> str | None:
    """The line opening the newest record's Status section where it states its status again, a word alone or a key
    line (goneat's `**Current Status**: Accepted`, under `status: "accepted"`), stating the new record's ``status``
    (`**Current Status**: Proposed`, in the case of the newest's word); None where it opens otherwise."""
    from adrtool.records import markdown
    from adrtool.records.dialects.nygard import STATUS_HEADINGS, is_status_heading
    from adrtool.records.values import lifecycle_word
    from adrtool.records.vocabulary import cased_like, restated_key_line

    old = (newest.status or "").lower()
    section = markdown.find_section_in(lines, STATUS_HEADINGS, markdown.iter_headings(lines, newest.body_line - 1),
                                       is_status_heading)
    first = markdown.first_content(lines, section.start) if section is not None and old else len(lines)
    if section is None or first >= section.end:
        return None
    line = lines[first].rstrip()
    if line.isalpha() and lifecycle_word(line) == old:
        return cased_like(status, line)
    restated = restated_key_line(line, old, status)
    return restated[0] if restated is not None else None


def _worded_as_every_status_section(records: Sequence[Record], status: str) -> str | None:
    """``status`` as a word alone, in the case of the words the Status sections of ``records`` open with, where
    every one opens with a status's word (subcog's and mnemonic's `Accepted`, `**Superseded** by ..`, one of them
    no longer the word its front matter gives); None where one opens otherwise or has no such section."""
    from adrtool.records.vocabulary import status_section_word

    words = [status_section_word(record) for record in records]
    return _cased_like_most(status, cast("list[str]", words)) if words and None not in words else None


def _cased_like_most(word: str, models: Sequence[str]) -> str:
    """``word`` in the case most of ``models`` are written in."""
    from adrtool.records.vocabulary import cased_like

    return Counter(cased_like(word, model) for model in models).most_common(1)[0][0]


def _restated_under_the_title(lines: list[str], newest: Record, status: str, day: date) -> list[str]:
    """The key lines under the newest record's title that state its status and day again, as @kompiro's do below
    their front matter (`- **Date**: 2026-06-09`, `- **Status**: Accepted`), stating the new record's (in the case
    of the newest's word: `ACCEPTED` makes `PROPOSED`), after a blank line where the newest has one."""
    from adrtool.records import markdown
    from adrtool.records.values import lifecycle_word
    from adrtool.records.vocabulary import cased_like

    if newest.title_line is None:
        return []
    restated: list[str] = []
    blank = False
    for line in lines[newest.title_line:newest.title_line + markdown.KEY_LINES_BELOW]:
        found = markdown.KEY_LINE.fullmatch(line)
        if found is None:
            if restated or line.strip():
                break
            blank = True
            continue
        key, value, at = canonical_key(found.group("key").strip()), found.group("value"), found.start("value")
        said = markdown.WORD_ALONE.fullmatch(value)
        if key == "status" and said is not None and lifecycle_word(said.group("word")) == (newest.status or "").lower():
            word = said.group("word")
            restated.append(f"{line[:at]}{value.replace(word, cased_like(status, word), 1)}")
        elif key == "date" and newest.date is not None and value.strip("*_` ") == newest.date.isoformat():
            restated.append(f"{line[:at]}{value.replace(newest.date.isoformat(), day.isoformat(), 1)}")
    return ["", *restated] if restated and blank else restated


def _quoted_as(quote: str, value: str) -> str:
    """``value`` as a YAML scalar quoted as ``quote`` (`"`, `'`, or anything else: as YAML needs), its quotes and
    backslashes escaped as that style escapes them (a title may hold `"`)."""
    return quoted_as(value, quote if quote in ("'", '"') else None)


# The keys of a day a new record is written on: any the reader takes as a record's day, and the day of its last
# update beside them (Structured MADR's `created:` and `updated:`).
_DAYS_OF_WRITING = RECORD_DAY_KEYS | {"updated"}
# A value that is a day: one of the newest record's own (`last_verified: 2026-01-04`), never the new record's.
_A_DAY = re.compile(r"[\"']?\d{4}-\d\d-\d\d\b")
# The keys that judge a decision (subcog's `confidence: high`, `completeness: complete`): the author's to give a new
# record, however alike every record gives them.
_JUDGEMENTS = frozenset({"confidence", "completeness", "certainty", "maturity", "priority", "impact", "risk",
                         "severity", "effort", "complexity", "reversibility"})
_HOLOCENE_DAY = re.compile(r"1\d{4}-\d\d-\d\d$")  # a day of the Holocene calendar (`values._DATE` reads one)
# The front-matter records a log needs for a new record to be shaped as its newest (one may be a stray).
_SHAPED_AT_LEAST = 2


def _alike(records: Sequence[Record], key: str) -> bool:
    """Whether every record of ``records`` gives ``key`` one value, and no record's own (a title, a day): a scalar
    (`parent: Decisions`) or a mapping (Eleventy's `eleventyNavigation:` / `  parent: Decisions`); a list is the
    records' names or tags, which a new record does not share."""
    values = [record.meta.get(key) for record in records]
    return values[0] is not None and all(value == values[0] for value in values) and not isinstance(values[0], list)


def _relations_asked(request: NewRecord, records: Sequence[Record], keyed: KeyedRelations, quote: str | None
                     ) -> dict[str, str]:
    """The YAML values of the relations ``request`` asks for (`supersedes`, `relates-to`), naming records as the
    log's keys do (``keyed``: `[ADR-6]`, `ADR-6` where it gives one alone), quoted as ``quote`` (the newest's values:
    `"ADR-0013"`), as `adr supersede` writes them there."""
    by_ref = {ref: record for record in records for ref in (record.number, record.id) if ref is not None}
    asked = {}
    for key, refs in (("supersedes", request.supersedes), ("relates-to", request.relates_to)):
        named = [keyed.item(by_ref[ref]) if ref in by_ref else ref for ref in refs]
        if len(named) == 1 and key in keyed.scalar:
            asked[key] = quoted_as(named[0], quote)
        elif named:
            asked[key] = f"[{', '.join(quoted_as(name, quote) for name in named)}]"
    return asked


def _every_one_has(records: Sequence[Record], key: str) -> bool:
    """Whether every record of ``records`` has the front-matter key ``key``, spelt so."""
    return all(key in record.meta for record in records)


def _numbered_by(records: Sequence[Record], key: str, written: str = "") -> tuple[str, int] | None:
    """How most of ``records`` give ``key`` their own number: (the letters before it, the digits it is padded to),
    `("", 0)` of `nav_order: 13` on record 13, `("ADR-", 0)` of `id: ADR-13`, `("ADR-", 4)` of `id: ADR-0013`;
    padded as ``written`` (the newest's value as its line writes it) is where YAML read its digits as a number
    (`ADR: 0011`); None where they do not. A key not known to number records (``NUMBER_KEYS``) numbers them only
    with their ids as their file names write them (`ref: ADR-0013` on `ADR-0013-x.md`): `Technical Story: JIRA-13`
    or `priority: 2` on record 13 or 2 is that record's ticket or priority, which a new record does not have."""
    forms: Counter[tuple[str, int]] = Counter()
    numbering = canonical_key(key) in NUMBER_KEYS
    for record in records:
        value = str(record.meta.get(key))
        found = _NUMBERED.fullmatch(value)
        if found is not None and record.number is not None and int(found.group(2)) == record.number \
                and (numbering or value.casefold() in _ids_as_written(record)):
            digits = found.group(2)
            forms[(found.group(1), len(digits) if digits.startswith("0") and len(digits) > 1 else 0)] += 1
    if not forms:
        return None
    form, count = forms.most_common(1)[0]
    if 2 * count <= len(records):
        return None
    padded = _NUMBERED.fullmatch(written.strip("'\""))
    if form == ("", 0) and padded is not None and not padded.group(1) and padded.group(2)[:1] == "0":
        return "", len(padded.group(2))
    return form


def _numbered_as(written: str, prefix: str, width: int, number: int, *, quote: bool = True) -> str:
    """``number`` given as ``written`` gives the newest's (``_numbered_by``'s ``prefix`` and ``width``): bare digits
    where it writes them bare (`ADR: 0012`, `nav_order: 13`), else a YAML scalar quoted as ``written`` is where
    ``quote``."""
    if not prefix and written[:1] not in "\"'":
        return f"{number:0{width}d}"
    given = f"{prefix}{number:0{width}d}"
    return _quoted_as(written[:1], given) if quote else yaml_scalar(given)


_NUMBERED = re.compile(r"((?:[A-Za-z]{1,6}[-_ ]?)?)(\d{1,9})")


def _ids_as_written(record: Record) -> set[str]:
    """``record``'s id as its file name writes it, lower case: its number padded (`0013`), and with the letters
    before it (`adr-0013` of `ADR-0013-x.md`); none for a number written bare (`13-x.md`), as any count is."""
    at = record.filename.find(record.id) if record.id.isdigit() else -1
    if at < 0:
        return set()
    lettered = record.filename[:at + len(record.id)].casefold()
    return {written for written in (record.id if record.id.startswith("0") else "",
                                    lettered if at and any(char.isalpha() for char in lettered) else "") if written}


# The keys of the adrs tool's front matter a new record states, in its order where the log's newest gives none.
_ADRS_KEYS = ("number", "title", "date", "status", "tags", "links")


def _adrs_record(request: NewRecord, number: int, records: Sequence[Record], word: str | None) -> str:
    """A record of a log the adrs tool keeps (Toraja/github-release-downloader, canardleteer/crosspoint-simulator-
    mcp): the `number` and `title` keys adrs needs to read one (a record without `number` is lost to it), its
    status and date, relations as items of `links`; the keys in the order the log's newest record writes them; a
    title line and a `Date:` line as that record's body has them, and the sections most records share, empty (a
    Status section states the status)."""
    from adrtool.records import markdown
    from adrtool.records.dialects.nygard import is_status_heading
    from adrtool.records.handwritten import log_heading, shared_sections

    numbered = [record for record in records if record.number is not None and "number" in record.meta]
    newest = max(numbered, key=lambda record: record.number or 0) if numbered else None
    links = [f"- target: {target}\n  kind: {kind}" for kind, targets in (("supersedes", request.supersedes),
                                                                          ("relatesto", request.relates_to))
             for target in targets]
    values = {"number": str(number), "title": yaml_scalar(request.title), "date": request.date.isoformat(),
              "status": yaml_scalar(word or request.status), "tags": yaml_list(request.tags) if request.tags else None,
              "links": "\n" + "\n".join(links) if links else None}
    order = [key for key in (newest.meta if newest is not None else ()) if key in values] + list(_ADRS_KEYS)
    head = [f"{key}:{'' if value.startswith(chr(10)) else ' '}{value}" for key in dict.fromkeys(order)
            if (value := values.get(key)) is not None]
    head += [f"{key}: {yaml_scalar(value)}" for key, value in (("cycle", request.cycle), ("revisit", request.revisit))
             if value]
    body = [f"# {request.title}"]
    if newest is not None:
        lines = lines_of(newest.path) or []
        framed = log_heading(numbered, number, request.title)
        body = [framed if framed is not None else body[0], ""]
        headings = [heading for heading in markdown.scan_headings(lines, newest.body_line - 1) if heading.level == 2]
        opening = lines[newest.body_line - 1:headings[0].line - 1 if headings else len(lines)]
        if any(line.startswith("Date:") for line in opening):
            body += [f"Date: {request.date.isoformat()}", ""]
        for heading in shared_sections(records, newest):
            body += [heading, ""]
            if is_status_heading(heading.lstrip("#").strip()):
                body += [(word or request.status).capitalize(), ""]
    return "\n".join([_FENCE, *head, _FENCE, "", *body]).rstrip("\n") + "\n"


# A MADR 3/4 template's keys, their values its placeholders or choices (`status: "{proposed | ...}"`, `status:
# proposed # proposed | accepted`, `status: → proposed | ...`, `date: {YYYY-MM-DD ...}`), left blank for the author
# (daddia/zen-cli's `status:` / `date: `), or commented out as just-the-docs logs keep them (`# status: "{proposed |
# ...`, adr/madr's own `docs/decisions/adr-template.md`).
_MADR_KEYS = re.compile(r"^(?:# ?)?(?:status|date): *(?:\"?\{|[^\n]*\||→|$)", re.MULTILINE)
# A key of the template commented out, which the new record states.
_COMMENTED_KEY = re.compile(r"# ?(status|date|decision-makers) *:")


def fills_by_its_words(dialect: Dialect, text: str) -> bool:
    """Whether ``text`` is a template of a tool's, which ``native_text`` fills by the words it marks its places with
    (adr-tools' `TITLE`, MADR 3/4's front matter), not one kept by hand (``adrtool.records.handwritten``)."""
    return _adr_tools_template(text) or \
        (_without_its_header_comment(text) or "").startswith(_FENCE)


def _adr_tools_template(text: str) -> bool:
    return any(word.group(1) == "TITLE" for word in _NYGARD_WORD.finditer(text))


def a_madr2_template(text: str) -> bool:
    """Whether ``text`` is a template of MADR 2's bullets (`* Status: [...]` under a title), which ``native_text``
    fills as MADR's."""
    return _madr2_bullets(text.split("\n")) is not None


def _without_its_header_comment(text: str | None) -> str | None:
    """A template without the HTML comment that opens it above its front matter (`<!-- MADR 4.0.0 Template ..
    -->`, ahmadshalabi/luqma): the template's own header, no part of a record, and front matter opens a file."""
    if text is None or not text.startswith("<!--") or (end := text.find("-->")) < 0:
        return text
    rest = text[end + 3:].lstrip("\r\n \t")
    return rest if rest.startswith(_FENCE) else text


def unheld(record: Record, request: NewRecord) -> list[str]:
    """The options of ``request`` whose values ``record`` (the new record, read back) does not give."""
    wanted = {"cycle": request.cycle, "revisit": request.revisit, "tags": request.tags,
              "decision_makers": request.decision_makers,
              # by number: a record named by its day is linked by its file's name (checked in ``create.plan_new``)
              "supersedes": tuple(ref for ref in request.supersedes if isinstance(ref, int)),
              "relates_to": tuple(ref for ref in request.relates_to if isinstance(ref, int))}
    missing = []
    for field, value in wanted.items():
        if not value:
            continue
        found = getattr(record, field)
        if field == "revisit":
            found = found.text if found is not None else None
        if found != value:
            missing.append(OPTIONS[field])
    return missing


def refusal(dialect: Dialect, missing: list[str]) -> UsageError:
    names = {Dialect.NYGARD: "adr-tools", Dialect.MADR2: "MADR 2"}.get(dialect, dialect.value)
    return UsageError(f"this log's records are {names} records, which have no place adr reads "
                      f"{' and '.join(missing)} back from; leave {'it' if len(missing) == 1 else 'them'} out, or keep "
                      "the log with adrtool (an .adr.toml) to write front matter; not creating the record")


def _as_the_log_writes(request: NewRecord, number: int | None, records: Sequence[Record]) -> dict[str, object]:
    """What a record of adr-tools' shape takes from the log it joins: its title line framed as most of the latest
    records frame theirs (`ADR-008: Title` after `# ADR-007: ..`, `Title` where they carry no number; None:
    adr-tools' `8. Title`), whether it is dated (a log most of whose records have no day gets none), its date line
    as theirs (adr-cli's bare `2024-01-17`; None: adr-tools' `Date: 2024-01-17`), and its status as the first entry
    of a dated history where the log's records keep one (`2026-12-07 proposed`; None: adr-tools' `Proposed`)."""
    from adrtool.records.handwritten import date_line_as_the_log, log_heading
    from adrtool.records.vocabulary import dated_entry

    heading = log_heading(records, number, request.title) if number is not None else None
    return {"heading": heading.lstrip("#").strip() if heading else None, "dated": _dated(records),
            "date_line": date_line_as_the_log(records, request.date),
            "entry": dated_entry(request.status, request.date, records)}


def _dated(records: Sequence[Record]) -> bool:
    """Whether a new record of the log dates itself: always in a new log, else as most of its records do."""
    return not records or 2 * sum(record.date is not None for record in records) > len(records)


def _variables(request: NewRecord, number: int | None) -> dict[str, object]:
    return {"number": number, "title": request.title, "status": request.status, "date": request.date.isoformat(),
            "cycle": request.cycle, "revisit": request.revisit, "tags": request.tags,
            "decision_makers": request.decision_makers}


def template_text(template: Path | None) -> str | None:
    if template is None:
        return None
    from adrtool.errors import AdrError
    from adrtool.fsio import read_text

    try:
        if template.stat().st_size > TEMPLATE_LIMIT:
            return None
        return read_text(template).text
    except (AdrError, OSError):
        return None


# A placeholder of adr-tools' template, or of phodal/adr's in braces (`# {NUMBER}. {TITLE}`, `{DATE} proposed`).
_PLACED_WORD = re.compile(r"\{(NUMBER|TITLE|DATE|STATUS)\}|\b(NUMBER|TITLE|DATE|STATUS)\b")
_NUMBER_BEFORE_TITLE = re.compile(r"(?m)(?<=^# )NUMBER[.:)]?[ \t]+(?=TITLE)")


def _fill_nygard(text: str, request: NewRecord, number: int | None) -> str:
    """adr-tools' template as `adr new` fills it (each word's first use on a line), with a `Deciders:` and a
    `Revisit:` line under the `Date:` line when they are given."""
    values = {"NUMBER": str(number) if number is not None else "", "TITLE": request.title,
              "DATE": request.date.isoformat(), "STATUS": request.status.capitalize()}
    if number is None:  # a log of records named by their words: `# NUMBER. TITLE` is `# TITLE`
        text = _NUMBER_BEFORE_TITLE.sub("", text)
    lines = []
    for line in text.split("\n"):
        seen: set[str] = set()

        def fill(word: re.Match[str], seen: set[str] = seen) -> str:  # each word's first use, in one pass: a
            placed = word.group(1) or word.group(2)
            if placed in seen:  # title holding `DATE` is not filled again
                return word.group(0)
            seen.add(placed)
            return values[placed]

        filled = _PLACED_WORD.sub(fill, line)
        if "DATE" not in line and (placed := _date_placeholder_filled(line, request.date)) is not None:
            filled = placed  # `Date: DD-MM-YYYY`: the day in the order the placeholder names
        lines.append(filled)
        if "DATE" in line and line.lstrip().startswith("Date"):
            if request.decision_makers:
                lines.append(f"Deciders: {', '.join(request.decision_makers)}")
            if request.revisit:
                lines.append(f"Revisit: {request.revisit}")
    if "STATUS" not in text:
        _fill_status_placeholder(lines, request.status)
    return "\n".join(lines)


_DATE_KEY_LINE = re.compile(r"^(\s*(?:[*_]{1,2})?Date(?:[*_]{1,2})?\s*:\s*(?:[*_]{1,2})?\s*)(\S.*?)\s*$", re.IGNORECASE)


def _date_placeholder_filled(line: str, day: date) -> str | None:
    """A template's `Date: DD-MM-YYYY` line with ``day`` written in the order its placeholder names; None for
    any other line."""
    from adrtool.records.handwritten import day_as_placed
    from adrtool.records.values import places_a_day

    found = _DATE_KEY_LINE.match(line)
    if found is None or not places_a_day(found.group(2)):
        return None
    return f"{found.group(1)}{day_as_placed(found.group(2), day)}"


def _fill_status_placeholder(lines: list[str], status: str) -> None:
    """The Status section's first paragraph stating ``status`` where the template words it as a placeholder, not
    adr-tools' `STATUS`: the choices (`Proposed|Accepted|Deprecated`, `[proposed | accepted]`) or a question (`What
    is the status, such as proposed, accepted, rejected, deprecated, superseded, etc.?`); where it offers them as a
    list (`- Propuesto`, `- Aceptado`, a question over it perhaps), the list is the item of ``status`` alone, as
    written there. Its comments stay."""
    from adrtool.records.dialects.nygard import is_status_heading
    from adrtool.records.vocabulary import offered_as_a_list

    word = status.capitalize()

    heading = next((index for index, line in enumerate(lines) if line.startswith("#")
                    and is_status_heading(line.lstrip("#").strip())), None)
    if heading is None:
        return
    in_comment = False
    for index in range(heading + 1, len(lines)):
        text = lines[index].strip()
        if in_comment or text.startswith("<!--"):
            in_comment = "-->" not in text
            continue
        if not text:
            continue
        if text.startswith("#"):
            return
        if (listed := offered_as_a_list(lines, index + 1)) is not None:
            indent = lines[listed.first][:len(lines[listed.first]) - len(lines[listed.first].lstrip())]
            lines[listed.first:listed.last + 1] = [f"{indent}{_offered_item(listed.choices, status) or word}"]
        elif _STATUS_PLACEHOLDER.fullmatch(text):
            lines[index] = lines[index][:len(lines[index]) - len(lines[index].lstrip())] + word
        return


def _offered_item(choices: list[str], status: str) -> str | None:
    """The words of the item of a template's list of statuses offered that states ``status`` (`Propuesto`), None
    where none does."""
    from adrtool.records.values import read_status

    words = [choice.strip("*_~ \t") for choice in choices]
    return next((said for said in words if read_status(said).status == status), None)


# A status a template leaves for its author: choices between bars, bracketed or not, or a question.
_STATUS_PLACEHOLDER = re.compile(r"[\[{<(]?\s*[^\W\d_][^|\n]{0,40}(?:\|[^|\n]{1,40}){1,9}[\]}>)]?|[^\n]{1,200}\?")


def _madr2_bullets(lines: list[str]) -> tuple[int, dict[str, int]] | None:
    """The index of the template's title line and its metadata bullets' keys with their 1-based lines; None
    when it has no `Status` bullet under a title."""
    from adrtool.records.dialects import madr2

    title = next((index for index, line in enumerate(lines) if line.startswith("# ")), None)
    if title is None:
        return None
    meta, key_lines, _ = madr2.metadata(lines, title)
    return (title, key_lines) if "status" in meta else None


def _fill_madr2(text: str, request: NewRecord, number: int | None, records: Sequence[Record],
                template: Path | None = None) -> str:
    """A MADR 2 or log4brains template with its title, status (in the log's word, ``_status_as_the_log``) and date
    bullets (and deciders and tags when given) filled, and bullets for the other options after its last one, keyed
    as its bullets are (`- **Deciders:**`). The title is written as the log's latest records write theirs where they
    number it (`# 14. Contrat ..` under a template's `# NNNN. Titre`); a day is added where the template has no
    date bullet only in a log most of whose records are dated, as the newest of them states its own
    (`- **Date:** 2019.11.1`)."""
    from adrtool.records.handwritten import BULLET_KEY, date_bullet_as_the_log, log_heading

    lines = text.split("\n")
    found = _madr2_bullets(lines)
    assert found is not None
    title, key_lines = found
    numbered = log_heading(records, number, request.title) if number is not None else None
    lines[title] = numbered or f"# {request.title}"
    values = {"status": _status_as_the_log(request.status, text, template, records),
              "date": request.date.isoformat(),
              "deciders": ", ".join(request.decision_makers), "decision-makers": ", ".join(request.decision_makers),
              "tags": ", ".join(request.tags)}
    for key, line in key_lines.items():
        bullet = BULLET_KEY.match(lines[line - 1])
        if values.get(key) and bullet is not None:
            opening = bullet.group(0).rstrip()
            lines[line - 1] = f"{opening}{'' if opening.endswith('：') else ' '}{values[key]}"
    at = max(key_lines.values())
    extra = []
    if "date" not in key_lines and _dated(records):
        extra.append(date_bullet_as_the_log(records, request.date)
                     or _keyed_as(lines[at - 1], "Date", request.date.isoformat()))
    if request.decision_makers and not {"deciders", "decision-makers"} & set(key_lines):
        extra.append(_keyed_as(lines[at - 1], "Deciders", values["deciders"]))
    if request.cycle:
        extra.append(_keyed_as(lines[at - 1], "Cycle", request.cycle))
    if request.revisit:
        extra.append(_keyed_as(lines[at - 1], "Revisit", request.revisit))
    if request.tags and "tags" not in key_lines:
        extra.append(_keyed_as(lines[at - 1], "Tags", values["tags"]))
    lines[at:at] = extra
    return "\n".join(lines)


# A bullet's key as written, around the key's words: `- **` `Status` `:** ` (`* Status: `, `- **Status**: `).
_BULLET_PARTS = re.compile(r"(\s{0,3}[*-]\s+(?:\*\*|__)?)([^:：*_]+?)(\s*(?:\*\*|__)?\s*[:：](?:\*\*|__)?\s*)")


def _keyed_as(bullet: str, key: str, value: str) -> str:
    """A bullet stating ``value`` under ``key``, keyed as ``bullet`` is (`- **Deciders:** ..` beside `- **Status:**
    ..`); `* Key: ` beside a line that is no keyed bullet."""
    found = _BULLET_PARTS.match(bullet)
    if found is None:
        return f"* {key}: {value}"
    opening, joint = found.group(1), found.group(3)
    return f"{opening}{key}{joint if joint.endswith((' ', '：')) else joint + ' '}{value}"


def _status_as_the_log(status: str, text: str, template: Path | None, records: Sequence[Record]) -> str:
    """``status`` in the word and case the log's records or its ``template`` (``text``) show
    (``vocabulary.status_word``): `Proposed` beside records' `Accepted`; ``status`` where neither shows one."""
    from adrtool.records.dialects import parse_text
    from adrtool.records.vocabulary import status_word

    if template is None:
        return status
    try:
        shape = parse_text(text, template.parent, _A_TEMPLATES_NAME, template)
    except AdrError:
        return status
    return status_word(status, shape, records, template) or status


_A_TEMPLATES_NAME = "0001-choices.md"  # a template read as a record is: under a record's name


def _fill_front_matter(text: str, request: NewRecord, word: str | None, number: int | None = None,
                       records: Sequence[Record] = ()) -> str:
    """A MADR 3/4 template: its `status`, `date` (and `decision-makers` when given) keys, however the template
    spells them (`statut`, `décideurs`), and its title heading filled (framed as the log's records number theirs:
    `# ADR-0027 - Title` after zen-cli's `# ADR-0026 - ..`), the other options as keys before the closing fence. A
    key adr fills is the new record's once, where the template first writes it (`status: proposed # proposed |
    accepted` and `status: accepted` made a record read as accepted), and a relation the template holds filled
    (`superseded-by: [9]`) is no relation of the new record."""
    lines = text.split("\n")
    try:
        closing = lines.index(_FENCE, 1)
    except ValueError:
        return text
    values = {"status": yaml_scalar(word or request.status), "date": request.date.isoformat()}
    if request.decision_makers:
        values["decision-makers"] = yaml_list(request.decision_makers)
    appended = {key for key, value in (("cycle", request.cycle), ("revisit", request.revisit),
                                       ("tags", request.tags), ("supersedes", request.supersedes),
                                       ("relates-to", request.relates_to)) if value}
    filled = {*values, *appended}
    head = lines[:1]
    entries = _front_matter_entries(lines[1:closing])
    keys, dated = {canonical_key(key) for key, _ in entries if key}, set()
    for key, entry in entries:
        meant = canonical_key(key) if key else key  # the key in the log's language (`statut`, `décideurs`)
        if meant in values:
            written = values.pop(meant)
            if meant == "status" and entry[0].split(":", 1)[1].strip()[:1] == '"' and written[:1] != '"':
                written = f'"{written}"'  # quoted as the template quotes it (MADR 4: `status: "{proposed | ..}"`)
            head.append(f"{key}: {written}")
        elif key and meant in _DAYS_OF_WRITING and meant not in filled:  # `created: YYYY-MM-DD`: the record's day
            if meant not in dated:
                head.append(f"{key}: {request.date.isoformat()}")
                dated.add(meant)
            if meant in RECORD_DAY_KEYS and "date" not in keys:
                values.pop("date", None)  # (read as its day: no `date:` beside it)
        elif key and number is not None and len(entry) == 1 and _NUMBER_PLACEHOLDER.fullmatch(
                entry[0].split(":", 1)[1].strip()) is not None:
            head.append(f"{key}: {number}")  # `nav_order: { NNNN which matches the ADR number }` (screamer)
        elif key and meant not in filled and _a_placeholder(" ".join(line.strip() for line in entry).split(":", 1)[1]):
            head.append(f"{key}: {'[]' if meant in NAME_KEYS | _RELATIONS else chr(34) * 2}")  # the author's to give
        elif meant not in filled and not (key and meant in _RELATIONS and _names_a_record(entry)):
            head += entry
    extra = [f"{key}: {value}" for key, value in values.items()]
    extra += _navigation(records, keys, number)
    for key, value in (("cycle", request.cycle), ("revisit", request.revisit)):
        if value:
            extra.append(f"{key}: {yaml_scalar(value)}")
    for key, items in (("tags", request.tags), ("supersedes", request.supersedes),
                       ("relates-to", request.relates_to)):
        if items:
            extra.append(f"{key}: {yaml_list(items)}")
    lines[:closing] = [*head, *extra]
    closing = len(head) + len(extra)
    for index in range(closing + 1, len(lines)):
        if lines[index].startswith("# "):
            lines[index] = numbered_heading(records, number, request.title) or f"# {request.title}"
            break
    return "\n".join(lines)


def _a_placeholder(value: str) -> bool:
    """Whether a template's front-matter ``value`` (as written after its key) is a placeholder, no value of a new
    record's: words in braces (`{list everyone involved in the decision}`, `"{proposed | accepted}"`, wrapped over
    lines as Prettier wraps MADR 4's template), or a sample
    the hint in braces after it says what belongs there (alithya's `Anakin Skywalker  # {list everyone ...}`)."""
    text = value.strip()
    return _HINT_AFTER.search(text) is not None or _IN_BRACES.fullmatch(text) is not None


# A YAML comment that is a placeholder, after a key's sample value (`  # {list everyone involved in the decision}`).
_HINT_AFTER = re.compile(r"\S[ \t]+#[ \t]*\{[^{}\n]*[^\W\d_][^{}\n]*\}[ \t]*$")
# A key's whole value in braces, quoted or not, holding words, not a YAML map's `key: value` pairs.
_IN_BRACES = re.compile(r"([\"']?)\{[ \t]*[^\W\d_](?:(?!: )[^{}\n])*\}\1")


def _navigation(records: Sequence[Record], keys: set[str], number: int | None) -> list[str]:
    """Just the Docs' navigation keys a template lacks where every front-matter record of the log gives them
    (anirbanbasu/ari's `parent: Decisions` / `nav_order: 16`): `parent` as they give it, `nav_order` the new
    record's number where they give their own, else the next after theirs."""
    kept = [record for record in records if record.format is Dialect.FRONTMATTER]
    if len(kept) < _SHAPED_AT_LEAST or "parent" in keys or not _alike(kept, "parent") \
            or isinstance(kept[0].meta["parent"], dict):
        return []
    added = [f"parent: {yaml_scalar(str(kept[0].meta['parent']))}"]
    orders = [record.meta.get("nav_order") for record in kept]
    if "nav_order" in keys or not all(type(order) is int for order in orders):
        return added
    numbered = _numbered_by(kept, "nav_order") == ("", 0) and number is not None
    return [*added, f"nav_order: {number if numbered else max(cast('list[int]', orders)) + 1}"]


def numbered_heading(records: Sequence[Record], number: int | None, title: str) -> str | None:
    """The new record's title line framed as the log's records frame theirs, where that frame carries the number."""
    from adrtool.records.handwritten import log_frame

    frame = log_frame(records) if number is not None else None
    return frame.format(number=number, title=title) if frame is not None and "{number" in frame else None


# The relations a template may hold filled, both ways (``adrtool.records.relations.BUILT_IN``).
_RELATIONS = frozenset({"supersedes", "superseded-by", "relates-to", "amends", "amended-by"})


# A template's placeholder for the record's number as a key's value (`{ NNNN which matches the ADR number }`).
_NUMBER_PLACEHOLDER = re.compile(r"[\"']?\{\s*(?:N{3,}|X{3,}|#{3,}|(?:the\s+)?(?:adr\s+)?number)\b[^{}]*\}[\"']?",
                                 re.IGNORECASE)


def _front_matter_entries(lines: list[str]) -> list[tuple[str, list[str]]]:
    """The front matter's lines (between its fences) as entries: the key a line opens (`status`, or one commented
    out as ``_COMMENTED_KEY`` reads it; "" for a comment or a blank line) and that line with those continuing its
    value (indented, or the items of a block list)."""
    entries: list[tuple[str, list[str]]] = []
    for line in lines:
        if entries and entries[-1][0] and (line[:1] in (" ", "\t") or line[:2] in ("- ", "-\t") or line == "-"):
            entries[-1][1].append(line)
            continue
        commented = _COMMENTED_KEY.match(line)
        key = commented.group(1) if commented is not None else line.split(":", 1)[0] if ":" in line else ""
        entries.append((key if commented is not None or line[:1] != "#" else "", [line]))
    return entries


def _each_key_once(entries: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """``entries`` (``_front_matter_entries``) without a key's second entry (`Deciders:` twice, or `Deciders:` and
    `decision-makers:`): a new record written from them gives each key once, where it is first written."""
    seen: set[str] = set()
    once = []
    for key, entry in entries:
        meant = canonical_key(key) if key and not entry[0].startswith("#") else ""
        if meant in seen:
            continue
        if meant:
            seen.add(meant)
        once.append((key, entry))
    return once


def _names_a_record(entry: list[str]) -> bool:
    """Whether a relation's entry names a record (`[9]`, `- 0009`), not a placeholder (`"{ADR-xxxx}"`) or none."""
    value = "\n".join(entry).split(":", 1)[1] if ":" in entry[0] else ""
    value = re.sub(r"\s#.*", "", value)
    return "{" not in value and re.search(r"\d", value) is not None


def with_the_log_s_header(text: str, records: Sequence[Record]) -> str:
    """The new record's ``text`` with the HTML comment block every one of the log's ``records`` (two at least) opens
    with, at its top or between its front matter and its title (a REUSE licence header, `<!-- SPDX-FileCopyrightText:
    2026 Tazlin ... -->`), as the newest writes it, its year too; ``text`` as it is where they open otherwise, their
    blocks differ apart from their years, or ``text`` has the block already."""
    ordered = sorted(records, key=lambda record: (record.number or 0, record.filename))
    if len(ordered) < _SHAPED_AT_LEAST:
        return text
    newest = _opening_comment(lines_of(ordered[-1].path) or [])
    if newest is None or any(_yearless(_opening_comment(lines_of(record.path) or [])) != _yearless(newest)
                             for record in ordered[:-1]):  # (any() stops at the first that opens otherwise)
        return text
    placed, block = newest
    if "\n".join(block) in text:
        return text
    lines = text.split("\n")
    if placed == "top":
        return "\n".join([*block, "", *lines])
    if not lines or lines[0] != _FENCE or _FENCE not in lines[1:]:
        return text
    closing = lines.index(_FENCE, 1)
    body = lines[closing + 1:]
    while body and not body[0].strip():
        body.pop(0)
    return "\n".join([*lines[:closing + 1], "", *block, "", *body])


def _opening_comment(lines: list[str]) -> tuple[str, list[str]] | None:
    """The HTML comment block ``lines`` (a record) open with, and where: ("top", its lines) at the top of the file,
    ("after front matter", its lines) as the first thing after the front matter; None where they open otherwise."""
    at, placed = 0, "top"
    if lines and lines[0] == _FENCE:
        if _FENCE not in lines[1:]:
            return None
        at, placed = lines.index(_FENCE, 1) + 1, "after front matter"
        while at < len(lines) and not lines[at].strip():
            at += 1
    if at >= len(lines) or not lines[at].startswith("<!--"):
        return None
    end = next((index for index in range(at, len(lines)) if "-->" in lines[index]), None)
    if end is None or lines[end].split("-->", 1)[1].strip():
        return None
    return placed, lines[at:end + 1]


def _yearless(opening: tuple[str, list[str]] | None) -> tuple[str, str] | None:
    """An opening comment's place and text with its years left out: records' headers differ in their years alone (a
    header naming the record's own number is none of the log's)."""
    return (opening[0], _YEAR.sub("", "\n".join(opening[1]))) if opening is not None else None


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
