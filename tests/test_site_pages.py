"""Records kept as pages a documentation site or a notebook compiles: `.mdx` (Docusaurus, Fumadocs, Starlight),
`.qmd` (Quarto) and `.markdown`. They are Markdown, read as `.md` records are; an MDX page runs every `{..}` and
`<Tag>` of its text as JavaScript when the site is built, so no write of adr adds one."""

from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import FRESH, Project
from gitrepo import make_repo

ADR = "content/docs/adr/"


def fumadocs(project: Project) -> None:
    """aniketicloud/documind-docs' log (Fumadocs): `content/docs/adr/*.mdx`, each with front matter holding the
    title and a description, its status in a Status section, beside the site's `meta.json`."""
    project.write(ADR + "meta.json", '{"title": "ADRs"}\n')
    project.write(ADR + "0001-record-architecture-decisions.mdx",
                  '---\ntitle: "ADR-0001: Record architecture decisions"\ndescription: Use ADRs.\n---\n\n'
                  "## Status\n\nAccepted\n\n## Context\n\nWe need a log.\n")
    project.write(ADR + "0002-better-auth.mdx",
                  '---\ntitle: "ADR-0002: Better Auth for authentication"\ndescription: Use Better Auth.\n---\n\n'
                  "import { Callout } from 'fumadocs-ui/components/callout';\n\n## Status\n\nAccepted\n\n"
                  "## Context\n\n<Callout>Sessions are needed.</Callout>\n")


def rows(project: Project, *args: str) -> list[tuple[object, ...]]:
    listed = project.run("list", "--format", "json", *args, env=FRESH)
    assert listed.exit_code == 0, listed.stderr
    return [(row["path"], row["number"], row["title"], row["status"]) for row in json.loads(listed.stdout)]


def test_an_mdx_log_is_found_and_read_as_markdown(project: Project) -> None:
    """It was found by no search ("no decision log found"), and with --dir each record was a warning ("a record
    file named .mdx, which adr does not read"). Near miss: the site's `index.mdx` is no record."""
    fumadocs(project)
    project.write(ADR + "index.mdx", "---\ntitle: Decisions\n---\n\nimport { Cards } from 'x';\n")
    assert rows(project) == [
        (ADR + "0001-record-architecture-decisions.mdx", 1, "Record architecture decisions", "accepted"),
        (ADR + "0002-better-auth.mdx", 2, "Better Auth for authentication", "accepted")]
    checked = project.run("validate", env=FRESH)
    assert (checked.exit_code, checked.stdout) == (0, "")


def test_a_new_record_of_an_mdx_log_is_an_mdx_page_shaped_as_its_newest(project: Project) -> None:
    """`adr new` names the record as the log does (`.mdx`) and writes it as its newest page: the title in front
    matter framed as theirs (Fumadocs needs it there), no title line, the description left empty as text, the
    Status section and the sections the pages share, no HTML comment (it stops an MDX site's build). Links both
    ways name the `.mdx` files."""
    fumadocs(project)
    made = project.run("new", "--supersedes", "2", "Use Lucia")
    assert made.exit_code == 0, made.stderr
    assert made.stdout == ADR + "0003-use-lucia.mdx\n"
    assert project.read(ADR + "0003-use-lucia.mdx") == (
        '---\ntitle: "ADR-0003: Use Lucia"\ndescription: ""\n---\n\n## Status\n\nProposed\n\n'
        "Supersedes [2. Better Auth for authentication](0002-better-auth.mdx)\n\n## Context\n")
    assert "## Status\n\nSuperseded by [3. Use Lucia](0003-use-lucia.mdx)\n" in project.read(ADR + "0002-better-auth.mdx")
    assert rows(project)[1:] == [(ADR + "0002-better-auth.mdx", 2, "Better Auth for authentication", "superseded"),
                                 (ADR + "0003-use-lucia.mdx", 3, "Use Lucia", "proposed")]
    assert project.run("validate", env=FRESH).exit_code == 0


def test_a_new_record_of_an_mdx_log_writes_the_template_s_hints_as_mdx_comments(project: Project) -> None:
    """In an `.mdx` log shaped as adr-tools' (`# 1. Title`), the new record is adr-tools' with the template's hints
    written as MDX comments (`{/* .. */}`): an HTML comment stops an MDX site's build."""
    project.write(ADR + "meta.json", '{"title": "ADRs"}\n')
    project.write(ADR + "0001-record-architecture-decisions.mdx",
                  "# 1. Record architecture decisions\n\nDate: 2020-01-02\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n")
    made = project.run("new", "Use Lucia")
    assert (made.exit_code, made.stdout) == (0, ADR + "0002-use-lucia.mdx\n"), made.stderr
    text = project.read(ADR + "0002-use-lucia.mdx")
    assert "<!--" not in text and "{/* What is the issue we are facing" in text


@pytest.mark.parametrize("title, piece", [
    ("Use <Lucia> for sessions", "<Lucia>"),
    ("Use {process.exit(1)} here", "{process.exit(1)}"),
    ("Use ``{evil}` quoted", "{evil}"),  # two backticks opened, one closed: no code span, the braces run
    ("Use <!-- a --> comment", "<!-- a -->"),
    # tags MDX opens before `$`, `_` and any letter, and text it stops at (`<=`): found by an attack
    ("Use <$x/> now", "<$x/>"), ("Use <_Y/> now", "<_Y/>"), ("Use <éx /> now", "<éx />"),
    ("Use a <= b", '<= b"'),  # (the title in the page's front matter, quoted as the log's: the text up to its end)
    ('Use ![a](/u "`") {process.exit(1)} `', "{process.exit(1)}"),  # a link's title ends before a code span
    ("Use `{x}` in a code span", "{x}"), ("Use \\{x} escaped", "{x}"),  # refused too: adr writes none
])
def test_no_write_adds_javascript_to_an_mdx_page(project: Project, title: str, piece: str) -> None:
    """MDX compiles `{..}` as JavaScript and `<Tag>` as a component when the site is built, and stops at a stray
    `<`: a title that holds a `{` or `<` is refused (exit 2, nothing written), in a code span or escaped too, as
    where MDX takes them as code depends on more than a scan of the text can tell."""
    fumadocs(project)
    refused = project.run("new", title)
    assert (refused.exit_code, refused.stdout) == (2, "")
    assert refused.stderr.startswith(f"adr: {project.root}/{ADR}0003-")
    assert f"would write {piece!r} into an MDX page, which the docs site runs as JavaScript" in refused.stderr
    assert sorted(path.name for path in (project.root / ADR).iterdir()) == [
        "0001-record-architecture-decisions.mdx", "0002-better-auth.mdx", "meta.json"]


def test_no_title_copied_into_an_mdx_page_adds_code_and_its_own_components_are_kept(project: Project) -> None:
    """`adr supersede` writes the successor's title into the old page's link: a `.md` record's title holding
    `{x}` is refused there, as are pages whose lines end in CR alone. Near misses: an edit of a page that holds
    components (`<Callout>`) and imports keeps them, and a title with no `{` or `<` is written."""
    fumadocs(project)
    project.write(ADR + "0003-use-x.md", "# 3. Use {process.exit(1)} `\n\nDate: 2021-04-01\n\n## Status\n\nAccepted\n")
    refused = project.run("supersede", "2", "--by", "3")
    assert (refused.exit_code, refused.stdout) == (2, "")
    assert "would write '{process.exit(1)}' into an MDX page" in refused.stderr
    (project.root / ADR / "0004-cr.mdx").write_bytes(b"# 4. CR `x\r\r## Status\r\rAccepted\r")
    refused = project.run("link", "4", "relates-to", "3")
    assert refused.exit_code == 2 and "into an MDX page" in refused.stderr
    assert (project.root / ADR / "0004-cr.mdx").read_bytes() == b"# 4. CR `x\r\r## Status\r\rAccepted\r"
    made = project.run("new", "Use Lucia")
    assert made.exit_code == 0, made.stderr
    superseded = project.run("supersede", "2", "--by", "5")
    assert superseded.exit_code == 0, superseded.stderr
    assert "<Callout>Sessions are needed.</Callout>" in project.read(ADR + "0002-better-auth.mdx")


@pytest.mark.parametrize("today", ["2026-05-01", date.today().isoformat()], ids=("fixed-day", "today"))
def test_quarto_records_are_read_and_their_day_of_rendering_is_no_date(project: Project, today: str) -> None:
    """WhalerMike/uiao keeps records as Quarto documents (`0001-package-restructure.qmd`) whose front matter says
    `date: today`, Quarto's word for the day the page is rendered: no date of the record, and no warning
    (ADR304 said "date 'today' is not a date adr can read"). Near miss: `date: today` in a `.md` record is a
    warning still."""
    project.today = today
    quarto = ('---\ntitle: "0001-Package-Restructure"\nauthor: "UIAO"\ndate: today\ndate-format: "MMMM D, YYYY"\n'
              "format:\n  html: default\n---\n\n# ADR-0001: Restructure as a package\n\n## Status\n\n"
              "Accepted (2026-03-23)\n")
    project.write("docs/adr/0001-package-restructure.qmd", quarto)
    project.write("docs/adr/0002-use-markdown.markdown", "# 2. Use Markdown\n\nDate: 2026-03-24\n\n## Status\n\n"
                                                          "Accepted\n")
    project.write("docs/adr/0003-use-today.md", quarto.replace("0001", "0003"))
    assert rows(project) == [
        ("docs/adr/0001-package-restructure.qmd", 1, "Restructure as a package", "accepted"),
        ("docs/adr/0002-use-markdown.markdown", 2, "Use Markdown", "accepted"),
        ("docs/adr/0003-use-today.md", 3, "Restructure as a package", "accepted")]
    checked = project.run("validate", "--format", "json", env=FRESH)
    assert [(finding["path"], finding["code"]) for finding in json.loads(checked.stdout)
            if finding["code"] == "ADR304"] == [("docs/adr/0003-use-today.md", "ADR304")]


def test_git_knows_mdx_records(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """`adr log` and `list --at` see `.mdx` records as they see `.md` ones."""
    repo = make_repo(project.root, monkeypatch)
    fumadocs(project)
    first = repo.commit("Add the log", "2025-07-25T10:00:00+00:00")
    project.write(ADR + "0002-better-auth.mdx", project.read(ADR + "0002-better-auth.mdx").replace(
        "Accepted", "Deprecated"))
    repo.commit("Deprecate better-auth", "2025-08-01T10:00:00+00:00")
    logged = project.run("log", "--format", "json", env=FRESH)
    assert logged.exit_code == 0, logged.stderr
    assert [(event["number"], event["event"], event["to"], event["path"]) for event in json.loads(logged.stdout)] == [
        (2, "status", "deprecated", ADR + "0002-better-auth.mdx"),
        (1, "created", "accepted", ADR + "0001-record-architecture-decisions.mdx"),
        (2, "created", "accepted", ADR + "0002-better-auth.mdx")]
    assert [row[3] for row in rows(project, "--at", first)] == ["accepted", "accepted"]
