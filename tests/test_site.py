"""`adr site`: the pages, their links, what they take from the core, safety, and where the site is written.
(The browser tests are in test_site_browser.py.)"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from sitekit import HOSTILE, TODAY, hrefs, neutron_log, site_pages
from test_realworld_logs import TRUTH, dir_args

from conftest import Project
from forking import ForkServer
from gitrepo import GitRepo, make_repo, record

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def repo(project: Project, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """The project directory, a git repository holding the Neutron log."""
    repo = make_repo(project.root, monkeypatch)
    neutron_log(repo)
    project.today = TODAY
    return repo


def build(project: Project, *args: str) -> Path:
    result = project.run("site", *args)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "_site/index.html\n" or "--output" in args
    return project.root / "_site"


def table_numbers(page: str) -> list[str]:
    return re.findall(r'<td class="number">(\d*)</td>', page)


def test_every_record_has_a_row_and_a_page_and_every_link_is_relative_and_resolves(project: Project,
                                                                                      repo: GitRepo) -> None:
    """The home table lists every record in log order; each page's links are relative and lead to files of
    the site (what a static host or file:// serves); nothing is fetched from elsewhere."""
    site = build(project)
    pages = site_pages(site)
    assert table_numbers(pages["index.html"]) == ["0001", "0002", "0003", "0004", "0005", "0007", "0008"]
    assert sorted(name for name in pages if name.startswith("records/")) == [
        "records/0001-record-decisions.html", "records/0002-keep-linuxbridge.html",
        "records/0003-deprecate-linuxbridge.html", "records/0004-keep-iptables-hybrid.html",
        "records/0005-adopt-ovn-everywhere.html", "records/0007-drop-python-3-6.html",
        "records/0008-move-ci-to-jammy.html"]
    for name, page in pages.items():
        for href in hrefs(page):
            assert not re.match(r"^[a-z]+:|^/", href), (name, href)
            if href.startswith("#"):
                continue
            target = (site / name).parent / html.unescape(href).split("#")[0]
            assert target.resolve().is_file(), (name, href)
    assert (site / ".adr-site").is_file()


def test_a_superseded_record_has_a_banner_linking_its_successor(project: Project, repo: GitRepo) -> None:
    """Like a PEP: the superseded decision says so at its top and links the record that replaced it; a
    rejected one says it was rejected; an accepted one has no banner."""
    pages = site_pages(build(project))
    old = pages["records/0002-keep-linuxbridge.html"]
    assert re.search(r'<div class="banner banner-superseded" role="note">\n<p>This decision has been superseded '
                     r'by <a href="../records/0003-deprecate-linuxbridge.html">0003: Deprecate Linuxbridge</a>.</p>',
                     old)
    assert 'class="banner banner-rejected"' in pages["records/0005-adopt-ovn-everywhere.html"]
    assert "This decision was rejected." in pages["records/0005-adopt-ovn-everywhere.html"]
    assert "banner" not in pages["records/0004-keep-iptables-hybrid.html"].split("<main")[1].split("</dl>")[0] \
        .replace("banner-", "")


def test_a_record_page_shows_metadata_links_revisits_and_the_body(project: Project, repo: GitRepo) -> None:
    """Metadata, the relations both ways, the `adr revisit` outcomes, and the Markdown body with its link to
    another record's file turned into a link to that record's page (its title heading not repeated)."""
    pages = site_pages(build(project))
    page = pages["records/0004-keep-iptables-hybrid.html"]
    assert "<dt>Tags</dt><dd>firewall, ml2</dd>" in page
    assert ("<tr><td class=\"date\">2021-04-20</td><td>xena</td><td>kept</td><td>yoga</td>"
            "<td>operators still use it</td></tr>") in page
    assert ('<p>Operators rely on <strong>hybrid plugging</strong>; see '
            '<a href="0002-keep-linuxbridge.html">ADR 2</a>.</p>') in page
    assert "<h1>Keep the iptables_hybrid driver</h1>" in page and page.count("Keep the iptables_hybrid driver</h") == 1
    old = pages["records/0002-keep-linuxbridge.html"]
    assert ('<dt>Superseded by</dt><dd><a href="../records/0003-deprecate-linuxbridge.html">0003: Deprecate '
            'Linuxbridge</a></dd>') in old


def test_the_timeline_is_what_adr_log_shows(project: Project, repo: GitRepo) -> None:
    """Each record's timeline has the events of `adr log N`, in its order, renames followed (0005 was 0006)."""
    pages = site_pages(build(project))
    for number, name in (("2", "0002-keep-linuxbridge"), ("5", "0005-adopt-ovn-everywhere")):
        events = json.loads(project.run("log", number, "--format", "json").stdout)
        page = pages[f"records/{name}.html"]
        shown = re.findall(r'<span class="change">([^<]*)</span> <span class="who">([^<]*)</span> '
                           r'<code title="([0-9a-f]{40})">', page)
        assert [(change, sha) for change, _, sha in shown] == [
            (_change(event), event["sha"]) for event in events]
        assert len(shown) >= 2
    assert "renamed 0006-adopt-ovn-everywhere.md -&gt; 0005-adopt-ovn-everywhere.md" in \
        pages["records/0005-adopt-ovn-everywhere.html"]


def _change(event: dict[str, Any]) -> str:
    """An event as `adr log` shows it in its CHANGE column, escaped as in HTML (a successor's numbers, JSON
    numbers, as 0003)."""
    if event["event"] == "created":
        return f"created ({event['to']})"

    def shown(value: Any) -> str:
        if isinstance(value, list):
            return ", ".join(f"{number:04d}" for number in value) or "(none)"
        return value or "(none)"

    return html.escape(f"{event['event']} {shown(event['from'])} -> {shown(event['to'])}", quote=False)


def due_page_numbers(page: str) -> list[str]:
    due_now = page.split('<div id="due-now">')[1].split('<h2 class="part">')[0]
    return re.findall(r'<tr data-number="(\d+)">', due_now)


def test_the_due_page_lists_what_adr_due_lists_grouped_by_event(project: Project, repo: GitRepo) -> None:
    """At the coming PTG (Yoga, from 2021-09-01): the decisions of `adr due`, in its order, under the event each
    is due at (a date before the PTG: overdue); then the agenda of the PTGs after it."""
    page = site_pages(build(project))["due.html"]
    due = json.loads(project.run("due", "--format", "json").stdout)
    assert due_page_numbers(page) == [f"{item['number']:04d}" for item in due] == ["0007", "0004"]
    assert "<h1>Due at the Yoga PTG (2021-10-18 to 2021-10-22)</h1>" in page
    assert '<h2>On 2021-06-01 <span class="overdue">overdue</span></h2>' in page
    assert "<h2>Yoga PTG (2021-10-18 to 2021-10-22)</h2>" in page
    coming = page.split("<h2 class=\"part\">Coming PTGs</h2>")[1]
    assert coming.startswith("\n<p>") and "<h3>Zed PTG (2022-04-04 to 2022-04-08)</h3>" in coming
    assert re.findall(r'<tr data-number="(\d+)">', coming) == ["0008"]


def test_the_due_page_links_the_feed_of_revisit_points(project: Project, repo: GitRepo) -> None:
    """The site carries the revisit points' calendar feed, the same bytes as `adr feed` with the site's title,
    linked from the due page."""
    import icalendar

    site = build(project, "--title", "Neutron decisions")
    assert '<a href="revisits.ics" type="text/calendar">' in site_pages(site)["due.html"]
    feed = (site / "revisits.ics").read_bytes()
    assert feed == project.run("feed", "--name", "Neutron decisions").stdout.encode("utf-8")
    events = list(icalendar.Calendar.from_ical(feed).walk("VEVENT"))
    assert sorted(re.findall(r"ADR \d{4}", str(event["SUMMARY"]))[0] for event in events) == [
        "ADR 0004", "ADR 0007", "ADR 0008"]


def test_the_due_page_on_todays_real_date(project: Project, repo: GitRepo) -> None:
    """Built on the real today: the page lists what `adr due` lists today (at the coming PTG, published or
    projected), under the same heading."""
    result = project.run_console("site")  # no --today: the real date
    assert result.exit_code == 0, result.stderr
    page = (project.root / "_site" / "due.html").read_text(encoding="utf-8")
    due = project.run_console("due", "--format", "json")
    assert due.exit_code in (0, 1), due.stderr
    expected = [f"{item['number']:04d}" for item in json.loads(due.stdout)]
    text = project.run_console("due").stdout
    heading = html.escape(text.split("\n")[0].split(" due ", 1)[1].rstrip(":").split(", ")[0] if expected
                          else text.split("Nothing is due ", 1)[1].split("\n")[0].rstrip("."), quote=False)
    assert f"<h1>Due {heading}</h1>" in page
    assert (due_page_numbers(page) if expected else []) == expected
    if not expected:
        assert "<p id=\"due-count\">Nothing is due.</p>" in page


def test_the_graph_is_drawn_in_the_page(project: Project, repo: GitRepo) -> None:
    """The supersedes link as SVG in the page itself (no script, no network), its nodes linking the records."""
    page = site_pages(build(project))["graph.html"]
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg" class="graph"') == 1
    assert '<a class="node" href="records/0003-deprecate-linuxbridge.html">' in page
    assert '<path class="supersedes"' in page
    assert "<li><a href=\"records/0003-deprecate-linuxbridge.html\">0003: Deprecate Linuxbridge</a> supersedes " \
           "<a href=\"records/0002-keep-linuxbridge.html\">0002: Keep Linuxbridge</a></li>" in page


def test_the_same_log_and_history_give_the_same_bytes(project: Project, repo: GitRepo, tmp_path: Path) -> None:
    """Built twice, into two places, the sites are byte for byte the same."""
    first, second = tmp_path / "one", tmp_path / "two"
    build(project, "--output", str(first))
    build(project, "--output", str(second))
    files = sorted(path.relative_to(first) for path in first.rglob("*") if path.is_file())
    assert files == sorted(path.relative_to(second) for path in second.rglob("*") if path.is_file())
    assert len(files) > 10
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_the_search_index_holds_each_records_words(project: Project, repo: GitRepo) -> None:
    """search-index.js: the sorted words, each with the table rows (as gaps) whose record holds it."""
    site = build(project)
    script = (site / "search-index.js").read_text(encoding="utf-8")
    assert script.startswith("window.adrSearchIndex={") and script.endswith("};\n")
    index = json.loads(script[len("window.adrSearchIndex="):-2])
    assert index["rows"] == 7
    assert index["terms"] == sorted(index["terms"])

    def rows(word: str) -> list[int]:
        gaps = index["postings"][index["terms"].index(word)]
        return [sum(gaps[:k + 1]) for k in range(len(gaps))]

    assert rows("linuxbridge") == [1, 2]  # 0002 and 0003, by title
    assert rows("plugging") == [3]  # 0004, by its body
    assert rows("firewall") == [3]  # by its tag


def test_nothing_a_record_holds_becomes_markup_or_a_script(project: Project, tmp_path: Path) -> None:
    """Raw HTML in the body and HTML in every metadata field are shown as text; javascript:, data: and
    vbscript: links are dropped; a remote image is a link (viewing fetches nothing); a local one is copied."""
    project.write("decisions/0001-hostile.md", HOSTILE)
    (project.root / "decisions" / "diagram.png").write_bytes(b"\x89PNG fake")
    site = build(project, "--no-git")
    everything = "\n".join(site_pages(site).values())
    assert re.findall(r"<script[^>]*>", everything) == ['<script src="search-index.js">',
                                                        '<script src="static/site.js">']
    for markup in ("<img src=x", "<iframe", "<b>yoga", "onerror=\"alert('raw')", "onmouseover=\"alert"):
        assert markup not in everything
    for scheme in ("javascript:", "data:", "vbscript:"):
        assert not [href for href in hrefs(everything) if href.lower().startswith(scheme)]
    page = (site / "records" / "0001-hostile.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;" in page or \
        "&lt;script&gt;alert('body')&lt;/script&gt;" in page
    assert '<a class="remote-image" href="https://example.org/tracker.png">[image: remote]</a>' in page
    assert '<img src="../files/decisions/diagram.png" alt="local" loading="lazy">' in page
    assert (site / "files" / "decisions" / "diagram.png").read_bytes() == b"\x89PNG fake"
    assert '<span class="missing-image">[image: missing]</span>' in page
    assert '<a href="https://example.org/">ok</a>' in page


def test_no_page_holds_a_control_character(project: Project) -> None:
    """The calendar's names and a record's title and body reach the pages with their control characters written
    as escapes (the due page's headings too), as a terminal is shown them."""
    project.write(".adr.toml", 'calendar = "cycles.toml"\n')
    project.write("cycles.toml", '[[series]]\nname = "zz"\ndisplay = "Z\\u001b]52;c;ZXZpbA==\\u0007"\n'
                                 'release_date = 2099-09-29\nptg_start = 2099-04-05\nptg_end = 2099-04-09\n')
    project.write("decisions/0001-x.md", "---\nstatus: accepted\ndate: 2021-04-19\nrevisit: zz\n---\n"
                                         "# Title \x1b[31m\n\nBody \x07 bell.\n")
    project.today = "2099-01-01"
    pages = site_pages(build(project, "--no-git"))
    assert not [name for name, page in pages.items() if re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", page)]
    assert "<h1>Due at the Z\\x1b]52;c;ZXZpbA==\\x07 PTG (2099-04-05 to 2099-04-09)</h1>" in pages["due.html"]
    assert "<p>Body \\x07 bell.</p>" in pages["records/0001-x.html"]


def test_an_image_outside_the_project_is_never_copied(project: Project, tmp_path: Path) -> None:
    """A record that names a file outside the project as an image gets text, and the file stays out of the site."""
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not for the web")
    project.write("decisions/0001-peek.md", record("accepted", "Peek", body=f"![s]({Path('..') / '..' / 'secret.png'})\n"))
    site = build(project, "--no-git")
    assert not (site / "files").exists()
    assert '<span class="missing-image">[image: s]</span>' in (site / "records" / "0001-peek.html").read_text()


def test_a_directory_adr_site_did_not_write_is_never_replaced(project: Project, repo: GitRepo) -> None:
    """--output naming a directory with files of its own (no .adr-site) is refused; so are the project, the
    decision directory and a directory holding them; a site written before is replaced whole (a page gone from
    the log goes)."""
    other = project.root / "docs"
    other.mkdir()
    (other / "keep.txt").write_text("mine")
    refused = project.run("site", "--output", "docs")
    assert (refused.exit_code, refused.stdout) == (2, "")
    assert refused.stderr.startswith("adr: ") and "not replacing it" in refused.stderr
    assert (other / "keep.txt").read_text() == "mine"
    for place in (".", "decisions", ".."):
        result = project.run("site", "--output", place)
        assert result.exit_code == 2 and result.stderr.startswith("adr: --output "), result.stderr
    site = build(project)
    (site / "stray.html").write_text("left over")
    (project.decisions / "0008-move-ci-to-jammy.md").unlink()
    build(project)
    assert not (site / "stray.html").exists()
    assert not (site / "records" / "0008-move-ci-to-jammy.html").exists()
    assert sorted(p.name for p in project.root.iterdir() if p.name.startswith(".")) == [".git"]


def test_a_record_named_as_long_as_a_file_system_allows_has_a_shortened_page(project: Project) -> None:
    """A record file name of 255 bytes would make a page name too long for the file system: the page keeps the
    name's start and ends with a hash of it, the same on every build, and the links to it lead there; two such
    names that start alike get two pages."""
    long_names = [f"0002-{'a' * 247}.md", f"0003-{'a' * 246}b.md"]
    for name in ("0001-short.md", *long_names):
        project.write(f"decisions/{name}", record("accepted", name[:4]))
    project.write("decisions/0004-next.md", record("accepted", "Next", extra="supersedes: [2]"))
    site = build(project)
    pages = sorted(name for name in site_pages(site) if name.startswith("records/"))
    assert pages[:2] == ["records/0001-short.html", f"records/0002-{'a' * 142}-{sha(long_names[0])}.html"]
    assert pages[2].startswith(f"records/0003-{'a' * 142}-") and pages[2] != pages[1].replace("0002", "0003")
    assert all(len(page.split("/")[-1]) <= 165 for page in pages)
    for name, page in site_pages(site).items():
        for href in hrefs(page):
            target = (site / name).parent / html.unescape(href).split("#")[0]
            assert href.startswith("#") or target.resolve().is_file(), (name, href)
    assert f'href="../{pages[1]}"' in (site / "records" / "0004-next.html").read_text()
    assert sorted(name for name in site_pages(build(project)) if name.startswith("records/")) == pages


def sha(file_name: str) -> str:
    import hashlib

    return hashlib.sha256(file_name[:-3].encode()).hexdigest()[:12]


def test_outside_git_the_pages_have_no_timeline(project: Project) -> None:
    """Without a repository (or with --no-git) the site is built all the same, without timelines."""
    project.write("decisions/0001-use-adrs.md", record("accepted", "Use ADRs"))
    site = build(project)
    assert "Timeline" not in (site / "records" / "0001-use-adrs.html").read_text()


def test_a_revisit_on_the_last_day_a_date_holds_is_built(project: Project) -> None:
    """A record to revisit on 9999-12-31 is in the site and its feed (no day after it is needed)."""
    project.write("decisions/0001-far.md", "---\nstatus: accepted\ndate: 2021-04-19\nrevisit: 9999-12-31\n---\n# Far\n")
    site = build(project)
    assert b"DURATION:P1D\r\n" in (site / "revisits.ics").read_bytes()


def test_an_unreadable_record_is_left_out_and_reported(project: Project) -> None:
    """A record that cannot be read is not in the site; stderr says so and the exit code is 2."""
    project.write("decisions/0001-use-adrs.md", record("accepted", "Use ADRs"))
    project.write("decisions/0002-broken.md", "---\nstatus: !status unclosed\n---\n# Broken\n")
    result = project.run("site")
    assert result.exit_code == 2
    assert result.stderr.startswith("adr: ") and "0002-broken.md" in result.stderr and "left out of the site" \
        in result.stderr
    assert table_numbers((project.root / "_site" / "index.html").read_text()) == ["0001"]


def test_what_a_killed_build_left_is_removed_by_the_next(project: Project, repo: GitRepo, tmp_path: Path) -> None:
    """A build killed mid-way leaves its half-built tree (`._site.PID.XXXXXXXX.new`) or the site it replaced
    (`.old`) beside the site; the next build removes those whose process is gone, and keeps one a build running
    now (a live process) is writing, and anything else."""
    import os
    import subprocess
    import sys

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    alive = str(os.getpid())
    for name in (f"._site.{gone}.abcd1234.new", f"._site.{gone}.abcd1234.old", f"._site.{alive}.wxyz9876.new",
                 "._site.unrelated", "._site.12.short.new"):
        (project.root / name / "records").mkdir(parents=True)
        (project.root / name / "records" / "page.html").write_text("half")
    build(project)
    assert sorted(p.name for p in project.root.iterdir() if p.name.startswith("._site")) == sorted([
        "._site.12.short.new", f"._site.{alive}.wxyz9876.new", "._site.unrelated"])


@pytest.mark.parametrize("fixture, directory", [("adr-tools/basic", "doc/adr"), ("madr/madr2", "."),
                                                 ("log4brains/project", "docs/adr")])
def test_every_dialect_builds(project: Project, fixture: str, directory: str) -> None:
    """adr-tools, MADR 2 and log4brains logs (real tool output) give a row and a page per record, with the
    same statuses `adr list` reads; a log4brains user switches with one command, `adr site`."""
    shutil.copytree(FIXTURES / fixture, project.root / "log")
    args = ("--dir", f"log/{directory}")
    listed = json.loads(project.run(*args, "list", "--format", "json").stdout)
    result = project.run(*args, "site")
    assert result.exit_code == 0, result.stderr
    page = (project.root / "_site" / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<tr data-status="([^"]*)"', page) == [item["status"] or "" for item in listed]
    assert len(list((project.root / "_site" / "records").glob("*.html"))) == len(listed) > 0


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_every_page_of_a_real_logs_site_loads_only_files_of_the_site(project: Project, name: str) -> None:
    """The site of each real log of tests/fixtures/realworld: a page per record it lists, and on every page
    a heading, no inline script, and every source and stylesheet a relative path to a file of the site:
    viewing a page fetches nothing from elsewhere (the records' links to the web stay links). The browser
    opens some of these pages: test_site_browser.py."""
    shutil.copytree(FIXTURES / "realworld" / name, project.root, dirs_exist_ok=True)
    GitRepo.init(project.root)
    listed = json.loads(project.run(*dir_args(name), "list", "--format", "json").stdout)
    assert project.run(*dir_args(name), "site").exit_code == 0
    site = project.root / "_site"
    pages = site_pages(site)
    assert len([page for page in pages if page.startswith("records/")]) == len(listed) > 0
    for page, text in pages.items():
        assert re.search(r"<h1[^>]*>[^<]", text) and "<script>" not in text, page
        loaded = re.findall(r'\bsrc="([^"]*)"', text) + re.findall(r'<link\b[^>]*\bhref="([^"]*)"', text)
        assert loaded, page
        for url in loaded:
            assert not re.match(r"^[a-z]+:|^/", url), (page, url)
            assert ((site / page).parent / html.unescape(url)).resolve().is_file(), (page, url)


def test_the_readme_shows_the_example_workflow_as_it_is() -> None:
    """The GitHub Pages recipe in the README is the example workflow file, byte for byte."""
    root = Path(__file__).resolve().parent.parent
    workflow = (root / "docs" / "examples" / "github-pages.yml").read_text(encoding="utf-8")
    assert f"```yaml\n{workflow}```" in (root / "README.md").read_text(encoding="utf-8")
    assert "adr site" in workflow and "upload-pages-artifact" in workflow


def test_pages_made_on_two_processes_are_the_pages_one_process_makes(project: Project, repo: GitRepo,
                                                                     tmp_path: Path,
                                                                     fork_server: ForkServer) -> None:
    """With the records' pages shared out (one record a chunk), the worker makes some of them, and the site,
    its search index and the image files the worker's pages show are byte for byte those of one process."""
    for number in (9, 10, 11):
        repo.write(f"decisions/{number:04d}-picture-{number}.md",
                   record("accepted", f"Picture {number}", body=f"![plan](plan-{number}.png)\n"))
        (project.decisions / f"plan-{number}.png").write_bytes(b"\x89PNG %d" % number)
    repo.commit("Pictures", "2021-06-01T10:00:00+00:00")
    one, two = tmp_path / "one", tmp_path / "two"
    build(project, "--output", str(one))
    pids = tmp_path / "pids"
    fork_server.call(build_on_two_processes, project.today, two, pids)
    assert len(set(pids.read_text().split())) == 2
    files = sorted(path.relative_to(one) for path in one.rglob("*") if path.is_file())
    assert files == sorted(path.relative_to(two) for path in two.rglob("*") if path.is_file())
    assert {f"files/decisions/plan-{number}.png" for number in (9, 10, 11)} <= {name.as_posix() for name in files}
    for name in files:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


def build_on_two_processes(today: str, output: Path, pids: Path) -> None:
    """In the fork server's child: `adr site --output OUTPUT` with every record's page a chunk to share out,
    each process noting its id in ``pids`` as it takes one, and waiting until the other has taken one too."""
    import os
    import time

    from adrtool.cache import sharing, store
    from adrtool.cache.reading import Sharing

    parent = os.getpid()
    original = sharing.share_out

    def observed(work: Any, items: Any, chunk: int) -> Any:
        def noting(part: Any) -> Any:
            with pids.open("a") as file:
                file.write(f"{os.getpid()}\n")
            waited = time.monotonic()
            while os.getpid() == parent and len(set(pids.read_text().split())) < 2 and time.monotonic() - waited < 5:
                time.sleep(0.01)  # this process waits until the worker has taken a chunk too
            return work(part)
        return original(noting, items, chunk)

    sharing.share_out = observed  # type: ignore[assignment]
    store.SHARING = Sharing(cores=2)
    store.SHARED_ITEMS_MIN = 1
    store.SHARED_CHUNK = 1
    build(Project(Path.cwd(), today), "--output", str(output))
