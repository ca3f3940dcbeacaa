"""Bad input ends in one clear line naming the file, exit 2, and nothing written."""

from __future__ import annotations

import errno
import os

import pytest

from conftest import Project, no_log_line

GOOD = "---\nstatus: accepted\ndate: 2021-04-19\n---\n# Good one\n"


@pytest.mark.parametrize(("content", "message"), [
    (b"---\nstatus: accepted\n# Never closed\n",
     "decisions/0002-broken.md:1: front matter opened on line 1 is never closed with '---'"),
    (b"---\nstatus: !!python/object/apply:os.system [echo hi]\n---\n# Title\n",
     "decisions/0002-broken.md:2: invalid YAML front matter: could not determine a constructor for the tag "
     "'tag:yaml.org,2002:python/object/apply:os.system'"),
    (b"# Title\n\nCaf\xe9 latin-1\n",
     "decisions/0002-broken.md:3: not UTF-8 text (byte 0xe9 at offset 12)"),
    (b"# Title\x00\n", "decisions/0002-broken.md:1: contains a NUL byte; not a text file"),
])
def test_list_names_each_unreadable_file_and_lists_the_rest(project: Project, content: bytes, message: str) -> None:
    """list shows the good record, names the broken file with its line on stderr, and exits 2."""
    project.write("decisions/0001-good-one.md", GOOD)
    (project.decisions / "0002-broken.md").write_bytes(content)
    result = project.run("list")
    assert result.exit_code == 2
    assert result.stdout.splitlines()[1:] == ["0001    accepted  2021-04-19  -        Good one"]
    assert result.stderr == f"adr: {project.root}/{message}\n"


def test_billion_laughs_is_refused(project: Project) -> None:
    """YAML aliases that expand exponentially are refused, not expanded."""
    lines = ["---", "a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 9):
        previous = chr(ord("a") + level - 1)
        name = chr(ord("a") + level)
        lines.append(f"{name}: &{name} [{', '.join('*' + previous for _ in range(10))}]")
    project.write("decisions/0001-laughs.md", "\n".join([*lines, "---", "# Laughs", ""]))
    result = project.run("list")
    assert result.exit_code == 2
    assert result.stderr == (f"adr: {project.decisions}/0001-laughs.md:2: front matter is too large "
                             "(more than 10000 values, aliases expanded)\n")


def test_non_decision_markdown_is_ignored(project: Project) -> None:
    """README.md, index.md and template.md in the directory are not records."""
    project.write("decisions/0001-good-one.md", GOOD)
    project.write("decisions/README.md", "# Index\n")
    project.write("decisions/index.md", "not yaml: [\n")
    project.write("decisions/template.md", "---\n---\n")
    result = project.run("list", "--format", "json")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.count('"number"') == 1


def test_missing_directory(project: Project) -> None:
    """--dir that does not exist, and no log at all, are one line each with exit 2."""
    result = project.run("--dir", "nowhere", "list")
    assert (result.exit_code, result.stderr) == (2, "adr: decision directory nowhere does not exist (named by --dir)\n")
    result = project.run("list")
    assert (result.exit_code, result.stderr) == (
        2, no_log_line(project.root))


def test_empty_and_punctuation_titles(project: Project) -> None:
    """A title with nothing to name the file after is refused before anything is written."""
    project.write("decisions/0001-good-one.md", GOOD)
    for title in ("", "?!", "---"):
        result = project.run("new", "--", title)
        assert (result.exit_code, result.stderr) == (
            2, f"adr: title {title!r} has no letters or digits to make a file name from\n")
    assert os.listdir(project.decisions) == ["0001-good-one.md"]


def test_read_only_directory(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the directory refuses writes (EACCES), new says so and leaves no file behind."""
    project.write("decisions/0001-good-one.md", GOOD)

    real_open = os.open

    def refuse(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & os.O_CREAT:  # tests run as root, whom a read-only mode would not stop
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    result = project.run("new", "Blocked")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {project.decisions}: cannot write in {project.decisions}: Permission denied\n")
    assert os.listdir(project.decisions) == ["0001-good-one.md"]


def test_broken_config_names_the_key(project: Project) -> None:
    """A config typo is named with a suggestion; --help still works."""
    project.write(".adr.toml", 'dri = "decisions"\n')
    project.write("decisions/0001-good-one.md", GOOD)
    result = project.run("list")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {project.root}/.adr.toml: unknown key 'dri' in config; did you mean 'dir'?\n")
    assert project.run("--help").exit_code == 0
    assert project.run("list", "--help").exit_code == 0


def test_edit_refuses_a_record_changed_on_disk(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the record changes between reading and writing (an editor: adr commands wait for the lock), the edit
    is refused and the change kept."""
    from adrtool import fsio

    path = project.write("decisions/0001-good-one.md", GOOD.replace("accepted", "proposed"))
    real_commit = fsio.Transaction.commit

    def concurrent_edit(self: fsio.Transaction, verify: object = None) -> None:
        path.write_text("someone else's edit\n", encoding="utf-8")
        real_commit(self, verify)  # type: ignore[arg-type]

    monkeypatch.setattr(fsio.Transaction, "commit", concurrent_edit)
    result = project.run("accept", "1")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {path}: changed on disk since it was read; not overwriting (run the command again)\n")
    assert path.read_text(encoding="utf-8") == "someone else's edit\n"


def test_symlinked_record_is_read_but_never_written_through(project: Project, tmp_path: object) -> None:
    """A record that links outside the repository is listed, but an edit refuses to write through it."""
    outside = project.root.parent / "outside.md"
    outside.write_text(GOOD.replace("accepted", "proposed"), encoding="utf-8")
    project.decisions.mkdir()
    (project.decisions / "0001-linked.md").symlink_to(outside)
    assert project.run("list").stdout.splitlines()[1] == "0001    proposed  2021-04-19  -        Good one"
    result = project.run("accept", "1")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {project.decisions}/0001-linked.md: is a symbolic link; adrtool does not write through links\n")
    assert "proposed" in outside.read_text(encoding="utf-8")


def test_a_directory_outside_the_project_needs_dir(project: Project) -> None:
    """A `.adr-dir` or config `dir` that points outside the project is refused; --dir may name it."""
    outside = project.root.parent / "elsewhere"
    outside.mkdir()
    (outside / "0001-good-one.md").write_text(GOOD, encoding="utf-8")
    (project.root / ".git").mkdir()
    project.write(".adr-dir", "../elsewhere\n")
    result = project.run("new", "Written outside")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: the decision directory {outside} named by .adr-dir is outside the project {project.root}; "
           "pass --dir to use it\n")
    (project.root / ".adr-dir").unlink()
    project.write(".adr.toml", 'dir = "../elsewhere"\n')
    assert project.run("list").stderr == (
        f"adr: the decision directory {outside} named by `dir` in {project.root}/.adr.toml is outside the "
        f"project {project.root}; pass --dir to use it\n")
    assert sorted(path.name for path in outside.iterdir()) == ["0001-good-one.md"]
    assert project.run("--dir", str(outside), "list").exit_code == 0


@pytest.mark.parametrize(("file", "text", "named", "shown"), [
    (".adr-dir", ".git\n", ".adr-dir", ".git"),
    (".adr-dir", ".git/adr\n", ".adr-dir", ".git/adr"),
    (".adr.toml", 'dir = ".git"\n', "`dir` in {root}/.adr.toml", ".git"),
    (".adr.toml", 'dirs = ["decisions", ".hg/adr"]\n', "`dirs` in {root}/.adr.toml", ".hg/adr"),
    ("adrs.toml", 'adr_dir = ".svn"\n', "adrs.toml", ".svn"),
    (".adr.json", '{"path": ".git/"}', ".adr.json", ".git"),
])
def test_a_decision_directory_in_version_control_s_directory_is_refused(
        project: Project, file: str, text: str, named: str, shown: str) -> None:
    """A file naming the log `.git` (or a folder of it, `.hg`, `.svn`) is refused in one line, and nothing is
    written there."""
    for folder in (".git/adr", ".hg/adr", ".svn", "decisions"):
        (project.root / folder).mkdir(parents=True, exist_ok=True)
    project.write(file, text)
    result = project.run("new", "In the git directory")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: the decision directory {shown} named by {named.format(root=project.root)} is in "
           f"{shown.split('/')[0]}, version control's own directory; name a directory of the project\n")
    assert not list(project.root.rglob("*.md"))


@pytest.mark.parametrize("directory", [".git", ".git/adr", "sub/.git"])
def test_dir_in_version_control_s_directory_is_refused(project: Project, directory: str) -> None:
    """--dir (and `adr init --dir`) may name a directory outside the project, never one in `.git`."""
    (project.root / ".git").mkdir()
    for args in (("--dir", directory, "new", "X"), ("init", "--dir", directory)):
        result = project.run(*args)
        assert (result.exit_code, result.stderr) == (
            2, f"adr: the decision directory {directory} named by --dir is in .git, version control's own "
               "directory; name a directory of the project\n")
    assert not [path for path in project.root.rglob("*") if path.is_file()]


def test_a_fifty_megabyte_file_is_refused_without_reading_it(project: Project) -> None:
    """A 50 MB "record" is named with the size limit; the others are still listed."""
    project.write("decisions/0001-good-one.md", GOOD)
    huge = project.decisions / "0002-huge.md"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: the test stays fast, the size is real
    result = project.run("list")
    assert result.exit_code == 2
    assert result.stdout.splitlines()[1:] == ["0001    accepted  2021-04-19  -        Good one"]
    assert result.stderr == f"adr: {huge}: file is 52428800 bytes; records are limited to 2097152 bytes\n"


@pytest.mark.parametrize(("line", "said"), [
    ('active-statuses = [""]', "active-statuses: item 1 ('') is empty"),
    ('statuses = ["proposed", " "]', "statuses: item 2 (' ') is empty"),
])
def test_an_empty_word_in_a_config_list_is_named(project: Project, line: str, said: str) -> None:
    """Attack 58 F9: `active-statuses = [""]` was refused as not being a list of strings, which it is; the refusal
    names the empty item."""
    project.write(".adr.toml", line + "\n")
    project.write("decisions/0001-good-one.md", GOOD)
    result = project.run("list")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {project.root}/.adr.toml: {said}; give a word or leave the item out\n")
