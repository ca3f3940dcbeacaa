"""An edit makes the exact change, or refuses with one line and changes nothing; every result is read again."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import Project

BODY = "# Keep Linuxbridge\n\n## Decision\n\nKeep it.\n"
REFUSED = [
    ("flow mapping", "---\n{status: proposed, date: 2021-04-19}\n---\n" + BODY,
     "its front matter is written in flow style (`{key: value, ...}`); write it as `key: value` lines"),
    ("anchor", "---\nstatus: &s proposed\ndate: 2021-04-19\nfirst-status: *s\n---\n" + BODY,
     "`status` carries a YAML anchor or tag; edit it by hand"),
    ("indented keys", "---\n status: proposed\n date: 2021-04-19\n---\n" + BODY,
     "its front-matter keys are indented; start them at the beginning of the line"),
    ("duplicate keys", "---\nstatus: proposed\ndate: 2021-04-19\nstatus: proposed\n---\n" + BODY,
     "its front matter has `status` more than once"),
    ("tag", "---\nstatus: !!str proposed\ndate: 2021-04-19\n---\n" + BODY,
     "`status` carries a YAML anchor or tag; edit it by hand"),
]


@pytest.mark.parametrize(("case", "text", "why"), REFUSED, ids=[case for case, _, _ in REFUSED])
def test_yaml_a_line_edit_cannot_change_exactly_is_refused(project: Project, case: str, text: str,
                                                            why: str) -> None:
    """accept refuses, naming the construct; the file is byte for byte as it was."""
    path = project.write("decisions/0001-keep-linuxbridge.md", text)
    result = project.run("accept", "1")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {path}: cannot edit it exactly: {why}; nothing was changed\n")
    assert path.read_text(encoding="utf-8") == text


EXACT = [
    ("quoted key", '---\n"status": proposed\ndate: 2021-04-19\n---\n',
     '---\nstatus: accepted\ndate: 2021-04-19\n---\n'),
    ("folded value", "---\nstatus: >-\n  proposed\ndate: 2021-04-19\n---\n",
     "---\nstatus: accepted\ndate: 2021-04-19\n---\n"),
    ("an alias as the value", "---\nfirst: &s proposed\nstatus: *s\n---\n",
     "---\nfirst: &s proposed\nstatus: accepted\n---\n"),
    ("comment and quotes", "---\nstatus: 'proposed'  # for now\ndate: 2021-04-19\n---\n",
     "---\nstatus: 'accepted'  # for now\ndate: 2021-04-19\n---\n"),
]


@pytest.mark.parametrize(("case", "head", "expected"), EXACT, ids=[case for case, _, _ in EXACT])
def test_yaml_a_line_edit_can_change_is_changed_exactly(project: Project, case: str, head: str,
                                                        expected: str) -> None:
    """accept changes the status line and nothing else."""
    path = project.write("decisions/0001-keep-linuxbridge.md", head + BODY)
    result = project.run("accept", "1")
    assert (result.exit_code, result.stderr) == (0, "")
    assert path.read_text(encoding="utf-8") == expected + BODY
    assert project.run("list", "--format", "json").stdout.count('"status": "accepted"') == 1


def test_an_edit_that_would_read_differently_is_refused(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """The result is read again: a value that YAML would read as something else (here `yes`, a boolean) is
    refused, whatever produced it."""
    from adrtool.records import edit

    path = project.write("decisions/0001-keep-linuxbridge.md", "---\nstatus: proposed\n---\n" + BODY)
    monkeypatch.setattr(edit, "quoted_as", lambda value, quote: "yes")  # a writer that gets the quoting wrong
    result = project.run("accept", "1")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {path}: cannot edit it exactly: the record would then state no status, not accepted; nothing "
           "was changed\n")
    assert path.read_text(encoding="utf-8") == "---\nstatus: proposed\n---\n" + BODY


@pytest.mark.parametrize(("name", "found", "meant", "said"), [
    ("superseded_by", (4, 237), (4,), "the record would then name 4 and 237 as its successors, not 4"),
    ("supersedes", (), (1,), "the record would then name none as the records it supersedes, not 1"),
    ("decision_makers", ("Ann", "Bo", "Cy"), ("Ann",), "the record would then name Ann, Bo and Cy as its decision "
     "makers, not Ann"),
    ("date", None, dt.date(2026, 3, 16), "the record would then state no date, not 2026-03-16"),
    ("status", "superseded", "deprecated", "its status would then read as superseded, not deprecated"),
    ("title", "Use", "Use Redis", "its title would then read as Use, not 'Use Redis'"),
    ("cycle", "yoga", None, "the record would then state yoga as its cycle, where it states none"),
])
def test_a_refusal_names_what_the_record_would_say_in_a_reader_s_words(name: str, found: object, meant: object,
                                                                      said: str) -> None:
    """Audit 56 (class 2): a refused edit said "its superseded by would read as (4, 237), not (4,)", Python's tuples.
    Each field is said as a reader says it: the records or people named, a day, a word, a title quoted."""
    from adrtool.records.values import read_otherwise

    assert read_otherwise(name, found, meant) == said


def test_every_lifecycle_edit_of_a_hostile_value_reads_back_exactly(project: Project) -> None:
    """Values holding YAML's special characters (`: #`, quotes, a leading `*`, a newline in a note) are
    written so that the record reads them back as given."""
    path = project.write("decisions/0001-keep-linuxbridge.md",
                         "---\nstatus: proposed\ndate: 2021-04-19\nrevisit: yoga\n---\n" + BODY)
    note = "*kept*: 'for now' # see \"etherpad\"\nsecond line"
    result = project.run("revisit", "1", "--outcome", "kept", "--next", "2022-01-01", "--note", note)
    assert (result.exit_code, result.stderr) == (0, "")
    from datetime import date

    import yaml

    meta = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
    assert meta["revisits"] == [{"date": date(2021, 5, 1), "cycle": "xena", "outcome": "kept",
                                 "next": date(2022, 1, 1), "note": note}]
    assert meta["revisit"] == date(2022, 1, 1)
