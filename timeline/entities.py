"""People, places and organisations named in a sentence: a gazetteer plus capitalisation rules.

Nothing is downloaded: the word lists below are the whole model. A capitalised run of words
(with the particles Arabic, Kurdish, Dutch and French names carry: "Deir ez-Zor", "Fawaz
al-Hamad", "de Gaulle") that is not a calendar word, a holiday or a sentence opener is a name;
a gazetteer or a telling word ("Forces", "Brigades", "Col.", "said") says which kind. Storms
("Hurricane Ines") are tagged as events. A name the rules cannot place is left out rather than
guessed.
"""

from __future__ import annotations

import re

PLACES = frozenset("""
Afghanistan Africa Alexandria Aleppo America Ankara Baghdad Bahrain Beirut Benghazi Britain Cairo
Canada China Damascus Doha Egypt England Erbil Europe France Gaza Germany Haiti Hasakah Houma India
Iran Iraq Israel Italy Japan Jordan Kabul Kuwait Lebanon Libya London Louisiana Mexico Mumbai Moscow
Pakistan Paris Port-au-Prince Pune Qamishli Qatar Raqqa Russia Saudi Scotland Syria Tehran Tripoli
Tunisia Turkey Ukraine Washington Yemen Mississippi Texas Florida Chakan Maharashtra Deir
Dhiban Montegut Chauvin Cocodrie Terrebonne Mosul Basra Tikrit Fallujah Kirkuk Homs Hama Idlib Daraa
Misrata Sirte Tobruk Tahrir Suez Sinai Kyiv Brussels Geneva Vienna Dubai Riyadh Ramadi Surrey
Cornwall Devon Bodmin Thibodaux Sydney Singapore Toulouse Seattle Chicago Detroit Tokyo Beijing
Shanghai Delhi Kolkata Chennai Bangalore Karachi Lahore Istanbul Athens Madrid Rome Berlin Warsaw
US UK USA UAE U.S. U.K. U.S.A. U.A.E. California Alabama Kansas Ohio Michigan Georgia Virginia Carolina Oregon Nevada Arizona Colorado
""".split())
# Where places lie: each line is a place, then the places inside it. A name read two ways
# ("Tripoli" in Libya and in Lebanon) is listed under both, and is inside either. Facts of
# geography, not a model: merge reads them to tell "a car bomb in Amman" from "a car bomb in
# Sanaa", while "Port-au-Prince" and "Haiti", "Chakan" and "Pune" stay one place at two scales.
WITHIN = """
United States: Louisiana, Mississippi, Texas, Florida, California, Alabama, Kansas, Ohio, Michigan,
  Virginia, Oregon, Nevada, Arizona, Colorado, New York, Washington, Seattle, Chicago, Detroit,
  Boston, Miami, Los Angeles, New Orleans
Louisiana: Terrebonne, Lafourche, Baton Rouge, New Orleans
Terrebonne: Houma, Montegut, Chauvin, Cocodrie, Dulac
Lafourche: Thibodaux, Golden Meadow, Raceland
England: London, Surrey, Cornwall, Devon, Manchester, Birmingham, Liverpool, Leeds, Bristol
London: Southwark, Westminster, Downing Street
Cornwall: Bodmin, Truro
Scotland: Edinburgh, Glasgow
India: Maharashtra, Delhi, New Delhi, Kolkata, Chennai, Bangalore, Gujarat, Kerala
Maharashtra: Pune, Mumbai, Aurangabad, Nagpur, Nashik
Pune: Chakan, Pimpri, Chinchwad
Iraq: Baghdad, Basra, Kirkuk, Tikrit, Samarra, Najaf, Karbala, Hilla, Kut, Amarah, Nasiriyah,
  Anbar, Diyala, Nineveh, Kurdistan
Baghdad: Sadr City, Green Zone, Abu Ghraib, Kadhimiya, Adhamiya
Anbar: Fallujah, Ramadi, Haditha
Diyala: Baqubah
Nineveh: Mosul
Kurdistan: Erbil, Duhok, Sulaymaniyah
Turkey: Ankara, Istanbul, Izmir, Gaziantep, Antakya, Diyarbakir, Kurdistan
Iran: Tehran, Isfahan, Mashhad, Tabriz, Shiraz, Qom, Kurdistan
Syria: Damascus, Aleppo, Homs, Hama, Idlib, Daraa, Latakia, Deir ez-Zor, Raqqa, Hasakah, Tartus,
  Banias, Palmyra, Qusair, Zabadani, Rastan, Kobani, Manbij, Golan, Kurdistan
Hasakah: Qamishli
Deir ez-Zor: Dhiban, Mayadin, Albu Kamal
Damascus: Ghouta, Darayya
Ghouta: Douma
Libya: Tripoli, Benghazi, Misrata, Sirte, Tobruk, Ajdabiya, Brega, Ras Lanuf, Zawiya, Zintan,
  Bani Walid, Sabha, Derna, Bayda, Nafusa
Lebanon: Beirut, Tripoli, Sidon, Tyre, Bekaa
Bekaa: Baalbek
Egypt: Cairo, Suez, Port Said, Ismailia, Sinai, Luxor, Aswan, Mansoura, Giza
Cairo: Tahrir, Heliopolis, Nasr City
Sinai: Sharm el-Sheikh, El Arish
Israel: Jerusalem, Tel Aviv, Haifa, Golan
Palestinian territories: Jerusalem, Gaza, West Bank
Gaza: Gaza City, Rafah, Khan Younis
West Bank: Ramallah, Hebron, Nablus, Jenin, Bethlehem, Jericho
Jordan: Amman, Zarqa, Irbid
Yemen: Sanaa, Aden, Taiz, Hodeidah, Marib
Saudi Arabia: Riyadh, Jeddah, Mecca, Medina, Dammam
Kuwait: Kuwait City
Bahrain: Manama
Oman: Muscat
Qatar: Doha
United Arab Emirates: Dubai, Abu Dhabi
Tunisia: Tunis, Sfax, Sidi Bouzid
Afghanistan: Kabul, Kandahar, Herat, Helmand, Mazar-i-Sharif
Pakistan: Islamabad, Karachi, Lahore, Peshawar, Quetta
Haiti: Port-au-Prince, Leogane, Jacmel, Carrefour, Petionville, Cap-Haitien, Gonaives, Les Cayes, Cite Soleil
Dominican Republic: Santo Domingo
France: Paris, Toulouse, Marseille, Lyon
Germany: Berlin, Munich, Frankfurt, Hamburg
Belgium: Brussels
Switzerland: Geneva, Zurich, Bern
Austria: Vienna
Russia: Moscow, St Petersburg
Ukraine: Kyiv, Kharkiv, Odesa
China: Beijing, Shanghai, Hong Kong
Japan: Tokyo, Osaka
Italy: Rome, Milan
Spain: Madrid, Barcelona
Greece: Athens
Poland: Warsaw
Australia: Sydney, Melbourne, Canberra
Singapore
Canada: Ottawa, Toronto, Montreal
Mexico: Mexico City
"""
# one place by two names: abbreviations, spellings, and England, Scotland and Wales, which like
# Britain are countries of their own in the news ("Britain and France launched air strikes")
_SAME_PLACE = {"US": "United States", "USA": "United States", "U.S.": "United States",
               "U.S.A.": "United States", "U.K.": "United Kingdom", "U.A.E.": "United Arab Emirates",
               "America": "United States", "UK": "United Kingdom", "Britain": "United Kingdom",
               "Great Britain": "United Kingdom", "UAE": "United Arab Emirates", "Deir": "Deir ez-Zor",
               "Deraa": "Daraa", "Dera'a": "Daraa", "Tahrir Square": "Tahrir", "Kiev": "Kyiv",
               "Misurata": "Misrata", "Misratah": "Misrata", "Zawiyah": "Zawiya", "Sana'a": "Sanaa"}


def _places_within(text: str) -> dict[str, frozenset[str]]:
    """Each place of WITHIN and the places it lies in, however far up."""
    parents: dict[str, set[str]] = {}
    for entry in re.sub(r"\n\s+", " ", text).strip().splitlines():
        outer, _, inner = entry.partition(":")
        parents.setdefault(outer.strip(), set())
        for place in (p.strip() for p in inner.split(",") if p.strip()):
            parents.setdefault(place, set()).add(outer.strip())

    def above(place: str, seen: frozenset[str] = frozenset()) -> frozenset[str]:
        out = set()
        for parent in parents.get(place, ()):
            if parent not in seen:
                out |= {parent} | above(parent, seen | {place})
        return frozenset(out)

    return {place: above(place) for place in parents}


LIES_IN = _places_within(WITHIN)


def known_place(name: str) -> str | None:
    """The gazetteer's name for a place name ("Terrebonne Parish" is Terrebonne, "US" the
    United States), or None when WITHIN does not know it."""
    name = _AREA.sub("", name)
    name = _SAME_PLACE.get(name, name)
    return name if name in LIES_IN else None


_AREA = re.compile(r" (?:Parish|County|Province|Governorate|District|Region)$")


def one_place(a: str, b: str) -> bool:
    """True when two known places are one, or one lies in the other (Houma and Louisiana)."""
    return a == b or a in LIES_IN[b] or b in LIES_IN[a]


PLACE_WORDS = frozenset("""City Parish County Province Governorate Island Islands Peninsula River Sea
Airbase Base Valley Square Street Airport Village District Region Bay Coast Highway Gulf""".split())
ORG_WORDS = frozenset("""Forces Force Army Brigades Brigade Group Party Council Ministry Department
Agency Committee Union Corporation Company Bank Court Government Coalition Hezbollah Front Movement
Organization Organisation Association Institute Center Centre Service Commission Office Parliament
Senate Congress Police Guard Navy Corps Authority Administration University Energy Ltd Inc Wire
Reuters AP AFP BBC CNN Nations Assembly Daesh ISIS Taliban Hamas NATO SDF FEMA UN EU House
Legislature Board Components Motors Airlines Airways Systems Industries Holdings Partners Exchange
Fund Trust Foundation Society League Federation Network Times Post Journal News Press Media
Conduct Office Bureau Service Services Monitor Observatory State""".split())
PERSON_TITLES = frozenset("""Mr Mrs Ms Dr President Prime Minister Col Colonel Gen General Sheikh
Governor Gov Judge Justice King Queen Prince Sen Senator Rep Lt Captain Capt Commander Chief Pope
Ayatollah Imam Bishop Mayor Secretary Ambassador Sir Lady Prosecutor Sheriff Detective Officer
Sgt Sergeant Maj Major Adm Admiral Professor Prof Rev Father Sister Brother Chancellor""".split())
PERSON_SUFFIXES = frozenset("KC QC Jr Sr II III".split())
STORM_WORDS = frozenset("Hurricane Typhoon Cyclone Storm Tropical".split())
CALENDAR = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug
Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun""".split())
HOLIDAY_WORDS = frozenset("""Thanksgiving Christmas Easter Eid Ramadan Nowruz Diwali Dussehra Holi
Hanukkah Passover Lent Advent Pentecost Jayanti Fitr Adha Iftar Halloween Labor Labour Boxing
Independence Memorial Veterans Diwali Navratri Ganesh Yom Kippur Rosh Hashanah""".split())
DEMONYMS = frozenset("""Arab Arabs Kurd Kurds Kurdish Syrian Syrians Iraqi Iraqis Iranian Iranians
American Americans British Briton Britons English French German Germans Indian Indians Russian
Russians Chinese Japanese Turkish Turks Israeli Israelis Palestinian Palestinians Lebanese
Egyptian Egyptians Saudi Saudis Qatari Pakistani Afghan Afghans European Europeans African Africans
Christian Christians Muslim Muslims Sunni Shia Shiite Jewish Western Eastern Northern Southern
Democrat Democrats Republican Republicans""".split())
NOT_NAMES = frozenset("""The A An This That These Those It They He She We I In On At After Before
When While But And Or Of For From By With As If Its Their His Her Our Some Many Most More Other
Similar Mediators Residents Officials Police Workers Forecasters Day Category However Furthermore
Amid Meanwhile Also Local US-led Iranian-backed Kurdish-led UK-based Former Parish President
Under Until Since During Despite Although Though Because Several Both All Each Every No Not Last
Next Earlier Later Today Yesterday Tomorrow Tonight Most Only Once Opening Closing Freed Sheriff's
Investors Analysts Lawmakers Crews Schools Managers Trainees Gunmen Talks Delegations Volunteers
Deliberations Production Insurance Storm Under-secretary Prosecutors Judges Defendants""".split())
PARTICLES = ("of", "the", "al", "el", "de", "bin", "ibn", "van", "von", "der", "da", "du", "la", "le")

# an initialism with its dots ("U.S.", "U.N.") is one word: read letter by letter, "the U.S. State
# Department" was "S. State Department"
_INITIALISM = r"(?:[A-Z]\.){2,}"
_WORD = rf"{_INITIALISM}|[A-Z][\w’'-]*\.?|(?:al|el|ez|ad|as|ar|an|ash|at|bin|ibn)-[A-Z][\w’'-]*"
_NAME = re.compile(rf"\b(?:{_WORD})(?:\s+(?:(?:{'|'.join(PARTICLES)})\s+)?(?:{_WORD}))*")
_WHOLE_INITIALISM = re.compile(_INITIALISM)
_ENDS_IN_INITIALISM = re.compile(rf"(?:^|\s){_INITIALISM}$")


def names(sentence: str) -> tuple[tuple[str, str], ...]:
    """(name, kind) pairs in order of appearance; kind is person, place, organisation or event."""
    found: dict[str, str] = {}
    for m in _runs(sentence):
        run = m[0] if _ENDS_IN_INITIALISM.search(m[0]) else m[0].rstrip(".")
        words = [w.rstrip(".") if not _WHOLE_INITIALISM.fullmatch(w)
                 and (w.rstrip(".") in PERSON_TITLES or len(w) > 3) else w
                 for w in re.sub(r"(?:’s|'s|’|')(?=\s|$)", "", run).split()]
        titled = False
        while words and (words[0] in NOT_NAMES or words[0] in PARTICLES or words[0].rstrip(".") in PERSON_TITLES):
            titled = titled or words[0].rstrip(".") in PERSON_TITLES
            words = words[1:]
        while words and (words[-1] in PARTICLES or words[-1] in ("and",)):
            words = words[:-1]
        if not words or any(w in CALENDAR or w in HOLIDAY_WORDS for w in words):
            continue
        if words[-1] == "Day" or all(w in DEMONYMS for w in words):
            continue
        name = " ".join(words)
        at_start = _opens_sentence(sentence, m.start())
        if len(name) < 2 or name.isdigit():
            continue
        kind = kind_of(words, sentence[max(0, m.start() - 16):m.start()], sentence[m.end():m.end() + 12],
                       titled)
        if kind is None or (len(words) == 1 and at_start and name not in PLACES and kind != "organisation"):
            continue
        found.setdefault(name, kind)
    return tuple(found.items())


def _opens_sentence(sentence: str, at: int) -> bool:
    """Whether `at` begins the text or follows a sentence's end (. ! ? or a quote, then spaces;
    spaces alone do not count)."""
    # read backwards from `at`: a search of everything before it, for each of a sentence's
    # names, was quadratic in the sentence's length
    before = at - 1
    while before >= 0 and sentence[before].isspace():
        before -= 1
    return at == 0 or (before >= 0 and sentence[before] in '.!?"“')


def _runs(sentence: str):
    """Capitalised runs, split at a possessive ("Sahyadri Auto Components' Chakan plant")."""
    for m in _NAME.finditer(sentence):
        start = m.start()
        for part in re.finditer(r".+?(?:(?:’s|'s|s’|s')(?=\s)|$)", m[0]):
            if part[0].strip():
                yield _Run(part[0].strip(), start + part.start(), start + part.end())


class _Run(tuple):
    def __new__(cls, text: str, start: int, end: int):
        run = super().__new__(cls, (text,))
        run._span = (start, end)
        return run

    def start(self) -> int:
        return self._span[0]

    def end(self) -> int:
        return self._span[1]


def kind_of(words: list[str], before: str, after: str = "", titled: bool = False) -> str | None:
    """person, place, organisation or event; None when nothing tells (a lone unknown word)."""
    if words[0] in STORM_WORDS and len(words) > 1:
        return "event"
    if (len(words) == 1 and words[0] in PLACES) or known_place(" ".join(words)) is not None:
        return "place"
    if titled or words[-1] in PERSON_SUFFIXES:
        return "person"
    if any(w in ORG_WORDS for w in words) or (len(words) == 1 and words[0].isupper() and len(words[0]) > 1):
        return "organisation"
    if any(w in PLACES for w in words) or words[-1] in PLACE_WORDS:
        return "place"
    if re.search(r"\b(?:" + "|".join(PERSON_TITLES) + r")\.?\s*$", before):
        return "person"
    if re.match(r"\s*(?:,\s*\d+\s*,|said|says|told|who\b|,\s+who\b)", after):
        return "person"
    if len(words) in (2, 3) and not any("-" in w for w in words[1:]):
        return "person"
    if re.search(r"\b(?:in|near|at|from|to|outside|across)\s+(?:the\s+)?$", before):
        return "place"
    return None
