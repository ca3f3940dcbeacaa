"""A log's own template is not a record, as a person sees it: its name says template, or it is numbered 0 and
its title says template. It is the log's template: the sections and statuses the log is judged by."""

from __future__ import annotations

import json

from adrtool.records.names import is_record_name

from conftest import Project
from gitrepo import JANE, make_repo, record

SECTIONS = "## Status\n\n{status}\n\n## Context\n\nC.\n\n## Decision\n\nD.\n\n## Consequences\n\nE.\n"
GREEN = "\n## Green Impact\n\n[Positive, Neutral, Negative]\n"


def findings(project: Project, prefix: str = "ADR") -> list[tuple[str, int, str]]:
    result = project.run("validate", "--format", "json")
    return [(f["path"], f["line"], f["code"]) for f in json.loads(result.stdout) if f["code"].startswith(prefix)]


def test_a_name_of_template_words_alone_is_a_template_a_decision_about_templates_is_a_record() -> None:
    """`template` with words that say which kind of template (`ladr`, `madr`, `bare`, `v2`) names a template,
    numbered or not; a name that says more names a decision, about templates or not."""
    names = {
        "0000-ladr-template.md": False, "000-template-madr.md": False, "0000-adr-template.md": False,
        "0003-MADR_Template-v2.md": False, "0000-architecture-decision-record-template.md": False,
        "adr-template-bare.md": False, "0000-template.md": False,
        "0007-use-a-template-engine.md": True, "0009-use-cookiecutter-template.md": True,
        "0012-use-jinja2-templates.md": True, "0001-template-engine.md": True,
        "0000-use-markdown-architectural-decision-records.md": True, "ADR-000.md": True,
    }
    assert {name: is_record_name(name) for name in names} == names


def test_a_template_named_as_such_is_not_listed_and_is_the_log_s_template(project: Project) -> None:
    """`0000-ladr-template.md` (its title `1. Title`, its status the choices) is neither listed nor judged as
    a record; in a log kept with adrtool its sections are the ones records need (ADR202: no Green Impact)."""
    project.write(".adr.toml", "")
    project.write("decisions/0000-ladr-template.md",
                  "# 1. Title\n\n" + SECTIONS.format(status="[Proposed, Accepted, Deprecated, Superseded]") + GREEN)
    project.write("decisions/0001-use-go.md", "# 1. Use Go\n\nDate: 2021-04-19\n\n" + SECTIONS.format(status="Accepted"))
    project.write("decisions/0002-use-grpc.md",
                  "# 2. Use gRPC\n\nDate: 2021-04-20\n\n" + SECTIONS.format(status="Accepted") + GREEN)
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["title"]) for row in listed] == [(1, "Use Go"), (2, "Use gRPC")]
    assert findings(project) == [("decisions/0001-use-go.md", 1, "ADR202")]


def test_record_0_titled_as_a_template_is_the_log_s_template(project: Project) -> None:
    """`ADR-000.md` titled `ADR-000: Architecture Decision Record Template` is the log's template, not record 0;
    `ADR-001.md` is still a record, and a record 0 whose title names a decision (MADR's first, or one about
    templates) stays one."""
    project.write(".adr.toml", "")
    project.write("decisions/ADR-000.md", "# ADR-000: Architecture Decision Record Template\n\n"
                  + SECTIONS.format(status="[Proposed | Accepted | Deprecated | Superseded by ADR-XXX]")
                  + "\n## References\n\nLinks.\n")
    project.write("decisions/ADR-001.md", "# ADR-001: Use Go\n\n" + SECTIONS.format(status="Accepted"))
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["title"]) for row in listed] == [(1, "Use Go")]
    assert project.run("show", "0").stderr == f"adr: no record number 0 in {project.decisions}\n"
    assert findings(project, "ADR2") == [("decisions/ADR-001.md", 1, "ADR202")]  # no References section

    for title in ("Use Markdown Architectural Decision Records", "Use Jinja2 templates"):  # decisions
        project.write("decisions/ADR-000.md", f"# ADR-000: {title}\n\n" + SECTIONS.format(status="Accepted"))
        listed = json.loads(project.run("list", "--format", "json").stdout)
        assert [(row["number"], row["title"]) for row in listed] == [(0, title), (1, "Use Go")]


def test_record_0_with_placeholders_for_its_title_or_day_is_the_log_s_template(project: Project) -> None:
    """Haus-des-Engagements/roomsharing's `0000-i-am-an-adr-template.md` (`# xxxx. ADR title`), devFancy's
    `000-sample-example.md` (`# ADR 000 - {제목}`), a template-named record 0 dated `YYYY-MM-DD`, one named with
    the word template first, one titled `Title`: templates; a
    record 0 named for a decision, or a title that only starts with those letters, stays a record."""
    first = "# 1. Use Go\n\nDate: 2021-04-19\n\n" + SECTIONS.format(status="Accepted")
    project.write("decisions/0001-use-go.md", first)
    templates = {"0000-i-am-an-adr-template.md": "# xxxx. ADR title\n\nDate: 20yy-mm-dd\n\n",
                 "000-sample-example.md": "# ADR 000 - {제목}\n\nDATE: \n\n",
                 "0000-template-for-decisions.md": "# 0. Pick a title\n\nDate: YYYY-MM-DD\n\n",
                 # wireapp/wire-android (a title that says whose template), simpledotorg/simple-server (`# Title`)
                 "0000-template-lightway-adr.md": "# Decision record template by Michael Nygard\n\n",
                 "000-sample.md": "# Title\n\n"}
    for name, head in templates.items():
        project.write(f"decisions/{name}", head + SECTIONS.format(status="Accepted"))
        listed = json.loads(project.run("list", "--format", "json").stdout)
        assert [(row["number"], row["title"]) for row in listed] == [(1, "Use Go")], name
        (project.decisions / name).unlink()
    records = {"0000-record-architecture-decisions.md": "# 0. Record architecture decisions\n\nDate: 2021-04-19\n\n",
               "0000-use-markdown-architectural-decision-records.md": "# Use MADR\n\nDate: YYYY-MM-DD\n\n",
               "0000-xml-parsers.md": "# XXL payloads\n\nDate: 2021-04-19\n\n",
               "0000-titles-of-pages.md": "# Title pages\n\nDate: 2021-04-19\n\n"}
    for name, head in records.items():
        project.write(f"decisions/{name}", head + SECTIONS.format(status="Accepted"))
        listed = json.loads(project.run("list", "--format", "json").stdout)
        assert [row["number"] for row in listed] == [0, 1], name
        (project.decisions / name).unlink()


def test_the_history_of_a_template_numbered_0_has_no_events(project: Project, monkeypatch) -> None:
    """`adr log` shows the records' events, none for the log's template `ADR-000.md`."""
    repo = make_repo(project.root, monkeypatch)
    repo.write("decisions/ADR-000.md", "# ADR-000: ADR Template\n\n" + SECTIONS.format(status="[Proposed | Accepted]"))
    repo.write("decisions/ADR-001.md", record("accepted", "Use Go"))
    repo.commit("Add the template and ADR 1", "2021-04-19T10:00:00+00:00", JANE)
    events = json.loads(project.run("log", "--format", "json").stdout)
    assert [(event["number"], event["event"]) for event in events] == [(1, "created")]


def test_an_example_record_left_as_the_template_wrote_it_is_no_record(project: Project) -> None:
    """`2022-07-21_example-adr.md` whose status still offers the template's choices (au-research/raido): not
    listed, not judged; an example with a status of its own, or a record named `adr`, is a record."""
    record_of = "### {title}\n\n* Status: {status}\n* When: 2021-04-21\n\n# Decision\n\nD.\n"
    project.write("doc/adr/2022-07-21_example-adr.md", record_of.format(
        title="Short decision title/description", status="request-for-comment | proposed | final"))
    project.write("doc/adr/2022-07-22_adr.md", record_of.format(title="Use ADRs", status="proposed"))
    project.write("doc/adr/2022-07-23_sample.md", record_of.format(title="Sample data", status="final"))
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["id"], row["title"], row["status"]) for row in rows] == [
        ("2022-07-22_adr", "Use ADRs", "proposed"), ("2022-07-23_sample", "Sample data", "final")]
    assert findings(project) == []
