"""iCalendar feeds: the log's revisit points and the cycle calendar, read back with the icalendar library."""

from __future__ import annotations

import datetime as dt
from datetime import date

import icalendar
import pytest
from test_due import record

from adrtool.views.ics import fold

from conftest import Project


def feed(project: Project, *args: str) -> str:
    """`adr feed ARGS`'s stdout as the bytes it wrote (the runner's text output turns CRLF into LF)."""
    from click.testing import CliRunner

    from adrtool.cli import cli

    result = CliRunner().invoke(cli, ["--today", project.today, "feed", *args], catch_exceptions=False)
    assert (result.exit_code, result.stderr) == (0, "")
    return result.stdout_bytes.decode("utf-8")


def parse(text: str) -> list[icalendar.Event]:
    """The feed's events, after checking the RFC 5545 framing icalendar does not judge: CRLF, 75-octet lines."""
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    feed = icalendar.Calendar.from_ical(text)
    assert (str(feed["VERSION"]), str(feed["CALSCALE"])) == ("2.0", "GREGORIAN")
    return list(feed.walk("VEVENT"))


def facts(event: icalendar.Event) -> tuple[str, date, date, str, str]:
    return (str(event["UID"]), event.decoded("DTSTART"), event.decoded("DTEND"), str(event["SUMMARY"]),
            str(event["STATUS"]))


def test_decisions_feed_has_one_all_day_event_per_active_revisit(project: Project) -> None:
    """Active decisions with a revisit point get an event on their due day (DTEND the day after); superseded,
    rejected, `never` and missing points do not; a projected cycle's date is tentative."""
    record(project, 1, "Keep Linuxbridge", "yoga")
    record(project, 2, "Keep iptables", "xena:ff", status="proposed")
    record(project, 3, "Keep OVS", "2021-12-31")
    record(project, 4, "Gone", "yoga", status="superseded")
    record(project, 5, "Never", "never")
    record(project, 6, "No point", None)
    record(project, 7, "Later", "2027.2")
    project.today = "2026-12-05"
    events = parse(feed(project))
    assert [(facts(e)[1:]) for e in events] == [
        (date(2021, 8, 30), date(2021, 8, 31), "Revisit ADR 0002: Keep iptables", "CONFIRMED"),
        (date(2021, 10, 18), date(2021, 10, 19), "Revisit ADR 0001: Keep Linuxbridge", "CONFIRMED"),
        (date(2021, 12, 31), date(2022, 1, 1), "Revisit ADR 0003: Keep OVS", "CONFIRMED"),
        (date(2027, 4, 19), date(2027, 4, 20), "Revisit ADR 0007: Later", "TENTATIVE"),
    ]
    assert str(events[0]["DESCRIPTION"]) == ("Status: proposed\nRevisit: xena:ff (Xena feature freeze)\n"
                                            "Due on: 2021-08-30\nPath: decisions/0002-keep-iptables.md")
    assert events[0].decoded("DTSTAMP") == dt.datetime(2026, 12, 5, tzinfo=dt.timezone.utc)
    assert len({str(e["UID"]) for e in events}) == 4 and all(str(e["UID"]).endswith("@project.adrtool")
                                                              for e in events)


def test_a_decision_keeps_its_uid_until_its_revisit_point_changes(project: Project) -> None:
    """Retitling or accepting a decision keeps its event's UID (the event changes in place), and so does another
    spelling of its point (`yoga:ptg`, a projected number and its later name); another point gives another UID."""
    def uid(title: str, status: str, revisit: str) -> str:
        project.write("decisions/0001-keep.md", f"---\nstatus: {status}\ndate: 2021-04-19\nrevisit: {revisit}\n---\n"
                                                f"# {title}\n")
        [event] = parse(feed(project))
        return str(event["UID"])

    first = uid("Keep Linuxbridge", "proposed", "yoga")
    assert uid("Keep the Linuxbridge backend", "accepted", "yoga") == first
    assert uid("Keep the Linuxbridge backend", "accepted", "Yoga") == first
    assert uid("Keep the Linuxbridge backend", "accepted", "yoga:ptg") == first
    assert uid("Keep the Linuxbridge backend", "accepted", "zed") != first
    assert uid("Keep the Linuxbridge backend", "accepted", "zed") == uid("Keep Linuxbridge", "proposed", "zed")
    project.today = "2026-12-05"
    projected = uid("Keep Linuxbridge", "accepted", '"2027.2"')
    project.write(".adr.toml", 'calendar = "cycles.toml"\n')
    project.write("cycles.toml", '[[series]]\nname = "juniper"\ndisplay = "Juniper"\nnumber = "2027.2"\n'
                                 'release_date = 2027-10-06\nptg_start = 2027-04-12\nptg_end = 2027-04-16\n')
    assert uid("Keep Linuxbridge", "accepted", '"2027.2"') == projected == uid("Keep Linuxbridge", "accepted", "juniper")


def test_text_is_escaped_and_long_lines_folded(project: Project) -> None:
    """Commas, semicolons and backslashes in a title are escaped, and a long non-ASCII title is folded between
    characters, never inside one: icalendar reads the title back exactly."""
    title = "Use a; b, and c\\d " + "überlänge " * 12
    project.write("decisions/0001-x.md", f"---\nstatus: accepted\ndate: 2021-04-19\nrevisit: yoga\n---\n# {title}\n")
    text = feed(project)
    assert "SUMMARY:Revisit ADR 0001: Use a\\; b\\, and c\\\\d " in text
    assert str(parse(text)[0]["SUMMARY"]) == f"Revisit ADR 0001: {title.strip()}"


def test_fold_counts_octets() -> None:
    """A line of 80 two-octet characters becomes lines of at most 75 octets, the continuations after a space."""
    folded = fold("X:" + "é" * 80).split("\r\n")
    assert [len(line.encode("utf-8")) for line in folded] == [74, 75, 15]
    assert all(line.startswith(" ") for line in folded[1:])


def test_cycles_feed_spans_each_schedule_week(project: Project) -> None:
    """Each event spans its week as openstack/releases gives it, Monday to Friday with DTEND the Saturday; team
    deadlines only with --team-events; projected cycles tentative, with the UID the named series will keep."""
    project.today = "2026-12-05"
    events = {str(e["UID"]): e for e in parse(feed(project, "cycles", "--name", "OpenStack"))}
    assert facts(events["xena-ff@openstack.adrtool"]) == (
        "xena-ff@openstack.adrtool", date(2021, 8, 30), date(2021, 9, 4), "Xena feature freeze", "CONFIRMED")
    assert facts(events["yoga-ptg@openstack.adrtool"])[1:4] == (date(2021, 10, 18), date(2021, 10, 23), "Yoga PTG")
    assert facts(events["2023.1-ptg@openstack.adrtool"])[3] == "2023.1 Antelope PTG"
    assert facts(events["2027.2-ptg@openstack.adrtool"])[1:] == (
        date(2027, 4, 19), date(2027, 4, 24), "2027.2 PTG (projected)", "TENTATIVE")
    assert str(events["xena-ff@openstack.adrtool"]["DESCRIPTION"]) == "Revisit point: xena:ff"
    assert "yoga-cinder-spec-freeze@openstack.adrtool" not in events
    with_teams = {str(e["UID"]) for e in parse(feed(project, "cycles", "--name", "OpenStack",
                                                     "--team-events"))}
    assert "yoga-cinder-spec-freeze@openstack.adrtool" in with_teams and set(events) < with_teams

    project.write(".adr.toml", 'calendar = "cycles.toml"\n')
    project.write("cycles.toml", '[[series]]\nname = "juniper"\ndisplay = "Juniper"\nnumber = "2027.2"\n'
                                 'release_date = 2027-10-06\nptg_start = 2027-04-12\nptg_end = 2027-04-16\n')
    named = {str(e["UID"]): e for e in parse(feed(project, "cycles", "--name", "OpenStack"))}
    assert facts(named["2027.2-ptg@openstack.adrtool"])[1:] == (
        date(2027, 4, 12), date(2027, 4, 17), "2027.2 Juniper PTG", "CONFIRMED")


def test_feed_written_to_a_file_inside_the_project_only(project: Project) -> None:
    """-o writes the file (its folder made) inside the project; a path outside it is refused, nothing written."""
    record(project, 1, "Keep Linuxbridge", "yoga")
    result = project.run("feed", "-o", "public/decisions.ics")
    assert (result.exit_code, result.stderr) == (0, "adr: wrote public/decisions.ics\n")
    assert parse((project.root / "public/decisions.ics").read_bytes().decode("utf-8"))
    outside = project.root.parent / "elsewhere.ics"
    refused = project.run("feed", "-o", str(outside))
    assert refused.exit_code == 2 and not outside.exists()
    assert refused.stderr == f"adr: {outside} is outside the project; write the feed inside it, or to stdout (> FILE)\n"


def test_feed_replaces_only_a_feed_it_wrote(project: Project) -> None:
    """-o over a feed `adr feed` wrote replaces it; over any other file of the project (the config, a README, an
    empty file) it is refused in one line, the file left as it was."""
    record(project, 1, "Keep Linuxbridge", "yoga")
    assert project.run("feed", "-o", "public/decisions.ics").exit_code == 0
    again = project.run("feed", "cycles", "-o", "public/decisions.ics")
    assert (again.exit_code, again.stderr) == (0, "adr: wrote public/decisions.ics\n")
    for name, text in ((".adr.toml", "require-revisit = true\n"), ("README.md", "# Us\n"), ("empty.ics", "")):
        project.write(name, text)
        refused = project.run("feed", "-o", name)
        assert (refused.exit_code, refused.stderr) == (2, f"adr: {name} was not written by `adr feed`; not "
                                                          "overwriting it (remove it first, or name another file)\n")
        assert project.read(name) == text


@pytest.mark.parametrize(("output", "where"), [
    ("decisions/0001-keep-linuxbridge.md", "decisions"), ("decisions/feed.ics", "decisions"),
    ("decisions/area/feed.ics", "decisions")])
def test_feed_is_never_written_in_a_decision_directory(project: Project, output: str, where: str) -> None:
    """A feed goes beside the log, never in it (over a record, or among them outside the log's lock)."""
    record(project, 1, "Keep Linuxbridge", "yoga")
    before = project.read("decisions/0001-keep-linuxbridge.md")
    refused = project.run("feed", "-o", output)
    assert (refused.exit_code, refused.stderr) == (
        2, f"adr: {output} is in the decision directory {where}, which holds records only; write the feed beside it\n")
    assert project.read("decisions/0001-keep-linuxbridge.md") == before
    assert sorted(path.name for path in project.decisions.iterdir()) == ["0001-keep-linuxbridge.md"]


def test_a_log_kept_at_the_root_refuses_only_its_own_folder(project: Project) -> None:
    """Of a log whose records lie at the project's root, the root folder is refused; a folder below it is the
    project's, where the feed is written."""
    project.write(".adr-dir", ".\n")
    project.write("0001-a.md", "# 1. A\n\nDate: 2021-01-01\n\n## Status\n\nAccepted\n")
    refused = project.run("feed", "-o", "f.ics")
    assert (refused.exit_code, refused.stderr) == (
        2, "adr: f.ics is in the decision directory ., which holds records only; write the feed beside it\n")
    assert project.run("feed", "-o", "public/f.ics").stderr == "adr: wrote public/f.ics\n"


@pytest.mark.parametrize(("output", "vcs"), [(".git/config", ".git"), (".git/hooks/post-checkout", ".git"),
                                             ("sub/.git", ".git"), (".hg/hgrc", ".hg"), (".svn/x.ics", ".svn")])
def test_feed_is_never_written_in_version_control_s_directory(project: Project, output: str, vcs: str) -> None:
    """`.git/config` (or a worktree's `.git` file, `.hg`, `.svn`) is refused, whatever it holds or lacks."""
    record(project, 1, "Keep Linuxbridge", "yoga")
    refused = project.run("feed", "-o", output)
    assert (refused.exit_code, refused.stderr) == (
        2, f"adr: {output} is in {vcs}, version control's own directory; write the feed elsewhere in the project\n")
    assert not (project.root / output).exists()


@pytest.mark.parametrize("what", ["decisions", "cycles"])
def test_feeds_on_today_s_real_date_parse(project: Project, what: str) -> None:
    """On the real today both feeds parse; the cycles feed holds the coming PTG that adr cycles marks."""
    project.today = dt.date.today().isoformat()
    record(project, 1, "Soon", (dt.date.today() + dt.timedelta(days=3)).isoformat())
    events = parse(feed(project, what))
    if what == "decisions":
        assert [e.decoded("DTSTART") for e in events] == [dt.date.today() + dt.timedelta(days=3)]
    else:
        import json

        coming = next(c for c in json.loads(project.run("cycles", "--format", "json").stdout) if c["next_ptg"])
        key = coming["number"] or coming["name"]
        ptg = next(e for e in events if str(e["UID"]).startswith(f"{key}-ptg@"))
        assert ptg.decoded("DTSTART").isoformat() == coming["ptg_start"]


def test_an_event_ending_on_the_last_day_a_date_holds_has_a_length_for_its_end(project: Project) -> None:
    """A revisit on 9999-12-31 (and a calendar event ending then) has no day after it for DTEND: the event says
    its length instead (DURATION), and the feed is written."""
    record(project, 1, "Far", "9999-12-31")
    [event] = parse(feed(project))
    assert (event.decoded("DTSTART"), event.decoded("DURATION"), "DTEND" in event) == (
        date(9999, 12, 31), dt.timedelta(days=1), False)
    project.write(".adr.toml", 'calendar = "cycles.toml"\ncalendar-mode = "replace"\n')
    project.write("cycles.toml", '[[series]]\nname = "last"\ndisplay = "Last"\nrelease_date = 9999-12-31\n'
                                 'events = [{ name = "ff", start = 9999-12-30, end = 9999-12-31 }]\n')
    [freeze] = [e for e in parse(feed(project, "cycles")) if str(e["UID"]).startswith("last-ff@")]
    assert (freeze.decoded("DTSTART"), freeze.decoded("DURATION")) == (date(9999, 12, 30), dt.timedelta(days=2))


def test_a_day_before_the_year_1000_is_written_with_four_digits_of_year(project: Project) -> None:
    """A DATE holds four digits of year: a revisit on 0999-01-02 is 09990102 (not 9990102), and today's stamp
    likewise."""
    record(project, 1, "Old", "0999-01-02")
    project.today = "0999-01-01"
    text = feed(project)
    assert "DTSTART;VALUE=DATE:09990102\r\n" in text and "DTSTAMP:09990101T000000Z\r\n" in text
    [event] = parse(text)
    assert (event.decoded("DTSTART"), event.decoded("DTEND")) == (date(999, 1, 2), date(999, 1, 3))
