"""Reading a log on two cores, records packed as tuples, and the reader's memos give what one process gives."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from pathlib import Path

import pytest

from adrtool import fsio
from adrtool.cache import packing as packed
from adrtool.cache import reading
from adrtool.cache.reading import Sharing
from adrtool.cache.scan import Stat
from adrtool.cache.store import CachedStore
from adrtool.errors import ReadError
from adrtool.model import Record
from adrtool.records import dialects
from adrtool.records.dialects import flatyaml
from adrtool.records.log import read_log
from adrtool.records.store import NullStore
from adrtool.views.visible import json_safe

from forking import ForkServer, counted_forks

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_records() -> list[Record]:
    records = []
    for directory in sorted({path.parent for path in FIXTURES.rglob("*.md")}):
        records.extend(read_log(directory).records)
    return records


def test_packing_covers_every_field() -> None:
    names = {field.name for field in dataclasses.fields(Record)}
    assert set(packed.FIELDS) == names - {"directory"}


def test_every_fixture_record_packs_and_unpacks_to_itself() -> None:
    records = fixture_records()
    assert len(records) > 20
    kinds = {record.format for record in records}
    assert len(kinds) >= 3
    for record in records:
        again = packed.unpack(packed.pack(record), record.directory)
        assert again == record
        assert again.directory is record.directory


def write_log(directory: Path, count: int) -> None:
    directory.mkdir()
    for number in range(1, count + 1):
        revisit = ("yoga", "never", "2022-01-31")[number % 3]
        status = ("proposed", "accepted", "superseded by ADR-0001")[number % 3]
        (directory / f"{number:04d}-decision-{number}.md").write_text(
            f"---\nstatus: {status}\ndate: 2021-04-{number % 28 + 1:02d}\nrevisit: {revisit}\n"
            f"tags: [ovn, team-{number % 5}]\nrelates-to: [{max(1, number - 1)}]\n---\n# Decision {number}\n\n"
            "## Context\n\nSomething.\n", encoding="utf-8")
    (directory / "0007-broken.md").write_text("---\nstatus: !status unclosed\n---\n# Broken\n", encoding="utf-8")
    (directory / "0009-not-utf8.md").write_bytes(b"# Caf\xe9\n")


TWO_CORES = Sharing(parallel_from=2, chunk=4, cores=2)  # 16 chunks to share out for 60 files
ONE_CORE = Sharing(parallel_from=10**9)


def test_two_processes_read_what_one_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           fork_server: ForkServer) -> None:
    """Parsing shared out with a forked worker gives the records, failures and stats of one process alone."""
    write_log(tmp_path / "decisions", 60)
    monkeypatch.setenv("ADR_CACHE_DIR", str(tmp_path / "cache"))
    fork_server.call(read_alone_and_together, tmp_path / "decisions")


def read_alone_and_together(directory: Path) -> None:
    plain = NullStore().read_log(directory)
    alone_store = CachedStore(sharing=ONE_CORE)
    alone = alone_store.read_log(directory)
    shutil.rmtree(os.environ["ADR_CACHE_DIR"])
    forks = counted_forks()
    together_store = CachedStore(sharing=TWO_CORES)
    together = together_store.read_log(directory)
    assert len(forks) == 1
    assert together.records == alone.records == plain.records and len(alone.records) == 60
    assert [(str(error.path), error.line, error.message) for error in together.failures] == \
        [(str(error.path), error.line, error.message) for error in alone.failures] == \
        [(str(error.path), error.line, error.message) for error in plain.failures]
    assert [error.path.name for error in alone.failures if error.path] == ["0007-broken.md", "0009-not-utf8.md"]
    # the stats the worker took came back through its pipe: the body facts are checked against them
    assert together_store.body_facts(together, together.records, frozenset()) == \
        alone_store.body_facts(alone, alone.records, frozenset())


def test_a_stat_sent_as_its_fields_is_the_same_stat(tmp_path: Path) -> None:
    """The worker sends the stats it took as plain tuples: what adrtool keeps of each comes back."""
    (tmp_path / "0001-a.md").write_text("# A\n", encoding="utf-8")
    stat = Stat.of(os.stat(tmp_path / "0001-a.md"))
    [(name, fields), (gone, nothing)] = reading.stat_fields([("0001-a.md", stat), ("0002-gone.md", None)])
    assert fields is not None and (name, gone, nothing) == ("0001-a.md", "0002-gone.md", None)
    again = Stat(*fields)
    assert [getattr(again, field) for field in Stat.__slots__] == [getattr(stat, field) for field in Stat.__slots__]


def test_a_chunk_the_worker_took_and_never_sent_is_read_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             fork_server: ForkServer) -> None:
    """A worker that dies (killed, out of memory) with a chunk in hand costs time, not records."""
    write_log(tmp_path / "decisions", 30)
    monkeypatch.setenv("ADR_CACHE_DIR", str(tmp_path / "cache"))
    numbers, failures = fork_server.call(read_with_a_worker_that_dies, tmp_path / "decisions")
    assert numbers == list(range(1, 31))
    assert failures == 2


def read_with_a_worker_that_dies(directory: Path) -> tuple[list[int | None], int]:
    parent = os.getpid()
    real = dialects.parse_text

    def parse_text(*args: object) -> Record:
        if os.getpid() != parent:
            os._exit(9)
        return real(*args)  # type: ignore[arg-type]

    dialects.parse_text = parse_text  # type: ignore[assignment]  # in the fork server's child alone
    forks = counted_forks()
    log = CachedStore(sharing=TWO_CORES).read_log(directory)
    assert len(forks) == 1
    return [record.number for record in log.records], len(log.failures)


def test_remembered_front_matter_lines_hand_out_their_own_lists() -> None:
    first = flatyaml.parse(["tags: [ovn, gate]", "status: accepted"])
    assert first is not None
    first["tags"].append("changed")
    assert flatyaml.parse(["tags: [ovn, gate]", "status: accepted"]) == {"tags": ["ovn", "gate"],
                                                                       "status": "accepted"}
    assert flatyaml.parse(["status: accepted", "status: accepted"]) is None  # a duplicate key: PyYAML decides


def test_reading_a_file_that_grew_after_the_scan(tmp_path: Path) -> None:
    path = tmp_path / "0001-grown.md"
    path.write_text("# Grown\n" + "x" * 100_000 + "\n", encoding="utf-8")
    directory_fd = os.open(tmp_path, os.O_RDONLY)
    try:
        assert fsio.read_text_in(directory_fd, path, 3).text == path.read_text(encoding="utf-8")
        with pytest.raises(ReadError, match="records are limited to"):
            fsio.read_text_in(directory_fd, path, fsio.MAX_RECORD_BYTES + 1)
        path.write_bytes(b"x" * (fsio.MAX_RECORD_BYTES + 10))
        with pytest.raises(ReadError, match="records are limited to"):
            fsio.read_text_in(directory_fd, path, 10)
        with pytest.raises(ReadError, match="cannot read"):
            fsio.read_text_in(directory_fd, tmp_path / "0002-gone.md", 10)
    finally:
        os.close(directory_fd)


def test_records_json_is_the_generic_encoding(tmp_path: Path) -> None:
    """The list's JSON is json's own encoding of each record's data, one object a line, made safe for a
    terminal (views.visible.json_safe), and that data is each public field as JSON data: fixtures of every
    dialect, and titles, names and tags with quotes, backslashes, control characters, non-ASCII and HTML; `links`
    is every link the record writes, its labelled links and its typed fields' numbers (output.links_data)."""
    from adrtool.project.workspace import locate
    from adrtool.views import output

    write_log(tmp_path / "decisions", 12)
    (tmp_path / "decisions" / "0100-odd.md").write_text(
        '---\nstatus: accepted\ndate: 2021-04-20\ncycle: 2023.1\nrevisit: "2024-01-31"\n'
        'decision-makers: ["Zoë \\"Z\\" Ng", "a\\\\b"]\ninformed: [x\tz]\ntags: ["<b>", "ü", "\\u0001"]\n'
        'supersedes: [3, 4]\nsuperseded-by: ADR-0101\n---\n# Quote " back \\\\ slash </script> \u2028 ✓\n',
        encoding="utf-8")
    workspace = locate(tmp_path, str(tmp_path / "decisions"))
    records = list(read_log(tmp_path / "decisions").records) + fixture_records()
    assert any(record.title and '"' in record.title for record in records)
    data = [output.record_data(record, workspace) for record in records]
    assert data == [{**{name: output.json_value(getattr(record, name)) for name in output.PUBLIC_FIELDS},
                     "links": output.links_data(record), "path": output.shown_path(record, workspace)}
                    for record in records]
    assert any(item["links"] and not item["supersedes"] for item in data)  # the labelled links of a fixture
    assert data[-len(fixture_records()) - 1]["links"] == [  # 0100-odd's front matter: its typed fields alone
        {"kind": "supersedes", "number": 3, "id": None, "href": None},
        {"kind": "supersedes", "number": 4, "id": None, "href": None},
        {"kind": "superseded-by", "number": 101, "id": None, "href": None}]
    generic = json_safe("[\n" + ",\n".join(json.dumps(item, ensure_ascii=False) for item in data) + "\n]")
    assert output.records_json(records, workspace) == output.to_json(data) == generic
    assert output.records_json([], workspace) == output.to_json([]) == "[]"


@pytest.mark.parametrize("count", [0, 1, 2, 3, 4, 7])
def test_the_json_array_in_pieces_is_the_whole_array(count: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from adrtool.views import output

    monkeypatch.setattr(output, "PIECE_OBJECTS", 3)
    objects = [f'{{"number": {number}}}' for number in range(count)]
    pieces = list(output.json_array_pieces(iter(objects)))
    assert "".join(pieces) == output.json_array(objects) + "\n"
    assert len(pieces) == -(-count // 3) + 1
    assert json.loads("".join(pieces)) == [{"number": number} for number in range(count)]


def test_frames_made_on_two_cores_make_a_whole_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     fork_server: ForkServer) -> None:
    """Each process pickles its chunks as frames of the parse cache; the next reading finds every record in
    it (nothing parsed), and a record file changed since is read again."""
    write_log(tmp_path / "decisions", 60)
    monkeypatch.setenv("ADR_CACHE_DIR", str(tmp_path / "cache"))
    first = fork_server.call(read_on_two_cores, tmp_path / "decisions")
    parsed: list[str] = []  # the files read
    real = fsio.read_in

    def read_in(directory_fd: int, name: str, size: int | None) -> tuple[bytes, os.stat_result | None]:
        parsed.append(name)
        return real(directory_fd, name, size)

    monkeypatch.setattr(fsio, "read_in", read_in)
    again = CachedStore(sharing=ONE_CORE).read_log(tmp_path / "decisions")
    assert list(again.records) == first and len(first) == 60
    assert sorted(parsed) == ["0007-broken.md", "0009-not-utf8.md"]  # unreadable files are never cached
    (tmp_path / "decisions" / "0003-decision-3.md").write_text("---\nstatus: rejected\n---\n# Three\n",
                                                                 encoding="utf-8")
    parsed.clear()
    third = CachedStore(sharing=ONE_CORE).read_log(tmp_path / "decisions")
    assert sorted(parsed) == ["0003-decision-3.md", "0007-broken.md", "0009-not-utf8.md"]
    assert [record.status for record in third.records if record.number == 3] == ["rejected"]


def read_on_two_cores(directory: Path) -> list[Record]:
    forks = counted_forks()
    records = list(CachedStore(sharing=TWO_CORES).read_log(directory).records)
    assert len(forks) == 1
    return records
