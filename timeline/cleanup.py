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
section runs to the end of the page), live-blog UPDATES times go, BOILERPLATE lines are dropped,
NOTICES and picture CREDITS are cut, a live page's ENTRY_STAMPS go (each entry starting a line),
a FACTBOX run into one line gives each entry a line, STAMPS move onto a line of
their own (where `sources` finds a dateline, and the headline no longer runs into the text); and
in text that reads as tokenised (TOKENISED), DETOKENISE rejoins the tokens. Ordinary prose passes
through unchanged.
"""

from __future__ import annotations

import json
import re

REPAIRS: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p), r) for p, r in (
    (r"-LRB-", "("), (r"-RRB-", ")"), (r"-LSB-", "["), (r"-RSB-", "]"),
    (r"-LCB-", "{"), (r"-RCB-", "}"),
    (r"\\/", "/"), (r"\\\*", "*"),
))

HEAD_REPAIRS: tuple[tuple[re.Pattern, str], ...] = (
    *REPAIRS[:6], (re.compile(r"\\{1,2}([/*])"), r"\1"))

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*"
_ZONE = r"(?:BST|GMT|UTC|EDT|EST|CET|CEST|IST|ET)"

# Each row below is (cue, pattern): the pattern is only tried on text that contains the cue, a
# plain substring, so a clean 5 MB seed costs one substring scan per row, not a regex scan.

# Where the article ends and the page's comment section begins: everything from here is cut.
TAILS: tuple[tuple[str, str], ...] = (
    # a reader's comment: "March 7, 2011 at 9:29 pm | Reply"
    ("| Re", rf"(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)? ?, )?\d{{4}} at \d{{1,2}}:\d\d ?[ap]m "
             r"\| (?:Reply|Report abuse)"),
    # ... or with the comment's text straight after the bar, the time sometimes twice:
    # "March 21, 2011 at 5:52 pm | My understanding is ...", "February 24, 2011 04:23 pm at 4:23 pm |"
    # (where a sentence or a line ends: a stamp inside a sentence is prose)
    ("m |", rf"(?:^|(?<=[.?!”\"')] )|(?<=[.?!”\"')]  )){_MONTH} \d{{1,2}} ?, \d{{4}}"
            r"(?: \d{1,2}:\d\d ?[ap]m)? at \d{1,2}:\d\d ?[ap]m \| "),
    # a BBC reader's comment: "At 15:39 20th Jan 2012, BluesBerry wrote:",
    # "At 4:36 pm on 18 Jan 2010, WebAliceinwonderland wrote:". The month is abbreviated and the
    # name is a handle, one token: "At 10:30 on 5 May 2011, the ambassador wrote:" is prose. The
    # stamp may not start a line: scraped pages run each comment into the one before
    # ("... lumbering behemoth At 2:54 pm on 18 Jan 2010, kaybraes wrote:").
    (" wrote", rf"\bAt \d{{1,2}}:\d\d(?: ?[ap]m)?,? (?:on )?\d{{1,2}}(?:st|nd|rd|th)? {_MONTH_ABBR} \d{{4}} ?, "
               r"(?!(?:the|a|an)\b)[\w.-]{1,40} wrote ?:"),
    # a CNN blog reader's comment: "February 25th, 2011 4:07 am ET it is amazing ." The day is an
    # ordinal, there is no "at", and it opens a line or follows a sentence: the article's own
    # dateline ("TRIPOLI | Tue May 3, 2011 4:04pm EDT") has neither ordinal nor bare line.
    ("m ET", rf"(?:^|(?<=[.?!”\"')] )){_MONTH} \d{{1,2}}(?:st|nd|rd|th) ?, \d{{4}} "
             r"\d{1,2}:\d\d ?[ap]m ET (?=\S)"),
    # a BBC "Have your say" comment: "Added: Tuesday, 19 January, 2010, 18:32 GMT 18:32 UK"
    ("Added", rf"\bAdded ?: {_WEEKDAY} ?, \d{{1,2}} {_MONTH} ?, \d{{4}} ?, \d{{1,2}}:\d\d {_ZONE}"),
    ("We welcome comments", r"We welcome comments (?:that advance the story|on our articles)"),
    ("Views expressed in the comments", r"Views expressed in the comments do not represent"),
    ("This discussion is now closed", r"This discussion is now closed"),
    ("Comments are not pre-screened", r"Comments are not pre-screened before they post"),
    ("will not be displayed", r"\(required, but will not be displayed\)"),
    ("CNN welcomes a lively", r"CNN welcomes a lively and courteous discussion"),
    ("Notify me of follow-up comments", r"Notify me of follow-up comments"),
    ("reactively-moderated", r"All posts are reactively-moderated"),
    # the Guardian's footer: "Letters for publication should be sent to : letters@guardian.co.uk
    # ... This article appeared on p12 of the Guardian review section of the Guardian on 01.35 GMT
    # on Saturday 12 February 2005 Latest news and views from ...": the print edition's page and
    # the site's widgets, dated the day it was printed
    ("Letters for publication", r"Letters for publication should be sent to ?:"),
    ("This article appeared on p", r"This article appeared on p\d+ of the "),
)

# Lines that are the page, not the story (widgets, forms, disclaimers, promotions).
BOILERPLATE: tuple[tuple[str, str], ...] = (
    ("RETWEET", r"\bRETWEET\b"),
    ("Check these out", r"^Check these out\b"),
    ("JavaScript must be turned on", r"JavaScript must be turned on"),
    ("Flash player", r"latest Flash player"),
    ("Can not play media", r"^Can not play media"),
    ("ultra-low latency", r"An ultra-low latency infrastructure for electronic trading"),
    ("Dow Jones IndexesSM", r"Dow Jones IndexesSM"),
    ("Morningstar", r"\bMorningstar, Inc\."),
    ("FactSet", r"FactSet Research Systems"),
    ("stock quote data", r"Most stock quote data provided by"),
    ("Market indexes are shown", r"Market indexes are shown in real time"),
    ("Chicago Mercantile Exchange", r"Chicago Mercantile Exchange Inc\. and its licensors"),
    ("LIBOR Warning", r"LIBOR Warning"),
    ("All times are ET", r"^All times are ET"),
    ("screen name", r"Please create a screen name|This screen name will be associated"),
    ("By registering for this service", r"By registering for this service"),
    ("default edition", r"make this your default edition"),
    ("selected the U.S. Edition", r"You ?'ve selected the U\.S\. Edition"),
    ("sign up", r"By clicking on \W*sign up"),
    ("For our international users", r"For our international users"),
    ("Select one with", r"^Select one with \d"),
    ("Sign Up Be sure", r"^Sign Up Be sure to fill in"),
    ("follow this blog", r"Enter your email address to follow this blog"),
    ("not responsible for the content of external", r"The BBC is not responsible for the content"),
    ("unable to offer transcripts", r"We are unable to offer transcripts"),
    ("Send ", r"^Send (?:us )?your (?:pictures|comments|video)"),
    ("contacted by a BBC journalist", r"^If you are happy to be contacted by a BBC journalist"),
    ("Your contact details", r"^Your contact details will never be published"),
    ("terms and conditions", r"^Please ensure you have read the terms and conditions"),
    ("large file", r"^If you have a large file you can upload"),
    ("When sending us pictures", r"^When sending us pictures"),
    ("RUSH TRANSCRIPT", r"^THIS IS A RUSH TRANSCRIPT"),
    ("FINAL FORM", r"^THIS COPY MAY NOT BE IN ITS FINAL FORM"),
    # CNN's video list, each entry a line stamped after its headline: "Jihadist death threatened
    # Libyan peace deal updated: Sat Nov 28 2009 07:42:00 The long negotiations ...". No sentence
    # ends before the stamp on its line, and no comma follows it: "The site, last updated: Sat Nov
    # 28 2009 07:42:00, showed that ..." is prose.
    ("updated", rf"^(?:(?![a-z0-9][.?!] [A-Z“\"]| [.?!] )[^\n]){{0,300}}?(?<!\blast )\bupdated ?: "
                rf"{_WEEKDAY} {_MONTH} \d{{1,2}} \d{{4}} \d\d:\d\d:\d\d(?! ?,)"),
)

# Notices cut from the line they end, the line kept when words remain: "... said on Friday.
# (c) Thomson Reuters 2011. All rights reserved." is the article's last sentence and its notice.
NOTICES: tuple[tuple[str, str], ...] = (
    ("All rights reserved", r"[ \t]*(?:(?:\(c\)|©|Copyright)[ \t]*)*"
                            r"(?:(?:[A-Z][\w&.-]*[ \t]+){1,3}\d{4}|\d{4}(?:[ \t]+[A-Z][\w&.-]*){1,3})?"
                            r"[ \t]*\.?[ \t]*All rights reserved\b[ \t]*\.?"),
)

# A picture's credit ends its caption: "... confronted his accusers in the US senate.
# Photograph: Dennis Cook/AP Mr Galloway told ..." (Guardian pages). The credit goes and what
# follows starts a line of its own, so it neither heads an event ("Photograph: Dennis Cook/AP
# George Galloway confronted ...") nor joins the caption's sentence.
CREDITS: tuple[tuple[str, str], ...] = (
    ("Photograph", r"\bPhotograph ?: ?[A-Za-z][\w.'’ -]{1,40}?/[A-Z][\w.&-]*(?:/[A-Z][\w.&-]*)?(?=[ \t]|$)"),
)

# Live-blog update times, dropped: a time of day that opens the entry it dates ("(Updated 1:39
# p.m. (2039 in Egypt)) Demonstrators ..."); the tagger would read "2039" as a year and the
# entry's headline would start with a bracket.
UPDATES: tuple[tuple[str, str], ...] = (
    # (the outer bracket is sometimes never closed: "(Updated 9:45 a.m. ET (1645 in Egypt) Unrest")
    ("Update", r"\( ?Updated?(?: at)? \d{1,2}(?::\d\d)?(?: ?[ap]\.?m\.?)?[^()\n]{0,60}?"
               r"(?:\( ?[^()\n]{0,30}?\) ?\)?|\)) ?"),
)

# Live pages (BBC "As it happened") open each entry with a 24-hour time, "2358 UN Ban Ki-moon has
# given an update"; the tagger would read 2358 as a year. The times go, but only on a page with at
# least LIVE_TIMES_AT_LEAST of them, some not 19xx or 20xx, that mostly run backwards (the latest
# entry first: "0000", "2358", "2349", ..., "0908" on the three Haiti live pages of Timeline17): a
# chronology runs forwards ("1805 ...", "1848 ...", "1922 ...") and keeps its years.
LIVE_TIME = re.compile(r"^(?P<hour>[01]\d|2[0-3])[0-5]\d (?=[A-Z“‘\"'])", re.M)
LIVE_TIMES_AT_LEAST = 5
# On such a page an entry sometimes runs on from the one before it without a stop or a line
# ("... went to the office of Medecins Sans Frontieres for treatment 1541 President Barack Obama
# says ..."): a time between a word and a capital goes too, unless the word before it is one a
# year follows ("in 1770 The ...", "the 1692 Jamaica quake").
LIVE_TIME_IN_LINE = re.compile(r"(?<=[\w.,;:!?)\"”’'] )(?P<time>(?:[01]\d|2[0-3])[0-5]\d) (?=[A-Z“‘\"'])")
YEAR_AFTER = frozenset("""in of since by from until till to and or the a an early late mid about
around before after during circa c. year years""".split())

# A live page's entry stamp: "LIBYA, 5:32 p.m. ET, 12:32 a.m. local: The United States on Monday
# condemned ...", the entries sometimes run on one line ("... news website EgyNews LIBYA, 7:33 p.m.
# ET, 2:33 a.m. local: Here is ..."). The stamp goes and its entry starts a line: it was the
# headline's first words ("LIBYA, 5:32 p.m. ET, 12:32 a.m. local:"), and a run-on entry joined
# the one before it in one sentence.
_CLOCK = r"(?:\d{1,2}(?::\d\d)?(?: ?[ap]\.m\.)?|noon|midnight)"
ENTRY_STAMPS: tuple[tuple[str, str], ...] = (
    (" local", rf"\b[A-Z]{{3,}}(?: [A-Z]{{3,}}){{0,2}} ?, {_CLOCK} ET ?, {_CLOCK} local(?: ?:)?"),
)
# A live page's title and day before its standfirst, "As it happened: Haiti earthquake 14 Jan Live
# coverage following Tuesday's earthquake ...", are cut from the page's title (the article's
# entry read "Article: As it happened: ..."). The text keeps them: without "happened" the
# standfirst tells no event, and "after the quake" further down then found an older quake.
LIVE_PAGE_TITLES: tuple[tuple[str, str], ...] = (
    # (a title, no sentence: "As it happened: Obama arrived on 14 Jan Later ..." is prose)
    ("As it happened", rf"^As it happened ?: [A-Z][^\n.:]{{0,80}}?(?<! on)(?<! by)(?<! from)(?<! since)(?<! until) "
                       rf"\d{{1,2}} {_MONTH_ABBR}(?= [A-Z])"),
)
# A BBC factbox run into one line, "23 Dec : Two bombs hit security buildings in Damascus 6 Jan :
# Car bomb in Damascus kills 26 10 Feb : Twin attacks ...": each entry starts a line, or the first
# entry's words are headed by the last entry's date. Only on a line with FACTBOX_AT_LEAST entries.
# (also "23 Dec 2011 - 44 people killed in twin car bomb attacks in Damascus 10 Feb 2012 - 28 ...")
# A date after a preposition is prose's, not an entry's: "The uprising began on 25 January - Police
# Day - and ended on 11 February - Mubarak's last day in office."
FACTBOX_DATE = rf"\d{{1,2}} {_MONTH}(?: (?:19|20)\d\d)? ?(?::|[-–]) (?=[A-Z0-9“\"'])"
_PROSE_BEFORE = ("on", "in", "at", "after", "before", "since", "until", "till", "by", "from", "and",
                 "between", "to", "of")
_NOT_AFTER_WORD = "".join(rf"(?<!\b[{w[0]}{w[0].upper()}]{w[1:]})" for w in _PROSE_BEFORE)
_NOT_AFTER_WORD_SPACE = "".join(rf"(?<!\b[{w[0]}{w[0].upper()}]{w[1:]} )" for w in _PROSE_BEFORE)
FACTBOX_ENTRY = re.compile(rf"(?:^|(?<=[ \t]){_NOT_AFTER_WORD_SPACE}){FACTBOX_DATE}", re.M)
FACTBOX_BREAK = re.compile(rf"(?<=\S){_NOT_AFTER_WORD}[ \t]+(?={FACTBOX_DATE})")
FACTBOX_AT_LEAST = 2

# Publication stamps, put on a line of their own. Every one ends in a time zone.
STAMPS: tuple[tuple[str, str], ...] = (
    # Guardian: "Thursday 21 April 2005 17.48 BST"
    (" ", rf"{_WEEKDAY} \d{{1,2}} {_MONTH} \d{{4}} \d{{1,2}}[.:]\d\d {_ZONE}"),
    # Reuters page header: "BEIRUT | Wed Apr 27, 2011 7:44 am EDT", "ABIDJAN/DAKAR | ... IST"
    (" ", rf"(?:\b[A-Z][A-Za-z.'/-]*(?: [A-Z][A-Za-z.'/-]*){{0,3}} \| )?{_WEEKDAY} {_MONTH} "
          rf"\d{{1,2}} ?, \d{{4}} \d{{1,2}}:\d\d ?[ap]m {_ZONE}"),
    # BBC: "24 April 2011 Last updated at 17:55 GMT Help", "Page last updated at 23:19 GMT,
    # Tuesday, 19 January 2010" (the headline and the story follow on the same line)
    (" ", rf"\d{{1,2}} {_MONTH} \d{{4}} Last updated at \d{{1,2}}:\d\d {_ZONE}(?: Help)?"),
    (" ", rf"Page last updated at \d{{1,2}}:\d\d {_ZONE} ?, {_WEEKDAY} ?, \d{{1,2}} {_MONTH} \d{{4}}"
          rf"(?: \d{{1,2}}:\d\d UK)?"),
    # BBC: "Last updated: 14 January, 2010 - 17:26 GMT Haiti earthquake: Expats fear ..."
    (" ", rf"Last updated ?: \d{{1,2}} {_MONTH} ?, \d{{4}} - \d{{1,2}}:\d\d {_ZONE}"),
    # CNN byline: "February 2, 2011 : 2:24 PM ET"
    (" ", rf"{_MONTH} \d{{1,2}} ?, \d{{4}} ?: \d{{1,2}}:\d\d ?[AP]M {_ZONE}"),
)
_ZONES = ("BST", "GMT", "UTC", "EDT", "EST", "CET", "IST", " ET")

# Bylines that open a line ("By the CNN Wire Staff", "January 27, 2011 | By Tarek Osman, Special
# to CNN"): put on a line of their own in the text, and cut from the title.
_NAME = r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}"
BYLINES: tuple[tuple[str, str], ...] = (
    ("| By", rf"^{_MONTH} \d{{1,2}} ?, \d{{4}} \| "),
    ("By ", rf"^By (?:the CNN Wires? [Ss]taff|{_NAME}(?: and {_NAME})?(?: ?, (?:Special to |[Ff]or )?CNN| for CNN))"),
    # the wire byline also follows the headline it is scraped with: "Libyan missile misses Italian
    # warship By the CNN Wire Staff French aircraft carrier ..."
    ("CNN Wire", r"(?<=[\w.?!'\"”’] )By the CNN Wires? [Ss]taff\b"),
)
# CNN's story highlights: the page's bullets ("NEW : Egypt 's official news agency reports 49
# people were injured Protest organizers say ...") and the related headlines scraped with them run
# without a stop into each other and into the article's dateline ("Cairo , Egypt ( CNN ) --
# Thousands of protesters ..."). The article tells it all again, and bullets run together are no
# sentence ("... errant strike NEW : ..."): 286 such lines in Timeline17. The words before the
# dateline go when they are at least HIGHLIGHT_WORDS words and no sentence ends among them ("U.S."
# is no end); a line of bullets marked "NEW :" with no dateline on it goes whole (79 more).
# a stop after a lower-case word ends a sentence; one after a title before a name does not ("Sen.
# John McCain : ...", "Rep. Ron Paul says")
SENTENCE_END = (r"[a-z]{2}(?<!Sen)(?<!Rep)(?<!Gen)(?<!Gov)(?<!Col)(?<!Sgt)(?<!Adm)(?<!Maj)(?<!Mrs)(?<!Sens)"
                r"(?<!Reps)(?<!Capt)(?<!Corp)[.?!]\s")
_BULLET_CHAR = r"(?:(?!\s[.?!]\s|" + SENTENCE_END + r")[^\n])"
# the bullets end on a word, or at their 20th character: ended at each blank of a long run, the run
# was scanned again from each (a CNN page with 20,000 blanks on a line: 4.6 s)
HIGHLIGHTS = re.compile(
    r"^(?P<bullets>" + _BULLET_CHAR + r"{20}(?:" + _BULLET_CHAR + r"*?(?<![ \t]))??)[ \t]+"
    r"(?=(?:[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,3}(?:[ \t]*,[ \t]*[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,3})?"
    r"[ \t]*)?\([ \t]?CNN[ \t]?\)[ \t]*--)", re.M)
HIGHLIGHT_WORDS = 8
NEW_BULLET = re.compile(r"^(?=[^\n]*(?:^|[ \t])NEW[ \t]?:[ \t]+[A-Z“`'\"‘])(?![^\n]*\([ \t]?CNN[ \t]?\)[ \t]*--)"
                        r"[^\n]*\n?", re.M)
# Transcript headers: "... Interview With Tunisian Prime Minister Aired February 4, 2011 - 21:00 ET
# THIS IS A RUSH TRANSCRIPT." The air time goes on its own line, the notice is dropped.
TRANSCRIPTS: tuple[tuple[str, str], ...] = (
    ("Aired ", rf"Aired {_MONTH} \d{{1,2}} ?, \d{{4}} - \d{{1,2}}:\d\d(?::\d\d)? ET"),
)


# Reuters pages open with a promoted headline from elsewhere on the site, then "Full Article" and
# the article's own headline ("U.S. Northeast digs out from blizzard, tornado strikes in South.\n
# Full Article Gaddafi son warns of civil war ..."): 35 Libya and Syria pages of Timeline17, each
# titled after the blizzard or Volkswagen. What comes before the marker is cut, and a title that
# was that promotion becomes the article's headline.
PAGE_STARTS: tuple[tuple[str, str], ...] = (
    ("Full Article", r"\A\s*(?:[^\n]{0,300}\n){0,3}?Full Article[ \t]+(?=[A-Z])"),
)
# Reuters pages open with their lead photo's caption when an editor's note goes with it ("EDITOR
# 'S NOTE : PICTURE TAKEN ON GUIDED GOVERNMENT TOUR Libyan government soldiers react ... March 16
# , 2011 .\nPicture taken March 16 , 2011 .\nSAO PAULO | Tue Mar 22 , 2011 2:12 am EDT SAO PAULO
# -LRB- Reuters -RRB- - ..."): the caption's dates are the picture's, not the story's, and a title
# taken from the page's first line is the caption's. What comes before the page header is cut
# (4 Libya and Syria pages of Timeline17); such a title becomes the story's first sentence.
CAPTION_STARTS = re.compile(
    r"\A\s*EDITOR ?['’]?S NOTE\b[^\n]{0,1000}\n(?:[^\n]{0,600}\n){0,4}?"
    rf"(?=(?:[A-Z][A-Za-z.'/-]*(?: [A-Z][A-Za-z.'/-]*){{0,3}} \| )?{_WEEKDAY} {_MONTH} \d{{1,2}} ?, \d{{4}} )")
# an agency's dateline before a story's first sentence: "SAO PAULO (Reuters) - "
AGENCY_DATELINE = re.compile(r"\A[^\n(]{0,60}\( ?(?:Reuters|AP|AFP|CNN) ?\) ?[-–—]+ ?")
# Where a headline run into the page ends: a photo credit, a sentence end, or the line's end.
HEADLINE_END = re.compile(r" Credit ?:|(?<=[a-z0-9][.?!]) (?=[A-Z])|$", re.M)
HEADLINE_WORDS = 16


def _compiled(rows, wrap="{}", flags=re.M):
    return tuple((cue, re.compile(wrap.format(pattern), flags)) for cue, pattern in rows)


_TAILS = _compiled(TAILS)
_BOILERPLATE = _compiled(BOILERPLATE)
_NOTICES = _compiled(NOTICES)
# A run of blanks is entered only at its start ((?<![ \t])): a regex that may start anywhere
# inside a long run rescans it from every position (quadratic; a 120 KB run took minutes).
_STAMPS = _compiled(STAMPS, r"(?<![ \t])[ \t]*(?P<stamp>{})[ \t]*")
_BYLINES = _compiled(BYLINES, r"(?P<stamp>{})[ \t]*")
_UPDATES = _compiled(UPDATES)
_CREDITS = _compiled(CREDITS, r"(?<![ \t])[ \t]*(?:{})[ \t]*")
_ENTRY_STAMPS = _compiled(ENTRY_STAMPS, r"(?<![ \t])[ \t]*(?:{})[ \t]*")
_PAGE_STARTS = _compiled(PAGE_STARTS, flags=0)
_TRANSCRIPTS = _compiled(TRANSCRIPTS, r"(?<![ \t])[ \t]*(?P<stamp>{})[ \t]*")
# a page's title scraped from its first line: "Gadhafi denies Libyans oppose him By the CNN Wire
# Staff Libyan leader Moammar Gadhafi ...": the headline is what comes before the byline
TITLE_BYLINE = re.compile(r"\s+By the CNN Wires? [Ss]taff\b.*$", re.S)
TITLE_BYLINE_AFTER_WORDS = 3
_TITLE_CUTS = tuple(re.compile(rf"^\s*(?:{p})\s*") for _, p in STAMPS + BYLINES + LIVE_PAGE_TITLES)

# Text reads as tokenised when it has several of these: " , " " 's" " n't" "`` " " ." at line end.
TOKENISED = re.compile(r" [,;:] | (?:'s|n't|'re|'ve|'m|'ll|'d) |`` | \.(?:[ \t]|$)", re.M)
TOKENISED_AT_LEAST = 3

DETOKENISE: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p, re.M), r) for p, r in (
    # a Reuters instrument code, its full stop taken for a sentence's end and the line broken
    # there: "Alcoa Inc -LRB- AA .\nN -RRB- , the first Dow component ..." -> "Alcoa Inc (AA.N), ..."
    (r"\(\s*([A-Za-z0-9]{1,6}) \.\s+([A-Z]{1,3}) \)", r"(\1.\2)"),
    (r"``\s*", "“"), (r"(?<!\s)\s*''", "”"),
    (r"(?<=\w) (n't|'s|'re|'ve|'m|'ll|'d|')(?=[\s,.;:?!”]|$)", r"\1"),
    (r"(?:(?<=\s)|^)` ", "‘"),
    (r"\. \. \.", "..."),
    (r"\( ", "("), (r" \)", ")"),
    (r" ([,.;:?!%])(?=[\s”’)]|$)", r"\1"),
    (r"(?<=[A-Z]\.)\.(?=\s|$)", ""),  # "D.C. ." -> "D.C."
    (r"(?<=[$#]) (?=\d)", ""),
    (r"(?<![ \t])[ \t]+$", ""),
))


def normalize(text: str) -> str:
    """`text` with agency-copy artefacts repaired; ordinary prose passes through unchanged."""
    head, body = _split_front_matter(text)
    if "-" in body or "\\" in body:
        for pattern, replacement in REPAIRS:
            body = pattern.sub(replacement, body)
    if "-" in head or "\\" in head:  # YAML: "1\\/26" is an escaped escape; "\*" is no escape at all
        for pattern, replacement in HEAD_REPAIRS:
            head = pattern.sub(replacement, head)
    body = _cut_tail(body)
    for cue, pattern in _UPDATES:
        if cue in body:
            body = pattern.sub("", body)
    body = _without_live_times(body)
    for cue, pattern in _TRANSCRIPTS:
        if cue in body:
            body = pattern.sub(_own_line, body)
    body = body.replace(" THIS IS A RUSH TRANSCRIPT", "\nTHIS IS A RUSH TRANSCRIPT")
    dropped = [p for cue, p in _BOILERPLATE if cue in body and p.search(body)]
    if dropped:
        body = "\n".join(line for line in body.split("\n") if not any(p.search(line) for p in dropped))
    body = _without_notices(body)
    for cue, pattern in _CREDITS:
        if cue in body:
            body = pattern.sub("\n", body)
    for cue, pattern in _ENTRY_STAMPS:
        if cue in body:
            body = pattern.sub(_line_break, body)
    if FACTBOX_ENTRY.search(body):
        body = _with_factbox_lines(body)
    if any(zone in body for zone in _ZONES):
        for _, pattern in _STAMPS:
            body = pattern.sub(_own_line, body)
    for cue, pattern in _BYLINES:
        if cue in body:
            body = pattern.sub(_own_line, body)
    if "CNN" in body:
        body = HIGHLIGHTS.sub(lambda m: "" if len(m["bullets"].split()) >= HIGHLIGHT_WORDS else m[0], body)
        if "NEW" in body:
            body = NEW_BULLET.sub("", body)
    for cue, pattern in _PAGE_STARTS:
        if cue in body[:1500] and (start := pattern.search(body)):
            promoted = {line.strip() for line in body[:start.end()].split("\n")}
            body = "\n" + body[start.end():]
            headline = _headline(body)
            head = _retitled(head, lambda title: _quoted(headline) if _unquoted(title).strip() in promoted
                             else title)
    if "NOTE" in body[:40] and (start := CAPTION_STARTS.search(body)):
        caption = body[:start.end()].strip()
        body = "\n" + body[start.end():]
        head = _retitled(head, lambda title: _quoted(_story_headline(body))
                         if caption.startswith(_unquoted(title).removesuffix("...").strip()) else title)
    head = _retitled(head, _title)
    if len(TOKENISED.findall(body, 0, 20_000)) >= TOKENISED_AT_LEAST:
        body = detokenise(body)
        head = _retitled(head, detokenise)
    return head + body


TITLE = re.compile(r'^(title:\s*")(.*)("\s*)$', re.M)


def _retitled(head: str, repair) -> str:
    """Front matter with `repair` applied to its double-quoted title (the text between quotes)."""
    return TITLE.sub(lambda m: m[1] + repair(m[2]) + m[3], head)


def _without_notices(body: str) -> str:
    """`body` with NOTICES cut; a line they leave without a word goes."""
    cuts = [p for cue, p in _NOTICES if cue in body]
    if not cuts:
        return body
    lines = []
    for line in body.split("\n"):
        cut = line
        for pattern in cuts:
            cut = pattern.sub("", cut)
        if cut == line:
            lines.append(line)
        elif re.search(r"\w", cut):
            lines.append(cut)
    return "\n".join(lines)


def _with_factbox_lines(body: str) -> str:
    """Each entry of a factbox run into one line on a line of its own (FACTBOX_ENTRY)."""
    return "\n".join(FACTBOX_BREAK.sub("\n", line) if len(FACTBOX_ENTRY.findall(line)) >= FACTBOX_AT_LEAST
                     else line for line in body.split("\n"))


def _without_live_times(body: str) -> str:
    times = [m[0] for m in LIVE_TIME.finditer(body)]
    if (len(times) >= LIVE_TIMES_AT_LEAST and sum(t[:2] not in ("19", "20") for t in times) >= 3
            and sum(a > b for a, b in zip(times, times[1:])) > sum(a < b for a, b in zip(times, times[1:]))):
        return LIVE_TIME_IN_LINE.sub(_unless_a_year, LIVE_TIME.sub("", body))
    return body


def _unless_a_year(time: re.Match) -> str:
    before = time.string[max(0, time.start() - 12):time.start()].split()
    return time[0] if before and before[-1].lower() in YEAR_AFTER else ""


def _title(title: str) -> str:
    """A title without the byline or publication stamp it starts with (when more remains), and
    without the wire byline and the story's first words after its headline."""
    for _ in range(2):  # "January 27, 2011 | By Tarek Osman, Special to CNN This week ..."
        for pattern in _TITLE_CUTS:
            cut = pattern.sub("", title, count=1)
            if len(cut) > 10:
                title = cut
    if (byline := TITLE_BYLINE.search(title)) and len(title[:byline.start()].split()) >= TITLE_BYLINE_AFTER_WORDS:
        title = title[:byline.start()]
    return title


def _headline(body: str) -> str:
    """The headline a body starts with, where the page runs it into a caption or the story."""
    first = body.strip().split("\n", 1)[0]
    first = first[:HEADLINE_END.search(first).start()].strip()
    words = first.split()
    return " ".join(words[:HEADLINE_WORDS]) + (" ..." if len(words) > HEADLINE_WORDS else "")


def _story_headline(body: str) -> str:
    """The first sentence of a story below its page header ("TRIPOLI | Sat May 7, 2011 7:30 pm
    EDT") and after its agency's dateline, as _headline cuts it."""
    lines = [line for line in body.strip().split("\n") if not any(p.fullmatch(line.strip()) for p in _TITLE_CUTS)]
    return _headline(AGENCY_DATELINE.sub("", "\n".join(lines).strip(), count=1))


def _unquoted(title: str) -> str:
    """A YAML double-quoted scalar's text (JSON escapes, as t17_seeds.py and most tools write)."""
    try:
        return json.loads(f'"{title}"')
    except ValueError:
        return title


def _quoted(title: str) -> str:
    return json.dumps(title, ensure_ascii=False)[1:-1]


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


def _line_break(match: re.Match) -> str:
    """A line break in place of the match, none where a line starts already."""
    return "" if match.start() == 0 or match.string[match.start() - 1] == "\n" else "\n"


def _own_line(match: re.Match) -> str:
    """The match on a line of its own, without doubling a line break already there."""
    text, start, end = match.string, match.start(), match.end()
    before = "" if start == 0 or text[start - 1] == "\n" else "\n"
    after = "" if end == len(text) or text[end] == "\n" else "\n"
    return before + match["stamp"] + after


def _cut_tail(body: str) -> str:
    starts = [m.start() for cue, p in _TAILS if cue in body and (m := p.search(body))]
    return body[:min(starts)].rstrip() + "\n" if starts else body
