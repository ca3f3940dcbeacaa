"""`adr site`: the decision log as a static site, from the same core every command reads.

Records come from ``adrtool.records.log``, what is due from ``adrtool.calendar.due``, the timelines from
``adrtool.git.history`` (what `adr log N` shows) and the links from ``adrtool.views.graph``. The pages are
rendered from the Jinja2 templates in ``templates/`` (autoescaped: every record field is text) with the
stylesheet and script in ``static/``, all shipped in the package: a built site needs no network, no CDN and
no build tool, and works from ``file://``. Links are relative. The same log, history and day (the due page
looks at the coming PTG) give the same bytes.
"""

from __future__ import annotations

import functools
import os
import posixpath
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adrtool.calendar.cycles import Calendar
from adrtool.model import STATUSES, Record
from adrtool.records.store import NULL_STORE, Store
from adrtool.records.values import statuses_as_read
from adrtool.site import agenda, body, drawing, entries, search
from adrtool.views import feeds, graph
from adrtool.views.visible import printable

if TYPE_CHECKING:
    import jinja2

    from adrtool.git.events import Event
    from adrtool.project.workspace import Workspace
    from adrtool.records.log import DecisionLog

MARKER = ".adr-site"  # in a directory `adr site` wrote: the only kind it replaces
DEFAULT_OUTPUT = "_site"  # what GitHub's upload-pages-artifact action publishes by default
HERE = Path(__file__).resolve().parent
STATIC = ("site.css", "site.js")


@dataclass(frozen=True)
class Source:
    """Everything a site is made from."""

    workspace: Workspace
    log: DecisionLog
    calendar: Calendar
    today: date  # the due page looks at the coming PTG from this day
    text_of: Callable[[Record], str]  # a record file's text
    timelines: Mapping[Path, Sequence[Event]] | None  # by record path; None: no git history to show
    title: str = "Decision log"
    feed: str = "revisits.ics"  # the calendar feed of revisit points written beside the due page
    store: Store = NULL_STORE  # what may share the records' pages out over two cores


def gather(workspace: Workspace, log: DecisionLog, calendar: Calendar, today: date,
           text_of: Callable[[Record], str], *, use_git: bool = True, title: str = "Decision log",
           store: Store = NULL_STORE) -> Source:
    """What the site of ``log`` is made from; ``store``: where the git history walk is kept between runs, and
    what may share the pages' work out."""
    timelines = None
    if use_git:
        from adrtool.git.history import timelines_for

        timelines = timelines_for(workspace, [record.path for record in log.records], store)
    return Source(workspace, log, calendar, today, text_of, timelines, title, store=store)


def write_site(source: Source, output: Path) -> int:
    """Build the site into ``output`` (replacing a site written there before); the number of files."""
    from adrtool import fsio

    check_output(source.workspace, output)
    return fsio.publish_tree(output, site_files(source), marker=MARKER)


def check_output(workspace: Workspace, output: Path) -> None:
    """The output directory may not be the project or the decision directory, nor hold either: it is replaced
    whole. (Inside them is fine: a log kept at the repository's root has its site in `_site` there.)"""
    from adrtool.errors import UsageError

    target = Path(os.path.abspath(output))
    log = workspace.decision_dir.resolve()
    for protected in (workspace.root.resolve(), log):
        if target == protected or target in protected.parents:
            raise UsageError(f"--output {output} would replace {protected}; name a directory of its own "
                             f"(default: {DEFAULT_OUTPUT} in the project)")



@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True, finalize=_printable)
    return env


def _printable(value: Any) -> Any:
    """What a page shows of a value, with the control characters a record or the calendar may hold written as
    escapes (in rendered Markdown too: they are in its text, never in its tags)."""
    if not isinstance(value, str):
        return value
    import markupsafe

    shown = printable(value)
    return markupsafe.Markup(shown) if isinstance(value, markupsafe.Markup) else shown


def site_files(source: Source) -> Iterator[tuple[str, bytes]]:
    """Every file of the site as (path in the site, bytes), in a fixed order."""
    from adrtool import __version__

    log, calendar, workspace = source.log, source.calendar, source.workspace
    items = _unique_pages([entries.entry(record, calendar) for record in log.records])
    directory = entries.Directory(items)
    env = environment()
    shared = {"site_title": source.title, "version": __version__,
              "directory": workspace.relative(workspace.decision_dir)}

    def page(template: str, path: str, **variables: Any) -> tuple[str, bytes]:
        depth = path.count("/")
        text = env.get_template(template).render(root="../" * depth, **shared, **variables)
        return path, text.encode("utf-8", "backslashreplace")  # a name's bytes that are no UTF-8, shown escaped

    for name in STATIC:
        yield f"static/{name}", (HERE / "static" / name).read_bytes()
    several_logs = len({item.log for item in items}) > 1
    yield page("home.html.j2", "index.html", entries=items, several_logs=several_logs,
               facets=_facets(items, calendar, workspace.config.statuses, several_logs))
    due = agenda.agenda(log.records, calendar, source.today, statuses_as_read(workspace.config.due_statuses),
                        workspace.config.calendar is not None)
    by_record = {id(item.record): item for item in items}
    yield page("due.html.j2", "due.html", agenda=due, entry_of=lambda record: by_record[id(record)],
               feed=source.feed)
    feed, _ = feeds.revisit_feed(log.records, calendar, workspace, source.title, source.today,
                                 statuses_as_read(workspace.config.due_statuses))
    yield source.feed, feed.encode("utf-8")
    edges = graph.edges(log.records)
    yield page("graph.html.j2", "graph.html", drawings=_drawings(edges, directory), edges=edges,
               arrow=drawing.ARROW_DEFS, link=directory.link)

    assets = _Assets(workspace.root)
    pages = {os.path.normpath(item.record.path): item.page for item in items}

    def record_pages(chunk: Sequence[entries.Entry]) -> list[tuple[str, bytes, str, tuple[str, ...]]]:
        """Each record's page, the words its search entry holds, and the project's files it shows."""
        made = []
        for item in chunk:
            record = item.record
            place = body.Place(str(record.directory), item.page, pages, assets.add)
            rendered = body.render(_body_text(source.text_of(record), record.body_line), record.title, place)
            document = " ".join((item.number, str(record.number), item.title, " ".join(item.tags), item.status,
                                 item.log or "", rendered.text))
            timeline = source.timelines.get(record.path) if source.timelines is not None else None
            path, data = page("record.html.j2", item.page, e=item, body=_markup(rendered.html),
                              banner=directory.banner(record), relations=directory.relations(record),
                              revisits=entries.revisits(record), timeline=timeline,
                              has_git=source.timelines is not None, shown_path=workspace.relative(record.path))
            made.append((path, data, document, rendered.assets))
        return made

    env.get_template("record.html.j2")  # compiled once, before the work may be shared out
    body.parser()
    documents = []
    for path, data, document, shown in source.store.share(record_pages, items):
        for asset in shown:
            assets.add(asset)  # (where the page was made in another process, its note of the file was lost)
        documents.append(document)
        yield path, data
    yield "search-index.js", search.index_script(documents)
    yield from assets.files()


def _body_text(text: str, body_line: int) -> str:
    if body_line <= 1:
        return text
    lines = text.split("\n")
    return "\n".join(lines[body_line - 1:])


def _markup(html: str) -> Any:
    from markupsafe import Markup

    return Markup(html)  # markdown-it's output, raw HTML off (see adrtool.site.body)


def _unique_pages(items: list[entries.Entry]) -> list[entries.Entry]:
    """Two file names that make the same page name (`a b.md`, `a-b.md`) get `-2`, `-3` ... in log order."""
    taken: set[str] = set()
    unique = []
    for item in items:
        page, stem = item.page, item.page[:-5]
        count = 1
        while page in taken:
            count += 1
            page = f"{stem}-{count}.html"
        taken.add(page)
        unique.append(item if page == item.page else replace(item, page=page))
    return unique


@dataclass(frozen=True)
class Facet:
    name: str  # the row's data-NAME attribute
    label: str
    options: list[tuple[str, str]]  # (value, shown)


def _facets(items: list[entries.Entry], calendar: Calendar, statuses: Sequence[str],
            several_logs: bool) -> list[Facet]:
    facets = [
        Facet("status", "Status", [(v, v) for v in entries.facet_values((i.status for i in items),
                                                                          (*statuses, *STATUSES))]),
        Facet("tags", "Tag", [(v, v) for v in entries.facet_values(tag for i in items for tag in i.tags)]),
    ]
    shown = {item.cycle: item.cycle_display for item in items}
    order = [cycle.name for cycle in calendar]
    facets.append(Facet("cycle", "Cycle", [(v, shown[v]) for v in entries.facet_values(shown, order)]))
    if several_logs:
        facets.append(Facet("log", "Log", [(v, v) for v in entries.facet_values(i.log or "" for i in items)]))
    return [facet for facet in facets if facet.options]


def _drawings(edges: list[graph.Edge], directory: entries.Directory) -> list[drawing.Drawing]:
    def node(number: int) -> drawing.Node:
        found = directory.by_number.get(number)
        if found is None:
            return drawing.Node(number, f"{number:04d}", "(not in the log)", None)
        return drawing.Node(number, found.number or f"{number:04d}", found.title, found.page)

    return drawing.drawings(edges, node)


class _Assets:
    """Files of the project that records show as images, copied under `files/` by their project path."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.found: dict[str, Path] = {}

    def add(self, path: str) -> str | None:
        try:
            real = Path(path).resolve()
            relative = real.relative_to(self.root)
        except (OSError, ValueError):
            return None  # outside the project: never copied
        if not real.is_file() or relative.parts[0] in (".git", ".hg", ".svn"):
            return None
        site_path = posixpath.join("files", *relative.parts)
        self.found[site_path] = real
        return site_path

    def files(self) -> Iterator[tuple[str, bytes]]:
        for site_path in sorted(self.found):
            try:
                yield site_path, self.found[site_path].read_bytes()
            except OSError:
                continue
