"""Revisit points at a cycle's events (`xena:ff`), the events' lists, and lead time (`adr due --within`)."""

from __future__ import annotations

import datetime as dt
import json
from datetime import date

import pytest
from test_due import due_numbers, record

from adrtool.calendar.cycles import builtin_calendar
from adrtool.calendar.points import locate
from adrtool.errors import NotFound

from conftest import Project


@pytest.mark.parametrize(("text", "canonical", "start", "end"), [
    ("xena:ff", "xena:ff", date(2021, 8, 30), date(2021, 9, 3)),        # the R-5 week
    ("Xena:FF", "xena:ff", date(2021, 8, 30), date(2021, 9, 3)),
    ("xena:m2", "xena:2", date(2021, 7, 12), date(2021, 7, 16)),
    ("xena:2", "xena:2", date(2021, 7, 12), date(2021, 7, 16)),
    ("xena:rc1", "xena:rc1", date(2021, 9, 13), date(2021, 9, 17)),
    ("xena:final", "xena:final", date(2021, 10, 4), date(2021, 10, 8)),
    ("xena:ptg", "xena:ptg", date(2021, 4, 19), date(2021, 4, 23)),
    ("xena", "xena", date(2021, 4, 19), date(2021, 4, 23)),
    ("yoga:cinder-spec-freeze", "yoga:cinder-spec-freeze", date(2021, 12, 13), date(2021, 12, 17)),
    ("bobcat:vptg", "bobcat:ptg", date(2023, 3, 27), date(2023, 3, 31)),
    ("pike:final", "pike:release", date(2017, 8, 28), date(2017, 9, 1)),
    ("2023.1-antelope:ff", "antelope:ff", date(2023, 2, 13), date(2023, 2, 17)),
])
def test_points_name_a_cycle_s_events(text: str, canonical: str, start: date, end: date) -> None:
    """CYCLE:EVENT names an event of the schedule less its series letter, in any case or well-known spelling;
    it falls due on the first day of the event's week."""
    point = locate(builtin_calendar(), text)
    assert (point.canonical, point.day, point.end) == (canonical, start, end)


@pytest.mark.parametrize(("text", "message"), [
    ("xena:fff", "unknown event 'fff' of xena; did you mean ff?"),
    ("xena:zz", ("unknown event 'zz' of xena; its events: ptg, 1, cycle-trail, 2, mf, extra-atc-freeze, final-lib, 3, "
                "ff, final-clientlib, soft-sf, rf, goals-complete, cycle-highlights, rc1, hard-sf, finalrc, final and "
                "10 team deadlines (adr cycles xena)")),
    ("ocata:ptg", ("unknown event 'ptg' of ocata; its events: design-summit, goals-research, 1, goals-ack, 2, mf, "
                  "extra-atcs, final-lib, 3, ff, final-clientlib, soft-sf, rf, goals-complete, rc1, hard-sf, "
                  "finalrc, release, trailing and 17 team deadlines (adr cycles ocata)")),
    ("austin:ff", "unknown event 'ff' of austin; the calendar has no events for it"),
    ("xenna:ff", "unknown cycle 'xenna'; did you mean xena?"),
])
def test_unknown_events_are_named_with_the_known_ones(text: str, message: str) -> None:
    """An unknown event is an error like an unknown cycle, with the close names or the cycle's events."""
    with pytest.raises(NotFound) as caught:
        locate(builtin_calendar(), text)
    assert str(caught.value) == message


def test_a_revisit_at_xena_ff_is_due_on_the_first_day_of_its_week(project: Project) -> None:
    """`revisit: xena:ff` is due from Monday 2021-08-30 (Xena's feature-freeze week, R-5), overdue after it."""
    record(project, 1, "Keep Linuxbridge", "xena:ff")
    assert due_numbers(project, "--as-of", "2021-08-29") == []
    assert due_numbers(project, "--as-of", "2021-08-30") == [(1, False)]
    assert due_numbers(project, "--cycle", "xena:ff") == [(1, False)]
    assert due_numbers(project, "--cycle", "xena:rc1") == [(1, True)]
    assert due_numbers(project, "--cycle", "xena") == []
    result = project.run("due", "--cycle", "xena:ff")
    assert result.stdout.splitlines()[0] == "1 decision due at the Xena feature freeze (2021-08-30 to 2021-09-03):"


def test_new_and_revisit_write_the_canonical_point(project: Project) -> None:
    """adr new -r xena:M2 writes `xena:2`; adr revisit --next yoga:FF writes `yoga:ff`; an unknown event stops both."""
    project.run("init")
    created = project.run("new", "-r", "xena:M2", "Keep", "iptables").stdout.strip()
    assert 'revisit: "xena:2"\n' in project.read(created)
    assert project.run("revisit", "2", "--outcome", "kept", "--next", "yoga:FF").exit_code == 0
    assert 'revisit: "yoga:ff"\n' in project.read(created)
    refused = project.run("new", "-r", "xena:fff", "Keep", "OVS")
    assert (refused.exit_code, refused.stderr) == (2, "adr: revisit 'xena:fff': unknown event 'fff' of xena; did you "
                                                      "mean ff? (ADR307); not written (--force writes it anyway)\n")


def test_validate_reports_unknown_events(project: Project) -> None:
    """ADR307 reports an unknown event (with the close one) and a mistyped cycle before a known event."""
    record(project, 1, "Keep Linuxbridge", "xena:fff")
    record(project, 2, "Keep iptables", "xenna:ff")
    record(project, 3, "Keep OVS", "yoga:cinder-spec-freeze")
    result = project.run("validate", "--select", "ADR307")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        ("decisions/0001-keep-linuxbridge.md:5:1: ADR307 error: revisit 'xena:fff': unknown event 'fff' of xena; "
        "did you mean ff?"),
        ("decisions/0002-keep-iptables.md:5:1: ADR307 error: revisit 'xenna:ff' is neither a known cycle nor a "
        "date (YYYY-MM-DD); did you mean xena:ff?"),
    ]


def test_cycles_lists_a_cycle_s_events(project: Project) -> None:
    """`adr cycles xena` lists each event with the revisit point to write and its week; JSON has a row a week."""
    lines = project.run("cycles", "xena").stdout.splitlines()
    assert lines[:4] == [
        "Xena: release 2021-10-06",
        "REVISIT POINT                            FROM        TO          EVENT",
        "xena:ptg                                 2021-04-19  2021-04-23  PTG",
        "xena:1                                   2021-05-24  2021-05-28  milestone 1",
    ]
    assert "xena:cinder-spec-freeze                  2021-06-21  2021-06-25  Cinder Spec Freeze" \
           "                         team" in lines
    rows = json.loads(project.run("cycles", "xena", "--format", "json").stdout)
    assert rows[rows.index(next(r for r in rows if r["event"] == "ff"))] == {
        "cycle": "xena", "event": "ff", "point": "xena:ff", "title": "feature freeze", "start": "2021-08-30",
        "end": "2021-09-03", "kind": "cross-project", "projected": False}
    missing = project.run("cycles", "xenna")
    assert (missing.exit_code, missing.stderr) == (2, "adr: unknown cycle 'xenna'; did you mean xena?\n")


def test_agenda_and_index_group_by_event_in_calendar_order(project: Project) -> None:
    """The markdown agenda and the index have one heading per event or PTG (Xena feature freeze before the Yoga
    PTG), its decisions under it; `yoga` and `yoga:ptg` share one."""
    record(project, 1, "Keep Linuxbridge", "yoga")
    record(project, 2, "Keep iptables", "xena:ff")
    record(project, 3, "Keep OVS", "yoga:ptg")
    agenda = project.run("due", "--cycle", "yoga", "--format", "markdown").stdout
    assert [line for line in agenda.splitlines() if line.startswith(("#", "- "))] == [
        "# Decisions to revisit at the Yoga PTG (2021-10-18 to 2021-10-22)",
        "## Xena feature freeze",
        ("- **[0002 Keep iptables](decisions/0002-keep-iptables.md)**: accepted in xena; revisit at xena:ff "
        "(2021-08-30), overdue."),
        "## Yoga PTG",
        ("- **[0001 Keep Linuxbridge](decisions/0001-keep-linuxbridge.md)**: accepted in xena; revisit at the yoga "
        "PTG (2021-10-18)."),
        "- **[0003 Keep OVS](decisions/0003-keep-ovs.md)**: accepted in xena; revisit at yoga:ptg (2021-10-18).",
    ]
    project.run("index")
    index = project.read("decisions/README.md")
    agenda_part = index.split("## Revisit agenda", 1)[1]
    assert [line for line in agenda_part.splitlines() if line.startswith(("###", "- "))] == [
        "### Xena feature freeze (2021-08-30 to 2021-09-03)",
        "- [0002](0002-keep-iptables.md) Keep iptables (accepted)",
        "### Yoga PTG (2021-10-18 to 2021-10-22)",
        "- [0001](0001-keep-linuxbridge.md) Keep Linuxbridge (accepted)",
        "- [0003](0003-keep-ovs.md) Keep OVS (accepted)",
    ]


def test_a_calendar_file_adds_events_to_any_series(project: Project) -> None:
    """A project's calendar adds its own deadline to Yoga (keeping Yoga's other facts) and events to its own
    series; a revisit point names them like the shipped ones."""
    project.write(".adr.toml", 'calendar = "cycles.toml"\n')
    project.write("cycles.toml", """
        [[series]]
        name = "yoga"
        events = [
          { name = "neutron-drivers-deadline", title = "Neutron drivers deadline", start = 2022-01-10, kind = "team" },
        ]
        """)
    record(project, 1, "Keep Linuxbridge", "yoga:neutron-drivers-deadline")
    assert due_numbers(project, "--as-of", "2022-01-10") == [(1, False)]
    rows = json.loads(project.run("cycles", "yoga", "--format", "json").stdout)
    assert ("neutron-drivers-deadline", "2022-01-10", "team") in [(r["event"], r["start"], r["kind"]) for r in rows]
    assert ("ff", "2022-02-21") in [(r["event"], r["start"]) for r in rows]
    assert project.run("due", "--cycle", "yoga").stdout == \
        "Nothing is due at the Yoga PTG (2021-10-18 to 2021-10-22).\n"  # the deadline is later; Yoga's PTG is kept


@pytest.mark.parametrize(("events", "message"), [
    ('[{ name = "ff" }]', "series 'yoga': event 'ff': missing start"),
    ('[{ name = "Feature Freeze", start = 2022-01-10 }]',
     "series 'yoga': event name must be lowercase letters, digits and hyphens, like \"ff\", got 'Feature Freeze'"),
    ('[{ name = "vptg", start = 2022-01-10 }]', "series 'yoga': event 'vptg': give the PTG as ptg_start and ptg_end"),
    ('[{ name = "x", start = 2022-01-10, end = 2022-01-01 }]',
     "series 'yoga': event 'x': end 2022-01-01 is before start 2022-01-10"),
    ('[{ name = "x", start = 2022-01-10, kind = "private" }]',
     "series 'yoga': event 'x': kind must be one of cross-project, team, got 'private'"),
    ('"ff"', "series 'yoga': events must be an array of tables: events = [{ name = \"ff\", start = 2021-08-30 }]"),
])
def test_invalid_events_in_a_calendar_file(project: Project, events: str, message: str) -> None:
    """Each mistake in a calendar file's events is one line naming the file and the series, exit 2."""
    project.write(".adr.toml", 'calendar = "cycles.toml"\n')
    project.write("cycles.toml", f'[[series]]\nname = "yoga"\nevents = {events}\n')
    result = project.run("due", "--cycle", "yoga")
    assert (result.exit_code, result.stderr) == (2, f"adr: {project.root / 'cycles.toml'}: {message}\n")


def test_within_a_window_of_days_or_weeks(project: Project) -> None:
    """--within lists what falls due from today to N days (or weeks) ahead, beside what is overdue."""
    project.today = "2021-08-10"
    record(project, 1, "Keep Linuxbridge", "xena:ff")     # due 2021-08-30
    record(project, 2, "Keep iptables", "2021-08-01")     # overdue
    record(project, 3, "Keep OVS", "yoga")                # 2021-10-18: outside four weeks
    assert due_numbers(project, "--within", "30d") == [(2, True), (1, False)]
    assert due_numbers(project, "--within", "4w") == [(2, True), (1, False)]
    assert due_numbers(project, "--within", "19") == [(2, True)]
    assert due_numbers(project, "--within", "20d") == [(2, True), (1, False)]
    result = project.run("due", "--within", "4w")
    assert result.stdout.splitlines()[0] == "2 decisions due within 28 days (2021-08-10 to 2021-09-07), 1 overdue:"
    wrong = project.run("due", "--within", "3 months")
    assert wrong.exit_code == 2
    assert wrong.stderr.splitlines()[-1] == ("adr: invalid value for '--within': '3 months' is not a number of days "
                                             "or weeks, like 30d or 4w; see adr due --help")


def test_within_on_today_s_real_date(project: Project) -> None:
    """On the real today, a decision due in ten days is listed by --within 2w, and one due in a year is not."""
    today = dt.date.today()
    project.today = today.isoformat()
    record(project, 1, "Soon", (today + dt.timedelta(days=10)).isoformat())
    record(project, 2, "Later", (today + dt.timedelta(days=365)).isoformat())
    assert due_numbers(project, "--within", "2w") == [(1, False)]
    result = project.run("due", "--within", "1w")
    assert result.exit_code == 0
    assert result.stdout == (f"Nothing is due within 7 days ({today.isoformat()} to "
                             f"{(today + dt.timedelta(days=7)).isoformat()}).\n")
