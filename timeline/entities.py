"""People, places and organisations named in a sentence: a gazetteer plus capitalisation rules.

Nothing is downloaded: the word lists below are the whole model. A capitalised run of words
that is not a calendar word and not a sentence opener is a name; a gazetteer or a telling word
("Forces", "Brigades", "Col.") says which kind.
"""

from __future__ import annotations

import re

PLACES = frozenset("""
Afghanistan Africa Alexandria Aleppo America Ankara Baghdad Bahrain Beirut Benghazi Britain Cairo
Canada China Damascus Doha Egypt England Erbil Europe France Gaza Germany Haiti Hasakah Houma India
Iran Iraq Israel Italy Japan Jordan Kabul Kuwait Lebanon Libya London Louisiana Mexico Mumbai Moscow
Pakistan Paris Port-au-Prince Pune Qamishli Qatar Raqqa Russia Saudi Scotland Syria Tehran Tripoli
Tunisia Turkey Ukraine Washington Yemen Gulf Mississippi Texas Florida Chakan Maharashtra Deir
Dhiban Montegut Chauvin Cocodrie Terrebonne Mosul Basra Tikrit Fallujah Kirkuk Homs Hama Idlib Daraa
Misrata Sirte Tobruk Tahrir Alexandria Suez Sinai Kyiv Brussels Geneva Vienna Dubai Riyadh Ramadi
""".split())
PLACE_WORDS = frozenset("""City Parish County Province Governorate Island Islands Peninsula River Sea
Airbase Base Valley Square Street Airport Village District Region Bay Coast Highway Gulf""".split())
ORG_WORDS = frozenset("""Forces Force Army Brigades Brigade Group Party Council Ministry Department
Agency Committee Union Corporation Company Bank Court Government Coalition Hezbollah Front Movement
Organization Organisation Association Institute Center Centre Service Commission Office Parliament
Senate Congress Police Guard Navy Corps Authority Administration University Energy Ltd Inc Wire
Reuters AP AFP BBC CNN Nations Assembly Daesh ISIS Taliban Hamas NATO SDF FEMA UN EU""".split())
PERSON_TITLES = frozenset("""Mr Mrs Ms Dr President Prime Minister Col Colonel Gen General Sheikh
Governor Gov Judge Justice King Queen Prince Sen Senator Rep Lt Captain Capt Commander Chief Pope
Ayatollah Imam Bishop Mayor Secretary Ambassador Sir Lady""".split())
NOT_NAMES = frozenset("""The A An This That These Those It They He She We I In On At After Before
When While But And Or Of For From By With As If Its Their His Her Our Some Many Most More Other
Similar Mediators Residents Officials Police Workers Forecasters Monday Tuesday Wednesday Thursday
Friday Saturday Sunday January February March April May June July August September October November
December Thanksgiving Christmas Easter Eid Ramadan Day Category However Furthermore Amid Meanwhile
Also Local US-led Iranian-backed Kurdish-led UK-based Former Parish President""".split())

_NAME = re.compile(r"\b(?:[A-Z][\w’'-]*\.?)(?:\s+(?:(?:of|the|al|el|de|bin|ibn)\s+)?[A-Z][\w’'-]*\.?)*")


def names(sentence: str) -> tuple[tuple[str, str], ...]:
    """(name, kind) pairs in order of appearance; kind is person, place or organisation."""
    found: dict[str, str] = {}
    for m in _NAME.finditer(sentence):
        words = m[0].rstrip(".").split()
        while words and (words[0] in NOT_NAMES or words[0].rstrip(".") in PERSON_TITLES and len(words) == 1):
            words = words[1:]
        while words and words[-1] in ("of", "the", "al", "and", "de"):
            words = words[:-1]
        if not words:
            continue
        name = " ".join(words)
        if len(name) < 2 or name.isdigit() or (len(words) == 1 and m.start() == 0 and name not in PLACES
                                               and name not in ORG_WORDS):
            continue
        found.setdefault(name, kind_of(words, sentence[max(0, m.start() - 12):m.start()]))
    return tuple(found.items())


def kind_of(words: list[str], before: str) -> str:
    if any(w in ORG_WORDS for w in words) or (len(words) == 1 and words[0].isupper() and len(words[0]) > 1):
        return "organisation"
    if any(w in PLACES for w in words) or words[-1] in PLACE_WORDS:
        return "place"
    if re.search(r"\b(?:" + "|".join(PERSON_TITLES) + r")\.?\s*$", before) or len(words) in (2, 3):
        return "person"
    return "place" if len(words) == 1 else "organisation"
