"""Records kept in a folder of their own (`2022-02-07-tracing/README.md`, `003-release/index.md`): read, checked,
indexed as a file of the log is (kept in the caches too: tests/test_answers.py); never written by adr."""

from __future__ import annotations

import json
import os

import pytest

from conftest import FRESH, Project, Result, no_log_line
from gitrepo import ANN, BOB, make_repo

D = "docs/adr/"


def folders(project: Project) -> None:
    """eclipse-edc/Connector's log (a folder each, named by the day, the text in `README.md`), a page
    bundle of a documentation site (mithril: `003-release/index.md` among record files, its images beside it), and
    the near misses: a folder beside the record of its name (its attachments), a folder of one record's documents
    holding the record file itself (`0014/0014-x.md`), a folder with no README or index, Hugo's `_index.md`."""
    project.write(D + "2022-02-07-tracing/README.md", "# Tracing\n\n## Status\n\nProposed\n\n## Decision\n\nSee "
                                                      "[the notes](notes.md) and [the plan](plan.md).\n")
    project.write(D + "2022-02-07-tracing/notes.md", "Notes.\n")
    project.write(D + "0002-use-files.md", "# 2. Use files\n\nDate: 2020-10-21\n\n## Status\n\nAccepted\n")
    project.write(D + "003-release/index.md", "---\ntitle: Release process\ndate: 2020-10-21\ntags: [Superseded]\n"
                                              "---\n\n## Status\n\nSuperseded by [ADR 2](../0002-use-files.md)\n")
    (project.root / D / "003-release" / "img").mkdir()
    project.write(D + "0002-use-files/README.md", "Attachments of ADR 2.\n")
    project.write(D + "0014/0014-shop.md", "# 14. Shop\n")
    project.write(D + "0014/README.md", "The shop's documents.\n")
    (project.root / D / "0015-images").mkdir()
    project.write(D + "0016-section/_index.md", "# Section\n")


def test_a_record_in_a_folder_of_its_own_is_read_by_the_folder_s_name(project: Project) -> None:
    folders(project)
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["path"], row["number"], row["id"], row["title"], row["status"], row["date"], row["superseded_by"])
            for row in rows] == [
        (D + "0002-use-files.md", 2, "0002", "Use files", "accepted", "2020-10-21", []),
        (D + "003-release/index.md", 3, "003", "Release process", "superseded", "2020-10-21", [2]),
        (D + "0014/0014-shop.md", 14, "0014", "Shop", None, None, []),  # (an area: tests/test_areas.py)
        (D + "2022-02-07-tracing/README.md", None, "2022-02-07-tracing", "Tracing", "proposed", None, [])]
    assert project.run("show", "2022-02-07-tracing").stdout.startswith("# Tracing\n")
    assert project.run("show", "3").exit_code == 0


def test_validate_follows_a_folder_record_s_links_from_its_folder_and_warns_of_none(project: Project) -> None:
    """A link from a folder's README to a file beside it (`notes.md`) is there; one to a missing file is ADR403;
    no ADR101 says the folder is unread (it said so before)."""
    folders(project)
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"], f["code"], f["message"]) for f in findings if f["code"] in ("ADR101", "ADR403")] == [
        (D + "2022-02-07-tracing/README.md", "ADR403", "link target 'plan.md' does not exist")]


def test_the_index_links_each_folder_record_s_file(project: Project) -> None:
    folders(project)
    assert project.run("index").exit_code == 0
    index = project.read(D + "README.md")
    assert "[Release process](003-release/index.md)" in index
    assert "[Tracing](2022-02-07-tracing/README.md)" in index


def test_writes_to_a_folder_record_are_refused_and_nothing_is_written(project: Project) -> None:
    """adr writes files of the log's directory, under its lock: a status change or a link back that would edit a
    folder's README is refused as a whole, in one line, before anything is written."""
    folders(project)
    before = {path: path.read_bytes() for path in (project.root / D).rglob("*") if path.is_file()}
    accepted = project.run("accept", "2022-02-07-tracing")
    assert (accepted.exit_code, accepted.stderr) == (
        2, f"adr: {project.root / D / '2022-02-07-tracing'}/README.md is a record kept in a folder of its own "
           "(2022-02-07-tracing/), which adr reads but does not write; nothing written: edit it by hand\n")
    relating = project.run("new", "--relates-to", "3", "Release with tags")
    assert (relating.exit_code, relating.stderr.split(" is a record kept")[0]) == (
        2, f"adr: {project.root / D / '003-release'}/index.md")
    renumbered = project.run("renumber", "3", "--to", "9")
    assert (renumbered.exit_code, renumbered.stderr) == (
        2, "adr: ADR 0003 is kept in a folder of its own (003-release/), which adr renumber does not rename; "
           "rename the folder\n")
    assert {path: path.read_bytes() for path in (project.root / D).rglob("*") if path.is_file()} == before
    created = project.run("new", "Use queues")
    assert (created.exit_code, created.stdout) == (0, D + "0015-use-queues.md\n")


def test_a_folder_record_s_file_that_is_no_regular_file_is_one_unreadable_record(project: Project) -> None:
    """A FIFO (never opened: a read would wait), a link loop and a directory under a folder's `README.md`: one
    ADR100 each, as beside the records, with the caches built, with them used, and with none."""
    for folder in ("0001-fifo", "0002-loop", "0003-dir"):
        (project.root / D / folder).mkdir(parents=True)
    os.mkfifo(project.root / D / "0001-fifo" / "README.md")
    os.symlink("README.md", project.root / D / "0002-loop" / "README.md")
    (project.root / D / "0003-dir" / "README.md").mkdir()
    project.write(D + "0004-ok/README.md", "# OK\n")
    expected = [(D + "0001-fifo/README.md", "ADR100", "is a FIFO, not a record file; not opened"),
                (D + "0002-loop/README.md", "ADR100", "is a symbolic link loop; not read"),
                (D + "0003-dir/README.md", "ADR100", "is a directory, not a record file")]
    for env in ({}, {}, {"ADR_NO_CACHE": "1"}):
        findings = json.loads(project.run("validate", "--format", "json", env=env).stdout)
        assert [(f["path"], f["code"], f["message"]) for f in findings] == expected
        assert [row["title"] for row in json.loads(project.run("list", "--format", "json", env=env).stdout)] == ["OK"]


def test_a_folder_named_as_a_record_file_is_one_unreadable_record_with_and_without_caches(project: Project) -> None:
    """A folder named `0002-bundle.md/` holding an `index.md` (a site's page bundle named as its page): `list`
    read it as record 2 with the caches and did not without them. It is a directory where a record file should
    be, one line each way, the same with the caches built, used and off."""
    project.write(D + "0001-a.md", "# 1. A\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    project.write(D + "0002-bundle.md/index.md", "---\ntitle: Bundle\n---\n# Bundle\n")
    line = f"adr: {project.root / D / '0002-bundle.md'}: is a directory, not a record file\n"
    for env in ({}, {}, {"ADR_NO_CACHE": "1"}):
        result = project.run("list", "--format", "json", env=env)
        assert (result.exit_code, [row["id"] for row in json.loads(result.stdout)], result.stderr) == (
            2, ["0001"], line)


def folder_history(project: Project, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A log of records kept in a folder each (eclipse-edc/Connector's, in `docs/developer/decision-records/`, a
    directory no convention names), its history in git: two records added, one accepted, one folder renamed (a typo
    in its name), one deleted; and the near misses, changed in the same commits: a record's attachments folder
    (`0001-x.md` beside `0001-x/README.md`) and an area's README (`0014/README.md` beside `0014/0014-shop.md`);
    found by a review before landing, an `index.md` beside a folder record's README (a second record in history),
    and a folder named as a record holding a folder `index.md` (a KeyError at `--at`)."""
    log = "docs/developer/decision-records/"
    repo = make_repo(project.root, monkeypatch)
    repo.write(log + "2022-02-07-tracing/README.md", "# Tracing\n\n## Status\n\nProposed\n")
    repo.write(log + "2022-02-07-tracing/index.md", "# Tracing, the site's page\n")  # the README is the record
    repo.write(log + "2022-02-07-tracing/diagram.png", "png")
    repo.write(log + "2022-02-10-code-coverage/README.md", "# Code coverage\n\n## Status\n\nAccepted\n")
    repo.write(log + "2022-03-01-multipe-hooks/README.md", "# Multiple hooks\n\n## Status\n\nProposed\n")
    shas = {"added": repo.commit("Add three decision records", author=ANN, date="2022-02-16T10:00:00+00:00")}
    repo.write(log + "2022-02-07-tracing/README.md", "# Tracing\n\n## Status\n\nAccepted\n")
    repo.write(log + "2022-02-07-tracing/diagram.png", "png 2")
    repo.write(log + "2022-04-01-attached.md", "# Attached\n\n## Status\n\nProposed\n")
    repo.write(log + "2022-04-01-attached/README.md", "The attachments of the record beside.\n")
    repo.write(log + "0014/0014-shop.md", "# 14. Shop\n")
    repo.write(log + "0014/README.md", "The shop's documents.\n")
    shas["accepted"] = repo.commit("Accept tracing", author=BOB, date="2022-05-23T10:00:00+00:00")
    repo.git("mv", log + "2022-03-01-multipe-hooks", log + "2022-03-01-multiple-hooks")
    repo.remove(log + "2022-02-10-code-coverage/README.md")
    repo.write(log + "2022-04-01-attached/README.md", "The attachments, changed.\n")
    repo.write(log + "0014/README.md", "The shop's documents, changed.\n")
    repo.write(log + "2022-05-01-odd/index.md/notes.md", "A folder named as the text a record is read from.\n")
    shas["moved"] = repo.commit("Fix a typo; move coverage to the org's repository", author=ANN,
                                date="2023-07-13T10:00:00+00:00")
    return shas


def test_a_log_of_folder_records_is_found_without_dir_and_its_history_read(
        project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """`adr log` shows each folder record's creation, status change, rename and deletion by the folder's name, and
    nothing of the attachments folder or the area's README; the cache built, used, and none give the same."""
    shas = folder_history(project, monkeypatch)
    log = "docs/developer/decision-records/"
    expected = [
        ("2023-07-13", "2022-02-10-code-coverage", "deleted", "accepted", None, log + "2022-02-10-code-coverage/README.md"),
        ("2023-07-13", "2022-03-01-multiple-hooks", "renamed", "2022-03-01-multipe-hooks/README.md",
         "2022-03-01-multiple-hooks/README.md", log + "2022-03-01-multiple-hooks/README.md"),
        ("2022-05-23", "2022-02-07-tracing", "status", "proposed", "accepted", log + "2022-02-07-tracing/README.md"),
        ("2022-05-23", "2022-04-01-attached", "created", None, "proposed", log + "2022-04-01-attached.md"),
        ("2022-02-16", "2022-02-07-tracing", "created", None, "proposed", log + "2022-02-07-tracing/README.md"),
        ("2022-02-16", "2022-02-10-code-coverage", "created", None, "accepted",
         log + "2022-02-10-code-coverage/README.md"),
        ("2022-02-16", "2022-03-01-multipe-hooks", "created", None, "proposed",
         log + "2022-03-01-multipe-hooks/README.md")]
    for env in ({}, {}, {"ADR_NO_CACHE": "1"}):
        shown = project.run("log", "--format", "json", env=env)
        assert shown.exit_code == 0, shown.stderr
        events = json.loads(shown.stdout)
        assert [(e["date"][:10], e["path"].rpartition("/")[0].rpartition("/")[2] if "/README.md" in e["path"]
                 else e["path"].rpartition("/")[2].removesuffix(".md"), e["event"], e["from"], e["to"], e["path"])
                for e in events] == expected
        assert {e["sha"][:7] for e in events} == set(shas.values())
    text = project.run("log", "2022-03-01-multiple-hooks").stdout.splitlines()
    assert [line.split()[2:4] for line in text[1:]] == [
        ["2022-03-01-multipe-hooks", "created"], ["2022-03-01-multiple-hooks", "renamed"]]
    tracing = json.loads(project.run("log", "2022-02-07-tracing", "--format", "json", env=FRESH).stdout)
    assert [(e["event"], e["to"], e["sha"][:7]) for e in tracing] == [
        ("created", "proposed", shas["added"]), ("status", "accepted", shas["accepted"])]


def test_the_log_at_a_commit_holds_its_folder_records(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--at` reads a commit's tree as the work tree is read: the folder records there (the one deleted since, the
    one renamed since under its name then), not the attachments folder or the area's README."""
    shas = folder_history(project, monkeypatch)
    for env in ({}, {}, {"ADR_NO_CACHE": "1"}):
        then = json.loads(project.run("list", "--at", shas["accepted"], "--format", "json", env=env).stdout)
        assert [(row["id"], row["status"], row["path"].split("decision-records/")[1]) for row in then] == [
            ("2022-02-07-tracing", "accepted", "2022-02-07-tracing/README.md"),
            ("2022-02-10-code-coverage", "accepted", "2022-02-10-code-coverage/README.md"),
            ("2022-03-01-multipe-hooks", "proposed", "2022-03-01-multipe-hooks/README.md"),
            ("2022-04-01-attached", "proposed", "2022-04-01-attached.md")]
        now = json.loads(project.run("list", "--format", "json", env=env).stdout)
        assert [row["id"] for row in now] == [
            "2022-02-07-tracing", "2022-03-01-multiple-hooks", "2022-04-01-attached"]
        last = project.run("list", "--at", shas["moved"], "--format", "json", env=env)
        assert (last.exit_code, [row["id"] for row in json.loads(last.stdout)]) == (0, [row["id"] for row in now])
    shown = project.run("show", "2022-02-07-tracing")
    assert shown.stdout.endswith(f"<!-- git: created 2022-02-16 by Ann Lee ({shas['added']}); last changed 2022-05-23 "
                                 f"by Bob Roy ({shas['accepted']}) -->\n")


def test_a_search_finds_folder_records_only_where_they_read_as_a_log(project: Project) -> None:
    """A directory of folder records that says it holds decisions is a log, found without --dir; a blog's page
    bundles (`content/posts/2021-01-01-x/index.md`) are no log, so adr says it found none."""
    project.write("content/posts/2021-01-01-hello/index.md", "# Hello\n")
    project.write("content/posts/2021-02-01-again/index.md", "# Again\n")
    # a record beside the folder of its attachments is one record, no log of two (found by a review)
    project.write("architecture/adr-001-use-x.md", "# ADR 1: Use X\n\n## Status\n\nAccepted\n")
    project.write("architecture/adr-001-use-x/README.md", "The diagrams of ADR 1.\n")
    assert project.run("list") == Result(2, "", no_log_line(project.root))
    project.write("docs/developer/decision-records/2022-02-07-tracing/README.md", "# Tracing\n")
    project.write("docs/developer/decision-records/2022-02-10-coverage/README.md", "# Coverage\n")
    listed = project.run("list")
    assert (listed.exit_code, [line.split()[0] for line in listed.stdout.splitlines()[1:]]) == (
        0, ["2022-02-07-tracing", "2022-02-10-coverage"])


def test_a_folder_record_made_a_file_and_back_keeps_its_history_with_and_without_caches(
        project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """An attack on this stop's history of folder records: a record made a file (`0002-use-y/README.md` ->
    `0002-use-y.md`, git leaving the folder empty) lost its creation in `adr log 2`; made a folder again, the walk
    kept from before answered otherwise than a fresh one (the judgement of `folder/README.md` depends on the
    folders of today, now part of the walk's key); a deleted folder record's `adr log 3` said it had no history;
    `adr log README.md` answered with a folder record's. Each is the same with the caches built, used and off."""
    repo = make_repo(project.root, monkeypatch)
    repo.write("decisions/0001-use-x.md", "# 1. Use X\n\n## Status\n\nAccepted\n")
    repo.write("decisions/0002-use-y/README.md", "# 2. Use Y\n\n## Status\n\nAccepted\n")
    repo.write("decisions/0003-c/README.md", "# 3. C\n\n## Status\n\nProposed\n")
    first = repo.commit("c1", author=ANN, date="2022-01-01T10:00:00+00:00")
    repo.git("mv", "decisions/0002-use-y/README.md", "decisions/0002-use-y.md")
    repo.git("rm", "-rq", "decisions/0003-c")
    flattened = repo.commit("c2", author=BOB, date="2022-02-01T10:00:00+00:00")

    def events(*args: str, env: dict[str, str] | None = None) -> list[tuple[str, int, str]]:
        shown = project.run("log", *args, "--format", "json", env=env)
        assert shown.exit_code == 0, shown.stderr
        return [(e["sha"][:7], e["number"], e["event"]) for e in json.loads(shown.stdout)]

    for env in ({}, {}, FRESH):
        assert events("2", env=env) == [(first, 2, "created"), (flattened, 2, "renamed")]
        assert events("3", env=env) == [(first, 3, "created"), (flattened, 3, "deleted")]
    repo.git("mv", "decisions/0002-use-y.md", "decisions/0002-use-y/README.md")
    again = repo.commit("c3", author=ANN, date="2022-03-01T10:00:00+00:00")
    expected = [(again, 2, "renamed"), (flattened, 2, "renamed"), (flattened, 3, "deleted"), (first, 1, "created"),
                (first, 2, "created"), (first, 3, "created")]
    for env in ({}, {}, FRESH):
        assert sorted(events(env=env), key=lambda e: (e[0] != again, e[0] != flattened, e[1])) == expected
    missing = project.run("log", "README.md")
    assert (missing.exit_code, missing.stderr) == (
        2, "adr: no record 'README.md' in the decision directory or its history\n")


# factory-x-contributions/architecture-decisions' docs/hercules_use_case_adr/adr106-traceability/README.md and
# adr107-condition-monitoring-led-services/README.md (Docusaurus), cut short.
FACTORY_X = """\
---
id: fx_adr{n}
title: ADR {n} – {title}
sidebar_label: ADR {n} – {title}
description: Normative guidance for the {title} use case.
tags:
  - architecture_decision_records
  - API
---

## Purpose

This Architecture Decision Record (ADR) provides normative guidance for the use case "{title}".
"""


def test_adr_new_in_a_log_of_folder_records_only_is_refused_in_one_line(project: Project) -> None:
    """Audit 56 c5 (factory-x: every record a folder `adrNNN-slug/README.md` with `id: fx_adrNNN`, `sidebar_label:`):
    adr new wrote a flat `0108-x.md`, no page of that site. It is refused in one line, as writes to such records are,
    and nothing is written (a log holding record files beside its folders still gets one: the test of writes above)."""
    use_cases = "docs/hercules_use_case_adr/"
    for n, slug, title in ((106, "traceability", "Traceability"),
                           (107, "condition-monitoring-led-services", "Condition monitoring led services")):
        project.write(f"{use_cases}adr{n}-{slug}/README.md", FACTORY_X.format(n=n, title=title))
    before = sorted(path.relative_to(project.root) for path in project.root.rglob("*"))
    created = project.run("new", "--dir", use_cases, "Digital Product Passport")
    assert (created.exit_code, created.stdout, created.stderr) == (
        2, "", "adr: docs/hercules_use_case_adr/ keeps each record in a folder of its own "
               "(adr107-condition-monitoring-led-services/README.md), which adr reads but does not write: make the new "
               "record's folder by hand; not creating the record\n")
    assert sorted(path.relative_to(project.root) for path in project.root.rglob("*")) == before
    listed = project.run("list", "--dir", use_cases)
    assert (listed.exit_code, [line.split()[0] for line in listed.stdout.splitlines()[1:]]) == (0, ["0106", "0107"])
