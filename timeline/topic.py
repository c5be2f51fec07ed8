"""Off-topic articles: which seeds of a collection are about something else than its story.

Many Reuters pages of a Timeline17 Syria collection are market wraps, racing results and company
news, each naming the day it was written; their dates must not rank the story's key dates
(`highlights.key_dates`). An article's words are weighed against the collection's own (tf-idf).
"""

from __future__ import annotations

import math
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from hashlib import blake2b
from operator import mul

from .model import Document

# Off-topic articles: an article's words against the collection's. Below OFF_TOPIC_BELOW times the
# median article's similarity it is about something else (a market wrap in a war's collection).
# A small collection has no reliable profile of its own, so below TOPIC_MIN_DOCUMENTS every
# article votes.
OFF_TOPIC_BELOW = 0.5
TOPIC_MIN_DOCUMENTS = 20
TOPIC_CHARS = 4000  # the opening of each article: its headline, lead and the story it tells
MINORITY_SHARE = 0.1  # a second story told by this share of the articles votes (`_second_story`)
TOPIC_JUDGED_FROM = 1000  # characters; a shorter text (a video caption) is too short to judge
WORD = re.compile(r"[^\W\d_][\w'-]{2,}")
ASCII_WORD = re.compile(rb"[a-z][a-z0-9_'-]{2,}")  # WORD in lowercased ASCII: \w is [a-z0-9_]
DIGEST = 8  # bytes of a word's digest (`word_digest`)
COUNTS = "I"  # how `topic_words` keeps the counts: unsigned C ints (numpy's uintc)


def off_topic(documents: Iterable[Document], words: Mapping[str, tuple] | None = None) -> frozenset[str]:
    """Seeds whose articles are about something else than the collection as a whole.

    Each article's opening becomes a tf-idf word profile; the collection's profile is their sum.
    An article far from it (cosine under OFF_TOPIC_BELOW times the median article's) is off topic:
    in Timeline17's Syria pages, Reuters racing results and bond market wraps. The words that make
    the story (Haiti, earthquake) are in nearly every article and weigh nothing, so a caption of
    two lines looks as far from the story as a sports page: texts under TOPIC_JUDGED_FROM
    characters are not judged.

    It runs on every build (10,000 articles: 1.5 million word weights), so `similarities` works
    on numpy arrays, adding the same numbers in the same order as a plain loop over each article's
    words would: the judgement does not depend on how it is computed (benchmarks/offtopic_speed.py
    compares the similarities, float for float, with a loop over dicts). `words` (seed -> `topic_words` of its text, as the pipeline caches them) saves counting them again.
    """
    documents = tuple(documents)
    known = words or {}
    bags = {d.seed: known[d.seed] if d.seed in known else topic_words(d.text) for d in documents}
    if len(bags) < TOPIC_MIN_DOCUMENTS:
        return frozenset()
    size = len(bags)
    similarity, weights_of = similarities(bags)
    median = sorted(similarity.values())[len(similarity) // 2]
    short = {d.seed for d in documents if len(d.text.strip()) < TOPIC_JUDGED_FROM}
    far = [seed for seed, x in similarity.items() if x < OFF_TOPIC_BELOW * median and seed not in short]
    if len(far) < MINORITY_SHARE * size:  # too few to be a second story: no profiles needed
        return frozenset(far)
    profiles = {seed: Profile(words_of(bags[seed]), weights_of(seed)) for seed in far}
    return frozenset(set(far) - _second_story(far, profiles, median, size))


def similarities(bags: Mapping[str, tuple]) -> tuple[dict[str, float], Callable]:
    """Each article's cosine with the collection's summed profile, by seed, and a function that
    gives an article's unit-length weights (in the order of its words), from `bags` (seed ->
    `topic_words` of its text).

    The weights are numpy arrays, one entry per (article, word): 10,000 articles in 0.3 CPU s
    here, 1.1 s as chains of `map` over tuples. Every sum adds the same numbers in the same order
    as a plain loop over each article's words (`_sums_in_order`: numpy's own sums add in pairs and
    round differently, which can move an article across the cutoff), and the logarithms are
    Python's, not numpy's, which may differ in the last bit."""
    import numpy as np  # here, not at the top: `timeline tag` and the workers never judge topics

    size = len(bags)
    digests = np.frombuffer(b"".join(w for w, _ in bags.values()), dtype=np.uint64)
    counts = np.frombuffer(b"".join(c for _, c in bags.values()), dtype=np.uintc).astype(np.int64)
    lengths = np.fromiter((len(c) for _, c in bags.values()), dtype=np.int64, count=size)
    lengths //= array(COUNTS).itemsize
    total = len(counts)
    # each word's number, in the order words are first seen (return_index: each digest's first
    # place), from the digests sorted: no Python object per word
    _, first, inverse = np.unique(digests, return_index=True, return_inverse=True)
    numbers = np.empty(len(first), dtype=np.int64)
    numbers[np.argsort(first)] = np.arange(len(first))
    word_ids = numbers[inverse.reshape(-1)]
    vocabulary = len(first)
    del digests, inverse
    # A word in every article has idf log(1) = 0.0 and weighs nothing; its zero terms leave every
    # sum below unchanged (x + 0.0 == x), so it is not filtered out word by word.
    idf = np.array([math.log(size / n) for n in np.bincount(word_ids, minlength=vocabulary).tolist()])
    most = int(counts.max()) if total else 0
    tf = np.array([0.0] + [1 + math.log(n) for n in range(1, most + 1)])  # once per count
    raw = tf[counts] * idf[word_ids]
    del counts
    norms = np.sqrt(_sums_in_order(raw * raw, lengths))
    norms[norms == 0.0] = 1.0  # an article without words: its weights stay 0
    weights = raw / np.repeat(norms, lengths)
    del raw
    # each word's weights summed article by article: bincount adds them in the order given
    story = np.bincount(word_ids, weights=weights, minlength=vocabulary)
    summed = story.tolist()
    norm = math.sqrt(sum(map(mul, summed, summed))) or 1.0
    similarity = dict(zip(bags, (_sums_in_order(weights * story[word_ids], lengths) / norm).tolist()))
    starts = dict(zip(bags, zip((np.cumsum(lengths) - lengths).tolist(), lengths.tolist())))

    def weights_of(seed: str) -> tuple[float, ...]:
        start, length = starts[seed]
        return tuple(weights[start:start + length].tolist())

    return similarity, weights_of


def _sums_in_order(values, lengths):
    """The sums of consecutive runs of `values` (`lengths` long, one per article), each run's
    terms added one at a time from the first, as `sum` over a list adds them: numpy's `sum` adds
    in pairs, which rounds differently. Runs are added side by side: step j adds every run's j-th
    term at once, longest runs first, so the loop turns as often as the longest run is long."""
    import numpy as np

    order = np.argsort(-lengths, kind="stable")
    longest = lengths[order]
    starts = (np.cumsum(lengths) - lengths)[order]
    sums = np.zeros(len(lengths))
    steps = int(longest[0]) if len(longest) else 0
    running = np.searchsorted(-longest, -np.arange(steps), side="left")  # runs longer than j
    for j, k in enumerate(running.tolist()):
        sums[:k] += values[starts[:k] + j]
    out = np.empty(len(lengths))
    out[order] = sums
    return out


@dataclass(frozen=True, slots=True)
class Profile:
    """An article's unit-length tf-idf word profile: its words, first seen first, and weights."""

    words: tuple[bytes, ...]
    weights: tuple[float, ...]

    def dot(self, other: Mapping[bytes, float]) -> float:
        """The profile times `other` (which has every word of the profile)."""
        return sum(map(mul, self.weights, map(other.__getitem__, self.words)))

    def squared(self) -> float:
        return sum(map(mul, self.weights, self.weights))


def topic_words(text: str) -> tuple[bytes, bytes]:
    """What `off_topic` reads of an article: the words of its opening, first seen first, as
    digests (`word_digest`, joined), and how often each comes (`COUNTS`). The pipeline counts
    them with the seed's extraction and caches them with its result (`off_topic`'s `words`, by
    seed): splitting 10,000 openings again was half a second of every rebuild.

    Two bytes values per article, not a word object per word: at 10,000 seeds those were 1.5
    million objects, unpickled from the cache on every build (0.18 CPU s; now 0.02) and each
    looked up in a dict by the process the key dates are ranked in, forked from the build's,
    where touching an object copies the memory page it is in (0.5 CPU s there, 0.2 s in the
    build's own process). `similarities` numbers the words from their digests with numpy alone."""
    bag = _words(text[:TOPIC_CHARS])
    return (b"".join([blake2b(word, digest_size=DIGEST).digest() for word in bag]),  # word_digest
            array(COUNTS, bag.values()).tobytes())


def word_digest(word: bytes) -> bytes:
    """A word as `topic_words` keeps it: DIGEST bytes of BLAKE2b. Two of a collection's n
    different words share a digest with a chance of about n² / 2^65 (3 in 10^10 for 100,000
    words; Timeline17's 777 Libya pages have 17,278); then they would count as one word."""
    return blake2b(word, digest_size=DIGEST).digest()


def words_of(bag: tuple[bytes, bytes]) -> tuple[bytes, ...]:
    """The word digests of a `topic_words` value, first seen first."""
    words = bag[0]
    return tuple(words[at:at + DIGEST] for at in range(0, len(words), DIGEST))


def _words(text: str) -> Counter:
    """The words of `text`, lowercased, counted, as UTF-8 bytes (no one reads them; they are
    only counted and compared). ASCII text is lowercased and split as bytes, where WORD's classes
    are plain byte ranges (ASCII_WORD): the same words, at about 60% of the cost of splitting
    a `str`. Other text is split first, as "İ" lowercases to two characters."""
    if text.isascii():
        return Counter(ASCII_WORD.findall(text.encode("ascii").lower()))
    return Counter(w.lower().encode() for w in WORD.findall(text))


def _second_story(far: list[str], profiles: Mapping[str, Profile], median: float,
                  size: int) -> set[str]:
    """Of the articles far from the collection, those that tell one story of their own: each as
    close to the others' summed profile as the median article is to the whole collection's. When
    they are at least MINORITY_SHARE of the collection (5 articles on a second topic beside 25),
    they are a second story the collection holds, not noise, and they vote. Market wraps, racing
    results and company news are far from each other as well as from the story.

    `far` comes in the collection's order, so the sums are the same on every run."""
    if len(far) < MINORITY_SHARE * size:
        return set()
    together: Counter = Counter()
    for seed in far:
        profile = profiles[seed]
        together.update(dict(zip(profile.words, profile.weights)))
    squared = sum(x * x for x in together.values())
    close = set()
    for seed in far:  # against the others' sum, T - p: p.(T - p) and |T - p| from p.T and p.p
        profile = profiles[seed]
        own = profile.squared()
        shared = profile.dot(together)
        norm = math.sqrt(max(squared - 2 * shared + own, 0.0)) or 1.0
        if (shared - own) / norm >= median:
            close.add(seed)
    return close if len(close) >= MINORITY_SHARE * size else set()
