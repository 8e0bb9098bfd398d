"""Incident separation: which sentences of an article belong to its main incident and which to
background incidents (earlier attacks, last year's riot, a 2015 foothold, legal footnotes).

The headline and opening sentences set the main incident. A sentence that dates itself clearly
away from the main incident's date (``In May``, ``in July 2018``, ``last year``, ``in 2015``,
``December 29, 2014``) opens a background incident keyed by that date (``bg:2019-05``); an
undated sentence that opens with an anaphor ("It", "The riot") continues the previous sentence's
incident within its paragraph. The reference date is the publication date, else a dateline
("LIMA, 9 JAN 90 (EFE) --"), else the first full date of the opening sentences. Date phrases are
data (``data/incident_dates.yaml``).

Why not dateparser: we only need "is this phrase clearly before the main date" and its
month/year, on phrases that must be found in running text anyway; ``dateparser.search_dates``
also reads "may"/"march" as dates and bare numbers as days, which would need the same filters.
(Not measured against it: no dependency was added.)
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from .model import MAIN, Evidence, IncidentDate
from .paths import load_data
from .text import CLAUSE_JOINT, Document, Sentence, alternation, any_of, date_words, fold
from .tokens import WordGate, required_words

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
# A date this many days before the reference date still counts as the main incident (news of
# an attack is often published a few days later; MUC items report the week's events).
MAIN_WINDOW_DAYS = 10
_LATE = re.compile(r"\b(?:late|end of)\b")
# Every byte but a-z becomes a space: the table of tokens.word_set, kept here to get a sentence's
# words as a list (no set built for the ~70% of sentences that the cue gate turns away).
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
# Stands for the month names in an absolute pattern while its required words are read off it.
_MONTH_SLOT = "monthslot"


@dataclass
class IncidentScope:
    """Incident key of every sentence of one document, with labels and dates per key."""

    of_sentence: list[str]
    labels: dict[str, str] = field(default_factory=dict)
    dates: dict[str, str | None] = field(default_factory=dict)
    events: set[str] = field(default_factory=set)  # keys whose sentences name a violent event
    # sentence index -> (start, end, key): a clause of that sentence that tells an earlier event
    # ("..., two weeks after an attack on a mosque killed 20"); offsets into the sentence
    clauses: dict[int, tuple[int, int, str]] = field(default_factory=dict)
    # sentence indexes whose clause tells the event their attack avenges ("in retaliation for ...")
    motives: set[int] = field(default_factory=set)

    def incident_of(self, sentence_index: int) -> str:
        """The incident key of sentence ``sentence_index`` (MAIN when out of range)."""
        if 0 <= sentence_index < len(self.of_sentence):
            return self.of_sentence[sentence_index]
        return MAIN

    def incident_at(self, sentence_index: int, offset: int) -> str:
        """The incident key of the words at ``offset`` of sentence ``sentence_index``: that of an
        earlier-event clause there, else the sentence's."""
        clause = self.clauses.get(sentence_index)
        if clause is not None and clause[0] <= offset < clause[1]:
            return clause[2]
        return self.incident_of(sentence_index)

    def in_motive(self, sentence_index: int, offset: int) -> bool:
        """Whether the words at ``offset`` of sentence ``sentence_index`` stand in a clause that
        tells the event the sentence's attack avenges ("in retaliation for the killing of X's
        leader"): its figures are that event's, but whom it names says who may have avenged it."""
        clause = self.clauses.get(sentence_index)
        return sentence_index in self.motives and clause is not None and clause[0] <= offset < clause[1]


_WORD_BOUNDARY = re.compile(r"\b")


class _BoundedScan:
    r"""The matches of a pattern ``\bX`` (``finditer``), found by searching ``X`` and testing the
    word boundary where a match starts: the same matches, since ``X`` matches at a position or not
    whatever the boundary. Python's ``re`` has no prefix to skip ahead with in a pattern that opens
    with ``\b`` and runs its matcher at every position; ``X`` opens with a word or digit it skips
    to in C (the absolute date patterns scan about twice as fast on MUC-4, "on ..." and
    "the 2015 ..." ten times)."""

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)
        self.rest: re.Pattern[str] | None = None
        if pattern.startswith(r"\b"):
            whole, rest = _parser.parse(pattern), _parser.parse(pattern[2:])
            # the \b is the whole pattern's (no "|" at the top), and X never matches empty
            if (whole.data[0] == (sre.AT, sre.AT_BOUNDARY) and repr(whole.data[1:]) == repr(rest.data)
                    and rest.getwidth()[0] > 0):
                self.rest = re.compile(pattern[2:])

    def matches(self, text: str) -> list[re.Match[str]]:
        """``list(self.pattern.finditer(text))``."""
        if self.rest is None:
            return list(self.pattern.finditer(text))
        found = []
        pos = 0
        while (m := self.rest.search(text, pos)) is not None:
            if _WORD_BOUNDARY.match(text, m.start()):
                found.append(m)
                pos = m.end()
            else:
                pos = m.start() + 1
        return found


def _words(low: str) -> list[bytes]:
    """The runs of a-z of lower-case ``low``: the words of :func:`tokens.word_set`, as a list."""
    return low.encode("ascii", "replace").translate(_LETTERS_ONLY).split()


def _has_year(low: str) -> bool:
    """False when ``low`` surely has no year ``(?:19|20)\\d\\d``."""
    return "19" in low or "20" in low


@dataclass(frozen=True)
class _Patterns:
    months: dict[str, int]
    absolute: list[_BoundedScan]
    # per absolute pattern: word sets of which every match has one word each (a word gate)
    absolute_needs: list[tuple[frozenset[bytes], ...]]
    # the absolute patterns up to the last one that reads a day, a month and a year
    full_date_patterns: int
    month_words: frozenset[bytes] | None  # None: a month name may be more than one word
    relative_bg: list[tuple[re.Pattern[str], int | None]]  # None: earlier, but not datable
    relative_any: re.Pattern[str]
    relative_gate: WordGate
    relative_main: re.Pattern[str]
    relative_main_gate: WordGate
    continuation: re.Pattern[str]
    back_reference: re.Pattern[str]  # "for that bombing": points back to the incident before
    any_date_word: re.Pattern[str]
    # Cheap pre-filter of sentence_incident: a sentence without a year and without any of these
    # words carries no date phrase (None when some phrase needs no word: no gate).
    cue_words: frozenset[bytes] | None
    main_day_offsets: list[tuple[re.Pattern[str], int]]
    weekday: re.Pattern[str]
    statement_before: re.Pattern[str]
    statement_after: re.Pattern[str]
    incident_cue: re.Pattern[str]
    claim_before: re.Pattern[str]
    later_death: re.Pattern[str]  # "died in hospital on": dates a death after the event
    possessive_event: re.Pattern[str]
    days_from_event: re.Pattern[str]  # ", a day after the raid" (right after a weekday)
    days_earlier: re.Pattern[str]  # "... who was killed ... a day earlier" (later than a weekday)
    separate: re.Pattern[str]  # "in a separate incident": another event, whatever its date
    separate_gate: WordGate
    incident_gate: WordGate
    earlier_clause: re.Pattern[str]  # "..., two weeks after an attack killed 20" (groups `at…`, `motive` for the event avenged)
    earlier_clause_gate: WordGate
    earlier_clause_words: tuple[str, ...]  # one of them is in the text of every such clause
    clause_end: re.Pattern[str]  # "; ", or a comma before a quote or a speaker (", police said")
    # a connector right before a date phrase ("..., and in March last year"): where a coordinated
    # clause may open with a date of its own (the pre-filter of _second_dated_clause)
    coordinated_date: re.Pattern[str]
    named_event: re.Pattern[str]  # "the June suicide attack": an event named by its date
    event_words: frozenset[bytes]  # one of them is in every named event


def _absolute_needs(pattern: str, months: list[str]) -> tuple[frozenset[bytes], ...]:
    """The word sets every match of absolute ``pattern`` (with ``{MONTH}``) needs, one word of
    each. The month slot is read as one letters-only word (the month names are letters only), so
    a needed word with it ("monthslot", "midmonthslot") stands for that word with any month name."""
    sets = []
    for words in required_words(pattern.replace("{MONTH}", _MONTH_SLOT)):
        if any(word.count(_MONTH_SLOT) > 1 for word in words):
            continue  # two month names in one word: not worth a gate (leaving a set out is sound)
        sets.append(frozenset(
            w.encode() for word in words
            for w in ([word.replace(_MONTH_SLOT, m) for m in months] if _MONTH_SLOT in word else [word])
        ))
    return tuple(sets)


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    raw: dict[str, Any] = load_data("incident_dates.yaml")
    months = {str(k).lower(): int(v) for k, v in raw["months"].items()}
    # factored (text.alternation): the same matches, one branch tried per first letter
    month_alt = alternation(sorted(months, key=len, reverse=True))
    event_alt = alternation([str(w) for w in raw["event_nouns"]])
    raw_absolute = [p.replace("{EVENT}", event_alt) for p in raw["absolute"]]
    absolute = [_BoundedScan(p.replace("{MONTH}", month_alt)) for p in raw_absolute]
    named_event = re.compile(raw["named_event"].replace("{EVENT}", event_alt).replace("{MONTH}", month_alt))
    relative_bg = [
        (re.compile(item["pattern"]),
         None if item.get("offset_days") is None else int(item["offset_days"]))
        for item in raw["relative_background"]
    ]
    relative_main = re.compile("|".join(f"(?:{p})" for p in raw["relative_main"]))
    openers = sorted((str(o) for o in raw["continuation_openers"]), key=len, reverse=True)
    continuation = re.compile(
        r"^\W*(?:and |but )?(?:" + "|".join(re.escape(o) for o in openers) + r")\b"
    )
    spec = raw["back_reference"]
    back_reference = re.compile(
        # "that the attack": a clause, not a pointer (the word between is no determiner)
        rf"\b(?:{alternation(spec['determiners'])})\s+(?:(?!(?:the|a|an|this|its|their)\s)[a-z’'\-]+\s+)?"
        rf"(?:{alternation(spec['nouns'])})\b"
        # "... were killed then", "at the time": the time of the event told before
        + (rf"|\b(?:{alternation(spec['phrases'])})\b" if spec.get("phrases") else ""))
    # Word gates read off the patterns (tokens.required_words). A month name stands as one whole
    # word in every date phrase only when the names are letters only (else: no gates that need it).
    months_are_words = all(re.fullmatch("[a-z]+", m) for m in months)
    absolute_needs = [
        _absolute_needs(p, sorted(months)) if months_are_words or "{MONTH}" not in p else ()
        for p in raw_absolute
    ]
    # Cheap pre-filter of find_dates (and a rule of it): absolute dates need a month name or a year.
    any_date_word = re.compile(r"(?:19|20)\d\d|\b(?:" + month_alt + r")\b")
    separate = any_of(raw["separate_incident"])
    separate_gate = WordGate(raw["separate_incident"])
    relative_gate = WordGate([p.pattern for p, _ in relative_bg])
    relative_main_gate = WordGate([relative_main.pattern])
    gates = (separate_gate, relative_gate, relative_main_gate)
    cue_words = None if not months_are_words or any(g.always for g in gates) else frozenset(
        {m.encode() for m in months}.union(*(g.first for g in gates)))
    main_days = [(re.compile(item["pattern"]), int(item["offset_days"]))
                 for item in raw["main_day_offsets"]]
    verbs = "|".join(sorted(raw["statement_verbs"], key=len, reverse=True))
    # ("opened fire" is a deed of the incident, not the opening of a session)
    statement_before = re.compile(
        rf"\b(?:{verbs})\b(?!\s+fire\b)(?:\s+\w+){{0,2}}\s*,?\s*(?:on\s+|late\s+|early\s+|at\s+noon\s+)?$")
    statement_after = re.compile(rf"\s+(?:\w+\s+)?(?:{verbs})\b(?!\s+fire\b)")
    cues = "|".join(raw["incident_cues"])
    incident_cue = re.compile(r"\b(?:" + cues + r")\b")
    claims = "|".join(sorted(raw["claim_words"], key=len, reverse=True))
    claim_before = re.compile(
        rf"\b(?:{claims})\b(?:\s+[\w’'\-]+){{0,{int(raw['claim_window'])}}}?\s*(?:on\s+)?$")
    # right after a weekday: "'s attack", "'s triple suicide bombing"
    # ("Saturday's attack", "Saturday night's massacre")
    possessive_event = re.compile(
        r"(?:\s+(?:night|morning|evening|afternoon))?['’]s\s+(?:[\w\-]+\s+){0,3}?(?:" + cues + r")\b")
    days_from_event = re.compile(
        r",?\s+(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+(?P<dir>after|before)\s+(?:the|this|that)\s+"
        r"(?:[\w\-]+\s+){0,2}?(?:" + cues + r")\b")
    # "a day earlier", "two days before" with no event after it: counted from a day told before
    days_earlier = re.compile(
        r"\b(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+(?:earlier|before)\b(?!\s+(?:the|this|that|a|an)\b)")
    # the one-pass pre-filter: the same alternatives without their named groups
    relative_any = any_of([re.sub(r"\(\?P<\w+>", "(?:", p.pattern) for p, _ in relative_bg])
    full_date_patterns = max((i + 1 for i, scan in enumerate(absolute)
                              if {"day", "month"} <= set(scan.pattern.groupindex)
                              and {"year", "decade"} & set(scan.pattern.groupindex)), default=0)
    month_words = frozenset(m.encode() for m in months) if months_are_words else None
    clause_gate = WordGate(raw["earlier_clause"])
    return _Patterns(months, absolute, absolute_needs, full_date_patterns, month_words,
                     relative_bg, relative_any, relative_gate, relative_main, relative_main_gate,
                     continuation, back_reference, any_date_word, cue_words,
                     main_days, re.compile(raw["weekday"]), statement_before, statement_after,
                     incident_cue, claim_before, re.compile(raw["later_death"]), possessive_event, days_from_event, days_earlier, separate, separate_gate,
                     WordGate([incident_cue.pattern]), any_of(raw["earlier_clause"]),
                     clause_gate,
                     ("",) if clause_gate.always else tuple(sorted(w.decode() for w in clause_gate.first)),
                     # (or "his own" set against the earlier event: "... the Jan. 9 stabbing ...
                     # in the month before his own attack, which killed three")
                     # (not a participle's aside: ", blamed on Maoist sabotage, which killed ...")
                     re.compile(rf";|,\s*[\"“‘']|,(?:\s+[\w’'\-]+){{0,3}}?\s+(?:{verbs}|according)\b(?!\s+(?:on|by)\b)"
                                r"|\s(?=(?:his|her|its|their)\s+own\s)"),
                     re.compile(rf"(?:,\s*(?:and|while|but|whereas)|;)\s+(?:[^,;]{{1,60}}?\s)?"
                                r"(?:(?:in|on|during|by|since|the|a|an|last|early|late|mid-?|end of|beginning of)\s+)?"
                                r"(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
                                rf"(?:(?:19|20)\d\d|(?:{month_alt})\b)"),
                     named_event, frozenset(str(w).encode() for w in raw["event_nouns"]))


@dataclass(frozen=True)
class _DatePhrase:
    year: int | None
    month: int | None
    day: int | None
    start: int
    text: str
    years_back: int = 0  # "in January last year": a month of the year before the reference


def _month_year(d: _DatePhrase, ref: dt.date) -> int:
    """The year of a month named without one: "In May" written in November 2019 is May 2019,
    written in March it is last year's May; "in January last year" is the year before."""
    if d.years_back:
        return ref.year - d.years_back
    assert d.month is not None
    return ref.year if d.month <= ref.month else ref.year - 1


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    value = int(raw)
    if value < 100:  # two-digit year of a MUC dateline: "9 JAN 90"
        value += 1900 if value >= 30 else 2000
    return value


def find_dates(sentence: str) -> list[_DatePhrase]:
    """Absolute date phrases of one sentence (year, month, day each possibly None)."""
    low = fold(sentence)  # patterns are lower-case; offsets are unchanged
    return _find_dates(low, frozenset(_words(low)))


def _find_dates(low: str, words: frozenset[bytes], patterns: int | None = None) -> list[_DatePhrase]:
    """:func:`find_dates` of folded ``low``, whose :func:`_words` are ``words``; with ``patterns``,
    only the phrases of the first ``patterns`` absolute patterns (tried in order, as always)."""
    pats = _patterns()
    if pats.month_words is not None and words.isdisjoint(pats.month_words) and not _has_year(low):
        return []  # no month name, no year: any_date_word cannot match
    if not pats.any_date_word.search(low):
        return []
    found: list[_DatePhrase] = []
    taken: list[tuple[int, int]] = []
    for pattern, needs in zip(pats.absolute[:patterns], pats.absolute_needs):
        if any(map(words.isdisjoint, needs)):
            continue  # a word every match needs is missing: no match
        for m in pattern.matches(low):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            groups = m.groupdict()
            month = pats.months.get((groups.get("month") or "").lower().rstrip("."))
            day = int(groups["day"]) if groups.get("day") else None
            if day is not None and not 1 <= day <= 31:
                continue
            year = _year(groups.get("year"))
            if groups.get("decade"):
                decade = groups["decade"]
                year = _year(decade) if len(decade) == 2 else int(decade)
            taken.append((m.start(), m.end()))
            found.append(_DatePhrase(year, month, day, m.start(), m.group(0),
                                     1 if groups.get("prev") else 0))
    found.sort(key=lambda d: d.start)
    return found


def _reference_date(doc: Document) -> dt.date | None:
    if doc.published:
        return doc.published
    # Dateline or first full date of the opening sentences. Later patterns cannot block an
    # earlier pattern's phrase, so the full dates are those of the patterns that can read one.
    full_date_patterns = _patterns().full_date_patterns
    for sentence in doc.sentences[:2]:
        low = fold(sentence.text[:200])
        for d in _find_dates(low, frozenset(_words(low)), full_date_patterns):
            if d.year and d.month and d.day:
                try:
                    return dt.date(d.year, d.month, d.day)
                except ValueError:
                    continue
    return None


def _background_key(d: _DatePhrase, ref: dt.date) -> str | None:
    """The background key of date phrase ``d`` relative to ``ref``, None when it is the main date,
    "" when it dates nothing that happened (a future year)."""
    year, month = d.year, d.month
    if year is None and month is not None:
        year = _month_year(d, ref)
    if year is None:
        return None
    if month is None:
        if year > ref.year:
            return ""  # a future year ("the 1991 elections") dates no past incident
        return None if year == ref.year else f"bg:{year}"
    if d.day is not None:
        try:
            date = dt.date(year, month, d.day)
        except ValueError:
            return None
        if -1 <= (ref - date).days <= MAIN_WINDOW_DAYS:
            return None
        return f"bg:{year:04d}-{month:02d}"
    months_apart = (ref.year - year) * 12 + (ref.month - month)
    if months_apart == 0:
        return None
    if months_apart == 1 and ref.day <= MAIN_WINDOW_DAYS and _LATE.search(d.text):
        return None  # "in late October" written on 6 November may be the same event
    return f"bg:{year:04d}-{month:02d}"


# Counts of "two years ago"; "several" and "many" date nothing.
_COUNTS = {w: i for i, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve".split(), start=1)} | {"a": 1}


def _relative_key(sentence: str, words: frozenset[bytes], ref: dt.date | None, index: int,
                  opening: bool = False) -> str | None:
    pats = _patterns()
    # most sentences: a set test, or one search instead of eleven
    if not pats.relative_gate.allows(words) or not pats.relative_any.search(sentence):
        return None
    for pattern, offset in pats.relative_bg:
        m = pattern.search(sentence)
        if m:
            if (index <= 1 or opening) and pats.possessive_event.match(sentence, m.end()):
                # the headline or lede of a follow-up names its subject: "Twenty-three of the
                # people abducted in last week's attack have been released" (``opening``: the
                # sentence is the headline or lede, after a publication line)
                return MAIN
            if offset is not None and "n" in pattern.groupindex:
                count = _COUNTS.get(m.group("n")) or (int(m.group("n")) if m.group("n").isdigit() else None)
                offset = None if count is None else offset * count
            if ref is None or offset is None:
                return f"bg:s{index}"  # "in previous attacks": earlier, at no date we could name
            when = ref - dt.timedelta(days=offset)
            return f"bg:{when.year}" if offset >= 300 else f"bg:{when.year:04d}-{when.month:02d}"
    return None


def _label(key: str, text: str) -> str:
    words = text.split()
    snippet = " ".join(words[:14]) + (" ..." if len(words) > 14 else "")
    date = key[3:]
    if re.fullmatch(r"\d{4}-\d\d", date):
        date = f"{MONTH_NAMES[int(date[5:]) - 1]} {date[:4]}"
    elif date.startswith(("s", "c")):
        date = "Earlier"
    elif date.startswith("x"):
        date = "Separate incident"
    return f"{date}: {snippet}"


def sentence_incident(text: str, index: int, ref: dt.date | None) -> str | None:
    """The background key a sentence's own date phrases give it, MAIN for a main-date anchor,
    or None when the sentence carries no date information. A sentence that says it tells of
    another event ("In a separate incident, ...") is a background incident of its own,
    whatever its date."""
    low = fold(text)
    return _sentence_incident(low, frozenset(_words(low)), index, ref)


def _sentence_incident(low: str, words: frozenset[bytes], index: int, ref: dt.date | None,
                       opening: bool = False, dates: list[_DatePhrase] | None = None) -> str | None:
    """:func:`sentence_incident` of folded ``low``, whose :func:`_words` are ``words`` (``opening``:
    whether it is the headline or the lede; ``dates``: its date phrases, when read already)."""
    pats = _patterns()
    if index > 0 and pats.separate_gate.allows(words) and pats.separate.search(low):
        return f"bg:x{index}"
    if dates is None:
        dates = _find_dates(low, words)
    if dates and _ASIDE_WORDS.search(low):
        dates = [d for d in dates if not _in_aside(low, d.start)]
    if ref is not None:
        for d in dates:
            key = _background_key(d, ref)
            if key == "":
                continue
            if key is None:
                return MAIN
            return key
    elif dates:
        # undated article: "in January last year" is still before it, at a date we cannot name
        return f"bg:s{index}" if any(d.years_back for d in dates) else None
    if pats.relative_main_gate.allows(words) and pats.relative_main.search(low):
        # "Last month, security forces killed 11 ..., which may have prompted Wednesday's
        # strike": a time phrase that opens the sentence dates it, whatever a clause after names
        head = low.lstrip(" \"'“‘(")
        if index > 0 and any(pattern.match(head) for pattern, _ in pats.relative_bg):
            return _relative_key(head, words, ref, index, opening)
        return MAIN
    return _relative_key(low, words, ref, index, opening)


# one of them is in every clause of ``_aside``
_ASIDE_WORDS = re.compile(r"\b(?:revenge|retaliat|reprisal|retribution|response|reply|aveng|split|broke|splintered|"
                          r"emerged|formed|founded|created|established|set\s+up|designated|banned|proscribed|listed)")


@lru_cache(maxsize=1)
def _aside() -> re.Pattern[str]:
    data = load_data("incident_dates.yaml")
    return any_of([*data["motive_clause"], *data["history_clause"]])


def _in_aside(low: str, start: int) -> bool:
    """Whether the date phrase at ``start`` stands in a clause that gives the motive of the
    sentence's event ("claimed the attack, saying it was revenge for the killing of one of its
    commanders in August") or a group's history ("a faction that split from the group in 2023"):
    it dates that, not the sentence's event."""
    clause_start = max(low.rfind(",", 0, start), low.rfind(";", 0, start)) + 1
    return _aside().search(low, clause_start, start) is not None


# How far before its "after"/"since" an earlier-event clause's match may start ("the deadliest
# attack on the police in the province" ... "since": up to 80 characters between, in the data).
_CLAUSE_REACH = 130


def _occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` occurs in ``text`` (as a substring)."""
    out = []
    at = text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def _earlier_clause(low: str, word_list: list[bytes]) -> tuple[int, int, bool] | None:
    """Where a clause of folded sentence ``low`` tells an earlier event (``earlier_clause``):
    from its cue to a ";", a comma before a quote or a speaker (", police said") or the end; where
    it opens the sentence, to the first comma; and whether it tells the event the sentence's
    attack avenges (the pattern's group ``motive``). None when there is none, when the clause
    would be the whole sentence, or when it names no event (``incident_cues``)."""
    pats = _patterns()
    if not pats.earlier_clause_gate.allows_words(word_list):
        return None
    # Every clause has one of a few words ("after", "since") near its start: the patterns are
    # searched around each of them, not along the whole sentence.
    found = sorted((at, len(w)) for w in pats.earlier_clause_words for at in _occurrences(low, w))
    m = next((m for at, n in found
              if (m := pats.earlier_clause.search(low, max(0, at - _CLAUSE_REACH), at + n + 40)) is not None), None)
    if m is None:
        return None
    group = next(g for g in m.re.groupindex if m.start(g) >= 0)
    start = m.start(group)
    if low[:start].strip(" \"'“‘(-–—"):
        stop = pats.clause_end.search(low, start)
        end = len(low) if stop is None else stop.start()
    else:
        end = low.find(",", start)
        if end < 0:
            return None  # no sentence of its own after it: the sentence is the clause
    if not pats.incident_cue.search(low, start, end):
        return None  # a period or a state, no event: "since the talks began", "days after taking office"
    return start, end, group == "motive"


# ", and in March last year ...", "; in 2019 ...": a clause that opens with a date of its own
_COORDINATED = re.compile(r"(?:,\s*(?:and|while|but|whereas)|;\s*(?:and\s+)?)\s+$")


def _second_dated_clause(low: str, ref: dt.date, index: int) -> tuple[int, int] | None:
    """A coordinated clause that dates another event than the words before it: "Gunmen killed
    nine on Monday, and in June a raid killed 23"; "In September, four policemen were killed,
    and in March last year a bombing killed 14". From its date to the end of the sentence; None
    when there is none."""
    for d in _find_dates(low, frozenset(_words(low))):
        if _COORDINATED.search(low, max(0, d.start - 12), d.start):
            start = d.start
        else:
            # "..., and an attack on a hotel in 2022 left 21 dead": the clause opens at its
            # connector, its date inside it
            joint = None
            for joint in CLAUSE_JOINT.finditer(low, max(0, d.start - 70), d.start):
                pass
            if joint is None or re.search(r"[,;]", low[joint.end():d.start]):
                continue
            start = joint.end()
        key = _background_key(d, ref)
        if not key or not _patterns().incident_cue.search(low, start):
            continue
        head = low[:start]
        if _sentence_incident(head, frozenset(_words(head)), index, ref) != key:
            return start, len(low)
    return None



# a time that points back to an earlier event the sentence names: "put the toll at the time at 23"
_AT_THE_TIME = re.compile(r"\bat (?:the|that) time\b")
# a bracket, up to its end
_BRACKET = re.compile(r"\([^()]{0,160}\)")


def _dated_parenthesis(low: str, ref: dt.date) -> tuple[int, int, bool] | None:
    """A bracket that opens with a date of another event than the sentence's ("the third attack
    in eight months, after Qaydar (June 2025, at least 23 soldiers killed)"): its span, whose
    figures are that event's; None when there is none."""
    for m in _BRACKET.finditer(low):
        inner = m.group(0)
        dates = _find_dates(inner, frozenset(_words(inner)))
        if dates and dates[0].start == 0 and _background_key(dates[0], ref):
            if _DATED_NOUN_BEFORE.search(low, max(0, m.start() - 20), m.start()):
                continue  # "the last comparable communiqué (N°0098, 4 June) gave ...": the subject's date
            return m.start(), m.end(), False
    return None


# a document or an event whose date a bracket right after it gives: the sentence's date
_DATED_NOUN_BEFORE = re.compile(r"\b(?:communiqu[eé]s?|statements?|reports?|bulletins?|releases?|updates?|attacks?|raids?|"
                                r"ambush(?:es)?|bombings?|assaults?|incidents?|massacres?|clash(?:es)?)\s*$")


# casualties told as those of the event named right after: "22 people died in the January attack"
_DIED_IN = re.compile(r"\b(?:died|killed|dead|wounded|injured|hurt|perished|lost\s+their\s+lives)\s+(?:in|during)\s+$")


# The verb of the sentence after a named event in its subject ("Gunmen who staged the June attack
# were killed on Monday"); one after a relative pronoun is the event's own ("the June attack,
# which was claimed by ...")
_MAIN_VERB_AFTER = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would)\b")
_RELATIVE = re.compile(r"\b(?:which|that|who|whom|where|when)\b")


_MONTH_NUMBER = {name.lower(): k for k, name in enumerate(MONTH_NAMES, start=1)}
_MONTH_ALONE = re.compile(rf"\b(?:{'|'.join(_MONTH_NUMBER)})\b(?!\.?\s+\d)")


def _named_event_clause(low: str, dates: list[_DatePhrase], ref: dt.date) -> tuple[int, int] | None:
    """An earlier event named by its date inside a sentence about something else ("The group
    also claimed the June suicide attack on ..., which killed him and two guards"): from the
    phrase to a verb of the sentence after it, a ";", a comma before a quote or a speaker, or the
    end. None when there is none, or when the phrase opens the sentence (it dates the sentence).
    ``dates``: the date phrases of folded ``low``."""
    pats = _patterns()
    for m in pats.named_event.finditer(low):
        # a month alone names its event too: "the group's November attack on a convoy near Téra"
        month = _MONTH_ALONE.search(low, m.start(), m.end())
        if month is not None and not any(m.start() <= d.start < m.end() for d in dates):
            dates = [*dates, _DatePhrase(None, _MONTH_NUMBER[month.group(0)], None, m.start(), m.group(0))]
    for d in dates:
        named = pats.named_event.match(low, d.start)
        if named is None or not low[:d.start].strip(" \"'“‘(-–—"):
            continue
        if not _background_key(d, ref):
            continue  # the main incident's date, or none
        stop = pats.clause_end.search(low, named.end())
        end = len(low) if stop is None else stop.start()
        verb = _MAIN_VERB_AFTER.search(low, named.end(), end)
        if verb is not None and not _RELATIVE.search(low, named.end(), verb.start()):
            end = verb.start()
        if (died := _DIED_IN.search(low, 0, d.start)) is not None:
            # "Civilians pay as well: 22 people died in the January attack on the market": the
            # dead before the phrase are that event's, from the start of their clause
            return max(low.rfind(":", 0, died.start()), low.rfind(";", 0, died.start())) + 1, end
        return d.start, end
    return None


# ", who ...", ", which ...": a relative clause, closed by the next comma or the sentence's end
_RELATIVE_OPEN = re.compile(r",\s+(?=(?:who|which|whose)\b)")


def _dated_relative_clause(low: str, dates: list[_DatePhrase], ref: dt.date) -> tuple[int, int] | None:
    """A relative clause with a date of its own before the main incident's: "Police identified
    the gunman as X, who worked at the warehouse until he was fired on Sept. 22" (his history);
    "the brother of X, who was killed in a raid in June, said". From its pronoun to the next
    comma or the end; None when there is none. ``dates``: the date phrases of folded ``low``."""
    for m in _RELATIVE_OPEN.finditer(low):
        end = low.find(",", m.end())
        end = len(low) if end < 0 else end
        # the clause's first date: the main incident's is no other event
        d = next((d for d in dates if m.end() <= d.start < end), None)
        if d is not None and d.start + len(d.text) <= end and _background_key(d, ref):
            return m.end(), end
    return None


def _may_be_dated(low: str, word_list: list[bytes]) -> bool:
    """The cue gate: False when folded ``low`` (whose words are ``word_list``) has no year and none
    of the words a date phrase needs, so that :func:`_sentence_incident` is None."""
    cue_words = _patterns().cue_words
    return cue_words is None or not cue_words.isdisjoint(word_list) or _has_year(low)


def assign_incidents(doc: Document) -> IncidentScope:
    """Assign every sentence of ``doc`` to the main incident or to a background incident."""
    ref = _reference_date(doc)
    pats = _patterns()
    keys: list[str] = []
    labels: dict[str, str] = {MAIN: "Main incident"}
    dates: dict[str, str | None] = {MAIN: ref.isoformat() if ref else None}
    events: set[str] = set()
    clauses: dict[int, tuple[int, int, str]] = {}
    motives: set[int] = set()
    clause_words = pats.earlier_clause_words
    previous = MAIN
    previous_end = -1
    responses: set[str] = set()  # the incidents of the other side's response (see below)
    told_before = MAIN  # the incident of the last sentence that is no bare paragraph number ("2.")
    response_places: dict[str, str] = {}  # the places the response struck, and its incident
    last_told = None  # the incident of a clause that ended the previous sentence, told last
    figures_of: str | None = None  # the event whose other figures a sentence announced ("The police gave lower figures.")
    lede_seen = False  # whether the lede is behind (the headline and publication lines have no end)
    other_items = False  # inside a digest's section of other events ("OTHER ... ITEMS")
    item_key: str | None = None  # the event of a digest's numbered item dated apart ("3. KABUL -- ... (05 Mar)")
    lede_low = ""  # the headline and the lede, folded: whether the report tells a strike itself
    later_dated: list[int] = []  # main sentences past the lede that name a day (see _later_attacks)
    for sentence in doc.sentences[:4]:
        lede_low += " " + fold(sentence.text)
        if _SENTENCE_END.search(sentence.text):
            break
    for sentence in doc.sentences:
        own = None
        low = fold(sentence.text)
        word_list = _words(low)
        dated = _may_be_dated(low, word_list)
        # (a clause needs one of a few words, as text: most sentences have none)
        # a bracket dated apart first: the rest of the sentence is read without it, whatever
        # other clause it holds
        clause = _dated_parenthesis(low, ref) if dated and ref is not None and "(" in low else None
        for w in clause_words if clause is None else ():
            if w in low:
                clause = _earlier_clause(low, word_list)
                break
        if clause is None and dated and ref is not None and pats.coordinated_date.search(low):
            second = _second_dated_clause(low, ref, sentence.index)
            clause = None if second is None else (*second, False)
        sentence_dates = None  # the date phrases of the whole sentence, read once when needed here
        if clause is None and dated and ref is not None and not pats.event_words.isdisjoint(word_list) \
                and pats.named_event.search(low):
            sentence_dates = _find_dates(low, frozenset(word_list))
            named = _named_event_clause(low, sentence_dates, ref)
            clause = None if named is None else (*named, False)
        if clause is None and dated and ref is not None and (", who" in low or ", which" in low):
            if sentence_dates is None:
                sentence_dates = _find_dates(low, frozenset(word_list))
            relative = _dated_relative_clause(low, sentence_dates, ref)
            clause = None if relative is None else (*relative, False)
        if clause is not None and sentence.index > 0 and pats.separate_gate.allows_words(word_list) \
                and pats.separate.search(low):
            # a sentence that says it tells another event is that event whole, whatever clause
            # it holds ("The strikes, which killed nine, are a response to the attack, not part of it.")
            own, clause = f"bg:x{sentence.index}", None
        if clause is not None:
            # the clause is dated on its own; the rest of the sentence is read without it
            start, end, motive = clause
            if motive:
                motives.add(sentence.index)
            clause_low = low[start:end]
            key = _sentence_incident(clause_low, frozenset(_words(clause_low)), sentence.index, ref)
            if key is None or key == MAIN or key.startswith("bg:x"):
                key = f"bg:c{sentence.index}"  # earlier, at no date it names
            clauses[sentence.index] = (start, end, key)
            if key not in labels:
                labels[key] = _label(key, sentence.text[start:end])
                dates[key] = None if key.startswith(("bg:s", "bg:c")) else key[3:]
            if key not in events and pats.incident_cue.search(clause_low):
                events.add(key)
            low = low[:start] + " " * (end - start) + low[end:]
            word_list = _words(low)
            dated = _may_be_dated(low, word_list)
            if key.startswith("bg:") and _AT_THE_TIME.search(low):
                # "After the June 2025 attack on the base, the group said it had killed 80
                # soldiers; officials put the toll at the time at 23": the whole sentence is of it
                own = key
        words: frozenset[bytes] | None = None  # built only for the sentences that need it
        if dated and own is None:
            words = frozenset(word_list)
            own = _sentence_incident(low, words, sentence.index, ref, not lede_seen,
                                     sentence_dates if clause is None else None)
            if sentence.index == 0 and own is None:
                own = MAIN  # the headline or opening sentence sets the main incident
        if own == MAIN and previous.startswith("bg:x") and _DATE_OPENING.match(low) \
                and "\n" not in doc.text[max(previous_end, 0):sentence.start] \
                and pats.incident_cue.search(low):
            # "In a separate incident on Tuesday, two soldiers were killed in North Waziristan. On
            # Sunday, a policeman was shot dead in Dera Ismail Khan.": the digest goes on with
            # another event of its own day
            own = f"bg:x{sentence.index}"
        own_dated = own is not None
        if own is None:
            same_line = previous != MAIN and "\n" not in doc.text[max(previous_end, 0):sentence.start]
            if same_line and (pats.continuation.search(fold(sentence.text[:40]))
                              or pats.back_reference.search(low)
                              # "Police attributed the killings to a land dispute" after "In
                              # an unrelated incident, two labourers were shot dead"
                              or previous == f"bg:x{sentence.index - 1}" and (
                                  _the_event().search(low)
                                  # "Separately, ... a roadside bomb exploded near a checkpoint in
                                  # Mastung. No one claimed responsibility.": of that bomb
                                  or _NO_CLAIM_YET.match(low)
                                  # "No. That's a separate incident. One man died.": told after it
                                  or len(doc.sentences[sentence.index - 1].text) < 60)
                              # a list item tells one event: "- 21 September 2025: a drone ...
                              # wounding three soldiers. Nobody claimed it."
                              or _ITEM_START.match(doc.text, doc.text.rfind("\n", 0, max(previous_end, 0)) + 1)):
                # an anaphor ("It ...") or a pointer back ("... for that bombing") continues the
                # previous incident within its paragraph
                own = previous
            elif previous != MAIN and _OTHER_FIGURES.match(sentence.text):
                # "The police gave lower figures." (a paragraph after the reprisals' count): the
                # figures of the event just told, and the sentence that gives them
                own = figures_of = previous
            elif (last_told is not None and "\n" not in doc.text[max(previous_end, 0):sentence.start]
                  and (pats.back_reference.search(low)
                       or last_told in events and _names_only_that_event(doc, keys, clauses, sentence))):
                # "It revived memories of the 2014 siege of the Hotel Serakh. Seventeen hostages
                # were killed when troops stormed that building": the pointer is to the event
                # the sentence before ended with
                own = last_told
            else:
                own = MAIN
        if figures_of is not None and own != figures_of:
            if own == MAIN and previous == figures_of and "\n" not in doc.text[max(previous_end, 0):sentence.start]:
                own = figures_of  # the sentence that gives the figures announced, whatever day it names
            figures_of = None
        # (a heading under a rule of dashes the splitter joined to it: "------ ALSO IN THE NEWS")
        bare = low.lstrip("-=_*#~ \t")
        if len(bare) < 80 and any(c.isalpha() for c in bare) and (
                not _SENTENCE_END.search(sentence.text) or _OTHER_ITEMS.match(bare) is not None) \
                and not (other_items and _ITEM_MARK.match(sentence.text)):
            # (an item's own headline under the heading, marked "▶ Two found dead after house
            # fire", is no heading of the page: the section goes on)
            # (a rule of dashes under the heading neither opens nor closes the section)
            # a heading: "OTHER DIYALA / KIRKUK ITEMS", "ELSEWHERE", "IN BRIEF" opens a digest's
            # section of other events; any other heading closes it
            other_items = _OTHER_ITEMS.match(bare) is not None
        # a digest's numbered item after the first ("3." / "KABUL -- GDI RAID ON ALLEGED ISKP CELL
        # (05 Mar)"): its item tells another event, of its own date when it has one; a heading
        # of another kind ("OUTLOOK / ADVICE") ends it
        number = _NUMBERED_HEADING.match(sentence.text) or (
            _NUMBER_ALONE.fullmatch(doc.sentences[sentence.index - 1].text) if sentence.index else None)
        # a heading that says its section tells another event ("4. CASUALTIES - DEIR SAWAN (19
        # APRIL) - SEPARATE INCIDENT"): every sentence under it, whatever its date, to the next heading
        # (its closing bracket is no sentence's end: "... AIR STRIKE (NOT RELATED)")
        apart_heading = sentence.index > 0 and len(low) < 120 \
            and not _SENTENCE_END.search(sentence.text.rstrip().removesuffix(")")) \
            and _APART_HEADING.search(low) is not None
        if apart_heading or number is not None and len(low) < 120 and _DIGEST_HEADING.search(sentence.text) is not None:
            item_key = own if own_dated and own.startswith("bg:") else (
                f"bg:x{sentence.index}" if apart_heading or int(number.group("n")) >= 2 else None)
            if item_key is not None:
                own = item_key
        elif item_key is not None and not _SENTENCE_END.search(sentence.text) and any(c.isalpha() for c in low) \
                and _NUMBER_ALONE.fullmatch(sentence.text) is None:
            item_key = None
        elif item_key is not None and own == MAIN:
            # (dated or not: a later item's day may be the incident's own, "Tuesday's crash of an
            # intercity bus" in an alert led by Tuesday's siege)
            own = item_key
        elif other_items and own == MAIN:
            # each item of such a section is an event of its own; its later sentences go on with it
            if _ITEM_START.match(sentence.text) and "\n" in doc.text[max(previous_end, 0):sentence.start]:
                own = f"bg:x{sentence.index}"
            elif previous.startswith("bg:x") and ("\n" not in doc.text[max(previous_end, 0):sentence.start]
                                                  or not _SENTENCE_END.search(doc.sentences[sentence.index - 1].text)):
                own = previous  # (or the item's text under its headline: "▶ Two found dead ..." / "Firefighters ...")
        if own == MAIN and sentence.index > 0:
            # the other side's response to the attack, told after it ("The Turkish response was
            # swift. ... its aircraft had struck 47 targets in northern Iraq ... the strikes had
            # killed at least 12 civilians"): another event, whatever its date
            opening, more = _response_patterns()
            if ("respon" in low or "retaliat" in low or "reprisal" in low or "pursu" in low or "operation" in low
                    or "later" in low or "afterwards" in low or "cornered" in low or "surrounded" in low
                    or "encircled" in low or "trapped" in low or "tracked" in low or "intercepted" in low
                    or "withdr" in low or "retreat" in low or "fleeing" in low or " fled" in low or "suspect" in low
                    or "struck" in low) \
                    and opening.search(low) \
                    or "strike" in low and _strike_elsewhere().search(low) and not more.search(lede_low):
                own = f"bg:x{sentence.index}"
                responses.add(own)
            elif (previous in responses and "\n" not in doc.text[max(previous_end, 0):sentence.start]
                  # (or the release's next numbered paragraph: "2." / "The strikes, executed at ...")
                  or told_before in responses and sentence.index > 0
                  and _NUMBER_ALONE.fullmatch(doc.sentences[sentence.index - 1].text) is not None) \
                    and more.search(low):
                own = previous if previous in responses else told_before
            elif response_places and _STRIKE_WORD.search(low) \
                    and (told := next((k for p, k in response_places.items() if p in sentence.text), None)):
                # a strike on the place of the response, told again later ("Israel's air strike on
                # Deir Sawan, at about 3:40 p.m., flattened a two-storey building"): that response
                own = told
            if own in responses and own == f"bg:x{sentence.index}":
                for place in _RESPONSE_PLACE.findall(sentence.text):
                    if fold(place) not in lede_low:  # (not the attack's own place)
                        response_places.setdefault(place, own)
        if own != MAIN and own not in labels:
            labels[own] = _label(own, sentence.text)
            dates[own] = None if own.startswith(("bg:s", "bg:x", "bg:c")) else own[3:]
        keys.append(own)
        if own == MAIN and own_dated and lede_seen:
            later_dated.append(sentence.index)
        if _NUMBER_ALONE.fullmatch(sentence.text) is None:
            told_before = own  # the event of the last sentence that is no bare paragraph number
        if (own != MAIN and own not in events
                and pats.incident_gate.allows(frozenset(word_list) if words is None else words)
                and pats.incident_cue.search(low)):
            events.add(own)
        previous = own
        clause = clauses.get(sentence.index)
        last_told = clause[2] if clause is not None and clause[2] != own \
            and not sentence.text[clause[1]:].strip(" .!\"”’')") else None
        previous_end = sentence.end
        if not lede_seen:
            lede_seen = _SENTENCE_END.search(sentence.text) is not None
    scope = IncidentScope(keys, labels, dates, events, clauses, motives)
    if later_dated and ref is not None:
        _later_attacks(doc, scope, later_dated, ref)
    return scope


_NAME_WORD = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{3,}\b")


def _names_only_that_event(doc: Document, keys: list[str], clauses: dict[int, tuple[int, int, str]],
                           sentence: Sentence) -> bool:
    """Whether ``sentence`` names something (a ship, a village) that only the earlier event the
    sentence before ended with has named: "... since November, when the Houthis sank the bulk
    carrier Leontios, killing four. Eleven of the Leontios seafarers are still held"."""
    index = sentence.index
    start, end, _ = clauses[index - 1]
    before = doc.sentences[index - 1].text
    names = {n for n in set(_NAME_WORD.findall(sentence.text)) & set(_NAME_WORD.findall(before[start:end]))
             if n.lower() not in WEEKDAYS and n not in MONTH_NAMES}
    if names:
        from .places import is_country_or_big_city  # (the gazetteer loads only for such sentences)

        # (not a country or a region, which many events share: "crossed into Afghanistan")
        names = {n for n in names if not is_country_or_big_city(n)}
    if not names:
        return False
    told = " ".join([before[:start], *(s.text for s in doc.sentences[:index - 1] if keys[s.index] == MAIN)])
    return any(name not in told for name in names)


# an attack told as a deed of its own, not in a relative clause about the attackers ("the gunmen
# who attacked the village fled on Friday")
# (nor one a claim or a statement tells, "Amaq published a claim saying its fighters had attacked")
_ATTACK_DEED = re.compile(r"(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)(?<!\bhad\s)(?<!\bhave\s)(?<!\bhas\s)\b(?:attacked|ambushed|raided|stormed|bombed|shelled|"
                          r"overran|torched|opened\s+fire\s+on|set\s+fire\s+to)\b")


# the fight told just before: "were neutralised in the exchange of fire"
_THE_FIGHT = re.compile(r"\bthe\s+(?:exchange\s+of\s+fire|gunfight|gun\s+battle|encounter|clash|firefight|shoot-?out)\b")
# a date alone that opens a sentence: "On Thursday, 19 March", "Early on Friday"
_LEADING_DATE = re.compile(r"\W*(?:(?:early|late)\s+)?(?:on|by|at\s+dawn\s+on)\s+(?:the\s+)?(?:[\w\-]+[\s,]+){0,3}?[\w\-]+\W*",
                           re.IGNORECASE)
_NO_CLAIM_YET = re.compile(r"\W*(?:no\s+one|nobody|no\s+group)\s+(?:has\s+|had\s+)?(?:yet\s+|immediately\s+)?claimed\b[^.;]{0,40}[.!]?\s*$")
_LATER_CLASH = re.compile(r"\b(?:neutrali[sz]ed|killed|shot\s+dead)\b[^.;]{0,80}?\bin\s+an?\s+(?:[a-z\-]+\s+)?"
                          r"(?:gunfight|gun\s+battle|clash|firefight|shoot-?out|raid|encounter)\b"
                          # "a joint DRG-CoBRA team clashed with Maoists in the Kerlapal hills"
                          r"|\b(?:clashed|exchanged\s+fire|traded\s+fire)\s+with\b"
                          # "the Houthis said they had launched drones towards Jizan on Wednesday"
                          r"|\blaunched\s+(?:[a-z\-]+\s+){0,2}?(?:drones|missiles|rockets|strikes|air\s*strikes|airstrikes)\s+"
                          r"(?:at|towards|toward|on|against|into)\b")
# an earlier deed of its own: "the massacre committed by the army's drone aircraft"
_DEED_NOUN = re.compile(r"\b(?:massacre|attack|strike|air\s*strike|airstrike|bombing|ambush|raid|shelling)\s+"
                        r"(?:committed|carried\s+out|perpetrated|launched|staged)\b", re.IGNORECASE)
# the place of such a deed: "in the market of Kabkabiya", "in Kabkabiya"
_PLACE_ELSEWHERE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+(?:[a-z]+\s+){1,2}?of\s+)?((?-i:[A-Z][\w’'\-]{3,}))")
# one of them is in every sentence either pattern reads (a test before the patterns)
_DEED_WORDS = ("attacked", "ambushed", "raided", "stormed", "bombed", "shelled", "overran", "torched", "opened fire",
               "set fire", "launched", "gunfight", "gun battle", "clash", "firefight", "shoot", "raid", "encounter",
               "committed", "carried out", "perpetrated")
_TELLS = re.compile(r"\b(?:said|says|saying|told|claim|claims|claimed|claiming|statement|announced|reported|alleged)\b")


def _later_attacks(doc: Document, scope: IncidentScope, candidates: list[int], ref: dt.date) -> None:
    """Move to an event of its own an attack told past the lede on a later day than the one the
    lede gives the main incident ("On 18 January, gunmen attacked the village of T., killing nine"
    in a report of the 15 January massacre), with the sentences of its paragraph that point back
    to it ("Nobody has claimed that attack."). Later days of the main incident's own story (bodies
    found, a death in hospital, a statement) name no new attack and stay."""
    # (the main incident's date is read only for a report with such a deed past its lede)
    folded = {index: fold(doc.sentences[index].text) for index in candidates}
    folded = {index: low for index, low in folded.items() if any(w in low for w in _DEED_WORDS)
              and (_ATTACK_DEED.search(low) is not None or _LATER_CLASH.search(low) is not None
                   or _DEED_NOUN.search(low) is not None)}
    if not folded:
        return
    main = main_incident_date(doc, scope, ref)
    if main is None or main.precision != "day":
        return
    main_day = dt.date.fromisoformat(main.date)
    pats = _patterns()
    # (the sentences up to the one that dates the main incident: where its place is named)
    told = main.evidence.sentence_index + 1 if main.evidence is not None else 2
    lede = " ".join(s.text for s in doc.sentences[:told])
    for index, low in folded.items():
        if scope.of_sentence[index] != MAIN or main.evidence is not None and index == main.evidence.sentence_index:
            continue
        sentence = doc.sentences[index]
        deed = _ATTACK_DEED.search(low)
        if deed is None or _TELLS.search(low, 0, deed.start()):
            # (a clash of its own told by the side that fought it: "On Wednesday, rangers said they
            # had 'neutralised' two suspected militants in a gunfight at a hut in the forest")
            deed = _LATER_CLASH.search(low) or _DEED_NOUN.search(low)
            if deed is None:
                continue
        days: list[tuple[dt.date, int, int]] = []
        stated = _stated_date(low, ref)
        if stated is not None and stated[1] == "day":
            d = stated[2]
            days.append((dt.date.fromisoformat(stated[0]), d.start, d.start + len(d.text)))
        relative = _relative_day(low, ref)
        if relative is not None:
            days.append(relative)
        later = [(day, start, end) for day, start, end in days if day > main_day]
        earlier = [(day, start, end) for day, start, end in days if day < main_day]
        if any(day == main_day for day, _, _ in days) or not later and not earlier:
            continue
        _, start, end = (later or earlier)[0]
        clause = _clause_of(sentence.text, start, end)
        if _LEADING_DATE.fullmatch(clause):
            # "On Thursday, 19 March, two days after the ambush, a team clashed with ...": a date
            # that opens the sentence dates its main clause
            clause = sentence.text
        if later:
            if _ATTACK_DEED.search(clause.lower()) is None and _LATER_CLASH.search(clause.lower()) is None:
                continue
        elif not (_DEED_NOUN.search(sentence.text) and _PLACE_ELSEWHERE.search(sentence.text)
                  and all(p not in lede for p in _PLACE_ELSEWHERE.findall(sentence.text))):
            # an earlier day only for a deed told with a place the lede does not name ("the
            # massacre committed by the army's drones on Thursday in the market of Kabkabiya"),
            # not a siege's first day ("the gunmen stormed the hotel on Monday")
            continue
        key = f"bg:x{index}"
        scope.of_sentence[index] = key
        scope.labels[key] = _label(key, sentence.text)
        scope.dates[key] = None
        scope.events.add(key)
        end_of = sentence.end
        for follow in doc.sentences[index + 1:]:
            if scope.of_sentence[follow.index] != MAIN or "\n" in doc.text[end_of:follow.start] \
                    or not (pats.back_reference.search(low_follow := fold(follow.text))
                            # (a later clash's own words: "... were neutralised in the exchange of fire")
                            or _LATER_CLASH.search(low) and _THE_FIGHT.search(low_follow)):
                break
            scope.of_sentence[follow.index] = key
            end_of = follow.end


@lru_cache(maxsize=1)
def _the_event() -> re.Pattern[str]:
    """"the killings", "the shooting": an event noun after "the", which after a sentence that
    opens another incident ("In an unrelated incident, two labourers were shot dead ...") points
    back to that incident, not to the main one."""
    nouns = load_data("incident_dates.yaml")["back_reference"]["nouns"]
    return re.compile(rf"\bthe\s+(?:[a-z’'\-]+\s+)?(?:{alternation([str(n) for n in nouns])})\b")


@lru_cache(maxsize=1)
def _response_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``response_event`` of incident_dates.yaml: the sentence that opens the other side's
    response to the attack, and the words of the sentences that go on telling it."""
    spec = load_data("incident_dates.yaml")["response_event"]
    return any_of(spec["opening"]), any_of(spec["continues"])


def response_opening() -> re.Pattern[str]:
    """The pattern of a sentence that opens the other side's response to the attack (on folded
    text): "Hours later Israeli warplanes struck ...", "in retaliation, jets bombed ..."."""
    return _response_patterns()[0]


@lru_cache(maxsize=1)
def _strike_elsewhere() -> re.Pattern[str]:
    """``response_event.strike_elsewhere`` of incident_dates.yaml."""
    return any_of(load_data("incident_dates.yaml")["response_event"]["strike_elsewhere"])


# a digest's heading over other events, and the bullet that starts each of its items
# (numbered, and with its period: "2. OTHER INCIDENTS (previous 72 hours)")
_OTHER_ITEMS = re.compile(r"\W*(?:\d{1,2}[.)]\s*|item\s+\d{1,2}\s*[-–—:.]\s*)?(?:other\b.{0,60}\b(?:items|news|incidents|developments|events|attacks)|elsewhere|"
                          r"in\s+brief|briefly|news\s+in\s+brief|also\s+in\s+the\s+news|round-?up|"
                          # "ALSO TODAY", "IN OTHER NEWS"
                          r"also\s+(?:today|tonight|this\s+(?:morning|afternoon|evening|week))|in\s+other\s+news|"
                          # "ALSO ON THE LEDGER TODAY", "RELATED STORIES", "MORE NEWS", "TOP STORIES"
                          r"also\s+(?:on|in|at|from)\s+(?:[\w'’\-]+\s+){0,3}?(?:today|this\s+week)|"
                          r"related\s+(?:stories|news|articles|coverage|reports|links)|(?:more|top|latest|other)\s+"
                          r"(?:news|stories|headlines)|you\s+may\s+also\s+like|read\s+(?:more|also))(?:\s*\([^()]{1,40}\))?\W*$")
_NUMBERED_HEADING = re.compile(r"\s*(?P<n>\d{1,2})[.)]\s+\S")
_NUMBER_ALONE = re.compile(r"\s*(?P<n>\d{1,2})[.)]\s*")
# a digest item's heading: "PLACE -- WHAT HAPPENED (date)"
_DIGEST_HEADING = re.compile(r"\S\s+(?:--|—|–|\|)\s+\S")
# a sentence that opens with its own day: "On Sunday, ...", "Earlier on Monday, ...", "Last Friday ..."
_DATE_OPENING = re.compile(r"\W*(?:(?:earlier|later|also)\s+)?(?:on\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
                           r"saturday|sunday)\b")
_ITEM_START = re.compile(r"\s*(?:[-–•*▪·▶►▸◆■]|\d{1,2}[.)])\s")
# the mark before a listed item's headline: "▶ Two people found dead after house fire"
_ITEM_MARK = re.compile(r"\s*[▶►▸•■▪·◆*]\s*\S")
# the place a response struck: "the southern Lebanese village of Deir Sawan"
_RESPONSE_PLACE = re.compile(r"\b(?:village|town|city|district|camp|area|neighbourhood|suburb|hamlet)\s+of\s+"
                             r"((?:al-|el-)?[A-Z][\w’'\-]+(?:\s+(?:al-|el-)?[A-Z][\w’'\-]+){0,2})")
_STRIKE_WORD = re.compile(r"\b(?:air\s*strikes?|airstrikes?|strikes?|struck|raids?|bombed|bombing|shelled|shelling)\b")
# a sentence that sets other figures against the event just told: "The police gave lower figures."
_OTHER_FIGURES = re.compile(r"\W*(?:the\s+|but\s+the\s+)?(?:[\w’'\-]+\s+){0,4}?(?:gave|give|gives|reported|cited|had|has|put\s+out)\s+"
                            r"(?:much\s+|far\s+|slightly\s+|considerably\s+)?(?:lower|higher|different|smaller|larger)\s+"
                            r"(?:figures?|tolls?|numbers?|counts?|tallies)\s*[.:]", re.IGNORECASE)
_APART_HEADING = re.compile(r"\b(?:separate|unrelated|other|different|second)\s+(?:incidents?|events?|attacks?|strikes?)\W*$"
                            # "2. DUHOK / AMEDI - TURKISH AIR STRIKE (NOT RELATED)"
                            r"|[(\-–—]\s*(?:not\s+related|unrelated|not\s+linked|unconnected|separate)\W*$")

# The incident's own date is given in the lede, its first sentences (not counting the lines
# without a sentence's end: a title, a publication line, headings and bullet points); a date deep
# in the text (a footnote, a decree) is far more often something else.
LEDE_SENTENCES = 6
_SENTENCE_END = re.compile(r"[.!?:;\"”’')\]]\s*$")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "LIMA, 9 JAN 90 (EFE) --": the filing date of a dateline, not the incident's date.
_DATELINE_TAIL = re.compile(r"\s*(?:\([^)]{1,40}\))?\s*(?:--|—|–|-\s)")
# ... and, at a sentence's start, the other ends of a dateline: "Tepetates, Gto., March 10, 2025.-",
# "KELORA, October 17: ..."
_DATELINE_TAIL_AT_START = re.compile(r"\s*(?:\([^)]{1,40}\))?\s*(?:\.-|:\s)")


# the time of what is known, not of the event: "By Friday, local sources put the toll at ...",
# "as of Tuesday evening"
_STATUS_TIME = re.compile(r"\b(?:[Bb]y|[Aa]s\s+of|[Uu]ntil|[Tt]ill)\s+(?:late\s+|early\s+|the\s+end\s+of\s+)?$")


def _of_statement(sentence: str, start: int, end: int) -> bool:
    """True when the date phrase at ``start:end`` dates a statement ("said on Wednesday"), a claim,
    a death after the event ("died in hospital on Saturday") or what is known by then ("By Friday,
    local sources put the toll at 17")."""
    pats = _patterns()
    return bool(pats.statement_before.search(sentence[max(0, start - 40):start])
                or _STATUS_TIME.search(sentence, max(0, start - 24), start)
                or pats.statement_after.match(sentence, end)
                or pats.claim_before.search(sentence[max(0, start - 100):start])
                or pats.later_death.search(sentence[max(0, start - 100):start]))


# a weekday dated by its day number: "on the morning of Monday 2 February" (the date tells it)
_DAY_NUMBER_AFTER = re.compile(r",?\s+(?:the\s+)?\d{1,2}\b")
# (after a dateline too: "KIZILYURT, 7 March 2026 - Four days after gunmen attacked the post, ...")
_DAYS_AFTER_OPENING = re.compile(r"(?:[^.—–]{1,60}?\s(?:—|–|--|-)\s)?\W*(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+after\b")


def _relative_day(sentence: str, ref: dt.date) -> tuple[dt.date, int, int] | None:
    """The day a relative phrase of ``sentence`` points to, counted back from ``ref``, and where
    the phrase starts and ends."""
    pats = _patterns()
    candidates: list[tuple[int, dt.date, re.Match[str]]] = []
    for pattern, offset in pats.main_day_offsets:
        m = pattern.search(sentence)
        if m:
            candidates.append((m.start(), ref - dt.timedelta(days=offset), m))
            break  # the list is ordered so that "the day before yesterday" wins over "yesterday"
    # "Two days after insurgents swept through its market, Macomia was still burying its dead on
    # Wednesday": the event is that many days before the weekday told
    opening = _DAYS_AFTER_OPENING.match(sentence)
    for m in pats.weekday.finditer(sentence):
        back = (ref.weekday() - WEEKDAYS.index(m.group("weekday"))) % 7
        if opening is not None and m.start() > opening.end() and pats.incident_cue.search(sentence, 0, m.start()) \
                and ":" not in sentence[opening.end():m.start()] \
                and not pats.possessive_event.match(sentence, m.end()) and not _DAY_NUMBER_AFTER.match(sentence, m.end()) \
                and back != (_COUNTS.get(opening.group("n")) or int(opening.group("n"))):
            # (not "Three days after gunmen stopped the train, the outline of Tuesday's attack is
            # clear": that weekday is the event's own; nor a weekday that many days before the
            # report, "Three days after gunmen attacked the bus, ... than it was on Sunday night"
            # written on Wednesday)
            back += _COUNTS.get(opening.group("n")) or int(opening.group("n"))
            return ref - dt.timedelta(days=back), opening.start("n"), m.end()
        if back == 0 and m.group("last"):
            back = 7
        if pats.possessive_event.match(sentence, m.end()):
            # "claimed Thursday's attack ... on Saturday": the event's own day, whatever else
            # the sentence dates
            return ref - dt.timedelta(days=back), m.start(), m.end()
        earlier = pats.days_earlier.search(sentence, m.end())
        if earlier is not None and pats.incident_cue.search(sentence, m.end(), earlier.start()):
            # "mourners gathered on Wednesday for a constable who was killed at the terminal a day
            # earlier": the weekday dates the funeral, the event told after it is days before
            back += _COUNTS.get(earlier.group("n")) or int(earlier.group("n"))
            return ref - dt.timedelta(days=back), m.start(), earlier.end()
        apart = pats.days_from_event.match(sentence, m.end())
        if apart is not None:
            # "bodies were found on Wednesday, a day after the raid": the raid's day is counted
            # from the weekday, which dates something else
            days = _COUNTS.get(apart.group("n")) or int(apart.group("n"))
            back += days if apart.group("dir") == "after" else -days
            if back >= 0:
                return ref - dt.timedelta(days=back), m.start(), apart.end()
            continue
        candidates.append((m.start(), ref - dt.timedelta(days=back), m))
    candidates = sorted((c for c in candidates if not _of_statement(sentence, c[2].start(), c[2].end())),
                        key=lambda c: c[0])
    if opening is not None and pats.incident_cue.search(sentence, opening.end(), opening.end() + 80) \
            and not any(c[0] < opening.end() + 80 and ":" not in sentence[opening.end():c[0]] for c in candidates):
        # "Four days after gunmen attacked the post, the official story appears complete: ... on
        # Thursday": the event is that many days before the report (the weekday told later is another's)
        n = opening.group("n")
        return ref - dt.timedelta(days=_COUNTS.get(n) or int(n)), opening.start("n"), opening.end()
    if not candidates:
        return None
    if len({c[1] for c in candidates}) > 1:
        # "Grief reigned on Wednesday in the village, a day after residents buried the victims of
        # the attack on the night of Monday to Tuesday": the day told in the clause of the event
        told = [c for c in candidates if pats.incident_cue.search(_clause_of(sentence, c[2].start(), c[2].end()))]
        candidates = told or candidates
    _, day, m = candidates[0]
    return day, m.start(), m.end()


_CLAUSE_BREAK = re.compile(r"[,;:]")


def _clause_of(sentence: str, start: int, end: int) -> str:
    """The clause of ``sentence`` around the phrase at ``start:end``: between the commas,
    semicolons or colons nearest it; a phrase that opens the sentence before its comma ("On
    Monday, gunmen attacked") takes the clause after it too."""
    before = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
    after = _CLAUSE_BREAK.search(sentence, end)
    stop = after.start() if after else len(sentence)
    if after and not sentence[before:start].strip(" \"“'‘(") and len(sentence[end:stop].split()) <= 2:
        later = _CLAUSE_BREAK.search(sentence, after.end())
        stop = later.start() if later else len(sentence)
    return sentence[before:stop]


def _stated_date(sentence: str, ref: dt.date | None) -> tuple[str, str, _DatePhrase] | None:
    """An absolute date phrase of ``sentence`` that dates the main incident: (ISO, precision, phrase)."""
    for d in find_dates(sentence):
        if _DATELINE_TAIL.match(sentence, d.start + len(d.text)) or (
                d.start < 60 and _DATELINE_TAIL_AT_START.match(sentence, d.start + len(d.text))):
            continue
        if _of_statement(sentence, d.start, d.start + len(d.text)):
            continue
        if d.month is None:
            continue  # a bare year dates nothing to the day
        year = d.year
        if year is None:
            if ref is None:
                continue
            year = _month_year(d, ref)
        if ref is not None and _background_key(_DatePhrase(year, d.month, d.day, d.start, d.text), ref) is not None:
            continue
        if d.day is not None:
            try:
                return dt.date(year, d.month, d.day).isoformat(), "day", d
            except ValueError:
                continue
        return f"{year:04d}-{d.month:02d}", "month", d
    return None


# a wire story's note on what its update adds ("Updates with defence ministry communique from
# paragraph 6, adds background on Wednesday's roadside bomb"): it dates no incident
_UPDATE_NOTE = re.compile(r"\W*(?:\(\s*)?(?:updates|adds|recasts|corrects|refiles|rewrites|re-?tops|writes\s+through)\b"
                          r"[^.]{0,200}?\b(?:with|background|paragraphs?|paras?|quotes?|details?|byline|dateline|headline|toll)\b",
                          re.IGNORECASE)


def main_incident_date(doc: Document, scope: IncidentScope, ref: dt.date | None = None) -> IncidentDate | None:
    """When ``doc`` says its main incident happened: the first main-incident sentence of the lede with a
    stated date ("on 6 November") or a phrase relative to the publication date or dateline
    ("on Wednesday", "yesterday", "on the eve"). Dates of statements ("said on Wednesday") and
    of the dateline itself are not incident dates. None when the text does not date it.
    (``ref``: the document's reference date, when read already.)"""
    ref = ref or _reference_date(doc)
    anchor = "publication date" if doc.published else "dateline date"
    month_only: IncidentDate | None = None
    lede = 0
    for sentence in doc.sentences:
        if lede == LEDE_SENTENCES:
            break
        if _SENTENCE_END.search(sentence.text):
            lede += 1
        if scope.incident_of(sentence.index) != MAIN or _UPDATE_NOTE.match(sentence.text):
            continue
        text = fold(sentence.text)
        if not _patterns().incident_cue.search(text):
            continue
        stated = _stated_date(text, ref)
        if stated is not None:
            iso, precision, d = stated
            found = IncidentDate(iso, precision, f"stated: '{sentence.text[d.start:d.start + len(d.text)].strip()}'",
                                 Evidence(doc.article_id, sentence.text, sentence.start + d.start,
                                          sentence.start + d.start + len(d.text), sentence.index))
            if precision == "day":
                return found
            month_only = month_only or found
        if ref is None:
            continue
        relative = _relative_day(text, ref)
        if relative is not None:
            day, start, end = relative
            words = sentence.text[start:end].split()
            # a weekday and a count of days far after it are quoted by their ends
            phrase = " ".join(words) if len(words) <= 8 else " ".join(words[:2]) + " … " + " ".join(words[-3:])
            return IncidentDate(day.isoformat(), "day",
                                f"'{phrase}' counted back from the {anchor} {date_words(ref.isoformat())}",
                                Evidence(doc.article_id, sentence.text, sentence.start + start,
                                         sentence.start + end, sentence.index))
    return month_only


@lru_cache(maxsize=1)
def _under_way() -> re.Pattern[str]:
    return any_of(load_data("incident_dates.yaml")["under_way"])


def still_under_way(doc: Document, scope: IncidentScope) -> Evidence | None:
    """The first main-incident sentence of ``doc`` that tells the incident as still going on when
    it was written ("gunmen are still holed up on the upper floors", "the siege entered its second
    day"), or None: such a report's figures are provisional."""
    pattern = _under_way()
    low = fold(doc.text)  # (offsets of the fold are the text's)
    for sentence in doc.sentences:
        if scope.incident_of(sentence.index) != MAIN:
            continue
        m = pattern.search(low, sentence.start, sentence.end)
        if m is not None:
            return Evidence(doc.article_id, sentence.text, m.start(), m.end(), sentence.index,
                            doc.text[m.start():m.end()])
    return None
