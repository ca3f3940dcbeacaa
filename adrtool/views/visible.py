"""Text from records made harmless for terminals and CI logs, in every output format.

A record's title, status, tags, body, file name or a commit subject can hold anything: an ESC sequence that
recolours or retitles a terminal (OSC 0), hides text (CR, backspace) or plants a link (OSC 8); a line that a
GitHub runner reads as a workflow command (`::error ...`, `::add-mask::`, `::stop-commands::`, found after
leading blanks), or the older form `##[command]`, which the runner finds anywhere in a line (Azure Pipelines
reads `##vso[` likewise).

- ``printable``: C0 and C1 control characters and DEL (but tab and newline), and the line and paragraph
  separators, are written as escapes (`\\x1b`, `\\u2028`): visible, never obeyed. For the site's pages,
  which no runner reads as commands.
- ``visible``: ``printable``, and no `##[` or `##vso[` is left whole (`##\\[`).
- ``one_line``: the same, tab and newline included, for a field that must stay on its line (a table cell).
- ``guarded``: ``visible``, then no line can start a workflow command (a backslash goes before a line's
  leading `::`). In Markdown both backslashes render as the characters they stand before, so a record
  shown or an index written reads the same.
- ``json_safe``: for JSON text: what JSON leaves raw (DEL, C1, the separators) written as `\\u` escapes, and
  `##[` as `##\\u005b`: the same data, nothing a terminal or runner obeys. For an output that cannot encode
  every character (``json_in_ascii``), everything beyond ASCII is escaped too, where a stream's replacement
  character would lose it.

adrtool itself writes no control character but newline and tab, no `##[`, and no line starting `::`
except in the `github` formats (whose record text goes through ``visible`` and GitHub's own escapes), so
these change nothing of its own output.
"""

from __future__ import annotations

import re

from adrtool.patterns import deferred

_CONTROL = deferred("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_OR_BREAK = deferred("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_COMMAND_LINE = deferred(r"^([^\S\n]*)(?=::)", re.MULTILINE)  # blanks, then `::`, at a line's start
_OLD_COMMAND = deferred(r"##(?=\[|vso\[)", re.IGNORECASE)
_JSON_RAW = deferred("[\x7f-\x9f\u2028\u2029]")
_JSON_OLD_COMMAND = deferred("(?<=##)\\[|(?i:(?<=##vso))\\[")
_BEYOND_ASCII = deferred("[^\x00-\x7f]")
_ascii_json = False


_SHORT = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    code = ord(char)
    return _SHORT.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def printable(text: str) -> str:
    """Control characters (but tab and newline) written as escapes."""
    if text.isprintable() or not _CONTROL.search(text):
        return text
    return _CONTROL.sub(_escape, text)


def visible(text: str) -> str:
    """``printable``, and no `##[` left whole."""
    if text.isprintable() and "##" not in text:  # a title, a status: nothing to look at
        return text
    text = printable(text)
    return _OLD_COMMAND.sub("##\\\\", text) if "##" in text else text


def one_line(text: str) -> str:
    """``visible``, tab and newline included: the text stays on one line."""
    if text.isprintable() and "##" not in text:  # nearly every cell: no character to look at (~60 ns)
        return text
    if _CONTROL_OR_BREAK.search(text):
        text = _CONTROL_OR_BREAK.sub(_escape, text)
    return _OLD_COMMAND.sub("##\\\\", text) if "##" in text else text


def guarded(text: str) -> str:
    """``visible``, and no line of the text starts a CI workflow command."""
    text = visible(text)
    return _COMMAND_LINE.sub(r"\1\\", text) if "::" in text else text


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group(0)):04x}"


def _json_escape_utf16(match: re.Match[str]) -> str:
    """The character as JSON writes it in ASCII: beyond the Basic Multilingual Plane, a surrogate pair."""
    code = ord(match.group(0))
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xd800 + (code >> 10):04x}\\u{0xdc00 + (code & 0x3ff):04x}"


def json_in_ascii(ascii_only: bool) -> None:
    """Whether ``json_safe`` writes every character beyond ASCII as an escape: for an output stream that cannot
    encode them all (`PYTHONIOENCODING=ascii`, latin-1), JSON stays the same data."""
    global _ascii_json
    _ascii_json = ascii_only


def json_safe(text: str) -> str:
    """JSON text with nothing a terminal or a CI runner would obey, and the same data (the characters can
    only be inside JSON strings, where `\\uXXXX` stands for them). Megabytes of JSON go through here: the usual
    ASCII text is looked at by ``str`` methods alone."""
    if "##" in text:
        text = _JSON_OLD_COMMAND.sub(_json_escape, text)
    if _ascii_json and not text.isascii():
        text = _BEYOND_ASCII.sub(_json_escape_utf16, text)
    if text.isascii():
        return text.replace("\x7f", "\\u007f") if "\x7f" in text else text
    if text.replace("\n", "").isprintable():  # none of them (each is unprintable): faster than a search
        return text
    return _JSON_RAW.sub(_json_escape, text) if _JSON_RAW.search(text) else text
