"""Holidays by English name: what each name means, and where its date comes from.

A row is (label, name pattern, sources). A source is a spec for `calendar.holiday_date`:
`country:<ISO code>:<name regex>` reads the `holidays` package's national calendar,
`calendar:<class>:<method>` one of its religious calendars, `easter:<days>` counts from Easter
Sunday (dateutil), `weekday:MM-DD:MO:<days>` is the first such weekday on or after that date
plus some days (dateutil's relativedelta), `fixed:MM-DD` is a date that never moves, and
`dates:YYYY-MM-DD,...` lists the days of a holiday no rule dates (none in other years). A country
code may name a subdivision (`US-DC`). When a name belongs to several
countries ("Independence Day"), the source of the country named before it wins ("India's
Independence Day"), then the configured countries in order, then the first listed.
"""

from __future__ import annotations

import re
from functools import lru_cache

ISLAMIC = "calendar:_IslamicLunar"
RAMADAN_START = f"{ISLAMIC}:ramadan_beginning_dates"  # "Ramadan" alone: the resolver gives the whole month
EID_AL_FITR = f"{ISLAMIC}:eid_al_fitr_dates"  # the day after Ramadan's last

HOLIDAYS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("US Thanksgiving", r"Thanksgiving(?: Day)?", ("country:US:Thanksgiving", "country:CA:Thanksgiving")),
    # the day after US Thanksgiving (the fourth Thursday of November) and the Monday after it
    ("Black Friday", r"Black Friday", ("weekday:11-01:TH:22",)),
    ("Cyber Monday", r"Cyber Monday", ("weekday:11-01:TH:25",)),
    ("Memorial Day", r"Memorial Day", ("country:US:Memorial Day",)),
    ("Labor Day", r"Labou?r Day", ("country:US:Labor Day", "country:CA:Labour Day")),
    ("Independence Day", r"Independence Day",
     ("country:US:^Independence Day", "country:IN:Independence Day", "country:PK:Independence Day")),
    # the US Independence Day by its date (4 U.S.C. 110); fixed, so no country table is needed
    ("Fourth of July", r"Fourth of July|July Fourth", ("fixed:07-04",)),
    ("Martin Luther King Jr. Day", r"Martin Luther King(?:,? Jr\.?)? Day|MLK Day",
     ("country:US:Martin Luther King",)),
    ("Presidents' Day", r"Presidents'? Day|Washington's Birthday", ("country:US:Washington",)),
    ("Veterans Day", r"Veterans'? Day", ("country:US:^Veterans Day",)),
    # the 1918 armistice, kept on its day, 11 November, as France's Armistice Day and the
    # Commonwealth's Remembrance Day; Britain's Remembrance Sunday is the second Sunday of November
    ("Armistice Day", r"Armistice Day|Remembrance Day|Poppy Day", ("country:FR:Armistice", "fixed:11-11")),
    ("Remembrance Sunday", r"Remembrance Sunday", ("weekday:11-01:SU:7",)),
    # 20 U.S. Const. amend. sec. 1: the term begins at noon on 20 January of the year after an
    # election (the package keeps it as a holiday of the District of Columbia)
    ("Inauguration Day", r"Inauguration Day", ("country:US-DC:^Inauguration Day$",)),
    # the Tuesday most states hold their presidential primaries: set by state laws, not by a rule,
    # so its days are listed (the first Tuesday of March but in 1988-96, and 5 February 2008)
    ("Super Tuesday", r"Super Tuesday", ("dates:1988-03-08,1992-03-10,1996-03-12,2000-03-07,2004-03-02,"
                                         "2008-02-05,2012-03-06,2016-03-01,2020-03-03,2024-03-05",)),
    ("Columbus Day", r"Columbus Day", ("country:US:Columbus",)),
    # 2 U.S.C. 7: "the Tuesday next after the 1st Monday in November"
    ("US Election Day", r"Election Day", ("weekday:11-01:MO:1",)),
    ("Juneteenth", r"Juneteenth", ("country:US:Juneteenth",)),
    ("Gandhi Jayanti", r"Gandhi Jayanti", ("country:IN:Gandhi",)),
    ("Republic Day", r"Republic Day", ("country:IN:Republic Day",)),
    ("Boxing Day", r"Boxing Day", ("fixed:12-26",)),
    ("Christmas Eve", r"Christmas Eve", ("fixed:12-24",)),
    ("Christmas", r"Christmas(?: Day)?|Xmas", ("fixed:12-25",)),
    # tokenised copy writes "New Year 's Day"; "New Year" alone is its day too ("New Year
    # parties"), but "in the New Year" is the year ahead (rule holiday leaves it)
    ("New Year's Eve", r"New Year(?: ?['’]s|s['’]?)? Eve", ("fixed:12-31",)),
    ("New Year's Day", r"(?<!\bin the )(?<!\bIn the )New Year(?: ?['’]s|s['’]?)?(?: Day)?(?!\s?['’]s\b)", ("fixed:01-01",)),
    ("Valentine's Day", r"(?:St\.? |Saint )?Valentine'?s Day", ("fixed:02-14",)),
    ("Halloween", r"Halloween", ("fixed:10-31",)),
    ("Bastille Day", r"Bastille Day", ("fixed:07-14",)),
    ("Guy Fawkes Night", r"Guy Fawkes (?:Night|Day)|Bonfire Night", ("fixed:11-05",)),
    ("Good Friday", r"Good Friday", ("easter:-2",)),
    ("Easter Monday", r"Easter Monday", ("easter:1",)),
    ("Easter", r"Easter(?: Sunday)?", ("easter:0",)),
    ("Palm Sunday", r"Palm Sunday", ("easter:-7",)),
    # the movable feasts count from Easter Sunday: Holy Thursday 3 days before, Ash Wednesday 46
    # (the 40 days of Lent plus its six Sundays), Pentecost the seventh Sunday after
    ("Holy Thursday", r"Holy Thursday|Maundy Thursday", ("easter:-3",)),
    ("Holy Saturday", r"Holy Saturday", ("easter:-1",)),
    ("Ash Wednesday", r"Ash Wednesday", ("easter:-46",)),
    ("Shrove Tuesday", r"Shrove Tuesday|Mardi Gras|Pancake Day", ("easter:-47",)),
    ("Ascension Day", r"Ascension Day", ("easter:39",)),
    ("Pentecost", r"Pentecost(?: Sunday)?|Whit Sunday|Whitsun", ("easter:49",)),
    ("Epiphany", r"Epiphany", ("fixed:01-06",)),
    ("All Saints' Day", r"All Saints'? Day", ("fixed:11-01",)),
    ("St. Patrick's Day", r"(?:St\.? |Saint )Patrick'?s Day", ("fixed:03-17",)),
    # US custom: the second Sunday in May, the third Sunday in June. These are the US dates
    # whatever `countries` says: Britain's Mothering Sunday (the fourth Sunday in Lent) and the
    # Father's Days of Australia (first Sunday in September) and others are not modelled.
    ("Mother's Day", r"Mother'?s'? Day", ("weekday:05-01:SU:7",)),
    ("Father's Day", r"Father'?s'? Day", ("weekday:06-01:SU:14",)),
    ("Ramadan (its first day)", r"(?:the (?:start|beginning|first day) of )?(?:Ramadan|Ramadhan|Ramazan)",
     (RAMADAN_START,)),
    ("Eid al-Fitr", r"Eid(?: al|-al|-ul| ul|-el| el)?[- ]Fitr|Eid",
     (EID_AL_FITR,)),
    ("Eid al-Adha", r"Eid(?: al|-al|-ul| ul|-el| el)?[- ]Adha|Bakri Eid|Kurban Bayram",
     (f"{ISLAMIC}:eid_al_adha_dates",)),
    ("Ashura", r"Ashura", (f"{ISLAMIC}:ashura_dates",)),
    ("Mawlid", r"Mawlid(?: al-Nabi)?", (f"{ISLAMIC}:mawlid_dates",)),
    ("Nowruz", r"Nowruz|Norouz|Nowrouz|Newroz|Navruz|Persian New Year", ("country:IR:Nowruz",)),
    ("Diwali", r"Diwali|Deepavali", ("calendar:_HinduLunisolar:diwali_date",)),
    ("Holi", r"Holi", ("calendar:_HinduLunisolar:holi_date",)),
    ("Dussehra", r"Dussehra|Dasara|Dussera|Vijayadashami", ("calendar:_HinduLunisolar:dussehra_date",)),
    ("Lunar New Year", r"Lunar New Year|Chinese New Year|Spring Festival|Tet",
     ("calendar:_ChineseLunisolar:lunar_new_year_date",)),
    ("Hanukkah", r"Hanukkah|Chanukah|Hanukah", ("calendar:_HebrewLunisolar:hanukkah_date",)),
    ("Passover", r"Passover|Pesach", ("calendar:_HebrewLunisolar:passover_date",)),
    ("Yom Kippur", r"Yom Kippur", ("calendar:_HebrewLunisolar:yom_kippur_date",)),
    ("Rosh Hashanah", r"Rosh Hashanah|Rosh Hashana", ("calendar:_HebrewLunisolar:rosh_hashanah_date",)),
)

COUNTRY_NAMES = {
    "US": ("US", "U.S.", "America", "American", "United States"), "IN": ("India", "Indian"),
    "PK": ("Pakistan", "Pakistani"), "CA": ("Canada", "Canadian"), "GB": ("Britain", "British", "UK"),
    "FR": ("France", "French"), "IR": ("Iran", "Iranian"), "MX": ("Mexico", "Mexican"),
}

HOLIDAY_PATTERN = "|".join(f"(?:{pattern})" for _, pattern, _ in
                           sorted(HOLIDAYS, key=lambda row: -len(row[1])))
COUNTRY_PATTERN = "|".join(re.escape(n) for names in COUNTRY_NAMES.values() for n in
                           sorted(names, key=len, reverse=True))

_ROWS = tuple((label, re.compile(f"^(?:{pattern})$"), sources) for label, pattern, sources in HOLIDAYS)


# words in a text's opening that place it in a country, beside the country names themselves
COUNTRY_HINTS = {
    "IN": ("Mumbai", "Delhi", "New Delhi", "Pune", "Bengaluru", "Bangalore", "Chennai", "Kolkata",
           "Hyderabad", "Ahmedabad", "rupees", "rupee", "crore", "lakh"),
    "PK": ("Karachi", "Lahore", "Islamabad", "Peshawar", "Rawalpindi"),
    "CA": ("Ottawa", "Toronto", "Montreal", "Vancouver", "Calgary", "Ontario", "Quebec"),
    "GB": ("London", "Manchester", "Birmingham", "Glasgow", "Edinburgh", "pounds sterling"),
    "IR": ("Tehran", "Isfahan", "Mashhad", "rials"),
    "MX": ("Mexico City", "Guadalajara", "Monterrey", "pesos"),
}
OPENING_REACH = 3000  # characters at the start of a text that say which country it is about
_COUNTRY_OF = {form: code for table in (COUNTRY_NAMES, COUNTRY_HINTS)
               for code, names in table.items() for name in names
               for form in ((name, name.upper()) if table is COUNTRY_HINTS else (name,))}  # "PUNE, Aug 16"
_COUNTRY_WORD = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(_COUNTRY_OF, key=len, reverse=True))
                           + r")(?![\w.])")


def country_of_text(text: str) -> str | None:
    """The country a text's opening names most often ("PUNE ... India's" -> IN), or None.

    Only the opening is read, and each opening once (a text naming a holiday a thousand times
    pays for one scan), so the cost per holiday does not grow with the text.
    """
    return _country_of_opening(text[:OPENING_REACH])


@lru_cache(maxsize=256)
def _country_of_opening(opening: str) -> str | None:
    counts: dict[str, int] = {}
    for m in _COUNTRY_WORD.finditer(opening):
        code = _COUNTRY_OF.get(m[0])
        if code:
            counts[code] = counts.get(code, 0) + 1
    return max(sorted(counts), key=counts.get) if counts else None


def holiday_for(name: str, country_word: str | None, countries: tuple[str, ...],
                text: str = "") -> tuple[str, str] | None:
    """(label, source spec) for a holiday name as written, choosing the country as documented.

    A country named just before the holiday wins, then the country the text is about, then the
    configured countries in order, then the first source listed.
    """
    for label, regex, sources in _ROWS:
        if not regex.match(name):
            continue
        named = next((code for code, words in COUNTRY_NAMES.items() if country_word in words), None)
        # the text's country matters only for a name several countries use ("Independence Day")
        text_country = country_of_text(text) if len(sources) > 1 and not named and text else None
        preferred = [c for c in (named, text_country) if c] + list(countries)
        for code in preferred:
            for source in sources:
                if source.startswith(f"country:{code}:"):
                    return (f"{label} ({code})" if len(sources) > 1 else label), source
        return label, sources[0]
    return None
