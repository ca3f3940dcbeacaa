"""Every way the README says to install and run adrtool, done for real from this clone (called by .ci/run).

1. The package: `python -m build` makes the sdist and the wheel, `twine check` checks them, the wheel holds
   what the tool needs at run time, and in a clean venv the wheel's `adr` runs on this repository's own log.
2. A stand-in for the published repository: a bare clone of this one, tagged as the README's recipes name it
   (v + the version), reached by a file URL where the README says https://github.com/OWNER/adrtool.
3. The README's quickstart, as written but for that URL, in a new project; a revisit recorded; committed.
4. In that project: the README's pre-commit configuration (`pre-commit run --all-files`), its tox
   environment (`tox -e adr`, the Zuul job's tox_envlist), and the GitHub Action (action.yml's steps run by
   bash with a stand-in runner environment, the action taken from the stand-in at the workflow's rev).

Usage: python .ci/check_installs.py WORKDIR (the tools it needs, build, twine, pre-commit and tox, are
installed into a venv of their own there).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PUBLISHED = "https://github.com/OWNER/adrtool"


def block(marker: str) -> str:
    """The fenced block after `<!-- ci:MARKER -->` in the README."""
    after = README.split(f"<!-- ci:{marker} -->\n", 1)[1]
    match = re.match(r"```\w*\n(.*?)^```", after, re.DOTALL | re.MULTILINE)
    assert match, f"README: no fenced block after ci:{marker}"
    return match.group(1)


def run(command: list[str] | str, cwd: Path, env: dict[str, str] | None = None) -> str:
    shown = command if isinstance(command, str) else " ".join(command)
    print(f"+ {shown}   # in {cwd}", flush=True)
    done = subprocess.run(command, cwd=cwd, env=env, shell=isinstance(command, str), text=True,
                          capture_output=True, executable="/bin/bash" if isinstance(command, str) else None)
    if done.returncode != 0:
        print(done.stdout, done.stderr, sep="\n", file=sys.stderr)
        raise SystemExit(f"failed ({done.returncode}): {shown}")
    return done.stdout


def venv(path: Path) -> Path:
    run([sys.executable, "-m", "venv", str(path)], path.parent)
    return path / "bin"


def build_and_check(work: Path, tools: Path) -> Path:
    dist = work / "dist"
    run([str(tools / "python"), "-m", "build", "--outdir", str(dist), str(ROOT)], ROOT)
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1, os.listdir(dist)
    run([str(tools / "twine"), "check", "--strict", str(wheels[0]), str(sdists[0])], work)
    names = set(zipfile.ZipFile(wheels[0]).namelist())
    needed = {"adrtool/templates/record.md.j2", "adrtool/templates/first-record.md.j2", "adrtool/templates/index.md.j2",
              "adrtool/data/openstack-cycles.toml", "adrtool/action.py", "adrtool/console.py"}
    assert needed <= names, f"the wheel lacks {sorted(needed - names)}"
    entry = next(name for name in names if name.endswith(".dist-info/entry_points.txt"))
    assert "adr = adrtool.console:main" in zipfile.ZipFile(wheels[0]).read(entry).decode()
    print(f"the wheel holds {len(names)} files, the templates, the calendar and the `adr` entry point")
    clean = venv(work / "wheel-venv")
    run([str(clean / "python"), "-m", "pip", "install", "--quiet", str(wheels[0])], work)
    print(run([str(clean / "adr"), "--version"], work), end="")
    # This repository's own log, by the installed console script, from outside the source tree's package.
    run([str(clean / "adr"), "list"], ROOT)
    run([str(clean / "adr"), "validate", "--strict"], ROOT)
    run([str(clean / "adr"), "index", "--check"], ROOT)
    return clean


def stand_in(work: Path) -> tuple[str, str]:
    """A bare clone of this repository tagged with the README's rev; its URL and that rev."""
    from_readme = re.search(r"rev: (\S+)", block("pre-commit"))
    assert from_readme, "README: the pre-commit block names no rev"
    rev = from_readme.group(1)
    version = re.search(r'__version__ = "([^"]+)"', (ROOT / "adrtool/__init__.py").read_text()).group(1)  # type: ignore[union-attr]
    assert rev == f"v{version}", f"README names rev {rev}; the version is {version}"
    bare = work / "published" / "adrtool.git"
    run(["git", "clone", "--quiet", "--bare", "--no-local", str(ROOT), str(bare)], work)
    head = run(["git", "rev-parse", "HEAD"], ROOT).strip()
    run(["git", "tag", "--force", rev, head], bare)
    return f"file://localhost{bare}", rev


def quickstart(work: Path, url: str) -> Path:
    """The README's quickstart in a new git repository, then a revisit, all committed."""
    project = work / "project"
    project.mkdir()
    env = {**os.environ, "ADR_CACHE_DIR": str(work / "adr-cache"), "GIT_AUTHOR_NAME": "CI",
           "GIT_AUTHOR_EMAIL": "ci@example.org", "GIT_COMMITTER_NAME": "CI", "GIT_COMMITTER_EMAIL": "ci@example.org"}
    env.pop("VIRTUAL_ENV", None)
    run(["git", "init", "--quiet"], project, env)
    script = block("quickstart").replace(PUBLISHED, url)
    # adr due exits 1 when decisions are due: the quickstart's last line may; any other failure stops.
    run(f"set -e\n{script.rstrip()} || [ $? = 1 ]\n. .venv/bin/activate\n"
        "adr revisit 1 --outcome kept --next never --note 'checked by .ci/run'\n", project, env)
    # The new record holds the template's hints (adr validate --strict rightly fails on a draft): the team
    # fills it in before committing.
    drafted = sorted((project / "decisions").glob("0002-*.md"))[0]
    drafted.write_text(re.sub(r"<!--.*?-->", "Written by the team.", drafted.read_text(encoding="utf-8"),
                              flags=re.DOTALL), encoding="utf-8")
    run(".venv/bin/adr validate --strict", project, env)
    (project / ".gitignore").write_text(".venv/\n", encoding="utf-8")
    run(["git", "add", "-A"], project, env)
    run(["git", "commit", "--quiet", "-m", "Start the decision log"], project, env)
    return project


def pre_commit(work: Path, tools: Path, project: Path, url: str) -> None:
    config = block("pre-commit").replace(PUBLISHED, url)
    (project / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    env = {**os.environ, "PRE_COMMIT_HOME": str(work / "pre-commit-home")}
    run(["git", "add", "-A"], project)
    run([str(tools / "pre-commit"), "run", "--all-files"], project, env)
    run(["git", "commit", "--quiet", "-m", "pre-commit"], project, {**env, "GIT_AUTHOR_NAME": "CI",
        "GIT_AUTHOR_EMAIL": "ci@example.org", "GIT_COMMITTER_NAME": "CI", "GIT_COMMITTER_EMAIL": "ci@example.org"})


def tox_and_zuul(work: Path, tools: Path, project: Path, url: str) -> None:
    tox_ini = block("tox").replace(PUBLISHED, url)
    (project / "tox.ini").write_text(tox_ini, encoding="utf-8")
    zuul = yaml.safe_load(block("zuul"))
    jobs = [item["job"] for item in zuul if "job" in item]
    envs = {job["vars"]["tox_envlist"] for job in jobs}
    assert envs <= set(re.findall(r"^\[testenv:(\S+)\]", tox_ini, re.MULTILINE)), envs
    names = {job["name"] for job in jobs}
    for item in zuul:
        for pipeline in item.get("project", {}).values():
            assert set(pipeline["jobs"]) <= names
    for name in sorted(envs):
        run([str(tools / "tox"), "-e", name, "--workdir", str(work / "tox")], project,
            {**os.environ, "ADR_CACHE_DIR": str(work / "adr-cache")})


def github_action(work: Path, project: Path, url: str) -> None:
    workflow = yaml.safe_load(block("github-workflow"))
    steps = next(iter(workflow["jobs"].values()))["steps"]
    uses = [step for step in steps if "adrtool@" in step.get("uses", "")]
    assert len(uses) == 1, steps
    rev = uses[0]["uses"].split("@", 1)[1]
    action_path = work / "action-checkout"
    run(["git", "clone", "--quiet", "--branch", rev, url.replace("file://localhost", ""), str(action_path)], work)
    action = yaml.safe_load((action_path / "action.yml").read_text(encoding="utf-8"))
    given = {str(key): str(value) for key, value in uses[0].get("with", {}).items()}
    assert set(given) <= set(action["inputs"]), given
    values = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()} | given
    runner = work / "runner"
    runner.mkdir()
    summary = runner / "summary.md"

    def expand(text: str) -> str:
        return re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda match: values[match.group(1)], text)

    for step in action["runs"]["steps"]:
        env = {**os.environ, **{key: expand(str(value)) for key, value in step.get("env", {}).items()},
               "RUNNER_TEMP": str(runner), "GITHUB_ACTION_PATH": str(action_path), "GITHUB_STEP_SUMMARY": str(summary),
               "GITHUB_WORKSPACE": str(project), "ADR_CACHE_DIR": str(work / "adr-cache")}
        env.pop("VIRTUAL_ENV", None)
        print(run(["bash", "-e", "-c", expand(step["run"])], project / expand(step.get("working-directory", ".")),
                  env), end="")
    print(summary.read_text(encoding="utf-8"))
    assert "| `adr validate --strict --format github` | passed |" in summary.read_text(encoding="utf-8")


def main() -> None:
    work = Path(sys.argv[1]).resolve()
    work.mkdir(parents=True, exist_ok=True)
    tools = venv(work / "tools")
    run([str(tools / "python"), "-m", "pip", "install", "--quiet", "build", "twine", "pre-commit", "tox"], work)
    build_and_check(work, tools)
    url, _ = stand_in(work)
    project = quickstart(work, url)
    pre_commit(work, tools, project, url)
    tox_and_zuul(work, tools, project, url)
    github_action(work, project, url)
    shutil.rmtree(work / "tox", ignore_errors=True)
    print("install paths: wheel, sdist, git URL (quickstart), pre-commit, tox/Zuul and the GitHub Action all pass")


if __name__ == "__main__":
    main()
