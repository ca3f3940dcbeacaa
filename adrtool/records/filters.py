"""`--status` and `--tag`: which records a command looks at. A value that cannot match any record is refused,
as `adr status` refuses an unknown status, rather than answered with nothing."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

from adrtool.errors import UsageError
from adrtool.model import Record
from adrtool.project.config import Config
from adrtool.records.values import statuses_as_read


def filtered(records: Sequence[Record], config: Config, statuses: Iterable[str] = (),
             tags: Iterable[str] = ()) -> list[Record]:
    """The records with one of ``statuses`` (configured ones, or a log's own words its records have:
    `implemented`, `approved`) and one of ``tags`` (any case; tags no record has are refused), all of them when
    both are empty. A status is asked for as a record's is read (`pending`: proposed)."""
    read_as = {word: set(statuses_as_read((word,))) for word in (status.strip().lower() for status in statuses)}
    wanted_status = set().union(*read_as.values())
    unknown = {word for word, read in read_as.items() if read.isdisjoint(config.statuses)}
    own = {record.status for record in records if record.status} if unknown else set()
    for status in sorted(word for word in unknown if read_as[word].isdisjoint(own)):
        known = [*config.statuses, *sorted(own - set(config.statuses))]
        close = difflib.get_close_matches(status, known, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else f"; expected one of: {', '.join(known)}"
        raise UsageError(f"--status {status!r} is neither a configured status nor one a record has{hint}")
    wanted_tags = {tag.strip().lower() for tag in tags}
    if wanted_tags:
        used = {tag.lower() for record in records for tag in record.tags}
        for tag in sorted(wanted_tags - used):
            close = difflib.get_close_matches(tag, sorted(used), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else \
                (f"; tags in use: {', '.join(sorted(used))}" if used else "; no record has a tag")
            raise UsageError(f"--tag {tag!r}: no record has this tag{hint}")
    return [record for record in records
            if (not wanted_status or (record.status or "") in wanted_status)
            and (not wanted_tags or not wanted_tags.isdisjoint(tag.lower() for tag in record.tags))]
