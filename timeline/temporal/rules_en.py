"""English rules: what each matches, which resolver gives its value, and examples that are tests.

Every example resolves against DCT 2023-11-25 (a Saturday) and must give exactly that value
with this rule; every near miss must give nothing with it. `{MONTH}`-style names come from
`vocabulary`. A group named `timex` is the tagged extent (TimeML leaves out prepositions).

Extents follow the TempEval-3 training data (TBAQ-cleaned) where it is consistent: "the past
three years" and "earlier this month" keep their first words, "over"/"about" and hyphenated
adjectives' articles ("the 30-day review") stay outside, ages ("6-year-old") are not timexes.
`TRIGGERS` at the end names, for each rule, words one of which every match contains.
"""

from __future__ import annotations

from dataclasses import replace

from .engine import Rule
from .holidays_en import COUNTRY_PATTERN, HOLIDAY_PATTERN
from .vocabulary import NAMES_BEFORE_TODAY

DCT = "2023-11-25"
# a hedge before a span is part of its extent (TBAQ, before DURATION and DATE timexes: "nearly"
# 7 in, 1 out; "almost" 3-2; "more/less than" 5-3), but "about" stays out (2 in, 8 out), as
# "over" and "around" do, which are as often prepositions; "just over/under" and "roughly",
# which TBAQ does not write before a timex, are hedges like "nearly" ("just over a year later")
HEDGE = (r"(?:(?:[Nn]early|[Aa]lmost|[Mm]ore\s+than|[Ll]ess\s+than|[Jj]ust\s+(?:over|under)|[Rr]oughly|"
         r"[Ss]ome)\s+)?")
# nouns a number before them counts: "won 2019 votes", "12 March , 2000 protesters" (no year)
COUNTED = (r"(?:votes|people|troops|soldiers|residents|members|units|cars|jobs|tons|feet|meters|metres|miles|km|"
           r"kilometers|percent|per\s+cent|yen|pounds|dollars|euros|shares|points|barrels|acres|homes|workers|"
           r"employees|students|children|men|women|delegates|calories|protesters|demonstrators|refugees|"
           r"civilians|police|policemen|rebels|marchers|supporters|activists|officers|others|more)")
WEEKDAY_OPT = r"(?:{WEEKDAY}\s?,?\s+)?"  # tokenised copy spaces its commas: "Tuesday , 19 January , 2010"
# "Feb 15/16": the night from one day into the next, dated by the first day
NIGHT_PAIR = r"(?:\\?/(?:3[01]|[12]\d|0?[1-9])(?![\d/]))?"
MOD = r"(?:(?P<mod>early|mid|late|the end of|the beginning of|the start of|the middle of|Early|Late|Mid)[\s-]+)?"
# "one day" is not some day ahead after "in", "within", "for" (a length: "150 died in one day"), an
# article ("a one day general strike": a kind of strike) or a verb of lasting ("talks, which lasted
# one day, could resume")
ONE_DAY_NOT_SOME_DAY = (r"(?<!\b[Ii]n\s)(?<!\b[Ww]ithin\s)(?<!\b[Ff]or\s)(?<!\b[Aa]\s)(?<!\b[Tt]he\s)"
                        r"(?<!\blast\s)(?<!\blasts\s)(?<!\blasted\s)(?<!\blasting\s)")

DATE_RULES = (
    Rule("iso-date", r"\b(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3]\d)\b(?!-)",
         "calendar_date", examples={"filed on 2021-03-14": "2021-03-14"},
         near_misses=("ISBN 2021-13-45",)),
    # a timestamp ("Updated 2013-03-21T10:45:00Z") is a TIME on its day; its zone is left as written
    Rule("iso-datetime",
         r"\b(?P<timex>(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3]\d)T(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)"
         r"(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][01]\d:?[0-5]\d)?)(?![\w:])",
         "clock_on_day", type="TIME",
         examples={"Updated 2013-03-21T10:45:00Z": "2013-03-21T10:45",
                   "posted 2024-08-30T06:15+02:00 by staff": "2024-08-30T06:15"},
         near_misses=("build 2013-03-21T99",)),
    # "peaked in 2009-11": ISO year and month, unless a range's context makes it two years
    # ("the 2010-11 season", "from 2009-11"), which the year-range rules then tag
    Rule("iso-month", r"\b(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])\b(?![-–/.,]?\d)(?!\s+\d)",
         "iso_month", examples={"Inflation peaked in 2009-11 and fell.": "2009-11"},
         near_misses=("the 2010-11 season", "Call 2012-11 44 55", "the report of 2012-03-04")),
    Rule("month-day-year",
         r"(?=[A-Z])" + WEEKDAY_OPT + r"\b(?P<month>{MONTH})\s+(?P<day>{DAY_NUM})" + NIGHT_PAIR + r"(?:\s?,)?\s+(?P<year>{YEAR})\b",
         "calendar_date",
         examples={"Published: March 14, 2021": "2021-03-14", "on Nov. 23, 2023,": "2023-11-23",
                   "Thursday, Nov. 23, 2023": "2023-11-23",
                   # Reuters headings in tokenised copy (Timeline17): a space before the comma
                   "WASHINGTON | Thu Mar 24 , 2011 6:29 pm EDT": "2011-03-24",
                   # a night across two days is dated by the first (a Reuters chronology line)
                   "Feb 15/16, 2011 - The civil war in Libya began": "2011-02-15"},
         near_misses=("February 31, 2023",)),
    # a number after the comma of "12 March , 2000 protesters" counts them: a day and month
    # write their year after a comma seldom, and never before a noun a number counts
    Rule("day-month-year",
         r"(?=[A-Z\d])(?:(?P<wdname>{WEEKDAY})\s?,?\s+)?\b(?P<day>{DAY_NUM})\s+(?:of\s+)?(?P<month>{MONTH})(?:\s?,)?\s+"
         r"(?P<year>{YEAR})\b(?(wdname)|(?!(?<=,\s\d\d\d\d)\s+" + COUNTED + r"\b))",
         "calendar_date",
         examples={"LONDON, 11 January 2023 (Agency)": "2023-01-11", "on 23rd of November 2023": "2023-11-23",
                   # a BBC reader's comment stamp in tokenised copy (Timeline17)
                   "Added : Tuesday , 19 January , 2010 , 17:06 GMT": "2010-01-19",
                   "On 11 September, 2001 the towers fell.": "2001-09-11"},
         near_misses=("31 February 2023", "On 12 March , 2000 protesters marched through the capital .",
                      "On 12 March, 2000 protesters marched through the capital.")),
    # BBC live pages of 2012 stamp entries "28 January 12 22:46 GMT": a year of two digits,
    # told apart from "January 12" by the clock that follows it
    Rule("day-month-short-year-stamp",
         r"(?=\d)(?<![\d:])(?P<day>{DAY_NUM})\s+(?P<month>{MONTH})\s+(?P<year>\d\d)(?=\s+(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]))",
         "calendar_date",
         examples={"28 January 12 22:46 GMT The Arab League says it is suspending its mission": "2012-01-28"},
         near_misses=("the 28 January 12 years ago",)),
    Rule("numeric-date",
         r"(?=\d\d?\\?/)(?<![\d/.])(?P<month>1[0-2]|0?[1-9])\\?/(?P<day>3[01]|[12]\d|0?[1-9])\\?/(?P<year>\d{4}|\d{2})(?![\d/])",
         "calendar_date", examples={"posted 11/23/2023 at noon": "2023-11-23",
                                    r"on 1\/26\/11 protests": "2011-01-26"},
         near_misses=("a ratio of 3/4",)),
    # day first, as outside the US, where the first number cannot be a month ("21/03/2013")
    Rule("numeric-date-day-first",
         r"(?<![\d/.])(?P<day>1[3-9]|2\d|3[01])\\?/(?P<month>1[0-2]|0?[1-9])\\?/(?P<year>\d{4}|\d{2})(?![\d/])",
         "calendar_date", examples={"Posted: 21/03/2013 10:45": "2013-03-21"},
         near_misses=("a ratio of 13/4", "31/02/2013")),
    # a named event, not a date this year: "the Sept. 11 attacks" (TimeML values what it names)
    Rule("september-eleventh",
         r"\b(?P<timex>(?:Sept?\.?|September)\s+11(?:th)?)(?=,?\s+(?:attacks?|terror|terrorist|hijack\w*|[Cc]ommission|era|anniversary|victims|memorial)\b)",
         "constant", params={"value": "2001-09-11", "reason": "the September 11, 2001, attacks"},
         examples={"since the Sept. 11 attacks": "2001-09-11",
                   # CNN 2011-08-23 writes it without the stop
                   "about 6 months before the Sept 11 attacks": "2001-09-11"},
         near_misses=("the vote on Sept. 11 was close",)),
    # Without "attacks" after it, "September 11" is still the attacks where the words before make
    # it an event ("the lessons of September 11", "since September 11", "post-September 11") and
    # the article is far from that year's 11 September (resolver september_eleventh_far_from_dct);
    # near it, or as a timeline's entry ("Sept. 11 - Libya has started producing oil"), it is a day.
    Rule("september-eleventh-named",
         r"(?:\b(?:of|since|Since|after|After|before|Before|like|about|including|Remember|remember)\s+|\b[Pp](?:ost|re)-)"
         r"(?P<timex>(?:Sept?\.?|September)\s+11)(?![\w-])(?!,?\s*(?:\d|{YEAR}))(?!\s*[-–:])",
         "september_eleventh_far_from_dct",
         examples={"urging them not to forget the lessons of September 11": "2001-09-11",
                   "Since September 11 a whole new series of structures were put in place": "2001-09-11",
                   "to take responsibility for mistakes in its post-September 11 offensive": "2001-09-11",
                   "But after September 11 , its US publisher suppressed it": "2001-09-11"},
         near_misses=("Jibril arrives in Tripoli on his first visit since it was taken . Sept. 11 - Libya "
                      "has started producing oil again", "prices have risen since September 11, 2023")),
    # "9/11" names the attacks too: before their words, or after "since", "after", "post-"
    Rule("nine-eleven",
         r"(?:(?<=[Ss]ince )|(?<=[Aa]fter )|(?<=[Bb]efore )|(?<=[Pp]ost-)|(?<=[Pp]re-)|\b(?=9/11,?\s+(?:attacks?|terror|terrorist|hijack\w*|[Cc]ommission|era|anniversary|victims|memorial)\b))"
         r"(?P<timex>9/11)(?![\d/])",
         "constant", params={"value": "2001-09-11", "reason": "the September 11, 2001, attacks"},
         examples={"Security has been tightened since the 9/11 attacks.": "2001-09-11",
                   "the post-9/11 world": "2001-09-11", "travel fell after 9/11": "2001-09-11"},
         near_misses=("the team won 9/11 games",)),
    Rule("month-day",
         r"\b(?P<timex>(?:(?P<mod>early|late|around|Around)\s)?" + WEEKDAY_OPT + r"(?P<month>{MONTH})\s+(?P<day>{DAY_NUM})" + NIGHT_PAIR + r")\b(?!\s?,?\s*{YEAR})(?!\d)(?!:\d)",
         "month_day_by_tense",
         examples={"the talks ended on Nov. 20": "2023-11-20", "will resume on Dec. 4": "2023-12-04",
                   "was arrested on Friday, November 24": "2023-11-24",
                   "the festival opens on Aug. 15": "2024-08-15",  # a scheduling present: ahead
                   "Here is a timeline: Nov 3/4 - Protesters clashed with police": "2023-11-03"},
         near_misses=("in May 2022",)),
    Rule("second-day-of-month",
         r"\b(?P<month>{MONTH})\s+{DAY_NUM}\s*(?:and|or|to|through|-|–)\s*(?P<timex>(?P<day>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)?)\b(?![\d:,.]\d)(?!\s*(?:%|percent|\w+s\b))",
         "month_day_by_tense", examples={"the summit was held on April 24 and 25": "2023-04-25"}),
    Rule("day-month",
         r"\b(?P<timex>" + WEEKDAY_OPT + r"(?P<day>{DAY_NUM})\s+(?:of\s+)?(?P<month>{MONTH}))\b(?!,?\s*{YEAR}\b(?!,?\s+" + COUNTED + r"\b))(?!\s*\d)",
         "month_day_by_tense",
         examples={"Resistance Groups, 25 NOV": "2023-11-25", "the court sat on 4 April": "2023-04-04",
                   "will be sentenced on 19 May": "2024-05-19",
                   # a British ordinal date is a day of its month, not "the 4th" of the DCT's month
                   "he said in his blog on the 4th November that": "2023-11-04",
                   # a number after its comma that counts a noun is no year
                   "On 12 March, 2000 protesters marched through the capital.": "2023-03-12",
                   "On 12 March , 2000 protesters marched through the capital .": "2023-03-12"},
         near_misses=("25 Mayors met",)),
    # a day in words, as broadcast transcripts write it (ABC 1998-03-01, TBAQ: "this coming Sunday,
    # March eighth"); "May" needs a preposition or a comma before it, or it may be the modal
    Rule("month-spelled-day",
         r"(?:(?<=\b[Oo]n\s)|(?<=\b[Bb]y\s)|(?<=\b[Ff]or\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Ss]ince\s)|(?<=\b[Ff]rom\s)"
         r"|(?<=\bto\s)|(?<=\band\s)|(?<=\b[Bb]efore\s)|(?<=\b[Aa]fter\s)|(?<=,\s)|(?<=\bof\s)|\b(?!May\b))"
         r"(?P<timex>" + WEEKDAY_OPT + r"(?P<month>{MONTH_FULL})\s+(?:the\s+)?(?P<dayword>{DAY_WORD})"
         r"(?:\s?,\s+(?P<year>{YEAR})\b)?)(?![\w-])",
         "month_day_by_tense",
         examples={"the vote is set for March eighth": "2024-03-08",
                   "the talks ended on November twenty-third": "2023-11-23",
                   "terms start on January third, 2011": "2011-01-03",
                   "We will see you on Sunday, March eighth": "2024-03-08"},
         near_misses=("May first-time buyers wait?", "Officials May first want to see the report")),
    Rule("spelled-day-of-month",
         r"\b(?![Ff]ourth\s+of\s+July\b)(?P<timex>(?P<dayword>{DAY_WORD})\s+of\s+(?P<month>{MONTH_FULL})(?:\s?,?\s+(?P<year>{YEAR})\b)?)(?![\w-])",
         "month_day_by_tense",
         examples={"the strike began on the fifteenth of November": "2023-11-15",
                   "the Wall fell on the ninth of November , 1989": "1989-11-09"},
         near_misses=("the first of many", "the Fourth of July")),  # a holiday (rule holiday)
    Rule("month-year",
         # tokenised copy spaces the comma: "since the coalition invasion in March , 2003"
         # a year cut to two digits after an apostrophe is read with its month ("Nov. '03")
         r"\b(?P<timex>" + MOD + r"(?P<month>{MONTH})(?:\s?,|\s+of)?\s+(?P<year>{YEAR}|['’]\d\d(?![\w'’])))\b"
         r"(?!(?<=,\s\d\d\d\d)\s+" + COUNTED + r"\b)",  # "12 March, 2000 protesters": no year
         "month_year", examples={"in March 2021": "2021-03", "by late May 2022": "2022-05",
                                 "Rightful winners of Nov. '03 jackpot getting paid": "2003-11",
                                 "the statistics in Iraq since the coalition invasion in March , 2003 .": "2003-03"},
         near_misses=("On 12 March, 2000 protesters marched through the capital.",)),
    Rule("month-before-range-end",
         # the year written once after a range of months is both months' ("from Jan. to June 2010")
         r"\b(?P<timex>" + MOD + r"(?P<month>{MONTH_FULL}|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.))"
         r"(?=\s+(?:to|until|till|through|and|-|–|--)\s+(?:(?:early|late|mid)[\s-]+)?(?:{MONTH_FULL}|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s?,?\s+(?P<year>{YEAR})\b)",
         "month_year",
         examples={"The FBI 6 month report from Jan. to June 2010 on violent crime": "2010-01",
                   "a fuel price hike between August and September 2005": "2005-08",
                   "the rebels held the town from February until May 2010": "2010-02"},
         near_misses=("May to June",)),
    Rule("month-alone",
         r"(?:{PREP_BEHIND}|\bmid-|\b(?=(?:last|next|this|early|late|mid|Last|Next|This|Early|Late|Mid)[\s-]))(?P<timex>(?:(?P<rel>[Tt]his\s+(?:past|coming)|last|next|this|Last|Next|This)\s+)?"
         + MOD + r"(?P<month>{MONTH_FULL}|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.))(?![\w-])(?!\s+['’]?\d)",
         "month_by_tense",
         examples={"fighting escalated in mid-October": "2023-10", "talks resume in March": "2024-03",
                   "since last March": "2023-03", "fighting ended in late May": "2023-05",
                   "In March, a week after the Roe vs. Wade ruling, a bombing killed a guard": "2023-03",
                   # "as recently as" points back ("as early as March" may point either way)
                   "the Asian soccer chief was re-elected as recently as October": "2023-10",
                   # "this past" is "last", "this coming" is "next"
                   "We traveled through Egypt this past September and were in Cairo": "2023-09",
                   # a past verb of its own reaches back a whole year (BBC backgrounders on Syria)
                   "the uprising against President Assad, which began in December": "2022-12",
                   "In December, the EU imposed sanctions on the general": "2022-12",
                   # a past cue further off does not ("for April delivery" in oil market copy)
                   "Brent crude for December delivery rose $1.36, traders said": "2023-12"},
         near_misses=("May he rest", "the March on Rome",
                      # a first name listed after "and" (CNN 2011-01-28, the Challenger's 25th anniversary)
                      "NASA Television will air a remembrance service honoring the crew , and June Scobee Rodgers ,"
                      " the widow of Cmdr. Dick Scobee , will be a speaker .")),
    Rule("month-adjective",
         r"\b(?:the|a|an|The|A|An|its|their|his|her)\s(?P<timex>(?P<month>January|February|March|April|June|July|August|September|October|November|December))"
         r"(?=\s+[a-z])(?!\s+(?:on|of|to|for|and|or|in|at|by|with|from|is|was|were|are|has|had|will|would|that|which)\b)",
         "month_by_tense", examples={"the October slaying": "2023-10", "under a June agreement": "2023-06"},
         near_misses=("the March on Rome", "the March of Dimes")),
    Rule("month-possessive",
         r"\b(?P<timex>(?:the\s+month\s+of\s+)?(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)(?='s\b|’s\b)|"
         r"the\s+month\s+of\s+(?P<month2>January|February|March|April|May|June|July|August|September|October|November|December))\b",
         "month_by_tense", examples={"March's jobs report was weak": "2023-03",
                                     "during the month of October": "2023-10"}),
    Rule("year-with-mod",
         r"\b(?P<timex>(?P<mod>early|mid|late|Early|Late|Mid|(?:the|The)\s+(?:end|beginning|start|middle|rest|remainder)\s+of|a\s+good\s+part\s+of)[\s-]+(?:fiscal\s+)?(?P<year>{YEAR}))\b(?![\d,]\d)",
         "year", examples={"late 2021": "2021", "in early 2008": "2008", "by the end of 1990": "1990"}),
    Rule("year-after-preposition",
         # an open end stays in the extent: "profitable until 1994 or later", "for 1990 and beyond"
         r"{PREP_BEHIND}(?P<timex>(?:the\s+year\s+)?(?P<year>{YEAR})(?:\s+(?:or\s+(?:later|earlier|after|before|so)|and\s+beyond)\b)?)\b(?![-/.,]\d)(?!\s*%)(?!\s*" + COUNTED + r"\b)"
         r"(?!\s+[A-Z][a-z]+\s+(?:Street|Avenue|Road|Boulevard|Lane|Drive)\b)",  # "heading for 1600 Pennsylvania Avenue"
         "year", examples={"first elected in 2019": "2019", "since 1998,": "1998",
                           "it won't be profitable until 1994 or later": "1994",
                           "confident about cash flow for 1990 and beyond": "1990"},
         near_misses=("the motion won 2019 votes", "the price rose to 1999 yen per share",
                      "he was released on bail of 2000 pounds",
                      "This power couple is heading for 1600 Pennsylvania Avenue.")),
    Rule("year-possessive-or-fiscal",
         r"\b(?P<timex>(?:fiscal\s+)?(?P<year>{YEAR}))(?='s\b|\s+(?:budget|election|elections|season|census|Olympics|World Cup|levels?|figures?|results?|report|campaign|war|invasion|earthquake|uprising|revolution|protests?))",
         "year", examples={"the 2020 election": "2020", "2008's crisis": "2008"}),
    # "the post-1959 government", "pre-2008 levels": the year the prefix counts from, prefix and all (TBAQ)
    Rule("year-with-pre-post",
         r"(?<![\w-])(?P<timex>(?:[Pp]ost|[Pp]re)-(?P<year>{YEAR}))(?![\w-])",
         "year", examples={"the post-1959 government seized the property": "1959",
                           "Pre-2008 levels of lending have not returned": "2008"}),
    Rule("this-century",
         r"\b(?P<timex>(?P<rel>this|last|next|This|Last|Next)\s+century)\b",
         "century_relative", examples={"the worst storm this century": "20", "since last century": "19"}),
    Rule("decade",
         # after "the", also written with an apostrophe ("the 1990's", tokenised "the 1700 's")
         r"(?=[tTeElLmM\d'’])(?:\b|(?<![\w'’])(?=['’]\d0s))(?P<timex>(?:(?P<article>the)\s+)?" + MOD
         + r"(?P<decade>(?:1[0-9]|20)\d0|'\d0|’\d0)(?:s|(?(article)[ ]?['’]s|(?!))))(?!\w)",
         "decade", examples={"in the 1990s": "199", "the late 1980s": "198",
                             # a decade with no article before it ("the 1970s and '80s")
                             "a revival of '80s fashion": "198",
                             "unemployment as high as in the 1930's": "193",
                             # hundreds are a century: the 1700s are the 18th century
                             "the farmhouse dates from the 1700s": "17",
                             "the Ottoman conquest in the 1500 's": "15",
                             "most of the cathedral was built in the late 1800s": "18"},
         near_misses=("rock 'n' roll", "the 747s landed",
                      # "1000s" is thousands
                      "there were 10s of 1000s of people before the police came",
                      "1990's budget was cut")),
    # "Like Benn in the 70s", "in the late 90s": a decade of the last century in two digits, after "the";
    # a weather report's "in the 40s along the Jersey Shore" is a temperature (see the resolver)
    Rule("decade-two-digits",
         r"\b(?P<timex>(?P<article>the|The)\s+" + MOD + r"(?P<decade>[3-9]0)s)(?![\w'’-])",
         "decade", examples={"Like Benn in the 70s, Bevan found himself the leader of a leftwing": "197",
                             "who merged his militant group with al-Qaida in Afghanistan in the late 90s": "199",
                             "goes back to the mid 90s when Bashar ended his medical career": "199"},
         near_misses=("overnight lows will fall into the 40s along the Jersey Shore",
                      "temperatures right around the 30s",
                      "It will be in the mid-90s on Tuesday in Phoenix", "Woods shot in the 60s all week",
                      "patients in the 70s and 80s age groups")),
    Rule("century",
         r"\b(?P<timex>(?:[Tt]he\s+)?" + MOD + r"(?P<century>{CENTURY_ORDINAL})[\s-](?:century|Century))\b"
         r"(?!\s+(?:BC\b|B\.C\.|BCE\b))(?!(?<=Century)\s+[A-Z][a-z])",  # "20th Century Fox": a name
         "century", examples={"the 20th century": "19",
                              # capitalised, and in words
                              "Despite it being well into the 21st Century, it has begun again": "20",
                              "The forces that were to plague the twentieth century were chaos": "19",
                              "people back in the early twentieth century were a lot more": "19"},
         near_misses=("a sixth century BC processional way", "a film by 20th Century Fox",
                      "a temple of the fifth century B.C. was found")),
    # "on Tuesday last week", "ends on Friday next week": that weekday of the week the words name
    Rule("weekday-of-relative-week",
         r"\b(?P<timex>(?P<weekday>{WEEKDAY_FULL})\s+(?:of\s+)?(?P<rel>last|next|this)\s+week)\b(?!\s*'s\b)",
         "weekday_of_relative_week",
         examples={"a plane which was denied landing permission at Malta on Tuesday last week": "2023-11-14",
                   "before the mission 's mandate ends on Friday next week": "2023-12-01",
                   "the board meets on Thursday this week": "2023-11-23"}),
    Rule("weekday",
         r"\b(?:(?:earlier|later|Earlier|Later)\s+)?(?P<timex>(?P<overnight>[Oo]vernight\s+(?:on\s+)?)?(?:(?P<mod>early|late|Early|Late)\s+)?(?:(?:the|The)\s+(?P<rel2>previous|following)\s+|(?P<rel>last|next|this(?:\s+coming|\s+past)?|coming|Last|Next|This(?:\s+coming|\s+past)?)\s+)?(?<!Bloody )(?<!Black )(?<!Super )(?<!Remembrance )(?<!Cyber )(?<!Good )(?<!Palm )(?<!Holy )(?<!Easter )(?P<weekday>{WEEKDAY_FULL})"
         r"(?(overnight)|(?:\s+(?P<part>morning|afternoon|evening|night))?))\b"
         r"(?!\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Independent|Group|Club)\b)",  # newspapers, names
         "weekday",
         examples={"clashes broke out on Thursday": "2023-11-23", "talks will resume next Monday": "2023-11-27",
                   "he said last Tuesday": "2023-11-21", "was attacked Tuesday night": "2023-11-21TNI",
                   "Earlier Saturday, police said": "2023-11-25",
                   # "early"/"late" belong to the expression, as with months ("early March"), and
                   # give its mod (TimeBank: "gathering in the capital early Tuesday")
                   "the talks broke down early Thursday": "2023-11-23",
                   "the bill passed late Wednesday night": "2023-11-22TNI",
                   "Parliament votes Tuesday on the budget": "2023-11-28",  # a plan, in present tense
                   "the hearing is on Monday": "2023-11-27",
                   "the pope, who celebrates Mass on Sunday, met bishops": "2023-11-26",
                   "the death toll has risen to 50 after the quake on Monday": "2023-11-20",
                   "the agency has given them until Tuesday to sign": "2023-11-28",
                   "the vote has been scheduled for Friday": "2023-12-01",
                   "Friday's purchases are the largest": "2023-11-24",
                   # a weekday's possessive before what the day brought names a day past, though
                   # the clause looks ahead; before what is planned it may name one to come
                   "Under Thursday's agreement, NATO will take command of the no-fly zone.": "2023-11-23",
                   "We will respond in peaceful protest to Wednesday 's events , '' he said .": "2023-11-22",
                   # the Guardian, Friday 2005-09-16, of Wednesday's debate: no debate ahead
                   "For when historians come to judge Wednesday 's event the first question they might ask is why":
                       "2023-11-22",
                   "Organisers say Sunday's event will draw thousands .": "2023-11-26",
                   "Judging by Thursday's meetings, no consensus will emerge soon.": "2023-11-23",
                   "The parties will campaign hard ahead of Tuesday's vote.": "2023-11-28",
                   "A Facebook page devoted to Sunday's planned protests had 80,000 followers.": "2023-11-26",
                   # an event held on a set day, told in the present: the nearest such day
                   "Monday's game in Dallas also brings together two fervent fan bases.": "2023-11-27",
                   "Our correspondent says Friday's vote exposes the rift at the UN.": "2023-11-24",
                   "the campaign enters its final stages ahead of Tuesday's vote": "2023-11-28",
                   "the offer had been due to expire Friday": "2023-11-24",
                   # a plan told in the past: the day nearest the article's, before or after,
                   # unless the text says the plan fell through
                   "The Arab League was due to meet in Cairo on Monday and officials said it would bar Tripoli":
                       "2023-11-27",
                   "Two warships were due to sail through the canal on Sunday, an official said.": "2023-11-26",
                   "Twenty flights were scheduled to take off Friday for Cairo.": "2023-11-24",
                   "An aid flight that had been due to land on Monday was diverted to Santo Domingo.": "2023-11-20",
                   "his announcement that he was going to dissolve the government Friday angered protesters":
                       "2023-11-24",
                   # a present that schedules nothing tells a past event
                   "police are investigating a shooting Friday night": "2023-11-24TNI",
                   "officials say the blast Friday killed 12": "2023-11-24",
                   "the court hears arguments on Monday": "2023-11-27",
                   "the prime minister holds talks with Macron on Tuesday": "2023-11-28",
                   "the ceasefire is on Monday, officials say": "2023-11-27",
                   "the offensive began as previously planned Tuesday night": "2023-11-21TNI",
                   "On Friday, when Albright set aside vacation plans for the hastily planned trip": "2023-11-24",
                   "the storm will hit the coast on Sunday": "2023-11-26",
                   # an adverb between the passive's auxiliary and its participle leaves the
                   # auxiliary the tense: "installed" is no past here
                   "The new archbishop will be formally installed on Tuesday.": "2023-11-28",
                   "The bridge was officially opened on Tuesday.": "2023-11-21",
                   "the storm is forecast to reach the coast on Sunday": "2023-11-26",
                   "the vote is now set for Monday": "2023-11-27",
                   "the ceremony takes place on Tuesday": "2023-11-28",
                   # a past "gave"/"had given ... until" leaves the day to the tense; a present one looks ahead
                   "the EU gave Cyprus until Monday to find the money": "2023-11-20",
                   "The court had given him until Monday to appeal, but he missed it.": "2023-11-20",
                   "the court gives him until Monday to appeal": "2023-11-27",
                   "schools in the parish reopen Wednesday": "2023-11-29",
                   # an -s form after a numeral, quantifier or object noun is a plural noun, no
                   # scheduling verb: the past verb of its clause decides
                   "The ruling party won 5 million votes on Sunday.": "2023-11-19",
                   "The troupe staged three plays on Friday.": "2023-11-24",
                   "Millions filed tax returns on Monday.": "2023-11-20",
                   # the progressive of a scheduling verb is a plan; of any other verb, a past event
                   "The prime minister is travelling to Washington on Monday.": "2023-11-27",
                   "The king is hosting a summit on Tuesday": "2023-11-28",
                   "police are investigating a shooting on Friday night": "2023-11-24TNI",
                   # "overnight Friday" is Friday's night, as "Friday night" is (Timeline17: CNN and
                   # Reuters, "overnight Friday to Saturday", "fighting overnight on Saturday")
                   "The streets of downtown Cairo appeared to calm somewhat overnight Friday as the army deployed":
                       "2023-11-24TNI",
                   "376 people were killed in fighting overnight on Thursday in Tripoli": "2023-11-23TNI",
                   "Regional aid could start arriving in Haiti overnight Wednesday": "2023-11-29TNI",
                   # told on that weekday, in the past, it is the night that ended that morning
                   "Several explosions and intermittent gunfire were heard overnight Saturday .": "2023-11-24TNI",
                   "Shelling is expected to resume overnight Saturday": "2023-11-25TNI",
                   # counted from "that", the day last named
                   "The vote was held on 2 March . The Thursday after that , he quit .": "2023-03-09"},
         near_misses=("The Sunday Times reported", "marchers killed on Bloody Sunday",
                      "the Super Tuesday primaries", "the Good Friday Agreement",
                      # counted from an event the text does not date (CNN 2011-02-06: 2011-01-27,
                      # the day before the Friday of 28 January, was read as the latest Thursday)
                      "Even when I was there in Cairo the day -- the Thursday before the `` Day of Rage , '' they had"
                      " a press conference")),  # TBAQ leaves "earlier" out 6 times in 8
    Rule("season",
         r"\b(?P<timex>(?:(?P<rel>last|next|this(?:\s+past|\s+coming)?|Last|Next|This(?:\s+past|\s+coming)?|(?<=[Tt]he\s)(?:coming|upcoming))\s+)?(?:the\s+)?" + MOD
         + r"(?P<season>{SEASON})(?:(?:\s?,)?\s+(?:of\s+)?(?P<year>{YEAR})(?![\d,.]\d)|\s+(?:of\s+)?(?P<yearrel>last|this|next)\s+year)?)\b"
         # "since the fall of Mubarak" is his downfall, no autumn: a season "of" anything but a year is no date
         r"(?!\s+of\b)",
         "season", examples={"in the spring of 2018": "2018-SP", "the summer of 2020": "2020-SU",
                             "in the autumn of last year": "2022-FA", "the summer this year": "2023-SU",
                             "talks collapsed last winter": "2023-WI", "by next spring": "2024-SP",
                             "many homeowners would not see help before winter": "2024-WI",
                             "The first snow came at the end of autumn": "2023-FA",
                             "events in Bosnia in autumn , 1995 , when NATO air strikes": "1995-FA",
                             # "the coming winter" is the next one (its "the" left out, as with "the coming weeks")
                             "Refugees face the coming winter in tents": "2024-WI"},
         near_misses=("a spring in his step", "protests since the fall of Mubarak",
                      "during the fall of Baghdad in 2003",
                      # a thing, or a name, not a time
                      "you should let this spring water come out of the ground",
                      "the car plunged into the Spring River", "before the Winter Soldier hearings",
                      "a year after the Arab Spring began")),
    Rule("quarter",
         r"\b(?P<timex>(?:(?:the|The)\s+(?!\w+-quarter))?(?:(?P<yearrel>last|next|this|Last|Next|This)\s+year(?:'s|’s)\s+)?"
         r"(?:(?P<yearword>(?:comparable\s+)?year-(?:ago|earlier))\s+)?(?:(?P<year>{YEAR})(?:'s|’s)?\s+)?(?:fiscal[\s-]+)?"
         r"(?P<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th|First|Second|Third|Fourth)[\s-]+quarter"
         r"(?:\s+of\s+(?:fiscal\s+)?(?P<year2>{YEAR})|\s+of\s+(?P<yearrel2>this|last|next|the)\s+(?:fiscal\s+)?year)?)\b(?!-(?:to|over|on)-)(?!\s+in\s+a\s+row\b)",
         "quarter", params={"unit": "quarter"},
         examples={"in the third quarter of 2023": "2023-Q3", "profit fell in the first quarter": "2023-Q1",
                   "third-quarter profit rose": "2023-Q3", "the year-ago third quarter": "2022-Q3",
                   "the 1988 second quarter": "1988-Q2", "next year's first quarter": "2024-Q1",
                   "sales fell in 2012's fourth quarter": "2012-Q4",
                   "in the first quarter of last year": "2022-Q1", "the third quarter of this year": "2023-Q3"},
         near_misses=("the bank posted a loss for the fourth quarter in a row",)),  # a count, not a quarter
    Rule("month-quarter",
         r"\b(?P<timex>(?:(?:the|The)\s+)?(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)[\s-]quarter)\b(?!-)",
         "month_quarter", examples={"Apple's sales in the December quarter rose": "2022-Q4",
                                    "revenue for the March quarter": "2023-Q1"}),
    Rule("quarter-abbreviation",
         r"\b(?P<timex>(?:(?P<year0>{YEAR})\s+)?Q(?P<q>[1-4])(?:\s+(?:of\s+)?(?P<year>{YEAR}))?)\b(?![-–/.]\w)",
         "quarter_abbreviation",
         examples={"sales fell in Q3 2023": "2023-Q3", "2022 Q4 results": "2022-Q4",
                   "Q1 profit rose": "2023-Q1", "the Q3 results beat forecasts": "2023-Q3",
                   "sales fell in the quarter; the Q3 drop was steep": "2023-Q3"},
         near_misses=("the Q5 sedan", "an IQ1 score", "Audi unveiled the Q3 at the show.")),
    Rule("quarter-anaphor",
         r"\b(?P<timex>(?:(?:the|The|that|That|this|This)\s+(?:(?P<latest>latest|current|same|comparable|corresponding|(?P<yearword>(?:comparable\s+)?year-(?:ago|earlier))|(?P<year>{YEAR}))\s+)?"
         r"|(?P<yearrel>last|Last)\s+year(?:'s|’s)\s+)(?P<unit>quarter|period)(?!-)"
         r"(?:\s+(?P<lastyear>last\s+year|a\s+year\s+(?:ago|earlier)))?)\b(?!s)(?!\s+(?:of|between|when|in\s+which)\b)(?!(?<=period)\s+from\b)",
         "quarter_anaphor",
         examples={"Net income rose 5% in the third quarter. In the quarter, sales fell": "2023-Q3",
                   "a loss in the year-ago quarter": "2022-Q3", "profit in the latest quarter": "2023-Q3",
                   "in the current quarter": "2023-Q4",
                   "earnings in the third quarter rose from the year-earlier period": "2022-Q3",
                   "Profit rose in the third quarter and will fall in the first quarter of 2025, "
                   "but the year-ago quarter was weak": "2022-Q3",  # a forecast is not the period reported
                   "Sales increased in the quarter ended Sept. 30": "2023-Q3",
                   "In the quarter ended July 31, the retailer lost money": "2023-Q2",
                   "net income for the quarter ending Jan. 31, 2023": "2022-Q4"},
         near_misses=("a long period of calm", "the period from 1990 to 1992")),
    Rule("year-earlier-adjective",
         r"\b(?P<timex>[Yy]ear-(?:earlier|ago))\b(?!\s+(?:quarter|period|third|second|first|fourth)\b)",
         "year_earlier_adjective",
         examples={"Third-quarter profit rose from year-earlier levels": "2022-Q3"}),
    Rule("half-year",
         r"\b(?P<timex>(?:the\s+)?(?P<ordinal>first|second|1st|2nd|last(?!\s+half\s+of\s+(?:the|a|an|its|his|her|their)\b(?!\s+year)))\s+half(?:\s+of\s+(?P<year>{YEAR})|\s+of\s+(?P<yearrel2>this|last|next|the)\s+year)?)\b",
         "quarter", params={"unit": "half"}, examples={"in the first half of 2023": "2023-H1",
                                                       "sales rose in the last half of 1989": "1989-H2",
                                                       "growth in the second half of next year": "2024-H2"},
         near_misses=("in the last half of the game",)),
    Rule("today", r"\b(?P<timex>today|" + "".join(rf"(?<!\b{name} )" for name in NAMES_BEFORE_TODAY)
         + r"Today(?!\s+(?:[Pp]rogram(?:me)?|[Ss]how)\b))\b(?!\s?['’]s\s+(?:world|society|market|youth|young|children|teenagers|generation|kids|personal|consumers?|economy|students|modern))",
         "relative_day", params={"days": 0}, examples={"the minister said today": "2023-11-25"},
         near_misses=("he told the BBC's Today programme",  # a radio programme's name
                      "The case is for today's youth what the blockade was",  # nowadays, not the day
                      "Before the Internet , many of today 's young people did not know",  # tokenised copy spaces the "'s"
                      "This is VOA Today.",  # the Voice of America's programme signing off
                      "One of the military officials in charge of the program told USA Today the campaign was designed",
                      "the opposition will unavoidably meet with internal disagreements , '' Rogozin told Russia Today television")),
    # "Today is the eighth day of Desert Shield", "It's the second day of an offensive", "on this,
    # the 8th day of the uprising": a day of a run of days told as the day of speaking is the
    # article's (TBAQ: 2 of 2); "that was the third day" tells of another
    Rule("ordinal-day-told-as-today",
         r"(?:\b(?:[Tt]oday|[Ii]t|[Tt]his)\s*(?:\bis|'s|’s)\s+|\b[Oo]n\s+this\s*,?\s+)(?P<timex>(?:the\s+)?"
         r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[1-9]\d?(?:st|nd|rd|th))"
         r"\s+(?:straight\s+|consecutive\s+|successive\s+)?day)\b(?!s)",
         "relative_day", params={"days": 0},
         examples={"In Saudi Arabia, today is the eighth day of Desert Shield": "2023-11-25",
                   "It's the second day of an offensive by the security forces": "2023-11-25",
                   "It is a very tense situation on this the 8th day of the uprising": "2023-11-25"},
         near_misses=("That was the third day of the trial.", "He testified on the third day of the hearing.")),
    Rule("yesterday", r"\b(?:the\s+day\s+before\s+)?(?P<timex>(?:(?:early|late|earlier|later|Early|Late|Earlier|Later)\s+)?(?:yesterday|Yesterday))\b", "relative_day",
         params={"days": -1}, examples={"troops withdrew yesterday": "2023-11-24"}),
    Rule("day-before-yesterday", r"\bthe\s+day\s+before\s+yesterday\b", "relative_day",
         params={"days": -2}, examples={"he left the day before yesterday": "2023-11-23"}),
    Rule("day-after-tomorrow", r"\b[Tt]he\s+day\s+after\s+tomorrow\b", "relative_day",
         params={"days": 2}, examples={"the vote is the day after tomorrow": "2023-11-27"}),
    Rule("tomorrow", r"(?<!\bof )\b(?P<timex>tomorrow|Tomorrow)\b", "relative_day", params={"days": 1},
         examples={"the vote is tomorrow": "2023-11-26"},
         near_misses=("If I were choosing the people of tomorrow",)),  # the future, figuratively
    Rule("tonight", r"\b(?P<timex>tonight|Tonight)\b", "relative_day", type="TIME",
         params={"days": 0, "part": "NI"}, examples={"he will speak tonight": "2023-11-25TNI"}),
    # "later this afternoon" keeps its first word, like "earlier this month"
    Rule("this-part-of-day", r"\b(?P<timex>(?:(?:[Ll]ater|[Ee]arlier)\s+)?(?:this|This)\s+(?P<part>morning|afternoon|evening))\b",
         "part_of_today", type="TIME", examples={"officials said this morning": "2023-11-25TMO",
                                                 "he meets Aziz later this afternoon": "2023-11-25TAF"}),
    Rule("last-night", r"\b(?P<timex>(?:last|Last)\s+(?P<part>night))\b", "part_of_today", type="TIME",
         params={"days": -1}, examples={"rockets fell last night": "2023-11-24TNI"}),
    # "yesterday afternoon", "tomorrow morning": one expression, a part of the day next to the article's
    # (TimeML values it as "this morning" is, YYYY-MM-DDTMO); "early" stays in, as with "early yesterday"
    Rule("yesterday-part-of-day",
         r"\b(?P<timex>(?:(?:early|late|Early|Late)\s+)?(?:yesterday|Yesterday)\s+(?P<part>morning|afternoon|evening|night))\b",
         "part_of_today", type="TIME", params={"days": -1},
         examples={"Police said yesterday afternoon that two men were held": "2023-11-24TAF",
                   "We know yesterday morning, when the president said we are witnessing history": "2023-11-24TMO"}),
    Rule("tomorrow-part-of-day",
         r"(?<!\bof )\b(?P<timex>(?:(?:early|late|Early|Late)\s+)?(?:tomorrow|Tomorrow)\s+(?P<part>morning|afternoon|evening|night))\b",
         "part_of_today", type="TIME", params={"days": 1},
         examples={"It will be off the coast of New York by early tomorrow morning.": "2023-11-26TMO",
                   "the leaders meet tomorrow night in Paris": "2023-11-26TNI"}),
    # before relative-period, which matches the same words: a weekend told in the past is not
    # always the one in the article's week ("this weekend" on a Monday)
    Rule("this-weekend",
         r"\b(?P<timex>" + MOD + r"(?:this|This)\s+weekend)\b(?!s)",
         "this_weekend",
         examples={"talks are due this weekend": "2023-W47-WE",
                   "The air attacks against Gadhafi 's forces began this weekend .": "2023-W47-WE"}),
    Rule("relative-period",
         r"\b(?P<timex>" + MOD + r"(?:(?:the|The)\s+(?=current\s+(?:fiscal|financial)\s))?(?P<rel>last|this|next|coming|previous|current|Last|This|Next)\s+(?:(?:fiscal|financial)\s+(?=year))?(?P<unit>week|month|year|weekend|decade))\b(?!s)",
         "relative_period",
         examples={"prices rose last week": "2023-W46", "the strike began last month": "2023-10",
                   "the committee will look at the outlook for this fiscal year": "2023",
                   "sales in the current fiscal year will be slightly above": "2023",
                   "elections next year": "2024", "the worst drought this decade": "202"}),
    # "over the past year" is the year before the article's, as "last year" is (TBAQ 2 of 2: 1997 in
    # a March 1998 story, 1988 in an October 1989 one); a week, month or decade "past" stays a span
    Rule("the-past-year",
         r"\b(?P<timex>(?:the|The)\s+(?P<rel>past|last)\s+(?P<unit>year))\b(?!s|\s+(?:and|or)\s+a\b|\s+of\b|-)",
         "relative_period",
         examples={"a dramatic rise in the growth of hate groups over the past year": "2022",
                   "Tens of thousands of people have been detained in the past year .": "2022"},
         near_misses=("the last year of his presidency", "over the past year and a half")),
    Rule("earlier-this-period",
         r"\b(?P<timex>(?P<mod>earlier|later|Earlier|Later)\s+this\s+(?P<unit>month|year))\b",
         "this_period", examples={"was signed earlier this month": "2023-11",
                                  "later this year": "2023"},
         near_misses=("talks stalled earlier this week",)),  # TBAQ tags only "this week" (4 of 4)
    Rule("ago",
         r"\b(?P<timex>(?:[Nn]early\s+|[Aa]lmost\s+|[Mm]ore\s+than\s+|[Aa]bout\s+|[Aa]round\s+|[Rr]oughly\s+|[Ss]ome\s+(?={NUM}\s))?(?:(?P<num>{NUM})\s+)?(?P<unit>{UNIT}|(?<=\d\s)(?:hrs?|mins?))(?P<half>(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?\s+(?:or\s+(?:so|two)\s+)?ago)\b",
         "ago", examples={"a year ago": "2022", "two days ago": "2023-11-23",
                          # a link list's stamp shortens the unit (BBC 2010-01-15, 46 in Timeline17)
                          "World scrambles rescue teams , aid to quake-hit Haiti - 12 hrs ago Guardian": "PAST_REF",
                          # "and a half" belongs to the span: half a year more is six months
                          "it took about an hour and a half ago, mid-evening in Cairo": "PAST_REF",
                          "the uprising began a year and a half ago": "2022-05",
                          "helped with the Facebook and the rest a year-and-a-half ago": "2022-05",
                          "three weeks ago": "2023-W44", "Decades ago, he was a chemist": "PAST_REF",
                          "a week or so ago": "2023-W46",
                          "Until a week or two ago it was supposed to be George W. Bush": "2023-W46",
                          # a hedge before the number is part of the extent (TBAQ 6 of 7)
                          "Actually, about two years ago, the Journal listed it": "2021"}),
    # "a few moments ago", "the other day": a short while before the article, as "minutes ago" is
    Rule("moments-ago",
         r"\b(?P<timex>(?:[Aa]\s+few\s+)?moments\s+ago|(?<![Oo]n )(?:the|The)\s+other\s+day)\b(?!-)(?!\s+(?:of|when|that|in|and)\b)(?!\s?['’]s\b)",
         "constant", params={"value": "PAST_REF", "reason": "a short while before the article"},
         examples={"I spoke to Khalid a few moments ago.": "PAST_REF",
                   "The creators just got engaged the other day, and the dog belongs to a friend.": "PAST_REF"},
         near_misses=("one day or the other day of the week",
                      "a quick check of the other day 's stories",
                      "The other day-care center was closed.")),
    # an anniversary: "32 years ago today", "four years ago this week", "Ten years ago Wednesday"
    # name the day (week, month) that many years before, one expression
    Rule("ago-to-the-day",
         r"\b(?P<timex>(?P<num>{NUM})\s+(?P<unit>years?|decades?|centur(?:y|ies)|months?|weeks?)\s+ago\s+"
         r"(?:(?P<today>today)|this\s+(?P<period>week|month)|(?P<weekday>{WEEKDAY_FULL}))\b)(?!\s+(?:morning|afternoon|evening|night)\b)",
         "ago_to_the_day",
         examples={"Ninety years ago today Australian and New Zealand troops landed at Gallipoli": "1933-11-25",
                   "The assault on America four years ago this week was in every way infamous": "2019-W48",
                   "Ten years ago Wednesday, the first bombs fell": "2013-11-22",
                   "One hundred years ago today, America's great communicator was born": "1923-11-25"},
         near_misses=("He left a year ago. Today he is back.",)),
    Rule("from-now",
         r"\b(?P<timex>(?P<num>{NUM})\s+(?P<unit>{UNIT})\s+from\s+now)\b",
         "ago", params={"sign": 1}, examples={"the treaty expires two years from now": "2025"}),
    # after "for", "took", "spent" ... the span is a length of time, not a date counted from one:
    # "held for 10 days before he was released", "ruled the Treasury for a decade before taking over"
    Rule("chain-offset",
         r"(?<!\bfor )(?<!\bfor over )(?<!\btook )(?<!\btake )(?<!\btakes )(?<!\btaking )(?<!\blasted )"
         r"(?<!\blast )(?<!\bspent )(?<!\bspend )(?<!\bwithin )"
         r"\b(?P<timex>" + HEDGE + r"(?P<num>{NUM})(?P<frac2>(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?\s+(?P<unit>{UNIT})(?P<half>(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?\s+(?P<dir>later|earlier|afterwards?|(?:before|prior)\b(?!\s+(?:to|the|a|an|his|her|their|its|[A-Z])\w*)"
         # "after that" where "that" is the day last named, not the start of an event's name
         # ("two days after that first protest")
         r"|after(?=\s+(?:that|this)(?:\s*[,.;:!?]|\s+(?:he|she|it|they|we|I|you|the|a|an|his|her|their|its|there)\b|\s+[A-Z]))))\b(?!\s+than\b)",
         "chain_offset", examples={"On 2 March police arrived; two days later they left": "2023-03-04",
                                    "The storm hit on 28 August. Two days later the water fell.": "2023-08-30",
                                    "The uprising began in March 2011. A year earlier, the economy "
                                    "had collapsed.": "2010",
                                    "The plant opened in June 2010. Six months later it closed.": "2010-12",
                                    # half a year more is six months, from a day or month named
                                    "He fled on 2 March 2005 and came back four-and-a-half years "
                                    "later.": "2009-09",
                                    # a month written without its year is named all the same
                                    "Unemployment hit 26.2 percent in September, up from 25.8 "
                                    "percent a month earlier.": "2023-08",
                                    # "after that": after the date last named, as "later" is
                                    "Saddam invaded Kuwait in 1990 . Two years after that , sanctions bit .": "1992",
                                    "Protests began on 25 January 2011 . Two days after that , the police had vanished .":
                                        "2011-01-27"},
         near_misses=("two days before the vote", "The season started about a month earlier than usual",
                      # a past "later" that would pass the article's date counts from an event untold
                      "He left on 2 March 2023. Last Saturday, three and a half years later, he came back.",
                      "an activist who was held for 10 days before he was released Monday",
                      "Moussa says it could take 7 months before state-of-emergency laws can be lifted")),
    # "reported on Tuesday, the day after Algeria angered Libya's new rulers", "enforced from Friday
    # until Monday, the day after voting": the day after an event it names, inside a sentence, is
    # the day that sentence told last, not one after it (news dates what it tells first); at the
    # sentence's start ("The day after Mubarak spoke, ...") it follows the last date as usual
    Rule("day-after-an-event",
         r"(?<![.!?] )(?<!^)\b(?P<timex>the\s+day\s+after)\s+(?!(?:the|a|an|his|her|their|its|that|tomorrow|and|or|but|in|of|had|has|was|were|is|are|will|would)\b)(?=[A-Za-z0-9])",
         "chain_step", params={"unit": "day", "step": 0},
         examples={"A local newspaper reported on 30 August, the day after Algeria angered Libya's new rulers": "2023-08-30",
                   "The curfew was enforced from 28 January until 31 January, the day after voting.": "2023-01-31"},
         near_misses=("He will come the day after tomorrow.",)),
    # and so is the day before an event it names: "This was on Thursday, the day before Mubarak
    # resigned", "golf together Saturday ... and the day before he says it could be in violation"
    Rule("day-before-an-event",
         r"(?<![.!?] )(?<!^)\b(?P<timex>the\s+day\s+before)\s+(?!(?:the|a|an|his|her|their|its|that|yesterday|and|or|but|in|of|had|has|was|were|is|are|will|would)\b)(?=[A-Za-z0-9])",
         "chain_step", params={"unit": "day", "step": 0},
         examples={"This was on 10 February, the day before Mubarak resigned": "2023-02-10"},
         near_misses=("He left on Monday, the day before yesterday.",)),
    Rule("chain-following",
         r"\b(?P<timex>(?:the|The)\s+(?:following|next)\s+(?P<unit>day|week|month|year)(?:\s+or\s+so\b)?|(?:the|The)\s+day\s+after)\b(?!\s+(?:the|a|an|his|her|their|its|that)\b)",
         "chain_step", params={"unit": "day", "step": 1},
         examples={"Police came on 2 March and left the following day": "2023-03-03"}),
    Rule("chain-previous",
         r"\b(?P<timex>(?:the|The)\s+(?:previous|preceding|prior)\s+(?P<unit>day|week|month|year)|(?:the|The)\s+(?P<unit2>day|week|month|year)\s+before)\b(?!\s+(?:the|a|an|his|her|their|its|that|yesterday|\w+ed)\b)",
         "chain_step", params={"unit": "day", "step": -1},
         examples={"A bomb hit on 4 March; the day before, talks failed": "2023-03-03",
                   "Sales rose in 2012, after falling the year before.": "2011",
                   "Profit rose in 2012 from the prior year.": "2011"}),
    Rule("chain-that-year",
         r"\b(?P<timex>(?:(?:[Ll]ater|[Ee]arlier)\s+)?(?:(?:that|That)\s+(?:same\s+)?|(?:the|The)\s+same\s+)(?P<unit>year|month|week))\b(?!-)"
         # "the same year as ...", "the same week that ...", "the same month a year ago": counted from
         # what follows, not from the last date
         r"(?!\s+(?:as|that|the|a|an|when|in\s+which)\b)"
         # "the same year his father died", "the same month Smith fled": a clause names it
         r"(?!(?:(?<=same year)|(?<=same week)|(?<=same month))\s+(?:his|her|their|its|our|my|your|he|she|they|we|I|[A-Z]\w*)\b)",
         "chain_step", params={"unit": "year", "step": 0},
         examples={"The plant opened in March 2019 and closed later that year": "2019",
                   "Police came on 2 March 2023; later that week they left": "2023-W09",
                   # "that same year", "the same month" chain as "that year" does
                   "The leaders sat side by side at a parade on 1 September 2009. That same year, a stadium was built": "2009",
                   "oil fields restart in mid-September 2011 and ship oil by the end of the same month": "2011-09"},
         near_misses=("He was born in the same year as his wife", "Born the same year the Berlin wall went up",
                      "The bank opened in 1998. Smith was born the same year his father died",
                      "The war ended in 1975. He was killed the same month Saigon fell",
                      "occupancy was only down by 15 percent in April compared to the same month a year ago")),
    # "down 15 percent in April compared to the same month a year ago": the month last named, a
    # year back (the quarter's "the same period a year earlier" is rule quarter-anaphor's)
    Rule("same-month-a-year-back",
         r"\b(?P<timex>(?:the|The)\s+same\s+month\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year"
         r"|(?:of\s+)?the\s+(?:previous|prior)\s+year|the\s+year\s+before))\b",
         "same_month_a_year_back",
         examples={"occupancy was only down by 15 percent in April 2011 compared to the same month a year ago": "2010-04",
                   "Exports rose 3 percent on 4 March 2012 from the same month last year": "2011-03"},
         near_misses=("Sales were up from the same month a year ago",)),  # no month named before
    Rule("chain-same-day",
         r"\b(?P<timex>(?:(?:[Ll]ater|[Ee]arlier)\s+)?(?:(?:the|The|that|That)\s+same\s+(?P<unit>day)|(?:that|That)\s+day))\b",
         "chain_step", params={"unit": "day", "step": 0},
         examples={"Police came on 2 March; that same day they left": "2023-03-02",
                   "He was shot on Oct. 23, 1998. Earlier that day, his family sent a fax": "1998-10-23"}),
    Rule("chain-same-part-of-day",
         r"\b(?P<timex>(?:the|The|that|That)\s+(?:same\s+)?(?P<part>evening|morning|afternoon|night))\b(?!-)(?!\s+(?:the|a|an|when|that|of|before|after)\b)"
         # a part of the day that names a thing ("the morning shift", "the evening news") is no time
         r"(?!\s+(?:shifts?|sessions?|rush|commute|papers?|newspapers?|editions?|shows?|news|prayers?|briefings?|services?|meetings?|sky|air|classes|class|bulletins?|programmes?|programs?|flights?|trains?)\b)",
         "chain_step", type="TIME", params={"unit": "day", "step": 0},
         examples={"Police came on 2 March; the same evening they left": "2023-03-02TEV"},
         near_misses=("Workers lined up at the gates before the morning shift",
                      "he read it on the evening news")),
    Rule("chain-next-part-of-day",
         r"\b(?P<timex>(?:the|The)\s+(?:next|following)\s+(?P<part>morning|afternoon|evening|night))\b",
         "chain_step", type="TIME", params={"unit": "day", "step": 1},
         examples={"Police came on 2 March and left the next morning": "2023-03-03TMO"}),
    # "looted over the previous night", "he had arrived the night before.": one day back; "the
    # night before the vote" counts from the vote, which the text does not date
    Rule("chain-previous-part-of-day",
         r"\b(?P<timex>(?:the|The)\s+(?:(?:previous|preceding)\s+(?P<part>morning|afternoon|evening|night)|(?P<part2>morning|afternoon|evening|night)\s+before(?=\s*[.,;:!?)]|\s+(?:and|but|when|as|in|at)\b)))\b",
         "chain_step", type="TIME", params={"unit": "day", "step": -1},
         examples={"Police came on 2 March; shops were looted over the previous night": "2023-03-01TNI",
                   "He left on 2 March. He had arrived the night before.": "2023-03-01TNI"},
         near_misses=("Police came on 2 March, the night before the vote",
                      "I went there on 2 March, the night before I got married")),
    Rule("day-of-month",
         r"\b(?:on|On|by|until)\s+(?P<timex>the\s+(?P<day>[12]\d|3[01]|[1-9])(?:st|nd|rd|th))\b(?!\s+(?:of|century|floor|anniversary|day|time|minute|round|{MONTH})\b)",
         "day_of_month", examples={"the strike began on the 14th": "2023-11-14"},
         near_misses=("he wrote in his blog on the 21st December",)),  # a day of December (day-month)
    Rule("holy-week",
         r"\b(?P<timex>(?:Holy|Easter)\s+[Ww]eek)\b",
         "holy_week", examples={"crowds gathered for Holy Week": "2023-W14",
                                # the week after Easter Sunday (Easter Monday on): Easter was 9 April 2023
                                "schools reopen after Easter week": "2024-W14",
                                "protesters marched during Easter week": "2023-W15"}),
    Rule("holiday",
         # a quick look ahead rejects most positions before the long alternations are tried
         r"\b(?=[A-Z\d]|the\s|last\s|next\s|this\s|[a-z]+(?:-[a-z]+)?\s+days?\s)"
         r"(?:(?P<country>" + COUNTRY_PATTERN + r")(?:'s|’s)?\s+)?\b(?P<timex>(?:(?:(?P<num>{NUM})\s+days?|(?P<theday>[Tt]he\s+day))\s+(?P<dir>before|after)\s+|(?:the|The)\s+(?P<wday>{WEEKDAY_FULL})\s+(?P<wdir>before|after)\s+)?"
         r"(?:(?P<rel>last|next|this)\s+)?(?P<eve>the\s+eve\s+of\s+)?(?:(?:the|The)\s+(?P<nth>first|second|third)\s+day\s+of\s+)?(?P<holiday>" + HOLIDAY_PATTERN
         + r")(?:\s+(?P<year>{YEAR}))?)\b(?!-)(?!\s+(?:Islands?|Rising|Offensive|Island|Market|Parade|Tree|Eve\b|Agreement|Accords?|Uprising|[Hh]onou?rs|[Rr]esolutions?))",
         "holiday",
         examples={"four separate attacks on Thanksgiving Day": "2023-11-23",
                   "shops will shut for Christmas": "2023-12-25",
                   "celebrated Eid al-Fitr": "2023-04-21", "India's Independence Day": "2023-08-15",
                   "two days before Diwali": "2023-11-10", "prayers were held on the eve of Eid": "2023-04-20",
                   "fighting stopped on the second day of Eid al-Adha": "2023-06-29",
                   "we hope that in the holy month of Ramadan Jordan's neighbours help": "2024",
                   "voters went to the polls on Election Day": "2023-11-07",
                   "the pope washed feet on Holy Thursday": "2023-04-06",
                   "Lent began on Ash Wednesday": "2023-02-22",
                   "parades were held on St. Patrick's Day": "2023-03-17",
                   "shoppers flocked to stores on Black Friday": "2023-11-24",
                   "fireworks lit the sky on the Fourth of July": "2023-07-04",
                   # Ramadan as a whole is the calendar unit that holds it (23 March-20 April 2023)
                   "attacks rose during Ramadan": "2023", "talks opened as Ramadan began": "2023-03-23",
                   # after the month, counted from its last day (20 April 2023, Eid al-Fitr's eve)
                   "fighting resumed two days after Ramadan": "2023-04-22",
                   "prices rose three days before Ramadan": "2023-03-20",
                   # a weekday before or after a holiday counts from the holiday's date
                   "Talks will resume on the Monday after Thanksgiving": "2023-11-27",
                   # "the day after" counts from the holiday named right after it, not the article's date
                   "Shoppers will queue at dawn the day after Christmas": "2023-12-26",
                   "He flew home the day before Thanksgiving": "2023-11-22",
                   "He was born on the Thursday before Christmas 1980": "1980-12-18",  # a Thursday itself
                   # the second Sunday of November (5 November 2023 was the first)
                   "The Queen laid a wreath at the Cenotaph on Remembrance Sunday": "2023-11-12",
                   "Crowds fell silent at 11am on Armistice Day": "2023-11-11",
                   # a day of some years only: the latest of them before a past verb
                   "Obama was sworn in on Inauguration Day": "2021-01-20",
                   "Romney swept the South on Super Tuesday": "2020-03-03",
                   # tokenised copy spaces the possessive; "New Year" alone is the day too
                   "Robert Wyatt will guest edit the Today program on New Year 's Day .": "2024-01-01",
                   "Revellers will gather in the square for New Year parties": "2024-01-01"},
         near_misses=("the Easter Islands", "the Good Friday Agreement",
                      # a holiday's name written beside a name word is a person's name
                      "the Muslim scholar Tariq Ramadan said", "Ramadan Shallah, the Islamic Jihad leader, said",
                      "the former vice-president Taha Yassin Ramadan was quoted",
                      # after a title, on a team sheet, or named so earlier in the text
                      "money to sell him, '' Mr Ramadan told investigators",
                      "the trainer, Sgt. Faraj Ramadan, said", "Replacements: 16-Tom Hale, 19-Nick Easter, 20-Ben Ford",
                      "The postcard is from Amany Eid, a student. Eid, who took part in the protests, said so.",
                      # the year ahead, and a thing of the new year, are not its first day
                      "with three brigades to leave early in the New Year", "His New Year's resolution failed")),
    # D-Day told as history is the Allied landings in Normandy; a plan's own "D-Day" ("D-Day for
    # the vote", "This was not D-Day") names no day of the calendar, and is left untagged
    Rule("d-day",
         r"(?:(?<=\b[Oo]n\s)|(?<=\bof\s)|(?<=\b[Ss]ince\s)|(?<=\b[Aa]fter\s)|(?<=\b[Bb]efore\s)|(?<=\b[Tt]he\s))"
         r"(?P<timex>D-Day)(?![\w-])(?!\s+(?:for|of)\b)",
         "constant", params={"value": "1944-06-06", "reason": "D-Day, the Allied landings in Normandy on 6 June 1944"},
         examples={"the same number of troops went onshore with on D-Day in France": "1944-06-06",
                   "the slaughter on the beaches in the early hours of D-Day was": "1944-06-06",
                   "veterans of the D-Day landings gathered in Normandy": "1944-06-06"},
         near_misses=("D-Day for the vote is next Tuesday", "This was not D-Day , '' Alhasi told Reuters",
                      "ministers have set D-Day for the reform")),
)

MORE_DATE_RULES = (
    # TimeML tags the two ends of a range apart ("from 1992 through 1995": two TIMEX3s); written
    # "2011-2012" or "2012-13", each end is its own year. A two-digit end must come after the
    # start ("2012-03" is March 2012, left to the ISO rules).
    Rule("year-range-start",
         r"(?<![\w$£€#.,/:-])(?P<timex>(?P<year>(?:19|20)(?P<tail>\d\d)))(?=[-–](?:(?:19|20)\d\d|\d\d)\b(?![-–/.,]\d)(?!\s+\d))",
         "year_range_start",
         examples={"figures for the 2011-2012 school year": "2011", "the 2012-13 season": "2012"},
         near_misses=("the report of 2012-03", "call 2012-13-14", "Call 2012-13 44 55",
                      "Inflation peaked in 2009-11 and fell.")),
    Rule("year-range-end",
         r"(?<![\w$£€#.,/:-])(?P<first>(?:19|20)\d\d)[-–](?P<timex>(?P<year>(?:19|20)\d\d|\d\d))\b(?![-–/.,]\d)(?!\s+\d)",
         "year_range_end",
         examples={"figures for the 2011-2012 school year": "2012", "the 2012-13 season": "2013",
                   "the 1999-00 budget": "2000",
                   # a span longer than nine years needs words that say it is one
                   "the Taif agreement that ended Lebanon's 1975-90 civil war": "1990"},
         near_misses=("the report of 2012-03", "call 2012-13-14", "a 2012-2010 list",
                      "Call 2012-13 44 55", "Inflation peaked in 2009-11 and fell.")),
    Rule("bare-year",
         r"(?<![\w$£€#.,/:-])(?<!No\. )(?<!Flight )(?<!Route )(?<!number )(?<!Resolution )(?<!resolution )(?<!Article )(?<!Section )(?<!Chapter )(?P<timex>(?:(?:fiscal|Fiscal)\s+(?:year\s+)?|FY\s?)?(?P<year>1[5-9]\d\d|20[0-4]\d))"
         r"(?![\w%/:-])(?!\.\d)(?!,\d){NOT_A_CLOCK}(?!\s*(?:percent|per\s+cent|%|tons|people|feet|metres|meters|miles|km|kilometers|shares|dollars|yen|pounds|votes|troops|soldiers|men|women|children|students|workers|employees|cars|units|points|barrels|acres|residents|homes|jobs|members|delegates|hours|calories|[A-Z][a-z]+\s+(?:Street|Avenue|Road)))",
         "year", examples={"The 1998 law was repealed": "1998", "profit in fiscal 1989": "1989",
                           "the budget for fiscal year 2014": "2014", "FY2012 revenue": "2012"},
         near_misses=("it cost $1998", "a 1998-pound car", "sold 1998 shares",
                      "UN Security Council Resolution 1973 authorised force",
                      # a wire story's clock converted in brackets is no year
                      "The blast came around 2:50 p.m. (1850 GMT), near the finish line.",
                      "(Updated 1:39 p.m. (2039 in Egypt)) Tanks moved into the square.",
                      "-LRB- Updated 12:44 p.m. -LRB- 1944 in Egypt -RRB- -RRB- Troops",
                      # a live page's time stamp (20:45) run into its text
                      "and 250,000 were injured 2045 Gen Douglas Fraser says 90 flights a day land")),
    Rule("spelled-year",
         # a month or "the <season> of" before it belongs to it, as before a year in digits
         r"\b(?P<timex>(?:(?P<month>{MONTH_FULL})\s+|(?:(?:the|The)\s+)?(?P<season>{SEASON})\s+of\s+)?"
         r"(?:(?:the|The)\s+year\s+)?(?:[Nn]ineteen\s+(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?P<ones>one|two|three|four|five|six|seven|eight|nine))?)"
         r"|(?:the|The)\s+year\s+two\s+thousand(?:\s+and\s+(?P<ones2>one|two|three|four|five|six|seven|eight|nine))?)\b",
         "spelled_year", examples={"back in nineteen ninety-six": "1996", "by the year two thousand": "2000",
                                   "January nineteen ninety-seven. Atlanta again.": "1997-01",
                                   "the level we saw in the winter of nineteen ninety-four": "1994-WI"}),
    Rule("decade-in-words",
         r"\b(?P<timex>(?:the|The)\s+" + MOD + r"(?P<tens>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
         "decade_word", examples={"prices in the nineties": "199"}),
    Rule("month-of-relative-year",
         r"\b(?P<timex>" + MOD + r"(?P<month>{MONTH_FULL}|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+(?:of\s+)?(?P<rel>this|last|next)\s+year)\b",
         "month_of_relative_year", examples={"in June last year": "2022-06", "January this year": "2023-01",
                                             "in March of last year": "2022-03",
                                             "uprisings in Tunisia and Egypt in mid-March last year": "2022-03"}),
    # "died on December 17 last year": the day in the year the words point to, whatever the tense
    Rule("day-of-relative-year",
         r"\b(?P<timex>" + WEEKDAY_OPT + r"(?:(?P<month>{MONTH})\s+(?P<day>{DAY_NUM})|(?P<day2>{DAY_NUM})\s+(?:of\s+)?(?P<month2>{MONTH}))"
         r",?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year)\b",
         "day_of_relative_year",
         examples={"died of natural causes aboard HMS Chatham on December 17 last year": "2022-12-17",
                   "He was arrested on 1 September last year and charged": "2022-09-01",
                   "Hoon replied to Blair on February 22 this year": "2023-02-22"},
         near_misses=("on 25 May. Last year the rally drew 4,000",)),
    Rule("week-of-month",
         r"\b(?P<timex>(?:the|The)\s+(?P<ordinal>first|second|third|fourth|last|final)\s+week\s+(?:of|in)\s+"
         r"(?P<month>{MONTH_FULL}|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?:,?\s+(?P<year>{YEAR}))?)\b",
         "week_of_month", examples={"talks broke down in the last week of August": "2023-W35",
                                    "in the first week of March 2021": "2021-W09"}),
    # "the last day of January", "the first day of the year": the period's edge, a day
    Rule("edge-day-of-period",
         r"\b(?P<timex>(?:the|The)\s+(?:very\s+)?(?P<edge>first|last|final)\s+day\s+of\s+(?:"
         r"(?P<month>{MONTH_FULL}|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?:,?\s+(?P<year>{YEAR}))?"
         r"|(?:the|this)\s+(?P<unit>month|year)))\b",
         "edge_day_of_period",
         examples={"The storm hit on the very last day of January .": "2023-01-31",
                   "the law takes effect on the first day of March 2024": "2024-03-01",
                   "payments are due by the last day of the month": "2023-11-30",
                   "the first day of the year": "2023-01-01"},
         near_misses=("on the first day of the trial",)),
    Rule("week-of-date",
         r"\b(?P<timex>(?:the|The)\s+week\s+(?:of|ending|ended|that\s+ended|to)\s+(?P<month>{MONTH})\s+(?P<day>{DAY_NUM})(?:,?\s+(?P<year>{YEAR}))?)\b",
         "week_of_month", examples={"meetings in the week of March 6, 2000": "2000-W10",
                                    "cases fell in the week ending Nov. 18": "2023-W46"}),
    Rule("sports-season",
         r"\b(?P<timex>(?P<rel>this|last|next|This|Last|Next)\s+season)\b(?!'s\s+(?:finale|opener))",
         "season_of_play", examples={"his best game this season": "2023", "they won the title last season": "2022"}),
    Rule("weekend",
         r"\b(?P<timex>(?:the|The)\s+weekend)\b",
         "weekend", examples={"sales fell over the weekend": "2023-W47-WE"}),
    Rule("end-of-this-period",
         r"\b(?P<timex>(?P<mod>(?:the|The)\s+(?:end|beginning|start|middle|rest|remainder|balance)\s+of)\s+(?:the|this)\s+(?P<unit>year|month|week|decade))\b",
         "this_period", examples={"by the end of the year": "2023", "for the rest of the month": "2023-11",
                                  "will double by the end of the decade": "202"}),
    Rule("earlier-in-the-period",
         r"\b(?P<timex>(?P<mod>[Ee]arlier|[Ll]ater)\s+in\s+the\s+(?P<unit>day|week|month|year))\b(?!\s*(?:of|,\s*when)\b)",
         "this_period", examples={"Earlier in the week, talks stalled": "2023-W47"}),
    Rule("the-week-under-report",
         r"(?:\b(?:[Ff]or|[Dd]uring|[Oo]ver)\s+)(?P<timex>the\s+week)\b(?![-'’])(?!\s+(?:of|before|after|ended|ending|to|that|when|in|since|following|ahead|leading|which)\b)"
         r"|\b(?P<timex2>the\s+week)(?='s\b|’s\b)",
         "this_period", params={"unit": "week"},
         examples={"For the week, the index dropped 3.8%": "2023-W47",
                   "profit taking after the week's rally": "2023-W47"},
         near_misses=("during the week before the vote",)),
    Rule("year-end",
         r"\b(?P<timex>(?:[Aa]round\s+)?(?:the\s+)?(?:calendar\s+)?(?:year[- ]end|year's\s+end))\b(?!\s+of\b)",
         "this_period", params={"unit": "year"}, examples={"by year-end": "2023", "at year end": "2023",
                                                           "expected to close around year end": "2023"}),
    Rule("this-past-or-coming",
         r"\b(?P<timex>(?:this|This)\s+(?P<rel>past|coming)\s+(?P<unit>week|month|year|weekend))\b",
         "relative_period", examples={"this past week": "2023-W46", "this coming year": "2024"}),
    Rule("the-year-named",
         r"\b(?P<timex>(?:the|The)\s+(?:(?:full|fiscal|financial|calendar|current|latest)\s+)?(?:fiscal\s+|financial\s+)?year)\b(?![-'’])"
         r"(?!\s+(?:before|after|earlier|ago|\d|of|in\s+which|when|that|two|three|\w+-))",
         "year_in_discussion", examples={"during the year, sales fell": "2023",
                                         "for the fiscal year ended Jan. 31": "P1Y",
                                         "an earnings increase for the full year": "2023"}),
)

REFERENCE_RULES = (
    Rule("present-ref",
         r"\b(?P<timex>now|Now(?!,)|currently|Currently(?!,)|nowadays|Nowadays|at present|these days|These days|the present|right now|at the moment)\b",
         "constant", params={"value": "PRESENT_REF", "reason": "the present"},
         # "now that ...": TBAQ tags the "now" (3 of 3); a sentence that opens "Now, ..." or
         # "Currently, ..." sets a scene rather than naming the present (TBAQ tags none of 5)
         examples={"is now under way": "PRESENT_REF",
                   "These days, being on the right side means giving moral support": "PRESENT_REF",
                   "Aqaba is Iraq's only outlet now that a noose has tightened": "PRESENT_REF"},
         near_misses=("Now, following asset sales, revenue is smaller.",
                      "Currently, transplant organs are rationed through a regional system.")),
    Rule("past-ref",
         r"\b(?P<timex>(?:[Mm]ore\s+|[Mm]ost\s+|[Vv]ery\s+)?recently|Recently|lately|the past|former times|recent\s+years|(?:past|previous|earlier)\s+years|[Rr]ecent(?=\s+(?:weeks|months|days)\s+(?:have|has)\b))\b(?!\s+(?:few|several|two|three|\d))"
         # "killed, most recently last October": the date that follows is the time, not the adverb
         r"(?!,?\s+(?:last|this|yesterday|today|{MONTH_FULL}|{WEEKDAY_FULL}|(?:on|in)\s+(?:{MONTH_FULL}|{WEEKDAY_FULL}|{YEAR}))\b)",
         "constant", params={"value": "PAST_REF", "reason": "some time before the article"},
         examples={"prices recently rose": "PAST_REF", "the fund was recently in talks": "PAST_REF"},
         near_misses=("doctors were killed, most recently last October",
                      "the bank was fined, most recently in 2009")),
    Rule("future-ref",
         r"\b(?P<timex>(?:the|The)\s+(?:near\s+|distant\s+)?future(?!\s+of\b)"
         # "the future U.S. role", "the future king": an adjective, no time
         r"(?!\s+(?:U\.S\.|(?:king|queen|president|leaders?|wife|husband|roles?|site|home|generations?|head|chief|emperor|plans?|members?|owners?|use|status|course|direction|shape|fate|growth|development|success|expansion)\b))|coming\s+quarters"
         r"|as\s+soon\s+as\s+possible|(?:the|The)\s+(?:near|short|long|longer)\s+term|a\s+later\s+date)\b",
         "constant", params={"value": "FUTURE_REF", "reason": "some time after the article"},
         examples={"plans for the future": "FUTURE_REF", "losses in coming quarters": "FUTURE_REF",
                   "Assad is going to remain in power in the near term": "FUTURE_REF"},
         # "the future of our peoples" is a fate, not a time; TBAQ leaves "for the foreseeable
         # future" untagged (2 of 2)
         near_misses=("very important to the future of our peoples", "the days ahead of the vote",
                      "the biggest question mark in determining the future U.S. role in Libya",
                      "would remain neutral for the foreseeable future")),
    # "will soon move", "may soon seek": TBAQ tags "soon" beside a verb, but not the conjunctions
    # "soon after", "as soon as" (4 of 6 tagged as written here, the rest a coin flip)
    Rule("soon",
         r"(?<![Aa]s )\b(?P<timex>soon|Soon(?!,))\b(?!\s+(?:after|afterwards?|thereafter|before|as|enough|to\s+be)\b)"
         r"(?!\s+(?:[a-z]+ed|became|began|came|grew|fell|rose|went|found|left|gave|took|made|turned)\b)",
         "constant", params={"value": "FUTURE_REF", "reason": "some time after the article"},
         examples={"prosecutors may soon seek an indictment": "FUTURE_REF",
                   "it soon will begin selling boxes": "FUTURE_REF"},
         near_misses=("he had been killed soon after being captured", "leave as soon as trading opens",
                      "a trickle of cash that soon became a flood",  # in a past story: shortly after
                      "Soon, the rebels held the whole valley.")),
    # "Islam will one day be the second largest religion": after a modal, "one day" is some day
    # ahead, not a duration (it ties with the duration rule on extent and is listed first)
    Rule("one-day-ahead",
         r"\b(?:will|would|could|might|may|can|should|shall|to)\s+(?:\w+ly\s+)?(?P<timex>one\s+day)\b(?!\s+(?:after|before|later|earlier|of|ago)\b)",
         "constant", params={"value": "FUTURE_REF", "reason": "some day after the article"},
         examples={"Islam will one day be the second largest religion": "FUTURE_REF"},
         near_misses=("he had only been in the job one day",)),
    # "one day" is some day ahead too where a future follows it ("renewed hopes that one day they
    # will be able to move back", "One day, I hope that you will regain your role", "one day soon,
    # we'll be able to vote") or a wish comes before it ("I want to meet Mark Zuckerberg one day",
    # "she will be able to walk and run again one day"); "Then one day in April", "150 died in one
    # day", "from one day to the next" stay as they were
    Rule("one-day-then-future",
         ONE_DAY_NOT_SOME_DAY + r"\b(?P<timex>[Oo]ne\s+day)\b(?!\s+(?:after|before|later|earlier|of|ago|only|to\s+the\s+next|in|longer|more|less|shorter)\b)"
         r"(?=\s*,?\s+(?:soon\s*,?\s+)?(?:[\w']+\s+){0,3}?(?:will|'ll|’ll|would|could|might|may|can|shall|hope)\b)",
         "constant", params={"value": "FUTURE_REF", "reason": "some day after the article"},
         examples={"the change has renewed hopes that one day they will be able to move back": "FUTURE_REF",
                   "One day, I hope that you will regain your role": "FUTURE_REF"},
         near_misses=("One day we all seem OK , but the next one of us just bottoms out",
                      "A one day general strike would cost the economy millions",
                      "The talks, which lasted one day, could resume next week")),
    Rule("one-day-wished-for",
         r"\b(?:want|wants|wanted|hope|hopes|hoped|wish|wishes|dream|dreams|able)\b[^.;:,?!]{0,40}?"
         + ONE_DAY_NOT_SOME_DAY + r"\b(?P<timex>one\s+day)\b(?!\s+(?:after|before|later|earlier|of|ago|only|to\s+the\s+next|longer|more|less|shorter)\b)",
         "constant", params={"value": "FUTURE_REF", "reason": "some day after the article"},
         examples={"I want to meet Mark Zuckerberg one day and thank him": "FUTURE_REF",
                   "she will be able to walk and run again one day": "FUTURE_REF"},
         # "in one day" is a length of time, whatever comes before it
         near_misses=("He wanted to stay , but 150 people died in one day after the attack",
                      "Unions want a one day national strike",
                      "Organizers hope to keep the square occupied one day longer")),
    # a span without a number before "ago" is some time before the article ("a short time ago")
    Rule("vague-time-ago",
         r"\b(?P<timex>(?:[Aa]\s+(?:(?:very\s+)?(?:short|long|little)\s+)?(?:time|while)|[Ss]ome\s+time|[Nn]ot\s+(?:so\s+|very\s+)?long)\s+ago)\b",
         "constant", params={"value": "PAST_REF", "reason": "some time before the article"},
         examples={"we lost communication with him a short time ago": "PAST_REF",
                   "We gave up on this a long time ago.": "PAST_REF",
                   "Not long ago, the square was empty": "PAST_REF"},
         near_misses=("a short time later he left",)),
    # "in the coming weeks", "the weeks ahead", "the years to come": a span ahead whose length is
    # not said, as "in recent weeks" is one behind (TBAQ: "coming weeks" PXW, "coming years" PXY,
    # "the weeks ahead" PXW, DURATION; "coming months" once FUTURE_REF)
    Rule("coming-period",
         r"\b(?P<timex>(?:[Cc]oming|[Uu]pcoming)\s+(?P<unit>hours|days|weeks|months|years|decades))\b",
         "duration", type="DURATION", params={"vague": True},
         examples={"in the coming weeks": "PXW", "they will move to air bases in the coming hours": "PTXH"}),
    # "in the next months" (no number) is the same span ahead as "in the coming months"
    Rule("next-period-plural",
         r"\b(?P<timex>[Tt]he\s+next\s+(?P<unit>hours|days|weeks|months|years|decades))\b(?!\s+(?:of|after|before)\b)",
         "duration", type="DURATION", params={"vague": True},
         examples={"We will be working on that in the next months, the EU's financial services chief said": "PXM"}),
    Rule("period-ahead",
         r"\b(?P<timex>(?:the|The)\s+(?P<unit>hours|days|weeks|months|years|decades)(?:\s+and\s+(?:the\s+)?(?:days|weeks|months|years))?"
         r"\s+(?:ahead|to\s+come)\b)(?!\s+(?:of|for)\b)",
         "duration", type="DURATION", params={"vague": True},
         examples={"Haiti has to be assisted correctly in the years to come": "PXY",
                   "Haiti must stay on the agenda in the weeks and months ahead": "PXW",
                   "what may happen today in the hours ahead": "PTXH"},
         near_misses=("the days ahead of the vote",)),
    Rule("recent-period",
         r"\b(?P<timex>(?:[Rr]ecent|[Pp]ast|(?<=[Ii]n )previous)\s+(?P<unit>weeks|months|days|decades|quarters))\b",
         "duration", type="DURATION", params={"vague": True},
         examples={"in recent weeks": "PXW", "In previous days, NATO planes had hit targets": "PXD",
                   # earnings copy counts in quarters (WSJ 1989-11-02, TBAQ wsj_0176)
                   "Property/casualty insurance has been a tough business in recent quarters": "PXQ"},
         near_misses=("previous days' figures were revised",)),
    Rule("present-adjective",
         r"(?<![Ee]lectric )(?<![Aa]lternating )(?<![Dd]irect )(?<!then )(?<!then-)\b(?P<timex>current)\b"
         r"(?=\s+[a-z])(?!\s+(?:account|accounts|affairs|events|year|quarter|month|week|fiscal|period|of|and|or|is|was|in|from|through)\b)",
         "constant", params={"value": "PRESENT_REF", "reason": "the present"},
         examples={"at current levels": "PRESENT_REF", "its current position": "PRESENT_REF"},
         near_misses=("the current account deficit", "an electric current flows")),
    # "at 50% of the then current market price": current at a time now past (TimeBank PAST_REF)
    Rule("then-current",
         r"\b(?P<timex>then[- ]current)\b(?=\s+[a-z])",
         "constant", params={"value": "PAST_REF", "reason": "current at a time before the article"},
         examples={"shares at 50% of the then current market price": "PAST_REF",
                   "the then-current chairman": "PAST_REF"}),
    Rule("recent-adjective",
         r"\b(?P<timex>[Rr]ecent)\b(?=\s+(?:[a-z]+\s+)?(?:weeks|months|days|years|sessions|trading|history|declines?|gains?|rally|events|decades|surveys?|polls?|elections?|studies|attacks?|visits?|days'|weeks'))(?!\s+(?:weeks|months|days|years|decades)\b)",
         "constant", params={"value": "PAST_REF", "reason": "some time before the article"},
         examples={"the recent rally": "PAST_REF"}),
)

DURATION_RULES = (
    Rule("duration",
         r"\b(?P<timex>(?:(?:the|The)\s+(?:(?:past|last|next|previous|coming|first|final|latest|initial|remaining|year-earlier|same)\s+|(?![\w-]+-{UNIT}\b))|(?:nearly|more than|less than|no more than|at least|up to|Nearly|More than|At least)\s+)?"
         r"(?![Aa]n?[\s-]+[a-z]+-long\b)(?P<num>{NUM})(?:(?:\s+|-)(?P<frac>1\\?/2)|(?P<frac2>(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half))?(?:\s+(?:to|or)\s+{NUM})?[\s-]+(?:(?:more|straight|consecutive|successive|full|whole|entire|additional|trading|business|working)\s+)?(?P<unit>{UNIT})(?:-long(?![\w-]))?(?P<half>(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?(?:\s+or\s+so)?)\b"
         r"(?!\s+(?:ago|later|earlier|old|OLD)\b(?!\s+than\b))(?!-(?:old|OLD|Old))(?!-long)(?!-earlier|-ago)(?!\s+from\s+now)"
         r"(?<!-quarters)(?<!-Quarters)(?<![Qq]uarter(?=\s+of\b))(?<![Aa]\s[Ss]econd)"
         # an idiom and a compound noun hold no length of time: "calls it a day", "a day laborer"
         r"(?<!\b[Cc]all\sit\sa\sday)(?<!\b[Cc]alls\sit\sa\sday)(?<!\b[Cc]alled\sit\sa\sday)(?<!\b[Cc]alling\sit\sa\sday)"
         r"(?!(?<=[Dd]ay)\s+(?:labou?rers?|jobs?)\b)"
         # a day named for what it holds is an occasion ("declared a day of rage"; rule duration's
         # own word list is vocabulary's NAMED_DAY_OF); "three days of mourning" stays a length
         r"(?!(?<=\b[Aa]\sday)\s+of\s+{NAMED_DAY_OF}\b)"
         # a quarter is also a coin, a fraction and a district: "do n't have a quarter to share",
         # "three quarters of its output", "concern in some quarters", "Several quarters of the
         # city" hold no span; earnings copy counts them with its own words ("for a quarter",
         # "several quarters of losses", "the first two quarters of 1990": TBAQ)
         r"(?<!(?<!\b[Ff]or\s)\b[Aa]\squarter)(?<!(?<!\b[Ff]or\s)\b[Oo]ne\squarter)"
         r"(?<![Ss]ome\squarters)(?<![Mm]any\squarters)(?<![Cc]ertain\squarters)(?<![Vv]arious\squarters)"
         r"(?!(?<=[Qq]uarters)\s+of\s+(?:the|its|their|his|her|a|an|all|those|these|our|this|that)\b"
         r"(?!\s+(?:fiscal\s+)?year\b))",
         "duration", type="DURATION",
         examples={"fighting over the past three years": "P3Y", "a five-year plan": "P5Y",
                   "for several weeks": "PXW", "talks lasted 12 hours": "PT12H",
                   "it has taken a number of years for those to show": "PXY",
                   "in the nine months to June": "P9M", "for 2 1/2 years": "P2Y6M", "stocks rose for 10 straight days": "P10D",
                   "Eight trading days after the crash, stocks recovered": "P8D",
                   "after a minute and a half": "PT1M30S", "for two decades": "P20Y", "tested for a dozen years": "P12Y", "the first pope in nearly 1,300 years": "P1300Y",
                   "jailed for one and a half years": "P1Y6M",
                   # and so does agency copy its "and a half" ("over the course of the past two-and-a-half weeks")
                   "The talks lasted for three-and-a-half hours": "PT3H30M",
                   "over the course of the past two-and-a-half weeks": "P17DT12H",
                   "A century-and-a-half after the war ended, people still argue": "P150Y",
                   "The events of a whole year have proved it": "P1Y", "The strike lasted an entire week.": "P1W",
                   # wire copy joins the fraction with a hyphen
                   "Oil prices hit a 2-1/2 year high": "P2Y6M", "He was jailed for 4-1/2 years.": "P4Y6M",
                   # a counted length joined to "-long" is one adjective, counted ("year-long" alone is one year)
                   "President Assad ended the 48-year-long state of emergency": "P48Y",
                   "he will soon end a two-decades-long state of emergency": "P20Y",
                   # "after that" + a noun is an event's name, as "after the" is ("days" alone was PXD)
                   "so two days after that first protest, they had a press conference": "P2D",
                   "Nine days after that last meeting, President Assad's brother-in-law was killed": "P9D",
                   # a headline writes its prepositions in lower case between its capitals
                   "Unemployment Falls to Lowest Level in 10 Years": "P10Y",
                   "Egyptian Blogger Jailed for Three Years": "P3Y",
                   "Iran Agrees to Halt Enrichment for Six Months": "P6M",
                   "Protests Enter Day 9 as Mubarak Clings On for 30 Years of Rule": "P30Y",
                   "The vote took place on March 19, a day after the deadline.": "P1D",
                   # hundreds and thousands spelled out count whole (TBAQ writes thousands of years in millennia)
                   "what they did to the blacks in America and Canada for four hundred years": "P400Y",
                   "Some families have kept their glass working secrets for more than two thousand years.": "P2L",
                   "calls for a narrow focus after several quarters of losses": "PXQ",
                   "Even if for one or two quarters you have some supply-demand imbalance": "P1Q",
                   "the business shrank for a quarter": "P1Q"},
         near_misses=("a 6-year-old boy", "a man 44 years old", "three-quarters of its food",
                      # a headline in capitals, or its title case, writes an age as well
                      "POLICE FIND 11-YEAR-OLD GIRL ALIVE", "Police Find 11-Year-Old Girl Alive",
                      "Hezbollah opponents declared a day of rage after the vote",
                      "Activists have called a day of mourning", "This was a day of celebration .",
                      # CNN 2011-01-31, Reuters 2011-02-25, BBC 2012, CNN 2011-03
                      "There is concern in some quarters in the United States about what comes after",
                      "oil outages have risen to as much as three quarters of its 1.6 million bpd output",
                      "Several quarters of the city seemed to have a considerable presence of rebels",
                      "you do n't have a quarter to share because you have yourself",
                      "of which Japan bought only a quarter last week",
                      "more than a quarter of the market", "A second group met", "400 seats a week",
                      "$500 million a year", "compared with a year-earlier loss",
                      # a capitalised unit after lower-case words names a war, a book or a show
                      "the defeat of Egyptian state in the Six Day War of 1967",
                      "In an interview on the CBS news program 60 Minutes over the weekend",
                      # after a quote written as two apostrophes, or before a lower-case noun
                      "Gonzalez said on CBS's ''60 Minutes.'' ''The way they're abusing him",
                      "Interviewed on the 60 Minutes program , Sheikh Hamad was asked",
                      "the treaty that brought to an end the Thirty Years war",
                      "will probably be viewed more kindly when he calls it a day",
                      "Ramirez , a day laborer and father of two")),
    Rule("duration-past-unit",
         r"\b(?P<timex>(?:the|The)\s+(?:(?:past|last|previous)\s+|(?:next|coming)\s+(?=decade|century|fortnight))(?P<unit>year|month|week|fortnight|decade|century))\b",
         "duration", type="DURATION", params={"amount": 1},
         examples={"killed in the past week": "P1W", "over the past decade": "P10Y",
                   # British copy's two weeks ("the past" alone was PAST_REF)
                   "the luxury revealed in the past fortnight in their abandoned homes": "P2W",
                   "demand will double over the next decade": "P10Y"}),
    # "in the past hour", "within the next hour": a span of one hour, as "the past 24 hours" is one of 24;
    # "the last day" only after a preposition of span ("the last day of the talks" is a day, not a span)
    Rule("duration-past-hour",
         r"\b(?P<timex>(?:the|The)\s+(?:past|last|previous|next|coming)\s+(?P<unit>hour))\b(?!s)",
         "duration", type="DURATION", params={"amount": 1},
         examples={"Tweets from CNN iReporters in the past hour: Salma says": "PT1H",
                   "Fareed will have more within the next hour.": "PT1H"}),
    Rule("duration-past-day",
         r"\b(?:in|over|within|during|for|In|Over|Within|During|For)\s+(?P<timex>the\s+(?:past|last)\s+(?P<unit>day))\b"
         r"(?!\s+(?:of|in|before|after|at|on)\b)",
         "duration", type="DURATION", params={"amount": 1},
         examples={"Over the past day, more people arrived at the camps": "P1D"},
         near_misses=("Friday was the last day of the talks", "on the last day of the summit")),
    Rule("duration-vague",
         r"\b(?:for|For|over|Over|in|In|within|Within|took|take|takes|last|lasted|spent|spend|spends|after|After)\s+(?P<timex>(?P<vague>)(?P<unit>years|months|weeks|days|decades|hours|centuries|minutes)(?:\s+or\s+(?:years|months|weeks|days|decades|hours|minutes)\b|(?!\s+of\b)))\b(?!\s+(?:ago|later|earlier|old)\b)",
         "duration", type="DURATION", params={"vague": True},
         examples={"for years": "PXY", "Within weeks, the rebels took the city": "PXW",
                   # a vague span given as a choice is one span, counted in the first unit
                   "he probably died within weeks or months of his capture": "PXW"}),
    # "extended the mission for another month": one more unit is a length of time, as "for a
    # month" is (the preposition stays out of the extent); "a question for another day" is no span
    Rule("duration-another-unit",
         r"\b(?:for|For|last|lasts|lasted|take|takes|took|within|Within)\s+"
         r"(?P<timex>another\s+(?P<unit>day|week|month|year|decade|hour|minute|fortnight))\b"
         r"(?<!question\sfor\sanother\sday)(?<!story\sfor\sanother\sday)(?<!topic\sfor\sanother\sday)",
         "duration", type="DURATION",
         examples={"Arab countries voted on Tuesday to extend the mission for another month .": "P1M",
                   "His mother 's passport could stay closed for another day .": "P1D",
                   "they were in for another decade , potentially , of this dictatorship": "P10Y"},
         near_misses=("To believe or not is a question for another day .",)),
    # "talks have gone on for some time", "it will take a while": a span whose length is not
    # said, with no unit (TBAQ tags both; "for a long time" it leaves untagged)
    Rule("duration-some-time",
         r"\b(?:for|For|take|takes|took|taking|last|lasts|lasted)\s+(?P<timex>(?:quite\s+)?some\s+time|a\s+while)\b(?!\s+(?:now|ago|later|before|after|to\s+come)\b)",
         "constant", type="DURATION", params={"value": "PXX", "reason": "a length of time not said"},
         examples={"American forces could be in the gulf region for some time.": "PXX",
                   "they're going to have to live without it for a while.": "PXX",
                   "Tensions have been simmering for quite some time.": "PXX",
                   "the regime will fall eventually but it will take some time.": "PXX"},
         near_misses=("He was silent for a while ago",)),
    # "after weeks of protests", "Syrians have endured decades of hardship": a span of events whose
    # length is not said (TimeML tags the bare plural; TBAQ tags "months of twists and turns",
    # "days of swelling industry sales"). News writes it after any preposition, conjunction or
    # verb ("and decades of oppression by successive rulers", "broke weeks of stalemate") and at a
    # sentence's start ("Months of protests have failed"), so the word before it is checked, not
    # listed: no article, possessive, number or adjective ("the early months of the uprising",
    # "thousands of years of history", "the dark days of"); there, "the"/"a" after "of" names a
    # period ("years of a vibrant democracy"), where after "within" it does not ("within hours of
    # the attack"). "years of age" is an age, no span.
    Rule("vague-span-of-events",
         r"(?:\b(?:after|After|despite|Despite|during|During|amid|Amid|following|Following|follows|followed|"
         r"endured|endures|suffered|ended|end|ends|ending|within|Within)\s+"
         r"|(?P<broad>)(?:(?<![\w'’+-])(?<![Tt]he\s)(?<![Hh]is\s)(?<![Ii]ts\s)(?<![Tt]heir\s)"
         r"(?:and|or|nor|but|to|into|in|by|with|from|through|without|than|not|over|under|like|as|where|when|"
         r"while|be|been|is|are|was|were|take|takes|took|broke|break|breaks|halt|halts|stop|stops|quell|quells|"
         r"risk|risks|face|faces|bring|brings|endure|suffer|suffers|follow|seek|seeks|see|saw|"
         r"[a-z]{2,}(?:ed|ing))\s+"
         r"|(?:^|(?<=[.;:!?(`'\"]\s)|(?<=\n))(?=[A-Z][a-z]+\s+of\s+[a-z])))"
         r"(?P<timex>(?P<vague>)(?P<unit>[Yy]ears|[Mm]onths|[Ww]eeks|[Dd]ays|[Dd]ecades|[Hh]ours)"
         r"(?:\s+or\s+(?:years|months|weeks|days|decades|hours))?)"
         r"(?=\s+of\s+(?!age\b)(?(broad)(?!(?:the|a|an)\b))[\w'-])",
         "duration", type="DURATION", params={"vague": True},
         examples={"The moves come after weeks of protests.": "PXW",
                   "Syrians have endured decades of economic hardship.": "PXY",
                   "The completion of the merger follows months of twists and turns.": "PXM",
                   "Within hours of the attack, police sealed the area.": "PTXH",
                   # CNN 2011-01-28, Guardian 2005-12-10, Reuters 2011-04-05, Reuters 2011-06-22
                   "The movement went underground in the 1950s , and decades of oppression by successive "
                   "Egyptian rulers led many of the Brotherhood 's members to flee abroad": "PXY",
                   "The Iraqi people are emerging from decades of tyranny and oppression .": "PXY",
                   "Thursday 's gains in the east broke weeks of stalemate .": "PXW",
                   "Months of protests have failed to dislodge Syrian President Bashar al-Assad": "PXM",
                   # a span given as a choice is one span, counted in the first unit (Reuters 2011-03-01)
                   "what international observers say could be weeks or months of war": "PXW"},
         near_misses=("children under 12 years of age",
                      "In the early months of the uprising , pro-rebel fighters had slipped in",
                      "Egypt will destroy over thousands of years of history",
                      "The inter-war years in Egypt were years of a vibrant democracy",
                      "Days of Rage were called across the region",
                      "those were the dark days of the dictatorship")),
)

SET_RULES = (
    Rule("set-every",
         r"\b(?P<timex>(?:every|each|Every|Each)\s+(?:(?P<weekday>{WEEKDAY_FULL})|(?P<month>{MONTH_FULL})|(?P<season>spring|summer|autumn|fall|winter)\b|(?:(?P<num>other|few|two|three|four|five|six|ten|\d+)\s+)?(?P<unit>minute|hour|day|week|month|year|quarter|morning|afternoon|evening|night)s?))\b",
         "every", type="SET", examples={"meets every Monday": "XXXX-WXX-1", "each year": "P1Y",
                                       "Orangemen march each July": "XXXX-07",
                                       "the festival takes place every summer": "XXXX-SU",
                                       "the shuttle runs every 15 minutes": "PT15M"}),
    Rule("vague-span-before-event",
         r"\b(?:the|The)\s+(?P<timex>(?P<unit>days|weeks|months|years))\s+(?=(?:before|after|since|leading|that\s+followed|following)\b)",
         "duration", type="DURATION", params={"vague": True},
         examples={"his car was seen in the weeks before the shooting": "PXW"}),
    # "Mubarak's role over the years": a span reaching to now whose length is not said (TBAQ tags
    # "the years" of "over the years")
    Rule("over-the-years",
         r"\b(?:over|Over|through|Through|down|across|Across)\s+(?P<timex>the\s+(?P<unit>years|decades|centuries))\b(?![-'’])"
         r"(?!\s+(?:before|after|since|of|that|which|when|in\s+which|to\s+come|ahead|following|leading|between|from|\d+)\b)",
         "duration", type="DURATION", params={"vague": True},
         examples={"how much money the family amassed over the years": "PXY",
                   "the bureaucracy built up over the decades has held": "PXY"},
         near_misses=("over the years since the war", "across the years 1990 to 1995")),
    # "over the following years", "in the ensuing decades": a span after the events told, its
    # length not said
    Rule("following-span",
         r"\b(?P<timex>(?:the|The)\s+(?:following|ensuing|subsequent|intervening)\s+(?P<unit>years|decades|months|weeks|days|hours))\b(?!\s*(?::|and\s+times\b))",
         "duration", type="DURATION", params={"vague": True},
         near_misses=("The show airs on the following days and times:",),  # a list, no span
         examples={"Over the following years he was in Geneva": "PXY",
                   "He made extensive use of those powers in the ensuing decades.": "PXY",
                   "The protests will not abate in the following days.": "PXD"}),
    Rule("times-a-period",
         r"\b(?P<timex>(?:once|twice|Once|Twice|(?:{NUM})\s+times)\s+(?:a|an|per|each)\s+(?P<unit>day|week|month|year))\b",
         "every", type="SET", examples={"the group meets twice a year": "P1Y",
                                        "prices are set three times a week": "P1W"}),
    Rule("weekday-plural",
         r"\b(?P<timex>(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s|\s+(?P<part>morning|afternoon|evening|night)s))\b",
         "every", type="SET", examples={"the market is closed on Sundays": "XXXX-WXX-7",
                                        "flights leave on Tuesday nights": "XXXX-WXX-2TNI"}),
    Rule("clock-units-then-direction",
         r"\b(?P<timex>(?:(?:over|under|about|nearly|almost|more\s+than|less\s+than)\s+)?(?P<num>{NUM})\s+(?P<unit>hours?|minutes?|seconds?)(?P<half>\s+and\s+a\s+half)?)\s+(?=(?:later|earlier|afterwards?)\b)",
         "duration", type="DURATION",
         examples={"Two hours later, the building collapsed": "PT2H",
                   "Just over an hour later, he died": "PT1H",
                   "But a minute and a half later, a pilot calls in": "PT1M30S"}),  # TBAQ: "over an hour", not "later"
    Rule("vague-number-then-direction",
         r"\b(?P<timex>(?:[Aa]\s+few|[Ss]everal|[Mm]any|[Ss]ome|[Aa]\s+couple\s+of)\s+(?P<unit>hours|days|weeks|months|years|decades))\s+(?=(?:later|earlier)\b)",
         "duration", type="DURATION", params={"vague": True},
         examples={"A few days later, the company announced cuts": "PXD"}),
    # "Ten years later, the USA and UK remain there" with no date before it: the span alone (see
    # chain_offset; where a date came before, chain-offset's longer match wins)
    Rule("span-then-later",
         r"\b(?P<timex>" + HEDGE + r"(?P<num>{NUM})(?P<frac2>(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?\s+(?P<unit>days?|weeks?|months?|years?|decades?|centur(?:y|ies))(?P<half>(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?)\s+(?=(?:later|afterwards?)\b(?!\s+than\b))",
         "duration", type="DURATION",
         examples={"Ten years later, the USA and UK remain there.": "P10Y",
                   # half a unit more belongs to the span, hyphenated or not
                   "Four-and-a-half years later, the case is still open.": "P4Y6M",
                   "Almost two years later, the case is still open.": "P2Y"},
         near_misses=("The plant opened in June 2010. Six months later it closed.",
                      "The season started about a month later than usual.")),  # rule duration: "a month"
    Rule("vague-span-around-event",
         r"\b(?P<timex>(?P<unit>[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears|[Dd]ecades|[Mm]inutes))\s+(?=(?:after|before|later|earlier)\b)",
         "duration", type="DURATION", params={"vague": True},
         examples={"Hours after the attack, police arrived": "PTXH", "years later": "PXY"}),
    Rule("duration-long-adjective",
         # AP style closes the compound: "a weeklong trip", "a yearlong inquiry", "monthslong talks"
         r"\b(?P<timex>(?:(?P<vague>decades|years|months|weeks|days|hours)|(?P<unit>year|month|week|day|hour|decade|centur(?:y|ies)))-?long)\b",
         "long_adjective", type="DURATION",
         examples={"a day-long strike": "P1D", "a decades-long feud": "PXY", "a year-long inquiry": "P1Y",
                   "She made a weeklong trip to Asia.": "P1W", "a yearlong investigation found fraud": "P1Y",
                   "the daylong meeting ended": "P1D", "after monthslong talks": "PXM"},
         near_misses=("the long war", "all day long", "weeks long ago")),
    Rule("century-fraction-ago",
         r"\b(?P<timex>(?:(?P<fraction>[Hh]alf)\s+a|[Aa]\s+(?P<fraction2>quarter)(?:\s+of\s+a)?)[\s-]century\s+ago)\b",
         "century_fraction_ago", examples={"Half a century ago, the wall was built.": "1973",
                                           "The shuttle exploded a quarter-century ago.": "1998",
                                           "a quarter century ago": "1998"}),
    Rule("duration-half",
         r"\b(?P<timex>(?:[Hh]alf\s+an?\s+(?P<unit>hour|day|year|century|minute)|(?:a\s+)?quarter\s+(?:of\s+a\s+)?century|[Aa]\s+quarter-century))\b",
         "half_duration", type="DURATION",
         examples={"half an hour later": "PT30M", "half a century": "P50Y",
                   "a quarter century of rule": "P25Y",
                   # hyphenated after "a" it is the span ("a quarter" alone was P1Q); "its
                   # quarter-century low" is an adjective, untagged as in TBAQ
                   "It 's been a quarter-century since the shuttle exploded": "P25Y"},
         near_misses=("unemployment is just above its quarter-century low",)),
    # before a name it is a newspaper, no period: "the Communist Party daily Granma", "the news
    # weekly Der Spiegel" (TBAQ tags neither)
    Rule("set-adverb", r"\b(?P<timex>daily|weekly|monthly|annually|yearly|nightly|hourly)\b(?!\s+[A-Z])", "set_adverb",
         type="SET", examples={"a daily briefing": "P1D", "published weekly": "P1W",
                               "the commemorations held here annually": "P1Y",
                               "The report is published monthly. Critics say": "P1M"},
         near_misses=("sales should rise 8.5% annually", "payments of C$17.9 million annually",
                      "about 10,000 units annually", "the Communist Party daily Granma reported",
                      "the Israeli daily Haaretz said", "the news weekly Der Spiegel")),
)

# A clock without a.m./p.m. needs a preposition before it ("at 21:14 yesterday", "at 7:30
# tonight"): "John 3:16 tomorrow" cites a verse, and "21:14 yesterday" alone may be a score.
CLOCK = (r"(?:(?:around|Around)\s+)?(?:(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am\b|pm\b|AM\b|PM\b)|(?:(?<=[Aa]t )|(?<=by )|(?<=until )|(?<=from )|(?<=[Aa]round )|(?<=before )|(?<=after ))(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)|(?P<word>noon|midnight|midday))"
         r"(?:\s+(?:{US_ZONE}|{ZONE}|local\s+time|[A-Z]{2,4}T)\b)?")
TIME_RULES = (
    Rule("clock-on-day",
         r"\b(?P<timex>" + CLOCK + r",?\s+(?:(?:on|this|last|next)\s+)?(?:(?P<weekday>{WEEKDAY_FULL})(?!\s?,?\s+(?:{DAY_NUM}\s+(?:of\s+)?{MONTH}|{MONTH}\s+{DAY_NUM}\b))|(?:{WEEKDAY}\s?,?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY_NUM})(?:\s?,?\s+(?P<year>{YEAR}))?"
         r"|(?:{WEEKDAY}\s?,?\s+)?(?P<dayfirst>{DAY_NUM})\s+(?P<monthafter>{MONTH})(?:\s?,?\s+(?P<yearafter>{YEAR}))?))\b(?![\d:])",
         "clock_on_day", type="TIME",
         examples={"polls close at 10 p.m. Wednesday": "2023-11-22T22:00",
                   "the deadline is 5 p.m. EST Nov. 9": "2023-11-09T17:00",
                   "he arrived at noon Thursday": "2023-11-23T12:00",
                   "the rally broke up by midday Friday": "2023-11-24T12:00",
                   "The striker scored at 10:30 Friday.": "2023-11-24T10:30",
                   "At 2:46 p.m. on March 11, 2011, an earthquake struck": "2011-03-11T14:46",
                   # tokenised copy puts a space before the year's comma
                   "ly/U6vgfT 6:30 pm ET February 11 , 2013 RETWEET": "2013-02-11T18:30",
                   "at 10 p.m. Tuesday, March 19, 2013, the polls closed": "2013-03-19T22:00",
                   "the auction closes at 9am on Tuesday 2 February": "2024-02-02T09:00",
                   # a number after the weekday's comma is the day's only when a month follows
                   "Police said that at 10 p.m. Friday , 25 people had been killed .": "2023-11-24T22:00",
                   # the BBC's heading: a weekday before a date goes with the date (taking the
                   # weekday alone left "March 2013", a month)
                   "Page last updated at 14:22 GMT, Tuesday, 19 March 2013": "2013-03-19T14:22",
                   # CNN's heading abbreviates the weekday
                   "updated 1:17 PM EDT, Thu March 21, 2013": "2013-03-21T13:17"},
         near_misses=("Read John 3:16 Friday", "the score was 21:14 Friday")),
    # wire stories convert the clock in brackets before the day: "at 10:35 a.m. (0735 GMT) Friday";
    # TBAQ tags the clock alone, on that day (a short bracket keeps the day within the reach of
    # the clock, its trigger)
    Rule("clock-then-converted-day",
         r"\b(?P<timex>" + CLOCK + r")\s*\([^()]{1,12}\)\s*,?\s*(?:(?:on|this|last|next)\s+)?(?P<weekday>{WEEKDAY_FULL})\b",
         "clock_on_day", type="TIME",
         examples={"The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building":
                   "2023-11-24T10:35"},
         near_misses=("the shares rose 3 (about 2%) Friday",)),
    Rule("clock-on-relative-day",
         r"\b(?P<timex>" + CLOCK + r",?\s+(?P<rel>yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|last\s+night))\b",
         "clock_on_relative_day", type="TIME",
         examples={"he died at 5:30 a.m. yesterday": "2023-11-24T05:30",
                   "the vote closes at 8 p.m. tomorrow": "2023-11-26T20:00",
                   "the blast came at 11 p.m. last night": "2023-11-24T23:00",
                   "he speaks at 7:30 tonight": "2023-11-25T19:30",
                   "the train left at 21:14 yesterday": "2023-11-24T21:14"},
         near_misses=("John 3:16 tomorrow", "21:14 yesterday")),
    Rule("clock-after-preposition",
         r"\b(?:at|At|by|until|before|after|around|from)\s+(?P<timex>(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d))\b(?![:.,]\d)(?!\s*(?:[ap]\.?m\b|[AP]M\b|{ZONE}|{US_ZONE}|hrs|hours))",
         "clock_time", type="TIME", examples={"the train left at 10:30 from Paris": "2023-11-25T10:30"},
         near_misses=("a score of 3:1",)),
    # "the fire broke out in mid-afternoon": a part of the day the story is on (TimeBank: "mid
    # afternoon" TIME ...TAF mod MID); after a preposition, so "an early morning raid" is left alone
    Rule("part-of-day-with-mod",
         r"\b(?:in|In|by|By|until|since|from|about|around|at|At|before|after|till|through)\s+(?:the\s+)?"
         r"(?P<timex>(?P<mod>early|late|mid|Early|Late|Mid)[\s-](?P<part>morning|afternoon|evening)(?:\s+(?P<relday>yesterday|today|tomorrow))?)\b(?!\s+(?:of|on)\b)",
         "chain_step", type="TIME", params={"unit": "day", "step": 0},
         examples={"the fire broke out in mid-afternoon": "2023-11-25TAF",
                   "On 2 March police came; by late afternoon they left": "2023-03-02TAF",
                   "shares were up at mid-afternoon yesterday": "2023-11-24TAF"},
         near_misses=("an early morning raid",)),
    Rule("overnight",
         r"\b(?P<timex>[Oo]vernight)\b(?!\s+(?:stay|stays|bag|trip|flight|flights|shift|camp))",
         "overnight", type="TIME", examples={"shares fell in overnight trading": "2023-11-24TNI",
                                             "the storm will make landfall overnight": "2023-11-25TNI",
                                             # a denial alone, or a change told, leaves it a night
                                             "Police did not say how many were arrested overnight.": "2023-11-24TNI",
                                             "clashes happened overnight and into Tuesday": "2023-11-20TNI",
                                             # into a weekday: the night before it (BBC, Monday 2012-06-25;
                                             # CNN, "positions Sunday and overnight into Monday")
                                             "a group of some 200 people who crossed the border overnight into "
                                             "Saturday": "2023-11-24TNI",
                                             "Rebel forces had reinforced their positions on 12 November and "
                                             "overnight into Monday .": "2023-11-12TNI"},
         # a change denied it happens "overnight" is one that takes time, no night
         near_misses=("It is worth remembering that revolutions do not happen overnight .",
                      "But that wo n't change the military balance overnight .",
                      "It is unlikely to be done overnight without very grave consequences",
                      "I do n't think it will necessarily have an overnight impact on the regime")),
    Rule("hour-in-the-part-of-day",
         r"\b(?P<timex>(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?(?:\s+o'clock)?\s+in\s+the\s+(?P<part>morning|afternoon|evening))\b",
         "hour_of_part", type="TIME", examples={"woken at 4 in the morning": "2023-11-25T04:00",
                                                "at 3 o'clock in the afternoon": "2023-11-25T15:00",
                                                # a clock's minutes, as live reports give them
                                                "it 's after 2:00 in the morning here": "2023-11-25T02:00",
                                                "the blast came at 9:30 in the evening": "2023-11-25T21:30"}),
    Rule("noon-midnight",
         r"\b(?P<timex>(?P<word>noon|midnight|midday))\b",
         "clock_time", type="TIME", examples={"the deadline is midnight": "2023-11-25T24:00"}),
    Rule("clock-time",
         r"\b(?P<timex>(?:[Aa]round\s+)?(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b|AM\b|PM\b)(?:\s+(?:{US_ZONE}|{ZONE}|local\s+time)\b)?)",
         "clock_time", type="TIME", examples={"the blast at 3 p.m.": "2023-11-25T15:00",
                                              "expected at 2 p.m. local time": "2023-11-25T14:00",
                                              "the polls closed at 10.30pm": "2023-11-25T22:30",  # British style
                                              "polls close at 8 p.m. ET": "2023-11-25T20:00",
                                              # its last stop dropped (CNN's live page, Timeline17)
                                              "Cairo , 9:40 a.m ET -RRB- Police are firing on demonstrators": "2023-11-25T09:40",
                                              "The tram runs until about 6 p.m and takes an hour .": "2023-11-25T18:00",
                                              # a day counted from an event left undated (NYT 1999-04-19,
                                              # TBAQ NYT19990419.0515): the day is unknown, the clock is not
                                              "a jogger who spotted Kopp's car near Slepian's house at 6 a.m. ten "
                                              "days before the shooting": "XXXX-XX-XXT06:00",
                                              "He left at 10 p.m. two days before the end of the year":
                                                  "2023-11-25T22:00"}),
    # with a zone the clock needs no preposition; web pages add seconds ("10:24:00 ET") and British
    # papers write a stop ("18.17 GMT", "09.02 BST")
    Rule("clock-24h",
         r"(?<![\d.:])\b(?P<timex>(?P<hour>[01]?\d|2[0-3])(?::|\.(?=[0-5]\d\s*(?:{ZONE}|UK\s+time)\b))(?P<minute>[0-5]\d)(?::[0-5]\d)?"
         r"\s*(?:{ZONE}|{US_ZONE}|UK\s+time|local\s+time|hrs|hours))\b",
         "clock_time", type="TIME", examples={"at 14:30 GMT": "2023-11-25T14:30",
                                              "Wednesday 14 December 2005 18.17 GMT The US president": "2005-12-14T18:17",
                                              "Aired February 13, 2011 - 10:00 ET THIS IS A RUSH TRANSCRIPT": "2011-02-13T10:00",
                                              "William Crawley | 22:29 UK time , Wednesday": "2023-11-25T22:29"},
         near_misses=("the index rose 12.45 points",)),
)

# Four digits that are a clock ("at 1653 local time", a live blog's "1653 The first tremor ...")
# tie with the year rules on extent; listed first, they win the tie.
# A clock converted in brackets, "(2153 GMT)" or tokenised "-LRB- 2153 GMT -RRB-", is left out
# (TBAQ tags the clock it converts, not the conversion)
CONVERSION = r"\s*(?:\(|-LRB-)\s*(?:[01]\d|2[0-3])[0-5]\d\s*{ZONE}\s*(?:\)|-RRB-)"
CLOCK_FIRST_RULES = (
    # BBC and Reuters copy gives the local clock, then the same time in GMT in brackets: "the tremor
    # hit at 1653 (2153 GMT) on Tuesday" is a time on that Tuesday, never the year 1653
    Rule("clock-four-digits-converted-on-day",
         r"(?<![\d.,:$£€#])\b(?P<timex>(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d))" + CONVERSION
         + r",?\s+(?:(?:on|this|last|next)\s+)?(?P<weekday>{WEEKDAY_FULL})\b",
         "clock_on_day", type="TIME",
         examples={"The tremor hit at 1653 (2153 GMT) on Tuesday, the US Geological Survey said.":
                   "2023-11-21T16:53",
                   "it lost radio contact with the jet at 1158 -LRB- 0858 GMT -RRB- on Friday": "2023-11-24T11:58"},
         near_misses=("the tremor hit at 1653 (2153 GMT), south-west of the capital",)),
    # ... and with its zone named: "at 1653 local time (2153 GMT) on Tuesday" (as clock-four-digits-on-day)
    Rule("clock-four-digits-with-zone-converted-on-day",
         r"(?<!\()(?<!-LRB- )\b(?P<timex>(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?:local\s+time|{ZONE}|hrs|HRS))"
         + CONVERSION + r",?\s+(?:(?:on|this|last|next)\s+)?(?:(?P<weekday>{WEEKDAY_FULL})(?!\s?,?\s+(?:{DAY_NUM}\s+(?:of\s+)?{MONTH}|{MONTH}\s+{DAY_NUM}\b))"
         r"|(?:{WEEKDAY}\s?,?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY_NUM})(?:\s?,?\s+(?P<year>{YEAR}))?"
         r"|(?:{WEEKDAY}\s?,?\s+)?(?P<dayfirst>{DAY_NUM})\s+(?P<monthafter>{MONTH})(?:\s?,?\s+(?P<yearafter>{YEAR}))?)\b(?![\d:])",
         "clock_on_day", type="TIME",
         examples={"The first tremor had hit at 1653 local time (2153 GMT) on Tuesday, the US Geological "
                   "Survey said.": "2023-11-21T16:53",
                   # a date after the weekday is the day
                   "the quake struck at 1653 local time -LRB- 2153 GMT -RRB- on Tuesday , 12 January 2010 .":
                       "2010-01-12T16:53"},
         near_misses=("the tremor hit at 1653 local time (2153 GMT), south-west of the capital",)),
    Rule("clock-four-digits-converted",
         r"(?<![\d.,:$£€#])\b(?P<timex>(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d))(?=" + CONVERSION + ")",
         "clock_time", type="TIME",
         examples={"by 1100 (1600 GMT) at least 1,500 bodies were stacked outside": "2023-11-25T11:00",
                   "the quake struck at 1653 -LRB- 2153 GMT -RRB- .": "2023-11-25T16:53"},
         near_misses=("the 1653 treaty was signed in (then) Paris", "it cost $1100 (1600 GMT)")),
    # a 24-hour clock before a day named from the DCT: "in the dark around 1800 yesterday"
    Rule("clock-four-digits-on-relative-day",
         r"(?<![\w-])(?:[Aa]t|[Aa]round|by|until|from|before|after)\s+(?P<timex>(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)"
         r",?\s+(?P<rel>yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|last\s+night))\b",
         "clock_on_relative_day", type="TIME",
         examples={"in the dark around 1800 yesterday, we crossed the border": "2023-11-24T18:00",
                   "the convoy leaves at 0600 tomorrow": "2023-11-26T06:00"},
         near_misses=("sales in 1990 yesterday were reported",)),
    # "at" takes a clock, never a year (news writes "in 2004"): "a large aftershock at 1100 which
    # lasted five minutes"; "at 1990 levels" and "at 2010 prices" name a year's levels
    Rule("clock-four-digits-after-at",
         r"(?<![\w-])[Aa]t\s+(?P<timex>(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d))\b(?![-–/.,:%]?\d)"
         r"(?!\s*(?:%|percent|per\s+cent|levels?|prices?|rates?|values?|figures?|dollars|US\s+dollars|\w+['’]s\b|[a-z]+s\s+(?:levels?|prices?)\b))",
         "clock_time", type="TIME",
         examples={"Haiti had a large aftershock at 1100 which lasted five minutes": "2023-11-25T11:00",
                   "residents fled into the streets at 0400 fearing more collapses": "2023-11-25T04:00"},
         near_misses=("output is to be frozen at 1990 levels", "spending at 2010 prices rose",
                      "the index closed at 1230.5")),
    # "at 1600 GMT on Friday": the clock on that day, one TIME like "10 p.m. Wednesday"
    Rule("clock-four-digits-on-day",
         r"(?<!\()(?<!-LRB- )\b(?P<timex>(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?:local\s+time|{ZONE}|hrs|HRS)"
         r",?\s+(?:(?:on|this|last|next)\s+)?(?:(?P<weekday>{WEEKDAY_FULL})(?!\s?,?\s+(?:{DAY_NUM}\s+(?:of\s+)?{MONTH}|{MONTH}\s+{DAY_NUM}\b))"
         r"|(?:{WEEKDAY}\s?,?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY_NUM})(?:\s?,?\s+(?P<year>{YEAR}))?"
         r"|(?:{WEEKDAY}\s?,?\s+)?(?P<dayfirst>{DAY_NUM})\s+(?P<monthafter>{MONTH})(?:\s?,?\s+(?P<yearafter>{YEAR}))?))\b(?![\d:])",
         "clock_on_day", type="TIME",
         examples={"The deadline expires at 1600 GMT on Friday.": "2023-12-01T16:00",
                   # a date after the weekday is the day (the weekday alone gave the wrong week)
                   "The quake struck at 0100 GMT on Saturday 18 November.": "2023-11-18T01:00",
                   # tokenised copy (Timeline17): a space before the comma
                   "it was shown live on MTV from 0100 GMT on Saturday , 18 November": "2023-11-18T01:00",
                   "Polls open at 0700 local time on March 4.": "2024-03-04T07:00",
                   "The tremor hit at 1653 local time on Friday.": "2023-11-24T16:53",
                   # a number after the weekday's comma is the day's only when a month follows
                   "The first blast came at 0900 GMT on Monday, 20 minutes before the second.":
                       "2023-11-20T09:00",
                   "Police said that at 1800 GMT on Saturday , 10 people had been killed .": "2023-11-25T18:00"},
         near_misses=("at 10:35 a.m. (0735 GMT) Friday",)),
    Rule("clock-four-digits-with-zone",
         r"(?<!\()(?<!-LRB- )\b(?P<timex>(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?:local\s+time|{ZONE}|hrs|HRS)\b)",
         "clock_time", type="TIME", examples={"the tremor hit at 1653 local time": "2023-11-25T16:53",
                                              "talks resumed at 0930 GMT": "2023-11-25T09:30"},
         near_misses=("the 1653 treaty", "at 10:35 a.m. (0735 GMT)",  # TBAQ leaves conversions out
                      "struck at 1653 -LRB- 2153 GMT -RRB- on Tuesday")),
    Rule("live-blog-clock",
         r"(?m:^)(?P<timex>(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d))(?=[ \t]+(?:``[ \t]+|[\"“])?[A-Z])",
         "live_blog_clock", type="TIME",
         examples={"Live updates\n1653 The first tremor had hit at 1653 local time": "2023-11-25T16:53",
                   "0912 Rescuers reach the village.": "2023-11-25T09:12"},
         near_misses=("2004 The company moves to Ohio.",
                      # a chronology counts up, and a number no clock can be makes it one of years
                      "Key dates\n2004 The company moves to Ohio.\n2008 It is sold.\n2010 It closes.",
                      "1998 - Hurricane Georges\n2004 - Floods kill 2,600\n2008 - Four storms")),
    # a live page whose line breaks were lost runs one entry into the next: "... in the capital
    # 1541 President Barack Obama says ..." (the lines around still open with stamps)
    Rule("live-blog-inline-clock",
         r"(?<=[^\s\d$£€#(] )(?<!-LRB- )(?P<timex>(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d))(?=[ \t]+(?:``[ \t]+|[\"“])?[A-Z])"
         r"(?![ \t]+(?:{ZONE}|{US_ZONE}|UK)\b)",
         "live_blog_inline_clock", type="TIME",
         examples={"1558 Rescuers reach the hospital.\n1549 Aid agencies say they need water. 1541 President "
                   "Obama says US teams are on their way.\n1530 The airport reopens.": "2023-11-25T15:41"},
         near_misses=("1558 Rescuers reach the hospital.\n1549 The damage recalls the 2004 Asian tsunami "
                      "and the quake in 2004 Haiti felt.\n1530 The airport reopens.",
                      "He cited Haiti 2004 The floods were worse.")),
    # a page stamps a clock straight after the date's year ("updated : Sat May 14 2011 18:10:00"):
    # no preposition, no zone, but no score or verse is written there
    Rule("clock-after-year",
         r"\b(?:(?:{MONTH})\s+{DAY_NUM},?|{DAY_NUM}\s+(?:{MONTH}),?)\s+{YEAR}(?:,|\s+[-–])?\s+(?P<timex>(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d)?)(?![\d:])(?!\s*(?:[ap]\.?m\b|[AP]M\b|{ZONE}|{US_ZONE}|UK|local|hrs|hours))",
         "clock_time", type="TIME",
         examples={"updated : Sat May 14 2011 18:10:00 A few hundred people gathered": "2011-05-14T18:10",
                   "22nd February 2012 - 21:05 This is not the first time": "2012-02-22T21:05"},
         near_misses=("in 2011 3:16 was his best time", "the 2012 21:14 score")),
    # live pages of the 2010s stamp entries with a colon clock: no year can be read into it
    Rule("live-blog-colon-clock",
         r"(?m:^)(?P<timex>(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d))(?![\d:])(?=[ \t]+[A-Z])",
         "clock_time", type="TIME",
         examples={"Live updates\n14:02 Police say the suspect has been arrested.": "2023-11-25T14:02",
                   "9:45 The mayor speaks to reporters.": "2023-11-25T09:45"},
         near_misses=("John 3:16 For God so loved the world", "14:02:33 Police say")),
)

RULES = CLOCK_FIRST_RULES + DATE_RULES + MORE_DATE_RULES + REFERENCE_RULES + DURATION_RULES + SET_RULES + TIME_RULES


# --- live pages' entries --------------------------------------------------------------------------
# A live page keeps the date it opened with while its entries run into the next day, each opened
# by a stamp of the local clock and the home one: "-LRB- Update 12:41 a.m. Tuesday in Cairo , 5:41
# p.m. ET Monday -RRB-" (CNN, a page dated Monday 31 January 2011), "-LRB- Updated : 1:09 a.m.
# Monday , Libya ; 6:09 p.m. Sunday ET -RRB-". The first weekday is the local day, a second one
# the home day. An entry runs from its stamp (the stamp's own clocks are the entry's) to the next
# stamp (named day or not). Untokenised
# copy writes brackets: "(Update 12:41 a.m. Tuesday in Cairo, 5:41 p.m. ET Monday)".
LIVE_STAMP = (r"(?:-LRB-|\()\s*Updated?\s*:?\s+(?:at\s+)?(?P<hour>\d{1,2})(?::(?P<minute>\d\d))?\s*(?:(?P<half>[ap])\.m\.?)?"
              r"(?:\s+(?P<local>{WEEKDAY_FULL})\b)?(?:(?!-LRB-|-RRB-)[^()]){0,60}?"
              r"(?:\b(?P<home>{WEEKDAY_FULL})\b(?:(?!-LRB-|-RRB-)[^()]){0,12}?)?(?:-RRB-|\))")
# Some pages stamp the home clock first and the local one after it, with no "Update": "-LRB- 11:39
# p.m. Monday ET , 5:39 a.m. Tuesday in Libya -RRB-" (CNN, a page dated Monday 28 March 2011),
# "-LRB- 10:45 p.m. Saturday , 11:45 a.m. Sunday in Tokyo -RRB-"; the local day is the one "in" a place.
LIVE_STAMP_HOME_FIRST = (r"(?:-LRB-|\()\s*\d{1,2}(?::\d\d)?\s*[ap]\.m\.\s+(?P<home>{WEEKDAY_FULL})(?:\s+ET)?\s*,\s*"
                         r"\d{1,2}(?::\d\d)?\s*[ap]\.m\.\s+(?P<local>{WEEKDAY_FULL})\s+in\s+[A-Z][\w .]{0,30}?\s*(?:-RRB-|\))")
# each stamp beside a word it cannot match without, so a text without the word is not searched
LIVE_STAMPS = (("Update", LIVE_STAMP), (".m.", LIVE_STAMP_HOME_FIRST))
# every stamp opens an entry, with a day named or not
LIVE_ENTRY_OPENER = r"(?:-LRB-|\()\s*(?:Updated?\b|\d{1,2}(?::\d\d)?\s*[ap]\.m\.\s+{WEEKDAY_FULL}\b)"
LIVE_STAMP_REACH = 3  # a stamp's weekday is its page's date or one of the days after, no further
LIVE_ENTRY_REASON = ", the day its live entry's stamp names (the page is dated {page})"
# rules whose value a stamped entry's day anchors, and which day: "local", the day the stamp names
# first ("said early Monday" at 1:09 a.m. Monday in Libya, 6:09 p.m. Sunday ET, is that Monday); or
# "agreed", only where the local and the home day are one ("this afternoon" at 12:16 a.m.
# Thursday in Cairo, 5:16 p.m. ET Wednesday was Wednesday's). "clock-on-day" reads the stamp's
# own clocks ("12:19 a.m. Tuesday", "5:19 p.m. ET Monday") and times told in the entry; a chain's
# "the night" after them may then be a night after the page's date (a past one was left unknown).
ENTRY_DAY_RULES = {"weekday": "local", "clock-on-day": "local", "chain-same-part-of-day": "local",
                   "today": "agreed", "tonight": "agreed", "this-part-of-day": "agreed"}


# --- triggers -----------------------------------------------------------------------------------
# A trigger is a cheap pattern that every match of its rule contains. The engine runs a rule only
# in short windows around its trigger's hits, which keeps tagging linear and fast: a pattern that
# starts with a literal is found by a quick scan, while one that starts with lookbehinds is tried
# at every position of the text. Rules without a trigger run over the whole text.

# Month and weekday names are written Capitalised or in CAPITALS, never in lower case: as
# capitalised triggers they are not woken by "may", "march" or "sun".
MONTH_WORDS = " ".join(f"{w.capitalize()} {w.upper()}" for w in (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec").split())
WEEKDAY_WORDS = " ".join(f"{w.capitalize()} {w.upper()}" for w in (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri "
    "sat sun").split())
UNIT_WORDS = ("day days week weeks month months year years quarter quarters decade decades century "
              "centuries hour hours minute minutes second seconds fortnight fortnights weekend weekends")
PART_WORDS = "morning afternoon evening night mornings afternoons evenings nights"
CLOCK_WORDS = "m am pm noon midnight midday"  # "a.m." is the tokens "a" and "m"; "a" is everywhere
# Capitalised words match only as written: "Day" ends most holiday names ("Labor Day", "New
# Year's Day") and is far rarer than "new", "president" or "father", which named them before.
HOLIDAY_WORDS = ("Day Eve Fourth thanksgiving birthday juneteenth gandhi christmas xmas halloween fawkes bonfire "
                 "good easter palm ramadan ramadhan ramazan eid bakri kurban ashura mawlid nowruz norouz "
                 "nowrouz newroz navruz persian diwali deepavali holi dussehra dasara dussera vijayadashami lunar chinese festival tet hanukkah "
                 "chanukah hanukah passover pesach yom rosh holy maundy ash shrove mardi pancake pentecost "
                 "whit whitsun epiphany black cyber Year remembrance super")
TRIGGERS = {
    "iso-date": "#4", "iso-month": "#4", "clock-four-digits-with-zone": "local gmt utc bst est edt cet hrs", "clock-four-digits-converted-on-day": "gmt utc bst cet est edt", "clock-four-digits-converted": "gmt utc bst cet est edt", "live-blog-clock": "#4", "live-blog-inline-clock": "#4", "clock-four-digits-after-at": "#4", "clock-four-digits-on-relative-day": "#4", "live-blog-colon-clock": "#1: #2:", "clock-after-year": "#1: #2:", "numeric-date": "#1/ #2/ #1\\ #2\\", "numeric-date-day-first": "#2/ #2\\", "iso-datetime": "#4", "day-of-month": "st nd rd th",
    "clock-24h": "gmt utc local hrs hours bst cet et est edt uk", "clock-four-digits-on-day": WEEKDAY_WORDS + " " + MONTH_WORDS,
    "clock-four-digits-with-zone-converted-on-day": WEEKDAY_WORDS + " " + MONTH_WORDS,
    # every match names a weekday or a month; the clock may be digits alone ("at 10:30 Friday")
    "clock-on-day": WEEKDAY_WORDS + " " + MONTH_WORDS, "clock-then-converted-day": CLOCK_WORDS + " #1: #2:", "clock-on-relative-day": "yesterday today tomorrow tonight morning afternoon evening night", "clock-time": CLOCK_WORDS, "noon-midnight": "noon midnight midday", "clock-after-preposition": "#1: #2:",
    "overnight": "overnight", "hour-in-the-part-of-day": "morning afternoon evening",
    "part-of-day-with-mod": "morning afternoon evening",
    **{name: MONTH_WORDS for name in ("month-day-year", "day-month-year", "day-month-short-year-stamp",
                                      "month-day", "day-month", "month-spelled-day", "spelled-day-of-month",
                                      "month-year", "month-before-range-end", "month-alone", "month-of-relative-year", "day-of-relative-year",
                                      "month-adjective", "second-day-of-month", "month-possessive")},
    **{name: "#4" for name in ("year-with-mod", "year-after-preposition", "year-possessive-or-fiscal",
                               "bare-year", "year-range-start", "year-range-end")},
    "decade": "#2s #4s #4' #4’ #4 ",  # "1990s", "'90s", "1990's", "1990 's": the digits and what follows
    "century": "century", "this-century": "century", "weekday": WEEKDAY_WORDS, "weekday-of-relative-week": WEEKDAY_WORDS, "season": "spring summer autumn fall winter",
    "quarter": "quarter", "quarter-abbreviation": "q", "month-quarter": "quarter", "quarter-anaphor": "quarter period", "same-month-a-year-back": "same", "year-earlier-adjective": "year",
    "half-year": "half", "week-of-month": "week", "edge-day-of-period": "day", "week-of-date": "week", "today": "today", "yesterday": "yesterday",
    "ordinal-day-told-as-today": "day", "day-before-yesterday": "yesterday", "day-after-tomorrow": "tomorrow", "tomorrow": "tomorrow", "tonight": "tonight",
    "this-part-of-day": "morning afternoon evening", "last-night": "night", "yesterday-part-of-day": "yesterday", "tomorrow-part-of-day": "tomorrow", "chain-same-part-of-day": PART_WORDS, "chain-next-part-of-day": PART_WORDS, "chain-previous-part-of-day": "previous preceding before",
    # the rarest word every match must contain: "ago" is rarer than "year"
    "duration": UNIT_WORDS, "ago": "ago", "ago-to-the-day": "ago", "chain-offset": "later earlier after afterward afterwards before prior",
    "relative-period": "week month year weekend decade", "this-weekend": "weekend", "earlier-this-period": "earlier later",
    "chain-following": "following next after", "day-after-an-event": "after", "day-before-an-event": "before", "chain-previous": "previous preceding prior before",
    "chain-same-day": "day", "chain-that-year": "year month week", "end-of-this-period": "end beginning start middle rest remainder balance",
    "year-end": "end", "the-week-under-report": "week", "this-past-or-coming": "past coming", "the-past-year": "past last", "the-year-named": "year",
    "duration-past-unit": "past last previous next coming", "duration-past-hour": "hour", "moments-ago": "moments other", "next-period-plural": "next", "decade-two-digits": "#2s", "year-with-pre-post": "post pre", "duration-past-day": "day", "earlier-in-the-period": "earlier later",
    "duration-vague": "years months weeks days decades hours centuries minutes", "weekend": "weekend", "sports-season": "season",
    "holiday": HOLIDAY_WORDS, "d-day": "Day", "september-eleventh": "sept sep september", "september-eleventh-named": "sept sep september", "nine-eleven": "#1/", "holy-week": "holy easter", "spelled-year": "nineteen thousand",
    "decade-in-words": "twenties thirties forties fifties sixties seventies eighties nineties",
    "present-ref": "now currently nowadays present days moment", "vague-time-ago": "ago", "soon": "soon", "one-day-ahead": "one", "one-day-then-future": "one", "one-day-wished-for": "one", "then-current": "current",
    "past-ref": "recently recent lately past former previous earlier", "future-ref": "future coming ahead come soon term date",
    "recent-period": "recent past previous", "coming-period": "coming upcoming", "period-ahead": "ahead come", "present-adjective": "current",
    "recent-adjective": "recent", "set-every": "every each",
    "vague-span-before-event": "days weeks months years", "vague-span-of-events": "years months weeks days decades hours", "duration-some-time": "some while", "duration-another-unit": "another", "over-the-years": "years decades centuries",
    "following-span": "following ensuing subsequent intervening", "times-a-period": "once twice times",
    "from-now": "now",
    "vague-span-around-event": "hours days weeks months years decades minutes",
    "vague-number-then-direction": "hours days weeks months years decades",
    "clock-units-then-direction": "hour hours minute minutes second seconds",
    "span-then-later": "later afterward afterwards",
    "weekday-plural": "mondays tuesdays wednesdays thursdays fridays saturdays sundays monday tuesday "
                      "wednesday thursday friday saturday sunday",
    "duration-long-adjective": "long " + " ".join(f"{u}long {u}slong" for u in ("day", "week", "month", "year", "hour", "decade")), "duration-half": "half quarter", "century-fraction-ago": "ago",
    "set-adverb": "daily weekly monthly annually yearly nightly hourly",
}

RULES = tuple(replace(rule, trigger=TRIGGERS.get(rule.name, rule.trigger)) for rule in RULES)
