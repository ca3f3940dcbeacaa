"""adr-tools (Michael Nygard's format): `# 3. Title`, a `Date:` line and a `## Status` section.

The Status section holds a status word paragraph (`Accepted`) and link paragraphs that adr-tools writes
as `Label [N. Title](000N-title.md)`: `Superseded by`, `Supersedes`, `Amended by`, `Amends` or any label
given to `adr link`. `Superceded by` (sic) appears in older logs and means the same. A paragraph that only
mentions a record (`Rejected (see [019](019-x.md))`) is the status, not a link; a link to a URL names no
record.

Hand-kept logs of this shape put their metadata in the lines between the title and the first section as
well: `Date 09/04/2018`, `Status: Accepted`, `**Status**: Accepted`, or a table row `| Status | Accepted |`.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

from adrtool.model import Link
from adrtool.patterns import deferred
from adrtool.records import markdown
from adrtool.records.comments import after_opening_comments, left_open, uncommented, without_comments
from adrtool.records.dialects.normalize import (
    LOCALIZED_KEYS,
    LOCALIZED_REVIEW_NAMES,
    LOCALIZED_REVISIT_NAMES,
    REVISIT_NAMES,
    as_numbers,
    counted,
    item_reference,
    key_spelling,
    negated,
    number_of,
    replaced_by_in_portuguese,
    revisit_point,
)
from adrtool.records.names import identity, is_date_named, linked_identity, record_file_of_url
from adrtool.records.values import (
    ENDED_STATUSES,
    KNOWN_STATUSES,
    LINE_BREAK,
    PART_OF,
    PORTION_SUPERSEDED,
    SUPERSEDED_BY_PHRASE,
    SUPERSEDED_WORD,
    SUPERSEDES_WORD,
    StatusEntry,
    a_dated_note,
    a_line_of_choices,
    a_run_in_value,
    after_pictographs,
    after_shortcode,
    badge_fields,
    changelog_days,
    chosen_on_a_line,
    chosen_option,
    date_alone,
    dates_as_data,
    first_day_of_line,
    history_line,
    lifecycle_word,
    marked_twice,
    names_a_supersession,
    offered_options,
    opens_with_a_month,
    read_date,
    read_status,
    status_entry,
    struck_through,
    superseded_in_part,
    supersession_named,
    unroled,
    without_pictographs,
)

TITLE_NUMBER = deferred(r"^(\d+)\.\s+(.*)$")
# `Date: 2021-04-19`, or `Date 09/04/2018` (no colon, a digit next); trailing blanks stripped after the match
_DATE_LINE = deferred(r"Date(?:[ \t]*:[ \t]*|[ \t]+(?=\d))(.*)", re.IGNORECASE)
# Header metadata lines: `Status: x`, `**Status**: x`, `**Status:** x`, `Date 09/04/2018`, `Replaces: [..](..)`;
# table rows `| Status | Accepted |`. Keys are read in any case, in the languages LOCALIZED_KEYS knows too
# (`data`, Italian and Portuguese for the date, only where its value is a day).
_LOCALIZED = {word: key for word, key in LOCALIZED_KEYS.items()
              if key in ("status", "date", "deciders", "supersedes", "superseded-by", "decision-date", "decided-on",
                         "accepted-on", "relates-to", "created", "amends", "amended-by")}
# The relations a header line or a table row names by a key of its own, besides the supersede ones: `Related:`,
# `Related ADRs:`, `Relates to:`, `Amends:` (only before a colon: `Relates to 3 earlier designs` is prose).
_RELATION_NAMES = ("related", "related to", "related adr", "related adrs", "related decision", "related decisions",
                   "related record", "related records", "relates to", "amends", "amended by", "extends", "extended by",
                   "refines", "refined by")
# The revisit point's names (`Revisit:`, `Review by:`, `Next review date:`), as normalize's ALIASES take them.
_REVISIT_NAMES = tuple(" ".join(words) for words in (("revisit",), *REVISIT_NAMES)) + (
    "earliest date to revisit the decision",)  # kyma-project's table row (not its `Due date`, to decide by)
# The day the record was written, under the names other templates give it (`Created:`, `Created date:`, `Start
# Date:`, as kubewarden's and aws-cdk-rfcs' RFCs and GSA's records have it): the day it was decided.
_CREATED_NAMES = ("created", "created date", "creation date", "start date", "date created",
                  "created on")  # kyma-project's `Created on 2017-11-20 by Łukasz Górnicki (@derberg).`
_SUPERSEDE_NAMES = ("supersedes", "superseded by", "replaces", "replaced by")
_STATUS_KEY_NAMES = ("status", "proposal status", "decision status")
# The day it was decided, as keys name it besides `Date`.
_DECISION_DAY_NAMES = ("decision date", "date decided", "date accepted", "date of decision", "decided on",
                       "accepted on")
# The keys of a deciding step's day and a proposing one's: the record's, in that order, when neither its lines nor
# its status give one (a status's own day is the surer sign).
STEP_DAYS = ("step-decided", "step-proposed")
# The day it was put forward (`**Date Proposed:** 2025-09-10`, OpenCHAMI's): its day when nothing else dates it.
_PROPOSAL_DAY_NAMES = ("date proposed", "proposed date", "proposal date")
# The days of its steps, keyed by the step (`**Proposed:** 2026-07-10` / `**Accepted:** 2026-07-10` under
# `**Status:** Accepted`, Reefact/just-dummies'): read as a Dates section's steps are, the deciding one's first.
# kamu-data's `Inception Date:` over `Accepted Date:` are a proposing step's day and a deciding one's.
_STEP_NAMES = {"accepted": STEP_DAYS[0], "approved": STEP_DAYS[0], "proposed": STEP_DAYS[1],
               "date-started": STEP_DAYS[1],  # konflux-ci's `* Date started: 2022-11-11`, over `Date revised:` lines
               "accepted-date": STEP_DAYS[0], "approved-date": STEP_DAYS[0], "inception-date": STEP_DAYS[1]}
_DECIDER_NAMES = ("deciders", "decider", "decision makers", "decided by", "decision taken by", "decision owner",
                  "decision owners")
_DECIDER_KEYS = frozenset({"deciders", "decision-makers"})
# A day a review is planned for (`Review date:`): the revisit point when it is later than the record's day (as
# normalize reads `review-date`).
_REVIEW_DATE = "review date"
# The end of the decision's validity (`Valid until:`, `Expires:`, `Sunset date:`), and the day of the next review
# a log sets each record (wagov-dtt's `| **Review:** 2026-03-26`, a year after its date): read as a review date is.
_AHEAD_NAMES = ("valid until", "expires", "expiry date", "sunset", "sunset date", "review", *LOCALIZED_REVIEW_NAMES)
# The record's tags (`**Tags**: `tooling`, `automation``, `Etiquetas: a, b`), only before a colon.
_TAG_NAMES = ("tags", "tag", "etiquetas", "etiqueta")
# The one day the GIG Cymru NHS Wales template gives a record (`**Status**: Proposed` / `**Level**: 2` /
# `**Updated**: 2025-07-24`): its date when nothing else dates it, beside a status (``UPDATED``).
UPDATED = "updated"


def _alternatives(names: Iterable[str]) -> str:
    """The key names as one alternation of a pattern, each name's words joined by `-`, `_` or a blank, and a
    plural written `(s)` after it (`Decider(s)`): each spelling ``key_spelling`` makes one."""
    spelt = sorted({name.replace("-", " ") for name in names}, key=len, reverse=True)
    return "(?:" + "|".join(r"[-_ ]".join(map(re.escape, name.split())) for name in spelt) + r")(?:\(s\))?"


# The colon may be the full-width one of CJK text (`状态：已采纳`); a remark in brackets may qualify the key
# (`Date (UTC): 2026-02-05`, `**Date (MSK)**:`, as agents write it); a day may follow its key after blanks alone or
# a dash (`Date 2023-09-26`, `Date – 2019-07-23`). The key may be in bold or italics (`_Status_: _Accepted_`), or
# a run-in heading's, its full stop inside the bold (`**Status.** Proposed`).
_HEADER_NAMES = (
    *_STATUS_KEY_NAMES, "date", *_DECIDER_NAMES, *_SUPERSEDE_NAMES,
    "introduced", "decided", *_DECISION_DAY_NAMES, "date of submission", "submission date", "submitted on",
    "last updated", "last modified",
    "date updated", "date last updated",
    "initial date", "established",
    *_CREATED_NAMES, "data",
    *_RELATION_NAMES, *_REVISIT_NAMES, _REVIEW_DATE, *_AHEAD_NAMES, *_TAG_NAMES, UPDATED, *_LOCALIZED)
_HEADER_LINE = deferred(
    r"(?:\*\*|__|\*|_)?(" + _alternatives(_HEADER_NAMES) + ")"
    r"(?:(?:[ \t]+\([^()\n]{1,24}\))?(?:\*\*|__|\*|_)?[ \t]*[:：](?:\*\*|__|\*|_)?"
    r"|\.(?:\*\*|__)(?=[ \t])"
    r"|(?:\*\*|__)?[ \t]+(?:[–—][ \t]+)?(?=\d)"
    r"|(?:\*\*|__)[ \t]+(?=[^\W\d_]))[ \t]*(.*)",  # `**Status** Accepted`: a status word after the bold key
    re.IGNORECASE)
# A relation under the title written as adr-tools writes it in a Status section: `Supersedes [3. X](0003-x.md)`.
_HEADER_LINK = deferred(rf"({SUPERSEDES_WORD}|{SUPERSEDED_WORD}[- ]by|replaces|replaced[- ]by)[ \t]+(\[.*)",
                        re.IGNORECASE)
# The words of such a relation alone on a line, its link wrapped onto the next (``link_on_the_next_line``).
_HEADER_LINK_WORDS = deferred(rf"(?:{SUPERSEDES_WORD}|{SUPERSEDED_WORD}[- ]by|replaces|replaced[- ]by)[ \t]*",
                              re.IGNORECASE)


def link_on_the_next_line(lines: list[str], index: int, until: int) -> str | None:
    """Line index ``index`` and the next as the one line Markdown renders them, when the first is a supersede
    relation's words alone and the next opens with the link they name (`Superseded by` / `[B](./b.md).`, a
    paragraph soft-wrapped after `by`); None otherwise."""
    following = lines[index + 1] if index + 1 < min(until, len(lines)) else ""
    if following[:1] != "[" or "](" not in following or _HEADER_LINK_WORDS.fullmatch(lines[index]) is None:
        return None
    return f"{lines[index].rstrip()} {following.rstrip()}"
# `|:--|---|`, `| -- | -- |` (GFM asks one `-`); each run of blanks has one place in the pattern, so that a rule
# with a long run in it is not tried at each split of that run.
_TABLE_RULE = deferred(r"\s*(?:\|\s*)?:?-+:?\s*(?:\|\s*:?-+:?\s*)*(?:\|\s*)?")
# A table row's key (`| Status | Accepted |`); the name of the feature a proposal is for (`| Feature Name | Policy
# reports |`, kubewarden's RFCs) as well, read as the title of a record that has no title heading. A key/value
# table's `State` row is the status too (kubewarden's RFCs: `| State | **ACCEPTED** |`); not a `State` column
# over rows, which tables of states in a body have.
_FEATURE_NAME = "feature name"
_TABLE_ROW = deferred(
    r"\|[ \t]*(?:\*\*|__)?(" + _alternatives((
        *_STATUS_KEY_NAMES, "state", "date", *_DECIDER_NAMES, *_SUPERSEDE_NAMES, *_RELATION_NAMES, *_REVISIT_NAMES,
        _REVIEW_DATE, *_AHEAD_NAMES, *_CREATED_NAMES, _FEATURE_NAME, *_DECISION_DAY_NAMES,
        *(word for word, key in _LOCALIZED.items()
          if key in ("status", "date", "supersedes", "superseded-by", "relates-to", "decision-date", "decided-on",
                     "created")))) + ")"
    # `| **Status:** |`; the value, greedy to its last character that is no blank or bar, then what closes the row
    # (lazy, with blanks on both sides of the closing bar, a run of blanks in a cell took cubic time)
    r"(?:\*\*|__)?[ \t]*[:：]?(?:\*\*|__)?[ \t]*\|[ \t]*((?:.*[^ \t|])?)[ \t]*\|?[ \t]*", re.IGNORECASE)
# A step's day, or the proposal's, keyed (an expression of their own: what most header lines are, the main one
# reads, and these are rare).
_STEP_KEY_LINE = deferred(r"(?:\*\*|__|\*|_)?(" + _alternatives((*_PROPOSAL_DAY_NAMES, *_STEP_NAMES)) + ")"
                          r"(?:\*\*|__|\*|_)?[ \t]*[:：](?:\*\*|__|\*|_)?[ \t]*(.*)", re.IGNORECASE)
_STEP_OPENINGS = frozenset("*_AaPpDdIi")
_LOCALIZED_OR_DATA = frozenset({*_LOCALIZED, "data"})
_KEY_LENGTH = 40
# Header keys (as ``key_spelling`` writes them) as metadata keys: `Replaces` and `Replaced by` are the supersede
# relation (as ALIASES has them).
_HEADER_KEYS = {"state": "status", "proposal-status": "status", "decision-status": "status",
                "rfc-status": "status", "decider": "deciders",
                "decision-makers": "decision-makers", "decided-by": "decision-makers",
                **dict.fromkeys(("decision-taken-by", "decision-owner", "decision-owners"), "decision-makers"),
                "introduced": "date", "decided": "date", "decision-date": "date", "date-decided": "date",
                "date-accepted": "date", "date-of-decision": "date", "decided-on": "date", "accepted-on": "date",
                # MADR 2's template's day, as some logs name it (`Last Modified:`, `Date last updated:`)
                **dict.fromkeys(("last-modified", "date-updated", "date-last-updated"), "last-updated"),
                "established": "date",  # the day it was decided (Rancher's template)
                **_STEP_NAMES,
                **{name.replace(" ", "-"): "date" for name in _CREATED_NAMES},  # the day it was decided
                **dict.fromkeys(("related", "related-to", "relates-to", "related-adr", "related-adrs",
                                 "related-decision", "related-decisions", "related-record", "related-records"),
                                "relates-to"),
                "amended-by": "amended-by", "extended-by": "extended-by",
                "refines": "refines", "refined-by": "refined-by",  # as label_key reads them
                **{name.replace(" ", "-"): "revisit" for name in _REVISIT_NAMES},
                **dict.fromkeys(LOCALIZED_REVIEW_NAMES, "review"),
                _FEATURE_NAME.replace(" ", "-"): "feature-name",
                **dict.fromkeys(_TAG_NAMES, "tags"),
                **{word: "date" if key in ("decision-date", "decided-on", "accepted-on", "created") else key
                   for word, key in _LOCALIZED.items()}}


def header_key(name: str) -> str:
    """The metadata key a header line's, a table row's or a table column's key names (`Decider(s)` ->
    `deciders`, `Review-by` -> `revisit`, `CREATED DATE` -> `date`), however it is spelt."""
    spelt = key_spelling(name)
    return _HEADER_KEYS.get(spelt, spelt)


# The Status section, in other languages too.
STATUS_HEADINGS = ("Status", "Statut", "Stato", "Estado", "Статус", "ステータス", "状態", "状态", "상태", "Trạng thái",
                   "Durum", "Stan", "Tilstand", "Zustand", "Estatus", "Situação", "Estado da decisão", "狀態",
                   "Κατάσταση", "État", "Etat", "Statut de la décision", "État de la décision",
                   "Etat de la decision", "وضعیت",  # Persian, phodal/adr's fa template
                   "Stav", "Státusz", "Állapot",  # Czech (`## Stav` / `Přijato 2026-07-19.`), Hungarian
                   "Tila",  # Finnish (`## Tila` / `Hyväksytty`)
                   # Thai, Hindi, Bengali, Arabic, Hebrew, Filipino
                   "สถานะ", "स्थिति", "অবস্থা", "الحالة", "סטטוס", "Katayuan")
_STATUS_NAMES = frozenset(name.lower() for name in STATUS_HEADINGS)
# What a status named for what it is the status of may be the status of (`Proposal status`, `Decision Status`):
# the decision's. Not `Implementation status`, which says how far the work went. The `Current Status` of it too
# (profoundry-us/loco_motion's template).
_STATUS_OF = frozenset({"proposal", "decision", "adr", "record", "current"})
# A heading that asks for the status (V-Sekai/manuals' templates: `## What is the status of the proposal?`,
# `### Describe the status of the issue` over a checklist of statuses).
_STATUS_QUESTION = deferred(r"(?:(?:what(?:'s|’s| is) )?(?:the )?(?:current )?status(?: of (?:the|this) "
                            r"(?:proposal|decision|adr|record|issue))?\s*\?"
                            r"|describe the (?:current )?status of (?:the|this) "
                            r"(?:proposal|decision|adr|record|issue))")
# A heading that names the section in two languages: `상태(Status)`, `ステータス / Status`, `状态（Status）`.
# Each name opens and ends on no blank, so that the blanks around it are read one way (not tried at each place).
_ONE_NAME = r"([^()（）/\s](?:[^()（）/]*[^()（）/\s])?)"
_BILINGUAL = deferred(rf"\s*{_ONE_NAME}\s*(?:[(（]\s*{_ONE_NAME}\s*[)）]|/\s*{_ONE_NAME})\s*")


# A section's number before its name (`## 1. Status`, `## 2.1 Date`, `## 3) Status`): not a year (`## 2024 Status`).
_SECTION_NUMBER = deferred(r"\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]+")


def section_name(text: str) -> str:
    """A heading's ``text`` without the section number before it, the pictographs around it (`1. Status`,
    `⚡ Status`, `📌 Status`, `Status 🚦`, `📅 Date`, as numbered templates and hobby and AI-written logs decorate
    their sections) and a template's remark after it (`Status (required)`, ``_TEMPLATE_REMARK``): the name a
    reader sees; ``text`` itself when nothing decorates it."""
    if text[:1].isdigit() and (number := _SECTION_NUMBER.match(text)) is not None:
        text = text[number.end():]
    if text[-1:] in ")）" and (remark := _TEMPLATE_REMARK.search(text)) is not None:
        text = text[:remark.start()]
    return without_pictographs(text) if not text.isascii() else text


# What a template says of a section after its name, kept in the records written from it (HarukaKajita/AgentRail's
# `## 2. ステータス (必須)`): whether it must be filled in.
_TEMPLATE_REMARK = deferred(r"(?<!\s)\s*[(（]\s*(?:required|mandatory|optional|obligatoire|facultatif|erforderlich"
                            r"|pflicht|obrigatório|obrigatorio|opcional|requerido|obligatorio|必須|任意|必填|必需|可选"
                            r"|필수|선택)\s*[)）]$", re.IGNORECASE)


def is_status_heading(text: str) -> bool:
    """Whether a heading's text names the Status section: `Status`, `Статус`, `Status:`, the status of the
    proposal or decision (`Proposal status`, as Deakin-Detonator-Toolkit's template has it), its `Current Status`,
    or the name in two languages, each part a name of it (`상태(Status)`, `Status / 状态`); not `Status (draft)`,
    `Status of the API`, `Current State` or `Implementation status` (how far the work went); the question
    asking for it (`What is the status of the proposal?`). The name may be
    emphasised (`**Status**`), numbered or decorated (`1. Status`, `⚡ Status`, `Status 🚦`: ``section_name``)."""
    lowered = text.strip().lower()
    if lowered in _STATUS_NAMES:  # nearly every Status section
        return True
    if lowered[:1].isdigit() or not lowered.isascii() or lowered[-1:] == ")":
        lowered = section_name(lowered)
    if lowered[:1] in "*_" and lowered[-1:] in "*_":  # `## **Status**` (cosmos/ibc-rs)
        lowered = lowered.strip("*_ \t")
    if lowered in _STATUS_NAMES:
        return True
    if lowered[-1:] in (":", "："):
        lowered = lowered[:-1].rstrip()
        if lowered in _STATUS_NAMES:
            return True
    if lowered[-7:] == " status" and lowered[:-7].rstrip() in _STATUS_OF:
        return True
    if (lowered[-1:] == "?" or lowered[:9] == "describe ") and "status" in lowered \
            and _STATUS_QUESTION.fullmatch(lowered) is not None:
        return True
    if "(" not in lowered and "（" not in lowered and "/" not in lowered:
        return False
    both = _BILINGUAL.fullmatch(lowered)
    return both is not None and both.group(1) in _STATUS_NAMES \
        and (both.group(2) or both.group(3)) in _STATUS_NAMES
HEADER_LINKS = ("supersedes", "superseded-by", "replaces", "replaced-by", "relates-to", "amends", "amended-by",
                "extends", "extended-by", "refines", "refined-by")
# The relations a header line or a table row names that no typed field holds: kept as links.
LINK_ONLY_KEYS = ("amends", "amended-by", "extends", "extended-by", "refines", "refined-by")
_LINK_KEYS = frozenset(HEADER_LINKS)
# Relations as other languages name them (`Ersetzt durch`, `Remplace`, `Relacionado`), as link labels.
_RELATIONS = frozenset({"supersedes", "superseded-by", "relates-to", "amends", "amended-by"})
_RELATION_WORDS = {word: key for word, key in LOCALIZED_KEYS.items() if key in _RELATIONS}
_LABEL_ALIASES = {"superceded-by": "superseded-by", "supercedes": "supersedes", "supersceded-by": "superseded-by",
                  "superceeded-by": "superseded-by", "superceedes": "supersedes",
                  "related": "relates-to", "related-to": "relates-to",
                  "superseded": "superseded-by",  # `⌛️ Superseded [0019](0019-x.md)`: by it
                  "supersede": "supersedes", "supercede": "supersedes",  # adr-tools' `-l "3:Supersede:.."`
                  "superseded-in-favour-of": "superseded-by", "superseded-in-favor-of": "superseded-by",
                  # words for the relations adr knows: a generalization extends the record; a mention relates
                  # to it (a refinement keeps its own word, as `adr link` writes a configured pair)
                  "generalizes": "extends",
                  "generalises": "extends", "generalized-by": "extended-by", "generalised-by": "extended-by",
                  "mentions": "relates-to"}
# `By` in the languages whose own relation words the reader knows (`reemplazado por`, `remplacé par`, `ersetzt
# durch`, `vervangen door`, `sostituito da`, `substituído de`), after the English `Superseded`.
_BY_IN_OTHER_LANGUAGES = frozenset({"por", "par", "von", "durch", "door", "da", "de", "pelo", "pela", "przez"})
_SUPERSEDE_SPELLINGS = deferred(rf"{SUPERSEDES_WORD}|({SUPERSEDED_WORD}-by)")  # a label's key, however spelt
# The text before a link in a link paragraph: a label of a few words in any script (`Superseded by`, `Amends`,
# `Clarified by`, `Ersetzt durch`, `Lié à`, `相关`), nothing that reads as prose or a qualifier around a status.
_LABEL_LENGTH = 41
_LABEL_WORDS = 4
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_SEPARATORS = deferred(r"[\s,.;&、，；。]+")
# What may join the links of one link paragraph (`Supersedes [1](..) and [2](..)`), in the languages the
# labels are read in.
_CONJUNCTIONS = frozenset({"and", "or", "und", "oder", "et", "ou", "y", "o", "e", "en", "of", "i", "lub", "и",
                           "или", "和", "及", "と"})
# A line that is a link paragraph's start (`Amended by [2. X](0002-x.md)`), and a line that is a status word.
# (Labels in other scripts, `Lié à`, `相关`, by a second expression, for lines that are not ASCII only: a class
# of letters in any script, with spaces, costs several times as much on every line.)
_LINK_LINE = deferred(r"\W{0,4}[A-Za-z][A-Za-z_ -]{0,40}[:：]?\s*\[[^\[\]]*\]\([^()\s]*\)")
_LINK_LINE_IN_ANY_SCRIPT = deferred(r"\W{0,4}[^\W\d_](?:[^\W\d_]|[ -]){0,40}[:：]?\s*\[[^\[\]]*\]\([^()\s]*\)")
_STATUS_WORDS = 3
_SUPERSEDED_BY_WORDS = deferred(rf"\W*{SUPERSEDED_WORD}\s+by\b", re.IGNORECASE)  # read as the status says
_STATUS_LINE = re.compile(r"\W{0,4}[^\W\d_]+(?:[ -][^\W\d_]+){0,2}\W{0,2}\s*")


# What a Status section's heading or a status line cannot be written without: a record's text that holds none
# of them states no status in adr-tools' way (a cheap look, before the headings are scanned).
_STATUS_NAMED = ("tatus", "TATUS", *STATUS_HEADINGS[1:], "ESTADO", "STATUT", "STATO", "статус", "СТАТУС")


def may_state_a_status(text: str) -> bool:
    return any(name in text for name in _STATUS_NAMED) or ("upers" in text and "](" in text)


_DAY_ALONE = 40  # the longest line read as a day alone (`**Wednesday, 28th of September 2022**` and less)


def date_line(lines: list[str], after: int, until: int) -> tuple[str, int] | None:
    found = header(lines, after, until).get("date")
    return found


_FOOTNOTE_REFERENCE = deferred(r"\[\^([^\]\s]{1,20})\]")
_FOOTNOTE_DEFINITION = deferred(r"\[\^([^\]\s]{1,20})\]:")


def with_footnotes(lines: list[str], value: str, line: int) -> tuple[str, int]:
    """A status line's value with its footnotes' text after it (actions-runner-controller's `**Status**:
    Superceded [^1]` and, at the foot, `[^1]: Superseded by [ADR 2023-03-14](2023-03-14-x.md)`): what the note
    says is the status's, as `Superceded; Superseded by [..](..)`. A reference no line defines is left out."""
    defined: dict[str, str] = {}  # each footnote's text, by its label: one pass over the lines
    for text in lines:
        if text[:2] == "[^" and (definition := _FOOTNOTE_DEFINITION.match(text)) is not None:
            defined.setdefault(definition.group(1), text[definition.end():].strip())
    labels = dict.fromkeys(reference.group(1) for reference in _FOOTNOTE_REFERENCE.finditer(value))
    notes = [defined[label] for label in labels if defined.get(label)]
    stated = _FOOTNOTE_REFERENCE.sub("", value).strip()
    return "; ".join([stated, *notes]) if stated else value, line


def header(lines: list[str], after: int, until: int) -> dict[str, tuple[str, int]]:
    """Metadata lines between line index ``after`` (the title) and ``until`` (the first section): each key's
    first value and its 1-based line."""
    found: dict[str, tuple[str, int]] = {}
    opening_lines = True  # every line so far blank or metadata: a `# Status: accepted` heading line may follow
    fence: markdown.Fence | None = None  # a code block's lines state nothing of the record (`status:` in YAML)
    admonition = False  # in an MkDocs admonition (``_ADMONITION``): its lines are read without their indent
    listing = False  # in the list of relation lines a `Links:` line opens (``_links_key``)
    listed: str | None = None  # the supersede key whose records the list below its empty value names
    items: list[str] = []  # that list's items, a few at most
    status_day: tuple[str, int] | None = None  # a day keyed after the status on its line
    commented = False  # in an HTML comment an earlier line left open: its text states nothing of the record
    closes: int | None = None  # the index of the last line that closes a comment (`-->`), once it is needed
    for index in range(after + 1, min(until, len(lines))):
        line = lines[index]
        if listed is not None:
            if line.lstrip()[:2] in markdown.LIST_MARKS:  # `**Supersedes**:` over `- [ADR-0005](0005-x.md)`
                if len(items) < _MOST_LISTED:
                    items.append(line.lstrip()[2:].strip())
                    found[listed] = ", ".join(items), found[listed][1] if listed in found else index + 1
                continue
            listed = None
        if listing:
            if line[:2] in markdown.LIST_MARKS:  # `- Supersedes [ADR-0028](0028-x.md)`; not `- Related to [..](..)`
                link = _HEADER_LINK.fullmatch(line[2:].strip()) if "](" in line else None
                read = _keyed(line, link) if link is not None else None
                if read is not None and read[0] not in found:
                    found[read[0]] = read[1], index + 1
                continue
            listing = not line.strip()
        if admonition:
            if line[:4] == "    " or line[:1] == "\t":
                line = line[4:] if line[:1] == " " else line[1:]
            elif line.strip():
                admonition = False
        if fence is not None:
            if markdown.closes_fence(line, fence):
                fence = None
            continue
        if line[:1] in ("`", "~", " ") and (fence := markdown.fence_opening(line)) is not None:
            opening_lines = False
            continue
        if commented:
            if (close := line.find("-->")) < 0:
                continue
            line, commented = line[close + 3:].lstrip(" \t"), False
        if "<!--" in line:
            line, commented = _outside_comments(line)
            if commented:
                if closes is None:
                    closes = _last_closing(lines, index, min(until, len(lines)))
                commented = index < closes  # (one no line closes is text: the lines below are read)
        if line[:1] == ">":  # in a blockquote: `> **Status**: Accepted`, `> | Date | 04/07/2023 |`
            line = _unquoted(line)
        elif line[:1] == " " and line[:4].strip():
            line = line.lstrip(" ")  # indented less than code is (`  Date: 2024-07-11`): a paragraph's line
        if line[:1] == "`" and line[1:2] != "`" and line.rstrip()[-1:] == "`" and line.count("`") == 2:
            line = line.strip().strip("`")  # a key line set as code (`` > `Status: accepted` ``, geoadmin's)
        opening = line[:1]
        if opening in ("!", "?") and _ADMONITION.fullmatch(line.rstrip()) is not None:
            admonition = True
            continue
        if opening == "#" and opening_lines:
            if "status" not in found and (keyed := _status_heading_line(line)) is not None:
                found["status"] = keyed, index + 1
                continue
            if "date" not in found and (day := date_heading_line(line)) is not None:
                found["date"] = day, index + 1  # `## Date: 2026-02-14`, after `## Status: IMPLEMENTED`
                continue
        if opening.isalpha() and line.count(":") > 1 and " | " not in line \
                and (status := _A_STATUS_AFTER.search(line, 6)) is not None and "status" not in found \
                and _key_of(line[:status.start()].rstrip()) not in (None, "status"):
            found["status"] = line[status.end():].strip(), index + 1  # `Datum: 2026-10-10. Stav: přijato.`, `Dato:
            line = line[:status.start()]  # 25. september 2026. Status: vedtaget`: a day's key line, then the status's
            # (fields apart by bars are ``_first_of_fields``'s: `Data: 2026-01-01 | Status: Accepted | Revisit: ..`)
        if opening.isalpha() and line.count(":") > 1 and "date" not in found \
                and (day_key := _A_DAY_AFTER.search(line, 6)) is not None and header_key(day_key.group(1)) == "date" \
                and (head := _HEADER_LINE.fullmatch(line[:day_key.start()].rstrip())) is not None \
                and header_key(head.group(1)) == "status":
            status_day = line[day_key.end():].strip(), index + 1  # `Status: accepted. Date: 2026-09-20.`: the
            line = line[:day_key.start()]  # status's key line, then the day's (a `Date:` line of its own wins)
        # `**Status: accepted.** Supersedes [ADR-0001](..)`: the key and its value in bold, more after them
        if opening in ("*", "_") and line[1:2] == opening and (run_in := _BOLD_OVER_A_VALUE.match(line)) is not None:
            line = f"{run_in.group(1)}{run_in.group(2)}{run_in.group(1)} {run_in.group(3)}{run_in.group(4)}"
        if "·" in line and ":" not in line and (dotted := _DOT_KEYED.fullmatch(line.strip())) is not None \
                and header_key(dotted.group(1)) in _DOT_KEYS:
            line = f"{dotted.group(1)}: {dotted.group(2)}"  # `> Status · Accepted`: a key and its value apart by
            opening = line[:1]  # a middle dot (chipi/chemigram's template)
        elif opening == "*" and line[1:2] == "*" and (dashed := _BOLD_DASH_KEYED.fullmatch(line.rstrip())) is not None \
                and header_key(without_pictographs(dashed.group(1))) in _DOT_KEYS:
            line = f"**{dashed.group(1)}**: {dashed.group(2)}"  # `**⏰ Status** - Open for discussions`: a bold key
            # and its value apart by a dash (practica's template)
        else:
            if " | " in line and opening != "|":
                line = _first_of_fields(line, found, index + 1)  # `**Status:** Accepted | **Date:** 2025-03-26`,
                # `Status: Accepted | Date: 2026-07-24 | Issue: #70`
            if ("·" in line or "•" in line) and opening != "|":  # `**Status:** Accepted · **Date:** 2026-10-04`
                line = _first_field(line, found, index + 1)  # keys on one line
        if "</" in line and opening in ("*", "_", "<") and _EMPHASIS_TAGS.search(line) is not None:
            line = _EMPHASIS_TAGS.sub("", line)  # `**<u>Status</u>**: Accepted`: a key underlined, as HTML writes it
            opening = line[:1]
        if "<" in line and opening != "|" and "<br" in line.lower():
            line = _first_line(line, found, index + 1)  # `**Status:** Final<br/>**Date:** 2020-01-05<br/>`
        if opening in ("*", "_") and line[1:2] == opening and line.count(line[:2]) >= 4 \
                and _BOLD_FIELD.match(line) is not None:
            line, *others = fields_apart(_BOLD_FIELDS_APART, line)  # `**Status**: Accepted **Date**: 2023-01-05`
            _read_others(others, index, found, _key_of(line))
        if opening in ("*", "-") and line[1:2] == " " \
                and line[4 if line[2:4] in ("**", "__") else 2:].lower().startswith(_DAY_KEY_OPENINGS):
            line = line[2:]  # a day's key line as a list item (`* Date: 2024-06-21`, `* Date Accepted: 2023-02-27`,
            opening = line[:1]  # konflux-ci's over an adr-tools Status section, `- **Date:** 2025-12-26`, `- **Date
            # created**: 04/02/2025`, `- **Decision date**:`; other bullets are MADR 2's)
        if opening == "|":
            if index + 2 < len(lines) and _TABLE_RULE.fullmatch(_unquoted(lines[index + 1])) \
                    and _TABLE_ROW.fullmatch(_unquoted(lines[index + 2])) is None \
                    and not _a_dated_pair(line):  # keys over values
                for key, value in _table_columns(line, _unquoted(lines[index + 2])):
                    if key not in found and value:
                        found[key] = value, index + 3
                continue
            match = _TABLE_ROW.fullmatch(line)
            if match is None and line.count("|") >= 5:
                for pair in _paired_rows(line):
                    if (paired := _TABLE_ROW.fullmatch(pair)) is not None and (read := _keyed(pair, paired)):
                        found.setdefault(read[0], (read[1], index + 1))
                continue
        elif opening in ("*", "_") or opening.isalpha():
            match = _HEADER_LINE.fullmatch(line.rstrip())
            if match is None and opening in "SsRr" and "](" in line:
                match = _HEADER_LINK.fullmatch(line.rstrip())
            elif match is None and opening in "SsRr" and (wrapped := link_on_the_next_line(lines, index, until)):
                line, match = wrapped, _HEADER_LINK.fullmatch(wrapped)  # `Superseded by` / `[B](./b.md).`
            if match is None and opening in _STEP_OPENINGS and (":" in line or "：" in line) \
                    and (step := _STEP_KEY_LINE.fullmatch(line.rstrip())) is not None \
                    and date_alone(step.group(2).strip(" *_")) is not None and _NOT_YET.search(step.group(2)) is None:
                match = step  # `**Accepted:** 2026-07-10`, `Date Proposed:`; a day alone, not one planned
            if match is None and line[2:3] > "\u2000" and (bare := _unpictured(line)) is not line:
                line, match = bare, _HEADER_LINE.fullmatch(bare.rstrip())  # `**🚦 Status:** Accepted`
        elif (opening > "\u2000" or opening == ":") and (bare := _unpictured(line)) is not line:
            line, match = bare, _HEADER_LINE.fullmatch(bare.rstrip())  # `📅 Date: 2021-11-05`, `:x: Status: ..`
        else:
            match = None
        if match is None and "](" in line and "superseded-by" not in found \
                and (remark := _successor_remark(line)) is not None:
            found["superseded-by"] = remark, index + 1  # `Toelichting: **vervangen door [ADR 0002](..)**`
            continue
        if match is None:
            if "status" not in found and opening_lines and opening in _CHOICE_OPENINGS and "|" in line \
                    and a_line_of_choices(line):
                found["status"] = line.strip(), index + 1  # the template's choices, one chosen, under the title
            elif opening in ("!", "[") and "![" in line and "/badge/" in line and (badges := badge_fields(line)):
                for key, value in badges.items():  # `![Accepted](https://img.shields.io/badge/status-accepted-..)`
                    found.setdefault(key, (value, index + 1))
            elif "date" not in found and (opening.isalnum() or opening in ("*", "_", "`")) and len(line) <= _DAY_ALONE \
                    and date_alone(line) is not None:  # the day alone on its line, under the title (`2021-04-12`)
                found["date"] = line.strip().strip("`").strip(), index + 1
            elif opening_lines and line.strip() and not a_key_line(line):
                opening_lines = False  # prose; a line of a key adr does not read (`Maintainers: ..`) is metadata
            elif opening in _LINKS_OPENINGS and _links_key(line):
                listing = True
            continue
        read = _keyed(line, match)
        if read is not None and read[1][-1:] == "\\" and read[1][-2:] != "\\\\":
            read = read[0], read[1][:-1].rstrip()  # `**Estado:** Aceptado\`: a Markdown line break, not the value's
        if read is None and match.re is _HEADER_LINE and not match.group(2).strip() \
                and header_key(match.group(1)) in _SUPERSEDE_KEYS and header_key(match.group(1)) not in found:
            listed, items = header_key(match.group(1)), []  # its records in a list under it
            continue
        if read is not None and read[0] not in found:
            value = read[1]
            if read[0] == "status" and index + 1 < min(until, len(lines)) and _may_end_on_a_relation(value) \
                    and _ENDS_ON_A_RELATION.search(value) is not None:
                value = _runs_on(value, lines, index + 1, min(until, len(lines)))
            elif read[0] == "status" and _left_open(value):
                value = _closed_on(value, lines, index + 1, min(until, len(lines)))
            found[read[0]] = value, index + 1
    if status_day is not None:
        found.setdefault("date", status_day)
    return found


# How a line of status choices opens (`[~~Proposed~~ | ..`, `~~Proposed~~ | ..`, `<s>Proposed</s> | ..`, `**Accepted**
# | ..`).
_CHOICE_OPENINGS = ("[", "~", "<", "*", "_")
# How the key of a day's line as a list item opens (``header``).
_DAY_KEY_OPENINGS = ("date", "created", "decision date", "decided")


_MOST_LISTED = 20  # the records a supersede key's list is read for: a longer list is no record's relation
# The keys of a supersede relation under the title, as ``header_key`` gives them.
_SUPERSEDE_KEYS = frozenset({"supersedes", "superseded-by", "replaces", "replaced-by"})


def _runs_on(value: str, lines: list[str], following: int, until: int) -> str:
    """A status line's ``value`` with the lines from index ``following`` on that go on with the records its relation
    names (``_run_on``): the first, then each that names another after a joining word (`Superseded by` / `[x](x.md)`
    / `and` / `[y](y.md)`, as agents wrap a line), a few at most; not a sentence after it (`and [ADR-4](..) stays in
    force`)."""
    joined = _run_on(value, lines[following])
    if joined is value:
        return value
    parts = [joined]
    for index in range(following + 1, min(until, following + _MOST_WRAPPED)):
        ending = parts[-1].rstrip().rsplit(None, 1)[-1].lower()
        text = lines[index].strip()
        word, _, rest = text.partition(" ")
        if text.lower() in _JOINING or (ending in _JOINING and _NAMES_A_RECORD.fullmatch(text)):
            parts.append(text)  # `and` alone, or the record after an `and` that ended the line before
        elif word.lower() in _JOINING and _NAMES_A_RECORD.fullmatch(rest.strip()):
            parts.append(text)  # `and [y](y.md).`
        else:
            break
    return " ".join(parts)


def _left_open(value: str) -> bool:
    """Whether a status line's ``value`` opens a parenthesis it does not close (`Accepted (supersedes the ERD
    portion of`): its paragraph goes on with the next line."""
    return value.count("(") > value.count(")")


def _closed_on(value: str, lines: list[str], following: int, until: int) -> str:
    """A status line's ``value`` whose parenthesis is left open, with the lines from index ``following`` on that
    continue its paragraph (lazily or indented: `[ADR 0009](0009-x.md))`) up to the one that closes it, a few at
    most; ``value`` as it is where none closes it so."""
    joined = value
    for index in range(following, min(until, following + _MOST_WRAPPED)):
        longer = _run_on(joined, lines[index])
        if longer is joined:
            return value
        joined = longer
        if not _left_open(joined):
            return joined
    return value


_JOINING = frozenset({"and", "&", ",", "und", "et", "en", "og", "och"})
_MOST_WRAPPED = 6  # lines a wrapped list of successors runs on to
# A line that is a record's link or reference alone (`[`x.md`](x.md).`, `ADR-0004`)
_NAMES_A_RECORD = deferred(r"(?:\[[^\[\]]*\]\([^()\s]*\)|`?[\w.-]*\d[\w.-]*\.md`?|adr[-_ ]?\d+)[.,;]?",
                           re.IGNORECASE)


# A `Links:` line among the lines under the title, over a list of relation lines (juliusl/adr-skill's nygard-agent
# template: `Date:` / `Status: Accepted` / `Last Updated:` / `Links:` / `- Supersedes [ADR-0028](0028-x.md) (why)`),
# as MADR 2's Links section lists them: a supersede relation's item is one; `Related to`, `Extends`, `Amends`,
# `Amended by`, `Refined by` items are none.
_LINKS_OPENINGS = frozenset("Ll*_")
_LINKS_KEY_LENGTH = 16  # `**Links:**` and its trailing blanks: a longer line is no such key alone


def _links_key(line: str) -> bool:
    if len(line) > _LINKS_KEY_LENGTH:
        return False
    key = line.rstrip().lower().strip("*_")
    return key[-1:] in (":", "：") and key[:-1].rstrip(" \t*_") == "links"


def statements_of_status(lines: list[str], after: int, until: int) -> list[tuple[str, int]]:
    """Each status a block of key lines between line index ``after`` (the title) and ``until`` states, with its
    1-based line, where it states one more than once (`**Status:** Proposed` / `**Date:** ..` / `**Status:**
    Accepted`, or twice on one line): what a reader reads from either; none where it states one at most. A key in
    a code span or a comment (one line's or several) is text, not a key."""
    block = range(after + 1, min(until, len(lines)))
    if sum(lines[index].lower().count("status") for index in block) < 2:  # (nearly every record: a cheap look)
        return []
    stated: list[tuple[str, int]] = []
    for index, shown in zip(block, uncommented(lines[index] for index in block)):
        line = _SHOWN_AS_TEXT.sub(" ", shown)
        if line[:1] == " " and lines[index].lstrip(" ")[:4] == "<!--":
            line = line.lstrip(" ")  # the text after the comments that open the line, as ``header`` reads it
        if not line.strip() and stated:
            break  # (the block of the first statement: a status in a paragraph below is no key line's)
        if "status" not in line.lower() or (line[:1] not in ("*", "_", "-") and not line[:1].isalpha()):
            continue
        for part in _BOLD_FIELDS_APART.split(line.lstrip("-* ") if line[:2] in ("- ", "* ") else line):
            match = _HEADER_LINE.fullmatch(part.strip())
            read = _keyed(part.strip(), match) if match is not None else None
            if read is not None and read[0] == "status" and read[1].strip():
                stated.append((read[1].strip(), index + 1))
    return stated if len(stated) > 1 else []


def _last_closing(lines: list[str], start: int, until: int) -> int:
    """The index of the last line from index ``start`` up to ``until`` that holds a comment's close (`-->`); -1
    where none does."""
    return next((index for index in range(until - 1, start - 1, -1) if "-->" in lines[index]), -1)


def _outside_comments(line: str) -> tuple[str, bool]:
    """A key line holding HTML comments as its reader takes it: without those that open it (`<!-- **Status:**
    Rejected --> **Status:** Accepted`: a reader sees the text after them), and whether its last comment is left
    open over the lines below. (A comment within the line stays; fields are not split inside it.)"""
    at = after_opening_comments(line)
    shown = line[at:] if at else line
    spans = _SHOWN_AS_TEXT.findall(shown)  # (a `<!--` in a code span opens no comment)
    return shown, bool(spans) and spans[-1][:4] == "<!--" and left_open(spans[-1])


_SHOWN_AS_TEXT = deferred(r"`[^`\n]*`|<!--.*?(?:-->|$)")  # a code span, a comment: no key is read inside


def _read_others(others: list[str], index: int, found: dict[str, tuple[str, int]], first: str | None) -> None:
    """The keys and values of the fields after the first on the line at index ``index`` added to ``found``, each
    key unless it is there or is the key ``first`` of the line's first field: that field states it first
    (`**Status:** Accepted **Notes:** see **Status:** later`)."""
    for other in others:
        other_match = _HEADER_LINE.fullmatch(other.strip())
        read = _keyed(other, other_match) if other_match is not None else None
        if read is not None and read[0] not in found and read[0] != first:
            found[read[0]] = read[1], index + 1


# or a bullet (`Status: **Accepted** • Date: 2025-09-27`); the blanks before it taken from the first of them
_MIDDLE_DOT = deferred(r"(?<!\s)\s+[·•]\s+")
# A key and its value in bold with more after them (`**Status: accepted.** Supersedes [ADR-0001](..)`, `**Status:
# accepted** Date: 2026-09-01`): the bold's marks, the key and its colon, the value, what follows the bold.
_BOLD_OVER_A_VALUE = deferred(r"(\*\*|__)([^*_:：\n]{1,40}[:：])[ \t]*([^*_ \t][^*_]*?)\1(?=[ \t]+\S)(.*)")
# An MkDocs (Python-Markdown, Material) admonition's opening line, its body indented four spaces below it: the
# GIG Cymru NHS Wales template puts the metadata in one under the title (`!!! info` / `    **Status**: Proposed` /
# `    **Updated**: 2025-07-24`); `!!! note "Title"`, `??? info` and `???+ info` (collapsible) alike. An indented
# block that no such line opens stays code.
_ADMONITION = deferred(r'(?:!!!|\?\?\?\+?)[ \t]+[A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*)*(?:[ \t]+"[^"\n]*")?[ \t]*')
# Where the next of several bold fields on one line opens (`**Status**: Proposed **Date**: 2026-03-31
# **Supersedes**: None`, as prettier joins vytches/ddd's lines that had no trailing blanks): the blanks before it.
# (Blanks preceded by a blank are passed by: the split is tried once a run of them, not once a blank.) A key of
# letters may open right after the value before it (`**Status:**Accepted**Date:**2026-01-01`, no blank at all).
_BOLD_FIELDS_APART = deferred(r"(?:(?<![ \t])[ \t]+|(?<=[^\s*_]))"
                              r"(?=(?:\*\*|__)[^*_:：]{1,40}(?:(?:\*\*|__)[ \t]*[:：]|[:：](?:\*\*|__)))")
# A status line that ends on a relation's words, the record they name wrapped onto the next line (`Status:
# superseded by` over `[040-tigris-image-storage.md](./040-tigris-image-storage.md)`, as prettier wraps
# epicweb-dev/epic-stack's records; `**Status:** ~~accepted~~ — **superseded by` over `[ADR-0015](..)**`).
_ENDS_ON_A_RELATION = deferred(rf"(?:^|[\s*_(—–-])(?:{SUPERSEDED_BY_PHRASE}|{SUPERSEDES_WORD}|replaced\s+by|replaces"
                               r"|amended\s+by|amends)"
                               r"[\s*_:：]*$", re.IGNORECASE)


# The last word of a relation that names its record after it (`by`, `durch`, `par`, `supersedes`, `replaces`).
_RELATION_ENDINGS = frozenset({"by", "durch", "par", "por", "pelo", "pela", "da", "door", "przez", "av", "af", "oleh",
                               "на", "replaces", "amends"})


def _may_end_on_a_relation(value: str) -> bool:
    """Whether a status line's ``value`` may end on a relation's words (a cheap look before the expression)."""
    last = value.rstrip(" \t*_:：").rsplit(None, 1)[-1:]
    return bool(last) and ((word := last[0].lower().lstrip("*_")) in _RELATION_ENDINGS or word[:5] == "super")


def _run_on(value: str, following: str) -> str:
    """A status line's ``value`` with the line ``following`` it, which goes on with the record its relation
    names (up to a middle dot: `[ADR 0010](..) · 2026-08-09`); ``value`` as it is when that line is blank, or
    opens a heading, a list, a table or another key (`Date: 2023-06-23`)."""
    text = _unquoted(following).strip() if following[:1] == ">" else following.strip()
    if not text or text[:1] in ("#", "|", "<") or text[:2] in ("- ", "* ", "+ ") or _HEADER_LINE.fullmatch(text):
        return value
    return f"{value} {_MIDDLE_DOT.split(text, 1)[0]}"


# A line of metadata under a key adr does not read (`Maintainers: Igor Korsukov`, `**Author:** Joe`, `- Owner: Ann`,
# `*Author*: Joe`): a key of a few words, in bold or italics or not, a bullet's or not, then a colon.
_KEY_LINE = deferred(r"(?:[-*+][ \t]+)?(?:\*\*|__|\*|_)?[^\W\d_][\w'’-]*(?:[ \t][\w'’-]+){0,2}(?:\*\*|__|\*|_)?"
                     r"[ \t]*[:：](?:\*\*|__|\*|_)?(?:[ \t]|$)")


def a_key_line(line: str) -> bool:
    """Whether ``line`` opens with a key and its colon, as a field under a title does (`**Version:** 1.0`)."""
    return (":" in line or "：" in line) and _KEY_LINE.match(line) is not None


def _first_field(line: str, found: dict[str, tuple[str, int]], number: int) -> str:
    """The first field of a line of fields apart by middle dots (`**Status:** Accepted · **Date:** 2026-10-04`), the
    others added to ``found`` (at 1-based line ``number``) where a key opens them; after a status, a part that opens
    with none is its value going on (`**Status:** Decided · 2026-08-19 · Implemented`, rsstdd/fleet-console's
    template: the state, the day it was decided, how far the work went), read as a status line apart by commas is.
    (Other keys keep their first part: `**Deciders:** Ann · Bo` is no list adr splits.)"""
    first, *others = fields_apart(_MIDDLE_DOT, line)
    if "<!--" in line:  # `• Datum: <!-- 2025-08-15 -->`: a value the template left commented out is none
        others = [without_comments(other) for other in others]
    key = _key_of(first)
    going_on = key == "status"
    for other in others:
        other_match = _HEADER_LINE.fullmatch(other.strip())
        read = _keyed(other, other_match) if other_match is not None else None
        if other_match is not None:
            going_on = False
        elif going_on:
            first = f"{first} · {other}"
        if read is not None and read[0] not in found and read[0] != key:
            found[read[0]] = read[1], number
    return first


def _first_of_fields(line: str, found: dict[str, tuple[str, int]], number: int) -> str:
    """The first field of a line of keyed fields apart by pipes (wagov-dtt's `**Status:** Accepted | **Date:**
    2025-03-26 | **Review:** 2026-03-26`), the others added to ``found`` (at 1-based line ``number``); the line as
    it is when no other part opens with a key (`**Status:** Proposed | Accepted | Rejected`: a template's choices)."""
    first, *others = fields_apart(_PIPES_APART, line)
    read = [_keyed(other, match) for other in others if (match := _HEADER_LINE.fullmatch(other.strip())) is not None]
    if not read and not any(a_key_line(other.strip()) for other in others):
        return line  # (a key adr does not read ends the status too: `**Status**: Proposed | **Type**: Standard`)
    if any("·" in other or "•" in other for other in others):
        read += [supersession_named(part) for other in others for part in _MIDDLE_DOT.split(other)[1:]]
        # `Trace vers : [docs/archi.md](..) · remplace [ADR-0030](..)`: a relation after another field's value
    key = _key_of(first)
    for pair in read:
        if pair is not None and pair[0] not in found and pair[0] != key:
            found[pair[0]] = pair[1], number
    return first


_PIPES_APART = deferred(r"(?<![ \t])[ \t]+\|[ \t]+")  # tried once a run of blanks, not at each blank


def fields_after_the_first(value: str) -> dict[str, str]:
    """The keyed fields a value holds after its first, apart by bars (a MADR 2 bullet's `proposed | Date:
    2026-02-01`: its `date`), as a key line's are read."""
    found: dict[str, tuple[str, int]] = {}
    _first_of_fields(value, found, 0)
    return {key: said for key, (said, _) in found.items()}


def first_of_its_fields(line: str) -> str:
    """The first field of a key line holding several, as the reader takes it when it reads the line's fields
    (`**Status:** Proposed | **Date:** 2026-02-01`, apart by bars, by middle dots or by the next bold key); the
    line as it is when it holds one."""
    others: dict[str, tuple[str, int]] = {}  # (the other fields' keys, which the reader reads and an edit keeps)
    if line[:1] == "|":
        return line
    if " | " in line:
        line = _first_of_fields(line, others, 0)
    if "·" in line or "•" in line:
        line = _first_field(line, others, 0)
    if line[:1] in ("*", "_") and line[1:2] == line[:1] and line.count(line[:2]) >= 4 \
            and _BOLD_FIELD.match(line) is not None:
        line = fields_apart(_BOLD_FIELDS_APART, line)[0]
    return line


def fields_parted(line: str, keys: frozenset[str]) -> tuple[str | None, str]:
    """``line`` without the fields of ``keys`` (the author's other fields kept; None when nothing else is left), and
    the text those fields take from it, as written (the parts that go with them too: `**Date:** 2026-01-01 ·
    superseded by decision`); the line as it is and `""` when it holds none of them."""
    bullet = _A_BULLET.match(line)
    opening = bullet.group() if bullet is not None else ""
    parts = [line[len(opening):]]
    for apart in (_PIPES_APART, _MIDDLE_DOT, LINE_BREAK, _BOLD_FIELDS_APART):
        parts = [piece for part in parts for piece in _split_keeping(apart, part)]
    kept: list[str] = []
    taken: list[str] = []
    dropping = named = False
    for position in range(0, len(parts), 2):
        field = parts[position]
        match = _HEADER_LINE.fullmatch(field.strip())
        if match is not None:
            dropping = header_key(match.group(1)) in keys
            named = named or dropping
        elif a_key_line(field.strip()) or _BOLD_FIELD.match(field.strip()) is not None:
            dropping = False  # a key adr does not read (`**Context:**`, `**Context:**tight`): the author's field
        if not dropping:
            kept += [parts[position - 1], field] if kept else [field]
        else:
            taken += [parts[position - 1], field] if taken else [field]
    text = "".join(kept).rstrip()
    if not named:
        return line, ""
    return (opening + text if text.strip() else None), "".join(taken)


_A_BULLET = deferred(r"[-*+][ \t]+")


@functools.cache
def key_words() -> frozenset[str]:
    """Every word of the keys, section names and relation labels the reader reads metadata under (`status`,
    `decision`, `date`, `superseded`, `by`)."""
    names = (*_HEADER_NAMES, *STATUS_HEADINGS, "deciders", "consulted", "informed", "tags", "revisit",
             "superseded by", "supersedes", "amended by", "amends")
    return frozenset(word for name in names for word in re.findall(r"[^\W_]+", name.lower()))


def _split_keeping(apart: re.Pattern[str], text: str) -> list[str]:
    """``text`` split where ``apart`` matches outside its code spans and comments (``fields_apart``), each
    separator kept between the pieces it parts."""
    pieces: list[str] = []
    start = 0
    for match in _separators(apart, text):
        pieces += [text[start:match.start()], text[match.start():match.end()]]
        start = match.end()
    return [*pieces, text[start:]]


def fields_apart(apart: re.Pattern[str], line: str) -> list[str]:
    """The fields of a key line, split where ``apart`` matches; never inside a code span or an HTML comment, whose
    text a reader sees as it is (`**Owner:** `**Status:** x``, `<!-- **Date:** 2020-01-01 -->`), no key."""
    if "`" not in line and "<!--" not in line:
        return apart.split(line)
    return _split_keeping(apart, line)[::2]


def _separators(apart: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Where ``apart`` matches ``text`` outside its code spans and HTML comments (found in a copy of ``text`` with
    each of them masked, its columns kept)."""
    if "`" not in text and "<!--" not in text:
        return apart.finditer(text)
    return apart.finditer(_SHOWN_AS_TEXT.sub(lambda shown: _MASK * len(shown.group()), text))


_MASK = "\x00"  # what stands for a character of a code span or a comment where separators are looked for: none is one


def _key_of(field: str) -> str | None:
    """The key a field opens with (`status` for `**Status:** Accepted`), or None."""
    match = _HEADER_LINE.match(field)
    return header_key(match.group(1)) if match is not None else None


def _first_line(line: str, found: dict[str, tuple[str, int]], number: int) -> str:
    """The first of the lines HTML line breaks part ``line`` into (`**Status:** Final<br/>**Date:** 2020-01-05<br/>`,
    `Status: Accepted<br>2020-01-02`, as tock's TRDs break their header's lines): the keys of the others added to
    ``found`` (at 1-based line ``number``), a day alone on one as the date, as on a line of its own; a part that
    is neither goes on with the first, the break read as a blank (`Superseded by<br>[ADR 2](..)`)."""
    first, *others = fields_apart(LINE_BREAK, line)
    key = _key_of(first)
    for other in others:
        other = other.strip()
        match = _HEADER_LINE.fullmatch(other) if other else None
        read = _keyed(other, match) if match is not None else None
        if read is not None:
            if read[0] not in found and read[0] != key:
                found[read[0]] = read[1], number
        elif other and "date" not in found and len(other) <= _DAY_ALONE and date_alone(other) is not None:
            found["date"] = other, number
        elif other:
            first = f"{first} {other}"
    return first


def _unpictured(line: str) -> str:
    """A header line whose key a pictograph opens (`📅 Date: 2021-11-05`, `**🚦 Status:** Accepted`, as hobby and
    AI-written logs decorate their keys, or its shortcode: `:x: **Status:** Rejected`) without it; ``line`` itself
    for any other (`状态：已采纳`, `✅ Accepted` over no key is no header line either way)."""
    if line[:1] == ":":
        rest = after_shortcode(line)
        return rest if rest is not line and (rest[:1].isalpha() or rest[:1] in ("*", "_")) else line
    mark = 2 if line[:2] in ("**", "__") else 0
    key = line[mark:]
    rest = after_pictographs(key)
    return line[:mark] + rest if rest is not key and rest[:1].isalpha() else line


def _keyed(line: str, match: re.Match[str]) -> tuple[str, str] | None:
    """The key and value a header line ``match`` gives, or None when it gives none (prose, an empty value)."""
    key = label_key(match.group(1)) if match.re is _HEADER_LINK else header_key(match.group(1))
    if match.re is _HEADER_LINE and (key in _KEYED_ONLY or match.group(1).lower() in _DAYS_KEYED_ONLY) \
            and not _colon_between(line, match):
        return None  # `Relates to 3 earlier designs`, `Last modified 2 weeks ago by ...`: prose
    value = match.group(2).strip()
    if key in PARTLY and match.re is _HEADER_LINE and (PARTIAL.search(match.string, match.end(1), match.start(2))
                                                         or _PART_OF_A_RECORD.match(value)):
        key = PARTLY[key]  # `**Supersedes (in part):** [0008](..)`, `Supersedes: part of [ADR 11](..)`: amends
    if match.re is _HEADER_LINE and match.string[match.end(1):match.end(1) + 1] == "." \
            and not a_run_in_value(key, value):
        return None  # `**Decided.** We adopt Postgres`: a paragraph's run-in heading, no field
    if match.re is _HEADER_LINE and match.string[match.end(1):match.end(1) + 2] in ("**", "__") \
            and value[:1].isalpha() and not _colon_between(match.string, match) \
            and (key != "status" or not a_run_in_value(key, value) or not _a_word_alone(value)):
        return None  # `**Status** Accepted` (actions/runner's) is the status; `**Deciders** Ann`, `**Status** of
        # the migration` are a paragraph's words
    if (key in _DECIDER_KEYS or (key in _CODED_RELATIONS and ".md" not in value)) and value[:1] == "`" \
            and value[-1:] == "`" and value.count("`") == 2:
        value = value[1:-1].strip()  # `| Deciders | `Engineering` |`, as nhs-england-tools' template writes values;
        # `**Supersedes:** `ADR-0005 — Legacy wallet flow``, twk0d/pop_cube_wallet's
    if key == "data":  # Italian and Portuguese for the date, when its value is one
        if not dates_as_data(value):
            return None
        key = "date"
    if key == "revisit" and not (value := _day_of_a_revisit(value)):
        return None
    return (key, value) if value or key in ("status", "date") else None


# How far into a line a remark's key may run (`Toelichting:`, `Note:`, `Opmerking:`, a few words of one): a colon
# further on is in the remark's text.
_REMARK_KEY = 24


# A header line of the day a record was superseded, and by which (`Superseded: 2019-12-19 by [ADR 14](..)`, under
# `Date:` and `Amended:` lines, as GOV.UK's Rails applications date their records).
_SUPERSEDED_KEYS = frozenset({"superseded", "replaced"})
_DAY_THEN_BY = deferred(r"[ \t]*(?:\d{4}-\d\d?-\d\d?|\d\d?/\d\d?/\d{2,4})[ \t]+by[ \t]+(?=\[)", re.IGNORECASE)


def _successor_remark(text: str) -> str | None:
    """The successor a remark names that opens with the superseded-by words of any language adr reads, after a
    key of the log's own or none, from its link on (`Toelichting: **vervangen door [ADR 0002](0002-x.md)**`,
    BramLambertJansen/ABAS; `Note: superseded by [ADR 2](..)`; `Vervangen door [ADR 2](..)`, as `Superseded by
    [..](..)` is a relation line); None for any other (`Toelichting: niet vervangen door [ADR 2](..)`, `Note:
    replaced by [..](..)` (the log's own word), a remark that names no record)."""
    colon = text.find(":")
    value = text[colon + 1:] if 0 < colon <= _REMARK_KEY and is_label(text[:colon].strip(" *_")) else text
    if value is not text and text[:colon].strip(" *_").lower() in _SUPERSEDED_KEYS \
            and (dated := _DAY_THEN_BY.match(value)) is not None:
        value = "superseded by " + value[dated.end():]  # `Superseded: 2019-12-19 by [ADR 14](..)`: by it, that day
    if not names_a_supersession(value.lstrip(" \t*_")):  # a cheap look at its opening first
        return None
    reading = read_status(value)
    link = value.find("[")
    if reading.status != "superseded" or not reading.superseded_by or link < 0:
        return None
    return value[link:].strip() if keyed_links("superseded-by", value[link:], 0) else None


def _status_heading_line(line: str) -> str | None:
    """The status a heading line states as a key and a value (`# Status: accepted`, as some hand-kept logs write
    it under the title; `### Status: **Approved**` below other sections, ``status_heading_below``), or as what
    became of the record (`## Superseded by [x](..)`: the heading's text); None for a Status section's heading
    (`# Status`) or any other."""
    atx = markdown.atx_heading(line)
    if atx is None or atx[0] > 2:
        return None
    text = without_pictographs(atx[1])  # `## ⚡ Status: Accepted`
    if text[:1] in "Ss" and "](" in text and _SUPERSEDED_BY_WORDS.match(text) is not None:
        return text  # `## Superseded by [Feature flags for major versions](../x.md)` (shopware's retired records)
    if ":" not in text and "：" not in text:
        return status_named_in_heading(text)
    keyed = _HEADER_LINE.fullmatch(text)
    if keyed is None or header_key(keyed.group(1)) != "status":
        return None
    value = keyed.group(2).strip()
    return value if value and read_status(value).sure else None


def date_heading_line(line: str) -> str | None:
    """The day a heading line under the title states as a key and a value (`## Date: 2026-02-14`, as some
    AI-written templates lay their fields out, one heading each; `### Date: 2020-12-01`, ministryofjustice's
    opg-technical-guidance); None for `## Date` alone, or a value that is no day (`## Date: to be agreed`)."""
    if line[:2] != "##" or "ate" not in line:
        return None
    atx = markdown.atx_heading(line)
    if atx is None or atx[0] > 3:
        return None
    keyed = _HEADER_LINE.fullmatch(without_pictographs(atx[1]))  # `## 📅 Date: 2026-02-14` too
    if keyed is None or header_key(keyed.group(1)) != "date":
        return None
    value = keyed.group(2).strip()
    return value if date_alone(value) is not None else None


def header_end(lines: list[str], first: markdown.Heading | None, status: markdown.Section | None) -> int:
    """The line index the metadata under a title runs to, when ``first`` is the first section's heading: that
    heading; past it when it is a `## Metadata` section's (to its end: key lines, a table) or states the status
    as a key and a value (`## Status: IMPLEMENTED`, its lines, and a `## Date: 2026-02-14` heading under it)."""
    if first is None:
        return len(lines)
    until = first.line - 1
    text = first.text
    if "ate" in text and date_heading_line(lines[until]) is not None:  # `### Date: 2020-12-01` opens the body
        end = until
        while end < len(lines) and (date_heading_line(lines[end]) is not None
                                    or _status_heading_line(lines[end]) is not None):
            end = _next_heading(lines, end + 1)
        return end
    if len(text) <= _METADATA_LENGTH and text.strip().lower() in METADATA_HEADINGS:
        return _next_heading(lines, first.line)
    if status is not None or not may_state_a_status(text):
        return until
    if (":" not in text and "：" not in text) or _status_heading_line(lines[until]) is None:
        return until + 1  # `## Status Accepted`: the heading alone
    end = _next_heading(lines, first.line)
    while end < len(lines) and date_heading_line(lines[end]) is not None:
        end = _next_heading(lines, end + 1)
    return end


# What a section holding a record's metadata is called (`## Metadata`, as some templates have it; `## Document
# Metadata` over a table of keys, OmniNode-ai/omnibase_core's; `## Record` over `| Field | Value |`, HengYangDS/ethos').
METADATA_HEADINGS = frozenset({"metadata", "meta data", "metadaten", "métadonnées", "metadatos", "metadados",
                               "document metadata", "adr metadata", "record metadata", "decision metadata",
                               "document information", "document info", "record", "record details",
                               "record information"})
_METADATA_LENGTH = max(map(len, METADATA_HEADINGS))


def _next_heading(lines: list[str], start: int) -> int:
    """The line index of the first ATX heading from line index ``start`` on (or the end)."""
    for index in markdown.unfenced(lines, start):
        if lines[index][:1] == "#" and markdown.atx_heading(lines[index]) is not None:
            return index
    return len(lines)


def status_named_in_heading(text: str) -> str | None:
    """The status a Status heading states on its own line (`## Status Accepted`, as eve-sde writes it; `## Status -
    accepted`, SumoSumir/kata-na's): a lifecycle word after the name; None for `Status of the migration`, `Status
    quo` or the name alone."""
    name, _, rest = text.strip().partition(" ")
    if not rest or name.lower() not in _STATUS_NAMES:
        return None
    word = _unbold(rest.lstrip("-–— \t"))
    return word if lifecycle_word(word) is not None else None


# Relations whose value set as code is still one (a record's file set so is read as a file's name is elsewhere).
_CODED_RELATIONS = frozenset({"supersedes", "superseded-by", "relates-to"})
# Relations a header line names only before a colon.
_KEYED_ONLY = frozenset({"relates-to", "amends", "amended-by", "extends", "extended-by", "tags"})
# Days named so only before a colon: without one they open a sentence (`Established 2015 as the team's baseline`).
_DAYS_KEYED_ONLY = frozenset({"last updated", "last modified", "established", "initial date", "date of submission",
                              "submission date", "submitted on", "date of decision", "decided on", "accepted on"})


def _a_word_alone(value: str) -> bool:
    """Whether a status value is its word alone, or one with a remark set apart (`Accepted`, `Accepted (2019)`,
    `Accepted. See ..`), not the words of a sentence (`Deprecated APIs are listed ..`)."""
    rest = value.lstrip("*_").split(None, 1)
    return len(rest) < 2 or rest[0][-1:] in ".,;:" or rest[1][:1] in "([—–-|*_"


def _colon_between(line: str, match: re.Match[str]) -> bool:
    between = line[match.end(1):match.start(2)]
    return ":" in between or "：" in between


def _day_of_a_revisit(value: str) -> str:
    """A revisit line's value when it is a day, month or quarter (``_a_revisit_day``), a remark in brackets after it
    left out (`September 25, 2026 (3 months)`), without the emphasis or pictograph that set it off (`🗓️ **March
    2026**`); "" for a sentence."""
    if value[:1] > "\u2000" or "**" in value or "__" in value:
        value = _EMPHASIS_PAIR.sub(r"\2", after_pictographs(value)).strip()
    if value[-1:] == ")" and "(" in value and _a_revisit_day(bare := value[:value.rindex("(")].rstrip()):
        return bare
    return value if _a_revisit_day(value) else ""


_EMPHASIS_PAIR = deferred(r"(\*\*|__)(.+?)\1")


def _a_revisit_day(value: str) -> bool:
    """Whether a revisit line's value under the title is a day, month or quarter (or `never`): what other logs
    write there; anything else (`Revisit: when the team doubles`) is a sentence, not a point to be due at."""
    point = revisit_point(_unbold(value))
    return point is not None and point.kind != "cycle"


def _unquoted(line: str) -> str:
    return line.lstrip(">").lstrip() if line[:1] == ">" else line


def _table_columns(names: str, values: str) -> list[tuple[str, str]]:
    """The metadata a table with a header row holds in its first row (`| Status | Date | Deciders |` over
    `| Proposed | 2025-01-07 | Core Team |`): the status, date and deciders columns, by their header."""
    found = []
    for name, value in zip(_cells(names), _cells(values)):
        key = header_key(name)
        if key == "status" and key_spelling(name) == "state":
            continue
        if key in ("status", "date") or key in _DECIDER_KEYS or key in _LINK_KEYS \
                or ((key == "revisit" or key in _AHEAD_KEYS) and _a_revisit_day(value)):
            found.append((key, _unbold(value)))
    return found


def _paired_rows(row: str) -> list[str]:
    """The key and value pairs of a table row holding two or three (`|**Decision Made:**|Yes| **Decision Date:** |
    01/2017 |`, vets.gov's decision records), each as a row of its own; none for any other row."""
    cells = _cells(row)
    if len(cells) not in (4, 6):
        return []
    return [f"| {cells[at]} | {cells[at + 1]} |" for at in range(0, len(cells), 2)]


# The keys of ``_REVIEW_DATE`` and ``_AHEAD_NAMES``, as ``header_key`` gives them: a revisit point when later than
# the record's day (normalize).
_AHEAD_KEYS = frozenset({header_key(name) for name in (_REVIEW_DATE, *_AHEAD_NAMES)})


def _a_day_line(line: str) -> bool:
    """Whether ``line`` is a key that names the decision's day and a day (`**Decision Date**: September 7, 2024`;
    not `**Date**:` alone, which closes other documents as much)."""
    match = _HEADER_LINE.fullmatch(line.rstrip())
    return match is not None and "decid" in match.group(1).lower().replace("decision", "decid") \
        and header_key(match.group(1)) == "date" and date_alone(match.group(2).strip()) is not None


# The status's key after another key's value on one line (`Datum: 17. 3. 2026 Stav: Přijato`), its value after it.
_STATUS_KEYS_AS_WRITTEN = "|".join(re.escape(name) for heading in STATUS_HEADINGS
                                   for name in (heading, heading.upper()))
_A_DAY_AFTER = deferred(r"[.;]\s+([^\W\d_]{3,9})[ \t]*[:：][ \t]*(?=\d)")  # `. Date: 2026-..` after a status
_A_STATUS_AFTER = deferred(rf"(?<!\s)[.,;]?\s+(?:{_STATUS_KEYS_AS_WRITTEN})[ \t]*[:：]")  # as a key is written: `Stav:`
_DOT_KEYED = deferred(r"([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2})[ \t]+·[ \t]+(\S.*)")
_DOT_KEYS = frozenset({"status", "date", "deciders", "decision-makers", "supersedes", "superseded-by", "revisit"})
_BOLD_DASH_KEYED = deferred(r"\*\*([^*:]{1,40})\*\*[ \t]+[-–—][ \t]+(\S.*)")
_EMPHASIS_TAGS = deferred(r"</?(?:u|b|i|em|strong|ins|mark)>", re.IGNORECASE)


def _a_dated_pair(row: str) -> bool:
    """Whether a table's header row is itself a key and its value (`| Date | 2025-12-04 |` over `|---|---|` and
    `| Scope | Platform |`, opendatahub-io's records): the table's rows are all pairs, the first row's too. A day
    written so that adr cannot read it (`| Date | January , 2026 |`) is a value all the same: no column is
    headed by a year."""
    cells = _cells(row)
    if len(cells) != 2 or header_key(_unbold(cells[0])) != "date":
        return False
    value = _unbold(cells[1])
    return date_alone(value) is not None or any(char.isdigit() for char in value)


def status_rows(lines: list[str], after: int) -> list[tuple[int, str]]:
    """The rows of a key and value table in a record's metadata that state its status (`| Status | proposed |` in
    the `## Record` section HengYangDS/ethos' records open with, under a `Status: proposed.` line): each row's line
    index and value as written. The reader takes the status from its first statement; a person reads any. Looked
    for from line index ``after`` (the title) to the first section that holds no metadata."""
    found = []
    for index in markdown.unfenced(lines, after + 1):
        line = lines[index]
        if line[:1] == "#" and (heading := markdown.atx_heading(line)) is not None \
                and heading[1].strip().lower() not in METADATA_HEADINGS and not is_status_heading(heading[1]):
            break
        if line[:1] == "|" and (match := _TABLE_ROW.fullmatch(line.rstrip())) is not None \
                and (read := _keyed(line, match)) is not None and read[0] == "status":
            found.append((index, read[1]))
    return found


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _unbold(text: str) -> str:
    return text.strip("*_ \t")


_KIND_AFTER_A_RELATION = ("-decision", "-record")


def label_key(label: str) -> str:
    """The relation a link's label names: `Superseded by` -> `superseded-by`; in other languages too
    (`Ersetzt durch`, `Remplace`, `Relacionado`); any other label as its words joined by `-`."""
    key = "-".join(label.lower().strip(" :：-–—→").split())  # `Superseded - [..](..)`, `Superseded → [..](..)`
    if "_" in key:  # `generalized_by`, as slior/adrflow writes its labels
        key = key.replace("_", "-")
    if key in _LABEL_ALIASES:
        return _LABEL_ALIASES[key]
    if key[:5] == "super" and superseded_in_part(label) is not None:
        return SUPERSEDED_IN_PART  # `Superseded in part by`, `Superseded (in part) by`, `Superseded in part por`
    if key[:5] == "super" and key[-7:] in ("ecision", "-record") and key.endswith(_KIND_AFTER_A_RELATION):
        key = key.rsplit("-", 1)[0]  # `Superseded by decision: [0022 ..](..)` (nationalarchives' TDR records)
    if key[:5] == "super":
        spelt = _SUPERSEDE_SPELLINGS.fullmatch(key)
        if spelt is None and (word := key.rpartition("-"))[2] in _BY_IN_OTHER_LANGUAGES:
            spelt = _SUPERSEDE_SPELLINGS.fullmatch(word[0] + "-by")  # `Superseded por [ADR-5](..)`: the log's `by`
        if spelt is not None:
            return "superseded-by" if spelt.group(1) else "supersedes"  # `Superceeds`, `Superseeded by`
    if not key.isascii():
        key = unicodedata.normalize("NFC", key)
    return _RELATION_WORDS.get(key, key)


def sections(lines: list[str], after: int, scanned: list[markdown.Heading] | None = None
             ) -> tuple[markdown.Heading | None, markdown.Section | None]:
    """The first section heading after line index ``after`` (None when a level-1 heading comes first) and the
    `## Status` section, from one scan of the headings: in adr-tools' layout, Status is the first section.
    ``scanned``, when given, gets every heading the scan met: all of them when no Status section is found."""
    headings = markdown.iter_headings(lines, after + 1)
    for opening in headings:
        if opening.level <= 2:
            break
        if scanned is not None:
            scanned.append(opening)
    else:
        return None, None
    status = markdown.find_section_in(lines, STATUS_HEADINGS, itertools.chain((opening,), headings),
                                      is_status_heading, kept=scanned)
    return (opening if opening.level == 2 else None), status


def status_at_another_level(lines: list[str], after: int, found: list[markdown.Heading] | None = None
                            ) -> markdown.Section | None:
    """A Status section under a heading of another level (`# Status`, `### Status`), as hand-kept logs write it;
    it runs to the next heading of its level or above. ``found``: the headings after line index ``after``, when
    a scan has already met them all (``sections``' scan that found no Status section)."""
    if found is None:
        found = markdown.scan_headings(lines, after + 1)
    for position, heading in enumerate(found):
        if is_status_heading(heading.text):
            end = next((markdown.end_before(lines, other) for other in found[position + 1:]
                        if other.level <= heading.level), len(lines))
            return markdown.Section(heading, heading.line, end)
    return None


def status_heading_below(lines: list[str], after: int, found: list[markdown.Heading] | None = None
                         ) -> tuple[str, int] | None:
    """The status a heading below other sections states as a key and a value (DFE-Digital/teaching-vacancies'
    `### Status: **Approved**` at the end of a `## Prologue (Summary)`), and its 1-based line, in a record no
    Status section or line states one of; None when no heading of level 2 or 3 does. ``found`` as
    ``status_at_another_level`` takes it."""
    if found is None:
        found = markdown.scan_headings(lines, after + 1)
    for heading in found:
        if 2 <= heading.level <= 3 and ("tatus" in heading.text or "TATUS" in heading.text) \
                and (":" in heading.text or "：" in heading.text):
            value = _status_heading_line(f"## {heading.text}")
            if value is not None and (word := _unbold(value)) and (word.isalpha() or lifecycle_word(word) is not None):
                return value, heading.line  # a word, not a sentence (`Rejected alternatives considered below`)
    return None


def status_label(lines: list[str], after: int) -> markdown.Section | None:
    """The Status section of a record that marks its sections with no heading, only a line of the section's name
    alone (motionmavericks/app: `Status`, then `- Accepted — 2025-08-31.`): that line, after a blank one, and the
    list or paragraph right under it, to the next blank line. None for the word inside a sentence, or alone with
    nothing under it."""
    for index in range(after + 1, len(lines) - 1):
        line = lines[index]
        if line[:1] not in ("S", "s") or line.rstrip() not in ("Status", "status") or lines[index - 1].strip():
            continue
        under = lines[index + 1]
        if not (under[:2] in markdown.LIST_MARKS or under[:1].isalpha()):
            return None
        end = index + 1
        while end < len(lines) and lines[end].strip():
            end += 1
        return markdown.Section(markdown.Heading(0, line.rstrip(), index + 1), index + 1, end)
    return None


Layout = tuple["markdown.Heading | None", "markdown.Section | None", "tuple[str, int] | None"]


def plain_layout(lines: list[str], after: int) -> Layout | None:
    """``sections`` and ``date_line`` together, in one pass, where adr-tools wrote them: every line from the
    title to the end of the Status section blank, text opening with a letter, or a heading opening with `#`,
    and a `##` heading first. None for anything else (the general functions then read the lines), or when
    the lines run out first. A third of the cost of an adr-tools record otherwise."""
    first = opened = None
    date = None
    for index in range(after + 1, len(lines)):
        line = lines[index]
        if not line:
            continue
        if line[0].isalpha():  # nothing that opens a heading, a fence, a block, or underlines one
            if first is not None:
                continue
            opening = line[:10].lower()  # keys in any case: `DATE: 2025.04.29` reads as `Date:` does
            if date is None and opening[:4] == "date":
                match = _DATE_LINE.fullmatch(line)
                if match is None:
                    return None  # `Date Accepted: ...`: the general functions read it
                date = match.group(1).rstrip(), index + 1
            elif opening.startswith(_HEADER_OPENINGS) or (date is None and opens_with_a_month(line)) \
                    or _keyed_in_another_language(line):
                return None  # a header metadata line, or a day alone (`June 19, 2018`): the general functions read it
            continue
        if line[0] != "#":
            return None
        atx = markdown.atx_heading(line)
        if atx is None or atx[0] > 2:  # `#text` is text; deeper headings open no section here
            continue
        heading = markdown.Heading(atx[0], atx[1], index + 1)
        if first is None:
            if heading.level == 1:  # then the Date line may be anywhere: the general functions decide
                return None
            first = heading
        if opened is not None:
            return first, markdown.Section(opened, opened.line, markdown.end_before(lines, heading)), date
        if heading.level == 2 and (heading.text.lower() == "status" or
                                   (not heading.text.isascii() and is_status_heading(heading.text))):
            opened = heading
    return None


def names_its_successor(text: str) -> bool:
    """Whether a heading's ``text`` says the record was superseded (`SUPERSEDED BY [RFC 12](..).`): no title."""
    return _SUPERSEDED_BY_WORDS.match(text) is not None


# A successor's reference, then the title after a colon (V-Sekai/manuals: `# Superceded by <20250427-x.md>: Phoenix
# ...`): the reference a link, an autolink or a word.
_SUCCESSOR_THEN_TITLE = deferred(r"(\[[^\[\]]*\]\([^()\s]*\)|<([^<>\s]+)>|[^\s\[<]\S*?)\s*:\s+(\S.*)")


def successor_and_title(text: str) -> tuple[str, str | None]:
    """A superseded heading's words naming the successor (an autolink as a Markdown link) and the title written
    after them, if any."""
    said = _SUPERSEDED_BY_WORDS.match(text)
    rest = _SUCCESSOR_THEN_TITLE.fullmatch(text[said.end():].strip()) if said is not None else None
    if said is None or rest is None:
        return text, None
    reference = f"[{rest.group(2)}]({rest.group(2)})" if rest.group(2) else rest.group(1)
    return f"{text[:said.end()]} {reference}", rest.group(3).strip()


# How the header lines the general functions read open (in lower case, the first ten characters at most): the
# first word of each key they read (`Valid until:`, `Expires:`, `Sunset:` too), a date's aside (``plain_layout``).
_HEADER_OPENINGS = tuple(sorted({name.split()[0][:10] for name in _HEADER_NAMES if not name.startswith("date")}
                                | {"supersede", "replace", "relate", "amend", "revisit", "review", "next"}))


def is_header_line(line: str) -> bool:
    """Whether ``line`` is a metadata line as records write them under the title (`**Statut**: Accepté`)."""
    return _HEADER_LINE.fullmatch(line.rstrip()) is not None


def _keyed_in_another_language(line: str) -> bool:
    """Whether ``line`` is a header metadata line whose key is in another language (`Datum: 2021-04-19`)."""
    colon = line.find(":")
    if colon < 0:
        colon = line.find("：")
    return 0 < colon <= _KEY_LENGTH and key_spelling(line[:colon]) in _LOCALIZED_OR_DATA


def status_section(lines: list[str], section: markdown.Section | None) \
        -> tuple[dict[str, Any], dict[str, int], tuple[Link, ...]]:
    """Status word and links from the `## Status` section, as meta entries and Link objects."""
    if section is None:
        return {}, {}, ()
    return _read_status(lines, section)


def _read_status(lines: list[str], section: markdown.Section) \
        -> tuple[dict[str, Any], dict[str, int], tuple[Link, ...]]:
    meta: dict[str, Any] = {}
    key_lines: dict[str, int] = {}
    found_links: list[Link] = []
    hint: markdown.Paragraph | None = None
    choices: list[str] | None = None  # the hint, when it is the template's list of statuses
    successor_first: int | None = None  # the line of a successor's link that opens the section
    for paragraph in _status_paragraphs(lines, section):
        if paragraph.text[:1] == "=" and not paragraph.text.strip("= "):
            continue  # `======` under `## Status`: a rule (marouni/adr's template), no status
        if "}" in paragraph.text:  # `Supersedes: {term}ADR-26006`: MyST roles naming records, as references
            paragraph = markdown.Paragraph(unroled(paragraph.text), paragraph.line, paragraph.links)
        key = _link_label(paragraph) if paragraph.links else None
        said = _relation_sentence(paragraph) if key is None and paragraph.links else None
        if said is not None:
            named, after_a_status = said
            if not after_a_status and named[0].label == "superseded-by" and "status" not in meta and not found_links:
                successor_first = paragraph.line  # `**Superseded by [ADR-0013](..).** The approach ..` opening it
            add_links(meta, key_lines, found_links, named)
            if not after_a_status:
                continue  # `Supersedes parts of [ADR 13](..).`: a link paragraph in words, not the status
        if key is None:
            if paragraph.text[:2] in _DATE_OPENINGS and _date_value(paragraph.text) is not None:
                continue  # `Date: 2025-10-17` in the Status section: the record's day (read by `dated`)
            if "status" not in meta and _a_day_field(paragraph.text):
                continue  # `**Last Updated:** December 15, 2025` over the status (or a `## Current Status` of it)
            if hint is None and "status" not in meta and (_a_hint(lines, paragraph) or _a_question(paragraph)
                                                          or (choices := _the_choices(lines, paragraph)) is not None
                                                          or _asks_over_a_list(lines, paragraph, section)):
                hint = paragraph  # `> 상태: 제안됨(Proposed)|승인됨(Accepted)` over the status: the template's
                continue
            if "status" in meta and not paragraph.links and (bare := _bare_relation(paragraph)):
                add_links(meta, key_lines, found_links, bare)  # `mentions 1` after the status
                continue
            if "status" in meta and said is None and paragraph.links \
                    and (remark := _successor_remark(_source(lines, paragraph))) is not None:
                add_links(meta, key_lines, found_links, keyed_links("superseded-by", remark, paragraph.line))
                continue  # `Toelichting: vervangen door [ADR 0002](..)` after the status
            # The status is the first other paragraph; after a link one, only a status word is (a paragraph
            # that says why, `See [0021](..) for the discussion`, is not).
            if "status" not in meta and paragraph.text and \
                    (not found_links or _a_status_word(paragraph) or said is not None or _a_status_given(paragraph)):
                if "![" in lines[paragraph.line - 1]:  # a badge: its address states the status, not its alt text
                    meta["status"] = _source(lines, paragraph)
                elif "|" in paragraph.text and ("*" in lines[paragraph.line - 1] or "_" in lines[paragraph.line - 1]):
                    meta["status"] = _source(lines, paragraph)  # `Proposed | **Accepted** | ...`: the emphasis chose
                elif ("·" in paragraph.text or "," in paragraph.text or "/" in paragraph.text) \
                        and "*" in lines[paragraph.line - 1] \
                        and chosen_on_a_line(_source(lines, paragraph)) is not None:
                    meta["status"] = _source(lines, paragraph)  # `Proposed · **Accepted** · Rejected`: as with bars
                else:  # `Status: Draft`, `Statut : remplacé par ADR-017`: without its key
                    keyed = ":" in paragraph.text[:24] or "：" in paragraph.text[:24]
                    meta["status"] = _unkeyed(paragraph.text) if keyed else paragraph.text
                key_lines["status"] = paragraph.line
                if paragraph.links and said is None:
                    found_links.extend(_successor_named_in(paragraph))
                elif not paragraph.links:
                    add_links(meta, key_lines, found_links, _relations_in_words(paragraph))
            continue
        if key == "superseded-by" and "status" not in meta and not found_links:
            successor_first = paragraph.line  # `**Superseded by [ADR-0013](..).**` opening the section
        for label_text, href in paragraph.links:
            target = link_target(label_text, href)
            found_links.append(Link(key, target, href, paragraph.line))
            if target is not None:
                meta.setdefault(key, []).append(target)
                key_lines.setdefault(key, paragraph.line)
    if "status" in meta and meta["status"][:1] == "[" and (ticked := _ticked(lines, key_lines["status"] - 1,
                                                                              section.end)
                                                             or _ticked_under_a_hint(lines, key_lines["status"] - 1,
                                                                                     section.end)) is not None:
        meta["status"], key_lines["status"] = ticked  # `- [x] Proposed`, `- [x] Accepted`, `- [ ] Rejected`
    elif "status" in meta and (latest := _latest_entry(lines, key_lines["status"] - 1, section.end,
                                                       meta["status"])) is not None:
        meta["status"], key_lines["status"], history = latest  # a history of statuses, newest last: the record's
        # is the latest
        if (decided := _decided_entry(history, key_lines["status"] - 1)) is not None:
            meta["decided"] = decided  # `- 2024-05-24: Accepted` before `- 2025-03-03: Superceded by ..`: its day
    elif "status" in meta and (chosen := _chosen_in_a_list(lines, key_lines["status"] - 1, section)) is not None:
        meta["status"], key_lines["status"] = chosen  # `- Proposed`, `- **Accepted**`, `- Rejected`: the one marked
    # A successor's link opening the section makes the status superseded, whatever a remark after it says
    # (`(Originally Accepted)`, `The bridge moved.`)
    if successor_first is not None and ("status" not in meta or (key_lines["status"] > successor_first
                                                                 and _a_remark(meta["status"]))):
        meta["status"], key_lines["status"] = "superseded", successor_first
    if hint is not None and "status" not in meta:  # the hint is all the section says: read as it was
        meta["status"] = hint.text if choices is None else " | ".join(choices)  # the choices: none chosen
        key_lines["status"] = hint.line
    successor = next((link for link in found_links if link.label == "superseded-by"), None)
    if successor is not None and successor.target is not None and "superseded-by" not in meta:
        meta["superseded-by"] = [successor.target]  # named in the status paragraph
        key_lines["superseded-by"] = successor.line or key_lines["status"]
    partly = next((link for link in found_links if link.label in _STATUS_OF_LABEL or link.label in _SET_ASIDE), None) \
        if found_links and "status" not in meta else None
    if partly is not None:  # `Partially superseded by [ADR 2](./0002-b.md)`, `Deprecated by [..](..)` alone
        meta["status"] = _STATUS_OF_LABEL.get(partly.label) or _SET_ASIDE[partly.label]
        key_lines["status"] = partly.line or section.heading.line
    if found_links and any(link.label in _PARTLY_SUPERSEDED_BY for link in found_links):  # the rest stands:
        found_links = [Link("amended-by", link.target, link.href, link.line)  # amended by that record, not superseded
                       if link.label in _PARTLY_SUPERSEDED_BY else link for link in found_links]
        for label in _PARTLY_SUPERSEDED_BY & meta.keys():
            meta.setdefault("amended-by", []).extend(meta.pop(label))
            key_lines.setdefault("amended-by", key_lines.pop(label))
    if successor is not None and "status" in meta and (_still_in_force(meta["status"])
                                                       or struck_through(str(meta["status"]).strip())):
        meta["status"] = "superseded"  # `Accepted` (or `~Accepted~`), then `Superseded by [..](..)`: the later word
    if "status" not in meta and successor is not None:  # named by number or not (a URL, a date-named file)
        key_lines["status"] = successor.line if successor.line is not None else section.heading.line
        meta = {"status": "superseded", **meta}
    elif "status" not in meta:  # the section is there, and states no status: nothing, or links alone (a word lost
        meta = {"status": "", **meta}  # when `Accepted` above `Supersedes [..](..)` was edited away)
        key_lines["status"] = section.heading.line
    return meta, key_lines, tuple(found_links)


_DIGIT = re.compile(r"\d")


def _chosen_in_a_list(lines: list[str], first: int, section: markdown.Section) -> tuple[str, int] | None:
    """The status of a Status section that offers the statuses as a list opening at line index ``first``, the one
    chosen marked (hanaloop's template's items, `- **승인됨 (Accepted)**` in bold among them; `- [x] Accepted` among
    items with no box; the others struck through), and its 1-based line; None where none is marked so. Where two
    look marked, no status (an edit then refuses, as for a record without one)."""
    if not section.start <= first < section.end or lines[first].lstrip()[:1] not in _LIST_MARKERS:
        return None
    options = offered_options(lines, first, section.start, section.end)
    if options is not None and marked_twice(options):
        return "", first + 1
    chosen = chosen_option(options) if options is not None else None
    return (chosen.words, chosen.at + 1) if chosen is not None else None


_LIST_MARKERS = frozenset("-*+0123456789")


def _decided_entry(history: _History, latest: int) -> str | None:
    """The day of the entry that decided a record whose latest status, the entry of ``history`` on line index
    ``latest``, retired it (its entries lines, bullets or paragraphs, as adr's own edits add them): the first
    accepting entry's, else the earliest day of an entry that retired nothing (`Proposed (2026-01-05)` before
    `Deprecated (2026-12-08)`: the day the record gave itself); None when the latest entry is no retirement, or
    no other entry has such a day."""
    if not any(index == latest and read_status(entry.text).status in _RETIRED for entry, index, _ in history):
        return None
    others = [(entry.day, read_status(entry.text).status) for entry, index, _ in history
              if entry.day is not None and index != latest]
    deciding = next((day for day, status in others if status in _DECIDING), None)
    if deciding is None:
        deciding = min((day for day, status in others if status not in _RETIRED), default=None)
    return deciding.isoformat() if deciding is not None else None


_RETIRED = frozenset({"superseded", "deprecated", "obsolete", "retired", "replaced", "withdrawn", "abandoned"})
_REMARK_OPENINGS = frozenset("(（")


def _a_remark(text: str) -> bool:
    """Whether a paragraph after a successor's link is a remark on it, no status of the record: in brackets
    (`(Originally Accepted)`), or words that open with no status's (`The bridge moved.`)."""
    first = text.lstrip(" *_").split(None, 1)[:1]
    return text[:1] in _REMARK_OPENINGS or not first or lifecycle_word(first[0].strip(".,;:")) is None
_DECIDING = frozenset({"accepted", "approved", "decided", "adopted", "agreed"})


def _latest_entry(lines: list[str], first: int, end: int, status: object) -> tuple[str, int, _History] | None:
    """The latest entry of a status history that opens the Status section at line index ``first`` (lines or
    bullets: `Proposed 2018-12-09` then `Accepted 2018-12-10`; `~~Proposed~~` then `Accepted`; a table with a
    Status column), its 1-based line and the history's entries (none read from a table): the newest by day when
    every entry gives one, else the last written.
    None when the section holds no history: one status (its day before it, `2020-02-01 Accepted`, is read all
    the same where the status read as written names none), undated entries (the template's choices), prose."""
    opening = lines[first].lstrip()[:1]
    if opening == "|":
        row = _status_row(lines, first, end)
        return (*row, []) if row is not None else None
    line = lines[first]
    if "~" not in line and _DIGIT.search(line) is None and not a_dated_line_below(lines, first, end):
        return None  # nearly every Status section: a status word, no day, nothing struck, no dated line below
    entries = _history(lines, first, end)
    if len(entries) == 1:
        entry, index, _ = entries[0]
        return (entry.text, index + 1, entries) if entry.day is not None and read_status(str(status)).status is None \
            else None
    if len(entries) < 2:
        return None
    dated = entries if entries[0][0].day is not None else entries[1:]  # (the first undated: the status it
    if all(entry.day is not None for entry, _, _ in dated):  # was written with, `Accepted`, then `Deprecated on ..`)
        entry, index, text = max(dated, key=lambda found: (found[0].day, found[1]))
        if text[:1].isdigit():  # `2020-02-03 Accepted`: its day first, kept to date the record, as `Accepted
            return text, index + 1, entries  # 2020-02-03` is
    elif all(entry.struck for entry, _, _ in entries[:-1]) and not entries[-1][0].struck:
        entry, index, _ = entries[-1]
    else:
        return None
    return entry.text, index + 1, entries


# The entries of a status history: each entry, its line's index and the text it is read from.
_History = list[tuple[StatusEntry, int, str]]


def _history(lines: list[str], first: int, end: int) -> _History:
    """The entries of a status history opening at line index ``first`` (up to ``end``), each with its line's index
    and the text it is read from: lines, bullets or paragraphs, up to the first line that is none (a comment is
    no entry; a dated note on the history, `2025-12-08: Amended: ..`, is passed over)."""
    entries: _History = []
    for index, line in enumerate(uncommented(lines[first:end]), first):
        text = history_line(line)
        if not text:
            continue
        entry = status_entry(text)
        if entry is None and a_dated_note(text):
            continue
        if entry is None:
            break
        entries.append((entry, index, text))
    return entries


def a_dated_line_below(lines: list[str], first: int, end: int) -> bool:
    """Whether the next line that is not blank after line index ``first`` (before ``end``) holds a day written in
    figures, as a dated entry of a history does (`Deprecated on 2026-05-01.` under `Accepted`); not a link line's
    number (`Amended by [5. X](0005-x.md)`), which most Status sections of adr-tools hold below their word."""
    below = next((line for line in lines[first + 1:end] if line.strip()), "")
    return _DIGIT.search(below) is not None and _A_DAY_IN_FIGURES.search(below) is not None


# A day in figures: `2026-05-01`, `2026/05/01`, `01.05.2026`, `5/1/26`.
_A_DAY_IN_FIGURES = deferred(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")


_CHECKBOX = deferred(r"(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?\[([ xX])\][ \t]+")  # a list's box, or a box alone on its line


def _ticked(lines: list[str], first: int, end: int) -> tuple[str, int] | None:
    """The status a Status section written as a task list states (`- [x] Foreslått (dato: 2025-06-02)`, then
    `- [x] Akseptert (dato: 2025-06-10)`, `- [ ] Avvist`): the last ticked item, the newest step its writer
    ticked, and its 1-based line; the items joined as choices (`Proposed | Accepted`, the template's placeholder)
    when none is ticked. Boxes with no list marker (`[ ] Предложено`, `[x] Принято`, a line each) are read so too.
    None when the section does not open with such a list."""
    items: list[tuple[bool, str, int]] = []
    for index in range(first, end):
        line = lines[index]
        if not line.strip():
            continue
        box = _CHECKBOX.match(line.lstrip())
        if box is None:
            break
        items.append((box.group(1) != " ", line.lstrip()[box.end():].strip(), index + 1))
    if not items:
        return None
    ticked = [(text, line) for tick, text, line in items if tick]
    if ticked:
        return ticked[-1]
    return " | ".join(text for _, text, _ in items), items[0][2]


def _ticked_under_a_hint(lines: list[str], first: int, end: int) -> tuple[str, int] | None:
    """``_ticked``'s status of a task list under the template's instruction in brackets, a paragraph of its own at
    line index ``first`` (microsoft/edge-ai's `[Use the appropriate status to represent this decision record]` over
    `- [x] Accepted`), with a box ticked; None for any other paragraph."""
    line = lines[first].strip()
    if line[:1] != "[" or line[-1:] != "]" or "](" in line or not line[1:2].isalpha() \
            or len(line.split()) < _INSTRUCTION_WORDS:
        return None  # `[Accepted]` over a list of the work done is the status
    after = first + 1
    if after < end and lines[after].strip():
        return None  # the bracket goes on: no instruction standing alone
    ticked = _ticked(lines, after, end)
    return ticked if ticked is not None and "|" not in ticked[0] and _opens_with_a_status(ticked[0]) else None


_INSTRUCTION_WORDS = 4


def _opens_with_a_status(text: str) -> bool:
    """Whether ``text`` opens with a status word (`Accepted`, `Proposed (2024-01-02)`)."""
    first = text.split(None, 1)[0].strip("*_.,:") if text.split() else ""
    return lifecycle_word(first) is not None


# The key of a status's row in a table of keys and values under the Status heading.
_STATUS_ROW_KEYS = frozenset({"status", "state", "stage", "adr stage", "adr status", "decision status"})
# What opens the key of the row giving the status in force, where a table gives another too.
_IN_FORCE_NOW = ("effective", "current")


def _names_the_record_s_status(key: str) -> bool:
    """Whether a key and value table's row key names the record's status in words of its own, ending on `status`
    (KFM's `Effective decision status`, `Source/effective status`, `Effective ADR-0003 status`); not another
    thing's (`Implementation status`, `Build status`)."""
    if key[-7:] not in (" status", "/status") or len(key) > _KEY_LENGTH:
        return False
    return any(word in _STATUS_SUBJECTS or word[:4] == "adr-" for word in key[:-7].replace("/", " ").split())


# The words that say a row's status is the record's (``_names_the_record_s_status``).
_STATUS_SUBJECTS = frozenset({"effective", "current", "decision", "adr", "record", "overall"})


def _status_row(lines: list[str], first: int, end: int) -> tuple[str, int] | None:
    """The status a table opening the Status section gives: its status row when it is a table of keys and values
    (`| **ADR Stage** | DRAFT |`), else the latest row of a table of statuses (`| Status | Date |` over rows), by
    day when every row gives one, else the last; None for a table with neither, or no rows."""
    if first + 2 >= end or _TABLE_RULE.fullmatch(lines[first + 1]) is None:
        return None
    keyed: tuple[str, int] | None = None  # the first row keyed `Status` (or so: ``_STATUS_ROW_KEYS``)
    named: tuple[str, int] | None = None  # the first keyed by words ending on `status` (`Decision record status`)
    for index in range(first + 2, end):  # a table of keys and values (`| **ADR Stage** | DRAFT |`, cheqd's)
        cells = _cells(lines[index]) if lines[index].lstrip()[:1] == "|" else []
        if len(cells) == 2 and cells[1]:
            key = _unbold(cells[0]).lower()
            if key in _STATUS_ROW_KEYS:
                keyed = keyed or (cells[1], index + 1)
            elif _names_the_record_s_status(key):
                if key.startswith(_IN_FORCE_NOW):
                    return cells[1], index + 1  # `| **Effective decision status** | `proposed` |` under `| **Source
                named = named or (cells[1], index + 1)  # status** | `draft` |`: the one in force
    if keyed is not None or named is not None:
        return keyed or named
    names = [_unbold(name).lower() for name in _cells(lines[first])]
    column = next((position for position, name in enumerate(names) if name in ("status", "state")), None)
    if column is None:
        return None
    dates = next((position for position, name in enumerate(names) if name in _DAY_COLUMNS), None)
    rows: list[tuple[str, datetime.date | None, int]] = []
    for index in range(first + 2, end):
        if lines[index].lstrip()[:1] != "|":
            break
        cells = _cells(lines[index])
        if column < len(cells) and cells[column]:
            day = read_date(cells[dates]).day if dates is not None and dates < len(cells) else None
            rows.append((cells[column], day, index))
    if not rows:
        return None
    days = [(day, index, text) for text, day, index in rows if day is not None]
    if len(days) == len(rows):
        day, index, text = max(days)
        return f"{text} ({day.isoformat()})", index + 1  # its day dates a record that gives none, as a line's does
    text, _, index = rows[-1]
    return text, index + 1


# The column of a table of statuses that gives each its day (talo's `| Status | Time |` over `| Accepted |
# 2024-09-26T21:34:07.9151360Z |`).
_DAY_COLUMNS = frozenset({"date", "time", "datum", "when", "timestamp", "date/time", "day"})


# A sentence of the Status section that names a relation and links to the record, where a reader looks for one:
# opening its paragraph, or straight after the status word (`Accepted. Supersedes [ADR-0031](..).`, `Accepted,
# amended by [ADR039](..)`, `This ADR supersedes parts of [ADR 13](..).`, `This supersedes [..](..).`, `Amends
# [ADR-0036](..): the stream stands; ...`). Anywhere else in a sentence a link is a mention. A supersession of part
# of a record (`supersedes parts of`, `the "option 3" portion of`, `is in part superseded by`) leaves that record
# in force: amends.
_RELATION_SENTENCE = deferred(
    r"(?:(?P<status>[^\W\d_]+(?:[ /-][^\W\d_]+){0,2})(?:\s*\([^()]{0,40}\))?\s*[.,;:—–(]\s*)?"
    r"(?:this\s+(?:(?:adr|decision|record|document)\s+)?)?(?:(?:is|was|has\s+been)\s+)?(?:now\s+)?"
    r"(?P<partly>(?:in\s+part|partly|partially)\s+)?"
    rf"(?P<verb>{SUPERSEDED_WORD}(?P<inpart>\s+(?:in\s+part|partly|partially))?\s+by|amended\s+by|extended\s+by"
    rf"|refined\s+by|{SUPERSEDES_WORD}|amends|extends|refines|replaces|relates\s+to"
    r"|remplac[ée]e?\s+par|amend[ée]e?\s+par)"  # French (`Remplacé par [ADR 4](..), amendé par l'[ADR 3](..)`)
    rf"\s+(?:[ld]['’](?=\[|[^\W\d_]*\s*\d))?(?P<part>{PART_OF})?", re.IGNORECASE)
# A relation opening a later clause of a status paragraph (`Accepted. Amends [22](..) and extends [21](..).`,
# `Accepted, clarified by [ADR 3](..)`): after a sentence's end, a comma, a dash or `and`. A sentence may name
# what of the record the relation is about first (`Implementation ownership clarified by [ADR 21](..)`); a word
# of the log's own before `by` names the relation as a link line's label does (`Clarified by`); what it is about
# may be words joined by hyphens (`terminal-outcome table amended by`). The blanks before a comma or `and` are
# matched from the first of them, so that a long run is not tried from each of its places.
_CLAUSE_RELATION = deferred(
    r"(?:[.;!?]\s+(?P<about>(?:[^\W\d_]+(?:-[^\W\d_]+)*\s+){1,4}(?=[^\W\d_]+\s+by\s))?"
    r"|(?<!\s)\s*[,:—–(]\s*|(?<!\s)\s+(?:and|but)\s+)"
    r"(?:(?:is|was|has\s+been)\s+)?(?:now\s+)?(?P<partly>(?:in\s+part|partly|partially)\s+)?"
    rf"(?P<verb>{SUPERSEDED_WORD}(?P<inpart>\s+(?:in\s+part|partly|partially))?\s+by|amended\s+by|extended\s+by"
    rf"|refined\s+by|{SUPERSEDES_WORD}|amends|extends|refines|replaces|relates\s+to|(?P<word>[^\W\d_]+)\s+by"
    r"|amend[ée]e?\s+par|amende)"  # French, whose article may be elided before the record (`amendé par l'[ADR 15]`)
    rf"\s+(?:[ld]['’](?=\[|[^\W\d_]*\s*\d))?(?P<part>{PART_OF})?", re.IGNORECASE)
_SENTENCE_OPENINGS = frozenset("AaSsTtEeRrIiPpDdCcWwOo")  # a status word, `This ADR`, or a relation's verb
PARTLY = {"supersedes": "amends", "superseded-by": "amended-by"}
# A supersede key's remark that says it is in part (`Supersedes (in part):`, `(partially)`, `(teilweise)`), and a
# value that names a part of the record first.
PARTIAL = deferred(r"\bpart|partial|partly|parcial|teilweise|partiel", re.IGNORECASE)
_PART_OF_A_RECORD = deferred(PART_OF, re.IGNORECASE)
_PORTION_SENTENCE = deferred(PORTION_SUPERSEDED, re.IGNORECASE)  # `Connection identity portion superseded by`


def _relation_sentence(paragraph: markdown.Paragraph) -> tuple[list[Link], bool] | None:
    """The links the relation sentences of ``paragraph`` name, and whether a status word comes before the first;
    None when the paragraph opens with none (prose that mentions a record). The first opens the paragraph or
    follows its status word; more may open its later clauses (``_CLAUSE_RELATION``)."""
    text = paragraph.text
    said = _RELATION_SENTENCE.match(text) if text[:1] in _SENTENCE_OPENINGS else None
    if said is None or (said.group("status") is not None and lifecycle_word(said.group("status")) is None):
        portion = _PORTION_SENTENCE.match(text) if "portion" in text or "part" in text else None
        if portion is None:  # `Accepted. Clarified by [ADR 3](..).`: a status, then relations of later clauses
            later = _later_relations(paragraph, 0) if _status_opening(text) is not None else []
            return (later, True) if later else None
        key, at, after_a_status = "amended-by", portion.end(), True  # the rest of the record stands: the status
    else:
        key = _relation_key(said)
        at, after_a_status = said.end(), said.group("status") is not None
    found, at = _named_after(paragraph, key, at)
    if not found:
        return None
    return found + _later_relations(paragraph, at), after_a_status


def _relation_key(said: re.Match[str]) -> str:
    """The relation a relation sentence's verb names: a part of the record superseded amends it."""
    verb = said.group("verb")
    if said.group("inpart"):
        verb = verb[:said.start("inpart") - said.start("verb")] + " by"
    key = "supersedes" if verb.lower() == "replaces" else label_key(verb)
    if said.group("partly") or said.group("inpart") or (said.group("part") and key in PARTLY):
        key = PARTLY.get(key, key)
    return key


def _named_after(paragraph: markdown.Paragraph, key: str, at: int) -> tuple[list[Link], int]:
    """The records a relation's verb ending at ``at`` names: its links there and those `and` joins to them, or
    else its records' references alone (`Amended by ADR 0018 and ADR 0020.`); and where they end."""
    text = paragraph.text
    found: list[Link] = []
    position = 0
    for label_text, href in paragraph.links:
        start = text.find(label_text, position) if label_text else -1
        if start < 0:
            break
        if start > at:
            if not found or any(word not in _CONJUNCTIONS for word in _SEPARATORS.split(text[at:start].lower())
                                if word):
                break  # `[1](..) and [2](..)` are both named; a link after more words is a mention
        elif start < at:
            position = start + len(label_text)
            continue
        target = link_target(label_text, href)
        if target is not None or (href[-3:].lower() == ".md" and not _SCHEME.match(href)):
            found.append(Link(key, target, href, paragraph.line))
        at = position = start + len(label_text)
    if not found and key in KNOWN_RELATIONS and (alone := _REFERENCES_ALONE.match(text, at)) is not None:
        found = [Link(key, number, None, paragraph.line) for number in as_numbers(alone.group(1))]
        at = alone.end(1)
    elif not found and key in KNOWN_RELATIONS and (path := _PATH_NAMED.match(text, at)) is not None and \
            (number := number_of_file(path.group(1))) is not None:
        found, at = [Link(key, number, None, paragraph.line)], path.end()  # `Supersedes `docs/adrs/0001-x.md`.`
    return found, at


# A record named by its file's path where the clause ends (`Supersedes `docs/adrs/0001-x.md`.`, its code span's
# marks gone from the paragraph's text).
_PATH_NAMED = deferred(r"`?([^`\s()\[\]]+\.md)`?(?=\s*(?:[.;,)]|$))", re.IGNORECASE)


def _relations_in_words(paragraph: markdown.Paragraph) -> list[Link]:
    """The relations a status paragraph with no link names by references alone (`Amended by ADR 0018 and ADR
    0020.`, `Accepted, extended by ADR 4`); the supersede ones are the status's own reading (``read_status``)."""
    if _DIGIT.search(paragraph.text) is None:
        return []
    said = _relation_sentence(paragraph)
    return [link for link in said[0] if link.label not in _SUPERSEDE_KEYS] if said is not None else []


_SUPERSEDE_KEYS = frozenset({"supersedes", "superseded-by"})


def _later_relations(paragraph: markdown.Paragraph, at: int) -> list[Link]:
    """The links of the relations that open the clauses of ``paragraph`` after ``at``, each naming its records
    straight after its verb; a word of the log's own before `by` only with links to records (`Clarified by
    [ADR 3](..)`), never a status's word (`Implemented by [PAE-1](..)`, `Accepted by [the board](..)`)."""
    text = paragraph.text
    found: list[Link] = []
    while at < len(text) and (said := _CLAUSE_RELATION.search(text, at)) is not None:
        at = said.end()
        word = said.group("word")
        if word is not None and (lifecycle_word(word) is not None or not paragraph.links):
            continue
        key = _relation_key(said)
        if said.group("about") and key in PARTLY:
            key = PARTLY[key]  # `The cache portion superseded by ..`: a part of it
        named, after = _named_after(paragraph, key, at)
        if word is not None:
            named = [link for link in named if link.target is not None]
        found.extend(named)
        at = max(at, after)
    return found


# Records named by their references alone after a relation's verb, up to where the clause ends (`Amended by ADR
# 0018 and ADR 0020.`); not a record named in a sentence that goes on (`supersedes ADR-0001 at the conceptual level`).
_REFERENCES_ALONE = deferred(
    r"((?:(?:adr|rfc)[-_ ]?|#)\d+(?:\s*(?:,|&|\band\b)\s*(?:(?:adr|rfc)[-_ ]?|#)\d+)*)\s*(?=[.;,)]|$)",
    re.IGNORECASE)


_MARKDOWN_LINK = re.compile(r"\[([^\[\]]*)\]\(([^()\s]*)\)")
# A relation named by records' numbers alone, in a paragraph of its own after the status (`mentions 1`, as
# slior/adrflow writes it beside `mentions [1](1-x.md)`): a relation's word, then references and nothing else.
_REFERENCE = r"(?:(?:adr|rfc)[-_ ]?|#)?\d+"
# The word may end with a colon (`Supersedes: ADR-0001, ADR-0002`, `Supersedes: 0001`, as a key is written); a
# remark in brackets may follow a reference (`Supersedes: ADR-002 (pending validation)`), but for a part of it.
_REMARKED = rf"{_REFERENCE}(?:\s*\((?!\s*(?:partial|partly|in\s+part|parts?\b))[^()]{{1,80}}\))?"  # not `(partially)`
_BARE_RELATION = deferred(
    rf"([A-Za-z][A-Za-z_ -]{{0,40}}?)(?:[ \t]*[:：][ \t]*|\s+)({_REMARKED}(?:\s*(?:,|&|\band\b)\s*{_REMARKED})*)\.?",
    re.IGNORECASE)
_REPLACE_KEYS = {"replaces": "supersedes", "replaced-by": "superseded-by"}  # `Replaces: ADR-3`, as a header says
KNOWN_RELATIONS = frozenset({"supersedes", "superseded-by", "amends", "amended-by", "relates-to", "extends",
                             "extended-by"})


def keyed_links(key: str, value: str, line: int) -> list[Link]:
    """The links a header line or a table row of a relation names (`| Extends | ADR-0005 |`, `**Refines**: ADR-001-P
    section on endpoint versioning`, `Amends: [3](0003-x.md)`): each record, by its link or its number, of the
    relation the words nearest before it name (``kind_before``)."""
    if "](" in value:
        return [Link(kind_before(key, value[:found.start()]), link_target(found.group(1), found.group(2)),
                     found.group(2), line)
                for found in _MARKDOWN_LINK.finditer(value)
                if not _SCHEME.match(found.group(2)) or record_file_of_url(found.group(2)) is not None]
    return [Link(key, number, None, line) for number in as_numbers(value)]


def kind_before(key: str, before: str) -> str:
    """The relation of a link a key line of the relation ``key`` holds after the text ``before``: the one the
    relation words nearest before it name, the links between them joined by commas or `and` (`**Amended by:**
    [ADR 2](..) (truncation); extended by [ADR 3](..), [ADR 4](..)`: 3 and 4 extend the record), else ``key``.
    Only a relation no typed field holds is told from another so: a supersede is the status's to say."""
    if key not in LINK_ONLY_KEYS or not before:
        return key
    said = _RELATION_LAST.search(_MARKDOWN_LINK.sub("", before[-_WORDS_BEFORE:]))
    kind = label_key(said.group(1)) if said is not None else key
    return kind if kind in LINK_ONLY_KEYS else key


# The relation words a key line's text ends with, before a link of it, links and what joins them left out
# (`(truncation); extended by `, `extended by , , and `).
_RELATION_LAST = deferred(r"\b(amended\s+by|extended\s+by|refined\s+by|amends|extends|refines)"
                          r"[\s:*_(]*(?:(?:,|&|\band\b)[\s*_]*)*$", re.IGNORECASE)
_WORDS_BEFORE = 400  # the text before a link read for its relation words: a key line's, and more


def date_named_links(key: str, value: str, line: int) -> list[Link]:
    """The date-named records a supersede line under the title names by their files (`Superseded by:
    [Memory](20260219-memory.md)`, or `` `agents/adr/20260219-memory.md` `` in a code span): no number says them."""
    if negated(value):
        return []  # `Supersedes: nothing (replaces a stance of `docs/research/2026-05-23-x.md`)`: a note's file
    files = [href for _, href in _MARKDOWN_LINK.findall(value)] if "](" in value else []
    if "`" in value and not files and not as_numbers(value):  # a code span names the record only where nothing
        files = _FILE_IN_CODE.findall(value)  # else does (`ADR-0003 (notes in `20200101-meeting.md`)`: a note)
    return [Link(key, None, file, line) for file in files if not _SCHEME.match(file) and is_date_named(file)]


_FILE_IN_CODE = deferred(r"`([^`\s]+\.md)`", re.IGNORECASE)  # a record's file named in a code span


def _bare_relation(paragraph: markdown.Paragraph) -> list[Link]:
    """The records a paragraph names by number after a relation's word (`mentions 1`, `Amends ADR-3`); none for
    any other paragraph (`Accepted 2017-08-11`, `See 3`); by its file's path (`Supersedes `docs/adrs/0001-x.md`.`)."""
    named = _BARE_RELATION.fullmatch(paragraph.text)
    if named is None:
        said = _relation_sentence(paragraph) if ".md" in paragraph.text else None
        return said[0] if said is not None and not said[1] else []
    key = label_key(named.group(1))
    key = _REPLACE_KEYS.get(key, key)
    if key not in KNOWN_RELATIONS:
        return []
    return [Link(key, number, None, paragraph.line) for number in as_numbers(named.group(2))]


def status_line_links(value: str, line: int) -> list[Link]:
    """The links a relation sentence in a status line under the title names (`**Status:** Accepted, amended by
    [0018](0018-x.md)`, `Status: Accepted, amended by ADR 0018`), as in a Status section."""
    if "](" not in value:
        if value.isalpha() or _DIGIT.search(value) is None:
            return []  # nearly every status: a word, no reference to a record
        return _relations_in_words(markdown.Paragraph(value.strip("*_ \t"), line, ()))
    links = [(found.group(1), found.group(2)) for found in _MARKDOWN_LINK.finditer(value)]
    plain = _MARKDOWN_LINK.sub(lambda found: found.group(1), value).strip("*_ \t")
    if "**" in plain or "__" in plain:  # `Accepted — **amended by** [ADR 2](..)`: as a Status section's text shows it
        plain = plain.replace("**", "").replace("__", "")
    said = _relation_sentence(markdown.Paragraph(plain, line, tuple(links))) if links else None
    return said[0] if said is not None else []


# What a record with no Status section may say of itself straight under its title, as a paragraph or a heading
# (Enterprise-CMCS/managed-care-review): `This ADR was superceded by [ADR 007](..).`, `## This document is now
# outdated. This ADR is superceded by [ADR 0024](..)`, `## This ADR is deprecated as we removed ...`.
_OPENING_STATE = deferred(r"this\s+(?:adr|decision|record|document)\s+(?:is|was|has\s+been)\s+(?:now\s+)?"
                          rf"(deprecated|{SUPERSEDED_WORD}|obsolete|rejected|withdrawn)\b", re.IGNORECASE)
_NEXT_THIS = deferred(r"[.!]\s+(?=[Tt]his\s)")
_OPENING_RELATIONS = frozenset({"supersedes", "superseded-by"})
_OPENING_LINES = 4  # the most lines of an opening paragraph read


# A relation's word, then the kind of record it names before the record (`supersedes decision: [..](..)`).
_KIND_NAMED = deferred(rf"\b({SUPERSEDED_WORD}\s+by|{SUPERSEDES_WORD})\s+(?:the\s+)?(?:decision|record)\s*:\s*",
                       re.IGNORECASE)


def opening_statement(lines: list[str], after: int) -> tuple[dict[str, Any], dict[str, int], tuple[Link, ...]] | None:
    """The status and supersede relation a record states in the paragraph or heading straight under its title
    (line index ``after``), in a sentence that opens with `This ADR` (`This ADR was superceded by [ADR 007](..).`,
    `## This ADR has been superseded by [028-x](028-x.md)`, `## This ADR is deprecated as ...`); None when that
    paragraph says neither (prose, or a relation in a later paragraph, is no statement)."""
    index = markdown.first_content(lines, after + 1)
    while index < len(lines) and (lines[index][:1].isalpha() or lines[index][:1] in "*_") and a_key_line(lines[index]):
        index = markdown.first_content(lines, index + 1)  # past `**Date:** 2020-04-01` over the statement
    if index == len(lines) or "this " not in lines[index][:12].lower():
        return None
    line = lines[index]
    if line[:1] == "#":
        atx = markdown.atx_heading(line)
        if atx is None or atx[0] < 2:
            return None
        text = atx[1]
    else:
        end = index + 1
        while end < len(lines) and end < index + _OPENING_LINES and lines[end].strip() and lines[end][:1] != "#":
            end += 1
        text = " ".join(part.strip() for part in lines[index:end])
    if text[:5].lower() != "this ":
        return None
    if "ecision:" in text or "ecord:" in text:
        text = _KIND_NAMED.sub(r"\1 ", text)  # `superseded by decision: [0022 ..](..)`: by the record
    start: int | None = 0
    while start is not None:
        sentence = text[start:]
        said = [link for link in status_line_links(sentence, index + 1) if link.label in _OPENING_RELATIONS]
        if said:
            meta: dict[str, Any] = {}
            key_lines: dict[str, int] = {}
            found: list[Link] = []
            add_links(meta, key_lines, found, said)
            if any(link.label == "superseded-by" for link in found):
                meta = {"status": "superseded", **meta}
                key_lines["status"] = index + 1
            return meta, key_lines, tuple(found)
        state = _OPENING_STATE.match(sentence)
        if state is not None:
            return {"status": state.group(1)}, {"status": index + 1}, ()
        following = _NEXT_THIS.search(text, start)
        start = following.end() if following is not None else None
    return None


def add_links(meta: dict[str, Any], key_lines: dict[str, int], found_links: list[Link], links: list[Link]) -> None:
    """``links`` added to ``found_links`` (each once) and their record numbers to ``meta`` under their labels."""
    for link in links:
        if any(link.label == other.label and link.target == other.target for other in found_links):
            continue
        found_links.append(link)
        if link.target is not None:
            named = meta.setdefault(link.label, [])
            if type(named) is list:  # a line under the title that names it already (`Superseded by: 2`) stays
                named.append(link.target)
            if link.line is not None:
                key_lines.setdefault(link.label, link.line)


_CHOICES = 3  # the fewest statuses a list of the template's choices names
_CHOICES_KEY = 12  # how far into the line a key before them may run (`列表：`, `STATUS：`): a colon further on is text


def _the_choices(lines: list[str], paragraph: markdown.Paragraph) -> list[str] | None:
    """The statuses a Status section's paragraph lists as the template's choices, apart by `/`, under a key or none
    (phodal/adr's templates until 2018 opened the section with `列表：提议/通过/完成/已弃用/已取代`, a list, and
    `STATUS：proposed/accepted/done/deprecated/superseded`, over the dated status lines `adr status` adds); None
    for any other paragraph (`Accepted/Implemented`, two states; words that are no statuses; `Proposed / **Accepted**
    / Rejected`, the one chosen marked)."""
    text = paragraph.text
    if text.count("/") < _CHOICES - 1 or chosen_on_a_line(_source(lines, paragraph)) is not None:
        return None
    colon = max(text.find(":"), text.find("："))
    listed = text[colon + 1:] if 0 < colon <= _CHOICES_KEY else text
    named = [choice.strip() for choice in listed.split("/")]
    if len(named) < _CHOICES or any(lifecycle_word(choice) is None for choice in named):
        return None
    return named


def _a_question(paragraph: markdown.Paragraph) -> bool:
    """Whether a Status section's paragraph is the template's question left over the status (`What is the
    status of this decision?`, then `- Approved`): a sentence that asks, not a status word with a doubt."""
    return paragraph.text[-1:] == "?" and len(paragraph.text.split()) > _STATUS_WORDS


def _asks_over_a_list(lines: list[str], paragraph: markdown.Paragraph, section: markdown.Section) -> bool:
    """Whether a Status section's paragraph is the template's question over its list of the statuses offered,
    however short (hanaloop's `현재 상태는 무엇인가요?` over `- 제안됨 (Proposed)`, `- 승인됨 (Accepted)`, ..)."""
    if paragraph.text[-1:] not in ("?", "？"):
        return False
    after = paragraph.line - 1
    while after < section.end and lines[after].strip():
        after += 1
    while after < section.end and not lines[after].strip():
        after += 1
    return after < section.end and offered_options(lines, after, section.start, section.end) is not None


def _source(lines: list[str], paragraph: markdown.Paragraph) -> str:
    """The Markdown ``paragraph`` was read from (its lines up to a blank one), joined on one line."""
    end = paragraph.line - 1
    while end < len(lines) and lines[end].strip():
        end += 1
    return " ".join(line.strip() for line in lines[paragraph.line - 1:end])


def _a_hint(lines: list[str], paragraph: markdown.Paragraph) -> bool:
    """Whether a Status section's paragraph is the template's hint left in a blockquote (`> Status: Proposed |
    Accepted | ...`): a quoted paragraph that states no status a reader can name."""
    if lines[paragraph.line - 1].lstrip()[:1] != ">":
        return False
    reading = read_status(_unkeyed_any(paragraph.text))
    return reading.template or not reading.sure


def _unkeyed_any(text: str) -> str:
    """``text`` without a status key in any language before it (`상태: ...`, `Status: ...`)."""
    keyed = _HEADER_LINE.match(text)
    if keyed is not None and header_key(keyed.group(1)) == "status":
        return keyed.group(2).strip()
    return text


# Partly superseded by, in English and as German, French, Spanish and Portuguese logs write it (`Teilweise ersetzt
# durch [ADR-0023](..)`).
_PARTLY_IN_OTHER_LANGUAGES = ("teilweise-ersetzt-durch", "teilweise-abgelöst-durch", "partiellement-remplacé-par",
                              "partiellement-remplacée-par", "parcialmente-reemplazado-por",
                              *(f"parcialmente-{key}" for key in replaced_by_in_portuguese()),
                              *replaced_by_in_portuguese(between="parcialmente-"))
# The label of a supersession in part whose word comes first (`Superseded in part by`, `Superseded (in part) by`):
# the status stays the word it opens with, as a status line saying so reads.
SUPERSEDED_IN_PART = "superseded-in-part-by"
_PARTLY_SUPERSEDED_BY = frozenset({"partially-superseded-by", "partly-superseded-by", SUPERSEDED_IN_PART,
                                   *_PARTLY_IN_OTHER_LANGUAGES})
# A link paragraph that says the status as well, when the section says none besides it.
_STATUS_OF_LABEL = {"partially-superseded-by": "partially superseded", "partly-superseded-by": "partly superseded",
                    SUPERSEDED_IN_PART: "superseded",
                    "deprecated-by": "deprecated",
                    **dict.fromkeys(_PARTLY_IN_OTHER_LANGUAGES, "partially superseded")}
# A status set aside for another record, which replaces it in no relation of adr's (`Rejected in favour of
# [0002](..)`, as the truth of the real logs has it): the status, when the link paragraph is all the section says.
_SET_ASIDE = {f"{word}-in-{favour}-of": word for word in ("deprecated", "rejected", "withdrawn", "declined")
              for favour in ("favour", "favor")}
# Words for a decision set aside by another, as logs write them before a link (`Invalidated by [0018-x.md](..)`,
# cloudfoundry/korifi): the status is the log's own word.
_STATUS_OF_LABEL.update((f"{word}-by", word) for word in (
    "invalidated", "obsoleted", "overridden", "overruled", "replaced", "revoked", "rescinded", "retired",
    "withdrawn", "voided", "reversed", "reverted", "cancelled", "canceled", "abandoned"))


def _unkeyed(text: str) -> str:
    """A status paragraph without the key some write before it (`Status: Draft` under `## Status`; the status of
    what it is, `Decision status: ✅ Accepted`, ministryofjustice/hmpps-integration-api, `Current status:`)."""
    keyed = _HEADER_LINE.match(text)
    if keyed is not None and (keyed.group(1).lower() == "status" or header_key(keyed.group(1)) == "status"):
        return keyed.group(2).strip()
    named, _, rest = text.partition(":")
    if rest and named.lower().endswith(" status") and named[:-7].strip().lower() in _STATUS_OF:
        return rest.strip()
    if rest and named.strip(" *_").lower() in _KEYS_OF_THE_STATE and _status_opening(rest.lstrip(" *_")):
        return rest.lstrip(" *_").strip()  # `**Current:** ✅ **IMPLEMENTED**`, `State: Accepted`
    return text


# Keys a Status section's paragraph may give its status under, besides `Status`.
_KEYS_OF_THE_STATE = frozenset({"current", "state", "current state", "decision", "outcome", "stage", "now"})
_STATUS_OPENING = deferred(r"(?:[^\w\s*]{1,2}\s*)?(\*\*|__)?([^\W\d_]+)(?:\*\*|__)?[ \t]*(?:(\w+)|(.?))")
# The words that go on from a status given as one (`rejected by the board`, `Approved with conditions`).
_AFTER_A_STATUS = frozenset({"by", "on", "in", "at", "with", "since", "after", "but", "and", "until", "pending",
                             "for", "as", "per"})


def _status_opening(text: str) -> str | None:
    """The lifecycle word ``text`` opens with when it gives a status as one: alone, set apart (bold, capitals),
    with a mark or a day after it, or a word that goes on from a status (`✅ **IMPLEMENTED** - ..`, `Accepted,
    but ..`, `rejected by the board`, `Accepted 2024-03-01`); None for a sentence that opens with a status's word
    as its verb or noun (`Draft a migration plan`, `Rejected options B and C`, `Accepted practice is ..`)."""
    opening = _STATUS_OPENING.match(text)
    word = lifecycle_word(opening.group(2)) if opening is not None else None
    if word is None or opening is None:
        return None
    if opening.group(1) is not None or opening.group(2).isupper():
        return word  # `**Proposed** (draft 2)`, `IMPLEMENTED - ..`: set apart as a status
    following, mark = opening.group(3), opening.group(4)
    if following:
        return word if following[0].isdigit() or following.lower() in _AFTER_A_STATUS else None
    return word if not mark or mark in ".,;:(-–—|" else None


def _still_in_force(status: object) -> bool:
    """Whether a status paragraph says the decision holds (`Accepted`, `Accepted (lazy consensus) &
    implemented`): a `Superseded by` paragraph after it then tells what became of it."""
    if not isinstance(status, str):
        return False
    reading = read_status(status)
    return reading.status is not None and reading.status not in ENDED_STATUSES


# How a `Date:` line opens (in any case, and a date key of another language: `Tanggal: 2026-09-27.`, `Дата:`).
_DATE_OPENINGS = frozenset({"**", "__", "Da", "da", "DA",
                            *(spelling for word, key in _LOCALIZED.items() if key in ("date", "decision-date")
                              for spelling in (word[:2], word[:2].title(), word[:2].upper()))})


# The status and other fields on its line, apart by pipes or middle dots, or as sentences.
_FIELDS_APART = deferred(r"(?<![ \t])[ \t]+[|·][ \t]+|(?<=[.;])[ \t]+")


def _date_value(text: str) -> str | None:
    """The value of ``text`` when it is a day's key line (`Date: 2025-10-17`); None for any other."""
    match = _HEADER_LINE.match(text)
    return match.group(2).strip() if match is not None and header_key(match.group(1)) == "date" else None


def _a_day_field(text: str) -> bool:
    """Whether ``text`` is a line keyed by a day's name other than a status's, with a day after it (`**Last
    Updated:** December 15, 2025`, `Created: 2024-01-02`)."""
    return _day_field(text) is not None


def _day_field(text: str) -> tuple[str, str] | None:
    """The key (`date`, or `last-updated` for a day the record was changed on) and value of a day's line."""
    match = _HEADER_LINE.match(text) if ":" in text[:40] or "：" in text[:40] else None
    key = header_key(match.group(1)) if match is not None else None
    if match is None or key not in _DAY_FIELD_KEYS or read_date(match.group(2).strip(" *_")).day is None:
        return None
    return _DAY_FIELD_KEYS[key], match.group(2).strip()


_DAY_FIELD_KEYS = {"date": "date", "created": "date", "decision-date": "date", "updated": "last-updated",
                   "last-updated": "last-updated", "last-modified": "last-updated", "date-updated": "last-updated",
                   "date-last-updated": "last-updated"}


def dated(lines: list[str], status: markdown.Section | None, after: int) -> tuple[str, str, int] | None:
    """The day a record that gives none under its title gives elsewhere, with its key: a `Date:` line in its
    Status section (`Accepted`, then `Date: 2025-10-17`), else a `## Date` section's first line (`date`; a day
    alone, a bullet of one, or one labelled `Original: 2026-02-19`), else a `## Last Updated` one's day alone
    (`last-updated`: the record's day when it gives no other) or a `## Dates` section's step (``STEP_DAYS``), else
    the earliest day of a `## Changelog` list (`changelog-date`). That one is no date of the decision (the list
    dates revisions): it tells a record whose only metadata is a dated changelog, a plain document."""
    if status is not None:
        for index in markdown.unfenced(lines, status.start, status.end):
            line = lines[index]
            if line[:2] in ("- ", "* "):  # a bullet: `- Date: 2025-10-17`
                line = line[2:]
            if line[:2] in _DATE_OPENINGS and (day := _date_value(line.rstrip())):
                return "date", day, index + 1
            if ":" in line[:40] and (field := _day_field(line.rstrip())) is not None:
                return field[0], field[1], index + 1  # `Decision date: 2024-01-01`, `Created:`, `Updated:` over it
            if line[:1] == "|" and (row := _TABLE_ROW.fullmatch(line.rstrip())) is not None \
                    and header_key(row.group(1)) == "date" and row.group(2).strip():
                return "date", row.group(2).strip(), index + 1  # `| **Start Date** | 2021-09-10 |`
            if (" | " in line or "·" in line or ". " in line or "; " in line) and line[:1] != "|":
                # `**Accepted** | Date: 2025-01-03`, `Accepted. Date: 2026-06-26.`
                for part in _FIELDS_APART.split(line)[1:]:
                    part = part.strip()
                    if part[:2] in _DATE_OPENINGS and (day := _date_value(part)):
                        return "date", day, index + 1
    changelog = updated = steps = None
    for index in markdown.unfenced(lines, after + 1):
        line = lines[index]
        if line[:1] != "#":
            continue
        name = line.lstrip("#").strip().lower()
        if name[-1:] in (":", "："):
            name = name[:-1].rstrip()  # `## Date:` over `2025-11-11`, as `## Status:` is written too
        if name in _UPDATED_NAMES:
            if updated is None and markdown.atx_heading(line) is not None:
                updated = _day_opening(lines, index + 1)
            continue
        if names_the_day(name):
            heading = markdown.atx_heading(line)
            if heading is None:
                continue
            following = next((position for position in range(index + 1, len(lines)) if lines[position].strip()),
                             None)
            if following is None:
                return steps
            text = lines[following].strip()
            if text[:2] in markdown.LIST_MARKS:  # `- 2026-02-19`
                text = text[2:].strip()
            if date_alone(text) is None and first_day_of_line(text) is None:
                if _A_DAY_UNREAD.match(text) is not None:
                    return "date", text, following + 1  # `2024-01-XX (first session)`: ADR304 says it is unread
                label, colon, value = text.partition(":")
                if not colon or not is_label(label.strip(" *_")) or date_alone(value.strip(" *_")) is None \
                        or _ANOTHER_DAY.search(label) is not None:
                    return steps  # `## Data` over prose, or over another day's (`Revisit: 2027-02-19`)
                text = value.strip(" *_")  # `Original: 2026-02-19`, `Criado em: 2026-02-19`: a day and its label
            return "date", text, following + 1
        if steps is None and name in _DATES_NAMES and markdown.atx_heading(line) is not None:
            steps = _day_of_the_decision_step(lines, index + 1)  # a `## Date` section after it wins
            continue
        if changelog is None and name in _CHANGELOG_NAMES and markdown.atx_heading(line) is not None:
            changelog = changelog_day(lines, index + 1)
    if steps is not None:
        return steps
    if updated is not None:
        return "last-updated", *updated
    return ("changelog-date", *changelog) if changelog is not None else None


# The opening of a day written so that it cannot be read, under a Date heading: a template's placeholder left in
# part or whole (`2024-01-XX`, `YYYY-MM-DD`, `20XX-..`).
_A_DAY_UNREAD = deferred(r"(?:\d{4}|[Yy]{4}|20[Xx]{2})[-/.](?:\d{1,2}|[Mm]{2}|[Xx]{2})[-/.]|[Dd]{2}[-/.][Mm]{2}[-/.]")


# A section of the days of a record's steps, a line each (lpalbou/AbstractFramework's `## Dates` over `- Proposed:
# 2026-01-07`, `- Accepted: 2026-01-08`, `- Updated: 2026-05-08 (..)`).
_DATES_NAMES = frozenset({"dates"})
# The steps whose day is the decision's (as a status history's latest entry is), those that put it forward, and
# those that come after it.
_DECIDING_STEPS = frozenset({"accepted", "approved", "decided", "adopted", "agreed", "ratified", "confirmed",
                             "rejected", "declined", "decision", "decision date", "date decided", "date accepted"})
_PROPOSING_STEPS = frozenset({"proposed", "draft", "drafted", "created", "submitted", "opened", "written"})
_LATER_STEPS = frozenset({"updated", "last updated", "revised", "reviewed", "last reviewed", "amended", "modified",
                          "deprecated", "superseded", "retired", "withdrawn", "obsolete", "implemented", "completed",
                          "done", "archived", "revisit", "review", "next review"})
_STEP_LINE = deferred(r"(?:[-*+][ \t]+)?[*_]*([^\W\d_][^:：*_]{0,30})[*_]*[ \t]*[:：][*_]*[ \t]*(.+)")
_NOT_YET = deferred(r"\b(?:planned|expected|target|scheduled|tbd|tba)\b", re.IGNORECASE)


def _day_of_the_decision_step(lines: list[str], start: int) -> tuple[str, str, int] | None:
    """The key (of ``STEP_DAYS``), day and 1-based line a Dates section from line index ``start`` gives: its
    deciding step's, else its proposing one's; None when neither gives a day (`- Accepted: (TBD)`, `- Accepted:
    2026-03-01 (planned)`), when a step it cannot tell has one, or when the section is no list of steps."""
    found: dict[str, tuple[str, int]] = {}
    for index, step in _steps(lines, start):
        label = step.group(1).strip().lower()
        if label[-3:] == " on":
            label = label[:-3]
        value = step.group(2).strip()
        if read_date(value).day is None or _NOT_YET.search(value) is not None:
            continue
        word = lifecycle_word(label) or label
        if word in _DECIDING_STEPS or label in _DECIDING_STEPS:
            found.setdefault(STEP_DAYS[0], (value, index + 1))
        elif word in _PROPOSING_STEPS or label in _PROPOSING_STEPS:
            found.setdefault(STEP_DAYS[1], (value, index + 1))
        elif word not in _LATER_STEPS and label not in _LATER_STEPS:
            return None  # `- Approved by the board: 2026-01-15`: a step whose day may be the decision's
    key = next((key for key in STEP_DAYS if key in found), None)
    return (key, *found[key]) if key is not None else None


def _steps(lines: list[str], start: int) -> Iterator[tuple[int, re.Match[str]]]:
    """The steps of a Dates section from line index ``start``, each with its line's index, up to the first line
    that is no step: a line each, or several on a line as sentences (`Proposed: 2026-01-07. Accepted:
    2026-01-08.`)."""
    for index in range(start, len(lines)):
        line = lines[index].strip()
        if not line:
            continue
        for part in _STEPS_APART.split(line) if ". " in line or "; " in line else (line,):
            step = _STEP_LINE.fullmatch(part.strip())
            if step is None:
                return  # prose: the steps end (`Proposed: 2026-01-07. We then met.` proposed it that day)
            yield index, step


_STEPS_APART = deferred(r"(?<=\d)[.;](?=[ \t]+[^\W\d_])")  # after a step's day, before the next step's word


def _day_opening(lines: list[str], start: int) -> tuple[str, int] | None:
    """The day the first line of a section from line index ``start`` gives alone (`2025-06-25`, `- 2025-06-25`),
    and its line; None for anything else."""
    opening = _section_opening(lines, start)
    return opening if opening is not None and date_alone(opening[0]) is not None else None


def _section_opening(lines: list[str], start: int) -> tuple[str, int] | None:
    """The first line of a section's text from line index ``start``, without a list item's mark (`- 2025-06-25`),
    and its 1-based line; None for a section with none (another heading first)."""
    first = markdown.first_content(lines, start)
    if first >= len(lines) or lines[first][:1] == "#":
        return None
    text = lines[first].strip()
    return (text[2:].strip() if text[:2] in markdown.LIST_MARKS else text), first + 1


# The words of a day's label in a Date section that name another day than the decision's: when it is to be looked
# at again, when it was changed, until when it holds.
_ANOTHER_DAY = deferred(r"revisit|review|next|updat|modif|chang|expir|valid|due|deadline|until|atualiza|aktualisi"
                        r"|mise\s+à\s+jour|actualiza|aggiorna", re.IGNORECASE)
_CHANGELOG_NAMES = frozenset({"changelog", "change log", "changelog:", "revision history"})
# A section holding the day the record was last updated (ecmwf/codex's `## Last Updated` over `2025-06-25`): its
# date when it gives no other, as a `Last updated:` line is.
_UPDATED_NAMES = frozenset({"last updated", "last updated:", "last modified"})


def changelog_day(lines: list[str], start: int) -> tuple[str, int] | None:
    """The earliest day of a `## Changelog` whose list starts at line index ``start`` (Cosmos and Tendermint
    records keep their days only there: `* 21.7.2020: Initial sketch`, `- 2022.03.03 - init commit`, `{8/18/22}:
    Initial draft`, newest first or last), as ISO text, with that entry's 1-based line; None unless every entry
    of the list opens with a day or a month alone (a list of changes, a template's `{date}: {changelog}`); a month
    alone (`May, 2022:`) dates nothing (``changelog_days``)."""
    entries: list[tuple[str, int]] = []
    for index in range(start, len(lines)):
        line = lines[index]
        if not line.strip():
            continue
        if line[:2] in markdown.LIST_MARKS:
            entries.append((line[2:].strip(), index + 1))
        elif line[:1] in (" ", "\t") and entries:
            continue  # a nested item or an item's next line
        else:
            break
    days = changelog_days([text for text, _ in entries])
    dated = [(day, number) for day, (_, number) in zip(days, entries) if day is not None]
    if not dated:
        return None
    earliest, number = min(dated)
    return earliest.isoformat(), number


_THEMATIC_BREAK = deferred(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*")
_BOLD_FIELD = deferred(r"(?:\*\*|__)[^*_:：]{1,40}(?:(?:\*\*|__)[ \t]*[:：]|[:：](?:\*\*|__))")
# What a closing block may state, when the record states it nowhere else (`**Author**:` names no decider).
# `**Next Review Date:** 2025-06-01`, `**Related:** ADR-009 (...)`
_CLOSING_KEYS = ("date", "status", "deciders", "decision-makers", "revisit", "review-date", "relates-to")


_RELATED_OPENING = deferred(r"\*\*Related:?\*\*:?\s*$")


def closing_fields(lines: list[str], after: int) -> dict[str, tuple[str, int]]:
    """The metadata a record gives in a closing block of bold fields after a final thematic break (`---`, then
    `**Date**: 2025-01-26` and `**Author**: ...` as its last lines): each key's value and its 1-based line.
    Nothing when the block holds any other line, ends before the record does, or follows no break."""
    end = len(lines)
    while end > after + 1 and not lines[end - 1].strip():
        end -= 1
    if lines[end - 1][:2] not in ("**", "__", "- ") and closing_day(lines[end - 1]) is None:
        return {}  # nearly every record: it ends otherwise
    items = end
    while items > after + 1 and lines[items - 1][:2] == "- ":  # `**Related:**` over a list of records
        items -= 1
    if items < end and (_RELATED_OPENING.match(lines[items - 1]) is None or items - 1 <= after):
        return {}
    start = (items if items < end else end) - 1
    while start > after + 1 and (lines[start - 1][:2] in ("**", "__") or closing_day(lines[start - 1]) is not None) \
            and not _THEMATIC_BREAK.fullmatch(lines[start - 1]):
        start -= 1
    rule = start - 1
    while rule > after and not lines[rule].strip():
        rule -= 1
    # the break, with a blank line over it (`text` over `---` underlines a heading); or none over a last paragraph
    # of the day alone (`**Decision Date**: September 7, 2024` closing dafywinf/hello-world-spring-boot's records)
    if (rule <= after + 1 or _THEMATIC_BREAK.fullmatch(lines[rule]) is None or lines[rule - 1].strip()) \
            and not (items == end and start > after + 1 and not lines[start - 1].strip()
                     and all(_a_day_line(lines[index]) for index in range(start, end))):
        return {}
    found: dict[str, tuple[str, int]] = {}
    if items < end:  # the list's items are the field's value
        found["relates-to"] = ", ".join(line[2:].strip() for line in lines[items:end]), items
        end = items - 1
    for index in range(start, end):
        line = lines[index].rstrip()
        if _BOLD_FIELD.match(line) is None:
            if (day := closing_day(line)) is None:
                return {}
            found.setdefault("date", (day, index + 1))
            continue
        match = _HEADER_LINE.fullmatch(line)
        if match is None:
            continue
        key = header_key(match.group(1))
        value = match.group(2).strip()
        if key == "revisit":  # `**Next Review**: After V1.0 implementation complete`: a sentence, no point
            value = _day_of_a_revisit(value)
        if key in _CLOSING_KEYS and key not in found and value:
            found[key] = value, index + 1
    return found


# decree's `link` (an adr-tools clone) appends each relation at the end of the record, a line of its own after a
# blank line: the relation's words as adr-tools names them, a colon, the other record's number as its file begins
# (`Supersedes: 0001`, `Is superseded by: 0002`, `Amends: 0001`, `Is amended by: 0003`, `Relates to: 0004`).
CLOSING_RELATION = deferred(r"([A-Z][a-z]+(?: [a-z]+){0,3}): (\d{1,6})")
_PASSIVE = deferred(r"is-(\w+-by)")  # `Is superseded by`: adr-tools' passive, a link label without its `is`


def closing_relation_key(words: str) -> str | None:
    """The relation a closing relation line's words name (`Is superseded by` -> `superseded-by`); None for words
    that name none adr reads (`References`)."""
    key = label_key(words)
    passive = _PASSIVE.fullmatch(key)
    key = label_key(passive.group(1).replace("-", " ")) if passive is not None else key
    return key if key in KNOWN_RELATIONS else None


def closing_relations(lines: list[str], after: int) -> list[Link]:
    """The relations a record names on the lines that close it, below line index ``after``, as decree appends them
    (``CLOSING_RELATION``), in file order; none where its last line is any other."""
    found: list[Link] = []
    index = len(lines)
    while index > after + 1:
        index -= 1
        text = lines[index].strip()
        if not text:
            continue
        said = CLOSING_RELATION.fullmatch(text)
        if said is None:
            break
        key = closing_relation_key(said.group(1))
        if key is not None:
            found.append(Link(key, int(said.group(2)), None, index + 1))
    return found[::-1]


def closing_day(line: str) -> str | None:
    """The day a line of a closing block states under a key for it in italics or plain (`_Created: 2025-06-20_`,
    as Pythonidaer/next-auth-practice's Docusaurus records end; `*Date: 2025-06-20*`, `Created: 2025-06-20`), as
    its bold form states it; None for any other line (`**Date:** ..`, read as a bold field, among them)."""
    text = line.strip()
    if text[:1] in ("*", "_") and text[-1:] == text[:1] and text[1:2] != text[:1]:
        text = text[1:-1].strip()
    if not text[:1].isalpha() or (":" not in text and "：" not in text):
        return None
    match = _HEADER_LINE.fullmatch(text)
    if match is None or header_key(match.group(1)) != "date" or not _colon_between(text, match):
        return None
    value = match.group(2).strip()
    return value if date_alone(value) is not None else None


def day_apart(lines: list[str], after: int) -> tuple[str, int] | None:
    """The day a record states on a key line of its own away from its title (line index ``after``), with its
    1-based line: alone in its last paragraph (`Data: 2025-12-30` closing a record kept in Portuguese), else in the
    first block of key lines of its first section (`## Contexto`, a paragraph, then `**Data**: 2026-01-05` over
    `**SAD Referência**: ..`). Its key names a date in a language adr reads (``_DATE_NAMES``: not `Created:`, which
    closes notes as much). A day in prose, or in a paragraph that is not all key lines, is none."""
    end = len(lines)
    while end > after + 1 and not lines[end - 1].strip():
        end -= 1
    start = end
    while start > after + 1 and lines[start - 1].strip():
        start -= 1
    if start < end and _THEMATIC_BREAK.fullmatch(lines[start]) is not None:
        start += 1  # `---` over `Data: 2025-12-30`: the rule closes the text above
    if start == end - 1 and lines[start][:1] != "#" and (day := _day_of_fields(lines, start, end)) is not None:
        return day  # the line alone in its paragraph
    section = _next_heading(lines, after + 1)
    if section >= len(lines):
        return None
    index = section + 1
    while index < len(lines) and lines[index][:1] != "#":
        if not lines[index].strip():
            index += 1
            continue
        start = index
        while index < len(lines) and lines[index].strip() and lines[index][:1] != "#":
            index += 1
        if all(_a_field_line(line) for line in lines[start:index]):
            return _day_of_fields(lines, start, index)
    return None


def _a_field_line(line: str) -> bool:
    text = line.strip()
    return a_key_line(text) or _BOLD_FIELD.match(text) is not None


def _day_of_fields(lines: list[str], start: int, end: int) -> tuple[str, int] | None:
    """The day the key lines from line index ``start`` to ``end`` state under a date's key (`Date:`, `Data:`,
    `**Fecha**:`, `日付：`), with its 1-based line; None when any of them is no key line, or none states a day."""
    if not all(_a_field_line(line) for line in lines[start:end]):
        return None
    for index in range(start, end):
        text = lines[index].strip().rstrip("\\").rstrip()
        match = _HEADER_LINE.fullmatch(text)
        if match is None or not _colon_between(text, match) or header_key(match.group(1)) not in ("date", "data") \
                or match.group(1).lower() not in _DATE_NAMES or match.group(1).lower() in _WRITTEN_ON:
            continue
        value = match.group(2).strip().strip("*_").strip()
        if date_alone(value) is not None and (header_key(match.group(1)) == "date" or dates_as_data(value)):
            return value, index + 1
    return None


def names_the_day(heading: str) -> bool:
    """Whether a heading's text names a section of the record's day (`Date`, `## Fecha`, `Date:`, `📅 Date`, `1.
    Datum`), as the reader takes one."""
    name = heading.strip().lower()
    if name[-1:] in (":", "："):
        name = name[:-1].rstrip()
    return name in _DATE_NAMES or ((name[:1].isdigit() or name[:1] > "\u2000" or name[-1:] in ")）")
                                   and section_name(name) in _DATE_NAMES)


# The day a record was written (`## 作成日`, cloudnativedaysjp/dreamkast, as `Created:` is read), in the languages
# whose Status sections are read: a section's name, but never the key of a line standing apart from the title
# (``day_apart``), which closes notes and pages as much as records.
_WRITTEN_ON = frozenset({"created", "date created", "作成日", "创建日期", "創建日期", "작성일", "起票日"})
# A section named for the record's day (`## Date`), in the languages whose Status sections are read.
_DATE_NAMES = frozenset({*_WRITTEN_ON, "date", "datum", "fecha", "data", "日付", "日期", "날짜", "дата",
                         "дата создания", "дата принятия",  # Russian: the day it was written, the day it was accepted
                         # Indonesian (`## Tanggal` over `2026-09-12`), Vietnamese, Turkish, and the other date keys
                         # adr reads
                         "tanggal", "ngày", "tarih", "dato", "dátum", "päivämäärä", "ημερομηνία", "תאריך",
                         "التاريخ", "วันที่", "दिनांक", "तारीख", "তারিখ", "tarikh", "petsa",
                         # the day of the decision, as a section names it (`## Data della decisione`)
                         "decision date", "date of decision", "established", "data della decisione", "data da decisão",
                         "data de decisão", "entscheidungsdatum", "date de décision", "date de la décision",
                         "fecha de decisión", "fecha de decision", "beslisdatum", "決定日", "决策日期",
                         "日時", "일자", "결정일", "дата решения"})


def _successor_named_in(paragraph: markdown.Paragraph) -> list[Link]:
    """The successor a status paragraph that says superseded names by a link, in words of its own
    (`Superseded, see [this](0023-x.md) instead`, `Superseded. [13. Use React](0013-react.md) is newer.`): the
    one record it links to; none when it links to no record or to several."""
    if read_status(paragraph.text).status != "superseded" or _SUPERSEDED_BY_WORDS.match(paragraph.text):
        return []
    named = [(href, target) for label_text, href in paragraph.links
             if (target := link_target(label_text, href)) is not None]
    if len(named) != 1:
        return []
    href, target = named[0]
    return [Link("superseded-by", target, href, paragraph.line)]


def _status_paragraphs(lines: list[str], section: markdown.Section) -> list[markdown.Paragraph]:
    """The Status section's paragraphs, a link line that follows a status word or another link line with no
    blank line between (`Accepted` then `Extended by [17. X](0017-x.md)`) counted as a paragraph of its own, as
    its writer meant it."""
    text = section.text(lines)
    if "#" in text and (heading := _status_sub_heading(lines, section)) is not None:
        lines = [*lines[:heading], markdown.atx_heading(lines[heading])[1], *lines[heading + 1:]]  # type: ignore[index]
        text = section.text(lines)
    if "<!--" in text or "][" in text:
        # as a reader sees them: `<!-- c --> Accepted`, and `Supersedes [1. One][one]` linked by its definition
        definitions = markdown.link_definitions(lines) if "][" in text else {}
        lines = lines[:section.start] + [markdown.with_inline_links(_shown_after_comments(line), definitions)
                                         for line in lines[section.start:section.end]]
        text = section.text(lines)
    end = section.end
    if len(text) > _STATUS_TEXT:  # what a status and its links take, many times over: no more is parsed
        end, size = section.start, 0
        while end < section.end and size + len(lines[end]) < _STATUS_TEXT:
            size += len(lines[end]) + 1
            end += 1
        text = "\n".join(lines[section.start:end])
    if "](" not in text:  # no link: one group (most Status sections are a word)
        simple = markdown.simple_paragraphs(text, section.start + 1)
        return simple if simple is not None else markdown.paragraphs(text, section.start + 1)
    groups: list[tuple[int, int]] = []  # [start, end) line indexes
    start = section.start
    plain = True  # the lines of the group so far are blank, status words or link lines
    for index in range(section.start, end):
        line = lines[index]
        link = _LINK_LINE.match(line) is not None or (not line.isascii() and
                                                       _LINK_LINE_IN_ANY_SCRIPT.match(line) is not None)
        if link and plain and index > start:
            groups.append((start, index))
            start = index
        plain = plain and (link or not line.strip() or _STATUS_LINE.fullmatch(line) is not None)
    groups.append((start, end))
    found: list[markdown.Paragraph] = []
    for first, end in groups:
        text = "\n".join(lines[first:end])
        simple = markdown.simple_paragraphs(text, first + 1)
        found.extend(simple if simple is not None else markdown.paragraphs(text, first + 1))
    return found


def _status_sub_heading(lines: list[str], section: markdown.Section) -> int | None:
    """The line index of a sub-heading that opens the Status section and names a status (`### 承認済み`,
    `### <img src=".." alt="承認済み" /> 承認済み`, as adrowse writes it; `### Accepted`): its text is the status,
    as a paragraph's would be. None where something else opens the section, or the heading names no status
    (`### History` over a list of entries)."""
    for index, shown_line in enumerate(uncommented(lines[section.start:section.end]), section.start):
        if not shown_line.strip():
            continue
        atx = markdown.atx_heading(lines[index])
        if atx is None or atx[0] <= section.heading.level:
            return None
        shown = _HTML_TAG.sub("", atx[1]).strip()
        return index if shown and read_status(shown).status in KNOWN_STATUSES else None
    return None


_HTML_TAG = deferred(r"<[^<>]*>")


def _shown_after_comments(line: str) -> str:
    """``line`` as a reader sees it where HTML comments open it and text follows them (`<!-- one of .. -->
    Accepted`): that text (``comments.after_opening_comments``); read whole, the line would hide the status, and
    the paragraph after it would be taken for one."""
    at = after_opening_comments(line) if "<!--" in line else 0
    return line[at:] if at else line


# The longest Status section read whole: markdown-it takes time in proportion to its text, many times a plain
# scan's on some text (a long line of `[`), and a record file may be a few megabytes.
_STATUS_TEXT = 16 * 1024


def _a_status_word(paragraph: markdown.Paragraph) -> bool:
    return not paragraph.links and len(paragraph.text.split()) <= _STATUS_WORDS


# Lifecycle words that open prose as often as they state a status (`Review 2 found ..`, `Final: 3 votes for ..`).
_PROSE_OPENINGS = frozenset({"review", "final", "proposal", "idea", "rfc", "partial", "open", "closed", "planned",
                             "living", "active", "deleted", "complete"})


def _a_status_given(paragraph: markdown.Paragraph) -> bool:
    """Whether ``paragraph`` gives the record's status with more words than a status alone (after a paragraph of
    links: `**Amended by [ADR-148](..) (2026-06-20):** ..`, then `Accepted, 2026-06-15 (Proposed ..)`)."""
    if paragraph.links:
        return False
    word = _status_opening(paragraph.text)
    return word is not None and word not in _PROSE_OPENINGS


def is_link_paragraph(paragraph: markdown.Paragraph) -> bool:
    """Whether ``paragraph`` (one with links) is a label and its links, nothing more."""
    return _link_label(paragraph) is not None


def _link_label(paragraph: markdown.Paragraph) -> str | None:
    """The label of a link paragraph (`Superseded by [3. X](0003-x.md)`, `⌛️ Amends [..](..)`), or None when
    the paragraph is not one: its links are mentions inside a status or prose."""
    label_text = paragraph.links[0][0]
    text = paragraph.text
    cut = text.find(label_text) if label_text else -1
    prefix = text[:cut] if cut >= 0 else text
    start = 0
    while start < len(prefix) and not prefix[start].isalnum():  # an emoji or a bullet before the label
        start += 1
    keyed = prefix.rstrip()[-1:] in (":", "：")
    prefix = prefix[start:].strip().rstrip(":：").strip()
    if "(" in prefix and (unremarked := " ".join(_REMARK_IN_LABEL.sub(" ", prefix).split())) \
            and label_key(unremarked) in _REMARKED_LABELS:  # `Deprecated (2026-03-04) in favour of [..](..)`
        prefix = "superseded in part by" if label_key(prefix) == SUPERSEDED_IN_PART else unremarked
    if not is_label(prefix) or (prefix[:5].lower() == "this " and _RELATION_SENTENCE.match(text) is not None):
        return None  # `This supersedes [..](..)`, `This ADR amends [..](..)`: a relation sentence, read as one
    rest = text[cut + len(label_text):] if cut >= 0 else ""
    for other, _ in paragraph.links[1:]:  # `Supersedes [1](..) and [2](..)`
        rest = rest.replace(other, " ", 1)
    if any(word not in _CONJUNCTIONS for word in _SEPARATORS.split(rest.lower()) if word) \
            and not (keyed and len(paragraph.links) == 1 and label_key(prefix) in _RELATIONS
                     and PARTIAL.search(rest) is None):
        return None  # more text after the link: prose that mentions a record; after a relation's key and its one
        # link, a remark (`**Superseded by:** [ADR-0118](..) — OTel is removed`, T-rav/hydraflow's)
    key = label_key(prefix)
    if key not in _RELATIONS and lifecycle_word(prefix) is not None:
        return None  # `Accepted [ADR-0001](..)`, `Accepté [..](..)`: a status that mentions a record
    if key not in _RELATIONS and key not in _STATUS_OF_LABEL and key not in _LINK_KEYS \
            and lifecycle_word(prefix.split(None, 1)[0]) is not None \
            and all((_SCHEME.match(href) and link_target(label, href) is None)
                    or (href[:1] == "#" and item_reference(label.strip()) is None) for label, href in paragraph.links):
        # `Proposed by [@ann](https://github.com/ann)`, `Implemented in <https://github.com/o/r/pull/1>`,
        # `Deprecated in favor of [x#66](https://..)`: a status and where it came from, not a relation; `REJECTED
        # check [update 1](#update-1)` (bud-co's logs): a status and a pointer to a section of the record itself
        return None
    return key or None


_REMARK_IN_LABEL = deferred(r"(?<!\s)\s*\([^()\n]{1,40}\)\s*")  # (blanks before it taken from the first)
# The labels a remark in brackets may sit inside: a relation adr knows, or a status set aside for another record.
_REMARKED_LABELS = frozenset({*_RELATIONS, *_LINK_KEYS, *_STATUS_OF_LABEL, *_SET_ASIDE})


def is_label(text: str) -> bool:
    """Whether ``text`` reads as a link's label: a few words in any script (`Superseded by`, `Lié à`, `相关`),
    nothing with digits or other signs, which prose and qualifiers have; a dash between blanks parts a status from
    its remark (`Historical - superseded by [..](..)`), no label's words."""
    return (0 < len(text) <= _LABEL_LENGTH and text[0].isalpha()
            and text.replace(" ", "").replace("-", "").replace("_", "").isalpha()
            and len(text.split()) <= _LABEL_WORDS and " - " not in text)


def link_target(label_text: str, href: str) -> int | None:
    """The record number a link names: from its file name, else its label; a URL names a record only when it
    points at a record file (`https://github.com/o/r/blob/main/docs/adr/0016-x.md`), whatever its label says."""
    if href and _SCHEME.match(href):
        file = record_file_of_url(href)
        return number_of(file) if file is not None else None
    target = number_of_file(href) if href else None
    if target is not None:
        return target
    if not href or href[:1] == "#":  # no file (`[ADR 7](#adr-7)`): the record its label names, not a number
        return None if counted(label_text) else number_of(label_text)  # another word counts (`[Cycle 7 ..](#..)`)
    if linked_identity(href) is not None:
        return None  # a date-named record's file (`[ADR-2023-09-07](./2023-09-07-x.md)`): its label's year is none
    # another file (`[chapter 7](../book/ch7.md)`, `[Use Node 14](../notes/node.md)`): a record only when the label
    # opens with its reference (`[ADR-0005](../site/adr-5.html)`)
    return item_reference(label_text.strip())


def number_of_file(href: str) -> int | None:
    """The record number of the file a relative link points at (`../0023-x.md#why` -> 23), if it has one."""
    name = href.split("#", 1)[0].rsplit("/", 1)[-1]
    if "\\" in name:  # `.\0002-x`, as adr-cli links a record (no `.md`)
        linked = linked_identity(name)
        return linked[0] if linked is not None else None
    if name[-3:].lower() == ".md" and (named := identity(name)) is not None:
        return named[0]  # as its reader numbers it (`DR005-x.md`: 5; a date-named record's `052521-x.md`: none)
    return number_of(name)


# A section that names the deciders (`## Deciders`, `## Decision makers`), as some hand-kept logs have it.
DECIDERS_HEADINGS = ("## Deciders", "## Decision makers", "## Decision Makers")
# `**Data Science**: ` or `**Data Science:** ` before the name (a name alone in bold, `**Jane Doe**`, is the name)
_ROLE = re.compile(r"(\*\*|__)[^*_]+?(?:[:：]\1|\1\s*[:：])\s*")
_REMARK_AT_END = deferred(r"[(（]([^()（）]*)[)）]\s*$")


TAGS_HEADING = "## Tags"
_HASHTAG = deferred(r"#[^\W_][\w-]*")
_HASHTAG_SEPARATORS = deferred(r"[\s,|]+")


# The sections that give the point a decision is to be looked at again (`## Revisit` over `Q2 2026`), each with the
# key its point is read under: a review date only when it is later than the record's day (normalize).
REVISIT_SECTIONS = {"revisit": "revisit", "revisit date": "revisit", "revisit by": "revisit", "next review": "revisit",
                    "next review date": "revisit", "review date": "review-date", "review by": "revisit",
                    "review checkpoint": "revisit", "review schedule": "revisit", "revisit schedule": "revisit",
                    # in the languages statuses are read in (`## Revisar en`, as `adr revisit` writes one after
                    # `## Fecha`)
                    **{" ".join(words): "revisit" for words in LOCALIZED_REVISIT_NAMES}}


def revisit_section(lines: list[str], after: int) -> tuple[str, str, int] | None:
    """(key, value, line) of the point a `## Revisit` or `## Review Date` section below line index ``after``
    gives: a key line of its first paragraph (`**Revisit by:** 2026-12-01`; `**Next Review**: 2026-03-29` under
    `**Frequency**: Quarterly`) or its first line, a day, month or quarter (`Q2 2026`), or a sentence opening
    with one (`Re-review by 2026-10-18 (90 days). At that review: ..`); None when there is no such section, or its
    first line is anything else (prose, `When the pilot ends`)."""
    for index in markdown.unfenced(lines, after + 1):
        line = lines[index]
        if line[:3] == "## " and (key := REVISIT_SECTIONS.get(line[3:].strip().rstrip(":").lower())) is not None:
            break
    else:
        return None
    opening = _section_opening(lines, index + 1)
    if opening is None:
        return None
    text, line_number = opening
    end = line_number
    while end < len(lines) and lines[end].strip() and lines[end][:1] != "#":
        end += 1
    fields = header(lines, line_number - 2, end)
    for keyed in ("revisit", "review-date"):
        if keyed in fields:
            return keyed, fields[keyed][0], fields[keyed][1]
    value = _day_of_a_revisit(text)
    if value and (stop := value.find(". ")) > 0 and _a_revisit_day(value[:stop + 1]):
        value = value[:stop + 1]  # a sentence's point, the rest of its paragraph left (`.. (90 days). At that ..`)
    return (key, value, line_number) if value else None


# A task of the body to look at the decision again by a day (HopSkipInc/repo-governance's Falsifier section, as
# its template writes it: `- [ ] Revisit by 2026-10-31, or when the pilot cohort renews`); ticked, it was done.
# A review scheduled as a bold key line of its own anywhere in the body (`**Revisão agendada**: 2025-12-03 (30 dias
# após implementação)`, under the success metrics of Tiag8/bible-study's template).
SCHEDULED_REVIEW = deferred(r"^(?:\*\*|__)revis[ãa]o agendada(?:\*\*|__)?[ \t]*[:：]", re.IGNORECASE | re.MULTILINE)


def scheduled_review(lines: list[str], after: int) -> tuple[str, str, int] | None:
    """(key, value, line) of the revisit point the first ``SCHEDULED_REVIEW`` line below line index ``after``
    names, a remark in brackets after its day left out; None when none names a day, month or quarter."""
    for index in markdown.unfenced(lines, after + 1):
        line = lines[index].strip()
        if line[:2] not in ("**", "__") or SCHEDULED_REVIEW.match(line) is None:
            continue
        match = _HEADER_LINE.fullmatch(line)
        read = _keyed(line, match) if match is not None else None
        if read is not None and read[0] == "revisit":
            return "revisit", read[1], index + 1
    return None


REVISIT_TASK = deferred(r"^[ \t]*[-*+][ \t]+\[ \][ \t]+((?:re-?review|review|revisit|re-?evaluate|re-?assess)"
                        r"[ \t][^\n]*)$", re.IGNORECASE | re.MULTILINE)


def revisit_task(lines: list[str], after: int) -> tuple[str, str, int] | None:
    """(key, value, line) of the revisit point the earliest open task below line index ``after`` names (`- [ ]
    Revisit by 2026-10-31, or when ..`: ``REVISIT_TASK``); None when no open task names a day, month or quarter."""
    found: tuple[datetime.date, str, int] | None = None
    commented = False  # in an HTML comment over lines (a template's hint: `<!-- add a task like` .. `-->`)
    for index in markdown.unfenced(lines, after + 1):
        line = lines[index]
        if commented or "<!--" in line:
            commented = "-->" not in line if commented else left_open(line[line.find("<!--"):])
            continue
        if "[ ]" not in line or (task := REVISIT_TASK.match(line)) is None:
            continue
        point = revisit_point(task.group(1).strip())
        if point is not None and point.on is not None and (found is None or point.on < found[0]):
            found = point.on, task.group(1).strip(), index + 1
    return ("revisit", found[1], found[2]) if found is not None else None


def tags_section(lines: list[str], after: int) -> tuple[list[str], int] | None:
    """The tags a `## Tags` section below line index ``after`` gives as one line of hashtags, in a code span or
    not (`` `#maintainability, #testability` ``, as nhs-england-tools' template has them), without their `#`, and
    that line; None when there is no such section, or its first paragraph is anything else (prose, a list, the
    template's `#availability|#scalability|…` placeholder and its note)."""
    for index in markdown.unfenced(lines, after + 1):
        if lines[index][:7] == TAGS_HEADING and lines[index].rstrip() == TAGS_HEADING:
            break
    else:
        return None
    first = markdown.first_content(lines, index + 1)
    if first >= len(lines) or (first + 1 < len(lines) and lines[first + 1].strip()):
        return None
    text = lines[first].strip()
    if text[:1] == "`" and text[-1:] == "`" and text.count("`") == 2:
        text = text[1:-1].strip()
    words = [word for word in _HASHTAG_SEPARATORS.split(text) if word]
    if not words or any(_HASHTAG.fullmatch(word) is None for word in words):
        return None
    return [word[1:] for word in words], first + 1


def deciders_section(lines: list[str], after: int) -> tuple[list[str] | str, int] | None:
    """The names a `## Deciders` section below line index ``after`` lists, one a bullet, and its heading's
    line: a role in bold before a name (`- **Data Science**: Daniel Berry (Jun 12, 2024)`) and a day in
    parentheses after it are no part of it. A section of one line of text names them as a `Deciders:` line
    does (`Thomas Nilefalk`, `Ann, Bo`): that line, split where such a line is. None when there is no such
    section, or it lists none."""
    for index in markdown.unfenced(lines, after + 1):
        line = lines[index]
        if line[:3] == "## " and line.rstrip() in DECIDERS_HEADINGS:
            break
    else:
        return None
    first = markdown.first_content(lines, index + 1)
    if first < len(lines) and lines[first][:1].isalpha():
        named = _names_line(lines, first)
        return (named, index + 1) if named is not None else None
    names = []
    for position in markdown.unfenced(lines, index + 1):
        item = lines[position]
        if item[:1] == "#":
            break
        if item[:2] not in ("- ", "* "):
            continue
        name = item[2:].strip()
        if name[:2] in ("**", "__"):
            if (role := _ROLE.match(name)) is not None:
                name = name[role.end():]
            elif name[-2:] == name[:2]:  # a name in bold
                name = name[2:-2].strip()
        if name[-1:] in (")", "）") and (remark := _REMARK_AT_END.search(name)) is not None \
                and read_date(remark.group(1)).day is not None:
            name = name[:remark.start()].rstrip()
        if name:
            names.append(name)
    if len(names) == 1:  # `- V-Sekai development team, GDQuest, Fire`: one bullet naming several, as a line does
        return names[0].rstrip("."), index + 1
    return (names, index + 1) if names else None


_NAMES_LINE = 120  # the longest line of text read as the names of a `## Deciders` section


def _names_line(lines: list[str], index: int) -> str | None:
    """The names the line of text at ``index`` gives as a paragraph of its own (`Thomas Nilefalk`, `Ann, Bo`);
    None for prose: a paragraph of several lines, a sentence (`The platform team decided.`), a long line."""
    line = lines[index].strip()
    if (index + 1 < len(lines) and lines[index + 1].strip()) or len(line) > _NAMES_LINE or line[-1:] in ".?!:;":
        return None
    return line
