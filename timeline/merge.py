"""Merge the same event told by several seeds into one entry, flag date conflicts, and order.

Two events from different seeds are the same when their dates are compatible (one contains the
other: 2024-03 and 2024-03-03) and they share enough content words and names; they are the same
event in conflict when their words agree strongly but their days differ by a few days. Ids are
derived from the earliest source, so repeated runs give the same ids.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import replace

from .model import Event
from .temporal import calendar as cal

STOPWORDS = frozenset("""a an the of in on at to for from by with and or but as is are was were be been
has have had it its their his her they them this that these those which who whom whose what when
where while after before during since until than then there here said says say told also into over
under about against between among more most some any all each other such no not only own same so
very can will would could should may might near two three four five six seven eight nine ten one
first last next new amid including according""".split())
SAME_EVENT = 0.22
CONFLICT = 0.40
RELATION_RANK = {"before": 0, "on": 1, "after": 2}


def content_words(event: Event) -> frozenset[str]:
    words = set()
    for mention in event.mentions:
        for word in re.findall(r"[A-Za-z][A-Za-z'-]+", mention.sentence):
            word = word.lower().strip("'")
            if word not in STOPWORDS and len(word) > 2:
                words.add(word[:6])
    return frozenset(words)


def similarity(a: Event, b: Event, words: dict[int, frozenset[str]]) -> float:
    wa, wb = words[id(a)], words[id(b)]
    if not wa or not wb:
        return 0.0
    jaccard = len(wa & wb) / len(wa | wb)
    shared_names = len(set(a.tags) & set(b.tags))
    return jaccard + 0.05 * min(shared_names, 3)


def compatible(a: str, b: str) -> bool:
    """One value contains the other: 2024-03-03 and 2024-03, or 2024 and 2024-W10."""
    return a == b or a.startswith(b + "-") or b.startswith(a + "-")


def day_gap(a: str, b: str) -> int | None:
    if cal.granularity_of(a) != "day" or cal.granularity_of(b) != "day":
        return None
    return abs((cal.parse_value(a) - cal.parse_value(b)).days)


def merge(events: list[Event]) -> tuple[Event, ...]:
    """One entry per real-world event, with all its sources, in chronological order."""
    stories = [e for e in events if not e.is_article]
    words = {id(e): content_words(e) for e in stories}
    parent = list(range(len(stories)))
    conflicts: list[int] = []

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(stories):
        for j in range(i + 1, len(stories)):
            b = stories[j]
            if a.mentions[0].seed == b.mentions[0].seed or a.relation != b.relation:
                continue
            score = similarity(a, b, words)
            if compatible(a.date, b.date) and score >= SAME_EVENT:
                parent[root(j)] = root(i)
            elif (gap := day_gap(a.date, b.date)) is not None and 0 < gap <= 3 and score >= CONFLICT:
                parent[root(j)] = root(i)
                conflicts.append(i)

    groups: dict[int, list[Event]] = {}
    for i, event in enumerate(stories):
        groups.setdefault(root(i), []).append(event)
    conflicted = {root(i) for i in conflicts}
    merged = [_combine(group, key in conflicted) for key, group in groups.items()]
    merged += [_with_id(e) for e in events if e.is_article]
    return tuple(sorted(merged, key=sort_key))


def _combine(group: list[Event], maybe_conflict: bool) -> Event:
    mentions = tuple(m for e in group for m in e.mentions)
    days = Counter(m.date for m in mentions if cal.granularity_of(m.date) == "day")
    conflict = len(days) > 1 and maybe_conflict
    # the most specific date most sources agree on; a conflict takes the majority day
    if days:
        date = sorted(days.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    else:
        date = sorted((e.date for e in group), key=lambda v: (-len(v), v))[0]
    lead = min(group, key=lambda e: (-len(e.date), e.mentions[0].seed))
    tags = tuple(dict.fromkeys(t for e in group for t in e.tags))
    return _with_id(Event("", date, lead.relation, lead.headline, mentions, tags, conflict))


def _with_id(event: Event) -> Event:
    first = min(event.mentions, key=lambda m: (m.seed, m.sentence))
    digest = hashlib.sha1(f"{first.seed}\n{first.sentence}\n{first.date}\n{event.relation}\n{event.headline}"
                          .encode("utf-8")).hexdigest()[:10]
    return replace(event, id=f"e-{digest}")


def sort_key(event: Event) -> tuple:
    start = cal.parse_value(event.date) or _coarse_start(event.date) or dt.date.max
    granularity_rank = {"year": 0, "month": 1, "day": 2}.get(cal.granularity_of(event.date) or "", 1)
    return (start, granularity_rank, RELATION_RANK.get(event.relation, 1), not event.is_article,
            event.headline, event.id)


def _coarse_start(value: str) -> dt.date | None:
    m = re.match(r"^(\d{4})-(W(\d\d)|Q([1-4])|H([12])|(SP|SU|FA|WI))$", value)
    if m:
        year = int(m[1])
        if m[3]:
            try:
                return dt.date.fromisocalendar(year, int(m[3]), 1)
            except ValueError:
                return None
        if m[4]:
            return dt.date(year, 3 * int(m[4]) - 2, 1)
        if m[5]:
            return dt.date(year, 1 if m[5] == "1" else 7, 1)
        return dt.date(year, {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m[6]], 1)
    m = re.match(r"^(\d{3})$", value)
    return dt.date(int(m[1]) * 10, 1, 1) if m else None
