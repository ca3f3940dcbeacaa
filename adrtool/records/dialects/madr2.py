"""MADR 2 and log4brains: `* Status: accepted` (or `- Status:`) bullets under the title.

The bullets usually follow the title directly; pyadr's logs may have a paragraph (`Adapted from ...`) or a
`Technical Story:` line first, elastic/cloud-on-k8s's one that opens with emphasis (`**Update (2019-07-30):**`):
the first bullet list before the first section is the record's metadata. HTML comments among the bullets
(`<!-- vale off -->`) are skipped, and a bullet wrapped onto an indented line goes on there, as one that runs
on unindented lines up to the next bullet does (Markdown's lazy continuation). The template's `## Links` section
lists a record's links to others, one a bullet (`* Refined by [ADR-0005](0005-x.md)`, `- Related:
[ADR-0006](0006-y.md) - why`, `* [Related to] ADR-0002`).
"""

from __future__ import annotations

import dataclasses
import re
import sys
import unicodedata
from typing import Any

from adrtool.model import Link
from adrtool.patterns import deferred
from adrtool.records import markdown
from adrtool.records.comments import left_open
from adrtool.records.dialects.normalize import LOCALIZED_KEYS, canonical_key, key_spelling
from adrtool.records.dialects.nygard import (
    PARTIAL,
    PARTLY,
    fields_after_the_first,
    header,
    is_header_line,
    is_label,
    label_key,
    link_on_the_next_line,
    link_target,
)
from adrtool.records.names import linked_identity
from adrtool.records.values import (
    SUPERSEDED_WORD,
    SUPERSEDES_WORD,
    a_run_in_value,
    after_shortcode,
    date_alone,
    dates_as_data,
    lifecycle_word,
    names_a_supersession,
    read_date,
    supersession_named,
)

# The vowel and other marks written over and under the letters of Indic and Thai words, which no `\w` matches
# (`วันที่`, `स्थिति`, `তারিখ`): a key's word goes on over them.
COMBINING_MARKS = "[\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0983\u09bc-\u09d7\u09e2\u09e3" \
    "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]"
# The value's trailing blanks are stripped after the match (a lazy group followed by `\s*$` would try the end
# of the line at every character of the value); the key's words are one blank or `-` apart, so that it cannot end
# in a run of blanks the pattern after it would take apart again. The colon may be the full-width one of CJK text
# (`- **状态**：已采纳`); a remark in brackets may qualify the key (`- Date (MSK): 2026-02-05 19:57 MSK`).
_BULLET = re.compile(
    r"\s{0,3}[*+-]\s+(?:\*\*|__|\*|_)?([^\W\d_](?:[ -]?(?:[^\W\d_]|" + COMBINING_MARKS + r"))*(?:\(s\))?)"
    r"(?:[ \t]+\([^()\n]{1,24}\))?"
    r"(?:(?:\*\*|__|\*|_)?\s*[:：](?:\*\*|__|\*|_)?|\.(?:\*\*|__)(?=\s))\s*(.*)")


def key_of(label: str) -> str:
    """The metadata key a bullet's label names (`Decision makers` -> `decision-makers`; `Statut` -> `status`)."""
    key = key_spelling(label)
    return LOCALIZED_KEYS.get(key, key)


def metadata(lines: list[str], after: int) -> tuple[dict[str, Any], dict[str, int], int]:
    """The bullet list of `Key: value` lines that follows line index ``after`` (the title), and the index of
    the line that ended it (``len(lines)`` when the lines ran out first)."""
    meta: dict[str, Any] = {}
    key_lines: dict[str, int] = {}
    started = False
    last_key: str | None = None  # the key of the bullet just read, which an indented line continues
    wrapped: dict[str, list[str]] = {}  # each wrapped bullet's value, line by line
    index = after + 1
    if index + 1 < len(lines) and (lines[index][:2] == "# " or lines[index + 1][:2] == "# "):
        index = _past_a_second_title(lines, index)
    while index < len(lines):
        line = lines[index]
        if not line or line.isspace():
            if started:
                following = lines[index + 1][:1] if index + 1 < len(lines) else ""
                if following == ">":  # a note quoted among the bullets (`> ⚠️ **Do not rely on this ADR.**`)
                    past = index + 1
                    while past < len(lines) and lines[past][:1] == ">":
                        past += 1
                    going_on = _more_metadata(lines, past, meta)
                    if going_on < 0:
                        break
                    index = going_on
                    continue
                if following not in ("*", "-", "+", "", " ", "\t"):  # a section or a paragraph: the list ended
                    break
                going_on = _more_metadata(lines, index + 1, meta)
                if going_on < 0:
                    break
                index = going_on
                continue
            index += 1
            continue
        if last_key is not None and line[:2] == "  " and line.lstrip()[:2] in markdown.LIST_MARKS:
            # An item under the bullet just read: `* Deciders:` over a list of them is that list; under a
            # bullet that has its value, the item is no metadata, except a supersede relation under the status
            # (`- Status: Accepted` over `  - Supersedes X (ADR#0000)`): read as `Accepted; Supersedes ...`.
            item = line.lstrip()[2:].strip()
            if not meta[last_key] or (meta[last_key][:4] == "<!--" and meta[last_key].endswith("-->")
                                      and "-->" not in meta[last_key][4:-3]):
                meta[last_key] = [item]  # `* Date(s): <!-- required -->` over them: the template's hint, no value
            elif type(meta[last_key]) is list:
                meta[last_key].append(item)
            elif last_key == "status" and item[:1] in "Ss" and names_a_supersession(item):
                wrapped.setdefault(last_key, [meta[last_key]]).append(f"; {item}")
            index += 1
            continue
        bullet = _bullet(line)
        if bullet is None:
            if not started and line[:1] in _RELATION_OPENINGS \
                    and (relation := _relation_line(lines, index)) is not None:
                key, (value, number) = relation  # `Supersedes: 0001-x.md` over the bullets: read with them
                if key not in meta:
                    meta[key], key_lines[key] = value, number
                index += 1
                continue
            if "<!--" in line and line.lstrip().startswith("<!--"):
                index = _after_comment(lines, index)
                continue
            if last_key is not None and line[:2].isspace() and line.strip()[:1] not in ("*", "-", "+"):
                value = meta[last_key]
                if type(value) is list:  # the last item of a list under the bullet wraps onto it
                    value[-1] = f"{value[-1]} {line.strip()}"
                else:  # the bullet wraps onto it
                    wrapped.setdefault(last_key, [value]).append(line.strip())
                index += 1
                continue
            if started and line[:2] in markdown.LIST_MARKS:
                if line[2:7].lower() == "date " and "date" not in meta and date_alone(line[7:]) is not None:
                    meta["date"], key_lines["date"] = line[7:].strip(), index + 1  # `- Date 2023-09-26`, no colon
                last_key = None
                index += 1  # a bullet with no key among them (`* [Previous revision](..)`): the list goes on
                continue
            if last_key is not None and (lazy := _lazy_lines(lines, index)) > index:
                # the bullet runs on unindented (Markdown's lazy continuation) up to the next bullet
                value = meta[last_key]
                if type(value) is list:  # the last item of a list under the bullet runs on
                    value[-1] = " ".join([value[-1], *(part.strip() for part in lines[index:lazy])])
                else:
                    wrapped.setdefault(last_key, [value]).extend(part.strip() for part in lines[index:lazy])
                index = lazy
                continue
            if not started and line[:3] in ("---", "***", "___") and not line.strip(line[0]) \
                    and _nothing_shown(lines, after + 1, index):
                index += 1  # a rule straight under the title, over the bullets (univention/decision-records), a
                continue  # comment between them too; after a paragraph, a rule ends the search (`**Note**` over `***`)
            if not started and line[:2] in markdown.LIST_MARKS and line[2:3] not in (" ", "*", "-", ""):
                index += 1  # an item of a list before the bullets (cloud-on-k8s 0003's `**Update**:` note lists
                continue  # what it restricts): the search goes on, as past a paragraph
            if started or (line[:1] in _BLOCK_OPENINGS and (line[:1] in "#|`~<" or _opens_a_block(line))) \
                    or (line[:2] in ("**", "__") and is_header_line(line)):
                break  # the list ended; a section, another list or a block comes first; or the metadata is in
                # lines of their own (`**Statut**: Accepté`), and bullets below are the body's
            index += 1  # a paragraph before the bullets (`**Update (2019-07-30):** we decided ...` too)
            continue
        started = True
        key, value = bullet[0], unquoted(bullet[1])
        last_key = None
        if key not in meta:
            meta[key] = value
            key_lines[key] = index + 1
            last_key = key
        index += 1
    for key, parts in wrapped.items():
        meta[key] = " ".join(parts)
    if "date" not in meta and type(meta.get("status")) is str and " | " in meta["status"] \
            and (day := fields_after_the_first(meta["status"]).get("date")) is not None:
        meta["date"], key_lines["date"] = day, key_lines["status"]  # `* Status: proposed | Date: 2026-02-01`
    if "data" in meta and "date" not in meta and dates_as_data(str(meta["data"])):  # Italian, Portuguese
        meta["date"] = meta.pop("data")
        key_lines["date"] = key_lines.pop("data")
    return meta, key_lines, index


def unquoted(value: str) -> str:
    """A bullet's ``value`` without the one pair of quotes around it all (`* Status: "accepted"`: MADR 3's
    front-matter quoting kept in MADR 2's bullets), as a person reads it."""
    if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'" and value[0] not in value[1:-1]:
        return value[1:-1]
    return value


_BLOCK_OPENINGS = frozenset("*-+#|`~< \t")  # how a line ``_opens_a_block`` may judge so opens (a cheap look first)


def _opens_a_block(line: str) -> bool:
    """Whether ``line`` opens what ends the search for the bullets before any is read: a heading, a list item
    or a rule, a table, a fence, HTML; not a paragraph that opens with emphasis (`**Update:** ...`)."""
    plain = line.lstrip()
    first = plain[:1]
    if first in ("*", "-", "+"):
        return plain[1:2] in (" ", "\t", "") or not plain.replace(" ", "").strip(first)  # an item, or `***`
    return first in ("#", "|", "`", "~", "<")


def _lazy_lines(lines: list[str], index: int) -> int:
    """The index of the keyed bullet that follows the unindented lines a bullet runs on to from line index
    ``index`` (Markdown's lazy continuation: `* Status: rejected in July 2019. The updater is moved` / `into
    an init container.` / `* Date: 2019-05-28`); ``index`` itself when no keyed bullet follows them (a
    paragraph after the list, however it is written, ends the list)."""
    end = index
    while end < len(lines) and lines[end].strip() and not _opens_a_block(lines[end]) \
            and lines[end].lstrip()[:1] not in (">", "+"):
        end += 1
    if end == index or end == len(lines) or lines[end][:2] not in markdown.LIST_MARKS or _bullet(lines[end]) is None:
        return index
    return end


# Keys no language writes otherwise (the bullet's key as it is, no look-up in LOCALIZED_KEYS).
_ENGLISH_KEYS = frozenset({"status", "date", "deciders", "tags", "consulted", "informed"})
# The keys MADR 2's and log4brains' templates put in the bullets under the title.
_TEMPLATE_KEYS = frozenset({"status", "date", "deciders", "decision-makers", "consulted", "informed", "tags",
                            "technical-story", "last-updated", "created"})


# A key in bold with no colon after it (GridTools/gt4py's `- **Status** deprecated`, `- **Created** 2022-02-09`), for
# a status and days alone, their values as such: the bold sets the key apart as a colon would.
_BOLD_KEY = deferred(r"[*+-][ \t]+(\*\*|__)([^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+){0,2})\1[ \t]+(\S.*)")
_BOLD_ALONE_KEYS = frozenset({"status", "date", "created", "updated", "last-updated"})


def _a_value_of(key: str, value: str) -> bool:
    """Whether ``value`` after a bold key with no colon is that key's: a lifecycle word opening a status's, a day
    a day's (`- **Status** quo: keep the cron job` is prose)."""
    if key == "status":
        word = value.split(None, 1)[0].strip(".,;:").lower() if value.strip() else ""
        return lifecycle_word(word) is not None
    return read_date(value.strip()).day is not None


def _past_a_second_title(lines: list[str], index: int) -> int:
    """Where the bullets under a title start looking from line index ``index``: past a second level-1 heading that
    follows the title over them (RelationalFabric/canon's title written twice, bbc/react-transcript-editor's heading
    pasted from another record), else ``index`` itself."""
    at = index
    while at < len(lines) and not lines[at].strip():
        at += 1
    if at == len(lines) or lines[at][:2] != "# ":
        return index
    bullet = at + 1
    while bullet < len(lines) and not lines[bullet].strip():
        bullet += 1
    read = _bullet(lines[bullet]) if bullet < len(lines) else None
    return at + 1 if read is not None and read[0] in _TEMPLATE_KEYS else index  # `# Background` over `* Cost: ..`


def _more_metadata(lines: list[str], index: int, meta: dict[str, Any]) -> int:
    """The index of the bullet with which the bullets go on after blank lines (from line index ``index``),
    when it holds another of the template's keys, or another key while no status was read yet (a list
    loosened by blank lines, `* **Author**: B.` then `* **Title**: ...` then `* **Status**: accepted.`, not
    the body's first list); -1 when they end."""
    while index < len(lines) and not lines[index].strip():
        index += 1
    bullet = _bullet(lines[index]) if index < len(lines) and lines[index][:1] in ("*", "-", "+") else None
    if bullet is None or bullet[0] in meta:
        return -1
    return index if bullet[0] in _TEMPLATE_KEYS or "status" not in meta or canonical_key(bullet[0]) in _SUPERSEDE \
        else -1


# The supersede relation, which goes on the bullets after a blank line (kumahq/kuma's `* Status: accepted`, a
# blank line, `* Supersedes: [MADR 093](093-x.md)`) and is read from a line of its own under them.
_SUPERSEDE = frozenset({"supersedes", "superseded-by"})


def relations_under(lines: list[str], ended: int, meta: dict[str, Any]) -> dict[str, tuple[str, int]]:
    """The supersede relations lines of their own under the bullets (from line index ``ended``, where they ended)
    name up to the first section, beside `Technical Story:` (kumahq/kuma: `Supersedes:
    https://github.com/kumahq/kuma/blob/master/docs/madr/decisions/036-internal-listeners.md`), for the keys
    the bullets name not: each key's value and its 1-based line."""
    found: dict[str, tuple[str, int]] = {}
    for index in range(ended, len(lines)):
        line = lines[index]
        if line[:1] == "#" or line[:3] in ("```", "~~~"):
            break
        if line[:1] not in _RELATION_OPENINGS or ("upers" not in line and "eplace" not in line):
            continue  # nearly every line: no relation's key (a cheap look first)
        for key, value in header(lines, index - 1, _relation_end(lines, index)).items():
            key = canonical_key(key)
            if key in _SUPERSEDE and key not in found and not any(canonical_key(name) == key for name in meta):
                found[key] = value
    return found


_RELATION_OPENINGS = frozenset("SsRr*_")


def _relation_line(lines: list[str], index: int) -> tuple[str, tuple[str, int]] | None:
    """The supersede relation line index ``index`` is, as a header line writes one (`Supersedes: 0001-x.md`,
    `**Superseded by: [0005-y.md](0005-y.md)**`: V-Sekai/manuals' records over their `- Status:` bullets), as
    (key, (value, 1-based line)); None for any other line (a cheap look first)."""
    line = lines[index]
    if line[:1] not in _RELATION_OPENINGS or ("upers" not in line and "eplace" not in line):
        return None
    for key, value in header(lines, index - 1, _relation_end(lines, index)).items():
        key = canonical_key(key)
        if key in _SUPERSEDE:
            return key, value
    return None


def _relation_end(lines: list[str], index: int) -> int:
    """The line index the relation line index ``index`` is runs to: past the next line when its link is wrapped
    onto it (`Superseded by` / `[B](./b.md).`)."""
    return index + 2 if link_on_the_next_line(lines, index, len(lines)) is not None else index + 1


def _nothing_shown(lines: list[str], start: int, end: int) -> bool:
    """Whether the lines from ``start`` to ``end`` are blank or HTML comments (the editors' notes under a title,
    `<!--` / `- Max line length: 120` / `-->`)."""
    index = start
    while index < end:
        line = lines[index].lstrip()
        if line[:4] == "<!--":
            index = _after_comment(lines, index)
        elif line:
            return False
        else:
            index += 1
    return True


def _after_comment(lines: list[str], index: int) -> int:
    """The index of the line after the HTML comment that opens on line ``index``."""
    opened = lines[index].lstrip()
    if not left_open(opened):
        return index + 1
    rest = opened[4:]
    while "-->" not in rest:
        index += 1
        if index == len(lines):
            return index
        rest = lines[index]
    return index + 1


def _bullet(line: str) -> tuple[str, str] | None:
    """(key, value) of a `* Key: value` line, as `_BULLET` reads it; the usual form (`* Status: accepted`, a
    `-` for the `*`, one word before the colon) without the expression, which costs three times as much."""
    if line[:2] in ("* ", "- "):
        label, colon, value = line[2:].partition(": ")
        if colon and label.isascii() and label.isalpha() and not value[:1].isspace() \
                and not value.startswith(("**", "__")):
            key = label.lower()
            return sys.intern(key if key in _ENGLISH_KEYS else LOCALIZED_KEYS.get(key, key)), value.rstrip()
    if line[2:3] > "\u2000" and line[:2] in ("* ", "- ") and (unmarked := _unmarked(line)) is not None:
        return _bullet(unmarked)
    if line[2:3] == ":" and line[:2] in ("* ", "- ") and (bare := after_shortcode(line[2:])) is not line[2:] \
            and bare[:1] != ":":
        return _bullet(line[:2] + bare)  # `* :white_check_mark: _Status:_ Accepted`
    match = _BULLET.fullmatch(line)
    if match is None:
        if line[:2] in ("* ", "- ", "+ ") and ("upers" in line or "eplace" in line or "upercede" in line):
            return supersession_named(line[2:])  # `* Supercedes #0003`, `* **Superceded** by ADR #0009`
        if line[2:4] in ("**", "__") and (bold := _BOLD_KEY.fullmatch(line)) is not None \
                and (key := key_of(bold.group(2))) in _BOLD_ALONE_KEYS and _a_value_of(key, bold.group(3)):
            return sys.intern(key), bold.group(3).rstrip()  # `- **Status** deprecated`: the bold its colon
        return None
    key = sys.intern(key_of(match.group(1)))
    if line[match.end(1):match.end(1) + 1] == "." and not a_run_in_value(key, match.group(2)):
        return None  # `- **Created.** By the platform team`: a run-in heading over prose, no field
    if key in PARTLY and PARTIAL.search(line, match.end(1), match.start(2)):
        key = PARTLY[key]  # `* Supersedes (partially): [ADR-0008](..)`: amends
    return key, match.group(2).rstrip()


def _unmarked(line: str) -> str | None:
    """A bullet whose key opens with a pictograph (`- 📅 Date: 2024/10/03`, `- 👷 Decision taken by: T.`, as
    octo-technology's template writes its keys) without it; None when the bullet opens otherwise (a word in
    any script, `- → Date: x`, an arrow or other mark that is no pictograph)."""
    mark, blank, rest = line[2:].partition(" ")
    if not blank or not rest[:1].isalpha() or len(mark) > _MARK_LENGTH \
            or not all(unicodedata.category(char) == "So" or char in _JOINERS for char in mark) \
            or unicodedata.category(mark[0]) != "So":
        return None
    return line[:2] + rest


_MARK_LENGTH = 4  # one pictograph: with a variation selector (`⚠️`), or a few joined (`🧑‍💻`)
_JOINERS = frozenset("\ufe0f\u200d")


def is_metadata(meta: dict[str, Any]) -> bool:
    """Whether bullets under a title are MADR 2's metadata (not just any list): a status (or a state in its
    words), a date or deciders, or the day the record was written under another name holding a day
    (wagtail/rfcs' `* Created: 2019-11-12` with no status; not `* Created: a new queue`)."""
    if "status" in meta or "date" in meta or "deciders" in meta:
        return True
    if type(state := meta.get("state")) is str and lifecycle_word(state.strip()) is not None:
        return True  # dapr/proposals' `* State: Approved` over `* Updated: 2023-10-24`
    if _DAY_KEYS.isdisjoint(meta):  # nearly every list that is no metadata: none of these keys
        return False
    return any(type(value := meta.get(key)) is str and read_date(value).day is not None for key in _DAY_KEYS)


_DAY_KEYS = frozenset({"created", "start-date", "created-date", "creation-date"})


_ITEM = re.compile(r"\s{0,3}[*+-]\s+(.*)")
_LABEL_IN_BRACKETS = deferred(r"\[([^\[\]]{1,41})\](?!\()\s*[:：]?\s*(.*)")  # `[Related to] ADR-0002`
# The Links section in the languages logs are kept in (`## Enlaces`); `Links` in English, German and Dutch; a
# References section (read for relative links only).
_RELATIONS = frozenset({"supersedes", "superseded-by", "relates-to", "amends", "amended-by"})
_SUPERSEDE_OR_AMEND = frozenset({"supersedes", "superseded-by", "amends", "amended-by"})
# MADR 3 and 4's closing section, where their records name the records they supersede (miwurster/relay's `- Supersedes
# [ADR-0019](..)`) among prose and other links.
MORE_INFORMATION = "more information"
_LINKS_HEADINGS = frozenset({"links", "references", "enlaces", "liens", "collegamenti", "ligações", "ligacoes",
                             "verweise", "koppelingen", "linki", "odnośniki", "ссылки", "リンク", "链接", "連結",
                             "링크"})
# Between two links of one bullet, where the sentence before the next link starts
# (`Aterriza en: [..](..). Relacionado: [ADR-0006](..)`, `Contrato: [..](..) · Backlog: [..](..)`).
_SENTENCE_BREAK = deferred(r"[.;·|。；]")
_REMARK = re.compile(r"[(（][^()（）]*[)）]")  # `[ADR-0008](..) (hexagonal), [ADR-0007](..)`
_MARKDOWN_LINK = re.compile(r"\[([^\[\]]*)\]\(([^()\s]+)\)")  # no `[` in the label: linear on any line
_ADR_REFERENCE = deferred(r"ADR[-_ ]?0*(\d+)\b", re.IGNORECASE)


def is_links_heading(text: str) -> bool:
    """Whether a level-2 heading's ``text`` names a record's Links section, in the languages logs are kept in and
    with the template's comment after it (`Links <!-- optional -->`): where a link is written (no References)."""
    name = text.split("<!--", 1)[0].strip().lower()
    return name in _LINKS_HEADINGS and name != "references"


def links_section(lines: list[str], adr_tools: bool = False) -> tuple[Link, ...]:
    """The links the `## Links` section's bullets give: each a label of a few words, then a Markdown link to a
    record (or `ADR-0002` when the label is in brackets); a bullet that names no record is not a link. A
    `### Links` under the last section (`## Consequences`) is the record's Links too. In an adr-tools record
    (``adr_tools``, whose template has no such section) a `## References` section is not read, and a label is
    one that ends with a colon (`- Amends: [ADR 0004 ..](..)`) or names a relation (`- Amends [..](..)`), not
    the words of a sentence before a link."""
    headings = markdown.iter_headings(lines)
    for heading in headings:
        name = heading.text.split("<!--", 1)[0].strip().lower() if heading.level in (2, 3) else ""
        if (name in _LINKS_HEADINGS and (name != "references" or (not adr_tools and heading.level == 2))) \
                or name == MORE_INFORMATION:
            end = next((markdown.end_before(lines, other) for other in headings if other.level <= heading.level),
                       len(lines))
            break
    else:
        return ()
    found: list[Link] = []
    definitions: dict[str, str] | None = None  # the record's link reference definitions, read once asked for
    for index in range(heading.line, end):
        item = _ITEM.fullmatch(lines[index])
        if item is not None:
            text = item.group(1).strip()
            if "][" in text:  # `- Supersedes: [ADR-0002][adr-0002].`, its link defined at the end of the record
                definitions = markdown.link_definitions(lines) if definitions is None else definitions
                text = markdown.with_inline_links(text, definitions)
            links = _item_links(text, index + 1)
            if links and PARTIAL.search(item.group(1)) is not None:  # `- Supersedes [ADR-0003](..) in part`: amends
                links = [dataclasses.replace(link, label=PARTLY[link.label]) if link.label in PARTLY else link
                         for link in links]
            if adr_tools and links and links[0].label not in _RELATIONS and \
                    not item.group(1).split("[", 1)[0].rstrip().endswith((":", "：")):
                continue
            found.extend(links)
    if name == MORE_INFORMATION:  # MADR 3/4's last section: its bullets that say a relation (`- Supersedes [..](..)`)
        return tuple(link for link in found if link.label in _SUPERSEDE_OR_AMEND)
    if name == "references":  # a record's own links among the sources it cites (a URL is another project's)
        return tuple(link for link in found if link.href is None or ("://" not in link.href
                     and (link.target is not None or linked_identity(link.href) is not None)))
    return tuple(found)


def relation_sections(lines: list[str]) -> tuple[Link, ...]:
    """The links a section named for a supersede relation lists (`## Supersedes` over `- [K3s Dev Integration
    Mechanics](./20260522-x.md) for runtime target naming.`, fcrozetta/nephos' log4brains records; `## Superseded
    by`): each item that opens with a link to a record is that relation to it. The section's prose names none
    (`This ADR supersedes the Helm CLI decision`), nor does a heading that names its record itself
    (`## Superseded by [x](..)`, read as the status)."""
    headings = list(markdown.iter_headings(lines))
    found: list[Link] = []
    for at, heading in enumerate(headings):
        key = canonical_key(label_key(heading.text.split("<!--", 1)[0].strip("*_ \t"))) if heading.level == 2 else ""
        if key not in _SUPERSEDE:
            continue
        end = next((markdown.end_before(lines, headings[later]) for later in range(at + 1, len(headings))
                    if headings[later].level <= 2), len(lines))
        for index in range(heading.line, end):
            item = _ITEM.fullmatch(lines[index])
            text = item.group(1).strip().lstrip("*_") if item is not None else ""
            link = _MARKDOWN_LINK.match(text)
            if link is None or _DENIED.search(text, link.end()) is not None:
                continue  # (`- [3. Three](0003-three.md) was considered but not superseded`)
            target = link_target(*link.groups())
            if target is not None or _names_a_record_file(link.group(2)):
                found.append(Link(key, target, link.group(2), index + 1))
    return tuple(found)


# What an item of a supersede section says after its link to deny the relation (`was considered but not superseded`,
# `is not replaced`, `never superseded`, `(not superseded)`): the verb after a negation, in one clause.
_DENIED = deferred(rf"(?:\bnot|\bnever|n't)\b[^.;:,()\[\]]{{0,40}}?\b(?:{SUPERSEDED_WORD}|{SUPERSEDES_WORD}|supersede|"
                   r"replaced?|replaces)\b", re.IGNORECASE)


def _names_a_record_file(href: str) -> bool:
    """Whether a link that names no record by number names a record's file: a date-named record's (`20240101-x.md`,
    in another log too), or a file beside the record (a log of records named by their words alone); not a URL, nor
    another folder's document (`../paradigms/digital-twins.md`)."""
    if "://" in href:
        return False
    return linked_identity(href) is not None or (href.endswith(".md") and "/" not in href.removeprefix("./"))


def may_list_links(text: str, english: bool) -> bool:
    """Whether a record's ``text`` may have a Links section (a cheap look, before the headings are scanned): an
    English one (``english``: the caller has looked for `## Links`), or, in a text that is not all ASCII and not
    in the English of MADR's template (its first section, found near the top), one named in another language."""
    if english:
        return True
    if text.isascii() or "\n## Context and Problem Statement" in text or "\n## Context\n" in text:
        return False
    at = text.find("\n## ")
    while at >= 0:
        if text[at + 4:at + 20].split("\n", 1)[0].strip().lower() in _LINKS_HEADINGS:
            return True
        at = text.find("\n## ", at + 4)
    return False


def _item_links(text: str, line: int) -> list[Link]:
    bracketed = _LABEL_IN_BRACKETS.fullmatch(text) if text[:1] == "[" else None
    if bracketed is not None and not is_label(bracketed.group(1)):
        bracketed = None
    if bracketed is not None:
        label, rest = bracketed.groups()
    else:
        first = _MARKDOWN_LINK.search(text)
        if first is None:
            return []
        label, rest = text[:first.start()].strip().rstrip(":：").strip(), text[first.start():]
    if not is_label(label):
        return []
    key = label_key(label)
    if label.lower() == "löst" and rest.rstrip(" .").lower().endswith(" ab"):
        key = label_key("löst ab")  # `Löst [ADR-0005](..) ab`: German's verb around its record, supersedes it
    links = []
    after = 0  # where the last link ended
    for link in _MARKDOWN_LINK.finditer(rest):
        if after:
            key = _next_label(rest[after:link.start()], key)
        after = link.end()
        label_text, href = link.groups()
        target = link_target(label_text, href)
        if target is not None or _names_a_record_file(href):
            links.append(Link(key, target, href, line))
    if not links and bracketed is not None and (reference := _ADR_REFERENCE.match(rest)) is not None:
        links.append(Link(key, int(reference.group(1)), None, line))
    return links


def _next_label(between: str, key: str) -> str:
    """The key of a link from the text ``between`` it and the link before it in one bullet: a label that opens
    a sentence of its own (`. Relacionado:`), else ``key`` goes on (`, `, `(hexagonal), `, `and`)."""
    if "(" in between or "（" in between:
        between = _REMARK.sub(" ", between)
    parts = _SENTENCE_BREAK.split(between)
    if len(parts) < 2:
        return key
    label = parts[-1].strip().rstrip(":：").strip()
    return label_key(label) if is_label(label) else key
