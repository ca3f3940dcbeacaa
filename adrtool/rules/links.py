"""ADR4xx: links between records: metadata references and Markdown links."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from urllib.parse import unquote

from adrtool.model import Dialect, Record
from adrtool.records.names import linked_identity, parse_name
from adrtool.rules.context import Context, LogPart
from adrtool.rules.metadata import known_keys, missing_line, raw
from adrtool.rules.registry import ERROR, WARNING, Problem, at, log_rule, record_rule

LINK_KEYS = ("supersedes", "superseded-by", "relates-to")
_LINK_KEYS = frozenset(LINK_KEYS)
_SUPERSEDE_ONLY = ("supersedes", "superseded-by")  # the relations another tool's front matter must name records in
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# Links adr cannot follow from a record's directory: rooted at the site, an anchor, a site generator's content
# root (Zola's `@/documentation/x.md`, Docusaurus' `@site/docs/x.md`).
_SITE_ROOTED = ("/", "#", "@/", "@site/")
# Each key and the key the other record must hold for the link to be reciprocal.
BACK_KEY = {"supersedes": "superseded-by", "superseded-by": "supersedes", "relates-to": "relates-to"}
NYGARD_LABEL = {"supersedes": "Supersedes", "superseded-by": "Superseded by", "relates-to": "Relates to"}


def references(record: Record) -> Iterator[tuple[str, int, int | None]]:
    """(key, record number, line) for every record this one names in its metadata."""
    if record.format is Dialect.NYGARD:
        for link in record.links:
            if link.target is not None and not _in_another_directory(record, link.href):
                yield link.label, link.target, link.line
        return
    if not (record.supersedes or record.superseded_by or record.relates_to):
        return
    # numbers named only by a link into another log (`* Relates to [ADR-0009](../adr/0009-x.md)`) are
    # judged by ADR403, by the file the link names
    elsewhere = {(link.label, link.target) for link in record.links
                 if link.target is not None and _in_another_directory(record, link.href)} if record.links else set()
    for key, numbers in (("supersedes", record.supersedes), ("superseded-by", record.superseded_by),
                         ("relates-to", record.relates_to)):
        if numbers:
            _, line = raw(record, key)
            if line is None and key == "superseded-by":
                _, line = raw(record, "status")  # MADR: `status: superseded by ADR-0005`
            lines = _link_lines(record, key, line)
            for number in numbers:
                if (key, number) not in elsewhere:
                    yield key, number, lines.get(number, line)


def _link_lines(record: Record, key: str, line: int | None) -> dict[int, int]:
    """The line of each record number a relation's links name, when the relation is read from its links (a `##
    Links` section's `* Related to [ADR-0004](..)`, one a line: its key's line is the first link's); nothing when
    the key's own line names them (`relates-to: [4, 5]`)."""
    found: dict[int, int] = {}
    for link in record.links:
        if link.label == key and link.target is not None and link.line:
            found.setdefault(link.target, link.line)
    return found if line in found.values() else {}


def _in_another_directory(record: Record, href: str | None) -> bool:
    """Whether a relative link leads out of the record's directory (`../../other/docs/adr/0021-x.md`: a record
    of another log, numbered there; ADR403 says whether the file exists)."""
    if not href or "/" not in href or _SCHEME.match(href):
        return False
    target = os.path.normpath(os.path.join(record.path.parent, unquote(href.split("#", 1)[0])))  # (a record kept in a
    # folder of its own links from there)
    return os.path.dirname(target) != os.path.normpath(record.directory)


def numbers_of(record: Record, key: str) -> tuple[int, ...]:
    return {"supersedes": record.supersedes, "superseded-by": record.superseded_by,
            "relates-to": record.relates_to}[key]


@record_rule("ADR401", "missing-link-target", ERROR,
             "A successor, `supersedes` or `relates-to` target must be a record that exists, or the chain "
             "of decisions breaks. A link to a record of another log is judged by its file (ADR403). In a log "
             "adrtool does not keep, a front matter `relates-to` item without a number may name any document. A "
             "record related in words alone, with no link (a `Related Decisions` list of records to come), is a "
             "warning.")
def missing_link_target(record: Record, context: Context) -> Iterator[Problem]:
    if record.supersedes or record.superseded_by or record.relates_to or record.links:
        part = context.part_of(record)
        # A record named by a link to its file alone (`Supersedes [8. Z](0008-z.md)`, a `## Related` item): ADR403
        # says the file does not exist, once, where the link is.
        by_file = {(link.target, link.line) for link in record.links
                   if link.target is not None and link.href and ".md" in link.href.lower()}
        linked = {number for number, _ in by_file}
        # A record related in words alone, no link (`## Related Decisions` / `- ADR 0004: Data Partitioning`): one
        # planned, maybe, not a link gone wrong: a warning.
        mentioned = {(link.target, link.line) for link in record.links
                     if link.target is not None and not link.href and link.label == "relates-to"}
        for key, number, line in references(record):
            if (number, line) in by_file or (number in linked and _named_by_links(raw(record, key)[0])):
                continue
            if not part.exists(number) and not part.exists_in_a_subfolder(number) \
                    and not _in_another_log(number, part, context):  # (a subfolder's: ADR101)
                yield at(record, line, f"{key} names ADR {number:04d}, which does not exist",
                         severity=WARNING if (number, line) in mentioned or _related_in_words(record, key) else None)
        for link in record.links:  # `[x](20240101-x)`: a date-named record linked without `.md` (ADR403 judges
            href = link.href       # the links to a `.md` file)
            if link.target is None and href and ".md" not in href.lower() and not _in_another_directory(record, href):
                named = linked_identity(href)
                if named is not None and f"{named[1]}.md" not in part.decision_files \
                        and not _named_in_another_log(f"{named[1]}.md", part, context):
                    yield at(record, link.line, f"{link.label} names {named[1]}, which does not exist")
    if record.format is not Dialect.FRONTMATTER or (known_keys(record) and _LINK_KEYS.isdisjoint(record.meta)):
        return
    unread = {item.line for item in record.unread}  # values YAML refused: ADR100 reports them
    # Another tool's log relates its records to any document (`related: [plan-backend-api-privacy]`, a plan or
    # a study beside the decisions): only its supersede items must name records. A log kept with adrtool writes
    # each relation as numbers.
    keys = LINK_KEYS if context.part_of(record).conventions.adrtool else _SUPERSEDE_ONLY
    for key in keys:
        value, line = raw(record, key)
        if line in unread:
            continue
        for item in value if isinstance(value, list) else [] if value is None else [value]:
            if not _names_a_number(item) and not _a_document_beside(record, item) \
                    and not _a_record_s_words(item, record, context) and not context.part_of(record).names_by_id(item) \
                    and (keys is LINK_KEYS or key != "superseded-by" or not _a_successor_in_words(item)):
                yield at(record, line, f"{key} item {item!r} names no record number")


def _related_in_words(record: Record, key: str) -> bool:
    """Whether ``key`` is a header line relating the record to others in words alone, no link (`- **Related**:
    ADR-0017 Docker Secrets, an internal review`): a record of a sibling repository, or one to come, as a `Related
    Decisions` list's words are. Front matter relations are the log's own data, and stay errors."""
    if key != "relates-to" or record.format is Dialect.FRONTMATTER:
        return False
    value, _ = raw(record, key)
    return isinstance(value, str) and "](" not in value


_WORDS_OF_A_SENTENCE = 4


def _a_successor_in_words(item: object) -> bool:
    """Whether a supersede item is a sentence that names no record (claylo/claylo-rs: `superseded_by: Workspace
    version inheritance is now always used (..)`): what replaced the decision is no record, which ADR302 says."""
    return type(item) is str and len(item.split()) >= _WORDS_OF_A_SENTENCE and not any(char.isdigit() for char in item)


def _named_by_links(value: object) -> bool:
    """Whether a relation's value is absent from the metadata (its links are the body's, a `## Related` list's) or
    written as links (`Relates to [ADR-0009](0009-x.md)`)."""
    return value is None or (type(value) is str and "](" in value)


def _a_document_beside(record: Record, item: object) -> bool:
    """Whether ``item`` is the relative path of a file that exists, seen from the record (`related:` holding
    `../../docs/runbooks/flagg-gate5-staged-migration.md`, joelhooks/joelclaw): a related document, not a
    reference to a record gone wrong."""
    if type(item) is not str or "/" not in item or _SCHEME.match(item) or "\0" in item:
        return False
    return os.path.isfile(os.path.join(record.directory, unquote(item.strip().split("#", 1)[0])))


def _a_record_s_words(item: object, record: Record, context: Context) -> bool:
    """Whether ``item`` is the words of a record's file name in the record's log (`hosting-on-render` for
    `0008-hosting-on-render.md`): the reader took it for that record's number."""
    if type(item) is not str or not item.strip() or not item.strip()[0].isalpha():
        return False
    return item.strip() in context.part_of(record).names_by_slug


def _in_another_log(number: int, part: LogPart, context: Context) -> bool:
    """Whether another log of the project has record ``number``: a record that names one by number alone
    (`- ADR-002: Generate the client` under `## Related ADRs`, dougborg/katana-openapi-client) may mean it."""
    parts = context.parts
    return len(parts) > 1 and any(other.owner is not part.owner and other.exists(number) for other in parts)


def _named_in_another_log(name: str, part: LogPart, context: Context) -> bool:
    """Whether another log of the project has a record file ``name`` (a date-named record named by its id alone,
    `Supersedes: 20260423-x.md`, where V-Sekai/manuals keeps it: in `_archive/decisions/` beside `decisions/`)."""
    parts = context.parts
    return len(parts) > 1 and any(other.owner is not part.owner and name in other.decision_files for other in parts)


def _names_a_number(item: object) -> bool:
    """Whether ``item`` names a record, or says there is none (`None`, an empty placeholder `""` that a template
    left for the link: hleserg/azimut), or names only another system's ids (`CM-002`, `AUTH-001, AUTH-002`:
    requirements or tickets, which adr cannot check and does not judge)."""
    if isinstance(item, int) and not isinstance(item, bool):
        return item >= 0  # as number_of judges it, without loading the reader
    from adrtool.records.dialects.normalize import (
        as_numbers,
        dated_references,
        external_ids,
        names_a_day_and_sequence,
        negated,
        number_of,
    )

    if type(item) is not str:
        return number_of(item) is not None
    if not item.strip():
        return True
    return bool(as_numbers(item)) or negated(item) or external_ids(item) or bool(dated_references(item)) \
        or names_a_day_and_sequence(item)


@log_rule("ADR402", "non-reciprocal-link", WARNING,
          "Links go both ways (supersedes / superseded-by, relates-to / relates-to, amends / amended-by and the "
          "pairs of config `relations`), so that either record leads to the other. Only in a log kept with "
          "adrtool: other tools write a link one way.")
def non_reciprocal(context: Context) -> Iterator[Problem]:
    from adrtool.records.relations import reverses

    backs = {**reverses(context.config), **BACK_KEY}
    others = tuple(key for key in backs if key not in BACK_KEY)  # amends, amended-by, configured pairs
    for record in context.log.records:
        extra = _extra_relations(record, others)
        if not (record.supersedes or record.superseded_by or record.relates_to or extra) or record.number is None:
            continue
        part = context.part_of(record)
        if not part.conventions.adrtool:
            continue  # other tools write a link one way (MADR's `superseded by` status): their convention
        if part.single(record.number) is not record:
            continue  # a shared number: ADR103 says so, and links to it are ambiguous
        for key in (*LINK_KEYS, *extra):
            back = backs[key]
            for number in relation_targets(record, key):
                other = part.single(number)
                if other is None or other is record or (context.scope is not None and not context.in_scope(other.path)):
                    continue
                if record.number not in relation_targets(other, back):
                    yield _missing_back_link(context, other, back, record, key)


def _extra_relations(record: Record, keys: tuple[str, ...]) -> tuple[str, ...]:
    """Which of the relations beyond the built-in three (``keys``) ``record`` holds."""
    if record.format is Dialect.NYGARD:
        return tuple(key for key in keys if any(link.label == key for link in record.links))
    if record.format is Dialect.FRONTMATTER and known_keys(record):
        return ()  # every key is one of KNOWN_KEYS: no other relation
    return tuple(key for key in keys if raw(record, key)[0] is not None)


def relation_targets(record: Record, key: str) -> tuple[int, ...]:
    """The records ``record`` names under the relation ``key``, in any dialect."""
    if key in BACK_KEY:
        return numbers_of(record, key)
    if record.format is Dialect.NYGARD:
        return tuple(link.target for link in record.links if link.label == key and link.target is not None)
    from adrtool.records.dialects.normalize import as_numbers

    return as_numbers(raw(record, key)[0])


def _missing_back_link(context: Context, record: Record, key: str, source: Record, source_key: str) -> Problem:
    assert source.number is not None
    _, line = raw(record, key)
    if line is None and key == "superseded-by":
        _, line = raw(record, "status")
    said = {"supersedes": f"ADR {source.number:04d} supersedes this record",
            "superseded-by": f"ADR {source.number:04d} names this record as its successor",
            "relates-to": f"ADR {source.number:04d} relates to this record"}.get(
                source_key, f"ADR {source.number:04d} says {source_key} this record")
    return at(record, line or missing_line(record), f"{said}, but {key} here does not name it; "
                                                    f"{_fix(record, key, source)}")


def _fix(record: Record, key: str, target: Record) -> str:
    assert target.number is not None
    if record.format is Dialect.FRONTMATTER:
        return f"add {target.number} to {key}" if raw(record, key)[0] is not None else \
            f"add {key}: [{target.number}]"
    if record.format is Dialect.NYGARD:
        label = NYGARD_LABEL.get(key, key.replace("-", " ").capitalize())
        return (f"add '{label} [{target.number}. {target.title or ''}]({target.path.name})' to its Status section"
                f" (adr link {record.number} {key} {target.number})")
    if record.format is Dialect.MADR2:
        return f"add a '* {key.capitalize()}: ADR-{target.number:04d}' line under the title"
    return f"link back to ADR {target.number:04d}"


@record_rule("ADR403", "dangling-link", ERROR,
             "A relative Markdown link to a record file, or to a Markdown file beside the records, that does not "
             "exist (renamed, renumbered, mistyped).")
def dangling_link(record: Record, context: Context) -> Iterator[Problem]:
    facts = context.facts_of(record)
    if facts is None or not facts.links:
        return
    part = context.part_of(record)
    here = str(record.directory)
    folder = str(record.path.parent)  # (a record kept in a folder of its own links from there)
    for link in facts.links:
        href = link.href
        if _SCHEME.match(href) or href.startswith(_SITE_ROOTED):
            continue
        written = unquote(href.split("#", 1)[0].split("?", 1)[0])
        target = written.replace("\\", "/")  # as a browser reads it (GitHub's pages): Windows writes paths so
        name = target.rsplit("/", 1)[-1]
        named = parse_name(name)
        resolved = os.path.normpath(os.path.join(folder, target))
        if os.path.dirname(resolved) == here:
            if named is None and not name.lower().endswith(".md"):
                continue
            exists = name in part.decision_files
        elif named is None and (folder == here or not name.lower().endswith(".md")):
            continue  # (a Markdown file beside a record kept in a folder of its own is looked for)
        else:
            exists = context.path_exists(resolved)
        if exists or (named is None and _a_placeholder_name(name)):
            continue
        number = named.number if named is not None else None
        into = part if os.path.dirname(resolved) == here else _part_at(os.path.dirname(resolved), context)
        candidates = into.names_by_number.get(number, []) if number is not None and into is not None else []
        if named is not None and into is not None \
                and (same := _named_alike(named.slug, number, into, record.filename)) is not None:
            hint = f"; the record of the same words is {_shown_from(same, into, here)}"  # `0200-x.md` for `0500-x.md`
        elif len(candidates) == 1 and number is not None and into is not None \
                and _meant_for(os.path.dirname(resolved), target, into):
            hint = f"; ADR {number:04d} is {_shown_from(candidates[0], into, here)}"
        else:
            hint = _from_root_hint(target, here, context)
        yield at(record, link.line, f"link target {written!r} does not exist{hint}", link.column)


# Letters standing for a record's number in an example's file name (RIOT's memo on memos: `deprecated by [RDM
# XXXX](./rdmXXXX.md)`; `NNNN-title.md`), before a joint, the extension or the end.
_NUMBER_PLACEHOLDER = re.compile(r"(?<![xXnN])(?:[xX]{3,}|[nN]{3,})(?=[-_ .]|$)")  # a run tried once


def _a_placeholder_name(name: str) -> bool:
    """Whether the file ``name`` a link leads to is an example's, its number written as letters (`rdmXXXX.md`,
    `NNNN-title.md`): no file to look for. A name with a digit is a record's (`0003-use-xxx.md` may be missing)."""
    return not any(map(str.isdigit, name)) and _NUMBER_PLACEHOLDER.search(name) is not None


def _named_alike(slug: str, number: int | None, into: LogPart, linking: str) -> str | None:
    """The one record file of ``into``'s log whose name has the words ``slug`` (of a link's missing file) under
    another number: the file the link meant, its number mistyped or since changed. Never the linking record's own
    file, ``linking`` (a successor named as its predecessor is, `0015-x.md` linking `0018-x.md`)."""
    alike = [name for other, name in into.names_by_slug.get(slug, ()) if other != number and name != linking] \
        if slug else []
    return alike[0] if len(alike) == 1 else None


def _part_at(directory: str, context: Context) -> LogPart | None:
    """The log a link leading out of its record's folder into ``directory`` is hinted by: of several logs, the
    one kept there, if any (never the linking log's records: `../../../docs/adr/005-x.md` one `..` short of the
    root's log means that log's 5); a project's only log, wherever the link leads."""
    parts = context.parts
    if all(part.owner is parts[0] for part in parts):
        return parts[0]
    return next((part for part in parts if str(part.directory) == directory), None)


def _meant_for(directory: str, target: str, into: LogPart) -> bool:
    """Whether a link whose file is missing was meant for a record of ``into``'s log, so that the record of its
    number is the hint: it leads into a folder of the log, or names the log's folder on a wrong path (`docs/adr/x.md`
    written from the project's root, `../../../docs/adr/x.md` one `..` short). Not a link that leaves the log for a
    document numbered as a record is (`../5-protocole-h-link.md`, a chapter of the docs above it)."""
    if any(str(part.directory) == directory for part in into.owner.group):
        return True
    folder = os.path.dirname(target)
    return bool(folder) and os.path.basename(os.path.normpath(folder)) == into.owner.directory.name


def _shown_from(name: str, into: LogPart, here: str) -> str:
    """A record file ``names_by_number`` names (from the directory of ``into``'s log) as the hint shows it: its
    name, or, in another folder of the log than the one the link led into (an area's record, or the log's own
    from an area: `../0031-x.md`), its path from the linking record's folder ``here``."""
    owner = into.owner
    if owner is into and "/" not in name:
        return name
    return os.path.relpath(os.path.join(owner.directory, name), here).replace(os.sep, "/")


def _from_root_hint(target: str, here: str, context: Context) -> str:
    """For a link written from the project's root (`docs/design/x.md` in `docs/adr/0002-y.md`): that it
    resolves from the record's own folder, and the link that reaches the file from there."""
    root = str(context.workspace.root)
    if target.startswith(("./", "../")) or "/" not in target:
        return ""
    from_root = os.path.normpath(os.path.join(root, target))
    if not from_root.startswith(root + os.sep) or not context.path_exists(from_root):
        return ""
    return f"; from the record's folder, the project's {target} is {os.path.relpath(from_root, here)!r}"
