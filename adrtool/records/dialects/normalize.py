"""Raw metadata (front matter, bullets or adr-tools lines) to the typed fields of a Record.

Every dialect reader collects ``meta`` as it finds it and hands it here, so the rest of adrtool never
asks whether a value is a string or a list. Nothing here raises on a bad value: it is left out of the
typed view and stays in ``meta`` for the linter to report.
"""

from __future__ import annotations

import functools
import re
import sys
from calendar import monthrange
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any, cast

from adrtool.model import NEVER, RevisitPoint, parse_iso_date
from adrtool.patterns import deferred
from adrtool.records import markdown
from adrtool.records.names import (
    MOST_REFERENCE_DIGITS,
    identity,
    is_date_named,
    linked_identity,
    record_file_of_url,
)
from adrtool.records.values import (
    a_moment,
    after_shortcode,
    date_alone,
    day_found,
    hyphenated,
    joined_history,
    latest_in_line,
    lifecycle_word,
    month_alone,
    read_date,
    read_status,
    unroled,
    word_first_history,
)

# `ADR#0007` too, and `RFC0037` (padded: an IETF RFC's number never is), as a log of RFCs names its records;
# `#0003` when the value opens with it zero-padded (`Supersedes: #0003`; `#12` and `Issue #12` name an issue);
# `DR008`, as alphagov/forms names its decision records (padded: `DR2 backup policy` is disaster recovery's)
_NUMBER_IN_REF = deferred(r"(?:^#(?=0)|(?:^|[/\s(\[])(?:adr[-_ ]?#?|rfc[-_ ]?(?=0)|dr[-_]?(?=\d{3}))?)0*(\d+)"
                          r"(?=$|[-_.\s)\]]|:(?:\s|$)|：)", re.IGNORECASE)
# A reference that is a URL names a record only by a record file at its end (`.../blob/main/docs/adr/0016-x.md`):
# `https://github.com/org/repo/discussions/1198` names none.
_URL = deferred(r"\b[A-Za-z][A-Za-z0-9+.-]*://\S*")
_MARKDOWN_LINK = re.compile(r"\[[^\[\]]*\]\([^()\s]*\)")
# log4brains names records by day: `20201016-use-the-adr-slug` is a record's id, not record number 20201016.
# So is `2026-06-28-multilingual-content` (a name dated with dashes, erikjager55/Branddock's front matter).
_DAY_AFTER_YEAR = deferred(r"-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?!\d)")  # `-05-27` after `2026`
# An `ADR-` before the day too (`superseded_by: ADR-20260412-05`, @kompiro/adr-tools' ids of a day and a sequence).
_DATED_REF = deferred(r"(?:^|[/\s(\[])(?:[Aa][Dd][Rr][-_ ]?)?(?:19[7-9]\d|20\d\d)([-_]?)(?:0[1-9]|1[0-2])\1"
                      r"(?:0[1-9]|[12]\d|3[01])[-_]")

# Metadata keys as logs kept in other languages write them (French, Italian, Spanish, Portuguese, German,
# Dutch, Polish, Russian, Japanese, Chinese, Korean, Persian), words joined by `-` as ``madr2.key_of`` joins them: the
# key they stand for.
# (Italian, Portuguese and Polish `Data` is read as the date only where its value is a day: `data` is an
# English word.)
LOCALIZED_KEYS = {"statut": "status", "stato": "status", "estado": "status", "estatus": "status",
                  "datum": "date", "fecha": "date", "création": "created", "creation": "created",
                  "erstellt": "created", "dernière-mise-à-jour": "last-updated",
                  "статус": "status", "дата": "date", "状態": "status", "ステータス": "status", "日付": "date",
                  "状态": "status", "狀態": "status", "日期": "date", "상태": "status", "날짜": "date",
                  "작성일": "date",  # Korean: the day it was written
                  # Japanese `日時` (date and time), Korean `일자` (date) and `결정일` (decision date), Russian `Дата
                  # решения`; the day a record was written (`作成日`, `起票日`, `创建日期`), as `Created:` is read
                  "日時": "date", "일자": "date", "결정일": "decision-date", "дата-решения": "decision-date",
                  "作成日": "created", "起票日": "created", "创建日期": "created",
                  "trạng-thái": "status", "durum": "status", "tarih": "date", "stav": "status",
                  "stan": "status", "tilstand": "status", "tila": "status", "zustand": "status", "situação": "status",
                  "estado-da-decisão": "status", "état-de-la-décision": "status", "etat-de-la-decision": "status",
                  "κατάσταση": "status", "dato": "date", "ημερομηνία": "date", "ημ/νία": "date",
                  "وضعیت": "status", "تاریخ": "date",  # Persian, as phodal/adr's fa template writes them
                  "décideurs": "deciders", "decideurs": "deciders", "décisionnaires": "deciders",
                  "decisionnaires": "deciders", "decisori": "deciders",
                  "decisores": "deciders", "entscheider": "deciders", "beslissers": "deciders",
                  "beslutningstagere": "deciders", "beslutsfattare": "deciders",  # Danish, Swedish
                  "responsables": "deciders", "responsável": "deciders",
                  "responsáveis": "deciders", "decydenci": "deciders", "решение-принимали": "deciders",
                  "决策者": "deciders", "决策人": "deciders", "決定者": "deciders", "決策者": "deciders",
                  "consultés": "consulted", "consultores": "consulted", "consultados": "consulted",
                  "konsultiert": "consulted", "informés": "informed", "informados": "informed",
                  "informiert": "informed", "etiquetas": "tags",
                  # the day of the decision, and who took it (`**Entscheidungsdatum:**`, `**Entschieden durch:**`)
                  "entscheidungsdatum": "decision-date", "entschieden-am": "decided-on",
                  "fecha-de-decisión": "decision-date", "fecha-de-decision": "decision-date",
                  "fecha-de-la-decisión": "decision-date", "date-de-décision": "decision-date",
                  "date-de-decision": "decision-date", "date-de-la-décision": "decision-date",
                  "data-da-decisão": "decision-date", "data-de-decisão": "decision-date",
                  "data-della-decisione": "decision-date", "beslisdatum": "decision-date",
                  "決定日": "decision-date", "决策日期": "decision-date", "決策日期": "decision-date",
                  "決定日時": "decision-date",
                  # the day it was accepted (`承認日: 2025-06-15` under `## ステータス`, kai-5908/harmony-study-app)
                  "承認日": "accepted-on", "承認日時": "accepted-on", "採択日": "accepted-on",
                  "采纳日期": "accepted-on", "批准日期": "accepted-on", "승인일": "accepted-on",
                  "datum-der-annahme": "accepted-on", "angenommen-am": "accepted-on",
                  "date-d'acceptation": "accepted-on", "accepté-le": "accepted-on",
                  "fecha-de-aceptación": "accepted-on", "aceptado-el": "accepted-on",
                  "entschieden-durch": "deciders", "entschieden-von": "deciders", "décidé-par": "deciders",
                  "decidido-por": "deciders", "decidida-por": "deciders", "deciso-da": "deciders",
                  "besloten-door": "deciders", "karar-vericiler": "deciders", "karar-verici": "deciders",
                  # Vietnamese (`- Ngày: 2026-10-06`), Indonesian (`Tanggal: 2026-09-27.`), Finnish, Hungarian,
                  # Hebrew and Arabic for the date; Hungarian for the status
                  "ngày": "date", "tanggal": "date", "päivämäärä": "date", "dátum": "date", "תאריך": "date",
                  "التاريخ": "date", "ngày-quyết-định": "decision-date", "tanggal-keputusan": "decision-date",
                  "státusz": "status", "állapot": "status",
                  # Thai, Hindi, Bengali, Arabic, Hebrew, Filipino for the status; Thai, Hindi, Bengali, Malay
                  # and Filipino for the date
                  "สถานะ": "status", "स्थिति": "status", "অবস্থা": "status", "الحالة": "status",
                  "סטטוס": "status", "katayuan": "status",
                  "วันที่": "date", "दिनांक": "date", "तारीख": "date", "তারিখ": "date", "tarikh": "date",
                  "petsa": "date",
                  "aangemaakt": "created", "aangemaakt-op": "created",  # Dutch: the day it was written
                  # Spanish and Portuguese for the day it was written, accepted or decided, and the days of its
                  # steps (`Fechas:`, as `* Date(s):`)
                  **dict.fromkeys(("creado", "creada", "fecha-de-creación", "fecha-de-creacion", "criado-em",
                                   "data-de-criação", "data-de-criacao"), "created"),
                  **dict.fromkeys(("aceptado-el", "aceptada-el", "aceito-em", "aceita-em", "decidido-el",
                                   "decidido-em", "decidida-em", "decisa", "deciso", "decisa-il", "deciso-il"),
                                  "decided-on"),
                  **dict.fromkeys(("data-decisão", "data-decisao"), "decision-date"),
                  "fechas": "dates"}


def replaced_by_in_portuguese(between: str = "") -> tuple[str, ...]:
    """Portuguese for replaced by as keys, each way logs spell it: `substituído` with the accent typed or not, of
    either gender, then ``between`` (`parcialmente-`), then `por`, `pela` or `pelo` whatever the gender
    (`Substituida pelo`, `Substituido pela`, as hand-kept logs mix them)."""
    return tuple(f"substitu{accent}d{gender}-{between}{by}" for accent in ("í", "i") for gender in ("o", "a")
                 for by in ("por", "pela", "pelo"))


# The relations between records, as keys (`* Relacionado: [ADR-0006](..)`) and as the labels of link lines
# (`Ersetzt durch [ADR-0001](..)` in a Status section, `- Lié à [..](..)` under Links). Not `see also` (in any
# language: English reads it as a label of its own), nor what a log says of its own (`Depende de`, `Habilita`):
# those stay links under their own label.
LOCALIZED_KEYS.update({word: key for key, words in {
    "supersedes": ("remplace", "ersetzt", "löst-ab", "reemplaza", "reemplaza-a", "sustituye", "sustituye-a",
                   "substitui", "sostituisce", "vervangt", "zastępuje", "zastepuje", "заменяет", "取代", "替代",
                   "nahrazuje", "замінює", "thay-thế-cho", "menggantikan", "înlocuiește",
                   # Norwegian and Danish, Swedish (`Erstatter [ADR 0011](..)`, `Ersätter [ADR 0018](..)`)
                   "erstatter", "ersätter",
                   # the decision it replaces, as a Portuguese template keys it (`**Decisão Substituída**: N/A`)
                   "decisão-substituída", "decisao-substituida"),
    "superseded-by": ("remplacé-par", "remplacée-par", "remplace-par", "remplacee-par", "supplanté-par",
                      "supplantée-par", "ersetzt-durch",
                      "abgelöst-durch", "reemplazado-por", "reemplazada-por", "sustituido-por", "sustituida-por",
                      "sostituito-da", "sostituita-da",
                      "vervangen-door",
                      "zastąpiony-przez", "zastąpiona-przez", "заменено", "заменён", "заменен", "被取代",
                      "erstattet-af", "erstattet-av", "superato-da", "superata-da", "supersedido-por",
                      "supersedida-por", "superado-por", "superada-por", "superado-pelo",
                      "superada-pela", *replaced_by_in_portuguese(),
                      # Russian and Ukrainian `Замінено на [ADR-1](..)`, Czech, Vietnamese (`Bị thay thế bởi`),
                      # Indonesian and Romanian
                      "заменено-на", "замінено-на", "nahrazeno", "nahrazeno-rozhodnutím", "bị-thay-thế-bởi",
                      "được-thay-thế-bởi", "thay-thế-bởi", "digantikan-oleh", "diganti-oleh", "înlocuit-de",
                      "înlocuită-de"),
    "relates-to": ("relacionado", "relacionada", "relacionado-con", "relacionada-con", "relacionado-com",
                   "relacionada-com", "relacionado-a", "relacionada-a", "lié-à", "liée-à", "lié", "liée", "verwandt",
                   "verwandt-mit",
                   "correlato", "correlata", "gerelateerd", "gerelateerd-aan", "powiązane", "powiązany",
                   "связано", "связано-с", "相关", "相關", "关联", "關聯", "関連", "관련", "σχετικά",
                   # as `Related ADRs` is a key (`**Verwante ADRs**: 2026-05-08-x`, erikjager55/Branddock)
                   "verwante-adrs", "verwante-besluiten", "gerelateerde-besluiten", "gerelateerde-adrs",
                   "verwandte-entscheidungen", "verwandte-adrs", "décisions-liées", "decisions-liees",
                   "decisiones-relacionadas", "adrs-relacionados", "adrs-relacionadas", "decisões-relacionadas",
                   "decisoes-relacionadas"),
    "amends": ("amende",),
    "amended-by": ("amendé-par", "amendée-par", "amende-par", "amendee-par", "emendado-por", "emendada-por",
                   "enmendado-por", "enmendada-por", "emendato-da", "emendata-da"),
}.items() for word in words})
# The day to look at a decision again in the languages statuses are read in, as words (`Nächste Überprüfung:`,
# `Wiedervorlage:`, `À revoir le :`, `Revisar en:`, `Próxima revisão:`, `Prossima revisione:`, `复查日期：`,
# `재검토일:`): keys, and the names of a section of its own (`## Revisar en` over the day).
LOCALIZED_REVISIT_NAMES = (("nächste", "überprüfung"), ("wiedervorlage",), ("à", "revoir", "le"), ("a", "revoir", "le"),
                           ("prochaine", "révision"), ("revisar",), ("revisar", "en"), ("revisar", "em"),
                           ("próxima", "revisión"), ("próxima", "revisão"), ("revisão", "agendada"),
                           ("revisao", "agendada"), ("fecha", "de", "revisión"),
                           ("data", "de", "revisão"), ("date", "de", "révision"), ("prossima", "revisione"),
                           ("volgende", "herziening"), ("następny", "przegląd"), ("следующий", "пересмотр"),
                           ("наступний", "перегляд"), ("příští", "revize"), ("nästa", "översyn"), ("tinjau", "ulang"),
                           ("复查日期",), ("复审日期",), ("見直し日",), ("見直し時期",), ("재검토일",))
# Names of the revisit point in other templates, as words (`revisit-by`, `revisit_by` and `revisitBy` each).
REVISIT_NAMES = (("revisit", "by"), ("revisit", "date"), ("revisit", "on"), ("next", "revisit"), ("review", "by"),
                 ("review", "after"), ("next", "review"), ("next", "review", "date"),
                 ("re", "evaluate"), ("re", "evaluate", "by"), ("re", "evaluate", "on"), ("re", "evaluation", "date"),
                 *LOCALIZED_REVISIT_NAMES)
# A review in those languages (`Überprüfung:`, `Révision:`, `Revisión:`, `Revisão:`, `复审:`, `見直し:`), read as
# `Review:` is: the revisit point only when its day is later than the record's (it may name a revision made).
LOCALIZED_REVIEW_NAMES = ("überprüfung", "révision", "revisión", "revisão", "复审", "見直し")
# Front-matter keys and the aliases other tools use for them.
ALIASES = {"deciders": "decision-makers", "decided-by": "decision-makers",
           # who decided, as other templates name them (`Decision taken by:`, `**Decision Owner:**`)
           **dict.fromkeys(("decision-taken-by", "decision-owner", "decision-owners"), "decision-makers"),
           "superseded_by": "superseded-by",
           "relates_to": "relates-to",
           "dates": "date",  # `* Date(s):` over the days of its steps (sul-dlss-labs' MADR template)
           # a proposal's status named after its kind (getsentry/rfcs' `* RFC Status: approved`)
           **dict.fromkeys(("rfc-status", "rfc_status", "proposal-status"), "status"),
           "decision_makers": "decision-makers", "replaces": "supersedes", "replaced-by": "superseded-by",
           "replaced_by": "superseded-by",
           # camelCase, as some front matter writes keys (read in lower case)
           "supersededby": "superseded-by", "relatesto": "relates-to", "decisionmakers": "decision-makers",
           "replacedby": "superseded-by", "lastupdated": "last-updated",
           # supersede misspelt, as PowerShell/PowerShell-RFC's front matter keys it (`SupercededBy: RFC0037`)
           **dict.fromkeys(("supercededby", "superceded-by", "superceded_by"), "superseded-by"),
           **dict.fromkeys(("supercedes",), "supersedes"),
           # `* Related: [ADR-0001](..)`, `* Related ADRs: ...` as bullets or header lines, `related: [1]`
           **dict.fromkeys(("related", "related-to", "related_to", "related-adrs", "related_adrs", "related-adr",
                            "related_adr", "related-decisions", "related_decisions", "related-records",
                            "related_records"), "relates-to"),
           # the day a decision is to be looked at again, as other templates name it (`review-by: 2027-01-31`,
           # `nextReviewDate:`); not `review-date`, `reviewed` or `last-reviewed`: in real logs those mostly name
           # a review that took place
           **dict.fromkeys((spelling for words in REVISIT_NAMES
                            for spelling in ("-".join(words), "_".join(words), "".join(words))), "revisit"),
           **dict.fromkeys(LOCALIZED_REVIEW_NAMES, "review"),
           # the day a record was written, as other templates name it (aws-cdk-rfcs' `start date:`)
           **dict.fromkeys(("start-date", "startdate", "created-date", "createddate", "creation-date",
                            "creationdate", "created-on", "date-created", "datecreated"), "created"),
           # the moment a decision was taken or accepted, as agents' front matter keys it (`decided_at:`)
           **dict.fromkeys(("decided-at", "decided_at", "decidedat"), "decided-on"),
           **dict.fromkeys(("accepted-at", "accepted_at", "acceptedat"), "accepted-on"),
           # the day of the last update MADR 2's template calls the date, its name spelt out
           **dict.fromkeys(("date-updated", "date-last-updated"), "last-updated")}
ALIASES.update((word, ALIASES.get(key, key)) for word, key in LOCALIZED_KEYS.items())


# A file named bare in a relation's value (`仕様書 04_api_spec.md`, not a link): its number and how its name is
# written (the digits, then `-` or `_`).
_BARE_FILE = deferred(r"(?<![\w/(\[.-])(\d+)([-_])[\w.-]*?\.md(?![\w)])", re.IGNORECASE)


def digits_opening(name: str) -> str:
    """The digits a record file's name opens with (`0004` of `0004-x.md`), as written."""
    end = 0
    while end < len(name) and name[end].isdigit():
        end += 1
    return name[:end]


def other_documents(value: Any, own_name: str) -> frozenset[int]:
    """The numbers of the files a relation's value names bare whose names are not written as the record's own
    file name is (its digits, then its separator): `04_api_spec.md` beside `0001-x.md` is a spec, no record
    (kani3camp/mine-party's `- 関連: 仕様書 04_api_spec.md, 設計書 01_high_level_design.md`)."""
    if type(value) is not str or ".md" not in value.lower():
        return frozenset()
    end = len(digits_opening(own_name))
    if not end or end == len(own_name):
        return frozenset()
    digits, separator = end, own_name[end]
    documents = {int(found.group(1)) for found in _BARE_FILE.finditer(value)
                 if len(found.group(1)) != digits or found.group(2) != separator}
    if documents:  # a record the value also names otherwise (`ADR-0004, 04_api_spec.md`) stays named
        documents.difference_update(as_numbers(_BARE_FILE.sub(" ", value).strip(" \t,;&+、，；")))
    return frozenset(documents)


def typed_fields(meta: Mapping[str, Any]) -> dict[str, Any]:
    """The keyword arguments of Record that ``meta`` determines."""
    keyed = _canonical(meta)
    if ("supersedes" in keyed or "superseded-by" in keyed or "relates-to" in keyed) and any(
            _commented(keyed.get(key)) for key in _RELATION_KEYS):  # (most records relate none: no call for them)
        keyed = {**keyed, **{key: shown_relation(keyed[key]) for key in _RELATION_KEYS if key in keyed}}
    get = keyed.get
    stated = get("status")
    if stated is None and "status" not in keyed and type(state := get("state")) is str \
            and lifecycle_word(state.strip()) is not None:
        stated = state  # `state: approved` (giantswarm/rfc's front matter): the status, where none is keyed so
    status, successor, replaced = _status(stated)
    cycle = get("cycle")
    # Most keys are absent from most records: a value's reader is called only for a value.
    superseded_by = _supersede_numbers(value) if (value := get("superseded-by")) is not None else ()
    supersedes = _supersede_numbers(older) if (older := get("supersedes")) is not None else ()
    relates_to = as_numbers(_without_issues(value)) if (value := get("relates-to")) is not None \
        and not counted(value) else ()
    if not supersedes and type(older) is str and (extended := negated_relations(older)):
        relates_to = _unique(relates_to + extended)  # `Supersedes: None (extends ADR-0087)`: related, not replaced
    elif supersedes and type(older) is str and older[:1] in _OTHER_RELATION_OPENINGS \
            and (other := _another_relation(older)) is not None:
        supersedes = ()  # `**Supersedes**: Extends 0140 (inference router), 0147 (..)`: extended, not replaced
        relates_to = _unique(relates_to + other)
    if superseded_by and type(newer := get("superseded-by")) is str and newer[:1] in _OTHER_RELATION_OPENINGS \
            and (other := _another_relation(newer)) is not None:
        superseded_by = ()  # `Superseded by: Extended by ADR-0009`
        relates_to = _unique(relates_to + other)
    links = get("links")
    if type(relations := get("relations")) is list:  # `relations: [{type: supersedes, target: ADR-0020}]`
        links = [*links, *relations] if type(links) is list else relations  # (windlasstech/slsa-builder)
    if type(links) is list:  # the adrs tool's front matter: `links: [{target: 2, kind: relates-to}]`
        supersedes, superseded_by, relates_to = _adrs_links(links, supersedes, superseded_by, relates_to)
    day = as_date(value) if (value := get("date")) is not None else None
    if value is None:  # Portuguese and Italian `data:` is the date where its value is a day (`data` is English too)
        day = (date_alone(value) if type(value) is str else as_date(value)) if (value := get("data")) is not None \
            else None
        if day is None:
            day = _undated(get, stated, status)
    return {
        "status": status,
        "date": day,
        "cycle": _cycle(cycle) if cycle is not None else None,
        "revisit": _revisit(value, meta) if (value := get("revisit")) is not None else
        (_ahead(get, day) if day is not None and not REVIEW_DAY_KEYS.isdisjoint(keyed) else None)
        or (_review_due(get) if "review-in" in keyed else None),
        "decision_makers": as_deciders(value) if (value := get("decision-makers")) is not None else (),
        "consulted": as_names(value) if (value := get("consulted")) is not None else (),
        "informed": as_names(value) if (value := get("informed")) is not None else (),
        "tags": _as_tags(value) if (value := get("tags")) is not None else (),
        "supersedes": _unique(supersedes + replaced) if replaced else supersedes,
        "superseded_by": _unique(superseded_by + successor) if successor else superseded_by,
        "relates_to": relates_to,
    }


# Keys that name a day the decision is to be looked at by only when that day is later than the record's own: a
# review date (`review_date: "2026-03-01"` on a record of 2025-12-29, `review: 2026-11-30`; in most logs it names a
# review held, on or before the record's day) and the end of the decision's validity (`Valid until:`, `Expires:`).
_AHEAD_KEYS = ("review-date", "review_date", "reviewdate", "review", "valid-until", "valid_until", "validuntil",
               "expires", "expiry-date", "expiry_date", "sunset", "sunset-date", "sunset_date", "sunsetdate")


REVIEW_DAY_KEYS = frozenset(_AHEAD_KEYS)


def _ahead(get: Any, day: date) -> RevisitPoint | None:
    """The revisit point a record of ``day`` gives under one of ``_AHEAD_KEYS``: a day, month or quarter later
    than ``day`` (words, or a day on or before it, are no revisit point). Asked only when the record has one of
    those keys."""
    for key in _AHEAD_KEYS:
        value = get(key)
        if value is not None:
            point = revisit_point(value) if _is_scalar(value) else None
            if point is not None and point.on is not None and point.on > day:
                return point
    return None  # each key is looked at: a review held (`Review date: 2024-01-02`) leaves `Valid until:` standing


# The GOV.UK tech-docs-gem's page review (`last_reviewed_on: 2023-03-28`, `review_in: 6 months`): the page is due
# for review that long after its last one, as the gem reckons it (Chronic's `in 6 months`: calendar months).
_REVIEW_IN = deferred(r"(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*"
                      r"(day|week|month|year)s?", re.IGNORECASE)
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _review_due(get: Any) -> RevisitPoint | None:
    """The revisit point `last_reviewed_on` and `review_in` give (tech-docs-gem's page review): the day that long
    after the last review, as a date; None unless the one is a day and the other a length of time alone
    (`6 months`, `1 year`, `12 weeks`; not `when the contract ends`)."""
    reviewed = get("last-reviewed-on")
    period = get("review-in")
    last = as_date(reviewed) if isinstance(reviewed, (str, date)) else None
    length = _REVIEW_IN.fullmatch(period.strip()) if type(period) is str and last is not None else None
    if last is None or length is None:
        return None
    count = _NUMBER_WORDS.get(length.group(1).lower()) or int(length.group(1))
    unit = length.group(2).lower()
    if count == 0:  # `0 months`: due again the day of each review, never looked at later
        return None
    if unit in ("day", "week"):
        days = count * (7 if unit == "week" else 1)
        if (date.max - last).days < days:
            return None
        due = last + timedelta(days=days)
    else:
        months = last.month - 1 + count * (12 if unit == "year" else 1)
        year, month = last.year + months // 12, months % 12 + 1
        if year > 9999:
            return None
        due = date(year, month, min(last.day, monthrange(year, month)[1]))
    return RevisitPoint("date", due.isoformat(), due)


def page_review(meta: Mapping[str, Any]) -> tuple[str, str, RevisitPoint] | None:
    """A GOV.UK tech-docs page's review: the key of its last review as the page writes it (`last_reviewed_on`),
    its `review_in`, and the revisit point they give; None when the page has no such review or a key of
    adrtool's (`revisit`) gives the point."""
    keyed = _canonical(meta)
    due = _review_due(keyed.get) if "revisit" not in keyed else None
    if due is None:
        return None
    key = next(str(key) for key in meta if canonical_key(key) == "last-reviewed-on")
    return key, str(keyed.get("review-in")).strip(), due


def page_review_gap(meta: Mapping[str, Any]) -> tuple[str, str] | None:
    """Why a GOV.UK tech-docs page's review (``page_review``) gives no next day, with the key to look at as the page
    writes it: `review_in` empty, ERB, no length of time (`-6 months`, `6 fortnights`) or none at all (`0 months`),
    `last_reviewed_on` no day, or the two past the last day there is; None for a page whose review gives one, or
    that has no such review (both keys), or whose `revisit` gives the point."""
    keyed = _canonical(meta)
    if "last-reviewed-on" not in keyed or "review-in" not in keyed or "revisit" in keyed \
            or _review_due(keyed.get) is not None:
        return None
    written = {canonical_key(key): str(key) for key in meta}
    reviewed, period = keyed["last-reviewed-on"], keyed["review-in"]
    period_key, reviewed_key = written["review-in"], written["last-reviewed-on"]
    shown = " ".join(str(period).split()) if period is not None else ""
    for key, value in ((reviewed_key, reviewed), (period_key, period)):
        if isinstance(value, str) and "<%" in value:
            return key, f"`{key}: {' '.join(value.split())}` is ERB, which adr does not run"
    if not isinstance(reviewed, (str, date)) or as_date(reviewed) is None:
        return reviewed_key, f"`{reviewed_key}: {reviewed if reviewed is not None else ''}` is not a day"
    if not shown:
        return period_key, f"`{period_key}` is empty"
    length = _REVIEW_IN.fullmatch(shown)
    if length is None:
        return period_key, f"`{period_key}: {shown}` is no length of time adr reads, as `6 months` or `1 year` are"
    if (_NUMBER_WORDS.get(length.group(1).lower()) or int(length.group(1))) == 0:
        return period_key, f"`{period_key}: {shown}` makes each review due the day it is made"
    return reviewed_key, f"`{reviewed_key}: {as_date(reviewed)}` and `{period_key}: {shown}` give a day past 9999-12-31"


def review_in_between(reviewed: date, due: date) -> str | None:
    """The `review_in` that makes a page reviewed on ``reviewed`` due on ``due`` (``_review_due`` reckons it so):
    years, months, weeks or days, the first that reaches it exactly; None when ``due`` is not later, or only
    more than 999 days that are no whole number of weeks or months reach it."""
    if due <= reviewed:
        return None
    months = (due.year - reviewed.year) * 12 + due.month - reviewed.month
    days = (due - reviewed).days
    candidates = []
    if months % 12 == 0:
        candidates.append((months // 12, "year"))
    candidates += [(months, "month"), (days // 7, "week") if days % 7 == 0 else (0, ""), (days, "day")]
    for count, unit in candidates:
        text = f"{count} {unit}{'s' if count > 1 else ''}"
        if 0 < count <= 999 and (point := _review_due({"last-reviewed-on": reviewed, "review-in": text}.get)) \
                is not None and point.on == due:
            return text
    return None


def review_due_after(meta: Mapping[str, Any], reviewed: date) -> RevisitPoint | None:
    """The revisit point of a tech-docs page (``page_review``) once it is reviewed on ``reviewed``."""
    get = _getter(meta)
    return _review_due(lambda key: reviewed if key == "last-reviewed-on" else get(key))


# A weekday before a day (`Friday, 1 January 2027`), which says nothing the day does not.
_WEEKDAY = deferred(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.IGNORECASE)


def revisit_point(value: Any) -> RevisitPoint | None:
    """A revisit value as ``RevisitPoint.parse`` reads it, and a day written in any form a record's date is read
    in (`12 March 2027`, `March 12, 2027`, `2027/03/12`, `12.03.2027`, `Friday, 1 January 2027`) as that day, and
    a month in words (`November 2026`) as its first day, as `2026-11` is; the end of a year, half, quarter or
    month (`end of 2026`) as its last day. A point with a note after it (`2026-Q4 — once the pilot ends`,
    `2026-12-31, or sooner if ..`, `never; kept for history`) or a preposition before it (`by Q3 2026`) is that
    point, the text kept as written; a day with more words before it (`Zed (2027-03-12)`) stays the words it
    is, but for a backstop the text says comes first (`after the pilot or 2026-Q1 (whichever comes first)`)."""
    point = _revisit_alone(value)
    if point is None or point.kind != "cycle":
        return point
    text = point.text
    if " " not in text and text[-1:] != ".":  # a cycle's name (`yoga`, `2027.1`): no note is joined to it
        return point
    head = _point_before_a_note(text)
    if head is not None:
        return RevisitPoint(head.kind, NEVER if head.kind == "never" else text, head.on)
    return point


def _revisit_alone(value: Any) -> RevisitPoint | None:
    """``revisit_point`` of a value that is a point and nothing more."""
    point = RevisitPoint.parse(value)
    if point is None or point.kind != "cycle" or not any(character.isdigit() for character in point.text):
        return point
    text = point.text
    if text[:1].isalpha() and (weekday := _WEEKDAY.match(text)) is not None:
        text = text[weekday.end():]
    day = date_alone(text)
    if day is None and text[:1].isalpha() and (month := month_alone(text)) is not None:
        day = month  # `November 2026`, `Nov 2026`: its first day, as `2026-11` is read
    if day is None and text[:1] in "Ee" and (end := _END_OF.fullmatch(text)) is not None:
        day = _last_day_of(end.group(1))
    return RevisitPoint("date", point.text, day) if day is not None else point


_END_OF = deferred(r"end\s+of\s+(.+)", re.IGNORECASE)
_HALF_SHAPE = deferred(r"\d{4}[- ]?[Hh][12]|[Hh][12][- ]?\d{4}")
_QUARTER_SHAPE = deferred(r"\d{4}[- ]?[Qq][1-4]|[Qq][1-4][- ]?\d{4}")


def _last_day_of(period: str) -> date | None:
    """The last day of the year, half, quarter or month ``period`` names (`2026`, `H2 2026`, `Q3 2026`, `March
    2027`, `2027-03`); None for any other text."""
    first = RevisitPoint.parse(period)
    start = first.on if first is not None and first.kind == "date" else month_alone(period)
    if start is None or start.day != 1 or parse_iso_date(period.strip()) is not None:
        return None
    shape = period.strip()
    months = 12 if shape.isdigit() else 6 if _HALF_SHAPE.fullmatch(shape) else 3 if _QUARTER_SHAPE.fullmatch(shape) \
        else 1
    last_month = start.month + months - 1
    return date(start.year, last_month, monthrange(start.year, last_month)[1])


# Where a note may follow a revisit point: a dash between spaces, a comma, a semicolon, a full stop, `or`; what to
# look at then (`Revisit by 2027-01-31 when the first engagement closes`), not a condition (`.. if load doubles`).
_NOTE_JOINT = deferred(r"(?<!\s)(?:\s+[-–—]+\s+|\s*[,;]\s+|\.(?:\s+|$)|\s+(?i:or|when)\s+)")
# Words before a point that leave it the same point (`by Q3 2026`, `no later than 2027-03-01`), a revisit's verb first
# or not, as a Review section's sentence opens (`Re-review by 2026-10-18 (90 days).`, `Reevaluate this rule on ..`,
# `We will revisit this decision on ..`).
_BEFORE_A_POINT = deferred(r"(?:(?:(?:we|i|the\s+team|they)\s+(?:will|shall|should|must|plan\s+to|intend\s+to"
                           r"|are\s+going\s+to)\s+)?(?:re-?review|review|revisit|re-?evaluate|re-?assess|re-?examine)"
                           r"(?:\s+(?:this|the)\s+(?:decision|rule|adr|record|choice|policy))?\s+)?"
                           r"(?:by|in|on|before|until|no\s+later\s+than|not\s+later\s+than)\s+", re.IGNORECASE)
# The remark that makes what comes before it a backstop (`.. or 2026-Q1 (whichever comes first)`), at the end.
_WHICHEVER_FIRST = deferred(r"(?<!\s)\s*(?:\(|,\s*)whichever\s+(?:comes\s+|is\s+)?(?:first|earlier|sooner)\)?\.?$",
                            re.IGNORECASE)
_AT_MOST_NOTES = 4  # joints tried before the text is taken for a sentence


def _point_before_a_note(text: str) -> RevisitPoint | None:
    """The day or `never` that opens ``text`` (after a preposition), a note following it; or a backstop the text
    names as coming first; None when the text is words that name none."""
    if text[:1].isalpha() and (before := _BEFORE_A_POINT.match(text)) is not None:
        rest = text[before.end():]
        alone = _revisit_alone(rest)
        if alone is not None and alone.kind != "cycle":
            return alone
        text = rest
    for count, joint in enumerate(_NOTE_JOINT.finditer(text)):
        if count == _AT_MOST_NOTES:
            break
        head = _revisit_alone(text[:joint.start()])
        if head is not None and head.kind != "cycle":
            return head
    remark = _WHICHEVER_FIRST.search(text) if "whichever" in text.lower() else None
    if remark is not None:  # `Upon any revisit trigger or 2026-Q1 (whichever comes first)`: the last `or`'s point
        words = text[:remark.start()]
        last_or = max(words.rfind(" or "), words.rfind(" OR "), words.rfind(" Or "))
        point = _revisit_alone(words[last_or + 4:].strip()) if last_or > 0 else None
        return point if point is not None and point.kind == "date" else None
    return None


def status_day(stated: str) -> date | None:
    """The day a status line gives its decision (`proposed (decided 2026-07-10)`), as a record without a date is
    dated by its status: None for a status that retires the record, or a line that gives no day."""
    return _undated({}.get, stated, read_status(stated).status)  # the line alone: no other key to ask


# A retired record's state before it, and the day it reached it (`Original status: Accepted, 2026-05-07`).
_ORIGINAL_STATE = deferred(r"\b(?:original(?:ly)?(?:\s+status)?|was|previously)\s*:\s*[*_]*([^\W\d_]+)[*_]*,?\s+"
                           r"(?:on\s+)?([^\s,;)]+)", re.IGNORECASE)
_DECIDING_STATES = frozenset({"accepted", "approved", "decided", "implemented", "adopted", "agreed"})


def _undated(get: Any, stated: Any, status: str | None) -> date | None:
    """The day of a record that states no `date`: under another name, else a day its status line gives
    (`Akzeptiert, 2026-03-09`, `✅ **Accepted** (2026-04-17, Tyler + Richard)`), written in full as ISO; not
    the day a status that retires the record gives (`Superseded 2023-01-10 by ...`): that is not when it was
    decided."""
    day = as_date(other) if (other := _other_day(get)) is not None else None
    if day is None and type(stated) is str and stated[:1] == ":":
        stated = after_shortcode(stated)  # `:hourglass: Proposed (2026-01-05)`: dated as `Proposed (2026-01-05)`
    if day is None and type(stated) is str and not stated.isascii():
        stated = hyphenated(stated)  # `Accepted on 2025‑08‑19 by the board`, with typography's dashes
    if day is None and type(stated) is str and stated[:3] == "** " and (end := stated.find("**", 3)) > 3 \
            and stated[3:end].strip():
        stated = f"**{stated[3:end].strip()}**{stated[end + 2:]}"  # `** Approved ** (by TSC vote on 3/15/21)`: the
        # state in bold as its author meant it (EdgeX), though the blanks inside make it no emphasis to Markdown
    if day is None and status in _RETIRING and type(stated) is str and ":" in stated \
            and (original := _ORIGINAL_STATE.search(stated)) is not None \
            and lifecycle_word(original.group(1)) in _DECIDING_STATES:
        day = read_date(original.group(2)).day  # `Superseded by ADR-103, 2026-05-19. Original status: Accepted,
        # 2026-05-07`, `(was: Accepted, 2026-06-08)`: the day the record was decided, before it was retired
    if day is None and type(stated) is str and ")" in stated and (remark := _STATUS_REMARK.match(stated)) \
            and _ON_A_DAY_NEXT.match(stated, remark.end()) is not None and _ISO_DAY.search(remark.group(1)) is None:
        stated = f"{stated[:remark.start(1) - 1].rstrip()} {stated[remark.end():].lstrip()}"  # `Accepted (Supersedes
        # [001](..), [007](..)) on 2019-10-01` (simpledotorg/simple-android): the day after the remark the status's
    if day is None and type(stated) is str and ("," in stated or ";" in stated) \
            and (latest := latest_in_line(stated)) is not None:
        stated = latest  # a history on one line: dated by its latest entry, as a history on lines is
    if day is None and type(stated) is str and stated[:1].isdigit() and status not in _RETIRING \
            and (joined := joined_history(stated)) is not None:
        day = joined[0]  # `2025-07-09 proposed 2025-07-10 accepted`: a history on one line, its entries' days first
    if day is None and type(stated) is str and stated[-1:] in "0123456789)" and status not in _RETIRING \
            and (history := word_first_history(stated)) is not None:
        day = history[0]  # `Proposed 2018-12-09 Accepted 2018-12-10`: a history on one line, its days after
    if day is None and type(stated) is str and "-" in stated and status not in _RETIRING \
            and (found := _ISO_DAY.search(stated)) is not None and _STATUS_THEN.fullmatch(stated, 0, found.start()) \
            and not _another_day(stated[:found.start()]):
        day = parse_iso_date(found.group())
    if day is None and type(stated) is str and status not in _RETIRING and _A_DIGIT.search(stated) is not None:
        day = _day_after_status(stated)
    if day is None and (stepped := get("step-decided") or get("step-proposed")) is not None:
        day = as_date(stepped)  # a Dates section's `- Accepted: 2026-01-20`, else its `- Proposed: 2026-01-19`
    if day is None and (changed := _changed_day(get)) is not None:
        day = as_date(changed)  # `Last Modified: 2023-06-26`, when nothing else dates the record
    return day


def _day_after_status(stated: str) -> date | None:
    """The day a status line gives after its words and a remark: in the remark (`Přijato (22.1.2026)`), after
    it and a dash (`Accepted (uncommitted) — 2026-06-20`), after a state's word (`Accepted — implemented
    2026-06-07`) or `on` (`Accepted on 20/11/2015.`, day first as other such days are read)."""
    if " on " in stated and (on := _ON_A_DAY.match(stated)) is not None:
        return date_alone(stated[on.end():].rstrip(" ."))
    if "(" in stated and (remark := _STATUS_REMARK.match(stated)) is not None:
        after = stated[remark.end():]
        if after.lstrip(" *_")[:1] in _DASHES:  # `Accepted (uncommitted) — 2026-06-20`
            return date_alone(after.lstrip(" *_")[1:])
        items = [item for item in _remark_items(remark.group(1)) if _A_CYCLE.fullmatch(item) is None] or [""]
        last = items[-1].strip()  # `Přijato (22.1.2026)`, `Accepted (v2.0, 2026-01-28)`
        if len(items) > 1 and _A_DIGIT.search(last) is None:
            last = items[0].strip()  # `ACCEPTED (owner-ratified 2026-07-29, after three review revisions)`
        if not last.isascii() and (year := _YEAR_WORD.search(last)) is not None:
            last = last[:year.start()]  # `Принято (23 июня 2026 г.)`
        if ":" in last and LOCALIZED_KEYS.get(key := key_spelling(last.split(":", 1)[0]), key) == "date":
            return date_alone(last.split(":", 1)[1])  # `Akseptert (dato: 2025-06-10)`
        if (day := date_alone(last)) is not None:
            return day  # `Accepted (3 March 2026)`, `(March 3rd, 2026)`
        words = last[:_REMARK_WORDS.match(last).end()]  # type: ignore[union-attr]
        first = words.split(None, 1)[0] if words else ""
        if not words or first.lower() == "on" or _a_reached_state(first):  # `(ratified 2026-07-29)`, `(approved
            # March 3, 2026)`, `(on March 3, 2026)`
            return date_alone(last[len(words):]) or date_alone(last[len(first):])
        if first.lower() in _BY:  # `Approved (by TSC vote on 3/25/21)`
            return _day_after_words(last, agent=True)
        return None
    if (then := _STATE_THEN.match(stated)) is not None and lifecycle_word(then.group(1)) in _REACHED_STATES:
        return date_alone(stated[then.end():])  # `Accepted — implemented 2026-06-07`
    return _day_after_words(stated)


def _remark_items(remark: str) -> list[str]:
    """The items of a remark on a status, apart at its commas and semicolons, a day written month first kept whole
    (`v2, March 3, 2026`: `v2` and `March 3, 2026`)."""
    items: list[str] = []
    for item in _ITEMS_APART.split(remark):
        if items and _A_YEAR.fullmatch(item) is not None and _A_DAY_OF_THE_MONTH.search(items[-1]) is not None:
            items[-1] = f"{items[-1]},{item}"
        else:
            items.append(item)
    return items


# A cycle named beside a status's day in its remark (`cycle 237, 2026-03-12`), which dates nothing.
_A_CYCLE = deferred(r"\s*(?:cycle|sprint|iteration)\s*#?\d+\s*", re.IGNORECASE)
_ITEMS_APART = deferred(r"[,;]")
_A_YEAR = deferred(r"\s*\d{4}\.?\s*")
_A_DAY_OF_THE_MONTH = deferred(r"[^\W\d_]\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*$", re.IGNORECASE)


def _day_after_words(stated: str, agent: bool = False) -> date | None:
    """The day a status line gives straight after its words and marks in any form a date is written (`Принято
    13.07.2026.`, `Přijato 22.1.2026`), or after them and a few words of who decided it or how (`Принято владельцем
    13.07.2026 (…)`, `Accepted by the owner 2026-07-13`, `Geaccepteerd door de product owner op 14 juli 2026 en …`,
    `Approved via TSC vote on 2021-12-14`); blanks alone between those words (a mark ends the status's clause:
    `Accepted; to be revisited after 2027-01-01`), none of them a word for a day ahead or another day than the
    decision's (`Accepted until 2027-01-01`, `Принято до 01.01.2027`, `Accepted pending review by 2027-01-01`). With
    ``agent``, ``stated`` is a status's remark that opens with `by` and ends with the day (`by TSC vote on 3/25/21`).
    A day whose day and month could be swapped (`04/08/2020`) is none."""
    found = day_found(stated[:_WORDS_BEFORE_A_DAY + _A_DAY])  # a long paragraph's rest is not looked through
    if found is None or found[0] > _WORDS_BEFORE_A_DAY:
        return None
    start, day, sure = found
    if day is None or not sure:
        return None
    if agent:  # the remark's words, then the day ending it
        words = _WORDS.fullmatch(stated, 0, start)
        if words is None or len(words.group(0).split()) > _AGENT_WORDS + 1 or date_alone(stated[start:]) is None:
            return None
        return None if _another_day(stated[:start]) else day
    if _STATUS_THEN.fullmatch(stated, 0, start):  # the status's words and marks alone: `Přijato 22.1.2026`
        return None if _another_day(stated[:start]) else day
    words = _STATUS_AND_WORDS.fullmatch(stated, 0, start)
    if words is None:
        return None
    said = [word.lower() for word in _LETTERS.findall(words.group(0))]
    opening, state = _status_opening(said)
    if state not in _REACHED_STATES or len(said) - opening > _AGENT_WORDS or _another_day(stated[:start]):
        return None
    return day


def _status_opening(said: list[str]) -> tuple[int, str | None]:
    """How many of the words ``said`` are the status's (`Kabul edildi` two), and the state they name; (1, None)
    when they open with none."""
    for length in (3, 2, 1):
        if len(said) >= length and (state := lifecycle_word(" ".join(said[:length]))) is not None:
            return length, state
    return 1, None


def _another_day(before: str) -> bool:
    """Whether the words of a status line ``before`` its day make that day another than the decision's: a word
    for a day ahead (until, after, from, for, a review: `Accepted until 2027-01-01`, `Принято до 01.01.2027`) or
    for another state (`Approved Original proposal 10/24/2020`, a proposal's day) after the status's words, or
    English `by` straight before the day (`Proposed, decide by 2027-01-01`). A state joined to the status by `and`
    is reached that day too (`Implémenté et Validé le 29/01/2026.`)."""
    said = [word.lower() for word in _LETTERS.findall(before)]
    if not said:
        return False
    opening, state = _status_opening(said)
    return said[-1] == "by" or any(
        word in _AHEAD or word.startswith(_AHEAD_STEMS)
        or (lifecycle_word(word) not in (None, state) and not _joined_state(said, at))
        for at, word in enumerate(said[opening:], opening))


# `And` in the languages whose status words adr reads, as it joins two states reached on one day.
_AND = frozenset({"and", "et", "und", "y", "e", "en", "og", "och", "i", "и", "ve", "és", "a"})


def _joined_state(said: list[str], at: int) -> bool:
    """Whether the word at ``at`` of a status line's words ``said`` is a state reached, joined by `and` to the one
    before it (`implémenté et validé`: implemented and accepted, on the day the line gives)."""
    return said[at - 1] in _AND and lifecycle_word(said[at]) in _REACHED_STATES


# The words of a status line before its day: the status's, then those of who or how (letters, blanks and emphasis).
_STATUS_AND_WORDS = deferred(r"[\W_]*?[^\W\d_]+(?:[\s*_]+[^\W\d_]+){1,8}[\s*_]+")
_WORDS = deferred(r"[^\W\d_]+(?:\s+[^\W\d_]+)*\s+")  # words and blanks alone: `by TSC vote on `
_LETTERS = deferred(r"[^\W\d_]+")
_BY = frozenset({"by", "via", "door", "von", "durch", "par", "por", "pelo", "pela", "da", "dal", "dalla", "przez",
                 "oleh", "bởi"})  # who decided, in a remark: `(by TSC vote on 3/25/21)`
_WORDS_BEFORE_A_DAY = 120  # the farthest a status line's day is looked for
_A_DAY = 30  # the longest a day is written (`5. listopadu 2021`, `23rd of September, 2024`)
_AGENT_WORDS = 6  # the most words of who decided it or how (`door de product owner op`)
# Words that make the day after them another than the decision's: a day ahead (until, after, from, before, for, a
# review), in the languages whose status words adr reads.
_AHEAD = frozenset({
    "after", "until", "till", "before", "from", "due", "deadline", "effective", "next", "expires",
    "expiry", "valid", "through", "starting", "for", "bis", "nach", "ab", "vor", "für", "gültig", "tot", "na",
    "vanaf", "voor", "uiterlijk", "geldig", "jusqu", "après", "avant", "dès", "pour", "hasta", "até",
    "después", "depois", "antes", "desde", "para", "fino", "dopo", "prima", "entro", "per", "do", "po", "przed",
    "od", "před", "pro", "до", "после", "після", "перед", "с", "з", "со", "для", "kadar", "sonra", "önce", "için",
    "sampai", "hingga", "setelah", "sebelum", "mulai", "untuk", "đến", "sau", "trước", "từ", "cho"})
_AHEAD_STEMS = ("revisit", "review", "reconsider", "re-evaluat", "reevaluat", "expir", "überprüf", "herzie",
                "révis", "revis", "пересм", "перегл", "revize")
# The word year that Russian and Ukrainian write after a day, abbreviated or not (`23 июня 2026 г.`, `5 листопада
# 2021 р.`).
_YEAR_WORD = deferred(r"(?<=\d)\s+(?:г|год|года|р|рік|року)\.?\s*$")


_DASHES = ("-", "–", "—")
_A_DIGIT = deferred(r"\d")
_ON_A_DAY = re.compile(r"[\W_]*[^\W\d_]+[*_]*\s+on\s+")  # `Accepted on 20/11/2015.`
# The status words, a dash and a state's word before a day (`Accepted — implemented 2026-06-07`).
_STATE_THEN = deferred(r"[\W_]*[^\W\d_]+[*_]*\s+[-–—]\s+([^\W\d_]+)\s+")


# A status's remark in parentheses straight after its words, whose last item may be the day (in any form a date is),
# and a word or two before that day that say the decision reached a state on it (`implementováno 2026-02-28`,
# `approved on 2026-02-28`), not a day ahead (`until 2027-01-01`, `revisit on 2027-06-01`, `review by ...`)
_REMARK_WORDS = deferred(r"(?:[^\W\d_]+(?:-[^\W\d_]+)*\s+){0,2}")
_REACHED_STATES = frozenset({"proposed", "accepted", "rejected", "deprecated", "superseded", "draft", "withdrawn",
                             "approved", "implemented", "obsolete", "retired", "replaced", "declined", "abandoned",
                             "amended", "decided"})
# Words for a decision reached that are no status of its own (`ratified 2026-07-29`), as a remark dates it.
_DECIDING_WORDS = frozenset({"ratified", "agreed", "adopted", "confirmed", "endorsed", "signed", "finalized",
                             "finalised", "merged"})


def _a_reached_state(word: str) -> bool:
    """Whether ``word`` says a decision reached a state (`approved`, `ratified`), by someone's word before a hyphen
    too (`owner-ratified`)."""
    word = word.rsplit("-", 1)[-1].lower()
    return word in _DECIDING_WORDS or lifecycle_word(word) in _REACHED_STATES


_STATUS_REMARK = deferred(r"[\W_]*[^\W\d_]+(?:[ -][^\W\d_]+){0,2}[*_]*\s*\(([^()]*)\)")
# What follows such a remark when the status's day comes next (` on 2019-10-01`, `, 2019-10-01`).
_ON_A_DAY_NEXT = deferred(r"[\s,;:]*(?:on\s+)?\d", re.IGNORECASE)


# What may come before that day: the status word(s) and marks alone (`✅ **Accepted** (`, `Akzeptiert, `), not
# words of a sentence (`Accepted (replaces the 2019-05-01 design)`).
_STATUS_THEN = deferred(r"[\W_]*[^\W\d_]+(?:[ -][^\W\d_]+){0,2}[\W_]*")


_RETIRING = frozenset({"superseded", "deprecated", "obsolete", "retired", "replaced", "amended"})


_ISO_DAY = deferred(r"(?<![\d-])(?:19|20)\d\d-\d\d-\d\d(?![\d-])")


def _other_day(get: Any) -> Any:
    """The day of a record without `date`: MADR 2's template calls it the day of the last update, and some
    logs name it so; others keep the day the record was written as `created`."""
    for key in _OTHER_DAYS:
        day = get(key)
        if day is not None:
            return day
    when = get("when")
    return _when_day(when) if type(when) is str else None


def _when_day(value: str) -> date | None:
    """The day a `When:` field gives (au-research/raido's `* When: proposed on 2022-07-21`, `* When: finalised on
    2022-10-06`): alone, or after a step's word and `on`; None for anything else (`When: the team grows`)."""
    text = value.strip().rstrip(".")
    if " on " in text and (on := _ON_A_DAY.match(text)) is not None:
        text = text[on.end():]
    return date_alone(text)


def _changed_day(get: Any) -> Any:
    """The day a record was last changed on, as its author wrote it (`Last Modified: 2023-06-26`, as a template asks
    for the day the decision was last updated): its day when nothing else dates it, a status's history included;
    not a moment a tool stamped (`2018-11-02T16:46:57+00:00`)."""
    for key in _CHANGED_DAYS:
        day = get(key)
        if day is not None and not a_moment(day):
            return day
    return None


_CHANGED_DAYS = ("last-updated", "last-modified")


# The day a record without `date` gives under another name: the day it was decided (`* **Decided**:`,
# `Date Decided:`, `Decision made:`, `Date Accepted:`, `date-issued:`), else the day it was put forward (`Date of
# submission:`, Anthony-Nolan/Atlas; `Initial date:`), else its creation (`creation-date:` over `last-updated:` in
# Kubernetes' and Tekton's enhancement proposals). The last update MADR 2's template calls its date comes after a
# status's own day (``_changed_day``). Never a day of its changelog: a list of revisions dates the revisions, not
# the decision (the first entry is the day a draft was begun).
# Among them, the keys of the day it was put forward.
PROPOSAL_DAY_KEYS = ("date-of-submission", "submission-date", "submitted-on", "date-proposed", "proposed-date",
                     "proposal-date", "initial-date")
_OTHER_DAYS = ("decided", "date-decided", "decision-date", "date-accepted", "accepted-on", "decided-on",
               "decision-made", "date-issued", *PROPOSAL_DAY_KEYS,
               "created", "created-at", "conversation-timestamp", "timestamp")

# Every key whose day the reader may take as the record's: a new record gives it the day it is written.
RECORD_DAY_KEYS = frozenset({"date", *_OTHER_DAYS, *_CHANGED_DAYS})


# The kinds of the adrs tool's links, as it writes them (`supersededby`, `relatesto`) and as hands spell them
# (`superseded-by`, `relates_to`): without their separators.
_ADRS_KINDS = {"supersedes": 0, "supersededby": 1, "relatesto": 2}


def adrs_kind(link: Any) -> str:
    """The kind of one of the adrs tool's links (``{target: 2, kind: relatesto}``), in lower case without
    separators; empty for anything else."""
    if not isinstance(link, dict):
        return ""
    return str(link.get("kind", link.get("type", ""))).strip().lower().replace("-", "").replace("_", "")


def _adrs_links(links: list[Any], *lists: tuple[int, ...]) -> tuple[tuple[int, ...], ...]:
    found = [list(numbers) for numbers in lists]
    for link in links:
        kind = _ADRS_KINDS.get(adrs_kind(link))
        if kind is None:
            continue
        target = number_of(link.get("target"))
        if kind is not None and target is not None:
            found[kind].append(target)
    return tuple(_unique(tuple(numbers)) for numbers in found)


def _cycle(value: Any) -> str | None:
    text = str(value).strip() if isinstance(value, (str, int, float)) else ""
    return sys.intern(text) if text else None


def braced(value: Any) -> Any:
    """The one value a YAML front matter value holds inside the template's braces, left around it (MADR 3's
    `status: {proposed | accepted | ...}` filled in as `status: { deprecated }`, which YAML reads as a set of
    one); None for anything else."""
    if type(value) is dict and len(value) == 1:
        ((inside, nothing),) = value.items()
        if nothing is None and isinstance(inside, (str, date)):
            return inside
    return None


def _status(value: Any) -> tuple[str | None, tuple[int, ...], tuple[int, ...]]:
    """(status, successors, superseded records) from a raw status value."""
    if type(value) is not str:
        inside = braced(value)
        if type(inside) is not str:
            return None, (), ()
        value = f"{{{inside}}}"  # read as the same braces written in text are (a status word, or a placeholder)
    status, successors, replaced, _, _ = read_status(value)
    return ((sys.intern(status) if status is not None else None),
            _references(successors) if successors else (), _references(replaced) if replaced else ())


# What joins the records of a list (no blanks around it in the pattern: a run of blanks would be tried from
# each of its characters; the parts are stripped instead).
_LIST_SEPARATOR = deferred(r"[,&+]|\band\b|\bund\b|\bet\b", re.IGNORECASE)
_REFERENCE = re.compile(r"\W*(?:adr[-_ ]?)?#?\d+\b(?![-/.]\d)", re.IGNORECASE)  # `ADR-0002`, `#2`, not a day


def status_references(text: str) -> tuple[int, ...]:
    """The records a status names after its `by` (``text``: what follows it), as a successor's are read."""
    return _references((text,))


def _references(texts: tuple[str, ...]) -> tuple[int, ...]:
    """The records a status names after `superseded by` (or `supersedes`): one, or a list of them (`ADR-0001,
    ADR-0002`, `[1](0001-a.md) and [2](0002-b.md)`): the items that open with a reference, from the first on (in
    a title such as `2. Use Python 3 and Go 1.2` only the first does; a day, or `see ADR-0018`, ends the list)."""
    items: list[str] = []
    for text in texts:
        parts = [part.strip() for part in _LIST_SEPARATOR.split(text)] \
            if "," in text or "&" in text or " " in text.strip() else [text]
        run = 0  # the list is the items that open with a reference, from the first on (then prose or a day)
        while run < len(parts) and _REFERENCE.match(parts[run]):
            run += 1
        items.extend(parts[:run] or [text])
    return as_numbers(items)


def _revisit(value: Any, meta: Mapping[str, Any]) -> RevisitPoint | None:
    """The revisit point; under another template's name (`next-review:`, `review-by:`) only a day, a month, a
    quarter or `never`: words there (`after the pilot ends`) are that template's, no cycle of ours."""
    point = revisit_point(value) if _is_scalar(value) else None
    if point is not None and point.kind == "cycle" and "revisit" not in meta and not is_revisit_key(meta):
        return None
    return point


def is_revisit_key(meta: Mapping[str, Any]) -> bool:
    """Whether ``meta`` names its revisit point `revisit`, in any case (not by another template's name)."""
    return any(type(key) is str and key.lower() == "revisit" for key in meta)


_RELATION_KEYS = ("supersedes", "superseded-by", "relates-to")


def _commented(value: Any) -> bool:
    return (type(value) is str and "<!--" in value) or \
        (type(value) is list and any(type(item) is str and "<!--" in item for item in value))


def shown_relation(value: Any) -> Any:
    """A relation's value as a reader sees it: without its HTML comments, closed or left open to the end (`<!--
    e.g. [ADR-0009](0009-x.md) -->` names no record)."""
    if type(value) is str:
        return _HTML_COMMENT.sub("", value).strip() if "<!--" in value else value
    if type(value) is list:
        return [shown_relation(item) if type(item) is str else item for item in value]
    return value


def relation_value(meta: Mapping[str, Any], key: str) -> Any:
    """``meta``'s value for the canonical ``key`` (`relates-to` under `Related:` or `関連:` too)."""
    return _getter(meta)(key)


_KEY_JOINTS = deferred(r"[\s_-]+")


def key_spelling(label: str) -> str:
    """A key however it is written, as one spelling: lower case, words joined by one `-`, a plural written `(s)`
    as the plural (`Decider(s)`, `Review-by`, `review_by`, `REVIEW BY`, `reviewBy` and `**Start Date**` are
    `deciders`, `review-by`, `review-by`, `review-by`, `review-by`, `start-date`). Every reader matches keys
    through it."""
    key = label.strip(" \t*_:：")
    if not key.islower() and _CAMEL_JOINT.search(key) is not None:  # `dateAccepted`, `reviewDate` (drctl)
        key = _CAMEL_JOINT.sub("-", key)
    key = key.lower()
    if "(s)" in key:
        key = key.replace("(s)", "s")
    if " " in key or "_" in key or "\t" in key or "--" in key:
        key = _KEY_JOINTS.sub("-", key)
    return key


_CAMEL_JOINT = deferred(r"(?<=[a-z])(?=[A-Z])")  # between the words of a key written in camel case


# Each key seen as written, as its canonical name: a record's keys are a few spellings of the same few keys.
_CANONICAL_KEYS: dict[Any, str] = {}
_CANONICAL_KEYS_KEPT = 4096


def canonical_key(key: Any) -> str:
    """The canonical name of a metadata key (`Deciders` -> `decision-makers`, `Related` -> `relates-to`, `start
    date` -> `created`), by its ``key_spelling``."""
    found = _CANONICAL_KEYS.get(key)
    if found is None:
        spelt = key_spelling(str(key))
        found = ALIASES.get(spelt, spelt)
        if len(_CANONICAL_KEYS) < _CANONICAL_KEYS_KEPT:
            _CANONICAL_KEYS[key] = found
    return found


def _getter(meta: Mapping[str, Any]) -> Any:
    """``meta``'s get, by canonical key."""
    return _canonical(meta).get


def _canonical(meta: Mapping[str, Any]) -> Mapping[str, Any]:
    """``meta`` keyed canonically (aliases renamed, one spelling; the first of two keys that mean one wins)."""
    seen = list(map(_CANONICAL_KEYS.get, meta))  # keys seen before: the usual case, looked up without a loop
    names = [canonical_key(key) for key in meta] if None in seen else cast("list[str]", seen)
    if names == list(meta):  # nothing to rename
        return meta
    if len(set(names)) == len(names):
        return dict(zip(names, meta.values()))
    canonical: dict[str, Any] = {}
    for name, value in zip(names, meta.values()):
        canonical.setdefault(name, value)
    return canonical


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, date))


def as_date(value: Any) -> date | None:
    """A date as the record states it: a YAML date, ISO text, or text a person reads as one day."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        return parse_iso_date(text) or read_date(text).day
    if type(value) is dict:  # `date: { 2023-06-18 }`: the template's braces left around the date
        inside = braced(value)
        return as_date(inside) if inside is not None else None
    if type(value) is list:
        return _day_of_the_steps(value)
    return None


def _day_of_the_steps(steps: list[Any]) -> date | None:
    """The day of a list of the days of a decision's steps (`* Date(s):` over `  * drafted: 2019-10-29`, `  *
    Approved: 2024-04-28`): the step that decided it, else the first day the list gives."""
    first: date | None = None
    for step in steps:
        label, colon, text = step.partition(":") if type(step) is str else ("", "", "")
        day = as_date(text) if colon else None
        if day is not None and key_spelling(label) in _DECIDING_STEPS:
            return day
        if first is None:
            first = day
    return first


_DECIDING_STEPS = frozenset({"decided", "accepted", "approved", "adopted", "agreed"})


# A Markdown link a name is written as (its text, the name), not an image's `![..](..)`
_NAME_LINK = deferred(r"(?<!!)\[([^\[\]]+)\]\([^()\s]*\)")
_HTML_COMMENT = deferred(r"<!--.*?(?:-->|$)", re.DOTALL)


# Names in bold, alone or with a pictograph after them (`✅`, `✔️`).
_BOLD_NAMES = deferred(r"(?:\*\*|__)([^*_]+?)(?:\*\*|__)(?:\s+[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?)?")


def as_deciders(value: Any) -> tuple[str, ...]:
    """The deciders' names, as ``as_names`` reads them; a name written as a link to its profile is the link's text
    (pod-os/PodOS: `[jg10](https://jg10.solidcommunity.net/profile/card#me)`). Not the consulted: there a link
    names a document as often (martin-francois/symphony-trello: `[GitHub issue #11](https://..)`), its address
    kept."""
    if type(value) is str and value[:2] in ("**", "__") and (bold := _BOLD_NAMES.fullmatch(value.strip())):
        value = bold.group(1)  # `**Théophile & Philippe** ✅`: the names in bold, a mark after them
    if type(value) is str and "](" in value:
        value = _NAME_LINK.sub(r"\1", value)
    elif type(value) is list:
        value = [_NAME_LINK.sub(r"\1", item) if type(item) is str and "](" in item else item for item in value]
    return as_names(value)


def _as_tags(value: Any) -> tuple[str, ...]:
    """The tags a list or a comma-separated string names, each without the code marks around it (`` `tooling`,
    `automation` ``, as awesomecit/thc-app writes them)."""
    tags = as_names(value)
    if (type(value) is str and "`" not in value) or not any(tag[:1] == "`" for tag in tags):
        return tags
    return tuple(sys.intern(bare) if tag[:1] == "`" and tag[-1:] == "`" and (bare := tag.strip("`").strip()) else tag
                 for tag in tags)


_LINE_BREAK_TAG = deferred(r"<br\s*/?>", re.IGNORECASE)  # (no blanks before it: a run of them would be tried
# from each of its blanks; the names are stripped after)


def as_names(value: Any) -> tuple[str, ...]:
    """A list, or a comma-separated string, of names or tags."""
    if value is None:
        return ()
    if type(value) is str:
        if " input from" in value:  # `Ann, Bo, with additional input from those involved`: the rest names no decider
            value = _INPUT_FROM.split(value, 1)[0]
        if "&" in value or "\\" in value:  # as a reader sees them: `Billy&#x20;`, `P\&D team` (GitBook writes so)
            value = _as_shown(value)
        if "<!--" in value or value[:2] == "- ":
            value = _HTML_COMMENT.sub("", value).strip().removeprefix("- ")  # `[a] <!-- optional -->`, `- Ann, Bo`
        if "{" in value and value[0] == "{" and value[-1] == "}" and "{" not in value[1:-1]:
            value = value[1:-1]  # `"{Ann, Bo}"`: the template's braces around the names, quoted (a string, not a set)
        if not value.isascii() and ("、" in value or "，" in value):  # `张三、李四`: CJK text's enumeration
            value = value.replace("、", ",").replace("，", ",")  # comma, and its full-width comma
        if "<br" in value or "<BR" in value:  # `Jacob Woffenden<br>Gary Henderson`: a table cell's names, a line each
            value = ",".join(_LINE_BREAK_TAG.split(value))
        if "," not in value:  # one name, as most are
            text = value.strip()
            if text[:1] == "[" and text[-1:] == "]" and "](" not in text:  # `Tags: [one]`
                text = text[1:-1].strip()
            if "@" in text and " " in text and (handles := _handles(text)):
                return handles
            return (sys.intern(text),) if text and text not in _NO_NAMES_WRITTEN and not _no_name(text) else ()
    if isinstance(value, list):
        items = value
    elif type(value) is dict and value and all(item is None for item in value.values()):
        items = list(value)  # `deciders: { Ann, Bo }`: the template's braces around the names (a YAML set)
    elif _is_scalar(value):
        text = str(value).strip()
        if text[:1] == "[" and text[-1:] == "]" and "[" not in text[1:-1] and "]" not in text[1:-1]:
            text = text[1:-1]  # a YAML list written in a bullet (`[Ann, Bo]`; not `[Ann], [Bo]`)
        items = _split_outside_brackets(text) if "(" in text else text.split(",")
    else:
        return ()
    names: list[str] = []
    serial = type(value) is str and ", and " in value  # `Ann, Bo, and Cy`: `and` before the list's last name
    for item in items:
        if type(item) is str or _is_scalar(item):
            text = (item if type(item) is str else str(item)).strip()
            if text[:1] == "[" and text[-1:] == "]" and "[" not in text[1:-1]:
                text = text[1:-1].strip()  # `[Jane Doe], [John Roe]`: links to their profiles, defined below
            if serial and text[:4] == "and ":
                text = text[4:].lstrip()
            if "@" in text and " " in text and (handles := _handles(text)):
                names.extend(handles)
                continue
            # ``_no_name`` written out: this runs on every name of every record
            if text and text not in _NO_NAMES_WRITTEN and "…" not in text and text[-3:] != "..." \
                    and not (text[:1] in "elnsc" and text.startswith(_HINT_OPENINGS)):
                names.append(sys.intern(text))
    return tuple(names)




# A handle people are named by: `@ann`, a team `@org/team`, or written after the name (`ann@`, OffchainLabs'
# `eljobe@ plasmapower@`); not an e-mail address.
_HANDLE = deferred(r"@[\w.-]+(?:/[\w.-]+)?|[\w.-]+@")


def _handles(text: str) -> tuple[str, ...]:
    """The handles ``text`` lists separated by blanks (`@ann @bo`), when every word of it is one; else ()."""
    words = text.split()
    if len(words) < 2 or not all(_HANDLE.fullmatch(word) for word in words):
        return ()
    return tuple(sys.intern(word) for word in words)


def spaced_tags(tags: tuple[str, ...]) -> tuple[str, ...]:
    """log4brains' tags, which its template says are `space and/or comma separated` (`- Tags: dev-tools doc`):
    a tag read with blanks in it (no comma was written) is a tag a word; not one with brackets or braces in it
    (a template's `{{ TAGS }}`, `api (internal)`) or a word of punctuation alone (`greenhouse / cloud`)."""
    if len(tags) != 1 or " " not in tags[0] or any(mark in tags[0] for mark in "()[]{}<>"):
        return tags
    words = tags[0].split()
    if not all(any(character.isalnum() for character in word) for word in words):
        return tags
    return tuple(sys.intern(word) for word in words)


def _split_outside_brackets(text: str) -> list[str]:
    """``text`` split at its commas outside brackets: `Jay (contributors: Doug, Andy)` is one name."""
    items, depth, start = [], 0, 0
    for index, character in enumerate(text):
        if character == "(":
            depth += 1
        elif character == ")" and depth:
            depth -= 1
        elif character == "," and not depth:
            items.append(text[start:index])
            start = index + 1
    items.append(text[start:])
    return items

_ENTITY = deferred(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z]+);")
_ESCAPED = deferred(r"\\([!-/:-@\[-`{-~])")  # Markdown's backslash escapes of punctuation


def _as_shown(value: str) -> str:
    """``value`` with HTML entities and Markdown's backslash escapes as a reader sees them."""
    if "&" in value and _ENTITY.search(value):
        import html

        value = html.unescape(value)
    return _ESCAPED.sub(r"\1", value) if "\\" in value else value


_INPUT_FROM = deferred(r",?\s*\bwith\s+(?:[a-z]+\s+)?input\s+from\b")  # `, with (additional) input from`
# What stands where names are still to come: `Deciders: TBD`, `none`, `-`.
_NO_NAMES = frozenset({"tbd", "tba", "tbc", "n/a", "na", "none", "nobody", "-", "—", "?", "todo", "..."})
# How MADR's hints for the people open (`{list everyone who is kept up-to-date on progress; ...}`).
_HINT_OPENINGS = ("list everyone", "list all", "names of", "everyone ", "space and/or", "comma separated",
                  "comma-separated")  # and log4brains' `[space and/or comma separated list of tags]`


_NO_NAMES_WRITTEN = frozenset(spelling for word in _NO_NAMES
                               for spelling in (word, word.upper(), word.capitalize(), word.title()))


def _no_name(text: str) -> bool:
    """Whether ``text`` is no name but the template's hint or a stand-in for names to come (a role of several
    words is a name: `Experience Architect 🎨 (UI persona interaction)`, `csadilek for the mobile teams`).
    Written out of cheap tests, as it runs on every name of every record."""
    return (text in _NO_NAMES_WRITTEN or "…" in text or text[-3:] == "..."
            or (text[:1] in "elnsc" and text.startswith(_HINT_OPENINGS)))


_REFERENCE_LABEL = deferred(r"\]\[[^\[\]]*\]")


def as_numbers(value: Any) -> tuple[int, ...]:
    """Record numbers from `5`, `[3, 4]`, `"ADR-0005"`, `0005-title.md` or a Markdown link to one, or a line
    naming several (`ADR-0003, ADR-0004`, `ADR-0076 (SPIRE), ADR-0080 (egress)`, `ADR-006（..）、ADR-013`); a
    value that says there is none (`None (extends ADR-0087)`) names none."""
    if value is None or isinstance(value, bool):
        return ()
    items = value if isinstance(value, list) else [value]
    numbers: list[int] = []
    for item in items:
        if type(item) is str:
            if "}" in item:  # `{term}`ADR-26006`, {term}`ADR-26008``: MyST roles naming records
                item = unroled(item)
            if "][" in item:  # `([GitHub][1])`: a reference-style link's label is no record's number
                item = _REFERENCE_LABEL.sub("]", item)
            if negated(item) or (_external_id(item) and external_ids(item)):  # `None (extends ADR-0087)`;
                continue  # `RFC 7231`, `CM-002` (`CM-002, ADR-0003` names 3)
            listed = _listed(item) if _may_list(item) else None
            if listed is not None:
                numbers.extend(listed)
                continue
        if type(item) is str and item.count("](") > 1:  # `[ADR-0003](..) [ADR-0006](..)`: each link names one
            numbers.extend(number for link in _MARKDOWN_LINK.findall(item) if (number := number_of(link)) is not None)
            continue
        number = number_of(item)
        if number is not None:
            numbers.append(number)
    return _unique(tuple(numbers))


_REFERENCES_APART = deferred(r"[,;、，；]|\s(?:and|und|et)\s")  # not the `-and-` of a slug


def dated_references(value: Any) -> list[str]:
    """The date-named records a relation's value names by their ids (`superseded-by: 2026-06-28-x`,
    `[20240101-x, 20240102-y]`): no numbers, but records all the same."""
    items = value if isinstance(value, list) else [value]
    found = []
    for item in items:
        if isinstance(item, str):
            for part in _REFERENCES_APART.split(item):
                ident = part.strip().split(None, 1)[0] if part.strip() else ""
                if ident[:2] in ("19", "20") and _DATED_REF.match(ident) and (named := linked_identity(ident)):
                    found.append(named[1])
    return found


def names_a_day_and_sequence(text: str) -> bool:
    """Whether ``text`` is a date-named record's id of its day and its sequence that day, as @kompiro/adr-tools
    writes relations (`supersedes: [ADR-20260324-01]` for `20260324-01-manual-qa.md`): a record, by no number."""
    text = text.strip()
    day = _DATED_REF.match(text)
    return day is not None and 0 < len(text) - day.end() <= 3 and text[day.end():].isdecimal()


# An issue or a pull request named by its number after `#` alone (`requirement 6 of #10853`, `#10840 (the policy)`):
# no record, which a log names zero-padded (`#0003`) or after its kind (`ADR #12`). Not inside a link's label, whose
# address says what it names.
_ISSUE = deferred(r"(\[[^\[\]]*\]\([^()\s]*\))|(?<![\w#\[-])(?<!adr )(?<!ADR )(?<!Adr )#[1-9]\d*\b")
_SEPARATOR_KEPT = deferred(r"([,;])")


def _without_issues(value: Any) -> Any:
    """A related value without the issues and pull requests it names by `#` and their number (a link's label
    stays: its address says what it names)."""
    if type(value) is str:
        return _issues_out(value) if "#" in value else value
    if type(value) is list:
        return [_issues_out(item) if type(item) is str and "#" in item else item for item in value]
    return value


def _issues_out(text: str) -> str:
    """``text`` without its issues, and without the separators they leave with nothing between them or at an end
    (`ADR-0003, #9` is `ADR-0003`)."""
    kept = _ISSUE.sub(lambda found: found.group(1) or "", text)
    if kept == text:
        return text
    pieces = _SEPARATOR_KEPT.split(kept)  # text, separator, text, ...
    result: list[str] = []
    for at in range(0, len(pieces), 2):
        if pieces[at].strip():
            if result:
                result.append(pieces[at - 1])
            result.append(pieces[at])
    return "".join(result).strip()


def counted(value: Any) -> bool:
    """Whether a related value is a number another word counts (`Sprint 54 design doc`, `milestone 3`, `Python
    3.12`: TagPulse's `- Related: Sprint 54 design doc` named no record 54), not a record's (`ADR 54`, `Decision
    5`, `see 12`, a link)."""
    if type(value) is not str or "](" in value or "#" in value:
        return False
    match = _WORD_THEN_NUMBER.match(value)
    return match is not None and match.group(1).lower() not in _RECORD_WORDS


_WORD_THEN_NUMBER = deferred(r"\s*([^\W\d_]+)\s+\d")
# The words a record's number follows in a related value (`Decision 5`, `see 12`, `Entscheidung 3`).
_RECORD_WORDS = frozenset({"adr", "adrs", "decision", "decisions", "record", "records", "rfc", "see", "and", "also",
                           "number", "no", "nr", "entscheidung", "décision", "decisión", "decisão",
                           "decisione", "beslissing", "beslut", "beslutning", "decyzja", "решение"})


def number_of(item: Any) -> int | None:
    """The record number one reference names, or None when it names none."""
    if isinstance(item, bool):
        return None
    if isinstance(item, int):
        return item if item >= 0 else None
    if not isinstance(item, str):
        return None
    text = item.strip()
    if "../" in text and "](" not in text and _outside_the_logs(text):
        return None  # `../spec/025_data_contracts.md`: a document of another folder, no record 25
    if text[-3:].lower() == ".md" and " " not in text and _a_dated_file(text.rsplit("/", 1)[-1]):
        return None  # a date-named record's file (`052521-dexie-storage.md`, a US day): no number
    if "](" in text:  # a link names the record its file is (`[Use UI Kit 2](0004-use-ui-kit-2.md)`: 4, not 2)
        text = _MARKDOWN_LINK.sub(_masked_link, text)
    elif "://" in text:
        text = _URL.sub(lambda url: f" {record_file_of_url(url.group(0)) or ''} ", text)
    match = _NUMBER_IN_REF.search(text)
    if match is None or _DATED_REF.search(text, match.start(), match.end(1) + 7) \
            or (len(match.group(1)) == 4 and _DAY_AFTER_YEAR.match(text, match.end(1))):
        return None  # a day (`MCP-only architecture (kubernaut#1326, 2026-05-27)`) names no record 2026
    return _record_number(match.group(1))


# -- lines naming several records ----------------------------------------------------------------------------

# What separates the records a relation names (`ADR-0003, ADR-0004`, `ADR-006、ADR-013`, `1 and 2`, `1和2`); no
# blanks around a word in the pattern (the parts are stripped instead).
_RELATION_SEPARATOR = deferred(r"[,;&+、，；]|\band\b|\bund\b|\bet\b|和|及", re.IGNORECASE)
_SEPARATOR_SIGNS = (",", ";", "&", "+", "、", "，", "；", " and ", " und ", " et ", "和", "及")
_REMARK = re.compile(r"[(（][^()（）]*[)）]")  # `ADR-0076 (SPIRE workload identity)`: what the item is about
# An item that names a record: a reference at its start (`ADR-0076`, `#3`, `3`, `0003-x.md`, a link masked to
# `ADR-3`); a bare number followed by a word (`4 others`) is a count, not a record.
_ITEM_REFERENCE = deferred(r"[^\w#]*(adr[-_ ]?#?|#)?(\d+)\b(?![-/.]\d)\s*(.?)", re.IGNORECASE)


def _may_list(text: str) -> bool:
    return any(sign in text for sign in _SEPARATOR_SIGNS) or ("/" in text and _SLASHED.search(text) is not None)


def _listed(text: str) -> tuple[int, ...] | None:
    """The records a value naming several gives, one an item that opens with a reference (others, a PRD's link
    or a file path among them, name none); None when it is no such list (one item): the value is then read as
    one reference."""
    plain = _MARKDOWN_LINK.sub(_masked_link, text) if "](" in text else text
    if "(" in plain or "（" in plain:
        plain = _REMARK.sub(" ", plain)
    if "/" in plain:
        plain = _SLASHED.sub(", ", plain)  # `ADR-0009/ADR-0021`
    parts = [part for part in (part.strip() for part in _RELATION_SEPARATOR.split(plain)) if part]
    if len(parts) < 2:
        return None
    # Items none of which opens with a reference name none (`the 2 services we run, and 4 teams`); the first may end
    # on one after its words (`Portions of ADR-001, ADR-018`, `the bool return of ADR-0009/ADR-0021`).
    numbers = [item_reference(part) for part in parts]
    if numbers[0] is None and any(number is not None for number in numbers[1:]) \
            and (last := _LAST_REFERENCE.search(parts[0])) is not None:
        numbers[0] = int(last.group(1))
    return tuple(number for number in numbers if number is not None)


_SLASHED = deferred(r"(?<=\d)\s*/\s*(?=(?:adr[-_ ]?|#)\d)", re.IGNORECASE)  # between two references
_LAST_REFERENCE = deferred(r"\badr[-_ ]?(\d{1,9})\W*$", re.IGNORECASE)  # `.. of ADR-0009`: by its prefix, not `#123`


def item_reference(item: str) -> int | None:
    """The record an item of a list names by a reference at its start (`ADR-0076`, `#3`, `3. Use X`,
    `0003-x.md`), or None."""
    match = _ITEM_REFERENCE.match(item)
    if match is None:
        return None
    prefixed, digits, following = match.groups()
    if not prefixed and following.isalnum():  # `4 others`
        return None
    if not prefixed and _DATED_REF.search(item, 0, match.end(2) + 1):  # `20201016-use-x`: a day's record
        return None
    return _record_number(digits)


def _a_dated_file(name: str) -> bool:
    """Whether the file name ``name`` is a date-named record's, as its reader names it (`052521-x.md`,
    `05-30-21-x.md`, `20230927.x.md`); a cheap look first: a numbered record's name opens with fewer digits."""
    run = len(name) - len(name.lstrip("0123456789"))
    if run < 6 and not (0 < run <= 2 and name[run:run + 1] == "-"):
        return False
    named = identity(name)
    return named is not None and named[0] is None


def _record_number(digits: str) -> int | None:
    """The record number ``digits`` (no zeros before it) give; None for a run of digits longer than a record's
    number is (`ADR-111…1` in a record's text: and past what ``int()`` reads, 4,300 digits)."""
    return int(digits) if len(digits) <= MOST_REFERENCE_DIGITS else None


def names_first(text: str) -> int | None:
    """The record a value names by a reference (or a link to one) at its start: `[ADR-0006](adr-0006-x.md)`,
    `ADR-0006 (regulatory mapping)`; None for anything else (`We adopt 3 tiers`)."""
    plain = _MARKDOWN_LINK.sub(_masked_link, text, count=1) if text.lstrip(" *_`")[:1] == "[" else text
    return item_reference(plain.strip())


def _outside_the_logs(path: str) -> bool:
    """Whether a relative ``path`` leads up out of the log and into a folder whose name says no decisions are kept
    there (`../spec/025_x.md`); not `../0003-x.md` (the log above an area) nor `../../adr/0003-x.md`. (String
    operations: a pattern over a run of `../` would try each way of dividing it.)"""
    from adrtool.project.discovery import DECISION_WORDS

    last = path.rfind("../")
    folders, slash, name = path[last + 3:].rpartition("/")
    if not slash or any(mark in folders for mark in " \t()[]") or any(char.isspace() for char in name):
        return False
    return DECISION_WORDS.isdisjoint(_FOLDER_WORDS.split(folders.lower()))


_FOLDER_WORDS = deferred(r"[-_./ ]+")


def _masked_link(link: re.Match[str]) -> str:
    """A Markdown link as the reference it is (`ADR-3`), or a word when it names no record (`[PRD](../p.md)`):
    by its file, else by a reference its label opens with."""
    label, href = link.group(0)[1:].split("](", 1)
    href = href[:-1]
    if "://" in href:
        file = record_file_of_url(href)
        number = item_reference(file) if file is not None else None
    elif "../" in href and _outside_the_logs(href):
        number = None  # `[Data contracts](../spec/025_data_contracts.md)`: another folder's document
    else:
        name = href.split("#", 1)[0].rsplit("/", 1)[-1] if href else ""
        if name[-3:].lower() == ".md" and _a_dated_file(name):
            return " link "  # a date-named record's file (`052521-dexie-storage.md`, US-dated): no number
        number = item_reference(name) if name else None
        if number is None and name[-3:].lower() == ".md" and (named := identity(name)) is not None:
            number = named[0]  # a record file named with another prefix the reader knows (`DR-0003-scope.md`)
        if number is None and not (href and is_date_named(href)):
            number = item_reference(label)  # not `[20260219](20260219-x.md)`: a date-named record, no number
    return f" ADR-{number} " if number is not None else " link "


# Another system's id (`CM-002`, `AUTH-001`, `bead-0784`, `RFC 7231`): letters joined to a number by `-` or `_`,
# or capitals before it; the letters of a record's own prefix (`ADR-0003`, `DR-005`, as record file names have
# them) make a record's reference, and words before a number (`decision 12`) are read as they were.
_EXTERNAL_ID = deferred(r"([A-Za-z]{2,})([-_ ]?)#?(\d+)\b")
_RECORD_PREFIXES = frozenset({"adr", "dr"})


def external_ids(text: str) -> bool:
    """Whether every item of ``text`` is another system's id (`CM-002`, `AUTH-001, AUTH-002 (login)`)."""
    plain = _REMARK.sub(" ", text) if "(" in text or "（" in text else text
    parts = [part for part in (part.strip() for part in _RELATION_SEPARATOR.split(plain)) if part] \
        if _may_list(plain) else [plain]
    return bool(parts) and all(map(_external_id, parts))


def _external_id(item: str) -> bool:
    match = _EXTERNAL_ID.match(item) if item[:1].isalpha() else None
    if match is None:
        return False
    letters, joint, digits = match.groups()
    if digits[:1] == "0" and letters.lower() == "rfc":
        return False  # `RFC0037`: a log of RFCs numbers its records so (an IETF RFC's number is never padded)
    return letters.lower() not in _RECORD_PREFIXES and (joint in ("-", "_") or letters.isupper())


# What a value that names no record opens with (`None`, `N/A`, `_(none)_`, `keine`, `无`), in the languages the
# keys are read in.
_NONE_WORDS = ("none", "n/a", "nothing", "nil", "keine", "keiner", "kein", "aucun", "aucune", "ninguno", "ninguna",
               "nenhum", "nenhuma", "nessuno", "nessuna", "geen", "brak", "нет", "无", "無", "なし", "없음",
               # the record's own former number, no other record (`Previously numbered as ADR-042 (renumbered to
               # resolve duplicate)`, tosin2013/jupyter-notebook-validator-operator)
               "previously numbered", "formerly numbered", "originally numbered", "renumbered from")
_NONE_OPENINGS = frozenset(word[0] for word in _NONE_WORDS) | {"-", "–", "—"}
_NONE_WORDS_BY_OPENING = {opening: tuple(word for word in _NONE_WORDS if word[0] == opening)
                          for opening in _NONE_OPENINGS}


def negated(text: str) -> bool:
    """Whether a relation's value says there is none: it opens with `None`, `N/A`, `nothing`, `keine`, `aucun`,
    `无` (a remark may follow: `None (extends ADR-0087)`) or the record's own former number (`Previously numbered
    as ADR-042`), or is a dash (`-`, `—`) alone or before a remark."""
    return none_said_until(text) is not None


def none_said_until(text: str) -> int | None:
    """Where the words of a relation's value that say there is none end (after `nothing` of `nothing (clarifies
    ..)`, after the dash of `- (see below)`); None for a value that does not say so (``negated``)."""
    plain = text.lstrip(" \t*_`([（")
    first = plain[:1].lower()
    if first not in _NONE_OPENINGS:
        return None
    opened = len(text) - len(plain)
    if first in "-–—":
        dashes = plain.lstrip("-–— \t")
        rest = dashes.rstrip("*_` \t")  # (`` `-` ``: a dash in code)
        return opened + len(plain) - len(dashes) if not rest or rest[:1] in "(（" else None
    lowered = plain.lower()
    return next((opened + len(word) for word in _NONE_WORDS_BY_OPENING[first]
                 if lowered.startswith(word) and not lowered[len(word):len(word) + 1].isalnum()), None)


# A record's number left as the template's letters (`ADR-XXXX`, `ADR-NNNN`, `ADR-####`).
_NUMBER_LEFT = deferred(r"(?<![^\W_])(?:X{3,}|N{3,}|x{3,}|n{3,}|#{3,})(?![^\W_])")


def left_as_template(value: str) -> bool:
    """Whether a relation's value is its template's text, left in: a variable, in any case (`{{SUPERSEDES}}`,
    `{{supersedes}}`), or what names a record by the template's letters for its number (flyby's `(optional,
    ADR-XXXX)`), with no number in it."""
    text = value.strip()
    if markdown.ANY_CASE_VARIABLE.fullmatch(text) is not None:
        return True
    return "](" not in text and not any(character.isdigit() for character in text) \
        and _NUMBER_LEFT.search(text) is not None


# The verbs in the remark after a negated value (`None (extends ADR-0087)`) that make the record it names a
# relates-to (an extension relates to what it extends); after any other, the remark names no relation.
_RELATED_IN_REMARK = deferred(r"\s*(?:extends|extending|relates\s+to|related\s+to|builds\s+on|complements)\b\s*(.*)",
                                re.IGNORECASE | re.DOTALL)


def negated_relations(value: Any) -> tuple[int, ...]:
    """The records a negated relation's remark relates the record to (`None (extends ADR-0087)` -> 87)."""
    if type(value) is not str or ("(" not in value and "（" not in value) or not negated(value):
        return ()
    remark = _REMARK.search(value)
    if remark is None:
        return ()
    related = _RELATED_IN_REMARK.fullmatch(remark.group(0)[1:-1])
    return as_numbers(related.group(1)) if related is not None else ()


# A supersede relation's value that opens with the verb of another relation (joelclaw's `**Supersedes**: Extends
# 0140 (inference router), 0147 (named agent profiles)`, `Amends ADR-0002`, `Related to ADR-0003`; `Superseded
# by: Extended by ADR-0009`): the record replaces none of those it names, nor is it replaced; it relates to them
# where the verb is one `_RELATED_IN_REMARK` reads so, as the remark after `None` does (`Supersedes: None (extends
# ADR-0087)`), and names none for the others (`Amends`, `Refines`: relations a supersede key cannot hold).
_OTHER_RELATION_OPENINGS = frozenset("EeRrBbCcAaPpSsUu*_")


@functools.lru_cache(maxsize=1)
def _other_relation() -> re.Pattern[str]:
    """The verbs, matched against a value in lower case (compiled when first asked: few runs meet one)."""
    return re.compile(r"[*_]*(?:partially\s+|partly\s+)?"
                      r"(extends|extending|relates\s+to|related\s+to|builds\s+on|complements|amends|"
                      r"amended\s+by|refines|refined\s+by|extended\s+by|strengthens|reinforces|supplements|"
                      r"clarifies|(?:partial\s+)?updates?\s+to)\b[*_:]*\s*")


def _another_relation(value: str) -> tuple[int, ...] | None:
    """The records a supersede relation's ``value`` relates the record to when it opens with another relation's
    verb (`Extends 0140 (..), 0147 (..)` -> 140, 147; `Amends ADR-0002` -> none), or None when it opens with no
    such verb (`ADR-0005 (extends it)`, `Partially supersedes ADR-0001`: read as they are)."""
    other = _other_relation().match(value.lower())
    if other is None:
        return None  # (what it matched is ASCII: its end is the same place in ``value``)
    return as_numbers(value[other.end():]) if _RELATED_IN_REMARK.match(other.group(1)) is not None else ()


# A supersede relation's value that describes in words what was replaced, naming records in passing (acsdeveloper2025
# /crm2's `**Supersedes:** the narrow Report Templates model (migration 0008 ..)`, `the 0008 reservation in
# ADR-0037 §1`): an article opening it, not before a reference (`the ADR-0002 approach` names 2).
_LIST_APART = deferred(r"[,;]")
_LISTED_REFERENCE = deferred(r"(?:adr[-_ ]?#?|#)?\d", re.IGNORECASE)
_DESCRIBED = deferred(r"[*_`\s]*(?:the|a|an|this|that|these|those|our|its|their)\s+(?!\[|adr[-_ ]?#?\d|#\d)",
                      re.IGNORECASE)


def _supersede_numbers(value: Any) -> tuple[int, ...]:
    """The records a supersede relation's value names (``as_numbers``), but none where it describes what was
    replaced in words, and none in a later sentence that opens with another relation's verb (`.. model. Extends
    ADR-0010 (reporting strategy) and ADR-0012`, `Strengthens ADR-004`: what it extends, not what it replaces)."""
    if type(value) is not str:
        return as_numbers(value)
    if ". " in value:
        sentences = value.split(". ")
        value = ". ".join([sentences[0], *(sentence for sentence in sentences[1:]
                                             if _other_relation().match(sentence.lstrip().lower()) is None)])
    if _DESCRIBED.match(value) is None:
        return as_numbers(value)
    rest = _LIST_APART.split(value, 1)[1:]  # `the 2 services we run, and ADR-0018`: the records listed after it
    listed = rest[0].strip().removeprefix("and ").strip() if rest else ""
    return as_numbers(listed) if listed[:1] == "[" or _LISTED_REFERENCE.match(listed) else ()


def _unique(numbers: tuple[int, ...]) -> tuple[int, ...]:
    return numbers if len(numbers) < 2 else tuple(dict.fromkeys(numbers))
