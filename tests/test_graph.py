"""adr graph: the supersedes / relates-to graph as Mermaid and dot."""

from __future__ import annotations

import json

from test_validate import record, write

from conftest import Project


def linked(project: Project) -> Project:
    write(project, "0001-use-adrs.md", record("Use ADRs", revisit="never"))
    write(project, "0002-keep-linuxbridge.md", record('Keep "Linuxbridge" <for now>', status="superseded",
                                                      superseded_by="[3]", relates_to="[1]"))
    write(project, "0003-drop-linuxbridge.md", record("Drop Linuxbridge", supersedes="[2]"))
    write(project, "0004-keep-sfc.md", record("Keep SFC", relates_to="[9]"))
    return project


def test_mermaid(project: Project) -> None:
    """Edges from both ends count once; labels are escaped; a missing target is drawn as missing."""
    result = linked(project).run("graph")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (
        "graph LR\n"
        '  adr1["0001: Use ADRs"]\n'
        '  adr2["0002: Keep #quot;Linuxbridge#quot; #lt;for now#gt;"]\n'
        '  adr3["0003: Drop Linuxbridge"]\n'
        '  adr4["0004: Keep SFC"]\n'
        '  adr9["0009 (missing)"]\n'
        "  adr1 -.-|relates to| adr2\n"
        "  adr3 -->|supersedes| adr2\n"
        "  adr4 -.-|relates to| adr9\n"
    )


def test_dot(project: Project) -> None:
    """dot: boxes, supersedes arrows, relates-to dashed and undirected, quotes escaped."""
    result = linked(project).run("graph", "--format", "dot")
    assert result.stdout == (
        "digraph decisions {\n"
        "  rankdir=LR;\n"
        '  node [shape=box, fontname="sans-serif"];\n'
        '  adr1 [label="0001: Use ADRs"];\n'
        '  adr2 [label="0002: Keep \\"Linuxbridge\\" <for now>"];\n'
        '  adr3 [label="0003: Drop Linuxbridge"];\n'
        '  adr4 [label="0004: Keep SFC"];\n'
        '  adr9 [label="0009 (missing)"];\n'
        '  adr1 -> adr2 [label="relates to", style=dashed, dir=none];\n'
        '  adr3 -> adr2 [label="supersedes"];\n'
        '  adr4 -> adr9 [label="relates to", style=dashed, dir=none];\n'
        "}\n"
    )


def test_no_links_no_mermaid(project: Project) -> None:
    """Without links, Mermaid output is empty and dot an empty digraph."""
    write(project, "0001-use-adrs.md", record("Use ADRs", revisit="never"))
    assert project.run("graph").stdout == ""
    assert project.run("graph", "--format", "dot").stdout.count("->") == 0


def test_a_negated_supersedes_draws_no_supersede_edge(project: Project) -> None:
    """`**Supersedes:** None (extends ADR-0087)` (45ck/Portarium) supersedes nothing: the remark's `extends` relates
    the records; `- Supersedes: N/A (see ADR-0001)`, `supersedes: none`, `keine`, `无` and `—` name nothing."""
    project.write("docs/adr/0001-a.md", "# 1. A\n\n**Status:** Accepted\n\n## Context\n")
    project.write("docs/adr/0002-b.md", "# 2. B\n\n**Status:** Accepted\n**Supersedes:** None (extends ADR-0001)\n"
                                        "\n## Context\n")
    project.write("docs/adr/0003-c.md", "# C\n\n- Status: accepted\n- Supersedes: N/A (see ADR-0001)\n")
    for number, value in ((4, "none"), (5, "keine (ADR-0001 bleibt)"), (6, "无（ADR-0001 仍有效）"), (7, "— (ADR-0001)")):
        project.write(f"docs/adr/000{number}-x.md", f"---\nstatus: accepted\nsupersedes: {value}\n---\n# X\n")
    result = project.run("graph")
    assert (result.exit_code, result.stdout) == (0, 'graph LR\n  adr1["0001: A"]\n  adr2["0002: B"]\n'
                                                    "  adr1 -.-|relates to| adr2\n")
    assert project.run("validate").stdout == ""


def test_a_value_that_only_opens_like_none_still_names_its_records(project: Project) -> None:
    """`Nonce handling, ADR-0001` and `- ADR-0001` (a dash before a reference) are no negation."""
    project.write("docs/adr/0001-a.md", "# 1. A\n\n**Status:** Accepted\n\n## Context\n")
    project.write("docs/adr/0002-b.md", "# 2. B\n\n**Status:** Accepted\n**Supersedes:** Nonce handling, "
                                        "ADR-0001\n\n## Context\n")
    project.write("docs/adr/0003-c.md", "# C\n\n- Status: accepted\n- Supersedes: - ADR-0001\n")
    rows = {row["number"]: row["supersedes"] for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert (rows[2], rows[3]) == ([1], [1])


def test_a_supersede_value_opening_with_another_relation_s_verb_supersedes_nothing(project: Project) -> None:
    """joelclaw 0163-adaptive-prompt-architecture.md: `**Supersedes**: Extends 0140 (inference router), 0147 (named
    agent profiles)` supersedes neither (it gave 147): its records are related, as `None (extends ADR-0087)`'s
    are; `Amends ADR-0001` in a front matter's `supersedes:` and `Superseded by: Refined by ADR-0002` name none.
    Near misses keep their reading: `ADR-0001 (extends it)` and `Partially supersedes ADR-0001` supersede 1."""
    project.write("docs/adr/0001-a.md", "# 1. A\n\n**Status:** Accepted\n\n## Context\n")
    project.write("docs/adr/0002-b.md", "# 2. B\n\n**Status:** Accepted\n\n## Context\n")
    project.write("docs/adr/0003-c.md", "# ADR-0003: C\n\n**Status**: Accepted\n**Date**: 2026-01-01\n"
                                        "**Supersedes**: Extends 0001 (inference router), 0002 (named agent profiles)"
                                        "\n\n## Context\n")
    project.write("docs/adr/0004-d.md", "---\nstatus: accepted\nsupersedes: Amends ADR-0001\n---\n# D\n")
    project.write("docs/adr/0005-e.md", "# 5. E\n\nDate: 2026-01-01\nSuperseded by: Refined by ADR-0002\n\n"
                                        "## Status\n\nAccepted\n")
    project.write("docs/adr/0006-f.md", "# 6. F\n\n**Status:** Accepted\n**Supersedes:** ADR-0001 (extends it)\n")
    project.write("docs/adr/0007-g.md", "# 7. G\n\n**Status:** Accepted\n**Supersedes:** Partially supersedes "
                                        "ADR-0001 (x)\n")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["supersedes"], row["superseded_by"], row["relates_to"]) for row in rows[2:]] == [
        (3, [], [], [1, 2]), (4, [], [], []), (5, [], [], []), (6, [1], [], []), (7, [1], [], [])]


def test_a_supersede_value_that_describes_in_words_what_it_replaced(project: Project) -> None:
    """acsdeveloper2025/crm2 writes `**Supersedes:** the narrow Report Templates model (migration 0008 ..). Extends
    ADR-0010 (reporting strategy) and ADR-0012 (..)` and `**Supersedes:** the 0008 reservation in ADR-0037 §1 and
    ADR-0040`; rvdbreemen/OTGW-firmware `**Supersedes:** Strengthens ADR-004 (..)`: each superseded the records it
    named in passing (10 and 12, 40, 4). A value opening with an article before words describes what was replaced,
    a later sentence opening with another relation's verb is that relation's, and strengthening or a partial update
    is no supersede: none. Near misses keep their reading: `the ADR-0002 approach`, `ADR-0002. Extends ADR-0003`
    and a link supersede 2."""
    for number in (2, 3, 4, 10, 12, 37, 40):
        project.write(f"docs/adr/{number:04d}-r.md", f"# {number}. R\n\n* Status: accepted\n")
    values = {15: "the narrow Report Templates model (migration 0008 \u2014 keyed). Extends ADR-0010 (reporting "
                  "strategy) and ADR-0012 (exports)",
              49: "Strengthens ADR-004 (Static Buffer Allocation)", 63: "the 0008 reservation in ADR-0037 §1 and ADR-0040",
              28: "Partial update to ADR-027", 70: "ADR-0002. Extends ADR-0003", 71: "the ADR-0002 approach",
              72: "[ADR-0002](0002-r.md)"}
    for number, value in values.items():
        project.write(f"docs/adr/{number:04d}-x.md", f"# {number}. X\n\n* Status: accepted\n* **Supersedes:** {value}\n\n"
                                                     "## Context and Problem Statement\n\nC.\n")
    rows = {row["number"]: row["supersedes"] for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [rows[number] for number in values] == [[], [], [], [], [2], [2], [2]]


def test_a_by_link_the_other_record_does_not_echo_is_drawn_from_its_own_record(project: Project) -> None:
    """`Refined by [4](..)` where 4 says nothing of 3 is drawn from 3 as it says it; `Amended by [2](..)` where 2
    says `Amends [1](..)` is drawn once, from 2 (as adr-tools draws it)."""
    status = "# {n}. {title}\n\nDate: 2021-04-0{n}\n\n## Status\n\nAccepted\n\n{link}\n\n## Context\n\nWhy.\n"
    write(project, "0001-a.md", status.format(n=1, title="A", link="Amended by [2. B](0002-b.md)"))
    write(project, "0002-b.md", status.format(n=2, title="B", link="Amends [1. A](0001-a.md)"))
    write(project, "0003-c.md", status.format(n=3, title="C", link="Refined by [4. D](0004-d.md)"))
    write(project, "0004-d.md", status.format(n=4, title="D", link=""))
    assert project.run("graph").stdout.splitlines()[-2:] == ["  adr2 -->|amends| adr1", "  adr3 -->|refined by| adr4"]


def test_a_configured_supersede_in_part_pair_is_one_relation_and_one_edge(project: Project) -> None:
    """Audit 55 (lane a, 10a; Smulbero/homelab): adr-tools' `adr new -l "3:Supersede:Partly superseded by"` writes
    `Supersede [3. ..](..)` in 7 and `Partly superseded by [7. ..](..)` in 3. `Supersede` was a link of an unknown
    kind and the graph drew two edges (`amends` and `supersede`); it is `Supersedes` (a `Supercede` too), and the
    pair is one edge, `amends`, as the record superseded in part says."""
    status = "# {n}. {title}\n\nDate: 2021-04-0{n}\n\n## Status\n\nAccepted\n{link}\n\n## Context\n\nWhy.\n"
    write(project, "0003-c.md", status.format(n=3, title="C", link="Partly superseded by [7. G](0007-g.md)"))
    write(project, "0007-g.md", status.format(n=7, title="G", link="Supersede [3. C](0003-c.md)"))
    write(project, "0008-h.md", status.format(n=8, title="H", link="Supercede [1. A](0001-a.md)"))
    write(project, "0001-a.md", status.format(n=1, title="A", link=""))
    rows = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(rows[n]["supersedes"], [link["kind"] for link in rows[n]["links"]]) for n in (3, 7, 8)] == [
        ([], ["amended-by"]), ([3], ["supersedes"]), ([1], ["supersedes"])]
    assert project.run("graph").stdout.splitlines()[-2:] == ["  adr7 -->|amends| adr3", "  adr8 -->|supersedes| adr1"]


def test_a_record_amended_and_then_superseded_by_one_record_draws_both_edges(project: Project) -> None:
    """Audit 56 (lane a, 9b; KIT-SOC4S/ftd-scratch3-offline): 19 `Amends` 8, then `adr supersede 8 --by 19`.
    The graph drew only `adr19 -->|amends| adr8`, the supersede (listed in JSON) hidden; 8 says it is superseded
    by 19, so both relations are drawn."""
    status = "# {n}. {title}\n\nDate: 2021-04-0{n}\n\n## Status\n\n{said}\n\n## Context\n\nWhy.\n"
    write(project, "0008-h.md", status.format(n=8, title="H", said="Superseded by [19. T](0019-t.md)\n\n"
                                                                  "Amended by [19. T](0019-t.md)"))
    write(project, "0019-t.md", status.format(n=9, title="T", said="Accepted\n\nAmends [8. H](0008-h.md)\n\n"
                                                                  "Supersedes [8. H](0008-h.md)"))
    assert project.run("graph").stdout.splitlines()[-2:] == ["  adr19 -->|amends| adr8",
                                                             "  adr19 -->|supersedes| adr8"]


def test_a_record_of_another_log_is_linked_and_drawn_in_its_own_log(project: Project) -> None:
    """davideme/lamp-control-api-reference: `src/py/docs/adr/0007-pg.md` lists `[Root ADR 005: PostgreSQL](../../../
    ../docs/adr/0005-pg.md)` and `[C# ADR (ADR 005)](/docs/adr/0005-pg.md)` under `## Related ADRs` beside its own
    `[ADR 005](0005-fastapi.md)`: `links` names the root log's 5 once (`log`), its own 5 without `log`, and the
    graph draws the edge to the root log's node. A link from there into no log, or to a file no record's name
    (`../../../../docs/guide.md`), is no link."""
    accepted = "\n\n## Status\n\nAccepted\n"
    project.write("docs/adr/0005-pg.md", "# 5. Use PostgreSQL" + accepted)
    project.write("src/py/docs/adr/0005-fastapi.md", "# 5. FastAPI" + accepted)
    project.write("src/py/docs/adr/0007-pg.md", "# 7. PG in Python" + accepted + "\n## Related ADRs\n\n"
                  "- [ADR 005: FastAPI](0005-fastapi.md)\n"
                  "- [Root ADR 005: PostgreSQL](../../../../docs/adr/0005-pg.md)\n"
                  "- [C# ADR (ADR 005)](/docs/adr/0005-pg.md)\n- [The guide](../../../../docs/guide.md)\n")
    rows = {row["path"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    row = rows["src/py/docs/adr/0007-pg.md"]
    assert (row["relates_to"], row["links"]) == ([5], [
        {"kind": "relates-to", "number": 5, "id": "0005", "href": "0005-fastapi.md"},
        {"kind": "relates-to", "number": 5, "id": "0005", "href": "../../../../docs/adr/0005-pg.md", "log": "docs/adr"}])
    assert project.run("graph").stdout == (
        'graph LR\n  adr5["0005: Use PostgreSQL"]\n  adr1_5["0005: FastAPI"]\n  adr1_7["0007: PG in Python"]\n'
        "  adr5 -.-|relates to| adr1_7\n  adr1_5 -.-|relates to| adr1_7\n")


def test_a_link_to_a_file_that_is_not_there_names_no_record_of_its_number(project: Project) -> None:
    """UKGovernmentBEIS' `Superceded by [16. Disable Auth0 ..](0016-disable-auth0.md)` where that file is
    `0015-disable-auth0.md` and 16 is another decision: list, show and graph leave the link unresolved (16 did
    not replace it), the other successor stays, and validate still reports the missing file."""
    nygard = "# {n}. {title}\n\nDate: 2020-01-01\n\n## Status\n\n{status}\n\n## Context\n\nC.\n"
    write(project, "0006-use-auth0.md", nygard.format(
        n=6, title="Use Auth0", status="Superceded by [16. Disable Auth0](0016-disable-auth0.md)\n\n"
                                       "Superceded by [34. Use Cognito](0034-use-cognito.md)"))
    write(project, "0015-disable-auth0.md", nygard.format(n=15, title="Disable Auth0", status="Accepted"))
    write(project, "0016-use-brakeman.md", nygard.format(n=16, title="Use Brakeman", status="Accepted"))
    write(project, "0034-use-cognito.md", nygard.format(
        n=34, title="Use Cognito", status="Accepted\n\nSupercedes [6. Use Auth0](0006-use-auth0.md)"))
    listed = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert (listed[6]["status"], listed[6]["superseded_by"], listed[6]["links"]) == ("superseded", [34], [
        {"kind": "superseded-by", "number": None, "id": None, "href": "0016-disable-auth0.md"},
        {"kind": "superseded-by", "number": 34, "id": "0034", "href": "0034-use-cognito.md"}])
    assert project.run("graph").stdout.split("\n")[2:] == ['  adr34["0034: Use Cognito"]',
                                                            "  adr34 -->|supersedes| adr6", ""]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(finding["code"], finding["message"]) for finding in findings] == [
        ("ADR403", "link target '0016-disable-auth0.md' does not exist; the record of the same words is "
                   "0015-disable-auth0.md")]


def test_a_link_to_a_numbered_document_above_the_log_names_no_record(project: Project) -> None:
    """Audit round 48 (lane e): mingAgent keeps design documents numbered `../01-x.md` .. `../12-x.md` beside its
    `adr/`, and its records' `- **Related**: [Tech stack](../03-tech-stack.md)` became relations to records 3 and 5
    (a record related to itself; 37 relations in 24 records, drawn by graph). Near miss: a record of a stage folder
    linking the record above it (`Amends [1. R1](../0001-r1.md)`) names it."""
    project.write("03-tech-stack.md", "# Tech stack\n")  # beside the log, `decisions/`
    related = "\n\n- **Related**: [Tech stack](../03-tech-stack.md)\n"
    nygard = "# {n}. {title}\n\nDate: 2020-01-0{n}\n\n## Status\n\n{status}\n\n## Context\n\nC.{more}"
    for n in (1, 2, 3):
        write(project, f"000{n}-r{n}.md", nygard.format(n=n, title=f"R{n}", status="Accepted", more=related))
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["relates_to"]) for row in listed] == [(1, []), (2, []), (3, [])]
    assert project.run("graph").stdout.count("-->") == 0
    project.write("decisions/proposed/0004-r4.md", nygard.format(
        n=4, title="R4", status="Proposed\n\nAmends [1. R1](../0001-r1.md)", more=""))
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [link["number"] for row in listed if row["number"] == 4 for link in row["links"]] == [1]


def test_records_of_two_series_sharing_a_number_are_two_nodes(project: Project) -> None:
    """Attack 58 (F7): `ADR-CO-001` superseded by `ADR-STR-002` was drawn as `adr2["0002: Thing CO-002"]`, the other
    series' record of number 2. Each node is its record, named by its series' code."""
    for code in ("CO-001", "CO-002", "STR-001", "STR-002"):
        project.write(f"decisions/ADR-{code}-thing.md",
                      f"# ADR-{code} Thing {code}\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nc\n")
    assert project.run("supersede", "ADR-CO-001", "--by", "ADR-STR-002").exit_code == 0
    result = project.run("graph")
    assert (result.exit_code, result.stdout) == (0, 'graph LR\n  adr0_ADR_CO_001["ADR-CO-001: Thing CO-001"]\n'
                                                    '  adr0_ADR_STR_002["ADR-STR-002: Thing STR-002"]\n'
                                                    "  adr0_ADR_STR_002 -->|supersedes| adr0_ADR_CO_001\n")
