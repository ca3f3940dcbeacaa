"""Where adrtool's own files are: its code, and the templates it ships (as text: no pathlib needed)."""

from __future__ import annotations

import os

PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def shipped_templates_dir() -> str:
    """The default templates: inside the installed package, or the repository's `templates/` in a checkout."""
    packaged = os.path.join(PACKAGE_DIR, "templates")
    if os.path.isdir(packaged):
        return packaged
    return os.path.join(os.path.dirname(os.path.realpath(PACKAGE_DIR)), "templates")
