"""Logs kept in other languages: their metadata keys, Status sections and lifecycle words, and a status
followed by the template's choices in a comment.

Shaped on public logs: MTES-MCT/dialog (`* Statut : ACCEPTÉ <!-- [BROUILLON|ACCEPTÉ|…] -->`, `* Création :`),
SocialGouv/pass_emploi_app (`* Statut : accepté`, `* Décideurs : Gabriel, Jordan`), teamdigitale/
lg-interoperabilita (`## Stato` / `Accetato`, `Data: 2017-08-28`).
"""

from __future__ import annotations

import json

import pytest

from conftest import Project


def rows(project: Project) -> dict[int, dict[str, object]]:
    result = project.run("list", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return {row["number"]: row for row in json.loads(result.stdout)}


def test_french_madr2_bullets(project: Project) -> None:
    project.write("decisions/0001-tracking.md", "# Tracking par composition\n\n* Statut : accepté\n"
                  "* Décideurs : Gabriel, Jordan\n* Date : 2022-07-15\n\n## Contexte\n\nC.\n")
    project.write("decisions/0002-redis.md", "# 006 - Redis\n\n* Création : 2023-06-26\n"
                  "* Statut : ACCEPTÉ <!-- [BROUILLON|ACCEPTÉ|DÉPRÉCIÉ|REMPLACÉ] -->\n\n## Contexte\n\nC.\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["date"], listed[n]["decision_makers"], listed[n]["format"])
            for n in (1, 2)] == [("accepted", "2022-07-15", ["Gabriel", "Jordan"], "madr2"),
                                 ("accepted", "2023-06-26", [], "madr2")]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [finding["code"] for finding in findings if finding["code"] in ("ADR204", "ADR301")] == []


def test_an_italian_adr_tools_record(project: Project) -> None:
    project.write("decisions/0001-registrare-le-decisioni.md", "# 1. Registrare le decisioni architetturali\n\n"
                  "Data: 2017-08-28\n\n## Stato\n\nAccetato\n\n## Contesto\n\nC.\n")
    row = rows(project)[1]
    assert (row["status"], row["date"], row["format"]) == ("accepted", "2017-08-28", "nygard")
    assert project.run("deprecate", "1").exit_code == 0
    assert "## Stato\n\nDeprecated\n" in project.read("decisions/0001-registrare-le-decisioni.md")


@pytest.mark.parametrize(("front", "status", "day"), [
    ("status: akzeptiert\ndatum: 2021-04-19", "accepted", "2021-04-19"),
    ("estado: propuesto\nfecha: 2021-04-19", "proposed", "2021-04-19"),
    ("status: abgelehnt", "rejected", None),
    ("status: in Bearbeitung", "in bearbeitung", None),
])
def test_front_matter_in_other_languages(project: Project, front: str, status: str, day: str | None) -> None:
    project.write("decisions/0001-x.md", f"---\n{front}\n---\n# X\n\n## Context\n\nC.\n")
    row = rows(project)[1]
    assert (row["status"], row["date"]) == (status, day)


def test_an_english_data_bullet_is_not_the_date(project: Project) -> None:
    """`Data` is Italian and Portuguese for the date only where its value is a day."""
    project.write("decisions/0001-store.md", "# Store\n\n* Status: accepted\n* Data: customer records\n\n## C\n\nC.\n")
    project.write("decisions/0002-keep.md", "# Keep\n\n* Status: accepted\n* Data: 2017-08-28\n\n## C\n\nC.\n")
    listed = rows(project)
    assert (listed[1]["date"], listed[2]["date"]) == (None, "2017-08-28")


def test_a_status_followed_by_the_templates_choices(project: Project) -> None:
    """MADR's `* Status: accepted <!-- proposed | rejected | accepted | deprecated -->`: accepted; only the
    comment alone is the template's placeholder."""
    project.write("decisions/0001-a.md", "# A\n\n* Status: accepted <!-- proposed | rejected | accepted -->\n"
                  "* Date: 2021-04-19\n\n## Context and Problem Statement\n\nQ.\n")
    project.write("decisions/0002-b.md", "# B\n\n* Status: <!-- proposed | rejected | accepted -->\n"
                  "* Date: 2021-04-19\n\n## Context and Problem Statement\n\nQ.\n")
    listed = rows(project)
    assert (listed[1]["status"], listed[2]["status"]) == ("accepted", None)


def test_japanese_russian_and_german_forms(project: Project) -> None:
    """MATCHMAKER-IS/platform's `- 状態: 承認` / `- 日付: 2026-07-09`, a Russian `## Статус` section, and
    henemm/gregor_zwanzig's `- **Status:** Abgelöst durch [ADR-0043](..)` (superseded by)."""
    project.write("decisions/0001-use-nextjs.md", "# Next.js を使う\n\n- 状態: 承認\n- 日付: 2026-07-09\n\n## 背景\n\nC.\n")
    project.write("decisions/0002-use-postgres.md", "# 2. Использовать PostgreSQL\n\nДата: 2021-04-19\n\n"
                  "## Статус\n\nПринято\n\n## Контекст\n\nC.\n")
    project.write("decisions/0003-use-redis.md", "# Redis\n\n- **Status:** Abgelöst durch [ADR-0004](0004-use-valkey.md)"
                  "\n- **Datum:** 2024-01-02\n\n## Kontext\n\nC.\n")
    project.write("decisions/0004-use-valkey.md", "# Valkey\n\n- **Status:** Akzeptiert\n- **Datum:** 2024-02-01\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["date"], listed[n]["superseded_by"]) for n in (1, 2, 3, 4)] == [
        ("accepted", "2026-07-09", []), ("accepted", "2021-04-19", []), ("superseded", "2024-01-02", [4]),
        ("accepted", "2024-02-01", [])]
