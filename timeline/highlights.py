"""The story's key dates: events ranked by how many independent sources report them.

Two rankings (setting `highlight_ranking`):

- "sources": events by how many independent sources (seeds) report them after merging, then by
  how many sentences tell them. Simple, and what the page explains.
- "key-dates": days first, then the best-reported event of each day. A day's weight counts the
  articles that name it, and counts an article twice when it was published after that day: a date
  that journalists still cite days later is one the story turned on, while "on Monday" in Tuesday's
  news is mostly the news cycle. An article published on the day counts half (it is the day's
  coverage, not a reference to it). Each article counts once per day however often it repeats the
  date, so boilerplate and long transcripts cannot outvote the rest, and the versions of one story
  an agency publishes as it develops count once (`versions`): a day is weighed by its independent
  sources.

What we saw in real agency pages (Timeline17: CNN, BBC, Reuters, Guardian) shaped three more rules
of "key-dates":

- Off-topic articles do not vote. Many Reuters pages of a Syria collection are market wraps,
  racing results and company news ("the Swiss franc soared on Monday"), each naming the day it was
  written. An article whose words are far from the collection's own (`off_topic`; 46 of the 346
  Reuters Syria pages) names no key date.
- Reported speech is mostly not an event: "activists said on Tuesday", "told Reuters on Saturday"
  date the telling, which is the news cycle again. But a statement can be the event itself
  ("Gadhafi said on Libyan TV on Sunday that ..."), and journalists' timelines carry such days
  (on about a third of the 38 dates of Timeline17's CNN Libya timeline, the entry is a statement:
  "Gadhafi urges NATO to negotiate an end to airstrikes"). An article naming a day
  only as when someone spoke counts half of one that names something happening on it
  (`is_attribution`, SPOKEN_WEIGHT); a day only statements name shows a statement.
- A day a source lists in a chronology of its own ("March 17 - The U.N. Security Council votes to
  authorise a no-fly zone over Libya") is a day a journalist judged a milestone: each story
  listing it adds LISTED_WEIGHT, on top of its vote as an article naming the day (`is_listed`).
  Reuters' Libya chronology, in six versions among Timeline17's Libya pages, is what its
  journalists' timeline was made from, so Timeline17 rewards this more than most collections will.
- A day is weighed against the coverage around it (the articles published within
  COVERAGE_DAYS of it): the war's first month may have ten times the articles of its last, and
  without this every key date of a long story comes from its busiest weeks. Days outside the span
  the articles were published in are weighed against the median article's coverage, so that
  background dates (1969, 9/11) and wrongly resolved years are not lifted by the empty months
  around them.

Days are read from each source's own date (`Mention.date`), not the merged event's: merging may
group sentences told about neighbouring days (or a "mid-March" with a day in March), but each
article says which day it means. Measured on Timeline17 in benchmarks/t17.py.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import combinations

from .model import Document, Event, Mention
from .topic import off_topic

# Shown with MkDocs' own INFO lines: the plugin runs the ranking inside `mkdocs build`.
log = logging.getLogger("mkdocs.plugins.timeline.highlights")

RANKINGS = ("sources", "key-dates")
LATER_WEIGHT = 2.0  # an article published after the day it names
SAME_DAY_WEIGHT = 1.0  # an article naming a day on or before its publication day
PUBLISHED_WEIGHT = 0.5  # an article published on the day, naming no event on it
SPOKEN_WEIGHT = 0.5  # an article naming the day only as when someone spoke ("said on Monday")
LISTED_WEIGHT = 4.0  # a story listing the day as an entry of its own chronology (`is_listed`)
COVERAGE_DAYS = 30  # a day is weighed against the articles published this many days either side
COVERAGE_FLOOR = 5  # ... plus this many, so one article in a quiet month is not a landslide
# A chronology's entry is a milestone of this story only in the story's span (from this many days
# before the first article to the last) and only told after it happened: a factbox of "the
# deadliest earthquakes of recent years" beside a quake's coverage lists 2004's tsunami and 2008's
# Sichuan quake as background, and a plan's steps ("10 April: Government must withdraw troops",
# published on 6 April) are no milestones yet.
LISTED_BEFORE_SPAN = 30
DAY = re.compile(r"^(\d{4}-\d\d-\d\d)(?:$|T)")
# Versions of one story (`versions`): published this many days apart at most, sharing at least
# VERSION_SHARED dated sentences and VERSION_SHARE of the shorter one's; a sentence more than
# VERSION_CARRIERS articles carry is boilerplate or a famous quote, no sign of one story.
VERSION_DAYS = 1
VERSION_SHARED = 2
VERSION_SHARE = 0.5
VERSION_CARRIERS = 10


# "activists said on Tuesday", "told Reuters late on Saturday", "said in a statement on Friday":
# the date of the telling, right before the expression.
ATTRIBUTION = re.compile(
    r"\b(?:said|says|told(?: [\w.]+){0,2}?|reported|added|stated|quoted as saying)"
    r"(?: in a statement)?(?: (?:late|early|earlier|later))? (?:on )?$", re.I)


# A chronology's entry (`is_listed`): its day opens the sentence (after a bullet of at most
# LISTED_BULLET characters) or follows the list's introduction ("... began in February: Feb.
# 15/16, 2011 - The arrest of ..."), and a dash or a colon follows it; not a reader's comment
# stamped with its day and clock ("24th June 2011 - 13:38 I take it ...").
LISTED_BULLET = 3
# ... and it names its day by number ("March 17", "23 Dec"): "PHILLIPS: Last night -- earlier -- I
# spoke with Nic" (a transcript's speaker), "Today: Foreign Secretary ... will make a statement",
# "Yesterday - a day of rage ... - ended with 20 dead" are no chronology's entries
LISTED_DAY = re.compile(r"\d")
LISTED_AFTER = re.compile(r"\s*(?:-{1,2}|–|—|:)\s+(?!\d{1,2}[:.]?\d\d\b)")
WHOLE_DAY = re.compile(r"\d{4}-\d\d-\d\d")


# A headline opening with a quotation mark, or with a word of the first person: "I" (not "World
# War I"), "we", "my", "our", "me", "us" (lowercase: "US" is a country).
# A picture's caption: "... in this still image taken ...", "Tanks are seen at ..." (not "is
# seen as", a judgement).
CAPTION = re.compile(r"\b(?:[Ii]mage|[Pp]icture|[Pp]hoto(?:graph)?|[Ss]till)\b[^.]*\btaken\b"
                     r"|\b(?:is|are) seen (?!as\b)")
# A market report's price move: a market, a move and a figure in its unit (or a record), before the date
# ("Brent crude prices rose above $118 a barrel on Monday", "the euro fell 0.4 percent ... on Friday").
# the move follows its market within a few words: "a car bomb tore through a crowded market in
# Hilla and the death toll rose to 50, the highest this year" is no price move, nor is "the market
# town of Brega" (a lone "market" is a place; "stock market", "markets" are the markets)
MARKET = re.compile(
    r"\b(?:Brent|crude|oil prices?|futures|stocks?|shares|bourses?|index|indices|yields?|bonds?"
    r"|dollar|euro|yen|franc|gold|prices?|premium|markets|(?:stock|oil|bond|money|financial) market)\b"
    r"(?:[^\w.;]+[\w'’$.-]+){0,4}?[^\w.;]+"
    r"(?:rose|fell|climbed|jumped|slipped|dropped|gained|lost|narrowed|widened|hit|traded|trading"
    r"|closed|settled|surged|soared|tumbled|eased|edged|rallied|slumped|plunged|peaked)\b", re.I)
# MARKET's markets as lower-case substrings, looked for before the patterns are tried
MARKET_HINTS = ("price", "crude", "brent", "stock", "shares", "market", "gold", "dollar", "euro", "yen",
                "franc", "futures", "index", "indices", "yield", "bond", "premium", "bourse")
PRICE = re.compile(r"\$ ?\d|\d[\d.,]* ?(?:%|(?:percent|cents|points|a barrel|per barrel|an ounce"
                   r"|per ounce|per gram|yen|euros?)\b)|\b(?:record|all-time|highest|lowest|peak)\b", re.I)
# A headline introducing what follows: "Here is a timeline on the civil war in Libya", "Following
# is the text of a statement released by U.S. President Barack Obama".
INTRODUCTION = re.compile(r"\W*(?:Here|Following) (?:is|are)\b")
# A note on the page itself: "Page last updated 16:03 UK", "This post was last changed, at a
# time", "Note: The photograph on this page was updated".
PAGE_NOTE = re.compile(r"\W*(?:(?:Page )?[Ll]ast updated|This (?:post|page) was last (?:changed|updated)"
                       r"|(?:Editor'?s )?Note:)")
# `_headline_on` looks for a headline's first words among a sentence's: a headline is its
# sentence with the date's words taken out ("stood yesterday near" -> "stood near")
HEADLINE_START = 5
HEADLINE_WORD = re.compile(r"\w+")
SHOUTING_LETTERS = 20  # `is_shouting` judges headlines of this many letters or more
TELLING = re.compile(r"^\W*[\"“‘'`]|\b(?:(?<!War )I|[Ww]e|[Mm]y|[Oo]urs?|me|us)\b")


@dataclass(frozen=True, slots=True)
class DayScore:
    """How a day is reported: the articles naming it, those published later, and the weight."""

    day: str  # YYYY-MM-DD
    sources: frozenset[str]  # seeds with a sentence dated to this day
    later: frozenset[str]  # of those, seeds published after the day
    published: frozenset[str]  # seeds published on the day
    weight: float
    coverage: int = 0  # articles published within COVERAGE_DAYS of the day (off-topic ones aside)
    sentences: int = 0  # sentences dating an event to the day, for ties
    spoken: frozenset[str] = frozenset()  # seeds naming the day only as when someone spoke
    off_topic: int = 0  # articles of the collection judged off topic: none of them counts, any day
    stories: int = 0  # stories naming the day (`versions` of one story count once)
    stories_later: int = 0  # of those, stories published after the day
    listed: int = 0  # stories listing the day as an entry of their chronology (`is_listed`)

    def __repr__(self) -> str:
        return (f"DayScore({self.day} weight={self.weight:.3g} sources={len(self.sources)} "
                f"later={len(self.later)} published={len(self.published)} "
                f"spoken={len(self.spoken)} coverage={self.coverage})")


def day_of(value: str | None) -> str | None:
    match = DAY.match(value or "")
    return match[1] if match else None


def is_attribution(mention: Mention) -> bool:
    """True when the mention's date is when someone spoke ("officials said on Monday").

    Most sentences have no verb of saying in the 40 characters before their date, and a look for
    the verbs' words costs a third of a search with ATTRIBUTION, which tries it at each of those
    40 characters (the build judges ~30,000 sentences at 10,000 seeds). Only in ASCII text: there
    a case-insensitive match holds one of the words lowercased, where in other text the long s
    "ſ" matches "s" and the Kelvin sign "k"."""
    sentence, expression = mention.sentence, mention.expression
    if not expression:
        return False
    at = sentence.find(expression)
    if at <= 0:
        return False
    start = max(0, at - 40)
    before = sentence[start:at]
    if before.isascii():
        before = before.lower()
        if not ("said" in before or "says" in before or "told" in before or "reported" in before
                or "added" in before or "stated" in before or "quoted" in before):
            return False  # none of ATTRIBUTION's verbs (a loop over a tuple of them: +30%)
    return ATTRIBUTION.search(sentence, start, at) is not None


def is_listed(mention: Mention) -> bool:
    """True when the mention is an entry of a chronology: "March 17 - The U.N. Security Council
    votes to authorise a no-fly zone over Libya", "23 Dec: Two bombs hit security buildings in
    Damascus". A journalist listing a day among a story's milestones has judged it a key date,
    which is what this ranking looks for. Reuters published its Libya chronology six times in
    Timeline17's collection (the day in the sentence's value, a whole day named by its number; a
    clock is no entry). `_day_scores` counts a listing only of a day in the story's span, told
    on or after that day: see LISTED_BEFORE_SPAN."""
    expression = mention.expression
    if not expression or not WHOLE_DAY.fullmatch(mention.date) or not LISTED_DAY.search(expression):
        return False
    sentence = mention.sentence
    at = sentence.find(expression)
    if at < 0 or LISTED_AFTER.match(sentence, at + len(expression)) is None:
        return False
    before = sentence[:at].rstrip()
    return before.endswith(":") or (len(before) <= LISTED_BULLET
                                    and not any(c.isalnum() for c in before))


def is_market(mention: Mention) -> bool:
    """True when the mention dates a price move, told before its date: "Brent crude prices rose
    above $118 a barrel on Monday", "Brent's premium to U.S. crude narrowed to $24.05 a barrel,
    after reaching a record $26.69 on Friday". Agency copy on a war carries market reports, and
    an article about the war's effect on oil is on topic as a whole (`off_topic`); Timeline17
    Libya's key dates showed these two for 7 March and 19 August 2011. A price move is the
    markets' news cycle, not an event of the story: a day shows one only where no source names
    anything else happening on it (`_shown`). It still weighs its day as any event does: left
    out, or weighed as a statement, Timeline17's key-dates Date-F1 fell .553 -> .548 and .547
    (Syria's Reuters timelines; benchmarks/t17.py --engine none --reuse --loto), as leaving one topic out did.
    Judged only for the events a shown day may show (`_shown`); there, in ASCII text, a sentence
    naming none of MARKET's markets (lowercased, as `is_attribution` looks for its verbs) is
    passed over before the patterns are tried."""
    sentence, expression = mention.sentence, mention.expression
    at = sentence.find(expression) if expression else -1
    if at <= 0:
        return False
    before = sentence[:at]
    if before.isascii():
        before = before.lower()
        if not any(word in before for word in MARKET_HINTS):
            return False
    return PRICE.search(sentence, 0, at) is not None and MARKET.search(sentence, 0, at) is not None


def is_introduction(headline: str) -> bool:
    """True when a headline introduces what follows it, not what happened: "Here is a timeline
    on the civil war in Libya" (a Reuters chronology's opening, glued to its first entry, "Feb
    15/16, 2011 - A riot in Benghazi is triggered ..."), "Here is the text of President Hosni
    Mubarak's address". Timeline17 Libya's key dates showed the first for 15 February 2011,
    beside four articles telling that anti-government protests began. A day shows one only where
    no source names anything else happening on it (`_shown`)."""
    return INTRODUCTION.match(headline) is not None


def is_page_note(headline: str) -> bool:
    """True when a headline is a note on the page, not what happened: "Page last updated 16:03
    UK" (BBC pages; Timeline17 Syria's key dates showed it for 1 June and 10 August 2012, Haiti
    has five), "This post was last changed, at a time" (a Guardian blog, Iraq). Like an
    introduction, a day shows one only where no source names anything else happening on it."""
    return PAGE_NOTE.match(headline) is not None


def is_shouting(headline: str) -> bool:
    """True when most of a headline's letters (20 or more) are capitals: an agency's note to
    editors or a picture credit ("EDITOR 'S NOTE: Credit: Reuters CAN NOT INDEPENDENTLY VERIFY
    CONTENT VIDEO FROM WHICH THIS STILL IMAGE WAS TAKEN ..."), which Timeline17 Syria's key dates
    showed for 7 August 2011 beside as many articles telling of the army's assaults."""
    letters = sum(c.isalpha() for c in headline)
    return letters >= SHOUTING_LETTERS and sum(c.isupper() for c in headline) * 2 > letters


def is_caption(headline: str) -> bool:
    """True when a headline describes a picture: "Satellite image of Port-au-Prince, Haiti taken"
    (Timeline17 Haiti's key event for 13 January 2010, beside as many articles telling of
    Haitians spending a second night in the open), "Fuel storage tanks are seen at Mobil Oil's
    oil refinery in Melbourne"."""
    return CAPTION.search(headline) is not None


def is_telling(headline: str) -> bool:
    """True when a headline is someone's telling, not what happened: a quotation ("“We will be
    here today, tomorrow and for the time ahead.”") or a first-person account ("After the
    earthquake, I decided to go to Haiti"). Timeline17's Haiti key dates showed both, each
    beside an event as many articles told ("Rescuers pulled more people alive from the rubble")."""
    return TELLING.search(headline) is not None


def dated(event: Event, ignore: Collection[str] = frozenset()) -> Iterator[tuple[str, Mention, bool]]:
    """(day, mention, spoken) for each mention of `event` that dates it to a day: a dated "on"
    event, not the article itself, from a seed not in `ignore`; `spoken` when the date is that of
    a telling ("activists said on Tuesday"). Scoring days and choosing each day's event both read
    these, so a day scored on "Troops stormed Homs on Tuesday" is not shown as "Activists
    said ..."."""
    if event.relation != "on" or event.is_article:
        return
    for mention in event.mentions:
        day = day_of(mention.date)
        if day and mention.seed not in ignore:
            yield day, mention, is_attribution(mention)


def votes(event: Event, ignore: Collection[str] = frozenset()) -> Iterator[tuple[str, Mention]]:
    """(day, mention) for each mention of `event` that names something happening on its day:
    `dated`, not the date of a telling."""
    return ((day, mention) for day, mention, spoken in dated(event, ignore) if not spoken)


Candidate = tuple[int, bool, int, int, int, Event]  # see `_tally`


@dataclass(frozen=True, slots=True)
class _Tally:
    """What `dated` says of a whole story, read in one pass over its mentions: per day, the seeds
    naming something happening on it, those only speaking on it and its sentences naming
    something; and each day's events with what each is chosen on (see `_tally`)."""

    naming: Mapping[str, set[str]]
    speaking: Mapping[str, set[str]]
    listing: Mapping[str, set[str]]  # per day, the seeds listing it in a chronology (`is_listed`)
    sentences: Mapping[str, int]
    best: Mapping[str, Candidate]
    told: Mapping[str, list[Candidate]]  # per day, every event dated to it, in the story's order
    ignore: Collection[str]


def _tally(story: Iterable[Event], ignore: Collection[str]) -> _Tally:
    """`dated` over every event of `story`, once for both the days' weights and each day's event.

    Each day's event (`best`) is the event most sources date to the day, a statement only where no
    source names anything else happening on it; between events told by as many articles, one
    whose own date is the day, not a day some of its sources give while most give another (the
    page then reads the events as `_shown` says). A candidate is (seeds naming something on the
    day, whether the day is the event's own date, their sentences, seeds speaking, their
    sentences, the event).
    Timeline17's Haiti page showed the quake three times: on 12 January, and as the day's event on
    the 13th ("The tremor hit") and the 14th ("Quake was the worst in two centuries"), each a
    telling of the quake whose articles, in part, dated it a day or two later, where as many
    articles told of a British rescue team landing on the 14th.

    It runs on every build (10,000 seeds: ~57,000 mentions, ~2,000 distinct dates), so each date
    string is read once, and each (sentence, expression) judged once (`is_attribution`): one
    sentence comes in several mentions when versions of a story or copies of a wire repeat it.
    tests/test_highlights.py checks it against a plain loop over `dated`."""
    day_of_date: dict[str | None, str | None] = {}
    spoken_of: dict[tuple[str, str | None], bool] = {}
    listed_of: dict[tuple[tuple[str, str | None], str], bool] = {}
    naming: defaultdict[str, set[str]] = defaultdict(set)
    speaking: defaultdict[str, set[str]] = defaultdict(set)
    listing: defaultdict[str, set[str]] = defaultdict(set)
    sentences: Counter = Counter()
    best: dict[str, Candidate] = {}
    every: dict[str, list[Candidate]] = {}
    for event in story:
        if event.relation != "on" or event.is_article:
            continue
        told: dict[str, tuple[list[str], list[str]]] = {}  # day -> (seeds naming, seeds speaking)
        for mention in event.mentions:
            seed, date = mention.seed, mention.date
            try:
                day = day_of_date[date]
            except KeyError:
                day = day_of_date[date] = day_of(date)
            if not day or seed in ignore:
                continue
            said = mention.sentence, mention.expression
            spoken = spoken_of.get(said)
            if spoken is None:
                spoken = spoken_of[said] = is_attribution(mention)
            if spoken:
                speaking[day].add(seed)
            else:
                naming[day].add(seed)
                sentences[day] += 1
                listed = listed_of.get((said, date))
                if listed is None:
                    listed = listed_of[said, date] = is_listed(mention)
                if listed:
                    listing[day].add(seed)
            seeds = told.get(day)
            if seeds is None:
                seeds = told[day] = ([], [])
            seeds[spoken].append(seed)
        if not told:
            continue
        own = day_of(event.date)
        for day, (seeds, spoken_seeds) in told.items():
            candidate = (len(set(seeds)), own == day, len(seeds), len(set(spoken_seeds)),
                         len(spoken_seeds), event)
            held = best.get(day)
            if held is None:
                best[day] = candidate
                every[day] = [candidate]
                continue
            every[day].append(candidate)
            if candidate[:2] > held[:2] or (candidate[:2] == held[:2] and candidate[:5] > held[:5]):
                best[day] = candidate
    return _Tally(naming, speaking, listing, sentences, best, every, ignore)


def _shown(tally: _Tally, day: str, story_of: Mapping[str, str] | None = None) -> Event:
    """The day's event as the page shows it. Versions of one story (`story_of`, as `versions`
    gives it) count once, as they do in the day's weight: Timeline17 Egypt's 28 January, the
    day of the protests, showed "The U.S. Embassy in Egypt issued a statement indicating that
    several embassy vehicles were stolen", told a week later by six CNN pages that are four
    stories, over the protests in Egypt's major cities, told by five. A price move (`is_market`) and whatever an
    introduction (`is_introduction`) or a note on the page (`is_page_note`) names count as
    tellings, so they are shown only where no
    source names anything else happening on the day (`_as_shown`); of the events then tied with
    the day's best, one whose headline tells what happened before a quotation or a first-person
    account (`is_telling`), a note to editors in capitals (`is_shouting`) or a picture's caption
    (`is_caption`), then one whose headline is told of that day (`_headline_on`), then as
    `_tally` chose.
    Judged only for the days shown, and of their events only those that may come first: a
    sentence takes a few microseconds to judge (~30,000 distinct at 10,000 seeds), a headline
    too, and judging every one as `_tally` reads it cost Timeline17's key dates a third more
    CPU time."""
    told = tally.told[day]
    if len(told) == 1:
        return told[0][-1]
    # `_as_shown` never raises what a candidate is chosen on (its first two), so only the
    # events told as much as the best judged so far can come first
    top = None
    judged: list[tuple[int, Candidate]] = []
    for at, candidate in sorted(enumerate(told), key=lambda ic: ic[1][:2], reverse=True):
        if top is not None and candidate[:2] < top:
            break
        shown = _as_shown(candidate, day, tally.ignore, story_of or {})
        judged.append((at, shown))
        top = shown[:2] if top is None else max(top, shown[:2])
    tied = [c for _, c in sorted(judged, key=lambda ic: ic[0]) if c[:2] == top]
    held = max(tied, key=lambda c: c[:5])  # the first of the most told, as `_tally` chooses
    if len(tied) == 1 or (_reads_as_event(held[-1].headline) and _headline_on(held[-1], day)):
        return held[-1]  # no other comes before it
    return max(tied, key=lambda c: (_reads_as_event(c[-1].headline), _headline_on(c[-1], day),
                                    c[2:5]))[-1]


def _as_shown(candidate: Candidate, day: str, ignore: Collection[str],
              story_of: Mapping[str, str]) -> Candidate:
    """A `_tally` candidate as the page weighs it: a price move (`is_market`) and whatever an
    introduction (`is_introduction`) or a note on the page (`is_page_note`) names count as
    tellings, and the seeds naming the day are counted by story (`story_of`), never more than
    `_tally` counted them."""
    event = candidate[-1]
    introduction = is_introduction(event.headline) or is_page_note(event.headline)
    naming: list[str] = []
    telling: list[str] = []
    for mention in event.mentions:
        if day_of(mention.date) != day or mention.seed in ignore:
            continue
        told = introduction or is_attribution(mention) or is_market(mention)
        (telling if told else naming).append(mention.seed)
    return (len({story_of.get(seed, seed) for seed in naming}), candidate[1], len(naming),
            len(set(telling)), len(telling), event)


def _headline_on(event: Event, day: str) -> bool:
    """True when the event's headline is told by a sentence dating it to `day`: a merged entry's
    headline may come from a telling of another day. Timeline17 Libya's 28 July 2011 showed "As
    the Transport minister here said" (a transcript of the 29th, "So as the Transport minister
    here said this morning, ...", merged with Reuters' chronology lines on Younes' killing), where
    as many articles told that the rebels had captured five towns on the 28th."""
    start = HEADLINE_WORD.findall(event.headline.lower())[:HEADLINE_START]
    return any(set(start) <= set(HEADLINE_WORD.findall(mention.sentence.lower()))
               for mention in event.mentions if day_of(mention.date) == day)


def _reads_as_event(headline: str) -> bool:
    return not (is_telling(headline) or is_shouting(headline) or is_caption(headline))


def versions(story: Iterable[Event], published: Mapping[str, str | None]) -> dict[str, str]:
    """Seed -> the first seed (by name) of the story it is a version of, for seeds telling a
    dated event. Agencies publish a story again as it develops (Reuters' updates of one Libya
    story on 20 and 21 June: "The rebel oil and finance minister accused the West on Saturday of
    failing to keep promises ..." three times); the versions are one source, not three. Two
    articles published at most VERSION_DAYS apart are versions of one story when they share at
    least VERSION_SHARED of their dated sentences and at least VERSION_SHARE of the shorter one's;
    versions of versions are one story too. Sentences are compared as the pipeline cleaned them:
    an update repeats its paragraphs word for word, and comparing them as written is 4-5 times
    cheaper than normalising them (0.02 s CPU for Timeline17 Libya's 5,300 dated sentences; it
    runs on every build). Of Libya's 777 articles, the 733 telling a dated event are 706 stories."""
    said: dict[str, set[str]] = {}
    for event in story:
        for mention in event.mentions:
            said.setdefault(mention.seed, set()).add(mention.sentence)
    carriers: dict[str, list[str]] = {}
    for seed, sentences in said.items():
        for sentence in sentences:
            carriers.setdefault(sentence, []).append(seed)
    when = {seed: dt.date.fromisoformat(day).toordinal()
            for seed in said if (day := day_of(published.get(seed)))}
    shared: Counter = Counter()
    for seeds in carriers.values():
        if 1 < len(seeds) <= VERSION_CARRIERS:
            for a, b in combinations(sorted(s for s in seeds if s in when), 2):
                if abs(when[a] - when[b]) <= VERSION_DAYS:
                    shared[a, b] += 1
    first = {seed: seed for seed in said}

    def root(seed: str) -> str:
        while first[seed] != seed:
            seed = first[seed]
        return seed

    for (a, b), count in sorted(shared.items()):
        if count >= max(VERSION_SHARED, VERSION_SHARE * min(len(said[a]), len(said[b]))):
            one, other = sorted((root(a), root(b)))
            first[other] = one
    return {seed: root(seed) for seed in said}


def day_scores(story: Iterable[Event], published: Mapping[str, str | None],
               ignore: Collection[str] = frozenset()) -> dict[str, DayScore]:
    """Every day some source dates an event to, with its weight; `published` maps seed -> date.

    Seeds in `ignore` (off-topic articles) count for nothing. Versions of one story (`versions`)
    count once among the articles naming a day: a day is weighed by the independent sources naming
    it. The DayScore still lists the articles (the page counts articles).
    """
    story = tuple(story)
    return _day_scores(story, _tally(story, ignore), published, ignore, versions(story, published))


def _day_scores(story: tuple[Event, ...], tally: _Tally, published: Mapping[str, str | None],
                ignore: Collection[str], story_of: Mapping[str, str]) -> dict[str, DayScore]:
    """`day_scores` from `_tally(story, ignore)` and `versions(story, published)`."""
    naming, speaking, sentences = tally.naming, tally.speaking, tally.sentences
    day_of_date = {date: day_of(date) for date in set(published.values())}
    published_on = {seed: day_of_date[date] for seed, date in published.items()}
    on_day: dict[str, set[str]] = {}
    for seed, day in published_on.items():
        if day and seed not in ignore:
            on_day.setdefault(day, set()).add(seed)
    days_published = sorted(day for day, seeds in on_day.items() for _ in seeds)
    typical = _typical_coverage(days_published)
    span = (days_published[0], days_published[-1]) if days_published else None
    nobody: frozenset[str] = frozenset()
    listable = None  # the days a chronology's entry counts for (LISTED_BEFORE_SPAN)
    if span:
        listable = _shifted(dt.date.fromisoformat(span[0]), -LISTED_BEFORE_SPAN).isoformat(), span[1]
    scores = {}
    for day in naming.keys() | speaking.keys() | on_day.keys():
        seeds = naming.get(day, nobody)
        later = {s for s in seeds if (published_on.get(s) or "") > day}
        spoken = speaking.get(day, nobody) - seeds
        papers = on_day.get(day, nobody)
        coverage = _around(days_published, day)
        # `_divisor`, with the coverage counted once
        divisor = (coverage if span and span[0] <= day <= span[1] else typical) + COVERAGE_FLOOR
        told_later = {story_of.get(s, s) for s in later}
        told = {story_of.get(s, s) for s in seeds} - told_later
        listed = ({story_of.get(s, s) for s in tally.listing.get(day, nobody)
                   if (published_on.get(s) or "") >= day}
                  if listable and listable[0] <= day <= listable[1] else ())
        weight = (LATER_WEIGHT * len(told_later) + SAME_DAY_WEIGHT * len(told)
                  + SPOKEN_WEIGHT * len(spoken) + PUBLISHED_WEIGHT * len(papers - seeds)
                  + LISTED_WEIGHT * len(listed)) / divisor
        scores[day] = DayScore(day, frozenset(seeds), frozenset(later), frozenset(papers), weight,
                               coverage, sentences.get(day, 0), frozenset(spoken), len(ignore),
                               len(told_later) + len(told), len(told_later), len(listed))
    return scores


def _divisor(day: str, days: list[str], typical: int) -> float:
    """What a day's count is divided by: the coverage around it, inside the span the articles were
    published in. Outside it (a war's 1969 coup, 9/11, or a year resolved wrong) there is no
    coverage to weigh against; those days take the median article's, so five articles recalling
    1969 do not outweigh fifty recalling the no-fly zone vote."""
    if days and days[0] <= day <= days[-1]:
        return _around(days, day) + COVERAGE_FLOOR
    return typical + COVERAGE_FLOOR


def _typical_coverage(days: list[str]) -> int:
    """The coverage around the median article's publication day."""
    return _around(days, days[len(days) // 2]) if days else 0


def _around(days: list[str], day: str) -> int:
    """How many of the sorted publication `days` fall within COVERAGE_DAYS of `day`."""
    middle = dt.date.fromisoformat(day)
    first, last = _shifted(middle, -COVERAGE_DAYS).isoformat(), _shifted(middle, COVERAGE_DAYS).isoformat()
    return bisect.bisect_right(days, last) - bisect.bisect_left(days, first)


def _shifted(day: dt.date, days: int) -> dt.date:
    """`day` moved by `days`, stopping at the calendar's ends: a ledger "opened on 0001-01-05"
    has no 30 days before it in `datetime`."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.min if days < 0 else dt.date.max


def rank_days(story: Iterable[Event], published: Mapping[str, str | None],
              ignore: Collection[str] = frozenset()) -> list[DayScore]:
    """Days by weight, then by articles naming them, then by sentences, then earliest first."""
    return _ranked(day_scores(story, published, ignore).values())


def _ranked(scores: Iterable[DayScore]) -> list[DayScore]:
    return sorted(scores, key=lambda s: (-s.weight, -len(s.sources), -s.sentences, s.day))


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


SETTLED_SHARE = (2, 3)  # `settled`: of an entry's articles, this share dating it to its key day


def settled(event: Event, day: str) -> bool:
    """True when the day an entry is a key date for is the entry's own date and at least
    SETTLED_SHARE of its articles date it to that day: its "dates differ" is then one telling
    merged from a neighbouring day, not articles disagreeing on when it happened.

    Timeline17 Haiti's key-dates page said "(dates differ)" on 5 of its 11 rows, and in none do
    the articles disagree: "Four vessels had docked by Thursday evening" is told by four
    articles, one of whose sentences goes on "... and US military divers were to start repair
    work to the pier on Friday", its Friday merged in; Hillary Clinton's arrival on Saturday,
    told by five, holds "American officials were arriving in Haiti Wednesday" merged from the
    13th. Of the key-date rows of the 5 Timeline17 topics so marked, 23 of 30 are settled."""
    if day_of(event.date) != day:
        return False
    seeds = {mention.seed for mention in event.mentions}
    on_day = {mention.seed for mention in event.mentions if day_of(mention.date) == day}
    part, whole = SETTLED_SHARE
    return whole * len(on_day) >= part * len(seeds)


def story_span(days: Iterable[str], documents: Iterable[Document]) -> tuple[str, str] | None:
    """(first day, last day) of the story: the days its articles were published, widened to
    its key `days` (`key_dates`); None when neither gives a day.

    The home page's date range is the story's, not every year an article mentions: Timeline17's
    Haiti articles, all published in January 2010, name 1510 (the Europeans arriving), 1770 (the
    last great quake) and 2032 (a BBC live page's clock read as a year), and its range ran "1510 to
    2032". A key day before the first article (the quake on 12 January, reported from the 13th)
    or a war's start that later articles keep citing belongs to the story; a year named once in
    passing is background, and the timeline still lists it."""
    known = [day for day in (day_of(d.date) for d in documents) if day]
    known.extend(day for day in map(day_of, days) if day)
    return (min(known), max(known)) if known else None


def key_dates(story: list[Event], size: int, documents: Iterable[Document],
              words: Mapping[str, tuple] | None = None,
              ignore: Collection[str] | None = None) -> list[tuple[DayScore, Event]]:
    """The `size` heaviest days, each with its best-reported event (for pages that show counts:
    "12 articles name this day, 5 of them later"). `words`: see off_topic; `ignore`: the seeds
    judged off topic, when already judged (benchmarks/t17.py keeps them beside the extraction)."""
    documents = tuple(documents)
    published = {d.seed: d.date for d in documents}
    if ignore is None:
        ignore = off_topic(documents, words)
    if ignore:
        log.info("%d of %d articles judged off topic; their dates do not rank key dates",
                 len(ignore), len(documents))
    story = tuple(story)
    tally = _tally(story, ignore)  # each day's event: see _tally
    best = tally.best
    out, shown = [], set()
    story_of = versions(story, published)
    for score in _ranked(_day_scores(story, tally, published, ignore, story_of).values()):
        event = _shown(tally, score.day, story_of) if score.day in best else None
        if event is not None and event.id not in shown:  # a disputed event is best on two days
            out.append((score, event))
            shown.add(event.id)
        if len(out) == size:
            break
    return out
