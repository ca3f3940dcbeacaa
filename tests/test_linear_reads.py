"""Reads that look at each item of a list look at it once, and shortcuts agree with what they replace.

Counted, never timed: a Related list of thousands of bullets was read in time growing as the square of its length
(each link compared with every earlier one), and `adr new` looked for each record's name in the whole text of each
file listing the log (records times bytes). The look for a record's rare sections by each heading's first letters
is held to the one pattern of every name it replaced.
"""

from __future__ import annotations

import json
import random
import re

import pytest

from adrtool.records.dialects import _RARE_KIND, _rare_kind, related

from conftest import Project
from regexwork import Counted

NYGARD = "# {n}. Use {n}\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n"


def test_a_related_list_is_read_comparing_each_link_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """300 bullets and one repeated: 300 links, each one's folder worked out once (it was 45,000 times)."""
    calls = []
    folder_of = related.written_folder
    monkeypatch.setattr(related, "written_folder", lambda href: calls.append(href) or folder_of(href))
    bullets = [f"- [ADR-{n:04d}: T](./{n:04d}-t.md)" for n in range(2, 302)]
    lines = ["# 1. One", "", "## Related", "", *bullets, bullets[0]]
    links = related.related_links(lines, "doc/adr")
    assert ([link.target for link in links], len(calls)) == (list(range(2, 302)), 301)


def test_new_reads_each_file_listing_the_log_once(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """A log of 40 records, a README listing them and notes naming none: each file's words are read once, not once
    for each record, and the README is still named."""
    from adrtool.records import listings

    for n in range(1, 41):
        project.write(f"doc/adr/{n:04d}-use-{n}.md", NYGARD.format(n=n))
    readme = "".join(f"- [{n}](./{n:04d}-use-{n}.md)\n" for n in range(1, 41))
    project.write("doc/adr/README.md", readme)
    project.write("doc/adr/notes.md", "lorem ipsum " * 1000)
    read = []
    words_of = listings._words
    monkeypatch.setattr(listings, "_words", lambda text: read.append(len(text)) or words_of(text))
    result = project.run("new", "Use more")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "doc/adr/0041-use-more.md\n", "adr: doc/adr/README.md lists the log's records but not 0041-use-more.md: "
                                         "add it there (adr keeps only the index `adr index` writes)\n")
    assert sorted(read) == sorted([len(readme), len("lorem ipsum " * 1000)])


def _by_the_pattern(heading: str) -> str:
    """What the one pattern of every rare section's name read of a level-2 heading's text (its definition)."""
    names = "|".join(map(re.escape, _RARE_KIND))
    found = re.match(rf"(?:\*\*(?=Related))?({names})", heading)
    return _RARE_KIND[found.group(1)] if found is not None else ""


def test_a_rare_section_is_found_by_its_first_letters_as_by_the_pattern() -> None:
    """Every name, with and without what may follow it (`## Status:`, `## Links and notes`, `## **Related**`), and
    random headings made of the names' parts."""
    rng = random.Random(56)
    parts = [*_RARE_KIND, "**", "Re", "Sta", " ", ":", "x", "Rela", "**Related", "Links", "À", "é"]
    headings = [f"{prefix}{name}{suffix}" for name in _RARE_KIND for prefix in ("", "**", " ")
                for suffix in ("", ":", " and notes", "**", "s")]
    headings += ["".join(rng.choice(parts) for _ in range(rng.randint(1, 4))) for _ in range(3000)]
    assert [heading for heading in headings if _rare_kind(heading) != _by_the_pattern(heading)] == []


def test_a_status_edit_reads_the_record_it_writes_once(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """Attack 57 F10: deprecate on a record with a long dated history read it 7 times (11 s for 20,000 entries): the
    new bytes were read again by each of their three checks, by the log as it will be and by the look for a stage
    folder. The record is read three times: with the log, afresh for the edit, and its new bytes once."""
    from adrtool.records import dialects

    history = "".join("2020-01-01 proposed\n" for _ in range(50))
    project.write("doc/adr/0001-a.md", f"# 1. A\n\nDate: 2020-01-01\n\n## Status\n\n{history}2020-02-01 accepted\n")
    read = []
    parse = dialects._parse
    monkeypatch.setattr(dialects, "_parse", lambda text, directory, name: read.append(name) or
                        parse(text, directory, name))
    result = project.run("deprecate", "1", env={"ADR_NO_CACHE": "1"})
    assert (result.exit_code, result.stderr) == (0, "")
    assert project.read("doc/adr/0001-a.md").endswith("2020-02-01 accepted\n2021-05-01 deprecated\n")
    assert read.count("0001-a.md") == 3


def test_many_logs_beside_each_other_list_their_parent_once(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """Attack 57b (F2): a repository of thousands of `adr/` folders, each holding one record, took over a minute to
    validate: each log's conventions listed the folder holding all of them again (logs times folders), and the log
    the current directory is in was found comparing each log with every other. Each folder above the logs is listed
    once a run, and validate reads every log."""
    from adrtool.project import discovery

    listed: list[str] = []
    listing = discovery._listing
    monkeypatch.setattr(discovery, "_listing", lambda folder, *args, **kwargs: listed.append(folder)
                        or listing(folder, *args, **kwargs))
    project.write("docs/adr/0001-record-architecture-decisions.md", NYGARD.format(n=1))
    for n in range(1, 41):
        project.write(f"pk/m{n}/adr/0001-use-go.md", NYGARD.format(n=1).replace("Use 1", f"Use Go {n}"))
    result = project.run("validate", env={"ADR_NO_CACHE": "1"})
    assert result.exit_code == 0, result.stderr
    assert listed.count(str(project.root / "pk")) <= 2
    assert len(json.loads(project.run("list", "--format", "json").stdout)) == 41


def _counted(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> Counted:
    """``module``'s pattern ``name``, replaced by a stand-in counting the characters it looks at."""
    counted = Counted(getattr(module, name))
    monkeypatch.setattr(module, name, counted)
    return counted


# The pattern a Links section's placeholder bullet was once read with: the reference the linear one is held to.
_LINKS_PLACEHOLDER_BEFORE = re.compile(r"[ \t]*[*+-][ \t]+(?:\[[^\]]*\]\([^()]*\s[^()]*\)|…|\.\.\.)[ \t]*")


def test_a_links_placeholder_is_read_looking_at_each_character_a_few_times(monkeypatch: pytest.MonkeyPatch) -> None:
    """Review 57 F2: a Links bullet `- [a](` followed by ` x` 2,000 times (what 100 kB made take 25 s in `adr
    link`) had its target's run of blanks split in every way by two runs that could each take a blank: 4 million
    looks. The placeholder's pattern looks at each character at most three times, and reads as the one it replaced."""
    from adrtool.records import edit

    counted = _counted(monkeypatch, edit, "_LINKS_PLACEHOLDER")
    line = "- [a](" + " x" * 2_000
    assert edit._a_links_placeholder(line) is False
    assert counted.looks <= 3 * len(line)
    rng = random.Random(57)
    pieces = ["- ", "* ", " ", "\t", "[", "]", "(", ")", "a", "link to adr", "…", "...", "\n", "x y"]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(20_000)]
    assert [line for line in lines if (counted.real.fullmatch(line) is None)
            != (_LINKS_PLACEHOLDER_BEFORE.fullmatch(line) is None)] == []


# The pattern a status key line's value was once read with: the reference the linear reading is held to.
_STATUS_AND_REMARK_BEFORE = re.compile(r"(?P<emoji>[^\w\s*_`<>\[\]()\\!?.,;:|~#-]{1,4}[ \t]+)?"
                                       r"(?P<open>\*\*|__|[*_`])?(?P<word>[^\W\d_]+)(?P<close>\*\*|__|[*_`])?"
                                       r"(?P<remark>[ \t]+[-–—][ \t]+\S.*?)?"
                                       r"(?P<end>[ \t]*<!--(?:(?!-->).)*-->|\\|[ \t]*<br[ \t]*/?>)?")


@pytest.mark.parametrize("run", ["<!--" * 500 + "--> y", " " * 2_000 + "y"])
def test_a_status_key_line_is_restated_looking_at_each_character_a_few_times(
        monkeypatch: pytest.MonkeyPatch, run: str) -> None:
    """Review 57 F3: a status key line with a remark after a dash, then many `<!--` (43 s for 100 kB in a status
    edit) or a long run of blanks: from each place the remark could end, the pattern of what ends the line ran to
    its end again (2 million looks here). Every pattern the restatement runs looks at each character a few times."""
    from adrtool.records import markdown, vocabulary

    patterns = [_counted(monkeypatch, vocabulary, name) for name, value in vars(vocabulary).items()
                if isinstance(value, re.Pattern)] + [_counted(monkeypatch, markdown, "KEY_LINE")]
    line = "Status: Proposed - x" + run
    assert vocabulary.restated_key_line(line, "proposed", "accepted") == ("Status: Accepted", "Accepted")
    assert sum(pattern.looks for pattern in patterns) <= 6 * len(line)


def test_a_status_key_line_value_is_read_as_by_the_pattern_it_replaced() -> None:
    """The word, the end of its emphasis and what ends the line, as the lazy pattern read them, on 30,000 values
    made of the marks that matter."""
    from adrtool.records import vocabulary

    def by_the_pattern(value: str) -> tuple[int, int, int, str] | None:
        said = _STATUS_AND_REMARK_BEFORE.fullmatch(value)
        return None if said is None else (said.start("word"), said.end("word"), said.end("close"),
                                          said.group("end") or "")

    def as_read(value: str) -> tuple[int, int, int, str] | None:
        read = vocabulary._status_said(value)
        return None if read is None else (read[0].start("word"), read[0].end("word"), read[0].end("close"), read[1])

    rng = random.Random(3)
    pieces = ["Accepted", "🟡", " ", "\t", "-", "–", "x", "**", "_", "`", "<!--", "-->", "<!-->", "-", ">", "<br",
              "<br>", "<br />", "/", "\\", "<", "!", "y z"]
    values = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) for _ in range(30_000)]
    values = [value if rng.random() < 0.3 else "Accepted - " + value for value in values]
    assert [value for value in values if as_read(value) != by_the_pattern(value)] == []


@pytest.mark.parametrize("link", ["--supersedes", "--relates-to"])
def test_new_reads_a_record_it_links_once_it_is_written(project: Project, monkeypatch: pytest.MonkeyPatch,
                                                        link: str) -> None:
    """Review 57 F4: the record a new one supersedes or relates to was read once more for the plan after its edit's
    check had read it (only a status edit of the record itself was spared that). It is read with the log, afresh
    for the edit, and its new bytes once."""
    from adrtool.records import dialects

    project.write("doc/adr/0001-a.md", NYGARD.format(n=1))
    read = []
    parse = dialects._parse
    monkeypatch.setattr(dialects, "_parse", lambda text, directory, name: read.append(name) or
                        parse(text, directory, name))
    result = project.run("new", link, "1", "B", env={"ADR_NO_CACHE": "1"})
    how = "superseded" if link == "--supersedes" else "related"
    assert (result.exit_code, result.stderr) == (0, f"adr: marked doc/adr/0001-a.md {how}\n")
    assert read.count("0001-a.md") == 3
