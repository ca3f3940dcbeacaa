"""The conventions people expect: one name per format, filters that refuse what cannot match, dates judged as
dates, completion, full summaries in `adr --help`, `adr edit`, readable Unicode file names."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from conftest import Project, Result, run_adr

RECORD = """\
---
status: {status}
date: 2021-04-19
revisit: yoga
tags: [{tags}]
---
# {title}

## Context

Why.

## Decision

What.

## Consequences

Then.
"""


@pytest.fixture
def tagged(project: Project) -> Project:
    project.write("decisions/0001-keep-linuxbridge.md", RECORD.format(status="accepted", tags="linuxbridge, ml2",
                                                                      title="Keep the Linuxbridge backend"))
    project.write("decisions/0002-use-ovn.md", RECORD.format(status="proposed", tags="OVN",
                                                             title="Use OVN by default"))
    return project


def test_filters_have_short_forms_and_match_any_case(tagged: Project) -> None:
    """-s and -t on list and due; tags match whatever their case."""
    assert tagged.run("list", "-s", "accepted", "--format", "json").stdout.count('"number"') == 1
    result = tagged.run("list", "-t", "ovn")
    assert result.stdout.splitlines()[1].split()[:2] == ["0002", "proposed"]
    result = tagged.run("due", "--cycle", "yoga", "-t", "linuxbridge", "-s", "accepted", "--format", "json")
    assert (result.exit_code, result.stdout.count('"number"')) == (1, 1)


@pytest.mark.parametrize(("args", "message"), [
    (["list", "--status", "bogus"], "--status 'bogus' is neither a configured status nor one a record has; "
                                    "expected one of: proposed, accepted, rejected, deprecated, superseded"),
    (["list", "-s", "acepted"], "--status 'acepted' is neither a configured status nor one a record has; did you "
                                "mean 'accepted'?"),
    (["list", "--tag", "linuxbrige"], "--tag 'linuxbrige': no record has this tag; did you mean 'linuxbridge'?"),
    (["due", "--cycle", "yoga", "-t", "nova"], "--tag 'nova': no record has this tag; tags in use: linuxbridge, ml2, "
                                               "ovn"),
])
def test_filters_refuse_values_that_cannot_match(tagged: Project, args: list[str], message: str) -> None:
    """A status that is not configured or a tag no record has is a usage error, not an empty answer."""
    result = tagged.run(*args)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"adr: {message}\n")


def test_a_status_of_the_log_s_own_is_a_filter(project: Project) -> None:
    """thoni56/c-xrefactory's records say `Implemented`: `adr list -s implemented` lists them (it was refused as
    no configured status); a word no record has is still refused, offered the log's own words too."""
    project.write("doc/adr/0001-a.md", "# 1. A\n\nDate: 2021-01-01\n\n## Status\n\nImplemented\n")
    project.write("doc/adr/0002-b.md", "# 2. B\n\nDate: 2021-01-02\n\n## Status\n\nAccepted\n")
    result = project.run("list", "-s", "implemented", "--format", "json")
    assert (result.exit_code, [row["number"] for row in json.loads(result.stdout)]) == (0, [1])
    refused = project.run("list", "-s", "implemnted")
    assert (refused.exit_code, refused.stderr) == (
        2, "adr: --status 'implemnted' is neither a configured status nor one a record has; did you mean "
           "'implemented'?\n")


@pytest.mark.parametrize(("command", "old"), [(["list"], "table"), (["cycles"], "table"), (["rules"], "table"),
                                             (["show", "1"], "markdown")])
def test_text_is_the_plain_format_everywhere_old_names_kept(tagged: Project, command: list[str], old: str) -> None:
    """`--format text` is each command's plain output (its default); the old name gives the same bytes."""
    default = tagged.run(*command)
    assert tagged.run(*command, "--format", "text").stdout == default.stdout
    assert tagged.run(*command, "--format", old).stdout == default.stdout
    assert default.exit_code == 0 and default.stdout


def test_every_format_choice_offers_text_where_there_is_a_plain_one() -> None:
    """No command offers `table` or `plain` as a format name any more (shown in --help)."""
    from adrtool.cli import COMMANDS

    from conftest import adr

    for name in COMMANDS:
        shown = adr(name, "--help").stdout
        assert "[table" not in shown and "|table" not in shown, name


@pytest.mark.parametrize(("args", "message"), [
    (["log", "--since", "2026-13-01"], "--since '2026-13-01' is not a date (month must be in 1..12)"),
    (["list", "--at", "2021-02-30"], "--at '2021-02-30' is not a date (day is out of range for month)"),
    (["new", "--revisit", "2021-13-01", "X"], "--revisit '2021-13-01' is not a date (month must be in 1..12)"),
    (["revisit", "1", "--outcome", "kept", "--next", "2022-1-5"], "--next '2022-1-5' is not a date (write it as "
                                                                  "YYYY-MM-DD, with two-digit months and days)"),
])
def test_anything_shaped_like_a_date_is_judged_as_a_date(tagged: Project, args: list[str], message: str) -> None:
    """An impossible date says what is wrong with it, never 'unknown cycle' or 'no commit'."""
    subprocess.run(["git", "init", "-q"], cwd=tagged.root, check=True)
    result = tagged.run(*args)
    assert (result.exit_code, result.stderr) == (2, f"adr: {message}\n")


def test_root_help_shows_every_summary_in_full() -> None:
    """`adr --help` lists each command with the whole first sentence of its help, not cut at 45 characters."""
    from conftest import adr

    text = adr("--help").stdout
    shown = " ".join(text.split())
    assert "edit Open a record in your editor ($VISUAL, else $EDITOR): REF is a number, a file name or words of " \
           "its title." in shown
    assert not any(line.rstrip().endswith("...") for line in text.split("Commands:")[1].splitlines())


def test_validate_help_explains_against_and_since() -> None:
    """validate --help says what each git check compares."""
    from conftest import adr

    shown = " ".join(adr("validate", "--help").stdout.split())
    assert "--against REV compares this branch with another one" in shown
    assert "--since REV compares the log with an older state of itself" in shown


def shell_asks(env: dict[str, str]) -> Result:
    """`adr` with no arguments as the console script runs it (as the shell calls it, in the project directory),
    in this process, with ``env`` added: the variables by which click's completion protocol speaks."""
    from adrtool import console

    return run_adr(lambda: console.run([]), env)


def complete(project: Project, shell: str, words: str, current: str) -> list[str]:
    """What `adr` offers the shell for the command line ``words`` (click's completion protocol)."""
    assert Path.cwd() == project.root
    done = shell_asks({"_ADR_COMPLETE": f"{shell}_complete", "COMP_WORDS": words, "COMP_CWORD": current,
                       "ADR_NO_CACHE": "1"})
    assert done.exit_code == 0, done.stderr
    return done.stdout.splitlines()


def test_completion_offers_numbers_with_titles_statuses_cycles_and_rule_codes(tagged: Project) -> None:
    """bash gets values, zsh values with their descriptions, fish value<TAB>description."""
    assert complete(tagged, "bash", "adr show ", "2") == ["plain,0001", "plain,0002"]
    assert complete(tagged, "zsh", "adr accept 2", "2") == ["plain", "0002", "Use OVN by default"]
    assert complete(tagged, "bash", "adr list -s ac", "3") == ["plain,accepted"]
    assert complete(tagged, "bash", "adr list -t o", "3") == ["plain,OVN"]
    assert complete(tagged, "zsh", "adr new --revisit yo", "3") == ["plain", "yoga", "Yoga (PTG 2021-10-18)"]
    assert complete(tagged, "fish", "adr validate --select ", "ADR40") == [
        "plain,ADR401\tmissing-link-target", "plain,ADR402\tnon-reciprocal-link", "plain,ADR403\tdangling-link"]
    assert complete(tagged, "bash", "adr list --format ", "3") == ["plain,text", "plain,json", "plain,csv"]
    assert complete(tagged, "zsh", "adr new --revisit xena:f", "3")[:3] == [
        "plain", "xena\\:final-lib", "Xena final release of non-client libraries (2021-08-23)"]
    assert "plain,xena:ff" in complete(tagged, "bash", "adr due --cycle xena:", "3")


def test_completion_offers_the_numbers_of_the_log_s_areas(project: Project) -> None:
    """A record kept in an area of the log (EdgeX's `security/0020-spiffe.md`, numbered in its sequence) is offered
    as the log's own are."""
    project.write("decisions/0001-use-x.md", RECORD.format(status="accepted", tags="", title="Use X"))
    project.write("decisions/security/0002-use-spiffe.md",
                  RECORD.format(status="accepted", tags="", title="Use SPIFFE"))
    assert complete(project, "bash", "adr show ", "2") == ["plain,0001", "plain,0002"]


def test_completion_scripts_exist_for_bash_zsh_and_fish(project: Project) -> None:
    """The README's `_ADR_COMPLETE=SHELL_source adr` prints a script for each shell."""
    for shell, marker in (("bash", "complete -o nosort -F _adr_completion adr"), ("zsh", "compdef _adr_completion adr"),
                          ("fish", "complete --no-files --command adr")):
        done = shell_asks({"_ADR_COMPLETE": f"{shell}_source"})
        assert done.exit_code == 0, done.stderr
        assert marker in done.stdout, shell


def test_edit_opens_the_record_named_by_number_or_title_words(tagged: Project) -> None:
    """adr edit runs $VISUAL (before $EDITOR) on the record, prints its path; title words name it too."""
    editor = tagged.root / "editor.sh"
    editor.write_text('#!/bin/sh\nprintf "Edited.\\n" >> "$1"\n', encoding="utf-8")
    editor.chmod(0o755)
    result = tagged.run("edit", "linuxbridge", "BACKEND", env={"VISUAL": str(editor), "EDITOR": "false"})
    assert (result.exit_code, result.stdout) == (0, "decisions/0001-keep-linuxbridge.md\n")
    assert tagged.read("decisions/0001-keep-linuxbridge.md").endswith("Then.\nEdited.\n")
    result = tagged.run("edit", "2", env={"EDITOR": str(editor)})
    assert tagged.read("decisions/0002-use-ovn.md").endswith("Edited.\n")
    result = tagged.run("edit", "b", env={"EDITOR": str(editor)})
    assert (result.exit_code, result.stderr) == (2, "adr: 2 records match 'b': 0001 Keep the Linuxbridge backend; "
                                                    "0002 Use OVN by default; name one by number\n")


def test_the_editor_gets_the_record_s_path_as_one_argument_never_through_a_shell(tagged: Project) -> None:
    """A record whose file name holds shell syntax is opened by the editor as it is, and nothing in its name
    runs. click starts the editor: up to 8.3.2 through a shell, on a command line with the path in double
    quotes (where `$(...)` runs), from 8.3.3 with the path as an argument; so 8.3.3 is the least the project
    requires."""
    import re

    import adrtool

    pyproject = Path(adrtool.__file__).resolve().parents[1] / "pyproject.toml"  # of the adrtool tested
    requirement = re.search(r'"click>=([0-9.]+)"', pyproject.read_text(encoding="utf-8"))
    assert requirement is not None
    assert tuple(map(int, requirement.group(1).split("."))) >= (8, 3, 3)
    name = "0003-x$(touch PWNED)`touch PWNED2`.md"
    tagged.write(f"decisions/{name}", RECORD.format(status="proposed", tags="x", title="Odd"))
    editor = tagged.root / "editor.sh"
    editor.write_text('#!/bin/sh\nprintf "%s\\n" "$#" "$1" > "$0.args"\n', encoding="utf-8")
    editor.chmod(0o755)
    result = tagged.run("edit", "3", env={"VISUAL": str(editor)})
    assert (result.exit_code, result.stdout, result.stderr) == (0, f"decisions/{name}\n", "")
    assert (tagged.root / "editor.sh.args").read_text() == f"1\n{tagged.decisions / name}\n"
    assert not (tagged.root / "PWNED").exists() and not (tagged.root / "PWNED2").exists()


@pytest.mark.parametrize(("title", "name"), [
    ("日本語のタイトル", "0002-日本語のタイトル.md"),
    ("Größe der Datenbank", "0002-grosse-der-datenbank.md"),
    ("Café crème", "0002-cafe-creme.md"),
    ("निर्णय लेना", "0002-निर्णय-लेना.md"),
])
def test_unicode_titles_get_a_readable_file_name(project: Project, title: str, name: str) -> None:
    """A title in any script makes a file name (Latin accents folded, other letters kept), which the file-name
    rule accepts."""
    project.run("init")
    result = project.run("new", "--revisit", "never", title)
    assert (result.exit_code, result.stdout) == (0, f"decisions/{name}\n")
    result = project.run("validate", "--select", "ADR102")
    assert (result.exit_code, result.stdout) == (0, "")


def test_text_paths_are_relative_to_the_current_directory_json_to_the_root(tagged: Project) -> None:
    """From a subdirectory, new, validate and due name files from there (`../decisions/...`, as git does);
    JSON keeps paths from the project root; the same file is named alike by every command."""
    tagged.write(".adr.toml", "")  # (kept with adrtool: its statuses are the configured ones)
    tagged.write("decisions/0003-broken.md", RECORD.format(status="acepted", tags="x", title="Broken"))
    subprocess.run(["git", "init", "-q"], cwd=tagged.root, check=True)  # the project's root, seen from below
    elsewhere = tagged.root / "docs"
    elsewhere.mkdir()
    os.chdir(elsewhere)
    from conftest import adr

    created = adr("--today", "2021-05-01", "new", "--revisit", "never", "From", "docs")
    assert created.stdout == "../decisions/0004-from-docs.md\n"
    found = adr("--today", "2021-05-01", "validate", "--select", "ADR301")
    assert found.stdout == ("../decisions/0003-broken.md:2:1: ADR301 error: status 'acepted' is not a configured "
                            "status; did you mean 'accepted'?\n")
    due = adr("--today", "2021-05-01", "due", "--cycle", "yoga")
    assert due.stdout.splitlines()[2].endswith("  ../decisions/0001-keep-linuxbridge.md")
    data = adr("--today", "2021-05-01", "validate", "--select", "ADR301", "--format", "json")
    assert '"path": "decisions/0003-broken.md"' in data.stdout
    os.chdir(tagged.decisions)
    assert adr("--today", "2021-05-01", "validate", "--select", "ADR301").stdout.startswith("0003-broken.md:2:1:")
    os.chdir(tagged.root)
    assert adr("--today", "2021-05-01", "validate", "--select", "ADR301").stdout.startswith(
        "decisions/0003-broken.md:2:1:")


def commit_all(root: object, message: str, when: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    for args in (["add", "-A"], ["-c", "user.name=Ann Lee", "-c", "user.email=ann@example.org", "commit", "-q", "-m",
                                 message]):
        subprocess.run(["git", *args], cwd=str(root), env=env, check=True, capture_output=True)


def test_log_shows_a_revisit_s_outcome_and_note_and_json_numbers_are_numbers(project: Project) -> None:
    """A commit that records a revisit shows in `adr log` as `revisited: OUTCOME: NOTE` beside the moved revisit
    point; in JSON the outcome is `to`, the note `note`, and a successor's numbers are numbers."""
    subprocess.run(["git", "init", "-q"], cwd=project.root, check=True)
    project.write("decisions/0001-keep-linuxbridge.md", RECORD.format(status="accepted", tags="x", title="Keep it"))
    project.write("decisions/0002-drop-it.md", RECORD.format(status="accepted", tags="x", title="Drop it"))
    commit_all(project.root, "Xena PTG", "2021-04-30T12:00:00")
    assert project.run("--today", "2021-10-19", "revisit", "1", "--outcome", "kept", "--next", "zed",
                       "--note", "NASA still uses it").exit_code == 0
    commit_all(project.root, "Yoga PTG", "2021-10-19T12:00:00")
    assert project.run("--today", "2021-10-20", "supersede", "1", "--by", "2").exit_code == 0
    commit_all(project.root, "Supersede", "2021-10-20T12:00:00")
    shown = project.run("log", "1").stdout.splitlines()
    assert [line.split("  ")[3].strip() for line in shown[1:]] == [
        "created (accepted)", "revisited: kept: NASA still uses it", "revisit yoga -> zed",
        "status accepted -> superseded", "superseded-by (none) -> 0002"]
    events = json.loads(project.run("log", "1", "--format", "json").stdout)
    assert [(e["event"], e["from"], e["to"], e["note"]) for e in events] == [
        ("created", None, "accepted", None), ("revisited", None, "kept", "NASA still uses it"),
        ("revisit", "yoga", "zed", None), ("status", "accepted", "superseded", None), ("superseded-by", [], [2], None)]


def test_show_json_holds_the_revisit_history(tagged: Project) -> None:
    """`adr show --format json` lists the record's revisits, oldest first, each with date, cycle, outcome, next
    and note (null when not said); a record never revisited has an empty list."""
    assert tagged.run("--today", "2021-10-19", "revisit", "1", "--outcome", "kept", "--next", "zed",
                      "--note", "Still used").exit_code == 0
    assert tagged.run("--today", "2022-04-05", "revisit", "1", "--outcome", "changed", "--next", "2023-01-10"
                      ).exit_code == 0
    data = json.loads(tagged.run("--today", "2022-04-05", "show", "1", "--format", "json").stdout)
    assert data["revisits"] == [
        {"date": "2021-10-19", "cycle": "yoga", "outcome": "kept", "next": "zed", "note": "Still used"},
        {"date": "2022-04-05", "cycle": "zed", "outcome": "changed", "next": "2023-01-10", "note": None}]
    assert data["number"] == 1 and data["revisit"] == "2023-01-10"
    assert json.loads(tagged.run("show", "2", "--format", "json").stdout)["revisits"] == []
