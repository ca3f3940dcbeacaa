"""adr validate keeps each record's body facts in a cache, and never answers from stale ones.

A warm run reads no record file; an edited body (even one keeping its size and mtime), a changed
template or a deleted link target is seen on the next run all the same.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from adrtool.records import body

from conftest import Project, read_cache_file, write_cache_file

RECORD = """---
status: accepted
date: 2021-04-19
cycle: xena
revisit: yoga
---
# {title}

## Context

{context}

## Decision

We keep it.

## Consequences

See [the other decision]({target}).
"""
FILLED = "Operators rely on it."
CLEARED = "                     "  # as long as FILLED: the file keeps its size
HINT = "<!-- Say why -->"
WITH_HINT = f"Why: {HINT}"  # as long as FILLED too


@pytest.fixture
def log(project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two records, the first linking to the second, with the cache in a known place."""
    monkeypatch.setenv("ADR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("ADR_NO_CACHE", raising=False)
    project.write("decisions/0002-use-ovn.md",
                  RECORD.format(title="Use OVN", context=FILLED, target="0001-keep-linuxbridge.md"))
    return project.write("decisions/0001-keep-linuxbridge.md",
                         RECORD.format(title="Keep Linuxbridge", context=FILLED, target="0002-use-ovn.md"))


@pytest.fixture
def computed(monkeypatch: pytest.MonkeyPatch, answers_off: None) -> list[str]:
    """The names of the records whose body facts were computed (their files read) by each run (every run
    is made: none is answered from the answer store)."""
    names: list[str] = []
    real = body.read_facts

    def read_facts(directory: Path, record: object, hints: frozenset[str]) -> object:
        names.append(record.filename)  # type: ignore[attr-defined]
        return real(directory, record, hints)  # type: ignore[arg-type]

    monkeypatch.setattr(body, "read_facts", read_facts)
    return names


def findings(project: Project) -> list[tuple[str, int, str]]:
    result = project.run("validate", "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    return [(item["path"], item["line"], item["code"]) for item in json.loads(result.stdout)]


def edit_keeping_size_and_mtime(path: Path, old: str, new: str) -> None:
    stat = path.stat()
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    assert path.stat().st_size == stat.st_size
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_a_warm_run_reads_no_record_body(project: Project, log: Path, computed: list[str],
                                         settled_files: None, tmp_path: Path) -> None:
    """The first run computes every record's facts and caches them; the next one computes none."""
    assert findings(project) == []
    assert computed == ["0001-keep-linuxbridge.md", "0002-use-ovn.md"]
    assert sorted(path.name.split("-")[0] for path in (tmp_path / "cache").iterdir()) == ["facts", "records"]
    computed.clear()
    assert findings(project) == []
    assert computed == []


def test_an_edited_body_is_seen(project: Project, log: Path, computed: list[str], settled_files: None) -> None:
    """A body edit keeping the file's size, with its mtime put back, is still seen (ctime moves)."""
    assert findings(project) == []
    computed.clear()
    edit_keeping_size_and_mtime(log, FILLED, CLEARED)
    assert findings(project) == [("decisions/0001-keep-linuxbridge.md", 9, "ADR203")]
    assert computed == ["0001-keep-linuxbridge.md"]


def test_racy_entries_are_checked_by_content(project: Project, log: Path, computed: list[str],
                                             whole_second_stamps: None) -> None:
    """Where an edit can leave the stat as it was, a recent entry is trusted only if its content hashes the
    same."""
    assert findings(project) == []
    computed.clear()
    log.write_text(log.read_text(encoding="utf-8").replace(FILLED, CLEARED), encoding="utf-8")
    assert findings(project) == [("decisions/0001-keep-linuxbridge.md", 9, "ADR203")]
    assert computed == ["0001-keep-linuxbridge.md"]
    computed.clear()
    assert findings(project) == [("decisions/0001-keep-linuxbridge.md", 9, "ADR203")]
    assert computed == []  # read, hashed the same: not computed again


def test_a_changed_template_makes_every_entry_stale(project: Project, log: Path, computed: list[str],
                                                    settled_files: None) -> None:
    """A hint added to the project's record template is found in records holding it, though no record changed."""
    project.write(".adr.toml", 'templates = "adr-templates"\n')
    project.write("adr-templates/record.md.j2", "# {{ title }}\n")
    edit_keeping_size_and_mtime(log, FILLED, WITH_HINT)
    assert findings(project) == []
    computed.clear()
    project.write("adr-templates/record.md.j2", f"# {{{{ title }}}}\n\n## Context\n\n{HINT}\n")
    assert findings(project) == [("decisions/0001-keep-linuxbridge.md", 11, "ADR204")]
    assert computed == ["0001-keep-linuxbridge.md", "0002-use-ovn.md"]


def test_a_deleted_link_target_is_seen(project: Project, log: Path, computed: list[str],
                                       settled_files: None) -> None:
    """Links are checked against the files there now, every run, from cached facts."""
    assert findings(project) == []
    computed.clear()
    (project.decisions / "0002-use-ovn.md").unlink()
    assert findings(project) == [("decisions/0001-keep-linuxbridge.md", 19, "ADR403")]
    assert computed == []


def test_facts_made_for_another_reading_are_made_again(project: Project, log: Path, computed: list[str],
                                                      settled_files: None, tmp_path: Path) -> None:
    """Facts are made for where a record's body starts and for its dialect: an entry made for another
    reading of the record (its signature and content the same) is not used."""
    assert findings(project) == []
    [facts_file] = (tmp_path / "cache").glob("facts-*")
    header, entries = read_cache_file(facts_file)
    signature, digest, facts = entries["0001-keep-linuxbridge.md"]
    assert (facts.body_line, facts.sections) == (7, ("context", "decision", "consequences"))
    other = dataclasses.replace(facts, body_line=8, sections=())  # as if the front matter had been longer
    entries["0001-keep-linuxbridge.md"] = (signature, digest, other)
    write_cache_file(facts_file, header, entries)
    computed.clear()
    assert findings(project) == []  # not ADR202 for three sections missing
    assert computed == ["0001-keep-linuxbridge.md"]


def test_a_planted_facts_cache_is_refused(project: Project, log: Path, tmp_path: Path) -> None:
    """A facts cache holding a pickle that would run code is ignored, not executed."""
    assert findings(project) == []
    [facts_file] = (tmp_path / "cache").glob("facts-*")
    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self) -> tuple[object, ...]:
            return (os.system, (f"touch {marker}",))

    header, entries = read_cache_file(facts_file)
    signature, digest, _ = entries["0001-keep-linuxbridge.md"]
    write_cache_file(facts_file, header, {"0001-keep-linuxbridge.md": (signature, digest, Exploit())})
    assert findings(project) == []
    assert not marker.exists()


@pytest.mark.parametrize("value", [42, ("facts",)])
def test_a_misshapen_facts_entry_is_made_again(project: Project, log: Path, tmp_path: Path, value: object) -> None:
    """A facts entry edited by hand into something else (its key kept) is made again, not used."""
    assert findings(project) == []
    [facts_file] = (tmp_path / "cache").glob("facts-*")
    header, entries = read_cache_file(facts_file)
    signature, digest, facts = entries["0001-keep-linuxbridge.md"]
    write_cache_file(facts_file, header, {**entries, "0001-keep-linuxbridge.md": (signature, digest, value)})
    assert findings(project) == []
    assert read_cache_file(facts_file)[1]["0001-keep-linuxbridge.md"][2] == facts


def test_a_warm_validate_loads_no_markdown_parser_or_template_engine(project: Project, log: Path) -> None:
    """With nothing changed and no index to check, `adr validate` needs neither markdown-it, Jinja2, YAML,
    nor adrtool's reader and body scanners."""
    probe = ("import sys\n"
             "from adrtool.console import run\n"
             "run(['validate'])\n"
             "heavy = ('markdown_it', 'jinja2', 'yaml', 'adrtool.records.dialects', 'adrtool.records.body', 'adrtool.records.markdown')\n"
             "print(sorted(m for m in heavy if m in sys.modules))")
    runs = [subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                           cwd=project.root, env={**os.environ, "ADR_TODAY": project.today}).stdout
            for _ in range(2)]
    assert runs[0].splitlines()[-1] != "[]"  # the first run reads the records
    assert runs[1].splitlines()[-1] == "[]"
