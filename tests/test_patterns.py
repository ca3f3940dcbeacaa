"""Regular expressions compiled when first used (adrtool.patterns): the same matches as compiled at import, the
compiled pattern in the stand-in's place after the first use, and a reader that compiles only what it meets."""

from __future__ import annotations

import re
import subprocess
import sys

from adrtool.patterns import deferred


def module_with(source: str) -> dict[str, object]:
    namespace: dict[str, object] = {}
    exec(source, namespace)  # a module's globals, as `deferred` sees its caller's
    return namespace


def test_the_first_use_compiles_and_puts_the_pattern_in_the_stand_ins_place() -> None:
    """Until used the name holds a stand-in; a match compiles it with its flags, and from then on the module's
    name (every name bound to it) is the compiled pattern itself."""
    module = module_with("import re\nfrom adrtool.patterns import deferred\n"
                         "WORD = deferred(r'(?P<word>ab+)c', re.IGNORECASE)\nSAME = WORD\n")
    stand_in = module["WORD"]
    assert not isinstance(stand_in, re.Pattern)
    found = stand_in.match("ABBC")  # type: ignore[attr-defined]
    assert found is not None and found.group("word") == "ABB"
    assert module["WORD"] is module["SAME"] is re.compile(r"(?P<word>ab+)c", re.IGNORECASE)
    assert isinstance(module["WORD"], re.Pattern) and module["WORD"].groupindex == {"word": 1}


def test_a_stand_in_kept_elsewhere_answers_as_the_pattern_does() -> None:
    """A stand-in held in a tuple, or by another module, still matches, searches and substitutes (through the
    pattern compiled once)."""
    module = module_with("from adrtool.patterns import deferred\nDAY = deferred(r'(\\d{4})-(\\d\\d)')\n"
                         "KEPT = (DAY,)\n")
    (kept,) = module["KEPT"]  # type: ignore[misc]
    assert kept.search("on 2021-04 at").groups() == ("2021", "04")
    assert kept.sub(r"\2/\1", "2021-04") == "04/2021"
    assert kept.pattern == r"(\d{4})-(\d\d)" and kept.flags & re.UNICODE
    assert [match.group(1) for match in kept.finditer("2021-04 2022-10")] == ["2021", "2022"]
    assert isinstance(module["DAY"], re.Pattern)


def test_a_pattern_that_does_not_compile_fails_where_it_is_used() -> None:
    """A stand-in defers the error of a bad pattern too: to its first use, as re.error."""
    broken = deferred(r"(unclosed")
    try:
        broken.match("x")
    except re.error:
        pass
    else:
        raise AssertionError("a bad pattern matched")


def test_reading_an_adr_tools_log_leaves_the_patterns_of_other_forms_uncompiled() -> None:
    """The reader's patterns for forms a log does not use are never compiled: after reading an adr-tools record,
    the key/value table row's and the bold field's patterns are still stand-ins, its status line's are not."""
    code = (
        "import re, pathlib, tempfile\n"
        "from adrtool.records.dialects import parse_text\n"
        "import adrtool.records.dialects.nygard as nygard\n"
        "record = parse_text('# 1. Record architecture decisions\\n\\nDate: 2021-04-19\\n\\n## Status\\n\\n"
        "Accepted\\n\\n## Context\\n\\nWe decide.\\n', pathlib.Path('doc/adr'), "
        "'0001-record-architecture-decisions.md')\n"
        "print(record.status, record.date, record.title)\n"
        "print(isinstance(nygard._TABLE_ROW, re.Pattern), isinstance(nygard._BOLD_FIELD, re.Pattern))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["accepted 2021-04-19 Record architecture decisions", "False False"]


def test_threads_using_a_pattern_first_together_get_the_one_the_module_holds() -> None:
    """Threads first using a stand-in at once (the MCP server and the site's preview answer on threads) get matches
    of the one compiled pattern the module ends up holding: the reader compares a match's pattern with the
    module's by identity (`match.re is _HEADER_LINE`)."""
    import threading

    module = module_with("from adrtool.patterns import deferred\nKEY = deferred(r'(?:status|date)\\s*:', 2)\n")
    stand_in = module["KEY"]
    barrier = threading.Barrier(8)
    found: list[object] = []

    def first_use() -> None:
        barrier.wait()
        found.append(stand_in.match("Status: accepted").re)  # type: ignore[attr-defined]

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can: the race, if any, shows
    try:
        threads = [threading.Thread(target=first_use) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert len(found) == 8 and all(pattern is module["KEY"] for pattern in found)
