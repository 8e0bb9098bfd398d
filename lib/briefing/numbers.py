"""Number mentions in one sentence: digits ("1,200", "2.5 million"), words ("Fifteen",
"twenty-one", "one hundred and twelve"), fixed phrases ("a dozen"), vague quantities ("dozens",
"scores", "hundreds of"), ranges ("15 to 20", "between 2,500 and 3,000"), qualifiers ("at least",
"more than", "about", "up to", "32+") and "a"/"an" with a singular person noun ("a border guard").

Why a small word table instead of text2num's ``alpha2digit`` or ``number-parser``: both rewrite
the text (digits replace words), which loses the character offsets every figure's evidence needs;
neither reads "a dozen", "dozens", "scores" or "a border guard"; and casualty counts use a closed
vocabulary of ~40 words. Measured on 1,795 MUC-4 sentences: ``number_parser.parse`` 2.7 s, this
module 0.07 s (text2num 2.5 ships only as a Rust source build here). The word table lives in
``data/casualty_numbers.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, partial
from operator import attrgetter
from typing import NamedTuple

from .paths import load_data
from .text import alternation, fold
from .tokens import WordGate



class NumberMention(NamedTuple):
    """One number in a sentence; offsets index into the sentence text."""

    # A named tuple rather than a frozen dataclass: one is built for every number of every
    # sentence, and a frozen dataclass's __init__ costs about four times as much.

    start: int  # start of the whole mention, qualifier included
    end: int
    num_start: int  # start of the number itself (after the qualifier)
    value: int | None  # best single value: the floor for ranges and vague quantities ("dozens" → None)
    low: int | None
    high: int | None
    qualifier: str  # model.QUALIFIERS
    kind: str  # digits / words / phrase / vague / range / article
    countable: bool  # False for years, units, times, flight numbers ... (not a count of people)
    text: str
    noun_end: int = -1  # for kind "article": end of the person noun it counts

    @property
    def vague(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class _Grammar:
    units: dict[str, int]
    scales: dict[str, int]
    phrases: dict[str, int]
    vague: dict[str, int | None]
    qualifiers: dict[str, str]
    suffixes: tuple[str, ...]
    not_before: frozenset[str]
    not_after: frozenset[str]
    number: re.Pattern[str]
    digits_only: re.Pattern[str]  # ``number`` where no number word is among the sentence's words
    number_words: frozenset[bytes]
    article: re.Pattern[str]
    article_gate: WordGate  # whether ``article`` can match, from a sentence's word set
    prefilter: re.Pattern[str]
    prefilter_words: frozenset[bytes]  # the words of ``prefilter`` (a-z only)
    range_prefix: re.Pattern[str]
    range_tail: dict[str, re.Pattern[str]]
    qual_before: re.Pattern[str]
    qual_ends: tuple[str, ...]  # the last word of every qualifier
    suffix_after: re.Pattern[str]
    suffix_first: str  # first characters of the suffixes that start with no blank ("+", "-plus")
    suffix_words: tuple[str, ...]  # the words after the blank of the others (" or more")
    follow_marks: str  # characters right after a number where a range partner or suffix may start
    blank_then: str  # first characters, after a blank, of a range partner or suffix ("to", "or more")


# Words that let a sentence through the pre-filter besides the number words and the first word of
# each vague quantity: the first words of the phrases ("a dozen", "both") and of the article search
# but its possessives, which are read on their own (_POSSESSIVE_WORDS).
_PREFILTER_WORDS = ("dozen", "dozens", "scores", "hundreds", "thousands", "several", "few", "many",
                    "numerous", "both", "a", "an", "another", "single", "couple", "pair")
# "his driver" is one person (the article search's possessive branch): a sentence with no other
# number word is searched for it alone ("The mayor and his driver were killed")
_POSSESSIVE_WORDS = frozenset((b"his", b"her"))
_POSSESSIVE = re.compile(r"\b(?:his|her)\b")
_RANGE_OPENERS = ("between", "from")  # the words of range_prefix
# a change of a count before "from": "raising the number of dead from 24 to 31", "the toll rose from"
_CHANGE_BEFORE = re.compile(r"\b(?:rais|ris|rose|increas|climb|jump|revis|grew|grow|swell|swoll|push|fell|fall|drop|"
                            r"lower|decreas|correct|updat)\w*\b[^.;]{0,50}$")
_RANGE_WORDS = ("to", "or")  # the words of range_tail[""]
_DASHES = ("-", "–")  # the dashes of range_tail["-"]
_ASCII_DIGIT = re.compile(r"[0-9]")


def _alt(words: list[str]) -> str:
    return alternation(sorted(words, key=len, reverse=True))




@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    raw = load_data("casualty_numbers.yaml")
    units = {**raw["units"], **raw["tens"]}
    scales = dict(raw["scales"])
    phrases = {k.lower(): v for k, v in raw["exact_phrases"].items()}
    vague = {k.lower(): v for k, v in raw["vague"].items()}
    qual_raw = load_data("casualty_qualifiers.yaml")
    qualifiers = {
        phrase.lower(): name
        for name, words in qual_raw.items()
        if name != "suffix_at_least"
        for phrase in words
    }
    suffixes = tuple(qual_raw["suffix_at_least"])
    unit = _alt(list(raw["units"]))
    tens = _alt(list(raw["tens"]))
    scale = _alt(list(scales))
    word = rf"(?:(?:{tens})(?:[-\s](?:{unit}))?|{unit})"
    words = rf"{word}(?:[-\s]+(?:{scale})(?:(?:\s+and)?\s+{word}(?![-\s]+(?:{scale})))?)*"
    # a comma after the last group is punctuation ("injuring 1,000, officials said")
    digits = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?!\d|,\d)|\d+(?:\.\d+)?)(?:\s+(?:{scale}))?"
    core = rf"(?:{_alt(list(phrases))}|{_alt(list(vague))}|{digits}|{words})"
    end = r"(?![\w])"  # "2D WEEK", "6TH" are ordinals, "1990s" a decade
    qual = _alt(list(qualifiers))
    suffix = _alt(list(suffixes))
    # One scan finds the numbers themselves; qualifiers, range partners and suffixes are then
    # read around each (a single alternation per position is ~4x faster than one big pattern).
    number = re.compile(rf"(?<![\w.,$])(?:{core}){end}")
    # ``number`` in a sentence without number words: only its digits branch can match. The
    # first digit is matched before the look-behind, so re skips every other character without
    # entering the pattern (three times faster); 0-9 only (a sentence with another decimal digit,
    # which ``\d`` matches, is read with ``number``).
    digits_rest = rf"(?:\d{{0,2}}(?:,\d{{3}})+(?!\d|,\d)|\d*(?:\.\d+)?)(?:\s+(?:{scale}))?"
    digits_only = re.compile(rf"[0-9](?<![\w.,$][0-9]){digits_rest}{end}")
    # One of these words is a whole word of every match of ``number`` but a digits one: the
    # first word of a number in words, a word of each phrase and vague quantity other than
    # "a", "of", "and" ("a dozen": "dozen").
    number_words = {*raw["units"], *raw["tens"]}
    for entry in (*phrases, *vague):
        own = set(re.findall("[a-z]+", entry)) - {"a", "of", "and"}
        if not own:
            raise ValueError(f"casualty_numbers.yaml: {entry!r} needs a word other than a/of/and")
        number_words |= own
    range_prefix = re.compile(rf"\b(?P<pre>{'|'.join(_RANGE_OPENERS)})\s+$")
    range_tail = {
        "between": re.compile(rf"\s+and\s+(?P<b>{core}){end}"),
        "from": re.compile(rf"\s+to\s+(?P<b>{core}){end}"),
        "": re.compile(rf"\s+(?:to|or)\s+(?P<b>{core}){end}"),
        "-": re.compile(rf"\s*[-–]\s*(?P<b>{digits}){end}"),
    }
    qual_before = re.compile(rf"\b(?P<qual>{qual})\s+$")
    suffix_after = re.compile(rf"(?:{suffix})")
    parties = load_data("casualty_parties.yaml")
    persons = _alt(list(parties["singular_persons"]))
    # Every branch starts with "a", "s" or "h": the lookahead rules out other positions before
    # the word-boundary test (a quarter faster than a word boundary per branch).
    article = re.compile(
        r"(?=[ash])\b(?:(?P<art>another|a (?:second|third|fourth|fifth))(?=\s+(?:was|is|has|had|were|lightly|seriously|slightly|critically|badly"
        r"|died|wounded|injured|hurt|killed)\b|\s*[.;]|\s*$)|"
        rf"(?P<art2>an?|another|single)\s+(?P<mods>(?:(?!(?:of|the|and|or|was|were|who|by|in)\b)"
        rf"[\w'’.-]+\s+){{0,2}}?)(?P<noun>{persons})\b(?!['’-])|"
        # "his driver", "her daughter": the possessive takes the noun right after it
        rf"(?P<art3>his|her)\s+(?P<noun3>{persons})\b(?!['’-]))",
    )
    # every vague quantity's first word too ("tens of"): the pre-filter must let all of them through
    vague_first = sorted({k.split()[0] for k in vague})
    prefilter = re.compile(
        rf"\d|\b(?:{unit}|{tens}|{_alt(vague_first)}|{_alt(list(_PREFILTER_WORDS))})\b",
    )
    prefilter_words = {*raw["units"], *raw["tens"], *vague_first, *_PREFILTER_WORDS}
    if not all(w.isascii() and w.isalpha() and w.islower() for w in prefilter_words):
        raise ValueError("casualty_numbers.yaml: a number word or vague quantity's first word is not a-z")
    suffix_words = tuple(sorted({x.split()[0].lower() for x in suffixes if x[0].isspace()}))
    suffix_first = "".join(sorted({x[0] for x in suffixes if not x[0].isspace()}))
    return _Grammar(
        units=units,
        scales=scales,
        phrases=phrases,
        vague=vague,
        qualifiers=qualifiers,
        suffixes=suffixes,
        not_before=frozenset(w.lower() for w in raw["not_a_count_before"]),
        not_after=frozenset(str(w).lower() for w in raw["not_a_count_after"]),
        number=number,
        digits_only=digits_only,
        number_words=frozenset(w.encode() for w in number_words),
        article=article,
        article_gate=WordGate([article.pattern]),
        prefilter=prefilter,
        prefilter_words=frozenset(w.encode() for w in prefilter_words),
        range_prefix=range_prefix,
        range_tail=range_tail,
        qual_before=qual_before,
        qual_ends=tuple(sorted({q.split()[-1] for q in qualifiers})),
        suffix_after=suffix_after,
        suffix_first=suffix_first,
        suffix_words=suffix_words,
        follow_marks=suffix_first + "".join(_DASHES),
        blank_then="".join(sorted({w[0] for w in (*_RANGE_WORDS, *suffix_words, *_DASHES)})),
    )


_SPACES = re.compile(r"[\s-]+")


def suffix_letters() -> tuple[str, ...]:
    """The letters that end a suffix of a number ("or more", "-plus"): a mention's span may end
    in them right before a letter ("5 or moreover"), which then starts the next word's run."""
    ends = (re.search(r"[a-z]+$", s.lower()) for s in _grammar().suffixes)
    return tuple(sorted({m.group() for m in ends if m}))


@lru_cache(maxsize=4096)  # a pure function of a short number phrase ("12", "twenty-one")
def word_value(text: str) -> int | None:
    """The value of one number without qualifier: "1,200" → 1200, "twenty-one" → 21,
    "2.5 million" → 2500000, "a dozen" → 12; vague quantities ("dozens") → None."""
    g = _grammar()
    key = _SPACES.sub(" ", text.lower().strip())
    if key in g.phrases:
        return g.phrases[key]
    if key in g.vague:
        return None
    parts = key.split(" ")
    if parts[0][:1].isdigit():
        try:
            base = float(parts[0].replace(",", ""))
        except ValueError:
            return None
        for part in parts[1:]:
            base *= g.scales.get(part, 1)
        return int(round(base))
    total = current = 0
    for part in parts:
        if part in g.units:
            current += g.units[part]
        elif part == "hundred":
            current = max(current, 1) * 100
        elif part in g.scales:
            total += max(current, 1) * g.scales[part]
            current = 0
    return total + current


@lru_cache(maxsize=4096)  # a pure function of a short number phrase
def _reading(raw: str) -> tuple[int | None, int | None, int | None, str]:
    """Value, low, high and kind of one number without qualifier or range partner."""
    value = word_value(raw)
    if value is None:
        return None, _vague_floor(raw), None, "vague"
    if _SPACES.sub(" ", raw.lower()) in _grammar().phrases:
        return value, value, value, "phrase"
    return value, value, value, "digits" if raw[:1].isdigit() else "words"


def _vague_floor(text: str) -> int | None:
    key = _SPACES.sub(" ", text.lower().strip())
    return _grammar().vague.get(key)


_START = attrgetter("start")
_DIGITS_AGAIN = re.compile(r"\s?\(\s*(\d{1,3}(?:,\d{3})*|\d+)\s*\)")
# ... and the words repeating digits: "11 (eleven) terrorists", "23 (twenty-three) dead"
_WORDS_AGAIN = re.compile(r"\s?\(\s*([A-Za-z]+(?:[\s\-][A-Za-z]+){0,3})\s*\)")
# A NumberMention from a tuple of all its fields: the generated __new__ (keyword arguments,
# defaults) costs twice as much, for every number of every sentence.
_mention = partial(tuple.__new__, NumberMention)
_OTHER_DIGIT = re.compile(r"[^\x00-\x7f\D]")  # a decimal digit other than 0-9 ("٣")
# (the text is folded: an acronym of two to five letters, then the unit noun)
_UNIT_AFTER = re.compile(r"\s[a-z]{2,5}\s(?:battalion|regiment|brigade|division|squadron|corps|wing|bn)\b")
_CLOCK_AFTER = re.compile(r"\.\d\d\s*(?:am|pm|a\.m\.|p\.m\.|hrs|h)\b", re.IGNORECASE)
_CLOCK_GMT = re.compile(r"^\s*\(\s*\d{3,4}\s*(?:gmt|utc|local)")
# the word before a number, skipping an earlier number of the same list ("aged 6 and 4")
# The word before a number, across an earlier number of a list ("Route 9 and 10"); a year
# is no list item ("in July 2018, four cyclists": "July" is not the word before "four").
# (and across several: "aged 19, 23 and 31")
_WORD_BEFORE = re.compile(r"([\w.]+)[\s(\[-]*(?:\d{1,3}\s*(?:and|or|,)\s*){0,4}$")
_LIST_WORDS = ("and", "or")  # the words of _WORD_BEFORE's list item
_WORD_AFTER = re.compile(r"^[\s-]*([\w%'’.]+)")
# Read backwards from the end of a window: the characters ``_WORD_BEFORE`` can match after its
# word, then the word itself. A match of ``_WORD_BEFORE`` cannot start before that word.
_BEFORE_START = re.compile(r"[\s(\[\-\d,andor]*[\w.]*")


def _word_before(window: str) -> re.Match[str] | None:
    """``_WORD_BEFORE.search(window)``, without trying every start position of the window: the
    search starts at the only word where a match can begin (about four times cheaper)."""
    return _WORD_BEFORE.search(window, len(window) - _BEFORE_START.match(window[::-1]).end())


# Characters ``_WORD_AFTER`` does not take into its word (nor blanks): a word followed by them is
# read with string operations ("people," "dead.)").
_AFTER_PUNCT = ",;:)]}\"!?"
_CLOCK_TIME = re.compile(r"[0-2]\d[0-5]\d")  # "at 1620"
# the youngest or oldest of those counted, then their age
_EXTREME_AGE = re.compile(r"\b(?:youngest|oldest)\b[^.;#]{0,40}?\b(?:was|is|were|are|aged)\s+(?:just\s+|only\s+)?$",
                          re.IGNORECASE)
_NAMES_OF = re.compile(r"\s+names\s+of\b", re.IGNORECASE)
# a parent "of" a number: the number is of the children ("a mother of three", "a father of five")
_PARENT_OF = re.compile(r"\b(?:mother|father|parent|grandmother|grandfather|mum|mom|dad)s?\s+of\s+$", re.IGNORECASE)
# a person "of" a number: the number is the person's age ("a woman of about 19")
_PERSON_OF = re.compile(r"\b(?:man|woman|men|women|boy|girl|child|person|youth|teenager|male|female)\s+of\s+"
                        r"(?:about\s+|around\s+|some\s+|roughly\s+|approximately\s+|nearly\s+|almost\s+)?$",
                        re.IGNORECASE)


def _last_word(lead: str) -> str | None:
    """``_WORD_BEFORE.search(lead).group(1)`` (None without a match): the word before a number,
    ``lead`` being the text before it. Read with string operations where ``lead`` ends in a word
    and blanks (most numbers), else with the pattern."""
    head = lead.rstrip()
    if not head:
        return None  # blanks only: no word
    word = head[head.rfind(" ") + 1:]
    if word.replace(".", "").isalnum():
        # The word is a whole run of [\w.] (a blank or the window's start before it): the match
        # starts there when ``_BEFORE_START`` stops in the word, at a character other than a digit
        # or a letter of "and"/"or" ("killed", "least"), or when the word has no digit and is no
        # "and"/"or" after a list item ("on", "a", "people and"; not "aged 6 and").
        rest = word.strip("andor0123456789")
        if rest and not rest[0].isdecimal():
            return word
        if not rest and word.isalpha() and (
            word not in _LIST_WORDS or not head[:-len(word)].rstrip()[-1:].isdecimal()
        ):
            return word
    elif head[-1] == "," and not head[:-1].rstrip()[-1:].isdecimal():
        return None  # a comma after a word, not after a list item ("in Bogota, 12"): no match
    m = _word_before(lead)
    return m.group(1) if m else None


def _next_word(after: str) -> str | None:
    """The word after a number (``_WORD_AFTER``'s), lower-case without its trailing dots, or None;
    ``after`` is the text after the number. Read with string operations where a blank and a plain
    word follow (most numbers), else with the pattern."""
    if after[:1].isspace():
        parts = after.split(None, 1)
        if parts:
            word = parts[0].rstrip(_AFTER_PUNCT).rstrip(".")
            if word.isalnum():
                return word.lower()
    m = _WORD_AFTER.match(after)
    return m.group(1).lower().rstrip(".") if m else None


_MONTH_AFTER = re.compile(r"\s+(?:(?:january|february|march|april|june|july|august|september|october|november|december|"
                          r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|may\b(?!\s+(?:have|be|not|also|still|never|"
                          r"well|yet|soon|rise|increase|die|face|need|be|remain|include|exceed|number)\b))", re.IGNORECASE)


def _countable(lead: str, after: str, raw: str, value: int | None) -> bool:
    """Whether a number may count people (False for years, units, clock times, ages ...):
    ``lead`` is the text before it (30 characters), ``after`` the text after it (24), ``raw``
    its text (the first number of a range) and ``value`` its value."""
    g = _grammar()
    before = _last_word(lead)
    if before and before.lower().rstrip(".") in g.not_before:
        return False
    if after[:1] == "%" or after[:1] == ":" and after[1:2].isdigit():
        return False
    following = _next_word(after)
    if following in g.not_after:
        return False
    if following == "names" and not _NAMES_OF.match(after):
        return False  # names on a list: "a list of 11 names, including that of the teacher" (not "31 names of people killed")
    if after[:1] == "," and (lead[-2:] == ", " or lead[-3:] in (",” ", ",\" ", ",’ ")) and raw.isdigit() and int(raw) < 120:
        return False  # an age in apposition: "Rodriguez Porth, 65, was killed", 'alias “Lorna,” 22, was'
    if " of " in lead and _PERSON_OF.search(lead):
        return False  # an age: "a man of about 47 and a woman of about 19 dead"
    if " of " in lead and _PARENT_OF.search(lead):
        return False  # a family's size: "a 41-year-old mother of three who died in hospital"
    if ("youngest" in lead or "oldest" in lead) and _EXTREME_AGE.search(lead):
        return False  # "the youngest person killed was 16 and the oldest was 73"
    if before and before.lower() == "at" and _CLOCK_TIME.fullmatch(raw):
        return False  # a clock time: "murdered at 1620"
    if "(" in after and _CLOCK_GMT.match(after):
        return False  # "at 1500 (2000 GMT)"
    if after[:1] == " " and _UNIT_AFTER.match(after):
        return False  # a unit's number: "Rakibul Hasan of 34 BGB Battalion", "the 12th Mountain Brigade"
    if after[:1] == "." and _CLOCK_AFTER.match(after):
        return False  # a clock time read as its hour: "killed at 8.45am"
    if raw.isdigit() and len(raw) <= 2 and 1 <= int(raw) <= 31 and _MONTH_AFTER.match(after):
        return False  # a day of a month: "the toll of the 21 May attack" (not "21 may have died")
    compact = raw.replace(",", "")
    if compact.isdigit() and len(compact) == 4 and "," not in raw and 1800 <= value <= 2099:  # type: ignore[operator]
        return False  # a year
    if "." in compact and value is not None and value < 1000:
        return False  # a decimal such as 7.5 (magnitude, distance)
    if compact.isdigit() and len(compact) == 4 and compact.startswith("0"):
        return False  # a clock time such as 0700
    return True


# one word in double quotation marks, whose marks the shadow reads as blanks (the same length:
# offsets stay valid)
_SCARE_QUOTES = re.compile(r"[\"“]([a-z][a-z’'\-]*)[\"”]")


def _unquoted(m: re.Match[str]) -> str:
    return f" {m.group(1)} "

# The reading of the last sentences read: a sentence is read by several steps (casualty hits,
# group size, the attacker of the next sentence). Emptied when full (the steps that share a
# reading run on one sentence, or the one before it).
_RECENT: dict[str, tuple[tuple[NumberMention, ...], str, dict[int, NumberMention]]] = {}
_RECENT_SIZE = 256


def _read(sentence: str, words: frozenset[bytes] | None) -> tuple[tuple[NumberMention, ...], str, dict[int, NumberMention]]:
    entry = _RECENT.get(sentence)
    if entry is None:
        if len(_RECENT) >= _RECENT_SIZE:
            _RECENT.clear()
        low = fold(sentence)  # read by both steps
        found = _find_numbers(sentence, words, low)
        shadow, at = _shadow(low, found)
        if '"' in shadow or "“" in shadow:
            # scare quotes around one word do not part a verb from its subject: 'eleven attackers
            # were "neutralised"' (a quoted phrase stays apart: 'merchants of "slow death"')
            shadow = _SCARE_QUOTES.sub(_unquoted, shadow)
        if "IS" in sentence:
            shadow = _spell_acronyms(sentence, shadow)
        entry = _RECENT[sentence] = (tuple(found), shadow, at)
    return entry


# "IS" in capitals in mixed-case text is the Islamic State's acronym, not the verb "is" (as the
# group gazetteer reads it): the shadow spells it ACRONYM_IS, of the same length, so that a noun
# phrase runs across it ("two IS militants were killed") and the party words read it.
ACRONYM_IS = "iz"
_CAPS_IS = re.compile(r"(?<![\w’'])IS(?![\w’'])")
_CAPS_WORD = re.compile(r"[A-Z]{2,}")


def _spell_acronyms(sentence: str, shadow: str) -> str:
    """``shadow`` with each acronym "IS" of ``sentence`` spelled :data:`ACRONYM_IS`; not in a
    sentence in capitals nor next to another word in capitals ("WHY IS THIS")."""
    letters = [c for c in sentence if c.isalpha()]
    if sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return shadow
    for m in _CAPS_IS.finditer(sentence):
        before = sentence[:m.start()].split()[-1:]
        after = sentence[m.end():].split()[:1]
        if any(_CAPS_WORD.match(w.strip("\"'“”‘’([")) for w in before + after):
            continue
        shadow = shadow[:m.start()] + ACRONYM_IS + shadow[m.end():]
    return shadow


def reading(sentence: str, words: frozenset[bytes] | None = None
            ) -> tuple[tuple[NumberMention, ...], str, dict[int, NumberMention]]:
    """:func:`find_numbers` and :func:`masked` of ``sentence`` at once: its number mentions, its
    shadow and the map of the masked ones (shared between calls: read only)."""
    return _read(sentence, words)


def find_numbers(sentence: str, words: frozenset[bytes] | None = None) -> list[NumberMention]:
    """All number mentions of ``sentence``, in text order, offsets into ``sentence``. ``words``:
    the sentence's ``tokens.word_set`` (of its lower-case text) when the caller has it; it only
    spares the search for "a"/"an" + person noun where no person noun is among the words."""
    return list(_read(sentence, words)[0])


def masked(sentence: str, words: frozenset[bytes] | None = None) -> tuple[str, dict[int, NumberMention]]:
    """``shadow`` of ``sentence`` with its own numbers (``words`` as for :func:`find_numbers`).
    The map is shared between calls: read only."""
    _, low, at = _read(sentence, words)
    return low, at


def shadow(sentence: str, numbers: list[NumberMention]) -> tuple[str, dict[int, NumberMention]]:
    """The lower-case "shadow" of ``sentence``: each countable number of ``numbers`` (with a value,
    or vague) becomes ``#`` characters of the same length, so offsets stay valid; and the map from
    the start of each masked mention to the mention."""
    return _shadow(fold(sentence), numbers)


def _shadow(low: str, numbers: list[NumberMention]) -> tuple[str, dict[int, NumberMention]]:
    """:func:`shadow` of the sentence whose fold is ``low``."""
    at: dict[int, NumberMention] = {}
    spans: list[tuple[int, int]] = []
    for n in numbers:
        if n.countable and (n.value is not None or n.kind == "vague"):
            at[n.start] = n
            spans.append((n.start, n.end))
    if not spans:
        return low, at
    pieces: list[str] = []
    done = 0  # low[:done] is in pieces (spans may overlap: "5 or more than 10")
    for start, end in sorted(spans):
        start = max(start, done)
        if end > start:
            pieces += (low[done:start], "#" * (end - start))
            done = end
    pieces.append(low[done:])
    return "".join(pieces), at


def _may_start(text: str, pos: int, words: tuple[str, ...]) -> bool:
    """Whether ``\\s+`` followed by one of ``words`` can match at ``text[pos]``: a necessary
    condition, tested before the pattern (the blank is most often followed by another word)."""
    if not text[pos:pos + 1].isspace():
        return False
    return text.startswith(words, pos + 1) or text[pos + 1:pos + 2].isspace()


def _find_numbers(sentence: str, words: frozenset[bytes] | None = None,
                  folded: str | None = None) -> list[NumberMention]:
    """:func:`find_numbers` (``folded``: the sentence's fold, when the caller has it)."""
    g = _grammar()
    original = sentence
    sentence = fold(sentence) if folded is None else folded  # patterns are lower-case; offsets are unchanged
    only_articles = False  # no number word, but a possessive: only the article search can match
    if words is not None and sentence.isascii() and "_" not in sentence:
        # In lower-case ASCII without "_" the word characters are a-z and digits: a word of the
        # pre-filter matches where it is among the words (``words`` is the fold's word set), and
        # a digit lets any sentence through, so the word set decides as the pattern does.
        if words.isdisjoint(g.prefilter_words) and not _ASCII_DIGIT.search(sentence):
            if words.isdisjoint(_POSSESSIVE_WORDS) or not g.article_gate.allows(words):
                return []
            only_articles = True
    elif not g.prefilter.search(sentence):
        if not _POSSESSIVE.search(sentence):
            return []
        only_articles = True
    found: list[NumberMention] = []
    consumed = 0
    # Each pattern read around a number is tried only where a cheap test of the characters next
    # to it allows a match (most numbers have no range partner, qualifier or suffix).
    number = g.number
    if words is not None and words.isdisjoint(g.number_words) \
            and (sentence.isascii() or not _OTHER_DIGIT.search(sentence)):
        number = g.digits_only
    # the grammar's parts read for every number, as locals
    blank_then, follow_marks, qual_before, qual_ends, qualifiers = (
        g.blank_then, g.follow_marks, g.qual_before, g.qual_ends, g.qualifiers)
    range_prefix, range_tail, suffix_after, suffix_first, suffix_words = (
        g.range_prefix, g.range_tail, g.suffix_after, g.suffix_first, g.suffix_words)
    for m in () if only_articles else number.finditer(sentence):
        start = num_start = m.start()
        if start < consumed:
            continue  # the second number of a range already read
        a = raw = m.group(0)
        num_end = m.end()
        b = None
        lead = sentence[start - 30 if start > 30 else 0:start]  # the text before, read three times
        head = lead.rstrip()
        pre = range_prefix.search(sentence, start - 10 if start > 10 else 0, start) \
            if head.endswith(_RANGE_OPENERS) else None
        changed = pre is not None and pre.group("pre") == "from" \
            and _CHANGE_BEFORE.search(sentence, max(0, pre.start() - 60), pre.start()) is not None
        if changed:
            # "raising the number of dead from 24 to 31": the old figure, then the new one, no range
            pre = None
        follow = sentence[num_end:num_end + 2]
        # Most numbers are followed by a blank and a word, or by punctuation, where no range
        # partner or suffix can start ("" is in every string: the end of the text is not quiet).
        if follow[:1].isspace():
            quiet = follow[1:] not in blank_then and not follow[1:].isspace()
        else:
            quiet = follow[:1] not in follow_marks
        tail = None
        if pre:
            tail = range_tail[pre.group("pre")].match(sentence, num_end)
            if tail:
                start = pre.start()
        if tail is None and not quiet and not changed:
            if _may_start(sentence, num_end, _RANGE_WORDS):
                tail = range_tail[""].match(sentence, num_end)
            if tail is None and a[:1].isdigit() and (
                sentence[num_end:num_end + 1] in _DASHES or _may_start(sentence, num_end, _DASHES)
            ):
                tail = range_tail["-"].match(sentence, num_end)
                if tail is not None:
                    lo, hi = word_value(a), word_value(tail.group("b"))
                    if lo is not None and hi is not None and hi <= lo:
                        consumed = tail.end()
                        continue  # "1990-91", "2-1": not a range of people
        if tail is not None:
            b = tail.group("b")
            low, high = word_value(a), word_value(b)
            if low is None or high is None or high <= low:
                tail, b = None, None
                start = num_start
        if tail is not None:
            num_end = tail.end()
            raw = sentence[num_start:num_end]
            value, kind = low, "range"
            qualifier = "range"
        else:
            value, low, high, kind = _reading(raw)
            qualifier = "exact"
        end = num_end
        # a qualifier ends right before the blank before the number: most numbers have none, and a
        # look at the word there is cheaper than the search
        q = None
        if start and sentence[start - 1].isspace():
            before = head if start == num_start else sentence[max(0, start - 30):start].rstrip()
            if before.endswith(qual_ends):
                q = qual_before.search(sentence, max(0, start - 30), start)
        if q:
            qualifier = qualifiers.get(_SPACES.sub(" ", q.group("qual")), qualifier)
            start = q.start()
        if kind in ("words", "phrase") and (sentence.startswith(" (", end) or sentence.startswith("(", end)):
            # "six (6) persons", "twenty-three (23)": the figure in digits repeats the words
            again = _DIGITS_AGAIN.match(sentence, end)
            if again is not None and word_value(again.group(1)) == value:
                end = num_end = again.end()
                quiet = False
        elif kind == "digits" and (sentence.startswith(" (", end) or sentence.startswith("(", end)):
            again = _WORDS_AGAIN.match(sentence, end)
            if again is not None and word_value(again.group(1).lower()) == value:
                end = num_end = again.end()
                quiet = False
        nxt = sentence[end:end + 1]
        if (tail is not None or not quiet) and (
            nxt in suffix_first and nxt or _may_start(sentence, end, suffix_words)
        ):
            suf = suffix_after.match(sentence, end)
            if suf:
                qualifier = "at_least"
                end = suf.end()
        if qualifier in ("at_least", "more_than"):
            high = None
        consumed = end
        if kind == "vague":
            countable = True
        elif changed:
            countable = False  # (the figure it changed from)
        else:
            at = pre.start() if (pre and kind == "range") else num_start
            countable = _countable(lead if at == num_start else sentence[max(0, at - 30):at],
                                   sentence[num_end:num_end + 24], a if kind == "range" else raw, value)
        found.append(_mention((start, end, num_start, value, low, high, qualifier, kind, countable,
                               original[start:end], -1)))
    if words is not None and not g.article_gate.allows(words):
        found.sort(key=_START)
        return found
    taken = [(n.start, n.end) for n in found if n.countable]
    for m in g.article.finditer(sentence):
        art = "art" if m.group("art") else "art2" if m.group("art2") else "art3"  # the branch matched
        s, e = m.span(art)
        m_end = m.end()
        if any(s < b and a < m_end for a, b in taken):
            continue
        found.append(
            NumberMention(s, e, s, 1, 1, 1, "exact", "article", True, original[s:e],
                          m.end("noun") if m.group("noun") else m.end("noun3") if m.group("noun3") else e)
        )
    found.sort(key=_START)
    return found
