"""The linter's fast paths agree with the full parsers: `#` lines with scan_headings, plain links with
markdown-it."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from adrtool.records import markdown
from adrtool.records.body import Body, simple_links

from conftest import examples

PIECES = st.sampled_from([
    "# Title", "## Context", "### Sub", " ## Indented", "    # code", "\t# tab", "#nospace", "## Closed ##",
    "Text", "Setext", "===", "---", "- item", "* item", "> # quoted", "```", "~~~", "<!-- c", "-->",
    "<div>", "", "[a](0001-a.md)", "see [b](0002-b.md) and [c](x.md#y)", "[a] [b]", "[x]: 0003-c.md",
    "`[d](0004-d.md)`", "![i](0005-i.md)", "\\[e](0006-e.md)", "[f](<0007 f.md>)", "[g](0008-g.md \"t\")",
    "[h]", "&amp; [i](0009-i.md)", "[link [nested](0010-n.md)]", "[j](0011-j.md", "  [k](0012-k.md)",
    "`code`", "a `b` and [c](0013-c.md)", "[`e`](0014-e.md)", "`x [y](0015-y.md)", "z` [w](0016-w.md)",
    "``a`b`` [v](0017-v.md)", "`", "``", "[l `m](0018-x.md)` n](0019-y.md)", "\\` [u](0020-u.md) `",
    "[`]`](0021-t.md)", "`[`](0022-s.md)", "[a](0023`b.md) `c`", "[m](", "0024-m.md)", "[n]:", "  0025-n.md",
    "[o](0026-o.md", "\"title\")", "[p][n]", "[q]", "[q]: 0027-q.md",
])


@settings(max_examples=examples(800), deadline=None)
@given(st.lists(PIECES, max_size=14))
def test_fast_heading_scan_agrees_with_scan_headings(lines: list[str]) -> None:
    """Whenever the `#`-line scan answers, it answers what the full scanner does."""
    body = Body(Path("0001-x.md"), "\n".join(lines), 1)
    fast = body._simple_headings()
    if fast is not None:
        assert fast == markdown.scan_headings(body.lines, 0)
    assert body.headings == markdown.scan_headings(body.lines, 0)


def _markdown_it_links(text: str) -> list[str]:
    tokens = markdown.parser().parse(text)
    return [str(child.attrGet("href")) for token in tokens if token.type == "inline"
            for child in token.children or [] if child.type == "link_open"]


@settings(max_examples=examples(800), deadline=None)
@given(st.lists(PIECES, max_size=10))
def test_plain_link_scan_agrees_with_markdown_it(lines: list[str]) -> None:
    """Whenever the plain `[text](target)` scan answers, markdown-it finds the same links."""
    fast = simple_links(lines, 0, len(lines))
    if fast is not None:
        assert [link.href for link in fast] == _markdown_it_links("\n".join(lines))


def test_links_keep_their_lines_and_columns() -> None:
    """Both paths report the line and column where the target is written."""
    text = "# T\n\n## Links\n\nSee [b](0002-b.md) and `code`\nand [c](0003-c.md).\n"
    body = Body(Path("0001-x.md"), text, 1)
    assert [(link.href, link.line, link.column) for link in body.markdown_links] == [("0002-b.md", 5, 9),
                                                                                   ("0003-c.md", 6, 9)]
    plain = Body(Path("0001-x.md"), text.replace(" and `code`", ""), 1)
    assert [(link.href, link.line, link.column) for link in plain.markdown_links] == [("0002-b.md", 5, 9),
                                                                                    ("0003-c.md", 6, 9)]


def test_known_keys_and_aliases_are_the_readers() -> None:
    """The metadata rules look keys up as written when all are known: that holds while every known key is
    lowercase and the aliases among them, and the keys those aliases stand for, are the reader's."""
    from adrtool.records.dialects.normalize import ALIASES
    from adrtool.rules.metadata import KNOWN_ALIAS_TARGETS, KNOWN_ALIASES, KNOWN_KEYS

    assert all(key == key.lower() for key in KNOWN_KEYS)
    assert set(KNOWN_KEYS) & set(ALIASES) == KNOWN_ALIASES
    assert {ALIASES[alias] for alias in KNOWN_ALIASES} == KNOWN_ALIAS_TARGETS


def _chunk_links_by_markdown_it(body: Body) -> list[str]:
    """The `.md` links of each chunk as markdown-it reads the whole chunk: inline links, then definitions."""
    found: list[str] = []
    for start, end in body._chunks():
        env: dict[str, object] = {}
        tokens = markdown.parser().parse("\n".join(body.lines[start:end]), env)
        references = env.get("references", {})
        assert isinstance(references, dict)
        defined = {str(reference.get("href", "")) for reference in references.values()}
        found += [str(child.attrGet("href")) for token in tokens if token.type == "inline"
                  for child in token.children or [] if child.type == "link_open"
                  and ".md" in str(child.attrGet("href")).lower() and str(child.attrGet("href")) not in defined]
        found += [href for href in defined if ".md" in href.lower()]
    return sorted(found)


@settings(max_examples=examples(800), deadline=None)
@given(st.lists(PIECES, max_size=16))
def test_a_bodys_links_are_markdown_its(lines: list[str]) -> None:
    """The links of a body, however found (the plain scan, or markdown-it on as much of a chunk as it needs),
    are those markdown-it finds in each whole chunk."""
    body = Body(Path("0001-x.md"), "\n".join(lines), 1)
    assert sorted(link.href for link in body.markdown_links) == _chunk_links_by_markdown_it(body)


# Lines for the placeholder scan: MADR's `{...}` and `[...]`, links to reference definitions (defined in a block
# quote, a list item, a code block, over two lines, in a paragraph that a definition cannot interrupt), labels,
# code spans, comments and inline HTML.
PLACEHOLDER_PIECES = st.sampled_from([
    "", "Text", "## Context", "- item", "> quoted", "```", "~~~", "* [option 1]", "[option 1]", "### [option 2]",
    "Chosen option: \"[option 1]\", because [justification. e.g., only option]", "[Git Flow]", "* [Git Flow]",
    "see [git  flow] and [GIT FLOW][]", "[Git Flow]: https://nvie.com/", "> [trunk based]: /t", "- [in list]: /l",
    "[Trunk Based] development", "and [in list] too", "[two\nlines] here", "[two", "lines]: /m", "[two lines]",
    "[SÍ technical direction]", "[sí technical direction]: ../x.md", "[sí technical direction]:", "[a b]: <x y>",
    "[a b] [c d]", "[c d]: /c \"title\"", "[e\\]f]: /e", "[e] f", "\\[escaped label] x", "![an image] alt",
    "[x y](0001-x.md)", "[see [option 1]](0001-x.md)", "`[in code]` and `{in code}`", "`[code span` [option 3]",
    "{title of option 1}", "a {title of option 1} b", "${not a placeholder} x", "Func{Message, Type}",
    "Use the <see cref=\"Func{Message, Type}\"/> here", "x <abbr title=\"{short title} [a b]\">ADR</abbr> y",
    "x <!-- [option 2] {b c} --> [option 4]", "* [Related to] ADR-0001", "* [Link type] [Link to ADR]",
    "- Tags: [identity-platform, cip, groups]", "- Status: [proposed, accepted]", "[Positive, Neutral, Negative]",
    "[t u]: /t", "'a title'", "---", "===", "# Title", "  ## Indented", "1. item", "    [indented label]: /i",
    "an [indented label] too", "`use", "foo::{mod, baz}` x", "{Proposed|Accepted}",
    "{name: demo, spec}",
])


def _seen_text(text: str) -> list[str]:
    """What a reader sees of each inline block of ``text`` as markdown-it reads it: its text, without link
    brackets, markup, code or HTML."""
    seen = []
    for token in markdown.parser().parse(text):
        if token.type == "inline":
            seen.append("".join(child.content if child.type == "text" else "\n" if child.type == "softbreak"
                                else "" for child in token.children or []))
    return seen


@settings(max_examples=examples(800), deadline=None)
@given(st.lists(PLACEHOLDER_PIECES, max_size=16))
def test_a_placeholder_is_text_a_reader_sees(lines: list[str]) -> None:
    """Every `{...}` and `[...]` placeholder the scan reports is written as it is in the text markdown-it shows:
    never a link to a reference definition, never inside an HTML tag, a code span or a comment. (Not held here:
    constructs over several lines the line scan does not follow: a comment, an HTML block,
    indented code; and template text inside a reference definition, which no reader sees either.)"""
    text = "\n".join(lines)
    seen = _seen_text(text)
    # A reference definition makes no token: its lines are those no block covers (a label defined twice too,
    # which markdown-it's list of references leaves out).
    covered = {index for token in markdown.parser().parse(text) if token.map for index in range(*token.map)}
    definitions = {index for index, line in enumerate(text.split("\n")) if line.strip() and index not in covered}
    for item in Body(Path("0001-x.md"), text, 1).placeholders(frozenset(), square=True):
        if item.line - 1 not in definitions:
            assert any(item.text in block for block in seen), (item, seen)


@settings(max_examples=examples(800), deadline=None)
@given(st.lists(PLACEHOLDER_PIECES, max_size=16))
def test_the_definition_scan_misses_no_label_markdown_it_defines(lines: list[str]) -> None:
    """The cheap look for `[label]:` finds every label of a definition that markdown-it reads and a `[...]` on one
    line can name (one without brackets), or says it cannot tell; markdown-it's block parse of the part of the
    body that holds the `]:` finds the definitions its full parse of the whole text does. (Not held here: a `#`
    line inside an HTML block that the heading scanner does not know, which it takes for a heading.)"""
    body = Body(Path("0001-x.md"), "\n".join(lines), 1)
    env: dict[str, dict[str, object]] = {}
    markdown.parser().parse(body.text, env)
    defined = frozenset(env.get("references", {}))
    cheap = body._definition_labels
    assert cheap is None or {label for label in defined if "[" not in label and "]" not in label} <= cheap
    assert body._reference_labels == defined


def test_a_brace_before_a_long_run_of_blanks_is_passed_at_once() -> None:
    """An unclosed `{word` and a run of blanks a line can hold before a placeholder on the same line: the
    placeholder is found, the brace passed over in one look (not its blanks split at each of their places)."""
    text = "{a" + " " * 20_000 + "x {short title of solved problem}\n\n{a\tb} and {name}"
    found = Body(Path("0001-x.md"), text, 1).placeholders(frozenset())
    assert [(item.text, item.line) for item in found] == [("{short title of solved problem}", 1), ("{a\tb}", 3)]
