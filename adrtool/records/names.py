"""Which file names are decision records, and what a name says: the record's number, its id, the log's scheme.

Kept apart from the reader: scanning a directory needs only this. Logs name their records in many ways,
and every common one is a record here:

- `0003-slug.md`, `003-Title-Case.md`, `0031_slug.md` (adr-tools, MADR, pyadr and hand-made logs);
- `adr-003-slug.md`, `ADR-12-slug.md`, `ADR012-slug.md`, `ADR-7.md`, `RFC0004-slug.md`, `rfc-0004-slug.md` (a
  prefix before the number);
- `20210114-slug.md` and `2021-01-14-slug.md` (log4brains and others name records by date), `2023-8-18-slug.md`
  (the month or day unpadded), `202012-slug.md` (a 19xx or 20xx month alone), `20231019195329-slug.md` (the day and
  its minute or second): no number; the record's id is its file name without `.md`, and records of one day are not
  "the same number";
- `adr-2026-04-10-004-slug.md`, `adr-20260324-001-slug.md` (a prefix, the day, then the number), and
  `2022-03-28_017-slug.md` (no prefix, the day, another joint, then three digits or more: Docusaurus blogs of
  records): the number is the one after the day. Unprefixed, a day and a number joined as the day's parts are
  stay a date-named record (`20240202-3-tier-x.md`, `2020-03-06-1999-slug.md`: the number of an issue).
- `20251028_0001_slug.md`, `20251028-0001-slug.md` (a compact day, then a zero-padded number of three digits or
  more, the same joint both times): the number is the one after the day; `20240202-100-days.md` (unpadded) or
  `20220328_00017-x.md` (joined otherwise) stay date-named.

- `API-001-slug.md`, `trd104-slug.md`, `rdm0001.md` (a log's own letters before the number): records only in a log
  whose records are all named so (``lettered_names``, asked by the directory's listing), never by the name alone.

Templates, indexes and READMEs have no number in their name (or are numbered 0: `000-index.md`), or are named as
templates, and are not records.
A name says template when its words are `template` and words that say which kind of template it is, nothing
else (`template.md`, `adr-template.md`, `0000-template.md`, `0000-ladr-template.md`, `000-template-madr.md`); a
decision about templates says more (`0007-use-a-template-engine.md` is a record). A file named as record 0
(`ADR-000.md`) is a template when its title says so in the same words (``is_template_title``): that is
decided once the file is read (``adrtool.records.log.assemble``), for number 0 alone.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from adrtool.model import FOLDER_RECORD_FILES, TEMPLATE_IN_LANGUAGES, Record
from adrtool.patterns import deferred

if TYPE_CHECKING:
    from pathlib import Path

# The words that say which kind of template a file is (`madr`, `bare`, `v2` ...), besides `template` itself.
TEMPLATE_WORDS = ("adr", "adrs", "any", "ladr", "madr", "nygard", "architecture", "architectural", "decision",
                  "decisions", "record", "records", "markdown", "default", "basic", "bare", "minimal", "simple",
                  "short", "long", "full", "lightweight", "blank", "empty", "example", "sample", "new")


def _one_of(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, grouped by first letter: every record name is matched
    against it, and one branch a letter is tried much faster than one a word."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in sorted(by_first.items())) + ")"


# Danish, Finnish, Hungarian and Turkish, Czech and Slovak, Slovene, Croatian: read as a word of a name, not by the
# pattern of template names (whose first letters every record's name is looked at for).
_TEMPLATE_IN_MORE_LANGUAGES = frozenset({"skabelon", "malli", "sablon", "şablon", "sablona", "šablona", "predloga",
                                         "predložak", "predlozak", "šablon"})
# Swedish and Norwegian `mall` and `mal`, English words too (`0007-mall-checkout.md`): a template's name only
# with no other word but a number or the log's kind (`0000-mall.md`, `adr-mal.md`).
_TEMPLATE_ALONE = frozenset({"mall", "mal"})

# `template` (or its name in another language) among such words alone, joined by `-`, `_` or a blank
# (`adrtemplate` too, as before). A separator after each word is required: words that could also run together
# (`v1`, `2`) would make the match try every split of a long run of digits. The first letter is checked first:
# most slugs (`use-...`) fail there.
_KIND = rf"(?:{_one_of(TEMPLATE_WORDS)}|v?\d+)"
_FIRST = "".join(sorted({word[0] for word in (*TEMPLATE_WORDS, "template", *TEMPLATE_IN_LANGUAGES, "v")}))
# A template's language after its words (`0000-adr-template-de.md`, `adr-template.fr.md`, `template_pt-BR.md`).
_TEMPLATE_LANGUAGE = r"(?:[-_.](?:cs|da|de|en|es|fi|fr|it|ja|ko|nb|nl|pl|pt|ru|sv|tr|uk|zh)(?:[-_][A-Za-z]{2})?)?"
_TEMPLATE_WORDS = (rf"(?=[{_FIRST}\d])(?:{_KIND}[-_ ])*(?:(?:adr)?template|{_one_of(TEMPLATE_IN_LANGUAGES)})"
                   rf"(?:[-_ ]{_KIND})*{_TEMPLATE_LANGUAGE}")
# Matching only decides whether a name is a record's (``parse_name`` reads it); a name that names a template
# is not one. The slug runs to the `.md` that ends the name (greedy, then three steps back: a lazy slug would
# try for `.md` after every character, ten times the cost of the rest of the match).
# A record file is Markdown: `.md`, a Middleman page's `.html.md` and `.html.md.erb` (the GOV.UK tech-docs-gem's
# `source/documentation/adrs/adr-001.html.md.erb`: Markdown that may hold ERB, which is rare and read as text), or
# Markdown that a site generator or a notebook runs: `.mdx` (Docusaurus, Fumadocs, Starlight: imports and components
# among the text), `.qmd` (Quarto) and `.markdown`.
_SUFFIX = r"(?:\.md|\.mdx|\.qmd|\.markdown|\.html\.md(?:\.erb)?)$"
# A log's index page numbered as record 0 (`000-index.md`, DependencyTrack/hyades; `0000-adr-index.md`; in the
# log's language, tytsxai/exchange-platform's `ADR-000-索引.md`, `0000-sommaire.md`) is no record, as `index.md` and
# `README.md` are not, nor is its introduction (MinBZK/logboek-dataverwerkingen's ReSpec section `00-introductie.md`,
# launchfast-template's `000-start-here.md`); `0001-index.md` and `0000-use-an-index.md` are records.
_ZERO_INDEX = rf"(?!(?:(?:a?dr|rfc)[-_ ]?)?0+[-_ ](?:(?:adrs?|decisions?|records?)[-_ ])?(?:index|readme|toc" \
    rf"|introductie|inleiding|einleitung|einführung|start[-_]here){_SUFFIX})"
# The same page named in the languages logs are kept in (``_INDEX_IN_LANGUAGES``), looked at once a name is known
# to be numbered 0: words the pattern above, compiled on every run, need not carry.
_INDEX_IN_LANGUAGES = frozenset({"indice", "índice", "índex", "sommaire", "inhalt", "inhaltsverzeichnis", "übersicht",
                                 "overzicht", "översikt", "oversikt", "indeks", "索引", "目次", "目录", "目錄", "一覧",
                                 "목차", "색인", "인덱스", "インデックス"})
# `DR005-x.md` too; a day and a dot (cert-manager's `design/20190708.certificate-request.md`)
_AFTER_A_DAY = r"(?<=(?:19|20)\d{6})\.(?=[^\W\d_])"
# The number and the slug are apart by `-`, `_` or a blank, or by a typographer's dash or a colon before a word
# (Kilianrm/cloud-events-platform's `005–event-envelope.md` beside its `006-separate-paths.md`; `2023–2024-roadmap.md`
# is none; kougakusai/DR's `ARC-001:example.md`).
RECORD_NAME = re.compile(
    rf"^{_ZERO_INDEX}(?:(a?dr|rfc)([-_ ]?))?(\d+)(?:([-_ ]|[–—:](?=[^\W\d_])|{_AFTER_A_DAY})"
    rf"(?!{_TEMPLATE_WORDS}{_SUFFIX})(.*))?{_SUFFIX}", re.IGNORECASE)
# A log's template file, numbered or not (`template.md`, `.TEMPLATE.md`, `adr-template-bare.md`,
# `0000-ladr-template.md`), or numbered by the placeholder of a number or a day, its name's words to be written
# too (`NNNN-template.md`, nextflow's `YYYYMMDD-template-name.md`).
# The template's words are written once: the pattern is long, and twice its size took twice its compiling.
TEMPLATE_NAME = deferred(rf"^[._]?(?:(?:adr[-_ ]?)?(?:\d+|(?P<placeholder>x{{2,}}|n{{2,}}|#{{2,}}|yyyymmdd"
                         rf"|yyyy-mm-dd))[-_ ])?{_TEMPLATE_WORDS}(?(placeholder)(?:[-_ ](?:name|title|slug))?)"
                         rf"{_SUFFIX}", re.IGNORECASE)
# A title in those words (`Architecture Decision Record Template`, `ADR Template (MADR 4.0)`).
_TEMPLATE_TITLE = deferred(
    rf"[^a-z0-9]*(?:{_KIND}[^a-z0-9]+)*(?:adr)?template(?:[^a-z0-9]+{_KIND})*[^a-z0-9]*", re.IGNORECASE)
# The most digits of a record number that a reference in a record's text is read as naming (`ADR-123456789`): a
# longer run is no record's number, so no record is given one (`adr renumber --to`).
MOST_REFERENCE_DIGITS = 9
CANONICAL_NAME = re.compile(r"^\d{4,}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$")
# After a 4-digit year: `2021-01-14-slug`, `2020_03_03_slug` (the joint is the same twice).
_DASHED_DATE = deferred(r"^(\d\d?)([-_])(\d\d?)(?:[-_ .](.*))?$")  # `2023-8-18-slug`, `2021-06-25.slug` too


class NameScheme(NamedTuple):
    """How a log names its record files, so that a new record's name fits in (``adr new``, ADR101, ADR102)."""

    prefix: str = ""  # before the number, as written: "", "adr", "ADR"
    joint: str = ""  # between the prefix and the number: "", "-", "_", " "
    width: int = 4  # digits, zero-padded; 0: unpadded
    separator: str = "-"  # between the number (or date) and the slug
    dated: bool = False  # `20210114-slug.md`: named by the day, not numbered
    dashed_date: bool = False  # `2021-01-14-slug.md` (or `2021_01_14_slug.md`: see ``date_joint``)
    date_joint: str = "-"  # between a dashed date's parts
    stamp: str = ""  # the day before the number, as `strftime` writes it (`%Y-%m-%d-`): `adr-2026-04-10-004-x.md`;
    # of a date-named log whose days have two digits of their year, the day itself (`%y%m%d`: `230927-x.md`)
    suffix: str = ".md"  # `.html.md.erb` for a tech-docs-gem log's pages
    trailing: bool = False  # `slug_001.md`: the number after the words (``suffixed_names``)
    bare: bool = False  # `embedded-registry.md`: named by its words alone, no number, no day (``slug_names``)
    monthly: bool = False  # `ADR-2022-09-title.md`: a dated name of a year and its month after the prefix
    words: str = "-"  # between the words of the slug: "-", "_", or " " for the title as written (`001. Use X.md`);
    # "" where names hold no words at all (`ADR-001.md`)
    cased: bool = False  # the slug keeps the title's capitals (`018-Dedicated-Ingress-Controllers.md`)
    # the day after the number, as `strftime` writes it, then the separator: log4brains' numbered names
    # (`ADR-001-20240608-use-log4brains.md`: `%Y%m%d`)
    day_after: str = ""

    def slug(self, title: str) -> str:
        """The words of a new record's file name made of ``title``, as this log writes them."""
        from adrtool.records.slug import as_written, slugify

        if not self.words:
            return ""
        return as_written(title) if self.words == " " else slugify(title, self.words, cased=self.cased)

    def name(self, number: int | None, slug: str, day: date | None = None) -> str:
        """The file name of a record of this scheme (``day`` for a date-named log, ``number`` otherwise)."""
        if self.dated:
            assert day is not None
            if self.monthly:
                return f"{self.prefix}{self.joint}{day.strftime(f'%Y{self.separator}%m')}{self.separator}{slug}" \
                       f"{self.suffix}"
            joint = self.date_joint
            stamp = day.strftime(self.stamp or (f"%Y{joint}%m{joint}%d" if self.dashed_date else "%Y%m%d"))
            return f"{self.prefix}{self.joint}{stamp}{self.separator}{slug}{self.suffix}"
        if self.bare:
            return f"{slug}{self.suffix}"
        assert number is not None
        digits = f"{number:0{self.width}d}" if self.width else str(number)
        if self.trailing:
            return f"{slug}{self.separator}{digits}{self.suffix}"
        stamp = day.strftime(self.stamp) if self.stamp and day is not None else ""
        if self.day_after and day is not None:
            slug = f"{day.strftime(self.day_after)}{self.separator if slug else ''}{slug}"
        return f"{self.prefix}{self.joint}{stamp}{digits}{self.separator if slug else ''}{slug}{self.suffix}"

    def describe(self) -> str:
        """`NNNN-slug.md`, `ADR-N-slug.md`, `YYYYMMDD-slug.md` ... as messages show the scheme."""
        if self.dated and self.monthly:
            return f"{self.prefix}{self.joint}YYYY{self.separator}MM{self.separator}slug{self.suffix}"
        if self.dated:
            joint = self.date_joint
            day = self.stamp.replace("%y", "YY").replace("%m", "MM").replace("%d", "DD") if self.stamp else \
                f"YYYY{joint}MM{joint}DD" if self.dashed_date else "YYYYMMDD"
            return f"{self.prefix}{self.joint}{day}{self.separator}slug{self.suffix}"
        if self.bare:
            return f"slug{self.suffix}"
        digits = "N" * self.width if self.width else "N"
        if self.trailing:
            return f"slug{self.separator}{digits}{self.suffix}"
        stamp = self.stamp.replace("%Y", "YYYY").replace("%m", "MM").replace("%d", "DD")
        words = f"{self.separator}slug" if self.words else ""
        if self.day_after:
            words = f"{self.separator}{self.day_after.replace('%Y', 'YYYY').replace('%m', 'MM').replace('%d', 'DD')}" \
                    f"{words}"
        return f"{self.prefix}{self.joint}{stamp}{digits}{words}{self.suffix}"


DEFAULT_SCHEME = NameScheme()


class RecordName(NamedTuple):
    """What a record's file name says."""

    number: int | None  # None for a date-named record
    id: str  # the number as written (`0003`, `12`), or the file name without `.md` for a date-named record
    slug: str  # the words after the number (for a date-named record, the words after the date)
    scheme: NameScheme


def is_record_name(name: str) -> bool:
    """Numbered (or dated) Markdown files are records; README.md, index.md or template.md are not."""
    found = RECORD_NAME.match(name)
    return found is not None and (found.group(3)[-1] != "0" or not _an_index_in_a_language(found))


def _an_index_in_a_language(found: re.Match[str]) -> bool:
    """Whether a name ``RECORD_NAME`` matched is a log's index page numbered 0 and named in the log's language
    (`ADR-000-索引.md`, `0000-sommaire.md`); `0001-索引.md` is a record."""
    digits, slug = found.group(3), found.group(5)
    return bool(slug) and not digits.strip("0") and slug.lower() in _INDEX_IN_LANGUAGES


# A word of letters, digits only inside it (`P0AP`, not `v2`).
_WORD = r"[A-Za-z]+(?:\d+[A-Za-z]+)*"
# A record numbered after letters of its log's own, in up to three words (dapr's logs by area, `API-001-x.md` and
# `ENG-004-x.md`; tock's `trd104-x.md`; RIOT's `rdm0001.md`; phodal/adr's `prefix`, `ccc-jb-001-x.md`;
# opendatahub-io's by component, `ODH-ADR-Operator-0001-x.md`, not trestle's words and a number,
# `record-architecture-decisions_000.md`: ``SUFFIXED_NAME``). Such a name
# alone says nothing of decisions (`step1-x.md`, `v2-api.md`): it is a record's only in a log whose records are
# all named so (``lettered_names``). A scope's words may hold digits (`ADR-P0AP-0001-x.md`).
# A colon after the number too (kougakusai/DR's `ARC-001:example.md` beside `ARC-002-backend-deployment.md`).
LETTERED_NAME = re.compile(rf"^({_WORD}(?:[-_]{_WORD})?|{_WORD}(?:[-_]{_WORD}){{2}}(?=[-_ ]?\d+[-_ ]))"
                           rf"([-_ ]?)(\d+)(?:([-_ :])(.*))?{_SUFFIX}")  # (three words only before a slug)


def lettered_names(names: Iterable[str]) -> list[str]:
    """Of the names of a log's files, when none of them is a record's by ``RECORD_NAME`` (the caller's test), those
    of its records numbered after letters (``LETTERED_NAME``): the names of the one series that carries the same
    letters (in any case) on two names or more, or on one with a padded number (`ccc-jb-001-x.md`); a name of other
    letters beside them is a note (`step1-notes.md` beside `API-001-x.md`), and so is a name alone with a plain
    number (`v2-migration.md`); none when two such series carry letters of their own, as gRPC's proposals do
    (`A27-x.md` beside `G1-x.md` and `L5-x.md`: series whose numbers repeat), but for a log numbered in named
    series (``named_series``: `ADR-CO-001-x.md`, `ADR-CO-002-y.md` beside `ADR-STR-001-z.md`), whose names are all
    its records'. Hidden files and templates are none (`trd-template-1.md`)."""
    names = list(names)
    series: dict[str, list[str]] = {}
    padded: set[str] = set()
    for name in names:
        if not name[:1].isalpha():
            continue
        match = LETTERED_NAME.match(name)
        if match is None or is_template_name(name) or is_template_name(name[match.start(3):]):
            continue  # a template, under the log's letters too (opendatahub-io's `ODH-ADR-0000-template.md`)
        letters, digits = match.group(1).lower(), match.group(3)
        series.setdefault(letters, []).append(name)
        if digits[:1] == "0" and len(digits) > 1:
            padded.add(letters)
    found = [group for letters, group in series.items() if len(group) > 1 or letters in padded]
    if len(found) > 1 and (named := {letters.lower() for letters in named_series(names)}):
        return sorted(name for letters, group in series.items() if letters in named for name in group)
    if len(found) > 1:  # a note numbered once after letters of its own (`adr-notes-01-x.md`) vetoes no series
        found = [group for group in found if len(group) > 1]
    return found[0] if len(found) == 1 else []


def named_series(names: Iterable[str]) -> list[str]:
    """The series a log numbers its records in when it keeps several, each a name's letters as first written
    (`ADR-CO`, `ADR-STR` of Aventide's `ADR-CO-001-x.md` and `ADR-STR-001-y.md`), in order of their names: letters
    before a padded number, in a log none of whose names is numbered as adr reads numbers. A name alone after its
    letters is a series only when numbered as wide as another series of two names or more (`adr-notes-01-x.md`
    beside `ADR-ARCH-0001-x.md` is a note). Empty for a log of one series (or none)."""
    series: dict[str, list[str]] = {}
    for name in sorted(names):
        if RECORD_NAME.match(name):
            return []
        match = LETTERED_NAME.match(name)
        if match is not None and match.group(3)[:1] == "0" and len(match.group(3)) > 1 and not is_template_name(name) \
                and not is_template_name(name[match.start(3):]):  # (`ODH-ADR-0000-template.md`: the log's template)
            series.setdefault(match.group(1).lower(), []).append(match.group(1) + match.group(2) + match.group(3))
    widths = {_width(codes[0]) for codes in series.values() if len(codes) > 1}
    kept = [codes[0] for codes in series.values() if len(codes) > 1 or _width(codes[0]) in widths]
    return [code.rstrip("0123456789").rstrip("-_ ") for code in kept] if len(kept) > 1 else []


def series_code(name: str) -> str | None:
    """The code a name numbered after a series' letters opens with, its letters and padded number (`ADR-STR-001` of
    `ADR-STR-001-x.md`); None for any other name."""
    match = LETTERED_NAME.match(name)
    if match is None or match.group(3)[:1] != "0" or len(match.group(3)) < 2:
        return None
    return match.group(1) + match.group(2) + match.group(3)


def _width(code: str) -> int:
    """How many digits a series' code (`ADR-STR-001`) ends with."""
    return len(code) - len(code.rstrip("0123456789"))


_Listed = TypeVar("_Listed")


def record_files(listing: Sequence[_Listed], name_of: Callable[[_Listed], str]) -> list[_Listed]:
    """Of a directory's ``listing`` (its files' names, or entries ``name_of`` names: a scan's, a commit's tree's),
    those of its record files, in the listing's order: the numbered (or dated) ones (``RECORD_NAME``), not hidden;
    when there are none, those named otherwise in a log of such names alone (``listed_names``: after the log's
    letters, numbered before a dot or after their words), else those named by their words alone (``slug_names``).
    Every reader of a directory (the work tree's, the cache's, a commit's, other branches') chooses its records
    here."""
    numbered = [item for item in listing if (found := RECORD_NAME.match(name := name_of(item))) and name[:1] != "."
                and (name[:3] != "999" or not is_an_end_page(name))
                and (found.group(3)[-1] != "0" or not _an_index_in_a_language(found))]
    if numbered and 2 * len(numbered) < len(listing) and (series := _outnumbering_series(listing, name_of, numbered)):
        return [item for item in listing if name_of(item) in series]
    if numbered:
        if any(name_of(item).count(".") > 1 or ("nnex" in name_of(item) or "ppendi" in name_of(item))
               for item in numbered):  # a companion's name has two dots at least, or names an annex
            names = {name_of(item) for item in numbered}
            numbered = [item for item in numbered if not _a_companion(name_of(item), names)]
        if len(listing) >= _WORDED_AT_LEAST + len(numbered):
            others = [name_of(item) for item in listing if not RECORD_NAME.match(name_of(item))]
            worded = set(slug_names(others))
            if len(worded) >= max(_WORDED_AT_LEAST, _WORDED_OVER_NUMBERED * len(numbered)) \
                    and _one_first_word(worded):
                kept = {id(item) for item in numbered}  # the log's records named by words, a few numbered beside
                return [item for item in listing if id(item) in kept or name_of(item) in worded]
        return numbered
    if not listing:
        return numbered
    listed = set(otherwise_named([name_of(item) for item in listing]))
    return [item for item in listing if name_of(item) in listed] if listed else []


def _outnumbering_series(listing: Sequence[_Listed], name_of: Callable[[_Listed], str], numbered: Sequence[_Listed]
                         ) -> set[str]:
    """The names of a scope's series (`ADR-ARCH-0001-x.md`: distinct padded numbers after the log's letters) that
    outnumbers the numbered or dated files beside it (`0003-notes.md`, `2021-01-05-meeting.md`): those are its
    notes, and decide nothing of how the log is named. Empty when there is no such series."""
    kept = {id(item) for item in numbered}
    series = lettered_names([name_of(item) for item in listing if id(item) not in kept])
    return set(series) if len(series) > len(numbered) and _a_sequence(series) else set()


# A log of records named by their words, with a few numbered files beside them (holomush/holomush's records named
# by their tracker's ids, `holomush-05f3v-x.md`, beside a few numbered stubs saying where records moved): its
# records are both: so many times more named by words, and at least so many (a young numbered log beside its notes
# is no such log).
_WORDED_OVER_NUMBERED = 5
_WORDED_AT_LEAST = 20


def _one_first_word(names: set[str]) -> bool:
    """Whether nearly all of ``names`` open with one word, as a tracker's ids do (`holomush-05f3v-x.md`): a folder's
    other documents (`ARCHITECTURE.md`, `CICD.md`, `TESTING.md`) share none."""
    counts: dict[str, int] = {}
    for name in names:
        first = _NAME_WORDS.split(name.lower(), 1)[0]
        counts[first] = counts.get(first, 0) + 1
    return max(counts.values(), default=0) * _ONE_WORD_SHARE >= len(names) * (_ONE_WORD_SHARE - 1)


_ONE_WORD_SHARE = 10  # all but one name in so many


def _a_companion(name: str, names: set[str]) -> bool:
    """Whether ``name`` is a document kept beside a record of ``names``, named as it is with a word of its own before
    `.md` (jaresty/talon-ai-tools' `0055-x.work-log.md` beside `0055-x.md`), or as its annex (cosmos-sdk's
    `adr-050-sign-mode-textual-annex1.md` beside `adr-050-sign-mode-textual.md`): the record's, no record of its
    own."""
    annex = _ANNEX.search(name)
    if annex is not None:
        return f"{name[:annex.start()]}.md" in names
    stem, dot, kind = name[:-3].rpartition(".")
    return bool(dot) and kind.lower() != "html" and f"{stem}.md" in names


_ANNEX = deferred(r"[-_](?:annex|appendix)(?:[-_]?\d{1,3}|[-_][a-z])?\.md$", re.IGNORECASE)


def otherwise_named(names: Sequence[str]) -> list[str]:
    """Of the names of a log's files, when none of them is a record's by ``RECORD_NAME`` (the caller's test), those
    of its records named otherwise: the largest of the series ``listed_names`` finds and the names of words alone
    (``slug_names``: `etcd-s3-secret.md` and `etcd-s3-retention.md` are two of k3s' thirty, no lettered series),
    the series on a tie. A series numbered as a log numbers its records (``_a_sequence``) is the log's as a
    numbered log's records are (``record_files``): the pages named by words beside it are its notes, unless they
    far outnumber it."""
    listed, slugged = listed_names(names), slug_names(names)
    if len(slugged) <= len(listed):
        return listed
    if _a_sequence(listed):
        others = set(slugged).difference(listed)
        if len(others) < max(_WORDED_AT_LEAST, _WORDED_OVER_NUMBERED * len(listed)) or not _one_first_word(others):
            return listed
    return slugged


def _a_sequence(names: list[str]) -> bool:
    """Whether ``names`` (a series ``listed_names`` took) are two or more distinct zero-padded numbers
    (`ADR-ARCH-0001-x.md`, `ADR-ARCH-0002-y.md`), as a log numbers its records; `etcd-s3-secret.md` beside
    `etcd-s3-retention.md` are words; distinct in each series of a log numbered in several (``named_series``)."""
    read = [parse_lettered(name) or parse_dotted(name) or parse_suffixed(name) for name in names]
    return len(read) > 1 and all(named is not None and named.id[:1] == "0" and len(named.id) > 1 for named in read) \
        and len({(letters_of(name), named.number) for name, named in zip(names, read) if named is not None}) \
        == len(read)


def letters_of(name: str) -> str | None:
    """The letters (lower case) a name numbered after letters opens with (`api` of `API-001-x.md`), or None."""
    match = LETTERED_NAME.match(name)
    return match.group(1).lower() if match is not None else None


def log_names_otherwise(directory: Path) -> Callable[[str], bool] | None:
    """How the log in ``directory`` names its records when none is numbered as adr reads numbers (``record_files``
    took names after its letters, before a dot or after their words): whether a file name, today's or one of its
    history, is named so. None for a log of numbered names (or none), and for a directory that cannot be listed."""
    try:
        names = sorted(os.listdir(directory))
    except OSError:
        return None
    found = record_files(names, str)
    if not found or RECORD_NAME.match(found[0]):
        return None
    if _named_by_words(found, names):
        return is_slug_name
    letters = letters_of(found[0])
    if found[0] in lettered_names(names) and letters:
        return lambda name: letters_of(name) == letters
    if DOTTED_NAME.match(found[0]) is not None and found[0][:1].isdigit():
        return lambda name: name[:1].isdigit() and DOTTED_NAME.match(name) is not None
    return lambda name: SUFFIXED_NAME.match(name) is not None


def parse_lettered(name: str) -> RecordName | None:
    """What the name of a record numbered after its log's letters says (`API-001-x.md`: number 1, id `001`, slug
    `x`, scheme `API-NNN-slug.md`); None for any other name. Asked of a name ``lettered_names`` took."""
    match = LETTERED_NAME.match(name)
    if match is None:
        return None
    letters, joint, digits, separator, slug = match.groups("")
    width = len(digits) if digits[0] == "0" and len(digits) > 1 else 0
    suffix = page_suffix(name) or ".md"
    return RecordName(int(digits), digits, _page_slug(slug) if suffix != ".md" else slug,
                      NameScheme(letters, joint, width, separator.strip(":") or "-", suffix=suffix))  # (no `:` written)


# A record numbered by hand with a dot after its number, a blank or none before its words (DITP-pilotage/pilote-2's
# `doc/adr/001. Enregistrement des décisions concernant l'architecture dans des ADR.md` and
# `002.Installer_ppg_metadata.md`). Such a name alone may be a chapter's (`1. Introduction.md`): it is a record's
# only in a log whose records are all named so (``dotted_names``). Words follow the dot: `1.2-upgrade.md` and
# `2024.01.15-x.md` are a version's and a day's.
DOTTED_NAME = deferred(rf"^(\d+)(\. ?)(?=[^\W\d_])(.+?){_SUFFIX}")


def dotted_names(names: Iterable[str]) -> list[str]:
    """Of the names of a log's files, when none of them is a record's by ``RECORD_NAME`` (the caller's test), those
    numbered before a dot (``DOTTED_NAME``): two or more, or one with a padded number (`001. X.md`); none else.
    Templates are none (`000. Template.md`)."""
    found = [name for name in names if name[:1].isdigit() and (match := DOTTED_NAME.match(name)) is not None
             and not is_template_name(f"{match.group(1)}-{match.group(3)}.md")]
    return found if len(found) > 1 or (found and found[0][:1] == "0" and found[0][1:2].isdigit()) else []


# A record numbered after its words, zero-padded (RedHatProductSecurity/trestle-bot's
# `docs/architecture/decisions/implement-cli-framework_001.md` and `record-architecture-decisions_000.md`, written
# with compliance-trestle's `trestle author docs`). Such a name alone may be any file's (`notes_001.md`): it is a
# record's only in a log whose records are all named so (``suffixed_names``).
SUFFIXED_NAME = deferred(r"^(?=[^\W\d_])(.+?)([-_])(0\d{2,})\.md$")


def suffixed_names(names: Iterable[str]) -> list[str]:
    """Of the names of a log's files, when none of them is a record's by ``RECORD_NAME`` (the caller's test), those
    numbered after their words (``SUFFIXED_NAME``): two or more, joined and padded alike; none else (a `-2021` or
    `_v2` ends a name unpadded). Templates are none."""
    found: dict[tuple[str, int], list[str]] = {}
    for name in names:
        match = SUFFIXED_NAME.match(name) if name[-5:-3].isdigit() else None
        if match is not None and not is_template_name(name):
            found.setdefault((match.group(2), len(match.group(3))), []).append(name)
    return next(iter(found.values())) if len(found) == 1 and len(next(iter(found.values()))) > 1 else []


def listed_names(names: Iterable[str]) -> list[str]:
    """Of the names of a log's files, when none of them is a record's by ``RECORD_NAME`` (the caller's test), those
    of its records named otherwise: after the log's letters (``lettered_names``), numbered before a dot
    (``dotted_names``) or after their words (``suffixed_names``), whichever takes the most (the first on a tie)."""
    every = list(names)
    # The largest of the series: a one- or two-word name numbered after its words (`use-tekton_002.md`) fits the
    # lettered scheme too, as a series of its own, and must not hide the log it belongs to.
    return max((lettered_names(every), dotted_names(every), suffixed_names(every)), key=len)


# Markdown files a decision directory commonly holds besides records (and any template): never records, nor
# unnumbered ones to report.
NOT_RECORDS = frozenset({"readme", "index", "contributing", "changelog", "license", "toc", "agents", "claude",
                         "gemini", "summary", "_sidebar", "sidebar", "glossary", "security", "code_of_conduct",
                         "process"})
_NAME_WORDS = deferred(r"[-_. ]+")
# What a log's own list of its records is called (`adr_register.md`, `decision-log.md`, `adr-index.md`).
_INDEX_WORDS = frozenset({"register", "registry", "index", "log", "list", "toc", "overview", "catalog", "catalogue",
                          "summary", "contents",
                          # in the languages logs are kept in (`ADR-000-索引.md`, `0000-sommaire.md`)
                          "indice", "índice", "índex", "sommaire", "inhalt", "inhaltsverzeichnis", "übersicht",
                          "overzicht", "översikt", "oversikt", "indeks", "elenco", "lista", "索引", "目次", "目录",
                          "目錄", "一覧", "목차", "색인", "인덱스", "インデックス"})
_KIND_WORDS = frozenset({"adr", "adrs", "decision", "decisions", "architecture", "architectural", "record",
                         "records", "of", "table"})
# A number still to be given, in a template's name (`ADRXXX-architecture-decision-record-template.md`, alphagov/forms),
# or a letter that sorts it (`YYYY-MM-DD-z-template.md`, prose-im/prose-pod-api).
_PLACEHOLDER_WORD = deferred(r"(?:a?dr)?(?:x+|n+|#+|\d+|y{2,4}|m{1,2}|d{1,2})|[a-z]")


def is_an_index(lower: str) -> bool:
    """Whether a lower-case file name names a list of the log's records (`adr_register.md`, Hardhat-Enterprises'
    Deakin-Detonator-Toolkit): index words and words of the kind alone, numbered 0 or not (`000-index.md`)."""
    words = [word for word in _NAME_WORDS.split(lower[:-3]) if word.strip("0")]
    return not _INDEX_WORDS.isdisjoint(words) and all(word in _INDEX_WORDS or word in _KIND_WORDS for word in words)


_BRACKETED_TITLE = deferred(r"[(\[{<]title[)\]}>]")


def is_template_word(word: str) -> bool:
    """Whether a lower-case word is `template` in a language logs are kept in (`mall` and `mal` too)."""
    return word == "template" or word in TEMPLATE_IN_LANGUAGES or word in _TEMPLATE_IN_MORE_LANGUAGES \
        or word in _TEMPLATE_ALONE


def is_template_named(lower: str) -> bool:
    """Whether a lower-case file name names a template (`adr-template-v2.md`, `PLANTILLA.md`), not a record about
    one (`rfc-0054-extend-template.md`, `use-jinja-templates-for-emails.md`)."""
    words = _NAME_WORDS.split(lower[:-3])
    if is_template_name(lower) or not TEMPLATE_IN_LANGUAGES.isdisjoint(words) \
            or not _TEMPLATE_IN_MORE_LANGUAGES.isdisjoint(words):
        return True
    if lower[:1].isalpha() and (lettered := LETTERED_NAME.match(lower)) is not None \
            and is_template_name(lower[lettered.start(3):]):
        return True  # under the log's letters (`odh-adr-0000-template.md`)
    if not _TEMPLATE_ALONE.isdisjoint(words) and all(
            word in _TEMPLATE_ALONE or word in _KIND_WORDS or not word.strip("0123456789") for word in words):
        return True
    if "title" in lower and _BRACKETED_TITLE.search(lower) is not None:
        return True  # `ADR-(YEAR)-(MONTH)-(TITLE).md`, `{title}.md`: the name's words still to be written
    return "template" in lower and (len(words) <= 3 or all(
        word in TEMPLATE_WORDS or "template" in word or _PLACEHOLDER_WORD.fullmatch(word) for word in words))


def is_other_document(name: str) -> bool:
    """Whether the Markdown file ``name`` is one a decision directory holds besides its records: a README, an
    index of them, a template, a process or contributing guide (``NOT_RECORDS``, ``is_a_guide``), the page its
    records' `Next` links end on (``is_an_end_page``)."""
    lower = name.lower()
    return lower[:-3] in NOT_RECORDS or is_template_named(lower) or is_an_index(lower) or is_a_guide(lower) \
        or is_an_end_page(name) or _numbered_zero(lower[:-3]) in NOT_RECORDS


def _numbered_zero(stem: str) -> str:
    """A name's words after a number of zeros that opens it (`000-readme`, abilian-sbe-monorepo's read-me listed
    first among `001-x.md` ..: `readme`); "" for any other name."""
    words = stem.lstrip("0")
    return words[1:] if words != stem and words[:1] in ("-", "_", " ") else ""


def is_an_end_page(name: str) -> bool:
    """Whether ``name`` is the page a log's `[Next >>]` links end on, numbered after every record (`9999-end.md`,
    holding `No more records`, as ministryofjustice's HMPPS logs keep one): no record."""
    return _END_PAGE.match(name) is not None


_END_PAGE = deferred(r"9{3,}[-_ ](?:the[-_ ])?end(?:[-_ ]of[-_ ](?:the[-_ ])?(?:log|records|list))?\.md$",
                     re.IGNORECASE)


def is_a_guide(lower: str) -> bool:
    """Whether a lower-case file name names a guide to the log (`adr-guidelines.md`, ecmwf/codex's
    `ADR-Guidelines.md`; `how-to-write-an-adr.md`): a guide's words and words of the kind alone."""
    words = [word for word in _NAME_WORDS.split(lower[:-3]) if word.strip("0")]
    return not _GUIDE_WORDS.isdisjoint(words) and \
        all(word in _GUIDE_WORDS or word in _KIND_WORDS or word in _JOINING_WORDS for word in words)


_GUIDE_WORDS = frozenset({"guidelines", "guideline", "guide", "guides", "howto", "how", "process", "conventions",
                          "governance", "faq", "workflow", "instructions"})
_JOINING_WORDS = frozenset({"to", "write", "writing", "an", "a", "the", "for", "and", "our"})


def is_slug_name(name: str) -> bool:
    """Whether ``name`` is a record's in a log of records named by their words alone (``slug_names``): it opens
    with a letter, not with a code of a scheme adr does not read (gRPC's `A27-x.md`, dapr's `API-001-x.md`,
    `trd104-x.md`, `v2-api.md`), and does not end with a padded number (`notes_001.md`, a name numbered after its
    words); `k3s-charts.md`, `etcd-s3-secret.md` and `testing-2024.md` are such names. A template is one only by
    ``is_template_name``'s strict test: `email-templates.md` is a record's name here, and a scope's own
    (`ADR-ARCH-0000-template.md`) is none."""
    if name[-3:] != ".md" or not name[:1].isalpha():
        return False
    stem = name[:-3]
    if _CODE_OPENING.match(stem) is not None or _PADDED_ENDING.search(stem) is not None:
        return False
    lower = name.lower()
    if (lettered := LETTERED_NAME.match(name)) is not None and is_template_name(name[lettered.start(3):]):
        return False
    return stem.lower() not in NOT_RECORDS and not is_template_name(lower) and not is_an_index(lower)


# The code of another scheme opening a name: capitals and a number (`A27-`, `API-001-`, `RFC-8-`), letters glued to
# a padded number or one of three digits or more (`trd104-`, `rdm0001`), letters and a padded number (`sdr-0002-`,
# NOAA-GSL/VxIngest's scientific decisions), `v2-`, or letters and a number that are the whole name (`hip-412.md`,
# as proposals of EIP's kind are named); not a word holding a digit (`k3s-`, `s3-`, `ec2-`, `oauth2-`, `http2-`,
# `ipv6-`, `web3-`), nor a year (`web-2024-x`, `plan-2024`).
_CODE_OPENING = deferred(r"(?:[A-Z]{1,5}[-_ ]?\d+|[a-z]{2,5}(?:0\d+|\d{3,})|[a-z]{2,5}[-_ ]0\d+|v\d+)(?:[-_. ]|$)"
                         r"|[a-z]{2,5}[-_](?!(?:19|20)\d\d$)\d+$")
_PADDED_ENDING = deferred(r"[-_ ]0\d+$")


def slug_names(names: Iterable[str]) -> list[str]:
    """Of the names of a log's files, when none of them is a record's by a number or a day (the caller's test),
    those of records named by their words alone (k3s-io/k3s's `docs/adrs/embedded-registry.md`, as Docusaurus and
    MkDocs logs name a record by its page's address): its Markdown files but its README, index, templates and
    guides, two or more. Such a directory is a log only where a name or a config says so: the search for logs
    no name says reads numbered names alone."""
    found = [name for name in names if is_slug_name(name)]
    return found if len(found) > 1 else []


def names_words_alone(directory: Path) -> bool:
    """Whether the log in ``directory`` names its records by their words alone: its listing took them
    (``record_files``), so that a name such a log holds is read as one (`etcd-s3-secret.md` no lettered record 3).
    Asked by the reader of a name no number or day opens; a directory's answer is kept while it is unchanged."""
    try:
        changed = os.stat(directory).st_mtime_ns
    except OSError:
        return False
    key = os.fspath(directory)
    kept = _WORDS_ALONE.get(key)
    if kept is not None and kept[0] == changed:
        return kept[1]
    try:
        names = sorted(os.listdir(directory))
    except OSError:
        return False
    found = record_files(names, str)
    answer = bool(found) and _named_by_words(found, names)
    if len(_WORDS_ALONE) > 256:
        _WORDS_ALONE.clear()
    _WORDS_ALONE[key] = changed, answer
    return answer


_WORDS_ALONE: dict[str, tuple[int, bool]] = {}


def _named_by_words(found: list[str], names: list[str]) -> bool:
    """Whether a log's record files ``found`` (of its file ``names``) are named by their words alone, not numbered
    after letters: its names are words, and not a series of distinct zero-padded numbers after the same letters
    (`ADR-FE-001-x.md`, `ADR-FE-002-y.md`: an area's code between the kind and the number; `etcd-s3-secret.md`
    and `etcd-s3-retention.md` are words), nor numbered in several named series (``named_series``)."""
    if found != slug_names(names) or named_series(names):
        return False
    read = [parse_lettered(name) for name in found]
    return not (all(named is not None and named.id[:1] == "0" and len(named.id) > 1 for named in read)
                and len({named.number for named in read if named is not None}) == len(read))


def parse_slugged(name: str) -> RecordName | None:
    """What the name of a record named by its words alone says (`embedded-registry.md`: no number, id and slug
    `embedded-registry`, scheme `slug.md`); None for any other name. Asked of a name ``slug_names`` took."""
    if not is_slug_name(name):
        return None
    return RecordName(None, name[:-3], name[:-3], _BARE)


_BARE = NameScheme(width=0, bare=True)


def parse_suffixed(name: str) -> RecordName | None:
    """What the name of a record numbered after its words says (`implement-cli-framework_001.md`: number 1, id
    `001`, slug `implement-cli-framework`, scheme `slug_NNN.md`); None for any other name. Asked of a name
    ``suffixed_names`` took."""
    match = SUFFIXED_NAME.match(name)
    if match is None:
        return None
    slug, joint, digits = match.groups()
    return RecordName(int(digits), digits, slug, NameScheme(width=len(digits), separator=joint, trailing=True))


def parse_dotted(name: str) -> RecordName | None:
    """What the name of a record numbered before a dot says (`001. Enregistrement des décisions.md`: number 1, id
    `001`, slug `Enregistrement des décisions`, scheme `NNN. slug.md`); None for any other name. Asked of a name
    ``dotted_names`` took."""
    match = DOTTED_NAME.match(name)
    if match is None:
        return None
    digits, joint, slug = match.groups()
    width = len(digits) if digits[0] == "0" and len(digits) > 1 else 0
    return RecordName(int(digits), digits, slug, NameScheme(width=width, separator=joint))


def parse_listed(name: str, words_alone: bool = False) -> RecordName | None:
    """What the name of a file a log's listing took for a record says: ``parse_name``'s reading, else a name
    numbered after the log's letters (``parse_lettered``), before a dot (``parse_dotted``) or after its words
    (``parse_suffixed``), else one of words alone (``parse_slugged``); in a log named by words alone
    (``named_by_words``), that reading first."""
    if words_alone:
        return parse_slugged(name) or parse_name(name)
    return parse_name(name) or parse_lettered(name) or parse_dotted(name) or parse_suffixed(name) \
        or parse_slugged(name)


def record_named_by_words(record: Record) -> bool:
    """Whether ``record``'s file is named by its words alone (`zindex_values.md`): its links by such a name beside it
    name its log's records, as a numbered record's (`./notes.md`) do not."""
    return record.number is None and is_slug_name(record.filename)


def named_by_words(names: list[str]) -> bool:
    """Whether the record files ``names`` of a log are named by their words alone (``_named_by_words``)."""
    return bool(names) and not any(RECORD_NAME.match(name) for name in names) and _named_by_words(names, names)


def is_template_name(name: str) -> bool:
    """Whether the file ``name`` is named as a log's record template (see ``TEMPLATE_NAME``)."""
    return TEMPLATE_NAME.match(name) is not None


def is_template_title(title: str | None) -> bool:
    """Whether ``title`` (as the reader gives it, without `ADR-000:`) names a template rather than a decision:
    `Template`, `ADR Template`, `Architecture Decision Record Template`; not `Use Jinja2 templates`."""
    return title is not None and "emplate" in title and _TEMPLATE_TITLE.fullmatch(title) is not None


# A template's title: a placeholder for the number (`xxxx. ADR title`, `NNNN - Title`, `ADR-XXX: Title`), or a
# placeholder alone (`{제목}`, `<title>`, `[short title of solved problem and solution]`).
_PLACEHOLDER_TITLE = deferred(r"(?:adr[-_ ]?)?(?:[xX]{2,}|N{2,}|n{2,}|#{2,})(?:[.:)]|\s-)?(?:\s|$)|"
                              r"\{[^{}]*\}$|<[^<>]*>$|\[[^\[\]]*\]$", re.IGNORECASE)


def is_title_left_as_placeholder(title: str) -> bool:
    """Whether ``title`` (as the reader gives it) is its template's word for a title: alone (`Title`, `ADR title`,
    as `# xxxx. ADR title` is read), or in the template's brackets with the template's words (`{short title of
    solved problem and solution}`, `[titre du problème résolu et de sa solution]`, `<Title>`, `{제목}`); not a title
    its author bracketed (`[Design Guideline]`, `[Title search in the catalogue]`)."""
    if title.strip(" .:*_").lower() in _PLACEHOLDER_TITLE_WORDS:
        return True
    if len(title) < 3 or title[0] + title[-1] not in ("[]", "{}", "<>"):
        return False
    inner = title[1:-1].strip(" .:*_").lower()
    return inner in _PLACEHOLDER_TITLE_WORDS or _SOLVED_PROBLEM.search(inner) is not None


# The word for a title in the templates adr reads, alone or as they qualify it.
_PLACEHOLDER_TITLE_WORDS = frozenset({"title", "titre", "titel", "título", "titolo", "tytuł", "заголовок", "标题",
                                      "タイトル", "제목", "adr title", "decision title", "record title", "short title"})
# MADR's title placeholder, in the languages its templates are translated to.
_SOLVED_PROBLEM = deferred(r"solved problem|problème résolu|problema resuelto|problema resolvido|problema risolto")


def is_placeholder_title(title: str | None) -> bool:
    """Whether ``title`` is a template's placeholder (`xxxx. ADR title`, `{title}`), not a decision's: its number
    written as letters, or nothing but one placeholder; `XML parsers` or `Use {braces}` are titles."""
    return title is not None and title[:1] in "xXNn#{<[aA" and _PLACEHOLDER_TITLE.match(title) is not None


# ISO 639-1 language codes, but those that are also English words a slug may open with (`an`, `be`, `is`, `it`,
# `my`, `no`, `or`, `so`, `to` ...): `0001-fr-premier-niveau.md` beside `0001-top-level.md` is its French
# translation (Melandel/dotnet-web-service keeps each record so, in English and in French).
LANGUAGE_CODES = frozenset({
    "aa", "ab", "ae", "af", "ak", "ar", "av", "ay", "az", "ba", "bg", "bh", "bi", "bm", "bn", "bo", "br", "bs",
    "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es",
    "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "hi", "ho",
    "hr", "ht", "hu", "hy", "hz", "ia", "ie", "ig", "ii", "ik", "io", "iu", "ja", "jv", "ka", "kg", "ki", "kj",
    "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo", "lt",
    "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "na", "nb", "nd", "ne", "ng", "nl", "nn",
    "nr", "nv", "ny", "oc", "oj", "om", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw",
    "sa", "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta",
    "te", "tg", "th", "ti", "tk", "tl", "tn", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi",
    "vo", "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu"})


def is_translation(slug: str) -> bool:
    """Whether a record's slug opens with a language code (`fr-premier-niveau`, `de_entscheidung`): with the
    number of another record, it is that record in another language."""
    return slug[2:3] in ("-", "_") and slug[:2].lower() in LANGUAGE_CODES


def identity(name: str) -> tuple[int | None, str, str] | None:
    """(number, id, slug) of the record file name ``name``, as ``parse_name`` reads them; None when it is not
    a record's name. The reader's path: no scheme, no named tuple (it runs once for every record read)."""
    if len(name) > _LONGEST_NAME:  # a link's target in a record's text may be anything: no file's name
        return None
    if "/" in name:  # a record kept in a folder of its own: named by the folder
        named = folder_name(name)
        return identity(named) if named is not None else None
    match = RECORD_NAME.match(name)
    if match is None:
        return None
    prefix, _, digits, separator, slug = match.groups("")
    if name[-1] not in "dD" or name[-8:-3].lower() == ".html":  # page_suffix's test, inline: every record's name
        slug = _page_slug(slug)
    if not prefix and (len(digits) in DAY_LENGTHS or (len(digits) == 4 and separator in ("-", "_") and
                                                       separator in slug[1:3])
                       or (len(digits) == 6 and separator in ("-", "_"))
                       or (len(digits) <= 2 and separator == "-" and "-" in slug[1:3])):
        if len(digits) == 4 and slug[5:6] in ("-", "_") and slug[5:6] != separator \
                and (after := _after_day(digits, separator, slug)):
            return int(after[1]), after[1], after[2]
        if len(digits) == 8 and slug[:1] == "0" and (after := _after_compact_day(digits, separator, slug)):
            return int(after[1]), after[1], after[2]
        dated = _dated(digits, separator, slug)
        if dated is not None:
            return None, dated.id, dated.slug
        if len(digits) == 4 and separator == "-" and (month := _a_month(digits, slug)) is not None:
            return None, name[:-3], month  # `2026-01-cms.md`: a month's record, as ``parse_name`` reads it
    elif prefix and len(digits) in (4, 8) and (slug[:1].isdigit() or len(digits) == 8):
        after = _after_day(digits, separator, slug) if slug[:1].isdigit() else None
        if after is not None:
            return int(after[1]), after[1], after[2]
        if len(digits) == 4 and name[-3:] == ".md" and (month := _a_month(digits, slug)) is not None:
            return None, name[:-3], month  # `ADR-2022-09-title.md`
        if name[-3:] == ".md" and (dated := _day_after_a_prefix(digits, separator, slug)) is not None:
            return None, name[:-3], dated.slug  # `ADR-2026-03-19-use-x.md`
    return int(digits), digits, slug


_LONGEST_NAME = 255  # the longest file name the filesystems records live on allow


def folder_name(name: str) -> str | None:
    """The name a record kept in a folder of its own is read by, as if it were a file (`2022-02-07-tracing.md` for
    `2022-02-07-tracing/README.md`); None for any other name."""
    folder, slash, file = name.partition("/")
    return f"{folder}.md" if slash and folder and file in FOLDER_RECORD_FILES else None


def split_record_path(path: str) -> tuple[str, str]:
    """(directory of its log, name there) of a record file's "/"-separated path: a record kept in a folder of its
    own is `folder/README.md` in the directory above its folder (`("docs/adr", "0002-y/README.md")`)."""
    parent, _, name = path.rpartition("/")
    if name in FOLDER_RECORD_FILES and parent:
        above, _, folder = parent.rpartition("/")
        return above, f"{folder}/{name}"
    return parent, name


def known_name(path: str) -> str:
    """The name the record file at ``path`` ("/"-separated) is known by: its own, or, kept in a folder of its own,
    its folder's as a file's would be (`0002-y.md` for `docs/adr/0002-y/README.md`)."""
    name = split_record_path(path)[1]
    return folder_name(name) or name


def parse_name(name: str) -> RecordName | None:
    """What the record file name ``name`` says (a record kept in a folder of its own: the folder's); None when it is
    not a record's name."""
    if len(name) > _LONGEST_NAME:
        return None
    if "/" in name:
        named = folder_name(name)
        return parse_name(named) if named is not None else None
    match = RECORD_NAME.match(name)
    if match is None or _an_index_in_a_language(match):
        return None
    prefix, joint, digits, separator, slug = match.groups("")
    stamp = ""
    suffix = page_suffix(name) or ".md"
    if suffix != ".md":  # a tech-docs page: `adr-001-x.html.md.erb`
        slug = _page_slug(slug)
    if not prefix:
        if (len(digits) == 4 and slug[5:6] in ("-", "_") and slug[5:6] != separator and
                (after := _after_day(digits, separator, slug))) or \
                (len(digits) == 8 and slug[:1] == "0" and (after := _after_compact_day(digits, separator, slug))):
            stamp, digits, slug = after
            if slug:  # the joint after the number (`2023-10-16_028_x`, `2026-02-26_adr-0001_x`), not the day's
                separator = name[len(name) - len(suffix) - len(slug) - 1]
        else:
            dated = _dated(digits, separator, slug)
            if dated is not None:
                return dated._replace(scheme=dated.scheme._replace(suffix=suffix)) if suffix != ".md" else dated
            if len(digits) == 4 and separator == "-" and suffix == ".md" and (month := _a_month(digits, slug)):
                # `2026-01-content-management-system.md` among `2023-12-15-x.md` (HHS/simpler-grants-gov): a month's
                return RecordName(None, name[:-3], month, NameScheme("", "", 0, "-", dated=True, monthly=True))
    elif len(digits) in (4, 8) and (slug[:1].isdigit() or len(digits) == 8):
        after = _after_day(digits, separator, slug) if slug[:1].isdigit() else None
        if after is not None:
            stamp, digits, slug = after
        elif len(digits) == 4 and suffix == ".md" and (month := _a_month(digits, slug)) is not None:
            return RecordName(None, name[:-3], month, NameScheme(prefix, joint, 0, separator or "-", dated=True,
                                                                 monthly=True))
        elif suffix == ".md" and (dated := _day_after_a_prefix(digits, separator, slug)) is not None:
            # a day after the prefix (`ADR-2026-03-19-use-x.md`, `adr-20260319-x.md`): date-named, no record 2026
            return RecordName(None, name[:-3], dated.slug, dated.scheme._replace(prefix=prefix, joint=joint))
    width = len(digits) if digits[0] == "0" and len(digits) > 1 else 0
    key = (prefix, joint, width, separator, stamp, suffix)
    scheme = _SCHEMES.get(key)
    if scheme is None:  # a log names its files alike: one scheme object for all of them
        if len(_SCHEMES) > 1000:
            _SCHEMES.clear()
        scheme = _SCHEMES[key] = NameScheme(prefix, joint, width, separator.strip(":") or "-", stamp=stamp,
                                            suffix=suffix)  # (`ADR-003:x.md` is read; no name is written so)
    return RecordName(int(digits), digits, slug, scheme)


_SCHEMES: dict[tuple[str, str, int, str, str, str], NameScheme] = {}


def page_suffix(name: str) -> str:
    """The suffix of a record file name other than `.md`, as written: a Middleman page's (`.html.md.erb`,
    `.html.md`) or another Markdown file's (`.mdx`, `.qmd`, `.markdown`); empty for a plain `.md` name."""
    if name[-1] in "dD":
        return name[-8:] if name[-8:-3].lower() == ".html" else ""
    if name[-4:].lower() in (".mdx", ".qmd"):
        return name[-4:]
    return name[-9:] if name[-9:].lower() == ".markdown" else name[-12:]


def _page_slug(slug: str) -> str:
    """The slug of a tech-docs page's name without the `.html` the name's match leaves on it (`x.html.md`)."""
    return slug[:-5] if slug[-5:].lower() == ".html" else slug
# What follows a prefixed name's year (`04-10-004-x`) or day (`004-x`): the rest of the day, then the number.
_AFTER_YEAR = deferred(r"(\d\d)([-_])(\d\d)\2(\d+)(?:\2(.*))?$")
# What follows an unprefixed name's year (`03-28_017-x`): the rest of the day, another joint, then the number,
# after `adr-` too (`02-26_adr-0001_auth-library`).
_AFTER_YEAR_JOINED = deferred(r"(\d\d)([-_])(\d\d)[-_]((?:[Aa][Dd][Rr][-_]?)?)(\d{3,})(?:[-_](.*))?$")
_AFTER_DAY = deferred(r"(\d+)(?:[-_ ](.*))?$")
# What follows an unprefixed compact day and its joint (`0001_x` of `20251028_0001_x`): a zero-padded number of
# three digits or more, then the same joint again.
_AFTER_COMPACT_DAY = deferred(r"(0\d{2,})([-_])(.+)$")


def _after_compact_day(digits: str, separator: str, slug: str) -> tuple[str, str, str] | None:
    """(stamp, number, slug) of an unprefixed name whose compact day is followed by a zero-padded number and the
    same joint twice (`20251028_0001_ci-cd-pause`, `20251028-0001-x`); None for any other, which stays date-named:
    the number unpadded (`20240202-100-days`, `20200306-1999-x`: an issue, a year) or joined otherwise
    (`20220328_00017-x`)."""
    match = _AFTER_COMPACT_DAY.match(slug)
    if match is None or match.group(2) != separator or not _day(digits[:4], digits[4:6], digits[6:]):
        return None
    return f"%Y%m%d{separator}", match.group(1), match.group(3)


def _after_day(digits: str, separator: str, slug: str) -> tuple[str, str, str] | None:
    """(the day's `strftime` stamp, the number's digits, the slug) of a prefixed name whose ``digits`` start a
    day followed by a number (`adr-2026-04-10-004-x`, `adr-20260324-001-x`), or of an unprefixed name whose day
    is followed by another joint and a number of three digits or more (`2022-03-28_017-x`, `2023-10-16_028_x`: the
    day's parts are joined by one joint, the number by the other), `adr-` before it too (`2026-02-26_adr-0001_x`,
    its stamp holding the `adr-`); None for any other."""
    if len(digits) == 4 and separator in ("-", "_"):
        if slug[5:6] != separator:  # `03-28_017-x`, as the caller has checked the joint after the day
            match = _AFTER_YEAR_JOINED.match(slug)
            if match is not None and separator == match.group(2) and _day(digits, match.group(1), match.group(3)):
                return f"%Y{separator}%m{separator}%d{slug[5]}{match.group(4)}", match.group(5), match.group(6) or ""
            return None
        match = _AFTER_YEAR.match(slug)
        if match is not None and separator == match.group(2) and _day(digits, match.group(1), match.group(3)):
            return f"%Y{separator}%m{separator}%d{separator}", match.group(4), match.group(5) or ""
    elif len(digits) == 8 and separator and _day(digits[:4], digits[4:6], digits[6:]):
        match = _AFTER_DAY.match(slug)
        if match is not None:
            return f"%Y%m%d{separator}", match.group(1), match.group(2) or ""
    return None


def record_file_of_url(url: str) -> str | None:
    """The record file a URL points at (`https://github.com/o/r/blob/main/docs/adr/0016-x.md` -> `0016-x.md`), or
    None: a URL to anything else (a GitHub discussion or issue numbered 1198) names no record."""
    last = url.split("#", 1)[0].split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return last if last.lower().endswith(".md") and RECORD_NAME.match(last) else None


def is_date_named(href: str) -> bool:
    """Whether a relative link (or a file's name) names a date-named record's file (`20260219-x.md`)."""
    linked = linked_identity(href)
    return linked is not None and linked[0] is None


def linked_identity(href: str) -> tuple[int | None, str] | None:
    """(number, id) of the record a relative link names by its file (`0002-x.md` -> (2, "0002"), `../adr/0002-x.md#why`
    too), a date-named record's file with or without `.md` (`20240101-x.md`, `20240101-x` -> (None, "20240101-x"));
    None for a URL or any other file. A name without `.md` is a record's only when it is a day's and has no other
    extension (log4brains' site links its records so), or written as a Windows path (`.\\0002-x`, as adr-cli
    links them): `0002-x` alone may be anything."""
    if "://" in href:
        return None
    windows = "\\" in href  # `.\0002-x`: adr-cli's link to a record's file, written without `.md`
    name = href.split("#", 1)[0].split("?", 1)[0].replace("\\", "/").rsplit("/", 1)[-1]
    if windows and "." not in name:
        name += ".md"
    if name[-3:].lower() != ".md":
        if not name[:1].isdigit() or "." in name:  # `20240101-diagram.png`: another file
            return None
        named = identity(name + ".md")
        return (None, named[1]) if named is not None and named[0] is None else None
    named = identity(name)
    return (named[0], named[1]) if named is not None else None


def dated_link_identity(href: str) -> tuple[None, str] | None:
    """(None, id) of the date-named record a link names by its file alone (`20240101-x.md`); None for any other.
    A link to a numbered record's file is given its number when read (``Link.target``): one left without it
    names a file that is no file of the record so numbered (`0016-wrong-name.md`), not that record."""
    named = linked_identity(href)
    return (None, named[1]) if named is not None and named[0] is None else None


def unnumbered_link_identity(href: str, *, by_words: bool) -> tuple[None, str] | None:
    """(None, id) of the record with no number a link names by its file alone: a day's (`20240101-x.md`,
    ``dated_link_identity``), or, ``by_words`` (the linking record has no number: its log names its records by their
    words alone), a file beside it so named (`zindex_values.md`, `./zindex_values.md`, ``is_slug_name``); None for
    any other (a numbered record's `./notes.md` names a note)."""
    dated = dated_link_identity(href)
    if dated is not None or not by_words:
        return dated
    name = href.split("#", 1)[0].split("?", 1)[0].removeprefix("./")
    if "/" in name or "\\" in name or not is_slug_name(name):
        return None
    return None, name[:-3]


def number_of_name(name: str) -> int | None:
    """The record number in the file name ``name`` (None for a date-named record or any other file)."""
    parsed = parse_name(name)
    return parsed.number if parsed is not None else None


def _dated(digits: str, separator: str, slug: str) -> RecordName | None:
    """A date-named record (`20210114-slug`, `2021-01-14-slug`, `202012-slug`), or None when the digits are not a
    day (or a month)."""
    if len(digits) in DAY_LENGTHS and _day(digits[:4], digits[4:6], digits[6:8]) and _time(digits[8:]):
        stem = f"{digits}{separator}{slug}" if separator else digits
        return RecordName(None, stem, slug, NameScheme(width=0, separator=separator or "-", dated=True))
    if len(digits) == 6 and separator in ("-", "_") and digits[:2] in ("19", "20") and "01" <= digits[4:] <= "12":
        # a month's (`202012-receive-split`, as Thanos names its proposals): records of one month are not "the
        # same number" (`000123-x` and `201300-x` stay numbered: no year, no month)
        return RecordName(None, f"{digits}{separator}{slug}", slug,
                          NameScheme(width=0, separator=separator, dated=True))
    if len(digits) == 6 and separator in ("-", "_") and (stamp := _short_day(digits[:2], digits[2:4], digits[4:])):
        # a day with two digits of its year (drewgingerich/homelab's `230927-maintain-x.md` beside `# 2. Maintain
        # x`: no record 230927), or written month first (UCSD CSE 110 teams' `052521-dexie-storage.md`)
        return RecordName(None, f"{digits}{separator}{slug}", slug,
                          NameScheme(width=0, separator=separator, dated=True, stamp=stamp))
    if len(digits) <= 2 and separator == "-" and (short := _DASHED_SHORT_DAY.match(slug)) \
            and (stamp := _dashed_short_day(digits, short.group(1), short.group(2))):
        # a day written with dashes and two digits of its year, month first as in the US (`05-30-21-x.md`,
        # `11-1-22-x.md`, `12-08-22-x.md`): no record 5, 11 or 12
        return RecordName(None, f"{digits}{separator}{slug}", short.group(4),
                          NameScheme(width=0, separator=short.group(3), dated=True, stamp=stamp))
    if len(digits) == 4 and separator in ("-", "_"):
        dashed = _DASHED_DATE.match(slug)
        # a day in the name, or the shape of one in a log's years (`2022-27-09-x`, day and month swapped: a
        # date-named record whose date is wrong, not record 2022); unpadded (`2023-8-18-x`), a day
        if dashed and dashed.group(2) == separator and 1970 <= int(digits) <= 2099 and \
                (dashed.end(3) == 5 or _day(digits, dashed.group(1), dashed.group(3))):
            words = dashed.group(4) or ""
            joint = slug[dashed.end(3):dashed.end(3) + 1] if words else separator
            return RecordName(None, f"{digits}{separator}{slug}", words,
                              NameScheme(width=0, separator=joint, dated=True, dashed_date=True, date_joint=separator))
    return None


def _day_after_a_prefix(digits: str, separator: str, slug: str) -> RecordName | None:
    """A record named by a day after its prefix (`ADR-2026-03-19-use-x`, `adr-20260319-x`), or None: only a day
    that is one (`adr-2026-13-10-004-x` is record 2026, not a day with its month and day swapped)."""
    dated = _dated(digits, separator, slug)
    if dated is None:
        return None
    if len(digits) == 4 and ((dashed := _DASHED_DATE.match(slug)) is None
                             or not _day(digits, dashed.group(1), dashed.group(3))):
        return None
    return dated


# The lengths of a compact day's digits: the day (`20210114-x.md`), or the day and its minute or second
# (`202101141030-x.md`, amberframework's `20231019195329-x.md`: a timestamp, as migrations are named).
DAY_LENGTHS = (8, 12, 14)



def _short_day(first: str, second: str, third: str) -> str:
    """The `strftime` stamp of a day written with two digits of its year in three pairs of digits: year first
    (`230927`), else month first (`052521`, as a US date is written); "" for neither. The year is one of 2010-2039:
    a zero-padded number (`000123`, `010203`) is no day."""
    if first[0] in "123" and _day(f"20{first}", second, third):
        return "%y%m%d"
    if third[0] in "123" and _day(f"20{third}", first, second):
        return "%m%d%y"
    return ""


# What follows the first part of a day written with dashes and two digits of its year (`1-22-x` of `11-1-22-x`).
_DASHED_SHORT_DAY = deferred(r"(\d\d?)-(\d\d)([-_])(.*)$")


def _dashed_short_day(first: str, second: str, third: str) -> str:
    """The `strftime` stamp of a day written with dashes in three parts, month first as in the US, its year's two
    digits among 2015-2039 (`11-1-22`; `12-08-22`, which could be read year first, is read as a US date is written):
    records were kept so in those years; "" for any other (`7-3-11-python`, `21-12-05-retries`: numbered)."""
    return "%m-%d-%y" if "15" <= third <= "39" and _day(f"20{third}", first, second) else ""


def _a_month(digits: str, slug: str) -> str | None:
    """The words of a name numbered by a year and its month after a prefix (Azure/azure-service-operator's
    `ADR-2022-09-Title.md`, `ADR-2023-07-PackageReferences.md`: records of one month are not record 2022), or
    None for any other."""
    if digits[:2] not in ("19", "20") or len(slug) < 4 or slug[2:3] not in ("-", "_") or not slug[3:4].isalpha():
        return None
    return slug[3:] if "01" <= slug[:2] <= "12" else None


def _time(digits: str) -> bool:
    """Whether ``digits`` (after a compact day's) are a time of day: none, `hhmm` or `hhmmss`."""
    return not digits or (digits[:2] < "24" and digits[2:4] < "60" and digits[4:] < "60")


def _day(year: str, month: str, day: str) -> bool:
    """Whether the digits are a calendar day in the years records can be dated (1970 to 2099)."""
    try:
        return 1970 <= int(year) <= 2099 and date(int(year), int(month), int(day)) is not None
    except ValueError:
        return False


_NUMBER_REF = deferred(r"(?:ADR[-_ ]?)?([0-9]+)", re.IGNORECASE)


def ref_digits(ref: str) -> str | None:
    """The digits of a REF that is a record number (`3`, `0003`, `ADR-3`, `adr_0003`), or None when it is not a
    number: ASCII digits only (`¹` and `٣` are not numbers here), and a sign is not a prefix (`-3` names no
    record)."""
    match = _NUMBER_REF.fullmatch(ref.strip())
    return match.group(1) if match else None


def number_in_ref(ref: str) -> int | None:
    """The record number a REF names (see ``ref_digits``), or None."""
    digits = ref_digits(ref)
    return int(digits) if digits is not None else None
