"""The values that flow between stages: frozen and tuple-based (Timeline.timexes, a lookup by
seed, is the one dict), safe to ship to worker processes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from operator import attrgetter


def pickled_by_fields(cls):
    """Pickle instances of a frozen, slotted dataclass as a call to the class with its field
    values. The default form restores each instance through dataclasses' __setstate__, which
    looks the fields up again for every object: loading 10,000 cached seed results (240,000
    timexes, events and mentions) spent more time there than in unpickling itself."""
    values = attrgetter(*(f.name for f in fields(cls)))

    def __reduce__(self):
        return cls, values(self)

    cls.__reduce__ = __reduce__
    return cls


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one input, reported beside the results instead of raised."""

    path: str
    line: int | None
    message: str
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity}: {self.message}"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run depends on besides the seeds; travels to every stage (no globals)."""

    reference_date: dt.date
    countries: tuple[str, ...] = ("US",)
    seeds_dir: str = "seeds"
    output_dir: str = "timeline"  # folder inside docs/ that the generator owns
    templates_dir: str | None = None  # user overrides, looked up before the built-in templates
    highlights: int = 10
    max_seed_bytes: int = 5_000_000
    # How to run, not what to compute: none of these is part of cache_key().
    cache_dir: str | None = ".timeline-cache"  # relative to the project; None disables the cache
    jobs: int = 0  # worker processes for extraction; 0 means one per core, 1 runs in-process
    scheduler: str | None = None  # a Dask distributed scheduler address, e.g. tcp://host:8786
    # How source articles become pages, for render: "article" gives one page each; "month" one
    # page per publication month with an anchor per article, which keeps MkDocs fast at thousands
    # of seeds (its cost follows the number of pages, not the text; see benchmarks/scale.py).
    source_pages: str = "auto"  # "auto": "month" beyond render.AUTO_MONTH_PAGES_ABOVE sources
    highlight_ranking: str = "key-dates"  # highlights.RANKINGS: "key-dates" or "sources"

    def cache_key(self) -> str:
        """Settings that change extraction results; a change invalidates cached seeds."""
        return f"{self.reference_date.isoformat()}|{','.join(self.countries)}|{self.max_seed_bytes}"


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Document:
    """One seed as read: its title, body text, and publication date with where that came from."""

    seed: str  # path relative to the seeds folder, with forward slashes
    title: str
    text: str  # body text; paragraphs separated by blank lines
    date: str | None  # YYYY-MM-DD
    date_source: str  # frontmatter | html (<time datetime>) | dateline | title | filename | none
    date_expression: str | None = None  # the text the date was read from
    url: str | None = None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression found in text and what it resolves to.

    `rule` names the rule that matched, `anchor` the date it was resolved against (the DCT or an
    earlier expression), and `reason` says in words why the value is what it is.
    """

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    rule: str
    anchor: str | None = None
    reason: str = ""
    mod: str | None = None

    def as_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text,
                "type": self.type, "value": self.value}


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Mention:
    """One source's telling of an event."""

    seed: str
    sentence: str
    date: str  # what this source says (TIMEX3 value)
    expression: str | None
    rule: str | None
    reason: str = ""
    anchor: str | None = None
    details: tuple[str, ...] = ()
    title: str = ""


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Event:
    """A timeline entry: a date (or a before/after place), a headline, and its sources."""

    id: str
    date: str  # TIMEX3 value: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, YYYY-SU ...
    relation: str  # on | before | after
    headline: str
    mentions: tuple[Mention, ...]
    tags: tuple[str, ...] = ()
    conflict: bool = False
    is_article: bool = False  # the article's own entry on its publication date

    @property
    def details(self) -> tuple[str, ...]:
        return tuple(d for m in self.mentions for d in m.details)

    @property
    def seeds(self) -> tuple[str, ...]:
        """The seeds telling it, each once, in the order of the mentions."""
        if len(self.mentions) == 1:  # most events: pages ask this ~100,000 times at 10,000 seeds
            return (self.mentions[0].seed,)
        return tuple(dict.fromkeys(m.seed for m in self.mentions))


_EVENT_FIELDS = attrgetter(*(f.name for f in fields(Event)))
_MENTIONS_AT = [f.name for f in fields(Event)].index("mentions")
_MENTION_FIELDS = attrgetter(*(f.name for f in fields(Mention)))


def event_values(event: Event) -> tuple:
    """An event as plain values, for the keys of what is made from it (a page, an export's
    fragment): every field, its mentions' every field, so a new field is in every key."""
    values = _EVENT_FIELDS(event)
    return (*values[:_MENTIONS_AT], tuple(map(_MENTION_FIELDS, event.mentions)),
            *values[_MENTIONS_AT + 1:])


def event_key(event: Event, origins: dict) -> tuple:
    """`event_values`, with the mentions named by where they were read (Timeline.origins) when
    known: a mention's seed result's cache key and its place there stand for the mention, so
    a key for what is made from 20,000 entries need not hold the text of every sentence
    (27 MB to marshal and hash on each rebuild at 10,000 seeds). Only for keys kept in a
    memo of one code version and settings: the cache key fixes the result only there."""
    told = origins.get(event.id)
    if told is None:
        return event_values(event)
    values = _EVENT_FIELDS(event)
    return (*values[:_MENTIONS_AT], ("read", told), *values[_MENTIONS_AT + 1:])


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class SeedResult:
    """What one seed gives: the pure, cacheable output of the per-seed stages."""

    document: Document | None
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()
    problems: tuple[Problem, ...] = ()
    # topic.topic_words(document.text): counted with the seed and cached with it, so a
    # rebuild does not split every article's opening again to judge what is off topic
    topic_words: tuple | None = None
    # merge.telling_words(events): what merge reads of this seed's events alone (their words,
    # the seed's names), worked out with the seed and cached with it, not again on every rebuild
    telling_words: tuple | None = None


@dataclass(frozen=True, slots=True)
class Timeline:
    documents: tuple[Document, ...]
    events: tuple[Event, ...]
    timexes: dict = field(default_factory=dict)  # seed -> tuple[Timex, ...]
    problems: tuple[Problem, ...] = ()
    topic_words: dict = field(default_factory=dict)  # seed -> SeedResult.topic_words
    # entry id -> where each of its mentions was read: (the seed's cache key, the telling's
    # place in the seed's result, the mention's place in the telling), for event_key; only
    # entries whose every mention comes from a cached seed result
    origins: dict = field(default_factory=dict, compare=False, repr=False)
    # seed -> the cache key of the result its document and timexes come from (seeds the cache
    # holds or took; a seed name two folders share has none): what render's memo keys name
    seed_keys: dict = field(default_factory=dict, compare=False, repr=False)
