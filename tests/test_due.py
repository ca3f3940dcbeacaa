"""adr due and adr cycles: revisit points on the release calendar."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil

import pytest

from conftest import Project, Result

YOGA = "at the Yoga PTG (2021-10-18 to 2021-10-22)"


def record(project: Project, number: int, title: str, revisit: str | None, status: str = "accepted",
           cycle: str = "xena") -> None:
    revisit_line = f"revisit: {revisit}\n" if revisit is not None else ""
    slug = "-".join(title.lower().split())
    project.write(f"decisions/{number:04d}-{slug}.md",
                  f"---\nstatus: {status}\ndate: 2021-04-19\ncycle: {cycle}\n{revisit_line}---\n# {title}\n\n"
                  f"## Decision\n\nWe {title.lower()}. Then more.\n")


def due_numbers(project: Project, *args: str) -> list[tuple[int, bool]]:
    result = project.run("due", *args, "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    return [(item["number"], item["overdue"]) for item in json.loads(result.stdout)]


@pytest.mark.parametrize(("revisit", "expected"), [
    ("2021-10-17", [(1, True)]),    # the day before the PTG: overdue
    ("2021-10-18", [(1, False)]),   # the PTG's first day: due
    ("2021-10-22", [(1, False)]),   # its last day: due
    ("2021-10-23", []),             # the day after: not yet
])
def test_date_boundaries_at_a_cycle(project: Project, revisit: str, expected: list[tuple[int, bool]]) -> None:
    """A dated revisit point is due up to the PTG's last day and overdue before its first."""
    record(project, 1, "Keep Linuxbridge", revisit)
    assert due_numbers(project, "--cycle", "yoga") == expected


@pytest.mark.parametrize(("revisit", "expected"), [
    ("xena", [(1, True)]), ("yoga", [(1, False)]), ("zed", []), ("2023.1", []),
])
def test_cycle_points_before_at_and_after(project: Project, revisit: str, expected: list[tuple[int, bool]]) -> None:
    """A cycle revisit point counts as the first day of that cycle's PTG."""
    record(project, 1, "Keep Linuxbridge", revisit)
    assert due_numbers(project, "--cycle", "Yoga") == expected


def test_only_active_decisions_and_never_is_never_due(project: Project) -> None:
    """Superseded, rejected and deprecated decisions, and `revisit: never`, are not due."""
    record(project, 1, "Proposed one", "yoga", status="proposed")
    record(project, 2, "Superseded one", "yoga", status="superseded")
    record(project, 3, "Rejected one", "xena", status="rejected")
    record(project, 4, "Never again", "never")
    record(project, 5, "No point", None)
    assert due_numbers(project, "--cycle", "yoga") == [(1, False)]


def test_a_log_s_words_for_a_decision_in_force_are_due_unless_config_names_its_own(project: Project) -> None:
    """`Implemented`, `Approved`, `In Progress` (tobondev/homelab, tmforum-oda) are due as accepted is; `Draft`
    is not; a project that sets active-statuses gets exactly those."""
    for number, status in enumerate(["Implemented", "Approved", "In Progress", "Draft"], start=1):
        project.write(f"decisions/{number:04d}-t.md", f"# {number}. T\n\nDate: 2021-04-10\n\nReview by: 2021-06-10\n\n"
                                                      f"## Status\n\n{status}\n")
    assert due_numbers(project, "--cycle", "yoga") == [(1, True), (2, True), (3, True)]
    project.write(".adr.toml", 'active-statuses = ["approved"]\n')
    assert due_numbers(project, "--cycle", "yoga") == [(2, True)]


@pytest.mark.parametrize("today", ["2021-11-01", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_a_configured_pending_status_is_due_as_the_reader_reads_it(project: Project, today: str) -> None:
    """A project whose active-statuses names `pending` has its `Pending` records due: the reader reads the word as
    a proposal, and the configured word is compared as read (it was compared as written, and nothing was due)."""
    for number, status in enumerate(["Pending", "Rejected"], start=1):
        project.write(f"decisions/{number:04d}-t.md", f"# {number}. T\n\nDate: 2021-04-10\n\nReview by: 2021-06-10\n\n"
                                                      f"## Status\n\n{status}\n")
    project.write(".adr.toml", 'active-statuses = ["pending"]\n')
    assert due_numbers(project, "--as-of", today) == [(1, True)]


def test_text_output_and_exit_codes(project: Project) -> None:
    """The text report lists due decisions sorted by revisit point then number; exit 1, or 0 with --exit-zero."""
    record(project, 2, "Keep Linuxbridge", "yoga")
    record(project, 1, "Keep iptables", "2021-06-01")
    result = project.run("due", "--cycle", "yoga")
    assert result.exit_code == 1
    assert result.stdout == (
        f"2 decisions due {YOGA}, 1 overdue:\n"
        "NUMBER  WHEN     DUE ON      REVISIT     STATUS    DECIDED  TITLE             PATH\n"
        "0001    overdue  2021-06-01  2021-06-01  accepted  xena     Keep iptables     decisions/0001-keep-iptables.md\n"
        "0002    due      2021-10-18  yoga        accepted  xena     Keep Linuxbridge  decisions/0002-keep-linuxbridge.md\n")
    assert project.run("due", "--cycle", "yoga", "--exit-zero").exit_code == 0
    nothing = project.run("due", "--cycle", "xena")
    assert (nothing.exit_code, nothing.stdout) == (0, "Nothing is due at the Xena PTG (2021-04-19 to 2021-04-23).\n")


def test_the_decided_column_gives_the_date_where_a_record_names_no_cycle(project: Project) -> None:
    """Another tool's log names no cycle: the DECIDED column said `-` for every record, dated or not (round 44).
    It gives the record's date then, and `-` only when there is neither."""
    project.write("doc/adr/0001-a.md", "# 1. A\n\nDate: 2020-01-02\n\n## Status\n\nAccepted\n\n## Revisit\n\n2021-01-01\n")
    project.write("doc/adr/0002-b.md", "# 2. B\n\n## Status\n\nAccepted\n\n## Revisit\n\n2021-01-01\n")
    result = project.run("due", "--as-of", "2021-01-01")
    assert result.stdout.splitlines()[1:] == [
        "NUMBER  WHEN  DUE ON      REVISIT     STATUS    DECIDED     TITLE  PATH",
        "0001    due   2021-01-01  2021-01-01  accepted  2020-01-02  A      doc/adr/0001-a.md",
        "0002    due   2021-01-01  2021-01-01  accepted  -           B      doc/adr/0002-b.md"]


def test_as_of_a_date(project: Project) -> None:
    """--as-of lists what is due on that day; a point before the day is overdue."""
    record(project, 1, "Keep iptables", "2021-06-01")
    record(project, 2, "Keep Linuxbridge", "yoga")
    assert due_numbers(project, "--as-of", "2021-06-01") == [(1, False)]
    assert due_numbers(project, "--as-of", "2021-10-18") == [(1, True), (2, False)]
    assert due_numbers(project, "--as-of", "2021-05-31") == []


def test_without_cycle_the_coming_ptg_by_the_frozen_clock(project: Project) -> None:
    """With no --cycle, the first PTG whose last day is today or later: Yoga on 2021-10-22, Zed a day after."""
    record(project, 1, "Keep Linuxbridge", "yoga")
    project.today = "2021-10-22"
    result = project.run("due")
    assert result.stdout.splitlines()[0] == f"1 decision due {YOGA}:"
    project.today = "2021-10-23"
    assert project.run("due").stdout.splitlines()[0] == \
        "1 decision due at the Zed PTG (2022-04-04 to 2022-04-08), 1 overdue:"
    assert project.run("due", env={"ADR_TODAY": "2021-10-22"}).exit_code == 1


@pytest.mark.parametrize("today", ["2026-12-05", "real"])
def test_at_the_coming_ptg_overdue_is_what_has_passed_by_today(project: Project, today: str) -> None:
    """Plain `adr due` months before the coming PTG: a point passed yesterday is overdue, one today or later is
    due at that PTG, not overdue already (`--cycle` asks about the PTG: there both are overdue by its week)."""
    import datetime as dt

    day = dt.date.today() if today == "real" else dt.date.fromisoformat(today)
    project.today = day.isoformat()
    record(project, 1, "Keep iptables", (day - dt.timedelta(days=1)).isoformat())
    record(project, 2, "Keep Linuxbridge", day.isoformat())
    assert due_numbers(project) == [(1, True), (2, False)]
    if today != "real":
        assert due_numbers(project, "--cycle", "2027.2") == [(1, True), (2, True)]


def test_past_the_last_published_ptg_the_projected_one(project: Project) -> None:
    """After Indri's PTG (the last published), due looks at the projected 2027.2 PTG, says so, and exits 1, not 2."""
    record(project, 1, "Keep Linuxbridge", "yoga")
    project.today = "2026-11-25"
    result = project.run("due")
    assert (result.exit_code, result.stderr) == (1, "")
    assert result.stdout.splitlines()[0] == \
        "1 decision due at the 2027.2 PTG (projected: 2027-04-19 to 2027-04-23), 1 overdue:"


def test_on_today_s_real_date_due_names_a_ptg_and_never_exits_2(project: Project) -> None:
    """On the real today, in a fresh log of decisions taken in a cycle with nothing due, due exits 0 and names the
    coming PTG it looked at."""
    import datetime as dt

    project.today = dt.date.today().isoformat()
    project.run("init")
    assert project.run("new", "--cycle", "xena", "Keep Linuxbridge").exit_code == 0
    result = project.run("due")
    assert (result.exit_code, result.stderr) == (0, "")
    match = re.fullmatch(r"Nothing is due at the (\S+) PTG \((projected: )?(\S+) to (\S+)\)\.\n", result.stdout)
    assert match is not None, result.stdout
    assert dt.date.fromisoformat(match.group(4)) >= dt.date.today()
    cycles = json.loads(project.run("cycles", "--format", "json").stdout)
    coming = [cycle for cycle in cycles if cycle["next_ptg"]]
    assert [(c["display"], c["ptg_start"], c["projected"]) for c in coming] == \
        [(match.group(1), match.group(3), match.group(2) is not None)]


def test_no_ptg_ahead_in_a_project_calendar_means_today(project: Project) -> None:
    """A calendar with no PTG ahead (a replaced calendar, no cadence to project) makes due look at today."""
    project.write(".adr.toml", 'calendar = "k8s.toml"\ncalendar-mode = "replace"\n')
    project.write("k8s.toml", '[[series]]\nname = "v1-30"\ndisplay = "Kubernetes 1.30"\nnumber = "1.30"\n'
                              'release_date = 2024-04-17\n')
    record(project, 1, "Keep Linuxbridge", "2021-04-30", cycle="v1-30")
    result = project.run("due")
    assert (result.exit_code, result.stdout.splitlines()[0]) == (
        1, "1 decision due on 2021-05-01 (the calendar has no PTG ahead), 1 overdue:")


def test_unknown_cycle_and_cycle_without_ptg(project: Project) -> None:
    """A misspelt cycle gets suggestions; a cycle without PTG dates names the nearest with one."""
    record(project, 1, "Keep Linuxbridge", "yoga")
    result = project.run("due", "--cycle", "yogga")
    assert (result.exit_code, result.stderr) == (2, "adr: unknown cycle 'yogga'; did you mean yoga?\n")
    result = project.run("due", "--cycle", "ocata")
    assert (result.exit_code, result.stderr) == (
        2, "adr: cycle ocata has no PTG dates in the calendar; nearest with a PTG: pike\n")
    result = project.run("due", "--cycle", "yoga", "--as-of", "2021-01-01")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "adr: give one of --cycle, --as-of and --within; see adr due --help"


def test_unresolvable_revisit_point_is_named_not_counted(project: Project) -> None:
    """An active decision whose revisit point is no known cycle is named on stderr."""
    record(project, 1, "Keep Linuxbridge", "yoag")
    result = project.run("due", "--cycle", "yoga")
    assert (result.exit_code, result.stdout) == (0, f"Nothing is due {YOGA}.\n")
    assert result.stderr == ("adr: decisions/0001-keep-linuxbridge.md: revisit 'yoag' is neither a known cycle "
                             "nor a date; did you mean yoga?; not counted (see adr validate)\n")


def test_json_markdown_and_github_formats(project: Project) -> None:
    """Every format parses back: JSON loads, annotations follow GitHub's syntax, the agenda lists titles."""
    record(project, 1, "Keep iptables", "2021-06-01")
    record(project, 2, "Keep Linuxbridge", "yoga")
    items = json.loads(project.run("due", "--cycle", "yoga", "--format", "json").stdout)
    assert [(i["number"], i["title"], i["due_on"], i["overdue"], i["revisit"], i["cycle"], i["path"])
            for i in items] == [
        (1, "Keep iptables", "2021-06-01", True, "2021-06-01", "xena", "decisions/0001-keep-iptables.md"),
        (2, "Keep Linuxbridge", "2021-10-18", False, "yoga", "xena", "decisions/0002-keep-linuxbridge.md")]

    agenda = project.run("due", "--cycle", "yoga", "--format", "markdown").stdout
    assert agenda == (
        f"# Decisions to revisit {YOGA}\n\n"
        "## On 2021-06-01\n\n"
        "- **[0001 Keep iptables](decisions/0001-keep-iptables.md)**: accepted in xena; revisit on 2021-06-01, "
        "overdue.\n  Decision: We keep iptables.\n\n"
        "## Yoga PTG\n\n"
        "- **[0002 Keep Linuxbridge](decisions/0002-keep-linuxbridge.md)**: accepted in xena; revisit at the yoga "
        "PTG (2021-10-18).\n  Decision: We keep linuxbridge.\n")

    annotations = project.run("due", "--cycle", "yoga", "--format", "github").stdout.splitlines()
    pattern = re.compile(r"^::warning file=([^,:]+),line=(\d+),title=([^,:]+)::(.+)$")
    parsed = [pattern.match(line).groups() for line in annotations]  # type: ignore[union-attr]
    assert parsed == [
        ("decisions/0001-keep-iptables.md", "5", "Decision overdue for revisit",
         f"ADR 0001 \"Keep iptables\" is overdue for revisit {YOGA} (revisit: 2021-06-01, due on 2021-06-01)"),
        ("decisions/0002-keep-linuxbridge.md", "5", "Decision due for revisit",
         f"ADR 0002 \"Keep Linuxbridge\" is due for revisit {YOGA} (revisit: yoga, due on 2021-10-18)"),
    ]


def test_calendar_extended_by_config(project: Project) -> None:
    """A project adds the next series before the shipped data has it; `due` with no cycle then finds its PTG."""
    project.write(".adr.toml", 'calendar = "cycles.toml"\n')
    project.write("cycles.toml", """
        [[series]]
        name = "juniper"
        display = "Juniper"
        number = "2027.2"
        release_date = 2027-09-29
        ptg_start = 2027-04-05
        ptg_end = 2027-04-09
        """)
    record(project, 1, "Keep Linuxbridge", "juniper")
    project.today = "2026-11-25"
    result = project.run("due")
    assert result.stdout.splitlines()[0] == "1 decision due at the Juniper PTG (2027-04-05 to 2027-04-09):"
    assert due_numbers(project, "--cycle", "2027.2-juniper") == [(1, False)]


def test_calendar_replaced_by_config(project: Project) -> None:
    """A quarterly planning calendar replaces OpenStack's; OpenStack names are then unknown."""
    project.write("pyproject.toml", """
        [tool.adr]
        calendar = "planning.toml"
        calendar-mode = "replace"
        """)
    project.write("planning.toml", """
        [[series]]
        name = "q1"
        display = "2025 Q1"
        number = "2025.1"
        release_date = 2025-03-31
        ptg_start = 2025-01-06
        ptg_end = 2025-01-07

        [[series]]
        name = "q2"
        display = "2025 Q2"
        number = "2025.2"
        release_date = 2025-06-30
        ptg_start = 2025-04-01
        ptg_end = 2025-04-02
        """)
    record(project, 1, "Use quarterly OKRs", "q2", cycle="q1")
    assert due_numbers(project, "--cycle", "Q2") == [(1, False)]
    assert due_numbers(project, "--cycle", "q1") == []
    result = project.run("due", "--cycle", "yoga")
    assert (result.exit_code, result.stderr) == (2, "adr: unknown cycle 'yoga'; known cycles: 2025.1-q1..2025.2-q2\n")
    table = project.run("cycles", "--as-of", "2025-02-01").stdout
    assert table == ("CYCLE    NUMBER  RELEASE     PTG\n"
                     "2025 Q1  2025.1  2025-03-31  2025-01-06 to 2025-01-07  current\n"
                     "2025 Q2  2025.2  2025-06-30  2025-04-01 to 2025-04-02  next PTG\n")


def test_cycles_json_marks_from_dates(project: Project) -> None:
    """cycles marks the current cycle and the next PTG from --as-of, in calendar order (Zed before Antelope)."""
    cycles = json.loads(project.run("cycles", "--format", "json", "--as-of", "2022-09-01").stdout)
    names = [cycle["name"] for cycle in cycles]
    assert names.index("zed") + 1 == names.index("antelope")
    assert [c["name"] for c in cycles if c["current"]] == ["zed"]
    assert [c["name"] for c in cycles if c["next_ptg"]] == ["antelope"]
    antelope = cycles[names.index("antelope")]
    assert (antelope["number"], antelope["ptg_start"], antelope["ptg_end"]) == ("2023.1", "2022-10-17", "2022-10-21")


def test_markdown_agenda_and_index_never_carry_html_or_links_from_a_title(project: Project) -> None:
    """Raw HTML and link syntax in a title or decision are escaped in the agenda and the index."""
    project.write("decisions/0001-x.md", "---\nstatus: accepted\ndate: 2021-04-19\nrevisit: yoga\n---\n"
                  "# <script>alert(1)</script> [click](javascript:alert(1))\n\n## Decision\n\n"
                  "We use &lt;b&gt; and <img src=x onerror=alert(1)>.\n")
    agenda = project.run("due", "--cycle", "yoga", "--format", "markdown").stdout
    assert agenda.splitlines()[4:] == [
        "- **[0001 &lt;script&gt;alert(1)&lt;/script&gt; \\[click\\](javascript:alert(1))](decisions/0001-x.md)**: "
        "accepted; revisit at the yoga PTG (2021-10-18).",
        "  Decision: We use &lt;b&gt; and .",
    ]
    project.run("index")
    index = project.read("decisions/README.md")
    assert "<script>" not in index and not re.search(r"(?<!\\)\]\(javascript:", index)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; \\[click\\](javascript:alert(1))" in index


def test_a_date_time_revisit_point_is_its_calendar_day(project: Project) -> None:
    """`revisit: 2021-06-01T00:00:00Z` (a YAML date-time) and the same text quoted are the day 2021-06-01, and a
    date-time `date:` and `revisits` entry are read too; `2021-06-01 or later` stays no date (ADR307)."""
    body = "\n## Context\n\nC.\n\n## Decision\n\nD.\n\n## Consequences\n\nE.\n"
    project.write("decisions/0001-a.md", "---\nstatus: accepted\ndate: 2021-01-10T09:30:00Z\nrevisit: "
                  "2021-06-01T00:00:00Z\nrevisits:\n  - date: 2021-03-01T10:00:00Z\n    outcome: kept\n"
                  "    next: 2021-06-01T00:00:00Z\n---\n# A\n" + body)
    project.write("decisions/0002-b.md", "---\nstatus: accepted\ndate: 2021-01-10\nrevisit: "
                  "\"2021-06-01T23:30:00-05:00\"\n---\n# B\n" + body)
    project.write("decisions/0003-c.md", "---\nstatus: accepted\ndate: 2021-01-10\nrevisit: once 2021-06-01 is past\n"
                  "---\n# C\n" + body)
    result = project.run("due", "--as-of", "2021-06-01", "--format", "json")
    assert result.exit_code == 1, result.stderr
    assert [(item["number"], item["date"], item["revisit"], item["due_on"]) for item in json.loads(result.stdout)] \
        == [(1, "2021-01-10", "2021-06-01", "2021-06-01"), (2, "2021-01-10", "2021-06-01T23:30:00-05:00", "2021-06-01")]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"][-9:], f["code"]) for f in findings] == [("0003-c.md", "ADR307")]


def test_months_and_quarters_fall_due_on_their_first_day(project: Project) -> None:
    """`2024-06`, `2024-Q3`, `Q3 2024` and `2026-Q4 (if the ecosystem shifts)` are due from the first day of the
    month or quarter; a mistyped month is said to be one, never offered a release cycle."""
    for number, point in enumerate(["2024-06", "2024-Q3", "Q3 2024", "2026-Q4 (if the ecosystem shifts)",
                                    "2024-13", "2026-H3"], 1):
        record(project, number, f"Use {number}", f'"{point}"', cycle="2024.1")
    assert due_numbers(project, "--as-of", "2024-06-30") == [(1, True)]
    assert due_numbers(project, "--as-of", "2024-07-01") == [(1, True), (2, False), (3, False)]
    assert due_numbers(project, "--as-of", "2026-10-01") == [(1, True), (2, True), (3, True), (4, False)]
    result = project.run("due", "--as-of", "2024-05-31")
    assert (result.exit_code, result.stderr) == (0, "adr: decisions/0005-use-5.md: revisit '2024-13' is not a valid "
                                                    "month or quarter (YYYY-MM, YYYY-QN); not counted (see adr "
                                                    "validate)\nadr: decisions/0006-use-6.md: revisit '2026-H3' is "
                                                    "not a valid half-year (YYYY-H1, YYYY-H2); not counted (see adr "
                                                    "validate)\n")
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["code"], f["message"]) for f in findings if f["code"].startswith("ADR30")] == [
        ("ADR307", "revisit '2024-13' is not a valid month or quarter (YYYY-MM, YYYY-QN)"),
        ("ADR307", "revisit '2026-H3' is not a valid half-year (YYYY-H1, YYYY-H2)")]


# Revisit points as other logs write them under the title (real lines of 2025-26 records), and the day each
# falls due on: the point that opens the value, a note after it; a backstop the value says comes first; a year,
# half-year, a month written `05/2017`, the end of a period; bold or a calendar pictograph around the point.
NOTED_POINTS = [
    ("2026-Q4 — DAG unblock criterion is sparse L>64 void-field work", "2026-10-01"),
    ("2026-12-31, or sooner if this endpoint becomes public.", "2026-12-31"),
    ("2026-Q3.", "2026-07-01"),
    ("Q4 2026 – after the pilot", "2026-10-01"),
    ("12 March 2027 - after the audit", "2027-03-12"),
    ("March 2027, when the contract ends", "2027-03-01"),
    ("by Q3 2026", "2026-07-01"),
    ("Upon any revisit trigger or 2026-Q1 (whichever comes first)", "2026-01-01"),
    ("🗓️ **March 2026** (12 months after public launch)", "2026-03-01"),
    ("**2026-08-15**", "2026-08-15"),
    ("2027", "2027-01-01"),
    ("H2 2026", "2026-07-01"),
    ("05/2026", "2026-05-01"),
    ("end of 2026", "2026-12-31"),
    ("end of Q3 2026", "2026-09-30"),
    ("end of February 2028", "2028-02-29"),
]
# Values that stay words: no point is read from them, and none falls due.
SENTENCES = ["when the team doubles, or in 2027", "after the pilot ends", "2026-12-31 ambitions aside",
             "end of the pilot"]


def test_a_point_with_a_note_after_it_falls_due_on_the_point(project: Project) -> None:
    """A revisit value that opens with a day, month, quarter, half-year or year and goes on with a note (after a
    dash, a comma, a semicolon or a full stop) falls due on that point, its text kept as written; `never` with a
    note is never; a value of words stays words, no point, under the title as in front matter."""
    body = "\n## Status\n\nAccepted\n\n## Context\n\nC.\n\n## Decision\n\nD.\n\n## Consequences\n\nE.\n"
    values = [value for value, _ in NOTED_POINTS] + SENTENCES + ["never — free tier broken", "Never."]
    for number, value in enumerate(values, 1):
        project.write(f"decisions/{number:04d}-r.md", f"# {number}. R\n\nDate: 2025-06-10\n\nRevisit: {value}\n{body}")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    plain = [value.replace("🗓️ ", "").replace("**", "") for value, _ in NOTED_POINTS]
    plain[8] = "March 2026"  # a remark in brackets is left out under the title
    assert [item["revisit"] for item in listed] == plain + [None] * len(SENTENCES) + ["never", "never"]
    result = project.run("due", "--as-of", "2029-01-01", "--format", "json")
    assert result.exit_code == 1, result.stderr
    assert sorted((item["number"], item["due_on"]) for item in json.loads(result.stdout)) == \
        [(number, day) for number, (_, day) in enumerate(NOTED_POINTS, 1)]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [f for f in findings if f["code"] in ("ADR307", "ADR308")] == []


def test_front_matter_reads_a_noted_point_as_the_title_s_lines_do(project: Project) -> None:
    """The same values in front matter: the point read, never an ADR307 error for its note."""
    for number, (value, _) in enumerate(NOTED_POINTS[:8], 1):
        record(project, number, f"Use {number}", json.dumps(value))
    record(project, 9, "Use 9", json.dumps("never; kept for history"))
    project.write("decisions/0010-use-10.md", "---\nstatus: accepted\ndate: 2021-04-19\nvalid_until: 2026-Q2 (the "
                  "licence)\n---\n# Use 10\n\n## Decision\n\nWe use 10.\n")  # a key the point is read from: known
    result = project.run("due", "--as-of", "2029-01-01", "--format", "json")
    assert sorted((item["number"], item["due_on"]) for item in json.loads(result.stdout)) == \
        [(number, day) for number, (_, day) in enumerate(NOTED_POINTS[:8], 1)] + [(10, "2026-04-01")]
    assert json.loads(project.run("show", "9", "--format", "json").stdout)["revisit"] == "never"
    assert [f for f in json.loads(project.run("validate", "--format", "json").stdout) if f["code"] in ("ADR307", "ADR310")] == []


def test_a_log_of_which_no_record_was_read_says_so(project: Project) -> None:
    """Every file ignored (names adr cannot number): `adr due` says no record was read, not that none has a
    revisit point, and exits 0, pointing to `adr validate` only when a record file could not be read (validate
    reports it, and `adr due` exits 2 as on any unreadable record; of the rest validate may say nothing); a log of records without revisit points still says the latter."""
    project.write("decisions/use-x.md", "# Use X\n\nStatus: accepted\n")
    result = project.run("due")
    assert (result.exit_code, result.stdout) == (0, "No decision record was read in decisions, so none is due.\n")
    project.write("decisions/0002-a-folder.md/notes.txt", "x")  # named as a record, and no file
    result = project.run("due")
    assert (result.exit_code, result.stdout) == (2, "No decision record was read in decisions, so none is due; `adr "
                                                    "validate` says why a file there is not read as one.\n")
    assert "0002-a-folder.md" in project.run("validate").stdout
    record(project, 1, "Use Y", None)
    assert project.run("due").stdout.startswith("No decision in this log has a revisit point")


def test_several_logs_without_a_revisit_point_are_named_as_several(project: Project) -> None:
    """Two components' logs read together, no record with a revisit point: `adr due` names both logs (text and
    agenda), not "this log"; of two logs of which no record was read, it names both as well."""
    nygard = "# 1. Use {}\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n"
    project.write("api/docs/adr/0001-use-x.md", nygard.format("X"))
    project.write("web/docs/adr/0001-use-y.md", nygard.format("Y"))
    result = project.run("due")
    assert (result.exit_code, result.stdout.split(" has a revisit point")[0]) == \
        (0, "No decision in any of the 2 logs (api/docs/adr, web/docs/adr)")
    agenda = project.run("due", "--format", "markdown").stdout.splitlines()
    assert agenda[2].startswith("Nothing is due. No decision in any of the 2 logs (api/docs/adr, web/docs/adr) has")
    (project.root / "api/docs/adr/0001-use-x.md").rename(project.root / "api/docs/adr/notes-x.md")
    (project.root / "web/docs/adr/0001-use-y.md").rename(project.root / "web/docs/adr/notes-y.md")
    result = project.run("due")
    assert (result.exit_code, result.stdout) == \
        (0, "No decision record was read in api/docs/adr or web/docs/adr, so none is due.\n")


def _page(project: Project, number: int, review: str) -> None:
    """A tech-docs-gem page of a decision, with its review keys."""
    project.write(f"source/documentation/adrs/adr-{number:03d}.html.md.erb",
                  f"---\nowner_slack: \"#team\"\ntitle: ADR-{number:03d} Use X\n{review}---\n\n"
                  f"# ADR-{number:03d} Use X\n\n## Status\n\n✅ Accepted\n\n## Context\n\nC.\n")


def test_a_tech_docs_page_s_review_is_its_revisit_point(project: Project) -> None:
    """tech-docs-gem's `last_reviewed_on` and `review_in` (`6 months`, `1 year`, `12 weeks`, `three months`; a
    month's last day kept in a shorter month) give the day the page is due for review, as the gem reckons it,
    and `adr due` lists it; `review_in` without a day of review, a day of review alone, a period in words
    (`when the contract ends`) or one that runs past the year 9999 give none."""
    reviews = ["last_reviewed_on: 2023-03-28\nreview_in: 6 months\n", "last_reviewed_on: 2023-03-28\nreview_in: 1 year\n",
               "last_reviewed_on: 2023-03-28\nreview_in: 12 weeks\n",
               "last_reviewed_on: 2023-08-31\nreview_in: three months\n", "review_in: 6 months\n",
               "last_reviewed_on: 2023-03-28\n", "last_reviewed_on: 2023-03-28\nreview_in: when the contract ends\n",
               "last_reviewed_on: 9999-12-20\nreview_in: 2 weeks\n", "last_reviewed_on: 9999-12-20\nreview_in: 1 month\n"]
    for number, review in enumerate(reviews, 1):
        _page(project, number, review)
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [row["revisit"] for row in rows] == ["2023-09-28", "2024-03-28", "2023-06-20", "2023-11-30", None, None,
                                                None, None, None]
    project.today = "2023-10-02"  # `adr --today 2023-10-02 due`: up to the Caracal PTG, 2023-10-23
    assert due_numbers(project) == [(3, True), (1, True)]


def test_a_tech_docs_page_reviewed_long_ago_is_overdue_today(project: Project) -> None:
    """On today's real date, a page reviewed 400 days ago and due for review every 6 months is overdue; one
    reviewed today is not due yet."""
    from datetime import date, timedelta

    today = date.today()
    project.today = today.isoformat()
    _page(project, 1, f"last_reviewed_on: {(today - timedelta(days=400)).isoformat()}\nreview_in: 6 months\n")
    _page(project, 2, f"last_reviewed_on: {today.isoformat()}\nreview_in: 6 months\n")
    assert due_numbers(project, "--as-of", today.isoformat()) == [(1, True)]
    assert [row["revisit"] for row in json.loads(project.run("list", "--format", "json").stdout)][1] > today.isoformat()


def test_review_and_validity_keys_in_tables_and_lines_are_revisit_points(project: Project) -> None:
    """What vets.gov's and hand-kept records write when a decision is to be looked at again: a table's key in bold
    with its colon (`| **Revisit Date:** | .. |`), two keys and values on one row (`|**Decision Made:**|Yes|
    **Decision Date:** | 01/2017 |`), a `Review date` column, an `Expires` row, `Valid until:` and `Sunset:` lines
    over an adr-tools Status section: each a revisit point, due once passed; a review day on or before the
    record's own is a review held, no point."""
    body = "\n## Status\n\nAccepted\n\n## Context\n\nC.\n"
    records = {
        1: "| | |\n|---|---|\n| **Status:** | Accepted |\n| **Date:** | 2019-03-04 |\n| **Revisit Date:** | 2020-01-01 |\n",
        2: "| | | | |\n| --- | --- | --- | --- |\n|**Decision Made:**|Yes| **Decision Date:** | 2016-08-04 |\n"
           "|**Revisit Decision:**| Yes | **Revisit Date:** | December 2017 |\n" + body,
        3: "| Status | Date | Review date |\n|---|---|---|\n| Accepted | 2016-08-04 | 2017-03-01 |\n",
        4: "| Status | Accepted |\n|---|---|\n| Decision Date | 2016-08-04 |\n| Expires | 2018-01-01 |\n",
        5: "Date: 2025-10-15\nValid until: 2026-03-01\n" + body,
        6: "Date: 2025-10-15\nSunset: 2026-04-01\n" + body,
        7: "Date: 2025-10-15\nExpiry date: 2025-10-15\n" + body,
        8: "| Status | Date | Review date |\n|---|---|---|\n| Accepted | 2016-08-04 | 2016-08-04 |\n",
    }
    for number, lines in records.items():
        project.write(f"decisions/{number:04d}-r.md", f"# {number}. R\n\n{lines}\n## Decision\n\nD.\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(item["status"], item["date"], item["revisit"]) for item in listed] == [
        ("accepted", "2019-03-04", "2020-01-01"), ("accepted", "2016-08-04", "December 2017"),
        ("accepted", "2016-08-04", "2017-03-01"), ("accepted", "2016-08-04", "2018-01-01"),
        ("accepted", "2025-10-15", "2026-03-01"), ("accepted", "2025-10-15", "2026-04-01"),
        ("accepted", "2025-10-15", None), ("accepted", "2016-08-04", None)]
    result = project.run("due", "--as-of", "2026-03-15", "--format", "json")
    assert result.exit_code == 1, result.stderr
    assert [(item["number"], item["due_on"]) for item in json.loads(result.stdout)] == [
        (3, "2017-03-01"), (2, "2017-12-01"), (4, "2018-01-01"), (1, "2020-01-01"), (5, "2026-03-01")]


def test_review_keys_on_today_s_date(project: Project) -> None:
    """The sibling on the real date: a table's bold `**Revisit Date:**` in the past is overdue today, one a
    year from now is not yet due."""
    import datetime

    project.today = datetime.date.today().isoformat()
    ahead = (datetime.date.today() + datetime.timedelta(days=400)).isoformat()
    for number, revisit in ((1, "2020-01-01"), (2, ahead)):
        project.write(f"decisions/{number:04d}-r.md", f"# {number}. R\n\n| | |\n|---|---|\n| **Status:** | Accepted |\n"
                                                      f"| **Date:** | 2019-03-04 |\n| **Revisit Date:** | {revisit} |\n")
    result = project.run("due", "--as-of", project.today, "--format", "json")
    assert [(item["number"], item["overdue"]) for item in json.loads(result.stdout)] == [(1, True)]


def test_a_revisit_section_gives_the_point(project: Project) -> None:
    """A `## Revisit` or `## Review Date` section (below an adr-tools Status section) gives the point its first
    line names, or its key line (`**Revisit by:** 2026-12-01`); a review day on or before the record's own is a
    review held, and a sentence is no point."""
    sections = {1: "## Review Date\n\n2026-04-01", 2: "## Revisit\n\nQ2 2026", 3: "## Review Date\n\n**Revisit by:** 2026-12-01",
                4: "## Revisit\n\nWhen the pilot ends.", 5: "## Review Date\n\n2025-01-01", 6: "## Next Review\n\n- March 2026"}
    for number, section in sections.items():
        project.write(f"doc/adr/000{number}-x.md", f"# {number}. X\n\nDate: 2025-10-15\n\n## Status\n\nAccepted\n\n"
                                                    f"## Context\n\nC.\n\n{section}\n")
    assert [row["revisit"] for row in json.loads(project.run("list", "--format", "json").stdout)] == [
        "2026-04-01", "Q2 2026", "2026-12-01", None, None, "March 2026"]
    result = project.run("due", "--as-of", "2026-06-01", "--format", "json")
    assert [(item["number"], item["due_on"]) for item in json.loads(result.stdout)] == [
        (6, "2026-03-01"), (1, "2026-04-01"), (2, "2026-04-01")]


REVIEW_SECTIONS = {  # round 44's forms, from rjmurillo/ai-agents and LeePepe/VitalStride
    1: "## Review Date\n\nRe-review by {day} (90 days). At that review: if no skill has been tagged, drop it.",
    2: "## Review Checkpoint\n\nReevaluate this rule on {day}. Keep it if it catches at least one defect.",
    3: "## Review Schedule\n\n**Frequency**: Quarterly\n**Next Review**: {day}\n**Trigger Events**:\n\n- A new model",
    4: "## Review Checkpoint\n\nReviewed on {day}: nothing to change.",  # a review held: no point
    5: "## Review Schedule\n\nRevisit when the team doubles.",  # a condition: no point
    6: "## Review Date\n\nReviewing the decision on {day} found nothing.",  # no revisit's verb: no point
    # HopSkipInc/repo-governance's Falsifier tasks: the earliest open one's day; a ticked one was done
    8: "## Falsifier\n\n- [ ] Revisit when a second repo adopts it\n- [ ] Revisit by 2099-01-01 when X\n"
       "- [ ] Revisit by {day} when the pilot cohort renews\n",
    9: "## Falsifier\n\n- [x] Revisit by {day} when the pilot cohort renews\n- [ ] Revisit if load doubles",
    10: "## Falsifier\n\n- Watch:\n  * [ ] Revisit by {day} when the pilot renews",  # (found by a review)
    11: "## Falsifier\n\n<!-- a template's hint: add a task like\n\n- [ ] Revisit by {day} when x\n\n-->",  # (an attack)
}


def _review_sections(project: Project, day: str, *, front_matter: bool) -> None:
    for number, section in REVIEW_SECTIONS.items():
        opening = (f"---\nstatus: accepted\ndate: 2025-01-02\n---\n# ADR-{number:03d}: X\n" if front_matter
                   else f"# ADR-{number:03d}: X\n\n**Status**: Accepted\n**Date**: 2025-01-02\n")
        project.write(f"docs/adr/{number:04d}-x.md", f"{opening}\n## Context\n\nC.\n\n{section.format(day=day)}\n")
    project.write("docs/adr/0007-y.md", "# ADR-007: Y\n\n**Status**: Accepted\n**Date**: 2025-01-02\n"
                                        f"**Revisit**: {day} OR when watchOS user feedback warrants\n")


def test_a_review_section_s_sentence_or_key_line_gives_the_point(project: Project) -> None:
    """A Review Date, Review Checkpoint or Review Schedule section gives the point a sentence opening with a
    revisit's verb names (`Re-review by 2026-10-18 (90 days).`, its first sentence kept), or a key line of its first
    paragraph (`**Next Review**: ..` under `**Frequency**: Quarterly`), under front matter as under header lines; a
    review held, a condition, or a sentence of other words is none. A header line's point before `OR` and a
    condition is that point. An open task to revisit by a day gives the earliest such day; a ticked one, or one
    of a condition alone, none."""
    for front_matter in (True, False):
        shutil.rmtree(project.root / "docs", ignore_errors=True)
        _review_sections(project, "2026-10-18", front_matter=front_matter)
        rows = json.loads(project.run("list", "--format", "json").stdout)
        assert [row["revisit"] for row in rows] == [
            "Re-review by 2026-10-18 (90 days).", "Reevaluate this rule on 2026-10-18.", "2026-10-18", None, None, None,
            "2026-10-18 OR when watchOS user feedback warrants", "Revisit by 2026-10-18 when the pilot cohort renews",
            None, "Revisit by 2026-10-18 when the pilot renews", None]
        result = project.run("due", "--as-of", "2026-10-18", "--format", "json")
        assert [(item["number"], item["due_on"]) for item in json.loads(result.stdout)] == [
            (1, "2026-10-18"), (2, "2026-10-18"), (3, "2026-10-18"), (7, "2026-10-18"), (8, "2026-10-18"),
            (10, "2026-10-18")]
        assert project.run("due", "--as-of", "2026-10-17").exit_code == 0


def test_a_point_from_the_body_under_front_matter_is_another_tool_s_and_a_revisit_records_over_it(
        project: Project) -> None:
    """A point a Review section gives under front matter is kept under another template's name: as `revisit:` it
    made the log one kept with adrtool, its rules in full (ADR202 on every record of this log, found after it
    landed). `adr revisit` writes the front matter's `revisit:`, which the body's point then gives way to (it
    raised an IndexError, editing the section's line as a key)."""
    project.today = "2026-12-07"
    _review_sections(project, "2026-10-18", front_matter=True)
    checked = project.run("validate", "--dir", "docs/adr", "--format", "json")
    assert [f["code"] for f in json.loads(checked.stdout)] == []
    recorded = project.run("revisit", "1", "--outcome", "kept", "--next", "never")
    assert (recorded.exit_code, recorded.stderr) == (0, "")
    assert project.read("docs/adr/0001-x.md").startswith(
        "---\nstatus: accepted\ndate: 2025-01-02\nrevisit: never\nrevisits:\n  - {date: 2026-12-07, ")
    assert "Re-review by 2026-10-18 (90 days)." in project.read("docs/adr/0001-x.md")  # the body as it was
    rows = {row["number"]: row["revisit"] for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert (rows[1], rows[2]) == ("never", "Reevaluate this rule on 2026-10-18.")


def test_a_review_section_s_point_on_today_s_date(project: Project) -> None:
    """The sibling on the real date: the points a week ago are overdue today; a year ahead, none is due."""
    import datetime

    today = datetime.date.today()
    project.today = today.isoformat()
    _review_sections(project, (today - datetime.timedelta(days=7)).isoformat(), front_matter=True)
    due = json.loads(project.run("due", "--as-of", project.today, "--format", "json").stdout)
    assert [(item["number"], item["overdue"]) for item in due] == [
        (1, True), (2, True), (3, True), (7, True), (8, True), (10, True)]
    _review_sections(project, (today + datetime.timedelta(days=365)).isoformat(), front_matter=True)
    assert project.run("due", "--as-of", project.today) == Result(
        0, f"Nothing is due on {project.today}.\n", "")


def _round_47_points(project: Project, point: str, held: str) -> None:
    """Round 47's revisit points (an audit's probes of the forms other templates write): front matter `review:`,
    `Re-evaluate:` under the title and among MADR 2 bullets, a Revisit section's sentence with its subject first, a
    header line's `**Review:**`; and a review's day on or before the record's own (a review held), a reviewer."""
    records = {
        1: f"---\nstatus: accepted\ndate: 2025-01-02\nreview: {point}\n---\n# A\n\nC.\n",
        2: f"---\nstatus: accepted\ndate: 2025-01-02\nreview: {held}\n---\n# B\n\nC.\n",
        3: f"# 3. C\n\nDate: 2025-01-02\nRe-evaluate: {point}\n\n## Status\n\nAccepted\n",
        4: f"# D\n\n* Status: accepted\n* Date: 2025-01-02\n* Re-evaluate by: {point}\n\n## Context\n\nC.\n",
        5: f"# 5. E\n\nDate: 2025-01-02\n\n## Status\n\nAccepted\n\n## Revisit\n\nWe will revisit this decision on "
           f"{point}. Until then, keep it.\n",
        # wagov-dtt/architecture-decision-records: every record's next annual review on its one header line
        6: f"# ADR 006: F\n\n**Status:** Accepted | **Date:** 2025-01-02 | **Review:** {point}\n\n## Context\n\nC.\n",
        7: f"# ADR 007: G\n\n**Status:** Accepted | **Date:** 2025-01-02 | **Review:** {held}\n\n## Context\n\nC.\n",
        8: "# 8. H\n\nDate: 2025-01-02\nReview: Ann Lee\n\n## Status\n\nAccepted\n",
    }
    for number, text in records.items():
        project.write(f"docs/adr/000{number}-x.md", text)


@pytest.mark.parametrize("today", ["2026-12-07", "real"])
def test_review_re_evaluate_and_a_revisit_sentence_are_points(project: Project, today: str) -> None:
    """Each form gives the point, due once passed, on a fixed day and on the real one; a review held gives none,
    and `review:` draws no ADR310 (it said `did you mean 'revisit'?`)."""
    import datetime

    day = datetime.date.today() if today == "real" else datetime.date.fromisoformat(today)
    project.today = day.isoformat()
    point = (day - datetime.timedelta(days=7)).isoformat()
    _round_47_points(project, point, held="2024-12-01")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [row["revisit"] for row in rows] == [
        point, None, point, point, f"We will revisit this decision on {point}.", point, None, None]
    due = json.loads(project.run("due", "--as-of", project.today, "--format", "json").stdout)
    assert [(item["number"], item["due_on"], item["overdue"]) for item in due] == [
        (number, point, True) for number in (1, 3, 4, 5, 6)]
    assert json.loads(project.run("validate", "--format", "json").stdout) == []
    _round_47_points(project, (day + datetime.timedelta(days=365)).isoformat(), held="2024-12-01")
    assert project.run("due", "--as-of", project.today).exit_code == 0


@pytest.mark.parametrize("today", ["2026-12-07", "real"])
def test_a_log_that_names_no_cycle_is_due_today_not_at_an_openstack_ptg(project: Project, today: str) -> None:
    """Audit 54 (lane b, class 7): a MADR log revisited by dates was told what is due "at the 2027.2 PTG", an
    OpenStack event its team never heard of. Where no decision names a cycle and no calendar is configured, `adr
    due` asks about today: a point a week ahead is not due yet; one past is overdue; a point in words the calendar
    places nowhere names no cycle (attack round 54). Once a decision names a cycle, the coming PTG is the question
    again."""
    day = dt.date.today() if today == "real" else dt.date.fromisoformat(today)
    project.today = day.isoformat()
    ahead, past = day + dt.timedelta(days=7), day - dt.timedelta(days=1)
    page = "---\nstatus: accepted\ndate: 2024-01-0{n}\nrevisit: {point}\n---\n# {title}\n"
    project.write("docs/decisions/0001-a.md", page.format(n=1, point=ahead.isoformat(), title="A"))
    project.write("docs/decisions/0002-b.md", page.format(n=2, point=past.isoformat(), title="B"))
    project.write("docs/decisions/0003-d.md", page.format(n=3, point="after the budget review", title="D"))

    result = project.run("due")

    assert (result.exit_code, result.stdout.split("\n")[0]) == (
        1, f"1 decision due on {day.isoformat()} (today: no decision here names a release cycle), 1 overdue:")
    assert [line.split()[0] for line in result.stdout.splitlines()[2:]] == ["0002"]
    project.write("docs/decisions/0004-c.md", page.format(n=3, point="never", title="C").replace(
        "revisit: never", "revisit: never\ncycle: xena"))
    assert re.match(r"\d decisions? due at the \S+ PTG ", project.run("due").stdout)  # (the week's may be past)
