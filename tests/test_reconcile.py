"""Reconcile stage: hand-built extractions of small article sets → one incident picture."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from briefing.model import (
    BRIEFING_FIELDS,
    COUNT_FIELDS,
    MAIN,
    AttributionStatement,
    AttributionSummary,
    CasualtyMention,
    DocumentExtraction,
    Evidence,
    Figure,
)
from briefing.reconcile import (
    stance_words,
    METHOD,
    facts_table,
    figure_speaker,
    group_voice,
    outlet_kind,
    reconcile,
    reconcile_field,
    source_kind,
)

# ----------------------------------------------------------------------------- builders


def ev(aid: str, sentence: str, start: int = 0) -> Evidence:
    return Evidence(aid, sentence, start, start + len(sentence))


def fig(aid: str, field: str, value: int | None, *sentences: str, q: str = "exact",
        derivation: str | None = None, low: int | None = None,
        high: int | None = None) -> Figure:
    evidence = [ev(aid, s, 100 * i) for i, s in enumerate(sentences)]
    if low is None and q in ("exact", "at_least", "more_than"):
        low = value
    if high is None and q == "exact":
        high = value
    return Figure(field, value, q, low, high, evidence, derivation)


def stmt(aid: str, group: str, stance: str, by: str, sentence: str, basis: str = "",
         hedges: list[str] | None = None, incident: str = MAIN) -> AttributionStatement:
    return AttributionStatement(aid, group, stance, by, basis, hedges or [], incident,
                                sentence, 0, len(sentence))


def doc(aid: str, published: str | None, figures: list[Figure] = (),
        attributions: list[AttributionStatement] = (), casualties: list[CasualtyMention] = (),
        incidents: dict[str, str] | None = None, checks: list[str] = ()) -> DocumentExtraction:
    return DocumentExtraction(
        article_id=aid, published=published, language="en",
        casualties=list(casualties), attributions=list(attributions),
        figures={f.field: f for f in figures}, attribution=AttributionSummary(),
        checks=list(checks), incidents=incidents or {MAIN: "Main incident"})


def table(*rows: tuple) -> pd.DataFrame:
    """rows: (article_id, published, status, duplicate_of)."""
    return pd.DataFrame([
        {"article_id": a, "path": f"{a}.txt", "title": f"Title {a}", "outlet": f"Outlet {a}",
         "url": None, "published": p, "language": "en", "text": "", "word_count": 0,
         "checksum": a, "status": s, "duplicate_of": d, "note": None}
        for a, p, s, d in rows])


def used(*ids_dates: tuple[str, str | None]) -> pd.DataFrame:
    return table(*((a, p, "used", None) for a, p in ids_dates))


def published_by(outlet: str, article_id: str, published: str) -> pd.DataFrame:
    """The article table of one used article from ``outlet``."""
    articles = used((article_id, published))
    articles.loc[0, "outlet"] = outlet
    return articles


# ----------------------------------------------------------------------------- the seeds

S000_TOTAL = ("At least 17 people were killed on Wednesday when militants said to be members of "
              "the Islamic State attacked a checkpoint on the Tajikistan-Uzbekistan border, the "
              "Tajik authorities said.")
S000_PARTS = ("Fifteen assailants were killed in the gun battle in Tajikistan, as were a Tajik "
              "border guard and an employee of the country’s Interior Ministry.")
S000_CAPTURED = "Five militants were captured, the ministry said in a statement."
S000_NOCLAIM = ("The Islamic State has not taken responsibility for the clash, which occurred "
                "around 50 miles southwest of the capital, Dushanbe, but the Interior Ministry "
                "said that Tajik officials had learned of the group’s role during “the "
                "investigation and interrogation” of the captured fighters.")
S000_RIOT = ("In May, the group claimed responsibility for the deaths of more than 20 people "
             "during a riot in a Tajik prison east of Dushanbe, along with the release of "
             "prisoners affiliated with the Islamic State.")
S000_CYCLISTS = ("And in July 2018, four touring cyclists — two from the United States, one from "
                 "the Netherlands and one from Switzerland — were run down and killed by a "
                 "carload of men who had pledged allegiance to the Islamic State.")
S003_OFFICIAL = ("According to Tajik security officials, 15 terrorists were destroyed, five were "
                 "taken prisoner.")
S003_LOSSES = ("As a result of the clash, border guards and the Ministry of Internal Affairs "
               "also suffered losses, they have two dead.")
S003_SIZE = ("Ordinary criminals bypass such places, in principle, but here a whole detachment - "
             "20 people - actually storms the frontier post.")
S003_ISIS = ("According to official reports from Dushanbe, the attackers were ISIS * militants "
             "who came to the country from the Afghan province of Kunduz.")
S003_NOCLAIM = ("In my opinion, the Igilovsky style is clearly traced here, and I am not confused "
                "by the fact that ISIS did not take responsibility for this attack.")

A0, A3 = "000_fdf1bc076410a58d", "003_170917b69a7026b5"


def seed_docs() -> list[DocumentExtraction]:
    d0 = doc(A0, "2019-11-06", [
        fig(A0, "killed_total", 17, S000_TOTAL, q="at_least"),
        fig(A0, "killed_attackers", 15, S000_PARTS),
        fig(A0, "killed_security", 2, S000_PARTS, derivation="1 + 1 = 2"),
        fig(A0, "captured_attackers", 5, S000_CAPTURED),
        fig(A0, "attackers_total", 20, S000_PARTS, S000_CAPTURED, derivation="15 + 5 = 20"),
    ], [
        stmt(A0, "Islamic State", "attributed", "the Tajik Interior Ministry", S000_NOCLAIM,
             basis="investigation and interrogation", hedges=["said to be"]),
        stmt(A0, "Islamic State", "not_claimed", "the author", S000_NOCLAIM),
        stmt(A0, "Islamic State", "claimed", "the group", S000_RIOT, incident="bg:2019-05"),
    ], [
        CasualtyMention(A0, "killed", "unspecified", 17, 17, None, "at_least", MAIN, S000_TOTAL,
                        0, 40, role="total"),
        CasualtyMention(A0, "killed", "unspecified", 20, 21, None, "more_than", "bg:2019-05",
                        S000_RIOT, 900, 960, role="total"),
        CasualtyMention(A0, "killed", "civilians", 4, 4, 4, "exact", "bg:2018-07",
                        S000_CYCLISTS, 1000, 1050),
    ], incidents={MAIN: "Main incident", "bg:2019-05": "May 2019: riot in a Tajik prison",
                  "bg:2018-07": "July 2018: four cyclists killed"})
    d3 = doc(A3, "2019-11-07", [
        fig(A3, "killed_attackers", 15, S003_OFFICIAL),
        fig(A3, "captured_attackers", 5, S003_OFFICIAL),
        fig(A3, "killed_security", 2, S003_LOSSES),
        fig(A3, "killed_total", 17, S003_OFFICIAL, S003_LOSSES, derivation="15 + 2 = 17"),
        fig(A3, "attackers_total", 20, S003_SIZE),
    ], [
        stmt(A3, "Islamic State", "attributed", "official reports from Dushanbe", S003_ISIS),
        stmt(A3, "Islamic State", "not_claimed", "the author", S003_NOCLAIM),
        stmt(A3, "Islamic State", "suspected", "the author", S003_NOCLAIM,
             basis="modus operandi", hedges=["In my opinion"]),
    ])
    return [d0, d3]


def seed_articles() -> pd.DataFrame:
    return used((A0, "2019-11-06"), (A3, "2019-11-07"))


def test_seeds_reconciled_values() -> None:
    s = reconcile(seed_articles(), seed_docs())
    got = {n: (f.value, f.qualifier, f.status) for n, f in s.fields.items()}
    assert list(s.fields) == list(BRIEFING_FIELDS)
    assert got["killed_total"] == (17, "at_least", "consistent")
    assert got["killed_attackers"] == (15, "exact", "consistent")
    assert got["killed_security"] == (2, "exact", "consistent")
    assert got["captured_attackers"] == (5, "exact", "consistent")
    assert got["attackers_total"] == (20, "exact", "consistent")
    for name in ("killed_civilians", "wounded_total", "killed_victims"):
        assert s.fields[name].value is None and s.fields[name].status == "not reported"
    assert s.fields["killed_total"].reason == (
        "000 says at least 17, 003 states parts 15 + 2 = 17: consistent with the floor "
        "(stated by 000 only; 003 derives it)")
    assert "stated by 003 only; 000 derives it" in s.fields["attackers_total"].reason
    assert "000 states parts 15 + 5 = 20" in s.fields["attackers_total"].reason
    assert s.fields["killed_attackers"].reason == "both sources report 15"
    # Background figures (the May riot's "more than 20", the four cyclists) never leak in.
    assert s.fields["killed_civilians"].per_source[0].value is None


def test_seeds_attribution_and_context() -> None:
    s = reconcile(seed_articles(), seed_docs())
    a = s.attribution
    assert (a.group, a.claimed, a.confidence_words, a.competing) == (
        "Islamic State", False, "likely", [])
    assert "has not claimed" in a.judgment and "(2 sources)" in a.judgment
    assert "000" in a.reason and "003" in a.reason
    # The May 2019 claim belongs to the background riot, not to the main attack.
    assert not any(r["stance"] == "claimed" for r in a.per_source)
    keys = [b.key for b in s.background]
    assert keys == ["bg:2018-07", "bg:2019-05"]
    riot = s.background[1]
    assert riot.mentions[0].qualifier == "more_than" and riot.attributions[0].stance == "claimed"
    kinds = [(e.date, e.kind) for e in s.timeline]
    assert kinds[:3] == [("2018-07", "background"), ("2019-05", "background"),
                         ("2019-11-06", "incident")]
    first_total = [e for e in s.timeline if "first report of killed (all parties)" in e.label]
    assert (first_total[0].date, first_total[0].kind, first_total[0].article_id) == (
        "2019-11-06", "figure", A0)
    assert [e.article_id for e in s.timeline if e.kind == "report"] == [A0, A3]


def test_seed_source_kinds() -> None:
    assert source_kind(S000_TOTAL) == ("official", None)
    assert source_kind(S000_CAPTURED) == ("official", "ministry")
    assert source_kind(S003_OFFICIAL)[0] == "official"
    # The ministry here is a victim's employer, not a speaker.
    assert source_kind(S000_PARTS) == ("unknown", None)
    assert source_kind("Islamic State said on its Amaq news agency that it killed 30 soldiers.",
                       ["Islamic State"])[0] == "group claim"
    assert source_kind("The Islamic State claimed responsibility for the attack, which killed "
                       "17 people, police said.", ["Islamic State"])[0] == "official"
    assert source_kind("Doctors at the city hospital said 40 people were wounded.")[0] == (
        "independent")
    # the group named before, its claim told with "the group ... claimed that"
    assert source_kind("The statement said the group had targeted a checkpoint and claimed that "
                       "'more than 30 soldiers were killed'.")[0] == "group claim"
    # The speaker is the noun next to the reporting word, not a victim's employer.
    assert source_kind("Two people died, one of them a police officer, witnesses said.")[0] == (
        "independent")
    assert source_kind("It is said that 10 died, police said.", ["IS"])[0] == "official"
    assert source_kind("The blast caused two deaths, including one journalist, and nineteen "
                       "reported injuries.") == ("unknown", None)
    assert source_kind("The militants said to be linked to the group killed 4, the police said.",
                       ["Islamic State"]) == ("official", "police")
    # the group's statement by its rank, a claim named by the group, a count "it says it" made
    assert source_kind("The Delta Front's third statement put the number of guards killed at 90.",
                       ["Delta Front"])[0] == "group claim"
    assert source_kind("A Delta Front claim spread online, saying its men had killed 90 guards.",
                       ["Delta Front"])[0] == "group claim"
    assert source_kind("The Delta Front issued a video, raising the number of guards it says it killed "
                       "to 90.", ["Delta Front"])[0] == "group claim"
    assert source_kind("Police said the Delta Front killed 9 guards.", ["Delta Front"])[0] == "official"


def test_source_kind_reads_the_clause_of_the_figure() -> None:
    sentence = ("A bomb killed four soldiers, a military official said, while the rebels claimed "
                "they had killed 30 troops.")
    assert source_kind(sentence, [], sentence.index("four")) == ("official", "military")
    assert source_kind(sentence, [], sentence.index("30"))[0] == "group claim"
    assert source_kind(sentence)[0] == "group claim"  # without a position: the whole sentence
    # the figure's clause names no speaker: the rest of the sentence does, not the group's clause
    other = "Four soldiers died; the Red Hand said it killed 30, police said."
    assert source_kind(other, ["Red Hand"], 0) == ("official", "police")


def test_an_outlet_that_is_the_groups_voice() -> None:
    assert group_voice("al-Shabaab (claim)") == "Al-Shabaab"
    assert group_voice("Amaq News Agency") == "Islamic State"
    assert group_voice("Meridian Wire") is None
    assert group_voice("Ministry of Interior") is None


# ----------------------------------------------------------------------------- fields


def test_agreement_of_exact_values() -> None:
    docs = [doc("a", "2020-01-01", [fig("a", "killed_total", 9, "Nine people were killed.")]),
            doc("b", "2020-01-01", [fig("b", "killed_total", 9, "The attack killed nine.")])]
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-01")), docs).fields["killed_total"]
    assert (f.value, f.low, f.high, f.status) == (9, 9, 9, "consistent")
    assert f.reason == "both sources report 9"


def test_conflict_uses_conservative_value_and_range() -> None:
    docs = [doc("a", "2020-01-01", [fig("a", "killed_total", 8, "Eight people were killed.")]),
            doc("b", "2020-01-02", [fig("b", "killed_total", 12, "Twelve people died.")])]
    s = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), docs)
    f = s.fields["killed_total"]
    assert (f.value, f.low, f.high, f.status) == (8, 8, 12, "conflicting")
    assert "a reports 8" in f.reason and "b reports 12" in f.reason
    assert f.superseded == []  # unattributed figures do not supersede each other
    assert any(c.startswith("killed_total: ") for c in s.checks)


def test_floor_against_exact_and_against_smaller_exact() -> None:
    a = doc("a", "2020-01-01", [fig("a", "wounded_total", 30, "At least 30 were wounded.",
                                    q="at_least")])
    b = doc("b", "2020-01-01", [fig("b", "wounded_total", 34, "34 people were wounded.")])
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-01")), [a, b]).fields["wounded_total"]
    assert (f.value, f.qualifier, f.status) == (34, "exact", "consistent")
    assert f.reason == "a says at least 30, b reports 34: consistent with the floor"
    c = doc("b", "2020-01-01", [fig("b", "wounded_total", 25, "25 people were wounded.")])
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-01")), [a, c]).fields["wounded_total"]
    assert (f.value, f.low, f.high, f.status) == (25, 25, 30, "conflicting")


def test_later_official_update_supersedes() -> None:
    docs = [doc("000", "2019-11-06", [fig("000", "killed_total", 12,
                                          "Twelve people were killed, the Interior Ministry said.")]),
            doc("003", "2019-11-07", [fig("003", "killed_total", 15,
                                          "The Interior Ministry said 15 people were killed.")])]
    s = reconcile(used(("000", "2019-11-06"), ("003", "2019-11-07")), docs)
    f = s.fields["killed_total"]
    assert (f.value, f.status) == (15, "updated")
    assert [x.article_id for x in f.superseded] == ["000"]
    assert f.reason.startswith("000 (6 Nov 2019) reports 12, 003 (7 Nov 2019) reports 15: "
                               "later official update supersedes")
    assert any("updated: 12 → 15" in e.label for e in s.timeline)
    # The same figures from an unattributed and an official source do not supersede.
    docs[0].figures["killed_total"].evidence = [ev("000", "Twelve people were killed.")]
    f = reconcile(used(("000", "2019-11-06"), ("003", "2019-11-07")), docs).fields["killed_total"]
    assert (f.status, f.superseded) == ("conflicting", [])


def test_duplicate_is_not_corroboration() -> None:
    sentence = "Ten soldiers were killed, the army said."
    docs = [doc("000", "2020-03-01", [fig("000", "killed_security", 10, sentence)]),
            doc("001", "2020-03-01", [fig("001", "killed_security", 10, sentence)]),
            doc("002", "2020-03-02", [])]
    articles = table(("000", "2020-03-01", "used", None), ("001", "2020-03-01", "duplicate", "000"),
                     ("002", "2020-03-02", "used", None))
    s = reconcile(articles, docs)
    f = s.fields["killed_security"]
    assert (f.value, f.status) == (10, "single source")
    assert [p.article_id for p in f.per_source] == ["000", "002"]
    row = s.sources.set_index("article_id").loc["001"]
    assert (row["status"], row["duplicate_of"], row["contributed"]) == (
        "duplicate", "000", "copy of 000")
    original = s.sources.set_index("article_id").loc["000"]
    assert (original["contributed"], original["note"]) == ("killed_security", "copies: 001")


def test_group_claim_figure_is_kept_apart() -> None:
    claim = "The Islamic State said on its Amaq news agency that it had killed 30 soldiers."
    docs = [doc("a", "2020-01-01", [fig("a", "killed_security", 10,
                                        "Ten soldiers were killed, the defence ministry said.")]),
            doc("b", "2020-01-02", [fig("b", "killed_security", 30, claim)],
                [stmt("b", "Islamic State", "claimed", "the group", claim)])]
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), docs).fields["killed_security"]
    assert [p.kind for p in f.per_source] == ["official", "group claim"]
    assert (f.value, f.status) == (10, "single source")
    assert "group's own claim (b quotes 30)" in f.reason
    only = reconcile_field("killed_security", [f.per_source[1]])
    assert (only.value, only.status) == (None, "claim only")


def test_prisoners_only_the_group_claims_are_named_as_its_claim_not_as_unreported() -> None:
    from briefing.extract import extract_document
    from briefing.present import bluf_sentences

    text = ("Gunmen ambushed an army convoy in the north on Monday. The army said nine soldiers "
            "were killed. The Northern Front claimed responsibility, saying its fighters had "
            "killed 30 soldiers and taken five prisoners.")
    s = reconcile(used(("a", "2021-03-02")), [extract_document(text, "a", "2021-03-02")])
    f = s.fields["kidnapped_total"]
    assert (f.value, f.status) == (None, "claim only")
    assert [(c.value, c.kind) for c in f.per_source] == [(5, "group claim")]
    bluf = " ".join(bluf_sentences(s, 1))
    assert "the group's own claim of 30 security forces killed and 5 taken or kidnapped is not counted" in bluf
    assert "kidnapped or abducted" not in bluf.split("Not reported by any source")[-1]


def test_a_claimed_toll_quoted_beside_the_articles_own_figure_is_shown_apart() -> None:
    from briefing.extract import extract_document

    text = ("Gunmen stormed an army base in the north on Monday. The defence ministry said "
            "12 soldiers were killed. The Northern Front claimed responsibility in a statement, "
            "saying its fighters had killed 40 soldiers.")
    d = extract_document(text, "a", "2021-03-02")
    assert d.figures["killed_security"].value == 12
    s = reconcile(used(("a", "2021-03-02")), [d])
    f = s.fields["killed_security"]
    assert (f.value, f.status) == (12, "single source")
    assert [(c.article_id, c.value, c.kind) for c in f.claims] == [("a", 40, "group claim")]
    assert "group's own claim (a quotes 40)" in f.reason
    from briefing.present import bluf_sentences

    assert "the group's own claim of 40 security forces killed is not counted" in bluf_sentences(s, 1)[0]
    rows = facts_table(used(("a", "2021-03-02")), [d])
    mine = rows[(rows["kind"] == "figure") & (rows["field"] == "killed_security")]
    assert list(mine["value"]) == [12, 40]
    assert list(mine["by"])[1] == "the perpetrator group (its own claim)"
    # a document whose only figure is the claim keeps it as its figure: nothing quoted beside
    alone = extract_document("The Northern Front claimed responsibility for the raid on the base, "
                             "saying its fighters had killed 40 soldiers.", "b", "2021-03-02")
    f2 = reconcile(used(("b", "2021-03-02")), [alone]).fields["killed_security"]
    assert f2.claims == [] and f2.status == "claim only"


def test_more_than_and_about() -> None:
    docs = [doc("a", None, [fig("a", "killed_total", 20, "More than 20 died.", q="more_than")]),
            doc("b", None, [fig("b", "killed_total", 22, "About 22 died.", q="about")])]
    f = reconcile(used(("a", None), ("b", None)), docs).fields["killed_total"]
    assert (f.value, f.qualifier, f.status, f.low, f.high) == (22, "about", "consistent", 21, 24)
    docs[1].figures["killed_total"] = fig("b", "killed_total", 20, "Twenty died.")
    f = reconcile(used(("a", None), ("b", None)), docs).fields["killed_total"]
    assert f.status == "conflicting"  # "more than 20" excludes exactly 20


def test_derived_single_source_is_labelled() -> None:
    d = doc("a", "2020-01-01", [fig("a", "killed_total", 7, "Five police and two civilians died.",
                                    derivation="5 + 2 = 7")])
    f = reconcile(used(("a", "2020-01-01")), [d]).fields["killed_total"]
    assert (f.value, f.status, f.derived) == (7, "single source", True)
    assert "derived from its parts" in f.reason


def test_skipped_document_contributes_nothing() -> None:
    d = doc("x", "2020-01-01", [fig("x", "killed_total", 99, "99 killed.")])
    d.skipped_reason = "language Russian ('ru'): the extractors read English only, so it is listed but not mined for figures"
    s = reconcile(used(("x", "2020-01-01")), [d])
    assert s.fields["killed_total"].status == "not reported"
    assert s.fields["killed_total"].per_source == []
    assert s.sources.loc[0, "status"] == "skipped" and "language" in s.sources.loc[0, "note"]


# ----------------------------------------------------------------------------- attribution

BLAME = "The Interior Ministry said the attackers belonged to the Islamic State, citing interrogations."
NO_CLAIM = "No group has claimed responsibility; the Islamic State has not commented."
CLAIM = ("On Thursday the Islamic State claimed responsibility for the attack through its "
         "Amaq news agency.")


def _first_day() -> DocumentExtraction:
    return doc("001", "2020-05-01", [], [
        stmt("001", "Islamic State", "attributed", "the Interior Ministry", BLAME,
             basis="interrogation"),
        stmt("001", "Islamic State", "not_claimed", "the author", NO_CLAIM)])


def test_later_claim_sets_claimed_and_raises_confidence() -> None:
    before = reconcile(used(("001", "2020-05-01")), [_first_day()]).attribution
    assert (before.claimed, before.confidence_words) == (False, "likely")
    second = doc("002", "2020-05-02", [], [
        stmt("002", "Islamic State", "claimed", "the group", CLAIM, basis="claim via Amaq")])
    after = reconcile(used(("001", "2020-05-01"), ("002", "2020-05-02")),
                      [_first_day(), second]).attribution
    assert (after.group, after.claimed, after.confidence_words) == (
        "Islamic State", True, "almost certainly")
    assert [c["claimed"] for c in after.claim_status] == [False, True]
    assert "Claim status by report: 001 (1 May 2020): not claimed, 002 (2 May 2020): claimed; taken: claimed" in after.reason
    assert "claimed it (claim via Amaq" in after.judgment
    assert "the Interior Ministry attributes it" in after.judgment


def test_outside_blame_of_another_group_lowers_a_claim_and_is_said() -> None:
    d = doc("a", "2020-01-01", [], [
        stmt("a", "Islamic State", "claimed", "the group", "The Islamic State claimed the attack."),
        stmt("a", "Boko Haram", "attributed", "military sources", "Military sources blamed Boko Haram.",
             basis="modus operandi")])
    j = reconcile(used(("a", "2020-01-01")), [d]).attribution
    assert (j.group, j.confidence_words) == ("Islamic State", "likely")  # claimed alone: very likely
    assert "but military sources attribute it to Boko Haram (basis: modus operandi)" in j.judgment
    assert "lowered because outside sources blame Boko Haram" in j.reason
    # the author's own guess about another group is no outside blame
    d.attributions[1] = stmt("a", "Boko Haram", "attributed", "the author", "It looks like Boko Haram.")
    j = reconcile(used(("a", "2020-01-01")), [d]).attribution
    assert j.confidence_words == "very likely" and "but" not in j.judgment
    # nor is an outside blame the report itself rejects
    d.attributions[1] = stmt("a", "Boko Haram", "attributed", "military sources", "Military sources blamed Boko Haram.")
    d.attributions.append(stmt("a", "Boko Haram", "not_claimed", "the author",
                               "We find this unlikely: Boko Haram does not operate in the area."))
    j = reconcile(used(("a", "2020-01-01")), [d]).attribution
    assert j.confidence_words == "very likely" and "lowered" not in j.reason
    # nor a description of the claimant by its people's word and a kind of fighter
    d.attributions[1] = stmt("a", "Islamic separatists", "attributed", "military sources", "Military sources blamed Islamic separatists.")
    del d.attributions[2]
    j = reconcile(used(("a", "2020-01-01")), [d]).attribution
    assert j.confidence_words == "very likely" and "lowered" not in j.reason


def test_state_forces_reporting_a_figure_are_officials_not_a_group_claim() -> None:
    sentence = "Four people were killed before officers shot the gunman, police said."
    blamed = AttributionStatement("a", "National Police", "attributed", "the author", "", [], MAIN,
                                  "The police were blamed.", 0, 10, surface="police")
    d = doc("a", "2020-01-01", [fig("a", "killed_total", 4, sentence)], [blamed])
    f = reconcile(used(("a", "2020-01-01")), [d]).fields["killed_total"]
    assert (f.value, f.per_source[0].kind) == (4, "official")


def test_a_group_without_a_quoted_sentence_is_not_used() -> None:
    d = doc("a", "2020-01-01")
    d.attribution = AttributionSummary(group="Islamic State", attribution_uncertain=True)
    result = reconcile(used(("a", "2020-01-01")), [d])
    assert result.attribution.group is None and result.attribution.per_source == []
    assert any("names the Islamic State but no sentence of it states who did it" in c
               for c in result.checks)


def test_a_claim_naming_no_group_is_no_claim_by_the_group_judged() -> None:
    d = doc("a", "2020-01-01", [], [
        stmt("a", "Shining Path", "suspected", "police", "Police suspect the Shining Path."),
        stmt("a", "", "claimed", "the group", "A leftist group claimed responsibility.")])
    j = reconcile(used(("a", "2020-01-01")), [d]).attribution
    assert (j.group, j.claimed) == ("Shining Path", None)
    d.attributions[1] = stmt("a", "", "not_claimed", "", "No group has claimed responsibility.")
    j = reconcile(used(("a", "2020-01-01")), [d]).attribution
    assert (j.group, j.claimed) == ("Shining Path", False)


def test_only_suspected_and_competing_claims() -> None:
    d = doc("a", "2020-01-01", [], [
        stmt("a", "Taliban", "suspected", "police", "Police suspect the Taliban.")])
    j = reconcile(used(("a", "2020-01-01")), [d]).attribution
    assert (j.group, j.confidence_words) == ("Taliban", "roughly even chance")
    assert j.judgment == ("There is a roughly even chance that the attack was carried out by "
                          "the Taliban: the police suspect the group (1 source).")
    e = doc("b", "2020-01-02", [], [
        stmt("b", "Taliban", "claimed", "the group", "The Taliban claimed the attack."),
        stmt("b", "Haqqani Network", "claimed", "the group", "The Haqqani Network also claimed it.")])
    j = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), [d, e]).attribution
    assert j.group == "Taliban" and j.competing == ["Haqqani Network"]
    assert j.confidence_words == "very likely"  # claimed + blamed, lowered by the competing claim
    assert "but the Haqqani Network also claimed it" in j.judgment


def test_no_group_no_judgment() -> None:
    d = doc("a", "2020-01-01", [fig("a", "killed_total", 3, "Three died.")])
    j = reconcile(used(("a", "2020-01-01")), [d]).attribution
    assert (j.group, j.confidence_words) == (None, "")
    assert "no judgment" in j.judgment


# ----------------------------------------------------------------------------- background


def test_background_figures_never_in_main_fields() -> None:
    riot = "In May, more than 20 people died in a prison riot."
    m = CasualtyMention("a", "killed", "unspecified", 20, 21, None, "more_than", "bg:2019-05",
                        riot, 500, 549, role="total")
    # A figure that (wrongly) rests on the background sentence is dropped with a warning.
    leak = Figure("killed_total", 20, "more_than", 20, None, [Evidence("a", riot, 500, 549)])
    a = doc("a", "2019-11-06", [leak], casualties=[m],
            incidents={MAIN: "Main incident", "bg:2019-05": "May 2019: prison riot"})
    b = doc("b", "2019-11-07", [fig("b", "killed_total", 3, "Three guards died.")],
            casualties=[CasualtyMention("b", "killed", "unspecified", 20, 21, None, "more_than",
                                        "bg:2019-05", riot, 10, 59, role="total")],
            incidents={MAIN: "Main incident", "bg:2019-05": "May 2019: prison riot"})
    s = reconcile(used(("a", "2019-11-06"), ("b", "2019-11-07")), [a, b])
    f = s.fields["killed_total"]
    assert (f.value, f.status) == (3, "single source")
    assert any("background" in c for c in s.checks)
    assert len(s.background) == 1
    assert s.background[0].sources == ["a", "b"] and len(s.background[0].mentions) == 2


# ----------------------------------------------------------------------------- outputs


def test_to_json_is_deterministic_and_json_safe() -> None:
    docs = seed_docs()
    one = json.dumps(reconcile(seed_articles(), docs).to_json(), ensure_ascii=False)
    two = json.dumps(reconcile(seed_articles(), list(reversed(seed_docs()))).to_json(),
                     ensure_ascii=False)
    assert one == two
    data = json.loads(one)
    assert list(data["fields"]) == list(BRIEFING_FIELDS)
    assert data["fields"]["killed_total"]["value"] == 17
    assert data["method"] == METHOD
    assert data["sources"][0]["contributed"].startswith("killed_total")


def test_facts_table() -> None:
    df = facts_table(seed_articles(), seed_docs())
    again = facts_table(seed_articles(), list(reversed(seed_docs())))
    pd.testing.assert_frame_equal(df, again)
    assert set(df["kind"]) == {"figure", "casualty", "attribution"}
    assert str(df["value"].dtype) == "Int64"
    total = df[(df["kind"] == "figure") & (df["field"] == "killed_total")]
    assert list(total["value"]) == [17, 17]
    assert list(total["qualifier"]) == ["at_least", "exact"]
    riot = df[df["incident"] == "bg:2019-05"]
    assert set(riot["kind"]) == {"casualty", "attribution"}


@pytest.mark.parametrize("field", COUNT_FIELDS)
def test_not_reported_is_none_never_zero(field: str) -> None:
    s = reconcile(used(("a", "2020-01-01")), [doc("a", "2020-01-01")])
    f = s.fields[field]
    assert (f.value, f.low, f.high, f.status) == (None, None, None, "not reported")


def test_one_article_saying_both_uses_the_later_sentence() -> None:
    first = stmt("a", "Islamic State", "not_claimed", "the author",
                 "No group claimed the attack at first.")
    later = stmt("a", "Islamic State", "claimed", "the group",
                 "On Friday the Islamic State claimed it through Amaq.", basis="claim via Amaq")
    first.sentence_index, later.sentence_index = 2, 7
    blame = stmt("a", "Islamic State", "attributed", "police", "Police blamed the Islamic State.")
    s = reconcile(used(("a", "2020-01-01")), [doc("a", "2020-01-01", [], [later, first, blame])])
    assert s.attribution.claimed is True
    assert any("says both" in c for c in s.checks)
    first.sentence_index, later.sentence_index = 9, 7
    s = reconcile(used(("a", "2020-01-01")), [doc("a", "2020-01-01", [], [later, first, blame])])
    assert s.attribution.claimed is False


def test_reported_by_two_sources_is_likely_and_named_groups_do_not_compete() -> None:
    a = doc("a", "2020-01-01", [], [
        stmt("a", "Islamic State", "reported", "official reports from Dushanbe",
             "According to official reports from Dushanbe, the attackers were ISIS militants.")])
    b = doc("b", "2020-01-02", [], [
        stmt("b", "Islamic State", "attributed", "Tajik authorities",
             "Tajik authorities blamed the Islamic State."),
        stmt("b", "Armed Forces", "reported", "the author", "They fought the security forces.")])
    j = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), [a, b]).attribution
    assert (j.group, j.confidence_words, j.competing) == ("Islamic State", "likely", [])
    assert "official reports from Dushanbe attribute it" in j.judgment or (
        "Tajik authorities attribute it" in j.judgment)
    one = reconcile(used(("a", "2020-01-01")), [a]).attribution
    assert one.confidence_words == "roughly even chance"  # one source, no basis


def test_word_for_word_copy_missed_by_the_loader_counts_once() -> None:
    sentence = "Ten soldiers were killed, the army said."
    docs = [doc("a", "2020-03-01", [fig("a", "killed_security", 10, sentence)]),
            doc("b", "2020-03-02", [fig("b", "killed_security", 10, sentence)])]
    f = reconcile(used(("a", "2020-03-01"), ("b", "2020-03-02")), docs).fields["killed_security"]
    assert (f.value, f.status) == (10, "single source")
    assert "b repeats a's sentence word for word" in f.reason
    docs[1].figures["killed_security"] = fig("b", "killed_security", 10,
                                             "The army said ten soldiers died.")
    f = reconcile(used(("a", "2020-03-01"), ("b", "2020-03-02")), docs).fields["killed_security"]
    assert f.status == "consistent"


def test_claim_with_only_the_headline_naming_the_group_is_very_likely() -> None:
    d = doc("a", "2020-01-01", [], [
        stmt("a", "Islamic State", "reported", "the headline", "ISIS fighters attack outpost"),
        stmt("a", "Islamic State", "claimed", "the group", "The Islamic State claimed the attack.")])
    j = reconcile(used(("a", "2020-01-01")), [d]).attribution
    assert (j.claimed, j.confidence_words) == (True, "very likely")


def test_explicit_update_supersedes_and_same_day_does_not() -> None:
    docs = [doc("a", "2020-01-01", [fig("a", "killed_total", 8, "Eight people were killed.")]),
            doc("b", "2020-01-02", [fig("b", "killed_total", 11, "The death toll rose to 11.")])]
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), docs).fields["killed_total"]
    assert (f.value, f.status, [s.article_id for s in f.superseded]) == (11, "updated", ["a"])
    assert "the later report gives an updated toll and supersedes" in f.reason
    f = reconcile(used(("a", "2020-01-02"), ("b", "2020-01-02")),
                  [doc("a", "2020-01-02", list(docs[0].figures.values())),
                   doc("b", "2020-01-02", list(docs[1].figures.values()))]).fields["killed_total"]
    assert (f.status, f.superseded) == ("conflicting", [])


def test_a_later_figure_told_with_the_one_it_corrects_supersedes_it() -> None:
    docs = [doc("a", "2020-01-01", [fig("a", "killed_total", 20, "Twenty people were killed.")]),
            doc("b", "2020-01-02", [fig("b", "killed_total", 18,
                                        "Eighteen people, not 20 as previously reported, were killed.")])]
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), docs).fields["killed_total"]
    assert (f.value, f.status, [s.article_id for s in f.superseded]) == (18, "updated", ["a"])
    # "not" before a figure that corrects nothing is no update
    docs[1] = doc("b", "2020-01-02", [fig("b", "killed_total", 18, "Eighteen people were killed, not all of them soldiers.")])
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), docs).fields["killed_total"]
    assert (f.status, f.superseded) == ("conflicting", [])


def test_a_corrected_total_plus_a_count_outside_it_is_exact_and_updates() -> None:
    # a stated total and a count told outside it sum to an exact figure (not a floor of parts): a
    # later correction below an earlier count replaces it
    from briefing.extract import extract_document

    first = extract_document("Thirteen people were hurt in the attack, the fire brigade said.", "a", "2020-01-01")
    later = extract_document("Prosecutors corrected the number of people injured to nine, down from 13. The two "
                             "officers hurt are not included in that figure.", "b", "2020-01-02")
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), [first, later]).fields["wounded_total"]
    assert (f.value, f.qualifier, [s.article_id for s in f.superseded]) == (11, "exact", ["a"])
    assert "derives 9 + 2" in f.reason
    # beside another source's 11 it agrees exactly, not "with the floor"
    other = extract_document("Eleven people were hurt, police said.", "c", "2020-01-01")
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02"), ("c", "2020-01-01")),
                  [first, later, other]).fields["wounded_total"]
    assert f.value == 11 and ": consistent (stated by c only" in f.reason


def test_a_victims_toll_plus_the_attackers_told_apart_is_exact_not_a_floor() -> None:
    # 26 victims and the four gunmen left out of that toll make 30 dead: as exact as the toll, so
    # a rough estimate in another report neither raises it nor agrees "with the floor"
    from briefing.extract import extract_document

    stated = extract_document("Twenty-six people were killed in the siege, the ministry said. The "
                              "toll does not include the four gunmen, who were shot dead.", "a", "2020-01-02")
    assert stated.figures["killed_total"].derivation == "26 + 4 attackers told apart = 30"
    rough = extract_document("Traders said nearly 40 people died in the siege, among them four gunmen.",
                             "b", "2020-01-03")
    f = reconcile(used(("a", "2020-01-02"), ("b", "2020-01-03")), [stated, rough]).fields["killed_total"]
    assert f.status == "conflicting" and f.value == 30


def test_a_toll_in_an_as_clause_of_a_claim_headline_is_no_claim() -> None:
    headline = "Rebel group claims market attack as toll rises to 30; officials blame rival faction"
    assert source_kind(headline, [], headline.index("toll"))[0] != "group claim"
    said = "Breakaway rebel group claims market attack, says 15 soldiers killed"
    assert source_kind(said, [], said.index("15"))[0] == "group claim"
    # a second speaker's clause after "as": the officials give the toll, the group only claims
    lede = "The toll rose to nine on Monday, officials said, as a separatist group claimed the attack."
    assert source_kind(lede, [], lede.index("nine"))[0] == "official"
    claim = "A separatist group claimed the attack, as officials said, and said 30 soldiers died."
    assert source_kind(claim, [], claim.index("30"))[0] == "group claim"


def test_update_supersedes_an_earlier_floor_it_agrees_with() -> None:
    # "at least 8" allows 11, but a later report saying the toll rose to 11 replaces the floor
    docs = [doc("a", "2020-01-01", [fig("a", "killed_total", 8, "At least eight were killed.", q="at_least")]),
            doc("b", "2020-01-02", [fig("b", "killed_total", 11, "The toll rose to 11.")])]
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), docs).fields["killed_total"]
    assert (f.value, f.qualifier, [s.article_id for s in f.superseded]) == (11, "exact", ["a"])
    # without an update word the two agree and neither supersedes
    docs[1] = doc("b", "2020-01-02", [fig("b", "killed_total", 11, "Eleven were killed.")])
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), docs).fields["killed_total"]
    assert f.superseded == []


def test_the_same_bodys_later_figure_replaces_its_own_floor() -> None:
    docs = [doc("a", "2020-01-01", [fig("a", "killed_total", 4, "At least four were killed, police said.",
                                        q="at_least")]),
            doc("b", "2020-01-02", [fig("b", "killed_total", 6, "Six people were killed, police said.")]),
            doc("c", "2020-01-02", [fig("c", "killed_total", 9, "Nine bodies were received, the hospital said.")])]
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02"), ("c", "2020-01-02")), docs).fields["killed_total"]
    assert [s.article_id for s in f.superseded] == ["a"]
    assert (f.value, f.status, f.low, f.high) == (6, "conflicting", 6, 9)


def test_an_authoritys_own_release_speaks_as_the_authority() -> None:
    assert outlet_kind("Plateau State Police Command") == ("official", "police")
    assert outlet_kind("Ministry of Interior") == ("official", "ministry")
    assert outlet_kind("Daily Monitor") == ("unknown", None)  # a newspaper, not a monitor
    assert outlet_kind("Army Times") == ("unknown", None)
    assert outlet_kind("Associated Press") == ("unknown", None)
    assert outlet_kind("Varno State Government Press Office") == ("official", None)
    articles = published_by("Plateau State Police Command", "a", "2020-01-02")
    d = doc("a", "2020-01-02", [fig("a", "killed_total", 6, "Six people lost their lives.")])
    (sv,) = reconcile(articles, [d]).fields["killed_total"].per_source
    assert (sv.kind, sv.body) == ("official", "police")


def test_the_groups_own_statement_is_its_claim() -> None:
    sentence = "The mujahideen of Al-Shabaab detonated a device on the convoy."
    d = doc("a", "2020-01-01", attributions=[stmt("a", "Al-Shabaab", "possible", "", sentence)])
    articles = published_by("al-Shabaab (claim)", "a", "2020-01-01")
    j = reconcile(articles, [d]).attribution
    assert [(r["group"], r["stance"], r["by"]) for r in j.per_source] == [
        ("Al-Shabaab", "claimed", "the group (its own statement)")]
    assert j.claimed is True and [s["claimed"] for s in j.claim_status] == [True]
    # the same sentence from a newspaper names a possible perpetrator only
    j = reconcile(used(("a", "2020-01-01")), [d]).attribution
    assert [r["stance"] for r in j.per_source] == ["possible"]


def test_a_statement_quoted_whole_between_translation_lines_speaks_for_its_issuer() -> None:
    from briefing.extract import extract_document
    from briefing.reconcile import statement_speakers
    from briefing.text import make_document

    relay = ("Desk, below is our working translation of the statement issued tonight by the Kolvar "
             "Liberation Front (KLF) on its channel.\n\n--- TRANSLATION BEGINS ---\n\n"
             "Kolvar Liberation Front - Statement\n\nThe Kolvar Liberation Front accepts responsibility "
             "for today's attack on the convoy near Dorsk.\n\nAs a result of the attack 19 soldiers of "
             "the occupying army were killed.\n\n--- TRANSLATION ENDS ---\n\nNOTES: we could not verify "
             "the claim.")
    speakers = statement_speakers(make_document(relay, "claim", "2020-01-01"))
    assert set(speakers.values()) == {"Kolvar Liberation Front said."} and len(speakers) == 3
    news = extract_document("A bomb hit a convoy near Dorsk on Wednesday. Police said four soldiers were "
                            "killed. The Kolvar Liberation Front claimed the attack.", "news", "2020-01-01")
    docs = [extract_document(relay, "claim", "2020-01-01"), news]
    f = reconcile(used(("claim", "2020-01-01"), ("news", "2020-01-01")), docs).fields["killed_security"]
    assert f.value == 4 and f.status != "conflicting"
    # the same sentences told in the relay's own voice are its figure, and disagree
    plain = relay.replace("--- TRANSLATION BEGINS ---", "").replace("--- TRANSLATION ENDS ---", "")
    assert statement_speakers(make_document(plain, "claim", "2020-01-01")) == {}


def test_an_authoritys_release_attributes_in_its_own_name() -> None:
    sentence = "The Government condemns the attack by the Red Hand on Varno."
    d = doc("a", "2020-01-01", attributions=[stmt("a", "Red Hand", "reported", "the author", sentence)])
    articles = published_by("Varno State Government Press Office", "a", "2020-01-01")
    j = reconcile(articles, [d]).attribution
    assert [(r["stance"], r["by"]) for r in j.per_source] == [
        ("attributed", "Varno State Government Press Office")]
    # in a newspaper the author's own words stay the author's
    j = reconcile(used(("a", "2020-01-01")), [d]).attribution
    assert [(r["stance"], r["by"]) for r in j.per_source] == [("reported", "the author")]


def test_a_headlines_source_after_a_dash() -> None:
    assert source_kind("At least four killed in clashes in Jos - police") == ("official", "police")
    assert source_kind("Bomb kills 12 in Kabul: officials") == ("official", None)
    assert source_kind("Attack on the border - a timeline") == ("unknown", None)


def test_single_source_keeps_its_own_bounds() -> None:
    d = doc("a", None, [Figure("wounded_total", 20, "about", None, None,
                               [ev("a", "About 20 were hurt.")])])
    f = reconcile(used(("a", None)), [d]).fields["wounded_total"]
    assert (f.value, f.qualifier, f.low, f.high, f.status) == (20, "about", None, None,
                                                               "single source")


def test_a_figure_after_the_claims_saying_is_the_groups_own() -> None:
    assert source_kind("The Front claimed responsibility in a statement from its media arm on Monday, "
                       "saying its fighters had killed 25 soldiers.", ["Front"])[0] == "group claim"
    assert source_kind("The Front claimed responsibility for the raid, saying 25 soldiers died.",
                       ["Front"])[0] == "group claim"
    # the reporter's figure after a claim of responsibility stays the reporter's
    assert source_kind("The Front claimed responsibility for the raid, which killed 25 soldiers, "
                       "the army said.", ["Front"])[0] == "official"


def test_an_army_calling_the_groups_figure_propaganda_speaks_as_an_official() -> None:
    assert source_kind("The army dismissed the claim as propaganda and said 17 soldiers died.",
                       ["Front"]) == ("official", "army")


def test_a_joint_claim_reads_in_the_plural_and_a_member_blamed_alone_is_related() -> None:
    from briefing.extract import extract_document

    a = extract_document("Gunmen opened fire on a bus near the border crossing on Monday, killing four "
                         "passengers. Hamas and the Popular Front for the Liberation of Palestine "
                         "jointly claimed the attack.", "a", "2021-03-02")
    b = extract_document("Four people were killed on Monday when gunmen attacked a bus. Israeli "
                         "officials blamed the Popular Front for the Liberation of Palestine for the "
                         "attack.", "b", "2021-03-02")
    att = reconcile(used(("a", "2021-03-02"), ("b", "2021-03-02")), [a, b]).attribution
    assert att.judgment.startswith("The attack was almost certainly carried out by Hamas and the "
                                   "Popular Front for the Liberation of Palestine: the groups claimed it")
    assert "Israeli officials attribute it to the Popular Front for the Liberation of Palestine" in att.judgment
    assert att.competing == []  # the member blamed alone is no competitor of the joint claim


def test_a_group_the_text_only_names_is_a_possible_perpetrator() -> None:
    from briefing.extract import extract_document

    d = extract_document("A bomb killed five people at a market in the north on Monday. Investigators "
                         "were examining links to the Shining Path.", "a", "2021-03-02")
    assert d.attribution.group == "Shining Path" and d.attribution.confidence is None
    att = reconcile(used(("a", "2021-03-02")), [d]).attribution
    assert [r["stance"] for r in att.per_source] == ["possible"]
    assert "named as a possible perpetrator" in att.reason


def test_a_kidnapping_is_reconciled_and_told_in_the_bluf_and_key_figures() -> None:
    from briefing.extract import extract_document
    from briefing.present import bluf_sentences, key_figures

    a = extract_document("Gunmen abducted 23 passengers from a bus on the highway on Sunday.", "a", "2024-05-06")
    b = extract_document("Nine of the 23 travellers abducted on Sunday have been released, relatives "
                         "said on Wednesday.", "b", "2024-05-08")
    s = reconcile(used(("a", "2024-05-06"), ("b", "2024-05-08")), [a, b])
    f = s.fields["kidnapped_total"]
    assert (f.value, f.status) == (23, "consistent")
    assert bluf_sentences(s, 2)[0].startswith("On 5 May 2024, 23 people were kidnapped or abducted")
    assert ("kidnapped_total", "Kidnapped or abducted") in key_figures(s)
    # the nine freed are a figure of their own, told beside the kidnapped
    freed = s.fields["released_total"]
    assert (freed.value, freed.status) == (9, "single source")
    assert "; 9 freed, released or rescued" in bluf_sentences(s, 2)[0]
    assert ("released_total", "Freed, released or rescued") in key_figures(s)
    # an attack with no one kidnapped shows no kidnapping card
    c = extract_document("A bomb killed four soldiers on Sunday.", "c", "2024-05-06")
    shown = dict(key_figures(reconcile(used(("c", "2024-05-06")), [c])))
    assert "kidnapped_total" not in shown and "released_total" not in shown


def test_people_held_as_suspects_are_named_so_not_as_attackers_captured() -> None:
    from briefing.extract import extract_document
    from briefing.present import bluf_sentences, key_figures

    attack = extract_document("A gunman shot dead four worshippers at a mosque on Friday.", "a", "2024-05-11")

    def briefed(later: str) -> tuple[str, str]:
        b = extract_document(later, "b", "2024-05-12")
        s = reconcile(used(("a", "2024-05-11"), ("b", "2024-05-12")), [attack, b])
        return bluf_sentences(s, 2)[0], dict(key_figures(s))["captured_attackers"]

    bluf, card = briefed("Police said on Saturday they had arrested two suspects over the shooting.")
    assert "2 suspects arrested" in bluf and "attacker" not in bluf and card == "Suspects arrested"
    bluf, card = briefed("Officers detained three suspected accomplices in overnight raids, police said.")
    assert "3 suspects detained" in bluf and card == "Suspects detained"
    # attackers taken in the attack stay attackers captured
    bluf, card = briefed("Soldiers captured three of the attackers after the shooting, police said.")
    assert "3 attackers captured" in bluf and card == "Attackers captured"


def test_a_pronoun_speaker_is_the_one_named_sentences_before() -> None:
    from briefing.extract import extract_document

    text = ("Gunmen raid farming village\n\n"
            "Gunmen attacked the settlement overnight, the village chief said on Monday.\n\n"
            "Musa Danjuma told reporters the attackers came on motorcycles.\n\n"
            "He also put the death toll at nine.")
    found = extract_document(text, "v1", "2024-03-04")
    assert found.figures["killed_total"].value == 9
    assert figure_speaker(found.figures["killed_total"], [], found) == ("independent", "village chief")
    # without a speaker named before it, the pronoun's figure stays unattributed
    alone = extract_document("Gunmen raid farming village\n\nHe also put the death toll at nine.",
                             "v2", "2024-03-04")
    assert figure_speaker(alone.figures["killed_total"], [], alone) == ("unknown", None)


def test_a_speaker_named_by_surname_is_the_one_introduced_with_a_title() -> None:
    from briefing.extract import extract_document

    text = ("Raiders hit river town\n\n"
            "District police spokesman Ayo Bankole said the raiders came by boat on Tuesday.\n\n"
            "Residents fled to the hills.\n\n"
            "Bankole put the number of dead at 14.")
    found = extract_document(text, "r1", "2024-03-06")
    assert found.figures["killed_total"].value == 14
    assert figure_speaker(found.figures["killed_total"], [], found) == ("official", "police")
    # a surname never introduced with a title stays unattributed, as does one named in passing
    for intro in ("Ayo Bankole runs a shop by the river.",
                  "Police said the raiders stole cattle; Ayo Bankole lost his boat."):
        other = extract_document(text.replace(
            "District police spokesman Ayo Bankole said the raiders came by boat on Tuesday.", intro), "r2", "2024-03-06")
        assert other.figures["killed_total"].value == 14
        assert figure_speaker(other.figures["killed_total"], [], other)[0] == "unknown", intro


def test_civil_society_speakers_are_independent() -> None:
    assert source_kind("The parents' association said 71 girls had been taken.") == (
        "independent", "parents' association")
    assert source_kind("Families of the missing said 12 were still held.") == ("independent", "families")
    assert source_kind("Activists put the death toll at 30.") == ("independent", "activists")
    # a parent counted among the victims does not speak
    assert source_kind("Police said three parents were wounded.") == ("official", "police")


def test_who_is_told_does_not_speak() -> None:
    assert source_kind("A farmer told our correspondent that four people died.") == ("unknown", None)
    assert source_kind("Four people died, police told our correspondent.") == ("official", "police")
    assert source_kind("Four people died, a community leader said.") == ("independent", "community leader")


def test_the_bluf_counts_a_range_from_one_as_people() -> None:
    from briefing.present import bluf_sentences

    docs = [doc("a", "2020-01-01", [fig("a", "killed_total", 1, "One person was killed, police said.")]),
            doc("b", "2020-01-01", [fig("b", "killed_total", 31, "Thirty-one people were killed, "
                                        "medics said.")])]
    s = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-01")), docs)
    assert s.fields["killed_total"].status == "conflicting"
    assert bluf_sentences(s, 2)[0].startswith("1–31 people were killed")
    alone = reconcile(used(("a", "2020-01-01")), docs[:1])
    assert bluf_sentences(alone, 1)[0].startswith("1 person was killed")
    # a floor of one is one person too
    floor = [doc("a", "2020-01-01", [fig("a", "killed_total", 1, "At least one person was killed.", q="at_least")])]
    assert bluf_sentences(reconcile(used(("a", "2020-01-01")), floor), 1)[0].startswith("At least 1 person was killed")


def test_a_total_below_a_part_another_source_counts_is_a_partial_count() -> None:
    docs = [doc("a", "2020-01-01", [fig("a", "killed_attackers", 20, "Twenty militants were killed, "
                                        "the army said.")]),
            doc("b", "2020-01-01", [fig("b", "killed_total", 24, "Twenty-four people died, "
                                        "medics said.")]),
            doc("c", "2020-01-02", [fig("c", "killed_total", 1, "One of the wounded soldiers died, "
                                        "the army said.")])]
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-01"), ("c", "2020-01-02")),
                  docs).fields["killed_total"]
    assert (f.value, f.status) == (24, "single source")
    assert "c reports 1: below a's count of attackers killed (20), a partial count" in f.reason
    # when every total is below the part, none is set aside
    alone = reconcile(used(("a", "2020-01-01"), ("c", "2020-01-02")), [docs[0], docs[2]])
    assert alone.fields["killed_total"].value == 1
    # a round claim of attackers killed ("more than 20 militants") is no sign the totals are partial
    docs[0].figures["killed_attackers"].qualifier = "more_than"
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-01"), ("c", "2020-01-02")),
                  docs).fields["killed_total"]
    assert "partial count" not in f.reason


def test_parties_figures_above_the_total_are_flagged() -> None:
    from briefing.present import bluf_sentences

    docs = [doc("a", "2020-01-01", [fig("a", "killed_total", 17, "Seventeen people died, police said."),
                                    fig("a", "killed_attackers", 14, "Fourteen militants were killed, "
                                        "police said.")]),
            doc("b", "2020-01-01", [fig("b", "killed_civilians", 10, "Ten civilians were among the "
                                        "dead, elders said.")])]
    s = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-01")), docs)
    assert any(c.startswith("killed_total: the parties' figures (14 attackers killed + 10 civilians "
                            "killed = 24) exceed the total (17)") for c in s.checks)
    assert "add up to more than the total" in bluf_sentences(s, 2)[0]


def test_a_floor_made_exact_at_the_same_count_is_consistent_not_updated() -> None:
    docs = [doc("a", "2020-01-01", [fig("a", "killed_total", 4, "At least four people died, police said.",
                                        q="at_least")]),
            doc("b", "2020-01-02", [fig("b", "killed_total", 4, "Four people died, police said.")])]
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), docs).fields["killed_total"]
    assert (f.value, f.qualifier, f.status) == (4, "exact", "consistent")


def test_people_missing_are_a_figure_of_their_own_in_the_bluf_and_key_figures() -> None:
    from briefing.extract import extract_document
    from briefing.present import bluf_sentences, key_figures

    a = extract_document("A missile hit an apartment block on Tuesday, killing 12 people. At least "
                         "six people remained missing under the rubble, rescuers said.", "a", "2024-04-23")
    s = reconcile(used(("a", "2024-04-23")), [a])
    f = s.fields["missing_total"]
    assert (f.value, f.qualifier) == (6, "at_least")
    assert "at least 6 missing" in bluf_sentences(s, 1)[0]
    assert ("missing_total", "Missing") in key_figures(s)
    # the missing are no casualties of the gold format
    assert "missing_total" not in a.flat()
    c = extract_document("A bomb killed four soldiers on Sunday.", "c", "2024-05-06")
    assert "missing_total" not in dict(key_figures(reconcile(used(("c", "2024-05-06")), [c])))


def test_a_parent_groups_denial_is_no_denial_by_the_branch_that_claimed() -> None:
    from briefing.extract import extract_document

    a = extract_document("A suicide bomber killed 20 police officers at a mosque on Friday. Jamaat-ul-Ahrar "
                         "claimed responsibility for the attack. The Pakistani Taliban denied any role in "
                         "the bombing.", "a", "2025-11-14")
    b = extract_document("Police said the bombing at the mosque appears to be the work of Jamaat-ul-Ahrar. "
                         "The Pakistani Taliban repeated its denial.", "b", "2025-11-15")
    att = reconcile(used(("a", "2025-11-14"), ("b", "2025-11-15")), [a, b]).attribution
    assert (att.group, att.claimed) == ("Jamaat-ul-Ahrar", True)
    assert "denied involvement" not in att.judgment


def test_a_state_acknowledges_a_strike_and_is_named_with_its_article() -> None:
    d = doc("a", "2020-01-01", [], [
        stmt("a", "Israeli military", "reported", "Syria's health ministry",
             "An Israeli strike killed eight people, Syria's health ministry said."),
        stmt("a", "Israeli military", "admitted", "the group",
             "The Israeli military said it had struck a militant target.")])
    j = reconcile(used(("a", "2020-01-01")), [d]).attribution
    assert j.group == "Israeli military"
    assert "carried out by the Israeli military" in j.judgment
    assert "the Israeli military acknowledged it" in j.judgment and "claimed" not in j.judgment
    assert "Syria's health ministry attributes it to the Israeli military" in j.judgment
    assert "the Syria's" not in j.judgment
    # the confidence rule and the claim history speak of an acknowledgement too
    assert "acknowledged by the Israeli military" in j.reason and "claimed" not in j.reason

    from briefing import charts

    legend = {t.name for t in charts.claim_status(reconcile(used(("a", "2020-01-01")), [d])).data}
    assert legend == {"acknowledged by the state"}


def test_the_claim_chart_says_claimed_by_the_group_for_an_armed_group() -> None:
    from briefing import charts

    d = doc("a", "2020-01-01", [], [
        stmt("a", "Islamic State", "claimed", "the group", "The Islamic State claimed the attack.")])
    s = reconcile(used(("a", "2020-01-01")), [d])
    assert {t.name for t in charts.claim_status(s).data} == {"claimed by the group"}


def test_fighters_are_the_targets_in_every_source_once_the_sources_judge_a_state_the_doer() -> None:
    from briefing.extract import extract_document

    a = extract_document("Kenya's defence ministry said on Monday that an air strike carried out with allied "
                         "forces killed 9 militants near the border.", "a", "2024-05-06")
    b = extract_document("Elders said Sunday's strike near the border killed 12 people, among them 9 "
                         "militants and 3 herders.", "b", "2024-05-07")
    assert b.figures["killed_attackers"].value == 9  # b alone names no doer
    s = reconcile(used(("a", "2024-05-06"), ("b", "2024-05-07")), [a, b])
    assert s.attribution.group == "Kenyan military"
    assert s.fields["killed_attackers"].value is None
    # b's 9 militants now count among its 12 victims
    assert {p.article_id: p.value for p in s.fields["killed_victims"].per_source} == {"a": 9, "b": 12}
    assert any(c.startswith("b: the doer is the Kenyan military (judged across the sources)") for c in s.checks)


def test_an_unlisted_groups_acronym_is_the_name_it_abbreviates_across_sources() -> None:
    from briefing.extract import extract_document

    a = extract_document("Gunmen killed 12 soldiers at the camp on Monday. The group Harakat Nasr al-Qadim "
                         "(HNQ) claimed responsibility for the attack.", "a", "2024-05-06")
    b = extract_document("The government said the attack on the camp was carried out by the terrorist group "
                         "HNQ.", "b", "2024-05-08")
    att = reconcile(used(("a", "2024-05-06"), ("b", "2024-05-08")), [a, b]).attribution
    assert att.group == "Harakat Nasr al-Qadim" and att.competing == []
    assert {r["group"] for r in att.per_source} == {"Harakat Nasr al-Qadim"}


def test_a_later_report_of_the_final_toll_supersedes_the_first() -> None:
    from briefing.extract import extract_document

    first = extract_document("Police said nine people were injured in the attack on Saturday.", "a", "2024-05-04")
    later = extract_document("Her death brings the toll to one person killed and eight injured.", "b", "2024-05-06")
    s = reconcile(used(("a", "2024-05-04"), ("b", "2024-05-06")), [first, later])
    assert s.fields["wounded_total"].value == 8 and s.fields["wounded_total"].status == "updated"


def test_a_later_party_toll_updates_that_party_not_the_earlier_total() -> None:
    from briefing.extract import extract_document

    first = extract_document("The army said 20 attackers and 4 soldiers were killed in the raid on Sunday.",
                             "a", "2024-05-05")
    later = extract_document("One of the soldiers wounded on Sunday died on Monday, bringing the death toll among "
                             "the troops to five, a military source said.", "b", "2024-05-07")
    s = reconcile(used(("a", "2024-05-05"), ("b", "2024-05-07")), [first, later])
    assert (s.fields["killed_security"].value, s.fields["killed_security"].status) == (5, "updated")
    assert s.fields["killed_total"].value == 24  # "at least five" tells less than the earlier 24


def test_a_report_that_updates_one_toll_gives_its_other_rising_figures_as_newer() -> None:
    def two(wounded_b: int) -> object:
        docs = [doc("a", "2020-01-01", [fig("a", "killed_total", 8, "Eight people were killed."),
                                        fig("a", "wounded_total", 30, "Thirty people were hurt.")]),
                doc("b", "2020-01-02", [fig("b", "killed_total", 11, "The death toll rose to 11."),
                                        fig("b", "wounded_total", wounded_b, "Many people were hurt.")])]
        return reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), docs).fields["wounded_total"]

    f = two(45)
    assert (f.value, f.status) == (45, "updated")
    assert "the later report updates the toll and its higher figure supersedes" in f.reason
    # a lower later figure is no update of the count: the two disagree
    assert two(20).status == "conflicting"


def test_an_article_that_contradicts_itself_is_a_conflict_not_an_update() -> None:
    from briefing.extract import extract_document
    from briefing.present import bluf_sentences

    first = extract_document("Gunmen abducted at least 40 pupils from a school in the east on Friday, the police said.",
                             "a", "2024-05-04")
    later = extract_document("The governor put the number abducted at 40 on Sunday. A teachers' union said "
                             "46 pupils had been taken.", "b", "2024-05-06")
    assert (later.figures["kidnapped_total"].value, later.figures["kidnapped_total"].contested) == (46, 40)
    s = reconcile(used(("a", "2024-05-04"), ("b", "2024-05-06")), [first, later])
    f = s.fields["kidnapped_total"]
    # not "the later report updates the toll to 46": the later article itself also says 40
    assert (f.status, f.value, f.low, f.high) == ("conflicting", 40, 40, 46)
    # each of the article's two figures is given with who states it
    assert "b states 40 (per the governor) and also counts 46 (per the teachers' union)" in f.reason
    assert "supersede" not in f.reason
    assert "sources conflict on some figures" in bluf_sentences(s, 2)[0]
    # an article that agrees with itself stays an agreement
    plain = extract_document("The governor said 40 pupils had been taken on Friday.", "c", "2024-05-06")
    assert plain.figures["kidnapped_total"].contested is None
    g = reconcile(used(("a", "2024-05-04"), ("c", "2024-05-06")), [first, plain]).fields["kidnapped_total"]
    assert (g.status, g.value) == ("consistent", 40)
    # beside a source that gives another figure, the article's own two figures are named too
    other = extract_document("Gunmen abducted 35 pupils from a school on Friday.", "d", "2024-05-04")
    h = reconcile(used(("d", "2024-05-04"), ("b", "2024-05-06")), [other, later]).fields["kidnapped_total"]
    assert h.status == "conflicting" and h.value == 35 and "b states 40 (per the governor) and also counts 46" in h.reason


def test_a_branch_that_claimed_is_judged_over_its_parent_blamed_more_often() -> None:
    from briefing.extract import extract_document

    first = extract_document(
        "Bomb kills nine at checkpoint\n\nA car bomb killed nine policemen at a checkpoint on Tuesday. No group "
        "claimed it, but suspicion fell on the Tehrik-i-Taliban Pakistan.", "a", "2024-04-02")
    second = extract_document(
        "Toll rises to 12\n\nThe toll from Tuesday's checkpoint bombing rose to 12. Jamaat-ul-Ahrar, a splinter "
        "faction of the TTP, claimed responsibility, saying its fighters had killed 40 policemen. The TTP "
        "denied involvement.", "b", "2024-04-03")
    a = reconcile(used(("a", "2024-04-02"), ("b", "2024-04-03")), [first, second]).attribution
    assert (a.group, a.claimed) == ("Jamaat-ul-Ahrar", True)
    assert "Tehrik-i-Taliban Pakistan" in a.related
    # without the branch's claim, the parent blamed in both reports stays the answer
    third = extract_document("Toll rises to 12\n\nThe toll rose to 12. Police blamed the TTP.", "c", "2024-04-03")
    b = reconcile(used(("a", "2024-04-02"), ("c", "2024-04-03")), [first, third]).attribution
    assert b.group == "Tehrik-i-Taliban Pakistan"


def test_a_total_told_twice_takes_its_speaker_from_either_sentence() -> None:
    from briefing.extract import extract_document

    d = extract_document("Checkpoint bombing toll rises to 14\n\nThe toll from the bombing rose to 14 after three "
                         "of the wounded died, hospital officials said.", "h", "2024-04-03")
    f = d.figures["killed_total"]
    assert (f.value, f.qualifier) == (14, "exact") and len(f.evidence) == 2
    assert figure_speaker(f, [], d)[0] == "official"


def test_two_totals_of_one_article_from_two_speakers_are_a_conflict() -> None:
    from briefing.extract import extract_document

    text = ("The provincial government put the toll at 30 on Monday. Village elders said at least 36 people "
            "had died in the raid.")
    one = extract_document(text, "a", "2024-07-02")
    f = one.figures["killed_total"]
    assert (f.value, f.qualifier, f.other_total) == (36, "at_least", 30)
    assert any("different totals stated (30; at least 36)" in c for c in one.checks)
    s = reconcile(used(("a", "2024-07-02")), [one]).fields["killed_total"]
    assert (s.status, s.value, s.low, s.high) == ("conflicting", 30, 30, 36)
    assert "a states 30 (per officials) and also at least 36 (per the village elders)" in s.reason
    # one speaker's two totals, the later told as a rise, are an update, not a conflict
    risen = extract_document("Police said 30 people died in the raid. Police later said the toll had risen "
                             "to 36.", "b", "2024-07-02")
    t = reconcile(used(("b", "2024-07-02")), [risen]).fields["killed_total"]
    assert (t.status, t.value) == ("single source", 36)


def test_a_first_reports_floor_below_every_later_figure_takes_no_side_in_a_conflict() -> None:
    first = doc("a", "2024-03-01", [fig("a", "killed_total", 8, "At least eight people were killed, police said.",
                                        q="at_least")])
    second = doc("b", "2024-03-02", [fig("b", "killed_total", 21, "The minister said 21 people were killed.")])
    third = doc("c", "2024-03-03", [fig("c", "killed_total", 25, "Elders said at least 25 people died.",
                                        q="at_least")])
    f = reconcile(used(("a", "2024-03-01"), ("b", "2024-03-02"), ("c", "2024-03-03")),
                  [first, second, third]).fields["killed_total"]
    assert (f.status, f.value, f.low, f.high) == ("conflicting", 21, 21, 25)
    assert "a's at least 8 is a floor below every other figure" in f.reason
    # a floor of the same day as the others is one of the sides: the most conservative figure
    same_day = doc("a", "2024-03-03", list(first.figures.values()))
    g = reconcile(used(("a", "2024-03-03"), ("b", "2024-03-03"), ("c", "2024-03-03")),
                  [same_day, second, third]).fields["killed_total"]
    assert (g.status, g.value, g.low) == ("conflicting", 8, 8)
    # a later report's floor below every figure ("at least one", told in passing) takes no side
    # either: the conflict is between the two counts
    late = doc("d", "2024-03-09", [fig("d", "killed_total", 1, "A follow-up said at least one person died.",
                                       q="at_least")])
    h = reconcile(used(("b", "2024-03-02"), ("c", "2024-03-03"), ("d", "2024-03-09")),
                  [second, third, late]).fields["killed_total"]
    assert (h.status, h.value, h.low) == ("conflicting", 21, 21)


def test_a_pronoun_before_the_reporting_word_speaks_not_the_victims_noun() -> None:
    assert source_kind("Nine people were killed, among them two members of the security forces, "
                       "she told reporters.")[0] == "unknown"
    assert source_kind("Nine people were killed, the security forces said.")[0] == "official"
    assert source_kind("The army puts the death toll at nine.") == ("official", "army")


def test_the_bluf_counts_one_captured_attacker_in_the_singular() -> None:
    from briefing.extract import extract_document
    from briefing.present import bluf_sentences

    one = extract_document("Gunmen killed four guards at a depot on Monday. Police arrested one of the gunmen.",
                           "a", "2024-02-06")
    s = reconcile(used(("a", "2024-02-06")), [one])
    assert s.fields["captured_attackers"].value == 1
    assert "1 attacker captured" in bluf_sentences(s, 1)[0]


def test_a_groups_own_figure_named_as_such_is_a_claim() -> None:
    groups = ["Northern Front"]
    for sentence in ("The group's figure of 31 soldiers killed is far above the official toll.",
                     "The Northern Front's claim of 31 dead could not be verified."):
        assert source_kind(sentence, groups)[0] == "group claim", sentence
    assert source_kind("The army's figure of 14 soldiers killed was disputed by residents.", groups)[0] \
        != "group claim"


def test_up_from_and_still_missing_are_updates() -> None:
    docs = [doc("a", "2021-05-01", [fig("a", "killed_attackers", 20, "About 20 militants were killed.", q="about"),
                                    fig("a", "missing_total", 6, "Six soldiers were missing.")]),
            doc("b", "2021-05-03", [fig("b", "killed_attackers", 23,
                                        "Some 23 militants were killed, up from the 20 announced earlier."),
                                    fig("b", "missing_total", 2, "Two soldiers are still missing.")])]
    s = reconcile(used(("a", "2021-05-01"), ("b", "2021-05-03")), docs)
    for field, value in (("killed_attackers", 23), ("missing_total", 2)):
        f = s.fields[field]
        assert (f.value, f.status) == (value, "updated"), field
        assert "updated toll and supersedes" in f.reason


def test_a_count_told_while_the_attack_was_under_way_is_updated_by_a_later_higher_one() -> None:
    from briefing.extract import extract_document

    during = ("Gunmen storm hotel in Dorvik\nGunmen stormed a hotel in Dorvik on Thursday evening. Security "
              "forces were still battling the attackers on Friday, police said. One of the attackers was "
              "shot dead on the ground floor, police said.")
    after = "Dorvik siege over\nThe siege of the hotel ended on Saturday. Four gunmen were killed, the minister said."
    dates = (("a", "2021-03-05"), ("b", "2021-03-06"))
    f = reconcile(used(*dates), [extract_document(during, "a", "2021-03-05"),
                                 extract_document(after, "b", "2021-03-06")]).fields["killed_attackers"]
    assert (f.value, f.status, [s.article_id for s in f.superseded]) == (4, "updated", ["a"])
    assert "still under way ('still battling')" in f.reason
    # told after the fighting ended, the two counts of different speakers conflict
    ended = during.replace("were still battling the attackers on Friday", "ended the assault on Friday")
    f = reconcile(used(*dates), [extract_document(ended, "a", "2021-03-05"),
                                 extract_document(after, "b", "2021-03-06")]).fields["killed_attackers"]
    assert (f.value, f.status, f.superseded) == (1, "conflicting", [])
    # a later count below the provisional one is no update
    lower = after.replace("Four gunmen were killed", "No gunman was killed")
    f = reconcile(used(*dates), [extract_document(during, "a", "2021-03-05"),
                                 extract_document(lower, "b", "2021-03-06")]).fields["killed_attackers"]
    assert f.status == "conflicting"


def test_rough_figures_agree_with_counts_near_them() -> None:
    # "about 24" allows 22; a sum with a rough part is rough, not a floor at its exact sum
    docs = [doc("a", None, [fig("a", "killed_civilians", 22, "22 civilians were killed.")]),
            doc("b", None, [fig("b", "killed_civilians", 24, "Some two dozen civilians died.", q="about",
                                low=24, high=24)])]
    f = reconcile(used(("a", None), ("b", None)), docs).fields["killed_civilians"]
    assert (f.value, f.status) == (22, "consistent")
    docs = [doc("a", None, [fig("a", "killed_total", 25, "25 people were killed.")]),
            doc("b", None, [fig("b", "killed_total", 27, "Some two dozen guests and three officers died.",
                                q="about", derivation="24 + 3 = 27")])]
    f = reconcile(used(("a", None), ("b", None)), docs).fields["killed_total"]
    assert (f.value, f.status) == (25, "consistent")
    docs[1].figures["killed_total"] = fig("b", "killed_total", 27, "24 guests and three officers died.",
                                          derivation="24 + 3 = 27")
    assert reconcile(used(("a", None), ("b", None)), docs).fields["killed_total"].status == "conflicting"


def test_a_claim_leads_over_blame_of_a_group_that_denies_it() -> None:
    blamed = [stmt(x, "Northern Front", "attributed", "the army", "The army blamed the Northern Front.")
              for x in ("a", "b", "c")]
    docs = [doc("a", "2020-01-01", [], [blamed[0]]),
            doc("b", "2020-01-02", [], [blamed[1], stmt("b", "Northern Front", "denied", "the group",
                                                        "The Northern Front denied any role.")]),
            doc("c", "2020-01-03", [], [blamed[2], stmt("c", "Hill Army of Kano", "claimed", "the group",
                                                        "The Hill Army of Kano claimed the ambush.")])]
    dates = (("a", "2020-01-01"), ("b", "2020-01-02"), ("c", "2020-01-03"))
    j = reconcile(used(*dates), docs).attribution
    assert (j.group, j.claimed) == ("Hill Army of Kano", True)
    assert "Northern Front" in j.judgment  # the blame stays in the judgment as the other account
    # without the denial, the group most sources blame stays the first hypothesis
    docs[1].attributions = [blamed[1]]
    assert reconcile(used(*dates), docs).attribution.group == "Northern Front"


def test_a_speakers_title_stop_does_not_hide_the_body_they_speak_for() -> None:
    assert source_kind("But the director of the Kamara General Hospital, Dr. Ines Oduya, said her ward "
                       "alone had received 57 wounded people.", []) == ("independent", "hospital")
    # a sentence's own stop still ends the reach of a noun before it
    assert source_kind("He visited the hospital. Forty people were hurt, he said.", []) == ("unknown", None)


def test_a_death_that_raises_the_number_is_an_update_not_a_conflict() -> None:
    from briefing.extract import extract_document

    first = extract_document("Four police officers and three soldiers were killed in the attack, the army said.",
                             "a", "2020-01-02")
    later = extract_document("Police reported the death of a fifth police officer on Monday. His death raises the "
                             "number of security force members killed in the attack to eight.", "b", "2020-01-05")
    f = reconcile(used(("a", "2020-01-02"), ("b", "2020-01-05")), [first, later]).fields["killed_security"]
    assert (f.value, f.status) == (8, "updated")


def test_the_figure_of_who_claims_the_attack_is_the_groups_claim() -> None:
    # the claim's figure after "asserting", and a headline's "X claim ..., say N killed"
    claim = ("The Red Hills Front has claimed responsibility for the ambush, asserting in a press note "
             "that 30 soldiers were killed.")
    assert source_kind(claim, [], claim.index("30"))[0] == "group claim"
    headline = "Rebels claim convoy ambush, say 30 soldiers killed; army rejects figure"
    assert source_kind(headline, [], headline.index("30"))[0] == "group claim"
    # who says there was no claim is no claimant
    none = "No group has claimed the attack, and police say 12 people died."
    assert source_kind(none, [], none.index("12")) == ("official", "police")


def test_an_earlier_accusation_is_shown_but_no_rival_blame() -> None:
    d = doc("a", "2020-01-01", [], [
        stmt("a", "Islamic State", "claimed", "the group", "The Islamic State claimed the attack."),
        stmt("a", "Boko Haram", "withdrawn", "military sources",
             "Military sources, who had initially blamed Boko Haram, said the claim was credible.")])
    j = reconcile(used(("a", "2020-01-01")), [d]).attribution
    assert (j.group, j.confidence_words) == ("Islamic State", "very likely")
    assert "Boko Haram" not in j.judgment and "Boko Haram" not in j.competing
    assert any(r["stance"] == "withdrawn" for r in j.per_source)
    assert stance_words({"group": "Boko Haram", "stance": "withdrawn", "by": "military sources", "basis": ""}) \
        == "an earlier accusation of Boko Haram by military sources, told as superseded"


def test_an_attacker_named_by_several_sources_is_told_once_in_the_judgment() -> None:
    from briefing.model import NamedAttacker

    def named(aid: str, name: str, by: str, sentence: str) -> DocumentExtraction:
        d = doc(aid, "2020-01-02" if aid == "b" else "2020-01-01")
        d.attribution = AttributionSummary(attackers=[NamedAttacker(name, by, ev(aid, sentence))])
        return d

    docs = [named("a", "Dale Marsh", "the author", "The gunman, Dale Marsh, 41, fled."),
            named("b", "Dale Ivo Marsh", "the police", "Police identified the gunman as Dale Ivo Marsh.")]
    docs[1].attribution.alone = [ev("b", "He acted alone, the sheriff said.")]
    att = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), docs).attribution
    assert [(a["name"], a["by"], a["sources"]) for a in att.attackers] == [("Dale Ivo Marsh", ["the police"], ["a", "b"])]
    assert att.group is None and att.judgment == (
        "No source names a group responsible. The attacker was named as Dale Ivo Marsh (by the police; "
        "2 sources); 1 source says the attacker acted alone.")
    assert att.to_dict()["attackers"][0]["evidence"][1]["sentence"].startswith("Police identified")


def test_the_attacker_table_escapes_the_article_text() -> None:
    from briefing.model import NamedAttacker
    from briefing.present import attribution_html

    d = doc("a", "2020-01-01")
    d.attribution = AttributionSummary(attackers=[NamedAttacker(
        "Dale Marsh", "the police", ev("a", "Police identified the gunman as Dale Marsh <script>x()</script>."))])
    summary = reconcile(used(("a", "2020-01-01")), [d])
    html = attribution_html(summary)
    assert "Attacker named" in html and "Dale Marsh" in html
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_a_group_named_only_as_possible_does_not_outweigh_an_attacker_acting_alone() -> None:
    d = doc("a", "2020-01-01", attributions=[stmt("a", "Islamic State", "possible", "",
                                                  "A channel linked to Islamic State supporters praised him.")])
    d.attribution = AttributionSummary(alone=[ev("a", "We believe he acted alone, police said.")])
    att = reconcile(used(("a", "2020-01-01")), [d]).attribution
    assert att.group is None and att.judgment == (
        "No source names a group responsible. 1 source says the attacker acted alone. "
        "The Islamic State is named only as a possibility.")
    # so is one also said not to have claimed it
    d.attributions = [*d.attributions, stmt("a", "Islamic State", "not_claimed", "the group",
                                            "The group's own outlets have said nothing.")]
    assert reconcile(used(("a", "2020-01-01")), [d]).attribution.group is None
    # a group accused by the police stays judged, acting alone or not
    d.attributions = [stmt("a", "Islamic State", "attributed", "police", "Police blamed Islamic State.")]
    assert reconcile(used(("a", "2020-01-01")), [d]).attribution.group == "Islamic State"


def test_facts_list_the_attacker_named_and_the_sentences_saying_he_acted_alone() -> None:
    from briefing.model import NamedAttacker
    from briefing.present import evidence_html

    d = doc("a", "2020-01-01")
    d.attribution = AttributionSummary(
        attackers=[NamedAttacker("Dale Marsh", "the police", ev("a", "Police named the gunman as Dale Marsh."))],
        alone=[ev("a", "He acted alone, the sheriff said.", 50)])
    rows = facts_table(used(("a", "2020-01-01")), [d])
    got = rows[rows["kind"] == "attacker"][["person", "stance", "by", "start"]].to_dict("records")
    assert got == [{"person": "Dale Marsh", "stance": "named", "by": "the police", "start": 0},
                   {"person": None, "stance": "acted alone", "by": None, "start": 50}]
    html = evidence_html(rows)
    assert "Dale Marsh (named)" in html and "acted alone" in html


def test_a_floor_derived_from_one_party_takes_no_side_and_a_count_with_a_later_death_is_an_update() -> None:
    day = "2025-11-19"
    a = doc("a", day, [fig("a", "killed_total", 7, "Seven people were killed, including the two attackers.")])
    b = doc("b", day, [fig("b", "killed_total", 2, "Both attackers were neutralised.", q="at_least",
                           derivation="the attackers alone: 2")])
    c = doc("c", day, [fig("c", "killed_total", 5, "The attack killed five people.")])
    f = reconcile(used(("a", day), ("b", day), ("c", day)), [a, b, c]).fields["killed_total"]
    assert (f.status, f.value) == ("conflicting", 5)  # the conflict is between the two counts
    # the same floor stated, not derived, on the same day, is still one of the sides
    b2 = doc("b", day, [fig("b", "killed_total", 2, "At least two people were killed.", q="at_least")])
    g = reconcile(used(("a", day), ("b", day), ("c", day)), [a, b2, c]).fields["killed_total"]
    assert (g.status, g.value) == ("conflicting", 2)
    # a later report whose count takes in a death from wounds updates an earlier count
    first = doc("a", "2024-10-15", [fig("a", "killed_total", 3, "The attack killed three people.")])
    later = doc("b", "2024-10-17", [fig("b", "killed_total", 4, "The attack killed four people, among them a "
                                          "volunteer who died of his wounds the next day.")])
    h = reconcile(used(("a", "2024-10-15"), ("b", "2024-10-17")), [first, later]).fields["killed_total"]
    assert (h.status, h.value) == ("updated", 4)


def test_a_parents_claim_for_a_branch_blamed_by_name_keeps_the_branch_and_names_the_claimant() -> None:
    from briefing.extract import extract_document

    a = extract_document("Gunmen ambushed a police convoy near Datu Piang on Thursday, killing six officers. "
                         "Based on the statement of the arrested suspect, the ambush was perpetrated by members "
                         "of the Dawlah Islamiyah-Maguindanao.", "a", "2025-10-17")
    b = extract_document("The Islamic State's Amaq news agency published a claim saying its fighters had attacked "
                         "the convoy. Officials blamed the BIFF for the ambush. The BIFF denied any involvement.",
                         "b", "2025-10-18")
    att = reconcile(used(("a", "2025-10-17"), ("b", "2025-10-18")), [a, b]).attribution
    assert att.group == "Dawlah Islamiyah–Maguindanao"
    assert "the Islamic State claimed it" in att.judgment
    assert "interrogation" in att.judgment


def test_an_indirect_question_of_who_was_behind_it_blames_no_one() -> None:
    from briefing.extract import extract_document

    d = extract_document("Police and the military gave differing accounts of who was behind the ambush on "
                         "Thursday that killed six officers.", "a", "2025-10-17")
    assert [s.group for s in d.attributions] == []


def test_one_unnamed_person_who_blames_is_named_with_an_article() -> None:
    from briefing.reconcile import _by_phrase

    assert _by_phrase("senior security official in Quetta") == "a senior security official in Quetta"
    assert _by_phrase("unnamed officials") == "unnamed officials"
    assert _by_phrase("Interior Ministry") == "the Interior Ministry"


def test_reports_of_officials_take_no_article_but_one_official_does() -> None:
    from briefing.reconcile import _by_phrase

    assert _by_phrase("official reports from Dushanbe") == "official reports from Dushanbe"
    assert _by_phrase("official in Kabul") == "an official in Kabul"


@pytest.mark.parametrize(("outlet", "expected"), [
    ("Policía Nacional del Ecuador", ("official", "police")),
    ("Ministério da Defesa Nacional", ("official", "ministry")),
    ("Forces Armées de la République", ("official", "military")),
    ("State Committee for National Security", ("official", "security")),
    ("The Koro Herald", ("unknown", None)),
])
def test_the_kind_of_an_official_letterhead_in_other_languages(outlet: str, expected: tuple) -> None:
    from briefing.reconcile import outlet_kind

    assert outlet_kind(outlet) == expected


def test_a_denying_groups_counter_blame_supports_no_one() -> None:
    from briefing.reconcile import _pick_group

    def row(aid: str, group: str, stance: str, by: str) -> dict:
        return {"article_id": aid, "group": group, "stance": stance, "by": by, "basis": ""}

    rows = [row("a", "Los Lobos", "reported", "unnamed officials"), row("b", "Los Lobos", "suspected", "the police"),
            row("b", "Los Lobos", "denied", "the group"), row("b", "Los Choneros", "attributed", "Los Lobos"),
            row("c", "Los Choneros", "reported", "the author")]
    assert _pick_group(rows) == "Los Lobos"


def test_a_group_blamed_on_a_stated_basis_comes_before_one_blamed_on_none() -> None:
    from briefing.reconcile import _pick_group

    def row(aid: str, group: str, stance: str, by: str, basis: str = "") -> dict:
        return {"article_id": aid, "group": group, "stance": stance, "by": by, "basis": basis}

    rows = [row("a", "Jaish-e-Mohammed", "attributed", "a legislator"),
            row("b", "Lashkar-e-Taiba", "suspected", "the police", "forensic")]
    assert _pick_group(rows) == "Lashkar-e-Taiba"
    # a claim still comes first
    assert _pick_group([*rows, row("c", "Jaish-e-Mohammed", "claimed", "the group")]) == "Jaish-e-Mohammed"


def test_a_claim_said_what_its_fighters_did_is_the_groups_figure() -> None:
    from briefing.reconcile import source_kind

    sentence = "The claim said the group's fighters had killed 38 soldiers and beheaded eleven Christians."
    assert source_kind(sentence, [], sentence.find("38"))[0] == "group claim"


def test_a_stated_total_below_one_of_its_own_parts_is_no_rival_count() -> None:
    from briefing.extract import extract_document

    doc = extract_document("The army said its troops neutralised fourteen insurgents and that seven soldiers were "
                           "killed in the ambush on Monday. A local group said it had counted nine civilian dead "
                           "after the bodies of two men were found on Tuesday.", "b", "2024-05-06")
    assert (doc.figures["killed_total"].value, doc.figures["killed_total"].contested) == (30, 2)
    s = reconcile(used(("b", "2024-05-06")), [doc])
    assert s.fields["killed_total"].value == 30  # the two bodies are some of the nine, not "2 killed"


def test_a_rival_blamed_in_one_source_of_three_stays_in_the_judgment_without_lowering_it() -> None:
    from briefing.extract import extract_document

    lede = "Gunmen attacked the prison in Koro on Saturday, killing four guards. "
    docs = [extract_document(lede + "The army blamed the attack on the ADF.", "a", "2024-05-04"),
            extract_document(lede + "Officials blamed the ADF for the attack.", "b", "2024-05-05"),
            extract_document(lede + "Police said ADF fighters carried out the attack. But the local MP, Jean "
                             "Baraka, said Mai-Mai militiamen were behind the attack.", "c", "2024-05-06")]
    a = reconcile(used(("a", "2024-05-04"), ("b", "2024-05-05"), ("c", "2024-05-06")), docs).attribution
    assert (a.group, a.confidence_words) == ("Allied Democratic Forces", "likely")
    assert "Mai-Mai" in a.judgment
    # one source against one: the rival lowers the judgment
    a = reconcile(used(("c", "2024-05-06")), docs[2:]).attribution
    assert a.confidence_words != "likely"


def test_the_groups_claim_told_without_its_name() -> None:
    from briefing.reconcile import source_kind

    for sentence in ("The Maoists, in a press note issued on Sunday, had claimed that 11 personnel were killed.",
                     "Maoists claim 11 killed"):
        assert source_kind(sentence, [], sentence.find("11"))[0] == "group claim"
    assert source_kind("Police said 12 people died.", [], 11)[0] == "official"


def test_a_name_with_its_surnames_initial_is_the_full_name() -> None:
    from briefing.reconcile import _surname_key

    names = ["Thomas Vasseur", "Thomas V."]
    assert _surname_key("Thomas V.", names) == _surname_key("Thomas Vasseur", names) == "Vasseur"
    assert _surname_key("Karim B.", names) == "B."  # no full name given: its own key


def test_an_article_about_a_later_event_counts_no_figure_of_the_main_incident() -> None:
    from briefing.extract import extract_document

    first = extract_document("Maoists ambushed a police convoy on Saturday, killing six policemen.", "a", "2024-03-16")
    later = extract_document("Security forces killed five Maoists in an encounter on Wednesday, police said.", "b",
                             "2024-03-21")
    articles = used(("a", "2024-03-16"), ("b", "2024-03-21"))
    articles.loc[1, "title"] = "Five Maoists killed in encounter days after convoy ambush"
    s = reconcile(articles, [first, later])
    assert s.fields["killed_total"].value == 6 and s.fields["killed_attackers"].value is None
    assert any("its own subject is a later event" in c for c in s.checks)
    # the same article under a headline of its own event alone is a source like the others
    articles.loc[1, "title"] = "Five Maoists killed in encounter"
    assert reconcile(articles, [first, later]).fields["killed_attackers"].value == 5
    # ... and so is a later article dated from the attack itself: the time of writing, no event
    articles.loc[1, "title"] = "Convoy ambush: what we know five days after the attack"
    assert not any("its own subject is a later event" in c for c in reconcile(articles, [first, later]).checks)
    articles.loc[1, "title"] = "Five Maoists killed in encounter days after the convoy ambush"
    assert any("its own subject is a later event" in c for c in reconcile(articles, [first, later]).checks)


def test_a_report_naming_one_victim_is_a_floor_not_a_rival_toll() -> None:
    from briefing.extract import extract_document

    docs = [extract_document("A man stabbed shoppers at a market on Saturday, killing two people, police said.",
                             "a", "2026-03-07"),
            extract_document("The market reopened on Monday beside the stall where Marie Cholet was killed.",
                             "b", "2026-03-09")]
    f = reconcile(used(("a", "2026-03-07"), ("b", "2026-03-09")), docs).fields["killed_total"]
    assert f.value == 2


def test_a_later_report_of_one_death_alone_is_a_floor() -> None:
    from briefing.extract import extract_document

    docs = [extract_document("Gunmen stormed a school on Thursday, killing at least three people, police said.",
                             "a", "2025-10-17"),
            extract_document("A freed student said one of her classmates had died in the forest.", "b", "2025-10-22")]
    f = reconcile(used(("a", "2025-10-17"), ("b", "2025-10-22")), docs).fields["killed_total"]
    assert (f.value, f.status) == (3, "consistent")


def test_the_bluf_places_an_incident_at_sea_near_its_reference_point() -> None:
    from briefing.extract import extract_document
    from briefing.present import bluf_sentences

    d = extract_document("Two seafarers were killed on Tuesday when a missile struck their ship.", "a", "2026-02-10")
    s = reconcile(used(("a", "2026-02-10")), [d], "2026-02-10")
    first = bluf_sentences(s, 1, "near Hodeidah, Yemen")[0]
    assert "near Hodeidah, Yemen" in first and "in near" not in first


def test_a_group_named_with_its_acronym_or_claiming_its_fighters_deed_speaks_its_own_figure() -> None:
    assert source_kind('The Kawsar Front (KF) said "nine of our fighters were martyred" and '
                       'claimed its fighters had "executed 40 soldiers".', ["Kawsar Front"])[0] == "group claim"
    assert source_kind('The rebels claimed their men had "wiped out 40 soldiers" at the post.', [])[0] == "group claim"


def test_a_unit_one_source_calls_the_group_s_own_is_no_rival_of_the_group() -> None:
    from briefing.extract import extract_document

    a = extract_document("Gunmen stormed a bus depot on Monday, killing six people. The Kawsar Front said in a "
                         "statement that its fighters had seized the depot.", "a", "2021-03-02")
    b = extract_document("Six people were killed on Monday when gunmen stormed a bus depot. A police official "
                         "said the raid bore the hallmarks of the Kawsar Front's Tiger Brigade.", "b", "2021-03-03")
    c = extract_document("Six people died in Monday's raid on a bus depot. Police said they suspected the "
                         "Tiger Brigade.", "c", "2021-03-04")
    att = reconcile(used(("a", "2021-03-02"), ("b", "2021-03-03"), ("c", "2021-03-04")), [a, b, c]).attribution
    assert att.group == "Kawsar Front" and att.claimed
    assert att.competing == [] and "Tiger Brigade" in att.related


def test_a_unit_named_by_the_tail_of_its_full_name_is_the_same_group() -> None:
    from briefing.reconcile import _related

    assert _related("Battalion 4", "Kani District PDF Battalion 4")
    assert not _related("Battalion 4", "Kani District PDF Battalion 14")


def test_the_spokesperson_of_a_group_gives_its_own_figure() -> None:
    assert source_kind("A man who said he was the spokesperson of the Kawsar faction of the Tigers told a radio "
                       "station that the fighters had killed 15 soldiers.", ["Tigers"])[0] == "group claim"


def test_a_faction_of_the_group_is_no_rival_of_it() -> None:
    from briefing.extract import extract_document

    a = extract_document("Rebels ambushed an army patrol on Monday, killing five soldiers. The army blamed the "
                         "Rising Star Front for the attack.", "a", "2021-03-02")
    b = extract_document("Five soldiers were killed on Monday. The military has pinned the attack on the Tigre "
                         "faction of the Rising Star Front.", "b", "2021-03-03")
    att = reconcile(used(("a", "2021-03-02"), ("b", "2021-03-03")), [a, b]).attribution
    assert att.competing == []


def test_a_jihadist_claims_words_for_its_fighters_give_its_own_figure() -> None:
    assert source_kind("The mujahideen killed 21 of the enemy and wounded many others.", [])[0] == "group claim"


def test_the_claimed_toll_is_the_group_s_own() -> None:
    assert source_kind("The claimed toll of 61 is far above the army figure of five soldiers killed.", [])[0] == "group claim"


def test_an_article_whose_subject_is_the_other_sides_response_counts_and_attributes_nothing() -> None:
    from briefing.extract import extract_document

    a = extract_document("KORO, April 19 - Rockets fired across the border killed two civilians in the town of Koro on "
                         "Sunday, medics said. The Front of the Galilee claimed the attack on Telegram. Hours later "
                         "warplanes struck a building in the village of Tel Sama across the border. The health "
                         "ministry said three people were killed in that strike.", "a", "2026-04-19")
    b = extract_document("KORO, April 19 - Two civilians were killed in Koro on Sunday when rockets hit the town, "
                         "medics said.", "b", "2026-04-19")
    c = extract_document("NABA, April 20 - The death toll from Sunday's air strike on the village of Tel Sama rose to "
                         "five, the health ministry said. The army said it had struck a launch cell.", "c", "2026-04-20")
    s = reconcile(used(("a", "2026-04-19"), ("b", "2026-04-19"), ("c", "2026-04-20")), [a, b, c])
    assert s.fields["killed_total"].value == 2
    assert any("other side's response" in c for c in s.checks)


def test_a_sources_zero_against_others_counts_is_not_the_conservative_figure() -> None:
    from briefing.extract import extract_document

    a = extract_document("A man drove a van into a market crowd on Saturday, injuring 17 people.", "a", "2025-09-13")
    b = extract_document("A van was driven into a market crowd on Saturday. Police reported no injuries.", "b", "2025-09-13")
    f = reconcile(used(("a", "2025-09-13"), ("b", "2025-09-13")), [a, b]).fields["wounded_total"]
    assert (f.value, f.status, f.low) == (17, "conflicting", 0)


def test_jihadist_words_in_a_quoted_claim_and_its_claim_read_give_the_groups_figure() -> None:
    assert source_kind("Its claim, translated by the Ledger, read: 'killing 27 of the apostate soldiers'.", [])[0] == "group claim"


def test_a_unit_named_with_its_noun_of_the_group_is_no_rival() -> None:
    from briefing.extract import extract_document

    a = extract_document("A bomb killed three police officers at the station on Saturday. Officials said it bore the "
                         "signature of the Yesid Moreno Front.", "a", "2026-04-19")
    b = extract_document("Three officers were killed on Saturday. Police attribute the attack to the Yesid Moreno Front "
                         "of the Estado Mayor Central (EMC).", "b", "2026-04-20")
    att = reconcile(used(("a", "2026-04-19"), ("b", "2026-04-20")), [a, b]).attribution
    assert att.competing == []


def test_a_denying_spokesmans_blame_told_on_in_his_quote_supports_no_one() -> None:
    from briefing.extract import extract_document

    a = extract_document("Gunmen killed 20 miners at a gold site on Sunday. The army blamed the Kawsar Liberation Front. "
                         "A spokesman for the Kawsar Liberation Front denied any involvement. \"Our men were not there. "
                         "This is the work of bandits,\" he said.", "a", "2026-03-16")
    att = reconcile(used(("a", "2026-03-16")), [a]).attribution
    assert att.group != "Bandits" and "Bandits" not in att.judgment.split(":")[0]


def test_a_name_without_its_accents_is_the_same_group() -> None:
    from briefing.reconcile import _related

    assert _related("Fos Inite", "Fòs Inite coalition") and not _related("Fos Inite", "Baz Kanaran")


def test_a_fact_boxs_none_is_a_count_that_can_be_the_conservative_figure() -> None:
    from briefing.extract import extract_document

    a = extract_document("Gunmen ambushed a police convoy on Monday, killing six officers. One officer is missing.",
                         "a", "2026-03-09")
    b = extract_document("Gunmen ambushed a police convoy on Monday.\n\n- Killed: 7 officers\n- Missing: none (the "
                         "officer reported missing was found alive)", "b", "2026-03-11")
    f = reconcile(used(("a", "2026-03-09"), ("b", "2026-03-11")), [a, b]).fields["missing_total"]
    assert f.value == 0


def test_a_later_report_saying_the_attack_has_now_killed_more_updates_the_toll() -> None:
    docs = [doc("a", "2020-01-01", [fig("a", "killed_total", 2, "Rockets killed two people in the town.")]),
            doc("b", "2020-01-02", [fig("b", "killed_total", 3, "The attack on the town has now killed three people.")])]
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), docs).fields["killed_total"]
    assert (f.value, [s.article_id for s in f.superseded]) == (3, ["a"])
    # told without "now", the later figure is a disagreement, and the conservative one is shown
    docs[1] = doc("b", "2020-01-02", [fig("b", "killed_total", 3, "The attack on the town killed three people.")])
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), docs).fields["killed_total"]
    assert f.superseded == [] and f.value == 2


def test_a_later_reports_final_data_updates_the_toll() -> None:
    docs = [doc("a", "2020-01-01", [fig("a", "wounded_total", 29, "Twenty-nine people have been injured.")]),
            doc("b", "2020-01-02", [fig("b", "wounded_total", 33, "Final data: 33 people were injured.")])]
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), docs).fields["wounded_total"]
    assert (f.value, [s.article_id for s in f.superseded]) == (33, ["a"])


def test_a_group_that_only_denies_is_named_as_denying_without_a_judgment() -> None:
    from briefing.extract import extract_document

    text = ("Arsonists set fire to a shelter for asylum seekers on Sunday, killing two residents. No group has "
            "claimed responsibility. The leader of the group Nordic Vigil posted on Telegram: \"Nordic Vigil has "
            "nothing to do with what happened.\"")
    a = reconcile(used(("a", "2026-03-16")), [extract_document(text, "a", "2026-03-16")]).attribution
    assert a.group is None
    assert a.judgment == ("No source names a group responsible; no judgment is made. Nordic Vigil denied "
                          "involvement.")


def test_a_later_count_summed_from_its_parts_updates_the_toll() -> None:
    docs = [doc("a", "2020-01-01", [fig("a", "killed_victims", 6, "Six of our colleagues lost their lives.")]),
            doc("b", "2020-01-03", [fig("b", "killed_victims", 11, "That makes eleven dead on the workers' side.")])]
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-03")), docs).fields["killed_victims"]
    assert (f.value, [s.article_id for s in f.superseded]) == (11, ["a"])


def test_a_gang_named_without_its_noun_is_the_gang_and_its_bandits_no_rival() -> None:
    police = doc("a", "2020-01-01", attributions=[
        stmt("a", "Karvo Noir gang", "attributed", "the police", "Police blamed the Karvo Noir gang."),
        stmt("a", "Bandits", "attributed", "the police", "Police said the bandits burned homes.")])
    video = doc("b", "2020-01-02", attributions=[
        stmt("b", "Karvo Noir", "claimed", "the group", "Karvo Noir claimed the attack in a video.")])
    j = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), [police, video]).attribution
    assert j.group == "Karvo Noir gang" and j.confidence_words == "almost certainly"
    # another source blaming bandits without naming the gang is still another view
    monitor = doc("c", "2020-01-02", attributions=[
        stmt("c", "Bandits", "attributed", "a monitor", "A monitor blamed bandits."),
        stmt("c", "Bandits", "attributed", "a monitor", "The monitor said bandits did it.")])
    j = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02"), ("c", "2020-01-02")),
                  [police, video, monitor]).attribution
    assert j.group == "Karvo Noir gang" and "outside sources blame" in j.reason


def test_insurgents_named_only_so_are_weighed_in_the_judgment_but_name_no_articles_group() -> None:
    from briefing.extract import extract_document

    texts = {"a": "A bomb exploded at the market on Thursday, killing four. Police said insurgents were suspected.",
             "b": "A bomb hit the market on Thursday. A security source said it was the work of a local insurgent cell.",
             "c": "Four people died in the market bombing on Thursday. PKK insurgents were not involved, police said."}
    docs = [extract_document(t, k, "2020-01-02") for k, t in texts.items()]
    assert [d.attribution.group for d in docs[:2]] == [None, None]  # an article's group is a name
    j = reconcile(used(*((k, "2020-01-02") for k in texts)), docs).attribution
    assert j.group == "unnamed insurgents"
    assert all(s.group != "unnamed insurgents" for s in docs[2].attributions)


def test_a_figure_its_report_could_not_confirm_yields_to_confirmed_ones() -> None:
    from briefing.extract import extract_document

    rumour = extract_document("Gunmen stormed the school on Tuesday. Lists circulating on social media, which we could "
                              "not verify, put the number of dead at more than 60.", "a", "2020-01-02")
    morgue = extract_document("Gunmen stormed the school on Tuesday. A hospital worker said at least 23 bodies were "
                              "brought to the morgue.", "b", "2020-01-02")
    f = reconcile(used(("a", "2020-01-02"), ("b", "2020-01-02")), [rumour, morgue]).fields["killed_total"]
    assert (f.value, f.qualifier) == (23, "at_least") and "could not confirm, set aside" in f.reason
    # alone, it is still what the sources say
    f = reconcile(used(("a", "2020-01-02")), [rumour]).fields["killed_total"]
    assert (f.value, f.qualifier) == (60, "more_than")


def test_a_toll_told_as_rising_yields_to_a_later_higher_count() -> None:
    docs = [doc("a", "2020-01-01", [fig("a", "killed_total", 8, "The toll rose to eight as an injured tourist died.")]),
            doc("b", "2020-01-02", [fig("b", "killed_total", 9, "Nine persons have lost their lives, police said.")])]
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), docs).fields["killed_total"]
    assert (f.value, f.status, [s.article_id for s in f.superseded]) == (9, "updated", ["a"])
    # a later floor above it is no newer count ("more than 30 hurt", a figure others passed on)
    docs[1] = doc("b", "2020-01-02", [fig("b", "killed_total", 30, "Outlets said more than 30 died.",
                                          q="more_than")])
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), docs).fields["killed_total"]
    assert f.superseded == []
    # nor is a later count above a toll told plainly
    docs = [doc("a", "2020-01-01", [fig("a", "killed_total", 8, "Eight people were killed.")]),
            doc("b", "2020-01-02", [fig("b", "killed_total", 9, "Nine persons have lost their lives, police said.")])]
    f = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), docs).fields["killed_total"]
    assert f.status == "conflicting"


def test_a_un_missions_release_is_an_official_voice_of_its_own() -> None:
    from briefing.reconcile import _same_source, outlet_kind
    assert outlet_kind("MINUSCA Strategic Communications") == ("official", "mission")
    # its count and a government spokesman's are two sources: the later one does not supersede it
    assert not _same_source("official", "mission", "official", None)
    assert _same_source("official", "mission", "official", "mission")


def test_a_description_yields_to_a_group_named_as_often() -> None:
    paper = doc("a", "2020-01-01", attributions=[
        stmt("a", "Bandits", "reported", "the author", "Witnesses said the bandits shot the guard.")])
    alert = doc("b", "2020-01-02", attributions=[
        stmt("b", "Karvo Noir gang", "attributed", "the police", "Police attribute the attack to the Karvo Noir gang.")])
    j = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), [paper, alert]).attribution
    assert j.group == "Karvo Noir gang"


def test_a_count_of_a_day_that_a_report_of_its_day_and_a_later_one_put_higher_is_superseded() -> None:
    docs = [doc("a", "2020-01-02", [fig("a", "killed_victims", 3, "A monitor said three people were killed.")]),
            doc("b", "2020-01-02", [fig("b", "killed_victims", 4, "A woman died of her wounds, the fourth victim.")]),
            doc("c", "2020-01-04", [fig("c", "killed_victims", 4, "Four people were killed in all.")])]
    f = reconcile(used(("a", "2020-01-02"), ("b", "2020-01-02"), ("c", "2020-01-04")), docs).fields["killed_victims"]
    assert (f.value, f.status, [s.article_id for s in f.superseded]) == (4, "consistent", ["a"])
    # without the later report the two of one day still conflict
    f = reconcile(used(("a", "2020-01-02"), ("b", "2020-01-02")), docs[:2]).fields["killed_victims"]
    assert f.status == "conflicting"


def test_a_description_told_more_often_yields_to_the_group_that_claimed() -> None:
    from briefing.reconcile import _pick_group

    def row(aid: str, group: str, stance: str, by: str) -> dict:
        return {"article_id": aid, "group": group, "stance": stance, "by": by, "basis": ""}

    rows = [row("a", "unnamed insurgents", "reported", "the author"),
            row("b", "unnamed insurgents", "reported", "the diocese"),
            row("c", "unnamed insurgents", "attributed", "residents"),
            row("a", "Islamic State – Mozambique Province", "claimed", "the group"),
            row("d", "Islamic State – Mozambique Province", "claimed", "the group")]
    assert _pick_group(rows) == "Islamic State – Mozambique Province"
    # a group only blamed does not outrank the description told more often
    blamed = [*rows[:3], row("a", "Kelo Hunters Militia", "attributed", "the police")]
    assert _pick_group(blamed) == "unnamed insurgents"


def test_unnamed_insurgents_blamed_are_no_rival_to_the_group_that_claimed() -> None:
    claim = doc("a", "2020-01-01", attributions=[
        stmt("a", "Islamic State – Mozambique Province", "claimed", "the group", "ISMP claimed the attack.")])
    residents = doc("b", "2020-01-02", attributions=[
        stmt("b", "unnamed insurgents", "attributed", "residents", "Residents blamed the insurgents.")])
    j = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), [claim, residents]).attribution
    assert j.group == "Islamic State – Mozambique Province" and "outside sources blame" not in j.reason


def test_an_analysis_stating_its_own_estimate_moves_the_judgment_toward_it() -> None:
    police = doc("a", "2020-01-01", attributions=[
        stmt("a", "Kelo Hunters Militia", "attributed", "the police", "Police blamed the Kelo Hunters Militia.")])
    plain = reconcile(used(("a", "2020-01-01")), [police]).attribution
    brief = doc("b", "2020-01-03", attributions=[
        stmt("b", "Kelo Hunters Militia", "suspected", "the author",
             "We assess that the attack was very likely carried out by the Kelo Hunters Militia, and unlikely by "
             "the Tamba Front.")])
    j = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-03")), [police, brief]).attribution
    order = ("unlikely", "roughly even chance", "likely", "very likely", "almost certainly")
    assert order.index(j.confidence_words) > order.index(plain.confidence_words)
    assert "assesses it very likely" in j.judgment


def test_a_translated_statement_named_by_its_own_first_line_speaks_for_its_issuer() -> None:
    from briefing.reconcile import statement_speakers
    from briefing.text import make_document

    relay = ("Claims digest, item 4.\n\n-----\nTRANSLATION BEGINS\n-----\n\nIn the name of God.\n\n"
             "Statement of the Kolvar Liberation Front (KLF), Northern Command.\n\nOur lions ambushed an army "
             "truck. Eleven soldiers were sent to hell.\n\n-----\nTRANSLATION ENDS\n-----\n\nANALYST NOTES\n\n"
             "The figure cannot be reconciled with any report.")
    speakers = statement_speakers(make_document(relay, "claim", "2020-01-01"))
    assert speakers and set(speakers.values()) == {"Kolvar Liberation Front said."}


def test_a_people_the_gazetteer_lists_as_describing_a_group_is_no_rival_blame() -> None:
    paper = doc("a", "2020-01-01", attributions=[
        stmt("a", "Dogon militiamen", "suspected", "residents", "Residents suspect Dogon militiamen.")])
    alert = doc("b", "2020-01-02", attributions=[
        stmt("b", "Dan Na Ambassagou", "attributed", "the police", "Police blame the Dan Na Ambassagou militia.")])
    j = reconcile(used(("a", "2020-01-01"), ("b", "2020-01-02")), [paper, alert]).attribution
    assert j.group == "Dan Na Ambassagou"
    assert "lowered because" not in j.reason


def test_a_group_organ_or_the_figure_its_claim_asserts_is_the_groups_claim() -> None:
    # a name that ends with a bracket, an organ after its possessive, the figure after "asserting"
    text = ("The CPI (Maoist)'s South Sub-Zonal Bureau claimed the attack in a statement dated 14 March, "
            "asserting that 12 personnel were killed.")
    assert source_kind(text, ["CPI (Maoist)"], 100)[0] == "group claim"
    text = "Al-Shabaab claimed the raid in an audio message, saying its fighters killed 30 soldiers."
    assert source_kind(text, ["Al-Shabaab"], 70)[0] == "group claim"
    # police who blame the group speak for the police
    text = "Police blamed Al-Shabaab for the raid, saying 12 soldiers were killed."
    assert source_kind(text, ["Al-Shabaab"], 45)[0] != "group claim"


def test_a_statement_closed_but_never_opened_speaks_from_its_channel_line() -> None:
    from briefing.reconcile import statement_speakers
    from briefing.text import make_document
    text = ("[Monitor's note: our unofficial translation of a message posted on Telegram on Monday.]\n\n"
            "Amaq Agency: Soldiers of the Caliphate ambush a truck of the army near Tadmur\n\n"
            "Soldiers of the Caliphate ambushed a truck at dawn, which led to the killing of 20 of its men.\n\n"
            "[End of translation]\n\n"
            "Monitor's comment: the army said four soldiers were killed.")
    doc = make_document(text, "claim", "2024-01-01")
    speakers = statement_speakers(doc)
    inside = [s.index for s in doc.sentences if "killing of 20" in s.text or s.text.startswith("Amaq")]
    after = [s.index for s in doc.sentences if "four soldiers" in s.text]
    assert all(speakers.get(i) == "Islamic State said." for i in inside) and inside
    assert not any(i in speakers for i in after)
    # a closing line with no channel line before it names no one
    plain = "The army said four soldiers were killed.\n\n[End of translation]"
    assert statement_speakers(make_document(plain, "claim", "2024-01-01")) == {}


def test_a_statement_under_a_translated_label_speaks_for_the_group_it_is_attributed_to() -> None:
    from briefing.reconcile import statement_speakers
    from briefing.text import make_document
    text = ("MONITOR'S NOTE: The following is our translation of a statement attributed to the Baloch Liberation "
            "Army (BLA), posted on Telegram.\n\nSTATEMENT (translated):\n\n'Our fighters killed more than 100 enemy "
            "personnel.'\n\nMONITOR'S ASSESSMENT:\n\nThe army said 22 passengers were killed.")
    doc = make_document(text, "claim", "2025-10-16")
    speakers = statement_speakers(doc)
    claim = [s.index for s in doc.sentences if "100 enemy" in s.text]
    army = [s.index for s in doc.sentences if "22 passengers" in s.text]
    assert claim and speakers.get(claim[0], "").startswith("Balochistan Liberation Army")
    assert army and army[0] not in speakers


def test_a_translation_under_its_heading_speaks_for_the_group_that_signs_it() -> None:
    from briefing.reconcile import statement_speakers
    from briefing.text import make_document
    text = ("# Translated claim\n\nSource: Borderland Media Monitor (translation service)\n\n## Translation (full "
            "text)\n\nTwelve soldiers of the apostate army were killed on the spot.\n\nSpokesman, Harkat-e-Inqilab-e-"
            "Waziristan\n\n## Monitor's assessment\n\nThe army reports five soldiers killed.")
    doc = make_document(text, "claim", "2025-05-21")
    speakers = statement_speakers(doc)
    inside = [s.index for s in doc.sentences if s.text.startswith("Twelve")]
    after = [s.index for s in doc.sentences if "five soldiers" in s.text]
    assert inside and speakers.get(inside[0]) == "Harkat-e-Inqilab-e-Waziristan said."
    assert after and after[0] not in speakers
    # a summary line of the claimed figures is the claim's
    assert source_kind("- Claimed figures: 12 soldiers killed, one vehicle destroyed.")[0] == "group claim"
