"""The built site in a real browser (headless Chromium, from file://): search as you type, facets, banners,
the due page, no console error and no request leaving the machine, on our test log, this repository's own
log and real logs of other tools. Screenshots of the home page and of a record page are written under the
test run's temporary directory (`screenshots/`), or ADR_SCREENSHOT_DIR, for a person to look at."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from browser import console_errors, requested_urls, start_browser
from sitekit import HOSTILE, TODAY, neutron_log
from test_realworld_logs import dir_args

from conftest import Project
from gitrepo import GitRepo, isolate_git

REPOSITORY = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass
class Site:
    root: Path
    due: list[str]  # the numbers `adr due --format json` lists, on the same day

    def url(self, page: str = "index.html") -> str:
        return (self.root / page).as_uri()

    def pages(self) -> list[str]:
        return [path.relative_to(self.root).as_posix() for path in sorted(self.root.rglob("*.html"))]


def build_site(base: Path, prepare: Any, *args: str) -> Site:
    """Make a project in ``base`` (``prepare(project)`` fills it), build its site, note what `adr due` says."""
    with pytest.MonkeyPatch.context() as patch:
        root = base / "project"
        root.mkdir()
        patch.chdir(root)
        patch.setenv("ADR_CACHE_DIR", str(base / "cache"))
        patch.delenv("ADR_TODAY", raising=False)
        isolate_git(patch)
        project = Project(root, today=TODAY)
        prepare(project)
        result = project.run(*args, "site")
        assert result.exit_code == 0, result.stderr
        due = project.run(*args, "due", "--format", "json")
        numbers = [f"{item['number']:04d}" for item in json.loads(due.stdout)] if due.exit_code in (0, 1) else []
        return Site(root / "_site", numbers)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from start_browser()


@pytest.fixture(scope="module")
def neutron(tmp_path_factory: pytest.TempPathFactory) -> Site:
    return build_site(tmp_path_factory.mktemp("neutron"), lambda project: neutron_log(GitRepo.init(project.root)))


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    chosen = os.environ.get("ADR_SCREENSHOT_DIR")
    folder = Path(chosen) if chosen else tmp_path_factory.getbasetemp() / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def visible_numbers(browser: Any) -> list[str]:
    return browser.execute_script(VISIBLE)


def shows(browser: Any, expected: list[str]) -> bool:
    """Whether the table comes to show the rows ``expected`` (waiting up to 10 s for the page's script: the
    machine may be busy); the rows it shows are then asserted on."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    with contextlib.suppress(TimeoutException):  # the assertion that follows shows what the table holds
        WebDriverWait(browser, 10, poll_frequency=0.02).until(lambda driver: driver.execute_script(VISIBLE) == expected)
    return visible_numbers(browser) == expected


VISIBLE = ("return Array.from(document.querySelectorAll('#records tbody tr'))"
           ".filter(function (row) { return !row.hidden && row.offsetParent !== null; })"
           ".map(function (row) { return row.cells[0].textContent; });")


def type_into_search(browser: Any, text: str) -> None:
    from selenium.webdriver.common.by import By

    field = browser.find_element(By.ID, "search")
    field.clear()
    browser.execute_script("arguments[0].dispatchEvent(new Event('input'))", field)
    field.send_keys(text)


def test_typing_in_search_narrows_the_table(browser: Any, neutron: Site, screenshots: Path) -> None:
    """Each keystroke filters: `lin` keeps the records with a word starting so, `linuxbridge` the two about it,
    a word of a body finds its record, two words must both be there; the count follows."""
    from selenium.webdriver.common.by import By

    browser.get(neutron.url())
    browser.save_screenshot(str(screenshots / "home.png"))
    assert shows(browser, ["0001", "0002", "0003", "0004", "0005", "0007", "0008"]), visible_numbers(browser)
    type_into_search(browser, "lin")
    assert shows(browser, ["0002", "0003"]), visible_numbers(browser)
    type_into_search(browser, "linuxbridge")
    assert shows(browser, ["0002", "0003"]), visible_numbers(browser)
    assert browser.find_element(By.ID, "count").text == "2 of 7 decisions"
    type_into_search(browser, "plugging")
    assert shows(browser, ["0004"]), visible_numbers(browser)
    type_into_search(browser, "keep linux")
    assert shows(browser, ["0002"]), visible_numbers(browser)
    type_into_search(browser, "zzzz")
    assert shows(browser, []), visible_numbers(browser)
    assert browser.find_element(By.ID, "nothing").is_displayed()


def large_log(project: Project) -> None:
    """250 records, every fifth about OVN: more than the table shows at once."""
    for number in range(1, 251):
        topic = "OVN" if number % 5 == 0 else "Linuxbridge"
        project.write(f"decisions/{number:04d}-decision-{number}.md",
                      f"---\nstatus: accepted\ndate: 2021-04-19\n---\n# Decision {number} about {topic}\n")
    GitRepo.init(project.root)


def test_a_large_log_shows_a_page_of_rows_and_more_on_request(browser: Any,
                                                              tmp_path_factory: pytest.TempPathFactory) -> None:
    """The table shows the first 100 matching rows and says so; "Show more" adds the next ones; a search
    starts again from the first page."""
    from selenium.webdriver.common.by import By

    site = build_site(tmp_path_factory.mktemp("large"), large_log)
    browser.get(site.url())
    everything = [f"{number:04d}" for number in range(1, 251)]
    assert shows(browser, everything[:100]), visible_numbers(browser)
    assert browser.find_element(By.ID, "count").text == "250 decisions (the first 100 shown)"
    more = browser.find_element(By.ID, "more")
    assert more.text == "Show 100 more"
    more.click()
    assert shows(browser, everything[:200]), visible_numbers(browser)
    assert more.text == "Show 50 more"
    more.click()
    assert shows(browser, everything), visible_numbers(browser)
    assert not more.is_displayed() and browser.find_element(By.ID, "count").text == "250 decisions"
    type_into_search(browser, "ovn")
    assert shows(browser, [f"{number:04d}" for number in range(5, 251, 5)]), visible_numbers(browser)
    assert browser.find_element(By.ID, "count").text == "50 of 250 decisions"
    type_into_search(browser, "linuxbridge")
    ovn_free = [f"{number:04d}" for number in range(1, 251) if number % 5]
    assert shows(browser, ovn_free[:100]), visible_numbers(browser)
    assert browser.find_element(By.ID, "count").text == "200 of 250 decisions (the first 100 shown)"


def test_a_facet_filters_the_table_and_combines_with_search(browser: Any, neutron: Site) -> None:
    """Status, tag and cycle facets keep the rows with that value; with a search, both must hold; Clear
    shows every row again."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(neutron.url())
    status = Select(browser.find_element(By.CSS_SELECTOR, "select[data-facet=status]"))
    status.select_by_value("superseded")
    assert shows(browser, ["0002"]), visible_numbers(browser)
    status.select_by_value("accepted")
    assert shows(browser, ["0001", "0003", "0004", "0008"]), visible_numbers(browser)
    type_into_search(browser, "keep")
    assert shows(browser, ["0004"]), visible_numbers(browser)
    browser.find_element(By.CSS_SELECTOR, "button[type=reset]").click()
    assert shows(browser, ["0001", "0002", "0003", "0004", "0005", "0007", "0008"]), visible_numbers(browser)
    Select(browser.find_element(By.CSS_SELECTOR, "select[data-facet=tags]")).select_by_value("ml2")
    assert shows(browser, ["0004"]), visible_numbers(browser)
    browser.find_element(By.CSS_SELECTOR, "button[type=reset]").click()
    cycle = Select(browser.find_element(By.CSS_SELECTOR, "select[data-facet=cycle]"))
    assert [option.text for option in cycle.options] == ["any", "Wallaby", "Xena"]  # calendar order
    cycle.select_by_visible_text("Xena")
    assert shows(browser, ["0007"]), visible_numbers(browser)


def test_the_log_facet_keeps_one_logs_rows(browser: Any, sites: Callable[[str], Site]) -> None:
    """A site of several logs (log4brains' project log and its packages' logs, as the real repository holds
    them) offers each log in the log facet; choosing one keeps that log's rows, with search too."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    site = sites("real log log4brains")  # the real repository's layout, found from its root (no --dir)
    browser.get(site.url())
    logs = Select(browser.find_element(By.CSS_SELECTOR, "select[data-facet=log]"))
    assert [option.text for option in logs.options] == [
        "any", "docs/adr", "packages/core/docs/adr", "packages/web/docs/adr"]
    titles = ("return Array.from(document.querySelectorAll('#records tbody tr'))"
              ".filter(function (row) { return !row.hidden && row.offsetParent !== null; })"
              ".map(function (row) { return row.cells[1].textContent.trim(); });")

    def shown(expected: list[str]) -> list[str]:
        """The titles shown once the table comes to show ``expected`` (or after 10 s)."""
        from selenium.common.exceptions import TimeoutException
        from selenium.webdriver.support.ui import WebDriverWait

        with contextlib.suppress(TimeoutException):
            WebDriverWait(browser, 10, poll_frequency=0.02).until(
                lambda driver: driver.execute_script(titles) == expected)
        return browser.execute_script(titles)

    logs.select_by_value("packages/web/docs/adr")
    assert shown(["Use Next.js for Static Site Generation", "Avoid React.FC type"]) == [
        "Use Next.js for Static Site Generation", "Avoid React.FC type"]
    type_into_search(browser, "children")  # in that record's body alone
    assert shown(["Avoid React.FC type"]) == ["Avoid React.FC type"]
    logs.select_by_value("packages/core/docs/adr")
    assert shown([]) == []
    assert browser.find_element(By.ID, "nothing").is_displayed()


def test_the_keyboard_reaches_search_with_a_slash(browser: Any, neutron: Site) -> None:
    """`/` puts the focus in the search field, as on many sites; typing then filters."""
    from selenium.webdriver.common.action_chains import ActionChains

    browser.get(neutron.url())
    ActionChains(browser).send_keys("/").send_keys("jammy").perform()
    assert browser.execute_script("return document.activeElement.id") == "search"
    assert shows(browser, ["0008"]), visible_numbers(browser)


def test_a_record_page_shows_its_banner_and_leads_to_its_successor(browser: Any, neutron: Site,
                                                                   screenshots: Path) -> None:
    """The superseded record's banner says so and links the successor, whose page the link opens."""
    from selenium.webdriver.common.by import By

    browser.get(neutron.url("records/0002-keep-linuxbridge.html"))
    browser.save_screenshot(str(screenshots / "record.png"))
    banner = browser.find_element(By.CSS_SELECTOR, ".banner-superseded")
    assert banner.text == "This decision has been superseded by 0003: Deprecate Linuxbridge."
    banner.find_element(By.LINK_TEXT, "0003: Deprecate Linuxbridge").click()
    assert browser.current_url == neutron.url("records/0003-deprecate-linuxbridge.html")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Deprecate Linuxbridge"


def test_the_due_page_lists_what_adr_due_lists(browser: Any, neutron: Site) -> None:
    """The rows under "due now" are the decisions `adr due` lists, in its order."""
    from selenium.webdriver.common.by import By

    browser.get(neutron.url("due.html"))
    shown = [row.get_attribute("data-number")
             for row in browser.find_elements(By.CSS_SELECTOR, "#due-now tr[data-number]")]
    assert shown == neutron.due == ["0007", "0004"]


def test_with_javascript_off_the_table_shows_every_record(browser: Any, neutron: Site) -> None:
    """No script: every row is there and the search form (which would do nothing) stays hidden. (Scripts are
    turned off in the same browser, through its DevTools protocol, and on again after.)"""
    from selenium.webdriver.common.by import By

    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        browser.get(neutron.url())
        rows = browser.find_elements(By.CSS_SELECTOR, "#records tbody tr")
        assert [row.find_element(By.TAG_NAME, "td").text for row in rows if row.is_displayed()] == [
            "0001", "0002", "0003", "0004", "0005", "0007", "0008"]
        assert not browser.find_element(By.ID, "filters").is_displayed()  # site.js, had it run, would show it
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def copy_into(source: Path, target: str) -> Any:
    """Prepare a project holding a copy of ``source`` at ``target`` (where discovery finds the log), in git."""
    def prepare(project: Project) -> None:
        shutil.copytree(source, project.root / target, dirs_exist_ok=True)
        GitRepo.init(project.root)

    return prepare


def hostile_log(project: Project) -> None:
    project.write("decisions/0001-hostile.md", HOSTILE)


LOGS = {
    "this repository's log": copy_into(REPOSITORY / "decisions", "decisions"),
    "adr-tools": copy_into(FIXTURES / "adr-tools" / "basic", "."),
    "madr 2": copy_into(FIXTURES / "madr" / "madr2", "decisions"),
    "hostile record": hostile_log,
    # Real logs of tests/fixtures/realworld (see tests/fixtures/PROVENANCE.md), each in a repository of its own,
    # with --dir where it is kept in an unusual place: those whose sites differ in kind from the above
    # (emoji statuses and long bodies; titles only in front matter; a log at the repository's root; several
    # logs of date-named records). test_site.py checks every page of every real log's site for what it loads.
    **{f"real log {name}": copy_into(FIXTURES / "realworld" / name, ".")
       for name in ("cloud-platform", "decentraland-adr", "arachne-architecture", "log4brains")},
}


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Site]:
    """The site of each of ``LOGS``, built once for the module: the tests only read them."""
    built: dict[str, Site] = {}

    def site(name: str) -> Site:
        if name not in built:
            args = dir_args(name.removeprefix("real log ")) if name.startswith("real log ") else []
            built[name] = build_site(tmp_path_factory.mktemp("log"), LOGS[name], *args)
        return built[name]

    return site


# Logs whose every page the browser opens: this repository's, and a record full of markup and scripts. Of the
# others' sites it opens the pages that differ in kind (home, due, graph, the first and the last record);
# test_site.py checks every page of them for what a page may load.
EVERY_PAGE = ("this repository's log", "hostile record")


def opened(name: str, pages: list[str]) -> list[str]:
    if name in EVERY_PAGE:
        return pages
    records = [page for page in pages if page.startswith("records/")]
    return [page for page in pages if not page.startswith("records/")] + records[:1] + records[-1:]


@pytest.mark.parametrize("name", list(LOGS))
def test_every_page_loads_without_console_errors_or_requests_elsewhere(browser: Any, name: str,
                                                                        sites: Callable[[str], Site]) -> None:
    """Every page of each site (ours, real logs of other tools, a record full of markup and scripts) opens
    with no console error and no dialog; every request is for a file of the site; search narrows the table
    to the rows holding the typed word."""
    site = sites(name)
    requested_urls(browser), console_errors(browser)  # what earlier tests left in the logs
    pages = sorted(opened(name, site.pages()), key=lambda page: page == "index.html")  # the home page last:
    for page in pages:  # the search below is typed into it
        browser.get(site.url(page))
        heading, inline_scripts = browser.execute_script(PAGE_CHECK)  # one round trip to the browser per page
        assert heading, page
        assert inline_scripts == 0, page
    assert console_errors(browser) == []
    urls = requested_urls(browser)
    inside = site.root.as_uri() + "/"
    assert len(urls) >= len(pages) and [url for url in urls if not url.startswith(inside)] == []
    assert pages[-1] == "index.html" and browser.current_url == site.url()
    titles = browser.execute_script(
        "return Array.from(document.querySelectorAll('#records tbody tr td:nth-child(2)'))"
        ".map(function (cell) { return cell.textContent; })")
    word = max((w for title in titles for w in title.split() if w.isalpha()), key=len).lower()
    type_into_search(browser, word)
    expected = [row for row, title in zip(visible_numbers_all(browser), titles) if word in title.lower()]
    assert set(expected) <= set(visible_numbers(browser)) and 0 < len(visible_numbers(browser)) <= len(titles)
    assert console_errors(browser) == []


# The first h1's text as the page shows it (none when it is not shown: display, visibility or opacity), and how
# many inline scripts the page holds.
PAGE_CHECK = ("var h1 = document.querySelector('h1');"
              "var shown = h1 !== null && h1.checkVisibility({visibilityProperty: true, opacityProperty: true});"
              "return [shown ? h1.innerText.trim() : '', document.querySelectorAll('script:not([src])').length];")


def visible_numbers_all(browser: Any) -> list[str]:
    return browser.execute_script("return Array.from(document.querySelectorAll('#records tbody tr'))"
                                  ".map(function (row) { return row.cells[0].textContent; })")
