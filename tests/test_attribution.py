"""Tests for the attribution analysis (briefing.attribution), one phenomenon at a time.

Sentences are written for these tests; the seeds are checked end to end at the bottom.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from briefing.attribution import (
    ACCUSED,
    ACCUSED_BY_AUTHORITIES,
    CLAIMED,
    FACT,
    POSSIBLE,
    STANCES,
    AttributionResult,
    extract_attribution,
)
from briefing.model import MAIN
from briefing.text import make_document

ROOT = Path(__file__).resolve().parents[1]


class _Scope:
    """Stand-in incident scope: every sentence is the main incident unless listed."""

    def __init__(self, background: dict[int, str] | None = None) -> None:
        self.background = background or {}

    def incident_of(self, sentence_index: int) -> str:
        return self.background.get(sentence_index, MAIN)

    def incident_at(self, sentence_index: int, offset: int) -> str:
        return self.incident_of(sentence_index)

    def in_motive(self, sentence_index: int, offset: int) -> bool:
        return False


def test_cue_data_is_consistent() -> None:
    from briefing.attribution import _rules

    rules = _rules()  # compiles every pattern of data/attribution_cues.yaml
    assert rules.cues and all(c.stance in STANCES for c in rules.cues)
    assert all(c.side in ("before", "after", "either") for c in rules.cues)
    assert set(rules.hedges) == {"suspected", "unconfirmed", "possible", "accusation", "source", "opinion"}


def _run(text: str, background: dict[int, str] | None = None) -> AttributionResult:
    return extract_attribution(make_document(text, "t"), _Scope(background))


def _stances(result: AttributionResult) -> list[tuple[str, str]]:
    return [(s.group, s.stance) for s in result.statements]


def test_claim_via_named_channel() -> None:
    text = (
        "A car bomb killed nine people in the market on Friday.\n"
        "The Islamic State claimed responsibility for the bombing through its Amaq news agency."
    )
    result = _run(text)
    (claim,) = [s for s in result.statements if s.stance == "claimed"]
    assert claim.group == "Islamic State"
    assert claim.by == "the group"
    assert claim.basis == "claim via Amaq"
    # The evidence span points into the article text.
    assert text[claim.start : claim.end].startswith("Islamic State claimed responsibility")
    summary = result.summary
    assert (summary.group, summary.claimed, summary.attribution_uncertain) == (
        "Islamic State", True, False,
    )
    assert summary.confidence == CLAIMED
    assert summary.attributed_by == "the group"


def test_denial() -> None:
    result = _run("The Taliban denied any involvement in the blast at the mosque.")
    assert _stances(result) == [("Taliban", "denied")]
    assert result.summary.claimed is False


@pytest.mark.parametrize("text", [
    "The Taliban, in a new statement, repeated its denial of the raid.",
    "The Taliban said they had nothing to do with the bombing of the market.",
    # a denial that its members were there: no naming of the group as a possible perpetrator
    "The Taliban issued a statement denying that any of its members had been in the building.",
])
def test_a_repeated_denial_and_nothing_to_do_with(text: str) -> None:
    assert _stances(_run(text)) == [("Taliban", "denied")]


def test_denial_of_an_accusation_in_the_same_sentence() -> None:
    result = _run("Officials blamed the Taliban for the blast, an accusation the group denied.")
    assert sorted(_stances(result)) == [("Taliban", "attributed"), ("Taliban", "denied")]
    assert result.summary.claimed is False


def test_no_group_has_claimed() -> None:
    result = _run("A bomb exploded near a bus station. No group has claimed responsibility.")
    assert _stances(result) == [("", "not_claimed")]
    assert result.summary.group is None
    assert result.summary.claimed is False


def test_no_other_group_beside_a_claim_is_no_unclaimed_attack() -> None:
    result = _run("Gunmen stormed a hotel in the capital. Al-Shabaab claimed the attack on Telegram. "
                  "No other group has claimed the attack.")
    assert _stances(result) == [("Al-Shabaab", "claimed")]
    # without a claim, "no other group" after a denial still says nobody claimed it
    result = _run("A bomb exploded near a bus station. The Taliban denied any role, and no other group "
                  "has claimed responsibility.")
    assert ("", "not_claimed") in _stances(result)


def test_group_has_not_taken_responsibility() -> None:
    result = _run("The Houthis have not taken responsibility for the drone strike.")
    assert _stances(result) == [("Houthis", "not_claimed")]
    assert result.summary.claimed is False


def test_official_blame_without_hedge() -> None:
    result = _run("Police blamed the attack on al-Shabaab.")
    assert _stances(result) == [("Al-Shabaab", "attributed")]
    summary = result.summary
    assert summary.group == "Al-Shabaab"
    assert summary.attribution_uncertain is True
    assert summary.confidence == ACCUSED_BY_AUTHORITIES
    assert summary.claimed is None


def test_official_statement_with_hedge() -> None:
    result = _run(
        "Gunmen believed to be members of Boko Haram attacked the village, the army said."
    )
    (statement,) = result.statements
    assert (statement.group, statement.stance) == ("Boko Haram", "suspected")
    assert "believed to be" in statement.hedges
    assert statement.by == "the army"  # a state institution is a named body
    assert result.summary.attribution_uncertain is True
    assert result.summary.confidence == ACCUSED_BY_AUTHORITIES


def test_named_official_body_is_kept() -> None:
    result = _run("Militants said to be members of ISIS stormed the post, the Kenyan Interior Ministry said.")
    assert result.statements[0].by == "Kenyan Interior Ministry"
    assert result.summary.attributed_by == "Kenyan Interior Ministry"


def test_reported_as_fact() -> None:
    result = _run("Boko Haram fighters stormed the village before dawn on Monday.")
    assert _stances(result) == [("Boko Haram", "reported")]
    assert result.summary.confidence == FACT
    assert result.summary.attribution_uncertain is False


def test_possible_attribution() -> None:
    result = _run("Officials said the Pakistani Taliban may have carried out the ambush.")
    assert result.statements[0].stance == "possible"
    assert result.summary.group == "Tehrik-i-Taliban Pakistan"
    assert result.summary.confidence == POSSIBLE


def test_competing_claim_and_blame() -> None:
    result = _run(
        "Police blamed the Pakistani Taliban for the blast, "
        "but Jamaat-ul-Ahrar claimed responsibility for the bombing."
    )
    assert set(_stances(result)) == {
        ("Tehrik-i-Taliban Pakistan", "attributed"),
        ("Jamaat-ul-Ahrar", "claimed"),
    }
    # The claim outweighs the officials' accusation of another group.
    assert result.summary.group == "Jamaat-ul-Ahrar"
    assert result.summary.claimed is True


def test_author_opinion_versus_official_report() -> None:
    text = (
        "According to the Interior Ministry, the attackers were ISIS militants.\n"
        "In my opinion, the Daesh style is obvious here."
    )
    result = _run(text)
    official, opinion = result.statements
    assert official.by == "Interior Ministry"
    assert official.stance == "reported"
    assert opinion.by == "the author"
    assert opinion.basis == "modus operandi"
    assert "In my opinion" in opinion.hedges
    assert result.summary.group == "Islamic State"
    assert result.summary.attributed_by == "Interior Ministry; the author"


def test_author_distances_himself_from_the_official_version() -> None:
    text = (
        "According to the Interior Ministry, the attackers were ISIS militants.\n"
        "Again, according to the official version."
    )
    (official,) = _run(text).statements
    assert official.stance == "attributed"
    assert _run(text).summary.confidence == ACCUSED_BY_AUTHORITIES


def test_group_reporting_its_own_deed_claims_it() -> None:
    result = _run("The FMLN said its units ambushed an army convoy near the river.")
    assert _stances(result) == [("FMLN", "claimed")]
    assert result.summary.claimed is True


def test_interrogation_basis_and_group_anaphor() -> None:
    text = (
        "Fighters of the Islamic State attacked a checkpoint on Wednesday.\n"
        "Officials said they had learned of the group's role during the interrogation of prisoners."
    )
    result = _run(text)
    role = [s for s in result.statements if s.sentence_index == 1]
    assert [(s.group, s.stance, s.basis, s.surface) for s in role] == [
        ("Islamic State", "attributed", "interrogation", "the group")
    ]


def test_aliases_and_transliterations() -> None:
    assert _run("IGIL fighters attacked the post.").summary.group == "Islamic State"
    assert _run("Igilovs attacked the post at night.").summary.group == "Islamic State"
    assert _run("The attack was carried out by ISKP.").summary.group == (
        "Islamic State – Khorasan Province"
    )


def test_is_in_all_caps_wire_text_is_not_the_group() -> None:
    text = "LIMA, 9 JAN 90 (EFE) -- [TEXT] THE SITUATION IS TENSE. SHINING PATH GUERRILLAS ATTACKED A POLICE POST."
    result = _run(text)
    assert result.summary.group == "Shining Path"
    assert all(s.group != "Islamic State" for s in result.statements)


def test_wire_header_names_the_issuer_not_the_perpetrator() -> None:
    text = (
        "CLANDESTINE, 23 JUN 89 (RADIO VENCEREMOS) -- [COMMUNIQUE] [FMLN] [TEXT] "
        "THE BOMB AT THE MARKET WAS A TERRORIST ACTION CARRIED OUT BY THE ARMED FORCES."
    )
    result = _run(text)
    assert result.summary.group == "Armed Forces"


def test_state_forces_do_not_claim() -> None:
    result = _run("A LEFTIST GROUP CLAIMED RESPONSIBILITY FOR THE ATTACK ON THE ARMY CONVOY AND THE ARMY BARRACKS TODAY.")
    assert all(s.group != "Armed Forces" for s in result.statements)


def test_background_incident_keeps_its_own_claim() -> None:
    text = (
        "Gunmen attacked a border post on Wednesday.\n"
        "In May, the Islamic State claimed responsibility for a prison riot."
    )
    result = _run(text, background={1: "bg:2019-05"})
    (claim,) = result.statements
    assert (claim.stance, claim.incident) == ("claimed", "bg:2019-05")
    # The main incident is not claimed: a background claim must not leak into it.
    assert result.summary.claimed is None
    assert result.summary.group is None


def test_opening_claim_dated_by_a_bare_month_still_tells_the_main_incident() -> None:
    text = (
        "Two car bombs killed nine people near a hotel in Mogadishu.\n"
        "Al-Shabaab claimed responsibility for the attack, which ended on March 1."
    )
    # The scope read "March 1" as a background date; the claim is about "the attack" just told.
    result = _run(text, background={1: "bg:2018-03"})
    assert result.summary.group == "Al-Shabaab"
    assert result.summary.claimed is True
    # A year, a similar deed or a later sentence keep the statement in the background.
    for second in (
        "In 2015, Al-Shabaab claimed responsibility for the attack on the port.",
        "Al-Shabaab has claimed similar attacks in the city.",
    ):
        assert _run(text.split("\n")[0] + "\n" + second, background={1: "bg:x"}).summary.group is None
    # Only the opening three sentences tell the main incident this way.
    late = text.replace("\n", " The police closed the road. Shops stayed shut.\n")
    assert _run(late, background={3: "bg:2018-03"}).summary.group is None


def test_patron_group_is_not_the_actor() -> None:
    result = _run("Boko Haram militants loyal to the Islamic State killed eight people.")
    assert result.summary.group == "Boko Haram"


def test_entities_in_attribution_context() -> None:
    text = (
        "Militants attacked a checkpoint on Wednesday, officials said.\n"
        "The militants crossed the border from Kunduz Province, said Ahmad Rahimi, a spokesman for the border police.\n"
        "The Islamic State has not claimed the attack."
    )
    entities = _run(text).summary.entities
    assert {"name": "Kunduz Province", "kind": "place", "role": "origin"} in entities
    people = [e for e in entities if e["kind"] == "person"]
    assert people == [
        {"name": "Ahmad Rahimi", "kind": "person", "role": "spokesman for the border police"}
    ]


def test_unknown_group_in_claim() -> None:
    result = _run("The Green Valley Liberation Front claimed responsibility for the explosion.")
    assert result.summary.group == "Green Valley Liberation Front"
    assert result.summary.claimed is True


def test_suspected_description_of_perpetrator() -> None:
    result = _run("Kosovo Albanian extremists were suspected of being behind the attack.")
    assert result.summary.group == "Kosovo Albanian extremists"
    assert result.summary.confidence in (ACCUSED, ACCUSED_BY_AUTHORITIES)


def test_unlisted_name_next_to_the_verb() -> None:
    assert _run("Al-Qamar has claimed responsibility for the grenade attack.").summary.group == "Al-Qamar"
    result = _run("The attack was carried out by John Arthur Smith, a local farmer.")
    assert result.summary.group == "John Arthur Smith"
    # A place before the verb is not the doer.
    assert _run("A bomb in Tel Aviv killed two people.").summary.group is None


def test_unlisted_name_across_an_apposition_or_an_age() -> None:
    result = _run("Pieter Jansen, a retired sailor, shot three people at the harbour.")
    assert result.summary.group == "Pieter Jansen"
    assert _run("Omar Haddad (19) stabbed a guard at the gate.").summary.group == "Omar Haddad"


def test_historical_present_of_chronicles() -> None:
    result = _run("Five Serbian nationalists hijack a ferry bound for Rome.")
    assert result.summary.group == "Serbian nationalists"
    assert result.summary.confidence == FACT
    result = _run("A student drives his car into a crowd; the Red Dawn Brigade praises him.")
    assert result.summary.group is None


def test_group_only_named_is_graded_by_the_hedges_around_it() -> None:
    hedged = _run("Gunmen killed a judge in Lima. It is presumed that the attack involved the Shining Path.")
    assert hedged.summary.group == "Shining Path"
    assert hedged.summary.attribution_uncertain is True
    opinion = _run("Gunmen killed a judge in Lima. We believe this shows what the Shining Path wants.")
    assert opinion.summary.attribution_uncertain is True
    plain = _run("Gunmen killed a judge in Lima. The Shining Path is active in the region.")
    assert plain.summary.group == "Shining Path"
    assert plain.summary.confidence is None and not plain.summary.attribution_uncertain


def test_patron_named_before_its_splinter_or_in_a_relative_clause() -> None:
    text = "Two gunmen belonging to the Taliban splinter group Jamaat-ul-Ahrar opened fire on a bus."
    assert _run(text).summary.group == "Jamaat-ul-Ahrar"
    text = "The Hizbul Ahrar group, which has links to the Taliban, said it staged the raid."
    assert _run(text).summary.group == "Hizbul Ahrar"


def test_attackers_belonging_to_a_group() -> None:
    result = _run("Police said they believed the gunmen belonged to Al-Shabaab.")
    assert result.summary.group == "Al-Shabaab"
    assert result.summary.attribution_uncertain is True


def test_victims_and_bystanders_of_a_deed_verb_are_not_its_doer() -> None:
    # a counted noun phrase before a participle is the victim
    assert _run("The report lists 40 Hamas fighters killed in the fighting.").statements == []
    assert _run("Hamas fighters killed 40 soldiers in the fighting.").statements != []
    # the agent of "by" stands in its own clause
    text = "The helicopter was hit by gunfire while it carried Army troops to the base."
    assert all(s.group != "Armed Forces" for s in _run(text).statements)
    # police firing in the air respond, they do not attack
    text = "Rioters burned tyres in the square and the police fired into the air."
    assert all(s.group != "National Police" for s in _run(text).statements)


def test_first_person_deed_in_a_groups_own_communique() -> None:
    text = (
        "CLANDESTINE, 2 MAY 90 (RADIO VENCEREMOS) -- [TEXT] LAST NIGHT OUR UNITS AMBUSHED AN ARMY "
        "PATROL NEAR THE BRIDGE. THE ENEMY SUFFERED HEAVY LOSSES."
    )
    result = _run(text)
    (claim,) = [s for s in result.statements if s.stance == "claimed"]
    assert (claim.group, claim.by, claim.basis) == ("FMLN", "the group", "claim via Radio Venceremos")
    assert result.summary.claimed is True
    # The same words in an agency report are nobody's claim.
    plain = _run("LIMA, 2 MAY 90 (EFE) -- [TEXT] OUR UNITS AMBUSHED AN ARMY PATROL NEAR THE BRIDGE.")
    assert plain.summary.claimed is None


def test_participle_after_the_deed_has_no_doer() -> None:
    result = _run("The Houthis must punish those responsible for the crime committed against the workers.")
    assert all(s.stance != "reported" for s in result.statements)


def test_police_acting_on_the_attacker_are_not_the_perpetrator() -> None:
    text = (
        "A man stabbed two people at a bus stop on Monday.\n"
        "The police shot the attacker and arrested two suspects."
    )
    result = _run(text)
    assert all(s.group != "National Police" for s in result.statements)
    assert result.summary.group is None


def test_a_question_asserts_nothing() -> None:
    assert _run("Did the Taliban carry out the attack on the base?").statements == []


def test_indirect_question_is_no_hedge() -> None:
    asked = _run("The reporter asked the minister if the FARC bombed the pipeline.")
    assert asked.summary.group == "FARC" and asked.summary.attribution_uncertain is False
    known = _run("WE WOULD LIKE TO KNOW IF THE FMLN ATTACKED THE BARRACKS.")
    assert known.summary.attribution_uncertain is False
    # a conditional still hedges
    cond = _run("If the FARC bombed the pipeline, the talks are over.")
    assert cond.summary.confidence == POSSIBLE


def test_alleged_role_is_not_an_alleged_deed() -> None:
    role = _run("Police arrested the alleged treasurer of the Medellin Cartel on a farm.")
    assert all(s.stance != "suspected" for s in role.statements)
    deed = _run("ALLEGED MAOIST SHINING PATH GUERRILLAS BURNED THE TOWN HALL.")
    assert deed.summary.group == "Shining Path" and deed.summary.attribution_uncertain is True


def test_claim_by_a_doubted_claimant() -> None:
    doubted = _run("A man claiming to be a spokesman of the ELN claimed responsibility for the blast.")
    assert doubted.summary.claimed is True
    assert doubted.summary.confidence == ACCUSED
    assert doubted.summary.attribution_uncertain is True
    alleged = _run("An alleged spokesman of the ELN claimed responsibility for the blast.")
    assert alleged.summary.attribution_uncertain is True
    plain = _run("A spokesman of the ELN claimed responsibility for the blast.")
    assert plain.summary.confidence == CLAIMED and plain.summary.attribution_uncertain is False


def test_official_source_for_the_doer_of_a_deed_already_told() -> None:
    text = (
        "A bomb exploded at the gate of the university on Tuesday.\n"
        "According to the police, the bomb had been planted by members of the ELN."
    )
    result = _run(text)
    assert result.summary.group == "ELN"
    assert result.summary.confidence == ACCUSED_BY_AUTHORITIES
    # the author stating it is a report of fact
    plain = _run("A bomb exploded at the gate.\nThe bomb had been planted by members of the ELN.")
    assert plain.summary.confidence == FACT
    # an official source for a whole new event report is not an accusation
    event = _run("According to the police, members of the ELN planted a bomb at the gate.")
    assert event.summary.confidence == FACT


def test_group_only_named_when_nobody_claimed() -> None:
    text = (
        "Bombs damaged five bank branches in Medellin on Sunday. The Medellin Cartel operates in "
        "this city. No terrorist group has claimed responsibility for the attacks."
    )
    result = _run(text)
    assert result.summary.group == "Medellin Cartel"
    assert result.summary.claimed is False
    assert result.summary.confidence == POSSIBLE
    assert result.summary.attribution_uncertain is True


def test_third_opening_sentence_about_the_attack_counts_when_scoped_away() -> None:
    text = (
        "A bomb exploded inside a tourist bus in Lima today. Police said ten people were hurt. "
        "There was no confirmation on whether the attack was perpetrated by Shining Path "
        "guerrillas, who have killed tourists in previous attacks."
    )
    result = _run(text, background={2: "bg:1989-06"})
    assert result.summary.group == "Shining Path"
    assert result.summary.confidence == POSSIBLE
    # a statement about another deed still does not count
    text = (
        "A bomb exploded inside a tourist bus in Lima today. Police said ten people were hurt. "
        "Previous attacks on buses were perpetrated by Shining Path guerrillas."
    )
    assert _run(text, background={2: "bg:1989-06"}).summary.group is None


def test_responsibility_with_an_adverb_and_perpetrators_either_of_a_group() -> None:
    solely = _run("The army is solely responsible for the massacre, the rebels said.")
    assert solely.summary.group == "Armed Forces"
    assert solely.summary.attribution_uncertain is True
    negated = _run("The army is not responsible for the massacre.")
    assert all(s.stance != "attributed" for s in negated.statements)
    either = _run("There is a strong belief that the murderers were either members of the army or of the police.")
    assert either.summary.group == "Armed Forces"
    assert either.summary.attribution_uncertain is True


def test_possessive_suspected_involvement_refers_to_the_subject() -> None:
    text = (
        "Several people, including members of the army, were arrested in the last few hours "
        "because of their suspected involvement in the murder of the priests."
    )
    result = _run(text)
    assert result.summary.group == "Armed Forces"
    assert result.summary.attribution_uncertain is True


def test_hedged_description_of_the_doers_grades_the_group() -> None:
    text = (
        "A bomb destroyed a power tower in the capital this morning. According to unofficial "
        "sources, the bomb was allegedly detonated by urban guerrilla commandos. The FMLN "
        "attacked two power stations last week."
    )
    result = _run(text)
    assert result.summary.group == "FMLN"
    assert result.summary.attribution_uncertain is True
    plain = text.replace("allegedly ", "")
    assert _run(plain).summary.confidence == FACT


def test_doers_known_by_their_uniforms_are_suspected() -> None:
    result = _run("Six priests were murdered on Thursday by men wearing army uniforms.")
    assert result.summary.group == "Armed Forces"
    assert result.summary.attribution_uncertain is True
    plain = _run("Six priests were murdered on Thursday by army troops.")
    assert plain.summary.confidence == FACT


def test_a_judicial_step_accuses() -> None:
    text = "A judge ordered the arrest of nine members of the army involved in the massacre."
    result = _run(text)
    assert result.summary.group == "Armed Forces"
    assert result.summary.attribution_uncertain is True
    charged = _run("Eight members of the army were charged with killing the priests.")
    assert charged.summary.attribution_uncertain is True


def test_in_the_event_is_a_conditional() -> None:
    result = _run("In the event that the army murdered the priests, the officers will be punished.")
    assert result.summary.confidence == POSSIBLE


def test_group_before_a_counted_victim_phrase_is_not_the_doer() -> None:
    text = "The FARC decision coincided with the burial of the 10 union leaders killed in the blast."
    assert all(s.group != "FARC" for s in _run(text).statements)
    assert _run("The FARC killed 10 union leaders in the blast.").summary.group == "FARC"


def test_a_groups_responsibility_in_a_deed_is_an_accusation() -> None:
    text = "The rebels said the dialogue must not cover up the government's responsibility in this slaughter."
    result = _run(text)
    assert ("Government", "attributed") in _stances(result)
    assert result.summary.attribution_uncertain is True


# --- the seeds, end to end ------------------------------------------------------------------

_PIPELINE_READY = all(
    importlib.util.find_spec(f"briefing.{name}") is not None for name in ("incidents", "casualties")
)


def _seed_rows() -> dict[str, dict]:
    rows = {}
    gold = Path("/work/shared/eval/seeds_gold.jsonl")
    if gold.exists():
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows[row["id"]] = row
    return rows


def test_a_deed_noun_after_a_determiner_has_no_subject_before_it() -> None:
    # "attack" is the noun here: the government condemns it, it does not attack.
    result = _run("The Kenyan government on Monday condemned the grenade attack on the church.")
    assert ("Government", "reported") not in _stances(result)
    # A group between the determiner and the noun is still its doer.
    result = _run("Witnesses described the Shining Path attack on the village.")
    assert ("Shining Path", "reported") in _stances(result)


def test_a_passive_deed_verb_has_no_subject_before_it() -> None:
    # "was found murdered": passive with one word after the auxiliary.
    result = _run("A cattleman, a front man of the Medellin Cartel, was found murdered near the river.")
    assert _stances(result) == []
    # A participle right before "by": the agent follows it, not the group before it.
    result = _run("The FMLN column ambushed by the army lost three men.")
    assert _stances(result) == [("Armed Forces", "reported")]


def test_a_document_released_by_a_group_is_no_deed() -> None:
    result = _run("A communique released yesterday by the FMLN in Mexico demanded talks.")
    assert _stances(result) == []
    result = _run("The hostages were released yesterday by the FMLN in Chalatenango.")
    assert _stances(result) == [("FMLN", "reported")]


def test_a_by_that_names_no_agent() -> None:
    result = _run("The woman was kidnapped by night near a camp of the ELN.")
    assert _stances(result) == []


def test_a_group_after_a_preposition_and_a_nationality_is_an_object() -> None:
    result = _run("The decision to end the talks with the Salvadoran government caused surprise.")
    assert ("Government", "reported") not in _stances(result)


def test_an_action_by_a_group_reports_it() -> None:
    result = _run("The mayor called the fire at the central market a criminal action by the Shining Path.")
    assert _stances(result) == [("Shining Path", "reported")]


def test_named_group_with_hedged_doers_is_suspected() -> None:
    # No statement names a group; the bomb's doers are described under a hedge, so the group
    # the main incident merely names is suspected, not stated.
    text = (
        "A bomb allegedly planted by urban guerrillas damaged a bank in the capital.\n"
        "The FMLN is active in the capital."
    )
    summary = _run(text).summary
    assert summary.group == "FMLN"
    assert summary.attribution_uncertain is True


def test_a_doubt_inside_a_quotation_does_not_grade_a_deed_told_outside_it() -> None:
    result = _run(
        'The FMLN attacked the garrison, the minister said: "We will find out whether there are more victims."'
    )
    assert _stances(result) == [("FMLN", "reported")]
    assert result.summary.attribution_uncertain is False
    # Inside the same quotation the doubt still grades the statement.
    result = _run('The minister said: "It is possible that the FMLN attacked the garrison."')
    assert _stances(result) == [("FMLN", "possible")]


def test_an_opinion_in_the_groups_own_voice_is_no_doubt_about_it() -> None:
    opening = "SAN SALVADOR, 3 MAR 90 ({outlet}) -- [TEXT] A BOMB DAMAGED THE BRIDGE AT SAN MARCOS. "
    tail = "WE THINK THE TALKS MUST INCLUDE THE FMLN."
    own = _run(opening.format(outlet="RADIO VENCEREMOS") + tail).summary
    assert own.group == "FMLN" and own.attribution_uncertain is not True
    other = _run(opening.format(outlet="RADIO CADENA YSKL") + tail).summary
    assert other.group == "FMLN" and other.attribution_uncertain is True


def test_a_group_named_as_one_side_of_a_fight_is_a_possible_doer() -> None:
    text = (
        "A photographer was killed on Sunday near Usulutan.\n"
        "He died during heavy fighting between FMLN rebels and the army."
    )
    summary = _run(text).summary
    assert summary.group == "FMLN"
    assert summary.confidence == POSSIBLE and summary.attribution_uncertain is True
    # A question asserts nothing, not even a fight.
    asked = _run("A photographer was killed on Sunday.\nWill the clashes with the FMLN go on?").summary
    assert asked.group == "FMLN" and asked.attribution_uncertain is not True


def test_an_accusation_nobody_makes_is_no_statement() -> None:
    assert _stances(_run("Otherwise we would give them the opportunity to accuse the government.")) == []
    assert _stances(_run("The rebels will hold the army responsible for any harm.")) == []
    # After a verb of going on, "to" still makes an accusation.
    assert _stances(_run("Police continued to blame the FMLN for the attack.")) == [("FMLN", "attributed")]


def test_the_object_of_the_deed_one_is_accused_of_is_not_accused() -> None:
    # The accused is no known group: the group after "of killing" is still not accused.
    assert _stances(_run("The union accused hooded men of killing three ELN prisoners.")) == []
    result = _run("The union accused the police of killing three ELN prisoners.")
    assert _stances(result) == [("National Police", "attributed")]


@pytest.mark.skipif(not _PIPELINE_READY, reason="briefing.incidents / briefing.casualties not written yet")
@pytest.mark.parametrize(
    ("name", "published"),
    [("000_fdf1bc076410a58d.txt", "2019-11-06"), ("003_170917b69a7026b5.txt", "2019-11-07")],
)
def test_seeds_end_to_end(name: str, published: str) -> None:
    from briefing.extract import extract_document

    text = (ROOT / "seeds" / name).read_text(encoding="utf-8")
    result = extract_document(text, article_id=name, published=published, language="en")
    summary = result.attribution
    assert summary.group == "Islamic State"
    assert summary.claimed is False
    assert summary.attribution_uncertain is True
    main = [s for s in result.attributions if s.incident == MAIN]
    assert any(s.stance == "not_claimed" and s.group == "Islamic State" for s in main)
    if name.startswith("000"):
        assert "Tajik authorities" in (summary.attributed_by or "")
        assert summary.confidence == ACCUSED_BY_AUTHORITIES
        assert any(s.basis == "interrogation" for s in main)
        # The May riot was claimed, but that claim belongs to its own background incident.
        claims = [s for s in result.attributions if s.stance == "claimed"]
        assert claims and all(s.incident != MAIN for s in claims)
        names = {e["name"] for e in summary.entities}
        assert {"Umarjon Emomali", "Kunduz Province"} <= names
    else:
        opinions = [
            s for s in main
            if s.by == "the author" and "In my opinion" in s.hedges and s.stance == "suspected"
        ]
        assert opinions and opinions[0].surface == "Igilovsky"
        assert "official reports from Dushanbe" in (summary.attributed_by or "")


def test_a_state_institution_speaking_is_named_not_a_perpetrator() -> None:
    # A1: "the army said" names a body; the army is the speaker, not a doer.
    result = _run("Nobody has claimed the blast, but the army said it bore the hallmarks of al-Shabaab.")
    (blame,) = [s for s in result.statements if s.group]
    assert (blame.group, blame.stance, blame.by) == ("Al-Shabaab", "suspected", "the army")
    assert all(s.group != "Armed Forces" for s in result.statements)
    assert result.summary.confidence == ACCUSED_BY_AUTHORITIES
    # What officials say a group did is their report, not the group's own claim.
    result = _run("Police said the Taliban's fighters attacked the post.")
    assert [(s.group, s.stance, s.by) for s in result.statements] == [
        ("Taliban", "reported", "the police")
    ]


def test_the_accuser_is_found_across_a_parenthetical_adverb() -> None:
    # A2: "X, however, continued to blame Y": X is the accuser, not the author.
    result = _run("Security sources, however, continued to blame the Taliban for the raid.")
    (blame,) = result.statements
    assert (blame.group, blame.stance, blame.by) == ("Taliban", "attributed", "unnamed officials")
    result = _run("Police have also blamed the Taliban for the raid.")
    assert result.statements[0].by == "the police"


def test_a_claim_named_as_a_noun_is_a_relayed_claim() -> None:
    # A3: "X's claim could not be verified": X claimed it, the speaker relays it, with the doubt.
    result = _run("The ministry said the Taliban's claim could not be verified.")
    (claim,) = result.statements
    assert (claim.group, claim.stance, claim.by) == ("Taliban", "claimed", "unnamed officials")
    assert any("verified" in h for h in claim.hedges)
    assert result.summary.claimed is True and result.summary.evidence
    # ... but "X's claim that ..." is an assertion of X, not a claim of the attack.
    result = _run("Hamas's claim that the school was empty was rejected.")
    assert all(s.stance != "claimed" for s in result.statements)


def test_praise_without_a_claim_is_not_an_attribution() -> None:
    # A4: praising the attack is no claim; "did not claim it" says the group did not claim.
    result = _run("A website close to al-Qaeda hailed the bombing but did not claim it.")
    assert _stances(result) == [("Al-Qaeda", "not_claimed")]
    assert result.summary.group is None
    assert result.summary.claimed is False


def test_police_who_shoot_the_attacker_or_speak_are_not_the_perpetrator() -> None:
    # A5: a lone attacker as a pronoun object, and police as the speaker of the deed.
    for text in (
        "A man stabbed three shoppers in the mall before police shot him dead, police said.",
        "Police said a man stabbed three shoppers in the mall.",
    ):
        result = _run(text)
        assert all(s.group != "National Police" for s in result.statements), text
        assert result.summary.group is None
    # State forces that do the deed remain its perpetrators.
    result = _run("The army opened fire on the marchers, killing nine.")
    assert _stances(result) == [("Armed Forces", "reported")]


def test_a_group_found_by_name_only_carries_its_sentence() -> None:
    # A6: the fallback group's evidence is the sentence that names it.
    text = "A bomb went off in a crowded market on Monday, killing five.\nAl-Shabaab is active in the town."
    result = _run(text)
    summary = result.summary
    assert summary.group == "Al-Shabaab"
    (ev,) = summary.evidence
    assert ev.sentence_index == 1 and text[ev.start : ev.end] == "Al-Shabaab"


def test_a_state_force_nearer_the_cue_does_not_take_the_group_s_place() -> None:
    # A7: state forces do not claim, rank after a group at similar distance, and a group named as
    # "not" the doer or a group speaking of another's deed is not the doer.
    result = _run("Al-Shabaab, in a message to the police, claimed responsibility.")
    assert _stances(result) == [("Al-Shabaab", "claimed")]
    result = _run("The killing was the work of the army and not the Taliban.")
    assert {g for g, _ in _stances(result)} == {"Armed Forces"}
    result = _run("A Taliban website reported the army shelled the village.")
    assert _stances(result) == [("Armed Forces", "attributed")]


def test_a_suspect_owning_up_to_membership_names_the_group() -> None:
    result = _run("One of the two detained youths admitted being a member of the FMLN.")
    assert _stances(result) == [("FMLN", "admitted")]
    result = _run("On being questioned, she said she was an active member of the ELN.")
    assert _stances(result) == [("ELN", "admitted")]
    assert result.summary.group == "ELN" and result.summary.claimed is True


def test_involvement_in_a_war_is_no_attribution_of_the_deed() -> None:
    assert _stances(_run("They urged the people to end the army's involvement in the war.")) == []
    result = _run("The inquiry examined the army's involvement in the massacre.")
    assert _stances(result) == [("Armed Forces", "attributed")]


def test_an_air_deed_of_a_state_force_is_its_deed() -> None:
    result = _run("Many civilians died in the indiscriminate bombings of the government's air force.")
    assert _stances(result) == [("Air Force", "reported")]
    # A state force that does not head its noun phrase is the target.
    assert _stances(_run("The bombings of the army barracks wounded twelve.")) == []
    # Only state forces: "the shelling of FMLN positions" names the target.
    assert _stances(_run("Residents fled the shelling of the FMLN in the hills.")) == []


def test_a_deed_verb_with_a_campaign_or_inquiry_for_object_is_no_attack() -> None:
    assert _stances(_run("Later the army launched a publicity campaign in the villages.")) == []
    assert _stances(_run("Police carried out an investigation into the blast.")) == []
    result = _run("The army launched an offensive on the village.")
    assert _stances(result) == [("Armed Forces", "reported")]


def test_a_report_a_third_party_rejects_weighs_little() -> None:
    text = (
        "The president said the priests could have been killed by the army.\n"
        "The president disavowed reports on state radio that the FMLN committed the murders."
    )
    result = _run(text)
    fmln = [s for s in result.statements if s.group == "FMLN"]
    assert fmln and all(s.stance == "attributed" for s in fmln)
    assert result.summary.group == "Armed Forces"
    # The accused's own side denying the charges leaves the accusation standing.
    text = (
        "The defense ministry denied charges raised by a leaflet that blames the army for the murders.\n"
        "The leaflet says the police chief is responsible for the murders."
    )
    assert _run(text).summary.group == "Armed Forces"


def test_a_groups_own_communique_is_its_own_voice_in_the_fallback() -> None:
    text = (
        "BOGOTA, 17 JAN 90 (RADIO CADENA) -- [COMMUNIQUE] [THE EXTRADITABLES] [TEXT] WE WILL "
        "RELEASE THE HOSTAGES.\n"
        "WE OFFER TO MEDIATE WITH THE SO-CALLED DEATH SQUADS TO END THE VIOLENCE."
    )
    assert _run(text).summary.group == "The Extraditables"


def test_an_unlisted_doer_named_after_a_description_or_an_apposition() -> None:
    result = _run("The mayor was shot by right-wing extremist Hans Meier outside the town hall.")
    assert _stances(result) == [("Hans Meier", "reported")]
    result = _run("Two days later, the perpetrator of the bombings, Karl Brenner, was arrested.")
    assert _stances(result) == [("Karl Brenner", "reported")]
    # "by" with no name after its description is still no doer.
    assert _stances(_run("The bus was hit by a roadside bomb in Kandahar.")) == []


def test_the_group_of_the_agent_of_by_is_the_doer() -> None:
    text = "The raid was carried out by two men named Ivo Petrov and Dan Popa, who were members of Zora."
    assert _run(text).summary.group == "Zora"


def test_an_unlisted_person_accused_of_ordering_the_attack() -> None:
    result = _run("The government accused Omar Jalil of ordering the attack.")
    assert _stances(result) == [("Omar Jalil", "attributed")]
    assert result.summary.attribution_uncertain is True


def test_a_joint_claim_names_both_groups() -> None:
    result = _run("Hamas and the Islamic Jihad jointly claimed responsibility for the bombing.")
    assert result.summary.group == "Hamas and Palestinian Islamic Jihad"
    assert result.summary.claimed is True and result.summary.confidence == CLAIMED
    # the entities list each group on its own
    names = [e["name"] for e in result.summary.entities if e["kind"] == "organisation"]
    assert names == ["Hamas", "Palestinian Islamic Jihad"]


def test_a_claim_on_behalf_of_a_group_is_that_groups_claim() -> None:
    text = (
        "The government first blamed ETA for the bombings, but later a cell called the Hafs "
        "Brigade claimed responsibility on behalf of al-Qaeda."
    )
    result = _run(text)
    assert result.summary.group == "Al-Qaeda" and result.summary.claimed is True


def test_the_subject_of_clashed_with_is_the_doer() -> None:
    result = _run("Al-Shabaab clashed with Kenyan troops near the border, killing four.")
    assert result.summary.group == "Al-Shabaab"


def test_a_deed_the_main_one_is_dated_by_is_no_statement() -> None:
    text = "The bus exploded on the highway, five days after the FMLN had launched its offensive."
    assert _stances(_run(text)) == []
    # A bare "after" still tells the main incident.
    result = _run("A soldier was killed after the FMLN attacked a patrol.")
    assert _stances(result) == [("FMLN", "reported")]


def test_beginning_an_attack_and_setting_on_fire_are_deeds() -> None:
    assert _stances(_run("The ELN began a counterattack on the army post.")) == [("ELN", "reported")]
    opening = "CLANDESTINE, 18 NOV 89 (RADIO VENCEREMOS) -- [TEXT] "
    result = _run(opening + "AFTER DISLODGING THE ENEMY TROOPS, OUR FORCES SET THE FACTORY ON FIRE.")
    assert [(s.group, s.stance) for s in result.statements] == [("FMLN", "claimed")]


def test_a_pronoun_in_a_clause_of_its_own_is_the_subject_of_the_deed() -> None:
    text = "The army's operations in the city were clumsy -- there they set a market on fire."
    assert _stances(_run(text)) == []


def test_an_authors_view_of_who_did_it_is_a_suspicion_not_a_reported_fact():
    for sentence in ("In our view, the Varna Liberation Front almost certainly carried out the attack.",
                     "We assess that the Varna Liberation Front carried out the attack."):
        result = _run("Gunmen attacked an army post near Varna on Thursday. " + sentence)
        assert [(s.group, s.stance, s.by) for s in result.statements] == [
            ("Varna Liberation Front", "suspected", "the author")]


def test_a_claim_of_the_attack_with_modifiers_between_article_and_noun():
    result = _run("Gunmen attacked an army post near Varna on Thursday. The Islamic State also "
                         "claimed the Varna attack through Amaq on Sunday.")
    assert [(s.group, s.stance) for s in result.statements] == [("Islamic State", "claimed")]
    result = _run("A spokesman claimed that the attack was a crude provocation by the army.")
    assert all(s.stance != "claimed" for s in result.statements)


# --- groups named as victims or targets ------------------------------------------------------


def test_a_group_whose_people_are_killed_is_no_perpetrator() -> None:
    for text in (
        "An SDF commander was killed when a bomb exploded in Raqqa on Monday.",
        "Two PMF fighters were among the dead after the blast near Tikrit.",
        "The PMF said three of its members were killed in the blast.",
        "The explosion killed a teacher along with a Popular Mobilization Forces commander.",
    ):
        assert _run(text).summary.group is None, text


def test_a_group_whose_office_is_attacked_is_no_perpetrator() -> None:
    for text in (
        "A bomb went off outside an MQM office in Karachi, wounding six people.",
        "The attack on the Free Syrian Army headquarters killed nine.",
        "The grenade attack targeted the MQM and the SDF.",
    ):
        assert _run(text).summary.group is None, text


def test_the_doer_is_chosen_over_the_group_it_killed() -> None:
    result = _run("Islamic State gunmen stormed the checkpoint, killing four PMF fighters.")
    assert _stances(result) == [("Islamic State", "reported")]
    text = ("Two people died in the blast. The PMF said three of its members were killed. "
            "Officials blamed the Islamic State.")
    assert _run(text).summary.group == "Islamic State"


def test_a_group_named_as_doer_elsewhere_stays_the_doer() -> None:
    text = "The SDF shelled the village on Monday. Two SDF fighters were killed in the exchange."
    assert _run(text).summary.group == "Syrian Democratic Forces"
    # "blamed the attack on X": X is blamed, not attacked
    assert _stances(_run("Police blamed the attack on the SDF.")) == [
        ("Syrian Democratic Forces", "attributed")]


def test_suspects_fighters_and_avenged_sides_are_no_victims() -> None:
    # a suspect killed, a side of a fight and the side a motive avenges stay candidates
    assert _run("A suspected ELN member was killed near Cucuta.").summary.group == "ELN"
    assert _run("Two FARC rebels died in a clash with the army near Tame.").summary.group == "FARC"
    text = "The stabbing came in retaliation for the killing of a Hamas commander."
    assert _run(text).summary.group == "Hamas"


def test_victim_roles_flags_each_mention() -> None:
    from briefing.attribution import victim_roles

    text = "ISIS attacked the town, killing five SDF fighters."
    spans = [(0, 4), (text.index("SDF"), text.index("SDF") + 3)]
    assert victim_roles(text, spans) == [False, True]
    # brackets and an apposition between the group and the verb are skipped
    text = "Eight members of the PMU (PMF), including a leader, were killed."
    assert victim_roles(text, [(text.index("PMU"), text.index("PMU") + 3)]) == [True]


def test_token_pattern_words_must_be_strings() -> None:
    from briefing.attribution import _token_patterns

    # a bare `on` in YAML is a boolean: it must be quoted, not silently dropped
    with pytest.raises(ValueError):
        _token_patterns({"sets": {"at": [True]}, "patterns": [[{"IN": "at"}, "GROUP"]]}, "patterns")
    with pytest.raises(ValueError):
        _token_patterns({"sets": {}, "patterns": [[{"LOWER": "x", "OP": "{a}"}, "GROUP"]]}, "patterns")


# --- groups acting together --------------------------------------------------------------------


def test_groups_named_together_as_doers_are_one_joint_label() -> None:
    from briefing.groups import canonical_group

    cases = {
        "Both Hamas and the PFLP took responsibility for the attack.":
            "Hamas and Popular Front for the Liberation of Palestine",
        "The raid was a joint operation by the ELN and the FARC.": "ELN and FARC",
        "Guerrillas of the ELN and the FARC attacked an army post.": "ELN and FARC",
        "Two hundred FARC guerrillas, the EPL and the ELN attacked the town.": "ELN and EPL and FARC",
        "The hijacking was carried out by a member of the Japanese Red Army and two members of "
        "the PFLP.": "Japanese Red Army and Popular Front for the Liberation of Palestine",
        "The kidnapping was carried out by AQIM with assistance from the Polisario Front.":
            "Al-Qaeda in the Islamic Maghreb and Polisario Front",
        "The bombing was carried out by Dan Popa and Ivo Petrov.": "Dan Popa and Ivo Petrov",
    }
    for text, label in cases.items():
        group = _run(text).summary.group
        assert group == label, text
        assert canonical_group(group) == group  # the form the scorer and reconcile compare


def test_a_single_doer_stays_single() -> None:
    # an apposition, a state force, the targets after the verb and a rival denial are no partners
    assert _run("Jamaat-ul-Ahrar, the TTP faction, claimed the attack.").summary.group == "Jamaat-ul-Ahrar"
    assert _run("The Taliban and government forces attacked each other.").summary.group == "Taliban"
    assert _run("The Taliban claimed the attack on the SDF and the PMF.").summary.group == "Taliban"
    result = _run("ISIS claimed the bombing. Hamas said it was not involved.")
    assert _stances(result) == [("Islamic State", "claimed"), ("Hamas", "denied")]


def test_a_run_of_attacks_by_a_group_is_its_record_not_this_attack() -> None:
    base = "A bomb killed five people at a market in the north on Monday.\n"
    record = _run(base + "The province has been hit by a wave of attacks by the Red Hand Front.")
    assert _stances(record) == []
    # dated to the day of the news, or told in the opening sentence, the run is the event
    dated = _run(base + "A wave of attacks by the Red Hand Front on Monday killed 30 people.")
    assert ("Red Hand Front", "reported") in _stances(dated)
    lede = _run("A wave of attacks by the Red Hand Front left six civilians injured.")
    assert ("Red Hand Front", "reported") in _stances(lede)


@pytest.mark.parametrize("text", [
    "Prosecutors said the 31-year-old suspect, who was shot and wounded by police, had acted alone.",
    "Police shot the gunman dead after he opened fire at the market.",
    "The attacker was arrested by the army two hours later.",
])
def test_the_force_that_stopped_the_attacker_is_not_its_perpetrator(text: str) -> None:
    result = _run(text)
    assert _stances(result) == []
    assert result.summary.group is None


def test_suspect_is_a_stance_as_a_verb_or_adjective_not_as_the_noun() -> None:
    assert _stances(_run("Investigators suspect the Red Hand Brigade planted the bomb.")) == [
        ("Red Hand Brigade", "suspected")]
    assert ("Red Hand Brigade", "suspected") in _stances(
        _run("On Monday, suspect militants of the Red Hand Brigade stormed the post."))


@pytest.mark.parametrize(("text", "group"), [
    ("Eight people were killed in an Israeli strike on a flat, the ministry said.", "Israeli military"),
    ("A U.S. drone strike on a car killed three men, residents said.", "U.S. military"),
    ("Russian warplanes bombed the market, killing 11 shoppers.", "Russian military"),
    # the country's possessive names its forces as the adjective does
    ("Israel's strike on the flat killed eight people, the ministry said.", "Israeli military"),
    ("An air strike carried out by Turkish drones hit the convoy, killing five.", "Turkish military"),
])
def test_a_states_strike_names_the_state_as_doer(text: str, group: str) -> None:
    result = _run(text)
    assert _stances(result) == [(group, "reported")]
    assert result.summary.group == group and result.summary.claimed is None


@pytest.mark.parametrize("text", [
    "The Israeli military said it had struck a militant target near the port.",
    'The Israeli military said in a short statement that it had "struck a weapons depot".',
    "The Taliban said its fighters hit the checkpoint before dawn.",
    # a country's force telling of a strike carried out, by no one else named
    "Kenya's defence ministry said on Friday that an air strike carried out with allied forces killed 9 militants.",
])
def test_a_force_saying_it_struck_admits_it(text: str) -> None:
    result = _run(text)
    assert [stance for _, stance in _stances(result)] == ["admitted"]
    assert result.summary.claimed is True


def test_a_campaign_is_no_deed_of_the_group_named_before_it() -> None:
    # "offensive" names a campaign, not the incident: no statement about the attack
    assert _stances(_run("The army offensive against the Taliban went on in the valley.")) == []


def test_a_states_strike_on_militants_is_its_deed_not_a_response() -> None:
    # militants as the victims of a strike do not make the state a responder ...
    result = _run("A U.S. drone strike killed four al-Shabaab militants near Jilib, residents said.")
    assert result.summary.group == "U.S. military"
    # ... while troops shooting an attacker respond to him
    assert _stances(_run("Israeli troops shot dead the attacker at the gate.")) == []


def test_a_strike_carried_out_is_no_admission_of_the_speaker_when_another_doer_or_no_state_is_named() -> None:
    # the doer named after "by" is the one reported
    assert _stances(_run("Kenya's defence ministry said that an air strike carried out by allied jets "
                         "killed 9 militants.")) == []
    # an army without its country is no country force: it may relay someone else's strike
    assert _stances(_run("The army said that an air strike was carried out near the village.")) == []


def test_a_state_denying_it_carried_out_a_strike_denies_it() -> None:
    result = _run("Africa Command said it was aware of the reports but denied carrying out any strike on Tuesday.")
    assert _stances(result) == [("U.S. military", "denied")]


def test_police_shooting_the_attacker_named_by_pronoun_is_a_response_not_the_attack() -> None:
    result = _run("He had been shot in the abdomen and thigh by police before his arrest.")
    assert result.summary.group is None


def test_police_shooting_the_attacker_told_after_a_long_apposition_is_a_response() -> None:
    result = _run("The attacker, a 41-year-old baker who had moved to the town from the coast last "
                  "spring, was shot twice in the legs by police and is being treated in hospital.")
    assert result.summary.group is None
    # the same deed told of people who are no attackers names the police as the doer
    result = _run("The protesters, most of them students from the technical college on the hill "
                  "above the town, were shot at by police on Monday.")
    assert result.summary.group is not None


def test_claim_inside_an_earlier_event_clause_is_that_events() -> None:
    from briefing.incidents import assign_incidents

    doc = make_document("Gunmen killed six farmers on Monday, two weeks after a bombing claimed by the "
                        "Islamic State killed 20 at a market.", "t", "2025-11-10")
    result = extract_attribution(doc, assign_incidents(doc))
    assert [s.incident for s in result.statements if s.group == "Islamic State"] == ["bg:2025-10"]
    assert result.summary.group is None


def test_a_state_that_frees_people_or_owns_the_target_is_not_the_doer() -> None:
    # troops freeing captives respond to the attack
    assert _run("Security forces have freed 30 hostages taken from a village on Sunday.").summary.group is None
    # "a government school" is the target, owned by the state
    result = _run("Gunmen stormed a government boarding school on Sunday and abducted 40 pupils, police said.")
    assert result.summary.group is None
    # the state acting stays its deed
    assert _run("Government troops shelled the village on Sunday, killing nine.").summary.group == "Armed Forces"


def test_a_habitual_blame_names_a_possible_doer_only() -> None:
    result = _run("No group has claimed the kidnapping. Officials often blame the ELN for kidnappings for ransom.")
    assert ("ELN", "possible") in _stances(result)
    result = _run("No group has claimed the kidnapping. Officials blamed the ELN for the kidnapping.")
    assert ("ELN", "attributed") in _stances(result)


def test_behind_with_an_adverb_phrase_and_not_behind() -> None:
    lead = "A grenade wounded six people at a bus stop on Monday.\n"
    assert _stances(_run(lead + "Police said Boko Haram was almost certainly behind the attack.")) == [
        ("Boko Haram", "attributed")]
    # an exoneration names no perpetrator
    assert _stances(_run(lead + "Police said Boko Haram was not behind the attack.")) == []


def test_an_attribution_the_text_says_is_unconfirmed_is_only_suspected() -> None:
    text = ("A grenade wounded six people at a bus stop on Monday.\n"
            "Police said Boko Haram carried out the attack, although this has not been independently confirmed.")
    (s,) = _run(text).statements
    assert (s.group, s.stance) == ("Boko Haram", "suspected")
    assert s.hedges == ["has not been independently confirmed"]


@pytest.mark.parametrize("tail, hedge", [
    # the speaker blames the group and says in the same breath that it is unconfirmed
    ("A district official blamed Boko Haram for the attack but said the authorities had not formally "
     "confirmed who was behind it.", "had not formally confirmed"),
    ("Police blamed Boko Haram for the attack, although this could not be independently confirmed.",
     "could not be independently confirmed"),
    ("Police blamed Boko Haram for the attack without official confirmation.", "without official confirmation"),
])
def test_a_blame_its_speaker_calls_unconfirmed_is_only_suspected(tail: str, hedge: str) -> None:
    (s,) = _run("A grenade wounded six people at a bus stop on Monday.\n" + tail).statements
    assert (s.group, s.stance, s.hedges) == ("Boko Haram", "suspected", [hedge])
    assert "could not" not in s.by and "this" not in s.by  # "this could not be ... confirmed" is no speaker


def test_an_unconfirmed_toll_leaves_the_blame_as_it_is() -> None:
    for tail in ("the toll could not be independently confirmed.", "the figures could not be independently verified."):
        (s,) = _run("A grenade wounded six people at a bus stop on Monday.\n"
                    "Police blamed Boko Haram for the attack; " + tail).statements
        assert (s.group, s.stance, s.hedges) == ("Boko Haram", "attributed", []), tail


def test_suspicion_falling_on_a_group_is_a_suspicion() -> None:
    lead = "A car bomb killed nine policemen at a checkpoint on Tuesday.\n"
    assert ("Boko Haram", "suspected") in _stances(_run(lead + "Suspicion fell on Boko Haram, which has stepped up "
                                                           "attacks on police in the state."))
    # the group's record in the same sentence is no report of this attack
    assert ("Boko Haram", "reported") not in _stances(_run(lead + "Suspicion fell on Boko Haram, which has "
                                                                  "stepped up attacks on police in the state."))


def test_the_deed_a_claim_tells_is_the_claimants_and_no_statement_of_its_own() -> None:
    lead = "A car bomb killed nine policemen at a checkpoint on Tuesday.\n"
    found = _stances(_run(lead + "Jamaat-ul-Ahrar, a splinter faction of the TTP, claimed responsibility, "
                                 "saying its fighters had killed 40 policemen."))
    assert found == [("Jamaat-ul-Ahrar", "claimed")]
    # a deed told by someone else after the claim still counts
    other = _stances(_run(lead + "Jamaat-ul-Ahrar claimed responsibility, but police said the TTP carried out "
                                 "the attack."))
    assert ("Jamaat-ul-Ahrar", "claimed") in other and any(g == "Tehrik-i-Taliban Pakistan" for g, _ in other)


def test_a_possessive_gloss_names_the_patron_not_the_claimant() -> None:
    text = ("The Kolda Brigade, the Islamic State's branch in the south, on Friday claimed the raid on the "
            "depot. In a statement posted online, the group said it had killed nine guards.")
    result = _run(text)
    assert ("Kolda Brigade", "claimed") in _stances(result)
    assert result.summary.group == "Kolda Brigade"
    # the patron is no second claimant, and "the group" of the next sentence is the claimant
    assert all(g != "Islamic State" for g, _ in _stances(result))


def test_a_weekday_or_a_news_monitor_is_no_group() -> None:
    result = _run("Gunmen on Tuesday claimed responsibility for the blast. A video released by "
                  "the Sahel Conflict Monitor showed the burned bus.")
    assert all(g not in ("Tuesday", "Sahel Conflict Monitor", "Conflict Monitor") for g, _ in _stances(result))


def test_an_accusation_of_another_deed_attributes_nothing() -> None:
    # the army is accused of a cover-up, and the militia is the object of that deed
    text = 'A rebel spokesman accused the army of "covering for the Kibanda militia".'
    assert _stances(_run(text)) == []
    assert _stances(_run("The mayor accused the army of carrying out the massacre.")) == [
        ("Armed Forces", "attributed")]


def test_a_group_spelled_out_once_is_read_by_its_acronym() -> None:
    text = ("Gunmen of the Union des Patriotes du Lac (UPL) raided the camp on Monday. "
            "Police blamed the UPL for the raid.")
    assert ("Union des Patriotes du Lac", "attributed") in _stances(_run(text))


def test_a_pronoun_speaker_is_the_official_who_spoke_before() -> None:
    text = ("Army spokesman Colonel Musa Kabiru said troops had repelled the raid on Monday. "
            "He said the attackers were fighters of the Tanda Hills Movement.")
    result = _run(text)
    assert [(s.group, s.by) for s in result.statements] == [
        ("Tanda Hills Movement", "Army spokesman Colonel Musa Kabiru")]


@pytest.mark.parametrize("text", [
    'In a statement on Friday, the Frente Popular de Liberación (FPL) said its "brave fighters" carried '
    'out a "punitive action" against the garrison.',
    "Al-Shabaab said its fighters stormed the base on Monday.",
])
def test_a_group_telling_of_its_own_fighters_deed_claims_it(text: str) -> None:
    result = _run(text)
    assert result.summary.claimed is True
    assert result.summary.group in ("Frente Popular de Liberación", "Al-Shabaab")


def test_an_army_telling_of_its_soldiers_deed_claims_nothing() -> None:
    assert _run("The army said its soldiers attacked a rebel camp near the river.").summary.claimed is not True


def test_a_bracketed_acronym_of_an_unknown_name_is_the_subject_not_a_gloss() -> None:
    # the name is found only through its acronym, and an army word in an alternative name follows
    text = ('On Thursday, the Frente Popular de Liberación (FPL), or People\'s Army of the South, said '
            'its "brave fighters" carried out the ambush.')
    assert ("Frente Popular de Liberación", "claimed") in _stances(_run(text))
    # a parent named inside an apposition stays a gloss: the faction before it claims
    text = ("Hours after the blast, Jamaat-ul-Furqan, a faction of the Tehreek-e-Taliban Pakistan (TTP) that "
            "has acted alone since 2020, claimed responsibility.")
    assert _run(text).summary.group == "Jamaat-ul-Furqan"


def test_the_group_another_party_blamed_denies_not_the_accuser() -> None:
    text = ("A little-known faction claimed responsibility for the ambush, while the group the military "
            "blamed for the attack denied any role.")
    assert ("Armed Forces", "denied") not in _stances(_run(text))
    # a group whose own relative clause tells the blame still denies
    assert ("Northern Front", "denied") in _stances(
        _run("The Northern Front, which the army blamed for the attack, denied any role."))


@pytest.mark.parametrize(("text", "by"), [
    ("Speaking on Monday, the spokesman for operations in the sector, Lieutenant Omar Sadiq Bello, said "
     "the attackers were fighters of the Tanda Hills Movement.",
     "Lieutenant Omar Sadiq Bello (spokesman for operations in the sector)"),
    ("Captain Ruth Amadi, spokesperson of the 12th Brigade, said the attackers were fighters of the "
     "Tanda Hills Movement.", "Captain Ruth Amadi (spokesperson of the 12th Brigade)"),
    ("Colonel Ahmed Musa, a spokesman for the Ministry of Defence, said the attackers were fighters of the "
     "Tanda Hills Movement.", "Ministry of Defence"),
    ("But the commander of the sector, Gen. Paul Ekene, said the attackers were fighters of the Tanda "
     "Hills Movement.", "Gen. Paul Ekene (commander of the sector)"),
])
def test_an_official_named_in_apposition_before_the_verb_speaks(text: str, by: str) -> None:
    assert [(s.group, s.by) for s in _run(text).statements] == [("Tanda Hills Movement", by)]


def test_a_pronoun_speaker_is_the_titled_official_the_sentence_before_names() -> None:
    text = ("Troops repelled the raid on Monday, the army said. Residents fled to the river. "
            "Lieutenant Omar Bello put the number of dead at nine. "
            "He said the attackers were fighters of the Tanda Hills Movement.")
    assert [(s.group, s.by) for s in _run(text).statements if s.group == "Tanda Hills Movement"] == [
        ("Tanda Hills Movement", "Lieutenant Omar Bello")]


def test_captured_attackers_saying_whom_they_belong_to_attribute_the_attack() -> None:
    result = _run("Police said the three captured gunmen had confessed during interrogation that they "
                  "belonged to the Tanda Hills Movement.")
    assert [(s.group, s.basis) for s in result.statements] == [("Tanda Hills Movement", "interrogation")]
    # soldiers telling whom they fight for attribute nothing
    assert _run("The soldiers said that they fought for the Tanda Hills Movement.").statements == []


def test_a_spelled_count_at_a_sentences_start_is_no_doers_name() -> None:
    result = _run('"Thirty-four abducted pupils of the Kamara Day School were rescued," the army said.')
    assert [s.group for s in result.statements if s.group.startswith("Thirty")] == []
    # a capitalised name before the deed still is one
    assert ("Bello Kachalla", "reported") in _stances(_run("Bello Kachalla abducted 30 pupils from the school."))


@pytest.mark.parametrize("text", [
    # the army's word as an adjective: no force named
    "Gunmen stormed the station. An analyst said the raid pointed to a group with military training.",
    # a search after the attack seizes weapons: no attack by the troops
    "Gunmen stormed the station. Troops seized nine assault rifles and four radios, a statement said.",
])
def test_state_forces_named_beside_the_attack_do_not_become_its_doer(text: str) -> None:
    result = _run(text)
    assert all(s.group != "Armed Forces" for s in result.statements)
    assert result.summary.group != "Armed Forces"


def test_the_responsible_named_by_a_minister_in_apposition() -> None:
    text = ("Gunmen stormed the station on Thursday. The Minister of Defence, Ana Ruiz Vela, reiterated on "
            "Saturday that the responsible is the Northern Column of the Tanda Hills Movement, citing "
            "intercepted radio communications.")
    result = _run(text)
    assert [(s.stance, s.by) for s in result.statements] == [("attributed", "Ana Ruiz Vela (Minister of Defence)")]
    assert "Tanda Hills Movement" in result.statements[0].group
    assert result.statements[0].basis == "intelligence"


def test_a_conjunction_before_said_is_no_speaker() -> None:
    blame = "Gunmen stormed the station on Thursday. The governor blamed the Tanda Hills Movement for the raid"
    alone = [s.by for s in _run(blame + ".").statements]
    assert [s.by for s in _run(blame + ", and said that the attackers had fled north.").statements] == alone
    assert [s.by for s in _run(blame + ", and has stressed that the attackers fled.").statements] == alone


@pytest.mark.parametrize("text", [
    "Gunmen stormed a depot on Sunday. The raid was claimed on Monday by the Red Hawk Brigade.",
    "Gunmen stormed a depot on Sunday. The raid was claimed on Monday evening in a statement posted on "
    "a forum used by the Red Hawk Brigade.",
])
def test_a_claim_with_its_time_or_channel_before_by(text: str) -> None:
    summary = _run(text).summary
    assert (summary.group, summary.claimed) == ("Red Hawk Brigade", True)


def test_an_unknown_unit_of_a_group_is_claimed_for_the_group() -> None:
    text = ("Gunmen stormed a depot on Sunday. The raid was claimed by the \"Martyr Timur Battalion\" of "
            "the Red Hawk Brigade, which said it had sent ten fighters.")
    assert _run(text).summary.group == "Red Hawk Brigade"
    # an apposition names a wing, not a unit the name is part of
    text = "Gunmen stormed a depot on Sunday. The Red Hawk Brigade, a wing of the Sun Front, claimed the raid."
    assert _run(text).summary.group == "Red Hawk Brigade"


@pytest.mark.parametrize("text", [
    "Gunmen stormed a depot on Sunday. Police blamed the Karimov network for the raid.",
    "Gunmen stormed a depot on Sunday. Police have attributed the raid to the network of Aziz Karimov, "
    "a fugitive smuggler.",
    "Gunmen stormed a depot on Sunday. Police blamed the Karimov criminal network for the raid.",
])
def test_a_network_named_after_a_person_is_a_group(text: str) -> None:
    summary = _run(text).summary
    assert summary.group == "Karimov network" and summary.attributed_by == "the police"


def test_the_agent_of_another_participle_is_no_doer() -> None:
    text = ("Gunmen stormed a depot on Sunday. The toll includes the guards counted by the army, the "
            "driver killed at the gate and a cook.")
    assert _run(text).summary.group is None


def test_a_dateline_is_no_part_of_a_group_name() -> None:
    text = "KESHAR - Militants seized a depot on Sunday, police said."
    assert all("KESHAR" not in s.group for s in _run(text).statements)


def test_a_group_saying_it_launched_the_attack_claims_it() -> None:
    result = _run("Rockets hit the town on Monday. The Crescent Brigades said that it launched the attack "
                  "in response to the arrests.")
    assert ("Crescent Brigades", "claimed") in _stances(result)


def test_the_group_an_attack_avenges_stays_named_for_the_attack() -> None:
    from briefing.extract import extract_document

    got = extract_document("Two people were stabbed on a bus. Investigators believe the attack was in retaliation "
                           "for the killing of a Hamas commander last week.", "t", "2024-05-08")
    assert got.attribution.group == "Hamas"


def test_police_telling_a_toll_or_releasing_names_are_no_doers() -> None:
    for text in ("Police on Thursday lowered the number of people killed in the shooting to five.",
                 "Police released the names of three of the five victims."):
        assert _stances(_run(text)) == [], text


def test_a_french_name_with_pour_and_the_agent_of_blamed_by() -> None:
    # "Union des Forces pour la Renaissance": a name across "pour la"; who blames is no accused
    got = _stances(_run("The minister blamed the Union des Forces pour la Renaissance for the ambush."))
    assert got == [("Union des Forces pour la Renaissance", "attributed")]
    got = _stances(_run("The Union des Forces pour la Renaissance, the coalition blamed by the government, "
                        "denied any involvement."))
    assert ("Government", "attributed") not in got
    assert ("Union des Forces pour la Renaissance", "denied") in got


@pytest.mark.parametrize("sentence", [
    "Police initially blamed the Kurdistan Workers Party for the bombing.",
    "The ministry, which had first blamed the Kurdistan Workers Party, now says the inquiry is open.",
    "Asked why officials had earlier pointed to the Kurdistan Workers Party, the minister said nothing.",
    "Four days after initially blaming the Kurdistan Workers Party, police arrested three men.",
])
def test_an_accusation_told_as_an_earlier_one_is_withdrawn_not_current(sentence: str) -> None:
    result = _run("A car bomb killed nine people in the market on Friday.\n" + sentence)
    assert ("PKK", "withdrawn") in _stances(result)
    assert result.summary.group is None  # no standing accusation: no group judged


def test_a_standing_accusation_stays_attributed() -> None:
    # reported speech in the past perfect and a later blame are current
    for sentence in ("The governor said police had blamed the Kurdistan Workers Party for the bombing.",
                     "Police later blamed the Kurdistan Workers Party for the bombing."):
        result = _run("A car bomb killed nine people in the market on Friday.\n" + sentence)
        assert ("PKK", "attributed") in _stances(result)
        assert result.summary.group == "PKK"


def test_an_adverb_or_a_clause_after_says_is_no_speaker() -> None:
    from briefing.attribution import speaker_of

    assert speaker_of("The ministry, which had first blamed the rebels, now says the inquiry is open.") is None \
        or speaker_of("The ministry, which had first blamed the rebels, now says the inquiry is open.").by \
        not in ("now", "inquiry is open")
    assert speaker_of("Police now say the inquiry is open.").by == "the police"


def test_a_surname_accusing_is_the_official_named_in_full_before() -> None:
    text = ("Gunmen killed three soldiers near Dalvik on Sunday.\n"
            "Army spokesman Colonel Pierre Mabanza-Oyo said the attackers fled into the forest.\n"
            "Mabanza-Oyo blamed the Lord's Resistance Army.")
    (st,) = _run(text).statements
    assert st.stance == "attributed" and "Mabanza-Oyo" in st.by and st.by != "the author"
    # a name never introduced stays the author's report
    (st,) = _run("Gunmen killed three soldiers near Dalvik on Sunday.\n"
                 "Mabanza-Oyo blamed the Lord's Resistance Army.").statements
    assert st.by == "the author"


def test_the_head_of_a_who_clause_is_the_accuser() -> None:
    text = ("Gunmen killed three soldiers near Dalvik on Sunday.\n"
            "Army spokesman Colonel Jean Loka, who on Monday had blamed the Lord's Resistance Army, "
            "said the inquiry was continuing.")
    (st,) = _run(text).statements
    assert st.stance == "withdrawn" and "Loka" in st.by
    # a group at the head of the clause is no accuser: the sentence tells its own deed
    text = "Gunmen killed three soldiers near Dalvik on Sunday.\nThe ADF, who blamed the LRA, fled."
    assert all(s.by != "ADF" for s in _run(text).statements)


def test_the_agent_of_a_document_released_and_a_name_before_the_verb_are_no_doer() -> None:
    # police released a timeline, Harlan fired: no deed of the police
    text = ("A gunman killed five people at a warehouse on Wednesday.\n"
            "According to a timeline released by police on Saturday, Harlan fired at least 40 rounds.")
    assert _stances(_run(text)) == []
    # a group that is the subject across a time phrase stays the doer
    text = "A gunman killed five people at a market on Wednesday.\nThe Taliban, on Saturday, attacked a checkpoint."
    assert ("Taliban", "reported") in _stances(_run(text))


def test_a_clause_after_said_is_no_speaker_and_an_armed_wing_is_its_party() -> None:
    from briefing.attribution import speaker_of
    from briefing.groups import find_groups

    found = speaker_of("The letter denied the charge and said the committee expressed its sorrow to the family.")
    assert found is None or "expressed" not in found.by
    (plga,) = [g for g in find_groups("PLGA fighters ambushed the convoy.") if g.known]
    assert plga.canonical == "People's Liberation Guerrilla Army"
    from briefing.reconcile import _related
    assert _related("People's Liberation Guerrilla Army", "Communist Party of India (Maoist)")


def test_a_claim_of_an_earlier_event_named_by_its_date_is_that_events() -> None:
    from briefing.extract import extract_document

    text = ("A bomb killed the provincial governor on Tuesday. The Islamic State claimed the attack. "
            "The group also claimed the June suicide attack on the office of his deputy, which killed "
            "him and two guards.")
    result = extract_document(text, article_id="t", published="2026-11-05", language="en")
    claims = [(s.sentence_index, s.incident) for s in result.attributions if s.stance == "claimed"]
    assert claims == [(1, MAIN), (2, "bg:2026-06")]
    assert [e.sentence_index for e in result.attribution.evidence] == [1]


def test_a_groups_official_killed_or_whose_car_was_hit_is_a_victim() -> None:
    from briefing.attribution import victim_roles

    def flags(text: str) -> list[bool]:
        return victim_roles(text, [(text.index("Taliban"), text.index("Taliban") + 7)])

    assert flags("He was the most senior Taliban official killed in the north this year.") == [True]
    assert flags('A device was fixed to the car of "the apostate Taliban governor" and set off.') == [True]
    # the participle with an object is the group's deed
    assert flags("Taliban fighters killed five soldiers in the north.") == [False]
    assert _run("He was the most senior Taliban official killed in the north this year.").statements == []


def test_no_force_accuses_itself() -> None:
    # in capitals an unknown group's one-word "X ARMY" is read as the state's army: the military
    # does not blame itself, so the statement is a misreading and is left out
    text = "FIGHTERS ATTACKED A POLICE POST ON TUESDAY.\nTHE MILITARY BLAMED THE ZOMI ARMY FOR THE ATTACK."
    assert _stances(_run(text)) == []
    # one force accusing another stays
    text = "Fighters attacked a police post on Tuesday.\nPolice blamed the army for the deaths."
    assert _stances(_run(text)) == [("Armed Forces", "attributed")]


def test_one_word_before_army_names_a_group_unless_it_names_a_states_army() -> None:
    from briefing.groups import find_groups, group_kind

    def named(text: str) -> list[tuple[str, str]]:
        return [(g.canonical, group_kind(g.canonical)) for g in find_groups(text)]

    text = "Fighters attacked a police post on Tuesday.\nThe military blamed the Zomi Army for the attack."
    assert _stances(_run(text)) == [("Zomi Army", "attributed")]
    assert named("Kuki Army fighters ambushed a patrol.") == [("Kuki Army", "group")]
    # a country, a nationality, a state army's own word, an ordinal or a charity stay the state's
    # army (or no group at all)
    for text in ("The Kenya Army said two soldiers died.", "The Territorial Army was deployed.",
                 "The Third Army moved north.", "The National Army said five soldiers died."):
        assert [kind for _, kind in named(text)] == ["state"], text
    assert "Salvation Army" not in {name for name, _ in named("The Salvation Army opened a shelter.")}
    # a name that goes on after "Army" is not cut short to its first word
    assert "Revolutionary Army" not in {
        name for name, _ in named("The RHA, or Revolutionary Army of Agusan, said it attacked the convoy.")}
    # two words or more were names before, and stay so
    assert named("The Lord's Resistance Army raided the village.")[0][1] == "group"


def test_an_attacker_named_by_the_police_and_one_acting_alone() -> None:
    from briefing.attribution import named_attackers
    from briefing.incidents import assign_incidents

    text = ("A gunman killed four people at a depot in Harlow on Tuesday.\n"
            "Police identified the gunman as Dale Ivo Marsh, 41, a former driver.\n"
            "The gunman, Dale Marsh, 41, had no criminal record.\n"
            "\"He was acting alone,\" the sheriff said.\n"
            "Lone gunman Dale Marsh planned the attack for weeks, the sheriff said.\n"
            "In 2019 the suspect was named as Peter Hale.")
    doc = make_document(text, "t", "2026-10-15")
    scope = assign_incidents(doc)
    attackers, alone = named_attackers(doc, scope)
    # once per person (by surname), who identifies him, the name as evidence; not a background
    # sentence's
    assert [(a.name, a.by, a.evidence.phrase) for a in attackers] == [
        ("Dale Ivo Marsh", "the police", "Dale Ivo Marsh")]
    assert [e.sentence_index for e in alone] == [3, 4]
    # nothing is read from ALL CAPS text
    caps = make_document(text.upper(), "t", "2026-10-15")
    assert named_attackers(caps, assign_incidents(caps)) == ([], [])


def test_an_attacker_named_by_one_name_alone() -> None:
    from briefing.attribution import named_attackers

    def names(sentence: str) -> list[tuple[str, str]]:
        doc = make_document(f"A bomb killed five people at a bus stop on Tuesday.\n{sentence}", "t", "2026-10-15")
        return [(a.name, a.by) for a in named_attackers(doc)[0]]

    assert names("Police identified the bomber as Yusuf, a 22-year-old student.") == [("Yusuf", "the police")]
    assert names("The attacker was identified only as Rahim.") == [("Rahim", "the author")]
    assert names("Police identified the gunman as Tarik from the east of the city.") == [("Tarik", "the police")]
    # a nationality, a place or a weekday after "as" is no name; nor a name that a noun follows
    for sentence in ("Police identified the bomber as Afghan.", "Officials identified the attacker as Kabul.",
                     "Police named the suspect as Monday.", "Police identified the suspect as a Kabul resident.",
                     "Police identified the bomber as Yusuf bakery staff."):
        assert names(sentence) == [], sentence


def test_the_group_in_apposition_is_the_one_named_before_it() -> None:
    text = ("Gunmen ambushed a bus on Monday.\nAn officer said the Hizbul Mujahideen was active in the area.\n"
            "Little is known about the Kashmir Freedom Front (KFF), the group that claimed the attack online.")
    assert ("Kashmir Freedom Front", "claimed") in _stances(_run(text))
    assert ("Hizbul Mujahideen", "claimed") not in _stances(_run(text))


def test_a_group_that_cannot_be_ruled_out_is_possible_even_in_a_quoted_phrase() -> None:
    for sentence in ('An officer said the involvement of Lashkar-e-Taiba "cannot be ruled out".',
                     "An officer said the involvement of Lashkar-e-Taiba could not be ruled out."):
        assert _stances(_run(f"Gunmen ambushed a bus on Monday.\n{sentence}")) == [("Lashkar-e-Taiba", "possible")]
    # a speaker's own quoted words still do not grade a deed told outside them
    text = 'Gunmen ambushed a bus on Monday.\nThe Taliban attacked the bus, the mayor said, adding: "We do not know if more will come."'
    assert ("Taliban", "reported") in _stances(_run(text))


def test_the_people_a_naming_verb_takes_and_a_device_made_safe_are_no_deed() -> None:
    assert _stances(_run("Army names five soldiers killed in Kelora ambush.")) == []
    assert _stances(_run("The town buried the three policemen killed on Monday.")) == []
    assert ("Taliban", "reported") in _stances(_run("The Taliban named the target and killed five soldiers."))
    text = ("Attackers struck the police station on Monday.\nTwo charges did not explode and were destroyed "
            "in a controlled manner by army explosives experts, the police said.")
    assert _stances(_run(text)) == []
    assert ("Armed Forces", "reported") in _stances(_run("Three villagers were killed by the army on Monday."))


def test_an_acronym_after_a_name_tells_which_group_of_that_name_it_is() -> None:
    from briefing.groups import find_groups

    found = find_groups("The People's Defence Forces (HPG), the armed wing of the PKK, claimed the attack.")
    assert [g.canonical for g in found][:1] == ["People's Defence Forces (HPG)"]
    assert [g.canonical for g in find_groups("People's Defence Forces fighters attacked a junta post.")] \
        == ["People's Defence Force"]
    # the same group's own acronym is one mention
    assert [g.canonical for g in find_groups("The Revolutionary Armed Forces of Colombia (FARC) attacked.")] == ["FARC"]


def test_the_head_of_a_who_clause_speaks_and_an_inquiry_carried_out_by_a_service_is_no_deed() -> None:
    from briefing.attribution import speaker_of

    found = speaker_of("Interior Minister Emre Kaya, who said on Tuesday the attackers belonged to the PKK, "
                       "spoke to a committee.")
    assert found is not None and found.by == "Interior Minister Emre Kaya"
    text = ("Gunmen attacked the campus on Tuesday.\nAfter the intensive work carried out by our "
            "National Intelligence Organisation, the attackers were identified.")
    assert _stances(_run(text)) == []


def test_the_force_that_shot_the_man_it_held_and_a_speakers_tag_are_no_doer() -> None:
    text = "A man stabbed three people.\nA man was detained after being shot by police."
    assert _stances(_run(text)) == []
    # the name in the speaker's tag after the deed is the speaker
    text = "A man stabbed three people.\nThe man was shot by armed officers, West Midlands Police said."
    assert _stances(_run(text)) == []
    assert _stances(_run("The bus was attacked by the Taliban, police said.")) == [("Taliban", "reported")]
    # the army that shot villagers is the doer
    assert _stances(_run("Three villagers died after being shot by the army.")) == [("Armed Forces", "reported")]


def test_a_person_charged_with_the_murders_is_named_as_the_attacker() -> None:
    from briefing.attribution import named_attackers

    text = ("A man stabbed three people to death in Hallow on Saturday.\n"
            "Dale Marsh, 34, of Kew Road, Hallow, was charged on Monday with three counts of murder.\n"
            "Ann Holt, 51, was charged with fraud.")
    doc = make_document(text, "t", "2026-10-15")
    assert [a.name for a in named_attackers(doc)[0]] == ["Dale Marsh"]


def test_an_attacker_named_by_a_first_name_and_an_initial() -> None:
    from briefing.attribution import named_attackers

    text = ("A gunman killed four people at a station in Plovdiv on Monday.\n"
            "Prosecutors said the gunman, identified only as 31-year-old Ivo K., acted alone.")
    attackers, alone = named_attackers(make_document(text, "t", "2026-10-15"))
    assert [a.name for a in attackers] == ["Ivo K."] and len(alone) == 1


@pytest.mark.parametrize("text", [
    # a deed word after a negation tells no deed
    "A gunman killed three shoppers on Friday. Police have not yet officially released his name.",
    "A gunman killed three shoppers on Friday. The army never fired on the crowd, the mayor said.",
    # "wounds" after a noun of a preposition is a noun ("with gunshot wounds")
    "A gunman killed three shoppers on Friday. Police put the number of people with gunshot wounds at 11.",
])
def test_no_deed_of_the_police_in_a_negation_or_a_noun(text: str) -> None:
    assert _stances(_run(text)) == []


def test_a_deed_told_plainly_still_names_its_doer() -> None:
    assert ("FMLN", "reported") in _stances(_run("The FMLN attacked the base on Friday."))


def test_a_claim_of_the_groups_fighters_deed_and_a_claim_surfacing_from_a_group() -> None:
    result = _run("A bomb hit a bus of miners on Tuesday. A BLA spokesman, in a statement sent to media, "
                  "claimed the group's fighters had detonated the bomb.")
    assert ("Balochistan Liberation Army", "claimed") in _stances(result)
    result = _run("A bomb hit a bus of miners on Tuesday. On Wednesday, a second claim surfaced from the "
                  "United Kelora Army (UKA), a splinter of an older group.")
    assert ("United Kelora Army", "claimed") in _stances(result)


def test_an_aside_on_speaking_terms_keeps_the_subject_as_the_speaker_and_a_quote_is_no_speaker() -> None:
    from briefing.attribution import speaker_of

    s = ('A senior police official in Kelora, speaking on condition of anonymity, said the method '
         '"bears the hallmarks" of the Kelora Liberation Front.')
    assert speaker_of(s).by == "senior police official in Kelora"
    assert speaker_of("The bombing was the work of the rebels, said the army spokesman.").kind == "official"


def test_an_army_glossed_by_its_own_initials_is_a_group_but_a_countrys_is_not() -> None:
    from briefing.groups import find_groups

    assert [g.canonical for g in find_groups("a claim from the United Kelora Army (UKA) on Monday")] == [
        "United Kelora Army"]
    assert [g.canonical for g in find_groups("the South African Army (SAA) said")] == ["Armed Forces"]


def test_a_claim_officials_call_a_decoy_is_only_a_possibility() -> None:
    text = ("Gunmen killed ten people at a bar on Saturday. A banner signed by the Gulf Cartel was left at the "
            "scene claiming responsibility for the massacre. The prosecutor said the banner was a decoy planted "
            "to divert attention, and blamed the Santa Rosa de Lima cartel, citing intercepted communications.")
    stances = _stances(_run(text))
    assert ("Gulf Cartel", "possible") in stances and ("Gulf Cartel", "claimed") not in stances
    assert ("Santa Rosa de Lima Cartel", "attributed") in stances
    # a claim nobody calls a decoy stays a claim
    assert ("Gulf Cartel", "claimed") in _stances(_run(text.split(" The prosecutor")[0]))


def test_a_dismissal_that_names_its_group_lowers_that_groups_claim_only() -> None:
    text = ("Militants ambushed an army convoy on Sunday, killing 15 soldiers. The Islamic State claimed the ambush "
            "through Amaq on Monday. JNIM also claimed it in a statement. It is unlikely that JNIM took part; its "
            "claim is best read as opportunistic.")
    stances = _stances(_run(text))
    assert ("Islamic State", "claimed") in stances
    assert ("Jama'at Nusrat al-Islam wal-Muslimin", "claimed") not in stances


def test_the_police_who_stop_the_attacker_are_no_doers() -> None:
    text = "A man stabbed five people at the station on Tuesday before being shot dead by police."
    assert _stances(_run(text)) == []
    # the attackers' own group stays the doer
    text = "Fighters of the Islamic State killed four soldiers at the post before being killed by troops."
    assert ("Islamic State", "reported") in _stances(_run(text))


def test_a_groups_figures_and_a_kind_of_place_often_targeted_name_no_doer() -> None:
    text = ("Gunmen freed 300 inmates from the prison on Sunday. The Dorvik Liberation Front claimed the attack. "
            "The group's figures for guards killed are far higher than any official count.")
    assert ("Dorvik Liberation Front", "reported") not in _stances(_run(text))
    text = ("Gunmen freed 300 inmates from the prison on Sunday. Jailbreaks are frequent in the country, where "
            "overcrowded prisons have been targeted by Islamist militants, bandits and separatists.")
    assert _stances(_run(text)) == []


def test_a_list_items_bullet_is_no_part_of_its_speaker() -> None:
    text = ("A roadside bomb killed five policemen on Saturday.\n\n- The Interior Ministry attributes the attack to "
            "Jund al-Rimal, a small militant group.")
    bys = {st.by for st in _run(text).statements if st.group == "Jund al-Rimal"}
    assert bys and all(not by.startswith(("-", "–")) for by in bys)


def test_our_troops_name_no_state_doer() -> None:
    text = "The rebels attacked the convoy on Tuesday. Our troops stormed the enemy post at dawn and killed four soldiers."
    assert ("Armed Forces", "reported") not in _stances(_run(text))
    assert ("Armed Forces", "reported") in _stances(_run("Troops killed four villagers at the market on Tuesday."))


def test_rejecting_the_habit_of_blaming_a_group_is_its_denial() -> None:
    text = ('Gunmen killed eleven worshippers on Sunday. The herders\' association said: "We reject the habit of '
            'labelling every attack in the state as the work of Fulani herders."')
    stances = _stances(_run(text))
    assert ("Fulani militants", "attributed") not in stances and ("Fulani militants", "denied") in stances


def test_an_arabic_led_name_is_a_group_and_the_pronoun_of_an_apposition_is_no_speaker() -> None:
    text = ("Armed men killed nine refugees at the camp on Sunday. The government has blamed Ahrar al-Kelora, "
            "a militia it says operates from across the border.")
    got = [(st.group, st.stance, st.by) for st in _run(text).statements]
    assert ("Ahrar al-Kelora", "attributed", "the government") in got


def test_the_arresting_police_and_an_accused_in_their_custody_name_no_doer() -> None:
    text = ("A mob lynched a man on Friday. District Police has arrested 137 accused involved in the attack on the "
            "police station and the murder of an accused in police custody.")
    assert _stances(_run(text)) == []
    assert ("Islamic State", "attributed") in _stances(_run("Gunmen killed four soldiers. The army accused the "
                                                           "Islamic State of the attack."))


def test_a_long_apposition_saying_what_the_group_is_leaves_the_claim_to_it() -> None:
    text = ("A car bomb killed 19 people at a checkpoint on Tuesday. Al Shabaab, the al Qaeda-linked insurgent group "
            "that has been fighting to topple the central government for nearly two decades, said in a statement "
            "broadcast on its radio station that its fighters had carried out the attack.")
    stances = _stances(_run(text))
    assert ("Al-Shabaab", "claimed") in stances and not any(s == "claimed" for g, s in stances if g != "Al-Shabaab")


def test_no_verified_claim_though_the_groups_radio_said_it_was_behind_is_no_denial_of_a_claim() -> None:
    text = ("A car bomb killed 19 people on Tuesday. There was no immediate claim of responsibility that the paper "
            "could verify, though residents said al-Shabaab's radio had announced that its fighters were behind the attack.")
    assert ("Al-Shabaab", "not_claimed") not in _stances(_run(text)) and ("", "not_claimed") not in _stances(_run(text))
    # "though the group has not claimed responsibility" still says it has not
    text = "Gunmen killed four soldiers. Authorities blamed the Islamic State, though the group has not claimed responsibility."
    assert any(s == "not_claimed" for _, s in _stances(_run(text)))


def test_a_silence_that_lasted_until_today_is_no_denial_of_a_claim() -> None:
    # the past perfect up to a moment says the silence ended then
    for text in ("A bomb wrecked a post office on Monday. Until today nobody had claimed credit for the blast.",
                 "A bomb wrecked a post office. Until Tuesday, no group had claimed responsibility for it."):
        assert not any(s == "not_claimed" for _, s in _stances(_run(text))), text
    # "until now ... has not" is silence still
    text = "A bomb wrecked a post office on Monday. Until now, no group has claimed responsibility for the blast."
    assert ("", "not_claimed") in _stances(_run(text))


def test_the_force_someone_is_handed_over_to_is_no_doer() -> None:
    text = ("Settlers raided the hamlet on Friday and set two cars on fire. They seized a farmer and handed him "
            "over to the occupation army, which released him that night.")
    assert not any(g == "Armed Forces" for g, _ in _stances(_run(text)))
    # troops who kill and then hand the bodies over remain the doers
    text = "Army troops killed five protesters on Friday and handed the bodies over to relatives."
    assert ("Armed Forces", "reported") in _stances(_run(text))


def test_a_post_the_police_call_a_hoax_is_no_claim() -> None:
    text = ("A gunman killed four people at a college on Monday. A group calling itself the Dorvik Liberation Front "
            "claimed the attack in an online post. Police have called the post a hoax.")
    stances = _stances(_run(text))
    assert ("Dorvik Liberation Front", "possible") in stances and ("Dorvik Liberation Front", "claimed") not in stances
    text = ("A gunman killed four people at a college on Monday. A group calling itself the Dorvik Liberation Front "
            "claimed the attack. The FBI said it had no information at this time to indicate it is credible.")
    assert ("Dorvik Liberation Front", "claimed") not in _stances(_run(text))


def test_the_subject_before_a_long_apposition_claims_not_the_group_it_broke_away_from() -> None:
    text = ("A bomb killed 14 people at a market on Friday. A faction calling itself the Kelora Mujahideen "
            "Alliance (KMA), an alliance of fighters that broke away from the Tehreek-e-Taliban Pakistan (TTP), "
            "claimed responsibility in a message posted on Telegram.")
    stances = _stances(_run(text))
    assert ("Kelora Mujahideen Alliance", "claimed") in stances
    assert ("Tehrik-i-Taliban Pakistan", "claimed") not in stances


def test_an_operation_led_by_an_officer_names_no_doer() -> None:
    text = ("Gunmen stormed the hotel on Saturday. The operation to end the siege was led by Colonel Ahmed Farah, "
            "commander of the local forces.")
    assert _stances(_run(text)) == []


def test_police_hunting_the_doers_are_no_doers() -> None:
    # the police's raids and the suspect they shot are their response, not the deed
    result = _run("Gunmen killed nine people at a bar on Saturday. During one of the raids, police shot dead "
                  "a man who they say was one of the gunmen. The attackers were believed to belong to a "
                  "local cell of Los Lobos, a police officer said.")
    assert [g for g, _ in _stances(result)] == ["Los Lobos"]
    assert result.summary.group == "Los Lobos"


def test_a_generic_label_before_a_quoted_name_names_the_group() -> None:
    result = _run('Gunmen killed nine people at a bar. Police arrested six men, presumed members of the '
                  'Grupo de Delincuencia Organizada (GDO) "Los Lobos", in raids on Monday.')
    assert _stances(result) == [("Los Lobos", "suspected")]


def test_a_denying_groups_blame_of_a_rival_is_its_own_word() -> None:
    result = _run("Gunmen killed nine people at a bar. A banner signed by Los Lobos denied the gang's "
                  "involvement and blamed Los Choneros.")
    by = {(s.group, s.stance): s.by for s in result.statements}
    assert by[("Los Choneros", "attributed")] == "Los Lobos"


def test_men_who_say_they_are_members_vowing_revenge_neither_admit_nor_do_the_deed() -> None:
    result = _run("Gunmen killed nine people at a bar. In a video, four armed men who said they were "
                  "members of Los Choneros vowed to avenge the innocent people killed.")
    assert _stances(result) == []


def test_it_said_is_the_body_the_sentence_before_opens_with() -> None:
    result = _run("Border guards of two states clashed on Tuesday, killing four people. Kelora's State Committee for "
                  "National Security (KSC), which oversees the border troops, gave a different account. It said the "
                  "attackers were members of the Pakistani Taliban.")
    (st,) = result.statements
    assert st.by == "Kelora's State Committee for National Security (KSC)"
    # with no body before it, "It" is no speaker
    result = _run("A bomb exploded near a bus station. It said the attackers were members of the Pakistani Taliban.")
    assert [s.by for s in result.statements] == ["the author"]


def test_a_present_tense_deed_inside_a_quotation_is_a_charge_not_a_report() -> None:
    text = ('Gunmen killed nine people at a bar. A banner read: "Los Lobos did not kill families at the bar. '
            'The Choneros kill their own people," it read in part.')
    assert ("Los Choneros", "reported") not in _stances(_run(text))
    # in a headline, the present tense tells the news
    assert _stances(_run("Los Choneros gunmen kill nine in bar")) != []


def test_the_murdered_and_a_generic_label_before_a_bare_name() -> None:
    # "the murdered" is the dead, not a deed of the force named before
    assert _stances(_run("The army shares in the grief of the families of the murdered.")) == []
    result = _run("The base was attacked by members of the Grupo Armado Organizado (GAO) ELN using drones.")
    assert _stances(result) == [("ELN", "reported")]


def test_a_wars_front_is_its_groups_branch() -> None:
    from briefing.groups import find_groups, parent_group

    (g,) = find_groups("The Frente de Guerra Nororiental claimed the attack.")
    assert parent_group(g.canonical) == "ELN"


def test_a_counted_noun_before_a_deed_is_the_people_or_the_dead() -> None:
    # a headline's passive: the dead, no doer
    assert _stances(_run("Five Maoists killed in Bijapur encounter days after ambush")) == []
    # with an object, the people who did it, without their count
    assert _stances(_run("Two Kelorans stabbed and injured a soldier near the junction.")) == [("Kelorans", "reported")]
    # a unit of a group, by its number: "Company No. 2 of the ... PLGA"
    result = _run('Police said the attack was carried out by "around 30 armed cadres" of Company No. 2 of the '
                  "Maoists' People's Liberation Guerrilla Army (PLGA).")
    assert [g for g, _ in _stances(result)] == ["People's Liberation Guerrilla Army"]


def test_a_hospital_admitting_patients_is_no_group_owning_up() -> None:
    result = _run("A man stabbed shoppers at the market. The Hospices Civils de Koro (HCK), the city's hospital "
                  "group, said it had admitted twelve patients in connection with the attack.")
    assert _stances(result) == []


def test_the_police_stopping_the_attacker_are_no_doers() -> None:
    result = _run("A man armed with a knife attacked shoppers at a market on Saturday, killing two people before "
                  "he was shot and seriously wounded by police.")
    assert _stances(result) == []


def test_a_police_force_named_as_the_target_or_the_responder_is_no_doer() -> None:
    # the force ambushed, its men killed, the force joining the hunt
    for text in ("Suspected cartel gunmen ambushed a convoy of Jalisco state police on Monday, killing six officers.",
                 'An official referred to "four elements" of the state police killed in the ambush.',
                 "An operation is under way with the participation of the National Guard to locate those responsible.",
                 "- Government side killed: 4 (three soldiers and one militiaman)"):
        assert _stances(_run(text)) == [], text


def test_a_headline_verb_ambush_and_a_pinned_blame_name_the_doer() -> None:
    assert _stances(_run("NPA rebels ambush army patrol in Samar")) == [("New People's Army", "reported")]
    assert _stances(_run("Police blame the NPA for Saturday's ambush near the river.")) == [("New People's Army", "attributed")]
    got = _run("The army has pinned the attack on the New People's Army, police said.")
    assert ("New People's Army", "attributed") in _stances(got)


def test_a_group_saying_in_a_statement_that_its_fighters_seized_the_place_claims_it() -> None:
    got = _run("The Kawsar Front, a separatist group, said in a statement sent to reporters that its fighters had "
               "taken control of the bus station.")
    assert _stances(got) == [("Kawsar Front", "claimed")]


def test_a_blame_told_of_another_group_s_media_is_that_group_s_word() -> None:
    doc = make_document("A video posted by an account that circulates KLA messaging blamed the Gulf Cartel for the "
                        "ambush.", "t")
    got = extract_attribution(doc, _Scope(), acronyms={"KLA": "Kawsar Liberation Army"})
    assert [(s.group, s.stance, s.by) for s in got.statements] == [("Gulf Cartel", "attributed", "Kawsar Liberation Army")]


def test_a_state_saying_it_carried_out_the_strike_owns_up_to_it() -> None:
    got = _run("The U.S. Central Command said on Thursday it had carried out the strike and killed two militia leaders.")
    assert _stances(got) == [("U.S. military", "admitted")]
    # its police saying they killed the gunman is no strike it owns up to
    assert _stances(_run("Police said they had killed the gunman.")) == []


def test_a_count_of_a_groups_members_killed_names_it_as_the_victim() -> None:
    assert _stances(_run("The statement gave a toll of four PMF members killed and three wounded.")) == []
    assert _stances(_run("Four PMF fighters killed five soldiers.")) == [("Popular Mobilization Forces", "reported")]


def test_a_deed_in_the_future_tense_names_no_doer() -> None:
    assert _stances(_run("Her name will be released by the county medical examiner's office.")) == []


def test_a_force_committed_to_security_does_no_deed_and_an_opportunistic_claim_is_a_possibility() -> None:
    assert _stances(_run("He said the navy remains committed to ensuring a safe maritime environment.")) == []
    got = _run("Gunmen attacked two trawlers on Tuesday, killing three crewmen. The Coast Liberation Army said in a "
               "statement posted on Facebook on Wednesday that its \"sea commandos\" had attacked the boats. "
               "The claim is opportunistic, analysts said.")
    assert ("Coast Liberation Army", "possible") in _stances(got)


def test_crowd_control_and_clearing_bunkers_are_no_deeds_of_the_attack() -> None:
    assert _stances(_run("Security forces fired tear gas shells to disperse a crowd.")) == []
    assert _stances(_run("Security forces also destroyed 03 (three) illegal bunkers in the area.")) == []


def test_a_wires_version_note_and_an_expectation_name_no_doer() -> None:
    assert _stances(_run("(Adds second death, air strike by the Israeli military in southern Lebanon)")) == []
    assert [s for _, s in _stances(_run("Expect further IDF strikes on sites it links to the launches."))] == ["possible"]


def test_the_leader_of_a_named_coalition_claiming_is_the_coalitions_claim() -> None:
    got = _run("A video shows a man identified as the leader of the Kalfou Inite coalition, who claims responsibility "
               "for the attack on the prison.")
    assert _stances(got) == [("Kalfou Inite coalition", "claimed")]


def test_a_deed_told_under_a_doubt_attributes_nothing() -> None:
    got = _run("We consider it unlikely that the attack was directed or inspired in any organised way by the Islamic State.")
    assert [s for _, s in _stances(got)] in ([], ["possible"])
    assert _stances(_run("Police said it was likely that the attack was carried out by the Shining Path.")) == [
        ("Shining Path", "suspected")]


def test_an_involvement_told_without_evidence_attributes_nothing_and_congo_groups_are_known() -> None:
    assert _stances(_run("He did not provide evidence for the involvement of the M23 rebel coalition.")) == []
    assert _stances(_run("The raid had been carried out by CODECO militiamen, the army said.")) == [("CODECO", "attributed")]


def test_a_claim_the_reports_call_dismissed_is_only_a_possibility() -> None:
    text = ("Gunmen abducted 80 pupils from a school on Thursday. A video posted by a channel linked to the jihadist "
            "faction Jama'at Fursan al-Hijra, claiming responsibility for the abduction, has been widely dismissed.")
    stances = _stances(_run(text))
    assert ("Jama'at Fursan al-Hijra", "possible") in stances
    assert ("Jama'at Fursan al-Hijra", "claimed") not in stances
    assert ("Jama'at Fursan al-Hijra", "claimed") in _stances(_run(text.replace(", has been widely dismissed", "")))


def test_a_government_counting_or_regretting_confusion_does_no_deed() -> None:
    text = ("Gunmen abducted 80 pupils from a school on Thursday. The state government now puts the number "
            "abducted at 187. The Government regrets any confusion this may have caused.")
    assert not [g for g, _ in _stances(_run(text)) if g == "Government"]


def test_dismissing_another_groups_claim_leaves_the_first_claim_standing() -> None:
    text = ("A missile hit a cargo ship on Tuesday, killing three sailors. The Coastal Movement claimed the attack "
            "within hours. A second claim, posted by a group calling itself the Strait Brigades, was dismissed by "
            "Western officials.")
    stances = _stances(_run(text))
    assert ("Coastal Movement", "claimed") in stances and ("Coastal Movement", "possible") not in stances


def test_a_group_saying_in_its_own_words_it_has_nothing_to_do_with_the_attack_denies_it() -> None:
    text = ("Arsonists set fire to the shelter on Sunday. The group Nordic Vigil organised a march in August. "
            "Its leader posted: \"Nordic Vigil has nothing to do with what happened in the town.\"")
    assert ("Nordic Vigil", "denied") in _stances(_run(text))
    # not a speaker's remark about something else, far from the group's name
    text = ("Arsonists set fire to the shelter on Sunday. The group Nordic Vigil organised a march in August, and "
            "police said the march has nothing to do with the fire.")
    assert ("Nordic Vigil", "denied") not in _stances(_run(text))


def test_a_groups_spokesman_speaks_for_it_and_a_force_joining_a_mission_does_no_deed() -> None:
    text = ("Gunmen attacked the UN camp on Saturday. The Kivu Front's spokesman, Jean Moussa, denied any involvement. "
            "The Zambia Army has participated in the UN mission since 2015.")
    stances = _stances(_run(text))
    assert ("Kivu Front", "denied") in stances
    assert not [s for s in stances if s[0] in ("Jean Moussa", "Armed Forces")]


def test_a_feud_between_two_groups_is_no_deed_of_either() -> None:
    text = ("Gunmen killed the candidate on Friday. The dispute between the Gulf Cartel and Los Zetas has killed more "
            "than 40 people in the area since 2023.")
    assert _stances(_run(text)) == []


def test_blaming_a_governments_policy_names_no_doer() -> None:
    text = ("A van ploughed into the market on Saturday, killing two. A politician called it terror and blamed the "
            "government's migration policy.")
    assert _stances(_run(text)) == []
    text = text.replace("the government's migration policy", "the Nordic Front's militants for the attack")
    assert ("Nordic Front", "attributed") in _stances(_run(text))


def test_a_countrys_weapon_striking_is_its_deed() -> None:
    assert ("Russian military", "reported") in _stances(_run(
        "A Russian drone tore through a nine-storey apartment block on Tuesday, killing nine people."))
    assert ("Russian military", "reported") in _stances(_run(
        "Fourteen people are dead after a Russian attack drone hit the building on Tuesday."))
    # a group's name before "hit back" is no country's weapon
    assert _stances(_run("A bomb hit the market on Tuesday, killing nine people. The Taliban hit back at critics.")) == []


def test_a_wire_agencys_credit_acronym_is_no_group_named_in_the_story() -> None:
    from briefing.extract import extract_document
    from briefing.reconcile import group_voice

    # "NPA" is also the New People's Army's acronym; here it is the agency that wrote the story
    text = ("NPA NORTHERN PRESS AGENCY - WORLD SERVICE\n\nMan kills one in station knife attack\n\n"
            "LINDEN, Germany, March 3 (NPA) - A man with a knife killed a woman at the main station on "
            "Tuesday, police said. He was arrested.\n\nNPA 2026-03-03 19:02 CET")
    found = extract_document(text, "wire", "2026-03-03")
    assert found.attribution.group is None
    assert group_voice("NPA") is None
    # the group named in the story itself still counts
    named = extract_document(text.replace("A man with a knife", "Fighters of the New People's Army"),
                             "wire", "2026-03-03")
    assert named.attribution.group == "New People's Army"


def test_blaming_a_force_for_a_circumstance_names_no_doer() -> None:
    text = ("A drone dropped charges on the base on Sunday, killing a girl. The rebels' statement blames the army "
            "for the location of the base beside a school.")
    assert ("Armed Forces", "attributed") not in _stances(_run(text))
    text = text.replace("for the location of the base beside a school", "for the attack")
    assert ("Armed Forces", "attributed") in _stances(_run(text))


def test_a_spanish_front_is_a_group_named_with_or_without_quotes() -> None:
    text = ('A drone attack hit the base on Sunday. On Tuesday the Frente "Rosa Blanca" published a communiqué '
            'claiming responsibility for the attack.')
    assert ("Frente Rosa Blanca", "claimed") in _stances(_run(text))
    text = "A drone attack hit the base on Sunday. The army blamed the Frente Rosa Blanca, a dissident faction."
    assert ("Frente Rosa Blanca", "attributed") in _stances(_run(text))


def test_a_helper_or_an_umbrella_in_an_aside_is_not_the_doer() -> None:
    text = ("On Saturday, armed men belonging to the Karvo Noir gang, acting within the coalition known as "
            "\"Tet Ansanm\" and with the support of elements of the Sanfo gang, attacked the town.")
    assert ("Karvo Noir gang", "reported") in _stances(_run(text))
    assert ("Sanfo gang", "reported") not in _stances(_run(text))


def test_a_leaders_claim_is_the_claim_of_the_group_he_leads() -> None:
    text = ("A gang stormed the market town on Saturday. A video showed Jean-Paul Mirac, known as \"Ti Kok\", the "
            "leader of the Karvo Noir gang, standing before burning houses. Ti Kok claimed responsibility for "
            "the attack.")
    assert ("Karvo Noir gang", "claimed") in _stances(_run(text))
    assert not any(group == "Ti Kok" for group, _ in _stances(_run(text)))


def test_a_ruling_movements_ministry_is_an_authority_not_the_group() -> None:
    text = "A suicide bomber struck the ministry gate on Wednesday. * Taliban interior ministry says two civilians killed"
    assert _stances(_run(text)) == []
    assert ("Taliban", "reported") in _stances(_run("Taliban fighters attacked the checkpoint on Wednesday."))


def test_the_agent_of_a_verb_of_counting_is_no_doer_of_the_deed_before_it() -> None:
    text = ("A gunman opened fire in a nightclub early on Saturday. It was not clear whether all of them had been "
            "shot, or whether the hospital's figure included people counted by police.")
    assert _stances(_run(text)) == []
    assert ("FARC", "reported") in _stances(_run("Two soldiers were shot dead by FARC rebels on Monday."))


def test_an_operation_to_find_the_doers_is_no_deed_of_the_force_carrying_it_out() -> None:
    text = ("Gunmen attacked a bar on Saturday night. A security operation involving 120 police officers, supported "
            "by the Armed Forces, is being carried out in the Tarqui and Los Esteros parishes of the city to locate the other participants.")
    assert _stances(_run(text)) == []
    assert ("Armed Forces", "reported") in _stances(_run(
        "The Armed Forces carried out an air strike on the village on Saturday, killing nine."))


def test_the_attackers_recognised_or_named_as_a_groups_men_is_an_attribution() -> None:
    assert ("CODECO", "attributed") in _stances(_run(
        "Gunmen raided the camp on Sunday night, killing 26. Survivors had recognised the attackers as CODECO "
        "fighters, some of whom wore white headbands."))
    assert ("CODECO", "attributed") in _stances(_run(
        "Gunmen raided the camp on Sunday night, killing 26. \"These are CODECO terrorists,\" the army said."))
    assert _stances(_run("Gunmen raided the camp on Sunday night, killing 26. They were farmers from the valley.")) == []


def test_what_a_spokesman_first_said_of_the_doers_is_an_earlier_suspicion() -> None:
    text = 'A bomb hit the train on Tuesday. The spokesman first said the attack "bore the hallmarks of the Gul Zaman faction".'
    assert _stances(_run(text)) == [("Gul Zaman", "withdrawn")]
    assert _stances(_run(text.replace("first said", "said"))) == [("Gul Zaman", "suspected")]


def test_the_object_of_a_blame_stops_at_a_second_verb_of_saying() -> None:
    result = _run("Gunmen attacked a school on Monday, killing seven pupils.\n"
                  'He blamed "Amba terrorists" and said troops had been deployed to find the children.')
    assert [(s.group, s.stance) for s in result.statements] == [("Ambazonian separatists", "attributed")]


def test_a_movement_that_denies_its_fighters_role_and_blames_the_army_speaks_for_itself() -> None:
    result = _run("Gunmen attacked a school on Monday, killing seven pupils.\n"
                  "Ada Nkem, spokeswoman for the Southern Liberation Council, denied that separatist fighters were involved.\n"
                  '"This is the work of the occupation army," she said in a statement.')
    got = {(s.group, s.stance, s.by) for s in result.statements}
    assert ("Southern Liberation Council", "denied", "the group") in got
    assert ("Armed Forces", "attributed", "Southern Liberation Council") in got


def test_a_group_described_in_a_relative_clause_is_no_speaker() -> None:
    result = _run("Gunmen attacked a school on Monday, killing seven pupils.\n"
                  "Residents blamed separatist fighters, known locally as 'Amba boys', who had announced a lockdown.")
    (st,) = result.statements
    assert st.group == "Ambazonian separatists" and "Amba" not in st.by


def test_an_acronym_the_report_spells_as_another_armed_body_is_that_body() -> None:
    # (EMC is also the gazetteer's Colombian Estado Mayor Central)
    result = _run("A car bomb killed nine people in the market on Thursday.\n"
                  "The ministry accused the Euphrates Military Council (EMC) of the bombing. The EMC denied any role.")
    assert {s.group for s in result.statements} == {"Euphrates Military Council"}


def test_a_groups_own_statement_blaming_the_army_is_the_groups_word() -> None:
    text = ("RAPID SUPPORT FORCES - OFFICIAL SPOKESMAN\nStatement No. (14)\n\n"
            "Our forces cleared the camp of enemy remnants on Saturday.\n"
            "The civilian casualties in the camp were caused by the bombardment carried out by the army's drones.")
    result = _run(text)
    blames = [s for s in result.statements if s.group == "Armed Forces"]
    assert blames and all(s.by == "Rapid Support Forces" and s.stance == "attributed" for s in blames)


def test_attackers_presumed_to_belong_to_a_group_are_suspected_of_it() -> None:
    result = _run("Gunmen ambushed a UN convoy on Tuesday, killing three peacekeepers.\n"
                  "Preliminary information indicates that the attackers are elements presumed to belong to the "
                  "Union pour la Résistance de l'Est (URE).")
    assert [(s.group, s.stance) for s in result.statements] == [("Union pour la Résistance de l'Est", "suspected")]


def test_a_blame_without_evidence_is_hedged() -> None:
    result = _run("Gunmen ambushed a UN convoy on Tuesday, killing three peacekeepers.\n"
                  "The government has blamed the Popular Liberation Front without giving evidence.")
    (st,) = result.statements
    assert st.stance == "suspected" and any("evidence" in h for h in st.hedges)


def test_breaking_into_a_place_is_a_deed() -> None:
    from briefing.attribution import extract_attribution
    from briefing.incidents import assign_incidents
    from briefing.text import make_document

    doc = make_document("Members of the Kora Hawks gang broke into pavilion 4 of the prison on Saturday, killing 13 "
                        "inmates.", "t", "2026-03-15")
    said = extract_attribution(doc, assign_incidents(doc))
    assert said.summary.group is not None and "Kora Hawks" in said.summary.group
    # what breaks into pieces is no doer
    wreck = make_document("According to police, the Kora Hawks plane broke into six pieces on Saturday.", "w", "2026-03-15")
    assert extract_attribution(wreck, assign_incidents(wreck)).summary.group is None


def test_a_groups_outlet_that_published_nothing_has_not_claimed() -> None:
    from briefing.attribution import extract_attribution
    from briefing.incidents import assign_incidents
    from briefing.text import make_document

    def said(text: str):
        doc = make_document(text, "t", "2025-12-16")
        return extract_attribution(doc, assign_incidents(doc))

    silent = said("A man drove a van into a market in Linz, killing four. Islamic State's Amaq news agency had "
                  "published nothing by Tuesday.")
    assert [s.stance for s in silent.statements if s.group == "Islamic State"] == ["not_claimed"]
    # a group's habit ("quick to claim attacks in Europe") is no claim of this one
    habit = said("A man drove a van into a market in Linz, killing four. Islamic State, which has been quick to "
                 "claim attacks in Europe, said nothing.")
    assert not any(s.stance in ("claimed", "reported") for s in habit.statements if s.group == "Islamic State")


def test_who_uses_a_word_is_not_who_is_blamed() -> None:
    result = _run("A bomb tore through a coach on Tuesday, killing 14 people.\n"
                  "Federal officials said the bombing was the work of \"foreign-sponsored proxies\", a term the "
                  "government uses for separatist groups.")
    from briefing.groups import group_kind

    assert not any(group_kind(s.group) == "state" for s in result.statements if s.group and s.stance == "attributed")


def test_police_ending_a_siege_or_whose_fire_hit_no_one_are_no_doers() -> None:
    from briefing.groups import group_kind

    result = _run("Police special forces stormed a bank branch on Thursday, ending a nearly 11-hour standoff with "
                  "armed robbers.\n\"Not one hostage was hit by police fire,\" the commander said.\n"
                  "The commander said the six men who took part in the assault on the bank belong to Los Halcones "
                  "del Sur, a gang.")
    assert not any(group_kind(s.group) == "state" for s in result.statements if s.group and s.stance == "reported")
    assert any(s.group == "Halcones del Sur" for s in result.statements)


@pytest.mark.parametrize("text", [
    "A statement posted on an online channel attributed to the Kora Brigade is being examined by investigators.",
    "Police are studying a video attributed to the Kora Brigade.",
])
def test_a_channel_or_statement_attributed_to_a_group_is_no_blame(text: str) -> None:
    # "attributed to" tells whose channel or words they are said to be, not who did the attack
    assert not [s for s in _run(text).statements if s.stance in ("attributed", ACCUSED, ACCUSED_BY_AUTHORITIES)]
    assert _stances(_run("Police attributed the bombing to the Kora Brigade."))[0][1] != "possible"


@pytest.mark.parametrize("doubt", [
    "A claim posted by a channel associated with the Islamic State has been treated with scepticism by investigators.",
    "He acted alone, and the Islamic State claim is very probably opportunistic.",
])
def test_a_claim_the_report_doubts_names_its_group_only_as_a_possibility(doubt: str) -> None:
    text = "A man stabbed four people at the fair on Sunday. He was arrested at the scene. " + doubt
    summary = _run(text).summary
    assert summary.group == "Islamic State" and summary.confidence == POSSIBLE


def test_a_group_named_as_the_one_a_channel_supports_is_no_suspect() -> None:
    text = ("A man drove into a crowd on Saturday, killing two people. A post on a Telegram channel that supports "
            "the so-called Islamic State praised the attacker.")
    assert _run(text).summary.group is None
    # figures "reported by some media did not come from the police": the police are no doers
    text = ("A gunman shot four people in a club on Saturday. Initial figures reported by some media did not "
            "come from the police.")
    assert not [s for s in _run(text).statements if s.stance == "reported"]


def test_the_police_who_shoot_the_gunman_dead_in_a_headline_are_no_doers() -> None:
    assert _run("UPDATE 2-Gunman kills six at Kora nightclub before police shoot him dead").summary.group is None


def test_a_police_unit_named_by_its_task_is_a_state_force_and_police_fire_on_hostages_names_no_doer() -> None:
    from briefing.groups import group_kind

    assert group_kind("Special Operations Group") == "state" and group_kind("Crisis Management Group") == "state"
    assert group_kind("Kora Liberation Group") == "group"
    text = "Gunmen held 20 hostages in a bank in Kora. A later inquiry found that two hostages had been hit by police bullets."
    assert not [s for s in _run(text).statements if s.group == "National Police"]


def test_a_speaker_who_declines_to_say_who_did_it_names_no_one() -> None:
    text = "A grenade killed four people at a bar in Kora. He declined to say who police believed was behind the attack."
    assert not [s for s in _run(text).statements if s.stance not in ("not_claimed", "denied")]


def test_a_search_launched_by_the_police_names_no_doer() -> None:
    text = ("Gunmen fired on a bus on Sunday, killing seven passengers.\n"
            "A search operation has been launched by four teams of the state police and the army.")
    assert _stances(_run(text)) == []


def test_a_patron_named_by_the_police_wins_over_the_police_who_speak() -> None:
    # "affiliated with X" names a patron, passed over for another group, not for the state force
    # that says it; the time that opens the speaker's clause is no part of the speaker
    text = ("Gunmen fired on a bus on Sunday, killing seven passengers.\n"
            "On Monday the police said the attackers were suspected militants affiliated with "
            "Lashkar-e-Taiba, based on spent cartridges.")
    (s,) = _run(text).statements
    assert (s.group, s.stance, s.by) == ("Lashkar-e-Taiba", "suspected", "the police")


def test_a_politician_who_blames_is_the_speaker_not_the_author() -> None:
    text = ("Gunmen fired on a bus on Sunday, killing seven passengers.\n"
            "Local lawmaker Ram Dass, who visited the site, blamed Lashkar-e-Taiba.")
    (s,) = _run(text).statements
    assert (s.group, s.stance, s.by) == ("Lashkar-e-Taiba", "attributed", "Local lawmaker Ram Dass")


def test_a_vigil_organised_by_a_group_names_no_doer() -> None:
    text = ("A man stabbed three worshippers on Sunday.\n"
            "Hundreds gathered for a candlelit vigil organised by Churches Together in the town.")
    assert _stances(_run(text)) == []


def test_the_group_that_claimed_it_named_in_apposition_after_is_that_group() -> None:
    text = ("Rockets hit the depot on Sunday, wounding two guards of the Kurdish Defence Units.\n"
            "The Kurdish Defence Units said the guards were hurt.\n"
            "The group that claimed the attack, Liwa Thar al-Sahra, was unknown before January.")
    claims = [(s.group, s.stance) for s in _run(text).statements if s.stance == "claimed"]
    assert claims == [("Liwa Thar al-Sahra", "claimed")]


def test_a_group_named_among_the_victims_is_no_fallback_perpetrator() -> None:
    text = ("Rockets hit the depot on Sunday. The rockets wounded three SDF guards.\n"
            "Nothing was said of SDF numbers beyond that.")
    assert _run(text).summary.group is None


def test_a_pronoun_after_and_is_the_subject_of_the_deed_not_the_force_before_it() -> None:
    text = ("A man set fire to the chapel on Friday.\n"
            "\"Then the police car arrived and he shot at the police,\" a witness said.")
    assert _stances(_run(text)) == []


def test_a_state_force_named_as_subject_blames_and_deniers_past_a_semicolon_do_not() -> None:
    text = ("Armed men attacked the Kelo camp on Tuesday night.\n"
            "FARDC attribute the attack to M23; M23 and the FDLR have both publicly denied involvement.")
    blamed = [(s.group, s.by) for s in _run(text).statements if s.stance == "attributed"]
    assert blamed == [("M23", "FARDC")]


def test_a_speaker_in_the_cues_own_clause_after_a_semicolon_stands() -> None:
    text = ("A bomb went off at a market on Monday.\n"
            "* No claim of responsibility; police say insurgents of the Kelo Front suspected")
    by = {s.by for s in _run(text).statements if s.stance == "suspected"}
    assert by and all("police" in b for b in by)


def test_a_question_of_command_does_not_weaken_who_did_it() -> None:
    result = _run("We assess that the attack was very likely carried out by the Kelo Hunters Militia, although "
                  "it remains unclear whether the group's leadership ordered it.")
    assert ("Kelo Hunters Militia", "suspected") in _stances(result)
    assert ("Kelo Hunters Militia", "possible") in _stances(_run(
        "It remains unclear whether the Kelo Hunters Militia carried out the attack."))


@pytest.mark.parametrize("subject, by", [
    ("A farmers' association, Kelo Pulaaku,", "Kelo Pulaaku"),
    ("Local residents", "Local residents"),
    ("A rights group", "rights group"),
])
def test_a_civil_society_subject_that_blames_is_the_speaker(subject: str, by: str) -> None:
    result = _run(f"{subject} blamed the attack on the Kelo Hunters Militia.")
    assert [(s.group, s.by) for s in result.statements] == [("Kelo Hunters Militia", by)]


def test_the_noun_of_a_passive_blame_is_no_speaker() -> None:
    result = _run("The bombing blamed on the Kelo Hunters Militia killed five people.")
    assert all(s.by == "the author" for s in result.statements)
    result = _run("Gunmen suspected to be members of the Kelo Hunters Militia attacked the village.")
    assert all(s.by != "Gunmen" for s in result.statements)


def test_a_blame_the_next_sentence_says_rests_on_nothing_is_unconfirmed() -> None:
    result = _run("Senator Ade Bello blamed the attack on the Kelo Hunters Militia. He did not give evidence.")
    (statement,) = result.statements
    assert "no evidence given" in statement.hedges


def test_a_repeated_accusation_of_a_pattern_is_only_a_possibility() -> None:
    result = _run("Rights groups have repeatedly accused the Kelo Hunters Militia of killing civilians.")
    assert [s.stance for s in result.statements] == ["possible"]


def test_a_local_name_glossed_as_another_groups_stands_for_it() -> None:
    result = _run("Residents blamed al-Shabaab, as the Islamic State Mozambique Province fighters are known locally.")
    assert [s.group for s in result.statements] == ["Islamic State – Mozambique Province"]


def test_a_participles_clause_and_a_relative_pronoun_are_no_speakers() -> None:
    from briefing.attribution import speaker_of

    found = speaker_of("Divers recovered a body on Monday, raising the confirmed death toll to four, the ship's "
                       "manager said.")
    assert found is not None and found.by == "ship's manager"
    found = speaker_of("The strikes on the port, which the Houthi-run health ministry says killed nine, were a response.")
    assert found is not None and found.by == "Houthi-run health ministry"


def test_a_body_told_with_its_seat_in_an_aside_is_the_accuser() -> None:
    result = _run("Yemen's exiled government, based in Aden, blamed the Kelo Hunters Militia.")
    assert [s.by for s in result.statements] == ["Yemen's exiled government"]


def test_a_groups_statement_that_speaks_is_the_groups_word() -> None:
    from briefing.attribution import speaker_of, _Mention

    sentence = "The statement said five JNIM fighters had been martyred."
    at = sentence.find("JNIM")
    found = speaker_of(sentence, [_Mention("Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", at, at + 4, True)])
    assert found is not None and found.kind == "group"
    found = speaker_of("We treat six soldiers as held by the group, with four of them confirmed by video.")
    assert found is None or not found.by.startswith("with")


def test_an_assessment_that_ends_on_responsible_attributes() -> None:
    assert ("Kelo Hunters Militia", "attributed") in _stances(_run(
        "We assess that the Kelo Hunters Militia was almost certainly responsible."))
    assert _stances(_run("A commission will determine who is responsible.")) == []


def test_neither_produced_evidence_weakens_the_blames_before_it() -> None:
    result = _run("The governor blamed the Kelo Hunters Militia. Neither produced evidence.")
    (statement,) = result.statements
    assert "no evidence given" in statement.hedges


@pytest.mark.parametrize("text, by", [
    ("The army's 6th Division, which has held the city through a year of siege, blamed the Kelo Hunters Militia.",
     "army's 6th Division"),
    ("The Kelo Physicians' Forum, a doctors' group, blamed the Kelo Hunters Militia.", "Kelo Physicians' Forum"),
    ("The police and the Kelo Physicians' Forum both blamed the Kelo Hunters Militia.", "Kelo Physicians' Forum"),
])
def test_the_accuser_is_found_past_a_relative_clause_an_apposition_or_both(text: str, by: str) -> None:
    assert [s.by for s in _run(text).statements] == [by]


def test_a_commands_area_of_responsibility_is_no_blame() -> None:
    result = _run("General Ruiz, commander of the army's task force, which is responsible for Catatumbo, spoke on Friday.")
    assert all(s.stance != "attributed" for s in result.statements)


def test_a_briefs_assessment_line_names_its_suspect() -> None:
    result = _run("Assessment: ISWAP likely; JAS involvement in the mast attacks cannot be excluded.")
    assert ("Islamic State – West Africa Province", "suspected") in _stances(result)
    assert ("Boko Haram", "attributed") not in _stances(result)


def test_an_acronym_in_brackets_does_not_cut_a_speakers_title() -> None:
    from briefing.attribution import speaker_of

    found = speaker_of("Colonel Ake Dara, a spokesman for the Southern Security Command (SSC) Region 4, said the "
                       "ambush bore the hallmarks of the Kelo Front.")
    assert found is not None and found.name == "Colonel Ake Dara" and found.kind != "group"


def test_a_force_that_believes_a_cell_was_responsible_is_not_blamed() -> None:
    result = _run('By Wednesday he said the army "believes" a local cell was responsible.')
    assert all(s.group != "Armed Forces" for s in result.statements)


def test_a_standing_accusation_is_only_a_possibility() -> None:
    result = _run("Rights groups have long accused the Kelo Hunters Militia of summary executions during such raids.")
    assert [s.stance for s in result.statements] == ["possible"]


def test_a_relative_clause_of_an_apposition_is_no_speaker() -> None:
    from briefing.attribution import speaker_of

    found = speaker_of("The Kelo Front, an armed group drawn from the hill communities that says it guards villages, "
                       "accused the Tamba Volunteers of the attack.")
    assert found is None or not found.by.endswith("that")


def test_a_splinter_claims_not_the_group_it_split_from() -> None:
    result = _run("A little-known splinter group of the Pakistani Taliban claimed the attack.")
    assert ("Tehrik-i-Taliban Pakistan", "claimed") not in _stances(result)
    # a wing or a branch is still the group's own
    assert ("Hamas", "claimed") in _stances(_run("The military wing of Hamas claimed responsibility for the attack."))


def test_a_group_that_issued_its_claim_on_a_channel_claims() -> None:
    result = _run("The Kelo Front issued its claim in Pashto at around 9am on Wednesday, on its Telegram channel.")
    assert ("Kelo Front", "claimed") in _stances(result)


def test_the_user_of_a_term_is_not_blamed_whatever_the_cue() -> None:
    result = _run("Pakistan's Interior Ministry said in a statement that the attack was carried out by \"khwarij "
                  'operating from Afghan soil," a term the government uses for the TTP.')
    assert all(s.group != "Government" for s in result.statements)


def test_a_force_that_hits_the_cell_responsible_names_the_cell_not_itself() -> None:
    result = _run("Units of the Syrian Democratic Forces, with the support of the International Coalition, killed "
                  "three members of the Daesh cell responsible for Saturday's attack on the checkpoint, the SDF said.")
    stances = _stances(result)
    assert ("Syrian Democratic Forces", "claimed") not in stances
    assert all(s.group != "International Coalition" for s in result.statements)
    assert result.summary.group == "Islamic State"


def test_a_speaker_telling_what_captured_men_confessed_admits_nothing() -> None:
    result = _run("Gunmen attacked the checkpoint on Saturday. The SDF also says the two men captured on Sunday "
                  "confessed to taking part.")
    assert ("Syrian Democratic Forces", "admitted") not in _stances(result)
    # (a group that itself confesses still admits)
    assert ("Kelo Front", "admitted") in _stances(_run("The Kelo Front confessed to the attack on the checkpoint."))


def test_the_force_that_shot_the_attackers_is_not_their_group() -> None:
    result = _run("Police said they had no evidence of deaths beyond the two gunmen shot by the Kelo Mobile Unit.")
    assert all(s.group != "Kelo Mobile Unit" for s in result.statements)


def test_a_by_of_telling_inside_an_aside_is_no_doer() -> None:
    result = _run("A woman wounded in the attack died on Tuesday (hospital source, confirmed by Tarvo CC office).")
    assert all(s.group != "Tarvo CC" for s in result.statements)


def test_a_defending_force_telling_of_the_attack_on_it_is_not_its_doer() -> None:
    result = _run("Gunmen attacked an SDF checkpoint overnight. SDF spokesman Kawa Ali said the search for other "
                  "members of the cell was continuing, as the SDF believes not all those who took part in the attack "
                  "have been accounted for.")
    assert all(s.group != "Syrian Democratic Forces" for s in result.statements)


def test_counted_people_before_a_deed_verb_are_its_victims_not_its_doers() -> None:
    result = _run("The final picture, as confirmed by police by Friday evening, is this: eight passengers stabbed or "
                  "slashed, two of them seriously.")
    assert all(s.group != "National Police" for s in result.statements)


def test_people_taken_out_to_safety_by_a_force_are_no_deed_of_it() -> None:
    text = ("Robbers took 11 hostages in the bank. Two bank employees who had hidden in the strongroom were taken "
            "out through a rear window by BOPE officers.")
    result = extract_attribution(make_document(text, "t"), _Scope(None), acronyms={"BOPE": "Special Operations Battalion"})
    assert all(s.group != "Special Operations Battalion" for s in result.statements)


def test_a_claim_taken_back_is_a_denial() -> None:
    assert ("Kelo Front", "denied") in _stances(_run("The Kelo Front retracts claim after outrage over the dead pilgrims."))
    assert ("Kelo Front", "denied") in _stances(_run("\"The Kelo Front has no connection with the Tarvo incident.\""))
    result = _run("The Kelo Front, which had claimed the attack on Telegram within hours of the blast, on Friday "
                  "posted a clarification denying any involvement.")
    assert ("Kelo Front", "claimed") not in _stances(result) and ("Kelo Front", "denied") in _stances(result)


def test_an_officer_who_shot_the_attacker_and_a_speakers_own_force_are_no_doers() -> None:
    result = _run("He was shot once in the shoulder by the school resource officer, Deputy Marisol Vance, at about "
                  "8:55 a.m. Our Provincial Gendarmerie Command has launched an extensive operation to capture the "
                  "suspects.")
    assert result.statements == []


def test_an_agent_described_as_a_guard_who_returned_fire_is_no_doer() -> None:
    result = _run("Witnesses said he was shot by Mehmet Ali Kara, a village guard who was a guest at the wedding and "
                  "who returned fire with his service rifle.")
    assert result.statements == []


def test_a_force_named_inside_a_relative_clause_is_not_the_doer_after_it() -> None:
    result = _run("The mob, which police estimated at 40 to 50 people, also set the pickup van on fire.")
    assert result.statements == []


def test_a_claimants_denial_of_a_link_is_no_denial_of_the_attack() -> None:
    result = _run("The Kelo Front claimed the ambush within hours. Officials said Tarvo fighters took part. "
                  "The Kelo Front denies any link.")
    assert ("Kelo Front", "denied") not in _stances(result)
    later = _run("The Kelo Front claimed the ambush within hours. The Kelo Front later denied any link to the attack.")
    assert ("Kelo Front", "denied") in _stances(later)


def test_the_source_of_figures_after_an_attribution_is_not_the_group_blamed() -> None:
    result = _run("Since January, 18 police officers have been killed in attacks attributed to the plan, according "
                  "to figures from the National Police.")
    assert all(s.group != "National Police" for s in result.statements)


def test_a_relative_clause_with_a_time_speaks_for_its_head() -> None:
    result = _run("The mayor of Tarvo, Yolanda Berrio, who on Saturday had said she was not ruling out the "
                  "involvement of the Kelo Front, said on Sunday that the Tarvo Front was behind the attack.")
    assert {s.by for s in result.statements} == {"Yolanda Berrio"}


def test_a_group_after_the_verb_that_follows_a_by_is_not_its_agent() -> None:
    result = _run("The two police constables injured by brickbats were treated separately at the Kora Police Lines "
                  "hospital, police said.")
    assert result.statements == []


def test_a_passive_of_its_own_after_a_by_still_names_the_agent() -> None:
    result = _run("Two soldiers were wounded in an explosion caused by a bomb that was placed by Islamic State "
                  "militants near the dam.")
    assert ("Islamic State", "reported") in _stances(result)


def test_a_force_that_holds_the_ground_merely_named_is_no_fallback_doer() -> None:
    result = _run("A mob set fire to the temple on Friday. Joint forces detained 23 people in overnight drives.")
    assert result.summary.group is None


def test_counted_police_or_troops_before_a_deed_verb_are_its_victims() -> None:
    result = _run("The ministry's first statement spoke of two police killed and four wounded at the Kelo checkpoint.")
    assert all(s.group != "National Police" for s in result.statements)


def test_a_body_condemning_an_attack_with_joined_adjectives_is_not_its_doer() -> None:
    result = _run("The Kelo Tribal Council strongly condemns the barbaric and pre-planned attack on Dorvik village by "
                  "militants of the Kangleipak Sana Army.")
    assert [s.group for s in result.statements] == ["Kangleipak Sana Army"]


def test_a_claim_of_responsibility_published_or_carried_by_a_channel_is_a_claim() -> None:
    for text in ("Late on Monday, Islamic State's Amaq news agency published a claim of responsibility.",
                 "The Islamic State claim, carried by Amaq on Monday night, described four soldiers of the Caliphate."):
        assert ("Islamic State", "claimed") in _stances(_run(text)), text


def test_the_force_that_stopped_the_attacker_or_carried_the_wounded_is_not_the_doer() -> None:
    for text in ("A man drove a van into the market crowd on Friday and attacked people with a knife before being "
                 "shot by police, killing at least three people, authorities said.",
                 "A man, who according to reports was injured during the confrontation, was evacuated by the "
                 "Palestinian Red Crescent after the clashes.",
                 "Police carried out searches at four addresses in Kelo overnight."):
        assert _run(text).statements == [], text


def test_a_force_named_as_the_doers_cover_is_not_the_doer() -> None:
    result = _run("The ministry blamed \"settlers' gunfire under the protection of the occupation army.\"")
    assert all(s.group != "Armed Forces" for s in result.statements)


def test_a_lower_case_syndicate_after_a_persons_name_is_a_group_and_a_capitalised_one_an_organisation() -> None:
    result = _run("Preliminary investigation suggests that the attackers are members of the Kachalla Bako Maidawa "
                  "syndicate operating around the forest.")
    assert [s.group for s in result.statements] == ["Kachalla Bako Maidawa syndicate"]
    assert _run("The Kelo Journalists Syndicate said he was the second journalist killed this year.").statements == []


def test_a_body_ordered_dissolved_or_silent_on_the_attack_is_not_its_doer() -> None:
    for text in ("Mali's military-led government has not commented on Saturday's attack.",
                 "The Kelo militia was ordered dissolved by the government after the 2019 massacre."):
        assert all(s.group != "Government" for s in _run(text).statements), text


def test_an_official_by_title_and_a_school_named_like_a_group_are_no_doers() -> None:
    text = ("A 16-year-old student shot dead four people at the school on Thursday. Below is the statement released "
            "this afternoon by District Attorney Helen Marsh.")
    assert _stances(_run(text)) == []
    text = ("Police arrested the father of the teenager accused of last week's shooting at Harlow Union High School.")
    assert not any("Union" in g for g, _ in _stances(_run(text)))


def test_a_group_that_has_neither_claimed_the_attack_has_not_claimed_it() -> None:
    text = ("A car bomb killed 15 people at a checkpoint. The Islamic State, whose few fighters are concentrated in the "
            "mountains of the far north-east, has neither claimed the attack nor shown the capacity for it.")
    assert _stances(_run(text)) == [("Islamic State", "not_claimed")]


def test_a_message_attributed_to_a_group_says_whose_message_it_is() -> None:
    text = ("Gunmen attacked a church on Sunday. An audio message circulating online since Wednesday, in Hausa and "
            "attributed to Ansaru, denies any role in the attack.")
    assert _stances(_run(text)) == [("Ansaru", "denied")]
    # an attack attributed to it is an attribution
    text = "Gunmen attacked a church on Sunday. Police attributed the attack to Ansaru."
    assert ("Ansaru", "attributed") in _stances(_run(text))


def test_a_supporters_channel_claim_and_police_shots_at_the_driver() -> None:
    text = ("A man drove a van into a crowd on Saturday, killing five people, as an online channel linked to the "
            "Islamic State group claimed the attack as its own.")
    assert _stances(_run(text)) == [("Islamic State", "possible")]
    text = ('A man drove a van into a crowd on Saturday, killing five. "The police fired three or four times, then '
            'they pulled him out," a witness said.')
    assert not any(g == "National Police" for g, _ in _stances(_run(text)))
    # the group's own channel is its claim
    text = "A man drove a van into a crowd on Saturday, killing five. The Islamic State claimed the attack through Amaq."
    assert ("Islamic State", "claimed") in _stances(_run(text))
