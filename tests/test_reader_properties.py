"""Properties of the reader: it never crashes, and its fast heading scan agrees with markdown-it."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from adrtool.errors import ReadError
from adrtool.fsio import decode
from adrtool.model import Dialect, Record
from adrtool.records import markdown
from adrtool.records.dialects import parse

from conftest import examples

PATH = Path("/log/0001-anything.md")

# Lines that exercise what a record holds: metadata in every dialect, headings, fences, comments, links.
MARKDOWN_LINES = st.sampled_from([
    "", "---", "...", "# Title", "# 3. Title", "## Status", "## Context", "Accepted", "Proposed",
    "Superseded by [2. Old](0002-old.md)", "Superceded by [x](y)", "Supersedes [1. A](0001-a.md)", "Date: 2021-04-19",
    "Date: someday", "* Status: accepted", "- Date: 2021-04-19", "* Deciders: A, B", "status: accepted",
    "date: 2021-04-19", "date: 2021-13-01", "revisit: 2021-1-32", "date: 99999-01-01", "revisit: yoga", "tags: [a, b]", "supersedes: [ADR-0003]", "revisits:", "  - {a: 1}",
    "key: &a [1, 2]", "other: *a", "x: !!python/object:os.system", "```", "~~~", "```sh", "    indented # code",
    "<!--", "-->", "<!-- one line -->", "<div>", "</div>", "Title", "=====", "-----", "> quote", "- item",
    "1. item", "[ref]: http://x", "text with [a link](0005-x.md)", "\t# tab", "  # spaced", "#no-space",
    "# closed #", "\ufeff# bom", "###### six", "####### seven",
])
MARKDOWN = st.lists(st.one_of(MARKDOWN_LINES, st.text(max_size=30)), max_size=40).map("\n".join)


def outcome(data: bytes) -> object:
    try:
        return parse(decode(PATH, data))
    except ReadError as error:
        assert error.path == PATH and error.message
        return error


@settings(max_examples=examples(1500), deadline=None)
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_give_a_record_or_our_error(data: bytes) -> None:
    """Any bytes at all: a Record, or a ReadError naming the file with a message. Nothing else."""
    assert isinstance(outcome(data), (Record, ReadError))


@settings(max_examples=examples(1500), deadline=None)
@given(MARKDOWN, st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
def test_arbitrary_markdown_gives_a_record_or_our_error(text: str, newline: str, bom: bool) -> None:
    """Record-shaped Markdown in any line ending, with or without BOM: a Record or our error."""
    data = ("\ufeff" if bom else "") + text.replace("\n", newline)
    result = outcome(data.encode("utf-8", "surrogatepass"))
    assert isinstance(result, (Record, ReadError))


def markdown_it_headings(text: str) -> list[tuple[int, str, int]]:
    tokens = markdown.parser().parse(text)
    found = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.level == 0 and token.map is not None:
            found.append((int(token.tag[1]), tokens[index + 1].content, token.map[0] + 1))
    return found


SCANNER_LINES = st.sampled_from([
    "", "# Title", "## Status", "### Deep", "#no", "# closed ##", "Para text", "more text", "=====", "---",
    "```", "```py", "~~~", "````", "    code", "<!--", "-->", "<!-- x -->", "<div>", "</div>", "  ## indented two",
    "~~~~", " ```", "```` ",
])
# With lines of text that open with neither a letter nor `#` (a table's row, a link, bold): the scanner's shortcut.
SCANNER_AND_TEXT_LINES = st.one_of(SCANNER_LINES, st.sampled_from(["| a | b |", "[link](/u) text", "**Bold:** x",
                                                                   "\"Quoted\"", "!x"]))


@settings(max_examples=examples(2000), deadline=None)
@given(st.lists(SCANNER_AND_TEXT_LINES, max_size=25).map("\n".join))
def test_heading_scan_agrees_with_markdown_it(text: str) -> None:
    """The fast scanner finds exactly the top-level headings markdown-it finds, on the same lines."""
    lines = text.split("\n")
    fast = [(h.level, h.text, h.line) for h in markdown.scan_headings(lines)]
    assert fast == markdown_it_headings(text)


@settings(max_examples=examples(1000), deadline=None)
@given(st.lists(SCANNER_AND_TEXT_LINES, max_size=25).map("\n".join), st.integers(min_value=0, max_value=26))
def test_a_scan_up_to_a_line_finds_the_headings_that_start_there_or_before(text: str, last: int) -> None:
    """``iter_headings(..., last)`` stops early, and finds exactly the headings of the whole scan whose text
    starts at line index ``last`` or before (a setext heading's paragraph included)."""
    lines = text.split("\n")
    whole = [h for h in markdown.scan_headings(lines) if h.line - 1 <= last]
    assert list(markdown.iter_headings(lines, 0, last)) == whole


# The sections of the common templates, by name, written out here as the specification.
TEMPLATE_SECTIONS = frozenset({
    "context and problem statement", "context", "problem statement", "decision", "decision outcome",
    "decision drivers", "considered options", "consequences", "status", "contexte", "contesto", "contexto",
    "kontext", "summary"})


def _title_by_definition(body: str) -> str:
    """The title of a record whose front matter says `title: Named`: its first level-1 heading when only blank
    lines and HTML comments come before that heading and it does not name a template's section (`# Context`,
    `# Title`), else `Named`."""
    lines = body.split("\n")
    heading = next((h for h in markdown.scan_headings(lines) if h.level == 1), None)
    if heading is None or heading.text.strip().lower() in TEMPLATE_SECTIONS:
        return "Named"
    open_comment = False
    for line in (line.strip() for line in lines[:heading.line - 1]):
        if open_comment:
            open_comment = "-->" not in line
        elif line.startswith("<!--"):
            open_comment = "-->" not in line[4:]
        elif line:
            return "Named"
    return heading.text


@settings(max_examples=examples(1000), deadline=None)
@given(st.lists(SCANNER_LINES, max_size=25).map("\n".join))
def test_a_front_matter_title_gives_way_only_to_a_heading_after_nothing_but_comments(body: str) -> None:
    record = outcome(f"---\ntitle: Named\nstatus: accepted\n---\n{body}".encode())
    assert isinstance(record, Record)
    assert record.title == _title_by_definition(body)


# List items, each closed by a blank line, among lines no list item can take in (nothing indented): where the
# scanner and markdown-it must agree although the scanner does not follow lists.
LIST_LINES = st.sampled_from([
    *(line for line in SCANNER_LINES.elements if not line.startswith("  ")),
    "- item\n", "* item\n", "+ item\n", "-item", "- 1\n",
])


@settings(max_examples=examples(1000), deadline=None)
@given(st.lists(LIST_LINES, max_size=25).map("\n".join))
def test_heading_scan_agrees_with_markdown_it_around_list_items(text: str) -> None:
    lines = text.split("\n")
    assert [(h.level, h.text, h.line) for h in markdown.scan_headings(lines)] == markdown_it_headings(text)


def test_known_traps() -> None:
    """Huge, nested, aliased, typed, listy, stringy or binary input ends in a clear ReadError."""
    cases = {
        b"\x00" * 10: "contains a NUL byte; not a text file",
        b"\xff\xfe bad": "not UTF-8 text (byte 0xff at offset 0)",
        b"---\n" + b"a: " + b"[" * 200 + b"]" * 200 + b"\n---\n": "front matter is nested",
        b"---\nx: !!python/name:os.system\n---\n": "invalid YAML front matter: could not determine a constructor",
        b"x" * (3 * 1024 * 1024): "file is 3145728 bytes; records are limited to 2097152 bytes",
    }
    for data, message in cases.items():
        result = outcome(data)
        assert isinstance(result, ReadError) and result.message.startswith(message), (data[:20], result)
    # Front matter that is YAML but no mapping holds no key to read: the record is read from its body, the
    # block kept as unread for the linter.
    for data, kind in ((b"---\n- a\n---\n# T\n", "a list"), (b"---\nplain\n---\n# T\n", "a string")):
        record = outcome(data)
        assert isinstance(record, Record) and (record.title, dict(record.meta)) == ("T", {})
        assert [(line.line, line.message) for line in record.unread] == [
            (2, f"front matter must be a mapping of keys to values, not {kind}")]


def test_numbers_as_strings_and_strings_as_numbers() -> None:
    """`status: 1`, `date: "2021-04-19"`, `tags: 5`, `supersedes: "3"` are read without a crash."""
    record = outcome(b'---\nstatus: 1\ndate: "2021-04-19"\ntags: 5\nsupersedes: "3"\nrevisit: 2022\n---\n# T\n')
    assert isinstance(record, Record)
    assert (record.status, record.date.isoformat(), record.tags, record.supersedes) == (None, "2021-04-19", ("5",), (3,))
    assert record.revisit is not None and (record.revisit.kind, record.revisit.text, str(record.revisit.on)) == (
        "date", "2022", "2022-01-01")  # a year alone: its first day, as a month's is


def test_a_ten_thousand_character_title() -> None:
    """A very long title is read whole."""
    record = outcome(("# " + "x" * 10_000 + "\n").encode())
    assert isinstance(record, Record) and record.title == "x" * 10_000


# libyaml's, where PyYAML has it, as the reader's own fallback to PyYAML uses (and many times faster).
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20),
                    st.dates(), st.floats(allow_nan=False))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                          max_size=4), max_leaves=12)


@settings(max_examples=examples(1000), deadline=None)
@given(st.dictionaries(st.text(min_size=1, max_size=15), VALUES, max_size=8),
       st.sampled_from(["# Title", "", "# 3. Title\n\n## Status\n\nAccepted"]))
def test_arbitrary_front_matter_round_trips(meta: dict, body: str) -> None:
    """Any mapping YAML can express is read as PyYAML reads the same text, every key kept; only front matter
    without a status, over a body of another dialect that holds one, gains the body's keys.

    (Compared with PyYAML's reading of the dumped text, not with ``meta``: PyYAML's own dump does not
    always load back the same, e.g. a key that is a lone NEL character.)
    """
    front = yaml.dump(meta, Dumper=DUMPER, allow_unicode=True, sort_keys=False)
    record = outcome(("---\n" + front + "---\n" + body + "\n").encode("utf-8", "surrogatepass"))
    if isinstance(record, ReadError):  # only surrogates YAML itself cannot encode, or an over-deep structure
        assert "invalid YAML" in record.message or "front matter is" in record.message or "UTF-8" in record.message
        return
    expected = {str(key): value for key, value in (yaml.load(front, Loader=LOADER) or {}).items()}
    assert {key: record.meta[key] for key in expected if key in record.meta} == expected
    if record.format is Dialect.FRONTMATTER or any(key.lower() == "status" for key in expected):
        assert dict(record.meta) == expected
    else:  # front matter without a status, over MADR 2's bullets or an adr-tools Status section: they add keys
        assert record.format in (Dialect.MADR2, Dialect.NYGARD) and record.meta.get("status") is not None


def test_the_tables_of_status_words_hold_only_words_the_reader_gives() -> None:
    """Review 57 F18: `pending`, `in review` and `under review` are read as `proposed` now, so the table a tag is
    read as a status by and the linter's table of a status's common word held entries that could never match. Each
    entry is a status the reader gives (the tag's word as read, the record's status as read)."""
    from adrtool.records.values import _TAG_STATUSES, lifecycle_word, read_status
    from adrtool.rules.metadata import _SAME_AS

    assert [word for word in sorted(_TAG_STATUSES) if lifecycle_word(word) != word] == []
    assert [word for word in sorted(_SAME_AS) if read_status(word).status != word] == []


def test_the_built_in_status_words_read_as_themselves() -> None:
    """`statuses_as_read` leaves these words unread (reading `in progress` the slow way costs every command that
    renders the index); that holds only while the reader reads each as itself."""
    from adrtool.records.values import READ_AS_THEMSELVES, read_status

    assert {word: read_status(word).status for word in READ_AS_THEMSELVES} == {word: word for word in READ_AS_THEMSELVES}
