"""Logs kept in other languages: their metadata keys, Status sections and lifecycle words, and a status
followed by the template's choices in a comment.

Shaped on public logs: MTES-MCT/dialog (`* Statut : ACCEPTÉ <!-- [BROUILLON|ACCEPTÉ|…] -->`, `* Création :`),
SocialGouv/pass_emploi_app (`* Statut : accepté`, `* Décideurs : Gabriel, Jordan`), teamdigitale/
lg-interoperabilita (`## Stato` / `Accetato`, `Data: 2017-08-28`), tangniyuqi/tm-stock (`- **状态**：已采纳`),
juliantorres92/bike-rental-system (`## Enlaces` / `- Aterriza en: [..](..). Relacionado: [ADR-0006](..)`).
"""

from __future__ import annotations

import datetime as dt
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


def test_cjk_metadata_with_the_full_width_colon(project: Project) -> None:
    """tangniyuqi/tm-stock's `- **状态**：已采纳` bullets under `# ADR-0001：Title`: the full-width colon is a colon
    (bullets, header lines, table rows), `被 [X] 取代` names the successor, 决策人/取代/相关 are keys."""
    project.write("decisions/0001-record.md", "# ADR-0001：采用 ADR 记录架构决策\n\n- **状态**：已采纳\n"
                  "- **日期**：2026-07-29\n\n## 背景\n\nC.\n")
    project.write("decisions/0002-no-stocks.md", "# ADR-0002：一期不做个股（方案 C）\n\n"
                  "- **状态**：⛔ **已废弃 —— 被 [ADR-0003](0003-facts.md) 取代（2026-07-30）**\n"
                  "- **日期**：2026-07-29\n- **相关**：`.claude/agents/compliance-redline.md`\n\n## 背景\n\nC.\n")
    project.write("decisions/0003-facts.md", "# ADR-0003：个股可做\n\n- **状态**：已采纳\n- **日期**：2026-07-30\n"
                  "- **取代**：[ADR-0002 一期不含个股](0002-no-stocks.md)（已废弃）\n- **决策人**：董事长\n\n## 背景\n\nC.\n")
    project.write("decisions/0004-tables.md", "# ADR-0004：复用现有数据表\n\n- **状态**：已采纳\n- **日期**：2026-07-30\n"
                  "- **决策人**：董事长\n- **相关**：[ADR-0003](0003-facts.md)（依据可溯源）、\n"
                  "  [ADR-0002](0002-no-stocks.md)（一期砍分类下钻）\n\n## 背景\n\nC.\n")
    project.write("decisions/0005-header.md", "# 【ADR-0005】页头\n\n状态：已被 [ADR-0006](0006-table.md) 取代\n"
                  "日期：2026-08-01\n\n## 背景\n\nC.\n")
    project.write("decisions/0006-table.md", "# 6：表格\n\n| 状态 | 已采纳 |\n|---|---|\n| 日期 | 2026-08-02 |\n\n"
                  "## 背景\n\nC.\n")
    listed = rows(project)
    assert [(row["title"], row["status"], row["date"], row["supersedes"], row["superseded_by"], row["relates_to"],
             row["decision_makers"]) for row in listed.values()] == [
        ("采用 ADR 记录架构决策", "accepted", "2026-07-29", [], [], [], []),
        ("一期不做个股（方案 C）", "deprecated", "2026-07-29", [], [3], [], []),
        ("个股可做", "accepted", "2026-07-30", [2], [], [], ["董事长"]),
        ("复用现有数据表", "accepted", "2026-07-30", [], [], [3, 2], ["董事长"]),
        ("页头", "superseded", "2026-08-01", [], [6], [], []),
        ("表格", "accepted", "2026-08-02", [], [], [], []),
    ]


def test_link_verbs_of_other_languages_in_a_status_section(project: Project) -> None:
    """adr-tools' link paragraphs in other languages: `Ersetzt durch [..](..)` (superseded by, the status too),
    `Ersetzt`, `Remplace`, `Reemplaza a`, `Substitui` (supersedes), `Relacionado:`, `Lié à`, `相关：` (relates to);
    a label of the log's own (`Depende de`) stays a link of its own."""
    def record(number: int, status: str) -> None:
        project.write(f"decisions/{number:04d}-r{number}.md", f"# {number}. R{number}\n\nDate: 2024-01-0{number}\n\n"
                      f"## Status\n\n{status}\n\n## Context\n\nC.\n")

    record(1, "Ersetzt durch [ADR-0002](0002-r2.md)")
    record(2, "Akzeptiert\n\nErsetzt [ADR-0001](0001-r1.md)")
    record(3, "Reemplazado por [4. R4](0004-r4.md)")
    record(4, "Aceptado\n\nReemplaza a [3. R3](0003-r3.md)\n\nRelacionado: [ADR-0001](0001-r1.md)")
    record(5, "Accepté\n\nRemplace [ADR-0006](0006-r6.md)\n\nLié à [ADR-0001](0001-r1.md) et [ADR-0002](0002-r2.md)")
    record(6, "Substituído por [ADR-0005](0005-r5.md)\n\nDepende de [ADR-0004](0004-r4.md)")
    record(7, "Aceito\n\nSubstitui [ADR-0006](0006-r6.md)\n\n相关：[ADR-0001](0001-r1.md)")
    record(8, "Accepté [ADR-0001](0001-r1.md)")  # a status word before a link is the status, not a label
    listed = rows(project)
    assert [(row["status"], row["supersedes"], row["superseded_by"], row["relates_to"]) for row in listed.values()] \
        == [("superseded", [], [2], []), ("accepted", [1], [], []), ("superseded", [], [4], []),
            ("accepted", [3], [], [1]), ("accepted", [6], [], [1, 2]), ("superseded", [], [5], []),
            ("accepted", [6], [], [1]), ("accepted", [], [], [])]
    graph = project.run("graph", "--format", "dot").stdout
    assert 'adr6 -> adr4 [label="depende de"]' in graph


@pytest.mark.parametrize(("line", "related"), [
    ("**Verwante ADRs**: [ADR-0001](0001-r1.md)", [1]),  # Dutch, as erikjager55/Branddock writes it
    ("Gerelateerde besluiten: ADR-0001", [1]),
    ("**Verwandte Entscheidungen:** ADR-0001", [1]),
    ("**Décisions liées** : [ADR-0001](0001-r1.md)", [1]),
    ("Decisiones relacionadas: ADR-0001", [1]),
    ("Decisões relacionadas: ADR-0001", [1]),
    ("Verwante ADRs zijn er 1 of 2", []),  # prose: no colon after the key
])
def test_related_records_keys_of_other_languages(project: Project, line: str, related: list[int]) -> None:
    """`Related ADRs:` in Dutch, German, French, Spanish and Portuguese names related records; the words opening
    a sentence name none."""
    project.write("decisions/0001-r1.md", "# 1. R1\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n")
    project.write("decisions/0002-r2.md", f"# 2. R2\n\nDate: 2024-01-02\n{line}\n\n## Status\n\nAccepted\n")
    assert rows(project)[2]["relates_to"] == related


def test_a_links_section_in_another_language_with_labels_mid_line(project: Project) -> None:
    """juliantorres92/bike-rental-system's `## Enlaces`: `- Aterriza en: [..](..). Relacionado: [ADR-0006](..)`
    gives each link the label of its own sentence; `, ` or a remark in brackets goes on with the label before."""
    def record(number: int, links: str) -> None:
        project.write(f"decisions/{number:04d}-r{number}.md", f"# ADR-{number:04d} — R{number}\n\n"
                      f"- **Estado:** aceptado\n- **Fecha:** 2026-05-30\n\n## Decisión\n\nD.\n\n## Enlaces\n\n{links}\n")

    project.write("modelo-de-datos.md", "# Modelo\n")
    record(1, "- [Índice de ADRs](README.md) · [Modelo de datos](../modelo-de-datos.md)")
    record(2, "- Aterriza en: [Modelo de datos §4](../modelo-de-datos.md). Habilita [ADR-0003](0003-r3.md).")
    record(3, "- Aterriza en: [Modelo §5](../modelo-de-datos.md). Depende de [ADR-0002](0002-r2.md). "
              "Relacionado: [ADR-0004](0004-r4.md).")
    record(4, "- Relacionado: [ADR-0001](0001-r1.md) (hexagonal), [ADR-0003](0003-r3.md) (saga/idempotencia).\n"
              "- Related to [ADR-0002](0002-r2.md)")
    listed = rows(project)
    assert [row["relates_to"] for row in listed.values()] == [[], [], [4], [1, 3, 2]]
    graph = project.run("graph", "--format", "dot").stdout
    assert sorted(line.strip() for line in graph.splitlines() if "->" in line) == [
        'adr1 -> adr4 [label="relates to", style=dashed, dir=none];',
        'adr2 -> adr3 [label="habilita"];',
        'adr2 -> adr4 [label="relates to", style=dashed, dir=none];',
        'adr3 -> adr2 [label="depende de"];',
        'adr3 -> adr4 [label="relates to", style=dashed, dir=none];']


@pytest.mark.parametrize(("bullets", "status", "deciders"), [
    ("* Estado: aprovado\n* Decisores: Ana", "accepted", ["Ana"]),  # Portuguese
    ("* Estado: aprobada\n* Responsables: Oihana, Juana, Nadia y Ainara", "accepted",
     ["Oihana", "Juana", "Nadia y Ainara"]),  # Spanish MADR translation
    ("- **Status:** Zaakceptowana\n- **Data:** 2026-07-31\n- **Decydenci:** właściciel projektu", "accepted",
     ["właściciel projektu"]),  # Polish
    ("- **Status:** Proponowany\n- **Decydenci:** zespół", "proposed", ["zespół"]),
    ("- Статус: Принято\n- Решение принимали: Иван, Олег", "accepted", ["Иван", "Олег"]),  # Russian
    ("- 状态：已采纳\n- 决策者：张三", "accepted", ["张三"]),  # Chinese
    ("- 日付: 2026-09-23\n- 状態: 採択\n- 決定者: yo-xe", "accepted", ["yo-xe"]),  # Japanese
    ("- Status: Implementiert\n- Entscheider: Team", "implemented", ["Team"]),  # German (EdgeX's redbox)
    ("* Estado: implementado\n* Decisores: Ana", "implemented", ["Ana"]),
], ids=["pt", "es", "pl-accepted", "pl-proposed", "ru", "zh", "ja", "de-implemented", "pt-implemented"])
def test_status_words_and_decider_keys_of_more_languages(project: Project, bullets: str, status: str,
                                                         deciders: list[str]) -> None:
    """Lifecycle words and decider keys as Portuguese, Spanish, Polish, Russian, Chinese and Japanese logs write
    them: a real translation of a standard word is that word; the deciders are the decision makers."""
    project.write("decisions/0001-x.md", f"# X\n\n{bullets}\n\n## Context\n\nC.\n")
    row = rows(project)[1]
    assert (row["status"], row["decision_makers"], row["format"]) == (status, deciders, "madr2")


def test_a_value_left_in_the_templates_braces(project: Project) -> None:
    """A Spanish MADR 3 front matter filled in inside the template's braces (`Estado: { deprecated }`, `Fecha:
    { 2023-06-18 }`, YAML sets) is read, and reported so the braces go; the template's own `{status}` is no
    status."""
    project.write("decisions/0001-base-de-datos.md", """\
        ---
        # These are optional elements. Feel free to remove any of them.
        Estado: { deprecated }
        Fecha: { 2020-06-18 }
        Decisores: { Juan Carlos Peñaranda, Kevin Acuña }
        Consultores: { Kevin Acuña }
        Informados: { Jesús Barrios }
        ---

        # Fabrica 4.0: Selección de base de datos

        ## Contexto y planteamiento del problema

        C.
        """)
    project.write("decisions/0002-placeholder.md", "---\nstatus: {status}\ndate: 2020-06-20\n---\n# Y\n\nC.\n")
    row = rows(project)[1]
    assert (row["status"], row["date"], row["decision_makers"], row["consulted"], row["informed"]) == (
        "deprecated", "2020-06-18", ["Juan Carlos Peñaranda", "Kevin Acuña"], ["Kevin Acuña"], ["Jesús Barrios"])
    assert rows(project)[2]["status"] is None
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(finding["path"].rsplit("/", 1)[-1], finding["line"], finding["code"], finding["severity"])
            for finding in findings] == [("0001-base-de-datos.md", 3, "ADR301", "warning"),
                                         ("0001-base-de-datos.md", 4, "ADR304", "warning"),
                                         ("0002-placeholder.md", 2, "ADR301", "error")]


def test_a_header_line_keyed_in_another_language_above_an_english_status_section(project: Project) -> None:
    """`Datum: 2021-04-19` over adr-tools' `## Status` is the date, as `Date:` is."""
    project.write("decisions/0001-x.md", "# 1. X\n\nDatum: 2021-04-19\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n")
    row = rows(project)[1]
    assert (row["status"], row["date"]) == ("accepted", "2021-04-19")


def test_a_french_template_s_keys_drafts_in_other_languages_and_translated_template_names(project: Project) -> None:
    """ansforge's French MADR template writes `* décisionnaires : CTO`; `Entwurf`, `Brouillon` and `Borrador` are
    drafts; a log's `PLANTILLA.md` (KikoNet13/Cuentos-Cosmere), `Vorlage.md` or `gabarit.md` (CQEN-QDCE/wiki-innovation)
    is its template, no record to renumber (ADR101), and numbered so (`0000-plantilla.md`,
    avelasquez0996/avelasquez0996-mlops-U2) no record to list; `0005-modelo-de-dados.md` (a data model) is one."""
    project.write("decisions/0001-licence.md", "# Licence\n\n* statut : proposé\n* date : 2020-05-27\n"
                                               "* décisionnaires : CTO\n")
    for number, word in ((2, "Entwurf"), (3, "Brouillon"), (4, "Borrador")):
        project.write(f"decisions/000{number}-d.md", f"# {number}. D\n\n## Status\n\n{word}\n")
    project.write("decisions/PLANTILLA.md", "# Plantilla ADR\n- Estado: propuesto\n- Fecha: dd/mm/aa\n")
    project.write("decisions/Vorlage.md", "# Vorlage\n\n## Status\n\nVorgeschlagen\n")
    project.write("decisions/gabarit.md", "---\nstatus: {proposé | rejeté | accepté}\n---\n# {titre}\n")
    project.write("decisions/0000-plantilla.md", "# [Número] [Título]\n\n* **Estado**: [Propuesto | Aceptado]\n")
    project.write("decisions/0005-modelo-de-dados.md", "# 5. Modelo de dados\n\n## Status\n\nAceito\n")
    result = project.run("list", "--format", "json")
    assert [(row["status"], row["decision_makers"]) for row in json.loads(result.stdout)] == [
        ("proposed", ["CTO"]), ("draft", []), ("draft", []), ("draft", []), ("accepted", [])]
    checked = project.run("validate", "--format", "json")
    assert (checked.exit_code, [f["code"] for f in json.loads(checked.stdout) if f["code"] == "ADR101"]) == (0, [])


def test_decision_days_and_deciders_under_other_names(project: Project) -> None:
    """Keys for the day of the decision and who took it, as smart-village-solutions/sva-studio docs/adr writes
    them (`**Entscheidungsdatum:**`, `**Entschieden durch:**`), English `Decided by`, `date-issued` in front
    matter (LBHackney-IT/Data-Platform-Playbook), and a day with the month's name in German, Spanish, French and
    Russian (`27. Februar 2026`, `23 июня 2026 г.`); a month's name in a sentence is no day."""
    project.write("decisions/0004-vier.md", "# ADR-004: Vier\n\n**Status:** Accepted\n"
                  "**Entscheidungsdatum:** 2026-02-27\n**Entschieden durch:** IAM/Core Team\n\n## Kontext\n\nK.\n")
    project.write("decisions/0009-neun.md", "# ADR-009 · Neun\n\n**Status:** Akzeptiert\n**Datum:** 27. Februar 2026\n"
                  "**Decided by:** Ann Lee\n")
    project.write("decisions/0010-diez.md", "# 10. Diez\n\n* Estado: aceptado\n* Fecha: 3 de marzo de 2025\n")
    project.write("decisions/0011-onze.md", "---\ntitle: Onze\nstatus: Accepted\ndate-issued: \"2021-05-19\"\n---\n")
    project.write("decisions/0012-douze.md", "# 12. Douze\n\nDate : 1er mars 2021\n\n## Statut\n\nAccepté\n")
    project.write("decisions/0013-mai.md", "# 13. Mai\n\n* Status: accepted\n* Date: im Mai 2026 besprochen\n")
    project.write("decisions/0014-iyun.md", "# 14. Июнь\n\n* Статус: принято\n* Дата: 23 июня 2026 г.\n")
    listed = rows(project)
    assert [(n, listed[n]["title"], listed[n]["date"], listed[n]["decision_makers"]) for n in sorted(listed)] == [
        (4, "Vier", "2026-02-27", ["IAM/Core Team"]), (9, "Neun", "2026-02-27", ["Ann Lee"]),
        (10, "Diez", "2025-03-03", []), (11, "Onze", "2021-05-19", []), (12, "Douze", "2021-03-01", []),
        (13, "Mai", None, []), (14, "Июнь", "2026-06-23", [])]


def test_a_day_on_the_status_line_of_a_record_with_no_date(project: Project) -> None:
    """`Akzeptiert, 2026-03-09` under `## Status`, `**Status:** ✅ **Accepted** (2026-04-17, Tyler + Richard)`
    (HTT-BRANDS/azure-governance-platform): the day the record was decided, where it states no date; not where
    it does, nor the day a status that retires it gives."""
    project.write("decisions/0018-achtzehn.md", "# 18. Achtzehn\n\n## Status\n\nAkzeptiert, 2026-03-09\n")
    project.write("decisions/0020-twenty.md", "# Twenty\n\n**Status:** ✅ **Accepted** (2026-04-17, Tyler + Richard)\n")
    project.write("decisions/0021-dated.md", "# 21. Dated\n\nDate: 2026-01-05\n\n## Status\n\nAccepted 2026-03-09\n")
    project.write("decisions/0022-retired.md", "# 22. Retired\n\n## Status\n\nSuperseded 2026-03-09 by [18](0018-achtzehn.md)\n")
    project.write("decisions/0023-prose.md", "# 23. Prose\n\n## Status\n\nAccepted (replaces the 2019-05-01 design)\n")
    listed = rows(project)
    assert [(n, listed[n]["status"], listed[n]["date"]) for n in sorted(listed)] == [
        (18, "accepted", "2026-03-09"), (20, "accepted", "2026-04-17"), (21, "accepted", "2026-01-05"),
        (22, "superseded", None), (23, "accepted", None)]


def test_placeholders_and_stand_ins_are_no_names_and_a_log_s_own_word_in_braces_is_its_status(
        project: Project) -> None:
    """microsoft/semantic-kernel docs/decisions: `informed: {list everyone who is kept up-to-date on ...}` is
    the template's hint, `decision-makers: TBD` names nobody yet (roles of several words stay names, as
    HTT-BRANDS/azure-governance-platform writes them);
    `status: { in-progress }` is the log's own word left in the braces (a warning says so; `in progress` spelt
    with a hyphen, no hint), `{ status }` the template's placeholder."""
    project.write("decisions/0057-structured.md", "---\nstatus: { in-progress }\ndate: 2024-05-02\n"
                  "decision-makers: TBD\nconsulted: Pack Leader 🐺 (delivery tracking), Experience Architect 🎨 "
                  "(UI persona interaction)\ninformed: {list everyone who is kept "
                  "up-to-date on progress; and with whom there is a one-way communication}\n---\n# Structured\n")
    project.write("decisions/0058-other.md", "---\nstatus: { status }\n---\n# Other\n")
    listed = rows(project)
    assert [(n, listed[n]["status"], listed[n]["decision_makers"], listed[n]["consulted"], listed[n]["informed"])
            for n in sorted(listed)] == [(57, "in-progress", [], ["Pack Leader 🐺 (delivery tracking)",
                                                                 "Experience Architect 🎨 (UI persona interaction)"], []),
                                         (58, None, [], [], [])]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert sorted((f["path"].rsplit("/", 1)[-1], f["code"], f["severity"]) for f in findings
                  if f["code"] in ("ADR204", "ADR301")) == [
        ("0057-structured.md", "ADR204", "warning"), ("0057-structured.md", "ADR301", "warning"),
        ("0058-other.md", "ADR301", "error")]


@pytest.mark.parametrize("heading", ["## 상태(Status)", "## 상태 (Status)", "## ステータス / Status",
                                     "## Status（ステータス）", "## 状态（Status）", "## Status / 状态",
                                     "## Статус (Status)"])
def test_a_status_section_named_in_two_languages(project: Project, heading: str) -> None:
    """dnd-side-project/dnd-8th-5-backend's `## 상태(Status)`: a Status heading in two languages is the Status
    section."""
    project.write("decisions/0001-a.md", f"# 1. A\n\n{heading}\n\nAccepted\n\n## Context\n\nC.\n")
    assert rows(project)[1]["status"] == "accepted"


def test_near_misses_of_a_two_language_status_heading_are_no_status_section(project: Project) -> None:
    """`## Status (draft)`, `## Status / Roadmap` and `## 상태(요약)` name no Status section: the record states
    no status."""
    for number, heading in enumerate(("## Status (draft)", "## Status / Roadmap", "## 상태(요약)"), start=1):
        project.write(f"decisions/000{number}-a.md", f"# {number}. A\n\n{heading}\n\nAccepted\n\n## Context\n\nC.\n")
    assert [row["status"] for row in rows(project).values()] == [None, None, None]


def test_status_and_date_sections_with_the_template_s_remark_after_their_names(project: Project) -> None:
    """HarukaKajita/AgentRail's template marks each section it requires (`## 2. ステータス (必須)` over `- Accepted`,
    `## 3. 日付 (必須)` over `- 2026-02-18`): status and date were lost, silently. A remark that is no template's
    (`## Status (draft)`) still names no Status section."""
    project.write("decisions/0001-a.md", "# 1. A\n\n## 1. 概要\n\nX.\n\n## 2. ステータス (必須)\n\n- Accepted\n\n"
                  "## 3. 日付 (必須)\n\n- 2020-02-18\n\n## 4. 背景\n\nC.\n")
    project.write("decisions/0002-b.md", "# 2. B\n\n## Status (required)\n\nProposed\n\n## Date（Required）\n\n"
                  "2020-02-19\n\n## Context\n\nC.\n")
    project.write("decisions/0003-c.md", "# 3. C\n\n## Status (draft)\n\nProposed\n\n## Context\n\nC.\n")
    assert [(row["status"], row["date"]) for row in rows(project).values()] == [
        ("accepted", "2020-02-18"), ("proposed", "2020-02-19"), (None, None)]


def test_the_templates_hint_quoted_over_the_status_and_a_status_heading_line(project: Project) -> None:
    """dnd-8th-5-backend's `> 상태: 제안됨(Proposed)|승인됨(Accepted)|…` hint over `Accepted` is skipped, and
    touka-aoi/parallel-vs-single's `# Status: accepted` heading line under the title is the status."""
    project.write("decisions/0001-a.md", "# 1. A\n\n## 상태(Status)\n\n> 상태: 제안됨(Proposed)|승인됨(Accepted)|…\n\n"
                  "Accepted\n\n## 상황(Context)\n\nC.\n")
    project.write("decisions/0002-b.md", "# ADR B\n# Status: accepted\n\n# Decision\nD.\n")
    listed = rows(project)
    assert (listed[1]["status"], listed[2]["status"]) == ("accepted", "accepted")
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [finding["code"] for finding in findings if finding["code"].startswith("ADR3")] == []


def test_a_quoted_status_and_a_status_heading_line_after_prose_are_read_as_before(project: Project) -> None:
    """A quoted status alone (`> Accepted`) is the status; the hint alone stays the template's placeholder; a
    `# Status: accepted` heading after prose is a section heading, not the record's status."""
    project.write("decisions/0001-a.md", "# 1. A\n\n## Status\n\n> Accepted\n\n## Context\n\nC.\n")
    project.write("decisions/0002-b.md", "# 2. B\n\n## Status\n\n> Status: Proposed | Accepted\n\n## Context\n\nC.\n")
    project.write("decisions/0003-c.md", "# C\n\nSome prose first.\n\n# Status: accepted\n\nD.\n")
    assert [row["status"] for row in rows(project).values()] == ["accepted", None, None]


def test_a_status_word_on_the_status_heading_line(project: Project) -> None:
    """Sternrassler/eve-sde's `## Status Accepted` (and `## Status: Accepted`) as the first section states the
    status; `## Status quo`, `## Status of the migration` and a `## Status Accepted` after prose state none."""
    for number, heading in enumerate(("## Status Accepted", "## Status: Accepted", "## Status quo",
                                      "## Status of the migration"), start=1):
        project.write(f"decisions/ADR-00{number}-a.md", f"# ADR-00{number}: A\n\n{heading}\n\n## Kontext\n\nK.\n")
    project.write("decisions/ADR-005-e.md", "# ADR-005: E\n\nProse first.\n\n## Status Accepted\n\nK.\n")
    assert [row["status"] for row in rows(project).values()] == ["accepted", "accepted", None, None, None]


@pytest.mark.parametrize(("word", "status"), [
    ("На рассмотрении", "proposed"), ("승인됨", "accepted"), ("제안됨", "proposed"), ("거부됨", "rejected"),
    ("대체됨", "superseded"), ("廃止", "deprecated"), ("已提议", "proposed"), ("Kabul edildi", "accepted"),
    ("Diterima", "accepted"), ("Đã chấp nhận", "accepted"),
])
def test_lifecycle_words_of_more_languages(project: Project, word: str, status: str) -> None:
    """Russian, Korean, Japanese, Chinese, Turkish, Indonesian and Vietnamese lifecycle words in a Status
    section are the status they translate."""
    project.write("decisions/0001-x.md", f"# 1. X\n\n## Status\n\n{word}\n\n## Context\n\nC.\n")
    assert rows(project)[1]["status"] == status


def test_withdrawn_for_a_number_status_keys_and_the_chinese_successor_order(project: Project) -> None:
    """kreghek/SynAdor's `Отменено (0005)` is superseded by 5; Vietnamese `Trạng thái` and Turkish `Durum` /
    `Tarih` are the status and the date; `已废弃，由 [ADR 0003](..) 取代。` is deprecated, superseded by 3."""
    project.write("decisions/0001-a.md", "# 1. A\n\n## Статус\n\nОтменено (0005)\n\n## Контекст\n\nC.\n")
    project.write("decisions/0002-b.md", "# 2. B\n\n## Trạng thái\n\nĐã chấp nhận\n\n## Bối cảnh\n\nC.\n")
    project.write("decisions/0003-c.md", "# 3. C\n\nDurum: Kabul edildi\nTarih: 01.03.2024\n\n## Bağlam\n\nC.\n")
    project.write("decisions/0004-d.md", "# 4. D\n\n## 状态\n\n已废弃，由 [ADR 0003](0003-c.md) 取代。\n\n## 背景\n\nC.\n")
    listed = rows(project)
    assert [(row["status"], row["date"], row["superseded_by"]) for row in listed.values()] == [
        ("superseded", None, [5]), ("accepted", None, []), ("accepted", "2024-03-01", []),
        ("deprecated", None, [3])]


def test_withdrawn_without_a_number_and_chinese_prose_with_you_name_no_successor(project: Project) -> None:
    """`Отменено` alone and `Отменено (см. обсуждение)` stay the log's own word; `已废弃，由于性能原因被放弃`
    (because of ...) names no successor; `Tarih: geçen yıl` (no day) is no date."""
    project.write("decisions/0001-a.md", "# 1. A\n\n## Статус\n\nОтменено\n\n## Контекст\n\nC.\n")
    project.write("decisions/0002-b.md", "# 2. B\n\n## Статус\n\nОтменено (см. обсуждение)\n\n## Контекст\n\nC.\n")
    project.write("decisions/0003-c.md", "# 3. C\n\n## 状态\n\n已废弃，由于 2 个原因不再取代旧方案\n\n## 背景\n\nC.\n")
    project.write("decisions/0004-d.md", "# 4. D\n\nDurum: Kabul edildi\nTarih: geçen yıl\n\n## Bağlam\n\nC.\n")
    listed = rows(project)
    assert [(row["status"], row["date"], row["superseded_by"]) for row in listed.values()] == [
        ("отменено", None, []), ("отменено", None, []), ("deprecated", None, []), ("accepted", None, [])]


def test_compound_date_sections_cjk_and_korean_days_and_the_ideographic_comma(project: Project) -> None:
    """kreghek/SynAdor's `## Дата создания` over `12.01.2020`; `日期：2024年3月1日`, `- 날짜: 2024. 3. 1.` and
    `决策者：张三、李四` (two deciders)."""
    project.write("decisions/0001-a.md", "# 1. A\n\n## Статус\n\nПринято\n\n## Дата создания\n\n12.01.2020\n\n"
                  "## Авторы\n\nkreghek\n")
    project.write("decisions/0002-b.md", "# 2. B\n\n- 状态：已接受\n- 日期：2024年3月1日\n- 决策者：张三、李四\n")
    project.write("decisions/0003-c.md", "# 3. C\n\n- 날짜: 2024. 3. 1.\n- 상태: 승인됨\n")
    listed = rows(project)
    assert [(row["status"], row["date"], row["decision_makers"]) for row in listed.values()] == [
        ("accepted", "2020-01-12", []), ("accepted", "2024-03-01", ["张三", "李四"]),
        ("accepted", "2024-03-01", [])]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [finding["code"] for finding in findings if finding["code"] == "ADR304"] == []


def test_near_misses_of_localized_days_are_no_day(project: Project) -> None:
    """`## Дата создания` over prose, `日期：2024年13月1日` (no such month), `- 날짜: 2024. 3 people` and a CJK day
    in a Status section's prose give no day."""
    project.write("decisions/0001-a.md", "# 1. A\n\n## Статус\n\nПринято\n\n## Дата создания\n\nв начале года\n")
    project.write("decisions/0002-b.md", "# 2. B\n\n- 状态：已接受\n- 日期：2024年13月1日\n")
    project.write("decisions/0003-c.md", "# 3. C\n\n- 날짜: 2024. 3 people\n- 상태: 승인됨\n")
    project.write("decisions/0004-d.md", "# 4. D\n\n## Status\n\nAccepted\n\n2024年3月1日に決定\n")
    assert [row["date"] for row in rows(project).values()] == [None, None, None, None]


def test_a_document_s_file_named_in_a_relation_names_no_record(project: Project) -> None:
    """kani3camp/mine-party's `- 関連: 仕様書 04_api_spec.md, 設計書 01_high_level_design.md` beside records named
    `0001-…`: the specs are no records; `ADR-0003（ランタイム選定）` and `0003-c.md`, named as the log's records
    are, still are."""
    project.write("decisions/0001-a.md", "# A\n\n- ステータス: Accepted\n"
                  "- 関連: 仕様書 04_api_spec.md, 設計書 01_high_level_design.md\n\n## 背景\n\nC.\n")
    project.write("decisions/0002-b.md", "# B\n\n- ステータス: Accepted\n- 関連: ADR-0003（ランタイム選定）, 仕様書 01\n")
    project.write("decisions/0003-c.md", "# C\n\n- ステータス: Accepted\n- 関連: 0001-a.md, 04_api_spec.md\n")
    project.write("decisions/0004-d.md", "# D\n\n- Status: Accepted\n- Related: 0002-b.md\n")
    listed = rows(project)
    assert [row["relates_to"] for row in listed.values()] == [[], [3], [1], [2]]


def test_czech_vietnamese_and_more_lifecycle_words_with_and_without_diacritics(project: Project) -> None:
    """Czech (`- **Stav:** Přijato (2025-08-24)`, Cy80r6/ot-it-docs), Vietnamese (`**Trạng thái:** Đã quyết định`,
    VidIsWandering/uit-go-backend), Swedish, Ukrainian, Turkish, Indonesian and Hebrew words are the status they
    translate, typed without diacritics too; a localized superseded-by names its record; a near miss stays."""
    statuses = {1: "- **Stav:** Přijato (2025-08-24)", 2: "**Trạng thái:** Đã quyết định", 3: "Status: prijato",
                4: "Status: Da quyet dinh", 5: "Status: Zamítnuto", 6: "Status: Implementováno ✅",
                7: "Status: Zastąpiony przez ADR-001", 8: "Status: Nahrazeno [ADR-0002](0002-x.md)",
                9: "Status: Godkänd", 10: "Status: Відхилено", 11: "Status: Onaylandi", 12: "Status: Diusulkan",
                13: "Status: מאושר", 14: "Status: Přijatelné"}
    for number, line in statuses.items():
        project.write(f"decisions/{number:04d}-x.md", f"# {number}. X\n\n{line}\n\n## Kontext\n\nC.\n")
    assert [(row["status"], row["superseded_by"]) for row in rows(project).values()] == [
        ("accepted", []), ("accepted", []), ("accepted", []), ("accepted", []), ("rejected", []),
        ("implemented", []), ("superseded", [1]), ("superseded", [2]), ("accepted", []), ("rejected", []),
        ("accepted", []), ("proposed", []), ("accepted", []), ("přijatelné", [])]
    assert "prijato" not in project.run("validate").stdout


@pytest.mark.parametrize(("word", "status"), [
    ("Akseptert", "accepted"), ("Foreslått", "proposed"), ("Avvist", "rejected"), ("Erstattet", "superseded"),
    ("Godkjent", "accepted"), ("Vedtatt", "accepted"), ("Accepteret", "accepted"), ("Forslag", "proposed"),
    ("Afvist", "rejected"), ("Vedtaget", "accepted"), ("Entschieden", "decided"), ("Avslagen", "rejected"),
    ("Validé", "accepted"), ("Adopté", "adopted"), ("置換済み", "superseded"), ("채택", "accepted"),
    ("Hyväksytty", "accepted"), ("Αποδεκτό", "accepted"), ("ΑΠΟΔΕΚΤΟ", "accepted"), ("Προτεινόμενο", "proposed"),
    ("Υλοποιημένο", "implemented"), ("ενεργο", "active"), ("Απορρίφθηκε", "rejected"),
    ("Bekræftet", "bekræftet")])  # a word of no table stays as written
def test_status_words_of_more_languages(project: Project, word: str, status: str) -> None:
    """Norwegian, Danish, Swedish, German, French, Japanese, Korean, Finnish and Greek (accents or none, any
    case) status words are the status they stand for."""
    project.write("decisions/0001-a.md", f"# 1. A\n\n## Status\n\n{word}\n\n## Context\n\nC.\n")
    assert rows(project)[1]["status"] == status


def test_status_keys_and_headings_of_more_languages(project: Project) -> None:
    """`## Tilstand`, `## Stan`, `## Estado da decisão`, Greek `**Κατάσταση:**` / `**Ημ/νία:**` / `**Σχετικά:**`,
    `État de la décision : acceptée`, `Erstattet af [ADR-0001](..)` (superseded, with its successor) and front
    matter `data:` holding a day are read; `## Tilstandsrapport` and `data: customer records from 2020-01-01`
    are not."""
    project.write("decisions/0001-a.md", "# 1. A\n\n## Tilstand\n\nErstattet af [ADR-0002](0002-b.md)\n\n"
                  "## Kontekst\n\nC.\n")
    project.write("decisions/0002-b.md", "# 2. B\n\n**Κατάσταση:** Αποδεκτό\n**Ημ/νία:** 2025-03-04\n"
                  "**Σχετικά:** ADR-1\n\n## Πλαίσιο\n\nC.\n")
    project.write("decisions/0003-c.md", "# 3. C\n\nÉtat de la décision : acceptée\n\n## Contexte\n\nC.\n")
    project.write("decisions/0004-d.md", "---\ntitle: D\nstatus: Vedtaget\ndata: 2024-05-06\n---\n# D\n\nC.\n")
    project.write("decisions/0005-e.md", "---\ntitle: E\nstatus: aceito\ndata: customer records from 2020-01-01\n"
                  "---\n# E\n\nC.\n")
    project.write("decisions/0006-f.md", "# 6. F\n\n## Stan\n\nZaakceptowana\n\n## Tilstandsrapport\n\nC.\n")
    project.write("decisions/0007-g.md", "# 7. G\n\n## Tilstandsrapport\n\nAccepted\n\n## Context\n\nC.\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["date"]) for n in range(1, 8)] == [
        ("superseded", None), ("accepted", "2025-03-04"), ("accepted", None), ("accepted", "2024-05-06"),
        ("accepted", None), ("accepted", None), (None, None)]
    assert (listed[1]["superseded_by"], listed[2]["relates_to"]) == ([2], [1])


def test_a_french_etat_section_and_its_relation_words(project: Project) -> None:
    """1024pix/pix's adr-tools records in French: `## État` (and `## Statut de la décision`) is the Status
    section, `Amende [..][0001]` and `Amendé par [..][0002]` (reference links) are amends and amended-by, not
    the status; `## État des lieux`, a section on how things stand, is no Status section."""
    record = "# {n}. {title}\n\nDate : 2020-01-18\n\n## {heading}\n\n{status}\n\n## Contexte\n\nC.\n"
    for number, title, heading, status in (
            (1, "Spécifier NodeJS", "État", "Amendé par [0002-suppression.md][0002]\n\n[0002]: ./0002-suppression.md"
             "\n\nAccepté"),
            (2, "Suppression", "État", "Amende [0001-specifier-nodejs.md][0001]\n\n[0001]: ./0001-specifier-nodejs.md"
             "\n\nAdopté"),
            (3, "Choix", "Statut de la décision", "Proposé"),
            (4, "Constat", "État des lieux", "Accepté par tous, le code actuel reste.")):
        project.write(f"decisions/{number:04d}-{title.lower().replace(' ', '-')}.md".replace("é", "e"),
                      record.format(n=number, title=title, heading=heading, status=status))
    listed = rows(project)
    assert [(listed[n]["status"], [(link["kind"], link["number"]) for link in listed[n]["links"]])
            for n in range(1, 5)] == [("accepted", [("amended-by", 2)]), ("adopted", [("amends", 1)]),
                                      ("proposed", []), (None, [])]
    assert "  adr2 -->|amends| adr1\n" in project.run("graph").stdout


@pytest.mark.parametrize(("status", "read"), [
    ("approuvée", "approved"), ("Approuvé", "approved"), ("Proposition", "proposal"), ("En discussion", "in discussion"),
    ("En cours", "in progress"), ("En cours d'expérimentation", "experimental"), ("Abandonnée", "abandoned"),
    ("推迟", "deferred"),
    ("Nous sommes en cours de migration.", None),  # the words inside a sentence: no status
])
def test_french_and_chinese_lifecycle_words(project: Project, status: str, read: str | None) -> None:
    """betagouv/rdv-service-public's `status: approuvée`, 1024pix/pix's `En cours d'expérimentation`,
    Secaumene/frame-public's `推迟`: the English word they translate; the words inside prose are none."""
    project.write("decisions/0001-x.md", f"---\nstatus: {status}\n---\n# X\n\n## Contexte\n\nC.\n")
    assert rows(project)[1]["status"] == read


@pytest.mark.parametrize(("status", "read", "successor"), [
    ("Approvata", "approved", []), ("Deprecata", "deprecated", []), ("Depreciada", "deprecated", []),
    ("Descontinuado", "deprecated", []), ("In revisione", "proposed", []), ("En revisión", "proposed", []),
    ("Em análise", "proposed", []), ("Vigente", "active", []),
    ("Superata da [ADR 1](0001-a.md)", "superseded", [1]), ("Supersedida por ADR 1", "superseded", [1]),
    ("Substituída pela ADR 1", "superseded", [1]),
    # Spanish and Portuguese `Superado por`, as a Spanish log's template asks (`actualizar el estado a "Superado
    # por ADR-XXX"`), and Spanish `Sustituido por`
    ("Superado por ADR-1", "superseded", [1]), ("Superada por [ADR 1](0001-a.md)", "superseded", [1]),
    ("Superado pelo ADR 1", "superseded", [1]), ("Sustituido por ADR 1", "superseded", [1]),
    ("Заменено ADR-1", "superseded", [1]),  # Russian, without `на`
    ("A regra segue vigente para todos os módulos.", None, []),  # the word inside a sentence: no status
    ("Quedó superado por ADR 1 en parte", None, []),
])
def test_italian_spanish_and_portuguese_status_words(project: Project, status: str, read: str | None,
                                                     successor: list[int]) -> None:
    """Status sections in Italian, Spanish and Portuguese logs: the English word each translates, and the
    record that supersedes it; the word opening a sentence is none."""
    project.write("decisions/0001-a.md", "# 1. A\n\nData: 2024-01-02\n\n## Stato\n\nAccettato\n")
    project.write("decisions/0002-b.md", f"# 2. B\n\nData: 2024-01-02\n\n## Status\n\n{status}\n\n## Contexto\n\nC.\n")
    listed = rows(project)
    assert (listed[2]["status"], listed[2]["superseded_by"]) == (read, successor)


@pytest.mark.parametrize("by", ["por", "par", "von", "durch", "door", "da", "de"])
def test_the_english_word_with_the_log_s_own_by_names_the_successor(project: Project, by: str) -> None:
    """Round 50: `Superseded por [ADR-5](..)` (the English word, Spanish `por`) read as a link of a kind of its own,
    `superseded-por`, and the record superseded by none; so for the `by` of the other languages the reader knows
    (`par`, `von`, `durch`, `door`, `da`, `de`). Each names the successor, as a link and in a sentence; near miss:
    `Superseded de facto` names none."""
    project.write("decisions/0005-e.md", "# 5. E\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n")
    project.write("decisions/0001-a.md", f"# 1. A\n\nDate: 2024-01-02\n\n## Status\n\nSuperseded {by} "
                  "[ADR-5](0005-e.md)\n")
    project.write("decisions/0002-b.md", f"# 2. B\n\nDate: 2024-01-02\n\n## Status\n\nSuperseded {by} ADR-5\n")
    project.write("decisions/0003-c.md", "# 3. C\n\nDate: 2024-01-02\n\n## Status\n\nSuperseded de facto by "
                  "the team\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["superseded_by"], [link["kind"] for link in listed[n]["links"]])
            for n in (1, 2, 3)] == [("superseded", [5], ["superseded-by"]), ("superseded", [5], ["superseded-by"]),
                                    ("superseded", [], [])]


def test_portuguese_deciders_and_relation_labels(project: Project) -> None:
    """henrique-m-ribeiro/caderno-tocantins-2026's `**Responsável:** Henrique Marques Ribeiro` names the
    decider; `Emendado por [..](..)` and `Relacionada a: [..](..)` are amended-by and relates-to; `O responsável
    é ...` is a sentence, and `Vedi anche` stays a label of its own (as `See also` does)."""
    project.write("decisions/0001-a.md", "# 1. A\n\n**Status:** Aceita\n**Data:** 2026-01-02\n"
                  "**Responsável:** Henrique Marques Ribeiro\n\n## Contexto\n\nC.\n")
    project.write("decisions/0002-b.md", "# 2. B\n\nData: 2026-01-03\n\nO responsável é a equipe de dados.\n\n"
                  "## Status\n\nEmendado por [ADR 1](0001-a.md)\n\nRelacionada a: [ADR 1](0001-a.md)\n\n"
                  "Vedi anche: [ADR 1](0001-a.md)\n\n## Contexto\n\nC.\n")
    listed = rows(project)
    assert [(listed[n]["decision_makers"], [(link["kind"], link["number"]) for link in listed[n]["links"]])
            for n in (1, 2)] == [(["Henrique Marques Ribeiro"], []),
                                 ([], [("amended-by", 1), ("relates-to", 1), ("vedi-anche", 1)])]


def test_a_level_one_section_heading_in_portuguese_is_no_title(project: Project) -> None:
    """scieloorg/kernel's untitled record with `# Consequências` below its Status section keeps its date and
    status and takes no title from the section; `# Decisões de arquitetura`, no section name, is the title."""
    project.write("decisions/0007-container.md", "Data: 2019-08-09\n\n## Status\n\nProposto\n\n## Contexto\n\n"
                  "C.\n\n# Consequências\n\nD.\n")
    project.write("decisions/0008-decisoes.md", "# Decisões de arquitetura\n\nData: 2019-08-10\n\n## Status\n\n"
                  "Aceito\n")
    listed = rows(project)
    assert [(listed[n]["title"], listed[n]["status"], listed[n]["date"]) for n in (7, 8)] == [
        (None, "proposed", "2019-08-09"), ("Decisões de arquitetura", "accepted", "2019-08-10")]


@pytest.mark.parametrize("section", ["上下文和问题陈述", "Kontext und Problemstellung", "Contexte et énoncé du problème",
                                     "Contexto y planteamiento del problema", "コンテキストと問題提起"])
def test_a_translated_madr_section_opening_an_untitled_record_is_no_title(project: Project, section: str) -> None:
    """xuhaodev/sk-docs-cn's 0018 lost its title in translation and opens with `## 上下文和问题陈述` (MADR's Context
    and Problem Statement): that was its title, and ADR201 said nothing. As in English, it is no title; a
    heading of other words there is the title."""
    project.write("decisions/0018-kernel-hooks.md", f"## {section}\n\n目前。\n\n## Decision Outcome\n\nX.\n")
    project.write("decisions/0019-hooks.md", "## 内核钩子\n\n## 上下文和问题陈述\n\n目前。\n")
    listed = rows(project)
    assert (listed[18]["title"], listed[19]["title"]) == (None, "内核钩子")
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(f["path"], f["code"]) for f in findings] == [("decisions/0018-kernel-hooks.md", "ADR201")]


def test_hitobito_s_german_status_nouns_and_a_proposal_accepted(project: Project) -> None:
    """hitobito's `Status: **Vorschlag**` is proposed (so `adr accept` takes a `Vorschlag`), `**Abgeschlossen**`
    accepted, `**Entscheid**` decided; a phrase holding `Vorschlag` is not proposed. Accepted, a proposal takes
    the word the log's accepted records are written with."""
    record = "# ADR-00{n} {title}\n\nStatus: {status}\n\nEntscheid: **Offen**\n\n## Kontext\n\nC.\n"
    for number, status in enumerate(("**Vorschlag**", "**Abgeschlossen**", "**Entscheid**",
                                     "Ein Vorschlag, den wir noch besprechen"), start=1):
        project.write(f"decisions/00{number}_r{number}.md", record.format(n=number, title=f"R{number}", status=status))
    project.write("decisions/005_r5.md", "# ADR-005 R5\n\n## Status\n\nVorschlag\n\n## Kontext\n\nC.\n")
    listed = rows(project)
    assert [listed[n]["status"] for n in range(1, 6)] == ["proposed", "accepted", "decided", "ein vorschlag",
                                                           "proposed"]
    assert project.run("accept", "5").exit_code == 0
    assert "## Status\n\nAbgeschlossen\n" in project.read("decisions/005_r5.md")  # the log's own word for it


def test_deciders_under_a_decision_owner_and_karar_vericiler(project: Project) -> None:
    """`**Decision Owner:**` (mohaneed/admin-control-panel) and Turkish `**Karar Vericiler:**` (Krayirhan/ds-project)
    name the deciders; `Decision owners met on Monday` in prose, no colon, names none."""
    project.write("decisions/0004-hashing.md", "# ADR-004 — Hashing\n\n**Status:** ✅ ACCEPTED\n**Date:** 2026-01-08\n"
                  "**Decision Owner:** Security Architecture\n\n## Context\n\nC.\n")
    project.write("decisions/0010-api.md", "# ADR-010: Versiyonlu API\n\n**Durum:** Kabul Edildi  \n"
                  "**Tarih:** 2026-02-17  \n**Karar Vericiler:** Proje Ekibi  \n\n## Bağlam\n\nB.\n")
    project.write("decisions/0011-prose.md", "# ADR-011: Prose\n\n**Status:** Accepted\n\n"
                  "Decision owners met on Monday 2026 and agreed.\n\n## Context\n\nC.\n")
    result = project.run("list", "--format", "json")
    assert [(row["number"], row["decision_makers"]) for row in json.loads(result.stdout)] == [
        (4, ["Security Architecture"]), (10, ["Proje Ekibi"]), (11, [])]


def test_phodal_adr_s_chinese_template_its_hint_and_its_dated_status_lines(project: Project) -> None:
    """phodal/mooa (phodal/adr's zh-cn template until 2018): `列表：提议/通过/完成/已弃用/已取代` opens the Status
    section, the template's choices, not the status; the status is the last dated line under it, `通过` and `完成`
    phodal/adr's accepted and done as `提议` is its proposed (mooa 0017: `2018-03-24 通过`, then `2018-03-24 已取代`
    the same day). Its English template's `STATUS：proposed/accepted/done/deprecated/superseded` is the same hint;
    vytches/ddd's lines joined by prettier (`2025-07-09 proposed 2025-07-09 accepted`) give the latest; the hint
    alone chooses nothing: the template's placeholder. `Accepted/Implemented`, two states, is no hint."""
    hint = "列表：提议/通过/完成/已弃用/已取代\n\n"
    project.write("decisions/0001-a.md", f"# 1. 基本的 Angular 应用替换\n\n日期: 2018-03-10\n\n## 状态\n\n{hint}"
                  "2018-03-10 提议\n\n2018-03-12 完成\n\n## 背景\n\nC.\n")
    project.write("decisions/0002-b.md", f"# 2. B\n\n日期: 2018-03-20\n\n## 状态\n\n{hint}2018-03-20 提议\n\n"
                  "2018-03-24 通过\n\n2018-03-24 已取代\n\n## 背景\n\nC.\n")
    project.write("decisions/0003-c.md", "# 3. C\n\nDate: 2018-03-10\n\n## Status\n\n"
                  "STATUS：proposed/accepted/done/deprecated/superseded\n\n2018-03-10 proposed\n\n2018-03-12 done\n\n"
                  "## Context\n\nC.\n")
    project.write("decisions/0004-d.md", "# 4. D\n\nDate: 2025-07-09\n\n## Status\n\n"
                  "2025-07-09 proposed 2025-07-09 accepted\n\n## Context\n\nC.\n")
    project.write("decisions/0005-e.md", "# 5. E\n\nDate: 2026-05-23\n\n## Status\n\n"
                  "2026-05-23 proposed 2026-05-23 accepted — Phases 1–3 implemented\n\n## Context\n\nC.\n")
    project.write("decisions/0006-f.md", f"# 6. F\n\n日期: 2018-03-10\n\n## 状态\n\n{hint}## 背景\n\nC.\n")
    project.write("decisions/0007-g.md", "# 7. G\n\nDate: 2018-03-10\n\n## Status\n\nAccepted/Implemented\n\n"
                  "## Context\n\nC.\n")
    listed = rows(project)
    assert [listed[n]["status"] for n in range(1, 8)] == ["done", "superseded", "done", "accepted", "accepted", None,
                                                          "accepted"]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(finding["path"].rsplit("/", 1)[-1][:4], finding["code"]) for finding in findings
            if finding["code"] == "ADR301"] == [("0006", "ADR301")]


@pytest.mark.parametrize(("lines", "status"), [
    ("Data: 2024-01-01\n\n## Stato\n\n2024-01-01 proposta\n\n2024-01-05 implementata", "implemented"),  # it-IT
    ("Data: 2024-01-01\n\n## Stato\n\n2024-01-01 proposta\n\n2024-01-05 sostituita", "superseded"),
    ("Data: 2024-01-01\n\n## Status\n\n2024-01-01 proposto\n\n2024-01-05 finalizado", "done"),  # pt-br
    ("Data: 2024-01-01\n\n## Status\n\n2024-01-01 proposto\n\n2024-01-05 cancelado", "cancelled"),
    ("Date: 2024-01-01\n\n## Statut\n\n2024-01-01 proposé\n\n2024-01-05 termine", "done"),  # fr
    ("Дата: 2024-01-01\n\n## Статус\n\nПредложено: 2024-01-01\n\n2024-01-05 реализовано", "implemented"),  # ru
    ("Дата: 2024-01-01\n\n## Статус\n\nПредложено: 2024-01-01\n\n2024-01-05 изменено", "superseded"),
    ("تاریخ: 2024-01-01\n\n## وضعیت \n\n2024-01-01 پیشنهاد شده\n\n2024-01-05 پذیرفته شده", "accepted"),  # fa
    ("تاریخ: 2024-01-01\n\n## وضعیت\n\n2024-01-01 پیشنهاد شده\n\n2024-01-05 پیاده شده", "implemented"),
])
def test_phodal_adr_s_templates_in_every_language(project: Project, lines: str, status: str) -> None:
    """phodal/adr's templates (`src/lib/templates/*.md`) and the words its `adr status` writes in each language
    (`src/lib/helpers/i18n.ts`): the Status section's latest dated line is the status, its word the English one
    it translates (Russian `изменено`, changed, is the tool's word for superseded), and the day under the title."""
    project.write("decisions/0001-x.md", f"# 1. X\n\n{lines}\n\n## Context\n\nC.\n")
    assert (rows(project)[1]["status"], rows(project)[1]["date"]) == (status, "2024-01-01")


def test_a_czech_stav_section_and_its_words(project: Project) -> None:
    """Czech logs' `## Stav` (`# ADR 0001: Jednotná skladová kniha` / `## Stav` / `Přijato 2026-07-19.`; `Přijato.`;
    `Přijato` over `## Datum` / `2026-06-30`; `Přijato pro R0.`) is the Status section, with its day; `Odmítnuto`,
    `Návrh` and `Nahrazeno [..](..)` are rejected, proposed and superseded; Hungarian `## Státusz` / `Elfogadva`
    too. `## Stav systému` (the state of the system) is no Status section."""
    records = {1: "# ADR 0001: Jednotná skladová kniha\n\n## Stav\n\nPřijato 2026-07-19.\n\n## Kontext\n\nC.\n",
               2: "# 0002. PostgreSQL as the primary database\n\n## Stav\n\nPřijato.\n\n## Kontext\n\nC.\n",
               3: "# ADR 0003: Vlastní shell\n\n## Stav\n\nPřijato\n\n## Datum\n\n2026-06-30\n\n## Kontext\n\nC.\n",
               4: "# ADR 0004: node:sqlite pro R0\n\n## Stav\n\nPřijato pro R0.\n\n## Kontext\n\nC.\n",
               5: "# 5. E\n\n## Stav\n\nOdmítnuto\n", 6: "# 6. F\n\n## Stav\n\nNávrh\n",
               7: "# 7. G\n\n## Stav\n\nNahrazeno [ADR-1](0001-a.md)\n", 8: "# 8. H\n\n## Státusz\n\nElfogadva\n",
               9: "# 9. I\n\n## Stav systému\n\nPřijato\n\n## Kontext\n\nC.\n"}
    for number, text in records.items():
        project.write(f"decisions/{number:04d}-a.md", text)
    assert [(row["status"], row["date"], row["superseded_by"]) for row in rows(project).values()] == [
        ("accepted", "2026-07-19", []), ("accepted", None, []), ("accepted", "2026-06-30", []),
        ("accepted", None, []), ("rejected", None, []), ("proposed", None, []), ("superseded", None, [1]),
        ("accepted", None, []), (None, None, [])]


def test_date_keys_of_vietnamese_indonesian_and_more_languages(project: Project) -> None:
    """Vietnamese MADR-like bullets (`- Trạng thái: Đã chấp nhận` / `- Ngày: 2026-10-06`), Indonesian `## Tanggal`
    over `2026-09-12` and `Tanggal: 2026-09-27.` in the Status section, Finnish `Päivämäärä:`, Hungarian `Dátum:`,
    Turkish `## Tarih`: the date; a placeholder (`- Ngày: [Điền ngày — tuần 7]`) and `## Tanggal` over prose are
    none."""
    records = {1: "# ADR 0008: Bản đồ MapLibre\n\n- Trạng thái: Đã chấp nhận\n- Ngày: 2026-10-06\n\n## Bối cảnh\n\nC.\n",
               2: "# ADR-0002: Gunakan ULID\n\n## Status\n\nDiterima\n\n## Tanggal\n\n2026-09-12\n\n## Konteks\n\nC.\n",
               3: "# ADR-019: Deploy\n\n## Status\n\nDiterima. Menjawab `AUDIT/11.md` D-12.\nTanggal: 2026-09-27.\n\n"
                  "## Konteks\n\nC.\n",
               4: "# 4. D\n\nPäivämäärä: 5.11.2021\n\n## Status\n\nHyväksytty\n",
               5: "# 5. E\n\nDátum: 2021-11-05\n\n## Státusz\n\nElfogadva\n",
               6: "# 6. F\n\n## Durum\n\nKabul edildi\n\n## Tarih\n\n2021-11-05\n",
               7: "# ADR-015: Topology\n\n- Trạng thái: Đã chấp nhận\n- Ngày: [Điền ngày — tuần 7]\n\n## Bối cảnh\n\nC.\n",
               8: "# 8. H\n\n## Status\n\nDiterima\n\n## Tanggal\n\nsetelah rapat berikutnya\n"}
    for number, text in records.items():
        project.write(f"decisions/{number:04d}-a.md", text)
    assert [(row["status"], row["date"]) for row in rows(project).values()] == [
        ("accepted", "2026-10-06"), ("accepted", "2026-09-12"), ("accepted", "2026-09-27"), ("accepted", "2021-11-05"),
        ("accepted", "2021-11-05"), ("accepted", "2021-11-05"), ("accepted", None), ("accepted", None)]


@pytest.mark.parametrize(("line", "day"), [
    ("Tarih: 5 Kasım 2021", "2021-11-05"), ("Tarih: 5 KASIM 2021", "2021-11-05"), ("Tarih: 5 Kasim 2021", "2021-11-05"),
    ("Datum: 5. listopadu 2021", "2021-11-05"), ("Datum: 5. brezna 2021", "2021-03-05"),
    ("Дата: 5 листопада 2021", "2021-11-05"), ("Data: 5 listopada 2021", "2021-11-05"),
    ("Dátum: 2021. november 5.", "2021-11-05"), ("Data: 5 noiembrie 2021", "2021-11-05"),
    ("Tanggal: 5 Agustus 2021", "2021-08-05"), ("Datum: 5 augusti 2021", "2021-08-05"),
    ("Dato: 5. desember 2021", "2021-12-05"), ("Päivämäärä: 5. marraskuuta 2021", "2021-11-05"),
    ("Ημερομηνία: 5 Νοεμβρίου 2021", "2021-11-05"), ("Ημερομηνία: 5 ΜΑΪΟΥ 2021", "2021-05-05"),
], ids=["tr", "tr-capitals", "tr-plain", "cs", "cs-plain", "uk", "pl", "hu", "ro", "id", "sv", "no", "fi", "el",
        "el-capitals"])
def test_month_names_of_more_languages(project: Project, line: str, day: str) -> None:
    """A day with its month's name in Turkish, Czech and Ukrainian (the genitive, as Russian), Polish, Hungarian
    (year first), Romanian, Indonesian, Swedish, Norwegian, Finnish and Greek, the day before the month as those
    languages write it, typed without diacritics or in capitals too."""
    project.write("decisions/0001-a.md", f"# 1. A\n\n{line}\n\n## Status\n\nAccepted\n")
    assert rows(project)[1]["date"] == day


def test_a_turkish_month_is_no_false_warning_and_near_misses_are_no_day(project: Project) -> None:
    """TerekliTahaBerk/online-dershanem-style `| Tarih | 14 Temmuz 2026 |` gives its day and no ADR304; a month
    without a day (`Temmuz 2026`), a day without a year (`5. listopadu`) and a month in prose are no day."""
    project.write("decisions/0001-mobil.md", "# ADR-001 — Mobil framework seçimi\n\n| Alan | Değer |\n|---|---|\n"
                  "| Durum | Kabul edildi |\n| Tarih | 14 Temmuz 2026 |\n\n## Bağlam\n\nC.\n")
    project.write("decisions/0002-b.md", "# 2. B\n\nTarih: Temmuz 2026\n\n## Durum\n\nKabul edildi\n")
    project.write("decisions/0003-c.md", "# 3. C\n\nDatum: 5. listopadu\n\n## Stav\n\nPřijato\n")
    project.write("decisions/0004-d.md", "# 4. D\n\n## Durum\n\nKabul edildi\n\n## Tarih\n\nKasım ayında 2 kez\n")
    assert [(row["title"], row["date"]) for row in rows(project).values()] == [
        ("Mobil framework seçimi", "2026-07-14"), ("B", None), ("C", None), ("D", None)]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [(finding["path"].rsplit("/", 1)[-1], finding["code"]) for finding in findings
            if finding["code"] == "ADR304"] == [("0002-b.md", "ADR304"), ("0003-c.md", "ADR304")]


def test_a_successor_named_in_a_remark_or_in_another_language(project: Project) -> None:
    """BramLambertJansen/ABAS's `Status: **vervallen**` over `Toelichting: **vervangen door [ADR 0002](..)**`
    (explanation: replaced by ADR 0002) names the successor, the log's own status word kept; so does such a remark
    in a Status section; Vietnamese `- Trạng thái: Bị thay thế bởi ADR-0007` is superseded by 7 (no ADR301) and
    Ukrainian `Замінено на [ADR-1](..)` under `## Статус` superseded by 1. Near misses name none: `niet vervangen
    door` (not replaced by), `replaced by` (the log's own word), a remark naming a repository's URL."""
    project.write("decisions/0001-a.md", "# 0001 — A\n\nStatus: **vervallen**\n\n"
                  "Toelichting: **vervangen door [ADR 0002](0002-b.md)**\n(2026-08-26). Bram heeft ...\n\n## Context\n\nC.\n")
    project.write("decisions/0002-b.md", "# 0002 — B\n\nStatus: **geaccepteerd door Bram (2026-09-30)**\n\n## Context\n\nC.\n")
    project.write("decisions/0003-c.md", "# 3. C\n\n## Status\n\nDeprecated\n\nNote: superseded by [ADR 0002](0002-b.md)\n")
    project.write("decisions/0005-e.md", "# ADR-0005: Thử nghiệm\n\n- Trạng thái: Bị thay thế bởi ADR-0007\n"
                  "- Ngày: 2026-05-01\n\n## Bối cảnh\n\nC.\n")
    project.write("decisions/0006-f.md", "# 6. F\n\nДата: 2021-11-05\n\n## Статус\n\nЗамінено на [ADR-1](0001-a.md)\n")
    project.write("decisions/0007-g.md", "# ADR-0007: G\n\n- Trạng thái: Đã chấp nhận\n- Ngày: 2026-05-02\n")
    project.write("decisions/0008-h.md", "# 0008 — H\n\nStatus: vervallen\n\n"
                  "Toelichting: niet vervangen door [ADR 0002](0002-b.md)\n\n## Context\n\nC.\n")
    project.write("decisions/0009-i.md", "# 9. I\n\nStatus: deprecated\nNote: replaced by [ADR 0002](0002-b.md)\n\n"
                  "## Context\n\nC.\n")
    project.write("decisions/0010-j.md", "# 10. J\n\nStatus: vervallen\nToelichting: vervangen door "
                  "[moza-mcp](https://github.com/o/moza-mcp)\n\n## Context\n\nC.\n")
    listed = rows(project)
    assert [(n, listed[n]["status"], listed[n]["superseded_by"]) for n in sorted(listed)] == [
        (1, "vervallen", [2]), (2, "accepted", []), (3, "deprecated", [2]), (5, "superseded", [7]), (6, "superseded", [1]),
        (7, "accepted", []), (8, "vervallen", []), (9, "deprecated", []), (10, "vervallen", [])]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [finding for finding in findings if finding["code"] == "ADR301"] == []


def test_the_word_for_decision_before_the_number_is_the_title_s_decoration(project: Project) -> None:
    """`# Keputusan 0001: Pertahankan blast flow di satu dashboard page` (Indonesian, decision) gives the title
    after it, as `# Decision 003: X` does; so do German, Russian, Turkish, Vietnamese and Dutch words for decision
    before a number and a colon. Without a number (`Keputusan: X`), without a colon (`Besluit 7 over X`) or a longer
    word (`Beslutningsgrundlag 3: X`) the title stays as written."""
    titles = {1: "Keputusan 0001: Pertahankan blast flow di satu dashboard page", 2: "Entscheidung 2: Kafka nutzen",
              3: "Решение 3: Использовать Kafka", 4: "Karar 4: Flutter", 5: "Quyết định 5: Dùng Kafka",
              6: "Besluit #6: Kafka", 7: "Keputusan: Pertahankan", 8: "Besluit 7 over Kafka",
              9: "Beslutningsgrundlag 3: Kafka"}
    for number, title in titles.items():
        project.write(f"decisions/{number:04d}-a.md", f"# {title}\n\n## Status\n\nAccepted\n")
    assert [row["title"] for row in rows(project).values()] == [
        "Pertahankan blast flow di satu dashboard page", "Kafka nutzen", "Использовать Kafka", "Flutter",
        "Dùng Kafka", "Kafka", "Keputusan: Pertahankan", "Besluit 7 over Kafka", "Beslutningsgrundlag 3: Kafka"]


def test_the_word_for_decision_joined_to_the_number_by_a_hyphen(project: Project) -> None:
    """janus-lang/janus titles its records `# DECISION-001: Roc & Elixir Grafts`: the word and the number went into
    the title, where `Decision 001:` did not. Joined by a hyphen or an underscore, in English or another language,
    they are the title's decoration; a word that goes on (`Decision-making ..`), a number with no colon or dash
    after it, or a subject opening with a digit after a dash (`Decision - 2FA ..`) stays; so does a joined word
    and number that are not the record's own (`DECISION-002:` in file 8: a numbering of its own, as `TEP-2:` is,
    no ADR104)."""
    titles = {1: "DECISION-001: Roc & Elixir Grafts", 2: "Decision-0002 — Quantum Grafts", 3: "Entscheidung-3: Kafka",
              4: "decision_004 - Ports", 5: "Decision-making for teams", 6: "Decision-6 ports",
              7: "Decision - 2FA for admin accounts", 8: "DECISION-002: Quantum Tensor Grafts"}
    for number, title in titles.items():
        project.write(f"decisions/{number:04d}-a.md", f"# {title}\n\n## Status\n\nAccepted\n")
    assert [row["title"] for row in rows(project).values()] == [
        "Roc & Elixir Grafts", "Quantum Grafts", "Kafka", "Ports", "Decision-making for teams", "Decision-6 ports",
        "Decision - 2FA for admin accounts", "DECISION-002: Quantum Tensor Grafts"]
    findings = json.loads(project.run("validate", "--format", "json").stdout)
    assert [f["path"] for f in findings if f["code"] == "ADR104"] == []


def test_chinese_and_japanese_words_for_proposed_draft_implemented_adopted_and_replaced(project: Project) -> None:
    """cosmos-sdk's log translated into Chinese writes PROPOSED as `建议中` or `提议中 未实现`, DRAFT as `草稿` and
    IMPLEMENTED as `已实施`; Japanese logs write `採用済み` (adopted), `廃止済み` and `置き換え（[ADR-0013](..) により
    ...）` (replaced, by what): each the status it translates (they were kept as written), the successor named
    (none was), and a replaced record's day in brackets is not its decision's."""
    statuses = ("建议中", "提议中 未实现", "草稿", "已实施", "採用済み (Accepted)", "廃止済み",
                "置き換え（[ADR-0013](./0013-x.md) により `AccountRef` を撤去）", "置き換え（ADR-0013: pnpm + Bun移行）",
                "置き換え済み (2026-05-14)")
    for number, status in enumerate(statuses, start=1):
        project.write(f"decisions/{number:04d}-a.md", f"# {number}. A\n\n## 状态\n\n{status}\n")
    project.write("decisions/0013-x.md", "# 13. X\n\n## Status\n\nAccepted\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["superseded_by"], listed[n]["date"]) for n in range(1, 10)] == [
        ("proposed", [], None), ("proposed", [], None), ("draft", [], None), ("implemented", [], None),
        ("accepted", [], None), ("deprecated", [], None), ("superseded", [13], None), ("superseded", [13], None),
        ("superseded", [], None)]


def test_a_day_in_a_section_named_for_the_decision_s_day_or_under_a_created_key(project: Project) -> None:
    """`## Data della decisione` over the day (an Italian log; `## Decision date`, `## Entscheidungsdatum`, `## Date
    de décision` alike), Korean `작성일:` (written on) under the title and front matter's `created_at:` timestamp
    date a record that gives no other day (none was read)."""
    for number, heading in enumerate(("Data della decisione", "Decision date", "Entscheidungsdatum",
                                      "Date de décision"), start=1):
        project.write(f"decisions/{number:04d}-a.md",
                      f"# {number}. A\n\n## Status\n\nAccepted\n\n## {heading}\n\n2020-01-0{number}\n\n## Context\n\nC.\n")
    project.write("decisions/0005-a.md", "# 5. A\n\n작성일: 2020-01-05\n\n## 상태\n\n승인됨\n")
    project.write("decisions/0006-a.md", "---\nstatus: accepted\ncreated_at: 2020-01-06T10:00:00Z\n---\n# A\n")
    listed = rows(project)
    assert [listed[n]["date"] for n in range(1, 7)] == [f"2020-01-0{n}" for n in range(1, 7)]


def test_a_day_in_a_date_section_under_a_label_or_as_a_bullet(project: Project) -> None:
    """`## Data` over `Original: 2026-02-19` and `Última Atualização: ..` (luanalves/realestate_backend: the first
    day is the record's), `Criado em:`, `**Created**:` or `- 2020-01-04` under `## Date`: the day; a sentence with
    a day in it, or words alone, date nothing."""
    bodies = ("Original: 2020-01-01\nÚltima Atualização: 2020-02-20 (v2)", "Criado em: 2020-01-02",
              "**Created**: 2020-01-03", "- 2020-01-04", "We met on the day: 2020-01-05 was chosen", "To be decided",
              "Revisit: 2027-02-19")  # another day's label: not the decision's
    for number, body in enumerate(bodies, start=1):
        heading = "Data" if number < 3 else "Date"
        project.write(f"decisions/{number:04d}-a.md",
                      f"# {number}. A\n\n## Status\n\nAccepted\n\n## {heading}\n\n{body}\n\n## Context\n\nC.\n")
    listed = rows(project)
    assert [listed[n]["date"] for n in range(1, 8)] == [
        "2020-01-01", "2020-01-02", "2020-01-03", "2020-01-04", None, None, None]


def test_partly_superseded_in_other_languages(project: Project) -> None:
    """`Teilweise ersetzt durch [ADR-0023](..).` (a German log; French `Partiellement remplacé par`, Spanish
    `Parcialmente reemplazado por`) is partially superseded, amended by 23, as English `Partially superseded by`
    is: it gave no status, a link of the log's own kind and a false ADR301 warning."""
    for number, status in enumerate(("Teilweise ersetzt durch [ADR-0023](0023-x.md).",
                                     "Partiellement remplacé par [ADR-0023](0023-x.md).",
                                     "Parcialmente reemplazado por [ADR-0023](0023-x.md)."), start=1):
        project.write(f"decisions/{number:04d}-a.md", f"# {number}. A\n\n## Status\n\n{status}\n")
    project.write("decisions/0023-x.md", "# 23. X\n\n## Status\n\nAccepted\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["superseded_by"], [(link["kind"], link["number"]) for link in
                                                              listed[n]["links"]]) for n in (1, 2, 3)] == [
        ("partially superseded", [], [("amended-by", 23)])] * 3
    assert "ADR301" not in project.run("validate").stdout


def test_finnish_and_nordic_status_sections_and_replaces_lines(project: Project) -> None:
    """A Finnish `## Tila` section (`Hyväksytty`) and `- **Tila:**` bullet state the status; Norwegian and Danish
    `Erstatter [ADR 1](..)` and Swedish `Ersätter [..](..)` name the records replaced, as German `Ersetzt` does;
    Swedish `Antagen`, Norwegian `Utkast` and Danish `Besluttet` are accepted, draft, accepted."""
    project.write("decisions/0001-a.md", "# 1. A\n\n## Tila\n\nHyväksytty\n\n## Konteksti\n\nX.\n")
    project.write("decisions/0002-b.md", "# 2. B\n\n- **Tila:** Ehdotettu\n- **Päivämäärä:** 2021-01-01\n\n## Konteksti\n")
    project.write("decisions/0003-c.md", "# 3. C\n\n## Status\n\nBesluttet\n\nErstatter [ADR 0001](0001-a.md)\n")
    project.write("decisions/0004-d.md", "# 4. D\n\n## Status\n\nAntagen\n\nErsätter [ADR 0002](0002-b.md)\n")
    project.write("decisions/0005-e.md", "# 5. E\n\n## Status\n\nUtkast\n")
    listed = rows(project)
    assert [(listed[n]["status"], listed[n]["supersedes"]) for n in range(1, 6)] == [
        ("accepted", []), ("proposed", []), ("accepted", [1]), ("accepted", [2]), ("draft", [])]


@pytest.mark.parametrize(("line", "status", "day"), [
    ("Datum: 17. 3. 2026 Stav: Přijato", "accepted", "2026-03-17"),
    ("Datum: 2026-10-10. Stav: přijato.", "accepted", "2026-10-10"),
    ("Dato: 25. september 2026. Status: vedtaget", "accepted", "2026-09-25"),
    ("Deciders: Ann, the status: team", None, None),  # a word in a value, no key
])
def test_a_status_after_the_day_on_one_line(project: Project, line: str, status: str | None, day: str | None) -> None:
    """Czech and Danish logs write the day and the status on one line (`Datum: .. Stav: ..`): each is read; the
    status's word inside another key's value, written as no key is, is none."""
    project.write("decisions/0001-a.md", f"# 1. A\n\n{line}\n\n## Kontext\n\nX.\n")
    assert [(row["status"], row["date"]) for row in rows(project).values()] == [(status, day)]


def test_a_word_adr_has_not_learnt_with_its_english_word_and_japanese_verbs_of_a_decision(project: Project) -> None:
    """stomx/hanaloop's Korean template writes each status with its English word (`구현됨 (Implemented)`, `거절됨
    (Rejected)`): the Korean word was kept where adr knows it not, even for rejected. k2works' Japanese template of
    phodal/adr writes a dated verb (`2024-11-13 提案されました`, proposed; `承認されました（IT3）`, accepted): no
    status, and a false ADR301 on each record. Near misses: a remark in brackets that is no status keeps the word;
    an English word first keeps it."""
    for number, status in enumerate(("구현됨 (Implemented)", "사용 중단됨 (Deprecated)", "**거절됨 (Rejected)**",
                                     "2024-11-13 提案されました", "2026-07-11 承認されました（IT3）", "却下されました",
                                     "구현됨 (2024-01-01)", "Pending (Accepted)"), 1):
        project.write(f"docs/adr/000{number}-x.md", f"# {number}. X\n\n日付: 2024-11-13\n\n## 상태 (Status)\n\n"
                      f"{status}\n\n## Context\n\nC.\n")
    assert [row["status"] for row in rows(project).values()] == [
        "implemented", "deprecated", "rejected", "proposed", "accepted", "rejected", "구현됨", "proposed"]
    codes = [finding["code"] for finding in json.loads(project.run("validate", "--format", "json").stdout)]
    assert "ADR301" not in codes


def test_replaced_by_without_its_accent_or_after_an_article_and_other_european_relations(project: Project) -> None:
    """French logs type `remplacé par` without its accent (`Statut : remplace par ADR-017`, `REMPLACE par ADR 003`,
    under `## Statut` too) or with an article (`Remplacé par l'ADR-0003`), Italian `Sostituito dall'ADR 0003`: the
    successor was lost (and ADR302 warned none was named; `Statut : ..` was the status `statut`). Polish
    `Zastepuje:` without its diacritic, and German MADR's `* Löst [ADR-0005](..) ab`, supersede. Near miss: German
    `Löst` with no `ab` after its link is no relation adr reads; French `Supplanté par` is superseded too."""
    for number in (3, 5, 17):
        project.write(f"docs/adr/00{number:02d}-r.md", f"# {number}. R\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    for number, status in ((1, "Remplace par [ADR-0003](0003-r.md)"), (12, "Statut : remplace par ADR-017"),
                           (13, "Remplacé par l'ADR-0003"), (14, "Sostituito dall'ADR 0003"),
                           # SandrineCipolla/stockhub_back's template word (audit 53, lane c, class 5)
                           (16, "Supplanté par [ADR-0005](0005-r.md)")):
        project.write(f"docs/adr/00{number:02d}-x.md", f"# {number}. X\n\nDate: 2020-01-01\n\n## Statut\n\n{status}\n")
    project.write("docs/adr/0002-b.md", "# 2. B\n\nData: 2020-01-01\n\nStatus: Przyjęta\nZastepuje: ADR-005\n")
    for number, line in ((11, "* Löst [ADR-0005](0005-r.md) ab"), (15, "* Löst [ADR-0005](0005-r.md)")):
        project.write(f"docs/adr/00{number}-u.md", f"# U\n\n* Status: akzeptiert\n* Datum: 2020-01-01\n\n"
                      f"## Kontext und Problemstellung\n\nC.\n\n## Links\n\n{line}\n")
    listed = rows(project)
    assert [(n, listed[n]["status"], listed[n]["supersedes"], listed[n]["superseded_by"])
            for n in (1, 2, 11, 12, 13, 14, 15, 16)] == [
        (1, "superseded", [], [3]), (2, "accepted", [5], []), (11, "accepted", [5], []), (12, "superseded", [], [17]),
        (13, "superseded", [], [3]), (14, "superseded", [], [3]), (15, "accepted", [], []), (16, "superseded", [], [5])]
    assert [f["code"] for f in json.loads(project.run("validate", "--format", "json").stdout)] == []


def test_bulgarian_statuses(project: Project) -> None:
    """midt-bg/sigma writes `Прието · ..` (accepted, a remark after a middle dot): no status; `Прието` alone was kept
    as the word while its `Предложено` read as proposed."""
    for number, status in enumerate(("Прието · от екипа", "Прието", "Предложено", "Отхвърлено"), 1):
        project.write(f"docs/adr/000{number}-x.md", f"# {number}. X\n\nDate: 2020-01-01\n\n## Статус\n\n{status}\n")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [row["status"] for row in rows] == ["accepted", "accepted", "proposed", "rejected"]


def test_a_section_of_the_day_a_record_was_written_in_japanese_chinese_and_korean(project: Project) -> None:
    """cloudnativedaysjp/dreamkast's `## 作成日` over `2025-06-21` (the day it was written, as `Created:` dates a
    record) gave no day; Chinese `## 创建日期` and Korean `## 작성일` alike. Near miss: a section of another name
    over a day is the body's."""
    records = {1: "## ステータス\n\n承認\n\n## 作成日\n\n2020-06-21\n", 2: "## 状态\n\n已接受\n\n## 创建日期\n\n2020-06-22\n",
               3: "## 상태\n\n승인됨\n\n## 작성일\n\n2020-06-23\n", 4: "## 状态\n\n已接受\n\n## 背景\n\n2020-06-24\n"}
    for number, text in records.items():
        project.write(f"docs/adr/000{number}-x.md", f"# {number}. X\n\n{text}")
    rows = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["status"], row["date"]) for row in rows] == [
        ("accepted", "2020-06-21"), ("accepted", "2020-06-22"), ("accepted", "2020-06-23"), ("accepted", None)]


def test_swedish_turkish_and_hungarian_words_surveyed_in_2026(project: Project) -> None:
    """Swedish `Accepterad` (the commonest Swedish status in 2026 logs) was kept as the word, and with a day or a
    remark after it (`accepterad 2026-07-12`, `Accepterad för TASK155`) gave no status; `Föråldrad` is deprecated.
    Turkish `Yerini aldı` (it took the place of) was a status of its own and its successor lost. Hungarian's usual
    key `Állapot` was no key (its Barion record lost its status and the day in it); Dutch `aangemaakt:` dates a
    record as `created:` does. Near miss: `Yerini aldı` naming no record stays superseded with no successor."""
    for number in (2, 13):
        project.write(f"docs/adr/00{number:02d}-r.md", f"# {number}. R\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    lines = {1: "- Status: Accepterad\n- Datum: 2026-08-26", 3: "**Status:** accepterad 2026-07-12",
             4: "- Status: Accepterad för TASK155", 5: "- Status: Föråldrad\n- Datum: 2026-01-02",
             6: "- **Durum:** Yerini Aldı ([ADR-0013](0013-r.md))\n- **Tarih:** 2026-07-24",
             7: "**Durum:** Yerini aldı: ADR-0002", 8: "- **Durum:** Yerini aldı",
             9: "- **Állapot:** elfogadva (2026-09-30)", 10: "## Állapot\n\nElfogadott\n\n## Dátum\n\n2026-08-23"}
    for number, text in lines.items():
        project.write(f"docs/adr/00{number:02d}-x.md", f"# ADR-{number:03d}: X\n\n{text}\n\n## Context\n\nC.\n")
    project.write("docs/adr/0011-y.md", "---\nstatus: geaccepteerd\naangemaakt: 2025-09-09\n---\n# Y\n")
    listed = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(n, listed[n]["status"], listed[n]["date"], listed[n]["superseded_by"]) for n in (*lines, 11)] == [
        (1, "accepted", "2026-08-26", []), (3, "accepted", "2026-07-12", []), (4, "accepted", None, []),
        (5, "deprecated", "2026-01-02", []), (6, "superseded", "2026-07-24", [13]), (7, "superseded", None, [2]),
        (8, "superseded", None, []), (9, "accepted", "2026-09-30", []), (10, "accepted", "2026-08-23", []),
        (11, "accepted", "2025-09-09", [])]


def test_templates_named_in_nordic_and_central_european_languages(project: Project) -> None:
    """BenjaminHenriksson/geodata-mcp's `0000-mall.md` (Swedish for template) was listed as record 0 with the
    status `mall`, its `ÅÅÅÅ-MM-DD` a bad date; Norwegian `mal`, Danish `skabelon`, Finnish `malli`, Hungarian and
    Turkish `sablon`, Slovak `sablona`, Slovene `predloga` and Croatian `predložak` alike, and unnumbered each drew
    an ADR101 warning `template.md` does not. Near misses: `mall` and `mal` among other words are English
    (`0007-mall-checkout.md`, a record), as `0006-sablon-engine.md` is a record about one."""
    template = "# ADR 0000: Mall för arkitekturbeslut\n\n- **Status:** Mall (kopiera, ändra inte)\n- **Datum:** ÅÅÅÅ-MM-DD\n"
    for name in ("0000-mall.md", "mal.md", "skabelon.md", "malli.md", "sablon.md", "sablona.md", "predloga.md",
                 "predložak.md"):
        project.write(f"docs/adr/{name}", template)
    project.write("docs/adr/0001-a.md", "# 1. A\n\nDate: 2020-01-01\n\n## Status\n\nAntagen\n")
    project.write("docs/adr/0007-mall-checkout.md", "# 7. Mall checkout\n\nDate: 2020-01-02\n\n## Status\n\nAntagen\n")
    project.write("docs/adr/0006-sablon-engine.md", "# 6. Sablon engine\n\nDate: 2020-01-02\n\n## Status\n\nAntagen\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["status"]) for row in listed] == [(1, "accepted"), (6, "accepted"), (7, "accepted")]
    checked = project.run("validate", "--format", "json")
    assert (checked.exit_code, json.loads(checked.stdout)) == (0, [])


def test_thai_hindi_bengali_arabic_hebrew_malay_and_filipino_keys_and_words(project: Project) -> None:
    """Thai logs (nine records of four 2026 logs) write `- **สถานะ:** ยอมรับแล้ว` and `- **วันที่:** 15 กันยายน
    2026`: status and day were lost, an ISO day too, since the vowel marks over and under Thai (and Hindi and
    Bengali) letters matched no word of a key; Thai months were no months, full or abbreviated (`22 ส.ค. 2026`).
    Hindi, Bengali, Arabic and Hebrew status keys, Malay `Tarikh`, Vietnamese `Đã thay thế bởi` (replaced by) and
    Turkish `Kabul` alone (acceptance) likewise. Near miss: a Thai word that is no status stays the log's own."""
    project.write("docs/adr/0002-r.md", "# 2. R\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n")
    lines = {1: "- **สถานะ:** ยอมรับแล้ว\n- **วันที่:** 2026-09-15", 3: "- **Status:** Accepted\n- **Date:** 15 กันยายน 2026",
             4: "- **Status:** ยอมรับแล้ว\n- **Date:** 22 ส.ค. 2026", 5: "## สถานะ\n\nเสนอ\n\n## วันที่\n\n2026-01-02",
             6: "- **स्थिति:** स्वीकृत\n- **दिनांक:** 2026-09-15", 7: "- **الحالة:** مقترح\n- **التاريخ:** 2026-09-15",
             8: "- **סטטוס:** התקבל\n- **תאריך:** 2026-09-15", 9: "- **Status:** Diterima\n- **Tarikh:** 2026-09-15",
             10: "- **Trạng thái:** Đã thay thế bởi ADR-0002", 11: "- **Durum:** Kabul\n- **Tarih:** 2026-09-15",
             12: "- **অবস্থা:** গৃহীত\n- **তারিখ:** 2026-09-15", 13: "- **สถานะ:** รอตรวจสอบ\n- **วันที่:** 2026-09-16"}
    for number, text in lines.items():
        project.write(f"docs/adr/00{number:02d}-x.md", f"# ADR-{number:03d}: เรื่อง\n\n{text}\n\n## Context\n\nC.\n")
    listed = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(n, listed[n]["status"], listed[n]["date"], listed[n]["superseded_by"]) for n in lines] == [
        (1, "accepted", "2026-09-15", []), (3, "accepted", "2026-09-15", []), (4, "accepted", "2026-08-22", []),
        (5, "proposed", "2026-01-02", []), (6, "accepted", "2026-09-15", []), (7, "proposed", "2026-09-15", []),
        (8, "accepted", "2026-09-15", []), (9, "accepted", "2026-09-15", []), (10, "superseded", None, [2]),
        (11, "accepted", "2026-09-15", []), (12, "accepted", "2026-09-15", []), (13, "รอตรวจสอบ", "2026-09-16", [])]


def test_round_44_s_words_keys_verbs_and_heading_attributes(project: Project) -> None:
    """Round 44: French `Résolu, à approfondir.` (MTES-MCT's monitorfish) and Chinese `已决定` were kept as written;
    Japanese `日時` (eth-offline-signer), Korean `결정일`, Russian `Дата решения` and `起票日` gave no day; `被 [ADR-0020]
    覆盖` (overridden) no successor; `## Status {#status}` (Nix-Grok's attribute, as attr_list writes one; kramdown's
    `{: #status}`, found by an attack) hid the Status section. Near misses: a word that is no status (`Ouvert`) stays the log's own, and a heading's
    braces that are no attribute (`## Status {draft}`) keep it a heading of other words."""
    project.write("docs/adr/0020-e.md", "# 20. E\n\n## Status\n\nAccepted\n")
    records = {1: "## Statut\n\nRésolu, à approfondir.", 2: "**状态**：已决定\n**日期**：2026-04-18",
               3: "**日時: 2024-06-17**\n\n## ステータス\n\n決定済み", 4: "- 상태: 거절됨\n- 결정일: 2026-08-03",
               5: "Статус: Утверждено\nДата решения: 2026-08-14", 6: "- ステータス: 承認\n- 起票日: 2024-01-05",
               7: "> **状态：已被 [ADR-0020](0020-e.md) 覆盖（2026-08-02）**——项目现已实现认证。",
               8: "Date: 2026-06-29\n\n## Status {: #status}\n\nBeschlossen", 9: "## Statut\n\nOuvert",
               10: "Date: 2026-06-30\n\n## Status {draft}\n\nAccepted", 11: "## Status {#status}\n\nAccepted"}
    for number, text in records.items():
        project.write(f"docs/adr/{number:04d}-x.md", f"# ADR-{number:03d}: X {{#adr-{number:03d}}}\n\n{text}\n\n"
                                                     "## Context {#context}\n\nC.\n")
    listed = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(n, listed[n]["title"], listed[n]["status"], listed[n]["date"], listed[n]["superseded_by"])
            for n in records] == [
        (1, "X", "resolved", None, []), (2, "X", "decided", "2026-04-18", []), (3, "X", "decided", "2024-06-17", []),
        (4, "X", "rejected", "2026-08-03", []), (5, "X", "approved", "2026-08-14", []),
        (6, "X", "accepted", "2024-01-05", []), (7, "X", "superseded", None, [20]),
        (8, "X", "decided", "2026-06-29", []), (9, "X", "ouvert", None, []), (10, "X", None, "2026-06-30", []),
        (11, "X", "accepted", None, [])]


def test_superseded_with_the_successor_named_first_and_partly_superseded(project: Project) -> None:
    """Round 44's index lines: Japanese and Korean name the successor before the verb (`[ADR-0020](..)
    に置き換えられた`, `ADR-0020 により置き換え`, `ADR-0020으로 대체됨`, `ADR-0020에 의해 대체됨`): no status, no
    successor. German and French write partly superseded (`Teilweise ersetzt durch [ADR-0020](..)`). Near misses: a
    record named with another verb (`ADR-0020 に記載`, described in), or a replacement planned (`に置き換え予定`,
    `으로 대체 예정`: found by a review before landing), says nothing of the status."""
    project.write("docs/adr/0020-e.md", "# 20. E\n\n## Status\n\nAccepted\n")
    lines = {1: "[ADR-0020](0020-e.md) に置き換えられた", 2: "ADR-0020 により置き換え", 3: "ADR-0020으로 대체됨",
             4: "ADR-0020에 의해 대체됨", 5: "Teilweise ersetzt durch [ADR-0020](0020-e.md).",
             6: "partiellement remplacé par [ADR-0020](0020-e.md)", 7: "ADR-0020 に記載", 8: "ADR-0020 に置き換え予定",
             9: "ADR-0020으로 대체 예정"}
    for number, line in lines.items():
        project.write(f"docs/adr/000{number}-x.md", f"# {number}. X\n\n## Status\n\n{line}\n\n## Context\n\nC.\n")
    listed = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(n, listed[n]["status"], listed[n]["superseded_by"]) for n in lines] == [
        (1, "superseded", [20]), (2, "superseded", [20]), (3, "superseded", [20]), (4, "superseded", [20]),
        (5, "partially superseded", []), (6, "partially superseded", []), (7, None, []), (8, None, []), (9, None, [])]


@pytest.mark.parametrize("today", ["2021-05-01", "real"])
def test_a_revisit_point_under_a_label_in_another_language(project: Project, today: str) -> None:
    """`**Nächste Überprüfung:** 2026-12-23`, `Wiedervorlage:`, `À revoir le :`, `Revisar en:`, `* Próxima revisão:`,
    `复查日期：`, a `| 見直し時期 |` row and front matter `wiedervorlage:` give the revisit point, as `Next review:`
    does; a review's label (`Überprüfung:`, `Révision:`, `Revisión:`, `Revisão:`, `复审:`, `見直し:`) as `Review:`
    does, only for a day later than the record's. Words after them, or a day before the record's, are none."""
    day = dt.date.today() if today == "real" else dt.date.fromisoformat(today)
    project.today = day.isoformat()
    written, due, before = (str(day - dt.timedelta(days=days)) for days in (400, 60, 600))
    labels = ["**Nächste Überprüfung:**", "Wiedervorlage:", "À revoir le :", "Revisar en:", "复查日期：", "Überprüfung:",
              "Révision:", "Revisión:", "Revisão:", "复审：", "見直し:"]
    lines = [f"{label} {due}" for label in labels] + [f"Révision: {before}", "Wiedervorlage: nach dem Pilotbetrieb"]
    for n, line in enumerate(lines, 1):
        project.write(f"decisions/{n:04d}-t.md", f"# {n}. T{n}\n\nDate: {written}\n{line}\n\n## Status\n\nAccepted\n\n"
                      "## Context\n\nC.\n")
    project.write("decisions/0014-t.md", f"# T14\n\n* Status: accepted\n* Date: {written}\n"
                  f"* Próxima revisão: {due}\n\n## Context and Problem Statement\n\nC.\n")
    project.write("decisions/0015-t.md", f"# 15. T15\n\n| 見直し時期 | {due} |\n|---|---|\n| Date | {written} |\n\n"
                  "## Status\n\nAccepted\n")
    project.write("decisions/0016-t.md", f"---\nstatus: accepted\ndate: {written}\nwiedervorlage: {due}\n"
                  "---\n# T16\n\nC.\n")
    listed = rows(project)
    assert [listed[n]["revisit"] for n in range(1, 17)] == [due] * 11 + [None, None] + [due] * 3
    result = project.run("due", "--format", "json")
    assert result.exit_code == 1 and len(json.loads(result.stdout)) == 14
    assert project.run("validate").exit_code == 0


def test_portuguese_superseded_by_in_every_spelling_and_a_successor_named_in_brackets(project: Project) -> None:
    """Audit 58c class 3: Portuguese written without accents, or mixing `por`/`pela`/`pelo` (`Substituida por`,
    `Substituido pela`, `substituida pelo`), named no successor, and a status naming it in brackets (`Substituido
    (ver ADR-0004)`, `Superseded (see ADR-0005)`, two named, or a document beside it) was "superseded, no
    successor named"; `Substituida parcialmente pela [..](..)` dropped its link. Near miss: `Superseded (see
    below)` names none."""
    project.write("docs/adrs/0001-alvo.md", "# ADR-0001: Alvo\n\n## Status\nAceito\n")
    project.write("docs/adrs/0002-alvo.md", "# ADR-0002: Alvo\n\n## Status\nAceito\n")
    linked = {3: "Substituida por", 4: "Substituido pela", 5: "substituida pelo", 6: "Substituída pelo",
              7: "Substituida parcialmente pela"}
    for number, phrase in linked.items():
        status = "Parcialmente substituido" if number == 7 else "Substituido"
        project.write(f"docs/adrs/000{number}-x.md", f"# ADR-000{number}: X\n\n## Status\n{status}\n\n"
                      f"{phrase} [ADR-0001](./0001-alvo.md).\n\n## Data\n2026-01-01\n")
    named = {8: "Substituido (ver ADR-0001)", 9: "Superseded (see ADR-0002)",
             10: "Substituido (ver ADR-0001 e ADR-0002)", 11: "Substituido (ver `docs/x.md` e ADR-0002)",
             12: "Superseded (see below)"}
    for number, line in named.items():
        project.write(f"docs/adrs/{number:04d}-x.md", f"# ADR-{number:04d}: X\n\n## Status\n{line}\n\n## Data\n2026-01-01\n")
    listed = rows(project)
    assert [(n, listed[n]["status"], listed[n]["superseded_by"]) for n in range(3, 13)] == [
        (3, "superseded", [1]), (4, "superseded", [1]), (5, "superseded", [1]), (6, "superseded", [1]),
        (7, "partially superseded", []), (8, "superseded", [1]), (9, "superseded", [2]), (10, "superseded", [1, 2]),
        (11, "superseded", [2]), (12, "superseded", [])]
    shown = json.loads(project.run("show", "7", "--format", "json").stdout)
    assert [(link["kind"], link["number"]) for link in shown["links"]] == [("amended-by", 1)]


@pytest.mark.parametrize("key", ["Revisão Agendada", "REVISÃO AGENDADA"])
def test_a_scheduled_review_key_in_capitals_is_read(project: Project, key: str) -> None:
    """Review of round 58: the quick look for the key was in lower case while its pattern ignores case, so a key in
    capitals gave no revisit point."""
    project.write("docs/adr/008-a.md", f"# ADR 008: A\n\n**Status**: Aceito\n**Data**: 2025-11-03\n\n"
                  f"## Contexto\n\nc\n\n**{key}**: 2025-12-03\n")
    assert rows(project)[8]["revisit"] == "2025-12-03"


def test_a_scheduled_review_and_a_replaced_decision_key_in_portuguese(project: Project) -> None:
    """Audit 58c class 5: Tiag8/bible-study's template keys the review `**Revisão agendada**: 2025-12-03 (30 dias
    após implementação)` below the body's metrics, and the decision it replaces `**Decisão Substituída**:` under the
    title; neither was read, so `due` missed the review and `revisit` wrote a second, contradicting `Revisar em`
    line. Now the day is the revisit point (its remark in brackets no part of it), the key names what the record
    supersedes, and revisit and supersede edit those lines in place."""
    project.today = "2026-12-08"
    project.write("docs/adr/008-a.md", "# ADR 008: A\n\n**Status**: ✅ Aceito\n**Data**: 2025-11-03\n"
                  "**Decisão Substituída**: Nenhuma (nova estratégia)\n\n---\n\n## Contexto\n\nc\n\n"
                  "## Métricas de Sucesso\n\n- [x] **Métrica 1**: ok\n\n"
                  "**Revisão agendada**: 2025-12-03 (30 dias após implementação)\n\n---\n\n## Referências\n\n- r\n")
    project.write("docs/adr/009-b.md", "# ADR 009: B\n\n**Status**: ✅ Aceito\n**Data**: 2025-11-09\n"
                  "**Decisão Substituída**: N/A (Nova framework)\n\n---\n\n## Contexto\n\nc\n")
    project.write("docs/adr/010-c.md", "# ADR 010: C\n\n**Status**: ✅ Aceito\n**Data**: 2025-11-10\n"
                  "**Decisão Substituída**: [ADR-008](008-a.md)\n\n## Contexto\n\nc\n")
    listed = rows(project)
    assert [(n, listed[n]["revisit"], listed[n]["supersedes"]) for n in (8, 9, 10)] == [
        (8, "2025-12-03", []), (9, None, []), (10, None, [8])]
    assert [row["number"] for row in json.loads(project.run("due", "--format", "json").stdout)] == [8]
    assert project.run("revisit", "8", "--outcome", "kept", "--next", "2027-06-01").exit_code == 0
    text = project.read("docs/adr/008-a.md")
    assert "**Revisão agendada**: 2027-06-01 (30 dias após implementação)" in text and "Revisar" not in text
    assert project.run("supersede", "8", "--by", "9").exit_code == 0
    assert project.read("docs/adr/009-b.md").split("\n")[4] == "**Decisão Substituída**: [ADR-008](008-a.md) (Nova framework)"
    assert rows(project)[9]["supersedes"] == [8]
