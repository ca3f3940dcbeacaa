"""Every byte adrtool reads from or writes to a file of the project goes through here.

- ``reading``: never opens what is not a regular file; records read within a size limit and decoded.
- ``directory``: writes in a decision directory, under its lock, through the directory held open, each
  change all or nothing (a ``Transaction``, with a journal when several files change).
- ``writing``: a whole file outside a decision directory (caches, a feed, a site), replaced atomically.

The names callers use are the package's own, below.
"""

from adrtool.fsio.directory import (
    JOURNAL,
    TEMPORARY_NAME,
    LockedDirectory,
    Transaction,
    directory_lock,
    finish_interrupted,
    locked,
)
from adrtool.fsio.reading import (
    BOM,
    MAX_RECORD_BYTES,
    TextFile,
    Unread,
    decode,
    decode_text,
    encode,
    kind_of,
    lines_of,
    not_regular,
    read_bytes,
    read_in,
    read_text,
    read_text_in,
    text_of,
)
from adrtool.fsio.writing import atomic_write, create_new, publish_tree, replace_file, write_temp

__all__ = [
    "BOM", "JOURNAL", "MAX_RECORD_BYTES", "TEMPORARY_NAME", "LockedDirectory", "TextFile", "Transaction", "Unread",
    "atomic_write", "create_new", "decode", "decode_text", "directory_lock", "encode", "finish_interrupted",
    "kind_of", "lines_of", "locked", "not_regular", "publish_tree", "read_bytes", "read_in", "read_text",
    "read_text_in", "replace_file", "text_of", "write_temp",
]
