"""Resolvers: small functions that turn a rule's match into a TIMEX3 value and a reason.

Each takes (match, rule, context) and returns `Resolved` or None (no value we can justify).
Year-less expressions pick the occurrence the tense points to: past tense takes the latest one
on or before the DCT, future the first one on or after it, and no tense the nearest.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable

from . import calendar as cal
from . import vocabulary
from .engine import Context, ImpossibleDate, Resolved, Rule
from .holidays_en import EID_AL_FITR, RAMADAN_START, holiday_for
from .vocabulary import (CENTURY_ORDINALS, DAY_ORDINAL_WORDS, MONTHS, ORDINALS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS, expand, month_number,
                         number, unit_name, weekday_number)

RESOLVERS: dict[str, Callable] = {}

MODS = {"early": "START", "beginning": "START", "start": "START", "mid": "MID", "middle": "MID",
        "late": "END", "end": "END", "earlier": None, "later": None}


def resolver(fn):
    RESOLVERS[fn.__name__] = fn
    return fn


def tense_aware(fn):
    """Mark a resolver that reads `ctx.tense`; the engine finds tense cues only for these."""
    fn.uses_tense = True
    return fn


def _g(m: re.Match, name: str) -> str | None:
    """The text of group `name`, or None where it took no part or the pattern has no such group."""
    try:
        return m[name]  # m.groupdict() would build a dict of every group on each call
    except IndexError:
        return None


def _mod(m: re.Match) -> str | None:
    word = (_g(m, "mod") or "").lower().split()
    return MODS.get(word[-1].strip("-")) if word else None


def _fmt(day: dt.date) -> str:
    return day.isoformat()


def _year(text: str) -> int:
    year = int(text.lstrip("'’"))
    if len(text.lstrip("'’")) == 2:
        year += 1900 if year > 40 else 2000
    return year


_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+(?:early\s+|late\s+|mid-?|last\s+)?$")
# "killed since the uprising began in March", "since anti-government protests erupted in Syria
# in March": the day or month dates the past start of a "since", however far back (a clause of
# no stop, comma or dash, with a past verb in it and no plan's participle, ending in "in" or "on")
_SINCE_CLAUSE_BEFORE = re.compile(
    r"\b[Ss]ince\s+(?:(?!\s-\s|--)[^.,;:!?()]){0,80}?\b(?:(?!(?:" + "|".join(sorted(vocabulary.PLAN_WORDS))
    + r")\b)[a-z]{3,}ed|" + "|".join(sorted(vocabulary.PAST_WORDS - {"ago", "last", "yesterday"}))
    + r"|broke\s+out)\b(?:(?!\s-\s|--|\b(?:would|will|could|shall|might|may|to)\b)[^.,;:!?()]){0,30}?"
    r"\s(?:in|on)\s+(?:early\s+|late\s+|mid-?)?\Z")  # not "since the junta announced it would hand over power in June"
_EFFECTIVE_BEFORE = re.compile(r"\b(?:effective|[Ee]ffective\s+(?:on|from|as\s+of))\s+$")
# "is closed until Tuesday", "have until the end of the day Monday to agree", "there is a deadline
# of Monday": a wait or a deadline
_UNTIL_BEFORE = re.compile(r"\b(?:(?:until|till|[Uu]ntil)\s+(?:early\s+|late\s+|mid-?"
                           r"|(?:the\s+)?(?:end|close)\s+of\s+(?:(?:the\s+)?(?:day|business|trading)\s+)?)?"
                           r"|deadline\s+(?:of|for)\s+)$")
# A deadline moved, or the earliest a plan can happen, lies ahead even in past tense:
# "postponed until Tuesday morning", "extended its deadline until 9 a.m.", "as early as Tuesday",
# "the EU gave Cyprus until Monday to find the money"; so does the end of a rule just made: "the
# parish council voted to waive building permit fees until the end of March" (a seed of
# 2024-12-02: the waiver cannot end in a March before the vote), "froze prices until June".
_AHEAD_BEFORE = re.compile(r"(?:\b(?:postpone|delay|extend|adjourn|defer|put\s+off|deadline|waive|suspend|"
                           r"freez|froze|renew|prolong)\w*\b[^.;]{0,30}"
                           r"\b(?:until|till|to)|\b(?:give|gives|giving|(?:has|have|'s|'ve)\s+given)\b[^.;]{0,30}\b(?:until|till)"
                           r"|\bas\s+(?:early|soon)\s+as|\bbetween\s+now\s+and)\s+$", re.I)
# "gave him until Monday", "had given him until Monday": a past grant whose day the tense picks
# ("... but he missed it"); only "gives"/"has given ... until" say the day is still ahead
TENSE_REACH_DAYS = 300  # tuned on TempEval-3 train: tense cues rarely reach back further
# A month named alone has one occurrence in the year before the article's date; where its own
# verb is past, that is the one however early in the year it began: "the uprising against
# President Assad, which began in March" (written in February), "In April, President Assad
# scrapped the Emergency Law". A past cue further off may not govern it ("for April delivery",
# "a conference at the UN in September"), so there TENSE_REACH_DAYS holds.
MONTH_REACH_DAYS = 366
_NOT_PAST_BEFORE_PARTICIPLE = frozenset(
    "is are am be been being to will would 'll shall should must may might can could".split())
_PAST_VERB_IN_BEFORE = re.compile(
    r"(?:\b(?P<before>[\w']+)\s+)?(?:[a-z]+ly\s+)?\b(?P<verb>[a-z]{3,}ed|"
    + "|".join(sorted(vocabulary.PAST_WORDS - {"ago", "last", "yesterday"})) + r")\s+in\s+\Z")
_IN_MONTH_OPENING = re.compile(r"(?:\A|[.!?]\s+|``\s+|[\"“]\s*)In\s+\Z")
# ... and a day's: "Protests began on 25 January", "He died on Easter", "On 3 March, troops shelled"
_PAST_VERB_ON_BEFORE = re.compile(_PAST_VERB_IN_BEFORE.pattern.replace(r"\s+in\s+\Z", r"\s+on\s+\Z"))
_ON_DAY_OPENING = re.compile(r"(?:\A|[.!?]\s+|``\s+|[\"“]\s*)On\s+\Z")


def _month_told_in_past(m: re.Match, ctx: Context, verb_before: re.Pattern = _PAST_VERB_IN_BEFORE,
                        opening: re.Pattern = _IN_MONTH_OPENING) -> bool:
    """Whether the month's own verb is past: "which began in March", "In April, Assad scrapped".

    The verb just before "in" (not a participle after "is", "to", a modal: "is duly dismissed in
    May"), or a sentence that opens "In <month>," and whose tense is past. A day's, with "on"
    (`_day_told_in_past`).
    """
    if ctx.tense != "past" or ctx.planned:
        return False
    verb = verb_before.search(ctx.before)
    if verb is not None:
        return verb["verb"] not in vocabulary.NOT_PAST_ED and (verb["before"] or "").lower() not in _NOT_PAST_BEFORE_PARTICIPLE
    start = m.start("timex") if "timex" in m.re.groupindex and m.start("timex") >= 0 else m.start()
    end = m.end("timex") if "timex" in m.re.groupindex and m.end("timex") >= 0 else m.end()
    return opening.search(m.string, max(0, start - 8), start) is not None \
        and m.string.startswith((",", " ,"), end)


def _day_told_in_past(m: re.Match, ctx: Context) -> bool:
    """Whether a day's own verb is past: "Protests began on 25 January", "He died on Easter", "On
    3 March, troops shelled the town". Then the past reaches back a whole year (MONTH_REACH_DAYS):
    a day 304 days back went to the nearest occurrence, ahead of the article, for a past event.

    Not "was on": reported speech shifts a day still ahead into the past ("he was told that the
    next available landing slot was on 9 February"); nor a participle after a comma ("an extract
    from Baghdad Burning, by Riverbend, published on July 4": a book still to come)."""
    verb = _PAST_VERB_ON_BEFORE.search(ctx.before)
    if verb is not None and (verb["verb"] in _NOT_A_DAYS_OWN_VERB
                             or re.search(r",\s*\Z", ctx.before[:verb.start("verb")])):
        return False
    return _month_told_in_past(m, ctx, _PAST_VERB_ON_BEFORE, _ON_DAY_OPENING)


_NOT_A_DAYS_OWN_VERB = frozenset(("was", "were", "had", "did"))


def pick_by_tense(occurrence: Callable[[int], dt.date | None], ctx: Context,
                  years=(-1, 0, 1), past_why: str = "past tense",
                  since: bool = False, reach: int = 0) -> tuple[dt.date | None, str]:
    """Choose among the occurrences in the DCT's year and its neighbours by tense.

    `past_why` names what made the tense past in the reason ("a chronology's entry ...");
    `since`: the expression dates the start of a "since" ("since the uprising began in March");
    `reach`: how far back a past may reach, in days, where it is surer than a tense cue.

    Tense cues are guesses from nearby words, so a tense that would pick an occurrence more than
    `TENSE_REACH_DAYS` away gives way to the nearest occurrence.
    """
    options = sorted(d for d in (occurrence(ctx.dct.year + k) for k in years) if d)
    if not options:
        return None, ""
    if since or _SINCE_BEFORE.search(ctx.before):  # "in force since May": a start already passed, however far
        before = [d for d in options if d <= ctx.dct]
        if before:
            return before[-1], f"since: the latest before the article's date {_fmt(ctx.dct)}"
    tense = ctx.tense  # the tense these cues leave, worked out without copying `ctx`
    if _EFFECTIVE_BEFORE.search(ctx.before):
        tense = "unknown"  # "created an office, effective Feb. 1": no tense of its own
    elif ctx.plan:
        tense = "future"  # "the law takes effect on Jan. 1": a plan lies ahead
    if ((tense in ("present", "unknown") or ctx.perfect) and _UNTIL_BEFORE.search(ctx.before)) \
            or _AHEAD_BEFORE.search(ctx.before):
        tense = "future"  # "is closed until March", "willing to wait until September": the wait ends ahead
    if tense in ("past", "future") and not any(
            0 <= (ctx.dct - d if tense == "past" else d - ctx.dct).days <= (reach or TENSE_REACH_DAYS)
            for d in options):
        tense = "unknown"  # "Dec. 15" said in October: the tense cue misled
    if tense == "past":
        before = [d for d in options if d <= ctx.dct]
        if before:
            return before[-1], f"{past_why}: the latest before the article's date {_fmt(ctx.dct)}"
    if tense == "future":
        after = [d for d in options if d >= ctx.dct]
        if after:
            return after[0], f"future tense: the next on or after the article's date {_fmt(ctx.dct)}"
    nearest = min(options, key=lambda d: (abs((d - ctx.dct).days), d > ctx.dct))
    return nearest, f"no tense cue: the nearest to the article's date {_fmt(ctx.dct)}"


# --- explicit calendar dates ------------------------------------------------------------------

# "for the third quarter ended Sept. 30": the day ends the period just named, and that period, not
# the day, stays what "the corresponding period last year" and "the quarter" after it refer to
# (the end of "the six months ended Aug. 12" is still the anchor of "a year earlier" after it: no
# quarter named, nothing else to count from)
_PERIOD_ENDED_BEFORE = re.compile(r"\bquarters?\s+(?:that\s+)?(?:ended|ending)\s+$")


def _end_of_period_named(resolved: Resolved | None, ctx: Context) -> Resolved | None:
    """`resolved`, kept from becoming the topic where it ends the quarter named before it."""
    if resolved is not None and _PERIOD_ENDED_BEFORE.search(ctx.before):
        return resolved._replace(topical=False)
    return resolved


@resolver
def calendar_date(m, rule: Rule, ctx: Context) -> Resolved | None:
    month = month_number(m["month"]) if not m["month"].isdigit() else int(m["month"])
    return _end_of_period_named(_day_month_year(m[0], _year(m["year"]), month, int(re.sub(r"\D", "", m["day"]))), ctx)


def _day_month_year(text: str, year: int, month: int, day_number: int) -> Resolved:
    """A date the expression gives whole; 31 February is reported, never moved."""
    day = cal.safe_date(year, month, day_number)
    if day is None:
        raise ImpossibleDate(f"impossible date {text!r}")
    return Resolved(_fmt(day), "the expression gives day, month and year", day=day)


# A chronology's entry: a date that opens a line or sentence, then a dash or colon and what
# happened, told in the historical present ("Feb. 26 - The U.N. Security Council imposes
# sanctions ..." in a factbox dated September): the day is past, not a plan ahead
_CHRONOLOGY_OPENS = re.compile(r"(?:\A|[\n.!?]\s*|\)\s+)\Z")
_CHRONOLOGY_DASH = re.compile(r"\s+(?:-{1,2}|–|—|:)\s+[A-Z\d]")


# an entry before it in the same list: "... 19 July : Qatar closes its embassy ... 8 August :"
# (BBC's factboxes lose their line breaks in Timeline17's text)
_CHRONOLOGY_ENTRY_BEFORE = re.compile(expand(
    r"(?:\b(?:[12]\d|3[01]|0?[1-9])\s+{MONTH}|\b{MONTH}\.?\s+(?:[12]\d|3[01]|0?[1-9]))\s+(?:-{1,2}|–|—|:)\s+[A-Z\d]"))
# a plan's step, not an entry: "10 April : Government must withdraw troops"
_PLAN_AFTER_ENTRY = re.compile(r"\s+(?:-{1,2}|–|—|:)\s+[^.:;]{0,40}?\b(?:must|will|shall|should|would|is\s+to|are\s+to)\b")
CHRONOLOGY_REACH_DAYS = 366  # an entry told in the past may be a year old, however far its tense reaches


def _chronology_entry(m, ctx: Context) -> bool:
    """A day and month that open an entry of a chronology: after a stop, or after another entry
    of a list that runs in the past (the last day told not after the article's: "Key dates: 28
    November - First round ..., 5 December - Run-off ..." a week before the vote runs ahead;
    review of d553185)."""
    if ctx.tense not in ("present", "unknown", "past") or ctx.planned \
            or _CHRONOLOGY_DASH.match(m.string, m.end()) is None \
            or _PLAN_AFTER_ENTRY.match(m.string, m.end()) is not None:
        return False
    return _CHRONOLOGY_OPENS.search(ctx.before) is not None \
        or ((ctx.previous is None or ctx.previous <= ctx.dct)
            and _CHRONOLOGY_ENTRY_BEFORE.search(m.string, max(0, m.start() - 200), m.start()) is not None)


@resolver
@tense_aware
def month_day_by_tense(m, rule: Rule, ctx: Context) -> Resolved | None:
    month = month_number(m["month"])
    word = _g(m, "dayword")  # "March eighth", "the fifteenth of May"
    day_number = DAY_ORDINAL_WORDS[" ".join(word.lower().split())] if word else int(re.sub(r"\D", "", m["day"]))
    if _g(m, "year"):
        day = cal.safe_date(_year(m["year"]), month, day_number)
        if day is None:
            raise ImpossibleDate(f"impossible date {m[0]!r}")
        return Resolved(_fmt(day), "the expression gives day, month and year", day=day)
    if _chronology_entry(m, ctx):
        return _day_month_by_tense(m[0], month, day_number, ctx._replace(tense="past", plan=False),
                                   past_why="a chronology's entry, told in the past" if ctx.tense == "past"
                                   else "a chronology's entry, told in the present of a past day",
                                   reach=CHRONOLOGY_REACH_DAYS)
    return _end_of_period_named(_day_month_by_tense(m[0], month, day_number, ctx, since=_since_clause(m),
                                                    reach=MONTH_REACH_DAYS if _day_told_in_past(m, ctx) else 0), ctx)


def _since_clause(m: re.Match) -> bool:
    """The expression ends a "since" clause told in the past ("since the uprising began in March")."""
    start = m.start("timex") if "timex" in m.re.groupindex and m.start("timex") >= 0 else m.start()
    return _SINCE_CLAUSE_BEFORE.search(m.string, max(0, start - 120), start) is not None


def _day_month_by_tense(text: str, month: int, day_number: int, ctx: Context,
                        past_why: str = "past tense", since: bool = False, reach: int = 0) -> Resolved | None:
    """A day and month without a year, in the year the tense points to (`past_why`, `since`: see `pick_by_tense`)."""
    if cal.safe_date(2024, month, day_number) is None:
        raise ImpossibleDate(f"impossible date {text!r}")  # 31 February in any year
    day, why = pick_by_tense(lambda y: cal.safe_date(y, month, day_number), ctx, past_why=past_why, since=since,
                             reach=reach)
    if day is None:
        return None
    return Resolved(_fmt(day), f"no year given; {why}", anchor=_fmt(ctx.dct), day=day)


@resolver
def month_year(m, rule: Rule, ctx: Context) -> Resolved | None:
    day = cal.safe_date(_year(m["year"]), month_number(m["month"]), 1)
    if day is None:
        return None
    return Resolved(cal.value_of(day, "month"), "the expression gives month and year", mod=_mod(m))


# "April", "May", "June" and "August" are first names too: joined by "and"/"or" to what comes before
# and followed by a capitalised word, such a word is a person listed ("honoring the crew, and June
# Scobee Rodgers, the widow of ..."), not a month coordinated with a time ("in April and May 2010",
# "in March and June the bank raised rates"), which a time before it or a lower-case word after shows
_FIRST_NAME_MONTH = re.compile(r"(?:April|May|June|August)\Z")
_LISTED_BEFORE = re.compile(r"(?:^|[^\w\s]|\s)(?:and|or)\s+\Z")
_SURNAME_AFTER = re.compile(r"[ \t]+(?!(?:He|She|It|They|We|I|The|A|An|This|That|His|Her|Its|Their|And|But|Or)\b)"
                            r"[A-Z][a-z]+\b(?![ \t]+\d)")
_TIME_BEFORE_PAIR = re.compile(expand(r"\b(?:{MONTH_FULL}|(?:19|20)\d\d|{WEEKDAY_FULL}|spring|summer|autumn|winter)\b"))
NAME_PAIR_REACH = 30  # characters before "and" searched for the time a month would be paired with


def _first_name_not_month(m) -> bool:
    """Whether the month word of `m` is a person's first name listed after "and"/"or" (see above)."""
    start, end = m.start("month"), m.end("month")
    if not _FIRST_NAME_MONTH.match(m["month"]) or not _SURNAME_AFTER.match(m.string, end):
        return False
    before = m.string[max(0, start - NAME_PAIR_REACH):start]
    return bool(_LISTED_BEFORE.search(before)) and not _TIME_BEFORE_PAIR.search(before)


@resolver
@tense_aware
def month_by_tense(m, rule: Rule, ctx: Context) -> Resolved | None:
    if _g(m, "month") and _first_name_not_month(m):
        return None
    month = month_number(_g(m, "month") or m["month2"])
    relation = " ".join((_g(m, "rel") or "").lower().split())
    relation = {"this past": "last", "this coming": "next"}.get(relation, relation)
    if relation in ("last", "next", "this"):
        target = {"last": ctx.dct.year - (1 if month >= ctx.dct.month else 0),
                  "next": ctx.dct.year + (1 if month <= ctx.dct.month else 0),
                  "this": ctx.dct.year}[relation]
        return Resolved(f"{target:04d}-{month:02d}", f'"{relation}" {m["month"]} seen from '
                        f"{_fmt(ctx.dct)}", anchor=_fmt(ctx.dct), mod=_mod(m))
    # the month is written out, so "a month earlier" after "in January" counts from January
    if month == ctx.dct.month:
        return Resolved(cal.value_of(ctx.dct, "month"), "the article's own month",
                        anchor=_fmt(ctx.dct), mod=_mod(m), named=True)
    day, why = pick_by_tense(lambda y: cal.safe_date(y, month, 1), ctx, since=_since_clause(m),
                             reach=MONTH_REACH_DAYS if _month_told_in_past(m, ctx) else 0)
    return Resolved(cal.value_of(day, "month"), f"no year given; {why}", anchor=_fmt(ctx.dct),
                    mod=_mod(m), named=True)


# a clock, then four digits in brackets: the same time converted ("Updated 1:39 p.m. (2039 in
# Egypt)", tokenised "-LRB- 2039 in Egypt -RRB-"), never a year
_CLOCK_THEN_BRACKET = re.compile(r"(?:\d[:.][0-5]\d(?:\s*(?:[ap]\.m\.|[ap]m|[AP]M))?|\d\s*(?:[ap]\.m\.|[ap]m|[AP]M))"
                                 r"(?:\s+[A-Z]{2,4})?\s*(?:\(|-LRB-)\s*\Z")
# the same after a comma, when a place says whose clock it is ("(11 a.m. ET, 1800 in Egypt)")
_CLOCK_THEN_COMMA = re.compile(_CLOCK_THEN_BRACKET.pattern.replace(r"(?:\(|-LRB-)", ","))
_IN_PLACE_AFTER = re.compile(r"[ \t]+in[ \t]+[A-Z]")


# Four digits that count are no year; what is counted follows them. A unit of time ("a 1500
# years old book", "1000 yrs ago") or a plus ("2000+ years", "1500 + personnel") always counts;
# people or things counted do after up to two words that describe them ("interviewed 2028
# British adults", "as many as 2000 Australians"), unless a determiner or a preposition of time
# makes the number a year that names them ("the 1967 refugees", "In 2004 British troops ...");
# after a word of quantity ("about 1500 rebels", "some 1200 tents") any plural counts but a
# year's own ("at about 2005 levels").
_COUNT_UNITS = frozenset("years yrs months weeks days hours hrs minutes mins seconds decades centuries".split())
_COUNTED = frozenset((
    "people persons adults children kids boys girls babies men women troops soldiers fighters rebels "
    "militants insurgents gunmen policemen officers protesters protestors demonstrators marchers "
    "activists students workers employees personnel volunteers civilians residents citizens villagers "
    "refugees migrants prisoners detainees inmates hostages victims casualties bodies patients doctors inhabitants "
    "nurses journalists reporters voters supporters members delegates diplomats pilgrims tourists "
    "passengers families households homes houses buildings tents shelters vehicles cars trucks tanks "
    "planes aircraft jets helicopters ships boats rockets missiles shells bombs weapons rifles guns "
    "bullets tons tonnes barrels litres liters gallons acres hectares feet metres meters miles km "
    "kilometers kilometres calories dollars euros pounds yen shares votes units jobs copies pages "
    "words signatures respondents readers viewers visitors followers").split())
# plurals a year names ("the 2010 floods", "from 2010 levels"): no count even after "about"
_YEAR_PLURALS = frozenset((
    "levels prices figures rates results earnings sales profits revenues budgets elections polls games "
    "olympics protests attacks bombings floods riots talks wars events crises accords negotiations "
    "standards terms values estimates forecasts numbers totals borders lines").split())
# a capitalised plural of a people: "Australians", "Haitians", "Iraqis", "Britons"
_PEOPLE = re.compile(r"[A-Z][a-z]+(?:[aeiy]ans|(?<!Or)(?<!Rom)(?<=[bcdfghjklmnpqrstvwxz])ans"
                     r"|(?<=[qlndtr])(?<!Par)is|(?<=Brit)ons)\Z")
_NOT_PEOPLE = frozenset("Republicans Democrats Olympians Titans Orleans".split())
_FUNCTION_WORDS = frozenset((
    "and or but of in on at to for with by from as than that which who is was were are be been has "
    "have had will would the a an this these those its his her their our your").split())
# a word that may describe what is counted: "British", "French", "orphaned", "armed", "self-sustaining"
_DESCRIBING = re.compile(r"[A-Z][a-z]+\Z|[a-z][a-z-]*(?:ed|al|an|ian|ish|ese|ic|ive|ful|less|ous|ing)\Z")
_COUNT_AFTER = re.compile(r"[ \t]*(\+)?[ \t]*([A-Za-z][\w-]*)(?:[ \t]+([A-Za-z][\w-]*))?(?:[ \t]+([A-Za-z][\w-]*))?"
                          r"([ \t]*['’])?")
_QUANTITY_BEFORE = re.compile(r"(?:\b(?:[Aa]bout|[Ss]ome|[Nn]early|[Aa]lmost|[Aa]pproximately|[Rr]oughly|[Aa]round|[Oo]ver"
                              r"|[Oo]nly|[Ee]stimated|[Jj]ust|[Uu]nder)|\b(?:[Aa]s\s+many\s+as|[Aa]t\s+least|[Aa]t\s+most"
                              r"|[Mm]ore\s+than|[Ll]ess\s+than|[Ff]ewer\s+than|[Uu]p\s+to|[Uu]pwards\s+of))\s+\Z")
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|its|his|her|their|our|your|my|this|that|these|those|The|Its|His|Her|Their"
                                r"|This|That|These|Those)|['’]s)\s+\Z")
_TIME_PREPOSITION_BEFORE = re.compile(r"\b(?:in|since|until|till|by|during|before|after|from|through|throughout|early"
                                      r"|late|mid|circa|year|In|Since|Until|By|During|Before|After|From|Through"
                                      r"|Throughout|Early|Late|Mid|Circa)\s+\Z")


def _counts(text: str, end: int, before: str) -> bool:
    """Whether the four digits ending at text[end] count what follows them, as no year does."""
    after = _COUNT_AFTER.match(text, end, end + 80)
    if after is None:
        return False
    plus, words, possessive = after[1], [w for w in after.group(2, 3, 4) if w], after[5]
    if plus or words[0].lower() in _COUNT_UNITS:
        return True
    quantity = _QUANTITY_BEFORE.search(before) is not None
    if not quantity and (_DETERMINER_BEFORE.search(before) or _TIME_PREPOSITION_BEFORE.search(before)):
        return False
    for at, word in enumerate(words):
        last = at == len(words) - 1
        if word in _COUNTED or (_PEOPLE.match(word) and word not in _NOT_PEOPLE):
            return not (possessive and last)  # "the 1983 miners' strike"
        if quantity and word.islower() and word.endswith("s") and not word.endswith("ss") \
                and word not in _YEAR_PLURALS:
            return not (possessive and last)
        if word.lower() in _FUNCTION_WORDS or not _DESCRIBING.match(word):
            return False  # "Another 2009 order showed rifles": a noun, so the year names the order
    return False


# A number the text names as a UN resolution ("resolution 1441", "UNSCR 1973", "resolutions 1970
# and 1973") is that resolution wherever it comes back in a slot no year takes: "in breach of
# 1441", "the language of 1441", "enforce UN 1973", "1973 says we are there to protect ...".
# A year's slots keep it a year in the same text: a preposition of time or a month before it
# ("passed in 1973", "December 1998"), a range ("1973-2011"), a law or an event "of" it ("the War
# Powers Act of 1973"), or a determiner before it and a thing it names after ("the 1973 war").
RESOLUTION_REACH = 20_000  # characters either side searched for the number named as a resolution
RESOLUTION_MENTIONS = 8  # mentions of the number looked at either side
_RESOLUTION_BEFORE = re.compile(r"(?:\b[Rr]esolutions?|RESOLUTIONS?|\bUNSCR|\bUNSC|\bSCR|\b[Rr]es\.?)\s+"
                                r"(?:[Nn]o\.?\s*|[Nn]umber\s+)?(?:\d{3,4}\s*(?:,|and|&)\s*){0,3}\Z")
_YEAR_SLOT_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|during|before|after|from|through|throughout|early|late|mid|circa|year|In|Since"
    r"|Until|By|During|Before|After|From|Through|Early|Late|Mid|" + "|".join(m.capitalize() for m in MONTHS)
    + r"|(?:[Aa]ct|[Ll]aw|[Tt]reaty|[Aa]ccords?|[Cc]onvention|[Aa]greement|[Ww]ar|[Rr]evolution|[Cc]onstitution|[Cc]lass"
    r"|[Ee]lections?|[Cc]risis|[Cc]oup|[Uu]prising|[Mm]assacre|[Ee]vents|[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn)\s+of)"
    r"|[A-Z][a-z]+\s+of)\s+\Z")
_RESOLUTION_WORD_AFTER = re.compile(r"\s+(?:UN|U\.N\.|Security|[Rr]esolution|Resloution)\b")
_WORD_AFTER = re.compile(r"\s+[A-Za-z]")


def _named_as_resolution(text: str, found: int) -> bool:
    low = max(0, found - 50)
    if text.find("es", low, found) < 0 and text.find("ES", low, found) < 0 and text.find("SC", low, found) < 0:
        return False  # no resolution's word can be there: a cheap test first, for pages of stamps
    return not text[found - 1:found].isdigit() and not text[found + 4:found + 5].isdigit() \
        and _RESOLUTION_BEFORE.search(text, low, found) is not None


def _named_resolution(text: str, start: int, end: int) -> bool:
    """Whether the four digits at text[start:end] are a resolution the text names as one."""
    if _YEAR_SLOT_BEFORE.search(text, max(0, start - 30), start) or text[end:end + 3].lstrip(" ")[:1] in ("-", "–"):
        return False
    if _DETERMINER_BEFORE.search(text, max(0, start - 12), start) and _WORD_AFTER.match(text, end) \
            and not _RESOLUTION_WORD_AFTER.match(text, end):
        return False  # "the 1973 war", "the 1973 oil embargo"; not "the 1973 UN resolution"
    digits = text[start:end]
    low, high = max(0, start - RESOLUTION_REACH), min(len(text), end + RESOLUTION_REACH)
    found = start
    for _ in range(RESOLUTION_MENTIONS):  # this mention, then those before it
        if found < 0:
            break
        if _named_as_resolution(text, found):
            return True
        found = text.rfind(digits, low, found)
    found = text.find(digits, end, high)
    for _ in range(RESOLUTION_MENTIONS):  # those after it
        if found < 0:
            break
        if _named_as_resolution(text, found):
            return True
        found = text.find(digits, found + 4, high)
    return False


# Four digits opening a sentence, before a verb only a person or a document does ("1600
# provides you with an all access pass", CNN's White House blog; "2 - 1973 says we are there
# to protect ..."), are a name, no year: a year "is", "was", "saw" or "brings", it never "says"
_SENTENCE_START = re.compile(r"(?:\A|[\n.!?:;\"“”(]|--|\s-)[ \t]*\Z")
_AGENT_VERB_AFTER = re.compile(r"[ \t]+(?:says|tells|provides|authori[sz]es|demands|requires|permits|stipulates|urges"
                               r"|warns)\b")


# Four digits after a word that numbers parts, ways or places are that number ("pursuant to
# section 1543 (a)", "Flight 1549"), and after "per" or "1 to" a count ("1 to 1500 population")
_NUMBERED_BEFORE = re.compile(r"(?:\b(?:[Ss]ection|[Aa]rticle|[Cc]hapter|[Pp]aragraph|[Cc]lause|[Pp]age|[Nn]o\.|[Nn]umber"
                              r"|[Ff]light|[Rr]oute|[Rr]oom|[Hh]ighway|[Ii]nterstate|[Pp]latform|[Pp]er)"
                              r"|\b(?:1|[Oo]ne)\s+(?:to|out\s+of))\s+\Z")


# Two numbers joined as a rising range ("between 1000 and 2000", "from 1500 to 2000 barrels")
# are counts, not years, when the second counts what follows it, is no four-digit number ("from
# 1200 to 3,400"), or starts a span no news story's years take: a century or more from before
# 1500 ("had already killed between 1000 and 2000 by last April"). Years listed or counted
# down ("in 2003 and 2001", "from 1792 to 1750 BC") and long spans of modern years ("campaigns
# between 1900 and 2006") stay years.
_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d{3,})"
_RANGE_SECOND_AFTER = re.compile(r"[ \t]+(?:and|to|or)[ \t]+" + _NUMBER + r"(?![\d,]|\.\d)")
_RANGE_FIRST_BEFORE = re.compile(r"(?<![\d,.])" + _NUMBER + r"[ \t]+(?:and|to|or)[ \t]+\Z")
_WORD_AFTER_NUMBER = re.compile(r"[ \t]*([A-Za-z]+)")


def _range_of_counts(text: str, start: int, end: int, before: str) -> bool:
    """Whether the four digits at text[start:end] are one end of a range of counts."""
    second = _RANGE_SECOND_AFTER.match(text, end)
    if second is not None:
        first_text, second_text, second_end = text[start:end], second[1], second.end()
    else:
        first = _RANGE_FIRST_BEFORE.search(before)
        if first is None:
            return False
        first_text, second_text, second_end = first[1], text[start:end], end
    low, high = int(first_text.replace(",", "")), int(second_text.replace(",", ""))
    if high <= low:
        return False
    word = _WORD_AFTER_NUMBER.match(text, second_end)
    if word is not None and (word[1] in _COUNTED or word[1].lower() in _COUNT_UNITS):
        return True
    if len(first_text) != 4 or len(second_text) != 4:
        return True
    return low < 1500 and high - low > 99


# a live page's time stamp run into its text ("... and 250,000 injured 2032 Gen Douglas Fraser
# says"; BBC live pages): a 24-hour clock before a capitalised word, after no preposition or
# article, and as a year over ten years after the article (a year long before it may open an
# entry of a chronology: "1804 Haiti declares independence.")
_STAMP_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_YEAR_WORD_BEFORE = re.compile(r"\b(?:[Ii]n|[Bb]y|[Uu]ntil|till|to|[Ff]rom|[Ss]ince|[Bb]efore|[Aa]fter|of|for|[Tt]he|"
                               r"and|or|[Ee]arly|[Ll]ate|[Mm]id|-)\s*\Z")


def _live_stamp(m, value: int, ctx: Context) -> bool:
    written = m["year"]
    return (m["timex"] == written and int(written[:2]) < 24 and int(written[2:]) < 60
            and value > ctx.dct.year + 10
            and bool(_STAMP_AFTER.match(m.string, m.end("year")))
            and not _YEAR_WORD_BEFORE.search(ctx.before))


@resolver
def year(m, rule: Rule, ctx: Context) -> Resolved | None:
    value = _year(m["year"])
    if not cal.MIN_YEAR <= value <= cal.MAX_YEAR or _live_stamp(m, value, ctx):
        return None
    if _CLOCK_THEN_BRACKET.search(ctx.before) or (
            _IN_PLACE_AFTER.match(m.string, m.end("year")) and _CLOCK_THEN_COMMA.search(ctx.before)):
        return None
    if m["timex"] == m["year"] and not _g(m, "mod") and (
            _counts(m.string, m.end("year"), ctx.before) or _NUMBERED_BEFORE.search(ctx.before)
            or _named_resolution(m.string, m.start("year"), m.end("year"))
            or _range_of_counts(m.string, m.start("year"), m.end("year"), ctx.before)
            or (_AGENT_VERB_AFTER.match(m.string, m.end("year")) and _SENTENCE_START.search(ctx.before))):
        return None
    return Resolved(f"{value:04d}", "the expression names the year", mod=_mod(m))


def _range_end(first: int, written: str, wide: bool = False) -> int | None:
    """The year a range's end names: "2012-13" ends in 2013, "1999-00" in 2000; None if not later.

    Two digits reach less than ten years unless `wide` (the words around say it is a span of
    years: "Lebanon's 1975-90 civil war")."""
    if len(written) == 4:
        end = int(written)
    else:
        end = first - first % 100 + int(written)
        if end <= first:
            end += 100
    return end if first < end <= first + 99 and (len(written) == 4 or end - first < 10 or wide) else None


# "2010-11" is November 2010 in ISO 8601 and the years 2010 and 2011 in a range: a range only
# where the words around it say so ("from 2009-11", "the 2010-11 season", "fiscal 1999-00")
_RANGE_BEFORE = re.compile(r"\b(?:between|from|[Ff]iscal|FY|[Ss]easons?)\s*$")
_RANGE_AFTER = re.compile(r"\s+(?:seasons?|years?|school|academic|financial|fiscal|budgets?|term|"
                          r"biennium|period|winter|campaign|session|crop|wars?|civil\s+war|conflict|era|"
                          r"reign|rule|presidency|occupation|dictatorship|regime|famine|drought)\b")


# a period's preposition: "civil war in 1975-90", "during 1985-95" are spans of years where the
# second part cannot be a month ("in 2009-11" is November 2009)
PERIOD_RANGE_YEARS = 30  # "during 1996-67" (a typing slip) is no span to 2067
_PERIOD_BEFORE = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Oo]ver)\s*$")


def _range_said(text: str, start: int, end: int) -> bool:
    """True when the words around `text[start:end]` ("2010-11") make it a range of years."""
    return bool(_RANGE_BEFORE.search(text, max(0, start - 20), start) or _RANGE_AFTER.match(text, end))


def _range_end_here(text: str, start: int, first: int, written: str, end: int) -> int | None:
    """`_range_end`, but a second part that could be a month (01-12) needs a range's context."""
    said = _range_said(text, start, end)
    if len(written) == 2 and int(written) <= 12 and not said:
        return None
    if not said and len(written) == 2 and _PERIOD_BEFORE.search(text, max(0, start - 20), start):
        end = _range_end(first, written, wide=True)  # a war's or a rule's span, not a century's
        return end if end is not None and end - first <= PERIOD_RANGE_YEARS else None
    return _range_end(first, written, wide=said)


@resolver
def year_range_start(m, rule: Rule, ctx: Context) -> Resolved | None:
    """The first year of "2011-2012" or "2012-13", when the second one is a later year."""
    second = re.match(r"[-–]((?:19|20)\d\d|\d\d)", m.string[m.end():m.end() + 5])
    if second is None or _range_end_here(m.string, m.start("year"), int(m["year"]), second[1],
                                         m.end() + second.end()) is None:
        return None
    return Resolved(m["year"], "the first year of a range")


@resolver
def year_range_end(m, rule: Rule, ctx: Context) -> Resolved | None:
    """The last year of "2011-2012" or "2012-13"; two digits take the first year's century."""
    end = _range_end_here(m.string, m.start("first"), int(m["first"]), m["year"], m.end())
    if end is None:
        return None
    return Resolved(f"{end:04d}", f"the last year of a range starting in {m['first']}")


@resolver
def iso_month(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"2009-11": ISO 8601's year and month, unless its context makes it a range of years."""
    if _range_said(m.string, m.start(), m.end()):
        return None  # "the 2010-11 season": the year-range rules tag 2010 and 2011
    return Resolved(f"{_year(m['year']):04d}-{int(m['month']):02d}", "an ISO 8601 year and month")


# words of a weather report, where "the 40s" are degrees
_TEMPERATURE = re.compile(r"\b(?:temperatures?|degrees|Fahrenheit|Celsius|wind\s+chills?|highs?|lows?|"
                          r"(?:low|high|upper|lower)[\s-][1-9]0s|forecast|weather)\b", re.I)


# what a sentence that measures something in tens says besides ("It will be in the mid-90s on
# Tuesday", "Woods shot in the 60s all week", "patients in the 70s and 80s age groups"): a
# decade is not told beside a day of this week, a score or an age
_MEASURED = re.compile(r"\b(?:today|tonight|tomorrow|yesterday|this\s+(?:week|weekend|morning|afternoon|evening)"
                       r"|all\s+(?:week|day|weekend)|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                       r"|scores?|scored|shot|points|percent|mph|age\s+groups?)\b", re.I)


@resolver
def decade(m, rule: Rule, ctx: Context) -> Resolved | None:
    """A decade ("the 1990s": 199), or the century that hundreds name ("the 1700s": 17).

    Before 2000 a year ending in 00 names its century ("the 1800s", "the early 1900s"), and
    "1000s" with no article before it is thousands ("10s of 1000s of people"); "the 2000s" are
    the decade 2000-2009, as news of the 2010s uses them."""
    digits = m["decade"].lstrip("'’")
    if len(m["decade"]) == 2 and (_TEMPERATURE.search(ctx.sentence) or _MEASURED.search(ctx.sentence)):
        return None  # "highs in the 70s", "shot in the 60s all week": numbers, not the 1970s
    value = int(digits) if len(digits) >= 3 else (1900 + int(digits) if int(digits) > 20 else 2000 + int(digits))
    if len(digits) == 4 and value % 100 == 0 and value < 2000:
        if value == 1000 and not _g(m, "article"):
            return None
        return Resolved(f"{value // 100:02d}", "a century, named by its hundreds", mod=_mod(m))
    return Resolved(f"{value // 10:03d}", "a decade", mod=_mod(m))


@resolver
def century(m, rule: Rule, ctx: Context) -> Resolved | None:
    words = " ".join(m["century"].lower().split())
    ordinal = CENTURY_ORDINALS[words] if words in CENTURY_ORDINALS else int(re.sub(r"\D", "", words))
    return Resolved(f"{ordinal - 1:02d}", "a century", mod=_mod(m))


# --- weekdays, seasons, quarters --------------------------------------------------------------

_POSSESSIVE_AFTER = re.compile(r" ?['’]s\b")  # tokenised copy writes "Thursday 's"
# "Under Thursday's agreement, NATO will ...": a weekday's possessive before what that day brought
# (a deal, a decision, an attack) names a day already past, whatever tense the clause looks ahead in;
# "ahead of Sunday's vote" and "at Saturday's summit" may name one to come
_DONE_AFTER_POSSESSIVE = re.compile(expand(
    r" ?['’]s\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?(?:agreement|deal|accord|pact|decision|ruling|verdict|events|"
    r"incidents?|{HAPPENING}|bombardment|deployment|crackdown|"
    r"arrests?|resignation|deaths?|fighting|outbreak|gains|losses)\b"
    # the singular as well ("when historians come to judge Wednesday 's event"), unless what follows
    # plans it ("Saturday's event will draw thousands", "Sunday's event is expected to ...")
    r"|(?= ?['’]s\s+event\b(?!(?:\s+[\w'-]+){0,3}?\s+(?:will|shall|is\s+(?:expected|due|set|scheduled|planned|to)"
    r"|would)\b))"))
# "Friday's planned protests": a plan named by its day, which may be behind or still ahead
# "were organizing a march for Tuesday", "readied themselves for Sunday", "flights were to be
# arranged for Saturday and Sunday": the day something is prepared for, the nearest one; not
# "casualty figures for Friday", "the Dow's gain for Thursday", "a curfew was imposed for Saturday",
# which tell what the day brought, nor "for Friday prayers" or "for Monday's attack", which name it
_MEANT_FOR_BEFORE = re.compile(expand(
    r"\b(?:(?:organi[sz]|arrang|prepar|schedul|mobili[sz])(?:e|es|ed|ing)|readie[ds]|ready|plann(?:ed|ing)|"
    r"book(?:s|ed|ing)|brac(?:e|es|ed|ing)|gear(?:s|ed|ing)?\s+up)\b[^,;:.!?]*"
    r"\bfor\s+(?:{WEEKDAY}\s+(?:and|or)\s+)?\Z"))
# "for Saturday and Sunday", "on Thursday or Friday": the second day of a pair follows the first
_PAIR_BEFORE = re.compile(r"\s(?:and|or)\s+\Z")
MEANT_FOR_REACH = 100  # characters before the weekday where the verb of preparing is looked for
_NOUN_OR_POSSESSIVE_AFTER = re.compile(r" ?['’]s\b|[ \t]+(?!(?:in|at|and|or|as|to|when|with|by|on|from|after|"
                                       r"before|but|is|are|was|were|will|would)\b)[A-Za-z]")
_PLANNED_AFTER_POSSESSIVE = re.compile(r" ?['’]s\s+(?:planned|scheduled|upcoming|expected|proposed)\b")
# "Sunday's game in Dallas brings together ...", "back in the squad for Sunday's match": an event
# held on a set day, told in the present, is the one nearest the article's date, often still to come
_SCHEDULED_AFTER_POSSESSIVE = re.compile(
    r" ?['’]s\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?(?:race|match|game|final|awards|elections?|vote|poll|referendum|"
    r"summit|conference|meeting|talks|ceremony|launch|kick-?off|telethon|debate|hearing|session|deadline|"
    r"trial|showdown)\b")
# "The East Coast could see it by Thursday", "something that they can actually do by Friday?",
# "unless , by Friday , they have a road map": "by" a weekday after a modal of what may happen
# (not "could have"), or after "if"/"unless", is a day still ahead, whatever tense the clause
# was told in before it (CNN 2011-01-31, 2011-02-13: read as the latest before the article)
_BY_A_DAY_AHEAD = re.compile(r"(?:\b(?:could|can|may|might|should|must)\b(?!\s+(?:have|not\s+have)\b)"
                             r"[^.;:!?]{0,40}|\b(?:[Ii]f|[Uu]nless)\s*,?\s*)\bby\s+$")
_AHEAD_OF_BEFORE = re.compile(r"\bahead\s+of\s+$")  # "ahead of Friday's vote", unless told in the past
_EVIDENCE_BEFORE = re.compile(r"\b(?:[Jj]udging\s+(?:by|from)|[Ff]ollowing|[Ss]ince|[Aa]fter)\s+$")
# words that say a plan told in the past did not happen as planned ("had been due to arrive on
# Friday but was diverted"): its day is then the one before the article's
_PLAN_UNDONE = re.compile(r"\b(?:but|instead|postponed|cancell?ed|called\s+off|delayed|diverted|put\s+off|scrapped|"
                          r"suspended|abandoned|failed|never|missed)\b")
# "holds them responsible for the Sunday incident": a weekday before the name of something that
# happened tells of it, like "Sunday's incident", and is no plan ("the Friday meeting" may be)
_ARTICLE_BEFORE = re.compile(r"\b[Tt]he\s+\Z")
_HAPPENED_AFTER = re.compile(expand(r"\s+(?:incident|{HAPPENING})\b"))


def _nearest_day_plan(m, ctx: Context) -> str:
    """What makes a weekday a plan whose day is the nearest one, in words for the reason ("" if nothing)."""
    after = m.end()
    if ctx.tense in ("present", "unknown") and _SCHEDULED_AFTER_POSSESSIVE.match(m.string, after):
        return "an event named by its day, not told in the past"  # "Sunday's game in Dallas brings ..."
    if _PLANNED_AFTER_POSSESSIVE.match(m.string, after):
        return "a planned event named by its day"  # "Sunday's planned protests"
    if ctx.planned:
        return "a plan told in the past"  # "was due to meet in Cairo on Saturday"
    if _MEANT_FOR_BEFORE.search(m.string, max(0, m.start() - MEANT_FOR_REACH), m.start()) \
            and not _NOUN_OR_POSSESSIVE_AFTER.match(m.string, after):
        return "the day something is prepared for"  # "were organizing a march for Tuesday"
    return ""


LAST_SKIPS_DAYS = 2  # "last <weekday>" this many days back or fewer means the week before's


def _last_means_the_week_before(m, dct: dt.date, back: int) -> bool:
    """Whether "last <weekday>" names the one of the week before the latest: a day or two back is
    "yesterday" or "on Tuesday", so "last Tuesday" on a Wednesday or a Thursday is the week
    before's (Timeline17: "200,000 people died in last Tuesday's quake", BBC, the Wednesday and
    the Thursday after the Haiti quake of 12 January 2010; "Resolution 1973, which was hurriedly
    passed last Thursday", CNN on a Friday, eight days on); but over a weekend the working week
    just gone is the last one ("history being made last Friday" on the Sunday after Mubarak
    stepped down). "This past Tuesday" is the latest."""
    if not 0 < back <= LAST_SKIPS_DAYS or " ".join((_g(m, "rel") or "").lower().split()) != "last":
        return False
    return all((dct - dt.timedelta(days=k)).weekday() < 5 for k in range(1, back))


# "the Thursday before the `` Day of Rage ''", "the Sunday after the earthquake": a weekday counted
# from an event the text names is that event's neighbour, not a day of the article's week; a holiday
# (rule holiday: "the Thursday before Christmas") or "that" (the day last named) can be counted
# from, any other event has no date here, so neither has the weekday
_ARTICLE_JUST_BEFORE = re.compile(r"\b[Tt]he\s+\Z")
_COUNTED_FROM_AFTER = re.compile(r"[ \t]+(?P<dir>before|after)[ \t]+(?!next\b|last\b)"
                                 r"(?:(?P<that>that|this)\b(?![ \t]+[a-z])|(?=[\w`'\"“‘]))")


@resolver
@tense_aware
def weekday(m, rule: Rule, ctx: Context) -> Resolved | None:
    """A weekday in news is most often the article's own day or one in the week around it.

    "last"/"previous" Tuesday is strictly before the DCT, "next" strictly after; without a word,
    the DCT's own weekday is the DCT itself (wire copy says "Friday" on a Friday), past tense
    takes the latest one before it and future the first one after it. A scheduling present is a
    plan ("Parliament votes Friday", "the hearing is on Friday"): the next one; but "Friday's
    purchases" report what already happened (TimeBank, 3 of 3), and any other present tells a
    past event ("police are investigating a shooting Friday", "officials say the blast Friday
    killed 12"): the latest one.
    """
    target = weekday_number(m["weekday"])
    relation = " ".join((_g(m, "rel") or _g(m, "rel2") or "").lower().split())
    relation = {"this past": "last", "this coming": "coming"}.get(relation, relation)
    if not relation and _ARTICLE_JUST_BEFORE.search(ctx.before) and (
            counted := _COUNTED_FROM_AFTER.match(m.string, m.end())):
        if not counted["that"] or ctx.previous is None:
            return None  # counted from an event with no date of its own
        relation = "previous" if counted["dir"] == "before" else "following"  # "the Thursday after that"
    if relation in ("previous", "following"):
        base = ctx.previous or ctx.dct
        if relation == "previous":
            day = base - dt.timedelta(days=(base.weekday() - target) % 7 or 7)
        else:
            day = base + dt.timedelta(days=(target - base.weekday()) % 7 or 7)
        return Resolved(_fmt(day), f"the {m['weekday']} {'before' if relation == 'previous' else 'after'} "
                        f"{_fmt(base)}", anchor=_fmt(base), day=day)
    back = (ctx.dct.weekday() - target) % 7
    ahead = (target - ctx.dct.weekday()) % 7
    if relation in ("last", "past") and _last_means_the_week_before(m, ctx.dct, back):
        day, why = ctx.dct - dt.timedelta(days=back + 7), "last, a day or two back: the week before's, from the article's date"
    elif relation in ("last", "past"):
        day, why = ctx.dct - dt.timedelta(days=back or 7), "the latest before the article's date"
    elif relation in ("next",):
        day, why = ctx.dct + dt.timedelta(days=ahead or 7), "the next after the article's date"
    elif relation in ("this", "coming"):
        day, why = ctx.dct + dt.timedelta(days=ahead), "the coming one from the article's date"
    elif back == 0:
        day, why = ctx.dct, "the article's own weekday: the article's date"
    elif ctx.page_date is not None and ctx.dct - dt.timedelta(days=back) >= ctx.page_date:
        # "despite Mubarak's announcement late Thursday" in an entry stamped 6:22 a.m. Friday of
        # a page dated Thursday: the page's days are told of in any tense
        day, why = ctx.dct - dt.timedelta(days=back), "a day its live page tells of: from the page's date up to"
    elif _SINCE_BEFORE.search(ctx.before):
        day, why = ctx.dct - dt.timedelta(days=back), "since: the latest before the article's date"
    elif ctx.tense != "past" and (_DONE_AFTER_POSSESSIVE.match(m.string, m.end()) or (
            _EVIDENCE_BEFORE.search(ctx.before) and _POSSESSIVE_AFTER.match(m.string, m.end()))):
        day, why = ctx.dct - dt.timedelta(days=back), "what that day brought: the latest before the article's date"
    elif ctx.tense == "future" and ctx.told_on is not None and ctx.told_on > ctx.dct - dt.timedelta(days=7):
        # "said on Monday that parliament would vote on Tuesday": ahead of the day it was said
        day = ctx.told_on + dt.timedelta(days=(target - ctx.told_on.weekday()) % 7 or 7)
        why = f"a future told on {_fmt(ctx.told_on)}: the next after that day, seen from"
    elif ctx.tense == "future" or ((ctx.tense != "past" or ctx.perfect) and _UNTIL_BEFORE.search(ctx.before)) \
            or _AHEAD_BEFORE.search(ctx.before):
        day, why = ctx.dct + dt.timedelta(days=ahead), "future tense: the next after the article's date"
    elif ctx.plan and not _POSSESSIVE_AFTER.match(m.string, m.end()) and not (
            _ARTICLE_BEFORE.search(ctx.before) and _HAPPENED_AFTER.match(m.string, m.end())):
        day, why = ctx.dct + dt.timedelta(days=ahead), "present tense, a plan: the next after the article's date"
    elif ctx.tense in ("present", "unknown") and _AHEAD_OF_BEFORE.search(ctx.before) \
            and _POSSESSIVE_AFTER.match(m.string, m.end()):
        day, why = ctx.dct + dt.timedelta(days=ahead), "ahead of it, not told in the past: the next after the article's date"
    elif (plan := _nearest_day_plan(m, ctx)) and not _PLAN_UNDONE.search(ctx.sentence):
        # "The Arab League was due to meet in Cairo on Saturday" on a Friday: agency copy tells a
        # plan in the past tense whether its day has come or not, so the day nearest the article's
        day, why = (ctx.dct - dt.timedelta(days=back), f"{plan}: the nearest, before") \
            if back < ahead else (ctx.dct + dt.timedelta(days=ahead), f"{plan}: the nearest, after")
        if ctx.previous is not None and ctx.gap is not None and ctx.gap <= 6 and _PAIR_BEFORE.search(ctx.before) \
                and 0 < (ctx.previous - ctx.dct).days < 7:
            day = ctx.previous + dt.timedelta(days=(target - ctx.previous.weekday()) % 7)
            why = f"{plan}, paired with the day before it: the first from {_fmt(ctx.previous)}, seen from"
    elif _BY_A_DAY_AHEAD.search(ctx.before):
        day, why = ctx.dct + dt.timedelta(days=ahead), "a day something may or can happen by: the next after the article's date"
    else:
        day, why = ctx.dct - dt.timedelta(days=back), f"{ctx.tense} tense: the latest before the article's date"
    part = "night" if _g(m, "overnight") else _g(m, "part")  # "overnight Friday": Friday's night
    if _g(m, "overnight") and day == ctx.dct and ctx.tense in ("past", "present", "unknown") and not ctx.plan:
        # told on the day itself, "gunfire was heard overnight Sunday" is the night just gone, into
        # that day's morning (Reuters, Sunday 2011-08-28); a night still to come is the day's own
        day -= dt.timedelta(days=1)
        why = "the night that ended on the article's own weekday: the night before"
    value = _fmt(day)
    if part:
        return Resolved(f"{value}T{PARTS_OF_DAY[part.lower()]}", f"{why} {_fmt(ctx.dct)}",
                        anchor=_fmt(ctx.dct), type="TIME", day=day, mod=_mod(m))
    return Resolved(value, f"{why} {_fmt(ctx.dct)}", anchor=_fmt(ctx.dct), day=day, mod=_mod(m))


_SEASON_CONTEXT = re.compile(r"\b(?:in|during|since|by|until|through|over|this|next|last|early|late|into|throughout|past|for|before|ahead\s+of|(?:start|end|beginning|middle|onset|arrival|height|depths?)\s+of)(?: the)? $", re.I)
# a season joined to a season that is a time ("throughout the summer and autumn"), not to a verb
# ("prices will fall and winter will bring") nor to a season that names a thing ("her spring
# and fall collections")
_SEASON_AND = re.compile(r"\b(?:in|during|since|by|until|through|over|this|next|last|into|throughout|past|"
                         r"for|before)\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+and(?: the)? $", re.I)
# ... unless the pair goes on to name a thing: "the summer and winter Olympics"
_NAMED_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


# a season's word before one of these names a thing, not a time: "this spring water", "spring
# onions", "winter coats", "a fall guy"
_SEASON_THING_AFTER = re.compile(
    r"[ \t-]+(?:water|waters|onions?|rolls?|chickens?|tides?|mattress(?:es)?|coats?|clothes|clothing|"
    r"jackets?|tyres|tires|boots|wheat|barley|squash|greens|guy)\b")
# a capitalised season's word beside another capitalised word is part of a name: "the Spring
# River", "the Winter Soldier hearings", "the Arab Spring", "the Summer Palace"
_NAME_WORD_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")
_NAME_WORD_PREVIOUS = re.compile(r"\b[A-Z][a-z]+[ \t]+$")
_SEASON_NAME_NEIGHBOURS = frozenset(
    "In On By For Of At From Through During Since Until Before After Last Next This Early Late Mid Every "
    "The Each That Spring Summer Autumn Fall Winter".split() + [w.capitalize() for w in (*WEEKDAYS, *MONTHS)])


def _season_in_a_name(m) -> bool:
    """Whether the season's word of `m` belongs to a name or a thing rather than naming a time."""
    text, start, end = m.string, m.start("season"), m.end("season")
    if _SEASON_THING_AFTER.match(text, end):
        return True
    word = m["season"]
    if not word[0].isupper() or word.isupper():
        return False
    left = text[max(0, start - 2):start].rstrip(" \t")
    if not left or left[-1] in ".!?:;\"“”‘'(\n-`":
        return False  # "Summer is here": the sentence's first word is capitalised anyway
    following = _NAME_WORD_NEXT.match(text, end)
    if following and not _g(m, "year") and text[following.end() - 2:].split(None, 1)[0].strip(".,;:") \
            not in _SEASON_NAME_NEIGHBOURS:
        return True
    previous = _NAME_WORD_PREVIOUS.search(text, max(0, start - 30), start)
    return bool(previous and previous[0].split()[0] not in _SEASON_NAME_NEIGHBOURS)


WINTER_AHEAD_FROM = 10  # the month from which "this winter" is the one ahead (Timeline17: "will be
# unlikely to re-charge this winter" on 2011-10-14)


@resolver
@tense_aware
def season(m, rule: Rule, ctx: Context) -> Resolved | None:
    if not _g(m, "year") and _season_in_a_name(m):
        return None
    code = SEASONS[m["season"].lower()]
    relation = " ".join((_g(m, "rel") or "").lower().split())
    relation = {"this past": "last", "this coming": "coming", "upcoming": "coming", "the coming": "coming",
                "the upcoming": "coming"}.get(relation, relation)
    if not (_g(m, "year") or _g(m, "yearrel") or relation or _g(m, "mod")
            or _SEASON_CONTEXT.search(m.string, max(0, m.start() - 20), m.start())
            or (_SEASON_AND.search(m.string, max(0, m.start() - 40), m.start())
                and not _NAMED_AFTER.match(m.string, m.end()))):
        return None  # "a spring in his step"
    if _g(m, "year"):
        return Resolved(f"{_year(m['year']):04d}-{code}", "season and year given", mod=_mod(m))
    if _g(m, "yearrel"):
        y = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[m["yearrel"].lower()]
        return Resolved(f"{y:04d}-{code}", f'the season of "{m["yearrel"]} year" seen from '
                        f"{_fmt(ctx.dct)}", anchor=_fmt(ctx.dct), mod=_mod(m))
    month_of = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[code]
    if code == "WI" and relation in ("this", "next", "coming"):
        # a winter is named by its January: from October "this winter" is the one ahead, whose
        # January is next year's ("Heating bills will rise this winter" on 2013-11-20 or
        # 2013-12-10: 2014-WI, as the same words in January 2014 and "last winter" in March 2014
        # name it); "the coming winter" is the first one whose January is ahead, "next winter"
        # the one after this winter
        this = ctx.dct.year + (1 if ctx.dct.month >= WINTER_AHEAD_FROM else 0)
        y = {"this": this, "next": this + 1, "coming": ctx.dct.year + 1}[relation]
        return Resolved(f"{y:04d}-{code}", f'"{relation}" winter seen from {_fmt(ctx.dct)}, named by its January',
                        anchor=_fmt(ctx.dct), mod=_mod(m))
    if relation in ("this", "next", "last", "coming"):
        y = ctx.dct.year + {"this": 0, "next": 1, "coming": 1, "last": -1}[relation]
        if relation in ("next", "coming") and month_of > ctx.dct.month:
            y -= 1
        if relation == "last" and {"SP": 5, "SU": 8, "FA": 11, "WI": 2}[code] < ctx.dct.month:
            y += 1  # the season ended this year ("last summer" said in August is the year before)
        return Resolved(f"{y:04d}-{code}", f'"{relation}" season seen from {_fmt(ctx.dct)}',
                        anchor=_fmt(ctx.dct), mod=_mod(m))
    day, why = pick_by_tense(lambda y: cal.safe_date(y, month_of, 1), ctx)
    return Resolved(f"{day.year:04d}-{code}", f"no year given; {why}", anchor=_fmt(ctx.dct), mod=_mod(m))


_QUARTER_VALUE = re.compile(r"^(\d{4})-([QH])(\d)$")
_YEAR_VALUE = re.compile(r"^\d{4}$")


def _last_quarter(ctx: Context) -> tuple[int, int, str]:
    """(year, quarter, why): the quarter the text last named, else the last one finished by the DCT.

    Earnings copy ("net fell in the quarter") reports the quarter just ended. A quarter named
    that has not begun by the DCT is a forecast ("profit in the third quarter of 1990"), not
    the period the report is about, so "the year-ago period" after it is not counted from it.
    (One that has begun may be a fiscal quarter already reported, so it still counts.)
    """
    current = (ctx.dct.month - 1) // 3 + 1
    found = _QUARTER_VALUE.match(ctx.last_value or "")
    if found and found[2] == "Q" and (int(found[1]), int(found[3])) <= (ctx.dct.year, current):
        return int(found[1]), int(found[3]), f"the quarter last named, {ctx.last_value}"
    if current == 1:
        return ctx.dct.year - 1, 4, f"the last quarter finished by the article's date {_fmt(ctx.dct)}"
    return ctx.dct.year, current - 1, f"the last quarter finished by the article's date {_fmt(ctx.dct)}"


def _year_shift(m) -> int:
    """-1 for "year-ago"/"year-earlier"/"last year's", +1 for "next year's", else 0."""
    words = " ".join(filter(None, (_g(m, "yearword"), _g(m, "yearrel"), _g(m, "yearrel2")))).lower()
    if "ago" in words or "earlier" in words or "last" in words or "previous" in words:
        return -1
    return 1 if "next" in words else 0


@resolver
@tense_aware
def quarter(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"the third quarter", "third-quarter", "the year-ago third quarter", "the 1988 second quarter".

    Without a year, a quarter still ahead of the DCT's in past tense is last year's.
    """
    ordinal = ORDINALS[m["ordinal"].lower()]
    size = 4 if rule.params.get("unit") == "quarter" else 2
    ordinal = size if ordinal == -1 else ordinal
    if not 1 <= ordinal <= size:
        return None
    letter = "Q" if size == 4 else "H"
    given = _g(m, "year") or _g(m, "year2")
    if given:
        return Resolved(f"{_year(given):04d}-{letter}{ordinal}", "period and year given")
    current = (ctx.dct.month - 1) // (12 // size) + 1
    y = ctx.dct.year - (1 if ctx.tense == "past" and ordinal > current else 0)
    shift = _year_shift(m)
    if shift or _g(m, "yearrel2"):  # "of this year", "of the year": the DCT's year, whatever the tense
        y = ctx.dct.year + shift
    return Resolved(f"{y:04d}-{letter}{ordinal}", f"no year given; {ctx.tense} tense from "
                    f"{_fmt(ctx.dct)}", anchor=_fmt(ctx.dct))


@resolver
@tense_aware
def month_quarter(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"the December quarter": the calendar quarter holding that month, reported once it is over.

    Earnings copy names a quarter by the month it ends in; the latest such quarter that has
    ended by the DCT is meant unless a future tense points ahead.
    """
    month = month_number(m["month"])
    quarter_ = (month - 1) // 3 + 1
    y = ctx.dct.year
    ends = cal.shift(dt.date(y, 3 * quarter_, 1), 1, "month")
    if ctx.tense != "future" and ends is not None and ends > ctx.dct:
        y -= 1
    return Resolved(f"{y:04d}-Q{quarter_}", f"the quarter holding {m['month']}, {ctx.tense} tense from "
                    f"{_fmt(ctx.dct)}", anchor=_fmt(ctx.dct))


_ARTICLE_BEFORE = re.compile(r"\b(?:the|The|a|an|A|An)\s+$")
_QUARTER_TALK = re.compile(r"\b(?:[Qq]uarter|[Qq]uarterly|fiscal|earnings)\b")
_QUARTER_FIGURES_AFTER = re.compile(r"\s+(?:results?|earnings|profits?|sales|revenues?|figures|loss|losses|"
                                    r"growth|GDP|numbers|report|forecast|guidance)\b")


@resolver
@tense_aware
def quarter_abbreviation(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"Q3 2023", "2022 Q4", "Q1": business shorthand for a quarter; without a year, as `quarter`."""
    number_ = int(m["q"])
    given = _g(m, "year") or _g(m, "year0")
    if given:
        return Resolved(f"{_year(given):04d}-Q{number_}", "quarter and year given")
    if _ARTICLE_BEFORE.search(ctx.before) and not _QUARTER_TALK.search(ctx.sentence) \
            and not _QUARTER_FIGURES_AFTER.match(m.string, m.end()):
        return None  # "Audi unveiled the Q3": a model's name, not a quarter
    current = (ctx.dct.month - 1) // 3 + 1
    y = ctx.dct.year - (1 if ctx.tense == "past" and number_ > current else 0)
    return Resolved(f"{y:04d}-Q{number_}", f"no year given; {ctx.tense} tense from {_fmt(ctx.dct)}",
                    anchor=_fmt(ctx.dct))


_QUARTER_ENDED = re.compile(expand(r"\s+(?:that\s+)?(?:ended|ending|ends)\s+(?P<month>{MONTH})\s+(?P<day>[0-3]?\d)\b(?:,?\s+(?P<year>{YEAR}))?"))


def _quarter_ended(m, ctx: Context) -> Resolved | None:
    """"the quarter ended Sept. 30": the calendar quarter holding most of the three months to that day.

    A fiscal quarter ended July 31 runs May to July, mostly the second quarter; one ended in
    January is the fourth quarter of the year before. Without a year, the latest such end on or
    before the DCT.
    """
    ended = _QUARTER_ENDED.match(m.string, m.end(), m.end() + 40)
    if ended is None:
        return None
    month = month_number(ended["month"])
    if ended["year"]:
        y = int(ended["year"])
    else:
        end = cal.safe_date(ctx.dct.year, month, min(int(ended["day"]), 28))
        y = ctx.dct.year - (1 if end is None or end > ctx.dct else 0)
    middle = month - 1 or 12
    y -= 1 if month == 1 else 0
    return Resolved(f"{y:04d}-Q{(middle - 1) // 3 + 1}",
                    f"the calendar quarter holding most of the three months ended {ended['month']} {ended['day']}, {y}")


@resolver
def quarter_anaphor(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"the quarter", "the latest quarter", "the year-ago period": the quarter under discussion.

    "this"/"current" quarter is the DCT's own; the others are the quarter last named, or the
    last one finished by the DCT; "year-ago"/"year-earlier"/"last year" move it back a year.
    A bare "period" needs a quarter named before it, or it is left alone.
    """
    named = _quarter_ended(m, ctx) if m["unit"].lower() == "quarter" else None
    if named is not None:
        return named
    word = (_g(m, "latest") or "").lower()
    det = m["timex"].split()[0].lower()
    if m["unit"].lower() == "period" and _YEAR_VALUE.match(ctx.last_value or "") \
            and (_g(m, "year") or _g(m, "yearword")) \
            and _PERIOD_REPORTED.search(m.string, max(0, m.start() - PERIOD_REPORTED_REACH), m.start()):
        # just after "the first nine months" (its year the topic): "the 1988 period", "the
        # year-earlier period"; a bare "that period", "the same period" may be any span told before
        y = _year(m["year"]) if _g(m, "year") else int(ctx.last_value) + _year_shift(m)
        return Resolved(f"{y:04d}", f"the year of the period last named, {ctx.last_value}",
                        anchor=ctx.last_value, topical=False)
    if m["unit"].lower() == "period" and not _QUARTER_VALUE.match(ctx.last_value or "") \
            and not _g(m, "year"):
        return None
    if word == "current" or (det == "this" and not word):
        y, q, why = ctx.dct.year, (ctx.dct.month - 1) // 3 + 1, f"the quarter of the article's date {_fmt(ctx.dct)}"
    else:
        y, q, why = _last_quarter(ctx)
    if _g(m, "year"):
        y = _year(m["year"])
        why = "the year given, " + why
    shift = _year_shift(m) or (-1 if _g(m, "lastyear") else 0)
    if shift:
        y += shift
        why += f", {abs(shift)} year {'earlier' if shift < 0 else 'later'}"
    return Resolved(f"{y:04d}-Q{q}", why, anchor=ctx.last_value or _fmt(ctx.dct), topical=False)


@resolver
def same_month_a_year_back(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"the same month a year ago": the month of the date last named, a year before; with no day
    or month named before it there is no month to be the same as."""
    if cal.granularity_of(ctx.last_value or "") not in ("day", "month"):
        return None
    month = cal.shift(cal.parse_value(ctx.last_value).replace(day=1), -1, "year")
    if month is None:
        return None
    return Resolved(cal.value_of(month, "month"), f"the month of {ctx.last_value}, a year before",
                    anchor=ctx.last_value, topical=False)


@resolver
def year_earlier_adjective(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"year-earlier profit": the period under discussion a year back (a quarter in earnings copy)."""
    found = _QUARTER_VALUE.match(ctx.last_value or "")
    if found:
        return Resolved(f"{int(found[1]) - 1:04d}-{found[2]}{found[3]}",
                        f"a year before the period last named, {ctx.last_value}", anchor=ctx.last_value, topical=False)
    return Resolved(f"{ctx.dct.year - 1:04d}", f"the year before the article's date {_fmt(ctx.dct)}",
                    anchor=_fmt(ctx.dct))


# --- relative to the DCT -----------------------------------------------------------------------

@resolver
def relative_day(m, rule: Rule, ctx: Context) -> Resolved | None:
    offset = int(rule.params["days"])
    day = ctx.dct + dt.timedelta(days=offset)
    part = rule.params.get("part")
    words = {0: "the article's date", -1: "the day before the article's date",
             1: "the day after the article's date", -2: "two days before the article's date",
             2: "two days after the article's date"}
    reason = f"{words.get(offset, f'{offset} days from the article date')} {_fmt(ctx.dct)}"
    if part:
        return Resolved(f"{_fmt(day)}T{part}", reason, anchor=_fmt(ctx.dct), type="TIME", day=day)
    return Resolved(_fmt(day), reason, anchor=_fmt(ctx.dct), day=day)


SUNDAY = 6  # dt.date.weekday()


@resolver
@tense_aware
def relative_period(m, rule: Rule, ctx: Context) -> Resolved | None:
    """last/this/next week, month, year ... : the period containing the shifted DCT.

    A Sunday ends its ISO 8601 week, so "this week" told ahead on a Sunday is the one starting the
    next day ("An Arab League delegation will travel to New York this week", 29 January 2012);
    told in the past it is the week just ending. "last week" stays the ISO week before the DCT's
    even on a Sunday, where it is often the week just ending in fact (TBAQ's gold counts by ISO
    week: 3 of 4).
    """
    relation = m["rel"].lower()
    unit = unit_name(m["unit"])
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1,
            "coming": 1}[relation]
    if unit == "weekend":
        day = ctx.dct + dt.timedelta(days=7 * step)
        return Resolved(f"{cal.value_of(day, 'week')}-WE", f'"{relation} weekend" from {_fmt(ctx.dct)}',
                        anchor=_fmt(ctx.dct), mod=_mod(m))
    why = f'"{relation} {unit}" seen from {_fmt(ctx.dct)}'
    if unit == "week" and ctx.dct.weekday() == SUNDAY:
        if relation == "this" and (ctx.tense == "future" or ctx.plan):
            step, why = 1, f'"this week" told ahead on Sunday {_fmt(ctx.dct)}: the week starting the next day'
    day = cal.shift(ctx.dct, step, unit)
    if day is None:
        return None
    return Resolved(cal.value_of(day, unit), why, anchor=_fmt(ctx.dct), mod=_mod(m))


@resolver
@tense_aware
def this_weekend(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"this weekend": the weekend of the article's week, but told in the past early in the week
    (Monday to Wednesday) the one just ended. A week (ISO 8601) starts on Monday, so the weekend a
    Monday story says "began this weekend" or "crowds topped 50,000 people this weekend" of lies
    in the week before (Timeline17: most of 21 Monday stories; "after this weekend's elections" is
    ahead). From Thursday on a past tense reports a plan: "he added, referring to this weekend's
    festival" on a Friday is the coming one."""
    if ctx.tense == "past" and not ctx.planned and ctx.dct.weekday() <= 2:
        day = ctx.dct - dt.timedelta(days=ctx.dct.weekday() + 2)
        why = "told in the past early in the week: the weekend just ended before the article's date"
    else:
        day, why = ctx.dct, "the weekend of the article's week"
    return Resolved(f"{cal.value_of(day, 'week')}-WE", f"{why} {_fmt(ctx.dct)}",
                    anchor=_fmt(ctx.dct), mod=_mod(m))


@resolver
def this_period(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"earlier this month", "later this year": the DCT's own period."""
    unit = unit_name(_g(m, "unit") or str(rule.params["unit"]))
    return Resolved(cal.value_of(ctx.dct, unit), f"the {unit} of the article's date {_fmt(ctx.dct)}",
                    anchor=_fmt(ctx.dct), mod=_mod(m))


@resolver
def ago_to_the_day(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"32 years ago today", "four years ago this week": the day (week, month) that long before.

    A weekday ("Ten years ago Wednesday") is the nearest one to the article's date, counted back.
    """
    amount = number(m["num"])
    if amount is None:
        return None
    base, said = ctx.dct, "the article's date"
    if _g(m, "weekday"):
        back = (ctx.dct.weekday() - weekday_number(m["weekday"])) % 7
        base = ctx.dct - dt.timedelta(days=back) if back <= 3 else ctx.dct + dt.timedelta(days=7 - back)
        said = f"{m['weekday']} {_fmt(base)}"
    day = cal.shift(base, -amount, unit_name(m["unit"]))
    if day is None:
        return None
    granularity = _g(m, "period") or "day"
    return Resolved(cal.value_of(day, granularity), f"{amount} {unit_name(m['unit'])}(s) before {said}",
                    anchor=_fmt(base), day=day if granularity == "day" else None)


@resolver
def ago(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"two days ago" (counted back from the DCT), "two years from now" (forward, `sign` 1)."""
    amount = number(m["num"]) if _g(m, "num") else None
    unit = unit_name(m["unit"])
    sign = int(rule.params.get("sign", -1))
    if sign > 0:
        day = cal.shift(ctx.dct, amount, unit) if amount is not None and unit not in (
            "hour", "minute", "second", "fortnight", "weekend") else None
        if day is None:
            return Resolved("FUTURE_REF", f"some {unit}s after the article's date", anchor=_fmt(ctx.dct))
        granularity = {"decade": "year", "century": "year"}.get(unit, unit)
        return Resolved(cal.value_of(day, granularity), f"{amount} {unit}(s) after the article's date "
                        f"{_fmt(ctx.dct)}", anchor=_fmt(ctx.dct), day=day if granularity == "day" else None)
    if unit in ("hour", "minute", "second"):
        return Resolved("PAST_REF", "hours ago: a time on or just before the article's date",
                        anchor=_fmt(ctx.dct))
    if amount is None:
        return Resolved("PAST_REF", f"some {unit}s before the article's date", anchor=_fmt(ctx.dct))
    if _g(m, "half"):
        if unit != "year":
            return Resolved("PAST_REF", f"{amount} and a half {unit}s before the article's date",
                            anchor=_fmt(ctx.dct))
        day = cal.shift(ctx.dct, -(amount * 12 + 6), "month")  # a year and a half: 18 months
        return None if day is None else Resolved(
            cal.value_of(day, "month"), f"{amount} and a half years before the article's date "
            f"{_fmt(ctx.dct)}", anchor=_fmt(ctx.dct))
    in_quarters = _QUARTER_VALUE.match(ctx.last_value or "")
    if unit == "year" and in_quarters:
        return Resolved(f"{int(in_quarters[1]) - amount:04d}-{in_quarters[2]}{in_quarters[3]}",
                        f"{amount} year(s) before the period last named, {ctx.last_value}",
                        anchor=ctx.last_value, topical=False)
    granularity = {"decade": "year", "century": "year", "fortnight": "week", "weekend": "week",
                   "quarter": "quarter"}.get(unit, unit)
    base_unit = {"fortnight": "week", "weekend": "week"}.get(unit, unit)
    day = cal.shift(ctx.dct, -amount * (2 if unit == "fortnight" else 1), base_unit)
    if day is None:
        return None
    return Resolved(cal.value_of(day, granularity), f"{amount} {unit}(s) before the article's date "
                    f"{_fmt(ctx.dct)}", anchor=_fmt(ctx.dct),
                    day=day if granularity == "day" else None)


def _chain_base(ctx: Context) -> tuple[dt.date, str]:
    if ctx.previous is not None:
        return ctx.previous, f"the last date mentioned before it, {_fmt(ctx.previous)}"
    return ctx.dct, f"the article's date {_fmt(ctx.dct)} (no earlier date in the text)"


def _after_the_article(day: dt.date, granularity: str, sign: int, ctx: Context, base: dt.date) -> bool:
    """A "later" not told in the future whose period begins after the article's date counts from
    an event the text has not dated ("He left on 2 February and came back two years later" in a
    March 2011 story, "Today, more than two decades later, the former president ..."): no date
    can be worked out, and rule span-then-later tags the span. Not when it counts from a day
    still ahead of the article, told as a plan or with no tense: a timetable ("The first round
    is on 27 March; a run-off follows two weeks later", "The Games open on 6 February 2014 and
    the Paralympics follow a month later"); a reader's comment stamped the day after the article,
    "April 8, 2011 | Reply 50 years later it hasn't worked in Korea", is no timetable."""
    if sign < 0 or ctx.tense == "future" or (base > ctx.dct and (ctx.plan or ctx.tense == "unknown")):
        return False
    start = {"year": dt.date(day.year, 1, 1), "month": day.replace(day=1),
             "week": day - dt.timedelta(days=day.weekday())}.get(granularity, day)
    return start > ctx.dct


@resolver
@tense_aware
def chain_offset(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"two days later", "a week earlier": counted from the last mentioned date.

    With no date before it, "Ten years later, the USA and UK remain there" counts from an event
    the text does not date: not from the article's date, which made it 2021 in a 2011 story. Only
    a future tense counts such a "later" from the article; otherwise rule span-then-later tags
    the span alone, as TBAQ does ("Three days" of "Three days later", DURATION).
    """
    amount = number(m["num"])
    unit = unit_name(m["unit"])
    if amount is None or unit in ("hour", "minute", "second"):
        return None  # "a few days later": rule vague-number-then-direction tags "a few days"
    sign = -1 if m["dir"].lower() in ("earlier", "before", "prior") else 1
    if sign > 0 and ctx.previous is None and ctx.last_value is None and ctx.tense != "future":
        return None
    if _g(m, "half") or _g(m, "frac2"):
        # "four and a half years later": six months more, from a day or month named; from a
        # year, or in another unit, the day is not known (span-then-later tags the span)
        named = cal.granularity_of(ctx.last_value or "")
        if unit != "year" or named not in ("day", "month"):
            return None
        base = cal.parse_value(ctx.last_value) if named == "month" else _chain_base(ctx)[0]
        day = cal.shift(base, sign * (amount * 12 + 6), "month")
        if day is None or _after_the_article(day, "day", sign, ctx, base):
            return None  # "Last Saturday, three and a half years later": from an event not dated
        return Resolved(
            cal.value_of(day, "month"), f"{amount} and a half years {'before' if sign < 0 else 'after'} "
            f"{ctx.last_value}", anchor=ctx.last_value)
    in_quarters = _QUARTER_VALUE.match(ctx.last_value or "")
    if unit == "year" and in_quarters:
        return Resolved(f"{int(in_quarters[1]) + sign * amount:04d}-{in_quarters[2]}{in_quarters[3]}",
                        f"{amount} year(s) from the period last named, {ctx.last_value}",
                        anchor=ctx.last_value, topical=False)
    named = cal.granularity_of(ctx.last_value or "")
    if named in ("month", "year") and ctx.last_named and unit in ("month", "year", "decade", "century"):
        # "The uprising began in March 2011. A year earlier, ...": the month or year last
        # written out is the anchor, at the coarser of its granularity and the unit's (one
        # worked out from the DCT, "a year ago", is a parallel, not an anchor)
        base = cal.parse_value(ctx.last_value)
        day = cal.shift(base, sign * amount, unit)
        if day is None:
            return None
        granularity = "year" if "year" in (named, unit) or unit in ("decade", "century") else "month"
        if _after_the_article(day, granularity, sign, ctx, base):
            return None
        return Resolved(cal.value_of(day, granularity), f"{amount} {unit}(s) "
                        f"{'before' if sign < 0 else 'after'} the period last named, {ctx.last_value}",
                        anchor=ctx.last_value)
    base, why = _chain_base(ctx)
    day = cal.shift(base, sign * amount, unit)
    if day is None:
        return None
    granularity = unit if unit in ("day", "week", "month", "year") else "year"
    if _after_the_article(day, granularity, sign, ctx, base):
        return None
    return Resolved(cal.value_of(day, granularity), f"{amount} {unit}(s) "
                    f"{'before' if sign < 0 else 'after'} {why}", anchor=_fmt(base),
                    day=day if granularity == "day" else None)


# "in the next day or two", "within the next month", "over the next year" after a word that looks
# ahead, earlier in its sentence: a period that begins now
_SPAN_AHEAD_BEFORE = re.compile(r"\b(?:in|within|over|during)\s+\Z", re.I)
_LOOKS_AHEAD = re.compile(r"\b(?:" + "|".join(sorted(vocabulary.LOOKING_AHEAD)) + r")\b|'ll\b", re.I)
_SENTENCE_STOP = re.compile(r"[.;:!?]\s")
_YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d\d\b")  # "In March 2009, the company said it expected ..."


def _told_ahead_before(text: str, start: int, gap: int | None) -> bool:
    """A word that looks ahead ("could", "will", "plans", "expected") before `start` in its
    sentence, and the last date told (`gap` characters back) not in that sentence: "On Jan. 25,
    officials said they could restore power within the next day or two" counts from 25 January,
    and "In March 2009, the company said it expected to hire 500 workers over the next year" from
    2009 (review of 3244179)."""
    before = text[max(0, start - 150):start]
    stops = list(_SENTENCE_STOP.finditer(before))
    if stops:
        before = before[stops[-1].end():]
    if (gap is not None and gap < len(before)) or _YEAR_WRITTEN.search(before):
        return False
    return _LOOKS_AHEAD.search(before) is not None


def _day_named_close_before(m: re.Match, ctx: Context) -> bool:
    """Whether "the morning", "the night" at `m` may be the morning or night of the last day told.

    Yes where that day is in the same sentence or the one before ("Police came on 2 March.
    During the night, shops were looted"), or within `NEAR_ARTICLE_DAYS` of the article's date
    (news telling the days around its date: "Gunfire rang out in the night"), or where the text
    has told no day, so the article's own day is meant. Not from a day told pages back and far
    from the article's: "a small miracle during the night" in a Haiti story of January 2010 was
    read as the 12 May 2008 its text had last named, "I wake up in the morning, read the
    newspaper" (habitual) as a June day two months before its article (issue 4).
    """
    if ctx.previous is None or ctx.gap is None:
        return True
    if abs((ctx.previous - ctx.dct).days) <= NEAR_ARTICLE_DAYS:
        return True
    between = m.string[max(0, m.start() - ctx.gap):m.start()]
    return len(_SENTENCE_STOP.findall(between)) <= 1


NEAR_ARTICLE_DAYS = 7


# characters between a date and a "that evening", "the same day" that follow it in the same clause
SAME_CLAUSE_GAP = 80
# "That day, March 17, Clinton had just come out of a television studio", "The next day, Jan. 28,
# he disappeared": the date in apposition names the day the step lands on
_DAY_IN_APPOSITION = re.compile(expand(
    r"\s*,\s*(?:(?P<month>{MONTH})\.?\s+(?P<day>[12]\d|3[01]|0?[1-9])|(?P<day2>[12]\d|3[01]|0?[1-9])\s+(?P<month2>{MONTH}))"
    r"(?:st|nd|rd|th)?\b(?!\s*,?\s*\d)"))
_UNKNOWN_OF = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}


@resolver
@tense_aware
def chain_step(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"the following day", "the day before", "the same day": one step from the last date.

    "in/within/over the next day, week, month, year" after a word that looks ahead counts from
    the article's date when the last date told lies before it: "analysts forecast that strikes
    could be launched in the next day or two" the day after a story's 17 March, "a bullet that
    would drive unemployment down in the next year" in a 2011 story that last named 2008. (The
    tense is no help there: the words before it tell a plan, told in any tense.) A step ahead
    told in the past that would end after the article counts from an event the text has not
    dated: its value is unknown ("XXXX-XX-XX"); so is a past "that morning", "the same day" whose
    last date lies ahead of the article and more than a clause before it.
    """
    unit, step = rule.params["unit"], int(rule.params["step"])
    if _g(m, "unit") or _g(m, "unit2"):
        unit = unit_name(_g(m, "unit") or m["unit2"])
    base, why = _chain_base(ctx)
    relative_day = (_g(m, "relday") or "").lower()
    if relative_day:  # "mid-afternoon yesterday": the day is named from the DCT
        base = ctx.dct + dt.timedelta(days=_RELATIVE_DAYS[relative_day])
        why = f"{relative_day}, seen from the article's date {_fmt(ctx.dct)}"
    named = cal.parse_value(ctx.last_value or "")
    if unit in ("month", "year") and named is not None:
        base, why = named, f"the last period named before it, {ctx.last_value}"
    day = cal.shift(base, step, unit)
    if day is None:
        return None
    if step > 0 and cal.value_of(base, unit) < cal.value_of(ctx.dct, unit) \
            and _SPAN_AHEAD_BEFORE.search(m.string, max(0, m.start() - 10), m.start()) \
            and _told_ahead_before(m.string, m.start(), ctx.gap):
        base, why = ctx.dct, f"the article's date {_fmt(ctx.dct)}, looking ahead from it"
        day = cal.shift(base, step, unit)
    part = rule.params.get("part") or (PARTS_OF_DAY.get((_g(m, "part") or _g(m, "part2") or "").lower()))
    if part and step == 0 and m["timex"][:3] in ("the", "The") and not _day_named_close_before(m, ctx):
        return None  # "a small miracle during the night" told far from its day and from the article's
    told = _DAY_IN_APPOSITION.match(m.string, m.end()) if unit == "day" and not part else None
    if told:
        # the year that puts it nearest the step's own day: "Dec. 31. The next day, Jan. 1" is the
        # new year's (review of 21be17d)
        month, number_ = month_number(told["month"] or told["month2"]), int(told["day"] or told["day2"])
        near = [d for d in (cal.safe_date(day.year + k, month, number_) for k in (-1, 0, 1)) if d]
        named = min(near, key=lambda d: (abs((d - day).days), d)) if near else None
        if named is not None:
            return Resolved(_fmt(named), f"the day named beside it, the one nearest {_fmt(day)}",
                            anchor=_fmt(base), day=named)
    if (step > 0 or (step == 0 and (ctx.gap is None or ctx.gap > SAME_CLAUSE_GAP))) \
            and ctx.tense == "past" and not ctx.planned and cal.value_of(day, unit) > cal.value_of(ctx.dct, unit) \
            and not _SPAN_AHEAD_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
        # "The next day he was asked to sign a form" with no date told before it but the
        # article's: a step from an event the text does not date, which a past cannot put after
        # the article (TIMEX3's X: a day of no known year, month or day). "The big worry over
        # the next month, he said, ..." is a period from the article's date, said in the past.
        unknown = _UNKNOWN_OF[unit] + (f"T{part}" if part else "")
        return Resolved(unknown, f"one {unit} after an event the text does not date (a past "
                        f"after {why} cannot be)", type="TIME" if part else None)
    where = {0: "the same", 1: "one after", -1: "one before"}[step]
    reason = f"{where} {unit} as {why}"
    if part:
        return Resolved(f"{_fmt(day)}T{part}", reason, anchor=_fmt(base), type="TIME", day=day,
                        mod=_mod(m))
    return Resolved(cal.value_of(day, unit), reason, anchor=_fmt(base),
                    day=day if unit == "day" else None)


@resolver
@tense_aware
def day_of_month(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"on the 14th": the DCT's month, or the month before when the day is still ahead in past tense."""
    number_ = int(re.sub(r"\D", "", m["day"]))
    day = cal.safe_date(ctx.dct.year, ctx.dct.month, number_)
    if ctx.tense == "past" and (day is None or day > ctx.dct):
        previous_month = cal.shift(ctx.dct.replace(day=1), -1, "month")
        day = cal.safe_date(previous_month.year, previous_month.month, number_)
    elif ctx.tense == "future" and (day is None or day < ctx.dct):
        next_month = cal.shift(ctx.dct.replace(day=1), 1, "month")
        day = cal.safe_date(next_month.year, next_month.month, number_)
    if day is None:
        return None
    return Resolved(_fmt(day), f"day {number_} of the month, {ctx.tense} tense from {_fmt(ctx.dct)}",
                    anchor=_fmt(ctx.dct), day=day)


# --- holidays ---------------------------------------------------------------------------------

# Holidays that are also people's names: "Tariq Ramadan", "Taha Yassin Ramadan", "Ramadan
# Shallah", "Christmas Humphreys". Written alone between a capitalised name word and no date word,
# they name a person.
_NAME_HOLIDAYS = frozenset({"ramadan", "christmas", "easter", "eid"})  # "Tariq Ramadan", "Rifaat Eid"
_NAME_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)(\.?)[ \t]+$")
_NAME_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
# capitalised words that lead into a holiday rather than name its bearer ("During Ramadan",
# "Orthodox Christmas", "Happy Easter")
_HOLIDAY_LEADS = frozenset(
    "During Before After Since Until Till In On By For Of At From Through Throughout Over Ahead Around "
    "Near Like Unlike As When Every Each The A An And But Or This Last Next Holy Muslim Muslims Islamic "
    "Happy Merry Orthodox Catholic Coptic Western Eastern Christian Christians Jewish Greek Russian "
    "Armenian Traditional Blessed Post Pre White Green Black Celebrating".split())
# a title before the word makes it a name wherever the sentence starts: "Mr Ramadan allegedly
# told", "Sgt. Faraj Ramadan", "Father Christmas"
_TITLES = frozenset(
    "Mr Mrs Ms Miss Dr Prof Sgt Gen Col Capt Lt Maj Cpl Pte Adm Rev Sheikh Sheik Imam Judge Justice "
    "Senator Sen Rep Gov Governor President Minister Father".split())
# capitalised words that may follow a holiday's name and still leave it a date, a weekday's or a
# month's among them
_HOLIDAY_TAILS = frozenset(
    "Day Eve Week Weekend Kareem Mubarak Vigil Mass Season Holiday Holidays".split()
    + [word.capitalize() for word in (*WEEKDAYS, *MONTHS)])
_HOLIDAY_PREPOSITION = re.compile(r"\b(?:of|in|during|before|after|since|until|till|for|through|throughout|by|around)[ \t]+$")
# a name seen as a person's earlier in the text ("Amany Eid, an Egyptian woman ...") is that
# person when it comes back alone ("Eid, who took part in the protests"); so many characters
# back, and so many earlier mentions, are looked at
NAME_MEMORY_REACH = 5000
NAME_MEMORY_MENTIONS = 6


def _person_word_before(text: str, start: int) -> bool:
    """Whether the capitalised word just before text[start:] is a name's first word or a title."""
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
    if not before or before[1] in _HOLIDAY_LEADS:
        return False
    if before[1] in _TITLES:
        return True  # "Mr Ramadan", "Sgt. Ramadan"
    if before[2]:
        return False  # "Ends. Ramadan": a stop after a word that is no title ends a sentence
    left = text[max(0, before.start(1) - 3):before.start(1)].rstrip(" \t")
    if not left:
        return False  # the text's first word
    if left[-1] == "-" and len(left) > 1 and left[-2].isdigit():
        return True  # a team sheet: "19-Nick Easter"
    if left[-1] == "." and _TITLE_BEFORE_STOP.search(text, max(0, before.start(1) - 12), before.start(1)):
        return True  # "Sgt. Faraj Ramadan": the stop ends a title, not a sentence
    return left[-1] not in ".!?:;\"“”‘'(\n-"  # not the first word of a sentence


_TITLE_BEFORE_STOP = re.compile(r"\b(?:" + "|".join(sorted(_TITLES, key=len, reverse=True)) + r")\.[ \t]+$")


def _named_earlier(text: str, name: str, start: int) -> bool:
    """Whether `name` is a person's name in the text before `start` ("Amany Eid", "Mr Ramadan")."""
    low, end = max(0, start - NAME_MEMORY_REACH), start
    for _ in range(NAME_MEMORY_MENTIONS):
        found = text.rfind(name, low, end)
        if found < 0:
            return False
        after = found + len(name)
        if not text[after:after + 1].isalpha() and _person_word_before(text, found):
            return True
        end = found
    return False


def _names_a_person(text: str, start: int, end: int) -> bool:
    """Whether a holiday's name written alone at text[start:end] is part of a person's name."""
    if _person_word_before(text, start):
        return True
    if _HOLIDAY_PREPOSITION.search(text, max(0, start - 20), start):
        return False  # "in the holy month of Ramadan Jordan's neighbours": a name may follow the holiday
    after = _NAME_WORD_AFTER.match(text, end, end + 40)
    if after:
        return after[1] not in _HOLIDAY_TAILS
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
    if before and before[1] in _HOLIDAY_LEADS:
        return False  # "Happy Easter", "During Ramadan"
    return _named_earlier(text, text[start:end], start)


@resolver
@tense_aware
def holiday(m, rule: Rule, ctx: Context) -> Resolved | None:
    if m["holiday"].lower() in _NAME_HOLIDAYS and not (_g(m, "num") or _g(m, "theday") or _g(m, "eve") or _g(m, "nth")
                                                        or _g(m, "rel") or _g(m, "year")) \
            and _names_a_person(m.string, m.start("holiday"), m.end("holiday")):
        return None  # "the Muslim scholar Tariq Ramadan"
    found = holiday_for(m["holiday"], _g(m, "country"), ctx.countries, m.string)
    if found is None:
        return None
    label, source = found
    offset = 0
    if _g(m, "num") or _g(m, "theday"):
        amount = number(m["num"]) if _g(m, "num") else 1
        if amount is None:
            return None
        offset = amount * (-1 if m["dir"].lower() == "before" else 1)
    if _g(m, "eve"):
        offset -= 1
    if _g(m, "nth"):
        offset += ORDINALS[m["nth"].lower()] - 1  # Eid's first day is the holiday's own date

    # "two days after Ramadan" counts from its last day (the eve of Eid al-Fitr), not its first
    from_end = source == RAMADAN_START and bool(_g(m, "num") or _g(m, "theday")) and m["dir"].lower() == "after"

    weekday_step = 0  # "the Thursday before Christmas": the nearest such weekday on that side of it
    if _g(m, "wday"):
        weekday_step = -1 if m["wdir"].lower() == "before" else 1

    def occurrence(y: int) -> dt.date | None:
        day = cal.holiday_date(source, y)
        if day and from_end:
            day = _ramadan_last_day(day)
        if day and weekday_step:
            target = weekday_number(m["wday"])
            return day + dt.timedelta(days=weekday_step * ((weekday_step * (target - day.weekday())) % 7 or 7))
        return day + dt.timedelta(days=offset) if day else None

    if _g(m, "year"):
        day, why = occurrence(_year(m["year"])), "year given"
    else:
        relation = (_g(m, "rel") or "").lower()
        tense_context = ctx
        if relation in ("last", "next"):
            tense_context = Context(dct=ctx.dct, tense="past" if relation == "last" else "future",
                                    previous=ctx.previous, countries=ctx.countries,
                                    sentence=ctx.sentence)
        reach = MONTH_REACH_DAYS if _day_told_in_past(m, tense_context) else 0
        if all(occurrence(ctx.dct.year + k) for k in (-1, 0, 1)):
            day, why = pick_by_tense(occurrence, tense_context, reach=reach)
        else:  # a day of some years only (Inauguration Day, Super Tuesday): four years each way
            day, why = pick_by_tense(occurrence, tense_context, years=range(-4, 5), reach=reach or 4 * 366)
    if day is None:
        return None
    if source == RAMADAN_START and not offset and not _g(m, "nth") and m["holiday"][0] in "Rr" \
            and not _BEGINS_AFTER.match(m.string, m.end()):
        return _whole_ramadan(day, why, ctx)
    shift_words = f", {abs(offset)} day(s) {'before' if offset < 0 else 'after'}" if offset else ""
    if weekday_step:
        shift_words = f", the {m['wday']} {m['wdir'].lower()} it"
    if from_end:
        label = f"{label.split(' (')[0]} (its last day, {_fmt(day - dt.timedelta(days=offset))})"
    return Resolved(_fmt(day), f"{label}{shift_words}; {why}", anchor=_fmt(ctx.dct), day=day)


_BEGINS_AFTER = re.compile(r"\s+(?:(?:will|would|is\s+to|was\s+to|is\s+due\s+to|was\s+due\s+to)\s+)?"
                           r"(?:begins?|began|begun|beginning|starts?|started|starting)\b")


def _ramadan_last_day(first: dt.date) -> dt.date:
    """The last day of the Ramadan that begins on `first`: the eve of the next Eid al-Fitr."""
    end = cal.holiday_date(EID_AL_FITR, first.year)
    if end is None or end <= first:
        end = cal.holiday_date(EID_AL_FITR, first.year + 1)
    return end - dt.timedelta(days=1) if end else first


def _whole_ramadan(first: dt.date, why: str, ctx: Context) -> Resolved:
    """"during Ramadan": the smallest calendar unit that holds the whole lunar month.

    TimeML values are calendar units (TimeML 1.2.1 guidelines, the `value` attribute), and a
    period that is no unit takes the smallest one around it, as a season takes its year's
    season code: Ramadan 2011 (1-29 August) is "2011-08", Ramadan 2023 (23 March-20 April)
    "2023". Its first day alone would put a false day among an article's key dates.
    """
    last = _ramadan_last_day(first)
    if (last.year, last.month) == (first.year, first.month):
        value, unit = cal.value_of(first, "month"), "month"
    elif last.year == first.year:
        value, unit = f"{first.year:04d}", "year"
    else:
        value, unit = f"{first.year:04d}", "year it begins in"  # a December-January Ramadan
    return Resolved(value, f"Ramadan, {_fmt(first)} to {_fmt(last)}: the {unit} that holds it; {why}",
                    anchor=_fmt(ctx.dct))


@resolver
@tense_aware
def holy_week(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"Holy Week" is the ISO week from Palm Sunday's Monday to Easter Sunday; "Easter week" the next.

    "Easter week" most often names the week after Easter (Easter Monday on: the Easter Rising of
    "Easter Week" 1916, school holidays), so it is the ISO week holding Easter Monday; but in
    a past or present sentence written during Holy Week it is the week under way.
    """
    after_easter = m["timex"].lower().startswith("easter")
    easter_sunday = cal.holiday_date("easter:0", ctx.dct.year)
    if after_easter and easter_sunday and ctx.tense != "future" and \
            dt.timedelta(days=0) < easter_sunday - ctx.dct <= dt.timedelta(days=7):
        # written in Holy Week: "protesters prayed as Easter week began" (AQUAINT, Palm Sunday
        # 2000) cannot mean a week not yet begun, so it is the week under way
        after_easter = False
    offset = "easter:1" if after_easter else "easter:-3"
    day, why = pick_by_tense(lambda y: cal.holiday_date(offset, y), ctx)
    if day is None:
        return None
    what = "the week from Easter Monday" if after_easter else "the week ending on Easter Sunday"
    return Resolved(cal.value_of(day, "week"), f"{what}; {why}", anchor=_fmt(ctx.dct))


# --- references, durations, sets, times --------------------------------------------------------

@resolver
def constant(m, rule: Rule, ctx: Context) -> Resolved | None:
    return Resolved(str(rule.params["value"]), str(rule.params.get("reason", "a fixed reference")))


# "since September 11" in an article within this many days of that year's 11 September may be
# that day ("talks have stalled since September 11"); further off, a writer names the month or
# the year ("last September"), so it is the 2001 attacks
SEPTEMBER_ELEVENTH_NEAR_DAYS = 60


@resolver
def september_eleventh_far_from_dct(m, rule: Rule, ctx: Context) -> Resolved | None:
    """The 2001 attacks, unless the article is close enough to a later 11 September to mean it."""
    if ctx.dct <= dt.date(2001, 9, 11) + dt.timedelta(days=SEPTEMBER_ELEVENTH_NEAR_DAYS):
        return None
    nearest = min(abs((ctx.dct - dt.date(year, 9, 11)).days) for year in (ctx.dct.year - 1, ctx.dct.year))
    if nearest <= SEPTEMBER_ELEVENTH_NEAR_DAYS:
        return None
    # the attacks are named as a cause or a turning point, not as the time the text goes on in:
    # "He predicts the next year will be decisive" after them is still counted from the article
    return Resolved("2001-09-11", "September 11 named as an event: the 2001 attacks", topical=False)


def _duration_value(amount: int | None, unit: str) -> str:
    code = UNITS[unit]
    quantity = "X" if amount is None else str(amount)
    if code == "2W":
        return f"P{'X' if amount is None else 2 * amount}W"
    if code == "Q":
        return f"P{quantity}Q"  # TimeBank writes quarters as Q (P2Q, PXQ)
    if code == "WE":
        return f"P{quantity}WE"
    if unit == "decade" and amount is None:
        # "for decades", "a decades-long feud": TBAQ counts decades in years, vague or not ("two
        # decades" P20Y, "decades-long" PXY)
        return "PXY"
    if unit in ("hour", "minute", "second"):
        return f"PT{quantity}{code}"
    return f"P{quantity}{code}"


# the number ends in a digit: after "on March 19, a day after ..." the comma closes a date
_RATE_BEFORE = re.compile(r"(?:\d(?:[\d,.]*\d)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|once|"
                          r"million|billion|percent|cents))(?:\s+[a-z]+){0,2}\s+$")
_HALF_OF = {"year": (6, "M"), "month": (15, "D"), "day": (12, "H"), "hour": (30, "M"),
            "minute": (30, "S"), "week": (12, "H")}


# a capitalised unit after a number is a title's ("the Six Day War", "her 101 Days", "the news
# program 60 Minutes"), unless the words before it are capitalised too: a headline, which writes
# its prepositions in lower case ("Increased Fertility Rates 30 Years Ago", "Lowest Level in 10
# Years", "Blogger Jailed for Three Years"), so those are passed over to the word that decides
_TITLE_BEFORE = re.compile(r"(?:\b(?P<word>[A-Za-z][\w'-]*)|``|''|[\"“])"
                           r"(?:\s+(?:about|after|as|at|by|for|from|in|into|of|on|over|since|to|"
                           r"under|with|within))*\s*$")


# and so is one before a lower-case word that is no function word ("Interviewed on the 60 Minutes
# program"): a headline writes that word capitalised too
_LOWER_WORD_AFTER = re.compile(r"\s+(?!(?:a|about|after|ago|an|and|are|as|at|before|but|by|earlier|for|from|"
                               r"had|has|have|in|into|is|later|of|on|or|over|since|than|that|the|to|under|"
                               r"was|were|when|will|with|within)\b)[a-z]")


def _a_title_before(before: str) -> bool:
    """Whether the words before a capitalised unit make it a title's: a lower-case word or a quote
    before it, past any lower-case prepositions."""
    found = _TITLE_BEFORE.search(before)
    return found is not None and not (found["word"] or "a")[0].isupper()


# "In the first nine months, net was $306 million", "for the six months ended Oct. 1": a period of
# the year reported, which the anaphors after it mean ("compared with a loss in the 1988 period",
# "40% a year earlier"): the year of the quarter last named. With none named it is no report's
# period and sets nothing: "Mubarak fell in February 2011. Over the nine months that followed, the
# army ruled. That year, tourism collapsed." (That year: 2011, not the article's 2012)
_PERIOD_REPORTED = re.compile(r"(?:the|The)\s+(?:(?:first|latest)\s+)?(?:six|nine)\s+months")
PERIOD_REPORTED_REACH = 300  # characters before "the 1988 period" where the period it means is named


def _year_reported(m, ctx: Context) -> str | None:
    """The year of the period reported that `m` names ("the first nine months"), else None."""
    if not _PERIOD_REPORTED.fullmatch(m["timex"]):
        return None
    found = _QUARTER_VALUE.match(ctx.last_value or "")
    return found[1] if found else None


@resolver
def duration(m, rule: Rule, ctx: Context) -> Resolved | None:
    """A length of time: "three years" P3Y, "2 1/2 years" P2Y6M, "two decades" P20Y.

    Decades and centuries are written in years, as the TempEval-3 annotators did.
    """
    unit = unit_name(m["unit"])
    if (_g(m, "num") or "").lower() in ("a", "an") and _RATE_BEFORE.search(ctx.before):
        return None  # "400 seats a week", "$500 million a year": a rate, not a length of time
    if _g(m, "num") and m["unit"][0].isupper() and (
            _a_title_before(ctx.before) or _LOWER_WORD_AFTER.match(m.string, m.end("unit"))):
        return None  # "the CBS news program 60 Minutes", "her 101 Days : A Baghdad Journal": a title
    amount = number(m["num"]) if _g(m, "num") else rule.params.get("amount", 1)
    if rule.params.get("vague"):
        amount = None
    if unit in ("decade", "century") and amount is not None:
        years = amount * (10 if unit == "decade" else 100)
        if _g(m, "half") or _g(m, "frac") or _g(m, "frac2"):  # "a century and a half" P150Y
            years += 5 if unit == "decade" else 50
        return Resolved(f"P{years}Y", "a length of time, in years", mod=_mod(m))
    if unit == "year" and (_g(m, "num") or "").lower().endswith("thousand") and not (_g(m, "half") or _g(m, "frac")):
        # "more than two thousand years" P2L: thousands of years counted in millennia (TBAQ 1 of 1; the
        # TIDES 2005 standard's unit L)
        return Resolved(f"P{amount // 1000}L", "a length of time, in millennia", mod=_mod(m))
    value = _duration_value(amount, unit)
    if (_g(m, "half") or _g(m, "frac") or _g(m, "frac2")) and amount is not None and unit in _HALF_OF:
        extra, code = _HALF_OF[unit]
        time_part = code in ("H", "S") or (code == "M" and unit in ("hour",))
        if unit == "week":  # ISO 8601 mixes no weeks with days: "two and a half weeks" is P17DT12H
            value = f"P{amount * 7 + 3}DT12H"
        elif unit in ("hour", "minute"):
            value = f"{value}{extra}{code}"
        elif time_part:
            value = f"{value}T{extra}{code}"
        else:
            value = f"{value}{extra}{code}"
    return Resolved(value, "a length of time, not a date", mod=_mod(m), topic=_year_reported(m, ctx))


@resolver
def every(m, rule: Rule, ctx: Context) -> Resolved | None:
    if _g(m, "weekday"):
        part = PARTS_OF_DAY.get((_g(m, "part") or "").lower())
        return Resolved(f"XXXX-WXX-{weekday_number(m['weekday']) + 1}" + (f"T{part}" if part else ""),
                        "a recurring weekday")
    if _g(m, "month"):
        return Resolved(f"XXXX-{month_number(m['month']):02d}", "a recurring month")
    if _g(m, "season"):
        return Resolved(f"XXXX-{SEASONS[m['season'].lower()]}", "a recurring season")
    unit = unit_name(m["unit"]) if _g(m, "unit") else rule.params["unit"]
    unit = unit[:-1] if unit.endswith("s") and unit[:-1] in PARTS_OF_DAY else unit
    if unit in PARTS_OF_DAY:
        return Resolved(f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}", "a recurring part of the day", type="SET")
    amount = {"other": 2, "few": None}.get((_g(m, "num") or "").lower(), None if _g(m, "num") else 1)
    if _g(m, "num") and (_g(m, "num") or "").isdigit() or (_g(m, "num") or "").lower() in (
            "two", "three", "four", "five", "six", "ten"):
        amount = number(m["num"])
    return Resolved(_duration_value(amount, unit), "a recurring period")


SET_ADVERBS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
               "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H"}


# "to rise 8.5% annually", "C$17.9 million annually", "10,000 units annually": a rate, not a
# recurring time (TimeBank leaves 4 of 5 such untagged; "held here annually" it tags)
_AMOUNT_BEFORE = re.compile(r"\d[\d,.]*\s*(?:%|percent|million|billion|trillion|[a-z]+)?\s+$")


@resolver
def set_adverb(m, rule: Rule, ctx: Context) -> Resolved | None:
    if _AMOUNT_BEFORE.search(ctx.before):
        return None
    return Resolved(SET_ADVERBS[m["timex"].lower()], "a recurring period")


CLOCK_REACH = 30  # "on 3 October, at 6:30 pm": a day named this close before a time is its day


LIVE_BLOG_LINES = 4  # lines either side (a blank line between entries is one)
LIVE_BLOG_REACH = 300  # characters either side searched for a sign that line-start numbers are clocks
_LIVE_BLOG_SIGN = re.compile(expand(r"\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:local\s+time|{ZONE}|hrs)\b"
                                    r"|(?m:^)(?:0\d|1[0-4])[0-5]\d[ \t]+[A-Z]"))
# A live page's entries can run to many lines, so the sign may be far away; its stamps themselves
# show what they are: a run of them that counts down (the newest entry first: "2346 ... 2342 ...
# 2332"), or that holds a number no year of the story can be ("2034" in a 2010 story, "0000"),
# unless the run counts up as a list of years does. A run with a number that is no clock
# ("1998 - Hurricane Georges") is a list of years.
LIVE_BLOG_RUN_LINES = 20  # lines either side looked at for the run of stamps (an entry may run to 12)
LIVE_BLOG_RUN_REACH = 3000  # characters either side
LIVE_BLOG_RUN_STAMPS = 3  # line-start numbers either side that are enough to judge the run
_LINE_NUMBER = re.compile(r"[ \t]*(\d{4})(?![\d,.:/]\d)(?=\W)")


def _line_numbers(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """The four-digit numbers that open the lines before and after text[start:end], in text order."""
    low, high = max(0, start - LIVE_BLOG_RUN_REACH), min(len(text), end + LIVE_BLOG_RUN_REACH)
    before: list[int] = []
    cut = text.rfind("\n", low, start)  # the newline before this line
    for _ in range(LIVE_BLOG_RUN_LINES):
        if cut < low:
            break
        previous = text.rfind("\n", low, cut)
        if previous < 0 < low:
            break  # the line starts beyond the reach
        number = _LINE_NUMBER.match(text, previous + 1, cut)
        if number:
            before.append(int(number[1]))
            if len(before) == LIVE_BLOG_RUN_STAMPS:
                break
        cut = previous
    after: list[int] = []
    cut = text.find("\n", end, high)
    for _ in range(LIVE_BLOG_RUN_LINES):
        if cut < 0:
            break
        following = text.find("\n", cut + 1, high)
        number = _LINE_NUMBER.match(text, cut + 1, high if following < 0 else following)
        if number:
            after.append(int(number[1]))
            if len(after) == LIVE_BLOG_RUN_STAMPS:
                break
        cut = following
    return before[::-1], after


def _is_clock(number: int) -> bool:
    return number // 100 <= 23 and number % 100 <= 59


def _stamp_run(text: str, start: int, end: int, here: int, dct: dt.date, inline: bool = False) -> bool:
    """Whether the lines around text[start:end] (the number `here`) are a live page's time stamps."""
    before, after = _line_numbers(text, start, end)
    # a stamp inside a line is judged by the stamps that open the lines around it
    run = before + after if inline else before + [here] + after
    if len(run) < (2 if inline else 3) or not all(_is_clock(n) for n in run):
        return False
    steps = [b - a for a, b in zip(run, run[1:])]
    if all(step <= 0 for step in steps) and any(step < 0 for step in steps):
        return True  # counts down, newest first
    return any(n > dct.year + 1 for n in run) and not all(step >= 0 for step in steps)


@resolver
def live_blog_clock(m, rule: Rule, ctx: Context) -> Resolved | None:
    """A line that starts with four digits is a live blog's time stamp, if the blog shows it is one.

    "1653" alone could be a year heading a chronology; a time zone on the line or the lines
    either side ("at 1653 local time"), a line stamped with a number no year rule takes
    ("0912 Rescuers arrive"), or a run of stamps that only clocks make (see `_stamp_run`) decides.
    """
    text = m.string
    low, high = max(0, m.start() - LIVE_BLOG_REACH), min(len(text), m.end() + LIVE_BLOG_REACH)
    start, end = m.start(), m.end()
    for _ in range(LIVE_BLOG_LINES):  # a few lines either side (blank ones count), within the reach
        start = max(low, text.rfind("\n", low, max(low, start - 1)))
        found = text.find("\n", end + 1, high)
        end = high if found < 0 else found
    near = _LIVE_BLOG_SIGN.search(text, start, end)
    if near is None and not _stamp_run(text, m.start(), m.end(), int(m["timex"]), ctx.dct):
        return None
    return clock_time(m, rule, ctx)


# words after which four digits are a year or an amount, never an entry's stamp: "in 2004
# Haiti", "the 2004 Asian tsunami", "of 1945 vs. 2003"
_NO_STAMP_AFTER = frozenset(
    "in on at by of from since until till to for into during through before after around about "
    "than between and or the a an this that these those its his her their our your my early late "
    "mid no no. number flight route resolution article section chapter vs vs. versus per some "
    "over under nearly almost only just all every each".split())


@resolver
def live_blog_inline_clock(m, rule: Rule, ctx: Context) -> Resolved | None:
    """Four digits inside a line of a live page, before an entry's first word, are its time stamp.

    Pages whose line breaks were lost run entries together ("... a hospital in the capital 1541
    President Barack Obama says ..."); the stamps that still open lines around it say the page
    is live (`_stamp_run`), and a preposition or determiner before it would make it a year.
    """
    words = ctx.before.split()
    if words and words[-1].lower() in _NO_STAMP_AFTER:
        return None
    line = m.string.rfind("\n", 0, m.start())
    if not _stamp_run(m.string, line + 1, m.end(), int(m["timex"]), ctx.dct, inline=True):
        return None
    return clock_time(m, rule, ctx)


# "spotted Kopp's car near Slepian's house at 6 a.m. ten days before the shooting": the clock's day
# is counted from an event the text does not date, so it is unknown, not the article's date (a
# count of minutes or hours keeps it on the day told: "at 4pm - some 90 minutes after his collapse";
# a capitalised count opens a new sentence, as after a live page's stamp "1310 Two days after ...")
_DAY_COUNTED_FROM_EVENT_AFTER = re.compile(expand(
    r"(?:[ \t]+[\w'’-]+,?){0,4}?[ \t]+(?![A-Z])(?:{NUM})[ \t]+(?:days?|weeks?|months?|years?)[ \t]+(?:before|after)[ \t]+"
    r"(?:the|a|an|his|her|their|its)[ \t]+(?!(?:day|week|month|year|end|start|beginning|middle|turn|eve|first|last|next|same)\b)[a-z]"))


@resolver
def clock_time(m, rule: Rule, ctx: Context) -> Resolved | None:
    clock = _clock(m)
    if clock is None:
        return None
    hour, minute = clock
    if _DAY_COUNTED_FROM_EVENT_AFTER.match(m.string, m.end()):
        return Resolved(f"XXXX-XX-XXT{hour:02d}:{minute:02d}", "a time on a day counted from an event the text "
                        "does not date: its day unknown")
    if ctx.previous is not None and ctx.gap is not None and ctx.gap <= CLOCK_REACH:
        return Resolved(f"{_fmt(ctx.previous)}T{hour:02d}:{minute:02d}", f"a time on the day just "
                        f"named, {_fmt(ctx.previous)}", anchor=_fmt(ctx.previous))
    return Resolved(f"{_fmt(ctx.dct)}T{hour:02d}:{minute:02d}", f"a time on the article's date "
                    f"{_fmt(ctx.dct)}", anchor=_fmt(ctx.dct))


@resolver
def part_of_today(m, rule: Rule, ctx: Context) -> Resolved | None:
    part = PARTS_OF_DAY[m["part"].lower()]
    offset = int(rule.params.get("days", 0))
    day = ctx.dct + dt.timedelta(days=offset)
    return Resolved(f"{_fmt(day)}T{part}", f"part of the day, {offset} day(s) from {_fmt(ctx.dct)}",
                    anchor=_fmt(ctx.dct), day=day)



@resolver
def month_of_relative_year(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"June last year", "January this year": the month in the year the words point to."""
    y = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return Resolved(f"{y:04d}-{month_number(m['month']):02d}",
                    f'{m["month"]} of "{m["rel"]} year" seen from {_fmt(ctx.dct)}', anchor=_fmt(ctx.dct),
                    mod=_mod(m))


@resolver
def weekday_of_relative_week(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"Tuesday last week", "Friday next week": the weekday in the (Monday to Sunday) week named."""
    week = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    day = ctx.dct + dt.timedelta(days=7 * week - ctx.dct.weekday() + weekday_number(m["weekday"]))
    return Resolved(_fmt(day), f'{m["weekday"]} of "{m["rel"]} week" seen from {_fmt(ctx.dct)}',
                    anchor=_fmt(ctx.dct), day=day)


@resolver
def day_of_relative_year(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"December 17 last year", "1 September last year": the day in the year the words point to."""
    y = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    month = month_number(_g(m, "month") or m["month2"])
    day = cal.safe_date(y, month, int(re.sub(r"\D", "", _g(m, "day") or m["day2"])))
    if day is None:
        raise ImpossibleDate(f"impossible date {m[0]!r}")
    return Resolved(_fmt(day), f'the day in "{m["rel"]} year" seen from {_fmt(ctx.dct)}',
                    anchor=_fmt(ctx.dct), day=day)


_TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8,
         "ninety": 9}


@resolver
def spelled_year(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"nineteen ninety-six", "the year two thousand": transcripts spell years out; a month or a
    season named before it is of that year ("January nineteen ninety-seven" is 1997-01)."""
    if _g(m, "tens"):
        value = 1900 + 10 * _TENS[m["tens"].lower()] + (number(m["ones"]) or 0 if _g(m, "ones") else 0)
    else:
        value = 2000 + (number(m["ones2"]) or 0 if _g(m, "ones2") else 0)
    if _g(m, "month"):
        return Resolved(f"{value:04d}-{month_number(m['month']):02d}", "a month and a year written out in words")
    if _g(m, "season"):
        return Resolved(f"{value:04d}-{SEASONS[m['season'].lower()]}", "a season and a year written out in words")
    return Resolved(f"{value:04d}", "a year written out in words")


@resolver
def decade_word(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"the nineties": the decade of the twentieth century, as news before 2000 meant it."""
    tens = m["tens"].lower()
    tens = "twenty" if tens == "twenties" else tens[:-3] + "y" if tens.endswith("ties") else tens
    return Resolved(f"19{_TENS[tens]}", "a decade named in words", mod=_mod(m))


@resolver
@tense_aware
def weekend(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"the weekend": the one before the DCT in past tense, the coming one in future tense or a
    plan ("when they meet at the weekend"), and otherwise the coming one from Friday on."""
    back = (ctx.dct.weekday() - 5) % 7
    if ctx.tense == "future" or ctx.plan or (ctx.tense != "past" and ctx.dct.weekday() >= 4):
        day = ctx.dct + dt.timedelta(days=(5 - ctx.dct.weekday()) % 7)
        why = "the coming weekend"
    else:
        day = ctx.dct - dt.timedelta(days=back)
        why = "the latest weekend"
    return Resolved(f"{cal.value_of(day, 'week')}-WE", f"{why} seen from {_fmt(ctx.dct)}",
                    anchor=_fmt(ctx.dct))


def _clock(m) -> tuple[int, int] | None:
    word = (_g(m, "word") or "").lower()
    if word:
        return (24, 0) if word == "midnight" else (12, 0)
    if _g(m, "hour24"):
        hour, minute = int(m["hour24"]), int(m["minute24"])
        return (hour, minute) if hour <= 23 else None
    hour, minute = int(m["hour"]), int(m["minute"] or 0)
    meridiem = (_g(m, "ampm") or "").lower().replace(".", "").strip()
    if meridiem == "pm" and hour < 12:
        hour += 12
    if meridiem == "am" and hour == 12:
        hour = 0
    return (hour, minute) if 0 <= hour <= 23 and 0 <= minute <= 59 else None


@resolver
@tense_aware
def clock_on_day(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9, 2011": a time on a named day."""
    clock = _clock(m)
    if clock is None:
        return None
    if _g(m, "weekday"):
        day_value = weekday(m, rule, ctx)
    elif _g(m, "dayfirst"):  # "9am on Tuesday 2 February"
        month, number_ = month_number(m["monthafter"]), int(re.sub(r"\D", "", m["dayfirst"]))
        day_value = (_day_month_year(m[0], _year(m["yearafter"]), month, number_) if _g(m, "yearafter")
                     else _day_month_by_tense(m[0], month, number_, ctx))
    elif _g(m, "year"):
        day_value = calendar_date(m, rule, ctx)
    else:
        day_value = month_day_by_tense(m, rule, ctx)
    if day_value is None or day_value.day is None:
        return None
    hour, minute = clock
    value = f"{_fmt(day_value.day)}T{hour:02d}" + (f":{minute:02d}" if hour != 24 else "")
    return Resolved(value, f"a time on {day_value.reason}", anchor=day_value.anchor,
                    type="TIME", day=day_value.day)


_RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "this": 0, "last": -1}


@resolver
def clock_on_relative_day(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"5:30 a.m. yesterday", "8 p.m. tomorrow", "11 p.m. last night": a time on a day named from the DCT."""
    clock = _clock(m)
    if clock is None:
        return None
    words = m["rel"].lower().split()
    offset = _RELATIVE_DAYS[words[0]]
    day = ctx.dct + dt.timedelta(days=offset)
    hour, minute = clock
    if _g(m, "hour24") and (words[-1] in ("tonight", "afternoon", "evening") and hour < 12
                            or words[-1] == "night" and 6 <= hour < 12):
        hour += 12  # "7:30 tonight" is 19:30
    value = f"{_fmt(day)}T{hour:02d}" + (f":{minute:02d}" if hour != 24 else "")
    return Resolved(value, f"a time on {_fmt(day)}, {offset} day(s) from the article's date",
                    anchor=_fmt(ctx.dct), type="TIME", day=day)


@resolver
@tense_aware
def week_of_month(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"the last week of August", "the week of March 6": an ISO week, by the middle of the span.

    The nth week of a month is days 7(n-1)+1 .. 7n, the last week its last seven days; the ISO
    week holding the span's middle day names it.
    """
    month = month_number(m["month"])
    if _g(m, "day"):
        number_ = int(re.sub(r"\D", "", m["day"]))
        middle = lambda y: cal.safe_date(y, month, number_)  # noqa: E731
    else:
        ordinal = ORDINALS[m["ordinal"].lower()]

        def middle(y: int) -> dt.date | None:
            if ordinal == -1:
                last = cal.shift(dt.date(y, month, 1), 1, "month") - dt.timedelta(days=1)
                return last - dt.timedelta(days=3)
            return cal.safe_date(y, month, 7 * (ordinal - 1) + 4)
    if _g(m, "year"):
        day, why = middle(_year(m["year"])), "year given"
    else:
        day, why = pick_by_tense(middle, ctx)
    if day is None:
        return None
    return Resolved(cal.value_of(day, "week"), f"the ISO week holding {_fmt(day)}; {why}",
                    anchor=_fmt(ctx.dct))


@resolver
@tense_aware
def edge_day_of_period(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"the last day of January", "the first day of the month": the first or last day of the period
    named (a month without a year by tense, as "in January" is), or of the article's month or year."""
    last = m["edge"].lower() != "first"

    def edge(start: dt.date | None, unit: str) -> dt.date | None:
        if start is None or not last:
            return start
        return cal.shift(start, 1, unit) - dt.timedelta(days=1)
    if _g(m, "unit"):
        unit = m["unit"]
        day = edge(ctx.dct.replace(day=1) if unit == "month" else ctx.dct.replace(month=1, day=1), unit)
        why = f"the article's {unit}"
    else:
        month = month_number(m["month"])
        if _g(m, "year"):
            day, why = edge(cal.safe_date(_year(m["year"]), month, 1), "month"), "year given"
        else:
            day, why = pick_by_tense(lambda y: edge(cal.safe_date(y, month, 1), "month"), ctx)
    if day is None:
        return None
    return Resolved(_fmt(day), f"the {'last' if last else 'first'} day; {why}", anchor=_fmt(ctx.dct), day=day)


_YEAR_ENDING = re.compile(r"\s+(?:ended|ending|ends|to|through)\b")


@resolver
def year_in_discussion(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"the year", "the full year", "the fiscal year": the DCT's year, or a year-long span.

    "the year ended Sept. 30" is a twelve-month period (a DURATION in TimeBank), not a
    calendar year.
    """
    if _YEAR_ENDING.match(m.string, m.end("timex"), m.end("timex") + 12):
        return Resolved("P1Y", "a twelve-month period ending on a date given after it",
                        type="DURATION")
    return Resolved(cal.value_of(ctx.dct, "year"), f"the year of the article's date {_fmt(ctx.dct)}",
                    anchor=_fmt(ctx.dct))


@resolver
def season_of_play(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"this season", "last season" (sport, fashion): named by the year it is played in.

    A season straddling two years has no better TIMEX3 value than the year it is in at the DCT.
    """
    step = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    return Resolved(f"{ctx.dct.year + step:04d}", f'"{m["rel"]} season" seen from {_fmt(ctx.dct)}',
                    anchor=_fmt(ctx.dct))


@resolver
def long_adjective(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"day-long", "year-long", "decades-long": a length of time used as an adjective."""
    if _g(m, "vague"):
        return Resolved(_duration_value(None, unit_name(m["vague"])), "a vague length of time")
    if not _g(m, "unit"):
        return None
    unit = unit_name(m["unit"])
    if unit in ("decade", "century"):
        return Resolved(f"P{10 if unit == 'decade' else 100}Y", "a length of time, in years")
    return Resolved(_duration_value(1, unit), "a length of time, not a date")


_HALF_VALUES = {"hour": "PT30M", "minute": "PT30S", "day": "PT12H", "year": "P6M", "century": "P50Y"}


@resolver
def half_duration(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"half an hour", "half a century", "a quarter century" ("a year and a half" is `duration`'s)."""
    if _g(m, "unit"):
        return Resolved(_HALF_VALUES[m["unit"].lower()], "half of one unit")
    return Resolved("P25Y", "a quarter of a century")


@resolver
def century_fraction_ago(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"half a century ago", "a quarter-century ago": the year 50 or 25 years before the DCT."""
    years = 50 if _g(m, "fraction") else 25
    return Resolved(f"{ctx.dct.year - years:04d}", f"{years} years before the article's date {_fmt(ctx.dct)}",
                    anchor=_fmt(ctx.dct))


@resolver
def century_relative(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"this century", "last century": the DCT's century, or the one before or after it."""
    step = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    return Resolved(f"{ctx.dct.year // 100 + step:02d}", f'"{m["rel"]} century" seen from {_fmt(ctx.dct)}',
                    anchor=_fmt(ctx.dct))


# "overnight" is "all at once", no night, where a change is denied it: "revolutions do not happen
# overnight", "We ca n't change that overnight", "It is unlikely to be done overnight", "I do n't
# think it will have an overnight impact"; a denial alone leaves it a night ("did not say how many
# were arrested overnight"), and so does a change told ("clashes happened overnight")
_CHANGE_DENIED_BEFORE = re.compile(
    r"\b(?:not|n't|never|nobody|unlikely|cannot)\b[^.;:!?]{0,60}?\b(?:(?:change|changes|happen|happens|come|comes|done|"
    r"disappear|disappears|vanish|transform|solve|solved|fix|fixed|end|reverse|build|built)\b(?:\s+[\w'-]+){0,4}?"
    r"|(?:have|has|had)\s+an?)\s+\Z")
OVERNIGHT_CLAUSE_REACH = 100  # characters before "overnight" searched for the denied change
# "overnight into Monday", "overnight and into Tuesday", "overnight and Sunday": the night that ends on it
_INTO_WEEKDAY_AFTER = re.compile(expand(
    r"[ \t]+(?:and[ \t]+(?:into[ \t]+)?|into[ \t]+|to[ \t]+|until[ \t]+|till[ \t]+)(?:early[ \t]+)?(?:on[ \t]+)?"
    r"(?P<weekday>{WEEKDAY_FULL})\b"))


@resolver
@tense_aware
def overnight(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"overnight": the night before the DCT (or before the day last named, when it is close);
    said of what lies ahead ("will make landfall overnight"), the DCT's own night."""
    if _CHANGE_DENIED_BEFORE.search(m.string, max(0, m.start() - OVERNIGHT_CLAUSE_REACH), m.start()):
        return None
    base = ctx.previous if ctx.previous is not None and ctx.gap is not None and ctx.gap <= 200 else ctx.dct
    into = _INTO_WEEKDAY_AFTER.match(m.string, m.end())
    if into:
        # "reinforced their positions Sunday and overnight into Monday": the night before that
        # Monday, the first after the day just named (or, from the article's date, the latest
        # on or before it unless the tense looks ahead)
        target = weekday_number(into["weekday"])
        day = base + dt.timedelta(days=(target - base.weekday()) % 7)
        if ctx.tense != "future" and (base == ctx.dct or day > ctx.dct):
            # a night told in the past ends by the article's date, whatever date was named before
            base = ctx.dct
            day = base - dt.timedelta(days=(base.weekday() - target) % 7)
        night = day - dt.timedelta(days=1)
        return Resolved(f"{_fmt(night)}TNI", f"the night into {into['weekday']} {_fmt(day)}", anchor=_fmt(base),
                        day=night)
    if ctx.tense == "future" and base == ctx.dct:
        return Resolved(f"{_fmt(base)}TNI", f"future tense: the night of {_fmt(base)}", anchor=_fmt(base), day=base)
    night = base - dt.timedelta(days=1)
    return Resolved(f"{_fmt(night)}TNI", f"the night before {_fmt(base)}", anchor=_fmt(base), day=night)


@resolver
def hour_of_part(m, rule: Rule, ctx: Context) -> Resolved | None:
    """"4 in the morning", "3 o'clock in the afternoon": the part of the day says a.m. or p.m."""
    hour = int(m["hour"]) % 12 + (12 if m["part"].lower() in ("afternoon", "evening") else 0)
    minute = int(_g(m, "minute") or 0)
    day = ctx.previous if ctx.previous is not None and ctx.gap is not None and ctx.gap <= CLOCK_REACH else ctx.dct
    return Resolved(f"{_fmt(day)}T{hour:02d}:{minute:02d}", f"a time on {_fmt(day)}", anchor=_fmt(day))
