"""Merge the same event told by several seeds into one entry, flag date conflicts, and order.

Two events from different seeds of one story (the seeds share names) are the same when their
dates are compatible (one contains the other: 2024-03 and 2024-03-03, 2024-W43 and 2024-10-24)
and their headlines share the words that say what happened (news synonyms folded: "ceasefire"
is "truce") or their sentences share enough words; on a quiet day (few seeds tell of it), two
tellings that are each their seed's only event of that very day are taken as the same (unless
both name people or places and share none, or they share no word but names). They are the
same event in conflict when their days differ by one to three and they agree as strongly. Two tellings that each name two people,
places or groups of their own, none shared, are never the same ("the Pentagon condemned the
incident in Kirkuk", "the Iraqi parliament condemned the incident in Beirut"), nor are two
that say they happened in towns or regions apart ("a car bomb exploded at a checkpoint in Amman",
"... in Sanaa"; the gazetteer entities.WITHIN says which place lies in which). An entry never
holds one seed's two days, nor more than two days, and groups join only when most of their
tellings are linked, so likeness does not chain through a busy news day. Ids are derived from
the earliest source, so repeated runs give the same ids.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import marshal
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from . import entities
from .events import PRONOUN
from .model import Event, Mention
from .temporal import calendar as cal

STOPWORDS = frozenset("""a an the of in on at to for from by with and or but as is are was were be been
has have had it its their his her they them this that these those which who whom whose what when
where while after before during since until than then there here said says say told also into over
under about against between among more most some any all each other such no not only own same so
very can will would could should may might near two three four five six seven eight nine ten one
first last next new amid including according""".split())
SAME_EVENT = 0.22
CONFLICT = 0.40
QUIET_DAY = 4  # seeds telling of one day; on a busier day one event each proves nothing
CORE_SAME = 0.5  # share of the smaller headline's content words two tellings of one event share
# Tellings of two dates (two days, a conflict; or a day and the week, month or year holding it)
# whose headlines share one or two words ("released", "peaceful protests", "rebels' missiles")
# are two events as often as one: a story tells of protests, releases and flights every day, and
# "They were just released yesterday" is not "Ghonim would be released at 4 p.m. Monday", nor
# "a CNN team saw the rebels with anti-tank missiles" a week ago the fighting of "late April".
# Such a match counts when the sentences agree too (their words' Jaccard at least CORE_CONFIRM),
# or the shared word names a happening of its own (HAPPENINGS: "The ceasefire, which began on
# April 9" and the truce that took effect on the 10th). Three shared words stand alone, and so
# do one or two between tellings of the very same date.
# Between two days (a conflict) only a happening of its own counts, or sentences that agree as
# much as a conflict asks of any two tellings (CONFLICT): on real agency news a war or a revolt
# brings the same words every day, and "Thirteen people have died and 75 were injured in Suez"
# (Friday) was one entry with "Thirty-eight people have died in the unrest in Egypt" (Saturday),
# "Rebel fighters retreated east of the oil town al-Brega" with rebels who "had the oil town
# surrounded" the next day, each pair sharing three headline words or a little of its sentence.
CORE_FIRM = 3
CORE_CONFIRM = 0.12
# A short telling about someone the longer one names too, whose other words are nearly all in the
# longer one, what happened included, is part of what the longer one tells: "X was acquitted of all
# charges" within "the jury returned its verdicts ..., convicting Y and clearing X". Jaccard misses
# it, the long sentence's other news diluting the share; containment needs enough words (names
# aside) to mean something, and a person or group named in both ("people killed across the
# country" on two days shares words, not actors).
CONTAINED = 2 / 3
CONTAINED_WORDS = 5
RELATION_RANK = {"before": 0, "on": 1, "after": 2}
# Verbs every story uses: sharing them says nothing about being the same event.
LIGHT = frozenset("""began begun begin start started took take takes effect came come made make said
says told were was had have has been being will would could went announced reported""".split())
# News wording for one thing told in other words; each word maps to one shared stem.
SYNONYMS = {
    "ceasefire": "truce", "truce": "truce", "cease-fire": "truce",
    "clashes": "fight", "clashed": "fight", "clash": "fight", "fighting": "fight", "fought": "fight",
    "ashore": "landfall", "landfall": "landfall",
    "lawmakers": "legislat", "legislature": "legislat", "legislators": "legislat",
    "walkout": "strike", "strike": "strike", "strikes": "strike",
    "deal": "agreement", "agreement": "agreement", "accord": "agreement",
    "verdict": "verdict", "verdicts": "verdict", "convicted": "verdict", "convicting": "verdict",
    "acquitted": "verdict", "cleared": "verdict", "clearing": "verdict",
    "killed": "kill", "kills": "kill", "killing": "kill", "dead": "kill",
}
# core words (SYNONYMS' stems among them) that name one happening of its own, not a kind of
# thing every day brings (a toll, a protest, a flight): "The trial, which opened in December" is
# the trial whose opening day another seed tells
HAPPENINGS = frozenset({"truce", "fight", "landfall", "strike", "agreement", "verdict", "trial"})
QUANTITY = re.compile(r"^(?:\$?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                      r"hundreds?|thousands?|millions?|billions?|dozens?)\b|\w+-(?:day|week|month|year)s?$)")
CALENDAR_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december today yesterday tomorrow week
weeks month months year years day days morning evening night""".split())
CALENDAR_NAMES = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
March April June July August September October November December""".split())


WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
# Who spoke is not what happened, in a headline or a sentence: "A forum spokesman said a small
# firework went off" and "The author and host of CNN's Fareed Zakaria GPS spoke to CNN on
# Thursday" shared "spoke"; "said Firas Kayal, a spokesman for the United Nations refugee
# agency" ended a telling of evacuation flights and one of border crossings
SPEAKERS = frozenset("spokesman spokesmen spokeswoman spokeswomen spokesperson".split())
NOT_CONTENT = STOPWORDS | CALENDAR_WORDS | SPEAKERS
# Who said it is not what happened: "Two flights carrying Israelis from Egypt landed Monday,
# according to an Israeli foreign ministry spokesman" and "Canada will begin evacuating its
# citizens from Egypt on Monday, according to the country's foreign affairs minister" shared
# "foreign" and "minist" through their sources, enough to be taken for one event.
# Only an attribution set apart (opening the sentence, between commas, or ending it): "20 people
# died according to officials in Homs and security forces shelled the old city" goes on to tell
# what happened.
ATTRIBUTION = re.compile(r"(?:^|,)\s*according to\b[^,;.!?]*(?:,|(?=[.!?\"”’')\s]*$))", re.IGNORECASE)
# Where and by whom a story was filed is not what happened either: agency copy opens with a
# dateline ("TRIPOLI (Reuters) -", "Benghazi, Libya (CNN) --", "Thu, Oct 20 19:15 PM EDT CAIRO
# (Reuters) -"), and two Reuters stories from Tripoli shared "tripol" and "reuter" whatever they told.
DATELINE = re.compile(r"^[^()]{0,80}?\((?:Reuters|CNN|AP|AFP)\)\s*-*")


# Two words are the same word when their stems begin with the same STEM_LETTERS letters: the
# stem by Porter's suffix stripping (M. F. Porter, "An algorithm for suffix stripping", Program
# 14(3), 1980), its rules as published, below. Headline words were their first five letters
# before, which collided: "protest" and "protect" ("prote"), "international" and "intervention"
# ("inter"), "commission" and "committee" ("commi"), "statement" and "states" ("state"). Whole
# stems keep apart what is one word told two ways, which Porter leaves apart ("recognized"
# recogn, "recognition" recognit; "intervened", "intervention"; "suspended", "suspension"):
# their first six letters join them.
STEM_LETTERS = 6
# Each step is (suffix, replacement, the least measure of the stem before it); in steps 2 to 4
# the longest suffix that ends the word is the only one tried.
STEP2 = (("ational", "ate", 0), ("tional", "tion", 0), ("enci", "ence", 0), ("anci", "ance", 0),
         ("izer", "ize", 0), ("abli", "able", 0), ("alli", "al", 0), ("entli", "ent", 0),
         ("eli", "e", 0), ("ousli", "ous", 0), ("ization", "ize", 0), ("ation", "ate", 0),
         ("ator", "ate", 0), ("alism", "al", 0), ("iveness", "ive", 0), ("fulness", "ful", 0),
         ("ousness", "ous", 0), ("aliti", "al", 0), ("iviti", "ive", 0), ("biliti", "ble", 0))
STEP3 = (("icate", "ic", 0), ("ative", "", 0), ("alize", "al", 0), ("iciti", "ic", 0), ("ical", "ic", 0),
         ("ful", "", 0), ("ness", "", 0))
STEP4 = tuple((suffix, "", 1) for suffix in
              "al ance ence er ic able ible ant ement ment ent ion ou ism ate iti ous ive ize".split())
VOWELS = frozenset("aeiou")


def _consonant(word: str, k: int) -> bool:
    """Porter's consonant: not a vowel, and a "y" only after a vowel ("toy", not "syzygy")."""
    letter = word[k]
    if letter in VOWELS:
        return False
    return letter != "y" or k == 0 or not _consonant(word, k - 1)


def _measure(stem: str) -> int:
    """Porter's m: how many vowel-consonant sequences the stem holds ("tr" 0, "trouble" 1,
    "troubles" 2)."""
    m, vowel_seen = 0, False
    for k in range(len(stem)):
        if _consonant(stem, k):
            if vowel_seen:
                m += 1
            vowel_seen = False
        else:
            vowel_seen = True
    return m


def _has_vowel(stem: str) -> bool:
    return any(not _consonant(stem, k) for k in range(len(stem)))


def _double_consonant(stem: str) -> bool:
    return len(stem) > 1 and stem[-1] == stem[-2] and _consonant(stem, len(stem) - 1)


def _cvc(stem: str) -> bool:
    """The stem ends consonant, vowel, consonant, the last not w, x or y ("hop", not "snow")."""
    k = len(stem) - 1
    return (k >= 2 and _consonant(stem, k) and not _consonant(stem, k - 1) and _consonant(stem, k - 2)
            and stem[k] not in "wxy")


def _replace_suffix(word: str, rules: tuple[tuple[str, str, int], ...]) -> str:
    """The longest suffix of `rules` that ends the word, replaced when the stem's measure
    exceeds its least; the word as it was otherwise ("ion" wants an "s" or a "t" before it)."""
    for suffix, replacement, least in sorted((r for r in rules if word.endswith(r[0])),
                                             key=lambda r: -len(r[0]))[:1]:
        stem = word[:-len(suffix)]
        if _measure(stem) > least and (suffix != "ion" or stem.endswith(("s", "t"))):
            return stem + replacement
    return word


def porter_stem(word: str) -> str:
    """A lower-case word's stem by Porter's five steps (see STEP2): "protesters", "protests",
    "protested" are "protest"; "protection" is "protect"."""
    if len(word) <= 2:
        return word
    # step 1a: plurals
    if word.endswith("sses") or word.endswith("ies"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    # step 1b: -ed, -ing, and what their loss leaves to repair
    if word.endswith("eed"):
        if _measure(word[:-3]) > 0:
            word = word[:-1]
    elif (word.endswith("ed") and _has_vowel(word[:-2])) or (word.endswith("ing") and _has_vowel(word[:-3])):
        word = word[:-2] if word.endswith("ed") else word[:-3]
        if word.endswith(("at", "bl", "iz")):
            word += "e"
        elif _double_consonant(word) and word[-1] not in "lsz":
            word = word[:-1]
        elif _measure(word) == 1 and _cvc(word):
            word += "e"
    # step 1c
    if word.endswith("y") and _has_vowel(word[:-1]):
        word = word[:-1] + "i"
    word = _replace_suffix(word, STEP2)
    word = _replace_suffix(word, STEP3)
    word = _replace_suffix(word, STEP4)
    # step 5: a final "e", a final "ll"
    if word.endswith("e"):
        m = _measure(word[:-1])
        if m > 1 or (m == 1 and not _cvc(word[:-1])):
            word = word[:-1]
    if word.endswith("ll") and _measure(word) > 1:
        word = word[:-1]
    return word


POSSESSIVE = re.compile(r"['’]s?$")
# British spellings as American ones, so Reuters' and CNN's tellings of one thing meet: "air
# defences" and "air defenses", "organised" and "organized", "armoured" and "armored"; Porter
# strips "-ize" and keeps "-ise". Each is (the word's ending, its American spelling); a word
# that only looks British ("promise", "raised") is rewritten with all its forms alike.
BRITISH_SPELLINGS = tuple((re.compile(pattern), american) for pattern, american in (
    (r"^(defen|offen|licen|preten)c(e|es)$", r"\1s\2"),
    (r"^(armo|hono|labo|favo|neighbo|behavio|colo|harbo|rumo|vigo|endeavo|savio|humo)ur(s|ed|ing|ite|ites)?$",
     r"\1r\2"),
    (r"^(cent|theat|met|lit|fib)re(s|d)?$", r"\1er\2"),
    (r"(?<=\w\w)is(e|es|ed|ing|ings|er|ers|ation|ations)$", r"iz\1"),
    (r"(?<=\w\w)ys(e|es|ed|ing|er|ers)$", r"yz\1"),
    (r"^(travel|cancel|model|label|fuel|signal|level|total|counsel|channel)l(ed|ing|er|ers)$", r"\1\2"),
))


@lru_cache(maxsize=1 << 17)
def word_key(word: str) -> str:
    """A lower-case word as merge compares it: its possessive gone, American spelling
    (BRITISH_SPELLINGS) and its stem (porter_stem); in a compound, the stem of its last part
    ("pro-gadhafi" stays apart from "pro-government")."""
    word = POSSESSIVE.sub("", word.strip("'’"))
    head, dash, last = word.rpartition("-")
    if not last.isalpha():
        return word
    for british, american in BRITISH_SPELLINGS:
        last = british.sub(american, last)
    return head + dash + porter_stem(last)



def content_words(event: Event) -> frozenset[str]:
    """The first six letters of each word of the sentences that is not a stopword or a date,
    nor part of an attribution ("according to ...": ATTRIBUTION) or a dateline (DATELINE).

    Merge reads these for every telling on every rebuild, so ASCII text is lowercased whole
    before it is split (the same words: lowercasing keeps each ASCII letter a letter)."""
    return _sentence_words(event)[0]


def content_spellings(event: Event) -> frozenset[str]:
    """Each of content_words' words with the word as core words spell it (core_stem), as
    "prefix/stem" ("protes/protest", "protec/protect"): folded looks up names by the first and
    compares headlines with the second. Jaccard stays with six letters, whose shares SAME_EVENT
    and CONFLICT were set on."""
    return _sentence_words(event)[1]


@lru_cache(maxsize=1 << 17)
def _spelling(word: str) -> str:
    """One word of content_spellings: a sentence's vocabulary repeats across its tellings."""
    return f"{word[:6]}/{core_stem(word)}"


def _sentence_words(event: Event) -> tuple[frozenset[str], frozenset[str]]:
    """content_words and content_spellings from one reading of the sentences."""
    words, spellings = set(), set()
    for mention in event.mentions:
        sentence = mention.sentence
        if "ccording to" in sentence or "CCORDING TO" in sentence:
            sentence = ATTRIBUTION.sub(" ", sentence)
        if "(" in sentence:
            sentence = DATELINE.sub(" ", sentence, count=1)
        if sentence.isascii():
            found = (w.strip("'") for w in WORD.findall(sentence.lower()))
        else:
            found = (w.lower().strip("'") for w in WORD.findall(sentence))
        for w in found:
            if len(w) > 2 and w not in NOT_CONTENT:
                words.add(w[:6])
                spellings.add(_spelling(w))
    return frozenset(words), frozenset(spellings)


HEADLINE_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]+|\$?\d[\d,.]*")


def core_words(event: Event, names: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words of the headline that say what happened, synonyms folded together.

    Names belong to the whole story, not to one event of it, so they are left out: capitalised
    words inside the headline, and a first word that is a name elsewhere (`names`, the tags).
    """
    return with_lead(*core_parts(event), names)


def core_parts(event: Event) -> tuple[frozenset[str], tuple[str, str] | None]:
    """core_words apart from its one test that reads the whole collection (`names`): the words
    of the headline but a capitalised first word, and that word as (its first six letters, its
    core word) when it would count unless it is a name elsewhere. A pure function of one
    telling, so it is worked out with the seed and cached with it (see `telling_words`)."""
    headline = event.headline
    words = set()
    lead = None
    last = ""
    for position, token in enumerate(HEADLINE_TOKEN.findall(headline)):
        two_words = TWO_WORD_STEMS.get((last, token.lower()))
        last = token.lower()
        if two_words is not None:
            words.add(two_words)
            continue
        first = False
        if token[0].isupper():
            if position > 0 or not headline.startswith(token):
                continue
            if token in {w for tag in event.tags for w in tag.partition(":")[2].split()}:
                continue
            first = True
        word = token.lower().strip("'’")
        if word in NOT_CORE or len(word) < 3:
            continue
        if (not word.isalpha() or word in NUMBER_WORDS) and QUANTITY.match(word):
            continue  # "seven-week", "$640": how much, not what happened
        if first:
            lead = (token[:6], core_stem(word))
        else:
            words.add(core_stem(word))
    return frozenset(words), lead


def with_lead(words: frozenset[str], lead: tuple[str, str] | None, names: frozenset[str]) -> frozenset[str]:
    """core_words from core_parts: the first word joins unless it is one of `names`."""
    if lead is None or lead[0] in names or lead[1] in words:
        return words
    return words | {lead[1]}


def telling_words(events) -> tuple:
    """What merge reads of one seed's events that depends on that seed alone, as text: the
    seeds its events cite and the names each uses (names_of), and per event its content words,
    its core parts' words and lead, and its own names (telling_names); None for the article's
    own entry, which merge leaves alone. Words are joined by spaces (none holds one). Worked out
    once per seed and cached with its result (SeedResult.telling_words), so a rebuild splits
    these strings instead of 57,000 tellings' sentences again; strings, because 57,000 pickled
    sets of words took as long to load as to make."""
    events = list(events)
    seeds = sorted({m.seed for e in events for m in e.mentions})
    names = names_of(events)
    per_event = []
    for event in events:
        if event.is_article:
            per_event.append(None)
            continue
        core, lead = core_parts(event)
        own = telling_names(event)
        words, spellings = _sentence_words(event)
        per_event.append((" ".join(sorted(words)), " ".join(sorted(core)), lead,
                          " ".join(sorted(own)), " ".join(sorted(headline_actors(event, own))),
                          " ".join(sorted(spellings))))
    return (tuple(seeds), tuple(" ".join(sorted(names.get(seed, ()))) for seed in seeds),
            tuple(per_event))


def _parts(event: Event, told: tuple | None) -> tuple[frozenset[str], frozenset[str], tuple[str, str] | None,
                                                     frozenset[str], frozenset[str], frozenset[str]]:
    """(content words, core words, lead, own names, headline actors, content spellings) of a
    story: core_parts, telling_names and headline_actors besides its sentences' words, from
    telling_words' text for it when given."""
    if told is None:
        own = telling_names(event)
        words, spellings = _sentence_words(event)
        return (words, *core_parts(event), own, headline_actors(event, own), spellings)
    return (frozenset(told[0].split()), frozenset(told[1].split()), told[2], frozenset(told[3].split()),
            frozenset(told[4].split()), frozenset(told[5].split()))


NOT_CORE = STOPWORDS | LIGHT | SPEAKERS
# a synonym's stem by its words' word_key too, so "ceasefires" and "clashing" fold; not
# "clear", which "cleared" leaves ("it was not clear" is no verdict)
SYNONYM_OF_KEY = {word_key(word)[:STEM_LETTERS]: stem for word, stem in SYNONYMS.items()
                  if word_key(word) != "clear"}
# Two words that name one thing, spelt as the one word that names it: an air strike is not the
# walkout that "strike" names (a HAPPENING, which links tellings of two days), but an airstrike;
# a war brings air strikes every day ("multinational air strikes would continue" on 22 March,
# "Vehicles ... explode after an air strike by coalition forces" on the 20th)
TWO_WORD_STEMS = {("air", "strike"): "airstr", ("air", "strikes"): "airstr"}  # as core_stem("airstrikes")


def core_stem(word: str) -> str:
    """A lower-case word as core words spell it: its synonyms' stem (SYNONYMS, SYNONYM_OF_KEY),
    else its word_key's first STEM_LETTERS letters ("fighters" is not "fighting", "fight":
    British fighter jets on Friday are not Sunday's clashes; "pro-gadhafi" is not
    "pro-government")."""
    if word in SYNONYMS:
        return SYNONYMS[word]
    key = word_key(word)[:STEM_LETTERS]
    return SYNONYM_OF_KEY.get(key, key)


def folded(spellings: frozenset[str], names: frozenset[str] = frozenset()) -> frozenset[str]:
    """content_spellings as core_words spells them, so a headline's core words can be looked
    up among another telling's sentence words. Names (`names`, as names_of gives them, six
    letters) go: the whole story shares them, so they say nothing of one event."""
    out = set()
    for spelling in spellings:
        prefix, _, stem = spelling.partition("/")
        if prefix.capitalize() not in names:
            out.add(stem)
    return frozenset(out)


def contained(small: frozenset[str], core: frozenset[str], big: frozenset[str]) -> bool:
    """The shorter telling (its folded words `small`, its headline's `core`) is told within the
    longer (`big`): most of its words, and a word of what happened, are there."""
    if len(small) < CONTAINED_WORDS or not core & big:
        return False
    return len(small & big) >= CONTAINED * len(small)
# QUANTITY can match a word of letters alone only when it is one of these
NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve hundred
hundreds thousand thousands million millions billion billions dozen dozens""".split())


def names_of(events: list[Event]) -> dict[str, frozenset[str]]:
    """Per seed, the capitalised names its dated statements use: what tells stories apart."""
    found: dict[str, set[str]] = {}
    for event in events:
        for mention in event.mentions:
            found.setdefault(mention.seed, set()).update(
                name[:6] for name in NAME.findall(mention.sentence) if name not in CALENDAR_NAMES)
    return {seed: frozenset(bag) for seed, bag in found.items()}


NAME = re.compile(r"(?<![.!?\"“] )(?<!^)\b[A-Z][a-z]{3,}")  # not a sentence's first word
# Two tellings that each name at least OWN_NAMES people, places or groups and share no name are
# of two events, however alike their words: "the Pentagon condemned the incident in Kirkuk" and
# "the Iraqi parliament condemned the incident in Beirut". A name is a run of capitalised words
# ("US Geological Survey", "Port-au-Prince": one each, so a source and a place are two); runs
# are compared word by word on their first NAME_LETTERS letters, so "Iraq" and "Iraqi",
# "Gaddafi" and "Gadhafi", "Hosni Mubarak" and "Mubarak" share. One name each proves nothing:
# "Pune" and "Chakan", "Haiti" and "Port-au-Prince" are one place told at two scales.
OWN_NAMES = 2
NAME_LETTERS = 3
# ACTORS_APART: two tellings whose headlines each name who acted (headline_actors), neither
# named anywhere in the other telling, are two events unless their headlines agree on what
# happened (the core words' test comes first): "Energy shares led the Dow higher, led by Exxon
# Mobil, which reported a large jump in fourth-quarter earnings" and "A 5.5% jump in shares of
# Pfizer led the advance, with the drugmaker posting better-than-expected fourth-quarter
# earnings" share a third of their words, all of them the market's, none of them whose.
# Two tellings whose headlines each name a nationality (its people, its government, troops or
# citizens) and none the same are of two events: "The Canadian government will begin evacuating its
# citizens from Egypt as early as Monday" and "More than 500 Americans have been evacuated from
# Egypt" share what happened and where, not whose (`nationalities`). Nationalities only, not
# countries' names: a country is where things happen as often as whose they are ("evacuated from
# Egypt", "a pipeline to Jordan"). "US" and "UK" are written as adjectives ("the US president",
# "the Rapid UK team"). Not "Indian" (Indiana, India's first peoples), nor peoples without a
# country of their own.
NATIONALITIES = {
    "United States": "American Americans US U.S.", "Canada": "Canadian Canadians",
    "United Kingdom": "British Briton Britons UK U.K.", "France": "French",
    "Germany": "German Germans", "Italy": "Italian Italians", "Spain": "Spanish Spaniard Spaniards",
    "Russia": "Russian Russians", "China": "Chinese", "Japan": "Japanese", "Turkey": "Turkish Turks",
    "Israel": "Israeli Israelis", "Palestine": "Palestinian Palestinians",
    "Egypt": "Egyptian Egyptians", "Syria": "Syrian Syrians", "Iraq": "Iraqi Iraqis",
    "Iran": "Iranian Iranians", "Libya": "Libyan Libyans", "Tunisia": "Tunisian Tunisians",
    "Lebanon": "Lebanese", "Jordan": "Jordanian Jordanians", "Saudi Arabia": "Saudi Saudis",
    "Qatar": "Qatari Qataris", "Yemen": "Yemeni Yemenis", "Bahrain": "Bahraini Bahrainis",
    "Pakistan": "Pakistani Pakistanis", "Afghanistan": "Afghan Afghans", "Haiti": "Haitian Haitians",
    "Dominican Republic": "Dominican Dominicans", "Cuba": "Cuban Cubans",
    "Mexico": "Mexican Mexicans", "Brazil": "Brazilian Brazilians",
    "Australia": "Australian Australians", "Austria": "Austrian Austrians", "Netherlands": "Dutch",
    "Belgium": "Belgian Belgians", "Switzerland": "Swiss", "Sweden": "Swedish Swedes",
    "Norway": "Norwegian Norwegians", "Greece": "Greek Greeks", "Ukraine": "Ukrainian Ukrainians",
}
NATION_OF = {word: country for country, words in NATIONALITIES.items() for word in words.split()}
# a nationality as a word of its own, or joined to another ("Israeli-Palestinian"): not
# "Russian-made", "US-led", "anti-American", "Americana"
NATIONALITY = re.compile(r"(?<![\w.])(?<!\bpro-)(?<!\banti-)(?<!\bnon-)("
                         + "|".join(re.escape(w) for w in sorted(NATION_OF, key=len, reverse=True))
                         + r")(?!\w|-[a-z])")


# A nationality right after one of these (or one word on) opens a clause told by the way: "While
# Americans were waking up, thousands in Cairo defied a midafternoon government curfew"
BY_THE_WAY = frozenset("while as when after before since because although though if".split())
# A nationality between one of these (with "the", "his" ... or not) and a person's title names
# whom it was done to or with, not who did it: "Washington imposed sanctions on Syrian President
# Bashar al-Assad", "Israeli Defense Minister Ehud Barak spoke to his Egyptian counterpart". Not
# before other words: "thousands of Americans were evacuated", "a team from the UK government".
TOWARDS = frozenset("on against to with for from at of".split())
DETERMINERS = frozenset("the a an his her its their".split())
ACTED_ON_TITLES = frozenset({w.lower() for w in entities.PERSON_TITLES}
                            | {"leader", "leaders", "counterpart", "counterparts", "officials", "official"})


def nationalities(event: Event) -> frozenset[str]:
    """The countries whose people, government or troops the telling's headline names
    (NATIONALITIES): the headline, not the whole sentence, since what happened is told there
    and a nationality elsewhere is often by the way ("watched by 83 million viewers in the US");
    nor in a clause by the way (BY_THE_WAY), nor before the title of someone acted on (TOWARDS)."""
    headline = event.headline
    found = set()
    for match in NATIONALITY.finditer(headline):
        before = [w for w in headline[:match.start()].lower().split() if not w.endswith("-")][-2:]
        if not BY_THE_WAY.isdisjoint(before) or _acted_on(before, headline[match.end():]):
            continue
        found.add(NATION_OF[match[1]])
    return frozenset(found)


def _acted_on(before: list[str], after: str) -> bool:
    """A nationality after `before` (its two words before, lower case) and before `after` names
    whom something was done to or with (TOWARDS, ACTED_ON_TITLES)."""
    if before and before[-1] in DETERMINERS:
        before = before[:-1]
    following = after.split(maxsplit=1)
    return bool(before and before[-1] in TOWARDS and following
                and following[0].rstrip(".,").lower() in ACTED_ON_TITLES)


_CAPITALISED = r"[A-Z][\w’']*"
# a name's lower-case particles ("Deir ez-Zor", "Port-au-Prince", "Bank of England"); not "as"
# or "an", which join two names in English ("Syria as Turkey")
NAME_RUN = re.compile(rf"\b{_CAPITALISED}(?:[ -](?:(?:{'|'.join(entities.PARTICLES + ('ez', 'ad', 'au'))})[ -])?"
                      rf"{_CAPITALISED})*")
OPENS_SENTENCE = re.compile(r"(?:^|[.!?:\"“(])\s*$")
# capitalised words that open a sentence or a quotation, not names ("They", "Yesterday", "Until")
NOT_NAMES = STOPWORDS | CALENDAR_WORDS | LIGHT | {w.lower() for w in entities.NOT_NAMES}


def telling_names(event: Event) -> frozenset[str]:
    """The names the telling's own sentences use, who and where, to tell two events of one day
    apart: each run of capitalised words as its words' first six letters joined by "+"
    ("Hosni+Mubara"), months, weekdays, acronyms and common words aside. A sentence's first
    word is marked "^" ("^Haiti"): merge counts it only where a seed uses it as a name
    (own_names)."""
    found = set()
    for mention in event.mentions:
        sentence = mention.sentence
        for run in NAME_RUN.finditer(sentence):
            first = OPENS_SENTENCE.search(sentence, 0, run.start()) is not None
            words = []
            for k, word in enumerate(re.findall(_CAPITALISED, run[0])):
                word = re.sub(r"[’']s?$", "", word)
                if len(word) < 4 or word.isupper() or word in entities.CALENDAR or word.lower() in NOT_NAMES:
                    continue
                words.append(("^" if first and k == 0 else "") + word[:6])
            if words:
                found.add("+".join(words))
    return frozenset(found)


# capitalised words that say whose faith or people, not who: "the suppression of an armed
# Islamist revolt" names no actor
NOT_ACTORS = frozenset("""Islamist Islamists Sunni Sunnis Shia Shiite Shiites Alawite Alawites Kurdish
Kurds Arab Arabs Western Christian Christians Muslim Muslims Jewish Coptic""".split())


def headline_actors(event: Event, own: frozenset[str]) -> frozenset[str]:
    """Who the headline names as acting or speaking, as telling_names spells names: its runs
    of capitalised words but places the gazetteer knows (entities.WITHIN), nationalities
    (NATIONALITIES) and faiths (NOT_ACTORS), which tell where and whose, not who. A run that
    opens the headline counts when the telling's own sentences (`own`, telling_names) use its
    first word as a name inside a sentence: "Exxon Mobil reported a large jump earnings" from
    "..., led by Exxon Mobil, which reported ..." names Exxon Mobil; "Just the first of five
    boats arrived" names nobody."""
    inside = {word for run in own for word in run.split("+") if word[0] != "^"}
    found = set()
    for run in NAME_RUN.finditer(event.headline):
        words = [re.sub(r"[’']s?$", "", word) for word in re.findall(_CAPITALISED, run[0])]
        if entities.known_place(" ".join(words)) or any(word in NATION_OF for word in words):
            continue
        if run.start() == 0 and words[0][:6] not in inside:
            continue
        kept = [word[:6] for word in words if len(word) >= 4 and not word.isupper() and word not in NOT_ACTORS
                and word not in entities.CALENDAR and word.lower() not in NOT_NAMES]
        if kept:
            found.add("+".join(kept))
    return frozenset(found)


def places_of(tags: frozenset[str], event: Event) -> frozenset[str]:
    """The places inside a country (a city, a region, a state) that a telling names as where
    something is (after "in", "near", "from" ...) and the gazetteer knows (entities.WITHIN).
    Countries are left out, and a place named otherwise: both name actors as often as places
    ("a U.S. warship launched cruise missiles against Libya", "Moscow and Beijing vetoed the
    resolution, angering Washington")."""
    found = set()
    for tag in tags:
        if not tag.startswith("place:"):
            continue
        place = entities.known_place(tag[6:])
        if place is None or not entities.LIES_IN[place]:
            continue
        where = re.compile(rf"\b{LOCATIVE}\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(tag[6:])}\b")
        if any(where.search(m.sentence) for m in event.mentions):
            found.add(place)
    return frozenset(found)


LOCATIVE = r"(?:in|near|at|outside|around|inside|into|across|from|to|of|on|towards?|through|over)"


def own_names(told: frozenset[str], every_name: frozenset[str]) -> tuple[int, frozenset[str]]:
    """telling_names as merge compares them: how many names, and their words cut to NAME_LETTERS
    letters; a sentence's first word only where some seed uses it as a name."""
    runs, words = 0, set()
    for run in told:
        kept = [w.lstrip("^")[:NAME_LETTERS] for w in run.split("+") if w[0] != "^" or w[1:] in every_name]
        if kept:
            runs += 1
            words.update(kept)
    return runs, frozenset(words)


def core_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller set found in the other; one shared word counts only for a one-word set."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    if shared < 2 and min(len(a), len(b)) > 1:
        return shared / (2 * min(len(a), len(b)))
    return shared / min(len(a), len(b))


WEEKEND = re.compile(r"^(\d{4}-W\d\d)-WE$")


def span(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day a TIMEX3 calendar value covers (2024-W43: 21 to 27 October; its
    weekend 2024-W43-WE: 26 and 27 October)."""
    if m := WEEKEND.match(value):
        week = span(m[1])
        return (week[1] - dt.timedelta(days=1), week[1]) if week else None
    start = cal.period_start(value)
    if start is None:
        return None
    granularity = cal.granularity_of(value)
    if granularity == "day":
        return start, start
    if granularity == "month":
        return start, (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    if granularity == "year":
        return start, start.replace(month=12, day=31)
    if re.match(r"^\d{4}-W\d\d$", value):
        return start, start + dt.timedelta(days=6)
    months = (3 if re.match(r"^\d{4}-(?:Q[1-4]|SP|SU|FA|WI)$", value)
              else 6 if re.match(r"^\d{4}-H[12]$", value) else None)
    if months is None:
        return None
    return start, start + relativedelta(months=months) - dt.timedelta(days=1)  # calendar ends


_UNKNOWN = object()


def compatible(a: str, b: str, sa=_UNKNOWN, sb=_UNKNOWN) -> bool:
    """One value contains the other: 2024-03-03 and 2024-03, or 2024-W43 and 2024-10-24.

    `sa` and `sb` are the values' spans when the caller has already worked them out."""
    if a == b or a.startswith(b + "-") or b.startswith(a + "-"):
        return True
    sa = span(a) if sa is _UNKNOWN else sa
    sb = span(b) if sb is _UNKNOWN else sb
    if sa is None or sb is None:
        return False
    return (sa[0] <= sb[0] and sb[1] <= sa[1]) or (sb[0] <= sa[0] and sa[1] <= sb[1])


def day_gap(a: str, b: str) -> int | None:
    if cal.granularity_of(a) != "day" or cal.granularity_of(b) != "day":
        return None
    return abs((cal.parse_value(a) - cal.parse_value(b)).days)


def near_dates(values: set[str]) -> dict[str, set[str]]:
    """Per date value, the values an event on it could merge with: the compatible ones and the
    days one to three days away (merge's two date tests; every other pair fails both).

    Works from the calendar, not by comparing every pair: a day looks up the days around it,
    a period the days inside it; only the few coarser values are compared with each other.
    """
    spans = {v: span(v) for v in values}
    days = {spans[v][0]: v for v in values if cal.granularity_of(v) == "day" and spans[v]}
    coarse = sorted(values - set(days.values()))
    near: dict[str, set[str]] = {v: {v} for v in values}

    def relate(a: str, b: str) -> None:
        near[a].add(b)
        near[b].add(a)

    for day, value in days.items():
        for k in range(1, 4):
            if (other := days.get(day + dt.timedelta(days=k))) is not None:
                relate(value, other)
    for i, value in enumerate(coarse):
        for other in coarse[i + 1:]:
            if compatible(value, other, spans[value], spans[other]):
                relate(value, other)
        if spans[value] is None:  # no calendar span: only a prefix can make it compatible
            for other in days.values():
                if compatible(value, other, None, spans[other]):
                    relate(value, other)
            continue
        first, last = spans[value]
        for k in range((last - first).days + 1):  # a day inside a period is compatible with it
            if (other := days.get(first + dt.timedelta(days=k))) is not None:
                relate(value, other)
    return near


def later_candidates(stories: list[Event]) -> Callable[[int], Iterator[int]]:
    """i -> the j > i, ascending, whose dates could merge with stories[i]'s.

    merge's pair loop runs over these instead of all pairs: the skipped pairs fail its date
    tests anyway, and keeping the ascending order keeps the (order-dependent) union-find the
    same, so the timeline is identical. The work per event is its dates' buckets, not all events.
    """
    by_date: dict[str, list[int]] = defaultdict(list)
    for i, event in enumerate(stories):
        by_date[event.date].append(i)
    near = near_dates(set(by_date))

    def later(i: int) -> Iterator[int]:
        buckets = (by_date[v] for v in near[stories[i].date])
        return heapq.merge(*(bucket[bisect_right(bucket, i):] for bucket in buckets))

    return later


@dataclass(frozen=True, slots=True)
class Component:
    """Tellings joined by accepted pairs (a connected part of that graph), and what merge made
    of them. Union-find only ever joins along these pairs, so a component's entries depend on
    its own tellings, pairs and order alone: when all three are as they were, so are they.

    `order` is its tellings' fingerprints in event order; `pairs` are (position, position,
    kind) into it; `groups` gives each position the position of its entry's first telling;
    `conflicted` the first positions of entries whose dates differ."""

    order: tuple[bytes, ...]
    pairs: tuple[tuple[int, int, str], ...]
    groups: tuple[int, ...]
    conflicted: frozenset[int]


@dataclass(frozen=True, slots=True)
class Links:
    """What a merge found, for the next merge to reuse: the fingerprint of every telling (a
    digest of everything `link` reads of it: seed, relation, date, its seed's names, its words
    and their spellings, its own names (own_names) and its headline's actors, tags and places
    (places_of), whether its seed tells one event of its day and whether few seeds do) and the
    components of the tellings `link` paired.

    `link` is a pure function of two fingerprints, so pairs of known tellings were decided
    last time; only new or changed tellings are compared again, and only the components they
    touch are merged again. The result is the same as merging from scratch.

    Working out 57,000 fingerprints was a second of every rebuild at 10,000 seeds, so they are
    kept per seed result (`by_result`: a result's identity, its cache key, -> its tellings'
    fingerprints in order) with what else they were made from: the names any seed uses
    (`names`) and how many seeds, capped, tell of each day (`tellers`). A telling of an
    unchanged result keeps its fingerprint unless its day's count or a name it reads changed.
    """

    fingerprints: frozenset[bytes]
    components: tuple[Component, ...]
    by_result: dict[str, tuple[bytes, ...]] = field(default_factory=dict)
    names: frozenset[str] = frozenset()
    tellers: dict[str, int] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        """A compact form for the cache (marshal: plain values only, nothing runs on load)."""
        return marshal.dumps((sorted(self.fingerprints),
                              [(c.order, c.pairs, c.groups, sorted(c.conflicted))
                               for c in self.components],
                              sorted(self.by_result.items()), sorted(self.names),
                              sorted(self.tellers.items())))

    @classmethod
    def from_bytes(cls, data: bytes) -> Links | None:
        """Links from `to_bytes`, or None when `data` is not that."""
        try:
            fingerprints, components, by_result, names, tellers = marshal.loads(data)
            built = tuple(Component(tuple(order), tuple(tuple(p) for p in pairs), tuple(groups),
                                    frozenset(conflicted))
                          for order, pairs, groups, conflicted in components)
            told = frozenset(fingerprints)
            by_result = {key: tuple(prints) for key, prints in by_result}
            names = frozenset(names)
            tellers = dict(tellers)
        except (ValueError, TypeError, EOFError):
            return None
        for c in built:
            size = len(c.order)
            if (len(c.groups) != size or not all(isinstance(f, bytes) and f in told for f in c.order)
                    or not all(0 <= g < size for g in c.groups)
                    or not all(0 <= x < size and 0 <= y < size and k in ("same", "conflict")
                               for x, y, k in c.pairs)):
                return None
        if (not all(isinstance(k, str) and all(f in told for f in prints) for k, prints in by_result.items())
                or not all(isinstance(name, str) for name in names)
                or not all(isinstance(d, str) and isinstance(c, int) for d, c in tellers.items())):
            return None
        return cls(told, built, by_result, names, tellers)


def merge(events: list[Event]) -> tuple[Event, ...]:
    """One entry per real-world event, with all its sources, in chronological order.

    Two events from different seeds of one story (the seeds share names) are the same when
    their dates are compatible and their headlines (or, more loosely, their sentences) share
    words; also when each is its seed's only event on that very day, unless both name people
    or places and share none, or they share no word but names. They are the same event in conflict when their days differ by one
    to three and their headlines agree. Tellings that each name two people, places or groups,
    none shared, or towns apart, are never the same.
    """
    return merge_reusing(events, None)[0]


def merge_reusing(events: list[Event], known: Links | None,
                  words: list[tuple | None] | None = None,
                  names: dict[str, frozenset[str]] | None = None,
                  identities: list[str | None] | None = None) -> tuple[tuple[Event, ...], Links]:
    """`merge`, reusing the pairs an earlier merge decided (`known`, may be None), and the
    Links for the next one. Same entries as `merge`: a rebuild after one new seed compares only
    that seed's tellings (and those whose day it made busier) with their neighbours.

    `words` and `names` are what `telling_words` gave for these events, when the caller has
    them (cached with each seed): per event its entry there, or None to work it out here; every
    seed's names, or None to work them all out here. `identities` gives per event the identity
    of the seed result it comes from (its cache key: the same key, the same events), or None:
    the fingerprints of a known result's tellings are reused (see Links)."""
    keep = [not e.is_article for e in events]
    stories = [e for e, k in zip(events, keep) if k]
    n = len(stories)
    words = words if words is not None and len(words) == len(events) else [None] * len(events)
    told_words = [w for w, k in zip(words, keep) if k]
    identities = identities if identities is not None and len(identities) == len(events) else [None] * len(events)
    results = [r for r, k in zip(identities, keep) if k]
    names = names if names is not None else names_of(list(events))
    every_name = frozenset().union(*names.values()) if names else frozenset()
    per_day = Counter((e.mentions[0].seed, e.date) for e in stories if e.relation == "on")
    tellers = Counter(day for _, day in per_day)  # how many seeds tell of each day
    parent = list(range(n))
    conflicts: list[int] = []

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    grains = {date: cal.granularity_of(date) for date in {e.date for e in stories}}
    # per group, the day each seed gives (one seed telling two days is telling two events), and
    # every date told (a group's dates must all fit together: no chain through a coarse "2011"
    # joining February and September); made for a telling when it first joins a group
    days: dict[int, dict[str, str]] = {}
    told: dict[int, set[str]] = {}

    def days_of(r: int) -> dict[str, str]:
        if r not in days:
            event = stories[r]
            days[r] = {event.mentions[0].seed: event.date} if grains[event.date] == "day" else {}
        return days[r]

    def told_of(r: int) -> set[str]:
        if r not in told:
            told[r] = {stories[r].date}
        return told[r]

    def consistent(ra: int, rb: int) -> bool:
        """One entry tells one event: at most two days (a conflict), a few days apart, and
        every coarser date containing them."""
        if ra == rb:
            return False
        days_a, days_b = days_of(ra), days_of(rb)
        small, big = (days_a, days_b) if len(days_a) <= len(days_b) else (days_b, days_a)
        for seed, day in small.items():  # a seed in both groups must give both the same day
            other = big.get(seed)
            if other is not None and other != day:
                return False
        values = told_of(ra) | told_of(rb)
        exact = {v for v in values if grains[v] == "day"}
        if len(exact) > 2 or (len(exact) == 2 and not 0 < day_gap(*exact) <= 3):
            return False
        coarse = values - exact
        return all(compatible(x, y) for x in coarse for y in values if x != y)

    def union(i: int, j: int) -> None:
        ra, rb = root(i), root(j)
        parent[rb] = ra
        days[ra] = {**days_of(rb), **days_of(ra)}
        told_of(ra).update(told_of(rb))

    # each group's tellings, made on the first join: most tellings are never joined to another
    members: dict[int, list[int]] = {}

    def members_of(r: int) -> list[int]:
        return members.get(r) or [r]

    fits: dict[tuple[str, str], tuple[bool, int | None]] = {}

    # per telling, what link() reads, looked up once (it runs for millions of pairs at scale):
    # for every telling when all pairs are compared, else only for those compared again
    seeds = [e.mentions[0].seed for e in stories]
    seed_names = [names.get(seed, frozenset()) for seed in seeds]
    # what folded() removes: the words that are names somewhere (every_name is capitalised,
    # content words lower-case); folded sets themselves are made only for the pairs that need one
    lower_names = frozenset(name.lower() for name in every_name)
    word_sets: list[frozenset[str] | None] = [None] * n
    core_sets: list[frozenset[str]] = [frozenset()] * n
    tag_sets: list[frozenset[str]] = [frozenset()] * n
    name_words: list[frozenset[str]] = [frozenset()] * n
    name_sets: list[tuple[int, frozenset[str]]] = [(0, frozenset())] * n
    place_sets: list[frozenset[str]] = [frozenset()] * n
    own_words: list[frozenset[str]] = [frozenset()] * n  # the own names' words, as content words spell them
    nation_sets: list[frozenset[str]] = [frozenset()] * n  # the nationalities they name (NATIONALITIES)
    actor_sets: list[frozenset[str]] = [frozenset()] * n  # their headlines' actors' words (own_names)
    spelling_sets: list[frozenset[str]] = [frozenset()] * n  # content_spellings

    def prepare(i: int) -> None:
        if word_sets[i] is None:
            found, core, lead, own, actors, spellings = _parts(stories[i], told_words[i])
            word_sets[i] = found
            spelling_sets[i] = spellings
            core_sets[i] = with_lead(core, lead, every_name)
            tag_sets[i] = frozenset(stories[i].tags)
            place_sets[i] = places_of(tag_sets[i], stories[i])
            name_words[i] = found & lower_names
            name_sets[i] = own_names(own, every_name)
            own_words[i] = frozenset(w.lstrip("^").lower() for run in own for w in run.split("+"))
            nation_sets[i] = nationalities(stories[i])
            actor_sets[i] = own_names(actors, every_name)[1]

    folded_sets: dict[int, frozenset[str]] = {}

    def folded_set(i: int) -> frozenset[str]:
        if i not in folded_sets:
            folded_sets[i] = folded(spelling_sets[i], every_name)
        return folded_sets[i]

    def told_within(i: int, j: int) -> bool:
        """What one telling says happened (a core word of its headline) is told in the other's
        sentence, either way round."""
        return not core_sets[i].isdisjoint(folded_set(j)) or not core_sets[j].isdisjoint(folded_set(i))

    def link(i: int, j: int) -> str | None:
        """"same" or "conflict" when two tellings are of one event, else None."""
        (runs_a, names_a), (runs_b, names_b) = name_sets[i], name_sets[j]
        other_names = bool(runs_a and runs_b and names_a.isdisjoint(names_b))
        if other_names and runs_a >= OWN_NAMES and runs_b >= OWN_NAMES:
            return None  # different actors and places: different events
        nations_a, nations_b = nation_sets[i], nation_sets[j]
        if nations_a and nations_b and nations_a.isdisjoint(nations_b) \
                and len(word_sets[i] & word_sets[j]) < CONFLICT * len(word_sets[i] | word_sets[j]):
            # Canadians and Americans evacuated: two countries' doings; unless the sentences
            # tell the same thing from two sides ("Israeli commandos stormed a flotilla ...,
            # killing nine activists", "Nine Turkish activists were killed when commandos
            # stormed a flotilla ...": review of 32a8c94)
            return None
        places_a, places_b = place_sets[i], place_sets[j]
        if places_a and places_b and not any(entities.one_place(x, y) for x in places_a for y in places_b):
            return None  # told of towns apart ("in Amman", "in Sanaa"): different events
        a, b = stories[i], stories[j]
        seed_a, seed_b = seeds[i], seeds[j]
        if seed_a == seed_b or a.relation != b.relation:
            return None
        key = (a.date, b.date)
        if key not in fits:  # dates repeat a lot: work each pair out once
            same = compatible(*key)
            fits[key] = (same, None if same else day_gap(*key))
        same_dates, gap = fits[key]
        if not same_dates and not (gap is not None and 0 < gap <= 3):
            return None
        if seed_names[i].isdisjoint(seed_names[j]):
            return None  # different stories
        wa, wb = word_sets[i], word_sets[j]
        common = wa & wb
        shared = len(common)
        jaccard = shared / (len(wa) + len(wb) - shared) if shared else 0.0
        if core_overlap(core_sets[i], core_sets[j]) >= CORE_SAME and (
                a.date == b.date or not (both := core_sets[i] & core_sets[j]).isdisjoint(HAPPENINGS)
                or (jaccard >= CORE_CONFIRM or len(both) >= CORE_FIRM if same_dates else jaccard >= CONFLICT)):
            return "same" if same_dates else "conflict"
        actors_a, actors_b = actor_sets[i], actor_sets[j]
        if actors_a and actors_b and actors_a.isdisjoint(name_sets[j][1]) and actors_b.isdisjoint(name_sets[i][1]):
            return None  # two actors, each unnamed by the other's telling, doing alike: ACTORS_APART
        if any(not tag.startswith("place:") for tag in tag_sets[i] & tag_sets[j]):
            fa, fb = folded_set(i), folded_set(j)
            if contained(fa, core_sets[i], fb) if len(fa) <= len(fb) else contained(fb, core_sets[j], fa):
                return "same" if same_dates else "conflict"  # one actor's part of what the other tells
        # word overlap (Jaccard) plus a little for each shared name, up to three; none when all
        # the words shared are names the tellings use: who and where, not what happened
        # (looked at only for the few pairs alike enough to count)
        score = jaccard + 0.05 * min(len(tag_sets[i] & tag_sets[j]), 3) if shared else 0.0
        if score >= SAME_EVENT:
            own_a, own_b = own_words[i], own_words[j]
            if all((w := x.rstrip("'")) in own_a or w in own_b for x in common):
                score = 0.0
        if not same_dates:
            # two days' tellings are one event in conflict by their own words, not by the names
            # they share (the tags' bonus): the story's people and places are named every day,
            # and "in Cairo's Tahrir Square as President Hosni Mubarak said late Thursday he was
            # delegating power to his vice president" is not "Egyptians help clean Cairo's Tahrir
            # Square on Saturday, a day after President Hosni Mubarak resigned"
            return "conflict" if jaccard >= CONFLICT and score >= CONFLICT else None
        # A telling that names only the month, week or year holding the other's day is no
        # evidence of that day's event by its sentence's words alone, which are the story's
        # background as often as not: "Misrata ... rose up with other towns against Muammar
        # Gaddafi's rule in mid-February, and it is now under attack" shares Libya, Gaddafi and
        # rule with "Violent unrest against Libya's Muammar Gaddafi spread to the capital Tripoli
        # on Sunday". There what one says happened must be in the other's sentence (told_within)
        if score >= SAME_EVENT and (a.date == b.date or told_within(i, j)):
            return "same"
        # each its seed's one event of a quiet day, unless who and where differ, or they share
        # no word but names: in a long story a quiet day's tellings are as often a photo caption
        # and a UN expert's charge ("A file photo of armed Libyan rebels ... on June 10", "Rape
        # is still being used as a brutal weapon of war ... including Libya") as one event
        # ("clashes that began on March 3" and "after clashes erupted on Sunday")
        alone = (a.relation == "on" and a.date == b.date and grains[a.date] == "day"
                 and per_day[(seed_a, a.date)] == 1 and per_day[(seed_b, b.date)] == 1
                 and tellers[a.date] <= QUIET_DAY and not other_names and not common <= name_words[i])
        return "same" if alone else None

    names_text = {seed: " ".join(sorted(names.get(seed, ()))) for seed in set(seeds)}
    capped = {day: min(count, QUIET_DAY + 1) for day, count in tellers.items()}

    def fingerprint(i: int) -> bytes:
        prepare(i)
        event, told_i, seed = stories[i], told_words[i], seeds[i]
        text = (f"{told_i[0]}\x1d{told_i[5]}" if told_i is not None
                else f"{' '.join(sorted(word_sets[i]))}\x1d{' '.join(sorted(spelling_sets[i]))}")
        return _fingerprint(event, seed, names_text[seed], core_sets[i], text, tag_sets[i],
                            per_day.get((seed, event.date), 0), capped.get(event.date, 0),
                            name_words[i], name_sets[i], place_sets[i], own_words[i], nation_sets[i],
                            actor_sets[i])

    fingerprints = _remembered(known, results, stories, told_words, every_name, capped, fingerprint)
    # every pair link() does not reject, as i * n + j with i < j: ints sort and hash fast
    n = len(stories)
    linked: dict[int, str] = {}
    settled: list[tuple[list[int], Component]] = []  # components reused whole: (indexes, outcome)
    if known is None:
        later = later_candidates(stories)
        for i in range(n):
            for j in later(i):
                kind = link(i, j)
                if kind is not None:
                    linked[i * n + j] = kind
    else:
        def link_prepared(i: int, j: int) -> str | None:
            prepare(i)
            prepare(j)
            return link(i, j)

        settled, linked = _reuse(known, fingerprints, stories, link_prepared)

    # for cohesive: each telling's linked partners, and per group how many tellings each seed
    # has in it (pairs within one seed are never linked, so they do not count)
    partners: dict[int, list[int]] = defaultdict(list)
    for pair in linked:
        i, j = divmod(pair, n)
        partners[i].append(j)
        partners[j].append(i)
    seed_counts: dict[int, Counter] = {}

    def cohesive(ra: int, rb: int) -> bool:
        """Most tellings of the one group are linked to most of the other: no chains of
        pairwise likenesses through a busy news day.

        Counted from the smaller group's side, through its tellings' partners: a pair count
        per candidate union would be cubic in a group of identical tellings (agency copy
        repeating a background sentence across a thousand articles)."""
        group_a, group_b = members_of(ra), members_of(rb)
        if len(group_a) > len(group_b):
            ra, rb, group_a, group_b = rb, ra, group_b, group_a
        counts_a = seed_counts.get(ra) or Counter({seeds[ra]: 1})
        counts_b = seed_counts.get(rb) or Counter({seeds[rb]: 1})
        if len(counts_a) > len(counts_b):
            counts_a, counts_b = counts_b, counts_a
        across = len(group_a) * len(group_b) - sum(k * counts_b[s] for s, k in counts_a.items())
        together = sum(root(y) == rb for x in group_a for y in partners.get(x, ()))
        return not across or together * 2 >= across

    def join(ra: int, rb: int) -> None:
        """members and seed counts of rb into ra (which stays the root), the smaller into the larger."""
        group_a, group_b = members_of(ra), members.pop(rb, None) or [rb]
        big, small = (group_a, group_b) if len(group_a) >= len(group_b) else (group_b, group_a)
        big.extend(small)
        members[ra] = big
        counts = [seed_counts.pop(r, None) or Counter({seeds[r]: 1}) for r in (ra, rb)]
        counts.sort(key=len, reverse=True)
        counts[0].update(counts[1])
        seed_counts[ra] = counts[0]

    # the pairs in the order a scan of every i and every later j meets them: union-find is
    # order-dependent, and pairs link() rejects change nothing
    for pair in sorted(linked):
        i, j = divmod(pair, n)
        ra, rb = root(i), root(j)
        if ra != rb and consistent(ra, rb) and cohesive(ra, rb):
            kind = linked[pair]
            union(i, j)
            join(ra, rb)
            if kind == "conflict":
                conflicts.append(i)
    for indexes, outcome in settled:  # as they were: the same tellings, pairs and order
        for position, i in enumerate(indexes):
            parent[i] = indexes[outcome.groups[position]]
        conflicts.extend(indexes[g] for g in outcome.conflicted)

    groups: dict[int, list[Event]] = {}
    for i, event in enumerate(stories):
        groups.setdefault(root(i), []).append(event)
    conflicted = {root(i) for i in conflicts}
    merged = [_combine(group, key in conflicted, grains) for key, group in groups.items()]
    merged += [_with_id(e) for e in events if e.is_article]
    every_print = frozenset(fingerprints)
    by_result: dict[str, list[bytes]] = {}
    for result, fp in zip(results, fingerprints):
        if result is not None:
            by_result.setdefault(result, []).append(fp)
    remembered = {result: tuple(prints) for result, prints in by_result.items()}
    if known is not None and known.fingerprints == every_print and len(settled) == len(known.components):
        components = known.components  # nothing new, nothing merged again
    else:
        components = tuple(c for _, c in settled) + _components(
            linked, n, fingerprints, [root(i) for i in range(n)], {root(i) for i in conflicts})
    links = Links(every_print, components, remembered, every_name, capped)
    if known is not None and links == known:
        links = known
    return _unique_ids(sorted(merged, key=sort_key)), links


def _remembered(known: Links | None, results: list[str | None], stories: list[Event],
                told_words: list[tuple | None], every_name: frozenset[str], capped: dict[str, int],
                fingerprint: Callable[[int], bytes]) -> list[bytes]:
    """Every telling's fingerprint: the one `known` kept for it where its seed result is the same
    and nothing it reads of the others changed (its day's capped count of seeds; whether a word
    it has is a name some seed uses), else `fingerprint(i)`. Names new or gone are few after
    one seed is added; a telling is looked at closely only when one of them occurs in its text
    (in its content words, lower-cased; its lead word; its own names, which read every_name
    for a sentence's first word), a substring test that can only err towards working it out."""
    counts = Counter(results)
    position: Counter = Counter()
    changed = (every_name ^ known.names) if known is not None else frozenset()
    lowered = {name.lower() for name in changed}
    out = []
    for i, result in enumerate(results):
        kept = known.by_result.get(result) if known is not None and result is not None else None
        at = position[result]
        position[result] += 1
        told = told_words[i]
        if (kept is None or len(kept) != counts[result] or told is None
                or capped.get(stories[i].date, 0) != known.tellers.get(stories[i].date, 0)
                or (changed and ((told[2] is not None and told[2][0] in changed)
                                 or any(name in told[0] for name in lowered)
                                 or any("^" + name in told[3] for name in changed)))):
            out.append(fingerprint(i))
        else:
            out.append(kept[at])
    return out


def _reuse(known: Links, fingerprints: list[bytes], stories: list[Event],
           link: Callable[[int, int], str | None]) -> tuple[list[tuple[list[int], Component]], dict[int, str]]:
    """The known components that stand as they were (with the indexes of their tellings now),
    and the pairs to merge again: those of the components a new, changed or gone telling
    touches, and the new tellings' own, worked out with `link`."""
    n = len(stories)
    where: dict[bytes, list[int]] = defaultdict(list)
    for i, fp in enumerate(fingerprints):
        where[fp].append(i)
    home: dict[bytes, int] = {}  # fingerprint -> its known component
    for c, component in enumerate(known.components):
        for fp in component.order:
            home[fp] = c
    touched = {home[fp] for fp in known.fingerprints - where.keys() if fp in home}
    fresh = [i for i, fp in enumerate(fingerprints) if fp not in known.fingerprints]
    new = set(fresh)
    linked: dict[int, str] = {}
    by_date: dict[str, list[int]] = defaultdict(list)
    for i, event in enumerate(stories):
        by_date[event.date].append(i)
    near = near_dates(set(by_date))
    for i in fresh:
        for value in near[stories[i].date]:
            for j in by_date[value]:
                if j == i or (j in new and j < i):
                    continue  # itself, or a pair already worked out from the other side
                first, second = (i, j) if i < j else (j, i)
                kind = link(first, second)
                if kind is not None:
                    linked[first * n + second] = kind
                    if j not in new:
                        touched.add(home.get(fingerprints[j], -1))
    settled = []
    for c, component in enumerate(known.components):
        indexes = [where[fp][0] if len(where.get(fp, ())) == 1 else -1 for fp in component.order]
        if c not in touched and all(0 <= a < b for a, b in zip(indexes, indexes[1:])) and indexes[0] >= 0:
            settled.append((indexes, component))
            continue
        for x, y, kind in component.pairs:  # merged again, from pairs decided last time
            for i in where.get(component.order[x], ()):
                for j in where.get(component.order[y], ()):
                    linked[i * n + j if i < j else j * n + i] = kind
    return settled, linked


def _components(linked: dict[int, str], n: int, fingerprints: list[bytes], roots: list[int],
                conflicted: set[int]) -> tuple[Component, ...]:
    """The components of the pairs merged this time, each with its outcome, for Links."""
    parent: dict[int, int] = {}

    def top(i: int) -> int:
        parent.setdefault(i, i)
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for pair in linked:
        a, b = top(pair // n), top(pair % n)
        if a != b:
            parent[max(a, b)] = min(a, b)
    parts: dict[int, list[int]] = defaultdict(list)
    for i in sorted(parent):
        parts[top(i)].append(i)
    pairs_of: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for pair, kind in linked.items():
        pairs_of[top(pair // n)].append((pair // n, pair % n, kind))
    built = []
    for key, indexes in parts.items():
        position = {i: p for p, i in enumerate(indexes)}
        first = {}
        for i in indexes:
            first.setdefault(roots[i], position[i])
        built.append(Component(
            tuple(fingerprints[i] for i in indexes),
            tuple((position[i], position[j], kind) for i, j, kind in pairs_of[key]),
            tuple(first[roots[i]] for i in indexes),
            frozenset(first[r] for r in {roots[i] for i in indexes} if r in conflicted)))
    return tuple(built)


FINGERPRINT_SIZE = 16


def _fingerprint(event: Event, seed: str, seed_names: str, core, words: str, tags, seed_day: int,
                 day_tellers: int, name_words=frozenset(), names=(0, frozenset()),
                 places=frozenset(), own=frozenset(), nations=frozenset(), actors=frozenset()) -> bytes:
    """A digest of everything `link` reads of one telling (its seed's names and its words given
    as sorted text): its folded words depend on which of its words are names in any seed
    (`name_words`); of how many events its seed and how many seeds tell of its day, only
    whether it is one and whether the day is quiet, so one more seed on a busy day leaves that
    day's other tellings as they were."""
    text = "\x1f".join((seed, event.relation, event.date, str(min(seed_day, 2)),
                        str(min(day_tellers, QUIET_DAY + 1)),
                        seed_names, " ".join(sorted(core)), words, "\x1e".join(sorted(tags)),
                        " ".join(sorted(name_words)), str(min(names[0], OWN_NAMES)),
                        " ".join(sorted(names[1])), "\x1e".join(sorted(places)), " ".join(sorted(own)),
                        "\x1e".join(sorted(nations)), " ".join(sorted(actors))))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=FINGERPRINT_SIZE).digest()


def _unique_ids(ordered: list[Event]) -> tuple[Event, ...]:
    """Ids are anchors, TimelineJS unique_ids and iCalendar UIDs, so no two may share one. Wire
    copy that repeats a paragraph tells the same thing twice in one seed; the second telling
    gets "-2", in chronological order, so the ids stay stable from run to run."""
    seen: dict[str, int] = {}
    out = []
    for event in ordered:
        seen[event.id] = seen.get(event.id, 0) + 1
        out.append(event if seen[event.id] == 1 else replace(event, id=f"{event.id}-{seen[event.id]}"))
    return tuple(out)


def _combine(group: list[Event], maybe_conflict: bool, grains: dict[str, str | None]) -> Event:
    """One entry from a group's tellings. `grains` maps dates to their granularity (filled here
    on a miss): 57,000 mentions at 10,000 seeds hold a few thousand dates."""
    if len(group) == 1:
        mentions = group[0].mentions
    else:
        mentions = tuple(m for e in group for m in e.mentions)
    days: Counter = Counter()
    for m in mentions:
        grain = grains.get(m.date, _UNKNOWN)
        if grain is _UNKNOWN:
            grain = grains[m.date] = cal.granularity_of(m.date)
        if grain == "day":
            days[m.date] += 1
    conflict = len(days) > 1 and maybe_conflict
    if len(days) == 1:
        date = next(iter(days))
    elif days:
        # the most specific date most sources agree on; a conflict takes the majority day, and
        # a tie the day of the latest report (a later report corrects an earlier one)
        reported = {}
        for m in mentions:
            if m.date in days and m.anchor and ISO_DAY.match(m.anchor):
                reported[m.date] = max(reported.get(m.date, ""), m.anchor)
        date = sorted(days.items(), key=lambda kv: (-kv[1], _negated(reported.get(kv[0], "")), kv[0]))[0][0]
    else:
        date = sorted((e.date for e in group), key=lambda v: (-len(v), v))[0]
    # the headline: from a telling of the entry's own date (one merged from a neighbouring day
    # tells that day's side of it: "American officials were arriving Wednesday" headed Hillary
    # Clinton's arrival on Saturday), with the most specific date, a whole clause that says who
    # did what ("We flew" or "Lockout declared" loses to a fuller telling), what the entry's
    # voices agree happened (_agreed_words), the shortest such
    if len(group) == 1:
        lead = group[0]
    else:
        candidates = [e for e in group if e.date == date] or group
        agreed = _agreed_words(candidates, group) if len(candidates) > 1 else {}
        # the most agreed words of a headline fit to lead: a long one's many words set no bar
        enough = AGREED_ENOUGH * max((agreed[id(e)] for e in candidates if agreed and not any(_flaws(e))),
                                     default=0)
        lead = min(candidates, key=lambda e: _lead_key(e, agreed.get(id(e), 0) < enough))
    tags = tuple(dict.fromkeys(t for e in group for t in e.tags))
    return Event(_event_id(mentions, lead.relation, lead.headline), date, lead.relation, lead.headline,
                 mentions, tags, conflict)


ISO_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")


# An entry told in at least AGREEING_VOICES voices is headed by what they agree happened: a
# headline's word is agreed when at least AGREE_SHARE of the other voices use it in their
# sentences, and of the headlines with AGREED_ENOUGH of the most agreed words any has, the
# shortest wins. A headline longer than LONG_HEADLINE words reads as a paragraph, and its words
# would agree by their number alone. Fewest words alone chose fragments: on 17 March 2011
# "Organizers of the conference said it will look" headed 28 tellings of the Security Council's
# vote for a no-fly zone over Libya, on 30 April "The TV appearance was the first for Gadhafi"
# the NATO strike that killed Gaddafi's youngest son.
AGREEING_VOICES = 3
AGREE_SHARE = 1 / 3
AGREED_ENOUGH = 2 / 3
LONG_HEADLINE = 20


def _said_words(text: str) -> frozenset[str]:
    """The words of a headline or a sentence as agreement compares them: not stopwords, light
    verbs or speakers (NOT_CORE), lower-cased and spelt by core_stem so synonyms and British and
    American spellings meet ("authorise", "authorize")."""
    return frozenset(core_stem(w) for w in (w.strip("'") for w in WORD.findall(text.lower()))
                     if len(w) > 2 and w not in NOT_CORE)


def _happened_words(headline: str) -> frozenset[str]:
    """_said_words of a headline's words that are not names (capitalised past its first word):
    what happened, not who. Every telling names the story's people ("Secretary of State Hillary
    Clinton"), so a headline rich in names agreed by their number alone: "U.S. recognizes
    Libyan rebels' authority By the CNN Wire Staff U.S. Secretary of State Hillary Clinton"
    over "The United States recognized the rebel movement based in Benghazi"."""
    words = WORD.findall(headline)
    return _said_words(" ".join(w for k, w in enumerate(words) if k == 0 or not w[0].isupper()))


def _agreed_words(candidates: list[Event], group: list[Event]) -> dict[int, int]:
    """Per candidate (by id()), how many of its headline's words the entry's other voices agree
    on (AGREE_SHARE of them use the word); {} when the entry has fewer than AGREEING_VOICES.

    A voice is the tellings of one headline, its words those of their sentences: copies of one
    wire are one voice, not six (Reuters repeats its chronology in every factbox, some copies
    ending ", his government says")."""
    voices: dict[frozenset[str], set[str]] = {}
    for event in group:
        voices.setdefault(_said_words(event.headline), set()).update(
            _said_words(" ".join(m.sentence for m in event.mentions)))
    if len(voices) < AGREEING_VOICES:
        return {}
    using: Counter = Counter(w for words in voices.values() for w in words)
    needed = max(1.0, AGREE_SHARE * (len(voices) - 1))
    agreed = {}
    for event in candidates:
        own = voices[_said_words(event.headline)]
        agreed[id(event)] = sum(using[w] - (w in own) >= needed for w in _happened_words(event.headline))
    return agreed


# A chronology's line opens with its date and a dash or a colon ("April 30 - A NATO missile
# attack on a house in Tripoli kills Gaddafi's youngest son and three grandchildren"): written
# to say what happened that day, as a journalist would title it. Not a reader's comment stamped
# with its day and time ("10th March 2012 - 10:53 Would like to wish Kofi Annan all the best").
CHRONOLOGY_MARK = re.compile(r"\s*[-–—:](?!\s*\d\d?:\d\d)")


def _chronology_line(event: Event) -> bool:
    """The telling is a chronology's line (CHRONOLOGY_MARK after its date's expression)."""
    mention = event.mentions[0]
    expression = mention.expression
    return bool(expression and mention.sentence.startswith(expression)
                and CHRONOLOGY_MARK.match(mention.sentence, len(expression)))


# A headline that opens with one of these is a clause told by the way, waiting for its main
# clause: "While the opposition has managed to fight off onslaughts by Gadhafi's forces in some
# places", "As the opposition sought greater support", "Since the coalition military operation
# began more than a week ago"; not "As many as 200,000 people died in the earthquake"
DEPENDENT = re.compile(r"(?:while|as(?! (?:many|much|well|long|far|soon|of)\b)|although|though|because|if|since|"
                       r"when|whereas|unless|until)\b", re.I)


def _flaws(event: Event) -> tuple[bool, bool, bool]:
    """What unfits a telling's headline to lead its entry, worst first: cut ("…"); thin (one or
    two words besides stopwords: "The treaty was suspended" says less than "Italy suspended a
    treaty with Libya that includes a non-aggression pact"; a pronoun for subject: out of its
    article nobody knows who "we" or "they" are; a clause by the way: DEPENDENT; or a
    question); long (LONG_HEADLINE)."""
    headline = event.headline
    words = len(headline.split())
    said = sum(word.lower() not in STOPWORDS for word in headline.split())
    thin = (said < 3 or PRONOUN.match(headline) is not None or DEPENDENT.match(headline) is not None
            or headline.endswith("?"))
    return "…" in headline, thin, words > LONG_HEADLINE


def _lead_key(event: Event, disagreed: bool = False) -> tuple:
    """Which telling's headline an entry takes: the most specific date, no flaw (_flaws, the
    worst weighed first), agreed enough (`disagreed` False: see AGREED_ENOUGH), a chronology's line, the
    fewest words, the first seed."""
    return (-len(event.date), *_flaws(event), disagreed, not _chronology_line(event),
            len(event.headline.split()), event.mentions[0].seed)


def _negated(text: str) -> tuple[int, ...]:
    """Sorts later ISO dates first."""
    return tuple(-ord(c) for c in text)


def _with_id(event: Event) -> Event:
    return Event(_event_id(event.mentions, event.relation, event.headline), event.date, event.relation,
                 event.headline, event.mentions, event.tags, event.conflict, event.is_article)


def _event_id(mentions: tuple[Mention, ...], relation: str, headline: str) -> str:
    """An id from the earliest source's telling, so repeated runs give the same ids."""
    first = mentions[0] if len(mentions) == 1 else min(mentions, key=lambda m: (m.seed, m.sentence))
    digest = hashlib.sha1(f"{first.seed}\n{first.sentence}\n{first.date}\n{relation}\n{headline}"
                          .encode("utf-8")).hexdigest()[:10]
    return f"e-{digest}"


def sort_key(event: Event) -> tuple:
    return (*_date_order(event.date), RELATION_RANK.get(event.relation, 1), not event.is_article,
            event.headline, event.id)


@lru_cache(maxsize=65536)
def _date_order(value: str) -> tuple[dt.date, int]:
    """Where a date sorts: its first day, then coarser before finer (2024 before 2024-03)."""
    start = cal.period_start(value) or (span(value) or (dt.date.max,))[0]
    return start, {"year": 0, "month": 1, "day": 2}.get(cal.granularity_of(value) or "", 1)
