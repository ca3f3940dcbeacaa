"""Templates come with the repository: rendering one (`adr validate` renders the index) cannot run code, read
files outside the templates directory, or hang; each failure is one line naming the template."""

from __future__ import annotations

import os

import pytest

from conftest import Project

GOOD = "---\nstatus: accepted\ndate: 2021-04-19\nrevisit: never\n---\n# Good one\n\n## Decision\n\nYes.\n"
ATTACKS = [
    ("{{ cycler.__init__.__globals__.os.system('touch pwned') }}",
     "tried what templates may not: access to attribute '__init__' of 'function' object is unsafe."),
    ("{{ ''.__class__.__mro__[1].__subclasses__() }}",
     "tried what templates may not: access to attribute '__class__' of 'str' object is unsafe."),
    ("{{ records.append(1) }}", "tried what templates may not: access to attribute 'append' of 'list' object is "
                                "unsafe."),
    ("{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
     "stopped: the ranges of one template make more than 1000000 items"),
    ("{{ 'x' * 10**10 }}", "stopped: a repetition makes more than 1048576 items"),
    ("{{ 'x'|center(10**9) }}", "stopped: the number 1000000000 is too large for a template (at most 10000)"),
    ("{{ '%099999999d' % 1 }}", "stopped: a % format with a width or precision too large for a template"),
    ("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}", "stopped: it recurses too deeply"),
    ("{{ 1 / 0 }}", "failed: ZeroDivisionError: division by zero"),
]


@pytest.fixture
def cloned(project: Project) -> Project:
    """A project with an index, whose config names a templates directory (as a cloned repository's may)."""
    project.write("decisions/0001-good-one.md", GOOD)
    assert project.run("index").exit_code == 0
    project.write(".adr.toml", 'templates = "adr-templates"\n')
    (project.root / "adr-templates").mkdir()
    return project


@pytest.mark.parametrize(("template", "outcome"), ATTACKS, ids=[outcome.split(":")[0] + f" {n}"
                                                                 for n, (_, outcome) in enumerate(ATTACKS)])
def test_validate_renders_a_hostile_index_template_safely(cloned: Project, template: str, outcome: str) -> None:
    """`adr validate` with a hostile index template: one line naming it, exit 2, nothing run."""
    cloned.write("adr-templates/index.md.j2", template)
    result = cloned.run("validate")
    assert (result.exit_code, result.stderr) == (2, f"adr: template index.md.j2 {outcome}\n")
    assert not (cloned.root / "pwned").exists()


def test_new_with_a_hostile_record_template_creates_nothing(cloned: Project) -> None:
    """`adr new` with a record template that tries to run a command: refused, no record, nothing run."""
    cloned.write("adr-templates/record.md.j2", "# {{ title }}\n{{ cycler.__init__.__globals__.os.popen('id') }}\n")
    result = cloned.run("new", "Use OVN")
    assert result.exit_code == 2
    assert result.stderr.startswith("adr: template record.md.j2 tried what templates may not:")
    assert sorted(os.listdir(cloned.decisions)) == ["0001-good-one.md", "README.md"]


def test_a_template_that_is_a_fifo_is_not_opened(cloned: Project) -> None:
    """A FIFO named like a template would block a reader forever: it is refused from its stat."""
    os.mkfifo(cloned.root / "adr-templates" / "record.md.j2")
    result = cloned.run("new", "Use OVN")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: {cloned.root}/adr-templates/record.md.j2: is a FIFO, not a template; not opened\n")


def test_a_template_linking_out_of_its_directory_is_refused(cloned: Project) -> None:
    """A template that is a link to a file outside the templates directory (a secret) is not read."""
    secret = cloned.root.parent / "secret.txt"
    secret.write_text("the secret\n", encoding="utf-8")
    (cloned.root / "adr-templates" / "index.md.j2").symlink_to(secret)
    result = cloned.run("index")
    assert (result.exit_code, result.stderr) == (
        2, f"adr: template index.md.j2 is a link to {secret}, outside the templates directory "
           f"{cloned.root}/adr-templates\n")
    assert "the secret" not in (cloned.decisions / "README.md").read_text(encoding="utf-8")
