"""A Sphinx extension that puts the decision log into any Sphinx page (`pip install 'adrtool[sphinx]'`).

In ``conf.py``::

    extensions = ["adrtool.sphinxext"]
    adr_dir = "../../decisions"        # optional, relative to conf.py; else found as `adr` finds it

Directives (in reStructuredText; in MyST Markdown as ```` ```{adr-index} ````):

``.. adr-index::``
    A table of every record; ``:status: accepted, proposed`` and ``:log: NAME`` keep only those.
``.. adr-due:: yoga``
    The agenda of a cycle's PTG: what `adr due --cycle yoga` lists (no argument: the coming PTG, or today in a
    log that names no cycle).
``.. adr-record:: 7``
    One record: its banner when superseded, rejected or deprecated, its metadata, and its body, rendered
    from Markdown by MyST, Sphinx's own Markdown support.

Records are read by the same core as the CLI. A page is read again when a record it shows changes, and a
page with an index or an agenda also when records are added or removed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from adrtool import __version__

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def setup(app: Sphinx) -> dict[str, Any]:
    from myst_parser.sphinx_ext.main import setup_sphinx

    from adrtool.sphinxext import directives, tracking

    # MyST's settings and transforms, without making every .md file of the project a page; once only (a
    # project that lists myst_parser itself has them already, and setting them up twice fails)
    if "myst_parser" not in app.extensions:
        setup_sphinx(app, load_parser=False)
    app.add_config_value("adr_dir", None, "env", types=(str, type(None)))
    app.add_node(directives.adr_link)
    app.add_directive("adr-index", directives.IndexDirective)
    app.add_directive("adr-due", directives.DueDirective)
    app.add_directive("adr-record", directives.RecordDirective)
    app.connect("config-inited", directives.absolute_adr_dir)
    app.connect("env-get-outdated", tracking.outdated)
    app.connect("env-purge-doc", tracking.purge)
    app.connect("env-merge-info", tracking.merge)
    app.connect("doctree-resolved", directives.resolve_links)
    return {"version": __version__, "env_version": 1, "parallel_read_safe": True, "parallel_write_safe": True}
