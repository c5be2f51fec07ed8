"""People, places and organisations named in a sentence: a gazetteer plus capitalisation rules.

Nothing is downloaded: the word lists below are the whole model. A capitalised run of words
(with the particles Arabic, Kurdish, Dutch and French names carry: "Deir ez-Zor", "Fawaz
al-Hamad", "de Gaulle") that is not a calendar word, a holiday or a sentence opener is a name;
a gazetteer or a telling word ("Forces", "Brigades", "Col.", "said") says which kind. Storms
("Hurricane Ines") are tagged as events. A name the rules cannot place is left out rather than
guessed.

A title or role is no part of the name after it ("British Foreign Secretary William Hague" is
William Hague), and a run that is only a role ("Deputy Chairman") names no one. Countries,
regions and features ("Middle East", "Western Mountains") are places; a demonym ("Libyan",
"North African") names no one; a group is told by what it is ("Watch", "Cross", "Embassy");
wars, awards and laws ("Civil War") and web page furniture ("Download PDF") are no names.
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
_NAME = re.compile(rf"\b(?:{_WORD})(?:\s+(?:(?:{'|'.join(PARTICLES + ('for',))})\s+)?(?:{_WORD}))*")
_WHOLE_INITIALISM = re.compile(_INITIALISM)
_ENDS_IN_INITIALISM = re.compile(rf"(?:^|\s){_INITIALISM}$")

# --- added to the lists above: merge (PERSON_TITLES, NOT_NAMES, PARTICLES) and
# benchmarks/semeval_timeline.py (PLACES, PLACE_WORDS, ORG_WORDS) read those, so they stay as
# they were and what tells a kind apart beyond them lives here.

# Countries with the words for their people. Facts, not a model: a country is a place; its
# demonym ("Libyan", "South African") names no one by itself ("Libyan rebels", "a South
# African delegation"), and is no part of the name it stands before ("Jamaican Nesta Carter").
COUNTRIES = """
Afghanistan: Afghan Afghans | Albania: Albanian Albanians | Algeria: Algerian Algerians
Angola: Angolan Angolans | Argentina: Argentine Argentinian Argentines | Armenia: Armenian Armenians
Australia: Australian Australians | Austria: Austrian Austrians | Azerbaijan: Azerbaijani Azeri
Bahrain: Bahraini Bahrainis | Bangladesh: Bangladeshi Bangladeshis | Belarus: Belarusian
Belgium: Belgian Belgians | Bolivia: Bolivian | Bosnia: Bosnian Bosnians | Brazil: Brazilian Brazilians
Bulgaria: Bulgarian Bulgarians | Burkina Faso: Burkinabe | Burma: Burmese | Cambodia: Cambodian
Cameroon: Cameroonian | Canada: Canadian Canadians | Chad: Chadian Chadians | Chile: Chilean Chileans
China: Chinese | Colombia: Colombian Colombians | Congo: Congolese | Costa Rica: Costa Rican
Croatia: Croatian Croat Croats | Cuba: Cuban Cubans | Cyprus: Cypriot Cypriots | Czech Republic: Czech Czechs
Denmark: Danish Dane Danes | Djibouti: Djiboutian | Dominican Republic: Dominican Dominicans
Ecuador: Ecuadorean Ecuadorian | Egypt: Egyptian Egyptians | El Salvador: Salvadoran Salvadorans
Eritrea: Eritrean Eritreans | Estonia: Estonian | Ethiopia: Ethiopian Ethiopians | Finland: Finnish Finn Finns
France: French Frenchman Frenchmen | Gabon: Gabonese | Georgia: Georgian Georgians
Germany: German Germans | Ghana: Ghanaian Ghanaians | Greece: Greek Greeks | Guatemala: Guatemalan
Guinea: Guinean | Haiti: Haitian Haitians | Honduras: Honduran | Hungary: Hungarian Hungarians
Iceland: Icelandic | India: Indian Indians | Indonesia: Indonesian Indonesians | Iran: Iranian Iranians
Iraq: Iraqi Iraqis | Ireland: Irish | Israel: Israeli Israelis | Italy: Italian Italians
Ivory Coast: Ivorian Ivorians | Jamaica: Jamaican Jamaicans | Japan: Japanese | Jordan: Jordanian Jordanians
Kazakhstan: Kazakh | Kenya: Kenyan Kenyans | Kosovo: Kosovar | Kuwait: Kuwaiti Kuwaitis
Kyrgyzstan: Kyrgyz | Laos: Laotian | Latvia: Latvian | Lebanon: Lebanese | Liberia: Liberian Liberians
Libya: Libyan Libyans | Lithuania: Lithuanian | Luxembourg: Luxembourger | Malaysia: Malaysian Malaysians
Mali: Malian Malians | Malta: Maltese | Mauritania: Mauritanian | Mexico: Mexican Mexicans
Moldova: Moldovan | Mongolia: Mongolian | Montenegro: Montenegrin | Morocco: Moroccan Moroccans
Mozambique: Mozambican | Nepal: Nepalese Nepali | Netherlands: Dutch Dutchman | New Zealand: Zealander
Nicaragua: Nicaraguan | Niger: Nigerien | Nigeria: Nigerian Nigerians | North Korea: | Norway: Norwegian Norwegians
Oman: Omani Omanis | Pakistan: Pakistani Pakistanis | Palestine: Palestinian Palestinians
Panama: Panamanian | Paraguay: Paraguayan | Peru: Peruvian Peruvians | Philippines: Filipino Filipinos Philippine
Poland: Polish Pole Poles | Portugal: Portuguese | Qatar: Qatari Qataris | Romania: Romanian Romanians
Russia: Russian Russians | Rwanda: Rwandan Rwandans | Saudi Arabia: Saudi Saudis | Senegal: Senegalese
Serbia: Serbian Serb Serbs | Sierra Leone: Sierra Leonean | Singapore: Singaporean | Slovakia: Slovak
Slovenia: Slovenian Slovene | Somalia: Somali Somalis | South Africa: | South Korea: Korean Koreans
South Sudan: | Spain: Spanish Spaniard Spaniards | Sri Lanka: Sri Lankan | Sudan: Sudanese
Sweden: Swedish Swede Swedes | Switzerland: Swiss | Syria: Syrian Syrians | Taiwan: Taiwanese
Tajikistan: Tajik | Tanzania: Tanzanian | Thailand: Thai Thais | Tunisia: Tunisian Tunisians
Turkey: Turkish Turk Turks | Turkmenistan: Turkmen | Uganda: Ugandan Ugandans | Ukraine: Ukrainian Ukrainians
United Arab Emirates: Emirati Emiratis | United Kingdom: British Briton Britons English Scottish Scot Scots Welsh
United States: American Americans | Uruguay: Uruguayan | Uzbekistan: Uzbek | Venezuela: Venezuelan Venezuelans
Vietnam: Vietnamese | Yemen: Yemeni Yemenis | Zambia: Zambian | Zimbabwe: Zimbabwean Zimbabweans
"""
COUNTRY_NAMES = frozenset(entry.partition(":")[0].strip() for line in COUNTRIES.strip().splitlines()
                          for entry in line.split("|"))
# peoples, faiths and languages without a country of their own, and the adjectives of regions
PEOPLES = frozenset("""Arab Arabs Arabic Kurd Kurds Kurdish Berber Berbers Bedouin Tuareg Pashtun
Baluch Hazara Alawite Alawites Druze Copt Copts Coptic Maronite Yazidi Turkmen Persian Farsi Creole
Asian Asians African Africans European Europeans Latin Scandinavian
Christian Christians Catholic Catholics Protestant Muslim Muslims Moslem Moslems Islamic Islamist
Islamists Jew Jews Jewish Hindu Hindus Sikh Sikhs Buddhist Sunni Sunnis Shia Shias Shiite Shiites
Shi'ite Shi'ites Salafi Salafist Wahhabi Western Eastern Northern Southern Central Middle
Westerners Arabian Maghrebi Levantine Sub-Saharan Francophone Soviet""".split())
COMPASS = frozenset("""North South East West Northern Southern Eastern Western Central Upper Lower
Greater Northeast Northwest Southeast Southwest Northeastern Northwestern Southeastern
Southwestern Mid""".split())
DEMONYM_WORDS = (frozenset(word for line in COUNTRIES.strip().splitlines() for entry in line.split("|")
                           for word in entry.partition(":")[2].split())
                 | PEOPLES | DEMONYMS)
# regions and geographic features the news names as where things happen
REGIONS = frozenset("""Middle East|Near East|Far East|North Africa|West Africa|East Africa|Central Africa|
Southern Africa|Sub-Saharan Africa|Horn of Africa|Central Asia|South Asia|Southeast Asia|East Asia|
Latin America|South America|North America|Central America|Caribbean|Mediterranean|Balkans|Caucasus|
Gulf|Persian Gulf|Arabian Gulf|Maghreb|Levant|Sahel|Sahara|Western Sahara|Arabian Peninsula|
Scandinavia|Eastern Europe|Western Europe|Asia|Europe|Africa|Americas|Middle East and North Africa|
Atlantic|Pacific|Indian Ocean|Red Sea|Black Sea|Dead Sea|Nile|Euphrates|Tigris|Jordan Valley|
Golan Heights|Nafusa Mountains|Western Mountains|Green Mountains|Jebel Akhdar|Cyrenaica|Tripolitania|
Fezzan|Kurdistan|Hispaniola|Gaza Strip|West Bank|Sinai Peninsula|Korean Peninsula|Balochistan""".replace("\n", "").split("|"))
# places that PLACES and WITHIN lack (merge reads WITHIN, so additions that only name go here)
MORE_PLACES = frozenset("""D.C.|Washington D.C.|Baba Amr|Bab Amr|Tel Kelakh|Talkalakh|Jisr al-Shughour|
Houla|Rastan|Zlitan|Nalut|Yafran|Gharyan|Ghadames|Kufra|Wadi Khaled|Qusair|Bethnal Green|
Bin Jawad|Ras Jdir|Dehiba|Ghazaia|Kikla|Qawalish|Jadu|Abu Salim|Bab al-Aziziya|Souq al-Juma""".replace("\n", "").split("|"))
# a word that ends (or, the last two, opens) the name of a place, beyond PLACE_WORDS
MORE_PLACE_WORDS = frozenset("""Mountains Mountain Hills Hill Desert Plain Plains Ocean Strait Straits
Canal Delta Basin Heights Plateau Harbour Harbor Port Lake Oasis Palace Abbey Cathedral Mosque Church
Stadium Hotel Camp Crossing Bridge Road Avenue Boulevard Quarter Oilfield Refinery Terminal
Prison Beach Falls Forest Prefecture""".split())
PLACE_OPENERS = frozenset("""Fort Mount Mt Lake Camp Port Wadi Cape Jebel Jabal Ras Marsa Sidi Bab
Gulf Bay Saint St Tel Tell Jisr Kafr Kfar Khan Ain Bir Beit""".split())
# telling words of an organisation beyond ORG_WORDS: a group is named by what it is
GROUP_WORDS = frozenset("""Watch International Cross Crescent Qaeda Qaida Embassy Consulate Brotherhood
Brigade Brigades Battalion Battalions Regiment Division Army Militia Militias Front Party Parties
Committee Commission Court Tribunal Bank Fund Ministry Agency Council University College School
Academy Institute Museum Hospital Clinic Intelligence Mukhabarat Co Corp Company Companies Group Inc
Plc Airlines Dynamics Electric Petroleum Oil Gas Telecom Mobil Shell TV Television Radio Channel
Newspaper Gazette Tribune Herald Guardian Telegraph Observer Mail Express Agence Review Magazine
Club Team Federation Council Caucus Cabinet Politburo Parliament Assembly Congress Senate
Majlis Knesset Duma Secretariat Mission Programme Program Observatory Network Alliance Coalition
Convention Conference Organisation Organization Service Office Authority Commissariat Charity
Foundation Trust Partnership Initiative Project Campaign Syndicate Union Unions Guards Forces
Command Corps Police Gendarmerie Navy Airforce Squadron Fleet Monitor Jazeera Arabiya Committees
Councils Courts Ministries Agencies Banks Companies Groups Associations Organisations Organizations
United Rovers Wanderers Athletic Hotspur Survey Forum""".split())
# single names of organisations that nothing in them tells
ORG_NAMES = frozenset("""Pan Am|Al Jazeera|Al Arabiya|Total|Goldman Sachs|Eni|Gazprom|Repsol|OMV|Vitol|
Wintershall|Human Rights Watch|Reporters Without Borders|Doctors Without Borders|Medecins Sans Frontieres|Red Cross|
Red Crescent|Al-Jazeera|Interpol|Europol|Frontex|Hamas|Fatah|Hezbollah|Taliban|Al Qaeda|Al-Qaeda|al-Qaeda|
Mukhabarat|Shabab|Al Shabab|Pentagon|Kremlin|Quartet|Vodafone|Google|Facebook|Twitter|YouTube|
Microsoft|Apple|Amazon|Sony|Toyota|Nissan|Honda|Boeing|Airbus|Exxon|ExxonMobil|Chevron|Halliburton|
Blackwater|Lloyds|Barclays|HSBC|Citigroup|Oxfam|UNICEF|UNHCR|UNESCO|OPEC|ASEAN|ECOWAS|Mercosur""".replace("\n", "").split("|"))
# titles and roles beyond PERSON_TITLES: "Defense Secretary Robert Gates", "Businesswoman Azza
# Zaki", "Speaker Boehner", "Lance Corporal James McCue"
ROLE_WORDS = frozenset("""Secretary-General Vice Deputy Chairman Chairwoman Chairperson Spokesman
Spokeswoman Spokesperson Speaker Princess Commissioner Envoy Director Director-General Attorney Leader
Corporal Cpl Lance Private Pte Brigadier Brig Marshal Lieutenant Lieut Colonel Emir Sultan Crown
Sheikha Businesswoman Businessman Cardinal Archbishop Rabbi Mullah Grand Mufti Patriarch Premier
President-elect Congressman Congresswoman Senators Ministers Coach Actor Actress
Singer Rapper Author Novelist Chef Anchor Correspondent Reporter Editor Producer Dame Lord Baroness
Baron Count Duke Duchess Earl Viscount Marquess Professor Doctor Inspector Superintendent
Constable Warrant""".split())
# words that make a title of a title ("Deputy Foreign Minister", "Senate Majority Leader")
ROLE_MODIFIERS = frozenset("""Prime Foreign Defense Defence Interior Home Finance Justice Health
Education Oil Energy Trade Economy Economic Information Culture Transport Labour Labor Agriculture
Affairs State High Chief Executive Assistant Under Junior Senior Acting Interim Former First
Supreme Grand Majority Minority Permanent Special Military Armed Staff Joint Chiefs Royal""".split())
# a word after which a name is a thing's, not a person's or place's: wars, awards, laws, books
NOT_PERSON_WORDS = frozenset("""War Wars Accords Accord Award Awards Prize Prizes Law Laws Act Acts
Resolution Resolutions Bible Koran Quran Cup Games Olympics Championship Championships Derby
Stakes Grand Prix Tour Open Revolution Uprising Spring Crisis Treaty Agreement Plan Doctrine
Mechanism Summit Talks Festival Show Rights Flight Daiichi Index Dow Nasdaq Bowl Series
Marathon Globe Globes Year Scale
Charter Constitution Declaration Protocol Operation""".split())
# words a capitalised run holds when a sentence's stop was lost inside it ("Tripoli Some grad
# rockets", "Rebecca Seal In 1905"): the run is two
FUNCTION_WORDS = frozenset("""The A An This That These Those It They He She We I You In On At After
Before When While But And Or Of For From By With As If Its Their His Her Our Some Many Most More Other
However Yet So Meanwhile Also Then Now Here There What Who How Why Where Which""".split())
# words that open a sentence and no name ("Yet Assad", "Near Brega", "Thousands of Egyptians")
OPENERS = frozenset("""Yet So Near Across Around Inside Outside Between Among Against Along Behind
Beyond Without Within Over Through Toward Towards Via Per Unlike Like Following Including According
Asked Speaking Elsewhere Separately Overall Instead Indeed Perhaps Even Just Still Again Already
Thousands Hundreds Dozens Millions Scores Tens One Two Three Four Five Six Seven Eight Nine Ten
Eleven Twelve Twenty Thirty Forty Fifty Hundred Thousand First Second Third Fourth Fifth Then Now
Here There What Who How Why Where Which Whether You Let Please Jubilant Honorable Honourable Dear
Top Senior Ex Retired Late Acting Interim Embattled Veteran Fellow Rebel Rebels Opposition
Pro Anti""".split())
# web page furniture and broadcast tags: no names
PAGE_FURNITURE = frozenset("""Download PDF Click Print Email E-mail Share Tweet Video Videos Photos
Photo Gallery Advertisement Subscribe Comments Comment Related Transcript Sidebar Permalink
Homepage Donate""".split())
# capital abbreviations that name nothing: time zones, eras, units, "OK"
NOT_NAME_ABBREVIATIONS = frozenset("""GMT ET EDT EST BST CET CEST UTC PST PDT CST CDT MST AM PM AD BC
BCE CE OK TV CEO CFO GDP ID PDF HTML RSS URL FM MW KM KG MPH BPD HIV AIDS IED IEDs RPG RPGs SUV
DNA PS NB AKA LNG LPG MP MPs WMD VC OBE MBE CBE PhD INAUDIBLE CROSSTALK APPLAUSE LAUGHTER""".split())
# "US-led", "Syrian-based": an adjective, not part of the name after it
_HYPHENED_ADJECTIVE = re.compile(
    r"-(?:based|led|backed|held|run|owned|born|made|controlled|dominated|allied|funded|"
    r"sponsored|supported|bound|style|era)$")

LONE_ORGS = frozenset("""Reuters Hezbollah Daesh Taliban Hamas Fatah Congress Senate Parliament Knesset
Duma Majlis Politburo Interpol Europol Pentagon Kremlin Mukhabarat""".split()) | {
    n for n in ORG_NAMES if " " not in n}
TELLS_GROUP = ORG_WORDS | GROUP_WORDS
TELLS_PLACE = PLACE_WORDS | MORE_PLACE_WORDS
TITLES = PERSON_TITLES | ROLE_WORDS
# a run of these words alone is a kind of people or a direction, no name ("North African")
NO_NAME_WORDS = DEMONYM_WORDS | COMPASS


def is_place_name(name: str) -> bool:
    """A place the gazetteer, the countries or the regions know by this whole name."""
    return (name in PLACES or name in COUNTRY_NAMES or name in REGIONS or name in MORE_PLACES
            or known_place(name) is not None)


def _tagged_as_place(name: str, before: str) -> bool:
    """Whether a known place is tagged here. A one-word country that PLACES lacks ("Sudan",
    "Algeria") is tagged only after a preposition of place, as any unknown word was before
    COUNTRIES: merge counts shared tags as evidence of one event, and "Two charter flights
    carrying Australians out of Sudan" and "The Irish government will begin evacuating its
    citizens from Sudan" became one (tests/test_merge.py) because merge's NATIONALITIES lacks
    "Irish". Elsewhere COUNTRIES only keeps such a name from being taken for a person."""
    if not is_place_name(name):
        return False
    if " " in name or name in PLACES or name not in COUNTRY_NAMES or known_place(name):
        return True
    return bool(_PLACE_PREPOSITION.search(before))


_PLACE_PREPOSITION = re.compile(r"\b(?:in|near|at|from|to|outside|across)\s+(?:the\s+)?$")


def names(sentence: str) -> tuple[tuple[str, str], ...]:
    """(name, kind) pairs in order of appearance; kind is person, place, organisation or event."""
    found: dict[str, str] = {}
    for m in _runs(sentence):
        run = m[0] if _ENDS_IN_INITIALISM.search(m[0]) else m[0].rstrip(".")
        words = [w.rstrip(".") if not _WHOLE_INITIALISM.fullmatch(w)
                 and (w.rstrip(".") in PERSON_TITLES or len(w) > 3) else w
                 for w in re.sub(r"(?:’s|'s|’|')(?=\s|$)", "", run).split()]
        if any(w in PAGE_FURNITURE for w in words):
            continue
        owner = bool(re.search(r"(?:’s|'s|s’|s')$", m[0]))
        before = sentence[max(0, m.start() - 16):m.start()]
        after = sentence[m.end():m.end() + 12]
        pieces = _pieces(words)
        for number, piece in enumerate(pieces):
            first, last = number == 0, number == len(pieces) - 1
            at_start = _opens_sentence(sentence, m.start()) if first else True
            for name, kind in _named(piece, before if first else "", after if last else "",
                                     at_start, owner and last):
                found.setdefault(name, kind)
    return tuple(found.items())


def _pieces(words: list[str]) -> list[list[str]]:
    """A run split where a capitalised function word inside it shows a sentence's lost stop
    ("Tripoli Some grad rockets were fired")."""
    pieces = [[]]
    for position, word in enumerate(words):
        if position and (word in FUNCTION_WORDS
                         or (word in DEMONYM_WORDS and words[position - 1] in COUNTRY_NAMES | PLACES)):
            pieces.append([])  # and where a country meets a demonym: "Libya Libyan Rebels Aim"
        pieces[-1].append(word)
    return pieces


def _named(words: list[str], before: str, after: str, at_start: bool, owner: bool):
    """The names (name, kind) one piece of a capitalised run holds: none, one, or a name and
    the place it is "of" ("Francesca Schiavone of Italy")."""
    # a title stays for _after_title, which reads "Secretary of State Hillary Clinton" whole
    while words and words[0].rstrip(".") not in TITLES and (
            words[0] in NOT_NAMES or words[0] in PARTICLES or words[0] in OPENERS
            or _HYPHENED_ADJECTIVE.search(words[0])):
        words = words[1:]
    while words and (words[-1] in PARTICLES or words[-1] == "and" or words[-1] in FUNCTION_WORDS):
        words = words[:-1]
    if not words or any(w.title() in CALENDAR or w in HOLIDAY_WORDS for w in words):
        return
    if words[-1] == "Day":
        return
    if "for" in words[1:-1]:  # "International Organization for Migration"
        at = words.index("for")
        if not any(w in TELLS_GROUP for w in words[:at]) or is_place_name(" ".join(words[:at])):
            yield from _named(words[:at], before, "", at_start, False)
            yield from _named(words[at + 1:], "", after, False, owner)
            return
    words, titled = _after_title(words)
    if not words:
        return
    name = " ".join(words)
    if is_place_name(name):
        if _tagged_as_place(name, before):
            yield name, "place"
        return
    while len(words) > 1 and words[-1] in DEMONYM_WORDS:  # "Jubilant Libyan rebels"
        words = words[:-1]
    if not titled and not any(w in TELLS_GROUP or w in TELLS_PLACE for w in words):
        while len(words) > 1 and words[0] in DEMONYM_WORDS:  # "Jamaican Nesta Carter"
            words = words[1:]
    if all(w in NO_NAME_WORDS for w in words) or all(len(w.rstrip(".")) == 1 for w in words):
        return
    if "of" in words[1:-1]:
        at = len(words) - 1 - words[::-1].index("of")
        head, place = words[:at], " ".join(words[at + 1:])
        if is_place_name(place) and not any(w in TELLS_GROUP or w in TELLS_PLACE or w in PLACE_OPENERS
                                            for w in head):
            yield from _named(head, before, "", at_start, False)
            if _tagged_as_place(place, " of "):
                yield place, "place"
            return
    name = " ".join(words)
    if len(name) < 2 or name.isdigit():
        return
    kind = kind_of(words, before, after, titled, owner)
    if kind is None or (len(words) == 1 and at_start and not titled and not is_place_name(name)
                            and kind != "organisation"):
        return
    yield name, kind


def _after_title(words: list[str]) -> tuple[list[str], bool]:
    """The name after the last title or role in a run, and whether there was one: "British
    Foreign Secretary William Hague" is William Hague, "U.S. Secretary of State Hillary Clinton"
    Hillary Clinton. A run that ends in its title names a role, not anyone ("Deputy Chairman",
    "U.N. High Commissioner"), unless a telling word makes it a group ("International Court of
    Justice"); nor is a group's name cut at a title inside it ("General Assembly")."""
    last = max((i for i, w in enumerate(words) if w.rstrip(".") in TITLES), default=None)
    if last is None:
        return words, False
    tail = words[last + 1:]
    if tail[:1] == ["of"] and len(tail) <= 2:  # "Princess of Wales", "King of Jordan": a role
        return [], False
    if len(tail) > 2 and tail[0] == "of":  # "Secretary of State Hillary Clinton"
        tail = tail[2:]
    elif len(tail) > 3 and tail[:2] == ["of", "the"]:
        tail = tail[3:]
    while tail and tail[0] in PARTICLES:
        tail = tail[1:]
    if not tail:
        if any(w in TELLS_GROUP and not w.isupper() and w not in LONE_ORGS for w in words):
            return words, False  # "International Court of Justice"
        if all(w.rstrip(".") in TITLES or w in ROLE_MODIFIERS or w in NO_NAME_WORDS or w in PARTICLES
               or w.isupper() or w in LONE_ORGS or is_place_name(w) for w in words):
            return [], False  # "UN Secretary General", "Senate Majority Leader"
        return words, False  # a surname that is a title too: "John Major", "Carole King"
    if any(w in TELLS_GROUP or w in NOT_PERSON_WORDS for w in tail) or tail[-1] in TELLS_PLACE:
        return words, False
    return tail, True


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


def kind_of(words: list[str], before: str, after: str = "", titled: bool = False,
            owner: bool = False) -> str | None:
    """person, place, organisation or event; None when nothing tells (a lone unknown word, a
    war or an award, a name that opens with 'Al', which groups and towns share)."""
    name = " ".join(words)
    if words[0] in STORM_WORDS and len(words) > 1 and (words[0] != "Tropical" or words[1] in STORM_WORDS):
        return "event"  # "Tropical Storm Noel", not "Tropical Medicine"
    if name in ORG_NAMES:
        return "organisation"
    if is_place_name(name):
        return "place" if _tagged_as_place(name, before) else None
    if titled or words[-1] in PERSON_SUFFIXES:
        return "person"
    if len(words) == 1 and name.isupper() and len(name) > 1:
        if is_place_name(name.title()):  # a dateline's "TOKYO"
            return "place"
        if len(name) > 5 and name not in ORG_WORDS:  # a transcript's speaker, a shouted word
            return "person" if after.startswith(":") else None
        return None if name in NOT_NAME_ABBREVIATIONS else "organisation"
    if len(words) == 1 and name in LONE_ORGS:
        return "organisation"
    if any(w in TELLS_GROUP for w in words):  # alone, a telling word is no name ("Forces loyal to")
        return None if len(words) == 1 else "organisation"
    if words[-1] in NOT_PERSON_WORDS:  # "Camp David Accords", "Civil War"
        return None
    if words[0] in COMPASS and is_place_name(" ".join(words[1:])):  # "South Los Angeles"
        return "place"
    if len(words) == 1 and name in TELLS_PLACE:  # "the Cathedral", "Port"
        return None
    if words[-1] in TELLS_PLACE or (words[0] in PLACE_OPENERS and len(words) > 1):
        return "place"
    if any(w in PLACES for w in words):  # "Downtown Cairo", not "Rapid UK" or "Yele Haiti"
        return "place" if all(w in PLACES or w in COMPASS for w in words) else None
    if (words[0] in ("Al", "El") or words[0] in COMPASS  # "West Ham": a place or a team
            or any(w in NOT_PERSON_WORDS or w in COUNTRY_NAMES for w in words)):
        return None
    if re.search(r"\b(?:" + "|".join(TITLES) + r")\.?\s*$", before):
        return "person"
    if re.match(r"\s*(?:,\s*\d+\s*,|said|says|told|who\b|,\s+who\b)", after):
        return "person"
    if (len(words) in (2, 3) and not any("-" in w for w in words[1:])
            and (name.isupper() or not any(w.isupper() and len(w) > 1 for w in words))):
        return "person"
    if not owner and re.search(r"\b(?:in|near|at|outside|across|around)\s+(?:the\s+)?$", before):
        return "place"
    return None
