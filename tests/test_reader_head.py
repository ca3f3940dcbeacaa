"""Reading a front-matter record from its first kilobyte only gives exactly what reading it all gives.

The reader splits the first kilobyte of a file into lines and reads the front matter and the title from its
whole lines when they hold them, splitting the rest only when needed. Seeded random records, with front
matter and titles ending before, at and after that point (long lines too), are read both ways and must give
equal Records.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from adrtool.errors import ReadError
from adrtool.fsio import decode
from adrtool.records import dialects as reader
from adrtool.records.dialects import nygard
from adrtool.records.markdown import first_heading, leading_heading

SEED = 20261204
KEYS = ["status: accepted", "notes: " + "x" * 300, "---" + " " * 1100, "date: 2021-04-19", "revisit: yoga", "tags: [ovn, gate]", "decision-makers: [Neutron]",
        "# a comment", "", "cycle: xena", "consulted: []", "informed: []", "supersedes: [3]", "key: 'quoted: value'"]
RARE_KEYS = ["notes: |", "  text", "- item", "---x", " ---", "..."]  # a block, a list, lines like fences
BEFORE_TITLE = ["", "", "", "<!-- note -->", "## Context", "Some text.", "    indented", "```", "#", "#  ",
                "# ", "#Title", "Setext", "======", "\t", " "]
TITLES = ["# Keep Linuxbridge", "# Keep Linuxbridge #", "#\tTabbed", "## Not the title", "# ", "   # Indented",
          "# Title ##  ", "#### Deep"]
BODY = ["", "## Context", "Operators asked.", "```", "# In a fence", "```", "## Decision", "We do it.", "# Later"]


BULLETS = ["* Status: accepted", "* Date: 2021-04-19", "- Deciders: Neutron team, Nova team", "* Tags: ovn",
           "* Deciders: " + ", ".join(["A Name"] * 40), "  * Status: proposed ", "* Not a key", "Text", "* Key:",
           "* Revisit:  yoga\t"]


def madr2_text(rng: random.Random) -> str:
    lines = [rng.choice(["", "", "# 7. Numbered"]) if rng.random() < 0.1 else "# Keep Linuxbridge"]
    lines += [""] * rng.choice([0, 1, 1, 2])
    lines += [rng.choice(BULLETS) for _ in range(rng.choice([0, 1, 3, 6, 12, 30]))]
    lines += [rng.choice(BODY) for _ in range(rng.randint(0, 40))]
    return rng.choice(["\n", "\r\n"]).join(lines) + rng.choice(["", "\n"])


NYGARD = ["## Status", "Accepted", "Superseded by [3. Use OVN](0003-use-ovn.md)", "## Context", "Date: 2021-04-19",
          "text " * 60, "```", "## Decision", "<!-- note -->", "# Other", "Proposed"]


def nygard_text(rng: random.Random) -> str:
    lines = [rng.choice(["# 7. Keep Linuxbridge", "# Keep Linuxbridge", "", "## Status"])]
    lines += [rng.choice(NYGARD + ["", "", ""]) for _ in range(rng.choice([2, 5, 8, 20, 40]))]
    return rng.choice(["\n", "\r\n"]).join(lines) + rng.choice(["", "\n"])


def record_text(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return nygard_text(rng)
    if rng.random() < 0.3:
        return madr2_text(rng)
    lines = ["---"] if rng.random() < 0.9 else [rng.choice(["--- ", "---" + " " * 1100, "x" * 1100])]
    lines += [rng.choice(RARE_KEYS if rng.random() < 0.005 else KEYS)
              for _ in range(rng.choice([0, 1, 3, 8, 20, 29, 30, 31, 32, 33, 40, 60]))]
    if rng.random() < 0.93:
        lines.append(rng.choice(["---", "---", "...", "---  "]))
    lines += [rng.choice(BEFORE_TITLE) for _ in range(rng.choice([0, 0, 0, 1, 2, 5, 30]))]
    if rng.random() < 0.9:
        lines.append(rng.choice(TITLES))
    lines += [rng.choice(BODY) for _ in range(rng.randint(0, 50))]
    return rng.choice(["\n", "\r\n"]).join(lines) + rng.choice(["", "\n"])


def read(text: str) -> object:
    try:
        return reader.parse(decode(Path("/log/0007-keep-linuxbridge.md"), text.encode("utf-8")))
    except ReadError as error:
        return ("error", error.message, error.line)


def test_the_first_lines_give_what_all_lines_give(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(SEED)
    texts = [record_text(rng) for _ in range(4000)]
    quick = [read(text) for text in texts]
    monkeypatch.setattr(reader, "_HEAD_CHARS", 10**9)
    assert [read(text) for text in texts] == quick
    assert sum(isinstance(outcome, tuple) for outcome in quick) < 1000  # most are records


def test_a_leading_heading_is_the_first_heading() -> None:
    """Where the shortcut answers, the full scan gives the same heading."""
    rng = random.Random(SEED)
    for _ in range(3000):
        lines = [rng.choice(BEFORE_TITLE + TITLES + BODY) for _ in range(rng.randint(0, 12))]
        first = rng.randint(0, len(lines))
        leading = leading_heading(lines, first, 1)
        if leading is not None:
            assert first_heading(lines, first, 1) == leading


PLAIN = ["", "", "## Status", "Accepted", "Superseded by [3. Use OVN](0003-use-ovn.md)", "## Context",
         "Date: 2021-04-19", "Date:", "Date:  2021-04-20  ", "### Detail", "# Other", "#notaheading", "Proposed",
         "## status", "##", "- a list", "Setext", "------", "    code", "```", "> quote", "text " * 30]


def test_the_one_pass_layout_is_what_the_general_functions_find() -> None:
    """Where the one-pass scan of an adr-tools record answers, the heading scan and the Date search agree."""
    rng = random.Random(SEED)
    answered = 0
    for _ in range(6000):
        lines = [rng.choice(["# 7. Keep Linuxbridge", "Title"])]
        lines += [rng.choice(PLAIN) for _ in range(rng.choice([1, 3, 6, 10, 25]))]
        layout = nygard.plain_layout(lines, 0)
        if layout is None:
            continue
        answered += 1
        first_section, status = nygard.sections(lines, 0)
        date = nygard.date_line(lines, 0, first_section.line - 1 if first_section else len(lines))
        assert layout == (first_section, status, date)
    assert answered > 300
