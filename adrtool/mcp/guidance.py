"""Whether a decision stands: what an agent must know before it follows one. A superseded, rejected or
deprecated decision must not be followed; a superseded one names what to follow instead, the end of its
chain of successors."""

from __future__ import annotations

from typing import Any

from adrtool.model import Record
from adrtool.records.log import DecisionLog

WITHDRAWN = ("superseded", "rejected", "deprecated")

FOLLOW_RULE = ("A record carrying `do_not_follow` is superseded, rejected or deprecated: never follow it; follow its "
               "`successor` (a record number) when it names one.")


def guidance(record: Record, log: DecisionLog) -> dict[str, Any]:
    """Keys to add to a record's data: none for a decision that stands (accepted, or still proposed);
    `do_not_follow` (one sentence: why, and what to follow instead) for one that does not, and `successor`,
    the number of the record in force that replaced it, when there is one."""
    if record.status not in WITHDRAWN and not record.superseded_by:
        return {}
    chain = successors(record, log)
    if not chain:
        why = {"rejected": "was rejected: it was never adopted",
               "deprecated": "is deprecated: it is no longer followed, and nothing replaced it"}.get(
            record.status or "", "is superseded, and its successor is not in the log")
        return {"do_not_follow": f"{record.ref} {why}; do not follow it."}
    final = chain[-1]
    path = ", itself superseded by ".join(other.ref for other in chain)
    said = f"{record.ref} is superseded by {path}: do not follow {record.ref}"
    if final.status in WITHDRAWN:
        return {"do_not_follow": f"{said}; {final.ref} ({final.title}) is {final.status} too, so no decision in "
                                 "the log replaces it."}
    return {"do_not_follow": f"{said}; follow {final.ref} ({final.title}, {final.status or 'no status'}) instead.",
            "successor": final.number}


def successors(record: Record, log: DecisionLog) -> list[Record]:
    """The records that replaced ``record``, one after the other, each the first successor of the one before
    (a link to a record not in the log, or back into the chain, ends it)."""
    chain: list[Record] = []
    seen = {record.path}
    current = record
    while current.superseded_by:
        found = log.numbered(current.superseded_by[0])
        if not found or found[0].path in seen:
            break
        current = found[0]
        seen.add(current.path)
        chain.append(current)
    return chain
