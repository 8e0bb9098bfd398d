"""The plain-data records passed between stages (load → extract → reconcile → present → export).

Every stage takes and returns these dataclasses (or DataFrames built from them), so the notebooks,
the CLI and the tests call the same code. ``None`` always means "not reported" and is never
confused with 0.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

MAIN = "main"
"""Incident key of the article's main incident; background incidents get other keys."""

STATUSES = ("killed", "wounded", "captured", "missing", "kidnapped", "released")
PARTIES = ("attackers", "security", "civilians", "unspecified")
QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to", "range")

# Per-document main-incident fields, as in ../shared/eval/README.md.
COUNT_FIELDS = (
    "killed_total",
    "killed_victims",
    "killed_attackers",
    "killed_security",
    "killed_civilians",
    "wounded_total",
    "captured_attackers",
    "attackers_total",
)
ATTRIBUTION_FIELDS = ("group", "claimed", "attribution_uncertain")
# What a briefing reconciles besides the gold-format fields: people kidnapped or abducted (a
# kidnapping is often the whole incident) and those of them freed, released or rescued. Not in
# ``briefing extract`` output or its scores.
BRIEFING_FIELDS = COUNT_FIELDS + ("kidnapped_total", "released_total", "missing_total")

# The words of a derivation that adds a count the text puts outside a stated total ("9 + 2 told
# outside that total = 11"): the sum is as exact as the total, not a floor of parts.
OUTSIDE_TOTAL = "told outside that total"
# ... and of the attackers' dead added to the toll of their victims ("12 people were killed; the
# three bombers also died"): "12 + 3 attackers told apart = 15", a stated total, no floor of parts.
ATTACKERS_APART = "told apart"


@dataclass
class Evidence:
    """Where a figure or claim comes from: a sentence of one article and a character span in it."""

    article_id: str
    sentence: str
    start: int  # character offset of the quoted phrase in the article text
    end: int
    sentence_index: int = -1
    phrase: str = ""  # the quoted phrase itself, where the evidence is a casualty mention

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CasualtyMention:
    """One casualty figure as stated in one sentence (a row of the casualty mention table)."""

    article_id: str
    status: str  # one of STATUSES
    party: str  # one of PARTIES
    value: int | None  # best single value (the floor for "at least", None when only vague)
    low: int | None
    high: int | None
    qualifier: str  # one of QUALIFIERS
    incident: str  # MAIN or a background key such as "bg:2019-05" or "bg:s12"
    sentence: str
    start: int
    end: int
    sentence_index: int = -1
    phrase: str = ""  # the matched words, e.g. "Fifteen assailants were killed"
    role: str = "part"  # "total" (everyone with this status) or "part" (one party)
    derived_from: str | None = None  # e.g. "15 + 2" for computed figures
    note: str = ""

    def evidence(self) -> Evidence:
        return Evidence(self.article_id, self.sentence, self.start, self.end, self.sentence_index, self.phrase)

    def phrase_start(self) -> int | None:
        """Where the quoted phrase starts in its sentence (None when it cannot be found)."""
        at = self.sentence.find(self.phrase) if self.phrase else -1
        return at if at >= 0 else None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class AttributionStatement:
    """One statement of who did it (a row of the attribution table)."""

    article_id: str
    group: str  # canonical group name ("" when the statement says no group is known)
    stance: str  # claimed / admitted / attributed / suspected / possible / denied / not_claimed
    by: str  # who says it: "the group", a named body, "unnamed officials", "the author", ...
    basis: str  # interrogation, claim via channel, modus operandi, ... ("" when not stated)
    hedges: list[str]
    incident: str
    sentence: str
    start: int
    end: int
    sentence_index: int = -1
    surface: str = ""  # the group name as written ("Igilovsky", "ISIS")

    def evidence(self) -> Evidence:
        return Evidence(self.article_id, self.sentence, self.start, self.end, self.sentence_index)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Figure:
    """A per-document main-incident figure: value with qualifier and range, plus its evidence."""

    field: str
    value: int | None
    qualifier: str = "exact"
    low: int | None = None
    high: int | None = None
    evidence: list[Evidence] = field(default_factory=list)
    derivation: str | None = None  # "15 + 2 = 17" when computed rather than stated
    # another figure the same article states for it, which the parts override ("64 abducted",
    # then "71 girls had been taken"): the article disagrees with itself
    contested: int | None = None
    contested_evidence: list[Evidence] = field(default_factory=list)  # where that figure is stated
    # another total the article states in another sentence, which this figure does not use (21
    # beside "at least 25"): an earlier count or another speaker's; reconcile reads which
    other_total: int | None = None
    other_total_evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # asdict converts the nested Evidence records too


@dataclass
class NamedAttacker:
    """An individual attacker the text names ("Police identified the gunman as X"), with who
    says so and the sentence."""

    name: str
    by: str  # who identifies him: a speaker, "the author"
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class AttributionSummary:
    """Per-document main-incident attribution."""

    group: str | None = None  # canonical name, None when no group is named or blamed
    claimed: bool | None = None  # True claimed, False text says not claimed, None silent
    attribution_uncertain: bool | None = None
    attributed_by: str | None = None
    confidence: str | None = None  # MUC-4 scale, e.g. "SUSPECTED OR ACCUSED BY AUTHORITIES"
    evidence: list[Evidence] = field(default_factory=list)
    entities: list[dict[str, str]] = field(default_factory=list)  # people/places in context
    attackers: list[NamedAttacker] = field(default_factory=list)  # individuals named as the attacker
    alone: list[Evidence] = field(default_factory=list)  # sentences that say he acted alone

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # asdict converts the nested Evidence records too


@dataclass
class IncidentDate:
    """When one article says its main incident happened, and on what basis."""

    date: str  # ISO day ("2019-11-06") or month ("2019-11")
    precision: str  # "day" or "month"
    basis: str  # "stated date", "'on Wednesday' relative to publication 2019-11-06", ...
    evidence: Evidence | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class DocumentExtraction:
    """Everything extracted from one article."""

    article_id: str
    published: str | None
    language: str | None
    casualties: list[CasualtyMention] = field(default_factory=list)
    attributions: list[AttributionStatement] = field(default_factory=list)
    figures: dict[str, Figure] = field(default_factory=dict)  # keyed by COUNT_FIELDS
    attribution: AttributionSummary = field(default_factory=AttributionSummary)
    checks: list[str] = field(default_factory=list)  # consistency warnings, in plain words
    incidents: dict[str, str] = field(default_factory=dict)  # incident key -> short label
    background_events: list[str] = field(default_factory=list)  # background keys naming a violent event
    places: list[Any] = field(default_factory=list)  # places.PlaceMention, in text order
    incident_date: IncidentDate | None = None  # None when the text does not date the incident
    skipped_reason: str | None = None  # set when the text was not mined (e.g. language)
    # sentence index → the earlier sentence naming who speaks where it says only "he said"
    speaker_sentences: dict[int, str] = field(default_factory=dict)
    # the sentence telling the incident as still going on when the article was written ("gunmen
    # are still holed up"): its figures are provisional; None when it tells no such thing
    under_way: Evidence | None = None

    def flat(self) -> dict[str, Any]:
        """The flat record of ``briefing extract``: gold-format fields plus evidence."""
        row: dict[str, Any] = {"id": self.article_id}
        for name in COUNT_FIELDS:
            fig = self.figures.get(name)
            row[name] = fig.value if fig else None
        gold = {n: f for n, f in self.figures.items() if n in COUNT_FIELDS}  # not briefing-only fields
        row["lower_bound"] = [n for n, f in gold.items() if f.qualifier in ("at_least", "more_than")]
        row["group"] = self.attribution.group
        row["claimed"] = self.attribution.claimed
        row["attribution_uncertain"] = self.attribution.attribution_uncertain
        row["attributed_by"] = self.attribution.attributed_by
        row["confidence"] = self.attribution.confidence
        row["evidence"] = {n: f.to_dict() for n, f in gold.items()}
        row["attribution_evidence"] = [e.to_dict() for e in self.attribution.evidence]
        row["incident_date"] = self.incident_date.date if self.incident_date else None
        row["checks"] = list(self.checks)
        if self.skipped_reason:
            row["skipped"] = self.skipped_reason
        return row
