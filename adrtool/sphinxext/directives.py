"""The `adr-index`, `adr-due` and `adr-record` directives: the core's data as docutils nodes.

The log is found as the CLI finds it, from the Sphinx project's source directory, or from `adr_dir` in
conf.py (relative to it). A link to a record goes to the page where an `adr-record` directive shows it,
and is plain text where none does (resolved once every page has been read: ``resolve_links``).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, NoReturn

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from adrtool.errors import AdrError
from adrtool.records.values import statuses_as_read
from adrtool.site import body as bodies
from adrtool.site import entries
from adrtool.sphinxext import tracking

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

    from adrtool.calendar.cycles import Calendar
    from adrtool.model import Record
    from adrtool.project.workspace import Workspace
    from adrtool.records.log import DecisionLog


class adr_link(nodes.Inline, nodes.TextElement):
    """A link to record ``number``, made a reference (or left as text) once every page is read."""


class _LogDirective(SphinxDirective):
    """What the three directives share: the workspace, the log, the calendar, and links to records."""

    def workspace(self) -> Workspace:
        from adrtool.records.logs import locate_logs

        configured = self.config.adr_dir  # made absolute when the configuration was read (``absolute_adr_dir``)
        if configured:
            return locate_logs(Path(self.env.srcdir), str(configured))
        return locate_logs(Path(self.env.srcdir))

    def load(self) -> tuple[Workspace, DecisionLog, Calendar]:
        from adrtool.cache import open_store
        from adrtool.calendar.cycles import project_calendar
        from adrtool.records.logs import load_logs

        workspace = self.workspace()
        workspace.require_dir()
        log = load_logs(workspace, open_store(workspace))  # every log of the project, as the CLI reads them
        config = workspace.config
        for failure in log.failures:
            if failure.path is not None:
                self.env.note_dependency(str(failure.path))
            self.reporter.warning(f"adr: {failure}; left out", line=self.lineno)
        calendar = project_calendar(config, _today())
        return workspace, log, calendar

    def depend_on(self, records: Sequence[Record]) -> None:
        for record in records:
            self.env.note_dependency(str(record.path))

    def depend_on_listing(self, log: DecisionLog) -> None:
        from adrtool.records.logs import parts_of

        for part in parts_of(log):
            tracking.note_listing(self.env, part.directory, (path.name for path in _paths(part)))

    def fail(self, error: AdrError) -> NoReturn:
        raise self.error(f"adr: {error}")


def _paths(log: DecisionLog) -> list[Path]:
    from adrtool.records.log import record_paths

    return record_paths(log.directory)


def link(number: int | str, label: str) -> adr_link:
    node = adr_link(label, label)
    node["number"] = number
    return node


def _status_list(argument: str) -> list[str]:
    return [word.strip().lower() for word in argument.replace(",", " ").split() if word.strip()]


class IndexDirective(_LogDirective):
    """`.. adr-index::` (`:status:`, `:log:`): a table of the records."""

    option_spec: ClassVar[dict[str, Callable[[str], object]]] = {
        "status": directives.unchanged_required, "log": directives.unchanged_required}

    def run(self) -> list[nodes.Node]:
        try:
            _, log, calendar = self.load()
        except AdrError as error:
            return self.fail(error)
        wanted = _status_list(self.options["status"]) if "status" in self.options else None
        only_log = self.options.get("log")
        items = [entries.entry(record, calendar) for record in log.records]
        items = [item for item in items if (wanted is None or item.status.lower() in wanted)
                 and (only_log is None or item.log == only_log)]
        self.depend_on([item.record for item in items])
        self.depend_on_listing(log)
        several = len({entries.log_of(record) for record in log.records}) > 1
        headers = ["Number", "Title", "Status", "Date", "Revisit", "Tags"] + (["Log"] if several else [])
        rows = []
        for item in items:
            number = item.record.number
            title = link(number, item.title) if number is not None else nodes.Text(item.title)
            cells: list[nodes.Node | str] = [item.number, title, item.status, item.date, item.revisit,
                                             ", ".join(item.tags)]
            rows.append(cells + ([item.log or ""] if several else []))
        return [_table(headers, rows, ["adr-index"])]


class DueDirective(_LogDirective):
    """`.. adr-due:: [CYCLE]`: the decisions due at that cycle's PTG (the coming one without an argument)."""

    optional_arguments = 1

    def run(self) -> list[nodes.Node]:
        from adrtool.calendar.due import coming_deadline, deadline_for, due_decisions

        try:
            workspace, log, calendar = self.load()
            deadline = deadline_for(calendar, _today(), point=self.arguments[0] if self.arguments else None) \
                or coming_deadline(calendar, _today(), log.records, workspace.config.calendar is not None)
        except AdrError as error:
            return self.fail(error)
        due, _ = due_decisions(log.records, calendar, deadline, statuses_as_read(workspace.config.due_statuses))
        self.depend_on(log.records)
        self.depend_on_listing(log)
        count = len(due)
        intro = nodes.paragraph(text=(f"{count} decision{'s' if count != 1 else ''} due {deadline.describe()}:"
                                      if due else f"Nothing is due {deadline.describe()}."))
        listing = nodes.bullet_list(classes=["adr-due"])
        for item in due:
            record = item.record
            number = entries.number_text(record)
            paragraph = nodes.paragraph()
            label = f"{number}: {record.title or '(no title)'}" if number else record.title or "(no title)"
            paragraph += link(record.number, label) if record.number is not None else nodes.Text(label)
            state = "overdue" if item.overdue else "due"
            paragraph += nodes.Text(f" ({record.status}; revisit {record.revisit.text if record.revisit else '-'}, "
                                    f"{state} on {item.due_on.isoformat()})")
            listing += nodes.list_item("", paragraph)
        container = nodes.container(classes=["adr-agenda"])
        container += intro
        if due:
            container += listing
        return [container]


class RecordDirective(_LogDirective):
    """`.. adr-record:: REF`: one record, its body rendered by MyST."""

    required_arguments = 1
    option_spec: ClassVar[dict[str, Callable[[str], object]]] = {"no-body": directives.flag}

    def run(self) -> list[nodes.Node]:
        try:
            workspace, log, calendar = self.load()
            record = log.find(self.arguments[0])
        except AdrError as error:
            return self.fail(error)
        self.depend_on([record])
        item = entries.entry(record, calendar)
        known = entries.Directory([entries.entry(other, calendar) for other in log.records])
        anchor = nodes.make_id(f"adr-{item.number or record.slug}")
        section = nodes.section(ids=[anchor], classes=["adr-record"])
        section += nodes.title(text=f"{item.number}: {item.title}" if item.number else item.title)
        banner = known.banner(record)
        if banner is not None:
            section += _banner(banner)
        section += _fields(item, known.relations(record), workspace.relative(record.path))
        if "no-body" not in self.options:
            section.extend(self.body(record, anchor))
        if record.number is not None:  # a date-named record is not linked to by number
            tracking.shown(self.env).records.setdefault(record.number, (self.env.docname, anchor))
        return [section]

    def body(self, record: Record, anchor: str) -> list[nodes.Node]:
        """The record's Markdown body (without its title) parsed by MyST into this document's nodes; its
        section ids start with ``anchor``, so that two records on one page keep theirs apart."""
        from docutils.utils import new_document
        from myst_parser.parsers.sphinx_ import MystParser

        from adrtool.fsio import read_text

        text = read_text(record.path).text
        lines = text.split("\n")[max(record.body_line - 1, 0):]
        document = new_document(str(record.path), self.state.document.settings)
        MystParser().parse("\n".join(lines), document)
        _make_safe(document, record)
        for element in document.findall(nodes.Element):
            if element["ids"]:
                element["ids"] = [f"{anchor}-{name}" for name in element["ids"]]
        children = list(document.children)
        first = children[0] if children else None
        if isinstance(first, nodes.section) and record.title and record.title in first[0].astext():
            # the title's section: what is under the title (the directive's section shows the title)
            children = list(first.children[1:]) + children[1:]
        return children


def _today() -> dt.date:
    """Today, or ADR_TODAY as the CLI takes it (a docs build replayed for a given day)."""
    from adrtool.model import parse_iso_date

    fixed = parse_iso_date(os.environ.get("ADR_TODAY", "").strip())
    return fixed or dt.date.today()


def _banner(banner: entries.Banner) -> nodes.Node:
    node = nodes.admonition(classes=["adr-banner", f"adr-{banner.kind}", "warning"])
    node += nodes.title(text=banner.kind.capitalize())
    paragraph = nodes.paragraph(text=banner.text)
    for position, successor in enumerate(banner.successors):
        paragraph += nodes.Text(", " if position else " ")
        paragraph += _link_of(successor)
    if banner.successors:
        paragraph += nodes.Text(".")
    node += paragraph
    return node


def _link_of(found: entries.Link) -> nodes.Node:
    return link(found.number, found.label)


def _fields(item: entries.Entry, relations: list[entries.Relation], path: str) -> nodes.field_list:
    record = item.record
    values: list[tuple[str, list[nodes.Node]]] = [("Status", [nodes.Text(item.status or "none")])]
    for name, text in (("Date", item.date), ("Decided in", item.cycle_display), ("Revisit", item.revisit),
                       ("Decision makers", ", ".join(record.decision_makers)), ("Tags", ", ".join(item.tags))):
        if text:
            values.append((name, [nodes.Text(text)]))
    for relation in relations:
        links: list[nodes.Node] = []
        for position, found in enumerate(relation.links):
            if position:
                links.append(nodes.Text(", "))
            links.append(_link_of(found))
        values.append((relation.name, links))
    values.append(("File", [nodes.literal(text=path)]))
    field_list = nodes.field_list(classes=["adr-meta"])
    for name, content in values:
        paragraph = nodes.paragraph()
        paragraph.extend(content)
        field_list += nodes.field("", nodes.field_name(text=name), nodes.field_body("", paragraph))
    return field_list


def _make_safe(document: nodes.document, record: Record) -> None:
    """Raw HTML shown as text; links that are neither relative nor web addresses dropped to their text; links
    to other records made record links; other links into the project left as text (they are not pages)."""
    from sphinx import addnodes

    for raw in list(document.findall(nodes.raw)):
        text = raw.astext()
        inline = isinstance(raw.parent, nodes.TextElement)
        raw.replace_self(nodes.literal(text, text) if inline else nodes.literal_block(text, text, language="text"))
    for reference in list(document.findall(nodes.reference)):
        uri = str(reference.get("refuri", ""))
        if uri and not bodies.safe_url(uri):
            reference.replace_self(nodes.inline(reference.astext(), reference.astext()))
    for pending in list(document.findall(addnodes.pending_xref)):
        if pending.get("refdomain") not in (None, "", "myst") and pending.get("reftype") != "myst":
            continue
        target = _record_number(record, str(pending.get("reftarget", "")))
        text = pending.astext()
        pending.replace_self(link(target, text) if target is not None else nodes.inline(text, text))


def _record_number(record: Record, target: str) -> int | None:
    from adrtool.records.names import number_of_name

    path = os.path.normpath(os.path.join(record.directory, target.split("#", 1)[0]))
    if os.path.dirname(path) != os.path.normpath(record.directory):
        return None
    return number_of_name(os.path.basename(path))  # None for a date-named record


def _table(headers: list[str], rows: list[list[nodes.Node | str]], classes: list[str]) -> nodes.table:
    table = nodes.table(classes=classes)
    group = nodes.tgroup(cols=len(headers))
    table += group
    for _ in headers:
        group += nodes.colspec(colwidth=1)
    head = nodes.thead()
    head += _row(headers)
    group += head
    body = nodes.tbody()
    for row in rows:
        body += _row(row)
    group += body
    return table


def _row(cells: Sequence[nodes.Node | str]) -> nodes.row:
    row = nodes.row()
    for cell in cells:
        entry = nodes.entry()
        entry += nodes.paragraph("", "", cell if isinstance(cell, nodes.Node) else nodes.Text(cell))
        row += entry
    return row


def absolute_adr_dir(app: Sphinx, config: Config) -> None:
    """`adr_dir` is relative to conf.py's directory: made absolute while that is known."""
    if config.adr_dir and not os.path.isabs(config.adr_dir):
        config.adr_dir = os.path.normpath(os.path.join(app.confdir, config.adr_dir))


def resolve_links(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Each record link to the page (and anchor) where `adr-record` shows that record; text where none does."""
    records = tracking.shown(app.env).records
    for node in list(doctree.findall(adr_link)):
        text = node.astext()
        where = records.get(node.get("number")) if node.get("number") is not None else None
        if where is None:
            node.replace_self(nodes.inline(text, text, classes=["adr-link"]))
            continue
        page, anchor = where
        uri = app.builder.get_relative_uri(docname, page) + "#" + anchor
        reference = nodes.reference(text, text, internal=True, refuri=uri, classes=["adr-link"])
        node.replace_self(reference)
