"""The story's key dates: events ranked by how many independent sources report them.

Two rankings (setting `highlight_ranking`):

- "sources": events by how many independent sources (seeds) report them after merging, then by
  how many sentences tell them. Simple, and what the page explains.
- "key-dates": days first, then the best-reported event of each day. A day's weight counts the
  articles that name it, and counts an article twice when it was published after that day: a date
  that journalists still cite days later is one the story turned on, while "on Monday" in Tuesday's
  news is mostly the news cycle. An article published on the day counts half (it is the day's
  coverage, not a reference to it). Each article counts once per day however often it repeats the
  date, so boilerplate and long transcripts cannot outvote the rest.

Days are read from each source's own date (`Mention.date`), not the merged event's: merging may
group sentences told about neighbouring days, but each article says which day it means.
Measured on Timeline17 in benchmarks/t17.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .model import Document, Event

RANKINGS = ("sources", "key-dates")
LATER_WEIGHT = 2.0  # an article published after the day it names
SAME_DAY_WEIGHT = 1.0  # an article naming a day on or before its publication day
PUBLISHED_WEIGHT = 0.5  # an article published on the day, naming no event on it
DAY = re.compile(r"^(\d{4}-\d\d-\d\d)(?:$|T)")


@dataclass(frozen=True, slots=True)
class DayScore:
    """How a day is reported: the articles naming it, those published later, and the weight."""

    day: str  # YYYY-MM-DD
    sources: frozenset[str]  # seeds with a sentence dated to this day
    later: frozenset[str]  # of those, seeds published after the day
    published: frozenset[str]  # seeds published on the day
    weight: float

    def __repr__(self) -> str:
        return (f"DayScore({self.day} weight={self.weight:g} sources={len(self.sources)} "
                f"later={len(self.later)} published={len(self.published)})")


def day_of(value: str | None) -> str | None:
    match = DAY.match(value or "")
    return match[1] if match else None


def day_scores(story: Iterable[Event], published: Mapping[str, str | None]) -> dict[str, DayScore]:
    """Every day some source dates an event to, with its weight; `published` maps seed -> date."""
    naming: dict[str, set[str]] = {}
    for event in story:
        if event.relation != "on" or event.is_article:
            continue
        for mention in event.mentions:
            day = day_of(mention.date) or day_of(event.date)
            if day:
                naming.setdefault(day, set()).add(mention.seed)
    on_day: dict[str, set[str]] = {}
    for seed, date in published.items():
        if day := day_of(date):
            on_day.setdefault(day, set()).add(seed)
    scores = {}
    for day in naming.keys() | on_day.keys():
        seeds = naming.get(day, set())
        later = {s for s in seeds if (day_of(published.get(s)) or "") > day}
        papers = on_day.get(day, set())
        weight = (LATER_WEIGHT * len(later) + SAME_DAY_WEIGHT * len(seeds - later)
                  + PUBLISHED_WEIGHT * len(papers - seeds))
        scores[day] = DayScore(day, frozenset(seeds), frozenset(later), frozenset(papers), weight)
    return scores


def rank_days(story: Iterable[Event], published: Mapping[str, str | None]) -> list[DayScore]:
    """Days by weight, then by articles naming them, then earliest first."""
    scores = day_scores(story, published).values()
    return sorted(scores, key=lambda s: (-s.weight, -len(s.sources), s.day))


def by_sources(story: Iterable[Event]) -> list[Event]:
    """Most independent sources first, then most sentences, then dated before placed, earliest."""
    return sorted(story, key=lambda e: (-len(e.seeds), -len(e.mentions) - len(e.details),
                                        e.relation != "on", e.date, e.id))


def highlights(story: list[Event], size: int, ranking: str = "sources",
               documents: Iterable[Document] = ()) -> list[Event]:
    """The `size` key events of the story under `ranking` (one of RANKINGS).

    "key-dates" needs the documents (their publication dates); it gives one event per day, the
    one most sources date to that day, in the order of the days' weights.
    """
    if ranking == "sources":
        return by_sources(story)[:size]
    if ranking != "key-dates":
        raise ValueError(f"unknown highlight ranking {ranking!r}; expected one of {RANKINGS}")
    return [event for _, event in key_dates(story, size, documents)]


def key_dates(story: list[Event], size: int,
              documents: Iterable[Document]) -> list[tuple[DayScore, Event]]:
    """The `size` heaviest days, each with its best-reported event (for pages that show counts:
    "12 articles name this day, 5 of them later")."""
    published = {d.seed: d.date for d in documents}
    best: dict[str, tuple[int, int, Event]] = {}  # day -> (seeds, sentences, event) telling it
    for event in story:
        if event.relation != "on" or event.is_article:
            continue
        told: dict[str, list[str]] = {}
        for mention in event.mentions:
            if day := day_of(mention.date) or day_of(event.date):
                told.setdefault(day, []).append(mention.seed)
        for day, seeds in told.items():
            candidate = (len(set(seeds)), len(seeds), event)
            if day not in best or candidate[:2] > best[day][:2]:
                best[day] = candidate
    out, shown = [], set()
    for score in rank_days(story, published):
        event = best[score.day][2] if score.day in best else None
        if event is not None and event.id not in shown:  # a disputed event is best on two days
            out.append((score, event))
            shown.add(event.id)
        if len(out) == size:
            break
    return out
