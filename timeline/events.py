"""Events: one per dated statement, with a headline, its sentence, and how its date was found.

Undated statements get a place from ordering cues ("These attacks followed a US airstrike ...":
the airstrike comes before the attacks). Follow-on sentences ("The assaults included ...")
become details of the event before them. Forecasts, durations, recurring sets and present-tense
background do not become events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import entities, sentences
from .model import Document, Event, Mention, Timex

CALENDAR_VALUE = re.compile(r"^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI))?$|^\d{3}$")

# A clause whose main verb is hedged tells what may happen, not what did.
HYPOTHETICAL = re.compile(
    r"\b(?:could|might|may|would|should|expects?|expected|forecasts?|forecasters?|predicted|"
    r"predicts?|likely|unlikely|possibly|hopes?|hoped|hoping|if|unless|aims? to|intends? to|"
    r"plans? to|warned that|feared|fears)\b", re.I)
PERFECT_SINCE = re.compile(r"\b(?:has|have)\b[^.]*\bsince\s*$", re.I)
ANAPHOR = re.compile(r"^(?:The|These|Those|This|That|It|They|Both|All|Each|Such)\b")

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
    _cue("followed", r"^(?P<x>.+?)\s+(?:followed|came after|were preceded by|was preceded by)\s+(?P<y>.+)$",
         "before", "y", "x"),
    _cue("in-response-to", r"^(?P<x>.+?)\s+(?:came|was|were)\s+(?:a\s+)?(?:in\s+)?(?:response|retaliation|reply)\s+(?:to|for)\s+(?P<y>.+)$",
         "before", "y", "x"),
    _cue("in-response-to", r"^(?:In|in)\s+(?:response|retaliation|reply)\s+(?:to|for)\s+(?P<y>[^,]+),\s*(?P<x>.+)$",
         "after", "x", "y"),
    _cue("after", r"^(?P<x>.+?)\s+(?:after|following|since)\s+(?P<y>(?:the|its|their|his|her)\b.+)$",
         "after", "x", "y"),
    _cue("before", r"^(?P<x>.+?)\s+(?:before|ahead of|prior to|until)\s+(?P<y>(?:the|its|their|his|her)\b.+)$",
         "before", "x", "y"),
    _cue("earlier", r"^(?P<x>(?:Earlier|Before that|Previously),?\s+.+)$", "before", "x", "x"),
    _cue("later", r"^(?P<x>(?:Later|Afterwards|After that|Subsequently),?\s+.+)$", "after", "x", "x"),
)
# "X killed dozens of people before tribal elders brokered a truce": a dated clause followed by
# "before" + a new clause gives a second event after the first.
THEN_CLAUSE = re.compile(r"\s+before\s+(?P<y>(?:[A-Z][\w-]*|the|tribal|local|\w+)\s+(?:\w+\s+){0,4}?\w+ed\b.*)$")

LEADING_FRAME = re.compile(
    r"^.*?\b(?:was|were)\s+(?:underlined|underscored|highlighted|shown|demonstrated|illustrated)\s+when\s+",
    re.I)
TRAILING_ATTRIBUTION = re.compile(
    r",\s*(?:[\w\s.'’-]{1,60}?)\s+(?:said|says|reported|reports|told reporters|according to [^,]+)\s*(?=,|$)")
CLAUSE_BREAK = re.compile(r",\s+(?:which|who|whose|where|as|while|in an effort|in what|making|"
                          r"including|killing|leaving|causing|flooding|saying|after)\b|;\s+|\s+—\s+")


def extract(document: Document, timexes: tuple[Timex, ...]) -> tuple[Event, ...]:
    """Events told by one document, in text order, ids left for `merge` to assign."""
    found: list[Event] = []
    if document.date:
        found.append(article_event(document))
    usable = [t for t in timexes if _is_event_date(t, document)]
    last: Event | None = None
    last_paragraph = -1
    for sentence in sentences.split(document.text):
        inside = [t for t in usable if sentence.start <= t.start and t.end <= sentence.end]
        if sentence.paragraph != last_paragraph and last is not None and not ANAPHOR.match(sentence.text):
            last = None
        last_paragraph = sentence.paragraph
        if inside:
            made = _dated_events(document, sentence, inside)
            if made:
                found.extend(made)
                last = made[-1]
                continue
        if last is not None:
            ordered = _ordered_event(document, sentence.text, last)
            if ordered is not None:
                found.append(ordered)
                continue
            if ANAPHOR.match(sentence.text) and not _is_non_event(sentence.text) and not inside:
                found[found.index(last)] = last = _with_detail(last, sentence.text)
                continue
        last = None if inside else last
    return tuple(found)


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
    # without a publication date, only dates that carry their own year can be justified
    return document.date is not None or timex.anchor is None


def _dated_events(document: Document, sentence: sentences.Sentence,
                  inside: list[Timex]) -> list[Event]:
    text = sentence.text
    if _is_non_event(text):
        return []
    events = []
    candidates = [t for t in inside if not PERFECT_SINCE.search(text[:t.start - sentence.start])]
    # one event per statement: the most specific date it gives, the first of equals
    # ("on Monday, the first day of Ramadan" names one day twice)
    candidates.sort(key=lambda t: (-len(t.value.split("T")[0]), t.start))
    for timex in candidates[:1]:
        local = timex.start - sentence.start
        value = timex.value.split("T")[0]
        mention = Mention(document.seed, text, value, timex.text, timex.rule,
                          timex.reason, timex.anchor, title=document.title)
        events.append(Event("", value, "on", headline(text, timex.text), (mention,),
                            _tags(text)))
        if len(events) == 1 and (then := THEN_CLAUSE.search(text[local:])):
            clause = then["y"].rstrip(". ")
            later = Mention(document.seed, text, value, "before", "cue-before-clause",
                            f"told as happening after the event on {value}", value,
                            title=document.title)
            events.append(Event("", value, "after", _clean_headline(clause), (later,), _tags(clause)))
    return events


def _is_non_event(text: str) -> bool:
    main = TRAILING_ATTRIBUTION.sub("", text)
    return bool(HYPOTHETICAL.search(main))


def _ordered_event(document: Document, text: str, anchor: Event) -> Event | None:
    """An undated statement placed before or after the event told just before it."""
    body = text.rstrip(". ")
    for cue in CUES:
        m = cue.pattern.match(body)
        if not m:
            continue
        known, new = m[cue.known], m[cue.new]
        if cue.known != cue.new and not ANAPHOR.match(known.strip()) and cue.known == "x":
            continue  # "X followed Y" only places Y when X is the event just told
        if _is_non_event(new):
            return None
        cue_word = {"followed": "followed", "in-response-to": "in response to"}.get(cue.name, cue.name)
        reason = (f'"{cue_word}": told as happening {cue.relation} "{anchor.headline}" '
                  f"({anchor.date})")
        mention = Mention(document.seed, text, anchor.date, cue_word, f"cue-{cue.name}", reason,
                          anchor.date, title=document.title)
        return Event("", anchor.date, cue.relation, _clean_headline(new), (mention,), _tags(new))
    return None


def _with_detail(event: Event, sentence: str) -> Event:
    first, *rest = event.mentions
    from dataclasses import replace
    return replace(event, mentions=(replace(first, details=first.details + (sentence,)), *rest),
                   tags=tuple(dict.fromkeys(event.tags + _tags(sentence))))


def _tags(text: str) -> tuple[str, ...]:
    return tuple(f"{kind}:{name}" for name, kind in entities.names(text))


# --- headlines --------------------------------------------------------------------------------

def headline(sentence: str, expression: str) -> str:
    """A short clause a reader understands out of context: the event's subject and verb kept."""
    text = LEADING_FRAME.sub("", sentence)
    text = _drop_expression(text, expression)
    return _clean_headline(text)


def _drop_expression(text: str, expression: str) -> str:
    pattern = (r"(?:,\s*)?(?:\b(?:late|early)\s+)?(?:\b(?:at dawn|at dusk)\s+)?"
               r"(?:\b(?:on|in|at|during|by|from|of|since)\s+)?" + re.escape(expression)
               + r"(?:,\s*the\s+(?:first|last|second)\s+day\s+of\s+[\w\s-]+?(?=[,.]|$))?")
    return re.sub(pattern, "", text, count=1)


def _clean_headline(text: str, max_words: int = 16) -> str:
    text = TRAILING_ATTRIBUTION.sub("", text)
    text = text.strip().strip(" ,;:.")
    m = CLAUSE_BREAK.search(text)
    if m and len(text[:m.start()].split()) >= 4:
        text = text[:m.start()]
    text = re.sub(r"^(?:a|an)\s+", "", text.strip(" ,;:."))
    text = re.sub(r"\s+", " ", text).strip(" ,;:.")
    words = text.split()
    if len(words) > max_words:
        text = " ".join(words[:max_words]) + " …"
    return text[:1].upper() + text[1:]
