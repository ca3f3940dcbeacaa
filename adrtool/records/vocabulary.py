"""The words a log writes its statuses in, so that a status change writes the log's word, not adrtool's.

A Spanish log's `**Estado:** Aceptado`, deprecated, reads `**Estado:** Obsoleto`. The word is the one the log uses
for that status (another record stating it, or the choices its template offers: `Propuesto | Aceptado`), else the
word of the language the log's statuses are written in (``LANGUAGES``), in the form the log gives its words
(`Aceptada`: a decision, feminine, makes `Obsoleta`), else the English word; each in the case the record writes its
own status in (`accepted` -> `deprecated`, `Accepted` -> `Deprecated`).
"""

from __future__ import annotations

import functools
import os
import re
from collections import Counter
from collections.abc import Collection, Iterable
from datetime import date
from pathlib import Path
from typing import NamedTuple

from adrtool.errors import AdrError
from adrtool.fsio import lines_of, read_text
from adrtool.model import SAME_STATUSES, Dialect, Record
from adrtool.records.values import after_shortcode, lifecycle_word, read_status

# What parts one status into the choices a template offers (`Propuesto | Aceptado`, `proposed / accepted`).
_CHOICES = re.compile(r"[|/,;{}\[\]\"'«»]+")
_LINKED_CHOICES = re.compile(r"[|/,;{}\"'«»]+")  # (a choice naming a record keeps its link's brackets)
_MARKS = "*_` \t"
_A_RECORDS_NAME = "0001-choices.md"


def status_word(status: str, record: Record, records: Iterable[Record], template: Path | None) -> str | None:
    """The word to write for ``status`` in ``record``: the one most of its log's ``records`` of its dialect
    state it with, else the one its ``template`` offers for it, else the word of their language; in the case of
    the record's own status. None when the record states none (the dialect's own spelling then)."""
    ours = list(records)
    # (a record stating the log's own word for ``status``, `approved`, is asked for the table's: `accepted`)
    same = not record.status or SAME_STATUSES.get(record.status.lower()) != status
    if record.format is Dialect.FRONTMATTER and not _stated_in_the_body(record):
        return key_word(status, ours, same=same)  # a key tools read: only a word the log's keys use already
    own = _written(_status_of(record))
    if (paired := paired_word(status, own, ours, template)) is not None:
        return paired
    kin = [other for other in ours if other.format is record.format]
    offered = None
    word = _most_used(status, kin, same=same) \
        or (offered := _offered(status, template, same=same)) \
        or (_in_the_logs_language(status, own, ours, _key_of(record)) if own else None)
    if not own:
        return word
    if word is not None and word.casefold() != status and _writes_pairs(own, ours):
        return f"{word} ({status.title()})"  # the log's word with the English after it, as it writes the others
    if word != offered and read_status(own).template:  # a template's choices offering none of it: as the records
        return cased_like(word or status, _cased_as(kin) or own)
    return cased_like(word or status, own)


def _cased_as(records: Iterable[Record]) -> str | None:
    """The status word the newest of ``records`` that states one writes, whose case a word follows; None for none."""
    return next((word for other in reversed(list(records))
                 if (word := _written(_status_of(other))) and _a_plain_word(word)), None)


# A status opened by its day, as phodal/adr dates each entry of a record's status history (`2024-01-09 accepted`).
_DAY_FIRST = re.compile(r"\d{4}-\d{2}-\d{2}[ \t]+(?=[^\W\d_])")
# A status word, a word at most, and the day it took effect (`Accepted on 2020-04-05`).
_DAY_AFTER = re.compile(r"[^\W\d_]+(?P<between>[ \t]+(?:[^\W\d_]+[ \t]+)?)\d{4}-\d{2}-\d{2}")


# A status written in the log's own word with the English one after it in brackets (stomx/hanaloop's `승인됨
# (Accepted)`, its template's `- 대체됨 (Superseded)`).
_PAIRED = re.compile(r"[^\W\d_][^()\[\]\n]*?[ \t]*\((?P<english>[A-Za-z][A-Za-z -]*)\)")


def paired_word(status: str, own: str, records: Iterable[Record], template: Path | None) -> str | None:
    """``status`` as a log that writes its statuses in pairs writes it, where ``own`` (the record's status) is one,
    or most of its ``records``' are: the pair one of them states it with, else the one its ``template`` lists
    (`대체됨 (Superseded)`); None where the log writes no pairs, or shows none for ``status``."""
    if not _writes_pairs(own, records):
        return None
    paired = [found for other in records if (found := _PAIRED.fullmatch(_written(_status_of(other)))) is not None]
    for found in paired:
        if read_status(found.group("english")).status == status:
            return found.group()
    if template is None:
        return None
    try:
        head = read_text(template).text[:_TEMPLATE_HEAD]
    except (AdrError, OSError):
        return None
    for line in head.split("\n"):
        listed = line.strip().lstrip("-*+ \t").strip(_MARKS)
        if (found := _PAIRED.fullmatch(listed)) is not None and read_status(found.group("english")).status == status:
            return listed
    return None


def _writes_pairs(own: str, records: Iterable[Record]) -> bool:
    """Whether ``own`` (a record's status) is written as a pair, or most of the log's ``records``' are."""
    if _PAIRED.fullmatch(own) is not None:
        return True
    said = [_written(_status_of(other)) for other in records]
    return 2 * sum(_PAIRED.fullmatch(text) is not None for text in said) > len(said)


def dated_like(said: object, word: str, day: date) -> str:
    """``word`` opened by ``day`` where ``said``, the status it is written in place of, is so opened (the newest
    record's `2017-11-30 提议`, phodal/adr's status history), or followed by ``day`` where it is so followed
    (`Accepted on 2020-04-05`: `Proposed on 2026-12-07`); ``word`` otherwise."""
    if not isinstance(said, str):
        return word
    if _DAY_FIRST.match(said.strip()):
        return f"{day.isoformat()} {word}"
    after = _DAY_AFTER.fullmatch(said.strip())
    return f"{word}{after.group('between')}{day.isoformat()}" if after is not None else word


def dated_entry(status: str, day: date, records: Iterable[Record]) -> str | None:
    """``status`` on ``day`` as the first entry of a new record's status history (`2026-12-07 proposed`), in the
    log's word for it, where most of the adr-tools ``records`` of its log state theirs so (phodal/adr's `adr new`
    writes `{DATE} proposed`); None for any other log."""
    ours = [record for record in records if record.format is Dialect.NYGARD]
    entries = [said[found.end():] for record in ours
               if (found := _DAY_FIRST.match(said := _written(_status_of(record)))) is not None]
    if not entries or 2 * len(entries) <= len(ours):
        return None
    words: Counter[str] = Counter(entry for entry in entries if _a_plain_word(entry)
                                  and read_status(entry).status == status)
    word = max(words.items(), key=lambda item: (item[1], item[0]))[0] if words else \
        cased_like(_in_the_logs_language(status, entries[-1], ours, None) or status, entries[-1])
    return f"{day.isoformat()} {word}"


def _stated_in_the_body(record: Record) -> bool:
    """Whether a front-matter record's status is its body's, the front matter's `status:` a documentation
    system's state of the page (`status: current` over `## Status` / `Proposed`)."""
    from adrtool.records.dialects import a_page_state, page_state_on

    line = record.meta_lines.get("status")
    if line is None or line >= record.body_line or a_page_state(record.meta.get("status")):
        return False
    lines = lines_of(record.path)
    if lines is None:
        return False
    return line <= len(lines) and page_state_on(lines, line - 1) is not None


def key_word(status: str, records: Iterable[Record], *, same: bool = True) -> str | None:
    """The word the front-matter keys of ``records`` state ``status`` with, if any does; else ``status`` in the case
    every one of them writes its status in, where that is not lower case (`Deprecated` among `Accepted` and
    `Implemented`)."""
    keyed = [record for record in records if _a_key_states_it(record)]
    return _most_used(status, keyed, same=same) or _cased_as_every(status, keyed)


def _cased_as_every(status: str, records: Iterable[Record]) -> str | None:
    """``status`` in the one case every status of ``records`` is written in; None where they differ or are in lower
    case (the word as it is)."""
    cased = {cased_like(status, word) for record in records if (word := _written(_status_of(record)))}
    return cased.pop() if len(cased) == 1 and status not in cased else None


def _a_key_states_it(record: Record) -> bool:
    """Whether ``record``'s status is its front matter's (not its body's, under front matter without one)."""
    key = _status_key(record)
    return record.format is Dialect.FRONTMATTER and key is not None \
        and record.meta_lines.get(key, record.body_line) < record.body_line


def _status_of(record: Record) -> object:
    """The status as ``record`` writes it, under whatever key (`status`, `statut`, `Estado`)."""
    key = _status_key(record)
    return record.meta.get(key) if key is not None else None


def _status_key(record: Record) -> str | None:
    if "status" in record.meta:
        return "status"
    from adrtool.records.dialects.normalize import canonical_key

    return next((str(key) for key in record.meta if canonical_key(key) == "status"), None)


def _most_used(status: str, records: Iterable[Record], *, same: bool = True) -> str | None:
    """The word most of ``records`` stating ``status`` write it with; where none states it (and ``same``), the
    log's own word for it (``SAME_STATUSES``: goneat's `proposal` where no record says `proposed`)."""
    records = list(records)
    word = _most_used_of(status, records)
    if word is not None or not same:
        return word
    return next((word for synonym, meant in SAME_STATUSES.items()
                 if meant == status and (word := _most_used_of(synonym, records)) is not None), None)


def _most_used_of(status: str, records: Iterable[Record]) -> str | None:
    words: Counter[str] = Counter()
    for other in records:
        if other.status == status:
            word = _written(_status_of(other))
            if (dated := _DAY_FIRST.match(word)) is not None:
                word = word[dated.end():]  # a status history's entry (`2024-01-09 accepted`): its word
            if word and _a_plain_word(word):
                words[word] += 1
    if not words:
        return None
    return max(words.items(), key=lambda item: (item[1], item[0]))[0]


def _offered(status: str, template: Path | None, *, before_a_link: bool = False, same: bool = True) -> str | None:
    """The choice of ``template``'s status line (read as a record's) that reads as ``status``; ``before_a_link``:
    the words of the one that names another record (`Reemplazado por ADR-XXXX`)."""
    if template is None:
        return None
    from adrtool.records.dialects import parse_text

    try:  # read under a record's name: a template's own is refused as a record's
        text = read_text(template).text
        shape = parse_text(text, template.parent, _A_RECORDS_NAME, template)
    except (AdrError, OSError):
        return None
    offered, line = _status_of(shape), shape.meta_lines.get(_status_key(shape) or "status")
    listed = offered_as_a_list(text.split("\n"), line) if line is not None and not before_a_link else None
    if listed is not None:
        offered = " | ".join(listed.choices)
    if not isinstance(offered, str):
        return None
    if before_a_link:
        for choice in _LINKED_CHOICES.split(offered):
            word = choice.strip(_MARKS + ".…-")
            if read_status(word).status == status and (found := _BEFORE_A_LINK.match(word)) is not None:
                return found.group(1)
        return None
    words = [word for choice in _CHOICES.split(offered)
             if (word := choice.strip(_MARKS + ".…-")) and _a_plain_word(word)]
    meant = [read_status(word).status for word in words]  # (the table's word first, else the log's for it: `proposal`)
    return next((word for word, said in zip(words, meant) if said == status), None) or next(
        (word for word, said in zip(words, meant) if same and said is not None and SAME_STATUSES.get(said) == status),
        None)


# The words a record's status is written in, language by language, as the reader reads them
# (``adrtool.records.values``): for each status, its forms, the first one written; `masculine/feminine` where a
# language agrees the word with the noun it is said of (`decisión`, `décision`, `decyzja` are feminine).
LANGUAGES = {
    "en": {"accepted": "accepted", "proposed": "proposed", "rejected": "rejected", "deprecated": "deprecated",
           "draft": "draft"},
    "es": {"accepted": "aceptado/aceptada aprobado/aprobada", "proposed": "propuesto/propuesta",
           "rejected": "rechazado/rechazada", "deprecated": "obsoleto/obsoleta deprecado/deprecada",
           "draft": "borrador"},
    "fr": {"accepted": "accepté/acceptée", "proposed": "proposé/proposée", "rejected": "rejeté/rejetée refusé/refusée",
           "deprecated": "obsolète déprécié/dépréciée", "draft": "brouillon"},
    "pt": {"accepted": "aceito/aceita aprovado/aprovada", "proposed": "proposto/proposta",
           "rejected": "rejeitado/rejeitada", "deprecated": "obsoleto/obsoleta depreciado/depreciada "
           "descontinuado/descontinuada", "draft": "rascunho"},
    "it": {"accepted": "accettato/accettata", "proposed": "proposto/proposta", "rejected": "rifiutato/rifiutata",
           "deprecated": "deprecato/deprecata", "draft": "bozza"},
    "de": {"accepted": "akzeptiert angenommen", "proposed": "vorgeschlagen", "rejected": "abgelehnt",
           "deprecated": "veraltet", "draft": "entwurf"},
    "nl": {"accepted": "geaccepteerd aangenomen goedgekeurd", "proposed": "voorgesteld", "rejected": "afgewezen",
           "deprecated": "verouderd"},
    "pl": {"accepted": "zaakceptowany/zaakceptowana przyjęty/przyjęta", "proposed": "proponowany/proponowana",
           "rejected": "odrzucony/odrzucona", "deprecated": "przestarzały/przestarzała", "draft": "szkic"},
    "ru": {"accepted": "принято принят/принята", "proposed": "предложено предложен/предложена",
           "rejected": "отклонено отклонен/отклонена", "deprecated": "устарело", "draft": "черновик"},
    "uk": {"accepted": "прийнято", "proposed": "запропоновано", "rejected": "відхилено", "deprecated": "застаріло",
           "draft": "чернетка"},
    "cs": {"accepted": "přijato schváleno", "proposed": "navrženo", "rejected": "zamítnuto odmítnuto",
           "deprecated": "zastaralé", "draft": "koncept"},
    "sv": {"accepted": "godkänd accepterad beslutad", "proposed": "föreslagen", "rejected": "avvisad",
           "deprecated": "föråldrad"},
    "id": {"accepted": "diterima disetujui", "proposed": "diusulkan usulan", "rejected": "ditolak",
           "deprecated": "usang", "draft": "draf"},
    "ja": {"accepted": "承認 承認済み 採用 採択", "proposed": "提案 提案中", "rejected": "却下",
           "deprecated": "非推奨 廃止", "draft": "下書き"},
    "zh": {"accepted": "已接受 接受 采纳 已采纳 已采用 通过 已通过", "proposed": "提议 已提议 提案",
           "rejected": "已拒绝 拒绝", "deprecated": "已废弃 废弃 弃用 已弃用", "draft": "草案"},
    "ko": {"accepted": "승인됨 승인 수락 수락됨", "proposed": "제안됨 제안", "rejected": "거부됨 거부 반려됨",
           "deprecated": "폐기됨 폐기 사용중단됨", "draft": "초안"},
}


def _in_the_logs_language(status: str, own: str, records: Iterable[Record], key: str | None) -> str | None:
    """``status`` in the language ``records`` write theirs in (``_the_logs_language``); None when it cannot be
    told, or has no word for ``status``."""
    spoken = _the_logs_language(own, records, key)
    if spoken is None or (forms := LANGUAGES[spoken[0]].get(status)) is None:
        return None
    return _agreed(forms.split(" ", 1)[0], spoken[1])


def _the_logs_language(own: str, records: Iterable[Record], key: str | None) -> tuple[str, int] | None:
    """The language ``records`` write their statuses in, with the gender its words take there (as ``own``'s, the
    record's own status, or else as most of theirs); the language of ``own`` where its word is of one language
    alone; None when no language is clearly theirs. A word two languages
    share (`proposto`: Italian and Portuguese; `提案`: Japanese and Chinese) counts for each in part; the word the
    record's status is keyed by (``key``: `Stato`, `状态`) tells them apart."""
    said = _languages_of(own)
    if len(said) == 1:  # the record's own word is of one language (an English record in a French log): its
        return next(iter(said.items()))
    weights: Counter[str] = Counter()
    genders: Counter[tuple[str, int]] = Counter()
    for text in [own, *(_written(_status_of(other)) for other in records)]:
        found = _languages_of(text)
        for language, gender in found.items():
            weights[language] += 12 // len(found)  # (whole numbers: a share of 12 divides among up to 4 evenly)
            genders[language, gender] += 1
    if not weights:
        return None
    keyed = _KEYS.get(key.lower(), ()) if key else ()
    for language in keyed:
        weights[language] += 24 // len(keyed)
    ranked = weights.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None  # a tie: the log could be written in either
    language = ranked[0][0]
    return language, said.get(language, 1 if genders[language, 1] > genders[language, 0] else 0)


# The words a record's status is keyed by, by language (`**Stato:**`): those of one language tell it apart.
_KEYS = {"estado": ("es", "pt"), "situação": ("pt",), "stato": ("it",), "statut": ("fr",), "état": ("fr",),
         "zustand": ("de",), "stav": ("cs",), "статус": ("ru", "uk"), "состояние": ("ru",), "стан": ("uk",),
         "状态": ("zh",), "狀態": ("zh",), "状態": ("ja",), "ステータス": ("ja",), "상태": ("ko",),
         "tillstånd": ("sv",)}


def _key_of(record: Record, text: str | None = None) -> str | None:
    """The last word of the key ``record``'s status line states it under (`Estado` of `- **Estado:** Aceptado`);
    ``text``: the record's, else read from its file."""
    line = record.meta_lines.get("status")
    said = _written(_status_of(record))
    if line is None or not said:
        return None
    written = _line_of(record, line, text)
    at = written.find(said)
    words = _WORDS.findall(written[:at]) if at > 0 else []
    return words[-1] if words else None


def _agreed(form: str, gender: int) -> str:
    """The word of ``form`` (`aceptado/aceptada`) of ``gender`` (1: feminine)."""
    spelt = form.split("/")
    return spelt[min(gender, len(spelt) - 1)]


# How a log's language says a record is superseded, before the link to its successor (the form agreed as above).
SUPERSEDED_BY = {"en": "superseded by", "es": "reemplazado/reemplazada por", "fr": "remplacé/remplacée par",
                 "pt": "substituído/substituída por", "it": "sostituito/sostituita da", "de": "ersetzt durch",
                 "nl": "vervangen door", "pl": "zastąpiony/zastąpiona przez", "ru": "заменено", "uk": "замінено",
                 "cs": "nahrazeno", "sv": "ersatt av", "id": "digantikan oleh", "ja": "置き換え済み", "zh": "已被取代",
                 "ko": "대체됨"}
# The most a phrase taken from the log (its records, its template) may be: a few words, never a paragraph.
_LONGEST_PHRASE = 40
# A superseded status's words before its link (`Reemplazado por [ADR-0007](..)`, a template's `Reemplazado por
# ADR-XXXX`), or before a reference glued to its digits (`Superceded by ADR008`).
_BEFORE_A_LINK = re.compile(r"([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)*?)\s*(?:\[|(?i:adr|nnnn|xxxx)(?![^\W\d_])|\d)")


def superseded_phrase(record: Record, records: Iterable[Record], template: Path | None) -> str:
    """The words ``record``'s log writes before the link to a successor: those most of its superseded ``records``
    write, else those its template offers (a few words at most), else its language's (``SUPERSEDED_BY``); in the
    case of the record's own status."""
    ours = list(records)
    own = _written(_status_of(record))
    if (paired := paired_word("superseded", own, ours, template)) is not None:
        return paired  # (the link follows it: `대체됨 (Superseded) [ADR-006: ..](..)`)
    used: Counter[str] = Counter()
    read = 0
    for other in ours:
        if other.status != "superseded":
            continue
        found = _BEFORE_A_LINK.match(_written(_status_of(other)))
        words = found.group(1) if found is not None else None
        if read < _LINES_READ and (line := other.meta_lines.get("status")) is not None \
                and line == other.meta_lines.get("superseded-by"):
            read += 1  # the link on the status's line: its label's words are no part of the phrase (`置き換え済み
            # [決定 6](..)`)
            words = _words_before_a_link(_LINE_OPENING.sub("", _line_of(other, line)).strip(_MARKS)) or words
        elif words is None and read < _LINES_READ and (line := other.meta_lines.get("superseded-by")) is not None:
            read += 1  # a Status section's link line, which the status is read from (`Superceded by [2. X](..)`)
            words = _words_before_a_link(_line_of(other, line).strip(_MARKS))
        if words is not None and len(words) <= _LONGEST_PHRASE:
            used[words] += 1
    phrase = max(used.items(), key=lambda item: (item[1], item[0]))[0] if used else None
    if phrase is None and (offered := _offered("superseded", template, before_a_link=True)) is not None \
            and len(offered) <= _LONGEST_PHRASE:
        phrase = offered
    if phrase is None:
        spoken = _the_logs_language(own, ours, _key_of(record)) if own else None
        first, _, rest = SUPERSEDED_BY.get(spoken[0] if spoken else "en", "superseded by").partition(" ")
        phrase = " ".join(filter(None, (_agreed(first, spoken[1] if spoken else 0), rest)))
    return cased_like(phrase, own) if own else phrase.capitalize()


# MADR 3 and 4 write a supersession in the status's value, naming the successor by a link or a reference
# (`status: "superseded by [ADR-0005](0005-example.md)"`, `status: "superseded by ADR-0123"`), no key of its own.
_IN_THE_STATUS = re.compile(r"superseded\s+by\s+(?:(\[)|ADR-?\d)", re.IGNORECASE)


def superseded_in_the_status(records: Iterable[Record], template: Path | None, record: Record | None = None,
                             relation_keys: Collection[str] = (), *, configured: bool = False) -> str | None:
    """How a front-matter log names a successor in a superseded record's status, as its records or its MADR
    template do: "link" (`superseded by [ADR-0002](0002-x.md)`), "reference" (`superseded by ADR-0002`); "section"
    where its records state the status again in their Status section, which names the successor; where
    neither shows it, as MADR does in ``record``, a MADR 3 or 4 record (``_as_madr_writes``); None for a key
    (adrtool's `superseded-by:`, or the log's own: `superseded_by: ADR-9`), as in a log kept with adrtool
    (``configured``: the project has adrtool config). ``relation_keys``: those of the relations the project's config
    adds, keys of adrtool's as much as its own."""
    records = list(records)
    for other in records:
        said = _status_of(other)
        if other.format is Dialect.FRONTMATTER and isinstance(said, str) \
                and (found := _IN_THE_STATUS.search(said)) is not None:
            return "link" if found.group(1) else "reference"
    status = ""
    if template is not None:
        try:
            head = read_text(template).text[:_TEMPLATE_HEAD]
        except (AdrError, OSError):
            head = ""
        status = next((line for line in head.split("\n") if line.lstrip("# ").lower().startswith("status:")), "")
    found = _IN_THE_STATUS.search(status)
    if found is not None:
        return "link" if found.group(1) else "reference"
    if record is None or configured or _keys_its_successors(records):
        return None  # (BjornMelin's `Superseded-by: []` in every record, beside a Status section)
    if _stated_in_status_sections(records, record, relation_keys):
        return "section"
    return _as_madr_writes(record, records, relation_keys)


def _keys_its_successors(records: Iterable[Record]) -> bool:
    """Whether a record of ``records`` has a front-matter key for its successors (`superseded_by`, `Superseded-by`),
    where the log names them."""
    from adrtool.records.dialects.normalize import canonical_key

    return any(canonical_key(key) == "superseded-by" for other in records for key in other.meta)


def _stated_in_status_sections(records: list[Record], record: Record, relation_keys: Collection[str]) -> bool:
    """Whether ``record`` and most front-matter records of its log state their status again as the word opening
    their Status section, as Structured MADR's do (`status:` an enum word, the successor named in the section:
    `Superseded by ADR-0047`)."""
    from adrtool.records.conventions import written_by_adrtool
    from adrtool.records.relations import kept_as_adrs_links

    kept = [other for other in records if other.format is Dialect.FRONTMATTER]
    if record.format is not Dialect.FRONTMATTER or len(kept) < 2 or status_section_word(record) is None \
            or written_by_adrtool(records, relation_keys) or kept_as_adrs_links(records):
        return False  # (adrtool's and the adrs tool's logs key their relations)
    return 2 * sum(status_section_word(other) is not None for other in kept) > len(kept)


def status_section_word(record: Record) -> str | None:
    """The status's word ``record``'s Status section opens with (`Accepted`, `**Superseded** by ..`); None where
    it has no such section or it opens otherwise."""
    from adrtool.records import markdown
    from adrtool.records.dialects.nygard import STATUS_HEADINGS, is_status_heading

    lines = lines_of(record.path)
    if lines is None:
        return None
    section = markdown.find_section_in(lines, STATUS_HEADINGS, markdown.iter_headings(lines, record.body_line - 1),
                                       is_status_heading)
    first = markdown.first_content(lines, section.start) if section is not None else len(lines)
    word = _FIRST_WORD.match(lines[first]) if section is not None and first < section.end else None
    return word.group(1) if word is not None and lifecycle_word(word.group(1)) is not None else None


_FIRST_WORD = re.compile(r"[*_]*([^\W\d_]+)")  # (`**Superseded** by ..`)


def _as_madr_writes(record: Record, records: list[Record], relation_keys: Collection[str]) -> str | None:
    """MADR's own way for ``record``, a record in MADR 3's or 4's sections whose log keys no successor and is not
    kept with adrtool or adrs: MADR 3's template links it (`superseded by [ADR-0005](0005-example.md)`, beside its
    `deciders` key), MADR 4's names it (`superseded by ADR-0123`); None for any other record."""
    from adrtool.records.conventions import written_by_adrtool
    from adrtool.records.dialects.normalize import canonical_key
    from adrtool.records.relations import kept_as_adrs_links

    if record.format is not Dialect.FRONTMATTER or written_by_adrtool(records, relation_keys) \
            or kept_as_adrs_links(records):
        return None  # (the adrs tool writes MADR's sections too, and keeps the successor in its `links` list)
    try:
        text = read_text(record.path).text
    except (AdrError, OSError):
        return None
    if _MADR_SECTION.search(text) is None:
        return None
    return "link" if any(canonical_key(key) == "decision-makers" and str(key).lower() == "deciders"
                         for key in record.meta) else "reference"


# A heading of MADR 3's and 4's sections (`## Context and Problem Statement`, `## Decision Outcome`).
_MADR_SECTION = re.compile(r"^#{2,3}[ \t]+(?:Context and Problem Statement|Decision Outcome|Considered Options)[ \t]*$",
                           re.IGNORECASE | re.MULTILINE)


_TEMPLATE_HEAD = 2000  # a template's front matter is near its top


# How a log's language keys a relation on a line of its own under the title (`**Reemplaza:** [ADR-0001](..)`
# beside `**Estado:** Aceptado`): words the reader takes as those keys (``normalize.LOCALIZED_KEYS``).
RELATION_KEYS = {
    "supersedes": {"es": "reemplaza", "fr": "remplace", "pt": "substitui", "it": "sostituisce", "de": "ersetzt",
                   "nl": "vervangt", "pl": "zastępuje", "ru": "заменяет", "uk": "замінює", "cs": "nahrazuje",
                   "sv": "ersätter", "id": "menggantikan", "zh": "取代"},
    "amends": {"fr": "amende"},
    "amended-by": {"fr": "amendé par"},
    "relates-to": {"es": "relacionado con", "fr": "lié à", "pt": "relacionado com", "it": "correlato",
                   "de": "verwandt mit", "nl": "gerelateerd aan", "pl": "powiązane", "ru": "связано с", "zh": "相关",
                   "ja": "関連", "ko": "관련"},
    # and the revisit point's line (`À revoir le : 2027-06-01`), in the words the reader takes for it
    # (``normalize.REVISIT_NAMES``)
    "revisit": {"fr": "à revoir le", "de": "wiedervorlage", "es": "revisar en", "pt": "revisar em", "zh": "复查日期",
                "ja": "見直し日", "ko": "재검토일", "it": "prossima revisione", "nl": "volgende herziening",
                "pl": "następny przegląd", "ru": "следующий пересмотр", "uk": "наступний перегляд",
                "cs": "příští revize", "sv": "nästa översyn", "id": "tinjau ulang"},
}


def relation_key(key: str, record: Record, records: Iterable[Record], text: str | None = None) -> str | None:
    """The key ``record``'s log would write the relation ``key`` under, on a key line like its status's, in the
    case of that key (`Reemplaza` beside `Estado`); None where the log's language is English, cannot be told,
    or has no such key. ``text``: the record's, where it is not written yet."""
    own = _written(_status_of(record))
    status_key = _key_of(record, text) if own else None
    keyed = _KEYS.get(status_key.lower(), ()) if status_key else ()
    if len(keyed) == 1:  # a key of one language (`Statut`): its relations are keyed in it, whatever the statuses say
        language: str | None = keyed[0]
    else:
        spoken = _the_logs_language(own, list(records), status_key) if own else None
        language = spoken[0] if spoken else None
    if language in (None, "en"):  # (sagnus-erp: `Accepted` under `- **Data:**`, `Escopo`; arquitetura-kubernetes:
        language = _the_date_keys_language(record, text) or language  # `**Status:** Accepted` under `**Data:**`)
    word = RELATION_KEYS.get(key, {}).get(language) if language else None
    if word is None:
        return spelt_in_the_log(key, records) if language in (None, "en") else None
    return cased_like(word, status_key) if status_key else word.capitalize()


def supersedes_key(spelt: str | None, phrase: str) -> str | None:
    """The key a record names the records it supersedes under: its log's (``spelt``, of ``relation_key``), else
    adr-tools' old `Supercedes` where the log writes ``phrase`` so (`Superceded by`, ``superseded_phrase``); None
    for adrtool's."""
    return spelt or ("Supercedes" if phrase.lower().startswith("superceded") else None)


# The words a record's day is keyed by, by language (`- **Data:**`); `Data` is the word of several.
_DATE_KEYS = {"fecha": ("es",), "data": ("pt", "it", "pl", "cs", "ro"), "datum": ("de", "nl", "sv", "cs"),
              "date": (), "日付": ("ja",), "日期": ("zh",), "날짜": ("ko",), "дата": ("ru", "uk"), "tanggal": ("id",)}
# Words of a record's other keys and section names that tell apart the languages a date key may be of.
_RECORD_WORDS = {
    "pt": "contexto decisão consequências escopo opções alternativas motivação",
    "it": "contesto decisione conseguenze ambito opzioni alternative motivazione",
    "pl": "kontekst decyzja konsekwencje zakres opcje alternatywy",
    "cs": "kontext rozhodnutí důsledky rozsah možnosti",
    "ro": "context decizie consecințe opțiuni alternative",
    "de": "kontext entscheidung konsequenzen optionen alternativen",
    "nl": "context beslissing gevolgen opties alternatieven",
    "sv": "kontext beslut konsekvenser alternativ",
}
_READ_FOR_WORDS = 4000  # a record's keys and first sections are near its top


def _the_date_keys_language(record: Record, text: str | None) -> str | None:
    """The language of the key ``record`` states its day under, where that is not English (`Fecha`; `Data` told
    apart by the record's other keys and sections: `Escopo`, `## Decisão` make it Portuguese); None for none."""
    line = record.meta_lines.get("date")
    written = _line_of(record, line, text) if line is not None else ""
    words = _WORDS.findall(written.split(":", 1)[0].split("：", 1)[0]) if ":" in written or "：" in written else []
    candidates = _DATE_KEYS.get(words[-1].lower(), ()) if words else ()
    if len(candidates) < 2:
        return candidates[0] if candidates else None
    try:
        body = text if text is not None else read_text(record.path).text
    except (AdrError, OSError):
        return None
    said = Counter(word for word in _WORDS.findall(body[:_READ_FOR_WORDS].lower()))
    ranked = sorted(((sum(said[word] > 0 for word in _RECORD_WORDS.get(language, "").split()), language)
                     for language in candidates), reverse=True)
    return ranked[0][1] if ranked[0][0] > ranked[1][0] else None


# adrtool's words before a link to a related record, the relation's key (`Superseded by` of `superseded-by`).
_ENGLISH_RELATIONS = {"supersedes": "supersedes", "superseded-by": "superseded by", "relates-to": "relates to"}


def spelt_in_the_log(key: str, records: Iterable[Record]) -> str | None:
    """The words most of ``records`` write before a link of the relation ``key`` where they spell them otherwise
    than adrtool (the adrs tool's `Supercedes` and `Superceded by`, DFE-Digital's every relation); None where they
    spell them as adrtool does, or none writes one."""
    from adrtool.records.dialects.nygard import label_key

    used: Counter[str] = Counter()
    read = 0
    for other in records:
        for link in other.links:
            if link.label != key or not link.line or read >= _LINES_READ:
                continue
            read += 1
            words = _words_before_a_link(_line_of(other, link.line).strip(_MARKS))
            if words is not None and label_key(words) == key:
                used[words] += 1
    if not used:
        return None
    word = max(used.items(), key=lambda item: (item[1], item[0]))[0]
    return None if word.lower() == _ENGLISH_RELATIONS.get(key) else word


# A line of words alone: the words before a link wrapped onto the line below (`Superceded by` over `[21. X](..)`).
_WORDS_ALONE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*:?")


def _words_before_a_link(line: str) -> str | None:
    """The words ``line`` writes before its link (``_BEFORE_A_LINK``), or that it holds alone (the link under
    them, as prettier's `proseWrap` wraps it); None for any other line."""
    found = _BEFORE_A_LINK.match(line)
    if found is not None:
        return found.group(1)
    return line.rstrip(":") if _WORDS_ALONE.fullmatch(line) else None


# What opens a status's line before its words: a sub-heading's marks and the pictures after them (adrowse's
# `### <img src=".." alt="承認済み" /> 承認済み`).
_LINE_OPENING = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+)?(?:<img\b[^<>]*>[ \t]*)*")
_LINES_READ = 20  # the superseded records whose link line is read for its words: enough to tell a log's


def _line_of(record: Record, line: int, text: str | None = None) -> str:
    """Line ``line`` (1-based) of ``record``'s ``text``, else of its file; "" when there is none to read."""
    try:
        return (text if text is not None else read_text(record.path).text).split("\n")[line - 1]
    except (AdrError, OSError, IndexError):
        return ""


def _languages_of(text: str) -> dict[str, int]:
    """The languages of ``LANGUAGES`` whose status words ``text`` holds, each with the gender of its word there
    (1: feminine); a word glossed in brackets after it (`승인됨 (Accepted)`) is of the word's language alone."""
    found: dict[str, int] = {}
    unglossed = _GLOSS.sub("", text)
    if unglossed != text and unglossed.strip() and (said := _languages_of(unglossed)):
        return said
    for word in _WORDS.findall(text.lower()):
        for language, gender in _spoken().get(word, ()):
            found.setdefault(language, gender)
    return found


@functools.cache
def _spoken() -> dict[str, list[tuple[str, int]]]:
    """Each word of ``LANGUAGES``: the languages it is a status word of, with its gender in each."""
    words: dict[str, list[tuple[str, int]]] = {}
    for language, statuses in LANGUAGES.items():
        for forms in statuses.values():
            for form in forms.split(" "):
                for gender, word in enumerate(form.split("/")):
                    words.setdefault(word, []).append((language, gender))
    return words


_WORDS = re.compile(r"[^\W\d_]+")
_GLOSS = re.compile(r"[ \t]*[(（][^()（）]*[)）]")  # a word's translation in brackets after it (`(Accepted)`)


def _written(value: object) -> str:
    """A status as written, without its marks and the emoji shortcode before it (`:hourglass: **Proposed**`)."""
    return after_shortcode(value.strip(_MARKS)).strip(_MARKS) if isinstance(value, str) else ""


def _a_plain_word(text: str) -> bool:
    """Whether ``text`` is words alone (`Obsoleto`, `In review`), or a word with itself in another language
    (``_translated``): no remark, link, date or mark to carry over."""
    return all(part.isalpha() for part in text.split(" ")) or _translated(text)


# A status in two languages, the second in brackets (`승인됨 (Accepted)`, `承認（Accepted）`).
_TWO_LANGUAGES = re.compile(r"([^\W\d_]+(?: [^\W\d_]+)*) ?[(（]([^\W\d_]+(?: [^\W\d_]+)*)[)）]")


def _translated(text: str) -> bool:
    """Whether ``text`` is a status word followed by the same status in another language in brackets, as
    bilingual logs write theirs (stomx/hanaloop's `승인됨 (Accepted)`); not a word and a remark (`Accepted
    (partially)`)."""
    from adrtool.records.values import lifecycle_word

    both = _TWO_LANGUAGES.fullmatch(text)
    if both is None:
        return False
    again = lifecycle_word(both.group(2))
    first = read_status(both.group(1)).status
    return again is not None and (first == again or lifecycle_word(first or "") is None)


class Offered(NamedTuple):
    """A Status section of a template offering its author the statuses as a list to choose from."""
    first: int  # the index of its first line of text (a question asking for the status, or the list)
    last: int  # the index of its last
    choices: list[str]  # the items of the list, as written


def offered_as_a_list(lines: list[str], line: int) -> Offered | None:
    """The Status section holding line ``line`` (1-based) where it offers the statuses as a list, a question or
    a hint above it perhaps (stomx/hanaloop's template: `현재 상태는 무엇인가요?` over `- 제안됨 (Proposed)`, `- 승인됨
    (Accepted)`, ..): every item names a status. None for any other section (a status written, a task list whose
    box is ticked, a list of other things, comments a reader would skip)."""
    from adrtool.records import markdown
    from adrtool.records.dialects.nygard import is_status_heading
    from adrtool.records.values import lifecycle_word

    headings = markdown.scan_headings(lines)
    above = [heading for heading in headings if heading.line < line]
    if not above or not is_status_heading(above[-1].text):
        return None
    end = next((heading.line - 1 for heading in headings if heading.line > line), len(lines))
    body = [index for index in range(above[-1].line, end) if lines[index].strip()]
    choices: list[str] = []
    for index in body:
        item = _LIST_ITEM.match(lines[index])
        text = lines[index].strip()
        if "<!--" in text or (item is None and choices):
            return None  # a comment, or words after the list: no list of choices alone
        if item is not None:
            choice = item.group(1).strip()
            for ending in _LINE_ENDS:
                choice = choice.removesuffix(ending).rstrip()
            choices.append(choice)
    if len(choices) < 2 or any(choice[:1] == "[" and choice[2:3] == "]" for choice in choices) \
            or any(lifecycle_word(read_status(choice.strip(_MARKS)).status or "") is None for choice in choices):
        return None
    return Offered(body[0], body[-1], choices)


_LIST_ITEM = re.compile(r"\s{0,3}(?:[-*+]|\d{1,2}[.)])\s+(\S.*)")
_LINE_ENDS = ("<br>", "<br/>", "<br />", "\\")


# A status key line's value: the word, after an emoji (`🟡 Proposed`) and in its emphasis (its opening perhaps taken
# with the key's: `**Current Status**: **Proposed**`), and the start of a remark after a dash (`Proposal – pending
# sign-off.`); the remark runs to what ends the line: a comment (`<!-- Accepted -->`), a hard line break (`\`,
# `<br>`), or the line's end.
_STATUS_SAID = re.compile(r"(?P<emoji>[^\w\s*_`<>\[\]()\\!?.,;:|~#-]{1,4}[ \t]+)?"
                          r"(?P<open>\*\*|__|[*_`])?(?P<word>[^\W\d_]+)(?P<close>\*\*|__|[*_`])?"
                          r"(?P<remark>[ \t]+[-–—][ \t]+\S)?")
_LINE_END = re.compile(r"[ \t]*<!--(?:(?!-->).)*-->|\\|[ \t]*<br[ \t]*/?>")


def _status_said(value: str) -> tuple[re.Match[str], str] | None:
    """A status key line's ``value`` (one line) read by ``_STATUS_SAID``, and what ends the line after the status
    or its remark ("" for nothing); None for a value not so. The remark is the shortest the line's end leaves it.
    (Found from the right, each character looked at once: tried from each place of a remark, the end's pattern ran
    to the line's end again each time.)"""
    said = _STATUS_SAID.match(value)
    if said is None:
        return None
    if said.group("remark") is not None:
        return said, value[_where_the_line_ends(value, said.end()):]
    rest = value[said.end():]
    return (said, rest) if rest == "" or _LINE_END.fullmatch(rest) else None


def _where_the_line_ends(value: str, start: int) -> int:
    """Where, from ``start`` on, the first ``_LINE_END`` that runs to the end of ``value`` begins (its length for
    none): a comment closing the line, a hard line break."""
    ends = [len(value)]
    if value.endswith("\\") and len(value) - 1 >= start:
        ends.append(len(value) - 1)
    for opening in (_comment_closing(value, start), _break_closing(value)):
        if opening is not None and opening >= start:
            ends.append(max(start, len(value[:opening].rstrip(" \t"))))  # (the blanks before it are the end's)
    return min(ends)


def _comment_closing(value: str, start: int) -> int | None:
    """Where the first `<!--` from ``start`` on opens a comment that closes ``value`` (no `-->` inside); None."""
    if not value.endswith("-->"):
        return None
    closing = len(value) - 3
    inside = value.rfind("-->", 0, closing + 2)  # a `-->` before the last one closes any comment opened before it
    opening = value.find("<!--", start if inside < 0 else max(start, inside - 3))
    return opening if 0 <= opening <= closing - 4 else None


def _break_closing(value: str) -> int | None:
    """Where the `<br>` (`<br/>`, `<br />`) ending ``value`` opens; None for none."""
    if not value.endswith(">"):
        return None
    before = value[:-1].removesuffix("/").rstrip(" \t")
    return len(before) - 3 if before.endswith("<br") else None


def restated_key_line(line: str, old: str, status: str, word: str | None = None) -> tuple[str, str] | None:
    """``line``, a key line stating the status ``old`` (`**Status**: Proposed`, goneat's `**Current Status**:
    Proposal – pending maintainer sign-off.`), made to state ``status`` in the case of the word it held (or as
    ``word``, the log's word for it), and that word. Its key and emphasis stay; a remark after a dash goes, as it
    spoke of the status left (a new record shaped on the newest pends no sign-off; an edit of the record itself
    keeps such a remark, ``statusprose``, before it comes here). None for a line that states no ``old`` so."""
    from adrtool.records import markdown
    from adrtool.records.dialects.normalize import canonical_key
    from adrtool.records.values import lifecycle_word

    found = markdown.KEY_LINE.fullmatch(line)
    if found is None or "status" not in canonical_key(found.group("key").strip()).split("-"):
        return None  # (`Status`, `Estado`, `Current Status`; not `Implemented`)
    read = _status_said(found.group("value"))
    if read is None:
        return None
    said, end = read
    if lifecycle_word(said.group("word")) != old or not _emphasis_closed(said, found.group("mark")):
        return None
    at = found.start("value")
    written = word or cased_like(status, said.group("word"))
    return (line[:at + said.start("word")] + written + line[at + said.end("word"):at + said.end("close")]
            + end + line[found.end("value"):]), written


def _emphasis_closed(said: re.Match[str], key_mark: str | None) -> bool:
    """Whether the status word's emphasis closes as it opens (`**Accepted**`), or opens with the key's own mark
    (`**Current Status**: **Accepted**`, whose `**` after the colon the key line's pattern takes as the key's)."""
    opened, closed = said.group("open"), said.group("close")
    return opened == closed or (opened is None and closed is not None and closed == key_mark)


def cased_like(word: str, model: str) -> str:
    """``word`` in the case of the first word of ``model``."""
    first = _WORDS.search(model)
    letters = [char for char in (first.group() if first else "") if char.isupper() or char.islower()]
    if not letters:  # a script without case (`已接受`): nothing to follow
        return word
    if all(not char.isupper() for char in letters):
        return word.lower()
    if len(letters) > 1 and all(not char.islower() for char in letters):
        return word.upper()
    return word.capitalize()


def template_of(directory: Path, templates: Iterable[Path]) -> Path | None:
    """The record template of the log in ``directory``, as `adr new` finds it (``conventions.find_template``)."""
    from adrtool.records.conventions import find_template

    try:
        files = os.listdir(directory)
    except OSError:
        files = []
    return find_template(directory, files, templates)
