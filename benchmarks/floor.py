"""The one-process floor: read every record file of a directory and parse the least a listing needs.

    python benchmarks/floor.py DIR

For each numbered Markdown file: its title (the first `# ` line), its status (a front-matter `status:` line,
a MADR 2 `* Status:` bullet, or the first line of text under `## Status`), its revisit point (`revisit:` or
`* Revisit:`) and the record files it links to (`](0003-x.md)`). One regular expression pass each over the
whole text, in one Python process, nothing written: what any tool that lists a decision log pays at least
(interpreter start included), whatever else it does. The runner measures it beside our commands.
"""

from __future__ import annotations

import os
import re
import sys

RECORD = re.compile(r"^\d+[-_].*\.md$", re.IGNORECASE)
TITLE = re.compile(r"^#[ \t]+(.+)$", re.MULTILINE)
STATUS = re.compile(r"^(?:status:|[*-][ \t]+status:)[ \t]*(.+)$|^##[ \t]+status[ \t]*\n\s*(.+)$",
                    re.MULTILINE | re.IGNORECASE)
REVISIT = re.compile(r"^(?:revisit:|[*-][ \t]+revisit:)[ \t]*(.+)$", re.MULTILINE | re.IGNORECASE)
LINK = re.compile(r"\]\(([^)\s]+\.md)\)")


def main(directory: str) -> int:
    records = []
    for name in sorted(os.listdir(directory)):
        if not RECORD.match(name):
            continue
        with open(os.path.join(directory, name), encoding="utf-8") as handle:
            text = handle.read()
        title, status, revisit = TITLE.search(text), STATUS.search(text), REVISIT.search(text)
        records.append((name, title.group(1) if title else None,
                        (status.group(1) or status.group(2)) if status else None,
                        revisit.group(1) if revisit else None, LINK.findall(text)))
    return 0 if records else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
