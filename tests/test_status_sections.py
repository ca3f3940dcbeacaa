"""adr-tools Status sections as people write them around adr-tools' own layout: a link line straight under
the status word, and a paragraph that says why after a link paragraph.

Shaped on public logs: digitalservicebund/ris-backend-service (`Accepted` then `Extended by [ADR 0017](..)`
with no blank line), Ensembl/decisions (`Superseded by [..](..).` then `See [..](..) for updated discussion
...`), home-assistant/architecture (`Reverted by [discussion #1198](https://...)` then prose).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import Project
from gitrepo import GitRepo

RECORD = "# {n}. {title}\n\nDate: 2021-04-19\n\n## Status\n\n{status}\n\n## Context\n\nC.\n\n## Decision\n\nD.\n"


def write(project: Project, number: int, title: str, status: str) -> None:
    slug = title.lower().replace(" ", "-")
    project.write(f"decisions/{number:04d}-{slug}.md", RECORD.format(n=number, title=title, status=status))


def rows(project: Project) -> dict[int, dict[str, object]]:
    result = project.run("list", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return {row["number"]: row for row in json.loads(result.stdout)}


def test_a_link_line_straight_under_the_status_word(project: Project) -> None:
    """`Accepted` and, on the next line, `Amends [1. A](0001-a.md)`: the status, and a link of its own."""
    write(project, 1, "Use A", "Accepted")
    write(project, 2, "Use B", "Accepted\nAmends [1. Use A](0001-use-a.md)\nSupersedes [3. Use C](0003-use-c.md)")
    write(project, 3, "Use C", "Superseded by [2. Use B](0002-use-b.md)")
    listed = rows(project)
    assert (listed[2]["status"], listed[2]["supersedes"]) == ("accepted", [3])
    graph = project.run("graph").stdout
    assert "  adr2 -->|amends| adr1\n" in graph and "  adr2 -->|supersedes| adr3\n" in graph
    assert project.run("validate").exit_code == 0
    assert project.run("deprecate", "2").exit_code == 0
    assert "## Status\n\nDeprecated\nAmends [1. Use A](0001-use-a.md)\n" in project.read("decisions/0002-use-b.md")


def test_a_paragraph_after_a_link_paragraph_is_not_the_status(project: Project) -> None:
    """`Superseded by [..](..)` then a paragraph that says why: superseded by 2, and nothing to report; prose
    after a link is never the status: `Reverted by [discussion #1198](..)` (home-assistant/architecture) is
    the log's own word, `reverted`."""
    write(project, 1, "Unit Tests", "Superseded by [2. Use RTL](0002-use-rtl.md).\n\n"
          "See [2. Use RTL](0002-use-rtl.md) for updated discussion of choosing a library.")
    write(project, 2, "Use RTL", "Accepted\n\nSupersedes [1. Unit Tests](0001-unit-tests.md)")
    write(project, 3, "Use YAML", "Reverted by [discussion #1198](https://github.com/o/r/discussions/1198)\n\n"
          "This was reverted as the configuration could not be checked.")
    write(project, 4, "Use JSON", "Supersedes [1. Unit Tests](0001-unit-tests.md)\n\nAccepted")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["superseded_by"], listed[n]["supersedes"]) for n in (1, 3, 4)] == [
        ("superseded", [2], []), ("reverted", [], []), ("accepted", [], [1])]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert all("reverted as the configuration" not in finding["message"] for finding in findings)
    assert not any(finding["path"].endswith("0001-unit-tests.md") for finding in findings)


def test_a_superseded_status_names_its_successor_by_a_link_in_words_of_its_own(project: Project) -> None:
    """HHS/OPRE-OPS writes `Superseded.  [13. Use React](../013-react.md) is newer.` and `Superseded, see
    [this](..) instead`: the one record the status links to is its successor (no ADR302); a status that links
    to two names neither."""
    write(project, 1, "Use Angular", "Superseded.  [3. Use React for the Frontend](0003-use-react.md) is newer.")
    write(project, 2, "Use Vue", "Superseded, see [this](0003-use-react.md) instead")
    write(project, 3, "Use React", "Accepted")
    write(project, 4, "Use Flask", "Superseded, see [a](0001-use-angular.md) and [b](0002-use-vue.md)")
    project.write("decisions/0005-use-django.md", "# Use Django\n\n* Status: superseded, see [this](0003-use-react.md)"
                  " instead\n* Date: 2021-04-19\n\n## Context and Problem Statement\n\nQ.\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["superseded_by"]) for n in (1, 2, 4, 5)] == [
        ("superseded", [3]), ("superseded", [3]), ("superseded", []), ("superseded", [3])]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"].rsplit("/", 1)[-1], f["code"]) for f in findings if f["code"] == "ADR302"] == [
        ("0004-use-flask.md", "ADR302")]


def test_superseded_without_by_and_two_words_in_one(project: Project) -> None:
    """ministryofjustice/modernisation-platform's `⌛️ Superseded [0019](0019-x.md)` (no `by`) is superseded by
    19; guardian/dotcom-rendering's `Accepted/Implemented` is accepted."""
    write(project, 4, "Use Ruby", "⌛️ Superseded [5. Use Go](0005-use-go.md)")
    write(project, 5, "Use Go", "Accepted/Implemented")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["superseded_by"]) for n in (4, 5)] == [
        ("superseded", [5]), ("accepted", [])]
    assert "  adr5 -->|supersedes| adr4\n" in project.run("graph").stdout


def test_a_status_word_kept_beside_superseded_by_gives_way_to_it(project: Project) -> None:
    """`Accepted` kept above a later `Superseded by [..](..)` paragraph (alphagov/verify-service-provider,
    apache/james-project): superseded, as `list -s superseded` and `due` must see it; a word that already says
    the decision ended, or a link of another kind, leaves the status as written."""
    write(project, 1, "Use A", "Accepted\n\nSuperseded by [2. Use B](0002-use-b.md)")
    write(project, 2, "Use B", "Accepted (lazy consensus) & implemented\n\nSupersedes [1. Use A](0001-use-a.md)\n\n"
          "Superceded by [3. Use C](0003-use-c.md)")
    write(project, 3, "Use C", "Deprecated\n\nSuperseded by [4. Use D](0004-use-d.md)")
    write(project, 4, "Use D", "Accepted\n\nAmended by [5. Use E](0005-use-e.md)\n\nSupersedes [3. Use C](0003-use-c.md)")
    write(project, 5, "Use E", "Accepted\n\nAmends [4. Use D](0004-use-d.md)")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["superseded_by"]) for n in (1, 2, 3, 4, 5)] == [
        ("superseded", [2]), ("superseded", [3]), ("deprecated", [4]), ("accepted", []), ("accepted", [])]
    assert [row["number"] for row in json.loads(project.run("list", "-s", "superseded", "--format", "json").stdout)] \
        == [1, 2]
    assert project.run("validate").exit_code == 0


def test_a_status_its_author_put_in_brackets_is_the_status(project: Project) -> None:
    """`[Approved]`, `[Accepted]` (Adyen/adyen-commercetools): the status, not the template's placeholder;
    brackets around words that are no status, or around a choice of them, still are the placeholder."""
    write(project, 1, "Use A", "[Approved]")
    write(project, 2, "Use B", "[Accepted]")
    write(project, 3, "Use C", "[proposed | accepted | rejected]")
    write(project, 4, "Use D", "[Status of the decision]")
    listed = rows(project)
    assert [listed[n]["status"] for n in (1, 2, 3, 4)] == ["approved", "accepted", None, None]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert sorted((finding["path"].rsplit("/", 1)[-1][:4], finding["code"]) for finding in findings) == [
        ("0003", "ADR301"), ("0004", "ADR301")]


def test_partially_superseded_by_a_record_names_it(project: Project) -> None:
    """`Partially superseded by [ADR 2](./0002-use-b.md)` (cloudfoundry/cf-k8s-networking), alone in the Status
    section: the status says partially superseded; the record that took over part of it amends it, as a partial
    supersession worded by the newer record does, and supersedes nothing."""
    write(project, 1, "Use A", "Partially superseded by [ADR 2](./0002-use-b.md)")
    write(project, 2, "Use B", "Accepted")
    listed = rows(project)
    assert (listed[1]["status"], listed[1]["superseded_by"]) == ("partially superseded", [])
    assert [(link["kind"], link["number"]) for link in listed[1]["links"]] == [("amended-by", 2)]
    assert project.run("graph").stdout.endswith("  adr2 -->|amends| adr1\n")


def test_a_status_section_longer_than_any_status_is_read_from_its_start(project: Project) -> None:
    """A Status section of a status, a link and then pages of text (or one line of 80,000 `[`): the status and
    the link are read from its start; the rest is never parsed (a line that long is no status)."""
    write(project, 1, "Use A", "Accepted\n\nSuperseded by [2. Use B](0002-use-b.md)\n\n" + "Why it changed. " * 2000)
    write(project, 2, "Use B", "[" * 80_000)
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["superseded_by"]) for n in (1, 2)] == [("superseded", [2]), (None, [])]


def test_a_status_section_s_other_forms(project: Project) -> None:
    """`Status: Draft` under `## Status` (V-Sekai/manuals), a shields.io badge (DFE-Digital/buy-for-your-school),
    `Deprecated by [..](..)` alone (konflux-ci/architecture) and `Superceeded by` (alphagov/paas-team-manual)."""
    write(project, 1, "Use A", "Status: Draft")
    write(project, 2, "Use B", "![Accepted](https://img.shields.io/badge/adr-accepted-green)")
    write(project, 3, "Use C", "Deprecated by [ADR 2. Use B](0002-use-b.md).")
    write(project, 4, "Use D", "Superceeded by [ADR 2](0002-use-b.md)")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["superseded_by"]) for n in (1, 2, 3, 4)] == [
        ("draft", []), ("accepted", []), ("deprecated", []), ("superseded", [2])]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [finding for finding in findings if finding["severity"] == "error"] == []


def test_a_documentation_system_s_page_state_gives_way_to_the_record_s_status_section(project: Project) -> None:
    """ZeirSor/bookmark-visualizer's front matter `type: decision` / `status: active` over `## 状态` / `已接受`:
    accepted; `adr deprecate` then writes the section's word in the log's language (audit 55, lane b, class 4: it
    wrote the front matter's line, the page's state lost), and the record reads deprecated."""
    project.write("docs/adr/0013-a.md", "---\ntype: decision\nstatus: active\nscope: architecture\n---\n\n"
                  "# ADR 0013: 恢复\n\n## 状态\n\n已接受\n\n## 背景\n\nC.\n")
    assert (rows(project)[13]["status"], rows(project)[13]["format"]) == ("accepted", "frontmatter")
    assert project.run("deprecate", "13").exit_code == 0
    assert project.read("docs/adr/0013-a.md") == ("---\ntype: decision\nstatus: active\nscope: architecture\n---\n\n"
                                                   "# ADR 0013: 恢复\n\n## 状态\n\n已废弃\n\n## 背景\n\nC.\n")
    assert rows(project)[13]["status"] == "deprecated"


def test_a_page_state_gives_way_to_bold_bullets_and_their_day_is_read(project: Project) -> None:
    """mikeybeezy/goldenpath-idp-infra: front matter `status: active` over `- **Status:** Accepted` / `- **Date:**
    2025-12-26` reads accepted of that day (the day was lost, the page's state kept); `adr deprecate` writes the
    bullet, the page's state kept. Front matter with no status over `## ADR-0148: X` and `**Status**: Accepted` / `**Date**: ..`
    lines reads them (both were lost)."""
    project.write("docs/adr/0001-a.md", "---\nstatus: active\n---\n\n# ADR-0001: Adopt Argo CD\n\n"
                  "- **Status:** Accepted\n- **Date:** 2025-12-26\n\n## Context\n\nC.\n")
    project.write("docs/adr/0148-b.md", "---\ntitle: Immutable builds\n---\n\n## ADR-0148: Immutable builds\n\n"
                  "**Status**: Accepted\n**Date**: 2026-01-13\n\n## Context\n\nC.\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["date"]) for n in (1, 148)] == [
        ("accepted", "2025-12-26"), ("accepted", "2026-01-13")]
    assert project.run("deprecate", "1").exit_code == 0
    assert project.read("docs/adr/0001-a.md") == ("---\nstatus: active\n---\n\n# ADR-0001: Adopt Argo CD\n\n"
                                                  "- **Status:** Deprecated\n- **Date:** 2025-12-26\n\n## Context\n\nC.\n")
    assert rows(project)[1]["status"] == "deprecated"


def test_a_day_in_a_successor_that_is_no_record_names_none(project: Project) -> None:
    """jordigilh/kubernaut: `**Superseded by:** MCP-only architecture (kubernaut#1326, 2026-05-27)` names no
    record 2026 (it gave superseded_by [2026]); `ADR-0001 (2026-05-27)` names 1; `**SUPERSEDED** - 2025-10-31 by
    ADR-001` names its successor past the day."""
    write(project, 1, "Use A", "Accepted")
    project.write("decisions/0002-b.md", "# 2. B\n\n**Status:** Superseded by MCP-only migration\n"
                  "**Superseded by:** MCP-only architecture (kubernaut#1326, 2026-05-27)\n\n## Context\n\nC.\n")
    project.write("decisions/0003-c.md", "# 3. C\n\n**Status:** Superseded\n**Superseded by:** ADR-0001 (2026-05-27)\n")
    write(project, 4, "Use D", "**SUPERSEDED** - 2025-10-31 by ADR-001 (Use A)")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["superseded_by"]) for n in (2, 3, 4)] == [
        ("superseded", []), ("superseded", [1]), ("superseded", [1])]


def test_a_successor_named_past_a_day_or_only_in_the_line_under_the_title(project: Project) -> None:
    """tosin2013's logs: `**SUPERSEDED** - 2025-12-09 by [ADR-036: X](..)` with an `**UPDATED** - ..` line after
    it naming another record is superseded by 36; `**Status**: Superseded by ADR-031 (..)` under the title over a
    Status section `**Superseded** - ADR-031 (Tekton Build) is now ..` is superseded by 31 (each named none)."""
    for number in (31, 36, 38):
        write(project, number, f"Use {number}", "Accepted")
    write(project, 15, "Use O", "**SUPERSEDED** - 2020-12-09 by [ADR-036: Use 36](0036-use-36.md)\n**UPDATED** - "
                                "2021-01-07 (both now per [ADR-038](0038-use-38.md))")
    project.write("decisions/0027-use-p.md", "# 27. Use P\n\n**Status**: Superseded by ADR-031 (Tekton now)\n\n"
                  "## Status\n\n**Superseded** - ADR-031 (Tekton Build) is now the primary build method.\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["superseded_by"]) for n in (15, 27)] == [
        ("superseded", [36]), ("superseded", [31])]


def test_a_former_number_under_a_supersede_key_supersedes_nothing(project: Project) -> None:
    """tosin2013/jupyter-notebook-validator-operator: `**Supersedes**: Previously numbered as ADR-042 (renumbered to
    resolve duplicate)` is the record's own old number, not record 42 (a live record of another decision); a
    relation beside it still names its record."""
    for number in (2, 42):
        write(project, number, f"Use {number}", "Accepted")
    project.write("decisions/0050-fix.md", "# 50. Fix\n\n**Status**: Accepted\n**Supersedes**: Previously numbered as"
                  " ADR-042 (renumbered to resolve duplicate)\n\n## Context\n\nC.\n")
    project.write("decisions/0051-fix.md", "# 51. Fix\n\n**Status**: Accepted\n**Supersedes**: ADR-002\n")
    listed = rows(project)
    assert (listed[50]["supersedes"], listed[51]["supersedes"]) == ([], [2])
    assert [f["code"] for f in json.loads(project.run("validate", "--format", "json").stdout)
            if f["severity"] == "error"] == []


def test_a_front_matter_status_stays_without_a_decision_word_below_it(project: Project) -> None:
    """EIP's `status: Living` (over a Status section too, as decentraland's ADR-35), `status: active` over
    `## Status` / `Implemented`, and a decision's own `status: accepted` over `## Status` / `Rejected` keep the
    front matter's status."""
    project.write("docs/adr/0001-a.md", "---\nstatus: Living\n---\n# A\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0002-b.md", "---\nstatus: active\n---\n# B\n\n## Status\n\nImplemented\n")
    project.write("docs/adr/0003-c.md", "---\nstatus: accepted\n---\n# C\n\n## Status\n\nRejected\n")
    assert [row["status"] for row in rows(project).values()] == ["living", "active", "accepted"]


def test_a_record_without_a_status_section_says_what_became_of_it_under_its_title(project: Project) -> None:
    """Enterprise-CMCS/managed-care-review: `This ADR was superceded by [ADR 007](..).` straight under the title,
    `## This ADR has been superseded by [..](..)`, `## This document is now outdated. This ADR is superceded by
    [ADR 0024](./024-x)` (no `.md`) and `## This ADR is deprecated as ...`: superseded by that record, deprecated."""
    project.write("decisions/0004-dynamo.md", "# 004 — OUTDATED Use DynamoDB\nThis ADR was superceded by "
                                              "[ADR 007](./0007-postgres.md).\n\nWe need a database.\n")
    project.write("decisions/0005-tools.md", "# OUTDATED Tools\n\n## This ADR has been superseded by "
                                             "[0008-updated](0008-updated.md)\n\nDecide.\n")
    project.write("decisions/0009-protobufs.md", "# 009 — OUTDATED Use protobufs\n\n## This document is now "
                                                 "outdated. This ADR is superceded by  [ADR 0024](./0024-remove)\n")
    project.write("decisions/0018-form.md", "# ADR: The Form Changes\n\n## This ADR is deprecated as we removed "
                                            "Protobufs. There is no superseding ADR.\n\n## Background\n\nB.\n")
    for name in ("0007-postgres", "0008-updated", "0024-remove"):
        project.write(f"decisions/{name}.md", f"# {name[5:].title()}\n\nWhy.\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["superseded_by"]) for n in (4, 5, 9, 18)] == [
        ("superseded", [7]), ("superseded", [8]), ("superseded", [24]), ("deprecated", [])]


def test_a_relation_sentence_elsewhere_in_a_record_without_a_status_section_is_a_mention(project: Project) -> None:
    """A supersession written in the second paragraph, prose under the title that names a record later in its
    sentence, `This ADR builds on [..](..)`, or a deprecation in passing: no status, no relation."""
    project.write("decisions/0001-a.md", "# Use A\n\nWe decide.\n\nThis ADR supersedes [ADR 2](0002-b.md).\n")
    project.write("decisions/0002-b.md", "# Use B\n\nUpdated toolset and supersedes [ADR 1](0001-a.md).\n")
    project.write("decisions/0003-c.md", "# Use C\n\nThis ADR builds on [ADR 1](0001-a.md), superseded by none.\n")
    project.write("decisions/0004-d.md", "# Use D\n\n## Context\n\nThis ADR is deprecated upstream.\n")
    project.write("decisions/0005-e.md", "# Use E\n\nWhy this ADR is deprecated: nobody asked.\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["supersedes"], listed[n]["superseded_by"]) for n in range(1, 6)] == \
        [(None, [], [])] * 5


def test_a_relation_sentence_after_the_status_word_or_opening_a_paragraph_names_its_record(project: Project) -> None:
    """DEFRA/epr-re-ex-service's `Accepted. Supersedes [ADR-0031](..).` and `Amends [..](..): prose`,
    weaveworks' `This ADR supersedes parts of [ADR 13](..).` / `is in part superseded by`, alphagov/gsp's
    `Accepted, amended by [ADR039](..)` and adr-tools' `Amended by` alone: each names its record; a partial
    supersession is amends, and leaves the older record in force; `adr convert` keeps the sentence."""
    write(project, 1, "Use A", "Superseded by [2. Use B](0002-use-b.md)")
    write(project, 2, "Use B", "Accepted. Supersedes [ADR-0001](./0001-use-a.md).")
    write(project, 3, "Use C", "Accepted. Amends [ADR-0002](./0002-use-b.md): the ledger stands; this adds rows.")
    write(project, 4, "Use D", "Proposed\n\nSupersedes the \"option 3\" portion of [ADR 0003 (Use C)](0003-use-c.md)"
          " for maintainers only.")
    write(project, 5, "Use E", "Accepted\n\nThis ADR is in part superseded by [ADR 6](00006-use-f.md).")
    write(project, 6, "Use F", "Accepted\n\nThis ADR supersedes parts of [ADR 5](0005-use-e.md).")
    write(project, 7, "Use G", "Accepted; amended by [ADR 8](0008-use-h.md)")
    write(project, 8, "Use H", "Accepted")
    write(project, 9, "Use I", "Accepted\n\nAmended by [10. Use J](0010-use-j.md)")
    write(project, 10, "Use J", "Accepted")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["supersedes"], listed[n]["superseded_by"]) for n in range(1, 11)] == [
        ("superseded", [], [2]), ("accepted", [1], []), ("accepted", [], []), ("proposed", [], []),
        ("accepted", [], []), ("accepted", [], []), ("accepted", [], []), ("accepted", [], []), ("accepted", [], []),
        ("accepted", [], [])]
    assert project.run("graph").stdout.split("\n")[11:] == [
        "  adr2 -->|supersedes| adr1", "  adr3 -->|amends| adr2", "  adr4 -->|amends| adr3",
        "  adr6 -->|amends| adr5", "  adr8 -->|amends| adr7", "  adr10 -->|amends| adr9", ""]
    assert project.run("convert", "3").exit_code == 0  # the sentence stays in the body; its link in front matter
    converted = project.read("decisions/0003-use-c.md")
    assert "amends: [2]\n" in converted and "Accepted. Amends [ADR-0002](./0002-use-b.md): the ledger" in converted


def test_every_relation_phrase_of_a_status_paragraph_names_its_records(project: Project) -> None:
    """ueberBrot/effect-rpc-query's `Accepted. Implementation ownership clarified by [ADR 0021](..). Extended by
    [ADR 0022](..).`, `Accepted, clarified by [..](..)`, `Accepted. Amends [..](..) and extends [..](..).` and
    `Amended by ADR 0018 and ADR 0020.` (references alone): each relation of the paragraph, the status its word;
    on a status line under the title and a MADR 2 status bullet too. A mention stays one: `See also [ADR 1](..)`,
    `which is extended by`, a verb followed by words (`Extended HTTP views in [..](..)`), a status's word
    (`Implemented by [ADR 1](..)`)."""
    for number in (1, 2, 3):
        write(project, number, f"Use {'ABC'[number - 1]}", "Accepted")
    write(project, 4, "Use D", "Accepted. Implementation ownership clarified by [ADR 0001](0001-use-a.md). "
          "Extended by [ADR 0002](0002-use-b.md).")
    write(project, 5, "Use E", "Accepted, clarified by [ADR 0003](0003-use-c.md).")
    write(project, 6, "Use F", "Accepted. Amends [ADR 1](0001-use-a.md) and extends [ADR 2](0002-use-b.md). "
          "Extended HTTP views in [ADR 3](0003-use-c.md) retain their keys.")
    write(project, 7, "Use G", "Amended by ADR 0001 and ADR 0002. The rest stands.")
    write(project, 8, "Use H", "Accepted. See also [ADR 1](0001-use-a.md), which is extended by "
          "[ADR 2](0002-use-b.md). Implemented by [ADR 3](0003-use-c.md).")
    project.write("decisions/0009-use-i.md", "# 9. Use I\n\nStatus: Accepted, amended by ADR 0001 and ADR 0002.\n"
                  "Date: 2021-04-19\n\n## Context\n\nC.\n")
    project.write("decisions/0010-use-j.md", "# Use J\n\n* Status: accepted, clarified by [ADR 3](0003-use-c.md)\n"
                  "* Date: 2021-04-19\n\n## Context and Problem Statement\n\nC.\n")
    listed = rows(project)
    assert [(listed[n]["status"], [(link["kind"], link["number"]) for link in listed[n]["links"]])
            for n in range(4, 11)] == [
        ("accepted", [("clarified-by", 1), ("extended-by", 2)]), ("accepted", [("clarified-by", 3)]),
        ("accepted", [("amends", 1), ("extends", 2)]), ("amended", [("amended-by", 1), ("amended-by", 2)]),
        ("accepted", []), ("accepted", [("amended-by", 1), ("amended-by", 2)]),
        ("accepted", [("clarified-by", 3)])]
    assert project.run("graph").stdout.split("\n")[10:] == [
        "  adr1 -->|amends| adr7", "  adr1 -->|amends| adr9", "  adr2 -->|amends| adr7", "  adr2 -->|amends| adr9",
        "  adr4 -->|clarified by| adr1", "  adr4 -->|extended by| adr2", "  adr5 -->|clarified by| adr3",
        "  adr6 -->|amends| adr1", "  adr6 -->|extends| adr2", "  adr10 -->|clarified by| adr3", ""]


def test_a_remark_in_brackets_or_in_part_between_the_status_and_its_record(project: Project) -> None:
    """`Superseded (2026-03) by ADR-7` names its successor (no ADR302); `Superseded (parcial, temporal) por ADR-007`
    says in part, so 7 amends it (round 51's M6: it read as superseded whole); `Deprecated (2026-03-04) in favour of
    [ADR 0005](..)` is the link its own line makes without the remark; `Accepted; superseded in part by [ADR 4](..)`
    amends, the record stays accepted."""
    for number in (4, 5, 7):
        write(project, number, f"Use {number}", "Accepted")
    write(project, 1, "Use A", "Superseded (parcial, temporal) por ADR-007")
    write(project, 2, "Use B", "Deprecated (2026-03-04) in favour of [ADR 0005](0005-use-5.md)")
    write(project, 3, "Use C", "Accepted; superseded in part by [ADR 0004](0004-use-4.md)")
    write(project, 6, "Use F", "Superseded (2026-03) by ADR-7")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["superseded_by"], [(link["kind"], link["number"])
                                                               for link in listed[n]["links"]])
            for n in (1, 2, 3, 6)] == [
        ("superseded", [], [("amended-by", 7)]), ("deprecated", [], [("deprecated-in-favour-of", 5)]),
        ("accepted", [], [("amended-by", 4)]), ("superseded", [7], [("superseded-by", 7)])]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [finding["code"] for finding in findings if finding["code"][:4] == "ADR3"] == []


def test_a_record_mentioned_in_prose_is_no_relation(project: Project) -> None:
    """A link after other words (`See [..](..), which supersedes ..`, `This is an addendum to [..](..)`), a verb
    after a word that is no status (`See below, amends [..](..)`), a ticket (`Implemented by [PAE-1](https://..)`),
    a relation named without a link, and one in the Context section relate nothing."""
    write(project, 1, "Use A", "Accepted")
    write(project, 2, "Use B", "Accepted. See [ADR 1](0001-use-a.md), which supersedes the old design.\n\n"
          "This is an addendum to [ADR 1](0001-use-a.md).")
    write(project, 3, "Use C", "See below, amends [ADR 1](0001-use-a.md)")
    write(project, 4, "Use D", "Accepted (2026-07-03). Implemented by [PAE-1](https://example.org/PAE-1).\n\n"
          "This ADR supersedes ADR-0001 at the conceptual level.")
    project.write("decisions/0005-use-e.md", "# 5. Use E\n\nDate: 2021-04-19\n\n## Status\n\nAccepted\n\n"
                  "## Context\n\nSupersedes [ADR 1](0001-use-a.md) in part.\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["supersedes"], listed[n]["relates_to"]) for n in (2, 4, 5)] == [
        ("accepted", [], []), ("accepted", [], []), ("accepted", [], [])]
    assert project.run("graph").stdout == ""


def test_a_status_line_under_the_title_names_a_relation_and_keys_after_a_middle_dot(project: Project) -> None:
    """`**Status:** Accepted, amended by [0002](0002-b.md) · **Date:** 2026-10-04`: the status, the day and the
    link; words after a middle dot that are no key are no day."""
    project.write("decisions/0001-a.md", "# ADR-0001: A\n\n**Status:** Accepted, amended by [0002](0002-b.md) · "
                  "**Date:** 2026-10-04\n\n## Context\n\nC.\n")
    project.write("decisions/0002-b.md", "# ADR-0002: B\n\n**Status:** Accepted · reviewed 2026-10-05\n\n"
                  "## Context\n\nC.\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["date"]) for n in (1, 2)] == [("accepted", "2026-10-04"),
                                                                            ("accepted", None)]
    assert project.run("graph").stdout.split("\n")[3:] == ["  adr2 -->|amends| adr1", ""]


def test_bold_fields_a_formatter_joined_on_one_line_are_each_read(project: Project) -> None:
    """vytches/ddd, whose lines prettier joined: `**Status**: Proposed **Date**: 2026-03-31 **Supersedes**: None
    **Context**:` over the context, `**Date**: 2026-05-08 **Status**: Accepted **Context**: ...`, `**Date:**
    2025-07-12 **Status:** ~~Accepted~~ **SUPERSEDED** (2026-05-22)`; and `**Status**: Accepted **Date**:
    2023-01-05 **Deciders**: Ann, Bo **Supersedes**: [ADR-0002](..)`: each field read. Near misses: a bold word
    with no colon stays in the value (`**Status:** **Accepted** **Date:** ..`, `Accepted **with conditions**`)
    and a field of another key ends the value (`**Note**: see the wiki`)."""
    lines = {
        1: "**Status**: Proposed **Date**: 2026-03-31 **Supersedes**: None **Context**:\nStabilize CI first",
        2: "**Date**: 2026-05-08 **Status**: Accepted **Context**: REL-000 task —\npre-publish check",
        3: "**Date:** 2025-07-12 **Status:** ~~Accepted~~ **SUPERSEDED** (2026-05-22)",
        4: "**Status**: Accepted **Date**: 2023-01-05 **Deciders**: Ann, Bo **Supersedes**: [ADR-0002](0002-r2.md)",
        5: "**Status:** **Accepted** **Date:** 2023-01-05",
        6: "**Status**: Accepted **with conditions** for now",
        7: "**Status**: Accepted **Note**: see the wiki",
    }
    for number, line in lines.items():
        project.write(f"decisions/{number:04d}-r{number}.md", f"# ADR-{number:04d}: R{number}\n\n{line}\n\n"
                      "## Context\n\nC.\n")
    listed = rows(project)
    assert [(row["status"], row["date"], row["decision_makers"], row["supersedes"]) for row in listed.values()] == [
        ("proposed", "2026-03-31", [], []), ("accepted", "2026-05-08", [], []),
        ("superseded", "2025-07-12", [], []), ("accepted", "2023-01-05", ["Ann", "Bo"], [2]),
        ("accepted", "2023-01-05", [], []), ("accepted", None, [], []), ("accepted", None, [], [])]


def test_bold_fields_written_without_a_blank_between_them_are_each_read(project: Project) -> None:
    """`**Status:**Accepted**Date:**2025-11-25**Context:**tight` (no blank anywhere) and `**Status:** Accepted**Date:**
    2025-11-25`: the status and the day are read apart, not as the status `accepteddate`. Near miss: a bold word
    with no colon after a value stays in it (`**Status:** Accepted**!**`)."""
    lines = {1: "**Status:**Accepted**Date:**2025-11-25**Context:**tight",
             2: "**Status:** Accepted**Date:** 2025-11-25",
             3: "**Status:** Accepted**!**\n\nDate: 2025-11-25"}
    for number, line in lines.items():
        project.write(f"decisions/{number:04d}-r{number}.md", f"# {number}. R{number}\n\n{line}\n\n## Context\n\nC.\n")
    assert [(row["status"], row["date"]) for row in rows(project).values()] == [
        ("accepted", "2025-11-25"), ("accepted", "2025-11-25"), ("accepted", "2025-11-25")]


def test_a_key_in_a_code_span_is_the_value_s_text(project: Project) -> None:
    """Attack 57 F8: `**Owner:** `**Status:** x`` after the status and day was read as the status `x`; a key in a
    code span is text, whatever separates the fields (blanks, pipes, middle dots, `<br>`), and no field is read
    from it. Near miss: values in code spans are read (`**Status:** `Accepted` **Date:** `2026-01-01``)."""
    lines = {1: "**Status:** Accepted **Date:** 2026-01-01 **Owner:** `**Status:** x`",
             2: "**Status:** Accepted **Owner:** `**Date:** 2020-01-01`",
             3: "**Status:** Accepted | **Owner:** `a | **Date:** 2020-01-01`",
             4: "**Status:** Accepted<br>**Owner:** `a<br>**Date:** 2020-01-01`",
             5: "**Status:** `Accepted` **Date:** `2026-01-01` **Owner:** `Bob`"}
    for number, line in lines.items():
        project.write(f"decisions/{number:04d}-r{number}.md", f"# {number}. R{number}\n\n{line}\n\n## Context\n\nC.\n")
    assert [(row["status"], row["date"]) for row in rows(project).values()] == [
        ("accepted", "2026-01-01"), ("accepted", None), ("accepted", None), ("accepted", None),
        ("accepted", "2026-01-01")]


def test_a_key_in_an_html_comment_is_no_field(project: Project) -> None:
    """Attack 57 F8: `<!-- **Status:** Rejected --> **Status:** Accepted **Date:** ..` gave no status and no day; a
    reader sees the text after the comment. A key inside a comment, on the line or over several lines, states
    nothing. Near miss: a `<!--` that nothing closes is text, and the lines below it are read."""
    lines = {1: "<!-- **Status:** Rejected --> **Status:** Accepted **Date:** 2026-01-01 **Owner:** Bob",
             2: "<!--\n**Status:** Rejected\nDate: 2020-01-01\n-->\n**Status:** Accepted",
             3: "**Status:** Accepted <!-- **Date:** 2020-01-01 --> **Owner:** Bob",
             4: "**Status:** Accepted <!-- one of\nProposed | Rejected -->\nDate: 2026-01-01",
             5: "**Status:** Accepted <!-- to do\nDate: 2026-01-01"}
    for number, line in lines.items():
        project.write(f"decisions/{number:04d}-r{number}.md", f"# {number}. R{number}\n\n{line}\n\n## Context\n\nC.\n")
    assert [(row["status"], row["date"]) for row in rows(project).values()] == [
        ("accepted", "2026-01-01"), ("accepted", None), ("accepted", None), ("accepted", "2026-01-01"),
        ("accepted", "2026-01-01")]
    assert project.run("validate", "--select", "ADR311").exit_code == 0


def test_the_first_field_of_a_key_line_states_its_key(project: Project) -> None:
    """Attack 57 F8: `**Status:** Accepted **Date:** .. **Notes:** see **Status:** later` was read as the status
    `later`: a later field of the same key on the line took the place of the first. The first is read, as the
    first of several key lines is, with blanks, pipes or middle dots between the fields; `**Status:** Accepted
    **Status:** Rejected` is accepted (and ADR311 says the line states it twice)."""
    lines = {1: "**Status:** Accepted **Date:** 2026-01-01 **Notes:** see **Status:** later",
             2: "Status: Accepted | Notes: see | Status: later",
             3: "**Status:** Accepted · **Notes:** see · **Status:** later",
             4: "**Status:** Accepted **Status:** Rejected **Date:** 2026-01-01",
             5: "**Owner:** Bob **Status:** Accepted **Status:** Rejected"}
    for number, line in lines.items():
        project.write(f"decisions/{number:04d}-r{number}.md", f"# {number}. R{number}\n\n{line}\n\n## Context\n\nC.\n")
    assert [row["status"] for row in rows(project).values()] == ["accepted"] * 5
    found = project.run("validate", "--select", "ADR311", "--format", "json")
    assert found.exit_code == 0
    assert [(item["path"], item["line"]) for item in json.loads(found.stdout)] == [
        ("decisions/0004-r4.md", 3), ("decisions/0005-r5.md", 3)]


def test_a_status_line_s_relation_wrapped_onto_the_next_line(project: Project) -> None:
    """epicweb-dev/epic-stack's `Status: superseded by` over `[040-tigris-image-storage.md](./040-..)` (prettier
    wrapped it; the same in other logs, one with ` · 2026-08-09` after the link), and `**Status:** ~~accepted~~ —
    **superseded by` over `[ADR-0015](0015-x.md)**`: superseded by the record the next line links to; `Accepted,
    supersedes` over two links names both. Near misses: a `Date:` line, prose or a link to an issue under
    `superseded by` name no successor, and a link line under `Accepted` is no relation."""
    head = "# {n}. R{n}\n\nDate: 2023-06-23\n\n"
    records = {
        1: "Status: superseded by\n[040-tigris-image-storage.md](./0040-tigris-image-storage.md)\n\n## Context\n",
        2: "**Status:** ~~accepted~~ — **superseded by\n[ADR-0015](0015-x.md)**\n\n## Context\n",
        3: "Status: superseded by\n[ADR 0010](0010-triage.md) · 2026-08-09\n\nThe measurement holds.\n",
        4: "Status: Accepted, supersedes\n[ADR-0001](0001-r1.md) and [ADR-0003](0003-r3.md)\n\n## Context\n",
        5: "Status: superseded by\nthe process the wiki describes.\n\n## Context\n",
        6: "Status: superseded by\n[#123](https://github.com/o/r/issues/123)\n\n## Context\n",
        7: "Status: accepted\n[ADR 0010](0010-triage.md) says more.\n\n## Context\n",
    }
    for number, text in records.items():
        project.write(f"decisions/{number:04d}-r{number}.md", head.format(n=number) + text)
    project.write("decisions/0008-r8.md", "# 8. R8\n\nStatus: superseded by\nDate: 2023-06-23\n\n## Context\n")
    listed = rows(project)
    assert [(row["status"], row["date"], row["superseded_by"], row["supersedes"]) for row in listed.values()] == [
        ("superseded", "2023-06-23", [40], []), ("superseded", "2023-06-23", [15], []),
        ("superseded", "2023-06-23", [10], []), ("accepted", "2023-06-23", [], [1, 3]),
        ("superseded", "2023-06-23", [], []), ("superseded", "2023-06-23", [], []),
        ("accepted", "2023-06-23", [], []), ("superseded", "2023-06-23", [], [])]


def test_a_supersede_line_keyed_with_a_colon_or_naming_records_by_myst_roles(project: Project) -> None:
    """In a Status section, after the status: `Supersedes: ADR-0001`, `Supersedes: ADR-0001, ADR-0002`,
    `Supersedes: 0001` and ``Supersedes: `ADR-0001` `` name the records as the colon-less line does; so do MyST
    roles (soviar-systems/ai_engineering_handbook's `Supersedes: {term}`ADR-26006`, {term}`ADR-26008``, a
    `{doc}` role by the record's file); `Superseded by: {term}`ADR-0006`` alone is superseded by 6. Near misses:
    prose (`This ADR in part supersedes ADR-0001.`), a part (`(partially)`, `parts of`), an issue or a URL, `none`,
    and `Amends: ADR-0001` (a link of its own) supersede nothing; a remark in brackets after the record (rjmurillo/
    ai-agents' `**Supersedes**: ADR-002 (pending validation)`) leaves it named."""
    statuses = ["Accepted\n\nSupersedes: ADR-0001", "Accepted\n\nSupersedes: ADR-0001, ADR-0002",
                "Accepted\n\nSupersedes: 0001", "Accepted\n\nSupersedes: `ADR-0001`",
                "Accepted\n\nSupersedes: {term}`ADR-0001`, {term}`ADR-0002`", "Accepted\n\nSupersedes {term}`ADR-0002`.",
                "Accepted\n\nSupersedes: {doc}`adr_0001_use_a`", "Superseded by: {term}`ADR-0006`",
                "Accepted\n\nThis ADR in part supersedes ADR-0001.", "Accepted\n\nSupersedes: ADR-0001 (partially)",
                "Accepted\n\nSupersedes: parts of ADR-0001", "Accepted\n\nSupersedes: issue 12",
                "Accepted\n\nSupersedes: https://github.com/o/r/issues/12", "Accepted\n\nSupersedes: none",
                "Accepted\n\nAmends: ADR-0001", "Accepted\n\n**Supersedes**: ADR-0002 (pending validation)"]
    for number, status in enumerate(statuses, start=10):
        write(project, number, f"Use {number}", status)
    listed = rows(project)
    assert [(row["status"], row["supersedes"], row["superseded_by"]) for row in listed.values()] == [
        ("accepted", [1], []), ("accepted", [1, 2], []), ("accepted", [1], []), ("accepted", [1], []),
        ("accepted", [1, 2], []), ("accepted", [2], []), ("accepted", [1], []), ("superseded", [], [6]),
        *[("accepted", [], [])] * 7, ("accepted", [2], [])]
    assert [(link["kind"], link["number"]) for link in listed[24]["links"]] == [("amends", 1)]


def test_front_matter_over_a_status_section_that_names_what_the_record_supersedes(project: Project) -> None:
    """soviar-systems/ai_engineering_handbook: front matter `status: accepted` and `superseded_by: null`, no
    `supersedes:` key, and the body's `## Status` / `Accepted` / `Supersedes: {term}`ADR-26006``: supersedes
    26006; the front matter's status, and a relation it keys (`superseded_by: ADR-26030` over a body that says
    otherwise), stay as it says them. A body with no Status section adds nothing (`supersedes` in prose)."""
    front = "---\nid: {n}\ntitle: R{n}\nstatus: {status}\nsuperseded_by: {by}\n---\n\n# ADR-{n}: R{n}\n\n"
    project.write("decisions/adr_26027_r.md", front.format(n=26027, status="accepted", by="null")
                  + "## Status\n\nAccepted\n\nSupersedes: {term}`ADR-26006`, {term}`ADR-26008`\n\n## Context\n")
    project.write("decisions/adr_26028_r.md", front.format(n=26028, status="superseded", by="ADR-26030")
                  + "## Status\n\nSuperseded\n\nSuperseded by: {term}`ADR-26029`\n\n## Context\n")
    project.write("decisions/adr_26029_r.md", front.format(n=26029, status="accepted", by="null")
                  + "## Context\n\nThis supersedes ADR-26001 in spirit.\n")
    listed = rows(project)
    assert [(row["status"], row["supersedes"], row["superseded_by"]) for row in listed.values()] == [
        ("accepted", [26006, 26008], []), ("superseded", [], [26030]), ("accepted", [], [])]


def test_a_status_named_for_the_proposal_or_the_decision(project: Project) -> None:
    """Deakin-Detonator-Toolkit's `## Proposal status` (under the template's question, as a bullet) and
    `**Proposal Status:** Proposed`, a `### Decision Status` and c-xrefactory's `## Status:` state the status;
    `Implementation status`, how far the work went, and a `## Project status` state none."""
    project.write("decisions/0001-a.md", "## Title\n\nA\n\n## Proposal status\n\nWhat is the status of this "
                  "decision?\n\n-   Approved\n\n## Implementation status\n\n-   Implemented\n\n## Context\n\nC.\n")
    project.write("decisions/0002-b.md", "# ADR-002: B\n\n**Title:** B  \n**Proposal Status:** Proposed  \n"
                  "**Implementation Status:** Work in Progress\n\n---\n\n## Context\n\nC.\n")
    project.write("decisions/0003-c.md", "# C\n\n### Decision Status\n\nAccepted\n\n### Context\n\nC.\n")
    project.write("decisions/0004-d.md", "# D\n\nDate: 2021-09-05\n\n## Status:\n\nImplemented (2021-09-05 in "
                  "d05874bb)\n\n## Context\n\nC.\n")
    project.write("decisions/0005-e.md", "# E\n\n## Implementation status\n\nImplemented\n\n## Context\n\nC.\n")
    project.write("decisions/0006-f.md", "# F\n\n**Implementation Status:** Done\n\n## Project status\n\n"
                  "Accepted\n\n## Context\n\nC.\n")
    listed = rows(project)
    assert [listed[n]["status"] for n in range(1, 7)] == ["approved", "proposed", "accepted", "implemented", None,
                                                          None]


def test_a_current_status_section_is_the_status_section(project: Project) -> None:
    """profoundry-us/loco_motion's `## Current Status` under a table of contents (`**Accepted** - This decision
    is ...`) states the status; `## Current State` and `## Current status of the migration` state none."""
    record = ("<!-- omit from toc -->\n# {title}\n\nWhy.\n\n- [Current Status](#current-status)\n"
              "- [Context](#context)\n\n## {heading}\n\n{status}\n\n## Context\n\nC.\n")
    for number, heading, status in (
            (202404, "Current Status", "**Accepted** - This decision is accepted and ratified in code."),
            (202504, "Current Status", "**Draft** - This decision is still under consideration."),
            (202505, "Current State", "Accepted"), (202506, "Current status of the migration", "Accepted")):
        project.write(f"decisions/{number}_r{number}.md",
                      record.format(title=f"R{number}", heading=heading, status=status))
    listed = {row["id"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    # named by the month (`202404_r202404`): date-named, found by the name
    assert [listed[f"{n}_r{n}"]["status"] for n in (202404, 202504, 202505, 202506)] == [
        "accepted", "draft", None, None]


def test_a_status_badge_states_the_status_its_address_gives(project: Project) -> None:
    """trade-remedies-api's `[![Generic badge](https://badgen.net/badge/ADR/approved/green/)](..)` is approved and
    shields.io's `status-in_review-yellow` in review (a proposal); a badge of something else (`build-passing`) or an image
    whose address says nothing states no status, whatever its alt text (`Generic badge`) says."""
    write(project, 1, "Use A", "[![Generic badge](https://badgen.net/badge/ADR/approved/green/)](README.md)")
    write(project, 2, "Use B", "![Status](https://img.shields.io/badge/status-in_review-yellow.svg)")
    write(project, 3, "Use C", "![build](https://img.shields.io/badge/build-passing-green)")
    write(project, 4, "Use D", "[![Generic badge](https://example.org/badge.png)](README.md)")
    listed = rows(project)
    assert [listed[n]["status"] for n in (1, 2, 3, 4)] == ["approved", "proposed", None, None]


def test_a_status_badge_whose_address_a_reference_definition_gives(project: Project) -> None:
    """foxleigh81/jackanory's `![accepted]` under Status, its badge defined below (`[accepted]: https://img.shields.io
    /badge/Accepted-green`), and archetypes-rules' `[![adr: accepted][adr-accepted-badge]][adr-0002]` (the alt text
    a badge's subject and message) state their status: both were a placeholder (ADR301). Near misses: a badge of
    something else by reference (`![build][b]`), and a subject of another thing (`![ci: passing][c]`), state none."""
    for number, (status, definitions) in enumerate((
            ("![accepted]", "[accepted]: https://img.shields.io/badge/Accepted-green?style=for-the-badge"),
            ("[![adr: accepted][adr-accepted-badge]][adr-0002]",
             "[adr-accepted-badge]: https://img.shields.io/badge/adr-accepted-green.svg\n[adr-0002]: ./0002-use-b.md"),
            ("![build][b]", "[b]: https://img.shields.io/badge/build-passing-green.svg"),
            ("![ci: proposed][c]", "[c]: https://example.org/c.png")), 1):
        write(project, number, f"Use {'ABCD'[number - 1]}", f"{status}\n\n{definitions}")
    listed = rows(project)
    assert [listed[n]["status"] for n in (1, 2, 3, 4)] == ["accepted", "accepted", None, None]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert sorted((finding["path"][-13:], finding["code"]) for finding in findings) == [
        ("0003-use-c.md", "ADR301"), ("0004-use-d.md", "ADR301")]


def test_a_status_history_reads_its_latest_entry(project: Project) -> None:
    """Several status entries, newest last (slior/adrflow, ministryofjustice/opg-lpa, buenhyden/hy-home.docker):
    the latest is the status, by day when every entry gives one; a struck-out status gives way to the next; a
    table of history rows reads its latest row, no placeholder. Not a history: prose after the status, the
    template's choices undated."""
    write(project, 1, "Use A", "Proposed 2018-12-09\nAccepted 2018-12-10\n\nSupersedes [2](0002-use-b.md)")
    write(project, 2, "Use B", "* Proposed (2021-06-16)\n* Rejected partially (2022-09-26)")
    write(project, 3, "Use C", "- **Proposed**: 2026-03-26\n- **Accepted**: 2026-03-26")
    write(project, 4, "Use D", "* 2020-02-01 Accepted\n* 2020-01-01 Proposed")  # by day, not by place
    write(project, 5, "Use E", "~~Proposed~~\n\nAccepted")
    write(project, 6, "Use F", "| Status | Date |\n|---|---|\n| Proposed | 2020-01-01 |\n| Accepted | 2020-02-01 |")
    write(project, 7, "Use G", "Accepted.\n\nWe will revisit this next year.")
    write(project, 8, "Use H", "* Proposed\n* Accepted\n* Rejected")
    write(project, 9, "Use I", "Proposed 2019-01-01\n\nWe decided on 2019-02-01 to wait.")
    project.write("decisions/0010-use-j.md", "---\nstatus: active\n---\n# 10. Use J\n\n## Status\n\n"
                  "- **Proposed**: 2026-03-26\n- **Accepted**: 2026-03-27\n\n## Context\n\nC.\n")
    listed = rows(project)
    assert [listed[n]["status"] for n in range(1, 11)] == [
        "accepted", "rejected", "accepted", "accepted", "accepted", "accepted", "accepted", "proposed", "proposed",
        "accepted"]
    assert listed[1]["supersedes"] == [2]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [finding["path"] for finding in findings if finding["code"] == "ADR301"] == []


def test_a_status_history_entry_with_a_remark_is_read_and_a_commented_one_is_not(project: Project) -> None:
    """Attack 55b M2, M3: an entry opened by its day may say more after its word (`accepted by [Bob](..) after
    review`, `Accepted — by the CTO`, a line break's backslash, a comment): it is the latest, the record dated by it
    where nothing else dates it. A commented-out entry (on a line or over several) is no entry."""
    history = {1: "2024-01-02 proposed\n\n2024-01-09 accepted by [Bob](http://x) after review",
               2: "- 2024-01-02: Proposed\n- 2024-01-09: Accepted — by the CTO",
               3: "2024-01-02 proposed\\\n2024-01-09 accepted",
               4: "2024-01-02 proposed\n\n2024-01-09 accepted <!-- by the board -->",
               5: "2024-01-02 proposed\n\n<!-- 2024-01-09 accepted -->",
               6: "2024-01-02 proposed\n\n<!--\n2024-01-09 accepted\n-->"}
    for number, status in history.items():
        project.write(f"decisions/{number:04d}-x.md", f"# {number}. X\n\n## Status\n\n{status}\n\n## Context\n\nC.\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["date"]) for n in history] == [
        ("accepted", "2024-01-09"), ("accepted", "2024-01-09"), ("accepted", "2024-01-09"),
        ("accepted", "2024-01-09"), ("proposed", "2024-01-02"), ("proposed", "2024-01-02")]


def test_a_status_history_s_new_entry_is_a_status_change_in_the_log(project: Project, repo: GitRepo) -> None:
    """An entry added under the history (`Accepted 2018-12-10` under `Proposed 2018-12-09`) is `adr log`'s
    `status proposed -> accepted`, as any edit of the status is."""
    write(project, 1, "Use A", "Proposed 2018-12-09")
    repo.commit("Propose A", "2018-12-09T10:00:00+00:00")
    write(project, 1, "Use A", "Proposed 2018-12-09\n\nAccepted 2018-12-10")
    repo.commit("Accept A", "2018-12-10T10:00:00+00:00")
    changes = [line.split(None, 3)[3].split("  ", 1)[0] for line in project.run("log", "1").stdout.splitlines()[1:]]
    assert changes == ["created (proposed)", "status proposed -> accepted"]


def test_a_kramdown_attribute_list_styles_the_status(project: Project) -> None:
    """just-the-docs sites colour the status with `{: .label .label-green}` on its line or the next
    (daniel-frak/backity): the status is the word, and no placeholder is reported."""
    write(project, 1, "Use A", "Accepted\n{: .label .label-green}")
    write(project, 2, "Use B", "Proposed {: .label .label-yellow }")
    write(project, 3, "Use C", "{status}")  # the template's placeholder stays one
    listed = rows(project)
    assert [listed[n]["status"] for n in (1, 2, 3)] == ["accepted", "proposed", None]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [finding["path"][-len("0003-use-c.md"):] for finding in findings if finding["code"] == "ADR301"] == [
        "0003-use-c.md"]


def test_a_status_with_who_gave_it_or_in_parentheses(project: Project) -> None:
    """`Proposed by [@ann](https://github.com/ann)` (tmforum-oda/oda-ca-docs) and `Proposed by Jane Doe` are
    proposed; `(DRAFT)` alone (aws/aws-cdk-rfcs) is draft. A record's link after `by` stays a relation's
    (`Reverted by [..](0001-use-a.md)`), and words in parentheses that are no status stay unread."""
    write(project, 1, "Use A", "Proposed by [@ann](https://github.com/ann)")
    write(project, 2, "Use B", "Proposed by Jane Doe")
    write(project, 3, "Use C", "(DRAFT)")
    write(project, 4, "Use D", "Reverted by [1. Use A](0001-use-a.md)")
    write(project, 5, "Use E", "(see the wiki)")
    listed = rows(project)
    assert [listed[n]["status"] for n in range(1, 6)] == ["proposed", "proposed", "draft", "reverted", None]
    assert "adr4 -->|reverted by| adr1" in project.run("graph").stdout


def test_a_relation_in_a_sentence_after_the_status(project: Project) -> None:
    """`Proposed. Supersedes ADR-036.` (rjmurillo/ai-agents; `Accepted. Supersedes ADR-0003.` elsewhere): the
    status, and the records the next sentence names, as after a `;`; a sentence that names none is prose."""
    for number in (1, 2, 3):
        write(project, number, f"Use {number}", "Accepted")
    write(project, 4, "Use D", "Proposed. Supersedes ADR-001.")
    write(project, 5, "Use E", "Accepted. Supersedes ADR-002 (naming) and ADR-003 (layout).")
    write(project, 6, "Use F", "Accepted. We chose it over ADR-001.")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["supersedes"]) for n in (4, 5, 6)] == [
        ("proposed", [1]), ("accepted", [2, 3]), ("accepted", [])]


def test_a_status_pointing_to_a_section_of_its_own_record(project: Project) -> None:
    """`**DEPRECATED** _check [update 1](#update-1)_` (bud-co's logs: the update below says why) is deprecated,
    with or without the emphasis; an anchor whose label names a record (`Superseded by [ADR 1](#adr-1)`, a log
    kept in one file) still names it."""
    write(project, 1, "Use A", "**DEPRECATED** _check [update 1](#update-1)_")
    write(project, 2, "Use B", "**REJECTED** check [update 2](#update-2)")
    write(project, 3, "Use C", "Superseded by [ADR 1](#adr-1)")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["superseded_by"]) for n in (1, 2, 3)] == [
        ("deprecated", []), ("rejected", []), ("superseded", [1])]


def test_no_field_is_read_inside_a_code_fence_and_a_state_row_is_the_status(project: Project) -> None:
    """kubewarden/rfc: a key/value table under no title (`| State | **REJECTED** |`) states the status (its
    `Start Date` row the day), and
    `status:`, `date:` and `## Deciders` inside a fenced block state nothing; `ACCEPTED, later DEPRECATED`
    is what it became. A `State` column over rows (a table of states) is no status."""
    table = "|  |  |\n| :-- | :-- |\n| Feature Name | {name} |\n| Start Date | 19/12/2024 |\n| State | {state} |\n"
    fenced = "\n# Summary\n\nS.\n\n```yaml\nstatus: accepted\ndate: 2019-01-01\n```\n\n~~~\n## Deciders\n\n- Ann\n~~~\n"
    project.write("decisions/0001-a.md", table.format(name="A", state="**REJECTED**") + fenced)
    project.write("decisions/0002-b.md", table.format(name="B", state="**ACCEPTED, later DEPRECATED**") + fenced)
    project.write("decisions/0003-c.md", "# 3. C\n\n```\nStatus: accepted\nDate: 2019-01-01\n```\n\n"
                  "## Context\n\nC.\n")
    project.write("decisions/0004-d.md", "# 4. D\n\n| State | Meaning |\n|---|---|\n| Pending | waits |\n\n"
                  "## Context\n\nC.\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["date"], listed[n]["decision_makers"]) for n in range(1, 5)] == [
        ("rejected", "2024-12-19", []), ("deprecated", "2024-12-19", []), (None, None, []), (None, None, [])]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert not any(finding["code"] == "ADR301" for finding in findings)


def test_what_a_status_later_became_is_read_from_its_first_word_alone(project: Project) -> None:
    """`Accepted , later deprecated` (a blank before the comma) and `Accepted; but later superseded` are what the
    record became; `Accepted,later deprecated`, and a word between the status and `later` on a `Status:` line even
    after a run of blanks a line can hold, are the first status; a Status section's paragraph that long is no status (read at once, not word by word)."""
    statuses = ("Accepted , later deprecated", "**Accepted**; but later superseded", "Accepted,later deprecated")
    for number, status in enumerate(statuses, start=1):
        write(project, number, f"Use {number}", status)
    project.write("decisions/0004-use-4.md", "# 4. Use 4\n\nStatus: Accepted" + " " * 20_000 + "x later deprecated\n")
    project.write("decisions/0005-use-5.md", "# 5. Use 5\n\n## Status\n\nAccepted" + " " * 20_000 + "(x\n")
    listed = rows(project)
    assert [listed[n]["status"] for n in range(1, 6)] == ["deprecated", "superseded", "accepted", "accepted", None]


def _links(row: dict[str, object]) -> list[tuple[object, object, object]]:
    return [(link["kind"], link["number"], link["id"]) for link in row["links"]]  # type: ignore[attr-defined]


def test_a_relation_in_parentheses_after_the_status_names_its_record(project: Project) -> None:
    """ministryofjustice/opg-lpa's `Accepted (replaces ADR 0013)` (so 13's bare `Superceded (2023-04-13)` has a
    successor: no ADR302), pulibrary/tigerdata-app's `Superseded (by 0013)`, and a link inside; words, a day or
    `by` after a status other than superseded name none."""
    write(project, 1, "Use A", "* Superceded (2023-04-13)")
    write(project, 2, "Use B", "Accepted (replaces ADR 0001)")
    write(project, 3, "Use C", "Superseded (by ADR-0004)")
    write(project, 4, "Use D", "Accepted (supersedes [ADR 0002](0002-use-b.md))")
    write(project, 5, "Use E", "Accepted (replaces the 2019-05-01 design)")
    write(project, 6, "Use F", "Accepted (by 0004)")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["supersedes"], listed[n]["superseded_by"]) for n in range(1, 7)] == [
        ("superseded", [], []), ("accepted", [1], []), ("superseded", [], [4]), ("accepted", [2], []),
        ("accepted", [], []), ("accepted", [], [])]
    assert _links(listed[4]) == [("supersedes", 2, "0002")]
    assert "ADR302" not in project.run("validate").stdout


def test_a_partial_supersession_is_amends_whichever_record_words_it(project: Project) -> None:
    """elsa-workflows/elsa-core: `**Status**: V1 permission-mapping portion superseded by [3](..)` is partially
    superseded and amended by 3; `Accepted; supersedes the v1 ... portion of [1](..)` amends 1 and supersedes
    nothing; `Accepted; refines [1](..)` refines it (the log's own word); a portion named in a sentence with more after it still
    names the record, but is no status."""
    project.write("decisions/0001-a.md", "# A\n\n**Status**: V1 permission-mapping portion superseded by "
                                         "[0003](0003-c.md)\n\nText.\n")
    project.write("decisions/0002-b.md", "# B\n\n**Status**: The API part was superseded by [0003](0003-c.md) "
                                         "last year, see below\n\nText.\n")
    project.write("decisions/0003-c.md", "# C\n\n**Status**: Accepted; supersedes the v1 permission-mapping "
                                         "portion of [0001](0001-a.md)\n\n**Date**: 2026-07-24\n")
    project.write("decisions/0004-d.md", "# D\n\n**Status**: Accepted; refines [0001](0001-a.md)\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["supersedes"], listed[n]["superseded_by"], _links(listed[n]))
            for n in range(1, 5)] == [
        ("partially superseded", [], [], [("amended-by", 3, "0003")]), (None, [], [], [("amended-by", 3, "0003")]),
        ("accepted", [], [], [("amends", 1, "0001")]), ("accepted", [], [], [("refines", 1, "0001")])]
    assert project.run("graph").stdout.split("\n")[-4:] == [
        "  adr3 -->|amends| adr1", "  adr3 -->|amends| adr2", "  adr4 -->|refines| adr1", ""]


def test_more_relation_words_map_to_the_relations_adr_knows(project: Project) -> None:
    """slior/adrflow's `generalized_by [2](..)` and `mentions 1` (a number alone), sotayamashita's `| Extends |
    ADR-0002 |` row and Nepopams' `**Refines**: ADR-001-P section on ...`: extended-by, relates-to, extends and
    refines; a number after a status word, or `Extends 3 earlier designs` (prose: no colon), names none."""
    write(project, 1, "Use A", "Accepted 2017-07-11\n\ngeneralized_by [2](0002-use-b.md)")
    write(project, 2, "Use B", "Accepted 2017-07-12\n\nmentions 1")
    project.write("decisions/0003-c.md", "# ADR-0003: C\n\n| Status  | Proposed   |\n| ------- | ---------- |\n"
                                         "| Extends | ADR-0002   |\n\n## Context\n\nC.\n")
    project.write("decisions/0004-d.md", "# ADR-004: D\n\n**Status**: Proposed\nExtends 3 earlier designs.\n**Refines**: ADR-001-P section on "
                                         "endpoint versioning\n\n## Context\n\nC.\n")
    listed = rows(project)
    assert [_links(listed[n]) for n in range(1, 5)] == [
        [("extended-by", 2, "0002")], [("relates-to", 1, None)], [("extends", 2, None)], [("refines", 1, None)]]
    assert [listed[n]["status"] for n in range(1, 5)] == ["accepted", "accepted", "proposed", "proposed"]


def test_adr_cli_s_windows_link_and_a_superseded_by_heading(project: Project) -> None:
    """gjkaal/adr-cli's `Extends [00001.A](.\\0001-a)` (a Windows path, no `.md`) names record 1 by its file;
    kubewarden/rfc's `# SUPERSEDED BY [RFC 1](./0001-a.md).` is no title (its `Feature Name` row is): superseded
    by 1."""
    project.write("decisions/0001-a.md", "# 1. A\n\nDate: 2025-10-28\n\n## Status\n\nAccepted\n")
    project.write("decisions/0002-b.md", "# 2. B\n\nDate: 2025-10-28\n\n## Status\n\n__Obsolete__\n\n"
                                         "Extends [00001.A](.\\0001-a)\n")
    project.write("decisions/0003-c.md", "| | |\n| :-- | :-- |\n| Feature Name | C |\n\n"
                                         "# SUPERSEDED BY [RFC 1](./0001-a.md).\n\nWhat follows.\n")
    listed = rows(project)
    assert [(link["kind"], link["number"], link["id"], link["href"]) for link in listed[2]["links"]] == [
        ("extends", 1, "0001", ".\\0001-a")]
    assert (listed[3]["title"], listed[3]["superseded_by"], _links(listed[3])) == (
        "C", [1], [("superseded-by", 1, "0001")])
    assert "ADR403" not in project.run("validate").stdout


def test_a_superseded_by_heading_with_the_title_after_a_colon_keeps_the_title(project: Project) -> None:
    """V-Sekai/manuals' `# Superceded by <20250427-b.md>: Phoenix ...`: the autolink names the successor, the words
    after the colon are the title; a colon inside the successor's link is no title. The heading states the status
    too (superseded) where nothing else states one (it gave none); a status bullet under it keeps its word."""
    project.write("decisions/20250416-a.md", "# Superceded by <20250427-b.md>: Phoenix-Based Recommender\n\n"
                                             "## Context\n\nWhy.\n")
    project.write("decisions/20250427-b.md", "# Phoenix with Pythonx\n\n## Context\n\nWhy.\n")
    project.write("decisions/20250428-c.md", "# Superseded by [ADR: B](20250427-b.md)\n\n## Context\n\nWhy.\n")
    listed = {row["id"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(listed[key]["title"], _links(listed[key])) for key in ("20250416-a", "20250428-c")] == [
        ("Phoenix-Based Recommender", [("superseded-by", None, "20250427-b")]),
        (None, [("superseded-by", None, "20250427-b")])]
    assert [listed[key]["status"] for key in ("20250416-a", "20250428-c")] == ["superseded", "superseded"]
    project.write("decisions/20250429-d.md", "# Superseded by <20250427-b.md>: D\n\n- Status: accepted\n")
    assert rows_by_id(project)["20250429-d"]["status"] == "accepted"


def rows_by_id(project: Project) -> dict[str, dict[str, object]]:
    return {row["id"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}


def test_a_status_with_the_day_it_was_given(project: Project) -> None:
    """kyma-project's `Invalidated on 2021-08-04.` is invalidated, `Superseded on DAY by [..](..)` names its
    successor, a history `Proposed on DAY, Accepted on DAY` states its latest; prose with a day states none."""
    write(project, 1, "A", "Invalidated on 2021-08-04.")
    write(project, 2, "B", "Superseded on 2021-08-04 by [ADR 3](0003-c.md).")
    write(project, 3, "C", "Proposed on 2021-07-12, Accepted on 2021-08-04")
    write(project, 4, "D", "We decided on 2021-08-04 to wait.")
    assert [(row["status"], row["superseded_by"]) for row in rows(project).values()] == [
        ("invalidated", []), ("superseded", [3]), ("accepted", []), (None, [])]



def test_a_status_with_its_day_is_read_at_once_beside_a_long_run_of_blanks(project: Project) -> None:
    """A dated status's entries are split at their commas whatever blanks surround them (`Proposed on DAY ,
    Accepted on DAY`), and a `Status:` line, front matter or bullet with a run of blanks a line can hold after its
    `on` reads as it did, at once (not a run of blanks tried at each of its places)."""
    blanks = " " * 20_000
    write(project, 1, "A", "Proposed on 2021-07-12 ,  Accepted on 2021-08-04")
    project.write("decisions/0002-b.md", f"# 2. B\n\nStatus: Accepted on{blanks}x\n")
    project.write("decisions/0003-c.md", f"---\nstatus: Accepted on{blanks}x\n---\n# C\n")
    project.write("decisions/0004-d.md", f"# 4. D\n\n* Status: Accepted on{blanks}2021-08-04\n")
    assert [(row["status"], row["date"]) for row in rows(project).values()] == [
        ("accepted", "2021-04-19"), ("accepted", None), ("accepted", None), ("accepted", "2021-08-04")]


def test_a_status_with_where_it_came_from_and_an_emphasised_status_heading(project: Project) -> None:
    """celestiaorg/celestia-app's `Implemented in <https://..pull/1557>` and `Deprecated in favor of [x#66](https://..)`
    are their statuses (the links go to web pages, not records), cosmos/ibc-rs's `## **Status**` is the Status
    section; `Deprecated in favor of [ADR 1](0001-t1.md)` still names the record it links, as before."""
    status = "# {n}. T{n}\n\nDate: 2021-01-01\n\n## {heading}\n\n{text}\n"
    forms = [("Status", "Accepted"), ("Status", "Implemented in <https://github.com/o/r/pull/1557>"),
             ("Status", "Deprecated in favor of [orchestrator-relayer#66](https://github.com/o/r/issues/66)"),
             ("**Status**", "Accepted"), ("Status", "Deprecated in favor of [ADR 1](0001-t1.md)")]
    for n, (heading, text) in enumerate(forms, start=1):
        project.write(f"decisions/{n:04d}-t{n}.md", status.format(n=n, heading=heading, text=text))
    listed = rows(project)
    assert [listed[n]["status"] for n in range(1, 5)] == ["accepted", "implemented", "deprecated", "accepted"]
    assert [_links(listed[n]) for n in (2, 3, 5)] == [[], [], [("deprecated-in-favor-of", 1, "0001")]]


def test_a_status_written_as_a_task_list_is_its_last_ticked_box(project: Project) -> None:
    """Arbeidstilsynet/design's `- [x] Foreslått (dato: ..)` / `- [x] Akseptert (dato: 2025-06-10)` / `- [ ]
    Avvist`: the last ticked box is the status, dated by its own day; an English list reads the same way, and so
    do boxes a line each with no list marker (`[ ] Предложено` / `[x] Принято`)."""
    project.write("decisions/0001-a.md", "# 1. A\n\n## Status\n\n- [x] Foreslått (dato: 2025-06-02)\n"
                  "- [x] Akseptert (dato: 2025-06-10)\n- [ ] Avvist (dato: ÅÅÅÅ-MM-DD)\n\n## Kontekst\n\nC.\n")
    write(project, 2, "B", "- [ ] Proposed\n- [x] Accepted\n- [ ] Rejected")
    write(project, 3, "C", "[ ] Предложено\n[x] Принято\n[ ] Отклонено")  # boxes with no list marker
    listed = rows(project)
    assert (listed[1]["status"], listed[1]["date"]) == ("accepted", "2025-06-10")
    assert (listed[2]["status"], listed[3]["status"]) == ("accepted", "accepted")
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [finding["code"] for finding in findings if finding["code"] == "ADR301"] == []


def test_a_task_list_with_no_box_ticked_is_the_templates_choices(project: Project) -> None:
    """`- [ ] Proposed` / `- [ ] Accepted` with nothing ticked states no status: the template's choices, left as
    they were (ADR301 says so), and a remark's day that is no date key (`frist:`) dates nothing."""
    write(project, 1, "A", "- [ ] Proposed\n- [ ] Accepted\n- [ ] Rejected")
    project.write("decisions/0002-b.md", "# 2. B\n\n## Status\n\n- [x] Akseptert (frist: 2025-06-10)\n\n"
                  "## Kontekst\n\nC.\n")
    listed = rows(project)
    assert (listed[1]["status"], listed[2]["status"], listed[2]["date"]) == (None, "accepted", None)
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(finding["path"].rsplit("/", 1)[-1], finding["code"]) for finding in findings
            if finding["code"] == "ADR301"] == [("0001-a.md", "ADR301")]


def test_a_status_then_a_bar_and_its_day_or_braces_in_code_is_no_placeholder(project: Project) -> None:
    """YorgosPag/NestorApp's `**IMPLEMENTED** | 2026-02-05` and `✅ **ACTIVE — 2026-07-08** — .. (`src/{a,b}`)`
    state a status; `Proposed | Accepted | Rejected`, `{proposed | accepted}` and `proposed — accepted | rejected`
    stay the template's choices."""
    project.write("decisions/0001-a.md", "# 1. A\n\n## Status\n\n**IMPLEMENTED** | 2026-02-05\n\n## Context\n\nC.\n")
    project.write("decisions/0002-b.md", "# 2. B\n\n## Status\n\n✅ **ACTIVE — 2026-07-08** — De-duplication "
                  "(`src/app/api/{instagram,whatsapp}`)\n\n## Context\n\nC.\n")
    write(project, 3, "C", "Proposed | Accepted | Rejected")
    write(project, 4, "D", "{proposed | accepted}")
    write(project, 5, "E", "proposed — accepted | rejected")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["date"]) for n in (1, 2)] == [("implemented", "2026-02-05"),
                                                                         ("active", "2026-07-08")]
    assert (listed[3]["status"], listed[4]["status"], listed[5]["status"]) == (None, None, None)


def test_a_status_struck_with_single_tildes_gives_way_as_a_double_struck_one(project: Project) -> None:
    """GitHub strikes text through with one tilde too (weaveworks/weave-gitops: `~Accepted~` then `Superseded by
    [..](..)`): superseded by that record, as with `~~Accepted~~`; `~Proposed~ Accepted` and `~Proposed~` over
    `Accepted` are accepted. Tildes with blanks inside strike nothing: `~ Proposed ~ Accepted` stays proposed."""
    write(project, 1, "Use A", "~Accepted~\n\nSuperseded by [ADR-0002 Use B](./0002-use-b.md)\n\nNo longer used.")
    write(project, 2, "Use B", "~Proposed~ Accepted")
    write(project, 3, "Use C", "~Proposed~\n\nAccepted")
    write(project, 4, "Use D", "~~Accepted~~\n\nSuperseded by [ADR-0002 Use B](./0002-use-b.md)")
    write(project, 5, "Use E", "~ Proposed ~ Accepted")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["superseded_by"]) for n in range(1, 6)] == [
        ("superseded", [2]), ("accepted", []), ("accepted", []), ("superseded", [2]), ("proposed", [])]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [finding["code"] for finding in findings if finding["code"] == "ADR301"] == []


def test_a_status_chosen_by_bolding_one_of_the_template_s_choices(project: Project) -> None:
    """flux-iac/tofu-controller's `* Status: [ **proposed** | rejected | accepted | deprecated ]`: the bolded
    choice is the status; none bolded, or two, is still the template's placeholder."""
    bullets = "# {n}. {title}\n\n* Status: {status}\n* Date: 2023-07-18\n\n## Context\n\nC.\n"
    for number, title, status in ((1, "Use A", "[ **proposed** | rejected | accepted | deprecated ]"),
                                  (2, "Use B", "[ proposed | rejected | __accepted__ | deprecated ]"),
                                  (3, "Use C", "[ proposed | rejected | accepted | deprecated ]"),
                                  (4, "Use D", "[ **proposed** | rejected | **accepted** | deprecated ]")):
        project.write(f"decisions/{number:04d}-{title.lower().replace(' ', '-')}.md",
                      bullets.format(n=number, title=title, status=status))
    listed = rows(project)
    assert [listed[n]["status"] for n in range(1, 5)] == ["proposed", "accepted", None, None]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert sorted(finding["path"].rsplit("/", 1)[-1][:4] for finding in findings if finding["code"] == "ADR301") \
        == ["0003", "0004"]


def test_a_relation_sentence_opening_with_this_names_its_record(project: Project) -> None:
    """weaveworks/weave-gitops' `This supersedes [ADR-0005 ..](./0005-..md).`, `This ADR supersedes`, `This
    decision supersedes` and `This record amends`: the relation, not a link labelled `this-supersedes`; prose that
    opens with `This superseded approach` mentions its record."""
    write(project, 1, "Use A", "Superseded by [2. Use B](0002-use-b.md)")
    write(project, 2, "Use B", "Accepted\n\nThis supersedes [ADR-0001 Use A](./0001-use-a.md).")
    write(project, 3, "Use C", "Accepted\n\nThis ADR supersedes [1. Use A](0001-use-a.md)\n\n"
          "This record amends [2. Use B](0002-use-b.md)")
    write(project, 4, "Use D", "Accepted\n\nThis decision supersedes [3. Use C](0003-use-c.md)")
    write(project, 5, "Use E", "Accepted\n\nThis superseded approach was [1. Use A](0001-use-a.md) and more.")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["supersedes"], [(link["kind"], link["number"]) for link in
                                                           listed[n]["links"]]) for n in (2, 3, 4, 5)] == [
        ("accepted", [1], [("supersedes", 1)]), ("accepted", [1], [("supersedes", 1), ("amends", 2)]),
        ("accepted", [3], [("supersedes", 3)]), ("accepted", [], [])]


def test_section_headings_and_keys_decorated_with_a_pictograph_or_numbered(project: Project) -> None:
    """tiagonpsilva/architecture-decision-records' `## ⚡ Status` over `Proposto` (its template's), and the same
    class as other hobby and AI-written logs write it: `## 📌 Status`, `## Status 🚦`, `## 🚦 Status:`, a
    numbered `## 1. Status`, keys `**🚦 Status:** Accepted` and `📅 Date: 2021-11-05`, a `## 📅 Date` section: the
    status and the day. Near misses keep their reading: `## ⚡ Status of the migration` and `## 2024 Status` name
    no Status section; `→ Date:` (an arrow, no pictograph) is no key; `## 📅 Data` over prose gives no day."""
    records = {
        1: "Data: 2024-04-19\n\n## ⚡ Status\n\nProposto\n\n## 🎯 Contexto\n\nC.\n",
        2: "Date: 2021-11-05\n\n## 📌 Status\n\nAccepted\n\n## Context\n\nC.\n",
        3: "Date: 2021-11-05\n\n## Status 🚦\n\nAccepted\n\n## Context\n\nC.\n",
        4: "Date: 2021-11-05\n\n## 1. Status\n\nAccepted\n\n## 2. Context\n\nC.\n",
        5: "**🚦 Status:** Accepted\n**📅 Date:** 2021-11-05\n\n## Context\n\nC.\n",
        6: "📅 Date: 2021-11-05\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n",
        7: "## 📅 Date\n\n2021-11-05\n\n## 🚦 Status:\n\nAccepted\n\n## Context\n\nC.\n",
        8: "Date: 2021-11-05\n\n## ⚡ Status of the migration\n\nAccepted\n\n## Context\n\nC.\n",
        9: "Date: 2021-11-05\n\n## 2024 Status\n\nAccepted\n\n## Context\n\nC.\n",
        10: "→ Date: 2021-11-05\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n",
        11: "## Status\n\nAccepted\n\n## 📅 Data\n\nData is kept since 2021-11-05 in one store.\n",
    }
    for number, text in records.items():
        project.write(f"decisions/{number:04d}-r.md", f"# {number}. R\n\n{text}")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["date"]) for n in range(1, 12)] == [
        ("proposed", "2024-04-19"), *[("accepted", "2021-11-05")] * 6, (None, "2021-11-05"), (None, "2021-11-05"),
        ("accepted", None), ("accepted", None)]


def test_a_status_chosen_by_emphasis_in_a_status_section_s_list_of_every_status(project: Project) -> None:
    """Real records in the index (repository not identified) write every status in the Status section and mark the
    one chosen: `~~Proposed~~ | **Accepted** | ~~Depreciated~~ | ~~Superceded~~` (ADR-002 Override Default Type
    Constraints), `**Proposed** | ~~Accepted~~ | ~~Deprecated~~ | ~~Superceded~~` (ADR 1 External Tooling), and a
    Copilot prompt's `Proposed | **Accepted** | Rejected | Superseded | Deprecated`: the one emphasised, or the one
    not struck out, and no ADR301 error. A list with nothing chosen, or two, stays the template's placeholder."""
    write(project, 1, "Use A", "~~Proposed~~ | **Accepted** | ~~Depreciated~~ | ~~Superceded~~")
    write(project, 2, "Use B", "**Proposed** | ~~Accepted~~ | ~~Deprecated~~ | ~~Superceded~~")
    write(project, 3, "Use C", "Proposed | **Accepted** | Rejected | Superseded | Deprecated")
    write(project, 4, "Use D", "~~Proposed~~ | Accepted | ~~Deprecated~~")
    write(project, 5, "Use E", "**proposal** | ~~accepted~~ | ~~depreciated~~ | ~~superceded~~")
    write(project, 6, "Use F", "Proposed | Accepted | Rejected | Superseded | Deprecated")
    write(project, 7, "Use G", "**Proposed** | **Accepted** | Rejected")
    listed = rows(project)
    assert [listed[n]["status"] for n in range(1, 8)] == ["accepted", "proposed", "accepted", "accepted",
                                                          "proposal", None, None]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert sorted((finding["path"].rsplit("/", 1)[-1][:4], finding["severity"]) for finding in findings
                  if finding["code"] == "ADR301") == [("0006", "error"), ("0007", "error")]


def test_a_status_line_apart_by_middle_dots_gives_its_day(project: Project) -> None:
    """rsstdd/fleet-console's `**Status:** Decided · 2026-08-19 · Implemented` (its template: the state, the day it
    was decided, how far the work went) and other logs' `**Status:** Accepted · 2026-08-06 · issue [#742](..)`, as
    `Decided, 2026-08-19` is read: the status, and the first day; keys after a middle dot stay keys of their own
    (`Accepted · **Date:** 2026-10-04`), and a day after words that are no state is no decision's day."""
    heads = ("**Status:** Decided · 2026-08-19 · Implemented",
             "**Status:** Decided · 2026-08-19 · Implemented 2026-08-20",
             "**Status:** Accepted · 2026-08-06 · issue [#742](https://github.com/o/r/issues/742)",
             "**Status:** accepted · 2026-08-19 · decided by Tommi",
             "**Status:** Accepted · **Date:** 2026-10-04 · by Ann",
             "**Status:** Accepted · see the review of 2026-10-05")
    for number, head in enumerate(heads, start=1):
        project.write(f"decisions/{number:04d}-r.md", f"# ADR-{number:04d}: R\n\n{head}\n\n## Context\n\nC.\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["date"]) for n in range(1, 7)] == [
        ("decided", "2026-08-19"), ("decided", "2026-08-19"), ("accepted", "2026-08-06"), ("accepted", "2026-08-19"),
        ("accepted", "2026-10-04"), ("accepted", None)]


def test_a_status_with_an_entity_or_a_comment_missing_its_bang_is_read(project: Project) -> None:
    """V-Sekai/manuals' `- Status: Draft&#x20;` (an entity an export leaves at a line's end, as GitBook and Notion
    do; `&nbsp;` too) and `- Status: Draft <-- draft | rejected | accepted -->` (a comment whose `!` was lost: the
    template's choices) read `draft`; they gave no status (the second with an ADR301 warning). Near misses: an
    entity inside a status that is no status word (`R&amp;D approved`) and a lost comment alone give none."""
    for number, status in enumerate(("Draft&#x20;", "accepted&nbsp;", "Draft <-- draft | rejected | accepted -->",
                                     "R&amp;D approved", "<-- draft | accepted -->"), start=1):
        project.write(f"decisions/{number:04d}-a.md", f"# A\n\n- Status: {status}\n- Date: 2024-01-02\n")
    listed = rows(project)
    assert [listed[n]["status"] for n in range(1, 6)] == ["draft", "accepted", "draft", None, None]


def test_a_status_section_asked_for_by_a_question_is_the_status_section(project: Project) -> None:
    """V-Sekai/manuals' proposal template asks `## What is the status of the proposal?` over `Status: Proposed`
    (or `**Status:** Accepted`), and its older one `### Describe the status of the issue` over a checklist of
    statuses (the last ticked): the record's status (they gave none). Near miss: a question about something
    else's status (`## What is the status of the API?`) is a section of the body."""
    project.write("decisions/0001-a.md", "# 1. A\n\n## What is the status of the proposal?\n\nStatus: Proposed\n\n"
                  "## Context\n\nC.\n")
    project.write("decisions/0002-a.md", "# 2. A\n\n## What's the status?\n\n**Status:** Accepted\n")
    project.write("decisions/0003-a.md", "# 3. A\n\n## What is the status of the API?\n\nStable.\n\n## Context\n\nC.\n")
    project.write("decisions/0004-a.md", "# 4. A\n\n### Describe the status of the issue\n\n- [x] proposed\n"
                  "- [ ] draft\n- [x] accepted\n\n## Context\n\nC.\n")
    listed = rows(project)
    assert [listed[n]["status"] for n in (1, 2, 3, 4)] == ["proposed", "accepted", None, "accepted"]


def test_a_status_word_then_its_successor_in_brackets_or_after_a_comma(project: Project) -> None:
    """`Deprecated (Replaced by ADR #0012)` (a log the survey read), `Deprecated (Superseded by ADR-0012)` and
    `Deprecated, replaced by [ADR 12](0012-x.md)` keep their status and name the successor (none was read), as
    `Deprecated; superseded by ...` does; `Replaces ADR-0003` alone and `Accepted, supersedes [3](..)` name the
    record replaced. Near miss: `Accepted, replacing the old approach` names nothing."""
    for number, status in enumerate(("Deprecated (Replaced by ADR #0012)", "Deprecated (Superseded by ADR-0012)",
                                     "Deprecated, replaced by [ADR 12](0012-x.md)", "Replaces ADR-0003",
                                     "Accepted, supersedes [3](0003-x.md)",
                                     "Accepted, replacing the old approach by a new one"), start=4):
        project.write(f"decisions/{number:04d}-a.md", f"# {number}. A\n\n## Status\n\n{status}\n")
    project.write("decisions/0003-x.md", "# 3. X\n\n## Status\n\nAccepted\n")
    project.write("decisions/0012-x.md", "# 12. X\n\n## Status\n\nAccepted\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["supersedes"], listed[n]["superseded_by"]) for n in range(4, 10)] == [
        ("deprecated", [], [12]), ("deprecated", [], [12]), ("deprecated", [], [12]), (None, [3], []),
        ("accepted", [3], []), ("accepted", [], [])]


def test_a_sentence_saying_what_became_of_the_decision_is_its_status(project: Project) -> None:
    """`Technical decision has been accepted.` (a Status section of a log the survey read), `This ADR is accepted.`,
    `The decision was accepted on 2020-01-01.` and `This proposal has been rejected.` state a status (none was
    read). Near misses name none: a sentence about something else (`It is accepted that we need more tests.`), or
    one that goes on (`This ADR is accepted, but we may revisit it.`)."""
    for number, status in enumerate(("Technical decision has been accepted.", "This ADR is accepted.",
                                     "The decision was accepted on 2020-01-01.", "This proposal has been rejected.",
                                     "It is accepted that we need more tests.",
                                     "This ADR is accepted, but we may revisit it."), start=1):
        project.write(f"decisions/{number:04d}-a.md", f"# {number}. A\n\n## Status\n\n{status}\n")
    listed = rows(project)
    assert [listed[n]["status"] for n in range(1, 7)] == ["accepted", "accepted", "accepted", "rejected", None, None]


def test_a_superseded_by_heading_under_the_title_is_the_status(project: Project) -> None:
    """shopware keeps its retired records with `## Superseded by [Feature flags for major versions](../x.md)` as
    the first heading (under front matter that gives the title and day, or under a title): superseded by that
    record (no status and no link were read), as `## Status: Deprecated` there is read."""
    project.write("decisions/0001-a.md", "---\ntitle: Feature flag system\ndate: 2020-08-10\n---\n\n"
                  "## Superseded by [Feature flags for major versions](0002-b.md)\n\n## Context\n\nC.\n")
    project.write("decisions/0002-b.md", "# 2. B\n\n## Status\n\nAccepted\n")
    project.write("decisions/0003-c.md", "# 3. C\n\n## Superseded by [2. B](0002-b.md)\n\n## Context\n\nC.\n")
    listed = rows(project)
    assert [(listed[n]["title"], listed[n]["status"], listed[n]["date"], listed[n]["superseded_by"])
            for n in (1, 3)] == [("Feature flag system", "superseded", "2020-08-10", [2]), ("C", "superseded", None, [2])]


def test_a_status_heading_with_its_value_below_other_sections(project: Project) -> None:
    """DFE-Digital/teaching-vacancies' early records end their `## Prologue (Summary)` with `### Status:
    **Approved**` (`### Status: **discussing**`): the status, as `## Status: Approved` right under the title is
    (none was read); so is `## Status: Approved` after a `## Summary`. Near misses: a heading that goes on in
    words (`### Status: of the migration is unclear`, `### Status: Rejected alternatives considered below`) states
    none."""
    body = "\n\nDate: 20/01/2020\n\n## Prologue (Summary)\n\nWhy.\n\n### Status: {status}\n\n## Discussion\n\nD.\n"
    project.write("decisions/0002-a.md", "# 2. A" + body.format(status="**Approved**"))
    project.write("decisions/0003-b.md", "# 3. B" + body.format(status="**discussing**"))
    project.write("decisions/0004-c.md", "# 4. C\n\n## Summary\n\nS.\n\n## Status: Approved\n")
    project.write("decisions/0005-d.md", "# 5. D" + body.format(status="of the migration is unclear"))
    project.write("decisions/0006-e.md", "# 6. E" + body.format(status="Rejected alternatives considered below"))
    listed = rows(project)
    assert [listed[n]["status"] for n in (2, 3, 4, 5, 6)] == ["approved", "discussing", "approved", None, None]


def test_a_status_word_after_the_record_it_is_of(project: Project) -> None:
    """mozilla/experimenter's `* Status: Decision proposed; accepting feedback`, and `Decision accepted`, `ADR
    accepted (2020-01-01)`, `Proposal accepted`: the lifecycle word (they gave `decision proposed`, `adr accepted`
    ...). Near miss: `Decision made` names no lifecycle word after it and stays the log's own."""
    for number, status in enumerate(("Decision proposed; accepting feedback", "Decision accepted",
                                     "ADR accepted (2020-01-01)", "Proposal accepted", "Decision made"), start=1):
        project.write(f"decisions/{number:04d}-a.md", f"# {number}. A\n\n* Status: {status}\n")
    listed = rows(project)
    assert [listed[n]["status"] for n in range(1, 6)] == ["proposed", "accepted", "accepted", "accepted",
                                                          "decision made"]


def test_a_status_word_then_its_successor_after_a_dash(project: Project) -> None:
    """`**Historisch** – ersetzt durch [ADR 004 – Inline Draft](0004-x.md).` (a German log's Status section), and
    `**Historical** - superseded by [..](..)` (a hyphen: it was read as a link's label, `historical---superseded-by`,
    and no status): the log's own word and the successor (none was named), as after a comma; `Accepted – see the
    review` names none."""
    project.write("decisions/0001-a.md", "# 1. A\n\n## Status\n\n**Historisch** – ersetzt durch "
                  "[ADR 004 – Inline Draft](0004-x.md).\n")
    project.write("decisions/0002-b.md", "# 2. B\n\n* Status: Deprecated — superseded by [ADR 4](0004-x.md)\n")
    project.write("decisions/0003-c.md", "# 3. C\n\n## Status\n\nAccepted – see the review\n")
    project.write("decisions/0004-x.md", "# 4. X\n\n## Status\n\nAccepted\n")
    project.write("decisions/0005-d.md", "# 5. D\n\n## Status\n\n**Historical** - superseded by [ADR 4](0004-x.md)\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["superseded_by"]) for n in (1, 2, 3, 5)] == [
        ("historisch", [4]), ("deprecated", [4]), ("accepted", []), ("historical", [4])]


def test_deprecated_misspelt_depreciated(project: Project) -> None:
    """Ensembl/decisions' `Depreciated.` is deprecated, as `Superceded` is superseded (it stayed `depreciated`)."""
    project.write("decisions/0014-a.md", "# 14. A\n\n## Status\n\nDepreciated.\n")
    project.write("decisions/0015-b.md", "# 15. B\n\n* Status: depreciated\n")
    listed = rows(project)
    assert [listed[n]["status"] for n in (14, 15)] == ["deprecated", "deprecated"]


def test_a_status_paragraph_keyed_by_what_it_is_the_status_of(project: Project) -> None:
    """ministryofjustice/hmpps-integration-api writes `Decision status: ✅ Accepted` in its Status section (and
    `Decision status: Superseded by [..](..)`); others `Current status: Proposed`: the status, and the successor
    (they gave `decision status`, and lost the link), as `Status: Accepted` there is read."""
    for number, status in enumerate(("Decision status: ✅ Accepted", "Current status: Proposed",
                                     "Decision status: Superseded by [ADR 9](0009-x.md)"), start=1):
        project.write(f"decisions/{number:04d}-a.md", f"# {number}. A\n\n## Status\n\n{status}\n")
    project.write("decisions/0009-x.md", "# 9. X\n\n## Status\n\nAccepted\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["superseded_by"]) for n in (1, 2, 3)] == [
        ("accepted", []), ("proposed", []), ("superseded", [9])]


def test_a_rule_of_equals_signs_under_the_status_heading_is_no_status(project: Project) -> None:
    """marouni/adr's template puts `======` under each `##` heading; lenzenmi/Gofer's records have a blank line
    between it and `Proposed`: the rule was read as the status (none, and a false ADR301 on each record). Near
    miss: a Status section holding the rule alone is empty, an error."""
    project.write("adrs/6-backend-messaging.md", "# 6. backend messaging\n======\nDate: 16-09-2020 12:06:17\n"
                  "## Status\n======\n\nProposed\n\n## Context\n======\n\nC.\n")
    project.write("adrs/7-x.md", "# 7. X\n\n## Status\n========================================\n\n**Accepted**\n")
    project.write("adrs/8-y.md", "# 8. Y\n\n## Status\n\n======\n\n## Context\n\nC.\n")
    assert [(row["status"], row["date"]) for row in rows(project).values()] == [
        ("proposed", "2020-09-16"), ("accepted", None), (None, None)]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"].rsplit("/", 1)[-1], f["code"], f["severity"]) for f in findings] == [
        ("8-y.md", "ADR301", "error")]


def test_status_lines_over_bullets_and_a_sub_decision_s_bullets(project: Project) -> None:
    """kimak-irmagi/taidon (records Codex writes): `Status: Obsolete. Superseded by` wrapped onto the link's line (and
    `and` / a second link on the lines after) over `- Conversation timestamp:` / `- Status: Obsolete` bullets: the
    successors were lost; `Status: Accepted` / `Date:` over `## Decision Record 1` and its `- Status: Obsolete`
    bullet: the sub-decision's status was the record's, its day lost. Near misses: a section's bullets under a
    title with a `Date:` line alone are the record's, as before; a sentence after a wrapped successor names none."""
    project.write("docs/adr/2026-03-18-mixed.md", "# M\n\nStatus: Accepted\nDate: 2026-03-18\n")
    project.write("docs/adr/2026-03-19-bases.md", "# N\n\nStatus: Accepted\nDate: 2026-03-19\n")
    project.write("docs/adr/2026-03-16-aliases.md", "# A\n\nStatus: Obsolete. Superseded by\n"
                  "[`2026-03-18-mixed.md`](2026-03-18-mixed.md)\nand\n[`2026-03-19-bases.md`](2026-03-19-bases.md).\n\n"
                  "- Conversation timestamp: 2026-03-16T16:20:00+07:00\n- Status: Obsolete\n\n## Question\n\nQ.\n")
    project.write("docs/adr/2026-02-20-probe.md", "# P\n\nStatus: Accepted\nDate: 2026-02-20\n\n"
                  "## Decision Record 1: X\n\n- Status: Obsolete (superseded by [Decision Record 5](#record-5))\n")
    project.write("docs/adr/2026-02-21-date-only.md", "# D\n\nDate: 2026-02-21\n\n## Overview\n\n- Status: accepted\n"
                  "- Deciders: Ann, Bob\n")
    project.write("docs/adr/2026-02-22-prose.md", "# E\n\nStatus: Superseded by\n[`2026-03-18-mixed.md`](2026-03-18-mixed.md)\n"
                  "and [`2026-03-19-bases.md`](2026-03-19-bases.md) stays in force for billing.\n")
    rows = {row["id"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [link["id"] for link in rows["2026-03-16-aliases"]["links"]] == ["2026-03-18-mixed", "2026-03-19-bases"]
    assert (rows["2026-02-21-date-only"]["status"], rows["2026-02-21-date-only"]["decision_makers"]) == (
        "accepted", ["Ann", "Bob"])
    assert [link["id"] for link in rows["2026-02-22-prose"]["links"]] == ["2026-03-18-mixed"]
    assert rows["2026-03-16-aliases"]["status"] == "obsolete"
    assert (rows["2026-02-20-probe"]["status"], rows["2026-02-20-probe"]["date"]) == ("accepted", "2026-02-20")


def test_a_date_named_successor_named_under_the_title_by_its_file(project: Project) -> None:
    """sebastianlang84/beelink_ai_stack: `Superseded by: `agents/adr/20260219-memory.md`` (a code span) named no
    successor, and ADR302 warned that none was; `Superseded by: [Memory](20260219-memory.md)` under the title named
    none either, and `[20260219](20260219-memory.md)` named record 20260219. Near misses: a numbered record's file
    in a code span names its number, as before; a note's file in a code span beside a record named is no record."""
    project.write("agents/adr/20260219-memory.md", "# Memory\n\nStatus: Accepted\n")
    for day, successor in (("16", "[Memory](20260219-memory.md)"), ("17", "[20260219](20260219-memory.md)"),
                           ("18", "`agents/adr/20260219-memory.md`")):
        project.write(f"agents/adr/202602{day}-x.md", f"# X\n\nStatus: Superseded\nSuperseded by: {successor}\n")
    rows = json.loads(project.run("--dir", "agents/adr", "list", "--format", "json").stdout)
    assert [(row["superseded_by"], [link["id"] for link in row["links"]]) for row in rows] == [
        ([], ["20260219-memory"])] * 3 + [([], [])]
    assert json.loads(project.run("--dir", "agents/adr", "validate", "--format", "json").stdout) == []
    project.write("docs/adr/0003-c.md", "# 3. C\n\nSupersedes: ADR-0002 (notes in `20200101-meeting.md`)\n\n"
                  "Date: 2020-01-01\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0001-a.md", "# 1. A\n\nDate: 2020-01-01\n\n## Status\n\nSuperseded by: `0002-b.md`\n")
    project.write("docs/adr/0002-b.md", "# 2. B\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    rows = json.loads(project.run("--dir", "docs/adr", "list", "--format", "json").stdout)
    assert [(row["superseded_by"], row["supersedes"]) for row in rows] == [([2], []), ([], []), ([], [2])]
    assert [link["id"] for row in rows for link in row["links"] if link["number"] is None] == []


def test_a_supersede_line_that_names_its_first_record_after_words_or_two_apart_by_a_slash(project: Project) -> None:
    """Agents' logs (troykelly/hermes-voip, shaal/ruvector): `**Supersedes**: Portions of ADR-001 (..), ADR-018 (..)`
    gave [18], `**Supersedes (return type only):** the bare `bool` return of ADR-0009/ADR-0021` gave [21] (the first
    record lost after the words, or before a slash), and `**Supersedes**: Partially amends ADR-029, ADR-030` gave
    [30]. Each names a part of the records it names, which stay in force: amends, as `Supersedes parts of [..](..)`
    in a Status section does and `**Supersedes (in part):**` under the title. Near misses: a list whose first item is
    words and no record names the rest, and one whose first item ends on an issue's number (`issue #123`)."""
    for number in (1, 9, 18, 21, 29, 30):
        write(project, number, f"R{number}", "Accepted")
    for number, line in ((40, "**Supersedes**: Portions of ADR-001 (storage layer), ADR-018 (block-based storage)"),
                         (41, "**Supersedes (return type only):** the bare `bool` return of ADR-0009/ADR-0021"),
                         (42, "**Supersedes**: Partially amends ADR-029 (RVF Canonical Format), ADR-030 (Container)"),
                         (43, "**Supersedes**: the 2 services we run, and ADR-0018"),
                         (44, "**Supersedes**: the draft in issue #123, ADR-0018")):
        project.write(f"decisions/00{number}-x.md", f"# {number}. X\n\n{line}\n\nDate: 2020-01-01\n\n## Status\n\n"
                      "Accepted\n")
    listed = rows(project)
    assert [listed[number]["supersedes"] for number in (40, 41, 42, 43, 44)] == [[], [], [], [18], [18]]
    assert [[link["number"] for link in listed[number]["links"] if link["kind"] == "amends"] for number in (40, 41)] \
        == [[1, 18], [9, 21]]


def test_a_struck_status_then_its_successor_a_related_record_to_come_and_a_conversation_s_day(
        project: Project) -> None:
    """mfhens/opendebt: `~~Accepted~~ — **Superseded by ADR-0035** (2026-04-10)` (no status: the struck word was the
    head, the successor after the dash); micro/go-micro's `## Related` lists records still to be written (`- ADR-002:
    Interface-First Design (planned)`: false ADR401 errors); kimak-irmagi/taidon's records Codex writes date their
    decision only by `- Conversation timestamp: 2026-03-09T10:13:04+07:00` (no date). Near misses: the struck word then another
    status (`~~Accepted~~ - Deprecated`) is that one, a Related record with another remark is named, and a record's
    own `Date:` beats its timestamp."""
    write(project, 35, "Y", "Accepted")
    write(project, 4, "D", "Accepted")
    write(project, 15, "X", "~~Accepted~~ — **Superseded by ADR-0035** (2026-04-10)")
    write(project, 16, "Z", "~~Accepted~~ - Deprecated")
    project.write("decisions/0001-a.md", "# 1. A\n\nStatus: Accepted\n\n- Conversation timestamp: 2020-01-14T17:08:02+07:00\n"
                  "- GitHub user id: @evilguest\n- Status: Accepted\n\n## Related\n\n"
                  "- ADR-002: Interface-First Design (planned)\n- ADR-004: Real (the base)\n")
    project.write("decisions/0002-b.md", "# 2. B\n\nDate: 2020-02-01\n\n## Status\n\nAccepted\n\n"
                  "- Timestamp: 2020-01-14T17:08:02+07:00\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["superseded_by"]) for n in (15, 16)] == [("superseded", [35]),
                                                                                    ("deprecated", [])]
    assert (listed[1]["date"], listed[1]["relates_to"], listed[2]["date"]) == ("2020-01-14", [4], "2020-02-01")
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [finding["code"] for finding in findings if finding["severity"] == "error"] == []


def test_a_dated_history_whose_latest_entry_retires_the_record(project: Project) -> None:
    """digitalservicebund/digitalcheck-dito's Status sections: `- 2024-05-24: Accepted` then `- 2025-03-03: Superceded
    by [0018](..)`: read as accepted with no successor (an entry with a link was no entry); `- 2025-12-11: Obsolete`
    last lost the record's day. The latest entry is the status, and the day it was accepted the date. Near miss: a
    history whose latest entry accepts it keeps that entry's day."""
    for number, history in ((9, "- 2024-05-24: Accepted\n- 2025-03-03: Superceded by [0018](0018-x.md)"),
                            (14, "- 2024-09-06: Accepted\n- 2025-12-11: Obsolete"),
                            (15, "- 2024-09-06: Proposed\n- 2024-10-01: Accepted")):
        project.write(f"decisions/00{number}-m.md", f"# {number}. M\n\n## Status\n\n{history}\n\n## Context\n\nC.\n")
    write(project, 18, "X", "Accepted")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["date"], listed[n]["superseded_by"]) for n in (9, 14, 15)] == [
        ("superseded", "2024-05-24", [18]), ("obsolete", "2024-09-06", []), ("accepted", "2024-10-01", [])]


def test_a_status_word_linked_to_the_page_that_explains_it(project: Project) -> None:
    """Juanchope039/Finanzas-PRISMA writes its status as a link to its process page (`[✅ Aceptado](../22-
    documentacion.md#estados-de-un-adr)`, in a table cell or after `**Estado:**`): no status, and an ADR301 warning on
    each of 53 records. Near miss: a link whose words are no status (`[ADR-5](..)`) states none."""
    project.write("docs/adr/0001-x.md", "# 1. X\n\n| Estado | Creado |\n|---|---|\n"
                  "| [✅ Aceptado](../22-documentacion.md#estados-de-un-adr) | 2020-01-05 |\n\n## Contexto\n\nx\n")
    project.write("docs/adr/0002-y.md", "# 2. Y\n\n**Estado:** [Aceptado](../22-documentacion.md#estados)\n\n## C\n")
    project.write("docs/adr/0003-z.md", "# 3. Z\n\n**Estado:** [ADR-5](../22-documentacion.md)\n\n## C\n")
    project.write("docs/22-documentacion.md", "# Estados\n")
    listed = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [listed[n]["status"] for n in (1, 2, 3)] == ["accepted", "accepted", None]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"][-9:], f["code"]) for f in findings] == [("0003-z.md", "ADR301")]


def test_a_supersede_key_said_to_be_in_part_amends(project: Project) -> None:
    """govtech-bb/gov-bb's `**Supersedes (in part):** [0008](..)` and `**Supersedes:** part of [ADR 0011](..)`, and
    a fintech log's `* Supersedes (partially): [ADR-0008](..)`: the records named stay in force, so they are
    amended, not superseded (as a Status section's `Supersedes parts of [..](..)` is). Near miss: a remark of
    another kind (`Supersedes (2024):`) supersedes."""
    for number in (8, 11):
        write(project, number, f"R{number}", "Accepted")
    heads = {50: "**Status:** Accepted\n**Supersedes (in part):** [0008](0008-r8.md)\n",
             51: "**Status:** Accepted\n**Supersedes:** part of [ADR 0011](0011-r11.md)\n",
             52: "* Status: accepted\n* Supersedes (partially): [ADR-0008](0008-r8.md)\n",
             53: "**Status:** Accepted\n**Supersedes (2024):** [0011](0011-r11.md)\n"}
    for number, head in heads.items():
        project.write(f"decisions/00{number}-x.md", f"# {number}. X\n\n{head}* Date: 2020-01-01\n\n## Context\n\nx\n")
    listed = rows(project)
    assert [listed[number]["supersedes"] for number in (50, 51, 52, 53)] == [[], [], [], [11]]


def test_a_successor_linked_to_a_section_of_the_page_by_words_that_count_something(project: Project) -> None:
    """Hamix's `Superseded by [Cycle 7 browse policy cleanup](#cycle-7-amendment-2026-06-23)` links to a section of
    its own page: it named record 7. Near misses: `[ADR 7](#adr-7)` and `[Decision 7](#d7)` name record 7."""
    write(project, 7, "R7", "Accepted")
    write(project, 36, "A", "Superseded by [Cycle 7 browse policy cleanup](#cycle-7-amendment-2026-06-23)")
    write(project, 37, "B", "Superseded by [ADR 7](#adr-7)")
    write(project, 38, "C", "Superseded by [Decision 7](#d7)")
    listed = rows(project)
    assert [listed[number]["superseded_by"] for number in (36, 37, 38)] == [[], [7], [7]]


def test_a_successor_opening_the_status_section_is_its_status_whatever_a_remark_after_says(
        project: Project) -> None:
    """AetherizeGmbH's records open the Status section with `**Superseded by [ADR-0013](..).**` and end it with
    `(Originally Accepted)`: the remark was taken for the status (none, and an ADR301 warning), also where the
    successor's sentence goes on in the same paragraph to say why. Near miss: a status word before the successor's
    link is read as before."""
    write(project, 13, "N", "Accepted")
    write(project, 5, "A", "**Superseded by [ADR-0013](0013-n.md).**\n\nThe bridge moved.\n\n(Originally Accepted)")
    write(project, 6, "B", "Deprecated\n\nSuperseded by [ADR-0013](0013-n.md)")
    write(project, 7, "C", "**Superseded by [ADR-0013](0013-n.md).** The approach this ADR proposed is incompatible with"
                           " the protocol, so it went.\n\n---\n\n(Originally Accepted)")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["superseded_by"]) for n in (5, 6, 7)] == [
        ("superseded", [13]), ("deprecated", [13]), ("superseded", [13])]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [f["code"] for f in findings if f["code"] == "ADR301"] == []


def test_a_status_history_entry_of_a_word_the_log_uses_for_done(project: Project) -> None:
    """tw-bc-group/tw-wallet-backend writes `2020-05-22 complete` (phodal/adr's dated history): no status and an
    ADR301 warning, where `2020-05-20 completed` read."""
    write(project, 6, "A", "2020-05-20 proposed\n2020-05-22 complete")
    write(project, 7, "B", "2020-05-20 completed")
    listed = rows(project)
    assert [listed[n]["status"] for n in (6, 7)] == ["complete", "completed"]


def test_the_steps_of_a_status_joined_by_an_ampersand(project: Project) -> None:
    """a2j's `Drafted & Accepted`: the steps the record went through, the last its state (it read `drafted`);
    apache/james-project's `Accepted & implemented`: the decision accepted, its work then done (it read
    `implemented`, where `Accepted and implemented` read `accepted`). Near misses: words that are no statuses
    (`Research & Development`) read as before; steps none of which is a decision's state keep the last."""
    write(project, 1, "A", "Drafted & Accepted")
    write(project, 2, "B", "Research & Development")
    write(project, 3, "C", "Accepted & implemented")
    write(project, 4, "D", "Accepted & Implemented & Deprecated")
    write(project, 5, "E", "Draft & Review")
    listed = rows(project)
    assert [listed[n]["status"] for n in (1, 2, 3, 4, 5)] == ["accepted", None, "accepted", "deprecated", "review"]


def test_a_status_history_whose_entries_end_in_a_bar(project: Project) -> None:
    """Amsterdam/signals-frontend closes its history's entries with a bar (`2020-12-02 Proposed |`): taken for a
    template's `a | b | c` choices, the record had no status, its successor was lost and ADR301 was a false error.
    Near miss: the latest entry closed by a bar too."""
    history = "2020-12-02 Proposed |\n2020-02-11 Approved | \n2020-12-30 Superseded by [0014-naming](./0014-naming.md)"
    for number, lines in ((10, history), (11, history + " |")):
        project.write(f"docs/adr/00{number}-naming.md", f"# {number}. Naming\n\nDate: 2020-12-02\n\n## Status\n\n"
                      f"{lines}\n\n## Context\n\nC.\n")
    project.write("docs/adr/0014-naming.md", "# 14. Naming\n\nDate: 2020-12-30\n\n## Status\n\n2020-12-30 Approved\n")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["status"], row["superseded_by"]) for row in rows] == [
        (10, "superseded", [14]), (11, "superseded", [14]), (14, "approved", [])]
    assert [f["code"] for f in json.loads(project.run("validate", "--format", "json").stdout)] == []


def test_a_successor_s_key_line_with_a_remark_after_the_status(project: Project) -> None:
    """T-rav/hydraflow's record 55: `Superseded` then `**Superseded by:** [ADR-0118](..) — OTel is removed; ..`
    in its Status section named no successor (the same line under the title was read). Near miss: a remark that
    links another record leaves the line prose."""
    project.write("docs/adr/0118-new.md", "# 118. New\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0007-old.md", "# 7. Old\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    remarks = {55: "**Superseded by:** [ADR-0118](0118-new.md) — OTel is removed; see there.",
               56: "**Superseded by:** [ADR-0118](0118-new.md) — see also [ADR-0007](0007-old.md)"}
    for number, remark in remarks.items():
        project.write(f"docs/adr/00{number}-x.md", f"# {number}. X\n\nDate: 2020-01-01\n\n## Status\n\nSuperseded\n\n"
                      f"{remark}\n\n## Context\n\nC.\n")
    rows = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(n, rows[n]["status"], rows[n]["superseded_by"]) for n in remarks] == [
        (55, "superseded", [118]), (56, "superseded", [])]


def test_a_task_list_of_statuses_under_the_template_s_instruction(project: Project) -> None:
    """microsoft/edge-ai's template leaves `[Use the appropriate status to represent this decision record]` over its
    task list (`- [x] Accepted`): no status, and ADR301 called the instruction a placeholder (5 records). Near
    miss: with no box ticked, the instruction is what the section says, the template's placeholder."""
    for number, tick in ((5, "x"), (6, " ")):
        project.write(f"docs/adr/00{number}-x.md", f"# ADR 00{number}: X\n\n## Status\n\n[Use the appropriate status "
                      f"to represent this decision record]\n\n- [ ] Draft\n- [{tick}] Accepted\n\n## Context\n\nC.\n")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [row["status"] for row in rows] == ["accepted", None]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"][-8:], f["code"]) for f in findings if f["severity"] == "error"] == [("006-x.md", "ADR301")]


def test_the_template_s_choices_with_one_chosen_are_the_status_with_or_without_a_heading(project: Project) -> None:
    """ecmwf/codex: the template's choices with one left standing (`<s>..</s>` and `~~..~~` strike the others, bold
    marks the choice) are the status under `## Status` and straight under the title alike, also with a remark
    after the choice (`**Withdrawn** — moved to [MARS-001](..)`: no placeholder left, no ADR301 error). Choices
    none of which is chosen, two words apart by a bar, or a table's row are no status."""
    choices = {
        1: "## Status\n\n<s>Proposed</s> | <s>Accepted</s> | <s>Deprecated</s> | **Withdrawn** — moved to "
           "[ADR-0002](0002-r.md)\n",
        2: "[~~Proposed~~ | **Accepted** | ~~Deprecated~~ | ~~Superseded by [ADR-XXX]~~]\n",
        3: "<s>Proposed</s> | **Accepted** | <s>Deprecated</s>\n\n## Last Updated\n\n2021-03-25\n",
        4: "~~Proposed~~ | Rejected | ~~Accepted~~\n",
        5: "Proposed | Accepted | Deprecated\n",
        6: "**Fast** | slow | medium\n",
        7: "~~Proposed~~ | **Accepted**\n",
    }
    for number, lines in choices.items():
        project.write(f"decisions/{number:04d}-r.md", f"# {number}. R\n\n{lines}\n## Context\n\nC.\n")
    assert [row["status"] for row in rows(project).values()] == [
        "withdrawn", "accepted", "accepted", "rejected", None, None, None]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"], f["code"]) for f in findings if f["severity"] == "error"] == []


def test_a_status_table_s_row_named_for_the_status_in_words_of_its_own(project: Project) -> None:
    """bartytime4life/Kansas-Frontier-Matrix's Status sections are tables of facts: the status is the row whose key
    ends on `status` (`Effective decision status`, `Source/effective status`, `Effective ADR-0003 status`), the one
    in force where another row gives another (`Source status` / `Effective status`), a row keyed `Status` before
    another thing's (`Implementation status`, `Build status`); a table with no status row states none, and is no
    template's placeholder (a warning, not an error)."""
    rows_of = {
        1: "| **ADR ID** | `ADR-0011` — unique |\n| **Source metadata** | `proposed` |\n"
           "| **Effective decision status** | `proposed` |",
        2: "| **Decision status** | `accepted` — reviewed at the [index](../README.md) |",
        3: "| **Source/effective status** | `proposed` / `proposed` |",
        4: "| **Effective ADR-0003 status** | `rejected` — the board said no |",
        5: "| **Source status** | `draft` |\n| **Effective status** | `proposed` |",
        6: "| **Owner** | Ann |\n| **Tracked path** | docs |",
        7: "| **Status of the migration** | done |",
        8: "| Implementation status | Not started |\n| Status | Accepted |",
        9: "| Build status | Failing |",
    }
    for number, table in rows_of.items():
        project.write(f"decisions/{number:04d}-x.md", f"# ADR-{number:04d} — X\n\n## Status\n\n| Field | Current value |\n"
                                                      f"|---|---|\n{table}\n\n## Context\n\nC.\n")
    assert [row["status"] for row in rows(project).values()] == [
        "proposed", "accepted", "proposed", "rejected", "proposed", None, None, "accepted", None]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"], f["code"], f["severity"]) for f in findings if f["code"] == "ADR301"] == [
        ("decisions/0006-x.md", "ADR301", "warning"), ("decisions/0007-x.md", "ADR301", "warning"),
        ("decisions/0009-x.md", "ADR301", "warning")]


def test_a_status_heading_holding_its_word_after_a_dash(project: Project) -> None:
    """SumoSumir/kata-na's `## Status - accepted` states the status as `## Status Accepted` does; a dash before
    words that are no status (`## Status - of the migration`) states none."""
    for number, heading in ((1, "## Status - accepted"), (2, "## Status — Rejected"), (3, "## Status - of the migration")):
        project.write(f"decisions/{number:04d}-x.md", f"# ADR-0{number}: X\n\n{heading}\n\n### Context\n\nC.\n")
    assert [row["status"] for row in rows(project).values()] == ["accepted", "rejected", None]


def test_a_status_with_its_day_after_a_note_of_an_amendment(project: Project) -> None:
    """rvdbreemen/OTGW-firmware opens a Status section with `**Amended by [ADR-148](..) (2026-06-20):** BLE probes
    only: ..` and gives the status after it, `Accepted, 2026-06-15 (Proposed 2026-06-15; ..)`: no status was read,
    as a paragraph after links counted only as a word alone. A status word with a mark or its day after it counts
    (after a dash or an emoji too). Near misses: prose that opens with a status word as its subject or with a
    number (`Review 2 found ..`, `Final: 3 votes ..`), a word that opens prose as often (`Proposal: ..`), or a
    link after the word, states none."""
    write(project, 3, "N", "Accepted")
    note = "**Amended by [ADR-0003](0003-n.md) (2026-06-20):** BLE probes only: each probe becomes its own device."
    after = {4: "Accepted, 2026-06-15 (Proposed 2026-06-15; accepted by the maintainer).",
             5: "Deprecated. The probes moved to ADR-0003 as a whole.",
             6: "Accepted \u2014 2026-06-15 (Proposed 2026-06-15; accepted by the maintainer).",
             7: "\u2705 Accepted, 2026-06-15 (proposed the same day).",
             8: "Accepted practice is to pair each probe with a device.",
             9: "Accepted, see [the thread](https://example.org/t/1).",
             10: "Review 2 found no issues.",
             11: "Final: 3 votes for, 1 against.",
             12: "Proposal: migrate every service to the new queue."}
    for number, text in after.items():
        write(project, number, "A", f"{note}\n\n{text}")
    listed = rows(project)
    assert [listed[n]["status"] for n in after] == [
        "accepted", "deprecated", "accepted", "accepted", None, None, None, None, None]


def test_a_status_given_under_a_key_of_its_own_in_the_status_section(project: Project) -> None:
    """lemonforest/mlehaptics writes `**Current:** ✅ **IMPLEMENTED** - ..` under `## Status`: the status was
    `current`, the key. So too `State: Accepted` and `Decision: Accepted`; a key over words that state no status,
    or over a sentence that opens with a status's word as its verb or noun (`Decision: Draft a migration plan`),
    stays as it was read, the key (ADR301's to question)."""
    statuses = {1: "**Current:** \u2705 **IMPLEMENTED** - shipped in v2", 2: "**State:** Accepted",
                3: "Decision: Accepted", 4: "Outcome: rejected by the board", 5: "State: **Proposed** (draft 2)",
                6: "Decision: we use Kafka for events", 7: "Decision: Draft a migration plan for the queue",
                8: "Outcome: Rejected options B and C; we keep A"}
    for number, status in statuses.items():
        write(project, number, "X", status)
    listed = rows(project)
    assert [listed[n]["status"] for n in statuses] == [
        "implemented", "accepted", "accepted", "rejected", "proposed", "decision", "decision", "outcome"]


def test_a_status_set_aside_in_favour_of_another_record(project: Project) -> None:
    """The validate audit's probes: `Superseded in favour of [ADR-0002](..)` and `Superseded - [ADR-0002](..)` under
    `## Status` gave no status and no warning. Superseded in favour of a record is superseded by it (linked or
    named); deprecated, rejected or withdrawn in favour of one is that status, with no supersede relation (as the
    truth of the real logs reads `Rejected in favour of`)."""
    write(project, 2, "B", "Accepted")
    statuses = {3: "Superseded in favour of [ADR-0002](0002-b.md)", 4: "Superseded - [ADR-0002](0002-b.md)",
                5: "Superseded in favor of ADR-0002", 6: "Deprecated in favour of [ADR-0002](0002-b.md)",
                7: "Rejected in favour of [ADR-0002](0002-b.md)", 8: "Superseded in favour of the new process"}
    for number, status in statuses.items():
        write(project, number, "X", status)
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["superseded_by"]) for n in statuses] == [
        ("superseded", [2]), ("superseded", [2]), ("superseded", [2]), ("deprecated", []), ("rejected", []),
        ("superseded", [])]


def test_a_status_written_as_its_transition_with_arrows(project: Project) -> None:
    """`Proposed → Accepted`, `**Deprecated** → **Superseded by ADR 3: ..**`, `Accepted -> Superseded by [..](..)`:
    the step it came to last is the status, with the successor that step names. Near misses: `Superseded →
    [ADR-2](..)` names its successor after the arrow; `Accepted -> see below` is accepted."""
    write(project, 1, "Use A", "**Deprecated** → **Superseded by ADR 3: Use C**")
    write(project, 2, "Use B", "Proposed → Accepted")
    write(project, 3, "Use C", "Accepted -> Superseded by [ADR-0004](0004-use-d.md)")
    write(project, 4, "Use D", "Draft (2021-01-04) => Review => Final (2021-02-01)")
    write(project, 5, "Use E", "Superseded → [ADR-0002](0002-use-b.md)")
    write(project, 6, "Use F", "Accepted -> see below")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["superseded_by"]) for n in range(1, 7)] == [
        ("superseded", [3]), ("accepted", []), ("superseded", [4]), ("final", []), ("superseded", [2]),
        ("accepted", [])]
    assert project.run("validate").exit_code == 0


@pytest.mark.parametrize("line", [
    "Status: Accepted. Superseded by [1](0001-target.md).",
    "**Status:** Accepted, superseded by [ADR-0001](0001-target.md)",
    "- **Status:** Accepted, superseded by\n  [ADR-0001](0001-target.md) (2026-05-27) —",  # ttotheq/jarvis
    "* Status: accepted, superseded by [ADR-0001](0001-target.md)\n* Date: 2025-01-01",  # MADR 2
    "Status: Proposed; superseded by ADR-1",
])
def test_a_status_line_naming_its_successor_after_the_word_is_superseded(project: Project, line: str) -> None:
    """Audit round 48 (lane b): `Status: Accepted. Superseded by [42](..)` on the status's own line read accepted
    (with the successor named), where the same words in a Status section read superseded: `list -s accepted`
    listed a replaced decision and `adr due` exited 1 on it. The later word wins on a line too; a log's own word
    for an ended decision, and a successor in part, leave the status as written."""
    project.write("doc/adr/0001-target.md", "# 1. Target\n\nStatus: Accepted\n")
    project.write("doc/adr/0002-replaced.md", f"# 2. Replaced\n\n{line}\nRevisit: 2026-03-01\n\n## Context\n\nc\n")
    project.write("doc/adr/0003-in-part.md", "# 3. In part\n\n* Status: Accepted. Superseded by [ADR-0001]"
                  "(0001-target.md) in part.\n")
    project.write("doc/adr/0004-ended.md", "# 4. Ended\n\n**Status:** **Historisch** – ersetzt durch [ADR 1]"
                  "(0001-target.md)\n")
    listed = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(listed[n]["status"], listed[n]["superseded_by"]) for n in (2, 3, 4)] == [
        ("superseded", [1]), ("accepted", []), ("historisch", [1])]
    result = project.run("due", "--as-of", "2026-12-07")
    assert (result.exit_code, "Replaced" in result.stdout) == (0, False)


def test_a_status_section_holding_links_alone_is_reported(project: Project) -> None:
    """Audit round 48 (lane b): a Status section whose word was edited away, leaving `Amended by [..](..)` or
    `Supersedes [..](..)` (alphagov's BEIS, lightdash-tools), gave no status and no finding. It is a warning (the
    links still read); an empty Status section stays an error."""
    project.write("doc/adr/0001-target.md", "# 1. Target\n\nDate: 2025-01-01\n\n## Status\n\nAccepted\n")
    project.write("doc/adr/0002-amended.md", "# 2. Amended\n\nDate: 2025-01-01\n\n## Status\n\nAmended by "
                  "[1. Target](0001-target.md)\n\n## Context\n\nc\n")
    project.write("doc/adr/0003-successor.md", "# 3. Successor\n\nDate: 2025-01-01\n\n## Status\n\nSupersedes "
                  "[1. Target](0001-target.md)\n\n## Context\n\nc\n")
    project.write("doc/adr/0004-empty.md", "# 4. Empty\n\nDate: 2025-01-01\n\n## Status\n\n## Context\n\nc\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["supersedes"]) for n in (2, 3, 4)] == [(None, []), (None, [1]), (None, [])]
    result = project.run("validate")
    assert [line for line in result.stdout.splitlines() if "ADR301" in line] == [
        "doc/adr/0002-amended.md:5:1: ADR301 warning: the Status section names other records but no status; state "
        "the decision's status above them",
        "doc/adr/0003-successor.md:5:1: ADR301 warning: the Status section names other records but no status; "
        "state the decision's status above them",
        "doc/adr/0004-empty.md:5:1: ADR301 error: the status is empty; state the decision's status"]


def test_a_relation_after_the_status_on_a_key_line_is_read_bold_or_in_french(project: Project) -> None:
    """Audit 52 (lane c, class 3): 0xTheOldOne/idelia writes `- **Statut** : Accepté — **amendé par l'[ADR 0015](..)**`
    and `Accepté — **amende** l'[ADR 0012](..)`: no relation was read, nor from `Accepted — **amended by** [..]`,
    whose verb is in bold. Both are, and the French one whose article is elided before the record."""
    project.write("docs/adr/0001-a.md", "# 1. A\n\n- **Status**: Accepted — **amended by** [ADR 0002](0002-b.md)\n"
                  "- **Date**: 2020-01-01\n\n## Context\n\nC.\n")
    project.write("docs/adr/0002-b.md", "# 2. B\n\nStatus: Accepted — **amends** [ADR 0001](0001-a.md)\n\n## Context\n\nC.\n")
    project.write("docs/adr/0003-c.md", "# 3. C\n\n- **Statut** : Accepté — **amendé par l'[ADR 0004](0004-d.md)**\n"
                  "- **Date** : 2020-01-01\n\n## Contexte\n\nC.\n")
    project.write("docs/adr/0004-d.md", "# 4. D\n\n- **Statut** : Accepté — **amende** l'[ADR 0003](0003-c.md)\n"
                  "- **Date** : 2020-01-01\n\n## Contexte\n\nC.\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], [(link["kind"], link["number"]) for link in row["links"]]) for row in listed] == [
        ("accepted", [("amended-by", 2)]), ("accepted", [("amends", 1)]), ("accepted", [("amended-by", 4)]),
        ("accepted", [("amends", 3)])]


def test_front_matter_over_a_status_section_naming_the_successor_by_its_id(project: Project) -> None:
    """Audit 57 (lane b, class 4): zircote/subcog's 0034 and 0041 (`status: superseded` in the front matter, `##
    Status` / `Superseded by ADR-0047` in the body) were read with no successor, and validate reported a false
    ADR302. The id alone names the successor under front matter as it does without (0002)."""
    project.write("decisions/0001-old.md", "---\nstatus: superseded\ndate: 2020-01-02\n---\n\n# ADR-0001: Old\n\n"
                  "## Status\n\nSuperseded by ADR-0003\n\n## Context\n\nx\n")
    project.write("decisions/0002-old2.md", "# ADR-0002: Old2\n\n## Status\n\nSuperseded by ADR-0003\n\n"
                  "## Context\n\nx\n")
    project.write("decisions/0003-new.md", "---\nstatus: accepted\ndate: 2020-01-03\n---\n\n# ADR-0003: New\n\n"
                  "## Status\n\nAccepted\n\n## Context\n\nx\n")

    listed = rows(project)

    assert [(row["status"], row["superseded_by"]) for row in listed.values()] == [
        ("superseded", [3]), ("superseded", [3]), ("accepted", [])]
    checked = project.run("validate")
    assert (checked.exit_code, checked.stdout, checked.stderr) == (0, "", "")


UNDATED = "# {n}. {title}\n\n## Status\n\n{status}\n\n## Context\n\nC.\n"


@pytest.mark.parametrize("status", ["Accepted (March 3, 2026)", "Accepted (March 3rd, 2026)", "Accepted (Mar. 3, 2026)",
                                    "Accepted (on March 3, 2026)", "Accepted (March 3, 2026; cycle 5)",
                                    "Accepted (approved March 3, 2026)", "Accepted (3 March 2026)"])
def test_a_status_s_own_day_written_month_first_dates_the_record(project: Project, status: str) -> None:
    """Attack 57b F3 (related): `Accepted (March 3, 2026)` gave no date while `(3 March 2026)` did: the remark was
    taken apart at the comma inside the day. A day in words dates a record alike whichever comes first, after `on`
    or a state's word and beside a cycle too."""
    project.write("decisions/0001-a.md", UNDATED.format(n=1, title="A", status=status))
    assert (rows(project)[1]["status"], rows(project)[1]["date"]) == ("accepted", "2026-03-03")


@pytest.mark.parametrize(("status", "read"), [
    ("Accepted (2026-03-03)\n\nDeprecated (2026-12-08)", ("deprecated", "2026-03-03")),
    ("2026-03-03 Accepted\n\n2026-12-08 Deprecated", ("deprecated", "2026-03-03")),
    ("Proposed (2026-01-05)\n\nAccepted (2026-02-05)\n\nSuperseded (2026-12-08)", ("superseded", "2026-02-05")),
    ("Proposed (2026-01-05)\n\nWithdrawn (2026-12-08)", ("withdrawn", "2026-01-05")),
    ("- 2026-03-03: Accepted\n- 2026-12-08: Deprecated", ("deprecated", "2026-03-03")),
    ("Accepted\n\nDeprecated (2026-12-08)", ("deprecated", None)),
])
def test_a_retired_history_of_paragraphs_is_dated_by_its_deciding_entry(project: Project, status: str,
                                                                        read: tuple[str, str | None]) -> None:
    """Attack 57b F3: a history retired by its latest entry is dated by the entry that decided it, else by the day
    it was put forward; that held for a history of lines, but not of paragraphs, as adr's own edit writes the
    next entry under `Accepted (2026-03-03)`: the record's only day was lost. A retirement's day never dates it."""
    project.write("decisions/0001-a.md", UNDATED.format(n=1, title="A", status=status))
    assert (rows(project)[1]["status"], rows(project)[1]["date"]) == read


def _spelt(day: dt.date, like: str) -> str:
    """``day`` written as ``like`` writes its own (the tests' spellings of a status's day)."""
    return {"3 March 2026": f"{day.day} {day:%B} {day.year}", "Feb 29, 2024": f"{day:%b} {day.day}, {day.year}",
            "2026-1-5": f"{day.year}-{day.month}-{day.day}"}.get(like, day.isoformat())


@pytest.mark.parametrize("today", ["2026-12-07", dt.date.today().isoformat()], ids=("fixed-day", "today"))
@pytest.mark.parametrize("dated", [False, True], ids=("undated", "date-line"))
@pytest.mark.parametrize("spelt", ["2026-01-05", "3 March 2026", "Feb 29, 2024", "2026-1-5", "05.01.2026"])
def test_a_status_s_day_however_spelt_is_kept_as_the_iso_one_is(project: Project, spelt: str, dated: bool,
                                                                 today: str) -> None:
    """Attack 58 F4, F5: `Proposed (2026-01-05)` kept its day, `adr accept` adding `Accepted (<today>)` under it,
    but `Proposed (3 March 2026)`, `(Feb 29, 2024)`, `(2026-1-5)` or `(05.01.2026)` was replaced by `Accepted`:
    beside a `Date:` line the day was dropped without a word, and without one it became the record's date, so
    that the record's date after `accept` hung on how its day was spelt. Every spelling now gets the day's entry,
    its day written as the entry above writes its own (year first where that one could be read either way)."""
    project.today = today
    date_line = "Date: 2026-02-01\n\n" if dated else ""
    text = f"# 2. Target\n\n{date_line}## Status\n\nProposed ({spelt})\n\n## Context\n\nc\n"
    project.write("doc/adr/0002-target.md", text)
    result = project.run("accept", "2")
    assert (result.exit_code, result.stderr) == (0, "")
    entry = _spelt(dt.date.fromisoformat(today), spelt)
    assert project.read("doc/adr/0002-target.md") == text.replace("\n\n## Context", f"\n\nAccepted ({entry})\n\n"
                                                                                     "## Context")
    assert (rows(project)[2]["status"], rows(project)[2]["date"]) == ("accepted", "2026-02-01" if dated else today)


def test_a_date_line_under_the_title_takes_the_blank_lines_there(project: Project) -> None:
    """Attack 58 F5: the `Date:` line a status change writes under the title (the status's day, whose remark goes
    with it) left two blank lines before `## Status` where the title had two under it. It takes the first of them:
    one blank line above it, one below."""
    project.write("doc/adr/0002-target.md", "# 2. Target\n\n\n## Status\n\nAccepted (cycle 237, 2026-03-12)\n\n"
                                            "## Context\n\nc\n")
    result = project.run("deprecate", "2")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("doc/adr/0002-target.md") == "# 2. Target\n\nDate: 2026-03-12\n\n## Status\n\nDeprecated\n\n" \
                                                     "## Context\n\nc\n"
