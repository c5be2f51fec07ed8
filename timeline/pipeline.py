"""Wire the stages: seeds -> documents -> timexes -> events (per seed) -> merged timeline.

`process_seed` is a pure function of one seed file and the settings, so it can be cached and
mapped over processes or a cluster; `run` maps it over every seed and merges the results.

One code path maps the seeds, wherever they run: the seeds that miss the cache are cut into
batches of (bytes, path, name), and `process_batch` runs each batch in this process, in a pool
of local processes (`Settings.jobs`), or on a Dask distributed cluster (`Settings.scheduler`).
Workers get the very bytes that were hashed for the cache key, so a seed edited mid-run cannot
store one text's results under another text's key, and cluster workers need no access to the
seeds folder.
"""

from __future__ import annotations

import datetime as dt
import gc
import math
import multiprocessing
import os
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from pathlib import Path

from . import events as events_stage
from . import topic
from . import merge as merge_stage
from . import sources, temporal
from .cache import Cache, SeedIndex, seed_key
from .processes import beside, fork_is_safe
from .model import Problem, SeedResult, Settings, Timeline

CONNECT_TIMEOUT = "20s"
POOL_THRESHOLD = 16  # fewer seeds to process than this run in-process: a pool costs more
MAX_BATCH = 64


class ClusterUnavailable(Exception):
    """The Dask scheduler named in the settings cannot be used (not installed or not reachable)."""


def process_seed(path: str | Path, seed: str, settings: Settings,
                 data: bytes | None = None) -> SeedResult:
    """Read, tag and extract one seed (from `data` when the bytes are already in hand).

    Never raises: an unexpected failure becomes a Problem naming the file.
    """
    try:
        if data is None:
            document, problems = sources.read(path, seed, settings)
        else:
            document, problems = sources.read_bytes(data, path, seed, settings)
        if document is None:
            return SeedResult(None, problems=tuple(problems))
        dct = dt.date.fromisoformat(document.date) if document.date else settings.reference_date
        timexes, impossible = temporal.tag_with_problems(document.text, dct, settings.countries, str(path),
                                                         _line_in_seed(document.text, path, data))
        problems = [*problems, *impossible]
        found = events_stage.extract(document, timexes)
        return SeedResult(document, timexes, found, tuple(problems), topic.topic_words(document.text),
                          merge_stage.telling_words(found))
    except Exception as error:  # a bug must not stop the other seeds; report it with the file
        return SeedResult(None, problems=(Problem(str(path), None, f"internal error while reading "
                                                  f"this seed: {type(error).__name__}: {error}"),))


def _line_in_seed(text: str, path: str | Path, data: bytes | None):
    """For a span of a document's body text, the line of the seed file it was read from. The
    body is cut out of the file (a title, front matter or HTML come before it), so the span is
    looked for in the file from where the body's first words are, as the same occurrence it is
    in the body; None when it is not in the file as written (an HTML entity, a joined line)."""
    raw = None
    body = 0

    def line_of(start: int, end: int) -> int | None:
        nonlocal raw, body
        if raw is None:
            try:
                raw = (data if data is not None else Path(path).read_bytes()).decode("utf-8", "replace")
            except OSError:
                raw = ""
            opening = text.lstrip().partition("\n")[0].strip()[:40]
            body = max(raw.find(opening), 0) if opening else 0
        snippet = text[start:end]
        at = body - 1
        for _ in range(text.count(snippet, 0, start) + 1):  # the same occurrence as in the body
            at = raw.find(snippet, at + 1)
            if at < 0:
                return None
        return raw.count("\n", 0, at) + 1

    return line_of


def process_batch(batch: list[tuple[bytes | None, str, str]], settings: Settings) -> list[SeedResult]:
    """The unit of work shipped to a process or a Dask worker: a few seeds, in order.

    Each carries the exact bytes its cache key was made from, so a seed edited mid-run is never
    cached under the wrong key and cluster workers need no access to the seeds folder. Without
    bytes (unreadable or over the size limit) the path is read, so its own errors are reported.
    """
    return [process_seed(path, seed, settings, data) for data, path, seed in batch]


def read_seed_bytes(path: Path, settings: Settings) -> bytes | None:
    """The seed's bytes for its cache key, or None to leave errors and huge files to `sources`."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(settings.max_seed_bytes + 1)
    except OSError:
        return None
    return data if len(data) <= settings.max_seed_bytes else None


READ_AHEAD = 64  # cache entries per chunk that a thread reads ahead of unpickling


def _planned(found: list[tuple[Path, str]], settings: Settings, cache: Cache | None,
             known: SeedIndex | None) -> list[tuple[bytes | None, str | None]]:
    """(data, key) per (path, seed): a seed `known` vouches for (unchanged since its key was
    worked out) is not read at all, its data None and its key the known one; any other is read
    for its key (None without a cache, or when it cannot be read or is over the size limit)."""
    planned = []
    for path, seed in found:
        key = known.key(path) if known is not None else None
        if key is not None:
            planned.append((None, key))
            continue
        data, key = _read_for_key(path, seed, settings, cache is not None)
        if key is not None and known is not None:
            known.note(path, key)
        planned.append((data, key))
    return planned


def _read_for_key(path, seed: str, settings: Settings, keyed: bool) -> tuple[bytes | None, str | None]:
    """A seed's bytes and, when `keyed` (there is a cache), the key they give."""
    data = read_seed_bytes(Path(path), settings)
    return data, seed_key(data, seed) if keyed and data is not None else None


def _read_entries(keys: list[str | None], cache: Cache, skip: set[int]):
    """(index, the cache entry's bytes or None) for each key not skipped, in order. A thread
    reads the entries a chunk ahead while the caller unpickles: reading 10,000 files is most of
    a second, and the system calls let go of the interpreter, so the two overlap on two cores."""
    wanted = [i for i, key in enumerate(keys) if key is not None and i not in skip]

    def read(chunk):
        return [(i, cache.read(keys[i])) for i in chunk]

    chunks = [wanted[i:i + READ_AHEAD] for i in range(0, len(wanted), READ_AHEAD)]
    if len(chunks) < 2:
        for chunk in chunks:
            yield from read(chunk)
        return
    with ThreadPoolExecutor(max_workers=1) as reader:
        pending = [reader.submit(read, chunk) for chunk in chunks[:2]]
        for n in range(len(chunks)):
            done = pending.pop(0).result()
            if n + 2 < len(chunks):
                pending.append(reader.submit(read, chunks[n + 2]))
            yield from done


SEED_INDEX = "seed-index"


def extract_all(found: list[tuple[Path, str]], settings: Settings, cache: Cache | None = None,
                progress: bool = False, keys: dict[str, str] | None = None) -> list[SeedResult]:
    """`process_seed` for every (path, seed), in order: from the cache where it can, the rest
    mapped over batches (in-process, local processes, or Dask). With `keys`, each seed's cache
    key is put there (by seed name): what the result was made from, for the render memo.

    With a cache, a seed whose file is as it was when its key was worked out (SeedIndex) is
    not read again: a rebuild reads only the seeds that changed, and the cache entries. The
    few seeds the cache lacks (a new one, an edited one) are tagged in a forked process while
    this one loads the cache's entries for the others: on two cores a new seed's tagging
    (compiling the tagger's rules is a third of a second) costs no time of its own."""
    known = SeedIndex.load(cache.get_blob(SEED_INDEX), settings.max_seed_bytes) if cache is not None else None
    planned = _planned(found, settings, cache, known)
    fresh = [i for i, (data, key) in enumerate(planned)
             if key is None or (data is not None and not cache.holds(key))]
    def item(i: int) -> tuple[bytes | None, str, str]:  # what process_batch takes of seed i
        return planned[i][0], str(found[i][0]), found[i][1]

    items = list(map(item, fresh))
    early = (0 < len(items) < POOL_THRESHOLD and cache is not None and not settings.scheduler
             and settings.jobs != 1)  # --jobs 1: everything in this one process
    results: list[SeedResult | None] = [None] * len(found)
    with beside(lambda: map_batches(items, settings, progress and not early), early) as extracted:
        gone = []  # vouched for, but the entry is gone or damaged: read and tagged again
        for index, stored in _read_entries([key for _, key in planned], cache, set(fresh)) if cache else ():
            hit = cache.load(planned[index][1], stored) if stored is not None else None
            if hit is not None:
                results[index] = hit
            else:
                if planned[index][0] is None:  # not read yet: read it for its bytes
                    planned[index] = _read_for_key(*found[index], settings, True)
                gone.append(index)
        made = extracted() if items else []
    later = list(map(item, gone))
    for index, result in zip(fresh + gone, made + (map_batches(later, settings, progress) if later else [])):
        results[index] = result
        if planned[index][1] is not None:
            cache.put(planned[index][1], result)
    if keys is not None:
        for (_, seed), (_, key) in zip(found, planned):
            if key:
                keys[seed] = key
        # a name two folders share ("d1/x.txt", "d2/x.txt") names no one result
        for seed, count in Counter(seed for _, seed in found).items():
            if count > 1:
                keys.pop(seed, None)
    if known is not None:
        known.keep({str(path) for path, _ in found})
        if known.changed:
            cache.put_blob(SEED_INDEX, known.to_bytes())
    return results


def map_batches(items: list[tuple[bytes | None, str, str]], settings: Settings,
                progress: bool = False) -> list[SeedResult]:
    """`process_batch` over `items` cut into batches; results in the order of `items`."""
    jobs = settings.jobs or os.cpu_count() or 1
    workers = 1 if settings.scheduler else jobs
    size = max(1, min(MAX_BATCH, math.ceil(len(items) / (max(workers, 8) * 8))))
    batches = [items[i:i + size] for i in range(0, len(items), size)]
    bar = _progress_bar(len(items), progress)
    try:
        if settings.scheduler:
            done = _on_dask(batches, settings, bar)
        elif jobs > 1 and len(items) >= POOL_THRESHOLD:
            done = _on_processes(batches, settings, min(jobs, len(batches)), bar)
        else:
            done = []
            for batch in batches:
                done.append(process_batch(batch, settings))
                bar.update(len(batch))
    finally:
        bar.close()
    return [result for batch in done for result in batch]


def _on_processes(batches, settings: Settings, workers: int, bar) -> list[list[SeedResult]]:
    # fork is fastest (workers inherit compiled rules), but forking a threaded host such as
    # `mkdocs serve` or a Dask client can copy a held lock; fall back to forkserver there.
    method = "fork" if fork_is_safe() and "fork" in multiprocessing.get_all_start_methods() else None
    context = multiprocessing.get_context(method or ("forkserver" if sys.platform != "win32" else "spawn"))
    if method == "fork":
        temporal.compiled_rules()  # once here, not once per worker (the tagger is imported on first use)
    done: list = [None] * len(batches)
    # a forked worker would inherit a collector the host paused (site.collector_paused); a
    # worker runs the tagger over thousands of seeds, and keeps its own collector running
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=gc.enable) as pool:
        futures = {pool.submit(process_batch, batch, settings): i for i, batch in enumerate(batches)}
        for future in as_completed(futures):
            done[futures[future]] = future.result()
            bar.update(len(done[futures[future]]))
    return done


def _on_dask(batches, settings: Settings, bar) -> list[list[SeedResult]]:
    """The same batches on a Dask distributed cluster; its workers need timeline installed."""
    try:
        from distributed import Client, as_completed as dask_completed
    except ImportError:
        raise ClusterUnavailable("a scheduler needs Dask: pip install 'timeline[cluster]'") from None
    done: list = [None] * len(batches)
    try:
        client = Client(settings.scheduler, set_as_default=False, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterUnavailable(f"cannot reach the Dask scheduler at {settings.scheduler}: "
                                 f"{error}") from None
    with client:
        futures = client.map(process_batch, batches, settings=settings, pure=False)
        order = {future.key: i for i, future in enumerate(futures)}
        for future in dask_completed(futures, loop=client.loop):
            done[order[future.key]] = future.result()
            bar.update(len(done[order[future.key]]))
    return done


def _progress_bar(total: int, enabled: bool):
    """A tqdm bar on stderr when asked (callers pass: stderr is a terminal), else a no-op."""
    if enabled:
        try:
            from tqdm import tqdm
            return tqdm(total=total, unit="seed", desc="extracting", file=sys.stderr, leave=False)
        except ImportError:
            pass
    return _NoBar()


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def run(paths: list[str | Path], settings: Settings, cache: Cache | None = None,
        progress: bool = False) -> Timeline:
    """The whole per-seed pipeline over `paths` (files or folders), then merge; with a cache,
    the Timeline's seed_keys name each seed's cache key (see extract_all)."""
    found, problems = sources.discover(paths)
    keys: dict[str, str] = {}
    results = extract_all(found, settings, cache, progress, keys)
    return combine(results, problems, cache, keys)


MERGE_LINKS = "merge-links"


def combine(results: list[SeedResult], problems: list[Problem] = (),
            cache: Cache | None = None, keys: dict[str, str] | None = None) -> Timeline:
    """The documents, merged events and problems of all seeds. With a cache, merge reuses the
    pairs of tellings the last run compared (stored beside the seed results), so one new seed
    costs its own comparisons, not every pair's again; the result is the same. `keys` (seed ->
    cache key, as extract_all gives them) say which results are the ones merge saw last time."""
    documents = tuple(r.document for r in results if r.document is not None)
    all_problems = tuple(problems) + tuple(p for r in results for p in r.problems)
    told = [e for r in results for e in r.events]
    if cache is None:
        events = merge_stage.merge(told)
    else:
        stored = cache.get_blob(MERGE_LINKS)
        known = merge_stage.Links.from_bytes(stored) if stored is not None else None
        identities = [key for r in results
                      for key in [(keys or {}).get(r.document.seed) if r.document is not None else None]
                      for _ in r.events]
        events, links = merge_stage.merge_reusing(told, known, *_telling_words(results), identities)
        if links is not known:
            cache.put_blob(MERGE_LINKS, links.to_bytes())
    timexes = {r.document.seed: r.timexes for r in results if r.document is not None}
    topic_words = {r.document.seed: r.topic_words for r in results
                   if r.document is not None and r.topic_words is not None}
    origins = _origins(results, events, keys) if keys else {}
    return Timeline(documents, events, timexes, all_problems, topic_words, origins, dict(keys or {}))


def _origins(results: list[SeedResult], events, keys: dict[str, str]) -> dict[str, tuple]:
    """Timeline.origins: for each entry, where each of its mentions was read (its seed's cache
    key, the telling's index in the seed's result, the mention's index in the telling). Merge
    keeps the mentions it is given, so their identities lead back to the results."""
    read_at: dict[int, tuple] = {}
    for result in results:
        key = keys.get(result.document.seed) if result.document is not None else None
        if key is None:
            continue
        for i, told in enumerate(result.events):
            for j, mention in enumerate(told.mentions):
                read_at.setdefault(id(mention), (key, i, j))
    origins = {}
    for event in events:
        places = tuple(map(read_at.get, map(id, event.mentions)))
        if None not in places:
            origins[event.id] = places
    return origins


def _telling_words(results: list[SeedResult]) -> tuple[list, dict | None]:
    """What merge reads of each seed's events alone, from the seeds' cached results: per event
    (None where a result lacks it: merge works it out) and the names of every seed (None unless
    every result has them, each seed once)."""
    words: list = []
    names: dict | None = {}
    for result in results:
        told = result.telling_words
        if told is None or len(told[2]) != len(result.events) or len(told[0]) != len(told[1]):
            words.extend([None] * len(result.events))
            names = None if result.events else names
            continue
        words.extend(told[2])
        if names is not None:
            if any(seed in names for seed in told[0]):
                names = None
            else:
                names.update((seed, frozenset(text.split())) for seed, text in zip(told[0], told[1]))
    return words, names
