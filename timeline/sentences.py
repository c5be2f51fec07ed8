"""Split article text into sentences with their character offsets.

A rule-based splitter: a sentence ends at `.`, `!` or `?` (with closing quotes or brackets) before
whitespace and a capital, digit or opening quote, unless the word before the full stop is a
known abbreviation ("Col.", "U.S.", "Jan.") or an initial. Line breaks end sentences too, since
seeds put headings and paragraphs on lines of their own. It is linear in the text and keeps
exact offsets, which pysbd does not promise and which the source pages need to mark expressions.

Scraped agency pages lose the line breaks between a page's pieces: a story's highlights, a related
story's headline and a factbox run into the next sentence with no stop ("Husband of missing
journalist speaks out While Gadhafi did not mention ...", "... calls him a humble man She says she
wants to clear her name"). A sentence also ends where a lower-case word is followed by a word that
only opens a sentence (RUN_ON_OPENERS, RUN_ON_CONJUNCTIONS). Edited prose rarely has one (a
title: "watched While You Were Sleeping"); of 139 such places read in Timeline17's pages, 133 were a
lost line break (the others: "that He may bring you" and readers' comments: "I think that The usa",
"Seeing how They might", "really meant is It s immoral", "As You name them", "the claim that If
the decision").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sr jr st gen col lt maj capt cpt sgt cmdr adm gov sen rep rev hon pres
inc ltd co corp bros no nos vs etc fig approx dept est univ ave blvd rd mt ft
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
u.s u.k u.n e.u a.m p.m i.e e.g d.c
""".split())

# Before a lower-case word ("He says", not the scientist "He Jiankui"; "In a moving report", not
# "Made In China"); "I" and "A" are left out ("all I have to do", "plan A is"), and so is "His"
# ("and His angels").
RUN_ON_OPENERS = ("He", "She", "They", "We", "It", "The", "This", "There", "In", "At", "Some", "Many",
                  "Most", "Her", "Our")
# Before any word: "speaks out While Gadhafi did not mention", "from towns, cities and villages
# Following 48 hours: Ceasefire to be implemented".
RUN_ON_CONJUNCTIONS = ("While", "Although", "But", "As", "When", "If", "After", "Despite", "During",
                       "Following")
_BOUNDARY = re.compile(r"""(?<![.!?])[.!?]+['"”’)\]]*(?=\s+['"“‘(\[]?[A-Z0-9])|\n+"""
                       r"|[ \t](?=(?:" + "|".join(RUN_ON_OPENERS) + r") [a-z]"
                       r"|(?:" + "|".join(RUN_ON_CONJUNCTIONS) + r") \w)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_LOWER_WORD_BEFORE = re.compile(r"(?:^|[^\w'’-])[a-z]+$")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def split(text: str) -> tuple[Sentence, ...]:
    """Sentences of `text` in order; `text[s.start:s.end] == s.text`, stripped of outer spaces."""
    sentences = []
    paragraph = 0
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m[0][0] in " \t":  # a run-on: only after a word all in lower case ("the show Over There for")
            if not _LOWER_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue
        elif m[0][0] != "\n":
            before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start() + 1)
            if before and m[0].startswith(".") and len(m[0]) == 1:
                word = before[1].lower()
                if word in ABBREVIATIONS or len(word) == 1:
                    continue
        _add(sentences, text, start, m.end(), paragraph)
        if m[0].count("\n") >= 2 or (m[0][0] == "\n"):
            paragraph += 1
        start = m.end()
    _add(sentences, text, start, len(text), paragraph)
    return tuple(sentences)


def _add(sentences: list, text: str, start: int, end: int, paragraph: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        offset = start + len(chunk) - len(chunk.lstrip())
        sentences.append(Sentence(offset, offset + len(stripped), stripped, paragraph))
