"""The flat front-matter parser answers only where PyYAML would answer the same."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from adrtool.records.dialects import flatyaml, frontmatter

from conftest import examples

KEYS = st.sampled_from(["status", "date", "cycle", "revisit", "tags", "yes", "On", "x_y", "a-b", "n", "1a"])
WORDS = st.sampled_from(["accepted", "yoga", "yes", "No", "null", "~", "true", "2021-04-19", "2021-4-19",
                         "2021-02-30", "0", "007", "12", "1.5", "1e3", ".inf", "0x1F", "1_000", "Jon (NASA)",
                         "a: b", "a #b", "#c", "'q'", '"d"', '"e\\"f"', "[x]", "{y}", "-z", "?w", "&a", "*b",
                         "!t", "%p", "@r", "`s", "|l", ">f", "", " ", "Café", "x  y", "a,b", "\x07", "\ufeff",
                         # as people write values: names, URLs, words with quotes, brackets, colons
                         "Ann Lee, Bo Chen", "Neutron team, Ana Lima", "https://github.com/a/b/discussions/88",
                         "a:b", "a :b", "ends:", "C#", "x # y", "x\t# y", "it's", 'say "hi"', "a [b]", "a {b}",
                         "a,", "a - b", "a\\b", "Jon's (NASA) team", '"q" # c', "'q' #c", '"q"x', "'it''s'",
                         "a\tb", "a #", "a&b", "a*b", "a!b", "a|b", "a>b", "a%b", "a@b", "a?b", "No way, no",
                         "/rfc/RFC-1", "/", "//x", "/a: b", "/a #b", "/yes"])
SCALAR = st.one_of(WORDS, st.text(max_size=12))
VALUE = st.one_of(SCALAR, st.lists(SCALAR, max_size=4).map(lambda items: "[" + ", ".join(items) + "]"),
                  st.lists(SCALAR, max_size=3).map(lambda items: "[" + ",".join(items) + ",]"),
                  st.lists(SCALAR, max_size=3).map(lambda items: "[" + ", ".join(items) + "] # c"))
LINE = st.one_of(st.tuples(KEYS, VALUE).map(lambda kv: f"{kv[0]}: {kv[1]}"),
                 st.tuples(KEYS, VALUE).map(lambda kv: f"{kv[0]}:{kv[1]}"),
                 st.sampled_from(["", "\t", " \t", "\t# tab comment", "# comment", "  - item", "key:", "a: &x 1",
                                  "b: *x", "c: !!str 1", "  # indented comment", "- x", "-", "- ", "  -  a ",
                                  "key: # note", "  name: x", "  continued text", " key: x"]),
                 st.text(max_size=20))
INDENT = st.sampled_from(["", " ", "  ", "    "])
ITEM = st.one_of(st.tuples(INDENT, SCALAR).map(lambda item: f"{item[0]}- {item[1]}"),
                 st.sampled_from(["", "# between", "  # between"]))
# A key with no value, and what may follow it: a block list's items (at one indent, or not), blank and
# comment lines, or nothing.
BLOCK = st.tuples(KEYS, st.sampled_from(["", " # c", " "]), st.lists(ITEM, max_size=4)).map(
    lambda block: [f"{block[0]}:{block[1]}", *block[2]])
LINES = st.lists(st.one_of(LINE.map(lambda line: [line]), BLOCK), max_size=8).map(
    lambda groups: [line for group in groups for line in group])


# Front matter as it mostly is: keys the parser takes, values of every shape people write, few of them odd.
GOOD_KEYS = st.sampled_from(["status", "date", "decision-makers", "consulted", "tags", "title", "x_y", "a-b"])
COMMON = st.sampled_from(["accepted", "Ann Lee, Bo Chen", "https://x.org/a#b", "2021-04-19", "12", "Jon (NASA)",
                          "'q'", '"d"', "a:b", "C#", "it's", "kept # note", '"a # b"', "Neutron team"])
GOOD_SCALAR = st.one_of(COMMON, COMMON, COMMON, WORDS)
GOOD_VALUE = st.one_of(GOOD_SCALAR, GOOD_SCALAR, st.lists(GOOD_SCALAR, max_size=3).map(lambda items: "[" + ", ".join(items) + "]"))
GOOD_ITEM = st.one_of(GOOD_SCALAR.map(lambda item: f"  - {item}"), GOOD_SCALAR.map(lambda item: f"- {item}"),
                      st.sampled_from(["", "# between", "   - x"]))
GOOD_LINES = st.lists(st.one_of(
    st.tuples(GOOD_KEYS, GOOD_VALUE).map(lambda kv: [f"{kv[0]}: {kv[1]}"]),
    st.tuples(GOOD_KEYS, GOOD_VALUE).map(lambda kv: [f"{kv[0]}: {kv[1]}"]),
    st.tuples(GOOD_KEYS, st.lists(GOOD_ITEM, max_size=3)).map(lambda block: [f"{block[0]}:", *block[1]]),
    st.sampled_from([[""], ["# comment"], ["key:"]])), max_size=6).map(
    lambda groups: [line for group in groups for line in group])


# What the reader falls back to where the flat parser does not answer: libyaml's loader, where PyYAML has it.
LOADER = frontmatter.loader()  # what the reader loads front matter with


def pyyaml(lines: list[str]) -> object:
    try:
        return yaml.load("\n".join(lines), Loader=LOADER)
    except (yaml.YAMLError, ValueError) as error:
        return error


@settings(max_examples=examples(3000), deadline=None)
@given(st.one_of(LINES, GOOD_LINES))
@example(["status: 0\t"])  # a tab after a value: PyYAML refuses it (found by this test)
@example(["status: accepted \t", "date: 2021-04-19"])
@example(["status: [A?]"])  # `?` inside brackets: PyYAML takes it for a key
def test_flat_parser_agrees_with_pyyaml(lines: list[str]) -> None:
    """Whenever the flat parser gives a mapping, PyYAML gives exactly the same mapping."""
    fast = flatyaml.parse(lines)
    if fast is not None:
        expected = pyyaml(lines)
        assert fast == (expected if expected is not None else {})
        assert all(type(fast[key]) is type(expected[key]) for key in fast)  # type: ignore[index]
        assert all(type(item) is type(other) for key in fast if type(fast[key]) is list
                   for item, other in zip(fast[key], expected[key]))  # type: ignore[index]


def test_flat_parser_handles_the_canonical_form() -> None:
    """The front matter `adr new` writes is read without PyYAML."""
    lines = ["status: accepted", "date: 2021-04-19", "cycle: xena", "revisit: yoga",
             "decision-makers: [Neutron team]", "consulted: [Jon (NASA), operators]", "informed: []",
             "tags: [linuxbridge, ml2]", "relates-to: [6, 15]"]
    assert flatyaml.parse(lines) == yaml.safe_load("\n".join(lines))


def test_flat_parser_reads_front_matter_as_people_write_it() -> None:
    """MADR 4 front matter as filled in by hand, and the block lists real logs hold, are read without PyYAML,
    to PyYAML's values."""
    lines = ["# These are optional metadata elements. Feel free to remove any of them.", 'status: "accepted"',
             "date: 2024-03-01", "decision-makers: Ann Lee, Bo Chen", "consulted:", "informed: []",
             "tags:", "  - ovn", "  - gate", "authors:", "- menduz", "- AjimenezDCL",
             "discussion: https://github.com/decentraland/adr/discussions/88", "status-note: kept # for now",
             "title: Use C# and it's fine", "type: Standards Track"]
    parsed = flatyaml.parse(lines)
    assert parsed is not None
    assert parsed == yaml.safe_load("\n".join(lines))
    assert parsed["decision-makers"] == "Ann Lee, Bo Chen" and parsed["tags"] == ["ovn", "gate"]


@pytest.mark.parametrize("lines", [["tags:", "  - a", "    - b"], ["tags:", "  - a", "  b"], ["a: b", "  - c"],
                                   ["tags:", "  - a: b"], ["who: Ann: Lee"], ["note: a  b"], ["x: [a, b"]])
def test_what_the_flat_parser_does_not_know_is_left_to_pyyaml(lines: list[str]) -> None:
    """Items at two indents, a continuation line, nesting, a colon and a blank inside a value: PyYAML's."""
    assert flatyaml.parse(lines) is None


@pytest.mark.parametrize("line", ["status: A\x85", "status: A\u2028B", "status: A\u2029", "status: A\rB"])
def test_yaml_line_breaks_inside_a_line_are_left_to_pyyaml(line: str) -> None:
    """YAML breaks lines at NEL, LS, PS and CR too; found by the property test (`status: A\\x85` is 'A')."""
    assert flatyaml.parse([line]) is None
