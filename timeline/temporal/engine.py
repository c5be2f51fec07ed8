"""The small engine: run every rule, keep the longest leftmost matches, resolve them in text order.

The engine knows no English: words live in `vocabulary`, patterns in `rules_en`, and the meaning
of a match in `resolvers`. A rule's pattern may contain a group named `timex`; that group is the
tagged extent and the rest of the match is context (a preposition, say). Without one, the
whole match is the extent.

Speed and linearity: one regex pass (a trie of every trigger spelling) finds each rule's trigger
words, another the digit runs some rule asks for, and a rule's regex runs only in short
`(pos, endpos)` windows around them, so most of a text is never tried by most rules and no match
can reach further than `REACH_BEFORE`/`REACH_AFTER` from its trigger. Inside a window, a pattern
that opens with `\\b` or a lookbehind is guarded by a lookahead of the characters it can start
with (`first_character_guard`). Tense cues are read once per sentence and only for resolvers
that use them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Callable, Mapping, NamedTuple

from ..model import Timex
from . import vocabulary
from .vocabulary import (  # the words tense cues are read from
    FUTURE_WORDS, FUTURE_BEFORE_TO, BEFORE_INFINITIVE, PAST_WORDS, PRESENT_WORDS,
    SCHEDULE_VERBS, SCHEDULE_PROGRESSIVES, SUBJECT_PRONOUNS, QUANTIFIERS, CLAUSE_OPENERS,
    COPULA_PLAN_NEXT, PARTICIPLES, SINGULAR_SUBJECTS, NOT_PAST_ED, PASSIVE_AUXILIARIES,
    PLAN_WORDS, PAST_AUXILIARIES, CHAIN_UNITS, DETERMINERS, ARTICLES, ADVERBS, DUTY_MODALS,
    DESIRE_VERBS, PAST_DESIRES, CONDITIONALS, COULD_NOT_AHEAD, NEGATIVES)


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: str
    resolver: str
    type: str = "DATE"
    params: Mapping[str, object] = field(default_factory=dict)
    examples: Mapping[str, str] = field(default_factory=dict)  # text -> value, DCT 2023-11-25
    near_misses: tuple[str, ...] = ()
    flags: int = 0
    # words of which every match contains one: lower case matches any case ("day": day, Day, DAY),
    # a capital only itself ("Day" in "Labor Day", not the common "day"); "#4" is four digits
    trigger: str = ""


# Resolved and Context are made once per match, so they are immutable named tuples: a frozen
# dataclass sets each field through object.__setattr__, and the two cost 10 us a match (6% of
# tagging) where these cost 3.
class Resolved(NamedTuple):
    value: str
    reason: str
    anchor: str | None = None
    type: str | None = None  # overrides the rule's type ("Tuesday night" is a TIME)
    mod: str | None = None
    day: dt.date | None = None  # a day this value pins down, for later chains ("two days later")
    topical: bool = True  # False: an anaphor ("the year-ago quarter") that must not become the topic
    # a calendar value the expression makes the topic though it is not its own value: "the first
    # nine months" (P9M) of earnings copy makes its year the period "a year earlier" counts from
    topic: str | None = None
    # the text names this period ("in January"), though its year may be inferred; by default a
    # value without an anchor is named and one worked out from an anchor ("a year ago") is not
    named: bool | None = None


class Context(NamedTuple):
    """What a resolver may know besides its match."""

    dct: dt.date
    tense: str  # past | future | present | unknown (a present perfect is past, with `perfect`;
    #             a scheduling present is present, with `plan`)
    previous: dt.date | None  # the last day the text mentioned, for chains; None: use the DCT
    countries: tuple[str, ...]
    sentence: str
    last_value: str | None = None  # the last calendar value the text gave ("1989-Q3"), for anaphora
    before: str = ""  # up to 40 characters of text just before the expression, for cues
    gap: int | None = None  # characters since the expression that gave `previous` ended
    last_named: bool = False  # `last_value` was written out ("in March 2011"), not worked out ("a year ago")
    perfect: bool = False  # the past `tense` is a present perfect ("has given them until Tuesday")
    plan: bool = False  # the present `tense` schedules ("Parliament votes Friday", "the hearing is on Monday")
    planned: bool = False  # the past `tense` tells a plan ("was due to meet on Saturday"), which may still be ahead
    # the future `tense` was told on this day, named earlier in the sentence beside its reporting
    # verb and before the DCT ("said on Monday that parliament would vote on Tuesday": the Tuesday
    # after that Monday)
    told_on: dt.date | None = None
    # inside a live page's entry stamped a later day, `dct` is that day and this the page's own
    # date: the days from one to the other are the days the page tells of
    page_date: dt.date | None = None


class ImpossibleDate(ValueError):
    """Raised by a resolver whose match names a day no calendar has ("31 February 2023")."""


@dataclass(frozen=True, slots=True)
class CompiledRule:
    rule: Rule
    regex: re.Pattern
    resolve: Callable[[re.Match, Rule, Context], Resolved | None]
    trigger: frozenset[str] | None = None
    uses_tense: bool = True  # False: the resolver never reads the tense, so none is looked for
    has_timex: bool = False  # the pattern names its extent with a group "timex"
    group: int = -1  # its distinct trigger, numbered in rule order (-1: no trigger, the whole text)
    entry_day: str | None = None  # inside a live page's stamped entry: "local" or "agreed" (see LivePages)


@dataclass(frozen=True, slots=True)
class LivePages:
    """How a live page stamps its entries, compiled: the stamps that name a day (groups `local`,
    the day where it happened, and `home`, the newsroom's), the opener of any entry, and how many
    days after the page's date a stamp may name (see rules_en.LIVE_STAMPS)."""

    stamps: tuple[tuple[str, re.Pattern], ...]  # each with a word every match of it holds
    opener: re.Pattern
    reach: int
    reason: str  # added to the reason of a value the entry's day anchored; {page}: the page's date


@dataclass(frozen=True, slots=True)
class CompiledTable:
    """Compiled rules plus the spelling of every trigger word (a spelling -> its key, or keys)."""

    rules: tuple[CompiledRule, ...]
    forms: Mapping[str, str | tuple[str, ...]]
    digit_keys: frozenset[str]
    # one regex that finds only the trigger spellings (as whole words), so a text's other words
    # are skipped in C rather than each looked up in `forms`
    scanner: re.Pattern | None = None
    # the digit runs some key asks for (by length, and the character after them where a key names one)
    digit_scanner: re.Pattern | None = None
    # for each key, the groups (see CompiledRule.group) of the triggers it is in: rules that share
    # a trigger share its windows, worked out once per text
    key_triggers: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    live: LivePages | None = None


def compile_table(rules, resolvers: Mapping[str, Callable], live: LivePages | None = None,
                  entry_day_rules: Mapping[str, str] | None = None) -> CompiledTable:
    compiled = compile_rules(rules, resolvers)
    if entry_day_rules:
        compiled = tuple(replace(c, entry_day=entry_day_rules.get(c.rule.name)) for c in compiled)
    words = frozenset().union(*(c.trigger for c in compiled if c.trigger))
    keys_of: dict[str, list[str]] = {}
    for word in sorted(w for w in words if not w.startswith("#")):
        spellings = (word,) if word[0].isupper() else (word, word.capitalize(), word.upper())
        for form in spellings:
            keys_of.setdefault(form, []).append(word)
    forms = {form: keys[0] if len(keys) == 1 else tuple(keys) for form, keys in keys_of.items()}
    if any(len(form) > 40 for form in forms):
        raise ValueError("trigger words are at most 40 letters (scan_words looks no further at a text's start)")
    digit_keys = frozenset(w for w in words if w.startswith("#"))
    triggers = tuple(dict.fromkeys(c.trigger for c in compiled if c.trigger))
    index = {trigger: i for i, trigger in enumerate(triggers)}
    compiled = tuple(replace(c, group=index[c.trigger]) if c.trigger else c for c in compiled)
    key_triggers = {word: tuple(i for i, trigger in enumerate(triggers) if word in trigger) for word in words}
    return CompiledTable(compiled, forms, digit_keys, word_scanner(forms), digit_scanner(digit_keys),
                         key_triggers, live)


def compile_live_pages(stamps: tuple[tuple[str, str], ...], opener: str, reach: int, reason: str) -> LivePages:
    return LivePages(tuple((word, re.compile(vocabulary.expand(stamp))) for word, stamp in stamps),
                     re.compile(vocabulary.expand(opener)), reach, reason)


def live_entry_days(text: str, live: LivePages | None, dct: dt.date) -> list[tuple[int, int, dt.date, dt.date | None]]:
    """The entries of a live page whose stamp names a day after the page's date `dct`, in order:
    (start, end, the stamp's local day, that day again where the stamp has no other day, else None).

    A stamp's weekday names a day after the page's only within `live.reach` days; its own weekday
    is the page's date itself, and an entry of that day keeps the page's date. The second day of
    a stamp ("12:16 a.m. Thursday in Cairo , 5:16 p.m. ET Wednesday") makes "today" and "this
    afternoon" ambiguous (whose afternoon?) but not a weekday, which names its own day. A stamp
    with a second clock and no second weekday ("12:24 a.m. Monday in Cairo , 5:24 p.m. ET") has
    the day of neither clock agreed.
    """
    if live is None:
        return []
    stamps = sorted((m for word, stamp in live.stamps if word in text for m in stamp.finditer(text)),
                    key=lambda m: m.start())
    if not stamps:
        return []
    openers = [m.start() for m in live.opener.finditer(text)]
    entries = []
    for m in stamps:
        local = m["local"]
        if not local or not _opens_entry(text, m):
            continue
        ahead = (vocabulary.weekday_number(local) - dct.weekday()) % 7
        if not 0 < ahead <= live.reach:
            continue
        day = dct + dt.timedelta(days=ahead)
        home = m["home"]
        if home:
            agreed = day if vocabulary.weekday_number(home) == day.weekday() else None
        else:
            agreed = None if any(c.isdigit() for c in text[m.end("local"):m.end()]) else day
        following = bisect.bisect_right(openers, m.start())
        end = openers[following] if following < len(openers) else len(text)
        entries.append((m.start(), end, day, agreed))
    if entries:
        entries = sorted(entries + _entries_after_a_dated_one(text, stamps, openers, entries, live, dct))
    return entries


def _entries_after_a_dated_one(text: str, stamps, openers, dated, live: LivePages, dct: dt.date):
    """Entries whose stamp names no day, above one that names a later day than the page's, on a
    page whose entries run newest first: they are of that day, or of the next once their clocks
    pass midnight ("Update 12:30 a.m. in Cairo" above "Update 11:45 p.m. in Cairo"), within
    `live.reach` days of the page's date. CNN's live page of Thursday 10 February 2011 stamps
    "Update 11:02 a.m. Friday in Cairo" and then, above it, "Update 6:01 p.m. in Cairo": its
    "said Friday" there was read as the Friday before the page.

    The clocks are read from the stamp's groups `hour`, `minute` and `half` ("a" or "p"); a page
    whose clocks do not mostly fall from the top down is not read so. Entries of no other
    day are (start, end, day, None): no home day is agreed.
    """
    opening = [m for m in stamps if _opens_entry(text, m)]
    clocks = [_clock_minutes(m) for m in opening]
    known = [c for c in clocks if c is not None]
    falls = sum(a > b for a, b in zip(known, known[1:]))
    if len(known) < 3 or falls < 0.8 * (len(known) - 1):
        return []
    day_of = {start: day for start, _, day, _ in dated}
    found = []
    carried: dt.date | None = None
    carried_clock: int | None = None
    for m, clock in zip(reversed(opening), reversed(clocks)):
        if m["local"]:
            ahead = (vocabulary.weekday_number(m["local"]) - dct.weekday()) % 7
            carried = day_of.get(m.start(), dct if ahead == 0 else None)
        elif carried is not None:
            if clock is not None and carried_clock is not None and clock < carried_clock:
                carried += dt.timedelta(days=1)  # past midnight since the entry below
                if (carried - dct).days > live.reach:
                    carried = None
            if carried is not None and carried != dct:
                following = bisect.bisect_right(openers, m.start())
                end = openers[following] if following < len(openers) else len(text)
                found.append((m.start(), end, carried, None))
        if clock is not None:
            carried_clock = clock
    return found


def _clock_minutes(stamp: re.Match) -> int | None:
    """Minutes after midnight of a stamp's first clock, where it says a.m. or p.m.; else None."""
    if "half" not in stamp.re.groupindex or not stamp["half"]:
        return None
    return (int(stamp["hour"]) % 12 + (12 if stamp["half"] in "pP" else 0)) * 60 + int(stamp["minute"] or 0)


ENTRY_ENDS = ".!?\"”’')]:"  # what the text before a stamp ends with when the stamp opens an entry


def _opens_entry(text: str, stamp: re.Match) -> bool:
    """Whether a stamp opens a live entry: it says "Update(d)", or nothing but the end of a sentence
    or a line comes before it. A two-clock aside inside a sentence is no entry's stamp: "The first
    Tomahawk missiles struck Libya (2 p.m. Saturday ET, 8 p.m. Saturday in Libya), the Pentagon
    said" in an article of the Wednesday after names the Saturday before, not the one ahead."""
    if "Updat" in stamp.group():
        return True
    before = text[max(0, stamp.start() - 200):stamp.start()].rstrip(" \t")
    return not before or before.endswith("\n") or before.endswith(tuple(ENTRY_ENDS))


def digit_scanner(digit_keys) -> re.Pattern | None:
    """A regex finding the whole digit runs that some key in `digit_keys` could file.

    "#4" asks for runs of four digits, "#5" for five or more, "#2:" for two digits before a colon;
    every other run (prices, scores, counts) is skipped in C.
    """
    if not digit_keys:
        return None
    alternatives = []
    for length in sorted({int(k[1]) for k in digit_keys}, reverse=True):
        plain = f"#{length}" in digit_keys
        after = "".join(sorted(k[2] for k in digit_keys if k[1] == str(length) and len(k) > 2))
        rest = r"\d{4,}" if length == 5 else rf"\d{{{length - 1}}}"  # after the first digit
        if plain:
            alternatives.append(rest + r"(?!\d)")
        elif after:
            alternatives.append(rest + f"(?=[{re.escape(after)}])")
    # starting with a plain digit lets the regex engine skip to the next digit in C
    return re.compile(r"\d(?<!\d\d)(?:" + "|".join(alternatives) + ")")


def _trie_pattern(words) -> str:
    """An alternation of `words` as a trie, so each position tries a letter once, not every word."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here and longer ones go on
            return body + "?" if body.startswith("(?:") and len(branches) > 1 else f"(?:{body})?"
        return body

    return emit(trie)


def word_scanner(forms) -> re.Pattern | None:
    """A regex finding, in lower-cased text, each of `forms` where it is a whole run of letters.

    The match takes the one non-letter before the word too, and group 1 is the word: a pattern
    that starts with a character class lets the regex engine skip in C to the next character
    that ends a word, instead of trying the trie at every letter (twice as fast as a lookbehind
    for a letter). It runs over lower-cased text, so its trie holds each word once rather than
    in three cases; `scan_words` keeps only the hits written as one of `forms`.
    """
    if not forms:
        return None
    return re.compile(r"[\W\d_](" + _trie_pattern({form.lower() for form in forms}) + r")(?![^\W\d_])")


def scan_words(scanner: re.Pattern | None, text: str, forms, longest: int = 40):
    """The (start, end, form) of every word of `forms` that `scanner` (a `word_scanner`) finds in `text`.

    Lower-casing changes no letter into a non-letter and, where the text keeps its length, no
    offset; a text where it does not ("İ" becomes two characters), or with no scanner, is read
    word by word (lower, Capitalized and UPPER forms are all listed: no str.lower() there).
    """
    lowered = text if scanner is None else text.lower()
    if scanner is None or len(lowered) != len(text):
        for token in _WORD.finditer(text):
            if token[0] in forms:
                yield token.start(), token.end(), token[0]
        return
    if lowered[:1].isalpha():  # a word at the text's start: seen through a newline put before it
        first = scanner.match("\n" + lowered[:longest + 1])
        if first is not None:
            start, end = first.start(1) - 1, first.end(1) - 1
            if text[start:end] in forms:
                yield start, end, text[start:end]
    for m in scanner.finditer(lowered):
        start, end = m.span(1)
        written = text[start:end]
        if written in forms:  # "may" and "MAy" are no form of "May"
            yield start, end, written


try:  # the standard library's own regex parser, read only to learn what a pattern can start with
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # Python before 3.11
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_CATEGORY_CLASS = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D",
                   _sre.CATEGORY_SPACE: r"\s", _sre.CATEGORY_NOT_SPACE: r"\S",
                   _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W"}
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)


class _AnyFirst(Exception):
    """The pattern may start with any character (or with none)."""


def _first_items(items) -> tuple[set[str], bool]:
    """Character-class items one of which a match of `items` starts with, and whether it can be empty."""
    firsts: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _sre.LITERAL:
            return firsts | {re.escape(chr(av))}, False
        if op is _sre.IN:
            for kind, value in av:
                if kind is _sre.LITERAL:
                    firsts.add(re.escape(chr(value)))
                elif kind is _sre.RANGE:
                    firsts.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                elif kind is _sre.CATEGORY and value in _CATEGORY_CLASS:
                    firsts.add(_CATEGORY_CLASS[value])
                else:  # a negated set, a case-folded one ...
                    raise _AnyFirst
            return firsts, False
        if op is _sre.SUBPATTERN:
            if av[1] or av[2]:  # inline flags ("(?i:...)") change what a character matches
                raise _AnyFirst
            inner, empty = _first_items(av[-1])
        elif op is _sre.BRANCH:
            inner, empty = set(), False
            for alternative in av[1]:
                chars, can_be_empty = _first_items(alternative)
                inner |= chars
                empty = empty or can_be_empty
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) or op is getattr(_sre, "POSSESSIVE_REPEAT", None):
            inner, empty = _first_items(av[2])
            empty = empty or av[0] == 0
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            inner, empty = _first_items(av)
        else:  # any character, a back reference, a conditional ...
            raise _AnyFirst
        firsts |= inner
        if not empty:
            return firsts, False
    return firsts, True


def first_character_guard(pattern: str, flags: int = 0) -> str:
    """A lookahead for the characters a match of `pattern` can start with, or "" if any can.

    A pattern that opens with `\\b`, a lookbehind or a group gives the regex engine nothing to
    skip ahead with, so it runs its whole first alternation at every position; this guard turns
    most positions down at their first character (the duration rule runs 40% faster). It only
    lists characters a match could start with, so it never changes what the pattern matches.
    """
    try:
        parsed = _sre_parse.parse(pattern, flags)
        if parsed.state.flags & (re.IGNORECASE | re.LOCALE | re.VERBOSE) or not parsed.data \
                or parsed.data[0][0] in (_sre.LITERAL, _sre.IN):
            return ""  # a pattern that starts with a character or a set already lets the engine skip
        firsts, empty = _first_items(parsed.data)
    except Exception:  # noqa: BLE001 - _AnyFirst, or a parser of another shape: no guard, same matches
        return ""
    if empty or not firsts:
        return ""
    return "(?=[" + "".join(sorted(firsts)) + "])"


def compile_rules(rules, resolvers: Mapping[str, Callable]) -> tuple[CompiledRule, ...]:
    compiled = []
    for rule in rules:
        if rule.resolver not in resolvers:
            raise KeyError(f"rule {rule.name}: no resolver named {rule.resolver!r}")
        trigger = frozenset(w if w[0].isupper() else w.lower() for w in rule.trigger.split()) \
            if rule.trigger else None
        resolve = resolvers[rule.resolver]
        pattern = vocabulary.expand(rule.pattern)
        regex = re.compile(first_character_guard(pattern, rule.flags) + pattern, rule.flags)
        compiled.append(CompiledRule(rule, regex, resolve, trigger, getattr(resolve, "uses_tense", False),
                                     "timex" in regex.groupindex))
    return tuple(compiled)


# --- tense ------------------------------------------------------------------------------------

# Tense cues, word by word, from the sets in `vocabulary`.
_CUE_WORD = re.compile(r"[A-Za-z']+")
# a past form after a hyphen is a compound adjective after a determiner ("a state-imposed
# curfew", "its color-coded system") or "so-"; after a subject it is a verb ("Iran test-fired two
# missiles", "The Senate fast-tracked the bill": review of 8d177ee)
_COMPOUND_ADJECTIVE_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?:a|an|the|its|his|her|their|our|your|this|that|these|those|some|any|no|every|each|"
    r"another)\s+\S+|(?<![A-Za-z])so)-\Z", re.I)
# ... and always a verb when the part before the hyphen is a verb's prefix ("re-elected",
# "co-founded", "e-mailed")
_VERB_PREFIX_BEFORE = re.compile(r"(?<![A-Za-z])(?:re|co|pre|de|un|mis|over|under|out|counter|cross|e|x)-\Z", re.I)
# every word that any branch of `tense_cues` looks at (besides "-ed" and "'ll" forms)
_CUE_WORDS = (FUTURE_WORDS | FUTURE_BEFORE_TO | PAST_WORDS | PRESENT_WORDS | SCHEDULE_VERBS
              | PLAN_WORDS | PAST_AUXILIARIES | DUTY_MODALS | DESIRE_VERBS | PAST_DESIRES | CONDITIONALS
              | {"due", "next", "could"})


# a present perfect is a past tense and a scheduling present a present one, each with its flag
_CONTEXT_TENSE = {"perfect": "past", "plan": "present", "planned": "past", "reported": "past",
                  "reports": "present", "modal": "future", "conditional": "future", "possible": "future",
                  "told-ahead": "future"}
# what ends a modal's clause: a comma, colon or bracket, or a stop before a new sentence that the
# sentence splitter kept ("... the July 7 bombings .\n` ` You may believe")
_CLAUSE_BREAK = re.compile(r"[,;:()!?]|\.\s+[`'\"“A-Z]")

# the day of a saying: "said on Monday", "told reporters late on Monday", "on Monday said"; a
# "would" after it counts ahead from that day
_SAYING = "(?:" + "|".join(sorted(vocabulary.REPORTING_VERBS | {"says"})) + ")"
_SAID_BEFORE = re.compile(r"\b" + _SAYING + r"(?:\s+[a-z]+)?\s+(?:on\s+)?\Z")
_SAID_AFTER = re.compile(r"\s+" + _SAYING + r"\b")
TENSE_WINDOW = 400  # characters either side of an expression where tense cues count
AFTER_PENALTY = 30  # a cue before the expression governs it more often than one after
# "could" governs only what follows it closely: "the package could be decided at a meeting on
# Sunday", not "the unrest could increase following the release of a video on Saturday"
POSSIBLE_REACH = 50


def tense_cues(sentence: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Positions and tenses of every tense cue in `sentence`, in order (found once per sentence)."""
    positions: list[int] = []
    tenses: list[str] = []
    if sentence.isascii():  # lower-cased once: the same words at the same places
        words = [(m.start(), m[0]) for m in _CUE_WORD.finditer(sentence.lower())]
    else:
        words = [(m.start(), m[0].lower()) for m in _CUE_WORD.finditer(sentence)]
    condition = False  # an "if"/"unless" whose clause has shown no verb yet
    for i, (position, word) in enumerate(words):
        last = word[-1]
        if word in CONDITIONALS:
            condition = not (i and words[i - 1][1] == "as")  # "as if" compares
            continue
        third_person = (last == "s" and i > 0 and words[i - 1][1] in SINGULAR_SUBJECTS
                        and len(word) >= 4 and not word.endswith(("ss", "'s")))  # "who visits"
        if word == "wo" and i + 1 < len(words) and words[i + 1][1] == "n't":
            positions.append(position)  # tokenised copy writes "won't" as "wo n't"
            tenses.append("future")
            continue
        if word not in _CUE_WORDS and not third_person and not (last in "dl" and word.endswith(("ed", "'ll"))):
            continue  # most words are no cue: skip the checks below
        following = words[i + 1][1] if i + 1 < len(words) else ""
        if word in ("has", "have") and (following in ADVERBS or following == "since") and i + 2 < len(words):
            following = words[i + 2][1]  # "has since represented", "have already left": the participle
        if word == "due" and following == "to" and i + 2 < len(words) and \
                words[i + 2][1] in DETERMINERS:
            continue  # "cancelled due to the storm": a cause, not a plan
        if word in PAST_AUXILIARIES and following in FUTURE_BEFORE_TO and i + 2 < len(words) \
                and words[i + 2][1] == "to":
            continue  # "were planning to drive ... on Monday": the plan's day is ahead
        if sentence[position + len(word):position + len(word) + 1] == "-" and word in FUTURE_WORDS:
            continue  # "a would-be assassination", "the next-generation jet": an adjective
        if word == "next" and following in ("to", "door"):
            continue  # "next to the embassy", "the police center next door": a place
        if word == "next" and i and words[i - 1][1] in ("the", "that") and following in CHAIN_UNITS:
            continue  # "The next day, the violence escalates": a step from the last date, no future
        if word == "expected" and i and words[i - 1][1] in ("than", "as"):
            continue  # "better-than-expected earnings", "as expected": a comparison, no plan
        if word in ("planned", "scheduled") and i and (words[i - 1][1] == "as" or (
                i > 1 and words[i - 1][1].endswith("ly") and (words[i - 2][1] == "as"
                                                              or words[i - 2][1] in ARTICLES))):
            continue  # "began as previously planned", "the hastily planned trip": no plan ahead
        if word in PLAN_WORDS and i > 1 and words[i - 1][1] == "been" and words[i - 2][1] in ("has", "have"):
            tense = "future"  # "the vote has been scheduled for Friday": a plan still ahead
        elif word in PLAN_WORDS and i and words[i - 1][1] in PAST_AUXILIARIES:
            # "was due to meet on Saturday", "had been scheduled to expire Friday": a plan told in
            # the past, whose day may be behind or still ahead
            tense = "planned"
        elif word in ("has", "have") and not (following == "been" and i + 2 < len(words)
                                                and words[i + 2][1] in PLAN_WORDS) and (
                following in PAST_WORDS or following in PARTICIPLES or (
                len(following) >= 4 and following.endswith(("ed", "en")))):
            tense = "perfect"  # "the toll has risen since Friday": the perfect looks back
        elif word in ("would", "could", "might", "must", "should") and following == "have" and i + 2 < len(words) \
                and (words[i + 2][1] in PAST_WORDS or words[i + 2][1] in PARTICIPLES
                or words[i + 2][1].endswith(("ed", "en"))):
            tense = "past"  # "would have seemed", "could have been": what might have been, a past
        elif word == "could":
            if not following or sentence[position + len(word):words[i + 1][0]].strip() \
                    or _could_of_the_past(words, i):
                continue  # "as fast as he could.", "gunfire could be heard Thursday": a past ability
            tense = "possible"  # "it could take until Thursday": ahead, near it in its clause
        elif word in DUTY_MODALS:
            if following == "have" or (word == "may" and sentence[position] == "M"):
                continue  # "as it should have that Tuesday morning": a duty missed; "in May": a month
            tense = "modal"
        elif word in PAST_DESIRES and following == "to" and not sentence[position + len(word):words[i + 1][0]].strip():
            tense = "planned"  # "Britain hoped to put it to a vote by Friday": a plan told in the past
        elif word in DESIRE_VERBS and following == "to" and not sentence[position + len(word):words[i + 1][0]].strip():
            tense = "modal"  # "needs to raise the money by Monday": ahead, within its clause
        elif word in FUTURE_BEFORE_TO and following == "to" and i and words[i - 1][1] in ("was", "were") \
                and not sentence[position + len(word):words[i + 1][0]].strip():
            tense = "planned"  # "he was going to dissolve the government Saturday": a plan told in the past
        elif word in FUTURE_WORDS or word.endswith("'ll") or (
                word in FUTURE_BEFORE_TO and following == "to"  # not "from about 1 to 8 a.m."
                and not sentence[position + len(word):words[i + 1][0]].strip()) or (
                word in ("is", "are") and following == "due") or word == "due" or (
                word in ("set", "slated") and following == "for"):  # "the vote is set for Monday"
            # "would" is a future told in the past: ahead of the day it was said
            tense = "told-ahead" if word == "would" else "future"
        elif word in PAST_WORDS and i and words[i - 1][1] in BEFORE_INFINITIVE:
            continue  # "will hit", "to hit": the modal or the plan has the tense
        elif word in PAST_WORDS or (len(word) >= 4 and word.endswith("ed")
                                     and word.isalpha() and word not in NOT_PAST_ED):
            if word not in PAST_WORDS and i and (words[i - 1][1] in ARTICLES or (
                    i > 1 and words[i - 2][1] in ARTICLES and words[i - 1][1] in ADVERBS)):
                continue  # "a still unspecified date": an adjective, not a verb
            if sentence[position - 1:position] == "-" and not _VERB_PREFIX_BEFORE.search(sentence, 0, position) \
                    and _COMPOUND_ADJECTIVE_BEFORE.search(sentence, 0, position):
                continue  # "a U.S.-led free trade pact", "its color-coded system", "so-called": an adjective
            before = i - 1  # the word before, or before an adverb: "will be formally installed"
            if before > 0 and (words[before][1] in ADVERBS or (
                    len(words[before][1]) > 4 and words[before][1].endswith("ly"))):
                before -= 1
            if i and words[before][1] in PASSIVE_AUXILIARIES and (
                    word not in PAST_WORDS or words[before][1] in ("be", "being", "is", "are", "am")):
                continue  # "would still be held on April 24": the auxiliary has the tense
            tense = "reported" if word in vocabulary.REPORTING_VERBS else "past"
        elif word in SCHEDULE_VERBS and not (
                i and (words[i - 1][1] in DETERMINERS or words[i - 1][1] in ADVERBS
                       or words[i - 1][1] == "to")):  # "had been due to expire": no tense of its own
            if i and sentence[position].isupper() and words[i - 1][1] not in SUBJECT_PRONOUNS:
                continue  # "told NBC's Meet the Press on Sunday": a name's word, no verb
            if word[-1] == "s" and not third_person and not _after_subject(sentence, words, i):
                continue  # "won 5 million votes", "filed tax returns": a plural noun
            tense = "plan"
        elif third_person and word in ("plans", "intends"):
            tense = "future"  # "the group says it plans further demonstrations Friday"
        elif third_person or word in PRESENT_WORDS:
            if i and words[i - 1][1] in BEFORE_INFINITIVE:
                continue  # "will have a flight on Saturday", "plans to continue": the modal has the tense
            if word in ("is", "are", "am") and (following in PLAN_WORDS or following in FUTURE_WORDS):
                continue  # "Sunday is expected to see", "is scheduled to speak": the next word has it
            tense = "plan" if word in ("is", "are", "am") and (
                following in COPULA_PLAN_NEXT or following in SCHEDULE_PROGRESSIVES) else "present"
        else:
            continue
        if tense == "present" and word in ("says", "say"):
            tense = "reports"  # a present that reports words, as "said" does in the past
        if condition:  # the condition's own verb: a present one tells of what is still to come
            condition = False
            if tense in ("present", "plan"):
                tense = "conditional"
        positions.append(position)
        tenses.append(tense)
    return tuple(positions), tuple(tenses)


def _could_of_the_past(words: list[tuple[int, str]], i: int) -> bool:
    """Whether the "could" at `words[i]` tells what was possible then, not what may come.

    Past the adverbs and the "be" after it, a word of COULD_NOT_AHEAD ("could not", "could
    finally enter", "could also be heard", "could clearly be heard"), or a negative or limited
    subject or a negative object ("No one could explain", "Neither death could be confirmed",
    "Only 40 people could be rescued", "could do nothing").
    """
    if any(words[j][1] in NEGATIVES or words[j][1] == "only" for j in range(max(0, i - 3), i)):
        return True
    j = i + 1
    while j < len(words) and words[j][1] not in COULD_NOT_AHEAD and (
            words[j][1] in ("be", "also", "even", "again") or words[j][1] in ADVERBS
            or (len(words[j][1]) > 4 and words[j][1].endswith("ly"))):
        j += 1
    if j >= len(words):
        return False
    return words[j][1] in COULD_NOT_AHEAD or (j + 1 < len(words) and words[j + 1][1] in NEGATIVES)


def _after_subject(sentence: str, words: list[tuple[int, str]], i: int) -> bool:
    """True when the -s form `words[i]` follows a subject, so it is a verb and not a plural noun.

    A subject is a name ("Parliament votes"), a pronoun ("it opens") or the head of a noun phrase
    that starts a clause ("the court hears", "officials said the festival opens"). A numeral,
    quantifier or a noun phrase after a past verb make it a plural noun ("won 5 million votes",
    "staged three plays", "filed tax returns"), so that past verb keeps the clause's tense.
    """
    end = words[i][0]
    for j in range(i - 1, max(-1, i - 6), -1):
        position, word = words[j]
        gap = sentence[position + len(word):end]
        if j == i - 1 and any(c.isdigit() for c in gap):
            return False  # "staged 3 plays"
        if j < i - 1 and any(c in gap for c in ",;:()\"“”"):
            return True  # a clause opens after the punctuation
        if word in SUBJECT_PRONOUNS and j == i - 1:
            return True
        if word in QUANTIFIERS and j == i - 1:
            return False
        if j == i - 1 and sentence[position].isupper() and j > 0:
            return True  # a name: "Parliament votes", "Macron holds"
        if word in CLAUSE_OPENERS:
            return True
        if word in PAST_WORDS or (len(word) >= 4 and word.endswith("ed") and word not in NOT_PAST_ED):
            # "filed tax returns": the object of a past verb; but "the man who killed the guard
            # faces trial": the past verb is in a relative clause on the subject
            return j > 0 and words[j - 1][1] in ("who", "that", "which")
        end = position
    return True  # the noun phrase starts the sentence: "the court hears"


def tense_at(cues: tuple[tuple[int, ...], tuple[str, ...]], offset: int, text: str = "", base: int = 0) -> str:
    """The tense of the nearest cue to `offset` (cues after it count as a little further away).

    Future cues (will, next, scheduled to ...) and past cues (was, said, -ed ...) compete by
    distance; a sentence with neither is "unknown" and resolvers then pick the nearest date.
    A present perfect ("has risen") is "perfect": past, except that a deadline it sets
    ("has given them until Tuesday") lies ahead. A plan told in the past ("was due to meet",
    "had been scheduled to") is "planned": past, but its day may still be ahead; a reporting
    verb after it ("..., an official said") is "reported", a past that leaves the plan its
    tense. A present that schedules ("votes Friday", "is on Monday", "is travelling to
    Washington on Monday") is "plan"; any other present ("say", "are investigating") is
    "present". A modal of duty ("should be complete by Monday") is "modal", a future that
    governs only its own clause: across a comma (in `text`, where the sentence starts at
    `base`) it is passed over ("ruled that he must be returned to his father, Juan Miguel
    Gonzalez, and set Friday as the deadline"). "could" before a verb is "possible", a modal that
    reaches only 50 characters on ("it could take until Thursday"); "would" is "told-ahead", a
    future that `tag` counts from the day it was said when the sentence named that day before it,
    beside its reporting verb ("said on Monday that parliament would vote on Tuesday"; not "was
    arrested on January 30 and would be charged on Tuesday, police said today"), and only
    within its own clause: not across a comma. A tokenised bracket ("-LRB-") does not end it: what
    the bracket holds is told of the same days ("said on Sunday that parliament would vote -LRB-
    on Tuesday -RRB-", a live page's "-LRB- Update 10:15 p.m. Tuesday -RRB-" after it). A present after "if"/"unless" is "conditional",
    a condition still to be met ("if no deal is reached by Sunday"): a future within its clause,
    as a modal is. "says" is "reports", a present; a reporting verb after the expression whose
    nearest cue before it is a future leaves it that future ("... will be seen by journalists by
    Saturday, government says"). An -s form is a scheduling verb only after its
    subject: "won 5 million votes on Sunday" keeps the past of "won". `_CONTEXT_TENSE` maps each to the tense resolvers see.

    Only a few cues either side can be nearest, so this looks at those: a long text without
    sentence ends stays linear.
    """
    positions, tenses = cues
    here = bisect.bisect_left(positions, offset)
    best, best_distance, best_position = "unknown", None, -1
    for i in range(max(0, here - 3), min(len(positions), here + 3)):
        distance = abs(positions[i] - offset) + (AFTER_PENALTY if positions[i] > offset else 0)
        if distance <= TENSE_WINDOW and (best_distance is None or distance < best_distance):
            if tenses[i] in ("modal", "conditional", "possible") and _CLAUSE_BREAK.search(
                    text, base + min(positions[i], offset), base + max(positions[i], offset)):
                continue
            if tenses[i] == "possible" and not 0 < offset - positions[i] <= POSSIBLE_REACH:
                continue
            best, best_distance, best_position = tenses[i], distance, positions[i]
    if best == "told-ahead" and (best_position > offset or _CLAUSE_BREAK.search(text, base + best_position, base + offset)):
        best = "future"  # "would" counts from the day it was said only within its own clause
    if best == "reported" and any(tenses[i] == "planned" and offset - positions[i] <= TENSE_WINDOW
                                  for i in range(max(0, here - 3), here)):
        return "planned"  # "ships were due to sail on Wednesday, an official said": the plan's tense
    if best in ("reported", "reports") and best_position > offset and here > 0:
        # "Al-Obeidy will be seen by journalists by Saturday, government says": the words said
        # after the expression report the future told before it
        i = here - 1
        if offset - positions[i] <= TENSE_WINDOW and tenses[i] in ("future", "told-ahead", "modal", "conditional", "possible") and not (
                tenses[i] not in ("future", "told-ahead") and _CLAUSE_BREAK.search(text, base + positions[i], base + offset)) and not (
                tenses[i] == "possible" and offset - positions[i] > POSSIBLE_REACH):
            return tenses[i]
    return best


# A run of stops is matched only from its first character and never given back: retrying from
# every dot of "....." made a 50 KB run of them take 18 s. The pattern starts with one character
# class for all its branches (each branch then looks behind at what it took), so the regex engine
# skips ahead to the next stop or newline in C instead of trying every position: half the time
# of three branches that each start with their own class.
# Tokenised copy (Penn Treebank style, as in Timeline17) opens a quotation with "``".
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])(?<![.!?]{2})[.!?]*+[\"'”’)]*+\s+(?=[\"'“‘(]?[A-Z0-9]|``\s)"
                           r"|(?<=\n)\s*\n|(?<=\n)(?=[A-Z]|``\s))")


# An abbreviation that ends just before a stop (searched in the few characters before it): a
# whole word, after no letter, digit or stop ("Dr.", "vs.", "Nov."; not "U.S." or "4Nov.")
_ABBREVIATION_BEFORE = re.compile(
    r"(?<![^\W_])(?<!\.)(?:" + "|".join(sorted(vocabulary.ABBREVIATIONS, key=len, reverse=True)) + r")\Z")


# Initials with stops ("U.S.", "U.N.") before a capitalised word are most often a name's first
# word ("the U.S. State Department", "the U.N. Security Council": 1,341 in the Timeline17 texts,
# none of the 70 commonest words after them a sentence's first): the sentence goes on, unless
# the word after them is one that opens sentences.
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.){1,3}[A-Z]\Z")
_SENTENCE_OPENER = re.compile(r"\s*[\"'“‘(]*(?:" + "|".join(vocabulary.SENTENCE_OPENERS) + r")\b")


# "p.m." ends sentences ("... at 5 p.m. The next day"), but not before the day or the time zone
# of its clock ("the curfew will run from 3 p.m. Monday to 8 a.m. Tuesday": cut after "p.m.",
# "8 a.m. Tuesday" lost the "will" before it and was last Tuesday)
_CLOCK_SUFFIX_BEFORE = re.compile(r"(?<![^\W\d_])[AaPp]\.[Mm]\Z")
_DAY_OR_ZONE_AFTER = re.compile(r"(?:" + "|".join(
    [w.capitalize() for w in vocabulary.WEEKDAYS] + [m.capitalize() for m in vocabulary.MONTHS]
    + [a.capitalize() for a in vocabulary.MONTH_ABBREVIATIONS] + list(vocabulary.TIME_ZONES)) + r")\b")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentence bounds, enough to find the verb that governs an expression.

    A stop after a title or abbreviation ("Dr. Slepian", "Roe vs. Wade", "Nov. 20") goes on:
    cut there, the verb of "In January, a week after Roe vs. Wade, a bombing killed ..." was lost.
    So does one ending initials before a name ("officials told the U.S. State Department on
    Thursday that ...": cut there, "Thursday" lost "told" and took its tense from what followed).
    """
    spans, start = [], 0
    abbreviation = _ABBREVIATION_BEFORE.search
    initials = _INITIALS_BEFORE.search
    opener = _SENTENCE_OPENER.match
    for m in _SENTENCE_END.finditer(text):
        stop = m.start()
        if text[stop] == "." and abbreviation(text, max(0, stop - 6), stop):
            continue
        if text[stop] == "." and _CLOCK_SUFFIX_BEFORE.search(text, max(0, stop - 4), stop) \
                and _DAY_OR_ZONE_AFTER.match(text, m.end()):
            continue  # "from 3 p.m. Monday to 8 a.m. Tuesday", "at 10 a.m. EST": the clock's day or zone
        if text[stop] == "." and text[stop - 2:stop - 1] == "." and initials(text, max(0, stop - 8), stop) \
                and text[m.end():m.end() + 1].isalpha() and not opener(text, m.end()):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


# A date inside a non-restrictive relative clause (", which began on April 9,") is background:
# the story goes on from the date of its main clause, so chains must not start from it.
_IN_RELATIVE_CLAUSE = re.compile(r",\s+(?:" + "|".join(vocabulary.RELATIVE_PRONOUNS) + r")\b[^,;:()]*$")
BACKGROUND_REACH = 120  # characters before an expression searched for the clause's opening


def in_background(text: str, sentence_start: int, start: int) -> bool:
    """True when the expression at `start` sits in a ", which ..." clause not yet closed.

    "The ceasefire, which began on April 9, had largely held. ... the following day" counts
    from the main story's date, not from April 9.
    """
    return _IN_RELATIVE_CLAUSE.search(text, max(sentence_start, start - BACKGROUND_REACH),
                                      start) is not None


_CALENDAR_VALUE = re.compile(r"^\d{4}(?:-(?:\d\d|Q\d|H\d|W\d\d|SP|SU|FA|WI)(?:-\d\d)?)?$")


# --- windows ---------------------------------------------------------------------------------

REACH_BEFORE, REACH_AFTER = 44, 28  # no match reaches further than this from its trigger word
SENTENCE_REACH = 250  # characters of the sentence either side that a resolver sees as context


_WORD = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s")


def trigger_hits(text: str, forms: Mapping[str, str | tuple[str, ...]],
                 digit_keys: frozenset[str], scanner: re.Pattern | None = None,
                 digits: re.Pattern | None = None) -> dict[str, list[tuple[int, int]]]:
    """Where each trigger word occurs, in one pass over the text's tokens.

    Digit runs are filed as "#" plus their length ("1998" under "#4"), so a rule about years
    is not woken by every price in a business story; a key may add the one character that
    follows the digits ("#2:" for "10:30", "#1/" for "3/14"), so a rule about clocks or
    numeric dates is woken only by those. `scanner` and `digits` (see `word_scanner` and
    `digit_scanner`) find the trigger words and digit runs faster than looking at every token
    of the text; the hits are the same.
    """
    hits: dict[str, list[tuple[int, int]]] = {}
    for start, end, word in scan_words(scanner, text, forms):
        key = forms[word]
        if key.__class__ is tuple:  # "Day" is both "day" and the capitalised "Day"
            for one in key:
                hits.setdefault(one, []).append((start, end))
        else:
            hits.setdefault(key, []).append((start, end))
    if digit_keys:
        length = len(text)
        for token in (digits or _DIGITS).finditer(text):
            start, end = token.span()
            key = f"#{min(end - start, 5)}"
            if key in digit_keys:
                hits.setdefault(key, []).append((start, end))
            if end < length:
                key += text[end]
                if key in digit_keys:
                    hits.setdefault(key, []).append((start, end))
    return hits


def windows(text: str, spans: list[tuple[int, int]], moved_ends: dict[int, int] | None = None) -> list[tuple[int, int]]:
    """Disjoint (pos, endpos) windows around trigger hits, each end moved on to a space.

    Running a rule only inside these keeps tagging linear in the text's length; an end that
    cut a word in two would let "May" match inside "Mayor". `moved_ends` remembers where each
    end moved to, for the next call on the same text.
    """
    length = len(text)
    if moved_ends is None:
        moved_ends = {}
    moved: list[tuple[int, int]] = []
    start = end = -1
    for hit_start, hit_end in sorted(spans):
        if start >= 0 and hit_start - REACH_BEFORE <= end:
            if hit_end + REACH_AFTER > end:
                end = hit_end + REACH_AFTER
            continue
        if start >= 0:
            to = moved_ends.get(end)
            if to is None:
                to = moved_ends[end] = _to_space(text, end, length)
            moved.append((start, to))
        start, end = hit_start - REACH_BEFORE, hit_end + REACH_AFTER
        if start < 0:
            start = 0
    if start >= 0:
        to = moved_ends.get(end)
        if to is None:
            to = moved_ends[end] = _to_space(text, end, length)
        moved.append((start, to))
    return moved


def _to_space(text: str, end: int, length: int) -> int:
    """`end`, or the next whitespace within 40 characters after it (else 40 on, or the text's end)."""
    if end >= length:
        return length
    if text[end].isspace():  # what `\s` matches: the common case needs no search
        return end
    space = _SPACE.search(text, end, min(length, end + 40))
    return space.start() if space else min(length, end + 40)


# --- tagging ----------------------------------------------------------------------------------

def find(text: str, table: CompiledTable, dct: dt.date, countries: tuple[str, ...],
         problems: list[tuple[int, int, str]] | None = None) -> tuple[Timex, ...]:
    """Tag `text`: the longest leftmost match of any rule wins; matches are resolved in order.

    An impossible date ("31 February 2023") is left untagged; with `problems`, its (start, end,
    message) is added there so the caller can report it.
    """
    candidates = []
    rules = table.rules
    hits = trigger_hits(text, table.forms, table.digit_keys, table.scanner, table.digit_scanner)
    spans_of: dict[int, list[tuple[int, int]]] = {}
    key_triggers = table.key_triggers
    for key, spans in hits.items():
        for group in key_triggers[key]:
            have = spans_of.get(group)
            if have is None:
                spans_of[group] = spans.copy()
            else:
                have += spans
    moved_ends: dict[int, int] = {}
    windows_of = {group: windows(text, spans, moved_ends) for group, spans in spans_of.items()}
    windows_of[-1] = [(0, len(text))]
    for order, compiled in enumerate(rules):
        spans = windows_of.get(compiled.group)
        if spans is None:
            continue  # none of its trigger words is in the text
        finditer = compiled.regex.finditer
        extent = "timex" if compiled.has_timex else 0  # Pattern.groupindex builds a new mapping on every read
        for pos, endpos in spans:
            for m in finditer(text, pos, endpos):
                start, end = m.span(extent)
                if start < 0:  # the timex group took no part in this match: all of it
                    start, end = m.span()
                if end > start:
                    candidates.append((start, start - end, order, m))
    candidates.sort(key=lambda c: c[:3])

    spans = sentence_spans(text)
    span_starts = [s for s, _ in spans]
    found: list[Timex] = []
    taken_until = 0
    previous: dt.date | None = None
    last_value: str | None = None
    last_named = False
    previous_start = previous_end = None
    cues_by_sentence: dict[int, tuple[tuple[int, ...], tuple[str, ...]]] = {}
    entries = live_entry_days(text, table.live, dct)
    entry_starts = [e[0] for e in entries]
    for start, negative_length, order, m in candidates:
        end = start - negative_length
        if start < taken_until:
            continue
        compiled = rules[order]
        s_start, s_end = spans[bisect.bisect_right(span_starts, start) - 1]
        sentence_start = s_start
        tense = "unknown"
        if compiled.uses_tense:
            cues = cues_by_sentence.get(s_start)
            if cues is None:
                cues = cues_by_sentence[s_start] = tense_cues(text[s_start:s_end])
            tense = tense_at(cues, start - s_start, text, s_start)
        s_start, s_end = max(s_start, start - SENTENCE_REACH), min(s_end, end + SENTENCE_REACH)
        sentence = text[s_start:s_end]
        anchor = dct
        if entries and compiled.entry_day:
            at = bisect.bisect_right(entry_starts, start) - 1
            if at >= 0 and start < entries[at][1]:
                anchor = (entries[at][2] if compiled.entry_day == "local" else entries[at][3]) or dct
        context = Context(dct=anchor, tense=_CONTEXT_TENSE.get(tense, tense), previous=previous,
                          countries=countries, sentence=sentence, last_value=last_value,
                          before=text[max(0, start - 40):start],
                          gap=None if previous_end is None else start - previous_end,
                          last_named=last_named, perfect=tense == "perfect", plan=tense == "plan",
                          planned=tense == "planned",
                          told_on=previous if tense == "told-ahead" and previous is not None
                          and previous < anchor and previous_end is not None and previous_end > sentence_start
                          and (_SAID_BEFORE.search(text, max(0, previous_start - 40), previous_start)
                               or _SAID_AFTER.match(text, previous_end))
                          else None,
                          page_date=dct if anchor != dct else None)
        try:
            resolved = compiled.resolve(m, compiled.rule, context)
        except (ValueError, OverflowError) as error:
            taken_until = end  # "31 February 2023": no date at all, not "February 2023"
            if problems is not None and isinstance(error, ImpossibleDate):
                problems.append((start, end, str(error)))
            continue
        except Exception:  # noqa: BLE001 - a resolver bug must not lose the whole document
            continue
        if resolved is None:
            continue  # the context says this is not a date ("a spring in his step")
        reason = resolved.reason
        if anchor != dct:
            reason += table.live.reason.format(page=dct.isoformat())
        found.append(Timex(start, end, text[start:end], resolved.type or compiled.rule.type,
                           resolved.value, compiled.rule.name, resolved.anchor, reason,
                           resolved.mod))
        taken_until = end
        if resolved.day is not None and not in_background(text, sentence_start, start):
            previous, previous_start, previous_end = resolved.day, start, end
        if resolved.topic is not None:
            last_value, last_named = resolved.topic, False
        elif resolved.topical and (resolved.type or compiled.rule.type) == "DATE" \
                and _CALENDAR_VALUE.match(resolved.value):
            last_value = resolved.value
            last_named = resolved.anchor is None if resolved.named is None else resolved.named
    return tuple(found)
