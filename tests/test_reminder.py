"""The reminder workflow's script keeps one tracking issue in step with `adr due --format issue`, run with a
stand-in for `gh` that records its arguments and keeps the issue in a folder."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from test_due import record

from conftest import Project

WORKFLOW = Path(__file__).resolve().parents[1] / "docs/examples/adr-due-issue.yml"

# The stand-in `gh`: each call appends its arguments (one JSON list a line) to calls.jsonl; the one issue it knows
# is issue 7, open while `open` exists, with its body in `body`.
GH = """\
#!{python}
import json, pathlib, sys
state = pathlib.Path({state!r})
args = sys.argv[1:]
with open(state / "calls.jsonl", "a") as log:
    log.write(json.dumps(args) + "\\n")
def option(name):
    return args[args.index(name) + 1]
if args[:2] == ["issue", "list"]:
    print("7" if (state / "open").exists() else "")
elif args[:2] == ["issue", "view"]:
    print((state / "body").read_text())
elif args[:2] in (["issue", "create"], ["issue", "edit"]):
    (state / "body").write_text(pathlib.Path(option("--body-file")).read_text())
    (state / "open").touch()
    print("https://github.example/o/r/issues/7")
elif args[:2] == ["issue", "close"]:
    (state / "open").unlink()
elif args[:2] != ["label", "create"]:
    sys.exit("gh stand-in: unexpected " + " ".join(args))
"""

ADR = """\
#!{python}
from adrtool.console import main
main()
"""


def step() -> dict:
    """The workflow step that keeps the tracking issue."""
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    [found] = [s for s in workflow["jobs"]["remind"]["steps"] if s.get("id") == "tracking-issue"]
    return found


@pytest.fixture
def remind(project: Project, tmp_path: Path):
    """Run the step's script in the project as the workflow would (its env, `gh` and `adr` on PATH); return the
    calls it made to `gh`, as argument lists."""
    state = tmp_path / "gh-state"
    state.mkdir()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, text in (("gh", GH), ("adr", ADR)):
        path = bin_dir / name
        path.write_text(text.format(python=sys.executable, state=str(state)), encoding="utf-8")
        path.chmod(0o755)
    found = step()
    env = {key: str(value) for key, value in found["env"].items() if "${{" not in str(value)}

    def run(today: str | None = None) -> list[list[str]]:
        calls = state / "calls.jsonl"
        calls.unlink(missing_ok=True)
        runner_temp = tmp_path / "runner-temp"
        runner_temp.mkdir(exist_ok=True)
        extra = {"ADR_TODAY": today} if today else {}
        done = subprocess.run(["bash", "-c", found["run"]], cwd=project.root, capture_output=True, text=True,
                              check=False, env={**os.environ, **env, **extra, "RUNNER_TEMP": str(runner_temp),
                                                "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
                                                "ADR_CACHE_DIR": str(tmp_path / "adr-cache")})
        assert done.returncode == 0, done.stderr
        return [json.loads(line) for line in calls.read_text().splitlines()] if calls.exists() else []

    run.state = state  # type: ignore[attr-defined]
    return run


LIST = ["issue", "list", "--state", "open", "--label", "decisions-due", "--limit", "1", "--json", "number", "--jq",
        ".[0].number // empty"]


def test_the_workflow_is_a_scheduled_job_with_the_rights_it_needs() -> None:
    """The example runs weekly (and by hand), may write issues, and asks adr for four weeks' lead time."""
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert triggers["schedule"] == [{"cron": "17 6 * * 1"}] and "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read", "issues": "write"}
    assert step()["env"]["WITHIN"] == "4w"


def test_the_issue_is_opened_kept_edited_and_closed(project: Project, remind) -> None:
    """Due decisions open the issue with adr's body; the same list again touches nothing; a change edits the
    body; nothing due closes it; nothing due and no issue does nothing but look."""
    today = "2021-10-01"
    project.today = today
    record(project, 1, "Keep Linuxbridge", "yoga")        # due at the Yoga PTG, 2021-10-18: within four weeks
    record(project, 2, "Keep iptables", "2021-12-31")     # not yet
    body = project.run("due", "--within", "4w", "--format", "issue").stdout

    assert remind(today) == [LIST, ["label", "create", "decisions-due", "--description",
                                    "Decisions due for a revisit (adr due)", "--color", "FBCA04", "--force"],
                             ["issue", "create", "--title", "Decisions due for a revisit", "--label", "decisions-due",
                              "--body-file", str(project.root.parent / "runner-temp/due.md")]]
    assert (remind.state / "body").read_text() == body
    assert "## Yoga PTG" in body and "0001 Keep Linuxbridge" in body and "2021-10-01" not in body

    assert remind("2021-10-02") == [LIST, ["issue", "view", "7", "--json", "body", "--jq", ".body"]]

    record(project, 3, "Keep OVS", "2021-10-20")
    calls = remind("2021-10-02")
    assert calls[-1] == ["issue", "edit", "7", "--body-file", str(project.root.parent / "runner-temp/due.md")]
    assert "0003 Keep OVS" in (remind.state / "body").read_text()

    for number, title in ((1, "Keep Linuxbridge"), (3, "Keep OVS")):
        record(project, number, title, "zed")
    assert remind("2021-10-02") == [LIST, ["issue", "close", "7", "--comment",
                                           "Nothing is due for a revisit now: closing."]]
    assert remind("2021-10-02") == [LIST]


def test_a_broken_log_fails_the_job_and_touches_no_issue(project: Project, remind) -> None:
    """A record adr cannot read makes `adr due` exit 2: the script stops before calling gh."""
    record(project, 1, "Keep Linuxbridge", "yoga")
    project.write("decisions/0002-broken.md", "---\nstatus: !status accepted\n---\n# Broken\n")
    with pytest.raises(AssertionError):
        remind("2021-10-01")
    assert not (remind.state / "calls.jsonl").exists()


def test_on_today_s_real_date_a_decision_due_soon_opens_the_issue(project: Project, remind) -> None:
    """On the real today, a decision due in three days opens the tracking issue with that decision."""
    soon = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    record(project, 1, "Keep Linuxbridge", soon)
    calls = remind()
    assert calls[-1][:2] == ["issue", "create"]
    body = (remind.state / "body").read_text()
    assert f"## On {soon}" in body and "0001 Keep Linuxbridge" in body


def test_the_issue_body_is_stable_markdown(project: Project) -> None:
    """The body starts with its marker, counts what is due, and lists it by event, with no date of today."""
    project.today = "2021-10-01"
    record(project, 1, "Keep Linuxbridge", "yoga")
    record(project, 2, "Keep iptables", "2021-09-01")
    result = project.run("due", "--within", "4w", "--format", "issue")
    assert result.exit_code == 1
    assert result.stdout == textwrap.dedent("""\
        <!-- adr due --format issue: this body is rewritten by the reminder job; edits are lost -->

        2 decisions are due for a revisit, 1 overdue. Bring each to the event it is due at, then record the outcome \
with `adr revisit NUMBER --outcome kept|changed|superseded|dropped`; this issue is closed when nothing is due.

        ## On 2021-09-01

        - **[0002 Keep iptables](decisions/0002-keep-iptables.md)**: accepted in xena; revisit on 2021-09-01, overdue.
          Decision: We keep iptables.

        ## Yoga PTG

        - **[0001 Keep Linuxbridge](decisions/0001-keep-linuxbridge.md)**: accepted in xena; revisit at the yoga PTG \
(2021-10-18).
          Decision: We keep linuxbridge.
        """)
    project.today = "2021-10-02"
    assert project.run("due", "--within", "4w", "--format", "issue").stdout == result.stdout
    nothing = project.run("due", "--cycle", "xena", "--format", "issue")
    assert (nothing.exit_code, nothing.stdout) == (0, f"{nothing.stdout.splitlines()[0]}\n\n"
                                                      "Nothing is due for a revisit.\n")
