"""Group gazetteer: perpetrator group names, aliases and transliterations → one canonical name.

The data lives in ``data/groups.yaml`` (analyst-editable). Matching works on word tokens, so case,
punctuation, hyphens and accents do not matter ("al-Qaeda" = "AL QAEDA" = "Al Qaida" via aliases),
except for short acronyms (case-exact in mixed-case text, so "let" is not "LeT") and for ambiguous
aliases such as "IS" (an English word: never used in ALL CAPS text such as MUC-4 wires).

Public API: :func:`canonical_group`, :func:`find_groups`, :class:`GroupMatch`, plus
:func:`parent_group` and :func:`group_kind` for callers that compare families of groups, and
:func:`joint_label` / :func:`joint_members` for groups that acted together.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .paths import load_data
from .places import is_country_or_big_city, is_place

_TOKEN = re.compile(r"[^\W_]+")
# Separators allowed between the words of a name (anything else, e.g. "," or ".", ends it).
# (a dash between spaces ends a dateline, "OBRULAK - Militants ...": no gap inside a name)
_NAME_GAP = re.compile(r"^(?!.*\s[\-–—]|.*[\-–—]\s)[\s\-–'’]*$")
# Inside a gazetteer name, an editor's brackets may stand too ("the [Dignity] Battalions"), and
# commas where the name is a list of words ("BREAD, LAND, WORK, AND FREEDOM MOVEMENT").
_ALIAS_GAP = re.compile(r"^[\s\-–'’\[\]]*$")
_LIST_GAP = re.compile(r"^[\s\-–'’\[\],]*$")
# and its own brackets where the name has them ("CPI (Maoist)")
_BRACKET_GAP = re.compile(r"^[\s\-–'’\[\]()]*$")


@dataclass(frozen=True)
class GroupMatch:
    """A group name found in a text: canonical name, the words as written and their span."""

    canonical: str
    surface: str
    start: int
    end: int
    known: bool  # False for an unknown capitalised candidate ("the X Liberation Front")


@dataclass(frozen=True)
class _Alias:
    tokens: tuple[str, ...]  # normalised tokens
    raw_tokens: tuple[str, ...]  # tokens as written in the YAML (for case-exact aliases)
    canonical: str
    case_exact: bool
    ambiguous: bool
    mixed_acronym: bool  # "LeT", "JeM": never matched in ALL CAPS text
    commas: bool  # the name lists words with commas ("Bread, Land, Work and Freedom Movement")
    brackets: bool = False  # the name has a part in brackets ("CPI (Maoist)")
    lower_only: bool = False  # a description read in lower case (or in an ALL CAPS text) only


@dataclass(frozen=True)
class _Token:
    norm: str
    raw: str
    start: int
    end: int


class _Gazetteer:
    """The loaded YAML, indexed for matching."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.entries: dict[str, dict[str, Any]] = {}
        self.index: dict[str, list[_Alias]] = {}
        self.by_key: dict[str, str] = {}
        self.prefixes: list[tuple[str, str]] = []
        for entry in data["groups"]:
            canonical = str(entry["canonical"])
            self.entries[canonical] = entry
            # A unit reported as its force ("Atlacatl Battalion" of the Armed Forces) matches like an
            # alias; the unit's own name stays visible as the match's surface.
            names = [canonical] + [str(a) for a in (entry.get("aliases") or []) + (entry.get("units") or [])]
            if entry.get("generic") == "unnamed":
                # a description in lower case only ("insurgents"): "Southern Insurgents" is a name
                for name in entry.get("aliases") or []:
                    self._add(str(name), canonical, ambiguous=False, lower_only=True)
                continue
            for name in names:
                self._add(name, canonical, ambiguous=False)
            for name in entry.get("ambiguous") or []:
                self._add(str(name), canonical, ambiguous=True)
            for prefix in entry.get("prefixes") or []:
                self.prefixes.append((_norm(str(prefix)), canonical))
        for aliases in self.index.values():
            aliases.sort(key=lambda a: -len(a.tokens))
        # A state's force named by its country's adjective: "Israeli" → Israeli military.
        self.adjectives: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for entry in data["groups"]:
            # the country's possessive heads its force as the adjective does ("Somalia's army")
            for adjective in [*(entry.get("adjectives") or []), *(f"{c}'s" for c in entry.get("countries") or [])]:
                seq = _token_seq(adjective)
                self.adjectives.setdefault(seq[0], []).append((seq, str(entry["canonical"])))
        for seqs in self.adjectives.values():
            seqs.sort(key=lambda a: -len(a[0]))
        # the nouns after it, longest first ("drone strike" before "drone"), and whether the noun is
        # part of the name (a force) or not (a deed)
        self.actor_nouns = sorted(
            [(_token_seq(w), True) for w in data.get("state_actor_nouns") or []]
            + [(_token_seq(w), False) for w in data.get("state_deed_nouns") or []],
            key=lambda a: -len(a[0]),
        )
        self.nationalities = {_norm(w) for w in data.get("nationalities") or []}
        self.head_nouns = {_norm(w) for w in data.get("head_nouns") or []}
        self.leading_heads = {_norm(w) for w in data.get("leading_head_nouns") or []}
        self.caps_heads = {_norm(w) for w in data.get("caps_head_nouns") or []}
        self.one_word_heads = {_norm(w) for w in data.get("one_word_name_heads") or []}
        self.force_name_words = {_norm(w) for w in data.get("state_force_name_words") or []}
        self.connectors = {_norm(w) for w in data.get("name_connectors") or []}
        self.caps_stop = {_norm(w) for w in data.get("caps_stopwords") or []}
        self.filler = {_norm(w) for w in data.get("filler_words") or []}
        self.descriptors = {_norm(w) for w in data.get("descriptor_nouns") or []}
        self.proper_descriptors = {_norm(w) for w in data.get("proper_descriptors") or []}
        # Lower-case leanings that make a descriptive name on their own ("right-wing extremists").
        self.leanings = sorted(
            (tuple(_norm(m.group()) for m in _TOKEN.finditer(str(w)))
             for w in data.get("descriptor_leanings") or []),
            key=len, reverse=True,
        )
        self.splinters = {_norm(w) for w in data.get("splinter_suffixes") or []}
        self.splinter_label = str(data.get("splinter_label") or "dissidents")
        # "dissidents of the former FARC": word sequences before a name that make a splinter of it.
        self.splinter_prefixes = sorted(
            (tuple(_norm(m.group()) for m in _TOKEN.finditer(str(w)))
             for w in data.get("splinter_prefixes") or []),
            key=len, reverse=True,
        )
        self.unit_nouns = {_norm(w) for w in data.get("unit_nouns") or []}
        self.place_connectors = {_norm(w) for w in data.get("branch_place_connectors") or []}
        self.mod_prefixes = {_norm(w) for w in data.get("modifier_prefixes") or []}
        self.mod_suffixes = {_norm(w) for w in data.get("modifier_suffixes") or []}
        self.introducers = {_norm(w) for w in data.get("name_introducers") or []}
        self.cues_before = [_token_seq(w) for w in data.get("name_cues_before") or []]
        self.cues_after = [_token_seq(w) for w in data.get("name_cues_after") or []]
        self.cue_ends = {_norm(w) for w in data.get("name_cue_followers") or []}
        self.cue_blockers = {_norm(w) for w in data.get("name_cue_blockers") or []}
        self.group_descriptors = {_norm(w) for w in data.get("group_descriptors") or []}
        self.state_modifiers = {_norm(w) for w in data.get("state_modifier_nouns") or []}
        self.state_heads = {_norm(k): str(v) for k, v in (data.get("state_heads") or {}).items()}
        self.state_of_heads = {_norm(k): str(v) for k, v in (data.get("state_of_heads") or {}).items()}
        units = data.get("state_units") or {}
        self.unit_force = str(units.get("force") or "")
        self.unit_heads = {_norm(w) for w in units.get("nouns") or []}
        self.unit_qualifiers = {_norm(w) for w in units.get("qualifiers") or []}
        self.ordinals = {_norm(k): int(v) for k, v in (data.get("ordinal_words") or {}).items()}
        # the first words of bodies that speak of an attack and never carry one out
        self.body_openers = [_token_seq(w) for w in data.get("international_body_openers") or []]

    def _add(self, name: str, canonical: str, ambiguous: bool, lower_only: bool = False) -> None:
        raw = tuple(m.group() for m in _TOKEN.finditer(name))
        if not raw:
            return
        tokens = tuple(_norm(t) for t in raw)
        letters = "".join(raw)
        uppers = sum(c.isupper() for c in letters)
        case_exact = ambiguous or lower_only or (len(letters) <= 6 and uppers >= 2)
        # (a lower-case description is read in lower case, and in an ALL CAPS text too)
        mixed = case_exact and any(c.islower() for c in letters) and not lower_only
        alias = _Alias(tokens, raw, canonical, case_exact, ambiguous, mixed, "," in name, "(" in name, lower_only)
        self.index.setdefault(tokens[0], []).append(alias)
        if not ambiguous and not lower_only:
            self.by_key.setdefault(" ".join(tokens), canonical)


def _token_seq(phrase: object) -> tuple[str, ...]:
    return tuple(_norm(m.group()) for m in _TOKEN.finditer(str(phrase)))


def plain_name(text: str) -> str:
    """``text`` without its accents, case kept ("Fòs Inite" → "Fos Inite")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _norm(word: str) -> str:
    return plain_name(word).lower()


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    return _Gazetteer(load_data("groups.yaml"))


def _tokens(text: str) -> list[_Token]:
    return [_Token(_norm(m.group()), m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def is_caps_text(text: str) -> bool:
    """True when ``text`` is (almost) all upper case, as MUC-4 wires and shouted headlines are."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 12:
        return False
    return sum(c.isupper() for c in letters) / len(letters) > 0.9


def _is_caps_word(tok: _Token) -> bool:
    return len(tok.raw) > 1 and tok.raw.isupper()


def _alias_fits(alias: _Alias, toks: list[_Token], i: int, caps: bool) -> bool:
    n = len(alias.tokens)
    if i + n > len(toks) or tuple(t.norm for t in toks[i : i + n]) != alias.tokens:
        return False
    if alias.ambiguous:
        if caps or tuple(t.raw for t in toks[i : i + n]) != alias.raw_tokens:
            return False
        # "IS" next to another capitalised word ("WHY IS THIS") is the English verb.
        before = toks[i - 1] if i > 0 else None
        after = toks[i + n] if i + n < len(toks) else None
        return not any(t is not None and _is_caps_word(t) for t in (before, after))
    if alias.lower_only:
        written = [t.raw for t in toks[i : i + n]]
        return all(w.isupper() for w in written) if caps else tuple(written) == alias.raw_tokens
    if alias.case_exact:
        if caps:
            return not alias.mixed_acronym
        return tuple(t.raw for t in toks[i : i + n]) == alias.raw_tokens
    return True


def _gaps_ok(text: str, toks: list[_Token], i: int, j: int) -> bool:
    """True when tokens i..j-1 are separated only by spaces, hyphens or apostrophes."""
    return all(_NAME_GAP.match(text[toks[k].end : toks[k + 1].start]) for k in range(i, j - 1))


_FALLEN_BEFORE = re.compile(r"\b(?:fallen|ousted|former|toppled|deposed|previous|overthrown|exiled|defunct)\s+$",
                            re.IGNORECASE)
# a group named after a date ("17 November") is a date unless a group's noun follows it
_MONTH_NAME = r"(?i:january|february|march|april|may|june|july|august|september|october|november|december)"
_DAY_AND_MONTH = re.compile(rf"\d{{1,2}}\s+{_MONTH_NAME}|{_MONTH_NAME}\s+\d{{1,2}}")
_NAMED_AFTER_DATE = re.compile(r"\s+(?:group|organi[sz]ation|movement|terrorists?|militants?|guerrillas?|cell|members?)\b",
                               re.IGNORECASE)


def find_groups(text: str, caps: bool | None = None, acronyms: Mapping[str, str] | None = None) -> list[GroupMatch]:
    """Every group name in ``text``: gazetteer names (``known``) and unknown candidates.

    ``caps`` says whether the text is ALL CAPS (detected from ``text`` when not given; pass the
    document-level value when calling on a single sentence). Matches do not overlap; longer names
    win ("Pakistani Taliban" over "Taliban"). ``acronyms``: the document's own acronyms of unknown
    groups (:func:`document_acronyms`), each a mention of the name it stands for.
    """
    gaz = _gazetteer()
    if caps is None:
        caps = is_caps_text(text)
    toks = _tokens(text)
    found: list[GroupMatch] = []
    used = [False] * len(toks)
    # the names the acronyms stand for, written out ("Cárteles del Balsas" beside "CDB"): the
    # group's name too, where the gazetteer's rules would not read it as one
    spelled: dict[int, tuple[int, str]] = {}
    for name in set(acronyms.values()) if acronyms else ():
        if name in text:
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
                spelled[m.start()] = (m.end(), name)
    i = 0
    while i < len(toks):
        if spelled and toks[i].start in spelled:
            end, name = spelled[toks[i].start]
            j = i
            while j < len(toks) and toks[j].end <= end:
                used[j] = True
                j += 1
            found.append(GroupMatch(name, text[toks[i].start:end], toks[i].start, end, False))
            i = max(j, i + 1)
            continue
        if acronyms and toks[i].raw in acronyms:
            # the document's own acronym, even one the gazetteer gives another group ("JAS")
            used[i] = True
            found.append(GroupMatch(acronyms[toks[i].raw], toks[i].raw, toks[i].start, toks[i].end, False))
            i += 1
            continue
        hit = _known_at(gaz, text, toks, i, caps)
        if hit is None:
            i += 1
            continue
        canonical, n = hit
        base = canonical
        for k in range(i, i + n):
            used[k] = True
        if _is_modifier(gaz, text, toks, i, n):
            i += n
            continue
        if _DAY_AND_MONTH.fullmatch(text[toks[i].start:toks[i + n - 1].end]) \
                and not _NAMED_AFTER_DATE.match(text, toks[i + n - 1].end):
            i += n  # "on the morning of 17 November": a date, not the group named after one
            continue
        if n == 1 and not caps and gaz.entries[canonical].get("kind") == "state" \
                and (run := _name_before_force(gaz, text, toks, used, i)) is not None:
            # "the People's Liberation Guerrilla Army": a group's own name ending in a state's
            # noun, not the state's army (a country's stays the state's: "Sri Lanka Army")
            used[i] = False
            _take(text, toks, [*run, i], used, found)
            i += 1
            continue
        if (
            gaz.entries[canonical].get("kind") == "state"
            and found
            and found[-1].known
            and gaz.entries.get(found[-1].canonical, {}).get("kind") != "state"
            and re.fullmatch(r"\s*", text[found[-1].end : toks[i].start])
        ):
            if n == 1 and toks[i].norm in gaz.state_heads:
                # "the ARENA government": the government a party leads, not the party
                prev = found.pop()
                end = toks[i].end
                found.append(GroupMatch(gaz.state_heads[toks[i].norm], text[prev.start : end],
                                        prev.start, end, True))
            i += n  # "FMLN troops": the group's own troops, not the state's
            continue
        nxt = i + n
        if (
            gaz.entries[canonical].get("kind") == "state"
            and nxt < len(toks)
            and toks[nxt].norm in gaz.state_modifiers
            and _gaps_ok(text, toks, nxt - 1, nxt + 1)
        ):
            i += n  # "an army post", "military sources": the force is not acting
            continue
        start, end = toks[i].start, toks[i + n - 1].end
        if len(toks[i + n - 1].raw) == 1 and text[end:end + 1] == ".":
            end += 1  # the abbreviation's dot: "U.S."
        elif text[end:end + 1] == ")" and text.count("(", start, end) > text.count(")", start, end):
            end += 1  # the name's own closing bracket: "CPI (Maoist)"
        known = True
        first = i
        branch = _place_branch(gaz, text, toks, used, i + n, caps) if gaz.entries[canonical].get(
            "branches_by_place") else None
        if branch is not None:
            # "Al Qaeda in Niger": a branch the gazetteer does not list is kept as named.
            last, place = branch
            canonical = f"{canonical} in {place}"
            end = toks[last].end
            known = False
            n = last + 1 - i
        unit = _numbered_unit(gaz, text, toks, i + n) if branch is None else None
        if unit is not None:
            # "the FARC front 48", "FARC 12TH FRONT": a numbered unit of the group, kept as named.
            last, noun, number = unit
            canonical = f"{canonical} {noun.title()} {number}"
            end = toks[last].end
            known = False
            n = last + 1 - i
        named_part = branch is not None or unit is not None
        splinter = _splinter_before(gaz, toks, used, i, caps) if not named_part else None
        if splinter is None and not named_part:
            splinter = _splinter_after(gaz, text, toks, i + n)
        if splinter is not None:
            # "FARC dissidents", "dissidents of the former FARC", "the FARC's dissidence": a
            # splinter, not the group itself.
            if splinter < i:
                first, start = splinter, toks[splinter].start
            else:
                end = toks[splinter].end
                n = splinter + 1 - i
            canonical = f"{canonical} {gaz.splinter_label}"
            known = False
        for k in range(first, i + n):
            used[k] = True
        glossed = _own_acronym(gaz, text, toks, i + n, base, caps) if not named_part else None
        if glossed is not None:
            # "the Revolutionary Armed Forces of Colombia (FARC)": one mention, not two.
            own, gloss = glossed
            if gloss != base:
                canonical = gloss
            for k in range(i + n, own + 1):
                used[k] = True
            n = own + 1 - i
            end = re.search(r"[)\]]", text[toks[own].end :]).end() + toks[own].end
        found.append(GroupMatch(canonical, text[start:end], start, end, known))
        i += n
    found.extend(_candidates(gaz, text, toks, used, caps))
    found.sort(key=lambda m: m.start)
    if len(found) > 1:
        # "PKK insurgents", "Islamic State insurgents": a description after a name is the named
        # group's, one mention
        merged: list[GroupMatch] = []
        for m in found:
            if merged and text[merged[-1].end:m.start].isspace() and m.known \
                    and gaz.entries[m.canonical].get("generic") == "unnamed":
                last = merged[-1]
                merged[-1] = GroupMatch(last.canonical, text[last.start:m.end], last.start, m.end, last.known)
                continue
            merged.append(m)
        found = merged
        # "the MRLN, through its Eastern War Front": a unit named as another group's own ("its")
        # is that group's, not the gazetteer's unit of the same name (the ELN's Eastern War Front)
        # ("In a communiqué signed by its Eastern War Front ..., the MRLN said": the group named next)
        for k, m in enumerate(found):
            parent = gaz.entries.get(m.canonical, {}).get("parent") if m.known else None
            if not parent or not _ITS_BEFORE.search(text, max(0, m.start - 12), m.start):
                continue
            before = found[k - 1] if k and m.start - found[k - 1].end <= 40 else None
            after = found[k + 1] if k + 1 < len(found) and found[k + 1].start - m.end <= 120 else None
            owner = before or after
            if owner is not None and owner.canonical not in (m.canonical, parent) and parent_group(owner.canonical) != parent:
                found[k] = GroupMatch(owner.canonical, m.surface, m.start, m.end, owner.known)
    # (a head noun alone is no name: "Group claims responsibility", a bulleted summary's line; a
    # state that has fallen is no state body: "elements of the fallen regime")
    return [g for g in found if (g.known or len(g.surface.split()) > 1 or _norm(g.surface) not in gaz.head_nouns)
            and not (g.canonical == "Government" and _FALLEN_BEFORE.search(text, max(0, g.start - 30), g.start))]


_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)


# how a country's adjective ends ("African", "Sudanese", "Turkish"), right before a force's noun
_DEMONYM_END = re.compile(r"(?:an|ese|ish)$")


def _name_before_force(gaz: _Gazetteer, text: str, toks: list[_Token], used: list[bool], i: int) -> list[int] | None:
    """The capitalised words right before the state's noun at ``i`` ("Army", "Forces") when they
    make a name of their own with it: two name words or more (or one, see ``_one_word_name``), none
    a weekday, a nationality or the start of the text alone, and no place ("Liberation Guerrilla
    Army", "Zomi Army", not "Pakistan Army")."""
    if i == 0 or toks[i].norm not in gaz.head_nouns or not toks[i].raw[:1].isupper():
        return None  # (a name's own head is capitalised: "the Central African army" is a state's)
    run = _cap_run(gaz, text, toks, used, i - 1, -1, 6)
    while run and run[0] >= 2 and toks[run[0] - 1].norm == "s" and not used[run[0] - 1] \
            and text[toks[run[0] - 2].end:toks[run[0] - 1].start] in ("'", "’") \
            and toks[run[0] - 2].raw[:1].isupper() and not is_country_or_big_city(toks[run[0] - 2].raw):
        # a possessive inside the name: "the Lord's Resistance Army", "People's Liberation ..."
        run = [*_cap_run(gaz, text, toks, used, run[0] - 2, -1, 6), run[0] - 1, *run]
    while run and (toks[run[0]].norm in gaz.connectors or toks[run[0]].norm in gaz.caps_stop):
        run = run[1:]  # "The", "of" at its edge
    words = [k for k in run if toks[k].norm not in gaz.connectors and len(toks[k].raw) > 1]
    if not words or run[-1] != i - 1 or not _gaps_ok(text, toks, i - 1, i + 1):
        return None
    if len(words) == 1 and not (_one_word_name(gaz, toks[words[0]], toks[i]) and not (
            # the name goes on after its head ("the Revolutionary Army of Agusan"), past what this reads
            i + 2 < len(toks) and toks[i + 1].norm == "of" and toks[i + 2].raw[:1].isupper()
            and _gaps_ok(text, toks, i, i + 2))):
        return None
    if len(words) > 1 and not _DEMONYM_END.search(toks[words[-1]].norm) \
            and not any(toks[k].norm in _CALENDAR or is_country_or_big_city(toks[k].raw) for k in words) \
            and _glossed_by_initials(text, toks, words, i):
        # "the United Baloch Army (UBA)": its own acronym makes it a name, whatever people's name
        # it bears (not "the South African Army (SAA)", a country's)
        return run
    if any(toks[k].norm in _CALENDAR or toks[k].norm in gaz.adjectives or toks[k].norm in gaz.nationalities
           for k in words) or _DEMONYM_END.search(toks[words[-1]].norm):
        return None  # (a country's adjective before it: "the South African Army")
    if any(is_country_or_big_city(text[toks[words[0]].start:toks[b].end]) for b in words):
        return None  # a place's force: "Sri Lanka Army", "Kenya Police"
    return run


_BRACKETED_ACRONYM = re.compile(r"\s*\(([A-Z]{2,6})\)")


def _glossed_by_initials(text: str, toks: list[_Token], words: list[int], head: int) -> bool:
    """Whether the name of ``words`` and the head noun at ``head`` is followed by a bracketed
    acronym of its initials ("United Baloch Army (UBA)")."""
    acronym = _BRACKETED_ACRONYM.match(text, toks[head].end)
    return acronym is not None and acronym.group(1) == "".join(toks[k].raw[0].upper() for k in (*words, head))


def _one_word_name(gaz: _Gazetteer, word: _Token, head: _Token) -> bool:
    """Whether one capitalised word names a group with the head noun after it ("the Zomi Army",
    "the Mahdi Army"): only before a head of ``one_word_heads``, and not a word that names a
    state's army ("the National Army", "the Territorial Army", "the Third Army") or another body
    ("the Salvation Army")."""
    raw = word.raw
    return head.norm in gaz.one_word_heads and len(raw) > 2 and raw.isalpha() and raw[1:].islower() \
        and word.norm not in gaz.force_name_words and _ordinal(gaz, word) is None


_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")
# "Union des Patriotes du Lac (UPL)", "the UPL, the Union des Patriotes du Lac,", "the Union des
# Patriotes du Lac, or UPL": where a report spells out an acronym
# (French names elide their article: "Union pour la Résistance de l'Est")
_NAME_RUN = (r"[A-Z][\w'’]*(?:(?:\s+|-)(?:(?:of|the|for|and|de|des|du|del|la|le|les|al|el|da|di|do|dos|das|y|e|i|ul|ng|wa|"
             r"pour|par|sur|au|aux|en)(?:\s+|-))*(?:[ld]['’])?[A-Z][\w'’]*){1,7}")
_SPELLED_OUT = (
    re.compile(rf"(?P<name>{_NAME_RUN})\s+\((?P<acr>[A-Z]{{2,6}})\)"),
    re.compile(rf"(?<![\w-])(?P<acr>[A-Z]{{2,6}})[\"”’]?,\s+(?:the\s+)?(?P<name>{_NAME_RUN})"),
    re.compile(rf"(?P<name>{_NAME_RUN}),?\s+(?:or|also\s+known\s+as|known\s+as)\s+(?:the\s+)?(?P<acr>[A-Z]{{2,6}})(?![\w-])"),
)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w'’]*", name))


def _spelled_name(acronym: str, run: str) -> str:
    """The longest tail of the capitalised ``run`` that ``acronym`` spells ("Union des Patriotes
    du Lac" of "Gunmen of the Union des Patriotes du Lac" for UPL), or ""; or, for an acronym of
    the name in its own language, whose initials are the same letters in another order ("National
    Revolutionary Liberation Movement (MRLN)", the Movimiento Revolucionario de Liberación Nacional)."""
    tails = [run[word.start():] for word in re.finditer(r"(?<![\w'’-])[A-Z][\w'’]*", run)]
    return next((tail for tail in tails if _spells(acronym, _initials(tail))), None) or next(
        (tail for tail in tails if len(acronym) >= 3 and sorted(_initials(tail)) == sorted(acronym)), "")


def spells_name_before(acronym: str, before: str) -> bool:
    """Whether ``acronym`` spells the capitalised words that end ``before`` (the text before it):
    "Rebolusyonaryong Hukbo ng Agusan" for RHA, not "the Pro-Islamic State wing of Boko Haram" for
    ISWAP."""
    return bool(_spelled_name(acronym, before.rstrip()))


# words of an armed body's name, which a civil word beside them does not make civil ("Military Council")
_ARMED_NAME_WORDS = frozenset(("Military", "Army", "Forces", "Brigade", "Brigades", "Front", "Liberation", "Militia",
                               "Battalion", "Regiment", "Guard", "Guards", "Resistance", "Mujahideen", "Jihad"))


@lru_cache(maxsize=8)
def document_acronyms(text: str) -> dict[str, str]:
    """The acronyms ``text`` spells out as the name of a group the gazetteer does not know ("the
    Union des Patriotes du Lac (UPL)"): acronym → that name, so that "the UPL" alone names the
    group. The name must read as a group's (:func:`find_groups` finds it) and the acronym's letters
    must be the initials of its capitalised words, in order, the first one first (mixed-case
    text only)."""
    if is_caps_text(text) or not _ACRONYM.search(text):
        return {}
    out: dict[str, str] = {}
    civil = frozenset(load_data("groups.yaml").get("civil_name_words", ()))
    for pattern in _SPELLED_OUT:
        for m in pattern.finditer(text):
            acr, name = m.group("acr"), _spelled_name(m.group("acr"), m.group("name"))
            if not name and pattern is _SPELLED_OUT[0] and acr not in out and len(acr) >= 3 \
                    and not is_known_group(acr):
                # "the West Papua Highlands Liberation Army (TPPP)": an acronym of the name in
                # its own language, whose letters are not those of the English name, glosses
                # an unknown armed group's name right before it
                run = m.group("name")
                named = [g for g in find_groups(run, caps=False) if not g.known and g.end == len(run.rstrip())
                         and " " in g.canonical and g.canonical.split()[-1] in _HEAD_WORDS()]
                if named:
                    out[acr] = named[-1].canonical
                continue
            if acr in out or not name or name.isupper():
                continue  # (a letterhead in capitals: the name as the text writes it elsewhere)
            words = re.findall(r"[\w'’]+", name)
            if is_known_group(acr) and len(words) >= 2 and not _ARMED_NAME_WORDS.isdisjoint(words) \
                    and not any(g.known for g in find_groups(name, caps=False)):
                # "the Euphrates Military Council (EMC)": the report's own EMC, not the gazetteer's
                # (Colombia's Estado Mayor Central)
                out[acr] = _clean(name)
                continue
            if not civil.isdisjoint(words):
                continue
            found = find_groups(name, caps=False)
            if any(g.known for g in found):
                continue  # the gazetteer's group, under its own acronyms
            if found:
                out[acr] = max(found, key=lambda g: g.end - g.start).canonical
            elif (_GROUP_AFTER.match(text, m.end()) or _GROUP_BEFORE.search(text, max(0, m.start() - 40), m.start())):
                # "the Kilusang Pulang Bituin (KPB), a communist armed group": told as one
                out[acr] = _clean(name)
    # a name in sentence case, as French and Spanish write them: "the Front populaire pour la
    # renaissance du Nord-Est (FPRNE)", its first word a group's head noun
    for m in _SENTENCE_CASE_NAME.finditer(text):
        acr, name = m.group("acr"), m.group("name")
        if acr in out or is_known_group(acr):
            continue
        # (an elided article is no word of its own: "de l'Est" is E)
        words = [re.sub(r"^[ldLD]['’](?=\w)", "", w) for w in name.split() if w.lower() not in _CONNECTORS()]
        initials = "".join(part[:1].upper() for w in words for part in w.split("-") if part)
        if initials == acr and words[0] in _HEAD_WORDS() and civil.isdisjoint(name.split()):
            out[acr] = _clean(name)
    return out


_SENTENCE_CASE_NAME = re.compile(r"\b(?P<name>[A-Z][\w'’]+(?:\s+[\w'’\-]+){1,9})\s+\((?P<acr>[A-Z]{2,7})\)")


@lru_cache(maxsize=1)
def _CONNECTORS() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("groups.yaml")["name_connectors"])


@lru_cache(maxsize=1)
def _HEAD_WORDS() -> frozenset[str]:
    raw = load_data("groups.yaml")
    return frozenset(str(w) for w in [*raw["head_nouns"], *raw["leading_head_nouns"], *raw["foreign_head_nouns"]])


# A group word told of a spelled-out name right after it ("(KPB), a communist armed group",
# "(KPB) Front 21 communist terrorist group") or right before it ("members of the ...")
_GROUP_AFTER = re.compile(r"[^.;:!?\n]{0,50}?\b(?:groups?|militias?|movement|rebels?|insurgents?|guerrillas?|"
                          r"terrorists?|fighters|faction|army|Army)\b")
_GROUP_BEFORE = re.compile(r"\b(?:group|members?\s+of|militants?\s+of|fighters\s+of|cadres\s+of)\s+(?:the\s+)?$")


def set_acronyms(texts: Iterable[str]) -> dict[str, str]:
    """The acronyms of unknown groups that any of ``texts`` spells out (:func:`document_acronyms`),
    the first spelling of each kept; and those used alone that spell the initials of one unknown
    group the texts name ("CDB banners" beside "Cárteles del Balsas", never written out as
    "Cárteles del Balsas (CDB)")."""
    texts = list(texts)
    out: dict[str, str] = {}
    for text in texts:
        for acronym, name in document_acronyms(text).items():
            out.setdefault(acronym, name)
    mixed = [text for text in texts if not is_caps_text(text)]
    # (unknown names that end in a group's head noun, "United Baloch Army", or open with one;
    # not "India Press Network", whose acronym would make a news agency a group)
    raw = load_data("groups.yaml")
    heads = frozenset(raw["head_nouns"])
    # (nor a state's or a civil body's: "Eastern Naval Command", "Organization for Security ...")
    barred = frozenset([*raw["civil_name_words"], *raw["state_force_name_words"], *_STATE_NAME_WORDS])
    names = {g.canonical for text in mixed for g in find_groups(text, caps=False)
             if not g.known and " " in g.canonical and g.canonical.split()[-1] in heads}
    names |= {m.group(0) for text in mixed for m in _headed_names().finditer(text)}
    names = {n for n in names if barred.isdisjoint(re.findall(r"[\w'’]+", n))}
    names -= set(out.values())
    if not names:
        return out
    used = {w for text in texts if not is_caps_text(text) for w in _CAPS_TOKEN.findall(text)}
    for acronym in sorted(used - set(out)):
        if is_known_group(acronym):
            continue
        spelled = [n for n in names if _initials_spell(acronym, n)]
        if len(spelled) == 1:
            out[acronym] = spelled[0]
    return out


@lru_cache(maxsize=1)
def _headed_names() -> re.Pattern[str]:
    """A run of capitalised words (small connectors between them) that opens with a group's head
    noun, in the languages reports quote names in: "Cárteles del Balsas", "Frente de Liberación"."""
    raw = load_data("groups.yaml")
    heads = [*raw["leading_head_nouns"], *raw["foreign_head_nouns"]]
    connectors = "|".join(re.escape(str(w)) for w in raw["name_connectors"])
    head = "|".join(re.escape(str(w)) for w in sorted(heads, key=len, reverse=True))
    return re.compile(rf"\b(?:{head})(?:\s+(?:(?:{connectors})\s+)?[A-ZÀ-Þ][\w'’-]+){{1,4}}")


_STATE_NAME_WORDS = ("Naval", "Navy", "Police", "Military", "Security", "Coast", "Guard", "Army's", "Defence",
                     "Defense", "Air")
_CAPS_TOKEN = re.compile(r"(?<![\w'’-])[A-Z]{2,6}(?![\w'’-])")


def _initials_spell(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is the initials of ``name``'s words in order, its first and last words
    included, small words ("del", "de") taken or skipped ("CDB" for "Cárteles del Balsas", "CJNG"
    for "Cártel de Jalisco Nueva Generación")."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    if len(words) < 2:
        return False
    initials = plain_name("".join(w[0] for w in words)).upper()
    capitals = [i for i, w in enumerate(words) if w[:1].isupper()]
    if acronym[0] != initials[0] or acronym[-1] != initials[-1] or len(acronym) < len(capitals):
        return False
    return _spells(acronym, initials)


def _spells(acronym: str, initials: str) -> bool:
    """Whether ``acronym`` is the first initial followed by some of the others, in order."""
    if not initials or acronym[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(c in rest for c in acronym[1:])


def _place_branch(
    gaz: _Gazetteer, text: str, toks: list[_Token], used: list[bool], j: int, caps: bool
) -> tuple[int, str] | None:
    """(last token, place) for "in (the) <Place>" right after a name at token ``j``, or None.

    The place is a run of up to three capitalised words ("Al Qaeda in Niger", "... in the Sinai
    Peninsula"); mixed-case text only, where capitals mark a name."""
    if caps or j >= len(toks) or toks[j].raw != "in" or not _gaps_ok(text, toks, j - 1, j + 1):
        return None
    k = j + 1
    if k < len(toks) and toks[k].raw == "the":
        k += 1
    run: list[int] = []
    while k < len(toks) and len(run) < 3 and not used[k] and toks[k].raw[:1].isupper():
        if not _gaps_ok(text, toks, k - 1, k + 1) or toks[k].norm in gaz.place_connectors:
            break
        run.append(k)
        k += 1
    if not run or toks[run[0]].raw[:1].isdigit():
        return None
    return run[-1], text[toks[run[0]].start : toks[run[-1]].end]


def _numbered_unit(
    gaz: _Gazetteer, text: str, toks: list[_Token], j: int
) -> tuple[int, str, int] | None:
    """(last token, unit noun, number) of "<unit noun> <number>" or "<ordinal> <unit noun>" right
    after a name ("FARC front 48", "FARC 12TH FRONT"), or None."""
    if j + 1 >= len(toks) or not _gaps_ok(text, toks, j - 1, j + 2):
        return None
    if toks[j].norm in gaz.unit_nouns and toks[j + 1].raw.isdigit():
        return j + 1, toks[j].raw, int(toks[j + 1].raw)
    number = _ordinal(gaz, toks[j])
    if number is not None and toks[j + 1].norm in gaz.unit_nouns:
        return j + 1, toks[j + 1].raw, number
    return None


def _splinter_before(
    gaz: _Gazetteer, toks: list[_Token], used: list[bool], i: int, caps: bool
) -> int | None:
    """Index of the first token of "dissidents of the former" / "dissident" right before token
    ``i``, or None. An article and "former" may stand between the words and the name."""
    k = i
    while k > 0 and toks[k - 1].norm in ("the", "former") and (caps or toks[k - 1].raw.islower()):
        k -= 1
    if k > 1 and toks[k - 1].norm == "of" and toks[k - 2].norm in gaz.unit_nouns:
        k -= 2  # "the dissident Front of the FARC", "a dissident faction of the IRA"
    for words in gaz.splinter_prefixes:
        first = k - len(words)
        if first < 0 or any(used[first:k]):
            continue
        if tuple(t.norm for t in toks[first:k]) == words:
            return first
    return None


def _splinter_after(gaz: _Gazetteer, text: str, toks: list[_Token], j: int) -> int | None:
    """Index of a splinter word right after a name ("FARC dissidents", "the FARC's dissidence")."""
    if j < len(toks) and toks[j].norm == "s" and re.fullmatch(r"['’]", text[toks[j - 1].end : toks[j].start]):
        j += 1  # the possessive 's
    if j < len(toks) and toks[j].norm in gaz.splinters and _gaps_ok(text, toks, j - 1, j + 1):
        return j
    return None


def _own_acronym(
    gaz: _Gazetteer, text: str, toks: list[_Token], j: int, canonical: str, caps: bool
) -> tuple[int, str] | None:
    """Index of the last token of a bracketed alias right after a name, and the group it names:
    the same group's ("(FARC)", an editor's gloss "ARENA [NATIONALIST REPUBLICAN ALLIANCE]"), or
    another's acronym, which then says which group the name is."""
    if j >= len(toks):
        return None
    opening = re.fullmatch(r"\s*([(\[])\s*", text[toks[j - 1].end : toks[j].start])
    if not opening:
        return None
    hit = _known_at(gaz, text, toks, j, caps)
    if hit is None:
        return None
    last = j + hit[1] - 1
    if not re.match(r"\s*" + ("\\)" if opening.group(1) == "(" else "\\]"), text[toks[last].end :]):
        return None
    if hit[0] != canonical:
        # "the People's Defence Forces (HPG)": another group's acronym glosses the name; the
        # acronym, the writer's precise word, tells which of the groups of that name it is
        if caps or hit[1] != 1 or not _ACRONYM.fullmatch(toks[j].raw):
            return None
        return last, hit[0]
    return last, canonical


_TRADE_WORDS = frozenset("mining sand land coal timber forest oil fuel liquor alcohol water transport property "
                         "tender contract education exam ration cattle wildlife fishing gold stone quarry "
                         "construction builder builders real estate".split())


_VESSEL_WORDS = frozenset({"frigate", "frigates", "destroyer", "corvette", "warship", "ship", "vessel", "carrier",
                           "submarine", "tanker", "cruiser", "boat", "navy", "naval", "coastguard"})


def _is_modifier(gaz: _Gazetteer, text: str, toks: list[_Token], i: int, n: int) -> bool:
    """True for a name used as a modifier: "anti-Taliban", "Hezbollah-affiliated", "pro Al-Qaeda"."""
    if i > 0 and toks[i - 1].norm in gaz.mod_prefixes:
        if re.fullmatch(r"\s*-?\s*", text[toks[i - 1].end : toks[i].start]):
            return True
    if n == 1 and i > 0 and toks[i].norm == "mafia" and toks[i - 1].norm in _TRADE_WORDS:
        return True  # "the mining mafia", "the sand mafia": a trade's racketeers, not drug traffickers
    if n == 1 and toks[i].raw.isupper() and i + 1 < len(toks) and toks[i + 1].raw[:1].isupper() \
            and any(t.norm in _VESSEL_WORDS for t in toks[max(0, i - 3):i]):
        return True  # "its Italian frigate ITS Ardimentoso": a warship's prefix, not a group's acronym
    j = i + n
    if j < len(toks) and toks[j].norm in gaz.mod_suffixes:
        if text[toks[j - 1].end : toks[j].start].strip() in ("-", "–"):
            return True
    return False


_ORDINAL = re.compile(r"^(\d{1,3})(?:st|nd|rd|th|d)$", re.IGNORECASE)
_ROMAN = re.compile(r"^[IVX]{2,6}$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _ordinal(gaz: _Gazetteer, tok: _Token) -> int | None:
    """The number of an ordinal token: "1ST", "3d", "Third", "XXII" (upper-case Roman only)."""
    m = _ORDINAL.match(tok.raw)
    if m:
        return int(m.group(1))
    if tok.norm in gaz.ordinals:
        return gaz.ordinals[tok.norm]
    if _ROMAN.match(tok.raw):
        values = [_ROMAN_VALUES[c] for c in tok.raw]
        return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return None


def _state_unit_at(gaz: _Gazetteer, text: str, toks: list[_Token], i: int) -> int | None:
    """Length of an army unit named by number or arm at token ``i``, or None: "1ST INFANTRY
    BRIGADE", "the 6th Military Detachment", "the Seventh Army Division", "an infantry brigade".
    A number needs no arm ("the 5th Brigade"); without a number an arm word must stand. A unit
    "of" a non-state group ("the 3rd Battalion of the FMLN") is that group's."""
    numbered = _ordinal(gaz, toks[i]) is not None
    k = i + numbered
    arms = 0
    # arms ("infantry", "army") and, after a number, a nationality ("the Tenth Iraqi Army Division")
    while k < len(toks) and k - i < 4 and (
        toks[k].norm in gaz.unit_qualifiers or (k > i and toks[k].norm in gaz.nationalities)
    ):
        arms += toks[k].norm in gaz.unit_qualifiers
        k += 1
    if not (numbered or arms) or k >= len(toks) or toks[k].norm not in gaz.unit_heads:
        return None
    if not _gaps_ok(text, toks, i, k + 1):
        return None
    j = k + 1
    if j < len(toks) and toks[j].norm == "of":
        j += 1 + (j + 1 < len(toks) and toks[j + 1].norm == "the")
        hit = _known_at(gaz, text, toks, j, False) if j < len(toks) else None
        if hit is not None and gaz.entries[hit[0]].get("kind") != "state":
            return None
    return k + 1 - i


def _known_at(
    gaz: _Gazetteer, text: str, toks: list[_Token], i: int, caps: bool
) -> tuple[str, int] | None:
    if gaz.unit_force:
        n = _state_unit_at(gaz, text, toks, i)
        if n is not None:
            return gaz.unit_force, n
    if toks[i].norm in gaz.adjectives:
        actor = _state_actor_at(gaz, text, toks, i, caps)
        if actor is not None:
            return actor
    for alias in gaz.index.get(toks[i].norm, ()):
        n = len(alias.tokens)
        gap = _LIST_GAP if alias.commas else _BRACKET_GAP if alias.brackets else _ALIAS_GAP
        if _alias_fits(alias, toks, i, caps) and all(
            gap.match(text[toks[k].end : toks[k + 1].start]) for k in range(i, i + n - 1)
        ):
            return alias.canonical, n
    for prefix, canonical in gaz.prefixes:
        if toks[i].norm.startswith(prefix):
            return canonical, 1
    return None


# Between the words of a state's adjective: "U.S.", "Saudi-led".
_ADJECTIVE_GAP = re.compile(r"^[\s\-–.'’]*$")  # the apostrophe: a country's possessive


def _state_actor_at(gaz: _Gazetteer, text: str, toks: list[_Token], i: int, caps: bool) -> tuple[str, int] | None:
    """(state, tokens) for a state's adjective at token ``i`` followed by a noun of its force
    ("Israeli warplanes": both words) or of its deed ("an Israeli airstrike": the adjective alone),
    else None. The adjective is capitalised ("US", not "us") unless the text is all capitals."""
    for seq, canonical in gaz.adjectives[toks[i].norm]:
        k = len(seq)
        if tuple(t.norm for t in toks[i:i + k]) != seq or not (caps or toks[i].raw[:1].isupper()) \
                or not all(_ADJECTIVE_GAP.match(text[toks[j].end:toks[j + 1].start]) for j in range(i, i + k - 1)):
            continue
        after = i + k
        for noun, whole in gaz.actor_nouns:
            n = len(noun)
            if tuple(t.norm for t in toks[after:after + n]) == noun \
                    and _ADJECTIVE_GAP.match(text[toks[after - 1].end:toks[after].start]) \
                    and _gaps_ok(text, toks, after, after + n):
                return canonical, k + n if whole else k
    return None


def _name_word(gaz: _Gazetteer, tok: _Token, caps: bool) -> bool:
    if not tok.raw[0].isalpha():
        return False
    if caps:
        return tok.norm not in gaz.caps_stop
    return tok.raw[0].isupper()


# the head of an institution's or a place's name that a group's head noun may open ("Wexley Union
# High School")
_INSTITUTION_HEADS = frozenset("school schools university college academy hospital clinic church mosque temple "
                               "hall building stadium station market club hotel centre center street road "
                               "avenue square bank museum library prison".split())


def _institution_after(text: str, toks: list[_Token], last: int) -> bool:
    """Whether the capitalised words right after token ``last`` (up to three) end a name with an
    institution's head."""
    for k in range(last + 1, min(last + 4, len(toks))):
        if not toks[k].raw[:1].isupper() or not re.fullmatch(r"\s+", text[toks[k - 1].end:toks[k].start]):
            return False
        if toks[k].norm in _INSTITUTION_HEADS:
            return True
    return False


def _candidates(
    gaz: _Gazetteer, text: str, toks: list[_Token], used: list[bool], caps: bool
) -> list[GroupMatch]:
    out: list[GroupMatch] = []
    taken = list(used)
    if not caps:
        out += _introduced_names(gaz, text, toks, taken)
        out += _cued_names(gaz, text, toks, taken)
        out += _descriptive(gaz, text, toks, taken)
        out += _led_names(gaz, text, toks, taken)
    else:
        out += _called_names(gaz, text, toks, taken)
    for h, tok in enumerate(toks):
        heads = gaz.caps_heads if caps else gaz.head_nouns
        if taken[h] or tok.norm not in heads or not _name_word(gaz, tok, caps):
            continue
        # Walk back over name words (and connectors between them).
        first = h
        k = h - 1
        while k >= 0 and h - k <= 6 and not taken[k] and _gaps_ok(text, toks, k, k + 2):
            if _name_word(gaz, toks[k], caps):
                first = k
            elif not caps and toks[k].norm in gaz.connectors and toks[k].raw.islower():
                pass
            else:
                break
            k -= 1
        # Walk forward: "Front for the Liberation of X", "Armed Forces of Liberation".
        last = h
        k = h + 1
        while k < len(toks) and k - h <= 6 and not taken[k] and _gaps_ok(text, toks, k - 1, k + 1):
            if toks[k].norm in ("of", "for", "the", "de", "del", "la", "las", "los", "du", "des", "da", "do", "dos", "das", "di",
                                "pour", "le", "les", "et") and (
                caps or toks[k].raw.islower()
            ):
                k += 1
                continue
            if _name_word(gaz, toks[k], caps) and k > last + 1:
                last = k
                k += 1
                continue
            if _name_word(gaz, toks[k], caps) and toks[k].norm in gaz.head_nouns and k == last + 1:
                last = k
                k += 1
                continue
            if k == last + 1 and toks[last].norm in _NUMBERED_UNITS and _UNIT_NUMBER.fullmatch(toks[k].raw):
                last = k  # a numbered unit: "Kani District PDF Battalion 4"
            break
        # Trim connectors and a leading article at the edges, and the people a name is told of
        # ("Gunmen of the Union des Patriotes du Lac", capitalised as a sentence's first word).
        while first < h and (toks[first].norm in gaz.connectors or (
                toks[first].norm in gaz.caps_stop and first + 1 < h and toks[first + 1].norm == "of")):
            first += 1
        if not caps and _institution_after(text, toks, last):
            continue  # "Wexley Union High School", "Unity Front Hospital": a place's name, no group
        words = [t for t in toks[first : last + 1] if t.norm not in gaz.connectors]
        informative = [t for t in words if t.norm not in gaz.head_nouns]
        if not informative or any(tuple(t.norm for t in toks[first:first + len(seq)]) == seq
                                  for seq in gaz.body_openers):
            continue  # ("the UN Security Council": a body that condemns, no armed group)
        _take(text, toks, range(first, last + 1), taken, out)
    return out


# words that count the people a descriptor names, no part of a name: "Five Maoists killed"
_COUNT_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds dozen dozens scores "
    "several many few some".split())


_QUOTED_NAME = re.compile(r"\s+[\"“](?P<name>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,4})[\"”]")


# a Spanish article heading a name in an English text: a gang's ("Los Chacales del Oro", "Los Choneros")
_SPANISH_ARTICLES = frozenset({"los", "las"})
# ... not a place's: "near the Los Naranjos hamlet", "villagers in Los Naranjos"
_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|near|at|from|around|outside|towards?|into)\s+(?:the\s+)?$")
_PLACE_NOUN_AFTER = re.compile(r"(?i)\s+(?:hamlet|district|village|neighbou?rhood|area|rural|sector|barrio|municipality|"
                               r"township|town|road|river|farm|estate|valley|mountains?|hills?|community|commune|"
                               r"settlement|region|province|department|ambush|attack|attacks|bombing|massacre|raid|shooting|"
                               r"killings?|blast|siege|clash|clashes)\b")
_GANG_CUE = re.compile(r"(?i)\b(?:gangs?|cartels?|criminal|crime\s+group|members?\s+of|belong(?:s|ed|ing)?\s+to|faction|"
                       r"organi[sz]ed\s+crime|blam(?:e|es|ed|ing)|attribut(?:e|es|ed|ing)|claim(?:s|ed)?)\b")


def _led_names(gaz: _Gazetteer, text: str, toks: list[_Token], taken: list[bool]) -> list[GroupMatch]:
    """Names a leading head noun opens (mixed-case text): "Jamaat-ul-Furqan", "Tehreek-e-Mujahideen
    Khorasan": the head and the capitalised words and connectors after it, at least one of them
    a word of its own."""
    out: list[GroupMatch] = []
    for h, tok in enumerate(toks):
        if taken[h] or tok.norm not in gaz.leading_heads or not tok.raw[:1].isupper():
            continue
        quoted = _QUOTED_NAME.match(text, tok.end)
        if quoted is not None:
            # 'the Frente "Hernando Cubides"': the name in quotes after its head
            ks = [k for k in range(h, len(toks)) if toks[k].end <= quoted.end("name")]
            if not any(taken[k] for k in ks):
                out.append(GroupMatch(_clean(f"{tok.raw} {quoted.group('name')}"), text[tok.start:quoted.end()],
                                      tok.start, quoted.end(), False))
                for k in ks:
                    taken[k] = True
                continue
        run = _cap_run(gaz, text, toks, taken, h, 1, 6)
        if tok.norm in _SPANISH_ARTICLES and (len(run) < 2 or not toks[run[1]].raw.endswith("s") or any(
                is_place(text[toks[run[0]].start:toks[run[k]].end]) for k in range(1, len(run)))
                or not _GANG_CUE.search(text) or _PLACE_BEFORE.search(text, max(0, tok.start - 20), tok.start)
                or _PLACE_NOUN_AFTER.match(text, toks[run[-1]].end)):
            # "members of Los Chacales del Oro" is a gang; "Los Angeles (Times)", "Las Palmas" and
            # a neighbourhood told without a gang's word ("in Los Esteros") are places
            continue
        if any(toks[k].norm not in gaz.connectors and not _glued(text, toks, k - 1) for k in run[1:]) \
                and not is_place(text[toks[run[0]].start:toks[run[-1]].end]):  # "Lashkar Gah" is a town
            _take(text, toks, run, taken, out)
    return out


def _cap_run(
    gaz: _Gazetteer, text: str, toks: list[_Token], taken: list[bool], i: int, step: int, limit: int
) -> list[int]:
    """Indexes of a run of capitalised words (with lower-case connectors inside) from ``i``."""
    run: list[int] = []
    k = i
    while 0 <= k < len(toks) and len(run) < limit and not taken[k]:
        if run and not (_gaps_ok(text, toks, min(k, run[-1]), max(k, run[-1]) + 1)):
            break
        if run and " " in (gap := text[toks[min(k, run[-1])].end:toks[max(k, run[-1])].start]) \
                and any(q in gap for q in "’”\"'‘“"):
            break  # a quote closes or opens the name: "blames ‘Los Chacales del Oro’ for ..."
        raw = toks[k].raw
        if raw[0].isupper() or (run and toks[k].norm in gaz.connectors and raw.islower()) \
                or (run and _glued(text, toks, min(k, run[-1]))):
            run.append(k)
            k += step
            continue
        break
    while run and toks[run[-1]].raw.islower() and not _glued(text, toks, run[-1] - 1):
        run.pop()
    return sorted(run)


def _glued(text: str, toks: list[_Token], k: int) -> bool:
    """Whether tokens ``k`` and ``k + 1`` are one word split at an apostrophe ("Jama'at",
    "Qur'an"), not a possessive ("Israel's")."""
    if not 0 <= k < len(toks) - 1:
        return False
    return text[toks[k].end:toks[k + 1].start] in ("'", "’") and toks[k + 1].norm != "s"


_NAMING_WORDS = frozenset(("named", "called", "known", "as", "calling", "calls", "itself", "themselves", "which"))


def _introduced_names(
    gaz: _Gazetteer, text: str, toks: list[_Token], taken: list[bool]
) -> list[GroupMatch]:
    """Names a group noun introduces or closes: "the group Ansar al-Tawhid", "a group named
    Wrath of Olives", "a group calling itself "Wrath of Olives"", "the Wrath of Olives group"
    (mixed-case text only)."""
    out: list[GroupMatch] = []
    for h, tok in enumerate(toks):
        if tok.norm not in gaz.introducers or not tok.raw.islower():
            continue
        after = h + 1
        # "a group named X", "known as X", "calling itself X", "which calls itself X"
        while after < len(toks) and toks[after].norm in _NAMING_WORDS and toks[after].raw.islower():
            after += 1
        run = _cap_run(gaz, text, toks, taken, after, 1, 6) if after < len(toks) else []
        if not run and h > 0:
            # "the Ansar ul Islam militant group": skip lower-case descriptors before the noun.
            k = h - 1
            while k > 0 and toks[k].raw.islower() and toks[k].norm in gaz.group_descriptors:
                k -= 1
            run = _cap_run(gaz, text, toks, taken, k, -1, 6)
            while run and toks[run[0]].norm in gaz.caps_stop | gaz.connectors:
                run.pop(0)
        if not run or all(toks[k].norm in gaz.nationalities for k in run):
            continue
        if run[0] == 0 and len(run) == 1:
            continue
        if _is_modifier(gaz, text, toks, run[0], len(run)):
            continue  # "an anti-Azerbaijan group", "a pro-Kremlin group": what it opposes or backs
        _take(text, toks, run, taken, out)
    return out


_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight january "
    "february march april may june july august september october november december".split()
)


def _take(text: str, toks: list[_Token], ks: Sequence[int], taken: list[bool],
          out: list[GroupMatch]) -> None:
    """Add the candidate name spanning tokens ``ks`` (first to last) and mark them taken; a
    run of calendar words only ("on Wednesday claimed") names no group."""
    if all(toks[k].norm in _CALENDAR for k in ks):
        return
    start, end = toks[ks[0]].start, toks[ks[-1]].end
    surface = text[start:end]
    out.append(GroupMatch(_clean(surface), surface, start, end, False))
    for k in ks:
        taken[k] = True


def _seq_at(toks: list[_Token], i: int, seq: tuple[str, ...]) -> bool:
    """True when the lower-case tokens from ``i`` spell ``seq``."""
    part = toks[i : i + len(seq)]
    return len(part) == len(seq) and all(t.norm == w and t.raw.islower() for t, w in zip(part, seq))


def _cued_names(
    gaz: _Gazetteer, text: str, toks: list[_Token], taken: list[bool]
) -> list[GroupMatch]:
    """Unknown names a cue marks as a group (mixed-case text only): "members of Vrezh, ...",
    "Jaish-ul-Muslimin claimed responsibility". The name must end the phrase (punctuation or a
    clause word follows), so that "members of the Jewish community" gives nothing."""
    out: list[GroupMatch] = []
    spans: list[list[int]] = []
    for i in range(len(toks)):
        for seq in gaz.cues_before:
            if not _seq_at(toks, i, seq):
                continue
            k = i + len(seq)
            if k < len(toks) and toks[k].raw == "the":
                k += 1
            if k < len(toks) and _gaps_ok(text, toks, k - 1, k + 1):
                run = _cap_run(gaz, text, toks, taken, k, 1, 5)
                if run and run[0] == k and _name_ends(gaz, text, toks, run[-1]):
                    spans.append(run)
        for seq in gaz.cues_after:
            if i > 0 and _seq_at(toks, i, seq) and _gaps_ok(text, toks, i - 1, i + 1):
                run = _cap_run(gaz, text, toks, taken, i - 1, -1, 8)
                # "The Fighting For Freedom Coalition": drop the article, keep "Group of ...".
                while run and (toks[run[0]].norm in ("the", "a", "an", "this", "that") or
                               toks[run[0]].raw.islower()):
                    run.pop(0)
                if run and run[-1] == i - 1:
                    spans.append(run)
    for run in spans:
        if any(taken[k] for k in run) or all(toks[k].norm in gaz.nationalities for k in run):
            continue
        before = run[0] - 1
        if before >= 0 and toks[before].norm in ("the", "a", "an") and toks[before].raw.islower():
            before -= 1
        if before >= 0 and (
            toks[before].norm in gaz.mod_prefixes
            # a place ("an affiliate in Yemen claimed") or a person ("spokesman X claimed")
            or (toks[before].norm in gaz.cue_blockers and toks[before].raw.islower())
        ):
            continue
        if len(run) == 1 and toks[run[0]].norm in gaz.cue_blockers:
            continue
        _take(text, toks, run, taken, out)
    return out


def _name_ends(gaz: _Gazetteer, text: str, toks: list[_Token], last: int) -> bool:
    """True when the name ending at token ``last`` ends its phrase: punctuation or the end of the
    text follows, or a clause word ("who", "claimed", ...)."""
    if last + 1 >= len(toks):
        return True
    between = text[toks[last].end : toks[last + 1].start]
    if re.search(r"[,.;:()]", between):
        return True
    return toks[last + 1].norm in gaz.cue_ends and toks[last + 1].raw.islower()


def _called_names(
    gaz: _Gazetteer, text: str, toks: list[_Token], taken: list[bool]
) -> list[GroupMatch]:
    """In ALL CAPS text: "A GANG CALLED THE OWLS", "A GROUP KNOWN AS X" (up to 5 words)."""
    out: list[GroupMatch] = []
    for h, tok in enumerate(toks[:-2]):
        if tok.norm not in gaz.introducers | {"gang", "band", "cell"}:
            continue
        k = h + 1
        if toks[k].norm in ("called", "named", "calling"):
            k += 1
        elif toks[k].norm == "known" and toks[k + 1].norm == "as":
            k += 2
        else:
            continue
        if k < len(toks) and toks[k].norm == "the":
            k += 1
        run: list[int] = []
        while k < len(toks) and len(run) < 5 and not taken[k] and toks[k].norm not in gaz.caps_stop:
            if run and not _gaps_ok(text, toks, run[-1], k + 1):
                break
            run.append(k)
            k += 1
        if run:
            start, end = toks[run[0]].start, toks[run[-1]].end
            out.append(GroupMatch(_clean(text[start:end]), text[start:end], start, end, False))
            for j in run:
                taken[j] = True
    return out


# bodies named after a person ("the X network", "the X gang") and the qualifiers between
_BODY_NOUNS = frozenset(("network", "gang", "clan", "syndicate"))
# body nouns that name a perpetrator only in lower case after a person's name ("the Kachalla Bako
# Maidawa syndicate"); capitalised, they close an organisation's own name ("Somali Journalists Syndicate")
_LOWER_CASE_BODIES = frozenset(("syndicate",))
_BODY_QUALIFIERS = frozenset(("criminal", "smuggling", "trafficking", "drug", "crime", "mafia", "terrorist",
                              "terror", "militant", "armed"))


def _descriptive(
    gaz: _Gazetteer, text: str, toks: list[_Token], taken: list[bool]
) -> list[GroupMatch]:
    """Descriptive perpetrators: "Fulani herdsmen", "Kosovo Albanian extremists", and a
    lower-case leaning before the noun: "right-wing extremists", "dissident republicans"."""
    out: list[GroupMatch] = []
    trim = gaz.caps_stop | {"armed", "local", "unidentified", "unknown",
                            "northern", "southern", "eastern", "western", "central"} | _COUNT_WORDS
    for h, tok in enumerate(toks):
        if taken[h] or tok.norm not in gaz.descriptors or h == 0:
            continue
        if not _gaps_ok(text, toks, h - 1, h + 1):
            continue
        nxt = toks[h + 1] if h + 1 < len(toks) else None
        if nxt is not None and _gaps_ok(text, toks, h, h + 2) and (
            nxt.raw[0].isupper() or nxt.norm in gaz.introducers
        ):
            continue  # a modifier: "the nationalist group FALN", "Islamist Ali Hassan"
        lean = _leaning_before(gaz, text, toks, taken, h)
        if lean is not None:
            _take(text, toks, range(lean, h + 1), taken, out)
            continue
        if tok.norm in _BODY_NOUNS and tok.raw.islower():
            # "the Bekmurodov criminal network", "the network of Tolib Bekmurodov": a body named
            # after a person, with one qualifier between
            inner = h - 1 if h > 1 and toks[h - 1].norm in _BODY_QUALIFIERS and not taken[h - 1] \
                and _gaps_ok(text, toks, h - 2, h) else h
            run = _cap_run(gaz, text, toks, taken, inner - 1, -1, 3)
            while run and toks[run[0]].norm in trim:
                run.pop(0)
            if run and run[-1] == inner - 1:
                start, end = toks[run[0]].start, tok.end
                # (the qualifier is left out of the name: "the Bekmurodov network" is the same body)
                out.append(GroupMatch(f"{_clean(text[start:toks[run[-1]].end])} {tok.norm}", text[start:end],
                                      start, end, False))
                for k in range(run[0], h + 1):
                    taken[k] = True
                continue
            if nxt is not None and nxt.norm == "of" and not taken[h + 1] and _gaps_ok(text, toks, h, h + 2):
                after = _cap_run(gaz, text, toks, taken, h + 2, 1, 3)
                if after and after[0] == h + 2 and all(toks[k].norm not in trim for k in after):
                    start, end = toks[h].start, toks[after[-1]].end
                    label = f"{toks[after[-1]].raw} {tok.norm}"  # named after the person's surname
                    out.append(GroupMatch(label, text[start:end], start, end, False))
                    for k in range(h, after[-1] + 1):
                        taken[k] = True
                    continue
        if tok.norm in _LOWER_CASE_BODIES:
            continue
        run = _cap_run(gaz, text, toks, taken, h - 1, -1, 4)
        while run and (toks[run[0]].norm in trim or toks[run[0]].norm in gaz.connectors):
            run.pop(0)
        if (
            not run
            and tok.raw[0].isupper()
            and tok.norm not in gaz.proper_descriptors
            and not (nxt is not None and nxt.norm in gaz.descriptors)
            and not re.search(r"(?:^|[.!?:;\"“]|\s[\-–—])\W*$", text[: tok.start])
        ):
            # "done by Jihadists", "by Southern Insurgents": a bare noun the writer capitalises
            # mid-sentence is used as the perpetrators' name.
            out.append(GroupMatch(tok.raw, tok.raw, tok.start, tok.end, False))
            taken[h] = True
            continue
        if not run or run[-1] != h - 1:
            continue
        _take(text, toks, [*run, h], taken, out)
    return out


def _leaning_before(
    gaz: _Gazetteer, text: str, toks: list[_Token], taken: list[bool], h: int
) -> int | None:
    """Index of the first token of a leaning ("far-right", "left wing") right before token
    ``h``, or None."""
    for lean in gaz.leanings:
        first = h - len(lean)
        if first < 0 or any(taken[first:h]) or not _gaps_ok(text, toks, first, h + 1):
            continue
        if tuple(t.norm for t in toks[first:h]) == lean:
            return first
    return None


def _clean(name: str) -> str:
    """Collapse spaces, drop quotes, stray "?" and a leading article."""
    name = re.sub(r"\s+", " ", name).strip().strip("\"'“”‘’?").strip()
    name = re.sub(r"^(?:\?\s*)?[\"“]?", "", name).strip()
    name = re.sub(r"^(?:the|los|las|el|la)\s+", "", name, flags=re.IGNORECASE)
    return name.strip()


@lru_cache(maxsize=8192)
def canonical_group(name: str) -> str:
    """The canonical name of a group name, alias or transliteration ("ISIS" → "Islamic State").

    Unknown names come back cleaned (spaces collapsed, quotes and a leading article dropped);
    ``""`` stays ``""``. A label that wraps one known name in filler words or a bracketed gloss
    ("FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN)", "the FMLN guerrillas") maps to that name.
    """
    if not name or not name.strip():
        return ""
    gaz = _gazetteer()
    cleaned = _clean(name)
    for candidate in (name, cleaned, re.sub(r"[\[(][^\])]*[\])]", " ", cleaned)):
        key = " ".join(t.norm for t in _tokens(candidate))
        if key in gaz.by_key:
            return gaz.by_key[key]
    toks = _tokens(cleaned)
    if not toks:
        return cleaned
    mixed = find_groups(cleaned, caps=False)
    derived = [m for m in mixed if not m.known and m.canonical != _clean(m.surface)]
    if len(derived) == 1 and all(
        derived[0].start <= t.start < derived[0].end or t.norm in gaz.filler | gaz.connectors
        for t in toks
    ):
        # A branch or splinter of a known group ("Al Qaida in Niger", "dissidents of the FARC").
        return derived[0].canonical
    matches = [m for m in mixed if m.known] or [
        m for m in find_groups(cleaned, caps=True) if m.known
    ]
    canonicals = {m.canonical for m in matches}
    if len(canonicals) == 1:
        covered = [any(m.start <= t.start < m.end for m in matches) for t in toks]
        spare = {t.norm for t, c in zip(toks, covered) if not c}
        allowed = gaz.filler | gaz.nationalities | gaz.connectors
        if spare <= allowed:
            return canonicals.pop()
    bare = _tokens(re.sub(r"[\[(][^\])]*[\])]", " ", cleaned))
    if (
        len(bare) >= 3
        and bare[0].norm in gaz.state_of_heads
        and bare[1].norm == "of"
        and bare[-1].norm in gaz.state_heads
        and len(bare) <= 7
    ):
        # "forces of the Cristiani administration": the government's forces, not the government
        return gaz.state_of_heads[bare[0].norm]
    if bare and bare[-1].norm in gaz.state_heads and len(bare) <= 5:
        return gaz.state_heads[bare[-1].norm]
    if len(canonicals) > 1 and all(
        t.norm in gaz.filler | gaz.nationalities | gaz.connectors
        or any(m.start <= t.start < m.end for m in matches)
        for t in toks
    ):
        roots = {parent_group(c) for c in canonicals}
        if len(roots) == 1:
            # "ARMY OF NATIONAL LIBERATION ELN": a name plus its own acronym, both of one family.
            longest = max(matches, key=lambda m: m.end - m.start)
            return longest.canonical
        # Several groups named together ("FARC, ELN and EPL", "Hamas PFLP"): one label whatever
        # the order and separators, so that "ELN and FARC" = "FARC, ELN".
        return " and ".join(sorted(canonicals, key=str.casefold))
    return cleaned


def parent_group(name: str) -> str:
    """The mother organisation of a branch or province (itself when it has none)."""
    canonical = canonical_group(name)
    entry = _gazetteer().entries.get(canonical)
    if entry and entry.get("parent"):
        return str(entry["parent"])
    return canonical


def name_forms(name: str) -> list[str]:
    """``name`` and the short form articles use after naming it in full: without the leading head
    noun ("Katibat Ansar al-Gourma" → "Ansar al-Gourma", "Jamaat Nusrat al-Islam" → "Nusrat
    al-Islam"), where at least two words remain; a numbered unit by its unit ("Battalion 4")."""
    words = name.split()
    forms = [name]
    if len(words) >= 3 and _norm(words[0]) in _gazetteer().leading_heads:
        forms.append(" ".join(words[1:]))
    if len(words) >= 3 and words[-2].lower() in _NUMBERED_UNITS and _UNIT_NUMBER.fullmatch(words[-1]):
        forms.append(" ".join(words[-2:]))  # "Kani District PDF Battalion 4" → "Battalion 4"
    return forms


# a numbered unit at the end of a group's name ("PDF Battalion 4"), which articles then name by
# its unit alone ("Battalion 4 said")
_NUMBERED_UNITS = frozenset({"battalion", "brigade", "regiment", "column", "squadron", "platoon"})
_UNIT_NUMBER = re.compile(r"\d{1,4}|[IVX]{1,5}")


def group_kind(name: str) -> str:
    """``"state"`` for state forces (army, police, government), ``"group"`` otherwise; a name
    the gazetteer does not list is a state's when it names a police or army unit by its task
    ("Special Operations Group", "Crisis Management Group", "Rapid Intervention Unit")."""
    entry = _entry(name)
    if entry:
        return str(entry.get("kind", "group"))
    return "state" if _STATE_UNIT.search(name) else "group"


# a police or army unit named by its task (a name the gazetteer does not list)
_STATE_UNIT = re.compile(r"\b(?:special\s+operations?|crisis\s+management|crisis\s+response|tactical|swat|"
                         r"rapid\s+(?:intervention|response|action)|intervention|counter[\s\-]?terror\w*|"
                         r"anti[\s\-]?(?:terror\w*|kidnapping|riot|narcotics)|hostage\s+rescue|bomb\s+disposal)\s+"
                         r"(?:\w+\s+)?(?:group|unit|squad|team|force|command|brigade|battalion|division|service|department|cell)\b",
                         re.IGNORECASE)


def described_as(name: str) -> frozenset[str]:
    """The words of a people or a region that, before a kind of fighter, describe the group the
    gazetteer lists as ``name`` ("Dogon militiamen" of Dan Na Ambassagou): its `described_as`."""
    entry = _entry(name)
    return frozenset(str(w).casefold() for w in (entry.get("described_as") or [])) if entry else frozenset()


def is_generic_group(name: str) -> bool:
    """Whether the gazetteer lists ``name`` as a description more than a name ("Bandits"): the
    members of a named group are often called so."""
    entry = _entry(name)
    return bool(entry and entry.get("generic"))


def is_unnamed_group(name: str) -> bool:
    """Whether the gazetteer lists ``name`` as a description that names no perpetrator
    ("Insurgents"): weighed in an incident's judgment, never an article's group."""
    entry = _entry(name)
    return bool(entry and entry.get("generic") == "unnamed")


def _entry(name: str) -> dict[str, Any] | None:
    """The gazetteer entry of ``name`` (under any alias), or None."""
    return _gazetteer().entries.get(canonical_group(name))


def casualty_party(name: str) -> str:
    """The party of a group's or force's dead: "security" for state forces and for forces that
    hold and guard a territory (``casualty_party`` in the gazetteer: the SDF), else "attackers"."""
    entry = _entry(name)
    if entry and entry.get("casualty_party"):
        return str(entry["casualty_party"])
    return "security" if group_kind(name) == "state" else "attackers"


def is_country_force(name: str | None) -> bool:
    """True for a state's forces named by their country ("Israeli military"): the doers of strikes
    and raids, whose targets are no attackers."""
    entry = _entry(name) if name else None
    return bool(entry and entry.get("kind") == "state" and entry.get("adjectives"))


def is_known_group(name: str) -> bool:
    """True when ``name`` is in the gazetteer (under any alias), or is a joint label of groups
    that all are ("FARC and ELN")."""
    return canonical_group(name) in _gazetteer().entries or len(joint_members(name)) > 1


def joint_label(names: Sequence[str]) -> str:
    """One label for several groups that acted together, in the form :func:`canonical_group`
    gives a combined label (known names sorted, "ELN and FARC"; unknown ones as written, in the
    order given). A single name (or one family: a branch and its parent) stays that name."""
    parts = list(dict.fromkeys(canonical_group(n) or n for n in names))
    if len(parts) == 1:
        return parts[0]
    joined = " and ".join(parts)
    return canonical_group(joined) or joined


def joint_members(name: str) -> list[str]:
    """The canonical names of the known groups a joint label names ("ELN and FARC" → ["ELN",
    "FARC"]); ``[]`` unless the label is made of known groups only, joined by connectors."""
    if not name or canonical_group(name) in _gazetteer().entries:
        return []
    gaz = _gazetteer()
    matches = [m for m in find_groups(name, caps=False) if m.known]
    if len(matches) < 2:
        return []
    for tok in _tokens(name):
        if not any(m.start <= tok.start < m.end for m in matches) and tok.norm not in gaz.connectors:
            return []
    return list(dict.fromkeys(m.canonical for m in matches))
