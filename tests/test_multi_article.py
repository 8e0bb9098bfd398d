"""Small multi-article folders through the real pipeline (load → extract → reconcile): agreement,
conflict, supersession, duplicates, a claim that arrives later, and sources that disagree on the
date. The articles are short reports written for these tests; publication dates and outlets come
from a manifest beside them, as an analyst would supply them."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from briefing import pipeline
from briefing.export import run_briefing

# 1 Mar 2021 was a Monday.
FOLDERS: dict[str, list[tuple[str, str, str, str]]] = {  # name → (file, outlet, published, text)
    "agree": [
        ("a.txt", "Outlet Alpha", "2021-03-02",
         "Gunmen kill 12 police officers in Dorvik\nGunmen attacked a police station in Dorvik on "
         "Monday, killing 12 police officers, the Interior Ministry said. Four attackers were "
         "arrested, the ministry said."),
        ("b.txt", "Outlet Beta", "2021-03-02",
         "Twelve officers dead after station attack\nTwelve police officers were killed when armed "
         "men stormed a station in Dorvik on Monday, officials said. Police said four of the "
         "assailants had been detained."),
    ],
    "conflict": [
        ("a.txt", "Outlet Alpha", "2021-03-02",
         "Station attack in Dorvik\nGunmen attacked a police station in Dorvik on Monday, killing "
         "12 people, the Interior Ministry said."),
        ("b.txt", "Outlet Beta", "2021-03-02",
         "Hospital gives higher toll\nAt least 30 people were killed in the attack on a police "
         "station in Dorvik on Sunday, doctors at the city hospital said."),
    ],
    "supersede": [
        ("a.txt", "Outlet Alpha", "2021-03-01",
         "Bomb hits market in Dorvik\nA bomb exploded in a crowded market in Dorvik on Monday, "
         "killing 9 people, the police said."),
        ("b.txt", "Outlet Alpha", "2021-03-03",
         "Market bombing toll rises\nThe toll from Monday's bombing of the market rose to 14 dead, "
         "the police said on Wednesday."),
    ],
    "duplicates": [
        ("a.txt", "Wire Service", "2021-03-02",
         "Gunmen kill 12 police officers in Dorvik\nGunmen attacked a police station in Dorvik on "
         "Monday, killing 12 police officers, the Interior Ministry said. Four attackers were "
         "arrested, the ministry said. The station had been attacked before, residents said."),
        ("b.txt", "Local Paper", "2021-03-02",
         "Gunmen kill 12 police officers in Dorvik\nGunmen attacked a police station in Dorvik on "
         "Monday, killing 12 police officers, the Interior Ministry said. Four attackers were "
         "arrested, the ministry said. The station had been attacked before, residents said."),
    ],
    "later_claim": [
        ("a.txt", "Outlet Alpha", "2021-03-01",
         "Checkpoint attacked\nMilitants attacked an army checkpoint near Dorvik on Monday, killing "
         "five soldiers, the army said. No group has claimed responsibility for the attack."),
        ("b.txt", "Outlet Beta", "2021-03-03",
         "Islamic State claims checkpoint attack\nThe Islamic State claimed responsibility on "
         "Wednesday for Monday's attack on an army checkpoint near Dorvik, in a statement carried "
         "by its Amaq news agency."),
    ],
    "desk_note_first": [  # the later desk note sorts first by file name
        ("a_desk.txt", "Risk Desk", "2021-03-05",
         "Dorvik checkpoint: desk note\nThe Islamic State claimed responsibility for Monday's attack "
         "near Dorvik, saying its fighters had killed 20 soldiers."),
        ("b_wire.txt", "Wire Service", "2021-03-01",
         "Militants kill five soldiers at Dorvik checkpoint\nMilitants attacked an army checkpoint "
         "near Dorvik on Monday, killing five soldiers, the army said."),
    ],
    "two_speakers": [  # the later report gives the army's update and a monitor's higher count
        ("a.txt", "Outlet Alpha", "2021-03-02",
         "Soldiers killed at Dorvik post\nMilitants attacked an army post near Dorvik on Monday, "
         "killing three soldiers, the army said."),
        ("b.txt", "Outlet Beta", "2021-03-03",
         "Dorvik toll disputed\nThe number of soldiers killed in Monday's attack near Dorvik rose to "
         "four, the army said on Wednesday. A monitoring group put the number of soldiers killed at "
         "seven. The army rejected that figure and said four soldiers had died."),
    ],
    "found_since": [  # a later report tells the missing found dead
        ("a.txt", "Outlet Alpha", "2021-03-04",
         "Ambush near Dorvik\nMilitants ambushed an army convoy near Dorvik on Monday, killing nine soldiers. "
         "Three soldiers were missing, the army said."),
        ("b.txt", "Outlet Beta", "2021-03-06",
         "Dorvik toll rises\nThe army revised the toll of Monday's ambush near Dorvik to twelve soldiers killed: "
         "the bodies of the three missing soldiers had been found on Tuesday."),
    ],
    "partial_total": [  # one report's stated total is below another report's count of one party
        ("a.txt", "Outlet Alpha", "2021-03-04",
         "Ambush near Dorvik\nMilitants ambushed an army patrol near Dorvik on Monday. Nine soldiers were "
         "killed and two civilians died in the crossfire, the army said on Wednesday."),
        ("b.txt", "Outlet Beta", "2021-03-05",
         "Dorvik patrol\nThe army said on Monday that seven soldiers were killed near Dorvik. "
         "Three people died in the ambush, residents said."),
    ],
    "withdrawn": [  # an attacker's death reported, then withdrawn by the ministry
        ("a.txt", "Outlet Alpha", "2021-03-01",
         "Gunmen kill two police at Dorvik post\nGunmen attacked a police post near Dorvik on Monday night, "
         "killing two police officers. One attacker was killed by return fire, the ministry said."),
        ("b.txt", "Outlet Beta", "2021-03-02",
         "Dorvik post attack\nThe body found beside the Dorvik post was that of a watchman, the ministry said on "
         "Tuesday. \"Information about the liquidation of one of the attackers was not confirmed,\" it said. "
         "Two police officers were killed in Monday's attack."),
    ],
    "neutralised_no_toll": [  # a government's "neutralised" count, which a later analysis says is no toll
        ("a.txt", "Outlet Alpha", "2021-03-01",
         "Army repels attack near Dorvik\nSecurity forces neutralised 84 members of an extremist group after "
         "repelling an attack on an army post near Dorvik on Monday, the government said. Four soldiers were killed."),
        ("b.txt", "Outlet Beta", "2021-03-03",
         "Dorvik: what the numbers say\nThe government says 84 fighters were neutralised in Monday's attack near "
         "Dorvik. The figure of 84 neutralised should not be used as a death toll: the word covers the wounded and "
         "those who surrendered. Four soldiers were killed, the army says."),
    ],
    "neutralised_part": [  # an army's "neutralised" count beside a report's toll of the attack
        ("a.txt", "Outlet Alpha", "2021-03-01",
         "Army repels attack on Dorvik base\nSecurity forces neutralised 40 terrorists who attacked the Dorvik "
         "base on Monday, the army said. Six soldiers were killed."),
        ("b.txt", "Outlet Beta", "2021-03-02",
         "Dorvik base attack\nEight people were killed in Monday's attack on the Dorvik base, residents said."),
    ],
    "claim_then_other_unclaimed": [  # a report tells the claim, then another attack no one claimed
        ("a.txt", "Outlet Alpha", "2021-03-01",
         "Bomber hits Dorvik police station\nA suicide bomber attacked a police station in Dorvik on Monday, "
         "killing six police officers. No group has claimed the attack so far."),
        ("b.txt", "Outlet Beta", "2021-03-03",
         "Dorvik bombing: the claim\nThe Kelo Front claimed Monday's bombing of the Dorvik police station within "
         "hours and named the bomber. On the same day, two soldiers were killed by a roadside bomb near Tarvo, an "
         "attack no one has yet claimed."),
    ],
    "later_consensus": [  # a first count that both later reports put higher, none saying it rose
        ("a.txt", "Outlet Alpha", "2021-03-01",
         "Village raided near Dorvik\nGunmen raided a village near Dorvik on Monday, killing four people, residents said."),
        ("b.txt", "Outlet Beta", "2021-03-02",
         "Dorvik raid\nSix people were killed when gunmen raided a village near Dorvik on Monday."),
        ("c.txt", "Outlet Gamma", "2021-03-03",
         "Burials after Dorvik raid\nVillagers near Dorvik buried the six people killed in Monday's raid by gunmen."),
    ],
    "hoax_claim": [  # one report tells a claim; a later one says the police call it a hoax
        ("a.txt", "Outlet Alpha", "2021-03-01",
         "Gunman kills four at Dorvik college\nA gunman killed four people at a college in Dorvik on Monday. "
         "A post on a messaging channel run by a group calling itself the Dorvik Liberation Front claimed "
         "responsibility for the attack."),
        ("b.txt", "Outlet Beta", "2021-03-02",
         "Dorvik college shooting: suspect charged\nA man was charged on Tuesday over Monday's shooting at a "
         "college in Dorvik that killed four people. A group calling itself the Dorvik Liberation Front had "
         "claimed the attack online. Police have called the post a hoax. Investigators believe the suspect acted alone."),
    ],
}


def write_folder(root: Path, name: str) -> Path:
    """Write folder ``name`` of FOLDERS under ``root`` with its manifest; return the folder."""
    folder = root / name
    folder.mkdir(parents=True)
    with open(folder / "manifest.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "title", "outlet", "url", "published", "language", "note"])
        for file, outlet, published, text in FOLDERS[name]:
            (folder / file).write_text(text + "\n", encoding="utf-8")
            writer.writerow([file, "", outlet, "", published, "", ""])
    return folder


def analyse_files(root: Path, name: str, files: list[tuple[str, str, str, str]]) -> pipeline.Analysis:
    """Analyse ``files`` (file, outlet, published, text) written as folder ``name`` under ``root``:
    a folder a test builds for itself, not kept in FOLDERS."""
    FOLDERS[name] = files
    try:
        return pipeline.analyse(write_folder(root / name, name))
    finally:
        del FOLDERS[name]


@pytest.fixture
def analyse(tmp_path):
    def run(name: str) -> pipeline.Analysis:
        return pipeline.analyse(write_folder(tmp_path, name))
    return run


def test_agreeing_sources_are_consistent(analyse) -> None:
    s = analyse("agree").summary
    for name, value in (("killed_total", 12), ("killed_security", 12), ("captured_attackers", 4)):
        assert (s.fields[name].value, s.fields[name].status) == (value, "consistent"), name
        assert {p.article_id for p in s.fields[name].per_source if p.value is not None} == {"a", "b"}
    assert s.fields["wounded_total"].status == "not reported" and s.fields["wounded_total"].value is None
    assert (s.dating.date, s.dating.status) == ("2021-03-01", "consistent")
    assert s.checks == []


def test_conflicting_sources_keep_both_and_take_the_conservative_figure(analyse) -> None:
    s = analyse("conflict").summary
    killed = s.fields["killed_total"]
    assert killed.status == "conflicting"
    assert (killed.value, killed.low, killed.high) == (12, 12, 30)
    assert "12" in killed.reason and "30" in killed.reason
    assert any(c.startswith("killed_total:") for c in s.checks)  # listed for the analyst
    # Monday (a) against Sunday (b): the briefing says they disagree instead of picking silently
    assert s.dating.status == "conflicting"
    assert {p["date"] for p in s.dating.per_source} == {"2021-03-01", "2021-02-28"}
    assert any(c.startswith("incident date:") for c in s.checks)


def test_later_update_supersedes_the_earlier_toll(analyse) -> None:
    s = analyse("supersede").summary
    killed = s.fields["killed_total"]
    assert killed.value == 14
    assert [sv.value for sv in killed.superseded] == [9]
    assert "supersede" in killed.reason
    updates = [e for e in s.timeline if "updated" in e.label]
    assert updates and updates[0].date == "2021-03-03" and "9" in updates[0].label and "14" in updates[0].label


def test_duplicate_is_listed_not_counted_as_corroboration(analyse) -> None:
    a = analyse("duplicates")
    s = a.summary
    assert a.usable_articles == 1
    assert s.fields["killed_total"].status == "single source"
    rows = {r["article_id"]: r for r in s.sources.to_dict("records")}
    assert rows["b"]["status"] == "duplicate" and rows["b"]["duplicate_of"] == "a"
    assert "copies: b" in rows["a"]["note"]


def test_claim_that_arrives_later_changes_the_claim_status(analyse) -> None:
    s = analyse("later_claim").summary
    att = s.attribution
    assert att.group == "Islamic State"
    assert att.claimed is True  # the latest dated status wins over the first day's "no claim"
    status = {c["article_id"]: (c["published"], c["claimed"]) for c in att.claim_status}
    assert status == {"a": ("2021-03-01", False), "b": ("2021-03-03", True)}
    claim_events = [e for e in s.timeline if "Islamic State claimed it" in e.label]
    assert claim_events and claim_events[0].date == "2021-03-03"
    assert s.fields["killed_security"].value == 5


def test_later_claim_briefing_renders_the_claim_chart(tmp_path) -> None:
    folder = write_folder(tmp_path, "later_claim")
    out = tmp_path / "out"
    result = run_briefing({"articles": str(folder), "title": "Dorvik checkpoint attack"}, out_dir=out, pdf=False)
    assert result.exit_code == 0
    html = (out / "briefing.html").read_text(encoding="utf-8")
    assert "Claim status over time" in html
    assert "Incident: 1 Mar 2021" in html
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["attribution"]["claimed"] is True
    assert summary["incident_date"]["date"] == "2021-03-01"


def test_a_timeline_of_a_few_days_is_ticked_by_date_not_by_hour(analyse) -> None:
    from briefing import charts

    fig = charts.timeline(analyse("later_claim").summary)
    assert fig.layout.xaxis.dtick == 86_400_000  # a tick a day, not plotly's 12-hourly default
    assert fig.layout.xaxis.tickformat == "%d %b %Y"


def test_title_is_the_first_reports_headline_and_the_groups_own_toll_stays_apart(analyse) -> None:
    a = analyse("desk_note_first")
    assert pipeline.infer_title(a.loaded) == "Militants kill five soldiers at Dorvik checkpoint"
    security = a.summary.fields["killed_security"]
    assert security.value == 5
    kinds = {p.article_id: p.kind for p in security.per_source if p.value is not None}
    assert kinds["a_desk"] == "group claim" and kinds["b_wire"] != "group claim"


def test_facts_say_who_gives_each_source_figure(analyse) -> None:
    facts = analyse("desk_note_first").facts
    figures = facts[(facts["kind"] == "figure") & (facts["field"] == "killed_security")]
    by = dict(zip(figures["article_id"], figures["by"]))
    assert by["a_desk"] == "the perpetrator group (its own claim)"
    assert by["b_wire"] != by["a_desk"]


def test_two_speakers_in_one_report_conflict_and_its_update_supersedes(analyse) -> None:
    s = analyse("two_speakers").summary
    soldiers = s.fields["killed_security"]
    # b updates a's three (the army's toll "rose to four") and sets its monitor's seven against it
    assert [sv.value for sv in soldiers.superseded] == [3]
    assert soldiers.status == "conflicting"
    assert (soldiers.value, soldiers.low, soldiers.high) == (4, 4, 7)
    assert "4 (per the army) and also 7" in soldiers.reason


def test_a_stated_total_below_another_reports_party_count_is_partial_not_the_conservative_pick(analyse) -> None:
    total = analyse("partial_total").summary.fields["killed_total"]
    assert total.value is not None and total.value >= 9
    assert "partial count" in total.reason


def test_missing_people_a_later_report_finds_are_missing_no_more(analyse) -> None:
    a = analyse("found_since").summary
    assert a.fields["missing_total"].value is None
    assert a.fields["killed_security"].value == 12
    assert any("found since" in c for c in a.checks)


def test_a_claim_one_report_calls_a_hoax_is_no_claim_in_any(analyse) -> None:
    a = analyse("hoax_claim").summary.attribution
    assert a.claimed is not True
    assert "claimed it" not in a.judgment
    rows = [r for r in a.per_source if r["group"] == "Dorvik Liberation Front"]
    assert {r["article_id"] for r in rows} == {"a", "b"}
    assert all(r["stance"] == "possible" for r in rows)


def test_a_first_count_every_later_report_puts_higher_is_superseded(analyse, tmp_path) -> None:
    f = analyse("later_consensus").summary.fields["killed_total"]
    assert (f.value, f.status) == (6, "consistent")  # (the two later reports agree)
    assert "every later report (2) gives a higher figure, which supersedes it" in f.reason
    # an official's first count of the dead yields to them too (a minimising first figure) ...
    later = FOLDERS["later_consensus"][1:]
    f = analyse_files(tmp_path, "later_official", [
        ("a.txt", "Outlet Alpha", "2021-03-01", "Village raided near Dorvik\nGunmen raided a village near Dorvik on "
         "Monday, killing four people, the police said."), *later]).summary.fields["killed_total"]
    assert (f.value, f.status) == (6, "consistent")
    # ... but its count of the attackers killed stands against later reports: they conflict
    f = analyse_files(tmp_path, "later_attackers", [
        ("a.txt", "Outlet Alpha", "2021-03-01", "Post attacked near Dorvik\nGunmen attacked a police post near "
         "Dorvik on Monday. Two of the attackers were killed, the police said."),
        ("b.txt", "Outlet Beta", "2021-03-02", "Dorvik post attack\nFive attackers were killed when gunmen attacked "
         "a police post near Dorvik on Monday."),
        ("c.txt", "Outlet Gamma", "2021-03-03", "Dorvik attack\nVillagers near Dorvik saw the bodies of five "
         "attackers killed in Monday's attack on the police post."),
    ]).summary.fields["killed_attackers"]
    assert (f.value, f.status) == (2, "conflicting")
    # ... unless the official calls it provisional
    f = analyse_files(tmp_path, "provisional", [
        ("a.txt", "Outlet Alpha", "2021-03-01", "Village raided near Dorvik\nGunmen raided a village near Dorvik on "
         "Monday. The provisional toll is four people killed, the police said."), *later]).summary.fields["killed_total"]
    assert (f.value, f.status) == (6, "consistent")


def test_an_attackers_death_a_later_report_withdraws_is_not_counted(analyse) -> None:
    summary = analyse("withdrawn").summary
    assert summary.fields["killed_attackers"].value is None
    assert summary.fields["killed_total"].value == 2
    assert any("withdrawn since" in c for c in summary.checks)


def test_a_claim_told_is_not_unmade_by_a_later_word_that_no_one_claimed_another_attack(analyse) -> None:
    judgment = analyse("claim_then_other_unclaimed").summary.attribution
    assert judgment.group == "Kelo Front"
    assert judgment.claimed is True


def test_a_neutralised_count_does_not_make_another_reports_toll_a_partial_count(analyse) -> None:
    f = analyse("neutralised_part").summary.fields["killed_total"]
    assert "partial count" not in f.reason
    assert f.low == 8


def test_a_neutralised_count_a_later_report_says_is_no_toll_is_not_counted(analyse) -> None:
    summary = analyse("neutralised_no_toll").summary
    assert summary.fields["killed_attackers"].value is None
    assert summary.fields["killed_total"].value == 4
    assert any("withdrawn since" in c for c in summary.checks)


def test_an_officials_count_yields_when_another_official_and_later_reports_put_it_higher(analyse, tmp_path) -> None:
    f = analyse_files(tmp_path, "officials", [
        ("a.txt", "Outlet Alpha", "2021-03-01",
         "Bus bombed near Dorvik\nA bomb hit a bus near Dorvik on Monday, killing seven people, the health "
         "ministry said."),
        ("b.txt", "Outlet Beta", "2021-03-01",
         "Army statement on Dorvik bus\nThe army said on Monday evening that eight people lost their lives in the "
         "bombing of a bus near Dorvik."),
        ("c.txt", "Outlet Gamma", "2021-03-02",
         "Dorvik bus bombing\nEight people were killed when a bomb hit a bus near Dorvik on Monday."),
        ("d.txt", "Outlet Delta", "2021-03-03",
         "Burials in Dorvik\nVillagers buried the eight people killed in Monday's bus bombing near Dorvik.")]).summary.fields["killed_total"]
    assert (f.value, f.status) == (8, "consistent")


def test_a_minimising_first_count_repeated_later_and_a_low_floor_do_not_hold_back_the_later_consensus(
        tmp_path) -> None:
    fields = analyse_files(tmp_path, "minimised", [
        ("a.txt", "Army of Kelo", "2021-03-01", "Communique\nTerrorists attacked an army convoy near Dorvik on "
         "Monday. Seven soldiers were killed and eleven were wounded, the army said."),
        ("b.txt", "Risk Alert", "2021-03-02", "Dorvik convoy ambush\nThe army said seven soldiers were killed in "
         "Monday's ambush near Dorvik. At least 11 people were wounded."),
        ("c.txt", "Dorvik Courier", "2021-03-02", "Convoy ambush\nTwenty-seven soldiers were killed and about 20 "
         "wounded when gunmen ambushed the army convoy near Dorvik on Monday, medics said."),
        ("d.txt", "Sahel Review", "2021-03-04", "What we know\nThe ambush near Dorvik on Monday killed 27 "
         "soldiers, and about 20 people were wounded."),
    ]).summary.fields
    assert fields["killed_security"].value == 27
    assert "every later report (2) gives a higher figure" in fields["killed_security"].reason
    assert (fields["wounded_total"].value, fields["wounded_total"].qualifier) == (20, "about")


def test_a_first_toll_that_every_later_report_puts_higher_yields_though_they_differ(tmp_path) -> None:
    f = analyse_files(tmp_path, "rising_toll", [
        ("a.txt", "Outlet Alpha", "2021-03-01", "Village raided near Dorvik\nGunmen raided a village near Dorvik on "
         "Monday, killing nine people, the police said."),
        ("b.txt", "Outlet Beta", "2021-03-03", "Dorvik raid toll\nAt least 15 people were killed when gunmen raided a "
         "village near Dorvik on Monday, a rights group said."),
        ("c.txt", "Outlet Gamma", "2021-03-06", "Dorvik raid\nResidents said on Saturday that 13 people were "
         "killed in Monday's raid on a village near Dorvik."),
    ]).summary.fields["killed_total"]
    assert f.value != 9 and "every later report (2) gives a higher figure, which supersedes it" in f.reason
