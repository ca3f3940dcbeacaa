"""The flat front-matter parser answers only where PyYAML would answer the same."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from adrtool.records.dialects import flatyaml

KEYS = st.sampled_from(["status", "date", "cycle", "revisit", "tags", "yes", "On", "x_y", "a-b", "n", "1a"])
WORDS = st.sampled_from(["accepted", "yoga", "yes", "No", "null", "~", "true", "2021-04-19", "2021-4-19",
                         "2021-02-30", "0", "007", "12", "1.5", "1e3", ".inf", "0x1F", "1_000", "Jon (NASA)",
                         "a: b", "a #b", "#c", "'q'", '"d"', '"e\\"f"', "[x]", "{y}", "-z", "?w", "&a", "*b",
                         "!t", "%p", "@r", "`s", "|l", ">f", "", " ", "Café", "x  y", "a,b", "\x07", "\ufeff"])
SCALAR = st.one_of(WORDS, st.text(max_size=12))
VALUE = st.one_of(SCALAR, st.lists(SCALAR, max_size=4).map(lambda items: "[" + ", ".join(items) + "]"),
                  st.lists(SCALAR, max_size=3).map(lambda items: "[" + ",".join(items) + ",]"))
LINE = st.one_of(st.tuples(KEYS, VALUE).map(lambda kv: f"{kv[0]}: {kv[1]}"),
                 st.tuples(KEYS, VALUE).map(lambda kv: f"{kv[0]}:{kv[1]}"),
                 st.sampled_from(["", "\t", " \t", "\t# tab comment", "# comment", "  - item", "key:", "a: &x 1", "b: *x", "c: !!str 1"]),
                 st.text(max_size=20))


def pyyaml(lines: list[str]) -> object:
    try:
        return yaml.load("\n".join(lines), Loader=yaml.SafeLoader)
    except (yaml.YAMLError, ValueError) as error:
        return error


@settings(max_examples=1500, deadline=None)
@given(st.lists(LINE, max_size=8))
@example(["status: 0\t"])  # a tab after a value: PyYAML refuses it (found by this test)
@example(["status: accepted \t", "date: 2021-04-19"])
def test_flat_parser_agrees_with_pyyaml(lines: list[str]) -> None:
    """Whenever the flat parser gives a mapping, PyYAML gives exactly the same mapping."""
    fast = flatyaml.parse(lines)
    if fast is not None:
        expected = pyyaml(lines)
        assert fast == (expected if expected is not None else {})
        assert all(type(fast[key]) is type(expected[key]) for key in fast)  # type: ignore[index]


def test_flat_parser_handles_the_canonical_form() -> None:
    """The front matter `adr new` writes is read without PyYAML."""
    lines = ["status: accepted", "date: 2021-04-19", "cycle: xena", "revisit: yoga",
             "decision-makers: [Neutron team]", "consulted: [Jon (NASA), operators]", "informed: []",
             "tags: [linuxbridge, ml2]", "relates-to: [6, 15]"]
    assert flatyaml.parse(lines) == yaml.safe_load("\n".join(lines))


@pytest.mark.parametrize("line", ["status: A\x85", "status: A\u2028B", "status: A\u2029", "status: A\rB"])
def test_yaml_line_breaks_inside_a_line_are_left_to_pyyaml(line: str) -> None:
    """YAML breaks lines at NEL, LS, PS and CR too; found by the property test (`status: A\\x85` is 'A')."""
    assert flatyaml.parse([line]) is None
