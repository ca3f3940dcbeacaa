"""adr validate: one small broken log per rule, each asserting exactly what is found and nothing else."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest

from conftest import Project

BODY = "## Context\n\nThe context.\n\n## Decision\n\nWe decide.\n\n## Consequences\n\nIt follows.\n"
META = {"status": "accepted", "date": "2021-04-19", "cycle": "xena", "revisit": "yoga"}


def record(title: str = "Keep the Linuxbridge backend", body: str = BODY, **meta: str | None) -> str:
    """A clean front-matter record; keyword arguments change (or, with None, drop) metadata keys.

    Lines: 1 `---`, then one line per key (status 2, date 3, cycle 4, revisit 5, extra keys after), the
    closing `---`, the title.
    """
    values = {**META, **{key.replace("_", "-"): value for key, value in meta.items()}}
    head = [f"{key}: {value}" for key, value in values.items() if value is not None]
    return "\n".join(["---", *head, "---", f"# {title}", "", body])


def write(project: Project, name: str, text: str) -> None:
    (project.decisions).mkdir(exist_ok=True)
    (project.decisions / name).write_text(text, encoding="utf-8")


def found(project: Project, *args: str) -> list[tuple[str, int, int, str]]:
    """(path, line, column, code) of every finding, from the JSON format."""
    result = project.run("validate", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.stderr
    return [(item["path"], item["line"], item["column"], item["code"]) for item in json.loads(result.stdout)]


def messages(project: Project, *args: str) -> list[str]:
    result = project.run("validate", "--format", "json", *args)
    return [item["message"] for item in json.loads(result.stdout)]


D = "decisions/"


@pytest.fixture
def clean(project: Project) -> Project:
    """Three linked records that break no rule."""
    write(project, "0001-use-adrs.md", record("Use ADRs", revisit="never", relates_to="[2]"))
    write(project, "0002-keep-linuxbridge.md", record("Keep Linuxbridge", relates_to="[1]",
                                                      superseded_by="[3]", status="superseded"))
    write(project, "0003-drop-linuxbridge.md",
          record("Drop Linuxbridge", supersedes="[2]",
                 body=BODY + "\nSee [the old decision](0002-keep-linuxbridge.md).\n"))
    return project


def test_clean_log_reports_nothing(clean: Project) -> None:
    """A log that breaks no rule: no output at all, exit 0, even with --strict."""
    result = clean.run("validate", "--strict")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert found(clean) == []


# ADR1xx: files and numbers


def test_unreadable_file_is_a_finding_and_hides_nothing(clean: Project) -> None:
    """ADR100: broken YAML is reported at its line; the other records are still checked."""
    write(clean, "0004-broken.md", "---\nstatus: !status accepted\n---\n# Broken\n")
    write(clean, "0005-no-status.md", record("No status", status=None))
    assert found(clean) == [(D + "0004-broken.md", 2, 1, "ADR100"), (D + "0005-no-status.md", 1, 1, "ADR301")]


@pytest.mark.parametrize("output", ["text", "json", "github"])
def test_unreadable_file_in_every_format(clean: Project, output: str) -> None:
    """ADR100 appears in text, JSON and GitHub output alike, with the reader's reason."""
    (clean.decisions / "0004-latin1.md").write_bytes(b"---\nstatus: accepted\n---\n# Caf\xe9\n")
    result = clean.run("validate", "--format", output)
    assert result.exit_code == 1
    reason = "not UTF-8 text (byte 0xe9 at offset 30)"
    expected = {
        "text": f"decisions/0004-latin1.md:4:1: ADR100 error: {reason}\n",
        "github": f"::error file=decisions/0004-latin1.md,line=4,col=1,title=ADR100::{reason}\n",
    }.get(output)
    if expected is None:
        assert json.loads(result.stdout) == [{"code": "ADR100", "severity": "error", "path": D + "0004-latin1.md",
                                              "line": 4, "column": 1, "message": reason}]
    else:
        assert result.stdout == expected


def test_unnumbered_record_is_flagged_but_readme_index_and_templates_are_not(clean: Project) -> None:
    """ADR101: a decision-looking file without a number; README, index, a register of the records, templates
    and notes are ignored."""
    write(clean, "use-postgres.md", record("Use Postgres"))
    write(clean, "index.md", record("An index with metadata"))
    write(clean, "adr-template.md", record("{short title}"))
    write(clean, "notes.md", "# Notes\n\nNot a decision.\n")
    # a log's own register of its records (Hardhat-Enterprises/Deakin-Detonator-Toolkit)
    write(clean, "adr_register.md", "# ADR register\n\n| ADR | Title | Status |\n|---|---|---|\n| 0001 | X | APPROVED |\n")
    write(clean, "decision-log.md", record("Decision log"))
    # guides to the log, its statuses described (ecmwf/codex's `ADR-Guidelines.md`)
    write(clean, "ADR-Guidelines.md", record("ECMWF Architectural Decision Records (ADR) Guidelines"))
    write(clean, "how-to-write-an-adr.md", record("How to write an ADR"))
    write(clean, "adr-process-for-postgres.md", record("Use Postgres for the ADR process"))
    (clean.decisions / "README.md").write_text("# Our decisions\n\nHand-written.\n", encoding="utf-8")
    assert found(clean) == [(D + "adr-process-for-postgres.md", 1, 1, "ADR101"), (D + "use-postgres.md", 1, 1, "ADR101")]
    assert messages(clean)[1:] == ["looks like a decision record but its name has no number, so adr ignores it; "
                                   "rename it 0005-use-postgres.md"]


ONE_FILE_LOG = """# Architecture Decision Records

## Overview

All our decisions.

## ADR-001: Use Postgres

### Status
Accepted

### Context
C.

## ADR-002: Use Kafka

**Status:** Proposed

### Context
C.
"""


def test_a_file_holding_several_decisions_is_not_advised_a_record_s_name(project: Project) -> None:
    """Audit 55 (lane c, 5; Reinemaker/LOG430_02_Lab7): `ARCHITECTURE_DECISION_RECORDS.md` holds twelve decisions,
    each `## ADR-00N: Title` over its Status; ADR101 said "rename it 0001-architecture-decision-records.md", after
    which adr listed one record and the twelve decisions were gone. It says what the file holds instead; a file
    with one numbered decision is still advised a name."""
    project.write("docs/adr/0001-use-x.md", "# 1. Use X\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/ARCHITECTURE_DECISION_RECORDS.md", ONE_FILE_LOG)
    project.write("docs/adr/postgres.md", ONE_FILE_LOG.split("## ADR-002")[0])
    result = project.run("validate")
    assert (result.exit_code, result.stdout) == (0, (
        "docs/adr/ARCHITECTURE_DECISION_RECORDS.md:1:1: ADR101 warning: holds 2 decision records in one file; adr "
        "reads one record per file, so it ignores them\n"
        "docs/adr/postgres.md:1:1: ADR101 warning: looks like a decision record but its name has no number, so adr "
        "ignores it; rename it 0002-postgres.md\n"))


def test_a_docs_site_page_with_front_matter_is_no_unnumbered_record(project: Project) -> None:
    """Audit 55 (lane b, 5; gtcx-ecosystem/fabric-os): `FOLDER-SPEC.md` (`document_type: folder-spec`, `title:`,
    `date:`, a page's `status: current`, one `## Purpose` section) beside the records was advised a record's name.
    A page is a record only when its status is a decision's or it has a record's sections."""
    project.write("docs/decisions/0001-use-x.md", "---\nstatus: accepted\ndate: 2020-01-01\n---\n# Use X\n\n"
                  "## Context and Problem Statement\n\nx\n")
    project.write("docs/decisions/FOLDER-SPEC.md", "---\ntitle: decisions folder\nstatus: current\ndate: 2020-06-15\n"
                  "document_type: folder-spec\n---\n\n# decisions/ provisioning\n\n## Purpose\n\nWhat.\n")
    project.write("docs/decisions/dated.md", "---\ntitle: A page\ndate: 2020-06-15\n---\n\n# A page\n\n"
                  "## Purpose\n\nWhat.\n")
    project.write("docs/decisions/use-y.md", "---\ntitle: Use Y\ndate: 2020-06-15\n---\n\n# Use Y\n\n"
                  "## Context\n\nWhy.\n\n## Decision\n\nY.\n")
    project.write("docs/decisions/use-z.md", "---\nstatus: proposed\n---\n\n# Use Z\n\n## Purpose\n\nWhat.\n")
    assert messages(project) == [
        "looks like a decision record but its name has no number, so adr ignores it; rename it 0002-use-y.md",
        "looks like a decision record but its name has no number, so adr ignores it; rename it 0003-use-z.md"]


def test_a_template_kept_under_a_name_of_its_own_is_no_unnumbered_record(project: Project) -> None:
    """cross-fade-viewer/th-projekt-3 keeps Joel Parker Henderson's Alexandrian template in its English and German
    logs as `alexandrian-pattern.md` (`# ADR template for the Alexandrian pattern` / `Date: dd.mm.yyyy`; `# ADR
    template für ..` / `Datum: tt.mm.jjjj`): ADR101 said to rename each to a record's name. Near misses: a
    decision about templates, and a record whose date is written, are advised a number still."""
    for number in (1, 2):
        project.write(f"docs/adr/{number:03d}-r{number}.md", f"# R{number}\n\nDate: 25.11.2020\n\n## Summary\n\nS.\n")
    project.write("docs/adr/alexandrian-pattern.md", "# ADR template for the Alexandrian pattern\n\n"
                                                     "Date: dd.mm.yyyy\n\n## Introduction\n\n* Summary\n")
    project.write("docs/adr/muster.md", "# Muster\n\nDatum: tt.mm.jjjj\n\n## Einleitung\n\n* Summary\n")
    project.write("docs/adr/pages.md", "# Use templates for the pages\n\nDate: 26.11.2020\n\n## Status\n\n"
                                                   "Accepted\n")
    project.write("docs/adr/engine.md", "# Template for the engine\n\nDate: 27.11.2020\n\n## Status\n\n"
                                                     "Accepted\n")
    assert sorted(messages(project)) == [
        "looks like a decision record but its name has no number, so adr ignores it; rename it 003-engine.md",
        "looks like a decision record but its name has no number, so adr ignores it; rename it 004-pages.md"]


def test_the_name_advised_for_an_unnumbered_adr_file_says_adr_once(project: Project) -> None:
    """ADR101 on PlebeianApp/market's `ADR-add-product-workflow-boundaries.md` in a log of `ADR-0016-x.md` names:
    rename it `ADR-0017-add-product-workflow-boundaries.md`, not `ADR-0017-adr-add-...`; a name that merely
    opens with the letters (`adrenaline-...`) keeps them."""
    for number in (15, 16):
        project.write(f"docs/adr/ADR-{number:04d}-r{number}.md", f"# ADR-{number:04d}: R{number}\n\n"
                      "## Status\n\nAccepted\n")
    body = "\n\n## Status\n\nProposed\n"
    project.write("docs/adr/ADR-add-product-workflow-boundaries.md", "# ADR: Add product workflow boundaries" + body)
    project.write("docs/adr/adrenaline-pumps.md", "# Adrenaline pumps" + body)
    assert sorted(messages(project)) == [
        "looks like a decision record but its name has no number, so adr ignores it; "
        "rename it ADR-0017-add-product-workflow-boundaries.md",
        "looks like a decision record but its name has no number, so adr ignores it; "
        "rename it ADR-0018-adrenaline-pumps.md"]


def test_a_placeholder_number_is_no_word_of_the_name_advised_and_any_decision_template_is_none(
        project: Project) -> None:
    """nhs-england-tools/repository-template: `ADR-XXX_Agree_CICD.md` is advised `ADR-003_agree_cicd.md` (the
    placeholder dropped, the words joined as the log's `ADR-001_R1.md` names join them, whose capitals say nothing
    of a case), `ADR-nnn_Any_Decision_Record_Template.md` is the log's template (no ADR101), and `ADR-XXX_xxx.md`'s
    words stay (`xxx` after the placeholder is the name)."""
    for number in (1, 2):
        project.write(f"docs/adr/ADR-{number:03d}_R{number}.md", f"# ADR-{number:03d}: R{number}\n\n## Status\n\nAccepted\n")
    body = "\n\n## Status\n\nProposed\n"
    project.write("docs/adr/ADR-XXX_Agree_CICD.md", "# ADR-XXX: Agree CICD" + body)
    project.write("docs/adr/ADR-nnn_Any_Decision_Record_Template.md", "# ADR-nnn: Any Decision Record Template" + body)
    project.write("docs/adr/ADR-XXX_xxx.md", "# ADR-XXX: xxx" + body)
    assert sorted(messages(project)) == [
        "looks like a decision record but its name has no number, so adr ignores it; rename it ADR-003_agree_cicd.md",
        "looks like a decision record but its name has no number, so adr ignores it; rename it ADR-004_xxx.md"]



def clubhook(project: Project) -> None:
    """kougakusai/DR's `Clubhook/architecture/`: a record numbered after its category's letters, and the team's
    example named with a colon after its number, its date and title still the template's."""
    project.write("Clubhook/architecture/ARC-002-backend-deployment.md",
                  "# ARC-002-backend-deployment\n\nDate: 2021/07/17\n\n## Status\n\nproposed\n\n## Context\n\nc\n")
    project.write("Clubhook/architecture/ARC-001:example.md",
                  "# ADR の記事のタイトル\n\nDate: 日付\n\n## Status\n\n"
                  "proposed | rejected | accepted | deprecated | superseded by 記事リンク\n\n## Context\n\nc\n")


def test_a_colon_after_a_number_is_read_and_no_advice_keeps_two_numbers(project: Project) -> None:
    """Audit 56 (lane c, class 7): ADR101 advised renaming kougakusai/DR's example `ARC-001:example.md` to
    `ARC-003-001-example.md` (two numbers; following it made the example record 3). A colon after the number is
    read as a separator: the file is the log's example, no record; a new record is named with the log's `-`."""
    clubhook(project)
    project.today = "2021-08-01"
    result = project.run("--dir", "Clubhook/architecture", "validate")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    result = project.run("--dir", "Clubhook/architecture", "new", "Use x")
    assert result.stdout == "Clubhook/architecture/ARC-003-use-x.md\n"


def test_adr101_keeps_the_number_a_name_holds_where_its_joint_is_not_read(project: Project) -> None:
    """A number adr does not read after its joint (`ADR-004.d4.md`) is the name's own: the advice keeps it, once,
    and says adr does not read it (it said the name had no number, and advised `ADR-004-004-d4.md`); `ADR-003:d3.md`
    is read as record 3."""
    for number in (1, 2):
        project.write(f"docs/adr/ADR-00{number}-d{number}.md", f"# ADR-00{number}: D{number}\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/ADR-003:d3.md", "# ADR-003: D3\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/ADR-004.d4.md", "# D4\n\n## Status\n\nAccepted\n")
    assert messages(project) == ["looks like a decision record but adr does not read the number in its name, so adr "
                                 "ignores it; rename it ADR-004-d4.md"]
    assert [row["number"] for row in json.loads(project.run("list", "--format", "json").stdout)] == [1, 2, 3]


def test_records_named_markdown_otherwise_are_read_and_folders_of_attachments_are_none(project: Project) -> None:
    """`0003-use-x.markdown` and `0005-use-y.mdx` beside `.md` records are records of the log (they were named in
    an ADR101 warning and not read); a record in a folder of its own (`0002-use-redis/README.md`) is read
    (tests/test_folder_records.py), a folder of a record's attachments (`0001-use-postgres/` beside
    `0001-use-postgres.md`) and an empty numbered folder are no record."""
    accepted = "\n\nDate: 2021-01-01\n\n## Status\n\nAccepted\n"
    project.write("docs/adr/0001-use-postgres.md", "# 1. Use Postgres" + accepted)
    project.write("docs/adr/0001-use-postgres/README.md", "# 1. Use Postgres" + accepted)
    project.write("docs/adr/0002-use-redis/README.md", "# 2. Use Redis" + accepted)
    project.write("docs/adr/0003-use-x.markdown", "# 3. Use X" + accepted)
    project.write("docs/adr/0005-use-y.mdx", "# 5. Use Y" + accepted)
    (project.root / "docs/adr/0004-plans").mkdir()
    assert found(project) == []
    assert [(row["path"], row["number"], row["title"]) for row in
            json.loads(project.run("list", "--format", "json").stdout)] == [
        ("docs/adr/0001-use-postgres.md", 1, "Use Postgres"), ("docs/adr/0002-use-redis/README.md", 2, "Use Redis"),
        ("docs/adr/0003-use-x.markdown", 3, "Use X"), ("docs/adr/0005-use-y.mdx", 5, "Use Y")]


def test_records_in_another_markup_among_markdown_ones_are_said_to_be_unread(project: Project) -> None:
    """bluesky/ophyd-async keeps records 3-6 as `.rst` among `.md` ones: the log showed a gap and validate said
    nothing. ADR101 warns of each; a numbered `.txt` beside the record of its name is an attachment, and a `.rst`
    named as no record (`conf.rst`) is none."""
    accepted = "\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n"
    project.write("docs/adr/0001-use-postgres.md", "# 1. Use Postgres" + accepted)
    project.write("docs/adr/0001-use-postgres.txt", "notes\n")
    project.write("docs/adr/0003-ophyd-async-migration.rst", "3. Migration\n============\n\nDate: 2023-09-07\n")
    project.write("docs/adr/0004-structure.adoc", "= 4. Structure\n")
    project.write("docs/adr/conf.rst", "Configuration\n")
    assert [path for path, _, _, code in found(project) if code == "ADR101"] == [
        "docs/adr/0003-ophyd-async-migration.rst", "docs/adr/0004-structure.adoc"]
    assert [message for message in messages(project) if "does not read" in message] == [
        "a record file in reStructuredText, which adr does not read: adr reads Markdown records "
        "(0003-ophyd-async-migration.md)",
        "a record file in AsciiDoc, which adr does not read: adr reads Markdown records (0004-structure.md)"]


def test_a_record_saved_without_md_is_said_to_be_unread_and_keeps_its_number(project: Project) -> None:
    """danielscholl/infra-azure-provisioning's `0006-zonal-recovery-airflow`, an adr-tools record saved without
    its extension (audit 55, lane a): it was skipped in silence, and `adr new` wrote a second record 3. ADR101 warns
    of it, and `adr new` takes no number such a name holds (a gap costs nothing, a second record 3 does); a
    numbered file that reads as no record (`0004-build`, a script) is said nothing of, and a name with a dot is
    another format's."""
    accepted = "\n\nDate: 2021-06-18\n\n## Status\n\nProposed\n\n## Context\n\nx\n"
    for number in (1, 2):
        project.write(f"docs/adr/000{number}-thing-{number}.md", f"# {number}. Thing {number}" + accepted)
    project.write("docs/adr/0003-thing-3", "# 3. Thing 3" + accepted)
    project.write("docs/adr/0004-build", "#!/bin/sh\nmake\n")
    project.write("docs/adr/0004-notes.v2", "# 4. Notes" + accepted)
    assert [path for path, _, _, code in found(project) if code == "ADR101"] == ["docs/adr/0003-thing-3"]
    assert [message for message in messages(project) if "`.md`" in message] == [
        "looks like a decision record but its name has no `.md`, so adr does not read it; rename it "
        "0003-thing-3.md"]
    assert project.run("new", "Thing four").stdout == "docs/adr/0005-thing-four.md\n"


def test_a_record_whose_name_holds_a_line_break_is_said_to_be_unread_and_keeps_its_number(project: Project) -> None:
    """Attack 56 (F10): `docs/adr/0009-a\\nb.md` and `archive/0008-a\\nb.md` were skipped in silence, and `adr new`
    wrote a second record 8. ADR101 warns of each, in the log and in its archive, with the name to give it, the
    text output keeping each finding on one line, and `adr new` takes no number such a name holds."""
    accepted = "---\nstatus: accepted\n---\n# {n}. R{n}\n"
    for number in (1, 2):
        project.write(f"docs/adr/000{number}-r{number}.md", accepted.format(n=number))
    project.write("docs/adr/archive/0007-old.md", accepted.format(n=7))
    project.write("docs/adr/0009-a\nb.md", accepted.format(n=9))
    project.write("docs/adr/archive/0008-a\nb.md", accepted.format(n=8))
    assert [(path, code) for path, _, _, code in found(project) if code == "ADR101"] == [
        ("docs/adr/0009-a\nb.md", "ADR101"), ("docs/adr/archive/0008-a\nb.md", "ADR101")]
    assert [message for message in messages(project) if "line break" in message] == [
        "is named as a decision record but its name holds a line break, so adr does not read it; rename it "
        "0009-a-b.md",
        "is named as a decision record but its name holds a line break, so adr does not read it; rename it "
        "0008-a-b.md"]
    text = project.run("validate")
    assert [line for line in text.stdout.splitlines() if "ADR101" in line] == [
        "docs/adr/0009-a\\nb.md:1:1: ADR101 warning: is named as a decision record but its name holds a line break, "
        "so adr does not read it; rename it 0009-a-b.md",
        "docs/adr/archive/0008-a\\nb.md:1:1: ADR101 warning: is named as a decision record but its name holds a line "
        "break, so adr does not read it; rename it 0008-a-b.md"]
    assert project.run("new", "Next").stdout == "docs/adr/0010-next.md\n"


def test_a_link_named_as_a_record_without_md_is_neither_advised_nor_counted(project: Project, tmp_path: Path) -> None:
    """An extensionless link named as a record (`0009-link -> 0008-real`, audit 55b, M5): ADR101 said "rename it
    0009-link.md" (a second record 8, under a number `adr new` had just given another) while `adr new` passed over
    its number; a link out of the project was opened and read. A link so named is neither advised nor counted,
    and never opened."""
    accepted = "\n\nDate: 2024-01-08\n\n## Status\n\nAccepted\n\n## Context\n\nx\n"
    project.write("docs/adr/0001-one.md", "# 1. One" + accepted)
    project.write("docs/adr/0008-real", "# 8. Real" + accepted)
    (project.root / "docs/adr/0009-link").symlink_to("0008-real")
    (tmp_path / "outside").write_text("# 7. Out" + accepted, encoding="utf-8")
    (project.root / "docs/adr/0007-out").symlink_to(tmp_path / "outside")
    assert [path for path, _, _, code in found(project) if code == "ADR101"] == ["docs/adr/0008-real"]
    assert project.run("new", "Next").stdout == "docs/adr/0009-next.md\n"


def test_a_tech_docs_record_page_named_without_md_is_said_to_be_unread(project: Project) -> None:
    """ukhsa-collaboration/ohid-tech-docs keeps `adr-002-using-cmk-for-rds.erb` beside its `adr-001-x.html.md.erb`
    pages: the log showed one record of two and validate said nothing. ADR101 warns of it; an `.erb` named as no
    record (`layout.erb`), or the page's twin beside its `.html.md.erb`, is none."""
    page = "---\ntitle: ADR-00{n} Use {x}\n---\n\n- Status: Accepted\n- Date: 2021-02-25\n\nc\n"
    adrs = "source/documentation/adrs"
    project.write(f"{adrs}/adr-001-use-x.html.md.erb", page.format(n=1, x="X"))
    project.write(f"{adrs}/adr-002-using-cmk.erb", page.format(n=2, x="CMK"))
    project.write(f"{adrs}/adr-003-use-z.html.md.erb", page.format(n=3, x="Z"))
    project.write(f"{adrs}/adr-003-use-z.erb", page.format(n=3, x="Z"))
    project.write(f"{adrs}/layout.erb", "<%= yield %>\n")
    assert [(path, code) for path, _, _, code in found(project)] == [(f"{adrs}/adr-002-using-cmk.erb", "ADR101")]
    assert [message for message in messages(project) if "does not read" in message] == [
        "a record page named without `.md`, which adr does not read: adr reads a tech-docs page named "
        "adr-002-using-cmk.html.md.erb"]


def test_a_record_page_under_any_extensions_adr_does_not_read_is_said_to_be_unread(project: Project) -> None:
    """Round 50's attack (F18): ADR101 warned of `adr-005-x.erb` but not of `adr-004-x.html.erb`, which adr does
    not read either. Every page named as a record under extensions adr does not read is said unread (`.html.erb`,
    `.md.erb`, `.html.rst`), but the twin of a record adr reads (`adr-001-use-x.html.erb`)."""
    page = "---\ntitle: ADR-00{n} Use {x}\n---\n\n- Status: Accepted\n- Date: 2021-02-25\n\nc\n"
    adrs = "source/documentation/adrs"
    project.write(f"{adrs}/adr-001-use-x.html.md.erb", page.format(n=1, x="X"))
    project.write(f"{adrs}/adr-001-use-x.html.erb", page.format(n=1, x="X"))
    project.write(f"{adrs}/adr-003-use-z.html.md.erb", page.format(n=3, x="Z"))
    project.write(f"{adrs}/adr-004-use-w.html.erb", page.format(n=4, x="W"))
    project.write(f"{adrs}/adr-005-use-v.md.erb", page.format(n=5, x="V"))
    project.write(f"{adrs}/adr-006-use-u.html.rst", "ADR-006 Use U\n=============\n")
    project.write(f"{adrs}/layout.html.erb", "<%= yield %>\n")
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(item["path"].rsplit("/", 1)[1], item["message"]) for item in findings if item["code"] == "ADR101"] == [
        ("adr-004-use-w.html.erb", "a record page named without `.md`, which adr does not read: adr reads a "
                                   "tech-docs page named adr-004-use-w.html.md.erb"),
        ("adr-005-use-v.md.erb", "a record page named without `.html`, which adr does not read: adr reads a "
                                 "tech-docs page named adr-005-use-v.html.md.erb"),
        ("adr-006-use-u.html.rst", "a record file in reStructuredText, which adr does not read: adr reads Markdown "
                                   "records (adr-006-use-u.md)")]


def test_a_record_numbered_as_another_scheme_numbers_it_is_not_advised_a_number(clean: Project) -> None:
    """ADR101 on grpc/proposal's `A27-x.md`, a `cm-008-x.md` and bbc/tams' addendum `0004a-x.md` (it was an error
    advising a number): a warning that adr does not read that numbering; no advice to rename them
    `0004-cm-008-x.md` (8 would become 4) or to give A27 and G27 one number. (alphagov/
    govuk-rfcs' `rfc-008-x.md` is read: `RFC` is a prefix, as `ADR` is.)"""
    write(clean, "cm-008-migrating.md", record("Migrating"))
    write(clean, "A27-xds.md", record("xDS"))
    write(clean, "oauth2-login.md", record("OAuth2 login"))  # a word holding a digit: a name with no number
    # a record about templates (as cloudfoundry/community's toc/rfc/ has one), not a template
    write(clean, "cm-0054-extend-template.md", record("Extend the template"))
    write(clean, "use-jinja-templates-for-emails.md", record("Use Jinja templates for emails"))
    write(clean, "ADRXXX-architecture-decision-record-template.md", record("ADR title"))  # alphagov/forms' template
    write(clean, "YYYY-MM-DD-z-template.md", record("Title"))  # prose-im/prose-pod-api's: a letter sorts it last
    write(clean, "0004a-ancestry-relationships.md", record("Ancestry relationships"))  # bbc/tams: an addendum of 4
    findings = json.loads(clean.run("validate", "--format", "json").stdout)
    assert sorted((f["path"].rsplit("/", 1)[1], f["code"], f["severity"], f["message"]) for f in findings
                  if f["code"] == "ADR101" and "another scheme" in f["message"]) == [
        ("0004a-ancestry-relationships.md", "ADR101", "warning", "looks like a decision record numbered as another "
                                                                 "scheme numbers them (0004a), which adr does not "
                                                                 "read, so adr ignores it"),
        ("A27-xds.md", "ADR101", "warning", "looks like a decision record numbered as another scheme numbers them "
                                            "(A27), which adr does not read, so adr ignores it"),
        ("cm-008-migrating.md", "ADR101", "warning", "looks like the first of 2 records numbered as another "
                                                     "scheme numbers them (cm-008 to cm-0054), which adr does "
                                                     "not read, so adr ignores them")]  # one series: one warning
    assert [(f["path"].rsplit("/", 1)[1], f["severity"]) for f in findings if f["code"] == "ADR101"
            and "another scheme" not in f["message"]] == [("oauth2-login.md", "warning"),
                                                          ("use-jinja-templates-for-emails.md", "warning")]


def test_a_series_numbered_as_another_scheme_beside_the_records_is_warned_of_once(project: Project) -> None:
    """Audit 48 (lane e, class 8b): augustoflorentino/decisoes-tecnicas keeps trade-off notes (`TRD-0001-x.md`)
    beside each project's records (`ADR-0001-x.md`): 24 warnings, one a file. A series is warned of once, at its
    first file, saying how many it holds; a lone file as before; each log's series on its own."""
    for log, names in (("projects/crm", ("ADR-0001-banco", "ADR-0002-fila", "ADR-0003-gateway", "ADR-0004-dlq",
                                         "TRD-0001-banco", "TRD-0002-gateway", "TRD-0010-dlq")),
                       ("projects/erp", ("ADR-0001-arquitetura", "ADR-0002-sync", "TRD-0002-sync"))):
        for name in names:
            project.write(f"{log}/{name}.md", f"# {name[:8]}: T\n\n- **Status:** Aceito\n\n## Contexto\n\nC.\n")
    findings = json.loads(project.run("validate", "--strict", "--format", "json").stdout)
    assert [(f["path"], f["code"], f["message"]) for f in findings] == [
        ("projects/crm/TRD-0001-banco.md", "ADR101", "looks like the first of 3 records numbered as another scheme "
                                                     "numbers them (TRD-0001 to TRD-0010), which adr does not read, "
                                                     "so adr ignores them"),
        ("projects/erp/TRD-0002-sync.md", "ADR101", "looks like a decision record numbered as another scheme "
                                                    "numbers them (TRD-0002), which adr does not read, so adr "
                                                    "ignores it")]


def test_a_companion_document_whose_status_line_says_how_the_work_stands_is_no_record(clean: Project) -> None:
    """Audit 52 (lane b, class 7): TomRiddelsdell's `adr-relationships.md`, a matrix of the records' relations with
    a line `**Status**: All critical ADR gaps filled`, was advised to be renamed as record 4. A file is taken for
    an unnumbered record by a status a reader names, or a date; an unnumbered record with one is still warned of."""
    write(clean, "adr-relationships.md", "# ADR Relationship Matrix\n\n**Purpose**: maps the records.\n\n"
                                          "**Status**: All critical ADR gaps filled\n\n## Matrix\n\n| a | b |\n")
    write(clean, "use-kafka.md", "# Use Kafka\n\n**Status**: Accepted\n\n## Context\n\nC.\n")
    findings = json.loads(clean.run("validate", "--format", "json").stdout)
    assert [(f["path"].rsplit("/", 1)[1], f["code"]) for f in findings if f["code"] == "ADR101"] == [
        ("use-kafka.md", "ADR101")]


def test_a_document_that_names_its_record_is_an_attachment(clean: Project) -> None:
    """ADR101: `cm003-implementation-spec.md` whose metadata names its record (`**ADR:** [ADR-0002](..)`, a
    `Parent ADR:` bullet, front matter `decision: ADR-0003`, a `| Decision | ADR-0003 |` row;
    HTT-BRANDS/azure-governance-platform) is no record
    left unnumbered; one whose `Decision:` is prose, or names a record the log lacks, still is."""
    write(clean, "cm003-implementation-spec.md", "# CM-003 Implementation Specification\n\n"
          "**ADR:** [ADR-0002](0002-keep-linuxbridge.md)\n**Status:** Ready for Implementation\n\n## Files\n")
    write(clean, "rollout-plan.md", "# Rollout plan\n\n- Status: draft\n- Parent ADR: ADR-0001 (Use ADRs)\n")
    write(clean, "scope.md", "---\nstatus: complete\ndecision: ADR-0003\n---\n# Scope\n")
    write(clean, "table-spec.md", "# Table spec\n\n| Field | Value |\n|---|---|\n| **Decision** |  ADR-0003   |  \n")
    write(clean, "use-tiers.md", "# Use tiers\n\n**Status:** Accepted\n**Decision:** We adopt 3 tiers\n\n## Context\n")
    write(clean, "use-cells.md", "# Use cells\n\n**Status:** Accepted\n**ADR:** ADR-0042\n\n## Context\n")
    assert found(clean) == [(D + "use-cells.md", 1, 1, "ADR101"), (D + "use-tiers.md", 1, 1, "ADR101")]


def test_non_canonical_file_name(clean: Project) -> None:
    """ADR102: `4_Use_Postgres.md` is read (it is numbered) but not named NNNN-slug.md."""
    write(clean, "4_Use_Postgres.md", record("Use Postgres"))
    assert found(clean) == [(D + "4_Use_Postgres.md", 1, 1, "ADR102")]
    assert messages(clean) == ["file name '4_Use_Postgres.md' is not NNNN-slug.md; expected '0004-use-postgres.md'"]


def test_shared_number_names_both_files(clean: Project) -> None:
    """ADR103: two records numbered 4 (parallel branches): each file names the other."""
    write(clean, "0004-use-postgres.md", record("Use Postgres"))
    write(clean, "0004-use-mysql.md", record("Use MySQL"))
    assert found(clean) == [(D + "0004-use-mysql.md", 1, 1, "ADR103"), (D + "0004-use-postgres.md", 1, 1, "ADR103")]
    assert messages(clean) == [
        "number 4 is also used by 0004-use-postgres.md; give one of them the next free number (0005)",
        "number 4 is also used by 0004-use-mysql.md; give one of them the next free number (0005)",
    ]


def test_a_shared_number_s_byte_identical_twins_are_said_to_be_one_record(clean: Project) -> None:
    """Audit 55 (lane a, 10d; STFC's `0008-open-telemetry.md` beside `0008-use-opentelemetry.md`, a rename left
    behind): "give one of them the next free number" would publish one decision twice; the files are said to be
    identical, and one is to be deleted. A third file of the number, another record, still gets a number."""
    write(clean, "0004-use-postgres.md", record("Use Postgres"))
    write(clean, "0004-postgres.md", record("Use Postgres"))
    assert messages(clean) == [
        "number 4 is also used by 0004-use-postgres.md (identical to this file); delete one of them",
        "number 4 is also used by 0004-postgres.md (identical to this file); delete one of them"]
    write(clean, "0004-use-mysql.md", record("Use MySQL"))
    assert messages(clean) == [
        "number 4 is also used by 0004-use-mysql.md, 0004-use-postgres.md (identical to this file); give one of them "
        "the next free number (0005)",
        "number 4 is also used by 0004-postgres.md, 0004-use-postgres.md; give one of them the next free number "
        "(0005)",
        "number 4 is also used by 0004-postgres.md (identical to this file), 0004-use-mysql.md; give one of them "
        "the next free number (0005)"]


def test_shared_date_numbers_of_log4brains_are_not_flagged(project: Project) -> None:
    """ADR103 skips log4brains' date-named files (YYYYMMDD-slug.md): several records a day is normal."""
    write(project, "20210419-use-markdown.md", record("Use Markdown", revisit="never"))
    write(project, "20210419-use-log4brains.md", record("Use log4brains", revisit="never"))
    assert found(project) == []


def test_a_translation_shares_its_record_s_number(clean: Project) -> None:
    """Melandel/dotnet-web-service: `0004-fr-x.md` beside `0004-x.md` is record 4 in French, no ADR103 (both
    listed: two files, two titles); two originals, or a slug opening with an English word (`it-`), still are."""
    write(clean, "0004-use-postgres.md", record("Use Postgres"))
    write(clean, "0004-fr-utiliser-postgres.md", record("Utiliser Postgres"))
    assert found(clean) == []
    assert [row["title"] for row in json.loads(clean.run("list", "--format", "json").stdout)
            if row["number"] == 4] == ["Utiliser Postgres", "Use Postgres"]
    write(clean, "0004-it-runs-mysql.md", record("IT runs MySQL"))
    assert [code for _, _, _, code in found(clean)] == ["ADR103"] * 3


def test_adr_tools_title_number_differs(project: Project) -> None:
    """ADR104: `# 3. Title` in 0004-....md, reported on the title line."""
    write(project, "0004-use-postgres.md", "# 3. Use Postgres\n\nDate: 2021-04-19\n\n## Status\n\nAccepted\n\n"
                                           "## Context\n\nC.\n\n## Decision\n\nD.\n\n## Consequences\n\nE.\n")
    assert found(project) == [(D + "0004-use-postgres.md", 1, 1, "ADR104")]
    assert messages(project) == ["title number 3 differs from the file's number 4"]


# ADR2xx: content


def test_no_title(clean: Project) -> None:
    """ADR201: no level-1 heading; reported on the first line after the front matter, an error in a log kept with
    adrtool."""
    write(clean, "0004-untitled.md", "\n".join(["---", "status: accepted", "date: 2021-04-19", "cycle: xena",
                                               "revisit: yoga", "---", "", BODY]))
    assert found(clean) == [(D + "0004-untitled.md", 7, 1, "ADR201")]
    assert json.loads(clean.run("validate", "--format", "json").stdout)[0]["severity"] == "error"


def test_missing_required_section(clean: Project) -> None:
    """ADR202: no Consequences section in an adrtool-style record, reported on the title."""
    write(clean, "0004-short.md", record("Short", body="## Context\n\nC.\n\n## Decision\n\nD.\n"))
    assert found(clean) == [(D + "0004-short.md", 7, 1, "ADR202")]
    assert messages(clean) == ["no Consequences section ('## Consequences')"]


def test_madr_sections_are_accepted_as_equivalents(clean: Project) -> None:
    """MADR's Context and Problem Statement / Decision Outcome satisfy ADR202; Consequences is optional."""
    write(clean, "0004-madr.md", record("MADR style", body="## Context and Problem Statement\n\nQ?\n\n"
                                                        "## Decision Outcome\n\nChosen option: A.\n"))
    assert found(clean) == []


def test_empty_section_and_template_placeholder(clean: Project) -> None:
    """ADR203 and ADR204: a section holding only our template's hint is empty and a placeholder."""
    body = ("## Context\n\n<!-- What is the issue we are facing, what forces are at play, and what limits the "
            "options? -->\n\n## Decision\n\nWe decide.\n\n## Consequences\n\nIt follows.\n")
    write(clean, "0004-draft.md", record("Draft", body=body))
    assert found(clean) == [(D + "0004-draft.md", 9, 1, "ADR203"), (D + "0004-draft.md", 11, 1, "ADR204")]
    assert messages(clean) == [
        "section 'Context' is empty",
        "unfilled template placeholder <!-- What is the issue we are facing, what forces are at ...",
    ]


def test_own_html_comments_are_not_placeholders(clean: Project) -> None:
    """A comment the author wrote is neither a placeholder nor content-free only if the section has text."""
    write(clean, "0004-commented.md", record("Commented", body=BODY + "\n<!-- TODO: link the spec -->\n"))
    assert found(clean) == []


MAIL_MERGE = ("# Greet users by name\n\n* Status: accepted\n* Date: 2021-04-19\n* Technical Story: {{STORY}}\n\n"
              "## Context\n\nWe greet users with {{FIRST_NAME}} from Mailchimp's merge tags.\n\n{{SUPERSEDES}}\n\n"
              "| Owner | {{OWNER}} |\n|---|---|\n\n## Decision\n\nWe do.\n")


@pytest.mark.parametrize(("template", "lines"), [
    (None, [5, 11, 13]),
    ("# {{ID}} {{TITLE}}\n\nDear {{FIRST_NAME}},\n", [5, 9, 11, 13]),  # the log's template has it
])
def test_a_template_variable_in_prose_is_the_author_s(project: Project, template: str | None,
                                                      lines: list[int]) -> None:
    """Attack 55b L8: ADR204 flagged `{{FIRST_NAME}}` in a sentence about mail-merge tags. A variable left in is one
    that stands where a template puts it (a key's value, a line or a table cell of its own, a heading), or one the
    log's own template has; in the author's prose it is their text."""
    write(project, "0001-greet-users-by-name.md", MAIL_MERGE)
    if template is not None:
        write(project, "template.md", template)
    assert [line for _, line, _, code in found(project) if code == "ADR204"] == lines


def test_madr_placeholders(project: Project) -> None:
    """ADR204: MADR 3/4 `{...}` anywhere (not in code); MADR 2 `[...]` in MADR 2 records only. A title left as one
    is an ADR201 error, reported once."""
    code = "\n`{not a placeholder}` and {one}\n\n```\n{in code too}\n```\n"
    write(project, "0001-madr3.md", record("{short title of solved problem and solution}", revisit="never",
                                           body=BODY + code))
    write(project, "0002-madr2.md", "# Use Postgres\n\n* Status: accepted\n* Date: 2021-04-19\n* Revisit: never\n\n"
                                    "## Context and Problem Statement\n\n[Describe the context]\n\n"
                                    "## Decision Outcome\n\n"
                                    "Chosen option: \"[option 1]\", see [ADR 1](0001-madr3.md).\n\n"
                                    "- [ ] a task\n")
    assert found(project) == [(D + "0001-madr3.md", 7, 1, "ADR201"), (D + "0002-madr2.md", 9, 1, "ADR204"),
                              (D + "0002-madr2.md", 13, 17, "ADR204")]
    assert messages(project) == ["the title is the template's placeholder '{short title of solved problem and "
                                 "solution}'; give the record its title",
                                 "unfilled template placeholder [Describe the context]",
                                 "unfilled template placeholder [option 1]"]


def test_names_written_inside_the_template_s_braces_are_filled_in(project: Project) -> None:
    """Audit 48 (lane e, class 8a): Arq-Nuevas-Tecnologias-2023/Captura-de-decisiones keeps MADR's braces around
    its names (`decision-makers: {Grupo 7 - MATI}`); `adr list` read the names while ADR204 called them unfilled,
    twice a record. What the reader takes as names is filled in; the template's hint stays a placeholder."""
    page = "---\nstatus: accepted\ndate: 2020-05-01\n{people}---\n# {title}\n\n## Context and Problem Statement\n\nC.\n"
    project.write("docs/decisions/0001-visualizacion.md", page.format(title="Visualización", people=(
        "decision-makers: {Grupo 7 - MATI}\nconsulted: {Arquitectos Senior, ArquitectosCognitivos}\n")))
    project.write("docs/decisions/0002-b.md", page.format(title="B", people=(
        "decision-makers: {list everyone involved in the decision}\ninformed: {Equipo}\n")))
    project.write("docs/decisions/0003-c.md", page.format(title="C", people=(  # the same, quoted: strings
        "decision-makers: \"{Ann, Bo}\"\nconsulted: \"{list everyone whose opinions are sought}\"\n")))
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["decision_makers"], row["consulted"], row["informed"]) for row in listed] == [
        (["Grupo 7 - MATI"], ["Arquitectos Senior", "ArquitectosCognitivos"], []), ([], [], ["Equipo"]),
        (["Ann", "Bo"], [], [])]
    findings = json.loads(project.run("validate", "--strict", "--format", "json").stdout)
    assert [(finding["path"].rsplit("/", 1)[-1], finding["line"], finding["code"], finding["message"])
            for finding in findings] == [
        ("0002-b.md", 4, "ADR204", "unfilled template placeholder {list everyone involved in the decision}"),
        ("0003-c.md", 5, "ADR204", "unfilled template placeholder {list everyone whose opinions are sought}")]


def test_madr_2_links_filled_in_and_a_record_named_in_brackets_are_no_placeholders(project: Project) -> None:
    """ADR204, round 44: MADR 2's `* [Link type] [Link to ADR]` filled in with the author's label and an address or a
    record (`* [Golang Webseite] [https://golang.org/]`, mi-classroom's logs; `* [Refined by] [ADR 12]`), and a
    record named in brackets in a sentence (`conforme a [ADR 006]`, mecanicadm-api-v2), were placeholders. The
    template's own line, and a label before a bracket of other words, still are."""
    write(project, "0001-use-go.md", "# Use Go\n\n* Status: accepted\n* Date: 2020-05-01\n* Revisit: never\n\n"
                                     "## Context and Problem Statement\n\nIntegradas conforme a [ADR 006], utilizando.\n\n"
                                     "## Decision Outcome\n\nD.\n\n## Links\n\n* [Golang Webseite] [https://golang.org/]\n"
                                     "* [Refined by] [ADR 12]\n* [Link type] [Link to ADR]\n* [Refined by] [the next one]\n")
    assert messages(project) == ["unfilled template placeholder [Link type]", "unfilled template placeholder [Refined by]"]
    assert found(project) == [(D + "0001-use-go.md", 19, 3, "ADR204"), (D + "0001-use-go.md", 20, 3, "ADR204")]


def test_front_matter_placeholders_are_whole_values(project: Project) -> None:
    """ADR204 in front matter: MADR's `{...}` standing for a key's whole value is a placeholder; a YAML flow
    mapping (what `adr revisit` writes) and braces inside a longer value are data."""
    head = ("---\nstatus: accepted\ndate: 2021-04-19\nrevisit: never\n"
            "decision-makers: {list everyone involved in the decision}\n"
            "consulted: \"{list everyone whose opinions are sought}\"\n"
            "revisits:\n  - {date: 2021-10-18, cycle: yoga, outcome: kept, next: never}\n"
            "  - {date: 2022-04-04, outcome: kept, next: never, note: 'see {the etherpad} notes'}\n"
            "informed: Nova team {and friends}\n---\n")
    write(project, "0001-use-adrs.md", head + "# Use ADRs\n\n" + BODY)
    assert found(project) == [(D + "0001-use-adrs.md", 5, 18, "ADR204"), (D + "0001-use-adrs.md", 6, 13, "ADR204")]


def test_a_front_matter_placeholder_padded_inside_its_braces_is_one(project: Project) -> None:
    """Audit 58b, class 2: MADR 4's template writes `decision-makers: { list everyone involved in the decision }`,
    blanks inside the braces; left in a record it read as no decision-makers and ADR204 said nothing. Padded, the
    words are a placeholder as they are unpadded; a map's braces, padded, are data still, and so is a name in them
    (semantic-kernel's `contact: { Tao Chen }`, which the comparison of every real log before and after found)."""
    head = ("---\nstatus: accepted\ndate: 2021-04-19\n"
            "decision-makers: { list everyone involved in the decision }\n"
            "consulted: '{ list everyone whose opinions are sought }'\n"
            "informed: { team: nova }\ncontact: { Tao Chen }\n---\n")
    write(project, "0001-use-adrs.md", head + "# Use ADRs\n\n" + BODY)
    assert found(project) == [(D + "0001-use-adrs.md", 4, 18, "ADR204"), (D + "0001-use-adrs.md", 5, 13, "ADR204")]


def test_adr_tools_boilerplate_is_a_placeholder(project: Project) -> None:
    """ADR204: adr-tools' template sentence left under its heading."""
    write(project, "0001-use-adrs.md", "# 1. Use ADRs\n\nDate: 2021-04-19\n\n## Status\n\nAccepted\n\n"
                                       "## Context\n\nThe issue motivating this decision, and any context that "
                                       "influences or constrains the decision.\n\n## Decision\n\nD.\n\n"
                                       "## Consequences\n\nE.\n")
    assert found(project) == [(D + "0001-use-adrs.md", 11, 1, "ADR204")]


def madr2(title: str, body: str, *bullets: str) -> str:
    """A MADR 2 record as pyadr and log4brains write it: the title, `* Key: value` bullets (lines 3-5, then
    ``bullets``), a blank line, ``body``."""
    return "\n".join([f"# {title}", "", "* Status: accepted", "* Date: 2021-04-19", "* Revisit: never",
                      *bullets, "", body])


def test_reference_links_are_not_placeholders(project: Project) -> None:
    """ADR204: `[label]` and `[label][]` with a link reference definition in the file are links, the label
    matched as CommonMark matches it (any case, whitespace collapsed; a definition in a block quote counts,
    one in a code block does not). A label nothing defines is still a placeholder."""
    body = ("## Context and Problem Statement\n\nWe need a clear [takt time] so teams can plan.\n\n"
            "## Considered Options\n\n* [Git Flow]\n* [GitHub Flow][]\n* [option 3]\n\n"
            "## Decision Outcome\n\nChosen option: \"[Git Flow]\", as outlined in [SÍ technical direction].\n"
            "We also weigh [Trunk Based] development, see [a fenced label].\n\n"
            "```\n[a fenced label]: https://example.com/\n```\n\n"
            "> [trunk  based]: https://trunkbaseddevelopment.com/\n\n"
            "[Git Flow]: https://nvie.com/posts/a-successful-git-branching-model/\n"
            "[GitHub Flow]: https://guides.github.com/introduction/flow/\n"
            "[takt time]: https://kanbanize.com/continuous-flow/takt-time\n"
            "[sí technical direction]: ../../technical-direction.md\n")
    write(project, "0001-branching.md", madr2("Branching and release strategy", body))
    assert found(project) == [(D + "0001-branching.md", 15, 3, "ADR204"), (D + "0001-branching.md", 20, 46, "ADR204")]
    assert messages(project) == ["unfilled template placeholder [option 3]",
                                 "unfilled template placeholder [a fenced label]"]


def test_a_label_the_record_defines_in_a_list_is_not_a_placeholder(project: Project) -> None:
    """ADR204, audit 57 lane a class 8 (HUD-Data-Lab): `Chosen option: "[option 3]"` where the record's own list
    labels an option so (`- [option 3]: Specify the endpoints ..`) names that option (it was flagged as the
    template's placeholder); the template's `* [option 4]`, no text after it, is still one."""
    body = ("## Considered Options\n\n- [option 3]: Specify the foundational endpoints with a library.\n"
            "* [option 4]\n\n## Decision Outcome\n\nChosen option: \"[option 3]\". Not \"[option 4]\".\n")
    write(project, "0001-endpoints.md", madr2("Endpoints", body))
    assert messages(project) == ["unfilled template placeholder [option 4]"] * 2


def test_a_filled_label_opening_a_line_is_not_a_placeholder(project: Project) -> None:
    """ADR204: a bracketed label that opens a line (a Links bullet's link type, an option's heading) followed
    by the author's own text is filled in; the template's own lines, where only more placeholders, comments
    or punctuation follow it, are still placeholders."""
    body = ("## Context and Problem Statement\n\nQ.\n\n## Decision Outcome\n\nChosen option: \"BFF\".\n\n"
            "## Pros and Cons of the Options\n\n### [option 1] - Expose the services directly\n\n"
            "* Good, because simple\n\n### [option 2]\n\n* Good, because [argument a]\n\n"
            "## Links\n\n"
            "* [Related to] ADR-0001 - Record Architecture Decisions\n"
            "* [Related to] [C4 Model](https://c4model.com/) - diagrams\n"
            "* [Related to ADR-0006] - Factory pattern for client management\n"
            "* **[Refined by]** `ADR-0007`\n"
            "* [Link type] [Link to ADR] <!-- example: Refined by [ADR-0005](0005-example.md) -->\n"
            "* [Related to] [External link or internal doc] - [Description]\n")
    write(project, "0002-system-architecture.md", madr2("System architecture", body))
    assert found(project, "--select", "ADR204") == [(D + "0002-system-architecture.md", 21, 5, "ADR204"),
                              (D + "0002-system-architecture.md", 23, 17, "ADR204"),
                              (D + "0002-system-architecture.md", 31, 3, "ADR204"),
                              (D + "0002-system-architecture.md", 32, 3, "ADR204")]
    assert messages(project, "--select", "ADR204") == ["unfilled template placeholder [option 2]",
                                 "unfilled template placeholder [argument a]",
                                 "unfilled template placeholder [Link type]",
                                 "unfilled template placeholder [Related to]"]


def test_a_value_written_as_a_list_is_not_a_placeholder(project: Project) -> None:
    """ADR204: a bullet's value written as a flow list of single words (`Tags: [a, b]`) is data; the
    template's description of the value, a list of choices for a key that holds one value, and one standing
    alone as a line of text are not."""
    body = "## Context and Problem Statement\n\nQ.\n\n## Decision Outcome\n\nD.\n\n[Positive, Neutral, Negative]\n"
    write(project, "0001-groups.md", madr2("External groups", body, "* Tags: [identity-platform, cip, groups]"))
    write(project, "0002-draft.md", madr2("Draft", body, "* Tags: [space and/or comma separated list of tags]")
          .replace("* Status: accepted", "* Status: [proposed, accepted, rejected]"))
    assert found(project, "--select", "ADR204") == [
        (D + "0001-groups.md", 16, 1, "ADR204"),
        (D + "0002-draft.md", 3, 11, "ADR204"), (D + "0002-draft.md", 6, 9, "ADR204"),
        (D + "0002-draft.md", 16, 1, "ADR204")]


def test_braces_in_html_tags_and_identifiers_are_not_placeholders(project: Project) -> None:
    """ADR204: braces in an HTML tag (an XML doc comment's `<see cref="Func{Message, Type}"/>`) are no text a
    reader sees, and braces glued to a name (`Func{Message, Type}`) are code; MADR's `{...}` stays a placeholder."""
    body = BODY + ("\nUse the <see cref=\"Func{Message, Type}\"/> to find the type.\n"
                   "A Func{Message, Type} in short.\n"
                   "<abbr title=\"{short title of solved problem}\">ADR</abbr> names it.\n\n"
                   "* Good, because {argument a}\n")
    write(project, "0001-pump.md", record("Message pump", body=body))
    assert found(project) == [(D + "0001-pump.md", 25, 17, "ADR204")]
    assert messages(project) == ["unfilled template placeholder {argument a}"]


def test_braces_of_code_maths_and_maps_are_not_placeholders(project: Project) -> None:
    """ADR204 (rust-lang/rfcs, strimzi/proposals, informalsystems/hermes, kumahq/kuma): braces in indented code
    (a list item's too, four columns past its text), in a code span that runs over a line break, after a path's
    `::`, in TeX, around a map or string fragments, and a `[...]` inside such a map, are code or data; a template's
    `{words}` and `{word|word}` stay placeholders, in a list item's indented paragraph too."""
    body = BODY + ("\nBasic blocks:\n\n    MIR = fn({TYPE}) -> TYPE {\n        {let [mut] B: TYPE;}  // bindings\n"
                   "    'p = {A/1, B/0, C/0}\n\n"
                   "* To splice an argument:\n\n       println!(concat!(\"hello {p\", \"er\", \"son\", \"}\"));\n\n"
                   "With `use\nfoo::bar::{mod, baz};` the path is imported.\n\n"
                   "1. Add constants:\n    - i8::{MAX, MIN}\n\n"
                   "$$ \\frac{x}{y} {r \\cdot 60} $$ and {name: demo-app, ports[port == 5000]}\n\n"
                   "- Item:\n\n    see {reference link}\n\nStatus: {Deprecated|Proposed|Accepted}\n")
    write(project, "0001-mir.md", record("MIR", body=body))
    assert messages(project) == ["unfilled template placeholder {reference link}",
                                 "unfilled template placeholder {Deprecated|Proposed|Accepted}"]


def test_a_backtick_left_open_ends_with_its_paragraph(project: Project) -> None:
    """ADR204: a lone backtick opens no code span past its paragraph (found by the property test): after a
    heading or a setext underline, a placeholder outside the backticks of its own line is still one; inside a span
    over a quote's lazy lines (as markdown-it reads them) it is none."""
    body = BODY + ("\nRun `use\n## Notes\n`[in code]` and {in text}\n\nGo `on\n---\n`[in code]` and {in setext}\n\n"
                   "> quoted\n`use\n> quoted\n[option 1]\n`use\n")
    write(project, "0001-notes.md", record("Notes", body=body))
    assert messages(project) == ["unfilled template placeholder {in text}", "unfilled template placeholder {in setext}"]


# ADR3xx: metadata


def test_bad_status_with_suggestion(clean: Project) -> None:
    """ADR301: a status outside the configured set, with a did-you-mean."""
    write(clean, "0004-typo.md", record("Typo", status="acepted"))
    assert found(clean) == [(D + "0004-typo.md", 2, 1, "ADR301")]
    assert messages(clean) == ["status 'acepted' is not a configured status; did you mean 'accepted'?"]


@pytest.mark.parametrize(("status", "hint"), [
    ("approved", "; did you mean 'accepted'?"), ("declined", "; did you mean 'rejected'?"),
    ("not-implemented", " (expected one of proposed, accepted, rejected, deprecated, superseded)"),
])
def test_a_status_suggestion_means_what_the_status_means(clean: Project, status: str, hint: str) -> None:
    """ADR301's did-you-mean offers the word a status stands for (`approved` is `accepted`, not the `proposed`
    its letters resemble), and never the word a status negates."""
    write(clean, "0004-odd.md", record("Odd", status=status))
    assert messages(clean) == [f"status {status!r} is not a configured status{hint}"]


def test_configured_statuses(clean: Project) -> None:
    """ADR301 follows config `statuses`: `draft` is fine once configured."""
    write(clean, "0004-draft.md", record("Draft", status="draft"))
    assert found(clean) == [(D + "0004-draft.md", 2, 1, "ADR301")]
    clean.write(".adr.toml", 'statuses = ["draft", "accepted", "superseded"]\n')
    assert found(clean) == []


def test_superseded_without_successor(clean: Project) -> None:
    """ADR302: status superseded, no superseded-by."""
    write(clean, "0004-old.md", record("Old", status="superseded"))
    assert found(clean) == [(D + "0004-old.md", 2, 1, "ADR302")]
    assert messages(clean) == ["status is superseded but no successor is named; add superseded-by: [N]"]


def test_missing_date(clean: Project) -> None:
    """ADR303: no date key; reported on the front matter's first line."""
    write(clean, "0004-undated.md", record("Undated", date=None))
    assert found(clean) == [(D + "0004-undated.md", 1, 1, "ADR303")]


def test_invalid_date(clean: Project) -> None:
    """ADR304: a date that is not YYYY-MM-DD, quoted as written."""
    write(clean, "0004-bad-date.md", record("Bad date", date="2021-4-19"))
    assert found(clean) == [(D + "0004-bad-date.md", 3, 1, "ADR304")]
    assert messages(clean) == ["date '2021-4-19' is not an ISO date (YYYY-MM-DD)"]


def test_future_date(clean: Project) -> None:
    """ADR305: dated after --today."""
    write(clean, "0004-future.md", record("Future", date="2021-05-02"))
    assert found(clean) == [(D + "0004-future.md", 3, 1, "ADR305")]
    assert messages(clean) == ["date 2021-05-02 is in the future (today is 2021-05-01)"]
    clean.today = "2021-05-02"
    assert found(clean) == []


def test_missing_revisit_on_an_active_decision(clean: Project) -> None:
    """ADR306 (warning), where config asks for revisit points: an accepted decision without revisit; `never`
    satisfies it, inactive ones need none."""
    write(clean, "0004-no-revisit.md", record("No revisit", revisit=None))
    write(clean, "0005-rejected.md", record("Rejected", status="rejected", revisit=None))
    assert found(clean) == []  # the project does not ask for revisit points
    clean.write(".adr.toml", "require-revisit = true\n")
    result = clean.run("validate")
    assert (result.exit_code, result.stdout) == (0, "decisions/0004-no-revisit.md:1:1: ADR306 warning: accepted "
                                                    "decision has no revisit point; add revisit: <cycle>, a date "
                                                    "(YYYY-MM-DD) or never\n")
    assert result.stderr == "adr: 0 errors, 1 warning\n"
    assert clean.run("validate", "--strict").exit_code == 1
    assert found(clean) == [(D + "0004-no-revisit.md", 1, 1, "ADR306")]


def test_missing_revisit_severity_from_config(clean: Project) -> None:
    """Config `severity` turns ADR306 into an error, or off."""
    write(clean, "0004-no-revisit.md", record("No revisit", revisit=None))
    clean.write(".adr.toml", 'require-revisit = true\n[severity]\nADR306 = "error"\n')
    result = clean.run("validate", "--format", "json")
    assert (result.exit_code, json.loads(result.stdout)[0]["severity"]) == (1, "error")
    clean.write(".adr.toml", 'require-revisit = true\n[severity]\nmissing-revisit = "off"\n')
    assert found(clean) == []


def test_unknown_revisit_point_suggests_close_names(clean: Project) -> None:
    """ADR307: neither a cycle nor a date, with close cycle names; a cycle without PTG dates never falls due."""
    write(clean, "0004-typo.md", record("Typo", revisit="yogo"))
    write(clean, "0005-austin.md", record("Austin", revisit="austin"))
    write(clean, "0006-not-a-day.md", record("Not a day", revisit='"2021-13-01"'))
    assert found(clean) == [(D + "0004-typo.md", 5, 1, "ADR307"), (D + "0005-austin.md", 5, 1, "ADR307"),
                            (D + "0006-not-a-day.md", 5, 1, "ADR307")]
    assert messages(clean) == [
        "revisit 'yogo' is neither a known cycle nor a date (YYYY-MM-DD); did you mean yoga?",
        "revisit cycle 'austin' has no PTG dates in the calendar, so it never falls due",
        "revisit '2021-13-01' is not a valid date (YYYY-MM-DD)",
    ]


def test_a_tech_docs_page_whose_review_gives_no_day_is_warned_of(project: Project) -> None:
    """Round 50's attack (F13): a GOV.UK tech-docs page whose `last_reviewed_on` and `review_in` give no day
    (`-6 months`, empty, `0 months`, ERB, past the year 9999) is never due, and `validate --strict` was silent. An
    ADR307 warning at the key says why and the way out; a page whose review gives a day draws none."""
    page = "---\ntitle: {n}\n{review}---\n\n# {n}\n\n## Status\n\nAccepted\n"
    for number, review in enumerate(["last_reviewed_on: 2025-07-16\nreview_in: -6 months\n",
                                     "last_reviewed_on: 2025-07-16\nreview_in:\n",
                                     "last_reviewed_on: 2025-07-16\nreview_in: 0 months\n",
                                     "last_reviewed_on: <%= Date.today %>\nreview_in: 6 months\n",
                                     "last_reviewed_on: 9999-12-31\nreview_in: 6 months\n",
                                     "last_reviewed_on: 2025-07-16\nreview_in: 6 months\n"], 1):
        project.write(f"docs/adrs/00{number}-page.html.md.erb", page.format(n=number, review=review))
    result = project.run("validate", "--format", "json")
    assert result.exit_code == 0
    assert [(item["path"][-20:], item["line"], item["code"], item["severity"], item["message"])
            for item in json.loads(result.stdout)] == [
        ("001-page.html.md.erb", 4, "ADR307", "warning", "the page's review gives no next day, so it is never due: "
         "`review_in: -6 months` is no length of time adr reads, as `6 months` or `1 year` are; `adr revisit 1 "
         "--outcome kept --next YYYY-MM-DD` writes a pair that does"),
        ("002-page.html.md.erb", 4, "ADR307", "warning", "the page's review gives no next day, so it is never due: "
         "`review_in` is empty; `adr revisit 2 --outcome kept --next YYYY-MM-DD` writes a pair that does"),
        ("003-page.html.md.erb", 4, "ADR307", "warning", "the page's review gives no next day, so it is never due: "
         "`review_in: 0 months` makes each review due the day it is made; `adr revisit 3 --outcome kept --next "
         "YYYY-MM-DD` writes a pair that does"),
        ("004-page.html.md.erb", 3, "ADR307", "warning", "the page's review gives no next day, so it is never due: "
         "`last_reviewed_on: <%= Date.today %>` is ERB, which adr does not run; write a day in `last_reviewed_on` "
         "and a length of time (`6 months`) in `review_in` by hand"),
        ("005-page.html.md.erb", 3, "ADR307", "warning", "the page's review gives no next day, so it is never due: "
         "`last_reviewed_on: 9999-12-31` and `review_in: 6 months` give a day past 9999-12-31; `adr revisit 5 "
         "--outcome kept --next YYYY-MM-DD` writes a pair that does")]
    assert [row["revisit"] for row in json.loads(project.run("list", "--format", "json").stdout)] == \
        [None, None, None, None, None, "2026-01-16"]


def test_revisit_before_date(clean: Project) -> None:
    """ADR308: a revisit date, or a cycle whose PTG starts, before the decision's date."""
    write(clean, "0004-past-day.md", record("Past day", revisit="2021-04-01"))
    write(clean, "0005-past-ptg.md", record("Past PTG", date="2021-04-22", revisit="xena"))
    assert found(clean) == [(D + "0004-past-day.md", 5, 1, "ADR308"), (D + "0005-past-ptg.md", 5, 1, "ADR308")]
    assert messages(clean) == ["revisit 2021-04-01 is before the decision's date 2021-04-19",
                               "revisit xena (its PTG starts 2021-04-19) is before the decision's date 2021-04-22"]


def test_unknown_cycle(clean: Project) -> None:
    """ADR309: the decided cycle is not in the calendar."""
    write(clean, "0004-xenial.md", record("Xenial", cycle="xenial"))
    assert found(clean) == [(D + "0004-xenial.md", 4, 1, "ADR309")]
    assert messages(clean) == ["cycle 'xenial' is not a known cycle; did you mean xena?"]


def test_unknown_key_with_did_you_mean(clean: Project) -> None:
    """ADR310: `revist` is a typo of revisit; `owner` is just unknown."""
    write(clean, "0004-typo.md", record("Typo", revist="zed", owner="ana"))
    assert found(clean) == [(D + "0004-typo.md", 6, 1, "ADR310"), (D + "0004-typo.md", 7, 1, "ADR310")]
    assert messages(clean) == ["unknown key 'revist'; did you mean 'revisit'?", "unknown key 'owner'"]


def test_a_status_stated_twice_that_disagrees(clean: Project) -> None:
    """ADR311: goneat's `**Current Status**: Proposal – pending ..` left under `status: accepted` by an edit, and an
    adr-tools record's `Status: Proposed` line under its title over its Status section's `Accepted`: both places
    and lines named. Two statements of one stage (`approved` and `**Status**: Implemented`) agree, and a status
    stated once costs nothing."""
    body = "## Status\n\n{line}\n\n## Context\n\nc\n"
    write(clean, "0004-fulmen.md", record("Fulmen", body=body.format(
        line="**Current Status**: Proposal – pending maintainer sign-off across libraries.")))
    write(clean, "0005-alike.md", record("Alike", status="approved",
                                         body=body.format(line="**Status**: Implemented")))
    write(clean, "0006-nygard.md", "# 6. Nygard\n\nDate: 2024-01-01\nStatus: Proposed\n\n"
                                   + body.format(line="Accepted"))
    assert found(clean, "--select", "ADR311") == [(D + "0004-fulmen.md", 11, 1, "ADR311"),
                                                  (D + "0006-nygard.md", 4, 1, "ADR311")]
    assert messages(clean, "--select", "ADR311") == [
        "its Status section says '**Current Status**: Proposal – pending maintainer sign-off across libraries.' (line "
        "11) but its front matter says 'accepted' (line 2); make them agree",
        "its key line under the title says 'Status: Proposed' (line 4) but its Status section says 'Accepted' (line "
        "8); make them agree"]


def test_a_block_of_key_lines_stating_the_status_twice_is_flagged(clean: Project) -> None:
    """Attack 57 F8: `**Status:** Proposed` / `**Date:** ..` / `**Status:** Accepted` under the title was read as
    proposed with no finding, and an edit changed one of the two. The other statement is flagged; a status key
    inside a code span or an HTML comment is text, and states nothing."""
    tail = "\n\n## Context\n\nc\n"
    write(clean, "0004-twice.md", "# 4. Twice\n\n**Status:** Proposed\n**Date:** 2026-01-01\n**Status:** Accepted"
          + tail)
    write(clean, "0005-once.md", "# 5. Once\n\n**Status:** Proposed **Date:** 2026-01-01 **Owner:** `**Status:** x`"
          " <!-- **Status:** Rejected -->" + tail)
    assert messages(clean, "--select", "ADR311") == [
        "its other status key under the title says '**Status:** Accepted' (line 5) but its key line under the title "
        "says 'Proposed' (line 3); make them agree"]


def test_a_status_section_s_history_agrees_by_its_last_entry(clean: Project) -> None:
    """Attack 56 F13: a Status section that keeps a history (`Accepted`, then `Deprecated on 2026-05-01.`) was
    flagged against front matter `deprecated`, the first entry read as its word. The latest entry is what must
    agree (as an adr-tools record with that section now reads deprecated): front matter `accepted` over it is
    flagged, with the entry's line."""
    body = "## Status\n\nAccepted\n\nDeprecated on 2026-05-01.\n\n## Context\n\nc\n"
    write(clean, "0004-kept.md", record("Kept", status="deprecated", body=body))
    write(clean, "0005-stale.md", record("Stale", body=body))
    write(clean, "0006-nygard.md", "# 6. Nygard\n\nDate: 2024-01-01\n\n" + body)
    assert messages(clean, "--select", "ADR311") == [
        "its Status section says 'Deprecated on 2026-05-01.' (line 13) but its front matter says 'accepted' (line 2); "
        "make them agree"]
    listed = json.loads(clean.run("list", "--format", "json").stdout)
    assert [row["status"] for row in listed if row["number"] == 6] == ["deprecated"]


def test_unknown_key_suggests_only_a_typo(clean: Project) -> None:
    """ADR310 offers a known key only for a slip of the keys (`staus`, `cylce`), never for a merely similar word
    (`revises` is no `revisits`); an author key in any language (`Auteur`) is known (CQEN-QDCE, Branddock)."""
    write(clean, "0004-typo.md", record("Typo", staus="x", cylce="zed", revises="3", Auteur="Centre", autor="Ana"))
    assert messages(clean) == ["unknown key 'staus'; did you mean 'status'?",
                               "unknown key 'cylce'; did you mean 'cycle'?", "unknown key 'revises'"]


def test_keys_in_any_case_or_an_alias_are_judged_and_placed(clean: Project) -> None:
    """Keys written in another case or as another tool's alias are found with their lines, as their
    lowercase names would be."""
    write(clean, "0004-cased.md", "---\nStatus: acceptd\nDate: 2021-04-19\nDeciders: [Ana]\nREVISIT: someday soon\n"
                                  "superseded_by: [9]\n---\n# Cased\n\n" + BODY)
    assert found(clean) == [(D + "0004-cased.md", 2, 1, "ADR301"), (D + "0004-cased.md", 5, 1, "ADR307"),
                            (D + "0004-cased.md", 6, 1, "ADR401")]
    assert messages(clean) == ["status 'acceptd' is not a configured status; did you mean 'accepted'?",
                               "revisit 'someday soon' is neither a known cycle nor a date (YYYY-MM-DD)",
                               "superseded-by names ADR 0009, which does not exist"]


SMADR = """\
---
title: {title}
status: accepted
created: 2026-01-15
project: demo
audience: [developers]
related: [{related}]
---

# {title}

## Status

Accepted

## Context

C.
"""


@pytest.mark.parametrize("today", ["2026-12-07", "real"])
def test_a_log_of_another_tool_s_schema_stays_its_own_after_adr_revisit(project: Project, today: str) -> None:
    """Round 57 (zircote/structured-madr, subcog): once `adr revisit` gave most records of a Structured MADR log a
    revisit point, the log was judged as adrtool's own: ADR310 on the schema's `project:` and `audience:`, ADR402
    on its one-way `related:`, exit 0 with a screen of warnings where there had been none. Keys most of its records
    hold that adr does not write are another tool's schema: the log stays judged by its own conventions. A typo of
    adr's own keys is still named."""
    for number, title, related in ((1, "One", "0003-three.md"), (2, "Two", "0003-three.md"), (3, "Three", "")):
        project.write(f"docs/decisions/000{number}-{title.lower()}.md", SMADR.format(title=title, related=related))
    project.today = dt.date.today().isoformat() if today == "real" else today
    later = dt.date.fromisoformat(project.today) + dt.timedelta(days=365)
    for number in ("1", "2", "3"):
        assert project.run("revisit", number, "--outcome", "kept", "--next", later.isoformat()).exit_code == 0
    assert (project.run("validate").exit_code, project.run("validate").stdout) == (0, "")
    project.write("docs/decisions/0003-three.md", SMADR.format(title="Three", related="").replace(
        "created:", "revist: 2027-01-01\ncreated:"))
    result = project.run("validate")
    assert "docs/decisions/0003-three.md:4:1: ADR310 warning: unknown key 'revist'; did you mean 'revisit'?" \
        in result.stdout


# ADR4xx: links


def test_a_links_section_s_missing_records_are_reported_each_once_on_its_own_line(project: Project) -> None:
    """Audit 55 (lane b, 6a; webgrip/infrastructure): `* Related to [ADR-0004](0004-base.md)` and `[ADR-0005](..)`
    on the next line, neither record written: ADR401 named 0005 on 0004's line (the relation's first), besides the
    ADR403 each link got, and 0004 had none. Each missing record is one finding, on its link's line: ADR403 for a
    link to a file, ADR401 for one to no `.md`."""
    project.write("docs/adrs/0001-a.md", "# A\n\n* Status: accepted\n* Date: 2020-01-15\n\n## Context and Problem "
                  "Statement\n\nx\n\n## Links\n\n* Related to [ADR-0004](0004-base.md) - Base\n"
                  "* Related to [ADR-0005](0005-multi.md) - Multi\n* Related to [ADR-0006](0006-six) - Six\n"
                  "* Related to [ADR-0002](0002-b.md)\n")
    project.write("docs/adrs/0002-b.md", "# B\n\n* Status: accepted\n* Date: 2020-01-16\n")
    result = project.run("validate")
    assert (result.exit_code, result.stdout) == (1, (
        "docs/adrs/0001-a.md:12:25: ADR403 error: link target '0004-base.md' does not exist\n"
        "docs/adrs/0001-a.md:13:25: ADR403 error: link target '0005-multi.md' does not exist\n"
        "docs/adrs/0001-a.md:14:1: ADR401 error: relates-to names ADR 0006, which does not exist\n"))


def test_missing_link_targets(clean: Project) -> None:
    """ADR401: superseded-by, supersedes and relates-to naming records that do not exist, or nothing."""
    write(clean, "0004-old.md", record("Old", status="superseded", superseded_by="[9]"))
    write(clean, "0005-new.md", record("New", supersedes="[8]", relates_to="[7, foo]"))
    assert found(clean) == [(D + "0004-old.md", 6, 1, "ADR401"), (D + "0005-new.md", 6, 1, "ADR401"),
                            (D + "0005-new.md", 7, 1, "ADR401"), (D + "0005-new.md", 7, 1, "ADR401")]
    assert messages(clean) == ["superseded-by names ADR 0009, which does not exist",
                               "supersedes names ADR 0008, which does not exist",
                               "relates-to item 'foo' names no record number",
                               "relates-to names ADR 0007, which does not exist"]


def test_other_systems_ids_and_none_are_no_missing_record(clean: Project) -> None:
    """ADR401: `relates-to: CM-002`, `AUTH-001, AUTH-002, AUTH-003` (requirement ids; HTT-BRANDS/azure-governance-
    platform), `RFC 7231` and `supersedes: None` name no record of this log, and nothing adr could check: no
    finding."""
    write(clean, "0004-rules.md", record("Rules", relates_to="CM-002"))
    write(clean, "0005-auth.md", record("Auth", relates_to="AUTH-001, AUTH-002, AUTH-003 (login)", supersedes="None"))
    write(clean, "0006-db.md", record("DB", relates_to="[DB-002, RFC 7231, 1]"))
    assert found(clean) == [(D + "0001-use-adrs.md", 6, 1, "ADR402")]  # 1 does not relate back; RFC 7231 is no ADR


def test_empty_link_placeholders_are_no_link(clean: Project) -> None:
    """ADR401: a template's empty link keys (`supersedes: ""`, `''`, `~`, `[]`, `[""]`; hleserg/azimut) name no
    record and are no finding; a quoted letter among blanks still names no record number."""
    write(clean, "0004-rules.md", record("Rules", supersedes='""', superseded_by="''", related_to="~"))
    write(clean, "0005-auth.md", record("Auth", supersedes="[]", relates_to='[""]'))
    write(clean, "0006-db.md", record("DB", supersedes='""', relates_to='" x "'))
    assert messages(clean) == ["relates-to item ' x ' names no record number"]


def test_a_month_as_another_tool_s_date_draws_no_warning(project: Project) -> None:
    """ADR304, round 44: Loki's template dates a record `**Date:** 01/2023`, Thanos' front matter `Date: May 2020`:
    7 warnings said the dates could not be read. A month alone is how such a log dates its records (the date stays
    unread). Near misses: `2024-01` (an ISO day cut short), `13/2023` and words that are no month still warn."""
    for number, line in enumerate(("**Date:** 01/2023", "**Date:** May 2020", "**Date:** 2024-01",
                                   "**Date:** 13/2023", "**Date:** soonish"), 1):
        project.write(f"docs/lids/000{number}-x.md", f"# {number}. X\n\n**Status:** Accepted\n{line}\n\n## Context\n\nC.\n")
    checked = project.run("validate", "--dir", "docs/lids", "--format", "json")
    assert [(f["path"][-9:], f["code"], f["severity"]) for f in json.loads(checked.stdout)] == [
        ("0003-x.md", "ADR304", "warning"), ("0004-x.md", "ADR304", "warning"), ("0005-x.md", "ADR304", "warning")]


def test_a_date_section_s_day_left_as_the_template_wrote_it_warns_as_a_date_line_does(project: Project) -> None:
    """Audit 54 (lane c, class 3): ayia/treadSignals' records say `## Date` / `2024-01-XX (Session initiale)`;
    the same text on a `Date:` line drew ADR304, under the heading nothing. Near misses: a day the section gives,
    and prose under it, draw none."""
    for number, (shape, text) in enumerate((("## Date\n\n", "2024-01-XX (first session)"), ("Date: ", "2024-01-XX"),
                                            ("## Date\n\n", "YYYY-MM-DD"), ("## Date\n\n", "2020-01-15"),
                                            ("## Date\n\n", "Decided at the spring offsite.")), 1):
        project.write(f"docs/adr/000{number}-x.md", f"# {number}. X\n\n## Status\n\nAccepted\n\n{shape}{text}\n\n"
                                                    "## Context\n\nc\n")
    checked = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"][-9:], f["code"], f["message"]) for f in checked] == [
        ("0001-x.md", "ADR304", "date '2024-01-XX (first session)' is not a date adr can read (YYYY-MM-DD)"),
        ("0002-x.md", "ADR304", "date '2024-01-XX' is not a date adr can read (YYYY-MM-DD)"),
        ("0003-x.md", "ADR304", "date 'YYYY-MM-DD' is not a date adr can read (YYYY-MM-DD)")]


def test_a_date_is_read_from_its_year_on_not_from_inside_a_longer_number(project: Project) -> None:
    """Audit 54 (lane b, class 6): a date was found anywhere in its value, so `date: 52026-06-07` read as
    2026-06-07 with no word. A year opens the date: that one warns and stays unread. windlasstech/vers-js dates
    its records in the Holocene calendar (`12026-06-07`): ten thousand years on, read as the Common Era's 2026."""
    page = "---\nstatus: accepted\ndate: {day}\n---\n# {n}. X\n\n## Context and Problem Statement\n\nC.\n"
    for number, day in enumerate(("12026-06-07", "52026-06-07", "2026-06-07"), 1):
        project.write(f"docs/decisions/000{number}-x.md", page.format(day=day, n=number))
    project.today = "2026-12-07"
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [row["date"] for row in listed] == ["2026-06-07", None, "2026-06-07"]
    checked = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"][-9:], f["code"], f["severity"]) for f in checked] == [("0002-x.md", "ADR304", "warning")]


def test_a_relation_naming_a_record_without_a_number_by_its_id(project: Project) -> None:
    """ADR401 and ADR302, round 44: drctl's records are named without numbers (`DR--20251101--meta--x.md`) and
    relate by id (`supersededBy: DR--20251103--meta--y`): two false errors said the items named no record number,
    and a warning that the superseded record named no successor. Near miss: an id no record has stays an error."""
    head = "---\nid: {id}\ndateCreated: \"2025-11-01\"\nstatus: {status}\n{relation}\n---\n\n# {title}\n\nText.\n"
    old, new = "DR--20251101--meta--lifecycle-fast-track", "DR--20251103--meta--auto-accept-transitions"
    project.write(f"decisions-example/meta/{old}.md", head.format(id=old, status="superseded", title="Fast track",
                                                                  relation=f"supersededBy: {new}"))
    project.write(f"decisions-example/meta/{new}.md", head.format(id=new, status="accepted", title="Auto accept",
                                                                  relation=f"supersedes: {old}"))
    project.write("decisions-example/meta/DR--20251104--meta--z.md", head.format(
        id="DR--20251104--meta--z", status="accepted", title="Z", relation="supersedes: DR--20251102--meta--gone"))
    project.today = "2026-12-07"
    checked = project.run("validate", "--dir", "decisions-example/meta", "--format", "json")
    assert [(f["code"], f["message"]) for f in json.loads(checked.stdout)] == [
        ("ADR401", "supersedes item 'DR--20251102--meta--gone' names no record number")]


def test_an_item_naming_a_record_then_its_title_after_a_colon_names_that_record(clean: Project) -> None:
    """ADR401: front matter `related:` items written `"ADR-0003: Drop Linuxbridge"` (joelhooks/joelclaw, with
    coding agents: 9 false errors in 3 records) name record 3, as `ADR-0003 (Drop Linuxbridge)` does; a time of
    day (`12:30`) or a number run into a word after the colon (`ADR-7:x`) names none."""
    write(clean, "0004-rules.md", record("Rules", relates_to='["ADR-0003: Drop Linuxbridge", "ADR-0002：Keep it"]'))
    write(clean, "0005-auth.md", record("Auth", relates_to='["ADR-7:x", "at 12:30"]'))
    rows = json.loads(clean.run("list", "--format", "json").stdout)
    assert [row["relates_to"] for row in rows if row["number"] in (4, 5)] == [[3, 2], []]
    assert [message for message in messages(clean) if "ADR 0004 relates" not in message] == [
        "relates-to item 'ADR-7:x' names no record number", "relates-to item 'at 12:30' names no record number"]


def test_a_related_document_that_exists_is_no_missing_record(clean: Project) -> None:
    """ADR401: a `related:` item that is the relative path of a document that exists
    (`../../docs/runbooks/flagg-gate5-staged-migration.md`, joelhooks/joelclaw) is a related document, not a
    reference gone wrong; a path to no file is still reported."""
    clean.write("runbooks/migration.md", "# Migration\n")
    write(clean, "0004-rules.md", record("Rules", relates_to='["../runbooks/migration.md#steps", "../runbooks/gone.md"]'))
    assert messages(clean) == ["relates-to item '../runbooks/gone.md' names no record number"]


def test_an_item_that_names_nothing_or_a_record_prefix_without_a_number_is_still_reported(clean: Project) -> None:
    """ADR401: `ADR-x` (a record's prefix, no number) and prose beside an id still name no record number."""
    write(clean, "0004-rules.md", record("Rules", relates_to="ADR-x"))
    write(clean, "0005-auth.md", record("Auth", relates_to="AUTH-001, see the wiki"))
    assert messages(clean) == ["relates-to item 'ADR-x' names no record number",
                               "relates-to item 'AUTH-001, see the wiki' names no record number"]


def test_non_reciprocal_links_are_reported_on_the_record_missing_the_back_link(clean: Project) -> None:
    """ADR402: 4 supersedes 1 without 1 saying so (reported on its status line, which should change too);
    5 relates to 3 without 3 relating back (reported on the front matter's first line)."""
    write(clean, "0004-replace-adrs.md", record("Replace ADRs", supersedes="[1]"))
    write(clean, "0005-related.md", record("Related", relates_to="[3]"))
    assert found(clean) == [(D + "0001-use-adrs.md", 2, 1, "ADR402"), (D + "0003-drop-linuxbridge.md", 1, 1, "ADR402")]
    assert messages(clean) == [
        "ADR 0004 supersedes this record, but superseded-by here does not name it; add superseded-by: [4]",
        "ADR 0005 relates to this record, but relates-to here does not name it; add relates-to: [5]",
    ]


def test_successor_not_listing_supersedes(clean: Project) -> None:
    """ADR402: 2 says 3 superseded it; when 3 does not list 2 in supersedes, 3 is told to add it."""
    write(clean, "0003-drop-linuxbridge.md", record("Drop Linuxbridge", relates_to="[1]"))
    write(clean, "0001-use-adrs.md", record("Use ADRs", revisit="never", relates_to="[2, 3]"))
    assert found(clean) == [(D + "0003-drop-linuxbridge.md", 1, 1, "ADR402")]
    assert messages(clean) == ["ADR 0002 names this record as its successor, but supersedes here does not name it; "
                               "add supersedes: [2]"]


def test_dangling_markdown_links(clean: Project) -> None:
    """ADR403: relative links to record files that do not exist; other links are not checked."""
    body = (BODY + "\nSee [3](0003-drop-linuxbridge.md#decision), [gone](0009-gone.md), [renamed](0002-old-name.md),\n"
            "[web](https://example.org/0009-x.md), [notes](../notes.md) and [ref][r].\n\n"
            "[r]: ./0008-missing.md\n\n```\n[in code](0007-x.md)\n```\n")
    write(clean, "0004-links.md", record("Links", body=body))
    assert found(clean) == [(D + "0004-links.md", 21, 52, "ADR403"), (D + "0004-links.md", 21, 77, "ADR403"),
                            (D + "0004-links.md", 24, 6, "ADR403")]
    assert messages(clean) == ["link target '0009-gone.md' does not exist",
                               "link target '0002-old-name.md' does not exist; ADR 0002 is 0002-keep-linuxbridge.md",
                               "link target './0008-missing.md' does not exist"]


def test_a_dangling_link_s_hint_names_the_record_of_its_words(project: Project) -> None:
    """OnkelMato/MFFM links `[ADR-0200](0200-use-semantic-versioning.md)` where `0500-use-semantic-versioning.md` is
    the file: the hint named record 200 (`0200-use-buildin-data-binding.md`), which the link did not mean. Near
    misses: no record of those words keeps the number's hint; two of them name neither."""
    for name in ("0200-use-buildin-data-binding", "0500-use-semantic-versioning", "0600-twice", "0700-twice"):
        project.write(f"docs/adr/{name}.md", f"# {name}\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0505-v.md", "# 505. V\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n"
                  "[a](0200-use-semantic-versioning.md), [b](0200-gone.md), [c](0100-twice.md).\n")
    assert [message for message in messages(project) if "link target" in message] == [
        "link target '0200-use-semantic-versioning.md' does not exist; the record of the same words is "
        "0500-use-semantic-versioning.md",
        "link target '0200-gone.md' does not exist; ADR 0200 is 0200-use-buildin-data-binding.md",
        "link target '0100-twice.md' does not exist"]


def test_two_names_alike_but_for_their_unicode_form_are_told_apart(project: Project) -> None:
    """k2works/case-study-sales holds `0012-フィーチャートグル.md` twice, `グ` one character in one name and `ク` with a
    combining mark in the other: ADR103 named a file that looks like the one it was reported on."""
    composed = unicodedata.normalize("NFC", "0012-フィーチャートグル.md")
    for name in (composed, unicodedata.normalize("NFD", composed)):
        project.write(f"docs/adr/{name}", "# 12. X\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    assert sorted(message.split("(", 1)[1].split(")")[0] for message in messages(project)) == [
        "the same name, its letters in Unicode's composed form",
        "the same name, its letters in Unicode's decomposed form"]


def test_relations_to_documents_of_another_folder_name_no_record(project: Project) -> None:
    """JochiRaider/purple-axiom's front matter relates records to its specs (`related: [../spec/025_data_contracts.md,
    ..]`): each was read as record 25, and 33 ADR401 errors named records that do not exist. Near misses: a path
    up into a folder of decisions (`../adr/0002-b.md`) and one up to the log above (`../0002-b.md`) name records."""
    project.write("docs/spec/025_data_contracts.md", "# Data contracts\n")
    project.write("docs/spec/030_scenarios.md", "# Scenarios\n")
    project.write("docs/adr/0002-b.md", "---\nstatus: accepted\ndate: 2020-01-01\n---\n# B\n")
    project.write("docs/adr/0001-a.md", "---\nstatus: accepted\ndate: 2020-01-01\nrelated:\n"
                  "  - ../spec/025_data_contracts.md\n  - ../spec/030_scenarios.md\n  - ../adr/0002-b.md\n---\n"
                  "# A\n\nSee [contracts](../spec/025_data_contracts.md).\n")
    rows = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert rows[1]["relates_to"] == [2]
    assert [code for _, _, _, code in found(project)] == []


def test_front_matter_naming_a_record_by_the_words_of_its_file(project: Project) -> None:
    """robsartin/setlist-scout's front matter names records by the words of their files (`supersedes:
    [hosting-on-render]` for `0008-hosting-on-render.md`): the relation was lost and ADR401 said the item names no
    record number (11 false errors). Will-Conklin/offload relates its records to plans and studies by their names
    (`related: [plan-backend-api-privacy]`): documents, no error in another tool's log. Near miss: a successor
    or predecessor that no record's file names stays that error."""
    project.write("docs/adr/0008-hosting-on-render.md", "---\nstatus: superseded\ndate: 2020-01-01\n---\n# Render\n")
    project.write("docs/adr/0016-fly.md", "---\nstatus: accepted\ndate: 2020-02-01\nsupersedes: [hosting-on-render]\n"
                  "relates_to:\n  - plan-backend-api-privacy\n---\n# Fly\n")
    project.write("docs/adr/0017-k8s.md", "---\nstatus: accepted\ndate: 2020-03-01\nsupersedes: [nowhere-topic]\n"
                  "---\n# K8s\n")
    rows = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert (rows[16]["supersedes"], rows[16]["relates_to"]) == ([8], [])
    assert messages(project) == ["supersedes item 'nowhere-topic' names no record number"]


def test_links_written_with_backslashes_or_from_the_root(project: Project) -> None:
    """A link with Windows' separators (`..\\databases.md`, DFE-Digital/find-information-about-academies-and-trusts)
    is read as a browser reads it; one written from the project's root (`docs/design/2025-hld.md`,
    DEFRA/epr-re-ex-service) is broken, and the message gives the link that reaches the file."""
    project.write("docs/databases.md", "# Databases\n")
    project.write("docs/design/2025-hld.md", "# Design\n")
    project.write("docs/adr/0002-other.md", "# 2. Other\n\nDate: 2023-01-25\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0001-links.md", "# 1. Links\n\nDate: 2023-01-24\n\n## Status\n\nAccepted\n\n## Context\n\n"
                  "See [db](..\\databases.md), [gone](..\\0009-gone.md), [other](docs\\adr\\0002-other.md),\n"
                  "[design](docs/design/2025-hld.md) and [none](docs/design/2024-none.md).\n\n"
                  "[Out](docs/../../0003-out.md).\n")
    project.write("../0003-out.md", "# 3. Outside the project\n")  # no hint leads out of the project
    assert [(line, column) for _, line, column, code in found(project) if code == "ADR403"] == [
        (11, 35), (11, 61), (12, 10), (12, 46), (14, 7)]
    assert [message for message in messages(project) if "link target" in message] == [
        "link target '..\\\\0009-gone.md' does not exist",
        "link target 'docs\\\\adr\\\\0002-other.md' does not exist; ADR 0002 is 0002-other.md",
        "link target 'docs/design/2025-hld.md' does not exist; from the record's folder, the project's "
        "docs/design/2025-hld.md is '../design/2025-hld.md'",
        "link target 'docs/design/2024-none.md' does not exist",
        "link target 'docs/../../0003-out.md' does not exist"]


# ADR6xx: the index


def test_stale_index(clean: Project) -> None:
    """ADR601: no index is fine; a stale one is an error at its first differing line."""
    assert found(clean) == []
    assert clean.run("index").exit_code == 0
    assert found(clean) == []
    write(clean, "0002-keep-linuxbridge.md", record("Keep Linuxbridge | for now", relates_to="[1]",
                                                    superseded_by="[3]", status="superseded"))
    assert found(clean) == [(D + "README.md", 7, 1, "ADR601")]


def test_missing_index_when_required(clean: Project) -> None:
    """ADR601: with require-index = true, a log without its index is flagged."""
    clean.write(".adr.toml", "require-index = true\n")
    assert found(clean) == [(D + "README.md", 1, 1, "ADR601")]
    assert messages(clean) == ["no index file (require-index is set); run `adr index`"]


# Everything at once, selection, paths, formats, exit codes


def test_every_fault_at_once(project: Project) -> None:
    """One log with a fault of every kind: each is found, at its place, and nothing else."""
    write(project, "0001-use-adrs.md", record("Use ADRs", revisit="never", relates_to="[5]"))  # 5 lacks it
    write(project, "0002-use-postgres.md", record("Use Postgres", status="acepted", revisit="yogo",
                                                  date="2021-5-1", revist="zed",
                                                  body=BODY + "\n[old](0009-nowhere.md)\n"))
    write(project, "0002-use-mysql.md", record("Use MySQL", status="superseded", date="2022-01-01", revisit=None))
    write(project, "0003-Untitled.md", "\n".join(["---", "status: accepted", "cycle: xenial", "revisit: 2021-01-01",
                                                  "date: 2021-04-19", "---", "", "## Context", "", "<!-- What is the "
                                                  "issue we are facing, what forces are at play, and what limits "
                                                  "the options? -->", ""]))
    write(project, "0004-broken.md", "---\nstatus: accepted\ndate: !day x\n---\n# Broken\n")
    write(project, "0005-new.md", record("New", supersedes="[7]"))
    write(project, "0006-adr-tools.md", "# 7. Adr tools\n\nDate: 2021-04-19\n\n## Status\n\nAccepted\n\n"
                                        "## Context\n\nC.\n\n## Decision\n\nD.\n\n## Consequences\n\nE.\n")
    write(project, "use-redis.md", record("Use Redis"))
    (project.decisions / "README.md").write_text("<!-- Generated by `adr index` from the records in this "
                                                 "directory: edit the records, not this file. -->\nold\n")
    assert found(project) == [
        (D + "0002-use-mysql.md", 1, 1, "ADR103"),
        (D + "0002-use-mysql.md", 2, 1, "ADR302"),
        (D + "0002-use-mysql.md", 3, 1, "ADR305"),
        (D + "0002-use-postgres.md", 1, 1, "ADR103"),
        (D + "0002-use-postgres.md", 2, 1, "ADR301"),
        (D + "0002-use-postgres.md", 3, 1, "ADR304"),
        (D + "0002-use-postgres.md", 5, 1, "ADR307"),
        (D + "0002-use-postgres.md", 6, 1, "ADR310"),
        (D + "0002-use-postgres.md", 22, 7, "ADR403"),
        (D + "0003-Untitled.md", 1, 1, "ADR102"),
        (D + "0003-Untitled.md", 3, 1, "ADR309"),
        (D + "0003-Untitled.md", 4, 1, "ADR308"),
        (D + "0003-Untitled.md", 7, 1, "ADR201"),
        (D + "0003-Untitled.md", 7, 1, "ADR202"),
        (D + "0003-Untitled.md", 7, 1, "ADR202"),
        (D + "0003-Untitled.md", 8, 1, "ADR203"),
        (D + "0003-Untitled.md", 10, 1, "ADR204"),
        (D + "0004-broken.md", 3, 1, "ADR100"),
        (D + "0005-new.md", 1, 1, "ADR402"),
        (D + "0005-new.md", 6, 1, "ADR401"),
        (D + "0006-adr-tools.md", 1, 1, "ADR104"),
        (D + "README.md", 2, 1, "ADR601"),
        (D + "use-redis.md", 1, 1, "ADR101"),
    ]


def test_select_and_ignore_codes_prefixes_and_names(project: Project) -> None:
    """--select / --ignore take codes, prefixes and names, comma-separated or repeated; the most specific wins."""
    write(project, "0001-typo.md", record("Typo", status="acepted", date="2021-5-1", revist="zed"))
    everything = [(D + "0001-typo.md", 2, 1, "ADR301"), (D + "0001-typo.md", 3, 1, "ADR304"),
                  (D + "0001-typo.md", 6, 1, "ADR310")]
    assert found(project) == everything
    assert found(project, "--select", "ADR30") == everything[:2]
    assert found(project, "--select", "ADR301,unknown-key") == [everything[0], everything[2]]
    assert found(project, "--ignore", "ADR3", "--select", "ADR304") == [everything[1]]
    assert found(project, "--ignore", "ADR304", "--ignore", "status") == [everything[2]]


def test_select_and_ignore_merge_with_config(project: Project) -> None:
    """Config `ignore` and the command line's --ignore add up."""
    write(project, "0001-typo.md", record("Typo", status="acepted", date="2021-5-1", revist="zed"))
    project.write(".adr.toml", 'ignore = ["ADR301"]\n')
    assert found(project, "--ignore", "ADR310") == [(D + "0001-typo.md", 3, 1, "ADR304")]


def test_unknown_rule_code_is_a_usage_error(project: Project) -> None:
    """A code no rule has: exit 2 with a suggestion."""
    write(project, "0001-ok.md", record("Ok", revisit="never"))
    result = project.run("validate", "--ignore", "ADR3011")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", "adr: unknown rule code 'ADR3011'; "
                                                                      "did you mean ADR311?\n")
    project.write(".adr.toml", '[severity]\nADR999 = "off"\n')
    result = project.run("validate")
    assert (result.exit_code, result.stderr) == (2, "adr: unknown rule code 'ADR999'; did you mean ADR309? "
                                                    "(config .adr.toml)\n")


def test_paths_limit_the_report(clean: Project) -> None:
    """PATH... reports only on those files, while cross-record rules still see the whole log."""
    write(clean, "0004-new.md", record("New", supersedes="[1]", status="acepted"))
    assert found(clean, "decisions/0001-use-adrs.md") == [(D + "0001-use-adrs.md", 2, 1, "ADR402")]
    assert found(clean, "decisions/0004-new.md") == [(D + "0004-new.md", 2, 1, "ADR301")]
    assert found(clean, "decisions/0002-keep-linuxbridge.md") == []
    result = clean.run("validate", "decisions/0009-missing.md")
    assert (result.exit_code, result.stderr) == (2, "adr: decisions/0009-missing.md: no such file or directory\n")


def test_text_output_and_exit_codes(clean: Project) -> None:
    """Text: `path:line:col: CODE severity: message` on stdout, a count on stderr; exit 1 on errors."""
    write(clean, "0004-typo.md", record("Typo", status="acepted", revist="zed"))
    result = clean.run("validate")
    assert result.exit_code == 1
    assert result.stdout == ("decisions/0004-typo.md:2:1: ADR301 error: status 'acepted' is not a configured status; "
                             "did you mean 'accepted'?\n"
                             "decisions/0004-typo.md:6:1: ADR310 warning: unknown key 'revist'; did you mean "
                             "'revisit'?\n")
    assert result.stderr == "adr: 1 error, 1 warning\n"


def test_json_and_github_formats_parse_back(clean: Project) -> None:
    """JSON is a list of {code, severity, path, line, column, message}; GitHub lines escape their data."""
    write(clean, "0004-typo.md", record("Typo", revist="zed", status="superseded"))
    result = clean.run("validate", "--format", "json")
    data = json.loads(result.stdout)
    assert data == [
        {"code": "ADR302", "severity": "error", "path": D + "0004-typo.md", "line": 2, "column": 1,
         "message": "status is superseded but no successor is named; add superseded-by: [N]"},
        {"code": "ADR310", "severity": "warning", "path": D + "0004-typo.md", "line": 6, "column": 1,
         "message": "unknown key 'revist'; did you mean 'revisit'?"},
    ]
    result = clean.run("validate", "--format", "github")
    assert result.stdout.splitlines() == [
        "::error file=decisions/0004-typo.md,line=2,col=1,title=ADR302::status is superseded but no successor is "
        "named; add superseded-by: [N]",
        "::warning file=decisions/0004-typo.md,line=6,col=1,title=ADR310::unknown key 'revist'; did you mean "
        "'revisit'?",
    ]
    assert result.stderr == ""


def test_no_decision_directory_exits_2(project: Project) -> None:
    """No log at all: exit 2, one line on stderr, no findings."""
    result = project.run("validate")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("adr: no decision log found under ")


def test_this_repository_is_clean() -> None:
    """The project's own decision log passes --strict (the index included)."""
    from pathlib import Path

    from click.testing import CliRunner

    from adrtool.cli import cli

    root = Path(__file__).resolve().parents[1]
    result = CliRunner().invoke(cli, ["--dir", str(root / "decisions"), "--today", "2021-05-01", "validate",
                                      "--strict"], catch_exceptions=False)
    assert (result.exit_code, result.stdout) == (0, "")


def test_a_successor_in_another_log_is_judged_by_its_file(project: Project) -> None:
    """`Superseded by [ADR-0021](../../mcp/docs/adr/0021-x.md)`, a record of another log of the repository
    (dougborg/katana-openapi-client): no ADR401 for a number this log lacks; the file is judged (ADR403)."""
    status = "## Status\n\nSuperseded by [ADR-0021](../../{where}/docs/adr/0021-unified-rail.md)\n"
    project.write("docs/adr/0015-direct-rail.md", "# 15. Direct rail\n\nDate: 2021-01-02\n\n"
                  + status.format(where="mcp"))
    project.write("docs/adr/0016-other-rail.md", "# 16. Other rail\n\nDate: 2021-01-02\n\n"
                  + status.format(where="gone"))
    project.write("mcp/docs/adr/0021-unified-rail.md", "# 21. Unified rail\n\nDate: 2021-01-03\n\n## Status\n\nAccepted\n")
    assert [(path.rsplit("/", 1)[-1], code) for path, _, _, code in found(project)] == [
        ("0016-other-rail.md", "ADR403")]


def test_a_broken_link_into_another_log_is_hinted_by_that_log_s_records(project: Project) -> None:
    """davideme/lamp-control-api-reference: a link into another log to a file that does not exist is hinted by
    the record of that number there (`docs/adr/0005-pg.md`), never by the linking log's own 0005; a link into a
    folder that is no log (`../../../docs/adr/`, one `..` short) gets no hint."""
    accepted = "\n\n## Status\n\nAccepted\n"
    project.write("docs/adr/0005-pg.md", "# 5. Use PostgreSQL" + accepted)
    project.write("src/py/docs/adr/0005-fastapi.md", "# 5. FastAPI" + accepted)
    project.write("src/py/docs/adr/0006-pg.md", "# 6. PG in Python" + accepted + "\n## Related ADRs\n\n"
                  "- [Root ADR 005](../../../../docs/adr/0005-postgres.md)\n"
                  "- [Root ADR 005](../../../docs/adr/0005-pg.md)\n")
    assert [message for (_, _, _, code), message in zip(found(project), messages(project)) if code == "ADR403"] == [
        "link target '../../../../docs/adr/0005-postgres.md' does not exist; ADR 0005 is 0005-pg.md",
        "link target '../../../docs/adr/0005-pg.md' does not exist"]


def test_a_broken_link_that_leaves_the_log_is_not_hinted_by_its_record_of_that_number(project: Project) -> None:
    """Audit 55 (lane a, 10e; charchess/hAIrem): `[5. Protocole H-Link](../5-protocole-h-link.md)`, a missing
    chapter of the docs above the log, was hinted "ADR 0005 is 0005-use-poetry.md", which it never meant. A link
    on a wrong path that names the log's folder (written from the project's root) is still hinted."""
    accepted = "\n\nDate: 2021-01-02\n\n## Status\n\nAccepted\n"
    project.write("docs/architecture/decisions/0005-use-poetry.md", "# 5. Use Poetry" + accepted)
    project.write("docs/architecture/decisions/0006-use-h-link.md", "# 6. Use H-Link" + accepted + "\n## Context\n\n"
                  "See [5. Protocole H-Link](../5-protocole-h-link.md) and [5](docs/architecture/decisions/0005-x.md)."
                  "\n")
    assert messages(project) == [
        "link target '../5-protocole-h-link.md' does not exist",
        "link target 'docs/architecture/decisions/0005-x.md' does not exist; ADR 0005 is 0005-use-poetry.md"]


def test_a_number_another_log_of_the_project_has_is_no_missing_record(project: Project) -> None:
    """dougborg/katana-openapi-client's `docs/adr/0009-x.md` relates to `ADR-002` under `## Related ADRs`, a record of
    the client's own log: no ADR401 there; a number no log has is one."""
    accepted = "\n\nDate: 2025-01-02\n\n## Status\n\nAccepted\n"
    project.write("docs/adr/0009-migrate-to-uv.md", "# 9. Migrate to uv" + accepted +
                  "\n## Related ADRs\n\n- ADR-002: Generate the client\n- ADR-007: Gone\n")
    project.write("docs/adr/0010-other.md", "# 10. Other" + accepted)
    project.write("client/docs/adr/0002-generate-the-client.md", "# 2. Generate the client" + accepted)
    project.write("client/docs/adr/0003-defer.md", "# 3. Defer" + accepted)
    assert [(path, message) for (path, _, _, code), message in zip(found(project), messages(project))
            if code == "ADR401"] == [("docs/adr/0009-migrate-to-uv.md", "relates-to names ADR 0007, which does not exist")]


def test_files_beside_the_records_that_are_none(project: Project) -> None:
    """An `AGENTS.md` holding a `Status:` legend is no record, nor is the log's process document (cosmos-sdk's
    `docs/architecture/PROCESS.md`, which describes a record's Status and Context: ADR101 asked to number it);
    pyadr's proposed `XXXX-x.md` is one adr cannot list yet: a warning that says why, not an error asking to
    renumber it."""
    write(project, "0001-use-x.md", record("Use X"))
    write(project, "AGENTS.md", "# Agents\n\nStatus: one of proposed, accepted.\n")
    write(project, "PROCESS.md", "# ADR Creation Process\n\n## Status\n\nProposed, then accepted.\n\n"
                                 "## Context\n\nWhy a record is written.\n")
    write(project, "XXXX-use-tree-sitter.md", "# Use tree-sitter\n\n* Status: proposed\n")
    result = project.run("validate", "--format", "json")
    assert [(item["path"], item["code"], item["severity"]) for item in json.loads(result.stdout)] == [
        (D + "XXXX-use-tree-sitter.md", "ADR101", "warning")]


def test_records_in_a_subfolder_are_said_to_be_unread(project: Project) -> None:
    """`database/0001-x.md` (a category folder) numbered apart from the log: its decisions are a log of its own;
    numbered notes that are no decisions are not read, nor is `deprecated/0001-x.md` (HubEvolution/EvolutionHub:
    a folder named for a stage is the log's own), and a warning says so once a subfolder; so are the decisions of
    a subfolder of a log config names; a folder of images, or one config names a log of its own (`dirs`), says
    nothing."""
    write(project, "0001-use-x.md", record("Use X"))
    project.write("decisions/database/0001-jwt.md", record("JWT", status="deprecated"))
    project.write("decisions/database/0002-sessions.md", record("Sessions", status="deprecated"))
    project.write("decisions/deprecated/0001-cookies.md", record("Cookies", status="deprecated"))
    project.write("decisions/notes/0001-kickoff.md", "# Kickoff\n\nWhat we talked about.\n")
    (project.decisions / "images").mkdir()
    (project.decisions / "images" / "0001-diagram.png").write_bytes(b"\x89PNG")
    assert [row["path"] for row in json.loads(project.run("list", "--format", "json").stdout)] == [
        D + "0001-use-x.md", D + "database/0001-jwt.md", D + "database/0002-sessions.md"]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"], f["code"], f["severity"], f["message"][:44]) for f in findings] == [
        (D + "deprecated/0001-cookies.md", "ADR101", "warning", "deprecated/ holds a record file adr does not"),
        (D + "notes/0001-kickoff.md", "ADR101", "warning", "notes/ holds a record file adr does not read")]
    project.write(".adr.toml", 'dirs = ["decisions"]\n')
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"], f["code"], f["severity"], f["message"][:44]) for f in findings] == [
        (D + "database/0001-jwt.md", "ADR101", "warning", "database/ holds 2 record files adr does not "),
        (D + "deprecated/0001-cookies.md", "ADR101", "warning", "deprecated/ holds a record file adr does not"),
        (D + "notes/0001-kickoff.md", "ADR101", "warning", "notes/ holds a record file adr does not read")]
    project.write(".adr.toml", 'dirs = ["decisions", "decisions/database", "decisions/deprecated", '
                                '"decisions/notes"]\n')
    assert [f["code"] for f in json.loads(project.run("validate", "--format", "json").stdout)
            if f["code"] == "ADR101"] == []


def test_a_negated_status_in_another_tool_s_log_is_never_offered_the_word_it_negates(project: Project) -> None:
    """apache/james-project's `Not-Implemented` (an adr-tools log): no hint to write `implemented` instead; a
    misspelt `Implemnted` still gets one."""
    for number, status in ((1, "Not-Implemented"), (2, "Implemnted")):
        project.write(f"doc/adr/000{number}-x.md", f"# {number}. X\n\nDate: 2020-01-01\n\n## Status\n\n{status}\n")
    messages_of = [item["message"] for item in json.loads(project.run("validate", "--format", "json").stdout)]
    assert messages_of == ["status 'implemnted' is not a status this log uses; did you mean 'implemented'?"]


def test_a_custom_status_merely_like_a_common_one_is_the_log_s_own(project: Project) -> None:
    """konflux-ci/architecture's `In consideration` was offered `under consideration`, Trendyol's `Reviewed`
    `review`: words of the log's own, no typo of a common one. A slip of one letter (`Acceptd`), or two in a long
    word (`Implmented`), still gets a hint."""
    for number, status in ((1, "In consideration"), (2, "Reviewed"), (3, "Acceptd"), (4, "Implmented")):
        project.write(f"doc/adr/000{number}-x.md", f"# {number}. X\n\nDate: 2020-01-01\n\n## Status\n\n{status}\n")
    messages_of = [item["message"] for item in json.loads(project.run("validate", "--format", "json").stdout)]
    assert messages_of == ["status 'acceptd' is not a status this log uses; did you mean 'accepted'?",
                           "status 'implmented' is not a status this log uses; did you mean 'implemented'?"]


def test_a_status_no_other_record_has_and_like_no_lifecycle_word_is_a_warning(project: Project) -> None:
    """Audit 56 (lane b, class 2): in a front-matter log kept with another tool, `validate --strict` passed
    `status: "foo"` as the log's own word. A word no other record or template of the log has, like no status adr
    knows, is now a warning; goneat's lifecycle words (`proposal`, `experimental`, `stable`, `retired`) are not."""
    for number, status in enumerate(("proposal", "approved", "experimental", "stable", "retired", "foo"), start=1):
        project.write(f"docs/decisions/000{number}-t{number}.md",
                      f'---\nstatus: "{status}"\ndate: "2021-01-0{number}"\n---\n\n# T{number}\n\n## Context\n\nx\n')
    result = project.run("validate", "--strict")
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "docs/decisions/0006-t6.md:2:1: ADR301 warning: status 'foo' is not a status adr knows, nor one another "
           "record of this log or its template uses; state the decision's status\n",
        "adr: 0 errors, 1 warning (--strict)\n")
    assert project.run("validate").exit_code == 0


def test_a_status_of_several_words_spelt_with_hyphens_is_that_status(project: Project) -> None:
    """thanos-io/thanos's `status: in-progress`, `Under-Review` and `Not-Started` are `in progress`, `under
    review` and `not started` spelt otherwise: no hint; a misspelt `in-progres` still gets one."""
    for number, status in ((1, "In-Progress"), (2, "Under-Review"), (3, "Not-Started"), (4, "in-progres")):
        project.write(f"doc/adr/000{number}-x.md", f"# {number}. X\n\nDate: 2020-01-01\n\n## Status\n\n{status}\n")
    messages_of = [item["message"] for item in json.loads(project.run("validate", "--format", "json").stdout)]
    assert messages_of == ["status 'in-progres' is not a status this log uses; did you mean 'in progress'?"]


def test_links_into_other_places_and_an_odd_padding(project: Project) -> None:
    """A link into a sibling log (`* Relates to [ADR-0009](../adr/0009-x.md)`, hmrc/play-frontend-hmrc) and a
    successor kept in `archived/` (CERTCC/Vultron: read as part of the log, numbered in its sequence) are no
    missing records (ADR401); one `00011-x.md` among `0001-x.md` names is the one ADR102 names
    (Lab-Topology-Builder: it named the 13 others)."""
    project.write("docs/adr/0009-z.md", "# Z\n\n* Status: accepted\n")
    project.write("docs/govuk/0004-y.md", "# Y\n\n* Status: accepted\n\n## Links\n\n"
                                          "* Relates to [ADR-0009](../adr/0009-z.md)\n")
    project.write("docs/govuk/archived/0001-old.md", "# Old\n\n* Status: superseded by [ADR-0004](../0004-y.md)\n")
    project.write("docs/govuk/0005-new.md", "---\nstatus: accepted\nsupersedes: 0001-old.md\n---\n# New\n")
    project.write("docs/govuk/00011-odd.md", "# Odd\n\n* Status: accepted\n")
    result = project.run("--dir", "docs/govuk", "validate", "--format", "json")
    assert [(f["path"].rsplit("/", 1)[-1], f["code"]) for f in json.loads(result.stdout)] == [
        ("00011-odd.md", "ADR102")]


def test_a_log_that_pads_no_number_is_not_judged_by_one_name_that_does(project: Project) -> None:
    """Eight `N-x.md` names and one `003-x.md`: the log pads none, and ADR102 names the one that does."""
    for number in (1, 2, 4, 5, 6, 7, 8, 9):
        project.write(f"decisions/{number}-r{number}.md", f"# R{number}\n\n* Status: accepted\n")
    project.write("decisions/003-r3.md", "# R3\n\n* Status: accepted\n")
    assert [(f["path"], f["code"]) for f in json.loads(project.run("validate", "--format", "json").stdout)] == [
        (D + "003-r3.md", "ADR102")]


def test_a_day_named_file_with_a_letter_is_advised_its_day_once(project: Project) -> None:
    """drewgingerich/homelab's `231006A-gamma.md` (a day's second record) beside date-named records: ADR101 advises
    `YYMMDD-gamma.md` of the record's day, not `231006-231006a-gamma.md` (the day twice)."""
    for name, day in (("230927-alpha.md", "2023-09-27"), ("231005-beta.md", "2023-10-05"),
                      ("231006A-gamma.md", "2023-10-06")):
        project.write(f"docs/decisions/{name}", f"# {name[7:-3]}\n\nDate: {day}\n\n## Status\n\nAccepted\n")
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [f["message"].rsplit("; ", 1)[-1] for f in findings if f["code"] == "ADR101"] == [
        "rename it 231006-gamma.md"]


def test_a_title_left_as_the_template_s_placeholder_is_an_error(project: Project) -> None:
    """ADR201: remix-run/react-router's `0004-streaming-apis.md` kept its template's `# Title`; `# xxxx. ADR title`,
    `# {title}` and MADR 2's `# [short title of solved problem and solution]` are the templates' placeholders too,
    in any log. Near misses: a title that opens with the word (`Title pages`) or holds braces is a decision's, and
    so is one its author bracketed (Trendyol's `# [Design Guideline]`)."""
    for number, title in enumerate(("Title", "xxxx. ADR title", "{title}",
                                    "[short title of solved problem and solution]", "Title pages",
                                    "{Service} names", "[Design Guideline]", "[Subtitle search]"), 1):
        project.write(f"docs/adr/000{number}-x.md", f"# {title}\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    assert [(path[-9:], line, code) for path, line, _, code in found(project)] == [
        ("0001-x.md", 1, "ADR201"), ("0002-x.md", 1, "ADR201"), ("0003-x.md", 1, "ADR201"),
        ("0004-x.md", 1, "ADR201")]
    assert messages(project)[:2] == ["the title is the template's placeholder 'Title'; give the record its title",
                                     "the title is the template's placeholder 'ADR title'; give the record its title"]


def test_brackets_holding_code_or_among_a_heading_s_words_are_the_author_s(project: Project) -> None:
    """ADR204 in MADR 2 records: ``[the `reqwest` crate]`` (prose-pod-api's shortcut links, reported cut at the
    backtick as `[the crate]`) and a title's `[device, recovery, PDS]` (ezpds) are the author's text. Near misses:
    the template's whole-heading `### [option 1]` and a chosen option left as it is stay placeholders."""
    project.write("docs/adr/0001-a.md", "# Sign in on [device, recovery, PDS]\n\n* Status: accepted\n* Date: 2020-01-01\n"
                  "\n## Context and Problem Statement\n\nWe use [the `reqwest` crate] and [Rocket's `Template`s].\n\n"
                  "## Decision Outcome\n\nChosen option: \"[option 1]\"\n\n### [option 2]\n")
    assert [(line, code) for _, line, _, code in found(project)] == [(12, "ADR204"), (14, "ADR204")]


def test_a_link_to_a_record_file_that_does_not_exist_is_reported_once(project: Project) -> None:
    """A record named by a link to its file alone, which does not exist (a `## Related ADRs` item, devmix; a Status
    section's `Supersedes [8. Z](0008-z.md)`; MADR 2's `* Relates to [..](..)` under Links), was reported twice:
    ADR401 at the relation and ADR403 at the link. ADR403 says it once, where the link is. Near miss: a number in
    front matter that no record has stays ADR401's."""
    project.write("docs/adr/0006-x.md", "---\nstatus: accepted\ndate: 2020-01-01\nsupersedes: [5]\n---\n# ADR-0006: X\n"
                  "\n## Related ADRs\n\n- [ADR-0008: Adopt Security-First Approach](./0008-security-approach.md)\n")
    project.write("docs/adr/0007-y.md", "# 7. Y\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n"
                  "Supersedes [8. Z](0008-z.md)\n")
    project.write("docs/adr/0004-w.md", "# 4. W\n\n* Status: accepted\n* Date: 2020-01-01\n\n## Links\n\n"
                  "* Relates to [ADR-0009](0009-q.md)\n")
    assert [(path[-9:], line, code) for path, line, _, code in found(project)] == [
        ("0004-w.md", 8, "ADR403"), ("0006-x.md", 4, "ADR401"), ("0006-x.md", 10, "ADR403"),
        ("0007-y.md", 9, "ADR403")]


def test_braces_holding_a_formula_or_a_flow_are_no_placeholder(project: Project) -> None:
    """ADR204: atomone's `{D_i + V_i}` and a data platform's `{Planner → Retrieval → Synthesis → Validation}` are
    maths and a flow, not MADR's `{...}` text to fill. Near miss: MADR's `{list everyone involved in the decision}`
    and a template's choices `{Proposed|Accepted}` stay placeholders."""
    project.write("docs/adr/0001-a.md", "# 1. A\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Context\n\n"
                  "The weight is {D_i + V_i} and the flow {Planner → Retrieval → Synthesis} or {a -> b}.\n\n"
                  "Deciders: {list everyone involved in the decision}\n\nState: {Proposed|Accepted}\n")
    assert [(line, code) for _, line, _, code in found(project)] == [(13, "ADR204"), (15, "ADR204")]


def test_ordinary_records_near_round_30_s_new_forms_are_read_as_before(project: Project) -> None:
    """A review's near misses of this stop's forms: record 0 about templating (`0000-templating-engine.md`) is a
    record; a title its author bracketed around the word (`# [Title search in the catalogue]`) is no placeholder, the
    template's `### [option 1] - [description of option 1]` is one; a paragraph's run-in heading (`**Decided.** We
    adopt Postgres`, `- **Created.** By the platform team`) is no field (no ADR304); a text attachment
    (`0002-r2-sequence.txt`) is no record (no ADR101); `Superseded → [ADR-0002](..)` names its successor (no ADR302)."""
    nygard = "# {n}. {title}\n\n{lines}Date: 2020-01-01\n\n## Status\n\n{status}\n"
    project.write("docs/adr/0000-templating-engine.md", nygard.format(n=0, title="Templating engine", lines="",
                                                                      status="Accepted"))
    project.write("docs/adr/0001-a.md", "# [Title search in the catalogue]\n\nDate: 2020-01-01\n\n## Status\n\n"
                  "Accepted\n")
    project.write("docs/adr/0002-r2.md", nygard.format(n=2, title="R2", lines="**Decided.** We adopt Postgres.\n\n",
                                                       status="Accepted"))
    project.write("docs/adr/0002-r2-sequence.txt", "a diagram\n")
    project.write("docs/adr/0003-c.md", "# 3. C\n\n* Status: accepted\n* Date: 2020-01-01\n- **Created.** By the "
                  "platform team\n\n## Considered Options\n\n### [option 1] - [description of option 1]\n")
    project.write("docs/adr/0004-d.md", nygard.format(n=4, title="D", lines="", status="Superseded → [ADR-0002]"
                                                      "(0002-r2.md)"))
    rows = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert (sorted(rows), rows[4]["superseded_by"], rows[2]["date"]) == ([0, 1, 2, 3, 4], [2], "2020-01-01")
    assert [(path[-9:], line, code) for path, line, _, code in found(project)] == [("0003-c.md", 9, "ADR204")]


def test_a_table_row_holding_words_besides_its_brackets_is_the_author_s(project: Project) -> None:
    """ADR204: buildpacks/rfcs copies a specification's table (`| [exit status] | Pass (0), fail (100) |`): no
    placeholder. Near miss: a row of brackets alone (`| [option 1] | [description] |`) is the template's."""
    project.write("docs/adr/0001-x.md", "# X\n\n* Status: accepted\n* Date: 2020-01-01\n\n## Context and Problem "
                  "Statement\n\n| Input | Output |\n|---|---|\n| [exit status] | Pass (0), fail (100) |\n"
                  "| [option 1] | [description] |\n")
    assert [(line, code) for _, line, _, code in found(project)] == [(11, "ADR204")]


def test_issues_named_by_number_in_a_related_line_are_no_records(project: Project) -> None:
    """T-rav/hydraflow's agent-written records cite issues and pull requests in their related lines (`- **Related:**
    [ADR-0087](..) and ..; requirement 6 of #10853 (..); #10840 (..)`): each was a record 10853 or 10840, an
    ADR401 error (all 13 of the log's errors). Near misses: a record's number after `#` zero-padded or after the
    log's kind (`#0003`, `ADR #2`), or as a link's label, names it."""
    for number in (2, 3, 4):
        project.write(f"docs/adr/000{number}-r.md", f"# {number}. R\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0001-a.md", "# 1. A\n\n- **Status:** Accepted\n- **Date:** 2020-01-02\n- **Related:** "
                  "[ADR-0004](0004-r.md) (the counter); requirement 6 of #10853 (tests); #10840 (the policy); #0003; "
                  "ADR #2\n\n## Context\n\nC.\n")
    project.write("docs/adr/0005-b.md", "# 5. B\n\n- **Status:** Accepted\n- **Date:** 2020-01-02\n- **Related:** "
                  "#11600, [#4](0004-r.md)\n\n## Context\n\nC.\n")
    rows = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert (rows[1]["relates_to"], rows[5]["relates_to"]) == ([4, 3, 2], [4])
    assert [f["code"] for f in json.loads(project.run("validate", "--format", "json").stdout)] == []


def test_a_successor_in_words_in_another_tool_s_front_matter(project: Project) -> None:
    """claylo/claylo-rs retires a record to a practice, no record: `superseded_by: Workspace version inheritance is
    now always used (..)` was an ADR401 error (names no record number) beside ADR302's warning. Near miss: an item
    that reads as a reference and names none is still an error."""
    body = "\n## Context and Problem Statement\n\nC.\n\n## Decision Outcome\n\nD.\n"
    project.write("docs/decisions/0007-a.md", "---\nstatus: superseded\ndate: 2020-01-01\nsuperseded_by: Workspace "
                  "version inheritance is now always used (no independent option)\n---\n# A\n" + body)
    project.write("docs/decisions/0008-b.md", "---\nstatus: superseded\ndate: 2020-01-01\nsuperseded_by: ADR-X\n"
                  "---\n# B\n" + body)
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"][-9:], f["code"]) for f in findings] == [("0007-a.md", "ADR302"), ("0008-b.md", "ADR302"),
                                                               ("0008-b.md", "ADR401")]


def test_a_supersedes_value_in_words_is_still_named_and_an_english_introduction_is_a_record(project: Project) -> None:
    """Near misses of this stop's forms a review found: `supersedes: the old manual deploy checklist` in another
    tool's front matter names no record (ADR401, as before: no ADR302 speaks for it); `0000-introduction.md`, a
    record, is read as one (only an introduction in the languages it was seen in is no record)."""
    project.write("docs/decisions/0001-a.md", "---\nstatus: accepted\ndate: 2020-01-01\nsupersedes: the old manual "
                  "deploy checklist\n---\n# A\n\n## Context and Problem Statement\n\nC.\n")
    project.write("docs/decisions/0000-introduction.md", "# 0. Introduction of ADRs\n\nDate: 2020-01-01\n\n## Status"
                  "\n\nAccepted\n\n## Context\n\nC.\n\n## Decision\n\nD.\n\n## Consequences\n\nE.\n")
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"][-9:], f["code"]) for f in findings] == [("0001-a.md", "ADR401")]
    assert [row["number"] for row in json.loads(project.run("list", "--format", "json").stdout)] == [0, 1]


def test_a_record_related_in_words_alone_that_does_not_exist_is_a_warning(project: Project) -> None:
    """GO-Commerce-Platform/mcp's `## Related Decisions` lists records to come in words (`- ADR 0004: Data
    Partitioning Strategy`): a warning each, not an error; a missing record named by a link, or by a supersede
    line, stays an error."""
    related = ("\n## Related Decisions\n\n- ADR 0002: Technology Stack Selection\n- ADR 0004: Data Partitioning "
               "Strategy\n")
    project.write("docs/adr/0001-tenancy.md", f"# 1. Tenancy\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n{related}")
    project.write("docs/adr/0002-stack.md", "# 2. Stack\n\n## Status\n\nSuperseded by [5. Later](0005-later.md)\n\n"
                                           "## Context\n\nC.\n\n## Related Decisions\n\n- [ADR 0006](0006-x.md)\n")
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"], f["line"], f["code"], f["severity"]) for f in findings] == [
        ("docs/adr/0001-tenancy.md", 14, "ADR401", "warning"), ("docs/adr/0002-stack.md", 5, "ADR403", "error"),
        ("docs/adr/0002-stack.md", 13, "ADR403", "error")]


def test_a_header_line_relating_records_in_words_and_a_site_generator_s_links_are_no_errors(project: Project) -> None:
    """bluefishs/CK_Missive's `- **Related**: ADR-0017 Docker Secrets, an internal review` names a record of a sibling
    repository in words: a warning, as a `Related Decisions` list's words are. vmware-tanzu/secrets-manager's Zola
    site links records from its content root (`[x]: @/documentation/.../0004-x.md`): adr cannot follow them, and
    said they did not exist. Near misses: a header line relating by a link, a supersede line in words and a front
    matter relation stay errors; a plain relative link that leads nowhere too."""
    madr = "# ADR-{n}: {t}\n\n- **Status**: Accepted\n- **Date**: 2026-04-24\n- **{k}**: {v}\n\n## Context\n\nC.\n"
    project.write("docs/adr/0001-a.md", madr.format(n="0001", t="A", k="Related", v="ADR-0017 Docker Secrets, a review"))
    project.write("docs/adr/0002-b.md", madr.format(n="0002", t="B", k="Related", v="[ADR-0018](0018-x.md)"))
    project.write("docs/adr/0003-c.md", madr.format(n="0003", t="C", k="Supersedes", v="ADR-0019 Old secrets"))
    project.write("docs/adr/0004-d.md", "---\nstatus: accepted\nrelates-to: [20]\n---\n# D\n\nSee [four][a], "
                                        "[site](@site/docs/x.md) and [gone](0021-gone.md).\n\n"
                                        "[a]: @/documentation/architecture/adrs/0004-d.md\n")
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"][-9:], f["line"], f["code"], f["severity"]) for f in findings
            if f["code"].startswith("ADR4")] == [
        ("0001-a.md", 5, "ADR401", "warning"), ("0002-b.md", 5, "ADR401", "error"), ("0002-b.md", 5, "ADR403", "error"),
        ("0003-c.md", 5, "ADR401", "error"), ("0004-d.md", 3, "ADR401", "error"), ("0004-d.md", 7, "ADR403", "error")]


def test_brackets_in_raw_html_glued_to_a_name_or_holding_an_address_are_no_placeholders(project: Project) -> None:
    """ADR204 on hyperledger/identus-cloud-agent's MADR 2 records, 18 false warnings: the labels of a mermaid
    diagram in `<pre class="mermaid">`, a type's parameters (`ZIO[R, E, A]`), a technical story filled in with its
    ticket's address, and a title its author kept the template's brackets around (gt4py: `# [Connectivities in the
    backend]`, which ADR201 judges: the author's). Near misses: the template's `[option 2]` after the `</pre>` and
    its `[description | ticket/issue URL]` stay placeholders."""
    body = ("## Context and Problem Statement\n\nQ.\n\n<pre class=\"mermaid\">\ngraph TD\n    U[Start Feature] --> A\n"
            "    A[OAS File] --> |Input| E\n</pre>\n\n* Declared in the error channel => ZIO[R, E, A].\n\n"
            "* Good, because [option 2]\n\n## Decision Outcome\n\nD.\n")
    write(project, "0001-keycloak.md", madr2("[Connectivities in the backend]", body,
                                             "Technical Story: [Apollo module KMM | https://example.org/ATL-5006]"))
    write(project, "0002-draft.md", madr2("Draft", "## Decision Outcome\n\nD.\n",
                                          "Technical Story: [description | ticket/issue URL]"))
    assert found(project, "--select", "ADR204") == [(D + "0001-keycloak.md", 20, 17, "ADR204"),
                                                    (D + "0002-draft.md", 6, 18, "ADR204")]


def test_braces_an_assignment_or_an_interpolation_opens_are_the_author_s(project: Project) -> None:
    """nationalarchives' TDR 0007 tells how to run a branch: `* AUTH_URL={auth url for the intg environment}` (9
    false ADR204 warnings); HHS/simpler-grants-gov writes `deliverable: #{issue number}`, and shells `${region}`.
    Near misses: MADR's `{title of option 1}` and one after a blank (`= {x}`) stay placeholders."""
    body = ("## Context and Problem Statement\n\nQ.\n\n* AUTH_URL={auth url for the intg environment}\n"
            "* Maps to deliverable: #{issue number}\n* Bucket: s3://data-${region}\n\n## Decision Outcome\n\n"
            "Chosen option: {title of option 1}\n\nTotal = {sum of costs}\n")
    write(project, "0001-run.md", madr2("Run the branch", body))
    assert [(line, code) for _, line, _, code in found(project, "--select", "ADR204")] == [(17, "ADR204"), (19, "ADR204")]


def test_a_dangling_link_s_hint_never_names_the_linking_record_and_keeps_a_log_s_day_in_names(
        project: Project) -> None:
    """nationalarchives' TDR 0015 links its successor as `0018-govuk-notify-staging-configuration.md`, whose file is
    `0018-govkuk-..` (a typo): the hint named 0015 itself, the record of the same words; it now names ADR 0018.
    cardano-scaling/hydra names records `2023-10-16_028-x.md`: ADR102's expected name for `2023-10-16_028_offline_adr.md`
    dropped the day."""
    project.write("docs/adr/0015-govuk-notify.md", "# 15. Notify\n\n**Date:** 2020-04-01\n\nThis decision has been "
                  "superseded by decision: [0018 Notify](0018-govuk-notify.md)\n")
    project.write("docs/adr/0018-govkuk-notify.md", "# 18. Notify again\n\n## Status\n\nAccepted\n")
    assert messages(project, "--select", "ADR403") == [
        "link target '0018-govuk-notify.md' does not exist; ADR 0018 is 0018-govkuk-notify.md"]
    for name in ("2020-10-16_026-online.md", "2020-10-17_027-records.md", "2020-10-18_028_offline_adr.md"):
        project.write(f"docs/hydra/{name}", "# X\n\n## Status\n\nAccepted\n")
    assert messages(project, "--dir", "docs/hydra", "--select", "ADR102") == [
        "file name '2020-10-18_028_offline_adr.md' is not named as the rest of the log (YYYY-MM-DD_NNN-slug.md); "
        "expected '2020-10-18_028-offline-adr.md'"]


def test_a_log_kept_without_titles_draws_no_missing_title_warnings(project: Project) -> None:
    """DependencyTrack/hyades' records open with a table of status, date and authors and have no title (its site's
    navigation gives them): an ADR201 warning on each of its 17 records. A log of three records or more none of
    which has a title is kept so; one untitled record among titled ones, or in a log of two, is still warned."""
    table = "| Status | Date | Author(s) |\n|:--|:--|:--|\n| Proposed | 2020-01-07 | Ann |\n\n## Context\n\nC.\n"
    for number in (1, 2, 3):
        project.write(f"docs/architecture/decisions/{number:03d}-x.md", table)
    assert messages(project, "--select", "ADR201") == []
    project.write("docs/architecture/decisions/004-titled.md", "# Titled\n\n" + table)
    assert messages(project, "--select", "ADR201") == ["no title; the record needs a '# Title' heading"] * 3


@pytest.mark.parametrize("review_in", ["&x 6 fortnights", "!!str 0 months"])
def test_a_tech_docs_review_held_under_an_anchor_or_tag_is_to_be_edited_by_hand(project: Project,
                                                                               review_in: str) -> None:
    """Round 51's attack (L9): ADR307 advised `adr revisit --next`, which then refused the key's anchor or tag;
    the advice is now the one `adr revisit` gives."""
    project.write("docs/adrs/001-page.html.md.erb", "---\ntitle: P\nlast_reviewed_on: 2025-07-16\n"
                  f"review_in: {review_in}\n---\n\n# P\n\n## Status\n\nAccepted\n")
    [finding] = json.loads(project.run("validate", "--format", "json").stdout)
    assert finding["code"] == "ADR307"
    assert finding["message"].endswith("; write a day in `last_reviewed_on` and a length of time (`6 months`) in "
                                       "`review_in` by hand")
    refused = project.run("revisit", "1", "--outcome", "kept", "--next", "2027-06-01")
    assert (refused.exit_code, refused.stderr.endswith("`review_in` carries a YAML anchor or tag; edit it by hand; "
                                                       "nothing was changed\n")) == (2, True)


def test_a_status_heading_misspelt_is_named_where_no_status_is_read(project: Project) -> None:
    """Audit 56 (lane a, 9a; Flexiana/framework 0003): `## Staus` / `Proposed`. The status read none and
    `validate --strict` said nothing, where a misspelt status word gets ADR301's "did you mean"; the heading
    gets the same kind of hint, a warning at its line. A record whose status is read is not held to it."""
    adr_tools = "# {n}. Controller basic architecture\n\nDate: 2021-01-27\n\n## {heading}\n\nProposed\n\n## Context\n\nc\n"
    write(project, "0003-controller-architecture.md", adr_tools.format(n=3, heading="Staus"))
    write(project, "0004-views.md", adr_tools.format(n=4, heading="Status") + "\n## Stats\n\nx\n")

    result = project.run("validate", "--strict")

    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "decisions/0003-controller-architecture.md:5:1: ADR301 warning: no status is read: '## Staus' looks "
           "like a Status heading misspelt; did you mean '## Status'?\n", "adr: 0 errors, 1 warning (--strict)\n")


def test_a_record_opening_with_a_proposal_section_has_no_title(project: Project) -> None:
    """Audit 56 (lane b, class 7; Bryan-Roe-ai/semantic-kernel 0024): a record with no `# ` heading opening with
    `## Proposal` was titled "Proposal", with no finding, while one opening with `## Context and Problem
    Statement` (0018) rightly had none and ADR201. A section's heading is not the title, at level 2 or 1; a
    record titled by a level-2 heading of its own words keeps it."""
    write(project, "0024-connectors-api-equalization.md", "## Proposal\n\n### IChatCompletion\n\nBefore:\n")
    write(project, "0018-kernel-hooks-phase2.md", "## Context and Problem Statement\n\nCurrently ...\n")
    write(project, "0006-use-dexie.md", "## ADR-006: Use Dexie.js and IndexedDB for Client-Side Data Storage\n\n"
                                        "## Status\n\nAccepted\n")

    rows = json.loads(project.run("list", "--format", "json").stdout)

    assert [(row["number"], row["title"]) for row in rows] == [
        (6, "Use Dexie.js and IndexedDB for Client-Side Data Storage"), (18, None), (24, None)]
    assert [(line, code) for _, line, _, code in found(project) if code == "ADR201"] == [(1, "ADR201"), (1, "ADR201")]


def _series(project: Project) -> None:
    """Round 57 (JavyWorld/Aventide.gift): records numbered in named series, `ADR-CO-NNN` and `ADR-STR-NNN`."""
    for name, title in (("ADR-CO-001-uno", "Uno"), ("ADR-CO-002-dos", "Dos"), ("ADR-STR-001-tres", "Tres")):
        project.write(f"docs/adr/{name}.md", f"# {name[:-len(title) - 1]}: {title}\n\n## Estado\n\nAceptado\n")


def test_a_record_of_another_named_series_is_not_advised_a_name_with_two_numbers(project: Project) -> None:
    """Round 57: beside `ADR-CO-001` and `ADR-CO-002`, ADR101 advised renaming `ADR-STR-001-tres.md`
    `ADR-CO-003-str-001-tres.md`, a name holding two numbers. Since attack 57b (F10) the log's every series is read:
    the file is a record of its series, advised no name, and its number 1 shares nothing with ADR-CO-001."""
    _series(project)
    result = project.run("validate")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_a_name_s_word_holding_figures_is_no_series(project: Project) -> None:
    """Round 57's series warning named Louqman-ETS's `rapport_arc42-etape1.md` (an arc42 report beside `adr-NNN`
    records) 'numbered as another scheme numbers them (rapport_arc42)': figures that end a word are no series'
    number, which follows its letters after a joint. The name is advised as before."""
    for number in (1, 2):
        project.write(f"docs/adr/adr-00{number}-d{number}.md", f"# ADR-00{number}: D{number}\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/rapport_arc42-etape1.md", "# Rapport\n\n## Status\n\nAccepted\n")
    assert project.run("validate").stdout == (
        "docs/adr/rapport_arc42-etape1.md:1:1: ADR101 warning: looks like a decision record but its name has no "
        "number, so adr ignores it; rename it adr-003-rapport-arc42-etape1.md\n")


def test_names_by_month_and_day_are_no_record_numbers(project: Project) -> None:
    """Round 57 (georgevs/pills): a log naming its records by the month and day they were written, no year
    (`9-30-model.md`, `11-8-backend-config.md`, `11-8-development-environment.md`): adr read 9 and 11 as numbers and
    ADR103 said two records share number 11. They are named, not numbered: listed by their names, no ADR103, and
    `adr new` refuses to write a record named otherwise, which would make the rest numbers again."""
    for name in ("9-30-model", "11-8-backend-config", "11-8-development-environment"):
        project.write(f"ADR/{name}.md", f"# {name[5:].title()}\n\nSome words.\n")
    result = project.run("validate")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    result = project.run("list", "--format", "json")
    assert [(record["number"], record["id"]) for record in json.loads(result.stdout)] == [
        (None, "9-30-model"), (None, "11-8-backend-config"), (None, "11-8-development-environment")]
    result = project.run("new", "Auth tokens")
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", "adr: ADR/ names its records by the month and day they were written (9-30-model.md), which adr new "
               "does not write; write the record by hand; not creating it\n")


def test_a_letter_suffixed_record_without_metadata_beside_read_siblings_gets_adr101(project: Project) -> None:
    """Audit 57 lane b (agross/MFFM): MADR 2 records with no status or date, `0004-x.md` read, `0004b-y.md` and
    `0002a-z.md` beside it dropped with no word, as a suffixed record that has `* Status:` is not. The same ADR101
    for them whatever their metadata."""
    madr = "# {title}\n\n## Context and Problem Statement\n\nC.\n\n## Decision Outcome\n\nD.\n"
    for name in ("0003-observer.md", "0004-use-binding.md", "0004b-use-code-binding.md", "0002a-independent.md"):
        write(project, name, madr.format(title=name[5:-3].title()))
    result = project.run("validate")
    assert (result.exit_code, result.stdout) == (0, (
        "decisions/0002a-independent.md:1:1: ADR101 warning: looks like a decision record numbered as another scheme "
        "numbers them (0002a), which adr does not read, so adr ignores it\n"
        "decisions/0004b-use-code-binding.md:1:1: ADR101 warning: looks like a decision record numbered as another "
        "scheme numbers them (0004b), which adr does not read, so adr ignores it\n"))


def test_a_record_named_with_a_carriage_return_that_adr_reads_is_not_said_unread(project: Project) -> None:
    """Attack 57 (F12): ADR101 on `0002-b\\r.md` said "adr does not read it", while list and index list it. It says
    what is true: adr reads it, other tools may split the name; a name adr does not read is still said so."""
    accepted = "---\nstatus: accepted\n---\n# {n}. R{n}\n"
    project.write("docs/adr/0001-a.md", accepted.format(n=1))
    project.write("docs/adr/0002-b\r.md", accepted.format(n=2))
    project.write("docs/adr/0003-c\nd.md", accepted.format(n=3))
    assert [row["number"] for row in json.loads(project.run("list", "--format", "json").stdout)] == [1, 2]
    assert [message for message in messages(project) if "line break" in message] == [
        "is named as a decision record but its name holds a line break, which adr reads but other tools and scripts "
        "may split; rename it 0002-b-.md",
        "is named as a decision record but its name holds a line break, so adr does not read it; rename it "
        "0003-c-d.md"]


def test_a_configured_status_the_reader_reads_as_another_is_still_configured(project: Project) -> None:
    """Round 57 made `pending` and `in review` proposals, as the reader reads them; a log whose config lists `in
    review` as a status of its own then drew ADR301 ('proposed' is not a configured status) on every record stating
    it. A configured word is compared as the reader reads it, so the record passes, and `adr accept` moves it on."""
    project.write(".adr.toml", 'statuses = ["in review", "accepted", "superseded"]\n')
    project.write("decisions/0001-a.md", "---\nstatus: in review\ndate: 2021-01-01\n---\n# A\n\n## Context\n\nC.\n\n"
                  "## Decision\n\nD.\n\n## Consequences\n\nE.\n")
    result = project.run("validate")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert project.run("accept", "1").exit_code == 0
    assert project.read("decisions/0001-a.md").startswith("---\nstatus: accepted\n")


def test_adr101_advises_no_name_holding_two_numbers(project: Project) -> None:
    """Attack 57b (F10): `ADR-ŞÜ-001-x.md` beside `ADR-CO-00N` records was advised `ADR-CO-004-su-001-x.md` (two
    numbers in one name), and so were `ADR-C.O-001-dot.md` and `ADR-$(id)-001-sh.md`. A name numbered after a code
    adr reads no series in is said to be numbered as another scheme numbers them."""
    for name in ("ADR-CO-001-uno", "ADR-CO-002-dos", "ADR-CO-003-tres", "ADR-ŞÜ-001-x", "ADR-C.O-001-dot"):
        project.write(f"docs/adr/{name}.md", f"# {name}\n\n## Status\n\nAccepted\n")
    result = project.run("validate")
    assert (result.exit_code, result.stdout) == (0, (
        "docs/adr/ADR-C.O-001-dot.md:1:1: ADR101 warning: looks like a decision record numbered as another scheme "
        "numbers them (ADR-C.O-001), which adr does not read, so adr ignores it\n"
        "docs/adr/ADR-ŞÜ-001-x.md:1:1: ADR101 warning: looks like a decision record numbered as another scheme "
        "numbers them (ADR-ŞÜ-001), which adr does not read, so adr ignores it\n"))


@pytest.mark.parametrize("value", ["20260101", ".inf", "[2026-01-01]", "{y: 2026}", "true", "2026-02-30"])
def test_a_date_yaml_reads_as_no_day_is_reported_as_a_day_that_is_none(project: Project, value: str) -> None:
    """Attack 58 F12: `date: 20260101` (YAML's number), `.inf`, a list, a map or `true` give the record no date,
    and `validate --strict` said nothing of them, where it warns of `2026-02-30`. Each is ADR304's, quoted as
    written; a day YAML reads as one (`2021-01-01T10:00:00` too) draws nothing."""
    front = "---\nstatus: accepted\ndate: {}\n---\n# Target\n\n## Context\n\nC.\n"
    project.write("decisions/0001-first.md", front.format("2021-01-01T10:00:00"))
    project.write("decisions/0002-target.md", front.format(value))
    result = project.run("validate", "--strict")
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, f"decisions/0002-target.md:3:1: ADR304 warning: date '{value}' is not a date adr can read (YYYY-MM-DD)\n",
        "adr: 0 errors, 1 warning (--strict)\n")
