"""The parse cache never serves a stale record, and is safe to delete or to find tampered with."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import date
from pathlib import Path

import pytest

from adrtool.cache import parsed as cache

from conftest import Project, read_cache_file, write_cache_file

RECORD = "---\nstatus: {status}\ndate: 2021-04-19\n---\n# Keep Linuxbridge\n"


@pytest.fixture
def cached(project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A one-record log with its cache in a known place."""
    monkeypatch.setenv("ADR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("ADR_NO_CACHE", raising=False)
    return project.write("decisions/0001-keep-linuxbridge.md", RECORD.format(status="proposed"))


def statuses(project: Project) -> list[str]:
    result = project.run("list", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return [record["status"] for record in json.loads(result.stdout)]


def test_an_edited_file_is_read_again(project: Project, cached: Path, tmp_path: Path) -> None:
    """An edit of the same size with the old mtime put back is still seen (ctime and inode move)."""
    assert statuses(project) == ["proposed"]
    assert list((tmp_path / "cache").iterdir())
    stat = cached.stat()
    cached.write_text(RECORD.format(status="accepted"), encoding="utf-8")
    assert cached.stat().st_size == stat.st_size
    os.utime(cached, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert statuses(project) == ["accepted"]


def test_racy_entries_are_checked_by_content(project: Project, cached: Path, whole_second_stamps: None) -> None:
    """Where an edit can leave the stat as it was, a recent entry is trusted only if its content hashes the same."""
    assert statuses(project) == ["proposed"]
    cached.write_text(RECORD.format(status="accepted"), encoding="utf-8")
    assert statuses(project) == ["accepted"]


def test_old_entries_are_trusted_by_their_signature(project: Project, cached: Path, settled_files: None,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry older than the racy window is served from the cache without reading the file."""
    assert statuses(project) == ["proposed"]
    calls = []
    real_digest = cache.content_digest
    monkeypatch.setattr(cache, "content_digest", lambda data: calls.append(1) or real_digest(data))
    assert statuses(project) == ["proposed"]
    assert calls == []


def test_deleted_and_added_files(project: Project, cached: Path) -> None:
    """A deleted record leaves the list and a new one joins it."""
    assert statuses(project) == ["proposed"]
    project.write("decisions/0002-use-ovn.md", RECORD.format(status="accepted").replace("Keep Linuxbridge", "Use OVN"))
    assert statuses(project) == ["proposed", "accepted"]
    cached.unlink()
    assert statuses(project) == ["accepted"]


def test_corrupt_or_planted_cache_is_ignored(project: Project, cached: Path, tmp_path: Path) -> None:
    """A truncated cache is ignored; a pickle that would run code is refused, not executed."""
    statuses(project)
    [cache_path] = list((tmp_path / "cache").glob("records-*"))
    cache_path.write_bytes(b"\x80\x05garbage")
    assert statuses(project) == ["proposed"]

    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self) -> tuple[object, ...]:
            return (os.system, (f"touch {marker}",))

    header, entries = read_cache_file(cache_path)
    [(name, (sig, digest, _))] = entries.items()
    write_cache_file(cache_path, header, {name: (sig, digest, Exploit())})  # the frame its record is read from
    assert statuses(project) == ["proposed"]
    assert not marker.exists()


@pytest.mark.parametrize("value", [(1, 2), "a packed record", (None,) * 22, ("x",) * 22])
def test_a_misshapen_entry_is_read_again(project: Project, cached: Path, tmp_path: Path, value: object) -> None:
    """A cache file edited by hand, its key kept: an entry of another shape than adrtool writes is not
    served (nor a traceback shown): the file is read again, and the entry replaced."""
    expected = project.run("list", "--format", "json").stdout
    [cache_path] = list((tmp_path / "cache").glob("records-*"))
    header, entries = read_cache_file(cache_path)
    [(name, (sig, digest, _))] = entries.items()
    write_cache_file(cache_path, header, {name: (sig, digest, value)})
    result = project.run("list", "--format", "json")
    assert (result.exit_code, result.stdout, result.stderr) == (0, expected, "")
    assert read_cache_file(cache_path)[1][name][2] == entries[name][2]


@pytest.mark.parametrize("day", [date(2021, 4, 19), "2021-04-19", 10**12, True])
def test_an_entry_whose_day_is_not_an_ordinal_is_read_again(project: Project, cached: Path, tmp_path: Path,
                                                            day: object) -> None:
    """Days are cached as ordinals: one kept as anything else (an older cache's date, a string, a day past
    year 9999) is not served; the file is read again."""
    from adrtool.cache.packing import FIELDS

    expected = project.run("list", "--format", "json").stdout
    [cache_path] = list((tmp_path / "cache").glob("records-*"))
    header, entries = read_cache_file(cache_path)
    [(name, (sig, digest, value))] = entries.items()
    assert value[FIELDS.index("date")] == date(2021, 4, 19).toordinal()
    changed = list(value)
    changed[FIELDS.index("date")] = day
    write_cache_file(cache_path, header, {name: (sig, digest, tuple(changed))})
    result = project.run("list", "--format", "json")
    assert (result.exit_code, result.stdout, result.stderr) == (0, expected, "")
    assert read_cache_file(cache_path)[1][name][2] == value


@pytest.mark.parametrize("entry", [(1, 2), ((1, 2), b"hash", None), "abc"])
def test_a_misshapen_entry_drops_the_cache(project: Project, cached: Path, tmp_path: Path, entry: object) -> None:
    """An entry that is not (signature, hash, value) makes the whole file unusable, even one kept for a
    file that cannot be read (its entry is never replaced): the cache is rewritten."""
    project.write("decisions/0002-broken.md", "---\nstatus: !status x\n---\n# Broken\n")
    expected = project.run("list", "--format", "json")
    assert expected.exit_code == 2 and "0002-broken.md" in expected.stderr
    [cache_path] = list((tmp_path / "cache").glob("records-*"))
    header, entries = read_cache_file(cache_path)
    write_cache_file(cache_path, header, {**entries, "0002-broken.md": entry})
    result = project.run("list", "--format", "json")
    assert (result.exit_code, result.stdout, result.stderr) == (2, expected.stdout, expected.stderr)
    assert without_hashes(read_cache_file(cache_path)[1]) == without_hashes(entries)


def without_hashes(entries: dict[str, tuple[object, ...]]) -> dict[str, tuple[object, object]]:
    """Entries as (signature, value): whether an entry still keeps its content hash depends on how long ago
    its file changed when the cache was written (a loaded machine is slower), not on what it says."""
    return {name: (entry[0], entry[2]) for name, entry in entries.items()}


def test_cache_lives_in_the_git_directory(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a git repository the cache goes under .git/adrtool, so `git status` never shows it."""
    monkeypatch.delenv("ADR_CACHE_DIR", raising=False)
    monkeypatch.delenv("ADR_NO_CACHE", raising=False)
    subprocess.run(["git", "init", "-q"], cwd=project.root, check=True)
    project.write("decisions/0001-keep-linuxbridge.md", RECORD.format(status="proposed"))
    old = 1_600_000_000_000_000_000
    os.utime(project.decisions / "0001-keep-linuxbridge.md", ns=(old, old))
    assert project.run_console("list", "--format", "json").exit_code == 0
    assert sorted(path.name.split("-")[0] for path in (project.root / ".git/adrtool").iterdir()) == \
        ["answers", "records"]
    status = subprocess.run(["git", "status", "--porcelain"], cwd=project.root, capture_output=True, text=True,
                            check=True).stdout
    assert status == "?? decisions/\n"


def test_no_cache_switch(project: Project, cached: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ADR_NO_CACHE=1 writes no cache."""
    monkeypatch.setenv("ADR_NO_CACHE", "1")
    assert statuses(project) == ["proposed"]
    assert not (tmp_path / "cache").exists()


def _digests(tmp_path: Path) -> list[bool]:
    [cache_path] = [path for path in (tmp_path / "cache").iterdir() if path.name.startswith("records")]
    return [entry[1] is not None for entry in read_cache_file(cache_path)[1].values()]


def test_an_edit_in_the_same_tick_is_seen(project: Project, cached: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A nanosecond filesystem whose clock ticks coarsely: an edit within the tick keeps the stat; the entry,
    written within the tick, was kept with its hash."""
    import time

    tick = time.time_ns() + 1_000_000_007  # not a whole number of milliseconds: a fine-grained filesystem
    monkeypatch.setattr(cache, "signature", lambda stat: (stat.st_size, tick, tick, stat.st_ino))
    assert statuses(project) == ["proposed"]
    assert _digests(tmp_path) == [True]
    cached.write_text(RECORD.format(status="accepted"), encoding="utf-8")
    assert statuses(project) == ["accepted"]


def test_racy_entries_settle_once_old_enough(project: Project, cached: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry kept with its hash is rewritten without it once its file is older than the window, and is
    then served without reading the file."""
    import time

    monkeypatch.setattr(cache, "FINE_MARGIN_NS", 3_600 * 1_000_000_000)
    assert statuses(project) == ["proposed"]
    assert _digests(tmp_path) == [True]
    monkeypatch.setattr(cache, "FINE_MARGIN_NS", 20_000_000)
    time.sleep(0.05)
    assert statuses(project) == ["proposed"]
    assert _digests(tmp_path) == [False]
    calls = []
    real_digest = cache.content_digest
    monkeypatch.setattr(cache, "content_digest", lambda data: calls.append(1) or real_digest(data))
    assert statuses(project) == ["proposed"]
    assert calls == []


def test_the_clock_reads_the_files_filesystem(tmp_path: Path) -> None:
    """Calibrated on the files' own filesystem, a fine-grained stamp is racy for FINE_MARGIN_NS before the
    scan; whole-second stamps, or an uncalibrated clock (another filesystem), for RACY_SECONDS."""
    probe_path = tmp_path / "probe"
    probe_path.write_bytes(b"")
    probe = probe_path.stat()
    clock = cache.Clock(scanned_ns=probe.st_mtime_ns, device=probe.st_dev)
    clock.calibrate(probe)
    scan = clock.reference
    assert abs(scan - probe.st_mtime_ns) < 1_000_000_000  # the files' clock, less the time since the "scan"
    fine = scan - cache.FINE_MARGIN_NS - 7
    assert not clock.is_racy((1, fine, fine, 1))
    assert clock.is_racy((1, fine + 14, fine, 1))
    second = (scan // 1_000_000_000 - 1) * 1_000_000_000
    assert clock.is_racy((1, second, second, 1))
    elsewhere = cache.Clock(scanned_ns=scan, device=probe.st_dev + 1)
    elsewhere.calibrate(probe)
    assert not elsewhere.calibrated
    assert elsewhere.is_racy((1, fine, fine, 1))


def test_judging_many_stamps_at_once_is_never_more_trusting(tmp_path: Path) -> None:
    """`any_racy` over a list says racy whenever `is_racy` says so of one of them (and may say so more often)."""
    import random

    probe_path = tmp_path / "probe"
    probe_path.write_bytes(b"")
    probe = probe_path.stat()
    rng = random.Random(7)
    for calibrated in (True, False):
        clock = cache.Clock(scanned_ns=probe.st_mtime_ns, device=probe.st_dev if calibrated else None)
        clock.calibrate(probe)
        reference = clock.reference
        for _ in range(2000):
            sigs = []
            for _ in range(rng.randint(0, 5)):
                stamp = reference - rng.choice([0, 1, 10**6, cache.FINE_MARGIN_NS, 10**9, 3 * 10**9]) \
                    + rng.choice([-1, 0, 1])
                if rng.random() < 0.2:
                    stamp -= stamp % 10_000_000  # looks like a coarse filesystem's
                sigs.append((1, stamp, stamp + rng.choice([0, 0, 5]), 1))
            if any(clock.is_racy(sig) for sig in sigs):
                assert clock.any_racy(sigs)
            if not sigs:
                assert not clock.any_racy(sigs)


def test_frames_whose_entries_all_hold_are_kept_as_they_were(project: Project, cached: Path, tmp_path: Path,
                                                             settled_files: None) -> None:
    """A record added to a cached log: the records already cached are not pickled again; their frame is
    written back byte for byte, and the new record gets a frame of its own."""
    assert statuses(project) == ["proposed"]
    [cache_path] = list((tmp_path / "cache").glob("records-*"))
    first = cache_path.read_bytes()
    frame = first[len(cache.MAGIC):-4 - int.from_bytes(first[-4:], "little")]  # its one frame
    project.write("decisions/0002-use-ovn.md", RECORD.format(status="accepted").replace("Keep Linuxbridge", "Use OVN"))
    assert statuses(project) == ["proposed", "accepted"]
    second = cache_path.read_bytes()
    assert frame in second
    assert sorted(read_cache_file(cache_path)[1]) == ["0001-keep-linuxbridge.md", "0002-use-ovn.md"]


def test_a_cache_whose_files_all_changed_is_not_unpickled(project: Project, cached: Path, tmp_path: Path) -> None:
    """The index is read first; a frame is read only for an entry that still holds. Here the frame cannot be
    unpickled: entries asked for with other signatures (their files changed) are misses and leave the cache
    as it is; the entry asked for as it holds finds the damage, and the cache is dropped."""
    assert statuses(project) == ["proposed"]
    [cache_path] = list((tmp_path / "cache").glob("records-*"))
    header, entries = read_cache_file(cache_path)
    [(name, (sig, _, _))] = entries.items()
    data = cache_path.read_bytes()
    index_at = len(data) - 4 - int.from_bytes(data[-4:], "little")
    cache_path.write_bytes(cache.MAGIC + b"\0" * (index_at - len(cache.MAGIC)) + data[index_at:])  # frames spoilt

    stored = cache.ParseCache(cache_path, header["key"])
    changed = (sig[0] + 1, *sig[1:])
    assert stored.get(name, changed, project.decisions) is None and stored  # not read: still held
    assert stored.get(name, sig, project.decisions) is None and not stored  # read, refused: dropped
    stored.close()
