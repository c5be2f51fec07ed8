"""English word lists that rule patterns share, and the {MACRO} expansion that uses them.

Patterns in the rule tables name these lists as `{MONTH}`, `{WEEKDAY}`, `{NUM}` ...; each list is
defined once here, so a new spelling reaches every rule that uses it.
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
WEEKDAY_ABBREVIATIONS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
                         "fri": 4, "sat": 5, "sun": 6}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2,
    # vague quantities keep the unit but not the number: "several days" is PXD
    "a few": None, "few": None, "several": None, "many": None, "some": None,
    "a number of": None, "a handful of": None,
}
# words that count hundreds or thousands ("four hundred", "a thousand"); "a hundred" is in NUMBERS
SCALES = {"hundred": 100, "thousand": 1000}
NUMBERS_BEFORE_SCALE = ("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3,
    "4th": 4, "5th": 5, "final": -1, "last": -1,
}
# centuries are counted in spelled ordinals too ("the twentieth century", "the Twenty-first Century")
CENTURY_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty first": 21, "twenty-second": 22,
}
# a day of the month in words, as broadcast transcripts write it ("Sunday, March eighth", "the
# fifteenth of May"); the tens take a hyphen or a space ("twenty-third", "twenty third")
_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                  "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
DAY_ORDINAL_WORDS = {
    **{word: n for n, word in enumerate(_ORDINAL_WORDS, 1)},
    **{f"twenty{sep}{word}": 20 + n for n, word in enumerate(_ORDINAL_WORDS[:9], 1) for sep in ("-", " ")},
    "thirtieth": 30, "thirty-first": 31, "thirty first": 31,
}
UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "2W",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "centuries": "CE",
    "weekend": "WE",
}
TIME_UNITS = {"second", "minute", "hour"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "overnight": "NI", "midday": "MI", "noon": "MI"}

# Words that end in a stop without ending the sentence: "Dr. Barnett Slepian was shot", "Roe vs.
# Wade", "on Nov. 20". (Not "U.S." or "p.m.": they end sentences too often.)
ABBREVIATIONS = frozenset({
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Sens", "Rep", "Reps", "Gov", "Lt", "Col", "Capt",
    "Sgt", "Cpl", "Maj", "Adm", "Prof", "Rev", "Msgr", "St", "Ft", "Mt", "Gens", "Cmdr", "Supt",
    "vs", "Vs", "v", "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"})

# the past of a verb that reports what someone said: after a clause ("..., an official said"),
# it tells when the words were said, not when the plan they tell of falls
REPORTING_VERBS = frozenset({"said", "told", "added", "reported", "announced", "stated"})
# the pronouns that open a relative clause (", which began on April 9,"): a date inside one is
# background, and the story's chain of dates goes on from its main clause
RELATIVE_PRONOUNS = ("which", "who", "whose", "whom")
# capitalised words that open sentences, so a stop after initials before one of them ends the
# sentence ("... to the U.S. The talks"); before any other capitalised word it is a name's
# ("the U.S. State Department")
SENTENCE_OPENERS = (
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "On", "At", "But", "And", "Or",
    "So", "This", "That", "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "As", "After",
    "Before", "When", "While", "If", "Some", "Many", "Most", "No", "Yet", "Still", "However",
    "Meanwhile", "Earlier", "Later", "Now", "Then", "Also", "Officials")


# --- tense cues: the words `engine.tense_cues` reads a verb's tense from ---------------------
# Looked up word by word in sets: several times faster than one regex with a hundred
# alternatives tried at every word under re.I.
FUTURE_WORDS = frozenset({"will", "shall", "won't", "would", "next", "upcoming", "coming", "expected",
                          "scheduled", "planned"})
# modals that oblige or advise: what they govern in their own clause lies ahead ("the handover
# should be complete by Monday", "areas where people congregate after Friday prayers should be
# avoided"), unless a perfect follows ("should have known")
DUTY_MODALS = frozenset({"must", "should", "may", "might"})  # "could": see COULD_NOT_AHEAD
# "could" before a verb looks ahead as those do ("the storm could batter the east coast by
# Thursday", "the package could be decided at a meeting on Sunday or Monday"), except before
# these (past its adverbs and "be"), where it tells what was possible then: "fire could be heard
# early Thursday", "explosions could also be heard", "a crew could hear them", "CNN could not
# confirm reports Monday", "could have been", "reporters could finally enter the square",
# "Neither he nor his parents could be located Wednesday", "smoke could be smelt"
COULD_NOT_AHEAD = frozenset({"not", "n't", "have", "only", "never", "hardly", "barely", "still",
                             "finally", "hear", "see", "feel", "smell", "watch", "sense", "heard",
                             "seen", "felt", "overheard", "smelled", "smelt", "spotted", "glimpsed",
                             "sensed", "observed", "watched", "noticed", "located", "reached",
                             "contacted"})
# a negative subject or object of "could" tells what was not possible, as an "only" before it
# tells what little was: "No one could explain on Tuesday why", "Neither death could be
# confirmed", "firefighters could do nothing on Monday", "Only 40 people could be rescued"
NEGATIVES = frozenset({"no", "neither", "nor", "nobody", "none", "nothing"})
# verbs of need, hope and promise before "to": what they look to lies ahead, in their own clause
# as with a modal ("the bank needs to raise the money by Monday", "we hope to get one plane in
# tomorrow (Friday)"); not "want", which a speaker uses of the present ("I want to show you ...")
DESIRE_VERBS = frozenset({"hope", "need", "needs", "seek", "seeks", "vow", "vows", "pledge", "pledges",
                          "promise", "promises", "threaten", "threatens"})
# their past before "to" tells a plan in the past, whose day may be behind or still ahead ("Britain
# hoped to put it to a vote by Friday"), as "was due to" does
PAST_DESIRES = frozenset({"hoped", "intended", "aimed", "vowed", "pledged", "promised", "threatened"})
FUTURE_BEFORE_TO = frozenset({"going", "is", "are", "due", "set", "plan", "plans", "expected",
                              "expect", "expects", "intend", "intends", "planning", "preparing",
                              "forecast", "predicted", "likely", "poised", "slated", "about",
                              "hopes", "hoping", "aims", "aiming"})  # "is to", "due to", "forecast to" ...
# a present tense after these tells of a condition still to be met, so its day lies ahead: "if no
# deal is reached by Sunday, the banks stay shut", "if it fails to get authorization by Sunday"
# (not "as if": a comparison)
CONDITIONALS = frozenset({"if", "unless"})
# after these a form like "hit" is a bare infinitive, no past: "the storm will hit the coast on Sunday"
BEFORE_INFINITIVE = frozenset({"to", "will", "would", "could", "can", "may", "might", "should",
                               "must", "shall", "won't", "cannot"})
PAST_WORDS = frozenset({
    "was", "were", "had", "did", "said", "told", "ago", "last", "yesterday", "began", "came", "took",
    "went", "made", "met", "saw", "gave", "left", "held", "fell", "rose", "struck", "hit", "won",
    "lost", "led", "broke", "became", "brought", "sent", "spoke", "wrote", "built", "ran", "sat",
    "stood", "paid", "sold", "bought", "found", "thought", "got", "kept",
    # irregular past forms that are no common noun or present form
    "flew", "drove", "chose", "rode", "fought", "threw", "grew", "knew", "drew", "fled", "hid",
    "sought", "taught", "withdrew", "swept", "stole", "woke", "tore", "swore", "meant", "heard",
    "understood", "forgot", "froze", "sank", "sang", "rang", "swam", "hung", "stuck", "spun", "dug",
    "slid", "fed", "bled", "slept", "wept", "caught", "overcame", "forgave", "ate", "drank", "shook",
    "arose", "upheld", "felt", "spent", "died"})
PRESENT_WORDS = frozenset({"is", "are", "am", "has", "have", "remain", "remains", "continue",
                           "continues", "says", "does"})
# Present-tense verbs that news uses for what is scheduled: "Parliament votes Friday", "the
# president travels to Jordan on Friday". After a determiner they are nouns ("the vote Friday").
# Only these make a present tense a plan: news also tells past events in the present ("police
# are investigating a shooting Friday night", "officials say the blast Friday killed 12").
SCHEDULE_VERBS = frozenset({
    "meet", "meets", "votes", "travel", "travels", "visits", "arrive", "arrives",
    "begin", "begins", "starts", "resume", "resumes", "return", "returns", "opens",
    "convene", "convenes", "reconvene", "reconvenes", "expire", "expires", "testify", "testifies",
    "heads", "host", "hosts", "faces", "leave", "leaves", "decide", "decides", "launches",
    "announces", "unveils", "holds", "plays", "hear", "hears", "celebrate", "celebrates", "goes",
    "ends", "debates", "addresses", "sits", "takes", "reopen", "reopens", "closes", "concludes"})
# "is travelling to Washington on Monday": the progressive of a scheduling verb is a plan. Any
# other progressive tells of what is under way about a past event ("police are investigating a
# shooting Friday night"); TimeBank and AQUAINT hold no progressive plan with a weekday, and
# their progressives by a weekday ("authorities are pursuing more than 400 tips") are no plans.
SCHEDULE_PROGRESSIVES = frozenset({
    "meeting", "travelling", "traveling", "visiting", "arriving", "beginning", "starting",
    "resuming", "returning", "opening", "convening", "reconvening", "testifying", "heading",
    "hosting", "leaving", "launching", "unveiling", "holding", "playing", "celebrating", "going",
    "debating", "addressing", "reopening", "closing", "concluding", "flying", "attending",
    "speaking", "staging", "marrying", "departing", "calling", "planning", "preparing",
    # arranging what is sent or held: "the Foreign Office is sending a charter flight to Cairo on
    # Wednesday", "ShelterBox is chartering a 747 aircraft", "websites that are promoting a rally"
    "sending", "chartering", "dispatching", "deploying", "organizing", "organising", "promoting",
    "gathering"})
# after these an -s form is a verb ("the pope, who celebrates"); after a numeral or quantifier a
# plural noun ("won 5 million votes", "staged three plays")
SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "who", "which", "that"})
QUANTIFIERS = frozenset({"million", "millions", "billion", "thousand", "thousands", "hundred",
                         "hundreds", "dozen", "dozens", "two", "three", "four", "five", "six",
                         "seven", "eight", "nine", "ten", "many", "several", "some", "few", "more",
                         "most", "all", "both", "no", "other", "various", "numerous", "new", "any"})
# words that open the clause of a noun phrase before them: "officials said the court hears ..."
CLAUSE_OPENERS = frozenset({"and", "but", "while", "as", "when", "after", "before", "because",
                            "if", "where", "said", "says", "say", "that", "so", "then"})
# "the hearing is on Monday", "the vote is Friday": a copula before the day names a plan
COPULA_PLAN_NEXT = frozenset({"on", "monday", "tuesday", "wednesday", "thursday", "friday",
                              "saturday", "sunday", "slated", "tentatively"})
PARTICIPLES = frozenset({"been", "gone", "done", "seen", "come", "begun", "grown", "shown", "known",
                         "flown", "fallen", "risen", "spent", "sent", "brought", "caught", "won", "lost"})
# after these a word in -s is a verb in the present tense: "the pope, who celebrates Mass on Sunday"
SINGULAR_SUBJECTS = frozenset({"he", "she", "it", "who", "which"})
NOT_PAST_ED = frozenset({"need", "united", "hundred", "red", "bed", "seed", "speed", "feed",
                         "shed", "indeed", "proceed", "exceed", "succeed", "embed", "bred"})
# "will be sentenced", "will stay closed": the auxiliary or the copula has the tense
PASSIVE_AUXILIARIES = frozenset({"be", "being", "is", "are", "am", "stay", "stays", "remain", "remains"})
# words before "in the next month", "within the next day or two" in its sentence that make it a
# period beginning now, not one chained to the last date told ("could be launched in the next
# day or two", "plans to resume marketing within the next month")
LOOKING_AHEAD = frozenset({"will", "shall", "would", "could", "may", "might", "can", "expect", "expects",
                           "expected", "plan", "plans", "planning", "want", "wants", "hope", "hopes",
                           "aim", "aims", "intend", "intends", "going", "likely", "forecast"})
# "the next day", "the next morning": a step from the last date told, whose "next" is no cue of
# the future ("The next day, the violence escalates", "The next day he was asked to sign a form")
CHAIN_UNITS = frozenset({"day", "week", "month", "year", "morning", "afternoon", "evening", "night"})
# names of papers, channels and programmes that end in "Today" ("told USA Today", "Russia Today
# reported", "the BBC's World Today program"): the word is the name's, no day
NAMES_BEFORE_TODAY = ("USA", "Russia", "World", "Business", "Dominican", "VOA")  # "This is VOA Today."
PLAN_WORDS = frozenset({"scheduled", "planned", "due", "set", "expected", "supposed", "slated"})
PAST_AUXILIARIES = frozenset({"been", "was", "were"})
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that",
                         "these", "those", "bad", "heavy", "high", "low", "poor", "lack", "concerns"})
ARTICLES = frozenset({"a", "an", "the"})
ADVERBS = frozenset({"still", "newly", "recently", "previously", "long", "much", "widely", "highly",
                     "already", "yet", "as", "not"})


def _title_and_upper(words) -> str:
    forms = []
    for w in sorted(words, key=len, reverse=True):
        forms += [w.capitalize(), w.upper()]
    return "|".join(forms)


def _abbreviations(words) -> str:
    return "|".join(rf"{w}\.?" for w in
                    (f for w in sorted(words, key=len, reverse=True) for f in (w.capitalize(), w.upper())))


def _lower_and_title(words) -> str:
    forms = sorted({f for w in words for f in (w, w[0].upper() + w[1:])}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in forms)


def _any_case(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# the zones agency copy writes after a 24-hour clock ("1653 GMT", "(2153 GMT)")
_ZONES = r"(?:GMT|UTC|BST|CET|EST|EDT)"
# the zones a 12-hour clock names ("8 p.m. ET", "10 a.m. GMT"): a stop before one ends no sentence
TIME_ZONES = ("GMT", "UTC", "BST", "CET", "EST", "EDT", "ET", "CST", "CDT", "CT", "MST", "MDT", "MT",
              "PST", "PDT", "PT")
# what follows a 24-hour clock and never a year: "1130 GMT", "1130 hrs", "1130 local time"
_CLOCK_AFTER = rf"(?!\s*(?:{_ZONES}|hrs|local\s+time)\b)"

MACROS = {
    "MONTH_FULL": f"(?:{_title_and_upper(MONTHS)})",
    "MONTH": f"(?:{_title_and_upper(MONTHS)}|{_abbreviations(MONTH_ABBREVIATIONS)})",
    "WEEKDAY": f"(?:{_title_and_upper(WEEKDAYS)}|{_abbreviations(WEEKDAY_ABBREVIATIONS)}(?=\\s|,|$))",
    "WEEKDAY_FULL": f"(?:{_title_and_upper(WEEKDAYS)})",
    # spelled out in each case rather than (?i:...): case-folded alternatives are much slower to try
    # "1,300 years": thousands separated by commas are one number, not "300 years"
    "NUM": rf"(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+|{_lower_and_title(NUMBERS)}"
           rf"|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)[- ](?:one|two|three|four|five|six|seven|eight|nine)"
           # "four hundred years", "a thousand years", "One hundred years ago today": a count of hundreds
           rf"|(?:{_lower_and_title(NUMBERS_BEFORE_SCALE)})[- ](?:hundred|thousand))",
    "ORDINAL": f"(?:{_lower_and_title(ORDINALS)})",
    "CENTURY_ORDINAL": rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{_lower_and_title(CENTURY_ORDINALS)}|[Tt]wenty-[Ff]irst)",
    "UNIT": r"(?:(?:[Ss]econd|[Mm]inute|[Hh]our|[Dd]ay|[Ww]eek(?:end)?|[Ff]ortnight|[Mm]onth|[Qq]uarter|[Yy]ear|[Dd]ecade)s?"
            r"|[Cc]entury|[Cc]enturies|(?:SECOND|MINUTE|HOUR|DAY|WEEK|MONTH|YEAR)S?)",
    "DATE_UNIT": r"(?:day|week|month|year|weekend|quarter|decade|century)",
    "SEASON": f"(?:{_any_case(SEASONS)}|{_title_and_upper(SEASONS)})",
    "PART_OF_DAY": f"(?:{_any_case(PARTS_OF_DAY)})",
    "DAY_NUM": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
    "DAY_WORD": f"(?:{_lower_and_title(DAY_ORDINAL_WORDS)})",
    # not a 24-hour clock before its zone: "19 JANUARY, 1130 GMT" (BBC live pages) is 11:30
    "YEAR": rf"(?:(?:1[0-9]\d\d|20\d\d|2100){_CLOCK_AFTER})",
    "NOT_A_CLOCK": _CLOCK_AFTER,
    # what happens on one day and is then told of ("Sunday's attack", "the Friday bombing")
    "HAPPENING": r"(?:attacks?|bombings?|blasts?|explosions?|shootings?|killings?|massacre|raids?|air\s*strikes?"
                 r"|crash|clashes|violence|assault|ambush|shelling|earthquake|quake)",
    # what a day is named for ("a day of rage", "a day of mourning", "A day of national pride"):
    # such a day is an occasion, no length of time; a day spent at something ("after a day of
    # heavy fighting", "a day of protests", "a day of violence") still is one
    "NAMED_DAY_OF": r"(?:rage|anger|mourning|celebration|liberation|prayer|protest|action|defiance|departure"
                    r"|solidarity|national|pride|remembrance|reckoning|reflection|fasting|silence|resistance"
                    r"|dignity|unity|jubilation|martyrs|judgement|judgment|infamy|thanksgiving)",
    "ZONE": _ZONES,
    # the United States' zones, after a 12-hour clock ("8 p.m. ET", "5 p.m. EST", "6 a.m. PDT")
    "US_ZONE": r"(?:EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|PST|PDT|PT)",
    # a timex after one of these prepositions is a date; without one, "May" or "2019" may not be
    # the preposition is matched but left out of the extent (patterns put it before `(?P<timex>`);
    # matching it, rather than looking behind for it, lets the scan skip ahead quickly
    "PREP_BEHIND": r"(?<![\w-])(?:in|In|since|Since|until|Until|by|By|of|from|From|during|During|through"
                   r"|before|Before|after|After|to|for|on|between|Between|and|early|late|mid|than|at|At|till"
                   r"|around|throughout|or|recently\s+as)\s",
}

_MACRO = re.compile(r"\{([A-Z_]+)\}")


def expand(pattern: str) -> str:
    """Replace `{NAME}` with the shared word list; other braces (`{2}`) are left alone."""
    return _MACRO.sub(lambda m: MACROS.get(m[1], m[0]), pattern)


def number(word: str) -> int | None:
    """The value of a number word or digits ("two" -> 2, "twenty-one" -> 21, "several" -> None)."""
    word = word.lower().strip()
    if word.replace(",", "").isdigit():
        word = word.replace(",", "")
        return int(word)
    if "-" in word or " " in word:
        head, _, scale = word.replace(" ", "-").rpartition("-")
        if scale in SCALES and head in NUMBERS_BEFORE_SCALE:
            return NUMBERS[head] * SCALES[scale]  # "four hundred" 400, "a thousand" 1000
        tens, _, ones = word.replace(" ", "-").partition("-")
        if NUMBERS.get(tens) in (20, 30, 40, 50, 60, 70, 80, 90) and (NUMBERS.get(ones) or 0) in range(1, 10):
            return NUMBERS[tens] + NUMBERS[ones]  # "twenty-four", "twenty four"; not "a hundred"
    return NUMBERS.get(word)


def month_number(word: str) -> int:
    word = word.lower().rstrip(".")
    return MONTHS.get(word) or MONTH_ABBREVIATIONS[word]


def weekday_number(word: str) -> int:
    word = word.lower().rstrip(".")
    return WEEKDAYS[word] if word in WEEKDAYS else WEEKDAY_ABBREVIATIONS[word]


# link lists and tickers shorten the clock's units: "aid to quake-hit Haiti - 12 hrs ago Guardian"
UNIT_ABBREVIATIONS = {"hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute"}


def unit_name(word: str) -> str:
    """Singular unit name ("days" -> "day", "centuries" -> "century", "hrs" -> "hour")."""
    word = word.lower()
    if word == "centuries":
        return "century"
    if word in UNIT_ABBREVIATIONS:
        return UNIT_ABBREVIATIONS[word]
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else word
