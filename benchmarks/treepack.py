"""A git pack of one directory's successive versions: its blobs, and its tree after each change.

`git fast-import` writes every commit's tree by formatting each entry anew (two `printf` calls per entry,
for the tree and for the version it deltas against): at 10,000 files and 15,000 commits that is most of a
minute per repository. Here a tree is kept as its entries' bytes in name order, each version is the previous
one with an entry inserted or replaced, and it is stored as a delta that says just that (copy, insert,
copy). The pack's index is written from the ids worked out here (`git index-pack` would work each out again,
with git's collision-detecting SHA-1: as long again); fast-import makes the commits, each naming its
directory tree by id (`M 040000 <id> <dir>`), which git checks exists.

Only what a flat directory of regular files needs: blobs, trees of `100644` entries, OFS_DELTA.
"""

from __future__ import annotations

import bisect
import hashlib
import os
import zlib
from pathlib import Path

BLOB, TREE, OFS_DELTA = 3, 2, 6
MAX_DEPTH = 50  # delta chain length, as git's default: readers rebuild a tree from at most this many deltas
ZLIB_LEVEL = 1


class TreePack:
    """Writes the objects to a temporary pack file in ``pack_dir``; ``finish`` indexes it."""

    def __init__(self, pack_dir: Path) -> None:
        self.pack_dir = pack_dir
        self.path = pack_dir / "tmp-treepack.pack"
        self.out = open(self.path, "wb")  # noqa: SIM115 - closed in finish
        self.out.write(b"PACK" + (2).to_bytes(4, "big") + (0).to_bytes(4, "big"))  # count set in finish
        self.count = 0
        self.index: list[tuple[bytes, int, int]] = []  # (object id, offset, CRC-32 of its bytes in the pack)
        self.known: set[bytes] = set()
        self.names: list[bytes] = []  # the directory's entries, sorted as git sorts a tree of files
        self.entries: list[bytes] = []  # "100644 <name>\0<id>" of each, in that order
        self.tree = b""  # the last tree written, its offset in the pack, and its delta depth
        self.tree_offset = 0
        self.depth = 0

    def change(self, files: dict[str, bytes]) -> bytes:
        """Add or replace the files named (name -> content); the directory's tree id after the change."""
        old_offsets = {}  # name -> (offset in the previous tree, length of its entry there, or 0)
        for name in files:
            key = name.encode()
            position = bisect.bisect_left(self.names, key)
            replaced = position < len(self.names) and self.names[position] == key
            old_offsets[key] = (sum(map(len, self.entries[:position])), len(self.entries[position]) if replaced else 0)
        new_entries = {}
        for name, content in files.items():
            blob = _object_id(b"blob", content)
            if blob not in self.known:
                self.known.add(blob)
                self._write(blob, BLOB, zlib.compress(content, ZLIB_LEVEL), len(content))
            new_entries[name.encode()] = b"100644 " + name.encode() + b"\0" + blob
        for key, entry in new_entries.items():
            position = bisect.bisect_left(self.names, key)
            if position < len(self.names) and self.names[position] == key:
                self.entries[position] = entry
            else:
                self.names.insert(position, key)
                self.entries.insert(position, entry)
        tree = b"".join(self.entries)
        tree_id = _object_id(b"tree", tree)
        if tree_id in self.known:
            return tree_id
        self.known.add(tree_id)
        previous, base = self.tree, self.tree_offset
        offset = self.out.tell()
        if previous and self.depth < MAX_DEPTH:
            delta, done = bytearray(_varint(len(previous)) + _varint(len(tree))), 0
            for key in sorted(new_entries):  # the changes in tree order: copy up to each, insert it
                start, length = old_offsets[key]
                delta += _copy(done, start - done) + _insert(new_entries[key])
                done = start + length
            delta += _copy(done, len(previous) - done)
            self._write(tree_id, OFS_DELTA, zlib.compress(bytes(delta), ZLIB_LEVEL), len(delta), offset - base)
            self.depth += 1
        else:
            self._write(tree_id, TREE, zlib.compress(tree, ZLIB_LEVEL), len(tree))
            self.depth = 0
        self.tree, self.tree_offset = tree, offset
        return tree_id

    def finish(self) -> None:
        """Set the object count, append the pack's checksum, and write its index (version 2)."""
        self.out.close()
        with open(self.path, "r+b") as pack:
            pack.seek(8)
            pack.write(self.count.to_bytes(4, "big"))
            pack.seek(0)
            checksum = hashlib.sha1(pack.read()).digest()
            pack.write(checksum)
        entries = sorted(self.index)
        assert max(offset for _, offset, _ in entries) < 1 << 31, "past 2 GiB: the index needs its large-offset table"
        fanout, counted = bytearray(), 0
        for first in range(256):
            while counted < len(entries) and entries[counted][0][0] == first:
                counted += 1
            fanout += counted.to_bytes(4, "big")
        index = b"".join([b"\377tOc", (2).to_bytes(4, "big"), bytes(fanout), *(oid for oid, _, _ in entries),
                          *(crc.to_bytes(4, "big") for _, _, crc in entries),
                          *(offset.to_bytes(4, "big") for _, offset, _ in entries), checksum])
        name = self.pack_dir / f"pack-{checksum.hex()}"
        name.with_suffix(".idx").write_bytes(index + hashlib.sha1(index).digest())
        os.replace(self.path, name.with_suffix(".pack"))

    def _write(self, oid: bytes, kind: int, data: bytes, size: int, base_distance: int | None = None) -> None:
        header = bytearray()
        byte = (kind << 4) | (size & 0x0F)
        size >>= 4
        while size:
            header.append(byte | 0x80)
            byte, size = size & 0x7F, size >> 7
        header.append(byte)
        if base_distance is not None:  # OFS_DELTA: how far back the base starts, in git's offset encoding
            encoded = [base_distance & 0x7F]
            base_distance >>= 7
            while base_distance:
                base_distance -= 1
                encoded.append(0x80 | (base_distance & 0x7F))
                base_distance >>= 7
            header += bytes(reversed(encoded))
        self.index.append((oid, self.out.tell(), zlib.crc32(data, zlib.crc32(header))))
        self.out.write(header)
        self.out.write(data)
        self.count += 1


def _object_id(kind: bytes, content: bytes) -> bytes:
    digest = hashlib.sha1(kind + b" %d\0" % len(content))
    digest.update(content)
    return digest.digest()


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _copy(start: int, length: int) -> bytes:
    """Copy instructions for ``length`` bytes of the base from ``start`` (at most 0xFFFFFF each)."""
    out = bytearray()
    while length > 0:
        size = min(length, 0xFFFFFF)
        command, operands = 0x80, bytearray()
        for shift, bit in ((0, 0x01), (8, 0x02), (16, 0x04), (24, 0x08)):
            part = (start >> shift) & 0xFF
            if part:
                command |= bit
                operands.append(part)
        for shift, bit in ((0, 0x10), (8, 0x20), (16, 0x40)):
            part = (size >> shift) & 0xFF
            if part:
                command |= bit
                operands.append(part)
        out.append(command)
        out += operands
        start += size
        length -= size
    return bytes(out)


def _insert(data: bytes) -> bytes:
    out = bytearray()
    for start in range(0, len(data), 0x7F):
        piece = data[start:start + 0x7F]
        out.append(len(piece))
        out += piece
    return bytes(out)
