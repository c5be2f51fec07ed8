"""A content-hash cache of per-seed results, so a rebuild re-reads only the seeds that changed.

An entry is keyed by what the result depends on: the seed's bytes and its name (the file name
decides the format and can carry the publication date), `Settings.cache_key()`, and the version of
the code (a hash of the package's own source files, so a new tagger invalidates everything it
could have changed without anyone remembering to bump a number).

The cache is a plain folder users may delete at any time; the cache itself only ever deletes
its own entries, inside namespace folders it made and tagged with CACHEDIR.TAG:

    .timeline-cache/
      <namespace>/          one per (code version, settings); the few most recently used are kept
        ab/abcdef....pickle one per seed: a header line (format, key, SHA-256), then a
                            pickled SeedResult

Entries are written to a temporary name and moved into place with `os.replace`, so a crash leaves
the old entry or none. An entry that does not unpickle, or holds another key or type, counts as
missing and is rebuilt (black's rule: an unreadable cache is an empty cache); the digest is
checked before anything is unpickled, so damage inside an entry is not trusted either. Pickle
runs code from the file it loads, so the cache belongs in the project, where only its owner
writes.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from .model import SeedResult, Settings

FORMAT = "timeline-cache-2"  # bump when the entry layout changes
KEEP_NAMESPACES = 6  # older code versions and settings are deleted beyond this many (a build
# uses up to three: seed results, the render memo and MkDocs' converted pages)


def code_version() -> str:
    """A hash of timeline's own source files: any edit to the code invalidates cached results."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"{FORMAT}|{sys.version_info[:2]}".encode())
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def seed_key(data: bytes, seed: str) -> str:
    """The key of one seed within a namespace: its bytes and its name."""
    return hashlib.sha256(seed.encode("utf-8") + b"\0" + data).hexdigest()


class Cache:
    """Per-seed results in `folder`, for one code version and one set of settings."""

    def __init__(self, folder: str | Path, settings: Settings):
        self.root = Path(folder)
        namespace = hashlib.sha256(f"{code_version()}|{settings.cache_key()}".encode()).hexdigest()
        self.folder = self.root / namespace[:16]
        self.used: set[str] = set()  # keys looked up or stored by this run, for prune()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> SeedResult | None:
        """The cached result, or None when missing, unreadable, half-written or not ours."""
        data = self.read(key)
        return self.load(key, data) if data is not None else None

    def read(self, key: str) -> bytes | None:
        """The stored bytes of the entry under `key`, unchecked (see load), or None. Safe to
        call from another thread: it reads a file and adds the key to a set (one step under
        the GIL)."""
        self.used.add(key)
        try:
            with open(self._path(key), "rb") as handle:
                return handle.read()
        except OSError:
            return None

    def holds(self, key: str) -> bool:
        """Whether an entry is stored under `key` (not whether it is sound: see load)."""
        return self._path(key).is_file()

    def load(self, key: str, data: bytes) -> SeedResult | None:
        """The result in an entry's bytes (from read), or None when they are truncated,
        edited, garbage, or hold another key or type."""
        self.used.add(key)
        payload = _verified(data, FORMAT, key)
        if payload is None:
            return None
        try:
            stored = pickle.loads(payload)
        except Exception:  # pickled by code that is gone
            return None
        return stored if isinstance(stored, SeedResult) else None

    def put(self, key: str, result: SeedResult) -> bool:
        """Store a result; False when the folder cannot be written (the build just stays slower)."""
        self.used.add(key)
        try:
            data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        except pickle.PicklingError:
            return False
        return _write_whole(self._path(key), _checked(FORMAT, key, data), self.folder)

    def get_blob(self, name: str) -> bytes | None:
        """Bytes stored whole under `name` (merge's links), or None when missing or damaged:
        the file carries the SHA-256 of its contents, checked on every read."""
        return _read_checked(self.folder / f"{name}.blob", FORMAT, name)

    def put_blob(self, name: str, data: bytes) -> bool:
        """Store bytes under `name` (replacing them whole); False when it cannot be written."""
        return _write_whole(self.folder / f"{name}.blob", _checked(FORMAT, name, data), self.folder)

    def prune(self) -> int:
        """After a run over the whole seeds folder: drop entries it did not use (removed or
        changed seeds), and all but the few most recently used namespaces. Returns entries removed.
        """
        removed = _drop_unused(self.folder, self.used, ".pickle")
        try:
            # only folders the cache made: a cache_dir pointed at the project must not cost a file
            namespaces = sorted((p for p in self.root.iterdir() if _is_namespace(p)),
                                key=lambda p: p.stat().st_mtime, reverse=True)
        except OSError:
            return removed
        for stale in namespaces[KEEP_NAMESPACES:]:
            if stale != self.folder:
                shutil.rmtree(stale, ignore_errors=True)
        return removed


def _drop_unused(folder: Path, used: set[str], suffix: str) -> int:
    """Remove the entries (files ending in `suffix`, and left-over temporaries) of a namespace
    folder whose keys are not in `used`, and mark the folder as just used. Returns how many."""
    removed = 0
    if not _is_namespace(folder):
        return removed
    for path in folder.glob("??/*"):
        if path.stem in used or not (path.suffix == suffix or path.name.startswith(".tmp-")):
            continue  # in use, or not a file the cache wrote
        path.unlink(missing_ok=True)
        removed += 1
    now = time.time()
    os.utime(folder, (now, now))
    return removed


def _checked(fmt: str, name: str, data: bytes) -> bytes:
    """`data` behind a header line (format, name, its SHA-256), as `_read_checked` reads it."""
    return json.dumps([fmt, name, hashlib.sha256(data).hexdigest()]).encode() + b"\n" + data


def _read_checked(path: Path, fmt: str, name: str) -> bytes | None:
    """The data `_checked` stored at `path`, or None when missing or when its header's format,
    name or digest does not match (a truncated or edited file counts as missing)."""
    try:
        whole = path.read_bytes()
    except OSError:
        return None
    return _verified(whole, fmt, name)


def _verified(whole: bytes, fmt: str, name: str) -> bytes | None:
    """The data in `_checked`'s output, or None when its header's format, name or digest does
    not match what it holds."""
    header, _, data = whole.partition(b"\n")
    try:
        stored_fmt, stored_name, digest = json.loads(header)
    except (ValueError, TypeError):
        return None
    if stored_fmt != fmt or stored_name != name or hashlib.sha256(data).hexdigest() != digest:
        return None
    return data


def _write_whole(path: Path, data: bytes, namespace: Path) -> bool:
    """Write `data` to a temporary name beside `path` and move it into place, so a crash
    leaves the old file or none; tag the namespace folder as ours (CACHEDIR.TAG, the convention
    backup tools know; prune() only ever removes folders that carry it). False when the
    folder cannot be written: the next build is just slower."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tag = namespace / TAG_NAME
        if not tag.exists():
            tag.write_text(TAG_TEXT, encoding="ascii")
        handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True


class SeedIndex:
    """What a seed file's key was, by its path, with the file's size, modification and change
    times, device and inode when it was read: a file whose four are the same has the same bytes, so its
    key stands without reading it (the kernel sets the change time on every write, and tools
    that keep a modification time, `cp -p` or `rsync -t`, cannot keep it). A file changed within
    RACY_SECONDS before it was read might change again within one tick of the clock, unseen:
    it is not noted, and is read and hashed again next time."""

    RACY_SECONDS = 2

    def __init__(self, entries: dict[str, list], limit: int):
        self.entries = entries
        self.limit = limit  # Settings.max_seed_bytes: a bigger file's key is of its prefix
        self.started = time.time_ns()
        self.changed = False

    @classmethod
    def load(cls, data: bytes | None, limit: int) -> SeedIndex:
        """The index in `data` (a blob of the cache), or an empty one when it is missing or
        damaged, or where file times cannot be trusted: on Windows the change time is the
        creation time, which a rewrite keeps."""
        entries: dict[str, list] = {}
        if data is not None and os.name != "nt":
            try:
                loaded = json.loads(data)
                if isinstance(loaded, dict):
                    entries = {path: entry for path, entry in loaded.items()
                               if isinstance(entry, list) and len(entry) == 6
                               and all(isinstance(x, int) for x in entry[:5]) and isinstance(entry[5], str)}
            except ValueError:
                pass
        return cls(entries, limit)

    @staticmethod
    def _stat(path) -> list[int] | None:
        try:
            st = os.stat(path)
        except OSError:
            return None
        return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_dev, st.st_ino]

    def key(self, path) -> str | None:
        """The key noted for the file at `path`, when it is as it was then; else None."""
        entry = self.entries.get(str(path))
        if entry is None:
            return None
        if self._stat(path) == entry[:5]:
            return entry[5]
        del self.entries[str(path)]
        self.changed = True
        return None

    def note(self, path, key: str) -> None:
        """Note the key just worked out from the file's bytes, unless the file changed too
        recently to trust its times, or is over the size limit (only its prefix was read)."""
        stat = self._stat(path)
        if (stat is not None and stat[0] <= self.limit
                and stat[2] < self.started - self.RACY_SECONDS * 1_000_000_000):
            self.entries[str(path)] = [*stat, key]
            self.changed = True

    def keep(self, paths: set[str]) -> None:
        """Forget the files not among `paths` (removed since)."""
        gone = self.entries.keys() - paths
        for seed in gone:
            del self.entries[seed]
        self.changed = self.changed or bool(gone)

    def to_bytes(self) -> bytes:
        return json.dumps(self.entries, sort_keys=True, separators=(",", ":")).encode()


TAG_NAME = "CACHEDIR.TAG"
TAG_TEXT = ("Signature: 8a477f597d28d172789f06886806bc55\n"
            "# This folder is timeline's cache of per-seed results; it can be deleted.\n")
_NAMESPACE = re.compile(r"^[0-9a-f]{16}$")


def _is_namespace(path: Path) -> bool:
    return bool(_NAMESPACE.match(path.name)) and path.is_dir() and (path / TAG_NAME).is_file()


def open_cache(settings: Settings, project_dir: Path) -> Cache | None:
    """The cache the settings ask for (relative folders live in the project), or None."""
    if not settings.cache_dir:
        return None
    folder = Path(settings.cache_dir)
    return Cache(folder if folder.is_absolute() else project_dir / folder, settings)


class JsonStore:
    """Plain JSON values keyed by hex digests, for what MkDocs derives from a page (its HTML,
    its search entries), so a rebuild converts only the pages whose Markdown changed.

    Lives in its own namespace folder beside the seed results (one per code version and
    `fingerprint`, tagged CACHEDIR.TAG, so `Cache.prune` treats it like the others). JSON rather
    than pickle: loading it runs no code. Each file is a header line (format, key, the payload's
    SHA-256) and the payload; a file whose header, key or digest does not match counts as
    missing, so a truncated or edited entry is rebuilt, never used.
    """

    def __init__(self, root: str | Path, fingerprint: str):
        self.root = Path(root)
        namespace = hashlib.sha256(f"{code_version()}|json|{fingerprint}".encode()).hexdigest()
        self.folder = self.root / namespace[:16]
        self.used: set[str] = set()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str):
        """The stored value, or None when missing or not exactly what was written."""
        self.used.add(key)
        payload = _read_checked(self._path(key), JSON_FORMAT, key)
        if payload is None:
            return None
        try:
            return json.loads(payload)
        except ValueError:
            return None

    def get_text(self, key: str) -> tuple[dict, str] | None:
        """What put_text stored: (the JSON object, the text), or None when missing or not
        exactly what was written."""
        self.used.add(key)
        payload = _read_checked(self._path(key), TEXT_FORMAT, key)
        if payload is None:
            return None
        head, _, text = payload.partition(b"\n")
        try:
            value = json.loads(head)
            return (value, text.decode("utf-8", "surrogatepass")) if isinstance(value, dict) else None
        except ValueError:  # UnicodeDecodeError included
            return None

    def put_text(self, key: str, value: dict, text: str) -> bool:
        """Store a JSON object and a long text beside it as raw UTF-8, not a JSON string: a
        page's converted HTML is mostly quotes and angle brackets, and decoding 100 MB of it
        from JSON strings on each rebuild cost a second (the payload is still checked whole)."""
        self.used.add(key)
        head = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        payload = head + b"\n" + text.encode("utf-8", "surrogatepass")
        return _write_whole(self._path(key), _checked(TEXT_FORMAT, key, payload), self.folder)

    def keep(self, key: str) -> None:
        """Count the entry under `key` as used by this build without reading it: prune keeps it."""
        self.used.add(key)

    def put(self, key: str, value) -> bool:
        """Store a JSON value; False when it cannot be written (the next build is just slower)."""
        self.used.add(key)
        payload = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return _write_whole(self._path(key), _checked(JSON_FORMAT, key, payload), self.folder)

    def prune(self) -> int:
        """After a complete build: drop the entries it did not use (pages changed or gone)."""
        return _drop_unused(self.folder, self.used, ".json")


JSON_FORMAT = "timeline-json-1"
TEXT_FORMAT = "timeline-json-text-1"  # a JSON object on the first line, then raw UTF-8 text
