"""`adr convert`: only the metadata moves into front matter; no word of the author's text is lost."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from conftest import Project

FRONT = "decision-makers: []\nconsulted: []\ninformed: []\ntags: []\n---\n"
# get-forge/forge-docs 0009: the whole key block on one line, the context's first sentence after its keys
GET_FORGE_KEYS = ("**Status:** Accepted **Date:** 2025-11-25 **Context:** Cognito handles auth; we must store extended "
                  "profile attributes beyond basic identity and choose Cognito attributes vs application database.")


def test_convert_keeps_the_context_of_a_one_line_key_block(project: Project) -> None:
    """Audit 56 (class 1): convert deleted the sentence after `**Context:**` with the keys on its line. The
    status and the day move into front matter; `**Context:** ...` stays as a paragraph of its own."""
    project.write("docs/adr/0009-user-profile-storage-strategy.md",
                  '---\ntitle: "0009. User Profile Storage Strategy"\nsummary: "We must choose between:"\n---\n\n'
                  f"{GET_FORGE_KEYS}\n\n## **Context**\n\nWe must choose between:\n")
    result = project.run("convert")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adr/0009-user-profile-storage-strategy.md") == (
        '---\ntitle: "0009. User Profile Storage Strategy"\nsummary: "We must choose between:"\nstatus: accepted\n'
        f"date: 2025-11-25\n{FRONT}\n{GET_FORGE_KEYS.split(' ', 4)[4]}\n\n## **Context**\n\nWe must choose between:\n")


def test_convert_moves_a_status_key_line_as_it_moves_the_day_s(project: Project) -> None:
    """Audit 56 (class 1): with the keys on lines of their own, convert removed `**Date:**` and left `**Status:**
    Accepted` in the body under the new front matter. Both move; a key adr does not read (`**Crosslink:**`)
    stays."""
    project.write("docs/adr/0002-use-kafka.md", "# ADR 0002: Use Kafka\n\n**Status:** Accepted\n**Date:** 2025-10-02\n"
                  "**Crosslink:** #42\n\n## Context\n\ny\n")
    result = project.run("convert")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adr/0002-use-kafka.md") == (
        f"---\nstatus: accepted\ndate: 2025-10-02\n{FRONT}# Use Kafka\n\n**Crosslink:** #42\n\n## Context\n\ny\n")


def test_convert_writes_each_relation_of_a_wrapped_key_line_as_it_was_read(project: Project) -> None:
    """Audit 57 a (class 7): `- **Amended by:** [ADR 0002](..)` wrapped onto `(truncation); extended by` / `[ADR
    0003](..)` gave front matter `amended-by: [2, 3]`, though 3 extends the record. Now 2 amends it, and 3 is
    related, as every link of a relation front matter has no key for; the key line, which says more, stays."""
    bullets = ("- **Amended by:** [ADR 0002](0002-b.md)\n  (truncation); extended by\n  [ADR 0003](0003-c.md)\n")
    project.write("docs/decisions/0001-a.md", "# 1. Use Raft\n\n- **Status:** Accepted\n- **Date:** 2026-07-07\n"
                  f"{bullets}\n## Context\n\nx\n")
    result = project.run("convert", "1")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/decisions/0001-a.md") == (
        f"---\nstatus: accepted\ndate: 2026-07-07\n{FRONT[:-4]}relates-to: [3]\namended-by: [2]\n---\n"
        f"# 1. Use Raft\n\n{bullets}\n## Context\n\nx\n")


def test_convert_leaves_a_record_whose_status_key_line_says_more(project: Project) -> None:
    """A status key line with a remark (DFE-Digital 0006's `Accepted (Pending ratification by the DfE Technical
    Architecture board)`, here as a key line) cannot move whole, and cannot stay beside front matter's status:
    the record is left as it is and named, as other uncertain conversions are."""
    text = ("# ADR 0006: Use Rails\n\n**Status:** Accepted (Pending ratification by the DfE Technical Architecture "
            "board)\n**Date:** 2022-06-01\n\n## Context\n\nx\n")
    project.write("docs/adr/0006-use-rails.md", text)
    result = project.run("convert")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", (
        "adr: docs/adr/0006-use-rails.md: left as it is: its status line says more than the status: "
        "'Accepted (Pending ratification by the DfE Technical Architecture board)'\n"))
    assert project.read("docs/adr/0006-use-rails.md") == text


def test_convert_leaves_a_record_it_would_take_words_from(project: Project) -> None:
    """Keys apart as sentences (`Status: accepted. Date: 2026-09-20. Context: ...`) are read, but the line does
    not part into fields: moving them would delete the context too. The record is left as it is, the words
    named."""
    text = "# 1. A\n\nStatus: accepted. Date: 2026-09-20. Context: Cognito handles auth.\n\n## Context\n\nx\n"
    project.write("docs/adr/0001-a.md", text)
    result = project.run("convert")
    assert (result.exit_code, result.stderr) == (1, "adr: docs/adr/0001-a.md: left as it is: converting it would "
                                                    "delete text that is not metadata: 'Context: Cognito handles auth.'\n")
    assert project.read("docs/adr/0001-a.md") == text


def fields(project: Project) -> list[dict[str, object]]:
    """Each record's metadata, as `adr list` reads it."""
    result = project.run("list", "--format", "json")
    assert result.exit_code == 0, result.stderr
    keys = ("number", "title", "status", "date", "decision_makers", "tags", "supersedes", "superseded_by")
    return [{key: row[key] for key in keys} for row in json.loads(result.stdout)]


# The key lines of several logs' shapes over the author's `Owner`/`Context` fields, which must survive.
SHAPES = [
    GET_FORGE_KEYS,
    "**Status:** Accepted\n**Date:** 2025-11-25\n**Context:** Cognito handles auth.",
    "**Status:** Accepted | **Date:** 2025-11-25 | **Owner:** Platform team",
    "**Status:** Accepted · **Date:** 2025-11-25 · **Owner:** Platform team",
    "**Status:** Accepted<br/>**Date:** 2025-11-25<br/>**Owner:** Platform team",
    "Status: Accepted\nDate: 2025-11-25\nDeciders: Ann, Bo\nOwner: Platform team",
    "* Status: accepted\n* Date: 2025-11-25\n* Owner: Platform team",
    "**Status**: Accepted **Date**: 2025-11-25 **Tags**: auth **Owner**: Platform team",
]


@pytest.mark.parametrize("keys", SHAPES)
def test_convert_keeps_every_word_but_the_moved_keys(project: Project, keys: str) -> None:
    """Whatever shape the key lines have, the converted body keeps every word of the record but the moved keys'
    (their names and values) and the number its title loses; and the metadata reads as before."""
    project.write("docs/adr/0001-use-redis.md", f"# ADR 0001: Use Redis\n\n{keys}\n\n## Context\n\nWe cache.\n")
    before = fields(project)
    result = project.run("convert")
    assert (result.exit_code, result.stderr) == (0, "")
    text = project.read("docs/adr/0001-use-redis.md")
    front, body = text.split("\n---\n", 1)
    assert front.startswith("---\nstatus: accepted\ndate: 2025-11-25\n")
    moved = {"adr", "0001", "status", "accepted", "date", "2025", "11", "25", "deciders", "ann", "bo", "tags", "auth",
             "br"}  # (`<br/>`: the line break that parted the moved fields)
    original = Counter(word for word in re.findall(r"[^\W_]+", f"Use Redis {keys} Context We cache".lower())
                       if word not in moved)
    assert original - Counter(re.findall(r"[^\W_]+", body.lower())) == Counter()
    assert fields(project) == before


@pytest.mark.parametrize(("keys", "lost"), [
    ("**Status:** Accepted **Date:** 2026-01-01 · superseded by decision", "superseded by decision"),
    ("**Status:** Accepted **Deciders:** Alice, Bob **Date:** 2026-01-01 · Bob Alice accepted", "Bob Alice accepted"),
    ("**Status:** Accepted **Date:** 2025-10-08 (last review by the decision makers) **Context:** y",
     "(last review by the decision makers)"),
    ("**Status:** Accepted **Date:** 2026-01-01 · 2026-02-02 amended", "2026-02-02 amended"),
    ("**Status:** Accepted **Date:** 2026-01-01 **Status:** Rejected", "**Status:** Rejected"),
    ("**Status:** Accepted **Date:** 2026-01-01 <!-- **Owner:** Bob -->", "<!-- **Owner:** Bob -->"),
    ("**Status:** Accepted **Date:** 2026-01-01 <!--\n**Owner:** Bob -->", "<!--"),
])
def test_convert_leaves_a_key_line_whose_moved_fields_say_more(project: Project, keys: str, lost: str) -> None:
    """Attacks 56 F6/F13 and 56b F2: a remark after a moved field made only of key words or of values read
    elsewhere on the line (`· superseded by decision`, `· Bob Alice accepted`, `(last review by the decision
    makers)`) was deleted, and a status stated twice lost one of its statements (the later: round 57 F8 reads the
    first), silently. What a key line loses
    must be its moved keys and their values as read, each at its place: the record is left as it is, the lost
    text quoted as written (`2026-02-02 amended`, not `02 02`). Round 57 F1: the `<!--` opening a comment after
    the moved fields went with them, and the commented-out `**Owner:** Bob` showed with a stray `-->` (a comment
    on the line is now one piece: no field is split inside it)."""
    text = f"# 1. T1\n\n{keys}\n\n## Context\n\nc\n"
    project.write("docs/adr/0001-t1.md", text)
    result = project.run("convert")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", (
        f"adr: docs/adr/0001-t1.md: left as it is: converting it would delete text that is not metadata: {lost!r}\n"))
    assert project.read("docs/adr/0001-t1.md") == text


def test_convert_moves_bold_fields_written_without_blanks(project: Project) -> None:
    """Attack 56b F11: `**Status:**Accepted**Date:**2025-11-25**Context:**tight` read as the status `accepteddate`,
    and convert refused it. The fields are read apart: status and day move, `**Context:**tight` stays."""
    project.write("docs/adr/0001-t1.md", "# 1. T1\n\n**Status:**Accepted**Date:**2025-11-25**Context:**tight\n\n"
                  "## Context\n\nc\n")
    result = project.run("convert")
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("docs/adr/0001-t1.md") == (
        f"---\nstatus: accepted\ndate: 2025-11-25\n{FRONT}# T1\n\n**Context:**tight\n\n## Context\n\nc\n")


@pytest.mark.parametrize("status", ["Superceded by ADR002", "Superseded by ADR-2."])
def test_convert_moves_a_status_naming_its_successor_by_its_reference_alone(project: Project, status: str) -> None:
    """Audit 58 (lane a, class 5): fh-services 004's `- **Status**: Superceded by ADR008`, which list reads as
    superseded by 8 for certain, was left as a status line saying more than the status. The status and its
    successor move into front matter; one that says more after the reference is still left, with the reason."""
    page = "# ADR00{n} - T{n}\n\n- **Status**: {status}\n- **Date**: 2022-10-04\n- **Author**: Ann\n\n## Decision\n\nd\n"
    project.write("docs/arch/ADR001-t1.md", page.format(n=1, status=status))
    project.write("docs/arch/ADR002-t2.md", page.format(n=2, status="Adopted"))
    more = page.format(n=3, status="Superseded by ADR002 for its cost")
    project.write("docs/arch/ADR003-t3.md", more)
    result = project.run("convert", "1", "3")
    assert (result.exit_code, result.stderr) == (1, (
        "adr: docs/arch/ADR003-t3.md: left as it is: its status line says more than the status: "
        "'Superseded by ADR002 for its cost'\n"))
    assert project.read("docs/arch/ADR001-t1.md") == (
        f"---\nstatus: superseded\ndate: 2022-10-04\n{FRONT[:-4]}superseded-by: [2]\n---\n"
        "# ADR001 - T1\n\n- **Author**: Ann\n\n## Decision\n\nd\n")
    assert project.read("docs/arch/ADR003-t3.md") == more
