"""Every dialect read into the same model: adr-tools, MADR 2/3/4 and log4brains, as those tools write them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import Project

FIXTURES = Path(__file__).parent / "fixtures"


def copy_fixture(project: Project, name: str) -> None:
    shutil.copytree(FIXTURES / name, project.root, dirs_exist_ok=True)


def listed(project: Project) -> list[dict]:
    result = project.run("list", "--format", "json")
    assert (result.exit_code, result.stderr) == (0, "")
    return json.loads(result.stdout)


def test_adr_tools_repo_with_supersede_chain(project: Project) -> None:
    """A log made by adr-tools (init, new, new -s, new -l) reads with statuses, dates and both link directions."""
    copy_fixture(project, "adr-tools/basic")
    records = listed(project)
    assert [(r["number"], r["title"], r["status"], r["date"], r["supersedes"], r["superseded_by"],
             r["relates_to"], r["format"]) for r in records] == [
        (1, "Record architecture decisions", "accepted", "2024-01-15", [], [], [], "nygard"),
        (2, "Use PostgreSQL for storage", "superseded", "2024-01-16", [], [3], [], "nygard"),
        (3, "Use CockroachDB for storage", "accepted", "2024-03-02", [2], [], [], "nygard"),
        (4, "Add read replicas", "accepted", "2024-03-20", [], [], [], "nygard"),
        (5, "Deploy with Kubernetes", "accepted", "2024-04-05", [], [], [], "nygard"),
    ]
    assert records[1]["path"] == "doc/adr/0002-use-postgresql-for-storage.md"


def test_adr_tools_custom_directory_from_adr_dir(project: Project) -> None:
    """`.adr-dir` names the decision directory, as adr-tools' `adr init DIR` writes it."""
    copy_fixture(project, "adr-tools/custom-dir")
    records = listed(project)
    assert [r["path"] for r in records] == [
        "docs/architecture/decisions/0001-record-architecture-decisions.md",
        "docs/architecture/decisions/0002-use-graphql-for-the-public-api.md"]


def test_superceded_spelling_and_other_links(project: Project) -> None:
    """`Superceded by` (sic) means superseded; `Amended by` and custom labels are kept as links."""
    project.write("doc/adr/0001-old.md", """
        # 1. Old

        Date: 2020-01-01

        ## Status

        Superceded by [2. New](0002-new.md)

        Clarified by [3. Note](0003-note.md)
        """)
    records = listed(project)
    assert [(r["status"], r["superseded_by"]) for r in records] == [("superseded", [2])]
    shown = json.loads(project.run("show", "1", "--format", "json").stdout)
    assert shown["title"] == "Old"


@pytest.mark.parametrize("dialect", ["madr2", "madr3", "madr4"])
def test_madr_fixtures(project: Project, dialect: str) -> None:
    """MADR 2, 3 and 4 logs read with their statuses, deciders and the superseded-by-ADR-0005 forms."""
    shutil.copytree(FIXTURES / "madr" / dialect, project.decisions)
    records = listed(project)
    assert [(r["number"], r["status"], r["superseded_by"], r["decision_makers"]) for r in records] == [
        (1, "accepted", [], ["Alice Martin", "Bob Chen"]),
        (2, "superseded", [5], records[1]["decision_makers"]),
        (5, "accepted", [], records[2]["decision_makers"]),
    ]
    assert {r["format"] for r in records} == {"madr2" if dialect == "madr2" else "frontmatter"}
    assert all(r["title"] and r["date"] for r in records)


def test_log4brains_project(project: Project) -> None:
    """A log4brains project (docs/adr, `- Status:` bullets, date-named files) reads: no numbers, each record's id
    is its file name; a successor named by its date-named file is not a record number; index files are skipped."""
    copy_fixture(project, "log4brains/project")
    records = listed(project)
    assert [(r["number"], r["id"], r["status"], r["superseded_by"], r["tags"], r["path"]) for r in records] == [
        (None, "20210419-use-log4brains-to-manage-the-adrs", "accepted", [], ["dev-tools", "doc"],
         "docs/adr/20210419-use-log4brains-to-manage-the-adrs.md"),
        (None, "20210419-use-markdown-architectural-decision-records", "accepted", [], ["doc"],
         "docs/adr/20210419-use-markdown-architectural-decision-records.md"),
        (None, "20210420-use-postgresql-for-storage", "superseded", [], ["storage", "backend"],
         "docs/adr/20210420-use-postgresql-for-storage.md"),
        (None, "20210503-use-cockroachdb-for-storage", "accepted", [], ["storage", "backend", "scalability"],
         "docs/adr/20210503-use-cockroachdb-for-storage.md"),
    ]


def test_madr4_superseded_by_status_form(project: Project) -> None:
    """MADR's `status: "superseded by ADR-0005"` is status superseded with successor 5."""
    project.write("docs/decisions/0002-use-x.md", """
        ---
        status: "superseded by ADR-0005"
        date: 2024-05-01
        decision-makers: Alice, Bob
        ---
        # Use X
        """)
    record = listed(project)[0]
    assert (record["status"], record["superseded_by"], record["decision_makers"], record["format"]) == (
        "superseded", [5], ["Alice", "Bob"], "frontmatter")


def test_madr2_bullets_with_star_and_dash(project: Project) -> None:
    """MADR 2 `* Status:` and log4brains `- Status:` bullets read the same."""
    project.write("docs/adr/0001-star.md", """
        # Use Markdown Architectural Decision Records

        * Status: superseded by [ADR-0003](0003-dash.md)
        * Deciders: Oliver, Stefan
        * Date: 2017-12-01

        Technical Story: description
        """)
    project.write("docs/adr/0003-dash.md", """
        # Use log4brains

        - Status: accepted
        - Deciders: Thomas
        - Date: 2020-09-09
        - Tags: doc, tooling
        """)
    assert [(r["number"], r["status"], r["superseded_by"], r["decision_makers"], r["date"], r["tags"], r["format"])
            for r in listed(project)] == [
        (1, "superseded", [3], ["Oliver", "Stefan"], "2017-12-01", [], "madr2"),
        (3, "accepted", [], ["Thomas"], "2020-09-09", ["doc", "tooling"], "madr2"),
    ]


def test_title_is_the_first_level_one_heading_outside_code(project: Project) -> None:
    """A `#` line in a code fence or HTML comment is not the title."""
    project.write("decisions/0001-x.md", """
        ---
        status: accepted
        ---
        <!--
        # not a title
        -->
        ```sh
        # a shell comment
        ```
        Real title
        ==========
        """)
    assert listed(project)[0]["title"] == "Real title"


def test_convert_round_trips_adr_tools_records(project: Project) -> None:
    """convert moves adr-tools metadata into front matter; every field reads back the same."""
    copy_fixture(project, "adr-tools/basic")
    before = listed(project)
    dry = project.run("convert", "--dry-run")
    assert dry.exit_code == 0
    assert dry.stdout.startswith("--- a/doc/adr/0001-record-architecture-decisions.md\n")
    assert listed(project) == before  # a dry run writes nothing
    result = project.run("convert")
    assert result.stdout.splitlines()[0] == "converted doc/adr/0001-record-architecture-decisions.md"
    after = listed(project)
    keys = ("number", "title", "status", "date", "supersedes", "superseded_by")
    assert [{k: r[k] for k in keys} for r in after] == [{k: r[k] for k in keys} for r in before]
    assert {r["format"] for r in after} == {"frontmatter"}
    assert [r["relates_to"] for r in after][2:4] == [[], []]  # Amended by / Amends keep their own keys:
    third, fourth = sorted((project.root / "doc/adr").glob("000[34]-*.md"))
    assert "\namended-by: [4]\n" in third.read_text(encoding="utf-8")
    assert "\namends: [3]\n" in fourth.read_text(encoding="utf-8")
    text = project.read("doc/adr/0002-use-postgresql-for-storage.md")
    original = (FIXTURES / "adr-tools/basic/doc/adr/0002-use-postgresql-for-storage.md").read_text(encoding="utf-8")
    assert text == ("---\nstatus: superseded\ndate: 2024-01-16\ndecision-makers: []\nconsulted: []\ninformed: []\n"
                    "tags: []\nsuperseded-by: [3]\n---\n# Use PostgreSQL for storage\n\n## Context"
                    + original.split("## Context", 1)[1])
    assert project.run("convert").stderr == "nothing to convert: every record is in the canonical form\n"


def test_convert_round_trips_madr2(project: Project) -> None:
    """convert moves MADR 2 bullets into front matter and keeps the rest of the body byte for byte."""
    body = "\nTechnical Story: description\n\n## Context and Problem Statement\n\nWhy.\n"
    project.write("docs/adr/0001-star.md", "# Use MADR\n\n* Status: accepted\n* Deciders: Oliver, Stefan\n"
                  "* Date: 2017-12-01\n" + body)
    before = listed(project)
    project.run("convert")
    assert project.read("docs/adr/0001-star.md") == (
        "---\nstatus: accepted\ndate: 2017-12-01\ndecision-makers: [Oliver, Stefan]\nconsulted: []\n"
        "informed: []\ntags: []\n---\n# Use MADR\n" + body)
    after = listed(project)
    assert [{**r, "format": None} for r in after] == [{**r, "format": None} for r in before]


def test_convert_writes_into_another_tool_s_front_matter_not_a_second_block(project: Project) -> None:
    """A Jekyll page's `layout:` / `parent:` block over an adr-tools record (GOV.UK tech-docs pages keep `title:`
    and `last_reviewed_on:` so): convert put its own block above it, and every site reads the first block
    alone, so the page's keys became its text. adrtool's keys go at the end of the page's block."""
    project.write("docs/adr/0003-use-postgres.md", "---\nlayout: default\nnav_order: 3\nparent: Decisions\n---\n"
                  "# 3. Use Postgres\n\nDate: 2020-01-10\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n")
    before = listed(project)
    assert project.run("convert").exit_code == 0
    assert project.read("docs/adr/0003-use-postgres.md") == (
        "---\nlayout: default\nnav_order: 3\nparent: Decisions\nstatus: accepted\ndate: 2020-01-10\n"
        "decision-makers: []\nconsulted: []\ninformed: []\ntags: []\n---\n# Use Postgres\n\n## Context\n\nC.\n")
    assert [{**r, "format": None} for r in listed(project)] == [{**r, "format": None} for r in before]


@pytest.mark.parametrize(("metadata", "status_section", "after"), [
    ("* Date: 2020-01-02\n* Deciders: Ann\n\n", "Accepted", ""),  # bullets over an adr-tools Status section
    ("* Deciders: Ann\n* Date: 2020-01-02\n\n", "Accepted", ""),
    ("", "Accepted\n\nDate: 2020-01-02", ""),  # the day in the Status section
    ("", "Accepted", "## Date\n\n2020-01-02\n\n"),  # a section of its own
])
def test_convert_moves_a_day_and_names_given_anywhere_and_leaves_none_behind(
        project: Project, metadata: str, status_section: str, after: str) -> None:
    """Wherever an adr-tools record gives its day and its decision makers (bullets under the title, the Status
    section, a `## Date` section), convert moves them into front matter and leaves no trace of them behind: no
    bullet, no empty section, no doubled blank line."""
    project.write("doc/adr/0001-a.md", f"# 1. A\n\n{metadata}## Status\n\n{status_section}\n\n{after}## Context\n\nC.\n")
    assert project.run("convert").exit_code == 0
    makers = "[Ann]" if metadata else "[]"
    assert project.read("doc/adr/0001-a.md") == (
        f"---\nstatus: accepted\ndate: 2020-01-02\ndecision-makers: {makers}\nconsulted: []\ninformed: []\n"
        "tags: []\n---\n# A\n\n## Context\n\nC.\n")


def test_convert_moves_a_revisit_point_kept_in_a_section_and_leaves_no_empty_section(project: Project) -> None:
    """Audit round 48 (lane d, class 4): rancher/rke2's records keep their day under `## Established` and their
    revisit point under `## Revisit by`. Convert moved the day and left the heading empty, and left the point in
    its section, so that `adr revisit` wrote a second point in front matter and the page showed the old one.
    Both move into front matter, their sections go, and a revisit moves the record's one point."""
    project.write("docs/adrs/013-rke2-patcher-tool.md", "# Prime tool: rke2-patcher\n\n## Established\n\n2021-03-20\n\n"
                  "## Revisit by\n\n2021-06-11\n\n## Status\n\nProposed\n\n## Context\n\nC.\n")
    before = listed(project)
    result = project.run("convert", "13")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adrs/013-rke2-patcher-tool.md") == (
        "---\nstatus: proposed\ndate: 2021-03-20\nrevisit: 2021-06-11\ndecision-makers: []\nconsulted: []\n"
        "informed: []\ntags: []\n---\n# Prime tool: rke2-patcher\n\n## Context\n\nC.\n")
    assert [{**r, "format": None} for r in listed(project)] == [{**r, "format": None} for r in before]
    assert project.run("revisit", "13", "--outcome", "kept", "--next", "2022-06-01", "--date", "2021-04-01").exit_code == 0
    text = project.read("docs/adrs/013-rke2-patcher-tool.md")
    assert "revisit: 2022-06-01\n" in text and "2021-06-11" not in text


def test_convert_moves_a_revisit_day_from_over_its_note_and_keeps_the_note(project: Project) -> None:
    """Round 50's attack (F19): with a note under the day (`If the patcher is still used.`), `## Revisit by` was left
    in the body whole, and after a revisit the page showed the old day beside the new one in front matter. The day
    moves into front matter; the note stays under its heading."""
    project.write("docs/adrs/013-rke2-patcher-tool.md", "# Prime tool: rke2-patcher\n\n## Established\n\n2021-03-20\n\n"
                  "## Revisit by\n\n2021-06-11\n\nIf the patcher is still used.\n\n## Status\n\nProposed\n\n"
                  "## Context\n\nC.\n")
    result = project.run("convert", "13")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adrs/013-rke2-patcher-tool.md") == (
        "---\nstatus: proposed\ndate: 2021-03-20\nrevisit: 2021-06-11\ndecision-makers: []\nconsulted: []\n"
        "informed: []\ntags: []\n---\n# Prime tool: rke2-patcher\n\n## Revisit by\n\nIf the patcher is still used."
        "\n\n## Context\n\nC.\n")
    assert project.run("revisit", "13", "--outcome", "kept", "--next", "2022-06-01", "--date", "2021-04-01").exit_code == 0
    text = project.read("docs/adrs/013-rke2-patcher-tool.md")
    assert "revisit: 2022-06-01\n" in text and "2021-06-11" not in text


def test_a_revisit_moves_the_day_a_front_matter_record_keeps_in_its_body(project: Project) -> None:
    """Round 50's attack (F19): a record given front matter before convert moved the day (its point still under
    `## Revisit by`): `adr revisit` wrote the new point in front matter and left the old day on the page. The day,
    on a line of its own, goes as the key takes its place; the note under it stays. Near miss: a sentence naming
    the day is the author's, and stays."""
    project.write("docs/adrs/001-a.md", "---\nstatus: proposed\ndate: 2021-03-20\n---\n# A\n\n## Revisit by\n\n"
                  "2021-06-11\n\nIf the patcher is still used.\n\n## Context\n\nC.\n")
    project.write("docs/adrs/002-b.md", "---\nstatus: proposed\ndate: 2021-03-20\n---\n# B\n\n## Revisit by\n\n"
                  "2021-06-11, if the patcher is still used.\n\n## Context\n\nC.\n")
    assert [row["revisit"] for row in listed(project)] == ["2021-06-11", "2021-06-11, if the patcher is still used."]
    for number in ("1", "2"):
        result = project.run("revisit", number, "--outcome", "kept", "--next", "2022-06-01", "--date", "2021-04-01")
        assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adrs/001-a.md") == (
        "---\nstatus: proposed\ndate: 2021-03-20\nrevisit: 2022-06-01\nrevisits:\n  - {date: 2021-04-01, "
        "outcome: kept, next: 2022-06-01}\n---\n# A\n\n## Revisit by\n\nIf the patcher is still used.\n\n"
        "## Context\n\nC.\n")
    assert "\n2021-06-11, if the patcher is still used.\n" in project.read("docs/adrs/002-b.md")


def test_convert_moves_a_madr2_revisit_bullet(project: Project) -> None:
    """A MADR 2 `* Revisit: yoga` bullet stayed in the body, where front matter's reader does not look: the
    converted record lost its revisit point. It moves into front matter with the other bullets."""
    project.write("docs/adr/0001-use-madr-2.md", "# Use MADR 2\n\n* Status: proposed\n* Date: 2021-04-19\n"
                  "* Revisit: yoga\n\n## Context and Problem Statement\n\nWhy.\n")
    assert project.run("convert").exit_code == 0
    assert project.read("docs/adr/0001-use-madr-2.md") == (
        "---\nstatus: proposed\ndate: 2021-04-19\nrevisit: yoga\ndecision-makers: []\nconsulted: []\ninformed: []\n"
        "tags: []\n---\n# Use MADR 2\n\n## Context and Problem Statement\n\nWhy.\n")
    assert listed(project)[0]["revisit"] == "yoga"


DECREE_OLD = "# 0001: Use StrEnum\n\nDate: 2020-10-06\nStatus: Superseded\n\n## Context\n\nx\n\n## Decision\n\ny\n"
DECREE_NEW = "# 0002: Use enum\n\nDate: 2020-10-07\nStatus: Accepted\n\n## Context\n\nx\n\n## Decision\n\ny\n"


def test_decree_relation_lines_closing_a_record_are_its_relations(project: Project) -> None:
    """Audit 58 (class 3): decree's `link` appends `Is superseded by: 0002`, `Supersedes: 0001`, `Amends: 0001` as
    lines of their own at the end of a record; they were not read, and validate warned ADR302 of a superseded record
    naming no successor. They are the record's relations; `References: 0001` names none adr reads and is passed
    over, and a line of other words ends the look (`See: 1`, then prose)."""
    project.write("doc/adr/0001-use-strenum.md", DECREE_OLD + "\nIs superseded by: 0002\n")
    project.write("doc/adr/0002-use-enum.md", DECREE_NEW + "\nSupersedes: 0001\n\nAmends: 0001\n\nReferences: 0001\n")
    project.write("doc/adr/0003-x.md", "# 0003: X\n\nDate: 2020-10-08\nStatus: Accepted\n\n## Decision\n\n"
                  "Relates to: 0001\nNot a relation line.\n")
    records = listed(project)
    assert [(r["status"], r["supersedes"], r["superseded_by"], r["relates_to"], r["links"]) for r in records] == [
        ("superseded", [], [2], [], [{"kind": "superseded-by", "number": 2, "id": None, "href": None}]),
        ("accepted", [1], [], [], [{"kind": "supersedes", "number": 1, "id": None, "href": None},
                                   {"kind": "amends", "number": 1, "id": None, "href": None}]),
        ("accepted", [], [], [], []),
    ]
    result = project.run("validate")
    assert (result.exit_code, result.stdout) == (0, "")


def test_a_status_key_line_ending_on_amended_by_runs_on_to_the_record_named(project: Project) -> None:
    """Audit 58 (lane b, class 6): `**Status:** Accepted — amended by` over `[ADR-0001](..)` (wrapped at the
    relation, as `superseded by` is already read) gave no link; it is read as on one line."""
    project.write("docs/adr/0001-t1.md", "# ADR 0001: T1\n\n**Status:** Accepted\n\n## Context\n\nx\n")
    project.write("docs/adr/0002-t2.md", "# ADR 0002: T2\n\n**Status:** Accepted — amended by\n"
                  "[ADR-0001](0001-t1.md)\n\n## Context\n\nx\n")
    listed = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(link["kind"], link["number"]) for link in listed[2]["links"]] == [("amended-by", 1)]


def test_a_status_stated_as_a_sub_heading_of_the_status_section(project: Project) -> None:
    """Audit 58c class 2: a Status section whose value is a sub-heading (`### 承認済み`, adrowse's `### <img ..
    alt="承認済み" /> 承認済み` under its comments, `### Accepted`) read as no status (ADR301 "the status is
    empty"); its text is the status, as a paragraph's is. Near miss: a sub-heading that names no status
    (`### Note` over `Proposed`) is not the status."""
    lines = {1: "### 承認済み", 2: "<!-- to render SVG file trick -->\n<!-- markdownlint-disable MD033 -->\n"
                                  '### <img src="x.svg" width="10" alt="承認済み" /> 承認済み', 3: "### Accepted",
             4: "### Note\n\nProposed"}
    for number, line in lines.items():
        project.write(f"docs/decisions/0000{number}-t.md", f"# 決定 {number}\n\n## ステータス\n\n{line}\n\n## 背景\n\nb\n")
    listed = {row["number"]: row["status"] for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert listed == {1: "accepted", 2: "accepted", 3: "accepted", 4: "proposed"}
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(finding["path"], finding["code"]) for finding in findings if finding["code"] == "ADR301"] == []


def test_a_table_of_contents_is_no_title_of_a_record_without_one(project: Project) -> None:
    """Audit 58c class 2: adrowse's records open with `## はじめに` (introduction) over links to their own sections
    and have no title heading; each took "はじめに" as its title. The title is the first line of the Decision
    section, as the log's own links name the record. Near miss: an opening heading over text is the title."""
    project.write("docs/decisions/00006-zero-typo.md", "## はじめに\n\n* [決定](#決定)\n* [ステータス](#ステータス)\n\n"
                  "## 決定\n\n<!-- 提案または実施する変更は何か？ -->\nタイポミスをなくすため CSpell と typos を導入する\n\n"
                  "## ステータス\n\n承認済み\n")
    project.write("docs/decisions/00007-x.md", "## Use Gradle\n\nWe build with it.\n\n## Status\n\nAccepted\n")
    listed = {row["number"]: row["title"] for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert listed == {6: "タイポミスをなくすため CSpell と typos を導入する", 7: "Use Gradle"}
