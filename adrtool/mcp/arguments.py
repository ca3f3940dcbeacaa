"""A tool's parameters: the JSON Schema an agent sees, and the arguments it sends checked against them, with
one line saying what is wrong (the SDK's low-level server checks nothing itself)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from adrtool.errors import UsageError

# kind -> (JSON Schema, what a wrong value should have been)
KINDS: dict[str, tuple[dict[str, Any], str]] = {
    "string": ({"type": "string"}, "a string"),
    "integer": ({"type": "integer"}, "an integer"),
    "boolean": ({"type": "boolean"}, "true or false"),
    "strings": ({"type": "array", "items": {"type": "string"}}, "a list of strings"),
    "integers": ({"type": "array", "items": {"type": "integer"}}, "a list of integers"),
    "days": ({"type": ["string", "integer"]}, "a number of days, or a string like 30d or 4w"),
}


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # a key of KINDS
    description: str
    required: bool = False
    choices: tuple[str, ...] = ()
    default: Any = None

    def schema(self) -> dict[str, Any]:
        found = {**KINDS[self.kind][0], "description": self.description}
        if self.choices:
            found["enum"] = list(self.choices)
        if self.default is not None:
            found["default"] = self.default
        return found


def input_schema(params: Sequence[Param]) -> dict[str, Any]:
    """The JSON Schema of a tool's arguments object."""
    return {"type": "object", "properties": {param.name: param.schema() for param in params},
            "required": [param.name for param in params if param.required], "additionalProperties": False}


def check(tool: str, params: Sequence[Param], arguments: Mapping[str, Any] | None) -> dict[str, Any]:
    """``arguments`` checked against ``params``: each parameter's value, or its default when not given (None
    counts as not given). A single string where a list of strings is expected is taken as a list of one."""
    given = dict(arguments or {})
    known = {param.name: param for param in params}
    unknown = sorted(set(given) - set(known))
    if unknown:
        expected = ", ".join(known) or "none"
        raise UsageError(f"tool {tool} has no argument {unknown[0]!r}; its arguments: {expected}")
    values: dict[str, Any] = {}
    for param in params:
        value = given.get(param.name)
        if value is None:
            if param.required:
                raise UsageError(f"tool {tool} needs the argument {param.name!r}: {param.description}")
            values[param.name] = param.default
            continue
        values[param.name] = _value(tool, param, value)
    return values


def _value(tool: str, param: Param, value: Any) -> Any:
    kind = param.kind
    if kind == "strings" and isinstance(value, str):
        value = [value]
    ok = {
        "string": lambda: isinstance(value, str),
        "integer": lambda: _integer(value),
        "boolean": lambda: isinstance(value, bool),
        "strings": lambda: isinstance(value, list) and all(isinstance(item, str) for item in value),
        "integers": lambda: isinstance(value, list) and all(_integer(item) for item in value),
        "days": lambda: isinstance(value, str) or _integer(value),
    }[kind]()
    if not ok:
        raise UsageError(f"argument {param.name!r} of tool {tool} must be {KINDS[kind][1]}, not {value!r}")
    if param.choices and value not in param.choices:
        raise UsageError(f"argument {param.name!r} of tool {tool} must be one of: {', '.join(param.choices)}; "
                         f"not {value!r}")
    return value


def _integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def iso_date(name: str, text: str | None) -> date | None:
    """A date argument (YYYY-MM-DD), or None when not given."""
    if text is None:
        return None
    from adrtool.model import parse_iso_date

    day = parse_iso_date(text.strip())
    if day is None:
        raise UsageError(f"argument {name!r}: {text!r} is not a date in YYYY-MM-DD form")
    return day
