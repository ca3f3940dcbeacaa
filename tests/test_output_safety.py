"""Record content cannot drive a terminal or a CI runner, in any output format, and every field of a record is
literal Markdown wherever adrtool writes Markdown (the index, the PTG agenda)."""

from __future__ import annotations

import re

import pytest

from conftest import Project

HOSTILE = "\x1b]0;pwn\x07\x1b[31m\b\r\x9b1m\u2028::warning::U ##[error]V ##vso[task.setvariable]W"
LINE = "\n::error::injected"


def yaml_text(text: str) -> str:
    import json

    return json.dumps(text)


def write_hostile_log(project: Project) -> None:
    """Every field of a record, its body and its file name hold control sequences and workflow commands."""
    meta = "\n".join([
        "---", f"status: {yaml_text('proposed' + HOSTILE + LINE)}", "date: 2021-04-19",
        f"cycle: {yaml_text('xena' + HOSTILE + LINE)}", f"revisit: {yaml_text('2021-05-01')}",
        f"tags: [{yaml_text('tag' + HOSTILE + LINE)}]", f"decision-makers: [{yaml_text('Ann' + HOSTILE + LINE)}]",
        "supersedes: [2]", "---"])
    body = (f"# Title {HOSTILE}\n\n## Context\n\n::error file=x::from the body\n  ::set-output name=a::b\n"
            f"\n## Decision\n\n::add-mask::secret. {HOSTILE} And more.\n\n## Consequences\n\nNone.\n")
    project.write("decisions/0001-hostile.md", meta + "\n" + body)
    project.write(f"decisions/0002-old{HOSTILE[:9]}.md", "---\nstatus: accepted\nsuperseded-by: [1]\n---\n"
                                                         f"# Old {HOSTILE}\n")
    (project.decisions / f"0003-broken{HOSTILE[:9]}.md").write_bytes(b"---\nstatus: !status x\n---\n# Broken\n")


def assert_inert(text: str, *, annotations: bool = False) -> None:
    """No control character but newline and tab, no `##[`, and no line starting a workflow command (in an
    annotations format, only adrtool's own `::warning file=...` / `::error file=...` lines)."""
    bad = [char for char in text if (ord(char) < 32 and char not in "\n\t") or 0x7f <= ord(char) <= 0x9f
           or char in "\u2028\u2029"]
    assert bad == [], repr(text)
    assert "##[" not in text and "##vso[" not in text.lower(), text
    for line in text.split("\n"):
        if line.lstrip().startswith("::"):
            assert annotations and re.match(r"::(warning|error) file=[^:]*,line=\d+", line), line


COMMANDS = [
    ("list",), ("list", "--format", "json"), ("list", "--format", "csv"),
    ("due", "--as-of", "2021-06-01"), ("due", "--as-of", "2021-06-01", "--format", "json"),
    ("due", "--as-of", "2021-06-01", "--format", "markdown"), ("due", "--as-of", "2021-06-01", "--format", "github"),
    ("due", "--as-of", "2021-06-01", "--format", "issue"),
    ("show", "1"), ("show", "1", "--format", "json"), ("show", "2"),
    ("validate",), ("validate", "--format", "json"), ("validate", "--format", "github"),
    ("graph",), ("graph", "--format", "dot"), ("index", "--check"), ("index", "--format", "json"),
    ("accept", "1"), ("supersede", "1", "--by", "2"), ("renumber", "2", "--to", "7", "--no-git"),
]


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(args) for args in COMMANDS])
def test_no_output_obeys_record_content(project: Project, args: tuple[str, ...]) -> None:
    """stdout and stderr of each command and format, on a log whose every field is hostile."""
    write_hostile_log(project)
    result = project.run(*args)
    assert result.exit_code in (0, 1, 2)
    assert result.stdout or result.stderr
    annotations = "github" in args
    assert_inert(result.stdout, annotations=annotations)
    assert_inert(result.stderr)


def test_the_feed_is_inert_and_reads_back_the_same(project: Project) -> None:
    """`adr feed` (iCalendar, to stdout): no control character, no line a runner takes for a command, however
    its lines are folded; a calendar reader unfolds it to the record's text, control characters removed."""
    import icalendar

    write_hostile_log(project)
    title = "Active \x1b]0;pwn\x07 " + "x" * 40 + " ::warning::U ##[error]V"
    project.write("decisions/0004-active.md", f"---\nstatus: proposed\ndate: 2021-04-19\nrevisit: yoga\n---\n# {title}\n")
    result = project.run("feed")
    assert result.exit_code in (0, 2)
    assert_inert(result.stdout.replace("\r\n", "\n"))
    events = icalendar.Calendar.from_ical(result.stdout).walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in events] == [
        "Revisit ADR 0004: Active ]0;pwn " + "x" * 40 + " ::warning::U ##[error]V"]


def test_a_replayed_answer_is_as_inert_as_the_first(project: Project, settled_files: None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The console script's kept answer, replayed, writes what the first run wrote."""
    from adrtool.cache import answers

    replayed: list[int] = []
    real_replay = answers.replay

    def replay(argv: list[str]) -> int | None:
        code = real_replay(argv)
        if code is not None:
            replayed.append(code)
        return code

    monkeypatch.setattr(answers, "replay", replay)
    write_hostile_log(project)
    first = project.run_console("list")
    second = project.run_console("list")
    assert replayed == [2]  # the second run was the kept answer (exit 2: a record is unreadable)
    assert (first.stdout, first.stderr) == (second.stdout, second.stderr)
    assert_inert(second.stdout)
    assert_inert(second.stderr)


def test_json_keeps_the_data_exactly(project: Project) -> None:
    """JSON writes the characters as escapes, so a script reads back the field as it is in the record."""
    import json

    write_hostile_log(project)
    data = json.loads(project.run("list", "--format", "json").stdout)
    assert data[0]["tags"] == ["tag" + HOSTILE + LINE]
    assert data[0]["cycle"] == "xena" + HOSTILE + LINE
    assert data[0]["title"] == "Title \x1b]0;pwn\x07\x1b[31m\b"  # the heading's line ends at the CR


def test_the_index_is_inert_and_every_field_literal_markdown(project: Project) -> None:
    """The written index holds no control character or workflow command, and no field of a record makes
    a link or HTML in it: status, cycle, revisit, tags, title."""
    project.write("decisions/0001-x.md", "\n".join([
        "---", 'status: "<script>alert(1)</script>"', "date: 2021-04-19",
        'cycle: "[cycle](javascript:alert(2))"', 'revisit: "<img src=x onerror=alert(3)>"',
        'tags: ["<b>bold</b>", "[t](javascript:alert(4))", "a|b"]', "---", "# [Title](javascript:alert(5))", ""]))
    project.write("decisions/0002-y.md", "\n".join([
        "---", 'status: "proposed"', "date: 2021-04-19", 'revisit: "<i>soon</i>"', "---", "# Y", ""]))
    assert project.run("index").exit_code == 0
    text = (project.decisions / "README.md").read_text(encoding="utf-8")
    assert_inert(text)
    assert "<" not in text.replace("<!-- Generated", "")
    assert not re.search(r"(?<!\\)\]\(javascript", text)
    row = text.split("\n")[5]
    assert row == ("| 0001 | [\\[Title\\](javascript:alert(5))](0001-x.md) |  "  # that status is no status
                   "| 2021-04-19 | \\[cycle\\](javascript:alert(2)) | &lt;img src=x onerror=alert(3)&gt; | "
                   "&lt;b&gt;bold&lt;/b&gt;, \\[t\\](javascript:alert(4)), a\\|b |")
    assert "- [0002](0002-y.md) Y (proposed, revisit: &lt;i&gt;soon&lt;/i&gt;)" in text


def test_the_agenda_escapes_status_cycle_and_revisit(project: Project) -> None:
    """`adr due --format markdown`: the status, cycle and revisit point are literal text."""
    project.write("decisions/0001-x.md", "\n".join([
        "---", 'status: "proposed"', "date: 2021-04-19", 'cycle: "[c](javascript:alert(1))"', "revisit: yoga", "---",
        "# X", ""]))
    result = project.run("due", "--cycle", "yoga", "--format", "markdown", "--exit-zero")
    items = [line for line in result.stdout.splitlines() if line.startswith("- ")]
    assert items == ["- **[0001 X](decisions/0001-x.md)**: proposed in \\[c\\](javascript:alert(1)); revisit at "
                     "the yoga PTG (2021-10-18)."]


# A calendar file and a config whose names hold a terminal escape (OSC 52 sets the clipboard) and a newline
# followed by a workflow command.
CALENDAR = ('[[series]]\nname = "zz"\ndisplay = "Z\\u001b]52;c;ZXZpbA==\\u0007\\n::error::injected"\n'
            'number = "2099.1"\nrelease_date = 2099-09-29\nptg_start = 2099-04-05\nptg_end = 2099-04-09\n'
            'events = [{ name = "ff", title = "Freeze\\u001b[31m\\n::error::ev", start = 2099-06-01 }]\n')
DISPLAY = "Z\\x1b]52;c;ZXZpbA==\\x07\\n::error::injected"  # as adr shows it: escapes, on one line
CONFIG = 'calendar = "cycles.toml"\nstatuses = ["proposed", "accepted", "x\\u001b[31m\\n::error::st"]\n'


def write_hostile_calendar(project: Project) -> None:
    project.write(".adr.toml", CONFIG)
    project.write("cycles.toml", CALENDAR)
    project.write("decisions/0001-far.md", "---\nstatus: accepted\ndate: 2021-04-19\nrevisit: zz:ff\n---\n# Far\n")
    project.today = "2099-01-01"


CALENDAR_COMMANDS = [
    ("cycles",), ("cycles", "zz"), ("cycles", "zz", "--format", "json"), ("due",), ("due", "--cycle", "zz:ff"),
    ("due", "--cycle", "zz:ff", "--format", "markdown"), ("due", "--cycle", "zz:ff", "--format", "issue"),
    ("due", "--cycle", "zz:ff", "--format", "github"), ("due", "--cycle", "zz:ff", "--format", "json"),
    ("show", "1"), ("index",), ("validate",), ("new", "--status", "bogus", "X"), ("due", "--cycle", "zz:nope"),
]


@pytest.mark.parametrize("args", CALENDAR_COMMANDS, ids=[" ".join(args) for args in CALENDAR_COMMANDS])
def test_no_output_obeys_the_calendar_or_config(project: Project, args: tuple[str, ...]) -> None:
    """stdout and stderr of each command on a project whose calendar names and configured statuses are
    hostile: inert, and every message one `adr:` line."""
    write_hostile_calendar(project)
    result = project.run(*args)
    assert result.exit_code in (0, 1, 2)
    assert_inert(result.stdout, annotations="github" in args)
    assert_inert(result.stderr)
    assert all(line.startswith("adr: ") for line in result.stderr.splitlines()), result.stderr


def test_a_cycle_s_heading_is_shown_on_one_line(project: Project) -> None:
    """`adr cycles CYCLE` and `adr due` name the cycle and event as the calendar gives them, their control
    characters and newlines written as escapes."""
    write_hostile_calendar(project)
    assert project.run("cycles", "zz").stdout.splitlines()[0] == f"{DISPLAY} (2099.1): release 2099-09-29"
    assert project.run("due").stdout == f"Nothing is due at the {DISPLAY} PTG (2099-04-05 to 2099-04-09).\n"
    due = project.run("due", "--cycle", "zz:ff")
    assert due.stdout.splitlines()[0] == (f"1 decision due at the {DISPLAY} Freeze\\x1b[31m\\n::error::ev "
                                          "(2099-06-01 to 2099-06-01):")


def test_a_configured_status_is_quoted_in_one_error_line(project: Project) -> None:
    """`adr new --status bogus` and a finding of `adr validate` list the configured statuses on their one line,
    a newline in one escaped."""
    write_hostile_calendar(project)
    result = project.run("new", "--status", "bogus", "X")
    assert (result.exit_code, result.stderr) == (
        2, "adr: unknown status 'bogus'; expected one of: proposed, accepted, x\\x1b[31m\\n::error::st\n")
    project.write("decisions/0002-odd.md", "---\nstatus: odd\ndate: 2021-04-19\n---\n# Odd\n")
    findings = project.run("validate").stdout.splitlines()
    assert "decisions/0002-odd.md:2:1: ADR301 error: status 'odd' is not a configured status (expected one of " \
           "proposed, accepted, x\\x1b[31m\\n::error::st)" in findings


def test_completions_are_one_line_each_and_inert(project: Project) -> None:
    """A shell reads completions a line each and shows their help: a cycle's display or a record's title cannot
    add a completion or drive the terminal."""
    from adrtool.cli.completion import cycles, records

    write_hostile_calendar(project)
    project.write("decisions/0002-t.md", "---\nstatus: accepted\n---\n# T \x1b[31m\u2028x\n")
    [cycle] = cycles("zz")
    assert (cycle.value, cycle.help) == ("zz", f"{DISPLAY} (PTG 2099-04-05)")
    assert [item.help for item in records("2")] == ["T \\x1b[31m\\u2028x"]
