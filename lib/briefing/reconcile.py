"""Reconcile stage: the per-article extractions of a run → one incident picture.

For every main-incident count field, each source's figure (with qualifier, evidence and who the
figure is attributed to) is compared across sources; the result is a reconciled value with a
low–high range, an agreement status and a reason in plain words. Attribution statements are
combined into a judgment in ICD 203 estimative words; background incidents are listed apart and
never summed into the main incident; a timeline records when each figure or claim first appeared.

The rules are written down once, in :data:`METHOD`, and shipped with every summary so the
briefing's method note says exactly what the code did.

Public API: :func:`reconcile` → :class:`IncidentSummary` (``.to_json()`` for summary.json),
:func:`facts_table` (facts.csv); the parts, for tests and notebooks: :func:`reconcile_field`,
:func:`reconcile_attribution`, :func:`reconcile_background`, :func:`source_kind`,
:func:`format_figure`, :func:`stance_words`, :func:`mention_field`; constants :data:`METHOD`,
:data:`STATUSES`, :data:`FIELD_LABELS`, :data:`ICD203`.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from typing import Any

import pandas as pd

from .model import (
    ATTACKERS_APART,
    BRIEFING_FIELDS,
    MAIN,
    OUTSIDE_TOTAL,
    AttributionStatement,
    CasualtyMention,
    DocumentExtraction,
    Evidence,
    Figure,
)
from .attribution import DECOY_HEDGE, UNSUPPORTIVE, is_state_doer
from .casualties import ENEMY_LOSSES, FOUND, UNCONFIRMED, WITHDRAWN, CasualtyResult, as_targets_of, tells_another
from .groups import (
    canonical_group, casualty_party, described_as, find_groups, group_kind, is_generic_group, is_known_group, is_unnamed_group, joint_members,
    name_forms, plain_name,
)
from .text import Document, date_words, is_abbreviation

FIELD_LABELS: dict[str, str] = {
    "killed_total": "Killed (all parties)",
    "killed_victims": "Killed (victims, attackers excluded)",
    "killed_attackers": "Attackers killed",
    "killed_security": "Security forces killed",
    "killed_civilians": "Civilians killed",
    "wounded_total": "Wounded (all parties)",
    "captured_attackers": "Attackers captured",
    "attackers_total": "Attackers in the group",
    "kidnapped_total": "Kidnapped or abducted",
    "released_total": "Freed, released or rescued",
    "missing_total": "Missing",
}

# Field statuses. "claim only" = the only figure is the perpetrator group's own claim.
STATUSES = ("consistent", "conflicting", "updated", "single source", "claim only", "not reported")
KINDS = ("official", "group claim", "independent", "unknown")
# ICD 203 estimative scale, weakest to strongest.
ICD203 = (
    "almost no chance",
    "very unlikely",
    "unlikely",
    "roughly even chance",
    "likely",
    "very likely",
    "almost certainly",
)
# Totals whose derived value (a sum of reported parts) is only a floor: an unreported party
# could add to it.
TOTAL_FIELDS = ("killed_total", "killed_victims", "wounded_total", "attackers_total")

METHOD: list[str] = [
    "Sources: one source per article; wire copies and near-duplicates found by the loader are "
    "listed under their original and never count as corroboration, nor does a figure resting "
    "on word for word the same sentence as an earlier source's; articles that were not mined "
    "(e.g. a language the extractors do not read) contribute nothing.",
    "Only figures of the main incident are reconciled; figures of background incidents (earlier "
    "attacks mentioned as context) are listed apart and never added to the main incident; a "
    "main figure whose only evidence is a background sentence is left out with a warning.",
    "Who a figure comes from is read from its sentence, the speaker being the noun nearest a "
    "reporting word (said, according to, statement ...): 'official' for an authority (ministry, "
    "police, officials, government, army, governor ...) or 'official reports'; 'group claim' when "
    "the perpetrator group or its media (news agency, Amaq, spokesman) is the speaker; "
    "'independent' for hospitals, medics, monitors, witnesses, residents, the UN or rights "
    "groups; otherwise 'unknown'.",
    "A figure from the perpetrator group's own claim is shown beside the others but never "
    "merged into the reconciled value; when it is the only figure the field is 'claim only' "
    "and has no reconciled value.",
    "Qualifiers are read as ranges: 'at least N' = N or more, 'more than N' = above N, "
    "'about N' = within 10 % of N (at least ±1), 'up to N' = N or fewer, 'N to M' = N–M. "
    "A total derived by adding a source's reported parts (e.g. 15 + 2 = 17) is a floor for the "
    "total, since a party the source did not mention could add to it; derived figures are "
    "labelled as derived.",
    "Supersession: when a later-published article gives a different figure from the same kind "
    "of source (the same official body, or both official / both independent), or says the toll "
    "rose or was revised, the later figure supersedes the earlier one; the superseded figure is "
    "kept and the reason says so. A first count is superseded too when every later report (two or "
    "more, agreeing, none doubting its own figure; a floor at or below it takes no side) puts it "
    "higher, or when the reports of its own day and at least one later report do so; a first "
    "count of the dead or wounded yields to later reports that all put it higher even where they "
    "differ among themselves (tolls rise as the dead are counted); an official's count of the "
    "attackers killed or captured still stands against them.",
    "Agreement: the remaining figures are consistent when their ranges overlap (equal exact "
    "figures, or a floor at or below an exact figure); the reconciled value is then the common "
    "figure, with its qualifier ('at least' when only floors are reported).",
    "Conflict: when figures contradict each other the reconciled value is the most conservative "
    "credible figure (the lowest, as ACLED does) and the range runs from the lowest to the "
    "highest figure reported (as UCDP's low / high estimates do); the reason names who said what. "
    "An article that states a figure and counts more in its parts (64 abducted, then 71 girls taken, "
    "by another speaker) disagrees with itself: the field is then conflicting too, its own two "
    "figures in the range, and such an article updates no earlier one.",
    "Partial counts: a source's total below the count another source states for one part of it "
    "(1 killed in all where another source counts 31 attackers killed) counts only some of the "
    "dead; it is named in the reason and left out of the reconciled total.",
    "One source only → 'single source'; one figure left after it superseded the others → "
    "'updated' when the count changed (the superseded figures are listed); no source → 'not reported' (no value: never 0).",
    "Attribution: the main group is the one most sources name as perpetrator (claimed, "
    "attributed, stated as fact, suspected or possible), ties broken by the strongest stance. Per "
    "source, its claim status (claimed / not claimed / silent) with the publication date; when "
    "one article says both, its later sentence wins. Across sources the latest dated status wins "
    "(a claim over a 'not claimed' of the same date). Competing groups are other groups that "
    "are claimed or blamed (attributed, suspected); groups merely named are listed, not counted.",
    "Confidence in ICD 203 words: claimed by the group and blamed by others (authorities, "
    "officials, experts: not the headline or the article's author) → almost certainly; claimed "
    "only → very likely; attributed with a stated basis (e.g. interrogation), or by two or "
    "more sources → likely; attributed by one source without basis, or only suspected / "
    "possible → roughly even chance; a denial by the group, a competing claim, or (failing "
    "that) outside sources blaming another group lowers the confidence one step, and the "
    "judgment says who blames whom; no group named → no judgment.",
    "Incident date: each source's own date for the main incident, read from its lede: a stated "
    "date ('on 6 November'), or a day counted back from its publication date or dateline "
    "('on Wednesday', 'yesterday', 'on the eve'); dates of statements ('said on Wednesday') are "
    "not incident dates. Sources that agree → consistent; when they disagree the date most "
    "sources give wins (ties: the earliest) and the briefing says so; no source dates it → the "
    "incident is placed no later than the first report.",
    "Timeline: the main incident, dated background incidents, each article's publication, and "
    "the first appearance of each reconciled figure and of each attribution stance.",
]


# ----------------------------------------------------------------------------- records


@dataclass
class SourceValue:
    """One source's figure for one field (value None when the source does not report it)."""

    article_id: str
    outlet: str | None
    published: str | None
    value: int | None
    qualifier: str
    low: int | None
    high: int | None
    evidence: list[Evidence]
    derivation: str | None
    kind: str  # one of KINDS: who the figure is attributed to, read from its sentence
    body: str | None = None  # the authority's head noun ("ministry", "police") when named
    contested: int | None = None  # the other figure the same article states for it (Figure.contested)
    contested_kind: str = "unknown"  # who states that other figure (kind, body as above)
    contested_body: str | None = None
    contested_total: bool = False  # the other figure is a total of another sentence, not parts
    contested_evidence: list[Evidence] = field(default_factory=list)  # where the other figure is stated
    unconfirmed: bool = False  # the article's only figure is one it says it could not confirm

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # asdict converts the nested Evidence records too


@dataclass
class FieldReconciliation:
    """One main-incident count field across all sources."""

    field: str
    label: str
    per_source: list[SourceValue]
    value: int | None
    low: int | None
    high: int | None
    qualifier: str
    status: str  # one of STATUSES
    reason: str
    superseded: list[SourceValue]
    derived: bool = False  # the reconciled value rests on derived figures only
    # the perpetrator group's own figures that a source quotes beside its own: shown, not merged
    claims: list[SourceValue] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "label": self.label,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "status": self.status,
            "reason": self.reason,
            "derived": self.derived,
            "per_source": [s.to_dict() for s in self.per_source],
            "superseded": [s.to_dict() for s in self.superseded],
            "claims": [s.to_dict() for s in self.claims],
        }


@dataclass
class AttributionJudgment:
    """Who did it, across sources, with ICD 203 confidence words."""

    group: str | None
    claimed: bool | None
    per_source: list[dict[str, Any]]
    competing: list[str]
    confidence_words: str
    judgment: str
    reason: str
    claim_status: list[dict[str, Any]] = field(default_factory=list)  # per source, by date
    related: list[str] = field(default_factory=list)  # branches / parents of the main group
    # individuals named as the attacker, merged across sources: name, by (who identifies him),
    # sources, evidence; and the sentences that say he acted alone
    attackers: list[dict[str, Any]] = field(default_factory=list)
    alone: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "attackers": [{**a, "evidence": [e.to_dict() for e in a["evidence"]]} for a in self.attackers],
            "alone": [e.to_dict() for e in self.alone],
            "group": self.group,
            "claimed": self.claimed,
            "confidence_words": self.confidence_words,
            "judgment": self.judgment,
            "reason": self.reason,
            "competing": list(self.competing),
            "related": list(self.related),
            "claim_status": [dict(c) for c in self.claim_status],
            "per_source": [
                {**p, "evidence": [e.to_dict() for e in p["evidence"]]} for p in self.per_source
            ],
        }


@dataclass
class BackgroundIncident:
    """An incident the articles mention as context, merged across sources."""

    key: str
    label: str
    date: str | None
    mentions: list[CasualtyMention]
    attributions: list[AttributionStatement]
    sources: list[str]
    # "incident" when its sentences name a violent event or carry figures / attributions;
    # "reference" for other dated context (a decree, a war of the 1990s, "I wrote in 2018").
    kind: str = "incident"

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "date": self.date,
            "kind": self.kind,
            "sources": list(self.sources),
            "mentions": [m.to_dict() for m in self.mentions],
            "attributions": [a.to_dict() for a in self.attributions],
        }


@dataclass
class TimelineEvent:
    """A dated point of the timeline: the incident, a background incident or a report."""

    date: str | None
    kind: str  # "incident" | "background" | "report" (a publication) | "figure" (first report
    # of a figure or claim, or an update of a figure)
    label: str
    article_id: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class IncidentDating:
    """When the main incident happened, across sources."""

    date: str | None  # ISO day or month; None when no source dates it
    status: str  # consistent / conflicting / single source / not reported / given
    reason: str
    per_source: list[dict[str, Any]] = field(default_factory=list)  # article_id, date, basis, evidence

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "status": self.status, "reason": self.reason,
                "per_source": [{**p, "evidence": p["evidence"].to_dict() if p["evidence"] else None}
                               for p in self.per_source]}


@dataclass
class IncidentSummary:
    """The reconciled incident picture rendered by the briefing and written to summary.json."""

    fields: dict[str, FieldReconciliation]
    attribution: AttributionJudgment
    background: list[BackgroundIncident]
    timeline: list[TimelineEvent]
    sources: pd.DataFrame
    method: list[str]
    checks: list[str]
    dating: IncidentDating = field(default_factory=lambda: IncidentDating(None, "not reported", ""))

    def to_json(self) -> dict[str, Any]:
        """A JSON-safe dict for summary.json, with a deterministic key and list order."""
        sources = [
            {k: _plain(v) for k, v in row.items()}
            for row in self.sources.to_dict(orient="records")
        ]
        return {
            "incident_date": self.dating.to_dict(),
            "fields": {name: self.fields[name].to_dict() for name in BRIEFING_FIELDS if name in self.fields},
            "attribution": self.attribution.to_dict(),
            "background": [b.to_dict() for b in self.background],
            "timeline": [t.to_dict() for t in self.timeline],
            "sources": sources,
            "method": list(self.method),
            "checks": list(self.checks),
        }


# ----------------------------------------------------------------------------- small helpers


def _plain(value: Any) -> Any:
    """NaN / NA / numpy scalars → plain JSON-safe Python values."""
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "item"):
        return value.item()
    return value


def _text(value: Any) -> str | None:
    value = _plain(value)
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def _day(published: str | None) -> str | None:
    return published[:10] if published else None


def _later(a: str | None, b: str | None) -> bool:
    """True when publication ``a`` is strictly later than ``b`` (by day, or by time when both
    carry one)."""
    if not a or not b:
        return False
    if "T" in a and "T" in b:
        return a[:19] > b[:19]
    return a[:10] > b[:10]


def _short_ids(ids: list[str]) -> dict[str, str]:
    """Short, still unique names for reasons: '000_fdf1bc076410a58d' → '000'."""
    short = {i: (i.split("_", 1)[0] if re.match(r"^[^_]+_[0-9a-f]{6,}$", i) else i) for i in ids}
    counts = Counter(short.values())
    return {i: (s if counts[s] == 1 else i) for i, s in short.items()}


def format_figure(value: int | None, qualifier: str, low: int | None = None,
                  high: int | None = None) -> str:
    """A figure in words with its qualifier: 'at least 17', 'about 20', '10–15', 'not reported'."""
    if qualifier == "range" and low is not None and high is not None:
        return f"{low}–{high}"
    if value is None:
        if low is not None:
            return f"at least {low}"
        return "not reported"
    return {
        "at_least": f"at least {value}",
        "more_than": f"more than {value}",
        "about": f"about {value}",
        "up_to": f"up to {value}",
    }.get(qualifier, str(value))


# ----------------------------------------------------------------------------- source kind

_REPORTING = (
    r"(?:said|says|say|told|tells|reported|reports|announced|announces|confirmed|confirms|"
    r"stated|states|added|according to|statement|quoted|quoting|cited|citing|briefing|"
    r"press release|(?:puts?|putting|placed|places) (?:the|its|their) (?:death |casualty )?(?:toll|number|figure|count)|"
    r"toll given by)"
)
_OFFICIAL_NOUNS = (
    r"(ministry|minister|ministries|authorit(?:y|ies)|officials?|government|police|policemen|"
    r"army|military|armed forces|security (?:forces|services|service|sources)|spokes(?:man|woman|"
    r"person)|governor|president|prime minister|prosecutor|interior|defen[cs]e|"
    r"border (?:service|guard service)|state (?:media|television|tv|news agency)|"
    r"emergency services|civil defen[cs]e|mayor|commander|embassy|kremlin|white house|pentagon|"
    r"general staff|prefect|prefecture|gendarmerie)"
)
_INDEPENDENT_NOUNS = (
    r"(hospitals?|medics?|medical (?:sources|staff|officials)|doctors?|monitor(?:s|ing group)?|"
    r"observatory|witness(?:es)?|residents?|red cross|red crescent|united nations|"
    r"\bun\b|unama|human rights|rights groups?|amnesty|ngos?|journalists?|correspondents?|"
    r"villagers|relatives|morgue|aid workers?|"
    # civil society: victims' families and their associations, unions, activists
    r"(?:parents|teachers|students|victims|families|workers)['’]?\s+(?:association|union|committee|group)s?|"
    r"parents|families|activists?|"
    # local community sources: no state authority, no party to the fighting
    r"village (?:head|chief|chairman|leader)s?|community leaders?|traditional rulers?|"
    r"tribal (?:elders?|chiefs?|leaders?)|(?:village|community|local) elders?|local leaders?)"
)
_REPORTING_RE = re.compile(rf"\b{_REPORTING}\b", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|they)\s*$", re.IGNORECASE)  # right before the reporting word
# an official noun right before a generic one ("police spokesman", "the governor's spokesman")
_BODY_BEFORE = re.compile(rf"\b{_OFFICIAL_NOUNS}(?:['’]s?)?\s+$", re.IGNORECASE)
_NOUN_RES = (
    ("official", re.compile(rf"\b{_OFFICIAL_NOUNS}\b", re.IGNORECASE)),
    ("independent", re.compile(rf"\b{_INDEPENDENT_NOUNS}", re.IGNORECASE)),
)
_OFFICIAL_ALONE = re.compile(
    r"\bofficial (?:reports?|version|figures?|data|count|toll|sources?)\b|\bofficially\b",
    re.IGNORECASE)
_SPEAKER_GAP = 60  # characters between a speaker noun and its reporting word, same clause
_COUNT_WORD = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|dozens?|thousands?|scores?)\b",
    re.IGNORECASE)
# The group as speaker. "claimed responsibility" alone does not make a figure the group's
# ("X claimed responsibility for the attack, which killed 17" quotes the reporter's figure).
_CLAIM_VERB = (r"(?:said(?!\s+to\s+(?:be|have))|says|claimed|claims|announced|announces|stated|"
               r"boasted)(?!\s+(?:responsibility|credit|the attack))")
# the nouns of a group's own count: "the group's figure", "JNIM's claim of 31"
_CLAIM_NOUN = r"(?:figure|figures|toll|claim|claims|count|tally|estimate)"
# a group's organ by its capitalised name, after the group's possessive: "CPI (Maoist)'s South
# Sub-Zonal Bureau"
_ORGAN = r"(?:['’]s(?:\s+(?-i:[A-Z])[\w\-]*){1,4})"
# which of a group's statements: "its second statement", "the group's latest claim"
_CLAIM_ORDINAL = r"(?:first|second|third|fourth|latest|new|later|earlier|last|own|online|written|official|original|subsequent|updated)"
_GROUP_SPEAKER_RE = re.compile(
    # a summary line of the claim's own figures: "- **Claimed figures:** 12 soldiers killed, ..."
    r"^\W*claimed\s+(?:figures?|tolls?|casualties|losses|dead)\b|"
    # "propaganda" alone is also the army's word for the group's figure ("dismissed it as propaganda")
    r"\b(?:amaq|news agency of the|(?:its|their) propaganda|propaganda (?:arm|wing|outlet|channel|agency)|"
    r"jihadist (?:channels?|media)|media (?:arm|wing))|"
    # a jihadist group's own words for its fighters, in its claim: "The mujahideen killed 21 of
    # the enemy", "the soldiers of the caliphate"
    r"\bthe (?:mujahideen|mujahidin|soldiers of the caliphate)\b|"
    # a jihadist claim's own words for its enemies: "killing 27 of the apostate soldiers", "crusaders"
    r"\b(?:apostates?|crusaders?)\b|"
    # "Its claim, translated by the Horn Ledger, read: '...'"
    r"\b(?:its|their|the\s+group(?:'s|’s))\s+claim\b[^.;]{0,60}?\b(?:read|reads|said|says|stated)\b|"
    # "the claimed toll of 61 is far above the army figure": the group's claim, named so
    r"\bthe claimed (?:death )?(?:toll|figure|number|count)\b|"
    # "The statement said the group had targeted '...' and claimed that 'more than 30 mercenaries
    # were killed'"
    r"\bthe\s+group\b[^.;]{0,120}?\bclaimed\s+that\b|"
    r"\b(?:claimed to have killed|claimed (?:it|they) (?:had )?killed|said it (?:had )?killed)\b|"
    # "X claimed responsibility ..., saying its fighters had killed 30 soldiers": what follows
    # the claim's "saying" is the group's own figure
    # "Maoists claim Marhangarh ambush, say 17 killed": who claims the attack gives the figure
    r"(?<!not )(?<!never )\bclaim(?:ed|s)?\s+(?:responsibility\s+for\s+|credit\s+for\s+)?(?:the\s+|an?\s+)?"
    r"(?:[\w’'\-]+\s+){0,3}?(?:attack|ambush|bombing|blast|raid|assault|strike|killings?)\b[^.;,]{0,60}?,?\s+"
    r"(?:and\s+)?(?:says?|said|saying)\b|"
    r"\bclaim(?:ed|s|ing)? (?:responsibility|credit)\b[^.;]*?\b(?:saying|claiming|and said|adding|asserting|"
    r"alleging|insisting|stating)\b|"
    r"\b(?:its|their|the group(?:'s|’s)) (?:fighters|militants|mujahideen|mujahidin|members) (?:had |have )?killed\b|"
    # "claimed its fighters had \"executed 64 personnel\"": the group's own count of its deeds
    r"\bclaim(?:ed|s|ing)?\s+(?:that\s+)?(?:its|their)\s+(?:fighters|militants|mujahideen|mujahidin|members|men|"
    r"cadres|fidayeen|combatants|guerrillas)\s+(?:had|have)\b|"
    # "Its first post, describing the target as ..., and claiming more than 25 dead": the group's post
    r"\b(?:its|their)\s+(?:first\s+|initial\s+|earlier\s+|later\s+|second\s+|own\s+)?(?:post|posts|message|messages|"
    r"video|audio\s+message|telegram\s+post)\b[^.;]{0,120}?\bclaim(?:ing|ed|s)\b|"
    # "The claim said the group's fighters had ...": what the claim says
    r"\b(?:the|its|their|this|that) (?:claim|claim of responsibility|statement claiming (?:the )?\w+) "
    r"(?:said|says|stated|states|added|adds|asserted|alleged)\b|"
    rf"\b(?:the group|the militants|the insurgents|the rebels|the jihadists)\s+(?:has |have |had )?{_CLAIM_VERB}\b|"
    # "The Maoists, in a press note issued on Sunday, had claimed that 11 ...", "Maoists claim 11 killed"
    r"\b(?:the\s+)?(?:maoists|naxals|naxalites|militants|insurgents|rebels|jihadists|guerrillas|separatists)"
    r"(?:,[^,.;]{1,80},)?\s+(?:has\s+|have\s+|had\s+)?(?:claimed|claims|claim)\b(?!\s+(?:to\s+be|responsibility))|"
    # "breakaway rebel group claims Mindanao ambush, says 15 soldiers killed", "a little-known
    # faction has claimed ...": an unnamed group claiming
    r"\b(?:rebel|militant|armed|jihadist|insurgent|separatist|communist|islamist|breakaway|little-known)\s+"
    r"(?:group|faction|outfit|movement)\s+(?:has |have |had )?(?:claimed|claims)\b|"
    r"\baccording to (?:the )?(?:group|militants|insurgents|rebels|jihadists)\b|"
    # "the group's figure of 31 soldiers killed remains well above the official toll"
    rf"\b(?:the group|the militants|the insurgents|the rebels|the jihadists)(?:'s|’s)\s+(?:own\s+)?{_CLAIM_NOUN}\b",
    re.IGNORECASE,
)
_UPDATE_RE = re.compile(
    r"\b(?:rose|risen|rises|climbed|climbs|increased|increases|jumped|revised|updated|raised|raises|raising|lowered|"
    r"corrected|new (?:death )?toll|now stands|final (?:death )?toll|final (?:data|figures?|count|tally|numbers?)|"
    # "The attack on Kiryat Elon on Sunday has now killed three people"
    r"(?:has|have) now (?:killed|claimed|left|reached)|"
    # a count summed from the parts told before it: "That makes eleven dead on the defenders' side"
    r"that makes|which makes|"
    r"(?:brings|brought|bringing|takes|took|taking) the (?:death )?(?:toll|number)|"
    # "23 had been killed, up from the 20 announced on Monday"; "two are still missing"
    r"(?:up|down) from|still (?:missing|unaccounted for)|"
    # a count that takes in a later death: "a defence volunteer who died of his wounds the next day"
    r"(?:died|dying) (?:later )?(?:of|from) (?:his|her|their) (?:wounds|injuries)|"
    r"succumb(?:ed|s)? to (?:his|her|their) (?:wounds|injuries)|"
    # a figure told with the one it corrects: "Eighteen crew members, not 20 as previously reported"
    r"not [\w,\-]+ (?:as|like) (?:(?:was|had been|has been) )?(?:previously |earlier |initially |first |originally |wrongly )?"
    r"(?:reported|stated|said|announced|given))\b",
    re.IGNORECASE,
)


# words that tell two speakers' figures apart as a disagreement, not as one count moving on
_DISAGREE_RE = re.compile(
    r"\b(?:reject(?:s|ed|ing)?|disput(?:e|es|ed|ing)|contradict(?:s|ed|ing)?|insist(?:s|ed|ing)?|"
    r"den(?:y|ies|ied)|differ(?:s|ed|ent)?|whereas)\b",
    re.IGNORECASE,
)


def _group_speaker(sentence: str, groups: list[str]) -> bool:
    if _GROUP_SPEAKER_RE.search(sentence):
        return True
    for g in groups:
        # (the name's own edges, not \b: "CPI (Maoist)" ends with no word character)
        name = rf"(?<!\w){re.escape(g)}(?!\w)"
        pattern = (
            # (its acronym may stand between: "the Baloch Azadi Lashkar (BAL) said")
            # (or an aside: "Islamic State, for its part, claimed to have ...")
            # (or its organ: "the CPI (Maoist)'s South Sub-Zonal Bureau said")
            rf"{name}(?:\s+\([^()]{{1,20}}\))?(?:,[^,.;]{{1,40}},|{_ORGAN})?\s+(?:also |later |further |then )?(?:has |have |had )?{_CLAIM_VERB}\b|"
            rf"\baccording to (?:the )?{name}|"
            # "JNIM ... released a video showing what it said were two captured soldiers"
            rf"{name}[^.;]*\bwhat (?:it|they) (?:said|says|claimed|claims) (?:were|was|are|is)\b|"
            # "Al-Shabaab ... raising the number of soldiers it says it killed to 127"
            rf"{name}[^.;]*\b(?:it|they) (?:said|says|claimed|claims) (?:it|they) (?:had |has |have )?[a-z]+ed\b|"
            # "al-Shabaab's second statement", "an ISCAP claim circulated ..."
            rf"{name}(?:'s|’s)?\s+(?:{_CLAIM_ORDINAL}\s+)?(?:news agency|statement|spokes(?:man|woman|person)|channel|media|"
            rf"communiqu[eé]|claim)\b|"
            # "spokesperson of the Kagui faction of the BIFF, had told a radio station that ..."
            rf"\bspokes(?:man|woman|person)\s+(?:of|for)\s+(?:the\s+)?(?:[\w’'\-]+\s+){{0,4}}?{name}|"
            rf"{name}(?:'s|’s)\s+(?:own\s+)?{_CLAIM_NOUN}\b|"
            # the figure its claim asserts: "X claimed the attack in a statement dated 14 March,
            # asserting that 12 personnel were killed"
            rf"{name}{_ORGAN}?\s+(?:claimed|issued|published|released|posted)\b[^.;]{{0,100}}?,\s+"
            rf"(?:asserting|saying|claiming|adding|stating|boasting)\b"
        )
        # Acronyms match case-exactly ("IS said", not "it is said").
        flags = 0 if (len(g) <= 4 or g.isupper()) else re.IGNORECASE
        if re.search(pattern, sentence, flags):
            return True
    return False


# Where a sentence sets one source's figure against another's: "..., a military official said,
# while the group claimed it had killed 30"; "police said four died; residents said nine". A toll
# in an "as" clause is the news's own ("Group claims market attack as toll rises to 30").
_CONTRAST_RE = re.compile(
    r"(?:,\s*|\s+)(?:while|whereas|but)\s+|;\s+|,\s+(?:contradicting|disputing|contrary to)\b"
    r"|\s+as\s+(?=(?:the\s+)?(?:(?:death|casualty)\s+)?(?:toll|number\s+of\s+(?:dead|deaths|victims))\b)"
    # "..., officials said, as a separatist group claimed the attack": a second speaker's clause
    r"|,\s+as\s+(?=(?:[\w’'\-]+\s+){1,5}?(?:claimed|claims|denied|denies)\b)",
    re.IGNORECASE)


def _clause_of(sentence: str, at: int) -> str:
    """The part of ``sentence`` between the contrast markers around offset ``at``."""
    start, end = 0, len(sentence)
    for m in _CONTRAST_RE.finditer(sentence):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return sentence[start:end]


def source_kind(sentence: str, groups: list[str] | None = None,
                at: int | None = None) -> tuple[str, str | None]:
    """Who a figure in ``sentence`` is attributed to: (kind, body).

    kind is "group claim" (the perpetrator group or its media speaks; ``groups`` are names of the
    groups the articles mention), "official" (an authority named with a reporting word),
    "independent" (hospital, monitor, witnesses, UN ...) or "unknown"; body is the authority's
    head noun, lower case ("ministry", "authorities"), when the kind is official or independent.
    ``at``: the figure's offset in the sentence, when known. A sentence that sets two sources
    against each other ("..., an official said, while the group claimed 30") is then read
    clause by clause: the figure's own clause decides, the whole sentence only where that clause
    names no speaker (a group's claim in another clause is not the figure's).
    """
    if at is not None:
        clause = _clause_of(sentence, at)
        if clause != sentence:
            if _group_speaker(clause, groups or []):
                return "group claim", None
            own = _speaker_kind(clause)
            if own[0] != "unknown":
                return own
            return _speaker_kind(sentence)
    if _group_speaker(sentence, groups or []):
        return "group claim", None
    return _speaker_kind(sentence)


# A headline's source after a dash or colon at its end: "At least four killed in Jos - police".
_HEADLINE_SOURCE = re.compile(r"(?:\s[-–—]|:)\s*((?:[\w’'.]+\s+){0,3}[\w’'.]+)\s*$")


def _sentence_break(text: str) -> bool:
    """Whether ``text`` holds a semicolon or a full stop that is no abbreviation's (a title's stop,
    "the hospital's director, Dr. X, said", does not part a speaker from its body)."""
    return ";" in text or any(c == "." and not is_abbreviation(text, i) for i, c in enumerate(text))


def _speaker_kind(sentence: str) -> tuple[str, str | None]:
    """``source_kind`` of an authority or independent speaker (no group claim)."""
    tail = _HEADLINE_SOURCE.search(sentence)
    if tail:
        named = _named_speaker(tail.group(1))
        if named[0] != "unknown":
            return named
    # The speaker is the authority or independent noun closest to a reporting word ("..., the
    # ministry said"; "according to witnesses"), so a victim's employer further off ("an
    # employee of the Interior Ministry ..., witnesses said") does not count.
    best: tuple[int, int, str, str] | None = None
    for r in _REPORTING_RE.finditer(sentence):
        for rank, (kind, noun_re) in enumerate(_NOUN_RES):
            for n in noun_re.finditer(sentence):
                noun_first = n.start() < r.start()
                if not noun_first and r.group(0).lower() in ("told", "tells"):
                    continue  # "X told our correspondent": who is told does not speak
                lo, hi = (n.end(), r.start()) if noun_first else (r.end(), n.start())
                between = sentence[lo:hi]
                if hi - lo > _SPEAKER_GAP or _sentence_break(between):
                    continue
                # "two deaths, including one journalist, and nineteen reported injuries": a
                # count between the noun and the word means the noun is not the speaker.
                if noun_first and _COUNT_WORD.search(between):
                    continue
                if noun_first and _PRONOUN_SUBJECT.search(between):
                    continue  # "... three members of the security forces, he told": "he" speaks
                cand = (max(0, hi - lo), rank, kind, n.group(1), n.start())
                if best is None or cand[:2] < best[:2]:
                    best = cand
    if best is not None:
        body = _body(best[3])
        if body is None and best[2] == "official":
            # "police spokesman", "the governor's spokesman": the body the generic noun speaks for
            before = _BODY_BEFORE.search(sentence, max(0, best[4] - 30), best[4])
            if before is not None:
                body = _body(before.group(1))
        return best[2], body
    if _OFFICIAL_ALONE.search(sentence):
        return "official", None
    return "unknown", None


def _body(noun: str | None) -> str | None:
    if not noun:
        return None
    noun = noun.lower()
    # Generic nouns that can stand for any authority: they match every body.
    if noun in ("official", "officials", "authority", "authorities", "government", "spokesman",
                "spokeswoman", "spokesperson"):
        return None
    # one body under several names: an army speaks through its general staff
    return {"ministries": "ministry", "policemen": "police", "general staff": "army",
            "prefecture": "prefect"}.get(noun, noun)


def _same_source(kind: str, body: str | None, other_kind: str, other_body: str | None) -> bool:
    """Whether two figures come from one identified kind of source: official or independent,
    with the same body where both name one."""
    # (a UN or AU mission is no government's voice: its count and a ministry's are two sources)
    if "mission" in (body, other_body):
        return kind == other_kind and body == other_body
    return kind == other_kind and kind in ("official", "independent") \
        and (body is None or other_body is None or body == other_body)


def _contested_update(old: SourceValue, old_span: tuple[float, float] | None, new: SourceValue,
                      under_way: str = "") -> str:
    """Why a later article that gives two speakers' figures (``new.value`` and
    ``new.contested``) supersedes ``old``, or "" when it does not (``under_way``: the words that
    tell ``old``'s report as written while the incident was still going on, if any)."""
    if old_span is None or new.value is None or new.contested is None:
        return ""
    if old_span[1] < min(new.value, new.contested):
        if any(_UPDATE_RE.search(e.sentence) for e in (*new.evidence, *new.contested_evidence)):
            return "the later report tells an update, and every figure it gives is above the earlier one: supersedes"
        if under_way:
            return (f"the earlier report was written while the incident was still under way ('{under_way}'), "
                    "and every figure the later one gives is above it: supersedes")
    for kind, body, value in ((new.kind, new.body, new.value), (new.contested_kind, new.contested_body, new.contested)):
        if old_span[1] < value and _same_source(old.kind, old.body, kind, body):
            return f"the same {body or kind} source gives {value} in the later report: supersedes"
    return ""


# ----------------------------------------------------------------------------- intervals

_INF = math.inf


def _interval(sv: SourceValue, field_name: str,
              as_stated: bool = False) -> tuple[float, float] | None:
    """The set of counts a source's figure allows, as [low, high] (high may be infinite).

    A total derived as a sum of parts is a floor, unless ``as_stated``."""
    q = sv.qualifier
    v = sv.value
    if v is None and sv.low is None and sv.high is None:
        return None
    if (sv.derivation and not as_stated and field_name in TOTAL_FIELDS
            and _sum_only(sv.derivation)):
        base = v if v is not None else sv.low
        if base is not None and q == "about":  # a sum of rough parts: a rough floor
            base -= max(1, round(0.1 * base))
        return (float(base), _INF) if base is not None else None
    if q == "at_least":
        return (float(v if v is not None else sv.low), _INF)  # type: ignore[arg-type]
    if q == "more_than":
        base = v if v is not None else sv.low
        return (float(base) + 1, _INF)  # type: ignore[arg-type]
    if q == "up_to":
        top = sv.high if sv.high is not None else v
        return (float(sv.low or 0), float(top))  # type: ignore[arg-type]
    if q == "range":
        lo = sv.low if sv.low is not None else v
        hi = sv.high if sv.high is not None else v
        if lo is None:
            return None
        return (float(lo), float(hi) if hi is not None else _INF)
    if q == "about":
        if sv.low is not None and sv.high is not None and sv.low < sv.high:  # "some 15 to 20"
            return (float(sv.low), float(sv.high))
        if v is None:
            return None
        tol = max(1, round(0.1 * v))
        return (float(max(0, v - tol)), float(v + tol))
    if v is None:  # exact without a number: vague ("dozens") with only a floor
        return (float(sv.low), _INF) if sv.low is not None else None
    return (float(v), float(v))


def _sum_only(derivation: str) -> bool:
    """Whether ``derivation`` sums parts (a floor of the total: parts may leave people out); a
    stated total plus a count told outside it is not one."""
    left = derivation.split("=", 1)[0]
    return "+" in left and not re.search(r"[-−–*/×]", left) and OUTSIDE_TOTAL not in left \
        and ATTACKERS_APART not in left


def _overlap(intervals: list[tuple[float, float]]) -> tuple[float, float] | None:
    lo = max(i[0] for i in intervals)
    hi = min(i[1] for i in intervals)
    return (lo, hi) if lo <= hi else None


def _compatible(a: tuple[float, float] | None, b: tuple[float, float] | None) -> bool:
    if a is None or b is None:
        return True
    return _overlap([a, b]) is not None


def _int(x: float) -> int | None:
    return None if x is None or math.isinf(x) else int(x)


# ----------------------------------------------------------------------------- field logic


def _phrase(sv: SourceValue, names: dict[str, str], with_date: bool = False) -> str:
    who = names.get(sv.article_id, sv.article_id)
    when = f" ({date_words(sv.published)})" if with_date else ""
    if sv.derivation:
        verb = "states parts" if _sum_only(sv.derivation) else "derives"
        return f"{who}{when} {verb} {sv.derivation}"
    verb = "says" if sv.qualifier != "exact" else "reports"
    return f"{who}{when} {verb} {format_figure(sv.value, sv.qualifier, sv.low, sv.high)}"


def _per(kind: str, body: str | None) -> str:
    """" (per the police)", " (per an independent source)": who gives a figure, "" when unknown."""
    if kind == "group claim":
        return " (per the perpetrator group)"
    if kind not in ("official", "independent"):
        return ""
    if body:
        return f" (per the {body})"
    return " (per officials)" if kind == "official" else " (per an independent source)"


def _kind_words(sv: SourceValue) -> str:
    if sv.kind == "official":
        return "official"
    if sv.kind == "independent":
        return "independent"
    return "source's"


# The parts of a total: a source's total below the count another source gives for one part of
# it counts only some of the dead ("One of the wounded soldiers died") and is no total.
_PARTS_OF_TOTAL = {"killed_total": ("killed_attackers", "killed_security", "killed_civilians"),
                   "killed_victims": ("killed_security", "killed_civilians")}


_NEUTRALISED = re.compile(r"\b(?:neutrali[sz]ed|neutrali[sz]ing|liquidated|eliminated|destroyed)\b", re.IGNORECASE)


def _largest_part(field_name: str, values: dict[str, list[SourceValue]],
                  names: dict[str, str]) -> tuple[int, str, str] | None:
    """(count, who says it, the article's id) of the largest part of ``field_name`` any credible
    source states, None for a field without parts or when no part is stated."""
    best: tuple[int, str, str] | None = None
    for part in _PARTS_OF_TOTAL.get(field_name, ()):
        for s in values.get(part, []):
            if s.kind == "group claim" or s.derivation:
                continue
            if part == "killed_attackers" and s.qualifier in ("about", "more_than"):
                continue  # "nearly eighty terrorists neutralised": a round claim, no sign the totals are partial
            if part == "killed_attackers" and any(_NEUTRALISED.search(e.phrase or e.sentence) for e in s.evidence):
                # "23 terrorists were neutralised": a side's word for the other's losses, which
                # other reports' totals leave out, not a sign that they are partial
                continue
            floor = s.value if s.value is not None else s.low
            if floor is not None and (best is None or floor > best[0]):
                who = names.get(s.article_id, s.article_id)
                best = (floor, f"{who}'s count of {FIELD_LABELS.get(part, part).lower()} "
                               f"({format_figure(s.value, s.qualifier, s.low, s.high)})", s.article_id)
    return best


_CONSISTENT_WORDS = re.compile(r": consistent(?: with the floor)?(?: \([^)]*\))?")


def reconcile_field(field_name: str, per_source: list[SourceValue],
                    names: dict[str, str] | None = None,
                    quoted_claims: list[SourceValue] | None = None,
                    largest_part: tuple[int, str, str] | None = None,
                    update_reports: frozenset[str] = frozenset(),
                    under_way: Mapping[str, str] | None = None) -> FieldReconciliation:
    """Reconcile one count field from its per-source values (rules in :data:`METHOD`).

    ``quoted_claims`` are the group's own figures that sources quote beside a figure of their
    own (:func:`claim_figures`): named in the reason, never merged. ``largest_part``: (count,
    words) of the largest part of this total that a source states; a total below it is a
    partial count, named in the reason and left out of the reconciled value. ``update_reports``:
    the articles that say they update a toll (:func:`update_reports`); their other rising
    figures are the newer ones too. ``under_way``: the articles written while the incident was
    still going on, with the words that say so; a later report's figure at or above theirs
    updates them."""
    names = names or _short_ids([s.article_id for s in per_source])
    under_way = under_way or {}
    label = FIELD_LABELS.get(field_name, field_name)
    reporting = [s for s in per_source if _interval(s, field_name) is not None]
    partial: list[SourceValue] = []
    if largest_part is not None:
        partial = [s for s in reporting if s.kind != "group claim"
                   and _interval(s, field_name)[1] < largest_part[0]]  # type: ignore[index]
        if len(partial) < sum(s.kind != "group claim" for s in reporting):
            reporting = [s for s in reporting if s not in partial]
        else:
            partial = []  # every total is below it: none is set aside
    quoted = [c for c in quoted_claims or [] if _interval(c, field_name) is not None]
    claims = [s for s in reporting if s.kind == "group claim"] + quoted
    credible = [s for s in reporting if s.kind != "group claim"]
    # a figure its own article could not confirm ("lists circulating on WhatsApp, which we could
    # not verify, put the dead at more than 60") yields to the figures others confirm
    doubted = [s for s in credible if s.unconfirmed] if any(not s.unconfirmed for s in credible) else []
    credible = [s for s in credible if s not in doubted]

    def result(value: int | None, low: int | None, high: int | None, qualifier: str,
               status: str, reason: str, superseded: list[SourceValue],
               derived: bool = False) -> FieldReconciliation:
        if claims:
            said = ", ".join(f"{names.get(c.article_id, c.article_id)} quotes "
                             f"{format_figure(c.value, c.qualifier, c.low, c.high)}" for c in claims)
            reason += f"; the group's own claim ({said}) is shown apart and not merged"
        if doubted:
            reason += "; " + ", ".join(_phrase(d, names) for d in doubted) + \
                ": a figure its report says it could not confirm, set aside"
        if partial:
            below = ", ".join(_phrase(p, names) for p in partial)
            reason += (f"; {below}: below {largest_part[1]}, a partial count "  # type: ignore[index]
                       "left out of the total")
        inner = [s for s in credible if s.contested is not None and s.value is not None
                 and s not in superseded and s.contested != s.value]
        # An article that states one figure and counts parts above it ("64 abducted", then "71
        # girls had been taken") disagrees with itself: a conflict, read as one.
        said = ", ".join(f"{names.get(s.article_id, s.article_id)} states {s.contested}"
                         f"{_per(s.contested_kind, s.contested_body)} and also "
                         f"{format_figure(s.value, s.qualifier) if s.contested_total else f'counts {s.value}'}"
                         f"{_per(s.kind, s.body)}" for s in inner) if inner else ""
        # (a stated total below a party's count that a source states is a partial one: "3 killed"
        # beside another report's four soldiers dead takes no part in the conservative pick)
        # (not the article's own parts: "31, per the doctors; the army's 34 civilians" is a conflict)
        below = [s for s in inner if largest_part is not None and s.contested < largest_part[0]  # type: ignore[operator]
                 and s.article_id != largest_part[2]]
        if below and status != "conflicting":
            inner = [s for s in inner if s not in below]
            reason += "; " + ", ".join(f"{names.get(s.article_id, s.article_id)} states {s.contested}" for s in below) \
                + f": below {largest_part[1]}, a partial count left out of the total"  # type: ignore[index]
        if inner and status == "conflicting":
            reason += f"; {said}"
        elif inner and value is not None and status in ("consistent", "updated", "single source"):
            figures = [value, *(s.contested for s in inner)]  # type: ignore[misc]
            lo, hi = min(*figures, low if low is not None else value), max(*figures, high if high is not None else value)
            status = "conflicting"
            reason = _CONSISTENT_WORDS.sub("", reason, count=1)  # (not consistent after all)
            reason += (f"; {said}: conflicting; the most conservative credible figure ({lo}) is used, "
                       f"range {lo}–{hi}")
            value, low, high, qualifier = lo, lo, hi, "exact"
        return FieldReconciliation(field_name, label, per_source, value, low, high, qualifier,
                                   status, reason, superseded, derived, quoted)

    if not credible:
        if claims:
            return result(None, None, None, "exact", "claim only",
                          "only the perpetrator group's own claim gives a figure", [])
        return result(None, None, None, "exact", "not reported", "no source reports it", [])

    # Supersession: a later article, same kind of source (or an explicit update), new figure.
    superseded: list[SourceValue] = []
    notes: list[str] = []
    ordered = sorted(credible, key=lambda s: (s.published or "9999", s.article_id))
    for i, old in enumerate(ordered):
        for new in ordered[i + 1:]:
            if not _later(new.published, old.published):
                continue
            old_span, new_span = _interval(old, field_name), _interval(new, field_name)
            if new.contested is not None:
                # A figure its own article contests updates nothing, unless the article tells an
                # update and both its speakers' figures are above the earlier one (the army's
                # toll "rose to four", a monitor says six: the earlier three is past), or the
                # earlier figure's speaker gives a higher one in it (the monitor's five, then six).
                why = _contested_update(old, old_span, new, under_way.get(old.article_id, ""))
                if why:
                    superseded.append(old)
                    notes.append(f"{_phrase(old, names, True)}, {_phrase(new, names, True)}: {why}")
                    break
                continue
            # (a later floor at or below an earlier count tells less, not a new count: "2" then
            # "the dead include two policemen")
            changed = new_span != old_span and not (new_span[1] == _INF and old_span[0] >= new_span[0])  # type: ignore[index]
            explicit = any(_UPDATE_RE.search(e.sentence) for e in new.evidence)
            # "the toll has risen to 27 ... Sixty-one people were injured": a report that updates
            # one toll gives its other figures as of its own, later, time (when they rise)
            rising = new.article_id in update_reports and new_span[0] >= old_span[0]  # type: ignore[index]
            # "gunmen are still holed up": a count told during the attack is provisional, and a
            # later report's count at or above it is the newer one, whoever gives it
            provisional = old.article_id in under_way and new_span[0] >= old_span[0]  # type: ignore[index]
            # "toll rises to 8 as injured tourist succumbs", then "nine persons have lost their
            # lives" a day later: a toll told as rising, and a later count above it, is its newer state
            still_rising = old.article_id in update_reports and new.qualifier == "exact" \
                and new_span[0] > old_span[1]  # type: ignore[index]
            update = changed and (explicit or rising or provisional or still_rising) \
                and not (new_span[1] == _INF and old_span[0] > new_span[0])  # type: ignore[index]
            # (a later floor below an earlier count tells less, not newer: "bringing the toll among
            # the troops to seven" after "31 attackers and 6 troops killed" updates the troops only)
            same_kind = _same_source(old.kind, old.body, new.kind, new.body)
            # "at least 12" then "the toll rose to 19": compatible figures, but the later one is
            # an explicit update and replaces the earlier floor; so does the same body's later
            # figure ("at least four", police, then "six", police, the next day)
            if _compatible(old_span, new_span) and not update and not (same_kind and changed):
                continue
            if same_kind or update:
                superseded.append(old)
                why = (f"later {_kind_words(new)} update supersedes" if same_kind
                       else "the later report gives an updated toll and supersedes" if explicit
                       else f"the earlier report was written while the incident was still under way "
                            f"('{under_way[old.article_id]}'); the later figure supersedes" if provisional and not rising
                       else "the later report updates the toll and its higher figure supersedes")
                notes.append(f"{_phrase(old, names, True)}, {_phrase(new, names, True)}: {why}")
                break
    active = [s for s in ordered if s not in superseded]
    for old in list(reversed(active)):  # (the latest first: a past figure repeated later is gone when the older is judged)
        # "three (3) others sustained injuries" on the first day, then the Red Cross's 22 in every
        # later report: a first count that all later reports (two or more, agreeing) put higher is
        # past, though none says it updates it (unless a later report itself doubts its figure).
        # An official's count of the attackers stands: later reports above it may carry a claim it
        # does not back (the army's "three terrorists neutralised" after the police's one). Its
        # count of the victims yields like any other: two later reports agreeing on more dead
        # outweigh an army's minimising first figure (the 7 "soldiers" of a communiqué, then the
        # 27 that the wire, the local paper and an analysis count).
        # (unless the official calls it provisional: "The provisional toll is five (5) persons")
        if old.kind == "official" and field_name not in _VICTIM_COUNTS \
                and not any(_PROVISIONAL_TOLL.search(e.sentence) for e in old.evidence):
            continue
        old_span = _interval(old, field_name)
        strictly_later = [s for s in active if s.article_id != old.article_id and _later(s.published, old.published)]
        # (else with the reports of its own day beside a later one: "3" and "at least 4" on the
        # 18th, "4" on the 20th)
        same_day = [s for s in active if s.article_id != old.article_id and s.published and old.published
                    and _day(s.published) == _day(old.published)]
        for later in (strictly_later, strictly_later + same_day if strictly_later and same_day else []):
            # (a later floor at or below it agrees with every figure and takes no side: "the
            # security forces alone: at least 11" beside two later reports of about 20 wounded)
            later = [s for s in later if not (_interval(s, field_name)[1] == _INF  # type: ignore[index]
                                              and _interval(s, field_name)[0] <= old_span[1])]  # type: ignore[index]
            spans = [_interval(s, field_name) for s in later]
            if not (old_span[1] == _INF or len({s.article_id for s in later}) < 2 or all(s.derivation for s in later)
                    or any(s.contested is not None for s in later)
                    or any(span[0] <= old_span[1] for span in spans)
                    # (the victims' toll rises as the dead are counted: later reports that all put it
                    # higher outweigh it, whether or not they agree with each other, "at least 23"
                    # and "21" after "16")
                    or _overlap(spans) is None and field_name not in _VICTIM_COUNTS):  # type: ignore[arg-type, operator]
                break
        else:
            continue
        superseded.append(old)
        active.remove(old)
        notes.append(f"{_phrase(old, names, True)}: every later report ({len(later)}) gives a higher figure, "
                     "which supersedes it")
    # A figure resting on word-for-word the same sentences as an earlier source's is a wire
    # copy the loader did not catch: shown, but counted once.
    first_of: dict[tuple[Any, ...], SourceValue] = {}
    for s in list(active):
        key = (s.value, s.qualifier, tuple(_norm_sentence(e.sentence) for e in s.evidence))
        if s.evidence and key in first_of:
            active.remove(s)
            notes.append(f"{names.get(s.article_id, s.article_id)} repeats "
                          f"{names.get(first_of[key].article_id, first_of[key].article_id)}'s "
                          "sentence word for word (a copy): counted once")
        else:
            first_of.setdefault(key, s)
    prefix = ("; ".join(notes) + "; ") if notes else ""
    derived = all(s.derivation for s in active)

    if len(active) == 1:
        s = active[0]
        what = _phrase(s, names)
        lead = "current figure: " if superseded else "so in effect only " if notes else "only "
        reason = prefix + lead + what
        if s.derivation:
            reason += " (derived from its parts, not stated)"
        low, high = _stated_bounds(s)
        # "at least 2" made "2" by the same body is an agreement, not an update of the count
        status = ("updated" if any(o.value != s.value for o in superseded)
                  else "consistent" if superseded else "single source")
        return result(s.value, low, high, s.qualifier, status, reason, superseded, derived)

    intervals = [_interval(s, field_name) for s in active]
    common = _overlap(intervals)  # type: ignore[arg-type]
    phrases = [_phrase(s, names) for s in active]
    if common is not None:
        value, qualifier = _consistent_value(active, field_name, common)
        same = {format_figure(s.value, s.qualifier, s.low, s.high) for s in active}
        if len(same) == 1 and not any(s.derivation for s in active):
            n = "both sources" if len(active) == 2 else f"all {len(active)} sources"
            reason = f"{n} report {format_figure(value, qualifier, _int(common[0]), _int(common[1]))}"
        else:
            reason = ", ".join(phrases) + ": consistent"
            if any(s.qualifier in ("at_least", "more_than") for s in active) or any(
                    s.derivation and field_name in TOTAL_FIELDS and _sum_only(s.derivation) for s in active):
                reason += " with the floor"
            stated = [s for s in active if not s.derivation]
            if len(stated) == 1:
                others = ", ".join(names[s.article_id] for s in active if s.derivation)
                verb = "derives" if len(active) == 2 else "derive"
                reason += f" (stated by {names[stated[0].article_id]} only; {others} {verb} it)"
            elif not stated:
                reason += " (derived by every source, stated by none)"
        low = _int(common[0])
        high = _int(common[1])
        if qualifier == "more_than":
            low = value
        return result(value, low, high, qualifier, "consistent", prefix + reason, superseded,
                      derived)

    # Conflict: the most conservative credible figure, range across the figures reported. A
    # floor of another day below every other figure ("at least 8" while a siege went on; a
    # follow-up's "at least one") agrees with each of them: it takes no side, and neither sets
    # the figure nor widens the range. (A floor of the same day is one of the sides, unless it is
    # derived, not stated: "the attackers alone: 2", from a statement that counts only them.)
    lows = {id(s): _interval(s, field_name)[0] for s in active}  # type: ignore[index]
    floors = [s for s in active if s.qualifier in ("at_least", "more_than") and _interval(s, field_name)[1] == _INF
              and all(lows[id(o)] > lows[id(s)] and (_later(o.published, s.published) or _later(s.published, o.published)
                                                     or bool(s.derivation) or not s.published or not o.published)
                      for o in active if o is not s)]
    sides = [s for s in active if s not in floors] if floors and len(floors) < len(active) - 1 else active
    spans = {id(s): _reported_span(s) for s in sides}
    # a source's "no one was hurt" against others' counts is no conservative figure: most often it
    # tells of something else ("Police reported no injuries at either event"); the range keeps it
    counting = [s for s in sides if spans[id(s)][1] > 0
                or any(_LABEL_ZERO.match(e.sentence) for e in s.evidence)]  # ("Missing: none" is a count)
    lowest = min(counting if counting and len(counting) < len(sides) else sides,
                 key=lambda s: (spans[id(s)][0], s.article_id))
    lo = min(span[0] for span in spans.values())
    hi = max(span[1] for span in spans.values())
    value = lowest.value if lowest.value is not None else lo
    reason = (", ".join(phrases) + f": conflicting; the most conservative credible figure "
              f"({format_figure(value, lowest.qualifier, lowest.low, lowest.high)}, "
              f"{names[lowest.article_id]}) is used, range {lo}–{hi}")
    if sides is not active:
        reason += "; " + ", ".join(f"{names[s.article_id]}'s {format_figure(s.value, s.qualifier)}" for s in floors) \
            + (" is a floor" if len(floors) == 1 else " are floors") + " below every other figure, agreeing with each"
    return result(value, lo, hi, lowest.qualifier, "conflicting", prefix + reason,
                  superseded, derived)


_LABEL_ZERO = re.compile(r"\W*[\w ’'-]{0,30}:\s*(?:none|nil|no\s+one|0)\b", re.IGNORECASE)


def _stated_bounds(s: SourceValue) -> tuple[int | None, int | None]:
    """A single source's own low / high, filled in only where its qualifier fixes them."""
    if s.low is not None or s.high is not None:
        return s.low, s.high
    if s.qualifier == "exact":
        return s.value, s.value
    if s.qualifier in ("at_least", "more_than"):
        return s.value, None
    if s.qualifier == "up_to":
        return None, s.value
    return None, None


def _norm_sentence(sentence: str) -> str:
    return " ".join(re.findall(r"\w+", sentence.casefold()))


def _reported_span(s: SourceValue) -> tuple[int, int]:
    """The lowest and highest number a source actually states (not the range it allows)."""
    nums = [x for x in (s.low, s.value, s.high) if x is not None]
    return min(nums), max(nums)


def _consistent_value(active: list[SourceValue], field_name: str,
                      common: tuple[float, float]) -> tuple[int | None, str]:
    """The reconciled value and qualifier of mutually consistent figures."""
    lo, hi = common
    if lo == hi:
        return int(lo), "exact"
    if math.isinf(hi):
        binding = [s for s in active if (_interval(s, field_name) or (0, 0))[0] == lo]
        if any(s.qualifier == "more_than" and not s.derivation for s in binding):
            return int(lo) - 1, "more_than"
        return int(lo), "at_least"
    abouts = sorted(s.value for s in active if s.qualifier == "about" and s.value is not None)
    if abouts:
        mid = abouts[len(abouts) // 2]
        return int(min(max(mid, lo), hi)), "about"
    return int(lo), "range"


# ----------------------------------------------------------------------------- assembling


_SUM_TERM = re.compile(r"\b\d+\b")


def _article_rows(articles: pd.DataFrame | None) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    if articles is None or len(articles) == 0:
        return rows
    for rec in articles.to_dict(orient="records"):
        aid = _text(rec.get("article_id"))
        if aid:
            rows[aid] = {k: _plain(v) for k, v in rec.items()}
    return rows


def _used_docs(articles: dict[str, dict[str, Any]],
               docs: list[DocumentExtraction]) -> tuple[list[DocumentExtraction], list[str]]:
    """The docs that count as sources: one per article, not a duplicate, not skipped."""
    used: list[DocumentExtraction] = []
    notes: list[str] = []
    seen: set[str] = set()
    for d in sorted(docs, key=lambda d: d.article_id):
        row = articles.get(d.article_id, {})
        status = _text(row.get("status")) or "used"
        if d.article_id in seen:
            notes.append(f"{d.article_id}: extracted twice; counted once")
            continue
        seen.add(d.article_id)
        if status == "duplicate":
            notes.append(f"{d.article_id}: a copy of {_text(row.get('duplicate_of')) or 'another article'}; "
                         "not counted as a separate source")
            continue
        if status == "skipped" or d.skipped_reason:
            continue
        used.append(d)
    return used, notes


def _published(doc: DocumentExtraction, row: dict[str, Any]) -> str | None:
    p = _text(row.get("published")) or doc.published
    return str(p) if p else None


def _background_spans(doc: DocumentExtraction) -> set[tuple[int, int]]:
    return {(m.start, m.end) for m in doc.casualties if m.incident != MAIN}


def _main_spans(doc: DocumentExtraction) -> set[tuple[int, int]]:
    return {(m.start, m.end) for m in doc.casualties if m.incident == MAIN}


def _source_value(doc: DocumentExtraction, row: dict[str, Any], field_name: str,
                  groups: list[str], checks: list[str]) -> SourceValue:
    fig: Figure | None = doc.figures.get(field_name)
    outlet = _text(row.get("outlet"))
    published = _published(doc, row)
    if fig is not None and fig.evidence:
        bg = _background_spans(doc) - _main_spans(doc)
        if all((e.start, e.end) in bg for e in fig.evidence):
            checks.append(f"{doc.article_id}: {field_name} = {fig.value} rests only on a "
                          "background incident's sentence; left out of the main incident")
            fig = None
    if fig is None or (fig.value is None and fig.low is None):
        return SourceValue(doc.article_id, outlet, published, None, "exact", None, None, [],
                           None, "unknown")
    kind, body = figure_speaker(fig, groups, doc, outlet)
    qualifier = fig.qualifier or "exact"
    told = [m for m in doc.casualties if any((m.start, m.end) == (e.start, e.end) for e in fig.evidence)]
    if fig.value == 1 and field_name in ("killed_total", "killed_victims", "wounded_total") and told \
            and all(m.note in ("one named victim", "one person") for m in told):
        # a report that names one victim ("the stall where X was killed") counts one person, not
        # the toll: at least one
        qualifier = "at_least"
    value = SourceValue(doc.article_id, outlet, published, fig.value, qualifier,
                        fig.low, None if qualifier == "at_least" else fig.high, list(fig.evidence), fig.derivation,
                        kind, body, fig.contested)
    # (a figure derived from a total it could not confirm is as doubtful: "60 - 16 = 44")
    base = [m for m in told if m.role == "total"] or told
    value.unconfirmed = bool(base) and all(m.note == UNCONFIRMED for m in base)
    terms = [int(t) for t in _SUM_TERM.findall(fig.derivation.split("=")[0])] \
        if fig.derivation and " + " in fig.derivation else []  # (the parts of a sum)
    if fig.contested is not None and terms and fig.contested < max(terms):
        # a "total" below one of the parts it would hold ("the bodies of two men were found"
        # beside 14 insurgents and nine civilians dead) is a part told apart, not another count
        value.contested = None
    elif fig.contested is not None and fig.contested_evidence:
        # the article disagrees with itself: who gives each of its two figures ("the governor put
        # the number at 64"; "the parents' association said 71")
        stated = {(e.start, e.end) for e in fig.contested_evidence}
        counted = [e for e in fig.evidence if (e.start, e.end) not in stated]
        value.contested_evidence = list(fig.contested_evidence)
        value.contested_kind, value.contested_body = figure_speaker(
            Figure(field_name, fig.contested, evidence=fig.contested_evidence), groups, doc, outlet)
        if counted:
            value.kind, value.body = figure_speaker(
                Figure(field_name, fig.value, evidence=counted), groups, doc, outlet)
    elif fig.other_total is not None and fig.other_total_evidence and (
            not any(_UPDATE_RE.search(e.sentence) for e in (*fig.other_total_evidence, *fig.evidence))
            if field_name in TOTAL_FIELDS else
            not any(_UPDATE_RE.search(e.sentence) for e in fig.evidence)
            and any(_DISAGREE_RE.search(e.sentence) for e in (*fig.other_total_evidence, *fig.evidence))):
        # two totals of one article, neither told as an update: another speaker's is a conflict
        # ("the government puts the toll at 21"; "local elders say at least 25"), the same
        # speaker's or an unnamed one's a figure the article moved past (its check says so).
        # Two counts of one party are a conflict where the article says the speakers disagree
        # ("the army rejected that figure and said four soldiers had been killed", after its
        # toll "rose to four"; a monitor put the number at six); otherwise the lower count
        # may be an earlier one ("two attackers were killed on the third floor").
        kind, body = figure_speaker(Figure(field_name, fig.other_total, evidence=fig.other_total_evidence),
                                    groups, doc, outlet)
        if "unknown" not in (kind, value.kind) and "group claim" not in (kind, value.kind) \
                and (kind, body) != (value.kind, value.body):
            value.contested, value.contested_kind, value.contested_body = fig.other_total, kind, body
            value.contested_total = True
            value.contested_evidence = list(fig.other_total_evidence)
    return value


def claim_figures(doc: DocumentExtraction, groups: list[str]) -> dict[str, Figure]:
    """The perpetrator group's own figures that ``doc`` quotes beside figures of its own.

    A document's figures leave out a claimed toll when another of its sentences counts the same
    casualties ("X said its fighters killed 70 policemen" vs "the minister said 36 police died");
    the claim is still news to the analyst, so it is computed here from the main-incident
    mentions of the claim sentences alone and shown apart. Fields whose document figure already
    is the claim, or equals it, are left out."""
    from .casualties import compute_figures  # casualties asks reconcile who speaks: import late

    said = [replace(m, note="") if m.note == ENEMY_LOSSES else m for m in doc.casualties
            if m.incident == MAIN and m.value is not None and m.note != "negation"
            and source_kind(m.sentence, groups, m.phrase_start())[0] == "group claim"]
    if not said:
        return {}
    figures, _ = compute_figures(said)
    out: dict[str, Figure] = {}
    for name, fig in figures.items():
        own = doc.figures.get(name)
        if fig.value is None and fig.low is None:
            continue
        if own is not None and (
                (own.value, own.low, own.high) == (fig.value, fig.low, fig.high)
                or figure_speaker(own, groups, doc)[0] == "group claim"):
            continue
        out[name] = fig
    return out


def _claim_value(doc: DocumentExtraction, row: dict[str, Any], fig: Figure) -> SourceValue:
    return SourceValue(doc.article_id, _text(row.get("outlet")), _published(doc, row), fig.value,
                       fig.qualifier or "exact", fig.low, fig.high, list(fig.evidence),
                       fig.derivation, "group claim")


# A reporting verb whose subject is a pronoun: "He also put the death toll at 15", "..., she said".
_PRONOUN_SPEAKER = re.compile(
    r"\b(?:he|she)\s+(?:also\s+|later\s+|further\s+|then\s+)?"
    r"(?:said|says|told|tells|added|put|puts|confirmed|reported|stated|insisted|explained|gave)\b"
    r"|\b(?:said|added|told)\s+(?:he|she)\b", re.IGNORECASE)
_PRONOUN_LOOKBACK = 4  # sentences: a speaker named further back is no longer the pronoun's
# "Garba put the number abducted at 64", "..., said Garba": a speaker by surname alone
_NAME_SPEAKER = re.compile(
    r"\b([A-Z][a-z’'\-]+)\s+(?:also\s+|later\s+|further\s+|then\s+)?"
    r"(?:said|says|told|tells|added|put|puts|confirmed|reported|stated|insisted|explained|gave)\b"
    r"|\b(?:said|added|told)\s+([A-Z][a-z’'\-]+)\s*[.,]")
_NOT_NAMES = frozenset("He She It They We I You This That There These Those Officials Police".split())
_NAME_LOOKBACK = 10  # sentences: a person introduced with a title is named by surname later on
_TITLE_GAP = 40  # characters between a name and the title that introduces it


def _name_speaker(sentence: str) -> str | None:
    """The surname that speaks in ``sentence`` ("Garba said ..."), None without one."""
    m = _NAME_SPEAKER.search(sentence)
    if m is None:
        return None
    name = m.group(1) or m.group(2)
    return None if name in _NOT_NAMES else name


def _introduces(sentence: str, name: str) -> bool:
    """Whether ``sentence`` gives ``name`` next to an authority or independent noun ("Governor's
    spokesman Bello Garba", "Garba, a police spokesman")."""
    for m in re.finditer(rf"\b{re.escape(name)}\b", sentence):
        for _, noun_re in _NOUN_RES:
            for n in noun_re.finditer(sentence, max(0, m.start() - _TITLE_GAP), m.end() + _TITLE_GAP):
                if n.end() <= m.start() or n.start() >= m.end():
                    return True
    return False


# The lines that open and close a statement quoted whole in a report: "--- TRANSLATION BEGINS ---",
# "==== BEGIN TRANSLATED EXCERPT ====", "--- END TRANSLATION ---"
_BLOCK_OPEN = re.compile(r"^[\W_]*(?:begin(?:s|ning)?\s+(?:of\s+)?(?:the\s+)?(?:translat\w*\s+)?(?:translation|text|statement|excerpt)"
                         # a heading over it: "## Translation (full text)"
                         r"|translation\s*(?:\((?:full|complete|unofficial)(?:\s+text)?\))?\s*:?"
                         r"|(?:translation|text|statement|excerpt)\s+(?:begins|starts|follows)"
                         # a label over the statement: "STATEMENT (translated):", "Translated statement:"
                         r"|(?:statement|text|communiqu[eé]|message)\s*\(\s*(?:unofficial\s+)?(?:translated|translation)\s*\)"
                         r"|(?:unofficial\s+)?translated\s+(?:statement|text|communiqu[eé]|message)"
                         # an e-mail's forwarded statement, to its end: "---------- Forwarded message ----------"
                         r"|forwarded\s+message)[\W_]*$", re.IGNORECASE)
_BLOCK_CLOSE = re.compile(r"^[\W_]*(?:end(?:s)?\s+(?:of\s+)?(?:the\s+)?(?:translat\w*\s+)?(?:translation|text|statement|excerpt)"
                          r"|(?:translation|text|statement|excerpt)\s+ends"
                          # the reporter's comment under it: "MONITOR'S ASSESSMENT:", "Analyst comment:"
                          r"|(?:[\w’']+\s+){0,2}(?:assessment|comment|analysis|note)\s*:?)[\W_]*$", re.IGNORECASE)
_NAME = r"(?:the\s+)?(?P<name>[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|of|the|for|and|al|el|de)){0,6})"
# who issued it: "the statement issued tonight by the Baloch Azadi Front (BAF)", "Source: Ministry
# of Defence of the Russian Federation, daily briefing", a heading "Baloch Azadi Front - Statement"
_SOURCE_LINE = re.compile(r"^\s*(?i:source)\s*:\s*" + _NAME)
_ISSUER = (
    re.compile(r"\b(?:statement|communiqu[eé]|claim|message|announcement|release|bulletin|briefing)\s+"
               r"(?:[\w’'\-]+\s+){0,3}?(?:issued|released|published|posted|put\s+out|sent|read|broadcast)\s+"
               r"(?:[\w’'\-:]+\s+){0,3}?by\s+" + _NAME),
    _SOURCE_LINE,
    # the statement's signature: "Spokesman, Harkat-e-Inqilab-e-Waziristan"
    re.compile(r"^\W*(?i:spokes(?:man|woman|person))\s*,\s*" + _NAME),
    re.compile(r"^\s*" + _NAME + r"\s*(?:[-–—:|]\s*)?(?:official\s+)?(?:statement|communiqu[eé]|press\s+release)\s*$",
               re.IGNORECASE),
    # a letterhead in capitals with its acronym: "UNION DES REVOLUTIONNAIRES POUR LA DEFENSE DE L'ITURI (URDI)"
    re.compile(r"^\s*[A-Z][A-Z’'\- ]{8,100}\((?P<name>[A-Z]{2,7})\)\s*$"),
    # "a statement attributed to the Baloch Liberation Army (BLA), posted on Thursday"
    re.compile(r"\b(?:statement|communiqu[eé]|claim|message|announcement)\s+(?i:attributed\s+to|signed\s+by)\s+" + _NAME),
    # the statement's own first line: "Statement of the Jammu Resistance Battalion (JRB), Pir Panjal Command."
    re.compile(r"^\W*(?i:statement|communiqu[eé]|claim|message|announcement|declaration)\s+(?i:no\.?\s*\d+\s+)?"
               r"(?i:of|from|by)\s+" + _NAME),
)
_BLOCK_LOOKBACK = 6  # sentences before the opening line that may name the issuer


def _issuer(sentences: list[str]) -> str | None:
    """The name of the body that issued a quoted statement, from the lines around its opening."""
    for text in sentences:
        if len(text.split()) <= 8 and (voice := group_voice(text)):
            return voice  # a heading: "Amaq Agency | West Africa Province"
        for pattern in _ISSUER:
            m = pattern.search(text)
            if m is not None and m.group("name").split()[0].lower() not in ("the", "our", "this", "a"):
                name = m.group("name").strip()
                if pattern is _SOURCE_LINE and not group_voice(name):
                    continue  # "Source: Frontier Jihadist Media Monitor": the outlet that translates it
                return group_voice(name) or name  # "Source: Radio Andalus": al-Shabaab's voice
    return None


_CAPS_LETTERHEAD = re.compile(r"^\s*(?P<name>[A-Z][A-Z’'\- ]{8,100}?)\s*(?:\((?P<acr>[A-Z]{2,7})\))?\s*$")
_RELEASE_LINE = re.compile(r"^\W*(?:press\s+release|communiqu[eé]|statement)\b", re.IGNORECASE)
# the end of a quoted release: "[ends]", "END OF STATEMENT", a monitor's comment under it ("SAMM
# ANALYST COMMENT (not part of the statement)")
_RELEASE_END = re.compile(r"^\W*(?:\[?\s*ends?\s*\]?|end\s+of\s+(?:the\s+)?(?:statement|text|release|communiqu[eé])|"
                          r".{0,60}\bnot\s+part\s+of\s+the\s+(?:statement|release|text)\b.*|"
                          r"[A-Z][A-Z ]{2,40}\b(?:COMMENT|NOTE|ANALYSIS|ASSESSMENT)\b.*)\W*$", re.IGNORECASE)


def forwarded_release(doc: Document) -> tuple[str, int] | None:
    """An armed group's release quoted whole in a report or an e-mail: a letterhead in capitals
    with the group's acronym ("UNION DES REVOLUTIONNAIRES ... (URDI)"), a release label within a
    few lines, then its text to the end. The group's name and the index of the release's first
    sentence, or None."""
    from .groups import document_acronyms
    sentences = doc.sentences
    for k, s in enumerate(sentences):
        head = _CAPS_LETTERHEAD.match(s.text)
        if head is None:
            continue
        label = next((j for j in range(k + 1, min(k + 5, len(sentences))) if _RELEASE_LINE.match(sentences[j].text)), None)
        if label is None:
            continue
        if head.group("acr"):
            name = document_acronyms(doc.text).get(head.group("acr")) or group_voice(head.group("acr"))
        else:
            # a letterhead without its acronym: an armed group's name ("BALOCH LIBERATION COUNCIL")
            found = find_groups(head.group("name").strip().title())
            name = found[0].canonical if len(found) == 1 and found[0].surface.lower() == head.group("name").strip().lower() \
                and (found[0].known or _ARMED_LETTERHEAD.search(head.group("name"))) else None
        # (a force that holds and guards a territory, the SDF, speaks of its own losses as an
        # army does: no claimant's voice)
        if name and group_kind(name) != "state" and casualty_party(name) != "security" and label + 1 < len(sentences):
            return name, sentences[label + 1].index
    return None


# the words of an armed group's own name, for a letterhead no gazetteer knows (not "PUBLIC
# RELATIONS CELL", an office)
_ARMED_LETTERHEAD = re.compile(r"\b(?:LIBERATION|ARMY|FRONT|MOVEMENT|BRIGADES?|MUJAHIDEEN|JIHAD|RESISTANCE|REVOLUTIONARY|"
                               r"MILITIA|FIGHTERS|TIGERS|INSURGENCY|SEPARATISTS?)\b")


def forwarded_release_end(doc: Document, first: int) -> int:
    """The index after the last sentence of a release quoted from sentence ``first`` on: its
    closing line ("[ends]") or the comment under it, else the end of the text."""
    return next((s.index for s in doc.sentences[first:] if _RELEASE_END.match(s.text)), len(doc.sentences))


def statement_speakers(doc: Document) -> dict[int, str]:
    """For each sentence of a statement that ``doc`` quotes whole between an opening and a closing
    line ("--- TRANSLATION BEGINS ---" ... "--- TRANSLATION ENDS ---"), a sentence that names the
    statement's issuer as its speaker ("Baloch Azadi Front said."): the figures of the statement
    are its issuer's, not the reporter's, though no sentence of it says so."""
    out: dict[int, str] = {}
    sentences = doc.sentences
    if (forwarded := forwarded_release(doc)) is not None:
        name, first = forwarded
        last = forwarded_release_end(doc, first)
        out.update({t.index: f"{name} said." for t in sentences if first <= t.index < last})
    i = 0
    closed = -1  # the last sentence of a block read
    while i < len(sentences):
        if _BLOCK_CLOSE.match(sentences[i].text) and i > closed:
            # a closing line with no opening one: the statement runs from the first line within a
            # few before it that opens with the group's channel ("Amaq Agency: Fighters of the
            # Islamic State ambush a bus ...") to it
            heads = [k for k in range(max(closed + 1, i - _UNOPENED_LOOKBACK), i)
                     if (lead := _VOICE_LEAD.match(sentences[k].text)) is not None and group_voice(lead.group("voice"))]
            if heads:
                name = group_voice(_VOICE_LEAD.match(sentences[heads[0]].text).group("voice"))  # type: ignore[union-attr]
                for s in sentences[heads[0]:i]:
                    out[s.index] = f"{name} said."
            closed = i
            i += 1
            continue
        if not _BLOCK_OPEN.match(sentences[i].text):
            i += 1
            continue
        end = next((j for j in range(i + 1, len(sentences)) if _BLOCK_CLOSE.match(sentences[j].text)), len(sentences))
        # (its first lines, and its last: a signature)
        inside = [s.text for s in sentences[i + 1:min(end, i + 8)]] + [s.text for s in sentences[max(i + 8, end - 3):end]]
        before = [s.text for s in sentences[max(0, i - _BLOCK_LOOKBACK):i]]
        name = _issuer(inside) or _issuer(before[::-1])
        if name:
            for s in sentences[i + 1:end]:
                out[s.index] = f"{name} said."
        closed = end
        i = end + 1
    return out


# a line that opens with the channel that speaks, before a colon: "Amaq Agency: ...", "The Badia
# of Homs - Amaq Agency: ..." (a dateline first)
_VOICE_LEAD = re.compile(r"^\W*(?:[^:\n]{0,40}?\s[-–—]\s*)?(?P<voice>[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,4})\s*:\s")
_UNOPENED_LOOKBACK = 12  # sentences before a closing line with no opening one that may open the statement


def pronoun_speakers(doc: Document) -> dict[int, str]:
    """For each sentence of ``doc`` whose only speaker is a pronoun ("He also put the death toll
    at 15"), the earlier sentence that names who speaks ("..., the village head has said"): the
    nearest of the few before it whose speaker is an authority or an independent body. Sentences
    between that again speak through a pronoun or a bare name ("Bello Kurya told our
    correspondent") are passed over; any other named speaker ends the search. A speaker named by
    surname alone ("Garba put the number at 64") takes the sentence that introduced the person
    with a title ("Governor's spokesman Bello Garba said ...")."""
    out: dict[int, str] = {}
    sentences = doc.sentences
    kinds: dict[int, str] = {}  # a sentence's speaker kind, read once for every pronoun after it

    def kind_of(index: int) -> str:
        if index not in kinds:
            kinds[index] = source_kind(sentences[index].text)[0]
        return kinds[index]

    for s in sentences:
        pronoun = _PRONOUN_SPEAKER.search(s.text) is not None
        name = None if pronoun else _name_speaker(s.text)
        if not (pronoun or name) or kind_of(s.index) != "unknown":
            continue
        if name is not None:
            # the sentence that introduced the person with a title names who speaks
            for back in range(s.index - 1, max(-1, s.index - 1 - _NAME_LOOKBACK), -1):
                if _introduces(sentences[back].text, name):
                    if kind_of(back) in ("official", "independent"):
                        out[s.index] = sentences[back].text
                    break
            continue
        for back in range(s.index - 1, max(-1, s.index - 1 - _PRONOUN_LOOKBACK), -1):
            earlier = sentences[back].text
            kind = kind_of(back)
            if kind == "group claim":
                break
            if kind != "unknown":
                out[s.index] = earlier
                break
    return out


def figure_speaker(fig: Figure, groups: list[str], doc: DocumentExtraction | None = None,
                   outlet: str | None = None) -> tuple[str, str | None]:
    """(kind, body) of who gives ``fig``: the first evidence sentence that names a speaker decides,
    read in the clause of the figure when ``doc`` tells where it stands. Every figure of a
    document that is the group's own voice (``outlet`` names it) is the group's claim."""
    if outlet and group_voice(outlet):
        return "group claim", None
    kind, body = "unknown", None
    for e in fig.evidence:
        kind, body = source_kind(e.sentence, groups, _offset_in_sentence(doc, e))
        if kind != "unknown":
            break
    if kind == "unknown" and doc is not None:
        # "He also put the toll at 15": the speaker named in a sentence before
        for e in fig.evidence:
            named = doc.speaker_sentences.get(e.sentence_index)
            if named is not None:
                kind, body = source_kind(named, groups)
                break
    if kind == "unknown" and outlet:
        # a police press release or a ministry statement speaks in its own voice
        kind, body = outlet_kind(outlet)
    return kind, body


# Outlet names of news media: "Daily Monitor", "Army Times", "Defense News" are no authority.
_MEDIA_WORDS = re.compile(
    r"\b(?:times|news|post|daily|mirror|monitor|herald|tribune|journal|gazette|wire|press(?!\s+(?:office|secretary|service|unit|department))|online|"
    r"radio|tv|television|agency|magazine|review|observer|guardian|telegraph|express|star|"
    r"standard|sun|chronicle|insider|report|reporter|weekly|today|media|broadcasting)\b", re.IGNORECASE)


@lru_cache(maxsize=256)  # asked for every field of every document
def outlet_kind(outlet: str) -> tuple[str, str | None]:
    """(kind, body) of an outlet that is itself an authority or an independent body ("Plateau
    State Police Command" → official, police; "Ministry of Interior" → official, ministry);
    ("unknown", None) for news media and anything else."""
    if _MEDIA_WORDS.search(outlet):
        return "unknown", None
    kind, body = _named_speaker(outlet)
    if kind == "unknown":
        # a letterhead in Spanish, Portuguese or French ("Policía Nacional del Ecuador"), or a
        # state security body ("State Committee for National Security")
        body = next((b for b, pattern in _FOREIGN_BODIES if pattern.search(outlet)), None)
        if body is not None:
            return "official", body
    return kind, body


_FOREIGN_BODIES = (
    ("police", re.compile(r"(?i)\bpol[ií]c[ií]a\b|\bgendarmer[ií]a\b")),
    ("ministry", re.compile(r"(?i)\bminist[eéè]ri?o\b|\bminist[eè]re\b")),
    ("military", re.compile(r"(?i)\b(?:fuerzas\s+armadas|for[çc]as\s+armadas|forces\s+arm[ée]es|ej[ée]rcito|ex[ée]rcito|"
                            r"arm[ée]e)\b")),
    ("security", re.compile(r"(?i)\b(?:committee|service|council)\s+(?:for|of)\s+(?:national|state)\s+security\b")),
    # a UN or African Union mission's own release ("MINUSCA Strategic Communications")
    ("mission", re.compile(r"\b(?:MINUSCA|MONUSCO|MINUSMA|UNMISS|UNAMA|UNAMI|UNIFIL|UNSMIL|UNMIK|AUSSOM|AMISOM|ATMIS)\b")),
)


def _named_speaker(words: str) -> tuple[str, str | None]:
    """(kind, body) of the first authority or independent noun in ``words`` (a headline's
    trailing source, an outlet's name), ("unknown", None) without one."""
    for kind, noun_re in _NOUN_RES:
        m = noun_re.search(words)
        if m:
            return kind, _body(m.group(1))
    return "unknown", None


def _offset_in_sentence(doc: DocumentExtraction | None, e: Evidence) -> int | None:
    """Where the phrase of evidence ``e`` starts in its sentence (from the casualty mention
    quoted at the same span), None when no mention quotes it."""
    if e.phrase:  # the evidence of a casualty mention carries its phrase
        at = e.sentence.find(e.phrase)
        return at if at >= 0 else None
    if doc is None:
        return None
    for m in doc.casualties:
        if (m.start, m.end) == (e.start, e.end):
            return m.phrase_start()
    return None


_BARE_ACRONYM = re.compile(r"[A-Z]{2,6}")


@lru_cache(maxsize=256)  # asked for every field of every document (a gazetteer search)
def group_voice(outlet: str) -> str | None:
    """The perpetrator group an outlet is the voice of ("al-Shabaab (claim)", "Amaq"), else None."""
    try:
        from .attribution import issuer_outlet
    except ImportError:  # pragma: no cover - attribution.py is another engineer's
        return None
    issuer = issuer_outlet(outlet)
    if issuer:
        return issuer
    if _BARE_ACRONYM.fullmatch(outlet.strip()):
        return None  # "NPA" in a wire's credit line is its agency, not the New People's Army
    known = [m for m in find_groups(outlet, caps=False) if m.known and group_kind(m.canonical) != "state"]
    return known[0].canonical if known else None


def speaker_groups(used: list[DocumentExtraction]) -> list[str]:
    """Perpetrator groups (names and surfaces, longest first) whose own words make a figure a
    "group claim"; state forces blamed for an attack still speak as officials ("police said")."""
    return speaking_names([a for d in used for a in d.attributions])


def speaking_names(statements: Iterable[AttributionStatement]) -> list[str]:
    """The names (canonical, as written, and short forms) of the non-state groups that
    ``statements`` name, longest first: the names under which a group's own claim is told."""
    return sorted({form for a in statements if a.group and group_kind(a.group) != "state"
                   for n in (a.group, a.surface) if n for form in name_forms(n)}, key=lambda g: (-len(g), g))


def _canon(name: str) -> str:
    return canonical_group(name) or name


def _parent(name: str) -> str:
    try:
        from .groups import parent_group

        return parent_group(name) or name
    except (ImportError, OSError):
        return name


def _related(a: str, b: str) -> bool:
    """True when one group is a branch of the other (Islamic State Khorasan / Islamic State), or
    one of the groups of a joint label ("Hamas and PFLP") is related to the other name."""
    if a.casefold() == b.casefold():
        return True
    members_a, members_b = _members(a), _members(b)
    if len(members_a) > 1 or len(members_b) > 1:
        return any(_related_one(x, y) for x in members_a for y in members_b)
    return _related_one(a, b)


def _same_group(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` name the same group, or one is a member of the other's joint
    label (not a parent or a branch, as :func:`_related` allows)."""
    return any(x.casefold() == y.casefold() for x in _members(a) for y in _members(b))


def _members(name: str) -> list[str]:
    return joint_members(name) or [name]


def _ancestors(name: str) -> list[str]:
    """``name`` and its parents up the gazetteer's tree (a faction → its network → the
    province → the Islamic State), case-folded."""
    chain = [name.casefold()]
    while len(chain) < 6 and (up := _parent(name)).casefold() not in chain:
        chain.append(up.casefold())
        name = up
    return chain


def _related_one(a: str, b: str) -> bool:
    if a.casefold() == b.casefold() or plain_name(a).casefold() == plain_name(b).casefold():
        return True  # ("Fos Inite" in a wire that drops accents is "Fòs Inite")
    pa, pb = _parent(a), _parent(b)
    # a branch of the other at any depth, or two branches of one parent
    if pa.casefold() == pb.casefold() or a.casefold() in _ancestors(b) or b.casefold() in _ancestors(a):
        return True
    if a.casefold().startswith(b.casefold() + " ") or b.casefold().startswith(a.casefold() + " "):
        return True
    pa, pb = plain_name(a).casefold(), plain_name(b).casefold()
    if pa.startswith(pb + " ") or pb.startswith(pa + " "):
        return True
    # a unit named by the tail of its full name: "Battalion 4" of "Kani District PDF Battalion 4"
    short, long = sorted((a.casefold(), b.casefold()), key=len)
    return " " in short and long.endswith(" " + short)


def _the(group: str) -> str:
    """'Islamic State' → 'the Islamic State' (cosmetic: names that read with an article); each
    group of a joint label on its own ('Hamas and the Popular Front ...')."""
    members = _members(group)
    if len(members) > 1:
        return " and ".join(_the(m) for m in members)
    if re.match(r"^(?:[Tt]he |[Aa]l-|[Aa]l |[A-Z]{2,}\b)", group):
        return group
    if re.search(r"(?i)\b(state|taliban|front|army|movement|party|brigades?|group|organi[sz]ation|"
                 r"network|council|union|league|battalion|command|military|coalition|forces)\b", group):
        return f"the {group}"
    return group


_STRENGTH = {"claimed": 5, "admitted": 5, "attributed": 4, "reported": 4, "suspected": 3,
             "possible": 2}
_CLAIM_STANCES = ("claimed", "admitted")
# "reported": the text states the group as fact, citing someone ("according to official
# reports, the attackers were ISIS militants"): counted as an attribution.
_ATTRIBUTING = ("attributed", "reported")
_BLAME_STANCES = ("attributed", "reported", "suspected", "possible")
_NOT_OUTSIDE = ("the headline", "headline", "the author", "author")


def _attribution_rows(used: list[DocumentExtraction],
                      rows: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    out: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    spelled = _acronym_names(used)
    for d in used:
        row = rows.get(d.article_id, {})
        statements = [s for s in d.attributions if s.incident == MAIN]
        if not statements and d.attribution.group and d.attribution.evidence:
            # No statements: fall back on the document summary (never without a quoted sentence:
            # see _unquoted_attributions).
            a = d.attribution
            # a group the text only names near the attack, with no cue saying what it did
            # ("investigators were examining links to X"), is a possible perpetrator, no more
            named_only = a.confidence is None and a.attribution_uncertain is None and not a.attributed_by
            stance = ("claimed" if a.claimed else "possible" if a.confidence == "POSSIBLE" or named_only
                      else "suspected" if a.attribution_uncertain else "attributed")
            statements = [AttributionStatement(
                d.article_id, a.group or "", stance, a.attributed_by or "", "", [], MAIN,
                a.evidence[0].sentence if a.evidence else "",
                a.evidence[0].start if a.evidence else -1,
                a.evidence[0].end if a.evidence else -1)]
            if a.claimed is False:
                statements.append(AttributionStatement(
                    d.article_id, a.group or "", "not_claimed", "", "", [], MAIN, "", -1, -1))
        outlet = _text(row.get("outlet")) or ""
        if outlet_kind(outlet)[0] == "official":
            # a government or police release: its author is the authority ("the dastardly attack
            # by bandits" in a state government's statement is the government's attribution)
            # (not the deeds of a state's own forces: an army's release tells of its riposte)
            statements = [replace(s, by=outlet, stance="attributed" if s.stance == "reported" else s.stance)
                          if s.by in ("the author", "author") and not (s.group and group_kind(_canon(s.group)) == "state")
                          else s for s in statements]
        voice = group_voice(outlet)
        if voice:
            # the group's own statement: what it says of itself is its claim ("the mujahideen
            # detonated an explosive device"), whatever cue the text carries
            statements = [replace(s, stance="claimed", by="the group (its own statement)")
                          if s.group and _related(_canon(s.group), _canon(voice))
                          and s.stance not in UNSUPPORTIVE else s for s in statements]
        for s in statements:
            group = _canon(s.group) if s.group else ""
            group = spelled.get(group, group)
            key = (d.article_id, group, s.stance, s.by or "")
            entry = out.get(key)
            if entry is None:
                entry = out[key] = {
                    "article_id": d.article_id,
                    "outlet": _text(row.get("outlet")),
                    "published": _published(d, row),
                    "group": group,
                    "stance": s.stance,
                    "by": s.by or "",
                    "basis": s.basis or "",
                    "hedges": list(s.hedges),
                    "evidence": [],
                    "surfaces": [],  # the group's names as written, where its estimate is read
                }
            if s.basis and s.basis not in entry["basis"]:
                entry["basis"] = "; ".join(x for x in (entry["basis"], s.basis) if x)
            entry["hedges"] = sorted(set(entry["hedges"]) | set(s.hedges))
            if s.sentence:
                entry["evidence"].append(s.evidence())
            if s.surface and s.surface not in entry["surfaces"]:
                entry["surfaces"].append(s.surface)
    # a claim one source calls a hoax or a decoy is no claim to take from another that only tells it
    # ("a group calling itself X claimed the attack" / "The FBI has called the post a hoax")
    dismissed = {r["group"] for r in out.values() if DECOY_HEDGE in r["hedges"]}
    for r in out.values():
        if r["group"] in dismissed and r["stance"] == "claimed":
            r["stance"], r["hedges"] = "possible", sorted({*r["hedges"], DECOY_HEDGE})

    def text_order(r: dict[str, Any]) -> tuple[int, int]:
        ev = r["evidence"]
        return (ev[0].sentence_index, ev[0].start) if ev else (1 << 30, 0)

    # By publication, then in the order the article says things.
    return sorted(out.values(), key=lambda r: (r["published"] or "9999", r["article_id"],
                                               text_order(r), r["group"], r["stance"], r["by"]))


def _branches_named(used: list[DocumentExtraction], group: str) -> set[str]:
    """The other groups of the sources' statements that one of them calls a unit of ``group``
    ("the BAL's Hammal Brigade"), or ``group`` a unit of ("the Kagui faction of the BIFF"): a
    branch or a parent the gazetteer does not know, no rival."""
    surfaces: dict[str, set[str]] = {}
    for d in used:
        for st in d.attributions:
            if st.group:
                surfaces.setdefault(_canon(st.group), set()).update(n for n in (st.group, st.surface) if n)
    own = {n for n in surfaces.get(group, set()) | {group} if len(n) > 1}
    sentences = {st.sentence for d in used for st in d.attributions
                 if "'s " in st.sentence or "’s " in st.sentence or " of " in st.sentence}
    out: set[str] = set()
    mine = "|".join(re.escape(n) for n in sorted(own, key=len, reverse=True))
    for other, names in surfaces.items():
        if other == group or _related(other, group):
            continue
        theirs = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        # ("the Yesid Carvajal Front of the Estado Mayor Central": the unit's noun in its name)
        patterns = [re.compile(rf"\b(?:{parent})['’]s\s+(?:own\s+)?(?:{unit})\b|"
                               rf"\b(?:{unit})(?:\s+{_UNIT_NOUNS})?\s+of\s+(?:the\s+)?(?:{parent})\b")
                    for parent, unit in ((mine, theirs), (theirs, mine))]
        if any(p.search(sentence) for p in patterns for sentence in sentences):
            out.add(other)
    return out


_UNIT_NOUNS = r"(?:faction|wing|brigade|battalion|unit|cell|column|front|branch|splinter\s+group)"


def _acronym_names(used: list[DocumentExtraction]) -> dict[str, str]:
    """Unlisted acronyms of the sources' statements mapped to the one unlisted name they abbreviate
    ("JAH" → "Jama'at Ansar al-Hudud"): a group the gazetteer does not know is written out once
    and then shortened, in one article or across several; so is a name without its generic noun
    ("Lakou Wouj" → "Lakou Wouj gang")."""
    names = {_canon(s.group) for d in used for s in d.attributions if s.group}
    spelled: dict[str, str] = {}
    for short in names:
        if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()) or is_known_group(short):
            continue
        full = [n for n in names if n != short and not n.isupper() and not is_known_group(n)
                and "".join(w[0] for w in re.split(r"[\s\-]+", n) if w[:1].isupper()) == short]
        if len(full) == 1:
            spelled[short] = full[0]
    # "Lakou Wouj" (its leader's group, named bare) beside the "Lakou Wouj gang"
    for short in names:
        if short in spelled or is_known_group(short) or short[:1].islower():
            continue
        full = [n for n in names if not is_known_group(n) and n.startswith(short + " ")
                and _GENERIC_TAIL.fullmatch(n[len(short) + 1:])]
        if len(full) == 1 and short not in spelled and not is_known_group(short):
            spelled[short] = full[0]
    return spelled


_GENERIC_TAIL = re.compile(r"(?:gang|group|militia|faction|cartel|coalition|movement)")


_NO_EVIDENCE = re.compile(r"\bevidence\b", re.IGNORECASE)
_DESCRIPTOR_TAIL = re.compile(r"\s(?:separatists?|militants?|rebels?|insurgents?|fighters?|jihadists?|islamists?|"
                              r"nationalists?|guerrillas?|extremists?|militiamen|militias?|hunters|gunmen)$", re.IGNORECASE)


def _describes(name: str, group: str) -> bool:
    """Whether ``name`` is an unnamed description of ``group``: a people's or a region's word and a
    kind of fighter ("Baloch separatists" of the Baloch Liberation Council)."""
    if is_known_group(name) or not _DESCRIPTOR_TAIL.search(name):
        return False
    first = name.split()[0].casefold()
    return first in {w.casefold() for w in re.findall(r"[\w'’-]+", group)} or first in described_as(group)


_AUTHOR_REJECTS = re.compile(r"^\W*(?:we|i|the\s+(?:authors?|analysts?))\s+(?:find|consider|judge|think|assess|deem|regard)\s+"
                             r"(?:this|that|it|the\s+(?:claim|blame|accusation|allegation|attribution))\s+(?:highly\s+|very\s+)?"
                             r"(?:unlikely|implausible|improbable|doubtful|unconvincing|unfounded)\b", re.IGNORECASE)


def _pick_group(rows: list[dict[str, Any]]) -> str | None:
    score: dict[str, tuple[int, int]] = {}
    sources: dict[str, set[str]] = {}
    # (the names that deny, which may be no listed group: a counter-blame by one is theirs)
    deniers = {r["group"].casefold() for r in rows if r["stance"] == "denied" and r["group"]}
    for r in rows:
        if not r["group"] or r["stance"] not in _STRENGTH:
            continue
        if r["stance"] != "denied" and r["by"] and (_by_group_row(r) or r["by"].casefold() in deniers) \
                and r["by"].casefold() not in ("the group", "group") and r["group"].casefold() not in r["by"].casefold():
            continue  # "X denied it and blamed Y": a suspect's counter-blame supports no one
        sources.setdefault(r["group"], set()).add(r["article_id"])
        n, best = score.get(r["group"], (0, 0))
        score[r["group"]] = (n, max(best, _STRENGTH[r["stance"]]))
    if not score:
        return None
    # (at equal sources and strength, a group that denies yields to one blamed on a stated basis)
    denies = {r["group"] for r in rows if r["stance"] == "denied"}
    based = {r["group"] for r in rows if r["basis"] and r["stance"] in _ATTRIBUTING + ("suspected",)}
    # (and a description, "Bandits", yields to a group named, told as often)
    # (and at equal sources, below a claim, a group blamed on a stated basis comes before one blamed
    # more strongly on none: the police's "based on survivor statements and spent cartridges"
    # before a legislator's word)
    order = sorted(score, key=lambda g: (-len(sources[g]), is_generic_group(g), score[g][1] < _STRENGTH["claimed"],
                                         g not in based, -score[g][1], g in denies, g))
    leader = order[0]
    if is_generic_group(leader):
        # "insurgents" in three reports, "ISMP claimed it" in two: the description fits the
        # group that claimed, which is the answer
        named = next((g for g in order[1:] if not is_generic_group(g) and score[g][1] >= _STRENGTH["claimed"]), None)
        if named is not None:
            leader = named
    branch = next((g for g in order[1:] if score[g][1] >= _STRENGTH["attributed"]
                   and leader.casefold() in _ancestors(g)[1:]), None)
    if branch is not None:
        # "IS claimed it; police blame its Philippine faction DI-M": the branch named is the more
        # specific answer, the claim its parent's
        return branch
    if score[leader][1] < _STRENGTH["claimed"]:
        # "suspicion fell on the TTP ... JuA, a TTP faction, claimed it": the branch or parent
        # that claimed is the more specific answer than a kin group blamed more often
        claimant = next((g for g in order[1:] if score[g][1] >= _STRENGTH["claimed"] and _related(g, leader)), None)
        if claimant is not None:
            # (a parent's claim for its branch blamed by name: "IS claimed it; police blame its
            # Philippine faction DI-M": the branch is the more specific answer, the claim is kin's)
            return leader if claimant.casefold() in _ancestors(leader)[1:] else claimant
        if any(r["group"] == leader and r["stance"] == "denied" for r in rows):
            # "the army blames the KPB, which denies it; the RHA claimed it": a group's own claim
            # against others' blame of a group that denies is the first hypothesis (the blame and
            # the denial stay in the judgment as the competing account)
            claimant = next((g for g in order[1:] if score[g][1] >= _STRENGTH["claimed"]), None)
            if claimant is not None:
                return claimant
    return leader


def _unquoted_attributions(used: list[DocumentExtraction], names: dict[str, str]) -> list[str]:
    """Data-quality lines for sources whose summary names a group with no sentence behind it;
    such a group is not used (every claim in a briefing traces to a quoted sentence)."""
    return [f"attribution: {names.get(d.article_id, d.article_id)} names {_the(_canon(d.attribution.group))} "
            "but no sentence of it states who did it; not used"
            for d in used
            if d.attribution.group and not d.attribution.evidence
            and not any(s.incident == MAIN for s in d.attributions)]


def merge_attackers(used: list[DocumentExtraction]) -> tuple[list[dict[str, Any]], list[Evidence]]:
    """The individuals the sources name as the attacker, each once (by surname; the longest
    form of the name): who identifies him (the speakers; the author only where no one else does),
    the sources and their sentences; and every sentence that says he acted alone."""
    merged: dict[str, dict[str, Any]] = {}
    alone: list[Evidence] = []
    named = [a.name for d in used for a in getattr(d.attribution, "attackers", [])]
    for d in used:
        summary = d.attribution
        for a in getattr(summary, "attackers", []):
            key = _surname_key(a.name, named)
            entry = merged.setdefault(key, {"name": a.name, "by": [], "sources": [], "evidence": []})
            if len(a.name) > len(entry["name"]):
                entry["name"] = a.name
            if a.by not in entry["by"]:
                entry["by"].append(a.by)
            if d.article_id not in entry["sources"]:
                entry["sources"].append(d.article_id)
            entry["evidence"].append(a.evidence)
        alone.extend(getattr(summary, "alone", []))
    for entry in merged.values():
        # who identifies him: the speakers, or the author where no one else does
        entry["by"] = [b for b in entry["by"] if b != "the author"] or entry["by"]
    return list(merged.values()), alone


def _surname_key(name: str, names: list[str]) -> str:
    """The surname a name is merged under; a name given with its surname's initial only, as French
    prosecutors do ("Thomas V."), is the full name it abbreviates ("Thomas Vasseur") when one
    source gives it."""
    words = name.split()
    last = words[-1]
    if len(words) >= 2 and re.fullmatch(r"[A-Z]\.", last):
        full = next((n.split()[-1] for n in names if len(n.split()) >= 2 and n.split()[0] == words[0]
                     and n.split()[-1][:1] == last[0] and not re.fullmatch(r"[A-Z]\.", n.split()[-1])), None)
        return full or last
    return last


def _attacker_words(attackers: list[dict[str, Any]], alone: list[Evidence]) -> str:
    """'The attacker was named as X (by the police; 2 sources); 1 source says the attacker
    acted alone.' for the judgment of an attack no group is named for."""
    parts = []
    if attackers:
        told = "; ".join(f"{a['name']} (by {', '.join(a['by'])}; {len(a['sources'])} source"
                         f"{'s' if len(a['sources']) > 1 else ''})" for a in attackers)
        noun = "attacker was" if len(attackers) == 1 else "attackers were"
        parts.append(f"the {noun} named as {told}")
    if alone:
        n = len({e.article_id for e in alone})
        parts.append(f"{n} source{'s say' if n > 1 else ' says'} the attacker acted alone")
    text = "; ".join(parts)
    return f" {text[:1].upper()}{text[1:]}." if text else ""


def reconcile_attribution(used: list[DocumentExtraction],
                          rows: dict[str, dict[str, Any]] | None = None,
                          names: dict[str, str] | None = None) -> tuple[AttributionJudgment, list[str]]:
    """Combine the main-incident attribution statements of the sources into one judgment, with
    the individuals named as the attacker; returns the judgment and cross-source warnings."""
    judgment, checks = _reconcile_groups(used, rows, names)
    judgment.attackers, judgment.alone = merge_attackers(used)
    possible = None  # a group named only as a possibility beside an attacker said to act alone
    if judgment.group is not None and judgment.alone and all(
            r["stance"] in ("possible", "not_claimed") for r in judgment.per_source if r["group"] == judgment.group):
        # "We believe he acted alone" beside a channel that praised the attack and is linked to a
        # group (which has not claimed it): no group is judged responsible
        possible, judgment.group, judgment.claimed, judgment.confidence_words = judgment.group, None, None, ""
    if judgment.group is None and (judgment.attackers or judgment.alone):
        judgment.judgment = "No source names a group responsible." + _attacker_words(judgment.attackers, judgment.alone) \
            + _denials_words(judgment.per_source)
        judgment.reason = ("no attribution statement names a group; the sources "
                           + ("name the attacker" if judgment.attackers else "say the attacker acted alone"))
        if possible is not None:
            judgment.judgment += f" {_the(possible)[:1].upper()}{_the(possible)[1:]} is named only as a possibility."
            judgment.reason = (f"the sources say the attacker acted alone; {possible} is named only as a "
                               "possibility, which does not outweigh them")
    return judgment, checks


def _denials_words(per_source: list[dict[str, Any]]) -> str:
    """" X denied involvement." for the groups that deny the attack where no source names one
    responsible ("Svensk Vaksamhet has nothing to do with what happened"), else ""."""
    denied = sorted({r["group"] for r in per_source if r["stance"] == "denied" and r["group"]})
    if not denied:
        return ""
    who = " and ".join(_the(g) for g in denied)
    return f" {who[:1].upper()}{who[1:]} denied involvement."


def _reconcile_groups(used: list[DocumentExtraction],
                      rows: dict[str, dict[str, Any]] | None = None,
                      names: dict[str, str] | None = None) -> tuple[AttributionJudgment, list[str]]:
    """:func:`reconcile_attribution` of the groups named."""
    rows = rows or {}
    names = names or _short_ids([d.article_id for d in used])
    per_source = _attribution_rows(used, rows)
    checks: list[str] = _unquoted_attributions(used, names)
    group = _pick_group(per_source)
    if group is None:
        no_claim = any(r["stance"] == "not_claimed" for r in per_source)
        return AttributionJudgment(
            None, False if no_claim else None, per_source, [], "",
            "No source names a group responsible; no judgment is made." + _denials_words(per_source),
            "no attribution statement names a group" if not per_source else
            "the statements name no group" + (" responsible" if _denials_words(per_source) else "")), checks

    branches = _branches_named(used, group)
    mine = [r for r in per_source
            if (_related(r["group"], group) or r["group"] in branches if r["group"] else r["stance"] == "not_claimed")]
    related = sorted({r["group"] for r in mine if r["group"] and r["group"] != group})
    others = [r for r in per_source if r["group"] and not _related(r["group"], group) and r["group"] not in branches]
    # Competing = another group claimed or blamed; one merely named ("reported", "possible")
    # stays in per_source but does not compete.
    competing = sorted({r["group"] for r in others
                        if r["stance"] in _CLAIM_STANCES + ("attributed", "suspected")})

    # Claim status per source. When one article says both (e.g. "no group claimed it at first
    # ... later the group claimed it"), the later sentence wins and a check says so.
    status: list[dict[str, Any]] = []
    for d in used:
        said = sorted(
            (st for st in d.attributions
             if st.incident == MAIN and st.stance in _CLAIM_STANCES + ("not_claimed", "denied")
             # a statement naming no group bears on the main group only when it says no one
             # claimed; "a leftist group claimed it" is no claim by the group judged
             and (_related(_canon(st.group), group) if st.group else st.stance == "not_claimed")
             # a parent's or a branch's denial is its own: "JuA claimed it; the TTP, from
             # which it broke away, denied any role" is no denial by JuA
             and (st.stance != "denied" or _same_group(_canon(st.group), group))),
            key=lambda st: (st.sentence_index, st.start))
        claimed: bool | None = None
        if said:
            claimed = said[-1].stance in _CLAIM_STANCES
            if not claimed and not said[-1].group and said[-1].stance == "not_claimed" \
                    and any(st.stance in _CLAIM_STANCES for st in said):
                # "The BLA claimed the attack within hours ... two soldiers were killed by a
                # roadside bomb in Kalat, an attack no one has yet claimed": a claim told is not
                # unmade by a later word that no one claimed, which is of another attack
                claimed = True
            elif len({st.stance in _CLAIM_STANCES for st in said}) > 1:
                checks.append(f"attribution: {names[d.article_id]} says both that {_the(group)} "
                              "claimed the attack and that it did not; the later sentence is used")
        elif d.attribution.claimed is not None and not any(
                st.incident == MAIN and st.stance in _CLAIM_STANCES + ("not_claimed", "denied")
                for st in d.attributions) and (
                not d.attribution.group or _related(_canon(d.attribution.group), group)):
            # an extraction without its statements: its summary's word (the statements, where
            # there are some, were read above: those left out bear on other groups)
            claimed = d.attribution.claimed
        voice = group_voice(_text(rows.get(d.article_id, {}).get("outlet")) or "")
        if voice and _related(_canon(voice), group):
            claimed = True  # the group's own statement is its claim
        if claimed is not None:
            status.append({"article_id": d.article_id,
                           "published": _published(d, rows.get(d.article_id, {})),
                           "claimed": claimed,
                           "denied": not claimed and any(st.stance == "denied" for st in said)})
    status.sort(key=lambda s: (s["published"] or "", s["article_id"]))
    claimed_all: bool | None = None
    if status:
        dated = [s for s in status if s["published"]]
        last_day = max((s["published"] for s in dated), default=None)
        latest = [s for s in status if s["published"] == last_day] if dated else status
        claimed_all = any(s["claimed"] for s in latest)
        if not claimed_all and any(s["claimed"] for s in status):
            first = next(s for s in status if s["claimed"])
            checks.append(f"attribution: {names[first['article_id']]} reports a claim by "
                          f"{_the(group)}, but the later {', '.join(names[s['article_id']] for s in latest)} "
                          "says it has not claimed the attack")

    # The evidence behind the judgment.
    # Blame by outside voices (authorities, experts, officials' reports), not by the group
    # itself, the headline or the article's author.
    blame = [r for r in mine if r["stance"] in _BLAME_STANCES and r["by"]
             and not _by_group_row(r) and r["by"] not in _NOT_OUTSIDE]
    attributed = [r for r in mine if r["stance"] in _ATTRIBUTING
                  and r["by"] not in ("the headline", "headline")]
    with_basis = [r for r in attributed if r["basis"]]
    # (an outside voice that suspects the group is a source for it too: two police sources that
    # name the gang, one of them hedged, are two sources)
    attributing_sources = sorted({r["article_id"] for r in attributed} | {
        r["article_id"] for r in mine if r["stance"] == "suspected" and r["by"]
        and r["by"] not in _NOT_OUTSIDE and not _by_group_row(r)})
    denied = any(s.get("denied") for s in status) and not claimed_all
    competing_claims = sorted({r["group"] for r in others if r["stance"] in _CLAIM_STANCES})
    # Another group blamed by an outside voice (officials, the army, experts): a disagreement the
    # judgment must carry, weaker than a rival claim.
    denying = {r["group"].casefold() for r in per_source if r["stance"] == "denied" and r["group"]}
    # (a blame the report itself rejects: "An official in Kaya has blamed the ISSP. We find this
    # unlikely: ...")
    rejected = {(r["article_id"], r["group"]) for r in per_source if r["group"]
                and any(_AUTHOR_REJECTS.search(getattr(e, "sentence", "") or "") for e in r["evidence"] or ())}
    # (a source that blames the group and calls its men "bandits" blames no rival)
    naming = {r["article_id"] for r in mine if r["stance"] in ("attributed", "suspected", "reported", *_CLAIM_STANCES)}
    rival_blame = [r for r in others if r["group"] not in competing_claims
                   and r["stance"] in ("attributed", "suspected") and r["by"]
                   and r["by"] not in _NOT_OUTSIDE and not _by_group_row(r) and r["by"].casefold() not in denying
                   and not (is_generic_group(r["group"]) and r["article_id"] in naming)
                   # ("residents blamed the insurgents" of an attack the ISMP claimed: the same men)
                   and not (is_unnamed_group(r["group"]) and not is_generic_group(group))
                   # ("has blamed a different group, the CPM, without giving evidence": no weight)
                   and not any(_NO_EVIDENCE.search(h) for h in r.get("hedges") or ())
                   and (r["article_id"], r["group"]) not in rejected
                   # ("Baloch separatists" beside the Baloch Liberation Council: a description of it)
                   and not _describes(r["group"], group)]
    sources_named = sorted({r["article_id"] for r in mine if r["stance"] != "not_claimed"}
                           | {s["article_id"] for s in status})

    if claimed_all and blame:
        level = 6
    elif claimed_all:
        level = 5
    elif with_basis or len(attributing_sources) >= 2:
        level = 4
    else:
        level = 3
    # a joint label is several groups: "the groups claimed it", "attribute it to them"
    joint = len(_members(group)) > 1
    them, group_word = ("them", "the groups") if joint else ("the group", "the group")
    # a state's forces own up to a strike; they are named, not "the group"
    state = not joint and group_kind(group) == "state"
    claimed_verb = "acknowledged" if state else "claimed"
    if state:
        them = group_word = _the(group)
    steps: list[str] = []
    if denied:
        level -= 1
        steps.append(f"{group_word} {'deny' if joint else 'denies'} involvement")
    if competing_claims:
        level -= 1
        steps.append(f"{', '.join(competing_claims)} also claimed it")
    elif rival_blame and 2 * len({r["article_id"] for r in rival_blame}) >= len(attributing_sources):
        # (a rival blamed in one source against the group blamed in three is a minority view: it
        # stays in the judgment, without lowering it)
        level -= 1
        steps.append("outside sources blame " + ", ".join(sorted({_the(r["group"]) for r in rival_blame})))
    # An analysis that states its own estimate ("We assess that X was almost certainly
    # responsible"): the judgment moves one step toward it and says whose estimate it is.
    assessed = _assessed([r for r in mine if r["group"] and _same_group(r["group"], group)])
    if assessed is not None:
        outlet, assessed_level = assessed
        if assessed_level > level:
            level += 1
        elif assessed_level < level:
            level -= 1
        steps.append(f"{outlet or 'an analysis'} assesses it {ICD203[assessed_level]}")
    level = max(0, min(level, len(ICD203) - 1))
    words = ICD203[level]

    # Who blames the group: outside voices who attribute it, else who suspect it, else the
    # author; the most frequent one is named.
    voices = ([r for r in attributed if r["by"] not in _NOT_OUTSIDE] or blame
              or [r for r in attributed if r["by"] not in ("the headline", "headline")])
    by = Counter(r["by"] for r in voices if r["by"] and not _by_group_row(r))
    # (at equal counts, an authority is named before a politician or a witness)
    by_name = max(by, key=lambda b: (by[b], _named_speaker(b)[0] == "official" or outlet_kind(b)[0] == "official"),
                  default="")
    by_stances = {r["stance"] for r in voices if r["by"] == by_name}
    bases = sorted({b.strip() for r in with_basis for b in r["basis"].split(";") if b.strip()})
    clauses: list[str] = []
    if claimed_all:
        claim_rows = [r for r in mine if r["stance"] in _CLAIM_STANCES]
        via = sorted({r["basis"] for r in claim_rows if r["basis"]})
        first_claim = next((s for s in status if s["claimed"]), None)
        notes = via + ([f"reported {date_words(first_claim['published'])}"]
                       if first_claim and first_claim["published"] else [])
        claimants = {r["group"] for r in claim_rows}
        # a kin's claim ("the Islamic State claimed it" of its branch judged) is named as such
        who = group_word if group in claimants or not claimants else " and ".join(_the(g) for g in sorted(claimants))
        clauses.append(f"{who} {claimed_verb} it" + (f" ({'; '.join(notes)})" if notes else ""))
    if by_name:
        plural = _plural_voice(by_name)
        # a voice blaming one group of a joint label names that group, not all of them
        named = {r["group"] for r in voices if r["by"] == by_name and r["group"]}
        target = them if not joint or not named or group in named else \
            " and ".join(_the(g) for g in sorted(named))
        several = joint and target == them
        if by_stances & set(_ATTRIBUTING):
            action = ("attribute" if plural else "attributes") + f" it to {target}"
        elif "suspected" in by_stances:
            action = ("suspect" if plural else "suspects") + f" {target}"
        else:
            action = ("name" if plural else "names") + f" {target} as {'possible perpetrators' if several else 'a possible perpetrator'}"
        clause = f"{_by_phrase(by_name)} {action}"
        if bases:
            clause += f" (basis: {'; '.join(bases)})"
        clauses.append(clause)
    elif blame:
        clauses.append(f"the sources attribute it to {them}")
    if claimed_all is False:
        have = "have" if joint else "has"
        clauses.append(f"{group_word} {have} denied involvement" if denied else
                       f"{group_word} {have} not {claimed_verb} it")
    blamed_rivals = {r["group"] for r in rival_blame}
    for r in rival_blame:
        if r["group"] in blamed_rivals:  # the first (earliest) blame of each rival, in words
            verb = ("attribute it to" if _plural_voice(r["by"]) else "attributes it to") \
                if r["stance"] == "attributed" else ("suspect" if _plural_voice(r["by"]) else "suspects")
            basis = f" (basis: {r['basis']})" if r["basis"] else ""
            clauses.append(f"but {_by_phrase(r['by'])} {verb} {_the(r['group'])}{basis}")
            blamed_rivals.discard(r["group"])
    if assessed is not None:
        who = _by_phrase(assessed[0]) if assessed[0] else "an analysis"
        clauses.append(f"{who} {'assess' if assessed[0] and _plural_voice(assessed[0]) else 'assesses'} it "
                       f"{ICD203[assessed[1]]}")
    if competing_claims:  # a rival claim is a disagreement the reader must see, not a mention
        claims = " and ".join(_the(g) for g in competing_claims)
        clauses.append(f"but {claims} also claimed it")
    rest = [g for g in competing if g not in {r["group"] for r in rival_blame} | set(competing_claims)
            and not (is_unnamed_group(g) and not is_generic_group(group))]  # ("insurgents": the group's own men)
    if rest:
        clauses.append(f"{', '.join(rest)} also named")
    if not clauses:
        clauses.append("the sources name the group without saying who blames it or why")
    n = len(sources_named)
    count = f"{n} source{'s' if n != 1 else ''}"
    body = "; ".join(clauses)
    if level >= 4:
        judgment = f"The attack was {words} carried out by {_the(group)}: {body} ({count})."
    elif level == 3:
        judgment = (f"There is a roughly even chance that the attack was carried out by "
                    f"{_the(group)}: {body} ({count}).")
    else:
        judgment = f"It is {words} that the attack was carried out by {_the(group)}: {body} ({count})."
    judgment = judgment[0].upper() + judgment[1:]

    said_by: dict[str, list[str]] = {}
    for r in mine:
        said_by.setdefault(r["article_id"], []).append(stance_words(r))
    reasons = [f"{names.get(aid, aid)} ({date_words(next(r['published'] for r in mine if r['article_id'] == aid))}): "
               + "; ".join(dict.fromkeys(words)) for aid, words in said_by.items()]
    rule = {6: f"{claimed_verb} by {group_word} and blamed by others",
            5: f"{claimed_verb} by {group_word}; no official or other outside voice (beyond the reporters "
               "themselves) blames it too",
            4: f"attributed with a stated basis or by two or more sources, not {claimed_verb}"
               if not claimed_all else "",
            3: "only suspected, possible or attributed by one source without basis"}.get(
        level + len(steps), "")
    reason = ". ".join(reasons)
    if status:
        history = ", ".join(f"{names[c['article_id']]} ({date_words(c['published'])}): "
                            f"{claimed_verb if c['claimed'] else 'not ' + claimed_verb}" for c in status)
        reason += (f". Claim status by report: {history}; taken: "
                   f"{claimed_verb if claimed_all else 'not ' + claimed_verb}")
    reason += f". Rule: {rule}" if rule else ""
    if steps:
        reason += f"; lowered because {' and '.join(steps)}"
    if competing:
        reason += f". Other groups named: {', '.join(competing)}"
        checks.append(f"attribution: competing groups named: {group}, {', '.join(competing)}")
    return AttributionJudgment(group, claimed_all, per_source, competing, words, judgment,
                               reason + ".", status, related), checks


_SINGLE_BODY = re.compile(
    r"(?i)\b(ministry|police|army|military|government|service|agency|office|committee|council|"
    r"spokes(?:man|woman|person)|governor|prosecutor|commander|president|minister|headline|"
    r"author|embassy|command|commission|directorate|force|department)$"
    # "Ministry of Internal Security", "Office of the Prosecutor"
    r"|^(?:ministry|department|office|commission|directorate|command|council|government|secretariat)\s+of\b")


def _plural_voice(by: str) -> bool:
    """'military sources', 'the police' take a plural verb; 'the army', 'the ministry' do not."""
    head = re.split(r"\s+(?:from|of|in|at|for|with)\s+", by)[0].split()[-1].lower()
    return head in ("police", "military", "people") or (
        head.endswith("s") and not head.endswith(("ss", "us")))


# one person described, not named: lower-case words up to a singular role noun ("senior security
# official in Quetta", "local police officer")
_ONE_UNNAMED = re.compile(r"^(?:[a-z][a-z\-]*\s+){0,3}(?:official|officer|source|commander|analyst|resident|"
                          r"witness|diplomat|spokes(?:man|woman|person))(?=$|\s+(?:in|at|from|of|with|for|on|near|based)\b)")


# ICD 203 words (and their common variants) by which an analysis states its own estimate
# (each variant with the ICD 203 word it stands for; longer phrases first, as the pattern tries them)
_ESTIMATE_WORDS = {w: ICD203.index(icd) for w, icd in (
    ("almost certainly", "almost certainly"), ("almost certain", "almost certainly"),
    ("very likely", "very likely"), ("highly likely", "very likely"), ("very probably", "very likely"),
    ("roughly even chance", "roughly even chance"), ("even chance", "roughly even chance"),
    ("very unlikely", "very unlikely"), ("highly unlikely", "very unlikely"), ("almost no chance", "almost no chance"),
    ("unlikely", "unlikely"), ("likely", "likely"), ("probably", "likely"))}
_ESTIMATE = re.compile(r"\b(" + "|".join(re.escape(w) for w in _ESTIMATE_WORDS) + r")\b", re.IGNORECASE)
# an assessment, not a reporter's hedge: "we assess", "our assessment", "responsibility is very likely"
_ASSESSING = re.compile(r"\b(?:we|i)\s+(?:now\s+)?(?:assess|judge|estimate|consider|conclude)\b|\bour\s+(?:assessment|"
                        r"judgment|judgement|estimate)\b|\bon\s+balance\b|\bresponsibility\s+(?:is|was|as)\b",
                        re.IGNORECASE)


def _assessed(mine: list[dict[str, Any]]) -> tuple[str, int] | None:
    """The latest estimate an article's author states in ICD 203 words of the group judged, and
    the article's outlet: ("Sahel Conflict Observatory", 5) for "We assess that the attack was
    very likely carried out by ...". None when no author states one."""
    found: tuple[str, int] | None = None
    for r in mine:  # (in publication order)
        if r["by"] not in ("the author", "author") or r["stance"] not in ("attributed", "suspected", "reported", "possible"):
            continue
        for e in r["evidence"]:
            sentence = getattr(e, "sentence", "") or ""
            if not _ASSESSING.search(sentence):
                continue
            at = next((g.start for g in find_groups(sentence) if _canon(g.canonical) == r["group"]), None)
            if at is None:
                at = next((sentence.find(w) for w in r.get("surfaces") or () if w and w in sentence), None)
            if at is None:
                continue
            # the estimate of the group's own clause, the nearest before its name, else after it
            # ("very likely the work of X, and likely of Y"; "ISWAP almost certainly carried out
            # the attack; a role for JAS cells is unlikely")
            start = sentence.rfind(";", 0, at) + 1
            stop = sentence.find(";", at)
            stop = len(sentence) if stop < 0 else stop
            before = [m for m in _ESTIMATE.finditer(sentence, start, at)]
            near = before[-1] if before else _ESTIMATE.search(sentence, at, stop)
            if near is None:
                continue
            found = (r["outlet"] or "", _ESTIMATE_WORDS[near.group(1).lower()])
    return found


def _by_phrase(by: str) -> str:
    """'Interior Ministry' → 'the Interior Ministry'; names and plurals stay as they are."""
    by = by.strip()
    # not before a possessive: "Syria's health ministry"
    if _SINGLE_BODY.search(by) and not re.match(r"(?i)^(?:the|a|an|its|his|her|their)\b|^\S+['’]s\s", by):
        return f"the {by}"
    if _ONE_UNNAMED.match(by):
        # "senior security official in Quetta" → "a senior security official in Quetta"
        return f"{'an' if by[0] in 'aeiou' else 'a'} {by}"
    return by


def stance_words(row: dict[str, Any]) -> str:
    """One attribution row (a per_source dict) in plain words: 'attributed to the Islamic
    State by the Interior Ministry (basis: interrogation)'."""
    g = _the(row["group"]) if row.get("group") else "no group"
    by = f" by {_by_phrase(row['by'])}" if row.get("by") else ""
    basis = f" (basis: {row['basis']})" if row.get("basis") else ""
    stance = row.get("stance", "")
    if stance in _CLAIM_STANCES:
        verb = "acknowledged" if row.get("group") and group_kind(row["group"]) == "state" else "claimed"
        return f"{g} {verb} it" + (f" ({row['basis']})" if row.get("basis") else "")
    if stance == "attributed":
        return f"attributed to {g}{by}{basis}"
    if stance == "reported":
        return f"{g} named{by}{basis}"
    if stance == "suspected":
        return f"{g} suspected{by}{basis}"
    if stance == "possible":
        return f"{g} named as a possible perpetrator{by}{basis}"
    if stance == "not_claimed":
        return f"{g} has not claimed it" if row.get("group") else "no group has claimed it"
    if stance == "denied":
        return f"{g} denied involvement"
    if stance == "withdrawn":
        return f"an earlier accusation of {g}{by}, told as superseded{basis}"
    return f"{g}: {stance.replace('_', ' ')}{by}{basis}"


def _by_group_row(r: dict[str, Any]) -> bool:
    """Whether the row is a group's own word: its claim or denial, or its blame of another
    group ("X denied it and blamed Y"), not an outside voice."""
    by = (r["by"] or "").casefold()
    return by in ("the group", "group") or (bool(r["group"]) and r["group"].casefold() in by) or (
        bool(r["by"]) and is_known_group(r["by"]) and group_kind(r["by"]) != "state")


_BG_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def reconcile_background(used: list[DocumentExtraction]) -> list[BackgroundIncident]:
    """Background incidents of all sources, merged by dated key or by equal label."""
    merged: dict[str, BackgroundIncident] = {}
    events: dict[str, bool] = {}
    for d in used:
        keys = set(d.incidents) | {m.incident for m in d.casualties} | {
            a.incident for a in d.attributions}
        for key in sorted(k for k in keys if k and k != MAIN):
            label = d.incidents.get(key) or key
            dm = _BG_DATE.fullmatch(key[3:]) if key.startswith("bg:") else None
            date = key[3:] if dm else None
            # Dated keys are shared across articles; undated ones only by their label.
            mkey = key if date else f"label:{label.casefold()}"
            inc = merged.get(mkey)
            if inc is None:
                inc = merged[mkey] = BackgroundIncident(
                    key if date else f"{d.article_id}:{key}", label, date, [], [], [])
            elif not events.get(mkey) and key in d.background_events:
                inc.label = label  # a sentence that tells the event labels it better than a passing date
            inc.mentions.extend(m for m in d.casualties if m.incident == key)
            inc.attributions.extend(a for a in d.attributions if a.incident == key)
            if d.article_id not in inc.sources:
                inc.sources.append(d.article_id)
            events.setdefault(mkey, False)
            events[mkey] |= key in d.background_events
    for mkey, inc in merged.items():
        inc.kind = "incident" if events[mkey] or inc.mentions or inc.attributions else "reference"
    return sorted(merged.values(), key=lambda b: (b.date or "9999", b.label, b.key))


def reconcile_incident_date(used: list[DocumentExtraction], names: dict[str, str],
                            given: str | None = None) -> IncidentDating:
    """The main incident's date across sources (see the 'Incident date' rule of METHOD)."""
    per_source = [{"article_id": d.article_id, "date": d.incident_date.date,
                   "precision": d.incident_date.precision, "basis": d.incident_date.basis,
                   "evidence": d.incident_date.evidence}
                  for d in used if d.incident_date is not None]
    if given:
        return IncidentDating(given, "given", "date given by the analyst", per_source)
    if not per_source:
        return IncidentDating(None, "not reported", "no source dates the incident", [])
    # Day-precise dates vote; a month-only date agrees with any day of its month.
    days = [p for p in per_source if p["precision"] == "day"] or per_source
    votes: dict[str, list[str]] = {}
    for p in days:
        votes.setdefault(p["date"], []).append(p["article_id"])
    best = max(votes, key=lambda day: (len(votes[day]), [-ord(c) for c in day]))
    said = "; ".join(f"{names.get(p['article_id'], p['article_id'])}: {p['date']} ({p['basis']})"
                     for p in per_source)
    disagree = [p for p in per_source if not best.startswith(p["date"]) and not p["date"].startswith(best)]
    if disagree:
        tied = sum(1 for day in votes if len(votes[day]) == len(votes[best])) > 1
        rule = (f"the earliest of the tied dates, {best}, is used" if tied
                else f"{best}, given by {len(votes[best])} of {len(per_source)}, is used")
        return IncidentDating(best, "conflicting", f"sources disagree ({said}); {rule}", per_source)
    status = "single source" if len(per_source) == 1 else "consistent"
    return IncidentDating(best, status, said, per_source)


def _timeline(used: list[DocumentExtraction], rows: dict[str, dict[str, Any]],
              fields: dict[str, FieldReconciliation], attribution: AttributionJudgment,
              background: list[BackgroundIncident], names: dict[str, str],
              dating: IncidentDating) -> list[TimelineEvent]:
    events: list[TimelineEvent] = []
    published = {d.article_id: _published(d, rows.get(d.article_id, {})) for d in used}
    main_label = next((d.incidents.get(MAIN) for d in used
                       if d.incidents.get(MAIN) and d.incidents.get(MAIN) != "Main incident"),
                      None) or "Main incident"
    if dating.date:
        if dating.status == "given":
            note = " (date given by the analyst)"
        elif dating.status == "conflicting":
            note = " (sources disagree on the date: " + ", ".join(
                f"{names.get(p['article_id'], p['article_id'])} {p['date']}" for p in dating.per_source) + ")"
        else:
            note = " (dated by " + ", ".join(names.get(p["article_id"], p["article_id"])
                                             for p in dating.per_source) + ")"
        events.append(TimelineEvent(dating.date, "incident", main_label + note, None))
    else:
        first = min((p for p in published.values() if p), default=None)
        events.append(TimelineEvent(_day(first), "incident",
                                    f"{main_label} (date not extracted; no later than the first report)",
                                    None))
    for b in background:
        if b.date and b.kind == "incident":
            events.append(TimelineEvent(b.date, "background", b.label, None))
    for d in used:
        row = rows.get(d.article_id, {})
        outlet = _text(row.get("outlet"))
        title = _text(row.get("title"))
        what = ", ".join(x for x in (outlet, title) if x)
        events.append(TimelineEvent(_day(published[d.article_id]), "report",
                                    f"{names[d.article_id]} published" + (f": {what}" if what else ""),
                                    d.article_id))
    for f in fields.values():
        reported = [s for s in f.per_source if s.value is not None or s.low is not None]
        if not reported:
            continue
        first = min(reported, key=lambda s: (s.published or "9999", s.article_id))
        events.append(TimelineEvent(
            _day(first.published), "figure",
            f"first report of {f.label.lower()}: "
            f"{format_figure(first.value, first.qualifier, first.low, first.high)}"
            f"{' (derived)' if first.derivation else ''}"
            f"{' (group claim)' if first.kind == 'group claim' else ''} ({names[first.article_id]})",
            first.article_id))
        for old in f.superseded:
            newer = [s for s in reported if _later(s.published, old.published) and s not in f.superseded]
            if newer:
                new = min(newer, key=lambda s: (s.published or "9999", s.article_id))
                events.append(TimelineEvent(
                    _day(new.published), "figure",
                    f"{f.label.lower()} updated: {format_figure(old.value, old.qualifier)} → "
                    f"{format_figure(new.value, new.qualifier)} ({names[new.article_id]})",
                    new.article_id))
    seen: set[tuple[str, str]] = set()
    for r in sorted(attribution.per_source, key=lambda r: (r["published"] or "9999", r["article_id"])):
        key = (r["group"], r["stance"])
        if key in seen:
            continue
        seen.add(key)
        events.append(TimelineEvent(_day(r["published"]), "figure",
                                    f"first report: {stance_words(r)} ({names[r['article_id']]})",
                                    r["article_id"]))
    # Same day: incident, background, publications, then first reports in the order built above
    # (figures in BRIEFING_FIELDS order, then attribution stances).
    order = {"incident": 0, "background": 1, "report": 2, "figure": 3}
    ranked = sorted(enumerate(events), key=lambda ie: (ie[1].date or "9999",
                                                       order.get(ie[1].kind, 3), ie[0]))
    return [e for _, e in ranked]


def _sources_table(articles: dict[str, dict[str, Any]], docs: list[DocumentExtraction],
                   used: list[DocumentExtraction], fields: dict[str, FieldReconciliation],
                   attribution: AttributionJudgment) -> pd.DataFrame:
    columns = ["article_id", "title", "outlet", "published", "language", "status",
               "duplicate_of", "contributed", "note"]
    used_ids = {d.article_id for d in used}
    by_id = {d.article_id: d for d in docs}
    contributed: dict[str, list[str]] = {i: [] for i in used_ids}
    for name, f in fields.items():
        for s in f.per_source:
            if s.value is not None or s.low is not None:
                contributed[s.article_id].append(name)
    for r in attribution.per_source:
        if r["article_id"] in contributed:
            tag = "claim status" if r["stance"] == "not_claimed" and not r["group"] else "group"
            if tag not in contributed[r["article_id"]]:
                contributed[r["article_id"]].append(tag)
    copies: dict[str, list[str]] = {}
    for aid, row in articles.items():
        original = _text(row.get("duplicate_of"))
        if _text(row.get("status")) == "duplicate" and original:
            copies.setdefault(original, []).append(aid)
    records = []
    for aid in sorted(set(articles) | set(by_id)):
        row = articles.get(aid, {})
        d = by_id.get(aid)
        status = _text(row.get("status")) or ("used" if d else "skipped")
        note = _text(row.get("note"))
        if d is not None and d.skipped_reason:
            status = "skipped"
            note = "; ".join(x for x in (note, d.skipped_reason) if x)
        if status == "used" and aid not in used_ids and d is None:
            note = "; ".join(x for x in (note, "no extraction") if x)
        if copies.get(aid):
            note = "; ".join(x for x in (note, f"copies: {', '.join(sorted(copies[aid]))}") if x)
        if aid in used_ids:
            what = ", ".join(contributed[aid]) or "nothing"
        elif status == "duplicate":
            what = f"copy of {_text(row.get('duplicate_of')) or 'another article'}"
        else:
            what = "nothing"
        records.append({
            "article_id": aid,
            "title": _text(row.get("title")),
            "outlet": _text(row.get("outlet")),
            "published": _text(row.get("published")) or (d.published if d else None),
            "language": _text(row.get("language")) or (d.language if d else None),
            "status": status,
            "duplicate_of": _text(row.get("duplicate_of")),
            "contributed": what,
            "note": note,
        })
    return pd.DataFrame(records, columns=columns)


def parts_above_totals(fields: dict[str, FieldReconciliation]) -> list[str]:
    """Checks where the reconciled parts of a total add up to more than the reconciled total
    allows: each field is reconciled on its own, from the sources that give it, so the parties'
    counts and the total may come from different sources and moments."""
    out = []
    for total_name, part_names in _PARTS_OF_TOTAL.items():
        total = fields.get(total_name)
        if total is None or total.value is None:
            continue
        parts = [(fields[p].value, fields[p].label.lower()) for p in part_names
                 if p in fields and fields[p].value is not None]
        top = total.high if total.high is not None else (
            None if total.qualifier in ("at_least", "more_than") else total.value)
        added = sum(v for v, _ in parts)
        if len(parts) > 1 and top is not None and added > top:
            said = " + ".join(f"{v} {label}" for v, label in parts)
            out.append(f"{total_name}: the parties' figures ({said} = {added}) exceed the total "
                       f"({format_figure(total.value, total.qualifier, total.low, total.high)}); "
                       "they come from different sources or reports, so neither is complete")
    return out


def update_reports(values: dict[str, list[SourceValue]]) -> frozenset[str]:
    """The articles whose killed or wounded total rests on a sentence that updates a toll ("the
    death toll has risen to 27", "bringing the toll to")."""
    return frozenset(s.article_id for name in ("killed_total", "wounded_total") for s in values.get(name, [])
                     if any(_UPDATE_RE.search(e.sentence) for e in s.evidence))


def reconcile(articles: pd.DataFrame, docs: list[DocumentExtraction],
              incident_date: str | None = None) -> IncidentSummary:
    """Combine the extractions of a run's articles into one incident picture.

    ``articles`` is the loader's table (article_id, title, outlet, published, status,
    duplicate_of ...); ``docs`` one extraction per used article. ``incident_date`` (ISO) places
    the main incident on the timeline when the caller knows it.
    """
    rows = _article_rows(articles)
    used, dup_notes = _used_docs(rows, docs)
    names = _short_ids([d.article_id for d in used])
    # an article whose own subject is the other side's response (its strike across the border)
    # neither counts nor attributes the main incident
    response = response_docs(used)
    responding = {d.article_id for d, _ in response}
    # (its state, the responder, is no doer of the main incident: "the Lebanese presidency condemned
    # the Israeli strike")
    responders = {_canon(st.group) for d, _ in response for st in d.attributions
                  if st.group and st.stance in ("reported", "admitted", "attributed") and group_kind(_canon(st.group)) == "state"}
    attribution, att_checks = reconcile_attribution(
        [_without_response_statements(d, {p for _, p in response}, responders) for d in used
         if d.article_id not in responding], rows, names)
    _count_targets_of_state(used, attribution)
    checks: list[str] = []
    for d in used:
        checks.extend(f"{d.article_id}: {c}" for c in d.checks)
    checks.extend(dup_notes)
    groups = speaker_groups(used)
    # an article whose own subject is a later event ("Five Maoists killed in Bijapur encounter
    # days after Chintakonta ambush") counts no figure of the main incident
    elsewhere = _other_event_docs(used, rows, reconcile_incident_date(used, names, incident_date))
    checks.extend(f"{names.get(d.article_id, d.article_id)}: its own subject is a later event ({day}, "
                  f"{_text(rows.get(d.article_id, {}).get('title'))!r}): its figures are not counted in the main "
                  "incident's" for d, day in elsewhere)
    response = [(d, place) for d, place in response if d.article_id not in {x.article_id for x, _ in elsewhere}]
    checks.extend(f"{names.get(d.article_id, d.article_id)}: its own subject is the other side's response in "
                  f"{place}, told apart by the other reports: its figures are not counted in the main incident's"
                  for d, place in response)
    elsewhere += [(d, "") for d, _ in response]
    counted = [d for d in used if d.article_id not in {x.article_id for x, _ in elsewhere}]
    quoted = {d.article_id: claim_figures(d, groups) for d in counted}
    fields: dict[str, FieldReconciliation] = {}
    values = {name: sorted(
        (_source_value(d, rows.get(d.article_id, {}), name, groups, checks) for d in counted),
        key=lambda s: (s.published or "9999", s.article_id)) for name in BRIEFING_FIELDS}
    _found_since(values, counted, names, checks)
    _withdrawn_since(values, counted, names, checks)
    updating = update_reports(values)
    under_way = {d.article_id: d.under_way.phrase for d in used if d.under_way is not None}
    for name in BRIEFING_FIELDS:
        per_source = values[name]
        claims = [_claim_value(d, rows.get(d.article_id, {}), quoted[d.article_id][name])
                  for d in counted if name in quoted[d.article_id]]
        f = reconcile_field(name, per_source, names, claims,
                            _largest_part(name, values, names), updating, under_way)
        fields[name] = f
        if f.status == "conflicting":
            checks.append(f"{name}: {f.reason}")
    checks.extend(parts_above_totals(fields))
    checks.extend(att_checks)
    background = reconcile_background(used)
    dating = reconcile_incident_date(used, names, incident_date)
    if dating.status == "conflicting":
        checks.append(f"incident date: {dating.reason}")
    timeline = _timeline(used, rows, fields, attribution, background, names, dating)
    sources = _sources_table(rows, docs, used, fields, attribution)
    return IncidentSummary(fields, attribution, background, timeline, sources, list(METHOD),
                           checks, dating)


# the fields that count the attackers' victims (or everyone), not the attackers
_VICTIM_COUNTS = frozenset({"killed_total", "killed_victims", "killed_security", "killed_civilians", "wounded_total"})
# an official's count that says it is not final
_PROVISIONAL_TOLL = re.compile(r"\b(?:provisional|preliminary|initial)\s+(?:death\s+)?(?:toll|count|figures?|tally|"
                               r"assessment|balance|casualty\s+figures?)\b", re.IGNORECASE)


def _found_since(values: dict[str, list[SourceValue]], counted: list[DocumentExtraction],
                 names: dict[str, str], checks: list[str]) -> None:
    """The missing counts of reports older than one that tells them found since ("the bodies of
    the three soldiers reported missing had been found", "has since returned to his unit"):
    missing no more, so no figure (``values`` changed in place; a check says why)."""
    found = [(d.published or "", m) for d in counted for m in d.casualties
             if m.incident == MAIN and m.status == "missing" and m.note == FOUND and m.value
             and not tells_another(m.phrase or m.sentence)]
    if not found:
        return
    kept = []
    for sv in values.get("missing_total", []):
        # (or the report itself tells them found: "The army earlier said ... one soldier was missing")
        later = next(((day, m) for day, m in found if sv.value is not None and (m.value or 0) >= sv.value
                      and (sv.published and day > sv.published or m.article_id == sv.article_id)), None)
        if later is not None:
            day, m = later
            checks.append(f"missing_total: {names.get(sv.article_id, sv.article_id)}'s {sv.value} missing were found "
                          f"since ({names.get(m.article_id, m.article_id)}, {day}: {m.phrase!r}): not counted")
            sv = replace(sv, value=None, low=None, high=None, qualifier="exact", evidence=[], derivation=None)
        kept.append(sv)
    values["missing_total"] = kept


def _withdrawn_since(values: dict[str, list[SourceValue]], counted: list[DocumentExtraction],
                     names: dict[str, str], checks: list[str]) -> None:
    """The attackers' deaths of reports older than one that says the report of them was not
    confirmed ("Information about the liquidation of one of the attackers was not confirmed"): no
    figure (``values`` changed in place; a check says why). Only a count the withdrawal names."""
    withdrawn = [(d.published or "", m) for d in counted for m in d.casualties
                 if m.incident == MAIN and m.status == "killed" and m.party == "attackers" and m.note == WITHDRAWN
                 and m.value]
    if not withdrawn:
        return
    gone: dict[str, int] = {}  # the attackers withdrawn from each report

    def drop(field_name: str, told: str, also: Callable[[SourceValue], bool]) -> None:
        kept = []
        for sv in values.get(field_name, []):
            # (a report of the same day too: the withdrawal answers an earlier report)
            later = next(((day, m) for day, m in withdrawn if sv.value == m.value and sv.published
                          and day >= sv.published and m.article_id != sv.article_id and also(sv)), None)
            if later is not None:
                day, m = later
                checks.append(f"{field_name}: {names.get(sv.article_id, sv.article_id)}'s {sv.value} {told} since "
                              f"({names.get(m.article_id, m.article_id)}, {day}: {m.phrase!r}): not counted")
                if field_name == "killed_attackers":
                    gone[sv.article_id] = sv.value or 0
                sv = replace(sv, value=None, low=None, high=None, qualifier="exact", evidence=[], derivation=None)
            kept.append(sv)
        values[field_name] = kept

    drop("killed_attackers", "attackers killed were withdrawn", lambda sv: True)
    # a total the report added up from its parts loses them: "1 + 2 = 3", one attacker withdrawn
    values["killed_total"] = [
        replace(sv, value=sv.value - gone[sv.article_id], low=sv.value - gone[sv.article_id],
                high=None if sv.high is None else sv.high - gone[sv.article_id],
                derivation=f"{sv.derivation}, less {gone[sv.article_id]} attacker"
                           f"{'s' if gone[sv.article_id] > 1 else ''} withdrawn since")
        if sv.article_id in gone and sv.derivation and sv.value is not None and sv.value > gone[sv.article_id] else sv
        for sv in values.get("killed_total", [])]
    # and a total that is the withdrawn count itself ("neutralised 112 members of an extremist
    # group", "the attackers alone: 112") goes with it
    drop("killed_total", "killed is the count withdrawn",
         lambda sv: sv.article_id in gone or sv.qualifier == "exact")


# a headline that tells its event as after another: "..., days after Chintakonta ambush"
# (not the time of writing, told from the attack itself: "Meluco: what we know four days after the attack")
# (the name's case is read: "days after the Bokkos killings" is another event)
_AFTER_ANOTHER = re.compile(r"\b(?i:(?:days?|weeks?|hours?)\s+after)(?!\s+(?i:the|this|that|its)\s+(?:[a-z\-]+\s+)?(?i:attack|ambush|"
                            r"assault|bombing|raid|massacre|killings?|blast|shooting|incident|explosion|siege)\b)"
                            r"|\b(?i:in\s+(?:reprisal|retaliation)\s+for|retaliat\w*)\b")


# a new deed told days after the attack ("Blast kills four days after the market attack"), not the
# time of writing ("what we know four days after the attack")
_NEW_DEED_AFTER_THE = re.compile(r"(?i)\b(?:kill(?:s|ed)?|dead|die[sd]?|wound(?:s|ed)|ambush(?:es|ed)|attacked|struck|"
                                 r"raided|clash(?:es|ed)|explode[sd]?|abduct(?:s|ed)|kidnap(?:s|ped))\b[^.:]{0,60}?"
                                 r"\b(?:days?|weeks?|hours?)\s+after\s+(?:the|this|that|its)\b")


def _other_event_docs(used: list[DocumentExtraction], rows: dict[str, dict[str, Any]],
                      dating: IncidentDating) -> list[tuple[DocumentExtraction, str]]:
    """The articles whose own main incident is another, later event than the sources' main
    incident: dated (to the day) two days or more after it, with a headline that tells it as
    coming after another ("Seven killed in attack on herders' settlement, days after Bokkos
    killings"). Each with its own date; the main incident's own articles are never among them."""
    if dating.date is None or len(dating.date) != 10:
        return []
    main_day = dt.date.fromisoformat(dating.date)
    out: list[tuple[DocumentExtraction, str]] = []
    for d in used:
        own = d.incident_date
        title = _text(rows.get(d.article_id, {}).get("title")) or ""
        if own is None or own.precision != "day" or own.date is None or not (
                _AFTER_ANOTHER.search(title) or _NEW_DEED_AFTER_THE.search(title)):
            continue
        if (dt.date.fromisoformat(own.date) - main_day).days >= 2 and len(out) < len(used) - 1:
            out.append((d, own.date))
    return out


def response_docs(used: list[DocumentExtraction]) -> list[tuple[DocumentExtraction, str]]:
    """The articles whose own subject is the other side's response to the attack: the first place
    each tells its main incident in is where the other reports tell that response, as an event
    of its own ("Hours later Israeli warplanes struck ... Deir Sawan"), and no other report leads
    with it. Each with that place; at most all articles but one."""
    from .incidents import response_opening
    from .text import fold

    opening = response_opening()
    lede: dict[str, str | None] = {}
    responses: dict[str, set[str]] = {}
    for d in used:
        first = min(((m.start, m.name) for m in d.places
                     if m.kind != "country" and m.role == "incident area" and m.incident == MAIN), default=None)
        lede[d.article_id] = first[1] if first else None
        responses[d.article_id] = {m.name for m in d.places if m.incident != MAIN and opening.search(fold(m.sentence))}
    out: list[tuple[DocumentExtraction, str]] = []
    for d in used:
        place = lede[d.article_id]
        others = [o for o in lede if o != d.article_id]
        if place and any(place in responses[o] for o in others) and not any(lede[o] == place for o in others) \
                and len(out) < len(used) - 1:
            out.append((d, place))
    return out


def _without_response_statements(d: DocumentExtraction, places: set[str],
                                 responders: set[str] | None = None) -> DocumentExtraction:
    """``d`` without the attribution statements told of a place where the other side's response
    struck ("Israel's air strike on Deir Sawan ... flattened a building"), nor those that tell a
    deed of the state that responded: deeds of that response, not of the main incident."""
    responders = responders or set()

    def of_response(st: AttributionStatement) -> bool:
        return any(p in st.sentence for p in places) or (
            bool(st.group) and _canon(st.group) in responders and st.stance in ("reported", "attributed", "suspected",
                                                                              "possible", "admitted"))
    if not places or not any(of_response(st) for st in d.attributions):
        return d
    kept = [st for st in d.attributions if not of_response(st)]
    summary = d.attribution
    if any(p in e.sentence for e in summary.evidence for p in places):
        # (the summary built on those statements would stand in for them)
        summary = replace(summary, group=None, evidence=[], claimed=None, confidence=None)
    return replace(d, attributions=kept, attribution=summary)


def _count_targets_of_state(used: list[DocumentExtraction], attribution: AttributionJudgment) -> None:
    """When the sources together name a state's forces as the doer (an airstrike, a raid), the
    fighters every source tells of are its targets, not attackers: the same move
    ``extract_document`` makes where an article names the state itself, made here in place for
    the articles that do not, so that the sources count alike and ``facts.csv`` agrees."""
    group = attribution.group
    if not group or not is_state_doer(group, (r["stance"] for r in attribution.per_source if r["group"] == group)):
        return
    for d in used:
        found = as_targets_of(CasualtyResult(d.casualties, d.figures, d.checks), group,
                              judged_by="judged across the sources")
        d.figures, d.checks = found.figures, found.checks


# ----------------------------------------------------------------------------- facts.csv

FACT_COLUMNS = (
    "article_id", "title", "outlet", "published", "incident", "kind", "field", "status", "party",
    "value", "low", "high", "qualifier", "group", "stance", "by", "sentence", "start", "end",
    "derivation", "date", "person",
)
_INT_COLUMNS = ("value", "low", "high", "start", "end")


def mention_field(m: CasualtyMention) -> str | None:
    """The count field a casualty mention speaks to ('killed' + 'attackers' → killed_attackers)."""
    if m.role == "total" or m.party == "unspecified":
        name = f"{m.status}_total"
    else:
        name = f"{m.status}_{m.party}"
    return name if name in BRIEFING_FIELDS else None


def _speaker_words(kind: str, body: str | None) -> str | None:
    """facts.csv "by" of a figure row: who the figure is attributed to, in words."""
    if kind == "group claim":
        return "the perpetrator group (its own claim)"
    if kind in ("official", "independent"):
        return f"{kind} ({body})" if body else kind
    return None


def facts_table(articles: pd.DataFrame, docs: list[DocumentExtraction]) -> pd.DataFrame:
    """facts.csv: one row per extracted casualty mention, attribution statement and main figure
    of the used articles, joined with the article table; deterministic order."""
    rows = _article_rows(articles)
    used, _ = _used_docs(rows, docs)
    records: list[dict[str, Any]] = []
    kind_order = {"date": 0, "figure": 1, "casualty": 2, "attribution": 3, "attacker": 4}
    groups = speaker_groups(used)
    for d in used:
        row = rows.get(d.article_id, {})
        base = {"article_id": d.article_id, "title": _text(row.get("title")),
                "outlet": _text(row.get("outlet")), "published": _published(d, row)}
        when = d.incident_date
        if when is not None:
            ev = when.evidence
            records.append({**base, "incident": MAIN, "kind": "date", "field": "incident_date",
                            "qualifier": when.precision, "date": when.date,
                            "sentence": ev.sentence if ev else None,
                            "start": ev.start if ev else None, "end": ev.end if ev else None,
                            "derivation": when.basis})
        quoted = claim_figures(d, groups)
        for name in BRIEFING_FIELDS:
            # the document's own figure, then the group's claim it quotes beside it
            for fig, speaker in ((d.figures.get(name), None), (quoted.get(name), "group claim")):
                if fig is None:
                    continue
                ev = fig.evidence
                kind, body = (speaker, None) if speaker else figure_speaker(fig, groups, d, _text(row.get("outlet")))
                records.append({**base, "incident": MAIN, "kind": "figure", "field": name,
                                "value": fig.value, "low": fig.low, "high": fig.high,
                                "qualifier": fig.qualifier, "by": _speaker_words(kind, body),
                                "sentence": " / ".join(dict.fromkeys(e.sentence for e in ev)) or None,
                                "start": ev[0].start if ev else None,
                                "end": ev[0].end if ev else None,
                                "derivation": fig.derivation})
        for m in d.casualties:
            records.append({**base, "incident": m.incident, "kind": "casualty",
                            "field": mention_field(m), "status": m.status, "party": m.party,
                            "value": m.value, "low": m.low, "high": m.high,
                            "qualifier": m.qualifier, "sentence": m.sentence, "start": m.start,
                            "end": m.end, "derivation": m.derived_from})
        for a in d.attributions:
            records.append({**base, "incident": a.incident, "kind": "attribution",
                            "group": a.group, "stance": a.stance, "by": a.by,
                            "sentence": a.sentence, "start": a.start, "end": a.end})
        for p in getattr(d.attribution, "attackers", []):
            records.append({**base, "incident": MAIN, "kind": "attacker", "field": "attacker",
                            "person": p.name, "stance": "named", "by": p.by,
                            "sentence": p.evidence.sentence, "start": p.evidence.start, "end": p.evidence.end})
        for e in getattr(d.attribution, "alone", []):
            records.append({**base, "incident": MAIN, "kind": "attacker", "field": "attacker",
                            "stance": "acted alone", "sentence": e.sentence, "start": e.start, "end": e.end})
    df = pd.DataFrame(records, columns=list(FACT_COLUMNS))
    if len(df):
        order = df.assign(_k=df["kind"].map(kind_order), _f=df["field"].fillna(""),
                          _s=df["start"].fillna(-1), _g=df["group"].fillna(""),
                          _st=df["stance"].fillna(""))
        field_rank = {n: i for i, n in enumerate(BRIEFING_FIELDS)}
        order["_fr"] = order["field"].map(field_rank).fillna(len(BRIEFING_FIELDS))
        order = order.sort_values(["article_id", "_k", "_fr", "_s", "_g", "_st", "_f"],
                                  kind="mergesort")
        df = order[list(FACT_COLUMNS)].reset_index(drop=True)
    for col in _INT_COLUMNS:
        df[col] = pd.array([_plain(v) for v in df[col]], dtype="Int64")
    for col in FACT_COLUMNS:
        if col not in _INT_COLUMNS:
            df[col] = df[col].astype(object).where(df[col].notna(), None)
    return df
