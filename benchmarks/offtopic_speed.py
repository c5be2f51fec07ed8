"""How long `topic.off_topic` takes on a big collection, against the implementation it replaced.

Makes N synthetic articles with benchmarks/scale.py's generator (the story every article tells),
mixes in a share of pages about other things (market wraps, racing results, company news, each
drawn from its own word list so they are far from the story and from each other) and a few short
captions, then times `off_topic` and `reference_off_topic` (the implementation before the
word-bag rewrite, kept here as the oracle) on the same documents and checks they judge the same
articles off topic, and that `topic.similarities` gives every article the very float the
oracle does. With --t17 it also compares them on the Timeline17 collections in
../shared/corpora (read with the pipeline; slow the first time).

Usage (from the repository root):
  .venv/bin/python benchmarks/offtopic_speed.py                  # N = 10,000, best of 3
  .venv/bin/python benchmarks/offtopic_speed.py --sizes 1000 10000 --repeat 5
Not a test: its numbers depend on the machine. tests/test_highlights.py runs the comparison small.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from timeline import topic  # noqa: E402
from timeline.model import Document  # noqa: E402

ELSEWHERE = {  # other stories' words: each off-topic page draws from one of these
    "markets": ("shares bonds yields investors traders futures index stocks dollar franc euro "
                "sterling treasury equities earnings dividend rally selloff volatility brokers "
                "commodities copper crude barrel benchmark session percent points quarter"),
    "racing": ("jockey trainer colt filly furlong stewards derby handicap odds bookmakers paddock "
               "gallop going firm straight stakes favourite outsider owners stable meeting card "
               "stirrups saddle winner runner-up distance length"),
    "company": ("chief executive revenue profit forecast merger acquisition shareholders board "
                "subsidiary guidance analysts margin contract supplier factory layoffs restructuring "
                "brand customers retail quarterly outlook headquarters"),
}


def collection(count: int, seed: int = 9, off_share: float = 0.04, captions: int = 5) -> list[Document]:
    """`count` documents: scale.py's story articles, `off_share` of them pages about other things,
    and a few captions too short to judge. Deterministic for a given `seed`."""
    import scale

    if not scale.HOLIDAY_DATES:
        scale.HOLIDAY_DATES.update(scale._holidays())
    rng = random.Random(seed)
    events = scale.story_events(rng, max(20, count // 3))
    documents = []
    for i in range(count):
        name, text = scale.article(rng, i, events)
        if rng.random() < off_share:
            words = ELSEWHERE[rng.choice(sorted(ELSEWHERE))].split()
            text = " ".join(" ".join(rng.choice(words) for _ in range(rng.randint(8, 16))) + "."
                            for _ in range(40))
            name = f"{i:05d}-elsewhere.txt"
        elif i < captions:
            text = text[:300]
        documents.append(Document(name, name, text, "2024-01-01", "frontmatter"))
    return documents


# --- the implementation before the rewrite (commit 943ffbb), the oracle ------------------------

def reference_off_topic(documents: Iterable[Document]) -> frozenset[str]:
    """topic.off_topic as it was: one dict pass per step."""
    documents = tuple(documents)
    if len({d.seed for d in documents}) < topic.TOPIC_MIN_DOCUMENTS:
        return frozenset()
    similarity, profiles = reference_similarities(documents)
    median = sorted(similarity.values())[len(similarity) // 2]
    short = {d.seed for d in documents if len(d.text.strip()) < topic.TOPIC_JUDGED_FROM}
    far = {seed for seed, x in similarity.items()
           if x < topic.OFF_TOPIC_BELOW * median and seed not in short}
    return frozenset(far - _reference_second_story(far, profiles, median, len(similarity)))


def reference_similarities(documents: tuple[Document, ...]) -> tuple[dict, dict]:
    """Each article's similarity to the collection, and the articles' profiles, as the
    implementation before the rewrite worked them out: the oracle for `topic.similarities`."""
    bags = {d.seed: _reference_words(d.text[:topic.TOPIC_CHARS]) for d in documents}
    frequency: Counter = Counter()
    for bag in bags.values():
        frequency.update(bag.keys())
    idf = {w: math.log(len(bags) / n) for w, n in frequency.items()}
    rare = {w: x for w, x in idf.items() if x > 0}
    most = max((max(bag.values(), default=0) for bag in bags.values()), default=0)
    tf = [0.0] + [1 + math.log(n) for n in range(1, most + 1)]
    profiles = {}
    for seed, bag in bags.items():
        profile = {w: tf[n] * rare[w] for w, n in bag.items() if w in rare}
        norm = math.sqrt(sum(x * x for x in profile.values())) or 1.0
        profiles[seed] = {w: x / norm for w, x in profile.items()}
    story: Counter = Counter()
    for profile in profiles.values():
        story.update(profile)
    norm = math.sqrt(sum(x * x for x in story.values())) or 1.0
    similarity = {seed: sum(x * story[w] for w, x in profile.items()) / norm
                  for seed, profile in profiles.items()}
    return similarity, profiles


def same_similarities(documents: Iterable[Document]) -> bool:
    """Whether topic.similarities gives every article the very float the oracle does (not
    only the same judgement: a float off in its last bit could flip an article at the cutoff
    on another collection). Only before Python 3.12: from 3.12 sum() of floats compensates its
    rounding, so the oracle's sums are no longer term by term."""
    documents = tuple(documents)
    expected, _ = reference_similarities(documents)
    got, _ = topic.similarities({d.seed: topic.topic_words(d.text) for d in documents})
    return list(got.items()) == list(expected.items())


def _reference_words(text: str) -> Counter:
    if text.isascii():
        return Counter(topic.WORD.findall(text.lower()))
    return Counter(w.lower() for w in topic.WORD.findall(text))


def _reference_second_story(far: set[str], profiles: Mapping[str, Mapping[str, float]],
                            median: float, size: int) -> set[str]:
    if len(far) < topic.MINORITY_SHARE * size:
        return set()
    together: Counter = Counter()
    for seed in far:
        together.update(profiles[seed])
    squared = sum(x * x for x in together.values())
    close = set()
    for seed in far:
        profile = profiles[seed]
        own = sum(x * x for x in profile.values())
        shared = sum(x * together[w] for w, x in profile.items())
        norm = math.sqrt(max(squared - 2 * shared + own, 0.0)) or 1.0
        if (shared - own) / norm >= median:
            close.add(seed)
    return close if len(close) >= topic.MINORITY_SHARE * size else set()


# --- timing -------------------------------------------------------------------------------------

def best_of(function, documents, repeat: int) -> tuple[float, frozenset[str]]:
    times, result = [], frozenset()
    for _ in range(repeat):
        start = time.perf_counter()
        result = function(documents)
        times.append(time.perf_counter() - start)
    return min(times), result


def t17_collections() -> Iterable[tuple[str, list[Document]]]:
    import datetime as dt
    import subprocess
    import tempfile

    import t17
    from timeline import sources
    from timeline.model import Settings

    for name, folders in t17.TOPICS.items():
        with tempfile.TemporaryDirectory() as where:
            subprocess.run([sys.executable, str(t17.TOOLS / "t17_seeds.py"),
                            *(str(t17.CORPUS / f) for f in folders), "-o", where],
                           check=True, stderr=subprocess.DEVNULL)
            settings = Settings(reference_date=dt.date(2012, 12, 31))
            documents = []
            for path in sorted(Path(where).iterdir()):
                document, _ = sources.read(path, path.name, settings)
                if document is not None:
                    documents.append(document)
            yield name, documents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--t17", action="store_true", help="also compare on Timeline17's collections")
    args = parser.parse_args(argv)
    same = True
    for size in args.sizes:
        documents = collection(size)
        before, expected = best_of(reference_off_topic, documents, args.repeat)
        after, got = best_of(topic.off_topic, documents, args.repeat)
        counted = {d.seed: topic.topic_words(d.text) for d in documents}  # as a build has them
        built, got_counted = best_of(lambda d: topic.off_topic(d, counted), documents, args.repeat)
        floats = same_similarities(documents)
        same &= got == expected == got_counted and floats
        print(f"{size:6d} articles: off_topic {after:.2f} s, before {before:.2f} s"
              f" ({before / after:.1f}x); from words counted with the seeds (as a build runs it)"
              f" {built:.2f} s; {len(got)} off topic, same as before: {got == expected == got_counted},"
              f" similarities float-identical: {floats}")
    if args.t17:
        for name, documents in t17_collections():
            expected, got = reference_off_topic(documents), topic.off_topic(documents)
            floats = same_similarities(documents)
            same &= got == expected and floats
            print(f"T17 {name:6} {len(documents):4d} articles: {len(got)} off topic,"
                  f" same as before: {got == expected}, similarities float-identical: {floats}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
