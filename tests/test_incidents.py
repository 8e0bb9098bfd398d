"""Incident separation: main incident vs dated background incidents."""
from __future__ import annotations

import pytest

from briefing.incidents import assign_incidents, find_dates, still_under_way
from briefing.model import MAIN
from briefing.text import make_document


def _keys(text: str, published: str | None = "2019-11-06") -> list[str]:
    doc = make_document(text, "t", published)
    return assign_incidents(doc).of_sentence


def test_month_before_publication_is_background() -> None:
    keys = _keys("Gunmen attacked a post on Wednesday.\nIn May, a riot in a prison killed 20 people.")
    assert keys == [MAIN, "bg:2019-05"]


def test_month_and_year_and_bare_year() -> None:
    keys = _keys(
        "Three soldiers died in an ambush today.\n"
        "In July 2018, four cyclists were run down.\n"
        "The group set up a base in 2015.\n"
        "Police said two attackers were arrested."
    )
    assert keys == [MAIN, "bg:2018-07", "bg:2015", MAIN]


def test_relative_background_uses_publication_date() -> None:
    doc = make_document("A bomb went off.\nLast year, a similar bomb killed 9.", "t", "2019-11-06")
    scope = assign_incidents(doc)
    assert scope.incident_of(1) == "bg:2018"
    assert scope.labels["bg:2018"].startswith("2018: Last year")
    assert scope.dates["bg:2018"] == "2018"


def test_continuation_sentence_stays_with_background_within_paragraph() -> None:
    keys = _keys("A bomb went off.\nIn May, gunmen stormed a jail. It left 20 dead.\nIt was loud.")
    assert keys == [MAIN, "bg:2019-05", "bg:2019-05", MAIN]


def test_pointer_back_to_a_background_event_stays_with_it() -> None:
    # "that bombing" points back to the dated event before it, in the same paragraph; a clause
    # "that the attack ..." does not, and neither does a new paragraph
    keys = _keys(
        "A gunman shot three people on Saturday.\n"
        "In July 2012, a bomber killed six tourists. Officials later blamed a militia for that bombing. "
        "Police said that the attack was over.\n"
        "Officials blamed the gunman for that shooting."
    )
    assert keys == [MAIN, "bg:2012-07", "bg:2012-07", MAIN, MAIN]


def test_dateline_gives_reference_date_without_publication() -> None:
    text = "LIMA, 9 JAN 90 (EFE) -- [TEXT] A GENERAL WAS SHOT TODAY. IN NOVEMBER 1989 REBELS KILLED 5."
    doc = make_document(text, "t", None)
    scope = assign_incidents(doc)
    assert scope.dates[MAIN] == "1990-01-09"
    assert "bg:1989-11" in scope.of_sentence


def test_same_week_date_is_main_and_state_dates_are_not_events() -> None:
    keys = _keys("Attack on border.\nOn November 3, 2019 militants killed 4.\nHe was minister until May 2010.")
    assert keys == [MAIN, MAIN, MAIN]


def test_find_dates_reads_day_month_year() -> None:
    (d,) = find_dates("by decision of the Supreme Court of December 29, 2014.")
    assert (d.year, d.month, d.day) == (2014, 12, 29)
    assert find_dates("Fifteen assailants were killed") == []


# --- the main incident's own date ---------------------------------------------------------

from briefing.incidents import main_incident_date  # noqa: E402


def _when(text: str, published: str | None = "2019-11-07") -> tuple[str, str] | None:
    doc = make_document(text, "t", published)
    found = main_incident_date(doc, assign_incidents(doc))
    return (found.date, found.precision) if found else None


def test_weekday_counts_back_from_publication() -> None:
    # 7 Nov 2019 is a Thursday: "on Tuesday" is the 5th, "on Thursday" the same day
    assert _when("Gunmen attacked a police post on Tuesday, killing three.") == ("2019-11-05", "day")
    assert _when("Gunmen attacked a police post on Thursday, killing three.") == ("2019-11-07", "day")
    assert _when("Gunmen attacked a police post last Thursday, killing three.") == ("2019-10-31", "day")


def test_yesterday_and_on_the_eve_are_the_day_before() -> None:
    assert _when("Two soldiers were killed yesterday in a roadside blast.") == ("2019-11-06", "day")
    assert _when("On the eve, a border crossing was attacked by armed men.") == ("2019-11-06", "day")
    # "on the eve of the elections" names another event: it dates nothing
    assert _when("On the eve of the elections, a bomb exploded in the market.") is None


def test_stated_date_wins_and_needs_no_publication_date() -> None:
    assert _when("A car bomb exploded on 4 November 2019 outside the court.", None) == ("2019-11-04", "day")
    assert _when("The attack took place on November 4, killing two guards.") == ("2019-11-04", "day")


def test_date_of_a_statement_is_not_the_incident_date() -> None:
    text = ("Police said on Wednesday that an attack had killed two guards.\n"
            "The minister today condemned the killing of the guards.")
    assert _when(text) is None


def test_dateline_is_the_reference_not_the_incident_date() -> None:
    text = "LIMA, 9 JAN 90 (EFE) -- [TEXT] Guerrillas attacked a police station yesterday, killing four."
    assert _when(text, None) == ("1990-01-08", "day")


def test_background_date_and_undated_text_give_no_incident_date() -> None:
    assert _when("In May, a prison riot killed 20 people.") is None
    assert _when("Militants attacked a checkpoint, killing 17 people.") is None


def test_attribution_after_a_comma_keeps_the_event_date() -> None:
    assert _when("Armed men stormed a station on Monday, officials said.") == ("2019-11-04", "day")


def test_background_keys_naming_a_violent_event_are_marked() -> None:
    doc = make_document("Gunmen attacked a post today.\nIn May, a riot in a prison killed 20 people.\n"
                        "The group was banned by a court in 2014.", "t", "2019-11-06")
    scope = assign_incidents(doc)
    assert scope.of_sentence == [MAIN, "bg:2019-05", "bg:2014"]
    assert scope.events == {"bg:2019-05"}  # the 2014 ban is a dated reference, not an incident


def test_relative_background_counts_years_and_dates_no_vague_past() -> None:
    keys = _keys("Gunmen attacked a post on Wednesday.\n"
                 "Two years ago, a bomb killed 9 people in the town.\n"
                 "The rebels, who have killed dozens in previous attacks, were blamed.\n"
                 "Several years ago, rebels raided the same post.")
    assert keys[:2] == [MAIN, "bg:2017"]
    # earlier, but at no date the text gives: listed as "Earlier", never under a made-up month
    assert keys[2] == "bg:s2" and keys[3] == "bg:s3"
    doc = make_document("Gunmen attacked a post on Wednesday.\nIn previous attacks, 5 died.", "t", "2019-11-06")
    scope = assign_incidents(doc)
    assert scope.dates["bg:s1"] is None and scope.labels["bg:s1"].startswith("Earlier:")


def test_a_weekday_possessive_of_the_attack_dates_the_incident() -> None:
    # 7 Nov 2019 is a Thursday
    text = ("The Red Hand claimed responsibility for Monday's ambush near Orvik in a video posted "
            "on its channel on Wednesday.")
    assert _when(text) == ("2019-11-04", "day")
    assert _when("Tuesday's car bombing outside the Varno court killed four.") == ("2019-11-05", "day")
    # a strike from the air is such an event: the search ended on Wednesday, the strike was Tuesday's
    text = ("Rescuers ended their search of the ruined block on Wednesday, bringing the toll from "
            "Tuesday's airstrike on the suburb to nine.")
    assert _when(text) == ("2019-11-05", "day")


def test_a_weekday_a_day_after_the_attack_dates_the_attack() -> None:
    # 7 Nov 2019 is a Thursday: the bodies were found on Wednesday the 6th, the raid was the 5th
    text = "Two more bodies were found on Wednesday, a day after the raid on the village."
    assert _when(text) == ("2019-11-05", "day")
    assert _when("The army said on Thursday, two days after the ambush, that four died.") == ("2019-11-05", "day")


def test_an_event_told_days_earlier_than_a_weekday_is_dated_back_from_it() -> None:
    # 7 Nov 2019 is a Thursday: the funeral was on Wednesday the 6th, the killing a day before
    text = ("Crowds gathered on Wednesday for the burial of a ranger who was shot dead when poachers "
            "raided the camp a day earlier.")
    assert _when(text) == ("2019-11-05", "day")
    assert _when("Officials said on Wednesday that nine people died in the blast two days earlier.") \
        == ("2019-11-04", "day")
    # a count of days that dates no event told after the weekday leaves the weekday's own day
    assert _when("The gunman, who was killed on Monday, had posted a video two days earlier.") \
        == ("2019-11-04", "day")


def test_a_follow_up_lede_on_last_weeks_attack_is_the_main_incident() -> None:
    keys = _keys(
        "Hostages freed\nNine of the people abducted in last week's raid on Kowa have been freed.\n"
        "Last week, gunmen also attacked a market in Dala, residents said."
    )
    assert keys == [MAIN, MAIN, "bg:2019-10"]


def test_a_claim_or_release_dates_the_claim_not_the_attack() -> None:
    assert _when("The Red Hand also claimed the Orvik attack through its news agency on Monday.") is None
    assert _when("The group said the raid was revenge, in a statement released through its media "
                 "wing on Tuesday.") is None
    # a comma ends the claim's clause: the date after it is the attack's
    assert _when("The Red Hand, which claimed the bombing, struck again on Tuesday, killing two.") \
        == ("2019-11-05", "day")


def test_a_month_of_last_year_is_dated_the_year_before() -> None:
    keys = _keys("A bomb hit a market on Tuesday.\nIn January last year, a blast in the same town killed 40.",
                 "2024-03-15")
    assert keys == [MAIN, "bg:2023-01"]
    # without "last year" the same month is this year's (it is before March)
    assert _keys("A bomb hit a market on Tuesday.\nIn January, a blast in the same town killed 40.",
                 "2024-03-15") == [MAIN, "bg:2024-01"]
    assert _keys("A bomb hit a market on Tuesday.\nIn May of the previous year, a raid killed 3.",
                 "2024-03-15") == [MAIN, "bg:2023-05"]
    # with no publication date it is still an earlier incident, at no date we could name
    assert _keys("A bomb hit a market on Tuesday.\nIn January last year, a blast killed 40.",
                 None) == [MAIN, "bg:s1"]


def test_a_separate_incident_is_a_background_incident_whatever_its_date() -> None:
    doc = make_document("Gunmen killed five guards at a depot on Thursday.\n"
                        "In a separate incident on Thursday, two soldiers were wounded in another town. "
                        "They were flown to the capital.\nPolice said the gunmen escaped.",
                        "t", "2024-03-15")
    scope = assign_incidents(doc)
    assert scope.of_sentence == [MAIN, "bg:x1", "bg:x1", MAIN]
    assert scope.labels["bg:x1"].startswith("Separate incident: In a separate incident")
    assert scope.dates["bg:x1"] is None
    # "in separate attacks" sums several events in one report: no background of its own
    assert _keys("A bomb went off.\nRebels killed two police in separate attacks on Monday.") == [MAIN, MAIN]


# Word gates (speed only): they must never turn away a sentence where a pattern matches.
_GATE_EXAMPLES = [
    "LIMA, 9 JAN 90 (EFE) -- [TEXT] A GENERAL WAS SHOT TODAY.",
    "by decision of the Supreme Court of December 29, 2014.",
    "In January last year, gunmen stormed a jail.",
    "They met in midmay 2019 and again in mid-June.",
    "On the 3rd of March the rebels struck; on Sept. 4 they left.",
    "The 2015 attack and the riots in the 1990s and in the 80s.",
    "Two years ago, and a year and a half ago, and several months ago.",
    "Weeks after the earlier attacks, in the past, in recent years.",
    "In a separate incident on Thursday, two guards were wounded.",
    "In another attack last night, the day before yesterday, this morning.",
    "Earlier today, on the eve of the vote, a bomb exploded.",
]


def test_sentence_words_are_the_word_set() -> None:
    from briefing.incidents import _words
    from briefing.text import fold
    from briefing.tokens import word_set

    for text in _GATE_EXAMPLES + ["Ünïcode café 5may_x K (Kelvin) İstanbul"]:
        assert frozenset(_words(fold(text))) == word_set(fold(text))


def test_word_gates_let_every_matching_sentence_through() -> None:
    from briefing.incidents import _has_year, _patterns, _words
    from briefing.text import fold

    pats = _patterns()
    for text in _GATE_EXAMPLES:
        low = fold(text)
        words = frozenset(_words(low))
        for scan, needs in zip(pats.absolute, pats.absolute_needs):
            assert [m.span() for m in scan.matches(low)] == [m.span() for m in scan.pattern.finditer(low)]
            if scan.pattern.search(low):
                assert all(not words.isdisjoint(n) for n in needs), (pattern.pattern, text)
        assert not pats.relative_any.search(low) or pats.relative_gate.allows(words)
        assert not pats.relative_main.search(low) or pats.relative_main_gate.allows(words)
        assert not pats.separate.search(low) or pats.separate_gate.allows(words)
        assert not pats.incident_cue.search(low) or pats.incident_gate.allows(words)
        assert pats.cue_words is not None and pats.month_words is not None
        assert not find_dates(text) or _has_year(low) or not words.isdisjoint(pats.month_words)
        assert not words.isdisjoint(pats.cue_words) or _has_year(low), text


def test_a_month_glued_to_mid_is_still_read() -> None:
    (d,) = find_dates("They met in midmay 2019.")
    assert (d.year, d.month) == (2019, 5)


def test_a_bounded_scan_finds_what_finditer_finds() -> None:
    from itertools import product

    from briefing.incidents import _BoundedScan

    patterns = [r"\b(?:a|ab)b", r"\ba\w?\b", r"\bb+(?=a)", r"\b(?:a )?b(?!a)", r"\b\d(?:a|b)"]
    scans = [_BoundedScan(p) for p in patterns]
    assert all(s.rest is not None for s in scans)
    for n in range(1, 7):
        for chars in product("ab 1_é", repeat=n):
            text = "".join(chars)
            for scan in scans:
                expected = [(m.span(), m.groups()) for m in scan.pattern.finditer(text)]
                assert [(m.span(), m.groups()) for m in scan.matches(text)] == expected, (scan.pattern, text)
    # not split: a "|" at the top, or a pattern that may match empty
    assert _BoundedScan(r"\bfoo|\bbar").rest is None
    assert _BoundedScan(r"\b(?:a)?").rest is None


def test_reference_date_reads_only_the_patterns_of_full_dates() -> None:
    from briefing.incidents import _reference_date

    def first_full_date(doc):  # the rule, over every date phrase
        for sentence in doc.sentences[:2]:
            for d in find_dates(sentence.text[:200]):
                if d.year and d.month and d.day:
                    return (d.year, d.month, d.day)
        return None

    for text in _GATE_EXAMPLES + ["In January last year 4 May 2019 was hot.\nOn May 5, 2018 they met."]:
        doc = make_document(text, "t", None)
        ref = _reference_date(doc)
        assert (None if ref is None else (ref.year, ref.month, ref.day)) == first_full_date(doc), text


def test_since_a_date_when_an_event_happened_is_that_event() -> None:
    doc = make_document("A man shot two people dead in a park on Friday. It was the worst attack in "
                        "the town since March 2019, when a bomber killed six people at the station. "
                        "The town has been calm since 2019.", "t", "2024-06-08")
    scope = assign_incidents(doc)
    # the clause from "since" tells that event; a bare "since" (the last sentence) dates a state
    assert scope.of_sentence == [MAIN, MAIN, MAIN]
    assert scope.clauses[1][2] == "bg:2019-03"
    assert 2 not in scope.clauses


def test_a_date_in_the_motive_of_a_claim_dates_the_event_avenged_not_the_claim() -> None:
    text = ("A suicide bomber killed 20 police officers at a mosque on Friday. The Ahrar group claimed "
            "the attack, saying it was revenge for the killing of its commander in August.")
    assert _keys(text, "2025-11-14") == [MAIN, MAIN]
    # after the clause, a date is the sentence's again
    text = ("A suicide bomber killed 20 police officers at a mosque on Friday. In revenge for the "
            "raid, gunmen had attacked a checkpoint on 3 August 2025.")
    assert _keys(text, "2025-11-14")[1] == "bg:2025-08"


def _figures_and_background(text: str, published: str = "2025-11-10") -> tuple[dict, dict]:
    from briefing.casualties import extract_casualties

    doc = make_document(text, "t", published)
    scope = assign_incidents(doc)
    result = extract_casualties(doc, scope)
    figures = {k: f.value for k, f in result.figures.items()}
    background = {m.value: m.incident for m in result.mentions if m.incident != MAIN}
    return figures, background


def test_clause_on_an_earlier_event_keeps_its_toll_apart() -> None:
    # the sentence's own toll stays main; the clause's goes to an incident dated by "two weeks"
    figures, background = _figures_and_background(
        "A car bomb killed nine people at a bus station on Sunday, three weeks after an attack "
        "on a police post left 31 dead.")
    assert figures["killed_total"] == 9
    assert background == {31: "bg:2025-10"}


def test_comparison_since_an_earlier_bombing() -> None:
    # "a 2021 bombing" dates its clause; the main figure before it is untouched
    figures, background = _figures_and_background(
        "The blast wounded 40 people, the worst attack in the town since a 2021 bombing killed 16 "
        "shoppers.")
    assert figures == {"wounded_total": 40}
    assert background == {16: "bg:2021"}


def test_undated_earlier_clause_is_listed_as_earlier() -> None:
    doc = make_document("The raid came a day after rebels killed four guards at a mine, the army "
                        "said.", "t", "2025-11-10")
    scope = assign_incidents(doc)
    start, end, key = scope.clauses[0]
    assert key.startswith("bg:") and scope.labels[key].startswith("Earlier: a day after rebels")
    assert doc.sentences[0].text[start:end] == "a day after rebels killed four guards at a mine"
    assert scope.incident_of(0) == MAIN and scope.incident_at(0, start) == key


def test_time_anchors_that_open_no_earlier_clause() -> None:
    for text in (
        "Two days after the attack, police arrested six suspects.",  # the sentence's own event
        "The mayor was shot dead only weeks after taking office.",  # the subject's own deed
        "It was the first bombing in the city since the talks began.",  # a period, no event
    ):
        scope = assign_incidents(make_document(text, "t", "2025-11-10"))
        assert scope.clauses == {}, text
    figures, background = _figures_and_background("Two days after the attack, police arrested six suspects.")
    assert figures["captured_attackers"] == 6 and background == {}


def test_earlier_clause_opening_the_sentence_ends_at_its_comma() -> None:
    figures, background = _figures_and_background(
        "Weeks after a roadside bomb killed five soldiers, gunmen shot dead eight villagers on Monday.")
    assert figures["killed_total"] == 8
    assert list(background) == [5]


def test_a_coordinated_clause_with_its_own_date_is_its_own_incident() -> None:
    figures, background = _figures_and_background(
        "Bandits killed nine herders on Monday, and in June a raid on the same village killed 23.")
    assert figures["killed_total"] == 9
    assert background == {23: "bg:2025-06"}
    _, background = _figures_and_background(
        "In August, three guards died in an ambush on the road, and in May last year a car bomb "
        "killed 11 shoppers.")
    assert background == {3: "bg:2025-08", 11: "bg:2024-05"}
    # the date inside the clause, after its subject: the clause opens at its connector
    _, background = _figures_and_background(
        "In March, gunmen killed seven traders at a market, and a bombing at the same market in 2021 "
        "left 14 dead.")
    assert background == {7: "bg:2025-03", 14: "bg:2021"}
    # a coordinated clause that dates no event stays with the sentence
    figures, background = _figures_and_background(
        "Gunmen killed nine people on Monday, and residents said the town had been calm since 2019.")
    assert (figures["killed_total"], background) == (9, {})
    # two dates of the same day open no clause
    scope = assign_incidents(make_document(
        "Gunmen struck on 8 November, and on 9 November a second attack killed four.", "t", "2025-11-10"))
    assert scope.clauses == {}


def test_a_year_in_a_groups_history_dates_no_event() -> None:
    keys = _keys("Gunmen stormed the border post on Tuesday.\n"
                 "Officials said the two captured gunmen belonged to the Red Hand, a faction that split "
                 "from the Front in 2017.\n"
                 "The Front, which was founded in 2009, denied any role.")
    assert keys == [MAIN, MAIN, MAIN]
    # the same year dating what the gunmen did is still an earlier event
    assert _keys("Gunmen stormed the border post on Tuesday.\n"
                 "In 2017 gunmen killed four guards at a mine nearby.")[1].startswith("bg:")


def test_a_night_across_two_days_is_dated_by_its_first_day() -> None:
    assert _when("On the night of 3 to 4 November 2019, armed men raided the camp.") == ("2019-11-03", "day")
    assert _when("Villagers fled during the raid on the night of 3 to 4 November.") == ("2019-11-03", "day")
    assert _when("The raid on 3-4 November killed two guards.") == ("2019-11-03", "day")
    # a period two dates bound is no night: its single dates are read as before
    assert [d.day for d in find_dates("The report covers 3 November to 5 November 2019.")] == [5]


def test_a_death_in_hospital_after_the_attack_does_not_date_it() -> None:
    # 7 Nov 2019 is a Thursday
    assert _when("A guard wounded in the raid died in hospital on Wednesday.") is None
    assert _when("The driver shot at the checkpoint later died on Wednesday.") is None
    assert _when("Four people died on Wednesday when a bomb went off in the market.") == ("2019-11-06", "day")


def test_of_several_weekdays_the_one_in_the_attacks_clause_dates_it() -> None:
    # 7 Nov 2019 is a Thursday
    text = ("Shops stayed shut on Wednesday in the town, a day after families buried those killed in "
            "the raid on the night of Monday to Tuesday.")
    assert _when(text) == ("2019-11-04", "day")
    # an opening weekday before its comma belongs to the clause after it
    assert _when("On Monday, gunmen attacked the village; on Tuesday soldiers arrived.") == ("2019-11-04", "day")
    # both in the event's clause: the first
    assert _when("Gunmen attacked a bus on Monday and a school on Tuesday.") == ("2019-11-04", "day")


def test_a_lede_after_a_report_title_and_bullet_points_still_dates_the_attack() -> None:
    text = ("Flash update No. 2\nPublished: 7 November 2019\n\n"
            "This update is produced by the coordination cell. It draws on partners' reports. "
            "Figures are preliminary. Access remains limited.\n\n"
            "KEY FIGURES\n- 12 people killed\n- 30 families displaced\n\n"
            "OVERVIEW\nOn 5 November 2019, armed men attacked the village of Tanda.")
    assert _when(text, None) == ("2019-11-05", "day")


@pytest.mark.parametrize(("text", "phrase"), [
    ("Gunmen stormed a hotel in Dorvik on Thursday. Soldiers were still battling them on Friday.",
     "still battling"),
    ("Militants attacked the town hall. Several of them remain holed up in the basement.", "remain holed up"),
    ("The siege of the school entered its second day on Tuesday, officials said.",
     "siege of the school entered its second day"),
    ("Gunmen seized a bus. Police believe 20 passengers are still being held.", "are still being held"),
    # a report written after the attack ended says nothing of the kind
    ("Gunmen stormed a hotel in Dorvik on Thursday. The siege ended on Saturday with four gunmen dead.", None),
    # fighting still going on elsewhere, in another incident's sentence, is not this one's
    ("Gunmen stormed a hotel in Dorvik on Thursday. In May 2019, fighting continued for weeks in the hills.", None),
])
def test_a_report_written_while_the_attack_was_under_way_is_told_apart(text: str, phrase: str | None) -> None:
    doc = make_document(text, "t", "2021-03-06")
    found = still_under_way(doc, assign_incidents(doc))
    assert (found.phrase if found else None) == phrase


def test_a_pointer_to_the_place_of_a_background_incident_continues_it() -> None:
    text = ("Gunmen attacked a police post in the north on Monday, killing two officers.\n\n"
            "The attack recalled the 2011 siege of a hotel in the capital. Nine guests and three "
            "gunmen died when troops stormed that building.")
    doc = make_document(text, "t", "2024-03-05")
    scope = assign_incidents(doc)
    # the siege is a clause of a sentence on the main attack ("The attack recalled ..."); the
    # pointer of the next sentence is to the siege, the event told last
    assert scope.of_sentence[-2] == MAIN and scope.clauses[len(doc.sentences) - 2][2] == "bg:2011"
    assert scope.of_sentence[-1] == "bg:2011"


def test_a_day_and_month_before_a_comma_and_a_count_is_no_two_digit_year() -> None:
    # "on 9 October, 17 soldiers ...": 17 counts people, it is no year 2017
    text = "The rebels said that in their attack on 9 October, 17 soldiers were killed."
    assert _keys(text, "2026-10-12") == [MAIN]
    # a wire's dateline still reads a two-digit year without a comma: "9 JAN 90"
    assert _keys("In an attack on 9 JAN 90 gunmen killed four.", "1990-03-01") == ["bg:1990-01"]


def test_last_weeks_attack_in_the_lede_after_a_publication_line_is_the_subject() -> None:
    text = ("Rebels claim attack on convoy\nPublished: 19 October 2026\n"
            "The rebel front has claimed last week's ambush on an army convoy that killed eight soldiers.\n"
            "Last week's ambush was the deadliest this year.")
    assert _keys(text, "2026-10-19")[:3] == [MAIN, MAIN, MAIN]


def test_a_time_phrase_opening_the_sentence_dates_it_over_a_weekday_after() -> None:
    text = ("Gunmen killed six guards on Wednesday. Last month, troops killed 11 rebels in a raid that may "
            "have prompted Wednesday's attack.")
    assert _keys(text, "2026-10-15") == [MAIN, "bg:2026-09"]


def test_the_event_an_attack_avenges_keeps_its_toll() -> None:
    figures, background = _figures_and_background(
        "Rebels ambushed a patrol on Monday, killing nine soldiers. Their statement called the ambush "
        "retaliation for the September raid in which troops killed 14 fighters.")
    assert figures.get("killed_security") == 9 and "killed_attackers" not in figures
    assert background[14] != MAIN


def test_an_earlier_event_named_by_its_date_is_a_clause_of_its_own() -> None:
    # a month or a year before an event noun names an earlier event inside a sentence about
    # another: the phrase and what it governs are that event's, the rest keeps its own date
    text = ("Gunmen killed the governor on Tuesday. The group also claimed the June suicide attack on "
            "the office of his deputy, which killed him and two guards. Twelve people were wounded on "
            "Tuesday in an attack like the 2015 bombing. Gunmen who staged the March raid were killed "
            "on Tuesday.")
    doc = make_document(text, "t", "2026-11-05")
    scope = assign_incidents(doc)
    assert scope.of_sentence == [MAIN, MAIN, MAIN, MAIN]
    june, like, march = (scope.clauses[i] for i in (1, 2, 3))
    sentence = doc.sentences[1].text
    assert june[2] == "bg:2026-06" and sentence[june[0]:june[1]].startswith("the June suicide attack")
    assert sentence[june[0]:june[1]].endswith("two guards.")
    assert like[2] == "bg:2015"
    # the verb after the phrase is the sentence's own: "... the March raid | were killed on Tuesday"
    clause = doc.sentences[3].text[march[0]:march[1]]
    assert march[2] == "bg:2026-03" and clause.strip() == "the March raid"


def test_a_bracket_opening_with_an_earlier_date_is_that_events() -> None:
    text = ("Gunmen overran the depot on Tuesday, killing six guards. It was the worst raid since "
            "Kelo (March 2024, 30 guards killed) and a July 2025 ambush that killed four drivers. "
            "Nine were wounded (two of them critically) on Tuesday.")
    doc = make_document(text, "t", "2026-02-12")
    scope = assign_incidents(doc)
    start, end, key = scope.clauses[1]
    assert key == "bg:2024-03" and doc.sentences[1].text[start:end] == "(March 2024, 30 guards killed)"
    assert scope.of_sentence == [MAIN, "bg:2025-07", MAIN]
    assert 2 not in scope.clauses


def test_a_sentence_that_puts_a_toll_at_the_time_of_an_earlier_event_is_that_events() -> None:
    text = ("Gunmen overran the depot on Tuesday, killing six guards. After the March 2024 overrun of "
            "Kelo, the group said it killed 40; officials put the toll at the time at 30.")
    assert _keys(text, "2026-02-12") == [MAIN, "bg:2024-03"]


def test_a_participle_aside_does_not_end_a_named_events_clause() -> None:
    # ", blamed on ..." is no speaker's clause: "which killed 150" is still the derailment's
    text = ("A bomb hit the train on Tuesday, killing six. Many recall the 2010 derailment of a train, "
            "blamed on sabotage, which killed 150 people.")
    doc = make_document(text, "t", "2026-02-12")
    start, end, key = assign_incidents(doc).clauses[1]
    assert key == "bg:2010" and doc.sentences[1].text[start:end].endswith("killed 150 people.")


def test_a_strike_on_those_responsible_for_the_attack_is_the_response() -> None:
    text = ("Rockets hit the base on Sunday night, wounding two soldiers. On Tuesday, aircraft struck two "
            "sites across the border used by the militia responsible for the attack on the base. A monitor "
            "said seven fighters were killed in the strikes.")
    keys = _keys(text, "2026-03-11")
    assert keys[0] == MAIN and keys[1].startswith("bg:x") and keys[2] == keys[1]


def test_a_named_event_of_the_main_month_or_opening_the_sentence_is_no_clause() -> None:
    text = ("Gunmen killed the governor on Tuesday. Police called the November attack a warning. "
            "The June attack killed 20 people. The may be an attack, he said.")
    doc = make_document(text, "t", "2026-11-05")
    scope = assign_incidents(doc)
    assert scope.clauses == {}
    # the phrase that opens a sentence dates the whole of it
    assert scope.of_sentence[:3] == [MAIN, MAIN, "bg:2026-06"]


def test_a_dated_relative_clause_is_its_own_events_not_the_sentences() -> None:
    # a person's history in a who-clause does not date the sentence that names him
    text = ("A gunman killed four people at a depot on Tuesday. Police identified the gunman as Dale "
            "Voss, who worked at the depot until he was fired on Sept. 2. More than 20 others were hurt "
            "in the blast, which took place near the site of an earlier bombing in January.")
    doc = make_document(text, "t", "2026-10-15")
    scope = assign_incidents(doc)
    assert scope.of_sentence == [MAIN, MAIN, MAIN]
    sentence = doc.sentences[1].text
    start, end, key = scope.clauses[1]
    assert key == "bg:2026-09" and sentence[start:end].startswith("who worked")
    # a clause dated on the main incident's day is no other event
    assert 0 not in scope.clauses and _keys(
        "Gunmen stormed the hotel, which was crowded on Tuesday, killing 20.", "2026-10-15") == [MAIN]


def test_meanwhile_another_group_is_a_separate_incident() -> None:
    keys = _keys("Rebels attacked a pipeline on Monday. Meanwhile, another commando group ambushed a "
                 "patrol near the river, killing two soldiers.", "2026-10-15")
    assert keys[0] == MAIN and keys[1].startswith("bg:x")
    assert _keys("Rebels attacked a pipeline on Monday. Meanwhile, another 12 people were wounded.",
                 "2026-10-15") == [MAIN, MAIN]


def test_the_other_sides_response_told_after_the_attack_is_another_event() -> None:
    from briefing.casualties import extract_casualties

    text = ("Two gunmen killed five employees at a factory near Kelora on Tuesday. Both gunmen were shot dead by police.\n"
            "The government blamed the rebels. The army's response was swift. By Thursday its aircraft "
            "had struck 40 targets in the hills, and officials said 60 rebels had been killed. Residents said "
            "the strikes had killed at least 12 civilians. The factory stayed closed.\n"
            "In retaliation, warplanes bombed a rebel camp, killing nine fighters.")
    doc = make_document(text, "t", "2026-11-20")
    scope = assign_incidents(doc)
    keys = [scope.incident_of(s.index) for s in doc.sentences]
    assert keys[:3] == [MAIN, MAIN, MAIN]
    assert keys[3] == keys[4] == keys[5] != MAIN  # the response and the sentences about its strikes
    assert keys[6] == MAIN  # no strike in it: back to the attack
    assert keys[7] not in (MAIN, keys[3])
    figures = extract_casualties(doc, scope).figures
    assert figures["killed_civilians"].value == 5 and figures["killed_attackers"].value == 2
    # the security forces' response on the spot is no other event
    text = ("Assailants drove a car bomb into a police post, wounding three officers. In retaliation, police "
            "shot dead 13 suspects.")
    doc = make_document(text, "t", "2026-11-20")
    assert assign_incidents(doc).incident_of(1) == MAIN
    # the motive of the attack itself is no response event
    text = "Gunmen killed five soldiers on Tuesday in retaliation for the killing of their commander by drones."
    doc = make_document(text, "t", "2026-11-20")
    assert assign_incidents(doc).incident_of(0) == MAIN


def test_a_datelines_date_ended_by_a_spanish_dash_or_a_colon_is_no_incident_date() -> None:
    from briefing.incidents import main_incident_date

    for text in ("Villa Alta, Oax., March 10, 2025.- Six people died in the attack on the bar this past Saturday.",
                 "KELORA, October 17, 2025: Two soldiers died on Thursday of wounds from the ambush."):
        published = "2025-03-10" if "March" in text else "2025-10-17"
        doc = make_document(text, "t", published)
        found = main_incident_date(doc, assign_incidents(doc))
        assert found is not None and found.date == ("2025-03-08" if "March" in text else "2025-10-16"), text


def test_a_strike_elsewhere_on_the_groups_fighters_is_another_event_unless_the_report_tells_a_strike() -> None:
    keys = _keys("Gunmen stormed a hotel in Koro on Saturday, killing 19 people. On Monday, the government said "
                 "an airstrike near Dalo had killed 14 militants, including a commander.", "2026-10-15")
    assert keys[0] == MAIN and keys[1].startswith("bg:x")
    # the report's own event is a strike: its sentences stay with it
    keys = _keys("An airstrike near Dalo killed 14 militants on Monday, the army said. Officials said "
                 "the airstrike near Dalo had killed 14 militants and a commander.", "2026-10-15")
    assert keys == [MAIN, MAIN]


def test_earlier_this_month_opens_another_event() -> None:
    keys = _keys("Gunmen stormed a hotel in Koro on Saturday, killing 19 people. Earlier this month, "
                 "troops said they had killed 37 militants in an operation near Dalo.", "2026-10-15")
    assert keys[0] == MAIN and keys[1] != MAIN


def test_a_digests_other_items_and_a_pursuit_afterwards_are_other_events() -> None:
    text = ("LEAD: KORO - Gunmen attack checkpoint\n\nGunmen killed four soldiers at a checkpoint near Koro on "
            "Tuesday night.\n\nA joint force pursuing the attackers clashed with militants on Wednesday, killing "
            "two of them.\n\nOTHER ITEMS\n- Dalo: Jets struck a hideout at dawn, killing four militants.\n"
            "- Tamba: A roadside bomb wounded two soldiers. No claim.\n\nANALYST NOTE\nThe attack fits a pattern.")
    doc = make_document(text, "t", "2026-10-15")
    scope = assign_incidents(doc)
    keys = {s.text[:12]: scope.incident_of(s.index) for s in doc.sentences}
    assert keys["Gunmen kille"] == MAIN
    assert keys["A joint forc"] != MAIN
    dalo, tamba = keys["- Dalo: Jets"], keys["- Tamba: A r"]
    assert dalo != MAIN and tamba != MAIN and dalo != tamba
    assert keys["No claim."] == tamba  # the item's next sentence goes on with it
    assert keys["The attack f"] == MAIN  # another heading closes the section


def test_separately_opens_another_event() -> None:
    keys = _keys("Gunmen abducted students from a school in Koro on Thursday. Separately, the military said air "
                 "and ground operations had killed 17 bandits in the forest.", "2026-10-15")
    assert keys[0] == MAIN and keys[1] != MAIN


def test_airstrikes_and_artillery_on_the_groups_positions_are_another_event() -> None:
    keys = _keys("Gunmen ambushed a police convoy on Thursday, killing six officers. On Saturday, the army said "
                 "airstrikes and artillery fire on suspected militant positions in the marsh had killed at least "
                 "seven militants.", "2026-10-15")
    assert keys[0] == MAIN and keys[1] != MAIN


def test_a_list_item_tells_one_event_to_its_end() -> None:
    from briefing.extract import extract_document

    d = extract_document("Drones attacked the base on Tuesday, killing four soldiers. The ELN claimed the attack.\n\n"
                         "Earlier attacks:\n"
                         "- 21 September 2025: a drone dropped explosives on a sentry post, wounding three soldiers. "
                         "Nobody claimed it.\n", "x", "2026-03-13")
    assert [(s.stance, s.incident) for s in d.attributions] == [("claimed", "main"), ("not_claimed", "bg:2025-09")]
    assert d.attribution.claimed is True


def test_dates_of_the_event_not_of_the_dateline_the_statement_or_the_aftermath() -> None:
    import datetime as dt

    from briefing.incidents import _relative_day, _stated_date
    from briefing.text import fold

    day = lambda text, ref: (_relative_day(fold(text), ref) or (None,))[0]  # noqa: E731
    # "opened fire" is the deed, not a statement
    assert day("Gunmen burst into a bar late on Saturday and opened fire on customers, police said on Sunday.",
               dt.date(2026, 3, 15)) == dt.date(2026, 3, 14)
    # "Saturday night's massacre" dates the event, "on Tuesday" the judge's order
    assert day("A judge on Tuesday ordered four men held over Saturday night's massacre at the bar.",
               dt.date(2026, 3, 17)) == dt.date(2026, 3, 14)
    # "Two days after ..., on Wednesday": the event two days before
    assert day("KORO — Two days after insurgents swept through its market, the town was still burying its dead "
               "on Wednesday.", dt.date(2026, 2, 11)) == dt.date(2026, 2, 9)
    # a dateline's date with a hyphen after the agency dates the report, not the event
    assert _stated_date(fold("TITAO (Kelora), 7 March 2025 (PANW) - Fifteen people were killed in Sunday's attack."),
                        dt.date(2025, 3, 7)) is None


def test_an_event_told_as_unconnected_is_another_incident() -> None:
    from briefing.extract import extract_document

    d = extract_document('A man stabbed shoppers at a market on Saturday, killing two people. Police stressed that a '
                         'fatal stabbing in another city late on Saturday, in which a man was killed in a fight, had '
                         '"no link" with the attack.', "x", "2026-03-09")
    assert d.figures["killed_total"].value == 2
    assert any(m.incident != MAIN for m in d.casualties)


def test_the_event_told_right_after_another_incident_s_opening_is_that_incident() -> None:
    doc = make_document("Gunmen attacked a train on Tuesday, killing 28 people. The Front claimed the attack.\n\n"
                        "In an unrelated incident on Thursday, two farmers were shot dead in the hills. Police "
                        "attributed the killings to a land dispute, and no group has claimed them.\n\n"
                        "The attack on the train was the deadliest this year.", "a", "2026-02-27")
    scope = assign_incidents(doc)
    assert [scope.incident_of(s.index) == MAIN for s in doc.sentences] == [True, True, False, False, True]
    assert scope.incident_of(3) == scope.incident_of(2)


def test_a_weekday_s_event_after_days_after_is_the_event_s_own_day() -> None:
    from briefing.incidents import main_incident_date

    doc = make_document("Three days after gunmen stopped the train at the tunnel, the outline of Tuesday's "
                        "attack is clear.", "a", "2026-02-27")
    assert main_incident_date(doc, assign_incidents(doc)).date == "2026-02-24"


def test_a_month_and_year_before_when_date_that_event() -> None:
    import datetime as dt
    from briefing.incidents import sentence_incident

    text = "The claim recalls June 2014, when the government blamed local politics for raids that killed 60."
    assert sentence_incident(text, 3, dt.date(2026, 6, 10)) == "bg:2014-06"
    assert sentence_incident("The March 2026 roadside bomb at the crossing killed three officers.", 3,
                             dt.date(2026, 6, 7)) == "bg:2026-03"


def test_a_forces_later_operation_somewhere_is_another_event() -> None:
    doc = make_document("Gunmen killed nine people on a bus on Sunday. On Tuesday, the army said troops had "
                        "\"neutralised four terrorists\" during an operation in the forest north of the road.",
                        "a", "2026-06-10")
    scope = assign_incidents(doc)
    assert [scope.incident_of(s.index) == MAIN for s in doc.sentences] == [True, False]


def test_a_short_separate_incident_sentence_carries_the_next_one() -> None:
    doc = make_document("A gunman killed seven people at a mall on Saturday.\n\nCHIEF: No. That's a separate "
                        "incident. One man died. It is being handled by another unit.", "a", "2026-03-14")
    scope = assign_incidents(doc)
    assert [scope.incident_of(s.index) == MAIN for s in doc.sentences] == [True, True, False, False, False]


def test_a_digests_later_numbered_items_are_other_events() -> None:
    doc = make_document("1.\nKORO -- BOMB AT MARKET (06 Mar)\n----------\nA bomb killed nine people at the market. "
                        "ISKP claimed it.\n----------\n2.\nTANA -- IED ON POLICE (06 Mar)\n----------\nAn IED killed two "
                        "police officers.\n----------\nOUTLOOK\n----------\nExpect more attacks on markets.",
                        "a", "2026-03-07")
    scope = assign_incidents(doc)
    keys = {s.text.strip()[:12]: scope.incident_of(s.index) for s in doc.sentences}
    assert keys["A bomb kille"] == MAIN and keys["Expect more "] == MAIN
    assert keys["An IED kille"] != MAIN


def test_the_other_side_striking_back_hours_later_is_another_event() -> None:
    doc = make_document("Rockets fired from across the border killed two people in the town on Sunday. Hours later "
                        "warplanes struck a building in a village across the border. The health ministry said three "
                        "people were killed in that strike.", "a", "2026-04-19")
    scope = assign_incidents(doc)
    assert [scope.incident_of(s.index) == MAIN for s in doc.sentences] == [True, False, False]


def test_a_heading_that_calls_its_section_a_separate_incident_keeps_all_of_it_apart() -> None:
    doc = make_document("BRIEF - Monday 8 June 2026\n\n1. BOTTOM LINE\nA car bomb killed four soldiers at the gate "
                        "on Sunday 7 June.\n\n2. CASUALTIES - HARLO VILLAGE (7 JUNE) - SEPARATE INCIDENT\n- Ministry: "
                        "6 dead on Sunday evening.\n- The army said it killed two gunmen on Sunday.\n\n3. OUTLOOK\n"
                        "More attacks on the gate are likely.", "a", "2026-06-08")
    scope = assign_incidents(doc)
    keys = {s.text.strip()[:12]: scope.incident_of(s.index) for s in doc.sentences}
    assert keys["A car bomb k"] == MAIN and keys["More attacks"] == MAIN
    assert keys["- Ministry: "] != MAIN and keys["- The army s"] == keys["- Ministry: "]


def test_a_heading_marked_not_related_keeps_its_section_apart() -> None:
    doc = make_document("DAILY ALERT - 21 APR 2026\n\n1. KELORA - DRONE STRIKE ON GAS FIELD\nA drone strike killed four "
                        "workers at the gas field on 19 Apr.\n\n2. ARVEL - AIR STRIKE (NOT RELATED)\nOn 19 Apr, an air "
                        "strike hit a vehicle near Arvel. The ministry said it killed three militants.\n\n3. ADVICE\n"
                        "Avoid the area.", "a", "2026-04-21")
    scope = assign_incidents(doc)
    keys = {s.text.strip()[:12]: scope.incident_of(s.index) for s in doc.sentences}
    assert keys["A drone stri"] == MAIN
    assert keys["On 19 Apr, a"] != MAIN and keys["The ministry"] == keys["On 19 Apr, a"]


def test_a_later_strike_on_the_place_the_response_struck_is_that_response() -> None:
    doc = make_document("Rockets killed two people in the town of Arvel on Sunday. Hours later warplanes struck a "
                        "building in the village of Tel Marou. Residents fled their homes.\n\nThe air strike on "
                        "Tel Marou, at about 3 p.m., flattened the building. The military said it had killed three "
                        "militants and struck weapons depots.\n\nThe rockets that hit Arvel were fired from near "
                        "Tel Marou, the army said.", "a", "2026-04-19")
    scope = assign_incidents(doc)
    main = [scope.incident_of(s.index) == MAIN for s in doc.sentences]
    assert main == [True, False, True, False, False, True]


def test_a_force_responding_by_striking_the_firing_positions_is_another_event() -> None:
    doc = make_document("Shells killed 24 people in the market on Tuesday. In a statement, the army said its artillery "
                        "had responded to the attack by striking the positions the shells came from. \"Our forces "
                        "neutralised the sources of fire, killing more than 40 militia elements,\" it said.\n\n"
                        "Doctors said the dead included nine children.", "a", "2026-02-12")
    scope = assign_incidents(doc)
    assert [scope.incident_of(s.index) == MAIN for s in doc.sentences] == [True, False, False, True]


def test_troops_killing_militants_in_operations_in_a_forest_afterwards_is_another_event() -> None:
    doc = make_document("Gunmen abducted 80 pupils from the school on Thursday. On Saturday the army said troops had "
                        "\"neutralised\" 23 terrorists during clearance operations in the Rugu forest.", "a", "2026-02-16")
    scope = assign_incidents(doc)
    assert [scope.incident_of(s.index) == MAIN for s in doc.sentences] == [True, False]
    # the police killing an attacker in the attack itself is the attack's
    doc = make_document("Gunmen abducted 80 pupils from the school on Thursday. Police killed one attacker during "
                        "the rescue operation at the school.", "a", "2026-02-16")
    scope = assign_incidents(doc)
    assert [scope.incident_of(s.index) == MAIN for s in doc.sentences] == [True, True]


def test_an_event_told_as_before_the_attack_is_another_event() -> None:
    doc = make_document("A missile hit the ship on Tuesday, killing three sailors. The group said three of its "
                        "fighters were killed in an air strike on the coast on Monday night, before the ship attack.",
                        "a", "2026-03-12")
    scope = assign_incidents(doc)
    assert [scope.incident_of(s.index) == MAIN for s in doc.sentences] == [True, False]


def test_in_another_development_opens_another_event() -> None:
    doc = make_document("Gunmen killed 19 civilians at the hotel on Friday. In another development, on Saturday, air "
                        "assets struck a terrorist concentration, neutralising some forty terrorists.", "a", "2026-02-08")
    scope = assign_incidents(doc)
    assert [scope.incident_of(s.index) == MAIN for s in doc.sentences] == [True, False]


def test_an_event_named_by_its_month_alone_is_an_earlier_one() -> None:
    doc = make_document("Gunmen stormed the hotel in the capital on Friday. The chants survivors heard and the group's "
                        "November attack on a convoy near the border, in which 12 contractors were killed, all point "
                        "the same way.", "a", "2026-02-10")
    scope = assign_incidents(doc)
    assert 1 in scope.clauses and scope.clauses[1][2] != MAIN


def test_a_weekday_of_what_is_known_by_then_dates_no_event() -> None:
    from briefing.extract import extract_document

    found = extract_document("Insurgents overran the town on the night of 9 to 10 March. By Friday, local sources "
                             "put the death toll at seventeen.", "a", "2026-03-13")
    assert found.incident_date is None or found.incident_date.date != "2026-03-13"


def test_the_suspect_of_a_separate_incident_and_the_items_under_a_ruled_heading_are_not_the_main_incident() -> None:
    text = ("A gunman killed four people at a club in Kassel on Sunday, police said.\n\n"
            "In a separate incident on Saturday, a man shot dead his neighbour in Halle. The suspect was arrested. "
            "Police said there was no connection.\n\n"
            "------------------------------------------------------------------------\nALSO IN THE NEWS\n"
            "------------------------------------------------------------------------\n\n"
            "* FRANKFURT - A man was wounded by a gunshot late on Tuesday. Police arrested two suspects.\n")
    doc = make_document(text, "t", "2026-05-20")
    scope = assign_incidents(doc)
    arrested = [s.index for s in doc.sentences if "arrested" in s.text]
    assert len(arrested) == 2 and all(scope.incident_of(i) != MAIN for i in arrested)


def test_the_items_under_an_also_today_heading_are_other_events() -> None:
    text = ("Grenades hit the police station in Kora on Sunday morning, killing a vendor.\n\nALSO TODAY\n\n"
            "* Coast Road: a bus overturned near Arvel at 6:15 a.m. Four people were killed and 22 injured.\n\n"
            "* Kora: more than 3,000 runners took part in a race.\n")
    doc = make_document(text, "t", "2026-03-15")
    scope = assign_incidents(doc)
    four = next(s.index for s in doc.sentences if "Four people" in s.text)
    assert scope.incident_of(0) == MAIN and scope.incident_of(four) != MAIN


def test_the_items_under_a_numbered_item_heading_of_other_incidents_are_other_events() -> None:
    text = ("Gunmen ambushed a convoy near Kora on Tuesday, killing three guards.\n\nITEM 3 - OTHER INCIDENTS "
            "(UNCONFIRMED)\n- North region: local sources report at least 12 civilians killed in an attack on a "
            "market at Arvel on Tuesday.\n")
    doc = make_document(text, "t", "2026-01-14")
    scope = assign_incidents(doc)
    twelve = next(s.index for s in doc.sentences if "12 civilians" in s.text)
    assert scope.incident_of(0) == MAIN and scope.incident_of(twelve) != MAIN


def test_the_reprisals_and_the_other_figures_given_for_them_are_another_event() -> None:
    text = ("Gunmen killed eleven worshippers at a church in Kora on Sunday.\n\n"
            "A herders' leader said nine herders had been killed in reprisal attacks on three settlements since Monday night. "
            "He called for compensation.\n\nThe police gave lower figures. The spokesman said four persons were killed "
            "when youths attacked a settlement on Monday night. Seven people have been arrested in connection with the "
            "reprisal attacks, he said.\n\nHe also said two suspects had been arrested over the church attack.")
    doc = make_document(text, "t", "2026-04-29")
    scope = assign_incidents(doc)
    where = {s.text.strip()[:14]: scope.incident_of(s.index) for s in doc.sentences}
    assert where["Gunmen killed "] == MAIN and where["He also said t"] == MAIN
    for opening in ("A herders' lea", "The police gav", "The spokesman ", "Seven people h"):
        assert where[opening] != MAIN, opening


def test_the_attackers_cornered_after_the_attack_are_another_event() -> None:
    text = ("A bomb hit a bus of pilgrims near Kora on Thursday, killing eight people.\n\n"
            "On Friday afternoon, a joint team cornered a group of militants in the forests above Bela, about 18 km "
            "from the blast site. After a gunfight lasting five hours, two militants were neutralised, the army said.")
    doc = make_document(text, "t", "2026-07-11")
    scope = assign_incidents(doc)
    later = [s.index for s in doc.sentences if "cornered" in s.text or "neutralised" in s.text]
    assert len(later) == 2 and all(scope.incident_of(i) != MAIN for i in later)


def test_a_forwarded_release_of_a_later_air_strike_is_another_event_through_its_numbered_paragraphs() -> None:
    text = ("Bandits killed 16 villagers in Kora on Sunday.\n\nPRESS RELEASE\n\n1.\n\nIn continuation of its "
            "interdiction operations, the Air Component on 22 April conducted air strikes on a bandits' enclave in "
            "the Bela forest.\n\n2.\n\nBattle damage assessment revealed that over 30 bandits were neutralised.\n\n"
            "3.\n\nThereafter, ground troops exploited the area and rescued five (5) kidnapped victims.\n")
    doc = make_document(text, "t", "2026-04-23")
    scope = assign_incidents(doc)
    later = [s.index for s in doc.sentences if any(w in s.text for w in ("air strikes", "neutralised", "rescued"))]
    assert len(later) == 3 and all(scope.incident_of(i) != MAIN for i in later)
    assert scope.incident_of(0) == MAIN


def test_attackers_hit_on_their_way_out_far_off_are_another_event_but_not_those_caught_fleeing() -> None:
    far = ("Gunmen killed 60 miners at the Kora site on Tuesday.\n\nThe government says its air force "
           "neutralised more than forty (40) terrorists on Wednesday morning as they withdrew towards the Bela "
           "forest, some 25 km north of the site.")
    doc = make_document(far, "t", "2026-02-13")
    scope = assign_incidents(doc)
    assert scope.incident_of(next(s.index for s in doc.sentences if "withdrew" in s.text)) != MAIN
    near = ("Gunmen killed 40 villagers in Kora on Saturday night. The military said troops had killed one attacker "
            "and arrested two others as they fled.")
    doc = make_document(near, "n", "2026-02-09")
    scope = assign_incidents(doc)
    assert scope.incident_of(next(s.index for s in doc.sentences if "fled" in s.text)) == MAIN


def test_a_month_then_when_dates_an_earlier_event() -> None:
    text = ("A man drove into the market on Saturday, killing five people. The town has not forgotten April, "
            "when a man killed one person at the station.")
    doc = make_document(text, "m", "2025-12-16")
    scope = assign_incidents(doc)
    assert scope.incident_of(0) == MAIN and scope.incident_of(1) != MAIN


def test_a_later_numbered_alert_item_headed_place_bar_event_is_another_event_even_on_the_same_day() -> None:
    text = ("DAILY SECURITY ALERT\n=====\n1.\nKORA | Bank siege: death toll rises to five\n=====\n"
            "- Police stormed the bank on Tuesday; five people died, among them two gunmen.\n\n=====\n2.\n"
            "ARVEL | Bus crash kills 11 (UPDATE)\n=====\n- The death toll from Tuesday's crash of a bus into a "
            "ravine has risen to 11 after a woman died in hospital.\n")
    doc = make_document(text, "a", "2025-10-16")
    scope = assign_incidents(doc)
    siege = next(s.index for s in doc.sentences if "stormed" in s.text)
    crash = next(s.index for s in doc.sentences if "ravine" in s.text)
    assert scope.incident_of(siege) == MAIN and scope.incident_of(crash) != MAIN


def test_n_days_after_the_attack_in_a_lede_counts_back_from_the_report() -> None:
    # after a dateline with a comma, and with a later weekday told after a colon (another event's)
    text = ("KELO, 7 March 2026 - Four days after gunmen attacked the police post near Kelo, the story seems "
            "complete: three raiders were shot dead in a house on Thursday.")
    assert _when(text, "2026-03-07")[0] == "2026-03-03"


def test_the_dead_told_before_a_dated_event_they_died_in_are_its() -> None:
    text = ("Gunmen overran the army post on Thursday, killing 17 soldiers. Civilians pay as well: 22 people "
            "died in the January attack on the Kelo market.")
    doc = make_document(text, "t", "2026-02-15")
    start, end, key = assign_incidents(doc).clauses[1]
    assert key == "bg:2026-01" and doc.sentences[1].text[start:end].strip().startswith("22 people died")


def test_a_suspect_shot_dead_by_police_in_a_raid_afterwards_is_another_event() -> None:
    keys = _keys("Gunmen killed ten people at a bar in Kelo on Saturday.\n"
                 "One suspect was shot dead by police during a raid in a nearby district on Monday.", "2026-03-18")
    assert keys[0] == MAIN and keys[1].startswith("bg:x")


def test_a_sentence_opening_with_a_month_and_year_dated_noun_is_that_time() -> None:
    keys = _keys("Gunmen killed 37 fishermen on Sunday. The January 2015 sack of Kelo left a disputed toll: the "
                 "government said about 150 died. Police blamed the Kelo Front, citing the April 2025 Bar Kelo Palms raid.",
                 "2025-11-13")
    assert keys == [MAIN, "bg:2015-01", MAIN]


def test_an_attack_on_a_later_day_than_the_ledes_is_another_event() -> None:
    keys = _keys("On Thursday 15 January 2026, gunmen attacked the village of Kelo, killing 30 people.\n"
                 "Four more bodies were found in the bush on 17 January.\n"
                 "On 18 January, suspected militants attacked the village of Tamba, 25 km away, killing nine "
                 "people. Nobody has claimed that attack.", "2026-01-19")
    assert keys[0] == MAIN and keys[1] == MAIN  # the main incident's own later day stays
    assert keys[2].startswith("bg:x") and keys[3] == keys[2]


def test_a_later_day_of_a_claim_that_its_fighters_had_attacked_stays_main() -> None:
    keys = _keys("Gunmen attacked a police convoy near Kelo on Thursday 12 March 2026, killing six officers.\n"
                 "On 14 March, the group published a claim saying its fighters had attacked the convoy.",
                 "2026-03-15")
    assert keys == [MAIN, MAIN]


def test_a_weekday_that_many_days_before_the_report_is_the_events_own_day() -> None:
    # written on Wednesday 17 June: "three days after" and "on Sunday night" are the same day
    text = ("Three days after gunmen sent a pilgrim bus into a gorge near Kelo, the toll has risen to 12 and "
            "the question of who ordered the attack is muddier than it was on Sunday night.")
    assert _when(text, "2026-06-17")[0] == "2026-06-14"


def test_a_wire_update_note_dates_no_incident() -> None:
    text = ("Updates with ministry statement from paragraph 6, adds background on Wednesday's roadside bomb.\n"
            "Gunmen ambushed an army patrol near Kelo on Saturday, killing 15 soldiers, security sources said.")
    assert _when(text, "2026-01-17")[0] == "2026-01-17"


def test_a_sentence_that_says_its_event_is_apart_is_that_event_whatever_clause_it_holds() -> None:
    keys = _keys("Drones struck the tanker on Saturday, killing four sailors.\n"
                 "The air strikes on the port, which killed nine people, are a response to the attack, not part of it. "
                 "The sinking of a fishing boat off the cape on Saturday, with at least 27 dead, is unrelated.",
                 "2026-03-17")
    assert keys[0] == MAIN and keys[1].startswith("bg:x") and keys[2].startswith("bg:x")


def test_a_name_only_the_earlier_event_told_keeps_the_next_sentence_with_it() -> None:
    keys = _keys("Drones struck the tanker Kestrel Bay on Saturday, killing three sailors. It is the first deadly "
                 "strike since November, when the rebels sank the freighter Laomedon off the cape, killing four of "
                 "its crew. Eleven of the Laomedon sailors are still held by the rebels.", "2026-03-15")
    assert keys[:2] == [MAIN, MAIN] and keys[2].startswith("bg:2025")
    # a country the earlier clause named is no such name
    keys = _keys("A bomber killed 23 people at a rally in Kelo on Sunday. The bomber has been identified as a "
                 "resident of Kelo, aged about 19 years, who had crossed into Afghanistan in 2024. Investigators "
                 "say he trained with a cell in Afghanistan.", "2026-02-10")
    assert keys == [MAIN, MAIN, MAIN]


def test_the_event_a_day_marks_a_year_since_is_background() -> None:
    text = ("Gunmen ambushed a convoy near Kelo on Tuesday, killing 15 soldiers. 10 February 2026 marks one year "
            "since the attack on the post at Tamba, in which 23 volunteers were killed.")
    doc = make_document(text, "t", "2026-02-10")
    scope = assign_incidents(doc)
    start, _, key = scope.clauses[1]
    assert key != MAIN and doc.sentences[1].text[start:].startswith("marks one year since")


def test_another_front_in_a_statement_is_another_event() -> None:
    keys = _keys("Our forces did not shell the hospital on Saturday. On another front, our forces today repelled "
                 "an attack by the army on the eastern axis, killing 40 of its soldiers.", "2025-06-14")
    assert keys[0] == MAIN and keys[1].startswith("bg:x")


def test_a_clash_a_day_later_told_by_the_force_that_fought_it_is_another_event() -> None:
    keys = _keys("A roadside bomb killed three rangers near Kelo on Tuesday 10 March 2026.\n"
                 "On Wednesday, rangers in Tamba district said they had \"neutralised\" two suspected militants "
                 "in a gunfight at a hut in the forest.", "2026-03-12")
    assert keys[0] == MAIN and keys[1].startswith("bg:x")


def test_a_later_strike_a_side_says_it_launched_is_another_event() -> None:
    keys = _keys("Explosions tore through a market in Kelo on Tuesday 10 February 2026, killing 31 people.\n"
                 "The rebels said they had launched drones towards the border province on Wednesday in response.",
                 "2026-02-12")
    assert keys[0] == MAIN and keys[1].startswith("bg:x")


def test_in_a_related_development_opens_another_event() -> None:
    keys = _keys("A bomb killed four people at a market in Kelo on Tuesday.\n"
                 "In a related development, the army said its drones struck a depot, killing 12 fighters.",
                 "2026-02-12")
    assert keys[1].startswith("bg:x")


def test_a_strike_launched_in_retaliation_is_the_response() -> None:
    keys = _keys("Explosions tore through the market on Tuesday, killing 31 people.\n"
                 "Meanwhile, the rebels said they had launched drones towards the border province in retaliation.",
                 "2026-02-11")
    assert keys[1].startswith("bg:x")


def test_an_earlier_days_deed_in_a_place_the_lede_does_not_name_is_another_event() -> None:
    text = ("Shells struck a hospital in Kelo on Saturday, killing 14 people. We also renew our condemnation of the "
            "massacre committed by drones on Thursday in the market of Tamba, which killed 11 civilians.")
    assert _keys(text, "2025-06-14")[1].startswith("bg:x")
    # a siege's first day, at the place the lede names, stays
    siege = "Troops ended the siege of the Kelo hotel on Wednesday. The attack carried out on Monday at Kelo killed 20."
    assert _keys(siege, "2026-03-12") == [MAIN, MAIN]


def test_no_claim_told_right_after_another_event_is_that_events() -> None:
    keys = _keys("Gunmen stormed a police checkpoint on Wednesday, killing five. Separately, an official was wounded "
                 "when a roadside bomb exploded near a checkpoint in Mastung, officials said. No one claimed "
                 "responsibility.", "2026-02-11")
    assert keys[1].startswith("bg:x") and keys[2] == keys[1]


def test_the_items_under_headlines_marked_with_arrows_are_other_events() -> None:
    text = ("A man stabbed passengers on a train in Kora on Thursday evening, injuring 12 people.\n\n"
            "ALSO IN THE NEWS\n\n▶ Two people found dead after house fire in Arvel\n"
            "Firefighters found two people dead after a fire destroyed a house in Arvel on Thursday evening.\n\n"
            "▶ Storm expected on Saturday\nForecasters warned of heavy rain.\n")
    doc = make_document(text, "t", "2026-09-11")
    scope = assign_incidents(doc)
    fire = [s.index for s in doc.sentences if "dead" in s.text]
    assert scope.incident_of(0) == MAIN and fire and all(scope.incident_of(i) != MAIN for i in fire)


def test_a_later_clash_opened_by_its_date_and_its_exchange_of_fire_are_another_event() -> None:
    text = ("Rebels blew up an army truck near Kora on Tuesday, 17 March, killing seven soldiers.\n\n"
            "On Thursday, 19 March, two days after the ambush, a commando team clashed with rebels in the hills "
            "north of Kora. Police said three rebels were neutralised in the exchange of fire.")
    doc = make_document(text, "t", "2026-03-20")
    scope = assign_incidents(doc)
    assert scope.incident_of(0) == MAIN
    assert scope.incident_of(1) != MAIN and scope.incident_of(2) == scope.incident_of(1)


def test_a_sentence_in_another_context_is_another_event() -> None:
    text = ("Drones struck the fuel depot in Kora on Friday, killing three workers.\n\n"
            "In another context, our forces on Thursday repelled an attack east of Tarvo, where they neutralised "
            "thirty-seven rebels.")
    doc = make_document(text, "t", "2026-01-10")
    scope = assign_incidents(doc)
    assert scope.incident_of(0) == MAIN and scope.incident_of(1) != MAIN


def test_bodies_found_in_the_neighbouring_municipality_are_another_event() -> None:
    text = ("Gunmen shot dead a journalist in Kora on Thursday evening, police said.\n\n"
            "On Thursday morning, authorities found the bodies of five men on a dirt road in the neighbouring "
            "municipality of Tarvo.")
    doc = make_document(text, "t", "2026-02-06")
    scope = assign_incidents(doc)
    assert scope.incident_of(0) == MAIN and scope.incident_of(1) != MAIN


@pytest.mark.parametrize("heading", ["ALSO ON THE LEDGER TODAY", "RELATED STORIES", "Top stories"])
def test_the_items_under_a_related_stories_heading_are_other_events(heading: str) -> None:
    text = ("A bomb exploded at the procession in Kora on Tuesday, killing 14 people.\n\n"
            f"-----------------------------\n{heading}\n"
            "* Two soldiers martyred, three terrorists killed in Tarvo operation\n"
            "* Bus fares to rise from July 1\n")
    doc = make_document(text, "t", "2026-06-23")
    scope = assign_incidents(doc)
    soldiers = next(s.index for s in doc.sentences if "soldiers" in s.text)
    assert scope.incident_of(0) == MAIN and scope.incident_of(soldiers) != MAIN


def test_a_strike_on_the_crew_that_fired_and_an_event_across_the_border_are_other_events() -> None:
    keys = _keys("Rockets struck the market in Dorvik on Tuesday, killing four people. The defence ministry said its "
                 "forces had struck the firing position of the rocket crew that shelled Dorvik, eliminating up to 40 "
                 "servicemen. The ministry says it retaliated on Wednesday by striking the launcher's position near "
                 "Kelo. Across the border in the Kelo region, the governor said a bomb had hit a village on Tuesday, "
                 "killing two people.", "2026-02-18")
    assert keys[0] == "main"
    assert all(k != "main" for k in keys[1:])


def test_arrests_with_no_known_link_to_the_attack_are_another_event() -> None:
    keys = _keys("Gunmen attacked Dorvik village on Saturday, killing five villagers. The three cadres arrested in "
                 "Kelo on Saturday have no known link to Dorvik.", "2025-11-17")
    assert keys == ["main", keys[1]] and keys[1] != "main"


def test_a_deed_on_the_same_day_as_the_attack_elsewhere_is_another_event() -> None:
    keys = _keys("Gunmen stormed the hotel in Kelo on Thursday, killing 18 people. The army says its forces killed "
                 "12 fighters near Dorvik on the same Thursday as the hotel attack.", "2026-02-15")
    assert keys[0] == "main" and keys[1] != "main"


def test_a_digest_line_marked_not_related_is_another_event() -> None:
    keys = _keys("Gunmen attacked the border post on Sunday, killing a guard.\n- Not related: two men were killed in "
                 "a feud in the camp on Sunday.", "2026-01-19")
    assert keys[0] == "main" and keys[1] != "main"


def test_attacks_in_a_year_that_killed_a_count_are_background() -> None:
    keys = _keys("Gunmen ambushed a bus of pilgrims in Dorvik on Saturday, killing 12. Attacks across Dorvik and "
                 "Kelo on Christmas Eve in 2023 killed nearly 200 people.", "2026-04-12")
    assert keys == ["main", "bg:2023"]


def test_the_firing_after_a_separate_operation_continues_it() -> None:
    keys = _keys("A bomb killed seven soldiers on Tuesday. In a separate operation, on Friday troops and rebels "
                 "exchanged fire in a forest 20 km away. After the firing stopped, the bodies of three rebels were "
                 "recovered.", "2025-03-16")
    assert keys[0] == MAIN and keys[1] != MAIN and keys[2] == keys[1]


def test_a_dated_deed_after_a_separate_incident_in_its_paragraph_is_another_event() -> None:
    keys = _keys("A bomber killed 31 worshippers at a mosque on Friday. In a separate incident on Tuesday, two soldiers "
                 "were killed in a clash in the north. On Sunday, a policeman was shot dead by gunmen in another town.",
                 "2025-03-12")
    assert keys[0] == MAIN and keys[1] != MAIN and keys[2] not in (MAIN, keys[1])
    # a new paragraph that opens with a day may return to the main incident
    keys = _keys("A bomber killed 31 worshippers at a mosque on Friday. In a separate incident on Tuesday, two soldiers "
                 "were killed in a clash in the north.\n\nOn Saturday, two of the wounded worshippers died.",
                 "2025-03-12")
    assert keys[2] == MAIN


def test_an_event_named_by_its_day_dates_its_sentence() -> None:
    keys = _keys("Gunmen killed nine civilians in Muvanzi on Tuesday night. The nearest comparable attack was the one "
                 "of 2 February in a village to the north, where 14 people were killed.", "2025-03-13")
    assert keys == [MAIN, "bg:2025-02"]


def test_the_attacks_counted_before_this_one_are_earlier_events() -> None:
    keys = _keys("Gunmen stormed the base on Sunday night, killing nine soldiers. It is the 14th such attack we have "
                 "recorded in 2025, after another base in January, where 20 soldiers died.", "2025-03-17")
    doc = make_document("Gunmen stormed the base on Sunday night, killing nine soldiers. It is the 14th such attack we "
                        "have recorded in 2025, after another base in January, where 20 soldiers died.", "t", "2025-03-17")
    scope = assign_incidents(doc)
    second = doc.sentences[1]
    assert keys[1] == MAIN and scope.incident_at(1, second.text.index("20 soldiers")) == "bg:2025-01"


def test_a_day_after_a_comma_is_no_year_and_a_bracket_dates_the_document_before_it() -> None:
    assert _keys("Gunmen killed eight gendarmes at the post on Wednesday. On 4 June, 12 soldiers were killed in an "
                 "ambush.", "2025-09-18") == [MAIN, "bg:2025-06"]
    assert _keys("Gunmen killed eight gendarmes at the post on Wednesday. The last comparable communique (No. 98, "
                 "4 June) gave 12 soldiers killed.", "2025-09-18") == [MAIN, "bg:2025-06"]
    assert find_dates("on February 2, 2025, gunmen attacked")[0].year == 2025


def test_an_intelligence_based_operation_afterwards_and_its_dead_are_another_event() -> None:
    keys = _keys("A roadside bomb killed five soldiers on a convoy on 21 May. On 23 May, security forces carried out "
                 "what the military described as an intelligence-based operation in a village 25 km away. Four "
                 "militants were killed and two were arrested.", "2025-05-25")
    assert keys[0] == MAIN and keys[1] != MAIN and keys[2] == keys[1]
