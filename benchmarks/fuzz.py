"""Fuzz the per-seed stages: random and mutated seeds through decode, read, tag and extract.

Every input is made deterministically from (--seed, its index), so a crash or a slow input
can be made again from its index alone (`--replay INDEX`). Inputs are of four kinds:

  bytes      random bytes, 0-4 KB
  words      runs of the words the date rules look for (months, weekdays, years 0 and 99999,
             "last", "ago", holidays, punctuation), so broken temporal expressions are common
  mutated    a real seed (seeds/, tests/data/, and ../shared/dev/seeds when present) with
             1-8 mutations: bit flips, inserted/deleted/duplicated spans, splices of two
             seeds, hostile snippets (unclosed tags, NUL, BOMs, CR, front matter fences,
             impossible dates), re-encodings, truncations, a span repeated into tens of KB
  structured a front matter block or an HTML page built from hostile pieces

Each input runs through `sources.decode`, `sources.read_bytes` (as a .txt, .md or .html seed,
sometimes with a date in its file name), `temporal.tag` and `events.extract`. Prints inputs
tried, crashes (an exception from any stage, or an input still running after --timeout), and
the slowest input's time per KB (inputs under 1 KB count as 1 KB, so a fixed cost per call is
not read as a slow rate) and the median over all inputs. The 60 slowest inputs are timed again (best of 3) to tell a slow
input from a busy machine; crashing and slowest inputs are saved under benchmarks/out/fuzz/.

Usage:
  .venv/bin/python benchmarks/fuzz.py                       # 100,000 inputs on every core
  .venv/bin/python benchmarks/fuzz.py -n 2000 --jobs 1      # a quick run
  .venv/bin/python benchmarks/fuzz.py --replay 4711         # run one input again, verbosely

Goals (issue 5): 0 crashes over 100,000 inputs; no input slower than 10 ms per KB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import multiprocessing
import os
import random
import signal
import statistics
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from timeline import events, sources, temporal  # noqa: E402
from timeline.model import Settings  # noqa: E402
from shared_data import SHARED  # noqa: E402

OUT = ROOT / "benchmarks" / "out" / "fuzz"
CORPUS_FOLDERS = (ROOT / "seeds", ROOT / "tests" / "data", SHARED / "dev" / "seeds")
SETTINGS = Settings(reference_date=dt.date(2023, 12, 1), max_seed_bytes=200_000)
DCTS = (dt.date(2023, 11, 25), dt.date(2024, 2, 29), dt.date(1, 1, 1), dt.date(9999, 12, 31))

WORDS = """January February March April May June July August September October November December
Jan Feb Mar Sept Oct Nov Dec NOV MAR Monday Tuesday Friday Sunday today yesterday tomorrow
tonight last next this the following previous ago later earlier before after since until by on
in at of day days week weeks month months year years decade century quarter Q1 Q3 H2 spring
summer fall winter Thanksgiving Christmas Easter Eid Ramadan Boxing Day morning evening noon
midnight a.m. p.m. two three twenty-one hundred first 1st 2nd 23rd 31st 0 00 1 7 12 13 25 29
30 31 32 99 1999 2000 2023 2024 0000 9999 99999 10000 1990s '90s 2023-11-25 2023-02-31
11/25/2023 25.11.2023 2023-W47 P3Y T14:00 said was will -- – — , . ; : ( ) [ ] " '""".split()
SEPARATORS = (" ", " ", " ", "\n", "\n\n", ", ", ". ", "\r\n", "\t", "\u00a0", "")
SNIPPETS = (b"<a ", b'<a b="', b"<!--", b"-->", b"</", b"<![CDATA[", b"<?", b"<script>",
            b"</script>", b"<p>", b"</p>", b"<time datetime=\"2023-02-31\">", b"\x00",
            b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\r", b"\r\n", b"---\n", b"\n---\n",
            b"date: 0000-01-01\n", b"date: 99999-01-01\n", b"title: [\n", b"&#0;", b"&#x110000;",
            b"{{ x }}", b"{% raw %}", b"[x](javascript:alert(1))", b"\xe2\x80", b"\x96", b"\xc3",
            b"on 31 February 2023", b"in the year 0", b"January 1, 99999", b"\\/", b"-LRB-",
            "\u202e\u2028\u2029\ufffe".encode(), b"\t" * 50, b" " * 500, b"\n" * 200)
ENCODINGS = ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1", "utf-8-sig")
FRONT_PIECES = ("title: x", "title: [", "date: 2023-02-31", "date: 0000-01-01", "date: 2024-01-02",
                "date: March 14, 2021", "date: [1, 2]", "title: &a [x]", "t: *a", "- a", ": :",
                "date:", "title: !!python/object:os.system", "{", "'", '"', "? x", "9" * 5000)
HTML_PIECES = ("<p>", "</p>", "<h1>", "</h1>", "<title>", "</title>", "<article>", "</article>",
               '<time datetime="2023-02-30">', '<time datetime="2023-05-01">', "<!--", "-->",
               "<script>", "</script>", "<style>", "<a ", 'href="', ">", "<", "&amp;", "&#0;",
               '<meta name="date" content="0000-01-01">', "<br/>", "<li>", "<nav>", "</nav>")


def load_corpus() -> list[bytes]:
    corpus = []
    for folder in CORPUS_FOLDERS:
        if folder.is_dir():
            corpus += [p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()]
    return corpus or [b"Storm hits the coast\nThe storm made landfall on 12 June 2021."]


def words(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(WORDS) + rng.choice(SEPARATORS) for _ in range(count))


def mutate(rng: random.Random, data: bytes, corpus: list[bytes]) -> bytes:
    for _ in range(rng.randint(1, 8)):
        n = len(data)
        at = rng.randint(0, n)
        kind = rng.randrange(10)
        if kind == 0 and n:  # flip bits
            buffer = bytearray(data)
            for _ in range(rng.randint(1, 8)):
                buffer[rng.randrange(n)] ^= 1 << rng.randrange(8)
            data = bytes(buffer)
        elif kind == 1:  # delete a span
            data = data[:at] + data[at + rng.randint(1, 200):]
        elif kind == 2:  # insert random bytes
            data = data[:at] + rng.randbytes(rng.randint(1, 40)) + data[at:]
        elif kind == 3:  # insert a hostile snippet, perhaps many times
            data = data[:at] + rng.choice(SNIPPETS) * rng.choice((1, 1, 3, 50, 2000)) + data[at:]
        elif kind == 4:  # splice with another seed
            other = rng.choice(corpus)
            data = data[:at] + other[rng.randint(0, len(other)):]
        elif kind == 5:  # repeat a span into tens of KB (no sentence end, say)
            span = data[at:at + rng.randint(1, 300)] or b"x "
            data = data[:at] + span * rng.randint(2, 30_000 // len(span) + 2) + data[at:]
        elif kind == 6:  # re-encode
            text = data.decode("utf-8", errors="replace")
            data = text.encode(rng.choice(ENCODINGS), errors="replace")
        elif kind == 7:  # truncate
            data = data[:at]
        elif kind == 8:  # temporal words in the middle of prose
            data = data[:at] + words(rng, rng.randint(1, 30)).encode() + data[at:]
        else:  # CRLF or CR line ends
            data = data.replace(b"\n", rng.choice((b"\r\n", b"\r")))
    return data[:120_000]


def make_input(seed: int, index: int, corpus: list[bytes]) -> tuple[str, bytes, dt.date, str]:
    """(file name, bytes, DCT, kind) of input `index`: the same every run with the same seed."""
    rng = random.Random(f"{seed}:{index}")
    kind = rng.choices(("bytes", "words", "mutated", "structured"), weights=(10, 20, 60, 10))[0]
    if kind == "bytes":
        data = rng.randbytes(rng.randint(0, 4096))
    elif kind == "words":
        data = words(rng, rng.randint(0, 400)).encode(rng.choice(("utf-8",) * 5 + ENCODINGS),
                                                      errors="replace")
    elif kind == "mutated":
        data = mutate(rng, rng.choice(corpus), corpus)
    elif rng.random() < 0.5:
        front = "\n".join(rng.choice(FRONT_PIECES) for _ in range(rng.randint(0, 8)))
        data = f"---\n{front}\n---\n{words(rng, rng.randint(0, 80))}".encode()
    else:
        data = "".join(rng.choice(HTML_PIECES) + (words(rng, rng.randint(0, 8)) if rng.random() < 0.6
                                                  else "") for _ in range(rng.randint(0, 200))).encode()
    prefix = rng.choice(("", "", "", "2023-11-25-", "0000-01-01-", "2023-02-31-"))
    suffix = rng.choice((".txt", ".md", ".html"))
    return f"{prefix}fuzz-{index}{suffix}", data, rng.choice(DCTS), kind


def run_one(name: str, data: bytes, dct: dt.date) -> None:
    """The per-seed stages, as `pipeline.process_seed` runs them, on one input."""
    sources.decode(data, name)
    document, _ = sources.read_bytes(data, name, name, SETTINGS)
    if document is None:
        return
    reference = dt.date.fromisoformat(document.date) if document.date else dct
    timexes = temporal.tag(document.text, reference)
    for timex in timexes:
        assert document.text[timex.start:timex.end] == timex.text, "offsets do not index the text"
    events.extract(document, timexes)


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang()


_CORPUS: list[bytes] = []
KEEP = 60  # slowest inputs kept, then timed again: a busy machine reorders the run's list


def _init(timeout: float) -> None:
    global _CORPUS
    _CORPUS = load_corpus()
    temporal.compiled_rules()
    signal.signal(signal.SIGALRM, _alarm)
    _init.timeout = timeout


def run_chunk(args: tuple[int, int, int]) -> dict:
    """Inputs [start, stop): counts, crashes, and the KEEP slowest by time per KB."""
    seed, start, stop = args
    crashes, slowest, kinds, rates = [], [], {}, []
    for index in range(start, stop):
        name, data, dct, kind = make_input(seed, index, _CORPUS)
        kinds[kind] = kinds.get(kind, 0) + 1
        signal.setitimer(signal.ITIMER_REAL, _init.timeout)
        began = time.perf_counter()
        try:
            run_one(name, data, dct)
        except Hang:
            crashes.append((index, f"still running after {_init.timeout:g} s", ""))
        except Exception as error:  # noqa: BLE001 - a crash is what we are looking for
            crashes.append((index, f"{type(error).__name__}: {error}"[:300],
                            traceback.format_exc(limit=-4)))
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        elapsed = time.perf_counter() - began
        per_kb = elapsed * 1000 / max(1.0, len(data) / 1024)
        slowest.append((per_kb, elapsed, len(data), index))
        rates.append(per_kb)
        if len(slowest) > 400:
            slowest = sorted(slowest, reverse=True)[:KEEP]
    return {"count": stop - start, "crashes": crashes, "kinds": kinds, "rates": rates,
            "slowest": sorted(slowest, reverse=True)[:KEEP]}


def retime(seed: int, index: int, repeats: int = 3) -> float:
    """Best of `repeats` ms per KB for one input: a slow input stays slow, a busy moment not."""
    name, data, dct, _ = make_input(seed, index, _CORPUS)
    best = float("inf")
    for _ in range(repeats):
        began = time.perf_counter()
        try:
            run_one(name, data, dct)
        except Exception:  # noqa: BLE001 - counted as a crash already
            pass
        best = min(best, time.perf_counter() - began)
    return best * 1000 / max(1.0, len(data) / 1024)


def save(seed: int, index: int, label: str) -> Path:
    name, data, _, _ = make_input(seed, index, _CORPUS)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{label}-{index}-{Path(name).suffix[1:]}-{hashlib.sha1(data).hexdigest()[:8]}.bin"
    path.write_bytes(data)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", "--inputs", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=30.0,
                        help="seconds before an input counts as a hang (a crash)")
    parser.add_argument("--chunk", type=int, default=250)
    parser.add_argument("--replay", type=int, metavar="INDEX", help="run one input and show it")
    parser.add_argument("--show", type=int, default=8, help="slowest inputs listed after the first")
    args = parser.parse_args(argv)

    _init(args.timeout)
    if args.replay is not None:
        name, data, dct, kind = make_input(args.seed, args.replay, _CORPUS)
        print(f"input {args.replay}: {kind}, {name}, {len(data)} bytes, DCT {dct}")
        print(repr(data[:600]) + (" ..." if len(data) > 600 else ""))
        began = time.perf_counter()
        run_one(name, data, dct)
        elapsed = time.perf_counter() - began
        print(f"ran in {elapsed * 1000:.1f} ms ({elapsed * 1000 / max(1.0, len(data) / 1024):.2f} ms/KB)")
        return 0

    chunks = [(args.seed, start, min(start + args.chunk, args.inputs))
              for start in range(0, args.inputs, args.chunk)]
    began = time.perf_counter()
    tried, crashes, slowest, kinds, rates = 0, [], [], {}, []
    if args.jobs > 1:
        pool = multiprocessing.get_context("fork").Pool(args.jobs, _init, (args.timeout,))
        results = pool.imap_unordered(run_chunk, chunks)
    else:
        pool, results = None, map(run_chunk, chunks)
    for done, result in enumerate(results, start=1):
        tried += result["count"]
        crashes += result["crashes"]
        rates += result["rates"]
        slowest = sorted(slowest + result["slowest"], reverse=True)[:KEEP]
        for kind, count in result["kinds"].items():
            kinds[kind] = kinds.get(kind, 0) + count
        if done % max(1, len(chunks) // 20) == 0:
            print(f"  {tried:,} inputs, {len(crashes)} crashes, {time.perf_counter() - began:.0f} s",
                  file=sys.stderr, flush=True)
    if pool is not None:
        pool.close()
        pool.join()
    wall = time.perf_counter() - began

    crashed = {index for index, _, _ in crashes}
    confirmed = sorted(((retime(args.seed, index), elapsed, size, index)
                        for _, elapsed, size, index in slowest if index not in crashed),
                       reverse=True) or [(float("nan"), 0, 0, -1)]
    print(f"inputs tried:   {tried:,} ({', '.join(f'{k} {v:,}' for k, v in sorted(kinds.items()))}); "
          f"seed {args.seed}, {args.jobs} processes, {wall:.0f} s")
    print(f"crashes:        {len(crashes)}")
    for index, message, trace in sorted(crashes)[:20]:
        print(f"  input {index}: {message}  -> {save(args.seed, index, 'crash')}")
        if trace:
            print("    " + trace.strip().replace("\n", "\n    "))
    per_kb, elapsed, size, index = slowest[0]
    print(f"slowest input:  {per_kb:.2f} ms/KB during the run (input {index}, {size:,} bytes, "
          f"{elapsed * 1000:.1f} ms)")
    best, _, size, index = confirmed[0]
    print(f"slowest, timed again (best of 3, the {len(slowest)} slowest): {best:.2f} ms/KB (input {index}, "
          f"{size:,} bytes)  -> {save(args.seed, index, 'slowest')}")
    print("  next: " + ", ".join(f"{rate:.2f} (input {index}, {size:,} bytes)"
                                 for rate, _, size, index in confirmed[1:1 + args.show]))
    print(f"median:         {statistics.median(rates or [float('nan')]):.3f} ms/KB during the run")
    goal = not crashes and best <= 10
    print(f"goals (0 crashes, <= 10 ms/KB): {'met' if goal else 'NOT met'}")
    return 0 if goal else 1


if __name__ == "__main__":
    sys.exit(main())
