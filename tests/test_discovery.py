"""Where a log is found when no name adrtool knows says where: structurizr's `!adrs`, Backstage's
`backstage.io/adr-location`, a conventional directory's subfolders, a search of the tree, the root itself; and
that none of these changes which log the earlier ways find."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from adrtool.project.discovery import record_like, says_decisions
from adrtool.project.workspace import CONVENTIONAL_NAMES
from adrtool.records.names import is_record_name, lettered_names, slug_names

from conftest import Project, adr, no_log_line
from gitrepo import GitRepo

NYGARD = "# {n}. {title}\n\nDate: 2021-04-19\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n"
NOTHING = "(looked for decisions/"  # how the one line saying that no log was found begins its list


def records(project: Project, folder: str, *names: str) -> None:
    for number, name in enumerate(names, start=1):
        project.write(f"{folder}/{name}", NYGARD.format(n=number, title=name.removesuffix(".md")))


# Numbered files that are no decisions, with the near misses of one: a chapter's `## Status codes`, an HTTP
# answer's `Status: 200 OK`, a blog post's `status: publish`, a context without a decision, a sentence's status.
CHAPTER = ("---\ntitle: {title}\nstatus: publish\n---\n\n# {n}. {title}\n\n## Context\n\nWhat you need.\n\n"
           "## Status codes\n\n```\nStatus: 200 OK\n```\n\nThe status of the decision to install is yours.\n")


def chapters(project: Project, folder: str, *names: str) -> None:
    for number, name in enumerate(names, start=1):
        project.write(f"{folder}/{name}", CHAPTER.format(n=number, title=name.removesuffix(".md")))


def paths(project: Project, *args: str) -> list[str]:
    result = project.run(*args, "list", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return [row["path"] for row in json.loads(result.stdout)]


def logs(project: Project) -> list[tuple[str, str]]:
    result = project.run("list", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return [(row["log"], row["path"].rsplit("/", 1)[-1]) for row in json.loads(result.stdout)]


def no_log(project: Project) -> bool:
    result = project.run("list")
    return result.exit_code == 2 and NOTHING in result.stderr


# Other tools' files


def test_structurizr_s_adrs_names_the_log_relative_to_the_dsl(project: Project) -> None:
    """starterstack: `docs/structurizr/workspace.dsl` says `!adrs doc/adr`; the path is the .dsl file's."""
    project.write("docs/structurizr/workspace.dsl", 'workspace "S" {\n    !docs doc\n    !adrs doc/adr\n\n'
                                                    "    model {\n    }\n}\n")
    records(project, "docs/structurizr/doc/adr", "0001-record-architecture-decisions.md", "0002-add-waf.md")
    project.write("docs/structurizr/doc/1-onboarding.md", "# Onboarding\n")
    assert paths(project) == ["docs/structurizr/doc/adr/0001-record-architecture-decisions.md",
                              "docs/structurizr/doc/adr/0002-add-waf.md"]


def test_every_adrs_of_a_workspace_is_read_together_and_comments_name_nothing(project: Project) -> None:
    """A workspace's `!adrs` and a software system's (a quoted path, a type after it) are two logs read
    together; `!adrs` in a `#`, `//` or block comment, or naming a URL, names nothing."""
    project.write("workspace.dsl", 'workspace {\n    !adrs "arch decisions" madr\n    # !adrs commented\n'
                                   "    // !adrs commented\n    /*\n    !adrs commented\n    */\n"
                                   "    !adrs https://example.com/adrs\n    model {\n"
                                   '        s = softwareSystem "S" {\n            !ADRS s/records\n        }\n    }\n}\n')
    for folder in ("arch decisions", "s/records", "commented"):
        records(project, folder, "0001-a.md")
    assert logs(project) == [("arch decisions", "0001-a.md"), ("s/records", "0001-a.md")]


def test_a_decision_log_directory_is_found_with_its_unnumbered_records(project: Project) -> None:
    """jdanil/skunkworks keeps `docs/decision-log/` (a record a file, named by its words, `index.md` beside them):
    no log was found. `decision-log` says by its name that it holds decisions, as `decisions` does."""
    for name in ("bundler", "code-formatting", "fonts"):
        project.write(f"docs/decision-log/{name}.md", f"# {name.title()}\n\n## Decision\n\nWe chose it.\n")
    project.write("docs/decision-log/index.md", "# Decision log\n\n- [Fonts](fonts.md)\n")
    assert paths(project) == ["docs/decision-log/bundler.md", "docs/decision-log/code-formatting.md",
                              "docs/decision-log/fonts.md"]


def test_a_decisions_directory_named_in_capitals_is_found_once(project: Project) -> None:
    """thebyronc/snek keeps `docs/DECISIONS/` (as logs are named `ADR/`): no log was found. Where the file system
    ignores case, `docs/decisions` and `docs/DECISIONS` are one directory: a directory under a second conventional
    name that is the same one (a symbolic link here) is read once."""
    records(project, "docs/DECISIONS", "20201016-initial-choices.md")
    assert paths(project) == ["docs/DECISIONS/20201016-initial-choices.md"]
    (project.root / "docs" / "decisions").symlink_to("DECISIONS")
    assert paths(project) == ["docs/DECISIONS/20201016-initial-choices.md"]


def test_backstage_s_annotation_names_the_log(project: Project) -> None:
    """`backstage.io/adr-location: docs/adrs` in the root's catalog-info.yaml, relative to that file, in
    whichever of its entities says it; a URL there names no directory of the project."""
    project.write("catalog-info.yaml", "apiVersion: backstage.io/v1alpha1\nkind: System\nmetadata:\n  name: s\n"
                                       "---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n"
                                       "  name: c\n  annotations:\n    backstage.io/adr-location: docs/records/\n"
                                       "spec:\n  type: service\n")
    records(project, "docs/records", "0001-use-adrs.md")  # neither conventional nor found by the search
    assert paths(project) == ["docs/records/0001-use-adrs.md"]
    project.write("catalog-info.yaml", "metadata:\n  annotations:\n    backstage.io/adr-location: "
                                       "https://github.com/o/r/tree/main/docs/records\n")
    assert no_log(project)


def test_a_named_directory_outside_the_project_is_refused(project: Project, tmp_path: Path) -> None:
    """As for `.adr-dir`: a directory these files name must lie inside the project once resolved (a symbolic
    link included); one that does not exist is passed over."""
    records(project, "../elsewhere", "0001-a.md")
    project.write("workspace.dsl", "workspace {\n    !adrs ../elsewhere\n}\n")
    result = project.run("list")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: the decision directory {tmp_path / 'elsewhere'} named by workspace.dsl "
           f"({project.root / '../elsewhere'}) is outside the project {project.root}; pass --dir to use it\n")
    (project.root / "workspace.dsl").unlink()
    (project.root / "link").symlink_to(tmp_path / "elsewhere")
    project.write("catalog-info.yaml", "metadata:\n  annotations:\n    backstage.io/adr-location: link\n")
    assert project.run("list").stderr.startswith(f"adr: the decision directory {tmp_path / 'elsewhere'} named by "
                                                 "catalog-info.yaml")
    project.write("catalog-info.yaml", "metadata:\n  annotations:\n    backstage.io/adr-location: gone\n")
    assert no_log(project)


def test_a_component_s_log_linked_outside_the_project_is_passed_over_and_said(project: Project,
                                                                              tmp_path: Path) -> None:
    """Round 57's attack (F9): `svc/decisions -> /elsewhere` beside `docs/adr/` and `svc/adr/` made every command
    refuse the whole workspace. The link is passed over, said in one line on every reading (relative to where adr
    runs), and the component's own `svc/adr/` read; --dir still reads through it."""
    (project.root / ".git").mkdir()
    records(project, "docs/adr", "0001-a.md")
    records(project, "svc/adr", "0001-b.md")
    records(project, "../elsewhere", "0001-c.md", "0002-d.md")
    (project.root / "svc/decisions").symlink_to(tmp_path / "elsewhere")
    said = (f"adr: svc/decisions/ leads outside the project (to {tmp_path / 'elsewhere'}) through a symbolic link: "
            "not read; pass --dir {} to read it\n")
    for args in (("list", "--format", "json"), ("validate",)):
        result = project.run(*args)
        assert (result.exit_code, result.stderr) == (0, said.format("svc/decisions"))
    assert logs(project) == [("docs/adr", "0001-a.md"), ("svc/adr", "0001-b.md")]
    os.chdir(project.root / "svc")
    result = project.run("show", "1")
    assert (result.exit_code, result.stdout.splitlines()[0]) == (0, "# 1. 0001-b")
    assert result.stderr == said.format("decisions")
    assert paths(project, "--dir", "decisions") == [str(tmp_path / "elsewhere/0001-c.md"),
                                                    str(tmp_path / "elsewhere/0002-d.md")]


def test_a_component_s_linked_log_is_found_where_the_component_holds_files_alone(project: Project,
                                                                                tmp_path: Path) -> None:
    """Attack 58 F10: `svc/decisions -> ../shared/decs` in a `svc/` holding files alone was not read (its link count
    says it holds no folder; a link is not counted) until an unrelated `svc/src/` was made; nor was a link leading
    outside said. The same logs, and the same note, with or without `svc/src/`."""
    (project.root / ".git").mkdir()
    records(project, "docs/adr", "0001-a.md")
    records(project, "shared/decs", "0001-s.md")
    project.write("svc/main.py", "print()\n")
    (project.root / "svc/decisions").symlink_to("../shared/decs")
    assert logs(project) == [("docs/adr", "0001-a.md"), ("shared/decs", "0001-s.md")]
    (project.root / "svc/decisions").unlink()
    records(project, "../elsewhere", "0001-c.md")
    (project.root / "svc/decisions").symlink_to(tmp_path / "elsewhere")
    result = project.run("list", "--format", "json")
    assert (result.exit_code, result.stderr) == (
        0, f"adr: svc/decisions/ leads outside the project (to {tmp_path / 'elsewhere'}) through a symbolic link: "
           "not read; pass --dir svc/decisions to read it\n")


def test_a_link_outside_the_project_is_refused_where_it_would_be_the_only_log(project: Project,
                                                                              tmp_path: Path) -> None:
    """Near miss: where nothing else is a log, a component's link leading outside is refused as before (`adr new`
    would start a log of its own elsewhere), and so is a link `.adr-dir` names."""
    records(project, "../elsewhere", "0001-c.md")
    (project.root / "svc").mkdir()
    (project.root / "svc/decisions").symlink_to(tmp_path / "elsewhere")
    (project.root / "svc/src").mkdir()
    result = project.run("new", "Anywhere")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: the decision directory {tmp_path / 'elsewhere'} named by the component log "
           f"{project.root / 'svc/decisions'} is outside the project {project.root}; pass --dir to use it\n")
    records(project, "docs/adr", "0001-a.md")
    project.write(".adr-dir", "svc/decisions\n")
    result = project.run("list")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: the decision directory {tmp_path / 'elsewhere'} named by .adr-dir is outside the project "
           f"{project.root}; pass --dir to use it\n")
    assert sorted(path.name for path in (tmp_path / "elsewhere").iterdir()) == ["0001-c.md"]


def test_a_naming_file_adr_cannot_read_names_nothing(project: Project) -> None:
    """These files are other tools': broken YAML, bytes that are not UTF-8, or a directory in the file's place
    name no log, and the search goes on."""
    records(project, "docs/design/adr", "0001-a.md", "0002-b.md")
    project.write("catalog-info.yaml", "metadata: [\n  backstage.io/adr-location: elsewhere\n")
    (project.root / "workspace.dsl").write_bytes(b"!adrs \xff\n")
    assert paths(project) == ["docs/design/adr/0001-a.md", "docs/design/adr/0002-b.md"]
    (project.root / "catalog-info.yaml").unlink()
    (project.root / "catalog-info.yaml").mkdir()
    assert paths(project) == ["docs/design/adr/0001-a.md", "docs/design/adr/0002-b.md"]


def test_adrs_toml_names_the_log_as_adr_dir_does(project: Project, tmp_path: Path) -> None:
    """The adrs tool's `adrs.toml` (opalmedapps/docs): its top-level `adr_dir`, relative to the file, before a
    `.adr-dir` beside it; a key in a table or a file without the key names nothing; a value that is no string and
    a path out of the project are refused."""
    records(project, "docs/development/architecture/decisions", "0001-a.md")
    records(project, "docs/adr", "0001-b.md")
    project.write(".adr-dir", "docs/adr\n")
    project.write("adrs.toml", '# adrs\n\nadr_dir = "docs/development/architecture/decisions"  # here\n'
                               'mode = "nextgen"\n\n[templates]\nformat = "madr"\n')
    assert paths(project) == ["docs/development/architecture/decisions/0001-a.md"]
    project.write("adrs.toml", '[templates]\nadr_dir = "docs/development/architecture/decisions"\n')
    assert paths(project) == ["docs/adr/0001-b.md"]
    project.write("adrs.toml", "adr_dir = 5\n")
    result = project.run("list")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {project.root / 'adrs.toml'}: adr_dir should be a quoted, non-empty path "
           '(`adr_dir = "doc/adr"`)\n')
    project.write("adrs.toml", "adr_dir = '../elsewhere'\n")
    result = project.run("list")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: the decision directory {tmp_path / 'elsewhere'} named by adrs.toml is outside the project "
           f"{project.root}; pass --dir to use it\n")


def test_a_path_written_on_windows_names_the_directory_of_its_parts(project: Project) -> None:
    """fhemery/owl-writey's `.adr-dir` says `docs\\architecture\\decisions`: every command stopped, the directory
    not found. Its parts name the log, `adr new` writes there, and `adrs.toml` is read so too; a directory named
    with the backslashes (a name a POSIX system allows, which a Windows checkout cannot hold) is never it: `adr
    init` makes the parts' directory (it made `docs\\architecture\\decisions/`, found by an attack), and parts that
    climb out of the project are refused as a path with `/` is."""
    project.write(".adr-dir", "docs\\architecture\\decisions\r\n")
    assert project.run("init").exit_code == 0
    assert (project.root / "docs/architecture/decisions").is_dir()
    assert not (project.root / "docs\\architecture\\decisions").exists()
    assert not (project.root / ".adr.toml").exists()  # `.adr-dir` names the log: no second config
    records(project, "docs\\architecture\\decisions", "0001-z.md")
    assert paths(project) == ["docs/architecture/decisions/0001-record-architecture-decisions.md"]
    assert project.run("new", "C").stdout == "docs/architecture/decisions/0002-c.md\n"
    assert len(paths(project)) == 2
    project.write("adrs.toml", 'adr_dir = "docs\\\\architecture\\\\decisions"\n')
    assert len(paths(project)) == 2
    project.write("adrs.toml", 'adr_dir = "..\\\\elsewhere"\n')
    result = project.run("list")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: the decision directory {project.root.parent / 'elsewhere'} named by adrs.toml is outside the "
           f"project {project.root}; pass --dir to use it\n")


def test_config_paths_written_on_windows_name_the_directory_of_their_parts(project: Project) -> None:
    """Config `dir`, `dirs` and `calendar` written with backslashes are read as `.adr-dir` is: `adr init` makes the
    parts' directory (not one named `a\\b`), the logs and the calendar are found."""
    project.write(".adr.toml", 'dir = "docs\\\\adr"\n')
    assert project.run("init").stdout.splitlines()[0] == "docs/adr/0001-record-architecture-decisions.md"
    assert not (project.root / "docs\\adr").exists()
    project.write(".adr.toml", 'dirs = ["docs\\\\adr", "team\\\\adr"]\ncalendar = "cal\\\\cycles.toml"\n')
    records(project, "team/adr", "0001-z.md")
    project.write("cal/cycles.toml", '[[series]]\nname = "zz"\ndisplay = "ZZ"\nrelease_date = 2099-09-29\n')
    assert paths(project) == ["docs/adr/0001-record-architecture-decisions.md", "team/adr/0001-z.md"]
    assert project.run("cycles").stdout.splitlines()[-1].startswith("ZZ ")


@pytest.mark.parametrize(("file", "text"), [
    (".adr-dir", "docs/arch\r\n"), ("adrs.toml", 'adr_dir = "docs/arch"\n'), (".adr.toml", 'dir = "docs/arch"\n'),
    ("pyproject.toml", '[tool.adr]\ndir = "docs/arch"\n'), (".adr.json", '{"path": "docs/arch/"}')])
def test_a_byte_order_mark_before_a_naming_or_config_file_is_passed_over(project: Project, file: str,
                                                                          text: str) -> None:
    """An editor on Windows may start a file with a UTF-8 byte order mark, which no one sees: the file names the
    log as it would without it (the mark read as part of the directory's name, or as a TOML statement, stopped
    every command with an error that quoted nothing visible)."""
    records(project, "docs/arch", "0001-a.md")
    (project.root / file).write_bytes(b"\xef\xbb\xbf" + text.encode())
    assert paths(project) == ["docs/arch/0001-a.md"]


def test_a_byte_order_mark_before_a_commit_s_adr_dir_is_passed_over(project: Project,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """`--at` reads a commit's `.adr-dir` as the work tree's, a byte order mark before it passed over."""
    from gitrepo import ANN, make_repo

    repo = make_repo(project.root, monkeypatch)
    repo.write("old/adr/0001-a.md", NYGARD.format(n=1, title="Old place"))
    (project.root / ".adr-dir").write_bytes(b"\xef\xbb\xbfold/adr\n")
    repo.commit("Start", author=ANN, date="2020-01-02T10:00:00+00:00")
    repo.git("mv", "old", "new")
    repo.write(".adr-dir", "new/adr\n")
    repo.commit("Move", author=ANN, date="2020-02-02T10:00:00+00:00")
    result = project.run("list", "--at", "HEAD~1", "--format", "json")
    assert [row["title"] for row in json.loads(result.stdout)] == ["Old place"], result.stderr


def test_a_path_written_on_windows_names_the_log_at_an_earlier_commit(project: Project,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """`--at` reads a commit's `.adr-dir` as the work tree's: a log that moved, named with backslashes before and
    after, is found where it was (the commit's `old\\adr` was taken for one folder's name, and the log not found)."""
    from gitrepo import ANN, make_repo

    repo = make_repo(project.root, monkeypatch)
    repo.write("old/adr/0001-a.md", NYGARD.format(n=1, title="Old place"))
    repo.write(".adr-dir", "old\\adr\n")
    repo.commit("Start", author=ANN, date="2020-01-02T10:00:00+00:00")
    repo.git("mv", "old", "new")
    repo.write(".adr-dir", "new\\adr\n")
    repo.write("new/adr/0002-b.md", NYGARD.format(n=2, title="Moved"))
    repo.commit("Move", author=ANN, date="2020-02-02T10:00:00+00:00")
    assert paths(project) == ["new/adr/0001-a.md", "new/adr/0002-b.md"]
    result = project.run("list", "--at", "HEAD~1", "--format", "json")
    assert [row["title"] for row in json.loads(result.stdout)] == ["Old place"], result.stderr


def test_phodal_adr_json_names_the_log_as_adr_dir_does(project: Project) -> None:
    """phodal/adr's `.adr.json` (websublime/vitamin: `{..., "path": ".spec/", "prefix": ""}`): its `path`, relative
    to the file, is the log, as `.adr-dir`'s line is (a hidden `.spec/` no search looks into); a `.adr-dir` beside
    it comes first. One that names no directory there is (phodal's default `docs/adr/` before any record), or no
    `path`, or is no JSON, names nothing: the conventional names find the log."""
    records(project, ".spec", "0001-alert-component-spec.md", "0002-button-component-spec.md")
    project.write(".adr.json", '{"decisions":[{"id":1,"name":"Alert component spec"}],"digits":4,"id":2,'
                               '"language":"en","path":".spec/","prefix":""}')
    assert paths(project) == [".spec/0001-alert-component-spec.md", ".spec/0002-button-component-spec.md"]
    records(project, "doc/adr", "0001-a.md")
    project.write(".adr-dir", "doc/adr\n")
    assert paths(project) == ["doc/adr/0001-a.md"]
    (project.root / ".adr-dir").unlink()
    for config in ('{"language": "zh-cn", "path": "docs/adr/", "prefix": "", "digits": 4}', '{"language": "en"}',
                   '{"path": ".spec/",', '["path", ".spec/"]', '{"path": 4}'):
        project.write(".adr.json", config)
        assert paths(project) == ["doc/adr/0001-a.md"]


def test_the_log_an_adr_json_names_before_any_record_is_started_there(project: Project) -> None:
    """phodal/adr's `adr init` writes `.adr.json` (`"path": "docs/adr/"`) before any record: with no log elsewhere,
    adrtool says the named directory is missing, and `adr init` starts the log there, with no config of its own
    beside the file (attack round 52, M5: it started `decisions/` and wrote `.adr.toml`, a second log)."""
    (project.root / ".git").mkdir()
    project.write(".adr.json", '{"language": "en", "path": "docs/adr/", "prefix": "", "digits": 4}\n')
    missing = project.run("list")
    assert (missing.exit_code, missing.stderr) == (
        2, "adr: decision directory docs/adr does not exist (named by .adr.json); run `adr init` to start it there\n")
    started = project.run("init")
    assert (started.exit_code, started.stdout) == (
        0, "docs/adr/0001-record-architecture-decisions.md\ndocs/adr/README.md\n"), started.stderr
    assert sorted(path.name for path in project.root.iterdir()) == [".adr.json", ".git", "docs"]
    assert paths(project) == ["docs/adr/0001-record-architecture-decisions.md"]


@pytest.mark.parametrize(("file", "text", "folder"), [
    ("adr.config.json", '{\n    "path": "./Docs/Adr"\n}\n', "Docs/Adr"),
    ("adr.config.json", '{"path": "design\\\\choices"}', "design/choices"),
    ("adr.config.json", '{"Path": "docs\\\\adr", "Templates": "docs\\\\adr-templates", "ProjectName": ""}', "docs/adr"),
    ("dotadr.json", '{\n  "directory": "./doc/adr"\n}', "doc/adr")])
def test_the_dotnet_tools_files_name_the_log(project: Project, file: str, text: str, folder: str) -> None:
    """The .NET tools keep the log's folder in a JSON file at the root (audit 55, lane a): dotnet-adr's and adr-cli's
    `adr.config.json` by `path` (GingerTommy's `"docs\\\\adr"`, gjkaal's `"Path"`), dotADR's `dotadr.json` by
    `directory`. It names the log as `.adr-dir` does (it was never read: "no decision log found"). A JSON file that
    names nothing is passed over."""
    project.write(file, '{"templates": ""}')
    assert no_log(project)
    project.write(file, text)
    project.write(f"{folder}/0001-use-redis.md", NYGARD.format(n=1, title="Use Redis"))
    assert paths(project) == [f"{folder}/0001-use-redis.md"]
    assert project.run("new", "Use Kafka").stdout == f"{folder}/0002-use-kafka.md\n"


@pytest.mark.parametrize(("file", "raw", "said"), [
    ("adr.config.json", '{"path": "docs/adr"}'.encode("utf-16"), ":1: not UTF-8 text (byte 0xff at offset 0)"),
    ("adr.config.json", b'{\n  // the log\n  "path": "docs/adr"\n}\n',
     ": invalid JSON: line 2 is not JSON (it allows no comments and no comma after the last item)"),
    ("adr.config.json", b'{"path": "docs/adr",}',
     ": invalid JSON: line 1 is not JSON (it allows no comments and no comma after the last item)"),
    ("adr.config.json", b'{"path": "docs/adr", "x": "' + b"a" * 1024 * 1024 + b'"}',
     ": file is 1048605 bytes; adr.config.json files are limited to 1048576 bytes"),
    ("adr.config.json", b'{"path": ["docs/arch"]}', ': `path` should be a quoted, non-empty path (`"path": "docs/adr"`)'),
    ("adr.config.json", b'{"Path": ""}', ': `Path` should be a quoted, non-empty path (`"Path": "docs/adr"`)'),
    ("dotadr.json", b'{"directory": 4}',
     ': `directory` should be a quoted, non-empty path (`"directory": "docs/adr"`)'),
    ("dotadr.json", b'["doc/adr"]', ": holds no JSON object; it should name the decision directory by `directory`"),
    ("dotadr.json", b"[" * 100_000, ": invalid JSON: nested too deeply")])
def test_a_dotnet_tool_s_file_adr_cannot_read_is_said_so(project: Project, file: str, raw: bytes, said: str) -> None:
    """An `adr.config.json` or `dotadr.json` adr could not read (UTF-16, a comment or a trailing comma as
    System.Text.Json may allow, too big, a path that is no string, its key named as the file spells it: gjkaal's
    adr-cli writes `Path`) was passed over in silence (audit 55b, L1):
    `adr list` looked elsewhere, `adr init` started `decisions/` and `.adr.toml` beside it. One line names the
    file and what is wrong with it; nothing is written."""
    (project.root / ".git").mkdir()
    (project.root / file).write_bytes(raw)
    for args in (("list",), ("init",)):
        result = project.run(*args)
        assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"adr: {project.root / file}{said}\n")
    assert sorted(path.name for path in project.root.iterdir()) == sorted([".git", file])


@pytest.mark.parametrize(("file", "text", "named", "why"), [
    ("adr.config.json", '{"path": "C:\\\\docs\\\\adr"}', "C:\\docs\\adr", "an absolute path on Windows"),
    ("adr.config.json", '{"Path": "\\\\\\\\server\\\\share\\\\adr"}', "\\\\server\\share\\adr",
     "an absolute path on Windows"),
    ("dotadr.json", '{"directory": "~/adr"}', "~/adr", "a home directory's path, which adr does not expand"),
    (".adr-dir", "~/adr\n", "~/adr", "a home directory's path, which adr does not expand"),
    (".adr-dir", "D:\\adr\n", "D:\\adr", "an absolute path on Windows")])
def test_a_log_named_on_a_windows_drive_or_in_a_home_directory_is_refused(project: Project, file: str, text: str,
                                                                         named: str, why: str) -> None:
    """`"path": "C:\\docs\\adr"` (as a .NET tool may write it) made a folder `C:` in the project, and `~/adr` a
    folder `~` (audit 55b, L2). Both are outside the project: refused in one line, nothing written."""
    (project.root / ".git").mkdir()
    project.write(file, text)
    for args in (("list",), ("init",)):
        result = project.run(*args)
        assert (result.exit_code, result.stdout, result.stderr) == (2, "", (
            f"adr: the decision directory {named} named by {file} is outside the project ({why}); name a folder of "
            f"the project, relative to {file}\n"))
    assert sorted(path.name for path in project.root.iterdir()) == sorted([".git", file])


def test_config_naming_a_home_directory_s_path_is_refused(project: Project) -> None:
    """`dir = "~/adr"` in `.adr.toml` named a folder `~` of the project (audit 55b, L2): one line says why."""
    project.write(".adr.toml", 'dir = "~/adr"\n')
    result = project.run("init")
    assert (result.exit_code, result.stderr) == (2, (
        f"adr: {project.root / '.adr.toml'}: dir names '~/adr', a home directory's path, which adr does not "
        "expand: name a path relative to the config file\n"))
    assert sorted(path.name for path in project.root.iterdir()) == [".adr.toml"]


@pytest.mark.parametrize("file", ["adr.config.json", "dotadr.json"])
def test_a_folder_the_dotnet_tools_name_is_the_log_to_start(project: Project, file: str) -> None:
    """endjin/dotnet-adr's `adr.config.json` names `./Docs/Adr`, which is not there: as for `.adr-dir`, adr says so
    and `adr init` starts the log there (it started `decisions/` and wrote `.adr.toml`: a second log), and a
    folder of that path in other letters' case is where the records are; there `adr init` starts no second log
    (audit 55b, M8: it started `Docs/Adr` beside `docs/adr`, one folder on Windows and macOS)."""
    (project.root / ".git").mkdir()
    key = "path" if file == "adr.config.json" else "directory"
    project.write(file, f'{{"{key}": "./Docs/Adr"}}\n')
    missing = project.run("list")
    assert (missing.exit_code, missing.stderr) == (
        2, f"adr: decision directory Docs/Adr does not exist (named by {file}); run `adr init` to start it there\n")
    started = project.run("init")
    assert (started.exit_code, started.stdout) == (
        0, "Docs/Adr/0001-record-architecture-decisions.md\nDocs/Adr/README.md\n"), started.stderr
    assert sorted(path.name for path in project.root.iterdir()) == [".git", "Docs", file]
    (project.root / "Docs").rename(project.root / "docs")
    (project.root / "docs/Adr").rename(project.root / "docs/adr")
    elsewhere = project.run("list")
    assert (elsewhere.exit_code, elsewhere.stderr) == (
        2, f"adr: decision directory Docs/Adr does not exist (named by {file}); the records are in docs/adr/: fix "
           f"{file}, or pass --dir docs/adr\n")
    refused = project.run("init")
    assert (refused.exit_code, refused.stdout, refused.stderr) == (
        2, "", f"adr: not starting a second log in Docs/Adr (named by {file}): the records are in docs/adr/; fix "
               f"{file} to name it\n")
    assert sorted(path.name for path in project.root.iterdir()) == sorted([".git", "docs", file])


def test_adrs_toml_is_read_as_toml(project: Project) -> None:
    """`adrs.toml` is read by a TOML reader, as the adrs tool reads it: a multi-line string or an escape names the
    directory as written; an escape no TOML allows (a lone surrogate) or broken TOML is an error naming the file,
    as a broken `.log4brains.yml` is, never a crash."""
    records(project, "docs/development/decisions", "0001-a.md")
    project.write("adrs.toml", 'adr_dir = """docs/development\\u002fdecisions"""\n')
    assert paths(project) == ["docs/development/decisions/0001-a.md"]
    project.write("adrs.toml", 'adr_dir = "\\ud800"\n')
    result = project.run("list")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {project.root / 'adrs.toml'}: invalid TOML: Escaped character is not a Unicode scalar value "
           "(at line 1, column 18)\n")
    project.write("adrs.toml", 'adr_dir = "docs/development/decisions"\n[templates\n')
    result = project.run("list")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {project.root / 'adrs.toml'}: invalid TOML: Expected ']' at the end of a table declaration "
           "(at line 2, column 11)\n")


# A conventional directory's subfolders


def test_a_conventional_directory_holding_its_records_in_a_subfolder(project: Project) -> None:
    """shortlink: `docs/ADR/README.md` beside `docs/ADR/decisions/0001-x.md` and `docs/ADR/template/`: the log
    is the subfolder (it said the directory held no record of its own and listed nothing), and `adr new`
    writes there."""
    project.write("docs/adr/README.md", "# Decisions\n")
    project.write("docs/adr/template/template.md", "# Title\n")
    records(project, "docs/adr/decisions", "0001-init.md", "0002-c4-system.md")
    assert paths(project) == ["docs/adr/decisions/0001-init.md", "docs/adr/decisions/0002-c4-system.md"]
    assert project.run("new", "Use Kafka").stdout == "docs/adr/decisions/0003-use-kafka.md\n"


def test_subfolders_by_area_are_read_together_and_records_of_its_own_come_first(project: Project) -> None:
    """Records kept by area (`docs/adr/backend/`, `docs/adr/frontend/`) are two logs read together; once the
    directory holds a record of its own, it is the first log, its subfolders logs of their own beside it."""
    records(project, "docs/adr/backend", "0001-a.md")
    records(project, "docs/adr/frontend", "0001-b.md")
    assert logs(project) == [("docs/adr/backend", "0001-a.md"), ("docs/adr/frontend", "0001-b.md")]
    records(project, "docs/adr", "0001-own.md")
    assert logs(project) == [("docs/adr", "0001-own.md"), ("docs/adr/backend", "0001-a.md"),
                             ("docs/adr/frontend", "0001-b.md")]
    assert project.run("new", "Use Kafka").stdout == "docs/adr/0002-use-kafka.md\n"


def test_subfolder_logs_beside_a_stray_document_and_a_log_of_documents(project: Project) -> None:
    """navapbc/oscer: `docs/decisions/adr-authorization.md` (a record with no number in its name), `index.md` and
    `template.md` beside `infra/`'s records: the subfolder is the log (it listed nothing); a log of documents named
    by their words (k3s' `docs/adrs/`) beside an archive of numbered records stays the log, found or named."""
    project.write("docs/decisions/adr-authorization.md", "# Adopt ABAC\n\n- Status: Accepted\n")
    project.write("docs/decisions/index.md", "# Decisions\n")
    project.write("docs/decisions/template.md", "# Title\n")
    infra = ["2022-10-01-use-madr.md", "2022-10-04-ci-cd.md", "2022-10-05-use-oidc.md", "2022-10-07-manage-ecr.md"]
    records(project, "docs/decisions/infra", *infra)
    assert logs(project) == [("", name) for name in infra]
    shutil.rmtree(project.root / "docs/decisions")
    # a word holding a digit opens a record's name too (`oauth2-`, `ipv6-`: no code of another scheme)
    named = ["cli-flags.md", "embedded-registry.md", "ipv6-only.md", "oauth2-login.md", "secrets-encryption.md"]
    for name in named:
        project.write(f"docs/adrs/{name}", f"# {name[:-3]}\n\nStatus: accepted\n")
    records(project, "docs/adrs/old", "0001-a.md", "0002-b.md", "0003-c.md", "0004-d.md")
    assert [name for _, name in logs(project)] == named
    project.write(".adr-dir", "docs/adrs\n")  # named: its documents are its records, whatever its subfolders hold
    assert [name for _, name in logs(project)] == named


def test_logs_under_two_conventional_names_are_read_together(project: Project) -> None:
    """HTT-BRANDS/azure-governance-platform: `docs/adr/` with one record beside `docs/decisions/` with three (it
    listed the one alone, and said nothing of the others): both logs are read, the larger first, and `adr new`
    writes there. (test_answers: a kept answer is not replayed once records appear under the other name.)"""
    records(project, "docs/adr", "0001-blue-green.md")
    assert logs(project) == [("", "0001-blue-green.md")]
    records(project, "docs/decisions", "adr-0001-agents.md", "adr-0002-tools.md", "adr-0003-issues.md")
    assert logs(project) == [("docs/decisions", "adr-0001-agents.md"), ("docs/decisions", "adr-0002-tools.md"),
                             ("docs/decisions", "adr-0003-issues.md"), ("docs/adr", "0001-blue-green.md")]
    assert project.run("new", "Use Kafka").stdout == "docs/decisions/adr-0004-use-kafka.md\n"


def test_logs_under_a_conventional_name_deeper_in_the_docs_are_read_beside_it(project: Project) -> None:
    """PoliticalSphere/political-sphere: `docs/architecture/decisions/` with one record, `docs/04-architecture/adr/`
    with two and `docs/apps/adr/` with one (it listed the one alone, and said nothing of the others): every log is
    read, the largest first, and `adr new` writes there; a folder of another name (`docs/guides/`), test data,
    a log's own subfolders and a conventional name four levels down are no log."""
    records(project, "docs/architecture/decisions", "0001-esm.md")
    records(project, "docs/04-architecture/adr", "0001-nx.md", "0002-vitest.md")
    records(project, "docs/apps/adr", "0001-renovate.md")
    records(project, "docs/guides", "0001-setup.md", "0002-deploy.md")
    records(project, "docs/tests/adr", "0001-fixture.md")
    records(project, "docs/apps/adr/old/adr", "0001-older.md")
    records(project, "docs/a/b/c/adr", "0001-deep.md")
    assert logs(project) == [("docs/04-architecture/adr", "0001-nx.md"), ("docs/04-architecture/adr", "0002-vitest.md"),
                             ("docs/architecture/decisions", "0001-esm.md"), ("docs/apps/adr", "0001-renovate.md")]
    assert project.run("new", "Use Kafka").stdout == "docs/04-architecture/adr/0003-use-kafka.md\n"


def test_a_named_directory_holding_its_records_in_a_subfolder(project: Project) -> None:
    """LBHackney-IT/Data-Platform-Playbook: `.adr-dir` names `docs/architecture-decisions`, which holds `index.md`,
    `images/`, `templates/template.md` and `records/001-x.md`: the subfolder is read, and a line says which
    (config `dir` alike); once the named directory holds a record of its own, it is the log, as before."""
    named = "docs/architecture-decisions"
    project.write(".adr-dir", f"{named}\n")
    project.write(f"{named}/index.md", "# Decisions\n")
    project.write(f"{named}/templates/template.md", "# Title\n")
    project.write(f"{named}/images/context.svg", "<svg/>\n")
    records(project, f"{named}/records", "001-record-decisions.md", "002-ingest-sheets.md")
    result = project.run("list", "--format", "json")
    assert [row["path"] for row in json.loads(result.stdout)] == [
        f"{named}/records/001-record-decisions.md", f"{named}/records/002-ingest-sheets.md"]
    assert result.stderr == (f"adr: {named}/ (named by .adr-dir) holds no record of its own; reading "
                             f"{named}/records/\n")
    assert project.run("new", "Use Glue").stdout == f"{named}/records/003-use-glue.md\n"
    (project.root / ".adr-dir").unlink()
    project.write(".adr.toml", f'dir = "{named}"\n')
    assert project.run("list").stderr == (f"adr: {named}/ (named by config) holds no record of its own; reading "
                                          f"{named}/records/\n")
    records(project, named, "001-own.md")
    result = project.run("list", "--format", "json")
    assert ([row["path"] for row in json.loads(result.stdout)], result.stderr) == ([f"{named}/001-own.md"], "")


# A log's areas: subfolders whose records are numbered in the log's sequence

EDGEX = "docs_src/design/adr"
APPROVED = "# {title}\n\n## Status\n\n**Approved** (by TSC vote on 3/25/21)\n\n## Context\n\nC.\n"


def edgex(project: Project) -> None:
    """edgexfoundry/edgex-docs: cross-cutting records at the top, each working group's in a subfolder, and "The
    sequence is a global sequence for all EdgeX ADR" (its README); assets beside them (`devops/0007/x.png`)."""
    project.write(f"{EDGEX}/README.md", "# Architecture Decision Records Folder\n")
    project.write(f"{EDGEX}/template.md", "# Title\n\n## Status\n\n## Context\n")
    for name, title in (("0001-Registy-Refactor.md", "Registry Refactoring Design"),
                        ("013-Device-Service-Events-Message-Bus.md", "Device Services Send Events via Message Bus"),
                        ("0018-Service-Registry.md", "Service Registry"),
                        ("device-service/0002-Array-Datatypes.md", "Array Datatypes Design"),
                        ("core/0003-V2-API-Principles.md", "Geneva API Guiding Principles"),
                        ("devops/0007-Release-Automation.md", "Release Automation"),
                        ("security/0020-spiffe.md", "Use SPIFFE/SPIRE for On-demand Secret Store Token Generation"),
                        ("security/0028-authentication.md", "EdgeX Microservice Authentication (token-based)")):
        project.write(f"{EDGEX}/{name}", APPROVED.format(title=title))
    (project.root / EDGEX / "devops" / "0007").mkdir()
    (project.root / EDGEX / "devops" / "0007" / "releaseactions.png").write_bytes(b"\x89PNG")


def test_records_kept_by_area_in_one_sequence_are_one_log(project: Project) -> None:
    """EdgeX: the working groups' subfolders (`security/0020-spiffe.md`, `core/0003-...`) hold the numbers the top
    leaves out, one sequence (it listed the top's three and warned ADR101 per subfolder). They are read as one log:
    by number, unlabelled, nothing to validate; `adr new` writes at the top after the highest number of the whole
    log (a subfolder's 28), its words capitalised as the top's names write theirs, and `adr show 20` is
    security's."""
    edgex(project)
    result = project.run("list", "--format", "json")
    assert [(row["number"], row["log"], row["path"].removeprefix(EDGEX + "/")) for row in json.loads(result.stdout)] \
        == [(1, "", "0001-Registy-Refactor.md"), (2, "", "device-service/0002-Array-Datatypes.md"),
            (3, "", "core/0003-V2-API-Principles.md"), (7, "", "devops/0007-Release-Automation.md"),
            (13, "", "013-Device-Service-Events-Message-Bus.md"), (18, "", "0018-Service-Registry.md"),
            (20, "", "security/0020-spiffe.md"), (28, "", "security/0028-authentication.md")]
    assert result.stderr == ""
    assert [(item["path"].removeprefix(EDGEX + "/"), item["code"])
            for item in json.loads(project.run("validate", "--format", "json").stdout)] == [
        ("013-Device-Service-Events-Message-Bus.md", "ADR102")]  # `013-` among `0001-` names: EdgeX's own
    assert json.loads(project.run("show", "20", "--format", "json").stdout)["title"] == \
        "Use SPIFFE/SPIRE for On-demand Secret Store Token Generation"
    assert project.run("new", "Use NATS").stdout == f"{EDGEX}/0029-Use-NATS.md\n"


def stage_record(project: Project, path: str, title: str, status: str) -> None:
    number = int(path.rsplit("/", 1)[-1][:4])
    project.write(path, f"# {number}. {title}\n\nDate: 2021-01-0{number}\n\n## Status\n\n{status}\n\n## Context\n\nc\n")


def test_folders_by_stage_of_one_sequence_are_one_log(project: Project) -> None:
    """Audit round 48 (lane c): aureat/phalcom-lang keeps its records "numbered sequentially" in `docs/adr/accepted/`,
    `proposed/` and `retired/`; each folder was read as a log of its own, so `adr new` handed out a number another
    folder held and a number used twice went unreported. They are one log: listed unlabelled, duplicates across
    folders are ADR103, `adr new` numbers after the whole log and writes a proposed record in `proposed/`, and the
    index is the log's, at its top."""
    stage_record(project, "docs/adr/accepted/0001-a.md", "A", "Accepted")
    stage_record(project, "docs/adr/accepted/0003-c.md", "C", "Accepted")
    project.write("docs/adr/retired/0002-b.md", "# 2. B\n\nDate: 2021-01-02\n\n## Status\n\nSuperseded by "
                  "[3. C](../accepted/0003-c.md)\n")
    stage_record(project, "docs/adr/proposed/0004-d.md", "D", "Proposed")
    stage_record(project, "docs/adr/proposed/0003-dup.md", "Dup", "Proposed")
    result = project.run("list", "--format", "json")
    assert [(row["number"], row["log"], row["status"], row["path"].removeprefix("docs/adr/"))
            for row in json.loads(result.stdout)] == [
        (1, "", "accepted", "accepted/0001-a.md"), (2, "", "superseded", "retired/0002-b.md"),
        (3, "", "accepted", "accepted/0003-c.md"), (3, "", "proposed", "proposed/0003-dup.md"),
        (4, "", "proposed", "proposed/0004-d.md")]
    assert [(item["path"], item["code"]) for item in json.loads(project.run("validate", "--format", "json").stdout)] \
        == [("docs/adr/accepted/0003-c.md", "ADR103"), ("docs/adr/proposed/0003-dup.md", "ADR103")]
    assert project.run("new", "E").stdout == "docs/adr/proposed/0005-e.md\n"
    assert project.run("new", "--status", "accepted", "F").stdout == "docs/adr/accepted/0006-f.md\n"
    assert project.run("index").exit_code == 0
    assert (project.root / "docs/adr/README.md").is_file() and not (project.root / "docs/adr/accepted/README.md").exists()


def test_folders_by_stage_beside_a_team_s_folder_are_one_log_and_the_team_s_its_own(project: Project) -> None:
    """`accepted/` and `proposed/` beside `payments/` (a team's own sequence): the stages are one log, so `adr
    new` numbers after both and writes a proposed record in `proposed/`; the team's folder is a log of its own
    (this stop's attack: the stages were read apart again, and `adr new` reused a number)."""
    stage_record(project, "docs/adr/accepted/0001-one.md", "One", "Accepted")
    stage_record(project, "docs/adr/proposed/0002-two.md", "Two", "Proposed")
    stage_record(project, "docs/adr/payments/0001-pay.md", "Pay", "Accepted")
    result = project.run("list", "--format", "json")
    assert [(row["number"], row["log"], row["path"]) for row in json.loads(result.stdout)] == [
        (1, "docs/adr", "docs/adr/accepted/0001-one.md"), (2, "docs/adr", "docs/adr/proposed/0002-two.md"),
        (1, "docs/adr/payments", "docs/adr/payments/0001-pay.md")]
    assert project.run("new", "Three").stdout == "docs/adr/proposed/0003-three.md\n"


def test_folders_by_stage_below_a_named_directory_are_its_log(project: Project) -> None:
    """`.adr-dir` naming `docs/adr`, whose records are in stage folders: read as that log, with nothing said of
    its "holding no record of its own" (it said so, and read each folder as a log)."""
    stage_record(project, "docs/adr/accepted/0001-a.md", "A", "Accepted")
    stage_record(project, "docs/adr/proposed/0002-b.md", "B", "Proposed")
    project.write(".adr-dir", "docs/adr\n")
    result = project.run("list", "--format", "csv")
    assert (result.exit_code, result.stderr) == (0, "")
    assert [line.split(",")[:3] for line in result.stdout.splitlines()[1:]] == [["1", "A", "accepted"],
                                                                                ["2", "B", "proposed"]]


def test_a_named_log_kept_in_stage_folders_writes_a_stage_s_first_record_in_its_folder(project: Project) -> None:
    """thyags/method-ceip's `adr/` ("create ADRs in adr/proposed, move them to adr/accepted"), named by `--dir`: it
    holds a README, `accepted/0005-x.md`, and `proposed/` and `rejected/` holding a README each. `--dir adr` read
    nothing ("holds no record of its own"); the stages are its log, `adr new` writes a proposed record in
    `proposed/`, and a record the folder's stage states no status of its own has the folder's."""
    project.write("adr/README.md", "# ADR repository\n\nCreate new ADRs in `adr/proposed`.\n")
    project.write("adr/accepted/0005-scope.md", "# ADR-0005 - Scope\n\n## Contexto\n\nc\n\n## Decisão\n\nd\n")
    project.write("adr/proposed/README.md", "# Proposed\n")
    project.write("adr/rejected/README.md", "# Rejected\n")
    rows = json.loads(project.run("--dir", "adr", "list", "--format", "json").stdout)
    assert [(row["number"], row["status"], row["path"]) for row in rows] == [(5, "accepted", "adr/accepted/0005-scope.md")]
    assert project.run("--dir", "adr", "new", "Cache").stdout == "adr/proposed/0006-cache.md\n"
    rows = json.loads(project.run("--dir", "adr", "list", "--format", "json").stdout)
    assert [(row["number"], row["status"]) for row in rows] == [(5, "accepted"), (6, "proposed")]
    # near miss: a record that states its status keeps it, whatever its folder
    project.write("adr/rejected/0007-x.md", "# 7. X\n\n## Status\n\nAccepted\n")
    rows = json.loads(project.run("--dir", "adr", "list", "--format", "json").stdout)
    assert [(row["number"], row["status"]) for row in rows] == [(5, "accepted"), (6, "proposed"), (7, "accepted")]


def test_a_stage_folder_repeating_a_number_of_the_top_is_still_the_log_s(project: Project) -> None:
    """BargLabs/cejel: `docs/adr/0003-x.md` and `docs/adr/proposed/0003-y.md`, a real duplicate; the folder was read
    as a log of its own (a repeated number made it no area), `validate` passed and `adr new` took a number the
    folder held. It is an area still: the duplicate is reported and `adr new` numbers after both."""
    for path, title, status in (("docs/adr/0001-a.md", "A", "Accepted"), ("docs/adr/0003-b.md", "B", "Accepted"),
                                ("docs/adr/proposed/0003-c.md", "C", "Proposed"),
                                ("docs/adr/proposed/0004-d.md", "D", "Proposed")):
        stage_record(project, path, title, status)
    assert [(item["path"], item["code"]) for item in json.loads(project.run("validate", "--format", "json").stdout)] \
        == [("docs/adr/0003-b.md", "ADR103"), ("docs/adr/proposed/0003-c.md", "ADR103")]
    assert project.run("new", "E").stdout == "docs/adr/0005-e.md\n"


def test_an_archive_folder_of_retired_records_is_read_with_its_log(project: Project) -> None:
    """SAP/cloud-sdk-js: `knowledge-base/adr/outdated/` keeps retired records under numbers the top does not use,
    linked both ways (`([ADR#0031](../0031-resilience-options.md))`, `[ADR 15](./outdated/0015-date-time-handling.md)`):
    they are listed with the log, and no link between the folders is dangling or missing."""
    adr = "knowledge-base/adr"
    project.write(f"{adr}/0031-resilience-options.md", "# Resilience Options\n\n## Status\n\ndecided\n")
    project.write(f"{adr}/0039-date-handling.md", "# Date Handling\n\n## Status\n\ndecided\n\n## Decision\n\n"
                  "Remove the (de-)serializers ([ADR 15](./outdated/0015-date-time-handling.md)).\n")
    project.write(f"{adr}/outdated/0001-circuit-breaker-options.md",
                  "# Circuit Breaker Options\n\n## Status\n\n**superseded**\n\nWe will add resilience via middleware "
                  "approach ([ADR#0031](../0031-resilience-options.md)).\n\nSuperseded by [31. Resilience Options]"
                  "(../0031-resilience-options.md)\n")
    project.write(f"{adr}/outdated/0015-date-time-handling.md", "# Date and Time handling in the SDK\n\n## Status\n\n"
                                                               "outdated\n")
    result = project.run("list", "--format", "json")
    assert [(row["number"], row["status"], row["superseded_by"], row["path"].removeprefix(adr + "/"))
            for row in json.loads(result.stdout)] == [
        (1, "superseded", [31], "outdated/0001-circuit-breaker-options.md"),
        (15, "outdated", [], "outdated/0015-date-time-handling.md"),
        (31, "decided", [], "0031-resilience-options.md"), (39, "decided", [], "0039-date-handling.md")]
    assert json.loads(project.run("validate", "--format", "json").stdout) == []


def test_subfolders_numbered_apart_from_the_log_are_logs_of_their_own(project: Project, repo: GitRepo,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Per-team logs that each number from 1 (`backend/0003-x.md` and `frontend/0003-y.md` beside the top's 1 and 2;
    one number in two subfolders, or at the top and in a subfolder) are no part of the log, but logs of their
    own read beside it (they stayed unread, and ADR101 said so): `adr new` in one writes there. Near misses stay
    unread, as ADR101 says: numbered notes that are no decisions, records named otherwise than the log's
    (`adr-001-x.md` in a log of `0001-x.md`), a folder named for a stage of the log's records (BargLabs/cejel's
    `proposed/`, numbered in the log's sequence but for one number taken twice), and any subfolder of a log the
    user named (--dir, config)."""
    records(project, "docs/adr", "0001-a.md", "0002-b.md")
    project.write("docs/adr/backend/0003-x.md", NYGARD.format(n=3, title="X"))
    project.write("docs/adr/frontend/0003-y.md", NYGARD.format(n=3, title="Y"))
    chapters(project, "docs/adr/notes", "01-intro.md", "02-setup.md")
    project.write("docs/adr/other/adr-001-z.md", NYGARD.format(n=1, title="Z"))
    project.write("docs/adr/Proposed/0002-w.md", NYGARD.format(n=2, title="W"))
    assert paths(project) == ["docs/adr/0001-a.md", "docs/adr/0002-b.md", "docs/adr/backend/0003-x.md",
                              "docs/adr/frontend/0003-y.md"]
    assert [(item["path"], item["code"]) for item in json.loads(project.run("validate", "--format", "json").stdout)] \
        == [("docs/adr/Proposed/0002-w.md", "ADR101"), ("docs/adr/notes/01-intro.md", "ADR101"),
            ("docs/adr/other/adr-001-z.md", "ADR101")]
    assert project.run("new", "--dir", "docs/adr/backend", "Use Go").stdout == "docs/adr/backend/0004-use-go.md\n"
    monkeypatch.chdir(project.root / "docs/adr/frontend")
    result = project.run("new", "Use React")
    assert (result.stdout, result.stderr) == ("0004-use-react.md\n", "")
    monkeypatch.chdir(project.root)
    assert paths(project, "--dir", "docs/adr") == ["docs/adr/0001-a.md", "docs/adr/0002-b.md"]
    project.write(".adr.toml", 'dir = "docs/adr"\n')
    assert paths(project) == ["docs/adr/0001-a.md", "docs/adr/0002-b.md"]


def test_a_subfolder_named_otherwise_or_under_the_root_is_no_area(project: Project) -> None:
    """Near misses: leynos/wireframe keeps `adr-001-x.md` in `docs/` beside `docs/execplans/10-1-1-x.md`, numbered
    execution plans named otherwise (no `adr-`): not read; a log that is the project's root (`--dir .`) has no
    areas: its subfolders are the project's."""
    project.write("docs/adr-001-a.md", NYGARD.format(n=1, title="A"))
    project.write("docs/adr-002-b.md", NYGARD.format(n=2, title="B"))
    project.write("docs/execplans/07-1-1-plan.md", NYGARD.format(n=7, title="Plan"))
    assert paths(project) == ["docs/adr-001-a.md", "docs/adr-002-b.md"]
    project.write("0001-root.md", NYGARD.format(n=1, title="Root"))
    project.write("notes/0005-note.md", NYGARD.format(n=5, title="Note"))
    assert paths(project, "--dir", ".") == ["0001-root.md"]
    assert paths(project, "--dir", "docs") == ["docs/adr-001-a.md", "docs/adr-002-b.md"]


def test_the_writing_commands_keep_the_log_s_one_sequence(project: Project) -> None:
    """`adr supersede`, `adr link`, `adr new --supersedes`, `adr renumber` and `adr index` over the folders of one
    log (EdgeX's): links are written from the record's own folder (`../0001-x.md`, `security/0020-x.md`), named as
    its titles are (no number), a number names the record in whichever folder it is, and renumbering takes the next
    number of the whole log."""
    edgex(project)
    project.write(f"{EDGEX}/0030-nats.md", "# NATS\n\n## Status\n\nAccepted\n")
    project.write(f"{EDGEX}/security/0029-e2ee.md", "# E2EE\n\n## Status\n\nProposed\n")
    assert project.run("supersede", "29", "--by", "30").exit_code == 0
    assert project.read(f"{EDGEX}/security/0029-e2ee.md") == \
        "# E2EE\n\n## Status\n\nSuperseded by [NATS](../0030-nats.md)\n"
    assert project.read(f"{EDGEX}/0030-nats.md") == \
        "# NATS\n\n## Status\n\nAccepted\n\nSupersedes [E2EE](security/0029-e2ee.md)\n\n"
    assert project.run("link", "20", "relates-to", "1").exit_code == 0
    assert project.read(f"{EDGEX}/security/0020-spiffe.md").endswith(
        "(by TSC vote on 3/25/21)\n\nRelates to [Registry Refactoring Design](../0001-Registy-Refactor.md)\n\n"
        "## Context\n\nC.\n")
    result = project.run("new", "--supersedes", "28", "Use mTLS")  # its remark says who approved it: of the old
    # status, which a superseded one would take as its own (round 57): refused, nothing written
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {project.root / EDGEX}/security/0028-authentication.md: cannot edit it exactly: its status has a "
           "remark attached ('(by TSC vote on 3/25/21)'), which is about the old status and would then be said of "
           "the new one; edit it by hand; nothing was changed\n")
    assert not (project.root / EDGEX / "0031-Use-mTLS.md").exists()
    project.write(f"{EDGEX}/security/0028-authentication.md", APPROVED.format(
        title="EdgeX Microservice Authentication (token-based)").replace("(by TSC vote on 3/25/21)", "(3/25/21)"))
    result = project.run("new", "--supersedes", "28", "Use mTLS")  # its day is its status line's: kept, not lost
    assert (result.exit_code, result.stdout) == (0, f"{EDGEX}/0031-Use-mTLS.md\n")
    assert "Supersedes [EdgeX Microservice Authentication (token-based)](security/0028-authentication.md)" \
        in project.read(f"{EDGEX}/0031-Use-mTLS.md")
    assert project.read(f"{EDGEX}/security/0028-authentication.md") == (
        "# EdgeX Microservice Authentication (token-based)\n\nDate: 2021-03-25\n\n## Status\n\n"
        "Superseded by [Use mTLS](../0031-Use-mTLS.md)\n\n## Context\n\nC.\n")
    result = project.run("renumber", "29", "--next")
    assert result.stdout == (f"renamed {EDGEX}/security/0029-e2ee.md -> {EDGEX}/security/0032-e2ee.md\n"
                             f"updated {EDGEX}/0030-nats.md\n")
    assert project.read(f"{EDGEX}/0030-nats.md").endswith("Supersedes [E2EE](security/0032-e2ee.md)\n\n")
    assert project.run("index", "--force").exit_code == 0
    index = project.read(f"{EDGEX}/README.md")
    assert "| 0032 | [E2EE](security/0032-e2ee.md) | superseded by [0030](0030-nats.md) |" in index
    assert "  adr30 -->|supersedes| adr32" in index
    assert [item["code"] for item in json.loads(project.run("validate", "--format", "json").stdout)
            if item["code"] != "ADR204"] == ["ADR102"]  # (the new record's placeholders: ADR204)


def test_validate_judges_the_numbers_and_links_of_the_whole_log(project: Project) -> None:
    """One number twice in an area is a duplicate of the log, given the next free number of the whole log; a link
    from an area written as if beside the top's records is dangling, and the hint gives the path that reaches
    the record from the area (`../0031-x.md`)."""
    adr = "knowledge-base/adr"
    project.write(f"{adr}/0031-resilience-options.md", "# Resilience Options\n\n## Status\n\ndecided\n")
    project.write(f"{adr}/0039-date-handling.md", "# Date Handling\n\n## Status\n\ndecided\n")
    project.write(f"{adr}/outdated/0001-circuit-breaker-options.md",
                  "# Circuit Breaker Options\n\n## Status\n\noutdated\n\nSee [ADR#0031](0031-resilience-options.md).\n")
    project.write(f"{adr}/outdated/0015-date-time-handling.md", "# Date and Time\n\n## Status\n\noutdated\n")
    project.write(f"{adr}/outdated/0015-moment.md", "# Moment\n\n## Status\n\noutdated\n")
    result = project.run("validate", "--format", "json")
    assert [(item["path"].removeprefix(adr + "/"), item["code"], item["message"])
            for item in json.loads(result.stdout)] == [
        ("outdated/0001-circuit-breaker-options.md", "ADR403",
         "link target '0031-resilience-options.md' does not exist; ADR 0031 is ../0031-resilience-options.md"),
        ("outdated/0015-date-time-handling.md", "ADR103",
         "number 15 is also used by outdated/0015-moment.md; give one of them the next free number (0040)"),
        ("outdated/0015-moment.md", "ADR103",
         "number 15 is also used by outdated/0015-date-time-handling.md; give one of them the next free number (0040)")]


# The search


@pytest.mark.parametrize(("folder", "names"), [
    ("docs/reference/adr", ("0001-record-architecture-decisions.md", "0002-dists-never-change.md")),  # gardenlinux
    ("docs/design/adr", ("0001-a.md", "0002-b.md")),
    ("docs/source/adr", ("0001-a.md", "0002-b.md")),
    ("handbook/architecture/decision-log", ("0001-a.md", "0002-b.md")),
    ("docs/arch", ("adr-01.md", "adr-02.md", "README.md")),  # zooniverse/front-end-monorepo
    ("docs/structurizr/doc/notes", ("0001-record-architecture-decisions.md", "0002-b.md")),
    ("docs/knowledge", ("20250108-use-markdown-architectural-decision-records.md", "20250109-b.md")),
    ("web/docs/architecture", ("000-architecture-decision-records.md", "001-b.md")),  # guardian/dotcom-rendering
    ("docs/design", ("0001-no-stateful-sets.md", "0002-b.md", "adr-template.md")),  # elastic/cloud-on-k8s
])
def test_a_log_found_by_a_search_of_the_tree(project: Project, folder: str, names: tuple[str, ...]) -> None:
    """Up to four levels down, a directory of two or more numbered records that its name (`adr`,
    `decision-log`), its records' names (`adr-01.md`), a tool's first record or a decision record template beside
    them says is a decision log."""
    records(project, folder, *names)
    assert paths(project) == [f"{folder}/{name}" for name in names if not name.endswith(("README.md", "template.md"))]


COSMOS = "# Design Doc {n}: {title}\n\n## Changelog\n\n- Sep 10, 2021: Initial draft\n\n## Status\n\nImplemented\n"
DOCUSAURUS = ("---\nid: {title}\ntitle: \"AD-{n}: {title}\"\n---\n\n# AD-{n}: {title}\n\n## Summary\n\nS.\n\n"
              "## Context\n\nC.\n\n## Decision\n\nD.\n")
BOLD = "# {n}: {title}\n\n- **Author:** O. R.\n- **Status:** Accepted, 2016-11-23\n\n## Context\n\nC.\n"
FRONT = "---\nadr: {n}\ntitle: {title}\nstatus: Proposed\ndate: 2021-02-03\n---\n\n## Context\n\nC.\n"


@pytest.mark.parametrize(("folder", "names", "shape"), [
    ("docs/architecture", ("001-vision.md", "002-modules.md"), NYGARD),
    ("docs/design_docs", ("001-interest-stream.md", "002-deposit.md", "README.md"), COSMOS),  # umee-network/umee
    ("web/docs/contribute/architecture", ("001-vision.md", "002-content.md", "README.md"), DOCUSAURUS),  # neokapi
    ("docs/architecture", ("adr-0001-decouple.md", "adr-0000-template.md", "README.md"), FRONT),  # 1Money-Co/emerald
    (".", ("DR_0001_blocking-upload.md", "DR_0002_map.md", "DR_Template.md", "README.md"), BOLD),  # Cadasta
])
def test_numbered_files_that_read_as_decisions_are_a_log(project: Project, folder: str, names: tuple[str, ...],
                                                        shape: str) -> None:
    """A directory of numbered records whose name says nothing of decisions, the root too, is a log when two of
    its first records read as decisions (a Status heading or line, Context and Decision headings), or when its one
    `adr-N` record has a decision record template beside it."""
    for number, name in enumerate(names, start=1):
        project.write(f"{folder}/{name}", shape.format(n=number, title=name.removesuffix(".md")))
    assert paths(project) == [f"{folder}/{name}".removeprefix("./") for name in names
                              if record_like(name) and "emplate" not in name]


def test_a_log_its_name_finds_outranks_records_that_read_as_decisions(project: Project) -> None:
    """thunderbird-android, StefanMoCoAt/Meldestelle: `docs/engineering/adr` is the log, not also the RFCs beside it
    or dated reports with a `Status:` nearer the root; with no log named so, numbered records that read as
    decisions are found, and a journal named by day is still none."""
    records(project, "docs/engineering/adr", "0001-a.md", "0002-b.md")
    for folder in ("docs/engineering/rfcs", "docs/reports"):
        records(project, folder, "0001-x.md", "0002-y.md")
    records(project, "docs/journal", "2026-01-31_smoke.md", "2026-02-01_sync.md")
    assert paths(project) == ["docs/engineering/adr/0001-a.md", "docs/engineering/adr/0002-b.md"]
    shutil.rmtree(project.root / "docs/engineering/adr")
    assert paths(project) == ["docs/reports/0001-x.md", "docs/reports/0002-y.md"]


def test_numbered_files_that_say_nothing_of_decisions_are_no_log(project: Project) -> None:
    """Numbered tutorials, plans, a task tracker, incident reports, dated blog posts and SQL migrations that read
    as no decision (a task's `## Status` / `✅ COMPLETED`, `**Status:** Resolved`, `## Decision trees`), and records too
    deep, in a hidden cache, in dependencies or behind a symbolic link are not a log: `adr` still says it found none, and
    where it looked."""
    chapters(project, "docs/tutorial", "01-intro.md", "02-setup.md")
    chapters(project, "microsite/blog", "2023-08-23-ccf-on-vm.md", "2023-09-07-on-prem.md")
    chapters(project, "docs/design", "05_video_sorting.md", "06_logo_support.md")
    chapters(project, "text", "0001-a.md", "0002-b.md", "0000-template.md")  # RFCs beside their template
    records(project, "docs/guide", "01-intro.md")  # one decision among chapters is no log
    chapters(project, "docs/guide", "02-setup.md", "03-run.md")
    for n, state in ((1, "✅ COMPLETED"), (2, "🟢 AVAILABLE"), (3, "In progress")):  # maxgiraldo/gram's tasks/
        project.write(f"tasks/1-1.{n}-step.md", f"# Task 1.{n}: Step\n\n## Status\n\n{state}\n")
    for n in (1, 2):  # an incident report's status; a chapter's Context window and Decision trees
        project.write(f"incidents/00{n}-outage.md", f"# Outage {n}\n\n**Status:** Resolved\n\n## Timeline\n")
        project.write(f"book/0{n}-models.md", f"# {n}. Models\n\n## Context window\n\nC.\n\n## Decision trees\n")
    project.write("db/migrations/0001_init.sql", "-- Status: applied\nCREATE TABLE t (status text);\n")
    project.write("db/migrations/0002_more.sql", "-- Status: applied\nALTER TABLE t ADD x int;\n")
    records(project, "a/b/c/d/adr", "0001-a.md", "0002-b.md")
    records(project, ".cache/adr", "0001-a.md", "0002-b.md")  # a cache's, or a fetched module's
    records(project, ".terraform/modules/vpc/docs/adr", "0001-a.md", "0002-b.md")
    records(project, "node_modules/pkg/docs/design/adr", "0001-a.md", "0002-b.md")
    chapters(project, "docs/one/adr", "0001-only-one.md")  # one numbered page, not a decision, in a log's name
    records(project, "../outside/adr", "0001-a.md", "0002-b.md")
    (project.root / "docs" / "linked").symlink_to(project.root.parent / "outside")
    result = project.run("list")
    assert (result.exit_code, result.stderr) == (
        2, no_log_line(project.root))
    assert project.run("new", "X").exit_code == 2


def test_a_search_by_content_opens_no_fifo_and_reads_through_no_link(project: Project) -> None:
    """The search that reads records to find a log unnamed so never opens a FIFO (it would wait for a writer)
    and never reads a file through a symbolic link: of `docs/notes`, one record read, no log."""
    records(project, "../outside", "0001-a.md", "0002-b.md")
    records(project, "docs/notes", "0003-c.md")
    os.mkfifo(project.root / "docs/notes/0001-a.md")
    (project.root / "docs/notes/0002-b.md").symlink_to(project.root.parent / "outside/0002-b.md")
    result = project.run("list")
    assert (result.exit_code, result.stderr) == (2, no_log_line(project.root))


def test_the_shallowest_logs_found_are_read_together(project: Project) -> None:
    """The level nearest the root that holds a log ends the search; two logs there are read together, each
    record labelled with its log, and `adr new` writes in the first."""
    records(project, "docs/design/adr", "0001-deep.md", "0002-deep.md")
    records(project, "handbook/adr", "0001-a.md", "0002-b.md")
    assert logs(project) == [("", "0001-a.md"), ("", "0002-b.md")]
    records(project, "guide/adr", "0001-c.md", "0002-d.md")
    assert logs(project) == [("guide/adr", "0001-c.md"), ("guide/adr", "0002-d.md"),
                             ("handbook/adr", "0001-a.md"), ("handbook/adr", "0002-b.md")]
    assert project.run("new", "E").stdout == "guide/adr/0003-e.md\n"


BOLD_UNDERSCORED = "# ADR-{n:03}: {title}\n\n**Date**: 2020-10-14\n**Status**: Proposed\n\n## Context\n\nC.\n"


def test_logs_beside_a_found_one_are_read_when_their_records_read_as_decisions(project: Project) -> None:
    """sa4s-serc/AgenticAKM: a generator's logs side by side, `dir1/` of `adr-001-x.md` (found by the names)
    beside `dir3/` of `001_X.md` with a `**Status**:` line (found by what the records say), each its own log.
    Numbered chapters beside them, decisions in a folder named otherwise (`notes/`) and under another parent
    stay unread."""
    records(project, "generated/music/dir1", "adr-001-monorepo.md", "adr-002-java.md")
    for number, name in enumerate(("001_Decoupled_Client.md", "002_Hybrid_Build.md"), start=1):
        project.write(f"generated/music/dir3/{name}", BOLD_UNDERSCORED.format(n=number, title=name[4:-3]))
    chapters(project, "generated/music/guide", "01-intro.md", "02-setup.md")
    for folder in ("generated/music/notes", "generated/shop/dir3"):
        for number, name in enumerate(("001_Cache.md", "002_Queue.md"), start=1):
            project.write(f"{folder}/{name}", BOLD_UNDERSCORED.format(n=number, title=name[4:-3]))
    assert logs(project) == [("generated/music/dir1", "adr-001-monorepo.md"), ("generated/music/dir1", "adr-002-java.md"),
                             ("generated/music/dir3", "001_Decoupled_Client.md"),
                             ("generated/music/dir3", "002_Hybrid_Build.md")]
    assert project.run("validate").exit_code == 0


MADR2 = "# {title}\n\n- status: accepted\n- date: 2020-10-09\n\n## Context and Problem Statement\n\nC.\n"


def madr2_records(project: Project, folder: str, *names: str) -> None:
    for name in names:
        project.write(f"{folder}/{name}", MADR2.format(title=name[5:-3]))


def test_logs_kept_by_topic_beside_the_template_they_copy(project: Project) -> None:
    """univention/decision-records: `adr-template.md` at the root, one topic folder per product or concern, each
    numbered from 1, some a level deeper (`nubus/deployment/`), one holding a topic of one record
    (`iam/openlap/`): one log found by its first record's name, 47 records in the others left unread. Every topic
    that holds decisions is a log; numbered chapters among them are not, nor are topics beside no template."""
    project.write("adr-template.md", "# {short title}\n\n- status: {proposed | accepted}\n")
    madr2_records(project, "school", "0000-use-markdown-any-decision-records.md", "0001-ui.md")
    madr2_records(project, "dev", "0001-playwright.md", "0002-versioning.md")
    madr2_records(project, "iam", "0001-engine.md", "0002-hook.md")
    madr2_records(project, "iam/openlap", "0001-dynlist.md")
    madr2_records(project, "nubus/deployment", "0001-plugins.md", "0002-volumes.md")
    chapters(project, "nubus/guide", "01-intro.md", "02-setup.md")
    assert sorted({log for log, _ in logs(project)}) == ["dev", "iam", "iam/openlap", "nubus/deployment", "school"]
    result = project.run("validate")
    assert (result.exit_code, result.stdout) == (0, ""), result.stdout
    # Found by an attack: a topic's area numbered in its one sequence stays the topic's (it was a log of its own,
    # and `adr new` gave a number again); a draft beside a topic's one record leaves the topic a log.
    madr2_records(project, "dev/archive", "0003-old.md", "0004-older.md")
    project.write("iam/openlap/0002-pick-a-database.md", "# 2. Draft: pick a database\n\nTBD\n")
    assert [(log, name) for log, name in logs(project) if log.startswith(("dev", "iam/openlap"))] == [
        ("dev", "0001-playwright.md"), ("dev", "0002-versioning.md"), ("dev", "0003-old.md"), ("dev", "0004-older.md"),
        ("iam/openlap", "0001-dynlist.md"), ("iam/openlap", "0002-pick-a-database.md")]
    assert project.run("new", "--dir", "dev", "Next").stdout == "dev/0005-next.md\n"
    (project.root / "adr-template.md").unlink()
    assert {log for log, _ in logs(project)} == {""}


SPEC = "---\ntitle: {title}\nversion: \"1.0\"\nstatus: draft\nowner: a\n---\n\n# {title}\n\nWhat it is.\n"


def test_a_log_not_yet_begun_outranks_numbered_documents_with_a_status(project: Project) -> None:
    """daichiTAAA/AgentOpsPlatform: design documents numbered by section (`033010_全体構成.md`, front matter
    `status: draft`) beside `033900_ADR/` holding the decision record template alone: the documents were listed
    as eight draft decisions in three logs. The folder named for decisions with its template is the log, empty,
    and `adr new` writes there (the record it writes keeps the folder the log); a log its records' names find
    elsewhere still wins."""
    for folder, names in (("docs/03_design/033_arch", ("033010_overview.md", "033020_runtime.md")),
                          ("docs/03_design/034_app", ("034010_domain.md", "034020_model.md"))):
        for name in names:
            project.write(f"{folder}/{name}", SPEC.format(title=name[7:-3]))
    project.write("docs/03_design/033_arch/033900_ADR/ADR-TEMPLATE.md", "# ADR-XXX: Title\n\n## Status\n\nProposed\n")
    assert paths(project) == []
    assert project.run("new", "Use X").stdout == "docs/03_design/033_arch/033900_ADR/0001-use-x.md\n"
    assert paths(project) == ["docs/03_design/033_arch/033900_ADR/0001-use-x.md"]  # its first record keeps it the log
    (project.root / "docs/03_design/033_arch/033900_ADR/0001-use-x.md").unlink()
    records(project, "handbook/decision-log", "0001-a.md", "0002-b.md")
    assert paths(project) == ["handbook/decision-log/0001-a.md", "handbook/decision-log/0002-b.md"]


def test_the_root_is_the_log_when_nothing_else_is(project: Project) -> None:
    """archivematica-architectural-decisions: the repository is the log (`0000-use-markdown-...md` beside
    README.md and template.md); numbered chapters at the root are not."""
    chapters(project, ".", "01-intro.md", "02-setup.md")
    assert no_log(project)
    for name in ("01-intro.md", "02-setup.md"):
        (project.root / name).unlink()
    project.write("README.md", "# Decisions\n")
    project.write("template.md", "# Title\n")
    records(project, ".", "0000-use-markdown-architectural-decision-records.md", "0001-unify-mets.md")
    assert paths(project) == ["0000-use-markdown-architectural-decision-records.md", "0001-unify-mets.md"]
    assert project.run("new", "Python 3").stdout == "0002-python-3.md\n"
    records(project, "docs/decisions", "0001-z.md")
    assert paths(project) == ["docs/decisions/0001-z.md"]


# What was found before is found as before


def test_the_earlier_ways_are_asked_first(project: Project) -> None:
    """A conventional directory (its components' logs read beside it), then components' logs, then structurizr,
    then Backstage, then the search: a later way never changes the log an earlier one finds."""
    records(project, "docs/design/decision-notes", "0001-searched.md", "0002-searched.md")
    project.write("catalog-info.yaml", "metadata:\n  annotations:\n    backstage.io/adr-location: backstage\n")
    records(project, "backstage", "0001-b.md")
    project.write("docs/workspace.dsl", "workspace {\n    !adrs ../structurizr\n}\n")
    records(project, "structurizr", "0001-s.md")
    records(project, "services/billing/docs/adr", "0001-c.md")
    records(project, "docs/adr", "0001-conventional.md")
    found = []
    for way in ("docs/adr", "services", "docs/workspace.dsl", "catalog-info.yaml"):
        found.append(paths(project))
        target = project.root / way
        if target.is_dir():
            shutil.rmtree(target)
        else:
            target.unlink()
    found.append(paths(project))
    assert found == [["docs/adr/0001-conventional.md", "services/billing/docs/adr/0001-c.md"],
                     ["services/billing/docs/adr/0001-c.md"],
                     ["structurizr/0001-s.md"], ["backstage/0001-b.md"],
                     ["docs/design/decision-notes/0001-searched.md", "docs/design/decision-notes/0002-searched.md"]]


TECH_DOCS = ("---\nowner_slack: \"#team\"\ntitle: ADR-00{n} Use X\nlast_reviewed_on: 2023-03-28\nreview_in: 6 months\n"
             "---\n\n# ADR-00{n} Use X\n\n## Status\n\n✅ Accepted\n\n## Context\n\nC.\n")


def test_a_tech_docs_gem_log_of_html_md_erb_pages_is_found_and_written_in_kind(project: Project) -> None:
    """The GOV.UK tech-docs-gem's pages (`source/documentation/adrs/adr-001.html.md.erb`, Markdown) are records,
    numbered by their name, and their directory is found; `adr new` writes the next one as such a page. An ERB
    template of a record (`0001-x.md.erb`, not a Middleman page) is no record."""
    for n in (0, 1):
        project.write(f"source/documentation/adrs/adr-00{n}.html.md.erb", TECH_DOCS.format(n=n))
    project.write("source/documentation/adrs/adr-002-x.html.md", TECH_DOCS.format(n=2))
    project.write("source/documentation/adrs/0003-x.md.erb", TECH_DOCS.format(n=3))
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["id"], row["title"], row["status"]) for row in rows] == [
        (0, "000", "Use X", "accepted"), (1, "001", "Use X", "accepted"), (2, "002", "Use X", "accepted")]
    made = project.run("new", "Use Y")
    assert made.exit_code == 0, made.stderr
    assert made.stdout.strip() == "source/documentation/adrs/adr-003.html.md.erb"  # of no words, as its pages are named
    assert [row["title"] for row in json.loads(project.run("list", "--format", "json").stdout)][-1] == "Use Y"


def test_the_quick_record_name_test_agrees_with_the_records_layer() -> None:
    """The project layer cannot import the records layer's names; its quick test says the same of every
    record-like name in the kept real logs and of the edge cases of templates and numbers."""
    fixtures = Path(__file__).parent / "fixtures"
    names = {name for _, _, files in os.walk(fixtures) for name in files if name.lower().endswith(".md")}
    names |= {"0000-template.md", "0000-ladr-template.md", "000-template-madr.md", "adr-template.md",
              "0007-use-a-template-engine.md", "ADR-7.md", "adr_012_x.md", "ADR012-slug.md", "2021-01-14-x.md",
              "20210114-x.md", "0001.md", "1.2.md", "0001-x.markdown", "0001-X.MD", "README.md", "a1.md",
              "adrx-1.md", "0001-adr-template-v2.md", "0001-templates.md", "DR005-x.md", "dr-1-x.md", "DR1.md",
              "draft-1.md", "dr.md", "adr-001.html.md.erb", "0001-x.html.md", "0001-x.md.erb", "ADR-001.HTML.MD.ERB",
              "0000-template.html.md.erb", "0001-x.html.erb", "adr-001.erb", "0001-x.mdx", "ADR-2.QMD", "index.mdx",
              "0000-template.mdx", "0001-x.mdx.bak", "0001-x.qmd.md",
              "202012-x.md", "000123-x.md", "201300-x.md", "2020-x.md"}
    assert len(names) > 90
    assert [name for name in sorted(names) if record_like(name) != is_record_name(name)] == []
    # names after a scope of the log's are records the records layer reads as one lettered series
    scoped = ["ADR-ARCH-0001-x.md", "ADR-ARCH-0002-y.md", "adr_p0ap_0001_z.md", "ADR-PR-0003.md"]
    assert [name for name in scoped if not record_like(name)] == []
    assert lettered_names(scoped[:2]) == scoped[:2] and lettered_names(scoped[2:3]) == scoped[2:3]
    assert [name for name in ("adr-template-0001.md", "draft-01-x.md", "adr-a-b-c-1-x.md") if record_like(name)] == []


def test_every_conventional_name_says_decisions() -> None:
    """The search takes a directory named as a conventional one is (`architecture-decision-records`, `ADRs`)
    for a log by its name, and one named for anything else not."""
    assert [name for name in CONVENTIONAL_NAMES if not says_decisions(name)] == []
    assert [name for name in ("design", "docs", "arch", "reference", "blog", "records", "address", "madrid")
            if says_decisions(name)] == []


def test_no_write_adds_ruby_to_a_page_the_docs_site_runs_as_erb(project: Project) -> None:
    """A tech-docs-gem page runs every `<%` tag in it when the site is built: `adr new` refuses a title that
    would add one (exit 2, nothing written), takes ERB's literal `<%%`, and a change to a page keeps the tags the
    page already holds (`# <%= current_page.data.title %>`)."""
    page = ("---\ntitle: ADR-00{n} Use X\nlast_reviewed_on: 2023-03-28\nreview_in: 6 months\n---\n\n"
            "# <%= current_page.data.title %>\n\n## Status\n\nProposed\n")
    for n in (1, 2):
        project.write(f"source/documentation/adrs/adr-00{n}.html.md.erb", page.format(n=n))
    refused = project.run("new", "Use <%= `id` %> here")
    assert (refused.exit_code, refused.stdout) == (2, "")
    assert refused.stderr == (f"adr: {project.root}/source/documentation/adrs/adr-003.html.md.erb: would "
                              "write '<%= `id` %>' into a page the docs site runs as Ruby (ERB) when it is built; "
                              "not writing it (write it as '<%%' to show it as text)\n")
    assert sorted(path.name for path in (project.root / "source/documentation/adrs").iterdir()) == [
        "adr-001.html.md.erb", "adr-002.html.md.erb"]
    assert project.run("new", "Show <%% as text").exit_code == 0
    accepted = project.run("accept", "1")
    assert accepted.exit_code == 0, accepted.stderr
    assert "# <%= current_page.data.title %>\n\n## Status\n\nAccepted" in project.read(
        "source/documentation/adrs/adr-001.html.md.erb")


def test_a_renumbered_page_keeps_its_erb_tags(project: Project) -> None:
    """Renumbering a tech-docs-gem page writes it under its new name and removes the old: the tags it held move
    with it (`# <%= current_page.data.title %>`), which adds none to the log, so the page is renamed."""
    project.write("source/documentation/adrs/adr-003.html.md.erb",
                  "---\ntitle: Use X\n---\n\n# <%= current_page.data.title %>\n\n## Status\n\nProposed\n")
    renumbered = project.run("renumber", "3", "--to", "2")
    assert renumbered.exit_code == 0, renumbered.stderr
    assert sorted(path.name for path in (project.root / "source/documentation/adrs").iterdir()) == [
        "adr-002.html.md.erb"]
    assert "# <%= current_page.data.title %>" in project.read("source/documentation/adrs/adr-002.html.md.erb")


def test_a_hidden_adr_folder_holding_records_is_the_log(project: Project) -> None:
    """sciety/sciety keeps its 17 records in `.adr/` at the root (SigNoz keeps one there too), with no `.adr-dir`:
    found without --dir (no log was found), and `adr new` writes there. Near miss: a `.adr/` holding no record (a
    tool's settings) is no log."""
    project.write(".adr/settings.json", "{}\n")
    assert no_log(project)
    records(project, ".adr", "0001-record-architecture-decisions.md", "0002-use-typescript.md")
    assert paths(project) == [".adr/0001-record-architecture-decisions.md", ".adr/0002-use-typescript.md"]
    assert project.run("new", "Use Docker").stdout == ".adr/0003-use-docker.md\n"


def test_a_log_of_records_named_by_their_words_alone(project: Project) -> None:
    """k3s-io/k3s names its records by their words (`docs/adrs/embedded-registry.md`), as Docusaurus and MkDocs logs
    name a record by its page's address (Unleash, flow-php): in a place a name says is a log, each Markdown file
    but its README, index and template is a record, numbered by none and known by its name (as a date-named one
    is; `etcd-s3-secret.md` is no lettered record 3); nothing is reported as unnumbered; `adr show` finds one by
    its name, and `adr new` names the next by its words (`# Use Redis`, no number, from adr-tools' template too;
    a title whose name would open with a number is refused in one line). Near misses: such files beside numbered records
    stay unread (ADR101 says so), one alone is no log, and a folder no name says is a log is not searched for them."""
    project.write("docs/adrs/embedded-registry.md", "# Embedded registry\n\nDate: 2020-01-02\n\n## Status\n\nAccepted\n")
    project.write("docs/adrs/naming.md", '---\ntitle: "ADR: Naming"\nstatus: accepted\n---\n\n## Background\n\nB.\n')
    project.write("docs/adrs/README.md", "# ADRs\n\nThe index.\n")
    project.write("docs/adrs/template.md", "# Title\n\n## Status\n\n")
    for name in ("etcd-s3-secret", "etcd-s3-retention", "k3s-charts", "testing-2024"):  # k3s' own: words with digits
        project.write(f"docs/adrs/{name}.md", f"# {name}\n\n## Status\n\nAccepted\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["id"], row["title"], row["status"], row["date"]) for row in listed] == [
        (None, "embedded-registry", "Embedded registry", "accepted", "2020-01-02"),
        (None, "etcd-s3-retention", "etcd-s3-retention", "accepted", None),
        (None, "etcd-s3-secret", "etcd-s3-secret", "accepted", None),
        (None, "k3s-charts", "k3s-charts", "accepted", None),
        (None, "naming", "Naming", "accepted", None),
        (None, "testing-2024", "testing-2024", "accepted", None)]
    assert json.loads(project.run("validate", "--format", "json").stdout) == []
    assert json.loads(project.run("show", "naming", "--format", "json").stdout)["title"] == "Naming"
    made = project.run("new", "Use Redis")
    assert (made.exit_code, made.stdout) == (0, "docs/adrs/use-redis.md\n"), made.stderr
    assert project.read("docs/adrs/use-redis.md").startswith("# Use Redis\n\n## Status\n\nProposed\n")  # undated, as most
    project.write("docs/adrs/templates/template.md", "# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n")
    assert project.run("new", "Use Kafka").exit_code == 0
    assert project.read("docs/adrs/use-kafka.md").startswith("# Use Kafka\n\nDate: 2021-05-01\n")
    assert project.run("new", "Use S3 for storage").stdout == "docs/adrs/use-s3-for-storage.md\n"
    refused = project.run("new", "2FA for admins")  # its name would open with a number: no record's in this log
    assert (refused.exit_code, refused.stderr.startswith("adr: this log names its records by their words")) == (2, True)
    # near misses
    records(project, "decisions", "0001-use-x.md")
    project.write("decisions/use-y.md", "# Use Y\n\n## Status\n\nAccepted\n")
    assert [row["id"] for row in json.loads(project.run("--dir", "decisions", "list", "--format", "json").stdout)] \
        == ["0001"]
    assert "ADR101" in project.run("--dir", "decisions", "validate").stdout
    project.write("adr/only-one.md", "# Only one\n\n## Status\n\nAccepted\n")
    assert json.loads(project.run("--dir", "adr", "list", "--format", "json").stdout) == []
    shutil.rmtree(project.root / "docs")
    shutil.rmtree(project.root / "decisions")
    shutil.rmtree(project.root / "adr")
    project.write("guides/getting-started.md", "# Getting started\n\n## Status\n\nAccepted\n")
    project.write("guides/deploying.md", "# Deploying\n\n## Status\n\nAccepted\n")
    assert no_log(project)


def test_a_coding_agent_s_skill_named_for_decision_records_is_no_log(project: Project) -> None:
    """arielperez82/agents-and-skills keeps a skill in `skills/engineering-team/architecture-decision-records/`
    (its `SKILL.md` alone): `adr` took it for the log and stopped there. No log is found; a record beside the
    skill's file makes that folder a log as before."""
    project.write("skills/engineering-team/architecture-decision-records/SKILL.md", "---\nname: adr\n---\n# ADRs\n")
    result = project.run("list")
    assert (result.exit_code, result.stderr) == (2, no_log_line(project.root))
    project.write("skills/engineering-team/architecture-decision-records/0001-use-x.md",
                  "# 1. Use X\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    assert paths(project) == ["skills/engineering-team/architecture-decision-records/0001-use-x.md"]


def test_a_folder_named_for_decisions_in_another_language_is_a_log(project: Project) -> None:
    """KolonLabs/forja keeps `docs/decisiones/` (`Estado: Aceptado`): no log was found; Portuguese `decisões`,
    German `entscheidungen` alike. Near miss: numbered files under another name stay no log."""
    record = "# {n}. X\n\nFecha: 2020-01-0{n}\n\n## Estado\n\nAceptado\n"
    for number in (1, 2):
        project.write(f"docs/decisiones/000{number}-x.md", record.format(n=number))
        project.write(f"docs/chapters/000{number}-x.md", record.format(n=number))
    assert paths(project) == ["docs/decisiones/0001-x.md", "docs/decisiones/0002-x.md"]
    assert says_decisions("decisões") and says_decisions("architektur-entscheidungen")


def test_subfolder_logs_beside_notes_that_are_no_decisions(project: Project) -> None:
    """VladislavDraga398/Expirians_Golang_Project keeps loose notes in `docs/decisions/` and its records in
    `docs/decisions/adr/`: the notes were taken for a log of records named by words, its records left unread. Notes
    that read as no decision leave the subfolder the log; near miss: documents that read as decisions (k3s') stay
    the log (the test above)."""
    project.write("docs/decisions/meeting-notes.md", "# Notes on the meeting\n\nWe talked.\n")
    project.write("docs/decisions/roadmap.md", "# Roadmap\n\n- Q1: things\n")
    project.write("docs/decisions/glossary-terms.md", "# Terms\n\nA word.\n")
    records(project, "docs/decisions/adr", "0001-a.md", "0002-b.md")
    assert logs(project) == [("", "0001-a.md"), ("", "0002-b.md")]


ODH = """\
# Open Data Hub - {title}

|                |            |
| -------------- | ---------- |
| Date           | 2020-05-05 |
| Scope          | Model Serving |
| Status         | {status} |
| Authors        | Ann |
| Supersedes     | N/A |
| Superseded by: | N/A |

## What

{title}.
"""


def test_a_log_s_component_folders_each_numbered_apart_are_logs_of_their_own(project: Project) -> None:
    """opendatahub-io/architecture-decision-records: the project's records (`ODH-ADR-0001-x.md`) beside a folder
    per component, numbered by a prefix of its own (`model-serving/ODH-ADR-MS-0001-x.md`) or from 1 again
    (`automl/ODH-ADR-0001-x.md`), each status in a table row (6 of 43 records were read, and nothing said the
    others were not). The date of a table whose first row is its date is read, or seen as a month alone
    (`| Date | January , 2026 |`: no column is headed by a year, and no ADR304 for a month)."""
    adr = "architecture-decision-records"
    project.write(f"{adr}/ODH-ADR-0000-template.md", ODH.format(title="Title", status="Draft"))
    project.write(f"{adr}/ODH-ADR-0001-use-adrs.md", ODH.format(title="Use ADRs", status="Approved"))
    project.write(f"{adr}/ODH-ADR-0002-pipelines.md", ODH.format(title="Pipelines", status="Draft"))
    project.write(f"{adr}/model-serving/ODH-ADR-MS-0001-private-endpoint.md",
                  ODH.format(title="Private endpoint", status="Review"))
    project.write(f"{adr}/model-serving/images/ODH-ADR-MS-0001-img-1.png", "png")
    project.write(f"{adr}/automl/ODH-ADR-0001-automl.md", ODH.format(title="AutoML", status="Approved"))
    project.write(f"{adr}/eval-hub/ODH-ADR-EH-0003-oci.md",
                  "# **ADR RHAISTRAT-1109 OCI artifacts**\n\n| Date | January , 2026 |\n| :---- | :---- |\n"
                  "| Scope | EvalHub (TrustyAI) |\n| Status | Draft |\n| Authors | TrustyAI |\n")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["log"], row["number"], row["status"], row["date"], row["title"]) for row in rows] == [
        (adr, 1, "approved", "2020-05-05", "Open Data Hub - Use ADRs"),
        (adr, 2, "draft", "2020-05-05", "Open Data Hub - Pipelines"),
        (f"{adr}/automl", 1, "approved", "2020-05-05", "Open Data Hub - AutoML"),
        (f"{adr}/eval-hub", 3, "draft", None, "ADR RHAISTRAT-1109 OCI artifacts"),
        (f"{adr}/model-serving", 1, "review", "2020-05-05", "Open Data Hub - Private endpoint")]
    assert json.loads(project.run("validate", "--format", "json").stdout) == []
    assert project.run("new", "Use MLflow").stdout == f"{adr}/ODH-ADR-0003-use-mlflow.md\n"


SCOPED = "---\nadr: ADR-{scope}-{n:04d}\ntitle: {title}\nstatus: proposed\ndate: 2021-03-0{n}\n---\n\n# {title}\n"


def test_logs_by_scope_named_after_it_are_each_read(project: Project) -> None:
    """andreabenetton/nova keeps "an independent four-digit sequence" per scope in `adr/<scope>/ADR-<SCOPE>-NNNN-x.md`,
    a scope's words holding digits too (`p-0ap/ADR-P0AP-0001-x.md`), the interfaces' scopes grouped a level down
    (`interfaces/p-r/`), two scopes inside another's (`p-stratum/p-rap/`): all 20 records went unread, `list` saying
    the subfolders' files were not named NNNN-title.md and `validate` passing. Each scope is a log of its own."""
    def scope(folder: str, letters: str, *titles: str) -> None:
        for n, title in enumerate(titles, start=1):
            slug = title.lower().replace(" ", "-")
            project.write(f"adr/{folder}/ADR-{letters}-{n:04d}-{slug}.md", SCOPED.format(scope=letters, n=n, title=title))
        project.write(f"adr/{folder}/README.md", f"# {letters}\n\nThe scope's records.\n")

    project.write("adr/README.md", "# Decisions\n\nEach scope has an independent four-digit sequence.\n")
    scope("architecture", "ARCH", "Strict strata", "Version boundaries")
    scope("interfaces/p-r", "PR", "Aggregated edges")
    project.write("adr/interfaces/README.md", "# Interfaces\n")
    scope("p-stratum", "P", "Split the stratum", "Adapters and bindings")
    scope("p-stratum/p-0ap", "P0AP", "Virtual fabric")
    scope("p-stratum/p-rap", "PRAP", "Control stream", "Association")
    project.write("adr/implementation/README.md", "# Implementation\n\nNo record yet.\n")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["log"], row["number"], row["title"]) for row in rows] == [
        ("adr/architecture", 1, "Strict strata"), ("adr/architecture", 2, "Version boundaries"),
        ("adr/interfaces/p-r", 1, "Aggregated edges"),
        ("adr/p-stratum", 1, "Split the stratum"), ("adr/p-stratum", 2, "Adapters and bindings"),
        ("adr/p-stratum/p-0ap", 1, "Virtual fabric"),
        ("adr/p-stratum/p-rap", 1, "Control stream"), ("adr/p-stratum/p-rap", 2, "Association")]
    result = project.run("validate")
    assert (result.exit_code, result.stdout) == (0, "")
    assert project.run("new", "--dir", "adr/p-stratum/p-0ap", "Deterministic clock").stdout == \
        "adr/p-stratum/p-0ap/ADR-P0AP-0002-deterministic-clock.md\n"


def test_a_scope_folder_of_notes_beside_scoped_logs_stays_unread(project: Project) -> None:
    """Near miss of the above: under a log of scopes, a folder of notes numbered by other letters (`step-01-x.md`),
    and one named for nothing a scope's records are, is no log."""
    project.write("adr/architecture/ADR-ARCH-0001-strata.md", SCOPED.format(scope="ARCH", n=1, title="Strata"))
    project.write("adr/architecture/ADR-ARCH-0002-bounds.md", SCOPED.format(scope="ARCH", n=2, title="Bounds"))
    project.write("adr/architecture/guide/step-01-setup.md", "# Setup\n\nRun it.\n")
    project.write("adr/architecture/guide/step-02-use.md", "# Use\n\nUse it.\n")
    assert logs(project) == [("", "ADR-ARCH-0001-strata.md"), ("", "ADR-ARCH-0002-bounds.md")]


@pytest.mark.parametrize("note", ["adr-notes-01-kickoff.md", "adr-v2-1-roadmap.md"])
def test_a_stray_note_beside_a_scope_s_records_leaves_them_numbered(project: Project, note: str) -> None:
    """A note beside `adr/arch/ADR-ARCH-000{1,2}-x.md` named after a word of its own (`adr-notes-01-kickoff.md`),
    or a roadmap (`adr-v2-1-roadmap.md`), made all three unnumbered pages, and `adr new` wrote
    `adr/arch/scoped-thing.md`. A page not named as the scope numbers its records decides nothing: it is left
    unread, as a plain log's `adr-notes-01-x.md` is."""
    project.write("adr/arch/ADR-ARCH-0001-strata.md", SCOPED.format(scope="ARCH", n=1, title="Strata"))
    project.write("adr/arch/ADR-ARCH-0002-bounds.md", SCOPED.format(scope="ARCH", n=2, title="Bounds"))
    project.write(f"adr/arch/{note}", "# Notes\n\nmeeting notes\n")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["title"]) for row in rows] == [(1, "Strata"), (2, "Bounds")]
    assert project.run("new", "Scoped thing").stdout == "adr/arch/ADR-ARCH-0003-scoped-thing.md\n"


@pytest.mark.parametrize(("note", "records"), [("2021-01-05-meeting.md", 3), ("0003-notes.md", 3),
                                               ("2021-01-05-meeting.md", 2)])
def test_a_dated_or_numbered_note_beside_a_scope_s_records_leaves_them_numbered(project: Project, note: str,
                                                                                records: int) -> None:
    """Round 51's attack (M5): one dated (`2021-01-05-meeting.md`) or plain-numbered (`0003-notes.md`) note beside
    `adr/arch/ADR-ARCH-000N-x.md` named the log: `list` showed the note alone, `adr new` wrote
    `adr/arch/2026-12-07-scoped.md` (or `0004-scoped.md`) and ADR101 told the records to be renamed. A series of
    distinct padded numbers that outnumbers the numbered files beside it is the log's: the note decides nothing."""
    titles = ["Strata", "Bounds", "Layers"][:records]
    for n, title in enumerate(titles, start=1):
        project.write(f"adr/arch/ADR-ARCH-000{n}-{title.lower()}.md", SCOPED.format(scope="ARCH", n=n, title=title))
    project.write(f"adr/arch/{note}", "# Notes\n\nmeeting notes\n")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["title"]) for row in rows] == list(enumerate(titles, start=1))
    assert project.run("new", "Scoped thing").stdout == f"adr/arch/ADR-ARCH-000{records + 1}-scoped-thing.md\n"
    assert "ADR101" not in project.run("validate").stdout


def test_a_folder_of_notes_named_as_a_scope_is_no_log(project: Project) -> None:
    """`adr/notes/adr-notes-0{1,2}-x.md` beside the scope `adr/arch/` was read as a log of two status-less
    records. Named as a scope's records are, files none of which reads as a decision are notes."""
    project.write("adr/arch/ADR-ARCH-0001-strata.md", SCOPED.format(scope="ARCH", n=1, title="Strata"))
    project.write("adr/arch/ADR-ARCH-0002-bounds.md", SCOPED.format(scope="ARCH", n=2, title="Bounds"))
    project.write("adr/notes/adr-notes-01-kickoff.md", "# Kickoff\n\nmeeting notes\n")
    project.write("adr/notes/adr-notes-02-retro.md", "# Retro\n\nmeeting notes\n")
    assert logs(project) == [("", "ADR-ARCH-0001-strata.md"), ("", "ADR-ARCH-0002-bounds.md")]


def test_a_scope_named_template_is_read(project: Project) -> None:
    """Round 50's attack (F17): `adr/template/ADR-TEMPLATE-000{1,2}-x.md` was dropped without a word: a scope's
    word `template` was taken for a template's name. Its records, words after their numbers, are a scope's;
    `adr-template-0001.md` stays a template."""
    project.write("adr/arch/ADR-ARCH-0001-strata.md", SCOPED.format(scope="ARCH", n=1, title="Strata"))
    project.write("adr/template/ADR-TEMPLATE-0001-forms.md", SCOPED.format(scope="TEMPLATE", n=1, title="Forms"))
    project.write("adr/template/ADR-TEMPLATE-0002-pages.md", SCOPED.format(scope="TEMPLATE", n=2, title="Pages"))
    assert logs(project) == [("adr/arch", "ADR-ARCH-0001-strata.md"), ("adr/template", "ADR-TEMPLATE-0001-forms.md"),
                             ("adr/template", "ADR-TEMPLATE-0002-pages.md")]
    assert (record_like("ADR-TEMPLATE-0001-forms.md"), record_like("adr-template-0001.md")) == (True, False)


def test_a_scope_s_template_is_no_record(project: Project) -> None:
    """Round 50's attack (F17): `adr/arch/ADR-ARCH-0000-template.md` was read as a record (and failed ADR301) once
    the scope's pages were read by their words; it is the scope's template, as `0000-template.md` is a plain
    log's, in every reading."""
    project.write("adr/arch/ADR-ARCH-0001-strata.md", SCOPED.format(scope="ARCH", n=1, title="Strata"))
    project.write("adr/arch/ADR-ARCH-0002-bounds.md", SCOPED.format(scope="ARCH", n=2, title="Bounds"))
    project.write("adr/arch/ADR-ARCH-0000-template.md", "# ADR-ARCH-NNNN: Title\n\n## Status\n\n{status}\n")
    project.write("adr/arch/adr-notes-01-kickoff.md", "# Notes\n\nmeeting notes\n")
    assert logs(project) == [("", "ADR-ARCH-0001-strata.md"), ("", "ADR-ARCH-0002-bounds.md")]
    result = project.run("validate")
    assert (result.exit_code, result.stdout) == (0, "")
    assert slug_names(["ADR-ARCH-0000-template.md", "notes.md", "roadmap.md"]) == ["notes.md", "roadmap.md"]


def test_a_scope_four_folders_deep_is_read_when_its_records_are_decisions(project: Project) -> None:
    """Round 50's attack (F17): `adr/a/b/c/d/ADR-DEEP-0001-x.md` was dropped without a word (scopes were looked
    for one grouping folder down). Two levels more are read where their records read as decisions; near miss: a
    folder of numbered notes as deep stays unread."""
    project.write("adr/arch/ADR-ARCH-0001-strata.md", SCOPED.format(scope="ARCH", n=1, title="Strata"))
    project.write("adr/a/b/c/d/ADR-DEEP-0001-x.md", SCOPED.format(scope="DEEP", n=1, title="Deep"))
    project.write("adr/e/f/g/h/0001-setup.md", "# Setup\n\nRun it.\n")
    project.write("adr/e/f/g/h/0002-use.md", "# Use\n\nUse it.\n")
    assert logs(project) == [("adr/a/b/c/d", "ADR-DEEP-0001-x.md"), ("adr/arch", "ADR-ARCH-0001-strata.md")]


def test_a_folder_of_files_alone_is_listed_once_in_a_search(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder of many files and no subfolder (`data/`) beside the log a search finds was listed three times,
    every name kept (the components' look twice, then the search). One stat now says it holds no folder; the
    search lists it once."""
    for n in range(50):
        project.write(f"data/f{n:03d}.json", "{}\n")
    records(project, "design/adr-log", "0001-a.md", "0002-b.md")
    listed: list[str] = []
    scandir, listdir = os.scandir, os.listdir

    def listing(real: Callable[[str], Any]) -> Callable[[str], Any]:
        def counted(path: str = ".") -> Any:
            listed.append(os.fspath(path))
            return real(path)
        return counted

    monkeypatch.setattr(os, "scandir", listing(scandir))
    monkeypatch.setattr(os, "listdir", listing(listdir))
    assert logs(project) == [("", "0001-a.md"), ("", "0002-b.md")]
    assert listed.count(str(project.root / "data")) == 1


DR = "---\nrole: decision\n---\n\n# DR-{n:04d}: {title}\n\nStatus: {status}.\n\n## Context\n\nC.\n\n## Decision\n\nD.\n"
PAGE = "---\nrole: {role}\nstate: canonical\n---\n\n# {title}\n\nStatus: canonical.\n\n| Decision | Code |\n| --- | --- |\n"


def test_stage_folders_beside_the_log_s_own_pages_are_its_records(project: Project) -> None:
    """HengYangDS/ethos keeps `docs/decisions/accepted/DR-000N-x.md` and `superseded/`, beside pages of its own (an
    index, a table of code links, a dependency map, each `Status: canonical.`): the pages were listed as its two
    records and the eight records went unread. A page's `canonical` is no decision's state, the stage folders are
    one log, and pages named by their words beside them are none of its records."""
    project.write("docs/decisions/README.md", PAGE.format(role="index", title="Decision Records"))
    for name, title in (("decision-index", "Decision Index"), ("decision-code-links", "Decision Code Links"),
                        ("decision-dependency-map", "Decision Dependency Map")):
        project.write(f"docs/decisions/{name}.md", PAGE.format(role="reference", title=title))
    project.write("docs/decisions/templates/decision-record.md", DR.format(n=0, title="Title", status="proposed"))
    for n, stage, title in ((1, "accepted", "Topology"), (2, "superseded", "Isomorphism"), (3, "accepted", "Scope")):
        project.write(f"docs/decisions/{stage}/DR-{n:04d}-{title.lower()}.md",
                      DR.format(n=n, title=title, status=stage))
        project.write(f"docs/decisions/{stage}/README.md", f"# {stage.title()} decisions\n")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["log"], row["number"], row["status"], row["title"]) for row in rows] == [
        ("", 1, "accepted", "Topology"), ("", 2, "superseded", "Isomorphism"), ("", 3, "accepted", "Scope")]


def test_a_second_log_kept_in_stage_folders_alone_is_read(project: Project) -> None:
    """thyags/method-ceip keeps its first records in `docs/adr/` and the later ones in `adr/accepted/` (beside
    `proposed/` and `rejected/` holding a README each: "create ADRs in adr/proposed, move them to adr/accepted"):
    `adr/` holds no record of its own, so it was passed over without a word. It is a log, its stage folders one."""
    records(project, "docs/adr", "0001-a.md", "0002-b.md")
    project.write("adr/README.md", "# ADR repository\n\nCreate new ADRs in `adr/proposed`.\n")
    project.write("adr/accepted/0003-c.md", NYGARD.format(n=3, title="c"))
    project.write("adr/proposed/README.md", "# Proposed\n")
    project.write("adr/rejected/README.md", "# Rejected\n")
    assert logs(project) == [("docs/adr", "0001-a.md"), ("docs/adr", "0002-b.md"), ("adr", "0003-c.md")]


def test_numbered_changelog_entries_released_are_no_log(project: Project) -> None:
    """A `changelog/` of numbered entries whose status is a release's (`Status: released`, `shipped`) is no
    decision log, as a blog's `status: publish` is none; near miss: the same folder with `Status: accepted`."""
    for n in (1, 2, 3):
        project.write(f"changelog/000{n}-release-1-{n}.md",
                      f"# Release 1.{n}\n\nStatus: {'released' if n < 3 else 'shipped'}\n\n- Fixed things.\n")
    assert no_log(project)
    for n in (1, 2, 3):
        project.write(f"changelog/000{n}-release-1-{n}.md", f"# Release 1.{n}\n\nStatus: accepted\n\nWe ship.\n")
    assert [name for _, name in logs(project)] == ["0001-release-1-1.md", "0002-release-1-2.md", "0003-release-1-3.md"]


def test_a_log_in_a_coding_agent_s_hidden_folder_is_found_when_no_other_is(project: Project) -> None:
    """adrodriguezlopez/wine-fermentation-system keeps its 46 records in `.ai-context/adr/`, ayia/treadSignals its
    own in `.claude/adr/` (audit round 54): a search that passed over every hidden folder found no log. Hidden
    folders are searched once no other search found one, so a log in the open still outranks them; version
    control's, caches' and environments' never are."""
    records(project, ".claude/adr", "000-template.md", "001-framework-nextjs.md", "002-backend-supabase.md")
    records(project, ".ai-context/notes", "0001-a.md", "0002-b.md")  # read as decisions: found by content only
    records(project, ".git/adr", "0001-a.md", "0002-b.md")
    records(project, ".claude/worktrees/feat/decisions", "0001-a.md", "0002-b.md")  # another branch's checkout
    project.write(".claude/worktrees/feat/.git", "gitdir: ../../../.git/worktrees/feat\n")
    assert paths(project) == [".claude/adr/001-framework-nextjs.md", ".claude/adr/002-backend-supabase.md"]
    assert project.run("new", "Use Redis").stdout == ".claude/adr/003-use-redis.md\n"
    records(project, "docs/adr", "0001-record-architecture-decisions.md", "0002-use-python.md")
    assert paths(project) == ["docs/adr/0001-record-architecture-decisions.md", "docs/adr/0002-use-python.md"]
    shutil.rmtree(project.root / "docs")
    shutil.rmtree(project.root / ".claude/adr")
    assert paths(project) == [".ai-context/notes/0001-a.md", ".ai-context/notes/0002-b.md"]
    shutil.rmtree(project.root / ".ai-context")
    assert (project.run("list").exit_code, project.run("new", "X").exit_code) == (2, 2)  # the worktree's is none


def test_a_misspelt_folder_a_tool_s_file_names_is_answered_with_where_the_records_are(project: Project) -> None:
    """embvm/stm32l4's `.adr-dir` says `docs/decisons/` (audit 54, lane a), basher83/HallowBranch's
    `.log4brains.yml` a `.docs/` the log is not in (lane b): adr said to run `adr init` there, which would start a
    second, empty log beside the real one. It names the folder of records nearest the name, or the log a search
    finds; with neither, `adr init` is still the advice."""
    project.write(".adr-dir", "docs/decisons/\n")
    records(project, "docs/decisions", "0001-record-architecture-decisions.md")
    misspelt = project.run("list")
    assert (misspelt.exit_code, misspelt.stderr) == (
        2, "adr: decision directory docs/decisons does not exist (named by .adr-dir); the records are in "
           "docs/decisions/: fix .adr-dir, or pass --dir docs/decisions\n")
    (project.root / ".adr-dir").unlink()
    project.write(".log4brains.yml", "project:\n  name: p\n  adrFolder: ./.docs/project-management/decisions\n")
    records(project, "docs/project-management/decisions", "20250908-use-log4brains.md", "20250920-use-x.md")
    elsewhere = project.run("list")
    assert (elsewhere.exit_code, elsewhere.stderr) == (
        2, "adr: decision directory .docs/project-management/decisions does not exist (named by .log4brains.yml); "
           "the records are in docs/project-management/decisions/: fix .log4brains.yml, or pass --dir "
           "docs/project-management/decisions\n")
    shutil.rmtree(project.root / "docs")
    assert project.run("list").stderr.endswith("; run `adr init` to start it there\n")


def test_a_folder_a_tool_s_file_names_below_folders_not_kept_is_answered_with_where_the_records_are(
        project: Project) -> None:
    """AquaWallet's `.adr-dir` names `exclude-from-public-repo/doc/architecture/decisions`, a folder its public
    mirror keeps as `doc/architecture/decisions` (audit 55, lane a): adr advised `adr init`, which would start a
    second, empty log. A tail of the named path that holds records is where they are."""
    project.write(".adr-dir", "exclude-from-public-repo/doc/architecture/decisions\n")
    records(project, "doc/architecture/decisions", "0001-record-architecture-decisions.md")
    result = project.run("list")
    assert (result.exit_code, result.stderr) == (
        2, "adr: decision directory exclude-from-public-repo/doc/architecture/decisions does not exist (named by "
           ".adr-dir); the records are in doc/architecture/decisions/: fix .adr-dir, or pass --dir "
           "doc/architecture/decisions\n")
    (project.root / "doc/architecture/decisions/0001-record-architecture-decisions.md").unlink()
    assert project.run("list").stderr.endswith("; run `adr init` to start it there\n")


# Several logs, the current directory in none: the one a command takes

STAGE = "# ADR-{n:03}: Chose {n}\n\n## Statut\n\nAccepté\n\n## Contexte\n\nC.\n\n## Décision\n\nD.\n"


def stages(project: Project) -> None:
    """Louqman-ETS/log430-labo-07 (audit 55, lane c): a course's logs, one per stage (`docs-etape2/ADR/`,
    `docs-etape3/ADR/`), numbered across them."""
    for folder, numbers in (("etape2/ADR", (3, 4)), ("etape3/ADR", (5, 6))):
        for n in numbers:
            project.write(f"{folder}/adr-{n:03}-chose-{n}.md", STAGE.format(n=n))


def test_new_takes_no_number_another_log_holds_and_says_which_log_it_took(project: Project,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """From a folder in none of several logs, `adr new` wrote in the first by its path (the oldest stage) under a
    number a later stage holds (`etape2/ADR/adr-005-x.md` beside `etape3/ADR/adr-005-chose-5.md`), saying nothing.
    Now it refuses, naming the logs, when the first's next number is another's; where it is not (a monorepo's
    components, each numbered on its own), it writes in the first and says so. Inside a log, or with --dir, it
    writes there."""
    stages(project)
    result = project.run("new", "Chose sept")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", (
        "adr: 2 logs here (etape2/ADR, etape3/ADR), and the current directory is in none of them; the next number "
        "of etape2/ADR, 5, is taken in etape3/ADR: pass --dir with the log to write in, or run `adr new` inside "
        "it\n"))
    assert sorted(path.name for path in project.root.rglob("*.md")) == [
        "adr-003-chose-3.md", "adr-004-chose-4.md", "adr-005-chose-5.md", "adr-006-chose-6.md"]
    assert project.run("--dir", "etape3/ADR", "new", "Chose sept").stdout == "etape3/ADR/adr-007-chose-sept.md\n"
    monkeypatch.chdir(project.root / "etape3")
    assert adr("new", "Chose huit").stdout == "ADR/adr-008-chose-huit.md\n"
    monkeypatch.chdir(project.root)
    shutil.rmtree(project.root / "etape3")
    stages(project)
    records(project, "services/billing/docs/adr", "0001-a.md", "0002-b.md")
    records(project, "services/search/docs/adr", "0001-c.md")
    for folder in ("etape2", "etape3"):
        shutil.rmtree(project.root / folder)
    result = project.run("new", "Use Kafka")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "services/billing/docs/adr/0003-use-kafka.md\n", (
        "adr: 2 logs here (services/billing/docs/adr, services/search/docs/adr), and the current directory is in "
        "none of them; wrote in services/billing/docs/adr, the first: pass --dir to write in another\n"))



def test_new_says_which_of_two_conventional_logs_it_took_and_why(project: Project) -> None:
    """Round 56 (fulmenhq/goneat): `docs/crucible-go/architecture/decisions` (synced in, 3 records) and the project's
    own `docs/architecture/decisions` (1): `adr new` wrote in the synced copy without a word. It says which log it
    took and by what rule, so the user can pass --dir."""
    for n in (1, 2, 3):
        project.write(f"docs/crucible-go/architecture/decisions/ADR-000{n}-v{n}.md",
                      f'---\nid: "ADR-000{n}"\nstatus: "accepted"\ndate: "2025-10-1{n}"\n---\n\n# ADR-000{n}: V{n}\n')
    project.write("docs/architecture/decisions/adr-0001-l1.md",
                  '---\ntitle: "L1"\nstatus: "approved"\ndate: "2025-10-10"\n---\n\n# ADR-0001: L1\n')
    result = project.run("new", "Local thing")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "docs/crucible-go/architecture/decisions/ADR-0004-local-thing.md\n",
        "adr: 2 logs here (docs/crucible-go/architecture/decisions, docs/architecture/decisions); wrote in "
        "docs/crucible-go/architecture/decisions, the one holding the most records: pass --dir to write in another\n")
    result = project.run("--dir", "docs/architecture/decisions", "new", "Local thing")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "docs/architecture/decisions/adr-0002-local-thing.md\n", "")


def test_new_in_a_log4brains_project_with_packages_says_it_wrote_in_the_project_s_log(project: Project) -> None:
    """Round 56 (BMK-6/microwatt-vsx-vmx): log4brains' project folder `(docs/adr)` holds its 2 bootstrap records, the
    package's `docs/adr` the 6 real ones. log4brains asks which package a new record is of; adr writes in the
    project's own log and says so, naming the package's."""
    project.write(".log4brains.yml", "project:\n  name: m\n  adrFolder: (docs/adr)\n  packages:\n"
                  "    - name: vsx\n      path: ./\n      adrFolder: .//docs/adr\n")
    for folder, name in (("(docs/adr)", "20260316-use-log4brains"), ("docs/adr", "20260316-vsx-first")):
        project.write(f"{folder}/{name}.md", f"# {name[9:]}\n\n- Status: accepted\n- Date: 2026-03-16\n\n"
                      "## Context\n\nc\n")
    result = project.run("new", "Use foo")
    assert (result.exit_code, result.stderr) == (0, (
        "adr: 2 logs here ((docs/adr), docs/adr); wrote in (docs/adr), the log4brains project's own, not a package's "
        "(log4brains asks which): pass --dir to write in another\n"))
    assert result.stdout.startswith("(docs/adr)/")


def test_show_looks_in_every_log_and_names_them_where_a_number_is_in_several(project: Project) -> None:
    """From a folder in none of several logs, a number names the one record of every log that holds it: `adr show
    5` shows etape3's; one no log holds is said to be in none of them, by their names (it named the first's
    absolute path); one that two logs hold (SlitherinSnake's stage folders each copy record 1) is refused naming
    the logs, not as four files of one name sharing it; and a file's name two logs hold is refused naming their
    paths, by which it is then shown (it showed the first without a word)."""
    stages(project)
    assert project.run("show", "5", "--format", "json").stdout.count('"path": "etape3/ADR/adr-005-chose-5.md"') == 1
    assert project.run("show", "1").stderr == "adr: no record number 1 in etape2/ADR or etape3/ADR\n"
    project.write("etape3/ADR/adr-003-chose-3.md", STAGE.format(n=3))
    result = project.run("show", "3")
    assert (result.exit_code, result.stderr) == (2, "adr: record 3 is in 2 logs (etape2/ADR, etape3/ADR): pass --dir "
                                                    "with its log, or run the command inside it\n")
    result = project.run("show", "adr-003-chose-3.md")
    assert (result.exit_code, result.stderr) == (2, (
        "adr: 'adr-003-chose-3.md' names a record in each of 2 logs (etape2/ADR/adr-003-chose-3.md, "
        "etape3/ADR/adr-003-chose-3.md): name it by its path, or pass --dir with its log\n"))
    shown = project.run("show", "etape3/ADR/adr-003-chose-3.md", "--format", "json")
    assert json.loads(shown.stdout)["path"] == "etape3/ADR/adr-003-chose-3.md"


def test_show_by_path_in_several_logs_gives_the_log_and_shows_no_readme(project: Project) -> None:
    """Of several logs (audit 55b, L7): `adr show PATH --format json` gave `"log": ""` (read from the file alone)
    where `adr show N` gave the record's log; a name no log holds was said to be missing from the first log alone,
    though every log was looked in; and a hand-written README named by its path was printed as a record. A path
    names a record of the log as a number does; a name or a path no log holds is said missing from every log."""
    stages(project)
    project.write("etape3/ADR/README.md", "# Nos décisions\n\nVoir les ADR.\n")
    shown = json.loads(project.run("show", "etape3/ADR/adr-005-chose-5.md", "--format", "json").stdout)
    assert (shown["log"], shown["number"]) == ("etape3/ADR", 5)
    for ref in ("Chose", "20240101", "etape3/ADR/README.md"):
        result = project.run("show", ref)
        assert (result.exit_code, result.stdout, result.stderr) == (
            2, "", f"adr: no record {ref!r} in etape2/ADR or etape3/ADR\n")


def test_a_number_the_root_s_log_lacks_is_said_to_be_another_log_s(project: Project) -> None:
    """watchout/hotel-kanri: `docs/adr/` with record 1 beside `docs/01_systems/saas/adr/` with three, the log a
    command takes from the root (the largest): `adr show 1` said there was no record 1. It still means the
    taken log's record, and says which log holds one."""
    records(project, "docs/adr", "ADR-001-final-audit-workflow.md")
    records(project, "docs/01_systems/saas/adr", "0001-tenancy.md", "0002-billing.md", "0003-search.md")
    assert project.run("show", "2", "--format", "json").stdout.count('"path": "docs/01_systems/saas/adr/') == 1
    result = project.run("show", "4")
    assert (result.exit_code, result.stderr) == (2, "adr: no record number 4 in docs/01_systems/saas/adr\n")
    shutil.rmtree(project.root / "docs/01_systems/saas/adr")
    records(project, "docs/01_systems/saas/adr", "0002-billing.md", "0003-search.md", "0004-cache.md")
    result = project.run("show", "1")
    assert (result.exit_code, result.stderr) == (2, "adr: no record number 1 in docs/01_systems/saas/adr; docs/adr "
                                                    "holds one: pass --dir docs/adr\n")


def test_each_of_several_logs_keeps_an_index_of_its_own_records(project: Project, monkeypatch: pytest.MonkeyPatch
                                                                ) -> None:
    """`adr index` wrote every log's records into the first's folder, a README saying they are "from the records
    in this directory", and an index a log kept of its own (`--dir`) was then out of date for validate (ADR601)
    and rewritten with every log's records by the next `adr new`. Each log's index is of its records alone: from
    a folder in none of them `adr index` names the logs (nothing written); inside one, or with --dir, it writes
    that log's; a write keeps it in step, and validate finds it so."""
    stages(project)
    result = project.run("index")
    assert (result.exit_code, result.stderr) == (2, (
        "adr: 2 logs here (etape2/ADR, etape3/ADR), and the current directory is in none of them; `adr index` "
        "writes one log's index: pass --dir with the log to index, or run it inside it\n"))
    assert project.run("index", "--check").exit_code == 2
    assert not list(project.root.rglob("README.md"))
    assert project.run("--dir", "etape3/ADR", "index").stdout == "etape3/ADR/README.md\n"
    monkeypatch.chdir(project.root / "etape2")
    assert adr("index").stdout == "ADR/README.md\n"
    monkeypatch.chdir(project.root)
    rows = [line.split(" | ")[0] for line in project.read("etape3/ADR/README.md").splitlines() if line[:3] == "| 0"]
    assert rows == ["| 0005", "| 0006"]
    assert project.run("validate").exit_code == 0
    result = project.run("--dir", "etape3/ADR", "new", "Chose sept")
    assert result.stderr == "adr: updated etape3/ADR/README.md\n"
    rows = [line.split(" | ")[0] for line in project.read("etape3/ADR/README.md").splitlines() if line[:3] == "| 0"]
    assert rows == ["| 0005", "| 0006", "| 0007"]
    assert [item["code"] for item in json.loads(project.run("validate", "--format", "json").stdout)
            if item["code"] != "ADR204"] == []  # (the new record's placeholders: ADR204)


def test_a_stage_s_folder_of_records_beside_the_components_logs_is_a_log(project: Project) -> None:
    """Louqman-ETS/log430-labo-07 keeps its first stage's records in `docs-etape1/` (`adr-003-flask.md`,
    `adr-004-x.md` beside a report), its later stages' in `docs-etape2/ADR/` and `docs-etape3/ADR/` (audit 55, lane
    c, 1b): the two found, the first went unread, with no word. A folder beside the components whose logs were
    found is a log when its names say so, as a search would say; one of numbered notes beside them is none."""
    stages(project)
    for n in (1, 2):
        project.write(f"etape1/adr-{n:03}-chose-{n}.md", STAGE.format(n=n))
    project.write("etape1/rapport.md", "# Rapport\n")
    chapters(project, "notes", "01-intro.md", "02-setup.md")
    assert [(row["log"], row["number"]) for row in json.loads(project.run("list", "--format", "json").stdout)] == [
        ("etape1", 1), ("etape1", 2), ("etape2/ADR", 3), ("etape2/ADR", 4), ("etape3/ADR", 5), ("etape3/ADR", 6)]


def test_a_component_s_log_that_is_a_link_to_another_s_is_that_log(project: Project,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A component's `docs/adr` kept as a link to another component's (audit 55b, H1): the one folder was two logs,
    every record listed twice, and each write with an index planned the one README twice (exit 3, "README.md changed
    twice in one transaction"). Two names of one folder are one log: listed once, its index written once."""
    records(project, "services/a/docs/adr", "0001-a.md")
    records(project, "services/c/docs/adr", "0001-c.md")
    (project.root / "services/b/docs").mkdir(parents=True)
    (project.root / "services/b/docs/adr").symlink_to("../../a/docs/adr")
    assert [row["path"] for row in json.loads(project.run("list", "--format", "json").stdout)] == [
        "services/a/docs/adr/0001-a.md", "services/c/docs/adr/0001-c.md"]
    monkeypatch.chdir(project.root / "services/a")
    assert adr("index").stdout == "docs/adr/README.md\n"
    result = adr("--today", "2021-05-01", "new", "Two")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "docs/adr/0002-two.md\n",
                                                                "adr: updated docs/adr/README.md\n")
    rows = [line.split(" | ")[0] for line in project.read("services/a/docs/adr/README.md").splitlines()
            if line[:3] == "| 0"]
    assert rows == ["| 0001", "| 0002"]


def test_a_folder_of_links_to_another_log_s_records_is_no_log(project: Project) -> None:
    """A stage's folder kept as links to an earlier stage's records (`etape4/adr-001-chose-1.md ->
    ../etape1/adr-001-chose-1.md`, audit 55b, L10) was one more log: its records listed twice, and `adr new`
    refused on the numbers it shared. Its records are the other log's, read once."""
    stages(project)
    for n in (1, 2):
        project.write(f"etape1/adr-{n:03}-chose-{n}.md", STAGE.format(n=n))
        (project.root / "etape4").mkdir(exist_ok=True)
        (project.root / f"etape4/adr-{n:03}-chose-{n}.md").symlink_to(f"../etape1/adr-{n:03}-chose-{n}.md")
    assert [(row["log"], row["number"]) for row in json.loads(project.run("list", "--format", "json").stdout)] == [
        ("etape1", 1), ("etape1", 2), ("etape2/ADR", 3), ("etape2/ADR", 4), ("etape3/ADR", 5), ("etape3/ADR", 6)]
    result = project.run("new", "Chose sept")
    assert (result.exit_code, result.stderr) == (2, (
        "adr: 3 logs here (etape1, etape2/ADR, etape3/ADR), and the current directory is in none of them; the next "
        "number of etape1, 3, is taken in etape2/ADR: pass --dir with the log to write in, or run `adr new` inside "
        "it\n"))


def aws_two_logs(project: Project) -> None:
    """aws-samples/aws-iam-identity-center-extensions: `.adr-dir` names the `docs/adr` of its first `adr init` (1
    record), and its decisions live in `docs/architecture/decisions/` (4)."""
    project.today = "2022-10-01"
    project.write(".adr-dir", "docs/adr\n")
    project.write("docs/adr/0001-record-architecture-decisions.md",
                  "# 1. Record architecture decisions\n\nDate: 2022-08-22\n\n## Status\n\nAccepted\n")
    for n in (1, 2, 3, 4):
        project.write(f"docs/architecture/decisions/000{n}-decision-{n}.md",
                      f"# {n}. Decision {n}\n\nDate: 2022-09-07\n\n## Status\n\nProposed\n\n## Context\n\nx\n")


def test_a_folder_of_records_beside_the_named_log_is_read_from_inside_it(project: Project, repo: GitRepo,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Round 56 (aws-samples): from inside `docs/architecture/decisions/`, adr listed the single record of the
    `docs/adr` `.adr-dir` names, and `adr new` wrote there. The folder the user is in is read (said in one line),
    and a new record goes there."""
    aws_two_logs(project)
    monkeypatch.chdir(project.root / "docs/architecture/decisions")
    note = ("adr: reading docs/architecture/decisions/, the folder of records the current directory is in, not "
            "docs/adr/, the log .adr-dir names\n")
    result = adr("list", "--format", "json")
    assert ([row["title"] for row in json.loads(result.stdout)], result.stderr) == (
        ["Decision 1", "Decision 2", "Decision 3", "Decision 4"], note)
    result = adr("--today", "2022-10-01", "new", "Decision five")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "0005-decision-five.md\n", note)


def test_list_and_validate_name_a_folder_of_records_outside_the_named_log(project: Project, repo: GitRepo) -> None:
    """Round 56 (aws-samples): at the root, list and validate showed the named log's one record and nothing
    else. They still read the log `.adr-dir` names, and say in one line where the other records are."""
    aws_two_logs(project)
    note = ("adr: docs/architecture/decisions/ holds records outside docs/adr/, the log .adr-dir names: pass --dir "
            "docs/architecture/decisions to read them\n")
    result = project.run("list", "--format", "json")
    assert ([row["title"] for row in json.loads(result.stdout)], result.stderr) == (
        ["Record architecture decisions"], note)
    result = project.run("validate")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", note)
    assert project.run("show", "1").stderr == ""


def test_no_log_found_names_folders_of_records_numbered_after_a_category_s_letters(project: Project) -> None:
    """Audit 56 (lane c, class 7): kougakusai/DR keeps one record a category (`Clubhook/architecture/ARC-002-x.md`,
    `Clubhook/engineering/ENG-001-x.md`): adr said no log was found, and nothing more. The line names those folders,
    each with its last record, to pass with --dir."""
    project.write("Clubhook/architecture/ARC-002-backend-deployment.md",
                  "# ARC-002-backend-deployment\n\nDate: 2021/07/17\n\n## Status\n\nproposed\n\n## Context\n\nc\n")
    project.write("Clubhook/engineering/ENG-001-adopted-frontend-technology.md",
                  "# ENG-001:Adopted front end technology.md\n\n## Status\n\nproposed\n\n## Context\n\nc\n")
    project.write("Clubhook/decision_records.md", "# Decision records\n")
    result = project.run("list")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == no_log_line(project.root)[:-1] + (
        " with one of the folders of records numbered after letters: Clubhook/architecture/ "
        "(ARC-002-backend-deployment.md), Clubhook/engineering/ (ENG-001-adopted-frontend-technology.md)\n")


def test_a_folder_named_as_a_log_holding_its_first_record_is_a_log(project: Project) -> None:
    """Round 57 (wer-inc/gogooku3): `docs/governance/adr/` holds `ADR-0001-x.md` and a `template.md`; adr said no
    log was found. A folder named as logs are (`adr`, `ADR`, `decisions` ...) holding one numbered record named or
    titled as an ADR, or reading as a decision, is a log; one numbered page of another kind there is none, nor is
    one decision in a folder of another name (``test_numbered_files_that_say_nothing_of_decisions_are_no_log``)."""
    project.write("docs/governance/adr/ADR-0001-modern-package.md",
                  "# ADR-0001: モダン\n\n日付: 2025-08-28\nステータス: Accepted\n\n## 背景 / Context\n- x\n")
    project.write("docs/governance/adr/template.md", "# ADR-XXXX: タイトル\n\n日付: YYYY-MM-DD\n")
    result = project.run("list", "--format", "csv")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.splitlines()[1].startswith("1,モダン,accepted,2025-08-28,")


def test_deeper_folders_named_as_logs_are_read_beside_the_log_a_search_found(project: Project) -> None:
    """Round 57 (JavyWorld/Aventide.gift): `docs/01-ADR/` holds the project's records, and each of its domains
    `docs/02-DOMAINS/<domain>/ADR/0001-contexto-y-decisiones.md` (titled `# ADR-0001: ..`): adr read the first
    alone and said nothing of the others. Each domain's folder is a log of its own, listed with its label; a
    deeper folder under another name is not."""
    for n in (1, 2):
        project.write(f"docs/01-ADR/000{n}-x{n}.md", f"# ADR-000{n}: X{n}\n\n## Estado\n\nAceptado\n")
    for domain in ("payments", "users"):
        project.write(f"docs/02-DOMAINS/{domain}/ADR/0001-contexto-y-decisiones.md",
                      f"# ADR-0001: Contexto ({domain})\n\n- **Estado**: Aprobado\n\n## Decisiones\n- y\n")
    project.write("docs/02-DOMAINS/users/notes/0001-notas.md", "# ADR-0001: Notas\n\n## Estado\n\nAceptado\n")
    result = project.run("list", "--format", "json")
    assert result.exit_code == 0
    assert [record["log"] for record in json.loads(result.stdout)] == [
        "docs/01-ADR", "docs/01-ADR", "docs/02-DOMAINS/payments/ADR", "docs/02-DOMAINS/users/ADR"]


def test_a_subfolder_of_a_log_named_by_words_holding_a_record_is_named_by_adr101(project: Project) -> None:
    """Audit 58 (class 4): cbinsights keeps a retired record in `adr/deprecated/zindex-values.md` beside records named
    by their words alone; nothing was said of it (a numbered log's subfolder gets ADR101). It gets the same finding;
    a file of other words there (its README) stays unnamed."""
    for name in ("relative_spacing", "zindex_values"):
        project.write(f"adr/{name}.md", f"# {name}\n\n- **Status:** Accepted\n- **Date:** 2020-08-28\n\n## Context\n\nW.\n")
    project.write("adr/deprecated/zindex-values.md", "# Old z-index\n\n- **Status:** Deprecated\n")
    project.write("adr/deprecated/README.md", "# Retired records\n")
    result = project.run("validate")
    assert (result.exit_code, result.stdout) == (0, (
        "adr/deprecated/zindex-values.md:1:1: ADR101 warning: deprecated/ holds a record file adr does not read: "
        "records are read from adr/ itself, not its subfolders; move them up, or name the subfolder a log of its "
        "own (config `dirs`)\n"))


def test_a_folder_of_templates_beside_records_named_by_words_is_no_unread_record(project: Project) -> None:
    """rwdiff of round 58: HengYangDS/ethos keeps `docs/decisions/templates/decision-record.md` beside records named by
    their words; once such a log's subfolders were looked into, the template drew ADR101 as an unread record. A
    folder of templates, and a file named as a template, are none."""
    for name in ("relative_spacing", "zindex_values"):
        project.write(f"adr/{name}.md", f"# {name}\n\n- **Status:** Accepted\n- **Date:** 2020-08-28\n\n## Context\n\nW.\n")
    project.write("adr/templates/decision-record.md", "# Title\n\n- **Status:** Proposed\n")
    project.write("adr/drafts/adr-template.md", "# Title\n\n- **Status:** Proposed\n")
    result = project.run("validate")
    assert (result.exit_code, result.stdout) == (0, "")
