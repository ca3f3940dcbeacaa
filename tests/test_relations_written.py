"""Relations written where the log keeps them: the adrs tool's `links` list, a record that already lists related
records below its Status section (audit 53, lane a, classes 1 and 4)."""

from __future__ import annotations

import json

import pytest

from conftest import Project

# canardleteer/crosspoint-simulator-mcp, written by adrs (mode `ng`): front matter, then a Nygard body
ADRS_NG = """---
number: {n}
title: T{n}
date: 2026-08-16
status: accepted
{links}---

# {n}. T{n}

Date: 2026-08-16

## Status

Accepted

## Context

c
"""


def relations(project: Project) -> dict[int, tuple[str, list[int], list[int], list[int]]]:
    result = project.run("list", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return {row["number"]: (row["status"], row["supersedes"], row["superseded_by"], row["relates_to"])
            for row in json.loads(result.stdout)}


def test_an_adrs_log_gets_items_of_its_links_list(project: Project) -> None:
    """adrs reads relations from `links` alone (`{target, kind}` items, kinds in lowercase: `relatesto`,
    `supersedes`, `supersededby`): `adr link` and `adr supersede` add items there, as `adrs link` does, to a list
    begun or not; before, adrtool wrote `relates-to:`/`superseded-by:` keys adrs never reads."""
    project.write("adrs.toml", 'adr_dir = "docs/adrs"\nmode = "ng"\n')
    project.write("docs/adrs/0001-t1.md", ADRS_NG.format(n=1, links="links:\n- target: 2\n  kind: relatesto\n"))
    project.write("docs/adrs/0002-t2.md", ADRS_NG.format(n=2, links="links:\n- target: 1\n  kind: relatesto\n"))
    project.write("docs/adrs/0003-t3.md", ADRS_NG.format(n=3, links=""))

    linked = project.run("link", "1", "relates-to", "3")
    superseded = project.run("supersede", "2", "--by", "3")

    assert (linked.exit_code, superseded.exit_code) == (0, 0), linked.stderr + superseded.stderr
    assert project.read("docs/adrs/0001-t1.md") == ADRS_NG.format(
        n=1, links="links:\n- target: 2\n  kind: relatesto\n- target: 3\n  kind: relatesto\n")
    assert project.read("docs/adrs/0003-t3.md") == ADRS_NG.format(
        n=3, links="links:\n- target: 1\n  kind: relatesto\n- target: 2\n  kind: supersedes\n")
    assert project.read("docs/adrs/0002-t2.md") == ADRS_NG.format(
        n=2, links="links:\n- target: 1\n  kind: relatesto\n- target: 3\n  kind: supersededby\n").replace(
        "status: accepted", "status: superseded").replace("\nAccepted\n", "\nSuperseded\n")
    assert relations(project) == {1: ("accepted", [], [], [2, 3]), 2: ("superseded", [], [3], [1]),
                                  3: ("accepted", [2], [], [1])}


def test_front_matter_of_adrs_keys_alone_begins_a_links_list(project: Project) -> None:
    """Toraja/github-release-downloader (adrs, `number`/`title`/`status`/`date`, no record linked yet): the
    first link begins a `links` list at the end of the front matter."""
    record = "---\nnumber: {n}\ntitle: T{n}\nstatus: accepted\ndate: 2026-06-09\n{links}---\n\n# T{n}\n\nx\n"
    for n in (1, 2):
        project.write(f"doc/adr/000{n}-t{n}.md", record.format(n=n, links=""))

    assert project.run("link", "2", "relates-to", "1").exit_code == 0

    assert project.read("doc/adr/0002-t2.md") == record.format(n=2, links="links:\n- target: 1\n  kind: relatesto\n")
    assert project.read("doc/adr/0001-t1.md") == record.format(n=1, links="links:\n- target: 2\n  kind: relatesto\n")
    assert relations(project) == {1: ("accepted", [], [], [2]), 2: ("accepted", [], [], [1])}


def test_a_record_listing_related_records_below_takes_another(project: Project) -> None:
    """sphildreth/mehsql: `## Related` / `- ADR-0001: One` under the record's sections. The link is an item of
    that list, in the shape of its items (it was a `Relates to` line in the Status section, the list left as it
    was; before that it was refused: "would read as (2, 1), not (1, 2)")."""
    for n in (1, 2):
        project.write(f"design/adr/ADR-000{n}-t{n}.md", f"# ADR-000{n}: T{n}\n\n## Status\nAccepted\n")
    project.write("design/adr/ADR-0003-three.md", "# ADR-0003: Three\n\n## Status\nAccepted\n\n## Context\nx\n\n"
                                                  "## Related\n- ADR-0001: One\n")

    result = project.run("link", "3", "relates-to", "2")

    assert result.exit_code == 0, result.stderr
    assert project.read("design/adr/ADR-0003-three.md") == (
        "# ADR-0003: Three\n\n## Status\nAccepted\n\n## Context\nx\n\n## Related\n- ADR-0001: One\n- ADR-0002: T2\n")
    assert relations(project)[3] == ("accepted", [], [], [1, 2])


def test_web_links_or_adrtool_keys_keep_a_log_adrtool_s(project: Project) -> None:
    """Attack round 53, M3: one record's list of web links with a `target` (`target: _blank`) made the whole log an
    adrs log, and relations went into `links` beside the `relates-to:` keys its records use. Only items of a
    record's number and an adrs kind are adrs' links, and a log keying relations adrtool's way keeps its keys."""
    page = "---\nstatus: accepted\ndate: 2021-04-19\n{keys}---\n# {title}\n\nx\n"
    project.write("decisions/0001-a.md", page.format(title="A", keys="links:\n  - title: Nygard's post\n"
                                                                     "    url: https://example.org/x\n    target: _blank\n"))
    project.write("decisions/0002-b.md", page.format(title="B", keys="relates-to: [1]\n"))
    project.write("decisions/0003-c.md", page.format(title="C", keys=""))

    assert project.run("link", "2", "relates-to", "3").exit_code == 0

    assert project.read("decisions/0002-b.md") == page.format(title="B", keys="relates-to: [1, 3]\n")
    assert project.read("decisions/0003-c.md") == page.format(title="C", keys="relates-to: [2]\n")


def test_an_adrs_links_key_of_no_list_is_begun_or_refused_in_words(project: Project) -> None:
    """Attack round 53, L8: `links: ~` said "written in flow style"; it is begun as a list. A mapping, a value or
    a flow list is refused with what to do, nothing written."""
    project.write("adrs.toml", 'adr_dir = "docs/adrs"\nmode = "ng"\n')
    project.write("docs/adrs/0001-t1.md", ADRS_NG.format(n=1, links="links: ~\n"))
    project.write("docs/adrs/0002-t2.md", ADRS_NG.format(n=2, links="links:\n- target: 3\n  kind: relatesto\n"))
    project.write("docs/adrs/0003-t3.md", ADRS_NG.format(n=3, links="links:\n  target: 2\n  kind: relatesto\n"))

    begun = project.run("link", "1", "relates-to", "2")
    mapped = project.run("link", "3", "relates-to", "1")

    assert begun.exit_code == 0, begun.stderr
    assert project.read("docs/adrs/0001-t1.md") == ADRS_NG.format(n=1, links="links:\n- target: 2\n  kind: relatesto\n")
    assert (mapped.exit_code, mapped.stderr) == (
        2, "adr: 0003-t3.md: `links` is not a block list of `- target: N` items (flow style, a value, a mapping); "
           "make it one to add to it\n")
    assert project.read("docs/adrs/0003-t3.md") == ADRS_NG.format(n=3, links="links:\n  target: 2\n  kind: relatesto\n")


def test_adr_new_in_an_adrs_log_writes_the_keys_adrs_reads(project: Project) -> None:
    """Audit 53 (lane a, class 4): in a log the adrs tool keeps, `adr new` wrote adrtool's record, with no `number`
    (adrs reads no record without one) and `supersedes:` keys adrs ignores. The new record states `number`, `title`,
    its date and status in the order the newest record writes them, its relations as `links` items, and the
    newest record's body shape; the record it supersedes gets its `supersededby` item."""
    project.write("adrs.toml", 'adr_dir = "docs/adrs"\nmode = "ng"\n')
    for n in (1, 2):
        project.write(f"docs/adrs/000{n}-t{n}.md", ADRS_NG.format(n=n, links=""))

    made = project.run("new", "--supersedes", "2", "Support", "zip")

    assert (made.exit_code, made.stdout) == (0, "docs/adrs/0003-support-zip.md\n"), made.stderr
    assert project.read("docs/adrs/0003-support-zip.md") == (
        "---\nnumber: 3\ntitle: Support zip\ndate: 2021-05-01\nstatus: proposed\nlinks:\n- target: 2\n"
        "  kind: supersedes\n---\n\n# 3. Support zip\n\nDate: 2021-05-01\n\n## Status\n\nProposed\n\n## Context\n")
    assert "links:\n- target: 3\n  kind: supersededby\n---\n" in project.read("docs/adrs/0002-t2.md")
    assert relations(project) == {1: ("accepted", [], [], []), 2: ("superseded", [], [3], []),
                                  3: ("proposed", [2], [], [])}


# @kompiro/tpl-tools (docs/adr/, audit 54 lane a), written by its own adr tool: keys of that tool, the status and the day
# stated again under the title, and a template that shows the relation keys commented out.
KOMPIRO = """---
id: ADR-{n}
title: T{n}
status: accepted
date: 2026-06-09
topic: infrastructure
---

# ADR-{n}: T{n}

- **Date**: 2026-06-09
- **Status**: Accepted

## Background

b

## Decision

d
"""
KOMPIRO_TEMPLATE = """---
# `id` comes from `adr.config.json`'s `idFormat`
id: ADR-YYYYMMDD-NN
title: Short human-readable title
status: accepted
date: YYYY-MM-DD
topic: <your-topic>

# --- Relationships (all optional; leave as empty arrays if unused) ---
# supersedes: [ADR-...]            # this ADR replaces the listed ones (status=superseded on those)
# superseded_by: ADR-...           # only when status=superseded; scalar or null
# related_to: [ADR-...]            # reference-only; no semantic dependency
---

# ADR-YYYYMMDD-NN: Short human-readable title

- **Date**: YYYY-MM-DD
- **Status**: Accepted

## Background

What prompted this decision?

## Decision

One sentence stating what was decided.
"""


def test_a_log_of_another_tool_s_keys_gets_its_keys_from_new_supersedes_and_link(project: Project) -> None:
    """Audit 54 (lane a, class 1): in a front-matter log whose tool keys relations as `superseded_by: ADR-9` and
    `related_to: [ADR-6]` (its template shows them), adrtool wrote its own `superseded-by: [9]` and `relates-to: [8]`,
    left `- **Status**: Accepted` under `status: superseded`, and gave the new record adrtool's template: no `id:`,
    no `# ADR-9:` title. Now the log's keys, its references, its key lines and its records' shape are written."""
    project.write("docs/adr/6-standalone-binary.md", KOMPIRO.format(n=6))
    project.write("docs/adr/8-standalone-config.md", KOMPIRO.format(n=8))
    project.write("docs/adr/TEMPLATE.md", KOMPIRO_TEMPLATE)
    result = project.run("new", "--supersedes", "6", "Ship through Homebrew")
    assert (result.exit_code, result.stdout) == (0, "docs/adr/9-ship-through-homebrew.md\n"), result.stderr
    assert project.run("link", "8", "relates-to", "6").exit_code == 0
    assert project.read("docs/adr/9-ship-through-homebrew.md") == (
        "---\nid: ADR-9\ntitle: Ship through Homebrew\nstatus: proposed\ndate: 2021-05-01\ntopic: infrastructure\n"
        "supersedes: [ADR-6]\n"
        "---\n\n# ADR-9: Ship through Homebrew\n\n- **Date**: 2021-05-01\n- **Status**: Proposed\n\n## Background\n\n"
        "## Decision\n")
    assert project.read("docs/adr/6-standalone-binary.md") == KOMPIRO.format(n=6).replace(
        "status: accepted\ndate: 2026-06-09\n",
        "status: superseded\ndate: 2026-06-09\nsuperseded_by: ADR-9\nrelated_to: [ADR-8]\n").replace(
        "- **Status**: Accepted", "- **Status**: Superseded")
    assert project.read("docs/adr/8-standalone-config.md") == KOMPIRO.format(n=8).replace(
        "date: 2026-06-09\n", "date: 2026-06-09\nrelated_to: [ADR-6]\n", 1)
    assert relations(project) == {6: ("superseded", [], [9], [8]), 8: ("accepted", [], [], [6]),
                                  9: ("proposed", [6], [], [])}


def test_relation_keys_are_spelt_as_the_log_s_records_spell_them(project: Project) -> None:
    """Without a template, the records say it: camelCase keys and bare numbers (mbeacom/adrkit's `supersededBy: 2`,
    `relatesTo: [3]`) are written so, each key where the log writes it."""
    record = "---\nstatus: {status}\ndate: 2024-01-0{n}\n{more}---\n\n# T{n}\n\n## Context\n\nc\n"
    project.write("docs/adr/0001-t1.md", record.format(status="superseded", n=1, more="supersededBy: 2\n"))
    project.write("docs/adr/0002-t2.md", record.format(status="accepted", n=2, more="supersedes: [1]\n"
                                                                                     "relatesTo: [3]\n"))
    project.write("docs/adr/0003-t3.md", record.format(status="accepted", n=3, more="relatesTo: [2]\n"))
    project.write("docs/adr/0004-t4.md", record.format(status="accepted", n=4, more=""))
    assert project.run("supersede", "3", "--by", "4").exit_code == 0
    assert project.run("link", "4", "relates-to", "2").exit_code == 0
    assert project.read("docs/adr/0003-t3.md") == record.format(status="superseded", n=3,
                                                                more="supersededBy: 4\nrelatesTo: [2]\n")
    assert project.read("docs/adr/0004-t4.md") == record.format(status="accepted", n=4,
                                                                more="supersedes: [3]\nrelatesTo: [2]\n")
    assert project.read("docs/adr/0002-t2.md") == record.format(status="accepted", n=2,
                                                                more="supersedes: [1]\nrelatesTo: [3, 4]\n")


def test_a_status_change_restates_the_status_the_body_gives_under_the_title(project: Project) -> None:
    """A front-matter record whose body states its status again on a key line under its title has that line say
    the new status too, in its case: before, `- **Status**: Accepted` stood under `status: deprecated`."""
    project.write("docs/adr/6-standalone-binary.md", KOMPIRO.format(n=6))
    project.write("docs/adr/8-standalone-config.md", KOMPIRO.format(n=8))
    result = project.run("deprecate", "8")
    assert (result.exit_code, result.stdout) == (0, "docs/adr/8-standalone-config.md: accepted -> deprecated\n")
    assert project.read("docs/adr/8-standalone-config.md") == KOMPIRO.format(n=8).replace(
        "status: accepted", "status: deprecated").replace("- **Status**: Accepted", "- **Status**: Deprecated")


def test_an_adrs_log_in_madr_s_sections_keeps_its_links_list(project: Project) -> None:
    """adrs' MADR mode writes MADR's sections under its front matter (task-otter/Taskotter, tozydev/dokja): its
    successor is an item of `links`, which adrs reads, not MADR's `superseded by ADR-0002` in the status."""
    record = ("---\nnumber: {n}\ntitle: T{n}\nstatus: accepted\ndate: 2026-06-09\n{links}---\n\n# T{n}\n\n"
              "## Context and Problem Statement\n\nc\n\n## Decision Outcome\n\nd\n")
    project.write("doc/adr/0001-t1.md", record.format(n=1, links="links:\n- target: 2\n  kind: relatesto\n"))
    project.write("doc/adr/0002-t2.md", record.format(n=2, links="links:\n- target: 1\n  kind: relatesto\n"))
    assert project.run("supersede", "1", "--by", "2").exit_code == 0
    assert project.read("doc/adr/0001-t1.md") == record.format(
        n=1, links="links:\n- target: 2\n  kind: relatesto\n- target: 2\n  kind: supersededby\n").replace(
        "status: accepted", "status: superseded")


def test_references_written_as_padded_numbers_in_quotes_stay_so(project: Project) -> None:
    """mbeacom/openleague names records as quoted padded numbers (`relatesTo: ["0002"]`); a number added is
    written so (`"0009"`), not as `9` beside them."""
    record = "---\nid: {n}\nstatus: accepted\n{more}---\n\n# ADR-000{n}: T{n}\n\n## Context\n\nc\n"
    project.write("docs/adr/0002-t2.md", record.format(n=2, more='relatesTo: ["0003"]\n'))
    project.write("docs/adr/0003-t3.md", record.format(n=3, more='relatesTo: ["0002"]\n'))
    project.write("docs/adr/0004-t4.md", record.format(n=4, more=""))
    assert project.run("link", "3", "relates-to", "4").exit_code == 0
    assert project.read("docs/adr/0003-t3.md") == record.format(n=3, more='relatesTo: ["0002", "0004"]\n')
    assert project.read("docs/adr/0004-t4.md") == record.format(n=4, more='relatesTo: ["0003"]\n')


# NNNvD/ECTO (audit 55, lane b, class 1): a Jekyll `permalink:` over MADR 2-style bullets, `- Related:` left empty
# by the log's template in every record, or naming records and documents apart with `;`.
ECTO = """---
permalink: /decisions/ADR-000{n}-t{n}
---
# ADR-000{n}: T{n}

- Date: 2026-01-0{n}
- Status: Accepted
- Decision owner: Project lead
{related}
## Context
c
"""


def test_an_empty_related_bullet_is_filled_and_a_supersede_bullet_joins_it(project: Project) -> None:
    """ECTO: `adr link` and `adr supersede` were refused ("its relates to would read as (), not (1,)"): the link was
    written on a bullet of its own under the empty `- Related:` the reader takes the relation from. The empty bullet
    takes the link; `- Related:` on a record with a value gets it after a `;` as its value writes; a record's first
    `Supersedes` is a bullet among the others, not front matter or a `## Links` section its site never reads."""
    project.write("docs/decisions/ADR-0001-t1.md", ECTO.format(n=1, related="- Related: \n"))
    project.write("docs/decisions/ADR-0002-t2.md", ECTO.format(n=2, related="- Related: \n"))
    project.write("docs/decisions/ADR-0003-t3.md",
                  ECTO.format(n=3, related="- Related: ADR-0001; docs/projectDescription.md\n"))

    linked = project.run("link", "2", "relates-to", "1")
    added = project.run("link", "3", "relates-to", "2")
    superseded = project.run("supersede", "1", "--by", "3")

    assert (linked.exit_code, added.exit_code, superseded.exit_code) == (0, 0, 0), \
        linked.stderr + added.stderr + superseded.stderr
    assert project.read("docs/decisions/ADR-0001-t1.md") == ECTO.format(
        n=1, related="- Related: [ADR-0002](ADR-0002-t2.md)\n").replace(
        "- Status: Accepted", "- Status: Superseded by [ADR-0003](ADR-0003-t3.md)")
    assert project.read("docs/decisions/ADR-0002-t2.md") == ECTO.format(
        n=2, related="- Related: [ADR-0001](ADR-0001-t1.md), [ADR-0003](ADR-0003-t3.md)\n")
    assert project.read("docs/decisions/ADR-0003-t3.md") == ECTO.format(
        n=3, related="- Related: ADR-0001; docs/projectDescription.md; [ADR-0002](ADR-0002-t2.md)\n"
                     "- Supersedes: [ADR-0001](ADR-0001-t1.md)\n")
    assert relations(project) == {1: ("superseded", [], [3], [2]), 2: ("accepted", [], [], [1, 3]),
                                  3: ("accepted", [1], [], [1, 2])}


def test_bullets_under_a_site_s_front_matter_with_no_relation_key_get_bullets(project: Project) -> None:
    """ECTO's shape with no `- Related:` at all (lane b's case D): both writes were refused ("its supersedes would
    read as ()"), the link written in a `## Links` section, which under front matter is not read. Each is a bullet
    after the record's others, as the record keys its metadata."""
    for n in (1, 2):
        project.write(f"docs/decisions/ADR-000{n}-t{n}.md", ECTO.format(n=n, related=""))

    linked = project.run("link", "2", "relates-to", "1")
    superseded = project.run("supersede", "1", "--by", "2")

    assert (linked.exit_code, superseded.exit_code) == (0, 0), linked.stderr + superseded.stderr
    assert project.read("docs/decisions/ADR-0002-t2.md") == ECTO.format(
        n=2, related="- Relates to: [ADR-0001](ADR-0001-t1.md)\n- Supersedes: [ADR-0001](ADR-0001-t1.md)\n")
    assert project.read("docs/decisions/ADR-0001-t1.md") == ECTO.format(
        n=1, related="- Relates to: [ADR-0002](ADR-0002-t2.md)\n").replace(
        "- Status: Accepted", "- Status: Superseded by [ADR-0002](ADR-0002-t2.md)")


# webgrip/infrastructure 0002 (MADR 2's `*` bullets): `Supersedes: N/A`, a related record named with a remark.
WEBGRIP = """# T{n}

* Status: accepted
* Deciders: WebGrip Ops Team
* Date: 2024-12-0{n}
{keys}
## Context and Problem Statement

c
"""


def test_a_relation_bullet_saying_none_or_naming_records_takes_the_link(project: Project) -> None:
    """webgrip: `supersede 1 --by 2` was refused ("its supersedes would read as (), not (1,)") and `link 3
    relates-to 2` too ("(1,), not (1, 3)"): a second bullet was written beside the record's own. `N/A` gives way to
    the link; a link goes after those the bullet names, with a comma, the remark after them kept."""
    project.write("docs/adrs/0001-t1.md", WEBGRIP.format(n=1, keys=""))
    project.write("docs/adrs/0002-t2.md", WEBGRIP.format(
        n=2, keys="* Supersedes: N/A\n* Related to: [ADR-0001](0001-t1.md) — Docker Image Architecture\n"))
    project.write("docs/adrs/0003-t3.md", WEBGRIP.format(n=3, keys=""))

    superseded = project.run("supersede", "1", "--by", "2")
    linked = project.run("link", "2", "relates-to", "3")

    assert (superseded.exit_code, linked.exit_code) == (0, 0), superseded.stderr + linked.stderr
    assert project.read("docs/adrs/0002-t2.md") == WEBGRIP.format(
        n=2, keys="* Supersedes: [ADR-0001](0001-t1.md)\n* Related to: [ADR-0001](0001-t1.md) — Docker Image "
                  "Architecture, [ADR-0003](0003-t3.md)\n")
    assert relations(project)[2] == ("accepted", [1], [], [1, 3])


def test_bold_related_keys_keep_their_separator(project: Project) -> None:
    """malpercio-dev/ezpds' `- **Related:** [design plan](..) · [ADR-0005](..)` (lane b's repro): the link was
    refused; it is added after a ` · ` as the others are, the key's bold kept."""
    record = ("# ADR-000{n}: T{n}\n\n- **Status:** Accepted\n- **Date:** 2026-01-0{n}\n- **Related:** {related}\n\n"
              "## Context\nc\n")
    project.write("docs/decisions/ADR-0001-t1.md", record.format(n=1, related="[design](../x.md)"))
    project.write("docs/decisions/ADR-0002-t2.md",
                  record.format(n=2, related="[design](../x.md) · [ADR-0003](ADR-0003-t3.md)"))
    project.write("docs/decisions/ADR-0003-t3.md", record.format(n=3, related="[ADR-0002](ADR-0002-t2.md)"))

    assert project.run("link", "2", "relates-to", "1").exit_code == 0

    assert project.read("docs/decisions/ADR-0002-t2.md") == record.format(
        n=2, related="[design](../x.md) · [ADR-0003](ADR-0003-t3.md) · [ADR-0001](ADR-0001-t1.md)")
    assert project.read("docs/decisions/ADR-0001-t1.md") == record.format(
        n=1, related="[design](../x.md), [ADR-0002](ADR-0002-t2.md)")


# Giftedx/ha-ggis-hub: `Status:`/`Date:`/`Supersedes:`/`Related:` lines under the title, no bullets.
GIFTEDX = "# ADR-000{n}: T{n}\n\nStatus: accepted\nDate: 2026-05-2{n}\n{keys}\n## Context\n\nc\n"


def test_key_lines_saying_nothing_or_left_empty_are_filled(project: Project) -> None:
    """Giftedx 0006's `Supersedes: nothing (clarifies ..)`: `supersede 5 --by 6` was refused; the link takes the place
    of `nothing`, the author's remark kept after it. A plain `Related: ` left empty got a second line, `Relates to:
    [..]`, under it; it is filled."""
    project.write("docs/decisions/0001-t1.md", GIFTEDX.format(n=1, keys="Related: \n"))
    project.write("docs/decisions/0002-t2.md", GIFTEDX.format(
        n=2, keys="Supersedes: nothing (clarifies the stance of `docs/research/2026-05-23-haggis.md`)\n"
                  "Related: [Project charter](../foundation/00-project-charter.md)\n"))

    superseded = project.run("supersede", "1", "--by", "2")

    assert superseded.exit_code == 0, superseded.stderr
    assert project.read("docs/decisions/0002-t2.md") == GIFTEDX.format(
        n=2, keys="Supersedes: [ADR-0001](0001-t1.md) (clarifies the stance of "
                  "`docs/research/2026-05-23-haggis.md`)\nRelated: [Project charter](../foundation/00-project-charter.md)\n")
    assert project.run("link", "1", "relates-to", "2").exit_code == 0
    assert project.read("docs/decisions/0001-t1.md") == GIFTEDX.format(
        n=1, keys="Related: [ADR-0002](0002-t2.md)\n").replace("Status: accepted", "Status: superseded by "
                                                                               "[ADR-0002](0002-t2.md)")
    assert relations(project) == {1: ("superseded", [], [2], [2]), 2: ("accepted", [1], [], [1])}


# thanos/flyby's template (audit 55, lane c, class 4) and two records made from it.
FLYBY_TEMPLATE = """# ADR-NNNN: <Title>

- **Status:** Proposed | Accepted | Superseded by ADR-XXXX | Deprecated
- **Date:** YYYY-MM-DD
- **Supersedes:** (optional, ADR-XXXX)
- **Superseded by:** (optional, ADR-XXXX)

## Context

What is the problem?
"""
FLYBY = "# ADR-000{n}: Thing {n}\n\n- **Status:** Accepted\n- **Date:** 2021-04-14\n{keys}\n## Context\n\nC.\n"


def test_new_fills_the_template_s_relation_placeholder_or_drops_its_line(project: Project) -> None:
    """flyby: `adr new --supersedes 2` wrote `- **Supersedes:** (optional, ADR-XXXX), [ADR-0002](..)` and kept
    `- **Superseded by:** (optional, ADR-XXXX)`. The link takes the placeholder's place; a relation key linked to
    nothing loses its line, as the log's records have none."""
    project.write("docs/adr/0000-template.md", FLYBY_TEMPLATE)
    for n in (1, 2):
        project.write(f"docs/adr/000{n}-thing-{n}.md", FLYBY.format(n=n, keys=""))

    made = project.run("new", "--supersedes", "2", "Use Z")
    plain = project.run("new", "Plain one")

    assert (made.exit_code, plain.exit_code) == (0, 0), made.stderr + plain.stderr
    assert project.read("docs/adr/0003-use-z.md") == (
        "# ADR-0003: Use Z\n\n- **Status:** Proposed\n- **Date:** 2021-05-01\n"
        "- **Supersedes:** [ADR-0002](0002-thing-2.md)\n\n## Context\n\nWhat is the problem?\n")
    assert project.read("docs/adr/0004-plain-one.md") == (
        "# ADR-0004: Plain one\n\n- **Status:** Proposed\n- **Date:** 2021-05-01\n\n## Context\n\n"
        "What is the problem?\n")


def test_supersede_fills_the_record_s_own_superseded_by_key(project: Project) -> None:
    """A record made from flyby's template, its `Superseded by:` key left with the placeholder: superseding it
    names the successor there too, not only in the status."""
    project.write("docs/adr/0001-thing-1.md", FLYBY.format(
        n=1, keys="- **Supersedes:** (optional, ADR-XXXX)\n- **Superseded by:** (optional, ADR-XXXX)\n"))
    project.write("docs/adr/0002-thing-2.md", FLYBY.format(n=2, keys=""))

    assert project.run("supersede", "1", "--by", "2").exit_code == 0

    assert project.read("docs/adr/0001-thing-1.md") == FLYBY.format(
        n=1, keys="- **Supersedes:** (optional, ADR-XXXX)\n- **Superseded by:** [ADR-0002](0002-thing-2.md)\n"
    ).replace("- **Status:** Accepted", "- **Status:** Superseded by [ADR-0002](0002-thing-2.md)")


# robyvandamme/testdottools, kept with dotADR: its template's variables, filled by dotADR, which drops the
# `Supersedes` line of a record that supersedes none.
DOTADR_TEMPLATE = "# {{ID}} {{TITLE}}\n\n* Status: Draft\n* Date: {{DATE}}\n* Supersedes: {{SUPERSEDES}}\n\n## Context\n"
DOTADR = "# 00{n} T{n}\n\n* Status: Draft\n* Date: 2025-08-23\n{keys}\n## Context\n"


def test_new_fills_or_drops_a_dotadr_variable(project: Project) -> None:
    """dotADR: `adr new` left `* Supersedes: {{SUPERSEDES}}` in every new record, and `--supersedes 4` gave
    `{{SUPERSEDES}}, [ADR-0004](..)`. The variable is the link, or its line is dropped, as dotADR does. The status
    is in the case the log writes its own (`Draft`): `Proposed`."""
    project.write("doc/adr/template.md", DOTADR_TEMPLATE)
    project.write("doc/adr/001-t1.md", DOTADR.format(n=1, keys=""))
    project.write("doc/adr/002-t2.md", DOTADR.format(n=2, keys="* Supersedes: [001](001-t1.md)\n"))

    plain = project.run("new", "Plain new record")
    made = project.run("new", "--supersedes", "2", "Use CQRS")

    assert (plain.exit_code, made.exit_code) == (0, 0), plain.stderr + made.stderr
    assert project.read("doc/adr/003-plain-new-record.md") == (
        "# 003 Plain new record\n\n* Status: Proposed\n* Date: 2021-05-01\n\n## Context\n")
    assert project.read("doc/adr/004-use-cqrs.md") == (
        "# 004 Use CQRS\n\n* Status: Proposed\n* Date: 2021-05-01\n* Supersedes: [ADR-002](002-t2.md)\n\n"
        "## Context\n")


@pytest.mark.parametrize("line", ["{{SUPERSEDES}} ", "* Supersedes: {{supersedes}}"])
def test_new_fills_or_drops_dotadr_s_variable_in_any_form(project: Project, line: str) -> None:
    """Attack 55b M6: dotADR's README template puts `{{SUPERSEDES}}` alone on a line (the variable is the whole
    `* Supersedes: ..` line), and dotADR matches variables in any case (`{{supersedes}}`): both stayed in every new
    record, beside the link when there was one. The line is the link's, keyed as the record's bullets, or dropped."""
    project.write("doc/adr/template.md", DOTADR_TEMPLATE.replace("* Supersedes: {{SUPERSEDES}}", line))
    project.write("doc/adr/001-t1.md", DOTADR.format(n=1, keys=""))
    project.write("doc/adr/002-t2.md", DOTADR.format(n=2, keys="* Supersedes: [001](001-t1.md)\n"))

    plain = project.run("new", "Plain new record")
    made = project.run("new", "--supersedes", "2", "--supersedes", "1", "Use CQRS")

    assert (plain.exit_code, made.exit_code) == (0, 0), plain.stderr + made.stderr
    assert project.read("doc/adr/003-plain-new-record.md") == (
        "# 003 Plain new record\n\n* Status: Proposed\n* Date: 2021-05-01\n\n## Context\n")
    assert project.read("doc/adr/004-use-cqrs.md") == (
        "# 004 Use CQRS\n\n* Status: Proposed\n* Date: 2021-05-01\n"
        "* Supersedes: [ADR-002](002-t2.md), [ADR-001](001-t1.md)\n\n## Context\n")
    assert relations(project)[4] == ("proposed", [2, 1], [], [])


def test_new_puts_the_link_in_place_of_the_template_s_word_for_it(project: Project) -> None:
    """Giftedx's template keys `Related: links`: `adr new --relates-to 1` wrote `Related: links, [ADR-0001](..)`.
    What a new record's relation key holds from its template that names no record gives way to the link."""
    project.write("docs/decisions/adr-template.md", "# ADR-NNNN: Title\n\nStatus: proposed | accepted | superseded\n"
                                                    "Date: YYYY-MM-DD\nRelated: links\n\n## Context\n")
    project.write("docs/decisions/0001-t1.md", GIFTEDX.format(n=1, keys="Related: [Charter](../charter.md)\n"))

    made = project.run("new", "--relates-to", "1", "Use Foo for bar")

    assert (made.exit_code, made.stdout) == (0, "docs/decisions/0002-use-foo-for-bar.md\n"), made.stderr
    assert project.read("docs/decisions/0002-use-foo-for-bar.md") == (
        "# ADR-0002: Use Foo for bar\n\nStatus: proposed\nDate: 2021-05-01\nRelated: [ADR-0001](0001-t1.md)\n\n"
        "## Context\n")


def test_a_template_s_variable_or_xxxx_left_in_a_record_is_adr204(project: Project) -> None:
    """A record that kept dotADR's `{{SUPERSEDES}}` or flyby's `(optional, ADR-XXXX)` passed `validate --strict`
    in silence. Each is an unfilled placeholder, and in prose a variable of the log's template; a variable in code
    or a workflow's `${{ .. }}` is not."""
    project.write("docs/adr/template.md", "# ADR-NNNN: <Title>\n\n- **Date:** {{DATE}}\n\n## Context\n\n`{{CODE}}`\n")
    project.write("docs/adr/0001-thing-1.md", FLYBY.format(
        n=1, keys="- **Supersedes:** (optional, ADR-XXXX)\n- **Superseded by:** {{SUPERSEDED_BY}}\n").replace(
        "C.\n", "C on {{DATE}}, not `{{CODE}}` nor ${{ secrets.TOKEN }}.\n"))

    result = project.run("validate")

    assert (result.exit_code, result.stdout) == (0, (
        "docs/adr/0001-thing-1.md:5:19: ADR204 warning: unfilled template placeholder (optional, ADR-XXXX)\n"
        "docs/adr/0001-thing-1.md:6:22: ADR204 warning: unfilled template placeholder {{SUPERSEDED_BY}}\n"
        "docs/adr/0001-thing-1.md:10:6: ADR204 warning: unfilled template placeholder {{DATE}}\n")), result.stderr


@pytest.mark.parametrize(("other", "written"), [
    ('superseded_by: ""\n', "related_to: [ADR-6]"),  # a value naming nothing leaves the template's form
    ("related_to: [JIRA-1234, RFC-7231]\n", "related_to: [JIRA-1234, RFC-7231, ADR-6]"),  # tickets are no records
])
def test_items_that_name_no_record_of_the_log_leave_its_form(project: Project, other: str, written: str) -> None:
    """Attack 55 (1, 6): one relation value naming no record (`superseded_by: ""`, tickets `JIRA-1234`) switched
    the whole log to bare numbers or to a `JIRA-` prefix; an item counts only where it names a record of the log."""
    project.write("docs/adr/6-standalone-binary.md", KOMPIRO.format(n=6))
    project.write("docs/adr/8-standalone-config.md", KOMPIRO.format(n=8).replace("topic:", other + "topic:"))
    project.write("docs/adr/TEMPLATE.md", KOMPIRO_TEMPLATE)
    result = project.run("link", "8", "relates-to", "6")
    assert result.exit_code == 0, result.stderr
    assert written in project.read("docs/adr/8-standalone-config.md")
    assert "related_to: [ADR-8]" in project.read("docs/adr/6-standalone-binary.md")


def test_a_log_naming_records_by_their_files_gets_file_names(project: Project) -> None:
    """Attack 55 (2): farchanjo/substrate names successors by file name (`superseded_by: 0052-x.md`); a new
    successor is named so, and `adr new --supersedes` writes one value where the log does."""
    record = "---\nstatus: {status}\ndate: 2024-01-0{n}\n{more}---\n\n# ADR-000{n} — T{n}\n\n## Context\n\nc\n"
    project.write("docs/adr/0001-t1.md", record.format(status="superseded", n=1, more="superseded_by: 0002-t2.md\n"))
    project.write("docs/adr/0002-t2.md", record.format(status="accepted", n=2, more="supersedes: 0001-t1.md\n"))
    project.write("docs/adr/0003-t3.md", record.format(status="accepted", n=3, more=""))
    result = project.run("new", "--supersedes", "3", "T4")
    assert result.exit_code == 0, result.stderr
    assert "superseded_by: 0004-t4.md\n" in project.read("docs/adr/0003-t3.md")
    assert "supersedes: 0003-t3.md\n" in project.read("docs/adr/0004-t4.md")


def test_a_relation_key_holding_a_mapping_is_refused_not_rewritten(project: Project) -> None:
    """Attack 55 (3): `related_to: {id: ADR-3}` became `related_to: ["{'id': 'ADR-3'}", 8]`, Python's own
    syntax; the edit is refused, the file left as it is."""
    project.write("docs/adr/6-standalone-binary.md", KOMPIRO.format(n=6).replace("topic:", "related_to: {id: ADR-3}\n"
                                                                                           "topic:"))
    project.write("docs/adr/8-standalone-config.md", KOMPIRO.format(n=8))
    before = project.read("docs/adr/6-standalone-binary.md")
    result = project.run("link", "6", "relates-to", "8")
    assert (result.exit_code, result.stderr) == (2, (
        f"adr: {project.root}/docs/adr/6-standalone-binary.md: cannot edit it exactly: `related_to` holds a mapping "
        "or a list, not records' names; edit it by hand; nothing was changed\n"))
    assert project.read("docs/adr/6-standalone-binary.md") == before


def test_a_status_stated_on_a_key_line_and_in_a_section_is_restated_in_both(project: Project) -> None:
    """Attack 55 (4): with both `- **Status**: Accepted` under the title and a `## Status` section, only the
    section said `Deprecated`."""
    project.write("docs/adr/6-standalone-binary.md", KOMPIRO.format(n=6))
    project.write("docs/adr/8-standalone-config.md", KOMPIRO.format(n=8).replace(
        "## Background", "## Status\n\nAccepted\n\n## Background"))
    assert project.run("deprecate", "8").exit_code == 0
    text = project.read("docs/adr/8-standalone-config.md")
    assert ("- **Status**: Deprecated" in text, "## Status\n\nDeprecated\n" in text, "Accepted" in text) == (
        True, True, False)


@pytest.mark.parametrize("body", [
    "```\n- **Status**: Accepted\n```\n",  # code
    "<!--\nStatus: Accepted\n-->\n",  # a comment
])
def test_a_status_line_in_code_or_a_comment_is_not_restated(project: Project, body: str) -> None:
    """Attack 55 (9): a status key line inside a code block or a comment under the title was rewritten."""
    text = KOMPIRO.format(n=8).replace("- **Date**: 2026-06-09\n- **Status**: Accepted\n", body)
    project.write("docs/adr/8-standalone-config.md", text)
    assert project.run("deprecate", "8").exit_code == 0
    assert project.read("docs/adr/8-standalone-config.md") == text.replace("status: accepted", "status: deprecated")


def test_new_copies_key_lines_as_they_are_written(project: Project) -> None:
    """Attack 55 (7, 8): `id: "0001"` gave `id: 4`; a date line with a remark kept the newest's remark; the blank line
    after the title went; `ACCEPTED` gave `Proposed`."""
    record = ('---\nid: "000{n}"\nstatus: accepted\ndate: 2024-01-0{n}\n---\n\n# T{n}\n\n- Date: 2024-01-0{n}'
              "{remark}\n- Status: ACCEPTED\n\n## Context\n\nc\n")
    for n in (1, 2, 3):
        project.write(f"docs/adr/000{n}-t{n}.md", record.format(n=n, remark=" (approved 2024-01-01)" if n == 3 else ""))
    assert project.run("new", "T4").exit_code == 0
    assert project.read("docs/adr/0004-t4.md") == (
        '---\nid: "0004"\nstatus: proposed\ndate: 2021-05-01\n---\n\n# T4\n\n- Status: PROPOSED\n\n## Context\n')


# Attack 55b M1: a MADR 2 record whose `Related:` bullet holds only the template's example, in a comment closed on
# the next line.
COMMENTED = "# {n}. Rec {n}\n\n* Status: Accepted\n* Date: 2021-01-0{n}\n{keys}\n## Context\n\nx\n"


def test_a_link_goes_before_a_comment_left_open_over_lines(project: Project) -> None:
    """`* Related: <!-- e.g. [ADR-0009](0009-x.md)` / `  -->`: the commented example was read as relates-to 9
    (ADR401), and `adr link` wrote the link inside the comment, where no page shows it. The comment names no
    record; the link is written before it, and read."""
    project.write("docs/adr/0001-rec-1.md", COMMENTED.format(n=1, keys=""))
    project.write("docs/adr/0002-rec-2.md", COMMENTED.format(
        n=2, keys="* Related: <!-- e.g. [ADR-0009](0009-x.md)\n  -->\n"))

    assert relations(project)[2] == ("accepted", [], [], [])
    assert (validated := project.run("validate")).stdout == "", validated.stdout

    linked = project.run("link", "2", "relates-to", "1")

    assert linked.exit_code == 0, linked.stderr
    assert project.read("docs/adr/0002-rec-2.md") == COMMENTED.format(
        n=2, keys="* Related: [ADR-0001](0001-rec-1.md) <!-- e.g. [ADR-0009](0009-x.md)\n  -->\n")
    assert relations(project)[2] == ("accepted", [], [], [1])


@pytest.mark.parametrize(("value", "written"), [
    ("<!-- optional -->", "[ADR-0001](0001-rec-1.md) <!-- optional -->"),
    ("N/A <!-- or [ADR-0009](0009-x.md) -->", "[ADR-0001](0001-rec-1.md) <!-- or [ADR-0009](0009-x.md) -->"),
    ("<!-- one of them --> N/A", "<!-- one of them --> [ADR-0001](0001-rec-1.md)"),
    ("`-`", "[ADR-0001](0001-rec-1.md)"),  # a dash in code says none, as a dash does
    ("nothing (see [ADR-0001](0001-rec-1.md))", "see [ADR-0001](0001-rec-1.md)"),
    ("None (see [ADR 1](./0001-rec-1.md) for context)", "see [ADR 1](./0001-rec-1.md) for context"),
])
def test_a_link_is_written_beside_the_comments_of_its_key_line(project: Project, value: str, written: str) -> None:
    """The comments before and after a relation key's value stay where they are; the link takes the value's place,
    where it shows. Attack 55b L6: `` * Related: `-` `` became `` `-`, [ADR-0001](..) ``, and `nothing (see
    [ADR-0001](..))` became `[ADR-0001](..) (see [ADR-0001](..))`: a dash in code says there is none; where the
    remark after the words saying none links the record already, those words go and the remark is the value."""
    project.write("docs/adr/0001-rec-1.md", COMMENTED.format(n=1, keys=""))
    project.write("docs/adr/0002-rec-2.md", COMMENTED.format(n=2, keys=f"* Related: {value}\n"))

    linked = project.run("link", "2", "relates-to", "1")

    assert linked.exit_code == 0, linked.stderr
    assert project.read("docs/adr/0002-rec-2.md") == COMMENTED.format(n=2, keys=f"* Related: {written}\n")
    assert relations(project)[2] == ("accepted", [], [], [1])


def test_a_related_decisions_list_takes_the_link_as_its_items_are(project: Project) -> None:
    """civictechdc/votecatcher 0002: `## Related Decisions` / `- [ADR-0003: Use SSE for Real-time Updates](./0003-
    use-sse-for-realtime-updates.md)`. `adr link 2 relates-to 6` wrote `Relates to [ADR-0006: ..](..)` under the
    status and left the list as it was; the link is an item of the list, in the shape of its items."""
    project.write("docs/adr/0003-use-sse-for-realtime-updates.md",
                  "# ADR-0003: Use SSE for Real-time Updates\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0006-spec-driven-field-configuration.md",
                  "# ADR-0006: Spec-Driven Field Configuration\n\n## Status\n\nAccepted\n")
    related = ("# ADR-0002: Use FastAPI BackgroundTasks for Job Orchestration\n\n## Status\n\nAccepted\n\n"
               "## Related Decisions\n\n- [ADR-0003: Use SSE for Real-time Updates](./0003-use-sse-for-realtime-"
               "updates.md)\n{more}\n## References\n\n- [FastAPI BackgroundTasks](https://fastapi.tiangolo.com/)\n")
    project.write("docs/adr/0002-use-fastapi-background-tasks.md", related.format(more=""))

    result = project.run("link", "2", "relates-to", "6")

    assert result.exit_code == 0, result.stderr
    assert project.read("docs/adr/0002-use-fastapi-background-tasks.md") == related.format(
        more="- [ADR-0006: Spec-Driven Field Configuration](./0006-spec-driven-field-configuration.md)\n")
    assert relations(project)[2] == ("accepted", [], [], [3, 6])


def test_a_related_list_naming_the_record_in_words_is_left_as_it_is(project: Project) -> None:
    """get-forge/forge-docs 0023: `## **Related**` / `- **ADR-0020:** Single VPC per environment (networking and
    security groups).`. `adr link 20 relates-to 23` added `**Relates to:** [ADR-0020](..)` to 0023, which named
    ADR-0020 twice. The list is read, 0023 is left as it is, and a record whose list lacks the other takes an
    item shaped as its items are; linked both ways already, nothing is written."""
    key_line = "---\ntitle: \"{n}. {title}\"\n---\n\n**Status:** Accepted **Date:** 2026-04-06\n\n## **Context**\n\nc\n"
    dnssec = key_line.format(n="0023", title="DNSSEC and Route 53 hosted zones (baseline posture)") + (
        "\n## **Related**\n\n- **ADR-0020:** Single VPC per environment (networking and security groups).\n"
        "- **AWS (ACM):** [DNS validation](https://docs.aws.amazon.com/acm/latest/userguide/dns-validation.html)\n"
        "\n---\n")
    vpc = key_line.format(n="0020", title="Single VPC per environment")
    token = key_line.format(n="0019", title="Notification Service Unsubscribe Token Security") + (
        "\n## **Related Decisions**\n\n- **ADR-0011:** Stateless JWT Authentication (stateless service design)\n")
    project.write("docs/adr/0023-dnssec-route53-hosted-zones-baseline.md", dnssec)
    project.write("docs/adr/0020-single-vpc-per-environment.md", vpc)
    project.write("docs/adr/0019-notification-service-unsubscribe-token-security.md", token)
    project.write("docs/adr/0011-stateless-jwt-authentication.md", key_line.format(n="0011", title="JWT"))
    assert relations(project)[23][3] == [20]

    assert project.run("link", "20", "relates-to", "23").exit_code == 0
    assert project.read("docs/adr/0023-dnssec-route53-hosted-zones-baseline.md") == dnssec
    assert project.run("link", "19", "relates-to", "23").exit_code == 0

    assert project.read("docs/adr/0019-notification-service-unsubscribe-token-security.md").endswith(
        "- **ADR-0011:** Stateless JWT Authentication (stateless service design)\n"
        "- **ADR-0023:** DNSSEC and Route 53 hosted zones (baseline posture)\n")
    assert project.read("docs/adr/0023-dnssec-route53-hosted-zones-baseline.md") == dnssec.replace(
        "\n\n---\n", "\n- **ADR-0019:** Notification Service Unsubscribe Token Security\n\n---\n")
    assert project.run("link", "23", "relates-to", "19").stderr == (
        "adr: ADR 0023 relates-to ADR 0019 already, both ways; nothing to change\n")
    assert {n: row[3] for n, row in relations(project).items()} == {11: [], 19: [11, 23], 20: [23], 23: [20, 19]}


# Attack 56 (F5, F8) and 56b (F3): a record with a `## Related Decisions` list, and records linked to it.
RELATED = "# ADR-000{n}: {title}\n\n## Status\n\nAccepted\n\n## Context\n\nc\n{related}"


@pytest.mark.parametrize("odd", [
    "- [ADR-0003: ](](x)",  # a broken link
    "- `[ADR-0003](./0003-three.md)`",  # a code span
    "- <0003-three.md>",  # an autolink
    "- See ADR-0003 for the queue",  # a mention later in the bullet
])
def test_a_related_list_naming_the_record_in_a_form_not_read_takes_the_link(project: Project, odd: str) -> None:
    """`adr link 2 relates-to 3` wrote only 0003's side, exit 0, where 0002's Related list named 0003 in a form the
    reader reads as no relation: the records then disagreed. Only a relation the reader reads is left as it is;
    here 0002's list takes an item that reads, and both records read as related."""
    project.write("docs/adr/0003-three.md", RELATED.format(n=3, title="Three", related=""))
    related = f"\n## Related Decisions\n\n{odd}\n"
    project.write("docs/adr/0002-two.md", RELATED.format(n=2, title="Two", related=related))
    assert relations(project)[2][3] == []

    result = project.run("link", "2", "relates-to", "3")

    assert (result.exit_code, result.stdout) == (0, "docs/adr/0002-two.md: relates-to ADR 0003\n"
                                                    "docs/adr/0003-three.md: relates-to ADR 0002\n")
    folder = "./" if "](./" in odd else ""  # (as the record's own links are written)
    assert project.read("docs/adr/0002-two.md") == RELATED.format(
        n=2, title="Two", related=f"{related}- [ADR-0003: Three]({folder}0003-three.md)\n")
    assert {n: row[3] for n, row in relations(project).items()} == {2: [3], 3: [2]}


def test_a_title_in_brackets_is_linked_in_a_related_list(project: Project) -> None:
    """`adr link 4 relates-to 2` into an empty Related list, 0002 titled `[WIP] Two`: refused ("would then name none
    as the records it relates to"), as the reader took the escaped brackets of the item's text for no link. The
    item is written with them escaped, as under the status, and reads back; so does a list written so by hand. It
    points from the record's folder, as the log's one link does."""
    project.write("docs/adr/0002-wip-two.md", RELATED.format(n=2, title="[WIP] Two", related=""))
    project.write("docs/adr/0003-three.md", RELATED.format(
        n=3, title="Three", related="\n## Related Decisions\n\n- [ADR\\-0002: \\[WIP\\] Two](./0002-wip-two.md)\n"))
    project.write("docs/adr/0004-four.md", RELATED.format(n=4, title="Four", related="\n## Related Decisions\n\n"))
    assert relations(project)[3][3] == [2]

    result = project.run("link", "4", "relates-to", "2")

    assert result.exit_code == 0, result.stderr
    assert project.read("docs/adr/0004-four.md") == RELATED.format(
        n=4, title="Four", related="\n## Related Decisions\n\n- [ADR-0002: \\[WIP\\] Two](./0002-wip-two.md)\n\n")
    assert {n: row[3] for n, row in relations(project).items()} == {2: [4], 3: [2], 4: [2]}


def test_a_record_named_by_its_day_is_linked_beside_a_related_list(project: Project) -> None:
    """log4brains, records named by their day: `adr link` from a record with a `## Related Decisions` list ended in
    an internal error (exit 3), as the list's items name records by number. The link goes where a record named by
    its day is linked, a Links section, and reads both ways."""
    project.write(".log4brains.yml", "project:\n  name: x\n  adrFolder: ./docs/adr\n")
    record = "# Use {x}\n\n- Status: accepted\n- Date: 2024-01-0{n}\n\n## Context and Problem Statement\n\nc\n"
    related = "\n## Related Decisions\n\n- nothing yet\n"
    project.write("docs/adr/20240101-use-x.md", record.format(x="X", n=1) + related)
    project.write("docs/adr/20240102-use-y.md", record.format(x="Y", n=2))

    result = project.run("link", "20240101-use-x", "relates-to", "20240102-use-y")

    assert result.exit_code == 0, result.stderr
    assert project.read("docs/adr/20240101-use-x.md") == record.format(x="X", n=1) + related + (
        "\n## Links\n\n- Relates to [20240102-use-y](20240102-use-y.md)\n")
    assert project.run("link", "20240102-use-y", "relates-to", "20240101-use-x").stderr == (
        "adr: 20240102-use-y relates-to 20240101-use-x already, both ways; nothing to change\n")


def test_a_log4brains_links_section_takes_a_bullet_of_its_own(project: Project) -> None:
    """EmilGeorgiev/p2p-message-tracker (log4brains, `ADR-001-20240608-slug.md`): ADR-002 keeps `## Links` /
    `- Relates to [Use Log4brains to manage the ADRs](ADR-001-..)`. `adr link` added `, [ADR-004](..)` to that
    bullet, and gave a record with no Links section a `- Relates to:` bullet under `- Tags: doc`. A link is a
    bullet of its own naming its record as the others do, and a record without the section is given one, its link
    named by the record's title as the log's are."""
    record = "# {title}\n\n- Status: accepted\n- Date: 2024-06-{day}\n- Tags: doc\n\n## Context and Problem Statement\n\nc\n"
    project.write(".log4brains.yml", "project:\n  name: p2p\n  adrFolder: ./docs/adr\n  packages: []\n")
    project.write("docs/adr/ADR-001-20240608-use-log4brains-to-manage-the-adrs.md",
                  record.format(title="Use Log4brains to manage the ADRs", day="08"))
    links = ("\n## Links\n\n- Relates to [Use Log4brains to manage the ADRs](ADR-001-20240608-use-log4brains-to-"
             "manage-the-adrs.md)\n")
    project.write("docs/adr/ADR-002-20240609-use-markdown-architectural-decision-records.md",
                  record.format(title="Use Markdown Architectural Decision Records", day="09") + links)
    project.write("docs/adr/ADR-004-20240611-use-lru-implementation.md",
                  record.format(title="Use LRU implementation", day="11"))

    result = project.run("link", "2", "relates-to", "4")

    assert result.exit_code == 0, result.stderr
    assert project.read("docs/adr/ADR-002-20240609-use-markdown-architectural-decision-records.md").endswith(
        links + "- Relates to [Use LRU implementation](ADR-004-20240611-use-lru-implementation.md)\n")
    assert project.read("docs/adr/ADR-004-20240611-use-lru-implementation.md") == record.format(
        title="Use LRU implementation", day="11") + (
        "\n## Links\n\n- Relates to [Use Markdown Architectural Decision Records](ADR-002-20240609-use-markdown-"
        "architectural-decision-records.md)\n")
    assert {n: row[3] for n, row in relations(project).items()} == {1: [], 2: [1, 4], 4: [2]}


# fulmenhq/goneat's Fulmen log (docs/crucible-go/architecture/decisions, audit 56, lane b, class 1): front matter,
# and the status stated again as a bold key line under `## Status`, a remark after a dash on a proposal's
FULMEN = ('---\nid: "ADR-000{n}"\ntitle: "T{n}"\nstatus: "{status}"\ndate: "2025-10-15"\n---\n\n# ADR-000{n}: T{n}\n\n'
          "## Status\n\n{line}\n\n## Context\n\nc\n")


def test_a_status_change_restates_a_bold_key_line_under_the_status_heading(project: Project) -> None:
    """`adr status 2 accepted` left `**Current Status**: Proposal – pending maintainer sign-off across libraries.`
    under `status: "accepted"`. The word now says the new status in its case, the key and its emphasis kept. The
    remark after the dash is about the old status (round 57: kept as a paragraph, it said an accepted decision was
    pending sign-off): refused, naming it."""
    project.write("docs/adr/ADR-0001-t1.md", FULMEN.format(n=1, status="accepted",
                                                           line="**Current Status**: Accepted"))
    pending = project.write("docs/adr/ADR-0002-t2.md", FULMEN.format(
        n=2, status="proposal", line="**Current Status**: Proposal – pending maintainer sign-off across libraries."))
    result = project.run("status", "2", "accepted")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {pending}: cannot edit it exactly: its status has a remark attached ('pending maintainer sign-off "
           "across libraries.'), which is about the old status and would then be said of the new one; edit it by "
           "hand; nothing was changed\n")
    project.write("docs/adr/ADR-0002-t2.md", FULMEN.format(n=2, status="proposal",
                                                           line="**Current Status**: Proposal"))
    assert project.run("status", "2", "accepted").stdout == "docs/adr/ADR-0002-t2.md: proposal -> accepted\n"
    assert project.read("docs/adr/ADR-0002-t2.md") == FULMEN.format(n=2, status="accepted",
                                                                    line="**Current Status**: Accepted")


def test_accept_and_supersede_restate_the_status_key_line_of_the_section(project: Project) -> None:
    """The audit's repro (`**Status**: Proposed`, left under `status: "accepted"` by `adr accept`) and goneat's
    `adr supersede 9 --by 13` (`**Current Status**: Accepted` left in a superseded record): each line says the new
    status, the line under it (`**Implemented**: v2025.10.5`) as it was."""
    project.write("docs/adr/ADR-0003-t3.md", FULMEN.format(n=3, status="proposed", line="**Status**: Proposed"))
    project.write("docs/adr/ADR-0009-t9.md", FULMEN.format(
        n=9, status="accepted", line="**Current Status**: Accepted\n**Implemented**: v2025.10.5"))
    project.write("docs/adr/ADR-0013-t13.md", FULMEN.format(n=13, status="accepted",
                                                            line="**Current Status**: Accepted"))
    assert project.run("accept", "3").exit_code == 0
    assert project.run("supersede", "9", "--by", "13").exit_code == 0
    assert project.read("docs/adr/ADR-0003-t3.md") == FULMEN.format(n=3, status="accepted",
                                                                    line="**Status**: Accepted")
    assert "## Status\n\n**Current Status**: Superseded\n**Implemented**: v2025.10.5\n\n" in \
        project.read("docs/adr/ADR-0009-t9.md")


def test_new_states_the_status_in_the_section_as_the_newest_record_does(project: Project) -> None:
    """goneat: every record restates its status under `## Status` as `**Current Status**: ..`, and `adr new` wrote
    an empty `## Status` heading. The new record's section states its status as the newest's does, in its case; the
    newest's other lines there (`**Target Release**: v0.2.21`) are its own, not copied."""
    project.write("docs/adr/ADR-0001-t1.md", FULMEN.format(n=1, status="accepted",
                                                           line="**Current Status**: Accepted"))
    project.write("docs/adr/ADR-0002-t2.md", FULMEN.format(
        n=2, status="accepted", line="**Current Status**: Accepted\n**Target Release**: v0.2.21"))
    assert project.run("new", "T3").exit_code == 0
    assert project.read("docs/adr/ADR-0003-t3.md") == (
        '---\nid: "ADR-0003"\ntitle: "T3"\nstatus: "proposed"\ndate: "2021-05-01"\n---\n\n# ADR-0003: T3\n\n'
        "## Status\n\n**Current Status**: Proposed\n\n## Context\n")


# fulmenhq/goneat's crucible ADRs: every value quoted, the template's lists written as block lists.
GONEAT_BLOCK = """---
id: "ADR-0011"
title: "Temporary SemVer Flexibility for L'Orage Central DevSecOps Schemas"
status: "experimental"
date: "2025-11-10"
superseded_by: ""
tags:
  - "semver"
  - "experimental"
related_adrs:
  - "ADR-0010"
adoption:
  gofulmen: "in-progress"
---

# ADR-0011: Temporary SemVer Flexibility for L'Orage Central DevSecOps Schemas
"""
GONEAT_FLOW = """---
id: "ADR-0012"
title: "Use Absolute $id URLs for Cross-Schema $ref References"
status: "approved"
date: "2025-11-16"
scope: "schemas"
tags: ["json-schema", "references", "logging", "cross-repo"]
---

# ADR-0012: Use Absolute $id URLs for Cross-Schema $ref References
"""
GONEAT_TEN = GONEAT_FLOW.replace("0012", "0010").replace('"approved"', '"accepted"')


def goneat(project: Project) -> None:
    for number, text in ((10, GONEAT_TEN), (11, GONEAT_BLOCK), (12, GONEAT_FLOW)):
        project.write(f"docs/adr/ADR-{number:04d}-r{number}.md", text)


def test_a_relation_goes_into_a_block_list_as_its_items_are_written(project: Project) -> None:
    """Audit 56 (lane b, class 4): goneat's `link 12 relates-to 11` made `related_adrs:` / `  - "ADR-0010"` a flow
    list of unquoted items, and wrote `related_adrs: [ADR-0011]` unquoted where every value is quoted. A block list
    gets one more block item, quoted as its items are; a new list is quoted as the file's values are."""
    goneat(project)
    result = project.run("link", "12", "relates-to", "11")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adr/ADR-0011-r11.md") == GONEAT_BLOCK.replace(
        '  - "ADR-0010"\n', '  - "ADR-0010"\n  - "ADR-0012"\n')
    assert project.read("docs/adr/ADR-0012-r12.md") == GONEAT_FLOW.replace(
        '"cross-repo"]\n', '"cross-repo"]\nrelated_adrs: ["ADR-0011"]\n')


def test_a_successor_and_a_superseded_list_are_quoted_as_the_file_quotes_its_values(project: Project) -> None:
    """goneat's `supersede 11 --by 12` wrote `supersedes: [ADR-0011]` unquoted in a file quoting every value."""
    goneat(project)
    result = project.run("supersede", "11", "--by", "12")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adr/ADR-0011-r11.md") == GONEAT_BLOCK.replace(
        'status: "experimental"', 'status: "superseded"').replace('superseded_by: ""', 'superseded_by: "ADR-0012"')
    assert project.read("docs/adr/ADR-0012-r12.md") == GONEAT_FLOW.replace(
        '"cross-repo"]\n', '"cross-repo"]\nsupersedes: ["ADR-0011"]\n')


# microsoft/semantic-kernel's decisions (as Bryan-Roe-ai's fork keeps them): nothing quoted, a superseded record's
# successor linked in its status (`status: superseded by [ADR-0042](0042-samples-restructure.md)`).
SEMANTIC_KERNEL = "---\nstatus: {status}\ncontact: sergeymenshykh\ndate: 2025-01-21\n---\n\n# {title}\n"


def test_a_successor_linked_in_the_status_is_unquoted_where_the_file_quotes_nothing(project: Project) -> None:
    """semantic-kernel's `supersede 63 --by 73` wrote `status: "superseded by [ADR-0073](0073-x.md)"` where the
    log's own records write it unquoted."""
    project.write("docs/decisions/0010-dotnet-project-structure.md", SEMANTIC_KERNEL.format(
        status="superseded by [ADR-0042](0042-samples-restructure.md)", title="DotNet Project Structure"))
    project.write("docs/decisions/0042-samples-restructure.md", SEMANTIC_KERNEL.format(
        status="accepted", title="Samples Restructure"))
    project.write("docs/decisions/0063-function-calling-reliability.md", SEMANTIC_KERNEL.format(
        status="proposed", title="Function Calling Reliability"))
    project.write("docs/decisions/0073-use-foo-for-bar.md", SEMANTIC_KERNEL.format(
        status="proposed", title="Use foo for bar"))
    result = project.run("supersede", "63", "--by", "73")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/decisions/0063-function-calling-reliability.md") == SEMANTIC_KERNEL.format(
        status="superseded by [ADR-0073](0073-use-foo-for-bar.md)", title="Function Calling Reliability")


# Attack round 57 (F6, F11) and audit 57 lane a class 6 (akonwi/ard): what a Related section already says.
WITH_RELATED = "# {n}. R{n}\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nc\n\n## Related\n\n{related}"


@pytest.mark.parametrize("hidden", ["```\n- [ADR-0009](0009-r9.md)\n```\n", "<!--\n- [ADR-0009](0009-r9.md)\n-->\n"])
def test_a_link_in_a_code_fence_or_comment_under_related_is_no_relation(project: Project, hidden: str) -> None:
    """A Related section whose only link to 0009 is in a code fence or an HTML comment relates to nothing (it
    was read as relating to 9, and `adr link 4 relates-to 9` then wrote 0009 alone); the link writes both sides,
    the new bullet after the fence or comment."""
    project.write("doc/adr/0004-r4.md", WITH_RELATED.format(n=4, related=hidden))
    project.write("doc/adr/0009-r9.md", "# 9. R9\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n")
    assert relations(project)[4] == ("accepted", [], [], [])

    result = project.run("link", "4", "relates-to", "9")

    assert result.exit_code == 0, result.stderr
    assert project.read("doc/adr/0004-r4.md") == WITH_RELATED.format(n=4, related=f"{hidden}\n- [ADR-0009: R9](0009-r9.md)\n")
    assert relations(project)[4] == ("accepted", [], [], [9])
    assert relations(project)[9][3] == [4]


@pytest.mark.parametrize(("naming", "reverse"), [
    ("| ADR | Relation |\n|-----|----------|\n| [ADR-0009](0009-r9.md) | relates |\n", "[ADR-0001](0001-r1.md)"),
    ("- Group A\n  - [ADR-0009](0009-r9.md)\n", "[ADR-0001](0001-r1.md)"),
    ('<ul>\n<li><a href="0009-r9.md">ADR 9</a></li>\n</ul>\n', "[1. R1](0001-r1.md)"),
    ("- <a href='./0009-r9.md'>ADR-0009</a>\n", "[1. R1](./0001-r1.md)")])
def test_link_adds_no_item_a_related_section_already_names(project: Project, naming: str, reverse: str) -> None:
    """A Related section naming 0009 in a table, a nested list or an HTML list relates the record to it, and
    `adr link` leaves it as it is (a second bullet naming 0009 was appended, as none of them was read); 0009 gets
    the reverse relation, named and pointed at as the log's link is."""
    project.write("doc/adr/0001-r1.md", WITH_RELATED.format(n=1, related=naming))
    project.write("doc/adr/0009-r9.md", "# 9. R9\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n")

    result = project.run("link", "1", "relates-to", "9")

    assert result.exit_code == 0, result.stderr
    assert project.read("doc/adr/0001-r1.md") == WITH_RELATED.format(n=1, related=naming)
    assert project.read("doc/adr/0009-r9.md") == \
        f"# 9. R9\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n\nRelates to {reverse}\n\n"


def test_link_text_from_a_title_with_backslashes_renders_as_the_title(project: Project) -> None:
    """F11: a title whose H1 escapes a backslash, a bracket or a pipe (`Four \\\\[draft\\\\] \\\\| x`) is written
    into link text escaped once, so that the link shows the title as the heading shows it."""
    project.write("doc/adr/0004-r4.md", "# 4. Four \\\\[draft\\\\] \\\\| x\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n")
    project.write("doc/adr/0009-r9.md", "# 9. Nine\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n")

    assert project.run("link", "9", "relates-to", "4").exit_code == 0

    assert project.read("doc/adr/0009-r9.md").endswith("Relates to [4. Four \\\\\\[draft\\\\\\] \\\\| x](0004-r4.md)\n\n")
    assert json.loads(project.run("show", "4", "--format", "json").stdout)["title"] == "Four \\[draft\\] \\| x"


ARD = "# 000{n}: {title}\n\n## Status\n\n{status}\n\n## Context\n\nx\n{related}"


def test_records_named_by_their_paths_in_code_spans_are_read(project: Project) -> None:
    """akonwi/ard: `Supersedes `docs/adrs/0001-x.md`.` in the Status section, and a Related item that is a
    record's path in a code span, are read (as `Superseded by `docs/adrs/0002-x.md`.` was); `adr link` then adds
    no second item for 0003, and a new one is written as a path too."""
    project.write("docs/adrs/0001-use-fibers.md", ARD.format(
        n=1, title="Use fibers", status="Superseded by `docs/adrs/0002-use-goroutines.md`.", related=""))
    project.write("docs/adrs/0002-use-goroutines.md", ARD.format(
        n=2, title="Use goroutines", status="Accepted\n\nSupersedes `docs/adrs/0001-use-fibers.md`.",
        related="\n## Related\n\n- `docs/adrs/0003-use-channels.md`\n"))
    for n, title in ((3, "Use channels"), (4, "Use actors")):
        project.write(f"docs/adrs/000{n}-{title.lower().replace(' ', '-')}.md",
                      ARD.format(n=n, title=title, status="Accepted", related=""))
    assert relations(project)[2] == ("accepted", [1], [], [3])

    assert project.run("link", "2", "relates-to", "3").exit_code == 0
    assert project.run("link", "2", "relates-to", "4").exit_code == 0

    assert project.read("docs/adrs/0002-use-goroutines.md").endswith(
        "## Related\n\n- `docs/adrs/0003-use-channels.md`\n- `docs/adrs/0004-use-actors.md`\n")
    assert relations(project)[3] == ("accepted", [], [], [2])


def test_a_link_in_a_log_without_front_matter_is_a_related_bullet(project: Project) -> None:
    """Audit 57 (lane c, class 2): `adr link 1 relates-to 2` in rhysilin/VoW (records with no front matter and no
    status) began a front matter `relates-to: [2]` on both records. Each now gets a `## Related` section with a
    bullet naming the other, which the reader takes back; nothing above the title."""
    record = "# 000{n} 决定 {n}\n\n## 背景\n文本。\n\n## 决策\n文本。\n"
    for n in (1, 2):
        project.write(f"docs/adr/000{n}-d{n}.md", record.format(n=n))
    result = project.run("link", "1", "relates-to", "2")
    assert (result.exit_code, result.stderr) == (0, ""), result.stderr
    assert project.read("docs/adr/0001-d1.md") == record.format(n=1) + "\n## Related\n\n- [ADR-0002: 决定 2](0002-d2.md)\n"
    assert project.read("docs/adr/0002-d2.md") == record.format(n=2) + "\n## Related\n\n- [ADR-0001: 决定 1](0001-d1.md)\n"
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [row["relates_to"] for row in listed] == [[2], [1]]


# Audit 57 a, class 3: relation links written in the shape of the log's own (akonwi/ard, Joey9801/coppice-rs,
# headrace-rs/headrace, defenseunicorns/pepr).
ARD_LINKED = "# {n:04d}: {title}\n\n## Status\n\n{status}\n\n## Context\n\nx\n"


def test_a_supersede_names_the_records_as_the_log_s_links_do(project: Project) -> None:
    """ard writes `Superseded by [ADR 0029](..)`; `adr new --supersedes 3` wrote `[0004: Use NATS]` both ways. Both
    links now name the record as the log's do, `ADR ` and four digits."""
    project.write("docs/adrs/0001-use-redis.md", ARD_LINKED.format(n=1, title="Use Redis",
                                                           status="Superseded by [ADR 0002](0002-use-valkey.md)"))
    project.write("docs/adrs/0002-use-valkey.md", ARD_LINKED.format(
        n=2, title="Use Valkey", status="Accepted\n\nSupersedes [ADR 0001](0001-use-redis.md)"))
    project.write("docs/adrs/0003-use-kafka.md", ARD_LINKED.format(n=3, title="Use Kafka", status="Accepted"))

    result = project.run("new", "--supersedes", "3", "Use NATS")

    assert (result.exit_code, result.stdout) == (0, "docs/adrs/0004-use-nats.md\n")
    assert project.read("docs/adrs/0003-use-kafka.md") == ARD_LINKED.format(
        n=3, title="Use Kafka", status="Superseded by [ADR 0004](0004-use-nats.md)")
    assert "\n\nSupersedes [ADR 0003](0003-use-kafka.md)\n" in project.read("docs/adrs/0004-use-nats.md")
    assert relations(project)[4][1] == [3]


COPPICE = "# {n}. {title}\n\n- **Status:** {status}\n- **Date:** 2026-07-07\n{more}\n## Context\n\nx\n"


def test_key_lines_name_the_records_as_the_log_s_links_do(project: Project) -> None:
    """coppice-rs links `[ADR 0013]` in all its 82 relation links; `adr link` and `adr supersede` wrote `[ADR-0003]`
    beside them. Now its `ADR 0003`, on the key lines too."""
    project.write("docs/decisions/0001-a.md", COPPICE.format(n=1, title="A", status="Accepted", more=""))
    project.write("docs/decisions/0002-b.md", COPPICE.format(
        n=2, title="B", status="Accepted", more="- **Amends:** [ADR 0001](0001-a.md)\n"))
    project.write("docs/decisions/0003-c.md", COPPICE.format(n=3, title="C", status="Proposed", more=""))

    assert project.run("link", "3", "relates-to", "1").exit_code == 0
    assert project.run("supersede", "2", "--by", "3").exit_code == 0

    assert project.read("docs/decisions/0003-c.md") == COPPICE.format(
        n=3, title="C", status="Proposed", more="- **Relates to:** [ADR 0001](0001-a.md)\n"
                                                 "- **Supersedes:** [ADR 0002](0002-b.md)\n")
    assert project.read("docs/decisions/0002-b.md") == COPPICE.format(
        n=2, title="B", status="Superseded by [ADR 0003](0003-c.md)", more="- **Amends:** [ADR 0001](0001-a.md)\n")
    assert project.read("docs/decisions/0001-a.md") == COPPICE.format(
        n=1, title="A", status="Accepted", more="- **Relates to:** [ADR 0003](0003-c.md)\n")


HEADRACE = "# {n:04d}. {title}\n\n- Status: {status}\n- Date: 2026-08-0{n}\n\n## Context\n\nx\n"


def test_supersede_writes_a_key_line_where_the_log_keys_its_records_as_a_list(project: Project) -> None:
    """headrace (`# 0018. Title` over `- Status:` / `- Date:`): `adr supersede 1 --by 2` gave 0002 a `## Links`
    section no record of the log, nor its template, has, while `adr new --supersedes` writes `- Supersedes:`. The
    relation is that key line now."""
    project.write("adr/0001-use-redis.md", HEADRACE.format(n=1, title="Use Redis", status="Accepted"))
    project.write("adr/0002-use-valkey.md", HEADRACE.format(n=2, title="Use Valkey", status="Proposed"))
    project.write("adr/template.md", "# NNNN. Title\n\n- Status: Proposed\n- Date: YYYY-MM-DD\n\n## Context\n\n..\n")

    result = project.run("supersede", "1", "--by", "2")

    assert result.exit_code == 0, result.stderr
    assert project.read("adr/0002-use-valkey.md") == HEADRACE.format(n=2, title="Use Valkey", status="Proposed").replace(
        "- Date: 2026-08-02\n", "- Date: 2026-08-02\n- Supersedes: [ADR-0001](0001-use-redis.md)\n")
    assert relations(project)[2][1] == [1]


def test_link_targets_point_from_the_folder_as_the_log_s_do(project: Project) -> None:
    """pepr links `(./0012-e2e-testing.md)`; adrtool wrote `./` only into a record that had such a link already,
    so one log got both forms from one command. A record with no link beside it points as the log's links do."""
    project.write("adr/0001-a.md", "# 1. A\n\nDate: 2023-01-01\n\n## Status\n\nAccepted\n")
    project.write("adr/0002-b.md", "# 2. B\n\nDate: 2023-01-01\n\n## Status\n\nAccepted\n\n"
                                   "Relates to [1. A](./0001-a.md)\n")
    project.write("adr/0003-c.md", "# 3. C\n\nDate: 2023-01-01\n\n## Status\n\nAccepted\n")

    result = project.run("supersede", "1", "--by", "3")

    assert result.exit_code == 0, result.stderr
    assert project.read("adr/0001-a.md") == "# 1. A\n\nDate: 2023-01-01\n\n## Status\n\nSuperseded by [3. C](./0003-c.md)\n"
    assert project.read("adr/0003-c.md") == \
        "# 3. C\n\nDate: 2023-01-01\n\n## Status\n\nAccepted\n\nSupersedes [1. A](./0001-a.md)\n\n"
