"""Casualty mentions and per-document figures, on short sentences written for these tests and on
the two seed articles end to end."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.casualties import UNCONFIRMED, CasualtyResult, extract_casualties, party_of_phrase
from briefing.incidents import assign_incidents
from briefing.model import MAIN
from briefing.text import make_document

ROOT = Path(__file__).resolve().parents[1]


def run(text: str, published: str | None = "2020-03-04") -> CasualtyResult:
    doc = make_document(text, "t", published)
    return extract_casualties(doc, assign_incidents(doc))


def values(text: str, published: str | None = "2020-03-04") -> dict[str, int | None]:
    return {k: f.value for k, f in run(text, published).figures.items()}


def mentions(text: str) -> list[tuple[str, str, int | None]]:
    return [(m.status, m.party, m.value) for m in run(text).mentions]


# --- number words, compounds, qualifiers -------------------------------------------------

def test_number_words_and_compounds() -> None:
    assert values("Twenty-one villagers were killed by the gunmen.")["killed_total"] == 21
    assert values("The blast killed one hundred and twelve people.")["killed_total"] == 112
    assert values("A BOMB KILLED FOURTEEN PEASANTS TODAY.")["killed_total"] == 14


def test_qualifier_is_kept_on_the_figure() -> None:
    fig = run("At least 17 people were killed on Tuesday.").figures["killed_total"]
    assert (fig.value, fig.qualifier) == (17, "at_least")
    fig = run("More than 40 people were wounded.").figures["wounded_total"]
    assert (fig.value, fig.qualifier) == (40, "more_than")


def test_ceiling_yields_to_a_stated_figure() -> None:
    text = "The bombing killed at least 24 people, though one agency reported up to 200 people dead."
    assert values(text)["killed_total"] == 24


def test_status_first_and_number_first() -> None:
    got = values("Gunmen opened fire on a bus, killing 4 and injuring 19.")
    assert (got["killed_total"], got["wounded_total"]) == (4, 19)
    got = values("Six people were killed and 30 wounded in the blast.")
    assert (got["killed_total"], got["wounded_total"]) == (6, 30)


# --- composition ----------------------------------------------------------------------------

def test_total_including_parts() -> None:
    got = values("17 people were killed, including 15 assailants.")
    assert got["killed_total"] == 17 and got["killed_attackers"] == 15
    assert got["killed_victims"] == 2


def test_inclusions_are_not_added_to_their_container() -> None:
    got = values("Militants raided a house, killing six civilians, including four women and a man.")
    assert got["killed_total"] == 6 and got["killed_civilians"] == 6


def test_list_of_parties_is_summed_with_derivation() -> None:
    res = run("15 militants and 2 soldiers were killed in the clash.")
    fig = res.figures["killed_total"]
    assert (fig.value, fig.derivation) == (17, "15 + 2 = 17")
    assert res.figures["killed_attackers"].value == 15
    assert res.figures["killed_security"].value == 2
    assert res.figures["killed_victims"].value == 2


def test_conjunction_across_a_clause() -> None:
    text = ("Nine rebels were killed in the fighting, as were a police officer and an employee of "
            "the Defence Ministry.")
    got = values(text)
    assert got["killed_attackers"] == 9
    assert got["killed_security"] == 2
    assert got["killed_total"] == 11


def test_elliptic_noun_phrase_takes_the_previous_party() -> None:
    got = values("Twelve gunmen were killed, four were arrested.")
    assert got["killed_attackers"] == 12 and got["captured_attackers"] == 4


# --- party words and translation idioms -----------------------------------------------------

@pytest.mark.parametrize(
    ("phrase", "party"),
    [
        ("border guards", "security"),
        ("employee of the Interior Ministry", "security"),
        ("members of the FMLN", "attackers"),
        ("terrorists", "attackers"),
        ("Shiite pilgrims", "civilians"),
        ("people", "unspecified"),
        ("soldiers and civilians", "unspecified"),
        ("security official", "security"),
        ("members of the armed criminal group", "attackers"),
        ("refugees", "civilians"),
    ],
)
def test_party_words(phrase: str, party: str) -> None:
    assert party_of_phrase(phrase)[0] == party


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("According to officials, 12 militants were destroyed.", "killed"),
        ("Seven bandits were liquidated in the operation.", "killed"),
        ("Three terrorists were neutralized by the unit.", "killed"),
        ("Four fighters were taken prisoner.", "captured"),
        ("Two gunmen were detained near the border.", "captured"),
        ("Nine tourists were kidnapped from the hotel.", "kidnapped"),
    ],
)
def test_translation_idioms_and_statuses(sentence: str, status: str) -> None:
    assert [m[0] for m in mentions(sentence)] == [status]


def test_idioms_need_people() -> None:
    assert mentions("Three vehicles were destroyed and 2 houses were eliminated.") == []


def test_they_have_two_dead_takes_the_clause_subject() -> None:
    text = "The police also suffered losses, they have two dead."
    assert mentions(text) == [("killed", "security", 2)]


def test_one_named_victim() -> None:
    assert values("The mayor was assassinated outside his home.")["killed_total"] == 1
    assert values("THE REBELS CLAIMED RESPONSIBILITY FOR THE MURDER OF JUDGE PEREZ.")["killed_total"] == 1


# --- negation and non-casualty numbers ------------------------------------------------------

def test_negation_gives_zero() -> None:
    got = values("A bomb exploded at the station but no one was hurt.")
    assert got["wounded_total"] == 0
    assert "killed_total" not in got  # not reported, not 0
    got = values("There were no casualties.")
    assert got["killed_total"] == 0 and got["wounded_total"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "The country of nine million fought a civil war.",
        "The group is estimated to have between 2,500 and 3,000 fighters.",
        "Hundreds of people from the country are believed to have joined the group.",
        "The clash occurred around 50 miles southwest of the capital.",
        "The court ruled on December 29, 2014.",
        "About 13,000 people have been killed since 1980 in the insurgency.",
        "Monitors say more than 200 villagers have been killed in the district since February.",
        "At least 150 people died in bombings across the region in the first three months of 2019.",
        "He was charged with two counts of murder and five counts of attempted murder.",
        "The cartel has sworn to kill 10 judges for every extradition.",
        "Police found 3 vehicles and 2 rifles.",
    ],
)
def test_numbers_that_are_not_casualties(text: str) -> None:
    assert run(text).figures == {}


# --- background incidents -------------------------------------------------------------------

def test_background_incident_is_kept_but_not_summed() -> None:
    text = ("Five soldiers were killed on Tuesday in an ambush.\n"
            "In May 2019, a riot in a prison left 20 people dead.\n"
            "Last year, 9 guards were killed in a similar attack.")
    res = run(text)
    assert res.figures["killed_total"].value == 5
    bg = {(m.incident, m.value) for m in res.mentions if m.incident != MAIN}
    assert bg == {("bg:2019-05", 20), ("bg:2019", 9)}


# --- consistency checks ---------------------------------------------------------------------

def test_contradicting_parts_are_flagged() -> None:
    res = run("10 people were killed.\n8 soldiers and 4 policemen were killed.")
    assert res.figures["killed_total"].value == 12
    assert any("10 killed stated" in c for c in res.checks)


def test_group_size_contradiction_is_flagged() -> None:
    res = run("A group of 10 gunmen stormed the post.\n8 gunmen were killed and 5 were captured.")
    assert res.figures["attackers_total"].value == 10
    assert any("more than the 10 stated" in c for c in res.checks)


@pytest.mark.parametrize("text, size, qualifier", [
    ("The attackers, about 40 of them, crossed the river before dawn.", 40, "about"),
    ("The gunmen, numbering around 30, stormed the checkpoint.", 30, "about"),
    ("The militants, who numbered at least a dozen, attacked the convoy.", 12, "at_least"),
    ("Police said the attackers, numbering 12 in all, were still at large in the hills.", 12, "exact"),
])
def test_group_size_told_in_apposition(text: str, size: int, qualifier: str) -> None:
    fig = run(text).figures["attackers_total"]
    assert (fig.value, fig.qualifier) == (size, qualifier)


@pytest.mark.parametrize("text", [
    "The soldiers, about 40 of them, returned fire.",  # not the attackers
    "Of the attackers, 15 of them were killed in the clash.",  # a casualty count, no group size
    "The gunmen, numbering 12 houses on the list, burned them.",  # no aside closed by a comma
])
def test_group_size_apposition_needs_the_attackers_and_the_aside(text: str) -> None:
    assert "attackers_total" not in run(text).figures


def test_consistent_parts_raise_no_warning() -> None:
    res = run("At least 17 people were killed.\nFifteen assailants were killed, as were two guards.")
    assert res.checks == []


# --- the seeds end to end -------------------------------------------------------------------

def _seed(article_id: str) -> tuple[str, CasualtyResult]:
    row = next(
        json.loads(line) for line in (ROOT.parent / "shared/eval/seeds_gold.jsonl").read_text().splitlines()
        if json.loads(line)["id"] == article_id
    ) if (ROOT.parent / "shared/eval/seeds_gold.jsonl").exists() else None
    name = {"seed-000": "000_fdf1bc076410a58d.txt", "seed-003": "003_170917b69a7026b5.txt"}[article_id]
    text = (ROOT / "seeds" / name).read_text(encoding="utf-8")
    published = row["published"] if row else {"seed-000": "2019-11-06", "seed-003": "2019-11-07"}[article_id]
    doc = make_document(text, article_id, published)
    return text, extract_casualties(doc, assign_incidents(doc))


def test_seed_000_figures_and_evidence() -> None:
    text, res = _seed("seed-000")
    got = {k: f.value for k, f in res.figures.items()}
    assert got["killed_total"] == 17 and res.figures["killed_total"].qualifier == "at_least"
    assert got["killed_attackers"] == 15
    assert got["killed_security"] == 2
    assert got["captured_attackers"] == 5
    assert "killed_civilians" not in got and "wounded_total" not in got
    ev = res.figures["killed_total"].evidence[0]
    assert text[ev.start:ev.end] == "At least 17 people were killed"
    assert ev.sentence.startswith("KABUL, Afghanistan")
    sec = res.figures["killed_security"].evidence
    assert {text[e.start:e.end] for e in sec} == {
        "a Tajik border guard", "an employee of the country’s Interior Ministry"}
    assert res.checks == []
    # background numbers are kept apart
    bg = [m for m in res.mentions if m.incident != MAIN]
    assert any(m.value == 20 and m.incident == "bg:2019-05" for m in bg)


def test_seed_003_figures_and_evidence() -> None:
    text, res = _seed("seed-003")
    got = {k: f.value for k, f in res.figures.items()}
    assert got["killed_attackers"] == 15
    assert got["killed_security"] == 2
    assert got["captured_attackers"] == 5
    assert got["attackers_total"] == 20
    assert res.figures["killed_total"].derivation == "15 + 2 = 17"
    ev = res.figures["killed_attackers"].evidence[0]
    assert text[ev.start:ev.end] == "15 terrorists were destroyed"
    ev = res.figures["killed_security"].evidence[0]
    assert "they have two dead" in ev.sentence
    ev = res.figures["attackers_total"].evidence[0]
    assert "detachment - 20 people" in text[ev.start:ev.end]
    assert res.checks == []


# --- more noun-phrase shapes and single victims ---------------------------------------------

@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Two guards who were on duty at the gate were killed.", "killed_total", 2),
        ("Three policemen guarding the embassy were shot dead.", "killed_total", 3),
        ("Four contractors were dragged from their car and killed.", "killed_total", 4),
        ("Two boys aged 9 and 11 were killed.", "killed_total", 2),
        ("Bombs went off in the market. 7 dead 5 injured.", "wounded_total", 5),
        ("Bombs went off in the market. 7 dead 5 injured.", "killed_total", 7),
        ("Gunmen killed a policeman and injured another.", "wounded_total", 1),
        ("The attack killed nine people, four of them children.", "killed_total", 9),
        ("The attack killed nine people, four of them children.", "killed_civilians", 4),
    ],
)
def test_noun_phrase_shapes(text: str, field: str, value: int) -> None:
    assert values(text)[field] == value


@pytest.mark.parametrize(
    "text",
    [
        "GUERRILLAS KILLED JUDGE MARIA PEREZ IN HER OFFICE TODAY.",
        "Officials condemned Senator Lopez's assassination.",
        "The union condemned the murder of the wife of a local editor.",
        "The victim was taken to hospital, where he died.",
    ],
)
def test_single_named_victims(text: str) -> None:
    got = values(text)
    assert got["killed_total"] == 1


def test_a_named_victim_is_not_added_to_a_counted_group_told_elsewhere() -> None:
    text = "Six priests were murdered at the university.\nFather Lopez was killed in his room."
    assert values(text)["killed_total"] == 6


def test_breakdown_list_is_not_added_to_its_head() -> None:
    text = "Gunmen killed four tourists, two Germans and two Danes."
    assert values(text)["killed_total"] == 4


def test_follow_up_report_takes_its_recent_dated_incident() -> None:
    text = ("Officials met today to discuss security.\n"
            "On 16 November, six priests and two women were murdered at the university.")
    res = run(text, "2019-12-05")
    assert res.figures["killed_total"].value == 8
    assert res.checks and "figures are those of bg:2019-11" in res.checks[0]
    # an old incident is history, not the subject of the article
    res = run(text, "2021-06-01")
    assert res.figures == {}


def test_subsets_and_set_sizes() -> None:
    text = "Twelve people were wounded. Officials said 3 of the wounded were in critical condition."
    assert values(text)["wounded_total"] == 12
    got = values("Officials said 5 of the 7 attackers were killed and two were arrested.")
    assert got["killed_attackers"] == 5 and got["captured_attackers"] == 2
    assert "killed_victims" not in got  # only attackers are counted: victims not reported


def test_events_named_by_an_earlier_year_or_time_are_background() -> None:
    assert values("The 2015 attack on the same market killed 130 people.") == {}
    assert values("Two years ago, a bomb killed 5 people at the same spot.") == {}


def test_sources_and_complements() -> None:
    assert values("The number of dead rose to 21 overnight, a hospital official said.") == {
        "killed_total": 21, "killed_victims": 21}
    assert values("The ministry said 11 of the dead were civilians.")["killed_civilians"] == 11
    got = values("Police said two suspects were shot dead and a third was arrested.")
    assert got["killed_attackers"] == 2 and got["captured_attackers"] == 1


def test_parts_far_apart_are_not_added_up() -> None:
    filler = "\n".join(f"Officials met again on day {i}." for i in range(6))
    text = f"Seven soldiers were killed in the ambush.\n{filler}\nElsewhere, two rebels were killed in a raid."
    got = values(text)
    assert got["killed_total"] == 7
    near = values("Seven soldiers were killed in the ambush.\nTwo rebels were also killed.")
    assert near["killed_total"] == 9


def test_object_of_a_status_verb_and_forward_connectors() -> None:
    text = "A bomb killed at least 18 people including 8 civilians and another 27 people were wounded."
    got = values(text)
    assert got["killed_total"] == 18 and got["wounded_total"] == 27
    got = values("One civilian was killed plus two attackers and 21 wounded in the attack.")
    assert got["killed_total"] == 3 and got["killed_attackers"] == 2 and got["wounded_total"] == 21


def test_different_totals_are_flagged_with_the_one_used() -> None:
    res = run("Twelve people were killed in the blast.\nLater reports said 14 people were killed.")
    assert res.figures["killed_total"].value == 14
    assert res.checks == ["killed: different totals stated (12, 14); the figure uses 14"]


def test_place_phrases_and_later_statuses() -> None:
    assert values("Two civilians on a motorbike were ambushed and killed.")["killed_total"] == 2
    text = "Three brothers were kidnapped by gunmen on Thursday, and were later executed."
    assert values(text)["killed_total"] == 3


def test_shadow_masks_every_countable_number() -> None:
    """Countable numbers become '#' runs of their own length (overlapping spans included)."""
    import random

    from briefing.casualties import _shadow
    from briefing.numbers import NumberMention

    def reference(sentence: str, numbers: list[NumberMention]) -> tuple[str, dict[int, NumberMention]]:
        chars = list(sentence.lower())
        at = {}
        for n in numbers:
            if n.countable and (n.value is not None or n.kind == "vague"):
                chars[n.start:n.end] = "#" * (n.end - n.start)
                at[n.start] = n
        return "".join(chars), at

    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice("ab C1 ") for _ in range(rng.randint(0, 20)))
        numbers = []
        for _ in range(rng.randint(0, 4)):
            a = rng.randint(0, len(text))
            b = rng.randint(a, len(text))
            numbers.append(NumberMention(a, b, a, rng.choice([None, 1, 5]), 1, 1, "exact",
                                         rng.choice(["digits", "vague"]), rng.random() < 0.8, text[a:b]))
        shadow, at = _shadow(text, numbers)
        expected = reference(text, numbers)
        assert shadow == expected[0] and list(at.items()) == list(expected[1].items()), (text, numbers)


def test_negation_gate_is_read_off_the_negation_patterns() -> None:
    """Every sentence a negation pattern matches passes the negation gates; each pattern holds
    one of the negation words."""
    from briefing.casualties import _lexicon
    from briefing.paths import load_data
    from briefing.tokens import word_set

    raw = load_data("casualty_status.yaml")
    for item in raw["negation"]:
        # "no", "not", "nobody", "without" ... or "n't" (after "didn", "wasn" ...) stand in each
        assert any(w in item["pattern"] for w in ("no", "without", "n[’'']t")), item["pattern"]
    lex = _lexicon()
    for text in ("no one was killed", "nobody was hurt", "the blast did not cause any casualties",
                 "the raid has not resulted in any deaths", "there were not any victims",
                 "no-one was injured", "the fire didn't cause any injuries", "without casualties"):
        assert lex.negation_gate.allows(word_set(text)), text
        assert not lex.negation_words.isdisjoint(word_set(text)), text
        assert lex.any_negation.search(text), text


@pytest.mark.parametrize("text, field, value", [
    ("The grenade did not cause any casualties, the mayor of Palvera said.", "killed_total", 0),
    ("The grenade did not cause any casualties, the mayor of Palvera said.", "wounded_total", 0),
    ("The shelling of Orvik has not resulted in any deaths, officials said.", "killed_total", 0),
    ("No-one was hurt when the parcel exploded outside the Torvan bank.", "wounded_total", 0),
])
def test_not_any_is_a_negation(text: str, field: str, value: int) -> None:
    assert values(text)[field] == value


@pytest.mark.parametrize("text, expected", [
    # a party named in the negation rules out that party only
    ("Four soldiers were killed in the ambush. No civilian casualties were reported.",
     {"killed_total": 4, "killed_security": 4, "killed_victims": 4, "killed_civilians": 0}),
    ("Three villagers died in the raid. No police officer was killed.",
     {"killed_total": 3, "killed_civilians": 3, "killed_victims": 3, "killed_security": 0}),
    ("None of the police officers who confronted him were hurt.", {}),
    ("No members of the security forces were injured in the clash.", {}),
    # unnamed: everyone, as before
    ("Nobody was killed in the blast.", {"killed_total": 0, "killed_victims": 0}),
])
def test_a_negation_that_names_a_party_is_that_partys_zero(text: str, expected: dict[str, int]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text, value, qualifier", [
    ("The village head put the death toll from the attack at 15 on Wednesday.", 15, "exact"),
    ("Officials put the toll at more than 40.", 40, "more_than"),
    # an increment on an earlier count: the toll is at least that
    ("Three more bodies were found in the bush on Wednesday.", 3, "at_least"),
    ("Two more soldiers died of their wounds.", 2, "at_least"),
])
def test_toll_put_at_and_increments(text: str, value: int, qualifier: str) -> None:
    fig = run(text).figures["killed_total"]
    assert (fig.value, fig.qualifier) == (value, qualifier)


@pytest.mark.parametrize("text, security", [
    ("Nine soldiers were killed in the blast, residents said, contradicting the army's figure of four dead.", 9),
    ("The blast killed four soldiers, a military official said, while the rebels claimed it had killed 30 troops.", 4),
])
def test_another_sources_figure_in_the_same_sentence_is_not_added(text: str, security: int) -> None:
    res = run(text)
    assert res.figures["killed_security"].value == security
    assert any("another source's figure, not added" in c for c in res.checks)


def test_parts_of_one_party_in_one_sentence_still_add_up() -> None:
    got = values("Four soldiers were killed in the first blast while patrolling and two soldiers were killed in a second.")
    assert got["killed_security"] == 6


def test_a_speaker_after_a_list_is_no_victim() -> None:
    got = values("The blast killed four soldiers and wounded seven, a military official said.")
    assert got == {"killed_total": 4, "killed_security": 4, "killed_victims": 4, "wounded_total": 7}


def test_a_wish_is_no_negation() -> None:
    assert "killed_total" not in values("The governor of Palvera said they did not want any more casualties.")


def test_no_one_is_no_single_victim() -> None:
    assert mentions("No-one was hurt when the parcel exploded.") == [("wounded", "unspecified", 0)]


def test_status_gate_covers_every_trigger() -> None:
    """_sentence_hits skips sentences its word gate turns away: each trigger of each rule passes."""
    from briefing.casualties import _POSSESSIVE_WORDS, _lexicon
    from briefing.paths import load_data
    from briefing.tokens import word_set

    lex = _lexicon()
    raw = load_data("casualty_status.yaml")
    triggers = [*lex.after_status, *lex.before_status, *lex.singular_status, *_POSSESSIVE_WORDS,
                *raw["killed"]["active_verbs"], *raw["killed"]["singular_nouns"]]
    for trigger in triggers:
        assert lex.status_gate.allows(word_set(f"x {trigger.lower()} y")), trigger
    assert not lex.status_gate.allows(word_set("no one saw the north gate in november"))
    assert run("Nobody was hurt in the blast.").figures["wounded_total"].value == 0
    assert run("The explosions did not cause any casualties.").figures["killed_total"].value == 0


def test_possessive_death_cue_is_necessary() -> None:
    import random

    from briefing.casualties import _POSSESSIVE_DEATH, _may_be_possessive_death

    rng = random.Random(4)
    words = ["romero's", "the", "brothers'", "murder", "assassination", "killing", "slaying", "of",
             "assassinated", "murdered", "slain", "judge", "perez", "’s", "s’", "brutal"]
    for _ in range(20000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
        if _POSSESSIVE_DEATH.search(text):
            assert _may_be_possessive_death(text), text


# --- tolls that reach a figure across a short phrase ----------------------------------------


@pytest.mark.parametrize("text, field, value", [
    ("The death toll from the bombing of the bus station in Harlow rose to 23, officials said.", "killed_total", 23),
    ("The number of people killed in the ferry attack has risen to 8.", "killed_total", 8),
    ("The number of injured in the stadium blast stood at 45 on Friday.", "wounded_total", 45),
])
def test_toll_reaching_a_figure(text: str, field: str, value: int) -> None:
    assert values(text)[field] == value


def test_toll_phrase_holding_another_number_is_not_read_across_it() -> None:
    # the year belongs to the phrase between toll and verb: no figure is read across it
    assert "killed_total" not in values("The toll of the 2012 flood rose to 40.")


def test_tens_of_is_a_vague_quantity() -> None:
    assert mentions("Tens of villagers were killed in the raid.")[0][:2] == ("killed", "civilians")


def test_dash_apposition_between_figure_and_verb() -> None:
    assert values("Four hikers — two from Chile, one from Peru and one from Spain — were killed by gunmen.")[
        "killed_total"] == 4


def test_irregular_participle_before_and_status() -> None:
    assert values("Two pedestrians were run down and killed by a truck.")["killed_total"] == 2


# --- attackers inside and beside the victims' count ----------------------------------------

@pytest.mark.parametrize("text", [
    "Six people died, including the gunman, in a shooting at the depot on Friday.",
    "Six people, including the attacker, were killed in the raid.",
    "Six people were killed, including the suicide bomber.",
    "Six people are dead, among them the lone shooter.",
    "A blast at the market killed six people, including the bomber.",
])
def test_one_attacker_included_in_a_total(text: str) -> None:
    got = values(text)
    assert (got["killed_total"], got["killed_attackers"], got["killed_victims"]) == (6, 1, 5)


@pytest.mark.parametrize(("text", "attackers"), [
    ("Rescuers pulled eight bodies from the hall, including that of one suspected gunman.", 1),
    ("Eight bodies were recovered, including those of the two attackers.", 2),
])
def test_an_inclusion_told_by_the_bodies_of_its_people(text: str, attackers: int) -> None:
    # "including that of one gunman": the body counted is his
    got = values(text)
    assert (got["killed_total"], got["killed_attackers"], got["killed_victims"]) == (8, attackers, 8 - attackers)


def test_a_plural_attacker_noun_is_no_single_inclusion() -> None:
    got = values("Six people were killed, including the gunmen.")
    assert got["killed_total"] == 6 and "killed_attackers" not in got


@pytest.mark.parametrize("text", [
    "A man with a knife attacked shoppers, killing three people before officers shot him dead.",
    "A gunman opened fire at a cafe, killing three people before he was killed by police.",
    "A woman armed with a pistol opened fire in a clinic, killing three people before guards shot her dead.",
])
def test_the_pronoun_of_a_single_attacker_subject(text: str) -> None:
    res = run(text)
    got = {k: f.value for k, f in res.figures.items()}
    assert (got["killed_victims"], got["killed_attackers"], got["killed_total"]) == (3, 1, 4)
    assert res.figures["killed_total"].derivation == "3 + 1 attacker told apart = 4"


@pytest.mark.parametrize("text", [
    "Three people were wounded when a man opened fire in a bar, before police shot him dead.",
    "Two guards were hurt after a woman attacked them with a knife, and officers shot her dead.",
])
def test_the_single_attacker_subject_of_a_later_clause(text: str) -> None:
    # the sentence's first subject ("Three people were wounded") is not the one the pronoun is
    assert values(text)["killed_attackers"] == 1


@pytest.mark.parametrize("text", [
    "Three people were killed when a gunman opened fire at a market. He was shot dead by police.",
    "Three people were killed when a gunman opened fire at a market, before police shot him dead.",
    "Three people died after a woman drove a van into a crowd. She was shot dead by officers.",
])
def test_a_toll_told_with_the_attack_clause_counts_its_victims(text: str) -> None:
    # "killed when a gunman opened fire": the gunman's victims; his own death is added to them
    res = run(text)
    got = {k: f.value for k, f in res.figures.items()}
    assert (got["killed_victims"], got["killed_attackers"], got["killed_total"]) == (3, 1, 4)
    assert res.figures["killed_total"].derivation == "3 + 1 attacker told apart = 4"


def test_a_toll_that_names_the_attacker_among_its_dead_keeps_him_inside() -> None:
    got = values("Five people, including the gunman, were killed when a gunman opened fire.")
    assert (got["killed_total"], got["killed_attackers"]) == (5, 1)


@pytest.mark.parametrize(("text", "status"), [
    ("A gunman opened fire at a market, killing three people. He was wounded by police.", "wounded"),
    ("Three people were killed when a gunman opened fire at a market. He was arrested.", "captured"),
])
def test_the_pronoun_after_an_attack_clause_is_the_attacker(text: str, status: str) -> None:
    assert (status, "attackers", 1) in mentions(text)


def test_a_wounded_pronoun_after_a_single_victim_is_no_attacker() -> None:
    # "He" may be the guard: one victim was named
    assert ("wounded", "attackers", 1) not in mentions("A gunman shot a guard at the gate. He was wounded.")


@pytest.mark.parametrize("text", [
    # the pronoun does not agree with the attacker
    "A man stabbed a woman at a station, killing her, before officers shot her dead.",
    # the killer of "him" is the attacker himself: "him" is someone else
    "A gunman shot a guard at the gate and killed him.",
    # no single attacker is the subject of the attack
    "Gunmen opened fire at a cafe, killing three people before police shot him dead.",
    "Three people were wounded before police shot him dead.",
])
def test_a_pronoun_is_no_attacker_without_a_single_attacker_subject(text: str) -> None:
    assert "killed_attackers" not in values(text)


@pytest.mark.parametrize("text", [
    "The gunman was shot dead by police.",
    "The attacker was killed by security forces.",
    "Police killed the assailant after a standoff.",
    "Police shot the attacker dead after a chase.",
    "Troops gunned the lone gunman down near the square.",
])
def test_a_single_attacker_killed_by_the_security_forces(text: str) -> None:
    assert values(text)["killed_attackers"] == 1


def test_attackers_told_apart_are_added_to_the_victims_of_a_killing_verb() -> None:
    text = ("Two suicide bombers blew themselves up at a bus depot, killing at least 9 people and "
            "wounding 20. Both bombers died in the blasts.")
    res = run(text)
    got = {k: f.value for k, f in res.figures.items()}
    assert (got["killed_attackers"], got["killed_victims"], got["killed_total"]) == (2, 9, 11)
    assert res.figures["killed_total"].qualifier == "at_least"
    assert res.figures["killed_total"].derivation == "9 + 2 attackers told apart = 11"
    assert got["wounded_total"] == 20


def test_a_count_that_names_the_attackers_among_it_is_not_added_to() -> None:
    got = values("Gunmen raided a farm, killing 9 people, including two of the raiders.")
    assert (got["killed_total"], got["killed_attackers"], got["killed_victims"]) == (9, 2, 7)
    # a passive count is everyone killed, attackers included (the project's convention) ...
    got = values("Nine people were killed in the raid. Two raiders were killed.")
    assert (got["killed_total"], got["killed_victims"]) == (9, 7)
    # ... unless the attackers' deaths are told as an addition
    got = values("Nine people were killed in the raid. Two raiders were also killed.")
    assert (got["killed_total"], got["killed_victims"], got["killed_attackers"]) == (11, 9, 2)
    got = values("Nine people were killed in the raid. The gunman was also killed.")
    assert (got["killed_total"], got["killed_victims"], got["killed_attackers"]) == (10, 9, 1)


def test_attackers_told_apart_are_inside_a_total_whose_parts_leave_their_number() -> None:
    # 12 = 8 villagers + 2 guards + the 2 raiders told apart: the raiders are in the 12
    text = ("Twelve people died, among them eight villagers and two guards. "
            "The two raiders were also killed, police said.")
    result = run(text)
    got = {k: f.value for k, f in result.figures.items()}
    assert (got["killed_total"], got["killed_victims"], got["killed_attackers"]) == (12, 10, 2)
    assert any("inside the 12" in c for c in result.checks)
    # parts that leave another number: the raiders are still added
    got = values("Twelve people died, among them eight villagers and a guard. "
                 "The two raiders were also killed, police said.")
    assert (got["killed_total"], got["killed_victims"], got["killed_attackers"]) == (14, 12, 2)


@pytest.mark.parametrize("text, attackers, total", [
    ("Two men stabbed a guard at the gate before being shot dead.", 2, 2),
    ("A man from the village stabbed a nurse before being shot dead by a guard.", 1, 1),
    ("A gunman killed five people at a bar before being killed by police.", 1, 6),
    ("A bomber struck a bus, after which three gunmen opened fire before being shot dead.", 3, 3),
])
def test_the_attack_subject_killed_in_its_own_participle_clause(text: str, attackers: int, total: int) -> None:
    got = values(text)
    assert (got["killed_attackers"], got["killed_total"]) == (attackers, total)


def test_a_plural_subject_without_a_number_gives_no_attacker_count() -> None:
    got = values("The attackers killed five people at a bar before being shot dead.")
    assert got["killed_total"] == 5 and "killed_attackers" not in got


def test_an_implied_bomber_death_is_not_counted() -> None:
    # measured on wiki_dev: "a suicide bomber ..., killing N" is usually labelled N dead
    got = values("A suicide bomber struck a checkpoint, killing 8 people.")
    assert got["killed_total"] == 8 and "killed_attackers" not in got


# --- subsets are not totals ------------------------------------------------------------------

@pytest.mark.parametrize("text, field, value", [
    ("Nine people were wounded, three of them seriously.", "wounded_total", 9),
    ("Nine people were wounded. Three of the wounded were in critical condition.", "wounded_total", 9),
    ("Eleven were killed, four of them children.", "killed_total", 11),
    ("Eleven were killed, four of them children.", "killed_civilians", 4),
])
def test_a_subset_after_a_count_is_no_competing_total(text: str, field: str, value: int) -> None:
    res = run(text)
    assert res.figures[field].value == value
    assert res.checks == []


def test_a_subset_alone_is_no_total() -> None:
    assert "wounded_total" not in values("Three of the wounded were in critical condition.")


def test_a_verb_with_an_object_is_not_its_subjects_status() -> None:
    got = values("A rebel from the north shot dead an army officer.")
    assert got["killed_total"] == 1 and got["killed_security"] == 1
    assert "killed_attackers" not in got


@pytest.mark.parametrize("text, field, value", [
    # an agent in a relative clause or with a perfect auxiliary is not the victim
    ("Men in a car threw two grenades that injured a passerby.", "wounded_total", 1),
    ("Two car bombs have wounded nine people in the capital.", "wounded_total", 9),
    # a masked article inside a relative clause between a figure and its verb
    ("Three gunmen who shot a guard were later killed by troops.", "killed_attackers", 3),
    ("Three gunmen who shot a guard were later killed by troops.", "killed_total", 3),
    ("Two gunmen who killed 6 people were later shot dead.", "killed_total", 8),
])
def test_agents_of_active_verbs_and_relative_clauses(text: str, field: str, value: int) -> None:
    assert values(text)[field] == value


def test_more_person_nouns() -> None:
    got = values("A police sub-inspector was killed in the ambush. Two raiders were also killed.")
    assert (got["killed_total"], got["killed_security"], got["killed_attackers"]) == (3, 1, 2)


@pytest.mark.parametrize("text, attackers", [
    ("A gunman killed three people at a clinic. He was shot dead by police.", 1),
    ("A woman stabbed five shoppers, wounding them all. She was later shot dead by guards.", 1),
    # the sentence before names a single victim: "He" may be that victim
    ("A gunman shot a nurse at the clinic. He was killed instantly.", None),
    # no single attacker before
    ("Gunmen killed three people at a clinic. He was shot dead by police.", None),
    # the pronoun does not agree with the attacker
    ("A woman stabbed five shoppers at a market. He was shot dead by police.", None),
])
def test_a_sentence_initial_pronoun_after_a_single_attacker(text: str, attackers: int | None) -> None:
    assert values(text).get("killed_attackers") == attackers


def test_a_dateline_dash_opens_the_attack_subject() -> None:
    got = values("BRELLA, Norland, May 2 (Wire) - A man armed with a shotgun opened fire in a cafe, "
                 "killing three people before guards shot him dead, police said.")
    assert (got["killed_total"], got["killed_attackers"], got["killed_victims"]) == (4, 1, 3)


def test_a_bare_count_yields_to_the_same_count_hedged() -> None:
    fig = run("Rebels kill 12 soldiers in Varno raid\n\nRebels killed at least 12 soldiers in a raid "
              "on a base near Varno on Monday, the army said.").figures
    assert (fig["killed_security"].value, fig["killed_security"].qualifier) == (12, "at_least")
    assert (fig["killed_total"].value, fig["killed_total"].qualifier) == (12, "at_least")


def test_the_groups_claim_yields_to_a_figure_not_claimed() -> None:
    text = ("The Red Hand claimed responsibility for the raid on the Varno base, saying its fighters "
            "had killed 40 soldiers. The army said 9 soldiers died in the raid.")
    fig = run(text).figures
    assert fig["killed_security"].value == 9 and fig["killed_total"].value == 9
    # alone, the claim is still read (reconciliation shows it apart)
    assert values(text.split(". ")[0] + ".")["killed_security"] == 40


def test_a_claim_in_the_headline_or_in_another_clause_yields_to_the_officials_figure() -> None:
    # the group named in the headline speaks there; the body's first clause is the army's
    text = ("Bombing in Orvik, al Shabaab claims 25 dead\n"
            "A roadside bomb killed six soldiers near Orvik on Monday, an army officer said, while "
            "al Shabaab claimed it had killed 25 troops. Al Shabaab said its fighters had killed 25 soldiers.")
    fig = run(text).figures
    assert fig["killed_security"].value == 6
    assert fig["killed_total"].value == 6


def test_one_party_above_the_stated_total_is_named_in_the_derivation() -> None:
    result = run("Four people died in the attack on the Varno base. Six soldiers were killed there.")
    total = result.figures["killed_total"]
    assert (total.value, total.derivation) == (6, "the security forces alone: 6")
    assert "4 killed stated, but the security forces alone number 6" in result.checks


def test_one_partys_count_is_a_floor_of_the_total() -> None:
    fig = run("Nine soldiers died in the raid on the Varno base.").figures
    assert (fig["killed_total"].value, fig["killed_total"].qualifier, fig["killed_total"].high) == (9, "at_least", None)
    assert run("Nine people died in the raid on the Varno base.").figures["killed_total"].qualifier == "exact"


@pytest.mark.parametrize("text, expected", [
    ("Eleven of the wounded later died in hospital.", [("killed", "unspecified", 11)]),
    ("Two of the injured were in critical condition.", [("wounded", "unspecified", 2)]),
    ("Thirty people were being treated for injuries at the Varno clinic.", [("wounded", "unspecified", 30)]),
])
def test_deaths_among_the_wounded_and_treated_for_injuries(text: str, expected: list) -> None:
    assert mentions(text) == expected


def test_a_count_after_an_including_list_speaks_of_everyone_again() -> None:
    # the elliptic "and 112 were injured" takes no party from the list's last item, and the list's
    # last item keeps the status of the figure it is part of
    for text in ("Officials said 41 people were killed, including 36 police trainees and five "
                 "civilians, and 112 were injured.",
                 "Officials said 41 people were killed in the raid, including 36 police trainees and "
                 "five civilians who were passing by, and 112 were injured."):
        got = values(text)
        assert (got["killed_total"], got["killed_security"], got["killed_civilians"]) == (41, 36, 5)
        assert got["wounded_total"] == 112
        figure = run(text).figures["wounded_total"]
        assert figure.qualifier == "exact"
    # the elliptic count after a plain figure still takes its party
    assert mentions("Fifteen terrorists were destroyed, five were taken prisoner.") == [
        ("killed", "attackers", 15), ("captured", "attackers", 5)]


def test_subject_before_reads_as_the_subject_search() -> None:
    """``_subject_before`` (read backwards, the search only where an apposition can end) gives the
    span of ``_SUBJECT.search`` at every position of short sentences."""
    from briefing.casualties import _SUBJECT, _subject_before

    texts = ["the mayor, a judge, was killed", "he  died", "o'neill was shot", "#### were, and",
             "x", "", " a", "police said the well-known judge-advocate was killed",
             "the man , who was 40, , died", "a" * 200 + " was killed"]
    for text in texts:
        for end in range(len(text) + 1):
            m = _SUBJECT.search(text, max(0, end - 140), end)
            assert _subject_before(text, end) == (m.span("subj") if m else None), (text, end)


def test_void_window_reads_as_the_void_search() -> None:
    """``_void_window`` tries the void patterns only where the window's words allow one."""
    from briefing.casualties import _lexicon, _void_window

    void = _lexicon().void
    texts = ["the rebels threatened to", "if the army attacks", "police said", "one of the",
             "### of the", "he could have", "sentenced to death, ", "there was no", "no one"]
    for text in texts:
        for start in range(len(text) + 1):
            window = text[:start]
            assert _void_window(window) == bool(void.search(window)), window

def test_a_part_of_a_counted_whole_is_read_as_a_part() -> None:
    # "N of the M <people> <status>": M carries the status, N is a part of them
    got = values("Three of the 17 people killed in the raid were children.")
    assert (got["killed_total"], got["killed_civilians"]) == (17, 3)
    # freed or escaped: the count is of those taken, the freed are no casualty
    assert values("Nine of the 23 travellers abducted on Sunday have been released.") == {
        "kidnapped_total": 23, "released_total": 9}
    assert values("Police said 12 of the 40 kidnapped students had escaped.") == {
        "kidnapped_total": 40, "released_total": 12}
    # found again is no release: the count is of those once missing
    assert "released_total" not in values("Four of the 11 fishermen missing since the storm have been found.")
    # died later: deaths among the wounded
    got = values("Five of the 20 people wounded in the blast died in hospital.")
    assert (got["wounded_total"], got["killed_total"]) == (20, 5)
    # the status told after the whole noun phrase is the part's: the 40 were not killed
    got = values("Two of the 40 soldiers on patrol were killed.")
    assert got["killed_security"] == 2 and got["killed_total"] == 2


@pytest.mark.parametrize("text, kidnapped, released", [
    ("The gunmen took 12 hostages at the bank.", 12, None),  # the status noun names the people
    ("Twelve hostages were freed by soldiers on Friday.", 12, 12),
    ("Police said twenty-three (23) kidnapped victims were rescued.", 23, 23),
    # a part of those taken, the whole not counted in the sentence
    ("Twenty-three of the people abducted in last week's raid have been released, the chief said.", None, 23),
    ("Troops rescued 15 villagers from the camp, the army said.", None, 15),
    ("Seven aid workers were released unharmed after three weeks in captivity.", None, 7),
    ("Gunmen abducted 40 pupils; two of them escaped the next day.", 40, None),
    # the people freed named by a status noun of their own ("hostages", "kidnapped victims")
    ("Troops rescued 12 hostages near the border on Monday.", None, 12),
    ("The agencies have rescued twenty-three (23) kidnapped victims, the government said.", None, 23),
    # a part of those taken, told as "the remaining N hostages", is no second total; freed too, it
    # adds to those freed before
    ("Gunmen seized 12 workers. Five workers were freed on Monday; the remaining seven hostages escaped.", 12, 12),
    ("Gunmen seized 12 workers. Five workers were freed on Monday; the remaining seven hostages are held.", 12, 5),
    # taken or held hostage with the people between verb and noun
    ("The gunmen took 12 villagers hostage on Sunday.", 12, None),
    ("Pirates held 30 sailors captive for a month.", 30, None),
    # freed, a part of a whole whose participle tells its own status
    ("Troops freed seven of the 12 villagers abducted on Sunday.", 12, 7),
    # escaped, a part of "the abducted": those free again are counted
    ("Fourteen of the abducted pupils escaped overnight, the school said.", None, 14),
    # taken by the attackers (not "taken to hospital")
    ("Parents said more than 80 of their daughters were taken by gunmen on Friday.", 80, None),
    ("Nine wounded were taken by ambulance to the hospital.", None, None),
])
def test_people_freed_released_or_rescued_are_counted_apart(
        text: str, kidnapped: int | None, released: int | None) -> None:
    got = values(text)
    assert (got.get("kidnapped_total"), got.get("released_total")) == (kidnapped, released)


@pytest.mark.parametrize("text", [
    "Police released five suspects for lack of evidence.",  # detainees let go: no hostages freed
    "The army released a statement on Sunday.",
    "The group released a video showing 12 hostages.",
    "Five people were treated and released from the hospital.",  # patients, not hostages
    "Eleven of the injured were released from hospital on Monday.",
])
def test_released_counts_only_people_who_were_held(text: str) -> None:
    assert "released_total" not in values(text)


def test_hostages_freed_or_killed_are_a_floor_of_those_taken() -> None:
    # those freed are some of the hostages: at least as many were taken
    got = run("Police said 14 hostages were freed on Saturday.").figures
    assert (got["kidnapped_total"].value, got["kidnapped_total"].qualifier) == (14, "at_least")
    assert (got["released_total"].value, got["released_total"].qualifier) == (14, "exact")
    # a headline's participle needs no auxiliary
    assert values("Soldiers say 14 hostages freed from hotel") == {"kidnapped_total": 14, "released_total": 14}
    # the taking itself is no capture of attackers
    assert values("Eight hostages seized at the mine, police say") == {"kidnapped_total": 8}
    # a part of a whole told with its own status keeps its count exact
    got = run("Troops said nine of the 20 abducted workers were freed on Friday.").figures
    assert (got["kidnapped_total"].value, got["kidnapped_total"].qualifier) == (20, "exact")


def test_a_second_status_word_of_a_figure_is_not_the_next_numbers() -> None:
    # "killed" is the status of the two hostages; the five were freed, not killed
    got = values("Three hostages were killed, six were freed by the police.")
    assert got.get("killed_total") == 3


def test_a_release_after_another_status_stays_that_status() -> None:
    assert values("A third attacker was wounded and escaped on foot.") == {"wounded_total": 1}


def test_kidnapped_people_make_a_briefing_figure_outside_the_gold_fields() -> None:
    from briefing.extract import extract_document

    d = extract_document("Gunmen abducted 23 passengers from a bus on Sunday and killed the driver.",
                         "t", "2024-05-06")
    assert d.figures["kidnapped_total"].value == 23
    row = d.flat()
    assert "kidnapped_total" not in row and "kidnapped_total" not in row["lower_bound"]
    freed = extract_document("Nine of the 23 passengers abducted on Sunday were freed on Tuesday.", "t", "2024-05-08")
    assert freed.figures["released_total"].value == 9 and "released_total" not in freed.flat()


def test_to_death_after_a_wounding_verb_is_killed() -> None:
    got = values("A man stabbing three people to death at a bus stop was caught, police said.")
    assert (got["killed_total"], got["captured_attackers"], "wounded_total" in got) == (3, 1, False)
    assert values("The crowd beat two thieves to death.")["killed_total"] == 2


def test_a_toll_brought_to_a_figure_and_a_toll_among_one_party() -> None:
    got = values("One of the soldiers wounded on Monday died in hospital, bringing the death toll "
                 "among the security forces to five, the army said.")
    assert got["killed_security"] == 5 and got["killed_total"] == 5
    assert values("The death toll among civilians rose to 9.")["killed_civilians"] == 9


def test_soldiers_who_fell_and_people_among_the_dead_are_killed() -> None:
    assert values("On our side, 4 soldiers fell on the field of honour.")["killed_security"] == 4
    assert values("At least six civilians, including two children, were among the dead.")[
        "killed_civilians"] == 6


def test_a_rank_included_in_a_figure_is_of_its_party() -> None:
    got = values("The strike killed 12 militants, including three senior commanders.")
    assert got["killed_attackers"] == 12 and "killed_security" not in got


def test_items_inside_a_part_are_not_added_to_it() -> None:
    got = values("Eleven people died. Medics said 8 of the dead were civilians, among them three "
                 "children and two women.")
    assert got["killed_civilians"] == 8 and got["killed_total"] == 11


def test_a_status_word_that_modifies_a_noun_is_no_status() -> None:
    got = values("Two hostage takers were killed when police stormed the bank.")
    assert got["killed_attackers"] == 2 and "kidnapped_total" not in got
    assert values("Police shot dead three hostage-takers.")["killed_attackers"] == 3
    assert values("Two hostage negotiators arrived at the scene.") == {}


def test_a_toll_far_from_its_figure_and_a_toll_with_an_owner() -> None:
    got = values("The death toll from Monday's car bombing outside the crowded central market of the "
                 "northern provincial capital rose to 41 by nightfall, officials said.")
    assert got["killed_total"] == 41
    got = values("Crews found two more bodies, bringing the health ministry's death toll from the "
                 "strike to 19.")
    assert got["killed_total"] == 19
    assert values("Market bombing death toll rises to 23")["killed_total"] == 23


def test_a_comparison_across_years_is_no_cumulative_count() -> None:
    got = values("Bandits abducted at least 90 pupils on Friday, the largest mass abduction in the "
                 "state in several years.")
    assert got["kidnapped_total"] == 90
    assert values("The bombing killed 30 people, the deadliest attack on police since 2014.")[
        "killed_total"] == 30
    # a count over the years stays void
    assert values("More than 13,000 people have been killed in the region since 1980.") == {}
    assert values("Some 7,000 died during 10 years of civil war.") == {}


def test_a_list_of_the_dead_or_injured_at_the_head_of_a_sentence() -> None:
    got = values("Forty people died. Among the dead were 12 police officers and 20 civilians.")
    assert (got["killed_total"], got["killed_security"], got["killed_civilians"]) == (40, 12, 20)
    got = values("The ministry said the dead included six children.")
    assert got["killed_civilians"] == 6
    assert values("The injured include 14 schoolchildren.")["wounded_total"] == 14
    # after a figure of the same sentence the list is of its parts, not added to them
    got = values("Fifteen soldiers were killed; among the dead were three officers.")
    assert (got["killed_total"], got["killed_security"]) == (15, 15)


def test_a_list_that_names_some_of_the_dead_is_a_floor() -> None:
    # "include" names some of the dead, not all of them
    got = run("The dead include three policemen and five children.").figures
    assert (got["killed_total"].value, got["killed_total"].qualifier) == (8, "at_least")
    assert (got["killed_civilians"].value, got["killed_civilians"].qualifier) == (5, "at_least")
    # (three policemen are some of the dead: other officers may be among those not named)
    assert (got["killed_security"].value, got["killed_security"].qualifier) == (3, "at_least")
    # with the toll told before it, the toll stands and the children are some of the civilians
    got = run("Thirty people were killed in the blast. The dead include three policemen and five children.").figures
    assert (got["killed_total"].value, got["killed_total"].qualifier) == (30, "exact")
    assert (got["killed_civilians"].value, got["killed_civilians"].qualifier) == (5, "at_least")
    assert (got["killed_security"].value, got["killed_security"].qualifier) == (3, "at_least")
    # a list whose parts make up the toll names every party's dead
    got = run("At least 26 people died. Among the dead were 20 soldiers, a driver and five villagers.").figures
    assert (got["killed_security"].value, got["killed_security"].qualifier) == (20, "exact")
    assert (got["killed_civilians"].value, got["killed_civilians"].qualifier) == (6, "exact")  # driver + 5
    # a list of all the dead stays exact
    got = run("The dead were three policemen and five shoppers.").figures
    assert (got["killed_total"].value, got["killed_total"].qualifier) == (8, "exact")


def test_a_status_word_before_its_noun_is_an_adjective() -> None:
    got = run("Two wounded policemen were taken to hospital.").figures
    assert got["wounded_total"].value == 2 and "killed_total" not in got
    assert [m.party for m in run("Two wounded policemen were taken to hospital.").mentions] == ["security"]
    # a wounded man who died is a death, not one more wounded
    got = values("Four soldiers were killed and six wounded on Monday. A wounded soldier later died in hospital.")
    assert (got["killed_total"], got["wounded_total"]) == (5, 6)
    # ... and one more of its party: the party's figure agrees with the total
    assert got["killed_security"] == 5
    # the noun may come one word after the adjective
    assert [m.party for m in run("Three wounded Afghan soldiers were flown out.").mentions] == ["security"]
    assert values("Five wounded were taken to hospital.") == {"wounded_total": 5}
    # a death squad, death threats: no death
    assert values("The colonel was a death squad member and had received death threats.") == {}


def test_people_described_by_one_status_and_told_in_another() -> None:
    # "52 abducted girls were freed": 52 freed, and at least 52 taken (not a competing total)
    got = run("Officials said 64 pupils were abducted on Friday. On Sunday 52 abducted pupils were freed.").figures
    assert (got["kidnapped_total"].value, got["released_total"].value) == (64, 52)
    assert run("Officials said 64 pupils were abducted on Friday. On Sunday 52 abducted pupils were "
               "freed.").checks == []
    # a headline has no auxiliary, and a place name may stand before the noun
    got = values("Thirty abducted Kaduna pupils freed")
    assert (got["kidnapped_total"], got["released_total"]) == (30, 30)
    # the verb before: "rescued 12 abducted farmers"
    assert values("Soldiers rescued 12 abducted farmers near the river.")["released_total"] == 12


@pytest.mark.parametrize("text, kidnapped", [
    ("Residents said 40 pupils had been taken from the dormitory.", 40),
    ("Gunmen raided the village at night and 15 women were taken.", 15),
    ("Nine travellers were taken away by armed men, police said.", 9),
    # taken somewhere, or things taken: no kidnapping
    ("Six wounded passengers were taken to a clinic.", None),
    ("Four suspects were taken into custody.", None),
    ("Two bodies were taken from the burnt car.", None),
    ("Three vehicles were taken, police said.", None),
])
def test_people_taken_without_a_destination_are_kidnapped(text: str, kidnapped: int | None) -> None:
    assert values(text).get("kidnapped_total") == kidnapped


def test_a_closed_compound_takes_the_party_of_its_last_part() -> None:
    assert party_of_phrase("schoolgirls") == ("civilians", True)
    assert party_of_phrase("bodyguards") == ("security", True)
    assert party_of_phrase("shipments") == ("unspecified", False)
    # rescue workers are no fighters, whatever their last part
    assert party_of_phrase("four firefighters") == ("civilians", True)
    assert values("Troops freed 52 schoolgirls on Wednesday.")["released_total"] == 52
    assert [m.party for m in run("52 abducted schoolgirls were found.").mentions] == ["civilians"]


def test_victims_told_far_from_the_attackers_killed_are_not_zero() -> None:
    text = ("Gunmen raided a village on Sunday. Troops later stormed the gang's camp. Three bandits were "
            "killed in the operation. Residents fled. Schools closed. Markets shut. Two guards died in "
            "the raid on the village.")
    got = run(text).figures
    assert (got["killed_attackers"].value, got["killed_security"].value) == (3, 2)
    # not 3 - 3 = 0: the victims are the guards, told apart from the attackers' count
    assert (got["killed_victims"].value, got["killed_victims"].qualifier) == (2, "at_least")
    assert (got["killed_total"].value, got["killed_total"].derivation) == (5, "3 + 2 = 5")


def test_a_death_among_the_wounded_inside_a_toll_of_its_sentence_is_not_added() -> None:
    got = values("Police said the number of guards killed had risen to two after a wounded guard died.")
    assert got["killed_security"] == 2


def test_a_pronoun_arrested_after_a_sentence_about_the_attacker_is_the_attacker() -> None:
    assert values("A gunman shot a guard on Monday. He was arrested an hour later.")["captured_attackers"] == 1
    # without an attacker before it, "he" may be anyone
    assert "captured_attackers" not in values("A woman was stabbed in the market. He was arrested.")


def test_others_wounded_beside_a_figure_of_the_verb_before_add_to_it() -> None:
    assert values("He stabbed two women and injured three others before fleeing.")["wounded_total"] == 5
    # others of another status are that status's own count
    got = values("A bomb killed 12 people and wounded 30 others.")
    assert (got["killed_total"], got["wounded_total"]) == (12, 30)


def test_the_attacker_arrested_is_one_captured() -> None:
    assert values("Officers arrested the suspect near the station.")["captured_attackers"] == 1
    assert values("Police shot the attacker in the leg and arrested the wounded attacker.")[
        "captured_attackers"] == 1
    assert "captured_attackers" not in values("Police said they hoped to arrest the gunman soon.")


@pytest.mark.parametrize(("text", "victims", "civilians"), [
    # a state's strike: the fighters it hit are its targets, counted among the victims
    ("Nine people died in an Israeli strike on a flat, among them four fighters of a militia, a monitor said.",
     9, None),
    ("A U.S. drone strike killed three al-Shabaab militants and two farmers near the river, elders said.",
     5, 2),
])
def test_fighters_hit_by_a_states_strike_are_no_attackers(text: str, victims: int, civilians: int | None) -> None:
    from briefing.extract import extract_document

    result = extract_document(text, article_id="s", published="2024-03-02", language="en")
    assert "killed_attackers" not in result.figures
    assert result.figures["killed_victims"].value == victims
    assert (result.figures["killed_civilians"].value if "killed_civilians" in result.figures else None) == civilians
    assert any("counted among the victims, not as attackers" in c for c in result.checks)


def test_militants_killed_by_a_non_state_doer_stay_attackers() -> None:
    from briefing.extract import extract_document

    text = "Gunmen stormed a police post, killing three officers; two of the militants were also killed."
    result = extract_document(text, article_id="g", published="2024-03-02", language="en")
    assert result.figures["killed_attackers"].value == 2
    assert not any("not as attackers" in c for c in result.checks)


def test_a_state_that_only_denies_the_strike_is_not_its_doer() -> None:
    from briefing.extract import extract_document

    text = ("The ministry said 6 militants were killed in the strike on Monday. Africa Command denied "
            "carrying out any strike in the area.")
    result = extract_document(text, article_id="d", published="2024-03-02", language="en")
    assert result.figures["killed_attackers"].value == 6
    assert not any("not as attackers" in c for c in result.checks)


@pytest.mark.parametrize("text", [
    "A man stabbed passers-by with a knife before police arrived.",
    "Two gunmen shot worshippers leaving the mosque.",
])
def test_the_agent_of_an_active_verb_with_a_bare_plural_object_is_no_casualty(text: str) -> None:
    assert values(text) == {}


def test_a_participle_before_its_noun_still_counts() -> None:
    assert values("The blast left a dead guard and seven other wounded people.")["wounded_total"] == 7


def test_breakdown_after_a_colon_or_a_dash_gives_the_parties_inside_the_total() -> None:
    assert values("The raid left 11 dead: seven fighters and four herders.") == {
        "killed_total": 11, "killed_attackers": 7, "killed_civilians": 4, "killed_victims": 4}
    got = values("Police said nine people were wounded - five officers and four vendors.")
    assert got["wounded_total"] == 9  # the parts are inside the nine, not added to it
    # a colon before another status's figure is no breakdown
    assert values("Two guards were killed: 30 suspects were arrested later.")["killed_total"] == 2


def test_the_dead_were_lists_the_parts_of_the_toll() -> None:
    assert values("Nine people died. The dead were four guards and five pilgrims.") == {
        "killed_total": 9, "killed_security": 4, "killed_civilians": 5, "killed_victims": 9}
    assert values("The dead were buried on Sunday.") == {}


def test_the_number_of_a_party_killed_is_that_partys_count() -> None:
    fig = run("The ministry put the number of insurgents killed at about forty.").figures
    assert (fig["killed_attackers"].value, fig["killed_attackers"].qualifier) == (40, "about")
    assert values("Doctors put the number of children wounded at 12.")["wounded_total"] == 12


def test_fell_with_arms_in_hand_is_a_translated_death() -> None:
    assert values("Eleven assailants fell with arms in hand, the communique said.")["killed_attackers"] == 11


def test_children_among_the_dead_are_some_of_the_civilians_not_all() -> None:
    fig = run("Nineteen people died in the blast, including six children.").figures["killed_civilians"]
    assert (fig.value, fig.qualifier) == (6, "at_least")
    fig = run("Nineteen people died in the blast, including 17 civilians.").figures["killed_civilians"]
    assert (fig.value, fig.qualifier) == (17, "exact")


def test_a_figure_the_same_sentence_revises_is_not_added() -> None:
    text = "Officials, who first said about 30 villagers had been taken, now say 41 were abducted."
    got = run(text)
    assert (got.figures["kidnapped_total"].value, got.figures["kidnapped_total"].qualifier) == (41, "exact")
    assert any("30" in c and "revises" in c for c in got.checks)
    assert values("Police said 9 people were killed but later revised the toll to 13.")["killed_total"] == 13
    # two parties of one sentence still add up
    assert values("Gunmen abducted 20 farmers and two police officers.")["kidnapped_total"] == 22


def test_a_list_runs_on_after_a_victim_described_by_age() -> None:
    got = values("The dead included a 23-year-old nurse and three soldiers.")
    assert (got["killed_civilians"], got["killed_security"], got["killed_total"]) == (1, 3, 4)
    got = values("Bandits shot dead a 60-year-old trader and two herders.")
    assert got["killed_total"] == 3


@pytest.mark.parametrize("text, party", [
    ("A hotel guard was shot dead at the gate.", "civilians"),
    ("Two security guards were killed at the bank.", "civilians"),
    ("Two guards were killed at the border post.", "security"),
    ("A border guard was killed.", "security"),
])
def test_a_guard_of_a_private_employer_is_a_civilian(text: str, party: str) -> None:
    assert [p for _, p, _ in mentions(text)] == [party]


def test_cumulative_statistics_void_only_their_own_clause() -> None:
    assert values("Gunmen killed nine people on Monday, and residents said the town had been calm since "
                  "2019.")["killed_total"] == 9
    # the count of the clause that gives the statistics stays out
    assert values("More than 300 people have been killed since 2019, and the army said it had sent more "
                  "troops.") == {}


def test_a_count_of_attacks_is_no_count_of_people() -> None:
    assert values("The two men, who were behind at least 12 bomb attacks in the region, were arrested.") \
        .get("captured_attackers") in (None, 2)
    assert all(v != 12 for _, _, v in mentions("The cell carried out 12 attacks and its members were arrested."))


@pytest.mark.parametrize("text", [
    "Troops neutralised 12 insurgents near the border.",  # British spelling, status first
    "The patrol, neutralising 12 insurgents, lost no men.",
])
def test_neutralised_before_its_number(text: str) -> None:
    assert ("killed", "attackers", 12) in mentions(text)


@pytest.mark.parametrize("text", [
    "The bodies of three missing policemen were recovered from the river.",
    "Villagers said 3 bodies of policemen were found by the road.",
])
def test_remains_take_the_party_of_whose_they_are(text: str) -> None:
    assert mentions(text) == [("killed", "security", 3)]


def test_what_raised_a_toll_is_inside_it() -> None:
    result = run("The toll rose to 11 on Friday after the bodies of three more villagers were dug out.")
    assert {k: f.value for k, f in result.figures.items()}["killed_total"] == 11
    inner = [m for m in result.mentions if m.value == 3]
    assert [(m.party, m.role, m.note) for m in inner] == [("civilians", "part", "included in the total")]
    # without a rise the second figure is not told as inside the first
    other = run("Eleven people were killed on Friday after the bodies of three villagers were found.")
    assert [m.note for m in other.mentions if m.value == 3] == [""]


def test_a_party_told_in_the_headline_and_the_lede_is_near_the_lede() -> None:
    # the masthead and date lines stand between the headline and the lede: the soldiers of the
    # headline are those of the lede, beside the attackers told after it
    text = ("Police raise bridge attack toll to 6 officers\nThe River Courier\n3 May 2024\n\n"
            "Police on Thursday raised the toll of the bridge attack to 6 officers killed. "
            "They said 8 gunmen had also been killed in the fighting.")
    got = values(text, "2024-05-03")
    assert (got["killed_security"], got["killed_attackers"], got["killed_total"]) == (6, 8, 14)
    # a party whose other count stands far off does not join: "three soldiers" of a sentence
    # far below is another count; the attackers' deaths told apart, later, add to their victims
    far = ("Six officers were killed in the attack, police said.\n\n" + "The bridge was closed. " * 5
           + "Three soldiers were killed.")
    assert values(far, "2024-05-03")["killed_total"] == 6
    far = far.replace("Three soldiers were killed.", "Eight gunmen were killed.")
    assert values(far, "2024-05-03")["killed_total"] == 14


@pytest.mark.parametrize("text, party", [
    ("Four farmers were arrested over the ambush.", "attackers"),  # the police hold suspects
    ("The van driver was detained at the scene.", "attackers"),
    ("Two police officers were arrested over the killing.", "attackers"),
])
def test_people_the_police_arrest_are_suspects(text: str, party: str) -> None:
    assert [(s, p) for s, p, _ in mentions(text)] == [("captured", party)]


@pytest.mark.parametrize("text", [
    "Three soldiers were taken prisoner.",
    "The rebels captured eight soldiers at the checkpoint.",
    # the object left out after a list of the group's deeds is the soldiers of the first verb
    "The group said it had killed 40 soldiers, wounded dozens and captured six alive.",
])
def test_soldiers_the_attackers_capture_are_held_not_attackers_captured(text: str) -> None:
    assert ("kidnapped", "security") in [(s, p) for s, p, _ in mentions(text)]
    assert "captured" not in [s for s, _, _ in mentions(text)]


@pytest.mark.parametrize(("text", "attackers", "total"), [
    ("At least 27 people were killed in the market bombing. The toll does not include the bomber.", 1, 28),
    ("Four people were killed. The death toll does not include the two gunmen.", 2, 6),
    ("In addition to the assailant, 49 people were killed.", 1, 50),
    ("Twenty-one people died, excluding the two gunmen.", 2, 23),
])
def test_attackers_left_out_of_the_toll_are_added_to_it(text: str, attackers: int, total: int) -> None:
    res = run(text)
    got = {k: f.value for k, f in res.figures.items()}
    assert (got["killed_attackers"], got["killed_total"]) == (attackers, total)
    told = "attacker told apart" if attackers == 1 else "attackers told apart"
    assert res.figures["killed_total"].derivation == f"{total - attackers} + {attackers} {told} = {total}"


@pytest.mark.parametrize("text", [
    "The governor said 18 people lost their lives in the raid on the market, not counting the "
    "attackers: 15 traders and three police officers. Four gunmen were killed by the police.",
    "Police said 18 people died, excluding the attackers. Four militants were also shot dead.",
    # the toll told twice, once with the words that leave the attackers out
    "18 killed in market raid\nPolice said 18 people died, not including the gunmen. Four gunmen "
    "were shot dead.",
])
def test_a_toll_said_to_leave_the_attackers_out_takes_their_count_told_elsewhere(text: str) -> None:
    figures = run(text).figures
    assert {k: figures[k].value for k in ("killed_victims", "killed_attackers", "killed_total")} == {
        "killed_victims": 18, "killed_attackers": 4, "killed_total": 22}
    assert figures["killed_total"].derivation == "18 + 4 attackers told apart = 22"


@pytest.mark.parametrize("text", [
    # a bare "toll" may be of the injured: the attacker left out of it was wounded, not killed
    "Nine people were injured. The toll does not include the attacker.",
    # no count of the killed beside "besides": no death
    "Besides the gunman, police arrested two men near the station.",
    # the attackers' number is not told
    "Three people were killed, not including the attackers.",
])
def test_no_attacker_death_without_a_toll_of_the_dead_and_a_count(text: str) -> None:
    assert "killed_attackers" not in values(text)


@pytest.mark.parametrize("text", [
    # the sentence after the toll leaves the attackers out; the one after counts them
    "The death toll rose to 26 on Monday, officials said. The official figure still excludes the "
    "four gunmen. Counting them, 30 people lost their lives.",
    "26 people died in the siege. It does not include the four gunmen, who were all shot dead.",
    "Twenty-six people died, the ministry said. The count leaves out the four gunmen.",
    "Thirty people, not counting the four gunmen, have now died.",
])
def test_attackers_a_later_sentence_leaves_out_of_the_toll(text: str) -> None:
    got = values(text)
    assert (got["killed_victims"], got["killed_attackers"], got["killed_total"]) == (
        (30, 4, 34) if text.startswith("Thirty") else (26, 4, 30))


@pytest.mark.parametrize("text", [
    "Including the four gunmen, 30 people lost their lives in the siege.",
    "The death toll of 30 includes the four gunmen.",
    "30 people were killed, including the four gunmen.",
    "The death toll, including the four gunmen, rose to 30.",
    # the toll told twice, with and without the attackers, whose number is not told
    "The death toll rose to 26. Including the attackers, 30 people died.",
    "Four gunmen were also killed. Including the attackers, the death toll stands at 30.",
])
def test_a_toll_said_to_count_the_attackers_holds_them(text: str) -> None:
    result = run(text)
    got = {k: f.value for k, f in result.figures.items()}
    assert (got["killed_victims"], got["killed_attackers"], got["killed_total"]) == (26, 4, 30)
    assert not any("different totals" in c for c in result.checks)


def test_a_toll_that_counts_attackers_of_no_number_gives_no_victims_count() -> None:
    result = run("Thirty people were killed, including the attackers.")
    assert values("Thirty people were killed, including the attackers.")["killed_total"] == 30
    assert "killed_victims" not in result.figures
    assert any("counts the attackers, whose number is not told" in c for c in result.checks)


@pytest.mark.parametrize(("text", "expected"), [
    # the attackers lived: not deaths
    ("Nine people were killed. The figure does not include the two gunmen, who were arrested.",
     {"killed_total": 9, "killed_victims": 9, "captured_attackers": 2}),
    # the toll before is of the injured
    ("Nine people were injured. The figure does not include the two gunmen.", {"wounded_total": 9}),
    # "not counting" leaves them out: no inclusion
    ("The death toll, not counting the two gunmen, rose to 9.",
     {"killed_total": 11, "killed_victims": 9, "killed_attackers": 2}),
])
def test_attackers_inside_or_outside_a_toll_only_as_told(text: str, expected: dict[str, int]) -> None:
    assert values(text) == expected


def test_a_clause_after_a_headline_toll_names_no_party() -> None:
    got = values("Market bombings: death toll climbs to 31 as government blames rebels")
    assert got["killed_total"] == 31 and "killed_security" not in got


def test_an_estimate_above_the_stated_toll_is_told_as_a_rival() -> None:
    result = run("The attack killed 30 people, the ministry said. Local traders put the toll at nearly 40.")
    assert result.figures["killed_total"].value == 40  # the larger, as tolls rise
    assert result.figures["killed_total"].other_total == 30
    assert any("different totals stated" in c for c in result.checks)


@pytest.mark.parametrize(("text", "field", "total", "derivation"), [
    ("Nine people were hurt in the stabbing. The two guards injured while disarming the man are "
     "not included in that figure.", "wounded_total", 11, "9 + 2"),
    ("At least 12 people died. Three soldiers killed in the crossfire were not counted in the "
     "official toll.", "killed_total", 15, "12 + 3"),
    ("Seven people were injured, but four firefighters hurt later are not part of that figure.",
     "wounded_total", 11, "7 + 4"),
])
def test_a_count_told_outside_a_total_is_added_to_it(text: str, field: str, total: int, derivation: str) -> None:
    figure = run(text).figures[field]
    assert figure.value == total
    assert figure.derivation is not None and figure.derivation.startswith(derivation)
    assert len(figure.evidence) == 2  # both sentences are quoted


@pytest.mark.parametrize(("text", "total"), [
    # a part told inside the total, or beside it without saying it is outside, adds nothing
    ("Nine people were hurt, including two guards.", 9),
    ("Nine people were hurt in the stabbing. Two guards were treated at the scene and were hurt too.", 9),
    # the phrase names no count of its own: the total stands
    ("Nine people were hurt. Minor injuries are not included in that figure.", 9),
])
def test_no_count_outside_the_total_without_one_said_to_be(text: str, total: int) -> None:
    assert values(text)["wounded_total"] == total


@pytest.mark.parametrize(("text", "expected"), [
    ("The rebels said they took six soldiers prisoner.", ("kidnapped", "security", 6)),
    ("The group said its fighters had taken four prisoners.", ("kidnapped", "unspecified", 4)),
    ("Troops killed nine militants and took three fighters prisoner.", ("captured", "attackers", 3)),
])
def test_people_taken_prisoner(text: str, expected: tuple[str, str, int]) -> None:
    # the attackers' prisoners are held by them (kidnapped); attackers taken are captured
    assert expected in mentions(text)


def test_escaped_prisoners_are_no_casualties() -> None:
    assert mentions("About 300 prisoners escaped after the attack on the jail.") == []


@pytest.mark.parametrize(("text", "wounded"), [
    # a number told with its severity is a part of the count before it, not the verb's object
    ("One guard was killed and two others injured one seriously.", 2),
    # "other" between the verb and its number
    ("Militants attacked a checkpoint, killing one soldier and injuring other two.", 2),
])
def test_wounded_counts_with_a_severity_or_other(text: str, wounded: int) -> None:
    assert values(text)["wounded_total"] == wounded


def test_a_number_after_an_active_verb_is_still_its_object() -> None:
    # "two gunmen injured three people": the two are the agents
    assert mentions("Two gunmen injured three people at the market.") == [("wounded", "unspecified", 3)]


@pytest.mark.parametrize("text", [
    "Five military vehicles were destroyed in the attack.",
    "Gunmen destroyed two police cars and three army trucks.",
])
def test_things_qualified_by_a_party_word_are_no_people(text: str) -> None:
    assert mentions(text) == []


def test_a_person_after_a_thing_noun_is_the_head() -> None:
    assert mentions("Five police station guards were killed.") == [("killed", "security", 5)]


@pytest.mark.parametrize("text, expected", [
    ("Three IS fighters were killed near the dam.", [("killed", "attackers", 3)]),
    ("Troops killed six IS militants on Sunday.", [("killed", "attackers", 6)]),
])
def test_the_acronym_is_in_capitals_is_a_group_not_the_verb(text: str, expected: list) -> None:
    assert mentions(text) == expected


def test_is_in_a_sentence_in_capitals_stays_the_verb() -> None:
    # a wire in capitals writes the verb "IS" too: no group is read into it
    assert mentions("THE TOLL IS 3 PEOPLE KILLED AND THE ARMY IS ON ALERT.") == [("killed", "unspecified", 3)]


@pytest.mark.parametrize("text, expected", [
    ("The number of soldiers killed in the raid on the base rose to nine.", [("killed", "security", 9)]),
    ("A body was found later, bringing the number of rebels killed to four.", [("killed", "attackers", 4)]),
    ("The number of civilians wounded has climbed to 31.", [("wounded", "civilians", 31)]),
    ("The death toll has risen to six policemen.", [("killed", "security", 6)]),
    ("The death toll has risen to six on Friday.", [("killed", "unspecified", 6)]),
    ("Officials corrected the number of people injured in the blast to 12, down from 15.", [("wounded", "unspecified", 12)]),
    ("The ministry revised the number of civilians killed to 30.", [("killed", "civilians", 30)]),
])
def test_a_toll_of_one_party(text: str, expected: list) -> None:
    assert mentions(text) == expected


def test_two_counts_of_one_party_are_both_kept_for_the_reconciler() -> None:
    result = run("A monitor put the number of soldiers killed at seven. The army said four soldiers "
                 "had died, rejecting that figure.")
    soldiers = result.figures["killed_security"]
    assert (soldiers.value, soldiers.other_total) == (7, 4)
    assert "four soldiers" in soldiers.other_total_evidence[0].sentence


def test_a_part_told_apart_is_no_rival_count() -> None:
    # the three are some of the five, told with a qualifier of their own: no second count
    result = run("Five soldiers were killed in the ambush. Three of the soldiers were from Dorvik.")
    assert result.figures["killed_security"].other_total is None


# --- live coverage: retractions, party tolls, a group's own figures ----------------------

def test_a_figure_the_article_retracts_is_not_counted_nor_its_first_telling() -> None:
    text = ("09:10 - A security source says 14 guards have been killed.\n\n"
            "11:40 - Correction: an earlier entry said 14 guards had been killed. Officials have since "
            "said nine guards were killed.")
    result = run(text)
    assert result.figures["killed_security"].value == 9
    assert sum("a figure the article retracts" in c for c in result.checks) == 2
    # the same count told without a retraction is a count like any other
    assert values("A security source says 14 guards have been killed. Officials said nine guards "
                  "were killed.")["killed_security"] == 14


@pytest.mark.parametrize("text, party", [
    ("The civilian death toll has risen to seven.", "civilians"),
    ("Doctors put the civilian toll at seven.", "civilians"),
    ("The military death toll stood at seven.", "security"),
    ("The army's toll rose to seven.", "unspecified"),  # who counts, not whose dead
    ("Officials corrected the number of people hurt to seven.", "unspecified"),
])
def test_a_party_word_before_the_toll_names_whose_toll_it_is(text: str, party: str) -> None:
    assert [(p, v) for _, p, v in mentions(text)] == [(party, 7)]


def test_a_part_told_of_whom_and_a_partitive_of_our() -> None:
    # a communique in translation: "of our" soldiers, one of whom died later, inside the eleven
    got = values("11 of our valiant soldiers fell on the field of honour, of whom one succumbed to "
                 "his wounds during the night.")
    assert (got["killed_security"], got["killed_total"]) == (11, 11)
    assert values("Two terrorists were taken alive by the patrol.")["captured_attackers"] == 2
    # "any" names no one: a denial of captives counts none
    assert mentions("The ministry denied that any soldier had been captured.") == []
    assert mentions("Officials denied that any civilian was killed.") == []


def test_a_group_unknown_to_the_gazetteer_speaks_its_claim_by_its_short_name() -> None:
    from briefing.extract import extract_document

    text = ("A group calling itself Katibat Nahr al-Sahil claimed the raid on the camp on Monday.\n\n"
            "The army said nine soldiers were killed.\n\n"
            "Nahr al-Sahil said online that 40 soldiers were killed.")
    found = extract_document(text, "k", "2024-05-07")
    assert found.figures["killed_security"].value == 9
    # without the claim's group named anywhere, the figure is an ordinary count
    plain = extract_document(text.replace("A group calling itself Katibat Nahr al-Sahil claimed",
                                          "Gunmen carried out"), "k", "2024-05-07")
    assert plain.figures["killed_security"].value == 40


def test_parts_above_a_total_keep_their_hedge() -> None:
    got = run("More than fifty terrorists were neutralised, the army said. Four people were killed.")
    assert (got.figures["killed_total"].value, got.figures["killed_total"].qualifier) == (50, "at_least")


def test_an_unnamed_groups_claim_yields_to_the_army_and_a_supposed_toll_counts_nothing() -> None:
    text = ("Breakaway rebel group claims road ambush, says 15 soldiers killed. "
            "A little-known faction has claimed the ambush, saying it killed 15 soldiers. "
            "The army said three soldiers were killed. "
            '"Fifteen dead would be a disaster the army could not hide," an analyst said.')
    got = values(text)
    assert got["killed_security"] == 3
    assert got["killed_total"] == 3


def test_more_attackers_killed_than_the_total_make_the_total_the_others() -> None:
    # the "at least three killed" cannot hold the eight rebels: the victims are at least the
    # soldiers and civilians counted apart, and so is the total (the rebels, told apart, may
    # have died in another clash: they are not added)
    text = ("Troops killed eight rebels in the fighting, the army said.\n\n" + "The road was closed. " * 5
            + "At least three people were killed in the ambush, police said.\n\n" + "The road was closed. " * 5
            + "Later, officials said three soldiers and two civilians had died.")
    result = run(text)
    got = {k: (f.value, f.qualifier) for k, f in result.figures.items()}
    assert (got["killed_attackers"], got["killed_victims"], got["killed_total"]) == (
        (8, "exact"), (5, "at_least"), (8, "at_least"))


def test_a_sum_with_a_rough_part_is_rough() -> None:
    figures = run("When the shooting stopped, some two dozen guests were dead, along with three of the "
                  "officers sent to save them.").figures
    total = figures["killed_total"]
    assert (total.value, total.qualifier, total.derivation) == (27, "about", "3 + 24 = 27")
    exact = run("When the shooting stopped, 24 guests were dead, along with three police officers.").figures
    assert (exact["killed_total"].value, exact["killed_total"].qualifier) == (27, "exact")


def test_the_bombers_own_death_told_first_leaves_the_victims_counted() -> None:
    got = values("A suicide bomber set off his explosives at the gate, killing himself and four guards.")
    assert (got["killed_security"], got["killed_victims"]) == (4, 4)
    got = values("The driver detonated the truck at the checkpoint, killing herself and two soldiers and "
                 "wounding 11 others.")
    assert (got["killed_victims"], got["wounded_total"]) == (2, 11)


def test_a_status_word_in_scare_quotes_is_read() -> None:
    assert values('The army said nine rebels were "neutralised" in the fighting.')["killed_attackers"] == 9
    # a quoted phrase stays apart: no death of "broad access"
    assert "killed_total" not in values('They deprive the merchants of "slow death" of broad access to markets.')


@pytest.mark.parametrize(("text", "security"), [
    ("The raid came a day after the death of a fifth police officer.", 5),
    # an ordinal beside another status counts on from it: one killed, not four
    ("Three police officers were wounded and a fourth police officer was killed.", 1),
    # a rank is no ordinal
    ("A second lieutenant and nine soldiers were killed.", 10),
])
def test_an_ordinal_victim_tells_the_partys_count(text: str, security: int | None) -> None:
    assert values(text).get("killed_security") == security


def test_a_total_as_large_as_one_party_told_apart_is_that_partys_count() -> None:
    result = run("Eleven rebels and eight soldiers were killed in the fighting. Prosecutors said autopsies on "
                 "all eleven bodies had been completed.")
    assert result.figures["killed_total"].value == 19 and result.figures["killed_total"].contested is None
    assert any("read as their count, not the total" in c for c in result.checks)


@pytest.mark.parametrize(("text", "security", "captured"), [
    # an ordinal before a person noun with a clause of its own, for deaths and arrests
    ("A fifth member of the border guard, who had been on leave, died of his wounds.", 5, None),
    # an ordinal of people taken counts the people, not the captures ("a sixth attacker was
    # captured" after five were killed): one arrest
    ("A third suspect, who had worked as a cook at the camp, was arrested on Sunday.", None, 1),
    # counted on from another status: one more, not three
    ("Two soldiers were wounded and a third soldier, who was driving, was killed.", 1, None),
])
def test_an_ordinal_before_a_relative_clause_tells_the_count(
        text: str, security: int | None, captured: int | None) -> None:
    got = values(text)
    assert (got.get("killed_security"), got.get("captured_attackers")) == (security, captured)


def test_a_role_after_as_is_no_person_counted() -> None:
    # "worked as a driver": what the suspect did, not a driver arrested beside him
    assert mentions("The suspect, who worked as a driver for the group, was arrested on Monday.") \
        == [("captured", "attackers", 1)]


def test_hostages_leading_a_list_of_the_dead_are_dead() -> None:
    got = values("The siege ended on Friday. Six hostages, four gunmen and a policeman were killed.")
    assert (got["killed_civilians"], got["killed_attackers"], got["killed_security"], got["killed_total"]) \
        == (6, 4, 1, 11)
    # after a verb of taking, the hostages are the people taken
    got = values("The gunmen took 30 hostages and two guards were killed.")
    assert (got["kidnapped_total"], got["killed_security"]) == (30, 2)


def test_the_people_a_part_is_of_name_its_party() -> None:
    got = values("Police said 14 gunmen had stormed the camp, of whom nine were killed and five captured.")
    assert (got["killed_attackers"], got["captured_attackers"]) == (9, 5)
    got = values("Of the 25 soldiers on the convoy, eight were killed.")
    assert got["killed_security"] == 8 and got["killed_total"] == 8


@pytest.mark.parametrize(("phrase", "party"), [
    ("a member of the special forces", "security"),
    # a group's name that ends in "Army" is no state's army
    ("a member of the New People's Army", "attackers"),
    ("members of the army", "security"),
    ("workers and contractors", "civilians"),
])
def test_the_body_after_of_decides_the_party(phrase: str, party: str) -> None:
    assert party_of_phrase(phrase)[0] == party


def test_people_held_for_their_help_are_apart_from_the_attackers_captured() -> None:
    text = ("Three gunmen were captured at the scene. Police later detained six people on suspicion of "
            "providing cars and shelter to the group.")
    result = run(text)
    assert result.figures["captured_attackers"].value == 3
    assert any("suspected accomplices" in c for c in result.checks)
    # nor are they where no attacker is said to be captured: helpers are no attackers
    result = run("Police detained six people on suspicion of providing cars to the gunmen.")
    assert "captured_attackers" not in result.figures
    assert any("suspected accomplices" in c for c in result.checks)
    assert "captured_attackers" not in run("Police arrested a man on suspicion of illegally selling the rifle "
                                           "used in the attack.").figures


def test_the_hostages_named_again_are_no_new_count() -> None:
    text = ("Gunmen took 80 workers hostage at the plant. The company said its toll included the "
            "five hostages counted by the army.")
    assert values(text)["kidnapped_total"] == 80


def test_a_toll_since_the_siege_began_is_the_incidents() -> None:
    assert values("At least 21 people have died since the siege began, officials said.")["killed_total"] == 21
    # a war's course is no incident
    assert "killed_total" not in values("At least 2,000 people have died since the war began.")


def test_a_count_brought_to_a_figure_before_its_noun() -> None:
    text = ("Gunmen attacked a checkpoint on Monday. The raids bring to nine the number of people detained over "
            "the attack, after two gunmen were captured on the day.")
    got = values(text)
    assert got["captured_attackers"] == 9
    assert values("The death raised to six the number of soldiers killed in the ambush.")["killed_security"] == 6
    # no count of people
    assert values("Gunmen attacked a checkpoint. The plan would bring to 12 the number of checkpoints.") == {}


def test_another_event_of_the_same_week_is_apart() -> None:
    text = ("Gunmen killed four police officers at a checkpoint on Thursday.\n\n"
            "In the same week, a car bomb in a market in another province killed six people and wounded 20.")
    got = values(text, "2024-05-11")
    assert (got["killed_total"], got.get("wounded_total")) == (4, None)


def test_uniformed_are_the_security_forces() -> None:
    assert values("Eleven uniformed were left injured in the clashes.")["wounded_total"] == 11
    assert party_of_phrase("uniformed")[0] == "security"


# --- parts "among the dead", tolls of a party, a death inside a toll ----------------------

def test_people_among_the_dead_are_some_of_them_or_inside_the_toll_before() -> None:
    # after a toll of the same sentence: parts inside it, not added to it
    got = run("Nine soldiers have died in the raid, and with six rangers and three pilots among the dead, "
              "it is the worst this year.")
    assert (got.figures["killed_total"].value, got.figures["killed_security"].value) == (9, 9)
    # alone: some of the dead, whose party counts are floors
    alone = run("Two policemen and four children were among the dead.").figures
    assert (alone["killed_security"].value, alone["killed_security"].qualifier) == (2, "at_least")
    assert (alone["killed_civilians"].value, alone["killed_civilians"].qualifier) == (4, "at_least")


def test_a_toll_of_a_named_party_is_that_partys() -> None:
    assert mentions("The toll of police officers killed in the ambush rose to five on Sunday.") == [
        ("killed", "security", 5)]
    # "the official toll" is the one officials give: no party
    got = mentions("The rebels said 30 guards died, three times the official toll of ten.")
    assert ("killed", "unspecified", 10) in got and ("killed", "civilians", 10) not in got


def test_a_death_that_raised_a_toll_is_inside_it() -> None:
    got = run("The death toll from the ambush rose to seven on Friday after a wounded Border Guard ranger "
              "succumbed in hospital.").figures
    assert got["killed_total"].value == 7
    assert (got["killed_security"].value, got["killed_security"].qualifier) == (1, "at_least")


def test_maoist_and_naxal_fighters_are_the_attackers() -> None:
    assert party_of_phrase("three Maoists")[0] == "attackers"
    assert party_of_phrase("two Naxalites")[0] == "attackers"


def test_a_years_count_over_many_events_is_no_incident() -> None:
    assert values("A monitoring group says drone strikes have killed at least 900 civilians so far in 2025.") == {}
    assert values("The monitor has documented 640 civilian deaths from air strikes in 2025.") == {}
    assert values("Police said 14 officers were killed in the province in 2024 alone.") == {}


def test_people_of_them_or_colleagues_take_the_party_of_the_figure_before() -> None:
    got = mentions("Fifteen raiders were inside, of whom 12 were killed and three captured, one of them wounded.")
    assert ("wounded", "attackers", 1) in got
    got = mentions("Two police officers were killed on Tuesday; two colleagues wounded beside them are in hospital.")
    assert ("wounded", "security", 2) in got
    # "our comrades" are the speaker's side, which the figure before need not be
    assert ("wounded", "attackers", 4) not in mentions("Sixty rebels were neutralised and four of our comrades "
                                                       "were wounded.")


def test_names_or_bodies_released_are_no_people_freed() -> None:
    assert "released_total" not in values("Police released the names of all five victims on Friday.")
    assert values("The kidnappers released 12 hostages on Friday.")["released_total"] == 12


def test_a_running_count_of_the_year_is_no_incident() -> None:
    assert "killed_security" not in values(
        "The deaths bring to nine the number of peacekeepers killed in the country this year, a UN tally shows.")


def test_single_people_named_ahead_of_a_counted_list_item_each_count_one() -> None:
    got = values("Officials said Governor Rahim Dastani, his driver and a bodyguard were killed in the blast.")
    assert got["killed_total"] == 3
    got = values("The mayor, his wife and two bodyguards were killed when the car exploded.")
    assert (got["killed_total"], got["killed_security"]) == (4, 2)
    assert values("Police said Mayor Tom Ellery and his driver were shot dead.")["killed_total"] == 2
    assert values("The magistrate and his son were wounded on Monday.")["wounded_total"] == 2
    # the gunman of the list is an attacker killed
    assert values("Police said the gunman and two guards were killed.")["killed_attackers"] == 1
    # no list: a place, a force, the object of a verb, an item joined by a bare comma
    assert values("In Kabul, two guards were killed.")["killed_total"] == 2
    assert "killed_total" not in values("The Afghan Army and two police officers were attacked.")
    got = values("Soldiers killed the mayor and two guards were wounded.")
    assert (got["killed_total"], got["wounded_total"]) == (1, 2)
    assert values("The mayor's driver, a bodyguard, was killed.")["killed_total"] == 1


def test_his_or_her_and_a_person_is_read_without_another_number_word() -> None:
    # "his" alone let no sentence through the number pre-filter
    from briefing.numbers import find_numbers
    assert [(n.text, n.value) for n in find_numbers("The judge and his driver were killed.")] == [("his", 1)]
    assert values("Rebels freed her husband on Monday.")["released_total"] == 1


def test_people_found_among_the_missing_leave_the_rest_missing() -> None:
    got = values("Divers recovered the body of one of the two missing sailors on Friday.")
    assert (got["missing_total"], got["killed_total"]) == (1, 1)
    got = run("The bodies of two of the five missing fishermen were found on the shore.").figures
    assert (got["missing_total"].value, got["killed_total"].value, got["killed_total"].qualifier) == (3, 2, "at_least")
    assert values("Three of the five missing hikers were found alive on Monday.")["missing_total"] == 2
    # no finding: the partitive is the count itself
    assert values("Two of the five missing soldiers were killed in the ambush.")["killed_total"] == 2


def test_a_lone_attacker_who_killed_himself_is_one_attacker_dead_besides_the_toll() -> None:
    got = values("A gunman killed four people at a depot before turning the gun on himself.")
    assert (got["killed_total"], got["killed_attackers"], got["killed_victims"]) == (5, 1, 4)
    got = values("Three people were shot dead at the office. The shooter later took his own life.")
    assert (got["killed_total"], got["killed_attackers"]) == (4, 1)
    assert values("Harlan died of a self-inflicted gunshot wound, police said.")["killed_attackers"] == 1
    # a bomber's toll told with him, and a plural subject: no lone attacker added
    assert values("A bomber blew himself up at the gate, killing himself and six guards.")["killed_total"] == 6
    assert "killed_attackers" not in values("Two men wounded three guards before they committed suicide.")


def test_a_figure_said_to_be_an_error_is_retracted_with_its_earlier_telling() -> None:
    text = ("Gunmen attacked the ship on Tuesday. The ministry had said three sailors were killed. "
            "The figure of three sailors killed released yesterday was an error. "
            "Two sailors died in the attack, the ministry said on Thursday.")
    assert values(text)["killed_total"] == 2
    # no error said: the earlier count stands beside the later one
    assert values("Gunmen attacked the ship on Tuesday. The ministry had said three sailors were killed.")[
        "killed_total"] == 3


@pytest.mark.parametrize("sentence, right, wrong", [
    ("Nine people, not 11 as previously reported, were killed.", 9, 11),
    ("The toll was revised down to nine, not 11 as reported earlier.", 9, 11),
    ("The ministry said nine people had died, not 11.", 9, 11),
    ("Police said nine people, not 11, were killed.", 9, 11),
])
def test_a_figure_corrected_in_an_aside_is_retracted_with_its_earlier_telling(
        sentence: str, right: int, wrong: int) -> None:
    result = run("A bomb went off at the bus station on Monday, killing 11 people. " + sentence)
    assert result.figures["killed_total"].value == right
    assert sum(f"{wrong} (" in c and "retracts" in c for c in result.checks) == 2
    # the aside's words do not part the figure from its verb, nor is its number counted
    from briefing.casualties import _sentence_hits

    hits = _sentence_hits(sentence)
    assert [(h.value, h.note) for h in hits] == [(right, ""), (wrong, "a figure the article retracts")]


@pytest.mark.parametrize("sentence, party", [
    ("The mayor said it was not 11 people who died but nine.", "unspecified"),
    ("The police later said the toll was not 11 but nine.", "unspecified"),
    ("Not 11, but rather nine villagers were killed, the mayor said.", "civilians"),
    ("The bombers killed not 11 but nine villagers.", "civilians"),
])
def test_a_figure_corrected_as_it_is_told_is_retracted(sentence: str, party: str) -> None:
    result = run("A bomb went off at the bus station on Monday, killing 11 people. " + sentence)
    assert result.figures["killed_total"].value == 9
    from briefing.casualties import _sentence_hits

    hits = _sentence_hits(sentence)
    assert sorted((h.value, h.status, h.party, h.note) for h in hits) == [
        (9, "killed", party, ""), (11, "killed", party, "a figure the article retracts")]
    assert any("11 (" in c and "retracts" in c for c in result.checks)


def test_not_one_but_two_is_an_emphasis_not_a_correction() -> None:
    result = run("Not one but two soldiers were killed in the ambush on Monday.")
    assert result.figures["killed_security"].value == 2
    assert not any("retracts" in c for c in result.checks)


@pytest.mark.parametrize("text", [
    "The mayor's office said 14 people were killed. That figure has not been confirmed. "
    "The prosecutor said nine people were killed in the attack.",
    "A local radio station reported 14 dead, a figure that could not be independently verified. "
    "The prosecutor said nine people were killed in the attack.",
    "Unconfirmed reports said 14 people died. The prosecutor said nine people were killed in the attack.",
])
def test_a_figure_the_text_says_is_unconfirmed_yields_to_a_confirmed_one(text: str) -> None:
    result = run(text)
    assert result.figures["killed_total"].value == 9
    assert any(c.startswith("killed: 14") and "unconfirmed figure" in c for c in result.checks)


def test_an_unconfirmed_figure_alone_is_counted_and_other_doubts_are_no_doubt_of_the_figure() -> None:
    assert values("Local media reported 14 dead, a figure that could not be independently verified.")[
        "killed_total"] == 14
    # what could not be confirmed is who was among them, not the count
    text = ("Police said 14 people were killed, but it could not be confirmed whether the gunman was among them. "
            "A hospital official said 12 people died.")
    assert not any("unconfirmed figure" in c for c in run(text).checks)


def test_a_toll_revised_or_lowered_is_the_toll() -> None:
    for sentence in ("The death toll was revised to 14.", "The toll has been lowered to 14.",
                     "The death toll fell to 14 after two victims were found alive."):
        assert values(sentence)["killed_total"] == 14


def test_a_count_of_one_nationality_among_several_is_some_of_the_toll() -> None:
    text = ("A drone boat struck the tanker on Monday. Two Chilean seafarers were killed, the ministry said. "
            "Peru said one Peruvian seafarer had been killed. Three people died in all, the operator said. "
            "Of the 12 Chilean crew members, two were injured. Five people were wounded, the operator said.")
    got = run(text)
    assert (got.figures["killed_total"].value, got.figures["wounded_total"].value) == (3, 5)
    notes = {(m.phrase, m.note) for m in got.mentions}
    assert ("Two Chilean seafarers were killed", "some of those counted") in notes
    assert any(m.status == "wounded" and m.note == "some of those counted" for m in got.mentions)
    # one nationality named by a report, or two on different statuses: the counts stand
    assert values("Two Chilean sailors were killed and four were wounded.")["killed_total"] == 2
    got = values("Gunmen shot dead two Afghan soldiers. Three American advisers were wounded.")
    assert (got["killed_total"], got["wounded_total"]) == (2, 3)


def test_people_held_for_questioning_are_not_attackers_captured() -> None:
    text = ("Gunmen killed five soldiers on Thursday. Police detained 23 people for questioning in "
            "connection with the attack.")
    result = run(text)
    assert "captured_attackers" not in result.figures
    assert any("held for questioning" in c for c in result.checks)
    # one man held, or questioned and released, is no attacker captured either
    assert "captured_attackers" not in values("Gunmen killed two rangers. One man was detained for questioning.")
    assert "captured_attackers" not in values(
        "Gunmen killed two rangers. A man detained at a checkpoint was questioned and released the same evening.")
    # the attackers arrested are still counted beside them
    assert values(text + " Two of the attackers were arrested.")["captured_attackers"] == 2


def test_one_of_the_counted_civilians_is_a_civilian_and_the_attackers_told_apart_later_add() -> None:
    # "one of the two civilians who died": the whole and its part are civilians
    assert mentions("She was one of the two civilians who died in the raid.") == [
        ("killed", "civilians", 1), ("killed", "civilians", 2)]
    # the attackers' deaths, told paragraphs later, add to the victims' parts told first
    text = ("Three police officers and two civilians were killed in the raid on the station on Monday.\n"
            "The mayor said the town was in mourning.\nShops stayed closed.\nSchools were shut.\n"
            "Officials asked residents to stay at home.\nThe governor visited the station.\n"
            "The police response left two attackers dead, officials said.")
    got = values(text)
    assert (got["killed_total"], got["killed_victims"], got["killed_attackers"]) == (7, 5, 2)


def test_n_of_them_takes_the_party_of_the_people_counted_before() -> None:
    assert mentions("Five gunmen attacked the post; two of them were killed and one was arrested.") == [
        ("killed", "attackers", 2), ("captured", "attackers", 1)]
    assert mentions("Ten soldiers were ambushed; three of them died.") == [("killed", "security", 3)]
    # of people whose side the words do not tell: a part beside the other parties' counts, not the toll
    got = values("Two policemen died in the raid. Three (3) individuals were neutralised: two (2) of them died.")
    assert got["killed_total"] == 4
    # an aside is some of the people counted, not more of them
    got = values("Six monks, five of them from the north, were killed in the raid.")
    assert got["killed_total"] == 6


def test_attackers_left_out_of_the_dead_before_a_count_of_the_wounded_are_dead() -> None:
    got = values("Five people were killed, not counting the two attackers, and 22 others were wounded.")
    assert (got["killed_total"], got["killed_victims"], got["killed_attackers"], got["wounded_total"]) == (7, 5, 2, 22)
    # rangers and defence volunteers are security forces
    assert values("Two rangers and two defence volunteers were killed.")["killed_security"] == 4


def test_a_wars_count_in_the_present_perfect_is_no_incidents_count() -> None:
    assert mentions("More than 5,000 people have been killed in the insurgency, monitors say.") == []
    assert mentions("Five people have been killed in the violence, police said.") == [("killed", "unspecified", 5)]


def test_n_of_them_after_a_count_of_the_same_status_is_some_of_it() -> None:
    got = values("Insurgents killed nine civilians in the village on Friday. Four of them were beheaded.")
    assert (got["killed_total"], got["killed_civilians"]) == (9, 9)
    # of people taken before, a count of its own status
    got = values("Gunmen abducted twenty villagers on Friday. Four of them were killed.")
    assert (got["killed_total"], got["kidnapped_total"]) == (4, 20)


def test_the_status_of_a_possessed_thing_is_not_its_owners() -> None:
    # "whose car was hijacked": the car was taken, not the driver
    got = mentions("The dead were three bank employees and a taxi driver whose car was hijacked by the gunmen.")
    assert ("kidnapped", "civilians", 1) not in got and all(status == "killed" for status, _, _ in got)
    assert values("Two men whose relatives were killed spoke to reporters.") == {}


def test_a_group_known_to_be_about_is_not_the_attacking_group() -> None:
    text = ("Militants ambushed an army truck on Thursday, killing three soldiers. Officials said intelligence "
            "had indicated the presence of a group of up to six militants in the area for weeks.")
    assert "attackers_total" not in values(text)
    assert values("A group of six militants attacked the post on Thursday.")["attackers_total"] == 6


def test_things_are_not_people_whatever_the_status_word() -> None:
    # a noun phrase whose head is a thing counts no one
    assert mentions("The video came with nine photographs showing captured rifles.") == []
    # a person word that qualifies a thing names no person
    assert mentions("Air strikes destroyed a rebel supply depot and a militant training camp.") == []
    assert mentions("Gunmen attacked a police station in the town.") == []
    # ... but a person told first is counted, whatever thing the sentence names after
    assert values("Mortars hit the market, injuring at least 10 people a shell also fell on a school.")[
        "wounded_total"] == 10


def test_a_separate_operation_the_same_day_is_another_incident() -> None:
    got = values("Gunmen killed six gendarmes and two VDP at the post on Sunday. In a separate operation on "
                 "the same day, air strikes killed about thirty militants near the border.")
    assert (got["killed_security"], got["killed_total"]) == (8, 8)
    assert got.get("killed_attackers") is None


def test_one_of_a_pair_told_before_is_no_toll_of_its_own() -> None:
    text = ("Gunmen attacked the post on Sunday. Two of the wounded did not survive their injuries. "
            "One died on Monday night, the other on Tuesday morning.")
    got = run(text)
    assert [(m.status, m.value, m.note) for m in got.mentions] == [
        ("killed", 2, "included in the total"), ("killed", 1, "some of those counted")]
    # "one of them ... and the other" is still a count of its own
    assert values("Two gunmen stormed the hotel. One of them was killed and the other was wounded.")[
        "killed_total"] == 1


def test_a_doubt_told_a_sentence_later_or_of_two_figures_at_once() -> None:
    text = ("A local association said 14 villagers had been killed. The governor answered reporters. "
            "\"The figure of 14 has not been confirmed by our services,\" he said. "
            "Officials said nine villagers were killed in the attack on Sunday.")
    assert values(text)["killed_civilians"] == 9
    text = ("The group said it had lost three fighters. The army said more than 40 militants were killed. "
            "Neither figure could be independently verified. Police said 12 militants were killed.")
    assert values(text)["killed_attackers"] == 12


def test_a_dashed_aside_does_not_part_a_list_of_parties() -> None:
    got = values("The dead were 12 villagers — among them a teacher and two nurses — and three police officers.")
    assert (got["killed_civilians"], got["killed_security"], got["killed_total"]) == (12, 3, 15)


def test_a_plural_before_who_died_is_no_single_victim() -> None:
    assert mentions("The statement did not mention its fighters who died.") == []
    assert mentions("With this, the soldiers who died in the attack become four.") == []
    assert mentions("Police named the man who died as Ali Omar.") == [("killed", "unspecified", 1)]


def test_the_wounded_still_in_care_are_some_of_the_wounded() -> None:
    text = ("A bomb hit a bus on Tuesday, killing nine people and wounding 22. "
            "On Thursday, officials said 18 injured were still being treated in Quetta.")
    assert values(text)["wounded_total"] == 22
    assert values("Nine wounded gendarmes remain in hospital.").get("wounded_total") is None
    # wounded, then treated: the count of the wounded
    assert values("Twenty people were injured and are being treated in hospital.")["wounded_total"] == 20


def test_another_attack_claimed_in_the_same_statement_is_another_incident() -> None:
    text = ("The group claimed the bus bombing on Tuesday, in which 12 miners died. The same statement also "
            "claimed responsibility for a grenade attack on a police station in which five policemen were killed. "
            "Police said one constable was injured in that attack.")
    got = values(text)
    assert got["killed_total"] == 12 and got.get("killed_security") is None and got.get("wounded_total") is None


def test_a_toll_revised_down_later_supersedes_the_first_count() -> None:
    text = ("A gunman opened fire at a mall on Saturday. Police had initially said seven people were killed. "
            "A spokeswoman later revised the number of dead down to six.")
    got = run(text)
    assert got.figures["killed_total"].value == 6
    assert any(c.startswith("killed: 7") and "later revises" in c for c in got.checks)


def test_gunshot_wounds_and_one_hospitals_count() -> None:
    got = run("The city hospital said it was treating 11 people with gunshot wounds, four of them in intensive care.")
    fig = got.figures["wounded_total"]
    assert (fig.value, fig.qualifier) == (11, "at_least")  # one facility's patients: a floor
    assert values("Fourteen people suffered gunshot injuries in the attack.")["wounded_total"] == 14
    got = run("Fourteen people were wounded. Also among the injured is a police officer.")
    assert got.figures["wounded_total"].value == 14


def test_people_taken_somewhere_by_bus_are_not_kidnapped() -> None:
    assert values("After the lockdown about 400 students were taken by bus to the sports hall.").get("kidnapped_total") is None
    assert values("Gunmen stormed the school and 40 pupils were taken.")["kidnapped_total"] == 40


def test_a_headline_of_troops_rescuing_the_abducted_counts_the_freed_not_the_taken() -> None:
    got = values("TROOPS RESCUE 42 ABDUCTED PUPILS OF KORA SCHOOL")
    assert got["released_total"] == 42 and "kidnapped_total" not in got
    # the verb of a list: "..., rescue 9 kidnapped farmers, ..."
    got = values("POLICE KILL 2 GUNMEN, RESCUE 9 KIDNAPPED FARMERS, ARREST 4 IN KORA")
    assert got["released_total"] == 9 and "kidnapped_total" not in got
    # the emergency service named "Rescue 1122" frees no one
    assert values("Rescue 1122 spokesman Ali Khan said the wounded had been taken to hospital.").get("released_total") is None


def test_a_toll_whose_own_parts_are_all_victims_leaves_the_attackers_told_apart_outside() -> None:
    text = ("The number of people killed in the attack on the mine rose to 12 on Monday after a machine operator who "
            "had been shot died at the hospital, bringing the toll to ten workers and two soldiers. Residents "
            "counted the bodies of four attackers near the riverbed.")
    got = values(text)
    assert (got["killed_victims"], got["killed_attackers"], got["killed_total"]) == (12, 4, 16)
    # a toll without parts still holds the attackers it may count
    got = values("The toll of the attack rose to 12. The bodies of four attackers were found near the riverbed.")
    assert got["killed_victims"] == 8


def test_a_hospitals_intake_of_patients_is_a_floor_of_the_wounded() -> None:
    got = run("By the evening the district hospital had received 31 patients from the market.")
    fig = got.figures["wounded_total"]
    assert (fig.value, fig.qualifier) == (31, "at_least")
    assert values("Doctors said they had admitted nine patients after the shelling.")["wounded_total"] == 9
    # patients killed in an attack are dead; a facility's routine load and a camp's arrivals count no one
    assert "wounded_total" not in values("Four patients were killed when the shell struck the ward.")
    assert values("The clinic treats 120 patients a day and was closed after the raid.").get("wounded_total") is None
    assert values("The camp received 300 more families after the raid.").get("wounded_total") is None
    # "casualties" brought in mix the dead and the wounded
    assert values("The hospital received 45 casualties from the blast.").get("wounded_total") is None


def test_a_live_blogs_correction_retracts_the_entry_below_it() -> None:
    text = ("17:05 Correction: In our 13:15 entry we wrote that police had put the number of people wounded at 15. "
            "The correct figure is 14.\n\n13:15 Police said 15 people had been wounded.\n\n"
            "12:00 A gunman injured 14 people at the station.")
    assert values(text)["wounded_total"] == 14


def test_an_adverb_between_a_toll_and_its_verb() -> None:
    assert values("A wounded woman died overnight. The number of victims killed therefore rises to seven.")[
        "killed_total"] == 7


@pytest.mark.parametrize("sentence, party", [
    ("Four PMF fighters were killed in the attack on the checkpoint.", "security"),
    ("Four fighters of the Popular Mobilization Forces were killed in the attack.", "security"),
    ("Three pro-government fighters were killed by a roadside bomb.", "security"),
    ("A suspected member of the New People's Army was killed in the clash.", "attackers"),
    ("Four FMLN fighters were killed in the clash.", "attackers"),
])
def test_a_state_forces_fighters_are_security_forces(sentence: str, party: str) -> None:
    assert [(m.status, m.party) for m in run(sentence).mentions] == [("killed", party)]


def test_whose_figure_and_whose_toll_in_brackets() -> None:
    assert mentions("The PMF's own figure of four fighters killed stands.") == [("killed", "security", 4)]
    assert mentions("The army's toll (12 killed, five wounded) was given on Monday.") == [
        ("killed", "security", 12), ("wounded", "security", 5)]


def test_an_early_report_yields_to_a_later_count_of_the_same_report() -> None:
    text = ("Early reports on Wednesday of five soldiers dead had counted the body of an attacker. "
            "The army's own figure of four soldiers killed stands.")
    assert values(text)["killed_security"] == 4
    assert values("Early reports of five soldiers dead reached the capital on Wednesday.")["killed_security"] == 5


def test_people_let_go_after_questioning_are_no_hostages_freed() -> None:
    assert mentions("The seven men who were detained on Wednesday were released overnight after questioning.") == []
    assert mentions("Seven hostages were released on Wednesday.") != []


def test_some_counted_with_including_and_a_later_death_of_one_injured() -> None:
    got = run("Twenty people were injured. Of those, 19 were taken to hospital, including six with stab wounds.")
    assert got.figures["wounded_total"].value == 20
    got = run("A van hit the crowd on Saturday. A woman injured in last night's attack has died in hospital.")
    assert [(m.status, m.note) for m in got.mentions] == [("killed", "a later death among the wounded")]


def test_people_taken_then_freed_in_one_sentence() -> None:
    got = run("Fifty-seven students and a teacher abducted from the school last Thursday have regained their "
              "freedom, officials said, but 36 students remain in captivity.")
    assert got.figures["released_total"].value == 58
    assert (got.figures["kidnapped_total"].value, got.figures["kidnapped_total"].qualifier) == (58, "at_least")
    # another count between: no release of the first
    assert "released_total" not in run("Gunmen abducted 12 villagers on Monday and five were released on Tuesday.").figures


def test_one_more_victim_told_with_also_is_some_of_the_dead() -> None:
    got = run("The night watchman, one Musa Bello, was also shot dead by the gunmen.")
    assert [(m.value, m.note) for m in got.mentions] == [(1, "some of those counted")]
    # "who is also a commander" is no "also killed"
    got = run("A police officer, who is also a regional commander, was killed by gunmen.")
    assert [m.note for m in got.mentions] != ["some of those counted"]


def test_a_headlines_present_tense_and_a_vague_count_of_another_status() -> None:
    got = run("Gunmen abduct scores of students from boarding school, at least three killed")
    assert [(m.status, m.party) for m in got.mentions] == [("kidnapped", "civilians"), ("killed", "unspecified")]


def test_others_captured_after_a_partys_dead_are_of_that_party() -> None:
    got = run("Fighters overran a police station on Monday, killing at least 13 police officers and capturing five others.")
    assert [(m.status, m.party, m.value) for m in got.mentions][1] == ("kidnapped", "security", 5)
    assert "captured_attackers" not in got.figures


def test_facilitators_arrested_are_no_attackers_captured() -> None:
    got = run("Security forces killed three militants and two facilitators were arrested in the raid.")
    assert "captured_attackers" not in got.figures
    assert any("suspected accomplices" in c for c in got.checks)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an official release's idioms of its own dead
        ("Regrettably, one (1) police inspector paid the supreme price in the gun duel.", ("killed", "security", 1)),
        ("Two soldiers paid the ultimate price defending the post.", ("killed", "security", 2)),
        ("The sergeant laid down his life in the firefight.", ("killed", "security", 1)),
        ("Three policemen embraced martyrdom in the exchange of fire.", ("killed", "security", 3)),
        # Nigerian and Pakistani releases name the attackers so
        ("One (1) of the hoodlums was neutralised by the patrol.", ("killed", "attackers", 1)),
        ("Four miscreants were killed in the exchange of fire.", ("killed", "attackers", 4)),
        # a named person hit, without a number or an auxiliary
        ("The driver sustained a gunshot injury to the arm.", ("wounded", "civilians", 1)),
    ],
)
def test_release_idioms_of_the_dead_and_wounded(sentence: str, expected: tuple[str, str, int]) -> None:
    assert mentions(sentence) == [expected]


def test_a_title_before_a_name_gives_its_party() -> None:
    assert mentions("Police Inspector Musa Danjuma was shot dead at the gate.") == [("killed", "security", 1)]
    assert mentions("Reporter Ana Ruiz was killed on her way home.") == [("killed", "civilians", 1)]
    # a place or a day before the name is no title
    assert mentions("On Monday Peter Okafor was killed.") == [("killed", "unspecified", 1)]


def test_the_number_of_martyrs_is_a_death_toll() -> None:
    got = run("The minister said the number of martyrs of the attack on the bus has risen to 13.")
    assert (got.figures["killed_total"].value, got.figures["killed_total"].qualifier) == (13, "exact")
    got = run("Among the martyrs are nine labourers and a guard.")
    assert [(m.status, m.party, m.value) for m in got.mentions][0] == ("killed", "civilians", 9)


def test_a_count_first_said_or_reported_yields_to_the_later_one() -> None:
    text = ("Gunmen stormed the hotel on Friday. Police initially said all five assailants were killed. "
            "On Saturday the minister said four attackers were killed and a fifth was captured alive.")
    got = run(text)
    assert got.figures["killed_attackers"].value == 4
    assert any("early or unconfirmed" in c for c in got.checks)
    got = run("Gunmen stormed the hotel on Friday. Last night it was reported that all five attackers were killed.")
    assert got.figures["killed_attackers"].value == 5  # alone, the count still stands


def test_among_them_lists_parts_of_the_count_before() -> None:
    got = run("The minister said 15 people were killed in the attack. Among them are four members of "
              "the security forces and two hotel guests.")
    assert (got.figures["killed_total"].value, got.figures["killed_security"].value) == (15, 4)
    assert got.figures["killed_security"].qualifier == "at_least"  # some of the dead, not all
    got = run("Twenty people were wounded in the blast. They included five children.")
    assert got.figures["wounded_total"].value == 20
    assert [(m.status, m.party, m.value) for m in got.mentions][1] == ("wounded", "civilians", 5)
    # with no count before, "among them" counts nobody
    assert run("Gunmen attacked the village. Among them were two foreigners.").mentions == []


def test_the_number_of_our_people_martyred_is_a_toll_and_attackers_apart_add_to_a_victims_total() -> None:
    got = run("The minister said 15 people were killed, not counting the attackers. The number of our "
              "people who were martyred in this attack has reached fifteen. Among them are four soldiers. "
              "Officials said the number of wounded had reached 38. Doctors said the hospital was full. "
              "Four of the terrorists were killed, the minister said.")
    assert (got.figures["killed_victims"].value, got.figures["killed_total"].value) == (15, 19)


def test_an_earlier_statement_corrected_is_an_early_figure() -> None:
    got = run("The minister said 15 people were killed and corrected an earlier police statement that all "
              "five assailants had died. Four of the attackers were killed and one was captured.")
    assert got.figures["killed_attackers"].value == 4


def test_a_figure_of_n_that_leaves_out_the_bombers_and_the_number_of_martyred() -> None:
    got = run("The death toll rose to 30 on Tuesday. A spokesperson said the figure of 30 did not include the "
              "two suicide bombers.")
    assert (got.figures["killed_total"].value, got.figures["killed_attackers"].value) == (32, 2)
    got = run("The police have put the number of martyred at 28, including three police officials.")
    assert (got.figures["killed_total"].value, got.figures["killed_security"].value) == (28, 3)


def test_n_of_whom_is_a_part_of_the_count_before() -> None:
    got = run("The provincial government said six civilians were killed in the raid, four of whom were beheaded.")
    assert (got.figures["killed_total"].value, got.figures["killed_civilians"].value) == (6, 6)
    assert not got.checks


def test_killed_then_is_the_event_told_before() -> None:
    got = run("Insurgents attacked Koro on Monday, killing six civilians. It is the worst attack on the town "
              "since August 2024, when insurgents occupied it for two days. At least a dozen people were killed then.")
    assert got.figures["killed_total"].value == 6
    assert any(m.value == 12 and m.incident != MAIN for m in got.mentions)


def test_animals_killed_are_no_casualties() -> None:
    assert run("Veterinary officials said some 40 head of cattle and sheep had been killed by shellfire.").mentions == []
    assert run("Twelve cows were killed when the shell hit the farm.").mentions == []


def test_one_wounded_who_died_later_is_a_death_of_the_party_named() -> None:
    got = run("The border service said Sergeant Kanat Osmonov, who was seriously wounded on 14 April, died in "
              "hospital on 16 April.")
    assert [(m.status, m.party, m.value) for m in got.mentions] == [("killed", "security", 1)]
    assert "wounded_total" not in got.figures
    # still in care: a wounded person, as before
    got = run("A teacher, who was wounded in the leg, is in stable condition.")
    assert [(m.status, m.value) for m in got.mentions] == [("wounded", 1)]


def test_a_regions_count_of_deaths_over_days_is_not_the_incidents() -> None:
    assert run("The provincial police said 38 violent deaths were recorded across the province between Friday "
               "and Tuesday, including the victims of the bar attack.").figures == {}
    # a place word in a sentence that tells the incident's own toll changes nothing
    assert values("Troops were deployed across the province after gunmen killed 12 people at a bar.")["killed_total"] == 12


def test_persons_deceased_is_a_death_toll() -> None:
    got = run("The attack of 14 March has so far left 10 (ten) persons deceased and 13 (thirteen) wounded.")
    assert (got.figures["killed_total"].value, got.figures["wounded_total"].value) == (10, 13)


def test_soldiers_destroyed_or_neutralised_are_a_claim_of_the_other_sides_losses() -> None:
    got = run("Two Kelora border guards were killed on Tuesday. 'According to our data, up to 30 Tobian servicemen "
              "were destroyed,' the Kelora spokesman said.")
    assert got.figures["killed_security"].value == 2
    assert any("claim of the other's losses" in c for c in got.checks)
    # armoured personnel carriers are vehicles, not personnel
    assert run("The rebels said they destroyed 27 armoured personnel carriers.").mentions == []


def test_a_count_and_one_person_named_after_it_share_the_verb() -> None:
    got = run("Five security personnel and the civilian driver of their vehicle were killed on Saturday.")
    assert [(m.status, m.party, m.value) for m in got.mentions] == [("killed", "security", 5), ("killed", "civilians", 1)]
    assert got.figures["killed_total"].value == 6


def test_the_death_that_brought_a_toll_to_its_figure_is_inside_it() -> None:
    got = run("The ambush claimed the lives of six jawans and a civilian driver, after Constable Ajay Tirkey "
              "succumbed to his injuries on Sunday night.")
    assert got.figures["killed_security"].value == 6


def test_a_demographic_word_before_a_party_noun_leaves_the_party_to_the_noun() -> None:
    assert party_of_phrase("two women cadres") == ("attackers", True)
    assert party_of_phrase("a woman police officer") == ("security", True)
    assert party_of_phrase("women and children") == ("civilians", True)


def test_a_forces_communique_counts_our_side_and_the_enemy_side() -> None:
    got = run('"Provisional toll: on our side, two killed and three wounded. On the enemy side, two terrorists '
              'neutralised," the army statement said.')
    assert (got.figures["killed_security"].value, got.figures["killed_attackers"].value) == (2, 2)


def test_a_private_security_guard_is_a_civilian() -> None:
    assert party_of_phrase("security guard Seydou Diallo")[0] == "civilians"
    assert party_of_phrase("two border guards")[0] == "security"


def test_partitives_through_a_possessive_tolls_of_another_status_and_crews() -> None:
    got = run("Three of the Marisol Bay's 21 crew were killed when the ship was hit.")
    assert got.figures["killed_total"].value == 3
    got = run("Seven people were wounded. Police said those treated for shock were not included in the toll of "
              "seven wounded.")
    assert "killed_total" not in got.figures and got.figures["wounded_total"].value == 7
    assert party_of_phrase("two seafarers")[0] == "civilians"


def test_a_day_of_a_month_is_no_count_and_a_feast_of_a_year_dates_an_event() -> None:
    got = run("Officials said that on the night of 22 April, seven people were killed and three others injured.")
    assert [m.value for m in got.mentions if m.status == "killed"] == [7]
    got = run("Gunmen killed 12 villagers on Saturday. The area was the scene of attacks on Christmas Eve 2023 in "
              "which close to 200 people were killed.", "2026-04-20")
    assert got.figures["killed_total"].value == 12


def test_a_vague_count_leaves_the_parts_told_as_a_floor() -> None:
    got = run("Dozens of wounded people were taken to the hospital. He said a soldier sustained a gunshot wound.")
    assert (got.figures["wounded_total"].value, got.figures["wounded_total"].qualifier) == (1, "at_least")
    got = run("The church said 52 of its members were killed in the village, a figure that church leaders said "
              "includes people who are still missing. The council put the toll at 41 on Monday.")
    assert got.figures["killed_total"].value == 41


def test_a_count_before_a_hyphen_aside_takes_the_verb_after_it() -> None:
    got = run("With his death, six jawans - four from the CRPF and two from the DRG - have now lost their lives.")
    assert got.figures["killed_security"].value == 6
    # a dateline's hyphen is no aside
    assert values("KORO - Two people were killed on Monday.")["killed_total"] == 2


def test_men_released_after_questioning_are_no_attackers_captured() -> None:
    got = run("The ministry said on Thursday that one of the two men arrested on Tuesday evening had been released "
              "after questioning.")
    assert "captured_attackers" not in got.figures
    assert any("held for questioning" in c for c in got.checks)


@pytest.mark.parametrize("text", [
    "Three guards died at the gate. One of the raiders, Tomas Ferro Lind, 31, was also killed.",
    "Three guards died at the gate. The second gunman, Ali Wen, 19, was also killed.",
])
def test_a_name_in_apposition_takes_the_party_of_its_noun(text: str) -> None:
    got = values(text)
    assert (got["killed_attackers"], got["killed_total"]) == (1, 4)


@pytest.mark.parametrize("text, victims", [
    ("Four guards died at the gate. One raider was also shot dead. Some reports say five died, which includes him.", 4),
    ("Police shot the two gunmen dead. Nine people were killed, including them.", 7),
])
def test_a_toll_that_says_it_includes_the_attackers_told_before(text: str, victims: int) -> None:
    got = values(text)
    assert got["killed_victims"] == victims
    assert got["killed_total"] == (9 if victims == 7 else 5)


@pytest.mark.parametrize("text, security", [
    ("The army says it now has three killed in action.", 3),
    ("Four killed in action and six wounded in action, the battalion reported.", 4),
])
def test_killed_in_action_is_a_count_of_soldiers(text: str, security: int) -> None:
    assert values(text)["killed_security"] == security


def test_victims_are_the_sum_of_their_parties_when_the_attackers_are_no_term_of_it() -> None:
    # (the rebels' deaths told far from the victims' parties: no term of their sum)
    got = values("We now have three killed in action, the colonel said. A farmer, Ian Roe, was also killed. "
                 "We lost three men, he said. The patrol was on a road-clearing mission. It had left its base at dawn. "
                 "The rebels fled north. Troops pursued them into the hills. "
                 "At least two rebels were believed killed, based on blood trails.")
    assert (got["killed_total"], got["killed_victims"]) == (4, 4)


def test_a_revised_toll_revises_the_counts_listed_with_it_and_the_missing_found_dead() -> None:
    got = values("The first bulletin listed 6 guards killed, 9 wounded and 2 missing. A later bulletin "
                 "corrected the toll to eight guards killed and seven wounded: the bodies of the two "
                 "missing guards had been recovered.")
    assert (got["killed_security"], got["wounded_total"], got.get("missing_total")) == (8, 7, None)


def test_the_missing_found_dead_are_dead_and_missing_no_more() -> None:
    got = run("Four miners were killed and two were missing. The bodies of the two missing miners were found on Friday.")
    assert [(m.status, m.value) for m in got.mentions if m.sentence_index == 1] == [("killed", 2), ("missing", 2)]
    assert "missing_total" not in got.figures


@pytest.mark.parametrize("text", [
    "The families of those killed will receive 1 million roubles each and those wounded 500,000 roubles.",
    "Each injured worker was paid 200,000 naira, and the families of the dead 50 million CFA francs.",
])
def test_sums_of_money_beside_a_status_are_no_counts(text: str) -> None:
    assert {k: v for k, v in values(text).items() if v is not None} == {}


def test_the_number_of_those_who_lost_their_lives_is_a_toll() -> None:
    got = values("The number of persons who lost their lives as a result of the attack stands at nine (9): "
                 "seven (7) found at the scene and two (2) who died later in hospital.")
    assert got["killed_total"] == 9


@pytest.mark.parametrize("item", [
    "- **May 2021:** 19 people were killed at a cockfighting ring.",
    "* 3 June 2019 - Nineteen people were shot dead in a bar.",
    "2018: gunmen killed 19 people at a wake.",
])
def test_a_timeline_item_labelled_by_an_earlier_date_is_background(item: str) -> None:
    got = run("Gunmen killed eight people at a party on Saturday.\n\nEarlier attacks:\n\n" + item, "2026-03-17")
    assert {k: f.value for k, f in got.figures.items()}["killed_total"] == 8
    assert any(m.value == 19 and m.incident != "main" for m in got.mentions)


@pytest.mark.parametrize("later", [
    "The army says nine militants were neutralised in an air strike near Kolo on Thursday.",
    "- Lagos: bus and lorry collision on the ring road, 14 dead: road accident, not security-related.",
    "- Two people killed when a car hit a landmine near Gao (unrelated to the above).",
])
def test_other_events_of_a_digest_or_a_later_strike_stay_out_of_the_raid(later: str) -> None:
    got = values("Gunmen raided the mine on Wednesday, killing two guards.\n" + later, "2026-03-13")
    assert got["killed_total"] == 2 and "killed_attackers" not in got


def test_an_uncorroborated_count_of_one_party_adds_nothing_to_the_others_counted() -> None:
    got = run("Gunmen raided the mine on Wednesday, killing a driver. The claim that six soldiers were "
              "killed is uncorroborated.")
    assert {k: f.value for k, f in got.figures.items()}["killed_total"] == 1
    assert any("unconfirmed" in c for c in got.checks)


def test_a_military_reports_sides_name_the_party_of_the_listed_counts() -> None:
    got = values("The provisional toll is as follows:\n\nOn the friendly side:\n- seven (7) killed;\n"
                 "- nine (9) wounded;\n- two (2) vehicles destroyed.\n\nOn the enemy side:\n"
                 "- about thirty (30) terrorists neutralised;\n- one (1) captured.")
    assert (got["killed_security"], got["killed_attackers"], got["killed_victims"], got["wounded_total"],
            got["captured_attackers"]) == (7, 30, 7, 9, 1)


def test_a_death_told_after_the_colon_of_a_revised_toll_is_inside_it() -> None:
    got = values("The army revised the toll to nine soldiers killed: one of the wounded, a corporal, died in hospital.")
    assert got["killed_total"] == 9


def test_a_count_the_article_says_was_one_too_few_is_retracted_where_it_was_told() -> None:
    got = values("The army acknowledged that one civilian driver was killed. Local media named two drivers who died, not one.")
    assert got["killed_civilians"] == 2 and got["killed_total"] == 2


def test_a_headlines_source_after_a_dash_is_no_party() -> None:
    got = values("Blast at a university gym kills at least three - police")
    assert got["killed_total"] == 3 and "killed_security" not in got


def test_a_toll_raised_by_a_later_death_counts_the_attackers_victims() -> None:
    got = values("A wounded officer died on Monday. His death raises the number of people killed by the attackers to "
                 "eight: five police officers, a guardsman, a priest and a watchman. Four of the attackers were killed.")
    assert (got["killed_victims"], got["killed_attackers"], got["killed_total"]) == (8, 4, 12)


def test_the_counts_after_a_sentence_that_leaves_the_attackers_out_are_theirs() -> None:
    got = values("Nine people were killed. Those figures exclude the attackers. Three were killed in the "
                 "operation that ended on Sunday; the fourth was captured.")
    assert (got["killed_victims"], got["killed_attackers"], got["killed_total"]) == (9, 3, 12)


def test_a_death_that_raises_the_toll_told_next_is_inside_it() -> None:
    got = values("Police said Sergeant Ali Daud, wounded on Saturday, had succumbed to his injuries. His death "
                 "raises the number of people killed to six: four police officers and two civilians.")
    assert (got["killed_total"], got["killed_security"]) == (6, 4)


def test_an_aside_between_spaced_hyphens_parts_a_count_from_its_verb() -> None:
    got = values("Two children -- one 4 years old and one 1 year old -- died in the blast.")
    assert got["killed_total"] == 2


def test_the_number_of_martyred_soldiers_is_a_toll_of_soldiers() -> None:
    got = run("On Sunday the army said six soldiers had been killed. On Monday the ministry revised that: "
              "the number of martyred soldiers has risen to nine.")
    assert {k: f.value for k, f in got.figures.items()}["killed_security"] == 9
    assert any("revises" in c for c in got.checks)


def test_people_arrested_for_threatening_posts_are_no_attackers_captured() -> None:
    got = run("A man stabbed nine people at the station. Police have arrested four people who posted threats "
              "of similar attacks online.")
    assert "captured_attackers" not in got.figures
    assert any("another offence" in c for c in got.checks)


def test_a_place_after_the_subject_counted_is_no_victim_of_its_own() -> None:
    got = values("One of the soldiers wounded in the ambush in rural Arauquita died on Monday, raising the number "
                 "of soldiers killed to four.")
    assert got["killed_total"] == 4


def test_an_earlier_missing_count_told_after_the_missing_one_returned_is_past() -> None:
    got = run("A third soldier later died and the missing soldier has since returned to his unit. "
              "The army earlier said that one soldier was missing.")
    assert "missing_total" not in got.figures


def test_people_rescued_where_no_one_was_taken_are_no_hostages_freed() -> None:
    got = run("A missile struck the tanker on Sunday, killing two crew members. Twenty people were rescued.")
    assert "released_total" not in got.figures
    assert any("rescued" in c for c in got.checks)


@pytest.mark.parametrize("text", [
    "A student opened fire at the school, killing two classmates and a teacher.",
    "The gunman killed two parishioners and a priest before police arrived.",
])
def test_classmates_and_parishioners_are_civilians_counted_with_the_one_named_after_them(text: str) -> None:
    got = values(text)
    assert (got["killed_civilians"], got["killed_total"]) == (3, 3)


def test_two_and_a_half_hours_is_no_count() -> None:
    got = run("The second attacker was wounded and arrested some two and a half hours later.")
    assert all(m.value != 2 for m in got.mentions)


def test_who_past_an_age_hangs_on_the_name_before_it() -> None:
    got = run("Police named the attackers as Qusai Jamal Odeh, 24, who was shot dead at the scene.")
    assert [(m.status, m.party) for m in got.mentions] == [("killed", "attackers")]


@pytest.mark.parametrize("text", [
    "The blast killed or injured 30 people in the market.",
    "The raiders killed and wounded more than ten villagers.",
    "Nine passengers were killed and wounded when the bus was hit.",
    "The suicide attack, killing and wounding nearly two hundred fighters, was claimed by the group.",
])
def test_one_count_of_killed_and_wounded_together_is_neither(text: str) -> None:
    assert {k: v for k, v in values(text).items() if v is not None} == {}


def test_killed_and_wounded_counted_apart_are_still_read() -> None:
    got = values("Gunmen killed two and wounded ten.")
    assert (got["killed_total"], got["wounded_total"]) == (2, 10)
    assert values("Four were shot and wounded.")["wounded_total"] == 4


def test_a_person_of_a_number_is_an_age() -> None:
    # medics "pronounced a man of about 52 and a woman of about 23 dead": two people, no count told
    got = values("Paramedics pronounced a man of about 52 and a woman of about 23 dead at the scene.")
    assert got.get("killed_total") not in (23, 52)
    assert values("A group of 23 militants was killed in the raid.")["killed_total"] == 23


def test_a_group_of_one_side_that_includes_the_other_side_is_a_total() -> None:
    got = values("Nineteen passengers, including two police constables of the escort, were killed.")
    assert (got["killed_total"], got["killed_security"]) == (19, 2)
    assert got.get("killed_civilians") != 19
    # an inclusion told of another noun phrase leaves the soldiers' figure theirs
    got = values("Twelve soldiers were wounded in the ambush, as were some passers-by, including a boy.")
    assert got["wounded_total"] == 12


def test_no_deaths_says_nothing_of_the_wounded_and_no_injuries_means_no_one_hurt() -> None:
    got = values("No deaths were reported in the attack.")
    assert got["killed_total"] == 0 and got.get("wounded_total") is None
    got = values("The bomb caused damage but there were no injuries.")
    assert (got["killed_total"], got["wounded_total"]) == (0, 0)


def test_a_label_line_gives_its_figure_by_party() -> None:
    got = values("- Police officers killed: 6 (five at the scene; one died in hospital on Tuesday)")
    assert (got["killed_total"], got["killed_security"]) == (6, 6)
    got = values("Killed: 4 soldiers, 1 civilian and 2 attackers")
    assert (got["killed_security"], got["killed_civilians"], got["killed_attackers"], got["killed_total"]) == (4, 1, 2, 7)
    assert values("- Wounded: 3 officers and 2 passers-by")["wounded_total"] == 5
    assert values("Deaths: 9")["killed_total"] == 9
    # the label may say what the count is of: "Wounded by the blast: 4"
    assert values("- Physically wounded by the blast: 4 - three guards and a driver.")["wounded_total"] == 4


def test_people_questioned_about_links_to_the_attackers_are_not_attackers_captured() -> None:
    got = run("Three men arrested on Monday are being questioned about possible links to the attackers.")
    assert got.figures.get("captured_attackers") is None or got.figures["captured_attackers"].value is None


def test_a_conflicts_toll_since_it_began_is_no_incident_count() -> None:
    got = values("Gunmen killed four soldiers on Monday. The insurgency, which began in 2011, has killed more than "
                 "30,000 people, according to the United Nations.")
    assert got["killed_total"] == 4
    got = values("A bomb killed four people at the market on Thursday. More than 7,000 people have been killed in "
                 "the region since an insurgency reignited in January 2004, a monitor says.")
    assert got["killed_total"] == 4


def test_the_side_a_sentence_opens_on_gives_the_next_sentence_s_bare_counts_their_party() -> None:
    got = values("Gunmen stormed the base on Tuesday, killing 12 soldiers. On the attackers' side, the numbers are "
                 "disputed. The army says 20 were killed and two captured.")
    assert (got["killed_attackers"], got["captured_attackers"], got["killed_security"]) == (20, 2, 12)


def test_men_taken_away_and_not_seen_since_are_missing_not_attackers_captured() -> None:
    got = values("Witnesses said soldiers arrested at least nine men in the village and drove them away; their "
                 "whereabouts remain unknown.")
    assert got.get("captured_attackers") is None and got["missing_total"] == 9


def test_a_group_pointed_to_as_told_elsewhere_is_no_new_count() -> None:
    got = values("It is not known whether the suspects are among the 14 men detained in the village.")
    assert values("They asked for the whereabouts of the 14 men detained on Monday.").get("captured_attackers") is None
    assert got.get("captured_attackers") is None
    assert values("Among the 20 killed were five children.")["killed_total"] == 20


def test_a_toll_someone_had_given_before_is_an_early_figure_and_martyrdom_is_a_death() -> None:
    got = run("A spokesman had given a toll of six members killed.")
    assert [m.note for m in got.mentions if m.status == "killed"] == ["a figure the text says is not confirmed"]
    assert values("The strike resulted in the martyrdom of three of our brothers.")["killed_total"] == 3


def test_a_toll_risen_after_one_partys_count_is_that_partys_count() -> None:
    got = values("Eleven soldiers were killed in the attack. The number of martyrs has risen to twelve.")
    assert (got["killed_security"], got["killed_total"]) == (12, 12)
    # after counts of two parties, the risen toll stays a total
    got = values("Eleven soldiers and two civilians were killed. The death toll has risen to 15.")
    assert got["killed_total"] == 15 and got["killed_security"] == 11


def test_ages_of_the_youngest_and_oldest_and_people_struck_by_gunfire() -> None:
    assert values("The youngest person killed was 16 and the oldest was 73.").get("killed_total") is None
    assert values("Eleven other people were struck by gunfire.")["wounded_total"] == 11


def test_a_person_detained_and_since_released_is_no_attacker_captured() -> None:
    assert values("A man who was detained outside the mall has been released.").get("captured_attackers") is None
    assert values("Two suspects were arrested and one was later released.")["captured_attackers"] == 2


def test_a_figure_denied_in_the_next_sentence_is_retracted() -> None:
    got = values("Seven people were killed. Q: A councillor posted that at least 12 people were killed. Is that "
                 "wrong? CHIEF: That is not correct. The number is seven.")
    assert got["killed_total"] == 7


def test_a_social_media_claim_is_unconfirmed_and_false_when_the_next_sentence_says_so() -> None:
    text = "Police said nine people were killed. Within hours a screenshot claiming \"80 dead\" was shared widely."
    assert values(text)["killed_total"] == 9
    got = run("Nine people were killed, police said. A post claimed 80 people had died. It was false.")
    assert got.figures["killed_total"].value == 9
    assert any(m.value == 80 and m.note == "a figure the article retracts" for m in got.mentions)
    # a sentence that only begins with "It was" denies nothing
    assert values("Nine people were killed. It was the deadliest attack this year.")["killed_total"] == 9


def test_people_rounded_up_in_sweeps_are_no_attackers_captured_but_those_who_confessed_are() -> None:
    assert values("Police said 23 people had been detained in sweeps of the district since Sunday.").get(
        "captured_attackers") is None
    assert values("Soldiers held 40 men in raids on villages near the road.").get("captured_attackers") is None
    got = values("The ministry said two of the 23 people detained in sweeps since Sunday had confessed to planting the bomb.")
    assert got["captured_attackers"] == 2
    assert values("Police arrested three suspects on Monday.")["captured_attackers"] == 3
    # people held in raids afterwards, no party named; gunmen named are attackers still
    assert values("Police said nine people had been detained in overnight raids in two districts.").get(
        "captured_attackers") is None
    assert values("Police arrested three gunmen in raids in the city.")["captured_attackers"] == 3


def test_the_number_of_bodies_recovered_is_a_toll_and_informants_held_are_no_attackers() -> None:
    assert values("The Red Cross said the number of bodies recovered from the site had reached 14.")["killed_total"] == 14
    assert values("Troops apprehended four suspected informants of the gang.").get("captured_attackers") is None


def test_a_claim_the_next_sentence_finds_no_evidence_for_is_unconfirmed() -> None:
    got = run("Police said nine people were killed. An armed group said it had killed 20 attackers. "
              "Police said there was no evidence to support the claim of 20 deaths.")
    assert got.figures["killed_total"].value == 9
    assert all(m.note == "a figure the text says is not confirmed" for m in got.mentions if m.value == 20)


def test_counts_told_as_known_or_said_to_have_a_status() -> None:
    assert values("Nine people are now known to have died in the attack.")["killed_total"] == 9
    assert values("A bomb exploded outside the office and a suspect is said to have been arrested.")["captured_attackers"] == 1


def test_their_colleagues_are_of_the_party_counted_before_and_refugees_are_civilians() -> None:
    got = run("He confirmed that two gendarmes were killed in the clash. Four of their colleagues were wounded.")
    assert got.figures["killed_security"].value == 2
    assert [m.party for m in got.mentions if m.status == "wounded"] == ["security"]
    got = values("At least 11 refugees, among them four children, were killed in the raid on the camp.")
    assert got["killed_civilians"] == 11


def test_the_dead_of_a_wars_leftover_mine_are_no_casualties_of_the_attack() -> None:
    text = ("A car bomb killed 14 people at the market on Thursday. A shepherd boy was killed and his brother "
            "wounded when a landmine left over from the war exploded in farmland near the village.")
    got = values(text)
    assert (got["killed_total"], got.get("wounded_total")) == (14, None)
    assert "killed_total" not in values("Two boys were killed when a landmine left over from the fighting exploded.")


def test_a_campaigns_count_since_its_launch_is_no_casualty_of_the_attack() -> None:
    text = ("Gunmen killed 21 villagers on Sunday. The army recalled that since the launch of joint operations, "
            "more than 300 terrorists have been neutralised in the region.")
    got = values(text)
    assert got["killed_total"] == 21 and "killed_attackers" not in got


@pytest.mark.parametrize("tally", [
    "In all, between 1 January and 8 March, the brigade has neutralised 64 fighters and arrested 30 suspects.",
    "Cumulatively, the brigade has neutralised 64 fighters and arrested 30 suspects this season.",
])
def test_a_running_tally_over_months_is_no_casualty_of_the_attack(tally: str) -> None:
    got = values("Gunmen killed 21 villagers on Sunday. " + tally)
    assert got["killed_total"] == 21 and "killed_attackers" not in got and "captured_attackers" not in got


def test_suspected_collaborators_arrested_are_no_attackers_captured() -> None:
    assert values("Troops arrested two suspected collaborators of the pirates at a fishing camp.").get("captured_attackers") is None


def test_claims_called_baseless_or_denied_are_retracted_and_a_conflicts_toll_since_then_is_none() -> None:
    got = values("Six people were killed. Claims on social media that more than ten persons were killed in the "
                 "clash are baseless and misleading.")
    assert got["killed_total"] == 6
    got = values("Six people were killed. A claim that more than ten people died has been formally denied by police.")
    assert got["killed_total"] == 6
    got = values("Six people were killed on Tuesday. More than 260 people have been killed since then.")
    assert got["killed_total"] == 6


def test_people_who_helped_the_attacker_are_accomplices_not_attackers_captured() -> None:
    got = values("Police said two men who had helped the bomber reach the market had been detained.")
    assert got.get("captured_attackers") is None
    got = values("Intelligence officers later arrested three men who were involved in financing the bombing.")
    assert got.get("captured_attackers") is None
    assert values("Police arrested three men involved in the bombing.")["captured_attackers"] == 3


def test_a_past_wars_toll_is_no_count_of_the_incident() -> None:
    got = values("Rockets killed two people in the town on Sunday. That conflict killed more than 4,000 people.")
    assert got["killed_total"] == 2


def test_a_headlines_list_of_facts_is_no_count_split_by_party() -> None:
    got = values("Koro: a lone attacker, three dead and a motive nobody can agree on")
    assert (got["killed_total"], got.get("killed_attackers")) == (3, None)
    assert values("Five soldiers, three civilians killed in ambush")["killed_total"] == 8


def test_a_figure_no_other_source_supports_is_retracted_with_its_earlier_telling() -> None:
    got = values("The police lost twenty men. Seventeen people were killed, officials said. His assertion that the "
                 "police \"lost twenty men\" is not supported by any other source.")
    assert got["killed_total"] == 17


def test_a_combined_toll_of_many_events_is_no_count_of_the_incident() -> None:
    got = values("Gunmen killed 14 worshippers on Sunday. In the week, the monitor recorded 7 claimed events with a "
                 "combined claimed toll of 19 killed.")
    assert got["killed_total"] == 14


def test_counts_the_report_says_to_disregard_are_retracted() -> None:
    got = values("Five people were killed in the attack. Counts on social media (up to \"7 dead\") include the dead "
                 "of another shooting and should be disregarded.")
    assert got["killed_total"] == 5


def test_a_label_line_of_none_is_a_zero() -> None:
    assert values("- Missing: none (the officer reported missing was found alive)")["missing_total"] == 0
    assert values("Wounded: none")["wounded_total"] == 0


def test_inmates_let_out_of_a_broken_jail_are_no_hostages_freed() -> None:
    assert values("We freed more than a thousand brothers who were rotting in that prison.").get("released_total") is None
    assert values("Twelve hostages were freed by soldiers on Tuesday.")["released_total"] == 12


def test_a_figure_others_pass_around_is_not_confirmed() -> None:
    text = ("Seven people were wounded by the blast, the hospital said. Headline figures of \"about 40 injured\" "
            "circulating online count people treated for shock.")
    got = run(text)
    assert got.figures["wounded_total"].value == 7
    assert [m.note for m in got.mentions if m.value == 40] == ["a figure the text says is not confirmed"]
    got = run("Seven people were wounded, police said. Reports of 40 wounded were going viral by the evening.")
    assert got.figures["wounded_total"].value == 7


def test_a_toll_risen_from_one_figure_to_another_is_the_new_figure() -> None:
    assert values("Gunmen raided the village on Monday. The death toll rose from 12 to 19, police said.")[
        "killed_total"] == 19
    assert values("Shells hit the market on Tuesday. Four of the wounded died overnight, raising the number of "
                  "dead from 20 to 24.")["killed_total"] == 24


def test_a_count_of_those_killed_before_the_attack_is_no_figure_of_it() -> None:
    got = values("Shells killed 24 people at the market on Tuesday. At least 400 civilians had been killed in the "
                 "city before Tuesday's shelling, the ministry said.")
    assert got["killed_total"] == 24


def test_the_victims_carry_what_the_article_says_against_its_total() -> None:
    got = run("The toll has risen to 31, doctors said. The dead include nine children. The army has said 34 "
              "civilians were killed.")
    total, victims = got.figures["killed_total"], got.figures["killed_victims"]
    assert (victims.value, victims.contested) == (total.value, total.contested)
    assert {total.value, total.contested} == {31, 34}


def test_a_person_wounded_who_then_died_is_one_death_and_no_wounded() -> None:
    got = values("Inspector Musa Dogo was wounded and died later in hospital.")
    assert (got["killed_total"], got.get("wounded_total")) == (1, None)
    got = values("A police sergeant was wounded in the raid and later died.")
    assert (got["killed_security"], got.get("wounded_total")) == (1, None)
    # another person's death is no death of the wounded
    got = values("A police officer was wounded and two civilians were killed.")
    assert (got["wounded_total"], got["killed_civilians"]) == (1, 2)


def test_a_single_victim_told_by_the_first_reports_is_an_early_figure() -> None:
    got = run("The naval mission said three crew members had died. The first reports on Tuesday morning spoke of "
              "one dead seafarer.")
    assert got.figures["killed_civilians"].value == 3
    assert [m.note for m in got.mentions if m.value == 1] == ["a figure the text says is not confirmed"]


def test_a_list_with_a_person_told_without_a_number_keeps_its_first_count() -> None:
    got = values("Ten pilgrims, the driver and a police officer were killed.")
    assert (got["killed_civilians"], got["killed_security"], got["killed_total"]) == (11, 1, 12)
    got = values("That makes 10 pilgrims, the bus driver and one police officer killed.")
    assert (got["killed_civilians"], got["killed_total"]) == (11, 12)


def test_people_still_counted_as_injured_are_the_wounded() -> None:
    got = values("Of the 37 people still counted as injured, nine remain in hospital.")
    assert got["wounded_total"] == 37


def test_a_toll_told_with_a_copula() -> None:
    got = values("Police said the number of people killed in the blast is now 12.")
    assert got["killed_total"] == 12
    assert values("The number of suspects held over the shooting is three.")["captured_attackers"] == 3
    assert values("The death toll remains at nine, the governor said.")["killed_total"] == 9
    # held hostages are no arrests; a rank among attacks is no count
    assert values("The number of hostages held in the school is 14.")["kidnapped_total"] == 14
    assert "killed_total" not in values("The number of people killed in the riot is one of the highest this decade.")


def test_an_attacker_left_out_of_the_toll_with_the_clause_of_his_death_is_one_death() -> None:
    got = values("The number of victims who died is now five, excluding the suspect who was lynched.")
    assert (got["killed_total"], got["killed_victims"], got["killed_attackers"]) == (6, 5, 1)


def test_counts_told_before_a_toll_that_rose_are_past() -> None:
    got = run("Update: 7 dead, 22 injured. The toll has risen to 9 killed. The number of injured has risen to 29.")
    assert (got.figures["killed_total"].value, got.figures["wounded_total"].value) == (9, 29)
    assert [m.note for m in got.mentions if m.value in (7, 22)] == ["an earlier figure, revised later in the report"] * 2


def test_a_ceiling_of_enemies_neutralised_is_a_claim_not_a_count() -> None:
    got = run("A drone hit the apartment block, killing nine residents. The defence ministry said up to 40 militants "
              "were neutralised in the strike.")
    assert got.figures["killed_total"].value == 9 and "killed_attackers" not in got.figures


def test_a_parents_children_and_a_figure_said_not_to_be_a_count_are_no_casualties() -> None:
    got = values("Two people died: Amir Haddad, 23, found in the stairwell, and a 41-year-old mother of three who "
                 "died in hospital on Monday.")
    assert got["killed_total"] == 2
    got = values("The fire injured thirteen people. The charge counts attempted murder on 61 occasions; it does not "
                 "mean that 61 people were injured.")
    assert got["wounded_total"] == 13


def test_names_on_a_list_and_people_held_in_other_towns_are_no_casualties_of_the_attack() -> None:
    got = values("A former student killed four people at the school. A notebook held a list of 11 names, including "
                 "that of the teacher who was killed.")
    assert got["killed_total"] == 4
    got = values("Gunmen killed four people at the school. Police had apprehended two teenagers in other towns "
                 "over threats.")
    assert got.get("captured_attackers") is None
    assert values("Gunmen killed four people at the school. Police apprehended two gunmen near the school.")[
        "captured_attackers"] == 2


def test_a_death_the_article_corrects_or_calls_false_is_not_counted() -> None:
    got = values("A former student killed four people at the school. CORRECTION: An earlier version of this story "
                 "incorrectly said the attacker had been shot dead by police.")
    assert (got["killed_total"], got.get("killed_attackers")) == (4, None)
    got = values("A former student killed four people at the school. Messages claimed that a gang had ordered the "
                 "attack, and that the shooter had been killed by police; both claims were false.")
    assert (got["killed_total"], got.get("killed_attackers")) == (4, None)


def test_members_of_a_force_that_holds_its_territory_are_security_forces() -> None:
    got = values("A car bomb exploded at the checkpoint on Tuesday. A monitor said seven SDF members and two "
                 "civilians had been killed.")
    assert (got["killed_security"], got["killed_civilians"], got.get("killed_attackers")) == (7, 2, None)
    got = values("A car bomb exploded at the checkpoint on Tuesday. The SDF's own account, issued in stages, now "
                 "stands at five fighters and one civilian killed.")
    assert (got["killed_security"], got.get("killed_attackers")) == (5, None)


def test_the_speakers_own_fighters_are_the_attacked_force_when_it_condemns_the_attack() -> None:
    got = values("In this cowardly terrorist attack on our post, three of our fighters were martyred and a "
                 "shepherd lost his life.")
    assert (got["killed_security"], got.get("killed_attackers"), got["killed_total"]) == (3, None, 4)
    got = values("Our two fighters were martyred in the treacherous attack on the checkpoint.")
    assert (got["killed_security"], got.get("killed_attackers")) == (2, None)
    # no condemnation: the speaker may be the attacking group, and fighters stay its own
    got = values("Two fighters were killed in the attack on the checkpoint.")
    assert (got.get("killed_security"), got["killed_attackers"]) == (None, 2)


def test_one_sides_dead_are_the_victims_or_the_attackers_by_the_side_named() -> None:
    got = values("Gunmen stormed the plant on Tuesday. That makes eleven dead on the defenders' and workers' side. The "
                 "ministry says 27 attackers were killed.")
    assert (got["killed_victims"], got["killed_attackers"], got["killed_total"]) == (11, 27, 38)
    got = values("Gunmen stormed the plant on Tuesday. Five people were killed. There were nine dead on the attackers' "
                 "side.")
    assert got["killed_attackers"] == 9


def test_a_report_of_a_death_that_was_later_corrected_is_not_counted() -> None:
    got = values("Gunmen shot dead two people at the rally. A wire report that one of the bodyguards had "
                 "been killed was corrected on Saturday.")
    assert got.get("killed_security") is None and got["killed_total"] == 2


def test_people_taken_to_hospital_are_wounded_but_bodies_and_one_relative_are_not_counted_so() -> None:
    assert values("A fire swept through the shelter on Sunday. 14 people were taken to hospital with injuries.")[
        "wounded_total"] == 14
    got = values("A fire swept through the shelter on Sunday. Four bodies were taken to hospital.")
    assert got.get("wounded_total") is None and got["killed_total"] == 4
    got = values("Five officers were wounded. His son, who was travelling with him, was taken to hospital.")
    assert got["wounded_total"] == 5


def test_people_received_of_whom_some_died_are_no_count_of_the_dead() -> None:
    got = values("A bomb exploded at the gate on Wednesday. The hospital received 23 patients from the blast, six "
                 "of whom were dead on arrival.")
    assert got["killed_total"] == 6
    got = values("A bomb exploded at the gate on Wednesday. The hospital reports 23 patients received, six of them "
                 "dead on arrival.")
    assert got["killed_total"] == 6
    # the whole's own verb counts it: "nine people, seven of them fighters, were killed"
    got = values("A bomb exploded at the gate on Wednesday. Nine people, seven of them fighters, were killed.")
    assert (got["killed_total"], got["killed_attackers"]) == (9, 7)


def test_the_driver_of_a_car_bomb_is_an_attacker() -> None:
    got = values("Gunmen stormed the hotel on Thursday. Six men took part: the driver of the car bomb, who died at "
                 "the gate, and five gunmen, four of whom were killed by special forces.")
    assert got["killed_attackers"] == 5
    got = values("Gunmen stormed the hotel on Thursday. The taxi driver, who died at the gate, was 40.")
    assert got.get("killed_attackers") is None


def test_a_toll_of_martyrs_is_the_attacked_sides_dead() -> None:
    got = values("Gunmen stormed the hotel on Thursday. Five attackers were killed. \"The number of martyrs has "
                 "reached 22,\" a police spokesman said.")
    assert (got["killed_victims"], got["killed_total"]) == (22, 27)
    got = values("Gunmen stormed the hotel on Thursday. Five attackers were killed. \"The number of dead has "
                 "reached 22,\" a police spokesman said.")
    assert got["killed_total"] == 22


def test_a_missing_person_back_since_is_missing_no_more() -> None:
    got = values("Rebels ambushed the patrol on Thursday, killing two soldiers. A soldier who had been reported "
                 "missing after the clash walked into the patrol base on Friday.")
    assert got.get("missing_total") is None
    got = values("Rebels ambushed the patrol on Thursday. The army said one soldier was missing. The missing soldier "
                 "has since returned to his unit.")
    assert got.get("missing_total") is None
    got = values("Rebels ambushed the patrol on Thursday. The army said two soldiers were missing.")
    assert got["missing_total"] == 2
    got = values("Gangs stormed the prison on Tuesday. One guard remains unaccounted for. A second guard reported "
                 "missing on Wednesday was found alive on Thursday morning.")
    assert got["missing_total"] == 1


def test_deaths_presumed_from_signs_or_called_a_fabrication_are_not_counted_beside_a_count() -> None:
    got = values("Rebels ambushed the patrol on Thursday, killing three soldiers. At least two rebels were believed "
                 "killed, based on blood trails. The rebels said one of their fighters died.")
    assert got["killed_attackers"] == 1
    got = values("Rebels ambushed the patrol on Thursday, killing three soldiers. The army's claim that two rebels "
                 "were neutralized is a fabrication.")
    assert got.get("killed_attackers") is None


def test_an_ordinal_death_and_the_toll_it_raises_are_one_count() -> None:
    got = values("A third soldier has died of wounds sustained in Thursday's ambush, raising the death toll among "
                 "troops to three, the military said.")
    assert got["killed_security"] == 3
    got = values("Gunmen attacked the post on Monday. A third soldier died in hospital on Tuesday.")
    assert got["killed_security"] == 3


def test_a_count_initial_reports_indicate_yields_to_a_later_count() -> None:
    got = values("Initial local reports indicate at least 12 people were killed when armed men attacked the village "
                 "on Monday. Police later said 17 people were killed.")
    assert got["killed_total"] == 17


def test_some_of_a_part_of_a_toll_are_not_added_to_it() -> None:
    got = values("Local sources put the death toll at no fewer than seventeen: thirteen civilians, six of whom were "
                 "beheaded, two militiamen and two soldiers.")
    assert (got["killed_total"], got["killed_civilians"]) == (17, 13)


def test_a_bare_toll_including_the_bomber_counts_him() -> None:
    got = values("A bomb exploded at the market on Sunday. * Emergency agency says 12 dead including bomber, 31 injured")
    assert got["killed_total"] == 12 and got.get("killed_attackers") is None


def test_another_sources_higher_figure_discussed_yields_to_the_toll_told() -> None:
    got = values("A bomb exploded at the market on Sunday. The agency has raised the death toll to 17, not including "
                 "the bomber. Asked about the much higher figure of 23 bodies given by vigilantes, she said some "
                 "remains had been counted twice.")
    assert got["killed_victims"] == 17


def test_the_event_of_an_anniversary_is_background() -> None:
    got = values("A suicide bomber killed 11 people at the market on Sunday. The bombing comes days after the 12th "
                 "anniversary of the kidnapping of 276 schoolgirls from the town of Chibok.")
    assert got["killed_total"] == 11 and got.get("kidnapped_total") is None


def test_a_wars_toll_and_figures_called_fanciful_are_no_counts_of_the_attack() -> None:
    got = values("Gunmen ambushed the convoy on Tuesday, killing four. The country never recovered from the 2013-2018 "
                 "civil war, which researchers estimate killed close to 400,000 people.")
    assert got["killed_total"] == 4
    got = values("Armed men raided the hamlet on Saturday. Eight people died. Individuals are circulating on social "
                 "networks fanciful figures, sometimes exceeding sixty dead.")
    assert got["killed_total"] == 8


def test_what_earlier_versions_of_the_story_said_is_retracted() -> None:
    got = values("A gunman opened fire outside the mosque on Friday, killing three. The suspect was shot and wounded by "
                 "police. Earlier versions of this story, citing a police source, had said that two people were killed "
                 "and that the gunman had been shot dead.")
    assert (got["killed_total"], got.get("killed_attackers")) == (3, None)


def test_the_toll_of_a_conflict_told_with_its_start_is_not_the_attacks() -> None:
    text = ("Gunmen killed nine villagers in the town on Saturday. The attack bore the hallmarks of the group, "
            "which has waged an insurgency in the province since October 2017. Monitors say more than 6,000 "
            "people have been killed in the violence.")
    assert values(text)["killed_total"] == 9
    # without a conflict told before, "in the violence" is the incident's own
    text = ("Rioters clashed with police in the town on Saturday. Officials say at least 12 people "
            "have been killed in the violence.")
    assert values(text)["killed_total"] == 12


def test_a_count_of_citizens_after_a_lead_naming_the_civilian_side_is_civilians() -> None:
    got = values("Two (2) members of the FDS lost their lives. On the civilian side, three (3) citizens "
                 "lost their lives in the attack on the town.")
    assert (got["killed_security"], got["killed_civilians"], got["killed_total"]) == (2, 3, 5)


def test_what_a_picture_shows_is_no_count() -> None:
    text = ("Gunmen attacked the town on Sunday, killing 12 civilians. The claim came with photographs, one "
            "showing what appear to be two bodies in uniform.")
    assert values(text)["killed_total"] == 12


def test_follow_up_operations_elsewhere_are_another_event() -> None:
    text = ("Insurgents attacked the town of Kora on Saturday night, killing nine civilians. In follow-up "
            "operations on Sunday near Bela, 20 km to the north, 17 terrorists were neutralised, the army said.")
    got = values(text)
    assert (got["killed_total"], got.get("killed_attackers")) == (9, None)


def test_items_under_a_numbered_other_incidents_heading_are_other_events() -> None:
    text = ("1.\nMAIN EVENT\n\nGunmen killed six villagers in Kora on Saturday.\n\n------\n2.\n"
            "OTHER INCIDENTS (previous 72 hours)\n------\n\n- Bela district, 13 March: Gunmen killed two farmers "
            "near Ocua.\n- Tiro district, 14 March: The army reports two insurgents killed in a clash.\n")
    got = values(text)
    assert (got["killed_total"], got.get("killed_attackers")) == (6, None)


def test_captives_of_earlier_raids_and_a_bandit_leader_are_no_counts_of_the_attack() -> None:
    text = ("Bandits abducted 40 villagers in Kora on Sunday. One escapee said they were held in the forest with "
            "more than 100 other captives seized in earlier raids.")
    got = values(text)
    assert (got["kidnapped_total"], got.get("captured_attackers")) == (40, None)
    got = values("The lawmaker blamed the gang of a notorious bandit leader, Kachalla Bello, for the raid "
                 "in which 16 villagers were killed.")
    assert (got["killed_total"], got.get("attackers_total")) == (16, None)
    assert values("A gang of 60 bandits on motorcycles attacked Kora on Sunday.")["attackers_total"] == 60


def test_captives_seized_are_people_the_attackers_hold() -> None:
    text = ("Bandits raided Kora on Sunday, killing five villagers. One woman said they were held in the forest with "
            "more than 30 other captives seized on Sunday.")
    got = values(text)
    assert (got["kidnapped_total"], got.get("captured_attackers")) == (30, None)


def test_more_people_of_the_same_status_told_with_others_add_up() -> None:
    text = "Police said eleven people were hit by bullets and six others were injured in the rush to the exits."
    assert values(text)["wounded_total"] == 17
    assert values("A further 10 people were wounded by gunfire and six more were hurt while fleeing.")["wounded_total"] == 16
    # another status is no more of the same: "killing four people and wounding 11 others"
    got = values("A gunman opened fire in a club, killing four people and wounding 11 others.")
    assert (got["killed_total"], got["wounded_total"]) == (4, 11)


def test_a_figure_a_speaker_never_confirmed_is_not_counted() -> None:
    text = ("Police said four people were killed in the shooting. A tabloid reported that six people were dead; "
            "police never confirmed that figure and it was removed.")
    assert values(text)["killed_total"] == 4


def test_a_count_over_the_year_before_an_event_is_not_the_attacks() -> None:
    text = ("A bomb killed 18 passengers on a coach near the pass on Tuesday. In the year before the last bombing, "
            "at least 60 people were killed in attacks on travellers in the province.")
    assert values(text)["killed_total"] == 18


def test_a_reports_own_summing_up_line_is_its_figure_over_others_counts() -> None:
    text = ("The prison authority's certified toll stands at 22 inmates. A monitor says at least 31 inmates died, "
            "citing families. Some outlets reported \"25 dead\", apparently adding the three missing; no official "
            "source has given that figure.\n\n- Confirmed dead: 22 inmates; three inmates unaccounted for.")
    got = run(text, "2026-03-19")
    assert (got.figures["killed_total"].value, got.figures["killed_total"].qualifier) == (22, "exact")
    assert any("25" in c and "unconfirmed" in c for c in got.checks)
    # the monitor's count of one party (inmates are civilians) yields to the line too
    assert "killed_civilians" not in got.figures
    # without such a line the largest toll is the report's (tolls rise as bodies are found)
    assert values("Officials said 22 inmates died. A monitor says at least 31 inmates died.")["killed_total"] == 31


def test_a_death_the_police_deny_or_that_proved_false_is_not_counted() -> None:
    text = ("Police said the number of persons killed rises to four. The police expressly denies reports in "
            "individual media that a fifth person has died.")
    assert values(text)["killed_total"] == 4
    text = ("Four people died in the attack. Reports that a fifth victim had died turned out to be false.")
    assert values(text)["killed_total"] == 4


def test_dead_of_a_landslide_and_dead_added_from_elsewhere_are_not_the_attacks() -> None:
    text = ("A bomb hit a bus of pilgrims near the town on Thursday, killing eight people. Together with the two "
            "militants killed at the camp, the violence has now claimed ten lives, not counting the two truck "
            "drivers killed in a landslide at the pass on Thursday.")
    got = values(text)
    assert (got["killed_total"], got.get("killed_attackers"), got.get("killed_civilians")) == (8, None, None)


def test_all_the_missing_traced_are_missing_no_more() -> None:
    text = ("A bomb hit the bus on Thursday. Initial reports spoke of at least five dead and two pilgrims missing; "
            "by evening police had raised the toll to seven and traced both missing pilgrims to a hospital.")
    got = values(text)
    assert (got["killed_total"], got.get("missing_total")) == (7, None)


def test_a_group_of_persons_armed_with_guns_is_the_attacking_group() -> None:
    got = values("At about 18:40 a group of five persons armed with firearms attacked a police post, killing seven.")
    assert got["attackers_total"] == 5
    # a group of people armed by no one is no attackers' count
    assert "attackers_total" not in values("A group of five persons was killed when a bomb exploded at the market.")


def test_a_sides_label_over_its_list_names_the_party_of_its_counts() -> None:
    text = ("On Tuesday the camp was the target of a complex attack.\n\nProvisional toll:\n\nFriendly side [côté ami]:\n"
            "  - 05 dead;\n  - 11 wounded.\n\nEnemy side:\n  - 47 terrorists neutralised.\n")
    got = values(text, "2026-11-17")
    assert (got["killed_security"], got["killed_attackers"], got["killed_total"]) == (5, 47, 52)


def test_a_party_insisting_on_its_own_count_gives_no_report_its_toll() -> None:
    text = ("The toll from the rally shooting rose to four on Monday after a ward chairman died in hospital. "
            "The party continues to insist that seven of its members were killed.")
    got = run(text, "2026-05-18")
    assert got.figures["killed_total"].value == 4
    assert any("7" in c for c in got.checks)


def test_a_wires_version_note_is_not_mined() -> None:
    text = ("XPX 15-MAR-2026 15:07 GMT\nUPDATES toll to 11 from at least 9, adds prosecutor statement, detained "
            "suspect, banner\n\nGunmen torch bar, killing 11\n\nTOWN, March 15 (XPX) - Gunmen set fire to a bar on "
            "Saturday, killing 11 people. Police detained one suspect.")
    got = values(text, "2026-03-15")
    assert (got["killed_total"], got["captured_attackers"]) == (11, 1)


def test_the_people_a_count_lists_in_brackets_are_that_count() -> None:
    got = values("The attack on the station killed three police officers (an inspector, a sergeant and a corporal "
                 "who died in hospital on Monday).")
    assert got["killed_security"] == 3 and got["killed_total"] == 3


def test_a_witness_guess_is_not_the_toll() -> None:
    text = ("A suicide car bomb hit the police station, killing three officers, police said. \"I believe at least "
            "10 policemen died, the place is finished,\" a resident said.")
    got = run(text, "2026-03-15")
    assert got.figures["killed_total"].value == 3


def test_dead_told_among_the_victims_are_the_victims() -> None:
    text = ("The bombing killed five people at the station. Together with the watchman at the mast, that makes six "
            "dead among the victims of the night. Two attackers died: the bomber and one gunman.")
    got = values(text, "2026-03-18")
    assert (got["killed_victims"], got["killed_attackers"], got["killed_total"]) == (6, 2, 8)


def test_who_after_a_verb_of_knowing_or_saying_is_a_question_not_a_victim() -> None:
    assert values("\"We know who is missing from our homes,\" the secretary said.") == {}
    assert values("Police did not say who was killed in the raid.") == {}
    assert values("Sergeant Ali, who was wounded on Monday, died in hospital.")["killed_total"] == 1


@pytest.mark.parametrize("text", [
    "“We shot dead two of them near the river,” a police officer said.",
    "The commander said our troops killed two of them as they fled.",
])
def test_the_speakers_side_killing_them_kills_attackers(text: str) -> None:
    # "we killed two of them": the speaker's side killed the people it fought
    assert ("killed", "attackers", 2) in mentions(text)


def test_a_groups_claim_of_killing_them_is_not_read_as_attackers_dead() -> None:
    assert ("killed", "attackers", 2) not in mentions("“We killed two of them,” the group said in a statement.")


def test_a_total_made_of_victims_parts_leaves_attackers_told_apart_outside() -> None:
    # the parts (2 + 11 + 2) exceed the toll stated and none is the attackers': the victims are
    # their sum, and the attackers told apart, far below, add to it
    res = run("The toll rose to 13, officials said. Eleven died in the market and two more died in hospital. "
              "Two soldiers were also killed in the raid. The village lies near the border. Its market opens "
              "on Mondays. Traders came from three districts. Roads were closed all day. Police said four of "
              "the attackers were killed.")
    got = {k: f.value for k, f in res.figures.items()}
    assert (got["killed_victims"], got["killed_attackers"], got["killed_total"]) == (15, 4, 19)


def test_a_breakdown_after_an_exclusion_and_a_force_named_by_its_task() -> None:
    # "members of the ... force": security forces; the list after "not counting X:" breaks the
    # toll down
    res = run("Officials said 11 people were killed, not counting the attacker: seven members of the "
              "harbour protection force and four port workers.")
    got = {k: f.value for k, f in res.figures.items()}
    assert (got["killed_security"], got["killed_civilians"], got["killed_victims"], got["killed_total"]) == (7, 4, 11, 12)


def test_inmates_killed_in_a_prison_attack_are_civilians() -> None:
    got = values("Gunmen stormed the jail on Friday. Officials said nine inmates and two guards were killed.")
    assert (got["killed_civilians"], got["killed_security"], got["killed_total"]) == (9, 2, 11)


def test_people_caught_in_the_crossfire_are_no_captives_and_a_breakdown_after_its_source() -> None:
    res = run("At least 12 people were killed, according to a toll given by the district governor: six "
              "gunmen, two policemen and four bystanders who were caught in the crossfire.")
    got = {k: f.value for k, f in res.figures.items()}
    assert (got["killed_attackers"], got["killed_security"], got["killed_civilians"]) == (6, 2, 4)
    assert "captured_attackers" not in got and "kidnapped_total" not in got
    assert values("Two suspects were caught by villagers near the river.")["captured_attackers"] == 2


def test_a_communique_list_of_digits_glossed_in_words() -> None:
    text = ("The provisional toll is as follows:\n- 9 (nine) terrorists neutralised;\n"
            "- 2 (two) members of the defence forces fallen with honour;\n- 4 (four) assailants captured alive.")
    got = values(text)
    assert (got["killed_attackers"], got["killed_security"], got["captured_attackers"]) == (9, 2, 4)


def test_an_adverb_before_the_status_and_a_misreading_others_printed() -> None:
    got = values("Officials said 40 people were physically injured, nine of them seriously.")
    assert got["wounded_total"] == 40
    text = ("A man stabbed six people at the fair. He was arrested at the scene. Police said he had been "
            "'neutralised', a word that led several foreign outlets to report that the attacker had been killed.")
    got = values(text)
    assert "killed_attackers" not in got and got["captured_attackers"] == 1


def test_a_second_count_that_leaves_out_the_attackers_is_the_victims_not_a_rival_toll() -> None:
    res = run("\"We have sixteen dead: four police officers, a driver, eight inmates and three assailants,\" said "
              "the mayor. \"We received 13 bodies,\" the morgue director said.")
    total = res.figures["killed_total"]
    assert (total.value, total.other_total, res.figures["killed_victims"].value) == (16, None, 13)


@pytest.mark.parametrize("text", [
    "The pirates captured 16 crew members.",
    "Gunmen captured 16 farmers on the road.",  # the attackers' captives
    "The owner said 16 crew members were being held: ten fishermen, five cooks and an engineer.",
    "Sixteen crew members remain held on board the trawler.",
])
def test_civilians_captured_by_attackers_are_kidnapped(text: str) -> None:
    got = values(text)
    assert got["kidnapped_total"] == 16 and "captured_attackers" not in got
    # (the state's arrests of civilians are no kidnapping)
    assert "kidnapped_total" not in values("Two clerks and a guard were arrested on suspicion of passing information.")


def test_suspects_being_held_are_captured_but_not_men_held_under_an_emergency_decree() -> None:
    assert values("Three suspects are being held at the police station.")["captured_attackers"] == 3
    assert "captured_attackers" not in values("Two men from the village are being held under the emergency decree.")


def test_people_still_held_are_captives_where_the_sentence_tells_of_captivity() -> None:
    got = values("A ransom was paid on Friday for the three men still held after the raid.")
    assert got["kidnapped_total"] == 3 and "captured_attackers" not in got
    # held, by whom not said: no attackers captured
    assert "captured_attackers" not in values("The embassy confirmed that two of its citizens were being held.")
    assert values("Two men are being held at the police station.")["captured_attackers"] == 2


def test_a_figure_its_speaker_apologised_for_and_an_anonymous_posts_figure_are_not_counted() -> None:
    text = ("The mayor, who told reporters early on Saturday that \"at least nine people are dead,\" apologized on "
            "Sunday for the figure. A wounded woman died on Sunday, raising the death toll to six, not counting the gunman.")
    got = values(text)
    assert (got["killed_victims"], got["killed_total"]) == (6, 7)
    text = ("Police said five people were killed. A page run by an activist network based abroad posted on "
            "Friday that at least nine people had been killed.")
    assert values(text)["killed_total"] == 5
    text = ("An anonymous account on a messaging channel posted that the attack was the work of its movement and "
            "that \"20 dead\" was only the beginning. Police said six people were killed.")
    assert values(text)["killed_total"] == 6
    text = ("Police said six people were killed. Within hours, an anonymous account on a channel that has long "
            "celebrated such attacks posted that the attack was the work of its movement and that \"20 dead\" was "
            "only the beginning. Neither claim holds up.")
    assert values(text)["killed_total"] == 6


@pytest.mark.parametrize("text", [
    "Six people lay dead on the floor. A seventh, a waiter, died in hospital on Sunday.",
    "Six people were killed in the blast. A seventh died in hospital on Sunday.",
])
def test_an_ordinal_alone_as_the_subject_of_a_death_raises_the_toll(text: str) -> None:
    res = run(text)
    assert (res.figures["killed_total"].value, res.figures["killed_total"].qualifier) == (7, "exact")
    # and a toll that counts the gunman beside it leaves one attacker
    got = values(text + " Counting the gunman, eight people died.")
    assert (got["killed_total"], got["killed_victims"], got["killed_attackers"]) == (8, 7, 1)


def test_a_man_charged_with_making_a_threat_is_no_attacker_captured() -> None:
    text = ("On Sunday police arrested a 30-year-old local man and charged him with making a terroristic threat "
            "after he claimed online to have helped plan the shooting.")
    assert "captured_attackers" not in values(text)
    assert values("On Sunday police arrested a 30-year-old local man over the shooting.")["captured_attackers"] == 1


def test_a_count_that_adds_the_air_strikes_of_the_following_hours_is_no_count_of_the_attack() -> None:
    text = ("Gunmen killed nine guards at the mine on Tuesday. The government says more than thirty \"terrorists\" were "
            "\"neutralised\" in the riposte and in air strikes \"in the following hours\".")
    got = values(text)
    assert got["killed_total"] == 9 and "killed_attackers" not in got


def test_a_breakdown_after_where_the_toll_was_taken() -> None:
    res = run("Officials said 12 people were killed in Monday's ambush on the mine road: seven gendarmes and five "
              "drivers. A witness said he counted the bodies of three attackers.")
    got = {k: f.value for k, f in res.figures.items()}
    assert (got["killed_security"], got["killed_civilians"], got["killed_victims"], got["killed_total"]) == (7, 5, 12, 15)


def test_a_toll_told_again_in_pieces_by_a_witness_adds_no_dead() -> None:
    text = ("The number of guards killed in the raid on the depot has risen to 12, officials said. "
            "\"Nine of our friends died at the gate, and three more died in the clinic,\" a guard said.")
    got = values(text)
    assert (got["killed_total"], got["killed_security"]) == (12, 12)
    # pieces that add up to more than the toll still count
    got = values("The number of guards killed in the raid has risen to 12, officials said. "
                 "\"Nine of our friends died at the gate, and five more died in the clinic,\" a guard said.")
    assert got["killed_total"] == 26


def test_counts_denied_after_a_semicolon_of_their_own_sentence_are_retracted() -> None:
    text = ("A woman was killed in a knife attack at the market on Sunday. Early posts said that four people "
            "had been killed and that the attacker had been shot dead; neither was true.")
    got = values(text)
    assert (got["killed_total"], got.get("killed_attackers")) == (1, None)


def test_a_number_after_a_comma_that_opens_the_next_clause_is_not_the_deed_s() -> None:
    # "Guard killed, four taken to hospital": four were taken to hospital, not killed
    assert values("Guard killed, four taken to hospital after knife attack on market").get("killed_total") != 4
    assert values("The gunmen opened fire, killing four villagers.")["killed_total"] == 4


def test_people_abducted_who_escaped_are_freed_and_some_of_those_taken() -> None:
    got = values("Gunmen raided the farm on Saturday. Four workers who were abducted managed to escape on Monday.")
    assert (got["kidnapped_total"], got["released_total"]) == (4, 4)
    result = run("Gunmen raided the farm on Saturday. Four workers who were abducted managed to escape on Monday.")
    assert result.figures["kidnapped_total"].qualifier == "at_least"


def test_only_so_many_seen_against_a_claimed_count_is_the_count() -> None:
    text = ("Gunmen raided the farm on Saturday. The army says six raiders were killed; only three bodies "
            "of raiders have been seen by reporters.")
    assert values(text)["killed_attackers"] == 3
    # without "only" the two counts add up
    assert values(text.replace("only three", "three"))["killed_attackers"] == 9


def test_a_victim_first_described_as_an_attacker_is_no_dead_attacker() -> None:
    text = ("Gunmen attacked the depot on Monday. The guard, whom police first described as a dead attacker, "
            "was buried on Thursday.")
    assert values(text).get("killed_attackers") is None


def test_an_associations_toll_yields_to_the_toll_as_it_has_risen() -> None:
    text = ("Gunmen attacked the village of Kelo on Thursday. The death toll has risen to 31, local officials "
            "said on Saturday. The farmers' association, which on Thursday said 48 people had been killed, "
            "repeated its accusation.")
    assert values(text, "2026-01-17")["killed_total"] == 31


def test_a_reports_own_count_stands_over_an_associations_total_and_its_own_parts() -> None:
    text = ("Gunmen attacked the village of Kelo on Thursday. Based on interviews with survivors, we have "
            "documented 31 villagers killed. Twenty-two bodies were buried on Thursday evening. The farmers' "
            "association has put the death toll at 48.")
    result = run(text, "2026-01-19")
    total = result.figures["killed_total"]
    assert (total.value, total.contested) == (31, None)


def test_a_report_its_outlet_withdrew_is_retracted() -> None:
    text = ("A man set fire to the chapel on Friday. A local radio station reported that three people had been "
            "killed. The station withdrew the report an hour later.")
    assert values(text).get("killed_total") is None


def test_a_figure_that_includes_someone_who_died_is_no_count_of_the_dead() -> None:
    text = ("A van drove into the crowd on Saturday, killing four people. The ambulance service's figure of 16 "
            "includes Amit Pell, who died shortly after arrival.")
    assert values(text)["killed_total"] == 4


def test_a_toll_posts_on_forums_put_is_unconfirmed() -> None:
    result = run("A gunman killed ten worshippers on Friday. Posts on fringe forums on Friday night put the toll "
                 "at more than 40.")
    assert [m.note for m in result.mentions if m.value == 40] == ["a figure the text says is not confirmed"]


def test_every_number_of_a_list_of_ages_is_an_age() -> None:
    text = ("Gunmen attacked the police station on Sunday. Three more men, aged 19, 23 and 41, were arrested "
            "on Monday, bringing to four the number of people detained.")
    assert values(text, "2026-02-09")["captured_attackers"] == 4
    assert not any(m.value == 41 for m in run(text, "2026-02-09").mentions)


def test_bodies_is_no_adjective_of_the_name_after_it() -> None:
    text = ("A truck bomb exploded at the checkpoint on Sunday. The toll of 34 matches the 31 bodies Kelo General "
            "Hospital said it had received.")
    assert values(text, "2026-02-10").get("killed_security") is None


def test_a_figure_that_has_not_been_corroborated_is_unconfirmed() -> None:
    result = run("Gunmen attacked the church on Sunday, killing 13 people. The association's figure of 19 dead "
                 "has not been corroborated.")
    assert [m.note for m in result.mentions if m.value == 19] == ["a figure the text says is not confirmed"]


def test_a_toll_someone_did_not_give_is_no_count() -> None:
    assert values("Armed men attacked the camp on Tuesday night. The colonel did not give a civilian death "
                  "toll.").get("killed_civilians") is None


def test_an_estimate_of_attackers_killed_does_not_replace_the_toll() -> None:
    text = ("Jihadists overran the army post on Thursday. The toll rose to 17 dead on Friday. The army said it "
            "had neutralised nearly eighty terrorists in the fighting.")
    got = values(text, "2026-02-15")
    assert (got["killed_total"], got["killed_attackers"]) == (17, 80)


def test_a_count_the_sentence_corrects_with_so_only_is_not_counted() -> None:
    result = run("The navy counted five wounded among the 19 rescued, but one of those five later died, so only "
                 "four survivors were wounded.")
    assert result.figures["wounded_total"].value == 4


def test_a_citywide_count_the_text_says_is_not_the_toll_is_not_counted() -> None:
    result = run("Shells hit the hospital on Saturday, killing at least 14 people. A volunteer group said 33 people "
                 "were killed across the city on Saturday, a figure that should not be read as the hospital toll.")
    assert result.figures["killed_total"].value == 14


def test_the_fighters_of_a_force_that_defends_are_security_forces() -> None:
    result = run("Shells hit the hospital on Saturday, killing 14 people. Two of the dead were Joint Forces "
                 "fighters being treated in the surgical ward.")
    assert result.figures["killed_security"].value == 2 and "killed_attackers" not in result.figures


def test_an_age_after_a_quoted_alias_is_no_count() -> None:
    result = run("A wounded female rebel, known by the alias “Lorna,” 22, was captured by pursuing troops.")
    assert all(m.value != 22 for m in result.mentions)


def test_a_headline_toll_that_is_one_sides_count_is_not_every_sides() -> None:
    result = run("Ambush toll rises to 4 as wounded corporal dies\n"
                 "The number of soldiers killed in Wednesday's ambush by rebels has risen to four. "
                 "The bodies of three people the army says were rebel fighters were taken to a funeral parlour.")
    assert result.figures["killed_total"].value == 7


def test_who_the_people_counted_were_in_a_relative_clause_gives_their_side() -> None:
    result = run("The bodies of the three people the army says were rebel fighters were taken to a funeral parlour. "
                 "The two other bodies have not been claimed.")
    assert result.figures["killed_attackers"].value == 3 and result.figures["killed_total"].value == 3


def test_the_toll_of_that_war_is_no_count_of_the_attack() -> None:
    result = run("Drones hit the base on Saturday, killing two soldiers. The two groups have fought since January "
                 "2025; rights groups say more than 120 people have been killed in the department in that war.")
    assert result.figures["killed_total"].value == 2


def test_a_figure_told_before_its_toll_is_read() -> None:
    # the figure-first toll ("bring to N the number of ...") has no "among" clause
    result = run("Gunmen attacked the market on Monday. Two more deaths in hospital on Tuesday brought to 14 the "
                 "number of people killed.")
    assert result.figures["killed_total"].value == 14


@pytest.mark.parametrize("aside", [
    "The fighting has killed more than 6,000 people and forced over 600,000 from their homes.",
    "The conflict in Kelo's English-speaking regions, now in its ninth year, has killed more than 6,000 people.",
    "Provincial police say 148 officers were killed in attacks in the province in 2025.",
])
def test_a_conflicts_or_a_years_toll_is_no_count_of_the_attack(aside: str) -> None:
    # (an undated wire: the year alone cannot set the aside apart)
    result = run(f"Gunmen attacked the school on Wednesday, killing five pupils. {aside}", None)
    assert result.figures["killed_total"].value == 5


def test_people_who_have_taken_shelter_are_no_hostages() -> None:
    result = run("Gunmen attacked the village on Saturday, killing seven. Around 340 residents have taken shelter "
                 "at the relief camp.")
    assert "kidnapped_total" not in result.figures


def test_an_analysis_that_calls_a_figure_impossible_or_an_early_estimate_is_heeded() -> None:
    result = run("Gunmen attacked the police post on Wednesday, killing five policemen. The figure of 17 dead "
                 "policemen is not just inflated, it is impossible: the post was manned by 11. The ministry's figure "
                 "of at least eight attackers killed has not been repeated by the police and appears to have "
                 "been an early, unsourced estimate. Police said officers "
                 "killed two of the attackers.")
    assert result.figures["killed_security"].value == 5 and result.figures["killed_attackers"].value == 2


def test_a_count_over_the_week_is_no_count_of_the_attack() -> None:
    result = run("Drones hit the base on Saturday, killing two soldiers. The governor said four soldiers have died "
                 "this week defending the province.")
    assert result.figures["killed_total"].value == 2


@pytest.mark.parametrize("text, field", [
    ("Gunmen opened fire at the bus stop, killing six people, all of them civilians.", "killed_civilians"),
    ("Six people were killed when the shell hit the depot. All were civilians, the hospital said.", "killed_civilians"),
    ("Six people died in the ambush on the road. The victims were all police officers.", "killed_security"),
    ("Six people were killed in the blast. All the dead were civilian drivers.", "killed_civilians"),
])
def test_a_toll_said_to_be_all_of_one_party_is_that_partys_count(text: str, field: str) -> None:
    result = run(text)
    assert result.figures[field].value == 6
    assert result.figures["killed_total"].value == 6  # included, not added


@pytest.mark.parametrize("text", [
    "Six people were killed in the blast. The victims were mostly civilians.",
    "Six people were killed, two of them soldiers. All were civilians, locals said.",
    "Six people died in the fire. All of the victims were residents, with the exception of a guard.",
    "Gunmen killed six people and wounded 20 others, all of them civilians.",
])
def test_a_toll_not_all_of_one_party_gives_no_party_count(text: str) -> None:
    result = run(text)
    assert result.figures.get("killed_civilians") is None
    assert result.figures["killed_total"].value == 6


def test_a_toll_that_names_no_deaths_after_the_injured_is_of_the_injured() -> None:
    result = run("Fire crews said nine people were hurt in the blaze. The revised toll of 14 includes two children.")
    assert result.figures["wounded_total"].value == 14
    assert "killed_total" not in result.figures
    # a toll of the dead stays one
    result = run("Fire crews said nine people were hurt in the blaze. The toll of 14 dead includes two children.")
    assert result.figures["killed_total"].value == 14


def test_a_churchs_own_count_beside_the_risen_official_toll_is_not_the_reports_toll() -> None:
    result = run("The official death toll from Tuesday's ambush has risen to 19, police said. The Kelo Synod said "
                 "on Thursday that it had recorded the names of 23 people killed.")
    assert result.figures["killed_total"].value == 19


def test_a_count_told_as_it_now_stands_is_used_over_an_older_total_told_of_others() -> None:
    result = run("The police said on Tuesday that seven people had died in the attack on the mosque. Two more "
                 "bodies were found in the fields on Wednesday. That brings the number of worshippers killed to 9.")
    assert result.figures["killed_total"].value == 9
    assert result.figures["killed_total"].contested is None


def test_a_boast_is_no_count_and_an_unconfirmed_toll_yields_to_a_confirmed_party_count() -> None:
    result = run("Gunmen ambushed the convoy on Tuesday, killing three peacekeepers. In an audio message, the "
                 "speaker boasts that his men \"killed twelve soldiers and burned their trucks\".")
    assert result.figures["killed_total"].value == 3
    assert any("unconfirmed" in c for c in result.checks)


def test_a_units_losses_since_its_deployment_are_no_count_of_the_attack() -> None:
    result = run("Gunmen ambushed the convoy on Tuesday, killing three peacekeepers. Tuesday's deaths bring to "
                 "five the number of Kelo peacekeepers killed in the province since the battalion's deployment.")
    assert result.figures["killed_security"].value == 3


def test_a_deleted_posts_count_and_a_count_over_many_acts_of_violence_are_not_counted() -> None:
    result = run("A jet bombed the school on Thursday, killing 19 people. A post on Facebook, which said nearly 30 "
                 "pupils had been killed, was deleted later that day. The ministry said that this month armed groups "
                 "committed 61 acts of violence in the region, killing 14 civilians.")
    assert result.figures["killed_total"].value == 19
    assert "killed_civilians" not in result.figures


def test_a_groups_claim_and_a_figure_nothing_supports_are_unconfirmed() -> None:
    result = run("Mortar rounds hit the compound on Tuesday, killing a guard. A cleaner died of her wounds on "
                 "Wednesday, raising the death toll to two. The group repeated its claim that its fighters had killed "
                 "17 crusaders. Nothing supports the figure of 17 dead.")
    assert result.figures["killed_total"].value == 2


def test_deaths_the_text_says_not_to_add_to_the_toll_are_not_counted() -> None:
    result = run("Gunmen attacked the bus on Friday, killing nine pilgrims. On Sunday the ministry said its forces "
                 "had killed 11 militants in a desert hideout. These 11 deaths are a separate event and should not "
                 "be added to its toll.")
    assert result.figures["killed_total"].value == 9
    assert "killed_attackers" not in result.figures


def test_a_posts_claim_and_an_early_reports_count_yield_to_the_texts_own_word() -> None:
    result = run("A man stabbed passengers on a train on Thursday, injuring at least 13 people. No one was killed, a "
                 "fire department official said. Early local media reports had said more than 20 people were hurt. "
                 "One post on social media, viewed millions of times, claimed five people had died. Nobody died.")
    assert result.figures["killed_total"].value == 0
    assert "killed_civilians" not in result.figures  # (no official was killed)
    assert result.figures["wounded_total"].value == 13


def test_hearsay_rumours_and_a_claim_denied_by_the_police_are_no_count() -> None:
    result = run("A man attacked children at a kindergarten gate on Monday. One child died on Monday evening. We have "
                 "also heard that a second child has died in the ICU. A claim that a third child had died was "
                 "denied by police. Staff said the boy was stable, contradicting rumours online that a second child "
                 "had died.")
    assert result.figures["killed_total"].value == 1


def test_bodies_residents_claim_to_have_seen_are_unconfirmed() -> None:
    result = run("Rebels blew up an army truck on Tuesday, killing seven soldiers and a driver. Some residents also "
                 "claimed they had seen \"at least ten bodies\" being loaded on to vehicles.")
    assert result.figures["killed_total"].value == 8


def test_a_claim_told_with_claims_or_a_groups_claim_of_is_unconfirmed() -> None:
    result = run("Gunmen attacked the gold site on Saturday. The miners' cooperative has compiled a list of 39 dead. "
                 "The group's statement calls the miners militiamen and claims more than 50 of them killed. The "
                 "Kelo Front's claim of 17 soldiers killed is not supported by anything we have seen. The army says "
                 "four soldiers were killed.")
    assert result.figures["killed_total"].value == 39
    assert result.figures["killed_security"].value == 4


def test_a_count_reported_before_being_retracted_is_not_counted() -> None:
    result = run("A student opened fire at the school on Thursday, killing three people. A television station briefly "
                 "reported five dead, citing a parent, before retracting it.")
    assert result.figures["killed_total"].value == 3


def test_a_count_an_official_posted_is_unconfirmed() -> None:
    result = run("A student opened fire at the school on Thursday, killing three people. A county commissioner posted "
                 "that four people had died.")
    assert result.figures["killed_total"].value == 3


def test_a_person_with_a_duty_told_before_the_verb_is_a_victim() -> None:
    result = run("Gunmen shot dead a journalist on Thursday, and the police officer assigned to guard him died of his "
                 "wounds hours later.")
    assert result.figures["killed_total"].value == 2
    assert result.figures["killed_security"].value == 1


def test_one_sides_own_tally_of_the_enemies_it_killed_yields_to_a_count_of_the_same_dead() -> None:
    result = run("Police said two of the gunmen were shot dead by officers at the bridge on Tuesday. "
                 "\"Our boys killed five of them when we chased them,\" a village councillor said.")
    assert result.figures["killed_attackers"].value == 2
    assert any("unconfirmed" in c for c in result.checks)
    alone = run("The bandits raided the market on Friday. \"Our fighters killed eleven enemies,\" the "
                "group said in a voice message. Residents said six traders were killed.")
    assert alone.figures["killed_total"].value == 6


def test_a_regions_running_count_a_supposed_toll_and_a_bodys_claim_that_are_not_counted() -> None:
    result = run("Rockets hit the market in Dorvik on Tuesday, killing five civilians. The governor says more than 30 "
                 "civilians have been killed across the region since 1 January. If the missing man is dead, the toll "
                 "rises to six. The council's claim that volunteers \"neutralised\" two attackers remains unverified, "
                 "and police said one attacker was killed.")
    assert result.figures["killed_civilians"].value == 5
    assert result.figures["killed_total"].value == 6
    assert result.figures["killed_attackers"].value == 1
    assert any("unconfirmed" in c for c in result.checks)


def test_a_toll_settled_at_a_count_and_people_who_remained_missing() -> None:
    result = run("Gunmen attacked Dorvik village on Saturday. Two days later the death toll is settled at five, and "
                 "two villagers remained missing while a tribal body put the number of dead at seven. Police "
                 "detained 26 persons in connection with violations across the State.")
    assert result.figures["killed_total"].value == 5
    assert result.figures["missing_total"].value == 2
    assert "captured_attackers" not in result.figures


def test_a_figure_that_cannot_be_reconciled_or_an_inflated_toll_is_unconfirmed() -> None:
    result = run("Officials said two soldiers died in the ambush on Thursday. The group's figure of 11 soldiers "
                 "killed cannot be reconciled with any official report.")
    assert result.figures["killed_security"].value == 2
    inflated = run("Officials said two soldiers died in the ambush on Thursday. The claim got the timing right "
                   "and inflated the toll to 11 soldiers killed and more than 15 wounded.")
    assert inflated.figures["killed_security"].value == 2
    assert any(m.value == 15 and m.note == UNCONFIRMED for m in inflated.mentions)


def test_a_breakdown_told_by_its_verb_an_aside_in_brackets_and_a_clock_time() -> None:
    result = run("Gunmen stormed the Kelo hotel on Thursday. The ministry's list of 18 dead, published on Friday, was "
                 "split into four members of the security forces (three police officers and one soldier) and 14 "
                 "civilians. The last gunman was killed at 8.45am.")
    assert result.figures["killed_victims"].value == 18
    assert result.figures["killed_security"].value == 4
    assert result.figures["killed_civilians"].value == 14
    assert all(m.value != 8 for m in result.mentions)  # (the hour of "8.45am")
    nested = run("Gunmen killed 18 people: four soldiers (two of them officers) and 14 civilians.")
    assert nested.figures["killed_security"].value == 4


def test_a_units_number_and_a_numbered_place_are_no_counts() -> None:
    result = run("Gunmen attacked the border post on Sunday. Sepoy Rahim (24) of 34 BGB Battalion embraced martyrdom. "
                 "Two men were killed in Camp 14 in a separate feud.")
    assert all(m.value not in (34, 14) for m in result.mentions)


def test_a_communitys_own_count_in_the_first_person_yields_to_the_risen_toll() -> None:
    result = run("The death toll from Saturday's attack on a bus of pilgrims has risen to 14, after two more "
                 "passengers died. \"Seventeen of our people were killed,\" the chairman told journalists.")
    assert result.figures["killed_total"].value == 14


def test_a_count_and_one_person_before_a_verb_of_its_own() -> None:
    # "... and the driver died": no auxiliary, the verb takes none; an apposition may name him
    for text in ("Six police officers and the driver died when the bomb went off.",
                 "Six police officers and their driver, Tomas Reyes, died when the bomb went off."):
        v = values(text)
        assert (v["killed_security"], v["killed_civilians"], v["killed_total"]) == (6, 1, 7), text
    # an active verb after the subject makes them the doers, not the dead
    assert values("Six gunmen and their leader killed three farmers.")["killed_civilians"] == 3
    assert values("Six gunmen and their leader killed three farmers.").get("killed_attackers") is None


def test_a_running_count_over_a_span_told_in_words_or_over_the_same_period() -> None:
    text = ("A roadside bomb killed two soldiers on Monday. In eleven months of the offensive, more than 200 "
            "villagers have been killed by the army.")
    assert values(text)["killed_total"] == 2
    text = ("A roadside bomb killed two soldiers on Monday. Before Monday, 9 soldiers had died in the province so "
            "far this year, while troops had killed 47 rebels in clashes over the same period.")
    v = values(text)
    assert (v["killed_total"], v.get("killed_attackers")) == (2, None)


def test_uniformed_describes_people_whose_noun_gives_the_side() -> None:
    assert party_of_phrase("uniformed rebels") == ("attackers", True)
    assert party_of_phrase("uniformed men") == ("security", True)


def test_a_figure_the_text_calls_implausible_is_not_counted() -> None:
    text = ("Police put the toll at four guards. The rebels' figure of 15 killed is higher than the number of guards "
            "on duty that night (ten), which makes it implausible.")
    assert values(text)["killed_total"] == 4


def test_dead_that_should_not_be_counted_as_losses_of_the_attack() -> None:
    text = ("Four guards were killed in the raid on Friday. The two rebels killed in a later clash should not be "
            "counted as losses from the raid.")
    v = values(text)
    assert (v["killed_total"], v.get("killed_attackers")) == (4, None)


def test_a_person_counted_with_a_sentence_whose_number_is_not_used() -> None:
    # the eight hold the sergeant who died later; the driver is counted once
    text = ("The blast killed eight soldiers and a driver, the army said. Seven soldiers and the driver died at the "
            "scene; a head constable died of his injuries two days later in the capital.")
    v = values(text)
    assert (v["killed_security"], v["killed_civilians"], v["killed_total"]) == (8, 1, 9)


def test_a_missing_man_found_dead_is_missing_no_more() -> None:
    for text in ("The toll rose to six after the body of a missing guard was recovered on Wednesday.",
                 "Reports on Monday spoke of five dead and one missing guard; the missing man was later found dead."):
        assert values(text).get("missing_total") is None, text
    # someone else found dead leaves the missing one missing
    assert values("One villager is missing and another was found dead in the bush.").get("missing_total") == 1


def test_a_figure_set_well_above_the_others_is_unconfirmed() -> None:
    text = ("Police said six soldiers were killed. The figure of 30 dead is well above both the government's own "
            "figure and the tallies of independent monitors.")
    assert values(text)["killed_total"] == 6


def test_one_person_ending_the_list_a_count_opens() -> None:
    text = "The dead are eight soldiers of the garrison and the bus driver, a civilian from the town."
    v = values(text)
    assert (v["killed_security"], v.get("killed_civilians"), v["killed_total"]) == (8, 1, 9)
    text = "The monitor now puts the death toll at seven: six soldiers and the civilian driver."
    v = values(text)
    assert (v["killed_total"], v.get("killed_civilians")) == (7, 1)
    # a verb after the person is a clause of its own
    assert values("Gunmen killed two soldiers and the driver escaped.").get("killed_civilians") is None


def test_the_bodies_found_of_those_unaccounted_for_are_missing_no_more() -> None:
    text = ("Two soldiers were missing after the ambush on Monday. On Thursday a search party found the bodies of the "
            "two soldiers who had been unaccounted for since the attack.")
    assert values(text).get("missing_total") is None


def test_men_held_for_passing_information_are_no_attackers_captured() -> None:
    text = ("Gunmen killed four soldiers on Monday. On Wednesday police arrested three men on suspicion of passing "
            "information about army convoys to the group.")
    assert values(text).get("captured_attackers") is None


def test_a_sweep_days_later_is_another_event() -> None:
    text = ("Militants ambushed a bus on Tuesday, killing nine soldiers. The army launched a combing operation in "
            "the desert north of the highway on Wednesday. State media said on Thursday that troops had killed "
            "three militants in a hideout in the area.")
    v = values(text, "2024-09-21")
    assert (v["killed_total"], v.get("killed_attackers")) == (9, None)


def test_victims_that_make_the_toll_leave_the_attackers_told_apart_outside_it() -> None:
    text = ("The monitor documented the deaths of eleven people in the attack. The dead are ten soldiers and the bus "
            "driver. An escort vehicle returned fire, and two of the attackers were killed.")
    v = values(text)
    assert (v["killed_victims"], v["killed_attackers"], v["killed_total"]) == (11, 2, 13)


def test_the_toll_of_an_attack_risen_after_a_raid_on_militants_is_not_theirs() -> None:
    text = ("Police said they had killed three militants in a raid on Monday. The death toll from last week's attack "
            "on the mosque rose to 32 on Tuesday.")
    v = values(text, "2025-03-12")
    assert (v["killed_total"], v.get("killed_attackers")) == (32, 3)


def test_those_who_embraced_shahadat_are_the_attacks_victims() -> None:
    text = ("The health secretary said 31 persons have embraced shahadat in the attack. Both terrorists involved in "
            "the attack were killed.")
    v = values(text)
    assert (v["killed_victims"], v["killed_attackers"], v["killed_total"]) == (31, 2, 33)


def test_the_injured_still_treated_after_the_deed_or_discharged_are_some_of_the_wounded() -> None:
    text = ("A bomb killed nine people and wounded 40 on Friday. The hospital said 21 people injured in the bombing "
            "were still being treated, while two injured persons have been discharged.")
    assert values(text)["wounded_total"] == 40
    assert {(m.value, m.note) for m in run(text).mentions if m.status == "wounded"} == {
        (40, ""), (21, "included in the total"), (2, "included in the total")}


def test_people_taken_into_custody_by_the_fighters_are_their_captives() -> None:
    v = values("A total of 120 persons were taken into custody by our fighters, most of them soldiers.")
    assert (v.get("kidnapped_total"), v.get("captured_attackers")) == (120, None)
    assert values("Two suspects were detained by the police after the raid.")["captured_attackers"] == 2


def test_an_adverb_before_the_status_adjective_keeps_its_noun() -> None:
    assert values("Two seriously wounded soldiers were flown to the capital.").get("wounded_total") == 2
    assert mentions("Two seriously wounded soldiers were flown to the capital.") == [("wounded", "security", 2)]
    v = values("The count includes two badly injured passengers who died in hospital on Monday.")
    assert (v.get("killed_total"), v.get("wounded_total")) == (2, None)


def test_a_supposition_is_no_count() -> None:
    text = ("Nine soldiers were killed, the army said. Officials have not explained the gap with the monitors' count; "
            "one possibility is that three passengers died later in hospital.")
    assert values(text)["killed_total"] == 9


def test_a_claims_figure_far_higher_than_anything_reported_is_unconfirmed() -> None:
    text = ('Police confirmed five dead. The "37 killed" figure is far higher than anything reported by local '
            'sources so far.')
    assert values(text)["killed_total"] == 5


def test_the_missing_still_missing_after_some_were_found() -> None:
    text = ("Thirteen soldiers were unaccounted for after the raid on Tuesday. By Friday seven had walked back to "
            "their base and the bodies of two were found. That leaves four still missing out of the 13 originally "
            "unaccounted for.")
    assert values(text)["missing_total"] == 4


def test_counts_told_under_one_sides_losses_are_that_sides() -> None:
    text = ('Five soldiers were killed. Attacker losses are contested: the army claims 20 "neutralised"; residents '
            'counted 12 bodies.')
    v = values(text)
    assert (v["killed_security"], v["killed_attackers"]) == (5, 12)


def test_the_other_sides_own_count_after_a_semicolon_is_another_sources() -> None:
    text = "On the attackers' side, the army reported six killed and one captured; the group acknowledged two dead."
    assert values(text)["killed_attackers"] == 6
    # a series of updates is no rival count: the last one stands
    text = ("Residents spoke of 30 missing on the day; the youth forum counted 46 missing after a roll-call; the "
            "church now says two are still unaccounted for.")
    assert values(text)["missing_total"] == 2


def test_a_report_withdrawn_after_a_semicolon_and_helpers_held_for_logistics() -> None:
    text = "Three gendarmes were killed. A television channel briefly reported five dead; the report was withdrawn within the hour."
    assert values(text)["killed_total"] == 3
    text = "Three gendarmes were killed. Police detained four people on suspicion of logistical support to the cell."
    assert values(text).get("captured_attackers") is None


def test_a_day_before_a_months_name_and_a_count_referred_to_are_no_counts() -> None:
    text = "Five soldiers were killed. The inquiry does not add other casualties to the toll of the 21 May attack."
    assert values(text)["killed_total"] == 5
    assert values("Gunmen killed 21 villagers in the May attack.")["killed_total"] == 21
    text = "Five soldiers were killed. The army has not said whether any of the four killed in the raid took part."
    assert values(text)["killed_total"] == 5


def test_people_taken_from_us_and_men_said_to_be_attackers() -> None:
    text = 'Four shoppers were killed. "Remember the four people who were taken from us," the police chief said.'
    v = values(text)
    assert (v["killed_total"], v.get("kidnapped_total")) == (4, None)
    text = "Two soldiers died. Officials showed the bodies of 11 men they said were attackers killed at the base."
    v = values(text)
    assert (v["killed_security"], v["killed_attackers"]) == (2, 11)
    text = "Police arrested six men on Friday whom they accuse of helping the group prepare the attack."
    assert values(text).get("captured_attackers") is None


def test_a_weeks_or_a_zones_tally_is_no_count_of_the_attack() -> None:
    text = ("Gunmen killed 19 people at the market on Sunday. The minister saluted the troops, who, in the week of 1 "
            "to 7 March, neutralised 42 terrorists and arrested 26 suspects in the Tillaberi zone alone.")
    v = values(text, "2025-03-10")
    assert (v["killed_total"], v.get("killed_attackers"), v.get("captured_attackers")) == (19, None, None)


def test_a_list_under_among_the_civilian_population_is_the_civilians() -> None:
    text = ("The provisional toll is as follows:\n\nOn the friendly side:\n - 3 soldiers killed;\n\nAmong the civilian "
            "population:\n - 12 killed;\n - 5 wounded.\n\nOn the enemy side:\n - 17 terrorists neutralised.")
    v = values(text)
    assert (v["killed_security"], v["killed_civilians"], v["killed_attackers"], v["killed_total"]) == (3, 12, 17, 32)


def test_the_missing_a_later_sentence_accounts_for_are_missing_no_more() -> None:
    text = ("Of the seven people reported unaccounted for on Tuesday, two were found dead and three have returned "
            "home after hiding in the bush.")
    assert values(text).get("missing_total") is None
    # a part of the missing still missing is a count of the missing
    assert values("Of the seven people missing, two are still unaccounted for.").get("missing_total") is not None


def test_the_missing_since_located_or_among_the_dead() -> None:
    assert values("Three people reported missing overnight by their families have been located.").get("missing_total") is None
    text = "Nine soldiers were killed. Two soldiers initially reported missing were among the nine identified dead."
    v = values(text)
    assert (v["killed_total"], v.get("missing_total")) == (9, None)
    assert values("Two soldiers are still unaccounted for, the source said.")["missing_total"] == 2


def test_some_of_the_taken_freed() -> None:
    assert values("Gunmen abducted 20 villagers on Monday. Troops rescued six of the hostages on Wednesday.",
                  "2025-02-15")["released_total"] == 6
    assert values("Troops rescued six of the abducted women on Wednesday.", "2025-02-15")["released_total"] == 6
