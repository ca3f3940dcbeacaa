"""The reader's shortcuts give what the general functions give: a title read from the first line with text is
the first heading, and an adr-tools record read in one pass is what the heading scan and the Date search find.
"""

from __future__ import annotations

import random

from adrtool.records.dialects import nygard
from adrtool.records.markdown import first_heading, leading_heading

SEED = 20261204
BEFORE_TITLE = ["", "", "", "<!-- note -->", "## Context", "Some text.", "    indented", "```", "#", "#  ",
                "# ", "#Title", "Setext", "======", "\t", " "]
TITLES = ["# Keep Linuxbridge", "# Keep Linuxbridge #", "#\tTabbed", "## Not the title", "# ", "   # Indented",
          "# Title ##  ", "#### Deep"]
BODY = ["", "## Context", "Operators asked.", "```", "# In a fence", "```", "## Decision", "We do it.", "# Later"]


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
