"""adr new in a log other tools keep: the record in the log's own dialect, from the log's own template."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conftest import Project, Result

NYGARD_1 = """\
# 1. Record architecture decisions

Date: 2020-01-02

## Status

Accepted

## Context

C.
"""
# dotnet/reactive's Rx.NET 0004: the status word, then two blank lines before the next section.
NYGARD_2 = """\
# 2. Use Rx

Date: 2020-02-03

## Status

Proposed


## Authors

Ann.
"""
MADR2_1 = """\
# Use MADR

* Status: accepted
* Date: 2020-01-02

## Context and Problem Statement

C.
"""
# The bullets and hints of MADR 2.1.2's template, cut short (pyadr and bareos keep it as template.md).
MADR2_TEMPLATE = """\
# [short title of solved problem and solution]

* Status: [proposed | rejected | accepted | deprecated | ... | superseded by [ADR-0005](0005-example.md)]
* Deciders: [list everyone involved in the decision]
* Date: [YYYY-MM-DD when the decision was last updated] <!-- optional -->

Technical Story: [description | ticket/issue URL] <!-- optional -->

## Context and Problem Statement

[Describe the context and problem statement.]

## Links <!-- optional -->

* [Link type] [Link to ADR] <!-- example: Refined by [ADR-0005](0005-example.md) -->
"""


def shown(project: Project, number: str) -> dict[str, object]:
    return json.loads(project.run("show", number, "--format", "json").stdout)


def fields(record: dict[str, object]) -> tuple[object, ...]:
    return tuple(record[key] for key in ("title", "status", "date", "cycle", "revisit", "tags", "decision_makers",
                                         "supersedes", "relates_to", "format"))


def test_an_adr_tools_log_gets_an_adr_tools_record(project: Project) -> None:
    """Without a template, an adr-tools log's new record is `# N. Title`, `Date:`, a Status section and Context /
    Decision / Consequences; the revisit day and deciders are header lines, the link is in the Status section,
    and the superseded record's status word is the only line that changes."""
    project.write("doc/adr/0001-record-architecture-decisions.md", NYGARD_1)
    project.write("doc/adr/0002-use-rx.md", NYGARD_2)
    result = project.run("new", "--supersedes", "2", "--revisit", "2022-06", "-m", "Ann,Bob", "Use", "Rx", "7")
    assert (result.exit_code, result.stdout) == (0, "doc/adr/0003-use-rx-7.md\n"), result.stderr
    assert project.read("doc/adr/0003-use-rx-7.md") == """\
# 3. Use Rx 7

Date: 2021-05-01
Deciders: Ann, Bob
Revisit: 2022-06

## Status

Proposed

Supersedes [2. Use Rx](0002-use-rx.md)

## Context

<!-- What is the issue we are facing, what forces are at play, and what limits the options? -->

## Decision

<!-- The change we decided on, in one sentence first. -->

## Consequences

<!-- What becomes easier or harder because of this decision, and when we should look at it again. -->
"""
    assert project.read("doc/adr/0002-use-rx.md") == NYGARD_2.replace("Proposed",
                                                                        "Superseded by [3. Use Rx 7](0003-use-rx-7.md)")
    assert fields(shown(project, "3")) == ("Use Rx 7", "proposed", "2021-05-01", None, "2022-06", [], ["Ann", "Bob"],
                                           [2], [], "nygard")


def test_an_adr_tools_template_is_filled_as_adr_tools_fills_it(project: Project) -> None:
    """adr-tools' `templates/template.md`: NUMBER, TITLE, DATE and STATUS replaced, every other line kept."""
    project.write("doc/adr/0001-record-architecture-decisions.md", NYGARD_1)
    project.write("doc/adr/templates/template.md",
                  "# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n\n## Context\n\nThe issue motivating this."
                  "\n\n## Decision\n\nThe change.\n\n## Consequences\n\nWhat becomes easier.\n")
    result = project.run("new", "--status", "accepted", "Use", "Rx")
    assert result.exit_code == 0, result.stderr
    assert project.read("doc/adr/0002-use-rx.md") == (
        "# 2. Use Rx\n\nDate: 2021-05-01\n\n## Status\n\nAccepted\n\n## Context\n\nThe issue motivating this."
        "\n\n## Decision\n\nThe change.\n\n## Consequences\n\nWhat becomes easier.\n")


def test_an_adr_tools_log_refuses_what_it_has_no_place_for(project: Project) -> None:
    """A cycle or tags in an adr-tools log (no line a reader of that dialect takes them from): one `adr:` line,
    exit 2, nothing written, rather than a record that silently lost them."""
    project.write("doc/adr/0001-record-architecture-decisions.md", NYGARD_1)
    result = project.run("new", "--cycle", "xena", "--tag", "net", "Use", "Rx")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("adr: this log's records are adr-tools records, which have no place adr reads --cycle "
                             "and --tag back from; leave them out, or keep the log with adrtool (an .adr.toml) to "
                             "write front matter; not creating the record\n")
    assert sorted(path.name for path in (project.root / "doc/adr").iterdir()) == [
        "0001-record-architecture-decisions.md"]


def test_a_madr2_template_is_filled_in_its_own_places(project: Project) -> None:
    """MADR 2's template.md: title, status, date and deciders in its bullets, the other options as bullets after
    them, the link in its Links section as the template's example writes one (no colon: the heading's comment
    `<!-- optional -->` hid the section); its other hints stay as they are; every option reads back."""
    project.write("docs/adr/0001-use-madr.md", MADR2_1)
    project.write("docs/adr/template.md", MADR2_TEMPLATE)
    result = project.run("new", "--supersedes", "1", "--cycle", "xena", "--revisit", "yoga", "--tag", "a,b",
                         "-m", "Ann", "--date", "2021-04-01", "Use", "gRPC")
    assert (result.exit_code, result.stdout) == (0, "docs/adr/0002-use-grpc.md\n"), result.stderr
    assert project.read("docs/adr/0002-use-grpc.md") == """\
# Use gRPC

* Status: proposed
* Deciders: Ann
* Date: 2021-04-01
* Cycle: xena
* Revisit: yoga
* Tags: a, b

Technical Story: [description | ticket/issue URL] <!-- optional -->

## Context and Problem Statement

[Describe the context and problem statement.]

## Links <!-- optional -->

* [Link type] [Link to ADR] <!-- example: Refined by [ADR-0005](0005-example.md) -->
* Supersedes [ADR-0001](0001-use-madr.md)
"""
    assert project.read("docs/adr/0001-use-madr.md") == MADR2_1.replace(
        "* Status: accepted", "* Status: superseded by [ADR-0002](0002-use-grpc.md)")
    assert fields(shown(project, "2")) == ("Use gRPC", "proposed", "2021-04-01", "xena", "yoga", ["a", "b"], ["Ann"],
                                           [1], [], "madr2")


def test_a_madr2_log_without_a_template_gets_madr2(project: Project) -> None:
    """Without a template, MADR 2's bullets and its required sections; the log stays one not kept with adrtool,
    so the next record is MADR 2 too."""
    project.write("docs/adr/0001-use-madr.md", MADR2_1)
    assert project.run("new", "--revisit", "yoga", "Use", "gRPC").exit_code == 0
    assert project.read("docs/adr/0002-use-grpc.md") == """\
# Use gRPC

* Status: proposed
* Date: 2021-05-01
* Revisit: yoga

## Context and Problem Statement

<!-- What is the issue we are facing, what forces are at play, and what limits the options? -->

## Considered Options

<!-- One bullet per option. -->

## Decision Outcome

<!-- Chosen option, because ...: in one sentence first. -->
"""
    assert project.run("new", "Use", "Kafka").exit_code == 0
    assert project.read("docs/adr/0003-use-kafka.md").startswith("# Use Kafka\n\n* Status: proposed\n")


def test_every_hint_adr_new_writes_in_an_adr_tools_or_madr2_log_is_reported_until_filled(project: Project) -> None:
    """ADR204 for each hint the shipped adr-tools and MADR 2 templates write (`The change we decided on, in one
    sentence first.`, `One bullet per option.`, `Chosen option, because ...`), not only those they share with
    adrtool's own template; a hint replaced by text is not reported. (MADR 2's is written where the newest record
    gives no shape to follow: one with no day.)"""
    project.write("doc/adr/0001-record-architecture-decisions.md", NYGARD_1)
    project.write("docs/adr/0001-use-madr.md", MADR2_1.replace("* Date: 2020-01-02\n", ""))
    assert project.run("new", "--dir", "doc/adr", "Use", "Rx").exit_code == 0
    assert project.run("new", "--dir", "docs/adr", "Use", "gRPC").exit_code == 0
    findings = json.loads(project.run("validate", "--dir", "doc/adr", "--format", "json").stdout) + \
        json.loads(project.run("validate", "--dir", "docs/adr", "--format", "json").stdout)
    assert [(finding["path"], finding["line"]) for finding in findings if finding["code"] == "ADR204"] == [
        ("doc/adr/0002-use-rx.md", 11), ("doc/adr/0002-use-rx.md", 15), ("doc/adr/0002-use-rx.md", 19),
        ("docs/adr/0002-use-grpc.md", 8), ("docs/adr/0002-use-grpc.md", 12), ("docs/adr/0002-use-grpc.md", 16)]
    rx = project.read("doc/adr/0002-use-rx.md")
    project.write("doc/adr/0002-use-rx.md", rx.replace("<!-- The change we decided on, in one sentence first. -->",
                                                       "We use Rx."))
    findings = json.loads(project.run("validate", "--dir", "doc/adr", "--format", "json").stdout)
    assert [finding["line"] for finding in findings if finding["code"] == "ADR204"] == [11, 19]


def test_a_madr4_front_matter_template_is_filled(project: Project) -> None:
    """MADR 3/4's template: the `{...}` status and date and the title filled, keys it gives a placeholder left empty
    for the author (audit 58b, class 2),
    adrtool's options added as keys; the status quoted as the template quotes it (audit 52, lane b: GSA-TTS'
    records and MADR 4's template write `status: "accepted"`)."""
    project.write("docs/decisions/0001-use-madr.md", "---\nstatus: accepted\ndate: 2020-01-02\n---\n# Use MADR\n")
    project.write("docs/decisions/adr-template.md", """\
---
status: "{proposed | rejected | accepted | deprecated | … | superseded by ADR-0123}"
date: {YYYY-MM-DD when the decision was last updated}
decision-makers: {list everyone involved in the decision}
---

# {short title, representative of solved problem and found solution}

## Context and Problem Statement

{Describe the context.}
""")
    assert project.run("new", "--tag", "db", "Use", "Postgres").exit_code == 0
    assert project.read("docs/decisions/0002-use-postgres.md") == """\
---
status: "proposed"
date: 2021-05-01
decision-makers: []
tags: [db]
---

# Use Postgres

## Context and Problem Statement

{Describe the context.}
"""


@pytest.mark.parametrize("keys", [
    '# status: "{proposed | rejected | accepted | deprecated | … | superseded by ADR-0123"\n'
    "# date: {YYYY-MM-DD when the decision was last updated}\n",
    "status: proposed # proposed | rejected | accepted | deprecated\ndate: 2020-01-01\n",
    "status: → proposed | rejected | accepted\n",
    "date: {YYYY-MM-DD when the decision was last updated}\n"])
def test_a_madr_template_whose_keys_are_commented_or_chosen_is_filled(project: Project, keys: str) -> None:
    """Audit round 48 (lane a): the MADR templates of the field comment their keys out (JabRef's, adr/madr's own
    just-the-docs `# status: "{proposed | ...`), write a choice after the value (`status: proposed # proposed |
    accepted`, `status: → proposed | ...`) or give only `date: {...}`: `adr new` wrote adrtool's own record, without
    the log's sections or its `parent:` key (the record fell out of the site's navigation). The log's template is
    filled, its commented keys stated."""
    project.write("docs/decisions/0001-use-madr.md", "---\nstatus: accepted\ndate: 2020-01-02\n---\n# Use MADR\n")
    project.write("docs/decisions/adr-template.md", f"---\nparent: Decision Records\n{keys}---\n# {{short title}}\n\n"
                  "## Context and Problem Statement\n\n{Describe the context.}\n")
    assert project.run("new", "Use", "Postgres").exit_code == 0
    text = project.read("docs/decisions/0002-use-postgres.md")
    front = text.split("---\n")[1].splitlines()
    assert front[0] == "parent: Decision Records"
    status = 'status: "proposed"' if '"{' in keys else "status: proposed"  # quoted as the template quotes it
    assert sorted(line for line in front if line.startswith(("status:", "date:"))) == ["date: 2021-05-01", status]
    assert not any(line.startswith("#") for line in front)
    assert text.endswith("---\n# Use Postgres\n\n## Context and Problem Statement\n\n{Describe the context.}\n")


def test_a_front_matter_template_stating_no_status_or_day_is_not_filled(project: Project) -> None:
    """Near miss of the above: a template whose front matter holds neither a status nor a day, nor placeholders
    of them, is no MADR template: the new record is adrtool's, with its keys."""
    project.write("docs/decisions/0001-use-madr.md", "---\nstatus: accepted\ndate: 2020-01-02\n---\n# Use MADR\n")
    project.write("docs/decisions/adr-template.md", "---\nparent: Decision Records\n---\n# {short title}\n")
    assert project.run("new", "Use", "Postgres").exit_code == 0
    assert project.read("docs/decisions/0002-use-postgres.md").startswith("---\nstatus: proposed\ndate: 2021-05-01\n")


def test_a_key_a_template_writes_twice_is_the_new_record_s_once(project: Project) -> None:
    """Round 50's attack (F14): a template with `status: proposed # proposed | accepted` and, further down,
    `status: accepted` gave a new record both keys, and it read as accepted. The status (and the day) adr fills
    is written once, where the template first has it."""
    project.write("docs/decisions/0001-use-madr.md", "---\nstatus: accepted\ndate: 2020-01-02\n---\n# Use MADR\n")
    project.write("docs/decisions/adr-template.md", "---\nstatus: proposed # proposed | accepted\ndate: 2020-01-01\n"
                  "status: accepted\ndate: 2020-01-02\nparent: Decisions\n---\n# {short title}\n")
    assert project.run("new", "Use", "Postgres").exit_code == 0
    assert project.read("docs/decisions/0002-use-postgres.md") == \
        "---\nstatus: proposed\ndate: 2021-05-01\nparent: Decisions\n---\n# Use Postgres\n"
    assert json.loads(project.run("show", "2", "--format", "json").stdout)["status"] == "proposed"


def test_relations_a_template_holds_filled_are_not_copied(project: Project) -> None:
    """Round 50's attack (F14): `superseded-by: [9]` in a template was copied into every new record (and validate
    reported ADR401 on it). A relation the template holds filled (in a flow or a block list) is left out; one
    left empty stays for the author, one a placeholder is left empty (audit 58b, class 2); `--supersedes` writes
    the new record's own, once."""
    project.write("docs/decisions/0001-use-madr.md", "---\nstatus: accepted\ndate: 2020-01-02\n---\n# Use MADR\n")
    project.write("docs/decisions/adr-template.md", "---\nstatus: proposed # a | b\ndate: 2020-01-01\n"
                  "superseded-by: [9]\nsupersedes:\n  - 3\namended_by:\n- 4\nrelates-to: []\n"
                  'amends: "{ADR-xxxx}"\n---\n# {short title}\n')
    assert project.run("new", "--supersedes", "1", "Use", "Postgres").exit_code == 0
    assert project.read("docs/decisions/0002-use-postgres.md") == ("---\nstatus: proposed\ndate: 2021-05-01\n"
                                                                   "relates-to: []\namends: []\n"
                                                                   "supersedes: [1]\n---\n# Use Postgres\n")
    assert project.run("validate").exit_code == 0


def test_a_log_kept_with_adrtool_keeps_its_record(project: Project) -> None:
    """With an .adr.toml, an adr-tools log's new record is still adrtool's record.md.j2, exactly."""
    project.write(".adr.toml", 'dir = "doc/adr"\n')
    project.write("doc/adr/0001-record-architecture-decisions.md", NYGARD_1)
    assert project.run("new", "Use", "Rx").exit_code == 0
    assert project.read("doc/adr/0002-use-rx.md") == """\
---
status: proposed
date: 2021-05-01
decision-makers: []
consulted: []
informed: []
tags: []
---
# Use Rx

## Context

<!-- What is the issue we are facing, what forces are at play, and what limits the options? -->

## Decision

<!-- The change we decided on, in one sentence first: that sentence is the one lists and agendas quote. -->

## Consequences

<!-- What becomes easier or harder because of this decision, and when we should look at it again. -->
"""


def test_a_log_with_adrtool_keys_in_front_matter_is_kept_with_adrtool(project: Project) -> None:
    """Most records keeping `revisit` in front matter make the log adrtool's (record.md.j2); one among them does
    not (a team tracking one revisit with adrtool in a log another tool keeps, audit round 54), nor does a
    `Revisit:` line under an adr-tools title (the next record is adr-tools' again)."""
    project.write("doc/adr/0001-a.md", "# 1. A\n\nDate: 2020-01-02\nRevisit: 2022-01\n\n## Status\n\nAccepted\n")
    assert project.run("new", "B").exit_code == 0
    assert project.read("doc/adr/0002-b.md").startswith("# 2. B\n\nDate: 2021-05-01\n\n## Status\n")
    project.write("doc/adr/0003-c.md", "---\nstatus: accepted\ndate: 2020-01-02\nrevisit: 2022-01\n---\n# C\n")
    assert project.run("new", "D").exit_code == 0
    assert project.read("doc/adr/0004-d.md").startswith("# 4. D\n\nDate: 2021-05-01\n\n## Status\n")
    for number in (5, 6, 7):
        project.write(f"doc/adr/000{number}-c.md", "---\nstatus: accepted\ndate: 2020-01-02\nrevisit: never\n---\n# C\n")
    assert project.run("new", "E").exit_code == 0
    assert project.read("doc/adr/0008-e.md").startswith("---\nstatus: proposed\n")


def test_an_adr_tools_record_on_today_s_date(project: Project) -> None:
    """On the real date, the adr-tools record's `Date:` line is today's."""
    project.today = dt.date.today().isoformat()
    project.write("doc/adr/0001-record-architecture-decisions.md", NYGARD_1)
    assert project.run("new", "Use", "Rx").exit_code == 0
    assert project.read("doc/adr/0002-use-rx.md").split("\n")[2] == f"Date: {project.today}"


def test_a_template_s_bold_or_full_width_keys_and_a_title_holding_a_template_word(project: Project) -> None:
    """The bullets of a MADR 2 template keyed in bold (`* **Status:**`) or with CJK's full-width colon (`* 状态：`)
    are filled with their markup kept (the first crashed, the bold lost its closing `**`); a title holding one
    of adr-tools' words (`Store DATE columns as UTC`) is written as given, the words filled once."""
    project.write("docs/adr/0001-a.md", "# Use X\n\n* **Status:** accepted\n* **Deciders:** Ann\n* **Date:** 2024-01-01\n")
    project.write("docs/adr/template.md", "# [short title]\n\n* **Status:** [proposed | accepted]\n"
                  "* **Deciders:** [list everyone]\n* **Date:** [YYYY-MM-DD]\n")
    assert project.run("new", "Use Y", "--decision-maker", "Bo").exit_code == 0
    assert project.read("docs/adr/0002-use-y.md") == (
        f"# Use Y\n\n* **Status:** proposed\n* **Deciders:** Bo\n* **Date:** {project.today}\n")
    project.write("docs/adr/template.md", "# [标题]\n\n* 状态：[提议 | 已接受]\n* 日期：[YYYY-MM-DD]\n")
    assert project.run("new", "Use Z").exit_code == 0
    assert project.read("docs/adr/0003-use-z.md") == f"# Use Z\n\n* 状态：proposed\n* 日期：{project.today}\n"
    project.write("doc/adr/0001-record.md", "# 1. Record\n\nDate: 2021-01-01\n\n## Status\n\nAccepted\n")
    project.write("doc/adr/templates/template.md", "# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n")
    assert project.run("--dir", "doc/adr", "new", "Store DATE columns as UTC").exit_code == 0
    assert project.read("doc/adr/0002-store-date-columns-as-utc.md") == (
        f"# 2. Store DATE columns as UTC\n\nDate: {project.today}\n\n## Status\n\nProposed\n")


def nygard(number: int, title: str) -> str:
    return f"# {number}. {title}\n\nDate: 2020-01-02\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n"


def test_a_log_named_by_its_titles_gets_a_name_of_its_title_and_links_that_read(project: Project) -> None:
    """A log whose files are named by their titles as written (DITP-pilotage/pilote-2's `doc/adr/001.
    Enregistrement des décisions ....md`) gets `003. Use Redis (über Kafka).md`: case, accents and brackets kept,
    what no file name may hold (`:` `?`) dropped. The Supersedes links, both ways, escape the blanks and brackets
    a Markdown link cannot hold, and read back (the new record was refused: its link did not read)."""
    project.write("decisions/001. Enregistrement des décisions.md", nygard(1, "Enregistrement des décisions"))
    project.write("decisions/002. Use Kafka.md", nygard(2, "Use Kafka"))
    result = project.run("new", "--supersedes", "2", "Use Redis (über Kafka): why?")
    new = "decisions/003. Use Redis (über Kafka) why.md"
    assert (result.exit_code, result.stdout) == (0, f"{new}\n"), result.stderr
    assert "Supersedes [2. Use Kafka](002.%20Use%20Kafka.md)\n" in project.read(new)
    assert "Superseded by [3. Use Redis (über Kafka): why?](003.%20Use%20Redis%20%28über%20Kafka%29%20why.md)\n" \
        in project.read("decisions/002. Use Kafka.md")
    assert (shown(project, "3")["supersedes"], shown(project, "2")["superseded_by"]) == ([2], [3])
    sharp = project.run("new", "--supersedes", "3", "Use F# instead?")  # `#` and `?` would open a fragment, a query
    assert (sharp.exit_code, sharp.stdout) == (0, "decisions/004. Use F# instead.md\n"), sharp.stderr
    assert "(004.%20Use%20F%23%20instead.md)" in project.read(new)
    checked = project.run("validate")
    assert checked.exit_code == 0 and "ADR1" not in checked.stdout, checked.stdout  # no broken link or name


def test_a_new_record_s_name_writes_its_words_as_the_log_does(project: Project) -> None:
    """Words joined by `_` (`0001_use_postgres_db.md`) or keeping capitals (ministryofjustice/cloud-platform's
    `018-Dedicated-Ingress-Controllers.md`) are how the next name writes them too, as most names write them: a
    one-word name says nothing of the joint, a log where as many names keep capitals as do not gets
    adrtool's lowercase words, and one whose names hold no words gets a name of none."""
    cases = {
        ("0001_use_postgres_db.md", "0002_use_kafka_streams.md"): "0003_use_redis_for_caching.md",
        ("018-Dedicated-Ingress-Controllers.md", "019-Use-Kafka.md"): "020-Use-Redis-for-caching.md",
        ("0001-Postgres.md", "0002-use-kafka.md", "0003-use-flink.md"): "0004-use-redis-for-caching.md",
        ("0001-Use-Postgres.md", "0002-use-kafka.md"): "0003-use-redis-for-caching.md",
        ("ADR-001-Use-Postgres.md", "ADR-002-Adopt_Kafka.md", "ADR-003-Use-Flink.md"): "ADR-004-Use-Redis-for-caching.md",
        # an acronym is written in capitals in a lowercase name too: it says nothing of the case
        ("0001-record-decisions.md", "0002-use-AWS-lambda.md", "0003-adopt-GraphQL.md"): "0004-use-redis-for-caching.md",
        # names of no words (Elijah-J/EnterpriseFizzBuzz's `ADR-001.md` .. `ADR-007.md`: it was `ADR-003-use-redis..`)
        ("ADR-001.md", "ADR-002.md"): "ADR-003.md",
        # ... until names hold words (D-sorganization/Maxwell_Daemon: `ADR-005.md`, then `ADR-006-ssh-worker-...md`)
        ("ADR-001.md", "ADR-002.md", "ADR-003-use-flink.md"): "ADR-004-use-redis-for-caching.md",
        # but records named by a day alone: their words tell two of a day apart (attack round 53, L3: `20210501-.md`)
        ("20240101.md", "20240102.md"): "20210501-use-redis-for-caching.md",
    }
    for names, expected in cases.items():
        root = project.root / "decisions"
        for path in root.glob("*"):
            path.unlink()
        for number, name in enumerate(names, 1):
            project.write(f"decisions/{name}", nygard(number, "A decision"))
        result = project.run("new", "Use Redis for caching")
        assert (result.exit_code, result.stdout) == (0, f"decisions/{expected}\n"), (names, result.stderr)


def test_a_file_the_log_does_not_number_is_advised_a_name_in_the_log_s_words(project: Project) -> None:
    """`Use Redis.md` among `001. Title.md` records is advised `003. Use Redis.md`, not a slug of another style."""
    project.write("decisions/001. Use Postgres.md", nygard(1, "Use Postgres"))
    project.write("decisions/002. Use Kafka.md", nygard(2, "Use Kafka"))
    project.write("decisions/Use Redis.md", "# Use Redis\n\nDate: 2020-01-02\n\n## Status\n\nAccepted\n")
    result = project.run("validate")
    assert "rename it 003. Use Redis.md\n" in result.stdout, result.stdout


def test_a_hostile_title_in_a_log_named_by_its_titles_makes_a_plain_name_inside_the_log(project: Project) -> None:
    """Where the name is the title as written, what no file name may hold goes: separators (`../../etc/passwd` is
    `etc passwd`, inside the log), Windows' reserved characters, bidirectional controls; a long title is cut at a
    word within 120 characters; a title of punctuation alone is refused with one line and exit 2."""
    project.write("decisions/001. Use Postgres.md", nygard(1, "Use Postgres"))
    project.write("decisions/002. Use Kafka.md", nygard(2, "Use Kafka"))
    made = []
    for title in ("../../etc/passwd", 'a/b\\c:d*e?f"g<h>i|j', "Bidi \u202eevil\u202c name", "word " * 40):
        result = project.run("new", title)
        assert result.exit_code == 0, result.stderr
        made.append(result.stdout.strip().removeprefix("decisions/"))
    assert made == ["003. etc passwd.md", "004. a b c d e f g h i j.md", "005. Bidi evil name.md",
                    f"006. {('word ' * 24).strip()}.md"]
    assert sorted(path.name for path in project.root.rglob("*.md")) == sorted(
        ["001. Use Postgres.md", "002. Use Kafka.md", *made])
    refused = project.run("new", "..")
    assert (refused.exit_code, refused.stdout, refused.stderr) == (
        2, "", "adr: title '..' has no letters or digits to make a file name from\n")


TOPIC_TEMPLATE = """\
# {short title of solved problem and solution}

- status: {draft | accepted | rejected}
- date: {YYYY-MM-DD when the decision was last updated}
- scope: { - | in product … (defaults to the directory this ADR is stored in)}

## Context and Problem Statement

{Describe the context and problem statement.}
"""


def test_a_log_kept_by_topic_writes_from_the_template_its_topics_share(project: Project) -> None:
    """univention/decision-records: `adr-template.md` at the root, a log per topic below it (`iam/guardian/`):
    `adr new` in a topic writes the team's template, not MADR 2's own. Near misses: a template above the
    repository's root, or beside records of its own (a log's, not the topics'), is no topic's."""
    project.write("adr-template.md", TOPIC_TEMPLATE)
    project.write("iam/guardian/0001-use-opa.md", MADR2_1.replace("Use MADR", "Use OPA"))
    project.write("dev/0001-use-playwright.md", MADR2_1.replace("Use MADR", "Use Playwright"))
    result = project.run("new", "--dir", "iam/guardian", "--date", "2021-04-30", "Use OPA bundles")
    assert (result.exit_code, result.stdout) == (0, "iam/guardian/0002-use-opa-bundles.md\n"), result.stderr
    assert project.read("iam/guardian/0002-use-opa-bundles.md") == TOPIC_TEMPLATE.replace(
        "{short title of solved problem and solution}", "Use OPA bundles").replace(
        "{draft | accepted | rejected}", "proposed").replace("{YYYY-MM-DD when the decision was last updated}",
                                                            "2021-04-30")
    (project.root / "adr-template.md").rename(project.root.parent / "adr-template.md")
    project.write("docs/adr/0001-use-madr.md", MADR2_1)
    assert project.run("new", "--dir", "docs/adr", "Use gRPC").exit_code == 0
    assert project.read("docs/adr/0002-use-grpc.md").startswith("# Use gRPC\n\n* Status: proposed\n")
    project.write("docs/adr-template.md", TOPIC_TEMPLATE)
    project.write("docs/0001-use-sphinx.md", MADR2_1.replace("Use MADR", "Use Sphinx"))
    assert project.run("new", "--dir", "docs/adr", "Use REST").exit_code == 0
    assert project.read("docs/adr/0003-use-rest.md").startswith("# Use REST\n\n* Status: proposed\n")


def test_a_template_numbered_by_a_placeholder_is_the_log_s(project: Project) -> None:
    """nextflow-io/nextflow keeps its MADR 2 template as `adr/YYYYMMDD-template-name.md` (its records
    `20230101-use-x.md`, bullets written `- Status:`): it was not found, and `adr new` wrote a generic record with
    `* Status:` bullets and none of the template's keys. Near miss: `0007-template-name.md` is a record."""
    for day in ("20230101", "20230202"):
        project.write(f"adr/{day}-use-x-{day}.md", f"# Use x {day}\n\n- Authors: Ann\n- Status: accepted\n"
                      "- Date: 2023-01-01\n\n## Summary\n\ns\n")
    project.write("adr/YYYYMMDD-template-name.md", "# [short title]\n\n- Authors: [list]\n- Status: [draft | proposed |"
                  " accepted]\n- Date: [YYYY-MM-DD]\n\n## Summary\n\n[one paragraph]\n")
    project.write("adr/0007-template-name.md", "# Template name\n\n- Status: accepted\n")
    assert project.run("new", "Use", "y").stdout == "adr/20210501-use-y.md\n"
    assert project.read("adr/20210501-use-y.md") == ("# Use y\n\n- Authors: [list]\n- Status: proposed\n"
                                                     "- Date: 2021-05-01\n\n## Summary\n\n[one paragraph]\n")
    titles = [row["title"] for row in json.loads(project.run("list", "--format", "json").stdout)]
    assert "Template name" in titles and "[short title]" not in titles


# Templates kept by hand in the log's language, as the field writes them (audit round 48, lane e, class 11).
# DavidAucancela/KOS: key lines under an `ADR-NNNN —` title; its records write the title so too.
KOS_TEMPLATE = ("# ADR-NNNN — Título de la decisión\n\n**Estado:** Propuesto | Aceptado | Reemplazado por ADR-XXXX\n"
                "**Fecha:** AAAA-MM-DD\n\n## Contexto\n\nQué problema o fuerza motiva esta decisión.\n\n"
                "## Decisión\n\nLa decisión, en una o dos frases afirmativas.\n")
KOS_RECORD = "# ADR-0006 — Local first con Ollama\n\n**Estado:** Aceptado\n**Fecha:** 2021-03-11\n\n## Contexto\n\nC.\n"


def test_a_template_kept_by_hand_is_filled_in_the_log_s_words(project: Project) -> None:
    """adr new wrote adrtool's English `# 7. Title / Date: / ## Status / Proposed` into a Spanish log whose template
    and records write `# ADR-0006 — ..`, `**Estado:**` and `**Fecha:**`. The template is filled: the title as the
    log's newest record writes its own, the log's word for proposed, the day; the rest stays for the author."""
    project.write("docs/adr/0000-plantilla.md", KOS_TEMPLATE)
    project.write("docs/adr/0006-local-first.md", KOS_RECORD)
    result = project.run("new", "--date", "2021-04-01", "Nueva", "decisión")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "docs/adr/0007-nueva-decision.md\n", "")
    assert project.read("docs/adr/0007-nueva-decision.md") == KOS_TEMPLATE.replace(
        "ADR-NNNN — Título de la decisión", "ADR-0007 — Nueva decisión").replace(
        "Propuesto | Aceptado | Reemplazado por ADR-XXXX", "Propuesto").replace("AAAA-MM-DD", "2021-04-01")
    row = json.loads(project.run("show", "7", "--format", "json").stdout)
    assert (row["title"], row["status"], row["date"]) == ("Nueva decisión", "proposed", "2021-04-01")


@pytest.mark.parametrize(("template", "records", "written"), [
    # Guyot-Bertrand/sub-edit: French, lower case, the day's line first
    ("# NNNN — Titre à l'infinitif\n\n**Date :** AAAA-MM-JJ\n**Statut :** proposée | acceptée | remplacée par "
     "[NNNN](NNNN-titre.md)\n\n## Contexte\n\nCe qui rend une décision nécessaire.\n",
     {"0002-licence.md": "# 0002 — Publier sous GPL\n\n**Date :** 2021-03-04\n**Statut :** acceptée\n\n## Contexte\n\nC.\n"},
     "# 0003 — Nueva decisión\n\n**Date :** 2021-04-01\n**Statut :** proposée\n\n## Contexte\n\n"
     "Ce qui rend une décision nécessaire.\n"),
    # tonio689/Sistema-de-Control-Escolar: the day written day first, in brackets; the template's `ADR-XXXX:`
    ("# ADR-XXXX: [Título de la decisión]\n\n**Estado:** [Propuesto | Aceptado | Rechazado]  \n"
     "**Fecha:** [dd/mm/aaaa]  \n\n---\n\n## 1. Contexto\n",
     {"0006-movil.md": "# ADR-0006: Selección de Clean Architecture\n\n**Fecha:** 20/11/2020  \n"
                       "**Estado:** Propuesto  \n\n## 1. Contexto\n\nC.\n"},
     "# ADR-0007: Nueva decisión\n\n**Estado:** Propuesto  \n**Fecha:** 01/04/2021  \n\n---\n\n## 1. Contexto\n"),
    # velosergio/Monolegal: the status and the day on one line, among other keys
    ("# ADR NNNN — <título de la decisión>\n\n**Estado**: Propuesta · **Fecha**: AAAA-MM-DD · **Feature**: NNN\n\n"
     "## Contexto\n",
     {"0006-worker.md": "# ADR 0006 — Worker\n\n**Estado**: Aceptada · **Fecha**: 2021-03-30 · **Feature**: 026\n\n"
                        "## Contexto\n\nC.\n"},
     "# ADR 0007 — Nueva decisión\n\n**Estado**: Propuesta · **Fecha**: 2021-04-01 · **Feature**: NNN\n\n"
     "## Contexto\n"),
    # EzequielAngel0/landing: MADR 2 bullets in Spanish under a `NNNN:` title
    ("# NNNN: Titulo de la decision\n\n- **Fecha:** YYYY-MM-DD\n- **Estado:** Propuesta | Aceptada | Sustituida por "
     "NNNN\n\n## Contexto\n",
     {"0004-hosting.md": "# 0004: GitHub Pages\n\n- **Fecha:** 2021-03-15\n- **Estado:** Aceptada\n\n## Contexto\n\nC.\n"},
     "# 0005: Nueva decisión\n\n- **Fecha:** 2021-04-01\n- **Estado:** Propuesta\n\n## Contexto\n"),
])
def test_templates_kept_by_hand_are_filled_as_their_logs_write(project: Project, template: str,
                                                                records: dict[str, str], written: str) -> None:
    """Each log's template, its title line as its records write theirs, its status word, its day as it places it."""
    project.write("docs/adr/0000-plantilla.md", template)
    for name, text in records.items():
        project.write(f"docs/adr/{name}", text)
    result = project.run("new", "--date", "2021-04-01", "Nueva", "decisión")
    assert (result.exit_code, result.stderr) == (0, "")
    created = project.root / result.stdout.strip()
    assert created.read_text(encoding="utf-8") == written
    assert project.run("validate").exit_code == 0


# esther-poniatowski/meandra: placeholders in square brackets, the word `TITLE` among them (audit 58, lane b, class 4)
MEANDRA_TEMPLATE = ("# ADR [00XX]: [TITLE]\n\n**Status**: [Proposed | Accepted | Rejected | Deprecated | Superseded by "
                    "ADR-00YY]\n\n---\n\n## Problem Statement\n\n[PROBLEM]\n")


def test_a_template_kept_by_hand_with_a_bracketed_title_word_is_filled(project: Project) -> None:
    """`[TITLE]` was taken for adr-tools' `TITLE`: adr new refused the template's status list as a placeholder, and
    --force wrote `# ADR [00XX]: [Use Foo]`. The template is one kept by hand: the number as the log pads it, the
    title without brackets, the status list the status chosen."""
    project.write("docs/adr/adr-template.md", MEANDRA_TEMPLATE)
    project.write("docs/adr/1-input-level.md", "# ADR 0001: Input level\n\n**Status**: Accepted\n\n---\n\n"
                  "## Problem Statement\n\nx\n")
    result = project.run("new", "Use", "Foo")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "docs/adr/2-use-foo.md\n", "")
    assert project.read("docs/adr/2-use-foo.md") == ("# ADR 0002: Use Foo\n\n**Status**: Proposed\n\n---\n\n"
                                                      "## Problem Statement\n\n[PROBLEM]\n")
    assert project.run("list").stdout.split("\n")[2].split() == ["0002", "proposed", "-", "-", "Use", "Foo"]


def test_a_template_kept_by_hand_of_a_log_without_records_numbers_its_title(project: Project) -> None:
    """With no record to copy a title line from, the template's own is filled: its number placeholder (`NNNN`)
    becomes the number, as wide; on today's date."""
    project.today = dt.date.today().isoformat()
    project.write("docs/adr/0000-plantilla.md", KOS_TEMPLATE)
    project.write("docs/adr/0001-primera.md", "# Primera\n\n**Estado:** Aceptado\n**Fecha:** 2021-03-11\n\n"
                  "## Contexto\n\nC.\n")
    assert project.run("new", "Segunda").exit_code == 0
    assert project.read("docs/adr/0002-segunda.md").split("\n")[:4] == [
        "# ADR-0002 — Segunda", "", "**Estado:** Propuesto", f"**Fecha:** {project.today}"]


def test_a_template_kept_by_hand_with_no_day_to_fill_gives_the_newest_record_s_shape(project: Project) -> None:
    """A template with no place for the day cannot give the dated record this log keeps. adr-tools' English `Date:
    / ## Status` record was written (audit 56, lane c, class 1: never the built-in English); the record is shaped
    as the log's newest, as with no template."""
    project.write("docs/adr/0000-plantilla.md", "# ADR-NNNN — Título\n\n**Estado:** Propuesto | Aceptado\n\n"
                  "## Contexto\n")
    project.write("docs/adr/0006-local-first.md", KOS_RECORD)
    assert project.run("new", "--date", "2021-04-01", "Nueva").exit_code == 0
    assert project.read("docs/adr/0007-nueva.md") == (
        "# ADR-0007 — Nueva\n\n**Estado:** Propuesto\n**Fecha:** 2021-04-01\n\n## Contexto\n")


def test_options_a_template_kept_by_hand_has_no_place_for_go_as_before(project: Project) -> None:
    """--revisit has no place in such a template: the log's dialect is written with it, as before."""
    project.write("docs/adr/0000-plantilla.md", KOS_TEMPLATE)
    project.write("docs/adr/0006-local-first.md", KOS_RECORD)
    assert project.run("new", "--date", "2021-04-01", "--revisit", "2022-01-01", "Nueva").exit_code == 0
    assert "\nRevisit: 2022-01-01\n" in project.read("docs/adr/0007-nueva.md")


def test_a_log_of_key_lines_without_a_template_gets_a_record_shaped_as_its_newest(project: Project) -> None:
    """A hand-kept log with no template (`**Status:**`/`**Date:**` under `# ADR-NNNN: Title`, as BargLabs/cejel keeps
    it) got adr-tools' `# 3. Title / Date: / ## Status` record. It now gets its newest record's shape: its title
    line, its two key lines, and the sections most of its records have, empty."""
    project.write("docs/adr/0001-use-x.md", "# ADR-0001: Use X\n\n**Status:** Accepted\n**Date:** 2021-01-01\n\n"
                  "## Context\n\nC.\n\n## Decision\n\nD.\n\n## Consequences\n\nE.\n")
    project.write("docs/adr/0002-use-y.md", "# ADR-0002 (accepted): Use Y\n\n**Status:** Accepted\n"
                  "**Date:** 2021-02-01\n\n## Context\n\nC.\n\n## Options\n\nO.\n\n## Decision\n\nD.\n\n"
                  "## Consequences\n\nE.\n")
    result = project.run("new", "--date", "2021-04-01", "Use", "Z")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "docs/adr/0003-use-z.md\n", "")
    # (the title line of 0001: 0002's holds its status, which is no new record's)
    assert project.read("docs/adr/0003-use-z.md") == (
        "# ADR-0003: Use Z\n\n**Status:** Proposed\n**Date:** 2021-04-01\n\n## Context\n\n## Decision\n\n"
        "## Consequences\n")
    assert project.run("validate").exit_code == 0


def test_a_record_shaped_as_the_newest_writes_the_day_as_it_does(project: Project) -> None:
    """tonio689/Sistema-de-Control-Escolar writes `**Fecha:** 20/11/2025`, day first; on today's date."""
    project.today = dt.date.today().isoformat()
    project.write("docs/adr/0006-movil.md", "# ADR-0006: Selección de Clean Architecture\n\n**Fecha:** 20/11/2020  \n"
                  "**Estado:** Aceptado  \n\n## Contexto\n\nC.\n")
    assert project.run("new", "Nueva").exit_code == 0
    assert project.read("docs/adr/0007-nueva.md") == (
        f"# ADR-0007: Nueva\n\n**Fecha:** {dt.date.today().strftime('%d/%m/%Y')}  \n**Estado:** Propuesto  \n\n"
        "## Contexto\n")


def test_a_madr_template_whose_keys_are_in_the_log_s_language_is_filled(project: Project) -> None:
    """MTES-MCT/zero-logement-vacant's French MADR template (`statut: {proposé | ...}`, `date: {AAAA-MM-JJ ..}`,
    `décideurs:`): adr new left `statut` as the placeholder and refused its own record (ADR301). Its keys are filled
    as spelt, the status with the word the log's keys use."""
    project.write("docs/decisions/TEMPLATE.md", "---\nstatut: {proposé | rejeté | accepté | obsolète | … | remplacé "
                  "par [ADR-0005](0005-example.md)}\ndate: {AAAA-MM-JJ de la dernière mise à jour de la décision}\n"
                  "décideurs: {liste de toutes les personnes impliquées dans la décision}\n---\n\n"
                  "# {titre court du problème résolu et de la solution}\n\n## Contexte et problématique\n\n{Décrivez}\n")
    project.write("docs/decisions/20240603162604-msw.md", "---\nstatut: proposé\ndate: 2024-06-03\n"
                  "décideurs: Andrea GUEUGNAUT\n---\n\n# Mocker l’API pour tester le front\n\n## Contexte\n\nC.\n")
    result = project.run("new", "--date", "2021-04-01", "-m", "Ann", "Nouvelle", "décision")
    assert (result.exit_code, result.stderr) == (0, "")
    created = project.root / result.stdout.strip()
    assert created.read_text(encoding="utf-8").split("\n")[:6] == [
        "---", 'statut: "proposé"', "date: 2021-04-01", "décideurs: [Ann]", "---", ""]
    row = json.loads(project.run("show", created.stem, "--format", "json").stdout)
    assert (row["title"], row["status"], row["date"], row["decision_makers"]) == (
        "Nouvelle décision", "proposed", "2021-04-01", ["Ann"])


def test_a_madr2_log_keyed_in_another_language_gets_a_record_shaped_as_its_newest(project: Project) -> None:
    """discorallado/axon's bullets (`- **Fecha:**`, `- **Estado:** Aceptado` under `# ADR-0011 — ..`) with no
    template got MADR 2's English `* Status: proposed` record; its other bullets are kept for the author (audit 56
    b5c), and a log keyed as MADR ships it gets its newest record's bullets too."""
    project.write("docs/adr/0011-finanzas.md", "# ADR-0011 — Finanzas básicas\n\n- **Fecha:** 2021-03-06\n"
                  "- **Estado:** Aceptado\n- **Módulos:** REQ-0003\n\n## Contexto\n\nC.\n\n## Decisión\n\nD.\n")
    assert project.run("new", "--date", "2021-04-01", "Nueva").exit_code == 0
    assert project.read("docs/adr/0012-nueva.md") == (
        "# ADR-0012 — Nueva\n\n- **Fecha:** 2021-04-01\n- **Estado:** Propuesto\n- **Módulos:**\n\n## Contexto\n\n"
        "## Decisión\n")
    project.write("docs/decisions/0001-use-madr.md", MADR2_1)
    assert project.run("new", "--dir", "docs/decisions", "--date", "2021-04-01", "Use", "gRPC").exit_code == 0
    assert project.read("docs/decisions/0002-use-grpc.md").startswith("# Use gRPC\n\n* Status: proposed\n")


SAGNUS = ("# ADR-100{n} — Decisão {n}\n\n{status}\n{day} 2026-01-2{n}\n- **Escopo:** Frontend\n\n## Contexto\n"
          "Texto.\n\n## Decisão\nTexto.\n\n## Consequências\nTexto.\n")


@pytest.mark.parametrize("today", ["2025-11-03", dt.date.today().isoformat()], ids=("fixed-day", "today"))
@pytest.mark.parametrize(("status", "day", "proposed"), [
    ("- **Status:** Accepted", "- **Data:**", "- **Status:** Proposed"),
    ("- Status: Accepted", "- Data:", "- Status: Proposed"),
    ("Status: Accepted", "Data:", "Status: Proposed"),
    ("- **Status:** Aceito", "- **Data:**", "- **Status:** Proposto"),
    ("- **Stato:** Accettato", "- **Data:**", "- **Stato:** Proposto"),
])
def test_a_log_dating_its_records_data_gets_a_record_shaped_as_its_newest(project: Project, status: str, day: str,
                                                                          proposed: str, today: str) -> None:
    """Audit 56 (lane c, class 3): slifebr/sagnus-erp's records key their day `- **Data:** 2026-01-22` (Portuguese
    and Italian for the date) beside `- **Status:** Accepted`; `adr new` fell back to MADR 2's English record
    (`* Status: proposed`, `## Context and Problem Statement`), while `Fecha:` and `Datum:` were shaped right. A
    day's placeholder keyed `Data` (`Data: YYYY-MM-DD`) is now the date, as under `Fecha`, and the new record is
    shaped as the newest."""
    project.today = today
    project.write("docs/adr/1001-a.md", SAGNUS.format(n=1, status=status, day=day))
    project.write("docs/adr/1002-b.md", SAGNUS.format(n=2, status=status, day=day))
    result = project.run("new", "Cache distribuído com Redis")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "docs/adr/1003-cache-distribuido-com-redis.md\n", "")
    scope = "- **Escopo:**\n" if day.startswith("- ") else ""  # a bullet of their own, left for the author to fill
    assert project.read("docs/adr/1003-cache-distribuido-com-redis.md") == (
        f"# ADR-1003 — Cache distribuído com Redis\n\n{proposed}\n{day} {today}\n{scope}\n## Contexto\n\n## Decisão\n\n"
        "## Consequências\n")
    row = json.loads(project.run("show", "1003", "--format", "json").stdout)
    assert (row["status"], row["date"]) == ("proposed", today)


@pytest.mark.parametrize("today", ["2025-11-03", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_a_template_kept_by_hand_keying_its_day_data_is_filled(project: Project, today: str) -> None:
    """A Portuguese template kept by hand (`**Data:** AAAA-MM-DD` under `**Status:** Proposto | Aceito`) was not
    filled: its placeholder keyed `Data` did not read as the date."""
    template = ("# ADR-NNNN — Título\n\n**Status:** Proposto | Aceito\n**Data:** AAAA-MM-DD\n\n## Contexto\n\n"
                "O que motiva esta decisão.\n")
    project.write("docs/adr/0000-modelo.md", template)
    project.write("docs/adr/0001-a.md", "# ADR-0001 — A\n\n**Status:** Aceito\n**Data:** 2026-01-21\n\n"
                  "## Contexto\n\nC.\n")
    project.today = today
    result = project.run("new", "Nova", "decisão")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "docs/adr/0002-nova-decisao.md\n", "")
    assert project.read("docs/adr/0002-nova-decisao.md") == template.replace("NNNN — Título", "0002 — Nova decisão") \
        .replace("Proposto | Aceito", "Proposto").replace("AAAA-MM-DD", today)


def test_a_record_shaped_as_the_newest_takes_only_its_status_and_day(project: Project) -> None:
    """Round 51's attack (M2): keys after the status or the day on their line (`· **Supersedes:** [..]`) were
    copied, so the new record read as superseding 0001; a line stating both keeps both (Monolegal's)."""
    project.write("docs/adr/0001-t1.md", "# ADR-0001: T1\n\n**Status:** Superseded by [ADR-0002](0002-t2.md) · "
                  "**Date:** 2021-01-01\n\n## Context\n\nC.\n")
    project.write("docs/adr/0002-t2.md", "# ADR-0002: T2\n\n**Status:** Accepted · **Date:** 2021-02-01 · "
                  "**Supersedes:** [ADR-0001](0001-t1.md) · **Owner:** Ann\n\n## Context\n\nC.\n")
    assert project.run("new", "--date", "2021-04-01", "Three").exit_code == 0
    assert project.read("docs/adr/0003-three.md") == (
        "# ADR-0003: Three\n\n**Status:** Proposed · **Date:** 2021-04-01\n\n## Context\n")
    assert project.run("validate").exit_code == 0


@pytest.mark.parametrize("extra", ["**Estado:** Aceptado", "**Supersedes:** [ADR-0006](0006-local-first.md)"])
def test_a_template_kept_by_hand_stating_a_second_status_or_a_relation_is_not_filled(project: Project,
                                                                                     extra: str) -> None:
    """Round 51's attack (L2, L3): a second status line gave a record stating two statuses, a filled relation gave
    every new record that relation; such a template is not filled, and the log's dialect is written."""
    project.write("docs/adr/0000-plantilla.md", KOS_TEMPLATE.replace("**Fecha:** AAAA-MM-DD\n",
                                                                     f"**Fecha:** AAAA-MM-DD\n{extra}\n"))
    project.write("docs/adr/0006-local-first.md", KOS_RECORD)
    assert project.run("new", "--date", "2021-04-01", "Nueva").exit_code == 0
    row = json.loads(project.run("show", "7", "--format", "json").stdout)
    assert (row["status"], row["supersedes"]) == ("proposed", [])
    assert "Aceptado" not in project.read("docs/adr/0007-nueva.md")


def test_a_template_kept_by_hand_that_is_not_utf8_gives_the_newest_record_s_shape(project: Project) -> None:
    """Round 51's attack (L11): a template saved in Latin-1 was dropped without a word and adr-tools' English
    record written; the record is shaped as the log's newest, as with no template."""
    (project.root / "docs/adr").mkdir(parents=True)
    (project.root / "docs/adr/0000-plantilla.md").write_bytes(KOS_TEMPLATE.replace("—", "-").encode("latin-1"))
    project.write("docs/adr/0006-local-first.md", KOS_RECORD)
    assert project.run("new", "--date", "2021-04-01", "Nueva").exit_code == 0
    assert project.read("docs/adr/0007-nueva.md") == (
        "# ADR-0007 — Nueva\n\n**Estado:** Propuesto\n**Fecha:** 2021-04-01\n\n## Contexto\n")


def test_a_log_as_madr_3_starts_it_gets_a_record_from_its_own_template(project: Project) -> None:
    """Audit 52 (lane b, class 1): MADR 3.0.0 starts a log with its first record, which has no front matter, and
    `adr-template.md`; `adr new` wrote adrtool's own record there (its hints about PTG agendas in a homelab). The
    log's template is filled, as it is once a record has front matter."""
    source = Path(__file__).parent / "fixtures" / "madr" / "madr3-start"
    for file in source.iterdir():
        project.write(f"docs/decisions/{file.name}", file.read_text(encoding="utf-8"))
    assert project.run("new", "Use Proxmox for virtualisation").exit_code == 0
    created = project.read("docs/decisions/0001-use-proxmox-for-virtualisation.md")
    template = (source / "adr-template.md").read_text(encoding="utf-8")
    assert created.split("\n")[:5] == ["---", "# These are optional elements. Feel free to remove any of them.",
                                       'status: "proposed"', "date: 2021-05-01",
                                       "deciders: []"]
    assert created.split("---\n", 2)[2] == template.split("---\n", 2)[2].replace(
        "# {short title of solved problem and solution}", "# Use Proxmox for virtualisation", 1)
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["status"], row["title"]) for row in listed] == [
        (0, None, "Use Markdown Any Decision Records"), (1, "proposed", "Use Proxmox for virtualisation")]


def test_a_revisit_point_tracked_in_a_madr_log_leaves_it_madr_s(project: Project) -> None:
    """Audit 54 (lane b, class 1): once one record of a MADR log held a revisit point (`adr new --revisit`, `adr
    revisit`), the log counted as kept with adrtool: the next `adr new` wrote adrtool's record instead of the log's
    template, and `validate` held every record to adrtool's rules (0 errors became 55 in one log). The log stays
    MADR's: its template is filled again, and no record gains an error."""
    source = Path(__file__).parent / "fixtures" / "madr" / "madr3-start"
    for file in source.iterdir():
        project.write(f"docs/decisions/{file.name}", file.read_text(encoding="utf-8"))
    tracked = project.run("new", "--revisit", "2022-01-01", "Use PostgreSQL")
    assert tracked.exit_code == 0, tracked.stderr
    assert "revisit: 2022-01-01" in project.read("docs/decisions/0001-use-postgresql.md")

    assert project.run("new", "Use Redis").exit_code == 0

    assert project.read("docs/decisions/0002-use-redis.md").split("\n")[:3] == [
        "---", "# These are optional elements. Feel free to remove any of them.", 'status: "proposed"']
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(finding["code"], finding["path"]) for finding in findings if finding["severity"] == "error"] == []


MADR4_KEPT = """\
---
parent: Decisions
nav_order: {n}
status: "accepted"
date: {day}
decision-makers: [Ann Lee, Bo Chen]
{extra}---

# {title}

## Context and Problem Statement

Why {n}.

## Considered Options

* A

## Decision Outcome

Chosen option: A.
"""


def test_a_front_matter_log_without_a_template_gets_a_record_shaped_as_its_newest(project: Project) -> None:
    """Audit 54 (lane b, class 3): namphuongtran/nami's 97 MADR 4 records and windlasstech/vers-js's 55 (Just the
    Docs' `parent:` and `nav_order:`, Holocene dates) keep no template; `adr new` wrote adrtool's record (its own
    sections, `status` unquoted, no `parent`: the page fell out of the site's menu). It writes the newest record's
    keys in their order, quoted and dated as it writes them, the keys all records share, the number where each
    gives its own, the names left empty, the keys one record has alone left out; the sections most share."""
    for n, day, extra in ((1, "12024-01-02", "stack-record: true\n"), (2, "12024-02-03", ""), (3, "12024-03-04", "")):
        project.write(f"docs/decisions/000{n}-use-{n}.md",
                      MADR4_KEPT.format(n=n, day=day, extra=extra, title=f"Use {n}"))

    made = project.run("new", "--revisit", "2022-01-01", "Use Valkey for caching")

    assert (made.exit_code, made.stdout) == (0, "docs/decisions/0004-use-valkey-for-caching.md\n"), made.stderr
    assert project.read("docs/decisions/0004-use-valkey-for-caching.md") == (
        '---\nparent: Decisions\nnav_order: 4\nstatus: "proposed"\ndate: 12021-05-01\ndecision-makers: []\n'
        "revisit: 2022-01-01\n---\n\n# Use Valkey for caching\n\n## Context and Problem Statement\n\n"
        "## Considered Options\n\n## Decision Outcome\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert (listed[-1]["status"], listed[-1]["date"], listed[-1]["revisit"]) == ("proposed", "2021-05-01", "2022-01-01")
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [f["code"] for f in findings if f["path"].endswith("0004-use-valkey-for-caching.md")] == []


def test_a_title_holding_quotes_is_quoted_as_the_newest_record_quotes_its_own(project: Project) -> None:
    """A key the newest record quotes is quoted so in the new record, its quotes escaped (a title `Use "X"`)."""
    for n, quote in ((1, "'"), (2, '"')):
        project.write(f"docs/decisions/000{n}-a.md", f"---\ntitle: {quote}A{n}{quote}\nstatus: accepted\n"
                                                     f"date: 2020-01-0{n}\n---\n# A{n}\n")
    assert project.run("new", 'Use "Redis" and \'Valkey\'').exit_code == 0
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert listed[-1]["title"] == 'Use "Redis" and \'Valkey\''
    assert project.read("docs/decisions/0003-use-redis-and-valkey.md").split("\n")[1] == (
        'title: "Use \\"Redis\\" and \'Valkey\'"')


def test_a_template_s_placeholder_for_the_number_is_given_the_record_s(project: Project) -> None:
    """Audit 54 (lane b, class 4): SVendittelli/screamer's MADR 3 template keys `nav_order: { NNNN which matches
    the ADR number }`, copied as it was: a YAML mapping where Just the Docs sorts pages by a number."""
    project.write("docs/decisions/adr-template.md", "---\nstatus: {proposed | rejected | accepted}\ndate: {YYYY-MM-DD}\n"
                  "parent: Decisions\nnav_order: { NNNN which matches the ADR number }\n---\n# {short title}\n")
    project.write("docs/decisions/0001-use-mit.md", "---\nstatus: accepted\ndate: 2020-01-01\nparent: Decisions\n"
                  "nav_order: 1\n---\n# Use MIT\n")

    assert project.run("new", "Use Ruff").exit_code == 0

    assert project.read("docs/decisions/0002-use-ruff.md").split("---\n")[1] == (
        "status: proposed\ndate: 2021-05-01\nparent: Decisions\nnav_order: 2\n")


def test_a_new_record_of_an_adr_nnn_log_is_titled_and_left_undated_as_its_records_are(project: Project) -> None:
    """Audit 52 (lane a, class 1): Elijah-J/EnterpriseFizzBuzz and D-sorganization/Maxwell_Daemon title their
    records `# ADR-003: Title` and date none of them; `adr new` wrote adr-tools' `# 8. Title` and a `Date:` line.
    The title is written as the latest records write theirs, and no day is added where most records have
    none; adr-tools' own logs get `# N. Title` and `Date:` as before."""
    page = "# ADR-00{n}: T{n}\n\n## Status\n\nAccepted\n\n## Context\n\nc\n"
    for n in (1, 2, 3):
        project.write(f"docs/adr/ADR-00{n}.md", page.format(n=n))
    assert project.run("new", "Adopt", "Quantum", "Modulo").exit_code == 0
    assert project.read("docs/adr/ADR-004.md").split("\n")[:6] == [  # named as the log's, of no words
        "# ADR-004: Adopt Quantum Modulo", "", "## Status", "", "Proposed", ""]
    project.write("doc/adr/0001-record.md", "# 1. Record\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    assert project.run("new", "--dir", "doc/adr", "Use", "X").exit_code == 0
    assert project.read("doc/adr/0002-use-x.md").split("\n")[:6] == [
        "# 2. Use X", "", "Date: 2021-05-01", "", "## Status", ""]
    rows = json.loads(project.run("list", "--dir", "docs/adr", "--format", "json").stdout)
    assert [(row["number"], row["title"], row["status"], row["date"]) for row in rows][3:] == [
        (4, "Adopt Quantum Modulo", "proposed", None)]


# The templates itk-dev/event-database-imports (`docs/adr/template.md`) and bomctl/bomctl
# (`docs/architecture/templates/template.md`, after joelparkerhenderson's) keep beside their adr-tools records.
ITK_TEMPLATE = "# TITLE\n\nDate: DD-MM-YYYY\n\n## Status\n\nProposed|Accepted|Deprecated\n\n## Context\n\n## Decision\n"
BOMCTL_TEMPLATE = ("# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n<!--\nA decision may be \"proposed\" if the project "
                   "stakeholders haven't agreed with it yet, or \"accepted\" once it is agreed.\n-->\nWhat is the "
                   "status, such as proposed, accepted, rejected, deprecated, superseded, etc.?\n\n## Context\n")


@pytest.mark.parametrize("today", ["2021-05-01", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_a_template_s_status_and_date_placeholders_are_filled(project: Project, today: str) -> None:
    """Audit 53 (lane a, class 3): a status kept as choices (`Proposed|Accepted|Deprecated`) or a question, and a
    day as `DD-MM-YYYY`, made `adr new` refuse, even given --status: they are filled, the day in the order the
    placeholder names, the template's comments kept."""
    project.today = today
    day = dt.date.fromisoformat(today)
    project.write("docs/adr/template.md", ITK_TEMPLATE)
    project.write("docs/adr/001-message-queue.md", "# Usage of message queues\n\nDate: 18-08-2023\n\n## Status\n\n"
                                                   "Accepted\n\n## Context\n\nc\n")
    made = project.run("new", "Use", "X")
    assert (made.exit_code, made.stdout) == (0, "docs/adr/002-use-x.md\n"), made.stderr
    assert project.read("docs/adr/002-use-x.md") == ITK_TEMPLATE.replace("TITLE", "Use X").replace(
        "DD-MM-YYYY", day.strftime("%d-%m-%Y")).replace("Proposed|Accepted|Deprecated", "Proposed")

    project.write("docs/adr/template.md", BOMCTL_TEMPLATE)
    made = project.run("new", "--status", "accepted", "Use", "Y")
    assert (made.exit_code, made.stdout) == (0, "docs/adr/003-use-y.md\n"), made.stderr
    assert project.read("docs/adr/003-use-y.md") == BOMCTL_TEMPLATE.replace("NUMBER. TITLE", "3. Use Y").replace(
        "DATE", today).replace("What is the status, such as proposed, accepted, rejected, deprecated, superseded, "
                               "etc.?", "Accepted")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["status"], row["date"]) for row in rows][1:] == [(2, "proposed", today),
                                                                              (3, "accepted", today)]


# simonrenoult/playground (French) and marciovmartins/jtonynet-go-payments-api (Portuguese, long dates): adr-tools'
# shape, written in the log's language, with no template
FRENCH = "# {n}. {title}\n\nDate: 2021-12-22\n\n## Statut\n\nAccepté\n\n## Contexte\n\nc\n\n## Décision\n\nd\n\n" \
         "## Conséquences\n\ne\n"
PORTUGUESE = "# {n}. {title}\n\nData: 28 de Dezembro de 2024\n\n## Status\n\nAceito\n\n## Contexto\n\nc\n\n" \
             "## Decisão\n\nd\n\n## Consequências\n\ne\n"


@pytest.mark.parametrize("today", ["2021-05-01", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_a_log_in_another_language_gets_a_record_in_its_words(project: Project, today: str) -> None:
    """Audit 53 (lane c, class 1): a log of adr-tools' shape in French or Portuguese got adr-tools' English record
    (`## Status` / `Proposed` / `## Context`), and its supersession `Supersedes` beside the old record's
    `Remplacé par`. A new record takes the newest record's sections and status word in the log's language; a long
    date is written as a day adr reads (ISO)."""
    project.today = today
    for n, title in ((1, "Enregistre les décisions"), (2, "Séparation des lectures")):
        project.write(f"doc/fr/000{n}-x{n}.md", FRENCH.format(n=n, title=title))
    for n, title in ((1, "Registrar decisões"), (2, "Tabela auxiliar")):
        project.write(f"doc/pt/000{n}-x{n}.md", PORTUGUESE.format(n=n, title=title))

    french = project.run("new", "--dir", "doc/fr", "--supersedes", "2", "Utiliser", "Redis")
    portuguese = project.run("new", "--dir", "doc/pt", "Usar", "Redis")

    assert (french.exit_code, portuguese.exit_code) == (0, 0), french.stderr + portuguese.stderr
    assert project.read("doc/fr/0003-utiliser-redis.md") == (
        f"# 3. Utiliser Redis\n\nDate: {today}\n\n## Statut\n\nProposé\n\n"
        "Remplace [2. Séparation des lectures](0002-x2.md)\n\n## Contexte\n\n## Décision\n\n## Conséquences\n")
    assert "## Statut\n\nRemplacé par [3. Utiliser Redis](0003-utiliser-redis.md)\n" in project.read("doc/fr/0002-x2.md")
    assert project.read("doc/pt/0003-usar-redis.md") == (
        f"# 3. Usar Redis\n\nData: {today}\n\n## Status\n\nProposto\n\n## Contexto\n\n## Decisão\n\n## Consequências\n")
    rows = json.loads(project.run("list", "--dir", "doc/pt", "--format", "json").stdout)
    assert (rows[-1]["status"], rows[-1]["date"]) == ("proposed", today)


def test_a_madr_template_opened_by_its_header_comment_is_filled(project: Project) -> None:
    """Audit 53 (lane b, class 2a): ahmadshalabi/luqma's `adr-template.md` opens with `<!-- MADR 4.0.0 Template ..
    -->` above its front matter; `adr new` wrote adrtool's own record. The template is filled, without that header."""
    template = ("<!-- \nMADR 4.0.0 Template\nMarkdown Architectural Decision Records\n-->\n\n---\n"
                'status: "{proposed | rejected | accepted | deprecated | … | superseded by ADR-0123}"\n'
                "date: {YYYY-MM-DD when the decision was last updated}\n---\n\n# {short title, representative of "
                "solved problem and found solution}\n\n## Context and Problem Statement\n\n{Describe the context.}\n")
    project.write("docs/decisions/adr-template.md", template)
    project.write("docs/decisions/0001-use-x.md", '---\nstatus: "accepted"\ndate: 2025-11-10\n---\n\n# Use X\n\n'
                                                 "## Context and Problem Statement\n\nWhy.\n")
    made = project.run("new", "Use", "Redis")
    assert (made.exit_code, made.stdout) == (0, "docs/decisions/0002-use-redis.md\n"), made.stderr
    assert project.read("docs/decisions/0002-use-redis.md") == (
        f'---\nstatus: "proposed"\ndate: {project.today}\n---\n\n# Use Redis\n\n## Context and Problem Statement\n\n'
        "{Describe the context.}\n")


# A dotnet-adr log (endjin/dotnet-adr writes `# {title}`; Marain's, Menes' and Endjin's logs are so): no number in
# any title, no date.
UNNUMBERED_1 = "# Use Redis\n\n## Status\n\nAccepted.\n\n## Context\n\nx\n"
UNNUMBERED_2 = "# Use Kafka\n\n## Status\n\nProposed\n\n## Context\n\nx\n"


def test_a_log_whose_titles_carry_no_number_gets_none_in_the_new_title_or_its_links(project: Project) -> None:
    """Audit 55 a1: the new record was `# 3. Use NATS`, and both links named `3. Use NATS` / `1. Use Redis`; the
    log frames its titles without a number, so the new title and the link text on both sides are framed so too."""
    project.write("docs/adr/0001-use-redis.md", UNNUMBERED_1)
    project.write("docs/adr/0002-use-kafka.md", UNNUMBERED_2)
    result = project.run("new", "--supersedes", "1", "Use NATS")
    assert (result.exit_code, result.stdout) == (0, "docs/adr/0003-use-nats.md\n"), result.stderr
    assert project.read("docs/adr/0003-use-nats.md").split("\n")[:8] == [
        "# Use NATS", "", "## Status", "", "Proposed", "", "Supersedes [Use Redis](0001-use-redis.md)", ""]
    assert project.read("docs/adr/0001-use-redis.md") == UNNUMBERED_1.replace(
        "Accepted.", "Superseded by [Use NATS](0003-use-nats.md).")
    record = shown(project, "3")
    assert (record["title"], record["supersedes"], record["format"]) == ("Use NATS", [1], "nygard")


def test_a_new_title_is_framed_as_most_records_frame_theirs_not_as_an_outlier(project: Project) -> None:
    """Audit 55 a10b (hAIrem): the newest record, a hand-written `# ADR 0003 : ..`, framed the new title and its
    link (`# ADR 0004 : ..`, `Supersedes [ADR 0001 : ..]`) while the superseded record named it `4. ..`; the frame
    most records use is taken, one frame for the whole write."""
    project.write("doc/adr/0001-record-architecture-decisions.md", NYGARD_1)
    project.write("doc/adr/0002-use-rx.md", NYGARD_2)
    project.write("doc/adr/0003-exclusion.md", "# ADR 0003 : Exclusion\n\n**Statut :** Accepté\n"
                  "**Date :** 28 Janvier 2026\n\n## Contexte\n\nC.\n")
    assert project.run("new", "--supersedes", "1", "Use", "NATS").exit_code == 0
    assert project.read("doc/adr/0004-use-nats.md").split("\n")[:10] == [
        "# 4. Use NATS", "", "Date: 2021-05-01", "", "## Status", "", "Proposed", "",
        "Supersedes [1. Record architecture decisions](0001-record-architecture-decisions.md)", ""]
    assert project.read("doc/adr/0001-record-architecture-decisions.md") == NYGARD_1.replace(
        "Accepted", "Superseded by [4. Use NATS](0004-use-nats.md)")


@pytest.mark.parametrize("frame", ["# {n}. {title}", "# ADR-00{n}: {title}"])
def test_a_log_in_another_language_that_dates_no_record_gets_a_record_in_its_words(project: Project,
                                                                                    frame: str) -> None:
    """Audit 55 c2 (Minh-Khoi-Le's 11 French records, `## Statut` / `Accepté` / `## Contexte`, no `Date:` line): the
    log's words were taken only where its records have a date line; without one the new record was adr-tools'
    English (`## Status` / `Proposed` / `## Context`). It is written in the log's words, undated as its records."""
    for n, title in ((1, "Décision 1"), (2, "Décision 2")):
        project.write(f"docs/adr/00{n}-decision-{n}.md", f"{frame.format(n=n, title=title)}\n\n## Statut\n\nAccepté\n\n"
                      "## Contexte\n\nC.\n\n## Décision\n\nD.\n")
    result = project.run("new", "--supersedes", "1", "Choix du broker")
    assert (result.exit_code, result.stdout) == (0, "docs/adr/003-choix-du-broker.md\n"), result.stderr
    first = frame.format(n=1, title="Décision 1").lstrip("# ")
    assert project.read("docs/adr/003-choix-du-broker.md") == (
        f"{frame.format(n=3, title='Choix du broker')}\n\n## Statut\n\nProposé\n\n"
        f"Remplace [{first}](001-decision-1.md)\n\n## Contexte\n\n## Décision\n")
    record = shown(project, "3")
    assert (record["status"], record["date"], record["supersedes"]) == ("proposed", None, [1])


BROKERX = "# ADR-00{n} — Décision {n}\n\n**Statut**: Accepté\n\n## Contexte\nx\n\n## Décision\ny\n\n## Conséquences\nz\n"


@pytest.mark.parametrize(("named", "new", "label"), [("adr00{n}.md", "adr003.md", "ADR-001"),
                                                   ("000{n}-un-{n}.md", "0003-trois-essai.md", "ADR-0001")],
                         ids=("adrNNN", "NNNN-slug"))
def test_a_log_stating_an_undated_key_line_status_gets_a_record_shaped_as_its_own(project: Project, named: str,
                                                                                 new: str, label: str) -> None:
    """Audit 58 c1 (AymanZahir/brokerX: `**Statut**: Accepté`, `## Contexte` / `## Décision`, no record dated): the
    log's shape was taken only where its records have a date line; without one `new` wrote adr-tools' English
    (`## Status` / `Proposed` / `Supersedes`). It is shaped as its records, in their words, undated as they are."""
    for n in (1, 2):
        project.write(f"docs/adr/{named.format(n=n)}", BROKERX.format(n=n))
    result = project.run("new", "--supersedes", "1", "Trois", "essai")
    assert (result.exit_code, result.stdout) == (0, f"docs/adr/{new}\n"), result.stderr
    first = named.format(n=1)
    assert project.read(f"docs/adr/{new}") == (
        f"# ADR-003 — Trois essai\n\n**Statut**: Proposé\n**Remplace**: [{label}]({first})\n\n"
        "## Contexte\n\n## Décision\n\n## Conséquences\n")
    assert project.read(f"docs/adr/{first}") == BROKERX.format(n=1).replace(
        "Accepté", f"Remplacé par [{label[:-1]}3]({new})")
    record = shown(project, "3")
    assert (record["status"], record["date"], record["supersedes"], record["format"]) == ("proposed", None, [1],
                                                                                          "nygard")


ADROWSE_TEMPLATE = "# タイトル\n\n**ステータス**: 提案済み\n\n## 背景\n\n<!-- なぜ -->\n\n## 決定\n\n## 参考文献\n"


@pytest.mark.parametrize("path", ["docs/decisions", "docs/other"], ids=("its-log", "another-log"))
def test_adrowse_s_template_in_its_dot_folder_is_the_log_s_template(project: Project, path: str) -> None:
    """Audit 58 c1 (misogihagi: adrowse keeps `.adr/template` and names its log in `.adr/config`): the template
    was not used, as a `template.md` in the log is. It fills the new record of the log the config names, its own
    word for the status (`提案済み`) read as proposed; another log's record is shaped as its records are."""
    project.write(".adr/config", f'locale = "ja"\npath = "{path}"\npadding = 5\n')
    project.write(".adr/template", ADROWSE_TEMPLATE)
    for n in (1, 2):
        project.write(f"docs/decisions/0000{n}-kettei-{n}.md",
                      f"# 決定 {n}\n\n**ステータス**: 承認済み\n\n## 背景\n\nx\n\n## 決定\n\ny\n")
    result = project.run("new", "新しい決定")
    assert (result.exit_code, result.stdout) == (0, "docs/decisions/00003-新しい決定.md\n"), result.stderr
    written = project.read("docs/decisions/00003-新しい決定.md")
    if path == "docs/decisions":
        assert written == ADROWSE_TEMPLATE.replace("タイトル", "新しい決定")
    else:
        assert "## 参考文献" not in written and written.startswith("# 新しい決定\n\n**ステータス**: ")
    record = shown(project, "3")
    assert (record["title"], record["status"], record["date"]) == ("新しい決定", "proposed", None)


@pytest.mark.parametrize("today", ["2021-05-01", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_an_adr_cli_log_dates_a_new_record_on_a_bare_line_as_its_records(project: Project, today: str) -> None:
    """Audit 55 a6: GingerTommy's adr-cli writes the day alone under the title (`2017-07-03`), and so are its own
    log's, JeffRaiAlt's and Kaalenco's records; adr new wrote `Date: ..`. The new record is dated as they are."""
    project.today = today
    for n, title in ((1, "Record architecture decisions"), (2, "Use ISO 8601 Date Format")):
        project.write(f"docs/adr/000{n}-x{n}.md", f"# {n}. {title}\n\n2017-07-0{n}\n\n## Status\n\nAccepted\n\n"
                      "## Context\n\nC.\n")
    assert project.run("new", "Use", "RFC", "3339").exit_code == 0
    assert project.read("docs/adr/0003-use-rfc-3339.md").split("\n")[:8] == [
        "# 3. Use RFC 3339", "", today, "", "## Status", "", "Proposed", ""]
    assert shown(project, "3")["date"] == today


# daddia/zen-cli's MADR 4 records and template (cut short): capitalised statuses, `# ADR-0023 - Title`, and the
# template's keys left blank for the author to fill.
ZEN = "---\nstatus: {status}\ndate: 2025-09-1{n}\ndecision-makers: Dev Team\n---\n\n# ADR-000{n} - Title {n}\n\n" \
      "## Context and Problem Statement\n\nx\n"
ZEN_TEMPLATE = "---\nstatus:\ndate: \ndecision-makers: \n---\n\n# ADR-#### - <!-- short title -->\n\n" \
               "## Context and Problem Statement\n\n\n\n## Decision Drivers\n\n* <!-- decision driver -->\n"


def test_a_madr_template_whose_keys_are_blank_is_filled(project: Project) -> None:
    """Audit 55 b2a: zen-cli's template leaves `status:` and `date: ` blank; it was passed over for a record shaped
    as the newest, without the template's sections and hints. It is filled: the status in the log's case, the
    day, the title framed as the records number theirs, the other keys and every hint left for the author."""
    for n, status in ((1, "Accepted"), (2, "Proposed")):
        project.write(f"docs/decisions/ADR-000{n}-title-{n}.md", ZEN.format(n=n, status=status))
    project.write("docs/decisions/adr-template.md", ZEN_TEMPLATE)
    result = project.run("new", "Use", "Bubble", "Tea")
    assert (result.exit_code, result.stdout) == (0, "docs/decisions/ADR-0003-use-bubble-tea.md\n"), result.stderr
    assert project.read("docs/decisions/ADR-0003-use-bubble-tea.md") == ZEN_TEMPLATE.replace(
        "status:\ndate: \n", "status: Proposed\ndate: 2021-05-01\n").replace(
        "# ADR-#### - <!-- short title -->", "# ADR-0003 - Use Bubble Tea")
    record = shown(project, "3")
    assert (record["title"], record["status"], record["date"]) == ("Use Bubble Tea", "proposed", "2021-05-01")


def test_a_front_matter_log_numbering_its_titles_numbers_the_new_one(project: Project) -> None:
    """Audit 55 b2b: where the records put the number in the title (`# ADR-0002: Title 2`, fabric-os' single
    `# ADR-001: ..`), a new record from a MADR template, or adrtool's own record, was titled `# Use Y`; it is framed
    as they are."""
    for n in (1, 2):
        project.write(f"d/000{n}-title-{n}.md", f"---\nstatus: accepted\ndate: 2021-01-0{n}\n---\n\n"
                                                f"# ADR-000{n}: Title {n}\n\n## Context\n\nx\n")
    project.write("d/adr-template.md", "---\nstatus: {proposed}\ndate: {YYYY-MM-DD}\n---\n\n# ADR-NNNN: Title\n\n"
                                       "## Context\n\nx\n")
    project.write("e/ADR-001-baseline.md", "---\ntitle: 'ADR-001 baseline'\nstatus: accepted\ndate: 2021-01-01\n"
                                           "owner: fabric-os\n---\n\n# ADR-001: Architecture baseline\n\n## Status\n\n"
                                           "Proposed\n")
    assert project.run("new", "--dir", "d", "Use", "Y").exit_code == 0
    assert project.run("new", "--dir", "e", "Use", "Z").exit_code == 0
    assert project.read("d/0003-use-y.md") == "---\nstatus: proposed\ndate: 2021-05-01\n---\n\n# ADR-0003: Use Y\n\n" \
                                              "## Context\n\nx\n"
    assert "\n---\n# ADR-002: Use Z\n\n## Context\n" in project.read("e/ADR-002-use-z.md")


def test_a_bullet_log_kept_otherwise_than_madr_ships_gets_a_record_shaped_as_its_newest(project: Project) -> None:
    """Audit 55 b2c (NNNvD/ECTO): `- Date:` then `- Status: Accepted` under `# ADR-0002: ..`, sections Context,
    Decision, Rationale, no template; adr new wrote MADR 2's `# Use Zotero` / `* Status: proposed` / `* Date:` and
    MADR's sections. It takes the newest record's markers, key order, status case, title frame and sections, and
    its other keys with their values left for the author (audit 56 b5c)."""
    for n in (1, 2):
        project.write(f"docs/decisions/ADR-000{n}-t{n}.md", f"# ADR-000{n}: T{n}\n\n- Date: 2021-01-0{n}\n"
                      "- Status: Accepted\n- Decision owner: X\n\n## Context\nc\n\n## Decision\nd\n\n## Rationale\nr\n")
    result = project.run("new", "Use", "Zotero")
    assert (result.exit_code, result.stdout) == (0, "docs/decisions/ADR-0003-use-zotero.md\n"), result.stderr
    assert project.read("docs/decisions/ADR-0003-use-zotero.md") == (
        "# ADR-0003: Use Zotero\n\n- Date: 2021-05-01\n- Status: Proposed\n- Decision owner:\n\n## Context\n\n"
        "## Decision\n\n## Rationale\n")
    record = shown(project, "3")
    assert (record["title"], record["status"], record["date"], record["format"]) == (
        "Use Zotero", "proposed", "2021-05-01", "madr2")


def test_a_new_record_keeps_the_log_s_inner_extension_and_its_number_width_in_links(project: Project) -> None:
    """Audit 55 c4 (Aadryn/Tochi, 62 records `NNN-slug.adr.md`, cross-referenced `ADR-057`): adr new named the
    record `061-x.md`, which the log's own tooling (`docs/adr/*.adr.md`) would not see, and the superseded record's
    key line said `Remplacé par [ADR-0061](..)`. The name keeps `.adr`, a link's number the log's three digits."""
    for n in (58, 59):
        project.write(f"docs/adr/0{n}-x{n}.adr.md", f"# {n}. X{n}\n\nDate: 2025-12-22\n\n## Statut\n\nAccepté\n\n"
                      "## Contexte\n\nC.\n")
    project.write("docs/adr/060-authorization.adr.md", "# 60. Authorization\n\nDate: 2025-01-08\n"
                  "Statut: **Accepté**\n\n## Contexte\n\nC.\n")
    result = project.run("new", "--supersedes", "60", "Choix du broker")
    assert (result.exit_code, result.stdout) == (0, "docs/adr/061-choix-du-broker.adr.md\n"), result.stderr
    assert "Statut: Remplacé par [ADR-061](061-choix-du-broker.adr.md)\n" in project.read(
        "docs/adr/060-authorization.adr.md")
    assert shown(project, "60")["superseded_by"] == [61]
    assert shown(project, "61")["supersedes"] == [60]


@pytest.mark.parametrize(("names", "made"), [
    ((("use-node.js", "Use Node.js"), ("adopt-vue.js", "Adopt Vue.js"), ("migrate-to-next.js", "Migrate to Next.js")),
     "docs/adr/0004-use-postgres.md"),  # each title's own last word
    ((("one.v1", "One"), ("two.v1", "Two"), ("adopt-vue.js.v1", "Adopt Vue.js")), "docs/adr/0004-use-postgres.v1.md"),
])
def test_a_title_s_last_word_is_no_inner_extension(project: Project, names: tuple[tuple[str, str], ...],
                                                   made: str) -> None:
    """Attack 55b M4: three records titled `Use Node.js`, `Adopt Vue.js`, `Migrate to Next.js` made `adr new Use
    Postgres` write `0004-use-postgres.js.md`. A slug that ends with its title's word (`.js`, `.net`, `.io`) says
    nothing of the log's names; an extension no title holds (`.v1`) is the log's."""
    for n, (slug, title) in enumerate(names, 1):
        project.write(f"docs/adr/000{n}-{slug}.md", f"# {n}. {title}\n\nDate: 2021-01-0{n}\n\n## Status\n\n"
                      "Accepted\n\n## Context\n\nx\n")
    result = project.run("new", "Use Postgres")
    assert (result.exit_code, result.stdout) == (0, f"{made}\n"), result.stderr


def test_a_link_on_a_key_line_numbers_a_record_as_wide_as_the_log_s_names(project: Project) -> None:
    """Audit 55 c4: a log of `NNN-` names writes `ADR-057`; `Supersedes: [ADR-0057](..)` was adr's own width. The
    key lines of both records name the other in the log's three digits."""
    for n in (56, 57):
        project.write(f"docs/adr/0{n}-x{n}.md", f"# ADR-0{n}: X{n}\n\n**Statut :** Accepté\n**Date :** 2025-12-22\n\n"
                      "## Contexte\n\nC.\n")
    assert project.run("new", "--supersedes", "57", "Choix").exit_code == 0
    assert project.read("docs/adr/057-x57.md").split("\n")[2] == "**Statut :** Remplacé par [ADR-058](058-choix.md)"
    assert "[ADR-057](057-x57.md)" in project.read("docs/adr/058-choix.md")


def test_a_template_kept_by_hand_offering_its_statuses_between_slashes_is_filled(project: Project) -> None:
    """Audit 55 a10f (pagopa/io-sign): the template's Status section offers `Accepted / Proposed / Deprecated /
    Superseded`, which the reader takes as choices (`Accepted | Proposed | ..`); the line then seemed not to hold
    them, and adr new wrote adrtool's hints in place of the template's. The template is filled, its choices made
    the status."""
    project.write("docs/adr/0001-record-architecture-decisions.md", NYGARD_1)
    project.write("docs/adr/template.md", "# 1. ADR title (choice to make)\n\nDate: YYYY-MM-DD\n\n## Status\n\n"
                  "Accepted / Proposed / Deprecated / Superseded\n\n## Context\n\nDescribe which problem.\n\n"
                  "### Option 1\n\nDescribe option 1\n")
    assert project.run("new", "Use", "Biome").exit_code == 0
    assert project.read("docs/adr/0002-use-biome.md") == (
        "# 2. Use Biome\n\nDate: 2021-05-01\n\n## Status\n\nProposed\n\n## Context\n\nDescribe which problem.\n\n"
        "### Option 1\n\nDescribe option 1\n")


def test_a_file_listing_the_log_s_records_by_hand_is_named_when_it_lacks_the_new_one(project: Project) -> None:
    """A README or `index.md` that lists the log's records (DFE-Digital's `docs/adr/index.md`, winkube's
    `0000-index.md`: about a quarter of the real logs seen keep one by hand) went stale after `adr new` with no
    word. adr names each file listing most records (as links, with or without `.md`) that lacks the new one, and
    writes nothing in it; a README naming one record of three, and the index `adr index` keeps, are no such file."""
    nygard = "# {0}. Use {1}\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n"
    for number, word in ((1, "X"), (2, "Y"), (3, "Z")):
        project.write(f"docs/adr/000{number}-use-{word.lower()}.md", nygard.format(number, word))
    table = "# Decisions\n\n| ADR | Title |\n|---|---|\n" + "".join(
        f"| [000{n}](000{n}-use-{w}) | Use {w.upper()} |\n" for n, w in ((1, "x"), (2, "y"), (3, "z")))
    project.write("docs/adr/index.md", table)
    project.write("docs/adr/README.md", "# Decisions\n\nStart with [the first](0001-use-x.md).\n")
    result = project.run("new", "Use W")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "docs/adr/0004-use-w.md\n", "adr: docs/adr/index.md lists the log's records but not 0004-use-w.md: add it "
                                       "there (adr keeps only the index `adr index` writes)\n")
    assert project.read("docs/adr/index.md") == table
    (project.root / "docs/adr/index.md").unlink()
    (project.root / "docs/adr/README.md").unlink()
    assert project.run("index").exit_code == 0
    result = project.run("new", "Use V")
    assert (result.exit_code, result.stderr) == (0, "adr: updated docs/adr/README.md\n")


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16"])
def test_a_listing_saved_in_another_encoding_is_named_when_it_lacks_the_new_one(project: Project,
                                                                                encoding: str) -> None:
    """Attack 56 (F12): an `index.md` listing the records, saved in Latin-1 (`café`) or UTF-16, failed to read as
    UTF-8 and was skipped: no note. Read as its editor saved it, it is named as a UTF-8 one is, and left as it was."""
    nygard = "# {0}. Use {1}\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n"
    for number, word in ((1, "X"), (2, "Y"), (3, "Z")):
        project.write(f"docs/adr/000{number}-use-{word.lower()}.md", nygard.format(number, word))
    listing = "# Décisions du café\n\n" + "".join(f"- [Use {w.upper()}](000{n}-use-{w}.md)\n"
                                                    for n, w in ((1, "x"), (2, "y"), (3, "z")))
    (project.root / "docs/adr/index.md").write_bytes(listing.encode(encoding))
    result = project.run("new", "Use W")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "docs/adr/0004-use-w.md\n", "adr: docs/adr/index.md lists the log's records but not 0004-use-w.md: add it "
                                       "there (adr keeps only the index `adr index` writes)\n")
    assert (project.root / "docs/adr/index.md").read_bytes() == listing.encode(encoding)


# A template whose status is a Status section, not a key line (audit 56, lane c, class 1). adr new wrote adrtool's
# English `## Status / Proposed / ## Context / <!-- What is the issue .. -->` in place of the log's own template.
# stomx/hanaloop-20251004, docs/01.ADRs/template.md, as kept there (its list's lines end in two blanks).
HANALOOP_TEMPLATE = ("# 제목\n\n## 상태 (Status)\n\n현재 상태는 무엇인가요?  \n\n- 제안됨 (Proposed)  \n"
                     "- 승인됨 (Accepted)  \n- 거절됨 (Rejected)  \n- 사용 중단됨 (Deprecated)  \n- 대체됨 (Superseded)  \n\n"
                     "## 맥락 (Context)\n\n이 결정을 내리거나 변경하려는 동기를 부여하는 문제나 상황은 무엇인가요?\n\n"
                     "## 결정 (Decision)\n\n제안하거나 실제로 수행하려는 변화는 무엇인가요?\n\n"
                     "## 결과 (Consequences)\n\n이 변화로 인해 무엇이 더 쉬워지거나 더 어려워지게 되나요?\n")


def _korean_records(project: Project, folder: str, names: tuple[str, str] = ("001", "002")) -> None:
    """Two records as hanaloop writes them: `# ADR-00N: ..`, `## 상태 (Status)` / `승인됨 (Accepted)`, undated."""
    for number, name in enumerate(names, start=1):
        project.write(f"{folder}/{name}-decision-{number}.md", f"# ADR-00{number}: 결정 {number}\n\n## 상태 (Status)\n\n"
                      "승인됨 (Accepted)\n\n## 맥락 (Context)\n\n본문.\n\n## 결정 (Decision)\n\n본문.\n")


def test_a_template_offering_the_statuses_as_a_list_is_filled_with_the_one_chosen(project: Project) -> None:
    """hanaloop's template asks for the status and lists the five to choose from: the new record is the template
    titled as the log's records are, its question and list replaced by the first choice that says proposed, each
    other heading and hint kept; the log dates no record and the template has no place for a day, so none."""
    project.write("docs/01.ADRs/template.md", HANALOOP_TEMPLATE)
    _korean_records(project, "docs/01.ADRs")
    result = project.run("new", "세 번째")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "docs/01.ADRs/003-세-번째.md\n", "")
    status = HANALOOP_TEMPLATE[HANALOOP_TEMPLATE.index("현재"):HANALOOP_TEMPLATE.index("\n\n## 맥락")]
    assert project.read("docs/01.ADRs/003-세-번째.md") == HANALOOP_TEMPLATE.replace("# 제목", "# ADR-003: 세 번째") \
        .replace(status, "제안됨 (Proposed)")
    row = json.loads(project.run("show", "3", "--format", "json").stdout)
    assert (row["title"], row["status"], row["date"]) == ("세 번째", "proposed", None)
    assert project.run("accept", "3").exit_code == 0
    assert "\n## 상태 (Status)\n\n승인됨 (Accepted)\n" in project.read("docs/01.ADRs/003-세-번째.md")


def test_an_adr_tools_template_offering_the_statuses_as_a_list_writes_the_one_chosen(project: Project) -> None:
    """Attack 56b F4: an adr-tools template whose `## Estado` is a bare list of the statuses (`- Propuesto`,
    `- Aceptado`) was written as it is, and `adr accept` then gave `Aceptado` over `- Aceptado`. The new record
    states its status alone, in the list's own word for it, and a status change replaces that."""
    project.write("doc/adr/template.md", "# NUMBER. TITLE\n\n## Estado\n\n- Propuesto\n- Aceptado\n\n"
                                         "## Fecha\n\nDATE\n")
    project.write("doc/adr/0001-uno.md", "# 1. Uno\n\n## Estado\n\nAceptado\n\n## Fecha\n\n2021-01-01\n")
    assert project.run("new", "Dos").exit_code == 0
    written = "# 2. Dos\n\n## Estado\n\n{status}\n\n## Fecha\n\n2021-05-01\n"
    assert project.read("doc/adr/0002-dos.md") == written.format(status="Propuesto")
    assert project.run("accept", "2").exit_code == 0
    assert project.read("doc/adr/0002-dos.md") == written.format(status="Aceptado")


# The reproduction's `ADR-000-template.md` (/tmp/c/r56/repro/kotpl2): a number placeholder in its title, one status
# in its Status section, and a section of its own (`## 메모`) the records lack; then the same in English.
@pytest.mark.parametrize(("template", "written"), [
    ("# ADR-000: 제목\n\n## 상태 (Status)\n\n제안됨 (Proposed)\n\n## 맥락 (Context)\n\n설명.\n\n## 결정 (Decision)\n\n"
     "설명.\n\n## 메모\n\n설명.\n",
     "# ADR-003: 세 번째\n\n## 상태 (Status)\n\n제안됨 (Proposed)\n\n## 맥락 (Context)\n\n설명.\n\n## 결정 (Decision)\n\n"
     "설명.\n\n## 메모\n\n설명.\n"),
    ("# ADR-XXX: Title\n\n## Status\n\nProposed\n\n## Context\n\nWhat is the issue?\n\n## Decision\n\nWhat do we do?\n\n"
     "## Consequences\n\nWhat follows?\n\n## Notes\n\nAnything else.\n",
     "# ADR-003: 세 번째\n\n## Status\n\nProposed\n\n## Context\n\nWhat is the issue?\n\n## Decision\n\nWhat do we do?\n\n"
     "## Consequences\n\nWhat follows?\n\n## Notes\n\nAnything else.\n"),
])
def test_a_template_whose_status_is_a_section_is_filled(project: Project, template: str, written: str) -> None:
    """Its headings and hints are kept, `## 메모` and `## Notes` among them; the title is framed as the records'."""
    project.write("docs/adr/ADR-000-template.md", template)
    _korean_records(project, "docs/adr", ("ADR-001", "ADR-002"))
    result = project.run("new", "세 번째")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "docs/adr/ADR-003-세-번째.md\n", "")
    assert project.read("docs/adr/ADR-003-세-번째.md") == written


# FIUNER-LICA/lica-decisiones-arquitectonicas, docs/adr-plantilla.md (its hints shortened): the status a line of
# choices in `## Estado`, the day a hint in brackets under `## Fecha`.
FIUNER_TEMPLATE = """\
# ADR {NUMERO}: {TITULO}

## Estado
[Propuesto | Aceptado | Rechazado | Obsoleto]

## Contexto
Describir el contexto y la razón por la cual se tomó esta decisión.

## Decisión
Describir la decisión tomada. Ser claro y conciso.

## Consecuencias
Describir las consecuencias de esta decisión.

## Alternativas Consideradas
Describir las alternativas que se consideraron antes de tomar esta decisión.

## Fecha
[Fecha en la que se tomó la decisión]

## Autores
[Listado de autores que participaron en la decisión]

## Referencias
Incluya cualquier referencia relevante, como enlaces a documentación, artículos, discusiones, etc.
"""
# Its record 002 (body shortened): `## Estado` / `Propuesto`, the day spelt out under `## Fecha`.
FIUNER_RECORD = ("# ADR 002: Estructura de Repositorio para Docencia en Programación Avanzada\n\n## Estado\nPropuesto\n\n"
                 "## Contexto\nC.\n\n## Decisión\nD.\n\n## Consecuencias\nE.\n\n## Alternativas Consideradas\nA.\n\n"
                 "## Fecha\n16 de diciembre de 2024\n\n## Autores\n- Diana\n\n## Referencias\n- R\n")


def test_a_template_with_a_date_section_is_filled_with_the_day(project: Project) -> None:
    """FIUNER's template: titled as the records are (`# ADR 003: ..`), the log's word for proposed, the day
    in place of the hint under `## Fecha` (on today's date); every other hint kept for the author."""
    project.today = dt.date.today().isoformat()
    project.write("docs/adr-plantilla.md", FIUNER_TEMPLATE)
    project.write("docs/adr-002-estructura.md", FIUNER_RECORD)
    result = project.run("new", "--dir", "docs", "Usar MQTT")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "docs/adr-003-usar-mqtt.md\n", "")
    assert project.read("docs/adr-003-usar-mqtt.md") == FIUNER_TEMPLATE.replace(
        "# ADR {NUMERO}: {TITULO}", "# ADR 003: Usar MQTT").replace(
        "[Propuesto | Aceptado | Rechazado | Obsoleto]", "Propuesto").replace(
        "[Fecha en la que se tomó la decisión]", project.today)
    row = json.loads(project.run("show", "3", "--format", "json").stdout)
    assert (row["status"], row["date"]) == ("proposed", project.today)


def test_a_template_of_a_dated_log_with_no_place_for_the_day_gives_the_newest_record_s_shape(project: Project) -> None:
    """FIUNER's template without its `## Fecha` section cannot give the dated record the log keeps: the record is
    shaped as the log's newest, in its words, as with no template; never adrtool's English record."""
    project.write("docs/adr-plantilla.md", FIUNER_TEMPLATE.replace(
        "## Fecha\n[Fecha en la que se tomó la decisión]\n\n", ""))
    project.write("docs/adr-002-estructura.md", FIUNER_RECORD)
    assert project.run("new", "--dir", "docs", "--date", "2021-04-01", "Usar MQTT").exit_code == 0
    assert project.read("docs/adr-003-usar-mqtt.md") == (
        "# ADR 003: Usar MQTT\n\n## Estado\n\nPropuesto\n\n## Contexto\n\n## Decisión\n\n## Consecuencias\n\n"
        "## Alternativas Consideradas\n\n## Fecha\n\n2021-04-01\n\n## Autores\n\n## Referencias\n")


# Geonovum/geonovum-architectuur, docs/adr/ADR-000-template.md (its hints shortened): no status or day, as its
# records have none.
GEONOVUM_TEMPLATE = ("# ADR-000 Template decision record\n\nVerwoord het besluit kort en in actieve stijl.\n\n"
                     "## Context\n\nBeschrijf de context waarin de beslissing genomen is.\n\n## Alternatieven\n\n"
                     "- alternatief 1\n- alternatief 2\n\n## Consequenties\n\nBeschrijf wat de beslissing voor gevolgen "
                     "heeft.\n\n## Toelichting\n\nBeschrijf relevante discussiepunten.\n")


def test_a_template_of_a_log_stating_no_status_is_filled_without_one(project: Project) -> None:
    """Geonovum's records state no status and no day, nor does their template: adr new wrote adrtool's record
    (front matter, `status: proposed`, English hints). The template is filled, titled as the records are, and
    states no status the log does not keep; a status asked for by name is still written, as before."""
    project.write("docs/adr/ADR-000-template.md", GEONOVUM_TEMPLATE)
    project.write("docs/adr/ADR-001-DSO-Niet-MDA.md", "# ADR-001 Het IMOW xsd wordt niet automatisch gegenereerd\n\n"
                  "Het XML-applicatieschema wordt niet gegenereerd.\n\n## Context\n\nC.\n\n## Alternatieven\n\nA.\n")
    result = project.run("new", "Besluiten vastleggen in Markdown")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "docs/adr/ADR-002-Besluiten-vastleggen-in-Markdown.md\n", "")
    assert project.read("docs/adr/ADR-002-Besluiten-vastleggen-in-Markdown.md") == GEONOVUM_TEMPLATE.replace(
        "# ADR-000 Template decision record", "# ADR-002 Besluiten vastleggen in Markdown")
    assert project.run("new", "--status", "accepted", "Derde").exit_code == 0
    assert "status: accepted" in project.read("docs/adr/ADR-003-Derde.md")


# Templates adr new fills right already, kept so: ukgov-equality-hub/ethnicity-facts-and-figures'
# doc/decisions/0000-template.md and civictechdc/votecatcher's docs/architecture/decisions/template.md (each
# shortened), and watchout/hotel-kanri's docs/adr/ADR-000-template.md, whose status is a key line.
@pytest.mark.parametrize(("template", "record", "written"), [
    ("# 0. Title\n\nDate: <date>\n\n## Status\n\n[Accepted|Amended by <subsequent decision #>|Retired]\n\n"
     "## Context\n\nInclude a paragraph or two of context.\n",
     "# 1. Record architecture decisions\n\nDate: 2018-07-02\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n",
     "# 2. Use X\n\nDate: 2021-04-01\n\n## Status\n\nProposed\n\n## Context\n\nInclude a paragraph or two of context.\n"),
    ("# ADR-NNNN: [Title]\n\n## Status\n\n[Proposed | Accepted | Deprecated | Superseded]\n\n## Context\n\n"
     "[What is the issue?]\n\n---\n\n**Date:** YYYY-MM-DD\n**Decision Makers:** [Who was involved in this decision]\n",
     "# ADR-0001: Record decisions\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n\n---\n\n**Date:** 2025-01-02\n"
     "**Decision Makers:** Ann\n",
     "# ADR-0002: Use X\n\n## Status\n\nProposed\n\n## Context\n\n[What is the issue?]\n\n---\n\n**Date:** 2021-04-01\n"
     "**Decision Makers:** [Who was involved in this decision]\n"),
    ("# ADR-000: [タイトル]\n\n**ステータス**: Draft / Proposed / Accepted / Deprecated / Superseded  \n"
     "**作成日**: YYYY-MM-DD  \n**決定者**: [担当AI/チーム名]  \n\n---\n\n## Context（背景・課題）\n\n**何が問題か**:\n"
     "- [具体的な課題や背景を記述]\n",
     "# ADR-001: Final Audit ワークフロー導入\n\n## Status\nAccepted\n\n## Context\n既存のCI/CDパイプライン。\n",
     "# ADR-002: Use X\n\n**ステータス**: Proposed  \n**作成日**: 2021-04-01  \n**決定者**: [担当AI/チーム名]  \n\n---\n\n"
     "## Context（背景・課題）\n\n**何が問題か**:\n- [具体的な課題や背景を記述]\n"),
])
def test_templates_filled_right_stay_so(project: Project, template: str, record: str, written: str) -> None:
    """The template filled as before: its title framed, its status chosen, its day placed."""
    project.write("docs/adr/0000-template.md", template)
    project.write("docs/adr/0001-first.md", record)
    result = project.run("new", "--date", "2021-04-01", "Use", "X")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "docs/adr/0002-use-x.md\n", "")
    assert project.read("docs/adr/0002-use-x.md") == written


# get-forge/forge-docs' 0023 and 0024 (docs/architecture-decisions/), their bodies cut short: the title in front
# matter, no title line, the status, day and context on one key line.
FORGE_0023 = """\
---
title: "0023. DNSSEC and Route 53 hosted zones (baseline posture)"
summary: "signed by keys the parent chain trusts. It addresses DNS data integrity at the resolution layer, not transport"
---

**Status:** Accepted **Date:** 2026-04-06 **Context:** DNSSEC signing trade-offs for Route 53 child zones under signed parents; baseline posture vs portability and ACM validation.

## **Context**

**DNSSEC** (DNS Security Extensions) lets validating resolvers cryptographically verify that DNS answers.

## **Decision**

D.

## **Consequences**

C.
"""
FORGE_0024 = """\
---
title: "0024. Internal (private) ALB TLS for east-west traffic (optional)"
summary: "The runtime uses an internal-facing Application Load Balancer in private subnets for"
---

**Status:** Accepted **Date:** 2026-04-07 **Context:** Optional TLS on internal ALBs for in-VPC east-west traffic, versus HTTP behind security groups and private subnets.

## **Context**

The runtime uses an **internal-facing Application Load Balancer** in **private subnets**.

## **Decision**

D.

## **Consequences**

C.
"""


@pytest.mark.parametrize(("separate", "keys"), [
    (False, "**Status:** Proposed **Date:** 2021-05-01"),
    (True, "**Status:** Proposed\n**Date:** 2021-05-01"),
])
def test_a_log_titled_in_front_matter_with_key_lines_gets_its_front_matter_and_key_block(
        project: Project, separate: bool, keys: str) -> None:
    """Audit 56 a3 (get-forge, 24 of 24 records): the title in front matter, no title line, `**Status:**` and
    `**Date:**` on one line or two; adr new wrote adr-tools' `# 25. Title` / `Date:` / `## Status`. The new record
    has the newest's front matter, its title framed as theirs and its own summary left empty, then its key block."""
    for number, text in ((23, FORGE_0023), (24, FORGE_0024)):
        if separate:
            text = text.replace(" **Date:**", "\n**Date:**").replace(" **Context:**", "\n**Context:**")
        project.write(f"docs/adr/00{number}-x{number}.md", text)
    result = project.run("new", "Use Valkey for caching")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "docs/adr/0025-use-valkey-for-caching.md\n", "")
    assert project.read("docs/adr/0025-use-valkey-for-caching.md") == (
        f'---\ntitle: "0025. Use Valkey for caching"\nsummary: ""\n---\n\n{keys}\n\n'
        "## **Context**\n\n## **Decision**\n\n## **Consequences**\n")
    record = shown(project, "25")
    assert (record["title"], record["status"], record["date"], record["format"]) == (
        "Use Valkey for caching", "proposed", "2021-05-01", "nygard")


# trzcode/architecture-decisions' docs/adr/adr001.md and adr002.md (MkDocs with macros), cut short: the title and
# status in front matter, no title line, the page's header drawn by the macro every record opens with.
TRZ_001 = """\
---
id: ADR-001
title: Documenting Architecture Decisions as Architecture Decision Records (ADR)
status: accepted
date: 2026-01-01
---

{{ render_adr_header() }}

## Context
Just a brief context
"""
TRZ_002 = """\
---
id: ADR-002
title: Grundlegende Cloud-Strategie
status: accepted
date: 2026-01-01
dependencies:
  - ADR-001
---

{{ render_adr_header() }}

## Context
Kontext.
"""


def test_a_docs_site_log_titled_in_front_matter_gets_no_title_line_and_its_macro(project: Project) -> None:
    """Audit 56 c5 (trzcode): adr new wrote `# Datenbank-Strategie` and plain `status: proposed` / `date: ..`
    lines duplicating the front matter, and `supersedes: [2]` where the log spells ids `ADR-001`. The new record
    has no title line, no key line the records lack, the macro line every record opens with, and names records
    as the log's ids do, both ways."""
    project.write("docs/adr/adr001.md", TRZ_001)
    project.write("docs/adr/adr002.md", TRZ_002)
    result = project.run("new", "--supersedes", "2", "Datenbank-Strategie")
    assert (result.exit_code, result.stdout) == (0, "docs/adr/adr003.md\n"), result.stderr
    assert project.read("docs/adr/adr003.md") == (
        "---\nid: ADR-003\ntitle: Datenbank-Strategie\nstatus: proposed\ndate: 2021-05-01\nsupersedes: [ADR-002]\n"
        "---\n\n{{ render_adr_header() }}\n\n## Context\n")
    assert project.read("docs/adr/adr002.md") == TRZ_002.replace(
        "status: accepted\ndate: 2026-01-01\n", "status: superseded\ndate: 2026-01-01\nsuperseded-by: [ADR-003]\n")
    record = shown(project, "3")
    assert (record["title"], record["status"], record["supersedes"]) == ("Datenbank-Strategie", "proposed", [2])
    assert shown(project, "2")["superseded_by"] == [3]


def test_a_line_opening_only_some_records_is_not_copied(project: Project) -> None:
    """The macro is copied only where every record opens with it: a log where one record does not gets none (and
    still no title line)."""
    project.write("docs/adr/adr001.md", TRZ_001.replace("{{ render_adr_header() }}\n\n", ""))
    project.write("docs/adr/adr002.md", TRZ_002)
    assert project.run("new", "Dritte").exit_code == 0
    assert project.read("docs/adr/adr003.md") == (
        "---\nid: ADR-003\ntitle: Dritte\nstatus: proposed\ndate: 2021-05-01\n---\n\n## Context\n")


# ihbelda/flowsync's docs/adr/20260706-use-vinejs-instead-of-zod.md (log4brains, no template), its sections' text
# cut short.
FLOWSYNC_VINEJS = """\
# Use VineJS instead of Zod

- Status: accepted
- Deciders: equipo FlowSync (máster AI4Devs)
- Date: 2026-07-06
- Tags: backend, validation

Technical Story: Elección de la librería de validación de datos de entrada
para el backend de FlowSync.

## Context and Problem Statement

El backend de FlowSync (AdonisJS 7) necesita validar los datos de entrada.

## Decision Drivers

- Minimizar dependencias y código de integración adicional.

## Considered Options

- VineJS
- Zod

## Decision Outcome

Chosen option: "VineJS".

## Pros and Cons of the Options

### VineJS

- Good, porque viene integrado de forma nativa en AdonisJS 7.
"""


def test_a_madr2_log_named_by_the_day_gets_its_newest_record_s_bullets_keys_and_sections(project: Project) -> None:
    """Audit 56 b5c (flowsync: `- Status:` / `- Deciders:` / `- Date:` / `- Tags:`, `Technical Story:`, five of MADR's
    sections, records named by their day, no template): adr new wrote `* Status: proposed` / `* Date:` and three
    sections. The new record takes the newest's marker, its keys (their values left for the author), its keyed
    `Technical Story:` line and its sections, empty."""
    project.write(".log4brains.yml", "project:\n  name: FlowSync\n  adrFolder: ./docs/adr\n")
    project.write("docs/adr/20260706-use-sqlite-instead-of-postgresql.md", FLOWSYNC_VINEJS.replace(
        "Use VineJS instead of Zod", "Use SQLite instead of PostgreSQL"))
    project.write("docs/adr/20260706-use-vinejs-instead-of-zod.md", FLOWSYNC_VINEJS)
    result = project.run("new", "Use Redis for caching")
    assert (result.exit_code, result.stdout) == (0, "docs/adr/20210501-use-redis-for-caching.md\n"), result.stderr
    assert project.read("docs/adr/20210501-use-redis-for-caching.md") == (
        "# Use Redis for caching\n\n- Status: proposed\n- Deciders:\n- Date: 2021-05-01\n- Tags:\n\n"
        "Technical Story:\n\n## Context and Problem Statement\n\n## Decision Drivers\n\n## Considered Options\n\n"
        "## Decision Outcome\n\n## Pros and Cons of the Options\n")
    record = shown(project, "20210501-use-redis-for-caching")
    assert (record["title"], record["status"], record["date"], record["decision_makers"], record["tags"],
            record["format"]) == ("Use Redis for caching", "proposed", "2021-05-01", [], [], "madr2")


@pytest.mark.parametrize("today", ["2025-11-03", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_a_new_record_quotes_its_number_and_relations_as_the_newest_quotes_its_values(project: Project,
                                                                                     today: str) -> None:
    """Audit 56 (lane b, class 4): goneat's `adr new` wrote `id: ADR-0014` where every record writes `id:
    "ADR-0013"`, and its relations unquoted. The key every record has is kept, empty (audit 58b, class 3)."""
    project.today = today
    for number in (12, 13):
        project.write(f"docs/adr/ADR-{number:04d}-r{number}.md",
                      f'---\nid: "ADR-{number:04d}"\ntitle: "R{number}"\nstatus: "accepted"\ndate: "2025-11-16"\n'
                      f'supersedes: []\nrelated_adrs:\n  - "ADR-{25 - number:04d}"\n---\n\n# ADR-{number:04d}: R{number}\n\n'
                      '## Context\n\nC.\n')
    result = project.run("new", "--supersedes", "12", "Adopt Foo for bar")
    assert (result.exit_code, result.stdout) == (0, "docs/adr/ADR-0014-adopt-foo-for-bar.md\n"), result.stderr
    assert project.read("docs/adr/ADR-0014-adopt-foo-for-bar.md") == (
        f'---\nid: "ADR-0014"\ntitle: "Adopt Foo for bar"\nstatus: "proposed"\ndate: "{today}"\n'
        'supersedes: ["ADR-0012"]\nrelated_adrs: []\n---\n\n# ADR-0014: Adopt Foo for bar\n\n## Context\n')


def test_a_new_record_is_refused_in_a_log_of_records_in_another_format(project: Project) -> None:
    """Attack 56b (F5, smarter-sh/smarter's Sphinx `docs/source/adr/001-django.rst`): adr new wrote `0001-x.md`,
    a number `001-django.rst` holds, and then `adr list` found no decision log. adr reads and writes Markdown
    records only: the write is refused in one line, nothing is written, and the log is still found."""
    for name in ("000-intro.rst", "001-django.rst", "002-docker.rst"):
        project.write(f"docs/source/adr/{name}", "Title\n=====\n")
    before = sorted(project.root.rglob("*"))
    result = project.run("new", "--no-git", "Use Redis")
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", "adr: docs/source/adr/ keeps its records in another format (000-intro.rst and 2 more), and adr reads "
               "and writes Markdown records (NNNN-title.md) only: write the new record in that format by hand; not "
               "creating the record\n")
    assert sorted(project.root.rglob("*")) == before
    listed = project.run("list")
    assert (listed.exit_code, listed.stdout) == (0, "")


def test_a_template_whose_status_and_date_lines_adr_does_not_read_is_refused(project: Project) -> None:
    """Attack 56b (F6, ArieHein/bh-dev-ops' one-file log): adr new filled `adr-template.md` and left `- Date:
    YYYY-MM-DD` and `- Status: proposed | accepted | superseded` under `## DEC-XXXX` as they were, exit 0, the
    record listed with no status or date. adr reads neither line, so it cannot fill them: refused in one line."""
    project.write("docs/decisions/decision-log.md", "# Decision Log\n\n" + "".join(
        f"### DEC-000{n}\n\n- Date: 2026-04-25\n- Status: accepted\n\n" for n in (1, 2)))
    project.write("docs/decisions/adr-template.md", "# Architecture and Process Decision Template\n\n## DEC-XXXX\n\n"
                  "- Date: YYYY-MM-DD\n- Status: proposed | accepted | superseded\n- Context: why\n")
    result = project.run("new", "--no-git", "Use Redis")
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", "adr: docs/decisions/adr-template.md states a record's status or day as `- Date: YYYY-MM-DD`, which "
               "adr neither fills nor reads back: fill a record from it by hand, or put a `record.md.j2` of your own "
               "in the templates folder the config names; not creating the record\n")
    assert sorted(path.name for path in (project.root / "docs/decisions").iterdir()) == [
        "adr-template.md", "decision-log.md"]


@pytest.mark.parametrize("today", ["2025-11-03", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_tags_and_decision_makers_fill_the_keys_of_the_newest_records_shape(project: Project, today: str) -> None:
    """Attack 56b (F8, ihbelda/flowsync: MADR 2 records with `- Deciders:` and `- Tags:` bullets): `adr new -t x` was
    refused ("MADR 2 has no place for tags"), and `-m` wrote MADR 2's `* Status:` record instead of the log's shape.
    The names fill the bullets the log's own shape leaves for them."""
    project.today = today
    project.write("docs/adr/20260706-use-sqlite-instead-of-postgresql.md", FLOWSYNC_VINEJS.replace(
        "Use VineJS instead of Zod", "Use SQLite instead of PostgreSQL"))
    project.write("docs/adr/20260706-use-vinejs-instead-of-zod.md", FLOWSYNC_VINEJS)
    name = f"{today.replace('-', '')}-use-redis-for-caching"
    result = project.run("new", "-m", "Ana", "-m", "Bo", "-t", "cache,backend", "Use Redis for caching")
    assert (result.exit_code, result.stdout, result.stderr) == (0, f"docs/adr/{name}.md\n", "")
    assert project.read(f"docs/adr/{name}.md") == (
        f"# Use Redis for caching\n\n- Status: proposed\n- Deciders: Ana, Bo\n- Date: {today}\n- Tags: cache, backend"
        "\n\nTechnical Story:\n\n## Context and Problem Statement\n\n## Decision Drivers\n\n## Considered Options\n\n"
        "## Decision Outcome\n\n## Pros and Cons of the Options\n")
    record = shown(project, name)
    assert (record["decision_makers"], record["tags"], record["format"]) == (["Ana", "Bo"], ["cache", "backend"],
                                                                            "madr2")


@pytest.mark.parametrize(("option", "key"), [("--decision-maker", "decision-makers"), ("--tag", "tags")])
def test_names_the_logs_shape_has_no_place_for_are_refused_not_written_in_another_shape(project: Project, option: str,
                                                                                        key: str) -> None:
    """Attack 56b (F8, get-forge): `adr new -m Ana` switched to adr-tools' `# 25. X` / `Deciders: Ana`, and `-t a`
    was refused as if the log's records were adr-tools'. The log's shape (front matter, `**Status:** .. **Date:**
    ..`) has no place for either: both are refused in one line that says so, and nothing is written."""
    for number, text in ((23, FORGE_0023), (24, FORGE_0024)):
        project.write(f"docs/adr/00{number}-x{number}.md", text)
    before = sorted(project.root.rglob("*"))
    result = project.run("new", option, "Ana", "Use Valkey for caching")
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", f"adr: the records of docs/adr/ have no {key} key adr can fill, so {option} has nowhere to go; leave it "
               "out and add the names by hand; not creating the record\n")
    assert sorted(project.root.rglob("*")) == before


SMADR_KEPT = """\
---
title: "{title}"
type: adr
status: accepted
created: {created}
updated: {created}
last_verified: 2026-01-04
author: Team
confidence: high
completeness: complete
---

# ADR-000{n}: {title}

## Status

{stated}

## Context

Why {n}.
"""


@pytest.mark.parametrize("today", ["2027-03-01", dt.date.today().isoformat()], ids=("fixed-day", "today"))
@pytest.mark.parametrize("created", [("2026-01-15", "2026-01-15"), ("2026-01-02", "2026-01-15")])
def test_a_structured_madr_record_is_created_and_updated_the_day_it_is_written(project: Project, today: str,
                                                                            created: tuple[str, str]) -> None:
    """Audit 57 (lane b, class 3): in zircote's Structured MADR logs `adr new` copied a `created:` and `updated:`
    every record shares as if it were a constant (adrscope's `created: 2026-01-15` on a record written in December:
    `list` showed it back-dated), and wrote none where they differ; it copied subcog's `confidence: high` into an
    empty record, and left `## Status` empty where one record's section restates another word than its key. The
    new record is created and updated today, the keys judging a decision and a day of another record's are left
    for its author, its Status section states its status."""
    project.today = today
    for n, day, stated in ((1, created[0], "Accepted"), (2, created[1], "**Superseded** by ADR-0003"),
                           (3, created[1], "Proposed")):
        project.write(f"docs/decisions/adr_000{n}.md", SMADR_KEPT.format(n=n, title=f"Use {n}", created=day,
                                                                          stated=stated))

    assert project.run("new", "Use Valkey").exit_code == 0

    assert project.read("docs/decisions/adr_0004.md") == (
        f'---\ntitle: "Use Valkey"\ntype: adr\nstatus: proposed\ncreated: {today}\nupdated: {today}\n'
        'last_verified: ""\nauthor: Team\nconfidence: ""\ncompleteness: ""\n---\n\n# ADR-0004: Use Valkey\n\n'
        "## Status\n\nProposed\n\n## Context\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert (listed[-1]["status"], listed[-1]["date"]) == ("proposed", today)


@pytest.mark.parametrize("today", ["2027-03-01", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_a_template_s_creation_day_is_the_day_the_record_is_written(project: Project, today: str) -> None:
    """Audit 57 (lane b, class 3): a MADR template keying the record's day `created: YYYY-MM-DD` (and `updated:`)
    kept the placeholder, and `adr new` added a `date:` of its own. The template's day keys are today; another
    day's placeholder stays for the author."""
    project.today = today
    project.write("docs/decisions/adr-template.md", '---\nstatus: "{proposed | accepted}"\ncreated: YYYY-MM-DD\n'
                  "updated: YYYY-MM-DD\nlast_verified: YYYY-MM-DD\n---\n\n# {short title}\n")
    project.write("docs/decisions/0001-use-mit.md", "---\nstatus: accepted\ncreated: 2020-01-01\n---\n\n# Use MIT\n")

    assert project.run("new", "Use Ruff").exit_code == 0

    assert project.read("docs/decisions/0002-use-ruff.md") == (
        f'---\nstatus: "proposed"\ncreated: {today}\nupdated: {today}\nlast_verified: YYYY-MM-DD\n---\n\n'
        "# Use Ruff\n")


def test_a_template_without_the_records_navigation_keys_gets_them(project: Project) -> None:
    """Audit 57 (lane b, class 7): anirbanbasu/ari's records all open with Just the Docs' `parent: Decisions` /
    `nav_order: N`, its MADR 4 template with neither; the new record had none and fell out of the site's menu. It
    gets `parent` as the records give it and `nav_order` its number, as theirs are."""
    project.write("docs/decisions/adr-template.md", '---\nstatus: "{proposed | accepted}"\ndate: {YYYY-MM-DD}\n---\n\n'
                  "# {short title}\n")
    for n in (1, 2):
        project.write(f"docs/decisions/000{n}-use-{n}.md", f"---\nparent: Decisions\nnav_order: {n}\n"
                      f'status: "accepted"\ndate: 2020-01-0{n}\n---\n\n# Use {n}\n')

    assert project.run("new", "Use Ruff").exit_code == 0

    assert project.read("docs/decisions/0003-use-ruff.md") == (
        '---\nstatus: "proposed"\ndate: 2021-05-01\nparent: Decisions\nnav_order: 3\n---\n\n# Use Ruff\n')


def test_a_nested_mapping_every_record_gives_alike_is_carried(project: Project) -> None:
    """Audit 58 (lane b, class 7): DFE-Digital's records, published with the GOV.UK Eleventy plugin, all give
    `eleventyNavigation:` / `  parent: Decisions` and `order: N`; adr new carried the flat keys alone, so the new
    page fell out of the site's navigation. The mapping is carried as every record gives it, `order` numbered."""
    for n in (1, 2):
        project.write(f"docs/decisions/000{n}-t{n}.md", f"---\ntitle: T{n}\nlayout: page\norder: {n}\n"
                      "eleventyNavigation:\n  parent: Decisions\n---\n## Context and problem statement\n\nx\n")

    result = project.run("new", "Three")

    assert (result.exit_code, result.stdout, result.stderr) == (0, "docs/decisions/0003-three.md\n", "")
    assert project.read("docs/decisions/0003-three.md") == (
        "---\ntitle: Three\nlayout: page\norder: 3\neleventyNavigation:\n  parent: Decisions\n---\n\n"
        "## Context and problem statement\n")


SPDX_HEADER = "<!--\nSPDX-FileCopyrightText: {year} Tazlin\n\nSPDX-License-Identifier: AGPL-3.0-or-later\n-->\n"


def test_a_licence_header_every_record_has_after_its_front_matter_is_carried(project: Project) -> None:
    """Audit 58 (lane b, class 5): Haidra-Org/AI-Horde's records each hold a REUSE header between front matter and
    title, which the project's `reuse` hook checks; adr new left it out. The new record has it where the records
    do, as the newest writes it (its year too)."""
    for n, year in ((1, 2025), (2, 2026)):
        project.write(f"docs/decisions/000{n}-t{n}.md", f"---\nstatus: accepted\ndate: 2026-07-2{n}\n---\n\n"
                      f"{SPDX_HEADER.format(year=year)}\n# T{n}\n\n## Context and Problem Statement\n\nx\n")

    assert project.run("new", "Three").exit_code == 0

    assert project.read("docs/decisions/0003-three.md") == (
        f"---\nstatus: proposed\ndate: 2021-05-01\n---\n\n{SPDX_HEADER.format(year=2026)}\n# Three\n\n"
        "## Context and Problem Statement\n")


def test_a_licence_header_every_record_opens_with_is_carried(project: Project) -> None:
    """The same in an adr-tools log whose records open with the header: the new record opens with it too."""
    header = "<!--\nSPDX-FileCopyrightText: 2024 ACME\nSPDX-License-Identifier: CC-BY-4.0\n-->\n"
    for n in (1, 2):
        project.write(f"doc/adr/000{n}-t{n}.md", f"{header}\n# {n}. T{n}\n\nDate: 2024-01-0{n}\n\n## Status\n\n"
                      "Accepted\n\n## Context\n\nx\n")

    assert project.run("new", "Three").exit_code == 0

    written = project.read("doc/adr/0003-three.md")
    assert written.startswith(f"{header}\n# 3. Three\n\nDate: 2021-05-01\n\n## Status\n\nProposed\n")
    assert json.loads(project.run("show", "3", "--format", "json").stdout)["title"] == "Three"


def test_a_header_naming_each_record_s_own_number_is_not_carried(project: Project) -> None:
    """Review of round 58: headers were compared with every digit left out, so a comment naming each record's own
    number (`<!-- ADR-0002: generated -->`) was copied into the new record naming another's. Only years may differ."""
    for n in (1, 2):
        project.write(f"doc/adr/000{n}-t{n}.md", f"<!-- ADR-000{n}: generated -->\n\n# {n}. T{n}\n\n"
                      f"Date: 2024-01-0{n}\n\n## Status\n\nAccepted\n\n## Context\n\nx\n")

    assert project.run("new", "Three").exit_code == 0

    assert project.read("doc/adr/0003-three.md").startswith("# 3. Three\n")


PHODAL_KEYED = ("# 1. Use Redis\n\nDate: 2020-04-05\n\n## Status\n\nStatus: Accepted on 2020-04-05\n\n## Context\n\nx\n",
                "# 2. Use Kafka\n\nDate: 2018-02-23\n\n## Status\n\nSTATUS：accepted\n\n2018-02-23 proposed\n"
                "2018-03-01 accepted\n\n## Context\n\nx\n")


@pytest.mark.parametrize("today", ["2025-11-03", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_a_phodal_log_keeps_the_status_key_inside_its_status_section(project: Project, today: str) -> None:
    """Audit 57 (lane a, class 4): phodal/adr's records state `STATUS：accepted` (reaction-component-library) or
    `Status: Accepted on 2020-04-05` (karma-sabarivka-reporter) inside `## Status`. `adr new` wrote the key line
    under the title and left the section empty; it now writes it inside the section as the newest record does,
    its day where that states one, and its history begun where the newest keeps dated entries."""
    project.today = today
    project.write("doc/adr/0001-use-redis.md", PHODAL_KEYED[0])
    assert project.run("new", "Use NATS").exit_code == 0
    assert project.read("doc/adr/0002-use-nats.md") == (
        f"# 2. Use NATS\n\nDate: {today}\n\n## Status\n\nStatus: Proposed on {today}\n\n## Context\n")
    project.write("doc/adr/0003-use-kafka.md", PHODAL_KEYED[1].replace("# 2.", "# 3."))
    assert project.run("new", "Use Pulsar").exit_code == 0
    assert project.read("doc/adr/0004-use-pulsar.md") == (
        f"# 4. Use Pulsar\n\nDate: {today}\n\n## Status\n\nSTATUS：proposed\n\n{today} proposed\n\n## Context\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["status"], row["date"]) for row in listed] == [
        (1, "accepted", "2020-04-05"), (2, "proposed", today), (3, "accepted", "2018-02-23"), (4, "proposed", today)]


VOW = "# 000{n} 决定 {n}\n\n## 背景\n文本。\n\n## 决策\n文本。\n\n## 备选方案\n文本。\n"


def test_a_log_stating_no_status_gets_a_record_shaped_as_its_own_with_no_status(project: Project) -> None:
    """Audit 57 (lane c, class 2): rhysilin/VoW's records (`# 0001 ..` over `## 背景` / `## 决策` / `## 备选方案`)
    state no status, and there is no template: adr new wrote English MADR front matter and English headings. The
    record is now titled as theirs, with their sections, no status (as its siblings) and no front matter; one
    related to an older record names it in a Related section."""
    for n in (1, 2):
        project.write(f"docs/adr/000{n}-d{n}.md", VOW.format(n=n))
    result = project.run("new", "搜索索引方案")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "docs/adr/0003-搜索索引方案.md\n", "")
    assert project.read("docs/adr/0003-搜索索引方案.md") == "# 0003 搜索索引方案\n\n## 背景\n\n## 决策\n\n## 备选方案\n"
    assert project.run("new", "--relates-to", "1", "第四").exit_code == 0
    assert project.read("docs/adr/0004-第四.md") == (
        "# 0004 第四\n\n## 背景\n\n## 决策\n\n## 备选方案\n\n## Related\n\n- [ADR-0001: 决定 1](0001-d1.md)\n")
    assert project.read("docs/adr/0001-d1.md") == VOW.format(n=1) + "\n## Related\n\n- [ADR-0004: 第四](0004-第四.md)\n"
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["relates_to"]) for row in listed] == [
        (None, [4]), (None, []), (None, []), (None, [1])]


def test_names_with_a_line_break_are_refused_for_the_line_break(project: Project) -> None:
    """Attack 57 F12: `-m 'Bob\\n- Status: accepted'` in a MADR 2 log was refused as if MADR 2 records had no place
    for decision-makers (they have `* Deciders:`). The line break is the reason, and is named; nothing written."""
    project.write("docs/decisions/0001-use-madr.md", MADR2_1)
    result = project.run("new", "-m", "Bob\n- Status: accepted", "Use", "gRPC")
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", "adr: --decision-maker holds a line break; each value is one line (give the option again for "
               "another); not creating the record\n")
    assert project.run("new", "-t", "a\r", "Use", "gRPC").stderr.startswith("adr: --tag holds a line break;")
    result = project.run("new", "-m", "Bob\x1b[31m", "Use", "gRPC")  # (a review of round 57: as a title's)
    assert (result.exit_code, result.stderr) == (
        2, "adr: --decision-maker holds the control character U+001B; not creating the record\n")
    assert sorted(path.name for path in (project.root / "docs" / "decisions").iterdir()) == ["0001-use-madr.md"]


def test_a_key_line_log_naming_deciders_and_tags_takes_them_from_the_command_line(project: Project) -> None:
    """Attack 57 F12: records keyed `**Deciders:** Alice` and `**Tags:** infra` under the title, which adr reads
    back; `adr new -m Bob -t a` was refused ("no place adr reads .. back from"), and a new record left both keys
    out. The new record keeps them, filled from -m/-t, else empty for the author."""
    project.write("doc/adr/0001-one.md", "# ADR-001: Use X\n\n**Status:** Accepted\n**Date:** 2026-01-01\n"
                  "**Deciders:** Alice\n**Tags:** infra\n\n## Context\n\nc\n")
    result = project.run("new", "--date", "2021-04-01", "-m", "Bob", "-t", "a", "X")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "doc/adr/0002-x.md\n", "")
    assert project.read("doc/adr/0002-x.md") == (
        "# ADR-002: X\n\n**Status:** Proposed\n**Date:** 2021-04-01\n**Deciders:** Bob\n**Tags:** a\n\n## Context\n")
    assert project.run("new", "--date", "2021-04-01", "Y").exit_code == 0
    assert project.read("doc/adr/0003-y.md") == (
        "# ADR-003: Y\n\n**Status:** Proposed\n**Date:** 2021-04-01\n**Deciders:**\n**Tags:**\n\n## Context\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["decision_makers"], row["tags"]) for row in listed] == [(["Alice"], ["infra"]), (["Bob"], ["a"]),
                                                                         ([], [])]


def _two_shapes(project: Project) -> None:
    """Round 57 (gilvangalindofictor/arquitetura-kubernetes): the root's `docs/adr` keeps `**Data:**`/`**Status:**`
    key lines, a component's `SAD/docs/adrs` blockquotes."""
    for n in (1, 2):
        project.write(f"docs/adr/adr-00{n}-um-{n}.md", f"# ADR-00{n}: Um {n}\n\n**Data:** 2026-01-2{n}\n"
                      "**Status:** Accepted\n\n## Contexto\nx\n\n## Decisão\ny\n")
    for n in (3, 4):
        project.write(f"SAD/docs/adrs/adr-00{n}-dois-{n}.md", f"# ADR-00{n}: Dois {n}\n\n> **Status**: Aceito\n"
                      f"> **Data**: 2026-01-0{n}\n\n---\n\n## Contexto\nx\n\n## Decisão\ny\n\n## Referências\nz\n")


def test_new_is_shaped_on_the_records_of_the_log_it_goes_into(project: Project) -> None:
    """Round 57: at the root, `adr new` wrote in `docs/adr` a record shaped as the newest record of the project,
    another log's blockquote (`> **Status**: Proposto`). It is shaped on the log it goes into, and says which of
    the two logs it took and why."""
    _two_shapes(project)
    project.today = "2026-12-07"
    result = project.run("new", "Tres")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "docs/adr/adr-003-tres.md\n",
        "adr: 2 logs here (docs/adr, SAD/docs/adrs); wrote in docs/adr, the one under a name adr looks for, not a "
        "component's: pass --dir to write in another\n")
    assert project.read("docs/adr/adr-003-tres.md") == (
        "# ADR-003: Tres\n\n**Data:** 2026-12-07\n**Status:** Proposed\n\n## Contexto\n\n## Decisão\n")


# hmcts/labs-jackmaloney2's docs/adrs/0001-test-use-adrs-backstage.md (HMCTS's Backstage ADR template, which every
# HMCTS team copies), its bodies cut short: capital keys in front matter, no title line, the status in a section.
HMCTS_0001 = """\
---
Title: Example ADR template
Date: 2025-09-17
Deciders: Jack Maloney, Hen Wagner
Technical Story: As part of the Center of Excellence at HMCTS, we want to see an example of an ADR template.
---
## Status

Proposed — under review by CoE team.

## Context

The CoE at HMCTS needs a documented way to capture significant technical and architectural decisions.

## Decision

We decided to adopt a standard ADR template.

---

## Consequences

### Pros

- Ensures uniformity in how decisions are documented.

### Cons / Risks

- Some overhead.

---

## Alternatives Considered

- No standard template.
"""
HMCTS_NEW = """\
---
Title: Use Redis for caching
Date: {today}
Deciders: {names}
Technical Story: ""
---
## Status

Proposed

## Context

## Decision

## Consequences

### Pros

### Cons / Risks

## Alternatives Considered
"""


@pytest.mark.parametrize("today", ["2026-03-02", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_a_log_titled_by_capital_keys_in_front_matter_gets_a_record_shaped_as_its_newest(project: Project,
                                                                                       today: str) -> None:
    """Audit 57b class 6 (hmcts/labs-jackmaloney2, HMCTS's Backstage template): adr new wrote adr-tools' `# 2. Title`
    / `Date:` record. The new record has the newest's front matter as it keys it (the title and today, the other
    keys empty), no title line, its headings with their bodies emptied and the log's word for proposed; it reads
    back, and accept works on it."""
    project.today = today
    project.write("docs/adrs/0001-test-use-adrs-backstage.md", HMCTS_0001)
    result = project.run("new", "Use Redis for caching")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "docs/adrs/0002-use-redis-for-caching.md\n", "")
    assert project.read("docs/adrs/0002-use-redis-for-caching.md") == HMCTS_NEW.format(today=today, names='""')
    record = shown(project, "2")
    assert (record["title"], record["status"], record["date"], record["decision_makers"], record["format"]) == (
        "Use Redis for caching", "proposed", today, [], "nygard")
    listed = project.run("list")
    assert listed.stdout.splitlines()[-1].split() == ["0002", "proposed", today, "-", "Use", "Redis", "for",
                                                      "caching"]
    accepted = project.run("accept", "2")
    assert (accepted.exit_code, accepted.stderr) == (0, "")
    assert project.read("docs/adrs/0002-use-redis-for-caching.md") == HMCTS_NEW.format(
        today=today, names='""').replace("\nProposed\n", "\nAccepted\n")
    assert shown(project, "2")["status"] == "accepted"


def test_decision_makers_fill_the_deciders_key_of_a_capital_keyed_front_matter(project: Project) -> None:
    """`-m` fills the `Deciders:` key the newest's front matter has, as that record lists its names; a record made
    so is the next one's shape, its `""` a value left for the author, and `-m` with `--supersedes` fills it."""
    project.write("docs/adrs/0001-test-use-adrs-backstage.md", HMCTS_0001)
    result = project.run("new", "-m", "Ana Lee", "-m", "Bo", "Use Redis for caching")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adrs/0002-use-redis-for-caching.md") == HMCTS_NEW.format(today=project.today,
                                                                                      names="Ana Lee, Bo")
    assert shown(project, "2")["decision_makers"] == ["Ana Lee", "Bo"]
    result = project.run("new", "-m", "Cy", "--supersedes", "2", "Use Valkey for caching")
    assert (result.exit_code, result.stderr) == (0, "adr: marked docs/adrs/0002-use-redis-for-caching.md superseded\n")
    written = project.read("docs/adrs/0003-use-valkey-for-caching.md")
    assert written.startswith("---\nTitle: Use Valkey for caching\nDate: 2021-05-01\nDeciders: Cy\nTechnical Story: \"\"\n"
                              "---\n## Status\n\nProposed\n\nSupersedes [")
    record = shown(project, "3")
    assert (record["decision_makers"], record["supersedes"]) == (["Cy"], [2])
    assert shown(project, "2")["superseded_by"] == [3]


# hmcts/backstage-hmcts-examples' docs/adrs/0002-demo-of-adr-template.md, cut short: the same template with colons
# after the headings and the status word lower-case on the line under its heading.
HMCTS_EXAMPLE = """\
---
Title: {title}
Date: 2025-09-29
Deciders: Jack Maloney
Technical Story: ABC-{n}
---

## Status:
proposed

## Context:
To give a demo of the ADR template in Backstage

## Consequences:

### Pros:
ADRs provide a structured way to capture decisions.

### Cons / Risks:
No cons
"""


def test_a_capital_keyed_log_writes_its_headings_and_status_word_as_its_records_do(project: Project) -> None:
    """The template as hmcts/backstage-hmcts-examples writes it (`## Status:` over `proposed`, a blank line after the
    front matter): the new record keeps that heading, that word and that blank line, and leaves the deciders the
    records share to the author."""
    project.write("docs/adrs/0001-demo.md", HMCTS_EXAMPLE.format(title="Demo", n=122))
    project.write("docs/adrs/0002-demo-of-adr-template.md", HMCTS_EXAMPLE.format(title="Demo of ADR template", n=123))
    result = project.run("new", "Use Redis for caching")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adrs/0003-use-redis-for-caching.md") == (
        "---\nTitle: Use Redis for caching\nDate: 2021-05-01\nDeciders: \"\"\nTechnical Story: \"\"\n---\n\n## Status:\n\n"
        "proposed\n\n## Context:\n\n## Consequences:\n\n### Pros:\n\n### Cons / Risks:\n")
    record = shown(project, "3")
    assert (record["title"], record["status"], record["date"]) == ("Use Redis for caching", "proposed", "2021-05-01")


# A capital-keyed log (HMCTS's template) whose records give values that count with them: a ticket, a priority, a
# reference, beside the keys that give each its own number.
HMCTS_COUNTING = """\
---
Title: Use {n}
Date: 2025-09-29
Deciders: Jack Maloney
Technical Story: JIRA-{n}
Priority: {n}
Ref: ADR-000{n}
id: ADR-000{n}
nav_order: {n}
---

## Status:
proposed

## Context:
Why {n}.
"""


def test_a_new_record_numbers_only_the_keys_that_give_a_record_its_number(project: Project) -> None:
    """Attack 57b F8: on records 1 and 2 with `Technical Story: JIRA-1` / `JIRA-2`, adr new wrote `JIRA-3`, a ticket
    nobody opened (`Priority: 3`, `Ref: ADR-0003` alike). Only the keys known to give a record its number (`id`,
    `nav_order`) get the new record's; the others are left for the author."""
    for n in (1, 2):
        project.write(f"docs/adrs/000{n}-use-{n}.md", HMCTS_COUNTING.format(n=n))
    result = project.run("new", "Use Redis for caching")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "docs/adrs/0003-use-redis-for-caching.md\n", "")
    assert project.read("docs/adrs/0003-use-redis-for-caching.md") == (
        '---\nTitle: Use Redis for caching\nDate: 2021-05-01\nDeciders: ""\nTechnical Story: ""\nPriority: ""\n'
        'Ref: ""\nid: ADR-0003\nnav_order: 3\n---\n\n## Status:\n\nproposed\n\n## Context:\n')


def test_a_key_giving_each_record_its_id_as_its_file_name_writes_it_is_the_new_records(project: Project) -> None:
    """A key not known to number records numbers them where it gives each its id as the log writes its ids, its
    file name's `ADR-0002`; a ticket beside it, a key every record has, is left empty for the author."""
    for n in (1, 2):
        project.write(f"docs/adrs/ADR-000{n}-use-{n}.md", f"---\nstatus: accepted\ndate: 2025-09-29\n"
                                                          f"ref: ADR-000{n}\nticket: ADR-{n}\n---\n\n# Use {n}\n")
    result = project.run("new", "Use Redis for caching")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "docs/adrs/ADR-0003-use-redis-for-caching.md\n", "")
    assert project.read("docs/adrs/ADR-0003-use-redis-for-caching.md") == (
        '---\nstatus: proposed\ndate: 2021-05-01\nref: ADR-0003\nticket: ""\n---\n\n# Use Redis for caching\n')


HMCTS_TWICE = """\
---
Title: Use {n}
Title: Use {n}, again
Date: 2025-09-29
Deciders: Jack Maloney
Deciders: Ann
Technical Story: ""
---

## Status:
proposed
"""


def test_a_key_written_twice_in_the_logs_records_is_written_once_and_filled(project: Project) -> None:
    """Attack 57b F8 (h1): records writing `Title:` and `Deciders:` twice made a new record writing each twice, and
    `-m Carol` filled the first `Deciders:`, which the second emptied again: refused. Each is written once now, and
    the names read back."""
    for n in (1, 2):
        project.write(f"docs/adrs/000{n}-use-{n}.md", HMCTS_TWICE.format(n=n))
    result = project.run("new", "-m", "Carol", "Use Redis for caching")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "docs/adrs/0003-use-redis-for-caching.md\n", "")
    assert project.read("docs/adrs/0003-use-redis-for-caching.md") == (
        '---\nTitle: Use Redis for caching\nDate: 2021-05-01\nDeciders: Carol\nTechnical Story: ""\n---\n\n'
        "## Status:\n\nproposed\n")
    assert shown(project, "3")["decision_makers"] == ["Carol"]


def test_decision_makers_for_records_with_no_deciders_key_are_refused_naming_the_key_and_the_log(
        project: Project) -> None:
    """Attack 57b F8 (h1): `adr new -m Carol` in a capital-keyed log whose records have no `Deciders:` was refused in
    a garbled sentence ("written as this log's own are has no place adr reads --decision-maker back from"). The
    line names the key the records lack and the log; nothing is written."""
    for n in (1, 2):
        project.write(f"docs/adrs/000{n}-use-{n}.md", f"---\nTitle: Use {n}\nDate: 2025-09-29\n---\n\n## Status:\n"
                                                      "proposed\n")
    before = sorted(project.root.rglob("*"))
    result = project.run("new", "-m", "Carol", "Use Redis for caching")
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", "adr: the records of docs/adrs/ have no decision-makers key adr can fill, so --decision-maker has "
               "nowhere to go; leave it out and add the names by hand; not creating the record\n")
    assert sorted(project.root.rglob("*")) == before


def test_new_supersedes_names_and_spells_as_a_log_of_glued_references(project: Project) -> None:
    """Audit 58 (lane a, class 1): in a log writing `- **Status**: Superceded by ADR002` (fh-services), `adr new
    --supersedes 3` wrote `Superceded by adr [ADR-004](..)` into the old record and `- **Supersedes**:` into the
    new one, beside `adr supersede`'s `Supercedes`. Both are written as the log writes them."""
    page = "# ADR00{n} - T{n}\n\n- **Status**: {status}\n- **Date**: 2023-0{n}-01\n\n## Decision\n\nd\n"
    project.write("docs/arch/ADR001-t1.md", page.format(n=1, status="Superceded by ADR002"))
    for n in (2, 3):
        project.write(f"docs/arch/ADR00{n}-t{n}.md", page.format(n=n, status="Adopted"))
    assert project.run("new", "--supersedes", "3", "T4").exit_code == 0
    assert project.read("docs/arch/ADR003-t3.md") == page.format(n=3, status="Superceded by ADR004")
    assert project.read("docs/arch/ADR004-t4.md") == (
        "# ADR004 - T4\n\n- **Status**: Proposed\n- **Date**: 2021-05-01\n- **Supercedes**: [ADR003](ADR003-t3.md)\n"
        "\n## Decision\n")


def test_new_adds_its_date_bullet_and_status_as_the_records_of_a_bold_key_log_write_theirs(project: Project) -> None:
    """Audit 58 (lane a, class 2): cbinsights' template keys its bullets in bold (`- **Status:** [active |
    deprecated | ..]`) and has no date bullet, while every record states `- **Date:** ..` under `- **Status:**
    Accepted`; `adr new` added a plain `- Date: 2021-05-01` and wrote `proposed`. The date bullet is the records'
    shape, other bullets it adds the template's, and the status is in the records' case."""
    project.write("adr/template.md", "# [short title]\n\n- **Status:** [active | deprecated | superseded by "
                  "[example_adr](example_adr.md)] <!-- optional -->\n- **Decision Author:** [name] <!-- optional -->"
                  "\n\n## Context and Problem Statement\n\n[Describe]\n")
    for name, day in (("relative_spacing", "2020-08-28"), ("zindex_values", "2020-12-01")):
        project.write(f"adr/{name}.md", f"# T {name}\n\n- **Status:** Accepted\n- **Deciders:** Rey\n"
                      f"- **Date:** {day}\n\n## Context and Problem Statement\n\nc\n")
    assert project.run("new", "--tag", "css", "Use CSS grid").exit_code == 0
    assert project.read("adr/use_css_grid.md") == (
        "# Use CSS grid\n\n- **Status:** Proposed\n- **Decision Author:** [name] <!-- optional -->\n"
        "- **Date:** 2021-05-01\n- **Tags:** css\n\n## Context and Problem Statement\n\n[Describe]\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["date"], row["tags"]) for row in listed if row["title"] == "Use CSS grid"] == [
        ("proposed", "2021-05-01", ["css"])]


def test_new_writes_the_status_in_the_case_of_the_template_s_own(project: Project) -> None:
    """Audit 58 (lane a, class 2): fh-services' template states `- **Status**: Draft` and its records `Adopted`;
    `adr new` wrote `- **Status**: proposed`. The status is written in the case the log shows, `Proposed`."""
    project.write("docs/arch/TEMPLATE.md", "# ADRXXX - TITLE\n\n- **Status**: Draft\n- **Date**: <!-- YYYY-MM-DD -->"
                  "\n- **Author**:<!-- name -->\n\n## Decision\n\n<!-- say it -->\n")
    for n in (1, 2):
        project.write(f"docs/arch/ADR00{n}-t{n}.md", f"# ADR00{n} - T{n}\n\n- **Status**: Adopted\n"
                      "- **Date**: 2022-10-04\n\n## Decision\n\nd\n")
    assert project.run("new", "T3").exit_code == 0
    assert project.read("docs/arch/ADR003-t3.md") == (
        "# ADR003 - T3\n\n- **Status**: Proposed\n- **Date**: 2021-05-01\n- **Author**:<!-- name -->\n\n"
        "## Decision\n\n<!-- say it -->\n")


MADR4_TEMPLATE = """\
---
status: "{proposed | accepted}"
date: {YYYY-MM-DD}
decision-makers: {list everyone}
---

# {short title}

## Context and Problem Statement

{Describe}

## Decision Outcome

{outcome}
"""
MADR4_RECORD = """\
---
status: accepted
date: 2020-0{n}-01
decision-makers: Ann
---

# {title}

## Context and Problem Statement

x

## Decision Outcome

y
"""


def test_a_madr_log_every_record_of_which_is_revisited_stays_madr_s(project: Project) -> None:
    """Audit 58b, class 1: once every record of a MADR log held the `revisit` and `revisits` keys `adr revisit`
    writes, the log was taken for adrtool's own: `adr new` dropped its template for adrtool's record (MADR 4 keys,
    `## Context`/`## Decision`, adrtool's hints). Keys adr adds say nothing of how the log is kept: the template is
    filled, its placeholder values left empty."""
    project.write("docs/decisions/adr-template.md", MADR4_TEMPLATE)
    project.write("docs/decisions/0001-one.md", MADR4_RECORD.format(n=1, title="One"))
    project.write("docs/decisions/0002-two.md", MADR4_RECORD.format(n=2, title="Two"))
    for ref in ("1", "2"):
        assert project.run("revisit", ref, "--outcome", "kept", "--next", "2022-06-01").exit_code == 0
    assert "revisits:\n" in project.read("docs/decisions/0002-two.md")

    created = project.run("new", "Three")

    assert (created.exit_code, created.stderr) == (0, "")
    assert project.read("docs/decisions/0003-three.md") == (
        '---\nstatus: "proposed"\ndate: 2021-05-01\ndecision-makers: []\n---\n\n# Three\n\n'
        "## Context and Problem Statement\n\n{Describe}\n\n## Decision Outcome\n\n{outcome}\n")
    assert project.run("validate") == Result(0, "", "")


SAMPLE_TEMPLATE = """\
---
status: proposed  # {proposed | accepted}
date: 2023-10-09  # {YYYY-MM-DD}
deciders: Anakin Skywalker  # {list everyone involved in the decision}
consulted: Obiwan Kinobi  # {list everyone whose opinions are sought}
informed:
  {
    list everyone who is kept up-to-date on progress,
  }
---

# {{ titre }}

## Context
"""


@pytest.mark.parametrize(("options", "deciders"), [((), []), (("-m", "Ann Lee"), ["Ann Lee"])])
def test_a_template_s_sample_values_and_placeholders_are_left_empty(
        project: Project, options: tuple[str, ...], deciders: list[str]) -> None:
    """Audit 58b, class 2: alithya's template gives sample people with a hint after them (`deciders: Anakin
    Skywalker  # {list everyone ...}`); `adr new` copied them, and `list` named Anakin Skywalker a decider of the new
    record. A value the template marks as a placeholder (wrapped over lines too, as Prettier wraps MADR 4's) is left
    empty for the author, or given -m's value."""
    project.write("docs/adrs/adr-template.md", SAMPLE_TEMPLATE)
    project.write("docs/adrs/0001-choisir.md", "---\nstatus: accepted\ndate: 2020-10-02\ndeciders: Florian JUDITH\n"
                  "---\n\n# Choisir\n\n## Context\n\nx\n")

    created = project.run("new", *options, "Deux")

    assert (created.exit_code, created.stderr) == (0, "")
    shown = ", ".join(deciders)
    assert project.read("docs/adrs/0002-deux.md").split("---\n")[1] == (
        f"status: proposed\ndate: 2021-05-01\ndeciders: [{shown}]\nconsulted: []\ninformed: []\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["decision_makers"], row["consulted"]) for row in listed] == [
        (1, ["Florian JUDITH"], []), (2, deciders, [])]


CAPITALISED = """\
---
ADR: 000{n}
Title: {title}
Status: {status}
Version: 1.{n}
Date: 2020-01-0{n}
Supersedes: []
Superseded-by: []
Related: ["ADR-0001"]
Tags: [x]
---

## Status

{status}

## Context

C.
"""


def test_a_new_record_keeps_the_capitalised_keys_padding_and_status_case_of_the_log(project: Project) -> None:
    """Audit 58b, class 3 (BjornMelin's `ADR: 0008` / `Title:` / `Status: Accepted` log): `adr new` wrote `ADR: 12`
    and `Status: proposed`, and dropped `Version`, `Supersedes`, `Superseded-by`, `Related`. It keeps the records'
    key spelling, their id's padding and their status's case, and the keys every record has, empty where each
    gives its own value; a relation asked for takes its key's place."""
    project.write("docs/adr/ADR-0001-one.md", CAPITALISED.format(n=1, title="One", status="Accepted"))
    project.write("docs/adr/ADR-0002-two.md", CAPITALISED.format(n=2, title="Two", status="Implemented"))

    created = project.run("new", "--supersedes", "2", "Three")

    assert (created.exit_code, created.stderr) == (0, "adr: marked docs/adr/ADR-0002-two.md superseded\n")
    assert project.read("docs/adr/ADR-0003-three.md").split("---\n")[1] == (
        'ADR: 0003\nTitle: Three\nStatus: Proposed\nVersion: ""\nDate: 2021-05-01\nSupersedes: [ADR-0002]\n'
        "Superseded-by: []\nRelated: []\nTags: []\n")
    assert project.read("docs/adr/ADR-0002-two.md").split("---\n")[1] == CAPITALISED.format(
        n=2, title="Two", status="Superseded").split("---\n")[1].replace(
        'Superseded-by: []', 'Superseded-by: [ADR-0003]')
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["status"], row["supersedes"], row["superseded_by"]) for row in listed] == [
        (1, "accepted", [], []), (2, "superseded", [], [3]), (3, "proposed", [2], [])]
