"""adrtool.sphinxext: a small Sphinx project using each directive builds without a warning, its HTML holds
the records, and Sphinx reads a page again when a record it shows changes or the log gains a record."""

from __future__ import annotations

import io
import os
import re
import shutil
import textwrap
from pathlib import Path

import pytest

from conftest import Project
from gitrepo import GitRepo, record

try:
    import myst_parser  # noqa: F401
    import sphinx  # noqa: F401
except ImportError:  # the extra is not installed: a failure in CI, which installs it (.ci/run)
    if os.environ.get("CI"):
        raise
    pytest.skip("the Sphinx extension's tests need pip install '.[sphinx]'", allow_module_level=True)


def build(source: Path, out: Path) -> str:
    """Build ``source`` into ``out`` with warnings as errors; Sphinx's warnings (empty when all is well)."""
    from sphinx.application import Sphinx
    from sphinx.util.docutils import docutils_namespace, patch_docutils

    warnings = io.StringIO()
    with patch_docutils(source), docutils_namespace():  # each build its own registry, as sphinx-build has
        app = Sphinx(str(source), str(source), str(out), str(out / ".doctrees"), "html", status=io.StringIO(),
                     warning=warnings, freshenv=False, warningiserror=False)
        app.build()
    return re.sub(r"\x1b\[[0-9;]*m", "", warnings.getvalue())  # colour codes, where the terminal has colour


@pytest.fixture
def docs(project: Project) -> Path:
    """An OpenStack-style project (a git repository): the log in decisions/, the docs in doc/source (rST and
    MyST pages)."""
    GitRepo.init(project.root)
    project.write("decisions/0001-record-decisions.md", record("accepted", "Record decisions", revisit="never"))
    project.write("decisions/0002-keep-linuxbridge.md", record(
        "superseded", "Keep Linuxbridge", revisit="zed", superseded_by=[3],
        body="<script>alert(1)</script>\n\nSee <b>this</b>, [bad](javascript:alert(1)) and "
             "[its successor](0003-deprecate-linuxbridge.md).\n"))
    project.write("decisions/0003-deprecate-linuxbridge.md", record(
        "accepted", "Deprecate Linuxbridge", revisit="yoga", extra="supersedes: [2]\ntags: [ml2]",
        body="We deprecate it.\n\n## Consequences\n\nOperators move to OVS.\n"))
    source = project.root / "doc" / "source"
    project.write("doc/source/conf.py", 'project = "neutron"\nextensions = ["myst_parser", "adrtool.sphinxext"]\n')
    project.write("doc/source/index.rst", """
        Neutron decisions
        =================

        .. toctree::

           records
           agenda

        .. adr-index::

        Accepted only
        -------------

        .. adr-index::
           :status: accepted
        """)
    project.write("doc/source/records.rst", """
        Records
        =======

        .. adr-record:: 2

        .. adr-record:: 0003
        """)
    project.write("doc/source/agenda.md", """
        # Yoga PTG

        ```{adr-due} yoga
        ```
        """)
    return source


def text_of(page: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def test_each_directive_renders_the_log(docs: Path, tmp_path: Path) -> None:
    """adr-index (all records, and accepted only), adr-record (banner linking the successor, metadata, the
    body through MyST with raw HTML as text and the javascript: link dropped) and adr-due yoga, no warning."""
    out = tmp_path / "html"
    assert build(docs, out) == ""
    index = (out / "index.html").read_text(encoding="utf-8")
    tables = index.split('<table class="adr-index')[1:]
    assert len(tables) == 2
    assert re.findall(r"<td><p>(\d{4})</p></td>", tables[0]) == ["0001", "0002", "0003"]
    assert re.findall(r"<td><p>(\d{4})</p></td>", tables[1]) == ["0001", "0003"]
    assert '<a class="adr-link reference internal" href="records.html#adr-0003">Deprecate Linuxbridge</a>' \
        in index
    records = (out / "records.html").read_text(encoding="utf-8")
    banner = records.split('<div class="adr-banner adr-superseded warning admonition">')[1].split("</div>")[0]
    assert "This decision has been superseded by" in banner
    assert '<a class="adr-link reference internal" href="#adr-0003">0003: Deprecate Linuxbridge</a>' in banner
    assert '<pre><span></span>&lt;script&gt;alert(1)&lt;/script&gt;' in records and "<script>alert" not in records
    assert '<code class="docutils literal notranslate"><span class="pre">&lt;b&gt;</span></code>this' in records
    assert 'href="javascript:' not in records and "[bad](javascript:alert(1))" in records  # text, not a link
    assert '<a class="adr-link reference internal" href="#adr-0003">its successor</a>' in records
    assert '<section id="adr-0003-consequences">' in records and "Operators move to OVS." in records
    assert "Tags : ml2" in text_of(records)
    agenda = text_of((out / "agenda.html").read_text(encoding="utf-8"))
    assert "1 decision due at the Yoga PTG (2021-10-18 to 2021-10-22):" in agenda
    assert "0003: Deprecate Linuxbridge (accepted; revisit yoga, due on 2021-10-18)" in agenda


def test_a_changed_or_added_record_rebuilds_the_pages_that_show_it(project: Project, docs: Path,
                                                                   tmp_path: Path) -> None:
    """Sphinx reads again the page showing a record that changed, and the index when a record is added."""
    out = tmp_path / "html"
    build(docs, out)
    project.write("decisions/0003-deprecate-linuxbridge.md", record(
        "accepted", "Deprecate Linuxbridge in Zed", revisit="yoga", extra="supersedes: [2]"))
    project.write("decisions/0004-adopt-ovn.md", record("proposed", "Adopt OVN"))
    assert build(docs, out) == ""
    assert "0003: Deprecate Linuxbridge in Zed" in (out / "records.html").read_text(encoding="utf-8")
    assert "Adopt OVN" in (out / "index.html").read_text(encoding="utf-8")


def test_adr_dir_in_conf_py_names_the_log(project: Project, docs: Path, tmp_path: Path) -> None:
    """`adr_dir` (relative to conf.py) wins over discovery; a record that is not there is a build error."""
    project.write("elsewhere/0007-other-log.md", record("accepted", "From the other log"))
    (docs / "conf.py").write_text('extensions = ["adrtool.sphinxext"]\nadr_dir = "../../elsewhere"\n')
    (docs / "index.rst").write_text(textwrap.dedent("""
        Other
        =====

        .. adr-index::

        .. adr-record:: 2
        """))
    (docs / "records.rst").unlink()
    (docs / "agenda.md").unlink()
    warnings = build(docs, tmp_path / "html")
    assert "no record number 2 in" in warnings and "elsewhere" in warnings
    assert "From the other log" in (tmp_path / "html" / "index.html").read_text(encoding="utf-8")


def test_the_index_of_one_log_among_several(project: Project, tmp_path: Path) -> None:
    """In a repository of several logs (the real log4brains repository: its project log and its packages'
    logs), adr-index shows every record with a Log column, and `:log:` keeps one log's records."""
    shutil.copytree(Path(__file__).parent / "fixtures" / "realworld" / "log4brains", project.root, dirs_exist_ok=True)
    GitRepo.init(project.root)
    project.write("doc/source/conf.py", 'extensions = ["adrtool.sphinxext"]\n')
    project.write("doc/source/index.rst", """
        Decisions
        =========

        .. adr-index::

        The web package
        ---------------

        .. adr-index::
           :log: packages/web/docs/adr
        """)
    out = tmp_path / "html"
    assert build(project.root / "doc" / "source", out) == ""
    tables = (out / "index.html").read_text(encoding="utf-8").split('<table class="adr-index')[1:]
    every, web = (text_of(table.split("</table>")[0]) for table in tables)
    assert "Log" in every and every.count("packages/web/docs/adr") == 2 and every.count("docs/adr") == 7
    assert "Avoid React.FC type" in web and "Use Next.js for Static Site Generation" in web
    assert "packages/core" not in web and "Use Markdown Architectural Decision Records" not in web
