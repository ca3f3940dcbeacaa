"""Links between records that go both ways: each relation and its reverse, as `adr link` writes them.

supersedes / superseded-by is one (written by `adr supersede`, which also changes the status); relates-to
is its own reverse; amends / amended-by is adr-tools' own pair; a project adds more in config
(`relations = { extends = "extended-by" }`), and a log's own pairs are taken as its records write them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from adrtool.errors import AdrError, ReadError
from adrtool.fsio import lines_of
from adrtool.model import Dialect, Record
from adrtool.project.config import Config

BUILT_IN = {"supersedes": "superseded-by", "relates-to": "relates-to", "amends": "amended-by"}
# Changed only with the status (adr supersede), never by `adr link` alone.
STATUS_RELATIONS = frozenset({"supersedes", "superseded-by"})
# The keys the reader takes a record's fields from (as ``canonical_key`` names them), which a relation of the
# config may not be written under: `adr link` would add a number to a record's status or date.
FIELD_KEYS = frozenset({"status", "date", "cycle", "revisit", "decision-makers", "consulted", "informed", "tags",
                        "title", "created", "decided-on", "accepted-on", "last-updated", "links", "relations", "id",
                        "number"})


def reverses(config: Config) -> dict[str, str]:
    """Every relation, both directions, mapped to its reverse."""
    _check_configured(config)
    pairs = {**BUILT_IN, **config.relations}
    found: dict[str, str] = {}
    for relation, reverse in pairs.items():
        found[relation] = reverse
        found[reverse] = relation
    return found


# The kinds of the adrs tool's `links` items (`{target: 2, kind: relatesto}`), by the relation each writes.
ADRS_KINDS = {"supersedes": "supersedes", "superseded-by": "supersededby", "relates-to": "relatesto",
              "amends": "amends", "amended-by": "amendedby"}


def holds_adrs_links(value: object) -> bool:
    """Whether a front matter's `links` value is the adrs tool's list of `{target, kind}` items: a record's number
    and one of its kinds (not a page's web links, `{title, url, target: _blank}`)."""
    return isinstance(value, list) and bool(value) and all(
        isinstance(item, dict) and type(item.get("target")) is int
        and str(item.get("kind", "")).lower().replace("-", "").replace("_", "") in _ADRS_KIND_WORDS for item in value)


_ADRS_KIND_WORDS = frozenset(ADRS_KINDS.values())


def keyed_as_adrtool(record: Record) -> bool:
    """Whether a record's front matter keys a relation as adrtool does (`relates-to: [1]`)."""
    return any(key in record.meta for key in ADRS_KINDS)


def kept_as_adrs_links(records: Iterable[Record]) -> bool:
    """Whether a log's front matter is the adrs tool's: no record keys a relation as adrtool does, and some record
    lists its relations in adrs' `links`, or most records carry the `number` and `title` keys adrs writes."""
    front = [record for record in records if record.format is Dialect.FRONTMATTER]
    if not front or any(keyed_as_adrtool(record) for record in front):
        return False
    keyed = sum(1 for record in front if "number" in record.meta and "title" in record.meta)
    return any(holds_adrs_links(record.meta.get("links")) for record in front) or keyed * 2 > len(front)


def linked_in_a_section(records: Iterable[Record], template: Path | None = None) -> bool:
    """Whether a MADR 2 log writes its relations under a `## Links` section, as MADR 2's template has them: no
    record of it keys one as a bullet under its title (`* Relates to: [ADR-0004](..)`, pim's `- Powiązane:`), nor
    has a bullet of one, filled or not (ECTO's template gives each record `- Related:`); what its records' Links
    sections list is no such bullet. A log whose titles carry their numbers (`# 0001. Use Redis` over `- Status:`,
    headrace's: kept by hand, not from MADR 2's template) writes a link as a bullet under the title unless it
    shows such a section: its ``template`` or one of its newest records has one."""
    from adrtool.records.dialects.normalize import canonical_key

    records = [record for record in records if record.format is Dialect.MADR2]
    if any(canonical_key(key) in _BULLETED and not _listed_in_a_section(record, key)
           for record in records for key in record.meta_lines):
        return False
    if not any(record.heading_number is not None for record in records):
        return True
    return any(_has_a_links_section(path) for path in [
        *([template] if template is not None else []), *(record.path for record in records[-_SECTIONS_READ:])])


def kept_as_closing_lines(records: Sequence[Record]) -> bool:
    """Whether a log keys its relations as decree does, each a line of its own closing the record (`Is superseded
    by: 0002`, ``nygard.closing_relations``): one of its newest adr-tools records has one. Only a record with a link
    that names no file is read again."""
    from adrtool.records.dialects.nygard import closing_relations

    return any(record.format is Dialect.NYGARD and any(link.href is None and link.target is not None
                                                       for link in record.links)
               and closing_relations(lines_of(record.path) or [], 0) for record in records[-_SECTIONS_READ:])


def _has_a_links_section(path: Path) -> bool:
    """Whether the file at ``path`` has a `## Links` section (MADR 2's, empty or not)."""
    return any(_links_headings(path, levels=(2, 3)))


def links_heading_of(records: Sequence[Record]) -> str | None:
    """The words most of the newest of ``records`` that have a Links section give its heading (`Enlaces`, `链接`);
    None for none."""
    from collections import Counter

    said: Counter[str] = Counter()
    for record in records[-_SECTIONS_READ:]:
        said.update(set(_links_headings(record.path, levels=(2,))))
    return said.most_common(1)[0][0] if said else None


def _links_headings(path: Path, levels: tuple[int, ...]) -> Iterator[str]:
    """The text of the Links headings of the file at ``path`` at ``levels``, one at a time; none where it cannot be
    read."""
    from adrtool.records import markdown
    from adrtool.records.dialects.madr2 import is_links_heading

    for heading in markdown.iter_headings(lines_of(path) or []):
        if heading.level in levels and is_links_heading(heading.text):
            yield heading.text.strip()


_SECTIONS_READ = 10  # the newest records of a log read for a Links section: enough to tell its habit


def _listed_in_a_section(record: Record, key: str) -> bool:
    """Whether ``record``'s ``key`` holds the records its Links section's bullets name (the reader keeps them as
    the relation's numbers, under its own label), not a bullet under its title keying the relation."""
    said = record.meta.get(key)
    return isinstance(said, list) and any(link.label == key and link.target in said for link in record.links)


_BULLETED = frozenset({"supersedes", "superseded-by", "relates-to"})  # the relations a bullet keys


@dataclass(frozen=True)
class KeyedRelations:
    """How a front-matter log keys its relations, where its records show it: the key each is spelt with
    (`superseded_by`, `relatedTo`), the relations written as one value rather than a list (`superseded_by: ADR-9`),
    and how an item names a record (`ADR-6`, `ADR-0006`, `"0006"`, its file's name; by its number where no record
    shows another way)."""

    keys: Mapping[str, str] = field(default_factory=dict)
    scalar: frozenset[str] = frozenset()
    form: tuple[str, str, int] = ("number", "", 0)  # ("number" | "reference" | "file", the letters, the digits)

    def key(self, relation: str) -> str:
        return self.keys.get(relation, relation)

    def item(self, target: Record) -> int | str:
        """How an item of a relation names ``target``: by its file's name, its reference or its number; one named by
        its day by its id, as the log's links name it."""
        kind, prefix, width = self.form
        if kind == "file":
            return target.filename
        if target.number is None:
            return target.id
        if kind == "number":
            return target.number
        return f"{prefix}{target.number:0{width}d}"  # (`"0030"` of a log of `"0004"`: text, as there)


def keyed_relations(records: Iterable[Record], template: Path | None = None) -> KeyedRelations:
    """How the front matter of ``records`` keys its relations (``KeyedRelations``): what most of them write, else
    what the log's ``template`` shows, commented out or not (@kompiro's `# superseded_by: ADR-...`). An item counts
    only where it names a record of the log (`related_to: [JIRA-1234]` names a ticket)."""
    records = list(records)
    said = [(key, value) for record in records if record.format is Dialect.FRONTMATTER
            for key, value in record.meta.items() if value is not None]  # (`Supersedes: []`: a list, so spelt)
    named = ({record.number for record in records if record.number is not None},
             {record.filename for record in records})
    (keys, scalar, form), (shown_keys, shown_scalar, shown_form) = _keyed(said, named), \
        _keyed(_template_keys(template), None)
    return KeyedRelations({**shown_keys, **keys},
                          frozenset(relation for relation in {**shown_keys, **keys}
                                    if relation in (scalar if relation in keys else shown_scalar)),
                          form or shown_form or _form_of_the_ids(records) or ("number", "", 0))


def _form_of_the_ids(records: list[Record]) -> tuple[str, str, int] | None:
    """The form most front-matter ``records`` give their own `id` in (trzcode's `id: ADR-001` on record 1:
    ("reference", "ADR-", 3)), for a log none of whose records names another yet; None where most give none so."""
    forms: list[tuple[str, str, int] | None] = []
    for record in records:
        if record.format is not Dialect.FRONTMATTER or record.number is None:
            continue
        found = _REFERENCE_ITEM.fullmatch(str(record.meta.get("id", "")).strip())
        digits = found.group(2) if found is not None else ""
        forms.append(("reference", found.group(1), len(digits) if digits.startswith("0") else 0)
                     if found is not None and digits.isdigit() and int(digits) == record.number else None)
    most = max(set(forms), key=forms.count) if forms else None
    return most if most is not None and 2 * forms.count(most) > len(forms) else None


def _keyed(said: Iterable[tuple[str, object]], named: tuple[set[int], set[str]] | None
           ) -> tuple[dict[str, str], frozenset[str], tuple[str, str, int] | None]:
    """What most of the key-value pairs ``said`` show of how relations are keyed: each relation's spelling, those
    given one value, the form most items name a record in (of the numbers and file names ``named``, where given)."""
    from collections import Counter

    from adrtool.records.dialects.normalize import canonical_key

    spelt: dict[str, Counter[str]] = {}
    one: Counter[str] = Counter()
    many: Counter[str] = Counter()
    forms: Counter[tuple[str, str, int]] = Counter()
    for key, value in said:
        relation = canonical_key(key)
        if relation not in _TYPED:
            continue
        spelt.setdefault(relation, Counter())[str(key)] += 1
        (many if isinstance(value, list) else one)[relation] += 1
        for item in value if isinstance(value, list) else [value]:
            form = _form_of(item, named)
            if form is not None:
                forms[form] += 1
    form = max(forms, key=lambda form: (forms[form], form[0] == "number")) if forms else None
    return ({relation: counted.most_common(1)[0][0] for relation, counted in spelt.items()},
            frozenset(relation for relation in one if one[relation] > many[relation]), form)


def _form_of(item: object, named: tuple[set[int], set[str]] | None) -> tuple[str, str, int] | None:
    """The form ``item`` names a record in, if it names one of ``named`` (any, where None)."""
    numbers, files = named if named is not None else (None, None)
    if type(item) is int:
        return ("number", "", 0) if numbers is None or item in numbers else None
    if not isinstance(item, str):
        return None
    text = item.strip()
    if files is not None and text in files:
        return ("file", "", 0)
    found = _REFERENCE_ITEM.fullmatch(text) or _PADDED.fullmatch(text)  # `ADR-6`; `"0004"`, quoted as it must be
    if found is None:
        return None
    prefix, digits = (found.group(1), found.group(2)) if found.re is _REFERENCE_ITEM else ("", text)
    if numbers is not None and (not digits.isdigit() or int(digits) not in numbers):
        return None
    return ("reference", prefix, len(digits) if digits[:1] in ("0", "N", "X") else 0)


_PADDED = re.compile(r"0\d{1,5}")


def _template_keys(template: Path | None) -> list[tuple[str, object]]:
    """The relation keys a template's front matter shows, and their values: `supersedes: [ADR-...]` as
    ("supersedes", ["ADR-..."]), a key commented out as one that is not."""
    if template is None:
        return []
    from adrtool.fsio import read_text

    try:
        head = read_text(template).text[:_TEMPLATE_HEAD]
    except (AdrError, OSError):
        return []
    keys: list[tuple[str, object]] = []
    for line in head.split("\n")[1:]:
        if line.rstrip() == "---":
            break
        found = _TEMPLATE_KEY.match(line)
        if found is not None:
            value = found.group(2).strip()
            items = [item.strip() for item in value[1:-1].split(",")] if value.startswith("[") and \
                value.endswith("]") else None
            keys.append((found.group(1), items if items is not None else value))
    return keys


_TEMPLATE_HEAD = 4000  # a template's front matter is near its top
_TEMPLATE_KEY = re.compile(r"[ \t]*(?:#[ \t]*)?([A-Za-z][\w-]{0,40})[ \t]*:[ \t]*([^#\r\n]*)")
# An item naming a record by its reference (`ADR-6`, `ADR-0006`), or as a template shows one (`ADR-NNNN`, `ADR-...`).
_REFERENCE_ITEM = re.compile(r"([A-Za-z]{1,6}[-_ ]?)(\d{1,6}|N{1,6}|X{1,6}|\.{3})")


@dataclass(frozen=True)
class LinkText:
    """How a log's relation links name the records they link to, and point at their files, where its records show
    it: ``by`` a reference (`[ADR 0004]`: its ``prefix`` `ADR `, the ``width`` of its digits, 0 where unpadded,
    None where no link shows it) or by the target's ``title`` line (`[0004: Use NATS]`, as adr-tools quotes it),
    None where none shows either; ``from_folder``: whether they point from the record's folder (`(./0004-x.md)`);
    ``alone``: whether most of its superseded statuses name the successor by its reference, no link
    (`Superceded by ADR008`)."""

    by: str | None = None  # "reference" | "title"
    prefix: str = ""
    width: int | None = None
    from_folder: bool | None = None
    alone: bool = False

    def reference(self, target: Record, width: int) -> str:
        """``target`` named by the log's reference (`ADR 0004`), its digits ``width`` wide where no link shows."""
        assert target.number is not None
        return f"{self.prefix}{target.number:0{self.width if self.width is not None else width}d}"


def link_text(records: Iterable[Record]) -> LinkText:
    """How ``records`` name and point at the records their relations link to (``LinkText``): what most of the
    newest links show, a link read from its record's line; of each, a reference alone or the target's title."""
    from collections import Counter

    records = list(records)
    by_number = {record.number: record for record in records if record.number is not None}
    named: Counter[tuple[str, str]] = Counter()
    widths: Counter[int] = Counter()
    folder: Counter[bool] = Counter()
    alone: Counter[bool] = Counter()
    read = 0
    for record in reversed(records):
        if read >= _LINKS_READ:
            break
        links: list[tuple[str | None, str | None, Record]] = []
        if (successor := _successor_in_the_status(record, by_number)) is not None:
            alone[successor[1] is None] += 1
            links.append(successor)
        elif any(link.label == "superseded-by" for link in record.links):
            alone[False] += 1
        if record.links:
            lines = lines_of(record.path) or []
            links += [(_label_of(lines, link.line, link.href), link.href, by_number[link.target])
                      for link in record.links
                      if link.line and link.href and link.target is not None and link.target in by_number]
        for label, href, target in links[:_LINKS_READ - read]:
            read += 1
            assert target.number is not None
            if href is not None and "/" not in href.removeprefix("./"):
                folder[href.startswith("./")] += 1
            reference = _REFERENCE_LABEL.fullmatch(label.strip()) if label else None
            if reference is not None and int(reference.group(2)) == target.number:
                digits = reference.group(2)
                named[("reference", reference.group(1))] += 1
                if digits.startswith("0"):
                    widths[len(digits)] += 1
                elif target.id.isdigit() and len(digits) < len(target.id):
                    widths[0] += 1  # `[ADR 4](0004-x.md)`
            elif label and target.title and target.title.casefold() in label.casefold():
                named[("title", "")] += 1
    if not named and not folder:
        return LinkText()
    by, prefix = max(named, key=lambda shape: (named[shape], shape)) if named else (None, "")
    return LinkText(by, prefix, max(widths, key=lambda width: (widths[width], width)) if widths else None,
                    folder[True] > folder[False] if folder else None, alone[True] > alone[False])


def _successor_in_the_status(record: Record, by_number: Mapping[int, Record]
                             ) -> tuple[str | None, str | None, Record] | None:
    """The successor a superseded ``record``'s status value names (`Superceded by [ADR002](ADR002-x.md)`, a key
    line's, which its links do not hold): the text naming it and the link's target, None for a reference alone
    (`Superceded by ADR002`); None where the value names none of ``by_number``."""
    said = record.meta.get("status")
    if record.status != "superseded" or not record.superseded_by or not isinstance(said, str) \
            or any(link.label == "superseded-by" for link in record.links):
        return None
    target = by_number.get(record.superseded_by[0])
    if target is None:
        return None
    link = _A_LINK.search(said)
    if link is not None:
        return link.group(1), link.group(2), target
    alone = _REFERENCE_ALONE.search(said)
    if alone is None or int(alone.group(2)) != target.number:
        return None
    return alone.group(0), None, target


def _label_of(lines: list[str], line: int, href: str) -> str | None:
    """The text of the link to ``href`` on line ``line`` (1-based) of ``lines`` or the few after it (a wrapped
    paragraph or key line); None where there is none."""
    text = " ".join(lines[line - 1:line - 1 + _LINES_OF_A_LINK])
    return next((found.group(1) for found in _A_LINK.finditer(text) if found.group(2) == href), None)


_LINKS_READ = 20  # the newest links of a log read for how it names records: enough to tell its habit
_LINES_OF_A_LINK = 6  # the lines a link's paragraph or key line is read over from its first
_A_LINK = re.compile(r"\[([^\[\]]{1,200})\]\(([^()\s]+)\)")
# A link's text that names the record by a reference alone (`ADR 0004`, `ADR-4`, `0004`): its letters and joint,
# its digits.
_REFERENCE_LABEL = re.compile(r"((?:[A-Za-z]{1,6}[ -]?)?)(\d{1,6})")
# A reference a status names a record by without a link, its letters (capitals: not a phrase's `by 8`) before its
# digits (`ADR008`, `ADR-8`, `adr-8`).
_REFERENCE_ALONE = re.compile(r"(?<![\w-])((?:[A-Z]{1,6}|(?i:adr))[ -]?)(\d{1,6})(?![\w-])")


_TYPED = {"supersedes": "supersedes", "superseded-by": "superseded_by", "relates-to": "relates_to"}


def links_to(record: Record, label: str, other: Record) -> bool:
    """Whether ``record`` already names ``other`` under ``label``: by number (a typed field, a numbered link), or,
    ``other`` named by no number (log4brains' `20240301-x.md`, cbinsights' `zindex_values.md`), by a link to its
    file."""
    if other.number is not None:
        field = _TYPED.get(label)
        return (field is not None and other.number in getattr(record, field)) or any(
            link.label == label and link.target == other.number for link in record.links)
    return any(link.label == label and link.target is None and _unnumbered_id(record, link.href) == other.id
               for link in record.links)


def linked_code(record: Record, link_href: str | None) -> str | None:
    """The series code of the record a link of ``record``, a record of a log numbered in named series, names by its
    file (`ADR-STR-002` of `ADR-STR-002-x.md`); None for a link of any other record, or to no such file."""
    if record.code is None or not link_href:
        return None
    from adrtool.records.names import series_code

    return series_code(link_href.partition("#")[0].rpartition("/")[2])


def coded(record: Record, label: str, numbers: Iterable[int]) -> list[int | str]:
    """``numbers``, the records ``record`` names under ``label`` (`superseded-by`), each as the code of the record
    a link of that label names by its file where ``record`` is of a log numbered in named series (`ADR-STR-002`:
    two series' records share number 2); a number no such link names stays a number."""
    if record.code is None:
        return list(numbers)
    codes = {link.target: code for link in record.links if link.label == label and link.target is not None
             and (code := linked_code(record, link.href)) is not None}
    return list(dict.fromkeys(codes.get(number, number) for number in numbers))


def successors(record: Record) -> list[int | str]:
    """The records ``record`` is superseded by: their numbers (in a log numbered in named series, the codes of
    those a link names, ``coded``), then the ids of those with no number (log4brains' `superseded by
    [20240401-x](20240401-x.md)`, `superseded by [zindex_values](zindex_values.md)`), each once."""
    found: list[int | str] = coded(record, "superseded-by", record.superseded_by)
    found += [named for link in record.links if link.label == "superseded-by" and link.target is None
              and (named := _unnumbered_id(record, link.href)) is not None]
    return list(dict.fromkeys(found))


def named_as(record: Record, label: str) -> list[str]:
    """How messages name the records ``record`` names under ``label`` (`ADR 0003`, `20240301-x`), each once."""
    field = _TYPED.get(label)
    named = [f"ADR {number:04d}" for number in (getattr(record, field) if field else ())]
    named += [f"ADR {link.target:04d}" if link.target is not None else _unnumbered_id(record, link.href) or ""
              for link in record.links if link.label == label]
    return [name for name in dict.fromkeys(named) if name]


def _unnumbered_id(record: Record, href: str | None) -> str | None:
    """The id of the record with no number ``record``'s link to ``href`` names (``unnumbered_link_identity``)."""
    from adrtool.records.names import record_named_by_words, unnumbered_link_identity

    named = unnumbered_link_identity(href, by_words=record_named_by_words(record)) if href else None
    return named[1] if named is not None else None


def pairs_in_use(records: Iterable[Record]) -> dict[str, str]:
    """The relations ``records`` already write both ways, each mapped to its reverse (adr-tools' `adr link` takes
    any pair of phrases: `Refines` / `Is refined by`, `Upholds` / `Is upheld by`): a record linking another
    under one label, which links it back under another. The status relations are none of them."""
    from collections import Counter

    labels: dict[tuple[int | str, int | str], set[str]] = {}
    for record in records:
        own = record.number if record.number is not None else record.id
        for link in record.links:
            other = link.target if link.target is not None else _unnumbered_id(record, link.href)
            if other is not None and not _a_supersession(link.label):
                labels.setdefault((own, other), set()).add(link.label)
    backs: dict[str, Counter[str]] = {}
    for (source, target), ours in labels.items():
        for label in ours:
            for back in labels.get((target, source), ()):
                if back != label:
                    backs.setdefault(label, Counter())[back] += 1
    # each label's reverse: the one written back most often, then the first by name (never the order of a set)
    return {label: min(counted, key=lambda back: (-counted[back], back)) for label, counted in backs.items()}


def _a_supersession(label: str) -> bool:
    """Whether a link's label is a supersession, however spelt (`replaces`, `superceded-by`): `adr supersede`'s."""
    return label in STATUS_RELATIONS or label in ("replaces", "replaced-by") or label.startswith("super")


def link_keys(config: Config) -> frozenset[str]:
    """The metadata keys relations are written under (front matter)."""
    return frozenset(reverses(config))


def configured_keys(config: Config) -> frozenset[str]:
    """The keys the relations ``config`` adds are written under, both directions, as configured (``link_keys``
    refuses those it may not add): keys adr knows, for a write that reads how a log is kept."""
    return frozenset({*config.relations, *config.relations.values()})


def _check_configured(config: Config) -> None:
    """Refuse a configured relation, or its reverse, that the reader takes for a field, for a relation only a
    change of status writes, or for a built-in relation going another way (`status`, `deciders`, `replaces`,
    `amended-by`)."""
    if not config.relations:
        return
    from adrtool.records.dialects.normalize import canonical_key

    built_in = {**BUILT_IN, **{reverse: relation for relation, reverse in BUILT_IN.items()}}
    for relation, reverse in config.relations.items():
        both = ((relation, reverse), (reverse, relation))
        field = next((name for name, _ in both if canonical_key(name) in FIELD_KEYS), None)
        turned = next((name for name, other in both if built_in.get(canonical_key(name), canonical_key(other))
                       != canonical_key(other)), None)
        status = next((name for name, _ in both if canonical_key(name) in STATUS_RELATIONS), None)
        if field is not None:
            why = f"adrtool reads `{field}` as a record's {canonical_key(field)}"
        elif status is not None:
            why = f"`{status}` is read as {canonical_key(status)}, which `adr supersede` writes with the status"
        elif turned is not None:
            read_as = canonical_key(turned)
            why = f"`{turned}` is read as the relation {read_as}, whose reverse is {built_in[read_as]}"
        else:
            continue
        raise ReadError(f"`relations` cannot pair {relation} with {reverse}: {why}", path=config.source)
