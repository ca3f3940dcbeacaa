"""Which file names are decision records (kept apart from the reader: scanning a directory needs only this)."""

from __future__ import annotations

import re

RECORD_NAME = re.compile(r"^(\d+)[-_](.*)\.md$", re.IGNORECASE)
CANONICAL_NAME = re.compile(r"^\d{4,}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$")


def is_record_name(name: str) -> bool:
    """Numbered Markdown files are records; README.md, index.md or template.md are not."""
    return RECORD_NAME.match(name) is not None
