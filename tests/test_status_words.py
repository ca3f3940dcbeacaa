"""A status change writes the log's own word for the new status: the one its records use, the one its template
offers, or the word of the language its statuses are written in, in the case the record writes its own."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import Project

# DavidAucancela/KOS's shape: a Spanish hand-kept log, bold key lines under an `ADR-NNNN —` title.
SPANISH = "# ADR-{n:04d} — {title}\n\n**Estado:** {status}\n**Fecha:** 2021-03-11\n\n## Contexto\n\nC.\n"


def spanish_log(project: Project, *statuses: str) -> None:
    for number, status in enumerate(statuses, start=1):
        project.write(f"docs/adr/{number:04d}-r{number}.md", SPANISH.format(n=number, title=f"R{number}",
                                                                            status=status))


def status_line(project: Project, number: int) -> str:
    text = project.read(f"docs/adr/{number:04d}-r{number}.md")
    return next(line for line in text.split("\n") if line.startswith("**Estado:**"))


@pytest.mark.parametrize(("statuses", "command", "written"), [
    (("Aceptado", "Aceptado"), ("deprecate", "2"), "Obsoleto"),  # the language's word, no record uses one yet
    (("Aceptada", "Aceptada"), ("deprecate", "2"), "Obsoleta"),  # agreed as the log agrees its words
    (("Aceptado", "Propuesto"), ("reject", "2"), "Rechazado"),
    (("Aprobado", "Propuesto"), ("accept", "2"), "Aprobado"),  # the log's word for accepted, not the table's
    (("Aceptado", "Deprecado", "Aceptado"), ("deprecate", "3"), "Deprecado"),
    (("aceptado", "aceptado"), ("status", "2", "proposed"), "propuesto"),  # in the record's case
])
def test_a_status_change_writes_the_log_s_word(project: Project, statuses: tuple[str, ...], command: tuple[str, ...],
                                               written: str) -> None:
    """Before, every change wrote English into a Spanish log (`**Estado:** Deprecated`)."""
    spanish_log(project, *statuses)
    number = int(command[1])
    result = project.run(*command)
    assert (result.exit_code, result.stderr) == (0, "")
    assert status_line(project, number) == f"**Estado:** {written}"
    assert project.run("validate").exit_code == 0


def test_a_revisit_that_drops_the_decision_writes_the_log_s_word_for_deprecated(project: Project) -> None:
    """`adr revisit --outcome dropped` deprecates with the word the log's keys use (`Deprecated`), on today's
    date."""
    project.today = dt.date.today().isoformat()
    project.write("docs/adr/0001-a.md", "---\nstatus: Accepted\ndate: 2021-01-01\n---\n\n# A\n")
    project.write("docs/adr/0002-b.md", "---\nstatus: Deprecated\ndate: 2021-01-01\n---\n\n# B\n")
    result = project.run("revisit", "1", "--outcome", "dropped")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adr/0001-a.md").startswith("---\nstatus: Deprecated\n")


def test_the_template_s_choices_give_the_word_when_no_record_uses_it(project: Project) -> None:
    """mzlin2020/mingAgent's shape: the log's template offers `提案中 / 已接受 / 已废弃`; `提案中` is written, not the
    table's `提议`."""
    project.write("docs/adr/0000-template.md", "# ADR-0000 · 标题\n\n- **状态**：提案中 / 已接受 / 已废弃\n"
                  "- **日期**：YYYY-MM-DD\n\n## 背景\n\n…\n")
    project.write("docs/adr/0001-a.md", "# ADR-0001 · 甲\n\n- **状态**：已接受\n- **日期**：2026-08-04\n\n## 背景\n\nC.\n")
    result = project.run("status", "1", "proposed")
    assert (result.exit_code, result.stderr) == (0, "")
    assert "- **状态**：提案中\n" in project.read("docs/adr/0001-a.md")


@pytest.mark.parametrize(("before", "after"), [
    ("* Status: accepted", "* Status: deprecated"),
    ("* Status: Accepted", "* Status: Deprecated"),
    ("* Status: ACCEPTED", "* Status: DEPRECATED"),
])
def test_an_english_word_takes_the_record_s_case(project: Project, before: str, after: str) -> None:
    """A MADR 2 bullet wrote `deprecated` whatever the case of the word it replaced."""
    project.write("docs/adr/0001-a.md", f"# A\n\n{before}\n* Date: 2021-01-01\n\n## Context\n\nC.\n")
    assert project.run("deprecate", "1").exit_code == 0
    assert f"\n{after}\n" in project.read("docs/adr/0001-a.md")


def test_front_matter_keeps_its_key_s_words(project: Project) -> None:
    """A front-matter key is read by other tools too: it takes a word the log's keys already use, else
    adrtool's own, never a translation."""
    project.write("docs/adr/0001-a.md", "---\nstatus: aceptado\ndate: 2021-01-01\n---\n\n# A\n")
    project.write("docs/adr/0002-b.md", "---\nstatus: aceptado\ndate: 2021-01-01\n---\n\n# B\n")
    project.write("docs/adr/0003-c.md", "---\nstatus: rechazado\ndate: 2021-01-01\n---\n\n# C\n")
    assert project.run("deprecate", "1").exit_code == 0
    assert project.read("docs/adr/0001-a.md").startswith("---\nstatus: deprecated\n")
    assert project.run("status", "2", "rejected").exit_code == 0
    assert project.read("docs/adr/0002-b.md").startswith("---\nstatus: rechazado\n")


def test_a_template_s_lower_case_choices_take_the_record_s_case(project: Project) -> None:
    """MADR 2's template offers `[proposed | rejected | accepted | deprecated | …]`; a log writing `Accepted` gets
    `Deprecated` from it."""
    project.write("docs/adr/template.md", "# [short title]\n\n* Status: [proposed | rejected | accepted | deprecated | "
                  "… | superseded by [ADR-0005](0005-example.md)]\n* Date: [YYYY-MM-DD]\n\n## Context\n\n…\n")
    project.write("docs/adr/0001-a.md", "# A\n\n* Status: Accepted\n* Date: 2021-01-01\n\n## Context\n\nC.\n")
    assert project.run("deprecate", "1").exit_code == 0
    assert "\n* Status: Deprecated\n" in project.read("docs/adr/0001-a.md")


@pytest.mark.parametrize(("statuses", "template", "successor_line"), [
    (("Aceptado", "Propuesto"), None, "**Estado:** Reemplazado por [ADR-0002](0002-r2.md)"),
    (("Aceptada", "Propuesta"), None, "**Estado:** Reemplazada por [ADR-0002](0002-r2.md)"),
    (("Aceptado", "Propuesto", "Sustituido por [ADR-0001](0001-r1.md)"), None,
     "**Estado:** Sustituido por [ADR-0002](0002-r2.md)"),  # as the log's superseded record says it
    (("Aceptado", "Propuesto"), "**Estado:** Propuesto | Aceptado | Superado por ADR-XXXX",
     "**Estado:** Superado por [ADR-0002](0002-r2.md)"),  # as its template offers it
])
def test_a_superseded_key_line_names_its_successor_in_the_log_s_words(
        project: Project, statuses: tuple[str, ...], template: str | None, successor_line: str) -> None:
    """`adr supersede` on a Spanish key line wrote nothing (no Status section); it writes the log's words."""
    spanish_log(project, *statuses)
    if template is not None:
        project.write("docs/adr/0000-plantilla.md", f"# ADR-NNNN — Título\n\n{template}\n**Fecha:** AAAA-MM-DD\n")
    result = project.run("supersede", "1", "--by", "2")
    assert (result.exit_code, result.stderr) == (0, "")
    assert status_line(project, 1) == successor_line
    assert project.run("validate").exit_code == 0


KEYED = "# ADR-{n:04d}: T{n}\n\n**{key}:** {status}\n**Data:** 2021-01-01\n\n## C\n\nC.\n"


@pytest.mark.parametrize(("key", "statuses", "command", "written"), [
    ("Stato", ("Proposto", "Proposto"), ("accept", "1"), "Accettato"),  # `proposto` is Portuguese too: `Stato` is not
    ("Stato", ("Proposto", "Proposto"), ("reject", "2"), "Rifiutato"),
    ("状态", ("提案",), ("accept", "1"), "已接受"),  # `提案` is Japanese too: `状态` is not
    ("Status", ("Proposto", "Proposto"), ("accept", "1"), "Accepted"),  # Italian or Portuguese: English, not a guess
])
def test_a_word_two_languages_share_is_told_apart_by_the_key(project: Project, key: str, statuses: tuple[str, ...],
                                                             command: tuple[str, ...], written: str) -> None:
    """Round 51's attack (M1): an Italian log got Portuguese `Aceito`, a Chinese one Japanese `承認`: a word two
    languages share went to the one listed first."""
    for number, status in enumerate(statuses, start=1):
        project.write(f"docs/adr/{number:04d}-t{number}.md", KEYED.format(n=number, key=key, status=status))
    number = int(command[1])
    assert project.run(*command).exit_code == 0
    assert f"\n**{key}:** {written}\n" in project.read(f"docs/adr/{number:04d}-t{number}.md")


def test_the_case_of_the_record_s_own_word_is_followed_whatever_word_the_log_gives(project: Project) -> None:
    """Round 51's attack (L6): `ACCEPTED` became `Deprecated` where another record said `Deprecated`, `DEPRECATED`
    where none did."""
    project.write("docs/adr/0001-t1.md", KEYED.format(n=1, key="Status", status="ACCEPTED"))
    project.write("docs/adr/0002-t2.md", KEYED.format(n=2, key="Status", status="Deprecated"))
    assert project.run("deprecate", "1").exit_code == 0
    assert "\n**Status:** DEPRECATED\n" in project.read("docs/adr/0001-t1.md")


@pytest.mark.parametrize(("key", "status", "phrase"), [
    ("Status", "Godkänd", "Ersatt av"),  # Swedish, as `deprecate` writes `Föråldrad` (attack L5)
    ("ステータス", "承認", "置き換え済み"),
])
def test_supersede_writes_the_phrase_of_the_log_s_language(project: Project, key: str, status: str,
                                                           phrase: str) -> None:
    project.write("docs/adr/0001-t1.md", KEYED.format(n=1, key=key, status=status))
    project.write("docs/adr/0002-t2.md", KEYED.format(n=2, key=key, status=status))
    assert project.run("supersede", "1", "--by", "2").exit_code == 0
    assert f"\n**{key}:** {phrase} [ADR-0002](0002-t2.md)\n" in project.read("docs/adr/0001-t1.md")
    assert project.run("validate").exit_code == 0


def test_a_template_s_phrase_longer_than_a_few_words_is_not_copied(project: Project) -> None:
    """Round 51's attack (L4): a template's `Reemplazado a a a … 1` choice (200 KB) went whole into a status line."""
    spanish_log(project, "Aceptado", "Propuesto")
    project.write("docs/adr/0000-plantilla.md", "# ADR-NNNN — Título\n\n**Estado:** Propuesto | Reemplazado "
                  + "a " * 5000 + "1\n**Fecha:** AAAA-MM-DD\n")
    assert project.run("supersede", "1", "--by", "2").exit_code == 0
    assert status_line(project, 1) == "**Estado:** Reemplazado por [ADR-0002](0002-r2.md)"


@pytest.mark.parametrize(("key", "status", "supersedes", "relates"), [
    ("Estado", "Aceptado", "**Reemplaza:**", "**Relacionado con:**"),
    ("Statut", "Accepté", "**Remplace:**", "**Lié à:**"),
    ("Stato", "Accettato", "**Sostituisce:**", "**Correlato:**"),
    ("状态", "已接受", "**取代:**", "**相关:**"),
    ("Status", "Accepted", "**Supersedes:**", "**Relates to:**"),  # English, as before
    ("Status", "Proposto", "**Supersedes:**", "**Relates to:**"),  # Italian or Portuguese: English, not a guess
])
def test_a_relation_s_key_line_is_keyed_in_the_log_s_language(project: Project, key: str, status: str,
                                                               supersedes: str, relates: str) -> None:
    """`adr supersede`, `adr link` and `adr new --relates-to` in a log that keys its statuses under the title in
    another language wrote `**Supersedes:**` and `**Relates to:**`; each relation is keyed in the log's language,
    in words the reader takes as those relations."""
    for number in (1, 2, 3):
        project.write(f"docs/adr/{number:04d}-t{number}.md", KEYED.format(n=number, key=key, status=status))
    assert project.run("supersede", "1", "--by", "2").exit_code == 0
    assert project.run("link", "3", "relates-to", "2").exit_code == 0
    assert f"\n{supersedes} [ADR-0001](0001-t1.md)\n" in project.read("docs/adr/0002-t2.md")
    assert f"\n{relates} [ADR-0002](0002-t2.md)\n" in project.read("docs/adr/0003-t3.md")
    assert f"\n{relates} [ADR-0003](0003-t3.md)\n" in project.read("docs/adr/0002-t2.md")
    rows = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(rows[n]["supersedes"], rows[n]["superseded_by"], rows[n]["relates_to"]) for n in (1, 2, 3)] == [
        ([], [2], []), ([1], [], [3]), ([], [], [2])]
    assert project.run("validate").exit_code == 0


def test_a_new_record_shaped_as_its_log_s_keys_its_relations_in_the_log_s_language(project: Project) -> None:
    """`adr new --supersedes --relates-to` in a Spanish log of key lines: the new record's relations, and the
    related record's, are keyed in Spanish, and read back."""
    spanish_log(project, "Aceptado", "Aceptado")
    assert project.run("new", "Tercera", "--supersedes", "1", "--relates-to", "2").exit_code == 0
    created = project.read("docs/adr/0003-tercera.md")
    assert "\n**Reemplaza:** [ADR-0001](0001-r1.md)\n**Relacionado con:** [ADR-0002](0002-r2.md)\n" in created
    assert "\n**Relacionado con:** [ADR-0003](0003-tercera.md)\n" in project.read("docs/adr/0002-r2.md")
    rows = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(rows[3]["supersedes"], rows[3]["relates_to"], rows[2]["relates_to"])] == [([1], [2], [3])]


def test_a_key_line_added_under_hard_broken_key_lines_breaks_the_line_above(project: Project) -> None:
    """Audit 52 (lane c, class 1): smarcilla/football-oracle and koperasi-desa-docs end each key line but the last
    with two blanks (a Markdown line break). A relation's key line added after the last ran into it when shown; the
    last line now ends as the others do (two blanks, or a backslash). A block without breaks is left as it is."""
    block = "# ADR-00{n}: T{n}\n\n**Fecha:** 2026-01-2{n}{mark}\n**Estado:** Aceptado{mark}\n**Decisores:** Equipo\n\n"
    for n, mark in ((1, "  "), (2, "  "), (3, "\\"), (4, "")):
        project.write(f"docs/adr/ADR-00{n}-t{n}.md", block.format(n=n, mark=mark) + "## Contexto\n\nC.\n")
    assert project.run("supersede", "1", "--by", "2").exit_code == 0
    assert project.run("link", "3", "relates-to", "4").exit_code == 0
    assert project.read("docs/adr/ADR-002-t2.md").split("\n")[2:6] == [
        "**Fecha:** 2026-01-22  ", "**Estado:** Aceptado  ", "**Decisores:** Equipo  ",
        "**Reemplaza:** [ADR-001](ADR-001-t1.md)"]
    assert project.read("docs/adr/ADR-003-t3.md").split("\n")[4:6] == [
        "**Decisores:** Equipo\\", "**Relacionado con:** [ADR-004](ADR-004-t4.md)"]
    assert project.read("docs/adr/ADR-004-t4.md").split("\n")[4:6] == [
        "**Decisores:** Equipo", "**Relacionado con:** [ADR-003](ADR-003-t3.md)"]
    rows = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(rows[n]["supersedes"], rows[n]["superseded_by"], rows[n]["relates_to"], rows[n]["decision_makers"])
            for n in (1, 2, 3, 4)] == [([], [2], [], ["Equipo"]), ([1], [], [], ["Equipo"]),
                                       ([], [], [4], ["Equipo"]), ([], [], [3], ["Equipo"])]


MULTIPLYZ = "# {n}. T{n}\n\n- **Statut** : {status}\n- **Type** : product\n- **Liens** : issue #21{n}\n\n## Contexte\n\nC.\n"


def test_a_french_log_of_bold_bullets_gets_its_relations_titles_and_no_day_it_does_not_keep(project: Project) -> None:
    """Audit 52 (lane c, class 2): phikhi/multiplyz keys its records `- **Statut** : accepté` (statuses in French
    and in English), numbers their titles `# 14. ..` under a template's `# NNNN. Titre`, and dates none of them.
    `adr link` and `adr new --supersedes --relates-to` wrote `**Relates to**:` and `- Supersedes:`, a `- Date:`
    bullet and a title without its number. The status's key says the language; the bullets are shaped as the
    log's; the title is numbered as the latest records' are; no day is added to a log that keeps none."""
    project.write("docs/adr/TEMPLATE.md", "# NNNN. Titre de la décision\n\n- **Statut** : proposed | accepted | "
                  "superseded | rejected\n- **Type** : arch | data\n- **Liens** : issue #…\n\n## Contexte\n")
    for n, status in ((1, "accepted"), (2, "accepted"), (3, "accepté")):
        project.write(f"docs/adr/000{n}-t{n}.md", MULTIPLYZ.format(n=n, status=status))
    assert project.run("link", "1", "relates-to", "3").exit_code == 0
    assert project.read("docs/adr/0001-t1.md").split("\n")[5] == "- **Lié à** : [ADR-0003](0003-t3.md)"
    assert project.run("new", "Stocker les sons", "--supersedes", "2", "--relates-to", "3").exit_code == 0
    assert project.read("docs/adr/0004-stocker-les-sons.md").split("\n")[:8] == [
        "# 4. Stocker les sons", "", "- **Statut** : proposed", "- **Type** : arch | data", "- **Liens** : issue #…",
        "- **Remplace** : [ADR-0002](0002-t2.md)", "- **Lié à** : [ADR-0003](0003-t3.md)", ""]
    # (audit 52, lane b, class 4) a second record of a relation joins its bullet, as malipie/pim lists them
    assert project.run("link", "1", "relates-to", "2").exit_code == 0
    assert project.read("docs/adr/0001-t1.md").split("\n")[5] == \
        "- **Lié à** : [ADR-0003](0003-t3.md), [ADR-0002](0002-t2.md)"
    rows = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(rows[n]["status"], rows[n]["supersedes"], rows[n]["superseded_by"], rows[n]["relates_to"])
            for n in (1, 2, 3, 4)] == [("accepted", [], [], [3, 2]), ("superseded", [], [4], [1]),
                                       ("accepted", [], [], [1, 4]), ("proposed", [2], [], [3])]


def test_a_key_line_block_broken_by_blanks_and_a_backslash_gets_no_second_break(project: Project) -> None:
    """Round 52's attack (M1): lines above ending in two blanks and the last in a backslash made
    `2021-01-01\\  `, a backslash shown where the break was. A last line broken either way is left as it is."""
    project.write("docs/adr/ADR-001-a.md", "# ADR-001: A\n\n**Estado:** Aceptado  \n**Fecha:** 2021-01-01\\\n\n"
                  "## Contexto\n\nC.\n")
    project.write("docs/adr/ADR-002-b.md", "# ADR-002: B\n\n**Estado:** Aceptado\n\n## Contexto\n\nC.\n")
    assert project.run("link", "1", "relates-to", "2").exit_code == 0
    assert project.read("docs/adr/ADR-001-a.md").split("\n")[2:5] == [
        "**Estado:** Aceptado  ", "**Fecha:** 2021-01-01\\", "**Relacionado con:** [ADR-002](ADR-002-b.md)"]


def test_an_english_record_in_a_french_log_is_written_in_english_and_french_ones_get_french_amends(
        project: Project) -> None:
    """Round 52's attack (M4): an English record of a French log got `Remplacé par`, and French records
    `**Amends** :`. A record whose own status word is of one language is written in it; `amende` and `amendé par`
    key French records' amendments."""
    french = "# ADR-00{n} : T{n}\n\n**Statut** : {status}\n**Date** : 2021-01-01\n\n## Contexte\n\nC.\n"
    for n, status in ((1, "Accepté"), (2, "Accepté"), (3, "Accepté")):
        project.write(f"docs/adr/ADR-00{n}-t{n}.md", french.format(n=n, status=status))
    project.write("docs/adr/ADR-004-t4.md", "# ADR-004: T4\n\n**Status:** Accepted\n**Date:** 2021-01-01\n\n"
                  "## Context\n\nC.\n")
    assert project.run("supersede", "4", "--by", "1").exit_code == 0
    assert project.read("docs/adr/ADR-004-t4.md").split("\n")[2] == "**Status:** Superseded by [ADR-001](ADR-001-t1.md)"
    assert project.run("link", "2", "amends", "3").exit_code == 0
    assert "\n**Amende** : [ADR-003](ADR-003-t3.md)\n" in project.read("docs/adr/ADR-002-t2.md")
    assert "\n**Amendé par** : [ADR-002](ADR-002-t2.md)\n" in project.read("docs/adr/ADR-003-t3.md")
    rows = {row["number"]: row for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert [(link["kind"], link["number"]) for link in rows[2]["links"]] == [("amends", 3)]
    assert [(link["kind"], link["number"]) for link in rows[3]["links"]] == [("amended-by", 2)]


# stomx/hanaloop-20251004 (audit 56, lane c, class 6): Korean records stating each status with the English word after
# it, and a template listing every pair.
HANALOOP = "# ADR-00{n}: 결정 {n}\n\n## 상태 (Status)\n\n{status}\n\n## 맥락 (Context)\n\nc\n{more}"
HANALOOP_TEMPLATE = ("# 제목\n\n## 상태 (Status)\n\n현재 상태는 무엇인가요?  \n\n- 제안됨 (Proposed)  \n- 승인됨 (Accepted)  \n"
                     "- 거절됨 (Rejected)  \n- 사용 중단됨 (Deprecated)  \n- 대체됨 (Superseded)  \n\n## 맥락 (Context)\n\nc\n")


def hanaloop(project: Project, template: bool = True) -> None:
    if template:
        project.write("docs/01.ADRs/template.md", HANALOOP_TEMPLATE)
    project.write("docs/01.ADRs/001-a.md", HANALOOP.format(n=1, status="승인됨 (Accepted)", more=""))
    project.write("docs/01.ADRs/004-d.md", HANALOOP.format(
        n=4, status="승인됨 (Accepted)", more="\n- [ADR-001: 결정 1](./001-a.md)\n"))
    project.write("docs/01.ADRs/006-f.md", HANALOOP.format(n=6, status="승인됨 (Accepted)", more=""))


def test_a_log_of_paired_status_words_gets_the_pair_its_template_lists(project: Project) -> None:
    """`adr status 1 deprecated` wrote a bare `deprecated` where every status is `한국어 (English)`; the template's
    `사용 중단됨 (Deprecated)` is written now. `supersede` wrote `Superseded by [..](..)`: now the template's
    `대체됨 (Superseded)`, then the link, from the record's folder as the record's own links are (`./001-a.md`)."""
    hanaloop(project)
    assert project.run("status", "1", "deprecated").exit_code == 0
    assert project.run("supersede", "4", "--by", "6").exit_code == 0
    assert project.read("docs/01.ADRs/001-a.md") == HANALOOP.format(n=1, status="사용 중단됨 (Deprecated)", more="")
    assert project.read("docs/01.ADRs/004-d.md") == HANALOOP.format(
        n=4, status="대체됨 (Superseded) [ADR-006: 결정 6](./006-f.md)", more="\n- [ADR-001: 결정 1](./001-a.md)\n")
    listed = json.loads(project.run("list", "--format", "json").stdout)
    assert [(row["number"], row["status"], row["superseded_by"]) for row in listed] == [
        (1, "deprecated", []), (4, "superseded", [6]), (6, "accepted", [])]


def test_a_pair_the_log_does_not_show_is_made_of_its_word_and_the_english(project: Project) -> None:
    """With no template and no deprecated record, no pair shows `deprecated`: the log's own word for it, with the
    English after it as the log writes its other statuses (a bare `deprecated`, then a bare `폐기됨`, were
    written)."""
    hanaloop(project, template=False)
    assert project.run("status", "1", "deprecated").exit_code == 0
    assert project.read("docs/01.ADRs/001-a.md") == HANALOOP.format(n=1, status="폐기됨 (Deprecated)", more="")
    assert json.loads(project.run("show", "1", "--format", "json").stdout)["status"] == "deprecated"


def test_new_writes_the_pair_a_record_of_its_log_shows(project: Project) -> None:
    """`adr new` wrote `proposed` in lower case under `## 상태 (Status)`; a record of the log states `제안됨 (Proposed)`,
    which the new record's section now states."""
    hanaloop(project, template=False)
    project.write("docs/01.ADRs/007-g.md", HANALOOP.format(n=7, status="제안됨 (Proposed)", more=""))
    assert project.run("new", "결정 8").exit_code == 0
    assert project.read("docs/01.ADRs/008-결정-8.md") == (
        "# ADR-008: 결정 8\n\n## 상태 (Status)\n\n제안됨 (Proposed)\n\n## 맥락 (Context)\n")


# fulmenhq/goneat's crucible ADRs: its lifecycle schema's `proposal` where adrtool's table says proposed, every value
# quoted.
GONEAT = ('---\nid: "ADR-{n:04d}"\ntitle: "R{n}"\nstatus: "{status}"\ndate: "2025-10-15"\nscope: "Ecosystem"\n'
          '---\n\n# ADR-{n:04d}: R{n}\n\n## Context\n\nC.\n')


@pytest.mark.parametrize("today", ["2025-11-03", dt.date.today().isoformat()], ids=("fixed-day", "today"))
def test_a_log_that_writes_proposal_gets_proposal(project: Project, today: str) -> None:
    """goneat's records and template write `status: "proposal"`; `adr new` wrote `"proposed"`, and `adr status N
    proposed` too. Both write the log's word, and a log whose word for accepted is `approved` gets it."""
    project.today = today
    for number, status in enumerate(("approved", "proposal", "proposal"), start=1):
        project.write(f"docs/adr/ADR-{number:04d}-r{number}.md", GONEAT.format(n=number, status=status))
    for command in (("new", "Adopt Foo for bar"), ("accept", "2"), ("status", "1", "proposed")):
        result = project.run(*command)
        assert (result.exit_code, result.stderr) == (0, ""), command
    assert project.read("docs/adr/ADR-0004-adopt-foo-for-bar.md").split("\n")[3] == 'status: "proposal"'
    assert project.read("docs/adr/ADR-0001-r1.md") == GONEAT.format(n=1, status="proposal")
    assert project.read("docs/adr/ADR-0002-r2.md") == GONEAT.format(n=2, status="approved")
    assert [row["status"] for row in json.loads(project.run("list", "--format", "json").stdout)] == [
        "proposal", "approved", "proposal", "proposal"]


def test_adr_cli_s_new_and_an_annulled_decision_are_statuses_of_the_lifecycle(project: Project) -> None:
    """gjkaal's adr-cli starts a record `__New__` and accepts it `__Final__` (gjkaal/Pietenpol, Kaalenco/n2-logging);
    LuxDie/browser-ai writes `**Anulado**` of a decision annulled and replaced. The new warning of a word no other
    record writes (ADR301) called both unknown: `new` is the log's word for proposed (due, and accepted by `adr
    accept`), `anulado` reads as withdrawn."""
    record = "# {n}. {title}\n\nDate: 2020-01-1{n}\n\n## Status\n\n{status}\n\n## Context\n\nC.\n"
    project.write("docs/adr/00001-a.md", record.format(n=1, title="A", status="__Final__"))
    project.write("docs/adr/00002-b.md", record.format(n=2, title="B", status="__New__"))
    project.write("docs/adr/00003-c.md", record.format(n=3, title="C", status="**Anulado**"))
    assert [finding["code"] for finding in json.loads(project.run("validate", "--format", "json").stdout)] == []
    listed = {row["number"]: row["status"] for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert listed == {1: "final", 2: "new", 3: "withdrawn"}
    assert project.run("accept", "2").exit_code == 0
    assert json.loads(project.run("show", "2", "--format", "json").stdout)["status"] == "accepted"


def test_link_keys_a_relation_in_portuguese_where_the_day_s_key_says_so(project: Project) -> None:
    """Audit 57 lane c class 8 (arquitetura-kubernetes): `**Data:**`, `**Status:** Accepted`, `**Autor:**`,
    `**Contexto:**` and `## Contexto`: `adr link` wrote `**Relates to:**`, where `adr revisit` already wrote
    `**Revisar em:**`; the relation is keyed `**Relacionado com:**`, which reads back."""
    page = ("# ADR-00{n}: T{n}\n\n**Data:** 2026-01-26\n**Status:** Accepted\n**Autor:** DevOps Team\n"
            "**Contexto:** Marco 2\n\n---\n\n## Contexto\n\nx\n\n## Decisão\n\ny\n")
    for n in (3, 5):
        project.write(f"docs/adr/adr-00{n}-t{n}.md", page.format(n=n))

    assert project.run("link", "3", "relates-to", "5").exit_code == 0

    assert "**Contexto:** Marco 2\n**Relacionado com:** [ADR-005](adr-005-t5.md)\n\n---" in \
        project.read("docs/adr/adr-003-t3.md")
    rows = {row["number"]: row["relates_to"] for row in json.loads(project.run("list", "--format", "json").stdout)}
    assert rows == {3: [5], 5: [3]}


@pytest.mark.parametrize("word", ["Pendiente", "Pendente", "Ausstehend", "En attente", "En revisión", "Pending",
                                  "In review", "In behandeling", "保留中", "未決"])
def test_a_pending_status_in_any_language_is_a_proposal_accept_moves_on(project: Project, word: str) -> None:
    """Audit 57 (lane c, class 4): JavyWorld/Aventide.gift's `## Estado` / `Pendiente` was kept as the log's own
    status, and `adr accept` refused it (`it is pendiente`), as it refused English `Pending` and `In review`;
    validate warned for `En attente` alone. A decision pending or under review is a proposal: read as proposed,
    accepted in the log's word, and validate says nothing of it."""
    spanish_log(project, "Aceptado", word)
    assert [row["status"] for row in json.loads(project.run("list", "--format", "json").stdout)] == [
        "accepted", "proposed"]
    assert project.run("validate", "--strict").exit_code == 0
    result = project.run("accept", "2")
    assert result.exit_code == 0, result.stderr
    assert status_line(project, 2) == "**Estado:** Aceptado"
