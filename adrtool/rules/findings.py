"""A problem found in the decision log, as `adr validate` reports it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, order=True)
class Finding:
    path: Path
    line: int
    column: int
    code: str
    severity: str  # ERROR | WARNING
    message: str
