"""Attribution analysis: which group, blamed by whom, on what basis, claimed or not, how sure.

Sentence by sentence, a *stance cue* from ``data/attribution_cues.yaml`` ("claimed
responsibility", "has not taken responsibility", "blamed ... on", "X guerrillas attacked",
"killed by X") is attached to the nearest group name on the cue's side (``groups.find_groups``,
or an anaphor such as "the group" resolved to the last group named). Hedges ("said to be",
"probably", "possibly") weaken reported facts and accusations; the speaker ("the Tajik
authorities said", "according to official reports from Dushanbe", "In my opinion") says who
makes the statement; a basis ("interrogation", "via its Amaq news agency", "style") says what it
rests on. Each statement keeps its incident (from the :class:`incidents.IncidentScope`), so a
background incident's claim never becomes the main incident's.

The main-incident summary picks the group with the strongest statements and grades it on the
MUC-4 perpetrator-confidence scale.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple, Protocol

from .groups import (
    canonical_group, casualty_party, document_acronyms, find_groups, group_kind, is_caps_text, is_country_force, is_known_group, is_unnamed_group,
    joint_label,
    joint_members, spells_name_before,
)
from .model import MAIN, AttributionStatement, AttributionSummary, Evidence, NamedAttacker
from .numbers import word_value
from .paths import load_data
from .text import VERSION_NOTE, Document, Sentence, any_of

# MUC-4 perpetrator confidence scale.
CLAIMED = "CLAIMED OR ADMITTED"
FACT = "REPORTED AS FACT"
ACCUSED_BY_AUTHORITIES = "SUSPECTED OR ACCUSED BY AUTHORITIES"
ACCUSED = "SUSPECTED OR ACCUSED"
POSSIBLE = "POSSIBLE"

STANCES = (
    "claimed", "admitted", "attributed", "suspected", "possible", "denied", "not_claimed", "reported",
    "withdrawn",
)
# stances that support no "this group did it": a denial, no claim, an accusation the text tells
# as superseded ("who had initially blamed X")
UNSUPPORTIVE = ("denied", "not_claimed", "withdrawn")
# How much a statement supports "this group did it" when choosing the main group.
_WEIGHT = {
    "claimed": 6.0, "admitted": 6.0, "reported": 3.0, "attributed": 4.0, "suspected": 3.5,
    "possible": 2.0, "denied": 1.0, "not_claimed": 1.0, "withdrawn": 0.5,
}
AUTHOR = "the author"
THE_GROUP = "the group"
UNNAMED_OFFICIALS = "unnamed officials"
HEADLINE = "the headline"


class _Scope(Protocol):
    def incident_of(self, sentence_index: int) -> str: ...

    def incident_at(self, sentence_index: int, offset: int) -> str: ...

    def in_motive(self, sentence_index: int, offset: int) -> bool: ...


@dataclass
class AttributionResult:
    """Every attribution statement of a document plus the main-incident summary."""

    statements: list[AttributionStatement] = field(default_factory=list)
    summary: AttributionSummary = field(default_factory=AttributionSummary)


@dataclass(frozen=True)
class _Cue:
    stance: str
    side: str  # before / after / either
    max_gap: int
    no_group: bool
    pattern: re.Pattern[str]
    names: bool = True  # may an unlisted capitalised name next to it be the group
    active: bool = False  # an active deed verb: the group before it must be its subject
    relayed: bool = False  # the claim named as a noun ("X's claim"): reported by someone else
    state_only: bool = False  # only a state force heading its noun phrase is the doer
    name_after: bool = False  # an unlisted name may follow the cue directly


@dataclass(frozen=True)
class _Rules:
    cues: list[_Cue]
    hedges: dict[str, list[re.Pattern[str]]]
    hedge_exceptions: re.Pattern[str]
    doubted_claimants: re.Pattern[str]
    known_deed_passive: re.Pattern[str]
    hedged_perpetrators: re.Pattern[str]
    sources: list[re.Pattern[str]]
    cased_sources: list[re.Pattern[str]]  # read only in mixed-case text: they need capitals
    official_words: set[str]
    outlet_words: set[str]
    outlet_override: list[str]
    generic_officials: set[str]
    institution_speakers: set[str]
    subject_fillers: re.Pattern[str]
    discourse_adverbs: set[str]
    bases: list[tuple[str, list[re.Pattern[str]]]]
    claim_channels: re.Pattern[str]
    issuer_outlets: dict[str, str]
    first_person_deeds: list[re.Pattern[str]]
    anaphors: list[re.Pattern[str]]
    affiliation: list[re.Pattern[str]]
    claim_content: re.Pattern[str]
    header_markers: list[re.Pattern[str]]
    distancing: list[re.Pattern[str]]
    object_prepositions: re.Pattern[str]
    agent_stopwords: set[str]
    not_agent_heads: set[str]
    membership: re.Pattern[str]
    reduced_relative: re.Pattern[str]
    response_markers: list[re.Pattern[str]]
    response_subject: re.Pattern[str]
    subject_gap_blockers: re.Pattern[str]
    speech_verbs: re.Pattern[str]
    negated_before: re.Pattern[str]
    person_roles: list[str]
    place_heads: list[str]
    not_place_words: set[str]
    perpetrator_nouns: re.Pattern[str]
    definite_deed: re.Pattern[str]
    patron_of_next: re.Pattern[str]
    clause_breaks: re.Pattern[str]
    counted_before: re.Pattern[str]
    other_deed: re.Pattern[str]
    deed_homographs: set[str]
    noun_context: re.Pattern[str]
    negated_deed: re.Pattern[str]
    decoy_claim: re.Pattern[str]
    passive_before: re.Pattern[str]
    participle_after: re.Pattern[str]
    participle_object: re.Pattern[str]
    ordnance_disposal: re.Pattern[str]
    agentless_by: re.Pattern[str]
    document_before: re.Pattern[str]
    two_sided: re.Pattern[str]
    unasserted_before: re.Pattern[str]
    asserted_to_heads: set[str]
    accused_deed_object: re.Pattern[str]
    accused_other_deed: re.Pattern[str]
    accuser_gap: re.Pattern[str]
    state_head_after: re.Pattern[str]
    not_deed_objects: re.Pattern[str]
    state_modifier: re.Pattern[str]  # "military training": a state force's word as an adjective
    not_deed_seizures: re.Pattern[str]  # "troops seized nine assault rifles": no attack
    series_deed: re.Pattern[str]
    habitual: re.Pattern[str]
    series_dated: re.Pattern[str]
    rejected_reports: re.Pattern[str]
    superseded_before: re.Pattern[str]
    person_descriptors: re.Pattern[str]
    earlier_deed: re.Pattern[str]
    victim_patterns: list[_TokenPattern] = field(default_factory=list)
    victim_exceptions: list[_TokenPattern] = field(default_factory=list)
    coordination: re.Pattern[str] = re.compile("(?!)")


# --- token patterns (spaCy Matcher style) ----------------------------------------------------

# Words (hyphenated words whole), the possessive "'s" and single punctuation marks.
_WORD = re.compile(r"['’]s\b|[^\W_]+(?:-[^\W_]+)*|[^\w\s]")
_ANY_MAX = 8  # "*" and "+" stop after this many tokens


@dataclass(frozen=True)
class _TokenSpec:
    words: frozenset[str] | None  # lower-case forms it accepts; None for any token
    least: int
    most: int


@dataclass(frozen=True)
class _TokenPattern:
    before: tuple[_TokenSpec, ...]  # specs before GROUP, nearest first
    after: tuple[_TokenSpec, ...]  # specs after GROUP, nearest first


def _token_form(word: str) -> str:
    return word.lower().replace("’", "'")


def _word(value: object) -> str:
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        # YAML reads a bare on / no / yes as a boolean: such words must be quoted
        raise ValueError(f"token pattern word {value!r} is not a string")
    return str(value)


def _token_spec(raw: dict[str, Any], sets: dict[str, frozenset[str]]) -> _TokenSpec:
    words: frozenset[str] | None = None
    if "IN" in raw:
        value = raw["IN"]
        words = sets[value] if isinstance(value, str) else frozenset(_token_form(_word(w)) for w in value)
    elif "LOWER" in raw or "ORTH" in raw:
        words = frozenset({_token_form(str(raw.get("LOWER", raw.get("ORTH"))))})
    op = str(raw.get("OP", ""))
    bounds = {"": (1, 1), "?": (0, 1), "*": (0, _ANY_MAX), "+": (1, _ANY_MAX)}.get(op)
    if bounds is None:
        m = re.fullmatch(r"\{(\d+),(\d+)\}", op)
        if not m:
            raise ValueError(f"unknown OP {op!r} in a token pattern")
        bounds = (int(m.group(1)), int(m.group(2)))
    return _TokenSpec(words, *bounds)


def _token_patterns(raw: dict[str, Any], key: str) -> list[_TokenPattern]:
    """Compile the token patterns ``raw[key]`` around a ``GROUP`` placeholder, their word sets
    named in ``raw["sets"]``."""
    sets = {str(k): frozenset(_token_form(_word(w)) for w in v) for k, v in raw["sets"].items()}
    out = []
    for pattern in raw[key]:
        at = pattern.index("GROUP")
        before = tuple(_token_spec(p, sets) for p in reversed(pattern[:at]))
        after = tuple(_token_spec(p, sets) for p in pattern[at + 1 :])
        out.append(_TokenPattern(before, after))
    return out


def _match_specs(specs: tuple[_TokenSpec, ...], words: list[str], i: int = 0) -> bool:
    """True when ``specs`` match ``words`` from ``i`` on (greedy, with backtracking)."""
    if not specs:
        return True
    spec, rest = specs[0], specs[1:]
    n = 0
    while n < spec.most and i + n < len(words) and (spec.words is None or words[i + n] in spec.words):
        n += 1
    return any(_match_specs(rest, words, i + k) for k in range(n, spec.least - 1, -1))


def _pattern_at(pattern: _TokenPattern, before: list[str], after: list[str]) -> bool:
    """True when ``pattern`` matches around a span: ``before`` holds the words before it,
    nearest first, ``after`` the words after it."""
    return _match_specs(pattern.before, before) and _match_specs(pattern.after, after)


def _coordination(raw: dict[str, Any]) -> re.Pattern[str]:
    """What may stand between two groups that act together: "X and Y", "X, Y and Z", "members
    of X and four members of Y", "X guerrillas, the Y and the Z", "X with assistance from Y" (a
    named group ``conj*`` when more than a comma joins them)."""
    nouns = "|".join(re.escape(str(w)) for w in raw["people_nouns"])
    helps = "|".join(re.escape(str(w)) for w in raw["help_nouns"])
    return re.compile(
        rf"(?:\s+(?:{nouns}))?\s*(?:,\s*(?P<conj>and\s+|&\s+)?|\s+(?P<conj2>and|&)\s+"
        rf"|\s+(?P<conj3>with)\s+(?:the\s+)?(?:\w+\s+)?(?:{helps})\s+(?:of|from)\s+)"
        rf"(?:both\s+)?(?:the\s+)?(?:(?:[\w\-]+\s+){{0,2}}?(?:{nouns})\s+of\s+(?:the\s+)?)?",
        re.IGNORECASE,
    )


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    raw: dict[str, Any] = load_data("attribution_cues.yaml")
    cues = [
        _Cue(
            str(item["stance"]),
            str(item.get("group_side", "either")),
            int(item.get("max_gap", 80)),
            bool(item.get("no_group", False)),
            _compile(p),
            bool(item.get("names", True)),
            bool(item.get("active", False)),
            bool(item.get("relayed", False)),
            bool(item.get("state_only", False)),
            bool(item.get("name_after", False)),
        )
        for item in raw["stances"]
        for p in item["patterns"]
    ]
    return _Rules(
        cues=cues,
        hedges={k: [_compile(p) for p in v] for k, v in raw["hedges"].items()},
        hedge_exceptions=_compile("|".join(f"(?:{p})" for p in raw["hedge_exceptions"])),
        doubted_claimants=_compile("|".join(f"(?:{p})" for p in raw["doubted_claimants"])),
        hedged_perpetrators=_compile("|".join(
            f"(?:{p})".replace("{perp}", "(?:" + "|".join(str(w) for w in raw["perpetrator_nouns"]) + ")")
            for p in raw["hedged_perpetrators"]
        )),
        known_deed_passive=_compile(
            r"\b(?:the|this|that)\s+(?:[\w\-]+\s+){0,2}?(?:" + "|".join(raw["deed_nouns"])
            + r")\s+(?:(?:had|has|have)\s+been|was|were|is|are)\s+(?:\w+\s+)?$"
        ),
        sources=[_compile(p) for p in raw["sources"]],
        cased_sources=[_compile(p) for p in raw["cased_sources"]],
        official_words={str(w).lower() for w in raw["official_words"]},
        outlet_words={str(w).lower() for w in raw["outlet_words"]},
        outlet_override=[str(w).lower() for w in raw["outlet_override"]],
        generic_officials={str(w).lower() for w in raw["generic_officials"]},
        institution_speakers={str(w).lower() for w in raw["institution_speakers"]},
        subject_fillers=_compile(raw["subject_fillers"]),
        discourse_adverbs={str(w).lower() for w in raw["discourse_adverbs"]},
        bases=[(str(b["basis"]), [_compile(p) for p in b["patterns"]]) for b in raw["bases"]],
        claim_channels=_compile("|".join(re.escape(str(c)) for c in raw["claim_channels"])),
        issuer_outlets={str(k).lower(): str(v) for k, v in raw["issuer_outlets"].items()},
        first_person_deeds=[_compile(p) for p in raw["first_person_deeds"]],
        anaphors=[_compile(p) for p in raw["anaphors"]],
        affiliation=[_compile(p) for p in raw["affiliation"]],
        claim_content=_compile(raw["claim_content"]),
        header_markers=[_compile(p) for p in raw["header_markers"]],
        distancing=[_compile(p) for p in raw["distancing"]],
        object_prepositions=_compile(
            r"\b(?:" + "|".join(raw["object_prepositions"]) + r")\s+(?:the\s+|a\s+|an\s+)?"
            + raw["object_modifier"] + "$"
        ),
        agent_stopwords={str(w).lower() for w in raw["agent_stopwords"]},
        not_agent_heads={str(w).lower() for w in raw["not_agent_heads"]},
        membership=_compile("|".join(f"(?:{p})" for p in raw["membership_phrases"])),
        response_markers=[_compile(p) for p in raw["response_markers"]],
        response_subject=_compile(raw["response_subject"]),
        reduced_relative=_compile(
            r"\b(?:" + "|".join(raw["deed_nouns"]) + r")\s+(?:that\s+was\s+|which\s+was\s+)?$"
        ),
        subject_gap_blockers=_compile(r"\b(?:" + "|".join(raw["subject_gap_blockers"]) + r")\b"),
        speech_verbs=_compile(r"\b(?:" + "|".join(raw["speech_verbs"]) + r")\b"),
        negated_before=_compile(raw["negated_before"]),
        person_roles=[str(w) for w in raw["person_roles"]],
        place_heads=[str(w) for w in raw["place_heads"]],
        not_place_words={str(w).lower() for w in raw["not_place_words"]},
        perpetrator_nouns=_compile(
            r"\b(?:" + "|".join(str(w) for w in raw["perpetrator_nouns"]) + r")\b"
        ),
        definite_deed=_compile(
            r"\b(?:the|this|that|these|his|her|its|their)\s+(?:" + "|".join(raw["deed_nouns"]) + r")\b"
        ),
        clause_breaks=_compile(r"\b(?:" + "|".join(raw["clause_breaks"]) + r")\b|[;:]"),
        counted_before=_compile(raw["counted_before"]),
        patron_of_next=_compile("|".join(f"(?:{p})" for p in raw["patron_of_next"])),
        other_deed=_compile("|".join(f"(?:{p})" for p in raw["other_deed"])),
        deed_homographs={str(w).lower() for w in raw["deed_homographs"]},
        noun_context=_compile(raw["noun_context"]),
        negated_deed=_compile(raw["negated_deed"]),
        decoy_claim=_compile(raw["decoy_claim"]),
        passive_before=_compile(raw["passive_before"]),
        participle_after=_compile(raw["participle_after"]),
        participle_object=_compile(raw["participle_object"]),
        ordnance_disposal=_compile(raw["ordnance_disposal"]),
        agentless_by=_compile(raw["agentless_by"]),
        document_before=_compile(raw["document_before"]),
        two_sided=_compile("|".join(f"(?:{p})" for p in raw["two_sided"])),
        unasserted_before=_compile(raw["unasserted_before"]),
        asserted_to_heads={str(w).lower() for w in raw["asserted_to_heads"]},
        accused_deed_object=_compile(raw["accused_deed_object"]),
        accused_other_deed=_compile(raw["accused_other_deed"]),
        accuser_gap=_compile(raw["accuser_gap"]),
        state_head_after=_compile(raw["state_head_after"]),
        not_deed_objects=_compile(f"{raw['not_deed_objects']}|{raw['response_objects']}"),
        state_modifier=_compile(raw["state_modifier"]),
        not_deed_seizures=_compile(raw["not_deed_seizures"]),
        series_deed=_compile(raw["series_deed"]),
        habitual=_compile(raw["habitual"]),
        series_dated=_compile(raw["series_dated"]),
        rejected_reports=_compile(raw["rejected_reports"]),
        superseded_before=_compile(raw["superseded_before"]),
        earlier_deed=_compile(raw["earlier_deed"]),
        victim_patterns=_token_patterns(raw["victim_roles"], "patterns"),
        victim_exceptions=_token_patterns(raw["victim_roles"], "exceptions"),
        coordination=_coordination(raw["joint_actors"]),
        # case-sensitive: the descriptor is written in lower case, the name after it capitalised
        person_descriptors=re.compile(
            r"(?:(?:an?|the)\s+)?(?:[a-z][\w\-]*\s+){0,3}?(?:"
            + "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in raw["person_descriptors"])
            + r"),?\s+"
        ),
    )


# --- per-sentence analysis ------------------------------------------------------------------


@dataclass(frozen=True)
class _Mention:
    canonical: str
    surface: str
    start: int  # offsets within the sentence
    end: int
    known: bool
    anaphor: bool = False
    victim: bool = False  # named as the victim or target of a deed, not as its doer


_QUOTE = re.compile(r'["“”]')


def hedges_in(sentence: str, span: tuple[int, int] | None = None) -> dict[str, list[str]]:
    """Hedge phrases of ``sentence`` by class (suspected / unconfirmed / possible / source / opinion).

    With ``span`` (a statement's offsets), a doubt ("possibly", "if") is kept only when it stands
    on the same side of every quotation mark as the statement: a speaker's quoted words ("... and
    whether there are grounds for punishment") do not grade a deed told outside the quotation."""
    rules = _rules()
    found: dict[str, list[str]] = {}
    # "We would like to know if ...": an indirect question, not a doubt about the deed.
    exempt = [(e.start(), e.end()) for e in rules.hedge_exceptions.finditer(sentence)]
    quotes = [q.start() for q in _QUOTE.finditer(sentence)] if span else []

    def segment(pos: int) -> int:
        return sum(1 for q in quotes if q < pos)

    own = {segment(span[0]), segment(max(span[0], span[1] - 1))} if span else set()
    # a doubt told in another clause past a semicolon is that clause's, unless it points back
    # ("Assessment: ISWAP likely; JAS involvement cannot be excluded"; not "...; this cannot be
    # ruled out")
    first = sentence.rfind(";", 0, span[0]) + 1 if span else 0
    last = sentence.find(";", span[1]) if span else -1
    last = len(sentence) if last < 0 else last
    for kind, patterns in rules.hedges.items():
        for pattern in patterns:
            for m in pattern.finditer(sentence):
                if any(a <= m.start() and m.end() <= b for a, b in exempt):
                    continue
                if span and kind in ("suspected", "possible", "unconfirmed") and not first <= m.start() < last \
                        and not _POINTS_BACK.match(sentence, sentence.rfind(";", 0, m.start()) + 1):
                    continue
                if quotes and kind in ("suspected", "possible") and segment(m.start()) not in own \
                        and not _quoted_phrase(sentence, quotes, m.start()):
                    continue
                phrase = m.group().strip()
                bucket = found.setdefault(kind, [])
                if not any(phrase.lower() in p.lower() for p in bucket):
                    bucket.append(phrase)
    return found


_POINTS_BACK = re.compile(r"\s*(?:but\s+|and\s+)?(?:this|that|it|which|such|these|those|the\s+(?:claim|attribution|accusation|"
                          r"blame|link|group's\s+(?:role|involvement)))\b", re.IGNORECASE)


def _quoted_phrase(sentence: str, quotes: list[int], pos: int) -> bool:
    """Whether ``pos`` lies in a short quoted phrase of the sentence's own clause ('the involvement
    of X "cannot be ruled out"'), not in a speaker's quoted words ('adding: "We do not know if
    ..."'): at most 40 characters between its marks, opening in lower case."""
    before = [q for q in quotes if q < pos]
    after = [q for q in quotes if q >= pos]
    if len(before) % 2 == 0 or not after or after[0] - before[-1] > 40:
        return False
    inside = sentence[before[-1] + 1:after[0]].strip()
    return inside[:1].islower() and not any(c in inside for c in ".!?")


def basis_of(sentence: str) -> str:
    """The most specific basis an attribution in ``sentence`` rests on ("" when none)."""
    for basis, patterns in _rules().bases:
        for pattern in patterns:
            m = pattern.search(sentence)
            if m:
                if basis == "claim via named channel":
                    channel = _rules().claim_channels.search(m.group())
                    return f"claim via {channel.group()}" if channel else "claim via statement"
                return basis
    return ""


def _classify_source(phrase: str) -> str:
    """official / outlet / person / other for a speaker phrase."""
    rules = _rules()
    low = phrase.lower()
    words = set(re.findall(r"[a-z]+", low))
    if any(o in low for o in rules.outlet_override):
        return "outlet"
    official = any((w in words) if " " not in w else (w in low) for w in rules.official_words)
    outlet = any((w in words) if " " not in w else (w in low) for w in rules.outlet_words)
    if official:
        return "official"
    if outlet:
        return "outlet"
    return "other"


# time adverbs next to a speech verb, which name no one: "The ministry ... now says"
_SPEECH_ADVERBS = ("now", "still", "later", "again")
_SPEECH_ADVERB = "|".join(_SPEECH_ADVERBS)


def _clean_speaker(phrase: str) -> str:
    # (and a list item's bullet: "- The Interior Ministry attributes the attack to ...")
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,;:\"“”'’").lstrip("-–—•*▪· ")
    phrase = re.sub(r"^according\s+to\s+", "", phrase, flags=re.IGNORECASE)
    # a time that opens the clause: "on Monday the police", "late on Friday, the ministry"
    phrase = re.sub(r"^(?:(?:late|early)\s+)?on\s+(?:\w+day|the\s+(?:morning|afternoon|evening|night)\s+of\s+\w+)"
                    r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s*\[[^\]]{1,20}\])?\s*,?\s+(?=\S)", "", phrase,
                    flags=re.IGNORECASE)
    phrase = re.sub(
        rf"^(?:(?:but|and|while|as|that|which|whom|when|then|also|although|though|however|he|she|it|they|{_SPEECH_ADVERB})\s+)+",
        "", phrase, flags=re.IGNORECASE,
    )
    if re.match(r"(?:who|which)\s+(?:on|in|at|last|earlier|later|late|early|also|then)\b", phrase, re.IGNORECASE):
        return phrase.split()[0]  # "X, who on Saturday had said ...": the relative, whose head speaks
    phrase = re.sub(rf"\s+(?:the|a|an|today|yesterday|also|{_SPEECH_ADVERB})$", "", phrase, flags=re.IGNORECASE)
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE)
    return "" if phrase.lower() in _SPEECH_ADVERBS else phrase  # an adverb alone


@dataclass(frozen=True)
class _Speaker:
    by: str
    kind: str  # official / outlet / author / group / other
    name: str = ""  # a person named as the speaker
    role: str = ""
    group: str = ""  # the group speaking, when kind is "group"


# the noun phrase a relative "who" stands for: "Interior Minister X, who said ..."
_RELATIVE_HEAD = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but)\s+)([^,;:\"“”]{2,80}?),\s*$")


# a participle's or a preposition's phrase, no speaker: ", raising the confirmed death toll to
# four", "with four of them confirmed by video"
_GERUND_START = re.compile(r"(?:[a-z]+ing|with|of|among|from|for)\b")
# a document that speaks ("The statement said five of its fighters had been martyred"): its
# issuer's word, the group's where the sentence names one
_DOCUMENT_SPEAKER = re.compile(r"(?:statement|communiqu[eé]|claim|message|video|post|audio\s+message)", re.IGNORECASE)


_INSTITUTION_HEAD = re.compile(r"\b(?:Command|Ministry|Department|Office|Agency|Directorate|Bureau|Headquarters|"
                               r"Division|Brigade|Battalion|Regiment|Police|Gendarmerie)$")
_ACRONYM_IN_BRACKETS = re.compile(r"\s\((?:[A-Z][A-Za-z]?){2,6}\)(?=[\s,])(?!\s*[-–—])")


def speaker_of(sentence: str, groups: list[_Mention] | None = None) -> _Speaker | None:
    """Who makes the statements of ``sentence``: an official body, an outlet, the author ..."""
    rules = _rules()
    hedges = hedges_in(sentence)
    if hedges.get("opinion"):
        return _Speaker(AUTHOR, "author")
    best: _Speaker | None = None
    # (an acronym in brackets is no break in a speaker's title: "a spokesman for the Internal
    # Security Operations Command (ISOC) Region 4, said"; blanked, the offsets stay)
    caps = is_caps_text(sentence)
    plain = _ACRONYM_IN_BRACKETS.sub(lambda a: " " * len(a.group()), sentence) if "(" in sentence and not caps else sentence
    for pattern in rules.sources if caps else (*rules.sources, *rules.cased_sources):
        for m in pattern.finditer(plain):
            src = _clean_speaker(m.group("src"))
            if " " in src and src.rsplit(" ", 1)[1].lower() in _PRONOUNS:
                src = src.rsplit(" ", 1)[1]  # "a militia it says operates from ...": the pronoun speaks
            role = _clean_speaker(m.groupdict().get("role") or "")
            if src.lower() in ("who", "which"):
                # "Interior Minister X, who said on Tuesday ...": the relative's head speaks
                head_np = _RELATIVE_HEAD.search(sentence, 0, m.start("src"))
                src = _clean_speaker(head_np.group(1)) if head_np else ""
                if head_np is not None and any(head_np.start(1) <= g.start and g.end <= head_np.end(1) for g in groups or []):
                    continue  # "blamed separatist fighters, known as 'Amba boys', who had announced a lockdown"
            if _DOCUMENT_SPEAKER.fullmatch(src):
                issuers = [g for g in groups or [] if group_kind(g.canonical) != "state"]
                if issuers:
                    return _Speaker(THE_GROUP, "group", group=issuers[0].canonical)
                continue
            if not src or src.lower() in ("the", "a", "an", "this", "that", "these", "those") \
                    or src.lower().endswith((" that", " who", " which")) \
                    or len(src.split()) > 12 or _is_clause(src) or _NO_SPEAKER_WORDS.search(src) \
                    or _VERB_IN_SPEAKER.match(src) or _GERUND_START.match(src):
                continue  # "said the Taliban's fighters killed four guards": what is said
            # "the FMLN said", "a Taliban spokesman said": the group speaks for itself.
            head = sentence[m.start("src") : m.end("src")]
            lead = len(head) - len(head.lstrip(" ,;:\"“”—–("))
            own = [
                g for g in groups or []
                if m.start("src") + lead <= g.start < m.start("src") + lead + 6
                and g.end <= m.end("src") and group_kind(g.canonical) != "state"
                # "a Taliban spokesman", not "said the Taliban's claim could not be verified"
                and not _clause_after_name(sentence[g.end : m.end("src")])
            ]
            if not own and role:
                # "Zabihullah Mujahid, a Taliban spokesman, said": the group's own voice
                own = [g for g in groups or [] if m.start("role") <= g.start and g.end <= m.end("role")
                       and group_kind(g.canonical) != "state"
                       # (not "a spokesman for the ... Region 4 Forward Command": a state's body)
                       and not (not g.known and _INSTITUTION_HEAD.search(g.canonical))]
            if own:
                return _Speaker(THE_GROUP, "group", group=own[0].canonical)
            kind = _classify_source(f"{src} {role}")
            if kind == "official":
                if role:
                    body = re.sub(r"^(?:\w+\s+){0,3}?(?:for|of|at)\s+(?:the\s+)?", "", role)
                    # the body where it is named ("the 410th Infantry Brigade", "the army"), else
                    # the person with the role ("Lt X (spokesman for operations in the sector)",
                    # "X (Minister of Defence)": one capitalised word is a portfolio, no body)
                    named = body[:1].isupper() and len(body.split()) > 1 \
                        or body.lower() in _rules().institution_speakers
                    by = f"{src} ({role})" if body == role or not named else _clean_speaker(body)
                    speaker = _Speaker(by, "official", src, role)
                else:
                    speaker = _official(src)
            elif kind == "outlet":
                speaker = _Speaker(src, "outlet")
            else:
                if role and _classify_source(role) == "official":
                    speaker = _Speaker(f"{src} ({role})", "official", src, role)
                else:
                    speaker = _Speaker(src, "other", src if _has_name(src) else "", role)
            # Prefer a named official body over a generic one, and officials over others.
            if best is None or _speaker_rank(speaker) > _speaker_rank(best):
                best = speaker
    return best


_PRONOUNS = frozenset(("he", "she", "they", "it"))
_SPEAKER_LOOKBACK = 3


# a body named at the head of a sentence: "Tajikistan's State Committee for National Security (GKNB)"
_BODY_SUBJECT = re.compile(
    r"^\W*(?:the\s+)?(?P<body>(?:[A-Z][\w'’\-]*\s+){0,6}?(?:[A-Z][\w'’\-]*\s+)?"
    r"(?:Ministry|Committee|Service|Department|Agency|Police|Army|Troops|Forces|Command|Office|Government|"
    r"Directorate|Council|Commission|Prefecture|Governorate|Gendarmerie)\b(?:\s+(?:of|for)(?:\s+the)?"
    r"(?:\s+[A-Z][\w'’\-]*){1,4})?(?:\s+\([A-Z]{2,8}\))?)")


def _body_subject(text: str) -> _Speaker | None:
    """The body a sentence opens with ("Tajikistan's State Committee for National Security
    (GKNB), which ..., gave an account"), as the speaker an "It said" after it stands for."""
    m = _BODY_SUBJECT.match(text)
    return _Speaker(m.group("body").strip(), "official") if m else None


# a person named as a group's or body's spokesperson at the head of a sentence
_SPOKESPERSON_FOR = re.compile(
    r"^\W*(?:[A-Z][\w'’\-]+\s+){1,4}?[A-Z][\w'’\-]+,\s+(?:a\s+|the\s+)?(?:spokes(?:man|woman|person)|leader|commander)\s+"
    r"(?:for|of)\s+(?P<body>[^,;.]{3,80}),")


def _antecedent_speaker(doc: Document, index: int) -> _Speaker | None:
    """Who "he" or "she" is when a sentence's speaker is a pronoun: the nearest official or outlet
    speaking in the few sentences before it ("Army spokesman Colonel X said ... He said the
    attackers were ...")."""
    for back in range(index - 1, max(-1, index - 1 - _SPEAKER_LOOKBACK), -1):
        text = doc.sentences[back].text
        if (voice := _SPOKESPERSON_FOR.match(text)) is not None:
            # "X, spokesman for the Ambazonia Restoration Council, ..., denied ... / "...," he
            # said": the group's own voice
            own = [g for g in find_groups(text) if voice.start("body") <= g.start < voice.end("body")
                   and group_kind(g.canonical) != "state"]
            if own:
                return _Speaker(THE_GROUP, "group", group=own[0].canonical)
        found = speaker_of(text)
        if found is not None and found.kind in ("official", "outlet"):
            return found
        titled = _titled_subject().match(text)
        if titled is not None:
            # "Lieutenant Ngongo put the number at 12. He said ...": the official just named
            return _Speaker(titled.group("who"), "official", titled.group("who"))
    return None


@lru_cache(maxsize=1)
def _titled_subject() -> re.Pattern[str]:
    titles = "|".join(re.escape(t) for t in sorted(load_data("attribution_cues.yaml")["subject_titles"],
                                                   key=len, reverse=True))
    # the title and one to four capitalised names, then a lower-case word (the verb)
    return re.compile(rf"(?P<who>(?:{titles})\.?(?:\s+[A-Z][\w'’\-]+){{1,4}})(?=\s+[a-z])")


def _official(phrase: str) -> _Speaker:
    """An official speaker: a state institution by its name ("the army"), an anonymous or generic
    one as unnamed officials, a named body as written."""
    rules = _rules()
    low = phrase.lower()
    if low in rules.institution_speakers:
        return _Speaker(f"the {low}", "official")
    words = phrase.split()
    # "Security sources", "Army officers": a common word capitalised at the sentence start.
    rest = " ".join(words[1:]) if words and words[0].lower() in rules.official_words else phrase
    if low in rules.generic_officials or not rest or not _has_name(rest):
        return _Speaker(UNNAMED_OFFICIALS, "official")
    return _Speaker(phrase, "official")


# words no speaker's name holds: "this could not be independently confirmed" speaks of no one
# "... and said the party expressed its condolences": what is said, a clause, not who says it
_VERB_IN_SPEAKER = re.compile(r"(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+[a-z]+ed\s+(?:its|their|his|her|the|an?)\b")
_NO_SPEAKER_WORDS = re.compile(r"\b(?:not|cannot|be|been|being|was|were|is|are)\b", re.IGNORECASE)
_AUX = re.compile(
    r"\b(?:could|can|cannot|was|were|is|are|had|has|have|would|will|did|does|not)\b", re.IGNORECASE
)


def _is_clause(src: str) -> bool:
    """True when a speaker phrase is what is said, not who says it: it has a deed verb."""
    return any(c.active and c.pattern.search(src) for c in _rules().cues)


def _clause_after_name(rest: str) -> bool:
    """True when the words after a group in a speaker phrase make a clause, not a title: "the
    Taliban's claim could not be verified" (captured after "said") is no Taliban speaker, "the
    FMLN's Radio Venceremos" is."""
    return len(rest.split()) > 3 or bool(_rules().subject_gap_blockers.search(rest)) or bool(
        _AUX.search(rest)
    )


_WHO_CLAUSE = re.compile(r"\s*(?:who|which)\b(?:\s+[\w’'\-]+){0,12}?\s*$", re.IGNORECASE)
# an indefinite apposition after the subject: "the Darfur Physicians' Forum, a doctors' group, blamed"
_INDEFINITE_APPOSITION = re.compile(r"\s*an?\s+[\w’'\-]+(?:\s+[\w’'\-]+){0,12}\s*$", re.IGNORECASE)


# where a body sits, told as an aside: "Yemen's government, based in Aden, blamed ..."
_PLACE_ASIDE = re.compile(r"(?:based|headquartered|located|stationed)\s+(?:in|at)\b", re.IGNORECASE)


def _subject_speaker(sentence: str, cue_start: int) -> _Speaker | None:
    """The official or outlet that is the subject of an accusing verb at ``cue_start``
    ("Police blamed ...", "Military sources, however, continued to blame ...")."""
    rules = _rules()
    clauses = re.split(r"([,;:.!?\"“”()]|\b(?:but|and|while|although)\b)", sentence[:cue_start])
    phrase = ""
    # clauses alternate text and separator; walk back over empty or adverb-only clauses,
    # but only across commas (a parenthetical adverb), never across a conjunction or a stop.
    i = len(clauses) - 1
    while i >= 0:
        phrase = _clean_speaker(rules.subject_fillers.sub("", " " + clauses[i]))
        if (_WHO_CLAUSE.match(clauses[i]) or _PLACE_ASIDE.match(phrase)
                or _INDEFINITE_APPOSITION.match(clauses[i]) and i >= 2 and clauses[i - 2].strip()) \
                and i >= 2 and clauses[i - 1] == ",":
            # "Spokesman X, who on Tuesday had blamed ...": the relative clause's head is the
            # subject
            i -= 2
            continue
        if phrase and phrase.lower() not in rules.discourse_adverbs:
            break
        if i == 0 or clauses[i - 1] != ",":
            return None
        i -= 2
    if not phrase or len(phrase.split()) > 8:
        return None
    if re.search(r"\b(?:said|says|claimed|claims|stated|reported|that|was|were|is|are|has|have|had|accused|"
                 r"critici[sz]ed|responding)\b", phrase, re.IGNORECASE):
        return None  # a clause, not the accuser's name ("army accused of responding late to ...")
    named = [g for g in find_groups(phrase) if g.known]
    if any(group_kind(g.canonical) != "state" for g in named):
        return None  # "Boko Haram militants disguised in army uniforms attacked": the doers
    kind = _classify_source(phrase)
    if kind not in ("official", "outlet") and len(named) == 1 and named[0].end - named[0].start >= len(phrase) - 4:
        return _Speaker(phrase, "official")  # "FARDC attribute the attack to M23": a state force by its name
    if kind == "official":
        return _official(phrase)
    if kind == "outlet":
        return _Speaker(phrase, "outlet")
    if _POLITICIAN.search(phrase) and len(phrase.split()) <= 6:
        # "Reasi MLA Jagdish Raina, who visited the spot, blamed ...": a politician's word, not
        # the report's own
        return _Speaker(phrase, "other", phrase if _has_name(phrase) else "")
    if _ACTIVE_BLAME.match(sentence, cue_start) and len(phrase.split()) <= 6 and not named \
            and (_CIVIL_SPEAKER.search(phrase) or len(phrase.split()) >= 2 and not phrase.isupper()
                 and all(w[:1].isupper() or w.lower() in ("of", "for", "de", "al") for w in phrase.split())):
        # "A Fulani community association, Jamtan Pulaaku, blamed ...", "Local residents blamed
        # ...": their own word, not the report's (not "Attacks blamed on X": a passive's noun)
        return _Speaker(phrase, "other", phrase if _has_name(phrase) else "")
    return None


# an accusing verb in the active voice (not "the bombing blamed on X", whose noun is the deed;
# nor "gunmen suspected to be X", who are the doers)
_ACTIVE_BLAME = re.compile(r"(?:blamed|blames|blame|accused|accuses|accuse|attributed|attributes|attribute|held|holds|"
                           r"pointed|points)\b(?!\s+(?:on|to|with|by)\b)", re.IGNORECASE)
# who speaks for civil society, by the head of its noun phrase
_CIVIL_SPEAKER = re.compile(r"\b(?:residents|villagers|locals|witnesses|survivors|relatives|families|parents|"
                            r"association|associations|organi[sz]ations?|NGOs?|committee|community\s+leaders|"
                            r"elders|chiefs|activists|campaigners|monitors|observers|analysts|experts|union|"
                            r"rights\s+groups?|advocacy\s+groups?|civil\s+society|clerics|diocese|church\s+leaders|"
                            r"lawyers|journalists|traders|students|mourners|protesters|demonstrators)$", re.IGNORECASE)


# the sentence after a blame that says it rests on nothing: "He did not say what the basis for
# his claim was.", "They gave no evidence."
_NO_BASIS_NEXT = re.compile(r"\W*(?:(?:he|she|they|the\s+\w+)\s+(?:did\s+not|didn['’]t|has\s+not|have\s+not|gave\s+no|"
                            r"offered\s+no|provided\s+no|presented\s+no|cited\s+no|produced\s+no)\s+(?:say\s+what\s+(?:the\s+|his\s+|her\s+|their\s+)?"
                            r"(?:basis|evidence)|(?:give|offer|provide|present|cite|produce)\s+(?:any\s+)?(?:evidence|basis|proof)|"
                            r"evidence|basis|proof)|(?:neither|none)(?:\s+of\s+them)?\s+(?:produced|gave|offered|provided|presented|"
                            r"cited)\s+(?:any\s+)?(?:evidence|proof|basis))\b", re.IGNORECASE)


def _unsupported_next(doc: Document, sent: Sentence) -> bool:
    """Whether the sentence after ``sent``, in its paragraph, says its blame rests on nothing."""
    if sent.index + 1 >= len(doc.sentences):
        return False
    after = doc.sentences[sent.index + 1]
    return "\n" not in doc.text[sent.end:after.start] and _NO_BASIS_NEXT.match(after.text) is not None


# a politician by title: their blame is their own, not the report's
_POLITICIAN = re.compile(r"\b(?:MLA|MP|MPs|MNA|legislator|legislators|lawmaker|lawmakers|senator|senators|"
                         r"congress(?:man|woman)|parliamentarian|politician|councill?or|deputy|deputies|"
                         r"opposition\s+leader|party\s+leader)\b", re.IGNORECASE)


# the subject of an accusing verb that is a person's name or surname, with a title or not:
# "Gonda-Yapende blamed ...", "Colonel Gonda-Yapende, however, blamed ..."
_NAME_SUBJECT = re.compile(
    r"(?:^|[.;:\"“”]\s*|\b(?:but|and|while)\s+)(?P<name>(?:[A-Z][\w’'\-]*\.?\s+){0,3}[A-Z][\w’'\-]+)"
    r"(?:\s*,\s*[a-z]+(?:\s+[a-z]+){0,2}\s*,)?(?:\s+(?:also|again|later|then|initially|first|had|has|have|earlier|previously))*\s*$")
_NAMED_LOOKBACK = 12  # sentences: how far back the person is looked for


def _named_before(doc: Document, index: int, before: str) -> _Speaker | None:
    """The official or outlet named in full earlier in ``doc`` whose name or surname is the
    subject of an accusing verb in sentence ``index`` (``before``: its text up to the verb):
    "Army spokesman Colonel Anicet Gonda-Yapende said ... Gonda-Yapende blamed the UFR"."""
    m = _NAME_SUBJECT.search(before, max(0, len(before) - 120))
    if m is None:
        return None
    surname = m.group("name").split()[-1]
    for back in range(index - 1, max(-1, index - 1 - _NAMED_LOOKBACK), -1):
        text = doc.sentences[back].text
        if surname not in text:
            continue
        found = speaker_of(text)
        if found is not None and found.kind in ("official", "outlet") and re.search(
                rf"(?<![\w\-]){re.escape(surname)}(?![\w\-])", found.by):
            return found
    return None


def _speaker_rank(s: _Speaker) -> int:
    if s.kind == "official":
        return 3 if s.by != UNNAMED_OFFICIALS else 2
    return 1 if s.kind == "outlet" else 0


def _has_name(phrase: str) -> bool:
    """True when ``phrase`` names someone: a capitalised word in mixed-case text, or more than
    one word in ALL CAPS text (where "POLICE" alone is generic)."""
    if phrase.isupper():
        return len(phrase.split()) > 1
    return any(w[:1].isupper() for w in phrase.split())


# what stands between a name and "the group" in apposition to it: "X (XA), the group that ..."
_APPOSED_AFTER = re.compile(r"\s+(?:that|which|who)\s+[^,;()]{1,60},\s*(?:the\s+)?")
_APPOSED = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*,\s*")


# A group's name before a government body is a ruling movement's state ("the Taliban interior
# ministry says two civilians were killed"): an authority speaking, no group.
_STATE_BODY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:interior|defen[cs]e|foreign|health|information|justice|home)\s+)?"
    r"(?:ministry|ministries|minister|government|administration|authorities|police|intelligence\s+(?:agency|service))\b",
    re.IGNORECASE)


# a "by" that is the agent of a verb of counting or telling, not of the deed before it
_OTHER_VERBS_AGENT = re.compile(
    r"\b(?:counted|reported|cited|quoted|confirmed|given|provided|compiled|released|issued|published|announced|"
    r"collected|gathered|recorded|verified|seen|told|named|identified|treated|taken|questioned|interviewed)\s+by\s+"
    r"(?:the\s+)?$")


def _mentions(sentence: str, caps: bool, last_group: str | None,
              acronyms: Mapping[str, str] | None = None) -> list[_Mention]:
    out = [
        _Mention(m.canonical, m.surface, m.start, m.end, m.known)
        for m in find_groups(sentence, caps=caps, acronyms=acronyms)
        if not (group_kind(m.canonical) != "state" and _STATE_BODY_AFTER.match(sentence, m.end))
    ]
    if last_group or out:
        named = list(out)
        for pattern in _rules().anaphors:
            for m in pattern.finditer(sentence):
                if any(g.start <= m.start() < g.end or m.start() <= g.start < m.end() for g in out):
                    continue
                # "Little is known about X (XA), the group that claimed the attack": the group in
                # apposition is the one named right before it, not the last one of the text
                before = next((g for g in named if _APPOSED.fullmatch(sentence, g.end, m.start())), None)
                # ... or the one named in apposition right after its relative clause: "The group
                # that claimed the attack, Liwa X, was unknown before January"
                before = before or next((g for g in named if g.start > m.end()
                                         and _APPOSED_AFTER.fullmatch(sentence, m.end(), g.start)), None)
                if before is not None:
                    out.append(_Mention(before.canonical, m.group(), m.start(), m.end(), before.known, True))
                elif last_group:
                    out.append(_Mention(last_group, m.group(), m.start(), m.end(), True, True))
    out.sort(key=lambda g: g.start)
    flags = victim_roles(sentence, [(g.start, g.end) for g in out])
    return [replace(g, victim=True) if v else g for g, v in zip(out, flags)]


# Brackets and appositions, skipped by the victim-role patterns: "Eight members of the PMU (PMF),
# including a leader, were killed".
_ASIDE = re.compile(r"\s*\([^()]{1,80}\)|,\s+(?:a|an|the|including|among\s+them)\s+[^,;()]{1,80},")


def victim_roles(sentence: str, spans: list[tuple[int, int]]) -> list[bool]:
    """For each group span of ``sentence``, whether the sentence names it as the victim or the
    target of a deed ("an SDF commander was killed", "the attack on the PMF", "killing five X
    fighters"): the ``victim_roles`` token patterns of the cue data. Not a suspect ("a suspected
    member of X was killed"), the side a motive avenges ("in retaliation for the killing of an X
    leader") nor a side of a fight ("killed in a shootout"). A group coordinated with a victim
    ("the attack on the SDF and the PMF") is one too."""
    rules = _rules()
    asides = [(a.start(), a.end()) for a in _ASIDE.finditer(sentence)]
    tokens = [
        (m.start(), m.end(), _token_form(m.group())) for m in _WORD.finditer(sentence)
        if not any(a <= m.start() < b for a, b in asides)
    ]
    flags = []
    for start, end in spans:
        before = [w for s, e, w in reversed(tokens) if e <= start]
        after = [w for s, e, w in tokens if s >= end]
        flags.append(
            any(_pattern_at(p, before, after) for p in rules.victim_patterns)
            and not any(_pattern_at(p, before, after) for p in rules.victim_exceptions)
        )
    order = sorted(range(len(spans)), key=lambda k: spans[k][0])
    for a, b in zip(order, order[1:]):
        if flags[a] != flags[b] and _JOINED.fullmatch(sentence, spans[a][1], spans[b][0]):
            flags[a] = flags[b] = True
    return flags


# the attackers as the patient of a passive deed: "the two gunmen shot by ...", "attackers killed by"
_ATTACKERS_AS_PATIENT = re.compile(r"\b(?:gunmen|attackers|assailants|raiders|bombers|perpetrators|hijackers|kidnappers|"
                                   r"(?:the\s+)?(?:attacker|assailant|gunman|bomber))\s+(?:who\s+)?(?:(?:was|were|had\s+been|have\s+been|"
                                   r"has\s+been)\s+)?(?:later\s+|subsequently\s+|then\s+)?$", re.IGNORECASE)


# a force named as the doers' cover, not as the doer: "blamed settlers' gunfire under the protection
# of the occupation army"
_UNDER_COVER = re.compile(r"\b(?:under|with)\s+the\s+(?:protection|cover|watch|eyes|gaze|escort|supervision|complicity)\s+of\s+"
                          r"(?:the\s+)?(?:[\w\-]+\s+)?$", re.IGNORECASE)


# ... or inside a cue's gap, the "by" of the response to the attacker: "attacked people with a knife
# before being shot by police"
# (or the care of the wounded: "who ... was injured during the confrontation, was evacuated by the
# Palestinian Red Crescent")
_RESPONSE_BY_END = re.compile(r"\b(?:before|after|until|till|when|then)\s+(?:being|getting|he\s+was|she\s+was|they\s+were)\s+"
                              r"(?:fatally\s+|later\s+)?(?:shot|killed|arrested|subdued|stopped|detained|overpowered|wounded|"
                              r"injured|neutrali[sz]ed|apprehended|tackled|captured|gunned\s+down)\s+(?:dead\s+)?by$"
                              r"|\b(?:was|were|been|being)\s+(?:later\s+|then\s+|quickly\s+)?(?:evacuated|rushed|transported|treated|"
                              r"rescued|airlifted|admitted|escorted|flown)\s+by$",
                              re.IGNORECASE)


# a "by" of a verb of telling inside the cue's gap (not of the deed): "(..., confirmed by X office)"
_TELLING_AGENT = re.compile(r"\b(?:counted|reported|cited|quoted|confirmed|compiled|published|announced|verified|"
                            r"recorded|told|corroborated|documented)\s+by$", re.IGNORECASE)


# a count of people right before a deed verb, which is then their participle ("eight passengers
# stabbed or slashed", "two of them shot")
_COUNTED_BEFORE = re.compile(r"(?:^|[:;,]\s*|\s)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|"
                             r"scores|several)\s+(?:(?:more|other|of\s+them)\s+)?(?:[a-z\-]+\s+)?(?:people|persons|passengers|"
                             r"civilians|villagers|pupils|students|children|women|men|worshippers|residents|workers|pilgrims|"
                             r"policemen|police|officers|soldiers|troops|gendarmes|guards|personnel|employees|miners|"
                             r"farmers|traders|fishermen|crew\s+members|seafarers|inmates|prisoners|journalists)\s+$",
                             re.IGNORECASE)


# a claim told in a relative clause, and its taking back after it in the sentence
_HAD_CLAIMED = re.compile(r"\b(?:which|who|that)\s+had\s+(?:first\s+|initially\s+|earlier\s+)?claimed\b", re.IGNORECASE)
_TAKEN_BACK = re.compile(r"\b(?:den(?:ied|ying|ies)|retract(?:ed|ing|s)|withdr(?:ew|awing|aws)|disown(?:ed|ing|s))\b",
                         re.IGNORECASE)


# a group named inside a relative clause, not the subject of the verb after the clause
_IN_RELATIVE = re.compile(r",\s*(?:which|who|whom)\b[^,;]*$", re.IGNORECASE)


# a denial of a link, not of the deed ("denies any link", not "any link to the attack")
_LINK_DENIED = re.compile(r"\bden(?:ied|ies|y|ying)\s+(?:any\s+|all\s+)?(?:links?|ties|connections?)\b"
                          r"(?!\s+(?:to|with)\s+(?:the|this|that|Saturday['’]s|Friday['’]s|[A-Z]\w+['’]s)?\s*"
                          r"(?:attack|ambush|bombing|blast|raid|incident|killing|massacre|assault))", re.IGNORECASE)


# a verb between a "by" and a group after it: the agent was another noun (unless a passive of its
# own names the group: "caused by a bomb that was placed by Islamic State militants")
_FINITE_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|will|would)\b", re.IGNORECASE)
_PASSIVE_BY_BEFORE = re.compile(r"\b(?:was|were|is|are|been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)\s+by\s+(?:the\s+)?$",
                                re.IGNORECASE)
# the source of what is told, between a cue and a group after it
_ACCORDING_TO = re.compile(r"[,;(]\s*(?:according\s+to|citing|as\s+reported\s+by|said|says)\b", re.IGNORECASE)


# a speaker telling of what others admitted: "X says the two men captured on Sunday confessed"
_SPEAKS_OF_OTHERS = re.compile(r"\b(?:says|said|say|told|tells|added|adds|reported|reports|stated|states)\s+(?:that\s+)?"
                               r"(?:the|a|an|two|three|four|five|six|\d+|both|all|one|some|several)\b", re.IGNORECASE)


# the state's forces ending the attack: "stormed the bank, ending a nearly 11-hour standoff", "to free the hostages"
_ENDS_THE_SIEGE = re.compile(r"\b(?:to\s+end|ending|ended|to\s+break|breaking)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?"
                             r"(?:siege|standoff|stand-off|hostage[\s\-]taking|hostage\s+crisis)\b"
                             r"|\b(?:to\s+)?(?:rescue|rescued|rescuing|free|freed|freeing|liberate|liberated)\s+(?:the\s+|all\s+)?"
                             r"(?:[\w\-]+\s+){0,2}?hostages\b", re.IGNORECASE)
_NONE_HIT_BY = re.compile(r"\b(?:not\s+(?:one|a\s+single)|no)\s+(?:[\w\-]+\s+){0,2}?(?:was|were|had\s+been|has\s+been)\s+"
                          r"(?:hit|shot|killed|wounded|injured|harmed|struck)\s+by\b", re.IGNORECASE)
# the state's own fire in its response, hitting those it came to free ("two of the hostages had
# been hit by police bullets", "whether police fire killed a hostage"): no doer of the attack
_RESPONDERS_FIRE = re.compile(r"\b(?:police|army|troops[’']?|soldiers[’']?|officers[’']?|security\s+forces[’']?|commandos[’']?)\s+"
                              r"(?:bullets?|fire|gunfire|rounds?|shots?|sniper\s+fire)\b", re.IGNORECASE)
_DECLINED_TO_SAY = re.compile(r"\b(?:declined|refused|would\s+not|did\s+not|could\s+not|was\s+unable)\s+(?:to\s+)?"
                              r"(?:say|comment\s+on|speculate\s+(?:on|about)|name|identify|confirm)\s+(?:who|which|whether)\b",
                              re.IGNORECASE)
_CLAIM_AFTER_ALL = re.compile(r"\b(?:though|although|but)\b(?:(?!\bnot\b|\bnever\b|\bno\b)[^.;]){0,120}?\b(?:announced|claimed|said|stated)\b"
                              r"(?:(?!\bnot\b|\bnever\b)[^.;]){0,80}?\b(?:were|was)\s+behind\b", re.IGNORECASE)
# "Until today nobody had claimed credit for that attack": the past perfect up to a moment says the
# silence ended then ("until now, no group has claimed" is still silence)
_SILENCE_ENDED = re.compile(r"\buntil\s+(?:today|yesterday|this\s+(?:morning|afternoon|evening|week)|"
                            r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b,?\s+(?:[\w\-]+\s+){0,4}?had\s+"
                            r"(?:not\s+|never\s+)?(?:yet\s+)?(?:claimed|taken|assumed|accepted)\b", re.IGNORECASE)
# the force someone is handed to ("handed him over to the occupation army, which released him"):
# it receives him from the doers
_HANDED_OVER_TO = re.compile(r"\bhand(?:ed|s|ing)\s+(?:[\w\-]+\s+){0,2}?over\s+to\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$",
                             re.IGNORECASE)
# a channel of the group's supporters, before the group's name: "an online channel linked to the"
_SUPPORTERS_CHANNEL = re.compile(r"\b(?:channels?|accounts?|outlets?|pages?|websites?|forums?|supporters?|sympathi[sz]ers?)\s+"
                                 r"(?:(?:that\s+)?(?:regularly\s+|often\s+)?(?:linked|affiliated|close|sympathetic|loyal|relays?|"
                                 r"relaying|supporting|aligned)\s+(?:to\s+|with\s+)?|of\s+)(?:the\s+)?$", re.IGNORECASE)
# a participle "attributed to" with no object of its own, after the message it is said of
_PROVENANCE = re.compile(r"attributed\s+to\b", re.IGNORECASE)
_MESSAGE_BEFORE = re.compile(r"\b(?:message|statement|video|audio|recording|post|letter|leaflet|pamphlet|communiqu[eé]|"
                             r"tape|note|account|channel)s?\b(?![^.;]{0,80}?\b(?:was|were|is|are|been|be)\s+$)[^.;]{0,80}$",
                             re.IGNORECASE)
_ARRESTS_AFTER = re.compile(r"\s+(?:(?:has|have|had|also|now|so\s+far)\s+){0,2}(?:arrested|detained|apprehended|nabbed|"
                            r"rounded\s+up|taken\s+into\s+custody|booked|charged)\b", re.IGNORECASE)
_OUR_BEFORE = re.compile(r"\b[Oo]ur\s+(?:own\s+|brave\s+|gallant\s+)?$")
# a body's figures, not its deeds: "The group's figures for escapees and for security forces killed"
_ITS_FIGURES = re.compile(r"['’]s\s+(?:own\s+|latest\s+|official\s+|initial\s+)?(?:figures?|counts?|tolls?|tally|tallies|numbers?|"
                          r"estimates?|claims?|statements?|accounts?|version)\b")
# the attacker stopped: "before being shot dead by police", "until he was overpowered by soldiers"
# (not "three villagers died after being shot by the army": the victims, shot by the doers)
_STOPPED_BY = re.compile(r"\b(?:before|until)\s+(?:being|he\s+was|she\s+was|they\s+were)\s+"
                         r"(?:(?:fatally|finally|eventually)\s+)?(?:shot\s+dead|killed|neutrali[sz]ed|gunned\s+down|"
                         r"overpowered|subdued|arrested|detained|stopped|tackled|captured)\s+by\b"
                         # "Gunman kills six at nightclub before police shoot him dead"
                         r"|\b(?:before|until)\s+(?=(?:[\w\-]+\s+){1,3}?(?:shoot|shoots|shot|kill|kills|killed|overpower|"
                         r"overpowered|subdue|subdued|arrest|arrested|tackle|tackled)\s+(?:him|her|them)\b)", re.IGNORECASE)
# the one who uses a word told of: ", a term the government uses for Baloch separatist groups"
_TERM_USER = re.compile(r",[\"”’']?\s+(?:a|the)\s+(?:term|label|phrase|name|word|euphemism|expression)\s+(?:that\s+|which\s+)?"
                        r"(?:the\s+|its\s+)?$", re.IGNORECASE)
# a second verb of saying joined to the accusing one: what follows is no longer its object
_ANOTHER_SAYING = re.compile(r"(?:\band|,)\s+(?:he\s+|she\s+|they\s+)?(?:said|says|added|adds|told|vowed|promised|"
                             r"announced|warned|saying|adding|insisted|stressed)\b", re.IGNORECASE)


def _gap_text(sentence: str, a_end: int, b_start: int) -> str:
    return sentence[a_end:b_start] if b_start >= a_end else ""


# An apposition, a bracket or a relative clause between a subject and its verb: "X, a wing of Y,
# claimed", "X, which has links to Y, said it staged".
_GLOSS = re.compile(
    # (an acronym in brackets may stand inside: ", an alliance ... from the Tehreek-e-Taliban
    # Pakistan (TTP),")
    r",\s+(?:a|an|the)\s+[^,;()]{1,80},|,\s+(?:a|an)\s+(?:[^,;()]|\([A-Z]{2,8}\)){1,160}?,"
    # a long one that says what the group is: "Al Shabaab, the al Qaeda-linked insurgent group that
    # has been fighting to topple Somalia's central government for nearly two decades, said ..."
    r"|,\s+the\s+[^,;()]{0,60}?\b(?:group|faction|movement|organi[sz]ation|militia|network|wing|affiliate|alliance|"
    r"coalition)\s+(?:that|which|who)\s+[^,;()]{1,160},"
    r"|\([^()]{1,80}\)|,\s+(?:which|who)\s+[^,;()]{1,100},"
    # a possessive gloss: "JNIM, al-Qaeda's affiliate in the Sahel, claimed ..."
    r"|,\s+[^,;()]{1,40}?['’]s\s+(?:[\w\-]+\s+){0,2}?(?:affiliate|branch|franchise|wing|offshoot|ally|"
    r"arm|faction|splinter|partner|chapter|province|cell)\b[^,;()]{0,60},"
    # an umbrella or a helper: ", acting within the criminal coalition known as "Fòs Ini",", ", with
    # the support of elements of the Sanfil gang,"
    r"|,\s+(?:acting|operating|fighting|working)\s+(?:within|under|inside|as\s+part\s+of|on\s+behalf\s+of)\s+[^,;()]{1,140}(?=,)"
    r"|,\s+with\s+the\s+(?:\w+\s+)?(?:support|help|backing|assistance|complicity|participation)\s+of\s+[^,;()]{1,140}(?=,)"
)


# A bracketed acronym that spells the name before it labels the name ("the Union des Patriotes du
# Lac (UPL) said"): the group's own name, not a gloss of another's.
_ACRONYM_LABEL = re.compile(r"\(\s*[A-Z][A-Za-z0-9&\-]*[A-Z][A-Za-z0-9&\-]*\s*\)")


def _labels_unfound_name(sentence: str, bracket: re.Match[str], groups: list[_Mention]) -> bool:
    """Whether ``bracket`` is an acronym that spells the name right before it, a name found only
    through the acronym ("the Union des Patriotes du Lac (UPL) said"): the acronym then stands for
    the subject itself, not for a gloss. (A name found on its own keeps its bracket a gloss.)"""
    if not _ACRONYM_LABEL.fullmatch(bracket.group()):
        return False
    if any(0 <= bracket.start() - g.end <= 2 for g in groups):
        return False
    return spells_name_before(bracket.group().strip("() "), sentence[max(0, bracket.start() - 100):bracket.start()])


def _pick_group(sentence: str, cue: _Cue, m: re.Match[str], groups: list[_Mention]) -> _Mention | None:
    """The group a cue speaks about: the nearest on the cue's side within ``max_gap``. A group
    named as a victim or target ("an SDF commander was killed") is never the one."""
    groups = [g for g in groups if not g.victim]
    before = [g for g in groups if g.end <= m.start() and m.start() - g.end <= cue.max_gap]
    after = [g for g in groups if g.start >= m.end() - 1 and g.start - m.end() <= cue.max_gap]
    # "belonging to the TTP splinter group Jamaat-ul-Ahrar": the group after the patron is in reach.
    after += [o for o in (_acting_after_patron(sentence, g, groups) for g in after) if o and o not in after]
    # Inside the cue (e.g. "members of X" when X is inside the matched span).
    inside = [g for g in groups if g.start >= m.start() and g.end <= m.end()]
    before = [g for g in before if not re.search(r"[;]", _gap_text(sentence, g.end, m.start()))]
    # A group inside an apposition or brackets between the subject and the verb is a gloss:
    # "The al-Aqsa Martyrs' Brigades, a wing of al-Fatah, claimed ..." is the Brigades' claim.
    glosses = [
        (a.start(), a.end())
        for a in _GLOSS.finditer(sentence)
        if a.end() <= m.start() + 1 and not _labels_unfound_name(sentence, a, groups)
    ]
    # asides one after the other are one: "X, acting within the coalition Y, with the support of
    # Z, attacked ..."
    for k in range(len(glosses) - 1, 0, -1):
        if glosses[k][0] <= glosses[k - 1][1] + 1:
            glosses[k - 1:k + 1] = [(glosses[k - 1][0], glosses[k][1])]
    # the subject before a long apposition is in reach from where the apposition starts: "A
    # faction calling itself X (IMP), an alliance that includes ... the TTP (TTP), claimed ..."
    before += [g for g in groups if g not in before and any(
        0 <= s - g.end <= 12 and m.start() - e <= 3 for s, e in glosses)]
    outer = [g for g in before if not any(s <= g.start and g.end <= e for s, e in glosses)]
    if outer:
        before = outer
    if cue.stance == "reported" and cue.side == "before" and _is_reduced_relative(sentence[: m.start()]):
        return None  # "the crime committed against ...": a participle after the deed, no doer
    if cue.stance == "attributed" and cue.side == "before":
        # 'the army "believes" a local cell was responsible': the army speaks, it is not blamed
        before = [g for g in before if not _speaks_of_deed(sentence, g, m.start(), groups)]
    if cue.stance == "reported":
        # The doer stands as the subject: not the object of a preposition ("talks with the
        # government until ... killed") nor before a clause boundary ("the army said that ...").
        rules = _rules()
        counted = rules.counted_before.search(sentence[: m.start()])
        before = [
            g for g in before
            if not (
                (
                    rules.object_prepositions.search(sentence[max(0, g.start - 25) : g.start])
                    # "after dislodging the enemy troops, our forces set ...": a participle's object
                    or _PARTICIPLE_OBJECT.search(sentence, max(0, g.start - 30), g.start)
                )
                and not rules.membership.search(sentence[max(0, g.start - 30) : g.start])
            )
            and not rules.subject_gap_blockers.search(_gap_text(sentence, g.end, m.start()))
            # "U.S. military operations were clumsy -- there they set a neighborhood on fire":
            # a pronoun right before the verb is its subject, in a clause of its own
            and not _PRONOUN_SUBJECT.search(_gap_text(sentence, g.end, m.start()))
            # "a timeline released by police on Saturday, Cordell fired ...": so is a name
            and not (_NAME_SUBJECT_GAP.search(_gap_text(sentence, g.end, m.start())) and not is_caps_text(sentence))
            # "208 army members killed", "the burial of the 10 leaders killed": a counted noun
            # phrase before a participle is its victim, and what precedes it another clause
            and not counted
            and not _speaks_of_deed(sentence, g, m.start(), groups)
            # "the hostages counted by the government, the bus driver killed at the gate": the
            # agent of another participle, then a list item of its own before the verb
            and not (_BY_BEFORE.search(sentence, max(0, g.start - 8), g.start)
                     and _LIST_ITEM_GAP.match(_gap_text(sentence, g.end, m.start())))
        ]
        # "hit by fire while supplying troops": the doer follows "by" within its own clause.
        after = [
            g for g in after
            if not rules.clause_breaks.search(_gap_text(sentence, m.end(), g.start))
            # (not "whether all of them had been shot, or ... people counted by police": the agent
            # of another verb)
            and not _OTHER_VERBS_AGENT.search(sentence, max(m.start() + 1, g.start - 40), g.start)
        ]
        if rules.ordnance_disposal.search(sentence):
            # "charges ... destroyed in a controlled manner by army explosives experts"
            before = [g for g in before if group_kind(g.canonical) != "state"]
            after = [g for g in after if group_kind(g.canonical) != "state"]
        if cue.side == "after" and (
            rules.agentless_by.match(sentence, m.end())
            or rules.document_before.search(sentence[max(0, m.start() - 60) : m.start()])
        ):
            after = []  # "the cartel by the same name", "a communique released by X"
    if cue.state_only:
        # "Somalia's defence ministry said that a drone strike was carried out": a country's force
        # tells of its own strike
        before = [g for g in before if is_country_force(g.canonical)]
        # "the bombings of the government's air force": a state force heading its noun phrase.
        after = [
            g for g in after
            if group_kind(g.canonical) == "state" and _rules().state_head_after.match(sentence, g.end)
        ]
    if cue.stance == "attributed" and cue.side == "after":
        # "accused the army of killing FMLN leaders": the FMLN is the deed's object.
        after = [
            g for g in after
            if not _rules().accused_deed_object.search(_gap_text(sentence, m.end(), g.start))
            # "accused the army of covering for the militia": not of this attack
            and not _rules().accused_other_deed.match(sentence, g.end)
            # "He blamed "Amba terrorists" and said troops had been deployed": another verb's
            and not _ANOTHER_SAYING.search(_gap_text(sentence, m.end(), g.start))
        ]
    if cue.side in ("after", "either"):
        # 'carried out by "khwarij operating from Afghan soil," a term the government uses for
        # the TTP', 'the work of "proxies", a term ...': the word's user is named, not blamed,
        # whatever the cue
        after = [g for g in after if not _TERM_USER.search(sentence, max(m.end(), g.start - 40), g.start)]
    if cue.stance == "denied":
        # "the group the military blamed for the attack denied any role": the group before the
        # accusation accuses, the one accused denies
        before = [g for g in before if not _rules().accuser_gap.match(sentence, g.end)]
    if cue.stance == "suspected" and _SUSPECT_VERB.fullmatch(m.group()) and (
        any(0 <= g.start - m.end() <= 3 for g in after) or _THAT.match(sentence, m.end())
    ):
        # "Security forces of X suspect Y could be behind it": the subject of the present-tense
        # verb suspects; the suspected group follows ("a Taliban suspect was held" keeps it).
        before = []
    if cue.stance == "suspected":
        # "Police suspected X": a state force right before the verb is the one suspecting,
        # unless the verb is passive ("the army is suspected of ...").
        before = [
            g for g in before
            if group_kind(g.canonical) != "state"
            or re.search(r"\b(?:is|are|was|were|been|being)\s+$", sentence[: m.start()])
        ]
    if cue.stance in ("claimed", "not_claimed"):
        # Armies and governments do not claim attacks: a state force nearer the verb is passed
        # over for the group further away ("X, in a message to the police, claimed ..."); one
        # that says it carried out a strike owns up to it (read as admitted by the caller)
        own_strike = cue.stance == "claimed" and _STRIKE_WORD.search(sentence, m.start(), m.end() + 30)
        before = [g for g in before if group_kind(g.canonical) != "state" or own_strike and is_country_force(g.canonical)]
        after = [g for g in after if group_kind(g.canonical) != "state"]
        inside = [g for g in inside if group_kind(g.canonical) != "state"]
    negated = _rules().negated_before
    before = [g for g in before if not negated.search(sentence[max(0, g.start - 20) : g.start])]
    after = [g for g in after if not negated.search(sentence[max(0, g.start - 20) : g.start])]
    if cue.stance in ("claimed", "admitted"):
        # "A little-known splinter group of the Pakistani Taliban claimed the attack": the
        # splinter claims, not the group it came from
        origins = [g for g in before if _SPLIT_FROM.search(sentence, max(0, g.start - 60), g.start)]
        # (and its name again in apposition: "a split within Tehreek-e-Taliban Pakistan, or TTP,")
        before = [g for g in before if not any(o.canonical == g.canonical and o.start <= g.start <= o.end + 12
                                               for o in origins)]
    candidates: list[tuple[int, _Mention]] = []
    if cue.side in ("before", "either"):
        candidates += [(m.start() - g.end, g) for g in before]
    if cue.side in ("after", "either"):
        candidates += [(g.start - m.end(), g) for g in after]
        candidates += [(0, g) for g in inside]
    if not candidates:
        return None
    # Known names beat unknown candidates at similar distance; state forces rank last.
    def rank(item: tuple[int, _Mention]) -> tuple[int, int]:
        dist, g = item
        penalty = 0 if g.known else 30
        if group_kind(g.canonical) == "state":
            # named in most reports as targets or responders: a name the cue marks wins
            penalty += _STATE_PENALTY
        if (_is_affiliation(sentence, g) or _is_patron_of_next(sentence, g, groups)) and actors:
            penalty += 200
        return (dist + penalty, g.start)

    # the patron yields to another group that may act, not to a state force that speaks ("the police
    # said the attackers were suspected foreign terrorists affiliated with LeT")
    actors = any(group_kind(g.canonical) != "state" and not _is_affiliation(sentence, g)
                 for _, g in candidates)

    best = min(candidates, key=rank)[1]
    if not best.known:
        # a generic label, then the name in quotes: 'the Grupo de Delincuencia Organizada (GDO)
        # "Los Lobos"' is Los Lobos
        named = next((g for g in groups if g.known and not g.victim and 0 <= g.start - best.end <= 16
                      and _LABEL_GAP.fullmatch(sentence[best.end:g.start])), None)
        best = named or best
    return _joint(sentence, _parent_of_unit(sentence, best, groups), groups)


_LABEL_GAP = re.compile(r"\s*(?:\([A-Z]{2,6}\))?\s*[,:]?\s*[\"“'‘]?\s*")


# "the Martyr X Battalion of Y": a unit named as part of a group, which answers for it
_UNIT_OF = re.compile(r"(?i)\b(?:battalion|brigade|brigades|unit|wing|cell|front|column|company|detachment|"
                      r"division|regiment|squad|branch|command|section|platoon)(?:\s+(?:no|number))?$")
# (a unit's number between: "Company No. 2 of the Maoists' People's Liberation Guerrilla Army")
_OF_GAP = re.compile(r"(?i)(?:\.?\s*\d{1,3})?[\"”’']?\s+of\s+(?:the\s+)?(?:[\w\-]+['’]s?\s+)?")


def _parent_of_unit(sentence: str, g: _Mention, groups: list[_Mention]) -> _Mention:
    """The group that ``g`` is a unit of, where the sentence names it so ("the Martyr X Battalion
    of Y": Y), else ``g``."""
    if g.known:
        return g  # a unit known by its own name ("the Al-Aqsa Martyrs' Brigades of Fatah")
    for o in groups:
        if g.end <= o.start <= g.end + 26 and group_kind(o.canonical) != "state" \
                and _UNIT_OF.search(sentence, max(0, g.end - 14), g.end) \
                and _OF_GAP.fullmatch(sentence, g.end, o.start):
            return o
    return g


def _joint(sentence: str, best: _Mention, groups: list[_Mention]) -> _Mention:
    """``best`` with the groups coordinated with it as one joint doer ("Hamas and the PFLP took
    responsibility", "guerrillas of the ELN and the FARC attacked", "claimed by X, Y and Z"): a
    mention whose canonical name is the joint label. State forces and victims never join; a list
    joined by commas only ("X, the Y faction, claimed") is an apposition, not a joint act."""
    if group_kind(best.canonical) == "state":
        return best
    pattern = _rules().coordination
    ordered = sorted(groups, key=lambda g: g.start)
    if best not in ordered:
        return best
    at = ordered.index(best)
    joined_by_and: dict[int, bool] = {}  # a chained mention's start → "and" joins it to the one before
    lo = hi = at
    while lo > 0 and (link := _link(pattern, sentence, ordered[lo - 1], ordered[lo])) is not None:
        joined_by_and[ordered[lo].start] = link
        lo -= 1
    while hi + 1 < len(ordered) and (link := _link(pattern, sentence, ordered[hi], ordered[hi + 1])) is not None:
        joined_by_and[ordered[hi + 1].start] = link
        hi += 1
    chain = ordered[lo : hi + 1]
    # A list ends with "and": trailing comma-only links are an apposition, not a joint act.
    while len(chain) > 1 and not joined_by_and[chain[-1].start]:
        chain.pop()
    if best not in chain or len(chain) < 2 or len({g.canonical for g in chain}) < 2:
        return best
    label = joint_label([g.canonical for g in chain])
    if label == best.canonical:
        return best
    return _Mention(label, sentence[chain[0].start : chain[-1].end], chain[0].start, chain[-1].end,
                    all(g.known for g in chain))


def _link(pattern: re.Pattern[str], sentence: str, a: _Mention, b: _Mention) -> bool | None:
    """Whether "and" joins mentions ``a`` and ``b`` (True), a comma only (False), or neither
    (None: not coordinated, or one of them a state force or an anaphor)."""
    if any(group_kind(g.canonical) == "state" or g.anaphor for g in (a, b)):
        return None
    hit = pattern.fullmatch(sentence, a.end, b.start)
    if hit is None:
        return None
    return bool(hit.group("conj") or hit.group("conj2") or hit.group("conj3"))


_SUSPECT_VERB = re.compile(r"suspects?", re.IGNORECASE)
_THAT = re.compile(r"\s+that\b", re.IGNORECASE)
_PARTICIPLE_OBJECT = re.compile(
    r"\b(?:after|before|while|when|by|on|upon)\s+[a-z]+ing\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w\-]+\s+)?$",
    re.IGNORECASE,
)
# (or after a conjunction: "the police car arrived and he shot at the police")
_PRONOUN_SUBJECT = re.compile(r"[^\w\s]\s*(?:\w+\s+){0,3}?(?:they|he|she|we)\s+(?:\w+ly\s+)?$"
                              r"|\b(?:and|but|then|so|when|while|before|until)\s+(?:they|he|she|we)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_NAME_SUBJECT_GAP = re.compile(
    r"[,;:]\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|However|Meanwhile|Later|Then)\b)(?:[A-Z][\w’'\-]+\s+){1,3}(?:[a-z]+ly\s+)?$")
_JOINED = re.compile(r",?\s+(?:and|&)\s+(?:the\s+)?", re.IGNORECASE)
_STATE_PENALTY = 30


def _speaks_of_deed(sentence: str, g: _Mention, cue_start: int, groups: list[_Mention]) -> bool:
    """True when ``g`` is the speaker of a deed verb at ``cue_start``, not its subject: a speech
    verb stands between them ("police said a man opened fire") and ``g`` is a state force or
    another group stands after the speech verb ("X's radio reported the air force bombed")."""
    hit = _rules().speech_verbs.search(_gap_text(sentence, g.end, cue_start))
    if not hit:
        return False
    if group_kind(g.canonical) == "state":
        return True
    said_at = g.end + hit.end()
    return any(said_at <= o.start and o.end <= cue_start for o in groups)


_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_LIST_ITEM_GAP = re.compile(r"\s*,\s+(?:the|a|an|his|her|their|its)\s+(?:[\w\-]+\s+){0,2}[\w\-]+\s*$", re.IGNORECASE)


def _is_reduced_relative(head: str) -> bool:
    """True when ``head`` ends with a noun for the deed itself ("the crime", "the attack")."""
    return bool(_rules().reduced_relative.search(head))


# A wire's dateline and its credit: "OSNABRUECK, Germany, Feb 6 (NPA) - " (the agency's acronym
# is no group named in the story)
_DATELINE_CREDIT = re.compile(r"[A-Z][^()\n]{0,80}?\((?P<credit>[A-Za-z][\w&.\- ]{0,30})\)\s*[-–—]{1,2}\s")
_CREDIT_LOOK = 12  # sentences from the top where a dateline stands


def _credits(doc: Document) -> frozenset[str]:
    """The agencies a wire story credits in its dateline ("Feb 6 (NPA) - "): names of the outlet,
    wherever the story repeats them (a masthead, a sign-off), not of a group."""
    return frozenset(m.group("credit") for s in doc.sentences[:_CREDIT_LOOK]
                     if (m := _DATELINE_CREDIT.match(s.text)) is not None)


def _mask_header(sentence: str) -> str:
    """``sentence`` with wire metadata before a header marker, or a dateline with its credit,
    blanked (offsets kept)."""
    for pattern in _rules().header_markers:
        m = pattern.search(sentence)
        if m:
            return " " * m.end() + sentence[m.end() :]
    m = _DATELINE_CREDIT.match(sentence)
    if m:
        return " " * m.end() + sentence[m.end() :]
    return sentence


def issuer_of(doc: Document, caps: bool) -> tuple[str, str] | None:
    """The group whose own voice the article is, with the channel: a group named in a wire
    header ("[COMMUNIQUE] [FMLN] [TEXT]") or an outlet that speaks for a group."""
    if not doc.sentences:
        return None
    rules = _rules()
    first = doc.sentences[0].text
    header = ""
    for pattern in rules.header_markers:
        m = pattern.search(first)
        if m:
            header = first[: m.start()]
            break
    dateline = header or first[:160]
    for outlet, group in rules.issuer_outlets.items():
        if outlet in dateline.lower():
            return group, outlet.title() if outlet.islower() else outlet
    if header:
        # The issuer is named in brackets after the dateline, not as the dateline's outlet.
        tags = " ".join(re.findall(r"\[([^\]]{2,120})\]", header))
        known = [m for m in find_groups(tags, caps=caps) if m.known and group_kind(m.canonical) != "state"]
        if known:
            return known[0].canonical, "communique"
    for line in doc.text[:1200].splitlines()[:14]:
        # a group's own letterhead ("RAPID SUPPORT FORCES - OFFICIAL SPOKESMAN") or the
        # translator's note of where its statement was posted ("[Source: statement posted on the
        # official Telegram channel of the Rapid Support Forces ...]")
        if (m := _ISSUER_LINE.search(line)) is not None:
            named = [g for g in find_groups(m.group("who") or m.group("who2"), caps=False)
                     if (g.known or m.group("who")) and group_kind(g.canonical) != "state"]
            if named:
                return named[0].canonical, "statement"
    return None


_ISSUER_LINE = re.compile(
    r"^\W*(?P<who>[A-Z][^\n\-–—:]{3,80}?)\s+[-–—:]\s+(?:official\s+)?(?:spokesman|spokesperson|military\s+media|media\s+office|"
    r"general\s+command|command)\W*$"
    r"|^\W*\[?\s*source:\s+(?:a\s+|the\s+)?statement\s+(?:posted|published|issued)\s+on\s+the\s+official\s+(?:\w+\s+)?"
    r"(?:channel|account|website|page)\s+of\s+(?:the\s+)?(?P<who2>[^,.\]]{3,80})", re.IGNORECASE)


def issuer_outlet(outlet: str) -> str | None:
    """The group whose voice ``outlet`` is, by the listed issuer outlets ("Amaq" → Islamic State)."""
    low = outlet.lower()
    return next((group for name, group in _rules().issuer_outlets.items() if name in low), None)  # keys: lower case


# a group named as where a splinter came from (not a wing or branch, which is still the group's)
_SPLIT_FROM = re.compile(r"(?:\b(?:splinter|breakaway)\s+(?:faction|group|outfit|cell)?\s*of|\b(?:broke|broken|breaking|split|"
                         r"splintered|defected)\s+(?:away\s+)?(?:off\s+)?from|\b(?:split|rift|schism)\s+(?:within|in|inside))"
                         r"\s+(?:the\s+)?$", re.IGNORECASE)


def _is_affiliation(sentence: str, g: _Mention) -> bool:
    head = sentence[max(0, g.start - 60) : g.start]
    return any(p.search(head) for p in _rules().affiliation)


def _acting_after_patron(sentence: str, g: _Mention, groups: list[_Mention]) -> _Mention | None:
    """Y in "X splinter group Y", "X's armed wing, Y": the group named right after a patron."""
    m = _rules().patron_of_next.match(sentence, g.end)
    if not m:
        return None
    return next((o for o in groups if m.end() <= o.start <= m.end() + 3), None)


def _is_patron_of_next(sentence: str, g: _Mention, groups: list[_Mention]) -> bool:
    """True for X in "X splinter group Y": the group named next is the actor."""
    return _acting_after_patron(sentence, g, groups) is not None


class _Hit(NamedTuple):
    stance: str
    group: _Mention | None
    m: re.Match[str]
    relayed: bool = False  # a claim someone else reports ("X's claim"), not the group's own words


# deed verbs in the present tense: in a quotation outside the headline they make a charge or a
# habit ("they kill their own people"), not a report of the deed
_PRESENT_DEEDS = frozenset({
    "kill", "kills", "attack", "attacks", "shoot", "shoots", "stab", "stabs", "kidnap", "kidnaps", "abducts",
    "raids", "storms", "seizes", "executes", "massacres", "beheads", "rams", "torches", "hijack", "hijacks",
    "plants", "throws", "hurls", "assassinates", "detonates", "opens fire", "sets off", "carries out",
    "ambushes", "cause", "causes", "wounds", "injures"})


def _norm_words(text: str) -> str:
    return " ".join(text.lower().split())


def _in_quotes(sentence: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a quotation of ``sentence`` (one opened in an earlier
    sentence too: a closing mark after ``pos`` with no opening one between)."""
    before, after = sentence[:pos], sentence[pos:]
    if before.count('"') % 2 == 1:
        return True
    if after.count('"') % 2 == 1 and before.count('"') % 2 == 0:
        return True
    opened = max(before.rfind("“"), -1) > max(before.rfind("”"), -1)
    closes = after.find("”") != -1 and (after.find("“") == -1 or after.find("”") < after.find("“"))
    return opened or closes


# The response to an attack as the subject of a passive deed verb: "A massive search operation has
# been launched by ...", "the investigation is being carried out by ..."
_RESPONSE_SUBJECT = re.compile(
    r"\b(?:(?:search|rescue|relief|combing|cordon|security|evacuation|clearance|counter-?terror(?:ism)?|mop-?up)"
    r"\s+operations?|investigations?|probes?|inquiry|inquiries|manhunts?|crackdowns?|cordons?)\b"
    r"(?:\s+\([^()]{1,20}\))?(?:\s+(?:has|have|had|was|were|is|are|been|being|be|now|also|since|already|\w+ly))*\s*$"
    # (or the cue that holds the noun: "search | operation has been launched by")
    r"|\b(?:search|rescue|relief|combing|cordon|security|evacuation|clearance|mop-?up)\s+operations?$"
    # (or a gathering after the attack: "a candlelit vigil organised by Churches Together")
    r"|\b(?:vigils?|funerals?|memorials?|marche?s?|rall(?:y|ies)|ceremon(?:y|ies)|prayers?|fundraisers?|protests?|"
    r"demonstrations?|meetings?|conferences?|tributes?|gatherings?|appeals?)\b(?:\s+\w+){0,2}?\s*(?=organi[sz]ed|"
    r"held|led|hosted|arranged|convened|called|launched)\w*$",
    re.IGNORECASE)


def _other_clause_speaker(sentence: str, m: re.Match[str], speaker: _Speaker) -> bool:
    """Whether ``speaker`` speaks in another clause, past a semicolon, than the cue at ``m``:
    "FARDC attribute the attack to M23; M23 and the FDLR have both denied involvement" (the
    blame is FARDC's, the verb's subject, not the deniers')."""
    if ";" not in sentence or not speaker.by:
        return False
    start = sentence.rfind(";", 0, m.start()) + 1
    end = sentence.find(";", m.end())
    clause = sentence[start:end if end >= 0 else len(sentence)].lower()
    # (by its head word: "the police" speaks in "police say insurgents suspected")
    head = re.sub(r"\s*\(.*$", "", speaker.by).split()
    return not head or head[-1].lower() not in clause


def _statements_in(
    sentence: str, caps: bool, last_group: str | None, lede: bool = False,
    acronyms: Mapping[str, str] | None = None,
) -> tuple[list[_Hit], list[_Mention]]:
    sentence = _mask_header(sentence)
    groups = _mentions(sentence, caps, last_group, acronyms)
    taken: list[tuple[int, int]] = []
    found: list[_Hit] = []
    for cue in _rules().cues:
        for m in cue.pattern.finditer(sentence):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if cue.no_group:
                found.append(_Hit(cue.stance, None, m))
                taken.append((m.start(), m.end()))
                continue
            if cue.active and not _acts_as_verb(sentence, m, groups):
                continue
            if cue.active and not lede and _norm_words(m.group()) in _PRESENT_DEEDS and _in_quotes(sentence, m.start()):
                continue  # '"The Choneros kill their own people," the banner read': a charge, not a report
            if cue.active and _COUNTED_BEFORE.search(sentence, max(0, m.start() - 50), m.start()):
                continue  # "eight passengers stabbed or slashed": the counted are the deed's victims
            if cue.active and (_rules().not_deed_objects.match(sentence, m.end())
                               or _rules().not_deed_seizures.match(sentence, m.start())):
                continue  # "the army launched a publicity campaign": no attack
            if cue.stance == "attributed" and cue.side == "after" and _unasserted(sentence, m):
                continue
            if cue.stance == "reported" and cue.side == "after" and not cue.active \
                    and (_RESPONSE_SUBJECT.search(head := sentence[max(0, m.start() - 80):m.start()])
                         or _RESPONSE_SUBJECT.search(head + m.group()[:10].split()[0])):
                continue  # "A search operation has been launched by 11 teams of police": no attack
            if cue.stance in ("reported", "attributed", "suspected") and ("that" in sentence or "evidence" in sentence) \
                    and _DOUBTED_BEFORE.search(sentence, max(0, m.start() - 120), m.start()):
                continue  # "we consider it unlikely that the attack was directed ... by X": no attribution
            group = _pick_group(sentence, cue, m, groups)
            if group is None and not caps and cue.names and (
                cue.stance in ("claimed", "reported", "denied") or cue.name_after
            ):
                # An unlisted name right next to the verb: "Al-Nasireen has claimed ...",
                # "Fadi Aloon stabbed ...", "... carried out by Timothy McVeigh".
                group = _agent_name(sentence, cue, m, groups)
            if group is None:
                continue
            if cue.side == "after" and m.group().lower().endswith("by") and group.start >= m.end() \
                    and _FINITE_VERB.search(sentence, m.end(), group.start) \
                    and not _PASSIVE_BY_BEFORE.search(sentence, m.end(), group.start):
                continue  # "constables injured by brickbats were treated at the Police Lines hospital"
            if group.start >= m.end() and (told := _ACCORDING_TO.search(sentence, m.end(), group.start)) \
                    and "," not in sentence[told.end():group.start]:
                # "attacks attributed to the plan, according to figures from the National Police"
                # (not an aside before the group: "blamed, according to some reports, on X")
                continue
            if cue.active and group.end <= m.start() and "," in sentence[group.end:m.start()] \
                    and _IN_RELATIVE.search(sentence, max(0, group.start - 60), group.start):
                continue  # "The mob, which police estimated at 40 to 50, set the van on fire": the mob did
            if cue.side == "after" and m.group().lower().endswith("by") and m.end() - m.start() > 12 \
                    and _TELLING_AGENT.search(sentence, max(m.start() + 1, m.end() - 40), m.end()):
                continue  # "wounded in the attack (hospital source, confirmed by X office)": X tells
            if group.start >= m.end() and _UNDER_COVER.search(sentence, max(m.end(), group.start - 60), group.start):
                continue  # "settlers' gunfire under the protection of the occupation army": cover, not the doer
            if cue.side == "after" and m.group().lower().endswith("by") and m.end() - m.start() > 12 \
                    and _RESPONSE_BY_END.search(sentence, max(m.start() + 1, m.end() - 60), m.end()):
                continue  # "attacked people with a knife before being shot by police": police stopped him
            if cue.side == "after" and not cue.active and group.start >= m.end() \
                    and _ATTACKERS_AS_PATIENT.search(sentence, max(0, m.start() - 60), m.start()):
                continue  # "the two gunmen shot by the Mobile Squad": the response, not the attack
            if cue.stance == "admitted" and group.end <= m.start() \
                    and _SPEAKS_OF_OTHERS.search(sentence, group.end, m.start()):
                continue  # "The SDF says the two men captured on Sunday confessed to taking part": the SDF tells
            if cue.stance == "reported" and group.start < m.start() \
                    and _BETWEEN_SIDES.search(sentence, max(0, group.start - 80), group.start):
                continue  # "The dispute between the CNG and Los Tejones has killed more than 40": the feud's toll
            if cue.stance == "reported" and group.start >= m.end() and "," in sentence[m.end():group.start] \
                    and _SPEAKER_TAG.match(sentence, group.end):
                continue  # "... shot by armed officers, West Midlands Police said": the speaker
            if group_kind(group.canonical) == "state" and _rules().state_modifier.match(sentence, group.end):
                continue  # "an armed group with military training": no force named
            if cue.stance == "not_claimed" and group_kind(group.canonical) == "state":
                continue  # armies and governments do not claim attacks
            if cue.stance == "claimed" and group_kind(group.canonical) == "state":
                # "U.S. Central Command said it had carried out the strike": a state owns up to
                # its strike, it does not claim an attack
                found.append(_Hit("admitted", group, m, cue.relayed))
                taken.append((m.start(), m.end()))
                continue
            if cue.stance == "attributed" and _PROVENANCE.match(m.group()) \
                    and _MESSAGE_BEFORE.search(sentence, max(0, m.start() - 90), m.start()):
                # "An audio message circulating on WhatsApp since Wednesday, in Hausa and attributed
                # to Ansaru, denies any role": whose message it is, not who did the attack
                continue
            if cue.stance == "reported" and _rules().earlier_deed.search(
                sentence, 0, min(m.start(), group.start)
            ):
                continue  # "five days after the FMLN had launched its offensive": an earlier deed
            if cue.stance == "reported" and not lede and _series_deed(sentence, m, group.start):
                # "hit by a wave of attacks by X": the group's record, not this attack (the
                # opening sentence tells the article's own event, a wave of attacks included)
                continue
            if cue.stance == "reported" and group_kind(group.canonical) == "state" and not (
                is_country_force(group.canonical) and _STRIKE_WORD.search(m.group())
            ):
                # (a state's strike on militants is its deed, not a response to them)
                window = sentence[max(0, m.start() - 80) : m.end() + 60]
                if any(p.search(window) for p in _rules().response_markers) \
                        or _rules().response_subject.match(sentence, 0, m.start()) \
                        or _HANDED_OVER_TO.search(sentence, 0, group.start):
                    continue  # police or troops acting on the attackers: a response
            stance = cue.stance
            if stance in ("reported", "attributed", "suspected") \
                    and _rules().habitual.search(sentence, max(0, m.start() - 40), m.start()):
                stance = "possible"  # who usually does such deeds, not who did this one
            if stance == "claimed" and _HAD_CLAIMED.search(sentence, max(0, m.start() - 20), m.start() + 12) \
                    and _TAKEN_BACK.search(sentence, m.end()):
                # 'X, which had claimed the attack on Telegram, on Friday posted a "clarification"
                # denying any involvement': the claim taken back
                stance = "denied"
            if stance == "claimed" and group is not None \
                    and _SUPPORTERS_CHANNEL.search(sentence, max(0, group.start - 60), group.start):
                # "an online channel linked to the Islamic State group claimed the attack": its
                # supporters' claim, not the group's own
                stance = "possible"
            if group is not None:
                group = _local_name_of(sentence, group)
            found.append(_Hit(stance, group, m, cue.relayed))
            taken.append((m.start(), m.end()))
    claims = [h.m.end() for h in found if h.stance in ("claimed", "admitted") and h.group is not None]
    if claims:
        # "X claimed responsibility, saying its fighters had killed 30": the deed told after the
        # claim is what the claimant says it did, no statement of its own
        content = _rules().claim_content
        found = [h for h in found if not (h.stance == "reported" and any(
            end <= h.m.start() and content.search(sentence, end, h.m.start()) for end in claims))]
    return found, groups


# a name glossed as what a known group is called locally: "Residents blamed al-Shabaab, as the
# Islamic State-linked insurgents are known locally" (not the Somali group)
_LOCAL_NAME = re.compile(r"\s*,\s*as\s+(?P<desc>[^,.;:]{3,70}?)\s+(?:is|are|were|was)\s+(?:widely\s+|commonly\s+|often\s+)?"
                         r"(?:known|called|referred\s+to)\b", re.IGNORECASE)


def _local_name_of(sentence: str, group: _Mention) -> _Mention:
    """The group a local name stands for, when the text glosses it right after; else ``group``."""
    m = _LOCAL_NAME.match(sentence, group.end)
    if m is None:
        return group
    meant = [g for g in find_groups(m.group("desc")) if g.known and g.canonical != group.canonical]
    if not meant:
        return group
    return _Mention(meant[0].canonical, group.surface, group.start, group.end, True)


# a doubt that governs the deed told after it: "we consider it **unlikely** that the attack was
# directed ... by Islamic State", "there is no evidence that ...", "it is not believed that ..."
_DOUBTED_BEFORE = re.compile(r"\b(?:unlikely|improbable|doubtful|no\s+(?:evidence|indication|sign)s?|not\s+(?:believed|thought|"
                             r"likely|clear)|ruled\s+out)\W{0,4}\s+(?:[\w,]+\s+){0,3}?that\b[^.;]*$"
                             # "He did not provide evidence for the involvement of the CRP"
                             r"|\b(?:no|not\s+(?:provide|give|offer|present|produce|cite)d?(?:\s+any)?|without(?:\s+any)?)\s+"
                             r"evidence\s+(?:for|of)\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
_STRIKE_WORD = re.compile(r"(?i)strike|raid|shelling|bombardment")
# the verb of a speaker's tag after a name: ", West Midlands Police said"
_SPEAKER_TAG = re.compile(r"\s+(?:said|says|told|reported|stated|added|confirmed)\b")


def _series_deed(sentence: str, m: re.Match[str], group_start: int) -> bool:
    """True when the deed the cue at ``m`` ties to the group at ``group_start`` is one of a run
    ("a wave of attacks by X", "hit by a spate of bombings by X"), in a sentence that does not
    date it to the day of the news."""
    rules = _rules()
    window = sentence[max(0, m.start() - 60):max(m.end(), group_start)]
    return bool(rules.series_deed.search(window.lower())) and not rules.series_dated.search(sentence.lower())


_HABIT_OF_BLAMING = re.compile(r"\b(?:habit|practice|tendency|attempts?|temptation)\s+(?:of|to)\b", re.IGNORECASE)


def _rejected_report(sentence: str, before: int, group: str) -> re.Match[str] | None:
    """The phrase by which a speaker rejects the report that names ``group`` before offset
    ``before`` ("Cristiani disavowed versions that claim ..."), unless the speaker is the accused's
    own side: a ministry denying charges against the army answers an accusation, like a group's
    denial, and leaves the army accused."""
    hit = _rules().rejected_reports.search(sentence, 0, before)
    if hit is None:
        return None
    if group and group_kind(group) == "state":
        rejecter = sentence[: hit.start()]
        if _classify_source(rejecter) == "official" or any(
            group_kind(g.canonical) == "state" for g in find_groups(rejecter)
        ):
            return None
    return hit


def _unasserted(sentence: str, m: re.Match[str]) -> bool:
    """True when the accusing verb at ``m`` is an infinitive or under a modal: an accusation
    someone may make, not one made ("the opportunity to accuse the government")."""
    rules = _rules()
    hit = rules.unasserted_before.search(sentence, max(0, m.start() - 40), m.start())
    return bool(hit) and (hit.group("head") or "").lower() not in rules.asserted_to_heads


# no object after a deed verb: it tells what befell the people before it ("killed in ...")
_NO_OBJECT = re.compile(r"\s*(?:$|[,.;:]|(?:in|at|on|near|during|after|as|by|when|while|since|over)\b)", re.IGNORECASE)
_NOUN_DETERMINER = re.compile(r"\b(?:the|those|these)\s+$", re.IGNORECASE)


def _acts_as_verb(sentence: str, m: re.Match[str], groups: list[_Mention]) -> bool:
    """False when the deed word at ``m`` has no subject before it: a noun after a determiner or
    a preposition ("condemned the dynamite attack"), a passive after an auxiliary ("was found
    murdered"), a participle before its agent ("the killing carried out by X") or of the people a
    naming verb takes ("names five soldiers killed")."""
    rules = _rules()
    head = sentence[: m.start()]
    if _NOUN_DETERMINER.search(head, max(0, m.start() - 8)):
        return False  # "the families of the murdered": the dead, not a deed
    if rules.passive_before.search(head) or rules.participle_after.match(sentence, m.end()) \
            or rules.negated_deed.search(head, max(0, m.start() - 40)):
        return False
    if (obj := rules.participle_object.search(head, max(0, m.start() - 60))) is not None \
            and not any(obj.start() <= g.start < m.start() for g in groups):
        return False  # "Army names five soldiers killed in the ambush"
    if m.group().lower() in rules.deed_homographs:
        noun = rules.noun_context.search(head)
        # "the FMLN attack": a group between the determiner and the word is its doer either way.
        if noun and not any(noun.start() <= g.start and g.end <= m.start() for g in groups):
            return False
    return True


_CAP_WORD = r"(?:[A-Z][\w'’\-]*|al-[A-Z][\w'’\-]*|bin|ibn|al|el|de|del|la|van|von|der|of|the)"


# ranks of state forces' officers: a name after one is an officer's, not an attacker's or a group's
_OFFICER_RANKS = frozenset({"colonel", "col", "lt", "lieutenant", "general", "gen", "brigadier", "brig", "major", "maj",
                            "captain", "capt", "sergeant", "sgt", "inspector", "superintendent", "supt", "corporal",
                            "admiral", "commissioner", "deputy", "officer", "constable", "pc", "trooper", "detective",
                            "sheriff", "patrolman", "patrolwoman", "agent"})


# an official's title before a name: he speaks or acts for the state, no doer of the attack
_OFFICIAL_TITLES = frozenset({"attorney", "prosecutor", "judge", "governor", "mayor", "minister", "senator", "coroner",
                              "spokesman", "spokeswoman", "spokesperson", "magistrate", "councillor", "councilor"})
_TITLE_QUALIFIERS = frozenset({"district", "state", "county", "public", "chief", "deputy", "prime", "interior",
                               "defence", "defense", "foreign", "police", "army", "military", "government", "city"})


def _agent_name(
    sentence: str, cue: _Cue, m: re.Match[str], groups: list[_Mention]
) -> _Mention | None:
    """A capitalised name (group or person) adjacent to a cue, when the gazetteer has none."""
    rules = _rules()
    if m.group().lower() in ("attack", "attacks"):
        return None  # "the 2015 Tel Aviv attacks": a noun naming the place, not a verb
    span: tuple[int, int] | None = None
    if cue.side == "before":
        # Skip an apposition or an age between the name and the verb: "Barend Strydom, a
        # farmer, shot ...", "Tarak Yahya (20) stabbed ..."; a name may itself be the
        # apposition: "A student, Charles Bishop, hijacked ...".
        head = re.sub(
            r"(?:,\s+(?:a|an|the)\s+[^,;]{1,80},|\s*\([^()]{1,40}\))\s*$", "", sentence[: m.start()]
        )
        # "The FPRNE's spokesman, Hassane Abakar Moussa, denied ...": the group speaks through him
        hit = re.search(
            rf"(?<![\w'’\-])(?:[Tt]he\s+)?((?:{_CAP_WORD}\s+){{0,4}}[A-Z][\w\-]*)['’]s\s+(?:[\w\-]+\s+)?(?:spokes(?:man|woman|person)|leader|"
            rf"commander|chief|head|emir|representative)\s*,\s*[^,;]{{2,60}},?\s*$", head,
        ) or re.search(
            # "\s*": once an apposition is cut off, the name ends the head without a space.
            rf"((?:{_CAP_WORD}\s+){{0,5}}[A-Z][\w'’\-]*),?\s*(?:has\s+|have\s+|had\s+|also\s+|then\s+|later\s+)?$",
            head,
        )
        if hit:
            span = (hit.start(1), hit.end(1))
    elif cue.side == "after" and (cue.name_after or m.group().lower().endswith("by")):
        # "by far left extremist Volkert van der Graaf": a description may come before the name.
        rest = sentence[m.end() :]
        lead = re.match(r"\s*", rest).end()
        described = rules.person_descriptors.match(rest, lead)
        if described:
            lead = described.end()
        elif not cue.name_after and lead == 0:
            return None
        hit = re.compile(rf"((?:{_CAP_WORD}\s+){{0,5}}[A-Z][\w'’\-]*)").match(rest, lead)
        if hit:
            span = (m.end() + hit.start(1), m.end() + hit.end(1))
    if span is None:
        return None
    if not cue.name_after and (
        rules.object_prepositions.search(sentence[max(0, span[0] - 25) : span[0]])
        or re.search(r"\b(?:in|of|near|outside|inside)\s+$", sentence[max(0, span[0] - 12) : span[0]])
    ):
        return None  # "in Tel Aviv", "a group of Jews": a place or an object, not the doer
    text = sentence[span[0] : span[1]]
    words = text.split()
    if words and words[0].lower() in ("our", "my", "your"):
        return None  # "Our Provincial Gendarmerie Command has launched an operation": the speaker's own force
    while words and (words[0].lower() in rules.agent_stopwords or words[0].islower()):
        words = words[1:]
    while words and words[-1].lower() in ("of", "the", "al", "de", "la", "del"):
        words = words[:-1]
    if not words or (len(words) == 1 and "-" not in words[0] and not cue.name_after):
        return None  # a lone capitalised word is too often "He", "Police", "Monday"
    if words[-1].lower() in rules.not_agent_heads:
        return None  # "Kandahar Airport", "Interior Ministry": a place or an institution
    if any(w.lower() in rules.agent_stopwords for w in words):
        return None
    if all((word_value(w.lower()) or 0) > 0 for w in words):
        return None  # "Thirty-four abducted students ... were rescued": a count, not a name
    if (word_value(words[0].lower()) or 0) > 0:
        if _NO_OBJECT.match(sentence, m.end()) and not m.group().lower().endswith("fire"):  # ("opened fire on")
            return None  # "Five Maoists killed in Bijapur encounter": a headline's passive, the dead
        words = words[1:]  # "Two Palestinians stabbed a soldier": the people, by their name
        if not words:
            return None
    if words[0].rstrip(".").lower() in _OFFICER_RANKS:
        return None  # "The operation was led by Colonel X": an officer of the state's forces
    if words[0].rstrip(".").lower() in _OFFICIAL_TITLES or len(words) > 1 \
            and words[1].lower() in _OFFICIAL_TITLES and words[0].lower() in _TITLE_QUALIFIERS:
        return None  # "the statement released by District Attorney Marcus Ellery": an official
    name = " ".join(words)
    start = span[0] + text.index(words[0])
    end = start + len(name)
    if any(g.start < end and start < g.end for g in groups):
        return None
    if cue.side == "after" and _DEFENDER_APPOSITION.match(sentence, end):
        return None  # "he was shot by X, a village guard ... who returned fire": the one who stopped him
    if cue.side == "after":
        # "carried out by Timothy McVeigh and Terry Nichols": two named doers act together.
        other = _SECOND_NAME.match(sentence, end)
        if other and not any(w.lower() in rules.agent_stopwords for w in other.group(1).split()) and not any(
            g.start < other.end(1) and other.start(1) < g.end for g in groups
        ):
            return _Mention(joint_label([name, other.group(1)]), sentence[start : other.end(1)],
                            start, other.end(1), False)
    return _Mention(name, sentence[start:end], start, end, False)


# an apposition that makes the named agent a defender: ", a village guard (korucu) who ... returned
# fire", ", an off-duty police officer"
_DEFENDER_APPOSITION = re.compile(r",\s+(?:an?\s+|the\s+)?(?:[\w\-()]+\s+){0,4}?(?:guard|officer|policeman|policewoman|"
                                  r"soldier|bodyguard|gendarme|constable|deputy|security\s+guard|ranger)\b"
                                  r"|[^.;]{0,80}?\bwho\s+(?:had\s+)?returned\s+fire\b", re.IGNORECASE)


# A second personal name joined by "and" (two capitalised words at least).
_SECOND_NAME = re.compile(r"\s+and\s+([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})\b")


def _adjust(
    stance: str,
    hedges: dict[str, list[str]],
    speaker: _Speaker | None = None,
    group: str = "",
    distanced: bool = False,
    known_deed: bool = False,
) -> str:
    """The stance after the sentence's hedges: a reported deed that is "said to be" (or that the
    author gives as an opinion) is suspected, one that "possibly" happened is possible, one an official "claimed that" or
    that stands "according to" an official body is an accusation. ``known_deed``: the sentence
    only adds who did a deed already told ("the attack was carried out by X"), so an official
    source makes it the officials' attribution, not a report of the deed."""
    if stance in ("reported", "attributed", "suspected"):
        if hedges.get("possible"):
            return "possible"
        if hedges.get("unconfirmed"):
            return "suspected"  # blamed, but "not formally confirmed": a suspicion
        # "In our view, X carried out the attack": the author's judgment, not a reported fact
        if (hedges.get("suspected") or hedges.get("opinion")) and stance == "reported":
            return "suspected"
        if hedges.get("accusation") and stance == "reported":
            return "attributed"
        if stance == "reported" and speaker is not None and speaker.kind == "group":
            # A group telling of its own deed claims it; telling of the other side's accuses it.
            return "claimed" if speaker.group == group else "attributed"
        if stance == "reported" and (distanced or known_deed) and speaker is not None and (
            speaker.kind == "official"
        ):
            return "attributed"
    return stance


def extract_attribution(doc: Document, scope: _Scope, acronyms: Mapping[str, str] | None = None) -> AttributionResult:
    """Every attribution statement of ``doc`` (main and background incidents) and the summary
    of the main incident's attribution. ``acronyms``: unknown groups' acronyms the other articles
    of the set spell out (:func:`groups.document_acronyms`); the article's own spelling wins."""
    caps = is_caps_text(doc.text)
    statements: list[AttributionStatement] = []
    last_group: str | None = None
    named_doer = False  # a group named other than as a victim
    # "Again, according to the official version": the author keeps the officials' account of
    # the main incident at a distance, so what they state is their accusation, not fact.
    distanced = any(
        p.search(s.text) for s in doc.sentences if scope.incident_of(s.index) == MAIN
        for p in _rules().distancing
    )
    issuer = issuer_of(doc, caps)
    acronyms = {**(acronyms or {}), **document_acronyms(doc.text)}
    for sent in doc.sentences:
        found, groups = _statements_in(sent.text, caps, last_group, lede=sent.index == 0, acronyms=acronyms)
        if issuer is not None:
            # "Our units attacked ...", in the group's own communique or radio: a claim.
            for pattern in _rules().first_person_deeds:
                for m in pattern.finditer(sent.text):
                    mention = _Mention(issuer[0], m.group(), m.start(), m.end(), True)
                    found.append(_Hit("claimed", mention, m))
        if sent.text.rstrip(" \"”'’)]").endswith("?") or VERSION_NOTE.match(sent.text):
            found = []  # a question asserts nothing, nor a wire's note of what its version adds
        if found:
            found = _without_non_doers(sent.text, found)
        speaker = speaker_of(sent.text, groups) if found else None
        if speaker is not None and speaker.by.lower() == "it":
            # "Tajikistan's GKNB gave a sharply different account. It said ...": the body the
            # sentence before opens with, or no one named
            speaker = _body_subject(doc.sentences[sent.index - 1].text) if sent.index > 0 else None
        elif speaker is not None and speaker.by.lower() in _PRONOUNS:
            speaker = _antecedent_speaker(doc, sent.index) or speaker
        if issuer is not None and speaker is not None and speaker.kind == "outlet":
            # "A report from Morazan says ...", in the group's own radio: the group's voice.
            speaker = _Speaker(THE_GROUP, "group", group=issuer[0])
        basis = basis_of(sent.text) if found else ""
        if issuer is not None and not basis and any(
            h.stance == "claimed" and h.group is not None and h.group.surface == h.m.group() for h in found
        ):
            basis = f"claim via {issuer[1]}"
        incident = scope.incident_of(sent.index)
        # A headline compresses ("ISIS Fighters Attack Outpost"): it names the group but its
        # wording says nothing about how sure the attribution is.
        headline = sent.index == 0 and len(doc.sentences) > 1 and not sent.text.endswith(
            (".", "!", "?", '"', "”")
        )
        per_group: dict[str, list[_Hit]] = {}
        for hit in found:
            per_group.setdefault(hit.group.canonical if hit.group else "", []).append(hit)
        for name, items in per_group.items():
            stances = {h.stance for h in items}
            for stance, group, m, relayed in items:
                # A bare agent/suspect cue adds nothing when the sentence has a sharper stance.
                sharper = stances & {"claimed", "admitted", "attributed", "denied"}
                if stance == "reported" and stances - {"reported"}:
                    continue
                if stance == "suspected" and sharper:
                    continue
                known_deed = bool(_rules().known_deed_passive.search(sent.text[: m.start()]))
                span = (min(m.start(), group.start), max(m.end(), group.end)) if group else (
                    m.start(), m.end())
                own_hedges = hedges_in(sent.text, span)
                if stance in ("attributed", "suspected") and _unsupported_next(doc, sent):
                    own_hedges.setdefault("unconfirmed", []).append("no evidence given")
                final = _adjust(
                    stance, own_hedges, speaker, name, distanced and incident == MAIN, known_deed
                )
                if final in ("attributed", "suspected") and _rules().superseded_before.search(
                        sent.text, max(0, m.start() - 60), m.start()):
                    final = "withdrawn"  # "who had initially blamed X": an earlier accusation
                rejected = _rejected_report(sent.text, span[0], name)
                if rejected:
                    # "X disavowed versions that claim the FMLN committed the murder": someone's
                    # report, which the speaker disputes.
                    own_hedges.setdefault("accusation", []).append(rejected.group())
                    if _HABIT_OF_BLAMING.search(rejected.group()):
                        final = "denied"  # "we reject the habit of labelling every attack ... the work of X"
                    elif final == "reported":
                        final = "attributed"
                if any(st.stance == final and st.group == name and st.sentence_index == sent.index
                       for st in statements):
                    continue
                if relayed and final == "claimed" and speaker is not None and speaker.kind != "group":
                    by = speaker.by  # "Officials said X's claim could not be verified"
                elif final in ("claimed", "admitted", "denied") and name:
                    by = THE_GROUP
                elif headline:
                    by = HEADLINE
                elif speaker is not None and speaker.kind == "group" and speaker.group and name \
                        and group_kind(name) == "state":
                    by = speaker.group  # a group's spokesman blaming the state's forces: the group's word
                elif speaker is not None and not _other_clause_speaker(sent.text, m, speaker):
                    by = speaker.by
                else:
                    # "Police blamed the attack on X": the accuser is the verb's subject.
                    # (or a name told in full before: "Gonda-Yapende blamed ...")
                    accuses = final in ("attributed", "suspected", "possible", "withdrawn")
                    subject = _subject_speaker(sent.text, m.start()) if accuses else None
                    if subject is None and accuses:
                        subject = _named_before(doc, sent.index, sent.text[: m.start()])
                    by = subject.by if subject else AUTHOR
                if final in ("attributed", "suspected", "possible") and name and len(by.split()) <= 3 \
                        and group_kind(name) == "state" \
                        and [g.canonical for g in find_groups(by) if g.known] == [name]:
                    # "The military blamed the Zomi Army": no force accuses itself; the name
                    # was misread as the accuser's own (an unknown group's "Army")
                    continue
                if final in ("reported", "attributed", "suspected", "possible", "claimed") and name and by != AUTHOR \
                        and group_kind(name) != "state" and casualty_party(name) == "security" \
                        and (by == THE_GROUP or name in {g.canonical for g in find_groups(by) if g.known}):
                    # "SDF spokesman X said the search for other members of the cell continues, as
                    # the SDF believes not all who took part in the attack have been found": a
                    # force that defends its ground (not a state's: they have the rule above),
                    # telling of the attack on it, does not name itself its doer
                    continue
                if final == "reported" and name and group_kind(name) == "state" and _STATE_RESPONSE.search(sent.text):
                    # "police shot dead a suspect during a raid", "a man identified by police":
                    # the state's forces hunting the doers, not doing the deed
                    continue
                start = sent.start + min(m.start(), group.start if group else m.start())
                end = sent.start + max(m.end(), group.end if group else m.end())
                statements.append(
                    AttributionStatement(
                        article_id=doc.article_id,
                        group=name,
                        stance=final,
                        by=by,
                        basis=basis,
                        hedges=[h for k in ("suspected", "unconfirmed", "possible", "accusation", "source", "opinion")
                                for h in own_hedges.get(k, [])],
                        incident=_statement_incident(scope, sent.index, span[0], m, incident),
                        sentence=sent.text,
                        start=start,
                        end=end,
                        sentence_index=sent.index,
                        surface=group.surface if group else "",
                    )
                )
        # The last non-state group named is what "the group" refers to next; one named only as
        # a victim when no other group has been named yet; one named in a gloss only when the
        # sentence names no other ("JNIM, al-Qaeda's affiliate in the Sahel, claimed ...": the
        # group is JNIM).
        glossed = [(a.start(), a.end()) for a in _GLOSS.finditer(sent.text)]
        plain = [g for g in groups if not any(s <= g.start and g.end <= e for s, e in glossed)]
        for g in plain if glossed and any(not g.anaphor for g in plain) else groups:
            if g.known and not g.anaphor and group_kind(g.canonical) != "state" and (
                not g.victim or not named_doer
            ):
                last_group = g.canonical
                named_doer = named_doer or not g.victim
    leaders = _leaders(doc.text, caps, acronyms)
    if leaders:
        # "Ti Lyon's claim": the leader named as the group's speaks for it
        statements = [replace(st, group=leaders[st.group]) if st.group in leaders else st for st in statements]
    statements = _group_voice_blames(_counter_blames(statements), caps, acronyms)
    if issuer is not None and issuer[1] == "statement":
        # a group's own statement blaming another ("the civilian casualties ... were caused by the
        # army's drones"): the group's word, not the author's report
        statements = [replace(st, by=issuer[0], stance="attributed")
                      if st.by == AUTHOR and st.group and st.group != issuer[0]
                      and st.stance in ("reported", "attributed", "suspected") else st for st in statements]
    if any(st.stance == "claimed" for st in statements):
        # "That the FUA carried out the ambush is not disputed: it claimed the attack ... The FUA
        # denies any link [with JNIM]": a group that claims denies a link to another, not the attack
        claimants = {st.group for st in statements if st.stance == "claimed" and st.incident == MAIN}
        statements = [st for st in statements if not (
            st.stance == "denied" and st.group in claimants and _LINK_DENIED.search(st.sentence))]
        statements = _decoy_claims(doc, scope, statements)
        # "No other group has claimed the attack": beside a group's claim, a word that the claim
        # stands alone, not that the attack went unclaimed
        claimed_in = {st.incident for st in statements if st.stance == "claimed"}
        statements = [st for st in statements if not (
            st.stance == "not_claimed" and not st.group and st.incident in claimed_in
            and _NO_OTHER.search(st.sentence))]
    summary = summarise(doc, statements, scope, caps)
    summary.attackers, summary.alone = named_attackers(doc, scope)
    return AttributionResult(statements, summary)


_PERSON = r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}"
_ALIAS = r"(?:,?\s+(?:alias|known\s+as|a\.k\.a\.|nicknamed|better\s+known\s+as)\s+[\"“](?P<alias>[^\"”]{2,30})[\"”])?"
# "Lakou Wouj leader Jean-Rony Delva, alias "Ti Lyon"", "Jean-Rony Delva, known as "Ti Lyon", the
# leader of the Lakou Wouj gang"
_LEADER_PATTERNS = (
    re.compile(rf"(?P<group>(?:[A-Z][\w’'\-]+\s+){{1,4}}?(?:gang\s+|group\s+|militia\s+)?)(?:leader|chief|boss|commander)\s+"
               rf"(?P<person>{_PERSON}){_ALIAS}"),
    re.compile(rf"(?P<person>{_PERSON}){_ALIAS},\s+(?:the\s+)?(?:leader|chief|boss|head|commander)\s+of\s+"
               rf"(?P<group>(?:the\s+)?(?:[A-Z][\w’'\-]+(?:\s+|$)){{1,4}}(?:gang|group|militia|movement|front|army|cartel|faction|coalition)?)"),
)


def _leaders(text: str, caps: bool, acronyms: Mapping[str, str] | None) -> dict[str, str]:
    """The names and aliases of the groups' leaders the article gives, each with the group it
    leads: a leader's words and deeds are the group's."""
    if caps or not any(w in text for w in ("leader", "chief", "boss", "commander", "head of")):
        return {}
    out: dict[str, str] = {}
    named_in_text: list[str] | None = None
    for pattern in _LEADER_PATTERNS:
        for m in pattern.finditer(text):
            named = [g.canonical for g in find_groups(m.group("group"), caps=False, acronyms=acronyms)
                     if group_kind(g.canonical) != "state"]
            if not named:
                # "Lakou Wouj leader X": the name the article gives in full ("the Lakou Wouj gang")
                if named_in_text is None:
                    named_in_text = [g.canonical for g in find_groups(text, caps=False, acronyms=acronyms)]
                head = m.group("group").strip()
                named = [g for g in named_in_text if len(head) > 3 and g.startswith(head + " ")] \
                    or ([head] if " " in head and head[:1].isupper() and not head.startswith("The ") else [])
            if not named:
                continue
            for name in (m.group("person"), m.group("alias")):
                if name and name not in out and not find_groups(name, caps=False, acronyms=acronyms):
                    out[name] = named[0]
    return out


def _counter_blames(statements: list[AttributionStatement]) -> list[AttributionStatement]:
    """``statements`` where a group that denies the deed blames another in the same sentence ("a
    banner signed X denied the gang's involvement and blamed Y"): the blame is the denying
    group's word (``by`` its name), not the author's."""
    deniers = {st.sentence_index: st.group for st in statements if st.stance == "denied" and st.group}
    if not deniers:
        return statements
    out = []
    for st in statements:
        if st.stance in ("attributed", "suspected") and st.group:
            # (not a joint denial of the blamed group and another: "M23 and the FDLR have both denied")
            if st.sentence_index in deniers and st.by == AUTHOR and st.group != deniers[st.sentence_index] \
                    and st.group not in deniers[st.sentence_index]:
                st = replace(st, by=deniers[st.sentence_index])
            elif st.by.lower() in _PRONOUN_SPEAKERS and (denier := next(
                    (deniers[i] for i in (st.sentence_index - 1, st.sentence_index - 2) if i in deniers), None)) \
                    and st.group != denier:
                # "X's spokesman denied that its fighters were involved. '... This is the work of
                # bandits,' he said": the denier's word, told on
                st = replace(st, by=denier)
        out.append(st)
    return out


_PRONOUN_SPEAKERS = frozenset({"he", "she", "they", "it"})


_GROUP_MEDIA_AFTER = re.compile(r"\W{0,3}(?:messaging|messages|media|channels?|accounts?|statements?|videos?|"
                                r"banners?|spokes(?:man|woman|person)|propaganda|outlets?)\b", re.IGNORECASE)


def _group_voice_blames(statements: list[AttributionStatement], caps: bool,
                        acronyms: Mapping[str, str]) -> list[AttributionStatement]:
    """``statements`` where the author's blame is told of another group's media ("a video posted
    by an account that circulates X messaging ... blamed Y"): the blame is X's word (``by`` its
    name), a rival's, not the author's."""
    out = []
    for st in statements:
        if st.stance in ("attributed", "suspected") and st.by == AUTHOR and st.group and st.start > 0:
            voices = [g for g in find_groups(st.sentence[:st.start], caps=caps, acronyms=acronyms)
                      if _canon_or(g.canonical) != _canon_or(st.group) and _GROUP_MEDIA_AFTER.match(st.sentence, g.end)]
            if voices:
                st = replace(st, by=voices[-1].canonical)
        out.append(st)
    return out


def _canon_or(name: str) -> str:
    return (canonical_group(name) or name).casefold()


# a state force's deed told of the hunt for the doers: its raids, the suspects it shot or
# arrested, the dead it identified
_STATE_RESPONSE = re.compile(
    r"\b(?:suspects?|(?:police|security|army|military)\s+raids?|during\s+(?:a|the|one\s+of\s+the)\s+raids?|manhunt|"
    # the hunt for the doers: "a security operation ... is being carried out ... to locate the other participants"
    r"(?:operation|search|sweep|deployment)\b[^.;]{0,200}\bto\s+(?:locate|find|track\s+down|hunt\s+down|capture|arrest)|"
    r"one\s+of\s+the\s+(?:gunmen|attackers|assailants|perpetrators|suspects)|identified\s+by|"
    # the attackers' home, village or family: "Israeli troops raided the attackers' home village"
    r"(?:attackers?|assailants?|gunm[ae]n|perpetrators?|suspects?|bombers?|shooters?)['’]s?\s+(?:home|homes|house|houses|"
    r"village|town|family|families|relatives)|homes?\s+of\s+the\s+(?:attackers?|assailants?|gunm[ae]n|perpetrators?|"
    r"suspects?|bombers?)|"
    # the attacker stopped by them: "the attacker was shot and seriously wounded by police"
    r"(?:attacker|assailant|gunman|suspect|perpetrator|knifeman|shooter|bomber|assailants|attackers|"
    r"before\s+(?:he|she|they)\s+(?:was|were))\b[^.;]{0,80}\bby\s+"
    r"(?:the\s+|a\s+)?(?:police|officers?|policemen|troops|soldiers|security\s+forces|gendarmes))\b", re.IGNORECASE)
_NO_OTHER = re.compile(r"\b(?:no\s+other|nobody\s+else|no\s+one\s+else|no\s+further)\b", re.IGNORECASE)


# a feud or a war between two sides, the subject of the deed: "The dispute between the CNG and Los
# Tejones has killed more than 40 people"
_BETWEEN_SIDES = re.compile(r"\b(?:dispute|war|conflict|feud|rivalry|fighting|clashes|turf\s+war|battle)\s+between\s+"
                            r"(?:the\s+)?(?:[\w'’\-]+\s+){0,6}?(?:and\s+(?:the\s+)?)?$", re.IGNORECASE)


# another claimant named in a decoy's words: "a group calling itself Saraya Bab al-Mandab"
_OTHER_CLAIMANT = re.compile(r"\b(?:calling\s+itself|calls\s+itself|called|named|styling\s+itself)\s+(?:the\s+)?[\"“]?[A-Z]")


DECOY_HEDGE = "a claim called a decoy or dismissed"


def _decoy_claims(doc: Document, scope: _Scope, statements: list[AttributionStatement]) -> list[AttributionStatement]:
    """``statements`` with the main incident's claims made possible only where the article says
    the claim is a decoy ("the banner was a decoy planted to divert attention", "a false flag"):
    a claim an official calls planted names its group no more than as a possibility. A group the
    decoy sentence itself blames keeps its statements."""
    decoys = [s for s in doc.sentences if scope.incident_of(s.index) == MAIN and _rules().decoy_claim.search(s.text)]
    if not decoys:
        return statements
    # the group whose claim the sentence dismisses, named inside the dismissal ("The claim
    # published by a channel associated with X has been treated with scepticism")
    doubted = {(st.sentence_index, st.group) for st in statements for d in decoys
               if st.sentence_index == d.index and st.stance in ("suspected", "possible") and _named_in_dismissal(d.text, st.group)}
    blamed = {st.group for st in statements for d in decoys if st.sentence_index == d.index and st.stance != "claimed"
              and (st.sentence_index, st.group) not in doubted}
    # a decoy sentence that names the group whose claim it dismisses is of that group's claim only
    # ("A second claim, posted by a group calling itself X, was dismissed by Western officials"),
    # not of another group's claim told before it
    def concerns(decoy: str, group: str) -> bool:
        m = _rules().decoy_claim.search(decoy)
        # a group named before the dismissal is the one whose claim it is ("It is unlikely that JNIM
        # took part; its claim is best read as opportunistic"); one named after is blamed instead
        named = {g.canonical.lower() for g in find_groups(decoy)
                 if m is not None and g.start < m.start() and group_kind(g.canonical) != "state"}
        if named and group.lower() not in named:
            return False
        said = decoy[m.start():m.end()] if m else decoy
        return group.lower() in said.lower() or _OTHER_CLAIMANT.search(said) is None

    out = []
    for st in statements:
        if st.stance == "claimed" and st.incident == MAIN and st.group not in blamed \
                and any(d.index >= st.sentence_index - 3 and concerns(d.text, st.group) for d in decoys):
            st = replace(st, stance="possible", hedges=[*st.hedges, DECOY_HEDGE])
        elif (st.sentence_index, st.group) in doubted and st.incident == MAIN:
            st = replace(st, stance="possible", hedges=[*st.hedges, DECOY_HEDGE])
        out.append(st)
    return out


def _claim_dismissed(doc: Document, scope: _Scope, group: str) -> bool:
    """Whether a main-incident sentence dismisses a claim and names ``group`` inside the
    dismissal ("the Islamic State claim is very probably opportunistic")."""
    return any(scope.incident_of(s.index) == MAIN and _named_in_dismissal(s.text, group) for s in doc.sentences)


def _named_in_dismissal(text: str, group: str) -> bool:
    """Whether ``text`` dismisses a claim (``decoy_claim``) and names ``group`` inside the
    dismissal or just before it ("the Islamic State claim is very probably opportunistic")."""
    m = _rules().decoy_claim.search(text)
    return m is not None and any(g.canonical == group and m.start() - 40 <= g.start < m.end() for g in find_groups(text))


def _state_hit(h: _Hit, stances: tuple[str, ...] = ("reported",)) -> bool:
    """Whether hit ``h`` names a state's force with one of ``stances``."""
    return h.stance in stances and h.group is not None and group_kind(h.group.canonical) == "state"


def _without_non_doers(text: str, found: list[_Hit]) -> list[_Hit]:
    """``found`` without the hits of sentence ``text`` that name no doer of the attack: the
    state's forces that respond to it, arrest its suspects or are a speaker's own; a body's
    figures; a "no claim" the sentence itself answers with the group's announcement."""
    if _DECLINED_TO_SAY.search(text):
        # "He declined to say who police believed was behind the attack": no one is named
        return [h for h in found if h.stance in ("not_claimed", "denied")]
    if _ENDS_THE_SIEGE.search(text) or _NONE_HIT_BY.search(text) or _RESPONDERS_FIRE.search(text):
        # "police special forces stormed a bank branch ..., ending a nearly 11-hour standoff":
        # the state's forces ending a siege or freeing hostages, or whose fire hit no one ("Not
        # one hostage was hit by police fire")
        found = [h for h in found if not _state_hit(h)]
    if (stopped := _STOPPED_BY.search(text)) is not None:
        # "... stabbed several people before being shot dead by police": those who stopped him
        found = [h for h in found if not (_state_hit(h) and h.group.start >= stopped.start())]  # type: ignore[union-attr]
    # "Sheikhupura Police has arrested 137 accused involved in the attack": the arresters
    found = [h for h in found if not (_state_hit(h, ("reported", "attributed"))
                                      and _ARRESTS_AFTER.match(text, h.group.end))]  # type: ignore[union-attr]
    if any(h.stance == "not_claimed" for h in found) and (_CLAIM_AFTER_ALL.search(text) or _SILENCE_ENDED.search(text)):
        # "There was no immediate claim ... that the Tribune could verify, though residents said
        # al-Shabaab's radio had announced ... that its fighters were behind the attack"
        found = [h for h in found if h.stance != "not_claimed"]
    if "our " in text or "Our " in text:
        # "Our troops also seized two rifles from the enemy": a speaker's own forces, the
        # attacker's in its claim, the state's in its account of the response
        found = [h for h in found if not (_state_hit(h) and _OUR_BEFORE.search(
            text, max(0, h.group.start - 12), h.group.start))]  # type: ignore[union-attr]
    if "'s " in text or "’s " in text:
        # "The group's figures for ... security forces killed are far higher": its figures
        found = [h for h in found if not (h.stance == "reported" and h.group is not None
                                          and _ITS_FIGURES.match(text, h.group.end))]
    return found


def _statement_incident(scope: _Scope, index: int, start: int, cue: re.Match[str], incident: str) -> str:
    """The incident of a statement of sentence ``index`` (whose own incident is ``incident``)
    that starts at ``start``, ``cue`` its cue's match: a claim inside a clause on an earlier event
    is that event's (not in the motive: "in retaliation for the killing of X's leader"), as is one
    whose cue runs into such a clause, its object ("The group also claimed the June suicide attack
    on ...")."""
    if incident != MAIN:
        return incident
    if not scope.in_motive(index, start):
        own = scope.incident_at(index, start)
        if own != MAIN:
            return own
    if cue.end() > cue.start() and not scope.in_motive(index, cue.end() - 1):
        return scope.incident_at(index, cue.end() - 1)
    return MAIN


# --- main-incident summary ------------------------------------------------------------------


def _confidence(st: AttributionStatement) -> str | None:
    official = st.by not in (AUTHOR, THE_GROUP) and _classify_source(st.by) == "official" or (
        st.by == UNNAMED_OFFICIALS
    )
    if st.stance in ("claimed", "admitted"):
        # "an alleged spokesman of X claimed ...": the claim stands, who made it is in doubt.
        return ACCUSED if _rules().doubted_claimants.search(st.sentence) else CLAIMED
    if st.by == HEADLINE:
        return None
    if st.stance == "reported":
        return FACT
    if st.stance in ("attributed", "suspected"):
        return ACCUSED_BY_AUTHORITIES if official else ACCUSED
    if st.stance == "possible":
        return POSSIBLE
    return None


_CONFIDENCE_ORDER = (CLAIMED, FACT, ACCUSED_BY_AUTHORITIES, ACCUSED, POSSIBLE)


def is_state_doer(group: str | None, stances: Iterable[str]) -> bool:
    """Whether ``group`` is a country's force owning the deed: named with ``stances`` (its
    statements' stances) that are not all denials or "not claimed" (a state that only denies a
    strike is no doer of it)."""
    return group is not None and is_country_force(group) and any(
        s not in UNSUPPORTIVE for s in stances)


def summarise(
    doc: Document, statements: list[AttributionStatement], scope: _Scope, caps: bool | None = None
) -> AttributionSummary:
    """The main incident's attribution from its statements (with a fallback to the first group
    named in the main incident's sentences when no statement attaches one)."""
    if caps is None:
        caps = is_caps_text(doc.text)
    main = [s for s in statements if s.incident == MAIN and not (s.group and is_unnamed_group(s.group))]
    fallback: str | None = None
    # A group that merely did not claim it ("praised the attack but did not claim it") is not
    # attributed: neither the summary group nor a fallback. A denial answers an accusation, so a
    # group that denies it stays a candidate when no other group is supported.
    negated = {s.group for s in main if s.group and s.stance == "not_claimed"}
    if not any(s.group and s.group not in negated for s in main):
        fallback = _fallback_group(doc, scope, caps, exclude=negated)
        if fallback is None and not any(s.stance == "not_claimed" for s in main):
            main += _opening_statements(doc, statements, scope)
    scores: dict[str, float] = {}
    first_seen: dict[str, int] = {}
    for st in main:
        if not st.group:
            continue
        weight = _WEIGHT.get(st.stance, 1.0)
        if group_kind(st.group) == "state":
            weight *= 0.5  # armies are named in most reports, as targets or responders
        if not is_known_group(st.group):
            weight *= 0.5  # a capitalised phrase that merely looks like a name
        if any(_rules().rejected_reports.search(h) for h in st.hedges):
            weight *= 0.25  # a report the speaker rejects
        scores[st.group] = scores.get(st.group, 0.0) + weight
        first_seen.setdefault(st.group, st.sentence_index)
    summary = AttributionSummary()
    supportive = {g for g in scores if any(
        s.group == g and s.stance not in UNSUPPORTIVE for s in main)}
    # (a group only accused earlier, "who had initially blamed X", is no candidate: a denial
    # answers an accusation that stands, a superseded one stands no more)
    pool = sorted(supportive or {g for g in scores if g not in negated and any(
        s.group == g and s.stance != "withdrawn" for s in main)})
    if pool:
        group = max(pool, key=lambda g: (scores[g], -first_seen[g]))
    else:
        group = fallback
        if group is not None:
            summary.confidence = _fallback_confidence(doc, scope, caps, group)
            if _claim_dismissed(doc, scope, group):
                # "The claim ... by a channel associated with X has been treated with scepticism":
                # the group is named as a claimant the report doubts
                summary.confidence = POSSIBLE
            if summary.confidence is None and _perpetrators_hedged(doc, scope):
                summary.confidence = ACCUSED  # a named group, doers described under a hedge
            if summary.confidence is None and any(
                s.stance == "not_claimed" and not s.group for s in main
            ):
                # "Nobody has claimed it": a group the report merely names is a guess.
                summary.confidence = POSSIBLE
            summary.attribution_uncertain = summary.confidence is not None or None
    claims = [s for s in main if s.stance in ("claimed", "admitted")]
    negatives = [s for s in main if s.stance in ("not_claimed", "denied")]
    if claims:
        summary.claimed = True
    elif negatives:
        summary.claimed = False
    if group is None:
        summary.evidence = [s.evidence() for s in negatives]
        summary.entities = entities_of(doc, negatives, caps, scope)
        return summary
    summary.group = group
    own = [s for s in main if s.group == group]
    confidences = [c for c in (_confidence(s) for s in own) if c]
    if CLAIMED in confidences:
        summary.confidence = CLAIMED
    elif confidences:
        # One accusation or hedge is enough to call the attribution uncertain: reports that
        # state the deed as fact elsewhere usually repeat the same accusation without the hedge.
        doubtful = [c for c in confidences if c != FACT]
        if not doubtful and _perpetrators_hedged(doc, scope):
            # "the bomb, allegedly planted by urban guerrillas": the doers the main incident
            # describes are only suspected, whatever other sentences state of the group.
            doubtful = [ACCUSED]
        summary.confidence = min(doubtful, key=_CONFIDENCE_ORDER.index) if doubtful else FACT
    if confidences:
        summary.attribution_uncertain = summary.confidence in (
            ACCUSED_BY_AUTHORITIES, ACCUSED, POSSIBLE,
        )
    # else: the group is only named (fallback), no statement grades it: confidence unknown.
    if summary.claimed is None and claims:
        summary.claimed = True
    if any(s.stance in ("claimed", "admitted") for s in own):
        summary.attributed_by = THE_GROUP
    else:
        # Who makes the supporting statements: named bodies first, then the author, at most two.
        makers = list(dict.fromkeys(
            s.by for s in own if s.stance not in UNSUPPORTIVE and s.by != HEADLINE
        ))
        named = [b for b in makers if b not in (UNNAMED_OFFICIALS, AUTHOR)]
        rest = [b for b in makers if b in (UNNAMED_OFFICIALS, AUTHOR)]
        chosen = (named + rest)[:2]
        summary.attributed_by = "; ".join(chosen) if chosen else None
    used = own + [s for s in negatives if s not in own]
    summary.evidence = [s.evidence() for s in sorted(used, key=lambda s: s.start)]
    if not own:
        # A group found by name only: the evidence is where the main incident names it.
        summary.evidence = _naming_evidence(doc, scope, caps, group) + summary.evidence
    summary.entities = entities_of(doc, used, caps, scope)
    return summary


def _perpetrators_hedged(doc: Document, scope: _Scope) -> bool:
    """True when a main-incident sentence describes the doers under a hedge ("allegedly
    planted by guerrillas", "presumed terrorists")."""
    pattern = _rules().hedged_perpetrators
    return any(
        pattern.search(s.text) for s in doc.sentences if scope.incident_of(s.index) == MAIN
    )


# a group named as the one others support or praise, not as a doer ("a channel that supports the
# so-called Islamic State", "pro-IS accounts")
_SUPPORTERS_BEFORE = re.compile(r"(?:\b(?:supports?|supporting|supporters\s+of|sympathi[sz]ers\s+of|sympathetic\s+to|"
                                r"sympathi[sz]es\s+with|loyal\s+to)\s+(?:the\s+)?(?:so-called\s+)?[\"“'‘]?|\bpro-)$",
                                re.IGNORECASE)


def _fallback_group(
    doc: Document, scope: _Scope, caps: bool, exclude: set[str] | None = None
) -> str | None:
    """The known non-state group the main incident names most often, else nothing (an unknown
    capitalised name, a state force or a force that holds the ground merely named is as likely a
    victim or a responder as a perpetrator; a group named as a victim or target is none).
    Groups in ``exclude`` (those said not to have claimed it) are passed over."""
    issuer = issuer_of(doc, caps)
    if issuer is not None and issuer[1] == "communique" and issuer[0] not in (exclude or ()):
        # A group's own communique that attaches no deed to anyone speaks of its own doings.
        return issuer[0]
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    hit: set[str] = set()  # the groups named as the victims or the target
    credits = _credits(doc)
    for sent in doc.sentences:
        if scope.incident_of(sent.index) != MAIN:
            continue
        text = _mask_header(sent.text)
        found = [m for m in find_groups(text, caps=caps, acronyms=document_acronyms(doc.text))
                 if m.surface not in credits and not is_unnamed_group(m.canonical)]
        victims = victim_roles(text, [(m.start, m.end) for m in found])
        hit |= {m.canonical for m, victim in zip(found, victims) if victim}
        for m, victim in zip(found, victims):
            if _SUPPORTERS_BEFORE.search(text, max(0, m.start - 40), m.start):
                continue  # "a Telegram channel that supports the so-called Islamic State praised him"
            if m.known and not victim and m.canonical not in (exclude or ()) \
                    and (scope.incident_at(sent.index, m.start) == MAIN  # not in an earlier event's clause,
                         or scope.in_motive(sent.index, m.start)):  # unless the one avenged
                counts[m.canonical] = counts.get(m.canonical, 0) + 1
                first.setdefault(m.canonical, sent.index)
    # The non-state group the main incident names most often (earliest on a tie); not one it names
    # among the victims elsewhere ("Three SDF guards ... wounded" ... "Nothing on SDF numbers")
    # (nor a force that holds the ground, merely named: "Joint forces detained 23 people")
    named = [g for g in sorted(counts) if group_kind(g) != "state" and casualty_party(g) != "security" and g not in hit]
    return max(named, key=lambda g: (counts[g], -first[g])) if named else None


def _naming_evidence(doc: Document, scope: _Scope, caps: bool, group: str) -> list[Evidence]:
    """The first main-incident sentence that names ``group`` (any sentence when none does), with
    the name's span: what a group found by name only rests on."""
    for main_only in (True, False):
        for sent in doc.sentences:
            if main_only and scope.incident_of(sent.index) != MAIN:
                continue
            for m in find_groups(_mask_header(sent.text), caps=caps, acronyms=document_acronyms(doc.text)):
                if m.canonical == group:
                    return [Evidence(doc.article_id, sent.text, sent.start + m.start,
                                     sent.start + m.end, sent.index)]
    return []


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _opening_statements(
    doc: Document, statements: list[AttributionStatement], scope: _Scope
) -> list[AttributionStatement]:
    """Group statements of the opening three sentences that the incident scope dated away from the
    main incident by a bare month or a relative phrase ("on March 1", "the next day"), not by a
    year. Used only when the main incident names no group at all: a report's opening tells its
    main incident, and a date without a year is the least certain reason to call it background."""
    rules = _rules()
    out = []
    for s in statements:
        if s.incident == MAIN or not s.group or s.sentence_index > 2 or is_unnamed_group(s.group):
            continue
        if scope.incident_of(s.sentence_index) == MAIN:
            continue  # in a clause that tells an earlier event of a main-incident sentence
        sent = doc.sentences[s.sentence_index]
        text = sent.text
        if s.stance in UNSUPPORTIVE or _YEAR.search(text):
            continue
        # "has claimed similar attacks": another deed than this one; what follows the statement
        # ("..., who have killed tourists in previous attacks") is a gloss on the group.
        if rules.other_deed.search(text[: max(0, s.end - sent.start)]):
            continue
        # After the opening sentence, only a statement about "the attack" just told counts
        # ("claimed responsibility for the attack").
        if s.sentence_index > 0 and not rules.definite_deed.search(text):
            continue
        out.append(s)
    return out


def _fallback_confidence(doc: Document, scope: _Scope, caps: bool, group: str) -> str | None:
    """How sure a group found only by name is: a hedge or an opinion in a main-incident sentence
    that names it ("it is presumed that ... the FMLN", "I believe the FMLN ...") makes it suspected
    or possible; without one nothing grades it. In the group's own communique or radio ("we
    think the talks must include the FMLN") an opinion is the group's view, no doubt about it. A
    group named as one side of a fight ("fighting between the guerrillas and the army") is possible."""
    found: set[str] = set()
    issuer = issuer_of(doc, caps)
    own_voice = issuer is not None and issuer[0] == group
    for sent in doc.sentences:
        if scope.incident_of(sent.index) != MAIN:
            continue
        if not any(m.canonical == group
                   for m in find_groups(_mask_header(sent.text), caps=caps, acronyms=document_acronyms(doc.text))):
            continue
        found |= {k for k, v in hedges_in(sent.text).items() if v and not (own_voice and k == "opinion")}
        # (not in a question, nor in the group's own voice, where its fights are its own)
        if not own_voice and not sent.text.rstrip(" \"”'’)]").endswith("?") and (
            _rules().two_sided.search(sent.text)
        ):
            found.add("possible")
    if "possible" in found:
        return POSSIBLE
    if found & {"suspected", "unconfirmed", "accusation", "opinion"}:
        return ACCUSED
    return None


# --- entities -------------------------------------------------------------------------------

# A personal name: capitalised words, allowing Arabic particles ("Abu Bakr al-Baghdadi").
_NAME = r"(?:[A-Z][\w'’\-]+|al-[A-Z][\w'’\-]+|bin|ibn|al|el|de|van|von)"
_PERSON_NAME = rf"[A-Z][\w'’\-]+(?:\s+{_NAME}){{1,4}}"


def _context_sentences(
    doc: Document, statements: list[AttributionStatement], scope: _Scope | None, caps: bool
) -> list[int]:
    """Sentences that speak about who did it: those with a statement, and main-incident
    sentences that name a group of the statements or the attackers."""
    rules = _rules()
    groups = {s.group for s in statements if s.group}
    indexes = {s.sentence_index for s in statements}
    for sent in doc.sentences:
        if scope is not None and scope.incident_of(sent.index) != MAIN:
            continue
        if rules.perpetrator_nouns.search(sent.text) or any(
            m.canonical in groups for m in find_groups(sent.text, caps=caps, acronyms=document_acronyms(doc.text))
        ):
            indexes.add(sent.index)
    return sorted(indexes)


def entities_of(
    doc: Document,
    statements: list[AttributionStatement],
    caps: bool,
    scope: _Scope | None = None,
) -> list[dict[str, str]]:
    """People, places and organisations named where the text says who did it: the groups, the
    speakers with their roles (spokesmen, commanders, governors) and the places the attackers
    came from or through. Nothing is read from ALL CAPS text but the groups and speakers."""
    rules = _rules()
    entities: list[dict[str, str]] = []
    seen: set[str] = set()

    def add(name: str, kind: str, role: str) -> None:
        name = re.sub(r"\s+", " ", name).strip(" ,.;:")
        key = name.lower()
        if not name or key in seen:
            return
        # "Mr. Gochli" after "Mohammad Nabi Gochli": the same person.
        if kind == "person" and any(
            e["kind"] == "person" and e["name"].lower().endswith(key.split()[-1]) for e in entities
        ):
            return
        seen.add(key)
        entities.append({"name": name, "kind": kind, "role": role})

    for st in statements:
        # each group of a joint label on its own
        for name in joint_members(st.group) or ([st.group] if st.group else []):
            add(name, "organisation", "named group")
    role_alt = "|".join(re.escape(r) for r in sorted(rules.person_roles, key=len, reverse=True))
    head_alt = "|".join(re.escape(p) for p in rules.place_heads)
    for i in _context_sentences(doc, statements, scope, caps):
        text = doc.sentences[i].text
        speaker = speaker_of(text)
        if speaker and speaker.kind == "official":
            if speaker.name and not caps:
                add(speaker.name, "person", speaker.role or "source")
            elif speaker.by not in (UNNAMED_OFFICIALS,):
                add(speaker.by, "organisation", "source")
        if caps:
            continue
        # "Umarjon Emomali, a spokesman for the Tajikistan Interior Ministry"
        for m in re.finditer(
            rf"({_PERSON_NAME}),\s+(?:a|an|the)\s+([^,.;]*?\b(?:{role_alt})\b[^,.;]*)", text
        ):
            add(m.group(1), "person", m.group(2).strip())
        # "The governor of Qala-e-Zal, Ahmad Fahim Qarluq," / "the group's leader, Abu Bakr al-Baghdadi,"
        for m in re.finditer(
            rf"\b((?:the\s+)?(?:[\w'’\-]+\s+){{0,2}}(?:{role_alt})(?:\s+of\s+[A-Z][\w'’\-]+)?),\s+({_PERSON_NAME})\s*,",
            text,
        ):
            add(m.group(2), "person", re.sub(r"^the\s+", "", m.group(1), flags=re.IGNORECASE))
        # "Kunduz Province", "the Qala-e-Zal district"
        for m in re.finditer(rf"\b([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+({head_alt})\b", text):
            first = m.group(1).split()[0]
            if first in ("The", "In", "A", "From") or first.lower() in rules.not_place_words:
                continue
            add(m.group(), "place", _place_role(text, m.start()))
        # "the province of Nangarhar", "the Afghan province of Kunduz"
        for m in re.finditer(
            rf"\b(?:{head_alt})\s+of\s+([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)", text
        ):
            add(m.group(1), "place", _place_role(text, m.start()))
    return entities


@lru_cache(maxsize=1)
def _attacker_rules() -> tuple[list[re.Pattern[str]], re.Pattern[str], re.Pattern[str]]:
    """The ``named_attacker`` patterns (case-sensitive: names are capitalised), the
    ``lone_attacker`` pattern, and a gate: one of the attacker nouns or "charged", without which
    no pattern matches."""
    raw = load_data("attribution_cues.yaml")
    spec = raw["named_attacker"]
    nouns = "|".join(re.escape(str(w)) for w in sorted(spec["attacker_nouns"], key=len, reverse=True))
    # (a name ends at a word's end: "Sajid Ullah alias Huzaifa" is not "Sajid Ullah al"; a first
    # name and an initial, as some countries' police give a suspect's: "Georgi D.")
    # One name alone ("identified the bomber as Abdullah"), as some reports give it, ends the
    # phrase: a comma, the sentence's end or a clause word follows ("as a Kabul resident" is no
    # name); see ``_one_word_name_ok`` for the words that are no name.
    one = r"[A-Z][a-z'’\-]{2,}(?![\w'’\-])(?=\s*(?:[,.;:)]|$)|\s+(?:and|who|from|of|in|after|before|said|was|is|had|has)\b)"
    name = rf"(?:{_PERSON_NAME}(?![\w'’\-])|[A-Z][\w'’\-]+\s+[A-Z]\.|{one})"
    patterns = [re.compile(str(p).replace("{ATTACKER}", nouns).replace("{NAME}", name)) for p in spec["patterns"]]
    gate = re.compile(rf"\b(?:{nouns}|charged)\b", re.IGNORECASE)
    return patterns, any_of([str(p) for p in raw["lone_attacker"]]), gate


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """Capitalised words that follow "identified ... as" without naming a person: nationalities
    ("as Afghan"), months and weekdays."""
    words = [*load_data("casualty_parties.yaml")["nationalities"], *load_data("groups.yaml")["nationalities"]]
    calendar = ("january february march april may june july august september october november december "
                "monday tuesday wednesday thursday friday saturday sunday")
    return frozenset({str(w).lower() for w in words} | set(calendar.split()))


def _one_word_name_ok(name: str) -> bool:
    """Whether one capitalised word after "identified the bomber as" may be a person's name: no
    nationality, month or weekday, and no place of the gazetteers ("as Kabul")."""
    from .places import is_place

    return name.lower() not in _not_name_words() and not is_place(name)


def named_attackers(doc: Document, scope: _Scope | None = None) -> tuple[list[NamedAttacker], list[Evidence]]:
    """The individual attackers ``doc`` names in its main-incident sentences ("Police identified
    the gunman as Travis Lee Cordell, 38"), each once with who says so, and the sentences that say
    the attacker acted alone ("one man acting alone", "no group ... behind this"). Nothing is read
    from ALL CAPS text (no capitals tell a name there)."""
    if is_caps_text(doc.text):
        return [], []
    patterns, lone, gate = _attacker_rules()
    found: list[NamedAttacker] = []
    alone: list[Evidence] = []
    for sent in doc.sentences:
        if scope is not None and scope.incident_of(sent.index) != MAIN:
            continue
        text = sent.text
        if lone.search(text.lower()):  # (the patterns are lower-case: "Lone gunman ...")
            alone.append(Evidence(doc.article_id, text, sent.start, sent.end, sent.index))
        if not gate.search(text):
            continue
        for pattern in patterns:
            for m in pattern.finditer(text):
                name = m.group("name")
                if " " not in name and not _one_word_name_ok(name):
                    continue
                if any(a.name.split()[-1] == name.split()[-1] for a in found):
                    continue  # the same person told again
                speaker = speaker_of(text)
                subject = _subject_speaker(text, m.start()) if speaker is None else None
                by = speaker.by if speaker is not None else subject.by if subject is not None else AUTHOR
                found.append(NamedAttacker(name, by, Evidence(doc.article_id, text, sent.start + m.start("name"),
                                                              sent.start + m.end("name"), sent.index, name)))
    return found, alone


def _place_role(text: str, start: int) -> str:
    """"origin" when the attackers came from or through the place, else "location"."""
    before = text[max(0, start - 40) : start]
    if re.search(r"\b(?:from|via|through|crossed|came)\b[^.;]*$", before, re.IGNORECASE):
        return "origin"
    return "location"
