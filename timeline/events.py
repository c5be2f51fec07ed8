"""Events: one per dated statement, with a headline, its sentence, and how its date was found.

A sentence may make several statements: dates in different clauses ("arrested in the summer of
2020, and charged in late 2021") or coordinated ("on September 19 and September 26") give one
event each, while dates in apposition ("on Monday, the first day of Ramadan") or spanning a range
("between yesterday and this morning") date one. Undated statements get a place from ordering
cues ("These attacks followed a US airstrike ...": the airstrike comes before the attacks), the
anchor being the told event the cue refers back to ("The agreement followed ..." -> the signing);
an offset cue ("the day before the prosecution opened") gives a date. Follow-on sentences ("The
assaults included ...") become details of the event before them.

Not events: hedged clauses (forecasts, hopes, expectations, "was due to" plans that did not
happen; a hedge reaches into the clauses below it, not past "and"/"but"), present-tense
background and states reached ("has risen since the deal"), durations and recurring sets,
times of day without a day ("through the night"), holidays named as things ("the Nowruz
bonfires"), bylines. Scheduled events stated as fact ("will be sentenced on 19 May", "said it
would pay ... two days before Diwali") are events.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from dataclasses import dataclass

from . import entities, sentences
from .model import Document, Event, Mention, Timex
from .temporal import calendar as cal
from .temporal import vocabulary

# a weekend is its ISO week with "-WE" (TimeML: "last weekend" -> 1989-W43-WE)
CALENDAR_VALUE = re.compile(r"^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?$|^\d{3}$")

# A clause whose main verb is hedged tells what may happen, not what did. "May" the month is
# capitalised, so the modal is matched case-sensitively.
HYPOTHETICAL = re.compile(
    # "lower-than-expected earnings", "As expected, Kellogg reported ...": measured against a
    # forecast, the thing happened
    r"\b(?:[Cc]ould|[Mm]ight|may|[Ss]hould|[Ee]xpects?|(?<!than-)(?<!than )(?<![Aa]s )[Ee]xpected|"
    r"[Ff]orecasts?|[Ff]orecasters?|"
    r"[Pp]redicted|[Pp]redicts?|likely|unlikely|possibly|[Hh]opes?|hoped|hoping|[Ii]f|[Uu]nless|"
    r"aims? to|intends? to|plans? to|warned that|feared|fears|"
    r"can|cannot)\b"
    # a past plan that did not happen: "was due to sit again on 3 January, but ..."
    r"|\b(?:was|were)\s+due\s+to\s+(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)")
# "plan to" is the verb after its subject ("The rebels plan to attack"), the noun after a
# determiner or a modifier: "a plan to evacuate", "its peace plan to", "a shareholder-rights plan to
# ward off suitors" is a thing adopted. A bare plural before it is the subject ("rebels plan to").
DETERMINER_WORDS = r"(?:a|an|the|its|their|his|her|our|your|my|this|that|whose|any|no|every|each)"
PLAN_NOUN = re.compile(rf"(?:\b{DETERMINER_WORDS}|['’]s?)\s+(?:[\w'’-]+\s+){{0,2}}$", re.I)
BARE_PLURAL = re.compile(rf"(?:^|\s)(?!{DETERMINER_WORDS}\s)[A-Za-z]*[^\Ws'’]s\s+$", re.I)
# "would" is hedged, except as reported future stated as fact ("said it would pay ... on Monday")
WOULD = re.compile(r"\bwould\b")
# where a clause below the main one starts: a complement or a relative clause
SUBORDINATE = re.compile(r"\b(?:that|which|who|whom)\b")
REPORTED = re.compile(r"\b(?:said|says|announced|confirmed|told\s+\w+)\b")
PERFECT_SINCE = re.compile(r"\b(?:has|have|had)\b[^.]*\bsince\s*$", re.I)
ANAPHOR = re.compile(r"^(?:The|These|Those|This|That|It|They|Both|All|Each|Such)\b")
# "and" before a subject of its own and its verb: "Boeing will begin production in 2006 and the
# aircraft should enter airline service in 2008"
NEW_SUBJECT = (r"|(?<!\s)\s+and\s+(?=(?:the|its|their|his|her)\s+(?:[\w-]+\s+){1,3}?"
               r"(?:should|will|would|could|may|might|can|must|is|are|was|were|has|have|had)\b)")
# Clause edges inside a sentence: where one statement ends and another may begin. A run of spaces
# is entered at its start only ("(?<!\s)\s+"): tried from each of its spaces, a long run was
# rescanned from every one (quadratic).
CLAUSE_EDGE = re.compile(
    r",\s+(?:and|but|while|whereas|which|who|where|saying|as)\b|;\s+|(?<!\s)\s+but\s+"
    r"|(?<!\s)\s+and\s+(?=(?:was|were|had|has|is|are|will|would|then|\w+ed)\b)" + NEW_SUBJECT +
    r"|(?<!\s)\s+(?:after|before|when)\s+(?=(?:the|its|their|his|her|a|an)\b)")
# Edges that join two independent statements; a hedge before one does not reach past it.
COORDINATION = re.compile(r",\s+(?:and|but)\b|;\s+|(?<!\s)\s+but\s+"
                          r"|(?<!\s)\s+and\s+(?=(?:was|were|had|has|is|are|will|would|then|\w+ed)\b)"
                          + NEW_SUBJECT)
# A date that ends or starts a state ("waive fees until the end of March", "shut since
# September 9") dates no event of its own when the sentence gives another ...
BOUNDARY_BEFORE = re.compile(r"\b(?:until|till|through|since|from)\s+(?:at\s+least\s+)?$", re.I)
NOT_UNTIL = re.compile(r"(?:\bnot\b|n['’]t\b|\bnever\b)[^,;]*\b(?:until|till)\s+(?:at\s+least\s+)?$", re.I)
UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+(?:at\s+least\s+)?$", re.I)
# the words BOUNDARY_BEFORE, UNTIL_BEFORE (and NOT_UNTIL) and the dating prepositions end in
# (`_last_word`): each is tried only after one
BOUNDARY_WORDS = frozenset(("until", "till", "through", "since", "from", "least"))
UNTIL_WORDS = frozenset(("until", "till", "least"))
DATING_WORDS = frozenset(("on", "in", "at", "during", "and", "late", "early"))
# A date something is measured against dates no event: "sales volume fell 17.3% compared to 2008",
# "a 32% drop in US sales from a year earlier", "more orders than Airbus in 2005" ("less than two
# weeks ago" is a date: the launch was then; "more orders than Airbus in 2005" dates the orders)
COMPARED = re.compile(r"(?:\bcompared\s+(?:to|with)|(?<!less )(?<!more )(?<!fewer )\bthan|\bversus|\bvs\.?)"
                      r"\s+(?:(?-i:[a-z][\w']*)\s+){0,4}?(?:(?:in|of|during)\s+)?$", re.I)
COMPARED_WORD = re.compile(r"compared|than|versus|vs", re.I)  # COMPARED is tried only where one is
YEAR_EARLIER = re.compile(r"(?:a|one|the)\s+(?:year|month|quarter)\s+(?:earlier|before|ago)$|"
                          r"the\s+(?:previous|prior)\s+(?:year|month|quarter)$", re.I)
# ... nor one followed by what happened then: "besieged Misrata until March 20 and then pulled
# back", "held the airport until March 20 and withdrew" (the state ended on that day)
# ... except where the thing itself moves there: "delivery will be delayed until October 2007"
RESCHEDULED = re.compile(r"\b(?:delayed|postponed|deferred|put off|pushed back|moved|adjourned)\s+"
                         r"(?:\w+\s+){0,2}(?:until|till|to)\s+$", re.I)
# Verbs that show a statement tells something that happened (or will), not a state of affairs.
PAST_VERB = re.compile(
    r"""\b(?:(?!(?-i:[A-Z][a-z]))\w{3,}ed|began|begun|came|made|took|fell|rose|lost|hit|won|sold|held|met|left|led|
    went|gave|told|said|struck|flew|fought|built|bought|paid|cut|set|shut|sent|spent|saw|ran|
    brought|kept|became|grew|broke|chose|drove|ate|wrote|spoke|stood|sat|rode|swore|sworn|risen|
    fallen|given|taken|driven|written|spoken|chosen|known|seen|gone|done|begun|won|shot|fled|
    dealt|meant|felt|found|bound|hung|lent|lit|read|sought|slid|spun|split|spread|sprang|stuck|
    stung|struck|swept|swung|thrown|threw|understood|undertook|withdrew|withdrawn|woke|wound|
    arose|awoke|bore|borne|beat|beaten|bent|bet|bit|bitten|blew|blown|bred|burst|cast|caught|
    clung|crept|dug|dove|drew|drawn|drank|forbade|forgot|forgave|froze|frozen|hid|hidden|hurt|
    laid|lay|quit|rang|rung|rid|sang|sank|shook|shone|shut|slept|slew|sold|sent|sped|spent|stole|
    stolen|strove|swam|tore|torn|wore|worn|wove|wept|born|died)\b""".replace("\n    ", ""), re.I)
THEN_AFTER_UNTIL = re.compile(r"\s*,?\s+(?:and\s+)?then\b|\s*,?\s+and\s+(?:\w+ly\s+)?(?="
                              + PAST_VERB.pattern + ")", re.I)
FUTURE = re.compile(r"\b(?:will|would|shall|is to|are to|is due to|are due to|to be|"
                    r"(?:is|are)\s+(?:slated|scheduled|set|due|planned))\b", re.I)
PRESENT_STATE = re.compile(r"\b(?:is|are|am|remains?|seems?|appears?|looks?|stays?|be|been)\s+"
                           r"(?:\w+ly\s+|still\s+|not\s+)*\w+ed\b", re.I)
# a dated clause in the present tense with no past or future verb is background too
PRESENT_FINITE = re.compile(r"\b(?:is|are|remains?|seems?)\b(?!\s+(?:slated|scheduled|set|due|planned)\b)",
                            re.I)
# a date named by the calendar, not by "today", "tonight", "this week"
CALENDAR_NAMED = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                            r"February|March|April|May|June|July|August|September|October|November|"
                            r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\d")
# the present progressive with a date tells something under way or arranged then, not a state
PROGRESSIVE = re.compile(r"\b(?:is|are|am)\s+(?:also\s+|now\s+|still\s+)?(?!being\b)\w{3,}ing\b", re.I)
VERB = re.compile(PAST_VERB.pattern + "|" + FUTURE.pattern + r"|\b(?:is|are|was|were|has|have|had|remains?)\b",
                  re.I)
RELATIVE_THEN_VERB = re.compile(r"(?P<relative>,\s+(?:which|who)\b[^,]*,)\s+(?=" + VERB.pattern + ")", re.I)
AUXILIARY_PERFECT = re.compile(r"\b(?:has|have|having)\s+(?:been\s+)?\w+", re.I)
# A time of day counts only with a day it belongs to ("the same evening", "last night": the
# evening before the article's day), not "the night" nor "overnight" ("will not happen overnight").
DAY_WORDS = re.compile(
    r"\b(?:same|that|this|following|next|previous|yesterday|today|tonight|tomorrow|last\s+night|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
    r"\d{1,2}[/-]\d|\d{4})\b", re.I)
PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|at|during|by|from|since|until|before|after|of|for|"
                                r"through|over|around|about|till|to)\s+$", re.I)
# who a quoted speaker is, not what happened: "said one operator who joined three years ago"
SPEAKER_BACKGROUND = re.compile(r"\b(?:said|says|added|told\s+\w+)\s+[^,;]{0,60}?\bwho\s+[^,;]*$")
# The day a trailing "prosecutors said on Monday" names is the saying's; a statement reported with its
# own offset from another event ("bought a rifle ten days before the shooting") did not happen then.
SAID_ON_THE_DAY = re.compile(r",\s+[^,;]{0,60}?\b(?:said|says|told\s+\w+|announced|added|reported|testified)\s+"
                             r"(?:on\s+|late\s+|early\s+)?$")
OFFSET_FROM_EVENT = re.compile(r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                               r"several|a\s+few|few)\s+(?:days?|weeks?|months?|years?|hours?)\s+"
                               r"(?:before|after|earlier|later|prior\s+to)\b", re.I)


def _offset_from_event(reported: str) -> bool:
    """Whether a reported statement carries its own offset after its past verb ("bought a rifle ten
    days before the shooting"); not a state ("back to normal less than a month after") nor one
    that opens the sentence ("A day after the clashes, Yemen said ...": it dates the saying)."""
    for m in OFFSET_FROM_EVENT.finditer(reported):
        told_before = reported[:m.start()]
        if not re.search(r"\bthan\s+$", told_before) and any(
                v[0].lower() not in ("said", "told") for v in PAST_VERB.finditer(told_before)):
            return True
    return False


# a byline or a dateline line ("By Gulf Wire staff | August 30, 2024") tells no event: fewer
# words than this besides its dates, and no verb
NEEDS_WORDS = 3
# a web page's stamp, words that a byline check must not count as a verb
PAGE_STAMP = re.compile(r"\b(?:Last\s+updated|Updated|Posted|Published)\s+(?:at|on)\b|\bLast\s+updated\s*:")
# a sentence that introduces the page's video, not the news: "In the following video, CNN's
# Anderson Cooper reports on being attacked ... on Wednesday", "The video below is a roundup ...
# of what happened during Wednesday's demonstrations". Its date is the video's subject, told by
# the page around it; "The video, taken on a cell phone, was posted on Monday" is news.
VIDEO_INTRODUCTION = re.compile(
    r"^\W*(?:In\s+)?(?:the|this)\s+(?:(?:following|accompanying)\s+video\b|video\s+(?:below|above)\b)"
    r"|^\W*In\s+this\s+video\b|^\W*(?:Below|Here)\s+is\s+(?:a\s+|some\s+)?(?:[\w-]+\s+){0,2}?video\b", re.I)

# Ordering cues for undated statements, as data: (name, pattern, relation of the new event
# to the event it is ordered against, which group is the new event, which group refers back).
@dataclass(frozen=True, slots=True)
class Cue:
    name: str
    pattern: re.Pattern
    relation: str  # the new event's relation to its anchor: before | after
    new: str  # group holding the new event's words
    known: str  # group that refers to an event already told


def _cue(name, pattern, relation, new, known):
    return Cue(name, re.compile(pattern, re.S), relation, new, known)


CUES = (
    # "It ... was quickly followed by two strong aftershocks": the passive tells what came after,
    # and the new event is the aftershocks ("By two strong aftershocks" was its headline, told
    # as before the quake)
    _cue("followed-by", r"^(?P<x>.+?)(?:\s+(?:was|were)\s+(?:\w+ly\s+)?|,\s+)followed\s+by\s+(?P<y>.+)$",
         "after", "y", "x"),
    _cue("followed", r"^(?P<x>.+?)\s+(?:followed|came after|were preceded by|was preceded by)\s+(?P<y>.+)$",
         "before", "y", "x"),
    _cue("in-response-to", r"^(?P<x>.+?)\s+(?:came|was|were)\s+(?:a\s+)?(?:in\s+)?(?:response|retaliation|reply)\s+(?:to|for)\s+(?P<y>.+)$",
         "before", "y", "x"),
    _cue("in-response-to", r"^(?:In|in)\s+(?:response|retaliation|reply)\s+(?:to|for)\s+(?P<y>[^,]+),\s*(?P<x>.+)$",
         "after", "x", "y"),
    _cue("after", r"^(?P<x>.+?)\s+(?:after|following)\s+(?P<y>(?:the|its|their|his|her)\b.+)$",
         "after", "x", "y"),
    # "X has risen since the deal" is a state reached, not an event: only simple past counts
    _cue("since", r"^(?P<x>(?:(?!\b(?:has|have|had)\b).)+?)\s+since\s+(?P<y>(?:the|its|their|his|her)\b.+)$",
         "after", "x", "y"),
    _cue("before", r"^(?P<x>.+?)\s+(?:before|ahead of|prior to)\s+(?P<y>(?:the|its|their|his|her)\b.+)$",
         "before", "x", "y"),
    _cue("until", r"^(?P<x>(?:(?!\b(?:has|have|had)\b).)+?)\s+until\s+(?P<y>(?:the|its|their|his|her)\b.+)$",
         "before", "x", "y"),
    _cue("earlier", r"^(?P<x>(?:Earlier|Before that|Previously),?\s+.+)$", "before", "x", "x"),
    _cue("later", r"^(?P<x>(?:Later|Afterwards|After that|Subsequently),?\s+.+)$", "after", "x", "x"),
)
# "The jury was sworn in the day before the prosecution opened": an offset from a told event is a
# date, not just an order.
OFFSET_CUE = re.compile(
    r"^(?P<x>.+?)\s+(?P<n>the|a|one|two|three|four|five|six|seven|\d+)\s+(?P<unit>days?|weeks?)\s+"
    r"(?P<dir>before|after|later|earlier)\s+(?P<y>(?:the|its|their|his|her)\b.+)$")
NUMBERS = {"the": 1, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# "X killed dozens of people before tribal elders brokered a truce": a dated clause followed by
# "before" + a new clause gives a second event after the first. "before the storm arrived" names
# an event already told (definite), so it gives none.
THEN_CLAUSE = re.compile(r"(?<!\s)\s+before\s+(?P<y>(?!(?:the|its|their|his|her)\b)(?:[A-Z][\w-]*|\w+)\s+"
                         r"(?:\w+\s+){0,4}?\w+ed\b.*)$")

LEADING_FRAME = re.compile(
    r"^.*?\b(?:was|were)\s+(?:underlined|underscored|highlighted|shown|demonstrated|illustrated)\s+when\s+",
    re.I)
# an introduction before the item it introduces: "Here are some facts about Fatah and Hamas: *
# Fatah is the mainstream Palestinian nationalist movement founded in 1965 ...", "Here is what's
# happening today: (11:39 p.m. Monday ET) Fareed Zakaria reacts ...": the item is the news
INTRODUCED = re.compile(r"^\W*(?:Here|Following) (?:is|are)\b[^:]{0,100}(?::|\s--\s)\s*(?:(?:--|-|\*|•)\s*)?(?=\S)")
# A page's furniture before what it shows: "Photo: A Libyan rebel fighter walks ...", "Photo, top to
# bottom: People look at ...", "Photo: Martin Harrison A strong aftershock ..." (a credit),
# "Picture shows damages at the port ...", "Click on any image to get a bigger picture", and the
# page's offer of what the item is about: "Here is the text of President Hosni Mubarak's address"
PAGE_FURNITURE = re.compile(
    r"^\W*(?:(?:Photo|Picture|Image)(?:,[^:]{0,40})?:\s+(?:(?:[A-Z][\w'’.-]+\s+){1,3}(?=(?:A|An|The)\s))?"
    r"|(?:Photo|Picture|Image)\s+shows\s+"
    r"|Click\s+(?:on\s+)?[^.:]{0,40}\b(?:picture|image|photo|gallery)\b\s*:?\s*"
    r"|Here\s+(?:is|are)\s+(?:(?:a|an|the|some)\s+)?(?:[\w-]+\s+){0,2}?(?:of|about|on|to)\s+)(?=\S)")
TRAILING_ATTRIBUTION = re.compile(
    r",\s*(?:[\w\s.'’-]{1,60}?)\s+(?:said|says|reported|reports|told reporters|according to [^,]+)\s*(?=,|$)")
# agency copy puts the speaker after the verb: "..., said Peter Bouckaert, director of emergencies"
INVERTED_ATTRIBUTION = re.compile(r",\s+(?:said|says|added|according\s+to)\s+(?:the\s+)?[A-Z][^,]{0,60}"
                                  r"(?:,\s+[^,]{0,100})?$")
# (a run of spaces is entered at its start only, here and below: "(?<!\s)\s+" tried from every
# space of a long run rescans the run each time, quadratic)
CLAUSE_BREAK = re.compile(r",\s+(?:which|who|whose|where|as|while|in an effort|in what|in the|"
                          r"with|including|after|but|though|\w+ing)\b|;\s+|(?<!\s)\s+—\s+"
                          r"|(?<!\s)\s+as\s+(?:a|an)\s+|(?<!\s)\s+(?:the|a|an|its)\s+first\s+\w+\s+to\b"
                          r"|(?<!\s)\s+as\s+(?:they|he|she|it|we)\b|,\s+many\b|(?<!\s)\s+and\s+(?:has|have)\s+"
                          r"|(?<!\s)\s+at\s+the\s+end\s+of\b")


def extract(document: Document, timexes: tuple[Timex, ...]) -> tuple[Event, ...]:
    """Events told by one document, in text order, ids left for `merge` to assign."""
    found: list[Event] = []
    if document.date:
        found.append(article_event(document))
    usable = [t for t in timexes if _is_event_date(t, document)]
    sets = [t for t in timexes if t.type in ("SET", "DURATION")]
    told: list[Event] = []  # dated events so far: what an ordering cue may refer back to
    last: Event | None = None  # the event a follow-on sentence adds detail to
    last_paragraph = -1
    for sentence in sentences.split(document.text):
        inside = [t for t in usable if sentence.start <= t.start and t.end <= sentence.end]
        if sentence.paragraph != last_paragraph and last is not None and not ANAPHOR.match(sentence.text):
            last = None
        last_paragraph = sentence.paragraph
        if VIDEO_INTRODUCTION.match(sentence.text):
            last = None
            continue
        if inside:
            made = _dated_events(document, sentence, inside)
            if made:
                found.extend(made)
                told.extend(e for e in made if e.relation == "on")
                last = made[-1]
                continue
            last = None
            continue
        has_set = any(sentence.start <= t.start and t.end <= sentence.end for t in sets)
        if told and not has_set:
            ordered = _ordered_event(document, sentence.text, told)
            if ordered is not None:
                found.append(ordered)
                continue
        if (last is not None and ANAPHOR.match(sentence.text) and not _is_non_event(sentence.text)
                and not _tells_the_past_of_a_plan(last, sentence.text, document.date)):
            index = next(i for i, e in enumerate(found) if e is last)
            found[index] = last = _with_detail(last, sentence.text)
    return tuple(found)


def _tells_the_past_of_a_plan(event: Event, sentence: str, published: str | None) -> bool:
    """A past-tense sentence after an event still to come is not its detail: after "The first
    jets will be delivered in 2014", "The deal was announced during a large business forum"
    tells something that happened before, not more about the deliveries."""
    start = cal.period_start(event.date)
    return (published is not None and start is not None and start.isoformat() > published
            and bool(PAST_VERB.search(sentence)) and not FUTURE.search(sentence))


def article_event(document: Document) -> Event:
    headline = re.sub(r"[,–—|-]\s*[^,–—|]{3,30}$", "", document.title).strip() \
        if document.date_source == "title" else document.title
    mention = Mention(document.seed, document.title, document.date, document.date_expression,
                      f"publication-date-{document.date_source}",
                      f"publication date, from the {document.date_source}", title=document.title)
    return Event("", document.date, "on", f"Article: {headline or document.title}", (mention,),
                 is_article=True)


def _is_event_date(timex: Timex, document: Document) -> bool:
    if timex.type not in ("DATE", "TIME"):
        return False
    value = timex.value.split("T")[0]
    if not CALENDAR_VALUE.match(value):
        return False
    if timex.type == "TIME" and not DAY_WORDS.search(timex.text) and not _happened_overnight(timex, document.text):
        return False  # "through the night", "8 a.m.": a time of day with no day of its own
    # without a publication date, only dates that carry their own year can be justified
    return document.date is not None or timex.anchor is None


# "overnight" alone dates what happened in the night before the article's day only in a clause
# telling it in the past ("raided a Shia mosque overnight", "were killed overnight"), not a change
# said to come suddenly ("will not happen overnight", "could propose amendments overnight"), a
# process ("the police evaporating overnight") or a noun's modifier ("the overnight strikes")
OVERNIGHT_CLAUSE_START = re.compile(r".*(?:[.;:!?]|,\s|\s[-–—]+\s|\b(?:who|which|that|and|but)\s)", re.S)
OVERNIGHT_CLAUSE_END = re.compile(r"[.,;:!?]|\s[-–—]+\s|\s(?:and|but|as|while|when)\s")
NOT_HAPPENED = re.compile(r"\b(?:not|never|no|can|could|may|might|will|would|shall|should|must|cannot|"
                          r"to)\b|n['’]t\b", re.I)
OVERNIGHT_AS_MODIFIER = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that)|['’]s?)\s+$", re.I)


def _happened_overnight(timex: Timex, text: str) -> bool:
    if timex.text.lower() != "overnight":
        return False
    before = text[max(0, timex.start - 200):timex.start]
    start = OVERNIGHT_CLAUSE_START.match(before)
    before = before[start.end():] if start else before
    after = text[timex.end:timex.end + 200]
    after = after[:m.start()] if (m := OVERNIGHT_CLAUSE_END.search(after)) else after
    if not before.strip():  # "Overnight a rumor went round ...": the clause follows
        return bool(PAST_VERB.search(after)) and not NOT_HAPPENED.search(after)
    verb = None
    for verb in PAST_VERB.finditer(before):
        pass
    return (verb is not None and not NOT_HAPPENED.search(before + " " + after)
            and not OVERNIGHT_AS_MODIFIER.search(before)
            and not re.search(r"\b\w{3,}ing\b", before[verb.end():]))


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end]: from the clause edge before it to the one after."""
    left, right = 0, len(text)
    for m in CLAUSE_EDGE.finditer(text):
        if m.end() <= start:
            left = m.end()
        elif m.start() >= end:
            right = m.start()
            break
    return left, right


def _statements(text: str, inside: list[Timex], offset: int) -> list[list[Timex]]:
    """Dates of one sentence grouped by the statement they date, in text order.

    Dates in apposition ("on Monday, the first day of Ramadan", "Thursday, March 21") or with
    the same value date one statement; dates in different clauses ("arrested in the summer of
    2020, and charged in late 2021") or coordinated ("on September 19 and September 26") date
    different statements.
    """
    groups: list[list[Timex]] = []
    for timex in sorted(inside, key=lambda t: t.start):
        if groups:
            previous = groups[-1][-1]
            between = text[previous.end - offset:timex.start - offset]
            before_first = text[:groups[-1][0].start - offset]
            ranged = (re.fullmatch(r"\s*(?:and|to|until|till|through|-|–)\s*", between)
                      and re.search(r"\b(?:between|from)\s+$", before_first, re.I))
            if (re.fullmatch(r"\s*,?\s*(?:the\s+|on\s+)?", between) or ranged
                    or _day(timex) == _day(previous) or _contains(_day(timex), _day(previous))):
                groups[-1].append(timex)
                continue
            same = next((g for g in groups if any(_day(t) == _day(timex) for t in g)), None)
            if same is not None:
                same.append(timex)
                continue
        groups.append([timex])
    return groups


def _contains(a: str, b: str) -> bool:
    """One value names a period inside the other ("early next month" and "Ramadan")."""
    return a != b and (a.startswith(b + "-") or b.startswith(a + "-"))


def _compared(text: str, timex: Timex, offset: int) -> bool:
    """Whether the date is what something is measured against, not when it happened."""
    before = _before(text, timex.start - offset)
    return bool((COMPARED_WORD.search(before) and COMPARED.search(before))
                or (_last_word(before) == "from" and re.search(r"\bfrom\s+$", before)
                    and YEAR_EARLIER.match(timex.text)))


def _day(timex: Timex) -> str:
    return timex.value.split("T")[0]


CONTEXT = 400  # characters before an expression that the cue patterns ending at it look at


def _before(text: str, end: int) -> str:
    """The text just before `end`. The cue patterns end there ($); searching the whole prefix
    for every expression was quadratic in the sentence (15 KB of dated clauses took 10 s)."""
    return text[max(0, end - CONTEXT):end]


LAST_WORD = re.compile(r"\w+$")


def _last_word(before: str) -> str:
    """The word `before` ends with (its trailing spaces aside), case-folded; "" when it ends in
    anything else. Most cue patterns end in one of a few words ("since", "until", "for", "on"),
    so each is tried only where its word is: a date-dense fuzz input (2,168 dates in 21 KB) ran a
    dozen end-anchored patterns over the 400 characters before every date, 11-18 ms per KB."""
    stripped = before.rstrip()
    found = LAST_WORD.search(stripped, max(0, len(stripped) - 24))
    return found.group().casefold() if found else ""


def _dated_events(document: Document, sentence: sentences.Sentence,
                  inside: list[Timex]) -> list[Event]:
    text = sentence.text
    offset = sentence.start
    if len(inside) > 1:  # "stormed a town overnight, residents said on Sunday": the night before Sunday
        inside = [t for t in inside if t.text.lower() != "overnight" or DAY_WORDS.search(t.text)]
    rest = _words_without(text, inside, offset)
    if PAGE_STAMP.search(text):  # "24 April 2011 Last updated at 17:55 GMT Help": the page's, no event
        rest = [word for word in rest if word not in ("updated", "at", "on")]
    if len(rest) < NEEDS_WORDS and not PAST_VERB.search(" ".join(rest)):
        return []  # a byline or dateline: "By Gulf Wire staff | August 30, 2024"
    before = {id(t): _before(text, t.start - offset) for t in inside}  # what every cue below reads
    last = {key: _last_word(words) for key, words in before.items()}
    candidates = [t for t in inside if not (last[id(t)] == "since"
                                            and PERFECT_SINCE.search(before[id(t)]))
                  and not _compared(text, t, offset)]
    # "risen for Christmas on 22 December": a holiday after "for" is a purpose, not the date
    if len(candidates) > 1:
        candidates = [t for t in candidates
                      if not (last[id(t)] == "for" and re.search(r"\bfor\s+$", before[id(t)])
                              and t.text[:1].isupper()
                              and not DAY_WORDS.search(t.text))] or candidates
    if len(candidates) > 1:
        candidates = [t for t in candidates
                      if not (last[id(t)] in BOUNDARY_WORDS and BOUNDARY_BEFORE.search(before[id(t)])
                              and not RESCHEDULED.search(before[id(t)]))] or candidates
    # a lone end of a state dates nothing that happened: "extended its offer until 5 p.m. EST
    # Nov. 9" (the extending was not on 9 November), "not due until October"
    # "did n't arrest him until February 2009" and "served until February, when he defected" do
    # date what happened
    candidates = [t for t in candidates if not (last[id(t)] in UNTIL_WORDS and UNTIL_BEFORE.search(before[id(t)])
                                                and not RESCHEDULED.search(before[id(t)])
                                                and not NOT_UNTIL.search(before[id(t)])
                                                and not re.match(r"\s*,\s+when\b", text[t.end - offset:])
                                                and not THEN_AFTER_UNTIL.match(text, t.end - offset))]
    # "the traditional Nowruz bonfires", "as Kurds celebrated Nowruz": a holiday named without a
    # preposition is the holiday itself, not the date of what the sentence tells
    candidates = [t for t in candidates if not _is_modifier(text, t, offset)]
    groups = _statements(text, candidates, offset)
    dating = {id(t) for t in inside  # once per sentence, not once per statement in it
              if last[id(t)] in DATING_WORDS
              and re.search(r"\b(?:on|in|at|during|and)\s+(?:late\s+|early\s+)?$", before[id(t)])}
    events: list[Event] = []
    for group in groups:
        left, right = _clause(text, group[0].start - offset, group[-1].end - offset)
        clause = text[left:right]
        if "who" in text[:group[0].start - offset] and SPEAKER_BACKGROUND.search(before[id(group[0])]):
            continue  # "... said one machine operator who joined as a trainee three years ago"
        if SAID_ON_THE_DAY.search(before[id(group[0])]) and _offset_from_event(text[:group[0].start - offset]):
            continue  # "Kopp bought a rifle ten days before the shooting, prosecutors said on Monday"
        scope = max([m.end() for m in COORDINATION.finditer(text) if m.end() <= left], default=0)
        dated_end = group[-1].end - offset
        # a relative clause between the subject and its verb ("Earlier this month, Security
        # Pacific, which is among ..., completed the acquisition") leaves the date's clause
        # without a verb: the sentence's verb is judged
        judged = text[scope:right]
        if not VERB.search(judged) and (m := RELATIVE_THEN_VERB.match(text, right)):
            judged += " " + text[m.end("relative"):]
        if (_is_non_event(text[scope:right]) and not _hedge_below(text[scope:dated_end], text[dated_end:right])) \
                or _is_background(judged, group, document):
            continue
        # one event per statement: the most specific date it gives, the first of equals
        timex = sorted(group, key=lambda t: (-len(_day(t)), t.start))[0]
        value = _day(timex)
        mention = Mention(document.seed, text, value, timex.text, timex.rule,
                          timex.reason, timex.anchor, title=document.title)
        own = clause if len(groups) > 1 and len(clause.split()) >= 4 else text
        # other dates go too where they date something ("on September 19 and September 26");
        # "for Christmas", "until the end of March" stay, they say what the event was
        in_group = {id(t) for t in group}  # by identity: == compares whole Timex values
        others = [t.text for t in inside if t is not timex and (id(t) in in_group or id(t) in dating)]
        title = headline(own, timex.text, *others)
        if len(title.split()) < 3 and own is not text:
            title = headline(text, timex.text, *others)  # a clause too short to stand alone
        if own is not text and (m := re.match(r"(?:It|They|He|She)\s+", title)) and (subject := _subject(text)):
            title = subject[:1].upper() + subject[1:] + " " + title[m.end():]  # "it" is the sentence's subject
        elif own is not text and (subject := _subject_before_clause(text[:left], own, title)):
            # "..., who overran some districts three weeks ago": "Overran some districts" had no subject
            title = subject[:1].upper() + subject[1:] + " " + title[:1].lower() + title[1:]
        events.append(Event("", value, "on", title, (mention,), _tags(own)))
    if len(events) == 1 and len(groups) == 1:
        local = groups[0][-1].end - offset
        if then := THEN_CLAUSE.search(text[local:]):
            value = events[0].date
            clause = then["y"].rstrip(". ")
            later = Mention(document.seed, text, value, "before", "cue-before-clause",
                            f"told as happening after the event on {value}", value,
                            title=document.title)
            events.append(Event("", value, "after", _clean_headline(clause), (later,), _tags(clause)))
    return events


def _subject_before_clause(before: str, clause: str, title: str) -> str | None:
    """Who did what a clause headline tells when the clause starts with its verb: the noun before
    ", who"/", which" ("the rebel fighters, who overran ..."), or the sentence's subject before
    "and" before a verb ("The flight took off ... and landed in Haiti"; not "and both defendants
    were charged"). None when the headline does not start where the clause does, with a
    lower-case word."""
    first, start = title.split()[:1], clause.split()[:1]
    if not first or not start or not start[0][:1].islower() or first[0].lower() != start[0]:
        return None
    if m := re.search(r",\s+(?:who|which)\s*$", before):
        return _antecedent(before[:m.start()])
    verb = PAST_VERB.fullmatch(start[0]) or CLAUSE_AUXILIARY.fullmatch(start[0])
    if re.search(r"\sand\s*$", before) and verb and (subject := _subject(before)) \
            and not NO_SUBJECT_START.match(subject):
        return subject
    return None


CLAUSE_AUXILIARY = re.compile(r"was|were|had|has|is|are|will|would|could|did")
# what _subject returns for "Since the protests began ...": an adverbial, no subject
NO_SUBJECT_START = re.compile(r"(?:since|when|as|after|before|while|in|on|at|if|because|though|although|"
                              r"by|for|with|from|during|until|once)\b", re.I)


def _antecedent(text: str) -> str | None:
    """The noun phrase `text` ends with, from its determiner ("a shaky ceasefire") or a name of
    capitalised words ("Arab League Secretary-General Amre Moussa"); None where neither is sure
    ("one of the chief suspects in July 21 attacks")."""
    words: list[str] = []
    for word in reversed(text.rstrip(" ,").split()):
        if len(words) == 6 or NP_STOP.match(word) or word.lower() in ("in", "of", "at", "into", "over"):
            break
        words.insert(0, word)
        if DETERMINER.match(word + " "):
            return " ".join(words)
    if words and all(w[:1].isupper() for w in words):
        return " ".join(words)
    return None


def _subject(text: str) -> str | None:
    """The words before the sentence's first verb, when they are a short noun phrase."""
    m = re.search(r"\s(?:had|has|have|was|were|is|are|will|would)\b", text)
    verb = PAST_VERB.search(text)
    end = min(x.start() for x in (m, verb) if x) if (m or verb) else None
    if end is None:
        return None
    subject = text[:end].strip()
    return subject if 0 < len(subject.split()) <= SUBJECT_WORDS and "," not in subject else None


# "The three-month-old tide of revolt against Arab rulers": a subject runs to nine words
SUBJECT_WORDS = 9


def _words_without(text: str, inside: list[Timex], offset: int) -> list[str]:
    for timex in sorted(inside, key=lambda t: -t.start):
        text = text[:timex.start - offset] + " " + text[timex.end - offset:]
    return re.findall(r"\b[a-z]{2,}\b", text)


def _is_modifier(text: str, timex: Timex, offset: int) -> bool:
    before = _before(text, timex.start - offset)
    if timex.text in ("Today", "Tonight", "Yesterday", "Tomorrow") and before.strip():
        return True  # "the Today program": a name mid-sentence, not a date
    name_like = all(w[:1].isupper() or w in ("of", "the", "al", "el") or w.startswith(("al-", "el-"))
                    for w in timex.text.split())
    return (name_like and before.strip() != "" and not DAY_WORDS.search(timex.text)
            and not re.search(r"\d", timex.text) and not PREPOSITION_BEFORE.search(before)
            and not re.search(r",\s*$", before))


def _is_non_event(text: str) -> bool:
    main = TRAILING_ATTRIBUTION.sub("", text)
    if _hedge(main):
        return True
    would = WOULD.search(main)
    return bool(would) and not REPORTED.search(main[:would.start()])


def _hedge(text: str) -> re.Match | None:
    """The first hedge in `text`, "plan to" only where it is a verb (PLAN_NOUN)."""
    for hedge in HYPOTHETICAL.finditer(text):
        if hedge[0] != "plan to":
            return hedge
        before = text[max(0, hedge.start() - 60):hedge.start()]
        if not PLAN_NOUN.search(before) or BARE_PLURAL.search(before):
            return hedge
    return None


def _hedge_below(dated: str, rest: str) -> bool:
    """A past statement dated before a hedged clause it introduces: "Fiat announced on Friday
    that it intends to buy ...", "spoke out on Tuesday that GM has submitted a plan which would
    close five plants". The announcing happened on Friday; only what it announced is hedged."""
    if _is_non_event(dated):
        return False
    hedge = _hedge(rest) or WOULD.search(rest)
    if not hedge:
        return False
    if PAST_VERB.search(dated):
        return bool(SUBORDINATE.search(rest[:hedge.start()])) or _object_of_past_verb(rest[:hedge.start()])
    # "In September, it announced plans to acquire ...": the verb after the date, the hedge its object
    return _object_of_past_verb(rest[:hedge.start()])


def _object_of_past_verb(between: str) -> bool:
    """The hedge follows a past verb closely, as its object: "announced plans to", "said it
    could" (a past verb, then at most three words)."""
    verbs = list(PAST_VERB.finditer(between))
    return bool(verbs) and len(between[verbs[-1].end():].split()) <= 3 and not re.search(
        r"\b(?:and|but|or)\b|[,;]", between[verbs[-1].end():])


def _is_background(clause: str, group: list[Timex], document: Document) -> bool:
    """Present tense about the situation now ("This year that is not much"): no event.

    Only for dates that take in the publication date itself; a clause with a past or future
    verb tells something that happened or is scheduled.
    """
    if PROGRESSIVE.search(clause) and any(
            CALENDAR_NAMED.search(t.text) and re.search(r"\b(?:on|in|by|during)\s+(?:late\s+|early\s+)?"
                                                        + re.escape(t.text), clause)
            or _starts_after(t, document.date) and not RELATIVE_PROGRESSIVE.search(clause)
            and not re.search(r"\([^()]*" + re.escape(t.text), clause) for t in group):
        # "is also travelling to the U.S. on Monday", "is preparing to release ... in 2013": under
        # way or arranged on a day the text names; "is improving today" is the situation now, and
        # "April 8, 2011 at 12:01 pm | ... you are talking about" a comment's stamp
        return False
    if not document.date or not any(document.date.startswith(_day(t)) or _day(t) == "PRESENT_REF"
                                    for t in group):
        return bool(PRESENT_FINITE.search(clause)) and _is_background_undated(clause)
    return not PAST_VERB.search(clause) and not FUTURE.search(clause)


# "the radicals that are operating": a relative clause's; "(1:49 a.m. Tuesday in Libya) More U.S.
# legislators are expressing concern": a live page's stamp, in brackets, is no arrangement
RELATIVE_PROGRESSIVE = re.compile(r"\b(?:that|which|who)\s+(?:is|are|am)\b", re.I)


def _starts_after(timex: Timex, published: str | None) -> bool:
    """Whether the date is a day after the publication date: "Tomorrow, he is appealing against the
    refusal of legal aid" is arranged for then, not the situation now (a year or a month to come
    is no arrangement: "is bulking up ... to support population growth out to 2050")."""
    value = _day(timex)
    start = cal.period_start(value)
    return (published is not None and start is not None and cal.granularity_of(value) == "day"
            and start.isoformat() > published)


def _ordered_event(document: Document, text: str, told: list[Event]) -> Event | None:
    """An undated statement placed before or after an event already told in the document."""
    body = text.rstrip(". ")
    if m := OFFSET_CUE.match(body):
        anchor = _referent(m["y"], told)
        day = cal.parse_value(anchor.date) if anchor and cal.granularity_of(anchor.date) == "day" else None
        if day is not None and not _is_non_event(m["x"]) and not _is_background_undated(m["x"]):
            n = int(m["n"]) if m["n"].isdigit() else NUMBERS.get(m["n"].lower(), 1)
            days = n * (7 if m["unit"].startswith("week") else 1)
            sign = -1 if m["dir"] in ("before", "earlier") else 1
            value = (day + dt.timedelta(days=sign * days)).isoformat()
            cue_word = f"{m['n']} {m['unit']} {m['dir']}"
            reason = (f'"{cue_word}": {days} day(s) {m["dir"]} "{anchor.headline}" ({anchor.date})')
            mention = Mention(document.seed, text, value, cue_word, "cue-offset", reason,
                              anchor.date, title=document.title)
            return Event("", value, "on", _clean_headline(m["x"]), (mention,), _tags(m["x"]))
    for cue in CUES:
        m = cue.pattern.match(body)
        if not m:
            continue
        known, new = m[cue.known], m[cue.new]
        if cue.known != cue.new and not ANAPHOR.match(known.strip()) and cue.known == "x":
            continue  # "X followed Y" only places Y when X is an event already told
        # "X followed Y" tells Y by the cue's own verb; a new clause must have a verb of its own
        if _is_non_event(new) or (cue.new == "x" and _is_background_undated(new)):
            return None
        if cue.known != cue.new and _is_present_clause(known) and OWN_FINITE.search(new):
            continue  # "even before the A350-1000 is beefed up": still to come, no event told
        anchor = _referent(known, told) if cue.known != cue.new else told[-1]
        if anchor is None:
            continue
        cue_word = {"followed": "followed", "followed-by": "followed by",
                    "in-response-to": "in response to"}.get(cue.name, cue.name)
        reason = (f'"{cue_word}": told as happening {cue.relation} "{anchor.headline}" '
                  f"({anchor.date})")
        mention = Mention(document.seed, text, anchor.date, cue_word, f"cue-{cue.name}", reason,
                          anchor.date, title=document.title)
        return Event("", anchor.date, cue.relation, _clean_headline(new), (mention,), _tags(new))
    return None


def _is_background_undated(text: str) -> bool:
    """No past or future verb once perfect auxiliaries and adjectives ("remain unaccounted for")
    are set aside: a state, not an event."""
    text = PRESENT_STATE.sub("", AUXILIARY_PERFECT.sub("", text))
    return not PAST_VERB.search(text) and not FUTURE.search(text)


# One thing named in other words, for back-references ("the blaze" is "the fire").
REFERENCE_STEMS = {"blaze": "fire", "wildf": "fire", "inferno": "fire", "cease": "truce", "clash": "fight",
                   "walko": "strik", "deal": "agree", "accor": "agree", "quake": "earth", "tremo": "earth"}


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    stems = {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", text)} - {
        "their", "which", "there", "these", "those", "after", "befor"}
    return frozenset(REFERENCE_STEMS.get(stem, stem) for stem in stems)


# A back-reference names something told recently; looking further back costs time on long
# texts (every cue would score every event before it) and finds nothing a reader would.
REFERENT_REACH = 40


def _referent(known: str, told: list[Event]) -> Event | None:
    """The told event a back-reference means: the one sharing most words ("The agreement"
    -> "signed a wage agreement"); else the latest told when the reference
    is itself a clause ("after the eye passed"), and none for a bare noun nothing told names
    ("before the morning shift"). Of equals, the earliest dated: where the thing began.
    """
    words = _stems(known)
    # "the strike" also names "an airstrike"
    tails = {w.lower() for w in re.findall(r"[A-Za-z]{5,}", known)}

    def score(event: Event) -> int:
        sentence = event.mentions[0].sentence
        shared = len(words & _stems(sentence))
        shared += sum(1 for w in re.findall(r"[A-Za-z]{6,}", sentence)
                      for t in tails if w.lower() != t and w.lower().endswith(t))
        return shared

    told = told[-REFERENT_REACH:]
    scores = [score(event) for event in told]
    top = max(scores)
    best = min((i for i in range(len(told)) if scores[i] == top), key=lambda i: (told[i].date, i))
    if top:
        return told[best]
    head = known.split(",")[0]
    return told[-1] if PAST_VERB.search(head) or ANAPHOR.match(known.strip()) else None


# the first finite verb of a clause: "is" in "the A350-1000 is beefed up", "was" in "the vote was held"
FIRST_FINITE = re.compile(r"\b(?:is|are|am|was|were|has|have|had|will|would)\b|" + PAST_VERB.pattern, re.I)
# where the clause after a cue word ends: "the fall of Saddam Hussein but Italian involvement ... is"
CUE_CLAUSE_END = re.compile(r"[,;:]|\s[-–—]+\s|\s(?:but|while|whereas)\s|\s(?:which|who|that)\s"
                            r"|\sand\s+(?=(?:the|its|his|her|their|he|she|it|they|we|i)\b)", re.I)
# a verb of the statement itself, not a participle after its subject ("the crackdown launched by
# Syrian security forces after the unveiling ... is aimed at": "is" is the sentence's verb)
OWN_FINITE = re.compile(r"\b(?:is|are|am|was|were|has|have|had|will|would|can|could|may|might|must|should|"
                        r"do|does|did)\b|(?:" + PAST_VERB.pattern + r")(?!\s+(?:by|on|in|with|at|to|for)\b)", re.I)


def _is_present_clause(clause: str) -> bool:
    """A clause whose first finite verb is "is", "are" or "am": after "before", "until" or "after"
    the present tense speaks of a time still to come ("even before the A350-1000 is beefed up"),
    so it names no event told; its participle ("beefed") is no past verb."""
    verb = FIRST_FINITE.search(CUE_CLAUSE_END.split(clause, maxsplit=1)[0])
    return bool(verb) and verb[0].lower() in ("is", "are", "am")


def _with_detail(event: Event, sentence: str) -> Event:
    first, *rest = event.mentions
    from dataclasses import replace
    return replace(event, mentions=(replace(first, details=first.details + (sentence,)), *rest),
                   tags=tuple(dict.fromkeys(event.tags + _tags(sentence))))


def _tags(text: str) -> tuple[str, ...]:
    """The names a sentence tells of, its dateline aside: "Washington (CNN) -- A U.S.-led
    mission in Libya ..." is where the reporter filed from, not where anything happened."""
    return tuple(f"{kind}:{name}" for name, kind in entities.names(DATELINE.sub("", text, count=1)))


# --- headlines --------------------------------------------------------------------------------

DATELINE = re.compile(r"^(?:[A-Z][A-Z .'-]+(?:,[^-–—()|]{0,40})?(?:\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*)?"
                      r"\([^)]*\)\s*[-–—]+\s*"
                      r"|^[A-Z][A-Z .'-]+,[^-–—()|]{0,40}[-–—]+\s*|^[-*•–—\s]+"
                      # "ALGIERS/TUNIS (Reuters) -", "NAWFALIYAH/MISRATA, Libya (Reuters) -", "Cairo, Egypt (CNN) --"
                      r"|^[A-Z][\w .'/-]{0,40}(?:,\s*[A-Z][\w .'-]{0,30})?\s*\((?:Reuters|CNN|AP|AFP)\)\s*[-–—]+\s*"
                      # a blog entry's stamp: "Robin Lustig | 08:51 UK time, ..."
                      r"|^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s+\|\s+\d{1,2}:\d\d\s*"
                      r"(?:[AaPp]\.?[Mm]\.?\s*)?(?:UK time|GMT|ET|EST|BST)?[\s,]*")
# where a person stands in an agency photo: "Hillary Clinton (L) shakes hands with ..."
PHOTO_POSITION = re.compile(r"\s\((?:[LRC]|\d(?:st|nd|rd|th) [LR]|[LR] to R|left|right|centre|center)\)(?=\s)")
# a transcript's speaker: "BLITZER: ...", "DAN LOTHIAN, CNN WHITE HOUSE CORRESPONDENT (voice-over): ..."
SPEAKER = re.compile(r"^[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Z.'’-]+)*(?:\s*\([^)]{0,30}\))?:\s+(?=\S)")
# "Col. Dana Reyes, who arrived in Qamishli on Saturday, is attending": the date belongs to the
# relative clause, so the headline is its subject and its verb ("... Dana Reyes arrived in Qamishli")
# (spaces, a comma perhaps, spaces: one way only to split a run of spaces, entered at its start)
RELATIVE = re.compile(r"(?<!\s)(?:\s*,\s+|\s+)(?:who|which|that)\s+(?P<vp>[^,;]+)$")
NP_STOP = re.compile(r"^(?:on|during|by|from|since|for|with|to|after|before|and|or|but|"
                     r"that|which|who|said|says)$", re.I)
WHERE = re.compile(r",\s+where\s+(?P<clause>[^,;]+)$")
# "In response to the fire, the governor declared ...": the headline starts at the subject
LEADING_ADVERBIAL = re.compile(r"^(?:In (?:response|reply|retaliation) to|After|Following|Despite|Amid|"
                               r"Meanwhile|Separately|However)\b[^,]{0,60},\s*")
# "Still" links only with a comma ("Still photographs released on Tuesday ..." is an adjective);
# "So" and "Yet" link unless they open a phrase of their own ("So far this month, ...", "Yet
# another ..."): Timeline17 has dozens of "So we saw ...", "Yet the unrest ..." and few of those
LEADING_CONJUNCTION = re.compile(r"^(?:(?:But|And|Also)\b,?|Still,|(?:Yet|So)\b(?!\s+(?:far|much|many|long|few|"
                                 r"little|another|again|more|that)\b),?)\s+(?:so,\s+|also\s+)?(?=\w)")
# "Former Harcourt Green Energy chief executive Marcus Hale told jurors ...": the person's name
# says who; the role before it is the sentence's, not the headline's
ROLE_BEFORE_NAME = re.compile(
    r"^(?:[Ff]ormer\s+|[Aa]cting\s+|[Dd]eputy\s+)?(?:[A-Z][\w&'’.-]*\s+){0,4}(?:[a-z]+\s+)?"
    r"(?:chief executive|executive|finance director|managing director|director|chairman|chairwoman|"
    r"president|spokesman|spokeswoman|spokesperson|leader|minister|secretary|officer|founder|"
    r"analyst|economist)\s+(?=(?:(?:Col|Gen|Dr|Mr|Mrs|Ms|Lt|Maj|Capt|Sgt)\.?\s+)?[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+){1,2}\s+[a-z])")
REPORTING = re.compile(r"\b(?:said|says|told|reminded|announced|reported|confirmed|added|argued|"
                       r"claimed|stated|testified|heard|learned|revealed)\b(?:\s+[\w'’]+){0,3}?\s+that\s+")
APPOSITION = re.compile(r"^([A-Z][^,]{0,40}),\s+(?:the|a|an|its|his|her|their)\s[^,]{0,60},\s+(?=[a-z])")
OPENING_ADVERBIAL = re.compile(r"(?:In|On|At|Around|About|After|Before|During|Since|When|While|As|By|For|"
                               r"From|Until|Normally|Usually|Earlier|Later|Then)\b")
PRONOUN = re.compile(r"(?:he|she|it|they|we|i|you|this|that|there)\b", re.I)
STATE_AFTER = re.compile(r"^(?:\s*,\s+|\s+)(?:is|are|remains?|has|have|had)\b")
# "Tens of people arrested on Friday have been released": the verb after the date tells what happened
PERFECT_PASSIVE_AFTER = re.compile(r"^(?:\s*,\s+|\s+)(?:has|have|had)\s+been\s+\w+(?:ed|en)\b")
DETERMINER = re.compile(r"^(?:the|a|an|its|their|his|her)\s+", re.I)


def headline(sentence: str, expression: str, *others: str) -> str:
    """A short clause a reader understands out of context: the event's subject and verb kept.

    The dates themselves go (the entry shows its date); where the date sits in a relative clause
    ("The trial, which opened in December, heard ...") the headline is that clause with its
    subject ("The trial opened").
    """
    introduced = INTRODUCED.sub("", sentence, count=1)
    sentence = introduced if expression in introduced else sentence
    shown = PAGE_FURNITURE.sub("", sentence, count=1)
    sentence = shown if expression in shown else sentence
    text = PHOTO_POSITION.sub("", SPEAKER.sub("", DATELINE.sub("", LEADING_FRAME.sub("", sentence))))
    text = STAMP_OPENING.sub("", _sentence_of(STAMP_OPENING.sub("", text, count=1), expression), count=1)
    text = _without_dash_asides(text, expression)
    if m := LEADING_CONJUNCTION.match(text):  # "But Syria's news agency denied ...": a link to the sentence before
        text = text[m.end():]  # capitalised at the end: the expression may be the next words
    text = LEADING_ADVERBIAL.sub("", text)
    text = _without_dated_opening(text, expression)
    text = _without_leading_subordinate(text, expression)
    at = text.find(expression)
    if at >= 0:
        # "Ashdown reminded the jury that Hale had told the court last month that ...": the date
        # is the reported statement's, so the headline is that statement
        reports = [m for m in REPORTING.finditer(text[:at])]
        if reports:
            said = reports[-1]
            pronoun = PRONOUN.match(text[said.end():])
            speaker = text[:said.start()].split(",")[0].strip()
            speaker = re.sub(r"\s+(?:has|have|had|was|were)$", "", speaker)
            if not pronoun:
                text = text[said.end():]
            elif (re.fullmatch(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}", speaker)
                  and pronoun[0].lower() in ("he", "she", "they")):
                # "Raman ... has said that she raised concerns" -> "Raman raised concerns"
                text = speaker + text[said.end() + pronoun.end():]
            at = text.find(expression)
    # "Sheikh Fawaz al-Hamad, the brigades' commander, said": the apposition goes
    # (after a noun phrase only: "Around two years ago, the iReport section of CNN's website,
    # where ..., became" has its subject there, "Normally held in the run up to Christmas, the
    # last time ..." its main clause; nor a date: "Ansel Herz, ..., the day after the quake, ...")
    if ((m := APPOSITION.match(text)) and expression not in m[0] and not OPENING_ADVERBIAL.match(m[1])
            and not any(PAST_VERB.fullmatch(word) for word in m[1].split() if word.islower())):
        text = m[1] + " " + text[m.end():]
    text = ROLE_BEFORE_NAME.sub("", text)
    at = text.find(expression)
    if at >= 0:
        end = at + len(expression)
        upto = text[:end]
        # neither clause holds a comma or a semicolon but the one opening it: looked for after the
        # last (from every "who" of a long sentence, each search ran on to the comma after it)
        last = max(upto.rfind(","), upto.rfind(";"))
        rel = RELATIVE.search(upto, len(upto[:max(0, last)].rstrip()))
        where = WHERE.search(upto, max(0, last))
        np = _noun_phrase_before(upto[:rel.start()]) if rel else ""
        rest = text[end:]
        tail = "" if rest.startswith(",") or STATE_AFTER.match(rest) else rest.split(",")[0]
        if where:
            text = where["clause"] + tail
        elif rel and np and PAST_VERB.match(rel["vp"].split()[0] if rel["vp"].split() else ""):
            # what follows the date may be the main clause's verb, not more of the relative clause:
            # "Protests ... that began on February 15 swiftly descended into civil war"
            tail = "" if _opens_with_verb(tail) else tail
            text = f"{np} {rel['vp']}{tail}"
        elif (STATE_AFTER.match(rest) and len(upto.split()) <= 8 and PAST_VERB.search(upto[:at])
              and not PERFECT_PASSIVE_AFTER.match(rest)):
            # "The lockout declared on September 12 is now in its fourth week" -> "Lockout declared";
            # with no participle before the date ("The same network the day before had carried
            # ...") the headline is the sentence's, not "Same network"
            text = DETERMINER.sub("", upto)
    # "saw Younis on Sunday and Monday in Benghazi": dates joined by "and", "or", "to" go together,
    # or the "and" stayed ("saw Younis and in Benghazi")
    # (not where a verb follows: "arrested on 1 September last year and 10 days ago was charged")
    dates = (expression, *others)
    if len(dates) <= JOINED_PAIRS_UP_TO:
        pairs = [(a, b) for a in dates for b in dates if a != b]
    else:  # a run of dates (a list, or hostile input): only neighbours in the text can be joined
        distinct = sorted(dict.fromkeys(dates), key=text.find)
        pairs = list(zip(distinct, distinct[1:]))
    joined = [f"{a} {word} {b}" for a, b in pairs
              for word in ("and", "or", "to") if _dates_joined(text, f"{a} {word} {b}")]
    for each in (*joined, expression, *others):
        text = _drop_expression(text, each)
    text = re.sub(r"(?<!\s)\s*\(\s*\)", "", text)  # "called off the search last Friday (22 January)"
    text = re.sub(r"(?<!\s)\s+(?:and|or|to)\s*(?=[,.;]|$)|^\s*(?:and|or|to)\s+", "", text)
    # "Here is the full list: March 21: Eight British servicemen died ...": the date labelled the
    # item; the words before it introduced the list
    text = re.sub(r"^[^:]{0,60}:\s*:\s*", "", text)
    text = re.sub(r"(?<!\s)\s+([,:;])", r"\1", text)
    # "talks, on Monday, ended" once the date between goes ("talks ended"); not every comma before a
    # past verb: one closes an aside ("Putin, who ... is Russia's paramount leader, tried to play down")
    text = re.sub(r",\s*,\s+(?=\w+ed\b)", " ", text)
    text = re.sub(r",\s*,", ",", text)
    # what stood before or around a date that went: "TRIPOLI (Reuters) -" after a stamp, "By,
    # police were nowhere", "received a big boost when", "struck (2153 GMT)"
    text = LIVE_STAMP.sub("", DATELINE.sub("", CLOCK_IN_BRACKETS.sub("", text).strip()))
    text = HEAD_LEFT_BY_DATE.sub("", TAIL_LEFT_BY_DATE.sub("", text))
    # the date was the subject ("2010 has been a deadly year ...", "Today has been a remarkable
    # day"): nothing is left without it, so the sentence stays whole, cut as any headline is
    return _clean_headline(text) or _clean_headline(DATELINE.sub("", sentence))


VERB_NEXT = re.compile(r"\s*(?:" + VERB.pattern + ")", re.I)


# Up to this many dates in a headline's sentence, every pair of them is tried as "X and Y"; a
# sentence of more tries each date with the next one only: 2,000 dates in one fuzzed sentence made
# four million pairs (events took 220 ms for 21 KB, issue 5's goal is 10 ms per KB).
JOINED_PAIRS_UP_TO = 8


def _dates_joined(text: str, dates: str) -> bool:
    """Whether `dates` ("Sunday and Monday") stands in `text` as one phrase, no verb after it."""
    at = text.find(dates)
    return at >= 0 and not VERB_NEXT.match(text, at + len(dates))


# Two sentences run together where a page's lines were joined ("More than 5,000 civilians have been
# killed, says the UN More than 400 killed since start of Arab League mission on 26 December", "...
# in the center of Damascus on Monday and Tuesday None of the casualty claims has been independently
# verified"): a word that opens sentences, capitalised after a word with no stop, before a lower-case
# word or a number ("told The Observer" names a paper)
RUN_ON = re.compile(r"(?:(?<=[^\W\d_])|(?<=[)”\"'’]))\s+(?=(?:The|An|In|On|At|It|He|She|They|We|More|Most|None|Some|"
                    r"Following|This|These|Those|There|His|Her|Its|Their|But)\s+[a-z0-9])")


def _sentence_of(text: str, expression: str) -> str:
    """The sentence of a run-on `text` that holds `expression` (the first where none does), when
    it has three words or more and a verb."""
    parts = RUN_ON.split(text)
    if len(parts) < 2:
        return text
    part = next((p for p in parts if expression in p), parts[0])
    return part if len(part.split()) >= 3 and _aside_has_verb(part) else text


# Words between two dashes of one kind ("people - including international reporters and Egyptian
# lawyers - detained on Thursday") are an aside when they hold no verb of their own (a relative
# clause in them is theirs: "NASA officials - who said they ... - Mark Kelly described"). Agency copy
# writes the dash as "--", "-", "–" or "—", spaced; the aside runs to the next one.
DASH_ASIDE = re.compile(r"(?<!\s)\s(?P<dash>--|-|–|—)\s+(?P<aside>(?:(?!\s(?:--|-|–|—)\s).){1,200}?)"
                        r"\s(?P=dash)\s+(?=\S)")
RELATIVE_REST = re.compile(r"\b(?:who|which|whose|whom|that)\b.*", re.S)
# a present verb with its object, the object's first word whole ("reporters and" is no "reporters a")
PRESENT_WITH_OBJECT = re.compile(r"\b[a-z]{2,}[^s\W]s\s+(?:(?:the|a|an|its|their|his|her|that|up|down|out|off)\b"
                                 r"|[A-Z$\d])")
# after the closing dash, what ends the clause rather than continues it: a clause of its own ("-
# after which Fidel Castro agreed": CLAUSE_WORDS), or who said it ("-- a spokesman for NATO's military operation
# told reporters Tuesday")
SPEAKER_AFTER_ASIDE = re.compile(r"(?:[\w'’-]+\s+){0,6}(?:said|says|told|reported|reports|added|announced)\b", re.I)


def _without_dash_asides(text: str, expression: str) -> str:
    """`text` without the asides set off by pairs of dashes, where the words left keep their verb.

    A headline cut at the first dash ("They were among numerous people") or at a clause word
    inside the aside ("including") lost the verb after it ("... detained on Thursday in Cairo").
    Dashes stay where they are no aside's: around the date or a verb (what happened), around
    another day ("1994 - Hurricane Gordon kills hundreds 1998 - ...", "August 29 - September 8"),
    in a range ("$989 - $984"), a speaker's restart ("these -- these obligations"), or before
    what ends the clause.
    """
    kept, at = [], 0
    for m in DASH_ASIDE.finditer(text):
        aside, before = m["aside"], text[at:m.start()].split()
        if (expression in aside or len(before) < 2 or _aside_has_verb(RELATIVE_REST.sub("", aside))
                or OTHER_DAY.search(aside) or (before[-1][-1:].isdigit() and aside[:1] in "$£€0123456789")
                or aside.split()[0].lower() == before[-1].lower()
                or text[m.end():].split(maxsplit=1)[0].lower() in CLAUSE_WORDS
                or SPEAKER_AFTER_ASIDE.match(text, m.end())):
            continue
        kept.append(text[at:m.start()] + " ")
        at = m.end()
    if not kept:
        return text
    shorter = "".join(kept) + text[at:]
    return shorter if _has_verb(shorter) else text


def _aside_has_verb(aside: str) -> bool:
    return bool(VERB.search(aside) or GOT.search(aside) or PRESENT_WITH_OBJECT.search(aside))


# "When a delegation of British trade unionists visited the IFTU in Baghdad in May 2003, they ...",
# "As fighting escalated in Damascus, the queue of vehicles ... stretched": a clause opening the
# sentence is told as true (not "If", "Unless"); the headline is the clause the date is in
LEADING_SUBORDINATE = re.compile(r"^(?:When|Whenever|As(?!\s+(?:many|much|far|well|of|to|for|if|though|"
                                 r"long|soon|a|an|the)\b)|While|Though|Although|Because|Since|Once|Now that)"
                                 r"\s+(?P<sub>[^,;:“”\"()]{8,160}?),\s+(?P<main>[^\s“”\"‘'].*)$", re.S)
# a shorter clause is too general a headline: "the protests began" would merge with any protest
SUBORDINATE_WORDS = 5


def _opens_with_verb(text: str) -> bool:
    """True when `text` starts with a finite verb, after an adverb ("swiftly descended", "was")."""
    words = text.split()[:2]
    if words and words[0].endswith("ly"):
        words = words[1:]
    return bool(words) and (words[0] in ("has", "have", "had", "was", "were", "is", "are")
                            or PAST_VERB.fullmatch(words[0]) is not None)


# an opening phrase that ends with the date and a comma: "In an interview with the Russian
# Interfax news agency on Thursday, Arab League deputy ... called on Moscow"
DATED_OPENING = re.compile(r"(?:In|At|During|Speaking|Following)\b(?!\s+(?:least|most|all|total|first|last)\b)"
                           r"[^,;:()]{0,120}?\s(?<!\bof\s)")  # "In the Falklands war of 1982": the date names the war
# the rest starts with no subject: "In the Falklands war ..., for instance, British soldiers ..."
NO_SUBJECT_AFTER = re.compile(r"(?:for instance|for example|however|though|meanwhile|too|also)\b", re.I)
# ... save a place, which says where: "In Baghdad on Tuesday, a vehicle ..." keeps "In Baghdad"
PLACE_OPENING = re.compile(r"(?:In|At)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)+(?:on\s+|late\s+|early\s+)?")


def _without_dated_opening(text: str, expression: str) -> str:
    """The headline starts at the subject when the phrase before it held the date: "In what it
    described as a reciprocal move on Tuesday, the Syrian government announced ..." -> "the
    Syrian government announced ..." (capitalised at the end), not the phrase alone."""
    m = re.match(DATED_OPENING.pattern + re.escape(expression) + r",\s*", text)
    phrase = text[:m.start() + m[0].rfind(expression)] if m else ""
    # "In an operation that started Monday, ... have been evacuated": the date is the relative clause's
    if not m or PLACE_OPENING.fullmatch(phrase) or re.search(r"\b(?:that|which|who)\b", phrase):
        return text
    rest = text[m.end():]
    # "At a Marla-instigated gathering, her last, she was ...", "In a speech at Damascus University,
    # one of just a handful of addresses he has made ...": an apposition to the phrase follows it
    first = rest.split(",")[0] if "," in rest else ""
    if first[:1].islower() and len(first.split()) <= 16 and (not _has_verb(first) or re.match(r"one\s+of\b", first)):
        return text
    return rest if len(rest.split()) >= 3 and _has_verb(rest) and not NO_SUBJECT_AFTER.match(rest) else text


def _without_leading_subordinate(text: str, expression: str) -> str:
    """The clause of `text` that holds the date, where a subordinate clause opens the sentence."""
    m = LEADING_SUBORDINATE.match(text)
    if not m:
        return text
    sub, main = m["sub"], m["main"]
    if expression in sub:
        # the subordinate clause tells the dated event, unless its subject is a pronoun
        # whose name is in the main clause ("When he arrived ..., Mubarak said")
        if _has_verb(sub) and not PRONOUN.match(sub) and len(sub.replace(expression, " ").split()) >= SUBORDINATE_WORDS:
            return sub
        return text
    if expression in main and _has_verb(main) and len(main.split()) >= SUBORDINATE_WORDS:
        return main
    return text


# a live page's entry stamp opening the sentence, or what the sentence splitter left of it after
# "a.m.": "(Updated: 1:38 a.m. Monday, Libya; 6:38 p.m. Sunday ET): Libya's army has been told ...",
# "Update 4:51 p.m. in Cairo, 9:51 a.m. ET) The head of the Egyptian stock market ...", "ET) A group
# of protesters maintained a human chain ..." (CNN's live pages on Egypt and Libya, 2011)
STAMP_OPENING = re.compile(r"^\(?\s*(?:Updated?\b[^()]{0,80}|[^()]{0,40}\b(?:ET|GMT|EST|UTC|BST))\)\s*:?\s*(?=\S)")
# a live page's entry clock left at the start once its date went: "22nd January 2012 - 18:12 The
# Syrian government has ...", "28 January 12 22:46 GMT The Arab League says ..." (BBC, 2012)
LIVE_STAMP = re.compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:GMT|UTC|BST|ET|EST|UK time|local time))?\s+(?=[A-Z“\"‘])")
CLOCK_IN_BRACKETS = re.compile(r"(?<!\s)\s*\((?:at\s+)?\d{1,2}:?\d\d\s*(?:GMT|UTC|ET|EST|BST|local time)\)")
# (any case: "But after September 11, its US publisher ..." lost its "But" before its date)
HEAD_LEFT_BY_DATE = re.compile(r"^(?i:As of|As|By|In|On|At|Before|After|Back|Just after|Since|Until|From|"
                               r"Through|During|Earlier|Later)\s*,\s+(?=\S)"
                               # "During Tuesday's meeting, ambassadors ...", "In today's tape,
                               # Zawahiri says": the phrase without its date says nothing
                               r"|^(?:In|During|At|After|Before|On|Since|Following|Ahead of)\s+[a-z][a-z-]+"
                               r"\s*,\s+(?=\S)")
TAIL_LEFT_BY_DATE = re.compile(r"(?<![\s,])[\s,]+(?:when|while|as|after|before|until|because|since|into|over|through|"
                               r"during|from|of|about|at|in|on|for|with|by|the)$")


def _noun_phrase_before(text: str) -> str:
    """The few words naming what a relative clause is about ("... during the seven-week strike").

    Not the verb or the preposition before them ("protests are part of ...", "In an operation
    that started Monday"); after a part or a phase of something and "of", the thing the clause
    is about ("a groundswell of popular protests that began" -> "popular protests", "the loved
    ones of Khairy Ramadan Aly, who went missing" -> "Khairy Ramadan Aly", "the end of a process
    that began"; "the siege of Sirte that began", "a former aide of President Bashar al-Assad who
    defected" stay whole). With a preposition inside them, the noun before it where a name follows
    ("the crane deaths in Georgia, which occurred" -> "the crane deaths"), else empty: which noun
    the clause is about is unsure.
    """
    words: list[str] = []
    whole = True  # the words reach back to where the phrase starts, not just to the sixth
    for word in reversed(text.rstrip(" ,").split()):
        if NP_STOP.match(word) or PAST_VERB.fullmatch(word) or FINITE_BEFORE_PHRASE.fullmatch(word):
            break
        if len(words) == 6:
            whole = False
            break
        words.insert(0, word)
    if words and words[0].lower() == "of":
        return ""  # "... the former head | of the International Atomic Energy Agency who": the head is out of reach
    while words and words[0].lower() in NOT_A_PHRASE_START:
        words = words[2:] if words[1:2] == ["least"] else words[1:]  # "at least 2,000 people who"
    lowered = [word.lower() for word in words]
    inside = [i for i in range(1, len(words)) if lowered[i] in ATTACHED_INSIDE and not _is_quantity(words[i + 1:i + 2])]
    if inside:
        # "the crane deaths in Georgia, which occurred": a place or a body after the preposition
        # places the noun before it, which the clause is about; "killed four civilians in
        # demonstrations that erupted" is unsure, and the clause gives no headline of its own
        at = inside[0]
        named = words[at + 1:][1:2] if lowered[at + 1:][:1] == ["the"] else words[at + 1:][:1]
        if not (whole and len(inside) == 1 and named and named[0][:1].isupper()
                and not re.search(r"ly$|^(?:early|late)$", lowered[at - 1])):
            return ""
        words, lowered = words[:at], lowered[:at]
    if "of" in lowered[1:-1]:
        at = len(lowered) - 1 - lowered[::-1].index("of")
        if lowered[at - 1] in PART_BEFORE_OF:
            words = words[at + 1:]
    return " ".join(words)


def _is_quantity(words: list[str]) -> bool:
    """Whether `words` open with a number: "about 60 UK firefighters" is no preposition's phrase."""
    return bool(words) and bool(re.match(r"\d|(?:two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens|hundreds"
                                         r"|thousands)\b", words[0], re.I))


# a finite verb or a preposition that a noun phrase does not start with
FINITE_BEFORE_PHRASE = re.compile(r"(?i:is|are|was|were|has|have|had|will|would|do|does|did|can|could|"
                                  r"doesn['’]t|don['’]t|didn['’]t|isn['’]t|aren['’]t|wasn['’]t)")
NOT_A_PHRASE_START = frozenset("""in on at from with near during by for against into across through over under
between within without toward towards around about along behind beyond via of than unlike like following
among amid despite""".split())
# a preposition inside the words before a relative clause: the clause may be about the noun before it or
# the one after ("four civilians in demonstrations that erupted"); "of" and "than" ("more than 1,000
# prisoners who") leave no doubt, nor does "against" after what is done against someone ("Protests
# against the government that began on February 15")
ATTACHED_INSIDE = NOT_A_PHRASE_START - {"of", "than", "against"}
# some of a thing, a phase of it or the place it happens, before "of": a relative clause after "one
# of the protesters who", "a wave of protests that", "the end of a process that", "the epicenter of
# mass protests that" is about the thing ("none" and "few" are not: "None of the CIA employees who
# testified" would become "The CIA employees testified")
PART_BEFORE_OF = frozenset("""one ones some many most all each several dozens hundreds thousands
millions scores number part series wave string group groundswell rash kind type sort bout bouts majority
minority half rest start beginning end height middle culmination wake aftermath epicenter epicentre
hub scene site heart cradle birthplace""".split())


POSSESSIVE = re.compile(r"\s?['’]s\s+")


# What goes with a date when a headline drops it: the words before ("late on", ", during", "just",
# a participle that only said when: "the next court action, set for March 15", "earlier" as an
# adverb: "attacked by pro-Mubarak demonstrators earlier Wednesday", not "an earlier Gulf War") and
# after ("night", "a.m.", ", the first day of Ramadan"). Compiled once: built around each
# expression, the pattern was compiled anew for most of them (Python keeps 512 patterns),
# 40% of extraction's time.
# "lost it a week later on March 9": a length of time before "later" is told with it, not with the
# date after it (the headline keeps "lost it a week later")
DURATION_BEFORE = "".join(rf"(?<!\b{unit} )(?<!\b{unit}s )" for unit in ("minute", "hour", "day", "week", "month", "year"))
DROPPED_BEFORE = re.compile(
    r"(?:,\s*(?:(?:set|scheduled|slated|due)\s+)?)?(?:,?\s*\bdated\s+)?(?:\bjust\s+)?"
    r"(?:\b(?:late|early)\s+|(?<!\ban )(?<!\ba )(?<!\bthe )" + DURATION_BEFORE + r"\b(?:earlier|later)\s+)?"
    r"(?:\b(?:at dawn|at dusk)\s+)?"
    r"(?:\b(?:[Oo]n|[Ii]n|[Ii]nto|[Aa]t|[Dd]uring|[Oo]ver|[Ff]or|[Aa]round|[Bb]y|[Ff]rom|of|[Ss]ince|[Bb]etween)\s+)?"
    r"(?:\b(?:late|early)\s+)?\Z")
DROPPED_AFTER = re.compile(
    # what the tagger left of the time: "tomorrow night", "At 1209 a.m." ("night live from
    # Cairo", "A.m. he tweeted" were left)
    r"(?:\s+(?:night|morning|afternoon|evening)\b|\s*[ap]\.m\.(?=\s|$))?"
    r"(?:\s+alone\b)?"  # "95 people were killed on Monday alone"
    r"(?:,\s*the\s+(?:first|last|second)\s+day\s+of\s+[\w\s-]+?(?=[,.]|$))?")


def _drop_expression(text: str, expression: str) -> str:
    # matched around the expression's first place only: every position of a long sentence, for
    # every expression in it, made headlines cubic (40 KB: 4 s)
    at = text.find(expression)
    if at < 0 or UNTIL_BEFORE.search(text, max(0, at - 20), at):
        return text  # "didn't enter Benghazi until March 19" says nothing without its date
    if not text[:at].strip() and DATE_AS_SUBJECT.match(text, at + len(expression)):
        return text  # "2010 has been a deadly year ...": the date is what the sentence is about
    if NAMED_BY_DATE.search(text, max(0, at - 30), at):
        return text  # "the Sunni-based alliance known as March 14": the date is a name
    if _quoted_at(text, at):
        # a speaker's words stay theirs: "Why didn't he announce that six weeks ago as opposed to
        # yesterday" lost its point without the date, "a really good go in the autumn and winter"
        # became "a really good go and winter"
        return text
    if possessive := POSSESSIVE.match(text, at + len(expression)):
        # "after Sunday's air attacks", "a survivor of last year's Fort Hood shootings": the date
        # goes with its "'s", the words around it stay, and "the" takes its place as the noun's
        # determiner ("That makes this week's storm the largest" was "That makes storm the largest")
        # (not in an opening phrase, which goes whole once its date is gone: HEAD_LEFT_BY_DATE)
        determined = DETERMINER_BEFORE.search(text, max(0, at - 12), at) or OPENING_PREPOSITION.fullmatch(text[:at])
        return text[:at] + ("" if determined else "the ") + text[possessive.end():]
    start = max(0, at - 80)
    before = DROPPED_BEFORE.search(text[start:at])  # the leftmost words that lead up to it
    after = DROPPED_AFTER.match(text, at + len(expression))
    return text[:start + before.start()] + text[after.end():]


# a determiner already before a date's possessive ("the last Sunday's game" is rare, but "the" twice is wrong)
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|these|those|its|his|her|their|our|your|my)\s+\Z", re.I)
OPENING_PREPOSITION = re.compile(r"(?:In|During|At|After|Before|On|Since|Following|Ahead of)\s+")
NAMED_BY_DATE = re.compile(r"\b(?:known as|dubbed|so-called)\s+\Z", re.I)  # not "called": "called Monday for a ..."
DATE_AS_SUBJECT = re.compile(r"\s+(?:has|have|had|is|was|will|would|marks|marked|saw)\b")


def _quoted_at(text: str, at: int) -> bool:
    """Whether `at` is inside a quotation the text opens before it."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _clean_headline(text: str, max_words: int = 16) -> str:
    text = re.sub(r"^[\s\-–—*•,;:.]+|^\([^)]{0,60}\)\s*", "", text).strip().strip(" ,;:.")
    text = INVERTED_ATTRIBUTION.sub("", TRAILING_ATTRIBUTION.sub("", text))
    text = text.strip().strip(" ,;:.")
    m = CLAUSE_BREAK.search(text)
    while m and m[0].split()[0] == "as" and (AS_COMPLEMENT.search(text[:m.start()])
                                             or AS_COMPLEMENT_OBJECT.search(text[:m.start()])):
        # "in what officials characterized as an ...", "described the bombings as an attack": no clause
        m = CLAUSE_BREAK.search(text, m.end())
    if m and len(text[:m.start()].split()) >= 4:
        close = text.find(", ", m.end()) if m[0].startswith(",") else -1
        if _has_verb(text[:m.start()]) and not (close > 0 and _aside_before_the_verb(text, m.start(), close)):
            text = _without_loose_end(text[:m.start()])  # "... in Iraq, just | as they tried"
        elif close > 0 and _has_verb(text[:m.start()] + " " + text[close + 2:]):
            # "Hillary Clinton, appearing at the Abu Dhabi meeting, said talks were under way":
            # the aside goes, not the verb after it
            text = text[:m.start()] + " " + text[close + 2:]
            m = CLAUSE_BREAK.search(text)
            if m and len(text[:m.start()].split()) >= 4 and _has_verb(text[:m.start()]):
                text = text[:m.start()]
    text = re.sub(r"^(?:a|an)\s+", "", text.strip(" ,;:."))
    text = re.sub(r"\s+", " ", text).strip(" ,;:.")
    # a clause cut before an aside leaves its conjunction ("received a big boost when, NTC
    # officials said, government forces captured ...")
    text = _balance_quotes(_without_dangling_conjunctions(_shorten(text, max_words)))
    return text[:1].upper() + text[1:]


def _aside_before_the_verb(text: str, start: int, close: int) -> bool:
    """Whether the aside text[start:close] sits between a subject and its verb, the words before
    it holding no verb of their own or a reported clause without one: "... to announce that Google
    executive Wael Ghonim, missing for more than a week, will be released", "Five human rights
    activists, including two from Amnesty International ..., were released Friday" ("rights
    activists" read as a present verb, PRESENT_VERB). Not a relative clause: it may hold the date
    that went ("said Assad, who was elected president unopposed when his father died in 2000, had
    repeatedly stalled" tells of 2000 in the aside)."""
    if re.match(r",\s+(?:who|which|whose|where)\b", text[start:]) or VERB.match(text, close + 2) is None:
        return False
    head = text[:start]
    return _reported_without_verb(head) or not _aside_has_verb(_main_clause(head))


def _balance_quotes(text: str) -> str:
    """A quote the sentence opens and a later sentence closes ('"My cousin was injured
    yesterday.'), or one closing what an earlier sentence opened, is closed (opened) here."""
    if text.count('"') % 2:
        first = text.index('"')
        if first == 0 or text[first - 1].isspace():
            return text + '"'
        return '"' + text
    if text.count("“") > text.count("”"):
        return text + "”"
    if text.count("”") > text.count("“"):
        return "“" + text
    return text


# Where a long headline may end: before a clause that adds to the main one ("..., when they won
# recognition"; "and the White House ...") or, failing that, before a phrase that places it ("in
# the capital"). "of" and "to" bind their words to the noun or verb before them: never there.
CLAUSE_WORDS = frozenset("""when after before as while because since until which who where whose whom
including amid despite following saying although though whereas unless""".split())
PHRASE_WORDS = frozenset("""in on at from with near during by for against into across through over under
between within without outside inside toward towards around about along behind beyond via""".split())
# prepositions a verb often takes as its complement ("called for", "voted against", "fired on"),
# not an adjunct a headline may do without ("resumed at Southwark Crown Court")
VERB_PREPOSITIONS = frozenset("for against into with on over about toward towards".split())
# clause words that are no preposition: an infinitive may end before them ("to surrender | as he")
CONJUNCTIONS_ONLY = frozenset("as when while because which who where whose whom although though whereas unless".split())
# prepositions and conjunctions that are never a verb's particle nor an adverb: no headline ends on them
NO_END = frozenset("""at from with near during for against into toward towards between via than about
when while because although though whereas unless which who whose whom where including amid despite
following saying""".split())
# words a headline cannot end on: a verb waiting for its complement ("was", "said", "told")
HANGING = frozenset("""is are was were be been being has have had will would could can may might must
should did does do still not also very just to said says say told added announced reported""".split())
NEW_CLAUSE_AFTER_AND = frozenset("the a an his her its their he she they it we i".split())
# a conjunction with nothing after it, left where a clause was cut
DANGLING_CONJUNCTION = re.compile(r"[\s,](?:when|while|whereas|because|although|though|and|or|but|as)\Z")
# what a headline cut short may not end on: a separator, or a little word after a space
LOOSE_SEPARATORS = ",;:–—-"
LOOSE_WORD = re.compile(r"\s(?:and|or|but|the|a|an|that|'s|’s|in|on|at|of|for|to|with|by|from|just)\Z", re.I)
# the longest word of each list, and the space or comma before it: how far back the end is looked at
DANGLING_REACH, LOOSE_REACH = 9, 5


def _without_dangling_conjunctions(text: str) -> str:
    """`text` without the conjunctions it ends on, and the spaces and commas before them.

    Taken off the end one at a time: a pattern of commas and spaces before a conjunction, anchored
    at the end, tried every position of a long run of commas (quadratic). `text` has single
    spaces, as headlines do.
    """
    end = len(text)
    while conjunction := DANGLING_CONJUNCTION.search(text, max(0, end - DANGLING_REACH), end):
        end = conjunction.start()
        while end and (text[end - 1] == "," or text[end - 1].isspace()):
            end -= 1
    return text[:end]


def _without_loose_end(text: str) -> str:
    """`text` without the separators and the little words it ends on ("... fired on the" -> "...
    fired").

    Taken off the end one at a time: a repeated group of separator runs anchored at the end split
    a run of separators in every possible way (exponential: a 28-dash run inside a word took 17 s).
    `text` has single spaces, as headlines do.
    """
    end = len(text)
    while True:
        while end and (text[end - 1] in LOOSE_SEPARATORS or text[end - 1].isspace()):
            end -= 1
        word = LOOSE_WORD.search(text, max(0, end - LOOSE_REACH), end)
        if not word:
            return text[:end]
        end = word.start()


# a headline's present tense with its object ("The idea ... follows a similar EU decision", "The NTC
# wins U.S. recognition"); a plural noun before a preposition ("players in") is not one
# ("and" or "as" after it is no object: "About 1,000 Saudi soldiers and 500 police officers" has no verb)
PRESENT_VERB = re.compile(r"\b[a-z]{2,}[^s\W]s\s+(?!(?:and|as)\b)(?:the|a|an|its|their|his|her|that|up|down|out|off|[A-Z$\d])")
# a finite verb the main clause may not be missing: "The lawyer representing two U.S. hikers jailed
# in Iran has been denied ...": cut before "in", the headline would have none
FINITE = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|said|says)\b", re.I)


def _has_verb(text: str) -> bool:
    """Whether the words, asides left out, hold a verb (past, future, or a headline's present)."""
    main = _main_clause(text)
    return bool(VERB.search(main) or PRESENT_VERB.search(main) or GOT.search(main))


GOT = re.compile(r"\b(?:got|gotten)\b")  # not among PAST_VERB, which judges what is an event


# "The U.N.-mandated military intervention", "Iranian-backed militias", "the rebel-held city": a
# participle joined to the word before it is an adjective, no verb
COMPOUND_PARTICIPLE = re.compile(r"(?<![^\s-])[^\s-]+-(?:\w+ed|held|run|led|owned|born|made|built|known|won|grown)\b")
# "China's 55 registered ethnic groups", "a failed uprising", "his alleged role": an -ed word right
# after a number or a determiner is an adjective
PARTICIPLE_AFTER_DETERMINER = re.compile(r"\b(?P<before>(?:the|a|an|its|their|his|her|our|this|these|those|\d[\d,.]*)\s+)"
                                         r"\w+ed\b", re.I)


def _main_clause(head: str) -> str:
    """`head` without its asides: what is between two commas ("Silvio Berlusconi, long Gaddafi's
    closest European ally, ...") and relative clauses; without compound adjectives ("U.N.-mandated")."""
    head = PARTICIPLE_AFTER_DETERMINER.sub(r"\g<before>", COMPOUND_PARTICIPLE.sub(" ", head))
    head = re.sub(r"\([^)]*\)", " ", head)
    head = ASIDE.sub(lambda m: m[0] if _holds_the_main_verb(head, m) else " ", head)
    # "The deaths of Gaddafi and his son after both were captured wounded but alive": the verb of a
    # clause after a conjunction is the clause's, not the main one's (one that opens the words is theirs)
    head = SUBORDINATE_CLAUSE.sub("", head)
    return re.sub(r"\b(?:who|which|whose|whom)\b[^,]*", "", head)


ASIDE = re.compile(r",[^,]*,")
# a short opening phrase before the main clause's comma: "In Baghdad", "At 14", "Specifically"
OPENING_BEFORE_MAIN = re.compile(r"\W*(?:(?:In|At|On|From|Near|Outside|Inside|Across|Like|Unlike|After|Before|"
                                 r"During|For|With|Without)\s+(?:\S+\s+){0,3}\S+|[A-Z][a-z]+ly)\s*")
ASIDE_NOT_MAIN = re.compile(r"^,\s*(?:who|which|whose|whom|where|when|as|while|including|in|on|at|by|during|after|"
                            r"before|with|from|for|like|unlike|despite|amid|under|since|given|\w+(?:ed|ing))\b|"
                            r"\b(?:said|says|told|added|reported|according to)\s*,$", re.I)


def _holds_the_main_verb(head: str, aside: re.Match) -> bool:
    """Whether the words between two commas are the main clause, not an aside: "In Baghdad, a
    vehicle packed with explosives incinerated a car carrying Mr Fayadh, 87, killing him": a short
    opening phrase without a verb before them (OPENING_BEFORE_MAIN), a verb of their own, and neither a relative clause, a phrase opening with a
    preposition or a participle (", in a Facebook message posted on Thursday,", ", published on
    AlterNet,") nor a speaker ("police said")."""
    span = aside[0]
    return (len(re.findall(r"\w+", span)) >= 4 and OPENING_BEFORE_MAIN.fullmatch(head[:aside.start()])
            and not VERB.search(head[:aside.start()]) and bool(VERB.search(span))
            and not ASIDE_NOT_MAIN.search(span))


SUBORDINATE_CLAUSE = re.compile(r"(?<=\S)\s+(?:after|before|when|while|because|although|though|whereas|unless|"
                                r"since|until|once)\s+(?=(?:the|a|an|his|her|its|their|both|all|he|she|it|they|we|"
                                r"i|you|[A-Z]\w*)\s)[^,;]*")


def _shorten(text: str, max_words: int) -> str:
    """A headline of at most `max_words` words that ends where a phrase ends.

    Cutting at the limit left "... began during Obama's visit …" and quotes cut mid-way; the main
    clause with its object is the headline, the adjuncts after it are the sentence's. A clause
    with no such place within the limit may run LONGER words more (to its end or such a place):
    faithful beats short ("The demonstrations, powered by the stamina of those who ..., got an
    extra shot of energy"), and a clause whose verb is further still may run to LONGEST words; only
    past that it is cut, and marked with "…".
    """
    words = text.split()
    if len(words) <= max_words:
        return text
    cut = _cut_at(words, max_words)
    if not cut:
        end = len(words) if len(words) <= max_words + LONGER else _cut_at(words, max_words + LONGER)
        if not end and not _has_verb(" ".join(words[:max_words + LONGER])):
            # no verb yet: cut with "…", the headline would name no event ("Anyone who has questioned
            # Tony Blair's echo ... that this was an …"); a long subject may run to LONGEST words
            end = len(words) if len(words) <= LONGEST else _cut_at(words, LONGEST)
        if end and not OTHER_DAY.search(" ".join(words[max_words:end])):
            return text if end == len(words) else _without_loose_end(" ".join(words[:end]))
        return " ".join(words[:max_words]) + " …"
    return _without_loose_end(" ".join(words[:cut]))


LONGER = 8
LONGEST = 32
# a day, month or year named in the words a clause would run on by: the headline would tell
# another date than its event's ("... were reported to have been killed across the country on
# Monday" as the headline of the 37 killed "on Tuesday")
OTHER_DAY = re.compile(r"\b(?:" + "|".join(name.title() for name in (*vocabulary.WEEKDAYS, *vocabulary.MONTHS))
                       + r"|yesterday|today|tomorrow|tonight|(?:1[89]|20)\d\d)\b")
# "in what officials characterized as an intensification": "as" completes these verbs
AS_COMPLEMENT_OBJECT = re.compile(r"\b(?:characteri[sz]|describ|regard|view|consider|hail|brand|label|dubb|treat|"
                                  r"classifi|identifi|list|rank|design)\w*(?:\s+[\w'’-]+){1,4}$", re.I)
AS_COMPLEMENT = re.compile(r"\b(?:characteri[sz]|describ|regard|view|consider|hail|brand|label|dubb|"
                           r"known|seen|see|treat|classifi|identifi|list|rank|design|serv|act)\w*$", re.I)
# a reported clause: what the speaker said ("state television said several targets ...")
REPORTED_CLAUSE = re.compile(r"\b(?:said|says|told\s+\w+|reported|announced|added)\s+(?:that\s+)?", re.I)
# "and state television said ...", "and the army says ...": a new clause, the speaker its subject
SPEAKER_AFTER_AND = re.compile(r"^(?:[\w'’-]+\s+){0,3}(?:said|says|reported|reports|announced|told)\b", re.I)


def _cut_at(words: list[str], max_words: int) -> int:
    """Where the first `max_words` words may end: the last clause edge, else the last phrase
    edge, after the main clause's verb; 0 where there is none.

    The edges are tried from the last one back, and only where the words before them hold a word
    that may be a verb: trying every place searched all the words before it for a verb each time
    (a fuzzed seed with a "word" of 8 KB of markup: 23 searches of 8 KB, 12 ms/KB).
    """
    last = min(max_words, len(words) - 1)
    first_verb = next((i for i, word in enumerate(words[:last]) if _may_be_verb(word)), last)
    phrase_at = 0
    for k in range(last, max(5, first_verb + 1) - 1, -1):
        edge = _edge_before(words, k)
        if edge == "clause" and _may_end_before(words, k, max_words):
            return k
        if edge == "phrase" and not phrase_at and _may_end_before(words, k, max_words):
            phrase_at = k
    return phrase_at


# "not X but Y" is one phrase: a "not" in the few words before "but", no comma between
NOT_BEFORE_BUT = re.compile(r"\bnot\b[^,;]*$", re.I)
# a clause opened by one of these words needs its own verb before the headline may end
# (not a relative pronoun: "loyalists who defect" has a present verb _has_verb does not know)
OPENS_CLAUSE = re.compile(r"\b(?:when|while|because|although|though|whereas|unless)\b"
                          r"(?P<rest>(?:(?!\b(?:when|while|because|although|though|whereas|unless)\b).)*)$",
                          re.I | re.S)
# "a radio exchange between the BBC's political editor": "between" waits for its "and"
OPEN_BETWEEN = re.compile(r"\bbetween\b(?![^,;]*\band\b)[^;]*$", re.I)


def _open_clause_without_verb(head: str) -> bool:
    """Whether `head` ends inside a clause it opens ("... to breakfast when loudspeakers") before
    that clause's verb."""
    m = OPENS_CLAUSE.search(head)
    first = re.findall(r"[\w'’-]+", m["rest"])[:1] if m else []
    # the word alone at the end goes with the cut ("a big boost when,"); a clause without its
    # subject has no verb to wait for ("indicted while in office", "while visiting relatives")
    if not first or first[0].lower() in PHRASE_WORDS or re.search(r"(?:ing|ed)$", first[0]):
        return False
    return not (VERB.search(m["rest"]) or PRESENT_VERB.search(m["rest"] + " ") or GOT.search(m["rest"]))


# a word holding one of these may be (or begin) what _has_verb looks for: a past, future or
# auxiliary verb (VERB: "to" begins "to be"), a headline's present (PRESENT_VERB), "got"
MAY_BE_VERB = re.compile(r"(?i:\bto\b)|\b[a-z]{2,}[^s\W]s\b")


def _reported_without_verb(head: str) -> bool:
    """Whether `head` ends in a reported clause ("... said that Hedi Annabi", "state television said
    several targets") whose verb is still to come."""
    that = re.split(r"\bthat\s+", head)
    reported = REPORTED_CLAUSE.split(head)
    return (len(that) > 1 and not _has_verb(that[-1])) or (len(reported) > 1 and not _has_verb(reported[-1]))


def _may_be_verb(word: str) -> bool:
    return bool(VERB.search(word) or GOT.search(word) or MAY_BE_VERB.search(word))


def _edge_before(words: list[str], k: int) -> str | None:
    """Whether a clause ("clause") or a phrase ("phrase") may start at words[k]; None if neither."""
    word, before = words[k].lower(), words[k - 1]
    if word == "but" and not before.endswith((",", ";")) and NOT_BEFORE_BUT.search(" ".join(words[max(0, k - 8):k])):
        return None  # "was facing not an internal crisis | but an external war": one phrase
    if (before.endswith((",", ";", ":")) or word in ("--", "–", "—") or word in CLAUSE_WORDS
            or (word in ("and", "but") and k + 1 < len(words)
                and (words[k + 1].lower() in NEW_CLAUSE_AFTER_AND
                     or SPEAKER_AFTER_AND.match(" ".join(words[k + 1:k + 6]))))):
        return "clause"
    return "phrase" if word in PHRASE_WORDS and k >= 6 else None


def _may_end_before(words: list[str], k: int, max_words: int) -> bool:
    """Whether words[:k] may stand as a headline: its verb there, nothing left open."""
    word, before = words[k].lower(), words[k - 1]
    head = " ".join(words[:k])
    if head.count('"') % 2 or head.count("(") != head.count(")") or head.count("“") != head.count("”"):
        return False  # inside a quote or brackets
    # "easier to deal | with": the infinitive waits for its preposition, not a clause ("to surrender | as he")
    infinitive = (words[k - 2].lower() == "to" and before.isalpha() and before.islower()
                  and word not in CONJUNCTIONS_ONLY)
    main_end = _main_clause(head).split()[-1:]  # "Mr Assad had, in effect, | agreed": "had" before the aside
    if (before.lower().rstrip(",;:") in HANGING or infinitive
            or (main_end and main_end[0].lower().rstrip(",;:") in HANGING)
            or (before.endswith(":") and word[:1] in "\"“‘'")):
        return False  # "he said he was still", "easier to deal", "told the agency: ...": the rest completes it
    if word in ("after", "before", "later", "earlier") and re.fullmatch(
            r"(?:day|days|week|weeks|month|months|year|years|hours?|minutes?)", before.lower()):
        return False  # "a day after more than 60 people were killed": the measure needs its event
    if k >= 2 and words[k - 2].lower() in ("that", "which", "who") and word in PHRASE_WORDS:
        return False  # "demonstrations that erupted | in the southern city of Deraa": the clause's place
    if word == "as" and AS_COMPLEMENT.search(before):
        return False  # "in what officials characterized as ...": no clause starts at "as"
    if before.lower() in NO_END or (before.lower() in ("after", "before", "since", "until")
                                    and VERB.search(" ".join(words[k:k + 8]).split(",")[0])):
        # "... no information about", "a month after | at least 60 protesters were shot dead" (but
        # "sworn in", "went along", "took over", "signed before": a particle or an adverb may end it)
        return False
    if word in VERB_PREPOSITIONS and before.islower() and PAST_VERB.fullmatch(before):
        return False  # "condemned the violence and called | for a halt": the verb's complement
    if word == "by" and before.islower() and PAST_VERB.fullmatch(before):
        return False  # "called the statements made | by President Hosni Mubarak ... unacceptable": its agent
    if _open_clause_without_verb(head) or (before.endswith(",") and OPEN_BETWEEN.search(head)):
        return False  # "was sitting down to breakfast when loudspeakers | from ...", "between the BBC's political editor"
    if _reported_without_verb(head):
        return False  # "Mr Preval later said that Hedi Annabi", "state television said several targets"
    if not _has_verb(head) or (FINITE.search(" ".join(words[k:max_words]))
                               and not FINITE.search(_main_clause(head))) or _only_participles(head):
        return False  # the subject without its verb: "Italian premier Silvio Berlusconi, long ..."
    return True


# "Ships chartered by the International Committee of the Red Cross", "Arab rulers seen as
# repressive": a participle with its agent or "as" after a noun, or one that is never a past tense
# with no auxiliary before it, describes the noun; the sentence's verb ("departed", "reached") is
# still to come
NO_AUXILIARY_BEFORE = "".join(rf"(?<!\b{aux} )" for aux in ("is", "are", "was", "were", "be", "been", "being",
                                                         "has", "have", "had", "having", "get", "got")) \
    + r"(?<!['’]ve )(?<!['’]s )(?<!['’]d )(?<!['’]re )"
REDUCED_PASSIVE = re.compile(NO_AUXILIARY_BEFORE + r"\b(?:\w+ed\s+by|(?:characteri[sz]|describ|regard|view|consider|"
                             r"brand|label|dubb|classifi|identifi|list|rank|designat)ed\s+as|(?:seen|known|taken|given|shown|"
                             r"born|based|done|gone|written|chosen|driven|spoken|broken|beaten|stolen|hidden|"
                             r"drawn|thrown|worn|torn|sworn|withdrawn|forgotten|forgiven))\b")


def _only_participles(head: str) -> bool:
    """Whether the main clause's only verbs are reduced passives ("Ships chartered by ...", "Arab
    rulers seen as repressive")."""
    main = _main_clause(head)
    return bool(REDUCED_PASSIVE.search(main)) and not _has_verb(REDUCED_PASSIVE.sub(" ; ", main))
