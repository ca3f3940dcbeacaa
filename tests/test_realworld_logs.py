"""Real decision logs of public repositories (tests/fixtures/realworld, provenance in its PROVENANCE.md), read as
their authors wrote them and judged by their own conventions. Expected values are the hand-checked truth."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from conftest import Project

REAL = Path(__file__).parent / "fixtures" / "realworld"

# (file, number, title, status, date, supersedes, superseded_by), as the truth reads each record.
TRUTH: dict[str, tuple[str | None, list[tuple[object, ...]]]] = {
    "cloud-platform": (None, [
        ("000-Record-Architecture-Decisions.md", 0, "Record Architecture Decisions", "accepted", "2019-05-01", [], []),
        ("001-Use-AWS-hosted-elasticsearch.md", 1, "Use AWS hosted Elasticsearch", "accepted", "2018-02-05", [], []),
        ("003-Use-Concourse-CI.md", 3, "Use Concourse CI", "accepted", "2018-03-28", [], []),
        ("004-use-kubernetes-for-container-management.md", 4,
         "Use kubernetes for running containerised applications", "accepted", "2018-04-10", [], []),
        ("006-Use-github-as-user-directory.md", 6, "Use GitHub as our identity provider", "accepted", "2018-04-09",
         [], []),
        ("018-Dedicated-Ingress-Controllers.md", 18, "Dedicated Ingress Controllers for teams", "rejected",
         "2020-09-02", [], []),
        ("019-Shared-Ingress-Controllers.md", 19, "Shared Ingress Controllers for teams", "proposed", "2020-09-09",
         [], []),
        ("020-Environments-and-Pipeline.md", 20, "Environments and Pipeline", "proposed", "2021-02-26", [], []),
        ("021-Multi-cluster.md", 21, "Multi-cluster", "superseded", "2021-05-11", [], [36]),
        ("022-EKS.md", 22, "EKS", "accepted", "2024-11-11", [], []),
        ("023-Logging.md", 23, "Logging", "accepted", "2024-11-11", [], []),
        ("028-Repo-vulnerability-scanning.md", 28, "Repo vulnerability scanning", None, "2021-11-05", [], []),
        ("029-Kubernetes-security-config-auditing.md", 29, "Kubernetes security config auditing", None, "2021-11-10",
         [], []),
        ("030-AWS-root-user-security.md", 30, "Kubernetes security config auditing", None, "2021-12-09", [], []),
        ("033-Manager-cluster.md", 33, "Manager cluster", "accepted", "2022-01-07", [], []),
        ("034-EKS-Fargate.md", 34, "EKS Fargate", "incomplete", "2022-01-21", [], []),
        ("036-multi-cluster.md", 36, "Multi-cluster", "accepted", "2022-09-16", [], []),
    ]),
    "log4brains": (None, [
        ("20200924-use-markdown-architectural-decision-records.md", None,
         "Use Markdown Architectural Decision Records", "accepted", "2020-09-24", [], []),
        ("20200925-use-prettier-eslint-airbnb-for-the-code-style.md", None,
         "Use Prettier-ESLint Airbnb for the code style", "accepted", "2020-09-25", [], []),
        ("20200926-use-the-adr-number-as-its-unique-id.md", None, "Use the ADR number as its unique ID",
         "superseded", "2020-09-26", [], []),
        ("20201016-use-the-adr-slug-as-its-unique-id.md", None, "Use the ADR slug as its unique ID", "accepted",
         "2020-10-16", [], []),
        ("20201003-markdown-parsing-is-part-of-the-domain.md", None, "Markdown parsing is part of the domain",
         "accepted", "2020-10-03", [], []),
        ("20200925-use-nextjs-for-static-site-generation.md", None, "Use Next.js for Static Site Generation",
         "accepted", "2020-09-25", [], []),
        ("20200927-avoid-react-fc-type.md", None, "Avoid React.FC type", "accepted", "2020-09-27", [], []),
    ]),
    "decentraland-adr": ("content", [
        ("ADR-7-standards-repository.md", 7, "Archive standards repository", "final", "2020-10-16", [], []),
        ("ADR-10-profile-deployment-debouncing.md", 10, "Deployment debouncing", "withdrawn", "2020-10-26", [], []),
        ("ADR-11-add-version-to-content-as-bundle-url.md", 11, "Add version to content-as-bundle URL", "stagnant",
         "2020-10-26", [], []),
        ("ADR-12-documentation-as-a-priority.md", 12, "Documentation as a priority", "final", "2020-10-29", [], []),
        ("ADR-31-signin-signup-kernel-website.md", 31, "Signin/signup Kernel<>Website", "withdrawn", "2021-07-05",
         [], []),
        ("ADR-45-entities-v4.md", 45, "Entity versioning and new validations for deployment", "living", None, [], []),
        ("ADR-103-synchronization-protocol.md", 103, "Content server synchronization protocol", "living",
         "2022-09-01", [], []),
        ("ADR-125.md", 125, "User interface components for SDK 7", "living", "2022-11-14", [], []),
        ("ADR-164-quests.poc.md", 164, "Quests PoC", "draft", "2022-12-28", [], []),
    ]),
    "arachne-architecture": (".", [
        ("adr-001-use-adrs.md", 1, "Use ADRs", "accepted", None, [], []),
        ("adr-002-configuration.md", 2, "Configuration", "proposed", None, [], []),
        ("adr-004-module-loading.md", 4, "Module Structure & Loading", "proposed", None, [], []),
        ("adr-007-configuration-updates.md", 7, "Configuration Updates", "proposed", None, [], []),
        ("adr-008-abstract-modules.md", 8, "Abstract Modules", "proposed", None, [], []),
    ]),
    "madr": (None, [
        ("0000-use-markdown-architectural-decision-records.md", 0, "Use Markdown Architectural Decision Records", None,
         None, [], []),
        ("0003-provide-own-madr-tools.md", 3, "Write Own MADR Tooling", "on hold", None, [], []),
        ("0008-add-status-field.md", 8, "Add Status Field", None, None, [], []),
        ("0013-use-yaml-front-matter-for-meta-data.md", 13, "Use YAML front matter for metadata", None, None, [], []),
    ]),
    "odc-architecture-decision-records": (None, [
        ("0000-record-architecture-decisions.md", 0, "Record architecture decisions", "accepted", "2020-03-25", [],
         []),
        ("0001-use-markdown-architectural-decision-records.md", 1, "Use Markdown Architectural Decision Records",
         "accepted", "2020-03-25", [], []),
        ("0002-use-cc0-1-0-as-license.md", 2, "Use CC0-1.0 as license", "accepted", "2020-03-31", [], []),
        ("0005-use-conventional-commits.md", 5, "Use Conventional Commits", "accepted", "2020-03-31", [], []),
        ("0007-use-conventional-changelog-format-for-conventional-commits.md", 7,
         "Use Conventional Changelog format for Conventional Commits", "accepted", "2020-04-02", [], []),
    ]),
    "adrs-fixtures": ("crates/adrs-core/tests/fixtures/adr-corpus", [
        ("0001-record-architecture-decisions.md", 1, "Record architecture decisions", "accepted", "2024-01-15", [],
         []),
        ("0002-use-postgresql-for-persistence.md", 2, "Use PostgreSQL for persistence", "accepted", "2024-01-20",
         [1], []),
        ("0003-use-rust-for-backend.md", 3, "Use Rust for backend services", "proposed", "2024-02-01", [], []),
        ("0004-use-madr-format.md", 4, "Use MADR format for ADRs", "accepted", "2024-02-15", [], []),
        ("0005-api-versioning-strategy.md", 5, "API versioning strategy", "accepted", "2024-03-01", [], []),
        ("0006-deprecated-xml-api.md", 6, "Deprecated XML API", "deprecated", "2024-03-15", [], [5]),
        ("0007-authentication-mechanism.md", 7, "Authentication mechanism", "accepted", "2024-04-01", [], []),
        ("0010-non-canonical-status.md", 10, "Non-canonical status prose", "approved", "2024-05-20", [], []),
    ]),
    "identity-team": (None, [
        ("20250909-external-groups-management.md", None, "External Groups management", "proposed", None, [], []),
    ]),
    "Corvus.Tenancy": (None, [
        ("0003-no-automatic-storage-container-creation.md", 3,
         "`Corvus.Tenancy` will not create storage containers automatically", "accepted", None, [], []),
        ("0004-v2-to-v3-transition.md", 4,
         "`Corvus.Tenancy` provides wrappers to facilitate transition from v2 to v3", "accepted", None, [], []),
    ]),
    "carbon-aware-sdk": (None, [
        ("0001-record-architecture-decisions.md", 1, "Record Architecture Decisions", "accepted", None, [], []),
        ("0012-electricity-maps-free.md", 12,
         "Treat Electricity Maps and Electricity Maps Free as different, unrelated data sources", "approved", None,
         [], []),
        ("0013-remove-aggregator-layer.md", 13, "Remove Aggregator layer from the Carbon Aware Architechture",
         "approved", None, [], []),
    ]),
    "covguard": (None, [
        ("ADR-001.md", 1, "Hexagonal/Clean Architecture", "accepted", None, [], []),
    ]),
    "stac-react": (None, [
        ("0000-use-markdown-architectural-decision-records.md", 0, "Use Markdown Architectural Decision Records",
         None, None, [], []),
        ("0001-use-a-fetch-library-for-caching.md", 1, "Use a fetch library for caching", "accepted", "2025-09-18",
         [], []),
    ]),
}
# Where each log is found from its root (the logs that need --dir are fixtures or kept in unusual places).
FOUND = {"cloud-platform": "architecture-decision-record/", "log4brains": "",
         "madr": "docs/decisions/", "odc-architecture-decision-records": "docs/adr/", "Corvus.Tenancy": "docs/adr/",
         "carbon-aware-sdk": "casdk-docs/docs/architecture/decisions/", "covguard": "docs/adr/",
         "stac-react": "docs/adr/", "identity-team": "decisions/"}


def real_log(project: Project, name: str) -> Project:
    """The real log ``name`` copied into the project, which plays its repository's root; run on today's real
    date (the logs' own dates are all in the past)."""
    shutil.copytree(REAL / name, project.root, dirs_exist_ok=True)
    (project.root / ".git").mkdir()
    project.today = dt.date.today().isoformat()
    return project


def dir_args(name: str) -> list[str]:
    place = TRUTH[name][0]
    return ["--dir", place] if place is not None else []


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_a_real_log_reads_as_its_authors_wrote_it(project: Project, name: str) -> None:
    """Number, title, status, date and supersede links of every record are what a person reads in it."""
    real_log(project, name)
    result = project.run(*dir_args(name), "list", "--format", "json")
    assert (result.exit_code, result.stderr) == (0, "")
    listed = json.loads(result.stdout)
    got = [(Path(row["path"]).name, row["number"], row["title"], row["status"], row["date"], row["supersedes"],
            row["superseded_by"]) for row in listed]
    assert sorted(got, key=str) == sorted(TRUTH[name][1], key=str)
    if name in FOUND:  # found from the root, no --dir
        assert all(row["path"].startswith(FOUND[name]) for row in listed)


@pytest.mark.parametrize(("name", "errors", "warnings"), [
    ("cloud-platform", [("030-AWS-root-user-security.md", "ADR104")], []),
    ("arachne-architecture", [("adr-008-abstract-modules.md", "ADR403")], []),
    ("odc-architecture-decision-records",
     [("0007-use-conventional-changelog-format-for-conventional-commits.md", "ADR403")], []),
    ("decentraland-adr", [], [("ADR-45-entities-v4.md", "ADR304")]),
    ("madr", [], []),
    ("log4brains", [], []),
    ("adrs-fixtures", [], []),
    ("Corvus.Tenancy", [], []),
    ("carbon-aware-sdk", [], []),
    ("covguard", [], []),
    ("stac-react", [], [("0001-use-a-fetch-library-for-caching.md", "ADR100")]),
    ("identity-team", [], []),
])
def test_a_real_log_is_judged_by_its_own_conventions(project: Project, name: str, errors: list[tuple[str, str]],
                                                      warnings: list[tuple[str, str]]) -> None:
    """validate reports the log's true problems and nothing its own conventions allow: optional status and
    date, custom statuses, its naming scheme, sections named its way, one-way links, other tools' keys, its
    template (`0000-ladr-template.md`, `ADR-000.md` titled as one) read as no record; a value YAML refuses on a
    line of its own (`decision-makers: @gadomski @AliceR`) is a warning, the record read around it."""
    real_log(project, name)
    result = project.run(*dir_args(name), "validate", "--format", "json")
    findings = json.loads(result.stdout)
    assert [(Path(f["path"]).name, f["code"]) for f in findings if f["severity"] == "error"] == errors
    assert [(Path(f["path"]).name, f["code"]) for f in findings if f["severity"] == "warning"] == warnings
    assert result.exit_code == (1 if errors else 0)


def test_log4brains_packages_are_one_project_each_record_labelled(project: Project) -> None:
    """`.log4brains.yml`'s project log and its packages' logs are listed together, each record with its log;
    --dir picks one; a date-named record is shown by its id, with or without `.md`."""
    real_log(project, "log4brains")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["log"], row["id"]) for row in listed] == [
        ("docs/adr", "20200924-use-markdown-architectural-decision-records"),
        ("docs/adr", "20200925-use-prettier-eslint-airbnb-for-the-code-style"),
        ("docs/adr", "20200926-use-the-adr-number-as-its-unique-id"),
        ("docs/adr", "20201016-use-the-adr-slug-as-its-unique-id"),
        ("packages/core/docs/adr", "20201003-markdown-parsing-is-part-of-the-domain"),
        ("packages/web/docs/adr", "20200925-use-nextjs-for-static-site-generation"),
        ("packages/web/docs/adr", "20200927-avoid-react-fc-type"),
    ]
    web = json.loads(project.run("--dir", "packages/web/docs/adr", "list", "--format", "json").stdout)
    assert [row["path"] for row in web] == ["packages/web/docs/adr/20200925-use-nextjs-for-static-site-generation.md",
                                           "packages/web/docs/adr/20200927-avoid-react-fc-type.md"]
    for ref in ("20200927-avoid-react-fc-type", "20200927-avoid-react-fc-type.md"):
        shown = json.loads(project.run("show", ref, "--format", "json", "--no-git-dates").stdout)
        assert (shown["number"], shown["title"], shown["log"]) == (None, "Avoid React.FC type", "packages/web/docs/adr")
    table = project.run("list").stdout.splitlines()
    assert table[0].split() == ["LOG", "NUMBER", "STATUS", "DATE", "REVISIT", "TITLE"]
    assert project.run("graph").stdout.splitlines()[-1] == (
        "  adr0_20201016_use_the_adr_slug_as_its_unique_id -->|supersedes| "
        "adr0_20200926_use_the_adr_number_as_its_unique_id")


@pytest.mark.parametrize(("name", "expected"), [
    ("log4brains", "docs/adr/{today}-use-vite.md"),
    ("decentraland-adr", "content/ADR-165-use-vite.md"),
    ("cloud-platform", "architecture-decision-record/037-Use-Vite.md"),
    ("arachne-architecture", "adr-009-use-vite.md"),
])
def test_new_follows_the_log_s_naming_scheme(project: Project, name: str, expected: str) -> None:
    """adr new names the file as the log does: date-named in log4brains' log (no number), `ADR-N-slug.md` in an
    EIP-style log, `NNN-Slug.md` where three digits are the rule and most names keep the title's capitals
    (`021-Multi-cluster.md`), `adr-NNN-slug.md` with the prefix."""
    real_log(project, name)
    path = expected.format(today=dt.date.today().strftime("%Y%m%d"))
    result = project.run(*dir_args(name), "new", "Use", "Vite")
    assert (result.exit_code, result.stdout) == (0, path + "\n"), result.stderr
    shown = json.loads(project.run(*dir_args(name), "show", Path(path).stem, "--format", "json",
                                   "--no-git-dates").stdout)
    assert (shown["title"], shown["number"] is None) == ("Use Vite", name == "log4brains")


def test_convert_writes_only_what_it_read_with_certainty(project: Project) -> None:
    """A legacy adr-tools log converts where status and date are certain (day first is settled by the log's
    `28/03/2018`); sign-posts without a status and a status the project does not configure are left as they
    are, and named; what was written passes validate --strict but for the log's true problem."""
    real_log(project, "cloud-platform")
    before = {row["path"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    result = project.run("convert")
    assert result.exit_code == 1
    left = "architecture-decision-record/"
    assert result.stderr.splitlines() == [
        f"adr: {left}028-Repo-vulnerability-scanning.md: left as it is: it states no status",
        f"adr: {left}029-Kubernetes-security-config-auditing.md: left as it is: it states no status",
        f"adr: {left}030-AWS-root-user-security.md: left as it is: it states no status",
        f"adr: {left}034-EKS-Fargate.md: left as it is: its status 'incomplete' is not a configured status "
        "(config `statuses`)",
    ]
    after = json.loads(project.run("list", "--format", "json").stdout)
    keys = ("number", "title", "status", "date", "supersedes", "superseded_by")
    assert [{key: row[key] for key in keys} for row in after] == [{key: before[row["path"]][key] for key in keys}
                                                                   for row in after]
    assert {row["format"] for row in after if row["status"] in ("accepted", "rejected", "superseded")} == \
        {"frontmatter"}
    assert "revisit" not in project.read(f"{left}018-Dedicated-Ingress-Controllers.md")
    assert "❌ Rejected (see [019](019-Shared-Ingress-Controllers.md))" in \
        project.read(f"{left}018-Dedicated-Ingress-Controllers.md")  # says more than the status: kept
    strict = project.run("validate", "--strict", "--format", "json")
    assert [(Path(f["path"]).name, f["code"]) for f in json.loads(strict.stdout)] == [
        ("030-AWS-root-user-security.md", "ADR104")]


def test_due_on_a_log_without_revisit_points_says_so(project: Project) -> None:
    """Another tool's log has no revisit points: `adr due` says that nothing is ever due, and exits 0."""
    real_log(project, "madr")
    result = project.run("due")
    assert (result.exit_code, result.stdout) == (0, "No decision in this log has a revisit point, so none is ever "
                                                    "due. A revisit point is a cycle (its PTG), a date or never: "
                                                    "`adr new --revisit` gives a new record one, `adr revisit "
                                                    "N --outcome kept --next POINT` any record.\n")
    assert project.run("due", "--format", "json").stdout == "[]\n"
    agenda = project.run("due", "--format", "markdown")  # the agenda says why too
    assert (agenda.exit_code, agenda.stdout.splitlines()[1:]) == (0, ["", "Nothing is due. " + result.stdout.strip()])


def test_index_check_on_a_readme_adr_did_not_write_says_how_to_adopt_it(project: Project) -> None:
    """`index --check` against a README the team wrote names the command that adopts it, which then works."""
    real_log(project, "cloud-platform")
    project.write("architecture-decision-record/README.md", "# Cloud Platform Architecture Decisions\n")
    result = project.run("index", "--check")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        "adr: architecture-decision-record/README.md was not written by `adr index`; to adopt it, run "
        "`adr index --force` (it replaces the file), or keep it and set `index` in config to another name")
    assert project.run("index", "--force").exit_code == 0
    assert project.run("index", "--check").exit_code == 0
