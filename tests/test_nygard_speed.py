"""The fast reading of adr-tools records gives exactly what the markdown-it path gave.

Three shortcuts are held to their slow definitions here: the plain-text path for a Status section's
paragraphs (against markdown-it), the lazy section search (against the full heading scan), and the ATX
shortcut (against the `_ATX` expression). Random inputs come from seeded generators, so a failure
reproduces with the same seed.
"""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

import pytest

from adrtool.fsio import read_text
from adrtool.model import Dialect, Link
from adrtool.records import markdown
from adrtool.records.dialects import nygard, parse

ADR_TOOLS = Path(__file__).parent / "fixtures" / "adr-tools"  # made by Debian's adr-tools 3.0.0
SEED = 20240115

# What a Status section holds: what adr-tools writes, and (MARKUP, RISKY_*, OPENINGS) what a hand edit
# or another tool may add.
WORDS = ["Accepted", "Proposed", "Superseded by", "Supersedes", "Amended by", "Amends", "Superceded by",
         "Clarified by", "see", "(draft)", "x", "2024-01-15", "3.", "42", "über", "日本語", "a  b", "C#", "x=y",
         "a+b", "a-b", "50%", "@team", "$5", "{x}", "^", "|", "'q'", '"q"', ":", "~", "~~s~~", "a)", "(b"]
MARKUP = ["*em*", "_em_", "**strong**", "`code`", "\\*", "\\[", "\\", "&amp;", "&#35;", "&nosuch;", "<b>",
          "<http://x.y>", "![img](0001.png)", "[ref]", "[ref][]", "[x] (y)", "foo_bar", "!", "a*b", "<", ">", "[",
          "<!-- c -->", "\u00a0", "\t", "\x0c", "\x00", "\u2028", "\r", "\u200b"]
LABELS = ["2. Use PostgreSQL for storage", "", " x ", "a(b", "a)b", "3.  Two  spaces", "ünï", "C#", "x=y"]
RISKY_LABELS = ["x*y", "a_b", "`c`", "a\\b", "&amp;", "<b>", "!", "[n]", "a]b", "a\\]b"]
HREFS = ["0002-use-postgresql-for-storage.md", "0005_title.md", "../decisions/0003-x.md", "#status", "a#b#c",
         ".", "-", "/abs/0004.md", "A.MD", "a//b"]
RISKY_HREFS = ["//host/x", "http://x.y/0003.md", "javascript:x", "JavaScript:x", "data:x", "file:x", "a b",
               "a(b)c", "<a b>", "<>", "%20x", "%zz", "a%", "ünï.md", "", 'x "title"', "a?b=c", "~x", "a\\b",
               'a"b', "a'b", "a&amp;b", "a+b", "a@b", "a:b", "a\x7fb"]
OPENINGS = [" ", "  ", "   ", "    ", "\t", "- ", "* ", "+ ", "1. ", "2) ", "> ", "# ", "### ", "#", "=", "-",
            "```", "~~~", "<div>", "<!--", "[ref]: ", "12345678901. ", "3.x ", "---", "===", "***", "___"]
RISKY_LINES = ["===", "---", "***", "___", "```", "~~~", "<div>", "<!--", "- x", "1. x", "> x", "### x", "\t",
               " \t ", "    x", "[ref]: /url", "[ref]", "<div", "<pre", "<?x", "<x"]


def plain_line(rng: random.Random) -> str:
    tokens = [f"[{rng.choice(LABELS)}]({rng.choice(HREFS)})" if rng.random() < 0.3 else rng.choice(WORDS)
              for _ in range(rng.randint(1, 5))]
    return rng.choice([" ", " ", "", "  "]).join(tokens) + rng.choice(["", "", " ", "  ", "   "])


def status_section(rng: random.Random) -> str:
    """A Status section's text: plain adr-tools-like lines, then up to four risky edits at random places."""
    lines = [""] + [rng.choice(["", "", " ", "  "]) if rng.random() < 0.35 else plain_line(rng)
                    for _ in range(rng.randint(0, 8))]
    for _ in range(rng.choice([0, 0, 0, 1, 1, 2, 4])):
        index = rng.randrange(len(lines))
        line, edit = lines[index], rng.randrange(4)
        if edit == 0:
            lines[index] = rng.choice(OPENINGS) + line
        elif edit == 1:  # anywhere, also inside a link
            at = rng.randint(0, len(line))
            lines[index] = line[:at] + rng.choice(MARKUP) + line[at:]
        elif edit == 2:
            label = rng.choice(RISKY_LABELS + LABELS)
            lines[index] = f"{line} [{label}]({rng.choice(RISKY_HREFS if label in LABELS else HREFS)})"
        else:
            lines.insert(index, rng.choice(RISKY_LINES))
    return "\n".join(lines)


def test_simple_paragraphs_agree_with_markdown_it() -> None:
    """On 10,000 generated Status sections, the fast path gives markdown-it's paragraphs or steps aside."""
    rng = random.Random(SEED)
    taken = 0
    for _ in range(10000):
        text = status_section(rng)
        first_line = rng.randint(1, 50)
        fast = markdown.simple_paragraphs(text, first_line)
        if fast is not None:
            taken += 1
            assert fast == markdown.paragraphs(text, first_line), text
    assert 2500 < taken < 7500, taken  # both the fast path and the fallback are exercised


def test_simple_paragraphs_take_what_adr_tools_writes() -> None:
    """A status word and `adr link` lines, with the lines numbered as markdown-it numbers them."""
    text = ("\nAccepted\n\nSupersedes [2. Use PostgreSQL](0002-use-postgresql.md)\n\n"
            "Amended by [4. Add read replicas](0004-add-read-replicas.md)\n")
    assert markdown.simple_paragraphs(text, 6) == [
        markdown.Paragraph("Accepted", 7, ()),
        markdown.Paragraph("Supersedes 2. Use PostgreSQL", 9, (("2. Use PostgreSQL", "0002-use-postgresql.md"),)),
        markdown.Paragraph("Amended by 4. Add read replicas", 11,
                           (("4. Add read replicas", "0004-add-read-replicas.md"),)),
    ]
    assert markdown.simple_paragraphs(text, 6) == markdown.paragraphs(text, 6)


@pytest.mark.parametrize("text", ["*Accepted*", "Accepted\n- item", "    Accepted", "Accepted &amp; done",
                                  "[a](b)\n\n[b]: c", "Superseded by [a](<b c>)", "Accepted\n===", "Accepted\r"])
def test_simple_paragraphs_leave_markup_to_markdown_it(text: str) -> None:
    """Emphasis, lists, indentation, entities, reference definitions, odd links, setext lines: not taken."""
    assert markdown.simple_paragraphs(text) is None


@pytest.mark.parametrize("path", sorted(ADR_TOOLS.rglob("0*.md")),
                         ids=lambda path: path.relative_to(ADR_TOOLS).as_posix())
def test_adr_tools_fixtures_take_the_fast_path(path: Path) -> None:
    """Every Status section adr-tools wrote is plain enough for the fast path, with markdown-it's answer."""
    lines = read_text(path).text.split("\n")
    section = markdown.find_section(lines, ("Status",))
    assert section is not None
    text = section.text(lines)
    assert markdown.simple_paragraphs(text, section.start + 1) == markdown.paragraphs(text, section.start + 1)


def test_adr_tools_fixtures_read_as_before() -> None:
    """The records adr-tools 3.0.0 wrote read exactly as they did through markdown-it."""
    found = {}
    for path in sorted(ADR_TOOLS.rglob("0*.md")):
        record = parse(read_text(path))
        assert (record.format, record.title_line, record.heading_number) == (Dialect.NYGARD, 1, record.number)
        found[path.relative_to(ADR_TOOLS).as_posix()] = (record.title, record.meta, record.meta_lines, record.links)
    assert found == {
        "basic/doc/adr/0001-record-architecture-decisions.md": (
            "Record architecture decisions", {"date": "2024-01-15", "status": "Accepted"}, {"date": 3, "status": 7},
            ()),
        "basic/doc/adr/0002-use-postgresql-for-storage.md": (
            "Use PostgreSQL for storage", {"date": "2024-01-16", "status": "superseded", "superseded-by": [3]},
            {"date": 3, "status": 7, "superseded-by": 7},
            (Link("superseded-by", 3, "0003-use-cockroachdb-for-storage.md", 7),)),
        "basic/doc/adr/0003-use-cockroachdb-for-storage.md": (
            "Use CockroachDB for storage",
            {"date": "2024-03-02", "status": "Accepted", "supersedes": [2], "amended-by": [4]},
            {"date": 3, "status": 7, "supersedes": 9, "amended-by": 11},
            (Link("supersedes", 2, "0002-use-postgresql-for-storage.md", 9),
             Link("amended-by", 4, "0004-add-read-replicas.md", 11))),
        "basic/doc/adr/0004-add-read-replicas.md": (
            "Add read replicas", {"date": "2024-03-20", "status": "Accepted", "amends": [3]},
            {"date": 3, "status": 7, "amends": 9}, (Link("amends", 3, "0003-use-cockroachdb-for-storage.md", 9),)),
        "basic/doc/adr/0005-deploy-with-kubernetes.md": (
            "Deploy with Kubernetes", {"date": "2024-04-05", "status": "Accepted"}, {"date": 3, "status": 7}, ()),
        "custom-dir/docs/architecture/decisions/0001-record-architecture-decisions.md": (
            "Record architecture decisions", {"date": "2024-02-01", "status": "Accepted"}, {"date": 3, "status": 7},
            ()),
        "custom-dir/docs/architecture/decisions/0002-use-graphql-for-the-public-api.md": (
            "Use GraphQL for the public API", {"date": "2024-02-10", "status": "Accepted"}, {"date": 3, "status": 7},
            ()),
    }


# Lines that move the heading scanner between its states, and headings of every level around a Status.
DOCUMENT_LINES = ["", "", "Text", "more text", "# 3. Title", "# Other", "## Status", "## status", "## Context",
                  "### Deep", "Status", "Context", "=====", "-----", "Accepted", "Superseded by [2. A](0002-a.md)",
                  "Date: 2024-01-15", "```", "~~~", "    code", "<!--", "-->", "<div>", "</div>", "- item",
                  "> quote", "#tag", "## Status ##", "  ## Status", "##\tStatus"]


def document(rng: random.Random) -> list[str]:
    return [rng.choice(DOCUMENT_LINES) for _ in range(rng.randint(0, 20))]


def test_find_section_stops_early_with_the_same_answer() -> None:
    """The lazy search finds the section the full list of sections holds, on 3,000 generated documents."""
    rng = random.Random(3)
    for _ in range(3000):
        lines, first = document(rng), rng.randint(0, 3)
        full = next((s for s in markdown.sections(lines, first) if s.heading.text.lower() == "status"), None)
        assert markdown.find_section(lines, ("Status",), first) == full, lines


def test_one_scan_gives_the_first_section_and_the_status_section() -> None:
    """`nygard.sections` answers what `first_heading` and `find_section` answered, from one scan."""
    rng = random.Random(5)
    for _ in range(3000):
        lines, after = document(rng), rng.randint(-1, 3)
        assert nygard.sections(lines, after) == (
            markdown.first_heading(lines, after + 1, 2), markdown.find_section(lines, ("Status",), after + 1)), lines


# The expression ATX headings were once read with: the reference `atx_heading` is held to. (Not used to read: its
# lazy text group before an optional closing sequence is quadratic in a long run of blanks inside a heading.)
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")


def test_atx_heading_agrees_with_the_expression() -> None:
    """Level and text of an ATX heading are those `_ATX` gives, on 20,000 generated lines and on every line of
    up to six pieces of the marks that matter (blanks, `#`, a newline, text)."""
    def expected(line: str) -> tuple[int, str] | None:
        atx = _ATX.match(line)
        return (len(atx.group(1)), (atx.group(2) or "").strip()) if atx else None

    rng = random.Random(7)
    pieces = [" ", "  ", "\t", "#", "##", "#######", "x", "Status", "3. Title", "\u00a0", "\n", "a#", "\\#", "."]
    for _ in range(20000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert markdown.atx_heading(line) == expected(line), line
    for length in range(1, 7):
        for marks in itertools.product(("#", " ", "\t", "x", "\n"), repeat=length):
            for indent in ("", "   ", "    "):
                line = indent + "".join(marks)
                assert markdown.atx_heading(line) == expected(line), line


# The expressions a front matter line's key was once read with (quadratic in a run of blanks with no colon after
# it): the reference the linear ones are held to, the key stripped as where it is used.
_KEY_BEFORE = (re.compile(r"^([^\s#\-?:][^:]*?)\s*:(?:\s|$)"), re.compile(r"^([^\s#\-?:{\[][^:]*?)\s*:(?:\s|$)"))


def test_front_matter_keys_agree_with_the_expressions_they_replace() -> None:
    """The key (stripped) of a front matter line, as the reader and the editor read it, is the one the lazy
    expressions gave, on 20,000 generated lines and every line of up to five of the marks that matter."""
    from adrtool.records import edit
    from adrtool.records.dialects import frontmatter

    def key(pattern: re.Pattern[str], line: str) -> str | None:
        found = pattern.match(line)
        return found.group(1).strip() if found else None

    pairs = list(zip((frontmatter._TOP_LEVEL_KEY, edit._TOP_LEVEL_KEY), _KEY_BEFORE))
    rng = random.Random(11)
    pieces = [" ", "\t", ":", "a", "key", "#", "-", "?", "{", "[", "'", "\n", "x y", "://"]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(20000)]
    lines += ["".join(marks) for length in range(1, 6) for marks in itertools.product(("a", " ", ":", "#", "\t"),
                                                                                        repeat=length)]
    for line in lines:
        for linear, lazy in pairs:
            assert key(linear, line) == key(lazy, line), line
