"""Undo the damage agency copy and scrapers do to text before anything reads it.

Real news collections (Timeline17: CNN, BBC, Reuters, Guardian pages) arrive with:

- Penn Treebank tokens: -LRB- for "(", split clitics ("world 's", "ca n't"), `` and '' for
  quotes, a space before every comma and full stop; scrapers escape slashes ("1\\/26\\/11").
- the page around the article: reader comments, each stamped "March 21, 2011 at 5:35 pm | Reply"
  (hundreds of false dates on one day), comment policies, tweet widgets, sign-up forms,
  market-data disclaimers, product promotions;
- publication stamps run into the headline ("... came the war Thursday 21 April 2005 17.48 BST
  Paxman: Hello"; "BEIRUT | Wed Apr 27, 2011 7:44 am EDT BEIRUT (Reuters) - ...").

Each repair is a row of data, applied in this order: brackets and escapes everywhere; then, in the
body only (never the front matter), the first TAILS marker cuts the rest of the text (a comment
section runs to the end of the page), BOILERPLATE lines are dropped, STAMPS move onto a line of
their own (where `sources` finds a dateline, and the headline no longer runs into the text); and
in text that reads as tokenised (TOKENISED), DETOKENISE rejoins the tokens. Ordinary prose passes
through unchanged.
"""

from __future__ import annotations

import re

REPAIRS: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p), r) for p, r in (
    (r"-LRB-", "("), (r"-RRB-", ")"), (r"-LSB-", "["), (r"-RSB-", "]"),
    (r"-LCB-", "{"), (r"-RCB-", "}"),
    (r"\\/", "/"), (r"\\\*", "*"),
))

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*"
_ZONE = r"(?:BST|GMT|UTC|EDT|EST|CET|CEST|ET)"

# Where the article ends and the page's comment section begins: everything from here is cut.
TAILS: tuple[re.Pattern, ...] = tuple(re.compile(p) for p in (
    # a reader's comment: "March 7, 2011 at 9:29 pm | Reply"
    rf"(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)? ?, )?\d{{4}} at \d{{1,2}}:\d\d ?[ap]m \| (?:Reply|Report abuse)",
    r"We welcome comments (?:that advance the story|on our articles)",
    r"Views expressed in the comments do not represent",
    r"This discussion is now closed",
    r"Comments are not pre-screened before they post",
    r"\(required, but will not be displayed\)",
    r"CNN welcomes a lively and courteous discussion",
    r"Notify me of follow-up comments",
    r"All posts are reactively-moderated",
))

# Lines that are the page, not the story (widgets, forms, disclaimers, promotions).
BOILERPLATE: tuple[re.Pattern, ...] = tuple(re.compile(p) for p in (
    r"\bRETWEET\b",
    r"^Check these out\b",
    r"JavaScript must be turned on|latest Flash player|^Can not play media",
    r"An ultra-low latency infrastructure for electronic trading",
    r"Dow Jones IndexesSM|\bMorningstar, Inc\.|FactSet Research Systems|Most stock quote data "
    r"provided by|Market indexes are shown in real time|Chicago Mercantile Exchange Inc\. and its "
    r"licensors|LIBOR Warning|^All times are ET",
    r"Please create a screen name|This screen name will be associated|By registering for this "
    r"service|make this your default edition|You ?'ve selected the U\.S\. Edition|By clicking on "
    r"\W*sign up|For our international users|^Select one with \d|^Sign Up Be sure to fill in",
    r"Enter your email address to follow this blog",
    r"The BBC is not responsible for the content of external",
    r"We are unable to offer transcripts",
    r"^(?:Send (?:us )?your (?:pictures|comments|video)|If you are happy to be contacted by a BBC "
    r"journalist|Your contact details will never be published|Please ensure you have read the "
    r"terms and conditions|If you have a large file you can upload|When sending us pictures)",
))

_BOILERPLATE = re.compile("|".join(f"(?:{p.pattern})" for p in BOILERPLATE), re.M)

# Publication stamps: put on a line of their own.
STAMPS: tuple[re.Pattern, ...] = tuple(re.compile(rf"[ \t]*(?P<stamp>{p})[ \t]*") for p in (
    # Guardian: "Thursday 21 April 2005 17.48 BST"
    rf"{_WEEKDAY} \d{{1,2}} {_MONTH} \d{{4}} \d{{1,2}}[.:]\d\d {_ZONE}",
    # Reuters page header: "BEIRUT | Wed Apr 27, 2011 7:44 am EDT"
    rf"(?:\b[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){{0,3}} \| )?{_WEEKDAY} {_MONTH} \d{{1,2}} ?, \d{{4}} "
    rf"\d{{1,2}}:\d\d ?[ap]m {_ZONE}",
    # CNN byline: "February 2, 2011 : 2:24 PM ET"
    rf"{_MONTH} \d{{1,2}} ?, \d{{4}} ?: \d{{1,2}}:\d\d ?[AP]M {_ZONE}",
))

# Text reads as tokenised when it has several of these: " , " " 's" " n't" "`` " " ." at line end.
TOKENISED = re.compile(r" [,;:] | (?:'s|n't|'re|'ve|'m|'ll|'d) |`` | \.[ \t]*$", re.M)
TOKENISED_AT_LEAST = 3

DETOKENISE: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p, re.M), r) for p, r in (
    (r"``\s*", "“"), (r"\s*''", "”"),
    (r"(?<=\w) (n't|'s|'re|'ve|'m|'ll|'d|')(?=[\s,.;:?!”]|$)", r"\1"),
    (r"(?:(?<=\s)|^)` ", "‘"),
    (r"\. \. \.", "..."),
    (r"\( ", "("), (r" \)", ")"),
    (r" ([,.;:?!%])(?=[\s”’)]|$)", r"\1"),
    (r"(?<=[A-Z]\.)\.(?=\s|$)", ""),  # "D.C. ." -> "D.C."
    (r"(?<=[$#]) (?=\d)", ""),
    (r"[ \t]+$", ""),
))


def normalize(text: str) -> str:
    """`text` with agency-copy artefacts repaired; ordinary prose passes through unchanged."""
    if "-" in text or "\\" in text:
        for pattern, replacement in REPAIRS:
            text = pattern.sub(replacement, text)
    head, body = _split_front_matter(text)
    body = _cut_tail(body)
    if any(p.search(body) for p in BOILERPLATE):
        body = "\n".join(line for line in body.split("\n") if not _BOILERPLATE.search(line))
    for pattern in STAMPS:
        body = pattern.sub(_own_line, body)
    if len(TOKENISED.findall(body, 0, 20_000)) >= TOKENISED_AT_LEAST:
        body = detokenise(body)
        head = re.sub(r'(?m)^(title:\s*")(.*)("\s*)$',
                      lambda m: m[1] + detokenise(m[2]) + m[3], head)
    return head + body


def detokenise(text: str) -> str:
    """Treebank-tokenised text as a person would write it: "world 's" -> "world's"."""
    for pattern, replacement in DETOKENISE:
        text = pattern.sub(replacement, text)
    return text


def _split_front_matter(text: str) -> tuple[str, str]:
    """YAML front matter (kept as is, so no rule can break it) and the rest."""
    if text.startswith("---"):
        end = re.search(r"^(?:---|\.\.\.)\s*$", text[3:], re.M)
        if end:
            cut = 3 + end.end()
            return text[:cut], text[cut:]
    return "", text


def _own_line(match: re.Match) -> str:
    """The match on a line of its own, without doubling a line break already there."""
    text, start, end = match.string, match.start(), match.end()
    before = "" if start == 0 or text[start - 1] == "\n" else "\n"
    after = "" if end == len(text) or text[end] == "\n" else "\n"
    return before + match["stamp"] + after


def _cut_tail(body: str) -> str:
    starts = [m.start() for p in TAILS if (m := p.search(body))]
    return body[:min(starts)].rstrip() + "\n" if starts else body
