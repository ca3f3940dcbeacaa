"""Which file names are decision records, and what a name says: the record's number, its id, the log's scheme.

Kept apart from the reader: scanning a directory needs only this. Logs name their records in many ways,
and every common one is a record here:

- `0003-slug.md`, `003-Title-Case.md`, `0031_slug.md` (adr-tools, MADR, pyadr and hand-made logs);
- `adr-003-slug.md`, `ADR-12-slug.md`, `ADR012-slug.md`, `ADR-7.md` (a prefix before the number);
- `20210114-slug.md` and `2021-01-14-slug.md` (log4brains and others name records by date): no number; the
  record's id is its file name without `.md`, and records of one day are not "the same number".

Templates (`template.md`, `0000-template.md`, `adr-template.md`), indexes and READMEs have no number in
their name, or are named as templates, and are not records.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

# Matching only decides whether a name is a record's (``parse_name`` reads it); a name that names a template
# is not one. The slug runs to the `.md` that ends the name (greedy, then three steps back: a lazy slug would
# try for `.md` after every character, ten times the cost of the rest of the match).
RECORD_NAME = re.compile(
    r"^(?:(adr)([-_ ]?))?(\d+)(?:([-_ ])(?!(?:adr[-_ ]?)?template\.md$)(.*))?\.md$", re.IGNORECASE)
CANONICAL_NAME = re.compile(r"^\d{4,}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$")
_DASHED_DATE = re.compile(r"^(\d\d)-(\d\d)(?:[-_ ](.*))?$")  # after a 4-digit year: `2021-01-14-slug`


class NameScheme(NamedTuple):
    """How a log names its record files, so that a new record's name fits in (``adr new``, ADR101, ADR102)."""

    prefix: str = ""  # before the number, as written: "", "adr", "ADR"
    joint: str = ""  # between the prefix and the number: "", "-", "_", " "
    width: int = 4  # digits, zero-padded; 0: unpadded
    separator: str = "-"  # between the number (or date) and the slug
    dated: bool = False  # `20210114-slug.md`: named by the day, not numbered
    dashed_date: bool = False  # `2021-01-14-slug.md`

    def name(self, number: int | None, slug: str, day: date | None = None) -> str:
        """The file name of a record of this scheme (``day`` for a date-named log, ``number`` otherwise)."""
        if self.dated:
            assert day is not None
            stamp = day.isoformat() if self.dashed_date else day.strftime("%Y%m%d")
            return f"{stamp}{self.separator}{slug}.md"
        assert number is not None
        digits = f"{number:0{self.width}d}" if self.width else str(number)
        return f"{self.prefix}{self.joint}{digits}{self.separator if slug else ''}{slug}.md"

    def describe(self) -> str:
        """`NNNN-slug.md`, `ADR-N-slug.md`, `YYYYMMDD-slug.md` ... as messages show the scheme."""
        if self.dated:
            return f"{'YYYY-MM-DD' if self.dashed_date else 'YYYYMMDD'}{self.separator}slug.md"
        digits = "N" * self.width if self.width else "N"
        return f"{self.prefix}{self.joint}{digits}{self.separator}slug.md"


DEFAULT_SCHEME = NameScheme()


class RecordName(NamedTuple):
    """What a record's file name says."""

    number: int | None  # None for a date-named record
    id: str  # the number as written (`0003`, `12`), or the file name without `.md` for a date-named record
    slug: str  # the words after the number (for a date-named record, the words after the date)
    scheme: NameScheme


def is_record_name(name: str) -> bool:
    """Numbered (or dated) Markdown files are records; README.md, index.md or template.md are not."""
    return RECORD_NAME.match(name) is not None


def identity(name: str) -> tuple[int | None, str, str] | None:
    """(number, id, slug) of the record file name ``name``, as ``parse_name`` reads them; None when it is not
    a record's name. The reader's path: no scheme, no named tuple (it runs once for every record read)."""
    match = RECORD_NAME.match(name)
    if match is None:
        return None
    prefix, _, digits, separator, slug = match.groups("")
    if not prefix and (len(digits) == 8 or (len(digits) == 4 and separator == "-" and slug[2:3] == "-")):
        dated = _dated(digits, separator, slug)
        if dated is not None:
            return None, dated.id, dated.slug
    return int(digits), digits, slug


def parse_name(name: str) -> RecordName | None:
    """What the record file name ``name`` says; None when it is not a record's name."""
    match = RECORD_NAME.match(name)
    if match is None:
        return None
    prefix, joint, digits, separator, slug = match.groups("")
    if not prefix:
        dated = _dated(digits, separator, slug)
        if dated is not None:
            return dated
    width = len(digits) if digits[0] == "0" and len(digits) > 1 else 0
    key = (prefix, joint, width, separator)
    scheme = _SCHEMES.get(key)
    if scheme is None:  # a log names its files alike: one scheme object for all of them
        if len(_SCHEMES) > 1000:
            _SCHEMES.clear()
        scheme = _SCHEMES[key] = NameScheme(prefix, joint, width, separator or "-")
    return RecordName(int(digits), digits, slug, scheme)


_SCHEMES: dict[tuple[str, str, int, str], NameScheme] = {}


def record_file_of_url(url: str) -> str | None:
    """The record file a URL points at (`https://github.com/o/r/blob/main/docs/adr/0016-x.md` -> `0016-x.md`), or
    None: a URL to anything else (a GitHub discussion or issue numbered 1198) names no record."""
    last = url.split("#", 1)[0].split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return last if last.lower().endswith(".md") and RECORD_NAME.match(last) else None


def number_of_name(name: str) -> int | None:
    """The record number in the file name ``name`` (None for a date-named record or any other file)."""
    parsed = parse_name(name)
    return parsed.number if parsed is not None else None


def _dated(digits: str, separator: str, slug: str) -> RecordName | None:
    """A date-named record (`20210114-slug`, `2021-01-14-slug`), or None when the digits are not a day."""
    if len(digits) == 8 and _day(digits[:4], digits[4:6], digits[6:]):
        stem = f"{digits}{separator}{slug}" if separator else digits
        return RecordName(None, stem, slug, NameScheme(width=0, separator=separator or "-", dated=True))
    if len(digits) == 4 and separator == "-":
        dashed = _DASHED_DATE.match(slug)
        if dashed and _day(digits, dashed.group(1), dashed.group(2)):
            words = dashed.group(3) or ""
            joint = slug[5:6] if words else "-"
            return RecordName(None, f"{digits}-{slug}", words,
                              NameScheme(width=0, separator=joint, dated=True, dashed_date=True))
    return None


def _day(year: str, month: str, day: str) -> bool:
    """Whether the digits are a calendar day in the years records can be dated (1970 to 2099)."""
    try:
        return 1970 <= int(year) <= 2099 and date(int(year), int(month), int(day)) is not None
    except ValueError:
        return False


_NUMBER_REF = re.compile(r"(?:ADR[-_ ]?)?([0-9]+)", re.IGNORECASE)


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
