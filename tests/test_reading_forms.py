"""The forms real logs write their names, statuses, dates and titles in, where they keep their logs, and how
several logs of one project are read together."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from adrtool.records.names import identity, parse_name
from adrtool.records.values import day_first, read_date, read_status, read_title

from conftest import Project, adr
from gitrepo import GitRepo

NYGARD = "# {n}. {title}\n\nDate: 2021-04-19\n\n## Status\n\n{status}\n\n## Context\n\nC.\n\n## Decision\n\nD.\n"


def listed(project: Project, *args: str) -> list[dict[str, object]]:
    result = project.run(*args, "list", "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows: list[dict[str, object]] = json.loads(result.stdout)
    return rows


# Names


@pytest.mark.parametrize(("name", "number", "ident"), [
    ("0003-slug.md", 3, "0003"), ("003-Title-Case.md", 3, "003"), ("adr-003-slug.md", 3, "003"),
    ("ADR-12-slug.md", 12, "12"), ("ADR012-slug.md", 12, "012"), ("ADR-7.md", 7, "7"), ("0031_slug.md", 31, "0031"),
    ("ADR-102-protocol copy.md", 102, "102"), ("ADR-164-quests.poc.md", 164, "164"),
    ("20210114-slug.md", None, "20210114-slug"), ("2021-01-14-slug.md", None, "2021-01-14-slug"),
    ("adr-2026-04-10-004-slug.md", 4, "004"), ("adr-20260324-001-slug.md", 1, "001"),
    ("20240202-3-tier-apps.md", None, "20240202-3-tier-apps"), ("2023-09-07-004-x.md", None, "2023-09-07-004-x"),
    ("adr-2026-13-10-004-x.md", 2026, "2026"),  # no day: the number is the first
    # a day after the prefix, no number after it (agent-written logs): date-named, no record 2026
    ("ADR-2026-03-19-use-x.md", None, "ADR-2026-03-19-use-x"), ("adr-20260319-x.md", None, "adr-20260319-x"),
    ("ADR-2026-13-19-x.md", 2026, "2026"), ("adr-20261319-x.md", 20261319, "20261319"),
    # a Docusaurus blog of records (cardano-scaling/hydra): the day, another joint, then the number
    ("2022-03-28_017-udp-networking.md", 17, "017"), ("2023-10-16_028_offline_adr.md", 28, "028"),
    ("2023-09-07_3-tier-apps.md", None, "2023-09-07_3-tier-apps"),  # one digit: words after the day
    # `adr-` before the number (kg46sp8kps-web/gestima); not a word opening so, nor a number of fewer digits
    ("2026-02-26_adr-0001_auth-library.md", 1, "0001"), ("2026-02-26_ADR-012_x.md", 12, "012"),
    ("2026-02-26_adrian-x.md", None, "2026-02-26_adrian-x"), ("2026-02-26_adr-12_x.md", None, "2026-02-26_adr-12_x"),
    # a day with two digits of its year (drewgingerich/homelab); not a zero-padded number, nor digits of no day
    ("230927-maintain-x.md", None, "230927-maintain-x"), ("000123-x.md", 123, "000123"), ("231345-x.md", 231345, "231345"),
    # a US day, month first (UCSD CSE 110 teams' logs), with dashes too; a number before words stays a number
    ("052521-dexie-storage.md", None, "052521-dexie-storage"), ("05-30-21-bulletlog.md", None, "05-30-21-bulletlog"),
    ("05-slug.md", 5, "05"), ("01-02-03-x.md", 1, "01"),
    # the month or day unpadded (UCSD CSE 110 fa22 teams); not a year before records were kept so, nor year first
    ("11-1-22-use-dexie.md", None, "11-1-22-use-dexie"), ("12-4-22-x.md", None, "12-4-22-x"),
    ("12-08-22-adopt-jest.md", None, "12-08-22-adopt-jest"), ("23-09-27-x.md", 23, "23"),
    ("13-1-22-x.md", 13, "13"), ("1-2-x.md", 1, "1"), ("12-4-2-x.md", 12, "12"), ("2-30-22-x.md", 2, "2"),
    ("7-3-11-python.md", 7, "7"), ("1-2-10-steps.md", 1, "1"), ("21-12-05-retries.md", 21, "21"),
    # a dashed day and a dot before the words (DNUM-SocialGouv/1j1s-front's Docusaurus log)
    ("2021-06-25.choix-du-framework.md", None, "2021-06-25.choix-du-framework"),
    ("20220328_00017-x.md", None, "20220328_00017-x"),  # a compact day's joint: words after it
    # a compact day, a zero-padded number, the same joint twice (nullvariant/self-perfecting-os)
    ("20251028_0001_ci-cd-pause.md", 1, "0001"), ("20251028-0012-x.md", 12, "0012"),
    ("20240202-100-days.md", None, "20240202-100-days"), ("20251328_0001_x.md", 20251328, "20251328"),
    # an unpadded month or day (vectordotdev/vector, ray-project/enhancements), only when it is a day
    ("2023-8-18-ray-on-spark.md", None, "2023-8-18-ray-on-spark"), ("2024-12-4-x.md", None, "2024-12-4-x"),
    ("2022-11-2-14714-expand-vrl.md", None, "2022-11-2-14714-expand-vrl"), ("2021-13-2-x.md", 2021, "2021"),
    ("2022-11-x.md", None, "2022-11-x"), ("2020-13-x.md", 2020, "2020"),  # a month's (HHS/simpler-grants-gov)
    # a month alone (thanos-io/thanos' proposals), only a year's and a month's digits: a number otherwise
    ("202012-receive-split.md", None, "202012-receive-split"), ("199907_x.md", None, "199907_x"),
    ("000123-x.md", 123, "000123"), ("201300-x.md", 201300, "201300"), ("202013-x.md", 202013, "202013"),
    ("210012-x.md", 210012, "210012"), ("2020-x.md", 2020, "2020"),
    # `RFC` as a prefix (PowerShell/PowerShell-RFC, alphagov/govuk-rfcs, cloudfoundry/community)
    ("RFC0004-PowerShell-Module-Versioning.md", 4, "0004"), ("RFC-0004-x.md", 4, "0004"), ("rfc-008-x.md", 8, "008"),
])
def test_every_common_naming_scheme_is_a_record(name: str, number: int | None, ident: str) -> None:
    """The number (none for a date-named file) and the id each scheme gives, the reader's path as the scan's."""
    parsed = parse_name(name)
    assert parsed is not None and (parsed.number, parsed.id) == (number, ident)
    assert identity(name) == (number, ident, parsed.slug)


@pytest.mark.parametrize("name", ["README.md", "index.md", "template.md", "adr-template.md", "0000-template.md",
                                  "notes.md", "0001-x.txt", "rfc-template.md", "RFC0000-template.md", "rfcs.md",
                                  # a template's language (StefanMoCoAt/Meldestelle), or MADR's "any decision"
                                  "0000-adr-template-de.md", "adr-template.fr.md", "0000-template_pt-BR.md",
                                  "0000-any-template.md",
                                  "000-start-here.md"])  # a log's guide (casal-innovations/launchfast-template)
def test_templates_indexes_and_readmes_are_not_records(name: str) -> None:
    """A template, an index, a README or a file without a number is not a record."""
    assert parse_name(name) is None


@pytest.mark.parametrize("name", ["0004-template-de-facto.md", "0006-use-template-en-masse.md",
                                  "0002-adr-template-it-ops.md", "0007-use-any-db.md"])
def test_a_language_code_or_any_among_other_words_is_a_record(name: str) -> None:
    """A language code or `any` in a record's words, not after a template's alone, leaves it a record."""
    assert parse_name(name) is not None


def test_a_log_of_every_scheme_lists_each_record(project: Project) -> None:
    """Records named by each scheme are listed with their number; a date-named one has none, and is never
    "the same number" as another record of its day."""
    names = ["0003-slug.md", "adr-004-slug.md", "ADR-12-slug.md", "ADR013-slug.md", "ADR-7.md", "0031_slug.md",
             "20210114-one.md", "20210114-two.md", "template.md", "README.md"]
    for name in names:
        project.write(f"decisions/{name}", NYGARD.format(n=1, title=name, status="Accepted"))
    assert [(row["number"], row["id"]) for row in listed(project)] == [
        (3, "0003"), (4, "004"), (7, "7"), (12, "12"), (13, "013"), (31, "0031"),
        (None, "20210114-one"), (None, "20210114-two")]
    codes = [f["code"] for f in json.loads(project.run("validate", "--format", "json").stdout)]
    assert "ADR103" not in codes and "ADR101" not in codes


def test_records_named_by_their_month_are_date_named(project: Project) -> None:
    """`202012-x.md` names a record by its month: two of one month are not "the same number", and a day's name
    beside them fits the log."""
    for name in ["202012-deletions.md", "202012-receive-split.md", "202101-discovery.md", "20221129-sort.md"]:
        project.write(f"decisions/{name}", NYGARD.format(n=1, title=name, status="Accepted"))
    assert [(row["number"], row["id"]) for row in listed(project)] == [
        (None, "202012-deletions"), (None, "202012-receive-split"), (None, "202101-discovery"),
        (None, "20221129-sort")]
    assert project.run("validate").exit_code == 0


# Statuses, dates, titles


@pytest.mark.parametrize(("text", "status", "successors", "replaced", "sure"), [
    ("accepted", "accepted", (), (), True),
    ("✅ Accepted", "accepted", (), (), True), (":thinking_face: Proposed", "proposed", (), (), True),
    (":white_check_mark: :tada: Accepted", "accepted", (), (), True),
    ("Accepted.", "accepted", (), (), True),
    ("**Accepted**", "accepted", (), (), True),
    ("> Accepted", "accepted", (), (), True),
    ("PROPOSED", "proposed", (), (), True),
    ("deprecated, no longer relevant", "deprecated", (), (), True),
    ("❌ Rejected (see [019](019-Shared-Ingress-Controllers.md))", "rejected", (), (), True),
    ("Accepted (documenting an existing thing)", "accepted", (), (), True),
    ("accepted; supersedes ADR-0045", "accepted", (), ("ADR-0045",), True),
    ("superseded by ADR-0005", "superseded", ("ADR-0005",), (), True),
    ("Superceded by [10. AsciiDoc format](0010-asciidoc-format.md)", "superseded", ("0010-asciidoc-format.md",), (),
     True),
    ("Approved by the architecture board on 2024-05-18.", "approved", (), (), True),
    ("on hold", "on hold", (), (), True),
    ("partially implemented", "partially implemented", (), (), True),
    ("Pending review", "proposed", (), (), True),  # GSA-TTS/FAC's docs/architecture/decisions
    ("Pending approval", "proposed", (), (), True),
    ("Pending", "proposed", (), (), True), ("Accepted, pending review", "accepted", (), (), True),
    ("Ready for Implementation", "ready for implementation", (), (), True),  # grpc/proposal's gRFCs
    ("Implementation in progress", "implementation in progress", (), (), True),
    ("🤔 Incomplete", "incomplete", (), (), True),
    ("Living ", "living", (), (), True),
    # a constant's name (YorgosPag/NestorApp, kompiro/karasu): its words; emphasis stays emphasis
    ("IN_PROGRESS", "in progress", (), (), True), ("not_adopted", "not adopted", (), (), True),
    ("_Accepted_", "accepted", (), (), True),
    # the day between the word and who gave it (tosin2013/openshift-aiops-platform)
    ("SUPERSEDED - 2025-10-31 by ADR-019 (Patterns)", "superseded", ("ADR-019 (Patterns)",), (), True),
    ("Superseded (2025-10-31) by ADR-019", "superseded", ("ADR-019",), (), True),
    # a state per area apart by `|`, each with what it is of (tosin2013/openshift-aiops-platform): no menu
    ("ACCEPTED (Infrastructure) | SUPERSEDED (Notebooks by ADR-029)", "accepted", (), (), True),
    # `by` left out before the record's number (ThoughtWorksInc/kakuma-frontend); a day or a count is no record
    ("Superseded ADR 7", "superseded", ("ADR 7",), (), True), ("Superseded 2023-01-10", "superseded", (), (), True),
    ("Superseded 3 times", "superseded", (), (), True), ("Superseded 2024", "superseded", (), (), True),
    ("Superseded 7 (partly)", "superseded", (), (), True),
    # a relation sentence names a record, not a count or a year; `Supercedes` as the rest of the reader spells it
    ("Accepted. Replaces 3 older scripts.", "accepted", (), (), True),
    ("Accepted. Supersedes 2019 plan.", "accepted", (), (), True),
    ("Accepted. Supercedes ADR-003.", "accepted", (), ("ADR-003.",), True),
    # a template's menu with a remark after each choice stays the menu
    ("Proposed (default) | Accepted (once approved)", None, (), (), False),
    ("Accepted (a) | Rejected", None, (), (), False),
    ("[proposed | rejected | accepted | deprecated | … | superseded by [ADR-0005](0005-example.md)]", None, (), (),
     False),
    ('{proposed | rejected | accepted}', None, (), (), False),
    ("We will see what the board thinks about it next week", None, (), (), False),
    ("", None, (), (), True),
])
def test_statuses_read_as_a_person_reads_them(text: str, status: str | None, successors: tuple[str, ...],
                                              replaced: tuple[str, ...], sure: bool) -> None:
    """Emoji, markup, punctuation and qualifiers are dropped; compound MADR statuses give their links;
    template text and prose are no status, and not sure."""
    reading = read_status(text)
    assert (reading.status, reading.superseded_by, reading.supersedes, reading.sure) == \
        (status, successors, replaced, sure)


@pytest.mark.parametrize(("text", "day", "sure"), [
    ("2021-04-19", dt.date(2021, 4, 19), True),
    ("05/02/2018", dt.date(2018, 2, 5), False),  # day first, as legacy adr-tools wrote it; could be the other
    ("28/03/2018", dt.date(2018, 3, 28), True),
    ("10/04/18", dt.date(2018, 4, 10), False),
    ("03/28/2018", dt.date(2018, 3, 28), True),  # only month first makes a day of it
    ("2020-Nov-09", dt.date(2020, 11, 9), True),
    ("2026-05-1", dt.date(2026, 5, 1), True),
    ("2019-05-13, updated 2023-02-01", dt.date(2019, 5, 13), True),
    ("5 February 2018", dt.date(2018, 2, 5), True),
    ("Feb 5, 2018", dt.date(2018, 2, 5), True),
    ("20220513", dt.date(2022, 5, 13), True),
    ("2020-01-45", None, True),
    ("soon", None, False),
    # typography's dashes where `-` is meant (a non-breaking hyphen, a minus sign: sotayamashita/electron-template)
    ("2025\u201105\u201107", dt.date(2025, 5, 7), True), ("2025\u221205\u221207", dt.date(2025, 5, 7), True),
    # Czech writes a blank after each dot (`Datum: 17. 3. 2026`); three small numbers are no day
    ("17. 3. 2026", dt.date(2026, 3, 17), True), ("Datum: 1. 12. 2025", dt.date(2025, 12, 1), False),  # day first, as a dotted day is read
    ("1. 2. 3", None, False),
])
def test_dates_read_as_a_person_reads_them(text: str, day: dt.date | None, sure: bool) -> None:
    """ISO and near-ISO dates, day-first legacy dates, month names; the first date of a longer text."""
    assert tuple(read_date(text)) == (day, sure)


def test_a_log_settles_day_first_dates() -> None:
    """A log with a date only day first can make of is day first throughout; one with both is not settled."""
    assert day_first(["05/02/2018", "28/03/2018"])
    assert not day_first(["05/02/2018", "06/04/2018"])
    assert not day_first(["28/03/2018", "03/28/2018"])


def test_a_log_of_us_days_reads_its_ambiguous_days_month_first(project: Project) -> None:
    """UCSD CSE 110 teams and kubewarden/rfc write days month first: where one of the log's days can only be read
    so (`05/31/2021`), `03/09/2021` is 9 March and `05-10-2021` 10 May (they read 3 September and 5 October, after
    the repositories' last commits); a log with a day only day first (`13/04/2016`, legacy adr-tools) keeps
    `05/02/2018` day first."""
    for number, day in ((1, "03/09/2021"), (2, "05/31/2021"), (3, "05-10-2021")):
        project.write(f"docs/adr/000{number}-a.md", f"# {number}. A\n\nDate: {day}\n\n## Status\n\nAccepted\n")
    assert [row["date"] for row in listed(project)] == ["2021-03-09", "2021-05-31", "2021-05-10"]
    project.write("docs/adr/0002-a.md", "# 2. A\n\nDate: 13/04/2016\n\n## Status\n\nAccepted\n")
    assert [row["date"] for row in listed(project)] == ["2021-09-03", "2016-04-13", "2021-10-05"]


def test_a_log_of_us_days_with_a_slip_or_two_reads_its_ambiguous_days_month_first(project: Project) -> None:
    """aptos-foundation/AIPs' template asks `created: <mm/dd/yyyy>`: 67 of its days can only be read month first, 3
    day first (slips); its ambiguous days (`12/05/2022`) read day first, 53 records a wrong day. Days that can be read
    only month first five times as often as only day first settle the log month first. Near miss: one of each keeps
    day first (above)."""
    days = ("12/05/2022", "05/31/2021", "06/30/2021", "07/29/2021", "08/28/2021", "09/27/2021", "10/26/2021",
            "13/04/2022")
    for number, day in enumerate(days, 1):
        project.write(f"aips/aip-{number}.md", f"---\naip: {number}\ntitle: A{number}\nstatus: Accepted\n"
                      f"created: {day}\n---\n\n## Summary\n\nx\n")
    rows = listed(project, "--dir", "aips")
    assert [row["date"] for row in rows][:2] + [rows[-1]["date"]] == ["2022-12-05", "2021-05-31", "2022-04-13"]


def test_us_days_with_an_unpadded_month_or_backslashes_and_a_date_named_record_s_own_day(project: Project) -> None:
    """HHS/OPRE-OPS writes `Date: 12-1-2023`, `10-1-2024`, `09\\30\\2024` and `10-31-2024`: the one-digit
    month hid the first two from the log's month first reading (read 12 January, 10 January), and backslashes
    made no day. aws-samples/pcluster-manager's `20220713-use-github-actions.md` says `- Date: 7/12/2022`: of its
    readings, the one near its name's day is meant. Near misses: a date-named record whose name is far from both
    readings keeps the day first one; an ISO day is no US day."""
    for number, day in ((25, "12-1-2023"), (26, "09\\30\\2024"), (27, "10-1-2024"), (28, "10-31-2024"),
                        (29, "2025-01-24")):
        project.write(f"docs/adr/0{number}-a.md", f"# {number}. A\n\nDate: {day}\n\n## Status\n\nAccepted\n")
    assert [row["date"] for row in listed(project)] == [
        "2023-12-01", "2024-09-30", "2024-10-01", "2024-10-31", "2025-01-24"]
    for name, day in (("20220713-use-github-actions.md", "7/12/2022"), ("20200101-use-x.md", "7/12/2022"),
                      ("20220708-use-log4brains.md", "07/07/2022")):
        project.write(f"docs/decisions/{name}", f"# Use it\n\n- Status: accepted\n- Date: {day}\n")
    assert [(row["id"], row["date"]) for row in listed(project, "--dir", "docs/decisions")] == [
        ("20200101-use-x", "2022-12-07"), ("20220708-use-log4brains", "2022-07-07"),
        ("20220713-use-github-actions", "2022-07-12")]


@pytest.mark.parametrize(("heading", "title", "number"), [
    ("3. Use X", "Use X", 3), ("3) Use X {#adr_0003}", "Use X", 3), ("23 Logging", "Logging", 23),
    ("ADR 012: Use X", "Use X", 12), ("ADR-012 - Use X", "Use X", 12), ("ADR012: Use X", "Use X", 12),
    ("ADR: Use X", "Use X", None), ("Architecture Decision Record: Use X", "Use X", None),
    ("ADR-7 Use X", "Use X", 7), ("[ADR-0012] Use X", "Use X", 12), ("Adopt `X`", "Adopt `X`", None), ("ADRs are useful", "ADRs are useful", None),
    ("3D printing", "3D printing", None),
    # a year and a blank is the title's word (rust-lang/rfcs' `2019 Roadmap`); punctuated, or padded, a number
    ("2019 Roadmap", "2019 Roadmap", None), ("2019. Roadmap", "Roadmap", 2019), ("2019 - Roadmap", "Roadmap", 2019),
    ("0007 Use X", "Use X", 7), ("0007 - Use X", "Use X", 7),
    # vector's `RFC <issue#> - <YYYY-MM-DD> - <title>`: the day goes too; a day followed by words stays
    ("RFC #1999 - 2020-03-06 - API extensions", "API extensions", 1999), ("RFC 2064 - 2020-03-17 - X", "X", 2064),
    ("RFC #3643 - 2020-09-28 CloudWatch source", "2020-09-28 CloudWatch source", 3643),
    ("ADR 7: 2020-03-06 outage review", "2020-03-06 outage review", 7),
    ("[Superseded by [ADR-0019](0019-push-metrics-via-thanos.md)] Push Metrics via InfluxDB",
     "Push Metrics via InfluxDB", None), ("[DEPRECATED] 4. Use X", "Use X", 4),
    ("[Superseded] [ADR-0012] Use X", "Use X", 12), ("[Superseded by ADR-0019]", "[Superseded by ADR-0019]", None),
    ("[Supersede] the old API", "[Supersede] the old API", None),
    ("**RFC: PD Endpoints**", "PD Endpoints", None), ("**3. Use X**", "Use X", 3),  # tikv/rfcs: all in bold
    ("**Use** X **now**", "**Use** X **now**", None), ("__init__ files", "__init__ files", None),
    # a date-named record's day as its id (erikjager55/Branddock); a day alone or a month is no id
    ("ADR 2026-05-10 — Brand-language auto-detect", "Brand-language auto-detect", None),
    ("ADR-2026-05-10: Use X", "Use X", None), ("ADR 2026-05-10", "ADR 2026-05-10", None),
    ("ADR 2026-13 — Use X", "ADR 2026-13 — Use X", None),
    # an id of a day and its sequence (@kompiro/adr-tools: no number), a part of a record (`ADR-018.1:`)
    ("ADR-20260312-01: Use a monorepo", "Use a monorepo", None), ("ADR-2024-01: Use X", "Use X", None),
    ("ADR-018.1: Split the gateway", "Split the gateway", 18), ("ADR-012-1: Use X", "Use X", 12),
    ("ADR 3.2 Use X", "2 Use X", 3),
    # `N°` before the number, a word for decision and a dash (French and Danish logs)
    ("ADR N°5 — Choix du message broker", "Choix du message broker", 5), ("Décision 005 — Use X", "Use X", 5),
    ("Beslutning 003 — Use X", "Use X", 3), ("Décision prise", "Décision prise", None),
    # RFCs' and other logs' prefixes (aws-cdk-rfcs, wellcomecollection/docs, jeel-st/Sipster, GSA/notifications-api,
    # Nepopams/vr_ai_platform), and typography's dashes in one (the en dash inside the title stays)
    ("RFC 001: Matcher architecture", "Matcher architecture", 1), ("RFC 728 - MediaPackage", "MediaPackage", 728),
    ("RFC-473 - Pipes L2", "Pipes L2", 473), ("RFC: Feature Flag Advisor", "Feature Flag Advisor", None),
    ("Nr. 001: Verwendung von React Native", "Verwendung von React Native", 1),
    ("TITLE:  Establishing ADRs for US Notify", "Establishing ADRs for US Notify", None),
    ("ADR-003 (Draft): Extractor", "Extractor", 3), ("ADR-006-P: Multi-Item Model", "Multi-Item Model", 6),
    ("ADR\u20110002: tRPC over IPC \u2013 Type-safe", "tRPC over IPC \u2013 Type-safe", 2),
    # neokapi's `AD-001:`, and `Decision 003:` / `Decision #5:`, numbered and followed by a separator
    ("AD-001: Vision and Module Architecture", "Vision and Module Architecture", 1), ("AD 002. Use X", "Use X", 2),
    ("Decision 003: Use X", "Use X", 3), ("Decision #5: Use X", "Use X", 5),
    # a title that merely opens with such a word keeps it
    ("AD integration", "AD integration", None), ("Ad hoc reports", "Ad hoc reports", None),
    ("AD 5 things to know", "AD 5 things to know", None), ("Decision making process", "Decision making process", None),
    ("Decisions 3: Use X", "Decisions 3: Use X", None),
    ("RFCs are our process", "RFCs are our process", None), ("Title case everywhere", "Title case everywhere", None),
    ("Nrwl Nx for the monorepo", "Nrwl Nx for the monorepo", None), ("Use X\u2011Y \u2013 Z", "Use X\u2011Y \u2013 Z", None),
    # an emoji before the prefix (mohaneed/admin-control-panel), the template's number left as `00X` (losol/
    # eventuras), `Decision Record:` (eclipse-tractusx); an emoji before words, `X` opening a word, stay
    ("🔒 ADR-004 — Password Hashing (Keyless)", "Password Hashing (Keyless)", 4),
    ("📄 ADR — Notification Module Scope", "Notification Module Scope", None), ("✅️ ADR 5: Use X", "Use X", 5),
    ("ADR-00X: Introduce BusinessEventLog", "Introduce BusinessEventLog", None), ("ADR-XXX: Use X", "Use X", None),
    ("ADR-nnn: Use Django framework", "Use Django framework", None), ("ADR-Nginx: proxy", "ADR-Nginx: proxy", None),
    ("Decision Record: Adding IdentityHub", "Adding IdentityHub", None), ("🔒 Security model", "🔒 Security model", None),
    ("🔒 ADR tooling choices", "🔒 ADR tooling choices", None), ("ADR Xen: Use X", "ADR Xen: Use X", None),
    ("ADR tooling choices", "ADR tooling choices", None), ("Decision records we keep", "Decision records we keep", None),
    # the kind of record in words of its own before the number (ecmwf/codex); not without a number, nor in prose
    ("MARS Language Decision Record 002: GRIB2 data", "GRIB2 data", 2),
    ("Design Decision Record 001: Agent Debate", "Agent Debate", 1), ("Technical Decision Record 2 - Use Y", "Use Y", 2),
    ("Mars Decision Record: X", "Mars Decision Record: X", None),
    ("Write a Decision Record 5 times", "Write a Decision Record 5 times", None),
    ("Our Decision Record process", "Our Decision Record process", None),
])
def test_titles_lose_their_decorations(heading: str, title: str, number: int | None) -> None:
    """Numbering and prefixes around a title go; the rest is verbatim."""
    assert tuple(read_title(heading)) == (title, number)


def test_a_kind_of_record_named_in_words_of_its_own_goes_from_the_title(project: Project) -> None:
    """ecmwf/codex's `# MARS Language Decision Record 002: GRIB2 data in flight levels` is titled by its words after
    the number, as `# Architectural Decision Record 001: X` is, when the number is the record's own; a title naming
    another record so is kept whole."""
    project.write("docs/adr/0002-grib.md", "# MARS Language Decision Record 002: GRIB2 data in flight levels\n\n"
                                          "## Status\n\nAccepted\n")
    project.write("docs/adr/0003-debate.md", "# Design Decision Record 003: Agent Debate\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0004-x.md", "# Technical Decision Record 4 - Use X\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0009-y.md", "# Replace Architecture Decision Record 7: it was wrong\n\n## Status\n\n"
                                        "Accepted\n")  # another record named so: kept whole
    assert [row["title"] for row in listed(project)] == [
        "GRIB2 data in flight levels", "Agent Debate", "Use X", "Replace Architecture Decision Record 7: it was wrong"]
    assert project.run("validate").stdout == ""


def test_an_emoji_before_a_title_s_prefix_goes_and_one_before_its_words_stays(project: Project) -> None:
    """mohaneed/admin-control-panel's `# 🔒 ADR-004 — Password Hashing` is titled `Password Hashing`; `# 🔒
    Security model` keeps its emoji."""
    project.write("docs/adr/0004-x.md", "# 🔒 ADR-004 — Password Hashing\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0005-y.md", "# 🔒 Security model\n\n## Status\n\nAccepted\n")
    assert [row["title"] for row in listed(project)] == ["Password Hashing", "🔒 Security model"]


def test_a_status_in_brackets_closing_the_title(project: Project) -> None:
    """A title that closes with its status in brackets (kg46sp8kps-web/gestima, wagtail/rfcs) gives the status
    and its successor, the title without them; other brackets, or a status the record states, keep theirs."""
    titles = {1: "Soft Delete Pattern [ACCEPTED]", 2: "Parser [PARTIAL — fáze 1/3 hotová]",
              3: "Module Pattern [SUPERSEDED BY ADR-030]", 4: "Query classes (superseded by [RFC 5](0005-x.md))",
              5: "Revision Events (deleted)", 6: "Comparison [FULL REVERSE ENGINEERING — 2026-02-26]",
              7: "Admin API (Revised)", 8: "Circuit Breaker (Open)", 9: "Use X (accepted by the board in 2020)",
              10: "Baseline [ACCEPTED — VERIFIED]"}
    for number, title in titles.items():
        stated = "## Status\n\nPřijato.\n\n" if number == 10 else ""
        project.write(f"docs/adr/{number:04d}-x.md", f"# ADR-{number:03d}: {title}\n\n{stated}## Context\n\nC.\n")
    assert [(row["title"], row["status"], row["superseded_by"]) for row in listed(project)] == [
        ("Soft Delete Pattern", "accepted", []), ("Parser", "partial", []), ("Module Pattern", "superseded", [30]),
        ("Query classes", "superseded", [5]), ("Revision Events", "deleted", []),
        ("Comparison [FULL REVERSE ENGINEERING — 2026-02-26]", None, []), ("Admin API (Revised)", None, []),
        ("Circuit Breaker (Open)", None, []), ("Use X (accepted by the board in 2020)", None, []),
        ("Baseline", "accepted", [])]


def test_a_state_and_a_colon_opening_the_title(project: Project) -> None:
    """V-Sekai/manuals titles its records `# Draft: Add build notifications`, `# Accepted: Use Markdown ..` (469 of
    528): the title is the rest, the state its status when the record states none (a `- Status:` bullet of the
    same stage wins). Near misses: words a title opens with for its topic (`Proposal:`, `Final:`, `Deprecation:`),
    and a state under a status of another stage (`# Deprecated: the v1 REST API`, accepted), stay the title's."""
    records = {"20210212-add-build-notifications.md": "# Draft: Add build notifications\n\n## The Context\n\nC.\n",
               "20210213-basis.md": "# **ACCEPTED**: Support Basis Universal\n\n## Overview\n\nC.\n",
               "20210214-notary.md": "# Draft: Trusted clients\n\n- Status: proposed\n- Date: 2021-02-14\n",
               "20210215-plan.md": "# Proposal: A plan\n\n## Overview\n\nC.\n",
               "20210216-final.md": "# Final: The last step\n\n## Status\n\nAccepted\n",
               "20210217-deprecation.md": "# Deprecation: Old APIs\n\n## Status\n\nAccepted\n",
               "20210218-servers.md": "# Draft: 1000 player servers\n\n## Overview\n\nC.\n",
               "20210219-v1.md": "# Deprecated: the v1 REST API\n\n- Status: accepted\n- Date: 2021-02-19\n"}
    for name, text in records.items():
        project.write(f"decisions/{name}", text)
    assert [(row["title"], row["status"]) for row in listed(project)] == [
        ("Add build notifications", "draft"), ("Support Basis Universal", "accepted"), ("Trusted clients", "proposed"),
        ("Proposal: A plan", None), ("Final: The last step", "accepted"), ("Deprecation: Old APIs", "accepted"),
        ("1000 player servers", "draft"), ("Deprecated: the v1 REST API", "accepted")]


def test_a_documentation_tag_that_is_a_lifecycle_word_is_the_status_of_a_record_stating_none(project: Project) -> None:
    """mkdocs-tech-docs-template's `tags:` / `- Superseded` is the status, kept as a tag; a status the record
    states wins, and a topic tag, or two lifecycle tags, state none."""
    fronts = {1: "tags:\n    - Superseded\n", 2: "tags: [Accepted]\nstatus: proposed\n", 3: "tags: [experimental, api]\n",
              4: "tags: [Draft, Accepted]\n", 5: "tags: [Rejected]\n"}
    for number, front in fronts.items():
        body = "\n## Status\n\nAccepted\n" if number == 5 else ""
        project.write(f"docs/adr/{number:04d}-x.md", f"---\ntitle: X\n{front}---\n{body}\n## Context\n\nC.\n")
    assert [(row["status"], row["tags"]) for row in listed(project)] == [
        ("superseded", ["Superseded"]), ("proposed", ["Accepted"]), (None, ["experimental", "api"]),
        (None, ["Draft", "Accepted"]), ("accepted", ["Rejected"])]


@pytest.mark.parametrize("header", ["Status: Accepted", "**Status**: Accepted", "**Status:** Accepted",
                                    "| Status | Accepted |", "**<u>Status</u>**: Accepted", "> Status · Accepted"])
def test_a_status_line_or_table_row_under_the_title(project: Project, header: str) -> None:
    """A hand-kept log's metadata lines between the title and the first section are read, a key underlined with
    HTML too (a student team's `**<u>Status</u>**:`), or apart from its value by a middle dot (chipi/chemigram's
    `> Status · Accepted`)."""
    project.write("docs/adr/0001-x.md", f"# Use X\n\n{header}\n\nDate: 2021-04-19\n\n## Context\n\nC.\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [("accepted", "2021-04-19")]


@pytest.mark.parametrize("fields", ["| Field | Value |\n|---|---|\n| **Status** | Accepted |\n| **Date** | 2026-07-01 |",
                                    "**Status:** Accepted\n**Date:** 2026-07-01", "Status: Accepted\nDate: 2026-07-01"])
def test_metadata_lines_in_a_metadata_section(project: Project, fields: str) -> None:
    """The key lines or table of a `## Metadata` section opening the record (AI-written templates, as
    YorgosPag/NestorApp's) are its metadata; the same lines in a later section (`## Notes`) are not."""
    project.write("docs/adr/0001-x.md", f"# ADR-001: X\n\n## Metadata\n\n{fields}\n\n## Context\n\nC.\n")
    project.write("docs/adr/0002-y.md", f"# ADR-002: Y\n\n## Context\n\nC.\n\n## Notes\n\n{fields}\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [("accepted", "2026-07-01"), (None, None)]


def test_a_record_section_over_a_table_of_fields(project: Project) -> None:
    """HengYangDS/ethos keeps each record's facts in a `| Field | Value |` table under `## Record`, after a status
    line and a paragraph: its day and successor went unread (8 records undated, 2 superseded ones with no
    successor). Near miss: a `## Record` section later in the body is no metadata."""
    table = ("## Record\n\n| Field | Value |\n| --- | --- |\n| Decision ID | DR-0002 |\n| Status | superseded |\n"
             "| Decision Date | 2026-07-07 |\n| Supersedes | None |\n| Superseded By | DR-0004 |\n")
    project.write("docs/adr/0002-y.md", f"# DR-0002: Y\n\nStatus: superseded.\n\nPurpose: a ruling.\n\n{table}\n"
                                        "## Context\n\nC.\n")
    project.write("docs/adr/0003-z.md", f"# DR-0003: Z\n\n## Context\n\nC.\n\n{table}")
    project.write("docs/adr/0004-w.md", "# DR-0004: W\n\nStatus: accepted.\n\n## Context\n\nC.\n")
    assert [(row["number"], row["status"], row["date"], row["superseded_by"]) for row in listed(project)] == [
        (2, "superseded", "2026-07-07", [4]), (3, None, None, []), (4, "accepted", None, [])]


def test_fields_as_headings_under_the_title(project: Project) -> None:
    """`## Status: IMPLEMENTED` then `## Date: 2026-02-14`, or a `**Date**:` line under the status heading
    (YorgosPag/NestorApp's ADR-181 and ADR-065), date the record; a `## Date: to be agreed` heading, or a
    `## Date: 2026-02-14` heading after a section, does not."""
    project.write("docs/adr/0001-a.md", "# ADR-001: A\n\n## Status: IMPLEMENTED\n\n## Date: 2026-02-14\n\n"
                                        "## Context\n\nC.\n")
    project.write("docs/adr/0002-b.md", "# ADR-002: B\n\n## Status: ✅ IMPLEMENTED\n\n**Date**: 2026-02-01\n"
                                        "**Category**: Entity Systems\n\n---\n\n## Context\n\nC.\n")
    project.write("docs/adr/0003-c.md", "# ADR-003: C\n\n## Status: Accepted\n\n## Date: to be agreed\n\nC.\n")
    project.write("docs/adr/0004-d.md", "# ADR-004: D\n\n## Status: Accepted\n\n## Context\n\nC.\n\n"
                                        "## Date: 2026-02-14\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("implemented", "2026-02-14"), ("implemented", "2026-02-01"), ("accepted", None), ("accepted", None)]


def test_a_day_as_the_first_heading_under_the_title(project: Project) -> None:
    """ministryofjustice/opg-technical-guidance opens its records with `### Date: 2020-12-01` (or `23-09-2021`)
    above `## Status`, under a tech-docs title expression (`# <%= current_page.data.title %>`) or a title of its
    own: 9 records gave no day. Near misses: `#### Date: ..` (a subsection's) and `### Date: soon` give none."""
    opening = "---\ntitle: ADR-001 Shared Library\n---\n\n# <%= current_page.data.title %>\n\n"
    project.write("docs/adr/0001-a.md", f"{opening}### Date: 2020-12-01\n\n## Status\n\n✅ Accepted\n\n## Context\n\nC.\n")
    project.write("docs/adr/0002-b.md", "# 2. B\n\n### Date: 23-09-2021\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0003-c.md", "# 3. C\n\n#### Date: 2021-09-23\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0004-d.md", "# 4. D\n\n### Date: soon\n\n## Status\n\nAccepted\n")
    assert [(row["title"], row["status"], row["date"]) for row in listed(project)] == [
        ("Shared Library", "accepted", "2020-12-01"), ("B", "accepted", "2021-09-23"), ("C", "accepted", None),
        ("D", "accepted", None)]


@pytest.mark.parametrize("record", [
    "# Use X\n\n* Status: ~~accepted~~ rejected, superseded by https://github.com/o/r/issues/1173\n"
    "* Date: ~~~2019-02-12~~ 2019-07-30\n\n## Context\n\nC.\n",
    "---\nstatus: ~~accepted~~ rejected\ndate: ~~2019-02-12~~ 2019-07-30\n---\n# Use X\n\nC.\n",
    NYGARD.format(n=1, title="Use X", status="~~Accepted~~ Rejected").replace("2021-04-19",
                                                                              "~~2019-02-12~~ 2019-07-30"),
])
def test_struck_through_words_are_no_value(project: Project, record: str) -> None:
    """elastic/cloud-on-k8s strikes the old value out beside the new one (`~~accepted~~ rejected`,
    `~~~2019-02-12~~ 2019-07-30`): the new one is read, in MADR 2's bullets, front matter and an adr-tools record
    alike; a struck value alone is none."""
    project.write("docs/adr/0001-x.md", record)
    struck_alone = record.replace(", superseded by https://github.com/o/r/issues/1173", "")
    for new_value in (" 2019-07-30", " Rejected", " rejected"):
        struck_alone = struck_alone.replace(new_value, "")
    project.write("docs/adr/0002-y.md", struck_alone)
    assert [(row["status"], row["date"]) for row in listed(project)] == [("rejected", "2019-07-30"), (None, None)]


def test_a_status_label_without_a_heading(project: Project) -> None:
    """A record that marks its sections with a line of the name alone (motionmavericks/app's `Status` over
    `- Accepted — 2025-08-31.`) states that status and day; the word alone with nothing under it, a sentence
    about the status, or such a line in a record with `##` sections state none."""
    labels = "# ADR-0001: X\n\nContext\n- We need x.\n\n"
    project.write("docs/adr/0001-a.md", labels + "Status\n- Accepted — 2025-08-31.\n")
    project.write("docs/adr/0002-b.md", labels + "Status\n\n| a | b |\n")
    project.write("docs/adr/0003-c.md", labels + "Status of the work: accepted by all on 2025-08-31.\n")
    project.write("docs/adr/0004-d.md", "# ADR-0004: X\n\n## Context\n\nC.\n\nStatus\n- Accepted — 2025-08-31.\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("accepted", "2025-08-31"), (None, None), (None, None), (None, None)]


def test_deciders_in_a_metadata_table(project: Project) -> None:
    """A table under the title names the deciders in a `Deciders` column (AshkanYarmoradi/go-mink) or row, in a
    blockquote and a code span (nhs-england-tools/repository-template); an `Owners` row and a `Deciders` column
    of a table below a section name none."""
    project.write("docs/adr/001-a.md", "# ADR-001: A\n\n| Status | Date | Deciders |\n|--------|------|----------|\n"
                                       "| Accepted | 2024-01-15 | Core Team |\n\n## Context\n\nC.\n")
    project.write("docs/adr/002-b.md", "# ADR-002: B\n\n>|              |              |\n>| --- | --- |\n"
                                       ">| Status       | `RFC`        |\n>| Deciders     | `Engineering` |\n"
                                       ">| Owners       | `Dan, Jon` |\n\n## Context\n\nC.\n")
    project.write("docs/adr/003-c.md", "# ADR-003: C\n\nStatus: Accepted\n\n## Context\n\n| Option | Deciders |\n"
                                       "|---|---|\n| A | Core Team |\n")
    assert [row["decision_makers"] for row in listed(project)] == [["Core Team"], ["Engineering"], []]


def test_a_tags_section_of_hashtags(project: Project) -> None:
    """A `## Tags` section's line of hashtags in a code span (nhs-england-tools/repository-template) gives the
    tags; its template's placeholder (`#a|#b|…` and a note), prose, or a list gives none."""
    tail = "# ADR-00{n}: X\n\n| Status | Date |\n|---|---|\n| Accepted | 2024-01-15 |\n\n## Context\n\nC.\n\n"
    sections = ["## Tags\n\n`#maintainability, #testability, #security`\n",
                "## Tags\n\n`#availability|#scalability|…` these tags are intended to be ...\n",
                "## Tags\n\nWe tag #security work.\n", "## Tags\n\n- Backend, Godot\n"]
    for number, section in enumerate(sections, start=1):
        project.write(f"docs/adr/00{number}-x.md", tail.format(n=number) + section)
    assert [row["tags"] for row in listed(project)] == [["maintainability", "testability", "security"], [], [], []]


def test_a_tags_line_under_the_title(project: Project) -> None:
    """A `Tags:` line under the title, plain or bold, in code spans (awesomecit/thc-app's ``**Tags**: `tooling`,
    `automation` ``), as `Tag:` or Spanish `Etiquetas:`, and a MADR bullet's tags in code spans give the tags
    without the marks; `Tags are ...` prose and a `Tags:` line in a section give none."""
    head = "# ADR-00{n}: X\n\nDate: 2024-01-15\n{line}\n\n## Status\n\nAccepted\n\n## Context\n\n{body}\n"
    for number, line, body in (
            (1, "**Tags**: `tooling`, `automation`", "C."), (2, "Tags: a, b", "C."), (3, "**Tag:** a", "C."),
            (4, "Etiquetas: a, b", "C."), (5, "Tags are chosen by the team.", "Tags: c, d")):
        project.write(f"docs/adr/00{number}-x.md", head.format(n=number, line=line, body=body))
    project.write("docs/adr/006-y.md", "# Y\n\n* Status: accepted\n* Tags: `a`, `b`\n\n## Context\n\nC.\n")
    assert [row["tags"] for row in listed(project)] == [["tooling", "automation"], ["a", "b"], ["a"], ["a", "b"],
                                                         [], ["a", "b"]]


def test_a_deciders_section_lists_the_deciders(project: Project) -> None:
    """mozilla/experimenter 0014's `## Deciders` section of bullets (`- **Data Science**: Daniel Berry (Jun 12,
    2024)`): the names, without the role in bold or the day in parentheses; another parenthesis stays, and
    bullets under another section (`## Decision`) name no decider."""
    status = "ACCEPTED: Option 1.\n\n## Deciders\n\n- **Data Science**: Daniel Berry (Jun 12, 2024)\n" \
             "- Mike Williams (Tech Lead)\n"
    project.write("docs/adr/0014-x.md", NYGARD.format(n=14, title="Use X", status=status))
    project.write("docs/adr/0015-y.md", NYGARD.format(n=15, title="Use Y", status="Accepted").replace(
        "## Decision\n\nD.", "## Decision\n\n- **Option 1**: Daniel Berry (Jun 12, 2024)"))
    assert [(row["status"], row["decision_makers"]) for row in listed(project)] == [
        ("accepted", ["Daniel Berry", "Mike Williams (Tech Lead)"]), ("accepted", [])]


def test_a_deciders_section_of_one_line_names_the_deciders(project: Project) -> None:
    """c-xrefactory's `## Deciders` then `Thomas Nilefalk`: the names, split as a `Deciders:` line's are; a
    sentence or a paragraph of several lines there names no decider."""
    for number, deciders in enumerate(("Thomas Nilefalk, Claude (AI pair programmer)",
                                       "The platform team decided this after a review.", "Ann and\nBo"), 1):
        project.write(f"docs/adr/000{number}-x.md", NYGARD.format(n=number, title="Use X", status="Implemented")
                      .replace("## Context", f"## Deciders\n\n{deciders}\n\n## Context"))
    assert [row["decision_makers"] for row in listed(project)] == [
        ["Thomas Nilefalk", "Claude (AI pair programmer)"], [], []]


def test_relation_lines_under_the_title_name_every_record(project: Project) -> None:
    """`**Related:** ADR-0070 (..), ADR-0087 (..)` and `**Related ADRs:**` lines (45ck/Portarium), a blockquote
    `> 关联：ADR-006（..）、ADR-013（..）、`crates/x.md`` (GoyacJ/octopus) and a table row `| **Related** | [PRD](..),
    [ADR-001](..) |` (WuErPing/solo) relate the record to each record they name."""
    project.write("docs/adr/ADR-0092.md", "# ADR-0092: SROS2\n\n**Status:** Accepted\n**Supersedes:** _(none)_\n"
                                          "**Related:** ADR-0070 (hybrid orchestration), ADR-0087 (gRPC gateway)\n"
                                          "\n---\n\n## Context\n\nC.\n")
    project.write("docs/adr/ADR-0102-openclaw.md", "# ADR-0102 — OpenClaw\n\n**Status:** Accepted\n"
                  "**Related ADRs:** ADR-0098 (schema versioning), ADR-0099 (token exposure)\n\n## Context\n")
    project.write("docs/adr/ADR-0014-signer.md", "# ADR-0014 · Signer\n\n> 状态：Accepted\n> 日期：2026-04-25\n"
                  "> 关联：ADR-006（插件信任域二分）、ADR-013（`IntegritySigner` 默认实现）、`crates/harness-plugin.md`\n"
                  "\n## 1. 背景\n")
    project.write("docs/adr/ADR-0002-unify.md", "# ADR-002: Unify\n\n|  |  |\n|---|---|\n| **Status** | Proposed |\n"
                  "| **Related** | [PRD: Unify](../prd/unify.md), [ADR-001](adr-001-template.md), [Spec](../s.md) |\n"
                  "\n## 1. Context\n")
    rows = {row["number"]: row for row in listed(project)}
    assert [(rows[n]["status"], rows[n]["supersedes"], rows[n]["relates_to"]) for n in (2, 14, 92, 102)] == [
        ("proposed", [], [1]), ("accepted", [], [6, 13]), ("accepted", [], [70, 87]), ("accepted", [], [98, 99])]


def test_prose_under_the_title_that_opens_like_a_relation_relates_nothing(project: Project) -> None:
    """`Relates to 3 earlier designs.` (no colon), `**Related beads:** bead-0784` (not a relation key) and a
    table row of another key under the title name no record."""
    project.write("docs/adr/0005-e.md", "# 5. E\n\n**Status:** Accepted\nRelates to 3 earlier designs.\n"
                                        "**Related beads:** bead-0784, bead-0788\n\n## Context\n")
    project.write("docs/adr/0006-f.md", "# 6. F\n\n|  |  |\n|---|---|\n| Status | Accepted |\n| Scope | ADR-0005, 2 |\n"
                                        "\n## Context\n")
    assert [(row["status"], row["relates_to"]) for row in listed(project)] == [("accepted", []), ("accepted", [])]


def test_a_url_is_never_a_link_to_a_record(project: Project) -> None:
    """A GitHub discussion numbered 1198 is not ADR 1198, in a Status section or a MADR status (a URL to a
    record file is a link to that record: test_a_url_to_a_record_file_is_a_link_to_it)."""
    project.write("docs/decisions/0001-a.md", "---\nstatus: superseded by [1198](https://github.com/adr/madr/"
                                               "discussions/1198)\n---\n# A\n")
    project.write("docs/decisions/0002-b.md", NYGARD.format(
        n=2, title="B", status="Superseded by [#1198](https://github.com/adr/madr/discussions/1198)"))
    assert [(row["status"], row["superseded_by"]) for row in listed(project)] == [("superseded", []),
                                                                                 ("superseded", [])]


def test_front_matter_of_the_adrs_tool(project: Project) -> None:
    """`number`, `title` and `links` (with kinds) of the adrs tool's front matter."""
    project.write("doc/adr/0002-b.md", "---\nnumber: 2\ntitle: B\nstatus: accepted\ndate: 2024-01-01\nlinks:\n"
                                       "  - target: 1\n    kind: supersedes\n  - target: 3\n    kind: relates-to\n"
                                       "---\n\nText.\n")
    assert [(row["title"], row["supersedes"], row["relates_to"]) for row in listed(project)] == [("B", [1], [3])]


def test_the_adrs_tool_s_link_kinds_as_it_writes_them(project: Project) -> None:
    """task-otter/Taskotter, JackMatanky/traces-pkm: the adrs tool writes its kinds without separators
    (`supersededby`, `relatesto`, `amends`, `amendedby`); each was dropped but `supersedes`. Each is the relation
    it names, the amends both ways as links; a kind that is no relation of ours names none."""
    kinds = ("supersedes", "supersededby", "relatesto", "amends", "amendedby", "implements")
    links = "".join(f"  - target: {number}\n    kind: {kind}\n" for number, kind in enumerate(kinds, start=3))
    project.write("doc/adr/0002-b.md", f"---\nnumber: 2\ntitle: B\nstatus: accepted\ndate: 2024-01-01\nlinks:\n{links}"
                                       "---\n\nText.\n")
    [row] = listed(project)
    assert (row["supersedes"], row["superseded_by"], row["relates_to"]) == ([3], [4], [5])
    assert [(link["kind"], link["number"]) for link in row["links"]] == [
        ("amends", 6), ("amended-by", 7), ("supersedes", 3), ("superseded-by", 4), ("relates-to", 5)]


def test_a_front_matter_list_of_typed_relations(project: Project) -> None:
    """`relations:` items of a `type` and a `target` (windlasstech/slsa-builder's schema, as the adrs tool's
    `links:` are of a `kind`): the records each names; a type that is no relation of ours names none."""
    project.write("docs/decisions/0028-use-z.md", "---\nstatus: accepted\ndate: 2026-07-04\nrelations:\n"
                  "  - type: supersedes\n    target: ADR-0020\n  - type: supersedes\n    target: ADR-0021\n"
                  "  - type: see-also\n    target: ADR-0004\n---\n# Use Z\n")
    project.write("docs/decisions/0029-use-y.md", "---\nstatus: accepted\nlinks:\n  - target: 3\n    kind: relates-to\n"
                  "relations:\n  - type: supersedes\n    target: ADR-0022\n---\n# Use Y\n")  # both lists read
    assert [(row["supersedes"], row["relates_to"]) for row in listed(project)] == [([20, 21], []), ([22], [3])]


# Where logs are kept


@pytest.mark.parametrize("place", ["adr", "ADR", "adrs", "decisions", "doc/adr", "docs/adr", "docs/adrs",
                                   "docs/decisions", "doc/architecture/decisions", "docs/architecture/decisions",
                                   "docs/architecture-decisions", "architecture-decision-records",
                                   "architecture-decision-record"])
def test_the_log_is_found_where_teams_keep_it(project: Project, place: str) -> None:
    """Each usual place is found from the project root without --dir."""
    project.write(f"{place}/0001-a.md", NYGARD.format(n=1, title="A", status="Accepted"))
    assert [row["path"] for row in listed(project)] == [f"{place}/0001-a.md"]


def test_a_log_named_by_log4brains_config(project: Project) -> None:
    """`.log4brains.yml` names the project's log (`adrFolder`), wherever it is, with a `/` before it too."""
    project.write(".log4brains.yml", "project:\n  name: X\n  adrFolder: ./knowledge/decisions\n")
    project.write("knowledge/decisions/20210114-a.md", "# A\n\n- Status: accepted\n")
    assert [(row["path"], row["log"]) for row in listed(project)] == [("knowledge/decisions/20210114-a.md", "")]
    # `/knowledge/decisions` (basher83's logs): log4brains joins it to the project's directory, as adr does
    project.write(".log4brains.yml", "project:\n  name: X\n  adrFolder: /knowledge/decisions\n")
    assert [(row["path"], row["log"]) for row in listed(project)] == [("knowledge/decisions/20210114-a.md", "")]


def test_a_log4brains_package_whose_folder_is_missing_leaves_the_others_read(project: Project) -> None:
    """BasJ93/EuroJudoWebContestSheets' `.log4brains.yml` names two packages' logs, one never made: the project's
    log and the other package's are read (the command refused them all); with the project's own log missing, it
    says so, and `adr new` writes into no package's log instead."""
    project.write(".log4brains.yml", "project:\n  name: X\n  adrFolder: ./docs/adr\n  packages:\n"
                                     "    - name: web\n      path: ./Web\n      adrFolder: ./Web/docs/adr\n"
                                     "    - name: pub\n      path: ./Pub\n      adrFolder: ./Pub/docs/adr\n")
    project.write("docs/adr/20221231-use-log4brains.md", "# Use Log4brains\n\n- Status: accepted\n")
    project.write("Pub/docs/adr/20221231-caching.md", "# Caching\n\n- Status: accepted\n")
    assert [(row["path"], row["log"]) for row in listed(project)] == [
        ("docs/adr/20221231-use-log4brains.md", "docs/adr"), ("Pub/docs/adr/20221231-caching.md", "Pub/docs/adr")]
    assert project.run("validate").exit_code == 0
    (project.root / "docs/adr/20221231-use-log4brains.md").unlink()
    (project.root / "docs/adr").rmdir()  # the project's own log missing: said so, nothing written into a package's
    for args in (("list",), ("new", "--no-git", "Use X")):
        result = project.run(*args)
        assert (result.exit_code, result.stderr) == (
            2, "adr: decision directory docs/adr does not exist (named by .log4brains.yml); run `adr init` to start it there\n")
    assert sorted(path.name for path in (project.root / "Pub/docs/adr").iterdir()) == ["20221231-caching.md"]


def two_logs(project: Project) -> Project:
    for component in ("billing", "search"):
        for number in (1, 2):
            status = "Accepted" if number == 1 else f"Superseded by [1. {component} one](0001-{component}-one.md)"
            project.write(f"services/{component}/docs/adr/000{number}-{component}-{'one' if number == 1 else 'two'}.md",
                          NYGARD.format(n=number, title=f"{component} {number}", status=status))
    return project


def test_a_monorepo_s_component_logs_are_read_together(project: Project) -> None:
    """Each component's docs/adr is found without config; records are labelled with their log; numbers and
    links belong to their own log, so two logs' record 1 are not a duplicate."""
    two_logs(project)
    assert [(row["log"], row["number"], row["superseded_by"]) for row in listed(project)] == [
        ("services/billing/docs/adr", 1, []), ("services/billing/docs/adr", 2, [1]),
        ("services/search/docs/adr", 1, []), ("services/search/docs/adr", 2, [1])]
    result = project.run("validate", "--format", "json")
    assert [(f["path"], f["code"]) for f in json.loads(result.stdout) if f["severity"] == "error"] == []
    assert [(row["path"], row["log"]) for row in listed(project, "--dir", "services/search/docs/adr")] == [
        ("services/search/docs/adr/0001-search-one.md", ""), ("services/search/docs/adr/0002-search-two.md", "")]


def test_the_root_log_and_its_components_logs_are_read_together(project: Project, repo: GitRepo,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """ikaelfess/distributed-workflow: `docs/adr` at the root and `services/iam/docs/adr` are both listed; from
    the root a number and `adr new` take the root's log (a number it lacks is said to be the other's), from inside
    the component (its folder, any folder below it) its own."""
    for folder, count in (("docs/adr", 2), ("services/iam/docs/adr", 3)):
        for number in range(1, count + 1):
            project.write(f"{folder}/000{number}-r{number}.md",
                          NYGARD.format(n=number, title=f"{folder} {number}", status="Accepted"))
    assert [(row["log"], row["number"]) for row in listed(project)] == [
        ("docs/adr", 1), ("docs/adr", 2), ("services/iam/docs/adr", 1), ("services/iam/docs/adr", 2),
        ("services/iam/docs/adr", 3)]
    assert project.run("show", "1", "--format", "json").stdout.count('"path": "docs/adr/0001-r1.md"') == 1
    assert project.run("show", "3").stderr == ("adr: no record number 3 in docs/adr; services/iam/docs/adr holds one: "
                                               "pass --dir services/iam/docs/adr\n")
    (project.root / "services/iam/src").mkdir()
    for where in ("services", "services/iam/src"):
        monkeypatch.chdir(project.root / where)
        assert json.loads(adr("show", "3", "--format", "json").stdout)["path"] == "services/iam/docs/adr/0003-r3.md"
    assert adr("new", "Rotate keys").stdout == "../docs/adr/0004-rotate-keys.md\n"
    monkeypatch.chdir(project.root)
    assert project.run("new", "Trace requests").stdout == "docs/adr/0003-trace-requests.md\n"


def test_a_root_log_takes_in_no_examples_fixtures_templates_or_dependencies(project: Project) -> None:
    """A project whose root log is its only real one lists no log kept among dependencies, examples, test
    fixtures or templates, nor a component's docs/adr holding a README alone."""
    project.write("docs/adr/0001-a.md", NYGARD.format(n=1, title="A", status="Accepted"))
    for folder in ("node_modules/adr-kit/docs/adr", "vendor/lib/docs/adr", "examples/demo/docs/adr",
                   "tests/fixtures/docs/adr", "templates/madr/docs/adr", "docs/examples/adr", "packages/x/test/docs/adr",
                   "packages/x/examples/docs/adr", "third_party/y/doc/adr", ".github/docs/adr"):
        project.write(f"{folder}/0001-sample.md", NYGARD.format(n=1, title="Sample", status="Accepted"))
    project.write("packages/app/docs/adr/README.md", "# Decisions\n\nNone yet.\n")
    project.write("packages/app/docs/adr/template.md", "# Title\n")
    assert [(row["log"], row["path"]) for row in listed(project)] == [("", "docs/adr/0001-a.md")]


def test_config_dirs_name_several_logs(project: Project) -> None:
    """Config `dirs` reads the logs it names together: listed, indexed with links that reach each record."""
    two_logs(project)
    project.write(".adr.toml", 'dirs = ["services/search/docs/adr", "services/billing/docs/adr"]\n')
    assert [row["log"] for row in listed(project)] == ["services/search/docs/adr"] * 2 + \
        ["services/billing/docs/adr"] * 2
    assert project.run("index").exit_code == 0
    index = project.read("services/search/docs/adr/README.md")
    assert "| 0001 | [billing 1](../../../billing/docs/adr/0001-billing-one.md) |" in index
    assert project.run("index", "--check").exit_code == 0


def test_dir_and_dirs_are_one_or_the_other(project: Project) -> None:
    """A config setting both `dir` and `dirs` is refused, naming the file."""
    project.write(".adr.toml", 'dir = "a"\ndirs = ["b"]\n')
    result = project.run("list")
    assert (result.exit_code, result.stderr) == (2, f"adr: {project.root / '.adr.toml'}: config sets both dir and "
                                                    "dirs; keep one\n")


# Judged by the log's conventions


def test_unnumbered_record_advice_never_gives_two_files_one_number(project: Project) -> None:
    """ADR101 advises the next free numbers, one for each file, in the log's own scheme."""
    project.write("docs/adr/ADR-1-a.md", NYGARD.format(n=1, title="A", status="Accepted"))
    for name in ("use-b.md", "use-c.md"):
        project.write(f"docs/adr/{name}", NYGARD.format(n=0, title=name, status="Accepted").replace("# 0. ", "# "))
    result = project.run("validate", "--format", "json")
    assert [f["message"].rsplit(" ", 1)[-1] for f in json.loads(result.stdout) if f["code"] == "ADR101"] == \
        ["ADR-2-use-b.md", "ADR-3-use-c.md"]


def test_unnumbered_record_advice_never_repeats_a_number_the_name_holds(project: Project) -> None:
    """A word and a number opening a name beside records numbered as adr reads them (daniel-frak/backity's
    `backend-0001-x.md` among `0001-x.md` records, German `nr.-002-x.md`): ADR101 advises `0002-x.md`, not
    `0002-backend-0001-x.md`; a name without such a number keeps its words (`use-zero-trust`). (In a log of
    `backend-NNNN-x.md` names alone, backity's own, they are its records.)"""
    project.write("docs/adr/0001-record-decisions.md", NYGARD.format(n=1, title="Record", status="Accepted"))
    for name in ("backend-0001-prefer-archunit.md", "nr.-002-verwendung.md", "use-zero-trust.md"):
        project.write(f"docs/adr/{name}", NYGARD.format(n=0, title=name, status="Accepted").replace("# 0. ", "# "))
    result = project.run("validate", "--format", "json")
    assert [f["message"].rsplit(" ", 1)[-1] for f in json.loads(result.stdout) if f["code"] == "ADR101"] == \
        ["0002-prefer-archunit.md", "0003-verwendung.md", "0004-use-zero-trust.md"]


def test_a_day_before_the_number_is_no_number(project: Project) -> None:
    """tobondev/homelab: `adr-2026-04-10-004-x.md` is record 4 (the number after the day), with no ADR103/ADR104,
    and `adr new` names the next record so, with its own day."""
    for number, name in ((1, "adr-2026-03-24-001-centralize.md"), (2, "adr-2026-04-03-002-patching.md"),
                         (4, "adr-2026-04-10-004-sops.md")):
        project.write(f"docs/adrs/{name}", NYGARD.format(n=f"ADR {number:03d}:", title="T", status="Accepted")
                      .replace(f"# ADR {number:03d}:.", f"# ADR {number:03d}:"))
    assert [row["number"] for row in listed(project)] == [1, 2, 4]
    result = project.run("validate")
    assert (result.exit_code, result.stdout) == (0, "")
    assert project.run("new", "--date", "2021-04-30", "Next").exit_code == 0
    assert (project.root / "docs/adrs/adr-2021-04-30-005-next.md").is_file()


def test_a_docusaurus_blog_of_records_is_numbered_after_the_day(project: Project) -> None:
    """cardano-scaling/hydra: `2022-03-28_017-x.md` is record 17, its `[ADR 32](/adr/32)` names record 32 (no
    "missing" in the graph), and `adr new` names the next record so, with its own day."""
    blog = "---\nslug: {n}\ntitle: |\n  {n}. {title}\n---\n\n## Status\n\n{status}\n\n## Context\n\nC.\n"
    project.write("docs/adr/2019-03-28_017-udp-networking.md",
                  blog.format(n=17, title="Use UDP", status="Superseded by [ADR 32](/adr/32)"))
    project.write("docs/adr/2020-10-16_028_offline_adr.md", blog.format(n=28, title="Offline", status="Accepted"))
    project.write("docs/adr/2021-02-12_032-etcd.md", blog.format(n=32, title="Use etcd", status="Accepted"))
    assert [(row["number"], row["id"], row["title"], row["superseded_by"]) for row in listed(project)] == [
        (17, "017", "Use UDP", [32]), (28, "028", "Offline", []), (32, "032", "Use etcd", [])]
    assert "missing" not in project.run("graph").stdout
    assert (project.run("validate").exit_code, project.run("new", "--date", "2021-03-01", "Next").stderr) == (0, "")
    assert (project.root / "docs/adr/2021-03-01_033-next.md").is_file()


def test_a_log_named_by_day_then_adr_and_number_is_numbered(project: Project) -> None:
    """kg46sp8kps-web/gestima's `2026-02-26_adr-0001_auth-library.md` is record 1 (`adr show 1` finds it, its
    `Supersedes: ADR-0001` names it), and `adr new` names the next `DAY_adr-0003_slug.md` with its own day."""
    record = "# ADR-{n}: {title}\n\n**Status**: {status}\n**Date**: 2021-02-26\n\n## Context\n\nC.\n"
    project.write("docs/adr/2021-02-26_adr-0001_auth-library.md", record.format(n="0001", title="Auth library",
                                                                                 status="Superseded by ADR-0002"))
    project.write("docs/adr/2021-03-01_adr-0002_auth-service.md", record.format(
        n="0002", title="Auth service", status="Accepted\n**Supersedes**: ADR-0001"))
    assert [(row["number"], row["id"], row["title"], row["supersedes"]) for row in listed(project)] == [
        (1, "0001", "Auth library", []), (2, "0002", "Auth service", [1])]
    assert "Auth library" in project.run("show", "1").stdout
    assert project.run("new", "--date", "2021-03-05", "Use tokens").exit_code == 0
    assert (project.root / "docs/adr/2021-03-05_adr-0003_use-tokens.md").is_file()


def test_a_log_named_by_days_of_two_year_digits_is_date_named(project: Project) -> None:
    """drewgingerich/homelab's `230927-maintain-x.md` titled `# 2. Maintain x`: a date-named record, whose title
    numbers no other record (ADR104 called each an error: `title number 2 differs from the file's number
    230927`); `adr new` names the next by its day as the log writes it (`YYMMDD-slug.md`)."""
    project.write("docs/decisions/200927-maintain-x.md", "# 2. Maintain x\n\nDate: 2020-09-27\n\n## Status\n\n"
                                                        "Accepted\n")
    project.write("docs/decisions/201005-use-git.md", "# 3. Use git\n\nDate: 2020-10-05\n\n## Status\n\nAccepted\n")
    assert [(row["number"], row["id"], row["title"]) for row in listed(project)] == [
        (None, "200927-maintain-x", "Maintain x"), (None, "201005-use-git", "Use git")]
    assert [f["code"] for f in json.loads(project.run("validate", "--format", "json").stdout)
            if f["severity"] == "error"] == []
    assert project.run("new", "--date", "2021-03-05", "Use tokens").exit_code == 0
    assert (project.root / "docs/decisions/210305-use-tokens.md").is_file()


def test_relations_by_an_id_of_a_day_and_its_sequence(project: Project) -> None:
    """@kompiro/adr-tools (kompiro/karasu): `20260324-01-manual-qa.md` titled `# ADR-20260324-01: X`, its front
    matter's `superseded_by: ADR-20260412-05`: the title without its id, and no record 20260412 superseding it
    (ADR401 called each such item a missing record, 297 errors in that log); `ADR-0003` beside it still names 3."""
    head = "---\nstatus: {status}\ndate: 2021-03-{day}\n{relation}\n---\n\n# ADR-202103{day}-01: {title}\n"
    project.write("docs/adr/20210324-01-manual-qa.md", head.format(
        status="superseded", day="24", relation="superseded_by: ADR-20210412-05", title="Manual QA"))
    project.write("docs/adr/20210412-05-visual-review.md", head.format(
        status="accepted", day="12", relation="supersedes:\n  - ADR-20210324-01\nrelated_to:\n  - ADR-0003",
        title="Visual review"))
    assert [(row["title"], row["supersedes"], row["superseded_by"], row["relates_to"]) for row in listed(project)] \
        == [("Manual QA", [], [], []), ("Visual review", [], [], [3])]
    errors = [f for f in json.loads(project.run("validate", "--format", "json").stdout) if f["severity"] == "error"]
    assert [(f["code"], f["message"]) for f in errors] == [
        ("ADR401", "relates-to names ADR 0003, which does not exist")]


def test_a_log_named_by_us_days_is_date_named(project: Project) -> None:
    """UCSD CSE 110 teams' `052521-dexie-storage.md` (three records of one day), `051021-use-indexeddb.md` and
    `05-30-21-bulletlog.md`: date-named records, not records 52521 (ADR103 called them duplicates, errors), 51021
    and 5; a link between them names its record by its id, in a Status section and in a MADR 2 status bullet (there
    it named record 52521, a false ADR401); `adr new` names the next as the log does."""
    record = "# {title}\n\n## Status\n\n{status}\n\n## Context\n\nC.\n"
    project.write("specs/adrs/051021-use-indexeddb.md", record.format(
        title="Use IndexedDB", status="Superseded by [ADR-05-25-21-dexie-storage](./052521-dexie-storage.md)"))
    for slug in ("bulletlog-design", "css-remove-tailwind", "dexie-storage"):
        project.write(f"specs/adrs/052521-{slug}.md", record.format(title=slug, status="Accepted"))
    project.write("specs/adrs/05-30-21-bulletlog.md", record.format(title="Bullet log", status="Accepted"))
    project.write("specs/adrs/060121-use-local-storage.md", "# Use local storage\n\n* Status: Superseded by "
                  "[ADR-05-30-21-bulletlog](./05-30-21-bulletlog.md)  <!-- optional -->\n* Date: 06-01-2021\n")
    rows = listed(project, "--dir", "specs/adrs")
    assert [(row["number"], row["id"]) for row in rows] == [
        (None, "05-30-21-bulletlog"), (None, "051021-use-indexeddb"), (None, "052521-bulletlog-design"),
        (None, "052521-css-remove-tailwind"), (None, "052521-dexie-storage"), (None, "060121-use-local-storage")]
    assert [link["id"] for link in rows[1]["links"]] == ["052521-dexie-storage"]
    assert (rows[5]["status"], rows[5]["superseded_by"], [link["id"] for link in rows[5]["links"]]) == (
        "superseded", [], ["05-30-21-bulletlog"])  # a MADR 2 bullet's link: no record 53021 (a false ADR401)
    assert [f["code"] for f in json.loads(project.run("--dir", "specs/adrs", "validate", "--format", "json").stdout)
            if f["severity"] == "error"] == []
    assert project.run("--dir", "specs/adrs", "new", "--date", "2021-03-05", "Use tokens").exit_code == 0
    assert (project.root / "specs/adrs/030521-use-tokens.md").is_file()


def test_a_log_named_by_us_days_with_a_part_unpadded_is_date_named(project: Project) -> None:
    """UCSD CSE 110 fa22 teams: `11-1-22-x.md`, two records of `12-4-22`, `12-08-22-x.md` are date-named records,
    not records 11, 12, 12 and 12 (ADR103 called three of them duplicates, errors); `adr new` names the next as
    the log does."""
    project.today = "2022-12-10"
    record = "# {title}\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n"
    for name in ("11-1-22-use-dexie", "12-4-22-use-eslint", "12-4-22-use-prettier", "12-08-22-adopt-jest"):
        project.write(f"specs/adr/{name}.md", record.format(title=name[name.index("-use") + 1:]
                                                            if "-use" in name else "Adopt jest"))
    rows = listed(project, "--dir", "specs/adr")
    assert [(row["number"], row["id"], row["title"]) for row in rows] == [
        (None, "11-1-22-use-dexie", "use-dexie"), (None, "12-08-22-adopt-jest", "Adopt jest"),
        (None, "12-4-22-use-eslint", "use-eslint"), (None, "12-4-22-use-prettier", "use-prettier")]
    result = project.run("--dir", "specs/adr", "validate")
    assert (result.exit_code, result.stdout) == (0, "")
    assert project.run("--dir", "specs/adr", "new", "--date", "2022-12-06", "Use tokens").exit_code == 0
    assert (project.root / "specs/adr/12-06-22-use-tokens.md").is_file()


def test_a_log_named_by_dashed_days_and_a_dot_is_date_named(project: Project) -> None:
    """DNUM-SocialGouv/1j1s-front: `2021-06-25.choix-du-framework.md` and `2021-07-01.hebergement.md` are
    date-named records, not two records 2021 (ADR103 called each a duplicate, an error); `adr new` names the next
    with the dot."""
    project.write("docs/adr/2021-06-25.choix-du-framework.md", "# Choix du framework\n\n## Statut\n\nAccepté\n")
    project.write("docs/adr/2021-07-01.hebergement.md", "# Hébergement\n\n## Statut\n\nAccepté\n")
    assert [(row["number"], row["id"], row["status"]) for row in listed(project)] == [
        (None, "2021-06-25.choix-du-framework", "accepted"), (None, "2021-07-01.hebergement", "accepted")]
    assert [f["code"] for f in json.loads(project.run("validate", "--format", "json").stdout)
            if f["severity"] == "error"] == []
    assert project.run("new", "--date", "2021-03-05", "Use tokens").exit_code == 0
    assert (project.root / "docs/adr/2021-03-05.use-tokens.md").is_file()


def test_a_log_named_by_compact_day_and_number_is_numbered(project: Project) -> None:
    """nullvariant/self-perfecting-os: `20251028_0001_x.md` is record 1 (its `Related: ADR-0001` names it: no
    ADR401), and `adr new` names the next record `YYYYMMDD_0003_slug.md` with its own day; `20240202-100-days.md`
    beside them stays date-named."""
    record = "---\nnumber: {n}\nstatus: Accepted\ndate: {day}\n---\n\n# ADR-{n}: {title}\n\n**Related**: {rel}\n\n" \
             "## Context\n\nC.\n"
    project.write("docs/log/20201028_0001_ci-cd-pause.md", record.format(n="0001", day="2020-10-28", title="Pause",
                                                                           rel="none"))
    project.write("docs/log/20201030_0002_hooks.md", record.format(n="0002", day="2020-10-30", title="Hooks",
                                                                     rel="ADR-0001 (CI/CD pause)"))
    project.write("docs/log/20240202-100-days.md", record.format(n="none", day="2024-02-02", title="Days", rel="-"))
    assert [(row["number"], row["id"]) for row in listed(project, "--dir", "docs/log")] == [
        (1, "0001"), (2, "0002"), (None, "20240202-100-days")]
    assert [finding["code"] for finding in json.loads(project.run("--dir", "docs/log", "validate", "--format",
                                                                  "json").stdout) if finding["code"] == "ADR401"] == []
    assert project.run("--dir", "docs/log", "new", "--date", "2021-03-01", "Next").exit_code == 0
    assert (project.root / "docs/log/20210301_0003_next.md").is_file()


def test_a_log_named_by_day_and_issue_reads_its_days(project: Project) -> None:
    """vectordotdev/vector: `2020-03-06-1999-x.md` is date-named (1999 is the issue it answers, not a record
    number; an unpadded day, `2022-11-2-14714-x.md`, too), and `# RFC #1999 - 2020-03-06 - Title` is `Title`: no
    ADR102, no ADR104 against a "number" 2022."""
    rfc = "# RFC {issue} - {day} - {title}\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n"
    project.write("rfcs/2020-03-06-1999-lua.md", rfc.format(issue="#1999", day="2020-03-06", title="Lua API"))
    project.write("rfcs/2022-11-2-14714-vrl.md", rfc.format(issue="14714", day="2022-11-02", title="VRL web UI"))
    project.write("rfcs/2022-11-04-validation.md", rfc.format(issue="15103", day="2022-11-04", title="Validation"))
    assert [(row["number"], row["id"], row["title"]) for row in listed(project, "--dir", "rfcs")] == [
        (None, "2020-03-06-1999-lua", "Lua API"), (None, "2022-11-04-validation", "Validation"),
        (None, "2022-11-2-14714-vrl", "VRL web UI")]
    assert json.loads(project.run("--dir", "rfcs", "validate", "--format", "json").stdout) == []


def test_rfc_names_and_a_year_opening_a_title(project: Project) -> None:
    """PowerShell-RFC's `RFC0004-x.md` is record 4 beside `0006-x.md` (it was dropped); rust-lang/rfcs'
    `# 2019 Roadmap` in `2657-x.md` is that title, no ADR104; `# 29. X` in `0030-x.md` keeps its ADR104, and the
    one name unlike the others its ADR102."""
    project.write("rfcs/RFC0004-versioning.md", NYGARD.format(n=4, title="Versioning", status="Accepted"))
    project.write("rfcs/0006-parsing.md", NYGARD.format(n=6, title="Parsing", status="Accepted"))
    project.write("rfcs/2657-roadmap-2019.md", "# 2019 Roadmap\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n")
    project.write("rfcs/0030-copied.md", NYGARD.format(n=29, title="Copied", status="Accepted"))
    assert [(row["number"], row["title"]) for row in listed(project, "--dir", "rfcs")] == [
        (4, "Versioning"), (6, "Parsing"), (30, "Copied"), (2657, "2019 Roadmap")]
    assert [(f["path"], f["code"]) for f in json.loads(project.run("--dir", "rfcs", "validate", "--format",
                                                                   "json").stdout)] == [
        ("rfcs/0030-copied.md", "ADR104"), ("rfcs/RFC0004-versioning.md", "ADR102")]


def test_a_titles_emphasis_and_entities_read_as_shown(project: Project) -> None:
    """`# *Use X*` (CMSgov/easi-app), `# 10. Propager les _Domain Events_` (1024pix/pix) and `Result&lt;T&gt;`
    (Secaumene/frame-public) read as Markdown shows them; snake_case words, `2 * 3`, and `_x_` or `&lt;` in a
    code span stay as written."""
    titles = {1: "*Use react-testing-library*", 2: "Propager les _Domain Events_ via un **Dispatcher**",
              3: "ADR-0003:核心库 Status/Result&lt;T&gt; 错误模型", 4: "Keep snake_case_words and 2 * 3 rows",
              5: "Name `_private_` and `&lt;T&gt;` fields"}
    for n, title in titles.items():
        project.write(f"docs/adr/000{n}-title.md",
                      NYGARD.format(n=n, title=title, status="Accepted").replace("# 3. ", "# "))
    assert [row["title"] for row in listed(project)] == [
        "Use react-testing-library", "Propager les Domain Events via un Dispatcher", "核心库 Status/Result<T> 错误模型",
        "Keep snake_case_words and 2 * 3 rows", "Name `_private_` and `&lt;T&gt;` fields"]


def test_a_number_and_a_blank_the_slug_repeats_is_the_titles_word(project: Project) -> None:
    """CMSgov/easi-app's `# 508 Systems List` in `0023-508-systems-list.md` is that title, no ADR104 (the slug
    repeats the number); `# 24 Cache` in `0024-cache.md` is numbered, and `# 26 Queue` in `0025-queue.md`
    (another record's copied number, the slug without it) keeps its ADR104."""
    project.write("docs/adr/0023-508-systems-list.md", NYGARD.format(n=508, title="Systems List", status="Accepted")
                  .replace("# 508. ", "# 508 "))
    project.write("docs/adr/0024-cache.md", NYGARD.format(n=24, title="Cache", status="Accepted").replace(". ", " ", 1))
    project.write("docs/adr/0025-queue.md", NYGARD.format(n=26, title="Queue", status="Accepted").replace(". ", " ", 1))
    assert [(row["number"], row["title"]) for row in listed(project)] == [
        (23, "508 Systems List"), (24, "Cache"), (25, "Queue")]
    assert [(f["path"], f["code"]) for f in json.loads(project.run("validate", "--format", "json").stdout)] == [
        ("docs/adr/0025-queue.md", "ADR104")]


def test_a_number_left_as_the_template_s_letter_opens_no_title(project: Project) -> None:
    """cisagov/manage.get.gov's `# n. Django Templates` in `0010-django-templates.md` (adr-tools' `# NUMBER.
    TITLE` with the number left as a letter), and `# NNNN. Use Kafka`, `# XXXX - Use Redis`: titled by their words.
    Near misses keep theirs: an initial (`# N. Virginia as primary region`), words (`# XML parsers`, `# nx.
    monorepo`), and a template numbered 0 (`# xxxx. ADR title` in `0000-i-am-an-adr-template.md`) stays no record.
    Validate says where the number was left (ADR204, round 44: a true problem it missed)."""
    titles = {10: "n. Django Templates", 11: "NNNN. Use Kafka", 12: "XXXX - Use Redis",
              13: "N. Virginia as primary region", 14: "XML parsers", 15: "nx. monorepo"}
    for n, title in titles.items():
        project.write(f"docs/adr/00{n}-title.md", NYGARD.format(n=n, title=title, status="Accepted")
                      .replace(f"# {n}. ", "# "))
    project.write("docs/adr/0000-i-am-an-adr-template.md", "# xxxx. ADR title\n\nDate: 20yy-mm-dd\n")
    assert [(row["number"], row["title"]) for row in listed(project)] == [
        (10, "Django Templates"), (11, "Use Kafka"), (12, "Use Redis"), (13, "N. Virginia as primary region"),
        (14, "XML parsers"), (15, "nx. monorepo")]
    assert [(f["path"][-13:], f["line"], f["code"], f["message"])
            for f in json.loads(project.run("validate", "--format", "json").stdout)] == [
        ("0010-title.md", 1, "ADR204", "unfilled template placeholder n. (the title's number)"),
        ("0011-title.md", 1, "ADR204", "unfilled template placeholder NNNN. (the title's number)"),
        ("0012-title.md", 1, "ADR204", "unfilled template placeholder XXXX - (the title's number)")]


@pytest.mark.parametrize(("section", "code", "severity"), [
    ("", "ADR301", "error"),  # the place is there, and empty
    ("[proposed | accepted | deprecated | superseded]", "ADR301", "error"),  # the template's text
    ("We will see what the board thinks about it next week", "ADR301", "warning"),
])
def test_a_status_place_left_empty_or_unreadable(project: Project, section: str, code: str, severity: str) -> None:
    """In another tool's log a missing status is its convention, but an empty Status section or the template's
    placeholder is a problem, and prose that is no status is a warning."""
    project.write("doc/adr/0001-a.md", NYGARD.format(n=1, title="A", status=section))
    project.write("doc/adr/0002-b.md", "# 2. B\n\nDate: 2021-04-19\n\n## Context\n\nC.\n")  # no Status section
    assert [(f["path"], f["code"], f["severity"]) for f in json.loads(project.run("validate", "--format",
                                                                                  "json").stdout)] == [
        ("doc/adr/0001-a.md", code, severity)]


def test_a_log_kept_with_adrtool_is_held_to_adrtool_s_rules(project: Project) -> None:
    """The same record without a status or date: an error where most of the log's records use adrtool's own
    `cycle` key, nothing in a MADR log (status and date are optional there), one of whose records keeps one. (A
    revisit point never counts: ``test_new_native``'s revisited MADR logs stay MADR's.)"""
    record = "---\n{extra}---\n# A\n\n## Context\n\nC.\n\n## Decision\n\nD.\n\n## Consequences\n\nE.\n"
    project.write("docs/decisions/0001-a.md", record.format(extra=""))
    assert json.loads(project.run("validate", "--format", "json").stdout) == []
    kept = record.format(extra="status: accepted\ndate: 2021-04-19\ncycle: xena\n")
    project.write("docs/decisions/0002-b.md", kept)
    assert json.loads(project.run("validate", "--format", "json").stdout) == []
    project.write("docs/decisions/0003-c.md", kept)
    assert [f["code"] for f in json.loads(project.run("validate", "--format", "json").stdout)] == \
        ["ADR301", "ADR303"]


def test_a_long_custom_status_keeps_the_table_narrow(project: Project) -> None:
    """A status is its words without qualifiers; a log's own long word is cut in the list table (24 characters;
    JSON keeps it whole)."""
    project.write("decisions/0001-a.md", NYGARD.format(n=1, title="A", status="Partially implemented in phase "
                                                                              "two"))
    project.write("decisions/0002-b.md", NYGARD.format(n=2, title="B", status="Provisionally-accepted-pending-"
                                                                              "review"))
    table = project.run("list").stdout.splitlines()
    assert [re.split(r"\s{2,}", line)[1] for line in table[1:]] == ["partially implemented",
                                                                  "provisionally-accepted-…"]
    assert [row["status"] for row in listed(project)] == ["partially implemented",
                                                          "provisionally-accepted-pending-review"]


def test_a_log_s_own_word_before_by_and_a_link_is_its_status(project: Project) -> None:
    """`Invalidated by [0018-uuid-resource-names.md](..)` (cloudfoundry/korifi) is the log's own word, as
    `Superseded by` is superseded (no link read: the truth of a supersession is its own relation); a sentence
    that only holds `by` later is no status."""
    project.write("decisions/0001-a.md", NYGARD.format(n=1, title="A", status="Invalidated by [0002-b.md](./0002-b.md)"))
    project.write("decisions/0002-b.md", NYGARD.format(n=2, title="B", status="We will go with it by default"))
    assert [(row["status"], row["superseded_by"]) for row in listed(project)] == [("invalidated", []), (None, [])]


def test_front_matter_names_date_named_records_by_their_ids(project: Project) -> None:
    """`superseded-by: 2026-06-28-multilingual-i18n-and-multi-market-content` (erikjager55/Branddock) names that
    record by its id, not record 2026: a link in JSON and the graph, no ADR401; an id of no record is one (and
    drawn missing, as a number of no record is)."""
    front = "---\nstatus: {status}\n{links}---\n# {title}\n"
    project.write("docs/adr/2026-05-08-locale-routing.md", front.format(
        status="superseded", links="superseded-by: 2026-06-28-multilingual-i18n-and-multi-market-content\n",
        title="Locale routing"))
    project.write("docs/adr/2026-06-28-multilingual-i18n-and-multi-market-content.md", front.format(
        status="accepted", links="supersedes: [2026-05-08-locale-routing, 2026-01-02-gone]\n", title="i18n"))
    rows = listed(project)
    assert [(row["superseded_by"], row["supersedes"], [(link["kind"], link["number"], link["id"])
                                                       for link in row["links"]]) for row in rows] == [
        ([], [], [("superseded-by", None, "2026-06-28-multilingual-i18n-and-multi-market-content")]),
        ([], [], [("supersedes", None, "2026-05-08-locale-routing"), ("supersedes", None, "2026-01-02-gone")])]
    assert [line.strip() for line in project.run("graph").stdout.splitlines() if "-->" in line] == [
        "adr0_2026_06_28_multilingual_i18n_and_multi_market_content -->|supersedes| adr0_2026_01_02_gone",
        "adr0_2026_06_28_multilingual_i18n_and_multi_market_content -->|supersedes| adr0_2026_05_08_locale_routing"]
    found = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["code"], f["message"]) for f in found if f["code"] == "ADR401"] == [
        ("ADR401", "supersedes names 2026-01-02-gone, which does not exist")]


def test_the_history_of_a_date_named_record(project: Project, repo: GitRepo) -> None:
    """`adr log` names a date-named record by its id (JSON: number null), and finds it by that id."""
    repo.write("docs/adr/20210114-use-x.md", "# Use X\n\n- Status: accepted\n- Date: 2021-01-14\n")
    sha = repo.commit("Use X", "2021-01-14T10:00:00+00:00")
    assert project.run("log", "20210114-use-x").stdout.splitlines()[1].split()[:3] == ["2021-01-14", sha,
                                                                                     "20210114-use-x"]
    event = json.loads(project.run("log", "--format", "json").stdout)[0]
    assert (event["number"], event["path"], event["event"]) == (None, "docs/adr/20210114-use-x.md", "created")


@pytest.mark.parametrize(("line", "supersedes", "superseded_by"), [
    ("Replaces: [ADR-3](0003-c.md)", [3], []), ("Supersedes: ADR-0003", [3], []),
    ("Superseded by: [ADR-3](0003-c.md)", [], [3]), ("Replaced by: ADR-3", [], [3]),
])
def test_a_supersede_line_under_the_title(project: Project, line: str, supersedes: list[int],
                                          superseded_by: list[int]) -> None:
    """A `Replaces:` or `Supersedes:` header line is the record's supersede relation."""
    project.write("docs/adr/0004-d.md", f"# D\n\nDate: 2021-04-19\n{line}\n\n## Status\n\nAccepted\n")
    assert [(row["supersedes"], row["superseded_by"]) for row in listed(project)] == [(supersedes, superseded_by)]


def test_a_links_line_over_a_list_of_relation_lines(project: Project) -> None:
    """juliusl/adr-skill's nygard-agent template (0058-relocate-cargo-workspace-from-crates-to-src-crates.md):
    `Date:` / `Status: Accepted` / `Last Updated:` / `Links:` over `- Supersedes [ADR-0028](0028-x.md) (...)`: the
    item is the supersede relation, as MADR 2's Links bullets are; its other verbs (`Related to`, `Extends`,
    `Amends`, `Amended by`, `Refined by`) supersede nothing, and a relation item with no `Links:` line over it
    (a list under the title) is no relation line."""
    project.write("docs/adr/0058-relocate.md", "# 58. Relocate\n\nDate: 2026-04-07\nStatus: Accepted\n"
                  "Last Updated: 2026-04-07\nLinks:\n- Related to [ADR-0027](0027-x.md) (shared context)\n"
                  "- Supersedes [ADR-0028](0028-locate.md) (ADR-0012 chose `crates/`)\n"
                  "- Extends [ADR-0030](0030-x.md) (x)\n\n## Context\n\nC.\n")
    project.write("docs/adr/0028-locate.md", "# 28. Locate\n\nDate: 2026-01-07\n"
                  "Status: Superseded by [ADR-0058](0058-relocate.md)\nLast Updated: 2026-04-07\n**Links:**\n"
                  "- Amended by [ADR-0031](0031-x.md) (x)\n- Refined by [ADR-0032](0032-x.md)\n\n## Context\n\nC.\n")
    project.write("docs/adr/0029-near.md", "# 29. Near\n\nDate: 2026-01-07\nStatus: Accepted\nLinks:\n"
                  "- Amends [ADR-0027](0027-x.md)\n\nSome prose.\n\n- Supersedes [ADR-0026](0026-x.md)\n"
                  "\n## Context\n\nC.\n")
    assert [(row["number"], row["status"], row["supersedes"], row["superseded_by"]) for row in listed(project)] == [
        (28, "superseded", [], [58]), (29, "accepted", [], []), (58, "accepted", [28], [])]


def test_a_kept_answer_never_hides_a_change_in_another_log(project: Project, settled_files: None) -> None:
    """The answer store watches one directory: a project of several logs is answered afresh every time, so an
    edit in its second log shows at once."""
    two_logs(project)
    project.write(".adr.toml", 'dirs = ["services/search/docs/adr", "services/billing/docs/adr"]\n')
    first = project.run_console("list", "--format", "json")
    assert [row["status"] for row in json.loads(first.stdout)][2] == "accepted"
    project.write("services/billing/docs/adr/0001-billing-one.md",
                  NYGARD.format(n=1, title="billing 1", status="Rejected"))
    again = project.run_console("list", "--format", "json")
    assert [row["status"] for row in json.loads(again.stdout)][2] == "rejected"


@pytest.mark.parametrize("heading", ["# Status", "### Status"])
def test_a_status_section_under_a_heading_of_another_level(project: Project, heading: str) -> None:
    """A Status section written as `# Status` or `### Status` holds the status as `## Status` does."""
    project.write("doc/adr/0001-a.md", f"# 1. A\n\nDate: 2021-04-19\n\n{heading}\n\nApproved\n\n## Context\n\nC.\n")
    assert [row["status"] for row in listed(project)] == ["approved"]


def test_a_url_to_a_record_file_is_a_link_to_it(project: Project) -> None:
    """`Superseded by [ADR 16](https://github.com/o/r/blob/main/docs/adr/0016-x.md)` names record 16."""
    project.write("docs/adr/0014-a.md", NYGARD.format(n=14, title="A", status="Superseded by [ADR 16](https://"
                                                                              "github.com/o/r/blob/main/docs/adr/"
                                                                              "0016-b.md)"))
    project.write("docs/adr/0015-c.md", "---\nstatus: superseded by [16](https://github.com/o/r/blob/main/docs/"
                                        "adr/0016-b.md)\n---\n# C\n")
    assert [(row["status"], row["superseded_by"]) for row in listed(project)] == [("superseded", [16]),
                                                                                 ("superseded", [16])]


@pytest.mark.parametrize("line", ["Introduced: 2022-03-30", "Decided: 2022-03-30", "Created: 20220330"])
def test_a_date_line_by_another_name(project: Project, line: str) -> None:
    """The day a decision was taken, on a header line named otherwise (`Introduced:`, `Decided:`)."""
    project.write("docs/adr/0005-e.md", f"# 5. E\n\n{line}\n\n## Status\n\nAccepted\n")
    assert [row["date"] for row in listed(project)] == ["2022-03-30"]


def test_a_section_heading_opening_a_record_is_no_title(project: Project) -> None:
    """`# Context and Problem Statement` opening a record (s3gw-tech/s3gw, `docs/decisions/0004-release-captain.md`)
    is the template's first section written at level 1: the record has no title, and validate says so; a title
    that only starts like a section is a title."""
    project.write("decisions/0004-release-captain.md", "# Context and Problem Statement\n\nWe want to share the "
                  "responsibility of release management.\n\n## Considered Options\n\nO.\n")
    project.write("decisions/0005-context-maps.md", "---\nstatus: accepted\n---\n# Context maps for the domains\n")
    assert [(row["number"], row["title"]) for row in listed(project)] == [(4, None), (5, "Context maps for the domains")]
    found = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"].rsplit("/", 1)[-1], f["code"]) for f in found if f["code"] == "ADR201"] == [
        ("0004-release-captain.md", "ADR201")]


def test_a_table_of_metadata_with_a_header_row(project: Project) -> None:
    """DependencyTrack/hyades keeps status, date and authors as a table's columns under the title; a table of
    key | value rows (its first pair as the header row, as Markdown requires one) is read row by row, a day's pair
    over a row of another key too."""
    project.write("decisions/0001-drop-kafka.md", "# Drop Kafka\n\n| Status | Date | Author(s) |\n"
                  "|:-------|:-----|:----------|\n| Proposed | 2025-01-07 | [@nscuro](https://github.com/nscuro) |\n\n"
                  "## Context\n\nC.\n")
    project.write("decisions/0002-use-postgres.md", "# 2. Use Postgres\n\n| Status | Accepted |\n|---|---|\n"
                  "| Date | 2021-04-19 |\n\n## Context\n\nC.\n")
    # opendatahub-io: the day as the header row's pair over a row of a key adr does not read (`| Scope | .. |`)
    project.write("decisions/0003-use-kserve.md", "# 3. Use KServe\n\n| Date | 2021-04-20 |\n|---|---|\n"
                  "| Scope | Platform |\n| Status | Accepted |\n\n## Context\n\nC.\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("proposed", "2025-01-07"), ("accepted", "2021-04-19"), ("accepted", "2021-04-20")]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [f["code"] for f in findings if f["code"] == "ADR301"] == []


def test_a_log_of_records_in_another_format_where_no_name_says_a_log_is_found_and_said_so(project: Project) -> None:
    """Audit 52 (lane c, class 8): uktrade/tamato keeps its records as Sphinx pages in `docs/source/adr/` (sphinx-
    quickstart's split layout); adr said no decision log was found, where `docs/adr/` gets the line saying its
    records are in another format. A folder named for decisions holding numbered records in another format is
    found by the search, and gets that line; one numbered page alone, or a folder named otherwise, is none."""
    for name in ("0001-record-architecture-decisions.rst", "0002-use-django.rst", "index.rst"):
        project.write(f"docs/source/adr/{name}", "Title\n=====\n")
    shown = project.run("list")
    assert (shown.exit_code, shown.stdout, shown.stderr) == (
        0, "", "adr: docs/source/adr/ holds no Markdown record: its numbered files are in another format "
               "(0001-record-architecture-decisions.rst and 1 more); adr reads NNNN-title.md\n")
    (project.root / "docs/source/adr/0002-use-django.rst").unlink()
    assert project.run("list").exit_code == 2
    for name in ("0001-intro.rst", "0002-setup.rst"):
        project.write(f"docs/source/guide/{name}", "Title\n=====\n")
    assert project.run("list").exit_code == 2



def test_a_one_file_decision_log_is_said_and_fails_a_strict_check(project: Project) -> None:
    """Audit 56 (lane b, class 8): ArieHein/bh-dev-ops keeps its decisions as `### DEC-NNNN` entries of
    `docs/decisions/decision-log.md` beside `adr-template.md`; `adr list` printed nothing and `validate --strict`
    passed. One line says the file holds entries adr does not read, and a strict check of a log where no record
    was read fails."""
    entries = "".join(f"### DEC-000{n}\n\n- Date: 2026-04-25\n- Status: accepted\n- Decision: d{n}\n\n"
                      for n in (1, 2, 3))
    project.write("docs/decisions/decision-log.md", "# Decision Log\n\n## Entries\n\n" + entries)
    project.write("docs/decisions/adr-template.md", "# ADR-XXXX: Title\n\n## Status\n\nproposed\n")
    note = ("adr: docs/decisions/decision-log.md holds 3 decisions as entries of one file (### DEC-0001 ...), which "
            "adr does not read as records: it reads one record per NNNN-title.md file\n")
    shown = project.run("list")
    assert (shown.exit_code, shown.stdout, shown.stderr) == (0, "", note)
    checked = project.run("validate", "--strict")
    assert (checked.exit_code, checked.stdout, checked.stderr) == (
        1, "", note + "adr: no record was read in docs/decisions, so none was validated (--strict)\n")
    assert project.run("validate").exit_code == 0


def test_sphinx_records_named_adr_nnn_are_found_and_said_so(project: Project) -> None:
    """Audit 53 (lane c, class 4): agdsn/pycroft's Sphinx records are `adr-001.rst` ... in `doc/arch/`; with
    `--dir` adr printed nothing at all, and a decision folder of such pages was not found. Any name adr would
    number as Markdown (`adr-001`, `ADR-001`) is a record's in another format, as `0001-x.rst` is."""
    for name in ("adr-001.rst", "adr-002.rst"):
        project.write(f"doc/arch/{name}", ":Status: Proposed\n\nTitle\n=====\n")
        project.write(f"docs/decisions/{name.upper().replace('.RST', '.rst')}", "Title\n=====\n")
    named = project.run("list", "--dir", "doc/arch")
    found = project.run("list")
    assert (named.exit_code, named.stdout, named.stderr) == (
        0, "", "adr: doc/arch/ holds no Markdown record: its numbered files are in another format (adr-001.rst and 1 "
               "more); adr reads NNNN-title.md\n")
    assert (found.exit_code, found.stdout, found.stderr) == (
        0, "", "adr: docs/decisions/ holds no Markdown record: its numbered files are in another format (ADR-001.rst "
               "and 1 more); adr reads NNNN-title.md\n")


def test_a_log_of_hand_written_html_pages_says_why_nothing_is_listed(project: Project) -> None:
    """Audit 54 (lane c, class 2): josemontero-agv/Finanzas_Agv keeps its records as hand-written HTML pages in
    `docs/adrs/` (`0001-uso-mkdocs.html`, `<strong>Estado:</strong> Aceptado`): found, then `list` and `validate
    --strict` printed nothing and exited 0, as if the log were empty. They say why, as for Sphinx pages, and a
    strict check, having validated nothing, fails (audit 56)."""
    for name in ("0001-uso-mkdocs.html", "0002-plataforma-externa.html", "index.html"):
        project.write(f"docs/adrs/{name}", "<h1>ADR-001: Uso de MkDocs</h1>\n<p><strong>Estado:</strong> Aceptado</p>\n")
    line = ("adr: docs/adrs/ holds no Markdown record: its numbered files are in another format "
            "(0001-uso-mkdocs.html and 1 more); adr reads NNNN-title.md\n")
    result = project.run("list")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", line)
    result = project.run("validate", "--strict")
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "", line + "adr: no record was read in docs/adrs, so none was validated (--strict)\n")


def test_a_log_whose_records_adr_cannot_see_says_why(project: Project) -> None:
    """Records written in reStructuredText (openedx/openedx-events: `0001-purpose-of-this-repo.rst`): `adr list`
    lists nothing, and says why in one line; records kept one folder each (eclipse-edc/Connector's
    `2022-02-03-integration-testing/README.md`), which it said it could not see, are listed; a log just started
    says nothing."""
    project.write("decisions/2022-02-03-integration-testing/README.md", "# Integration testing\n")
    shown = project.run("list")
    assert (shown.exit_code, shown.stdout.splitlines()[1].split()[-2:], shown.stderr) == (
        0, ["Integration", "testing"], "")
    (project.decisions / "2022-02-03-integration-testing" / "README.md").unlink()
    (project.decisions / "2022-02-03-integration-testing").rmdir()
    project.write("decisions/0001-purpose-of-this-repo.rst", "Purpose\n=======\n")
    assert project.run("list").stderr == ("adr: decisions/ holds no Markdown record: its numbered files are in "
                                          "another format (0001-purpose-of-this-repo.rst); adr reads "
                                          "NNNN-title.md\n")
    (project.decisions / "0001-purpose-of-this-repo.rst").unlink()
    assert project.run("list").stderr == ""


@pytest.mark.parametrize(("status_section", "after"), [
    ("Accepted\n\nDate: 2020-10-17", ""),  # dougborg/katana-openapi-client
    ("Accepted\nDate: 2020-10-17 (estimated based on git history)", ""),
    ("**Accepted** ✅\n**Date**: 2020-10-17", ""),  # Brownie2002/Boxing-Round-Splitter
    ("- Date: 2020-10-17\n- Accepted", ""),
    ("Accepted", "## Date\n\n2020-10-17\n\n"),  # the same log: a section of its own, anywhere
])
def test_a_day_given_below_the_title_s_lines(project: Project, status_section: str, after: str) -> None:
    """A record with no `Date:` under its title that gives its day in the Status section, or in a `## Date`
    section: that day, and the status beside it is still the status."""
    project.write("doc/adr/0001-use-x.md", f"# 1. Use X\n\n## Status\n\n{status_section}\n\n{after}## Context\n\nC.\n")
    row = listed(project)[0]
    assert (row["status"], row["date"]) == ("accepted", "2020-10-17")
    assert project.run("validate").exit_code == 0


@pytest.mark.parametrize(("line", "day"), [
    ("2025-12-30 (accepted update: 2026-02-22).", "2025-12-30"),  # leynos/wireframe adr-005
    ("2026-03-31 (amended 2026-07-05 and 2026-07-17).", "2026-03-31"),  # adr-007
    ("Proposed 2026-04-12. Accepted 2026-06-15.", "2026-04-12"),  # adr-009, adr-010
    ("2019-05-13, updated 2023-01-02", "2019-05-13"),
    ("Accepted on 2026-06-15", "2026-06-15"),
    ("TBD, not before 2026-01-01", None),  # words that are no state: no day
    ("We met on 2026-01-01 and agreed.", None),
])
def test_a_date_section_s_line_with_more_than_the_day(project: Project, line: str, day: str | None) -> None:
    """leynos/wireframe's `## Date` sections carry a second day or words after the first (`2025-12-30 (accepted
    update: 2026-02-22).`, `Proposed 2026-04-12. Accepted 2026-06-15.`): the first day, as on a `Date:` line; a
    line whose words before the day name no state, or prose, gives none."""
    project.write("docs/adr/adr-005-x.md", f"# ADR 005: X\n\n## Status\n\nAccepted\n\n## Date\n\n{line}\n\n"
                                           "## Context\n\nC.\n")
    row = listed(project)[0]
    assert (row["status"], row["date"]) == ("accepted", day)


@pytest.mark.parametrize(("key", "status"), [
    ("Maintainers: Igor Korsukov, Dmitry Makarenko    ", "accepted"),  # musescore/muse_framework 00107
    ("Author: Joe", "accepted"), ("Owner: Ann", "accepted"), ("**Author:** Joe", "accepted"),
    ("- Author: Joe", "accepted"), ("*Author*: Joe", "accepted"), ("Reviewers: Ann, Bo", "accepted"),
    ("Some prose first, before any field.", "accepted"),  # prose: the heading after it is a section's, which
    ("This record explains why: we had to.", "accepted"),  # states the status all the same, as one further down
])
def test_a_status_heading_line_after_a_key_adr_does_not_read(project: Project, key: str, status: str | None) -> None:
    """musescore/muse_framework's `Date:`, `Tags:` and `Maintainers: ..` lines over `## Status: Accepted`: the key
    line is metadata too, and the heading line under it still states the status (`**Author:** Joe`, `- Author:
    Joe` as well); after a line of prose it is a section's heading, which states the status where nothing else
    does, as `### Status: **Approved**` below other sections does (teaching-vacancies)."""
    project.write("docs/adr/00107-commands-availability.md", f"# 00107 Commands: Availability\n\nDate: 2026-10-05   \n"
                  f"Tags: commands, dispatch   \n{key}\n\n## Status: Accepted\n\n## Context\n\nC.\n")
    row = listed(project)[0]
    assert (row["status"], row["date"]) == (status, "2026-10-05")


def test_a_status_glued_to_an_html_line_break(project: Project) -> None:
    """tock/tock's TRDs: `**Status:** Final<br/>` (and `Obsolete<br/>`, `Draft<br/>`) under a setext title, the
    line break written with no blank before it: `final`, as `Final <br/>` already read; a `Date:` line's `<br>`
    was read too."""
    project.write("d/0001-trds.md", "Tock Reference Document (TRD) Structure and Keywords\n"
                  "========================================\n\n**TRD:** 1<br/>\n**Working Group:** Kernel<br/>\n"
                  "**Status:** Final<br/>\n**Authors:** Philip Levis, Daniel Griffin<br/>\n\nAbstract\n-----\n\nA.\n")
    project.write("d/0002-hil-design.md", "# 2. HIL\n\n**Status:** Obsolete<br/>\nDate: 2020-01-02<br>\n\n## A\n\nA.\n")
    project.write("d/0003-x.md", "# 3. X\n\n## Status\n\nDraft<BR />\n\n## A\n\nA.\n")
    assert [(row["status"], row["date"]) for row in listed(project, "--dir", "d")] == [
        ("final", None), ("obsolete", "2020-01-02"), ("draft", None)]
    assert project.run("--dir", "d", "validate").stdout.count("ADR301") == 0


def test_an_html_line_break_ends_a_status_and_the_next_line_is_read_as_a_line(project: Project) -> None:
    """An HTML line break ends the status (tock's TRDs break their header's lines with `<br/>`): `Accepted<br/>Final`
    in a Status section was `acceptedfinal`, and is `accepted`, as `Accepted` over `Final` is; what follows the
    break is read as the next line is: a day there dates the record (`Accepted<br />2020-01-03`, `Status:
    Accepted<br>2020-01-02`), a key there is read (`**Status:** Accepted<br/>**Date:** 2020-01-05<br/>`). Near
    misses: `<b>Accepted</b>` is bold, no break; a table row's `<br>` parts no row; `Superseded by<br>[ADR 2](..)`
    names its successor as before."""
    project.write("d/0001-a.md", "# 1. A\n\n## Status\n\nAccepted<br/>Final\n\n## Context\n\nC.\n")
    project.write("d/0002-b.md", "# 2. B\n\nStatus: Accepted<br>2020-01-02\n\n## Context\n\nC.\n")
    project.write("d/0003-c.md", "# 3. C\n\n## Status\n\nAccepted<br />2020-01-03\n\n## Context\n\nC.\n")
    project.write("d/0004-d.md", "# 4. D\n\n**Status:** Accepted<br/>**Date:** 2020-01-05<br/>\n\n## Context\n")
    project.write("d/0005-e.md", "# 5. E\n\n## Status\n\n<b>Accepted</b>\n\n## Context\n\nC.\n")
    project.write("d/0006-f.md", "# 6. F\n\n|  |  |\n|---|---|\n| Status | Accepted<br>x |\n\n## Context\n")
    project.write("d/0007-g.md", "# 7. G\n\nStatus: Superseded by<br>[ADR 2](0002-b.md)<br>Date: 2020-01-07\n\n## C\n")
    rows = listed(project, "--dir", "d")
    assert [(row["status"], row["date"]) for row in rows] == [
        ("accepted", None), ("accepted", "2020-01-02"), ("accepted", "2020-01-03"), ("accepted", "2020-01-05"),
        ("accepted", None), ("accepted", None), ("superseded", "2020-01-07")]
    assert rows[6]["superseded_by"] == [2]  # a part after a break that is no key nor day goes on with the line


@pytest.mark.parametrize(("ending", "day"), [
    ("---\n\n**Date**: 2025-01-26  \n**Author**: Claude Code  \n**Context**: 要求\n", "2025-01-26"),  # ksyunnnn
    ("***\n**Author**: Ann\n**Date:** 2025-01-26\n\n", "2025-01-26"),
    ("---\n\n**Date**: 2025-01-26\n\nMore prose after it.\n", None),  # the block does not close the record
    ("---\n\n**Date**: 2025-01-26\nnot a field\n", None),
    ("Some prose\n---\n\n**Date**: 2025-01-26\n", "2025-01-26"),  # under a heading: alone, closing the record
    ("| **Date**: 2025-01-26 | x |\n", None),  # in a table
    ("We met on **Date**: 2025-01-26 to decide.\n", None),  # in prose
])
def test_a_closing_block_of_bold_fields_gives_the_day(project: Project, ending: str, day: str | None) -> None:
    """`---` and a closing block of bold fields (`**Date**:`, `**Author**:`) at a record's end give the day it
    states nowhere else; the author is no decider; a `**Date**:` anywhere else is not read."""
    project.write("doc/adr/0001-use-x.md", f"# ADR-0001: Use X\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n\n"
                  f"{ending}")
    row = listed(project)[0]
    assert (row["status"], row["date"], row["decision_makers"]) == ("accepted", day, [])


@pytest.mark.parametrize(("ending", "day"), [
    ("---\n\n_Created: 2025-06-20_\n", "2025-06-20"),  # Pythonidaer/next-auth-practice, all 17 records
    ("---\n\n*Date: 2025-06-20*\n", "2025-06-20"),
    ("---\n\nCreated: 2025-06-20\n", "2025-06-20"),
    ("---\n\n**Author**: Ann\n_Date: 2025-06-20_\n", "2025-06-20"),
    ("---\n\n_Created: soon_\n", None),  # no day
    ("---\n\n_Reviewed by Ann: 2025-06-20_\n", None),  # no day's key
    ("Created: 2025-06-20\n", None),  # no rule over it: the Context's last line
    ("---\n\n_Created: 2025-06-20_\n\nMore prose after it.\n", None),  # the line does not close the record
])
def test_a_closing_day_line_in_italics_or_plain_gives_the_day(project: Project, ending: str, day: str | None) -> None:
    """Audit 55 (lane c, 3): a record's footer after `---` gives its day in italics or plain (`_Created:
    2025-06-20_`) as it does in bold (`**Created:** 2025-06-20`); it was read only in bold."""
    project.write("doc/adr/0001-use-x.md", f"# ADR 0001: Use X\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n\n"
                  f"{ending}")
    row = listed(project)[0]
    assert (row["status"], row["date"]) == ("accepted", day)


def test_a_closing_block_never_overrides_the_date_under_the_title(project: Project) -> None:
    """The `Date:` under the title stays the day; a closing block's status fills in a record that gives none."""
    project.write("doc/adr/0001-use-x.md", "# 1. Use X\n\nDate: 2020-01-03\n\n## Context\n\nC.\n\n---\n\n"
                  "**Date**: 2025-01-26\n**Status**: Proposed\n")
    row = listed(project)[0]
    assert (row["status"], row["date"]) == ("proposed", "2020-01-03")


def test_a_date_under_the_title_wins_and_a_deciders_line_beside_it_is_read(project: Project) -> None:
    """`Date:` under the title is the day whatever the Status section says; `Deciders:` on the line after it
    (GreydonDesu/pokemon-tcg-simulator writes it so) names the decision makers."""
    project.write("doc/adr/0001-use-x.md", "# 1. Use X\n\nDate: 2020-01-03\nDeciders: Bob, Alice\n\n## Status\n\n"
                  "Accepted\n\nDate: 2021-01-01\n\n## Context\n\nC.\n")
    row = listed(project)[0]
    assert (row["status"], row["date"], row["decision_makers"]) == ("accepted", "2020-01-03", ["Bob", "Alice"])


def test_a_record_opened_by_a_deeper_heading_has_it_as_its_title(project: Project) -> None:
    """`### Use Gradle` over MADR 2 bullets, then `# Decision` (au-research/raido): the opening heading is the
    title and the bullets under it the metadata; a section name opening a record is still no title."""
    project.write("docs/adr/0001-use-gradle.md", "### Use Gradle as the default build tool\n\n* Status: final\n\n"
                                                 "# Decision\n\nUse Gradle.\n")
    project.write("docs/adr/0002-use-jdk.md", "## Use JDK 17\n\nDate: 2021-02-01\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0003-context.md", "## Context\n\nWhy.\n\n## Status\n\nAccepted\n")
    rows = listed(project)
    assert [(row["title"], row["status"]) for row in rows] == [
        ("Use Gradle as the default build tool", "final"), ("Use JDK 17", "accepted"), (None, "accepted")]


def test_an_opening_heading_numbered_as_the_first_of_its_sections_is_the_title(project: Project) -> None:
    """`#### 1. Use CQRS` over `#### 2. Status` (maciejgz/Drive numbers every section, the title first): the
    title, its `1.` the section's number, so no title number to differ from the file's (ADR104); a `1.` with no
    `2.` section after it stays a title's number."""
    project.write("docs/adr/008-use-cqrs.md", "#### 1. Use CQRS for searching vehicles\n\n#### 2. Status \n"
                                              "Accepted\n\n#### 3. Context \nJoins are slow.\n")
    project.write("docs/adr/009-use-redis.md", "## 1. Use Redis\n\n## Status\n\nAccepted\n")
    # a deep heading over sections of a higher level is no title (`#### Table of contents` over `## Context`)
    project.write("docs/adr/010-toc.md", "#### Table of contents\n\n- a\n\n## Context\n\nC.\n\n## Status\n\nAccepted\n")
    rows = listed(project)
    assert [(row["title"], row["status"]) for row in rows] == [
        ("Use CQRS for searching vehicles", "accepted"), ("Use Redis", "accepted"), (None, "accepted")]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(Path(f["path"]).name, f["message"]) for f in findings if f["code"] == "ADR104"] == [
        ("009-use-redis.md", "title number 1 differs from the file's number 9")]


@pytest.mark.parametrize(("line", "day"), [
    ("June 19, 2018", "2018-06-19"), ("11 March 2022", "2022-03-11"), ("8th June 2023", "2023-06-08"),
    ("**2021-12-07**", "2021-12-07"), ("May 2023", None), ("March 2022 was busy, as ever.", None),
])
def test_a_day_alone_under_the_title_is_the_record_s(project: Project, line: str, day: str | None) -> None:
    """`# ADR 42: Snapshots` then `11 March 2022` on a line of its own (zooniverse/front-end-monorepo): the
    record's day; a month without a day, or a sentence that opens with one, is none."""
    project.write("docs/adr/0042-snapshots.md", f"# ADR 42: Record snapshots\n\n{line}\n\n## Context\n\nC.\n")
    assert [(row["title"], row["date"]) for row in listed(project)] == [("Record snapshots", day)]


def test_metadata_in_a_blockquote(project: Project) -> None:
    """`> **Status**: Accepted` and `> **Date**: 2020-12-31` under the title (3leaps/sysprims): read as the
    same lines without `>` are."""
    project.write("docs/decisions/ADR-0003-group-by-default.md", "# ADR-0003: Group-by-Default\n\n"
                  "> **Status**: Accepted  \n> **Date**: 2020-12-31  \n\n## Context\n\nC.\n")
    assert [(row["title"], row["status"], row["date"]) for row in listed(project)] == [
        ("Group-by-Default", "accepted", "2020-12-31")]


def test_records_named_dr_and_titles_with_a_double_dash(project: Project) -> None:
    """alphagov/forms names its decision records `DR005-x.MD` (`# DR005: Title`); raster-foundry writes
    `# ADR 0024 -- Metrics Scripting`. Both are numbered and titled as `ADR005` and `ADR 0024 - ` are, and a
    link to a `DR` file names its record."""
    project.write("decision-record/DR005-choosing-a-partner.MD", "# DR005: Choosing a partner\n\n## Status\n\n"
                  "Superseded by [DR006](DR006-metrics.md)\n")
    project.write("decision-record/DR006-metrics.md", "# ADR 0006 -- Metrics Scripting\n\n## Status\n\nAccepted\n")
    rows = listed(project, "--dir", "decision-record")
    assert [(row["number"], row["title"], row["superseded_by"]) for row in rows] == [
        (5, "Choosing a partner", [6]), (6, "Metrics Scripting", [])]
    assert project.run("--dir", "decision-record", "validate").exit_code == 0


def test_a_day_decided_or_accepted_on_a_header_line(project: Project) -> None:
    """`Date Accepted: 2020-02-14` under the title, with sections after the Status section (konflux-ci)."""
    project.write("doc/adr/0001-a.md", "# 1. A\n\nDate Accepted: 2020-02-14\n\n## Status\n\nAccepted\n\n"
                                       "## Context\n\nC.\n")
    assert [row["date"] for row in listed(project)] == ["2020-02-14"]


def test_a_data_section_and_a_thematic_break_after_a_comment_are_what_they_are(project: Project) -> None:
    """`## Data` over prose is a section about data, not the record's day; `<!-- x -->` then a `---` rule
    then the title is a record with no front matter (and its status is read)."""
    project.write("doc/adr/0001-store.md", "# 1. Store\n\n## Status\n\nAccepted\n\n## Data\n\nWe store data in "
                                           "Postgres.\n")
    project.write("doc/adr/0002-rule.md", "<!-- x -->\n\n---\n\n# 2. Rule\n\n## Status\n\nProposed\n\n---\n")
    assert [(row["title"], row["status"], row["date"]) for row in listed(project)] == [
        ("Store", "accepted", None), ("Rule", "proposed", None)]
    assert project.run("validate").exit_code == 0


def test_a_metadata_table_s_status_outweighs_prose_in_a_status_section(project: Project) -> None:
    """nats-io/nats-architecture-and-design: `|Status|Implemented|` in the table under the title, and further
    down a `## Status` section of prose that names no status: implemented, and nothing to report."""
    project.write("adr/ADR-48.md", "# Typed Messages\n\n|Metadata|Value|\n|--------|-----|\n|Status  |Implemented|\n"
                                   "\n## Context\n\nC.\n\n## Status\n\nWhile this is marked accepted, changes should "
                                   "be anticipated.\n")
    assert [row["status"] for row in listed(project)] == ["implemented"]
    assert project.run("validate").exit_code == 0


def test_a_summary_section_opening_a_record_is_no_title(project: Project) -> None:
    """`# Summary` opening a record under front matter that says `title:` (emberjs/rfcs' shape): the front
    matter's title, as for `# Context`; `# Title`, the template's placeholder left as the heading, is what a
    reader sees (the first level-1 heading wins over `title:`)."""
    project.write("decisions/0010-engines.md", "---\ntitle: Engines\nstatus: accepted\n---\n# Summary\n\nS.\n")
    project.write("decisions/0004-streaming.md", "---\ntitle: Streaming APIs\n---\n# Title\nDate: 2020-07-27\n"
                                                 "Status: accepted\n")
    assert [row["title"] for row in listed(project)] == ["Title", "Engines"]


def test_a_supersedes_link_line_under_the_title(project: Project) -> None:
    """remix-run/react-router: `Status: accepted`, then `Supersedes [#0003](./0003-infer.md)` on a line of its own
    under the title: 12 supersedes 3, as 3's `Status: Superseded by [#0012](..)` says."""
    project.write("decisions/0012-type.md", "# Type inference\n\nDate: 2020-07-27\n\nStatus: accepted\n\n"
                                            "Supersedes [#0003](./0003-infer.md)\n\n## Context\n\nC.\n")
    project.write("decisions/0003-infer.md", "# Infer\n\nDate: 2020-07-01\n\nStatus: Superseded by [#0012](./0012-type.md)\n"
                                             "\n## Context\n\nC.\n")
    rows = {row["number"]: row for row in listed(project)}
    assert [(rows[n]["status"], rows[n]["supersedes"], rows[n]["superseded_by"]) for n in (3, 12)] == [
        ("superseded", [], [12]), ("accepted", [3], [])]
    assert project.run("validate").exit_code == 0


def test_names_shaped_as_days_are_date_named_records(project: Project) -> None:
    """Sylius names its records `2020_03_03_slug.md`; shopware has `2022-27-09-slug.md` (day and month swapped):
    date-named records (no number, the file name their id), not 25 records numbered 2020 that share it."""
    project.write("adr/2020_03_03_api_translations.md", "# API - Translations\n\n* Status: accepted\n"
                                                        "* Date: 2020-03-03\n")
    project.write("adr/2020_11_18_sending_emails.md", "# API - Sending emails\n\n* Status: accepted\n"
                                                      "* Date: 2020-11-18\n")
    project.write("adr/2020-27-09-vue-update.md", "# Vue update\n\n* Status: accepted\n* Date: 2020-27-09\n")
    rows = listed(project)
    assert [(row["number"], row["id"]) for row in rows] == [
        (None, "2020-27-09-vue-update"), (None, "2020_03_03_api_translations"), (None, "2020_11_18_sending_emails")]
    assert [(f["path"], f["code"]) for f in json.loads(project.run("validate", "--format", "json").stdout)] == [
        ("adr/2020-27-09-vue-update.md", "ADR102"), ("adr/2020-27-09-vue-update.md", "ADR304")]  # named otherwise
    (project.root / "adr" / "2020-27-09-vue-update.md").unlink()
    assert project.run("new", "Use sessions").stdout == "adr/2021_05_01_use_sessions.md\n"  # named as the log names


def test_front_matter_after_blank_lines(project: Project) -> None:
    """simnova/sharethrift's record opens with a blank line before `---`: the front matter is read (and edited in
    place); a `---` rule after blank lines with no closing fence is a rule over text, as before; a title reads
    as shown, its escapes read (`OFFER\\_CASE` is `OFFER_CASE`)."""
    (project.decisions / "0023-snyk.md").parent.mkdir(parents=True, exist_ok=True)
    (project.decisions / "0023-snyk.md").write_text("\n---\nstatus: proposed\ndate: 2020-11-06\n---\n# Integrate Snyk\n",
                                                     encoding="utf-8")  # (Project.write drops leading blank lines)
    project.write("decisions/0039-offer.md", "---\nstatus: accepted\n---\n# Use OFFER\\_CASE\\_ROLE type\n")
    (project.decisions / "0024-rule.md").write_text("\n---\nNote: moved from the wiki.\n\n# 24. Use X\n\n## Status\n\n"
                                                     "Accepted\n", encoding="utf-8")
    assert [(row["status"], row["date"], row["title"]) for row in listed(project)] == [
        ("proposed", "2020-11-06", "Integrate Snyk"), ("accepted", None, "Use X"),
        ("accepted", None, "Use OFFER_CASE_ROLE type")]
    assert project.run("accept", "23").exit_code == 0
    assert project.read("decisions/0023-snyk.md").startswith("\n---\nstatus: accepted\n")


def test_a_relation_under_the_title_but_not_prose_that_opens_like_a_key(project: Project) -> None:
    """`Replaces [2. Y](0002-y.md)` under the title is the relation; `Created [a wiki page](https://x) first.` and
    `Decided [together with ops](https://x).` are prose, no day to report (ADR304)."""
    project.write("doc/adr/0003-z.md", "# 3. Z\n\nDate: 2020-01-03\n\nReplaces [2. Y](0002-y.md)\n\n"
                                       "Created [a wiki page](https://x) first.\n\n## Status\n\nAccepted\n")
    project.write("doc/adr/0002-y.md", "# 2. Y\n\nDecided [together with ops](https://x).\n\n## Status\n\n"
                                       "Superseded by [3. Z](0003-z.md)\n")
    rows = {row["number"]: row for row in listed(project)}
    assert [(rows[n]["date"], rows[n]["supersedes"], rows[n]["superseded_by"]) for n in (2, 3)] == [
        (None, [], [3]), ("2020-01-03", [2], [])]
    assert project.run("validate").exit_code == 0


def revisits(project: Project) -> list[object]:
    return [row["revisit"] for row in listed(project)]


@pytest.mark.parametrize(("key", "read"), [
    ("review-by", True), ("revisit_by", True), ("next-review-date", True), ("nextReviewDate", True),
    ("revisitOn", True), ("next_revisit", True), ("review_after", True), ("review-after", True), ("reviewAfter", True),
    # a review date later than the record's own day, and the end of its validity
    ("review-date", True), ("review_date", True), ("reviewDate", True), ("valid-until", True), ("expires", True),
    # a review that took place, in real logs: not a point to revisit at
    ("last-reviewed", False), ("lastReviewedAt", False), ("reviewed", False),
])
def test_a_revisit_point_under_another_template_s_name(project: Project, key: str, read: bool) -> None:
    """Front matter's `review-by:`, `revisit_by:`, `nextReviewDate:` ... are the revisit point, and so are
    `review-date:`, `valid-until:` and `expires:` after the record's day; `reviewed:` and `last-reviewed:` are not
    (they name a review that happened)."""
    project.write("decisions/0001-use-x.md", f"---\nstatus: accepted\ndate: 2021-01-10\n{key}: 2027-01-31\n---\n"
                  "# Use X\n")
    assert revisits(project) == ["2027-01-31" if read else None]


def test_an_empty_review_after_is_no_revisit_point(project: Project) -> None:
    """A template's `review_after: ""  # accepted 時に YYYY-MM-DD を記入` (a note to fill it in) and words under
    `review-after:` are no revisit point and no finding; `Review after: 2027-03-01` under the title is one."""
    project.write("decisions/0001-a.md", '---\nstatus: accepted\ndate: 2021-01-10\nreview_after: ""  # accepted 時に '
                  'YYYY-MM-DD を記入\n---\n# A\n')
    project.write("decisions/0002-b.md", "---\nstatus: accepted\ndate: 2021-01-10\nreview-after: after the pilot\n"
                  "---\n# B\n")
    project.write("decisions/0003-c.md", "# 3. C\n\nDate: 2021-01-10\nReview after: 2027-03-01\n\n## Status\n\n"
                  "Accepted\n\n## Context\n\nWe review after the pilot.\n")
    assert revisits(project) == [None, None, "2027-03-01"]
    assert json.loads(project.run("validate", "--format", "json").stdout) == []


def test_words_under_another_template_s_revisit_name_are_its_own(project: Project) -> None:
    """`next-review: after the pilot ends` is no revisit point and no finding (found by this stop's review: it
    was read as a cycle of that name, an ADR307 error); under `revisit:` such words stay an error."""
    project.write("decisions/0001-a.md", "---\nstatus: accepted\ndate: 2021-01-10\nnext-review: after the pilot "
                  "ends\n---\n# A\n")
    project.write("decisions/0002-b.md", "---\nstatus: accepted\ndate: 2021-01-10\nrevisit: someday soon\n---\n# B\n")
    assert revisits(project) == [None, "someday soon"]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"].rsplit("/", 1)[1], f["code"]) for f in findings if f["code"] == "ADR307"] == [
        ("0002-b.md", "ADR307")]


@pytest.mark.parametrize(("metadata", "revisit"), [
    ("- **Status**: Accepted\n- **Date**: 2021-01-10\n- **Revisit date**: 2026-09-30\n", "2026-09-30"),
    ("**Status:** Accepted\n**Date:** 2021-01-10\n**Revisit:** 2024-06-01\n", "2024-06-01"),
    ("**Status**: Accepted\n**Review by**: 2026-12-26\n", "2026-12-26"),
    ("Date: 2021-01-10\nRevisit: 2024-06\n\n## Status\n\nAccepted\n", "2024-06"),
    ("| | |\n|---|---|\n| Status | Accepted |\n| Date | 2021-01-10 |\n| Revisit | 2024-06-01 |\n", "2024-06-01"),
    # near misses: prose, a condition, sections of criteria or of a review that happened
    ("Date: 2021-01-10\nRevisit: when the team doubles\n\n## Status\n\nAccepted\n", None),
    ("Date: 2021-01-10\n\n## Status\n\nAccepted\n\nWe may revisit if 2024-06-01 comes.\n", None),
    ("Date: 2021-01-10\n\n## Status\n\nAccepted\n\n## Revisit Criteria\n\nRevisit: 2024-06-01 if load doubles\n", None),
    ("**Status**: Accepted\n**Reviewed**: 2024-06-01\n\n## Review Date\n\n2024-06-01\n", None),
])
def test_a_revisit_point_in_each_metadata_form(project: Project, metadata: str, revisit: str | None) -> None:
    """A revisit point is read where the status and date are: a bullet, a bold line, an adr-tools header line, a
    table row; not from prose, a condition or a section below them."""
    project.write("decisions/0001-use-x.md", f"# 1. Use X\n\n{metadata}\n## Context\n\nC.\n")
    assert [(row["status"], row["revisit"]) for row in listed(project)] == [("accepted", revisit)]


def test_a_log_of_unnumbered_files_says_so(project: Project) -> None:
    """Unleash/unleash keeps decisions named without numbers, by area (`contributing/ADRs/back-end/naming.md`):
    adr lists nothing, and says the files are not numbered (it said the subfolders' files would be read in the
    directory itself), there and in an area's folder, each named from the project root (ONSdigital/sdc's
    `doc/architecture/decisions/`, not `decisions/`)."""
    for area, name in (("back-end", "naming"), ("front-end", "styling")):
        project.write(f"contributing/ADRs/{area}/{name}.md", f'---\ntitle: "ADR: {name}"\n---\n## Decision\n\nD.\n')
    project.write("contributing/ADRs/README.md", "# ADRs\n")
    assert project.run("--dir", "contributing/ADRs", "list").stderr == (
        "adr: contributing/ADRs/ holds no record: the Markdown files of its subfolders (back-end/ and 1 more) are "
        "not named NNNN-title.md either\n")
    assert project.run("--dir", "contributing/ADRs/back-end", "list").stderr == (
        "adr: contributing/ADRs/back-end/ holds no record adr can number: its Markdown files (naming.md) are not "
        "named NNNN-title.md\n")


def test_a_title_underlined_with_dashes(project: Project) -> None:
    """grpc/proposal writes its titles as level-2 setext headings (`HTTP CONNECT Proxy Support` over `----`), the
    MADR 2 bullets right under the underline: the title, and the bullets read. A paragraph of two lines over
    `---` is no title of one line (CommonMark would make it one heading of both)."""
    project.write("decisions/0001-proxy.md", "HTTP CONNECT Proxy Support\n----\n* Status: Implemented\n"
                  "* Last updated: 2017-03-20\n\n## Abstract\n\nA.\n")
    project.write("decisions/0002-intro.md", "Some intro text\nmore text\n---\n\n## Status\n\nAccepted\n")
    assert [(row["title"], row["status"], row["date"]) for row in listed(project)] == [
        ("HTTP CONNECT Proxy Support", "implemented", "2017-03-20"), (None, "accepted", None)]


def test_a_title_opened_by_its_file_s_number_and_a_hyphen(project: Project) -> None:
    """kreghek/SynAdor's `# 0004-Дата создания решения` in `0004-….md` is titled without `0004-`; `3-tier X` in
    `0003-3-tier-x.md` and `2024-roadmap` in `0002-x.md` keep their digits (not the file's number as written)."""
    project.write("decisions/0001-data.md", "# 0001-Дата создания решения\n\n## Статус\n\nПринято\n")
    project.write("decisions/0002-x.md", "# 2024-roadmap\n\n## Status\n\nAccepted\n")
    project.write("decisions/0003-3-tier-x.md", "# 3-tier architecture\n\n## Status\n\nAccepted\n")
    assert [row["title"] for row in listed(project)] == ["Дата создания решения", "2024-roadmap",
                                                         "3-tier architecture"]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [finding["code"] for finding in findings if finding["file"].endswith("0001-data.md")] == []


def test_a_superseded_by_key_with_an_underscore_under_the_title(project: Project) -> None:
    """maehwasoo/AILSS's `status: superseded` / `superseded_by: 0007-x` lines under the title name the successor
    (no ADR302); prose that opens with `superseded_by` and no colon names none."""
    project.write("docs/adr/0006-f.md", "# 0006. F\n\nstatus: superseded\nsuperseded_by: 0007-g\n\n## Context\n\nC.\n")
    project.write("docs/adr/0007-g.md", "# 0007. G\n\nstatus: accepted\nreplaced_by: 8\n\n## Context\n\nC.\n")
    project.write("docs/adr/0008-h.md", "# 0008. H\n\nstatus: accepted\nsuperseded_by is set in YAML 8 times\n\n"
                  "## Context\n\nC.\n")
    assert [(row["status"], row["superseded_by"]) for row in listed(project)] == [
        ("superseded", [7]), ("accepted", [8]), ("accepted", [])]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [finding["code"] for finding in findings if finding["code"] == "ADR302"] == []


@pytest.mark.parametrize(("related", "numbers"), [
    ("CM-002, ADR-0001", [1]),  # another system's id first: the record after it is still named
    ("RFC 7231 and ADR-0001", [1]),
    ("ADR-0004, 04_api_spec.md", [4]),  # a record named beside a spec of the same number
    ("the 2 services we run, and 4 teams", []),  # items none of which opens with a reference: prose
])
def test_a_relation_line_mixing_records_with_other_things(project: Project, related: str, numbers: list[int]) -> None:
    """Found by this stop's review: each item is judged on its own (an external id, a spec's file, words)."""
    project.write("decisions/0009-use-x.md", f"# 9. Use X\n\nDate: 2021-04-19\nRelated: {related}\n\n## Status\n\n"
                  "Accepted\n")
    assert listed(project)[0]["relates_to"] == numbers


def test_a_notes_footer_gives_the_day_and_related_records(project: Project) -> None:
    """ai-tech-karthik/lc-pipeline-v1 ends records with `## Notes` bullets: `- Decision made:` is the day when the
    record states none, `- Related ADRs: ADR-001 (Dagster), ADR-002 (DBT)` relates to both, as a `## Related
    ADRs` bullet naming two does; the footer's status, last update and prose, and a record named inside a
    bullet's parentheses or after its words, are not read."""
    record = "# ADR {n:03d}: {title}\n\n{date}## Status\n\nAccepted\n\n## Context\n\nWhy.\n\n{rest}"
    notes = ("## Notes\n\n- Decision made: 2024-10-15\n- Last updated: 2024-10-30\n"
             "- Status: Implemented and validated\n- Related ADRs: ADR-001 (Dagster), ADR-002 (DBT)\n")
    project.write("decisions/003-config.md", record.format(n=3, title="Config", date="", rest=notes))
    project.write("decisions/004-own-day.md", record.format(n=4, title="Own day", date="Date: 2023-02-01\n\n",
                                                             rest=notes))
    project.write("decisions/005-prose.md", record.format(n=5, title="Prose", date="", rest=(
        "## Notes\n\nThe decision was made on 2024-10-15, related to ADR-001.\n- Last updated: 2024-10-30\n")))
    project.write("decisions/006-related.md", record.format(n=6, title="Related", date="", rest=(
        "## Related ADRs\n\n- ADR-001 (Dagster), ADR-002 (DBT)\n- ADR-003 (see ADR-004 for why)\n"
        "- ADR-005 (x), which ADR-004 replaced\n")))
    for number in (1, 2):
        project.write(f"decisions/{number:03d}-x{number}.md", record.format(n=number, title="X", date="", rest=""))
    rows = {row["number"]: row for row in listed(project)}
    assert [(rows[n]["status"], rows[n]["date"], rows[n]["relates_to"]) for n in (3, 4, 5, 6)] == [
        ("accepted", "2024-10-15", [1, 2]), ("accepted", "2023-02-01", [1, 2]), ("accepted", None, []),
        ("accepted", None, [1, 2, 3, 5])]


@pytest.mark.parametrize("heading", ["Problem", "TL;DR", "Background"])
def test_another_document_s_first_section_is_no_title(project: Project, heading: str) -> None:
    """alphagov/govuk-rfcs' pages moved from a wiki open with `# Problem` or `# TL;DR`: no title (ADR201 says
    so), as `# Summary` was already; `# Problems with the cache` is a title."""
    project.write("decisions/0031-tagging.md", f"# {heading}\n\nWe need tags.\n\n# APIs\n\nA.\n")
    project.write("decisions/0032-cache.md", "# Problems with the cache\n\nStatus: Accepted\n")
    assert [row["title"] for row in listed(project)] == [None, "Problems with the cache"]


def test_a_first_section_named_with_a_colon_is_no_title(project: Project) -> None:
    """cloudfoundry/cloud_controller_ng's `# Context:` / `# Decision:` / `# Status` records have no title heading;
    `# Context: why we split` is a title. In a log kept with another tool, the record written without a title is
    warned of (ADR201), not an error: the record is as its tool writes it."""
    project.write("decisions/0008-codes.md", "# Context:\nWhy.\n\n# Decision:\nD.\n\n# Status\nAccepted\n")
    project.write("decisions/0009-split.md", "# Context: why we split\n\n## Status\n\nAccepted\n")
    assert [(row["title"], row["status"]) for row in listed(project)] == [
        (None, "accepted"), ("Context: why we split", "accepted")]
    found = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"], f["severity"]) for f in found if f["code"] == "ADR201"] == [
        ("decisions/0008-codes.md", "warning")]


def test_metadata_lines_under_front_matter_add_the_keys_it_leaves_out(project: Project) -> None:
    """Reneromero08/agent-governance-system's front matter gives id, title, status and date, the body
    `**Deciders:** ...` and `**Related:** ADR-027 (..), ADR-028 (..)` under the title: read; the front matter wins
    where both say something (its deciders, its status, its day), and prose opening the body is not read."""
    project.write("decisions/ADR-030-core.md", '---\nid: "ADR-030"\ntitle: "Core"\nstatus: "Proposed"\n'
                  'date: "2025-12-28"\n---\n\n<!-- CONTENT_HASH: x -->\n\n# ADR-030: Core\n\n'
                  "**Deciders:** System Architect\n**Related:** ADR-027 (Dual-DB), ADR-028 (Semiotic)\n\n"
                  "## Context\n\nC.\n")
    project.write("decisions/ADR-038-cmp.md", '---\nstatus: "Accepted"\ndate: "2026-01-07"\n'
                  'deciders: ["System architects"]\n---\n\n# ADR-038: CMP\n\n**Status**: Rejected\n'
                  "**Date**: 2020-01-01\n**Deciders**: Someone else\n\n## Context\n\nC.\n")
    project.write("decisions/ADR-040-lab.md", "---\nstatus: accepted\ndate: 2026-01-08\n---\n# Lab\n\n"
                  "Related work on ADR-027: we keep it.\nDeciders were many.\n\n## Context\n\nC.\n")
    assert [(row["number"], row["status"], row["date"], row["decision_makers"], row["relates_to"])
            for row in listed(project)] == [
        (30, "proposed", "2025-12-28", ["System Architect"], [27, 28]),
        (38, "accepted", "2026-01-07", ["System architects"], []),
        (40, "accepted", "2026-01-08", [], [])]
    assert project.run("accept", "30").exit_code == 0
    assert project.read("decisions/ADR-030-core.md").count("**Deciders:** System Architect\n") == 1


def test_a_title_under_a_generic_heading_and_links_in_titles(project: Project) -> None:
    """DFE-Digital's `# Architectural Decision Record (ADR)` over `## ADR: Adoption of X`: the title is the
    level-2 heading's (over `## Status` the level-1 heading stays the title); a link in a title reads as its text
    (defenseunicorns/uds-common's `# 4. [AGPLv3](https://..) or Commercial`), other markup stays as written."""
    project.write("docs/adr/0004-agpl.md", "# 4. [Affero GPL v3 (AGPLv3)](https://opensource.org/license/agpl-v3) or "
                  "Commercial for `All` Products\n\nDate: 2024-10-08\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0008-release-notes.md", "# Architectural Decision Record (ADR)\n\n## ADR: Adoption of Keep"
                  " a Changelog\n\n### Status\n\nAccepted\n\n### Context\n\nC.\n")
    project.write("docs/adr/0009-generic.md", "# Architecture Decision Record\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0010-image.md", "# 10. Use ![logo](logo.png) badges\n\nDate: 2024-10-08\n\n## Status\n\n"
                  "Accepted\n")
    assert [(row["number"], row["title"], row["status"]) for row in listed(project)] == [
        (4, "Affero GPL v3 (AGPLv3) or Commercial for `All` Products", "accepted"),
        (8, "Adoption of Keep a Changelog", "accepted"), (9, "Architecture Decision Record", "accepted"),
        (10, "Use ![logo](logo.png) badges", "accepted")]


def test_a_title_section_s_paragraph_is_the_title(project: Project) -> None:
    """Deakin-Detonator-Toolkit's `## Title` (or `# Title`) then `Containerising DDT`: the title; ferris's template
    left `# Title` over a day in backticks, a `Date:` line or a paragraph of several lines keeps `Title`."""
    project.write("docs/adr/0001-a.md", "## Title\n\nContainerising DDT\n\n## Proposal status\n\n-   Proposed\n")
    project.write("docs/adr/0002-b.md", "# Title\n\nRemoving Dirb\n\n## Proposal status\n\nApproved\n")
    project.write("docs/adr/0003-c.md", "# Title\n\n`2021-04-26`\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0004-d.md", "# Title\n\nDate: 2021-04-26\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0005-e.md", "# Title\n\nWe chose\nthis.\n\n## Status\n\nAccepted\n")
    assert [(row["title"], row["status"]) for row in listed(project)] == [
        ("Containerising DDT", "proposed"), ("Removing Dirb", "approved"), ("Title", "accepted"),
        ("Title", "accepted"), ("Title", "accepted")]


def test_a_review_date_is_the_revisit_point_only_after_the_record_s_day(project: Project) -> None:
    """Reneromero08's `review_date: "2026-03-01"` on a record of 2025-12-29 is its revisit point, and `adr due`
    shows it (overdue on any day since), as a Review Date section's day later than the record's is; a review date
    on or before the record's day (a review held), one on a record with no day, and words (`6 months (April 2026)`)
    are none."""
    project.write("decisions/0001-a.md", '---\nstatus: Proposed\ndate: 2020-12-29\nreview_date: "2021-03-01"\n---\n'
                  "# A\n")
    project.write("decisions/0002-b.md", "# B\n\n* Status: accepted\n* Date: 2021-01-10\n* Valid until: 2021-01-10\n")
    project.write("decisions/0003-c.md", "# C\n\n- **Status:** Accepted\n- **Review date:** 2026-10-25\n")
    project.write("decisions/0004-d.md", "# D\n\n* Status: accepted\n* Date: 2021-01-10\n"
                  "* Review date: 6 months (April 2026)\n")
    project.write("decisions/0005-e.md", "# 5. E\n\nDate: 2021-01-10\n\n## Status\n\nAccepted\n\n## Review Date\n\n"
                  "2026-04-01\n")
    assert revisits(project) == ["2021-03-01", None, None, None, "2026-04-01"]
    due = project.run("due")
    assert due.exit_code == 1 and "0001    overdue  2021-03-01" in due.stdout and "0002" not in due.stdout


def test_a_supersede_link_however_it_is_spelt(project: Project) -> None:
    """thoni56/c-xrefactory writes `Superceeds [Remove support for JavaDoc](0010-x.md).` in a Status section: it
    supersedes 10 (the graph drew a `superceeds` edge beside 10's own `superseded by`)."""
    project.write("decisions/0010-x.md", NYGARD.format(n=10, title="X", status="Superseded by [11. Y](0011-y.md)"))
    project.write("decisions/0011-y.md", NYGARD.format(n=11, title="Y", status="Accepted\n\nSuperceeds [10. X](0010-x.md)"))
    assert [(row["supersedes"], row["superseded_by"]) for row in listed(project)] == [([], [11]), ([10], [])]
    assert [line.strip() for line in project.run("graph").stdout.splitlines() if "-->" in line] == [
        "adr11 -->|supersedes| adr10"]


def test_the_day_alone_under_the_title_in_backticks(project: Project) -> None:
    """trivedisorabh/ferris writes `` `2021-04-12` `` on the line under the title (and `` `✅ Accepted` ``): the
    day; a line of code that holds more than a day (`` `2021-04-12 release` ``) is none."""
    project.write("decisions/0001-tabs.md", "# 1. Use tabs\n\n`2021-04-26`\n\n## Status\n\n`✅ Accepted`\n")
    project.write("decisions/0002-x.md", "# 2. X\n\n`2021-04-12 release`\n\n## Status\n\nAccepted\n")
    assert [(row["date"], row["status"]) for row in listed(project)] == [("2021-04-26", "accepted"),
                                                                         (None, "accepted")]


def test_record_zero_in_a_related_section_and_a_decider_written_in_bold(project: Project) -> None:
    """Found by this stop's review: `- ADR-0000: Record decisions` under `## Related` relates to record 0, as
    `- ADR-0002: Other` to 2; `- **Jane Doe**` under `## Deciders` is Jane Doe (a bold name is no role)."""
    project.write("decisions/0000-record.md", NYGARD.format(n=0, title="Record", status="Accepted"))
    project.write("decisions/0002-other.md", NYGARD.format(n=2, title="Other", status="Accepted"))
    project.write("decisions/0003-x.md", NYGARD.format(n=3, title="X", status="Accepted") +
                  "\n## Deciders\n\n- **Jane Doe**\n- **Data Science**: Bob Roe (Jun 12, 2024)\n\n"
                  "## Related\n\n- ADR-0000: Record decisions\n- ADR-0002: Other\n")
    row = listed(project)[2]
    assert (row["relates_to"], row["decision_makers"]) == ([0, 2], ["Jane Doe", "Bob Roe"])
    # V-Sekai/manuals: one bullet naming several
    project.write("decisions/0004-y.md", NYGARD.format(n=4, title="Y", status="Draft") +
                  "\n## Decision Makers\n\n- V-Sekai development team, GDQuest, Fire\n")
    assert listed(project)[3]["decision_makers"] == ["V-Sekai development team", "GDQuest", "Fire"]


def test_a_day_under_the_names_other_templates_give_it(project: Project) -> None:
    """`Start Date` in a table of key | value rows with no title heading over it (kubewarden/rfc, whose `Feature
    Name` row is the title), `CREATED DATE` as a column of a table under the title (GSA/notifications-api),
    `start date:` in front matter (aws/aws-cdk-rfcs), `Created date:` on a line: each the record's day; `Last
    modified:` stamped with a time of day (`2018-11-02T16:46:57+00:00`) is when a tool saw the file change, not when
    the decision was taken."""
    project.write("rfc/0001-policy-lifecycle.md", "|  |  |\n| :--- | :--- |\n| Feature Name | Policy lifecycle |\n"
                  "| Start Date   | Jul 22nd 2021 |\n| Category | Policy Enforcement |\n\n# Summary\n\nS.\n")
    project.write("rfc/0002-notify.md", "# TITLE:  Establishing ADRs for US Notify\n\n\n"
                  "| CREATED DATE | LAST UPDATED | STATUS | AUTHOR |\n| :---: | :---: | :---: | :---: |\n"
                  "| 2021-03-01 | 2021-04-15 | Accepted | @ccostino |\n\n## CONTEXT AND PROBLEM STATEMENT\n\nC.\n")
    project.write("rfc/0003-packaging.md", "---\nfeature name: monolithic-packaging\nstart date: 2020-02-13\n---\n\n"
                  "# Summary\n\nS.\n\n# Motivation\n\nM.\n")
    project.write("rfc/0004-cache.md", "# 4. Cache\n\nCreated date: 2021-01-05\n\n## Status\n\nAccepted\n")
    project.write("rfc/0005-matcher.md", "# RFC 005: Matcher\n\n**Last modified:** 2018-11-02T16:46:57+00:00\n\n"
                  "## Purpose\n\nP.\n")
    assert [(row["title"], row["status"], row["date"]) for row in listed(project, "--dir", "rfc")] == [
        ("Policy lifecycle", None, "2021-07-22"), ("Establishing ADRs for US Notify", "accepted", "2021-03-01"),
        ("monolithic-packaging", None, "2020-02-13"), ("Cache", "accepted", "2021-01-05"), ("Matcher", None, None)]


def test_metadata_in_an_mkdocs_admonition_under_the_title(project: Project) -> None:
    """The GIG Cymru NHS Wales template (GIG-Cymru-NHS-Wales/architecture-decision-records,
    `use-arc42-for-architecture-overview-documents/index.md`) keeps its metadata in an MkDocs admonition: `!!! info`,
    then `    **Status**: Proposed` / `    **Level**: 2` / `    **Updated**: 2025-07-24` indented four spaces (it read
    no status and no date). They are read as the same lines unindented are, `**Updated**` the record's day beside
    its status (the template gives no other), a `**Supersedes**:` line there too; `??? info` (collapsible) alike.
    Near misses: an indented code block no admonition opens stays code, as does one after the admonition ended;
    `**Updated**:` beside a Status section is when the page changed, no decision date."""
    project.write("adr/0001-arc42.md", "# Adoption of Architecture Overview Documents\n\n!!! info\n\n"
                  "    **Status**: Proposed\n\n    **Level**: 2\n\n    **Updated**: 2025-07-24\n\n## Summary  \n\nS.\n")
    project.write("adr/0002-structure.md", "# Simplify Architecture Decision Records Structure\n\n!!! info\n\n"
                  "    **Status**: Approved\n    \n    **Level**: 3\n\n    **Updated**: 12-01-2026\n\n"
                  "    **Supersedes**: [ADR naming](0001-arc42.md)\n\n## Summary\n\nS.\n")
    project.write("adr/0003-plain.md", "# Use Y\n\n**Status**: Proposed\n\n**Level**: 2\n\n**Updated**: 2025-07-24\n\n"
                  "## Summary\n\nS.\n")
    project.write("adr/0004-folded.md", '# Use Z\n\n??? info "Metadata"\n\n    **Status**: Accepted\n\n'
                  "    **Updated**: 2025-06-04\n\n## Summary\n\nS.\n")
    project.write("adr/0005-code.md", "# Use a code block\n\nWrite it so:\n\n    **Status**: Proposed\n"
                  "    **Updated**: 2025-07-24\n\n## Summary\n\nS.\n")
    project.write("adr/0006-after.md", "# After the box\n\n!!! note\n\n    Read the summary first.\n\nAn example:\n\n"
                  "    Status: Rejected\n    Date: 2020-01-01\n\n## Summary\n\nS.\n")
    project.write("adr/0007-page.md", "# A page\n\n**Updated**: 2025-07-24\n\n## Status\n\nAccepted\n")
    assert [(row["status"], row["date"], row["supersedes"]) for row in listed(project)] == [
        ("proposed", "2025-07-24", []), ("approved", "2026-01-12", [1]), ("proposed", "2025-07-24", []),
        ("accepted", "2025-06-04", []), (None, None, []), (None, None, []), ("accepted", None, [])]


def test_a_key_is_one_key_however_it_is_spelt(project: Project) -> None:
    """Case, `-`, `_` or a blank between its words and a plural written `(s)` make no other key (tobondev/homelab:
    `Decider(s): @tobondev`, `Review-by: 2026-10-03`); a review date is the revisit point when it is later than
    the record's day. A review date before it, or words where a day is meant, are no revisit point."""
    def record(lines: str) -> str:
        return f"# Use X\n\nDate: 2021-04-10\n{lines}\n\n## Status\n\nAccepted\n"

    project.write("docs/adr/0001-a.md", record("Decider(s): Marcos Tobon\nReview-by: 2026-05-27"))
    project.write("docs/adr/0002-b.md", record("**REVIEW BY:** 2026-06-10"))
    project.write("docs/adr/0003-c.md", record("Review date: 2026-06-10"))
    project.write("docs/adr/0004-d.md", "---\nStatus: accepted\nReview_By: 2026-06-11\n---\n# Use X\n")
    project.write("docs/adr/0005-e.md", "# Use X\n\n* Status: accepted\n* Decider(s): Ann, Bo\n\n## Context\n\nC.\n")
    project.write("docs/adr/0006-f.md", record("Review date: 2020-01-01\nReview-by: when the team doubles"))
    assert [(row["decision_makers"], row["revisit"]) for row in listed(project)] == [
        (["Marcos Tobon"], "2026-05-27"), ([], "2026-06-10"), ([], "2026-06-10"), ([], "2026-06-11"),
        (["Ann", "Bo"], None), ([], None)]


def test_a_date_line_reads_the_same_whatever_follows_it(project: Project) -> None:
    """`DATE: 2025.04.29` in capitals (devFancy/springboot-coupon-system) is the day whether a section or a list
    follows it, as `Date:` is; `DATE` opening a sentence is no day."""
    sections = "\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n"
    project.write("docs/adr/0001-a.md", "# ADR 001: A\n\nDATE: 2021.04.29" + sections)
    project.write("docs/adr/0002-b.md", "# ADR 002: B\n\nDATE: 2021.05.01\n- a link" + sections)
    project.write("docs/adr/0003-c.md", "# ADR 003: C\n\nDATE is a reserved word." + sections)
    assert [row["date"] for row in listed(project)] == ["2021-04-29", "2021-05-01", None]


def test_a_day_section_in_another_language_under_front_matter(project: Project) -> None:
    """Front matter without a day over a body whose `## Fecha` section gives it (zarvent/v2m-lab's Spanish
    records) reads it as the same record without front matter does; a `## Fecha` over prose gives none."""
    body = "# ADR-001: Migración a FastAPI\n\n## Estado\n\nAceptada\n\n## Fecha\n\n{day}\n\n## Contexto\n\nC.\n"
    project.write("docs/adr/0001-a.md", "---\ntitle: 'ADR-001: Migración'\nstatus: accepted\n---\n"
                  + body.format(day="2021-01-15"))
    project.write("docs/adr/0002-b.md", body.format(day="2021-01-15"))
    project.write("docs/adr/0003-c.md", "---\nstatus: accepted\n---\n" + body.format(day="Cuando se decida."))
    assert [row["date"] for row in listed(project)] == ["2021-01-15", "2021-01-15", None]


def test_front_matter_s_data_key_is_the_date_when_its_value_is_a_day(project: Project) -> None:
    """Front matter's `data:` (Italian and Portuguese for the date) is the record's day when its value is one
    (`2023-04-05`, `05/04/2023`), with no unknown-key warning; not prose that opens with a year, a mapping, or
    a `data:` beside a `date:`, which wins (and `data` stays an unknown key there)."""
    cases = ["data: 2023-04-05", "data: 05/04/2023", "data: 2023 foi o ano", "data:\n  fonte: x",
             "date: 2022-01-01\ndata: 2023-04-05"]
    for number, keys in enumerate(cases, 1):
        project.write(f"docs/adr/000{number}-a.md", f"---\ntitle: Usar X\nstatus: aceito\n{keys}\n---\n\n# Usar X\n")
    assert [row["date"] for row in listed(project)] == ["2023-04-05", "2023-04-05", None, None, "2022-01-01"]
    found = json.loads(project.run("validate", "--format", "json").stdout)
    assert [f["path"][-9:] for f in found if f["code"] == "ADR310"] == ["0003-a.md", "0004-a.md", "0005-a.md"]


def test_typography_s_dashes_in_a_title_s_number_and_a_day(project: Project) -> None:
    """`# ADR‑0002: tRPC over IPC – Type-safe` and `| Date | 2025‑05‑07 |` with non-breaking hyphens
    (sotayamashita/electron-template): the number prefix goes and the day is read, with no warning; the en dash
    inside the title stays."""
    project.write("docs/adr/0002-trpc.md", "# ADR\u20110002: tRPC over IPC \u2013 Type-safe\n\n| Status | Accepted |\n"
                  "| ------ | ---------- |\n| Date   | 2021\u201104\u201107 |\n\n## Context\n\nC.\n")
    assert [(row["title"], row["date"]) for row in listed(project)] == [("tRPC over IPC \u2013 Type-safe", "2021-04-07")]
    assert project.run("validate").exit_code == 0


def test_a_date_named_record_s_title_opening_with_its_own_day(project: Project) -> None:
    """kimak-irmagi/taidon's `# 2026-03-08 Maintainability Refactor` in `2026-03-08-maintainability.md` and
    kostysh/yaagi's `# ADR-2026-03-19 Boot Dependency Contract` open the title with the record's id, its day: the
    title is the words after it and the mark after the day. Another day, a year, a time or a mark that is no
    title's opening stay the title's (`2024 Roadmap cut` in `2024-01-16-roadmap.md` lost its year)."""
    titles = {"2026-03-08-maintainability.md": ("2026-03-08 Maintainability Refactor", "Maintainability Refactor"),
              "ADR-2026-03-19-boot.md": ("ADR-2026-03-19 Boot Dependency Contract", "Boot Dependency Contract"),
              "2024-01-15-use-y.md": ("2024-01-15: Use Y", "Use Y"),
              "20240114-use-x.md": ("20240114 - Use X", "Use X"),
              "2024-01-13-use-w.md": ("2024-01-13 -- Use W", "Use W"),
              "2024-01-12-use-v.md": ("2024\u201101\u201112 Use V", "Use V"),
              "2024-01-11-mfa.md": ("2024-01-11 2FA everywhere", "2FA everywhere"),
              "2024-01-16-roadmap.md": ("2024 Roadmap cut", "2024 Roadmap cut"),
              "2024-01-17-freeze.md": ("2024-02-01 Freeze", "2024-02-01 Freeze"),
              "2024-01-18-review.md": ("2024-01-18 10:00 Incident review", "2024-01-18 10:00 Incident review"),
              "2024-01-19-b.md": ("2024-01-19 / Use B", "2024-01-19 / Use B")}
    for name, (title, _) in titles.items():
        project.write(f"docs/adr/{name}", f"# {title}\n\n## Status\n\nAccepted\n")
    assert {row["path"][9:]: row["title"] for row in listed(project)} == {
        name: shown for name, (_, shown) in titles.items()}


def test_typography_s_dashes_in_a_status_history_s_days(project: Project) -> None:
    """digitalservicebund/digitalcheck-dito's `- 2025‑08‑19: Accepted` under `## Status`, with non-breaking
    hyphens, is read as the same line with `-` is (the other entries are remarks), and so are histories on one
    line with such days."""
    hyphen = "\u2011"
    day = f"2025{hyphen}08{hyphen}"
    statuses = {1: f"- {day}19: Accepted\n- 2025-12-08: Amended: use exported components",
                2: f"Proposed {day}01 Accepted {day}09",
                3: f"{day}01 proposed {day}09 accepted \u2014 Phases 1\u20133 done",
                4: f"Accepted on {day}09",
                5: f"Proposed on {day}01, Accepted on {day}09",
                6: f"Accepted on {day}09 by the board"}
    for number, status in statuses.items():
        project.write(f"doc/adr/000{number}-x.md", f"# {number}. X\n\n## Status\n\n{status}\n\n## Context\n\nC.\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("accepted", "2025-08-19"), ("accepted", "2025-08-09"), ("accepted", "2025-08-09"),
        ("accepted", "2025-08-09"), ("accepted", "2025-08-09"), ("accepted", "2025-08-09")]

def test_a_template_section_is_no_title_under_front_matter(project: Project) -> None:
    """`# Summary` opening a proposal's body under front matter that names no title (aws-cdk-rfcs) is a section:
    the record is untitled (validate says so), or titled by its front matter's `feature name`."""
    project.write("text/0006-packaging.md", "---\nstart date: 2020-02-13\n---\n\n# Summary\n\nS.\n")
    project.write("text/0007-named.md", "---\nfeature name: monolithic-packaging\n---\n\n# Abstract\n\nS.\n")
    project.write("text/0008-titled.md", "---\nfeature name: x\n---\n\n# Summary of the options\n\nS.\n")
    assert [row["title"] for row in listed(project, "--dir", "text")] == [
        None, "monolithic-packaging", "Summary of the options"]
    found = json.loads(project.run("--dir", "text", "validate", "--format", "json").stdout)
    assert [f["path"].rsplit("/", 1)[-1] for f in found if f["code"] == "ADR201"] == ["0006-packaging.md"]


def test_a_changelog_never_dates_a_record(project: Project) -> None:
    """A `## Changelog` list of dated entries (Cosmos and Tendermint ADRs: `* 21.7.2020:`, `- 2022.03.03 - init
    commit`, `{8/18/22}:`, umee's `- October 14, 2021:`, newest first too) dates revisions, not the decision: a
    record that states no other day has none (as the hand-checked truth of real logs reads them); a `Date:` line
    beside one is the record's day, and the record's status and title are read as ever."""
    body = "## Status\n\nAccepted\n\n## Context\n\nC.\n"
    cases = {
        "0001-a.md": "# ADR 001: A\n\n## Changelog\n* 21.7.2020: Initial sketch\n* 2.11.2020: Reviewed\n\n",
        "0002-b.md": "# ADR 002: B\n\n## Changelog\n\n- 2022.07.20 - detail\n  more of it\n- 2022.03.03 - init commit\n\n",
        "0003-c.md": "# ADR 003: C\n\n## Changelog\n\n* {8/18/22}: Initial draft\n* {11/10/22}: Rejected\n"
                     "* 27th of June, 2024: Revised\n\n",
        "0004-d.md": "# ADR 004: D\n\n## Changelog\n\n- October 14, 2021: Initial Draft (@toteki)\n"
                     "- May, 2022: Max supply utilization removal\n\n",
        "0005-e.md": "# ADR 005: E\n\n## Changelog\n\n* {date}: {changelog}\n\n",
        "0006-f.md": "# ADR 006: F\n\nDate: 2024-05-01\n\n## Changelog\n\n* 2023-01-10: Draft\n\n",
    }
    for name, head in cases.items():
        project.write(f"docs/adr/{name}", head + body)
    rows = listed(project)
    assert [row["date"] for row in rows] == [None, None, None, None, None, "2024-05-01"]
    assert [(row["title"], row["status"]) for row in rows] == [(title, "accepted") for title in "ABCDEF"]


_DATED = "Date: 2021-01-10\n"
_ACCEPTED = "\n## Status\n\nAccepted\n"


@pytest.mark.parametrize(("metadata", "revisit"), [
    (f"{_DATED}Revisit: 12 March 2027\n{_ACCEPTED}", "12 March 2027"),
    (f"{_DATED}Revisit: March 12, 2027\n{_ACCEPTED}", "March 12, 2027"),
    (f"{_DATED}Revisit: 2027/03/12\n{_ACCEPTED}", "2027/03/12"),
    (f"{_DATED}Revisit: Friday, 1 January 2027\n{_ACCEPTED}", "Friday, 1 January 2027"),
    (f"{_DATED}Valid until: 2026-12-31\n{_ACCEPTED}", "2026-12-31"),
    (f"{_DATED}Sunset date: 12.03.2027\n{_ACCEPTED}", "12.03.2027"),
    # a review held before the record's day, not ISO, leaves the end of its validity standing (it hid it)
    ("* Status: accepted\n* Date: 2021-01-10\n* Review date: 5 January 2020\n* Valid until: 2026-12-31\n",
     "2026-12-31"),
    ("* Status: accepted\n* Date: 2021-01-10\n* Review date: 15 March 2027\n", "15 March 2027"),
    # near misses: a day with words after it, a past day, the day to decide by
    (f"{_DATED}Revisit: 12 March 2027 if load doubles\n{_ACCEPTED}", None),
    (f"{_DATED}Expires: 1 March 2020\n{_ACCEPTED}", None),
    (f"{_DATED}\n| | |\n|---|---|\n| Due date | 2027-01-10 |\n{_ACCEPTED}", None),
])
def test_a_revisit_day_in_any_form_a_date_is_read_in(project: Project, metadata: str, revisit: str | None) -> None:
    """A revisit point, review date, `Valid until:` or `Sunset date:` written as a record's date may be (`12
    March 2027`, `2027/03/12`, `Friday, 1 January 2027`) is that day, and `adr due` lists it."""
    project.write("docs/adr/0001-a.md", f"# 1. A\n\n{metadata}")
    rows = listed(project)
    assert [(row["status"], row["date"], row["revisit"]) for row in rows] == [("accepted", "2021-01-10", revisit)]
    due = project.run("due", "--as-of", "2030-01-01", "--format", "json")
    assert ("0001-a.md" in due.stdout) == (revisit is not None)


def test_a_revisit_row_in_a_decision_log_and_a_review_date_in_a_closing_block(project: Project) -> None:
    """kyma-project's `Created on 2017-11-20 by ...` line is the record's day and its `## Decision log` table's
    `Earliest date to revisit the decision` row the revisit point (its `Due date` row, and a `Status` row there,
    are not read); akordium-id's closing `**Next Review Date:**` after `---` is one too; `Created on` in a
    sentence is no day."""
    project.write("docs/adr/0001-a.md", "# DR 001: A\n\nCreated on 2017-11-20 by Ann (@ann).\n\n## Decision log\n\n"
                  "| Name | Description |\n|---|---|\n| Due date | 2018-09-13 |\n| Status | Proposed on 2018-09-01 |\n"
                  "| Earliest date to revisit the decision | 2018-12-01 |\n\n## Context\n\nC.\n")
    project.write("docs/adr/0002-b.md", "# 2. B\n\nDate: 2024-01-10\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n\n"
                  "---\n\n**Owner:** Ann\n**Next Review Date:** 2025-06-01\n")
    project.write("docs/adr/0003-c.md", "# 3. C\n\nThis was created on 2017-11-20 by Ann.\n\n## Status\n\nAccepted\n")
    # jordigilh/kubernaut: a closing `**Next Review**:` of words is none (ADR307 called it an error), of a day with
    # a remark after it, that day
    project.write("docs/adr/0004-d.md", "# 4. D\n\nDate: 2024-01-10\n\n## Status\n\nAccepted\n\n---\n\n"
                  "**Last Updated**: 2025-10-17\n**Next Review**: After V1.0 implementation complete\n")
    project.write("docs/adr/0005-e.md", "# 5. E\n\n**Status**: Accepted\n**Date**: 2024-06-25\n"
                  "**Next Review**: September 25, 2026 (3 months)\n\n## Context\n\nC.\n")
    # dafywinf/hello-world-spring-boot: a last paragraph of the decision's day alone, no rule over it, dates the
    # record; a last updated day there does not
    project.write("docs/adr/0006-f.md", "# 6. F\n\n## Status\n\nAccepted\n\n## Notes\n\nText.\n\n"
                  "**Decision Date**: September 7, 2024\n")
    project.write("docs/adr/0007-g.md", "# 7. G\n\n## Status\n\nAccepted\n\n## Notes\n\nText.\n\n"
                  "**Last updated**: 2024-09-07\n")
    assert [(row["status"], row["date"], row["revisit"]) for row in listed(project)] == [
        (None, "2017-11-20", "2018-12-01"), ("accepted", "2024-01-10", "2025-06-01"), ("accepted", None, None),
        ("accepted", "2024-01-10", None), ("accepted", "2024-06-25", "September 25, 2026"),
        ("accepted", "2024-09-07", None), ("accepted", None, None)]
    assert [f["code"] for f in json.loads(project.run("validate", "--format", "json").stdout)
            if f["code"] == "ADR307"] == []


@pytest.mark.parametrize(("status", "day"), [
    ("Přijato (22.1.2026)", "2026-01-22"), ("Accepted (v2.0, 2026-01-28)", "2026-01-28"),
    ("Přijato (implementováno 2026-02-28).", "2026-02-28"),
    # near misses: a day inside a sentence, a retiring status's day
    ("Accepted (replaces the 1.5.2019 design)", None), ("Superseded (1.5.2023)", None),
    ("Accepted (approved on 1.5.2019)", "2019-05-01"),
    # a day ahead, or one a word other than a state names: not the day the decision was taken
    ("Accepted (until 2027-01-01)", None), ("Accepted (revisit on 2027-06-01)", None),
    ("Accepted (review by 2027-06-01)", None), ("Accepted (see 2020-01-01)", None),
])
def test_a_day_in_the_status_s_parentheses_dates_a_record_that_states_none(project: Project, status: str,
                                                                           day: str | None) -> None:
    """kg46sp8kps-web/gestima's `Přijato (22.1.2026)`: the remark's last item, a day in any form, is the record's
    day when it states none; never over a `Date:` line."""
    project.write("docs/adr/0001-a.md", f"# 1. A\n\n## Status\n\n{status}\n")
    project.write("docs/adr/0002-b.md", f"# 2. B\n\nDate: 2025-01-02\n\n## Status\n\n{status}\n")
    assert [row["date"] for row in listed(project)] == [day, "2025-01-02"]


def test_a_status_history_on_one_line_is_its_latest_entry(project: Project) -> None:
    """Cadasta/decision-records' `Submitted, 2017-01-26; Approved 2017-02-22` is approved, dated by that entry
    as a history on lines is; `Accepted (2020-02-01), Deprecated (2021-05-01)` is deprecated; `Accepted, see ADR
    3` and `Accepted; supersedes ADR-1` stay accepted."""
    for number, status in enumerate(("Submitted, 2017-01-26; Approved 2017-02-22",
                                     "Accepted (2020-02-01), Deprecated (2021-05-01)", "Accepted, see ADR 3",
                                     "Accepted; supersedes ADR-1"), start=1):
        project.write(f"decisions/{number:04d}-a.md", f"# {number}. A\n\n- **Status:** {status}\n\n## Context\n\nC.\n")
    listed = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(listed[n]["status"], listed[n]["date"]) for n in (1, 2, 3, 4)] == [
        ("approved", "2017-02-22"), ("deprecated", None), ("accepted", None), ("accepted", None)]
    assert listed[4]["supersedes"] == [1]


def test_a_status_history_with_each_day_after_its_word_joined_on_one_line_is_its_latest_entry(
        project: Project) -> None:
    """The entries of a history written a line each (`Proposed 2018-12-09` / `Accepted 2018-12-10`), joined on one
    line by a prose wrap or by hand without marks between them (`Proposed 2018-12-09 Accepted 2018-12-10`,
    `Proposed (2018-12-09) Accepted (2018-12-10)`, in bold), read `proposed`, the first word; they give the
    latest entry's status and day, as the same history on lines does. Near misses: a day in a remark after one
    status (`Accepted 2020-01-02 after the review of 2020-01-01`) is no history; a latest entry that retires the
    record gives its status and no day; entries out of order give the latest by day."""
    for number, status in enumerate(("Proposed 2018-12-09 Accepted 2018-12-10",
                                     "Proposed (2018-12-09) Accepted (2018-12-10)",
                                     "**Proposed** 2018-12-09 **Accepted** 2018-12-10",
                                     "Accepted 2020-01-02 after the review of 2020-01-01",
                                     "Proposed 2018-12-09 Superseded 2019-01-01",
                                     "Accepted 2018-12-10 Proposed 2018-12-09"), start=1):
        project.write(f"decisions/{number:04d}-a.md", f"# {number}. A\n\n## Status\n\n{status}\n\n## Context\n\nC.\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("accepted", "2018-12-10"), ("accepted", "2018-12-10"), ("accepted", "2018-12-10"),
        ("accepted", "2020-01-02"), ("superseded", None), ("accepted", "2018-12-10")]


def test_a_status_history_with_each_day_first_is_dated_by_its_latest_entry(project: Project) -> None:
    """vytches/ddd's phodal/adr histories joined by prettier (`2025-07-09 proposed 2025-07-10 accepted`, `2026-05-23
    proposed 2026-05-24 accepted — Phases 1–3 implemented`) gave the latest status but no day; they are dated by
    that entry, as the same entries on lines are (`* 2020-02-01 Proposed` / `* 2020-02-03 Accepted`, which gave
    none either) and as `Proposed 2018-12-09` / `Accepted 2018-12-10` already were; one such entry alone
    (`2020-02-03 Accepted`) as `Accepted 2020-02-03` is. Near misses: a latest entry
    that retires the record (`2025-08-01 superseded`) gives no day, as `Superseded 2023-01-10` does not; a
    `Date:` line wins."""
    for number, status in enumerate(("2025-07-09 proposed 2025-07-10 accepted",
                                     "2026-05-23 proposed 2026-05-24 accepted — Phases 1–3 implemented",
                                     "* 2020-02-01 Proposed\n* 2020-02-03 Accepted", "2020-02-01 Proposed\n\n2020-02-03 Accepted",
                                     "2025-07-09 accepted 2025-08-01 superseded", "2020-02-03 Accepted"), start=1):
        project.write(f"decisions/{number:04d}-a.md", f"# {number}. A\n\n## Status\n\n{status}\n\n## Context\n\nC.\n")
    project.write("decisions/0007-a.md", "# 7. A\n\nDate: 2025-01-02\n\n## Status\n\n2025-07-09 proposed 2025-07-10 "
                  "accepted\n\n## Context\n\nC.\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("accepted", "2025-07-10"), ("accepted", "2026-05-24"), ("accepted", "2020-02-03"), ("accepted", "2020-02-03"),
        ("superseded", None), ("accepted", "2020-02-03"), ("accepted", "2025-01-02")]


@pytest.mark.parametrize(("status", "day"), [
    ("Accepted (uncommitted) — 2026-06-20", "2026-06-20"),
    ("✅ APPROVED (implemented v1, UNCOMMITTED) — 2026-06-16", "2026-06-16"),
    ("Accepted — implemented 2026-06-07", "2026-06-07"),
    ("Accepted on 20/11/2015.", "2015-11-20"),
    ("Accepted on 04/07/2023", "2023-07-04"),  # day first, as `04/07/2023` is read elsewhere
    ("Accepted (uncommitted) — see 2026-06-20", None),
    ("Accepted — until 2027-01-01", None),
    ("Accepted on the condition that 2 teams agree", None),
])
def test_a_day_after_a_status_and_its_remark(project: Project, status: str, day: str | None) -> None:
    """A day after the status's remark and a dash, or after a state's word or `on`, dates the record; a day
    after any other word (`see`, `until`) does not."""
    project.write("decisions/0001-a.md", f"# 1. A\n\n- **Status:** {status}\n\n## Context\n\nC.\n")
    row = json.loads(project.run("list", "--format", "json").stdout)[0]
    assert row["date"] == day
    assert row["status"] in ("accepted", "approved")


def test_a_day_after_words_of_who_decided_in_the_status_sentence(project: Project) -> None:
    """masterfocus92/medarchive's `Принято владельцем 13.07.2026 (одобрение плана T1.1-INFRA).` (accepted by the
    owner; no other day in the record), a Dutch `Geaccepteerd door de product owner op 14 juli 2026 en ...`,
    edgexfoundry/edgex-docs' `** Approved ** via TSC vote on 2021-12-14` and `**Approved** (by TSC vote on
    3/25/21)`, a dotted day straight after the word (`Přijato 22.1.2026`): the record's day when it states no
    other. Near misses keep no day: a mark ending the status's clause (`Accepted; to be revisited after ...`), a
    word for a day ahead (`until`, `до`, a review), another state's day (EdgeX's `**Approved**` over `Original
    proposal 10/24/2020`), a slash day whose day and month could be swapped; a `Date:` line wins."""
    statuses = {
        1: "Принято владельцем 13.07.2026 (одобрение плана T1.1-INFRA).", 2: "Принято 13.07.2026 (основа compose-файла).",
        3: "Accepted by the owner 2026-07-13", 4: "Geaccepteerd door de product owner op 14 juli 2026 en technisch "
        "toegepast in de afgeronde Module 5C.2.", 5: "** Approved ** via TSC vote on 2021-12-14",
        6: "**Approved** (by TSC vote on 3/25/21)", 7: "Přijato 22.1.2026", 8: "Принято (23 июня 2026 г.)",
        9: "Accepted; to be revisited after 2027-01-01", 10: "Accepted until 2027-01-01", 11: "Принято до 01.01.2027",
        12: "Accepted pending review by 2027-01-01", 13: "Approved by TSC 04/08/2020",
        14: "**Approved**\nOriginal proposal 10/24/2020\nApproved by the TSC on 3/2/22", 15: "Accepted for release 2027-01-01"}
    for number, status in statuses.items():
        project.write(f"docs/adr/{number:04d}-a.md", f"# {number}. A\n\n## Status\n\n{status}\n\n## Context\n\nC.\n")
    project.write("docs/adr/0016-a.md", "# 16. A\n\nDate: 2025-01-02\n\n## Status\n\nПринято владельцем 13.07.2026\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("accepted", "2026-07-13"), ("accepted", "2026-07-13"), ("accepted", "2026-07-13"), ("accepted", "2026-07-14"),
        ("approved", "2021-12-14"), ("approved", "2021-03-25"), ("accepted", "2026-01-22"), ("accepted", "2026-06-23"),
        ("accepted", None), ("accepted", None), ("accepted", None), ("accepted", None), ("approved", None),
        ("approved", None), ("accepted", None), ("accepted", "2025-01-02")]


@pytest.mark.parametrize(("status", "state", "day"), [
    ("Implémenté et Validé le 29/01/2026.", "implemented", "2026-01-29"),  # charchess/hAIrem's 001
    ("Implemented and validated on 29/01/2026.", "implemented", "2026-01-29"),
    ("Accepté le 29/01/2026.", "accepted", "2026-01-29"),
    ("Implémenté, Validé le 29/01/2026.", "implemented", None),  # not joined: another state's day
])
def test_a_state_joined_to_the_status_by_and_is_reached_on_its_day(project: Project, status: str, state: str,
                                                                  day: str | None) -> None:
    """Audit 55 (lane a, 10c): `Implémenté et Validé le 29/01/2026.` (French `validé` is a status word, accepted)
    was left undated as a day of another state, while `Implemented and validated on ..` and `Accepté le ..` were
    dated: a state joined by `and` is reached that day too."""
    project.write("docs/adr/0001-a.md", f"# ADR 001: A\n\n## Contexte\nx\n\n## Statut\n{status}\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [(state, day)]


def test_a_relation_that_says_none_names_no_record_in_its_remark(project: Project) -> None:
    """Audit 55 (lane b, 6c; Giftedx/ha-ggis-hub 0006): `Supersedes: nothing (clarifies .. an earlier draft of
    `docs/research/2026-05-23-x.md`)` gave a `supersedes` link to that research note in JSON; the record says it
    supersedes nothing. A date-named record's file in a code span, with nothing said against it, still is one."""
    project.write("docs/decisions/0006-a.md", "# 0006 A\n\nStatus: accepted\nDate: 2020-01-02\nSupersedes: nothing "
                  "(clarifies an earlier draft of `docs/research/2020-01-01-canon.md`)\n\n## Context\n\nC.\n")
    project.write("docs/decisions/0007-b.md", "# 0007 B\n\nStatus: accepted\nDate: 2020-01-03\nSupersedes: "
                  "`20200101-old.md`\n\n## Context\n\nC.\n")
    rows = listed(project)
    assert [(row["supersedes"], [(link["kind"], link["id"]) for link in row["links"]]) for row in rows] == [
        ([], []), ([], [("supersedes", "20200101-old")])]


def test_a_heading_that_shows_the_front_matter_title_is_none(project: Project) -> None:
    """A site generator's expression as the page's heading (tech-docs-gem's `# <%= current_page.data.title %>`,
    Jekyll's `# {{ page.title }}`) is no title: the front matter's `title:` is, and record 000 so titled is a record,
    not the template; a title that only holds such braces among its words stays as written."""
    page = ("---\n{title}last_reviewed_on: 2024-12-19\nreview_in: 6 months\n---\n\n"
            "# {heading}\n\n## Status\n\n✅ Accepted\n")
    for n, title, heading in ((0, "title: ADR-000 Record Architecture Decisions\n", "<%= current_page.data.title %>"),
                              (1, "title: ADR-001 Use Cloud Platform\n", "{{ page.title }}"),
                              (2, "", "Use {{ page.title }} in templates")):
        project.write(f"docs/adr/adr-00{n}.md", page.format(title=title, heading=heading))
    assert [(row["number"], row["title"], row["revisit"]) for row in listed(project)] == [
        (0, "Record Architecture Decisions", "2025-06-19"), (1, "Use Cloud Platform", "2025-06-19"),
        (2, "Use {{ page.title }} in templates", "2025-06-19")]


def test_front_matter_in_a_yaml_code_block_opening_the_record_or_under_its_title(project: Project) -> None:
    """external-secrets' design records keep KEP-like front matter in a ```yaml block at the top or right under the
    title: read (and edited) as front matter; a block without `status:`, another language's, or one under a
    section heading is an example and stays unread."""
    block = "```yaml\n---\ntitle: CRD promotion\nauthors: Moritz Johner\ncreation-date: 2022-01-25\nstatus: {}\n---\n```\n"
    project.write("docs/adr/0001-x.md", block.format("implemented") + "\n# Operator CRD\n\nText.\n")
    project.write("docs/adr/0002-x.md", "# Provider Separation\n" + block.format("approved") + "\n## Context\n")
    project.write("docs/adr/0003-x.md", "# No status\n```yaml\n---\ntitle: T\ncreation-date: 2022-01-25\n---\n```\n")
    project.write("docs/adr/0004-x.md", "```json\n---\nstatus: accepted\n---\n```\n\n# Json\n")
    project.write("docs/adr/0005-x.md", "# Example\n\n## Example\n\n" + block.format("accepted"))
    assert [(row["title"], row["status"], row["date"]) for row in listed(project)] == [
        ("Operator CRD", "implemented", "2022-01-25"), ("Provider Separation", "approved", "2022-01-25"),
        ("No status", None, None), ("Json", None, None), ("Example", None, None)]
    assert project.run("status", "2", "accepted").exit_code == 0
    assert project.read("docs/adr/0002-x.md").startswith("# Provider Separation\n```yaml\n---\n")
    assert "status: accepted\n---\n```\n" in project.read("docs/adr/0002-x.md")


def test_related_records_in_a_closing_footer(project: Project) -> None:
    """buildflow-docs closes records with `---` then `**Related:**` and the records inline or as a list under it:
    relates-to; a list closing the body with no `**Related:**` over it, or without the break, names none, and a
    footer's status never overrides the one under the title."""
    head = "# {0}. X\n\nStatus: accepted\n\n## Decision\n\nD.\n\n"
    project.write("docs/adr/0001-x.md", head.format(1) + "---\n\n**Related:** ADR-002 (storage limits)\n")
    project.write("docs/adr/0002-x.md", head.format(2) + "---\n\n**Status**: rejected\n**Related:**\n- ADR-001 (a)\n- ADR-003 (b)\n")
    project.write("docs/adr/0003-x.md", head.format(3) + "---\n\n- ADR-001 (a)\n")
    project.write("docs/adr/0004-x.md", head.format(4) + "**Related:**\n- ADR-001 (a)\n")
    assert [(row["status"], row["relates_to"]) for row in listed(project)] == [
        ("accepted", [2]), ("accepted", [1, 3]), ("accepted", []), ("accepted", [])]


# Names and titles of less common logs


@pytest.mark.parametrize(("heading", "title", "number"), [
    # leynos' logs (wireframe, netsuke, rstest-bdd): the kind spelled out, then abbreviated in brackets
    ("Architectural decision record (ADR) 004: shared policy crate", "shared policy crate", 4),
    ("Architecture Decision Record (ADR): Adopt X", "Adopt X", None),
    ("Architecture decision record (ADR): Environment seam taxonomy", "Environment seam taxonomy", None),
    ("ADR (004): Use X", "Use X", 4),
    # near misses: the kind alone, a bracket that is no number, one left open
    ("Architectural Decision Record (ADR)", "Architectural Decision Record (ADR)", None),
    ("ADR (draft) review process", "ADR (draft) review process", None), ("ADR (004: Use X", "ADR (004: Use X", None),
])
def test_the_kind_abbreviated_in_brackets_is_a_titles_prefix(heading: str, title: str, number: int | None) -> None:
    """`# Architectural decision record (ADR) 004: shared policy crate` is `shared policy crate`, numbered 4, as
    `# Architecture Decision Record: Use X` is `Use X`; brackets holding anything but `ADR` or the number stay."""
    assert tuple(read_title(heading)) == (title, number)


def test_a_log_titled_with_the_kind_abbreviated_in_brackets(project: Project) -> None:
    """leynos/rstest-bdd's `# Architectural decision record (ADR) 004: shared policy crate` and leynos/netsuke's
    `# Architecture Decision Record (ADR): Adopt the Polonius ...` give the title alone, and no ADR104 (the
    number is the file's)."""
    project.write("docs/adr-004-policy-crate.md", NYGARD.format(
        n="Architectural decision record (ADR) 004:", title="shared policy crate", status="Accepted")
        .replace("004:.", "004:"))
    project.write("docs/adr-006-adopt-polonius.md", NYGARD.format(
        n="Architecture Decision Record (ADR):", title="Adopt the Polonius borrow checker", status="Accepted")
        .replace("(ADR):.", "(ADR):"))
    assert [(row["number"], row["title"]) for row in listed(project, "--dir", "docs")] == [
        (4, "shared policy crate"), (6, "Adopt the Polonius borrow checker")]
    assert json.loads(project.run("--dir", "docs", "validate", "--format", "json").stdout) == []


@pytest.mark.parametrize(("name", "number", "ident"), [
    # a compact day and its time (amberframework/amberframework.org's `20231019195329-x.md`): date-named
    ("20231019195329-flyio-hosting.md", None, "20231019195329-flyio-hosting"),
    ("202101141030-slug.md", None, "202101141030-slug"),
    # near misses: no time of day after the day, or another count of digits, is a number
    ("202101142530-x.md", 202101142530, "202101142530"), ("20210114103075-x.md", 20210114103075, "20210114103075"),
    ("2021011410-x.md", 2021011410, "2021011410"), ("20211314103000-x.md", 20211314103000, "20211314103000"),
])
def test_a_timestamp_names_a_record_by_its_day(name: str, number: int | None, ident: str) -> None:
    """A name opening with a day and its minute or second (12 or 14 digits) is date-named, as `20210114-x.md` is."""
    parsed = parse_name(name)
    assert parsed is not None and (parsed.number, parsed.id) == (number, ident)
    assert identity(name) == (number, ident, parsed.slug)


def test_a_log_named_by_timestamps_has_no_numbers(project: Project) -> None:
    """amberframework/amberframework.org's `docs/adr/20231019195329-architectural-decision-record.md`: no number
    (not 20231019195329), its id the file name; found by its id, and two of one minute are no duplicate."""
    for name in ("20231019195329-architectural-decision-record.md", "20231019195406-circleci-adoption.md",
                 "20231019195406-flyio-hosting.md"):
        project.write(f"docs/adr/{name}", NYGARD.format(n=1, title=name[15:-3], status="Accepted")
                      .replace("# 1. ", "# "))
    assert [(row["number"], row["id"]) for row in listed(project)] == [
        (None, "20231019195329-architectural-decision-record"), (None, "20231019195406-circleci-adoption"),
        (None, "20231019195406-flyio-hosting")]
    assert project.run("show", "20231019195406-flyio-hosting").exit_code == 0
    assert json.loads(project.run("validate", "--format", "json").stdout) == []


@pytest.mark.parametrize(("name", "record"), [
    ("000-index.md", False), ("0000-index.md", False), ("0000-adr-index.md", False), ("ADR-0000-index.md", False),
    ("0000-README.md", False), ("000_toc.md", False),
    # in the log's language (audit 53, lane c: tytsxai/exchange-platform's `ADR-000-索引.md` listed as record 0000)
    ("ADR-000-索引.md", False), ("0000-indice.md", False), ("0000-índice.md", False), ("0000-sommaire.md", False),
    ("0000-inhaltsverzeichnis.md", False), ("0000-目次.md", False), ("0000-목차.md", False),
    # near misses: a number other than 0, or other words, name a record
    ("0001-index.md", True), ("0000-indexing-strategy.md", True), ("0000-use-an-index.md", True),
    ("0001-索引.md", True), ("0000-indice-de-precios.md", True)])
def test_an_index_numbered_as_record_zero_is_no_record(name: str, record: bool) -> None:
    """DependencyTrack/hyades' `000-index.md`, the log's index page, is no record, as `index.md` is not."""
    assert (parse_name(name) is not None) == record


def test_two_numbered_index_pages_are_no_duplicate_records(project: Project) -> None:
    """hyades' `000-index.md` (the template in a code block under an introduction) beside a `0000-index.md`
    holding a table of the records' statuses: neither is listed, and validate says nothing of them (no ADR103,
    no ADR101)."""
    project.write("docs/architecture/decisions/000-index.md",
                  "Architecture decision records.\n\n```markdown\n| Status | Date |\n|---|---|\n| Proposed | |\n```\n")
    project.write("docs/architecture/decisions/0000-index.md",
                  "# Decisions\n\n| Record | Status | Date |\n|---|---|---|\n| 001 | Accepted | 2024-01-02 |\n")
    project.write("docs/architecture/decisions/001-drop-kafka.md", NYGARD.format(n=1, title="Drop Kafka",
                                                                                 status="Accepted"))
    assert [row["id"] for row in listed(project)] == ["001"]
    assert json.loads(project.run("validate", "--format", "json").stdout) == []


def test_a_read_me_numbered_zero_holding_the_template_draws_no_warning(project: Project) -> None:
    """abilian/abilian-sbe-monorepo's `notes/adrs/000-readme.md`, an introduction over the template (`# Title`,
    `Status: [Draft | Proposed | Accepted]`): ADR101 said its name had no number and advised `003-000-readme.md`.
    A read-me or a table of contents numbered 0 is the log's other document, as unnumbered; a record named for
    such a page with another number still is one."""
    project.write("notes/adrs/000-readme.md", "# Architecture Decision Records (ADRs) for X\n\nWhat they are.\n\n"
                  "# Title\n\nStatus: [Draft | Proposed | Accepted]\n\n## Context\n\nWhat is the issue?\n")
    project.write("notes/adrs/00_toc.md", "# Contents\n\nStatus: [Draft | Accepted]\n\n- [A](001-a1.md)\n")
    for number in (1, 2):
        project.write(f"notes/adrs/00{number}-a{number}.md", NYGARD.format(n=number, title="A", status="Accepted"))
    project.write("notes/adrs/003-changelog.md", NYGARD.format(n=3, title="Keep a change log", status="Accepted"))
    assert [row["id"] for row in listed(project)] == ["001", "002", "003"]
    assert json.loads(project.run("validate", "--format", "json").stdout) == []


def test_a_capitalised_title_key_in_front_matter_titles_a_record_without_a_heading(project: Project) -> None:
    """HMCTS' Backstage ADR template (hmcts/backstage-hmcts-examples): `Title: Example ADR template` in front
    matter, capitalised as its `Date:` and `Deciders:` are, over `## Status`, is the title (no ADR201); a level-1
    heading still wins over it."""
    front = "---\nTitle: {title}\nDate: 2021-04-17\nDeciders: Jack Maloney, Hen Wagner\n---\n{heading}## Status\n\n" \
            "Proposed — under review by CoE team.\n\n## Context\n\nC.\n"
    project.write("docs/adrs/0001-test-use-adrs-backstage.md", front.format(title="Example ADR template", heading=""))
    project.write("docs/adrs/0002-demo.md", front.format(title="Demo", heading="# Demo of the ADR template\n\n"))
    assert [(row["title"], row["status"], row["date"]) for row in listed(project)] == [
        ("Example ADR template", "proposed", "2021-04-17"), ("Demo of the ADR template", "proposed", "2021-04-17")]
    assert json.loads(project.run("validate", "--format", "json").stdout) == []


def test_a_log_numbering_its_records_after_three_words_beside_its_template(project: Project) -> None:
    """opendatahub-io's logs by component (`ODH-ADR-Operator-0001-x.md`, `ODH-ADR-MS-0002-x.md`) beside the
    template named under the organisation's letters (`ODH-ADR-0000-template.md`): 36 records listed with no
    number, and ADR101 advised renaming the template `..-0008-0000-template.md`. The letters may be three words;
    the template is the log's template; `adr new` names the next record as they are."""
    table = "# ODH-ADR-Operator-000{n}: Title {n}\n\n| | |\n| --- | --- |\n| **Status** | Accepted |\n" \
            "| **Date** | 2020-01-0{n} |\n\n## Context\n\nC.\n"
    for number in (1, 2):
        project.write(f"docs/operator/ODH-ADR-Operator-000{number}-title-{number}.md", table.format(n=number))
    project.write("docs/operator/ODH-ADR-0000-template.md", "# ODH-ADR-XXXX: Title\n\n| **Status** | Proposed |\n")
    area = ("--dir", "docs/operator")
    assert [(row["number"], row["id"], row["title"]) for row in listed(project, *area)] == [
        (1, "0001", "Title 1"), (2, "0002", "Title 2")]
    assert json.loads(project.run(*area, "validate", "--format", "json").stdout) == []
    assert project.run(*area, "new", "Use Z").stdout == "docs/operator/ODH-ADR-Operator-0003-use-z.md\n"


def test_a_log_numbering_its_records_after_its_letters(project: Project) -> None:
    """dapr's `docs/decision_records/api/API-001-state-store-api-design.md` (`# API-001: State store API design`),
    one log per area, named by `--dir`: record 1, titled without the letters and number its title repeats, no
    ADR101 "no number" and no ADR104; `adr new` names the next record as they are (`API-003-x.md`). Such names
    alone make no log found."""
    nygard = "# {heading}\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n"
    project.write("docs/decision_records/api/API-001-state-store-api-design.md",
                  nygard.format(heading="API-001: State store API design"))
    project.write("docs/decision_records/api/API-002-actor-api-design.md", nygard.format(heading="Actor API design"))
    project.write("docs/decision_records/api/README.md", "# API decisions\n")
    nothing = project.run("list")  # such names alone find no log: `--dir` (or config) names it
    assert (nothing.exit_code, nothing.stderr.startswith("adr: no decision log found")) == (2, True)
    area = ("--dir", "docs/decision_records/api")
    assert [(row["number"], row["id"], row["title"]) for row in listed(project, *area)] == [
        (1, "001", "State store API design"), (2, "002", "Actor API design")]
    assert json.loads(project.run(*area, "validate", "--format", "json").stdout) == []
    assert project.run(*area, "new", "Content type").exit_code == 0
    assert (project.root / "docs/decision_records/api/API-003-content-type.md").is_file()
    assert [row["number"] for row in listed(project, *area)] == [1, 2, 3]
    # near misses: gRPC's proposals, several series in one directory (`A27-x.md` beside `G1-x.md`), are read as
    # before (none, ADR101 says why, advising no number); lettered names beside records numbered as adr reads
    # them (`v2-api.md`, `step1-setup.md` beside `0001-x.md`) are no records; `adr-`, `RFC` and date names are
    # read as ever
    proposal = "{title}\n----\n\n* Status: Ready for Implementation\n* Last Updated: 2021-04-19\n\n## Abstract\n\nA.\n"
    project.write("proposals/A27-xds-based-global-load-balancing.md", proposal.format(title="xDS load balancing"))
    project.write("proposals/G1-true-binary-metadata.md", proposal.format(title="True binary metadata"))
    assert listed(project, "--dir", "proposals") == []
    assert [(f["code"], f["severity"]) for f in json.loads(project.run(
        "--dir", "proposals", "validate", "--format", "json").stdout)] == [("ADR101", "warning"), ("ADR101", "warning")]
    project.write("docs/adr/0001-use-adrs.md", NYGARD.format(n=1, title="Use ADRs", status="Accepted"))
    project.write("docs/adr/v2-api.md", NYGARD.format(n=2, title="V2 API", status="Accepted").replace("# 2. ", "# "))
    project.write("docs/adr/step1-setup.md", "# Step 1\n\nSet up.\n")
    project.write("docs/adr/adr-002-x.md", NYGARD.format(n=2, title="X", status="Accepted"))
    project.write("docs/adr/RFC-0003-y.md", NYGARD.format(n=3, title="Y", status="Accepted"))
    project.write("docs/adr/2021-04-19-z.md", NYGARD.format(n=1, title="Z", status="Accepted").replace("# 1. ", "# "))
    assert [(row["number"], row["id"]) for row in listed(project, "--dir", "docs/adr")] == [
        (1, "0001"), (2, "002"), (3, "0003"), (None, "2021-04-19-z")]


def test_a_log_numbering_its_records_before_a_dot(project: Project) -> None:
    """DITP-pilotage/pilote-2 names its records by hand, `doc/adr/001. Enregistrement des décisions concernant
    l'architecture dans des ADR.md` (`# 001. Enregistrement …`, `Date : 2022-11-02`) and
    `002.Installer_ppg_metadata.md`: records 1 and 2, titled without their number, and no ADR101 "no number";
    `adr new` numbers the next one 3, named as they are. Near misses: a version's and a day's dots
    (`1.2-upgrade.md`, `2024.01.15-x.md`) and one unpadded chapter (`1. Introduction.md`) make no record, nor does
    such a name beside records named as adr reads them."""
    first = ("# 001. Enregistrement des décisions concernant l'architecture dans des ADR\n\nDate : 2020-11-02\n\n"
             "## Contexte\n\nC.\n\n## Décision\n\nD.\n\n## État\n\nAccepté.\n")
    project.write("doc/adr/001. Enregistrement des décisions concernant l'architecture dans des ADR.md", first)
    project.write("doc/adr/002.Installer_ppg_metadata.md", "# Installer PPG METADATA\n\n## prérequis\n\nP.\n")
    assert [(row["number"], row["id"], row["title"], row["date"]) for row in listed(project)] == [
        (1, "001", "Enregistrement des décisions concernant l'architecture dans des ADR", "2020-11-02"),
        (2, "002", "Installer PPG METADATA", None)]
    assert json.loads(project.run("validate", "--format", "json").stdout) == []
    assert project.run("new", "Choisir une base").exit_code == 0
    assert [row["number"] for row in listed(project)] == [1, 2, 3]
    assert sorted(path.name for path in (project.root / "doc/adr").glob("003*")) == ["003. Choisir une base.md"]
    for name in ("1.2-upgrade.md", "2024.01.15-x.md", "1. Introduction.md"):
        project.write(f"notes/{name}", "# Notes\n\n## Status\n\nAccepted\n")
    assert listed(project, "--dir", "notes") == []
    project.write("docs/adr/0001-use-adrs.md", NYGARD.format(n=1, title="Use ADRs", status="Accepted"))
    project.write("docs/adr/2. Notes.md", NYGARD.format(n=2, title="Notes", status="Accepted"))
    project.write("docs/adr/003. More notes.md", NYGARD.format(n=3, title="More notes", status="Accepted"))
    assert [row["number"] for row in listed(project, "--dir", "docs/adr")] == [1]


def test_a_log_numbering_its_records_after_their_words(project: Project) -> None:
    """RedHatProductSecurity/trestle-bot's `docs/architecture/decisions/record-architecture-decisions_000.md` and
    `implement-cli-framework_001.md` (compliance-trestle's `trestle author docs`: `title:` and `status:` in front
    matter, `# ADR 001 - Implement CLI Framework`): records 0 and 1, and no ADR101 "no number" on either; `adr new`
    names the next as they are (`choose-a-queue_002.md`). Near misses: one such name alone (`notes-of-a-meeting_001.md`),
    names joined or padded unlike (`a_001.md`, `b-0002.md`), and such names beside records numbered as adr reads
    them, are no records; unpadded or lettered ends (`release-2021.md`, `plan_v2.md`) number none: where a name says
    the folder is a log, they are records named by their words alone."""
    trestle = "---\nx-trestle-template-version: 0.0.1\ntitle: {title}\nstatus: accepted\n---\n\n{heading}## Context\n\nC.\n"
    project.write("docs/architecture/decisions/record-architecture-decisions_000.md",
                  trestle.format(title="Record architecture decisions", heading=""))
    project.write("docs/architecture/decisions/implement-cli-framework_001.md",
                  trestle.format(title="Implement CLI Framework", heading="# ADR 001 - Implement CLI Framework\n\n"))
    assert [(row["number"], row["id"], row["title"], row["status"]) for row in listed(project)] == [
        (0, "000", "Record architecture decisions", "accepted"), (1, "001", "Implement CLI Framework", "accepted")]
    assert json.loads(project.run("validate", "--format", "json").stdout) == []
    assert project.run("new", "Choose a queue").exit_code == 0
    assert (project.root / "docs/architecture/decisions/choose-a-queue_002.md").is_file()
    assert [row["number"] for row in listed(project)] == [0, 1, 2]
    for folder, names in {"one": ["notes-of-a-meeting_001.md"], "unpadded": ["release-2021.md", "plan_v2.md", "x_12.md"],
                          "unlike": ["a_001.md", "b-0002.md"]}.items():
        for name in names:
            project.write(f"{folder}/{name}", "# Notes\n\n## Status\n\nAccepted\n")
        expected = [(None, name[:-3]) for name in sorted(names)] if folder == "unpadded" else []
        assert [(row["number"], row["id"]) for row in listed(project, "--dir", folder)] == expected
    project.write("docs/adr/0001-use-adrs.md", NYGARD.format(n=1, title="Use ADRs", status="Accepted"))
    project.write("docs/adr/some-notes_002.md", NYGARD.format(n=2, title="Notes", status="Accepted"))
    project.write("docs/adr/more-notes_003.md", NYGARD.format(n=3, title="More notes", status="Accepted"))
    assert [row["number"] for row in listed(project, "--dir", "docs/adr")] == [1]


def test_a_short_name_numbered_after_its_words_stays_in_its_log(project: Project, repo: GitRepo) -> None:
    """A name of one or two words numbered after them (`use-tekton_002.md`, `notes_001.md`) fits the lettered scheme
    too, as a series of one: it must not take the log of `slug_NNN.md` names (or of `001. X.md` names) it sits in,
    nor `adr new`'s own `use-tekton_003.md`; and `adr log` follows such a log's records, as it follows a numbered
    log's (it listed nothing for them)."""
    folder = "docs/architecture/decisions"
    for name in ("record-architecture-decisions_000.md", "implement-cli-framework_001.md",
                 "adopt-a-shared-library-layout_002.md"):
        project.write(f"{folder}/{name}", NYGARD.format(n=1, title=name[:-8], status="Accepted"))
    repo.commit("Add the records", "2021-04-19T10:00:00+00:00")
    assert project.run("new", "Use Tekton").exit_code == 0
    assert (project.root / folder / "use-tekton_003.md").is_file()
    assert [row["number"] for row in listed(project)] == [0, 1, 2, 3]
    project.write(f"{folder}/notes_004.md", NYGARD.format(n=4, title="Notes", status="Accepted"))
    assert [row["number"] for row in listed(project)] == [0, 1, 2, 3, 4]
    logged = json.loads(project.run("log", "--format", "json").stdout)
    assert sorted({event["number"] for event in logged}) == [0, 1, 2]
    project.write("dotted/001. Enregistrement des décisions.md", NYGARD.format(n=1, title="E", status="Accepted"))
    project.write("dotted/002.Installer_ppg_metadata.md", NYGARD.format(n=2, title="I", status="Accepted"))
    project.write("dotted/release_001.md", "# Release notes\n")
    assert [row["title"] for row in listed(project, "--dir", "dotted")] == ["E", "I"]


def test_a_title_bullet_over_the_records_own_numbered_title_leaves_it_the_title(project: Project) -> None:
    """A list naming a `Title:` over `# 3. Use Kafka for events` in `0003-x.md`: the heading numbered as the record
    is adr-tools' title, not a section of the body as RIOT's `# 1. Abstract` in `rdm0002.md` is."""
    project.write("doc/adr/0003-use-kafka.md", "- Title: Use Kafka\n- Owner: Ann\n\n# 3. Use Kafka for events\n\n"
                  "## Status\n\nAccepted\n")
    project.write("doc/adr/0004-use-redis.md", "- Title: Use Redis\n- Status: accepted\n- Date: 2021-01-01\n\n"
                  "# 4. Use Redis for caching\n\nR.\n")
    project.write("doc/adr/0005-x.md", "- Title: X\n- Status: Active\n\n# \u00b2. Abstract\n\nA.\n")
    assert [(row["number"], row["title"]) for row in listed(project, "--dir", "doc/adr")] == [
        (3, "Use Kafka for events"), (4, "Use Redis for caching"), (5, "². Abstract")]


def test_a_lettered_note_alone_or_beside_a_lettered_log_is_no_record(project: Project) -> None:
    """A name with a plain number alone (`v2-migration.md` in `docs/adr/`) says nothing of decisions: no record, and
    `adr new` writes `0001-x.md`, not `v3-x.md`; a note of other letters (`step1-notes.md`) beside a log numbered
    after its letters (`API-001-x.md` ...) leaves that log read, and `adr new` goes on with its names."""
    project.write("docs/adr/v2-migration.md", "# Migrating to v2\n\n## Status\n\nAccepted\n")
    assert listed(project) == []
    assert project.run("new", "First real").exit_code == 0
    assert (project.root / "docs/adr/0001-first-real.md").is_file()
    nygard = "# {title}\n\n## Status\n\nAccepted\n"
    for number in (1, 2, 3):
        project.write(f"api/API-00{number}-x{number}.md", nygard.format(title=f"X{number}"))
    project.write("api/step1-notes.md", "# Notes\n")
    assert [row["number"] for row in listed(project, "--dir", "api")] == [1, 2, 3]
    assert project.run("--dir", "api", "new", "Fourth").exit_code == 0
    assert (project.root / "api/API-004-fourth.md").is_file()


def test_reference_documents_and_memos_numbered_after_their_letters(project: Project) -> None:
    """tock's `doc/reference/trd104-syscalls.md` (a setext title, `**TRD:** 104`) and a title repeating its letters
    (`# TRD 105: Time`), RIOT's `rdm0001.md` and phodal/adr's `prefix` (CaenCamp/jobs-caen-camp's
    `doc/adr/ccc-jb-001-x.md`, in a log found by its name): records numbered so; an unnumbered TRD draft
    (`trd-appid.md`) is advised the log's next name, not `0106-trd-appid.md`."""
    trd = "{title}\n========\n\n**TRD:** {n} <br/>\n**Status:** Draft <br/>\n\nAbstract\n--------\n\nA.\n"
    project.write("doc/reference/trd1-trds.md", trd.format(title="TRD Structure and Keywords", n=1))
    project.write("doc/reference/trd104-syscalls.md", trd.format(title="System Calls", n=104))
    project.write("doc/reference/trd105-time.md", "# TRD 105: Time\n\n**Status:** Draft\n\n## Abstract\n\nA.\n")
    project.write("doc/reference/trd-appid.md", trd.format(title="Application IDs", n="").replace(" <br/>", ""))
    assert [(row["number"], row["title"], row["status"]) for row in listed(project, "--dir", "doc/reference")] == [
        (1, "TRD Structure and Keywords", "draft"), (104, "System Calls", "draft"), (105, "Time", "draft")]
    assert [(f["path"], f["code"], f["message"].rsplit(" ", 1)[-1]) for f in json.loads(project.run(
        "--dir", "doc/reference", "validate", "--format", "json").stdout)] == [
        ("doc/reference/trd-appid.md", "ADR101", "trd106-appid.md")]
    project.write("doc/memos/rdm0001.md", "# RDM 1: Memo format\n\n## Status\n\nActive\n")
    assert [(row["id"], row["title"]) for row in listed(project, "--dir", "doc/memos")] == [("0001", "Memo format")]
    project.write("doc/adr/ccc-jb-001-utiliser-les-adrs.md",
                  "# 1. Utilisation des ADR.s\n\nDate: 2020-03-04\n\n## Statut\n\n2020-03-25 accepted\n")
    assert [(row["number"], row["title"], row["status"]) for row in listed(project)] == [
        (1, "Utilisation des ADR.s", "accepted")]



def test_a_memo_s_title_bullet_over_numbered_sections(project: Project) -> None:
    """RIOT-OS/RIOT's developer memos (`doc/memos/rdm0002.md`): no title heading, PEP-like bullets (`- RDM: 2` /
    `- Title: The IEEE802.15.4 radio HAL` / `- Status: Deprecated by RDM 0004`, indented one blank in
    `rdm0001.md`), then numbered sections (`# 1. Abstract`) or `## Abstract` before `# 1. Introduction`: the
    `Title:` bullet is the title (it was `Abstract`, `Introduction`), the `Status:` bullet the status
    (deprecated: no supersede relation), and no ADR104 for a section's number; the memo on memos' example link
    (`[RDM XXXX](./rdmXXXX.md)`) is no dangling link. Near misses: a list over an unnumbered `# Title` keeps the
    heading as the title, and so does a list with no `Title:` over `# 1. Details`; a link to a numbered record
    that is missing is still ADR403."""
    memo = "{space}- RDM: {n}\n{space}- Title: {title}\n{space}- Status: {status}\n- Created: March 2020\n\n{body}"
    project.write("doc/memos/rdm0000.md", memo.format(
        space="", n=0, title="Memo Format", status="Active",
        body="## Abstract\n\nA.\n\n## Status\n\nThis document is a product of the community.\n\n# 1. Introduction\n\n"
             "Its status says \"deprecated by [RDM XXXX](./rdmXXXX.md)\".\n"))
    project.write("doc/memos/rdm0001.md", memo.format(space=" ", n=1, title="Design Goals", status="Active",
                                                      body="## Abstract\n\nA.\n\n# 1. Introduction\n\nI.\n"))
    project.write("doc/memos/rdm0002.md", memo.format(
        space="", n=2, title="The IEEE802.15.4 radio HAL", status="Deprecated by RDM 0004",
        body="# 1. Abstract\n\nA.\n\n# 2. Status\n\nThis document is currently under open discussions.\n\n"
             "## 2.1 Terminology\n\nSee [RDM 3](./rdm0003.md).\n"))
    project.write("doc/memos/rdm0004.md", memo.format(space="", n=4, title="Listed", status="Active",
                                                      body="# Radio HAL\n\nA.\n"))
    project.write("doc/memos/rdm0005.md", "- RDM: 5\n- Status: Active\n\n## Summary\n\nS.\n\n# 5. Details\n\nD.\n")
    rows = listed(project, "--dir", "doc/memos")
    assert [(row["number"], row["title"]) for row in rows] == [
        (0, "Memo Format"), (1, "Design Goals"), (2, "The IEEE802.15.4 radio HAL"), (4, "Radio HAL"), (5, "Details")]
    assert [(row["status"], row["superseded_by"]) for row in rows[:3]] == [
        ("active", []), ("active", []), ("deprecated", [])]
    assert [(f["path"], f["code"]) for f in json.loads(project.run(
        "--dir", "doc/memos", "validate", "--format", "json").stdout)] == [("doc/memos/rdm0002.md", "ADR403")]


def test_a_numbered_title_written_without_a_blank_after_its_hash_is_the_title(project: Project) -> None:
    """`#25. Automatic code merging` (one record of a DFE-Digital log: a paragraph to Markdown, the title to its
    reader) gives the title, and a number other than the file's is reported as any title's (ADR104). Near miss:
    an issue's reference opening a record (`#26 was merged`) is no title."""
    body = "\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n"
    project.write("decisions/0025-automatic-code-merging.md", "#25. Automatic code merging" + body)
    project.write("decisions/0026-a.md", "#26 was merged" + body)
    project.write("decisions/0027-b.md", "#25) Automatic code merging" + body)
    assert [(row["number"], row["title"]) for row in listed(project)] == [
        (25, "Automatic code merging"), (26, None), (27, "Automatic code merging")]
    codes = [(f["path"].rsplit("/", 1)[-1], f["code"]) for f in json.loads(project.run("validate", "--format", "json").stdout)]
    assert ("0027-b.md", "ADR104") in codes and ("0025-automatic-code-merging.md", "ADR104") not in codes


def test_a_title_written_as_another_record_s_file_name_gives_that_number(project: Project) -> None:
    """cloudoperators/documentation's `011-greenhouse-plugin-lifecycle.md` opens `# 013-greenhouse-plugin-lifecycle`
    (a heading copied from another record's name): the title is the words, and the number, padded as the file's
    is, is another record's (ADR104), as `# 013 Title` is; it kept `013-` in the title and said nothing. Near
    misses keep their words: an unpadded number (`3-tier X` in `0003-3-tier-x.md`), a year (`2019-roadmap`)."""
    for name, title in (("011-greenhouse-plugin-lifecycle.md", "013-greenhouse-plugin-lifecycle"),
                        ("009-greenhouse-helm.md", "009-greenhouse-helm-controller-ng"),
                        ("003-3-tier-x.md", "3-tier X"), ("012-x.md", "2019-roadmap")):
        project.write(f"decisions/{name}", f"# {title}\n\n- Status: accepted\n")
    assert [(row["number"], row["title"]) for row in listed(project)] == [
        (3, "3-tier X"), (9, "greenhouse-helm-controller-ng"), (11, "greenhouse-plugin-lifecycle"), (12, "2019-roadmap")]
    codes = [(f["path"].rsplit("/", 1)[-1], f["code"], f["message"])
             for f in json.loads(project.run("validate", "--format", "json").stdout) if f["severity"] == "error"]
    assert codes == [("011-greenhouse-plugin-lifecycle.md", "ADR104", "title number 13 differs from the file's number 11")]


@pytest.mark.parametrize("key", ["Date of decision", "Decided on", "Accepted on", "Date of submission",
                                 "Submission date", "Submitted on"])
def test_a_day_under_a_name_of_its_own_dates_the_record(project: Project, key: str) -> None:
    """Anthony-Nolan/Atlas writes `Date of submission: 2019-06-21` under the title (no `Date:`), others `Date of
    decision:`, `Decided on:`, `Accepted on:`: the record's day (none was read), as `Decision date:` already was;
    a `Date:` line written before it wins."""
    project.write("decisions/0001-a.md", f"# 1. A\n\n{key}: 2019-06-21\n\n## Status\n\nAccepted\n")
    project.write("decisions/0002-b.md", f"# 2. B\n\nDate: 2019-01-02\n{key}: 2019-06-21\n\n## Status\n\nAccepted\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("accepted", "2019-06-21"), ("accepted", "2019-01-02")]


def test_a_numbered_title_underlined_as_restructuredtext_does_is_the_title(project: Project) -> None:
    """palantir/atlasdb's adr-tools records, published with Sphinx, open `1. Record architecture decisions` over a
    row of `*` (a rule to Markdown): the title, its number read as `# 1. ...`'s is (all 18 had none). Near miss:
    an unnumbered line over a rule (`Some intro` / `****`) is no title."""
    project.write("decisions/0001-record-architecture-decisions.md", "1. Record architecture decisions\n"
                  "********************************\n\nDate: 13/04/2016\n\n## Status\n\nAccepted\n")
    project.write("decisions/0002-b.md", "2. Batch requests\n^^^^^^^^^^^^^^^^^\n\n## Status\n\nAccepted\n")
    project.write("decisions/0003-c.md", "Some intro\n****\n\n## Status\n\nAccepted\n")
    assert [(row["number"], row["title"], row["date"]) for row in listed(project)] == [
        (1, "Record architecture decisions", "2016-04-13"), (2, "Batch requests", None), (3, None, None)]


def test_a_day_s_key_line_written_as_a_list_item_dates_the_record(project: Project) -> None:
    """konflux-ci/architecture's records over four years: `* Date: 2024-06-21` under front matter that gives no
    day, `* Date 2023-02-10` (no colon), `* Date Documented:` over `* Date Accepted:` (the accepted day, as the
    same lines without bullets give) over an adr-tools Status section: each dates the record (none did). Near
    miss: another bullet there (`* Status: proposed` after a rule) is still no key line."""
    project.write("decisions/0037-a.md", "---\nstatus: Accepted\n---\n\n# 37. A\n\n* Date: 2024-06-21\n\n## Context\n\nC.\n")
    project.write("decisions/0017-b.md", "# 17. B\n\n* Date 2023-02-10\n\n## Status\n\nAccepted\n")
    project.write("decisions/0016-c.md", "# 16. C\n\n* Date Documented: 2023-02-08\n* Date Accepted: 2023-02-27\n\n"
                  "## Status\n\nAccepted\n")
    project.write("decisions/0018-d.md", "# 18. D\n\n**Note**\n\n***\n\n* Status: proposed\n")
    assert [(row["number"], row["status"], row["date"]) for row in listed(project)] == [
        (16, "accepted", "2023-02-27"), (17, "accepted", "2023-02-10"), (18, None, None), (37, "accepted", "2024-06-21")]


def test_a_title_carrying_its_file_s_number_after_its_words_or_other_letters(project: Project) -> None:
    """LBHackney-IT's pages carry their number after the title (`Partition Strategy - ADR 004`, in front matter or a
    heading; `X (ADR-003)`), Tekton's and Kubernetes' proposals before it after letters of their own (`TEP-0001:
    Tekton ...`, `KEP-0005: W`): the words alone, as `ADR-004: X` gives them. Near misses keep their words: another
    record's number (`Y - ADR 7` in file 8), a word with a digit (`Use HTTP-2: for APIs`), one that only equals the
    file's number (`UTF-8: X` in file 0008), an RFC's (`Use OAuth 2 (RFC 10)` in file 0010)."""
    for name, title in (("004-partition-strategy.md", "Partition Strategy - ADR 004"), ("003-x.md", "X (ADR-003)"),
                        ("0001-tep.md", "TEP-0001: Tekton Enhancement Proposal Process"),
                        ("0005-kep.md", "KEP-0005: W"), ("0007-y.md", "Y - ADR 7"), ("0002-http.md", "Use HTTP-2: for APIs"),
                        ("0008-utf.md", "UTF-8: the one encoding"), ("0010-oauth.md", "Use OAuth 2 (RFC 10)")):
        project.write(f"decisions/{name}", f"# {title}\n\n## Status\n\nAccepted\n")
    project.write("decisions/0006-p.md", '---\ntitle: "Partition Strategy - ADR 006"\nstatus: accepted\n---\n\nBody.\n')
    assert [(row["number"], row["title"]) for row in listed(project)] == [
        (1, "Tekton Enhancement Proposal Process"), (2, "Use HTTP-2: for APIs"), (3, "X"), (4, "Partition Strategy"),
        (5, "W"), (6, "Partition Strategy"), (7, "Y"), (8, "UTF-8: the one encoding"), (10, "Use OAuth 2 (RFC 10)")]


def test_a_day_named_last_modified_initial_or_established_dates_a_record_with_no_other(project: Project) -> None:
    """HHS/simpler-grants-gov's template writes `* **Last Modified:** 2023-06-26` (as MADR 2 defines its date), as a
    bullet or a line; CDCgov's `Initial date: 2022-12-21` over `Updated: 2025-01-07`; Rancher's `## Established`
    section: each dates the record (none did); a `Created:` line before `Last updated:` still wins."""
    project.write("decisions/0001-a.md", "# Use A\n\n* Status: accepted\n* **Last Modified:** 2023-04-05\n")
    project.write("decisions/0002-b.md", "# 2. B\n\nLast Modified: 2023-04-06\n\n## Status\n\nAccepted\n")
    project.write("decisions/0003-c.md", "# 3. C\n\n## Status\n\nAccepted\n\n## Established\n\n2022-03-04\n\n"
                  "## Context\n\nC.\n")
    project.write("decisions/0004-d.md", "# 4. D\n\nInitial date: 2022-12-21\nUpdated: 2025-01-07\n\n## Status\n\n"
                  "Accepted\n")
    project.write("decisions/0005-e.md", "# 5. E\n\nCreated: 2022-12-22\nLast updated: 2025-01-07\n\n## Status\n\n"
                  "Accepted\n")
    assert [row["date"] for row in listed(project)] == [
        "2023-04-05", "2023-04-06", "2022-03-04", "2022-12-21", "2022-12-22"]


def test_a_day_a_record_was_changed_or_put_forward_never_beats_its_decision_s(project: Project) -> None:
    """`Last updated:` over a status history (`Proposed 2019-12-09` / `Accepted 2020-01-01`) leaves the history's day
    (a day the record changed is its day only when nothing else dates it); `Date of submission:` over `Date of
    decision:`, `Submitted on:` over `Accepted on:` and `Initial date:` over `Date:` give the decision's; prose
    that opens with such words and no colon (`Last modified 2 weeks ago by ...`, `Established 2015 as ...`) is no
    day, and no ADR304 finding."""
    project.write("decisions/0001-a.md", "# 1. A\n\nLast updated: 2021-05-01\n\n## Status\n\nProposed 2019-12-09\n"
                  "Accepted 2020-01-01\n")
    project.write("decisions/0002-b.md", "# 2. B\n\nDate of submission: 2020-01-01\nDate of decision: 2020-03-03\n\n"
                  "## Status\n\nAccepted\n")
    project.write("decisions/0003-c.md", "# 3. C\n\nSubmitted on: 2020-01-01\nAccepted on: 2020-02-02\n\n"
                  "## Status\n\nAccepted\n")
    project.write("decisions/0004-d.md", "# 4. D\n\nInitial date: 2020-03-03\nDate: 2021-01-01\n\n## Status\n\nAccepted\n")
    project.write("decisions/0005-e.md", "# 5. E\n\nLast modified 2 weeks ago by the platform team\n\n"
                  "## Status\n\nAccepted\n")
    project.write("decisions/0006-f.md", "# 6. F\n\nEstablished 2015 as the baseline, this covers all services.\n\n"
                  "## Status\n\nAccepted\n")
    assert [row["date"] for row in listed(project)] == [
        "2020-01-01", "2020-03-03", "2020-02-02", "2021-01-01", None, None]
    assert json.loads(project.run("validate", "--format", "json").stdout) == []


def test_titles_and_statuses_of_runs_past_what_int_reads_give_no_number(project: Project) -> None:
    """A title of 20,000 digits (`# 111…1. x`, `#111…1. x`, over a row of `*`, `# TEP-111…1: x`) and a status of
    2,000 lost comments (`Draft <-- --> <-- --> ...`) ended `adr list` in an internal error (int() past its limit, a
    recursion): they give no number and `draft`."""
    ones = "1" * 20000
    project.write("decisions/0001-a.md", f"# {ones}. x\n\n## Status\n\nAccepted\n")
    project.write("decisions/0002-b.md", f"#{ones}. x\n\n## Status\n\nAccepted\n")
    project.write("decisions/0003-c.md", f"{ones}. x\n{'*' * 40}\n\n## Status\n\nAccepted\n")
    project.write("decisions/0004-d.md", f"# TEP-{ones}: x\n\n## Status\n\nAccepted\n")
    project.write("decisions/0005-e.md", "# 5. E\n\n## Status\n\nDraft " + "<-- --> " * 2000 + "\n")
    rows = listed(project)
    assert [row["status"] for row in rows] == ["accepted"] * 4 + ["draft"]
    assert [row["title"][:5] for row in rows[:4]] == ["11111", "11111", "11111", "TEP-1"]


def test_keyed_fields_apart_by_pipes_on_one_line(project: Project) -> None:
    """wagov-dtt writes `**Status:** Accepted | **Date:** 2025-03-26 | **Review:** 2026-03-26` under each title: the
    status and the day (the status kept ` |`, which read as the template's choices: no status and a false ADR301
    error on 20 records). Near miss: `**Status:** Proposed | Accepted | Rejected` stays the template's choices."""
    project.write("decisions/0001-a.md", "# 1. A\n\n**Status:** Accepted | **Date:** 2020-03-26 | **Review:** 2021-03-26\n\n"
                  "## Context\n\nC.\n")
    project.write("decisions/0002-b.md", "# 2. B\n\n**Status:** Proposed | Accepted | Rejected\n\n## Context\n\nC.\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [("accepted", "2020-03-26"), (None, None)]
    codes = [(f["path"].rsplit("/", 1)[-1], f["code"], f["severity"])
             for f in json.loads(project.run("validate", "--format", "json").stdout)]
    assert ("0001-a.md", "ADR301", "error") not in codes and ("0002-b.md", "ADR301", "error") in codes


def test_drctl_keys_in_camel_case_a_sort_prefix_and_a_month_to_revisit(project: Project) -> None:
    """danjmfox/decision-record (drctl): front matter `dateCreated:` / `dateAccepted:` / `reviewDate:` date the
    record and give its revisit point (all were lost: the review day is kept only after the record's); a status
    behind a Jekyll sort prefix (`_3_agreed`, The-Microservice-Dungeon) is the word; a revisit month in words
    (`November 2020`) is that month, as `2020-11` is; a closing `**Review Date:**` is one too."""
    project.write("docs/adr/0001-a.md", "---\nstatus: accepted\ndateCreated: 2020-04-29\ndateAccepted: 2020-04-30\n"
                  "reviewDate: 2021-04-29\n---\n# A\n")
    project.write("docs/adr/0002-b.md", "---\nstatus: _3_agreed\ndate: 2020-01-01\nrevisit: November 2020\n---\n# B\n")
    project.write("docs/adr/0003-c.md", "# 3. C\n\nDate: 2020-11-02\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n\n"
                  "---\n\n**Review Date:** 2020-12-02\n")
    assert [(row["status"], row["date"], row["revisit"]) for row in listed(project)] == [
        ("accepted", "2020-04-30", "2021-04-29"), ("agreed", "2020-01-01", "November 2020"),
        ("accepted", "2020-11-02", "2020-12-02")]
    due = json.loads(project.run("due", "--as-of", "2030-01-01", "--format", "json").stdout)
    assert len(due) == 3


def test_a_day_s_key_with_a_remark_in_brackets_or_a_dash_before_the_day(project: Project) -> None:
    """`**Date (UTC)**: 2026-02-06`, `Date (UTC): 2026-02-07 10:00 UTC` (the remark says the day's time zone, as
    agents write it) and heritagefund's `Date – 2019-07-23` (a dash for the colon) date their records: all were
    lost. Near misses: words after the dash date nothing; the remark with no colon after it is no key."""
    for number, line in enumerate(("**Date (UTC)**: 2026-02-06", "Date (UTC): 2026-02-07 10:00 UTC",
                                   "Date – 2019-07-23", "Decided – two weeks ago", "Date (UTC) 2026-02-07"), 1):
        project.write(f"decisions/000{number}-x.md", NYGARD.format(n=number, title="X", status="Accepted")
                      .replace("Date: 2021-04-19", line))
    assert [row["date"] for row in listed(project)] == ["2026-02-06", "2026-02-07", "2019-07-23", None, None]


def test_titles_glued_to_their_number_numbered_after_their_words_a_comment_or_a_colon_left(project: Project) -> None:
    """Wayfinder-Foundry/gdal-mcp titles its records with their file's name (`# ADR-0005-mvp-scope.md`), and one
    copied another's (`# ADR-0010-crs.md` in file 0011, an ADR104 error it missed); DFE-Digital writes the number
    after the words (`# Data Storage (0001)`); MADR 4's bare template leaves `# <!-- short title, .. -->` (a title no
    page shows: an empty heading, not the comment's words); usnistgov/OSCAL left the colon of `# N: X` (`# : Design
    X`); Zss.BilliardHall's part of a record (`# ADR-907-A 对齐清单`). Near misses: a number in brackets that is not
    the file's padded one stays (`Use Python (3)`, in file 7 and in file 3), words after a blank read as before
    (`ADR-0009 Use Y`), and a one-letter word glued to the number is the title's (`ADR-0020-a-new-cache`)."""
    for name, heading in (("0005-mvp-scope.md", "ADR-0005-mvp-scope.md"), ("0011-crs.md", "ADR-0010-crs.md"),
                          ("0001-data-storage.md", "Data Storage (0001)"), ("0007-python.md", "Use Python (3)"),
                          ("0120-x.md", "<!-- short title, representative of solved problem and found solution -->"),
                          ("0121-y.md", "<!-- a hint --> Real title"), ("0009-z.md", ": Design X"),
                          ("adr-907-a-checklist.md", "ADR-907-A 对齐清单"), ("0019-u.md", "ADR-0019 Use Y"),
                          ("3-upgrade.md", "Upgrade to Python (3)"), ("0020-v.md", "ADR-0020-a-new-cache")):
        project.write(f"decisions/{name}", f"# {heading}\n\nDate: 2021-01-01\n\n## Status\n\nAccepted\n")
    assert [(row["number"], row["title"]) for row in listed(project)] == [
        (1, "Data Storage"), (3, "Upgrade to Python (3)"), (5, "mvp-scope.md"), (7, "Use Python (3)"), (9, "Design X"),
        (11, "crs.md"), (19, "Use Y"), (20, "a-new-cache"), (120, None), (121, "Real title"), (907, "对齐清单")]
    findings = [(f["path"].rsplit("/", 1)[-1], f["code"], f["message"])
                for f in json.loads(project.run("validate", "--format", "json").stdout) if f["severity"] == "error"]
    assert findings == [("0011-crs.md", "ADR104", "title number 10 differs from the file's number 11"),
                        ("0120-x.md", "ADR201", "the title heading is empty")]


def test_fields_under_a_subtitle_straight_under_the_title(project: Project) -> None:
    """container-registry/harbor-satellite: `# X` / `## Using PARSEC as ..` (a subtitle) / `**Version:** 1.0` /
    `**Date:** March 6, 2026`: the day was lost, as a status so placed is. Near misses: a section after a paragraph
    is no subtitle, a field after the prose that opens a section is the body's, and a template's section opening
    with a key's words (`## Background` / `Data: 2 TB per day`) is no subtitle of fields."""
    project.write("decisions/0008-parsec.md", "# PARSEC Integration\n## Using PARSEC as a Secure Backend\n"
                  "**Version:** 1.0  \n**Date:** March 6, 2026  \n**Authors:** Team  \n\n## Context\n\nC.\n")
    project.write("decisions/0009-b.md", "# B\n\n## Subtitle\n\n**Status:** Accepted\n**Date:** 2026-03-06\n\n"
                  "## Context\n\nC.\n")
    project.write("decisions/0010-c.md", "# C\n\n## Context\n\nWe decided on 2026-03-06.\n\nStatus: none here\n")
    project.write("decisions/0011-d.md", "# D\n\nWhy.\n\n## Subtitle\n\n**Status:** Accepted\n")
    project.write("decisions/0012-e.md", "# E\n\n## Background\n\nData: 2 TB per day arrive from the sensors.\n")
    project.write("decisions/0013-f.md", "# F\n\n## Problem\n\nStatus: our build takes 40 minutes.\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        (None, "2026-03-06"), ("accepted", "2026-03-06"), (None, None), (None, None), (None, None), (None, None)]
    assert [f["code"] for f in json.loads(project.run("validate", "--format", "json").stdout)
            if f["code"] in ("ADR301", "ADR304")] == []


def test_a_record_s_number_and_title_on_its_first_line_with_no_heading(project: Project) -> None:
    """ldamasio/robson's records are plain text: `ADR-0001: BinanceService Singleton` / `Status: Accepted` / `Date:
    ..`: no title (an ADR201 warning on 11 records), so a copied number (`ADR-0007: ..` in file 12) went unseen.
    Near misses: a first line of words after the number, no colon, is no title; nor is a sentence over a blank line
    (`ADR 7: this record replaces ..`), or a status word (`ADR-0015: Accepted`)."""
    project.write("docs/adr/ADR-0001-binance.md", "ADR-0001: BinanceService Singleton\nStatus: Accepted\n"
                  "Date: 2020-09-13\n\nContext\nWe need X.\n")
    project.write("docs/adr/ADR-0012-paradedb.md", "ADR-0007: Adopt ParadeDB\nStatus: Accepted\nDate: 2020-09-13\n")
    project.write("docs/adr/ADR-0013-x.md", "ADR-0007 is about this\n\nStatus: Accepted\n")
    project.write("docs/adr/ADR-0014-y.md", "ADR 7: this record replaces the one below.\n\nStatus: Accepted\n")
    project.write("docs/adr/ADR-0015-z.md", "ADR-0015: Accepted\nDate: 2020-09-13\n")
    assert [(row["number"], row["title"], row["status"]) for row in listed(project)] == [
        (1, "BinanceService Singleton", "accepted"), (12, "Adopt ParadeDB", "accepted"), (13, None, "accepted"),
        (14, None, "accepted"), (15, None, None)]
    findings = [(f["path"].rsplit("/", 1)[-1], f["code"]) for f in json.loads(project.run("validate", "--format",
                                                                                          "json").stdout)]
    assert findings == [("ADR-0012-paradedb.md", "ADR104"), ("ADR-0013-x.md", "ADR201"), ("ADR-0014-y.md", "ADR201"),
                        ("ADR-0015-z.md", "ADR201")]


def test_a_table_of_the_day_and_status_over_a_rule_of_short_dashes(project: Project) -> None:
    """winery/winery's `| Date | Status |` / `| -- | -- |` / `| 2018-02-05 | Accepted |`: GFM's rule needs one dash,
    and with two the header was read as a pair (no status, and `date 'Status'` an ADR304 warning); a third column
    too. Near miss: a rule of three dashes reads as before."""
    for number, rule in ((17, "| -- | -- | -- |"), (18, "|-|-|-|"), (19, "|---|---|---|")):
        project.write(f"docs/adr/00{number}-x.md", f"# X\n\n| Date | Status | Author |\n{rule}\n"
                      f"| 2018-02-05 | Accepted | Ann |\n\n## Context\n\nC.\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [("accepted", "2018-02-05")] * 3
    assert json.loads(project.run("validate", "--format", "json").stdout) == []


def test_a_document_kept_beside_a_record_under_its_name_is_the_record_s(project: Project) -> None:
    """jaresty/talon-ai-tools keeps `0055-x.work-log.md` beside `0055-x.md`: each work log was a second record 55,
    and 233 ADR103 errors called the numbers duplicates. Near miss: a name with a word before `.md` and no record of
    its stem beside it is a record (`0164-quests.poc.md`)."""
    for name in ("0054-a", "0055-b"):
        project.write(f"docs/adr/{name}.md", "# X\n\n- Status: accepted\n- Date: 2020-01-01\n")
        project.write(f"docs/adr/{name}.work-log.md", "# Work log\n\nNotes.\n")
    project.write("docs/adr/0164-quests.poc.md", "# Y\n\n- Status: accepted\n- Date: 2020-01-01\n")
    assert [(row["number"], row["path"].rsplit("/", 1)[-1]) for row in listed(project)] == [
        (54, "0054-a.md"), (55, "0055-b.md"), (164, "0164-quests.poc.md")]
    assert json.loads(project.run("validate", "--format", "json").stdout) == []


def test_an_annex_kept_beside_a_record_under_its_name_is_the_record_s(project: Project) -> None:
    """cosmos-sdk keeps `adr-050-sign-mode-textual-annex1.md` and `-annex2.md` beside `adr-050-sign-mode-textual.md`:
    three ADR103 errors called number 50 a duplicate. An appendix alike. Near misses: an annex with no record of
    its stem beside it is a record (`adr-060-annex-a.md`), and so is a record about annexes (`adr-061-annex.md`)."""
    for name in ("adr-050-sign-mode-textual", "adr-050-sign-mode-textual-annex1", "adr-050-sign-mode-textual-annex2",
                 "adr-051-b", "adr-051-b-appendix-a", "adr-060-annex-a", "adr-061-annex"):
        project.write(f"docs/adr/{name}.md", "# X\n\n- Status: accepted\n- Date: 2020-01-01\n")
    assert [(row["number"], row["path"].rsplit("/", 1)[-1]) for row in listed(project)] == [
        (50, "adr-050-sign-mode-textual.md"), (51, "adr-051-b.md"), (60, "adr-060-annex-a.md"),
        (61, "adr-061-annex.md")]
    assert json.loads(project.run("validate", "--format", "json").stdout) == []


def test_a_bold_key_and_its_value_apart_by_a_dash(project: Project) -> None:
    """practica's template writes `**⏰ Status** - Open for discussions` under the title (4 records, status lost).
    Near misses: a bold label that is no key of a record's (`**📔 What is it** - Choosing ..`) says nothing, and a
    dash with no blank around it is a word's (`**Status**-less`)."""
    for number, line in enumerate(("**⏰ Status** - Open for discussions", "**Status** – Accepted\n**Date** - 2022-04-01",
                                   "**📔 What is it** - Choosing a tool", "**Status**-less design"), 1):
        project.write(f"docs/adr/000{number}-x.md", f"# {number}. X\n\n{line}\n\n## Context\n\nC.\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("open", None), ("accepted", "2022-04-01"), (None, None), (None, None)]


def test_names_a_line_each_in_a_table_cell(project: Project) -> None:
    """ministryofjustice/observability-platform's metadata table writes two deciders in one cell, a line each
    (`Jacob Woffenden<br>Gary Henderson`): one name was read. Near miss: a cell of one name keeps it whole."""
    table = ("| ID | Decider(s) | Status |\n|:--:|:--:|:--:|\n| {n} | {names} | ✅ Accepted |\n")
    for number, names in ((1, "Jacob Woffenden<br>Gary Henderson"), (2, "Ann Lee <br/> Bo Chen<BR>Cy Roe"), (3, "Ann Lee")):
        project.write(f"docs/adr/000{number}-x.md", f"# {number}. X\n\n## Metadata\n\n{table.format(n=number, names=names)}"
                                                    "\n## Context\n\nC.\n")
    assert [(row["status"], row["decision_makers"]) for row in listed(project)] == [
        ("accepted", ["Jacob Woffenden", "Gary Henderson"]), ("accepted", ["Ann Lee", "Bo Chen", "Cy Roe"]),
        ("accepted", ["Ann Lee"])]


def test_a_status_in_bold_with_blanks_inside_dates_the_record_as_its_twin_does(project: Project) -> None:
    """EdgeX writes `** Approved ** (by TSC vote on 3/15/21)` (blanks inside the bold: no emphasis to Markdown) beside
    `**Approved** (by TSC vote on 3/25/21)`: the one gave no day, its twin did. Near miss: an ambiguous day
    (`10/6/21`) stays none."""
    for number, status in enumerate(("** Approved ** (by TSC vote on 3/15/21)", "**Approved** (by TSC vote on 3/25/21)",
                                     "** Approved ** (by TSC vote on 10/6/21)"), 1):
        project.write(f"docs/adr/000{number}-x.md", f"# {number}. X\n\n## Status\n\n{status}\n\n## Context\n\nC.\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("approved", "2021-03-15"), ("approved", "2021-03-25"), ("approved", None)]


def test_keys_as_run_in_headings_ending_in_a_full_stop(project: Project) -> None:
    """axsaucedo/kaos-adrs writes its keys as run-in headings, the full stop inside the bold (`- **Status.**
    Proposed` over `- **Date.** 2026-06-29`, and without the bullets): status and date were lost. Near misses: a
    full stop outside the bold, or a key in plain text with one, opens a sentence, not a field."""
    for number, lines in enumerate((("- **Status.** Proposed", "- **Date.** 2026-06-29"),
                                    ("**Status.** Accepted", "**Date.** 2026-06-30"),
                                    ("**Status**. Accepted", "Date. 2026-07-01"),
                                    ("- Status. Accepted", "- Date. 2026-07-02")), 1):
        project.write(f"decisions/000{number}-x.md", f"# ADR 000{number}: X\n\n" + "\n".join(lines)
                      + "\n\n## Context\n\nx\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("proposed", "2026-06-29"), ("accepted", "2026-06-30"), (None, None), (None, None)]


def test_a_status_s_remark_dated_in_its_first_item_by_who_decided(project: Project) -> None:
    """`**Status:** ACCEPTED (owner-ratified 2026-07-29, after three review revisions)`: the remark's first item
    dates the decision (a word for a decision reached, by someone's word before a hyphen), as `ACCEPTED
    (2026-07-26, owner decision ..)` did. Near misses: a day ahead in the first item (`until`, `revisit`), and a
    hyphened word that reaches no state (`re-review`), date nothing."""
    for number, remark in enumerate(("owner-ratified 2026-07-29, after three review revisions",
                                     "ratified 2026-07-30", "until 2027-01-01, then review",
                                     "revisit 2027-01-01, owner", "re-review 2027-01-01, owner"), 1):
        project.write(f"decisions/000{number}-x.md", f"# ADR 000{number}: X\n\n**Status:** ACCEPTED ({remark}) · x\n"
                      "\n## Context\n\nx\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("accepted", "2026-07-29"), ("accepted", "2026-07-30"), ("accepted", None), ("accepted", None),
        ("accepted", None)]


def test_days_under_keys_of_more_words_as_items_indented_or_in_italics(project: Project) -> None:
    """Keys of a day people write that were lost: `- **Date created**: 04/02/2025` (foxleigh81/jackanory, day first),
    `- **Created on**:`, `- **Decision date**:` as list items over a Status section, MADR 2's last update spelt out
    (`- Date Updated: 8/15/2024`, `- Date last updated:`, HUD-Data-Lab), a `Date:` indented less than code is
    (weather.gov), and a key in italics (`_Status_: _Accepted_ (2025-09-26)`, `*Date*:`). Near misses: a line
    indented as code is states nothing, nor does a key in italics with no colon."""
    for number, line in enumerate(("- **Date created**: 04/02/2025", "- **Created on**: 2025-02-04",
                                   "- **Decision date**: 2025-02-05", "- Date Updated: 8/15/2024",
                                   "- Date last updated: 2024-10-18", "  Date: 2024-07-11", "    Date: 2024-07-12",
                                   "*Date*: 2025-01-01", "*Date* 2025-01-02 was a Friday"), 1):
        project.write(f"decisions/000{number}-x.md", f"# {number}. X\n\n{line}\n\n## Status\n\nAccepted\n")
    project.write("decisions/0010-y.md", "# 10. Y\n\n_Status_: _Accepted_ (2025-09-26)\n\n## Context\n\nx\n")
    project.write("decisions/0011-z.md", "# 11. Z\n\n* Status: accepted\n* Date created: 2025-03-01\n\n## Context\n")
    project.write("decisions/0012-w.md", "# 12. W\n\n* Status: accepted\n* Date last updated: 2025-03-02\n\n## C\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("accepted", "2025-02-04"), ("accepted", "2025-02-04"), ("accepted", "2025-02-05"),
        ("accepted", "2024-08-15"), ("accepted", "2024-10-18"), ("accepted", "2024-07-11"), ("accepted", None),
        ("accepted", "2025-01-01"), ("accepted", None), ("accepted", "2025-09-26"), ("accepted", "2025-03-01"),
        ("accepted", "2025-03-02")]


def test_a_log_numbering_its_records_after_lower_case_letters_and_a_padded_number(project: Project) -> None:
    """NOAA-GSL/VxIngest's scientific decisions (`sdr-0002-we-will-recalculate-all-heights-for-raobs.md`, as its
    README says: `adr-XXXX-` or `sdr-XXXX-` before the title): records 1 and 2 of a log of such names, as
    `API-001-x.md` are; they were named by their words alone, unnumbered. Near misses: a word holding a digit or a
    year after a word (`k3s-charts.md`, `web-2024-redesign.md`) still opens a name of words alone."""
    nygard = "# {title}\n\nDate: 2024-10-0{day}\n\n## Status\n\nAccepted\n"
    project.write("docs/decisions/scientific/sdr-0001-we-will-record-scientific-decisions.md",
                  nygard.format(title="We will record scientific decisions", day=8))
    project.write("docs/decisions/scientific/sdr-0002-we-will-recalculate-heights.md",
                  nygard.format(title="We will recalculate all heights", day=9))
    assert [(row["number"], row["id"]) for row in listed(project, "--dir", "docs/decisions/scientific")] == [
        (1, "0001"), (2, "0002")]
    project.write("docs/words/k3s-charts.md", nygard.format(title="Charts", day=1))
    project.write("docs/words/web-2024-redesign.md", nygard.format(title="Redesign", day=2))
    assert [(row["number"], row["id"]) for row in listed(project, "--dir", "docs/words")] == [
        (None, "k3s-charts"), (None, "web-2024-redesign")]


def test_a_day_keyed_after_a_pipe_on_the_status_s_line(project: Project) -> None:
    """velox-global-adrs writes `**Accepted** | Date: 2025-01-03` under Status, and agents' one-line headers
    `> Status: Accepted | Date: 2026-07-24 | Issue: #70` (a plain key; only bold ones were read): the day was lost.
    Near misses: the template's choices apart by pipes are no status, as before, and a day keyed in a table row is
    read as tables are."""
    records = {1: "## Status\n\n**Accepted** | Date: 2025-01-03\n", 2: "> Status: Accepted | Date: 2026-07-24 | "
               "Issue: #70\n", 3: "## Status\n\nAccepted · Date: 2025-01-05\n",
               4: "Status: Proposed | Accepted | Rejected\n", 5: "| Status | Date |\n|---|---|\n| Accepted | 2025-01-06 |\n"}
    for number, text in records.items():
        project.write(f"docs/adr/000{number}-x.md", f"# ADR {number}: X\n\n{text}\n## Context\n\nx\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("accepted", "2025-01-03"), ("accepted", "2026-07-24"), ("accepted", "2025-01-05"),
        (None, None), ("accepted", "2025-01-06")]


def test_a_bold_status_with_more_after_it_and_a_banner_dating_front_matter(project: Project) -> None:
    """A key and its value in bold with a relation or a day after the bold (`**Status: accepted.** Supersedes
    [ADR-0001](..)`, `**Status: accepted** Date: 2026-09-01`) lost what followed, which the same line without
    bold gave; manifold's front matter states the status alone, its banner the day (`> **Status: proposed (decided
    2026-07-10).**`): the day was lost. Near misses: a whole line in bold reads as before, and a banner's day
    does not override the front matter's date."""
    project.write("docs/adr/0001-a.md", "# 1. A\n\nDate: 2020-01-01\n\n## Status\n\nSuperseded\n")
    project.write("docs/adr/0002-b.md", "# 2. B\n\n**Status: accepted.** Supersedes [ADR-0001](0001-a.md)\n\n## C\n")
    project.write("docs/adr/0003-c.md", "# 3. C\n\n**Status: accepted** Date: 2026-09-01\n\n## C\n")
    project.write("docs/adr/0004-d.md", "---\nstatus: proposed\n---\n\n# 4. D\n\n"
                  "> **Status: proposed (decided 2026-07-10).**\n\n## C\n")
    project.write("docs/adr/0005-e.md", "# 5. E\n\n**Status: accepted (2026-07-11)**\n\n## C\n")
    project.write("docs/adr/0006-f.md", "---\nstatus: proposed\ndate: 2026-01-01\n---\n\n# 6. F\n\n"
                  "> **Status: proposed (decided 2026-07-10).**\n\n## C\n")
    assert [(row["status"], row["date"], row["supersedes"]) for row in listed(project)] == [
        ("superseded", "2020-01-01", []), ("accepted", None, [1]), ("accepted", "2026-09-01", []),
        ("proposed", "2026-07-10", []), ("accepted", "2026-07-11", []), ("proposed", "2026-01-01", [])]


def test_a_related_number_another_word_counts_names_no_record(project: Project) -> None:
    """TagPulse's `- Related: Sprint 54 design doc` related the record to ADR 54 (an ADR401 error where no record 54
    is, a false relation where one is); `milestone 3` and `Python 3.12` alike. Near misses: `ADR 2`, `Decision 2`,
    `see 2` and a link name record 2 as before."""
    project.write("docs/adr/0002-b.md", "# 2. B\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    for number, related in enumerate(("Sprint 54 design doc", "milestone 2", "Python 3.12", "ADR 2", "Decision 2",
                                      "see 2", "[the sprint 2 doc](0002-b.md)"), 3):
        project.write(f"docs/adr/000{number}-x.md", f"# {number}. X\n\n* Status: accepted\n* Date: 2020-01-01\n"
                      f"* Related: {related}\n\n## Context\n\nx\n")
    assert [row["relates_to"] for row in listed(project)][1:] == [[], [], [], [2], [2], [2], [2]]
    assert [finding for finding in json.loads(project.run("validate", "--format", "json").stdout)
            if finding["code"] == "ADR401"] == []


def test_a_log_named_by_days_after_its_prefix(project: Project) -> None:
    """acsdeveloper2025/crm2's `ADR-2026-03-19-slug.md`: twelve records were number 2026 (twelve false ADR103
    errors, a successor named 2026); they are date-named, as `2026-03-19-slug.md` is, and `adr new` names the next
    as they are."""
    project.write("docs/adr/ADR-2026-03-10-use-y.md", "# Use Y\n\n## Status\n\nSuperseded by "
                  "[ADR-2026-03-19](ADR-2026-03-19-use-x.md)\n")
    project.write("docs/adr/ADR-2026-03-19-use-x.md", "# ADR-2026-03-19: Use X\n\n## Status\n\nAccepted\n")
    assert [(row["number"], row["id"], row["title"]) for row in listed(project)] == [
        (None, "ADR-2026-03-10-use-y", "Use Y"), (None, "ADR-2026-03-19-use-x", "Use X")]
    assert json.loads(project.run("validate", "--format", "json").stdout) == []
    assert project.run("new", "--no-git", "Use W").exit_code == 0
    assert (project.root / f"docs/adr/ADR-{project.today}-use-w.md").is_file()


def test_front_matter_numbers_written_with_zeros_before_them_are_decimal(project: Project) -> None:
    """docmind-ai-llm's front matter `Supersedes: 021` / `Superseded-by: 057`: YAML 1.1 reads a number with a zero
    before it as octal (17 and 47: a false ADR401 where no record 17 is, a false relation where one is); it is the
    record its author wrote. `[0012, 017]` alike. Near misses: `09` (no octal) and a quoted `"021"` read as before."""
    for number in (9, 12, 17, 21, 57):
        project.write(f"docs/adr/{number:04d}-x.md", f"---\nstatus: accepted\ndate: 2020-01-01\n---\n# R{number}\n")
    project.write("docs/adr/0030-y.md", "---\nstatus: accepted\ndate: 2020-01-01\nSupersedes: 021\nSuperseded-by: "
                  "057\nrelated: [0012, 017, 09]\n---\n# Y\n")
    project.write("docs/adr/0031-z.md", "---\nstatus: accepted\ndate: 2020-01-01\nsupersedes: \"021\"\n---\n# Z\n")
    rows = {row["number"]: row for row in listed(project)}
    assert (rows[30]["supersedes"], rows[30]["superseded_by"], rows[30]["relates_to"]) == ([21], [57], [12, 17, 9])
    assert rows[31]["supersedes"] == [21]
    assert [f for f in json.loads(project.run("validate", "--format", "json").stdout) if f["code"] == "ADR401"] == []


def test_days_with_the_month_s_name_between_dashes_a_sentence_s_date_key_and_a_retired_record_s_original_day(
        project: Project) -> None:
    """input-output-hk's catalyst logs date records `created: 15-Nov-2023` (41 records lost their day); OTGW-firmware
    writes `Accepted. Date: 2026-06-26.` under Status (20 records), and a retired record's own day in brackets
    (`Superseded by ADR-0001 (was: Accepted, 2026-06-08)`). Near misses: a retired record's day of retirement
    dates nothing, nor does an original state that decided nothing (`was: Proposed`)."""
    records = {1: "---\ncreated: 15-Nov-2023\nstatus: accepted\n---\n# 1. A\n",
               2: "# 2. B\n\nDate: 3/Feb/2024\n\n## Status\n\nAccepted\n",
               3: "# 3. C\n\n## Status\n\nAccepted. Date: 2026-06-26.\n",
               4: "# 4. D\n\n## Status\n\nSuperseded by ADR-0001 (was: Accepted, 2026-06-08)\n",
               5: "# 5. E\n\n## Status\n\nSuperseded by ADR-0001 (was: Proposed, 2026-06-09)\n",
               6: "# 6. F\n\n## Status\n\nSuperseded 2026-06-10 by ADR-0001\n"}
    for number, text in records.items():
        project.write(f"docs/adr/000{number}-x.md", text)
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("accepted", "2023-11-15"), ("accepted", "2024-02-03"), ("accepted", "2026-06-26"),
        ("superseded", "2026-06-08"), ("superseded", None), ("superseded", None)]


def test_a_title_given_as_a_field_on_the_first_line_over_the_record_s_bullets(project: Project) -> None:
    """phys-sims' logs open a record with `**Title:** X` (no heading) over `- **Status:** Proposed` bullets: title
    and status were lost in 20 records (ADR201 said no title). Near miss: a `Title:` line under a heading is the
    heading's record's field, not its title."""
    project.write("docs/adr/0001-units.md", "**Title:** cpa-sim conventions and units contract\n"
                  "- **ADR ID:** ADR-0001\n- **Status:** Proposed\n- **Date:** 2020-02-16\n\n## Context\n\nx\n")
    project.write("docs/adr/0002-lite.md", "**Title:** `Use pure-data SystemPreset`\n\n- **Status:** `Accepted`\n"
                  "- **Date:** `2020-02-07`\n\n## Context\n\nx\n")
    project.write("docs/adr/0003-z.md", "# Use Z\n\nTitle: Something else\n\n## Status\n\nAccepted\n")
    assert [(row["title"], row["status"], row["date"]) for row in listed(project)] == [
        ("cpa-sim conventions and units contract", "proposed", "2020-02-16"),
        ("Use pure-data SystemPreset", "accepted", "2020-02-07"), ("Use Z", "accepted", None)]
    assert json.loads(project.run("validate", "--format", "json").stdout) == []


def test_a_title_in_bold_over_the_record_s_fields_or_first_section(project: Project) -> None:
    """A record with no heading that opens with its title in bold (`**ADR 4: Use D**`) or `ADR 6: Use F` on a line,
    a blank line, then `* Status:` bullets: title and status were lost (the bullets were read only under a title).
    Near misses: a note in bold (`**Important**`), a bold field (`**Status: Accepted**`), a status alone
    (`**DRAFT**`), a sentence over a section and a bold line that a paragraph goes on from are no titles."""
    fields = "* Status: accepted\n* Date: 2021-03-04\n\n## Context\n\nx\n"
    project.write("docs/adr/0004-d.md", "**ADR 4: Use D**\n\n" + fields)
    project.write("docs/adr/0005-e.md", "__5. Use E__\nStatus: Proposed\n\n## Context\n\nx\n")
    project.write("docs/adr/0006-f.md", "ADR 6: Use F\n\n" + fields)
    project.write("docs/adr/0007-g.md", "**ADR-7: Use G**\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0009-i.md", "**Status: Accepted**\n\n* Date: 2021-03-04\n\n## Context\n\nx\n")
    project.write("docs/adr/0010-j.md", "**DRAFT**\n\nStatus: Draft\n\n## Context\n\nx\n")
    project.write("docs/adr/0011-k.md", "**Use K**\nwe go on here\n\n* Status: accepted\n\n## Context\n\nx\n")
    project.write("docs/adr/0012-l.md", "**ADR 12: this record is obsolete.**\n\n## Status\n\nDeprecated\n")
    project.write("docs/adr/0013-m.md", "**Important**\n\nStatus: Accepted\n\n## Context\n\nx\n")
    assert [(row["number"], row["title"], row["status"], row["date"]) for row in listed(project)] == [
        (4, "Use D", "accepted", "2021-03-04"), (5, "Use E", "proposed", None), (6, "Use F", "accepted", "2021-03-04"),
        (7, "Use G", "accepted", None), (9, None, "accepted", "2021-03-04"), (10, None, "draft", None),
        (11, None, None, None), (12, None, "deprecated", None), (13, None, "accepted", None)]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert sorted(finding["path"][-9:] for finding in findings if finding["code"] == "ADR201") == [
        "0009-i.md", "0010-j.md", "0011-k.md", "0012-l.md", "0013-m.md"]


def test_a_table_of_keys_and_values_under_status_and_a_status_before_a_key_adr_does_not_read(project: Project) -> None:
    """cheqd's records keep a table of keys and values under `## Status` (`| Category | Status |` over `| **ADR
    Stage** | DRAFT |` and `| **Start Date** | 2021-09-10 |`): its last row's day was the status (13 records).
    A status line's other fields after pipes end it whatever their keys (`**Status**: Proposed | **Type**:
    Standard` gave `Proposed |`). Near miss: a table of statuses over rows still reads its latest row, which dates
    the record, as a history's lines do."""
    records = {1: "## Status\n\n| Category | Status |\n| :--- | :--- |\n| **Authors** | Renata Toktar |\n"
                  "| **ADR Stage** | DRAFT |\n| **Implementation Status** | Not Implemented |\n"
                  "| **Start Date** | 2021-09-10 |\n",
               2: "**Status**: Proposed | **Type**: Standard\n",
               3: "## Status\n\n| Status | Date |\n|---|---|\n| Proposed | 2020-01-01 |\n| Accepted | 2020-02-01 |\n"}
    for number, text in records.items():
        project.write(f"docs/adr/000{number}-x.md", f"# ADR 00{number}: X\n\n{text}\n## Context\n\nx\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("draft", "2021-09-10"), ("proposed", None), ("accepted", "2020-02-01")]


def test_an_arrow_for_by_and_a_supersede_key_over_a_list_of_its_records(project: Project) -> None:
    """`Superseded → ADR-0008` (an arrow for `by`: no successor, and ADR302 said none was named), and treesitter-ls'
    `**Supersedes**:` over a list of links (`- [ADR-0005](0005-r.md)`): the relation was lost. Near misses: an
    arrow after other words names no successor, and a list under another empty key is no relation."""
    for number in range(5, 10):
        project.write(f"docs/adr/000{number}-r.md", f"# {number}. R\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0010-a.md", "# 10. A\n\nDate: 2020-01-01\n\n## Status\n\nSuperseded → ADR-0008\n")
    project.write("docs/adr/0011-b.md", "# 11. B\n\nDate: 2020-01-01\n**Status**: Accepted\n**Supersedes**:\n"
                  "- [ADR-0005](0005-r.md)\n- [ADR-0006](0006-r.md)\n\n## Context\n\nx\n")
    project.write("docs/adr/0012-c.md", "# 12. C\n\nDate: 2020-01-01\n\n## Status\n\nAccepted (plan → ADR-0007)\n")
    project.write("docs/adr/0013-d.md", "# 13. D\n\nDate: 2020-01-01\n**Status**: Accepted\n**Related**:\n"
                  "- [ADR-0009](0009-r.md)\n\n## Context\n\nx\n")
    rows = {row["number"]: row for row in listed(project)}
    assert [(rows[n]["status"], rows[n]["supersedes"], rows[n]["superseded_by"]) for n in (10, 11, 12, 13)] == [
        ("superseded", [], [8]), ("accepted", [5, 6], []), ("accepted", [], []), ("accepted", [], [])]


def test_madr_2_bullets_under_a_table_of_contents_under_the_title(project: Project) -> None:
    """anamanlab/lawglance puts `## Table of Contents` (links to the record's headings, as doctoc writes them) between
    the title and MADR 2's bullets: status and date were lost in all 6 records. Near misses: a contents section over
    a Status section reads as before, and a first section of other words is the body's."""
    project.write("docs/adr/0003-provider.md", "# ADR-003: Provider Abstraction\n\n## Table of Contents\n\n"
                  "- [Context](#context)\n- [Decision](#decision)\n  - [Sub](#sub)\n\n- Status: Accepted\n"
                  "- Date: 2020-02-23\n- Deciders: maintainers\n\n## Context\n\nx\n")
    project.write("docs/adr/0004-other.md", "# ADR-004: Other\n\n## Contents\n\n1. [Context](#context)\n\n"
                  "## Status\n\nAccepted\n\n## Context\n\nx\n")
    project.write("docs/adr/0005-third.md", "# ADR-005: Third\n\n## Summary\n\n- Status: of the art\n\n## Context\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("accepted", "2020-02-23"), ("accepted", None), (None, None)]


def test_spanish_and_portuguese_keys_of_the_day_a_record_was_written_or_decided(project: Project) -> None:
    """`Creado:`, `Fecha de creación:`, `Criado em:`, `Data de criação:` (the day it was written, as `Created:` is
    read) and `Aceptado el:`, `Aceito em:`, `Decidido em:` (the day it was decided) under the title and as MADR 2
    bullets: no day was read (an Iberian survey's 56 records). German `Erstellt:` alike."""
    keys = ("Creado", "Fecha de creación", "Criado em", "Data de criação", "Aceptado el", "Aceito em", "Decidido em",
            "Erstellt")
    for number, key in enumerate(keys, 1):
        project.write(f"docs/adr/000{number}-x.md", f"# {number}. X\n\n{key}: 2020-01-0{number}\n\n## Estado\n\n"
                      "Aceptado\n")
    project.write("docs/adr/0009-x.md", "# 9. X\n\n* Estado: aceptado\n* Creado: 2020-01-09\n\n## Contexto\n\nx\n")
    assert [row["date"] for row in listed(project)] == [f"2020-01-0{number}" for number in range(1, 10)]


def test_the_day_a_decision_was_taken_under_agents_and_italian_and_portuguese_keys(project: Project) -> None:
    """wagnerra23/oimpresso's front matter keys the day `decided_at: "2026-06-06"` (298 records had no day;
    `accepted_at:` alike); Fubeo/Fub's table row `| **Decisa** | 2026-07-26 |` under a paragraph (91 records) and
    `**Data decisão:**`, `Deciso:` under the title. Near miss: a front matter `updated_at:` dates nothing."""
    records = {1: "---\nstatus: accepted\ndecided_at: \"2020-07-01\"\n---\n# 1. A\n",
               2: "---\nstatus: accepted\naccepted_at: 2020-07-02\n---\n# 2. B\n",
               3: "# 3. C\n\n**In breve:** x.\n\n|  |  |\n|---|---|\n| **Decisa** | 2020-07-03 |\n| **Origine** | x |\n",
               4: "# 4. D\n\n**Status:** Aceito\n**Data decisão:** 2020-07-04\n",
               5: "# 5. E\n\nStato: accettata\nDeciso: 2020-07-05\n",
               6: "---\nstatus: accepted\nupdated_at: 2020-07-06\n---\n# 6. F\n"}
    for number, text in records.items():
        project.write(f"docs/adr/000{number}-x.md", text + "\n## Context\n\nx\n")
    assert [row["date"] for row in listed(project)] == [
        "2020-07-01", "2020-07-02", "2020-07-03", "2020-07-04", "2020-07-05", None]


def test_key_lines_set_as_code_under_the_title(project: Project) -> None:
    """geoadmin/service-stac writes ``> `Status: accepted` `` and ``> `Date: 2020-08-13` ``: status and date were lost
    (its sister log without the backticks read). Near miss: code of two spans on a line is no key line."""
    project.write("docs/adr/0001-x.md", "# 1. X\n\n> `Status: accepted`\n>\n> `Date: 2020-08-13`\n\n## Context\n\nx\n")
    project.write("docs/adr/0002-y.md", "# 2. Y\n\n`Status: accepted`\n\n`Date: 2020-08-14`\n\n## Context\n\nx\n")
    project.write("docs/adr/0003-z.md", "# 3. Z\n\n`Status: x` and `y`\n\n## Context\n\nx\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("accepted", "2020-08-13"), ("accepted", "2020-08-14"), (None, None)]


def test_a_log_of_names_that_are_letters_and_a_number_alone(project: Project) -> None:
    """hashgraph/hedera-improvement-proposal names its records `hip-412.md` (no words, no padding): 126 records had
    no number, and 15 relations to them were ADR401 errors. Near miss: a year after a word (`plan-2024.md`) in a log
    of words stays a name of words."""
    record = "---\nstatus: Final\ncreated: 2020-01-01\n{extra}---\n\n# H{n}\n"
    for number in (1, 2, 412):
        project.write(f"hips/hip-{number}.md", record.format(n=number, extra="requires: 1\n" if number == 412 else ""))
    project.write("hips/README.md", "# HIPs\n")
    assert [(row["number"], row["id"]) for row in listed(project, "--dir", "hips")] == [
        (1, "1"), (2, "2"), (412, "412")]
    project.write("words/plan-2024.md", "# Plan\n\n## Status\n\nAccepted\n")
    project.write("words/use-redis.md", "# Use Redis\n\n## Status\n\nAccepted\n")
    assert [(row["number"], row["id"]) for row in listed(project, "--dir", "words")] == [
        (None, "plan-2024"), (None, "use-redis")]


def test_a_status_line_that_goes_on_with_the_day(project: Project) -> None:
    """`Status: accepted. Date: 2026-09-20.` on one line (sixteen records of about ten 2026 logs, English and
    Swedish `Datum:`): the status was read and the day lost. Near misses: a sentence after the status that names
    a day under another word, and a day's key line after the status's in its own line, are read as before."""
    lines = {1: "Status: accepted. Date: 2020-09-20.", 2: "Status: Accepted. Date: 2020-07-27. Relates to issue #19.",
             3: "Status: Accepterad. Datum: 2020-09-12. TASK042.", 4: "Status: accepted. Reviewed: 2020-09-21.",
             5: "Status: accepted\nDate: 2020-09-22"}
    for number, text in lines.items():
        project.write(f"docs/adr/000{number}-x.md", f"# {number}. X\n\n{text}\n\n## Context\n\nC.\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("accepted", "2020-09-20"), ("accepted", "2020-07-27"), ("accepted", "2020-09-12"), ("accepted", None),
        ("accepted", "2020-09-22")]


def test_a_log_keeping_its_titles_in_front_matter_and_one_titling_by_heading_half_the_time(project: Project) -> None:
    """A log whose records nearly all have a front matter `title:` and no title heading keeps its titles there
    (decentraland's `#` headings are sections: its one record opening with a heading of its own is titled by
    front matter too). rockymountain/dx-vas titles half its records by a heading under the front matter and
    half by `title:` alone: its headed records were retitled from front matter (11 of 27), where the first
    heading wins."""
    for number in range(1, 11):
        heading = "# Communication kernel<>website in the flow\n\n" if number == 10 else ""
        project.write(f"eip/ADR-{number}-x.md", f"---\nadr: {number}\ntitle: Front {number}\nstatus: Final\n---\n\n"
                      f"{heading}# Abstract\n\nA.\n\n# Context\n\nC.\n")
    for number in range(1, 8):
        heading = f"# Heading {number}\n\n" if number % 2 == 0 else ""
        project.write(f"vas/adr-00{number}-x.md", f"---\ntitle: Front {number}\nstatus: accepted\n---\n{heading}"
                      "## Bối cảnh\n\nC.\n")
    assert [row["title"] for row in listed(project, "--dir", "eip")] == [f"Front {n}" for n in range(1, 11)]
    assert [row["title"] for row in listed(project, "--dir", "vas")] == [
        "Front 1", "Heading 2", "Front 3", "Heading 4", "Front 5", "Heading 6", "Front 7"]


def test_an_area_s_code_between_the_kind_and_the_number(project: Project) -> None:
    """JulianGiraldo97/frontend-tesis names its records `ADR-FE-001-x.md` (a frontend's code between the kind and
    the number; survey35-naming counts such logs first among unusual names): read as a log named by words, none
    was numbered and each title kept `ADR-FE-001:`. Near misses: a log mixing two areas' codes numbers none (each
    area counts from 1) but titles each; k3s' `etcd-s3-secret.md` names stay words."""
    for number in (1, 2, 3):
        project.write(f"fe/ADR-FE-00{number}-x{number}.md", f"# ADR-FE-00{number}: Anuncio {number}\n\n"
                      f"**Status:** Accepted\n**Date:** 2020-01-0{number}\n")
    project.write("mixed/ADR-FE-001-a.md", "# ADR-FE-001: A\n\n**Status:** Accepted\n")
    project.write("mixed/ADR-BE-001-b.md", "# ADR-BE-001: B\n\n**Status:** Accepted\n")
    project.write("words/etcd-s3-secret.md", "# Etcd S3 secret\n\nStatus: accepted\n")
    project.write("words/etcd-s3-retention.md", "# Etcd S3 retention\n\nStatus: accepted\n")
    assert [(row["number"], row["id"], row["title"]) for row in listed(project, "--dir", "fe")] == [
        (1, "001", "Anuncio 1"), (2, "002", "Anuncio 2"), (3, "003", "Anuncio 3")]
    assert [(row["number"], row["id"], row["title"]) for row in listed(project, "--dir", "mixed")] == [
        (None, "ADR-BE-001-b", "B"), (None, "ADR-FE-001-a", "A")]
    assert [(row["number"], row["id"]) for row in listed(project, "--dir", "words")] == [
        (None, "etcd-s3-retention"), (None, "etcd-s3-secret")]


def test_a_supersede_relation_in_a_related_section(project: Project) -> None:
    """zeixcom/le-truc's template places a record's relations in a closing `## Related` section, and
    T-rav/hydraflow's records write them there too (`- Superseded by: ADR-0009 (..)`, `- **Supersedes:**
    [ADR-0033](..)`, `- **Supersedes ADR-0006 (..)** — ..`): only its plain references were read, as related, and
    a superseded record named no successor (ADR302). Near misses: `Supersedes no prior ADR` and a part of a record
    superseded name none."""
    for number in (6, 9, 33):
        project.write(f"docs/adr/00{number:02d}-r.md", f"# ADR-00{number:02d}: R\n\n**Status:** Accepted\n"
                      "**Date:** 2020-01-01\n\n## Context\n\nC.\n")
    related = {1: "- Superseded by: ADR-0009 (the new flow)\n- ADR-0006 (context)",
               2: "- **Supersedes:** [ADR-0033](0033-r.md)\n- See also [ADR-0006](0006-r.md)",
               3: "- **Supersedes ADR-0006 (the old one)** — we moved on",
               4: "- Supersedes no prior ADR\n- Supersedes part of ADR-0006"}
    for number, bullets in related.items():
        status = "Superseded" if number == 1 else "Accepted"
        project.write(f"docs/adr/000{number}-x.md", f"# ADR-000{number}: X\n\n**Status:** {status}\n**Date:** "
                      f"2020-01-02\n\n## Context\n\nC.\n\n## Related\n\n{bullets}\n")
    rows = {row["number"]: row for row in listed(project)}
    assert [(n, rows[n]["supersedes"], rows[n]["superseded_by"], rows[n]["relates_to"]) for n in related] == [
        (1, [], [9], [6]), (2, [33], [], []), (3, [6], [], []), (4, [], [], [])]
    assert [f["code"] for f in json.loads(project.run("validate", "--format", "json").stdout)] == []


def test_a_metadata_table_under_its_heading_a_relation_set_as_code_and_a_table_of_timed_statuses(
        project: Project) -> None:
    """OmniNode-ai/omnibase_core keeps its keys in a table under `## Document Metadata` (7 records: status and day
    lost; `## Metadata` was read); twk0d/pop_cube_wallet sets a relation's value as code (`**Supersedes:**
    `ADR-005 — ..``); talo writes a table of statuses whose days are in a `Time` column, and a table of statuses
    with a `Date` column gave no day either."""
    for number in (4, 5):
        project.write(f"docs/adr/ADR-00{number}-r.md", f"# ADR-00{number}: R\n\n**Status:** Accepted\n"
                      "**Date:** 2020-01-01\n\n## Context\n\nC.\n")
    project.write("docs/adr/ADR-001-x.md", "# ADR-001: X\n\n## Document Metadata\n\n| Field | Value |\n|---|---|\n"
                  "| **Status** | 🟢 **IMPLEMENTED** |\n| **Created** | 2020-01-15 |\n\n## Context\n\nC.\n")
    project.write("docs/adr/ADR-002-y.md", "# ADR-002: Y\n\n## Status\n\n| Status   | Time |\n| --- | --- |\n"
                  "| Accepted | 2020-09-26T21:34:07.9151360Z |\n\n## Context\n\nC.\n")
    project.write("docs/adr/ADR-003-z.md", "# ADR-003: Z\n\n## Status\n\n| Status | Date |\n| --- | --- |\n"
                  "| Proposed | 2020-09-20 |\n| Accepted | 2020-09-26 |\n\n## Context\n\nC.\n")
    project.write("docs/adr/ADR-010-w.md", "# ADR-010: W\n\n**Status:** Accepted\n**Date:** 2020-01-02\n"
                  "**Supersedes:** `ADR-005 — Legacy wallet flow`\n\n## Context\n\nC.\n")
    rows = {row["number"]: row for row in listed(project)}
    assert [(n, rows[n]["status"], rows[n]["date"], rows[n]["supersedes"]) for n in (1, 2, 3, 10)] == [
        (1, "implemented", "2020-01-15", []), (2, "accepted", "2020-09-26", []), (3, "accepted", "2020-09-26", []),
        (10, "accepted", "2020-01-02", [5])]


def test_records_named_by_their_tracker_s_ids_beside_a_few_numbered_stubs(project: Project) -> None:
    """holomush/holomush names its records by its issue tracker's ids (`holomush-05f3v-x.md`, 180 records) beside
    17 numbered stubs saying where records moved: one numbered file hid every record named by words. A log with
    so many more named by words reads both. Near misses: a numbered log beside a few documents, and a young one of
    two records beside ten notes, read their numbered records alone."""
    for index in range(20):
        project.write(f"docs/adr/holomush-{index:02d}f3v-topic-{index}.md", f"# Topic {index}\n\n**Status:** Accepted\n"
                      "**Date:** 2020-01-01\n")
    project.write("docs/adr/0001-moved.md", "# Moved\n\nSee holomush-00f3v-topic-0.md.\n")
    for number in (1, 2, 3):
        project.write(f"other/adr/000{number}-r.md", f"# {number}. R\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    for name in ("guidelines", "tooling", "faq"):
        project.write(f"other/adr/{name}.md", f"# {name}\n\nStatus: a guide\n")
    for index in range(10):
        project.write(f"young/adr/note-{index}.md", f"# Note {index}\n\nStatus: a note\n")
    records_of_young = ("0001-a.md", "0002-b.md")
    for name in records_of_young:
        project.write(f"young/adr/{name}", "# A\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    rows = listed(project, "--dir", "docs/adr")
    assert [(row["number"], row["id"]) for row in rows][:2] == [(1, "0001"), (None, "holomush-00f3v-topic-0")]
    assert len(rows) == 21
    assert [row["id"] for row in listed(project, "--dir", "other/adr")] == ["0001", "0002", "0003"]
    assert [row["id"] for row in listed(project, "--dir", "young/adr")] == ["0001", "0002"]


def test_an_introduction_numbered_zero_is_no_record(project: Project) -> None:
    """MinBZK/logboek-dataverwerkingen keeps its ReSpec introduction as `00-introductie.md` beside record
    `0000-gebruik-van-adr.md`: read as a record 0 with no title, it made two false ADR103 errors. Near miss:
    `0001-introduction.md` is a record."""
    project.write("docs/besluiten/00-introductie.md", "Dit document beschrijft de besluiten.\n")
    project.write("docs/besluiten/0000-gebruik-van-adr.md", "# Gebruik van ADR\n\n- Status: geaccepteerd\n")
    project.write("docs/besluiten/0001-introduction.md", "# Introduction of X\n\n- Status: geaccepteerd\n")
    assert [(row["number"], row["title"]) for row in listed(project, "--dir", "docs/besluiten")] == [
        (0, "Gebruik van ADR"), (1, "Introduction of X")]
    result = project.run("--dir", "docs/besluiten", "validate", "--format", "json")
    assert [f["code"] for f in json.loads(result.stdout) if f["severity"] == "error"] == []


def test_a_status_line_going_on_after_a_bullet_sign(project: Project) -> None:
    """VladislavDraga398/Expirians_Golang_Project writes `Status: **Accepted** • Date: 2025-09-27`: the status was
    read and the day lost (a middle dot `·` was read). Near miss: a deciders' line keeps its first part, as after a
    middle dot."""
    project.write("docs/adr/0001-x.md", "# 1. X\n\nStatus: **Accepted** • Date: 2020-09-27\n\n## Context\n\nC.\n")
    project.write("docs/adr/0002-y.md", "# 2. Y\n\nDeciders: Ann • Bo\nDate: 2020-09-28\n\n## Status\n\nAccepted\n")
    assert [(row["status"], row["date"], row["decision_makers"]) for row in listed(project)] == [
        ("accepted", "2020-09-27", []), ("accepted", "2020-09-28", ["Ann"])]


def test_a_bold_status_key_without_a_colon(project: Project) -> None:
    """actions/runner writes `**Status** Accepted` over `**Date** 2019-06-05` (3 records): the day was read, the
    status not. Near misses: bold words of a paragraph (`**Status** of the migration is unclear`) and another key
    in bold over words name nothing."""
    project.write("docs/adr/0276-a.md", "# ADR 0276: A\n\n**Status** Accepted\n**Date** 2019-06-05\n\n## Context\n\nC.\n")
    project.write("docs/adr/0277-b.md", "# ADR 0277: B\n\n**Status** of the migration is unclear.\n\n**Deciders** "
                  "were many.\n\n## Context\n\nC.\n")
    assert [(row["status"], row["date"], row["decision_makers"]) for row in listed(project)] == [
        ("accepted", "2019-06-05", []), (None, None, [])]


def test_a_review_s_near_misses_of_this_stop_s_forms(project: Project) -> None:
    """A review of this stop's forms found ordinary records they misread: an issue taken out of a related value left
    a comma that voided it (`ADR-0003, #9`); `[Accepted]` over a list of work done lost its status to the list; a
    supersession in part read as whole (a successor's key line, a Related or Links bullet); a sentence opening with a
    bold `**Status**` set the status; `Supersedes 2 legacy cron scripts` named record 2, `Replaces #1234` an issue;
    `end of March 2027` took the H of March for a half-year; `Kabul edilmedi` (not accepted) read as accepted;
    `ADR-0009's successor` named record 9; a day after the status on its line won over the record's own `Date:` line;
    a heading over bullets of other keys (`# Background` over `* Cost:`) was passed over for the status below it."""
    for number in (3, 9):
        project.write(f"docs/adr/000{number}-r.md", f"# {number}. R\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    body = "\n\n## Context\n\nC.\n"
    records = {
        1: "- **Status:** Accepted\n- **Date:** 2020-01-02\n- **Related:** ADR-0003, #9" + body,
        2: "Date: 2020-01-02\n\n## Status\n\n[Accepted]\n\n- [x] Migrate the database\n- [ ] Drop the old one" + body,
        4: "Date: 2020-01-02\n\n## Status\n\nAccepted\n\n**Superseded by:** [ADR-0009](0009-r.md) in part (the API)"
           + body,
        5: "Date: 2020-01-02\n\n## Status\n\nAccepted" + body + "\n## Related\n\n- Supersedes ADR-0003 (partly: the "
           "cron)\n- Replaced by ADR-0009's successor, once written\n",
        6: "**Status** Deprecated APIs are listed below.\n\nDate: 2020-01-02" + body,
        7: "* Status: accepted\n* Date: 2020-01-02\n* Supersedes 2 legacy cron scripts\n* Replaces #1234 (the ticket)"
           + body,
        8: "Date: 2020-01-02\nRevisit: end of March 2021\n\n## Status\n\nKabul edilmedi" + body,
        10: "Status: accepted. Date: 2020-09-20. Deciders: Ann\nDate: 2020-01-01" + body,
        11: "# Background\n\n* Cost: we pay 3k a month\n* Status: the service is down weekly" + body,
        12: "Date: 2020-01-02\nRevisit: end of March 2021\n\n## Status\n\nAccepted" + body,
    }
    for number, text in records.items():
        project.write(f"docs/adr/00{number:02d}-x.md", f"# {number}. X\n\n{text}")
    rows = {row["number"]: row for row in listed(project)}
    assert [(n, rows[n]["status"], rows[n]["date"], rows[n]["supersedes"], rows[n]["superseded_by"],
             rows[n]["relates_to"]) for n in records] == [
        (1, "accepted", "2020-01-02", [], [], [3]), (2, "accepted", "2020-01-02", [], [], []),
        (4, "accepted", "2020-01-02", [], [], []), (5, "accepted", "2020-01-02", [], [], []),
        (6, None, "2020-01-02", [], [], []), (7, "accepted", "2020-01-02", [], [], []),
        (8, "rejected", "2020-01-02", [], [], []), (10, "accepted", "2020-01-01", [], [], []),
        (11, None, None, [], [], []), (12, "accepted", "2020-01-02", [], [], [])]
    due = json.loads(project.run("due", "--as-of", "2021-03-31", "--format", "json").stdout)
    assert [(item["number"], item["due_on"]) for item in due] == [(12, "2021-03-31")]  # 8 is rejected: never due


def test_survey_clones_near_misses_of_this_stop_s_forms(project: Project) -> None:
    """Read again over every earlier survey's clones, this stop's forms changed three logs they should not have:
    subtract0/Fresh's `docs/` (two numbered records beside 39 guides, `ARCHITECTURE.md`, `CICD.md`, ..) read its
    guides as records named by words; goldenpath's record whose front matter says `supersedes: []` took a
    `**Supersedes**:` line of its Related section (a branch not merged); ot-it-docs' `**Přijato** • Datum: <!--
    2025-08-15 -->` read the day the template left commented out."""
    for name in ("ARCHITECTURE", "CICD", "TESTING", "DEPLOYMENT", "MONITORING", "ROADMAP", "TOOLS", "MCP", "MEMORY",
                 "PATTERNS", "RELEASES", "SCAFFOLD", "INTERFACES", "PERFORMANCE", "QUALITY", "TELEGRAM", "CAPABILITIES",
                 "BOOTSTRAP", "ASSIST", "AGENTS_GUIDE", "COSTS", "FEATURES"):
        project.write(f"guides/docs/{name}.md", f"# {name}\n\nStatus: current\n")
    for number in (1, 2):
        project.write(f"guides/docs/000{number}-r.md", f"# {number}. R\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    assert [row["id"] for row in listed(project, "--dir", "guides/docs")] == ["0001", "0002"]
    project.write("docs/adr/0153-x.md", "# 153. X\n\nDate: 2020-01-01\n\n## Status\n\nProposed\n")
    project.write("docs/adr/0148-y.md", "---\nstatus: accepted\ndate: 2020-01-13\nsupersedes: []\n---\n# Y\n\n## Context"
                  "\n\nC.\n\n## Related\n\n- **Supersedes**: [ADR-0153](0153-x.md) (a branch, not merged)\n")
    project.write("docs/adr/0001-z.md", "# ADR 0001 — Z\n\n!!! info \"Status\"\n    **Přijato** • Datum: <!--  2020-08-15 "
                  "--> • Verze: <!-- 0.1 -->\n\n## Kontext\n\nK.\n")
    rows = {row["number"]: row for row in listed(project, "--dir", "docs/adr")}
    assert [(n, rows[n]["date"], rows[n]["supersedes"]) for n in (1, 148)] == [(1, None, []), (148, "2020-01-13", [])]


def test_the_day_a_record_was_last_updated_dates_it_when_it_gives_no_other(project: Project) -> None:
    """ecmwf/codex's `## Last Updated` over `2025-06-25`, and a `Last Updated:` line under the title over an
    adr-tools Status section, date a record as MADR 2's `Last updated` bullet does; a `Date:` line or a `## Date`
    section wins over it, and a section of prose, or one named `Updated` alone (an amendment's), gives no day."""
    body = "\n## Status\n\nAccepted\n\n## Context\n\nC.\n"
    project.write("docs/adr/0001-x.md", f"# 1. X\n\nLast Updated: 2025-06-25\n{body}")
    project.write("docs/adr/0002-y.md", f"# 2. Y\n{body}\n## Last Updated\n\n2025-06-26\n")
    project.write("docs/adr/0003-z.md", f"# 3. Z\n\nDate: 2024-01-02\n{body}\n## Last Updated\n\n2025-06-27\n")
    project.write("docs/adr/0004-w.md", f"# 4. W\n{body}\n## Last Updated\n\nWhen the team last met.\n")
    project.write("docs/adr/0005-v.md", f"# 5. V\n{body}\n## Last Updated\n\n2025-06-28\n\n## Date\n\n2024-02-03\n")
    project.write("docs/adr/0006-u.md", f"# 6. U\n{body}\n## Updated\n\n2025-06-29: we switched the driver.\n")
    assert [row["date"] for row in listed(project)] == ["2025-06-25", "2025-06-26", "2024-01-02", None, "2024-02-03",
                                                        None]


def test_a_dates_section_gives_the_day_of_the_decision_step(project: Project) -> None:
    """lpalbou/AbstractFramework keeps a `## Dates` section, a line a step: `- Proposed: 2026-01-07`, `- Accepted:
    2026-01-08`, `- Updated: 2026-05-08 (..)`. The record's day is its deciding step's (accepted, rejected, a
    decision's), else its proposing step's (created, drafted too; `- Accepted: TBD` or `(planned)` gives none); a
    later step's (updated, deprecated) is not, nor a section of prose. A day the status gives, or a `## Date`
    section, wins over it; a step it cannot tell (`Approved by the board:`) leaves the record undated. Steps may
    share a line as sentences (`Proposed: 2026-01-07. Accepted: 2026-01-08.`); a sentence of prose after them ends
    the steps."""
    steps = {1: ("Accepted", "- Proposed: 2026-01-07\n- Accepted: 2026-01-08\n- Updated: 2026-05-08 (aligned with ADR-33)"),
             2: ("Proposed", "- Proposed: 2026-01-19\n- Accepted: TBD"),
             3: ("Proposed", "- Proposed: (unknown; predates date tracking)\n- Accepted: (TBD)"),
             4: ("Deprecated", "- Proposed: 2025-12-22\n- Deprecated: 2026-02-01"),
             5: ("Accepted", "- Updated: 2026-05-08"),
             6: ("Accepted", "We met on 2026-01-02 and agreed."),
             7: ("Accepted (2026-02-01)", "- Proposed: 2026-01-07\n- Accepted: 2026-01-08"),
             8: ("Rejected", "- Proposed on: 2026-01-07\n- Rejected on: 2026-01-20"),
             9: ("Accepted", "- Created: 2026-01-07\n- Last reviewed: 2026-09-01"),
             10: ("Proposed", "- Proposed: 2026-01-07\n- Accepted: 2026-03-01 (planned)"),
             11: ("Accepted", "- Proposed: 2026-01-07\n- Approved by the board: 2026-01-15"),
             12: ("Accepted", "- Accepted: 2026-01-08\n\n## Date\n\n2025-10-10"),
             13: ("Accepted", "Proposed: 2026-01-07. Accepted: 2026-01-08."),
             14: ("Accepted", "Proposed: 2026-01-07; Accepted: 2026-01-10"),
             15: ("Accepted", "Proposed: 2026-01-07. We then met and agreed.")}
    for number, (status, text) in steps.items():
        project.write(f"docs/adr/{number:04d}-x.md", f"# ADR-{number:04d}: X\n\n## Status\n{status}\n\n## Dates\n"
                                                     f"{text}\n\n## Context\nC.\n")
    assert [row["date"] for row in listed(project)] == [
        "2026-01-08", "2026-01-19", None, "2025-12-22", None, None, "2026-02-01", "2026-01-20", "2026-01-07",
        "2026-01-07", None, "2025-10-10", "2026-01-08", "2026-01-10", "2026-01-07"]


def test_a_status_s_day_after_a_remark_in_brackets_dates_the_record(project: Project) -> None:
    """simpledotorg/simple-android: `Accepted (Supersedes [001](..), [007](..)) on 2019-10-01` is dated by the day
    after the remark, as `Accepted on 2020-04-16` is; a day inside the remark is the day (EvaLok's `Accepted
    (2026-03-16). Phase 1 complete ..`, later days after it), numbers after it that are no day date nothing; a
    retiring status's day is not the decision's."""
    statuses = {2: "Accepted (Supersedes [1. A](0001-a.md)) on 2019-10-01",
                3: "Accepted (replaces the 2019-05-01 design)",
                4: "Accepted (see ADR 1) on the condition that 5 teams agree",
                5: "Accepted on 2020-04-16",
                6: "Superseded (see [1. A](0001-a.md)) on 2021-02-03",
                7: "Accepted (2026-03-16). Phase 1 complete. Phase 2a: a fix (2026-03-18)."}
    project.write("doc/adr/0001-a.md", "# 1. A\n\n## Status\n\nAccepted\n")
    for number, status in statuses.items():
        project.write(f"doc/adr/000{number}-x.md", f"# {number}. X\n\n## Status\n\n{status}\n\n## Context\n\nC.\n")
    assert [(row["number"], row["status"], row["date"], row["supersedes"]) for row in listed(project)][1:] == [
        (2, "accepted", "2019-10-01", [1]), (3, "accepted", None, []), (4, "accepted", None, []),
        (5, "accepted", "2020-04-16", []), (6, "superseded", None, []), (7, "accepted", "2026-03-16", [])]


def test_badges_under_the_title_state_the_status_and_the_day(project: Project) -> None:
    """HibiscusCollective/goats: `![Accepted](https://img.shields.io/badge/status-accepted-success)
    ![Date](https://img.shields.io/badge/Date-27_Jul_2023-lightblue)` under the title is the record's status and
    date (shields' escapes read: `_` a blank, `--` a dash, `%20`); a badge of anything else states nothing, a
    lifecycle word of another thing's neither (`API v1 - deprecated`)."""
    badge = "https://img.shields.io/badge/"
    project.write("docs/adr/adr-0001-rust.md", f"# **ADR-0001** Use Rust\n\n**Author**: Ann\n\n![Accepted]({badge}"
                                               f"status-accepted-success) ![Date]({badge}Date-27_Jul_2023-lightblue)\n")
    project.write("docs/adr/adr-0002-x.md", f"# ADR-0002 X\n\n[![ADR status: proposed]({badge}ADR%20status-proposed-"
                                            f"d4a72c?style=flat-square)](#status) ![d]({badge}date-2026--05--09-blue)\n")
    project.write("docs/adr/adr-0003-y.md", f"# ADR-0003 Y\n\n![build]({badge}build-passing-green) "
                                            f"![coverage]({badge}coverage-2021--01--02-green) "
                                            f"![API v1]({badge}API_v1-deprecated-orange)\n")
    assert [(row["title"], row["status"], row["date"]) for row in listed(project)] == [
        ("Use Rust", "accepted", "2023-07-27"), ("X", "proposed", "2026-05-09"), ("Y", None, None)]


def test_the_page_a_log_s_next_links_end_on_is_no_record(project: Project) -> None:
    """ministryofjustice's HMPPS logs end their records' `[Next >>]` links on `9999-end.md` (`No more records`): no
    record 9999, no finding, and `adr new` takes the number after the records'; a record that merely ends a
    word so, or numbered otherwise, stays one."""
    record = "# {n}. {title}\n\n[Next >>]({next})\n\nDate: 2021-11-23\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n"
    project.write("doc/architecture/decisions/0001-use-adr.md", record.format(n=1, title="Use ADR", next="0002-split.md"))
    project.write("doc/architecture/decisions/0002-split.md", record.format(n=2, title="Split", next="9999-end.md"))
    project.write("doc/architecture/decisions/9999-end.md", "No more records\n")
    project.write("doc/architecture/decisions/0003-end.md", record.format(n=3, title="End", next="9999-end.md"))
    project.today = "2021-12-01"
    assert [row["number"] for row in listed(project)] == [1, 2, 3]
    assert project.run("validate").stdout == ""
    assert project.run("new", "--no-git", "Use Kotlin").stdout == "doc/architecture/decisions/0004-use-kotlin.md\n"


def test_front_matter_s_state_is_the_status_where_none_is_keyed_status(project: Project) -> None:
    """giantswarm/rfc's front matter keys the status `state: approved`: its status, unless a `status:` key is there
    (said or left empty); a state that is no lifecycle word is none."""
    project.write("docs/adr/0001-x.md", "---\ntitle: X\nstate: approved\ncreation_date: 2021-03-04\n---\n# X\n\nBody.\n")
    project.write("docs/adr/0002-y.md", "---\nstate: obsolete\nstatus: accepted\n---\n# Y\n")
    project.write("docs/adr/0003-z.md", "---\nstate: of the art\n---\n# Z\n")
    project.write("docs/adr/0004-w.md", "---\nstatus:\nstate: closed\n---\n# W\n")  # the status left empty
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("approved", "2021-03-04"), ("accepted", None), (None, None), (None, None)]


def test_a_day_the_front_matter_leaves_blank_is_the_one_the_body_gives(project: Project) -> None:
    """robsartin/setlist-scout's front matter says `date: ""` and the body `Date: 2026-08-06` under the title: the
    record had no date. A front matter date left empty, as a placeholder or undecided gives way to the body's; one
    that gives a day wins over it, as before, and a blank one over a body that gives none is none. A day written
    wrong is the record's own, for ADR304 to report, not a blank."""
    body = "\n# Use {0}\n\nDate: 2026-08-0{1}\n\n## Context\n\nC.\n"
    heads = {1: 'date: ""', 2: "date: {YYYY-MM-DD when the decision was last updated}", 3: "date:", 4: "date: TBD",
             5: "date: 2025-01-02", 7: "date: 2024-13-45", 8: "date: 2024-01"}
    for number, head in heads.items():
        project.write(f"docs/decisions/000{number}-x.md", f"---\nstatus: accepted\n{head}\n---\n"
                                                          + body.format(number, number))
    project.write("docs/decisions/0006-y.md", '---\nstatus: accepted\ndate: ""\n---\n\n# Use 6\n\n## Context\n\nC.\n')
    assert [row["date"] for row in listed(project)] == [
        "2026-08-01", "2026-08-02", "2026-08-03", "2026-08-04", "2025-01-02", None, None, None]
    found = json.loads(project.run("validate", "--format", "json").stdout)
    assert [f["path"][-9:] for f in found if f["code"] == "ADR304"] == ["0007-x.md", "0008-x.md"]


def test_a_front_matter_title_that_is_the_record_s_id_alone(project: Project) -> None:
    """NHSDigital/nhs-notify's Jekyll pages say `title: ADR-004` and give the words in `summary:` and
    `description:`, with no title heading: every record was titled `ADR-004`. The summary (else the description)
    is the title; a title with words keeps them, and an id with nothing else to go by stays the title."""
    table = "\n| | |\n|---|---|\n| Date | `2024-05-22` |\n| Status | `Decided` |\n\n## Context\n\nC.\n"
    project.write("docs/adr/adr-004-github.md", "---\ntitle: ADR-004\nparent: Active ADRs\ndescription: GitHub as "
                  "default git upstream location\nsummary: GitHub as default git upstream location\n---\n" + table)
    project.write("docs/adr/adr-005-docs.md", "---\ntitle: ADR-005\ndescription: Docs in git\n---\n" + table)
    project.write("docs/adr/adr-006-runners.md", "---\ntitle: 'ADR-006: Use hosted runners'\nsummary: x\n---\n"
                  + table)
    project.write("docs/adr/adr-007-names.md", "---\ntitle: ADR-007\n---\n" + table)
    assert [(row["title"], row["status"]) for row in listed(project)] == [
        ("GitHub as default git upstream location", "decided"), ("Docs in git", "decided"),
        ("Use hosted runners", "decided"), ("ADR-007", "decided")]


def test_a_thematic_break_opening_a_record_is_no_front_matter(project: Project) -> None:
    """18F/identity-pki's template opens with a note over `---`; authors delete the note and keep the rule, a
    blank line and `# Architecture Decision Record 12: ..` under it. Read as front matter never closed, half the
    log was left out of `list` with an ADR100 error each. Near misses: a key under the fence, after a blank line
    or not, or after YAML comments, is front matter (left open, still an error)."""
    project.write("doc/adr/0012-oncall.md", "---\n\n# Architecture Decision Record 12: On-Call Notifications\n\n"
                  "> We will use AWS Incident Manager.\n\n__Status__: Proposed\n\n## Context\n\nC.\n\n---\n\nMore.\n")
    project.write("doc/adr/0013-spaced.md", "---\n\ntitle: Spaced keys\nstatus: accepted\n---\n\nText.\n")
    project.write("doc/adr/0014-forgot.md", "---\nstatus: accepted\n\n# 14. Forgot to close\n\nx\n")
    project.write("doc/adr/0015-commented.md", "---\n\n# generated by our template\nstatus: accepted\n---\n\n"
                  "# 15. Commented\n")
    listing = project.run("list", "--format", "json")  # exit 2: a record unreadable, the others listed
    assert listing.exit_code == 2 and listing.stderr.endswith("0014-forgot.md:1: front matter opened on line 1 is "
                                                              "never closed with '---'\n")
    assert [(row["number"], row["title"], row["status"]) for row in json.loads(listing.stdout)] == [
        (12, "On-Call Notifications", "proposed"), (13, "Spaced keys", "accepted"), (15, "Commented", "accepted")]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(finding["path"][-14:], finding["code"], finding["severity"]) for finding in findings] == [
        ("0014-forgot.md", "ADR100", "error")]


def test_madr_2_bullets_whose_bold_keys_have_no_colon(project: Project) -> None:
    """GridTools/gt4py: `- **Status** deprecated` (the bold sets the key apart, no colon) over `- **Created**
    2022-02-09` or `- **Created**: 2022-06-22`: status and date were lost, the whole list unread. Near misses: a
    bold word opening an item of prose is no key (`- **Fast** startup`, `- **Status** quo: keep the cron job`)."""
    project.write("docs/adr/0002-lowering.md", "---\ntags: [frontend]\n---\n\n# Field View Lowering\n\n"
                  "- **Status** deprecated\n- **Authors** Rico, Till\n- **Created** 2022-02-09\n- **Updated** "
                  "2023-03-22\n\n## Context\n\nC.\n")
    project.write("docs/adr/0007-fencil.md", "# Fencil Processors\n\n- **Status** deprecated\n- **Authors**: Rico\n"
                  "- **Created**: 2022-06-22\n\n## Context\n\nC.\n")
    project.write("docs/adr/0008-fast.md", "# Fast\n\n- **Fast** startup\n- **Small** images\n\n## Status\n\n"
                  "Accepted\n")
    project.write("docs/adr/0009-quo.md", "# 9. Use X\n\n- **Status** quo: keep the cron job as it is\n- **Option B**:"
                  " move to a queue\n\n## Status\n\nAccepted\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("deprecated", "2022-02-09"), ("deprecated", "2022-06-22"), ("accepted", None), ("accepted", None)]


def test_a_status_s_footnote_names_its_relation(project: Project) -> None:
    """actions/actions-runner-controller: `**Status**: Superceded [^1]` with `[^1]: Superseded by [ADR
    2023-03-14](2023-03-14-x.md)` at the foot, and its successor's `**Status**: Done [^1]` with `[^1]: Supersedes
    [..](..)`: the successor went unnamed (ADR302 said none was). A footnote no line defines is left out."""
    project.write("docs/adrs/2019-12-05-labels.md", "# ADR 2019-12-05: Labels\n\n**Date**: 2019-12-05\n\n"
                  "**Status**: Superceded [^1]\n\n## Context\n\nC.\n\n[^1]: Superseded by [ADR 2020-03-14]"
                  "(2020-03-14-labels.md)\n")
    project.write("docs/adrs/2020-03-14-labels.md", "# ADR 2020-03-14: Labels again\n\n**Date**: 2020-03-14\n\n"
                  "**Status**: Done [^1]\n\n## Context\n\nC.\n\n[^1]: Supersedes [ADR 2019-12-05](2019-12-05-labels.md)\n")
    project.write("docs/adrs/2020-04-01-other.md", "# ADR 2020-04-01: Other\n\n**Status**: Accepted [^2]\n")
    rows = listed(project)
    assert [(row["status"], [(link["kind"], link["id"]) for link in row["links"]]) for row in rows] == [
        ("superseded", [("superseded-by", "2020-03-14-labels")]), ("done", [("supersedes", "2019-12-05-labels")]),
        ("accepted", [])]
    assert json.loads(project.run("validate", "--format", "json").stdout) == []


def test_a_rule_over_a_heading_that_opens_a_record_is_no_front_matter(project: Project) -> None:
    """sa4s-serc/AgenticAKM's generated records open with `---` straight over `### ADR-002: ..` and are never closed:
    read as front matter never closed, 614 records were left out of `list` (exit 2) with an ADR100 error each.
    Near misses: a YAML comment straight under the fence over a key is front matter; a key under a fence never
    closed is the record's error still."""
    project.write("docs/adr/adr-001-monorepo.md", "### ADR-001: Monorepo\n\nStatus: Inferred\nContext: C.\n")
    project.write("docs/adr/adr-002-expo.md", "---\n### ADR-002: Use Expo\n\nStatus: Inferred\nContext: C.\n"
                                              "Decision: D.\n")
    project.write("docs/adr/adr-003-jest.md", "***\n\n# ADR-003: Use Jest\n\n## Status\n\nAccepted\n\n---\n\nMore.\n")
    project.write("docs/adr/adr-004-yaml.md", "---\n# generated\nstatus: accepted\n---\n\n# ADR-004: Use YAML\n")
    project.write("docs/adr/adr-005-open.md", "---\nstatus: accepted\n# ADR-005: Left open\n")
    listing = project.run("list", "--format", "json")
    assert (listing.exit_code, listing.stderr) == (2, f"adr: {project.root}/docs/adr/adr-005-open.md:1: front "
                                                      "matter opened on line 1 is never closed with '---'\n")
    assert [(row["number"], row["title"], row["status"]) for row in json.loads(listing.stdout)] == [
        (1, "Monorepo", "inferred"), (2, "Use Expo", "inferred"), (3, "Use Jest", "accepted"),
        (4, "Use YAML", "accepted")]


def test_a_line_of_fields_apart_by_pipes_whose_values_hold_middle_dots(project: Project) -> None:
    """sebc-dev/colibri-cms: `Statut : Accepté | Date : 2026-08-15 | Trace vers : [..](..) — invariant `I10` ·
    remplace [ADR-0030](..)`: the middle dot of the last field's value split the line first, and the day and the
    relation were lost. Pipes part the fields; a relation after another field's value is the record's
    (`remplace`, French for replaces; `remplacé par` names the successor). Near miss: fields apart by middle
    dots alone are read as before."""
    project.write("docs/adr/0030-a.md", "# ADR-0030 : A\nStatut : Remplacé par [ADR-0032](./0032-c.md) | Date : "
                  "2020-08-13\n\n## Contexte\n\nC.\n")
    project.write("docs/adr/0031-b.md", "# ADR-0031 : B\n**Status:** Accepted · **Date:** 2020-08-14\n\n## Context\n\nC.\n")
    project.write("docs/adr/0032-c.md", "# ADR-0032 : C\nStatut : Accepté | Date : 2020-08-15 | Trace vers : "
                  "[docs/archi.md](../archi.md) — invariant `I10` · remplace [ADR-0030](./0030-a.md)\n\n"
                  "## Contexte\n\nC.\n")
    assert [(row["status"], row["date"], row["supersedes"], row["superseded_by"]) for row in listed(project)] == [
        ("superseded", "2020-08-13", [], [32]), ("accepted", "2020-08-14", [], []),
        ("accepted", "2020-08-15", [30], [])]


def test_a_list_of_fields_over_a_later_title_dates_the_record(project: Project) -> None:
    """reactjs/rfcs: `- Start Date: 2020-02-13` / `- RFC PR: ..` / `- React Issue: N/A`, then `# useMutableSource`
    (a note between them too): the day was lost, as it was read only when the list opened a record with no
    title. Near misses: a list over the title that gives no day (`- Created: a new queue`) dates nothing."""
    project.write("text/0147-use-mutable-source.md", "- Start Date: 2020-02-13\n- RFC PR: [18000](https://x.org/18000)\n"
                  "- React Issue: N/A\n\n# useMutableSource\n\n## Summary\n\nS.\n")
    project.write("text/0212-react-18.md", "- Start Date: 2020-03-23\n- React Issue: N/A\n\nNote: shipped.\n\n"
                  "# RFC: Intent to ship React 18\n\n## Summary\n\nS.\n")
    project.write("text/0213-queue.md", "- Created: a new queue\n- Owner: Ann\n\n# Queue\n\n## Summary\n\nS.\n")
    assert [(row["title"], row["date"]) for row in listed(project, "--dir", "text")] == [
        ("useMutableSource", "2020-02-13"), ("Intent to ship React 18", "2020-03-23"), ("Queue", None)]


def test_a_diary_s_records_open_with_their_day(project: Project) -> None:
    """Kilianrm/cloud-events-platform keeps its log as a diary: `## 2026-01-29 – Separate Paths` opens each record
    (`# [ADR] 2026-03-20 – X` too), some files named with a typographer's dash (`005–event.md`, dropped without a
    word). The day is the record's, the title the words after it; an impossible day dates nothing. Near misses: a
    date that a title's words go on from (`# 2024-01-02 release notes`), or after which a colon names a milestone
    (`# 2027-06-30: Sunset of the v1 API`), is the title's."""
    records = {"000-approach.md": "## 2020-01-28 – Decision-Making Approach\n\n**Decision**\nUse ADRs.\n",
               "005–event-envelope.md": "## 2020-01-28 – Event Envelope\n\n**Decision**\nD.\n",
               "014–minimal-ci.md": "## 2020-02-1 – Minimal CI\n\n**Decision**\nD.\n",
               "015-state.md": "## 2020-02-30 – No Terraform Cloud\n\n**Decision**\nD.\n",
               "100-observability.md": "# [ADR] 2020-03-20 – Observability\n\n## Status\n\nAccepted\n",
               "300-idempotency.md": "# 2020-04-04: Idempotency\n\n## Status\n\nAccepted\n\nDate: 2020-04-05\n",
               "301-release.md": "# 2020-01-02 release notes\n\n## Status\n\nAccepted\n"}
    for name, text in records.items():
        project.write(f"docs/decisions/{name}", text)
    assert [(row["number"], row["title"], row["date"]) for row in listed(project)] == [
        (0, "Decision-Making Approach", "2020-01-28"), (5, "Event Envelope", "2020-01-28"),
        (14, "Minimal CI", "2020-02-01"), (15, "No Terraform Cloud", None), (100, "Observability", "2020-03-20"),
        (300, "2020-04-04: Idempotency", "2020-04-05"), (301, "2020-01-02 release notes", None)]


def test_days_and_numbers_written_as_small_logs_write_them(project: Project) -> None:
    """Audit 42's small logs: a `## Date:` heading with its colon (as `## Status:` is written, TeacherSuite), a
    day under `**Date Proposed:**` (OpenCHAMI), a number in brackets (`# ADR [001]: JWTs`); a `**Last Updated:**` or
    `Decision date:` line over the status in its section (no status; it dates the record); a `## Current Status`
    of the project (`✅ **Production Ready**`) under a header that gives the decision's (shwetpatil/shopping-app:
    the status was `last updated`). Near miss: a Status section's lifecycle word still wins over the header's."""
    project.write("docs/adr/0001-jwt.md", "# ADR [001]: JWTs for Auth\n\n**Date Proposed:** 2020-09-11  \n"
                  "**Status:** Proposed  \n\n## Context\n\nC.\n")
    project.write("docs/adr/0003-pg.md", "# ADR-003: PostgreSQL\n\n## Date:\n2020-11-11\n\n## Status:\nAccepted\n")
    project.write("docs/adr/0004-mf.md", "# ADR-004: Microfrontends\n\n**Status:** ✅ Accepted  \n**Date:** 2020-12-14\n\n"
                  "## Context\n\nC.\n\n## Current Status\n\n**Last Updated:** December 15, 2020\n\n✅ **Production "
                  "Ready** - fully implemented.\n")
    project.write("docs/adr/0005-b.md", "# ADR-005: B\n\n## Status\n\n**Last Updated:** December 15, 2020\n\nAccepted\n")
    project.write("docs/adr/0006-c.md", "# ADR-006: C\n\n**Status:** Proposed\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0007-d.md", "# ADR-007: D\n\n## Status\n\nDecision date: 2020-01-01\n\nAccepted\n")
    assert [(row["number"], row["title"], row["status"], row["date"]) for row in listed(project)] == [
        (1, "JWTs for Auth", "proposed", "2020-09-11"), (3, "PostgreSQL", "accepted", "2020-11-11"),
        (4, "Microfrontends", "accepted", "2020-12-14"), (5, "B", "accepted", "2020-12-15"), (6, "C", "accepted", None),
        (7, "D", "accepted", "2020-01-01")]


def test_a_day_started_dates_a_record_that_gives_no_day_it_was_decided(project: Project) -> None:
    """konflux-ci/architecture dates its records `* Date started: 2022-11-11` over `* Date revised:` lines (4 records
    had no date): the day the work on the decision started, as a proposing step's day is. Near miss: `Date
    accepted:` below it is the day it was decided, and wins."""
    project.write("ADR/0006-logs.md", "# 6. Logs\n\n* Date started: 2019-11-11\n* Date revised: 2020-03-08\n\n"
                                      "## Status\n\nImplemented\n")
    project.write("ADR/0033-tracing.md", "# 33. Tracing\n\nDate started: 2020-02-27\n\nDate accepted: 2020-04-02\n\n"
                                         "## Status\n\nAccepted\n")
    assert [(row["number"], row["status"], row["date"]) for row in listed(project)] == [
        (6, "implemented", "2019-11-11"), (33, "accepted", "2020-04-02")]
    assert json.loads(project.run("validate", "--format", "json").stdout) == []


def test_days_keyed_by_their_step_under_the_status(project: Project) -> None:
    """Reefact/just-dummies: `**Status:** Accepted` over `**Proposed:** 2020-07-10` and `**Accepted:** 2020-07-12`
    (83 records, no date): the deciding step's day, else the proposing one's; a `Date:` line wins, and a step's
    key with no day (`**Approved:** yes`), a day planned (`(planned)`, `target 2027-01-15`) or one in a sentence
    (`pending sign-off (was 2020-02-01)`) dates nothing and draws no warning."""
    header = {1: "**Status:** Accepted\n**Proposed:** 2020-07-10\n**Accepted:** 2020-07-12",
              2: "**Status:** Proposed\n**Proposed:** 2020-07-10", 3: "**Status:** Accepted\n**Approved:** yes",
              4: "**Status:** Accepted\n**Date:** 2020-07-01\n**Accepted:** 2020-07-12",
              5: "**Status:** Proposed\n**Proposed:** 2020-01-10\n**Accepted:** 2020-03-01 (planned)",
              6: "Status: Proposed\nApproved: awaiting review, target 2027-01-15",
              7: "**Status:** Accepted\n**Accepted:** pending sign-off (was 2020-02-01)"}
    for number, lines in header.items():
        project.write(f"doc/adr/{number:04d}-x.md", f"# ADR-{number:04d} | X\n\n{lines}\n\n## Context\n\nC.\n")
    assert [row["date"] for row in listed(project)] == ["2020-07-12", "2020-07-10", None, "2020-07-01", "2020-01-10",
                                                         None, None]
    assert json.loads(project.run("validate", "--format", "json").stdout) == []


def test_a_header_line_of_the_day_a_record_was_superseded_and_by_which(project: Project) -> None:
    """alphagov/content-publisher dates its records as GOV.UK's Rails applications do: `Date:`, `Amended:` and
    `Superseded: 2019-12-19 by [ADR 14](0014-x.md)` lines under the title. The successor was lost, and ADR302 said
    none was named. Near misses: a day alone (`Superseded: 2019-12-19`) and an amendment's day name none."""
    project.write("docs/adr/0006-tagging.md", "# 6. Tagging\n\nDate: 2018-12-12\nSuperseded: 2019-12-19 by "
                                              "[ADR 14](0014-political.md)\n\n## Status\n\nSuperseded\n")
    project.write("docs/adr/0007-other.md", "# 7. Other\n\nDate: 2018-12-12\nAmended: 2019-01-29\n"
                                             "Superseded: 2019-12-19\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0014-political.md", "# 14. Political\n\nDate: 2019-12-19\n\n## Status\n\nAccepted\n")
    assert [(row["number"], row["status"], row["date"], row["superseded_by"]) for row in listed(project)] == [
        (6, "superseded", "2018-12-12", [14]), (7, "accepted", "2018-12-12", []), (14, "accepted", "2019-12-19", [])]
    assert [f["code"] for f in json.loads(project.run("validate", "--format", "json").stdout)] == []


def test_supersede_sentences_naming_the_kind_of_record(project: Project) -> None:
    """nationalarchives' TDR records say `This decision has been superseded by decision: [0022 ..](..)` under a
    `**Date:**` line (and `This decision supersedes decision: [..](..)`), or `Superseded by decision: [..](..)` in
    the Status section: nothing was read. A banner in a quote (`> **Superseded by [ADR 3](..).** ..`, prisma) named
    the successor and no status; `Superseded by DR003` (alphagov/forms) named none. A record a successor is named
    for and that states no status is superseded. A month-named file among date-named ones (`2020-01-cms.md`) is
    no record 2020."""
    records = {"0001-a.md": "# 1. A\n\n## Status\n\nSuperseded by decision: [0002 B](0002-b.md)\n",
               "0002-b.md": "# 2. B\n\n**Date:** 2020-04-01\n\nThis decision has been superseded by decision: "
                            "[0003 C](0003-c.md)\n\n## Context\n\nC.\n",
               "0003-c.md": "# 3. C\n\n**Date:** 2020-04-01\n\nThis decision supersedes decision: [0002 B](0002-b.md)\n\n"
                            "## Context\n\nC.\n",
               "0005-e.md": "# 5. E\n\n> **Superseded by [ADR 3](0003-c.md).** The envelope idea survives.\n\n"
                            "## Context\n\nC.\n",
               "0007-g.md": "# 7. G\n\n## Status\n\nSuperseded by DR003\n",
               "0008-h.md": "# 8. H\n\n**Date:** 2020-04-01\n\nThis record is about the supersede flow.\n"}
    for name, text in records.items():
        project.write(f"doc/adr/{name}", text)
    assert [(row["status"], row["supersedes"], row["superseded_by"]) for row in listed(project)] == [
        ("superseded", [], [2]), ("superseded", [], [3]), (None, [2], []), ("superseded", [], [3]),
        ("superseded", [], [3]), (None, [], [])]
    project.write("docs/decisions/2019-12-15-x.md", "# X\n\n## Status\n\nAccepted\n")
    project.write("docs/decisions/2020-01-cms.md", "# CMS\n\n## Status\n\nAccepted\n")
    assert [(row["number"], row["id"]) for row in listed(project, "--dir", "docs/decisions")] == [
        (None, "2019-12-15-x"), (None, "2020-01-cms")]


def test_a_record_superseded_in_part_names_its_successor_for_that_part(project: Project) -> None:
    """EntityProcess/agentv: `Superseded` / `Superseded in part by [5. ..](0005-..md).` is a partial replacement
    (no `superseded_by`, as the truth rules have it), yet a successor is named and linked: ADR302 said "no
    successor is named". The successor for that part amends it (round 51's M6: the link's kind was a made-up
    `superseded-in-part-by`). Near miss: `Superseded` with no such line is warned of still."""
    status = "Superseded\n\nSuperseded in part by [2. Keep it read-only](0002-keep-it-read-only.md)."
    project.write("docs/adr/0001-keep-it-out.md", NYGARD.format(n=1, title="Keep it out", status=status))
    project.write("docs/adr/0002-keep-it-read-only.md", NYGARD.format(n=2, title="Keep it read-only",
                                                                     status="Accepted"))
    project.write("docs/adr/0003-use-x.md", NYGARD.format(n=3, title="Use X", status="Superseded"))
    assert [(row["status"], row["superseded_by"], [link["kind"] for link in row["links"]])
            for row in listed(project)] == [
        ("superseded", [], ["amended-by"]), ("accepted", [], []), ("superseded", [], [])]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(finding["path"], finding["code"]) for finding in findings] == [("docs/adr/0003-use-x.md", "ADR302")]


def test_a_status_named_after_the_proposal_or_as_its_state_in_bullets(project: Project) -> None:
    """getsentry/rfcs writes `* RFC Status: approved` among `* Start Date:` and `* RFC Type:` (54 of 63 records:
    no status), dapr/proposals `* State: Approved` over `* Updated: 2023-10-24` (16 of 17 not read: only a
    `* Date:` beside it made the list metadata). Near misses: a `State:` bullet that names no lifecycle (`* State:
    Ready`) opens no metadata, and a list of states in a body is no status."""
    project.write("text/0003-metrics.md", "* Start Date: 2022-08-18\n* RFC Type: feature\n* RFC Status: approved\n"
                  "* RFC Driver: [Ann](https://example.org/ann)\n\n# Expanding built-in metrics\n\n# Summary\n\nS.\n")
    project.write("text/0004-trust.md", "# Trust distribution\n\n* Author(s): joshvanl\n* State: Approved\n"
                  "* Updated: 2023-10-24\n\n## Overview\n\nO.\n")
    project.write("text/0005-ready.md", "# Ready one\n\n* Author(s): ann\n* State: Ready\n\n## Overview\n\nO.\n")
    project.write("text/0006-states.md", "# States\n\n## Overview\n\n* State: Approved\n* Other: x\n")
    assert [(row["title"], row["status"]) for row in listed(project, "--dir", "text")] == [
        ("Expanding built-in metrics", "approved"), ("Trust distribution", "approved"), ("Ready one", None),
        ("States", None)]


_IN_PART_FORMS = {
    "key line": "# ADR-{n:04d}: T\n\n**Status:** {status}\n**Date:** 2021-01-01\n",
    "Status: line": "# ADR-{n:04d}: T\n\nStatus: {status}\nDate: 2021-01-01\n",
    "bullet": "# T\n\n* Status: {status}\n* Date: 2021-01-01\n",
    "section": "# {n}. T\n\nDate: 2021-01-01\n\n## Status\n\n{status}\n",
    "front matter": "---\nstatus: {status}\ndate: 2021-01-01\n---\n\n# T\n",
}
_IN_PART_WORDS = {
    "Superseded (in part) by [ADR-0009](0009-n.md)": "superseded",
    "Superseded in part by [ADR-0009](0009-n.md)": "superseded",
    "Superseded in part por [ADR-0009](0009-n.md)": "superseded",
    "Superseded (partially) by ADR-0009": "superseded",
    "Partly superseded by [ADR-0009](0009-n.md)": "partly superseded",
}


@pytest.mark.parametrize("form", _IN_PART_FORMS)
def test_a_status_superseded_in_part_is_amended_by_its_record_in_every_form(project: Project, form: str) -> None:
    """Round 51's attack (M6): `Superseded (in part) by [ADR-9](..)` (a remark in brackets) read as superseded by 9
    whole; in a Status section, `Superseded in part by [..](..)` read as no status with a made-up link kind
    (`superseded-in-part-by`, `superseded-in-part-por`); `Partly superseded by [..]` as a bullet gave no link. In
    each form and wording, 9 amends the record: no successor of the whole, one amended-by link, the status as a
    status line saying so reads (`superseded`, or the log's own `partly superseded`), and validate is silent."""
    project.write("docs/adr/0009-n.md", NYGARD.format(n=9, title="N", status="Accepted"))
    for n, status in enumerate(_IN_PART_WORDS, start=1):
        project.write(f"docs/adr/{n:04d}-t.md", _IN_PART_FORMS[form].format(n=n, status=status))
    assert [(row["status"], row["superseded_by"], [(link["kind"], link["number"]) for link in row["links"]])
            for row in listed(project) if row["number"] != 9] == [
        (word, [], [("amended-by", 9)]) for word in _IN_PART_WORDS.values()]
    result = project.run("validate")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_a_supersession_in_part_after_the_status_amends_the_record(project: Project) -> None:
    """Round 51 (M6): a Status section saying `Accepted`, then `Superseded in part by [..](..)` or `Partly superseded
    by [..](..)` gave the links the made-up kinds `superseded-in-part-by`, `partly-superseded-by`. The record stays
    accepted, amended by 9, as `Accepted; superseded in part by [..](..)` on one line reads."""
    project.write("docs/adr/0009-n.md", NYGARD.format(n=9, title="N", status="Accepted"))
    for n, said in enumerate(("Superseded in part by", "Partly superseded by", "Superseded (in part) by"), start=1):
        project.write(f"docs/adr/000{n}-t.md", NYGARD.format(n=n, title="T", status=f"Accepted\n\n{said} "
                                                             "[ADR-0009](0009-n.md)"))
    assert [(row["status"], row["superseded_by"], [(link["kind"], link["number"]) for link in row["links"]])
            for row in listed(project) if row["number"] != 9] == [("accepted", [], [("amended-by", 9)])] * 3


def test_a_title_written_inside_quotes_is_read_without_them_and_its_prefix(project: Project) -> None:
    """Audit 52 (lane c, class 6): openfun/marsha titles its records `# 'ADR 0001 - Actors'`; the title kept the
    quotes and the `ADR 0001 -` a title without them loses. A title inside matching quotes (straight or curly) is
    read as the same title without them; a title that only opens with a quoted word keeps it."""
    project.write("docs/adr/0001-actors.md", "# 'ADR 0001 - Actors'\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0002-quoted.md", '# "Quoted" things\n\n## Status\n\nAccepted\n')
    project.write("docs/adr/0003-smart.md", "# “ADR 0003 - Smart quotes”\n\n## Status\n\nAccepted\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [row["title"] for row in listed] == ["Actors", '"Quoted" things', "Smart quotes"]


def test_front_matter_opened_by_a_comment_and_a_blank_line_is_front_matter(project: Project) -> None:
    """Round 52's attack (M6): `---`, `# These are optional elements.`, a blank line, then `status:` (MADR's
    template shape) was read as a rule and a heading: the title `These are optional elements.`, no date. YAML
    opened by comments and blank lines, its keys in lower case as YAML's are, is front matter; a rule over a title
    and capitalised key lines, or over a title and text, stays Markdown."""
    project.write("docs/decisions/0001-a.md", "---\n# These are optional elements.\n\nstatus: accepted\n"
                  "date: 2021-01-01\n---\n# Real title\n\n## Context\n")
    project.write("docs/decisions/0002-b.md", "---\n\n# Use X\n\nStatus: Accepted\n\nSome text.\n\n---\n\nMore.\n")
    project.write("docs/decisions/0003-c.md", "---\n# Title three\n\nStatus: Accepted\nDate: 2021-01-01\n\n---\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["title"], row["status"], row["date"]) for row in listed] == [
        ("Real title", "accepted", "2021-01-01"), ("Use X", "accepted", None),
        ("Title three", "accepted", "2021-01-01")]


def test_relations_written_as_reference_links_name_their_records(project: Project) -> None:
    """Audit 54 (lane a, class 3): ghalactic/provision-github-tokens writes `- Supersedes: [ADR-0002][adr-0002].`
    under `## More information`, its links defined at the end of the record; an adr-tools Status section may say
    `Supersedes [1. One][one]`. Read as a renderer links them, they name those records, as inline links do. A
    label nothing defines links nothing."""
    project.write("docs/adrs/0001-one.md", "# 1. One\n\nDate: 2024-01-01\n\n## Status\n\nSuperseded by [2. Two][]\n\n"
                                          "## Context\n\nc\n\n[2. Two]: 0002-two.md\n")
    project.write("docs/adrs/0002-two.md", "# 2. Two\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n\n"
                                          "Supersedes [1. One][one]\n\n## Context\n\nc\n\n[one]: 0001-one.md\n")
    project.write("docs/adrs/0003-three.md", "---\nstatus: accepted\ndate: 2024-01-03\n---\n# Three\n\n"
                                            "## More information\n\n- Supersedes: [ADR-0002][adr-0002].\n"
                                            "- Supersedes: [ADR-0001][nowhere].\n\n[adr-0002]: 0002-two.md\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["status"], row["supersedes"], row["superseded_by"]) for row in listed] == [
        (1, "superseded", [], [2]), (2, "accepted", [1], []), (3, "accepted", [2], [])]


@pytest.mark.parametrize("key", ["承認日", "採択日", "승인일", "Angenommen am", "Accepted on"])
def test_the_day_of_acceptance_in_a_log_s_language_dates_the_record(project: Project, key: str) -> None:
    """Audit 54 (lane c, class 4): kai-5908/harmony-study-app writes `承認日: 2025-06-15` (the day it was approved)
    under `## ステータス`; `決定日:` and `Accepted on:` were read, that was not."""
    project.write("docs/adr/0001-x.md", f"# 1. 永続化層設計\n\n## ステータス\n\n承認済み\n\n{key}: 2025-06-15\n\n"
                                        "## コンテキスト\n\nc\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["date"]) for row in listed] == [("accepted", "2025-06-15")]


def test_a_key_an_emoji_shortcode_marks_is_read_and_edited_in_place(project: Project) -> None:
    """Audit 57 (lane a, class 5): DOI-OS-ORDA/DARTS's template marks each key with a shortcode (`* :white_check_mark:
    _Status:_ Implemented January 2024`, `* :x: **Status:** Rejected`); every record was read without a status, and
    supersede refused. The key is read past its mark, and a status edit keeps the mark."""
    project.write("docs/adrs/0001-a.md", "# Architecture decision record 1: A\n\nBrief\n\n"
                                         "* :white_check_mark: _Status:_ Implemented January 2024\n"
                                         "* :ticket: _Issue:_ [x](https://x)\n\n## Context\n\nc\n")
    project.write("docs/adrs/0002-b.md", "# Architecture decision record 2: B\n\n* :x: **Status:** Rejected\n\n"
                                         "## Context\n\nc\n")
    project.write("docs/adrs/0003-c.md", "# 3. C\n\n:white_check_mark: **Status:** Accepted\n"
                                         ":calendar: Date: 2024-01-02\n\n## Context\n\nc\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("implemented", None), ("rejected", None), ("accepted", "2024-01-02")]
    result = project.run("supersede", "1", "--by", "3")
    assert result.exit_code == 0, result.stderr
    assert project.read("docs/adrs/0001-a.md").split("\n")[4] == \
        "* :white_check_mark: _Status:_ Superseded by [ADR-0003](0003-c.md)"


def test_a_key_a_long_emoji_shortcode_marks_is_read_and_edited_as_a_short_one_s(project: Project) -> None:
    """Review 57 F10: the shortcode pattern was written four times, one taking a code of any length, the others of
    40 letters at most: a key marked by a longer one (`:man_in_motorized_wheelchair_facing_right_medium_dark_skin_
    tone:`) was not read, its record without a status. One pattern for all: read, and kept by an edit."""
    code = ":man_in_motorized_wheelchair_facing_right_medium_dark_skin_tone:"
    project.write("docs/adrs/0001-a.md", "# Architecture decision record 1: A\n\nBrief\n\n"
                                         f"* {code} _Status:_ Implemented January 2024\n\n## Context\n\nc\n")
    project.write("docs/adrs/0002-b.md", f"# 2. B\n\n{code} **Status:** Accepted\n\n## Context\n\nc\n")
    assert [row["status"] for row in listed(project)] == ["implemented", "accepted"]
    result = project.run("supersede", "1", "--by", "2")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adrs/0001-a.md").split("\n")[4] == f"* {code} _Status:_ Superseded by [ADR-0002](0002-b.md)"


def test_the_days_of_a_record_s_steps_give_its_status_and_date(project: Project) -> None:
    """Audit 57 (lane a, class 5): kamu-data/kamu-node states no status, only `Inception Date: `2022-12-28`` over
    `Accepted Date: `2023-01-03``; both records were read without a status or a date. A record accepted on a day is
    accepted, dated by it; one with its inception's day alone is proposed, dated by that. No line holds the status,
    so an edit of it refuses in one line."""
    project.write("adr/0001-a.md", "# 1. A\n\nInception Date: `2022-12-28`\n\nAccepted Date: `2023-01-03`\n\n"
                                   "## Context\n\nc\n")
    project.write("adr/0002-b.md", "# 2. B\n\nInception Date: `2023-02-01`\n\n## Context\n\nc\n")
    project.write(".adr-dir", "adr\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [
        ("accepted", "2023-01-03"), ("proposed", "2023-02-01")]
    before = project.read("adr/0002-b.md")
    result = project.run("accept", "2")
    assert (result.exit_code, result.stderr) == (2, "adr: 0002-b.md: no `## Status` section to edit\n")
    assert project.read("adr/0002-b.md") == before


@pytest.mark.parametrize("line", ["Date: 2025-12-30", "Data: 2025-12-30", "**Data**: 2025-12-30",
                                  "**Date**: 2025-12-30", "Fecha: 2025-12-30", "Datum: 2025-12-30",
                                  "日付: 2025-12-30", "---\nData: 2025-12-30"])
def test_a_date_key_line_closing_a_record_dates_it(project: Project, line: str) -> None:
    """Audit 57 (lane c, class 3): gilvangalindofictor/arquitetura-kubernetes ends 13 records with `Data:
    2025-12-30`; such a line was read only after a `---` rule and a blank line. A last paragraph of a day's key
    line alone dates the record where nothing else does."""
    project.write("docs/adr/adr-001-caso.md", f"# ADR-001: Caso\n\n## Status\nAceito\n\n## Contexto\nTexto.\n\n"
                                              f"## Decisão\nMais texto.\n\n{line}\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [("accepted", "2025-12-30")]


@pytest.mark.parametrize("key", ["Created", "Date created", "作成日", "创建日期", "創建日期", "작성일", "起票日"])
def test_a_created_key_line_closing_a_record_dates_it_in_no_language(project: Project, key: str) -> None:
    """Review of round 57, item 23: a last paragraph of `Created: 2025-12-30` alone dated nothing (notes and pages
    close so as much as records), but Japanese `作成日:`, Chinese `创建日期:` and Korean `작성일:`, the same words,
    dated the record. Every language's "created" line is read as the English one is. Its section (`## 作成日`)
    still dates it, as `## Created` does."""
    project.write("docs/adr/0001-x.md", f"# 1. X\n\n## Status\nAccepted\n\n## Context\nText.\n\n{key}: 2025-12-30\n")
    project.write("docs/adr/0002-y.md", f"# 2. Y\n\n## Status\nAccepted\n\n## {key}\n\n2025-12-31\n")
    assert [(row["status"], row["date"]) for row in listed(project)] == [("accepted", None),
                                                                          ("accepted", "2025-12-31")]


@pytest.mark.parametrize(("body", "day"), [
    ("## Contexto\nTexto.\n\n**Data**: 2026-01-05\n**SAD Referência**: v1.1\n\n## Decisão\nx\n", "2026-01-05"),
    ("## Context\n\nDate: 2026-01-05\n\n## Decision\nx\n", "2026-01-05"),
    ("## Context\nWe met on the date: 2026-01-05 and agreed.\n", None),  # a day in prose is none
    ("## Context\nx\n\n## Decision\nx\n\nData: 2025-12-30\n\nMore prose.\n", None),  # amid a later section
    ("## Status\nAccepted 2024-01-01\n\n## Context\nx\n\nDate: 2025-12-30\n", "2024-01-01"),  # the status's day
])
def test_a_date_key_line_opening_a_section_s_fields_dates_a_record(project: Project, body: str,
                                                                  day: str | None) -> None:
    """Audit 57 (lane c, class 3): arquitetura-kubernetes's observability records give `**Data**: 2026-01-05` in
    the block of fields that opens `## Contexto`; they were read undated. A day's key line in the first section's
    first block of key lines dates the record; a day in prose, or one the status line gives first, is left."""
    project.write("docs/adr/0001-x.md", f"# 1. X\n\n{body}")
    assert [row["date"] for row in listed(project)] == [day]
