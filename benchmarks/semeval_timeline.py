"""SemEval-2015 Task 4 (TimeLine): anchoring accuracy and the Track A main-track score.

Usage (from the repository root):

    .venv/bin/python benchmarks/semeval_timeline.py                 # trial, corpus_1, corpus_2
    .venv/bin/python benchmarks/semeval_timeline.py corpus_3        # measuring only
    .venv/bin/python benchmarks/semeval_timeline.py trial --verbose # per-timeline figures

Two measures per corpus:

1. Anchoring accuracy. For each gold event mention (document, sentence, date) whose date is
   known (not ``XXXX-XX-XX``), whether an event that `timeline` extracts from that sentence
   carries the same date, compared in the task's notation (``2008-10`` is ``2008-10-XX``).

2. Track A main track. Each target entity gets a timeline built from the events whose sentences
   name it; gold and system timelines are compared by temporal awareness (UzZaman & Allen 2011,
   as used by TempEval-3), micro-averaged over the corpus's timelines (matched and total relations
   summed over timelines, then P, R and F1), the measure the task paper (Minard et al. 2015)
   reports on a 0-100 scale.

The scorer follows the task's own tool (evaluation_all.py and evaluation_timeline.py of the
task's evaluation package, on the TempEval-3 scorer's temporal_evaluation.py and timegraph); it
was checked against a transcription of that tool's code paths for timelines: the same counts on
every dev timeline and on 6,000 random gold/system pairs (repeated ids included). A timeline's lines, sorted
as text with numbers compared as numbers, give its mentions in order; position 0 is left out.
Each mention (every id of a line) is an event SIMULTANEOUS with its date's TIMEX3 (an unknown
date ``XXXX-XX-XX`` is a TIMEX3 too), and each mention is linked to the next: BEFORE where the
position grows, else SIMULTANEOUS. A system id equal to a gold id is that gold event, a system
date equal to a gold date that TIMEX3. The TLINKs are added in that order to a graph of interval
end points; one the graph already implies is not in the reduced graph, one it contradicts (a date
anchoring two positions: both events are SIMULTANEOUS with it, one BEFORE the other) is not added
but counted. Precision is the share of the system's reduced TLINKs the gold gives or implies,
recall the share of the gold's the system gives or implies. So an event with the right date
scores its SIMULTANEOUS link, and order scores only between the last event of a position and the
first of the next (sorted by id), not between dates. Every target's timeline is scored, an empty
one too (the tool skips a target with no system file at all, leaving its gold out of recall).

Dates: the task dates an event the text gives no date by its article (Minard et al. 2015: an
event is anchored to a date, the document creation time when the text gives none; the gold
timelines anchor about half their dated events that way). So by default a sentence the extractor
gives no event for, but whose first verb tells, past or in the news present and with no hedge or
future before it, what the entity did ("Airbus has confirmed ...", "Jobs welcomed everyone",
"... said Steve Jobs", "Boeing says ...", "Boeing claims ...", "GM is also attempting ..."), is taken as told on the article's news day: the first
day-level date the text gives anywhere in it within the week before publication ("on Monday"),
else the publication date; and a reporting verb before another event's date ("Ford has said that
it posted a profit in the third quarter") is an event of that day too. That is not what
`timeline` does (it refuses to invent dates); `--explicit-only` scores only the events `timeline
extract` gives, the product alone. Both options were written after corpus_3 had been run once, so
neither corpus_3 figure is a held-out result in the strict sense.

An event belongs to an entity's timeline when its sentence names the entity (its name, a
distinctive short name, or a short name the corpus defines in brackets after it: "Singapore
Airlines ( SIA )"; not a short name that is another target: "Chrysler" is not Daimler Chrysler),
or opens with "It" or a description ("The company") right after a sentence that names it, or,
for a target person, opens with "He"/"She" when, of the target people, they are the one the
article named last. A name that only describes another participant is not the entity: a maker
before a model, a product or a plant ("Airbus A330", "Airbus jets", "the iPod line"), before a
role or its shares ("Airbus spokesman", "Airbus President ...", "Ford shares gained"), a
possessive owner ("Boeing's newest aircraft made ..."). A follow-on sentence the extractor made a
detail of a dated event counts as a sentence of that event, with its date, for anchoring; it
tells no event of its own, so it is in no timeline unless it tells news of its own (see Dates).
An article's own entry (its headline) takes the date the body gives the same event in the week
before publication, else the article's news day; a headline telling an intention ("Fiat plans
to buy ...") has no event.

The event nodes are token ids, ``<doc>-<sentence>-<word>``, as in the gold files. `timeline`
finds dated statements, not event words, so the word is chosen by heuristics (`event_words`,
`title_words`, `told_words`): a result the entity reports as subject ("Ford Motor Company sales
dropped"), a past verb just before the entity's name, else the first verb-looking word after it,
past an apposition where the name opens its clause (a light verb or a verb of beginning yields
to its event noun: "made its first test flight", "will begin production"; a reporting verb well
before the date yields to the reported verb, and is then an event of the news day), else an
event noun after the name; never a word further before the name (another participant's), a
headline's present-tense verb or its event noun ("A380 makes maiden flight"), phrasal verbs as
one word ("rolled_out", not "closed down 3.6 %"); in a sentence telling two dated statements,
each takes a word of its own clause. An undated statement's word is the entity's own past verb right after its name (past
an apposition or a bracketed short name), a past verb just before it as object, or a reporting
verb before it ("said Steve Jobs"); not a verb in the past perfect or after "previously"
(the gold leaves those undated).

Each mapping choice is a switch below (`COREFERENCE`, `TITLE_WORDS`, ...); all were chosen on
trial, corpus_1 and corpus_2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from timeline import entities  # noqa: E402
from timeline import events as events_stage  # noqa: E402
from timeline import temporal  # noqa: E402
from timeline.model import Document  # noqa: E402
from shared_data import SHARED  # noqa: E402

DATA = SHARED / "corpora" / "semeval2015-task4-timeline"
CORPORA = {
    "trial": (DATA / "Corpus-trial-data_task4_TimeML", DATA / "TimeLines_trial_data_task4_v1.2", None),
    **{f"corpus_{n}": (DATA / "SemEval_Task4_data" / f"corpus_{n}" / "corpus_trackA_TimeML",
                       DATA / "SemEval_Task4_data" / f"corpus_{n}" / "TimeLines_Gold_Standard",
                       DATA / "SemEval_Task4_data" / f"corpus_{n}" / f"list_target_entities_corpus_{n}.txt")
       for n in (1, 2, 3)},
}
UNKNOWN = "XXXX-XX-XX"


# --- timelines and the relations they imply ----------------------------------------------------

@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a timeline file: position (0 = unordered), date, coreferent event ids."""

    position: int
    date: str
    ids: tuple[str, ...]


def parse_timeline(text: str, repair: bool = False) -> tuple[Entry, ...]:
    """Timeline lines ``<position>\\t<date>\\t<id> [<id> ...]``; the first line names the entity.

    The trial files' short dates ("1968", "2006-03", "XXX-XX-XX") are read in the notation of the
    evaluation corpora and of the system ("1968-XX-XX"), as a system writing the trial's own
    notation would be scored. A line is taken as written, as the task's tool takes it: a gold
    file's missing line break ("...-travelling8\\t2007-03-19\\t...") makes its date and the ids after
    it events of the line before. With `repair` (for anchoring, this benchmark's own measure) the
    break is put back.
    """
    if repair:
        text = re.sub(r"(?<=[^\d\s])(\d+\t[\dX]{4}-[\dX]{2}-[\dX]{2}\t)", r"\n\1", text)
    entries = []
    for line in text.splitlines():
        parts = line.strip().split("\t")
        if len(parts) < 3 or not parts[0].isdigit():
            continue
        entries.append(Entry(int(parts[0]), _full_date(parts[1]), tuple(p for p in parts[2:] if p)))
    return tuple(entries)


def _full_date(date: str) -> str:
    if re.fullmatch(r"\d{4}", date):
        return f"{date}-XX-XX"
    if re.fullmatch(r"\d{4}-\d\d", date):
        return f"{date}-XX"
    return date if re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}", date) else UNKNOWN


# --- the task's graph of a timeline, and temporal awareness ------------------------------------

Link = tuple[str, str, str]  # (entity, entity, SIMULTANEOUS | BEFORE): a TLINK


def _line_order(entry: Entry) -> list:
    """The order in which the task's tool reads a timeline's lines: sorted as text with its runs
    of digits compared as numbers (and, as in the Python 2 it ran on, a number before text)."""
    line = "\t".join((str(entry.position), entry.date, *entry.ids))
    return [(0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", line)]


def _mentions(entries: tuple[Entry, ...]) -> list[tuple[int, str, str]]:
    """(position, date, event id) for each mention of the ordered lines, in the tool's order."""
    ordered = sorted((e for e in entries if e.position > 0 and e.ids), key=_line_order)
    return [(e.position, e.date, event) for e in ordered for event in e.ids]


def _links(mentions: list[tuple[int, str, str]], events: list[str], times: list[str]) -> list[Link]:
    """A timeline's TLINKs in the order the task's tool writes them: each mention SIMULTANEOUS
    with its date's TIMEX3, then each mention with the next, BEFORE where the position grows,
    else SIMULTANEOUS."""
    # the tool keeps one position and date per entity: a later mention taken as the same gold
    # event (an id the system repeats) overrides an earlier one's
    last = {event: (position, date) for (position, date, _), event in zip(mentions, events)}
    links = [(event, f"t{times.index(last[event][1])}", "SIMULTANEOUS") for event in events]
    for a, b in zip(events, events[1:]):
        links.append((a, b, "BEFORE" if last[a][0] < last[b][0] else "SIMULTANEOUS"))
    return links


def gold_links(entries: tuple[Entry, ...]) -> tuple[list[Link], list[str], list[str]]:
    """The gold timeline's TLINKs, its mentions' ids (as written) and its dates, in order; the
    i-th mention is the entity ``ei<i+1>``, the i-th date ``t<i>``."""
    mentions = _mentions(entries)
    times = list(dict.fromkeys(date for _, date, _ in mentions))
    events = [f"ei{i + 1}" for i in range(len(mentions))]
    return _links(mentions, events, times), [event for _, _, event in mentions], times


def system_links(entries: tuple[Entry, ...], gold_events: list[str], gold_times: list[str]) -> list[Link]:
    """The system timeline's TLINKs, its mentions and dates named as the gold's where they are the
    same: an id the gold has is that gold mention (its k-th time in the system, the gold's first
    mention of it at or after k places past its first, while the gold has more than k), a date the
    gold has is that TIMEX3; anything else is an entity of the system's own."""
    mentions = _mentions(entries)
    times = list(gold_times)
    for _, date, _ in mentions:
        if date not in times:
            times.append(date)
    events, seen = [], defaultdict(int)
    for _, _, event in mentions:
        k = seen[event]
        seen[event] += 1
        count = gold_events.count(event)
        events.append(f"ei{gold_events.index(event, gold_events.index(event) + k) + 1}" if k < count
                      else f"sys{len(events)}")
    return _links(mentions, events, times)


class _Points:
    """Start and end points of the linked entities and what is known of their order: a graph of
    'not after' edges (both ways for an equality), for graph() and _holds()."""

    __slots__ = ("edges",)

    def __init__(self) -> None:
        self.edges: dict[str, set[str]] = {}

    def has(self, entity: str) -> bool:
        return f"{entity}:s" in self.edges

    def entity(self, entity: str) -> None:
        if not self.has(entity):
            self.edges[f"{entity}:s"] = {f"{entity}:e"}  # an entity starts before it ends
            self.edges[f"{entity}:e"] = set()

    def _reaches(self, a: str, b: str) -> bool:
        todo, seen = [a], {a}
        while todo:
            for nxt in self.edges[todo.pop()]:
                if nxt == b:
                    return True
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return False

    def order(self, a: str, b: str) -> str | None:
        """'=', '<', '>' between two points, or None where nothing says."""
        if a == b:
            return "="
        forth, back = self._reaches(a, b), self._reaches(b, a)
        return "=" if forth and back else "<" if forth else ">" if back else None

    def relation(self, x: str, y: str, kind: str) -> bool | None:
        """Whether x kind y follows (True), contradicts what is known (False) or neither (None)."""
        if kind == "BEFORE":
            point = self.order(f"{x}:e", f"{y}:s")
            return True if point == "<" else None if point is None else False
        starts, ends = self.order(f"{x}:s", f"{y}:s"), self.order(f"{x}:e", f"{y}:e")
        if starts in ("<", ">") or ends in ("<", ">"):
            return False
        return True if starts == ends == "=" else None

    def add(self, x: str, y: str, kind: str) -> None:
        if kind == "BEFORE":
            self.edges[f"{x}:e"].add(f"{y}:s")
        else:
            for p in ("s", "e"):
                self.edges[f"{x}:{p}"].add(f"{y}:{p}")
                self.edges[f"{y}:{p}"].add(f"{x}:{p}")


@dataclass(frozen=True, slots=True)
class Graph:
    """A timeline's TLINKs as the TempEval-3 scorer takes them."""

    explicit: frozenset  # the TLINKs as given, each also read backwards
    reduced: tuple  # the TLINKs none of those before them imply (contradicting ones kept)
    points: _Points  # what the TLINKs that do not contradict imply


def graph(links: list[Link]) -> Graph:
    """Each TLINK in turn is added to what the ones before it imply, unless they imply it already
    (then it is no part of the reduced graph) or contradict it (then it is not added, but stays in
    the reduced graph: the TempEval-3 scorer counts it). A date anchoring events at two positions
    makes such a contradiction: both are SIMULTANEOUS with it and one is BEFORE the other."""
    points, reduced, seen = _Points(), [], set()
    for x, y, kind in links:
        if (x, y, kind) in seen:
            continue
        seen.add((x, y, kind))
        new = not (points.has(x) and points.has(y))
        points.entity(x)
        points.entity(y)
        verdict = None if new else points.relation(x, y, kind)
        if verdict is None:
            points.add(x, y, kind)
        if verdict is not True:
            reduced.append((x, y, kind))
    backwards = {(y, x, "AFTER" if kind == "BEFORE" else kind) for x, y, kind in links}
    return Graph(frozenset(links) | frozenset(backwards), tuple(reduced), points)


def _holds(link: Link, other: Graph) -> bool:
    """Whether another graph verifies a TLINK: it gives it, or its points imply it."""
    x, y, kind = link
    if link in other.explicit:
        return True
    return other.points.has(x) and other.points.has(y) and other.points.relation(x, y, kind) is True


@dataclass(slots=True)
class Awareness:
    """Counts for temporal awareness, summed over timelines (the task's micro average)."""

    precision_hits: int = 0
    system_reduced: int = 0
    recall_hits: int = 0
    gold_reduced: int = 0

    def add(self, gold: tuple[Entry, ...], system: tuple[Entry, ...]) -> None:
        """Precision: the system's reduced TLINKs the gold graph verifies; recall: the gold's
        reduced TLINKs the system graph verifies."""
        links, events, times = gold_links(gold)
        gold_graph, system_graph = graph(links), graph(system_links(system, events, times))
        self.precision_hits += sum(_holds(link, gold_graph) for link in system_graph.reduced)
        self.system_reduced += len(system_graph.reduced)
        self.recall_hits += sum(_holds(link, system_graph) for link in gold_graph.reduced)
        self.gold_reduced += len(gold_graph.reduced)

    @property
    def precision(self) -> float:
        return self.precision_hits / self.system_reduced if self.system_reduced else 0.0

    @property
    def recall(self) -> float:
        return self.recall_hits / self.gold_reduced if self.gold_reduced else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def temporal_awareness(pairs) -> Awareness:
    """Micro-averaged awareness over (gold entries, system entries) pairs, one per timeline."""
    total = Awareness()
    for gold, system in pairs:
        total.add(gold, system)
    return total


# --- the corpus --------------------------------------------------------------------------------

@dataclass(slots=True)
class Article:
    doc_id: str
    name: str
    dct: str
    sentences: list[tuple[str, str]] = field(default_factory=list)  # (sentence id, tokens)


def read_article(path: Path) -> Article:
    raw = path.read_text(encoding="utf-8")
    doc_id = re.search(r"<DOCID>\s*(\d+)", raw)[1]
    dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"', raw)
    dct = dct or re.search(r'value="(\d{4}-\d\d-\d\d)"[^>]*functionInDocument="CREATION_TIME"', raw)
    value = dct[1][:10]
    if m := re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value):  # one file writes DD-MM-YYYY
        value = f"{m[3]}-{m[2]}-{m[1]}"
    article = Article(doc_id, path.stem, value)
    for m in re.finditer(r'<s id="(\d+)">(.*?)</s>', raw, re.S):
        article.sentences.append((m[1], html.unescape(re.sub(r"<[^>]+>", "", m[2]))))
    return article


def detokenize(tokens: str) -> str:
    """Undo the corpus's tokenisation enough for the tagger ("March 01 , 2008" -> "March 01, 2008")."""
    text = re.sub(r" ([,.;:!?%)\]'](?:\s|$))", r"\1", tokens + " ").strip()
    text = re.sub(r" ('s|n't|'re|'ve|'ll|'d)\b", r"\1", text)
    text = re.sub(r"([(\[$]) ", r"\1", text)
    return text.replace("`` ", "\"").replace(" ''", "\"")


@dataclass(frozen=True, slots=True)
class Found:
    """An event `timeline` extracted, placed back on the corpus's sentence."""

    doc_id: str
    sentence_id: str
    tokens: str
    date: str  # in the task's notation, YYYY-MM-DD with XX
    relation: str
    headline: str = ""  # the event's own clause, where its words are
    detail: bool = False  # a follow-on sentence the extractor made a detail of the event
    previous: str = ""  # the sentence before, which a pronoun or "the company" may refer back to
    shared: bool = False  # the sentence tells other dated events too
    expression: str = ""  # the temporal expression that dates it
    undated: bool = False  # no expression dates it: taken as told on the article's news day
    news_day: str = ""  # the day an undated statement in this sentence would tell of
    earlier: tuple[str, ...] = ()  # the article's sentences before, nearest first ("He" refers back)


def task_date(value: str) -> str:
    """A TIMEX3 value in the task's notation: 2008-10 -> 2008-10-XX, 2008-W41 -> 2008-10-XX.

    A quarter or half is only its year: the annotators wrote the first day of the quarter for
    some events and the year for others in the same sentence (corpus_2), and neither on balance
    matched more.
    """
    value = value.split("T")[0]
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value):
        return value
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        return f"{m[1]}-{m[2]}-XX"
    if m := re.fullmatch(r"(\d{4})-W(\d\d)", value):
        try:
            return f"{m[1]}-{dt.date.fromisocalendar(int(m[1]), int(m[2]), 4).month:02d}-XX"
        except ValueError:
            return f"{m[1]}-XX-XX"
    if m := re.fullmatch(r"(\d{4})(?:-(?:Q\d|H\d|SP|SU|FA|WI))?", value):
        return f"{m[1]}-XX-XX"
    return UNKNOWN


def tells_news(text: str) -> bool:
    """Whether a sentence with no date tells something that happened: a past verb, or a
    reporting verb in the news present ("Boeing says"), with no hedge or future before it (what
    is reported may be future: "Airbus has said they will continue")."""
    verb = events_stage.PAST_VERB.search(text)
    if MAIN_CLAUSE_ONLY:
        present = PRESENT_REPORTING.search(text)
        verb = min((m for m in (verb, present, PROGRESSIVE.search(text)) if m), key=lambda m: m.start(),
                   default=None)
        before = text[:verb.start()] if verb else ""
    else:
        if events_stage._is_non_event(text):
            return False
        before = text
    return bool(verb) and not events_stage._hedge(before) and not re.search(r"\b(?:will|would)\b", before)


MAIN_CLAUSE_ONLY = True  # a hedge or future after the first verb is in what is reported
# the present progressive tells what is going on on the news day ("GM is also attempting to
# engineer a debt-for-equity swap")
PROGRESSIVE_ADVERBS = ("also", "still", "now", "currently")
PROGRESSIVE = re.compile(r"\b(?:is|are)\s+(?:(?:" + "|".join(PROGRESSIVE_ADVERBS) + r")\s+)?[a-z]{3,}ing\b")
# a reporting verb in the news present tells what was said on the news day ("Boeing claims that
# the resulting reduction of weight ...")
PRESENT_REPORTING_WORDS = ("says", "say", "tells", "claims", "announces", "confirms", "reports")
PRESENT_REPORTING = re.compile(r"\b(?:" + "|".join(PRESENT_REPORTING_WORDS) + r")\b")


def news_days(article: Article, found: list[Found]) -> dict[str, str]:
    """Sentence id -> the day an undated statement there tells of (see `NEWS_DAY`)."""
    dated_at = defaultdict(list)
    for f in found:
        if f.relation == "on" and not f.detail and f.sentence_id != "0":
            dated_at[f.sentence_id].append(f.date)
    news_day = task_date(article.dct)
    days = {}
    for sentence_id, _ in article.sentences[1:]:
        if NEWS_DAY:
            recent = [d for d in dated_at.get(sentence_id, ()) if days_before(d, article.dct) in range(0, 8)]
            if recent and (NEWS_DAY == "last" or news_day == task_date(article.dct)):
                news_day = recent[0]
        days[sentence_id] = news_day
    if NEWS_DAY == "article":  # the first such day anywhere in the article, for all its sentences
        first = next((d for d in days.values() if d != task_date(article.dct)), task_date(article.dct))
        days = dict.fromkeys(days, first)
    if TITLE_NEWS_DAY and article.sentences:
        days[article.sentences[0][0]] = next(iter(days.values()), task_date(article.dct))
    return days


def extract_article(article: Article, undated: bool = False) -> list[Found]:
    """Run `timeline`'s own stages (tag, extract) on one article; map events back to sentences.

    With `undated`, a sentence that gives no event but tells something in the past tense (not
    hedged) is taken as told on the article's news day (see `NEWS_DAY`): the convention the
    task's annotators followed ("said", "announced", "unveiled" in an article about that day's
    keynote). `timeline` itself does not do this (an undated statement is not a timeline entry),
    so it is a benchmark choice, switched off with `--explicit-only`.
    """
    title = detokenize(article.sentences[0][1]) if article.sentences else article.name
    lines = [detokenize(tokens) for _, tokens in article.sentences[1:]]
    text = "\n\n".join(lines)
    document = Document(article.name, title, text, article.dct, "frontmatter", article.dct)
    timexes = temporal.tag(text, dt.date.fromisoformat(article.dct))
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 2
    found = []

    def sentence_of(text_of_sentence: str):
        at = text.find(text_of_sentence)
        if at < 0:
            return None
        return article.sentences[max(i for i, s in enumerate(starts) if s <= at) + 1]

    def previous_of(sentence) -> str:
        index = article.sentences.index(sentence)
        return " ".join(t for _, t in article.sentences[max(0, index - LOOKBACK):index])

    def earlier_of(sentence) -> tuple[str, ...]:
        index = article.sentences.index(sentence)
        return tuple(t for _, t in reversed(article.sentences[:index]))

    for event in events_stage.extract(document, timexes):
        for mention in event.mentions:
            if event.is_article:
                sentence = article.sentences[0] if article.sentences else None
            else:
                sentence = sentence_of(mention.sentence)
            if sentence is None:
                continue
            date = task_date(event.date)
            found.append(Found(article.doc_id, sentence[0], sentence[1], date, event.relation,
                               event.headline, previous=previous_of(sentence), earlier=earlier_of(sentence),
                               expression=mention.expression or ""))
            if DETAILS_COUNT:
                for detail in mention.details:
                    if (sentence := sentence_of(detail)) is not None:
                        found.append(Found(article.doc_id, sentence[0], sentence[1], date,
                                           event.relation, detail=True,
                                           previous=previous_of(sentence)))
    dates = defaultdict(set)
    for f in found:
        dates[f.sentence_id].add(f.date)
    found = [replace(f, shared=len(dates[f.sentence_id]) > 1) for f in found]
    if undated:
        told = {f.sentence_id for f in found if not (DETAILS_NEWS and f.detail)}
        days = news_days(article, found)
        found = [replace(f, news_day=days.get(f.sentence_id, "")) for f in found]
        for sentence_id, tokens in article.sentences[1:]:
            plain = detokenize(tokens)
            if sentence_id not in told and tells_news(plain):
                found.append(Found(article.doc_id, sentence_id, tokens, days[sentence_id], "on",
                                   previous=previous_of((sentence_id, tokens)), undated=True,
                                   earlier=earlier_of((sentence_id, tokens)),
                                   news_day=days[sentence_id]))
    return found


# --- entities and event words ----------------------------------------------------------------

GENERIC = frozenset("""index average composite corporation corp company inc group airlines airline
the of and stock stocks market markets co ltd plc brothers holdings partners industries mutual
financial securities capital investments bancorp""".split())
PAST_IRREGULAR = frozenset("""said sold won made took fell rose lost hit began flew built bought
paid cut led left met sent set shut spent struck told became brought fought gave grew held kept
knew put ran saw sank slid sought stood swung threw went wrote rang dropped beat came got
overtook outsold withdrew upheld forecast undercut died risen fallen sunk""".split())
NOT_EVENT_WORDS = frozenset("""has have had is are was were be been being will would could should
may might can do does did also not its their his her the a an and or but that this which who
more than about after before since""".split())


# Words too common, or naming something bigger, to stand alone for an entity ("General" for
# General Motors, "Singapore" for Singapore Airlines, "Industrial" for an index).
COMMON = frozenset("""general united states american america national international industrial eastern
western northern southern china singapore air force bank motors motor airlines group new first stock federal
market average index jones the of and company corporation workers automobile creditors""".split())


PLACE_OR_GROUP_WORDS = (entities.PLACE_WORDS | entities.ORG_WORDS | {"Reserve"}) - {"Press"}


def aliases(entity: str) -> tuple[str, ...]:
    """Ways a news text names a target entity: the name, its distinctive words, its initials.

    One word stands for the whole only when it is distinctive: a model name with a number
    ("777", "A380"), a surname, or a brand that leads the name ("Nasdaq" for Nasdaq Composite).
    A lower-case word in the name ("General Motors creditors") must be there as well.
    """
    words = entity.split()
    found = {entity}
    if len(words) > 1:
        found.add("".join(words))  # "DaimlerChrysler"
        distinctive = [w for w in words if w.lower() not in GENERIC]
        if len(distinctive) > 1 and distinctive != words or (
                len(distinctive) == 1 and distinctive[0].lower() not in COMMON and distinctive != words):
            found.add(" ".join(distinctive))  # "China Eastern", "Nasdaq"
        tail = words[-2:]
        if len(words) > 2 and tail[-1].lower() not in GENERIC and not any(
                w.lower() in ("of", "the", "and") for w in tail):
            found.add(" ".join(tail))  # "Apple Corps", "Air Force"
        capitals = [w for w in words if w[:1].isupper() and w.lower() not in ("of", "the", "and")]
        if len(capitals) > 2:
            found.add("".join(w[0] for w in capitals))  # "USAF", "UAW"
        if len(capitals) == 2 and capitals == words:
            found.add("".join(w[0] for w in capitals).upper() if capitals[1].lower() in COMMON else entity)
        lower = [w for w in words if w.islower() and w not in ("of", "the", "and")]
        if lower:
            return tuple(sorted(found | set(lower), key=len, reverse=True))
        # a round number is a count ("S&P 500", "FTSE 100": the index's size), not a model
        models = [w for w in words[1:] if re.search(r"\d", w) and len(w) >= 3
                  and not (w.isdigit() and int(w) % 50 == 0)]
        if (len(words) == 2 and words[1].isdigit() and len(words[1]) >= 3 and int(words[1]) % 50 == 0
                and words[0].lower() not in COMMON):
            found.add(words[0])  # "FTSE" for the FTSE 100
        last = words[-1]
        found.update(models)  # "Boeing 777" is "the 777"
        plain = last.lower() not in COMMON and last.lower() not in GENERIC and last.isalpha()
        if models and plain and last[:1].isupper():
            found.add(last)  # "Dreamliner"
        elif not models and len(words) == 2 and plain and all(w[:1].isupper() for w in words):
            found.add(last)  # a surname: "Gallois"
        if len(words) > 2 and not models and words[0].lower() not in COMMON | GENERIC and words[0].isalpha():
            found.add(words[0])  # a brand leading a longer name: "Dow"
    # a place's name alone names the place ("Washington" for Washington Mutual), and a word that
    # makes names of places or groups names none alone ("Street" for Wall Street)
    found = {a for a in found if a == entity or a not in entities.PLACES | PLACE_OR_GROUP_WORDS}
    return tuple(sorted(found, key=len, reverse=True))


def names(tokens: str, entity_aliases: tuple[str, ...]) -> int | None:
    """Character offset just after the first alias named in the sentence, or None.

    Several words match in any case; a single capitalised word must match as written. A maker's
    name before a model designation ("Airbus A330", "Boeing 767") names the model, not the maker.
    """
    refused: list[tuple[int, int]] = []  # "Shares of Morgan Stanley": the shares, not the firm
    for alias in entity_aliases:
        loose = " " in alias or alias.islower()
        pattern = r"(?<![\w-])" + re.escape(alias).replace("&", "&(?:amp;)?") + r"(?![\w-])"
        for m in re.finditer(pattern, tokens, re.I if loose else 0):
            if any(a <= m.start() and m.end() <= b for a, b in refused):
                continue  # a shorter alias inside it ("Stanley") is the same mention
            if (" " in alias or not MODEL_AFTER.match(tokens, m.end())) and not (
                    MODIFIER_SKIP and (MODIFIES.match(tokens, m.end())
                                       or SHARES_OF.search(tokens, 0, m.start()))) and not (
                    POSSESSIVE_SKIP and _owns_other(tokens[m.end():])):
                return m.end()
            if SHARES_OF.search(tokens, 0, m.start()):
                refused.append(m.span())
    return None


MODEL_AFTER = re.compile(r"\s+[A-Z]{0,2}\d{3}[\w-]*")
# the name describing someone or something else: "Airbus spokesman Jaime Perez-Guerra", "Airbus
# rival Boeing", "Ford shares gained", a maker's products, plants and users ("Aer Lingus buys twelve
# new long-haul Airbus jets", "the iPod line", "iPod users"): the event is theirs
MODIFIES = re.compile(r"\s+(?:spokesman|spokeswoman|spokesperson|rival|parent|shares|stock|"
                      r"executives?|officials?|chief|CEO|president|dealers|workers|employees|"
                      r"customers?|suppliers?|subsidiary|unit|division|jets?|aircraft|planes?|"
                      r"airliners?|superjumbo|cars?|vehicles?|trucks?|factory|factories|plants?|"
                      r"users|owners|players|line|family|range|series|models?|versions?|fleet|"
                      r"President|Chief|Vice|Chairman|Executive|Spokesman|Director)\b")
# "Shares of Citigroup fell": the shares fell, as in "Ford shares gained"
SHARES_OF = re.compile(r"\b(?:[Ss]hares|[Ss]tock|[Ss]tocks)\s+(?:of|in)\s+(?:the\s+)?$")
MODIFIER_SKIP = True  # "Airbus spokesman ...", "Ford shares ..." are not the entity's events
POSSESSIVE_SKIP = True  # nor "Boeing's newest aircraft made ..."


def _owns_other(rest: str) -> bool:
    """A possessive naming someone or something of the entity's that does the event ("Boeing 's
    newest commercial aircraft ... made its first test flight"), not an event of its own ("GM 's
    Canadian vehicle sales volume fell", "the Dow 's biggest drop")."""
    m = re.match(r"\s*(?:'s?|whose)\s+", rest)  # "Boeing and Airbus whose double-decker A380 first flew"
    return bool(m) and not any(EVENT_NOUNS.match(w.lower()) for w in rest[m.end():].split()[:4])


# A sentence that opens with a pronoun or a description ("It", "The company", "The planemaker")
# goes on about what the sentence before it named.
REFERRING = re.compile(
    r"^(?:(?:In|On|At|During|After|Following|Meanwhile|However|Also|Earlier|Later|But|And)\b[^,]{0,60}"
    r"\s*,\s+)?(?P<np>(?:It|He|She|They|Its|His|Her|Their)\b|The\s+(?:new\s+)?(?:company|firm|"
    r"automaker|auto maker|carmaker|car maker|carrier|airline|planemaker|airframer|manufacturer|"
    r"aircraft|plane|jet|airliner|superjumbo|group|corporation|store|device|phone|executive|"
    r"union|bank|lender|insurer|retailer|brokerage|exchange|index)\b)")


def refers_to(found: "Found", entity_aliases: tuple[str, ...],
               other_people: tuple[tuple[str, ...], ...] | None = None) -> int | None:
    """Offset after the entity's mention in the sentence: its name, or a pronoun or description
    opening the sentence when the sentence before named the entity; for a person, "He" or "She"
    opening the sentence when, of the target people, the entity is the one last named
    (`other_people`: the aliases of the others; None where the entity is no person)."""
    if (after := names(found.tokens, entity_aliases)) is not None:
        return after
    if COREFERENCE and found.previous and (m := REFERRING.match(found.tokens)):
        personal = m["np"] in ("He", "She", "His", "Her") or m["np"].endswith("executive")
        thing = m["np"].split()[-1] in THING_DESCRIPTIONS
        if (not PRONOUN_GENDER or personal == (other_people is not None)) and (
                not DESCRIPTION_KIND or not thing or any(map(is_product, entity_aliases))) and names(
                found.previous, entity_aliases) is not None:
            return m.end("np")  # "He" is no company's, "It" no person's
    if PERSON_PRONOUNS and other_people is not None and (m := HE_OR_SHE.match(found.tokens)):
        for sentence in found.earlier:  # nearest first
            mine = names(sentence, entity_aliases) is not None
            if mine or any(names(sentence, other) is not None for other in other_people):
                return m.end("np") if mine and not any(
                    names(sentence, other) is not None for other in other_people) else None
    return None


# "He stated that ...", a chain of "He" sentences after Fritz Henderson was named, no one else since
HE_OR_SHE = re.compile(r"^(?:(?:In|On|At|During|After|Of|Regarding|Asked|When)\b[^,]{0,80}\s*,\s+)?"
                       r"(?P<np>(?:He|She)\b)")


def is_person(entity: str) -> bool:
    """Whether a target's name looks like a person's: two or three capitalised words, none of them
    a word of company, place or group names ("Louis Gallois", not "Singapore Airlines")."""
    words = entity.split()
    return 2 <= len(words) <= 3 and all(
        w.isalpha() and w[:1].isupper() and w.lower() not in COMMON | GENERIC
        and w not in PLACE_OR_GROUP_WORDS | entities.PLACES for w in words)


# verbs whose event is the verb or noun after them ("set to land", "made its maiden flight")
FRAME_VERBS = frozenset("set due scheduled slated going about able poised".split())
LIGHT_VERBS = frozenset("make makes made making take takes took taken give gives gave".split())
# a verb of beginning yields to its event noun like a light verb ("will begin production in 2006")
ASPECTUAL = frozenset("begin begins began begun start starts started resume resumes resumed".split())
ANCE = "ance|ence"  # "made an appearance in March", "financial assistance"
LIGHT_VERBS_YIELD = True  # "made its maiden flight": the flight
PARTICLES = frozenset("out off over down away back forward up".split())


def phrasal(verb: str, after: list[str]) -> str:  # after: the three words after the verb
    """The event as the task writes it: a phrasal verb as one ("rolled_out", "pushed_back"); a
    particle before an amount is a direction, not part of the verb ("closed down 3.6 %")."""
    if after[:1] and after[0].lower() in PARTICLES and not AMOUNT.match(" ".join(after[1:]) + " "):
        return f"{verb}_{after[0].lower()}"
    return verb


AMOUNT = re.compile(r"(?:[$£€]|US\$|\d[\d.,]*\s+(?:%|percent|points?)(?!\S))")
EVENT_NOUNS = re.compile(r"^(?:\w+(?:tion|sion|ment|ery|eries|ure|ings?|" + ANCE + r")|flights?|deals?|sales?|orders?|"
                         r"tours?|crash|strike|merger|loss|losses|profits?|bid|launch|cuts?|debut|"
                         r"bankruptcy|bailout|rally|drop|fall|gains?|plunge|slump|record)$")


def event_word(tokens: str, after: int) -> str | None:
    """The word that best names the event (see `event_words`)."""
    found = event_words(tokens, after)
    return found[0] if found else None


def event_words(tokens: str, after: int) -> list[str]:
    """Words that name events, best first: verb-looking words after the entity's name (past
    tense, a verb after "will"/"to", "-ing" after "is", a headline's "-s" verb right after the
    name), then event nouns after it ("delivery", "flight"); none where the sentence has only
    words before the name (see `REACH`)."""
    found: list[str] = []
    if RESULT_SUBJECT and (noun := result_noun(tokens, after)):
        found.append(noun)
    if VERB_BEFORE_NAME:
        # "was renamed to iTunes Store", "defeated Boeing": a past verb just before the name
        for word in reversed(tokens[:after].split()[-4:-1]):
            w = word.lower()
            if word[:1].islower() and (w in PAST_IRREGULAR or (w.endswith("ed") and len(w) > 4
                                                               and w not in NOT_EVENT_WORDS)):
                found.append(word)
                break
    following = tokens[after:].split()
    if opens_clause(tokens[:after].split()):
        following = past_apposition(following)
    for i, word in enumerate(following[:REACH]):
        w = word.lower()
        if not re.fullmatch(r"[a-z][a-z-]*", word) or w in NOT_EVENT_WORDS:
            continue  # a capitalised word is a name ("United States"), not an event
        before = following[i - 1].lower() if i else ""
        if (w in PAST_IRREGULAR or (w.endswith("ed") and len(w) > 4)
                or (before in ("will", "to", "would") and w != "be")
                or (before in ("is", "are", "was", "were") and w.endswith("ing"))
                or (i <= 1 and len(w) > 3 and re.search(r"(?:es|ts|ys|ns|ks|ls|ps|ds|rs)$", w)
                    and word[0].islower())):
            following_word = following[i + 1].lower() if i + 1 < len(following) else ""
            if LIGHT_VERBS_YIELD and w in FRAME_VERBS and following_word == "to":
                continue  # "was set to land": the event is the landing
            if LIGHT_VERBS_YIELD and (w in LIGHT_VERBS or w in ASPECTUAL):
                noun = next((x for x in following[i + 1:i + 6] if EVENT_NOUNS.match(x) and x[:1].islower()), None)
                if noun:  # "made its first test flight": the event is the flight
                    found.append(noun)
                    continue
            # the task writes a phrasal verb as one event: "rolled_out", "pushed_back"
            found.append(phrasal(word, following[i + 1:i + 4]))
    for word in tokens[after:].split():
        if EVENT_NOUNS.match(word.lower()) and word[0].islower():
            found.append(word)
    return list(dict.fromkeys(found))


def past_apposition(tail: list[str]) -> list[str]:
    """The words after an apposition or a bracketed short name that follows the entity's name,
    where a verb comes right after it ("General Motors Corporation ( GM ) , an American automaker
    which has filed for bankruptcy protection , announced on Friday": announced); else as given."""
    rest = past_name(tail, NAME_SUFFIXES)
    if rest[:1] != [","]:
        return tail
    close = next((j for j in range(2, min(16, len(rest))) if rest[j] == ","), None)
    if close is None:
        return tail
    after = rest[close + 1:]
    while after and after[0].lower() in BETWEEN_SUBJECT_AND_VERB | {"had", "will", "would", "is", "are"}:
        after = after[1:]
    return rest[close + 1:] if after and after[0][:1].islower() and (
        is_past(after[0]) or after[0] in REPORTING_VERBS or after[0] in PRESENT_REPORTING_WORDS) else tail


def past_name(tail: list[str], suffixes: frozenset) -> list[str]:
    """The words after the rest of a company's name ("General Motors Corporation", a word of
    `suffixes`) and a bracketed short name ("General Motors ( GM ) announced")."""
    while tail and tail[0].lower().rstrip(".") in suffixes:
        tail = tail[1:]
    if tail[:1] == ["("] and ")" in tail[1:7]:
        tail = tail[tail.index(")") + 1:]
    return tail


def opens_clause(head: list[str]) -> bool:
    """Whether the name ending `head` opens its clause (it comes first, or after a comma or a
    quote), as a subject does; not inside another's apposition ("..., the Chief Executive
    Officer of General Motors , which filed ...")."""
    start = len(head) - 1
    while start > 0 and (head[start - 1][:1].isupper() or head[start - 1][:1].isdigit()):
        start -= 1
    return start == 0 or head[start - 1] in (",", "``", '"')


# an undated statement tells what happened on the article's news day: the first day the text dates
# in the week before publication ("Apple's keynote on Monday"; corpus articles often appear a day
# or more after the event, and the lead often says "has posted" before a later sentence says
# "on Thursday"), else the publication date. "first" starts that day only at the sentence that
# names it, "last" follows each newer such day (both lower on dev: 1-2 points on corpus_1/2)
NEWS_DAY = "article"
# what a company reports is the event where it is the subject: "Ford Motor Company sales dropped
# 42 % last month", "Ford 's sales were significantly influenced by ..."
RESULT_SUBJECT = True
RESULT_NOUNS = frozenset("sales profit profits loss losses revenue revenues earnings deliveries".split())


def result_noun(tokens: str, after: int) -> str | None:
    """A result noun right after the entity's name, its sentence's subject ("GM 's Canadian vehicle
    sales volume fell")."""
    tail = tokens[after:].split()
    for i, word in enumerate(tail[:5]):
        if word.lower() in RESULT_NOUNS:
            rest = [w.lower() for w in tail[i + 1:i + 4]]
            return word if any(w in ("was", "were", "is", "are") or is_past(w) or
                               re.fullmatch(r"[a-z]+(?:s|ed)", w) for w in rest[:2]) else None
        if not (word in ("'s", "'") or word[:1].isupper() or re.fullmatch(r"[a-z]+", word)) or (
                word.lower() in NOT_EVENT_WORDS | FUNCTION_WORDS | REPORTING_VERBS or is_past(word)):
            return None
    return None


VERB_BEFORE_NAME = True  # "was renamed to iTunes Store": renamed
# the entity's own event follows its name (it is the subject) or stands just before it (the
# object: VERB_BEFORE_NAME); a past verb further before or an event noun before the name is
# another participant's ("Northrop Grumman ... have unexpectedly defeated Boeing": not "defeated"
# for Northrop ...). None of 27 such words on the dev corpora was a gold event with its date
REACH = 15  # words after the name searched for the event


# How product events become entity timelines: each choice can be switched off to see its share
# (measured on trial, corpus_1 and corpus_2 only).
# a follow-on sentence made a detail of an event is one of the event's sentences, with its date
# (for anchoring); it names no event of its own, so entity timelines leave it out (one hit in 25
# on the dev corpora)
DETAILS_COUNT = True
# ... and where such a sentence tells news of its own ("The A380 was revealed in January 2005." then
# "..., the Airbus A380, has made its maiden flight"), it is also an undated statement of the news day
DETAILS_NEWS = True
COREFERENCE = True  # "It ..." / "The company ..." after a sentence naming the entity
PRONOUN_GENDER = True
DESCRIPTION_KIND = True  # "The aircraft" is the A380's, not Airbus's; "The company" either's
THING_DESCRIPTIONS = frozenset("aircraft plane jet airliner superjumbo store device phone".split())


def is_product(entity: str) -> bool:
    """Whether a target names a product: a model number or a brand in lower-case ("iPod")."""
    return bool(re.search(r"\d", entity)) or entity[:1].islower()


PERSON_PRONOUNS = True  # "He ..." refers to the target person named last (see `refers_to`)
LOOKBACK = 1  # sentences back a pronoun may look for the entity (two lost on every dev corpus)
TITLE_WORDS = True  # a headline's present-tense verb (see `title_words`)
REPORTED_LAST = True  # a reporting verb well before the date is not the dated event
REPORTING_ON_NEWS_DAY = True  # ... but is an event of the article's news day (with undated statements)
# a headline tells the news the article dates in its text: "Boeing unveils new 787 Dreamliner"
# (published 9 July) is "Boeing unveiled the 787 on Sunday" (8 July); the headline's event takes
# the date of the first statement naming its word dated in the week before publication, else the
# publication date
TITLE_DATES = True
TITLE_NEWS_DAY = True  # ... else the article's news day (see `NEWS_DAY`), not its publication date


def title_words(tokens: str, after: int) -> list[str] | None:
    """The event word of a headline ("Boeing unveils long-range 777", "GM and Chrysler seek more
    aid", "EADS defeat Boeing", "Aeroflot negotiates purchase of 22 new Boeing 787 aircraft",
    "Singapore Airlines to be compensated"). Headlines drop auxiliaries and put verbs in the
    present, so where the headline opens with the entity (and names or descriptions joined to
    it: "U.S. automaker GM") the word is the first lower-case word after it; where the entity is
    the object, the word just before it. None where the entity only describes another ("Airbus
    parent EADS wins ...": the event is not the entity's)."""
    head, tail = tokens[:after].split(), tokens[after:].split()
    opening = 0
    for word in reversed(head):  # the entity's words, names joined by "and", descriptions
        if (word[:1].isupper() or word[:1].isdigit() or word in ("and", ",", "''", "``")
                or word.lower() in DESCRIPTIONS):
            opening += 1
        else:
            break
    if opening == len(head):
        rest = list(tail)
        while rest and (rest[0][:1].isupper() or rest[0] in ("and", ",", "''", "``")):
            rest.pop(0)
        if rest[:1] and rest[0].lower() in DESCRIPTIONS:
            return None  # "Airbus parent EADS wins": the entity only describes another
        if rest[:2] == ["to", "be"]:
            rest = rest[2:]
        elif rest[:1] == ["to"]:
            rest = rest[1:]
        if INTENTIONS_SKIP and rest[:1] and rest[0] in INTENTIONS and rest[1:2] == ["to"]:
            return None  # "Fiat plans to buy majority stake in Chrysler": nothing has happened
        if rest and re.fullmatch(r"[a-z][a-z]+", rest[0]) and rest[0] not in NOT_EVENT_WORDS | FUNCTION_WORDS:
            if TITLE_NOUNS:
                if rest[0] in LIGHT_VERBS and (noun := next((w for w in rest[1:4] if EVENT_NOUNS.match(w)
                                                             and w[:1].islower()), None)):
                    return [noun]  # "A380 makes maiden flight to US": the flight
                if not rest[0].endswith("s") and rest[1:2] and EVENT_NOUNS.match(rest[1]) and rest[1][:1].islower():
                    return [rest[1]]  # "Airbus A380 test flight delayed", "GM automobile sales plunge"
            return [phrasal(rest[0], rest[1:4])]
        return []
    before = head[:len(head) - opening]
    while before and (before[-1] in ("of", "the", "a", "an", "new", "first") or before[-1][:1].isdigit()
                      or "-" in before[-1]):
        before.pop()
    if before and re.fullmatch(r"[a-z][a-z]+", before[-1]) and before[-1] not in NOT_EVENT_WORDS | FUNCTION_WORDS:
        return [before[-1]]
    return []


TITLE_NOUNS = True  # a headline's event noun after a light verb or a modifier
INTENTIONS = frozenset("plans wants intends hopes aims expects".split())
INTENTIONS_SKIP = True


# words that describe a name in a headline ("U.S. automaker GM", "Airbus parent EADS")
DESCRIPTIONS = frozenset("""automaker automakers manufacturer manufacturers maker carmaker airline
airlines carrier company firm parent rival giant group chief ceo executive airframer""".split())
FUNCTION_WORDS = frozenset("""of for in on at to with by as from amid over under into out up
after before against""".split())


REPORTING_VERBS = frozenset("""said says announced reported stated told added confirmed
claimed noted revealed""".split())


def reported_first(event: Found, words: list[str]) -> list[str]:
    """A date in what was reported dates the reported event, not the reporting: "Ford says it
    made profits of $868 million for the final quarter of 2009" dates "made", while "Ford said on
    Tuesday that ..." dates "said". So a reporting verb well before the date goes last."""
    if not REPORTED_LAST or not words or words[0].lower() not in REPORTING_VERBS or not event.expression:
        return words
    verb = re.search(r"(?<!\S)" + re.escape(words[0]) + r"(?!\S)", event.tokens)
    when = re.search(r"\s*".join(re.escape(w) for w in re.findall(r"\w+|[^\w\s]", event.expression)),
                     event.tokens)
    if verb and when and when.start() > verb.end() and not re.fullmatch(
            r"\s*(?:\w+\s+){0,1}(?:on|in|at|late|early|last|this)?\s*", event.tokens[verb.end():when.start()]):
        return words[1:] + words[:1]
    return words



def own_words(event: Found, words: list[str]) -> list[str]:
    """Of a sentence's event words, those in the event's own clause (its headline) first: a
    sentence telling two dated statements ("fought cancer in 2004 and took six months off in
    early 2009") has a word for each."""
    if not event.headline or not event.shared:
        return words
    own = set(re.findall(r"[\w'-]+", event.headline.lower()))
    return [w for w in words if w.lower() in own] + [w for w in words if w.lower() not in own]


WORDS_PER_EVENT = 1  # more words per statement gain recall but lose more precision (trial, corpus_1/2)


def system_timeline(entity: str, found: list[Found], targets: tuple[str, ...] = ()) -> tuple[Entry, ...]:
    """The entity's timeline: its dated events in date order, one position per distinct date.

    `targets` are the corpus's other target entities: a short name that is one of them
    ("Chrysler" for Daimler Chrysler) names that one, not this.
    """
    others = {t.lower() for t in targets if t != entity}
    entity_aliases = tuple(a for a in aliases(entity) if a.lower() not in others)
    if DEFINED_ABBREVIATIONS:
        entity_aliases += defined_abbreviations(entity_aliases, found, others)
    people = tuple(aliases(t) for t in targets if t != entity and is_person(t)) if is_person(entity) else None
    dated: dict[str, str] = {}
    told = defaultdict(list)  # per article, its dated statements in text order
    for event in found:
        if event.relation == "on" and event.sentence_id != "0" and not event.detail:
            told[event.doc_id].append(event)
    for event in found:
        if event.relation != "on" or event.date == UNKNOWN or event.detail:
            continue  # a detail describes its event ("It comes in two colors"); it is not one
        after = refers_to(event, entity_aliases, people)
        if after is None:
            continue
        words = event_words(event.tokens, after)
        if event.undated and UNDATED_STRICT:
            words = told_words(event.tokens, after)
        if event.sentence_id == "0" and TITLE_WORDS:
            title = title_words(event.tokens, after)
            if title is None:
                continue
            words = list(dict.fromkeys(title + words))
        own = own_words(event, words)
        ordered = reported_first(event, own)
        if REPORTING_ON_NEWS_DAY and event.news_day and own and ordered[0] != own[0]:
            # "Ford has said that it posted a profit in the third quarter": the date is the
            # profit's, and the saying is news of the article's day
            dated.setdefault(f"{event.doc_id}-{event.sentence_id}-{own[0]}", event.news_day)
        for word in ordered[:WORDS_PER_EVENT]:
            date = event.date
            if event.sentence_id == "0" and TITLE_DATES:
                date = next((e.date for e in told[event.doc_id]
                             if tells(e.tokens, word) and days_before(e.date, event.date) in range(1, 8)),
                            event.news_day or date)
            dated.setdefault(f"{event.doc_id}-{event.sentence_id}-{word}", date)
    order = sorted(set(dated.values()), key=lambda d: (d.replace("XX", "00"), d.count("XX") * -1))
    position = {date: i + 1 for i, date in enumerate(order)}
    return tuple(Entry(position[date], date, (event,)) for event, date in sorted(dated.items()))


# an undated statement names its event only as a past verb of the entity's or a reporting verb
# (see `told_words`); the ordinary word choice there took quotations and states (dev F1 -1 to -7)
UNDATED_STRICT = True


def told_words(tokens: str, after: int) -> list[str]:
    """The event word of an undated statement: a past verb the entity does, within a few words
    after its name ("GM had also reported that ...", "Airbus, Europe's biggest aircraft
    manufacturer, has announced ..."), a past verb the entity undergoes just before its name
    ("have unveiled their new 787 Dreamliner"), or a reporting verb before it ("said Steve Jobs").
    Anything else in a sentence with no date is too often a state, a quotation or another
    participant's event."""
    head, tail = tokens[:after].split(), tokens[after:].split()
    if REPORTS_PRESENT and tail[:1] and tail[0] in PRESENT_REPORTING_WORDS:
        return [tail[0]]  # "Boeing says they have 800 orders": the news present
    before = head[:-1]
    while before and (before[-1][:1].isupper() or before[-1][:1].isdigit()) and len(head) - len(before) < 6:
        before.pop()  # the rest of the name and a title before it: "said Apple CEO Steve Jobs"
    if RESULT_SUBJECT and (noun := result_noun(tokens, after)):
        return [noun]  # "Ford Motor Company sales dropped 42 %": the sales
    possessive = tail[:1] in (["'s"], ["'"])  # "said GM 's sales vice president": he said it
    if before and before[-1] in REPORTING_VERBS and not possessive:
        return [before[-1]]
    tail = past_name(tail, NAME_SUFFIXES | NAME_HEADS)
    if tail[:1] == [","] and opens_clause(head):  # an apposition after the name, or the name one
        close = next((j for j in range(2, min(10, len(tail))) if tail[j] == ","), None)
        verb = next((j for j in range(2, close or min(12, len(tail)))
                     if (is_past(tail[j]) or tail[j] in REPORTING_VERBS) and tail[j][:1].islower()
                     and tail[j - 1][:1].isupper()), None)
        if verb:
            tail = tail[verb:]  # "Scott Carson , president and CEO of Boeing Commercial Airplanes said"
        elif close:
            tail = tail[close + 1:]  # "Airbus , Europe 's biggest aircraft manufacturer , has announced"
        elif tail[1:2] and tail[1] in BETWEEN_SUBJECT_AND_VERB:
            tail = tail[1:]  # "European aircraft manufacturer , Airbus , has won"
    for i, word in enumerate(tail[:UNDATED_REACH]):
        w = word.lower()
        if not re.fullmatch(r"[a-z][a-z-]*", word):
            if word in (",", "(") or word[:1].isupper():
                break
            continue
        following = tail[i + 1].lower() if i + 1 < len(tail) else ""
        if is_past(word):
            return [phrasal(word, tail[i + 1:i + 4])]
        if w in ("is", "are"):
            rest = [x for x in tail[i + 1:i + 3] if x.lower() not in PROGRESSIVE_ADVERBS]
            if rest and re.fullmatch(r"[a-z]{3,}ing", rest[0]):
                return [rest[0]]  # "GM is also attempting to engineer ..."
        if w in BEFORE_THE_NEWS:
            return []  # "Boeing had previously hired ...": some time before the news, no date
        if w not in BETWEEN_SUBJECT_AND_VERB:
            break
    if OBJECT_VERB and not possessive:
        while before and before[-1].lower() in DETERMINERS:
            before.pop()
        if before and before[-1][:1].islower() and is_past(before[-1]) and not (
                before[-2:-1] and before[-2].lower() in ("was", "were", "been", "be", "being")):
            return [before[-1]]  # "have unveiled their new 787 Dreamliner"; not "was owned by"
    return []


def is_past(word: str) -> bool:
    w = word.lower()
    return w in PAST_IRREGULAR or (w.endswith("ed") and len(w) > 4 and w not in NOT_EVENT_WORDS)


REPORTS_PRESENT = True
NAME_SUFFIXES = frozenset("corporation corp inc co company llc ltd plc group sa ag nv spa".split())
# a head noun after the name: "the Nasdaq Composite index closed down 3.6 %"
NAME_HEADS = frozenset("index".split())
OBJECT_VERB = True  # a past verb just before the name, the entity its object (as VERB_BEFORE_NAME)
DETERMINERS = frozenset("the a an its their his her new first latest".split())


UNDATED_REACH = 4  # words from the name to its verb: "GM had also reported"
BETWEEN_SUBJECT_AND_VERB = frozenset("""has have was were also then later both officially first
now""".split())
# the past perfect and these adverbs put what the entity did before the news, on no day it gives
BEFORE_THE_NEWS = frozenset("had previously recently already earlier once formerly".split())


DEFINED_ABBREVIATIONS = True  # "Singapore Airlines ( SIA )": SIA names it in the corpus


def defined_abbreviations(entity_aliases: tuple[str, ...], found: list[Found], others: set[str]) -> tuple[str, ...]:
    """Short names the texts define for the entity in brackets after its name ("Singapore Airlines
    ( SIA )", "General Motors Corporation ( GM )"), in the order first seen."""
    if not any(" " in a for a in entity_aliases):
        return ()
    defined: dict[str, None] = {}
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in entity_aliases if " " in a)
                         + r")(?:\s+(?:Corporation|Corp\.?|Inc\.?|Co\.?|Company|LLC))?\s+\(\s+([A-Z]{2,6})\s+\)")
    for event in found:
        for m in pattern.finditer(event.tokens):
            before = event.tokens[:m.start()].split()[-1:]
            if before and before[0][:1].isupper():
                continue  # "Royal Air Force ( RAF )" is not the Air Force of the United States
            if m[1].lower() not in others and m[1] not in entity_aliases:
                defined.setdefault(m[1])
    return tuple(defined)


def days_before(date: str, dct: str) -> int | None:
    """How many days `date` is before `dct`; None unless both are days."""
    try:
        return (dt.date.fromisoformat(dct) - dt.date.fromisoformat(date)).days
    except ValueError:
        return None


def tells(tokens: str, word: str) -> bool:
    """Whether a sentence names the event a headline's word names ("unveils": "unveiled")."""
    stem = word.split("_")[0].lower()
    stem = stem[:max(4, len(stem) - 3)]
    return any(w.lower().startswith(stem) for w in tokens.split())


# --- measuring -----------------------------------------------------------------------------------

def gold_timelines(folder: Path, repair: bool = False) -> dict[str, tuple[Entry, ...]]:
    return {path.stem: parse_timeline(path.read_text(encoding="utf-8"), repair)
            for path in sorted(folder.glob("*.txt"))}


def entity_names(list_file: Path | None, timelines: dict) -> dict[str, str]:
    """Timeline file stem -> entity name as the target list writes it."""
    if list_file is None:
        return {stem: stem.replace("_", " ").title().replace("Iphone", "iPhone").replace("Ipod", "iPod")
                .replace("Itunes", "iTunes") for stem in timelines}
    listed = [line.strip() for line in list_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_stem = {re.sub(r"\s+", "_", n.lower()): n for n in listed}
    return {stem: by_stem.get(stem, stem.replace("_", " ")) for stem in timelines}


def measure(corpus: str, verbose: bool = False, undated: bool = True) -> dict:
    text_dir, gold_dir, list_file = CORPORA[corpus]
    articles = [read_article(p) for p in sorted(text_dir.glob("*.tml"))]
    found = [f for a in articles for f in extract_article(a, undated)]
    by_sentence = defaultdict(set)
    for f in found:
        by_sentence[(f.doc_id, f.sentence_id)].add(f.date)
    golds = gold_timelines(gold_dir)
    anchored = total = 0
    checked = set()
    for entries in gold_timelines(gold_dir, repair=True).values():
        for entry in entries:
            if entry.date == UNKNOWN:
                continue
            for event in entry.ids:
                doc_id, sentence_id, _ = event.split("-", 2)
                if (doc_id, sentence_id, entry.date, event) in checked:
                    continue
                checked.add((doc_id, sentence_id, entry.date, event))
                total += 1
                anchored += entry.date in by_sentence.get((doc_id, sentence_id), ())
    names_ = entity_names(list_file, golds)
    score = Awareness()
    for stem, gold in golds.items():
        system = system_timeline(names_[stem], found, tuple(names_.values()))
        score.add(gold, system)
        if verbose:
            one = temporal_awareness([(gold, system)])
            print(f"  {stem:32s} P {100 * one.precision:5.1f} R {100 * one.recall:5.1f} "
                  f"F1 {100 * one.f1:5.1f}  (system {len(system)} events, aliases {aliases(names_[stem])})")
    return {"corpus": corpus, "anchoring": anchored / total if total else 0.0, "anchored": anchored,
            "gold_dated": total, "precision": 100 * score.precision, "recall": 100 * score.recall,
            "f1": 100 * score.f1}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    # no choices=: argparse checks an empty nargs="*" list against them and refuses it
    parser.add_argument("corpora", nargs="*", metavar="CORPUS",
                        help=f"any of {', '.join(sorted(CORPORA))}; default: trial corpus_1 "
                             "corpus_2 (the development corpora)")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--explicit-only", action="store_true",
                        help="score only the events timeline extract dates; by default a past-tense "
                             "sentence with no date is also dated by its article's news day (the "
                             "task's convention, not what timeline does; see the module docstring)")
    args = parser.parse_args(argv)
    if unknown := [c for c in args.corpora if c not in CORPORA]:
        parser.error(f"unknown corpus {', '.join(unknown)} (choose from {', '.join(sorted(CORPORA))})")
    for corpus in args.corpora or ["trial", "corpus_1", "corpus_2"]:
        r = measure(corpus, args.verbose, not args.explicit_only)
        print(f"{corpus:9s} anchoring accuracy {r['anchoring']:.3f} ({r['anchored']}/{r['gold_dated']})  "
              f"main track P {r['precision']:.2f} R {r['recall']:.2f} F1 {r['f1']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
