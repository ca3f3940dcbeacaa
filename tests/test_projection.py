"""Cycles past the last published one, projected from the cadence: they never run out."""

from __future__ import annotations

import datetime as dt
import json
from datetime import date
from pathlib import Path

import pytest

from adrtool.calendar.cycles import builtin_calendar, load_calendar
from adrtool.calendar.projection import cycles_per_year, horizon

from conftest import Project

TODAY = date(2026, 12, 5)  # the day the shipped calendar ran out: Indri's PTG (the last published) was in October


@pytest.fixture
def calendar():
    return builtin_calendar().projected_through(horizon(TODAY))


def test_openstack_has_two_cycles_a_year() -> None:
    """The cadence is read from the numbers: 2023.2 is followed by 2024.1."""
    assert cycles_per_year(builtin_calendar().cycles) == 2


def test_projected_cycles_follow_indri_three_years_ahead(calendar) -> None:
    """After Indri come 2027.2, 2028.1 ... up to the first released more than three years after today, each a
    namesake a year earlier moved by whole weeks: the same weekday (Wednesday release, Monday PTG)."""
    projected = [c for c in calendar if c.projected]
    assert [(c.name, c.display, c.number, c.release_date, c.ptg_start, c.ptg_end) for c in projected] == [
        ("2027.2", "2027.2", "2027.2", date(2027, 9, 29), date(2027, 4, 19), date(2027, 4, 23)),
        ("2028.1", "2028.1", "2028.1", date(2028, 3, 22), date(2027, 10, 11), date(2027, 10, 15)),
        ("2028.2", "2028.2", "2028.2", date(2028, 9, 27), date(2028, 4, 17), date(2028, 4, 21)),
        ("2029.1", "2029.1", "2029.1", date(2029, 3, 21), date(2028, 10, 9), date(2028, 10, 13)),
        ("2029.2", "2029.2", "2029.2", date(2029, 10, 3), date(2029, 4, 23), date(2029, 4, 27)),
        ("2030.1", "2030.1", "2030.1", date(2030, 3, 27), date(2029, 10, 15), date(2029, 10, 19)),
    ]
    assert {c.release_date.weekday() for c in projected} == {2}
    assert {c.ptg_start.weekday() for c in projected} == {0}
    assert [c.position for c in calendar] == list(range(len(calendar)))
    assert calendar.cycles[-len(projected) - 1].name == "indri"


def test_projection_moves_with_today() -> None:
    """The projection is relative to today: ten years on, the listed cycles reach thirteen years ahead."""
    later = builtin_calendar().projected_through(horizon(date(2036, 12, 5)))
    assert later.cycles[-1].release_date > date(2039, 12, 5)
    assert later.next_ptg(date(2036, 12, 5)).name == "2037.2"


def test_a_projected_cycle_is_found_by_number_however_far(calendar) -> None:
    """A number past the listed ones is projected when asked for; the same day whatever was listed first."""
    far = calendar.get("2041.2")
    assert far is not None and far.projected and far.release_date.weekday() == 2
    assert abs((far.release_date - date(2041, 9, 30)).days) <= 3  # Hibiscus' 2026-09-30, fifteen years on
    assert builtin_calendar().projected_through(horizon(date(2040, 1, 1))).get("2041.2") == far
    assert calendar.get("2041.3") is None and calendar.get("2041.2-juniper") is None
    assert builtin_calendar().get("2027.2") is None  # only a projecting calendar projects


def test_the_events_of_a_projected_cycle_are_its_namesake_s(calendar) -> None:
    """2027.2's feature freeze is Hibiscus' (2026.2) moved by the same weeks as its release."""
    hibiscus, projected = calendar.find("hibiscus"), calendar.find("2027.2")
    shift = projected.release_date - hibiscus.release_date
    assert [(e.name, e.start - shift) for e in projected.events] == [(e.name, e.start) for e in hibiscus.events]
    ff = projected.event("ff")
    assert ff is not None and ff.start == hibiscus.event("ff").start + shift


def test_a_named_series_replaces_the_projection_and_keeps_its_number(tmp_path: Path) -> None:
    """Once a calendar file names 2027.2 (Juniper, with its own dates) the number means Juniper, and the
    projection goes on after it."""
    path = tmp_path / "cycles.toml"
    path.write_text('[[series]]\nname = "juniper"\ndisplay = "Juniper"\nnumber = "2027.2"\n'
                    'release_date = 2027-10-06\nptg_start = 2027-04-12\nptg_end = 2027-04-16\n', encoding="utf-8")
    calendar = load_calendar(path).projected_through(horizon(TODAY))
    juniper = calendar.get("2027.2")
    assert juniper is not None and (juniper.name, juniper.projected, juniper.ptg_start) == (
        "juniper", False, date(2027, 4, 12))
    assert calendar.get("juniper") is juniper
    assert [c.name for c in calendar if c.projected][:1] == ["2028.1"]


def test_no_cadence_no_projection(tmp_path: Path) -> None:
    """A calendar without a full year of YEAR.N numbers (Kubernetes minors, half a year of quarters) or whose
    last series has no number is not projected."""
    path = tmp_path / "cycles.toml"
    path.write_text('[[series]]\nname = "q1"\ndisplay = "Q1"\nnumber = "2025.1"\nrelease_date = 2025-03-31\n'
                    '[[series]]\nname = "q2"\ndisplay = "Q2"\nnumber = "2025.2"\nrelease_date = 2025-06-30\n',
                    encoding="utf-8")
    assert len(load_calendar(path, "replace").projected_through(date(2030, 1, 1))) == 2
    path.write_text('[[series]]\nname = "late"\ndisplay = "Late"\nrelease_date = 2028-01-01\n', encoding="utf-8")
    extended = load_calendar(path).projected_through(date(2030, 1, 1))
    assert extended.cycles[-1].name == "late" and not any(c.projected for c in extended)


def test_quarters_project_by_their_own_cadence(tmp_path: Path) -> None:
    """Four numbers a year: after 2025.4 comes 2026.1, last year's first quarter moved on a year."""
    path = tmp_path / "cycles.toml"
    quarters = [("2024.1", "2024-03-29"), ("2024.2", "2024-06-28"), ("2024.3", "2024-09-27"),
                ("2024.4", "2024-12-27"), ("2025.1", "2025-03-28")]
    path.write_text("".join(f'[[series]]\nname = "{n}"\ndisplay = "Q{n}"\nnumber = "{n}"\nrelease_date = {d}\n'
                            for n, d in quarters), encoding="utf-8")
    calendar = load_calendar(path, "replace").projected_through(date(2025, 12, 31))
    assert [(c.number, c.release_date) for c in calendar if c.projected] == [
        ("2025.2", date(2025, 6, 27)), ("2025.3", date(2025, 9, 26)), ("2025.4", date(2025, 12, 26)),
        ("2026.1", date(2026, 3, 27))]


def test_cycles_marks_projected_series(project: Project) -> None:
    """adr cycles shows the projected series after Indri, marked projected in the table and in JSON."""
    project.today = TODAY.isoformat()
    lines = project.run("cycles").stdout.splitlines()
    assert lines[-7:] == [
        "Indri      2027.1  2027-03-24  2026-10-12 to 2026-10-16  current",
        "2027.2     2027.2  2027-09-29  2027-04-19 to 2027-04-23  projected, next PTG",
        "2028.1     2028.1  2028-03-22  2027-10-11 to 2027-10-15  projected",
        "2028.2     2028.2  2028-09-27  2028-04-17 to 2028-04-21  projected",
        "2029.1     2029.1  2029-03-21  2028-10-09 to 2028-10-13  projected",
        "2029.2     2029.2  2029-10-03  2029-04-23 to 2029-04-27  projected",
        "2030.1     2030.1  2030-03-27  2029-10-15 to 2029-10-19  projected",
    ]
    rows = json.loads(project.run("cycles", "--format", "json").stdout)
    assert isinstance(rows, list) and all(isinstance(row, dict) for row in rows)
    assert [row["name"] for row in rows if row["projected"]] == ["2027.2", "2028.1", "2028.2", "2029.1", "2029.2",
                                                                  "2030.1"]
    assert [row["name"] for row in rows if row["next_ptg"]] == ["2027.2"]
    assert not any(row["projected"] for row in rows[:35])


def test_cycles_on_today_s_real_date_shows_projected_series_ahead(project: Project) -> None:
    """On the real today, adr cycles lists projected series reaching three years ahead, and marks a next PTG."""
    today = dt.date.today()
    project.today = today.isoformat()
    rows = json.loads(project.run("cycles", "--format", "json").stdout)
    projected = [row for row in rows if row["projected"]]
    assert projected, "no projected series"
    assert date.fromisoformat(projected[-1]["release_date"]) > horizon(today)
    coming = [row for row in rows if row["next_ptg"]]
    assert len(coming) == 1 and date.fromisoformat(coming[0]["ptg_end"]) >= today


def test_a_revisit_at_a_projected_number_keeps_its_meaning_once_named(project: Project) -> None:
    """`revisit: 2027.2`, written before the series had a name, is due at Juniper's PTG once a calendar names it."""
    project.today = TODAY.isoformat()
    project.run("init")
    created = project.run("new", "--revisit", "2027.2", "Keep", "Linuxbridge")
    assert created.exit_code == 0
    assert "revisit: \"2027.2\"\n" in project.read(created.stdout.strip())
    before = json.loads(project.run("due", "--cycle", "2027.2", "--format", "json").stdout)
    assert [(row["number"], row["due_on"], row["due_at"], row["projected"]) for row in before] == [
        (2, "2027-04-19", "2027.2 PTG", True)]
    project.write(".adr.toml", 'calendar = "cycles.toml"\n')
    project.write("cycles.toml", '[[series]]\nname = "juniper"\ndisplay = "Juniper"\nnumber = "2027.2"\n'
                                 'release_date = 2027-10-06\nptg_start = 2027-04-12\nptg_end = 2027-04-16\n')
    after = json.loads(project.run("due", "--cycle", "juniper", "--format", "json").stdout)
    assert [(row["number"], row["due_on"], row["due_at"], row["projected"]) for row in after] == [
        (2, "2027-04-12", "2027.2 Juniper PTG", False)]
    assert project.run("validate", "--select", "ADR307").exit_code == 0


def test_the_horizon_stops_at_the_last_day_a_date_holds() -> None:
    """Three years after a day in 9997 or later is past 9999-12-31: the horizon is that last day."""
    assert horizon(date(9996, 12, 31)) == date(9999, 12, 31)
    assert horizon(date(9997, 1, 1)) == horizon(date(9999, 12, 31)) == date.max


def test_no_cycle_is_projected_past_the_last_day_a_date_holds(tmp_path: Path) -> None:
    """The cadence of a calendar numbered up to 9998.2 projects 9999.1 and 9999.2 and stops (10000.1 has no
    date); an event of a namesake that would move past 9999-12-31 is left out of the projected cycle."""
    path = tmp_path / "cycles.toml"
    path.write_text(
        '[[series]]\nname = "a"\ndisplay = "A"\nnumber = "9997.2"\nrelease_date = 9997-12-28\n'
        '[[series]]\nname = "b"\ndisplay = "B"\nnumber = "9998.1"\nrelease_date = 9998-06-01\n'
        '[[series]]\nname = "c"\ndisplay = "C"\nnumber = "9998.2"\nrelease_date = 9998-12-30\n'
        'ptg_start = 9998-07-01\nptg_end = 9998-07-05\nevents = [{ name = "ff", start = 9998-12-28, '
        'end = 9998-12-31 }, { name = "late", start = 9999-12-30, end = 9999-12-31 }]\n', encoding="utf-8")
    calendar = load_calendar(path, "replace").projected_through(date.max)
    assert [(c.number, c.release_date) for c in calendar if c.projected] == [
        ("9999.1", date(9999, 5, 31)), ("9999.2", date(9999, 12, 29))]
    assert [(e.name, e.start) for e in calendar.find("9999.2").events] == [("ff", date(9999, 12, 27))]


@pytest.mark.parametrize("args", [["due"], ["due", "--within", "4w"], ["cycles"], ["validate"], ["new", "Late"]])
def test_commands_work_on_the_last_days_a_date_holds(project: Project, args: list[str]) -> None:
    """Today in 9997 or later (`--today`) projects the calendar up to 9999-12-31, not past it: every command
    that reads the calendar answers; `due --within` ends its window on that last day."""
    project.today = "9999-12-31"
    project.run("init")
    result = project.run(*args)
    assert result.exit_code == 0, result.stderr
    if args[1:] == ["--within", "4w"]:
        assert result.stdout == "Nothing is due within 28 days (9999-12-31 to 9999-12-31).\n"
