from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest

from adrtool.calendar.cycles import Calendar, Cycle, builtin_calendar, load_calendar
from adrtool.errors import NotFound, ReadError, UsageError

REFERENCE = Path(__file__).resolve().parent / "fixtures/calendar/openstack-cycles-research.toml"


def facts(cycles) -> list[tuple[object, ...]]:
    """What a cycle is, without its events: name, display, number, release day, PTG week, position."""
    return [(c.name, c.display, c.number, c.release_date, c.ptg_start, c.ptg_end, c.position) for c in cycles]


QUARTERLY = """\
[[series]]
name = "q1"
display = "Q1 2025"
number = "2025.1"
release_date = 2025-03-31
ptg_start = 2025-01-06
ptg_end = 2025-01-07

[[series]]
name = "q2"
display = "Q2 2025"
number = "2025.2"
release_date = "2025-06-30"

[[series]]
name = "q3"
display = "Q3 2025"
number = "2025.3"
release_date = 2025-09-30
ptg_start = "2025-07-01"
ptg_end = "2025-07-02"
"""


@pytest.fixture
def calendar() -> Calendar:
    return builtin_calendar()


@pytest.fixture
def write(tmp_path: Path):
    """Write a calendar file in tmp_path and return its path."""

    def write(text: str, name: str = "cycles.toml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


# The built-in calendar: facts


def test_builtin_runs_from_austin_to_indri(calendar: Calendar) -> None:
    """35 series, Austin first and Indri last."""
    assert len(calendar) == 35
    assert calendar.cycles[0].name == "austin"
    assert calendar.cycles[-1].name == "indri"
    assert [c.position for c in calendar] == list(range(35))


@pytest.mark.parametrize(
    ("name", "start", "end"),
    [
        ("xena", date(2021, 4, 19), date(2021, 4, 23)),
        ("yoga", date(2021, 10, 18), date(2021, 10, 22)),
        ("zed", date(2022, 4, 4), date(2022, 4, 8)),
    ],
)
def test_well_known_ptg_dates(calendar: Calendar, name: str, start: date, end: date) -> None:
    """The PTGs of Xena, Yoga and Zed are where everyone remembers them."""
    cycle = calendar.find(name)
    assert (cycle.ptg_start, cycle.ptg_end) == (start, end)
    assert cycle.revisit_date == start


def test_antelope_is_2023_1(calendar: Calendar) -> None:
    """Antelope is the first numbered series, and its label says both."""
    antelope = calendar.find("antelope")
    assert antelope.number == "2023.1"
    assert antelope.display == "Antelope"
    assert antelope.label == "2023.1-antelope"
    assert next(c.name for c in calendar if c.number) == "antelope"
    assert calendar.find("zed").label == "zed"


def test_ptgs_exist_only_from_pike_on(calendar: Calendar) -> None:
    """Every series before Pike lacks PTG dates and every series from Pike on has them."""
    pike = calendar.find("pike").position
    assert [c.has_ptg for c in calendar] == [c.position >= pike for c in calendar]
    assert sum(c.has_ptg for c in calendar) == 20
    assert calendar.find("ocata").revisit_date is None


def test_zed_comes_before_antelope(calendar: Calendar) -> None:
    """Order is the calendar's, not the alphabet's: after Zed the names wrap to Antelope."""
    zed, antelope = calendar.find("zed"), calendar.find("antelope")
    assert zed.position + 1 == antelope.position
    assert zed.release_date < antelope.release_date
    assert "antelope" < "zed"  # what an alphabetical sort would get wrong


def test_release_dates_strictly_increase(calendar: Calendar) -> None:
    """Every release comes after the one before it."""
    dates = [c.release_date for c in calendar]
    assert all(a < b for a, b in itertools.pairwise(dates))


def test_reference_file_replaces_to_the_same_cycles(calendar: Calendar) -> None:
    """The hand-checked research file, with its meta table and snapshot keys, loads to the generated calendar's
    facts (it has no events)."""
    research = load_calendar(REFERENCE, mode="replace")
    assert facts(research) == facts(calendar)
    assert all(cycle.events == () for cycle in research)


def test_no_path_means_builtin(calendar: Calendar) -> None:
    """Without a project file the built-in calendar is used, loaded once."""
    assert load_calendar(None) is calendar
    assert load_calendar(None, mode="replace") is calendar


# Lookups


@pytest.mark.parametrize(
    ("ref", "name"),
    [
        ("yoga", "yoga"),
        ("Yoga", "yoga"),
        ("  YOGA \n", "yoga"),
        ("2023.1", "antelope"),
        ("2023.1-antelope", "antelope"),
        ("antelope-2023.1", "antelope"),
        ("2023.1-Antelope", "antelope"),
        ("2027.1", "indri"),
    ],
)
def test_get_by_name_number_or_both(calendar: Calendar, ref: str, name: str) -> None:
    """A cycle is found by name in any case, by number, or by both joined with a hyphen in either order."""
    cycle = calendar.get(ref)
    assert cycle is not None and cycle.name == name


@pytest.mark.parametrize("ref", ["yoag", "", "2023.2-antelope", "antelope-antelope", "2023.1-", "zed-2022.2"])
def test_get_unknown_is_none(calendar: Calendar, ref: str) -> None:
    """Typos, mismatched name and number, and empty refs find nothing."""
    assert calendar.get(ref) is None


def test_find_suggests_close_names(calendar: Calendar) -> None:
    """An unknown cycle names the close ones in one line."""
    with pytest.raises(NotFound) as caught:
        calendar.find("yoag")
    assert str(caught.value) == "unknown cycle 'yoag'; did you mean yoga?"


def test_find_suggests_close_numbers(calendar: Calendar) -> None:
    """Numbers are suggested too, best first."""
    with pytest.raises(NotFound) as caught:
        calendar.find("2023.3")
    assert str(caught.value) == "unknown cycle '2023.3'; did you mean 2023.2, 2023.1 or 2027.1?"


def test_find_with_nothing_close_gives_the_range(calendar: Calendar) -> None:
    """When nothing is close the message says which cycles exist."""
    with pytest.raises(NotFound) as caught:
        calendar.find(" kubernetes ")
    assert str(caught.value) == "unknown cycle 'kubernetes'; known cycles: austin..2027.1-indri"


def test_suggest(calendar: Calendar) -> None:
    """Suggestions are one per cycle, at most n."""
    assert calendar.suggest("antelop") == ["antelope"]
    assert calendar.suggest("2023.1-antelop", n=1) == ["2023.1-antelope"]
    assert calendar.suggest("zzzzzz") == []


def test_find_with_ptg_names_the_nearest_ptg(calendar: Calendar) -> None:
    """A cycle without PTG dates cannot be a revisit point; the message names the nearest one that can."""
    with pytest.raises(UsageError) as caught:
        calendar.find_with_ptg("ocata")
    assert str(caught.value) == "cycle ocata has no PTG dates in the calendar; nearest with a PTG: pike"
    assert calendar.find_with_ptg("Pike").name == "pike"


def test_find_with_ptg_names_both_sides(write) -> None:
    """With PTGs before and after, both neighbours are named."""
    calendar = load_calendar(write(QUARTERLY), mode="replace")
    with pytest.raises(UsageError) as caught:
        calendar.find_with_ptg("q2")
    assert str(caught.value) == (
        "cycle 2025.2-q2 has no PTG dates in the calendar; nearest with a PTG: 2025.1-q1 or 2025.3-q3"
    )


def test_find_with_ptg_when_no_cycle_has_one(write) -> None:
    """A calendar without any PTG says so."""
    calendar = load_calendar(write('[[series]]\nname = "v1"\ndisplay = "V1"\nrelease_date = 2024-01-01\n'), "replace")
    with pytest.raises(UsageError) as caught:
        calendar.find_with_ptg("v1")
    assert str(caught.value) == "cycle v1 has no PTG dates in the calendar; no cycle in the calendar has one"


# Where are we on a given day


@pytest.mark.parametrize(
    ("today", "name"),
    [
        (date(2000, 1, 1), "austin"),
        (date(2022, 3, 30), "yoga"),  # release day still belongs to the cycle
        (date(2022, 3, 31), "zed"),
        (date(2027, 3, 24), "indri"),
    ],
)
def test_current(calendar: Calendar, today: date, name: str) -> None:
    """The current cycle is the first one not yet released on that day."""
    cycle = calendar.current(today)
    assert cycle is not None and cycle.name == name


def test_current_past_the_last_release(calendar: Calendar) -> None:
    """After the last known release there is no current cycle."""
    assert calendar.current(date(2027, 3, 25)) is None


@pytest.mark.parametrize(
    ("today", "name"),
    [
        (date(2010, 1, 1), "pike"),
        (date(2021, 4, 19), "xena"),  # first day
        (date(2021, 4, 23), "xena"),  # last day: still in progress
        (date(2021, 4, 24), "yoga"),
        (date(2022, 4, 8), "zed"),
        (date(2022, 4, 9), "antelope"),
        (date(2026, 10, 16), "indri"),
    ],
)
def test_next_ptg(calendar: Calendar, today: date, name: str) -> None:
    """The next PTG is the first one that has not ended by that day."""
    cycle = calendar.next_ptg(today)
    assert cycle is not None and cycle.name == name


def test_next_ptg_after_the_last_one(calendar: Calendar) -> None:
    """After the last known PTG there is none."""
    assert calendar.next_ptg(date(2026, 10, 17)) is None


# Project calendars


def test_extend_overrides_in_place_and_appends(write) -> None:
    """extend keeps the built-in cycles, replaces a known name's facts where it stands, and appends new names."""
    path = write(
        """\
[[series]]
name = "Juno"
display = "Juno (patched)"
release_date = 2014-10-16
ptg_start = 2014-05-12
ptg_end = 2014-05-16

[[series]]
name = "jackal"
display = "Jackal"
number = "2027.2"
release_date = 2027-09-29
ptg_start = 2027-04-05
ptg_end = 2027-04-09
"""
    )
    calendar = load_calendar(path)
    builtin = builtin_calendar()
    assert len(calendar) == 36
    juno = calendar.find("juno")
    assert juno == Cycle("juno", "Juno (patched)", None, date(2014, 10, 16), date(2014, 5, 12), date(2014, 5, 16), 9)
    assert juno.position == builtin.find("juno").position
    assert calendar.cycles[-1] == Cycle(
        "jackal", "Jackal", "2027.2", date(2027, 9, 29), date(2027, 4, 5), date(2027, 4, 9), 35
    )
    assert calendar.find("2027.2-jackal").name == "jackal"
    assert calendar.next_ptg(date(2026, 10, 17)) == calendar.cycles[-1]
    assert builtin.find("juno").has_ptg is False  # the built-in calendar is untouched


def test_replace_uses_only_the_file(write) -> None:
    """replace drops the built-in cycles; dates may be TOML dates or ISO strings."""
    calendar = load_calendar(write(QUARTERLY), mode="replace")
    assert [c.label for c in calendar] == ["2025.1-q1", "2025.2-q2", "2025.3-q3"]
    assert calendar.get("yoga") is None
    assert calendar.find("2025.2").release_date == date(2025, 6, 30)
    assert calendar.find("q3").revisit_date == date(2025, 7, 1)
    assert calendar.current(date(2025, 4, 1)) == calendar.find("q2")
    assert calendar.next_ptg(date(2025, 1, 8)) == calendar.find("q3")


def test_kubernetes_like_calendar(write) -> None:
    """Numbers need not be years: a Kubernetes-like calendar looks up by minor version."""
    path = write(
        """\
[meta]
note = "ignored"

[[series]]
name = "v1-29"
display = "Kubernetes 1.29"
number = "1.29"
release_date = 2023-12-13
source = "ignored too"

[[series]]
name = "v1-30"
display = "Kubernetes 1.30"
number = "1.30"
release_date = 2024-04-17
"""
    )
    calendar = load_calendar(path, mode="replace")
    assert calendar.find("1.30").name == "v1-30"
    assert calendar.find("V1-29").number == "1.29"
    assert calendar.find("1.30-v1-30").name == "v1-30"
    assert calendar.cycles[-1].label == "1.30-v1-30"


# Validation: every error names the file and the series


def test_unknown_mode() -> None:
    """A mode other than extend or replace is a usage error."""
    with pytest.raises(UsageError) as caught:
        load_calendar(None, mode="merge")
    assert str(caught.value) == "unknown calendar mode 'merge'; expected extend or replace"


SERIES = '[[series]]\nname = "x"\ndisplay = "X"\nrelease_date = 2024-01-01\n'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[series]]\ndisplay = "X"\n', "series #1: missing name, release_date"),
        (SERIES + '[[series]]\nname = "Y"\nrelease_date = 2025-01-01\n', "series 'y': missing display"),
        (SERIES.replace('"x"', '""'), "series #1: name must be a non-empty string, got ''"),
        (SERIES.replace('"x"', "3"), "series #1: name must be a non-empty string, got 3"),
        (
            SERIES.replace("2024-01-01", '"01/02/2024"'),
            "series 'x': release_date must be a date like 2021-04-19, got '01/02/2024'",
        ),
        (
            SERIES.replace("2024-01-01", '"2024-02-30"'),
            "series 'x': release_date must be a date like 2021-04-19, got '2024-02-30'",
        ),
        (
            SERIES.replace("2024-01-01", "2024-01-01T10:00:00"),
            "series 'x': release_date must be a date like 2021-04-19, got datetime.datetime(2024, 1, 1, 10, 0)",
        ),
        (SERIES + "ptg_start = 2023-06-01\n", "series 'x': ptg_start without ptg_end: give both PTG dates or neither"),
        (SERIES + "ptg_end = 2023-06-01\n", "series 'x': ptg_end without ptg_start: give both PTG dates or neither"),
        (
            SERIES + "ptg_start = 2023-06-05\nptg_end = 2023-06-01\n",
            "series 'x': ptg_end 2023-06-01 is before ptg_start 2023-06-05",
        ),
        (SERIES + "number = 2024.1\n", 'series \'x\': number must be a quoted string like "2023.1", got 2024.1'),
        (
            SERIES + SERIES.replace('"x"', '"y"'),
            "series 'y': release_date 2024-01-01 is not after x's (2024-01-01); list series in release order",
        ),
        (SERIES + SERIES.replace('"x"', '"X"'), "series 'x': defined twice (#1 and #2)"),
        (
            SERIES + 'number = "1"\n' + SERIES.replace('"x"', '"y"').replace("2024", "2025") + 'number = "1"\n',
            "series 'y': number 1 is already used by x",
        ),
        ("[meta]\n", "no [[series]] tables in the calendar"),
        ("series = []\n", "no [[series]] tables in the calendar"),
        ("series = 3\n", "series must be an array of tables: [[series]]"),
        (
            "[[series]]\nname = \n",
            "invalid TOML: Invalid value (at line 2, column 8)",
        ),
    ],
)
def test_invalid_calendar_files(write, text: str, message: str) -> None:
    """Each mistake in a calendar file is reported with the file and the series."""
    path = write(text)
    with pytest.raises(ReadError) as caught:
        load_calendar(path, mode="replace")
    assert caught.value.message == message
    assert str(caught.value) == f"{path}: {message}"


def test_extend_checks_the_merged_order(write) -> None:
    """In extend mode a new series must come after the built-in ones."""
    path = write('[[series]]\nname = "late"\ndisplay = "Late"\nrelease_date = 2020-01-01\n')
    with pytest.raises(ReadError) as caught:
        load_calendar(path)
    assert caught.value.message == (
        "series 'late': release_date 2020-01-01 is not after indri's (2027-03-24); list series in release order"
    )


def test_extend_rejects_a_taken_number(write) -> None:
    """In extend mode a new series cannot reuse a built-in number."""
    path = write('[[series]]\nname = "copy"\ndisplay = "Copy"\nnumber = "2023.1"\nrelease_date = 2030-01-01\n')
    with pytest.raises(ReadError) as caught:
        load_calendar(path)
    assert caught.value.message == "series 'copy': number 2023.1 is already used by antelope"


def test_unreadable_file(tmp_path: Path) -> None:
    """A missing file is a read error naming the file."""
    path = tmp_path / "missing.toml"
    with pytest.raises(ReadError) as caught:
        load_calendar(path)
    assert str(caught.value) == f"{path}: cannot read calendar: No such file or directory"


def test_file_not_utf8(tmp_path: Path) -> None:
    """Bytes that are not UTF-8 are a read error, not a crash."""
    path = tmp_path / "latin1.toml"
    path.write_bytes(b'[[series]]\nname = "caf\xe9"\n')
    with pytest.raises(ReadError) as caught:
        load_calendar(path)
    assert str(caught.value) == f"{path}: cannot read calendar: not UTF-8 text"
