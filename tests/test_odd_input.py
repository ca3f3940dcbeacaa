"""Odd command lines get one clear line, never a traceback and never the wrong record: REFs that only look
like numbers, revisions in git's own syntax, titles that are not one line of text, git missing."""

from __future__ import annotations

import json

import pytest

from conftest import Project
from gitrepo import make_repo, record

GOOD = "---\nstatus: proposed\ndate: 2021-04-19\n---\n# Record N\n\n## Decision\n\nYes.\n"


@pytest.fixture
def three(project: Project) -> Project:
    for number in (1, 2, 3):
        project.write(f"decisions/000{number}-record-{number}.md", GOOD.replace("Record N", f"Record {number}"))
    return project


@pytest.mark.parametrize("ref", ["¹", "³", "٣", "-3", "--3", "+3", "3.0", "ADR--3"])
def test_a_ref_that_only_looks_like_a_number_names_no_record(three: Project, ref: str) -> None:
    """`show REF` with superscript or other-script digits, or a sign: not record 3, one line, exit 2."""
    result = three.run("show", "--", ref)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"adr: no record {ref!r} in {three.decisions}\n"


@pytest.mark.parametrize("ref", ["3", "0003", "ADR-3", "adr_0003", "ADR 3", " 3 "])
def test_the_usual_forms_of_a_number_still_name_the_record(three: Project, ref: str) -> None:
    """The documented forms keep working."""
    result = three.run("show", "--no-git-dates", ref)
    assert (result.exit_code, result.stdout.splitlines()[4]) == (0, "# Record 3")


def test_at_takes_any_revision_git_resolves(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--at ':/message'` (the newest commit whose message matches) and `REV~1` read the log at that commit."""
    repo = make_repo(project.root, monkeypatch)
    repo.write("decisions/0001-one.md", record("proposed", "One"))
    repo.commit("Propose one", date="2021-04-19T10:00:00+00:00")
    repo.write("decisions/0001-one.md", record("accepted", "One"))
    repo.commit("Accept one", date="2021-04-20T10:00:00+00:00")
    for rev, status in ((":/Propose", "proposed"), (":/Accept", "accepted"), ("HEAD~1", "proposed")):
        result = project.run("list", "--at", rev, "--format", "csv")
        assert (result.exit_code, result.stderr) == (0, "")
        assert result.stdout.splitlines()[1].split(",")[2] == status
    result = project.run("list", "--at", ":/No such message")
    assert (result.exit_code, result.stderr) == (2, "adr: no commit ':/No such message' in this repository\n")


def test_new_without_git_on_path_says_it_cannot_see_other_branches(project: Project, tmp_path: object,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """In a git work tree with no git to run, `adr new` warns (one line) that other branches' numbers are not
    known, and takes the next number of the working tree."""
    repo = make_repo(project.root, monkeypatch)
    repo.write("decisions/0001-one.md", record("proposed", "One"))
    repo.commit("One", date="2021-04-19T10:00:00+00:00")
    empty = project.root.parent / "no-git-here"
    empty.mkdir()
    result = project.run("new", "Two", env={"PATH": str(empty)})
    assert (result.exit_code, result.stdout) == (0, "decisions/0002-two.md\n")
    assert result.stderr == ("adr: git cannot be run (is it on PATH?), so the numbers other branches use cannot "
                             "be seen: the number is the next in the working tree, and a branch may already "
                             "hold it (--no-git to say so on purpose)\n")
    assert project.run("new", "--no-git", "Three", env={"PATH": str(empty)}).stderr == ""


@pytest.mark.parametrize(("title", "message"), [
    ("Line one\nline two", "the title holds a line break; a title is one line (put the rest in the record's "
                           "body); not creating the record"),
    ("Carriage\rreturn", "the title holds a line break; a title is one line (put the rest in the record's body); "
                         "not creating the record"),
    ("Bell\x07", "the title holds the control character U+0007; not creating the record"),
    ("Escape \x1b[31mred", "the title holds the control character U+001B; not creating the record"),
    ("A\udc85B", "the title holds bytes that are not text in this locale (byte 0x85); not creating the record"),
])
def test_a_title_that_is_not_one_line_of_text_is_refused(three: Project, title: str, message: str) -> None:
    """Refused with one line, exit 2, nothing written (never cut at the line break)."""
    result = three.run("new", "--no-git", title)
    assert (result.exit_code, result.stderr) == (2, f"adr: {message}\n")
    assert sorted(path.name for path in three.decisions.iterdir()) == [
        "0001-record-1.md", "0002-record-2.md", "0003-record-3.md"]


@pytest.mark.parametrize("damage", ["exit code text", "exit code huge", "stream 3", "negative length"])
def test_a_damaged_answer_file_is_ignored(project: Project, damage: str, settled_files: None) -> None:
    """A kept answer whose exit code or output lengths are not what adr writes is not replayed (no traceback):
    the command runs."""
    import marshal

    project.write("decisions/0001-one.md", GOOD.replace("Record N", "One"))
    first = project.run_console("list")
    answers = list((project.root.parent / "adr-cache" / "answers").iterdir())
    assert len(answers) == 1
    data = answers[0].read_bytes()
    head = data.index(b"\n") + 1
    size = int.from_bytes(data[head:head + 4], "little")
    meta = list(marshal.loads(data[head + 4:head + 4 + size]))
    if damage.startswith("exit code"):
        meta[1] = "x" if damage.endswith("text") else 10 ** 30
    else:
        meta[5] = tuple((3, length) if damage == "stream 3" else (stream, -1) for stream, length in meta[5])
    packed = marshal.dumps(tuple(meta))
    answers[0].write_bytes(data[:head] + len(packed).to_bytes(4, "little") + packed + data[head + 4 + size:])
    again = project.run_console("list")
    assert (again.exit_code, again.stdout, again.stderr) == (first.exit_code, first.stdout, first.stderr)


@pytest.mark.parametrize("option", ["--tag", "--decision-maker", "--cycle"])
def test_an_option_holding_bytes_that_are_not_text_is_refused(three: Project, option: str) -> None:
    """`adr new --tag $'a\\xffb'`: one line naming the option, nothing written."""
    result = three.run("new", "--no-git", option, "a\udcffb", "Tagged")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {option} holds bytes that are not text in this locale (byte 0xff); not creating the record\n")
    assert len(list(three.decisions.iterdir())) == 3


def test_comments_left_open_are_no_comments_and_read_no_further_than_the_last_close() -> None:
    """A run of `<!--` with no `-->` after it (a hostile record: `adr validate` searched from each one to the end of
    the text, and hung on 200,000 of them) closes no comment; the search ends at the last `-->`."""
    from adrtool.records.comments import comments_end, html_comments, without_comments

    text = "<!-- a -->x<!-- b -->" + "<!--" * 5
    assert comments_end(text) == len("<!-- a -->x<!-- b -->") and comments_end("<!--" * 5) == 0
    assert [match.group(1) for match in html_comments(text)] == [" a ", " b "]
    assert without_comments(text) == "x" + "<!--" * 5
    assert without_comments("k <!-- c --> v <!--", blank=True) == "k " + " " * len("<!-- c -->") + " v <!--"


def test_a_record_of_open_comments_is_validated(project: Project) -> None:
    """The hostile record itself, at a size the suite reads quickly: its title and sections of open comments are
    read as the text they are (Markdown shows a `<!--` that nothing closes), and judged as any text is."""
    project.write("decisions/0001-a.md", "# " + "<!--" * 20_000 + "\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n"
                  "## Context\n\n" + "<!--" * 20_000 + "\n")
    result = project.run("validate", "--format", "json")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "[]\n", "")
    assert json.loads(project.run("list", "--format", "json").stdout)[0]["title"] == "<!--" * 20_000


def test_hostile_runs_in_this_stop_s_new_forms_are_read(project: Project) -> None:
    """A review's attack on this stop's forms: a relation of 20,000 `../` (the path test tried each way of dividing the
    run: 141 s on 2,000), a `+` bullet followed by 50,000 blanks (215 s at 100,000), 20,000 lines of `and` after a
    wrapped successor and 20,000 bracketed words under a heading of their own (each bracket searched the whole text
    for a link definition: 20,000 warnings took 6 s); each record is read as its text."""
    project.write("decisions/0001-a.md", "---\nstatus: accepted\ndate: 2020-01-01\nrelated: " + "../" * 20_000
                  + " x y\n---\n# A\n")
    project.write("decisions/0002-b.md", "# B\n\n+ a" + " " * 50_000 + "x\n+ Status: accepted\n")
    project.write("decisions/0003-c.md", "# C\n\nStatus: Superseded by\n[ADR-1](0001-a.md)\n" + "and\n" * 20_000)
    project.write("decisions/0004-d.md", "# D\n\n* Status: accepted\n\n## x\n\n" + "x [a b] a b\n" * 20_000)
    rows = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(rows[n]["status"], rows[n]["relates_to"], rows[n]["superseded_by"]) for n in (1, 2, 3, 4)] == [
        ("accepted", [], []), ("accepted", [], []), ("superseded", [], [1]), ("accepted", [], [])]
    assert project.run("validate", "--format", "json").exit_code in (0, 1)


def test_a_reference_of_a_run_of_zeros_is_read_in_one_pass() -> None:
    """`#000…0x` (100,000 zeros) as an item of a list: the item's pattern split the zeros every way before it gave
    up (found by the review, in the code before this stop too)."""
    from adrtool.records.dialects.normalize import as_numbers, item_reference

    assert item_reference("#" + "0" * 100_000 + "x") is None
    assert as_numbers("#" + "0" * 100_000 + "x, ADR-2") == (2,)
    assert (item_reference("#0012"), item_reference("0000")) == (12, 0)


def test_hostile_runs_in_round_30_s_new_forms_are_read(project: Project) -> None:
    """A review's attack on this stop's forms, at sizes the suite reads quickly (each took 5-25 s at its size): a run
    of blanks after a sentence's full stop or a pipe on a status's line (each blank a new start for the split), a
    supersede key over 20,000 items (its value rebuilt for each), a line of 20,000 formulas in braces and a heading
    of 20,000 bracketed words (the line copied for each). Each record is read as its text."""
    project.write("decisions/0001-a.md", "# 1. A\n\n## Status\n\nAccepted\n\nx. a" + " " * 20_000 + "y\n")
    project.write("decisions/0002-b.md", "# 2. B\n\nStatus: Accepted | a" + " " * 50_000 + "y\n")
    project.write("decisions/0003-c.md", "# 3. C\n\nStatus: Accepted\nSupersedes:\n" + "- [ADR-0002](0002-b.md)\n" * 20_000)
    project.write("decisions/0004-d.md", "# 4. D\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Context\n\n"
                  + "{a + b} " * 20_000 + "\n")
    project.write("decisions/0005-e.md", "# 5. E\n\n* Status: accepted\n* Date: 2020-01-01\n\n## Context and Problem "
                  "Statement\n\nc\n\n## x " + "[a b] " * 20_000 + "\n")
    rows = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(rows[n]["status"], rows[n]["supersedes"]) for n in range(1, 6)] == [
        ("accepted", []), ("accepted", []), ("accepted", [2]), ("accepted", []), ("accepted", [])]
    assert project.run("validate", "--format", "json").exit_code in (0, 1)


def test_a_revisit_value_of_many_ors_before_whichever_comes_first_is_read_once() -> None:
    """The attack on this stop's revisit notes: `x or ` 60,000 times, then `whichever comes first` (the pattern of a
    backstop tried every `or` against every other: past 60 s); a backstop is read from the last `or`."""
    from adrtool.records.dialects.normalize import revisit_point

    assert revisit_point("x or " * 60_000 + "(whichever comes first)").kind == "cycle"
    point = revisit_point("after the pilot or x or 2026-Q1 (whichever comes first)")
    assert point is not None and str(point.on) == "2026-01-01"


def test_a_review_s_hostile_runs_of_this_stop_s_forms_are_read(project: Project) -> None:
    """A review's attack: a revisit value with a run of 20,000 blanks (each blank a new start for the note's joints:
    7 s, 13 s with `whichever`), a related value of 20,000 `#1` (a lookahead over the rest of it for each: 4 s), and a
    status's line with a run of blanks before a second key (the status key after it, tried from each blank: 21 s
    before this stop); each record is read as its text."""
    project.write("decisions/0001-a.md", "---\nstatus: accepted\ndate: 2020-01-01\nrevisit: \"soon" + " " * 20_000
                  + "x whichever\"\nrelated: \"" + "#1 " * 20_000 + "\"\n---\n# A\n")
    project.write("decisions/0002-b.md", "# 2. B\n\nStatus: accepted." + " " * 20_000 + ":: Date: 2020-01-01\n")
    rows = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(rows[n]["status"], rows[n]["relates_to"]) for n in (1, 2)] == [("accepted", []), ("accepted", [])]


def test_hostile_runs_in_round_44_s_forms_are_read(project: Project) -> None:
    """My attack on round 44's forms: a heading of 50,000 blanks in a record that holds `{#` (a heading attribute's
    pattern with a blank before the block tried each blank against the rest: 4 s, before it was read
    line by line), an open revisit task and a Review section's sentence of such runs, a status in bold with blanks
    inside and deciders a line each before such a run (the line break's pattern tried each blank: 1 s at 20,000);
    each record is read as its text, the attribute of a real heading left out."""
    blanks = " " * 50_000
    project.write("decisions/0001-a.md", f"# 1. A{blanks}x\n\n## Status {{#status}}\n\nAccepted\n\n{{#\n")
    project.write("decisions/0002-b.md", f"# 2. B\n\n## Status\n\nAccepted\n\n- [ ] Revisit by{blanks}2027-01-01"
                                         f"{blanks}when x\n\n## Review Date\n\nRe-review by{blanks}soon.\n")
    project.write("decisions/0003-c.md", f"# 3. C\n\n## Metadata\n\n| Decider(s) | Status |\n|---|---|\n"
                                         f"| Ann<br>Bo{blanks}x | Accepted |\n\n## Context\n\nC.\n")
    project.write("decisions/0004-d.md", f"# 4. D\n\n## Status\n\n** Approved **{blanks}x\n")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["status"], row["revisit"] is None) for row in rows] == [
        (1, "accepted", True), (2, "accepted", False), (3, "accepted", True), (4, None, True)]
    assert rows[2]["decision_makers"] == ["Ann", "Bo" + " " * 50_000 + "x"]


def test_a_run_of_digits_past_what_int_reads_where_a_record_s_number_is_read(project: Project) -> None:
    """My attack on round 41's forms: 5,000 digits where a record's number is read (a link's file, `ADR-111…1` in a
    Status section, a MADR 2 bullet or key, front matter, a Related section, a Links section) made every command a
    bug report: Python's `int()` reads no more than 4,300 digits. Such a run names no record; `adr show 111…1`
    finds none. (This was so in the code before this stop too.)"""
    digits = "1" * 5000
    forms = {1: f"# 1. A\n\n## Status\n\nSuperseded by [x]({digits}-x.md)\n",
             2: f"# 2. B\n\n## Status\n\nSuperseded by ADR-{digits}\n",
             3: f"# C\n\n* Status: Superseded by {digits}-x.md\n",
             4: f"# D\n\n* Status: accepted\n* Supersedes: [x](./{digits}-x.md)\n",
             5: f'---\nstatus: accepted\nsuperseded-by: "ADR-{digits}"\n---\n# E\n',
             6: f"# 6. F\n\n## Status\n\nAccepted\n\n## Related\n\n- ADR-{digits}\n- [x]({digits}-y.md)\n",
             7: f"# G\n\n* Status: accepted\n\n## Links\n\n* Supersedes [x]({digits}-x.md)\n"}
    for number, text in forms.items():
        project.write(f"decisions/000{number}-x.md", text)
    listed = project.run("list", "--format", "json")
    assert listed.exit_code == 0, listed.stderr
    assert [(row["superseded_by"], row["supersedes"]) for row in json.loads(listed.stdout)] == [([], [])] * 7
    for args in (("validate",), ("graph",), ("index", "--check"), ("show", digits), ("accept", digits)):
        result = project.run(*args)
        assert result.exit_code in (0, 1, 2) and "internal error" not in result.stderr, (args, result.stderr)
    assert project.run("show", digits).stderr == f"adr: no record '{digits[:40]}'... in {project.decisions}\n"


def test_a_log_folder_named_with_bytes_that_are_no_utf8_is_indexed_linked_and_written_to(project: Project) -> None:
    """Found by an attack: a log in a folder named with byte 0xff (a component's, or a topic's) made `adr index`,
    `adr new` and `adr site` an internal error (exit 3). Its index is written in it, naming its folder by the
    name's bytes, the site shows the byte escaped, and a record is written. (The topics are logs nothing singles
    out from the root: each keeps its own index, `adr index` there names them.)"""
    import os

    project.write("adr-template.md", "# ADR template\n\n## Status\n")
    for number in (1, 2):
        project.write(f"dev/000{number}-r{number}.md", f"# {number}. R\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    odd = os.fsdecode(b"i\xffam")
    project.write(f"{odd}/0001-use-keycloak.md", "# 1. Keycloak\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    result = project.run("index")
    assert (result.exit_code, result.stderr) == (2, "adr: 2 logs here (dev, i\\udcffam), and the current directory "
                                                    "is in none of them; `adr index` writes one log's index: pass "
                                                    "--dir with the log to index, or run it inside it\n")
    result = project.run_console("--dir", odd, "index")  # (the console replaces what stdout cannot encode)
    assert (result.exit_code, result.stdout) == (0, "i?am/README.md\n"), result.stderr
    assert "| 0001 | [Keycloak](0001-use-keycloak.md) |" in (project.root / odd / "README.md").read_text("utf-8")
    site = project.run("site", "-o", "site")
    assert site.exit_code == 0, site.stderr
    assert "i\\udcffam" in (project.root / "site/index.html").read_text(encoding="utf-8")
    assert project.run("new", "Hi").stdout == "dev/0003-hi.md\n"


def test_a_placeholder_with_a_long_run_of_blanks_inside_is_found_once(project: Project) -> None:
    """This stop's hostile runs (benchmarks/hostile_runs.py): a template's bracketed choices with 20,000 blanks
    inside (`[draft |    ...| superseded by [xxx](..)]`, as log4brains' template writes them) were matched from
    each blank (a square of the run); the placeholder after them is still the one ADR204 reports."""
    project.write("decisions/0001-a.md", "# A\n\n* Status: accepted\n* Date: 2020-01-01\n\n## Context and Problem "
                  "Statement\n\n- Choices: [draft" + " " * 20_000 + "| superseded by [xxx](0001-a.md)] or [pick one]\n")
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(finding["code"], finding["message"]) for finding in findings] == [
        ("ADR204", "unfilled template placeholder [pick one]")]


def test_a_heading_of_two_names_or_a_remark_with_a_long_run_of_blanks_is_read_at_once(project: Project) -> None:
    """This stop's hostile runs over a fetched log (0xTheOldOne/idelia): a heading holding a `/` and a bracket
    (`## Conventions (rappel — [ADR 0010](../adr/..))`) with 16,000 blanks inside took 27 s, each blank a new
    place for the two-language name's pattern (`Status / 状态`) and for a template's remark's (`Status
    (required)`), and a line of fields apart by middle dots with such a run before a dot. Read at once, the Status
    heading in two languages is still the Status section."""
    blanks = " " * 20_000
    project.write("docs/adr/0001-a.md", f"# 1. A\n\n## Conventions{blanks}(rappel — [ADR 2](../adr/0002-b.md))\n\n"
                  "x\n\n## Status / 状态\n\nAccepted\n")
    project.write("docs/adr/0002-b.md", f"# 2. B\n\n## Status{blanks}(required)\n\nAccepted\n")
    project.write("docs/adr/0003-c.md", f"# 3. C\n\n## Dates (rappel{blanks}x [ADR 1](0001-a.md))\n\n"
                  f"**Status:** Accepted{blanks}· 2026-08-13\n")  # fields apart by a middle dot (7K-Inari)
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["status"]) for row in rows] == [(1, "accepted"), (2, "accepted"), (3, "accepted")]
