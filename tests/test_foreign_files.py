"""Files another user, or another place, puts in a project's way are never taken for the project's own: a config
found on the walk up from a project without git must be the user's, a `.git` another user left in a folder
anyone may write to (/tmp) does not make it a repository, and the files a repository holds to configure adrtool
or name its log may not be links to files outside it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import Project

RECORD = "# {title}\n\n## Status\n\nAccepted\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\nx\n"
OTHER_USER = 65534  # nobody
as_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                             reason="only root can give a file to another user")


@pytest.fixture
def planted(project: Project) -> Path:
    """The folder above the project (which has no git) holds another log, `evil/`; the project has its own."""
    above = project.root.parent
    (above / "evil").mkdir()
    (above / "evil" / "0001-planted.md").write_text(RECORD.format(title="Planted"), encoding="utf-8")
    project.write("decisions/0001-mine.md", RECORD.format(title="Mine"))
    return above


@as_root
@pytest.mark.parametrize("name, text", [(".adr.toml", 'dir = "evil"\n'),
                                        ("pyproject.toml", '[tool.adr]\ndir = "evil"\n')])
def test_another_user_s_config_above_a_project_without_git_is_refused(project: Project, planted: Path, name: str,
                                                                     text: str) -> None:
    """Attack round 48, A4: a config someone else left above the project named their folder, and `adr new`
    wrote the user's decision there. Now one line names it and says what to do; nothing is written."""
    config = planted / name
    config.write_text(text, encoding="utf-8")
    os.chown(config, OTHER_USER, -1)
    for args in (("list",), ("new", "Secret")):
        result = project.run(*args)
        assert (result.exit_code, result.stdout, result.stderr) == (
            2, "", f"adr: not using the config {config}: it belongs to another user; give the project a config "
                   f"of its own (.adr.toml) or make it a git repository\n")
    assert sorted(path.name for path in (planted / "evil").iterdir()) == ["0001-planted.md"]


@as_root
def test_a_link_to_another_user_s_config_is_refused_too(project: Project, planted: Path) -> None:
    """The project's own `.adr.toml`, a link (the user's) to the other user's file, is that file."""
    config = planted / "shared.toml"
    config.write_text('dir = "../evil"\n', encoding="utf-8")
    os.chown(config, OTHER_USER, -1)
    (project.root / ".adr.toml").symlink_to(config)
    result = project.run("list")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: not using the config {project.root / '.adr.toml'}: it is a link to a file that belongs to "
           f"another user; give the project a config of its own (.adr.toml) or make it a git repository\n")


def test_the_user_s_own_config_above_a_project_without_git_is_taken(project: Project, planted: Path) -> None:
    """Like ruff's and black's, the walk up takes a config the user keeps above their projects."""
    (planted / ".adr.toml").write_text('dir = "evil"\n', encoding="utf-8")
    result = project.run("list", "--format", "csv")
    assert (result.exit_code, result.stdout.splitlines()[1].split(",")[:2], result.stderr) == (0, ["1", "Planted"], "")


@as_root
@pytest.mark.parametrize("mode", [0o1777, 0o777], ids=["sticky like /tmp", "writable by all"])
def test_a_git_directory_another_user_left_in_a_shared_folder_makes_no_repository(project: Project,
                                                                                  planted: Path, mode: int) -> None:
    """/tmp with a `.git` and an `.adr-dir` of another user's: the project without git is not taken for a
    folder of that "repository", so the `.adr-dir` above it is never read and the project's own log is (this
    stop's attack: a folder writable by all without /tmp's sticky bit was taken for one)."""
    os.chmod(planted, mode)
    (planted / ".git").mkdir()
    (planted / ".adr-dir").write_text("evil\n", encoding="utf-8")
    for path in (planted / ".git", planted / ".adr-dir"):
        os.chown(path, OTHER_USER, -1)
    result = project.run("list", "--format", "csv", env={"ADR_NO_CACHE": "1"})  # (the cache is in that folder)
    assert (result.exit_code, result.stdout.splitlines()[1].split(",")[:2], result.stderr) == (0, ["1", "Mine"], "")


def test_a_repository_s_config_that_links_outside_it_is_refused(project: Project, planted: Path) -> None:
    """A cloned repository's `.adr.toml -> ../elsewhere.toml` is not read (nor its keys quoted in an error)."""
    (project.root / ".git").mkdir()
    outside = planted / "elsewhere.toml"
    outside.write_text("ghp_TOKEN = 1\n", encoding="utf-8")
    (project.root / ".adr.toml").symlink_to(outside)
    result = project.run("list")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: not using the config {project.root / '.adr.toml'}: it is a link to a file outside the "
           f"repository {project.root}\n")


@pytest.mark.parametrize("name", [".adr-dir", "adrs.toml", ".adr.json", "adr.config.json", "dotadr.json", ".log4brains.yml"])
def test_a_file_naming_the_log_that_links_outside_the_project_is_not_read(project: Project, planted: Path,
                                                                          name: str) -> None:
    """Attack round 48, A5: `.adr-dir -> ~/secret` printed the secret's first line in its error, and `adr init`
    made a folder of that name. Now such a file is refused in one line that quotes nothing of it."""
    (project.root / ".git").mkdir()
    secret = planted / "secret"
    secret.write_text("ghp_SECRET123\n", encoding="utf-8")
    (project.root / name).symlink_to(secret)
    for args in (("list",), ("init",)):
        result = project.run(*args)
        assert (result.exit_code, result.stderr) == (
            2, f"adr: not reading {project.root / name}: it is a link to a file outside the project "
               f"{project.root}\n")
    assert sorted(path.name for path in project.root.iterdir()) == sorted([".git", name, "decisions"])


def test_a_file_naming_the_log_may_link_within_the_project(project: Project) -> None:
    """A link inside the project (a monorepo's shared `.adr-dir`) is read as before."""
    (project.root / ".git").mkdir()
    project.write("docs/arch/0001-a.md", RECORD.format(title="Linked"))
    project.write("shared/adr-dir", "docs/arch\n")
    (project.root / ".adr-dir").symlink_to(Path("shared") / "adr-dir")
    result = project.run("list", "--format", "csv")
    assert (result.exit_code, result.stdout.splitlines()[1].split(",")[:2], result.stderr) == (0, ["1", "Linked"], "")


@as_root
def test_another_user_s_python_project_file_above_is_passed_over(project: Project, planted: Path) -> None:
    """A `pyproject.toml` of another user's with no `[tool.adr]` (a container's `/app/pyproject.toml`), or one
    that is no TOML, holds nothing of adrtool's: passed over, where it stopped every command (this stop's attack)."""
    config = planted / "pyproject.toml"
    for text in ('[project]\nname = "x"\n', "not = [toml\n"):
        config.write_text(text, encoding="utf-8")
        os.chown(config, OTHER_USER, -1)
        result = project.run("list", "--format", "csv")
        assert (result.exit_code, result.stdout.splitlines()[1].split(",")[:2], result.stderr) == (
            0, ["1", "Mine"], "")


def test_where_files_have_no_owner_a_git_directory_is_a_repository(project: Project,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows no file has an owner to tell (every folder reads as writable by all): a `.git` makes a
    repository there as it always did, whose log is found from a folder below its root."""
    from adrtool.project import config

    monkeypatch.setattr(config, "_USER", None)
    (project.root / ".git").mkdir()
    os.chmod(project.root, 0o777)
    project.write("docs/adr/0001-a.md", RECORD.format(title="Configured"))
    (project.root / "sub").mkdir()
    os.chdir(project.root / "sub")
    result = project.run("list", "--format", "csv", env={"ADR_NO_CACHE": "1"})
    assert (result.exit_code, result.stdout.splitlines()[1].split(",")[:2], result.stderr) == (
        0, ["1", "Configured"], "")


CALENDAR = '[[series]]\nname = "q1"\ndisplay = "Q1 2025"\nrelease_date = 2025-03-31\n'


@pytest.mark.parametrize("name, key, named", [
    (".adr.toml", "calendar", "{planted}/secret"),
    (".adr.toml", "templates", "../elsewhere"),
    ("pyproject.toml", "calendar", "cal.toml"),
    (".adr.toml", "templates", "tpl"),
], ids=["absolute", "relative", "a link to a file", "a link to a folder"])
def test_a_repository_s_config_may_not_name_a_file_outside_it(project: Project, planted: Path, name: str,
                                                              key: str, named: str) -> None:
    """This stop's attack: a cloned repository's `calendar = "/etc/passwd"` made adrtool read the file (and
    quote where its TOML broke), `templates = "../../other"` took another folder's templates. A config in a
    repository may name only its files: whatever names one elsewhere (directly, relatively or through a link
    of the repository) is refused in one line that quotes nothing of it, and nothing is written."""
    (project.root / ".git").mkdir()
    secret = planted / "secret"
    secret.write_text("ghp_SECRET123\n", encoding="utf-8")
    (planted / "elsewhere").mkdir()
    (planted / "elsewhere" / "record.md.j2").write_text("# {{ title }} ghp_SECRET123\n", encoding="utf-8")
    (project.root / "cal.toml").symlink_to(secret)
    (project.root / "tpl").symlink_to(planted / "elsewhere")
    setting = f'{key} = "{named.format(planted=planted)}"\n'
    project.write(name, f"[tool.adr]\n{setting}" if name == "pyproject.toml" else setting)
    outside = secret if key == "calendar" else planted / "elsewhere"
    for args in (("cycles",), ("new", "Secret"), ("list",)):
        result = project.run(*args)
        assert (result.exit_code, result.stdout, result.stderr) == (
            2, "", f"adr: not using the config {project.root / name}: its {key} names {outside}, outside the "
                   f"repository {project.root}\n")
    assert sorted(path.name for path in project.decisions.iterdir()) == ["0001-mine.md"]


def test_a_repository_s_config_may_name_its_own_files_through_links(project: Project) -> None:
    """A calendar and templates inside the repository, named directly or through a link within it, are read
    as before."""
    (project.root / ".git").mkdir()
    project.write("decisions/0001-mine.md", RECORD.format(title="Mine"))
    project.write("config/calendar.toml", CALENDAR)
    ours = "# {{ title }}\n\nDate: {{ date }}\n\n## Status\n\nProposed\n\n## Context\n\nOurs\n\n## Decision\n\nd\n\n" \
           "## Consequences\n\nx\n"
    project.write("config/templates/record.md.j2", ours)
    (project.root / "cal.toml").symlink_to(Path("config") / "calendar.toml")
    project.write(".adr.toml", 'calendar = "cal.toml"\ncalendar-mode = "replace"\ntemplates = "config/templates"\n')
    cycles = project.run("cycles", "--format", "json")
    assert (cycles.exit_code, [cycle["name"] for cycle in json.loads(cycles.stdout)], cycles.stderr) == (0, ["q1"], "")
    created = project.run("new", "Ours")
    assert (created.exit_code, created.stderr) == (0, "")
    assert project.read("decisions/0002-ours.md") == ours.replace("{{ title }}", "Ours").replace("{{ date }}",
                                                                                              project.today)


def test_the_user_s_own_config_outside_a_repository_names_its_own_files(project: Project, planted: Path) -> None:
    """The user's config above projects without git (in no repository) may name a calendar beside it."""
    (planted / "calendar.toml").write_text(CALENDAR, encoding="utf-8")
    (planted / ".adr.toml").write_text('dir = "project/decisions"\ncalendar = "calendar.toml"\n'
                                       'calendar-mode = "replace"\n', encoding="utf-8")
    cycles = project.run("cycles", "--format", "json")
    assert (cycles.exit_code, [cycle["name"] for cycle in json.loads(cycles.stdout)], cycles.stderr) == (0, ["q1"], "")
