"""Where a decision log is when no name adrtool knows says so: other tools' files that name it, and directories
that look like one.

``adrtool.project.workspace.locate`` asks here only after --dir, config, `.adr-dir`, `.log4brains.yml`, the
conventional directories and the components' logs found nothing, so none of this changes which log those
find. In that order:

- Structurizr's `!adrs <path>` in a `workspace.dsl` at the root, or in `doc/`, `docs/` or `architecture/`,
  or one folder below them (`docs/structurizr/workspace.dsl`): the path is relative to the `.dsl` file.
- Backstage's annotation `backstage.io/adr-location: <path>` in the root's `catalog-info.yaml`, relative to
  that file (a URL there names no directory of the project).
- A bounded search, breadth first, ``SEARCH_DEPTH`` levels down at most, for directories of numbered Markdown records
  that look like a decision log (``looks_like_log``); the shallowest level that holds one ends it.
- The root itself, when it holds such records (a repository that is nothing but a log).

These files belong to other tools: one that cannot be read or parsed names nothing and is passed over.
Which file names are records is the records layer's business (``adrtool.records.names``), a layer up;
``record_like`` is a quick test that agrees with it on every real log's names we keep.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from adrtool.fsio.reading import read_head
from adrtool.model import FOLDER_RECORD_FILES, TEMPLATE_IN_LANGUAGES
from adrtool.patterns import deferred

# A monorepo's components, and the search, pass over these directories: they hold code, dependencies or test
# data, never a project's own decisions.
NOT_COMPONENTS = frozenset({"node_modules", "vendor", "third_party", "target", "build", "dist", "venv", "env",
                            "site-packages", "__pycache__", "test", "tests", "testdata", "fixtures", "examples",
                            "example", "samples", "templates"})
# The hidden directories a search of hidden ones passes over: version control's, and those of environments,
# caches and fetched dependencies (a vendored Terraform module may hold its own decision log).
NOT_SEARCHED_HIDDEN = frozenset({".git", ".hg", ".svn", ".bzr", ".venv", ".tox", ".nox", ".cache", ".mypy_cache",
                                 ".pytest_cache", ".ruff_cache", ".hypothesis", ".eggs", ".npm", ".yarn",
                                 ".pnpm-store", ".next", ".nuxt", ".svelte-kit", ".angular", ".turbo", ".terraform",
                                 ".gradle", ".m2", ".cargo", ".stack-work", ".bundle", ".idea", ".vs"})
STRUCTURIZR_FILE = "workspace.dsl"
_DSL_FOLDERS = ("doc", "docs", "architecture")  # besides the root; each and its subfolders
BACKSTAGE_FILES = ("catalog-info.yaml", "catalog-info.yml")
BACKSTAGE_ANNOTATION = "backstage.io/adr-location"
_MAX_NAMING_FILE = 1024 * 1024
SEARCH_DEPTH = 4
SEARCH_LIMIT = 2000  # directories listed at most: the search ends there, having found nothing
# The words of a directory's name that say it keeps decisions (`adr`, `docs/design-decisions`,
# `architecture-decision-records`): every conventional name has one; in the languages logs are kept in too
# (`docs/decisiones/`, KolonLabs/forja).
DECISION_WORDS = frozenset({"adr", "adrs", "madr", "decision", "decisions", "decisiones", "decisoes", "decisões",
                            "décisions", "decisioni", "entscheidungen", "beslissingen", "beslutninger", "beslut",
                            "decyzje", "решения"})
# Where teams keep a log: a directory so named (``adrtool.project.workspace`` looks for them at the root, under
# doc(s)/ or doc(s)/architecture/; a search takes one holding a single record for a log).
CONVENTIONAL_NAMES = ("decisions", "adr", "adrs", "ADR", "ADRs", "architecture-decisions",
                      "architecture-decision-records", "architecture-decision-record", "decision-records",
                      "decision-log", "Decisions", "DECISIONS")
_LOG_NAMES = frozenset(name.lower() for name in CONVENTIONAL_NAMES)
# The first record adr-tools, MADR and log4brains write in a new log.
_FIRST_RECORDS = ("record-architecture-decisions", "use-markdown-architectural-decision-records",
                  "use-markdown-any-decision-records", "use-log4brains-to-manage-the-adrs",
                  "architecture-decision-record")  # and a log's own first record about them, named so
# A record's prefix may name the scope whose sequence the number is of (`ADR-ARCH-0001-x.md`, `ADR-P0AP-0001-x.md`).
_RECORD_SHAPE = deferred(r"(?:a?dr(?:[-_ ]?|[-_ ]((?:[a-z]+(?:\d+[a-z]+)*[-_ ]){1,2})))?\d+(?:[-_ ](.*))?\.md",
                         re.IGNORECASE)
_WORD_BREAK = deferred(r"[-_. ]+")
# A decision record template beside the records (`adr-template.md`, `0000-madr-template.md`, `template-adr.md`,
# `adr-0000-template.md`):
# elastic/cloud-on-k8s keeps its log in `docs/design/` so.
_DECISION_TEMPLATE = deferred(r"(?:adr[-_]?\d+[-_]template|(?:\d+[-_])?"
                              r"(?:(?:m?adr|decision)[-_ ]?template|template[-_ ](?:m?adr|decision)))"
                              r"(?:[-_ ][a-z0-9]+)*\.md", re.IGNORECASE)


def record_like(name: str) -> bool:
    """Whether a file name is a record's (`0001-x.md`, `adr-01.md`, `2021-01-14-x.md`, a tech-docs page's
    `adr-001.html.md.erb`), not a template's (`0000-template.md`, `0000-ladr-template.md`,
    `0001-adr-template-v2.md`, `0000-plantilla.md`): the first character rules out most names before the match. A
    short slug with the word `template` (or its name in another language) is a template's here, where the records
    layer reads its words (`0002-template-for-rfcs.md` is a record there): it can only keep a directory below the
    two records a search asks for."""
    first = name[:1]
    if not (first.isdigit() or first in "aAdD"):
        return False
    if name[-3:].lower() != ".md" or name[-8:-3].lower() == ".html":
        markdown = _markdown_stem(name)  # a tech-docs page (`adr-001.html.md.erb`), an `.mdx` or `.qmd` record
        if markdown is None:
            return False
        name = markdown + ".md"
    shape = _RECORD_SHAPE.fullmatch(name)
    if shape is None:
        return False
    scope, slug = shape.groups("")
    words = _WORD_BREAK.split(slug.lower())
    if "template" in _WORD_BREAK.split(scope.lower()):  # a scope so named, its records' words after the number
        return bool(slug) and "template" not in words  # (`ADR-TEMPLATE-0001-x.md`; `adr-template-0001.md` is none)
    return ("template" not in words and TEMPLATE_IN_LANGUAGES.isdisjoint(words)) or len(words) > 3


def says_decisions(name: str) -> bool:
    """Whether a directory's name says it keeps decisions, by its words."""
    return not DECISION_WORDS.isdisjoint(_WORD_BREAK.split(name.lower()))


def looks_like_log(name: str, files: list[str], folder: str | None = None) -> bool:
    """Two or more record-named Markdown files (or one named `adr-N`, or one in a folder named for decisions, beside
    a decision record template: a log's first record), and one
    more sign that they are decisions: the directory's name says so, the records' names start with `adr`, or one
    is the first record adr-tools, MADR or log4brains writes. Numbered tutorials, plans and dated blog posts give no
    such sign. With ``folder`` (the directory's path), what the records say is the sign instead
    (``reads_like_log``): a search asks so only where no name gave a sign."""
    if folder is not None:
        return reads_like_log(files, folder)
    records = [file.lower() for file in files if record_like(file)]
    template = any(_DECISION_TEMPLATE.fullmatch(file) for file in files)
    if len(records) < 2 and not (template and records and (records[0].startswith("adr") or says_decisions(name))):
        return False
    if says_decisions(name) or sum(record.startswith("adr") for record in records) >= 2 or template:
        return True
    return any(first in record for record in records for first in _FIRST_RECORDS)


def one_record_log(name: str, files: list[str], folder: str) -> bool:
    """Whether a directory of a name teams give a log (``CONVENTIONAL_NAMES``: `adr/`, `ADR/`, `decisions/`) is a log
    holding its first record: one numbered record (perhaps beside a template of any name), named or titled as an ADR
    (`ADR-0001-x.md`, `# ADR-0001: ..`) or reading as a decision. gogooku3's `docs/governance/adr/` beside its
    `template.md`; Aventide's domains, each an `ADR/0001-contexto-y-decisiones.md` titled `# ADR-0001: ..`. A
    lone numbered note in a folder of another name is no log."""
    if name.lower() not in _LOG_NAMES:
        return False
    records = [file for file in files if record_like(file)]
    if len(records) != 1:
        return False
    head = _record_head(folder, records[0])
    return records[0].lower().startswith("adr") or _TITLED_ADR.match(head.lstrip("\ufeff")) is not None \
        or reads_as_decision(head)


_TITLED_ADR = deferred(r"#[ \t]+ADR[-_ ]?\d", re.IGNORECASE)
_DAY_NAMED = deferred(r"(?:19|20)\d\d[-_]?\d\d?[-_]?\d\d?(?!\d)")


def reads_like_log(files: list[str], folder: str) -> bool:
    """Whether two of the first three numbered records of the directory ``folder`` read as decisions
    (``reads_as_decision``), whatever its name. Files named by a day (a journal's, a blog's, a report's) are not
    numbered records here."""
    records = sorted(file for file in files if record_like(file) and _DAY_NAMED.match(file) is None)
    return len(records) >= 2 and sum(reads_as_decision(_record_head(folder, record))
                                     for record in records[:3]) >= 2


def _record_head(folder: str, name: str) -> str:
    """``_head`` of the record ``name`` of ``folder``: the file, or the README or index of a record kept in a
    folder of its own (``_kept_in_folders``)."""
    path = os.path.join(folder, name)
    if not os.path.isdir(path[:-3]) or os.path.lexists(path):
        return _head(path)
    return next((head for file in FOLDER_RECORD_FILES if (head := _head(os.path.join(path[:-3], file)))), "")


# How much of a record the search reads: a decision's status, or its Context and Decision headings, come early.
_HEAD = 8192
_SECTION_HEADING = deferred(r"#{1,6}[ \t]+(status|context|decision)[^\n]*", re.IGNORECASE)
_STATUS_LINE = deferred(r"(?:[-*+][ \t]+)?(?:\*\*|__)?status(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*"
                        r"([^\s*_|])", re.IGNORECASE)
# Values of a `status:` that say a page's state, not a decision's (a blog's `status: publish`, HTTP's `Status: 200`),
# or a task's (a tracker's `## Status` / `✅ COMPLETED`, an incident's `**Status:** Resolved`).
_NOT_A_DECISION_STATE = frozenset({"publish", "published", "private", "future", "trash", "inherit", "completed",
                                   "complete", "done", "todo", "available", "blocked", "resolved", "fixed", "ready",
                                   "doing", "started", "ongoing", "open", "closed", "wip", "in", "not",
                                   "canonical", "reference", "released", "shipped"})
# The headings of a decision that states no status: its context and the decision itself (not `## Context window`
# or `## Decision trees` of a chapter).
_CONTEXT_HEADINGS = frozenset({"context", "context and problem statement", "background"})
_DECISION_HEADINGS = frozenset({"decision", "decisions", "decision outcome", "the decision"})


def reads_as_decision(head: str) -> bool:
    """Whether the start of a Markdown file reads as a decision record: a `Status` heading (Nygard's, Cosmos') or a
    `Status:` line (`**Status:** Accepted`, front matter's `status: Proposed`) or a table's `| Status | Draft |`
    row whose value opens with a word that is no page's or task's state, or headings `Context` and `Decision` (a
    decision without a status). A chapter (`## Prerequisites`), a heading `## Status codes`, `Status: 200 OK`, a
    blog post's `status: publish` or a task's `## Status` / `✅ COMPLETED` is none: a cheap look at line starts."""
    if "tatus" not in head and "TATUS" not in head and "ecision" not in head and "ECISION" not in head:
        return False
    headings: set[str] = set()
    lines = head.splitlines()
    for index, line in enumerate(lines):
        start = line.lstrip(" >")
        if start[:1] == "#":
            heading = _SECTION_HEADING.fullmatch(start.rstrip())
            if heading is not None:
                words = " ".join(start.lstrip("#").strip().strip("*_:").strip().lower().split())
                if words == "status":
                    value = next((later for later in lines[index + 1:index + 6] if later.strip()), "")
                    return _a_decision_state(value)
                headings.add(words)
        elif start[:1].lower() in "s-*+_" and "tatus" in start[:12].lower():
            keyed = _STATUS_LINE.match(start)
            if keyed is not None and keyed.group(1).isalpha() and _a_decision_state(start[keyed.start(1):]):
                return True
        elif start[:1] == "|" and "tatus" in start[:16].lower():
            cells = start.strip(" |").split("|")
            if len(cells) > 1 and cells[0].strip(" *_:").lower() == "status" and _a_decision_state(cells[1]):
                return True
    return not headings.isdisjoint(_CONTEXT_HEADINGS) and not headings.isdisjoint(_DECISION_HEADINGS)


def _a_decision_state(value: str) -> bool:
    """Whether a status's value opens with a word (past emoji and markup) that is no page's or task's state."""
    word = _FIRST_WORD.search(value)
    return word is not None and word.group(0).lower() not in _NOT_A_DECISION_STATE


_FIRST_WORD = deferred(r"[^\W\d_]+")


def _head(path: str) -> str:
    """The first ``_HEAD`` bytes of a regular file as text (undecodable bytes replaced); empty for anything else
    (a FIFO, a device, a symbolic link) or when it cannot be read."""
    return read_head(path, _HEAD).decode("utf-8", "replace")


def structurizr_dirs(root: Path) -> list[Path]:
    """The paths `!adrs` names in the project's `workspace.dsl` files, relative to each file, as named."""
    named: list[Path] = []
    for dsl in _dsl_files(root):
        text = _small_text(dsl)
        for path in _adrs_paths(text) if text is not None else ():
            if dsl.parent / path not in named:
                named.append(dsl.parent / path)
    return named


def _dsl_files(root: Path) -> list[Path]:
    folders = [root]
    for name in _DSL_FOLDERS:
        folder = root / name
        if os.path.isdir(folder) and not os.path.islink(folder):
            folders += [folder, *subdirectories(folder)]
    return [folder / STRUCTURIZR_FILE for folder in folders if os.path.isfile(folder / STRUCTURIZR_FILE)]


def _adrs_paths(text: str) -> list[str]:
    """The first argument of each `!adrs` line (`!adrs doc/adr`, `!adrs "my adrs" madr`), outside comments;
    a URL is no directory of the project."""
    paths = []
    in_comment = False
    for line in text.splitlines():
        stripped = line.strip()
        if in_comment:
            in_comment = "*/" not in stripped
            continue
        if stripped.startswith("/*"):
            in_comment = "*/" not in stripped[2:]
            continue
        if stripped[:5].lower() != "!adrs" or stripped[5:6] not in (" ", "\t"):
            continue
        rest = stripped[6:].lstrip()  # not empty: the line is stripped, and a blank follows `!adrs`
        path = rest[1:].split('"', 1)[0] if rest.startswith('"') else rest.split(None, 1)[0]
        if path and "://" not in path:
            paths.append(path)
    return paths


def backstage_dirs(root: Path) -> list[Path]:
    """The paths the root's `catalog-info.yaml` names by `backstage.io/adr-location`, in each of its entities
    (one file may describe several), relative to the file, as named."""
    import yaml

    named: list[Path] = []
    for name in BACKSTAGE_FILES:
        marker = root / name
        text = _small_text(marker) if marker.is_file() else None
        if text is None or BACKSTAGE_ANNOTATION not in text:
            continue
        try:
            documents = list(yaml.safe_load_all(text))
        except (yaml.YAMLError, RecursionError):
            continue
        for document in documents:
            metadata = document.get("metadata") if isinstance(document, dict) else None
            annotations = metadata.get("annotations") if isinstance(metadata, dict) else None
            value = annotations.get(BACKSTAGE_ANNOTATION) if isinstance(annotations, dict) else None
            if isinstance(value, str) and value.strip() and "://" not in value:
                path = marker.parent / value.strip()
                if path not in named:
                    named.append(path)
    return named


def _small_text(path: Path) -> str | None:
    """A naming file's text; None when it is no regular file, too large, or not UTF-8 text."""
    from adrtool.errors import ReadError
    from adrtool.fsio import read_bytes, text_of

    try:
        return text_of(path, read_bytes(path, _MAX_NAMING_FILE, "file naming the decision directory"))
    except ReadError:
        return None


def searched_logs(root: Path, by_content: bool = False, begun: list[Path] | None = None, *,
                  hidden: bool = False) -> list[Path]:
    """The directories below ``root`` that look like a decision log, found level by level (hidden
    directories, those of ``NOT_COMPONENTS`` and symbolic links are passed over): those of the shallowest level
    that holds any, and below it those named as logs are (`pk/m1/adr/`), in order of their paths; once
    ``SEARCH_LIMIT`` directories were listed, those found so far (none where none was). By their
    names, or ``by_content``, by what their records say: asked only when names found no log anywhere, so that
    a log its name finds deeper is never outranked by numbered notes with a status nearer the root. ``hidden``:
    hidden directories are searched too (but those of ``NOT_SEARCHED_HIDDEN``), as they are when no other
    search found a log: coding agents keep their project's decisions in theirs (`.ai-context/adr/`,
    `.claude/adr/`)."""
    level = _listing(str(root), hidden=hidden)[1]  # paths as text: thousands of directories make no Path of each
    listed = 1
    logs: list[str] = []  # those of the shallowest level, then the deeper logs named as logs are
    for _ in range(SEARCH_DEPTH):
        found: list[str] = []
        below: list[str] = []
        unnamed: list[tuple[str, list[str]]] = []  # folders of records that gave no sign by their names
        for folder in level:
            listed += 1
            if listed > SEARCH_LIMIT:
                return [Path(folder) for folder in logs]
            files, folders = _with_folder_records(folder, hidden)
            name = os.path.basename(folder)
            if (not logs or name.lower() in _LOG_NAMES) and (
                    looks_like_log(name, files, folder if by_content else None)
                    or one_record_log(name, files, folder)):
                found.append(folder)
            else:
                below += folders
                if not by_content and not logs:
                    unnamed.append((folder, files))
                    if begun is not None and not begun and _not_begun(name, files):
                        begun.append(Path(folder))
        if found and not logs:
            found += _read_beside(found, unnamed)
            found += _by_topic(found)
        logs = sorted(logs + found)
        level = below
    return [Path(folder) for folder in logs]


# A record numbered after its category's letters (kougakusai/DR's `Clubhook/architecture/ARC-002-x.md`,
# `Clubhook/engineering/ENG-001-x.md`), the number padded; not `adr-001-x.md`, a name the search reads already.
_LETTERED = deferred(r"(?!(?:a?dr|rfc)[-_])[A-Za-z]{2,6}[-_]0\d{1,4}[-_ :][^/]*\.md", re.IGNORECASE)


def lettered_folders(root: Path) -> list[tuple[Path, str]]:
    """The folders below ``root`` (as deep and as many as a search goes) holding a file numbered after letters that
    reads as a decision (``reads_as_decision``), with the name of the last such: one record a category, which no
    search takes for a log, named where no log was found."""
    found: list[tuple[Path, str]] = []
    level = _listing(str(root))[1]
    listed = 1
    for _ in range(SEARCH_DEPTH):
        below: list[str] = []
        for folder in level:
            listed += 1
            if listed > SEARCH_LIMIT:
                return found
            files, folders = _listing(folder)
            named = next((name for name in sorted(files, reverse=True) if _LETTERED.fullmatch(name) is not None
                          and reads_as_decision(_record_head(folder, name))), None)
            if named is not None:
                found.append((Path(folder), named))
            below += folders
        level = below
    return found


def _not_begun(name: str, files: list[str]) -> bool:
    """Whether a folder is a decision log with no record yet: named for decisions, holding a decision record
    template and no record (daichiTAAA/AgentOpsPlatform's `033900_ADR/ADR-TEMPLATE.md`, beside design documents
    numbered by section, with a status, that are no decisions). Where no name finds a log, the shallowest such
    folder a search by names met (``begun``) is the log the team keeps, where `adr new` writes. So is one whose
    numbered records are written in another format (uktrade/tamato's Sphinx `docs/source/adr/0001-x.rst`): found,
    it is said to hold no Markdown record, in the line a log named so gets."""
    return says_decisions(name) and not any(map(record_like, files)) and (
        any(map(_DECISION_TEMPLATE.fullmatch, files))
        or sum(map(_another_formats_record, files)) > 1)


def _another_formats_record(name: str) -> bool:
    """Whether ``name`` would be a record's if it were Markdown (`0001-x.rst`, pycroft's `adr-001.rst`)."""
    lower = name.lower()
    return lower.endswith(_OTHER_FORMATS) and record_like(name[:lower.rindex(".")] + ".md")


_OTHER_FORMATS = (".rst", ".adoc", ".asciidoc")  # the markups a log's records may be written in besides Markdown


def _by_topic(found: list[str]) -> list[str]:
    """The logs kept by topic beside and below the logs found: where the directory above one holds a decision
    record template and no record of its own (univention/decision-records: `adr-template.md` at the root,
    `dev/`, `iam/`, `iam/guardian/`, `nubus/deployment/` each numbered from 1), every folder under it, down to
    ``_TOPIC_DEPTH`` levels, whose records its names or the records say are decisions (``_reads_as_topic``). A
    folder in a log numbered in the log's one sequence is the log's area (`dev/archive/`), no topic of its own.
    None when the walk lists more than ``SEARCH_LIMIT`` directories: all the topics or none."""
    topics: list[str] = []
    for parent in sorted({os.path.dirname(folder) for folder in found}):
        files, folders = _listing(parent)
        if any(record_like(file) for file in files) or not any(map(_DECISION_TEMPLATE.fullmatch, files)):
            continue
        numbered = {folder: _numbers(_listing(folder)[0]) for folder in found}  # each log's numbers
        listed = 0
        for _ in range(_TOPIC_DEPTH):
            below: list[str] = []
            for folder in folders:
                listed += 1
                if listed > SEARCH_LIMIT:
                    return []
                files, inner = _with_folder_records(folder)
                numbers = _numbers(files)
                log_above = numbered.get(os.path.dirname(folder))
                if log_above and numbers and numbers.isdisjoint(log_above):
                    continue  # an area of the log above it
                if folder not in found and (looks_like_log(os.path.basename(folder), files)
                                            or _reads_as_topic(files, folder)):
                    topics.append(folder)
                    numbered[folder] = numbers
                below += inner
            folders = below
    return topics


def topic_template(directory: Path, root: Path, known: dict[Path, Path | None] | None = None) -> Path | None:
    """The decision record template of the topics ``directory`` is one of (``_by_topic``): the template in the
    nearest of ``topic_folders`` that holds one and no record of its own (univention/decision-records'
    `adr-template.md` for `iam/guardian/`). ``known``: each folder's answer, kept by a caller asking for many logs
    (thousands of `adr/` folders beside each other: their parent is listed once, not once each)."""
    for folder in topic_folders(directory, root):
        template = known[folder] if known is not None and folder in known else _template_of_topics(folder)
        if known is not None:
            known[folder] = template
        if template is not None:
            return template  # (read only as a regular file inside the project: find_template)
    return None


def _template_of_topics(folder: Path) -> Path | None:
    """The decision record template ``folder`` holds beside no record of its own, the shortest name first."""
    files = _listing(str(folder))[0]
    templates = sorted(filter(_DECISION_TEMPLATE.fullmatch, files), key=lambda name: (len(name), name))
    return folder / templates[0] if templates and not any(map(record_like, files)) else None


def topic_folders(directory: Path, root: Path) -> list[Path]:
    """The folders above ``directory`` that may hold the template of its topics: ``_TOPIC_DEPTH`` levels up at
    most, none above the project's ``root``."""
    return [folder for folder in directory.parents[:_TOPIC_DEPTH] if folder == root or root in folder.parents]


def _numbers(files: list[str]) -> set[int]:
    """The numbers of the record-named files among ``files`` (`0003-x.md`, `adr-003-x.md`: 3)."""
    return {int(number.group(1)) for file in files if record_like(file)
            and (number := _NUMBER_OPENING.match(file)) is not None}


_NUMBER_OPENING = deferred(r"(?:a?dr[-_ ]?)?(\d+)", re.IGNORECASE)


def _reads_as_topic(files: list[str], folder: str) -> bool:
    """Whether a topic's folder holds decisions: one of its first three numbered records reads as one (a stub
    or a draft beside them leaves the topic a log; `iam/openlap/`'s one record is one)."""
    return holds_decisions(folder, [file for file in files if record_like(file)])


def holds_decisions(folder: str, records: list[str]) -> bool:
    """Whether one of the first three of ``records`` (names of record files in ``folder``, as the records layer
    or ``record_like`` tells them) reads as a decision; files named by a day are no numbered records here."""
    numbered = sorted(record for record in records if _DAY_NAMED.match(record) is None)
    return any(reads_as_decision(_record_head(folder, record)) for record in numbered[:3])


_TOPIC_DEPTH = 3  # `nubus/deployment/` and `iam/guardian/` below the template's directory, and one more


def _read_beside(found: list[str], unnamed: list[tuple[str, list[str]]]) -> list[str]:
    """Of the folders that gave no sign by their names, those of a series with a log the names found (beside it,
    named as it is but for numbers) whose records read as decisions (``reads_like_log``): a generator's logs side
    by side, `dir1/` of `adr-001-x.md` beside `dir3/` of `001_X.md` (sa4s-serc/AgenticAKM). Another kind of
    document beside a log (`rfcs/` beside `adr/`) is no log for reading as decisions."""
    series = {_in_series(folder) for folder in found}
    return [folder for folder, files in unnamed if _in_series(folder) in series and reads_like_log(files, folder)]


def _in_series(folder: str) -> str:
    """A folder's path with the digits of its name left out: the same for `run/dir1` and `run/dir3`."""
    parent, name = os.path.split(folder)
    return os.path.join(parent, name.translate(_NO_DIGITS))


_NO_DIGITS = str.maketrans("", "", "0123456789")


def _with_folder_records(folder: str, hidden: bool = False) -> tuple[list[str], list[str]]:
    """``_listing`` of ``folder``, its files with the records kept in a folder of their own among them
    (``_kept_in_folders``), as a search judges a folder."""
    files, folders = _listing(folder, judged=True, hidden=hidden)
    return files + _kept_in_folders(folders, files), folders


def _kept_in_folders(folders: list[str], files: list[str]) -> list[str]:
    """The records among ``folders`` (paths) kept in a folder of their own, each by the name a file of it would
    have (`2022-02-07-tracing.md` for `2022-02-07-tracing/README.md`): a folder named as a record is that holds a
    README or index (``FOLDER_RECORD_FILES``), with no record of that name among ``files`` beside it (then it
    holds that record's attachments). By content, a search reads such a name's file as the folder's."""
    found = []
    beside = set(files)
    for folder in folders:
        name = f"{os.path.basename(folder)}.md"
        if record_like(name) and name not in beside \
                and any(os.path.isfile(os.path.join(folder, file)) for file in FOLDER_RECORD_FILES):
            found.append(name)
    return found


def root_is_log(root: Path, by_content: bool = False) -> bool:
    """Whether the project's root is itself a decision log (archivematica's: `0001-x.md` beside README.md), by
    its names or ``by_content`` (Cadasta/decision-records': `DR_0001_x.md` with a `**Status:**`)."""
    return looks_like_log(root.name, _listing(str(root), judged=True)[0], str(root) if by_content else None)


def nested_logs(directory: Path, strays: bool = False) -> list[Path]:
    """The subfolders holding records of a conventional directory that holds no record of its own, in order of
    their paths: beside its README, index or template (`docs/ADR/README.md` beside `docs/ADR/decisions/0001-x.md`);
    with ``strays``, also beside a stray document or two that the subfolders' records far outnumber (navapbc/oscer's
    `adr-authorization.md` beside `infra/`'s records). A log of documents named by their words (k3s' `docs/adrs/`)
    beside an `archive/` of numbered ones stays the log."""
    folders: list[str] = []
    stray: list[str] = []
    if holds_no_folder(directory):
        return []
    try:  # asked on every run that finds a conventional directory: its first record ends the look
        with os.scandir(directory) as entries:
            for entry in entries:
                if holds_records(entry.name):
                    if not strays or record_like(entry.name):
                        return []
                    if "template" not in entry.name.lower():  # `adr-template.md` is the log's template
                        stray.append(entry.path)
                elif not entry.name.startswith(".") and entry.name not in NOT_COMPONENTS \
                        and entry.is_dir(follow_symlinks=False):
                    folders.append(entry.path)
    except OSError:
        return []
    logs = [(Path(folder), count) for folder, count in _counted(sorted(folders), _GROUPS_BELOW + _GROUPS_READ) if count]
    if not logs:
        return []
    # A stray that reads as no decision (a meeting's notes, a roadmap beside `docs/decisions/adr/`) leaves the
    # subfolders the logs, however many there are.
    if len(stray) > _STRAYS_READ:
        return []
    documents = sum(reads_as_decision(_head(path)) for path in stray)
    if documents > _STRAYS or documents * _STRAYS_SHARE > sum(count for _, count in logs):
        return []
    return [folder for folder, _ in logs]


def _counted(folders: list[str], depth: int, listed: list[str] | None = None) -> list[tuple[str, int]]:
    """Each of ``folders`` with the number of its record-named files; in place of one holding none, the folders
    it groups, ``depth`` levels down (andreabenetton/nova's `adr/interfaces/p-r/ADR-PR-0001-x.md` beside
    `adr/architecture/ADR-ARCH-0001-x.md`: a log per scope, the interfaces' scopes grouped). Below the first
    ``_GROUPS_BELOW`` levels, ``_GROUPS_READ`` more, where a folder's records must read as decisions
    (`adr/a/b/c/d/ADR-DEEP-0001-x.md`), ``_GROUPS_LISTED`` folders listed at most (``listed``: those so far)."""
    listed = [] if listed is None else listed
    counted: list[tuple[str, int]] = []
    for folder in folders:
        reading = depth < _GROUPS_READ
        if reading and len(listed) >= _GROUPS_LISTED:
            break
        listed.append(folder)
        files, below = _listing(folder)
        count = _scope_records(folder, files, reading)
        if count or not depth:
            counted.append((folder, count))
        else:
            counted += _counted(below, depth - 1, listed)
    return counted


def _scope_records(folder: str, files: list[str], reading: bool = False) -> int:
    """The record-named files among ``files`` of ``folder``, a subfolder of a conventional directory; none when
    each is named after a scope (`adr-notes-01-kickoff.md`), or when ``reading`` (a folder deep below), and none of
    them reads as a decision: notes numbered after a word of their own, as a plain log's `adr-notes-01-x.md` is
    no record of it."""
    records = [file for file in files if record_like(file)]
    if records and (reading or all(map(_named_after_a_scope, records))) and not holds_decisions(folder, records):
        return 0
    return len(records)


def _named_after_a_scope(name: str) -> bool:
    """Whether a record-named file names a scope between its kind and its number (`ADR-ARCH-0001-x.md`)."""
    shape = _RECORD_SHAPE.fullmatch(name)
    return shape is not None and bool(shape.group(1))


_GROUPS_BELOW = 1  # the levels of folders that only group logs, below a conventional directory holding none
_GROUPS_READ = 2  # the levels more, whose logs' records must read as decisions
_GROUPS_LISTED = 200  # the folders of those levels listed at most

# The stray documents beside subfolders of records that leave those the logs: at most this many, and the records
# at least this many times as many.
_STRAYS = 2
_STRAYS_SHARE = 4
_STRAYS_READ = 8  # the strays whose start is read, to see whether they are decisions: more make a log of their own


def record_folders(directory: Path) -> list[Path]:
    """The ``log_subfolders`` of a log's directory that hold record-named Markdown files (``record_like``:
    `security/` beside the log's own `0001-x.md`)."""
    return [folder for folder in log_subfolders(directory)
            if any(record_like(name) for name in _listing(str(folder))[0])]


def log_subfolders(directory: Path) -> list[Path]:
    """The subfolders of a log's directory that may hold records, in order of their paths: not hidden, not
    symbolic links, not those of ``NOT_COMPONENTS``. A directory whose link count says it has no subdirectory
    has none (asked of every log on every run: one stat, not a listing)."""
    return subdirectories(directory)


def holds_no_folder(directory: Path | str) -> bool:
    """Whether ``directory``'s link count says it holds no subdirectory (filesystems that do not count them say 1),
    or it cannot be read: one stat, where a listing of a folder of many files costs a read of every name."""
    try:
        return os.stat(directory).st_nlink == 2
    except OSError:
        return True


def linked_subfolders(directory: Path, root: Path) -> list[Path]:
    """The subfolders of a log's directory that are symbolic links to a folder of the project ``root`` (not
    hidden, none of ``NOT_COMPONENTS``), in order of their paths: `accepted -> ../shared-accepted`. Not one that
    leads to the directory itself or a folder holding it, nor into version control's."""
    try:
        with os.scandir(directory) as entries:
            links = sorted(entry.path for entry in entries if entry.is_symlink() and not entry.name.startswith(".")
                           and entry.name not in NOT_COMPONENTS)
    except OSError:
        return []
    if not links:
        return []
    project, here = root.resolve(), directory.resolve()
    found = []
    for link in links:
        target = Path(os.path.realpath(link))
        if target.is_dir() and project in target.parents and target != here and target not in here.parents \
                and not any(part.lower() in (".git", ".hg", ".svn") for part in target.relative_to(project).parts):
            found.append(Path(link))
    return found


def holds_records(name: str) -> bool:
    """Whether a file named so may be a record: Markdown, and no README, index or template, nor a coding agent's
    instructions (`SKILL.md` of a skill named `architecture-decision-records/`, `AGENTS.md`); which records are is
    the reader's business, a layer up."""
    lower = name.lower()
    return lower.endswith(_MARKDOWN_SUFFIXES) and not lower.startswith((".", "readme", "index", "template")) \
        and lower not in _AGENT_FILES


# The names Markdown records are kept under besides `.md`: a Middleman page's (`.html.md`, `.html.md.erb`) and
# Markdown that a site generator or a notebook runs (`.mdx`, `.qmd`, `.markdown`).
_OTHER_MARKDOWN = (".html.md.erb", ".html.md", ".mdx", ".qmd", ".markdown")
_MARKDOWN_SUFFIXES = (".md", *_OTHER_MARKDOWN)


def _markdown_stem(name: str) -> str | None:
    """A Markdown file's name without its suffix, `.md` or another (`adr-001` of `adr-001.html.md.erb`); None for
    a file of any other kind."""
    lower = name.lower()
    for suffix in _OTHER_MARKDOWN:
        if lower.endswith(suffix):
            return name[:-len(suffix)]
    return name[:-3] if lower[-3:] == ".md" else None


_AGENT_FILES = frozenset({"skill.md", "agents.md", "claude.md", "gemini.md", "copilot-instructions.md"})


def _listing(folder: str, judged: bool = False, hidden: bool = False) -> tuple[list[str], list[str]]:
    """The names of what ``folder`` holds but directories, and the paths of the directories a search goes
    into, sorted: not hidden (unless ``hidden``, then those of ``NOT_SEARCHED_HIDDEN`` alone are not, nor another
    checkout: `.claude/worktrees/feat/`, a git worktree's), not symbolic links, not those of ``NOT_COMPONENTS``.
    ``judged``: of the names, only those a search judges a folder by (``_judged``): a folder of many other files
    is listed without keeping them."""
    files: list[str] = []
    folders: list[str] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if not entry.is_dir(follow_symlinks=False):
                    if not judged or _judged(entry.name):
                        files.append(entry.name)
                elif (not entry.name.startswith(".") or (hidden and entry.name not in NOT_SEARCHED_HIDDEN)) \
                        and entry.name not in NOT_COMPONENTS \
                        and not (hidden and os.path.lexists(os.path.join(entry.path, ".git"))):
                    folders.append(entry.path)  # (a hidden search goes into no other checkout: a worktree's)
    except OSError:
        pass
    folders.sort()
    return files, folders


def _judged(name: str) -> bool:
    """Whether a search judges a folder by a file so named: a record's (``record_like``), a decision record
    template's, or a numbered record's in another format (``_not_begun``)."""
    return record_like(name) or (("emplate" in name or "EMPLATE" in name)
                                 and _DECISION_TEMPLATE.fullmatch(name) is not None) \
        or (name[:1].isdigit() and name.lower().endswith(_OTHER_FORMATS))


def subdirectories(folder: Path) -> list[Path]:
    """``folder``'s directories a search goes into (``_listing``'s), sorted; none, with no listing, where its link
    count says it holds none (``holds_no_folder``)."""
    if holds_no_folder(folder):
        return []
    return [Path(path) for path in _listing(str(folder))[1]]
