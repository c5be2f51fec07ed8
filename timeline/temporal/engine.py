"""The small engine: run every rule, keep the longest leftmost matches, resolve them in text order.

The engine knows no English: words live in `vocabulary`, patterns in `rules_en`, and the meaning
of a match in `resolvers`. A rule's pattern may contain a group named `timex`; that group is the
tagged extent and the rest of the match is context (a preposition, say). Without one, the
whole match is the extent.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable, Mapping

from ..model import Timex
from . import vocabulary


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


@dataclass(frozen=True, slots=True)
class Resolved:
    value: str
    reason: str
    anchor: str | None = None
    type: str | None = None  # overrides the rule's type ("Tuesday night" is a TIME)
    mod: str | None = None
    day: dt.date | None = None  # a day this value pins down, for later chains ("two days later")
    topical: bool = True  # False: an anaphor ("the year-ago quarter") that must not become the topic


@dataclass(frozen=True, slots=True)
class Context:
    """What a resolver may know besides its match."""

    dct: dt.date
    tense: str  # past | future | present | unknown
    previous: dt.date | None  # the last day the text mentioned, for chains; None: use the DCT
    countries: tuple[str, ...]
    sentence: str
    last_value: str | None = None  # the last calendar value the text gave ("1989-Q3"), for anaphora
    before: str = ""  # up to 40 characters of text just before the expression, for cues
    gap: int | None = None  # characters since the expression that gave `previous` ended


@dataclass(frozen=True, slots=True)
class CompiledRule:
    rule: Rule
    regex: re.Pattern
    resolve: Callable[[re.Match, Rule, Context], Resolved | None]


def compile_rules(rules, resolvers: Mapping[str, Callable]) -> tuple[CompiledRule, ...]:
    compiled = []
    for rule in rules:
        if rule.resolver not in resolvers:
            raise KeyError(f"rule {rule.name}: no resolver named {rule.resolver!r}")
        compiled.append(CompiledRule(rule, re.compile(vocabulary.expand(rule.pattern), rule.flags),
                                     resolvers[rule.resolver]))
    return tuple(compiled)


# --- tense ------------------------------------------------------------------------------------

_FUTURE = re.compile(
    r"\b(?:will|shall|won't|'ll|going to|is to|are to|scheduled|due to|is due|are due|set to|"
    r"plans? to|planned|expected to|expects? to|intends? to|would|next|upcoming|coming)\b", re.I)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|ago|last|yesterday|began|came|took|went|made|met|saw|"
    r"gave|left|held|fell|rose|struck|hit|won|lost|led|began|broke|became|brought|sent|"
    r"spoke|wrote|built|ran|sat|stood|paid|sold|bought|found|thought|got|kept|"
    r"[a-z]{2,}ed)\b", re.I)
_PRESENT = re.compile(r"\b(?:is|are|am|has|have|remains?|continues?|says|does)\b", re.I)
_PASSIVE = re.compile(r"\b(?:be|being)\s+$", re.I)
_NOT_PAST_ED = frozenset({"need", "united", "hundred", "red", "bed", "seed", "speed", "feed",
                          "shed", "indeed", "proceed", "exceed", "succeed", "embed", "bred"})


TENSE_WINDOW = 400  # characters either side of an expression where tense cues count


def tense_near(sentence: str, offset: int) -> str:
    """Tense of the clause around `offset` in `sentence`: the nearest tense cue decides.

    Future cues (will, next, scheduled to ...) and past cues (was, said, -ed ...) compete by
    distance; a sentence with neither is "unknown" and resolvers then pick the nearest date.
    """
    best, best_distance = "unknown", None
    # Only cues near the expression can win; scanning the whole sentence for every expression
    # is quadratic when a scraped text has no sentence ends (a 100 KB run took minutes).
    window_start, window_end = max(0, offset - TENSE_WINDOW), offset + TENSE_WINDOW
    for regex, tense in ((_FUTURE, "future"), (_PAST, "past"), (_PRESENT, "present")):
        for m in regex.finditer(sentence, window_start, window_end):
            if tense == "past" and (m[0].lower() in _NOT_PAST_ED or _PASSIVE.search(sentence, max(0, m.start() - 10), m.start())):
                continue  # "will be sentenced": the auxiliary, not the participle, has the tense
            distance = abs(m.start() - offset)
            if m.start() > offset:
                distance += 15  # a cue before the expression governs it more often than one after
            if best_distance is None or distance < best_distance:
                best, best_distance = tense, distance
    return best


_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentence bounds, enough to find the verb that governs an expression."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


_CALENDAR_VALUE = re.compile(r"^\d{4}(?:-(?:\d\d|Q\d|H\d|W\d\d|SP|SU|FA|WI)(?:-\d\d)?)?$")


# --- tagging ----------------------------------------------------------------------------------

def find(text: str, rules: tuple[CompiledRule, ...], dct: dt.date,
         countries: tuple[str, ...]) -> tuple[Timex, ...]:
    """Tag `text`: the longest leftmost match of any rule wins; matches are resolved in order."""
    candidates = []
    for order, compiled in enumerate(rules):
        for m in compiled.regex.finditer(text):
            start, end = (m.span("timex") if "timex" in compiled.regex.groupindex
                          and m.group("timex") is not None else m.span())
            if end > start:
                candidates.append((start, -(end - start), order, m))
    candidates.sort(key=lambda c: c[:3])

    spans = sentence_spans(text)
    span_starts = [s for s, _ in spans]
    found: list[Timex] = []
    taken_until = 0
    previous: dt.date | None = None
    last_value: str | None = None
    previous_end: int | None = None
    for start, negative_length, order, m in candidates:
        end = start - negative_length
        if start < taken_until:
            continue
        compiled = rules[order]
        s_start, s_end = spans[bisect.bisect_right(span_starts, start) - 1]
        sentence = text[s_start:s_end]
        context = Context(dct, tense_near(sentence, start - s_start), previous, countries, sentence,
                          last_value, text[max(0, start - 40):start],
                          None if previous_end is None else start - previous_end)
        try:
            resolved = compiled.resolve(m, compiled.rule, context)
        except (ValueError, OverflowError):
            taken_until = end  # "31 February 2023": no date at all, not "February 2023"
            continue
        except Exception:  # noqa: BLE001 - a resolver bug must not lose the whole document
            continue
        if resolved is None:
            continue  # the context says this is not a date ("a spring in his step")
        found.append(Timex(start, end, text[start:end], resolved.type or compiled.rule.type,
                           resolved.value, compiled.rule.name, resolved.anchor, resolved.reason,
                           resolved.mod))
        taken_until = end
        if resolved.day is not None:
            previous, previous_end = resolved.day, end
        if resolved.topical and (resolved.type or compiled.rule.type) == "DATE" \
                and _CALENDAR_VALUE.match(resolved.value):
            last_value = resolved.value
    return tuple(found)
