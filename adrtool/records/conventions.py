"""How a decision log is kept, as its own files show it: judged by its own rules, not by adrtool's.

A log kept with adrtool (a `[tool.adr]` or `.adr.toml` config, or records holding adrtool's own `cycle` key)
is held to adrtool's rules in full. Any other log (adr-tools, MADR, log4brains, pyadr, a hand-kept log) is held
to the conventions its records and its own template follow: its file naming scheme, the sections its template
requires, the statuses it uses; status and date may be absent where its dialect makes them optional.

Working the conventions out costs one pass over the log's records (no file is read but the template), once
per `adr validate` or `adr new`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISREG

from adrtool.model import Dialect, Record
from adrtool.records import comments
from adrtool.records.names import DEFAULT_SCHEME, NameScheme, is_template_name, named_by_words, parse_listed

# adrtool's own front-matter key: a record holding it in front matter is kept with adrtool (a `* Cycle:` bullet in
# MADR 2 is how `adr new` writes that dialect). A revisit point and the revisits (`revisit`, `revisits`) are not:
# `adr revisit` adds them to any log's records, and says nothing of how the log is kept.
ADRTOOL_KEYS = frozenset({"cycle"})
# The record templates other tools keep in the decision directory (adr-tools looks in `templates/`).
TEMPLATE_NAMES = ("templates/template.md", "template.md", "adr-template.md", "templates/adr-template.md",
                  ".TEMPLATE.md", "TEMPLATE.md", "_template.md")
# The largest record template adrtool reads (a template is a page or two).
TEMPLATE_LIMIT = 256 * 1024
_OPTIONAL = re.compile(r"<!--[^>]*\boptional\b[^>]*-->", re.IGNORECASE)
_OPTIONAL_NOTE = re.compile(r"<!--.*?\boptional element\b.*?-->", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Conventions:
    """What one decision directory's records and template say about how the log is kept."""

    adrtool: bool = True  # kept with adrtool: its rules in full
    scheme: NameScheme = DEFAULT_SCHEME  # how most of its record files are named
    dated: bool = False  # named by day (log4brains): no numbers, so no number rules
    template: Path | None = None  # the log's own record template, when it has one
    # The level-2 sections the log's template requires (its sections not marked optional), lower case; None
    # when it has no template of its own (the dialect's sections apply).
    sections: tuple[str, ...] | None = None
    # The statuses its template offers and those more than one of its records use (a one-off may be a typo).
    statuses: frozenset[str] = field(default_factory=frozenset)
    # Whether its records have titles: a log of several records none of which has one (DependencyTrack/hyades'
    # records open with a table of status, date and authors; the site's navigation titles them) is kept so.
    titled: bool = True
    # The variables its template holds (dotADR's `{{DATE}}`), as the linter's hints name them
    # (``markdown.variable_hint``): one left in a record made from it is a placeholder wherever it stands.
    variables: frozenset[str] = field(default_factory=frozenset)


def conventions(directory: Path, records: Iterable[Record], *, configured: bool, files: Iterable[str] = (),
                templates: Iterable[Path] = (), root: Path | None = None,
                topics: dict[Path, Path | None] | None = None) -> Conventions:
    """The conventions of the log in ``directory``; ``configured``: the project has adrtool config; ``files``:
    the names of the directory's files; ``templates``: files named as records that are its template (the
    log's ``templates``); ``root``: the project's, below which the template of a log's topics may be; ``topics``:
    the answers of the folders above logs looked at already (``find_template``)."""
    records = list(records)
    adrtool = configured or written_by_adrtool(records)
    scheme = dominant_scheme((record.filename for record in records), titles_of(records))
    template = find_template(directory, files, templates, root, topics)
    sections, template_statuses, variables = _template_facts(template) if template is not None \
        else (None, frozenset(), frozenset())
    used = Counter(record.status for record in records if record.status)
    statuses = frozenset(status for status, count in used.items() if count > 1) | template_statuses
    titled = adrtool or len(records) < _UNTITLED_AT_LEAST or any(record.title is not None for record in records)
    return Conventions(adrtool, scheme, scheme.dated, template, sections, statuses, titled, variables)


_UNTITLED_AT_LEAST = 3  # records none of which has a title, for a log to be kept without titles


def written_by_adrtool(records: list[Record], relation_keys: Collection[str] = ()) -> bool:
    """Whether a log with no adrtool config is kept with adrtool all the same: most of its records keep adrtool's
    own key (``ADRTOOL_KEYS``: a release cycle) in front matter. Revisit points and revisits do not count however
    many records hold them: a team that asks adrtool to track its revisits (`adr new --revisit`, `adr revisit` on
    every record) keeps its log as it was, with its own template and rules. ``relation_keys``: those of the
    relations the project's config adds (``relations.link_keys``), keys adr knows."""
    kept = sum(1 for record in records
               if record.format is Dialect.FRONTMATTER and not ADRTOOL_KEYS.isdisjoint(record.meta))
    return 2 * kept > len(records) and not _a_schema_of_its_own(records, relation_keys)


def _a_schema_of_its_own(records: list[Record], relation_keys: Collection[str]) -> bool:
    """Whether most of the log's front-matter records, two at least, hold one key adr does not know
    (``keys.is_known_key``; Structured MADR's `project:`, `audience:`): the schema of the tool the log is kept with,
    which it keeps however many of its records took on a revisit point from adrtool."""
    from adrtool.records.keys import is_known_key

    fronted = [record for record in records if record.format is Dialect.FRONTMATTER]
    held = Counter(key for record in fronted for key in {str(written).lower() for written in record.meta})
    return any(2 * count > len(fronted) and count > 1 and not is_known_key(key, relation_keys)
               for key, count in held.items())  # (one record's: a slip)


# What tells a naming scheme from another, less its padding: (prefix, joint, separator, dated, dashed date, date's
# joint, stamp, suffix, trailing, bare, monthly).
_SchemeKey = tuple[str, str, str, bool, bool, str, str, str, bool, bool, bool, str]


def titles_of(records: Iterable[Record]) -> dict[str, str]:
    """The titles of ``records`` by their file names, for ``dominant_scheme``."""
    return {record.filename: record.title for record in records if record.title}


def dominant_scheme(names: Iterable[str], titles: Mapping[str, str] | None = None) -> NameScheme:
    """The naming scheme most of ``names`` follow (adrtool's `NNNN-slug.md` for an empty log), with the
    zero-padding most of its padded names have (one `00011-x.md` among `0001-x.md` names is the odd one out);
    unpadded when none is padded; the extension most of them have before the file's own (``_inner_extension``,
    told apart by the records' ``titles``, by file name, where known); and the way most of them write their words
    (``_word_style``)."""
    counts: Counter[_SchemeKey] = Counter()
    widths: dict[_SchemeKey, Counter[int]] = {}
    unpadded: dict[_SchemeKey, Counter[int]] = {}  # by their digits
    slugs: dict[_SchemeKey, list[str]] = {}
    titled: dict[_SchemeKey, list[str | None]] = {}
    names = list(names)
    words_alone = named_by_words(names)
    for name in names:
        parsed = parse_listed(name, words_alone)
        if parsed is None:
            continue
        scheme = parsed.scheme
        day_after, slug = _day_after_the_number(parsed.slug, scheme) if parsed.number is not None \
            else ("", parsed.slug)
        key = (scheme.prefix, scheme.joint, scheme.separator, scheme.dated, scheme.dashed_date, scheme.date_joint,
               scheme.stamp, scheme.suffix, scheme.trailing, scheme.bare, scheme.monthly, day_after)
        counts[key] += 1
        slugs.setdefault(key, []).append(slug)
        titled.setdefault(key, []).append(titles.get(name) if titles is not None else None)
        if scheme.width:
            widths.setdefault(key, Counter())[scheme.width] += 1
        else:
            unpadded.setdefault(key, Counter())[len(parsed.id)] += 1
    if not counts:
        return DEFAULT_SCHEME
    key = counts.most_common(1)[0][0]
    padded = widths.get(key, Counter())
    width = max(padded, key=lambda found: (padded[found], found)) if padded else 0
    # a name shorter than that padding (`1-x.md` against `003-x.md`) says the log pads none
    if width and sum(count for digits, count in unpadded.get(key, Counter()).items() if digits < width) \
            > padded[width]:
        width = 0
    prefix, joint, separator, dated, dashed, date_joint, stamp, suffix, trailing, bare, monthly, day_after = key
    inner = _inner_extension(slugs[key], titled[key])
    if inner:  # Aadryn/Tochi's `057-multi-provider.adr.md`: the log's own tools look for `*.adr.md`
        suffix = f"{inner}{suffix}"
        slugs[key] = [slug.removesuffix(inner) for slug in slugs[key]]
    words, cased = _word_style(slugs[key], separator)
    if dated and not words:  # records of one day told apart by their words alone (`20240101.md` would be one)
        words = separator if separator in ("-", "_") else "-"
    return NameScheme(prefix, joint, width, separator, dated, dashed, date_joint, stamp, suffix, trailing, bare,
                      monthly, words, cased, day_after)


def _day_after_the_number(slug: str, scheme: NameScheme) -> tuple[str, str]:
    """The day a numbered name writes between its number and its words, as `strftime` writes it, and the words
    after it (`%Y%m%d`, `use-redis` of log4brains' `ADR-001-20240608-use-redis.md`); "" and ``slug`` where its
    words open with no day."""
    for form, length in (("%Y%m%d", 8), ("%Y-%m-%d", 10)):
        if len(slug) > length and slug[length] == scheme.separator:
            try:
                dt.datetime.strptime(slug[:length], form)
            except ValueError:
                continue
            return form, slug[length + 1:]
    return "", slug


def _inner_extension(slugs: list[str], titles: list[str | None]) -> str:
    """The extension most of ``slugs`` end with before the file's own (`.adr` of `x.adr.md`, `.v1` of
    `x.v1.md`), which a new record's name keeps; "" where most end with none, or where it is no extension but a
    version's digits (`use-v1.5`). A slug whose record's title (``titles``, None where unknown) ends a word with
    it took it from the title (`use-node.js` of `Use Node.js`, `adopt-asp.net`): the title's word, not the log's
    extension."""
    ends: Counter[str] = Counter(found.group() for slug, title in zip(slugs, titles)
                                 if (found := _INNER_EXTENSION.search(slug)) is not None
                                 and not _a_title_s_word(found.group(), title))
    if not ends:
        return ""
    end, count = ends.most_common(1)[0]
    return end if 2 * count > len(slugs) else ""


_INNER_EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,4}$")


def _a_title_s_word(end: str, title: str | None) -> bool:
    """Whether ``title`` ends one of its words with ``end`` (`.js` in `Use Node.js for the API`)."""
    return title is not None and re.search(rf"{re.escape(end)}(?![^\W_])", title, re.IGNORECASE) is not None


def _word_style(slugs: list[str], separator: str) -> tuple[str, bool]:
    """How most of ``slugs`` write their words: joined by `-`, `_` or blanks (the title as written), and whether
    they keep capitals (a word opening with one: `Dedicated-Ingress`; an acronym says neither). A one-word slug says
    nothing of the joint: where none says, the words are joined as the number is to them (`ADR-001_Postgres.md`:
    `_`), else by `-`; lowercase where as many keep capitals as not. No joint ("") where no name holds words
    (`ADR-001.md`, `ADR-002.md`): a new record is named so too."""
    if slugs and not any(slugs):
        return "", False
    joints: Counter[str] = Counter()
    cases: Counter[bool] = Counter()
    for slug in slugs:
        if " " in slug:
            joints[" "] += 1
        elif "_" in slug and "-" not in slug:
            joints["_"] += 1
        elif "-" in slug:
            joints["-"] += 1
        spoken = [word for word in _SLUG_WORDS.split(slug) if any(char.islower() for char in word)]
        if spoken:  # `AWS` alone says nothing: an acronym is written so in a lowercase name too (`use-AWS-lambda`)
            cases[any(word[:1].isupper() for word in spoken)] += 1
    words = max(joints, key=lambda joint: (joints[joint], joint == "-")) if joints else \
        (separator if separator in ("-", "_") else "-")
    return words, cases[True] > cases[False]


_SLUG_WORDS = re.compile(r"[-_ ]+")


def find_template(directory: Path, files: Iterable[str] = (), templates: Iterable[Path] = (),
                  root: Path | None = None, topics: dict[Path, Path | None] | None = None) -> Path | None:
    """The log's own record template in ``directory``, if it has one: a file of a name other tools give theirs
    (``TEMPLATE_NAMES``, in that order), else one of ``files`` (names in ``directory``) named as a template
    (`0000-ladr-template.md`, `adr-template-bare.md`: the shortest name first), else one of ``templates``
    (files named as records that the reader found to be templates: `ADR-000.md`), else, below ``root``, the
    template of the topics the log is one of (``discovery.topic_template``, each folder's answer kept in ``topics``
    where given)."""
    for name in TEMPLATE_NAMES:
        path = directory / name
        if _a_template_file(path, directory):
            return path
    for name in sorted((name for name in files if is_template_name(name)), key=lambda name: (len(name), name)):
        path = directory / name
        if _a_template_file(path, directory):
            return path
    for path in sorted(templates):
        if _a_template_file(path, directory):
            return path
    if root is None:
        return None
    kept = _kept_by_adrowse(directory, root)
    if kept is not None:
        return kept
    from adrtool.project.discovery import topic_template

    shared = topic_template(directory, root, topics)
    return shared if shared is not None and _a_template_file(shared, root) else None


# adrowse's folder at a project's root: its `config` names the log (`path = "docs/decisions"`), `template` is the
# template it copies into each new record.
_ADROWSE = ".adr"
_ADROWSE_PATH = re.compile(r'[ \t]*path[ \t]*=[ \t]*(?:"(?P<double>[^"\n]*)"|\'(?P<single>[^\'\n]*)\')[ \t]*(?:#.*)?')


def _kept_by_adrowse(directory: Path, root: Path) -> Path | None:
    """The template adrowse keeps for the log in ``directory`` (`.adr/template` at the project's ``root``, whose
    `.adr/config` names that log as its `path`); None where it names another, or none."""
    from adrtool.errors import AdrError
    from adrtool.fsio import read_bytes, text_of

    config, template = root / _ADROWSE / "config", root / _ADROWSE / "template"
    if not (_a_template_file(config, root) and _a_template_file(template, root)):
        return None
    try:
        text = text_of(config, read_bytes(config, TEMPLATE_LIMIT, "adrowse config"))
    except AdrError:
        return None
    for line in text.split("\n"):
        named = _ADROWSE_PATH.fullmatch(line.rstrip("\r"))
        if named is not None:
            path = named.group("double") if named.group("double") is not None else named.group("single")
            try:
                return template if path and (root / path).resolve() == directory.resolve() else None
            except (OSError, RuntimeError):
                return None
    return None


def _a_template_file(path: Path, within: Path) -> bool:
    """Whether ``path`` is a regular file (a link to one is followed) that is no larger than ``TEMPLATE_LIMIT``
    and, linked or not, inside ``within``: a template is copied into every new record and its headings required
    of every record, so a link out of the project, a FIFO, a device or a huge file is none."""
    try:
        found = path.stat()
    except OSError:
        return False
    if not S_ISREG(found.st_mode) or found.st_size > TEMPLATE_LIMIT:
        return False
    try:
        return within.resolve() in path.resolve().parents
    except (OSError, RuntimeError):
        return False


def _template_facts(template: Path) -> tuple[tuple[str, ...] | None, frozenset[str], frozenset[str]]:
    """The sections ``template`` requires (its level-2 headings not marked optional), the statuses it offers
    (`[proposed | accepted | ...]`) and the variables it holds (`{{DATE}}`)."""
    from adrtool.errors import AdrError
    from adrtool.fsio import read_bytes, text_of
    from adrtool.records import markdown

    try:
        text = text_of(template, read_bytes(template, TEMPLATE_LIMIT, "template"))
    except AdrError:
        return None, frozenset(), frozenset()
    from adrtool.records.dialects.frontmatter import split

    lines = text.split("\n")
    bounds = split(lines)
    first = bounds[1] + 1 if bounds is not None and bounds[1] >= 0 else 0
    required = []
    for heading in markdown.scan_headings(lines, first):
        if heading.level != 2:
            continue
        before = "\n".join(lines[max(0, heading.line - 3):heading.line - 1])
        line = lines[heading.line - 1]
        if _OPTIONAL.search(line, 0, comments.comments_end(line)) \
                or _OPTIONAL_NOTE.search(before, 0, comments.comments_end(before)):
            continue
        required.append(" ".join(comments.without_comments(heading.text).split()))
    statuses = set()
    for line in lines:
        lower = line.lower()
        if "status" in lower and "|" in lower:
            choices = comments.without_comments(lower.split("status", 1)[1])
            for choice in re.split(r"[|\[\]{}\"':,]+", choices):
                word = choice.strip(" .…*_-")
                if word.isalpha():
                    statuses.add(word)
    variables = frozenset(markdown.variable_hint(found.group())
                          for found in markdown.ANY_CASE_VARIABLE.finditer(text)) if "{{" in text else frozenset()
    return (tuple(required) if required else None), frozenset(statuses), variables
