"""adr index through Jinja2: a project's template gets every variable, and a copy of ours gives our bytes."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_validate import record, write

from adrtool.project import templates as render
from adrtool.views import index

from conftest import Project, examples


@pytest.fixture
def log(project: Project) -> Project:
    """Every kind of row and agenda group, and text that needs escaping in each place it is shown."""
    write(project, "0001-pipes.md", record('Pipes | [brackets] <b>x</b> \\ `tick` "q" #hash', revisit="never",
                                           tags="[a|b, 'c  d']"))
    write(project, "0002-space name.md", record("Spaces\u00a0and\ttabs", status="superseded",
                                                superseded_by="[3, 99, 1]", revisit="yoga"))
    write(project, "0003-ünï (x).md", record("Ünïcode", supersedes="[2]", relates_to="[1, 3, 4]",
                                               revisit="2023.1-antelope"))
    write(project, "0004-no-title.md", record("", status="proposed", revisit="2021-12-01", cycle="'a|b'"))
    write(project, "0004_same-number.md", record("Same number", status="proposed", revisit="banana"))
    write(project, "0005-on-hold.md", record("On hold", status="'on  hold'", revisit="zed"))
    write(project, "0006-no-status.md", record("No status", status=None, superseded_by="[5]"))
    write(project, "0007-nobody.md", record("Superseded by nobody", status="superseded", revisit=None))
    write(project, "0008-dated.md", record("Dated", revisit="2021-06-01", date=None))
    write(project, "0009-dated.md", record("Dated too", revisit="2021-06-01", status="proposed"))
    write(project, "0010-yoga.md", record("Yoga again", revisit="Yoga"))
    write(project, "0011-pct%20.md", record("Percent", revisit="liberty"))
    write(project, "0012-amp&hash#.md", record("Amp", status="superseded", superseded_by="[11]"))
    write(project, "0013-no-revisit.md", record("No revisit point", revisit=None))
    return project


def rendered(project: Project) -> str:
    assert project.run("index").exit_code == 0
    return project.read("decisions/README.md")


def test_a_copy_of_the_shipped_template_in_the_project_renders_the_same(log: Project) -> None:
    """A copy of the shipped template in the project's template directory gives the shipped one's bytes (ours
    is given its rows as it reads them, a project's template lists of them)."""
    direct = rendered(log)
    log.write(".adr.toml", 'templates = "tpl"\n')
    log.write("tpl/index.md.j2", (render.shipped_templates() / index.TEMPLATE).read_text(encoding="utf-8"))
    (log.decisions / "README.md").unlink()
    assert rendered(log) == direct


def test_an_overriding_template_gets_every_variable(log: Project) -> None:
    """rows, agenda, superseded, graph, active_statuses, records and directory, as documented in the template."""
    log.write(".adr.toml", 'templates = "tpl"\n')
    log.write("tpl/index.md.j2", "{{ rows[1] | tojson }}\n{{ agenda[1] | tojson }}\n{{ superseded[0] }}\n"
                                 "{{ graph.splitlines()[1] }}\n{{ active_statuses }}\n{{ records | tojson }}\n"
                                 "{{ directory }}\n")
    row, group, superseded, node, statuses, records, directory = rendered(log).splitlines()[1:]
    assert json.loads(row) == {
        "number": "0002", "link": "[Spaces and tabs](0002-space%20name.md)",
        "status": "superseded by [0003](0003-%C3%BCn%C3%AF%20%28x%29.md), 0099, [0001](0001-pipes.md)",
        "date": "2021-04-19", "cycle": "xena", "revisit": "yoga", "tags": ""}
    assert json.loads(group) == {"heading": "2021-06-01", "items": ["[0008](0008-dated.md) Dated (accepted)",
                                                                    "[0009](0009-dated.md) Dated too (proposed)"]}
    assert superseded == ("[0002](0002-space%20name.md) Spaces and tabs: superseded by "
                          "[0003](0003-%C3%BCn%C3%AF%20%28x%29.md) Ünïcode, 0099, [0001](0001-pipes.md) "
                          "Pipes | \\[brackets\\] &lt;b&gt;x&lt;/b&gt; \\\\ `tick` \"q\" #hash")
    assert node == '  adr1["0001: Pipes | [brackets] #lt;b#gt;x#lt;/b#gt; \\ #96;tick#96; #quot;q#quot; #35;hash"]'
    assert statuses == "['proposed', 'accepted']"
    assert json.loads(records) == json.loads(log.run("list", "--format", "json").stdout)
    assert directory == "decisions"


def test_a_template_directory_without_an_index_template_gives_ours(log: Project) -> None:
    """A project's template directory that overrides only other templates: the shipped index, same bytes."""
    direct = rendered(log)
    log.write(".adr.toml", 'templates = "tpl"\n')
    log.write("tpl/record.md.j2", "# {{ title }}\n")
    (log.decisions / "README.md").unlink()
    assert rendered(log) == direct


def test_a_missing_template_directory_is_still_an_error(log: Project) -> None:
    """Config naming a template directory that does not exist fails as before, without Jinja2 or with it."""
    log.write(".adr.toml", 'templates = "tpl"\n')
    result = log.run("index")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"adr: templates directory {log.root / 'tpl'} does not exist (config `templates`)\n"


_PIECES = ["", "\n", "a", "::error x", "  ::", "##[", "##vso[", "\x1b", "\u2028", "| 0001 |", "b\nc", "\n::"]


@settings(max_examples=examples(600), deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=6).map("".join), max_size=8))
def test_an_index_guarded_part_by_part_is_the_index_guarded_whole(parts: list[str]) -> None:
    """The index text is guarded in parts of whole lines (a large log's text is never held four times): the
    same text as guarding it whole, whatever the parts the template wrote."""
    from adrtool.views.visible import guarded

    assert "".join(map(guarded, index._whole_lines(list(parts)))) == guarded("".join(parts))
