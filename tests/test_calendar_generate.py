"""The shipped calendar is what the generator writes from the openstack/releases files kept in the repository."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from adrtool.calendar.cycles import Calendar, load_shipped
from adrtool.calendar.generate import generate, main

ROOT = Path(__file__).resolve().parents[1]
RELEASES = ROOT / "tests/fixtures/openstack-releases"
SHIPPED = ROOT / "adrtool/data"
FILES = ("openstack-cycles.toml", "openstack-events.toml")
REVISION = "02df7c9a3cc39cf886c8c1b8181d5e4ed96781c9 (2026-08-21)"


@pytest.fixture(scope="module")
def generated() -> dict[str, str]:
    return generate(RELEASES, REVISION)


def written(files: dict[str, str], directory: Path) -> Calendar:
    """The calendar the generated files make, written in ``directory``."""
    directory.mkdir(exist_ok=True)
    for name, text in files.items():
        (directory / name).write_text(text, encoding="utf-8")
    return load_shipped(directory)


def test_the_copy_of_openstack_releases_rebuilds_the_shipped_calendar_byte_for_byte(generated: dict[str, str]) -> None:
    """Generating from tests/fixtures/openstack-releases gives adrtool/data/openstack-{cycles,events}.toml exactly."""
    assert sorted(generated) == sorted(FILES)
    for name in FILES:
        assert generated[name].encode("utf-8") == (SHIPPED / name).read_bytes(), name


def test_the_copy_keeps_its_licence_and_provenance() -> None:
    """The copied files sit beside the Apache-2.0 licence and a README naming the commit they come from."""
    assert "Apache License" in (RELEASES / "LICENSE").read_text(encoding="utf-8")
    assert REVISION.split()[0] in (RELEASES / "README.md").read_text(encoding="utf-8")


def test_one_command_writes_and_checks_the_files(tmp_path: Path) -> None:
    """`python -m adrtool.calendar.generate CHECKOUT -o DIR` writes both files; --check passes on them, fails after
    an edit, and a path that is no checkout is a usage error."""
    out = tmp_path / "data"
    out.mkdir()
    command = [sys.executable, "-m", "adrtool.calendar.generate", str(RELEASES), "--revision", REVISION]
    done = subprocess.run([*command, "-o", str(out)], capture_output=True, text=True, cwd=ROOT, check=False)
    assert (done.returncode, done.stderr) == (0, "".join(f"adr: wrote {out / name}\n" for name in FILES))
    assert all((out / name).read_bytes() == (SHIPPED / name).read_bytes() for name in FILES)
    assert main([str(RELEASES), "--revision", REVISION, "-o", str(out), "--check"]) == 0
    events = out / "openstack-events.toml"
    events.write_text(events.read_text(encoding="utf-8").replace("2021-08-30", "2021-08-31"), encoding="utf-8")
    assert main([str(RELEASES), "--revision", REVISION, "-o", str(out), "--check"]) == 1
    assert main([str(tmp_path), "-o", str(out)]) == 2


def test_a_newer_checkout_adds_its_series(tmp_path: Path) -> None:
    """A checkout with one more series (a copy with Juniper's status and schedule) gives a calendar with it: the
    next maintainer's update is one command."""
    checkout = tmp_path / "releases"
    shutil.copytree(RELEASES, checkout)
    status = checkout / "data/series_status.yaml"
    status.write_text("---\n- name: juniper\n  release-id: 2027.2\n  status: future\n  initial-release: 2027-09-29\n"
                      + status.read_text(encoding="utf-8").removeprefix("---\n"), encoding="utf-8")
    (checkout / "doc/source/juniper").mkdir()
    (checkout / "doc/source/juniper/schedule.yaml").write_text(
        "---\ncycle:\n- start: '2027-04-05'\n  end: '2027-04-09'\n  name: R-25\n  x-project:\n  - j-ptg\n"
        "- start: '2027-08-16'\n  end: '2027-08-20'\n  name: R-6\n  x-project:\n  - j-ff\n"
        "  project-specific:\n  - j-nova-spec-freeze\n", encoding="utf-8")
    (checkout / "doc/source/juniper/schedule.rst").write_text(
        ".. _j-nova-spec-freeze:\n\nNova Spec Freeze\n^^^^^^^^^^^^^^^^\n\nNo new specs.\n", encoding="utf-8")
    juniper = written(generate(checkout), tmp_path / "data").find("2027.2")
    assert (juniper.name, juniper.release_date, juniper.ptg_start, juniper.ptg_end) == (
        "juniper", date(2027, 9, 29), date(2027, 4, 5), date(2027, 4, 9))
    assert [(e.name, e.title, e.start, e.kind) for e in juniper.events] == [
        ("ff", "feature freeze", date(2027, 8, 16), "cross-project"),
        ("nova-spec-freeze", "Nova Spec Freeze", date(2027, 8, 16), "team")]


def test_events_belong_to_the_series_their_letter_names(generated: dict[str, str], tmp_path: Path) -> None:
    """Pike's first PTG sits in Ocata's schedule (p-ptg0); Indri's schedule repeats Hibiscus' release week
    (h-final) and Zed's repeats Yoga's with another last day: each series keeps its own schedule's week."""
    calendar = written(generated, tmp_path / "data")
    pike = calendar.find("pike")
    assert (pike.ptg_start, pike.ptg_end) == (date(2017, 2, 20), date(2017, 2, 24))
    yoga_final = calendar.find("yoga").event("final")
    assert yoga_final is not None and [tuple(s) for s in yoga_final.spans] == [(date(2022, 3, 28), date(2022, 3, 30))]
    assert calendar.find("indri").event("final") is not None
    hibiscus_final = calendar.find("hibiscus").event("final")
    assert hibiscus_final is not None and hibiscus_final.start == date(2026, 9, 28)
    # The Train and Ussuri PTGs are not in openstack/releases: they come from the generator's sourced table.
    assert calendar.find("train").ptg_start == date(2019, 5, 2)
    assert "# PTG not in openstack/releases: the PTG followed the Denver summit" in generated["openstack-cycles.toml"]
