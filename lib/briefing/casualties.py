"""Casualty mentions of one article and its per-document main-incident figures.

Per sentence (only sentences with a status word are read):

1. number mentions (``numbers.find_numbers``) are masked in a lower-case "shadow" of the sentence
   (each countable number becomes ``#`` characters of the same length, so offsets stay valid);
2. status patterns from ``data/casualty_status.yaml`` link a number to a status:
   number-first ("17 people were killed", "15 dead"), status-first ("killing 4", "the deaths of
   more than 20 people"), lists ("15 militants and 2 soldiers were killed"), composition
   ("17 killed, including 15 assailants"), conjunction across a clause ("..., as were a border
   guard and an employee of the Interior Ministry"), one named or singular victim ("the mayor was
   assassinated", "he died") and negation ("no one was hurt");
3. the noun phrase of each number gives its party (``data/casualty_parties.yaml``).

Mentions of background incidents are kept with their incident key; only main-incident mentions
make the per-document figures (``model.COUNT_FIELDS``), with derivations for computed values and
consistency checks that flag contradictions.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from operator import attrgetter

from .incidents import IncidentScope
from .model import ATTACKERS_APART, MAIN, OUTSIDE_TOTAL, CasualtyMention, Evidence, Figure
from .numbers import ACRONYM_IS, NumberMention, masked, reading, suffix_letters, word_value
from .numbers import shadow as _shadow  # the masking of number mentions (tests read it here)
from .paths import load_data
from .places import is_country_or_big_city
from .text import CLAUSE_JOINT, VERSION_NOTE, Document, Sentence, alternation, any_of, fold
from .tokens import GatedSearch, LeadScan, WordGate, letters_only, word_set

ONE_NAMED = "one named victim"  # note of a victim counted from a name or title, without a number
WITHIN_PART = "within a part of the same party"  # note of "four children" in "10 civilians, among them four children"
# note of a figure of a list that names some of the dead: "the dead include two policemen and four
# children" (there may be more)
SOME_OF = "some of those counted"
# note of a count that is the object of a verb of killing ("a gunman killed four people"): the
# attackers are not among them
VICTIMS = "the attackers' victims"
PRECEDING_PARTY = "party of the preceding figure"  # "15 soldiers killed and 20 injured": the 20 are soldiers too
SUBJECT_PARTY = "party from the clause subject"  # "they have two dead": the subject's people
NOT_IN_TOTAL = "not in the toll told"  # attackers dead besides it: "the toll does not include the bomber"
# note of a toll the text says counts the attackers, told apart or not at all ("Including the
# attackers, 32 people died"): attackers' deaths are inside it, and it is not the victims' count
WITH_ATTACKERS = "a toll that counts the attackers"
# note of a figure another source sets against an earlier one of the same sentence: kept, not added
ALTERNATIVE = "another source's figure"
# note of a figure the same sentence says was revised ("officials, who initially said about 150
# pupils had been taken, now say 227 were abducted"): kept as evidence, not counted
REVISED = "an earlier figure, revised in the same sentence"
SUPERSEDED = "an earlier figure, revised later in the report"
# note of a figure the article retracts ("Correction: an earlier entry said 12 soldiers had been
# killed") and of the same count told before it: kept as evidence, not counted
RETRACTED = "a figure the article retracts"
WITHDRAWN = "an earlier report's count, withdrawn"  # "information about the liquidation of one attacker was not confirmed"
FOUND = "missing, and since found"
SUBSET = "some of a count told beside them"
# note of a death among the wounded told after the toll ("a wounded soldier later died"): one more
# death of that party, added to its count (inside a toll of the same sentence it is included instead)
LATER_DEATH = "a later death among the wounded"
# note of people held for helping the attackers ("detained on suspicion of providing vehicles")
ACCOMPLICES = "suspected accomplices, not attackers"
OTHER_OFFENCE = "held for another offence, not attackers"
RESCUED = "rescued, not freed from captivity"
QUESTIONED = "held for questioning, not attackers"
UNCONFIRMED = "a figure the text says is not confirmed"
# soldiers "destroyed", "neutralised", "liquidated": words one side uses of the other's losses
ENEMY_LOSSES = "a claim of the other side's losses"
STATUS_ORDER = ("killed", "wounded", "captured", "kidnapped", "missing", "released")
SIDES = ("attackers", "security", "civilians")


@dataclass
class CasualtyResult:
    """Casualty mentions (main and background) with per-document main-incident figures."""

    mentions: list[CasualtyMention] = field(default_factory=list)
    figures: dict[str, Figure] = field(default_factory=dict)
    checks: list[str] = field(default_factory=list)
    group_sizes: list[CasualtyMention] = field(default_factory=list)  # the attacking group's size


def _phrase_re(phrases: list[str]) -> str:
    return alternation(sorted({p.lower() for p in phrases}, key=len, reverse=True))


_SPACE_RUN = re.compile(r"\s+")
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


@lru_cache(maxsize=4096)
def _norm(text: str) -> str:
    # called on every matched status word: the few distinct spellings are normalised once
    return _SPACE_RUN.sub(" ", text.lower().strip())


@dataclass(frozen=True)
class _Lexicon:
    after_status: dict[str, str]
    before_status: dict[str, str]
    singular_status: dict[str, str]
    person_only: frozenset[tuple[str, str]]
    party_of: dict[str, str]
    persons: frozenset[str]
    number_first: re.Pattern[str]
    status_first: re.Pattern[str]
    # the last word of every status word and gap of status_first (and of before_tail): one of them
    # is the word before the number of a match (None where a phrase has other characters than a-z
    # and blanks)
    status_first_ends: frozenset[str] | None
    singular: re.Pattern[str]
    link: re.Pattern[str]
    lead_link: re.Pattern[str]
    including: re.Pattern[str]
    as_were: re.Pattern[str]
    pronoun_have: re.Pattern[str]
    negations: tuple[tuple[re.Pattern[str], tuple[str, ...], bool], ...]  # pattern, statuses, party_only
    attackers_total: tuple[re.Pattern[str], ...]
    void: re.Pattern[str]
    void_window: int
    void_after: re.Pattern[str]
    and_status: re.Pattern[str]
    noun_then_status: re.Pattern[str]  # "(12 hostages) were freed": a second status after a status noun
    verb_then_status: re.Pattern[str]  # "(52 abducted schoolgirls) freed": the same after an adjective's noun
    singular_noun: LeadScan
    void_sentence: re.Pattern[str]
    active_single: LeadScan
    before_tail: re.Pattern[str]
    after_cue: re.Pattern[str]
    any_attackers_total: re.Pattern[str]  # matches where one of attackers_total matches
    any_negation: re.Pattern[str]
    toll: re.Pattern[str]
    toll_put: re.Pattern[str]  # the toll after its verb: "put the death toll at 15"
    toll_to: re.Pattern[str]  # the figure before the toll: "bring to seven the number of people detained"
    toll_status: dict[str, str]
    victims_verbs: frozenset[str]  # status-first verbs whose count excludes the attackers
    included_single: re.Pattern[str]  # ", including the gunman"
    excluded_attackers: re.Pattern[str]  # "the toll does not include the bomber": groups num, noun, toll
    included_attackers: re.Pattern[str]  # "including the five attackers, 32 died": groups num, noun, noun2, them
    single_attackers: frozenset[str]  # the singular attacker nouns ("gunman", "suicide bomber")
    taken_prisoner: re.Pattern[str]  # "took six soldiers prisoner", "taken six prisoners": groups num, np
    facility_intake: re.Pattern[str]  # "the hospital had received 23 patients": groups num
    facility_words: frozenset[str]  # one of them in the sentence lets facility_intake read
    things: frozenset[str]  # nouns of things: "five military vehicles" names no people
    attack_subject: re.Pattern[str]  # "a man armed with a rifle opened fire": groups det, noun
    pronoun_object: re.Pattern[str]  # "police shot him dead"
    object_verbs: frozenset[str]  # "shot pron dead", "killed pron": the phrases pronoun_object may make
    pronoun_of: dict[str, str]  # attack-subject noun → "he" / "she" / "" (either)
    being_killed: re.Pattern[str]  # "... before being shot dead": the attack subject is killed
    split_single: LeadScan  # "shot the gunman dead": groups verb, obj, tail
    split_verbs: frozenset[str]  # "shot obj dead": the phrases split_single may make
    # Word gates (tokens.WordGate), tested on a sentence's word set before its patterns are searched:
    status_gate: WordGate  # any hit of _sentence_hits
    negation_gate: WordGate  # any negation pattern
    group_gate: WordGate  # any attackers_total pattern
    void_sentence_gate: WordGate
    active_gate: WordGate  # active_single
    singular_noun_gate: WordGate
    void_gate: WordGate  # void, on the word set of the window before a figure
    toll_gate: WordGate
    after_cue_gate: WordGate
    singular_gate: WordGate
    negation_words: frozenset[bytes]  # one of them is in every negation
    outside_total: re.Pattern[str]  # "... are not included in that figure": a count beside the total
    outside_gate: WordGate
    retracted: re.Pattern[str]  # "Correction: an earlier entry said 12 soldiers ...": not counted
    retracted_gate: WordGate
    retracted_after: re.Pattern[str]  # "The figure of three fatalities ... was an error"
    corrected_aside: re.Pattern[str]  # "Twelve people, not 15 as previously reported, were killed"
    corrected_but: re.Pattern[str]  # "it was not 15 people who died but 12"
    unconfirmed_before: re.Pattern[str]  # "unconfirmed reports put the toll at 30"
    unconfirmed_after: re.Pattern[str]  # "12 dead, a count that was never confirmed"
    unconfirmed_next: re.Pattern[str]  # "That figure has not been confirmed." (of the sentence before)
    bare_singular: frozenset[str]  # singular phrases that take no auxiliary ("he died")
    single_verb_words: frozenset[bytes]  # a word one of the singular verbs needs in its sentence
    void_sentence_search: GatedSearch  # void_sentence, trying only the patterns a sentence's words allow
    attackers_total_search: GatedSearch  # any_attackers_total, likewise


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    raw = load_data("casualty_status.yaml")
    parties = load_data("casualty_parties.yaml")
    after_status: dict[str, str] = {}
    before_status: dict[str, str] = {}
    singular_status: dict[str, str] = {}
    person_only: set[tuple[str, str]] = set()
    unless_next: dict[str, list[str]] = {}  # after-phrases that count only before none of these words
    for status in STATUS_ORDER:
        spec = raw[status]
        for p in spec.get("after") or []:
            after_status.setdefault(_norm(p), status)
        for p in spec.get("before") or []:
            before_status.setdefault(_norm(p), status)
        for p in spec.get("singular") or []:
            singular_status.setdefault(_norm(p), status)
        for p in spec.get("person_only") or []:
            person_only.add((status, _norm(p)))
        for p, words in (spec.get("after_unless_next") or {}).items():
            after_status.setdefault(_norm(p), status)
            unless_next[_norm(p)] = [str(w) for w in words]
            person_only.add((status, _norm(p)))
    party_of: dict[str, str] = {}
    for party in ("attackers", "security", "civilians", "unspecified"):
        for w in parties[party]:
            party_of.setdefault(_norm(str(w)), party)
    party_of[ACRONYM_IS] = "attackers"  # the shadow's spelling of the acronym "IS"
    persons = frozenset(_norm(w) for w in parties["singular_persons"])
    trigger_words = {p for p in (*after_status, *before_status) if " " not in p}
    released_after = [p for p, status in after_status.items() if status == "released"]
    stop = _phrase_re(list(raw["np_stop"]) + sorted(trigger_words))
    aux = _phrase_re(raw["auxiliaries"])
    gaps = _phrase_re(raw["before_gaps"])
    # a status word before one of the nouns it modifies is no status: "two hostage takers"
    modified = rf"(?![\s\-]+(?:{_phrase_re(raw['modified_nouns'])})(?![\w#]))"
    # (a word starts with no dash: one between blanks ends the phrase, "kills at least three - police")
    word = rf"(?!(?:{stop})\b{modified})(?!-)[a-z’'.()\-]+"
    # "members of the border police", "people from the Hazara community", "soldiers and civilians"
    np = rf"(?:\s+(?:(?:of|from)\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+)?|(?:and|or)\s+(?:other\s+)?)?{word}){{0,8}}?"
    # an inserted phrase between a noun phrase and its verb: ", including 26 guards,",
    # ", Craig Dickens,", " (RUC)"
    paren = (r"(?:,\s*(?:including|among them|not counting|not including|excluding)\s[^;]{1,80}?,|,[^,;#]{1,50},|\s+\([^)]{1,50}\)"
             # a dash apposition: "four cyclists — two from Chile, one from Peru — were ..."
             r"|\s+(?:[—–]|--?)\s[^—–;]{1,100}?\s(?:[—–]|--?)(?=\s)"
             r"|,?\s*including\s[^;,]{1,60}?(?=\s+(?:were|was|have|had|are)\b)"
             # a relative clause or participle phrase: "two women who worked for them were ...",
             # "two policemen guarding the consulate were ..."
             # ("# policeman": a masked "a" may stand in the clause)
             r"|\s+(?:who\s+|[a-z]+ing\s+)[a-z’' \-#]{1,50}?,?"
             r"(?=\s+(?:were|was|have|had|are|also|all|died|dead|killed)\b)"
             # a short place phrase: "two civilians on a motorbike were ..."
             r"|\s+(?:on|in|at|inside|aboard|near)\s+(?:(?:a|an|the|their|his|her)\s+)?[a-z’'\-]+"
             r"(?:\s+[a-z’'\-]+)?(?=,?\s+(?:were|was|have|had|are|died|dead|killed)\b)"
             r"|,?\s+aged\s+\d+(?:\s*(?:and|,|to|-)\s*\d+)*,?)?")
    # the status words after a number: the plain phrases, then those that a word after rules
    # out ("taken", not "taken to hospital"), tried after the longer phrases that start alike
    after_re = _phrase_re([p for p in after_status if p not in unless_next]) + "".join(
        rf"|{_phrase_re([p])}(?![\w#])(?!\s+(?:{_phrase_re(words)})(?![\w#]))" for p, words in unless_next.items()
    )
    number_first = re.compile(
        rf"(?P<num>#+)(?P<np>(?:\s+of\s+(?:the|them|whom|those|these|their|his|her|its|our|your|my)"
        rf"(?:\s+(?:[a-z’'\-]+\s+){{0,2}}?[a-z’'\-]+['’]s(?=\s+#))?(?:\s+#+)?)?{np}(?:\s+and\s+(?:some\s+|several\s+|many\s+)?other(?:\s+[a-z]+){{1,2}})?){paren}"
        rf"(?P<aux>(?:,?\s+(?:{aux})){{0,5}}?)"
        # "were ambushed and killed", "were dragged from their car and killed"
        # (irregular participles too: "were run down and killed", "were struck and killed")
        # (not to a release: "was wounded and escaped", "were treated and released" stay wounded)
        # (not "were killed and wounded": one count of both statuses)
        rf"(?:\s+(?!killed\s+(?:and|or)\s+(?:wounded|injured|hurt)\b)"
        rf"(?:[a-z]+ed|run|hit|struck|shot|beaten|thrown|caught|driven|taken|mown)(?:\s+[a-z’']+){{0,4}}?\s+and"
        rf"(?!\s+(?:{_phrase_re(released_after)})(?![\w#])))?"
        rf"\s+(?P<trig>{after_re})(?![\w#]){modified}"
    )
    status_first = re.compile(
        # ("Wounded: 4 officers and 1 civilian": a label's colon)
        # (not a comma before the next clause's subject: "Woman killed, four taken to hospital")
        rf"(?<![\w#])(?P<trig>{_phrase_re(list(before_status))})(?:\s+(?:{gaps})){{0,3}}?"
        r"(?:,(?!\s+#+\s+(?:[a-z]+\s+)?(?:taken|were|was|are|is|have|had|injured|wounded|hurt|missing|rescued|freed|"
        r"arrested|held|hospitali[sz]ed|detained)\b)|:)?\s+"
        # "freed seven of the 12 villagers": the noun phrase of the whole names the people
        rf"(?P<num>#+)(?P<np>(?:\s+of\s+(?:the|those|these|their|our|its)(?:\s+#+)?)?{np.replace('{0,8}?', '{0,4}')})"
    )
    # every number-first match ends with a status word after a space: where the sentence has
    # none after a number, the number-first pattern is not tried there
    after_cue = re.compile(rf"\s(?:{after_re})(?![\w#])")
    # "two teenagers were kidnapped and murdered", "were kidnapped by militants on Thursday,
    # and were later executed"
    and_status = re.compile(
        rf"^(?:[^.;#]{{0,60}}?,)?\s+and\s+(?:(?:were|was|had been)\s+)?(?:then\s+|later\s+)?"
        rf"(?P<trig>{after_re})(?![\w#])"
    )
    then_aux = r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
    then_status = rf"(?:(?:later|since|then|all|also|eventually)\s+)?(?P<trig>{after_re})(?![\w#])"
    # (right after the status noun, a headline's participle needs no auxiliary: "14 hostages freed")
    noun_then_status = re.compile(rf"^(?:\s+(?P<noun>[a-z’'\-]+)\s+{then_aux}|\s+(?:{then_aux})?){then_status}")
    # the verb after "52 abducted schoolgirls" (a headline has no auxiliary: "... schoolgirls freed")
    verb_then_status = re.compile(rf"^\s+(?:{then_aux})?{then_status}")
    before_tail = re.compile(
        rf"(?<![\w#])(?:{_phrase_re(list(before_status))})(?:\s+(?:{gaps})){{0,3}}?\s+$"
    )
    # the verb is searched first; its auxiliary ("was", "has been") is read before it
    singular = re.compile(rf"\b(?P<trig>{_phrase_re(list(singular_status))})(?![\w#])")
    link = re.compile(
        # (an aside in brackets may follow the item: "four members of the security forces (three
        # police officers and one soldier) and 14 civilians")
        rf"^(?P<np>{np})(?:\s*\([^()]{{1,80}}\))?,?\s+(?:and|as well as|plus|&)\s+(?:(?:the|their|his|her|its|other)\s+)?$"
        r"|^,\s+$"
    )
    # (a person told without a number may stand between the items: "Ten pilgrims, the driver and a
    # police officer were killed"; the one person is read on its own)
    the_person = rf",\s+the\s+(?:[a-z’'\-]+\s+){{0,2}}?(?:{_phrase_re([str(w) for w in parties['singular_persons']])})"
    lead_link = re.compile(rf"^(?P<np>{np})(?:{the_person})?(?:,?\s+(?:and|as well as|plus)|,)\s+$")
    including = re.compile(
        r"(?:\bincluding|\bamong them|\bamong whom|\bamong the dead(?: were)?|\bamong those killed(?: were)?)"
        # ("including those of two gunmen": the bodies counted are theirs)
        r"(?:\s+(?:the|their|(?:that|those)\s+of(?:\s+the)?))?\s+$"
        # a breakdown after a colon or a dash: "12 died: nine militants and three herders" (also
        # after an exclusion: "14 were killed, not counting the bomber: nine guards and ...",
        # or after its source: "15 were killed, according to the administrator's toll: ...")
        # or after where: "27 people were killed in Tuesday's ambush on the road: nine gendarmes and ..."
        r"|^[\s*]*(?:,\s*(?:not\s+counting|not\s+including|excluding)\s+[^:;,.]{1,40}?"
        r"|,\s*(?:according\s+to|said|says|told)\s[^:;.]{1,120}?"
        r"|,?\s*(?:in|at|on|during|near)\s[^:;.#]{1,60}?)?(?::|-{1,2}|[–—])\s*$"
        # a breakdown told by its verb: "The list of 18 dead, published on Friday, was split into
        # four members of the security forces and 14 civilians"
        r"|^[^:;.#]{0,50}?\b(?:split|broken\s+down|divided)\s+(?:into|as)\s+$"
        r"|^\s*,?\s*(?:comprising|made\s+up\s+of|consisting\s+of)\s+$"
    )
    as_were = re.compile(r",?\s+as\s+(?:were|was|did|had|have|has)\s+(?:also\s+)?$")
    pronoun_have = re.compile(r"\b(?:they|we|who|which)\s+(?:have|had|has|lost|suffered)\s+$")
    negations = tuple(
        (re.compile(item["pattern"]), tuple(item["statuses"]), bool(item.get("party_only")))
        for item in raw["negation"]
    )
    any_negation = any_of([_NAMED_GROUP.sub("(?:", item["pattern"]) for item in raw["negation"]])
    attacker_words = _phrase_re([w for w, p in party_of.items() if p == "attackers"])
    attackers_total = tuple(
        re.compile(p.replace("NUM", "#+").replace("ATTACKER", attacker_words))
        for p in raw["attackers_total"]
    )
    # one scan instead of one per pattern in the usual case of no match (groups unnamed: any_of
    # takes patterns without shared group names)
    any_attackers_total = any_of([p.pattern.replace("(?P<num>", "(?:") for p in attackers_total])
    contexts = load_data("casualty_contexts.yaml")
    void = any_of(contexts["void_before"])
    void_after = any_of(contexts["void_after"])
    void_sentence = any_of(contexts["void_sentence"])
    active_verbs = _phrase_re(raw["killed"]["active_verbs"])
    active_single = re.compile(
        rf"\b(?:{active_verbs})\s+"
        r"(?P<obj>[a-z][a-z’'.\-]*(?:\s+[a-z][a-z’'.\-]*)?)"
    )
    singular_nouns = _phrase_re(raw["killed"]["singular_nouns"])
    singular_noun = re.compile(
        rf"\b(?:{singular_nouns})\s+of\s+"
        r"(?P<obj>[a-z’'.\-]+(?:\s+[a-z’'.\-]+){0,2})"
    )
    toll_status = {_norm(p): status for status, nouns in raw["tolls"].items() for p in nouns}
    # the toll nouns, then a count of whoever has a status: "the number of Iraqi soldiers killed",
    # "the number of militants wounded" (its status from the word after the people)
    toll_nouns = (rf"number\s+of\s+(?P<adj>martyred|slain|fallen|dead|killed|wounded|injured)\s+"
                  rf"(?P<whom2>(?:soldiers|troops|policemen|police\s+officers|officers|servicemen|civilians|people|"
                  rf"persons|fighters|militants|attackers|guards|workers|passengers|children|pupils|students))\b|"
                  rf"{_phrase_re(list(toll_status))}|number\s+of\s+(?P<whom>[a-z’'\-]+(?:\s+[a-z’'\-]+){{0,2}}?)"
                  rf"\s+(?P<whose>{_phrase_re(list(raw['toll_participles']))})(?![\w#])")
    # the verbs, with the figure a toll rose from: "the death toll rose from 12 to 19"
    to_stems = [str(v)[:-3] for v in raw["toll_verbs"] if str(v).endswith(" to")]
    toll_verbs = (rf"(?:{_phrase_re(to_stems)})(?:\s+from\s+[\w,\-]+)?\s+to|"
                  rf"{_phrase_re([v for v in raw['toll_verbs'] if not str(v).endswith(' to')])}|"
                  rf"(?P<cop>{_phrase_re(list(raw['toll_copulas']))})")
    # the phrase between toll and verb holds no number (#) and no clause end
    toll = re.compile(
        rf"(?<![\w#])(?P<trig>{toll_nouns})"
        rf"(?:\s+(?:(?P<among>among)|from|in|of|after|following|at|on|as|by|over)\s[^#.;:]{{1,120}}?)?"
        # an inserted inclusion: "the death toll, including the five gunmen, rose to 32"
        r"(?:,\s*(?:including|excluding|not\s+including|not\s+counting|among\s+them)\s[^,.;:]{1,60},)?,?"
        # ("the number of victims killed therefore rises to seven")
        r"(?:\s+(?:therefore|thus|now|so|also|officially|finally|meanwhile))?"
        rf"\s+(?:{toll_verbs})(?:\s+(?:{gaps})){{0,2}}?\s+(?P<num>#+)"
        r"(?(cop)(?!#|[\s\-]*(?:of|times|per|percent|%)(?![\w])))"
    )
    # the verb first: "officials put the death toll (from the attack) at 15"; "..., bringing the
    # death toll among the security forces to seven"
    toll_put = re.compile(
        rf"\b(?:(?:put|puts|putting|placed|places|estimated|estimates)|(?P<to_verb>bringing|brings|brought|"
        rf"taking|takes|took|raising|raises|raised|pushing|pushed|"
        rf"corrected|corrects|correcting|revised|revises|revising|lowered|lowers|lowering|"
        rf"reduced|reduces|reducing|updated|updates|updating))\s+(?:the|its|their)\s+"
        # "bringing the health ministry's death toll from the strike to 16"
        rf"(?:[a-z’'\-]+\s+){{0,3}}?(?P<trig>{toll_nouns})"
        rf"(?:\s+(?:(?P<among>among)|from|in|of|after|following|at|on|by|as)\s[^#.;:]{{1,120}}?)?\s+(?(to_verb)(?:(?:down|up|downwards?|upwards?)\s+)?to|at)\s+(?P<num>#+)"
    )
    # the figure first: "the arrests bring to seven the number of people detained"
    toll_to = re.compile(
        r"\b(?:bring|brings|brought|bringing|raise|raises|raised|raising|take|takes|took|taking|push|pushes|"
        rf"pushed|pushing)\s+to\s+(?P<num>#+)\s+(?:the|its|their)\s+(?:[a-z’'\-]+\s+){{0,2}}?(?P<trig>{toll_nouns})"
    )
    split_verbs = frozenset(" ".join(_norm(v).split()) for v in raw["killed"]["split_verbs"])
    split_single = re.compile(
        rf"\b(?P<verb>{_phrase_re(sorted({v.split(' obj')[0] for v in split_verbs}))})"
        r"\s+(?P<obj>the\s+[a-z’'\-]+(?:\s+[a-z’'\-]+)??)"
        rf"\s+(?P<tail>{_phrase_re(sorted({v.split('obj ')[1] for v in split_verbs}))})\b"
    )
    single_attackers = sorted({_norm(w) for w in parties["singular_persons"] if party_of.get(_norm(w)) == "attackers"}
                              | {"suicide bomber"})
    included_single = re.compile(raw["included_single"].replace("ATTACKER1", _phrase_re(single_attackers)))
    attacker_nouns = _phrase_re([*single_attackers, *(w for w, p in party_of.items() if p == "attackers")])
    excluded_attackers = re.compile(raw["excluded_attackers"].replace("ATTACKERS", attacker_nouns))
    included_attackers = re.compile(raw["included_attackers"].replace("ATTACKERS", attacker_nouns))
    spec = raw["attack_subject"]
    pronoun_of = {**{_norm(w): "" for w in (*spec["either"], *single_attackers)},
                  **{_norm(w): "he" for w in spec["he"]}, **{_norm(w): "she" for w in spec["she"]}}
    attack_subject = re.compile(
        # the subject starts the sentence or a clause: "A man ...", "..., when a bomber ...", or
        # follows a dateline's dash ("MALMO, Sweden - A man ...")
        r"(?:^|[,;:]\s+|\s[-—–]{1,2}\s+|\b(?:when|as|after|before|where|while|and|which|who|then)\s+)"
        r"(?P<det>#+|an?|the)\s+(?:[\w’'\-]+\s+){0,2}?(?P<noun>[a-z’'\-]+)"
        # "armed with a rifle", "wearing a suicide vest", ", 25,"
        r"(?:\s+(?:armed|wearing|carrying|dressed|wielding|with|in|on|from)\b[^,.;#]{0,50}?|,[^,.;#]{1,40},)?"
        r"\s+(?:(?:then|allegedly|reportedly|apparently|later|also)\s+)?"
        rf"(?:{_phrase_re(spec['attack_verbs'])})\b"
    )
    being_killed = re.compile(
        r"\b(?:before|after|until|and then|then)\s+being\s+(?:later\s+|eventually\s+)?"
        rf"(?:{_phrase_re(spec['being_killed'])})(?![\w’'-])"
    )
    # one pronoun slot for all the verbs; the words around it must make one of the listed phrases
    object_verbs = frozenset(" ".join(_norm(v).split()) for v in spec["object_verbs"])
    befores = {v.split(" pron")[0] for v in object_verbs}
    afters = {v.split("pron")[1].strip() for v in object_verbs} - {""}
    pronoun_object = re.compile(
        r"(?P<agent>[a-z’'\-]+)\s+(?:(?:then|later|eventually|finally|subsequently|reportedly)\s+)?"
        rf"(?P<verb>{_phrase_re(sorted(befores))})\s+(?P<pron>him|her)(?:\s+(?P<tail>{_phrase_re(sorted(afters))}))?"
        r"(?![\w’'-])"
    )
    # Patterns searched on the shadow see a word where a masked number's suffix was glued before
    # it ("5 or moreover" → "#########over"): the gates accept those glued words too.
    glued = suffix_letters()
    # the words of status phrases, in most sentences the other gates see: tested after the others
    status_words = frozenset(w for p in (*after_status, *before_status, *singular_status) for w in p.split())
    taken_prisoner = re.compile(raw["taken_prisoner"])
    facility_intake = re.compile(raw["facility_intake"])
    bare_singular = frozenset(_norm(p) for p in raw["singular_bare"])
    hit_patterns = [number_first, status_first, toll, singular, active_single, singular_noun,
                    _POSSESSIVE_DEATH, split_single, pronoun_object, being_killed, taken_prisoner,
                    facility_intake]
    return _Lexicon(
        after_status, before_status, singular_status, frozenset(person_only), party_of, persons,
        number_first, status_first, _last_words([*before_status, *raw["before_gaps"]]), singular, link, lead_link, including, as_were,
        pronoun_have, negations, attackers_total, void, int(contexts["window"]), void_after, and_status,
        noun_then_status, verb_then_status, LeadScan(singular_noun.pattern), void_sentence, LeadScan(active_single.pattern),
        before_tail, after_cue,
        any_attackers_total, any_negation, toll, toll_put, toll_to, toll_status,
        frozenset(_norm(p) for p in raw["killed"]["victims_verbs"]), included_single, excluded_attackers,
        included_attackers, frozenset(single_attackers), taken_prisoner, facility_intake,
        frozenset(raw["facility_words"]),
        frozenset(_norm(w) for w in parties["things"]), attack_subject,
        pronoun_object, object_verbs, pronoun_of, being_killed, LeadScan(split_single.pattern), split_verbs,
        WordGate([p.pattern for p in hit_patterns], glued),
        WordGate([item["pattern"] for item in raw["negation"]]),
        WordGate([p.pattern for p in attackers_total], glued, status_words),
        WordGate(contexts["void_sentence"], glued, status_words),
        WordGate([active_single.pattern], glued),
        WordGate([singular_noun.pattern], glued),
        WordGate(contexts["void_before"], glued),
        WordGate([toll.pattern, toll_put.pattern, toll_to.pattern], glued),
        WordGate([after_cue.pattern], glued),
        WordGate([singular.pattern], glued),
        frozenset(str(w).encode() for w in raw["negation_words"]),
        re.compile(raw["outside_total"]),
        WordGate([raw["outside_total"]]),
        any_of(contexts["retracted"]),
        WordGate([*contexts["retracted"], *contexts["retracted_after"]]),
        any_of(contexts["retracted_after"]),
        re.compile(contexts["corrected_aside"]),
        re.compile(contexts["corrected_but"]),
        any_of(contexts["unconfirmed_before"]),
        any_of(contexts["unconfirmed_after"]),
        any_of(contexts["unconfirmed_next"]),
        bare_singular,
        frozenset(w.encode() for w in ("was", "been", "is", "got", *(p.split()[0] for p in bare_singular))),
        GatedSearch(contexts["void_sentence"], glued),
        GatedSearch([p.pattern.replace("(?P<num>", "(?:") for p in attackers_total], glued),
    )


_WORD = re.compile(r"[a-z][a-z’'\-]*")
_PLAIN_PHRASE = re.compile(r"[a-z]+(?:\s+[a-z]+)*")


def _last_words(phrases: list[str]) -> frozenset[str] | None:
    """The last word of each of ``phrases`` (lower-cased), or None when one is not words of a-z."""
    lowered = [p.lower().strip() for p in phrases]
    if not all(_PLAIN_PHRASE.fullmatch(p) for p in lowered):
        return None
    return frozenset(p.split()[-1] for p in lowered)


_AZ = "abcdefghijklmnopqrstuvwxyz"


def _word_ending_at(shadow: str, pos: int) -> str:
    """The run of a-z right before the blanks before ``pos`` (and a comma after the run), within
    60 characters: "killing 12", "killing, 12"; "" without blanks before ``pos``."""
    if not shadow[pos - 1:pos].isspace():
        return ""
    head = shadow[max(0, pos - 60):pos].rstrip()
    if head.endswith(","):
        head = head[:-1]
    return head[len(head.rstrip(_AZ)):]


# who drove the bomb: "the driver of the vehicle bomb", "the car-bomb driver"
_BOMB_DRIVER = re.compile(r"(?i)\bdrivers?\s+of\s+(?:the|a|an)\s+(?:[\w\-]+\s+)?(?:car|vehicle|truck|lorry|van)[\s\-]?bombs?\b"
                          r"|\b(?:car|vehicle|truck|lorry|van)[\s\-]?bomb\s+drivers?\b")


@lru_cache(maxsize=8192)
def party_of_phrase(words: str) -> tuple[str, bool]:
    """Party of a noun phrase (attackers / security / civilians / unspecified) and whether it
    names people at all ("15 border guards" → security, True; "3 vehicles" → unspecified, False).
    Group names ("FMLN rebels", "members of the ELN") are looked up in the group gazetteer only
    when the party words alone leave the party open (the gazetteer lookup is the costly part)."""
    found = _party_of_phrase(words, False)
    if found[0] == "civilians" and _BOMB_DRIVER.search(words):
        return "attackers", True  # "the driver of the car bomb": the bomber
    if found[0] == "attackers" and _STATE_FIGHTERS.search(words):
        # "Four PMF fighters", "militiamen of the Popular Mobilisation Forces": a state force's
        # fighters are security forces
        lex = _lexicon()
        if any(tok not in lex.party_of and _group_party(tok) == "security" for tok in _WORD.findall(words.lower())):
            return "security", True  # "PMF fighters" (a state force's own name, not "army" of a group's)
        from .groups import casualty_party, find_groups, group_kind

        groups = find_groups(words)
        if groups and all(g.known and (group_kind(g.canonical) == "state" or casualty_party(g.canonical) == "security")
                          for g in groups):
            # "fighters of the Popular Mobilisation Forces", "Joint Forces fighters"
            return "security", True
    if found[0] != "unspecified":
        return found
    with_groups = _party_of_phrase(words, True)
    return with_groups if with_groups[0] != "unspecified" else found


def _party_of_phrase(words: str, groups: bool) -> tuple[str, bool]:
    lex = _lexicon()
    tokens = [t.removesuffix("’s").removesuffix("'s").rstrip("’'") for t in _WORD.findall(words.lower())]
    found = "unspecified"
    person = False
    after_of = False
    conj = False
    thing = beyond = False
    for i, tok in enumerate(tokens):
        if tok == "of":
            after_of = True
            continue
        if tok in ("and", "or"):
            conj = True
            continue
        if tok in _PREPOSITIONS:
            beyond = True  # "15 villagers from the camp": the head is before it
            continue
        if tok in lex.things and not (after_of or conj or beyond):
            thing = True  # "five military vehicles": the party word qualifies a thing
            continue
        pair = f"{tok} {tokens[i + 1]}" if i + 1 < len(tokens) else ""
        party = lex.party_of.get(pair) or lex.party_of.get(tok)
        if party is None and not groups and len(tok) > 5:
            party = _compound_party(lex, tok)
        if party is None and groups:
            party = _group_party(tok) or (_group_party(pair) if pair else None)
        if party is None:
            continue
        thing = False  # "five police station guards": the head is a person after all
        if after_of and party == "security" and (body := _OF_BODY.search(words.lower())) is not None \
                and _group_party(body.group(1).strip()) == "attackers":
            party = "attackers"  # "a member of the New People's Army": a group's name, not an army
        if after_of and party in ("attackers", "security"):
            # "an employee of the Interior Ministry", "members of the army": the body decides
            if conj and found not in ("unspecified", party):
                return "unspecified", True  # "civilians and members of the security forces"
            return party, True
        person = person or not after_of
        if tok in _DEMOGRAPHIC and not after_of and any(
                lex.party_of.get(t) not in (None, "unspecified", party) for t in tokens[i + 1:i + 3]):
            # "two women cadres", "child soldiers", "a woman police officer", "three uniformed
            # Maoists": the head decides
            continue
        if party != "unspecified" and not after_of:
            if found not in ("unspecified", party):
                if conj:
                    return "unspecified", True  # "soldiers and civilians": no single party
                continue  # "security official": the first party word qualifies the head
            found = party
    return ("unspecified", False) if thing else (found, person)


# words of who people are or how they look, before the noun that says whose side: "women cadres",
# "child soldiers", "uniformed Maoists"
_DEMOGRAPHIC = frozenset("woman women female male child children girl girls boy boys teenage teenager teenagers "
                         "young elderly uniformed".split())
# the body after "of" in a noun phrase ("member of the New People's Army")
_OF_BODY = re.compile(r"\bof\s+(.+)$")
_PREPOSITIONS = frozenset("from in at on near inside outside with by to into during after before".split())


def _compound_party(lex: _Lexicon, word: str) -> str | None:
    """The party of a closed compound whose last part is a party word: "schoolgirls" (girls),
    "bodyguards" (guards), "tribesmen" (men); the longest such part, after at least three
    letters."""
    for k in range(3, len(word) - 2):
        party = lex.party_of.get(word[k:])
        if party is not None:
            return party
    return None


_STATE_FIGHTERS = re.compile(r"(?i)\b(?:fighters?|militiam[ae]n|combatants?|members?)\b")


@lru_cache(maxsize=65536)
def _group_party(word: str) -> str | None:
    """Party of a perpetrator-group or state-force name ("FMLN deaths" → attackers)."""
    if len(word) < 3 or word in _COMMON_WORDS:
        return None
    try:
        from .groups import casualty_party, is_known_group
    except ImportError:  # pragma: no cover - groups.py is the attribution engineer's
        return None
    if not is_known_group(word):
        return None
    return casualty_party(word)


_COMMON_WORDS = frozenset(
    "the and people persons others men women were was have has had been of in on at by for with "
    "from into during after before some all both their his her its".split()
)


@dataclass(slots=True)  # one per figure of every sentence read: slots build and read faster
class _Hit:
    number: NumberMention | None
    value: int | None
    low: int | None
    high: int | None
    qualifier: str
    status: str
    party: str
    role: str
    start: int  # offsets in the sentence
    end: int
    note: str = ""
    kind: str = ""  # how it was found: number-first "nf", status-first "sf", "list", "incl", ...
    via: int = -1  # for a list item: the start of the list's first number
    comma: bool = False  # a list item joined by a bare comma
    trig: str = ""  # the status word of a status-first hit
    nth: bool = False  # a count told by an ordinal ("a third soldier has died": at least three)


def _masked(sentence: str) -> tuple[str, dict[int, NumberMention]]:
    """``numbers.masked``: a sentence is read up to three times (casualty hits, group size, the
    attacker of the next sentence), its reading is kept. The map is shared: read only."""
    return masked(sentence)


def _hit(n: NumberMention, status: str, party: str, start: int, end: int, role: str | None = None,
         note: str = "", kind: str = "") -> _Hit:
    if role is None:
        role = "total" if party == "unspecified" else "part"
    return _Hit(n, n.value, n.low, n.high, n.qualifier, status, party, role, start, end, note, kind)


_START = attrgetter("start")


def _accept(lex: _Lexicon, status: str, trig: str, np: str) -> tuple[str, bool] | None:
    """The party of a figure's noun phrase ``np`` and whether it names people, or None where the
    status word ``trig`` (normalised by ``_norm``) counts only people and the phrase names none."""
    party, person = party_of_phrase(np)
    if not person:
        whole = _PARTITIVE.match(np)
        if whole is not None:  # "freed seven of the 12 villagers": people if the whole is (its
            # party stays open: the part's own may differ, and it is often told apart)
            person = party_of_phrase(np[whole.end():])[1]
    # a status noun that names people counts them on its own: "took 12 hostages"
    names_people = person or (not np.strip() and trig in lex.party_of)
    if (status, trig) in lex.person_only and not names_people:
        return None
    if status == "wounded" and trig.startswith(_HOSPITAL_TRIGS) and _REMAINS_NOUN.search(np):
        return None  # "four bodies were taken to hospital": the dead, not wounded
    if not person and np.strip() and _names_a_thing(lex, np):
        return None  # "eleven photographs showing captured weapons": things, whatever the status
    return party, person


_HOSPITAL_TRIGS = ("taken to", "rushed to", "admitted to")
_REMAINS_NOUN = re.compile(r"\b(?:bod(?:y|ies)|remains|corpses?|dead)\b")
_BARE_ONE = re.compile(r"\s+(?:died|was|were|had|has|succumbed|perished|is)\b")
# (past the deed they were hurt in: "41 people injured in the bombing were still being treated")
_IN_TREATMENT = re.compile(r"(?:\s+(?:in|during|by)\s+(?:the|this|that|last\s+[a-z]+['’]s)\s+[a-z\-]+)?"
                           r"\s+(?:(?:are|were|is|was)\s+(?:still\s+)?|remain(?:ed|s)?\s+(?:still\s+)?|still\s+|(?=(?:have|has|had)\s+been\s+discharged))"
                           r"(?:being\s+treated|under\s+treatment|receiving\s+treatment|in\s+(?:the\s+)?hospitals?|"
                           r"hospitali[sz]ed|admitted|in\s+(?:a\s+)?(?:critical|serious|stable)\s+condition|"
                           r"(?:have\s+been\s+|has\s+been\s+|had\s+been\s+|been\s+)?discharged)\b")
_ONE_FACILITY = re.compile(r"\b(?:hospital|clinic|medical\s+cent(?:er|re)|infirmary)\b[^.;#]{0,40}?"
                           r"\b(?:treating|treated|received|receiving|admitted|admitting)\b[^.;#]*$")
_PAREN_TOLL = re.compile(r"\b([a-z][\w\-’']*)\s+(?:death\s+|casualty\s+)?toll\b[^().;]{0,80}\(\s*(?:[^()]*,\s*)?$")
_POSSESSOR_FIGURE = re.compile(r"\b([a-z][\w\-]*)['’]s\s+(?:own\s+|official\s+|latest\s+)?"
                               r"(?:figure|toll|count|tally|number|account)\b"
                               # "The SDF's own account, issued in stages, now stands at five fighters"
                               r"(?:[^.;#]{0,40}?\b(?:stands|stood)\s+at|\s+of)\s+(?:the\s+)?$")
# the speaker's own people ("four of our fighters"), who are the attacked force's when the
# sentence condemns the attack as terrorism or treachery (a group claiming its own attack does not)
_OUR_NOUN = re.compile(r"\s*(?:of\s+)?our\s")
# the speaker's side as the subject of a deed ("we killed", "our men have shot")
_WE_DID = re.compile(r"(?:^|[^\w’'])(?:we|our\s+(?:own\s+)?(?:men|forces|troops|soldiers|boys|officers|units|team))"
                     r"\s+(?:have\s+|had\s+)?(?:also\s+|then\s+)?(?:[a-z]+\s+)?$")
_CLAIM_WORD = re.compile(r"\b(?:claim(?:s|ed|ing)?|statement|communiqu[eé]|mujahideen|soldiers\s+of\s+the\s+caliphate)\b")
_CONDEMNED_ATTACK = re.compile(r"\b(?:terrorist|treacherous|cowardly|heinous|dastardly|barbaric|criminal)\s+"
                               r"(?:(?:terrorist|suicide|bomb|car[\s\-]bomb)\s+)?(?:attack|aggression|assault|act|bombing|operation)")
# people let go after questioning or arrest, not hostages freed ("the seven men who were detained on
# Wednesday were released overnight after questioning")
_DETAINEES = re.compile(r"\b(?:detained|arrested|questioned|questioning|interrogation|in\s+custody|on\s+bail|charged|"
                        # inmates let out of a jail the attackers broke: "We freed more than a thousand
                        # brothers who were rotting in that prison" (escapes, not hostages released)
                        r"prison|prisons|jail|jails|inmates|prisoners|cells)\b")
_INCLUDING_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom)\s+(?:at\s+least\s+)?$")
_LATER_FREED = re.compile(r"[^.;]{0,160}?\b(?:have|has|had|were|was)\s+(?:been\s+|now\s+|since\s+)?"
                          r"(?:regained\s+(?:their\s+|his\s+|her\s+)?freedom|freed|released|rescued|set\s+free)\b")


def _taken_then_freed(shadow: str, result: list[_Hit]) -> list[_Hit]:
    """Released hits for the people counted as taken whose verb of freedom comes after ("Fifty-
    seven students and a teacher abducted from the school last Thursday have regained their
    freedom"): every count of the taken before the verb, with no other count between, is of
    people now free; at least as many were taken."""
    taken = [h for h in result if h.status == "kidnapped" and h.number is not None and h.value]
    if not taken:
        return []
    freed = _LATER_FREED.match(shadow, taken[-1].end)
    if freed is None:
        return []
    verb_at = freed.end()
    if "#" in shadow[taken[-1].end:verb_at] or any(
            h.status != "kidnapped" and taken[0].start <= h.start < verb_at for h in result):
        return []  # another count between: "12 were abducted and 5 were freed"
    out = []
    for h in taken:
        h.qualifier, h.high = "at_least", None
        out.append(_Hit(h.number, h.value, h.low, h.value, "exact", "released", h.party, h.role, h.start,
                        verb_at, h.note, "nf"))
    return out
_ALSO_HARMED = re.compile(r"\b(?:was|were|has\s+been|had\s+been)\s+also\s+(?:[a-z]+ly\s+)?(?:killed|shot|murdered|wounded|injured|"
                   r"abducted|kidnapped|hurt|stabbed|hacked|beheaded|executed)\b|\balso\s+(?:died|perished)\b")
_THE_OTHER = re.compile(r"[^.;]{0,60}?(?:,|\band)\s+the\s+other\b")
_NEXT_WORDS = re.compile(r"(?:\s+[a-z][a-z\-]*){1,2}")


def _thing_after(lex: _Lexicon, shadow: str, at: int) -> bool:
    """Whether one of the two words right after ``at`` is a thing noun ("a terrorist logistics
    base", "a police station")."""
    nxt = _NEXT_WORDS.match(shadow, at)
    return nxt is not None and any(w in lex.things for w in nxt.group().split())


_ITEM_WORDS = re.compile(r"(?:\s+[a-z][a-z#\-]*){1,3}")


def _thing_item(lex: _Lexicon, shadow: str, at: int) -> bool:
    """Whether the list item whose number ends at ``at`` names a thing before any person ("two
    M-16 rifles", "three explosive drones")."""
    item = _ITEM_WORDS.match(shadow, at)
    if item is None:
        return False
    for w in item.group().split():
        w = w.strip("-#")
        if w in lex.party_of:
            return False
        if w in lex.things:
            return True
    return False


def _names_a_thing(lex: _Lexicon, np: str) -> bool:
    """Whether a noun phrase's head, before any "of" or preposition, is a thing ("photographs
    showing", "military vehicles")."""
    for tok in _WORD.findall(np.lower()):
        if tok == "of" or tok in ("and", "or") or tok in _PREPOSITIONS or tok in lex.party_of:
            return False  # (a person noun first: "people a mortar also fell")
        if tok in lex.things:
            return True
    return False


def _sentence_hits(text: str, words: frozenset[bytes] | None = None) -> list[_Hit]:
    """Casualty hits of one sentence (offsets into ``text``); ``words``: its word set, when the
    caller has it (``tokens.word_set`` of the lower-case sentence)."""
    if words is None:
        words = word_set(fold(text))
    if not _lexicon().status_gate.allows(words):
        return []
    return _gated_hits(text, words)


def _gated_hits(text: str, words: frozenset[bytes]) -> list[_Hit]:
    """:func:`_sentence_hits` of a sentence that passes ``status_gate``."""
    if b"not" in words:
        numbers, shadow, at = reading(text, words)
        aside = _lexicon().corrected_aside.search(shadow) if at else None
        if aside is not None and aside.start("num") in at:
            return _corrected_hits(text, words, numbers, shadow, at, aside)
        but = _lexicon().corrected_but.search(shadow) if b"but" in words and len(at) > 1 else None
        if but is not None and but.start("wrong") in at and but.start("right") in at:
            return _corrected_but_hits(text, words, numbers, shadow, at, but)
    hits = _read_hits(text, words)
    if (b"escape" in words or b"escaped" in words or b"fled" in words) and any(h.status == "kidnapped" for h in hits):
        for h in list(hits):
            if h.status == "kidnapped" and (away := _THEN_ESCAPED.match(text, h.end)) is not None:
                # "Three adults who were abducted managed to escape": freed, and some of those taken
                freed = replace(h, status="released", end=away.end())
                h.qualifier, h.high = "at_least", None
                hits.append(freed)
    if b"only" in words and len(hits) > 1:
        for a, b in ((a, b) for i, a in enumerate(hits) for b in hits[i + 1:]):
            if a.status == b.status and b.party in (a.party, "unspecified") and not a.note and not b.note \
                    and (a.value or 0) > (b.value or 0) and _ONLY_BEFORE.search(text, a.end, b.start) \
                    and _ONLY_SEEN.match(text, b.end):
                # "the army claims five fighters were neutralised; only two bodies have been seen
                # by independent sources": the same dead, the count that was seen stands
                a.note = ALTERNATIVE
    if (b"losses" in words or b"casualties" in words or b"dead" in words) and any(h.party == "unspecified" for h in hits) \
            and (side := _SIDE_LOSSES.match(text)) is not None:
        for h in hits:
            if h.party == "unspecified" and h.status == "killed" and h.start > side.end():
                # "Attacker losses are contested: the army claims 23 "neutralised"; residents
                # counted 17 bodies": every count of the sentence is of that side
                h.party, h.role = "attackers", "part"
    if b"from" in words and any(h.status == "kidnapped" for h in hits):
        for h in hits:
            if h.status == "kidnapped" and _TAKEN_FROM_US.match(text, h.end):
                h.status = "killed"  # "the six people who were taken from us": the dead, not the abducted
    if b"by" in words and any(h.status == "captured" for h in hits):
        for h in hits:
            if h.status == "captured" and h.party != "attackers" and _BY_ATTACKERS.match(text, h.end):
                h.status = "kidnapped"  # "214 persons were taken into custody by our fighters": their captives
    if (b"captives" in words or b"hostages" in words) and any(h.status == "captured" for h in hits):
        for h in hits:
            if h.status == "captured" and _CAPTIVES.search(text, h.start, h.end):
                h.status = "kidnapped"  # "more than 100 other captives seized": people the attackers hold
    if len(hits) > 1 and "(" in text:
        for a in hits:
            if (a.value or 0) < 2 or a.note:
                continue
            paren = text.find("(", a.start, a.end + 2)
            close = text.find(")", paren) if paren >= 0 else -1
            if paren < 0 or close < 0 or text[a.end:paren].strip():
                continue
            for b in hits:
                # "three police officers (an inspector, a sergeant and a corporal ...)": the three
                if b is not a and paren < b.start < close and b.status == a.status and b.value == 1 \
                        and b.party in (a.party, "unspecified") and b.note in ("", "one person"):
                    b.note = WITHIN_PART
    if len(hits) > 1 and (b"others" in words or b"more" in words):
        for a, b in zip(hits, hits[1:]):
            if a.status == b.status and a.role == b.role == "total" and a.party == b.party == "unspecified" \
                    and not a.note and not b.note and a.value and b.value \
                    and _AND_GAP.match(text, a.end, b.start) and _OTHERS_COUNT.match(text, b.start, b.end):
                # "eleven people were hit by bullets and six others were injured in the rush":
                # two counts of one status that add up
                a.role = b.role = "part"
    if "'s" in text or "’s" in text:
        shadow = reading(text, words)[1]
        for h in hits:
            if h.party == "attackers" and h.kind != "nf" \
                    and (whose := _POSSESSOR_FIGURE.search(shadow, max(0, h.start - 60), h.start)) \
                    and _group_party(whose.group(1)) == "security":
                h.party = "security"  # "The SDF's own account ... now stands at five fighters and ..."
    if ":" in text:
        _label_hits(text, words, hits)
        if len(hits) > 1:
            _explained_after_colon(text, hits)
    if ("—" in text or "–" in text or " - " in text) and _DASH_ASIDE.search(text):
        _before_dash_aside(text, words, hits)
        if hits:
            _after_dash_aside(text, words, hits)
    if len(hits) > 2 and (" of whom " in text or " of them " in text):
        # "seventeen: thirteen civilians, six of whom were beheaded, ...": some of a part of the
        # total, which holds them already
        for before, h in zip(hits, hits[1:]):
            if before.role == "part" and h.role == "part" and before.party == h.party != "unspecified" \
                    and before.status == h.status and (before.value or 0) >= (h.value or 0) \
                    and any(o.role == "total" and o.status == h.status and o.end <= before.start for o in hits) \
                    and not text[before.end:h.start].strip(" ,") and _OF_WHOM_PART.match(text, h.start):
                h.note = SUBSET
    if len(hits) > 1 and any(h.nth for h in hits):
        # "A third soldier has died ..., raising the death toll among troops to three": one count
        hits = [h for h in hits if not (h.nth and any(
            o is not h and not o.nth and o.status == h.status and o.party in (h.party, "unspecified")
            and o.qualifier == "exact" and (o.value or 0) >= (h.value or 0) for o in hits))]
    return hits


# a lower count of the same people set against a claimed one: "...; only two bodies of
# assailants have been seen by independent sources"
_ONLY_BEFORE = re.compile(r"(?:;|,?\s+but|,)\s+(?:so\s+far\s+|to\s+date\s+)?only\s+(?:the\s+)?$")
_ONLY_SEEN = re.compile(r"[^.;]{0,60}?\b(?:have|has|had|were|was)\s+(?:so\s+far\s+|actually\s+|independently\s+)?(?:been\s+)?"
                        r"(?:seen|confirmed|verified|recovered|found|identified|counted|shown)\b")
# an attacker's death reported earlier, withdrawn: "information about the liquidation of one of the
# attackers was not confirmed", "reports that two gunmen were killed proved false"
_DEATHS_WITHDRAWN = re.compile(
    r"\b(?:information|reports?|claims?|news|word)\s+(?:about|of|on|that)\s+(?:the\s+)?"
    r"(?:(?:liquidation|killing|death|deaths|neutrali[sz]ation|elimination)\s+of\s+)?"
    r"(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:of\s+the\s+)?"
    r"(?:attackers?|assailants?|gunm[ae]n|militants?|terrorists?|bandits?|insurgents?)\b"
    r"(?:\s+(?:had\s+been|were|was|being)\s+(?:killed|liquidated|neutrali[sz]ed|eliminated|shot\s+dead))?"
    r"\s+(?:was|were|has|have|had)\s+(?:not\s+(?:been\s+)?confirmed|(?:been\s+)?(?:denied|retracted|withdrawn)|"
    r"proved?\s+(?:to\s+be\s+)?(?:false|wrong|untrue)|turned\s+out\s+(?:to\s+be\s+)?(?:false|wrong|untrue))")
# a side's count of the other's losses the report says is no toll: "The GCS figure of 112
# neutralised should not be used as a death toll"
_CLAIM_NOT_A_TOLL = re.compile(
    r"\b(?:figure|count|claim|number|tally)\s+of\s+(?P<n>\d[\d,]*)\s+(?:[\"“']?[a-z]+[\"”']?\s+){0,2}?"
    r"(?:neutrali[sz]ed|killed|dead|destroyed|eliminated|liquidated)[\"”']?\s+(?:[^.;]{0,40}?\s)?"
    r"(?:should|must|cannot|can\s*not|is\s+not\s+to)\s+(?:not\s+)?be\s+(?:read|used|taken|treated|counted|reported)\s+as\s+"
    r"(?:an?|the)\s+(?:death\s+|casualty\s+)?(?:toll|count\s+of\s+(?:the\s+)?dead)\b", re.IGNORECASE)
# a sentence about one side's losses: "Attacker losses are contested: ...", "The militants' dead: ..."
_SIDE_LOSSES = re.compile(r"\W*(?:the\s+)?(?:attackers?|assailants?|militants?|insurgents?|rebels?|terrorists?|jihadists?)['’]?\s+"
                          r"(?:losses|casualties|dead|deaths)\b[^.;:]{0,40}:", re.IGNORECASE)
# a euphemism for the dead: "the six people who were taken from us"
_TAKEN_FROM_US = re.compile(r"\s+from\s+(?:us|our\s+(?:community|town|city|families|family)|their\s+famil(?:y|ies)|this\s+(?:world|earth))\b",
                            re.IGNORECASE)
# taken by the attackers: "were taken into custody by our fighters", "detained by the militants"
_BY_ATTACKERS = re.compile(r"\s+by\s+(?:our|the|their|its|armed|unknown|unidentified)\s+(?:[a-z\-]+\s+)?(?:fighters|militants|gunmen|"
                           r"attackers|assailants|rebels|insurgents|mujahideen|mujahidin|kidnappers|bandits|jihadists|"
                           r"terrorists|guerrillas|hijackers|captors|abductors)\b", re.IGNORECASE)
# the people taken who got away, told right after them: "who were abducted managed to escape"
_THEN_ESCAPED = re.compile(r"\s+(?:have\s+|had\s+|has\s+|later\s+|since\s+|also\s+)*(?:managed\s+to\s+|were\s+able\s+to\s+)?"
                           r"(?:escape[ds]?|fled|broke\s+free)\b")


# "... and six others were injured", "... and six more were hurt": more people of the same status
_AND_GAP = re.compile(r"[^.;:()]{0,60}?(?:,\s*)?\band\s+(?:a\s+further\s+|another\s+)?$")
_OTHERS_COUNT = re.compile(r"[\w,.-]+(?:\s+\(\d+\))?\s+(?:others|more|other\s+(?:people|persons))\b")
# a report's own summing-up line: "- Confirmed dead: 22 inmates", "Our best estimate: at least 22 killed"
_BOTTOM_LINE = re.compile(r"^\W*(?:[-*•]\s*)?(?:(?:confirmed|verified|certified)\s+(?:dead|deaths|killed|toll|fatalities)|"
                          r"(?:our\s+)?best\s+estimate|our\s+(?:assessed\s+)?(?:estimate|assessment|count|toll)|"
                          r"bottom\s+line|assessed\s+(?:death\s+)?toll)\s*:", re.IGNORECASE)
# a report's own count: "we have documented 41 villagers killed"
_OWN_COUNT = re.compile(r"\bwe\s+(?:have\s+)?(?:now\s+)?(?:documented|counted|verified|confirmed|recorded|registered)\s+"
                        r"[*_\s]*(?:at\s+least\s+)?$", re.IGNORECASE)
# a count told as it now stands: "That brings the number of worshippers killed to 17", "- Civilian
# death toll now 17", "the toll of soldiers has risen to 21"
_UPDATED_COUNT = re.compile(r"\b(?:now|brings?|brought|bringing|risen|rose|rises|climbed|raises|raised|raising)\b", re.IGNORECASE)
# a count an association or a community's body gives: "The Fulani association Jamtan Pulaaku, which
# on Thursday said 57 people had been killed", "the families' committee puts the toll at 45"
_CLAIMANT_BEFORE = re.compile(r"\b(?:association|associations|committee|activists?|families|relatives|union|"
                              r"movement|network|diaspora|collective|coalition|church|churches|synod|diocese|parish|charity|ngo|elders)\b[^.;]{0,80}$", re.IGNORECASE)
# a toll told as it rises: "has risen to 41", "rose to 23", "now stands at 33", "bringing the toll to"
_RISEN_TO = re.compile(r"\b(?:risen|rose|rises|climbed|climbs|increased|jumped|reached|stands|stood|bringing|brought)\s+"
                       r"(?:\w+\s+){0,4}?(?:to|at)\b", re.IGNORECASE)
# a speaker holding to a figure others dispute: "continues to insist that", "maintains that"
_INSISTS_BEFORE = re.compile(r"\b(?:insist(?:s|ed|ing)?|maintain(?:s|ed|ing)?|alleg(?:e|es|ed|ing))\s+(?:that\s+)?[^.;]{0,60}$",
                             re.IGNORECASE)


# a count of the dead told as the victims': "six dead among the victims of the night"
_AMONG_VICTIMS = re.compile(r"\s+(?:among|of)\s+(?:the\s+)?(?:victims|civilians\s+and\s+(?:police|security\s+forces))\b")
_CAPTIVES = re.compile(r"\b(?:captives|hostages)\b", re.IGNORECASE)


def _explained_after_colon(text: str, hits: list[_Hit]) -> None:
    """The deaths a sentence tells after a colon that explains the toll before it ("revised the
    toll to fifteen soldiers killed: ... one of the wounded, a sergeant, died in hospital"): inside
    that toll, not added to it (changed in place)."""
    colon = text.find(":")
    tolls = [h for h in hits if h.end <= colon and h.status == "killed" and h.number is not None and not h.note]
    if not tolls:
        return
    for h in hits:
        if h.start > colon and h.status == "killed" and h.note in ("one person", ONE_NAMED, LATER_DEATH, SOME_OF) \
                and any((t.value or 0) >= (h.value or 0) and h.party in (t.party, "unspecified") for t in tolls):
            h.note, h.role = "included in the total", "part"


# a fact box's or an alert's line: "- Guardia Civil officers killed: 7 (six at the scene ...)",
# "Deaths: 12"
_LABEL_FIGURE = re.compile(
    r"^[\s\-*•–—]*(?P<np>(?:[a-z’'\-]+\s+){0,4}?)(?P<trig>killed|dead|deaths|fatalities|wounded|injured|hurt|"
    r"missing|kidnapped|abducted|captured|arrested|detained)(?:\s+(?:by|in|during|at)\s+(?:the\s+)?[a-z\-]+)?"
    r"\s*:\s*(?P<num>#+)(?![\w#])")


def _label_hits(text: str, words: frozenset[bytes], hits: list[_Hit]) -> None:
    """Add to ``hits`` (in place) the figure of a label line ("Civilians killed: 1"), whose
    number comes after the status word and its colon; the party is the label's noun phrase, else
    the words after the number ("Killed: 7 police officers")."""
    numbers, shadow, at = reading(text, words)
    m = _LABEL_FIGURE.match(shadow)
    if m is None or m.start("num") not in at or any(h.number is at[m.start("num")] for h in hits):
        return
    status = _lexicon().after_status.get(_norm(m.group("trig")))
    if status is None:
        return
    n = at[m.start("num")]
    np = m.group("np")
    party = party_of_phrase(np)[0] if np.strip() else "unspecified"
    end = n.end
    items: list[_Hit] = []
    own_end = end
    if not np.strip() and (after := _NP_AFTER.match(shadow, n.end)) is not None:
        words_after = _NP_CUT.split(after.group(0))[0]
        party, end = party_of_phrase(words_after)[0], n.end + len(words_after.rstrip())
        own_end = end
        # "Wounded: 4 officers and 1 civilian": each item a part
        while (more := _LABEL_ITEM.match(shadow, end)) is not None and more.start("num") in at:
            item = at[more.start("num")]
            noun = _NP_AFTER.match(shadow, item.end)
            noun_text = _NP_CUT.split(noun.group(0))[0] if noun else ""
            end = item.end + len(noun_text.rstrip())
            items.append(_hit(item, status, party_of_phrase(noun_text)[0], item.start, end, kind="label"))
    aside = _PAREN_AFTER.match(shadow, end)
    if aside is not None:
        # "killed: 7 (six at the scene; one died in hospital)": the parts of the figure
        for h in hits:
            if aside.start() <= h.start < aside.end() and h.status == status:
                h.note, h.role = "included in the total", "part"
    hits.append(_hit(n, status, party, m.start("np") if np.strip() else m.start("trig"),
                     own_end if items else end, kind="label"))
    hits.extend(items)
    hits.sort(key=_START)


_PAREN_AFTER = re.compile(r"\s*\([^()]*\)")
_IN_ACTION = re.compile(r"\s+in\s+action\b")
_LABEL_ITEM = re.compile(r"\s*(?:,\s*and|,|and|plus)\s+(?P<num>#+)")


# a dashed aside inside a sentence: "15 civilians — among them a journalist and three hotel
# employees — and four soldiers"
_DASH_ASIDE = re.compile(r"\s(?:[—–]|--?)\s[^—–.;]{3,160}?\s(?:[—–]|--?)\s")


def _read_without(text: str, words: frozenset[bytes],
                  read: tuple[tuple[NumberMention, ...], str, dict[int, NumberMention]],
                  aside: re.Match[str]) -> list[_Hit]:
    """The hits of a sentence read again with a dashed aside blanked (its numbers left out)."""
    numbers, shadow, at = read
    blank = shadow[:aside.start()] + " " * (aside.end() - aside.start() - 1) + shadow[aside.end() - 1:]
    kept = {k: n for k, n in at.items() if not aside.start() <= k < aside.end()}
    return _read_hits(text, words, (tuple(n for n in numbers if not aside.start() <= n.start < aside.end()),
                                    blank, kept))


def _before_dash_aside(text: str, words: frozenset[bytes], hits: list[_Hit]) -> None:
    """Add to ``hits`` (in place) the figures of counts right before a dashed aside whose verb
    comes after it ("six jawans - four from the CRPF and two from the DRG - have now lost their
    lives": six killed), read without the aside; the aside's counts of the same status become
    parts inside them."""
    numbers, shadow, at = reading(text, words)
    read = {id(h.number) for h in hits if h.number is not None}
    for aside in _DASH_ASIDE.finditer(shadow):
        before = [n for k, n in at.items() if k < aside.start() and id(n) not in read
                  and not shadow[n.end:aside.start()].strip(" ,").count(" ") > 3]
        if not before:
            continue
        new = [h for h in _read_without(text, words, (numbers, shadow, at), aside)
               if h.number is not None and any(h.number is n for n in before)]
        for h in new:
            for inner in hits:
                if inner.status == h.status and aside.start() <= inner.start < aside.end() and inner.role != "total":
                    inner.note, inner.role = inner.note or "included in the total", "part"
                    inner.end = min(inner.end, aside.end())
        hits.extend(new)
        read |= {id(h.number) for h in new}
    hits.sort(key=_START)


def _after_dash_aside(text: str, words: frozenset[bytes], hits: list[_Hit]) -> None:
    """Add to ``hits`` (in place) the figures right after a dashed aside that the aside parts
    from the figure before it ("The dead were 15 civilians — among them ... — and four members of
    the security forces"): the sentence read again without the aside."""
    numbers, shadow, at = reading(text, words)
    read = {id(h.number) for h in hits if h.number is not None}
    for aside in _DASH_ASIDE.finditer(shadow):
        after = [n for k, n in at.items() if k >= aside.end() and id(n) not in read]
        if not after or not any(h.end <= aside.start() for h in hits):
            continue
        new = [h for h in _read_without(text, words, (numbers, shadow, at), aside)
               if h.number is not None and any(h.number is n for n in after)]
        hits.extend(new)
        read |= {id(h.number) for h in new}
    hits.sort(key=_START)


def _corrected_but_hits(text: str, words: frozenset[bytes], numbers: tuple[NumberMention, ...], shadow: str,
                        at: dict[int, NumberMention], but: re.Match[str]) -> list[_Hit]:
    """The hits of a sentence that corrects a figure as it tells it ("it was not 15 people who
    died but 12", "the toll was not 15 but 12"): the right number takes the status and party of
    the figure read beside it, the wrong one is a retracted figure of the same."""
    wrong, right = at[but.start("wrong")], at[but.start("right")]
    hits = _read_hits(text, words)
    by_number = {id(h.number): h for h in hits if h.number is not None}
    wrong_hit, right_hit = by_number.get(id(wrong)), by_number.get(id(right))
    if wrong_hit is None and right_hit is None:
        # neither is read where it stands: read the sentence without "not 15 ... but"
        blank = shadow[:but.start()] + " " * (but.start("right") - but.start()) + shadow[but.start("right"):]
        hits = _read_hits(text, words, (tuple(n for n in numbers if n is not wrong), blank,
                                        {k: n for k, n in at.items() if n is not wrong}))
        right_hit = next((h for h in hits if h.number is right), None)
    if right_hit is None and wrong_hit is not None:
        # "it was not 15 people who died but 12": the right figure is the wrong one's, corrected
        right_hit = _hit(right, wrong_hit.status, wrong_hit.party, right.start, right.end, role=wrong_hit.role,
                         kind=wrong_hit.kind)
        hits.append(right_hit)
    if right_hit is None:
        return hits
    if wrong_hit is not None:
        wrong_hit.note = RETRACTED
    elif not (wrong.value == 1 and wrong.kind in ("words", "article")):
        # (not "not one but two soldiers were killed": an emphasis, no figure told)
        hits.append(_hit(wrong, right_hit.status, right_hit.party, but.start(), but.end("wrong"),
                         role=right_hit.role, note=RETRACTED, kind=right_hit.kind))
    hits.sort(key=_START)
    return hits


def _corrected_hits(text: str, words: frozenset[bytes], numbers: tuple[NumberMention, ...], shadow: str,
                    at: dict[int, NumberMention], aside: re.Match[str]) -> list[_Hit]:
    """The hits of a sentence with a corrected figure in an aside ("Twelve people, not 15 as
    previously reported, were killed"): read without the aside, whose number is a retracted
    figure of the status and party of the figure it stands beside."""
    wrong = at[aside.start("num")]
    blank = shadow[:aside.start()] + " " * (aside.end() - aside.start()) + shadow[aside.end():]
    hits = _read_hits(text, words, (tuple(n for n in numbers if n is not wrong), blank,
                                    {k: n for k, n in at.items() if n is not wrong}))
    beside = min((h for h in hits if h.number is not None), default=None,
                 key=lambda h: min(abs(h.start - aside.start()), abs(h.end - aside.start())))
    if beside is not None:
        # its phrase is the aside's words: "not 15 as previously reported"
        start = shadow.index("not", aside.start())
        end = start + len(shadow[start:aside.end()].rstrip(" ,"))
        hits.append(_hit(wrong, beside.status, beside.party, start, end, role=beside.role,
                         note=RETRACTED, kind=beside.kind))
        hits.sort(key=_START)
    return hits


def _read_hits(text: str, words: frozenset[bytes],
               read: tuple[tuple[NumberMention, ...], str, dict[int, NumberMention]] | None = None) -> list[_Hit]:
    """:func:`_gated_hits` (``read``: the sentence's numbers, shadow and map when not those of
    :func:`numbers.reading`)."""
    lex = _lexicon()
    numbers, shadow, at = reading(text, words) if read is None else read
    hits: dict[int, _Hit] = {}
    extra: list[_Hit] = []

    used: list[int] = []  # where the status words of number-first hits start
    trig_spans: list[tuple[int, int]] = []  # ... and where they end
    reduced: set[int] = set()  # number-first hits of a participle right after the noun phrase
    died_seen = False  # a "wounded ... died" hit, read against the sentence's other deaths below
    covered = 0  # numbers inside an accepted match ("17 people, including 15 assailants, were
    # killed") are read by the composition rules below, not on their own
    last_status = -1
    if at and lex.after_cue_gate.allows(words):
        # A number starts with a "#" of the shadow, which no cue runs across: the cues after it
        # are those of a scan from the start. Most sentences have one after their last number,
        # and then after every number.
        if lex.after_cue.search(shadow, next(reversed(at))) is not None:
            last_status = len(shadow)
        else:
            for cue in lex.after_cue.finditer(shadow, next(iter(at))):  # in text order: the last one counts
                last_status = cue.start()
    number_first, status_first_ends, after_status = lex.number_first.match, lex.status_first_ends, lex.after_status
    for n in at.values():
        start = n.start
        if start < covered or start >= last_status:
            continue
        m = number_first(shadow, start)  # anchored: every number gets its own try
        if m is None:
            continue
        if n.kind == "article" and _AS_ROLE.search(shadow, max(0, start - 30), start):
            continue  # "who had acted as a driver, was arrested": a role, not a person counted
        if _MEMBER_OF_TOLD.search(shadow, max(0, start - 30), start):
            continue  # "whether they are among the 14 men detained": a group told elsewhere, pointed to
        if (status_first_ends is None or _word_ending_at(shadow, start) in status_first_ends) \
                and lex.before_tail.search(shadow, max(0, start - 60), start):
            continue  # "killed at least 18 people ...": the number is the object of the verb before it
        trig_text, aux, np = m.group("trig", "aux", "np")
        if " whose " in np:
            continue  # "a taxi driver whose car was hijacked": the status is the car's
        trig = _norm(trig_text)
        status = after_status[trig]
        end = m.end()
        rest = shadow[end:]
        if lex.void_after.match(rest):
            continue
        if _ACTIVE_AUX.match(aux) and (trig.endswith("ed") or trig in lex.before_status) \
                and (_ACTIVE_OBJECT.match(rest) or _bare_people(lex, np, rest)) \
                and not _NUMBER_THEN_STATUS.match(rest):
            # "a militant killed one civilian", "three charges that injured a passerby", "two
            # bombings have wounded six persons": the number is the agent, not the victim
            continue
        if n.kind == "article":
            # "a member of the special forces": the body after "of" names the party
            np = text[n.end:n.noun_end]
            if shadow.startswith(" of ", n.noun_end) and m.end("np") > n.noun_end \
                    and party_of_phrase(np)[0] == "unspecified":
                np = text[n.end:m.end("np")]
        ok = _accept(lex, status, trig, np)
        if ok is None:
            continue
        if n.kind == "article" and trig.startswith(_HOSPITAL_TRIGS):
            continue  # "His son ... was taken to hospital": one person, told of elsewhere as wounded or not
        party, person = ok
        if party == "attackers" and (whose := _POSSESSOR_FIGURE.search(shadow, max(0, start - 60), start)) \
                and _group_party(whose.group(1)) == "security":
            party = "security"  # "the PMF's own figure of four fighters killed": its own fighters
        if party == "attackers" and _CONDEMNED_ATTACK.search(shadow) and (
                _OUR_NOUN.match(np) or shadow.endswith(" our ", 0, start) or start == 4 and shadow.startswith("our ")):
            party = "security"  # "this treacherous terrorist attack, four of our fighters were martyred"
        note = ""
        bare = not np.strip()  # no noun phrase: "12 were killed"
        if bare and party == "unspecified" and "(" in shadow \
                and (toll_of := _PAREN_TOLL.search(shadow, max(0, start - 120), start)) is not None:
            # "the combined PMF toll reported by the PMF (four killed, three wounded)": its people
            word = toll_of.group(1).removesuffix("’s").removesuffix("'s")
            party = party_of_phrase(word)[0] if party_of_phrase(word)[1] else (_group_party(word) or party)
        if bare:
            before = shadow[: m.start("num")]
            side = _SIDE_BEFORE.search(before)
            if side is not None and party == "unspecified":
                # "Provisional toll: on our side, two killed and three wounded. On the enemy side,
                # two terrorists neutralised": a force's communiqué counts its own and the enemy's
                party = "attackers" if side.group(1) else "security"
                note = "party from the side named"
            elif lex.pronoun_have.search(before):
                # "they have two dead": the pronoun's party is the clause's subject
                party, _ = party_of_phrase(before)
                note = SUBJECT_PARTY
            elif trig in _REMAINS and (of := _REMAINS_OF.match(rest)) is not None \
                    and (whose := _adjective_noun(rest[of.end():])) is not None:
                # "17 bodies of soldiers": the people whose remains they are
                party = whose[1][0]
                end += of.end() + whose[0].end()
        hits[start] = _Hit(n, n.value, n.low, n.high, n.qualifier, status, party,
                           "total" if party == "unspecified" else "part", m.start(), end, note, "nf")
        if not aux and not bare and shadow[m.end("np"):m.start("trig")].isspace():
            reduced.add(start)  # "12 villagers abducted": a participle right after its noun
        if bare and trig in lex.party_of and (
                _REMAINING.search(shadow, max(0, start - 20), start)
                or _DEFINITE_BEFORE.search(shadow, max(0, start - 6), start) and not _CLAUSE_VERB.match(rest)):
            # "the remaining seven hostages", "included the nine hostages counted by the
            # government": a part of those taken, told elsewhere
            hits[n.start].note, hits[n.start].role = "included in the total", "part"
        if trig.startswith("among "):
            # "with five officers among the dead": some of the dead, inside a toll told before
            # in the sentence when there is one ("Eight soldiers were killed, with five ...")
            hit = hits[start]
            hit.trig, hit.role = trig, "part"
            hit.note = "included in the total" if any(
                o.status == status and o.start < start for o in hits.values() if o is not hit) else SOME_OF
        covered = m.end()
        used.append(m.start("trig"))
        trig_spans.append((m.start("trig"), m.end("trig")))
        adjective = False  # the status word stands before a person noun, as its adjective
        if _OF_THE_STATUS.match(np):
            # "3 of the wounded were in critical condition": a part of a figure told elsewhere;
            # "11 of the dead were civilians": the complement names the party
            hits[n.start].note, hits[n.start].role = "included in the total", "part"
            complement = _COMPLEMENT.match(rest)
            if complement:
                hits[n.start].party = party_of_phrase(complement.group(1))[0]
            elif status != "killed" and _THEN_DIED.match(rest):
                # "seven of the wounded died in hospital": deaths among them, not wounded
                hits[n.start].status = status = "killed"
                hits[n.start].end = m.end() + _THEN_DIED.match(rest).end()
        elif status != "killed" and _OF_THE_NOUN.match(np) and _SOON_DIED.match(rest):
            # "one of the soldiers wounded on Sunday died of his injuries": a death among the
            # wounded, counted in the toll told beside it
            died = _SOON_DIED.match(rest)
            hits[n.start].status = status = "killed"
            hits[n.start].note, hits[n.start].role = "included in the total", "part"
            hits[n.start].end = m.end() + died.end()  # type: ignore[union-attr]
        elif (not aux and shadow[n.end:m.start("trig")].isspace() or _ADVERB_GAP.fullmatch(shadow, n.end, m.start("trig"))) \
                and m.group("trig") not in _NOUN_STATUSES and (noun := _adjective_noun(rest)) is not None:
            # "two wounded policemen", "52 abducted schoolgirls": the status word is an adjective
            # of the noun after it, whose party it is; "a wounded soldier later died" is a death
            noun, noun_party = noun
            adjective = True
            hit = hits[n.start]
            hit.party = party = noun_party[0]
            hit.role = "total" if party == "unspecified" else "part"
            died = _SOON_DIED.match(rest) if status == "wounded" else None
            if died is not None:
                hit.status = status = "killed"
                hit.end = m.end() + died.end()
                hit.kind = "died"  # (inside a toll of the same sentence: see below)
                hit.note = LATER_DEATH
                died_seen = True
            else:
                hit.end = m.end() + noun.end()
        if status == "wounded" and not aux and n.kind == "article" and (died := _LATER_DIED.match(rest)):
            # "a woman injured in last night's attack has died in hospital": a later death
            hit = hits[n.start]
            hit.status = status = "killed"
            hit.end, hit.kind, hit.note = end + died.end(), "died", LATER_DEATH
            died_seen = True
        if not hits[n.start].note and _INCLUDING_BEFORE.search(shadow, max(0, start - 16), start):
            # "19 were taken to hospital, including six with stab wounds": some of those counted
            hits[n.start].note, hits[n.start].role = "included in the total", "part"
        if status == "wounded" and not aux and _IN_TREATMENT.match(shadow, hits[n.start].end):
            # "19 injured were still being treated", "nine wounded gendarmes remain in hospital":
            # those still in care, some of the wounded (others have died or gone home)
            hits[n.start].note, hits[n.start].role = "included in the total", "part"
        also = lex.and_status.match(rest)
        also_at = m.end()  # where the text ``also`` matched starts (``rest`` starts there)
        if also is None:
            # a status noun, then the verb of another status: "12 hostages were freed", "23
            # kidnapped victims were rescued"
            if adjective:  # "52 abducted schoolgirls were freed": the verb after the noun
                also = lex.verb_then_status.match(rest[noun.end():])
                also_at += noun.end()
            else:
                also = lex.noun_then_status.match(rest)
                if also is not None and not (party_of_phrase(also.group("noun"))[1] if also.group("noun")
                                             else trig in lex.party_of):
                    also = None
        if also is None and status == "wounded" and (died := _AND_THEN_DIED.match(rest)) is not None \
                and hits[n.start].status == "wounded":
            # "a police sergeant was wounded in the raid and later died": one death, no one wounded
            hits[n.start].status, hits[n.start].end = "killed", m.end() + died.end()
            continue
        # "two teenagers were kidnapped and murdered" (the dead are not taken or freed after:
        # "three bodies were taken from the rubble")
        # ("12 hostages seized": the taking itself, not the capture of attackers)
        if also and lex.after_status[_norm(also.group("trig"))] not in (status, "captured" if status == "kidnapped" else "") \
                and status != "killed":
            second = lex.after_status[_norm(also.group("trig"))]
            if adjective or status == "kidnapped" and trig in lex.party_of:
                # "52 abducted schoolgirls were freed", "14 hostages were freed": 52 of those
                # taken, who were at least as many
                hits[n.start].qualifier, hits[n.start].high = "at_least", None
            # ("the remaining seven hostages escaped": a part of those freed, as of those taken)
            part = "part" if hits[n.start].note == "included in the total" else None
            if party == "unspecified" and second in ("killed", "wounded") and trig in lex.party_of:
                party = lex.party_of[trig]  # "nine hostages lost their lives": the hostages' side
            if status == "wounded" and second == "killed" and _DIED_WORD.search(also.group(0)):
                # "a police inspector was wounded and later died": one death, no one wounded
                hit = hits[n.start]
                hit.status, hit.end = "killed", m.end() + (noun.end() if adjective else 0) + also.end()
                used.append(also_at + also.start("trig"))
                continue
            extra.append(_hit(n, second, party, m.start(), m.end() + (noun.end() if adjective else 0) + also.end(),
                              role=part, note=note, kind="nf"))
            # its status word is this number's: "Two hostages were killed, five were freed" does
            # not kill the five
            used.append(also_at + also.start("trig"))

    _subsets_of_counts(shadow, at, hits)

    # the status words of number-first hits are theirs: "Eight people were wounded, two of them
    # seriously" — "wounded" is the status of "Eight", not of "two"
    toll_words = lex.toll_gate.allows(words)  # few sentences name a death toll
    for n in at.values():
        if n.start in hits:
            continue
        # the status word stands at most a few words before its number: search only there, and
        # only where the word before the number may end a status word or a gap
        m = None
        if lex.status_first_ends is None or _word_ending_at(shadow, n.start) in lex.status_first_ends:
            for cand in lex.status_first.finditer(shadow, max(0, n.start - 60), min(len(shadow), n.end + 80)):
                at_num = cand.start("num")
                if at_num >= n.start:
                    # (a later match starts after this one's number, so after the number here)
                    m = cand if at_num == n.start else None
                    break
        if m is not None and (m.start("trig") in used or _inside(m.start("trig"), trig_spans)):
            continue  # (a status word inside another figure's: "11 people with gunshot wounds, four ...")
        if m is None:
            toll = next((c for pattern in (lex.toll, lex.toll_put)
                         # (a few characters past the figure: a copula's toll looks at the word after it)
                         for c in pattern.finditer(shadow, max(0, n.start - 220), n.end + 12)
                         if c.start("num") == n.start), None) if toll_words else None
            if toll is None and toll_words and _word_ending_at(shadow, n.start) == "to":
                toll = next((c for c in lex.toll_to.finditer(shadow, max(0, n.start - 20), min(len(shadow), n.end + 160))
                             if c.start("num") == n.start), None)
            if toll is not None and not lex.void_after.match(shadow[toll.end("num"):]):
                hits[n.start] = _toll_hit(lex, shadow, n, toll)
            continue
        trig = _norm(m.group("trig"))
        some_of = trig.startswith("among ") or "includ" in trig
        if some_of:
            if any(h.start < m.start("trig") for h in hits.values()):
                # "15 soldiers were killed; among the dead were three officers": parts of the
                # figure before, read with the inclusions below
                continue
        status = lex.before_status[trig]
        np = m.group("np") if n.kind != "article" else text[n.end:n.noun_end]
        end_np = m.end() if n.kind != "article" else max(m.end(), n.noun_end)
        if not np.strip() and (adj := _BARE_WORD.match(shadow, m.end("num"))) is not None \
                and _norm(adj.group(1)) in lex.after_status \
                and (noun := _adjective_noun(shadow[adj.end():])) is not None:
            # "the bodies of four missing soldiers": a status word as the adjective of its noun
            np, end_np = shadow[m.end("num"):adj.end() + noun[0].end()], adj.end() + noun[0].end()
        if status == "released" and (not np.strip() or _BARE_PARTITIVE.fullmatch(np)):
            # "rescued 12 hostages", "rescued six of the abducted": the noun is a status word of
            # its own (the taken), which the noun phrase leaves out; it names the people freed
            noun = _STATUS_NOUN.match(shadow, m.end("num") if not np.strip() else m.end())
            if noun is not None and (party_of_phrase(noun.group(1))[1] or np.strip() and noun.group(1) in _TAKEN_NOUNS):
                np, end_np = np + noun.group(0), noun.end()
        ok = _accept(lex, status, trig, np)
        if ok is None:
            continue
        if lex.void_after.match(shadow[m.end("num"):]):
            continue
        end = end_np if ok[1] else m.end("num")  # the noun phrase only when it names people
        if status == "wounded" and _TO_DEATH.match(shadow, end):
            # "stabbing four people to death", "beat two men to death"
            status, end = "killed", _TO_DEATH.match(shadow, end).end()  # type: ignore[union-attr]
        party = ok[0]
        start = m.start()
        if party == "unspecified":
            whose = _NUMBER_OF.search(shadow, max(0, start - 50), start)
            if whose is not None:
                # "put the number of attackers killed at about sixty": that party's count
                party, start = party_of_phrase(whose.group("np"))[0], whose.start()
            elif "toll" in trig:
                party = _toll_party(shadow, m.start("trig"), m.end("trig"))
        if "toll" in trig and (named := _STATUS_NAMED_AFTER.match(shadow, m.end("num"))) is not None \
                and lex.after_status.get(_norm(named.group(1))) in ("wounded", "captured", "kidnapped", "missing"):
            # "the toll of seven wounded": the toll of another status than the dead
            status, end = lex.after_status[_norm(named.group(1))], max(end, named.end())
        hits[n.start] = _Hit(n, n.value, n.low, n.high, n.qualifier, status, party,
                             "total" if party == "unspecified" else "part", start, end,
                             SOME_OF if some_of else "", "sf", -1, False, m.group("trig"))
        if m.start("num") > m.end("trig") and _TOLL_RISE.search(shadow, m.end("trig"), m.start("num")):
            hits[n.start].trig = RISE  # "the toll has risen to 9", "the number of injured rose to 29"

    if len(hits) < len(at) and ("prisoner" in shadow or "captive" in shadow):
        _taken_prisoner(lex, shadow, at, hits)
    if len(hits) < len(at) and "patients" in shadow:
        _facility_intake(lex, shadow, at, hits)

    if len(hits) < len(at) and " and " in shadow:
        # "Five security personnel and the civilian driver of their vehicle were killed"
        extra.extend(_counted_then_item(lex, shadow, at, hits))

    # Lists, composition and conjunction: numbers next to a linked number share its status.
    # (every hit is of a number of ``at``: where each has one, no number is left to link)
    if len(hits) < len(at):
        _linked_numbers(lex, shadow, numbers, at, hits)

    for h in hits.values() if died_seen else ():
        others = [o for o in hits.values() if o.status == "killed" and o is not h] if h.kind == "died" else []
        if others:
            # "the toll rose to two after a wounded guard died": the death is inside the toll; of
            # the guards counted ("the number of guards killed"), or one of its party's dead
            h.note = "included in the total" if h.party == "unspecified" or any(
                o.party == h.party for o in others) else SOME_OF
            h.role = "part"

    if len(hits) > 1 and any(h.status == "kidnapped" for h in hits.values()):
        in_order = [hits[k] for k in sorted(hits)]
        for held, base in reversed(list(zip(in_order, in_order[1:]))):
            _held_in_list(lex, shadow, held, base)

    # "Five people were killed, including the gunman": one attacker inside the figure
    if "includ" in shadow or "among" in shadow:
        for h in list(hits.values()):
            if h.party == "attackers" or (h.value or 0) < 2:
                continue
            m = lex.included_single.match(shadow, h.end) or next(
                (c for c in lex.included_single.finditer(shadow, h.start, h.end) if c.end() <= h.end), None)
            if m is not None:
                extra.append(_Hit(None, 1, 1, 1, "exact", h.status, "attackers", "part", m.start(), m.end(),
                                  "included in the total", "incl"))
                h.kind += "+incl"  # the figure counts the attacker: it is not the victims' alone

    if "being" in shadow:
        extra.extend(_killed_subject(shadow, at, hits))
    if _EXCLUSION_WORDS.search(shadow):
        excluded = _excluded_attackers(lex, shadow, at, hits)
        extra.extend(excluded)
    else:
        excluded = []
    if not excluded and ("includ" in shadow or "counting" in shadow or "counts" in shadow or "among " in shadow):
        extra.extend(_included_attackers(lex, shadow, at, hits))

    result = sorted([*hits.values(), *extra], key=_START)
    if " of them" in shadow or " of whom" in shadow:
        _of_them_party(shadow, at, result)
    # each rule relates a figure to one before it, or to the people a part is of ("Of the 30
    # soldiers, 12 were killed")
    if len(result) > 1 or result and "of " in shadow[:result[0].start]:
        _relate_figures(shadow, result)

    if result and lex.outside_gate.allows(words):
        _mark_outside_total(lex, shadow, result)

    letters = letters_only(shadow)
    if any(h.number is not None and (h.number.kind == "article" or h.kind == "list") for h in result):
        # "destroyed a terrorist logistics base", "a militant training camp": the person word
        # qualifies a thing; "six terrorists, together with two M-16 rifles": a list item that
        # is a thing
        result = [h for h in result if not (
            h.number is not None and (h.number.kind == "article" and _thing_after(lex, shadow, h.number.noun_end)
                                      or h.kind == "list" and _thing_item(lex, shadow, h.number.end)))]
    if " and " in shadow or " or " in shadow:
        # "the attack killed and wounded more than ten settlers": one count of both statuses
        result = [h for h in result if not (shadow[h.start:h.start + 1].isalpha()
                                            and _BOTH_STATUSES.search(shadow, max(0, h.start - 24), h.start))]
    result = [h for h in result if not (_void_before(shadow, h.start, letters) and not (
        # "seven of the 12 villagers abducted on Sunday were freed": the whole has its own status
        h.start in reduced and _PARTITIVE_BEFORE.search(shadow, max(0, h.start - 30), h.start)))
              and not (h.status == "released" and (_OUT_OF_HOSPITAL.match(shadow, h.end)
                                                   or _NOT_PEOPLE_FREED.search(shadow, max(0, h.start - 30), h.start)
                                                   or _SERVICE_NUMBER.match(shadow, h.start)
                                                   or _DETAINEES.search(shadow, h.start, min(len(shadow), h.end + 60))))]

    for h in result:
        if h.value == 1 and h.number is not None and h.number.kind in ("article", "words") \
                and h.number.qualifier == "exact" and not h.note:
            # (not beside another status, which the ordinal may count on from: "killing 3 people
            # and injuring a fourth")
            # (deaths only: "a sixth attacker was captured" after five killed is the sixth
            # attacker, one captured)
            nth = _ordinal_after(shadow, h.number.end) if h.number.kind == "article" \
                and h.status == "killed" \
                and all(o.status == h.status for o in result if o.start < h.start) else None
            if nth:  # "a fifth police officer died": that party's deaths reached five
                h.value, h.low, h.high, h.qualifier, h.nth = nth, nth, None, "at_least", True
            elif h.number.kind == "words" and h.start == h.number.start and _BARE_ONE.match(shadow, h.number.end) \
                    and _THE_OTHER.match(shadow, h.end) is not None:
                # "One died on Monday night, the other on Tuesday": one of a pair told before
                h.note, h.role = SOME_OF, "part"
            else:
                h.note = "one person"
        elif h.kind == "sf" and h.status == "killed" and h.party == "unspecified" and not h.note \
                and h.number is not None and _OF_THEM.match(shadow, h.number.end) \
                and _WE_DID.search(shadow, max(0, h.start - 40), h.start) and not _CLAIM_WORD.search(shadow):
            # "“We killed three of them at the wadi,” the officer said": the speaker's side
            # killed them, who are the attackers (a group's claim names its victims: "we killed
            # 12 soldiers")
            h.party, h.role, h.note = "attackers", "part", SUBJECT_PARTY
        elif h.kind == "sf" and h.status == "killed" and h.party == "unspecified" and not h.note \
                and _norm(h.trig) in lex.victims_verbs:
            h.note = VICTIMS  # "..., killing 12 people": the attackers' victims
        elif h.kind == "nf" and h.status == "killed" and h.party == "unspecified" and not h.note \
                and _attack_clause_after(lex, shadow, h.end):
            h.note = VICTIMS  # "12 people were killed when a gunman opened fire": his victims
        elif h.status == "killed" and h.party == "unspecified" and not h.note and h.role == "total" \
                and "martyr" in shadow and _MARTYRS_TOLL.search(shadow[max(0, h.start - 40):h.end]):
            h.note = VICTIMS  # "The number of martyrs has reached 22": the attacked side's dead
        elif h.status == "killed" and h.party == "unspecified" and not h.note and h.role == "total" \
                and _MARTYRED.search(shadow, h.start, h.end) and " our " not in f" {shadow} ":
            h.note = VICTIMS  # "31 persons have embraced shahadat": the attacked side's dead
        elif h.status == "killed" and h.party == "unspecified" and not h.note and _AMONG_VICTIMS.match(shadow, h.end):
            h.note = VICTIMS  # "that makes six dead among the victims of the night"
        elif h.status == "killed" and h.party == "unspecified" and not h.note \
                and (side := _SIDE_AFTER.match(shadow, h.end)) is not None:
            # "eleven dead on the defenders' and workers' side": one side's dead, the attackers'
            # victims unless the side is theirs
            if _ATTACKER_SIDE.search(side.group(0)):
                h.party, h.role = "attackers", "part"
            else:
                h.note = VICTIMS

    if " in action" in shadow:
        for h in result:
            if h.party == "unspecified" and h.status in ("killed", "wounded", "missing") and h.note in ("", VICTIMS) \
                    and _IN_ACTION.match(shadow, h.end):
                # "we now have three killed in action": a military count of its own soldiers
                h.party, h.role, h.note = "security", "part", ""
    if ("hospital" in shadow or "clinic" in shadow or "medical cent" in shadow) and result:
        for h in result:
            if h.number is not None and h.qualifier == "exact" and h.status in ("wounded", "killed") \
                    and _ONE_FACILITY.search(shadow, max(0, h.start - 100), h.start):
                # "Kepler University Hospital said it was treating 11 people with gunshot wounds":
                # one facility's count, a floor of the whole
                h.qualifier, h.high = "at_least", None
    if "free" in shadow or "release" in shadow or "rescue" in shadow:
        result.extend(_taken_then_freed(shadow, result))
    if at and (" missing" in shadow or " unaccounted" in shadow):
        result = _found_among_missing(shadow, at, result)
    if result and (" and " in shadow):
        # "Governor X, his driver and two guards were killed": the governor is one more
        result.extend(_singular_items(lex, text, shadow, result))
        result.extend(_items_after_count(lex, shadow, result))
    # One victim without a number: "the mayor was assassinated", "he died".
    singles = _single_victims(text, shadow, result, words, letters)
    if singles and any(h.kind == "toll" for h in result):
        for h in singles:
            if any(o.kind == "toll" and o.status == h.status and o.start < h.start for o in result):
                # "the death toll rose to seven after an injured jawan succumbed": he is in it,
                # one of his party's dead (how many the toll counts is not told)
                h.note, h.role = SOME_OF, "part"
    result.extend(singles)
    if " other " in shadow:
        for h in result:
            if h.number is not None and h.role == "total" and _THE_N_OTHER.match(text, h.number.end) \
                    and text[max(0, h.number.start - 4):h.number.start].lower() == "the ":
                # "The two other bodies have not been claimed": the rest of a count told before
                h.note, h.role = "included in the total", "part"
    for h in result:
        if h.value == 1 and h.note in ("one person", ONE_NAMED) and _ALSO_HARMED.search(shadow, h.start, h.end):
            # "the night watchman ... was also shot dead": one more beside others counted elsewhere
            h.note, h.role = SOME_OF, "part"
    if "self" in shadow or " own life" in shadow or " on him" in shadow or " on her" in shadow or "suicide" in shadow:
        _attacker_suicide(shadow, result)
    for h in result:
        if h.status == "captured" and h.party in ("civilians", "security") and _ARRESTED.search(shadow, h.start, h.end) \
                and _AS_SUSPECTS.search(shadow):
            # "three villagers were arrested over the attack", "the driver was detained at the
            # scene": suspects, whatever their noun (not "soldiers arrested 22 miners": a state's
            # arrests of civilians, nor the attackers' captives, who are kidnapped)
            h.party = "attackers"
        elif h.status == "captured" and not _ARRESTED.search(shadow, h.start, h.end) \
                and (h.party == "security" or h.party == "civilians" and not _ARRESTED.search(shadow)):
            # "the fighters captured eight soldiers", "16 crew members were being held": the
            # attackers' captives, counted with the kidnapped (as soldiers "taken prisoner" are),
            # not with the attackers captured (and so are the people its list counts: "16 crew
            # members were being held: ten Yemenis, five Somalis and a Kenyan engineer")
            h.status = "kidnapped"
            for part in result:
                if part.status == "captured" and part.party == "unspecified" and part.note == "included in the total" \
                        and part.start > h.start:
                    part.status = "kidnapped"
        if h.status == "captured" and h.party == "unspecified" and _HELD_NOW.search(shadow, h.start):
            # "three men still held after the raid", "two citizens were being held": held by whom is
            # what the sentence says; the attackers' captives are kidnapped, people held apart
            # from custody, charge or questioning no attackers captured
            if _CAPTIVITY.search(shadow):
                h.status = "kidnapped"
            elif not _CUSTODY.search(shadow):
                h.note = QUESTIONED
        if h.status == "captured" and h.party != "security" and h.note in ("", "one person") \
                and (_QUESTIONING.search(shadow, h.start)
                     or h.party == "unspecified" and _RAIDED.search(shadow, h.start)
                     or (freed := _RELEASED_SINCE.search(shadow, h.end)) is not None and "#" not in shadow[h.end:freed.start()]):
            # "Police have detained over 20 people for questioning in connection with the attack":
            # people held to be questioned, not perpetrators captured
            h.note = QUESTIONED
            if _CONFESSED.search(shadow, h.end):
                # "two of the 17 people detained in sweeps had confessed to planting the device":
                # those two are the attackers captured
                for part in result:
                    if part is not h and part.status == "captured" and part.note == "included in the total" \
                            and part.start <= h.start <= part.end + 12:
                        part.note, part.role = "", "total"
        if h.status == "captured" and h.party != "security" and (
                _DISAPPEARED.search(shadow, h.end) or _WHEREABOUTS_OF.search(shadow, max(0, h.start - 30), h.start)):
            # "soldiers arrested at least 14 men ... their whereabouts remain unknown": taken and
            # not seen since, the missing (an enforced disappearance), not attackers captured
            h.status = "missing"
        if h.status == "captured" and h.party != "security" and h.note in ("", "one person") and _ACCOMPLICES.search(shadow):
            # "five others were detained on suspicion of providing vehicles to the group": held
            # for the help they gave, not among the attackers
            h.note = ACCOMPLICES
        elif h.status == "captured" and h.party != "security" and h.note in ("", "one person") \
                and _OTHER_OFFENCE.match(shadow, h.end):
            # "arrested three people who wrote them [online posts threatening similar attacks]":
            # held for another offence, not among the attackers
            h.note = OTHER_OFFENCE
    first = min(result, key=_START) if result else None
    if first is not None and first.number is not None and first.qualifier == "exact" \
            and _MORE_AFTER.match(shadow, first.number.end):
        # "Three more bodies were found": an increment on a count told before, so the toll is at
        # least that (not after a figure of the same sentence: "26 were killed and seven more
        # injured" are seven others)
        first.qualifier, first.high = "at_least", None
    if result and ("possib" in shadow or "conceivabl" in shadow) and (supposed := _SUPPOSED.search(shadow)) is not None:
        # a supposition, no report: "one possibility is that the count includes two badly injured
        # passengers who died in hospital" (to the end of its clause)
        stop = shadow.find(";", supposed.end())
        result = [h for h in result if not supposed.end() <= h.start < (stop if stop >= 0 else len(shadow))]
    # Read last: most sentences have no hits and need not be checked.
    if result and lex.void_sentence_gate.allows(words) and _cumulative(shadow, words):
        # cumulative statistics ("13,000 killed since 1980"), not an incident: the figures of the
        # clauses that give them ("nine were killed on Monday, and the town had been calm since
        # 2019" keeps its nine)
        cuts = [0, *(m.end() for m in CLAUSE_JOINT.finditer(shadow)), len(shadow) + 1]
        spans = [(a, b) for a, b in zip(cuts, cuts[1:])]
        void = [(a, b) for a, b in spans if _cumulative(shadow[a:b], words)]
        return [h for h in result if not any(a <= h.start < b for a, b in void)] if len(spans) > 1 else []
    return result


# "two (2) of them": a count of the people told before in the sentence
_OF_THEM_N = re.compile(r"\s*(?:\(\s*#+\s*\)\s*)?of\s+(?:them|whom)\b")
# a count with no noun after it, its verb next: "one (1) was captured"
_BARE_LISTED = re.compile(r"\s*(?:\(\s*#+\s*\)\s*)?(?:was|were|had|has|have|is|are)\b")
# a count's noun phrase, up to its verb or a punctuation mark: "three (3) criminals were ..."
_COUNTED_NOUN = re.compile(r"\s*(?:\(\s*#+\s*\)\s*)?((?:[a-z\-]+\s+){0,2}?[a-z\-]+)\b")


def _of_them_party(shadow: str, at: dict[int, NumberMention], result: list[_Hit]) -> None:
    """The party of "N of them" and of a bare count listed after it, from the count of people
    told before them in the sentence: "three (3) criminals were neutralised: two (2) of them died
    and one (1) was captured", "Five gunmen attacked the post; two of them were killed" (changed
    in place; only a count whose party is open, read as a part of those people)."""
    inherited = None
    for h in result:
        n = h.number
        if n is None or h.party != "unspecified":
            inherited = None
            continue
        if (of := _OF_THEM_N.match(shadow, n.end)) is not None and "," not in shadow[of.end():h.end]:
            # (its own status right after it: not an aside, "six Jesuits, five of them of Spanish
            # background, were killed")
            whole = max((m for m in at.values() if m.end <= h.start and m is not n), default=None,
                        key=lambda m: m.start)
            noun = _COUNTED_NOUN.match(shadow, whole.end) if whole is not None else None
            party, person = party_of_phrase(noun.group(1)) if noun else ("unspecified", False)
            if party == "unspecified" or not person:
                # "three (3) criminals were neutralised: two (2) of them died": some of the
                # people counted before, whose side the words do not tell; a part, not the toll
                if whole is not None:
                    h.role = "part"
                inherited = None
                continue
            h.party, h.role, inherited = party, "part", party
            if any(o.number is whole and o.status == h.status for o in result):
                # "Six Jesuits, five of them of Spanish background, were assassinated": some of
                # the six, not more dead
                h.note = "included in the total"
        elif inherited is not None and _BARE_LISTED.match(shadow, n.end):
            h.party, h.role = inherited, "part"  # "... and one (1) was captured"


def _some_of_them(shadow: str, hits: list[_Hit], before: list[_Hit]) -> None:
    """"Nine civilians were killed. Four of them were beheaded.": "N of them" with no count of
    its own sentence before it is a part of the count of the same status told in the sentence
    before (included in it, not a total of its own); changed in place."""
    for h in hits:
        n = h.number
        if n is None or h.role != "total" or h.note or h.party != "unspecified" \
                or not _OF_THEM_N.match(shadow, n.end) or any(o.number is not None and o.start < h.start for o in hits):
            continue
        same = [o for o in before if o.status == h.status and o.value is not None and o.value > (h.value or 0)]
        if same:
            h.role, h.note = "part", "included in the total"
            parties = {o.party for o in same}
            if len(parties) == 1:
                h.party = parties.pop()  # some of the nine civilians are civilians


def _mark_outside_total(lex: _Lexicon, shadow: str, result: list[_Hit]) -> None:
    """The count a sentence says is outside a total ("The two police officers hurt are not
    included in that figure"): the last killed or wounded figure before the phrase, which is its
    subject, becomes a part added to the total (``NOT_IN_TOTAL``); the total itself, told before
    it in the same sentence, is left alone."""
    out = lex.outside_total.search(shadow)
    if out is None:
        return
    before = [h for h in result if h.end <= out.start()]
    if before and before[-1].status in ("killed", "wounded") and before[-1].number is not None \
            and not before[-1].note:
        before[-1].note, before[-1].role = NOT_IN_TOTAL, "part"


def _relate_figures(shadow: str, result: list[_Hit]) -> None:
    """Notes, roles and parties one figure of a sentence takes from a figure before it
    (``result``: the sentence's hits in text order, changed in place)."""
    # Another source's figure for the same people, set against the first in the same sentence
    # ("Nine soldiers were killed, residents said, contradicting the army's figure of four
    # dead"): an alternative, never added to it.
    for i, h in enumerate(result):
        if i == 0 or h.number is None or h.note:
            continue
        for first in result[:i]:
            if first.status == h.status and first.number is not None and not first.note \
                    and (first.party == h.party or "unspecified" in (first.party, h.party)):
                if _ALTERNATIVE.search(shadow, first.end, h.start):
                    h.note = ALTERNATIVE
                elif _REVISION.search(shadow, first.end, h.start):
                    first.note = REVISED
                break

    # "the toll rose to 14 after four more bodies were found": what raised a toll is inside it
    for i, h in enumerate(result):
        if i and h.number is not None and h.note in ("", "one person"):
            first = next((f for f in result[:i] if f.status == h.status and f.number is not None
                          and not f.note), None)
            if first is not None and _RAISED_BEFORE.search(shadow, max(0, first.start - 80), first.end) \
                    and _AFTER_CLAUSE.fullmatch(shadow, first.end, h.start):
                h.note, h.role = "included in the total", "part"

    # "stabbed two women and injured three others": the others are more people of the same
    # status, a part beside the figure of the verb before, not everyone's total
    for i, h in enumerate(result):
        if i and h.kind == "sf" and h.role == "total" and h.party == "unspecified" and h.number is not None \
                and _OTHERS.match(shadow, h.number.end):
            before = result[i - 1]
            if before.kind == "sf" and before.status == h.status and not before.note \
                    and _AND_BETWEEN.fullmatch(shadow, before.end, h.start):
                h.role = "part"

    # "11 soldiers fell, of whom one succumbed to his wounds in the night": a part of the count
    # before, of its party, whatever status its own verb tells
    for i, h in enumerate(result):
        if h.number is None or h.note:
            continue
        whole = result[i - 1] if i else None
        since = whole.end if whole is not None else 0
        head = None
        if _OF_WHOM_BEFORE.search(shadow, max(0, h.start - 12), h.start):
            if whole is not None and whole.number is not None and (whole.value or 0) >= (h.value or 0) \
                    and h.status == whole.status:
                h.party, h.role, h.note = whole.party, "part", "included in the total"
            elif h.party == "unspecified":
                # "21 gunmen had been inside, of whom 18 were killed": no casualty figure, but
                # the people the part is of
                head = _WHOLE_OF_WHOM.search(shadow, max(since, h.start - 120), h.start)
        elif h.party == "unspecified":
            head = _OF_THE_WHOLE.search(shadow, max(since, h.start - 100), h.start)  # "Of the 30 soldiers, 12"
        if head is not None:
            party, person = party_of_phrase(head.group(1))
            if person and party != "unspecified":
                h.party, h.role = party, "part"

    # "three captured, one of them wounded", "two colleagues wounded alongside them": people of
    # the party of the figure before, whatever their own status
    for i, h in enumerate(result):
        if i and h.party == "unspecified" and h.number is not None and h.note in ("", "one person"):
            before = next((b for b in reversed(result[:i]) if b.party in SIDES and b.number is not None), None)
            if before is None:
                continue
            if _OF_THEM.match(shadow, h.number.end) and (before.value or 0) >= (h.value or 0) \
                    and before.status != h.status:
                h.party, h.role = before.party, "part"
            elif _RELATIONAL.match(shadow, h.number.end):
                h.party, h.role = before.party, "part"

    # Elliptic noun phrase: "15 terrorists were destroyed, five were taken prisoner"; the object
    # of a second verb: "it had killed 47 soldiers, captured eight and lost three".
    for i, h in enumerate(result):
        if h.party == "unspecified" and h.number is not None and i > 0 and not h.note:
            np_after = shadow[h.number.end:h.number.end + 40]
            # not from an item of an "including" list: "41 killed, including 36 trainees and
            # five civilians, and 112 were injured" speaks of everyone again
            # (only for people taken, whose side decides their figure: attackers captured or
            # people held; "killing two workers and injuring another" counts all the wounded)
            before = result[i - 1]
            bare_object = h.kind == "sf" and h.status in ("captured", "kidnapped") and before.kind == "sf" \
                and (h.end == h.number.end and _BARE_END.match(np_after) is not None
                     # "killing 13 police officers and capturing five others": others of them
                     or _OTHERS_END.match(np_after) is not None)
            if bare_object and before.party == "unspecified" and i > 1 and result[i - 2].kind == "sf" \
                    and _ELLIPSIS_GAP.fullmatch(shadow, result[i - 2].end, before.start):
                # "killed 68 of its soldiers, wounded dozens and captured six": the object of the
                # first verb, over a list item that names no one either
                before = result[i - 2]
            if (bare_object or _VERB_AFTER.match(np_after)) \
                    and _ELLIPSIS_GAP.fullmatch(shadow, result[i - 1].end, h.start) \
                    and before.party != "unspecified" \
                    and before.note != "included in the total" \
                    and not (before.value is None and before.status != h.status):
                # (not from a vague count of another status: "abduct scores of students, at
                # least three killed" does not say the dead were students)
                h.party = before.party
                h.role = "part"
                h.note = PRECEDING_PARTY


# where the subject of a clause may open: not after a verb ("took nine hostages, and two
# soldiers were killed" counts the people taken)
_LIST_OPENS = re.compile(r"(?:^|[,;:(\-–—\"“]|\b(?:which|whom|that|when|where|as|while|and|but|including|with))\s*(?:the\s+)?$")


def _held_in_list(lex: _Lexicon, shadow: str, held: _Hit, base: _Hit) -> None:
    """"Nine hostages, 18 militants and three soldiers were killed": a status noun that names
    people ("hostages", "captives") leading a list is an item of the list, of its status; the
    people held are counted where the taking is told."""
    if held.status != "kidnapped" or held.kind != "nf" or held.note or base.status == "kidnapped" \
            or base.kind not in ("nf", "lead") or held.number is None or base.number is None \
            or _OF_THEM.match(shadow, base.number.end) \
            or not _LIST_OPENS.search(shadow, max(0, held.start - 30), held.start):
        return
    noun = _STATUS_NOUN.match(shadow, held.number.end)
    party = lex.party_of.get(_norm(noun.group(1))) if noun is not None else None
    if party is None or held.end != noun.end() or not lex.lead_link.match(shadow[held.end:base.start]):
        return
    held.status = base.status
    held.qualifier, held.high = held.number.qualifier, held.number.high
    held.party = party
    held.role = "total" if held.party == "unspecified" else "part"
    held.kind = "lead"


def _linked_numbers(lex: _Lexicon, shadow: str, numbers: tuple[NumberMention, ...],
                    at: dict[int, NumberMention], hits: dict[int, _Hit]) -> None:
    """Hits of the numbers next to a linked number (lists, composition, conjunction, "7 of
    them"), added to ``hits`` in place."""
    ordered = [n for n in numbers if n.start in at]
    changed = True
    while changed:
        changed = False
        for i, n in enumerate(ordered):
            if n.start in hits or _OF_THEM.match(shadow, n.end):
                continue
            nxt = ordered[i + 1] if i + 1 < len(ordered) else None
            prev = ordered[i - 1] if i > 0 else None
            np_text = ""
            prev_gap = shadow[prev.end:n.start] if prev is not None else ""
            if prev is not None and prev.start in hits and _FORWARD.match(shadow[hits[prev.start].end:n.start]):
                # "one civilian was killed, plus two attackers"
                base = hits[prev.start]
                np_m = _NP_AFTER.match(shadow, n.end)
                np_text = np_m.group(0) if np_m else ""
                cut = _NP_CUT.search(np_text)
                if cut:
                    np_text = np_text[: cut.start()]
                hits[n.start] = _hit(n, base.status, party_of_phrase(np_text)[0], n.start,
                                     n.end + len(np_text.rstrip()), kind="list")
                changed = True
                continue
            # "15 militants and [2 soldiers were killed]"; not when the number ends a list that
            # runs on from a figure before it ("including 36 trainees and five civilians, and
            # 112 were injured": the five are among the killed)
            continues_list = prev is not None and prev.start in hits and bool(lex.link.match(prev_gap))
            if nxt is not None and nxt.start in hits and hits[nxt.start].start == nxt.start \
                    and not lex.including.search(prev_gap) and not continues_list \
                    and not _PARTITIVE_BEFORE.search(shadow, max(0, n.start - 12), n.start) \
                    and not _OF_WHOM_VERB.match(shadow, nxt.end):
                # (not "23 patients from the blast, six of whom were dead": a part of the people
                # before, whose own status is not told)
                gap = shadow[n.end:nxt.start]
                lm = lex.lead_link.match(gap)
                if lm and " and " not in gap and " or " not in gap and _BARE_STATUS_AFTER.match(shadow, nxt.end):
                    # "a lone attacker, three dead and a motive ...": a headline's list of facts, not
                    # one count split by party (the count after the comma names no one)
                    lm = None
                if lm:
                    np_text = lm.group("np")
                    base = hits[nxt.start]
                    party, person = party_of_phrase(np_text)
                    hits[n.start] = _hit(n, base.status, party, n.start, n.end + len(np_text.rstrip()),
                                         kind="lead", note=base.note if base.trig.startswith("among ") else "")
                    changed = True
                    continue
            if prev is not None and prev.start not in hits and ")" in shadow[prev.end:n.start]:
                # "four members of the security forces (three police officers and one soldier) and
                # 14 civilians": the item before the aside in brackets is the one this goes on from
                opening = shadow.rfind("(", 0, prev.start)
                before = [o for o in ordered[:i] if o.start in hits and hits[o.start].end <= opening]
                if opening >= 0 and before and shadow.find(")", opening) < n.start:
                    prev = before[-1]
            if prev is None or prev.start not in hits:
                continue
            base = hits[prev.start]
            gap = shadow[base.end if base.end > prev.start else prev.end:n.start]
            gap_from_num = shadow[prev.end:n.start]
            np_m = _NP_AFTER.match(shadow, n.end)
            np_text = np_m.group(0) if np_m else ""
            cut = _NP_CUT.search(np_text)
            if cut:
                np_text = np_text[: cut.start()]
            party, person = party_of_phrase(np_text)
            end = n.end + len(np_text.rstrip())
            if _SPEAKER.match(shadow, end):
                continue  # "..., a hospital official said": a source, not a victim
            if prev.kind == "article" and prev.noun_end > prev.end:
                # "a 19-year-old student and two police officers": the link runs from the end of
                # the article's noun (an age or other figure inside it is no noun-phrase word)
                gap_from_num = shadow[prev.noun_end:n.start]
            if base.kind in ("sf", "list", "as") and (lex.link.match(gap) or lex.link.match(gap_from_num)):
                # "killing 15 militants and 2 soldiers", "a border guard and an employee ..."
                hits[n.start] = _hit(n, base.status, party, n.start, end, kind=base.kind,
                                     note=base.note, role="part")
                hits[n.start].via = base.via if base.via >= 0 else prev.start
                hits[n.start].comma = "," in gap_from_num and "and" not in gap_from_num.split(",")[0]
                base.role = "part" if base.party != "unspecified" else base.role
                changed = True
            elif lex.including.search(gap) or lex.including.search(gap_from_num):
                head = np_text.rsplit(None, 1)[-1].strip(".,;:") if np_text.strip() else ""
                if base.party in ("attackers", "security") and head in _RANKS:
                    party = base.party  # "14 militants, including two senior commanders": theirs
                # "10 of the dead were civilians, among them four children": inside a part of
                # the same party, not another part of the total
                nested = base.note == "included in the total" and base.party == party != "unspecified"
                if base.party in ("civilians", "security") and party in ("civilians", "security") \
                        and party != base.party and base.role == "part" and not base.note and base.end > n.start:
                    # "21 passengers, including three personnel of the Railways Police": people
                    # of both sides, whose noun told one only (the inclusion inside its noun
                    # phrase, before its verb); the whole is a total
                    base.party, base.role = "unspecified", "total"
                hits[n.start] = _hit(n, base.status, party, n.start, end, role="part",
                                     note=WITHIN_PART if nested else "included in the total", kind="list")
                changed = True
            elif lex.as_were.search(gap) or lex.as_were.search(gap_from_num):
                hits[n.start] = _hit(n, base.status, party, n.start, end, note="as were", kind="as")
                changed = True
            elif _OF_THEM.match(shadow, n.end) and base.role == "total":
                pass

    # "the murders of three reporters, two Salvadorans and a Netherlander": items that sum to the
    # number before them break it down; they are not added to it.
    lists: dict[int, list[_Hit]] = defaultdict(list)
    for h in hits.values():
        if h.via >= 0:
            lists[h.via].append(h)
    for head_start, items in lists.items():
        head = hits.get(head_start)
        if head is None or not items or not items[0].comma:
            continue
        if sum(x.value or 0 for x in items) == head.value:
            for x in items:
                x.note, x.role = "included in the total", "part"
            head.role = "total" if head.party == "unspecified" else head.role

    # "12 killed, 7 of them soldiers"
    for n in ordered:
        h = hits.get(n.start)
        if h is not None:
            continue
        m = _OF_THEM_PARTY.match(shadow, n.end)
        prev_hits = [x for x in hits.values() if x.end <= n.start] if m else None
        if m and prev_hits:
            base = max(prev_hits, key=lambda x: x.end)
            party, person = party_of_phrase(m.group(1))
            # "four soldiers (two of them officers) and 14 civilians": within that part, not
            # another part of the total
            nested = base.role == "part" and base.party != "unspecified" and party in (base.party, "unspecified")
            hits[n.start] = _hit(n, base.status, party, n.start, m.end(), role="part",
                                 note=WITHIN_PART if nested else "included in the total", kind="of them")


# the word after a number: "12 hostages", "five captives"
_STATUS_NOUN = re.compile(r"\s+(?:kidnapped\s+|abducted\s+)?([a-z’'\-]+)")
_BARE_PARTITIVE = re.compile(r"\s+of\s+(?:the|those|these)\s*")  # "six of the" before the noun of the taken
_TAKEN_NOUNS = frozenset("abducted kidnapped abductees captives hostages".split())
# the subject's noun phrase opens with "no": "no (police) officer was killed"
_NO_DETERMINER = re.compile(r"\b(?:no|any|not a single|not one)\s+(?:[a-z’'\-]+\s+){0,2}$")
_MORE_AFTER = re.compile(r"\s+(?:more|further|additional)\s+(?!than\b)")
_ALTERNATIVE = re.compile(
    r"\b(?:contradicting|contradicted|contrary to|compared (?:with|to)|disputing|disputed|rather than|instead of"
    r"|(?:figure|tally|count|estimate|toll) of"
    r"|(?:while|but|whereas)\b[^.;]{0,60}?\b(?:said|says|claimed|claims|put|puts|reported|insisted|told)"
    # the other side's own count after a semicolon: "the army reported six killed ...; JNIM acknowledged
    # two dead" (not a series of updates: "the forum counted 46; police gave 34; the church now says 38")
    r"|;\s+(?:the\s+)?(?:[\w’'\-]+\s+){1,3}?(?:acknowledged|acknowledges|admitted|admits|conceded|concedes))\b")
# the later figure of a sentence revises the earlier one: "initially said 150 ..., now say 227"
_REVISION = re.compile(
    r"\b(?:now|later|since|subsequently)\s+(?:say|says|said|put|puts|estimate|estimates|count|counts|gave|give|gives)\b"
    r"|\b(?:revised|raised|lowered|corrected|updated)\b")
_REMAINING = re.compile(r"\bremaining\s+$")
_BARE_STATUS_AFTER = re.compile(r"\s+(?:dead|killed|wounded|injured|hurt|missing)\b")
# a subject said to belong to a group counted elsewhere: "whether they are among the 14 men detained"
_MEMBER_OF_TOLD = re.compile(r"\b(?:are|is|were|was|be)\s+(?:not\s+)?(?:among|one\s+of|part\s+of)\s+the\s+$")
# "were released from hospital": patients discharged, not hostages freed
_OUT_OF_HOSPITAL = re.compile(r"[^.;]{0,30}?\b(?:from|out of)\s+(?:the\s+|a\s+)?(?:hospital|clinic|medical)")
# "of the", "of the 12 ": a part of a whole ("seven of the 12 villagers", "23 of the people")
_PARTITIVE = re.compile(r"\s+of\s+(?:the|those|these|their)(?:\s+#+)?\s")
# ("Three of the Marisol Bay's 21 crew were killed": a possessive name between)
_OF_THE_COUNT = re.compile(r"\s+of\s+(?:the|these|those)\s+(?:(?:[a-z’'\-]+\s+){0,2}?[a-z’'\-]+['’]s\s+)?$")
# "Three of the 17 people killed in the raid were children": who the part are
_PART_COMPLEMENT = re.compile(r"^(?:\s+[^\s.;,]+){0,6}?\s+(?:were|was|are)\s+(?:all\s+)?((?:[a-z’'\-]+\s*){1,3})")
_AUXILIARY = re.compile(r"\b(?:were|was|are|is|have|has|had|been|being)\b")
# a subset of those counted who are no longer held
_NO_LONGER_HELD = re.compile(
    r"^[^.;]{0,60}?\b(?:(?:have|has|had|were|was)\s+(?:since\s+|now\s+|later\s+)?been\s+"
    r"(?:released|freed|rescued|set\s+free|found|returned|let\s+go)|(?:were|was)\s+(?:released|freed|"
    r"rescued|set\s+free|found|returned)|escaped|managed\s+to\s+escape|were\s+able\s+to\s+escape)\b")


_HOSTAGE_WORD = re.compile(r"\b(?:hostages?|captives?|abductees?|kidnapped|abducted)\b")


def _toll_hit(lex: _Lexicon, shadow: str, n: NumberMention, toll: re.Match[str]) -> _Hit:
    """The hit of a toll and the figure it reached: "the death toll from Monday's bombing rose to
    14" counts everyone with that status; a party named in it or right after the figure makes it
    that party's toll ("the death toll among the security forces", "the number of soldiers killed
    rose to four", "the death toll rose to four soldiers")."""
    end = toll.end("num")
    whom = toll.group("whom")
    if toll.group("whom2") is not None:
        # "the number of martyred soldiers has risen to 11": the status of the adjective
        status = "wounded" if toll.group("adj") in ("wounded", "injured") else "killed"
        party = party_of_phrase(toll.group("whom2"))[0]
    elif whom is not None:
        last = toll.group("whose").split()[-1]
        if last == "held":  # "the number of suspects held": arrests, unless hostages are held
            status = "kidnapped" if _HOSTAGE_WORD.search(whom) else "captured"
        else:
            status = lex.after_status[last]  # "died" of "who died"
        party = party_of_phrase(whom)[0]
    else:
        status = lex.toll_status[_norm(toll.group("trig"))]
        # (the figure-first pattern has no "among": "brings to seven the number of ...")
        party = party_of_phrase(shadow[toll.end("among"):toll.start("num")])[0] \
            if toll.groupdict().get("among") else "unspecified"
        if party == "unspecified":
            party = _toll_party(shadow, toll.start(), toll.end())
        if party == "unspecified" and (whose := _TOLL_OF.match(shadow, toll.end("trig"))) is not None:
            found, person = party_of_phrase(whose.group(1))  # "the toll of security personnel killed"
            party = found if person else party
    if party == "unspecified" and (noun := _TOLL_NOUN.match(shadow, end)) is not None:
        found, person = party_of_phrase(noun.group(0))
        if person and found != "unspecified":
            party, end = found, noun.end()
    if (named := _STATUS_NAMED_AFTER.match(shadow, toll.end("num"))) is not None \
            and lex.after_status.get(_norm(named.group(1))) in ("wounded", "captured", "kidnapped", "missing"):
        # "the toll of seven wounded": the toll of another status than the dead
        status = lex.after_status[_norm(named.group(1))]
        end = max(end, named.end())
    hit = _hit(n, status, party, toll.start(), end, kind="toll")
    if status == "killed" and party == "unspecified" and _BY_THE_ATTACKERS.search(toll.group(0)):
        hit.note = VICTIMS  # "the number of people killed by the attackers": their victims
    if _TOLL_REVISION.search(toll.group(0)):
        hit.trig = REVISION  # "revised the number of dead down to six": earlier counts are superseded
    elif _TOLL_RISE.search(toll.group(0)):
        hit.trig = RISE
    return hit


_BY_THE_ATTACKERS = re.compile(r"\bby\s+(?:the\s+)?(?:attackers|gunmen|assailants|militants|terrorists|insurgents|"
                               r"raiders|rebels|bombers|gunman|attacker|assailant|shooter|bomber)\b")
_STATUS_NAMED_AFTER = re.compile(r"\s+(wounded|injured|hurt|captured|arrested|detained|kidnapped|abducted|missing)\b")
# "revised the toll to fifteen": the verb before the toll
_REVISED_BEFORE = re.compile(r"\b(?:revis|lower|reduc|correct)[a-z]*\s+(?:the|its|their|his|her)\s+(?:[a-z]+\s+)?$")
_REVISE_WORDS = frozenset(b"revised revises revise lowered lowers reduced reduces corrected corrects".split())
_LIST_GAP = re.compile(r"\s*(?:killed|dead)?\s*(?:,\s*(?:and\s+)?|and\s+)$")
_TOLL_REVISION = re.compile(r"\b(?:revis|lower|reduc|correct|fell\b|fallen\b|dropped\b|down\s+to\b)")
REVISION = "revision"
_TOLL_RISE = re.compile(r"\b(?:risen|rose|rises|climbed|increased|jumped)\b")
# the toll of a deed, its victims': "the death toll from the 7 March attack on the mosque"
_TOLL_OF_ATTACK = re.compile(r"\btoll\s+(?:from|of|in)\s+(?:the|this|that|last|[a-z]+['’]s)\s+(?:[\w\-'’]+\s+){0,3}?"
                             r"(?:attack|bombing|blast|explosion|ambush|massacre|raid|shooting|assault|strike)\b", re.IGNORECASE)
RISE = "rise"

# the people a toll is "of", told with their status ("the toll of security personnel killed in ...")
_TOLL_OF = re.compile(r"\s+of\s+((?:[a-z’'\-]+\s+){0,2}?[a-z’'\-]+)\s+(?:killed|dead|who\s+died|wounded|injured|hurt)\b")
# the word right before a toll's noun, which may name its people ("the civilian death toll")
_TOLL_ADJECTIVE = re.compile(r"\b([a-z\-]+)\s+(?:death\s+)?$")


def _toll_party(shadow: str, start: int, end: int) -> str:
    """The party a word right before the noun "toll" in ``shadow[start:end]`` names ("the
    civilian death toll rose to six"), else "unspecified" (a possessive names who counts: "the
    army's toll")."""
    at = shadow.find("toll", start, end)
    if at < 0:
        return "unspecified"
    adjective = _TOLL_ADJECTIVE.search(shadow, max(0, at - 25), at)
    if adjective is None or adjective.group(1) == "official":
        return "unspecified"  # ("the official toll": the one officials give)
    party, person = party_of_phrase(adjective.group(1))
    return party if person else "unspecified"


# the words right after a toll's figure, which may name its people ("rose to four soldiers")
# the noun right after a toll's figure ("rose to four soldiers"), not a clause that follows it
# ("climbs to 31 as government blames ...")
_TOLL_NOUN = re.compile(r"(?!\s+(?:as|after|when|while|since|before|because|amid|and|but|in|on|at|from|by|with|for|over|"
                        r"following|according|officials?|authorities)\b)(?:\s+[a-z’'\-]+){1,2}")


def _free_again(rest: str) -> tuple[re.Match[str] | None, bool]:
    """The phrase telling that those counted are no longer held, and whether they were released
    (found again is no release: "four of the 11 missing have been found")."""
    m = _NO_LONGER_HELD.match(rest)
    return m, m is not None and "found" not in m.group(0)


def _subsets_of_counts(shadow: str, at: dict[int, NumberMention], hits: dict[int, _Hit]) -> None:
    """"Nine of the 23 travellers abducted have been released", "Three of the 17 people killed
    were children": the second number is the count with the status; the first is a part of it
    (its party from the complement), deaths among them if they died, and no casualty at all if
    they were freed or escaped. ``hits`` is changed in place."""
    for start, h in list(hits.items()):
        n = h.number
        if n is None or h.kind != "nf":
            continue
        whole = next((m for m in at.values() if n.end < m.start < h.end
                      and _OF_THE_COUNT.fullmatch(shadow, n.end, m.start)), None) if len(at) > 1 else None
        if whole is None and h.status in ("kidnapped", "captured") and _PARTITIVE.match(shadow, n.end) \
                and not _AUXILIARY.search(shadow, n.end, h.end):
            # "Twenty-three of the people abducted last week have been released": a part of those
            # taken (the whole not counted here), free again
            free_again, released = _free_again(shadow[h.end:])
            if released:
                # ("28 of the abducted escaped": the freed are counted, not part of another count)
                h.status, h.note, h.end = "released", "", h.end + free_again.end()
                h.role = "total" if h.party == "unspecified" else "part"
            continue
        if whole is None or whole.start in hits or _AUXILIARY.search(shadow, whole.end, h.end):
            continue  # "two of the 40 soldiers on patrol were killed": the status is the two's
        # the phrase starts at the first number, so the context checks look before it; the
        # whole's own noun names its party ("one of the two civilians who lost their lives")
        party = h.party if h.party != "unspecified" else party_of_phrase(shadow[whole.end:h.end])[0]
        hits[whole.start] = _hit(whole, h.status, party, h.start, h.end, kind="nf")
        rest = shadow[h.end:]
        free_again, released = _free_again(rest)
        if free_again is not None:
            # freed or escaped: the count is of those once taken, the part is free again
            if released:
                h.status, h.note, h.end = "released", "", h.end + free_again.end()
                h.role = "total" if h.party == "unspecified" else "part"
            else:
                del hits[start]
            continue
        h.role, h.note, h.end = "part", "included in the total", whole.start - 1
        complement = _PART_COMPLEMENT.match(rest)
        if h.party == "unspecified" and not complement:
            h.party = party  # one of the civilians is a civilian
        if complement:
            h.party = party_of_phrase(complement.group(1))[0]
        elif h.status != "killed" and _LATER_DIED.match(rest):
            # "five of the 20 wounded later died": deaths, counted as such
            h.status, h.note = "killed", ""
            h.role = "total" if h.party == "unspecified" else "part"


def _taken_prisoner(lex: _Lexicon, shadow: str, at: dict[int, NumberMention], hits: dict[int, _Hit]) -> None:
    """People taken prisoner ("the group said it took six soldiers prisoner", "had taken six
    prisoners"): attackers taken are captured; anyone else was taken by the attackers, and is
    counted with the kidnapped (held by them). ``hits`` is changed in place."""
    for m in lex.taken_prisoner.finditer(shadow):
        n = at.get(m.start("num"))
        if n is None or n.start in hits:
            continue
        party = party_of_phrase(m.group("np"))[0] if m.group("np") else "unspecified"
        hits[n.start] = _hit(n, "captured" if party == "attackers" else "kidnapped", party,
                             m.start(), m.end(), kind="sf")


def _facility_intake(lex: _Lexicon, shadow: str, at: dict[int, NumberMention], hits: dict[int, _Hit]) -> None:
    """The wounded a medical facility took in ("the hospital had received 23 patients from the
    town"), where the sentence names a facility or its staff: a floor of the wounded (one
    facility's count). ``hits`` is changed in place."""
    if lex.facility_words.isdisjoint(_WORD.findall(shadow)):
        return
    for m in lex.facility_intake.finditer(shadow):
        n = at.get(m.start("num"))
        if n is None or n.start in hits:
            continue
        hit = _hit(n, "wounded", "unspecified", m.start("num"), m.end(), kind="nf")
        hit.qualifier, hit.high = "at_least", None
        hits[n.start] = hit


_WHO_CLAUSE = re.compile(r",?\s+who\s+(?:was|were|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+\b")


def _excluded_attackers(lex: _Lexicon, shadow: str, at: dict[int, NumberMention],
                        hits: dict[int, _Hit], after_killed: bool = False) -> list[_Hit]:
    """Attackers dead but left out of the toll told: "The toll does not include the bomber",
    "In addition to the assailant, 49 people were killed", "21 dead, excluding the two gunmen".
    Their deaths are added to the toll (note ``NOT_IN_TOTAL``). A bare "the toll" (or "It") is
    read as deaths of a bomber, or where the sentence counts only the killed, or, counting nothing,
    ``after_killed`` (the sentence before counts the killed, and none hurt); not where the
    attackers are then said to live on ("..., who were arrested"). Without a toll before "does
    not include", only beside a count of the killed of the same sentence ("besides the gunman,
    police arrested two men" is no death). Without a number ("excluding the attackers"), the
    sentence's killed totals become the victims' (note ``VICTIMS``)."""
    for m in lex.excluded_attackers.finditer(shadow):
        noun = _norm(m.group("noun"))
        if m.group("toll"):
            if not m.group("death") and "bomber" not in noun:
                # "the toll" of the injured may leave out a wounded attacker
                own = {h.status for h in hits.values()}
                if not (own == {"killed"} or not own and after_killed) or _ALIVE_AFTER.search(shadow, m.end()):
                    continue
        elif not any(h.status == "killed" and h.party != "attackers" for h in hits.values()):
            continue
        if m.group("num"):
            n = at.get(m.start("num"))
            if n is None or n.value is None:
                continue
            told = hits.get(n.start)
            if told is not None:
                # "It does not include the five attackers, who were all killed": read already
                if told.status == "killed" and told.party == "attackers":
                    told.note, told.role = NOT_IN_TOTAL, "part"
                elif told.kind in ("lead", "list") and not m.group("toll") and any(
                        h.status == "killed" and h.party != "attackers" and h.end <= m.start() for h in hits.values()):
                    # "Five people were killed, not counting the two attackers, and 22 others were
                    # wounded": the attackers left out of the dead before, not among the wounded
                    told.status, told.party, told.note, told.role = "killed", "attackers", NOT_IN_TOTAL, "part"
                return []
            return [_hit(n, "killed", "attackers", m.start(), m.end(), role="part", note=NOT_IN_TOTAL, kind="excl")]
        if noun in lex.single_attackers:
            # (with the clause that tells his death: "excluding the suspect who was lynched" is one death)
            clause = _WHO_CLAUSE.match(shadow, m.end())
            return [_Hit(None, 1, 1, 1, "exact", "killed", "attackers", "part", m.start(),
                         m.end() if clause is None else clause.end(), NOT_IN_TOTAL, "excl")]
        if not m.group("toll"):
            # "25 people died, not counting the attackers": the toll is the attackers' victims, so
            # attackers' deaths told elsewhere are added to it (how many, the sentence does not say)
            for h in hits.values():
                if h.status == "killed" and h.party == "unspecified" and h.role == "total" and not h.note:
                    h.note = VICTIMS
    return []


# attackers said to have lived on, after the toll that leaves them out: "the toll does not
# include the two gunmen, who were arrested"
_ALIVE_AFTER = re.compile(r"\b(?:arrested|captured|detained|wounded|injured|hurt|survived|escaped|fled|custody)\b")


def _included_attackers(lex: _Lexicon, shadow: str, at: dict[int, NumberMention],
                        hits: dict[int, _Hit]) -> list[_Hit]:
    """Attackers a killed toll of the sentence says it counts ("Including the five attackers, 32
    people died", "The death toll of 32 includes the gunmen"): their number, when told and not
    read already, is a part inside it; without one, the toll gets note ``WITH_ATTACKERS`` (it is
    not the victims' count alone). A sentence-initial "Counting them" is read by the caller,
    against the sentence before."""
    totals = [h for h in hits.values() if _killed_toll(h)]
    if not totals:
        return []
    for m in lex.included_attackers.finditer(shadow):
        if m.group("them"):
            continue
        if m.group("num"):
            n = at.get(m.start("num"))
            if n is None or n.value is None or n.start in hits:
                continue
            return [_hit(n, "killed", "attackers", m.start(), m.end(), role="part",
                         note="included in the total", kind="incl")]
        for h in totals:
            h.note = WITH_ATTACKERS
        return []
    return []


def _attackers_counted_after(shadow: str, hits: list[_Hit], previous_hits: list[_Hit] | None) -> None:
    """A toll of a sentence that starts "Counting them, ..." (or "Including those") after a
    sentence that counts attackers killed ("The official figure excludes the five attackers.
    Counting them, 32 people died"), or that says right after it that it "includes him" ("One of
    the gunmen was also killed. Some outlets have reported five dead, which includes him"): it
    counts those attackers (note ``WITH_ATTACKERS``)."""
    if not any(h.status == "killed" and h.party == "attackers" for h in previous_hits or ()):
        return
    m = _lexicon().included_attackers.match(shadow)
    if m is not None and m.group("them"):
        tolls = [h for h in hits if _killed_toll(h)]
    else:
        tolls = [h for h in hits if _killed_toll(h) and _INCLUDES_THEM.match(shadow, h.end)]
    for h in tolls:
        h.note = WITH_ATTACKERS


# a toll's own clause that it counts the one(s) told before: "five dead, which includes him"
_INCLUDES_THEM = re.compile(r"[\"”’']?\s*,\s+(?:which|that)\s+(?:also\s+)?(?:includes?|included|counts?|counted)\s+(?:him|them|her)\b"
                            r"|[\"”’']?\s*,?\s+including\s+(?:him|them|her)\b")


def _killed_toll(h: _Hit) -> bool:
    """Whether ``h`` is a toll of the dead of no party, which may count the attackers."""
    return h.status == "killed" and h.role == "total" and h.party == "unspecified"


@lru_cache(maxsize=1)
def _ordinals() -> tuple[re.Pattern[str], dict[str, int]]:
    values = {str(k): int(v) for k, v in load_data("casualty_numbers.yaml")["ordinals"].items()}
    # (a rank is no ordinal: "a second lieutenant")
    return re.compile(rf"\s+({_phrase_re(sorted(values))})\b(?!\s+(?:lieutenant|class|grade|degree))"), values


# an ordinal alone as the subject of a death: "A seventh, bartender X, died in hospital"
_BARE_ORDINAL = re.compile(r"\W*(?:an?|the)\s+(?P<nth>[a-z]+)(?:\s*,[^,;.]{1,80},|\s+(?:victim|person|one))?\s+"
                           r"(?:(?:later|also|then|has|had|subsequently)\s+)?(?P<verb>died|succumbed|was\s+killed|passed\s+away)\b",
                           re.IGNORECASE)


def _bare_ordinal_death(text: str) -> _Hit | None:
    """The hit of a sentence whose subject is an ordinal alone ("A seventh, a bartender, died"):
    at least that many dead, or None."""
    m = _BARE_ORDINAL.match(text)
    if m is None:
        return None
    _pattern, values = _ordinals()
    nth = values.get(m.group("nth").lower())
    if nth is None or nth < 2:
        return None
    hit = _Hit(None, nth, nth, None, "at_least", "killed", "unspecified", "total", m.start("nth"), m.end("verb"), "", "nth")
    hit.nth = True
    return hit


_ARTICLE_BEFORE = re.compile(r"(?<![\w#])(an?|#)\s+[a-z]+\s+$")  # (the shadow may mask the article)


def _ordinal_after(shadow: str, at: int) -> int | None:
    """The value of an ordinal right after ``at`` ("a fifth police officer": 5), or None."""
    pattern, values = _ordinals()
    m = pattern.match(shadow, at)
    return values[m.group(1)] if m else None


# cheap tests of a sentence (or the article's fold) before the patterns of a toll's attackers are
# searched
_EXCLUSION_WORDS = re.compile(r"clud|counting|t count|s out\b|left out\b|besides|addition|apart")
_COUNTING_LEADS = ("counting ", "including ", "adding ")

# A sentence that lists some of the people the sentence before counts: "Among them are four
# soldiers", "They included three children"
_AMONG_THEM = re.compile(r"\W{0,3}(?P<lead>(?:among\s+(?:them|those|these|whom)|(?:they|these|those)\s+(?:also\s+)?"
                         r"(?:included|include))(?:\s+(?:are|were|is|was))?)\s", re.IGNORECASE)
# the list opening of each status that a sentence of its own reads
_AMONG_STATUS = {"killed": "among the dead are", "wounded": "among the injured are"}


def _among_them_hits(text: str, lead: re.Match[str], before: list[_Hit]) -> list[_Hit]:
    """The hits of a sentence that opens by listing some of the people the sentence before
    counts (``lead``: its opening; ``before``: that sentence's hits, all of one status): read as
    "among the dead are ..." of that status, with offsets in ``text``."""
    statuses = {h.status for h in before if h.value}
    if len(statuses) != 1 or (status := next(iter(statuses))) not in _AMONG_STATUS:
        return []
    start, end = lead.span("lead")
    opening = _AMONG_STATUS[status]
    again = text[:start] + opening + text[end:]
    shift = len(opening) - (end - start)
    hits = _gated_hits(again, word_set(fold(again)))
    for h in hits:
        h.start = h.start - shift if h.start >= start + len(opening) else start
        h.end = max(h.end - shift, end) if h.end > start + len(opening) else end
        h.note = h.note or SOME_OF
        h.role = "part"
    return [h for h in hits if h.status == status]

_WHEN_CLAUSE = re.compile(r"(?:when|after|as)\s")


def _attack_clause_after(lex: _Lexicon, shadow: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is followed, in its sentence, by a "when"/"after"/"as"
    clause whose subject is a person attacking ("12 people were killed when a gunman opened
    fire", "... after two suicide bombers blew themselves up"): those counted are the attack's
    victims, so attackers' deaths told apart are added to them."""
    m = lex.attack_subject.search(shadow, end)
    return m is not None and _WHEN_CLAUSE.match(shadow, m.start()) is not None \
        and party_of_phrase(m.group("noun"))[1]


def _attacker_before(previous: str, pronoun: str, previous_hits: list[_Hit] | None,
                     status: str = "killed") -> bool:
    """Whether a sentence-initial "He"/"She" killed, wounded or captured is the single attacker
    of the sentence before. Killed or wounded: where that sentence counted several killed or
    wounded and no single one: "A gunman killed four people at a bus station. He was shot dead by
    police." (after "A gunman shot a guard." "He" may be the guard). Captured: victims are not
    arrested, so "A gunman shot a guard. He was arrested" is the gunman."""
    if status != "captured":
        victims = [h for h in previous_hits or () if h.status in ("killed", "wounded") and h.party != "attackers"]
        if not victims or any(h.value == 1 for h in victims):
            return False
    subjects = _single_attackers(_masked(previous)[0])
    return bool(subjects) and _agrees(subjects[-1], pronoun)  # the last: the sentence's first may be "people"


def _single_attackers(shadow: str) -> tuple[re.Match[str], ...]:
    """The sentence's single-attacker subjects of an attack verb, in text order: not only the
    first ("Three people were killed when a gunman opened fire": the gunman, not the people)."""
    lex = _lexicon()
    return tuple(m for m in lex.attack_subject.finditer(shadow) if m.group("noun") in lex.pronoun_of)


def _agrees(subject: re.Match[str], pronoun: str) -> bool:
    """Whether ``pronoun`` ("he", "him", "she", "her") may stand for the attack ``subject``."""
    gender = _lexicon().pronoun_of[subject.group("noun")]
    return not gender or (pronoun in ("he", "him")) == (gender == "he")


def _killed_subject(shadow: str, at: dict[int, NumberMention], hits: dict[int, _Hit]) -> list[_Hit]:
    """The attackers killed in a participle clause of their own: "Two men stabbed a guard before
    being shot dead" (two attackers), "A gunman killed four people before being shot dead" (one)."""
    lex = _lexicon()
    killed = lex.being_killed.search(shadow)
    if killed is None:
        return []
    subject = None
    for m in lex.attack_subject.finditer(shadow, 0, killed.start()):
        subject = m  # the attack clause nearest before the participle
    if subject is None:
        return []
    det, noun = subject.group("det"), subject.group("noun")
    n = at.get(subject.start("det")) if det.startswith("#") else None
    if n is not None:
        if n.start in hits or not party_of_phrase(noun)[1]:
            return []
        # the span is the participle clause: the subject's own span may hold a victim of its verb
        return [_hit(n, "killed", "attackers", killed.start(), killed.end(), role="part", kind="being")]
    if det.startswith("#") or (noun not in lex.pronoun_of and (noun.endswith("s") or not party_of_phrase(noun)[1])):
        return []  # a plural ("the attackers") or no person: no count
    return [_Hit(None, 1, 1, 1, "exact", "killed", "attackers", "part", killed.start(), killed.end(),
                 "one person", "being")]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (a loop: cheaper than ``any`` of a generator)."""
    for start, end in spans:
        if start <= pos < end:
            return True
    return False


def _free(found: list[_Hit], out: list[_Hit], start: int, end: int, status: str) -> bool:
    """Whether a single victim at ``start:end`` overlaps none of the hits ``found`` and ``out``
    and ``out`` has no single victim of ``status`` yet."""
    if any(h.start <= start < h.end or start <= h.start < end for h in (*found, *out)):
        return False
    return not any(h.kind in ("one", "pronoun") and h.status == status for h in out)


_WORD_BEFORE = re.compile(r"([a-z’'\-]+)(?:,\s*\d{1,3})?\W*$")  # (past an age: "Odeh, 24, who")
_IRREGULAR_PLURALS = frozenset({"people", "men", "women", "children", "police", "personnel", "folk", "staff"})


def _plural_people(lex: _Lexicon, word: str) -> bool:
    """Whether ``word`` names several people ("soldiers", "people"), not one ("the soldier")."""
    if word in _IRREGULAR_PLURALS:
        return True
    return word.endswith("s") and word not in lex.persons and party_of_phrase(word)[1]


# verbs whose object is a question: "We know who is missing", "Police did not say who was killed"
_ASKING_WHO = frozenset("know knows knew say says said ask asks asked tell told wonder wondered unclear clear "
                        "determine establish identify identified confirm confirmed see saw".split())


def _one_named(start: int, end: int, status: str, party: str) -> _Hit:
    return _Hit(None, 1, 1, 1, "exact", status, party, "part", start, end, ONE_NAMED, "one")


def _the_attacker(shadow: str, attack: list[tuple[re.Match[str], ...]], pronoun: str, at: int) -> bool:
    """Whether ``pronoun`` at ``at`` is the single attacker who is the subject of an attack verb
    earlier in the sentence ("a man ... opened fire ..., before police shot him dead");
    ``attack``: the sentence's single-attacker subjects once looked up (empty before)."""
    if not attack:
        attack.append(_single_attackers(shadow))
    m = next((m for m in reversed(attack[0]) if m.end() <= at), None)  # the nearest before
    return m is not None and _agrees(m, pronoun)


# a missing person back: "walked into the battalion's patrol base", "has since returned to his unit"
_BACK_FROM_MISSING = re.compile(
    r"\b(?:walked\s+(?:into|back)|(?:has|have|had)\s+(?:since\s+)?(?:returned|rejoined|resurfaced|reappeared|turned\s+up)|"
    r"(?:since\s+)?(?:returned|rejoined)\s+(?:to\s+)?(?:his|her|their)\s+(?:unit|base|family|families|home)|"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:since\s+|later\s+)?(?:found|located)\s+(?:alive|safe|unharmed)|"
    # found dead (a death, counted as such): "the missing man was later found dead", "the body of a
    # missing jawan was recovered" (not "another was found dead": someone else)
    r"\b(?:the\s+missing\s+[a-z]+|he|she)\s+(?:was|has\s+been)\s+(?:since\s+|later\s+)?(?:found|located)\s+dead|"
    r"\b(?:the\s+)?(?:body|remains)\s+of\s+(?:an?|the|one)\s+missing\b)\b", re.IGNORECASE)
# a count of the missing told as the whole its parts are then taken from: "Of the seven people ..."
_OF_THE_BEFORE = re.compile(r"^\W*(?:of|among)\s+(?:the|those|these)\s+$", re.IGNORECASE)
_RESOLVED_AFTER = re.compile(r"[^.;]{0,60}?\s(?:(?:have|has|had)\s+(?:since\s+|now\s+)?been\s+(?:located|found|traced|accounted\s+for)|"
                             r"(?:were|was)\s+(?:later\s+)?among\s+the\s+(?:[\w#\-]+\s+){0,3}?(?:dead|killed|bodies|victims|named))\b",
                             re.IGNORECASE)
_ACCOUNTED_AFTER = re.compile(r"\b(?:(?:were|was|have\s+been|had\s+been)\s+found|(?:have|has|had)\s+(?:since\s+)?returned|"
                              r"returned\s+home|turned\s+up|(?:were|was)\s+located)\b", re.IGNORECASE)
# all the missing found: "traced both missing pilgrims to a hospital", "located all the missing workers"
_ALL_MISSING_FOUND = re.compile(r"\b(?:traced|located|found|accounted\s+for|reached)\s+(?:both|all|all\s+the|the)\s+"
                                r"(?:(?:two|three|four|five|\d+)\s+)?missing\b(?!\s+(?:[a-z\-]+\s+)?(?:bodies|remains)\b)", re.IGNORECASE)
_ANOTHER_ONE = re.compile(r"(?i)\b(?:an?\s+(?:second|third|fourth|fifth|further)|another|the\s+other)\b")
_STILL = re.compile(r"(?i)\b(?:remains?|remained|still)\b")
_OF_WHOM_PART = re.compile(r"\S+\s+of\s+(?:whom|them)\b")
_PRESUMED_WORDS = frozenset({b"believed", b"presumed", b"thought"})
# one missing person named by the article ("the missing soldier"), not several ("the missing soldiers")
_EARLIER_REPORT = re.compile(r"\b(?:earlier|initially|previously|first)\s+(?:said|reported|announced|stated)\b"
                             r"|\bhad\s+(?:said|reported|announced)\b", re.IGNORECASE)


def tells_another(sentence: str) -> bool:
    """Whether ``sentence`` tells of another person than one counted before ("A second guard ...
    was found alive"), not that one."""
    return _ANOTHER_ONE.search(sentence) is not None


_THE_MISSING_ONE = re.compile(r"\b[Tt]he\s+missing\s+[a-z]+(?<!s)\b")
# a death presumed from signs, not seen: "were believed neutralized as evidenced by blood trails"
_PRESUMED = re.compile(r"\b(?:believed|presumed|thought)\s+(?:to\s+(?:have\s+been|be)\s+)?"
                       r"(?:killed|dead|neutrali[sz]ed|eliminated)\b", re.IGNORECASE)
# some of a count of missing people found: dead ("the body of one of the two missing seafarers
# was recovered", "the bodies of two of the five missing fishermen") or alive ("three of the five
# missing hikers were found alive")
_FOUND_MISSING = re.compile(
    r"(?:\b(?P<dead>(?:the\s+)?(?:body|bodies|remains)\s+of\s+)|(?<![#\w]))(?P<k>#+)\s+of\s+(?:the|our|their|its|his|her)\s+"
    r"(?:(?P<n>#+)\s+)?missing\b"
    r"(?P<np>(?:\s+(?!(?:on|in|at|near|from|by|during|after|before|was|were|have|has|had|is|are)\b)[a-z’'\-]+){0,3})")
# all of a count of missing people found dead: "the bodies of the three missing soldiers had been
# found" (the dead are some of the dead; the missing are missing no more)
_ALL_MISSING_DEAD = re.compile(
    r"\b(?:the\s+)?(?:bodies|remains)\s+of\s+(?:the|our|their|its|all)\s+(?:(?P<n>#+)\s+)?missing\b"
    r"(?P<np>(?:\s+(?!(?:on|in|at|near|from|by|during|after|before|was|were|have|has|had|is|are)\b)[a-z’'\-]+){0,3})")
# ... told with the finding first: "a search party found the bodies of the two soldiers who had been
# unaccounted for since the attack"
_FOUND_DEAD_BEFORE = re.compile(
    r"\b(?:found|recovered|retrieved|located|discovered)\s+(?:the\s+)?(?:bodies|remains)\s+of\s+(?:the|our|their|its|all)\s+"
    r"(?:(?P<n>#+)\s+)?(?P<np>[a-z’'\-]+(?:\s+[a-z’'\-]+)?)\s+(?:who|that)\s+(?:had\s+|have\s+)?been\s+"
    r"(?:missing|unaccounted\s+for)\b")
_FOUND_ALIVE = re.compile(r"(?:\s+[a-z’'\-]+){0,3}?\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+"
                          r"(?:found|rescued|located|recovered)\s+(?:alive|safe|unharmed)\b")


def _found_among_missing(shadow: str, at: dict[int, NumberMention], hits: list[_Hit]) -> list[_Hit]:
    """``hits`` with the people found among a count of the missing told as such: the dead found
    are some of the dead, the count of the missing is what remains of it ("the body of one of
    the two missing seafarers": one dead, one still missing)."""
    for m in _FOUND_MISSING.finditer(shadow):
        k, n = at.get(m.start("k")), at.get(m.start("n")) if m.group("n") else None
        if k is None or k.value is None:
            continue
        dead = m.group("dead") is not None
        if not dead and not _FOUND_ALIVE.match(shadow, m.end("n") if n is not None else m.end("k")):
            continue
        party = party_of_phrase(m.group("np"))[0]
        start, end = m.start(), m.end()
        kept = [h for h in hits if not start <= h.start < end]
        if dead:
            kept.append(_Hit(k, k.value, k.low, k.high, k.qualifier, "killed", party, "part", start, end,
                             SOME_OF, "found"))
        if n is not None and n.value is not None and n.value >= k.value:
            rest = n.value - k.value
            kept.append(_Hit(n, rest, rest, rest, n.qualifier, "missing", party,
                             "total" if party == "unspecified" else "part", start, end,
                             f"still missing: {n.value} - {k.value}", "found"))
        hits = sorted(kept, key=_START)
    found_dead = [m for m in _ALL_MISSING_DEAD.finditer(shadow) if _FOUND_ALIVE_OR_DEAD.match(shadow, m.end())]
    if " been " in shadow:
        found_dead += _FOUND_DEAD_BEFORE.finditer(shadow)
    for m in found_dead:
        n = at.get(m.start("n")) if m.group("n") else None
        if n is None or n.value is None:
            continue
        party = party_of_phrase(m.group("np"))[0]
        start, end = m.start(), m.end()
        kept = [h for h in hits if not start <= h.start < end]
        # (inside a toll of the sentence told before them: "revised the toll to fifteen soldiers
        # killed: the bodies of the three missing soldiers had been found")
        inside = any(h.status == "killed" and h.end <= start and h.party in (party, "unspecified")
                     and (h.value or 0) >= n.value for h in kept)
        kept.append(_Hit(n, n.value, n.low, n.high, n.qualifier, "killed", party, "part", start, end,
                         "included in the total" if inside else SOME_OF, "found"))
        kept.append(_Hit(n, n.value, n.low, n.high, n.qualifier, "missing", party, "part", start, end, FOUND, "found"))
        hits = sorted(kept, key=_START)
    return hits


_FOUND_ALIVE_OR_DEAD = re.compile(r"(?:\s+[a-z’'\-]+){0,3}?\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+"
                                  r"(?:(?:later|since|finally)\s+)?(?:found|recovered|located|retrieved)\b")


# A lone attacker's own death by his hand: "before turning the gun on himself", "took his own
# life", "shot himself", "died of a self-inflicted gunshot wound". Tolls told beside it count the
# victims (as "not including the gunman" says), so he is one attacker dead besides them. ("killing
# himself and five guards", a bomber's death inside the toll, is read by the toll's rules.)
_ATTACKER_SUICIDE = re.compile(
    r"\b(?:turn(?:ed|ing|s)?\s+(?:the|his|her)\s+(?:gun|weapon|rifle|pistol|firearm|shotgun)\s+on\s+(?:himself|herself)"
    r"|(?:took|taking|take|takes)\s+(?:his|her)\s+own\s+life"
    r"|(?:killed|killing|kills|shot|shooting|shoots)\s+(?:himself|herself)\b(?!\s+and\b)"
    r"|(?:died|dies|dead|death)\s+(?:of|from)\s+(?:an?\s+)?(?:apparent\s+)?self-inflicted"
    r"|committed\s+suicide(?!\s+(?:attack|bombing)))")


# a word of every _ATTACKER_SUICIDE phrase but "turned the gun on himself" (which has "himself")
_SUICIDE_WORDS = frozenset((b"himself", b"herself", b"life", b"self", b"suicide"))
_PLURAL_BEFORE = re.compile(r"\b(?:they|both|all)\s+(?:then\s+|later\s+)?$")


def _attacker_suicide(shadow: str, hits: list[_Hit]) -> None:
    """The lone attacker who killed himself (:data:`_ATTACKER_SUICIDE`), added to ``hits`` in place
    as one attacker dead besides the toll; a single death told by the same words ("Cordell died of
    a self-inflicted gunshot wound") is his."""
    m = _ATTACKER_SUICIDE.search(shadow)
    if m is None or any(h.status == "killed" and h.party == "attackers" for h in hits) \
            or _PLURAL_BEFORE.search(shadow, max(0, m.start() - 12), m.start()):
        return  # ("before they committed suicide": how many is told elsewhere, if at all)
    own = next((h for h in hits if h.kind == "one" and h.status == "killed" and h.start < m.start() <= h.end + 2), None)
    if own is not None:
        own.party, own.note = "attackers", NOT_IN_TOTAL
        return
    hits.append(_Hit(None, 1, 1, 1, "exact", "killed", "attackers", "part", m.start(), m.end(), NOT_IN_TOTAL, "suicide"))


# what ends right before a list's next item: "Governor X, his driver and a guard"
_ITEM_GAP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")
# a singular person as an item: "the mayor", "his wife", "the provincial police chief", "he"
_PERSON_ITEM = re.compile(r"(?:\b(?:the|his|her|their|its)\s+(?:[a-z’'\-]+\s+){0,2}?(?P<noun>[a-z’'\-]+)|\b(?:he|she))$")
# a run of capitalised words ending an item, in the original text: "Mayor John Smith"
_NAME_RUN = re.compile(r"(?:\b[A-Z][\w’'\-]*\.?\s+){0,5}\b[A-Z][\w’'\-]*$")
# where the subject of a clause may open, before a list's first item
_SUBJECT_OPENS = re.compile(
    r"(?:^|[,;:(\-–—\"“]|\b(?:said|says|say|told|reported|confirmed|added|that|when|as|while|but|and))\s*$")


# a count, then one person named after it in the same subject: "Five security personnel and the
# civilian driver of their vehicle were killed"
@lru_cache(maxsize=1)
def _counted_then_item_pattern() -> re.Pattern[str]:
    """The pattern of :func:`_counted_then_item`: its verb after an auxiliary, or one that takes
    none ("... and the driver died"; from ``singular_bare``)."""
    bare = alternation(sorted(_lexicon().bare_singular, key=len, reverse=True))
    return re.compile(
        r"(?P<num>#+)(?P<np>(?:\s+[a-z’'\-]+){1,3}?)\s+and\s+(?P<item>(?:the|a|an|his|her|their|its)\s+(?:[a-z\-]+\s+){0,2}?"
        r"(?P<noun>[a-z\-]+)(?:\s+of\s+(?:the|their|his|her|its)\s+[a-z\-]+)?)(?:\s*,\s+[^,#;:()]{2,40}?,)?"
        rf"\s+(?:(?:were|had\s+been|have\s+been)\s+|(?=(?:{bare})\b))")


def _counted_then_item(lex: _Lexicon, shadow: str, at: dict[int, NumberMention],
                       hits: dict[int, _Hit]) -> list[_Hit]:
    """The hits of a count and one person named after it, joined by "and" before their status
    verb ("Five security personnel and the civilian driver of their vehicle were killed"): the
    count with the party of its noun, the person as one of theirs; for numbers left unread."""
    out: list[_Hit] = []
    for m in _counted_then_item_pattern().finditer(shadow):
        n = at.get(m.start("num"))
        if n is None or n.start in hits or m.group("noun") not in lex.persons:
            continue
        status_m = _STATUS_AFTER_AUX.match(shadow, m.end())
        if status_m is None or _norm(status_m.group(1)) not in lex.after_status:
            continue
        status = lex.after_status[_norm(status_m.group(1))]
        party, person = party_of_phrase(m.group("np"))
        if not person:
            continue
        end = status_m.end()
        hits[n.start] = _Hit(n, n.value, n.low, n.high, n.qualifier, status, party,
                             "total" if party == "unspecified" else "part", m.start(), m.end("np"), "", "nf")
        out.append(_Hit(None, 1, 1, 1, "exact", status, party_of_phrase(m.group("item"))[0], "part",
                        m.start("item"), end, "one person", "item"))
    return out


_STATUS_AFTER_AUX = re.compile(r"([a-z]+(?:\s+(?:dead|down|to\s+death))?)\b")


# one person named after a count, ending its list: "The dead are ten soldiers of the regime forces
# and the bus driver, a civilian ..."; "the toll at thirteen: twelve soldiers and the civilian bus driver"
_ITEM_AFTER_COUNT = re.compile(r"\s+and\s+(?P<item>(?:the|a|an|his|her|their|its)\s+(?:[a-z\-]+\s+){0,2}?(?P<noun>[a-z\-]+))"
                               r"(?=\s*(?:[,.;:)]|$))")


def _items_after_count(lex: _Lexicon, shadow: str, found: list[_Hit]) -> list[_Hit]:
    """One person for a single item that ends the list a party's count opens (see
    ``_ITEM_AFTER_COUNT``), of the count's status; included in a total as the count is."""
    out: list[_Hit] = []
    spans = [(h.start, h.end) for h in found]
    for h in found:
        if h.number is None or h.status not in ("killed", "wounded") or h.role != "part" \
                or h.note not in ("", "included in the total"):
            continue
        m = _ITEM_AFTER_COUNT.match(shadow, h.end)
        if m is None or m.group("noun") not in lex.persons or _inside(m.start("item"), spans) \
                or _inside(m.end() - 1, spans):
            continue
        out.append(_Hit(None, 1, 1, 1, "exact", h.status, party_of_phrase(m.group("item"))[0], "part",
                        m.start("item"), m.end(), h.note or "one person", "item"))
        spans.append((m.start("item"), m.end()))
    return out


def _singular_items(lex: _Lexicon, text: str, shadow: str, found: list[_Hit]) -> list[_Hit]:
    """One person for each single item named ahead of a counted one in the subject of its status
    verb: "The governor, his driver and two guards were killed" (the governor), "He and his wife
    died", "Mayor John Smith and his driver were shot dead". An item is "the/his/... + a singular
    person noun", "he"/"she", or (in mixed-case text) a capitalised name, a title's or of two
    words at least; the subject opens the clause and joins its items with "and"."""
    out: list[_Hit] = []
    spans = [(h.start, h.end) for h in found]
    for h in found:
        if h.kind not in ("nf", "lead") or h.number is None or h.start != h.number.start:
            continue
        items: list[tuple[int, int, str]] = []
        pos = h.start
        while True:
            gap = _ITEM_GAP.search(shadow, max(0, pos - 12), pos)
            if gap is None or gap.start() == 0:
                break
            item = _person_item(lex, text, shadow, gap.start())
            if item is None or _inside(item[0], spans) or _inside(item[1] - 1, spans):
                break
            items.append(item)
            pos = item[0]
        if not items or not _SUBJECT_OPENS.search(shadow, max(0, pos - 12), pos):
            continue
        # the status verb ends the last counted item of the subject ("... and a bodyguard were
        # killed"): the list runs to it, one "and" at least
        verb_end = max(x.end for x in found if x.kind in ("nf", "lead") and x.status == h.status and x.start >= h.start)
        if " and " not in shadow[pos:verb_end]:
            continue
        for start, end, party in items:
            out.append(_Hit(None, 1, 1, 1, "exact", h.status, party, "part", start, end, "one person", "item"))
            spans.append((start, end))
    return out


def _person_item(lex: _Lexicon, text: str, shadow: str, end: int) -> tuple[int, int, str] | None:
    """The single person named by the words that end at ``end`` (see :func:`_singular_items`):
    its span and party, or None."""
    m = _PERSON_ITEM.search(shadow, max(0, end - 60), end)
    if m is not None and (m.group("noun") is None or m.group("noun") in lex.persons):
        return m.start(), end, party_of_phrase(m.group(0))[0]
    run = _NAME_RUN.search(text, max(0, end - 80), end)
    if run is None or _in_capitals(text):
        return None  # (in capitals, a capital starts no name)
    words = run.group(0).split()
    start = run.start()
    if words[0] in ("The", "A", "An"):
        start += len(words[0]) + 1
        words = words[1:]
    low = [w.lower().strip(".") for w in words]
    if not words or any(w in lex.party_of and w not in lex.persons for w in low) or is_country_or_big_city(" ".join(words)):
        return None  # "the Afghan Army", "Kabul": no one person
    title = low[0] in lex.persons
    if not title and len(words) < 2:
        return None
    return start, end, party_of_phrase(low[0])[0] if title else "unspecified"


# a duty told between a person and the verb: "the officer assigned to guard him died"
_DUTY_AFTER = re.compile(r"\s(?:assigned|sent|deployed|posted|hired|tasked|detailed|appointed)\s+to\s+[a-z]+\s+"
                         r"(?:him|her|them|it|the\s+[a-z]+)\s+$")


def _single_victims(text: str, shadow: str, found: list[_Hit], sentence_words: frozenset[bytes],
                    letters: bytes | None = None) -> list[_Hit]:
    """Victims counted one by one from a name, title or pronoun, without a number: "the mayor
    was assassinated", "he died", "Romero's assassination", "the murder of Judge Perez",
    "gunmen killed Hector Oqueli". At most one per status and sentence (``sentence_words``: the
    sentence's word set; ``letters``: ``tokens.letters_only(shadow)`` when the caller has it)."""
    lex = _lexicon()
    out: list[_Hit] = []

    attack: list[tuple[re.Match[str], ...]] = []  # the sentence's single-attacker subjects, looked up once

    if letters is None:
        letters = letters_only(shadow)
    # a victim needs an auxiliary before a verb, or an intransitive verb (below): where the
    # shadow has no such word, the verbs need not be looked for
    may_be_single = lex.singular_gate.allows(sentence_words) and not lex.single_verb_words.isdisjoint(letters.split())
    # the spans of the figures found: a verb inside one (the status word of "17 people were
    # killed") makes a victim whose span overlaps it, which ``free`` turns away (read first: most
    # verbs are such)
    spans = [(h.start, h.end) for h in found] if may_be_single else []
    for m in lex.singular.finditer(shadow) if may_be_single else ():
        if _inside(m.start(), spans):
            continue
        aux = _AUX_BEFORE.search(shadow, max(0, m.start() - 40), m.start())
        verb_start = aux.start() if aux else m.start()
        trig = _norm(m.group("trig"))
        if (trig in lex.bare_singular) == bool(aux):
            continue  # "he died" / "he was killed", not "was died" or a bare "killed"
        if (duty := _DUTY_AFTER.search(shadow, max(0, verb_start - 40), verb_start)) is not None:
            verb_start = duty.start() + 1  # "the police officer assigned to guard him died": the officer
        # the subject: the word before the verb, past an apposition (", a judge,")
        span = _subject_before(shadow, verb_start)
        if span is None:
            continue
        subj_start, subj_end = span
        subj = shadow[subj_start:subj_end].strip(".,’'")
        if subj in _NOT_SUBJECTS or "#" in subj:
            continue
        if _void_before(shadow, subj_start, letters) or _NO_DETERMINER.search(shadow, max(0, subj_start - 30), subj_start):
            continue  # "no police officer was killed" is a negation (_negation_hits)
        if subj not in lex.persons and subj not in ("he", "she", "who") and not _looks_like_name(
            text, subj_start, subj_end
        ):
            continue
        if subj not in lex.persons and _PLACE_OF_NAME.search(shadow, max(0, subj_start - 30), subj_start) \
                and any(h.start < subj_start for h in found):
            # "One of the soldiers wounded in rural Arauquita died": a place after the subject
            # counted before it, not who died
            continue
        if subj == "who" and (before := _WORD_BEFORE.search(shadow, max(0, subj_start - 30), subj_start)) \
                and (_plural_people(lex, before.group(1)) or before.group(1) in _ASKING_WHO):
            continue  # "the soldiers who died": not one victim; "we know who is missing": a question
        status = lex.singular_status[trig]
        end_died = 0
        died = (_CLAUSE_THEN_DIED.match(shadow, m.end()) if subj == "who" else None) if status == "wounded" else None
        if died is not None:
            # "Sergeant X, who was seriously wounded on 14 April, died in hospital on 16 April": a
            # death of the wounded, not one more wounded
            status = "killed"
        elif status == "wounded" and (died_too := _AND_THEN_DIED.match(shadow, m.end())) is not None:
            # "Inspector X was wounded and died later": this victim's death, told once
            status, end_died = "killed", died_too.end()
        if _free(found, out, subj_start, m.end(), status) and not lex.void_after.match(shadow[m.end():]):
            party = party_of_phrase(subj)[0]
            if party == "unspecified" and subj == "who" \
                    and (before := _WORD_BEFORE.search(shadow, max(0, subj_start - 30), subj_start)) is not None:
                # "Sergeant Kanybek Osmonov, who ...": the person the clause is of
                party = party_of_phrase(before.group(1))[0]
                if party == "unspecified" and _looks_like_name(text, before.start(1), before.end(1)):
                    party = _title_party(lex, text, before.start(1))
                if party == "unspecified" and (np := _NP_BEFORE_WHO.search(shadow, max(0, subj_start - 60), subj_start)):
                    # "the driver of the vehicle bomb, who died at the gate": the whole noun phrase
                    party = party_of_phrase(np.group(1))[0]
            elif party == "unspecified" and subj not in lex.persons:
                party = _title_party(lex, text, subj_start)
            if subj in ("he", "she") and _the_attacker(shadow, attack, subj, subj_start):
                party = "attackers"  # "a gunman opened fire ... before he was shot dead"
            out.append(_one_named(subj_start, m.end() if died is None else died.end(), status, party))
            if end_died:
                out[-1].end = end_died
            if any(h.status == status and h.number is not None and h.end <= subj_start
                   and ":" in shadow[h.end:subj_start] for h in found):
                # "Two people died: X, 23, ..., and a mother of three who died in hospital on
                # Monday": one of those the count before the colon names
                out[-1].note, out[-1].role = "included in the total", "part"
            elif died is not None:
                out[-1].note, out[-1].kind = LATER_DEATH, "died"
            elif status == "killed" and _AFTER_BEFORE.search(shadow, max(0, subj_start - 40), subj_start) \
                    and any(h.status == "killed" and (h.value or 0) > 1 and h.end <= subj_start for h in found):
                # "the ambush claimed the lives of six jawans ..., after Constable X succumbed to his
                # injuries": the death that brought the toll to its figure, inside it
                out[-1].note, out[-1].role = "included in the total", "part"
            article = _ARTICLE_BEFORE.search(shadow, max(0, subj_start - 24), subj_start) \
                if status == "killed" else None
            nth = _ordinal_after(shadow, article.end(1)) if article is not None \
                and all(h.status == status for h in found if h.start < subj_start) else None
            if nth:  # "a fourth soldier, who was on leave, was killed": that count reached four
                out[-1] = _Hit(None, nth, nth, None, "at_least", status, party, "part", article.start(1),
                               m.end(), "", "one", nth=True)
            if subj in ("he", "she") and subj_start == 0 and party != "attackers":
                out[-1].kind = "pronoun"  # may be the attacker of the sentence before
    # the pronoun is a whole word of the shadow's letters, so of the sentence's (a masked number
    # never starts right after a letter)
    if (b"him" in sentence_words or b"her" in sentence_words) and lex.pronoun_object.search(shadow):
        # "police shot him dead": the attacker, killed by someone named right before the verb
        for m in lex.pronoun_object.finditer(shadow):
            phrase = f"{_norm(m.group('verb'))} pron {m.group('tail') or ''}".strip()
            if phrase in lex.object_verbs and party_of_phrase(m.group("agent"))[0] in ("security", "civilians") \
                    and _the_attacker(shadow, attack, m.group("pron"), m.start()) \
                    and _free(found, out, m.start(), m.end(), "killed"):
                out.append(_one_named(m.start(), m.end(), "killed", "attackers"))

    candidates: list[tuple[int, int, str]] = []  # (start, end, object words)
    for m in _POSSESSIVE_DEATH.finditer(shadow) if _may_be_possessive_death(shadow) else ():
        # "Romero's assassination", "the assassinated Carlos Pizarro"
        if m.group("obj2"):
            obj, o_start, o_end = m.group("obj2"), m.start("obj2"), m.end("obj2")
        else:
            w = _LAST_WORD.search(shadow, max(0, m.start() - 40), m.start())
            if w is None:
                continue
            obj, o_start, o_end = w.group(1), w.start(1), w.end(1)
        if obj in _NOT_POSSESSORS:
            continue
        if obj in lex.persons or _looks_like_name(text, o_start, o_end):
            candidates.append((o_start, m.end(), obj))
    for m in lex.singular_noun.finditer(shadow) if lex.singular_noun_gate.allows(sentence_words) else ():
        # "the murder of Judge Perez", "the murder of the wife of ..."
        obj = m.group("obj")
        words = obj.split()
        if words[0] == "the" and len(words) > 1 and words[1] in lex.persons:
            candidates.append((m.start(), m.end(), words[1]))
            continue
        if words[0] in _PLURAL_DETERMINERS or "#" in obj:
            continue
        if any(w in lex.party_of and w not in lex.persons and lex.party_of[w] != "security"
               for w in _WORD.findall(obj)):
            continue  # "the murder of public officials", "the murder of civilians": plurals
        candidates.append((m.start(), m.end(), obj))
    for m in lex.active_single.finditer(shadow) if lex.active_gate.allows(sentence_words) else ():
        # "gunmen killed Hector Oqueli", "killed the mayor", "accused of murdering Ana Casanova"
        obj = m.group("obj")
        words = obj.split()
        if words[0] == "the":
            if len(words) < 2 or words[1] not in lex.persons:
                continue
        elif words[0] in _NOT_OBJECTS or words[0] in _NOT_SUBJECTS or "#" in obj or not (
            words[0] in lex.persons or _looks_like_name(text, m.start("obj"), m.start("obj") + len(words[0]))
        ):
            continue
        candidates.append((m.start(), m.end(), obj))
    if (" dead" in shadow or " down" in shadow) and ("shot" in shadow or "gunn" in shadow):
        for m in lex.split_single.finditer(shadow):
            # "police shot the gunman dead"
            noun = m.group("obj").split()[-1]
            if f"{m.group('verb')} obj {m.group('tail')}" in lex.split_verbs and noun in lex.persons:
                candidates.append((m.start(), m.end(), noun))
    if "arrest" in shadow or "detain" in shadow or "apprehend" in shadow or "captur" in shadow:
        for m in _ARRESTED_ONE.finditer(shadow):
            # "officers arrested the suspect": the attacker taken, one
            window = shadow[max(0, m.start() - lex.void_window):m.start()]
            if not _void_window(window) and _free(found, out, m.start(), m.end(), "captured"):
                out.append(_Hit(None, 1, 1, 1, "exact", "captured", "attackers", "part", m.start(), m.end(),
                                "one person", "one"))
                break
    for start, end, obj in sorted(candidates):
        if obj.split()[0] in _NOT_SUBJECTS:
            continue
        window = shadow[max(0, start - lex.void_window):start]
        if _void_window(window) or _EARLIER.search(window):
            continue
        if _free(found, out, start, end, "killed"):
            out.append(_one_named(start, end, "killed", party_of_phrase(obj)[0]))
    return out


# a capitalised word after a preposition of place is a place's name: "in rural Arauquita"
_PLACE_OF_NAME = re.compile(r"\b(?:in|at|near|outside)\s+(?:(?:rural|urban|northern|southern|eastern|western|"
                            r"central|downtown|the\s+town\s+of|the\s+village\s+of|the\s+city\s+of)\s+)?$")


# the one attacker as the object of an arrest ("a suspect" is read as a number, "a")
_ARRESTED_ONE = re.compile(
    r"\b(?:arrested|arresting|detained|detaining|apprehended|apprehending|captured|capturing)\s+the\s+"
    r"(?:(?:suspected|alleged|lone|wounded|injured|fleeing|armed)\s+)?"
    r"(?:attacker|assailant|gunman|suspect|shooter|bomber|knifeman|perpetrator|hijacker|kidnapper)\b")


_NOT_OBJECTS = frozenset(
    "in by at on during when while after before and or as for with from to into near inside outside "
    "there here them him her it himself herself themselves itself one all both some many several "
    "at least more than nearly about over".split()
)


# auxiliaries of an active verb ("who killed", "have wounded"): none of the passive's be/been
_ACTIVE_AUX = re.compile(r"^(?:,?\s+(?:that|which|who|have|has|had|also|reportedly|allegedly))*\s*$")
_ALSO = re.compile(r"\b(?:also|too|as well)\b", re.IGNORECASE)
_NUMBER_THEN_STATUS = re.compile(r"^\s+#+\s+(?:dead|killed|wounded|injured|hurt|missing|captured|arrested)\b")
_COMPLEMENT = re.compile(r"^\s+(?:were|was|are)\s+(?:all\s+)?((?:[a-z’'\-]+\s*){1,3})")
_FORWARD = re.compile(r"^\s*,?\s*(?:plus|as well as|along with|together with)\s+$")
_SPEAKER = re.compile(r"\s+(?:said|says|told|reported|added|stated|confirmed|announced)\b")
_THEN_DIED = re.compile(r"^\s+(?:(?:later|subsequently|have|has|had|then|since|also)\s+)*"
                        r"(?:died|succumbed|perished|did\s+not\s+survive|didn[’']t\s+survive|could\s+not\s+be\s+saved)\b")
# the same, a few words further on: "five of the 20 wounded in the blast died"
_LATER_DIED = re.compile(r"^[^.;]{0,60}?" + _THEN_DIED.pattern.removeprefix("^"))
_AND_BETWEEN = re.compile(r",?\s+and\s+")
_ARRESTED = re.compile(r"\b(?:arrest\w*|detain\w*|apprehend\w*|custody|jailed|imprisoned|rounded up)\b")
# what makes the people arrested suspects of the attack
# people saved from danger, not from captors: "Twenty-eight people were rescued", "rescued 14 crew"
# (told in the passive, or of a ship's people: "Troops rescued 15 villagers from the camp" is a
# rescue from captors)
_RESCUED_NOT_HELD = re.compile(r"(?:\b(?:were|was|been|being)\s+(?:\w+\s+)?rescued\b|"
                               r"\brescu(?:ed|es|ing)\s+(?:the\s+)?#*\s*(?:\w+\s+)?(?:crew|crewmen|crew\s+members|sailors|seafarers|"
                               r"passengers|survivors|guests)\b)"
                               r"(?![^.;]{0,40}\b(?:hostages?|captives?|kidnapped|abducted|abductees|captivity|kidnappers|captors)\b)",
                               re.IGNORECASE)
# people held for something else than the attack, told right after their count: threats, posts
_OTHER_OFFENCE = re.compile(
    r"[^.;]{0,30}?\bwho\s+(?:had\s+|have\s+|allegedly\s+)*(?:wrote|written|posted|shared|published|sent|made|"
    r"circulated|spread)\s+(?:them|threats?|posts?|messages?|hoax|false|online|the\s+(?:posts?|threats?|messages?))"
    # "arrested a 24-year-old man ... and charged him with making a terroristic threat after he posted ..."
    r"|[^.;]{0,80}?\bcharged\s+(?:him|her|them)\s+with\s+(?:making|issuing|posting|sending|spreading)\s+"
    r"(?:an?\s+)?(?:[\w\-]+\s+)?(?:threats?|hoax|false|posts?|messages?)")
_ACCOMPLICES = re.compile(
    # ("two facilitators were arrested": the helpers by name)
    r"\bfacilitators?\b|\bharbou?rers?\b|\bcollaborators?\b|\binformants?\b|"
    # "two individuals who had helped the attacker reach the mosque had been detained"
    r"\bwho\s+(?:had\s+|have\s+|allegedly\s+|reportedly\s+)*(?:helped|aided|assisted|sheltered|harbou?red|hid|"
    r"transported|guided)\s+(?:the\s+)?(?:attackers?|bombers?|gunm[ae]n|assailants?|militants?)\b|"
    r"\b(?:(?:on suspicion|suspected|accused|accuse|accuses) of|charged with|for|involved in)\s+(?:having\s+)?(?:(?:illegally|unlawfully)\s+)?"
    # (or the information they passed: "on suspicion of passing information about the movements of
    # military buses to IS cells")
    r"(?:provid|supply|supplie|help|aid|harbou?r|shelter|hid|financ|fund|transport|lodg|assist|facilitat|sell|sold|"
    r"procur|smuggl|traffick|pass|inform|spy|spie|tipp|logistic|support)[a-z]*\b")
_QUESTIONING = re.compile(r"\bfor\s+(?:further\s+|routine\s+)?(?:questioning|interrogation)\b|"
                          # "are being questioned about possible links to the attackers"
                          r"\b(?:questioned|interrogated|quizzed)\s+(?:about|over|on|for)\s+(?:their\s+)?(?:possible\s+|"
                          r"suspected\s+|alleged\s+)?(?:links?|ties|connections?|contacts?)\s+(?:to|with)\b|"
                          r"\b(?:questioned|interrogated)\s+and\s+(?:later\s+)?(?:released|freed|let\s+go)\b|"
                          # "one of the two men arrested ... had been released after questioning"
                          r"\b(?:released|freed|let\s+go)\s+(?:after|following)\s+(?:questioning|interrogation)\b|"
                          # "17 people had been detained in raids on villages and farms", "in sweeps since
                          # Saturday": people rounded up, suspects at most
                          r"\b(?:in|during)\s+(?:a\s+|the\s+)?(?:[\w\-]+\s+){0,2}?(?:sweeps?|round-?ups?|dragnets?|crackdowns?|"
                          r"cordon-and-search\s+operations?|house-to-house\s+searches|raids\s+on\s+(?:villages|homes|houses|"
                          r"neighbou?rhoods|farms|settlements|camps))\b|"
                          # "two men are being held under the emergency decree": held without charge
                          r"\bunder\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,2}?(?:emergency|martial[\s\-]law|preventive[\s\-]detention)"
                          r"(?:\s+(?:decree|law|laws|powers|regulations?|rule))?\b")
# people (no party named) held in raids afterwards: "eleven people had been detained in overnight
# raids in Chuadanga and neighbouring Jhenaidah" (suspects at most)
_RAIDED = re.compile(r"\b(?:in|during)\s+(?:a\s+|the\s+)?(?:[\w\-]+\s+){0,2}?raids?\s+(?:in|across|around|on|at)\b")
_HELD_NOW = re.compile(r"\b(?:being|remains?|remained|still)\s+held\b")
_CAPTIVITY = re.compile(r"\b(?:hostages?|captives?|captivity|captors?|ransom|kidnapp\w*|abduct\w*|hijack\w*|pirates?|"
                        r"seized|held\s+(?:by|on\s+board)\s+(?:the\s+)?(?:gunmen|pirates|militants|kidnappers|rebels|"
                        r"attackers|group|bandits|insurgents))\b")
_CUSTODY = re.compile(r"\b(?:police|custody|station|cells?|prison|jail|court|charged?|charges|suspects?|suspicion|"
                      r"questioning|interrogation|investigators?|detention|arrest\w*)\b")
# held people who own the deed: "had confessed to planting and detonating the device"
_CONFESSED = re.compile(r"\b(?:confessed|admitted)\s+(?:to\s+)?(?:having\s+)?(?:planting|carrying\s+out|taking\s+part|"
                        r"participating|involvement|their\s+(?:role|part|involvement)|the\s+(?:attack|bombing|killings?))")
# "A man who was detained outside the mall has been released." (not "... and one was released")
_RELEASED_SINCE = re.compile(r"\b(?:has|have|had|was|were)\s+(?:since\s+|later\s+|now\s+)?(?:been\s+)?(?:released|freed|let\s+go)\b")
_DISAPPEARED = re.compile(r"\b(?:whereabouts\s+(?:remain|are|is|were|was)\s+(?:still\s+)?unknown|(?:have|has)\s+had\s+no\s+"
                          r"news\s+of\s+them|(?:have|has)\s+not\s+been\s+seen\s+since|enforced(?:ly)?\s+disappear\w*|"
                          r"(?:have|has)\s+(?:since\s+)?disappeared)\b")
_WHEREABOUTS_OF = re.compile(r"\bwhereabouts\s+of\s+(?:the\s+|all\s+)?$")
_AS_SUSPECTS = re.compile(r"\b(?:in connection with|over the|at the scene|on suspicion|suspected of|as suspects?|"
                          r"for (?:their|his|her) (?:role|part|involvement))\b")
# a toll raised, before its new figure ("the toll rose to", "raised the toll of ... to"), and the
# clause after it that tells what raised it
_RAISED_BEFORE = re.compile(r"\b(?:rose|risen|rises|climbed|increased|jumped|raised|raising|bring|brings|brought|bringing)\b[^.;]*$")
_AFTER_CLAUSE = re.compile(r"[^.;]{0,120}?\bafter\b[^.;]*")
_OTHERS = re.compile(r"\s+(?:more\s+)?(?:others|other\s+(?:people|persons|victims))\b")
_OF_THE_STATUS = re.compile(r"^\s+of\s+the\s*$")
_TO_DEATH = re.compile(r"\s+to\s+death\b")
# ranks either side has: an included item of these is of the party of the figure that includes it
_RANKS = frozenset("commander commanders leader leaders chief chiefs deputy deputies emir emirs "
                   "lieutenant lieutenants".split())
# "one of the soldiers (wounded)": a part of a group named by its noun
_OF_THE_NOUN = re.compile(r"^\s+of\s+(?:the|those|these)\s+[a-z’'\-]+(?:\s+[a-z’'\-]+)?\s*$")
# died a few words on, with no other number or clause between: "... wounded on Sunday died"
_SUPPOSED = re.compile(r"(?:(?:\b(?:one|another|a)|#+)\s+possibility\s+is\s+that|\bit\s+is\s+(?:possible|conceivable)\s+that|"
                       r"\b(?:could|may|might)\s+possibly)\b")
_STILL_MISSING = re.compile(r"\b(?:still|remain(?:s|ed)?|remaining)\b", re.IGNORECASE)
_ADVERB_GAP = re.compile(r"\s+[a-z]+ly\s+")  # "two badly injured passengers"
_SOON_DIED = re.compile(r"^[^.;:#,]{0,40}?" + _THEN_DIED.pattern.removeprefix("^"))
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom)\b")
# a part with a verb of its own: "six of whom were dead on arrival", "six of them dead" (not "seven of them fighters,
# were killed", whose verb is the whole's)
_OF_WHOM_VERB = re.compile(r"\s+of\s+(?:them|whom)\s+(?:were|was|had|have|has|are|is|died|later|dead|killed|wounded|injured|hurt)\b")
# what is released of people who are not freed: "the names of all five victims were released"
# an emergency service named by its telephone number ("Rescue 1122 spokesman ..."): no one freed
_SERVICE_NUMBER = re.compile(r"rescues?\s+#{4}(?![#\w])")
_NOT_PEOPLE_FREED = re.compile(r"\b(?:names|identities|photos|photographs|pictures|images|details|bodies|remains)"
                               r"\s+of\s+(?:all\s+)?(?:the\s+)?$")
# people named by their tie to others, whose party is theirs: "two colleagues", "three of their
# comrades" (not "our comrades": the speaker's side, which the figure before need not be)
_RELATIONAL = re.compile(r"\s+(?:of\s+(?:their|his|her|its)\s+)?(?:fellow\s+)?(?:colleagues?|comrades?)\b")
# the whole of a part before its number: "Of the 30 soldiers, 12 were killed" (no list item);
# "seven of the 12 villagers abducted on Sunday" (the participle right after the whole's noun
# phrase tells the whole's status, a reduced relative clause, not the part's)
_PARTITIVE_BEFORE = re.compile(r"\bof\s+(?:the|these|those|its|their|all)\s+$")
_OF_THE_WHOLE = re.compile(r"\bof\s+(?:the|these|those|its|their|all)\s+#+\s+((?:[a-z’'\-]+\s+){0,2}?[a-z’'\-]+)\b[^#.;,]{0,50},\s*$")
_AS_ROLE = re.compile(r"\b(?:acted|acting|worked|working|served|serving|posing|posed|disguised|dressed|employed|hired)\s+as\s+$")
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$")
# a verb of the noun's own clause right after it ("the 40 hostages were freed")
_CLAUSE_VERB = re.compile(r"\s+(?:were|was|are|is|had|have|has|remain|remained|remains|still|also|all|"
                          r"freed|released|rescued|escaped|killed|died|dead)\b")
_OF_WHOM_BEFORE = re.compile(r"\bof\s+(?:them|whom)\s+$")
# the people a part is of, named by a number that is no casualty figure: "21 gunmen had been
# inside the complex, of whom"
_WHOLE_OF_WHOM = re.compile(r"#+\s+((?:[a-z’'\-]+\s+){0,2}[a-z’'\-]+)\b[^#.;]{0,80}?,\s*of\s+whom\s+$")
_OF_THEM_PARTY = re.compile(r"\s+of\s+(?:them|whom)\s+(?:were\s+)?((?:[a-z’'\-]+\s*){1,3})")
# what stands between a figure and the next one whose noun it leaves out: "15 terrorists were
# destroyed, five were taken prisoner", "killed by shelling and another two were wounded" (not
# another clause: "...; the hospital treated 27 wounded")
_ELLIPSIS_GAP = re.compile(r"[^;#]*?(?:,|\band|\bwhile|\bbut)\s+(?:(?:another|an\s+additional|other|a\s+further)\s+)?")
_OTHERS_END = re.compile(r"\s+(?:others|more)\s*(?:alive\b\s*)?(?:[,;.)]|and\b|$)")
_BARE_END = re.compile(r"\s*(?:alive\b\s*)?(?:[,;.)]|and\b|$)")  # nothing names the people of a bare object
_VERB_AFTER = re.compile(r"^\s*(?:were|was|have|had|are|dead|killed|wounded|injured|hurt|captured|arrested|detained|"
                         r"abducted|kidnapped|missing)\b")
_BARE_WORD = re.compile(r"\s+([a-z][a-z\-’']*)")  # (matched at the start of the text given)
# the status words of remains, and the people whose they are: "17 bodies of soldiers"
_REMAINS = frozenset({"bodies", "corpses", "remains"})
_REMAINS_OF = re.compile(r"\s+of(?:\s+the)?")
# words after which no noun of the status word follows ("12 wounded were taken", "five dead in
# the blast")
# status words that are nouns, never an adjective of the next noun ("the 31 bodies Hodan General
# Hospital received": no general's)
_NOUN_STATUSES = frozenset({"bodies", "corpses", "remains", "casualties", "fatalities", "deaths", "dead bodies"})
_NOT_MODIFIERS = frozenset(
    "were was are is have has had been being in on at by for with from into during after before and or "
    "but who which that when while as to of the a an including excluding among plus besides not".split()
)
_TWO_WORDS = re.compile(r"^\s+[a-z][a-z\-’']*\s+([a-z][a-z\-’']*)")


def _adjective_noun(rest: str) -> tuple[re.Match[str], tuple[str, bool]] | None:
    """The person noun that a status word stands before, as its adjective, and its party: the
    next word ("wounded policemen") or the one after ("abducted Zamfara schoolgirls", "wounded
    police officers"); None when neither names people."""
    for pattern in (_BARE_WORD, _TWO_WORDS):
        noun = pattern.match(rest)
        if noun is None:
            return None
        word = noun.group(1)
        if word in _NOT_MODIFIERS:
            return None  # "12 wounded were taken ...": no noun after the status word
        if (party := party_of_phrase(word))[1]:
            return noun, party
    return None


def _bare_people(lex: _Lexicon, np: str, rest: str) -> bool:
    """Whether ``rest`` (the text after an active verb) opens with a bare plural of people as its
    object: "a man stabbed passers-by" (the number before is the agent). Only after a person noun
    of its own (``np``): "23 kidnapped victims", "seven other wounded people" are a participle
    before its noun."""
    words = np.split()
    if not words or words[-1] not in lex.persons or words[0] == "of":
        return False
    m = _BARE_WORD.match(rest)
    return m is not None and m.group(1) in lex.party_of and m.group(1).endswith(("s", "-by", "people"))


# (not a number told with its severity: "two others injured one seriously" is a part of the two)
_ACTIVE_OBJECT = re.compile(
    r"^\s+(?:#++(?!\s+(?:seriously|critically|badly|severely|gravely|slightly|lightly)\b)|the\b|an?\b|his\b|her\b|their\b|him\b|them\b|himself\b|herself\b|themselves\b"
    r"|(?:another|all|some|both)\s+#)"
)
# the words of _POSSESSIVE_DEATH (one of them is in every match)
_POSSESSIVE_WORDS = ("murder", "assassination", "killing", "slaying", "assassinated", "murdered", "slain")
_POSSESSIVE_DEATH = re.compile(
    r"(?<=[a-z])(?:['’]s|(?<=s)['’])\s+(?:[a-z]+\s+)?(?:murder|assassination|killing|slaying)\b"
    r"(?!\s+of\b)|\bthe\s+(?:assassinated|murdered|slain)\s+(?:[a-z]+\s+){0,2}?(?P<obj2>[a-z][a-z’'.\-]+)\b"
)


def _may_be_possessive_death(shadow: str) -> bool:
    """Whether ``_POSSESSIVE_DEATH`` can match: it needs an apostrophe and one of its nouns, or
    one of its participles (plain substring tests, much cheaper than the pattern's scan)."""
    if "assassinated" in shadow or "murdered" in shadow or "slain" in shadow:
        return True
    return ("'" in shadow or "’" in shadow) and (
        "murder" in shadow or "assassination" in shadow or "killing" in shadow or "slaying" in shadow)


_LAST_WORD = re.compile(r"\b([a-z][a-z’'.\-]*)$")
_AUX_BEFORE = re.compile(
    r"\b(?:was|has been|had been|is|got)\s+(?:(?:reportedly|allegedly|later|also|then|subsequently"
    r"|apparently|brutally|fatally|seriously|critically|slightly)\s+)?$"
)
# The words of which a verb of _single_victims needs one: the last word of each auxiliary of
# _AUX_BEFORE, or an intransitive verb (a-z runs of the shadow, as in tokens.letters_only).
_NOT_POSSESSORS = frozenset(
    "government army group country nation party organization movement city today yesterday "
    "year week month police military guerrillas rebels cartel cartels state people world "
    "regime front mafia".split()
)
# a toll of martyrs, not of a group's own ("our martyrs" is the speaker's side, told by its words)
_MARTYRED = re.compile(r"\b(?:embraced\s+(?:shahadat|martyrdom)|(?:were|was|been)\s+martyred)\b")
_MARTYRS_TOLL = re.compile(r"(?<!\bour\s)\b(?:number|toll|count)\s+of\s+martyrs\b|(?<!\bour\s)(?<!\bour\s#\s)\b#+\s+martyrs\b")
# the noun phrase a "who" clause is of, after a colon, a semicolon or the sentence's start
_NP_BEFORE_WHO = re.compile(r"(?:^|[:;]\s*)((?:the|a|an)\s+[a-z’'\-]+(?:\s+[a-z’'\-]+){0,6}),\s*$")
_SUBJECT = re.compile(r"(?P<subj>[a-z’'.\-]+)(?:,[^,]{1,100},)?\s+$")
_SUBJECT_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz’'.-")  # the class of _SUBJECT's subj
_SUBJECT_WINDOW = 140


def _subject_before(shadow: str, end: int) -> tuple[int, int] | None:
    """The span of the "subj" group of ``_SUBJECT.search(shadow, end - 140, end)``: the word right
    before the blank before ``end``, or the word before an apposition (", a judge,").

    Only where the text before the blank ends in a comma can the apposition branch match (the
    pattern is then searched); otherwise the leftmost match is the run of subject characters that
    ends at the blank, read backwards here (the search would try every position of the window)."""
    low = max(0, end - _SUBJECT_WINDOW)
    j = end
    while j > low and shadow[j - 1].isspace():
        j -= 1
    if j == end:
        return None  # no blank right before ``end``
    if j > low and shadow[j - 1] == ",":
        m = _SUBJECT.search(shadow, low, end)
        return None if m is None else m.span("subj")
    k = j
    while k > low and shadow[k - 1] in _SUBJECT_CHARS:
        k -= 1
    return None if k == j else (k, j)
# (a word starts with a letter: a dash between blanks ends the phrase, "kills at least three - police")
_NP_AFTER = re.compile(r"(?:\s+[a-z][a-z’'\-]*(?:\.(?=\w))?){0,7}")
_NP_CUT = re.compile(r"\s(?:and|or|but|who|which|were|was|in|on|at|by|to|from|with|as|had|have|said|says|told)\b")

_PLURAL_DETERMINERS = frozenset(
    "the these those their its our your all several many some dozens hundreds thousands scores "
    "numerous various other others more most people persons civilians a an".split()
)
# A singular killing after "after/since/following/about" is an earlier event told as context.
_EARLIER = re.compile(r"\b(?:after|since|before|about|reporting|reports? of|news of|elimination)\b[^,;]*$")

_NOT_SUBJECTS = frozenset(
    "it that which this there what none crew himself herself themselves whom whose one someone anyone nobody no-one noone "
    "everyone they we you monday tuesday wednesday thursday friday saturday sunday "
    "i people attack bombing bomb blast explosion car vehicle building house plane".split()
)


def _next_is_person(rest: str) -> bool:
    m = _WORD.match(rest.lstrip())
    return bool(m) and _lexicon().party_of.get(m.group(0)) not in (None,)


def _in_capitals(text: str) -> bool:
    """Whether ``text`` is written in capitals (MUC wires), where a capital starts no name."""
    return text.isupper() or sum(map(str.isupper, text)) > 0.6 * sum(map(str.isalpha, text))


_AFTER_BEFORE = re.compile(r"\b(?:after|when|as)\s+(?:[a-z’'.\-]+\s+){0,5}$")
# a sentence that opens on one side's losses: "On the attackers' side, the numbers are unknowable."
_SIDE_LEAD = re.compile(r"^\W*(?:on|as\s+for|among)\s+(?:the\s+)?(?P<who>attackers|militants|insurgents|gunmen|assailants|"
                        r"terrorists|rebels|jihadists|fighters|army|soldiers|troops|government|security\s+forces|police|"
                        r"friendly|enemy|civilian(?=\s+side\b)|population(?=['’]?s?\s+side\b)|"
                        # "Among the civilian population:"
                        r"civilian(?=\s+population\b))"
                        r"(?:['’]s?)?(?:\s+(?:side|ranks|losses|population))?\b", re.IGNORECASE)
# a conflict told with its start ("has waged an insurgency in the province since October 2017"), and
# the toll of the sentence after it, of that conflict ("have been killed in the violence")
_CONFLICT_SINCE = re.compile(r"\b(?:insurgency|conflict|war|rebellion|uprising|violence|campaign|fighting)\b[^.;]{0,80}?"
                             r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b")
_CONFLICT_WORDS = frozenset({b"violence", b"fighting", b"unrest", b"insurgency", b"conflict", b"war"})
_KILLED_IN_IT = re.compile(r"[^.;]{0,60}?\b(?:have|has)\s+been\s+killed\s+(?:[a-z]+\s+){0,2}?in\s+the\s+"
                           r"(?:violence|fighting|unrest|insurgency|conflict|war)\b")
_HIS_DEATH_RAISES = re.compile(r"^\W*(?:his|her|their|the|that|this)\s+(?:[a-z]+\s+)?(?:death|deaths|passing)\s+"
                               r"(?:raises|raised|brings|brought|takes|took|pushes|pushed|increases|increased)\b", re.IGNORECASE)
# the side a toll leaves out, whose own counts come next: "Those figures exclude the attackers.
# Four were killed in the operation; the fifth was captured"
_LEFT_OUT_SIDE = re.compile(
    r"^\W*(?:those|these|the|that|this)\s+(?:figures?|tolls?|counts?|numbers?|totals?)\s+(?:also\s+)?"
    r"(?:exclude|excludes|do\s+not\s+include|does\s+not\s+include|leave\s+out|leaves\s+out)\s+(?:the\s+)?"
    r"(?P<who>attackers|militants|insurgents|gunmen|assailants|terrorists|rebels|jihadists|fighters|raiders)\W*$", re.IGNORECASE)
# a military report's sides: "On the friendly side:" (its own forces), "On the enemy side:"
_SIDE_WORDS = {"friendly": "security", "enemy": "attackers", "civilian": "civilians", "population": "civilians",
               "own": "security", "our": "security"}
# a side's label over its list: "Friendly side [côté ami]:", "Enemy side:"
_SIDE_LABEL = re.compile(r"^\W*(?P<who>friendly|enemy|own|our|civilian|attackers?|terrorists?)\s+side\b[^:.]{0,30}:\s*$",
                         re.IGNORECASE)
# a count of people of no side, the side its sentence's lead names: "On the civilian side, three
# (3) citizens lost their lives"
_THE_N_OTHER = re.compile(r"\s+other\s+(?:bodies|corpses|remains)\b")
# who the people counted were, in a relative clause: "the three people (whom) the army says were
# NPA fighters", "two men who were soldiers"
_SAID_TO_BE = re.compile(r"\s+(?:who\s+|that\s+|whom\s+)?(?:(?:(?:the\s+|a\s+)?[\w’'\-]+(?:\s+[\w’'\-]+)?\s+)?"
                         r"(?:says?|said|claims?|claimed|believes?|believed)\s+)?(?:were|was)\s+(?:all\s+)?"
                         r"(?:suspected\s+|alleged\s+)?(?P<np>(?:[\w’'\-]+\s+){0,3}?[\w’'\-]+)\b(?=[\s,.;])")
_PEOPLE_NOUN_END = re.compile(r"\b(?:people|persons|men|others|individuals)(?:\s+(?:they|who|whom|that))?\s*$", re.IGNORECASE)
_GENERIC_COUNT = re.compile(r"[\w,.-]+\s+(?:\(\d+\)\s+)?(?:people|persons|citizens|individuals|inhabitants)\b", re.IGNORECASE)
_ITEM_START = re.compile(r"^\s*[-*•–]\s")


def _side_named_before(doc: Document, index: int) -> str | None:
    """The party of the side a lead names in the sentence before ``index`` ("On the attackers'
    side, ..."), or before the list items that run up to it ("On the friendly side:" / "- eleven
    (11) killed;" / "- fourteen (14) wounded"); None without one."""
    i = index - 1
    while i > 0 and _ITEM_START.match(doc.sentences[i].text) and _ITEM_START.match(doc.sentences[i + 1].text):
        i -= 1  # (up the list's items, to the line before the first)
    text = doc.sentences[i].text
    side = _SIDE_LEAD.match(text) or _LEFT_OUT_SIDE.match(text) or _SIDE_LABEL.match(text)
    return _lead_party(side) if side is not None else None


def _lead_party(side: re.Match[str]) -> str | None:
    """The party of the side a lead names ("On the friendly side", "On the civilian side", "as
    for the attackers"), None when it names none."""
    who = side.group("who").lower()
    party = _SIDE_WORDS.get(who) or party_of_phrase(who)[0]
    return party if party != "unspecified" else None


# a count with no noun of its own, its verb right after it: "34 were killed", "one captured"
_BARE_COUNT = re.compile(r"[\w,.-]+\s+(?:\(\d+\)\s+)?(?:(?:were|was|had\s+been|have\s+been|are)\s+)?(?:killed|dead|died|captured|"
                         r"arrested|wounded|injured|neutrali[sz]ed|missing)\b", re.IGNORECASE)
# a count's side told after it: "eleven dead on the defenders' and workers' side", and the words
# of the attackers' side
_SIDE_AFTER = re.compile(r"\s+on\s+(?:the\s+)?(?:[a-z’'\-]+\s+){1,5}?side\b")
_ATTACKER_SIDE = re.compile(r"\b(?:attackers?|assailants?|militants?|terrorists?|enemy|insurgents?|rebels?|gunmen|jihadists?)\b")
# "on our side, two killed": the speaking force's own; "on the enemy side": the attackers'
_SIDE_BEFORE = re.compile(r"\b(?:on|in|among)\s+(?:(the\s+enemy(?:['’]s)?|the\s+terrorists['’]?|their)|our)\s+(?:side|ranks)\b"
                          r"[^.;#]{0,20}$")
# "was wounded and died later", "was injured in the attack and later succumbed"
_AND_THEN_DIED = re.compile(r"(?:\s+[a-z\-]+){0,3}?\s+and\s+(?:(?:later|subsequently|then|has|had|since)\s+)*"
                            r"(?:died|succumbed|perished|passed\s+away)\b")
_DIED_WORD = re.compile(r"\b(?:died|succumbed|perished|passed\s+away|did\s+not\s+survive)\b")
# the verb of the subject a relative clause hangs on, after the clause: "X, who was wounded on
# Monday, died in hospital"
_CLAUSE_THEN_DIED = re.compile(r"[^.;,]{0,60},\s+(?:later\s+|has\s+|had\s+|then\s+)?(?:died|succumbed|passed\s+away)\b")


# a capitalised word of a name's title before it: "Police Inspector Danladi Yakubu"
_TITLE_WORD = re.compile(r"([A-Z][A-Za-z\-]*)\.?\s+$")


_NAMED_AS = re.compile(r"\b(?:named|identified)\s+(?:the\s+)?([A-Za-z\-]+(?:\s+[A-Za-z\-]+)?)\s+as\s+$")
# the noun a name is in apposition to: "One of the gunmen, Brayan Mori, 23, was also killed"
_APPOSED_TO = re.compile(r"(?<![\w’'])(?:[Oo]ne\s+of\s+the|[Tt]he|[Aa]n?)\s+([a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,5}),\s+$")


def _title_party(lex: _Lexicon, text: str, start: int) -> str:
    """The party of the title before the name that ends right at ``start`` ("Sergeant John
    Smith", "Journalist Maria Lopez", "Police Inspector Danladi Yakubu"): the first of up to four
    capitalised words before it that is a party word; "unspecified" without one."""
    if _in_capitals(text):
        return "unspecified"  # (ALL-CAPS text: every word is capitalised)
    end = start
    for _ in range(4):
        w = _TITLE_WORD.search(text, max(0, end - 30), end)
        if w is None:
            break
        party = lex.party_of.get(w.group(1).lower())
        if party is not None and party != "unspecified":
            return party
        end = w.start()
    if (named := _NAMED_AS.search(text, max(0, end - 60), end)) is not None:
        # "Police named the attackers as Qusai Odeh, 24, who was shot dead": one of them
        return party_of_phrase(named.group(1))[0]
    if text[end - 2:end - 1] == "," and (head := _APPOSED_TO.search(text, max(0, end - 50), end)) is not None:
        return party_of_phrase(head.group(1))[0]
    return "unspecified"


def _looks_like_name(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    if not word[:1].isupper():
        return False
    if _in_capitals(text):
        # ALL-CAPS text (MUC): a capitalised word says nothing; accept a word that is not a
        # common function word (names are the usual subjects of "WAS MURDERED").
        return len(word) > 2
    return True


# a status verb joined to the next one ("killed and wounded", "killed or injured"): the count
# after them is of both
_BOTH_STATUSES = re.compile(r"\b(?:killed|killing|kills|kill)\s+(?:and|or|and/or)\s+$")


def _void_before(shadow: str, start: int, letters: bytes | None = None) -> bool:
    """Whether a non-casualty context (``void``: "threatened to", "if", "could") ends the words
    just before ``start``; ``letters``: ``tokens.letters_only(shadow)`` when the caller has it."""
    lex = _lexicon()
    begin = max(0, start - lex.void_window)
    window = shadow[begin:start]
    # the window's words are the runs of a-z of its letters (tokens.word_set)
    words = (letters_only(window) if letters is None else letters[begin:start]).split()
    return lex.void_gate.allows_words(words) and lex.void.search(window) is not None


@lru_cache(maxsize=1)
def _comparison() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in load_data("casualty_contexts.yaml")["comparison"]))


@lru_cache(maxsize=1)
def _one_party_patterns() -> dict[str, re.Pattern[str]]:
    return {k: re.compile(v) for k, v in load_data("casualty_contexts.yaml")["all_of_one_party"].items()}


def _all_of_one_party(sentence: Sentence, mentions: list[CasualtyMention]) -> CasualtyMention | None:
    """A party figure for everyone of a toll the text says were all of one party: "killing 12
    people, all of them civilians" (the toll just before, in the sentence) or "All the victims were
    civilian seafarers." (the toll of the sentence before); None where no toll or party is told.
    The figure is included in the toll, never added to it."""
    patterns = _one_party_patterns()
    low = sentence.text.lower()
    found = patterns["lead"].match(low)
    if found is not None:
        before = [m for m in mentions if m.sentence_index == sentence.index - 1 and m.status == "killed"]
    elif (found := patterns["apposition"].search(low)) is not None:
        before = [m for m in mentions if m.sentence_index == sentence.index and m.start - sentence.start < found.start()]
        # (the toll right before it: "killing 10 and injuring 31 others, all of them civilians" is
        # of the wounded)
        before = before[-1:] if before and before[-1].status == "killed" else []
    if found is None or patterns["except"].search(low, found.end()):
        return None
    who = found.group("who").strip()
    tolls = [m for m in before if m.role == "total" and m.party == "unspecified" and m.value and m.note in ("", VICTIMS)]
    # (a party of another side told in the same toll: "12 killed, three of them soldiers. All
    # were civilians" is no statement of all)
    if len(tolls) != 1 or any(m.party in ("attackers", "security") for m in before) \
            or len(who.split()) > 4 or patterns["not_all"].match(who):
        return None
    party, person = party_of_phrase(who)
    if not person or party not in ("civilians", "security"):
        return None  # (one side's word for all the dead as the other side is a claim: not read)
    toll = tolls[0]
    phrase = sentence.text[found.start():found.end()].strip(" ,")
    at = sentence.text.find(phrase)
    return CasualtyMention(toll.article_id, "killed", party, toll.value, toll.low, toll.high, toll.qualifier,
                           toll.incident, sentence.text, sentence.start + at, sentence.start + at + len(phrase),
                           sentence.index, phrase, "part", f"all of the {toll.value} killed", "included in the total")


def _cumulative(shadow: str, words: frozenset[bytes] | None = None) -> bool:
    """Whether a sentence gives cumulative statistics (``void_sentence``), once the periods of
    its comparisons are set aside: "the largest mass kidnapping in several years" is no count
    over several years."""
    lex = _lexicon()

    def void(text: str) -> bool:
        # (the words of a text with its comparisons blanked are some of the sentence's)
        return lex.void_sentence_search.search(text, words) if words is not None \
            else lex.void_sentence.search(text) is not None

    if not void(shadow):
        return False
    comparison = _comparison()
    if comparison.search(shadow) is None:
        return True
    return void(comparison.sub(lambda m: " " * len(m.group()), shadow))


def _void_window(window: str) -> bool:
    """``void.search(window)``, tried only where the window's words allow a match."""
    lex = _lexicon()
    return lex.void_gate.allows_words(letters_only(window).split()) and lex.void.search(window) is not None


def _negation_hits(text: str, words: frozenset[bytes]) -> list[_Hit]:
    hits: list[_Hit] = []
    lex = _lexicon()
    # the words of the patterns rule out most sentences; then one search for all the patterns
    if words.isdisjoint(lex.negation_words) or not lex.negation_gate.allows(words):
        return hits
    low = fold(text)
    if not lex.any_negation.search(low):
        return hits
    seen: set[tuple[str, int]] = set()
    for pattern, statuses, party_only in lex.negations:
        for m in pattern.finditer(low):
            np = m.group("np") if "np" in pattern.groupindex else None
            party, person = party_of_phrase(np) if np else ("unspecified", False)
            if party_only and (party == "unspecified" or not person):
                continue  # "no word on whether ... was killed": no party's people
            for status in statuses:
                if (status, m.start()) in seen:
                    continue  # "did not cause any casualties": two patterns, one statement
                seen.add((status, m.start()))
                # a party's zero ("no civilian casualties") is that party's, no total
                hits.append(_Hit(None, 0, 0, 0, "exact", status, party, "total" if party == "unspecified" else "part",
                                 m.start(), m.end(), "negation"))
    return hits


def _attackers_total_hits(text: str, words: frozenset[bytes] | None = None) -> list[_Hit]:
    lex = _lexicon()
    shadow, at = masked(text, words)
    if not at or not (lex.attackers_total_search.search(shadow, words) if words is not None
                      else lex.any_attackers_total.search(shadow)):
        return []  # every pattern needs a countable number (NUM)
    for pattern in lex.attackers_total:
        m = pattern.search(shadow)
        if m:
            n = at.get(m.start("num"))
            if n is not None and n.value:
                return [_hit(n, "group_size", "attackers", m.start(), m.end(), role="total")]
    return []


def sentence_mentions(doc: Document, sentence: Sentence, incident: str) -> list[CasualtyMention]:
    """Casualty mentions of one sentence of ``doc`` (group size mentions have status "group_size"
    in their note and are not returned here)."""
    return [_to_mention(doc, sentence, h, incident) for h in _sentence_hits(sentence.text)]


def _to_mention(doc: Document, sentence: Sentence, h: _Hit, incident: str) -> CasualtyMention:
    # positional, in the order of CasualtyMention's fields (built for every hit: a keyword call
    # costs more); derived_from is None
    text, start = sentence.text, sentence.start
    return CasualtyMention(doc.article_id, h.status, h.party, h.value, h.low, h.high, h.qualifier, incident,
                           text, start + h.start, start + h.end, sentence.index, text[h.start:h.end],
                           h.role, None, h.note)


def _note_counts_before(mentions: list[CasualtyMention], index: int, note: str) -> bool:
    """Give ``note`` to the counts (not yet noted) of the nearest of the two sentences before
    sentence ``index`` that tells any; whether one does."""
    for back in (1, 2):
        told = [m for m in mentions if m.sentence_index == index - back and m.value is not None and m.note != "negation"]
        if told:
            for m in told:
                if not m.note or note == RETRACTED and m.note == UNCONFIRMED:  # (a claim, then "It was false.")
                    m.note = note
            return True
    return False


# a sentence that denies the figure told just before it: "That is not correct.", "That number is wrong."
_WRONG_WORDS = frozenset({b"correct", b"wrong", b"false", b"incorrect", b"inaccurate", b"untrue", b"true", b"fake", b"hoax", b"holds", b"hold", b"held", b"stands", b"stand",
                          b"withdrew", b"retracted", b"deleted", b"corrected"})
_DENIED_NEXT = re.compile(r"\W*(?:[a-z .]{1,30}:\s*)?(?:no[.,]\s+)?(?:(?:that|this|the|those|these)\s+(?:[a-z]+\s+)?(?:is|was|are|were|'s|’s)\s+"
                          r"(?:not\s+(?:correct|true|accurate|right)|wrong|false|incorrect|inaccurate|untrue|fake|a\s+(?:fake|hoax))\b"
                          # "It was false." (a sentence of its own: not "it was false to say ...")
                          r"|(?:but\s+)?it\s+(?:was|is|proved|turned\s+out)\s+(?:to\s+be\s+)?(?:false|fake|untrue|a\s+(?:fake|hoax|fabrication))\s*(?:[.;]|$)"
                          # "Neither claim holds up.", "The figure does not hold up."
                          r"|(?:neither|none)\s+(?:of\s+(?:the|these|those)\s+)?(?:claims?|figures?|reports?|counts?)\s+(?:holds?|held|stands?|stood)\s+up\b"
                          r"|(?:the|that|this|his|her|its)\s+(?:claim|figure|report|count)\s+(?:does|did)\s*(?:not|n[’']t)\s+(?:hold|stand)\s+up\b"
                          # "The station withdrew the report about an hour later and apologised"
                          r"|(?:the|it|he|she|they)\s+(?:[a-z]+\s+)?(?:later\s+)?(?:withdrew|retracted|deleted|corrected)\s+(?:the|its|that|this|his|her|their)\s+"
                          r"(?:report|figure|claim|post|story|tweet|statement|number|toll|count)\b)")
# the same denial after a semicolon of the sentence that told the figures: "...; neither was true",
# "...; both were false", "...; it was false"
_DENIED_AFTER = re.compile(r";\s*(?:(?:neither|none)\s+(?:of\s+(?:them|these|those|it)\s+)?(?:was|were|is|are|proved|turned\s+out)\s+"
                           r"(?:to\s+be\s+)?(?:true|correct|accurate)\b|(?:both|all)\s+(?:of\s+them\s+)?(?:were|are|proved|turned\s+out)\s+"
                           r"(?:to\s+be\s+)?(?:false|wrong|untrue|incorrect)\b|(?:it|this|that)\s+(?:was|is|proved)\s+(?:to\s+be\s+)?"
                           r"(?:false|untrue|wrong|incorrect)\s*(?:[.;]|$))")
_ENEMY_IDIOM = re.compile(r"\b(?:destroyed|neutrali[sz]ed|liquidated|eliminated|annihilated)\b", re.IGNORECASE)
_CONFIRM_WORDS = frozenset({b"confirmed", b"verified", b"unconfirmed", b"unverified", b"uncorroborated",
                            b"unsubstantiated", b"unverifiable", b"unproven", b"corroborated", b"substantiated"})
# (and the words of "Nothing we have seen supports those figures")
_CONFIRM_NEXT_WORDS = _CONFIRM_WORDS | {b"supports", b"support", b"corroborates", b"confirms", b"bears", b"evidence"}
_EARLY_WORDS = _CONFIRM_WORDS | {b"believe", b"think", b"guess", b"suppose", b"reckon", b"feel",
                                 b"early", b"earlier", b"initial", b"first", b"preliminary", b"initially",
                                 b"originally", b"reported", b"missing", b"unaccounted", b"given", b"circulating",
                                 b"circulated", b"headline", b"viral", b"rumoured", b"rumored", b"rumours", b"rumors", b"rumour", b"rumor", b"heard", b"claiming",
                                 b"alleging", b"purporting", b"claim", b"claims", b"posted", b"posts", b"post", b"claimed", b"tweeted", b"forums", b"forum",
                                 b"tweets", b"boast", b"boasts", b"boasted", b"boasting", b"supports", b"corroborates", b"nothing",
                                 b"reconciled", b"inflated", b"inflates", b"inflating", b"exaggerated", b"exaggerates",
                                 b"exaggerating", b"overstated", b"overstates", b"overstating", b"padded", b"pads", b"padding",
                                 b"above", b"excess"}


# one side's own tally of the enemies it killed, told in the first person: "Our commandos killed
# thirteen enemies", "Our boys killed five of them" (a fighter's word, not a count; an army's "our
# troops" is left to its own idioms)
_OWN_SIDE_AGENT = re.compile(
    r"\bour\s+(?:[\w\-]+\s+){0,2}?(?:boys|fighters|commandos|mujahideen|mujahids|lions|brothers|heroes|warriors|"
    r"comrades|youths?|cadres|combatants|militiamen)\s+(?:have\s+|had\s+)?(?:also\s+)?$", re.IGNORECASE)
_OWN_SIDE_KILLS = re.compile(r"(?:killed|shot\s+dead|slaughtered|eliminated|neutrali[sz]ed|liquidated|wiped\s+out|"
                             r"finished\s+off|executed)\b", re.IGNORECASE)
_OWN_SIDE_WORDS = frozenset({b"our"})
# a community's own count, told in the first person: '"Seventeen of our people were killed," the
# chairman said' (beside the toll as it stands, not the report's toll)
_OUR_PEOPLE = re.compile(r"\bour\s+(?:own\s+)?(?:people|members|brothers|sisters|community|villagers|kinsmen|sons|"
                         r"faithful|worshippers|parishioners)\b", re.IGNORECASE)
_DEAD_AFTER = re.compile(r"\s*(?:people\s+)?(?:dead|killed|deaths?|fatalities|lives)\b", re.IGNORECASE)
# a toll that names no deaths ("the revised toll of 13"), not "the death toll"
_BARE_TOLL = re.compile(r"(?<!\bdeath\s)(?<!\bdeath-)\btoll\b(?![\s\-]+of\s+(?:the\s+)?dead\b)", re.IGNORECASE)


def extract_casualties(doc: Document, scope: IncidentScope) -> CasualtyResult:
    """All casualty mentions of ``doc`` (main and background) and the main-incident figures."""
    result = CasualtyResult()
    group_sizes: list[CasualtyMention] = []
    negations: list[CasualtyMention] = []
    low_hits: dict[int, list[_Hit]] = {}  # the hits of each sentence read
    retracts = False  # whether the article retracts a figure of its own
    revisions: list[CasualtyMention] = []  # tolls revised down or corrected ("revised ... down to six")
    rises: list[CasualtyMention] = []  # tolls risen, of no party named ("the number of martyrs has risen to 13")
    risen: list[CasualtyMention] = []  # every toll told as risen ("The number of injured has risen to 29")
    found_again: list[CasualtyMention] = []  # missing people told as back ("has since returned to his unit")
    low = fold(doc.text)
    letters = letters_only(low)
    lex = _lexicon()
    clauses = scope.clauses
    nationality_words = _nationality_word_set()
    nationals: set[bytes] = set()  # the nationality words of the report ("filipino", "greeks")
    for sentence in doc.sentences:
        incident = scope.incident_of(sentence.index)
        # a clause that tells an earlier event has its own incident ("..., two weeks after an
        # attack on a mosque killed 20")
        at = partial(scope.incident_at, sentence.index) if sentence.index in clauses else None
        # the sentence's words rule out most patterns before any is searched
        words = frozenset(letters[sentence.start:sentence.end].split())
        if not words.isdisjoint(nationality_words):
            nationals |= words & nationality_words
        read = lex.status_gate.allows(words)
        if read and sentence.index < 16 and VERSION_NOTE.match(sentence.text):
            # a wire's note of what its version changes ("UPDATES toll to 11 from at least 9, adds
            # prosecutor statement, detained suspect"): its figures are the story's, told below
            read = False
        hits = _gated_hits(sentence.text, words) if read else []
        if read and sentence.index > 0 and all(h.value == 1 and h.note in ("one person", ONE_NAMED) for h in hits) \
                and (nth := _bare_ordinal_death(sentence.text)) is not None:
            # "Six people lay dead. A seventh, bartender X, died in hospital on Sunday": the
            # dead reached seven (exactly, right after a count of six)
            if any(h.status == "killed" and h.value == (nth.value or 0) - 1 for h in low_hits.get(sentence.index - 1, [])):
                nth.qualifier, nth.high = "exact", nth.value
            hits = [nth]
        if not hits and sentence.index - 1 in low_hits and (lead := _AMONG_THEM.match(sentence.text)) is not None:
            # "15 people were killed. Among them are four members of the security forces, ...":
            # the people of the sentence before, by its status
            hits = _among_them_hits(sentence.text, lead, low_hits[sentence.index - 1])
            read = read or bool(hits)
        if not read and not words.isdisjoint(_SUICIDE_WORDS):
            # "The shooter later took his own life": no status word, the attacker's death
            _attacker_suicide(_masked(sentence.text)[0], hits)
            read = bool(hits)
        if not hits and (before_hits := low_hits.get(sentence.index - 1)) \
                and all(h.status == "killed" for h in before_hits) \
                and _EXCLUSION_WORDS.search(low, sentence.start, sentence.end):
            # "27 people were killed. The figure excludes the five attackers": read against the
            # toll of the sentence before (which may not be of the dead)
            shadow, numbers_at = _masked(sentence.text)
            hits = _excluded_attackers(lex, shadow, numbers_at, {}, after_killed=True)
            read = read or bool(hits)
        if hits and (low[sentence.start:sentence.start + 12].lstrip(" \"“‘'(").startswith(_COUNTING_LEADS)
                     or b"includes" in words or b"including" in words or b"included" in words or b"counts" in words):
            _attackers_counted_after(_masked(sentence.text)[0], hits, low_hits.get(sentence.index - 1))
        if read:
            if hits and b"not" in words and any(h.note == RETRACTED for h in hits):
                retracts = True  # "Twelve people, not 15 as previously reported, were killed"
            if hits and lex.retracted_gate.allows(words):
                shadow = masked(sentence.text)[0]
                for h in hits:
                    if (h.number is not None or h.value) and (lex.retracted.search(shadow, max(0, h.start - 160), h.start)
                                                 or lex.retracted_after.match(shadow, h.end)):
                        h.note = RETRACTED
                        retracts = True
            if hits and not words.isdisjoint(_EARLY_WORDS):
                shadow = masked(sentence.text)[0]
                before_note = ""
                for h in hits:
                    if (h.number is not None or h.value and h.status in ("killed", "wounded")) and (
                            h.note in ("", "one person", ONE_NAMED, VICTIMS, PRECEDING_PARTY) and (
                            lex.unconfirmed_before.search(shadow, max(0, h.start - 80), h.start)
                            or lex.unconfirmed_after.match(shadow, h.end))
                            # "inflated the toll to 11 soldiers killed and more than 15 wounded": the
                            # figure that goes on with the doubted one's party is as doubtful
                            or h.note == PRECEDING_PARTY and before_note == UNCONFIRMED):
                        h.note = UNCONFIRMED  # "12 dead, a count that was never confirmed"
                    before_note = h.note
            if hits and not words.isdisjoint(_OWN_SIDE_WORDS):
                shadow = masked(sentence.text)[0]
                for h in hits:
                    if h.status == "killed" and h.note in ("", VICTIMS, SUBJECT_PARTY) and _OWN_SIDE_KILLS.match(shadow, h.start) \
                            and _OWN_SIDE_AGENT.search(shadow, max(0, h.start - 60), h.start):
                        h.note = UNCONFIRMED
            if hits and b"toll" in words and (before := low_hits.get(sentence.index - 1)) \
                    and all(h.status == "wounded" for h in before):
                for h in hits:
                    if h.status == "killed" and _BARE_TOLL.search(sentence.text[h.start:h.end]) \
                            and not _DEAD_AFTER.match(sentence.text, h.end):
                        # "Police had said nine people were injured. The revised toll of 13 includes
                        # two children": a toll of no deaths, after the injured, is of the injured
                        h.status = "wounded"
            if hits and any(h.party == "unspecified" for h in hits) and (" were " in sentence.text or " was " in sentence.text):
                for h in hits:
                    said = _SAID_TO_BE.match(sentence.text, h.end) if h.party == "unspecified" else None
                    if said is not None and _PEOPLE_NOUN_END.search(sentence.text, h.start, h.end):
                        # "the bodies of the three people the army says were NPA fighters", "the
                        # bodies of 18 men they said were attackers" (the span may take in "they")
                        party, person = party_of_phrase(said.group("np"))
                        if person and party != "unspecified":
                            h.party, h.role = party, "part"
            if hits and any(h.party == "unspecified" for h in hits) and (lead := _SIDE_LEAD.match(sentence.text)) \
                    and (side_party := _lead_party(lead)) is not None:
                for h in hits:
                    if h.party == "unspecified" and h.start > lead.end() \
                            and (_BARE_COUNT.match(sentence.text, h.start) or _GENERIC_COUNT.match(sentence.text, h.start)):
                        h.party, h.role, h.note = side_party, "part", h.note or "party from the side named"
            if hits and sentence.index > 0 and any(h.party == "unspecified" for h in hits) \
                    and (side_party := _side_named_before(doc, sentence.index)) is not None:
                # "On the attackers' side, the numbers are unknowable. The army says 34 were
                # killed and one captured": the side the sentence before names
                for h in hits:
                    if h.party == "unspecified" and side_party != "unspecified" and _BARE_COUNT.match(sentence.text, h.start):
                        h.party, h.role, h.note = side_party, "part", h.note or "party from the side named"
                        if h.status == "killed" and side_party == "attackers" \
                                and _LEFT_OUT_SIDE.match(doc.sentences[sentence.index - 1].text):
                            h.note = NOT_IN_TOTAL  # left out of the toll told before: added to it
            if hits and sentence.index - 1 in low_hits and _HIS_DEATH_RAISES.match(sentence.text):
                # "X, wounded on Saturday, had succumbed. His death raises the number of people
                # killed to eight": that death is inside the toll
                for m in result.mentions:
                    if m.sentence_index == sentence.index - 1 and m.status == "killed" \
                            and m.note in (LATER_DEATH, ONE_NAMED, "one person") \
                            and any(h.status == "killed" and (h.value or 0) > (m.value or 0) for h in hits):
                        m.note, m.role = "included in the total", "part"
            if hits and sentence.index > 0 and b"been" in words and not words.isdisjoint(_CONFLICT_WORDS) \
                    and _CONFLICT_SINCE.search(doc.sentences[sentence.index - 1].text):
                # "..., which has waged an insurgency in the province since October 2017. Monitors
                # say more than 6,000 people have been killed in the violence": the conflict's toll
                hits = [h for h in hits if not (h.status == "killed" and _KILLED_IN_IT.match(sentence.text, h.start))]
                if not hits:
                    continue
            before = low_hits.get(sentence.index - 1)
            if before and any(h.role == "total" and not h.note and h.party == "unspecified" for h in hits):
                _some_of_them(_masked(sentence.text)[0], hits, before)
            if b"the" in words and not words.isdisjoint(_REVISE_WORDS):
                for h in hits:
                    if h.kind in ("sf", "toll") and h.trig != REVISION \
                            and _REVISED_BEFORE.search(low, max(sentence.start, sentence.start + h.start - 40), sentence.start + h.start):
                        h.trig = REVISION  # "revised the toll to fifteen soldiers killed", "corrected the death toll"
            if len(hits) > 1 and any(h.trig == REVISION for h in hits):
                for prev, h in zip(hits, hits[1:]):
                    if prev.trig == REVISION and h.trig != REVISION and h.status != prev.status \
                            and h.number is not None and _LIST_GAP.match(sentence.text, prev.end, h.start):
                        # "revised the toll to fifteen soldiers killed and thirteen wounded": the
                        # wounded are revised too
                        h.trig = REVISION
            for h in hits:
                if h.status == "missing" and h.note in ("", "one person", ONE_NAMED) and h.value == 1 \
                        and _BACK_FROM_MISSING.search(sentence.text, max(0, h.start - 20)):
                    # "A soldier who had been reported missing ... walked into the patrol base":
                    # missing no more
                    h.note = FOUND
                elif h.status == "missing" and h.note in ("", "one person") and (
                        _OF_THE_BEFORE.match(sentence.text[:h.start]) and _ACCOUNTED_AFTER.search(sentence.text, h.end)
                        # "Three people reported missing ... have been located", "Two soldiers initially
                        # reported missing ... were among the nine identified dead"
                        or _RESOLVED_AFTER.match(sentence.text, h.end)):
                    # "Of the seven people reported unaccounted for on 13 March, two were found dead
                    # and three have returned home": the missing accounted for since
                    h.note = FOUND
                elif h.status == "killed" and not h.note and not words.isdisjoint(_PRESUMED_WORDS) \
                        and _PRESUMED.search(sentence.text, h.start, h.end + 40):
                    # "at least two rebels were believed killed, based on blood trails"
                    h.note = UNCONFIRMED
                if (h.party == "security" or h.qualifier == "up_to") and h.status == "killed" and not h.note \
                        and _ENEMY_IDIOM.search(sentence.text, h.start, h.end):
                    # "up to 30 Tajik servicemen were destroyed"; a ceiling is a claim's too: "Up to
                    # 40 militants and foreign mercenaries were neutralised"
                    h.note = ENEMY_LOSSES
                if h.kind == "pronoun" and h.status in ("killed", "wounded", "captured") and sentence.index > 0 \
                        and _attacker_before(doc.sentences[sentence.index - 1].text,
                                             sentence.text[h.start:h.end].split()[0].lower(),
                                             low_hits.get(sentence.index - 1), h.status):
                    h.party = "attackers"
                result.mentions.append(_to_mention(doc, sentence, h, incident if at is None else at(h.start)))
                if h.note == FOUND:
                    found_again.append(result.mentions[-1])
                if h.trig == REVISION:
                    revisions.append(result.mentions[-1])
                elif h.trig == RISE:
                    risen.append(result.mentions[-1])
                    if h.party == "unspecified":
                        rises.append(result.mentions[-1])
            low_hits[sentence.index] = hits
        if (b"all" in words or b"both" in words) and (party_all := _all_of_one_party(sentence, result.mentions)) is not None:
            result.mentions.append(party_all)
        if b"missing" in words and any(h.status == "missing" for h in low_hits.get(sentence.index, ())) \
                and (every := _ALL_MISSING_FOUND.search(sentence.text)) is not None:
            # "... and two pilgrims missing; by evening police had traced both missing pilgrims to
            # a hospital": the missing told before in the sentence are missing no more
            for m in result.mentions:
                # (the count of the finding too: "both missing pilgrims")
                if m.sentence_index == sentence.index and m.status == "missing" and m.start - sentence.start < every.end() \
                        and m.note in ("", UNCONFIRMED, PRECEDING_PARTY, REVISED):
                    m.note = SUPERSEDED
        if b"missing" in words and not any(h.status == "missing" for h in low_hits.get(sentence.index, ())) \
                and _BACK_FROM_MISSING.search(sentence.text) and _THE_MISSING_ONE.search(sentence.text):
            # "The missing soldier has since returned to his unit": one missing person, back
            one = _THE_MISSING_ONE.search(sentence.text)
            back = _BACK_FROM_MISSING.search(sentence.text, one.start())  # type: ignore[union-attr]
            clause = sentence.text[one.start():back.end()] if back is not None else ""  # type: ignore[union-attr]
            found_again.append(CasualtyMention(doc.article_id, "missing", "unspecified", 1, 1, 1, "exact", incident,
                                               sentence.text, sentence.start, sentence.end, sentence.index,
                                               phrase=clause, note=FOUND))
            result.mentions.append(found_again[-1])
        if (b"confirmed" in words or b"denied" in words or b"false" in words or b"retracted" in words) \
                and (told := _DEATHS_WITHDRAWN.search(low, sentence.start, sentence.end)) is not None:
            # "'Information about the liquidation of one of the attackers was not confirmed,' the
            # statement said": an earlier report's count, withdrawn (read across reports)
            n = word_value(told.group("n")) or 0
            result.mentions.append(CasualtyMention(doc.article_id, "killed", "attackers", n, n, n, "exact", incident,
                                                   sentence.text, sentence.start, sentence.end, sentence.index,
                                                   phrase=doc.text[told.start():told.end()], note=WITHDRAWN))
        if b"toll" in words and b"be" in words and (told := _CLAIM_NOT_A_TOLL.search(sentence.text)) is not None:
            # the claim, withdrawn across reports (and in this one: "GCS says 112 were neutralised")
            n = int(told.group("n").replace(",", ""))
            for m in result.mentions:
                if m.status == "killed" and m.party == "attackers" and m.value == n and m.note in ("", UNCONFIRMED):
                    m.note = WITHDRAWN
            result.mentions.append(CasualtyMention(doc.article_id, "killed", "attackers", n, n, n, "exact", incident,
                                                   sentence.text, sentence.start + told.start(), sentence.start + told.end(),
                                                   sentence.index, phrase=told.group(), note=WITHDRAWN))
        if (sentence.index - 1 in low_hits or sentence.index - 2 in low_hits) \
                and not words.isdisjoint(_CONFIRM_NEXT_WORDS) and lex.unconfirmed_next.match(low, sentence.start, sentence.end):
            # "That figure has not been confirmed.": the counts of the nearest sentence before
            _note_counts_before(result.mentions, sentence.index, UNCONFIRMED)
        if (sentence.index - 1 in low_hits or sentence.index - 2 in low_hits) and not words.isdisjoint(_WRONG_WORDS) \
                and _DENIED_NEXT.match(low, sentence.start, sentence.end):
            # "Q: ... a county supervisor posted that at least 10 people were killed. Is that wrong?"
            # / "CHIEF: That is not correct. The number is seven": the figure before is denied
            retracts = _note_counts_before(result.mentions, sentence.index, RETRACTED) or retracts
        if ";" in sentence.text and sentence.index in low_hits and not words.isdisjoint(_WRONG_WORDS) \
                and (denial := _DENIED_AFTER.search(low, sentence.start, sentence.end)) is not None:
            # "posts claimed that three people had been killed and that the attacker had been shot
            # dead; neither was true": the counts before the semicolon are retracted
            for m in result.mentions:
                if m.sentence_index == sentence.index and m.start < denial.start() and m.value is not None \
                        and (not m.note or m.note in (UNCONFIRMED, VICTIMS, ONE_NAMED, "one person")):
                    m.note = RETRACTED
                    retracts = True
        if not words.isdisjoint(lex.negation_words):  # one of them is in every negation
            for h in _negation_hits(sentence.text, words):
                negations.append(_to_mention(doc, sentence, h, incident if at is None else at(h.start)))
                # "No one was killed, a fire department official said": the negated verb has no
                # victim in the speaker after it
                result.mentions = [m for m in result.mentions if not (
                    m.sentence_index == sentence.index and m.note in ("one person", ONE_NAMED) and m.value == 1
                    and m.status == h.status and m.start >= negations[-1].start)]
        # the size of the attacking group is read in main-incident sentences that name a group
        # or an attack (_GROUP_HINT)
        # (a sentence read above has its numbers at hand: without one, no group size)
        if incident == MAIN and lex.group_gate.allows(words) \
                and (not read or _masked(sentence.text)[1]) \
                and _GROUP_HINT.search(low, sentence.start, sentence.end) is not None \
                and _GROUP_AROUND.search(low, sentence.start, sentence.end) is None:
            for h in _attackers_total_hits(sentence.text, words):
                if at is None or at(h.start) == MAIN:
                    group_sizes.append(_to_mention(doc, sentence, h, incident))
    result.mentions.extend(negations)
    if retracts:
        _mark_retracted(result.mentions)
    for rev in revisions:
        # "Police had initially said seven people were killed. A spokeswoman later revised the
        # number of dead down to six": the earlier count of that status is superseded
        for m in result.mentions:
            if m.sentence_index < rev.sentence_index and m.status == rev.status and m.incident == rev.incident \
                    and m.party in (rev.party, "unspecified") and m.role == rev.role and m.value is not None \
                    and m.value != rev.value and m.note in ("", VICTIMS, UNCONFIRMED, PRECEDING_PARTY):
                m.note = SUPERSEDED
    for back in found_again:
        # "One soldier was missing ... The missing soldier has since returned": the count before
        # is past (not "One guard remains unaccounted for. A second guard ... was found alive")
        if _ANOTHER_ONE.search(back.phrase or back.sentence):
            continue
        for m in result.mentions:
            # (a count told after it is past too when it is an earlier report's: "The army earlier
            # said ... one soldier was missing")
            if (m.sentence_index < back.sentence_index
                or m.sentence_index > back.sentence_index and _EARLIER_REPORT.search(m.sentence)) \
                    and m.status == "missing" and m.incident == back.incident \
                    and m.value is not None and m.value <= (back.value or 1) and m.note in ("", UNCONFIRMED, "one person", PRECEDING_PARTY) \
                    and not _STILL.search(m.sentence):
                m.note = SUPERSEDED
    for rise in risen:
        # "Update: 7 dead. ... The toll has risen to 9 killed.": the lower counts told before a
        # toll that rose are past (a feed's or a running story's earlier figures)
        for m in result.mentions:
            if m.sentence_index < rise.sentence_index and m.status == rise.status and m.incident == rise.incident \
                    and m.party in (rise.party, "unspecified") and m.role == rise.role and m.value is not None \
                    and rise.value is not None and m.value < rise.value and m.note in ("", VICTIMS, UNCONFIRMED):
                m.note = SUPERSEDED
    for rise in rises:
        # "... the martyrdom of twelve of our heroes from the army. ... The number of martyrs from
        # our forces has risen to thirteen": the count of the one party told before, risen
        earlier = [m for m in result.mentions if m.sentence_index < rise.sentence_index and m.status == rise.status
                   and m.incident == rise.incident and m.value is not None and not m.note]
        parties = {m.party for m in earlier}
        if len(parties) == 1 and (party := next(iter(parties))) in SIDES \
                and all((m.value or 0) < (rise.value or 0) for m in earlier) \
                and not (party == "attackers" and _TOLL_OF_ATTACK.search(rise.phrase)):
            # (not the attackers' count for the toll of an attack: "police killed three militants
            # ... The death toll from the 7 March attack on the mosque rose to 32")
            rise.party, rise.role = party, "part"
    main = [m for m in result.mentions if m.incident == MAIN]
    if not any(m.status == "kidnapped" for m in main):
        for m in main:
            if m.status == "released" and not m.note and _RESCUED_NOT_HELD.search(m.phrase):
                # "Twenty-eight people were rescued" from a ship hit by a missile: saved, not freed
                # from captivity (no one is told taken)
                m.note = RESCUED
    if len(nationals) > 1:
        _nationality_parts(main)
    if " colleagues" in doc.text or " comrades" in doc.text:
        _colleagues_party(main)
    key = _sole_dated_incident(result.mentions, scope) if not _counts(main) else None
    if key is not None:
        # Nothing is counted on the main date and one dated incident carries every count: the
        # article is a later report on that incident (a follow-up, a commentary), which is then
        # its subject.
        main = [m for m in result.mentions if m.incident == key]
    result.group_sizes = group_sizes
    result.figures, result.checks = compute_figures(main, group_sizes)
    if key is not None:
        label = scope.labels.get(key, "")
        result.checks.insert(
            0, f"no casualties on the main date; figures are those of {key}" + (f" ({label})" if label else "")
        )
    return result


@lru_cache(maxsize=1)
def _nationality_words() -> re.Pattern[str]:
    words = load_data("casualty_parties.yaml")["nationalities"]
    return re.compile(rf"\b({alternation([str(w) for w in words])})(?:e?s)?\b")


@lru_cache(maxsize=1)
def _nationality_word_set() -> frozenset[bytes]:
    """The last word of each nationality and its plurals, as a sentence's word set has them."""
    last = {str(w).split()[-1] for w in load_data("casualty_parties.yaml")["nationalities"]}
    return frozenset(f"{w}{end}".encode() for w in last for end in ("", "s", "es"))


# the words right after a count's phrase, where its noun may stand ("the two injured Filipinos")
_NEXT_TWO_WORDS = re.compile(r"(?:\s+[A-Za-z\-]+){1,2}")
# "Of the 17 Filipino crew members on board, two died, ...": the sentence counts within one
# nationality
_OF_THE_NATIONALS = re.compile(r"^\W*of\s+(?:the|its|their)\s+(?:\S+\s+)?")


_COLLEAGUES = re.compile(r"\b(?:of\s+)?(?:their|his|her)\s+(?:(?:fellow|police|army)\s+)?(?:colleagues|comrades|comrades-in-arms)\b",
                         re.IGNORECASE)


def _colleagues_party(main: list[CasualtyMention]) -> None:
    """A count of "their colleagues" ("He confirmed that two gendarmes were killed. Four of their
    colleagues were wounded.") takes the party of the nearest count before it, in its sentence
    or the one before, that names one (changed in place)."""
    for i, m in enumerate(main):
        if m.party != "unspecified" or m.value is None or not _COLLEAGUES.search(m.phrase):
            continue
        before = next((o for o in reversed(main[:i]) if o.party != "unspecified"
                       and m.sentence_index - 1 <= o.sentence_index <= m.sentence_index), None)
        if before is not None:
            m.party, m.role = before.party, "part"


def _nationality_parts(main: list[CasualtyMention]) -> None:
    """A main-incident count of one nationality that is some of its status's people, not all
    (note ``SOME_OF``; changed in place), where the report also counts that status without a
    nationality ("three crew members died"): a count of "Of the 17 Filipino crew members, two
    died, two were injured", or one of two nationalities counted for the same status ("two
    Filipino seafarers were killed" ... "one Vietnamese crew member had been killed"). Read in a
    report that names two nationalities or more."""
    pattern = _nationality_words()

    def own(m: CasualtyMention) -> set[str]:
        at = m.phrase_start()
        found = {x.group(1) for x in pattern.finditer(fold(m.phrase))}
        if at is not None:  # the noun right after: "the two injured Filipinos"
            after = _NEXT_TWO_WORDS.match(m.sentence, at + len(m.phrase))
            found |= {x.group(1) for x in pattern.finditer(fold(after.group()))} if after else set()
        return found

    def whole(m: CasualtyMention) -> set[str]:
        opening = _OF_THE_NATIONALS.match(fold(m.sentence))
        return {x.group(1) for x in pattern.finditer(fold(m.sentence[: opening.end() + 30]))} if opening else set()

    counted = [(m, own(m), whole(m)) for m in main
               if m.value is not None and m.note not in (RETRACTED, "negation")]
    plain = {m.status for m, found, of in counted if not found and not of}
    per_status: dict[str, set[str]] = defaultdict(set)
    for m, found, _ in counted:
        per_status[m.status] |= found
    for m, found, of in counted:
        if m.status not in plain or m.note not in ("", "one person", ONE_NAMED):
            continue
        if any(o.sentence_index == m.sentence_index and o.status == m.status and f - found
               for o, f, _ in counted if o is not m):
            continue  # a list of nationalities: "two Filipino and one Vietnamese seafarers died"
        if len(found) == 1 and len(per_status[m.status]) > 1 or not found and len(of) == 1:
            m.note, m.role = SOME_OF, "part"


def _mark_retracted(mentions: list[CasualtyMention]) -> None:
    """Each mention that tells a retracted count again (the entry that gave it: before the
    retraction, or after it in a live blog's newest-first order) gets note ``RETRACTED`` too: same
    status and value, and the same party or none ("11 people were killed" ... "not 11 but nine
    villagers")."""
    retracted = [m for m in mentions if m.note == RETRACTED]
    for m in mentions:
        # (of any party, told just before: "its forces had killed 11 terrorist elements. These 11
        # deaths are a separate event ... and should not be added to its toll")
        if m.note in ("", VICTIMS, "one person") and any(
                r.status == m.status and r.value == m.value and (m.party in (r.party, "unspecified") or (
                    r.party == "unspecified" and m.sentence_index == r.sentence_index - 1)) for r in retracted):
            m.note = RETRACTED


def _whole_list(killed: list[CasualtyMention], total: Figure | None) -> bool:
    """Whether the parts told inside the total ("among the dead were ...") name everyone it
    counts: "among the dead were 41 police officers, a cleric and 17 civilians" of 59 dead; "15
    dead, including five fighters" and "the dead also included 10 civilians"."""
    if total is None or not total.value or total.derivation:
        return False  # (a total summed from the list itself says nothing of those not named)
    # each party's parts per sentence and kind ("the dead included 10 civilians, among them four
    # children and two women": the children and women are inside the 10)
    told: dict[tuple[str, int, str | None], int] = defaultdict(int)
    for m in killed:
        if m.note in (SOME_OF, "included in the total"):
            told[m.party, m.sentence_index, m.note] += m.value or 0
    largest: dict[str, int] = {}  # each party's largest count (a part may be told twice)
    for (party, _, _), value in told.items():
        largest[party] = max(largest.get(party, 0), value)
    return sum(largest.values()) == total.value


def _rest_of_total(value: int, total: CasualtyMention, killed: list[CasualtyMention]) -> int | None:
    """What the victims' parts told inside a total ("21 were killed, among them 14 civilians and
    three soldiers") leave of it (4), or None where the total's sentence names no such part."""
    inner = [m.value or 0 for m in killed if m.sentence_index == total.sentence_index
             and m.note == "included in the total" and m.party in ("security", "civilians")]
    return value - sum(inner) if inner and sum(inner) < value else None


# The note of a fighter killed, wounded or taken by a state's strike or raid.
STRIKE_TARGETS = "targets of the state's strike, not attackers"


def as_targets_of(result: CasualtyResult, state: str, judged_by: str = "") -> CasualtyResult:
    """``result`` of an incident whose doer is ``state``'s forces (an airstrike, a raid): the
    fighters it killed, wounded or took ("five fighters from an Iran-backed group") are its
    targets, not the attackers; they count among the victims, by no party. The figures are
    computed again, with a check that says so (``judged_by``: where the doer was judged, when
    not in this text)."""
    if any(c.startswith("no casualties on the main date") for c in result.checks):
        return result  # the figures are another incident's, whose doer is not judged here
    moved = [m for m in result.mentions if m.incident == MAIN and m.party == "attackers"
             and m.status in ("killed", "wounded", "captured")]
    if not moved:
        return result
    for m in moved:
        m.party, m.role = "unspecified", "part"
        m.note = m.note or STRIKE_TARGETS
    main = [m for m in result.mentions if m.incident == MAIN]
    figures, checks = compute_figures(main, result.group_sizes)
    told = ", ".join(dict.fromkeys(f"{m.value} {m.status} ({m.phrase!r})" for m in moved if m.value))
    checks.insert(0, f"the doer is the {state}{f' ({judged_by})' if judged_by else ''}: fighters it hit "
                     f"are counted among the victims, "
                     f"not as attackers" + (f": {told}" if told else ""))
    return CasualtyResult(result.mentions, figures, checks, result.group_sizes)


def with_claimants(result: CasualtyResult, claimants: tuple[str, ...]) -> CasualtyResult:
    """``result`` with the figures computed again where ``claimants`` (names of the groups the
    article names as perpetrators, found by the attribution stage, often unknown to the
    gazetteer: "Ansar al-Gourma's claim of 47 soldiers killed") make a figure the group's own
    claim that the gazetteer's names alone did not; unchanged otherwise."""
    if not claimants or any(c.startswith("no casualties on the main date") for c in result.checks):
        return result
    main = [m for m in result.mentions if m.incident == MAIN]
    if not any(m.value and _is_claim(m.sentence, m.phrase_start(), claimants)
               and not _is_claim(m.sentence, m.phrase_start()) for m in main):
        return result
    figures, checks = compute_figures(main, result.group_sizes, claimants)
    return CasualtyResult(result.mentions, figures, checks, result.group_sizes)


def _counts(mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    return [m for m in mentions if m.value and m.note != "negation"]


def _sole_dated_incident(mentions: list[CasualtyMention], scope: IncidentScope) -> str | None:
    """The only dated background incident with counts, when it lies within
    ``PROMOTE_WITHIN_MONTHS`` before the main date (a follow-up report, not history)."""
    keys = {m.incident for m in _counts(mentions) if m.incident != MAIN}
    if len(keys) != 1:
        return None
    (key,) = keys
    main_date, date = scope.dates.get(MAIN), scope.dates.get(key)
    if not main_date or not date or len(date) != 7:
        return None
    months = (int(main_date[:4]) - int(date[:4])) * 12 + int(main_date[5:7]) - int(date[5:7])
    return key if 0 <= months <= PROMOTE_WITHIN_MONTHS else None


# An article with no casualties on its main date takes the figures of its only dated incident
# when that incident is at most this many months older (see extract_casualties).
PROMOTE_WITHIN_MONTHS = 3


def _some_civilians(phrase: str) -> bool:
    """Whether ``phrase`` counts its people by a civilian noun other than "civilians" ("four
    children", "six worshippers"): some of the civilians, where "15 civilians" are all of them."""
    words = _WORD.findall(phrase.lower())
    return bool(words) and words[-1] not in ("civilian", "civilians") \
        and _lexicon().party_of.get(words[-1]) == "civilians"

# "the number of attackers " right before a status word
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+(?P<np>[a-z’'\-]+(?:\s+[a-z’'\-]+)?)\s+$")

# a group known to be about, not the one that attacked: "intelligence had indicated the presence
# of a group of up to six foreign terrorists in the area"
_GROUP_AROUND = re.compile(r"\b(?:presence\s+of|(?:operating|active|hiding|roaming|holed\s+up)\s+in\s+the\s+"
                           r"(?:area|region|forests?|hills|mountains|district))\b")
_GROUP_HINT = re.compile(
    r"\b(?:detachment|group|band|gang|unit|squad|team|cell|column|contingent|commando|party|"
    r"storm\w*|attack\w*|raid\w*|ambush\w*|assault\w*|burst|opened|crossed|took part|participated|"
    r"numbering|numbered)\b"
)


def _evidence(mentions: list[CasualtyMention]) -> list[Evidence]:
    return _unique([m.evidence() for m in mentions])


def _unique(evidence: list[Evidence]) -> list[Evidence]:
    """Evidence spans in order, each once."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for e in evidence:
        key = (e.article_id, e.start, e.end)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _plus(name: str, base: Figure, added: int, evidence: list[Evidence], qualifier: str, how: str = "") -> Figure:
    """``base`` (a stated total) with ``added`` people told apart from it: "12 + 3 = 15", with
    ``how`` after the added count and the evidence of both."""
    v = base.value or 0
    return Figure(name, v + added, qualifier, v + added, v + added if qualifier == "exact" else None,
                  _unique(base.evidence + evidence), f"{v} + {added}{how} = {v + added}")


def _figure(name: str, mentions: list[CasualtyMention], value: int, derivation: str | None = None,
            qualifier: str | None = None) -> Figure:
    if len(mentions) == 1:
        only = mentions[0]
        low = only.low if only.low is not None else value
        high = only.high if qualifier in (None, only.qualifier) else (value if qualifier == "exact" else None)
        return Figure(name, value, only.qualifier if qualifier is None else qualifier, low, high,
                      [only.evidence()], derivation)
    if qualifier is None:
        at_least = any(m.qualifier in ("at_least", "more_than") for m in mentions)
        # "some two dozen guests and staff were dead, along with three officers": about 27
        qualifier = "at_least" if at_least else "about" if any(m.qualifier == "about" for m in mentions) \
            else "exact"
    high = value if qualifier == "exact" else None
    return Figure(name, value, qualifier, value, high, _evidence(mentions), derivation)


def _victims_make_the_total(side_parts: list[tuple[str, tuple[int, list[CasualtyMention]]]],
                            stated: tuple[int, list[CasualtyMention]] | None, value: int | None,
                            attackers: list[CasualtyMention]) -> bool:
    """Whether the victims' parties sum to the total stated, the ``attackers`` killed told in
    other sentences: "the deaths of eleven people ... The dead are ten soldiers and the bus
    driver" and, apart, "two of the attackers were killed" (eleven victims, the attackers outside
    them)."""
    victims = [v for p, (v, _) in side_parts if p != "attackers"]
    if stated is None or not victims or not attackers or value != sum(victims):
        return False
    told = {m.sentence_index for m in stated[1]}
    return not any(m.sentence_index in told for m in attackers)


def _per_party(mentions: list[CasualtyMention]) -> tuple[int, list[CasualtyMention]]:
    """A party's count: summed within a sentence, the largest sentence across sentences
    (the same deaths are usually repeated, not new), plus the later deaths among the wounded."""
    if len(mentions) == 1 and mentions[0].note != "included in the total":
        return mentions[0].value or 0, mentions  # the usual case: what the loop below returns
    later = [m for m in mentions if m.note == LATER_DEATH]
    if later and len(later) < len(mentions):
        # "Four soldiers were killed. A wounded soldier later died": one more than the count told
        value, used = _per_party([m for m in mentions if m.note != LATER_DEATH])
        return value + sum(m.value or 0 for m in later), used + later
    by_sentence: dict[int, list[CasualtyMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence_index, []).append(m)
    if len(by_sentence) > 1 and (bottom := [i for i, ms in by_sentence.items() if _BOTTOM_LINE.match(ms[0].sentence)]):
        # the report's own summing-up line ("- Confirmed dead: 22 inmates") over the counts it
        # reports of others, as for a total
        by_sentence = {bottom[-1]: by_sentence[bottom[-1]]}
    best: tuple[int, list[CasualtyMention]] = (-1, [])
    for index in sorted(by_sentence):
        # "six civilians, including five women and a man": the inclusions are not added to
        # the container of the same party
        own: list[CasualtyMention] = []
        inner: list[CasualtyMention] = []
        own_sum = inner_sum = 0
        for m in by_sentence[index]:
            if m.note == WITHIN_PART:
                continue  # already counted by the part that holds it
            if m.note == "included in the total":
                inner.append(m)
                inner_sum += m.value or 0
            else:
                own.append(m)
                own_sum += m.value or 0
        total, used = (own_sum, own) if own_sum >= inner_sum else (inner_sum, inner)  # own on a tie
        if total > best[0] or (total == best[0] and _hedged(used) and not _hedged(best[1])):
            # the same count told bare ("jihadists kill 15 soldiers", a headline) and hedged
            # ("killed at least 15 soldiers"): the hedge holds for both
            best = (total, used)
    return best


def _party_rival(mentions: list[CasualtyMention], used: tuple[int, list[CasualtyMention]]
                 ) -> tuple[int, list[CasualtyMention]] | None:
    """Another exact count of one party that a sentence other than the counted ones states ("the
    army said four soldiers had been killed" beside the monitor's six): the latest such, with each
    mention of it, or None.
    Parts of a count, deaths told as later and single victims are no rival counts."""
    value, counted = used
    if not all(m.qualifier == "exact" for m in counted):
        return None  # "at least 6" holds a 4 told elsewhere
    sentences = {m.sentence_index for m in counted}
    rival = [m for m in mentions if m.sentence_index not in sentences and m.qualifier == "exact"
             and m.value and m.value != value and not m.note]
    if not rival or len({m.sentence_index for m in mentions if m.sentence_index not in sentences}) \
            != len({m.sentence_index for m in rival}):
        return None  # a sentence that tells a part or a later death: no plain rival
    last = max(rival, key=lambda m: m.sentence_index).value or 0
    return last, [m for m in rival if m.value == last]


_HEDGES = ("at_least", "more_than", "about")
_SINGLE_NOTES = ("one person", ONE_NAMED)  # a victim counted one by one


def _hedged(mentions: list[CasualtyMention]) -> bool:
    return any(m.qualifier in _HEDGES for m in mentions)


@lru_cache(maxsize=4096)
def _is_claim(sentence: str, at: int | None = None, claimants: tuple[str, ...] = ()) -> bool:
    """Whether the figure at offset ``at`` of ``sentence`` gives the perpetrator group's own claim
    ("X claimed responsibility, saying its fighters had killed 30 soldiers"), as the
    reconciliation classifies it (clause by clause: "..., an official said, while X claimed 30");
    ``claimants``: group names the article's attribution found, beside the gazetteer's."""
    try:
        from .groups import find_groups, group_kind
        from .reconcile import source_kind
    except ImportError:  # pragma: no cover - reconcile.py is another engineer's
        return False
    # the non-state groups the sentence names may speak ("al Shabaab claims 30 dead")
    groups = sorted({g.surface for g in find_groups(sentence) if g.known and group_kind(g.canonical) != "state"}
                    | set(claimants), key=len, reverse=True)
    return source_kind(sentence, groups, at)[0] == "group claim"


def _without_claims(counted: list[CasualtyMention], claimants: tuple[str, ...] = ()) -> list[CasualtyMention]:
    """``counted`` without the figures of the group's own claim that another figure of the
    document counts for the same status and party (or as a total) without claiming it: "X said
    its fighters had killed 30 soldiers" yields to "the army said 17 soldiers died"."""
    if len(counted) < 2:
        return counted  # no other figure to yield to
    sentences: dict[str, set[int]] = defaultdict(set)
    for m in counted:
        sentences[m.status].add(m.sentence_index)
    # only a status counted in two sentences or more can have a claim and another figure
    contested = {i for indexes in sentences.values() if len(indexes) > 1 for i in indexes}
    if not contested:
        return counted
    claimed = [m.sentence_index in contested and _is_claim(m.sentence, m.phrase_start(), claimants)
               for m in counted]
    if not any(claimed):
        return counted
    kept = []
    for m, claim in zip(counted, claimed):
        if claim and m.value and any(
            not other_claim and n.value and n.status == m.status
            and (n.party == m.party or "unspecified" in (n.party, m.party))
            for n, other_claim in zip(counted, claimed)
        ):
            continue
        kept.append(m)
    return kept


# Parts of different parties add up only when told near each other (within this many sentences):
# far apart they usually belong to different clashes of a long report.
PARTS_WINDOW = 3


def _near_parts(
    side_parts: list[tuple[str, tuple[int, list[CasualtyMention]]]], told: list[CasualtyMention]
) -> list[tuple[str, tuple[int, list[CasualtyMention]]]]:
    """The parts of the first cluster of nearby sentences (the earliest part's cluster). A part
    stands in every sentence that tells its count (``told``: the status's mentions), not only the
    one it is taken from: the headline's "14 soldiers" is also the lede's."""
    if len(side_parts) < 2:
        return side_parts
    where = [{m.sentence_index for m in ms}
             | {m.sentence_index for m in told if m.party == party and m.role == "part" and m.value == value}
             for party, (value, ms) in side_parts]
    first = min(range(len(side_parts)), key=lambda i: min(where[i]))
    keep, reach = {first}, set(where[first])
    grew = True
    while grew:  # (a handful of parties: the fixed point comes in a pass or two)
        grew = False
        for i, indexes in enumerate(where):
            if i not in keep and any(abs(a - b) <= PARTS_WINDOW for a in indexes for b in reach):
                keep.add(i)
                reach |= indexes
                grew = True
    return [side_parts[i] for i in sorted(keep)]


# How a check names the one part that exceeds a stated total.
_PART_WORDS = {"attackers": "the attackers", "security": "the security forces", "civilians": "the civilians",
               "unspecified": "the people counted apart", "_one": "the victims named one by one"}
# the parties of the parts of a status, with the key of each side's whole count (inclusions too)
_BY_PARTY = (("attackers", "by:attackers"), ("security", "by:security"), ("civilians", "by:civilians"),
             ("unspecified", ""))
_SIDE_KEYS = (*SIDES, "unspecified", "_one")  # the keys of a status's parts that add up


def _victims_floor(apart: list[Figure], floor: int = 0, total: Figure | None = None) -> Figure:
    """The victims killed, at least the parties counted ``apart`` (security forces, civilians)
    and at least ``floor`` (``total``'s value, whose evidence stands when no party is counted)."""
    summed = sum(f.value or 0 for f in apart)
    v = max(summed, floor)
    evidence = [e for f in apart for e in f.evidence] or (list(total.evidence) if total else [])
    return Figure("killed_victims", v, "at_least", v, None, _unique(evidence),
                  " + ".join(str(f.value) for f in apart) + f" = {v}" if len(apart) > 1 and v == summed else None)


# figures told but set aside, each with the check line that says why
_SET_ASIDE = {
    ALTERNATIVE: "{status}: the same sentence also gives {value} ({phrase}), another source's figure, not added",
    REVISED: "{status}: {value} ({phrase}) is an earlier figure that the same sentence revises, not added",
    SUPERSEDED: "{status}: {value} ({phrase}) is an earlier figure that the report later revises, not counted",
    QUESTIONED: "captured: {value} ({phrase}) held for questioning, not counted among the attackers captured",
    OTHER_OFFENCE: "captured: {value} ({phrase}) held for another offence (threats, posts), not counted among the "
                   "attackers captured",
    RESCUED: "released: {value} ({phrase}) rescued from the attack's danger; no one is told taken, so not hostages freed",
    RETRACTED: "{status}: {value} ({phrase}) is a figure the article retracts, not counted",
    WITHDRAWN: "{status}: {value} ({phrase}) is an earlier report's count the article says was withdrawn, not counted",
    FOUND: "{status}: {value} ({phrase}) found or back since, not counted as missing",
    SUBSET: "{status}: {value} ({phrase}) are some of a count told beside them, not added to it",
    ENEMY_LOSSES: "{status}: {value} ({phrase}) is one side's claim of the other's losses ('destroyed', "
                  "'neutralised'), not a count of the dead: not counted",
}


def compute_figures(
    mentions: list[CasualtyMention], group_sizes: list[CasualtyMention] | None = None,
    claimants: tuple[str, ...] = (),
) -> tuple[dict[str, Figure], list[str]]:
    """Per-document figures from main-incident mentions, with derivations, and consistency checks
    (``claimants``: group names whose own claims yield to other figures, beside the gazetteer's)."""
    figures: dict[str, Figure] = {}
    checks: list[str] = []
    if not mentions and not group_sizes:
        return figures, checks
    # one pass sorts the mentions: counts, other sources' figures, negations (the last one of a
    # status or party is kept)
    told: list[CasualtyMention] = []
    negated: dict[str, CasualtyMention] = {}
    accomplices: list[CasualtyMention] = []
    unconfirmed: list[CasualtyMention] = []
    # "no police officer was killed": that party's zero, where no figure of it is told
    party_zeros: dict[str, CasualtyMention] = {}
    for m in mentions:
        note = m.note
        if note == "negation":
            if m.party == "unspecified":
                negated[m.status] = m
            elif m.party in SIDES and m.status == "killed":
                party_zeros[m.party] = m
        elif note in _SET_ASIDE:
            checks.append(_SET_ASIDE[note].format(status=m.status, value=m.value, phrase=repr(m.phrase)))
        elif note == ACCOMPLICES and m.value is not None:
            accomplices.append(m)
        elif note == UNCONFIRMED and m.value is not None:
            unconfirmed.append(m)
        elif m.value is not None:
            told.append(m)
    for m in unconfirmed:
        # a count the text says is not confirmed yields to another of its status and party
        # (or to a count of another party: "one driver killed ... The claim that five soldiers
        # were killed is uncorroborated" adds no soldiers to the dead)
        other = next((n for n in told if n.status == m.status and n.party == m.party and n.value != m.value), None) \
            or (negated.get(m.status) if m.party == "unspecified" and m.status in ("killed", "wounded") else None) \
            or next((n for n in told if n.status == m.status and m.party != "unspecified" and n.party != m.party), None) \
            or next((n for n in told if n.status == m.status and n.party != m.party
                     and n.sentence_index != m.sentence_index and n.value and (n.value or 0) < (m.value or 0)), None)
        if other is not None:
            checks.append(f"{m.status}: {m.value} ({m.phrase!r}) is an early or unconfirmed figure, the text "
                          f"says; {other.value} ({other.phrase!r}) is counted")
        else:
            told.append(replace(m, note=""))
    # people held for their help are not among the attackers captured, told or not (a man who
    # sold the rifle, a driver who sheltered the gunmen)
    checks.extend(f"captured: {m.value} ({m.phrase!r}) held as suspected accomplices, not counted "
                  "among the attackers captured" for m in accomplices)
    counted = _without_claims(told, claimants)
    by_status: dict[str, list[CasualtyMention]] = {}
    for m in counted:
        if m.status == "released" and m.party == "attackers":
            continue  # suspects or prisoners let go: no hostages freed
        by_status.setdefault(m.status, []).append(m)
    if len(by_status.get("missing", ())) > 1:
        # the missing as they stand after some were found ("That leaves four still missing out of
        # the 13 originally unaccounted for"): the count still missing, told after the first one
        missing = by_status["missing"]
        still = [m for m in missing if _STILL_MISSING.search(m.phrase)]
        if still and (still[-1].sentence_index, still[-1].start) > (missing[0].sentence_index, missing[0].start) \
                and all((m.value or 0) <= max((x.value or 0) for x in missing) for m in still):
            latest = max(m.sentence_index for m in still)
            kept = [m for m in missing if m.sentence_index > latest or m.sentence_index == latest and m in still]
            checks.extend(f"missing: {m.value} ({m.phrase!r}) is an earlier count; {kept[0].value} still missing"
                          for m in missing if m not in kept and m.value and m.value != kept[0].value)
            by_status["missing"] = kept

    party_rivals: dict[str, tuple[int, list[CasualtyMention]]] = {}  # another count of a party, by its key

    def status_summary(status: str) -> dict[str, tuple[int, list[CasualtyMention]]]:
        ms = by_status.get(status)
        parts: dict[str, tuple[int, list[CasualtyMention]]] = {}
        if not ms:
            return parts
        # One named or singular victim is often told twice in different words ("the murder of
        # Senator Galan", "Galan was killed"): such victims form one pool, counted per sentence.
        # One pass sorts the mentions (in their order) into the lists read below.
        whole_of: dict[str, list[CasualtyMention]] = {}  # parts of each party
        counted_of: dict[str, list[CasualtyMention]] = {}  # ... neither single nor included
        ones: list[CasualtyMention] = []
        numeric: list[CasualtyMention] = []
        totals: list[CasualtyMention] = []
        for m in ms:
            single = m.note in _SINGLE_NOTES and m.party != "attackers"
            included = m.note in ("included in the total", WITHIN_PART)
            if m.role == "part":
                whole_of.setdefault(m.party, []).append(m)
                if not single and not included:
                    counted_of.setdefault(m.party, []).append(m)
            elif m.role == "total":
                totals.append(m)
            if single:
                if not included:
                    ones.append(m)
            elif (m.value or 0) > 1:
                numeric.append(m)
        for party, by_party in _BY_PARTY:
            whole = whole_of.get(party)
            if whole is None:
                continue
            # inclusions ("17 killed, including 15 assailants") give party figures, never add
            # to the total
            pm = counted_of.get(party)
            if pm:
                parts[party] = _per_party(pm)
            if by_party:
                parts[by_party] = _per_party(whole)
                rival = _party_rival(whole, parts[by_party])
                if rival is not None:
                    # (no check of its own: a lower count is often a part or an earlier one;
                    # reconcile says when the article tells two speakers' counts apart)
                    party_rivals[by_party] = rival
        if ones and numeric:
            # a victim named apart from counted ones is usually one of them ("six Jesuits ...
            # Ellacuria was killed"); it adds only in the sentence that counts the others
            numbered = {m.sentence_index for m in numeric}
            ones = [m for m in ones if m.note != ONE_NAMED or m.sentence_index in numbered]
        if ones:
            # a person counted beside his party's number in a sentence whose number the party's
            # count does not use is of that sentence's tally ("killed eight personnel and a
            # driver ... Seven personnel and the driver died; a head constable died later": the
            # eight hold the head constable)
            chosen = {party: {m.sentence_index for m in parts[party][1]} for party, _ in _BY_PARTY if party in parts}
            ones = [m for m in ones if not (
                m.party in chosen and m.sentence_index not in chosen[m.party]
                and any(c.sentence_index == m.sentence_index for c in counted_of.get(m.party, ())))]
        if ones:
            parts["_one"] = _per_party(ones)
        if totals and totals[0].sentence_index == 0 and not totals[0].sentence.rstrip().endswith((".", "!", "?", '"', "”")):
            # "Ambush toll rises to 4" over "the number of government troops killed has risen to
            # four": the headline's toll is that side's, not every side's
            sides = {(m.value, m.party) for m in ms if m.role == "part" and m.sentence_index > 0
                     and m.party != "unspecified" and m.note not in _SINGLE_NOTES}
            totals = [m for m in totals if not (m is totals[0] and any(v == m.value for v, _ in sides)
                                                and not any(t.value == m.value for t in totals if t.sentence_index > 0))]
        if len(totals) > 1 and any(_OWN_COUNT.search(m.sentence, 0, m.phrase_start() or 0) for m in ms):
            # "we have documented 41 villagers killed ... The Fulani association has put the death
            # toll at 57": the report's own count stands, an association's total is not its toll
            totals = [m for m in totals if not _CLAIMANT_BEFORE.search(m.sentence, 0, m.phrase_start() or 0)] or totals
        if len(totals) == 1:  # the usual case: the one total, no two to compare
            parts["_total"] = (totals[0].value or 0, totals)
        elif totals:
            # A hedged ceiling ("up to 200") yields to a stated figure; otherwise the largest
            # (tolls rise as bodies are found).
            best = max(totals, key=lambda m: (m.qualifier != "up_to", m.value or 0, m.qualifier in _HEDGES,
                                              -m.sentence_index))
            # ... unless the report sums up its own count on a labelled line ("- Confirmed dead: 22
            # inmates", "Our best estimate: at least 22 killed"): its bottom line, over figures
            # it reports of others
            # (or its own count: "we have documented 41 villagers killed")
            bottom = [m for m in totals if m.qualifier != "up_to" and (
                _BOTTOM_LINE.match(m.sentence) or _OWN_COUNT.search(m.sentence, 0, m.phrase_start() or 0))]
            if bottom:
                best = bottom[-1]
            elif (_CLAIMANT_BEFORE.search(best.sentence, 0, best.phrase_start() or 0)
                  or _OUR_PEOPLE.search(best.sentence)) and (risen_totals := [
                    m for m in totals if m.qualifier != "up_to" and m.value and m.value != best.value
                    and _RISEN_TO.search(m.sentence[max(0, (m.phrase_start() or 0) - 30):(m.phrase_start() or 0)] + m.phrase)
                    and not _CLAIMANT_BEFORE.search(m.sentence, 0, m.phrase_start() or 0)]):
                # "the toll has risen to 41, local officials said" beside "the Fulani association,
                # which on Thursday said 57 people had been killed": the toll as it stands, not an
                # association's own count
                best = max(risen_totals, key=lambda m: (m.value or 0, -m.sentence_index))
            elif _INSISTS_BEFORE.search(best.sentence, 0, best.phrase_start() or 0):
                # "The NCA continues to insist that seven of its members were killed": a party's
                # contested assertion, not the report's own toll, where it tells one of its own
                own = [m for m in totals if m.qualifier != "up_to"
                       and not _INSISTS_BEFORE.search(m.sentence, 0, m.phrase_start() or 0)]
                if own:
                    best = max(own, key=lambda m: (m.value or 0, m.qualifier in _HEDGES, -m.sentence_index))
            # the same exact total told again ("toll rises to 14" in the headline, "... rose to
            # 14, hospital officials said") is evidence too: its sentence may name who says it
            same = [m for m in totals if m is not best and m.value == best.value
                    and m.qualifier == "exact"] if best.qualifier == "exact" else []
            parts["_total"] = (best.value or 0, [best, *same])
            exact = {m.value for m in totals if m.qualifier == "exact" and m.note not in _SINGLE_NOTES}
            # "27 killed ... Counting the five attackers, 32": one toll told two ways (without the
            # attackers' number, the lower toll is the victims', read below)
            attackers_in = parts["by:attackers"][0] if "by:attackers" in parts else None
            two_ways = best.note == WITH_ATTACKERS and status == "killed" and best.value is not None and (
                len(exact) == 2 and min(exact) < best.value if attackers_in is None
                else best.value - attackers_in in exact)
            if two_ways:
                exact = {best.value}
            # an exact total of another sentence that the one used leaves out: below a floor
            # ("21" beside "at least 25") or another number beside an exact one
            rivals = [m for m in totals if m.qualifier == "exact" and m.note not in _SINGLE_NOTES
                      and m.sentence_index != best.sentence_index and m.value is not None
                      and (m.value != best.value if best.qualifier == "exact"
                           else best.qualifier in ("at_least", "more_than", "about") and m.value < (best.value or 0))
                      and not (two_ways and attackers_in is not None and m.value == (best.value or 0) - attackers_in)]
            if rivals:
                rival = max(rivals, key=lambda m: (m.value, -m.sentence_index))
                parts["_rival"] = (rival.value or 0, [rival])
            if len(exact) > 1 or rivals and not two_ways:
                stated = ", ".join(str(v) for v in sorted(v for v in exact if v is not None))
                used = str(best.value) if best.qualifier == "exact" else \
                    f"{best.qualifier.replace('_', ' ')} {best.value}"
                if best.qualifier != "exact":
                    stated += f"; {used}"
                checks.append(f"{status}: different totals stated ({stated}); the figure uses {used}")
        return parts

    def total_figure(name: str, status: str, value: int, ms: list[CasualtyMention],
                     side_parts: list[tuple[str, tuple[int, list[CasualtyMention]]]]) -> Figure:
        """A stated total, or the sum of its parts where they exceed it (with a check)."""
        part_sum = sum(v for _, (v, _) in side_parts)
        if part_sum <= value:
            return _figure(name, ms, value)
        if len(side_parts) == 1 and side_parts[0][0] == "attackers" \
                and all(m.qualifier == "about" for m in side_parts[0][1][1]):
            # "the army had neutralised nearly eighty terrorists" beside "the toll rose to 17": an
            # estimate of the attackers' dead does not replace the toll told (a floor, "more than
            # fifty", still raises it)
            checks.append(f"{value} {status} stated; the attackers' dead, told as an estimate "
                          f"({part_sum}), are not added to it")
            return _figure(name, ms, value)
        if len(side_parts) > 1:
            terms = " + ".join(str(v) for _, (v, _) in side_parts)
            derivation, exceeds = f"{terms} = {part_sum}", f"the parts sum to {terms} = {part_sum}"
        else:  # one party's count alone is above the total: "6 killed" vs "nine soldiers died"
            who = _PART_WORDS.get(side_parts[0][0], "one part")
            derivation, exceeds = f"{who} alone: {part_sum}", f"{who} alone number {part_sum}"
        qual = ms[0].qualifier
        part_ms = [m for _, (_, pms) in side_parts for m in pms]
        own = {m.sentence_index for m in ms}
        if _BOTTOM_LINE.match(ms[0].sentence) and not any(m.sentence_index in own for m in part_ms):
            # the report's own summing-up line ("- Confirmed dead: 22") over the counts of others
            # it tells elsewhere
            checks.append(f"{value} {status} stated on the report's summing-up line, over {exceeds} told elsewhere")
            return _figure(name, ms, value)
        same = [p for p, (v, pms) in side_parts if v == value and not own & {m.sentence_index for m in pms}]
        if len(side_parts) > 1 and qual == "exact" and len(same) == 1 \
                and not any(m.sentence_index in own for m in part_ms):
            # "eleven attackers were killed ... autopsies on all eleven bodies": the count of one
            # party told again, in a sentence that names no party, not a total the parts exceed
            checks.append(f"{value} {status} stated, as many as {_PART_WORDS.get(same[0], 'one part')} "
                          f"counted apart: read as their count, not the total")
            return _figure(name, part_ms, part_sum, derivation)
        # ("more than fifty terrorists" alone above "four killed": at least 50, not 50)
        hedged = qual in ("at_least", "more_than") or any(m.qualifier in ("at_least", "more_than") for m in part_ms)
        # (one party's count above the total stated is a floor of it: the other parties' dead
        # are not told apart)
        floor = hedged or len(side_parts) == 1 and side_parts[0][0] in SIDES
        figure = _figure(name, ms + part_ms, part_sum, derivation, qualifier="at_least" if floor else "exact")
        if not any(m.sentence_index in own for m in part_ms) and any(
                _UPDATED_COUNT.search(m.sentence, 0, (m.phrase_start() or 0) + len(m.phrase)) for m in part_ms):
            # "The police said seven people had died ... That brings the number of worshippers
            # killed to 17": the report's count as it now stands, above a total it tells of others
            checks.append(f"{value} {status} stated, below the report's updated count ({part_sum}), which is used")
            return figure
        if any(_OWN_COUNT.search(m.sentence, 0, m.phrase_start() or 0) for m in part_ms):
            # "we have documented 41 villagers killed" over "Thirty-two bodies were buried": the
            # report's own count, not a disagreement with itself
            checks.append(f"{value} {status} stated, below the report's own count ({part_sum}), which is used")
            return figure
        if qual == "exact" or qual == "up_to":
            checks.append(f"{value} {status} stated, but {exceeds}")
            figure.contested = value  # the stated figure disagrees with its parts
            figure.contested_evidence = _evidence(ms)
        return figure

    # kidnapped_total, released_total and missing_total are briefing fields, not gold-format ones
    # (model.BRIEFING_FIELDS)
    for status, total_field in (("killed", "killed_total"), ("wounded", "wounded_total"),
                                ("kidnapped", "kidnapped_total"), ("released", "released_total"),
                                ("missing", "missing_total")):
        parts = status_summary(status) if status in by_status else {}
        if not parts and status not in negated and not (status == "killed" and party_zeros):
            continue  # nothing told of this status
        side_parts = _near_parts([(p, parts[p]) for p in _SIDE_KEYS if p in parts], by_status.get(status, []))
        if "unspecified" in parts and len(parts["unspecified"][1]) > 1:
            # "The number of soldiers killed has risen to 21 ... 'Seventeen of our brothers were
            # martyred at the base, and four more died in the hospital'": one party's count told
            # again in pieces in a sentence of its own, not more dead
            value, pieces = parts["unspecified"]
            told_in = {m.sentence_index for m in pieces}
            if len(told_in) == 1 and (parts.get("_total") or (value,))[0] == value and any(
                    p in SIDES and v == value and not told_in & {m.sentence_index for m in ms}
                    for p, (v, ms) in side_parts):
                side_parts = [(p, vm) for p, vm in side_parts if p != "unspecified"]
        if status == "killed" and "attackers" in parts and all(p != "attackers" for p, _ in side_parts) \
                and ("_total" not in parts or any(m.note == VICTIMS for m in parts["_total"][1])):
            # "Three officers and two civilians lost their lives. ... The police response left two
            # attackers dead": the attackers' deaths, told apart and later, add to their victims'
            # (also to a total of the victims alone: "15 were killed, not counting the attackers")
            side_parts = [*side_parts, ("attackers", parts["attackers"])]
        part_sum = 0
        part_mentions: list[CasualtyMention] = []
        for _, (v, pms) in side_parts:
            part_sum += v
            part_mentions += pms
        victims_figure = None
        victims_sum = False
        if "_total" in parts:
            value, ms = parts["_total"]
            told_apart = dict(side_parts).get("attackers") if status == "killed" else None
            # "21 were killed, among them 14 civilians and three soldiers. The four attackers were
            # also killed": 14 + 3 leave 4, the attackers' count: they are inside the 21
            inside = told_apart is not None and _rest_of_total(value, ms[0], by_status["killed"]) == told_apart[0]
            counts_attackers = status == "killed" and any(m.note == WITH_ATTACKERS for m in ms)
            if told_apart is not None and counts_attackers and not inside:
                # "The figure excludes the five attackers. Counting them, 32 people died"
                inside = True
                checks.append(f"killed: the {value} counts the attackers, told apart ({told_apart[0]}): "
                              f"they are inside it, not added")
            elif inside:
                checks.append(f"killed: the parts told with the {value} leave {told_apart[0]}, the "  # type: ignore[index]
                              f"attackers' count told apart: the attackers are inside the {value}, not added")
            if told_apart and not inside and (any(m.note == VICTIMS for m in ms) or all(
                    _ALSO.search(m.phrase) or m.note == NOT_IN_TOTAL for m in told_apart[1])) \
                    and not any(
                m.party == "attackers" and m.note == "included in the total"
                and m.sentence_index == ms[0].sentence_index for m in by_status["killed"]
            ):
                # "..., killing 12 people. All three bombers died", "12 people were killed. Three
                # attackers were also killed": the attackers' deaths are added to their victims
                victims = [(p, x) for p, x in side_parts if p != "attackers"]
                victims_figure = total_figure("killed_victims", status, value, ms, victims)
                qual = "at_least" if victims_figure.qualifier in ("at_least", "more_than") else (
                    "exact" if victims_figure.qualifier == "exact" else victims_figure.qualifier)
                figures[total_field] = _plus(total_field, victims_figure, told_apart[0], _evidence(told_apart[1]), qual,
                                             f" attacker{'s' if told_apart[0] != 1 else ''} {ATTACKERS_APART}")
            elif (outside := [(p, x) for p, x in side_parts
                              if p != "attackers" and all(m.note == NOT_IN_TOTAL for m in x[1])]):
                # "Nine people were injured. The two police officers hurt are not included in that
                # figure": 9 + 2
                within = total_figure(total_field, status, value, ms, [x for x in side_parts if x not in outside])
                figures[total_field] = _plus(total_field, within, sum(x[0] for _, x in outside),
                                             [e for _, x in outside for e in _evidence(x[1])], within.qualifier,
                                             f" {OUTSIDE_TOTAL}")
            else:
                figures[total_field] = total_figure(total_field, status, value, ms, side_parts)
                # (a total made of its parts, none of them the attackers', counts no attacker)
                victims_sum = status == "killed" and figures[total_field].value != value \
                    and len(side_parts) > 1 and all(p != "attackers" for p, _ in side_parts)
            fig = figures[total_field]
            if "_rival" in parts and fig.contested is None and fig.value == value:
                fig.other_total, rival_ms = parts["_rival"]
                fig.other_total_evidence = _evidence(rival_ms)
        elif side_parts:
            terms = " + ".join(str(v) for _, (v, _) in side_parts)
            floor = None
            if len(side_parts) == 1 and side_parts[0][0] in SIDES and status in ("killed", "wounded") \
                    and all(m.qualifier in ("exact", "at_least") for m in part_mentions):
                # "17 soldiers died" and no total: the other parties' dead are not told, so
                # the total is at least the one party's count (those taken or freed are
                # usually of one party: "64 pupils were abducted" is everyone taken)
                floor = "at_least"
            elif any(m.note == SOME_OF for m in part_mentions):
                floor = "at_least"  # "the dead include two policemen and four children": some of them
            # (one party's count as the floor of the total says so: "the attackers alone: 2")
            derivation = f"{terms} = {part_sum}" if len(side_parts) > 1 else \
                f"{_PART_WORDS.get(side_parts[0][0], 'one part')} alone: {part_sum}" if floor else None
            figures[total_field] = _figure(total_field, part_mentions, part_sum, derivation, qualifier=floor)
        elif status in negated:
            figures[total_field] = _figure(total_field, [negated[status]], 0)
        if status == "killed":
            for (party, by_party), name in zip(_BY_PARTY, ("killed_attackers", "killed_security",
                                                          "killed_civilians")):
                if by_party in parts:
                    v, ms = parts[by_party]
                    # "among the dead were two police officers": some of that party, not all;
                    # "the dead include four children": some of the civilians (unless the parts
                    # make up the toll told: then they name every party's dead)
                    some = (all(m.note == SOME_OF for m in ms) or party == "civilians" and all(
                        m.note in ("included in the total", SOME_OF) and _some_civilians(m.phrase) for m in ms)) \
                        and not _whole_list(by_status["killed"], figures.get("killed_total"))
                    figures[name] = _figure(name, ms, v, qualifier="at_least" if some else None)
                    if by_party in party_rivals:
                        # another speaker's count, maybe: reconcile reads who gives each
                        figures[name].other_total, rival_ms = party_rivals[by_party]
                        figures[name].other_total_evidence = _evidence(rival_ms)
                elif party in party_zeros:
                    figures[name] = _figure(name, [party_zeros[party]], 0)
                if name in figures and "_total" in parts and (figures[name].value or 0) > parts["_total"][0] \
                        and figures.get("killed_total") is not None and figures["killed_total"].value == parts["_total"][0] \
                        and _BOTTOM_LINE.match(parts["_total"][1][0].sentence):
                    # above the report's own summing-up line: another speaker's count of the same
                    # dead, which the line does not take up
                    checks.append(f"killed: {figures[name].value} of one party is another count than the "
                                  f"{parts['_total'][0]} of the report's summing-up line: not used")
                    del figures[name]
            total = figures.get("killed_total")
            attackers = figures.get("killed_attackers")
            if victims_figure is not None:
                figures["killed_victims"] = victims_figure
            elif total is not None:
                told = [m for m in counted if m.status == "killed" and m.party != "attackers"]
                apart = [f for f in (figures.get("killed_security"), figures.get("killed_civilians"))
                         if f is not None and f.value]
                if attackers is not None and attackers.value and not told and not negated.get("killed"):
                    pass  # only attackers are counted: victims are not reported (not 0)
                elif attackers is not None and attackers.value and "_total" not in parts \
                        and all(p == "attackers" for p, _ in side_parts) and apart:
                    # the total is the attackers' own count (the victims, told far from it, are
                    # left out of it): the victims are the parties counted apart, at least
                    figures["killed_victims"] = _victims_floor(apart)
                    v = figures["killed_victims"].value or 0
                    # and the total is at least both (told apart, they may be of two clashes:
                    # a floor, with its terms)
                    a = attackers.value or 0
                    figures["killed_total"] = Figure(
                        "killed_total", a + v, "at_least", a + v, None,
                        _unique(attackers.evidence + figures["killed_victims"].evidence),
                        f"{a} + {v} = {a + v}",
                    )
                elif attackers is not None and attackers.value and total.value is not None and (
                        attackers.value > total.value or (attackers.value == total.value and apart)):
                    # more attackers killed than the total (or as many, the total being theirs,
                    # with victims counted apart): the total counts others (the victims, or one
                    # party of them), not the attackers; the victims are at least it, or the
                    # parties counted apart (the attackers, told apart, may be of another clash:
                    # they are not added to it)
                    floor = total.value if attackers.value > total.value else 0
                    figures["killed_victims"] = _victims_floor(apart, floor, total)
                    if (figures["killed_victims"].value or 0) > total.value:
                        figures["killed_total"] = replace(figures["killed_victims"], field="killed_total")
                elif attackers is not None and attackers.value and side_parts \
                        and all(p in ("security", "civilians") for p, _ in side_parts) \
                        and total.value == sum(v for _, (v, _) in side_parts):
                    # the total is the sum of the victims' parties, the attackers not among its
                    # terms: it is the victims' count (nothing to take from it)
                    figures["killed_victims"] = replace(total, field="killed_victims", evidence=list(total.evidence))
                elif attackers is not None and attackers.value and len(side_parts) > 1 \
                        and all(p in ("attackers", "security", "civilians") for p, _ in side_parts) \
                        and total.value == sum(v for _, (v, _) in side_parts) \
                        and (victim_parts := [(v, pms) for p, (v, pms) in side_parts if p != "attackers"]):
                    # the total sums the attackers' count and the victims' parties: the victims are
                    # those parties' sum, with their own qualifiers (not the attackers' "about")
                    v = sum(pv for pv, _ in victim_parts)
                    figures["killed_victims"] = _figure(
                        "killed_victims", [m for _, pms in victim_parts for m in pms], v,
                        " + ".join(str(pv) for pv, _ in victim_parts) + f" = {v}" if len(victim_parts) > 1 else None)
                elif attackers is not None and attackers.value and (
                        victims_sum or _whole_list(by_status["killed"], total)
                        or _victims_make_the_total(side_parts, parts.get("_total"), total.value,
                                                   [m for m in by_status["killed"] if m.party == "attackers"])) \
                        and not any(m.party == "attackers" and m.note == "included in the total" for m in by_status["killed"]):
                    # "the toll rose to 12 ..., ten workers and two soldiers" and, told apart, "the
                    # bodies of four attackers": the toll's own parts are all victims, the attackers
                    # are outside it (so too when the parts, none the attackers', exceed the toll)
                    figures["killed_victims"] = replace(total, field="killed_victims", evidence=list(total.evidence))
                    figures["killed_total"] = _plus("killed_total", total, attackers.value, attackers.evidence,
                                                    "at_least" if total.qualifier != "exact" or attackers.qualifier != "exact"
                                                    else "exact", " attackers told apart")
                elif attackers is not None and attackers.value:
                    v = max((total.value or 0) - (attackers.value or 0), 0)
                    figures["killed_victims"] = Figure(
                        "killed_victims", v, total.qualifier, None, None,
                        _unique(total.evidence + attackers.evidence),
                        f"{total.value} - {attackers.value} = {v}",
                    )
                elif "_total" in parts and any(m.note == WITH_ATTACKERS for m in parts["_total"][1]):
                    rival = parts.get("_rival")
                    if rival is not None and total.value is not None and 0 < rival[0] < total.value:
                        # "The death toll rose to 27. Including the attackers, 32 people died": the
                        # other toll is the victims', the difference the attackers'
                        v, a = rival[0], total.value - rival[0]
                        figures["killed_victims"] = _figure("killed_victims", rival[1], v)
                        figures["killed_attackers"] = Figure(
                            "killed_attackers", a, total.qualifier, a, a if total.qualifier == "exact" else None,
                            _unique(total.evidence + _evidence(rival[1])), f"{total.value} - {v} = {a}")
                        checks.append(f"killed: the toll of {total.value} counts the attackers, the toll of "
                                      f"{v} does not: {a} attackers killed")
                    else:
                        # "Including the attackers, 32 people died", and how many attackers is
                        # not told: the victims are fewer, by how many is not known
                        checks.append(f"killed: the toll of {total.value} counts the attackers, whose number "
                                      f"is not told: the victims' count is not known")
                else:
                    # (with what the total's own article says against it: "31, per the doctors;
                    # the army's 34 civilians")
                    figures["killed_victims"] = replace(total, field="killed_victims", evidence=list(total.evidence))

    total, attackers = figures.get("killed_total"), figures.get("killed_attackers")
    if total is not None and attackers is not None and total.other_total is not None and total.value is not None \
            and attackers.value and total.other_total == total.value - attackers.value:
        # "We have sixteen dead: ..., three assailants" and "the morgue received 13 bodies": the
        # other count is the victims', the attackers left out of it, no rival toll
        checks.append(f"killed: {total.other_total} stated beside the {total.value} is the {total.value} without "
                      f"the {attackers.value} attackers: the victims' count, not another toll")
        total.other_total, total.other_total_evidence = None, []
    captured = status_summary("captured") if "captured" in by_status else {}
    cap_ms = [x for p in ("attackers", "unspecified", "_total") if p in captured for x in captured[p][1]]
    cap_value = max((captured[p][0] for p in ("attackers", "unspecified", "_total") if p in captured),
                    default=None) if captured else None
    if cap_value is not None:
        best = [m for m in cap_ms if m.value == cap_value][:1] or cap_ms
        figures["captured_attackers"] = _figure("captured_attackers", best, cap_value)

    if group_sizes:
        best = max(group_sizes, key=lambda m: m.value or 0)
        figures["attackers_total"] = _figure("attackers_total", [best], best.value or 0)
    ka, ca, at = figures.get("killed_attackers"), figures.get("captured_attackers"), figures.get("attackers_total")
    if ka is not None and ca is not None and ka.value and ca.value:
        accounted = (ka.value or 0) + (ca.value or 0)
        if at is None:
            figures["attackers_total"] = Figure(
                "attackers_total", accounted, "at_least", accounted, None,
                ka.evidence + ca.evidence, f"{ka.value} + {ca.value} = {accounted}",
            )
        elif at.value is not None and accounted > at.value and at.qualifier == "exact":
            checks.append(
                f"attackers: {ka.value} killed + {ca.value} captured = {accounted}, "
                f"more than the {at.value} stated"
            )
    # "Dozens of wounded people were taken to hospital ... a soldier sustained a gunshot wound": a
    # count too vague for a number leaves the parts told as a floor of the total, not all of it
    for m in mentions:
        if m.value is None and m.role == "total" and m.note in ("", VICTIMS):
            total_field = _TOTAL_FIELD.get(m.status)
            fig = figures.get(total_field) if total_field else None
            if fig is not None and fig.qualifier == "exact" and fig.value is not None \
                    and not any(e.sentence_index == m.sentence_index for e in fig.evidence):
                figures[total_field] = replace(fig, qualifier="at_least", high=None)
                checks.append(f"{m.status}: {m.phrase!r} counts more than the {fig.value} told apart, by how many "
                              "the text does not say: at least {fig.value}".replace("{fig.value}", str(fig.value)))
    return figures, checks


_TOTAL_FIELD = {"killed": "killed_total", "wounded": "wounded_total", "kidnapped": "kidnapped_total",
                "released": "released_total", "missing": "missing_total"}
