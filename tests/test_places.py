"""Places: gazetteer look-up, roles, namesakes, and the offline map."""
from __future__ import annotations

from briefing import charts
from briefing.places import find_places, place_summary
from briefing.text import make_document


def places(text: str) -> dict[str, str]:
    return {m.name: m.role for m in find_places(make_document(text, "t"))}


def test_incident_area_origin_and_dateline():
    found = places("KABUL, Afghanistan — Gunmen attacked a checkpoint near Kandahar on Monday. "
                   "The attackers had crossed from Kunduz Province, officials said.")
    assert found["Kabul"] == "filed from"
    assert found["Kandahar"] == "incident area"
    assert found["Kunduz Province"] == "origin of attackers"


def test_a_dateline_with_its_date_is_the_filing_place():
    found = places("NAIROBI, Sept 9 (Wire) - Gunmen attacked a bus near Garissa, Kenya, on Monday.")
    assert found["Nairobi"] == "filed from"
    assert found["Garissa"] == "incident area"


def test_a_big_city_places_the_article_in_its_country_and_spellings_are_read():
    # Afgooye (~65,000 people) is spelt "Afgoye" in English news; Mogadishu names its country
    text = "MOGADISHU - A bomb hit a convoy near Afgoye on Monday, officials said."
    found = find_places(make_document(text, "t"))
    assert [(m.name, m.surface, m.role) for m in found if m.country == "SOM"] == [
        ("Mogadishu", "MOGADISHU", "filed from"), ("Afgooye", "Afgoye", "incident area")]
    # without Mogadishu the country is not known: a mid-size city stays off the map
    assert "Afgooye" not in places("A bomb hit a convoy near Afgoye on Monday, officials said.")


def test_project_gazetteer_places_and_aliases():
    found = places("The Ishkobod border crossing on the border with Uzbekistan was attacked.")
    assert found["Ishkobod"] == "incident area"
    assert found["Uzbekistan"] == "incident area"


def test_mid_size_namesake_needs_its_country_named():
    # Springfield (a US city of ~160,000) in an article that names no country stays off the map
    assert "Springfield" not in places("Police in Springfield said two officers were wounded in the attack.")
    assert "Springfield" in places("Police in Springfield, United States, said two officers were wounded in the attack.")


def test_namesakes_resolve_to_the_country_the_article_names():
    found = find_places(make_document("A bomb exploded in Santa Ana, El Salvador, killing two people.", "t"))
    assert [(m.name, m.country) for m in found if m.name == "Santa Ana"] == [("Santa Ana", "SLV")]


def test_a_us_town_of_another_state_than_the_one_named_is_a_namesake():
    # Springfield of Illinois, Missouri and Massachusetts are all in the bundled data; the report
    # names Missouri, so it is Missouri's, and Dunmore (Pennsylvania) is not "Dunmore, Missouri"
    text = "A gunman opened fire in Springfield, Missouri, on Friday. He was from Dunmore, Missouri."
    found = find_places(make_document(text, "t"))
    assert [(m.name, m.lat is not None and 36 < m.lat < 38) for m in found if m.name == "Springfield"] == [
        ("Springfield", True)]
    assert "Dunmore" not in {m.name for m in found}
    assert "Dunmore" in places("A gunman opened fire in Dunmore, Pennsylvania, on Friday.")
    # "Washington" names the government more often than the state: no filter by it
    assert "Dunmore" in places("A gunman opened fire in Dunmore, United States, Washington said.")


def test_lower_case_words_are_not_places():
    assert places("the police said the attack was over.") == {}


def test_upper_case_wire_text():
    found = places("SAN SALVADOR, 12 JAN 90 -- A BOMB EXPLODED IN SANTA ANA, EL SALVADOR, KILLING TWO PEOPLE.")
    assert found.get("Santa Ana") == "incident area"


def test_map_embeds_its_base_map_and_fetches_nothing():
    rows = place_summary(find_places(make_document(
        "Gunmen attacked a checkpoint near Kandahar, Afghanistan. They came from Quetta, Pakistan.", "t")))
    html = charts.figure_html(charts.place_map(rows))
    assert "window.PlotlyGeoAssets.topojson['world_110m']=" in html
    assert '"type":"Topology"' in html
    assert "scattergeo" in html and "cdn.plot.ly" not in html


def test_place_distances_are_measured_from_is_a_reference_point():
    found = places("The clash occurred about 30 kilometres north of the capital, Kabul, officials said.")
    assert found["Kabul"] == "reference point"
    assert places("The clash occurred in Kabul, officials said.")["Kabul"] == "incident area"


def test_news_from_a_capital_is_not_the_attackers_origin():
    found = places("According to reports from Kabul, the attackers came from Kunduz Province.")
    assert found["Kabul"] == "mentioned"
    assert found["Kunduz Province"] == "origin of attackers"


def test_city_columns_are_cached_and_read_back_unchanged(tmp_path, monkeypatch):
    from briefing import places as module

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = module._city_index()
    cached = list((tmp_path / "briefing").glob("geonames-index-*.json"))
    assert len(cached) == 1
    assert module._city_index() == built  # the second call reads the cache
    cached[0].write_text("{not json", encoding="utf-8")
    assert module._city_index() == built  # a damaged cache is rebuilt, not trusted
    cached[0].write_text('{"surfaces": ["x"], "rows_of": []}', encoding="utf-8")
    assert module._city_index() == built  # so is one of the wrong shape


def test_small_town_in_a_named_country_is_the_incident_area():
    # Konduga (Nigeria, ~13,000 people) is below the city floor: taken in mixed-case text whose
    # article names its country, and preferred as the most specific incident place
    found = places("Two bombers attacked a market in Konduga, Nigeria, killing five people.")
    assert found["Konduga"] == "incident area"
    assert "Konduga" not in places("Two bombers attacked a market in Konduga, killing five people.")


def test_small_towns_need_a_name_standing_alone_and_mixed_case():
    # "Central" and "Humble" are US towns: not inside a longer capitalised run, not in wire capitals
    text = "Officials at the Central Bank in Houston, United States, said the attack was over."
    assert "Central" not in places(text)
    assert "Humble" not in places("A HUMBLE MAN FROM THE UNITED STATES WAS KILLED IN THE ATTACK.")
    assert places("Gunmen attacked a bank in Humble, United States.")["Humble"] == "incident area"


def test_a_shooting_or_a_kidnapping_locates_the_incident():
    assert places("A gunman opened fire in a cafe in Varna, Bulgaria, on Monday.")["Varna"] == "incident area"
    assert places("Armed men abducted 12 pupils in Kaduna, Nigeria.")["Kaduna"] == "incident area"


def test_a_located_incident_place_leaves_other_countries_as_mentioned():
    rows = place_summary(find_places(make_document(
        "Gunmen attacked a checkpoint near Kandahar, Afghanistan, on Monday. "
        "The attack shows the group is still strong in Pakistan, officials said.", "t")))
    roles = {r["name"]: r["role"] for r in rows}
    assert roles["Kandahar"] == "incident area"
    assert roles["Afghanistan"] == "incident area"
    assert roles["Pakistan"] == "mentioned"


def test_without_a_located_place_every_country_of_the_attack_stays_the_incident_area():
    roles = places("The attack on the border between Chad and Niger killed five soldiers.")
    assert roles["Chad"] == roles["Niger"] == "incident area"


def test_map_labels_of_neighbouring_places_are_merged():
    rows = place_summary(find_places(make_document(
        "Gunmen from Kunduz Province attacked a post in Kunduz, Afghanistan, and a school in Kabul. "
        "They came from Quetta, Pakistan.", "t")))
    fig = charts.place_map(rows)
    texts = [t for trace in fig.data if trace.type == "scattergeo" for t in trace.text if t]
    assert any("Kunduz" in t and "Kunduz Province" in t for t in texts)
    assert sum("Kunduz" in t for t in texts) == 1
    assert any("Quetta" in t for t in texts)


def test_a_map_label_moves_off_a_marker_it_would_cover():
    def row(name: str, lat: float, role: str) -> dict:
        return {"name": name, "lat": lat, "lon": 69.0, "country": "AFG", "kind": "city",
                "precision": "exact", "role": role, "sentence": "s", "sources": 1}

    def positions(rows: list[dict]) -> dict[str, str]:
        fig = charts.place_map(rows)
        return {t: p for trace in fig.data if trace.type == "scattergeo"
                for t, p in zip(trace.text, trace.textposition) if t}

    alone = positions([row("Alpha", 35.0, "incident area")])
    crowded = positions([row("Alpha", 35.0, "incident area"), row("Beta", 35.3, "mentioned")])
    assert alone["Alpha"] == "top center"
    assert crowded["Alpha"] != "top center"


def test_where_the_wounded_were_taken_is_not_the_incident_area():
    found = places("Nine people wounded in the attack in Kandahar, Afghanistan, were flown to Kabul for treatment.")
    assert found["Kandahar"] == "incident area"
    assert found["Kabul"] == "mentioned"


def test_a_dateline_with_the_agency_in_brackets_is_where_the_story_was_filed():
    found = places("KABUL, Afghanistan (Wire) — Gunmen attacked a checkpoint in Kandahar on Monday.")
    assert found["Kabul"] == "filed from"
    assert found["Kandahar"] == "incident area"


def test_a_context_place_in_view_is_labelled_where_room_is_left() -> None:
    def row(name: str, lat: float, lon: float, role: str) -> dict:
        return {"name": name, "lat": lat, "lon": lon, "country": "PAK", "kind": "city",
                "precision": "exact", "role": role, "sentence": "s", "sources": 1}

    fig = charts.place_map([row("Alpha", 30.0, 67.0, "incident area"),
                            row("Gamma", 33.0, 70.0, "context")])
    texts = [t for trace in fig.data if trace.type == "scattergeo" for t in trace.text if t]
    assert texts == ["Alpha", "Gamma"]
    # a context place out of the frame gets no label
    far = charts.place_map([row("Alpha", 30.0, 67.0, "incident area"),
                            row("Delta", -30.0, 150.0, "context")])
    assert [t for trace in far.data if trace.type == "scattergeo" for t in trace.text if t] == ["Alpha"]


def test_where_an_official_spoke_or_a_threatened_target_is_not_the_incident_area():
    found = places("Militants who were planning attacks on Kandahar were killed in an airstrike near "
                   "Lashkar Gah, Afghanistan, a spokesman told reporters in Kabul.")
    assert found["Lashkar Gah"] == "incident area"
    assert found["Kandahar"] == "mentioned"
    assert found["Kabul"] == "mentioned"
    # "says ... died in" is where they died, not where someone spoke
    assert places("Monitor says six died in Kandahar, Afghanistan, airstrike")["Kandahar"] == "incident area"


def test_a_dateline_line_of_its_own_and_a_distance_with_its_conversion():
    found = places("KABUL, March 3 (Wire) -\nAn airstrike hit a compound 40 km (25 miles) north of "
                   "Kandahar, Afghanistan, late on Tuesday.")
    assert found["Kabul"] == "filed from"
    assert found["Kandahar"] == "reference point"


def test_an_accented_two_city_dateline_and_a_source_located_in_a_capital():
    doc = make_document("NAIROBI / GARISSA - Gunmen attacked a bus near the Somali border on Monday, killing six.\n"
                        "A police source in Nairobi said the attack began at dawn.\n", "t")
    assert [m.role for m in find_places(doc) if m.name == "Nairobi"] == ["filed from", "mentioned"]
    got = places("BAMAKO - Gunmen attacked a convoy in Mali on Monday.\n"
                 "An official in Bamako said the attack killed six.\n")
    assert got["Bamako"] == "mentioned"
    assert places("DAKAR / SÃO DOMINGOS - Attack in Senegal.\n")["Dakar"] == "filed from"


def test_the_neighbour_across_a_border_is_a_reference_point():
    got = places("Gunmen attacked an army post in northern Burkina Faso, near the border with Niger, on Monday.")
    assert got["Burkina Faso"] == "incident area" and got["Niger"] == "reference point"
    # the neighbour named before the word: "near the Chad border", "east of the Chad border"
    assert places("Gunmen ambushed a Niger army patrol near Chad border on Friday.")["Chad"] == "reference point"
    got = places("The village sits in hills east of the Chad border where the group attacked a post in 2024.")
    assert got["Chad"] == "reference point"
    got = places("Gunmen attacked a post in Niger, in the border area with Chad and Libya, on Friday.")
    assert got["Chad"] == got["Libya"] == "reference point" and got["Niger"] == "incident area"
    # a border post in the country, not its neighbour: "the Chad border post" stays the place
    assert places("Gunmen attacked the Chad border post on Friday.")["Chad"] == "incident area"
    assert places("Gunmen attacked a patrol near the Chad border post on Friday.")["Chad"] == "incident area"


def test_an_unlocated_village_takes_the_country_it_lies_in_not_the_neighbour_it_lies_near():
    text = ("Gunmen ambushed a Niger army convoy near Chad border on Sunday. The convoy was ambushed near "
            "the village of Kourfa Nord, officials said.")
    found = [m for m in find_places(make_document(text, "t")) if m.name == "Kourfa Nord"]
    assert found and {m.country for m in found} == {"NER"}


def test_a_settlement_named_by_its_kind_is_kept_without_coordinates():
    text = ("NAIROBI, Kenya — Gunmen raided the farming village of Olkeri Tawa in Kenya on Sunday, killing "
            "four people. Olkeri Tawa lies on the road to the lake. The survivors were taken "
            "to hospitals in Nakuru.")
    found = find_places(make_document(text, "t"))
    olkeri = [m for m in found if m.name == "Olkeri Tawa"]
    assert {m.role for m in olkeri} == {"incident area", "mentioned"}
    assert {(m.kind, m.country, m.lat, m.precision) for m in olkeri} == {("village", "KEN", None, "not in the gazetteers")}
    rows = {r["name"]: r for r in place_summary(found)}
    assert rows["Olkeri Tawa"]["role"] == "incident area"
    assert rows["Nakuru"]["role"] == "mentioned"
    # a place the gazetteers have is not repeated as an unlocated one
    assert [m.precision for m in find_places(make_document("A bomb exploded in the city of Kandahar, Afghanistan.", "t"))
            if m.name == "Kandahar"] == ["exact"]
    # upper-case wire text gives no such signal
    assert not [m for m in find_places(make_document("GUNMEN RAIDED THE VILLAGE OF OLKERI TAWA.", "t"))
                if m.precision == "not in the gazetteers"]


def test_a_settlement_named_after_its_country_s_word_for_a_village():
    found = find_places(make_document(
        "COTABATO CITY — Gunmen ambushed an army truck in Barangay Lumbac Pinto on Friday, killing two soldiers. "
        "Militant groups have long been active in the south of the Philippines.", "t"))
    lumbac = [m for m in found if m.name == "Lumbac Pinto"]
    # the dateline's city files the report from the country the unlocated village is in
    assert [(m.kind, m.role, m.country) for m in lumbac] == [("village", "incident area", "PHL")]
    kibbutz = [m for m in find_places(make_document("Militants stormed Kibbutz Tel Hadar at dawn, killing four residents.", "t"))
               if m.name == "Tel Hadar"]
    assert [(m.kind, m.role) for m in kibbutz] == [("village", "incident area")]


def test_officials_in_a_place_speak_there_only_when_they_say_something():
    found = places("Gunmen stormed a hotel popular with officials in Kandahar, Afghanistan, on Monday, killing six people.")
    assert found["Kandahar"] == "incident area"
    assert places("Officials in Kabul said six people were killed in the attack.")["Kabul"] == "mentioned"
    # one who speaks anonymously, or goes on "saying", speaks where the sentence puts him
    assert places("A senior police official in Quetta, who spoke on condition of anonymity, blamed the bombing "
                  "on a banned group.")["Quetta"] == "mentioned"


def test_the_incident_place_names_an_unlocated_town_or_else_the_country(tmp_path):
    from briefing.pipeline import analyse

    (tmp_path / "a.txt").write_text(
        "Gunmen kill five in raid on Kenyan village\n\n12 March 2024\n\nGunmen raided the village of Olkeri "
        "Tawa in Kenya on Sunday, killing five people, police said.\n", encoding="utf-8")
    assert analyse(str(tmp_path)).incident_place == "Olkeri Tawa (village), Kenya"
    (tmp_path / "a.txt").write_text(
        "Gunmen kill five in Kenya\n\n12 March 2024\n\nGunmen attacked a farm in Kenya on Sunday, killing five "
        "people, police said.\n", encoding="utf-8")
    assert analyse(str(tmp_path)).incident_place == "Kenya"


def test_a_place_in_an_earlier_events_clause_is_that_events():
    from briefing.incidents import assign_incidents

    doc = make_document("Gunmen killed five soldiers near Gao, Mali, on Monday. It was the deadliest attack "
                        "since an ambush near Kidal in March 2022 killed 20 soldiers.", "t", "2024-05-08")
    scope = assign_incidents(doc)
    roles = {m.name: (m.role, m.incident) for m in find_places(doc, scope.of_sentence, scope.clauses)}
    assert roles["Gao"] == ("incident area", "main")
    assert roles["Kidal"][0] == "context" and roles["Kidal"][1] != "main"


def test_the_incident_place_is_the_one_the_reports_lead_with(tmp_path):
    """A settlement one report names by its kind is found by name alone in the others, and the
    town the reports open with wins over a located town told further down (the hospital's)."""
    from briefing.pipeline import analyse

    (tmp_path / "a.txt").write_text(
        "Gunmen kill six in raid on Kenyan town\n\n12 March 2024\n\nGunmen raided the town of Olkeri "
        "Tawa in Kenya on Sunday, killing six people, police said. The attackers had driven through Molo "
        "before the raid.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Six dead after raid near Olkeri Tawa\n\n13 March 2024\n\nThe raid near Olkeri Tawa on Sunday left "
        "six people dead, police said. After the attack the wounded were treated in Molo.\n",
        encoding="utf-8")
    analysis = analyse(str(tmp_path))
    rows = {r["name"]: r for r in analysis.places}
    assert (rows["Olkeri Tawa"]["sources"], rows["Olkeri Tawa"]["leads"]) == (2, 2)
    assert (rows["Molo"]["kind"], rows["Molo"]["role"], rows["Molo"]["leads"]) == ("town", "incident area", 0)
    assert analysis.incident_place == "Olkeri Tawa, Kenya"


def test_a_settlement_in_apposition_is_kept_and_a_killing_places_the_incident():
    found = find_places(make_document(
        "A man drove a van into shoppers in Oberwald, a small town in the hills, killing three people.", "t"))
    assert [(m.name, m.kind, m.role, m.precision) for m in found] == [
        ("Oberwald", "town", "incident area", "not in the gazetteers")]
    # a title in apposition is no settlement
    assert not find_places(make_document("Anna Berg, a town councillor in the hills, was stabbed.", "t"))


def test_an_unlocated_town_takes_its_country_from_the_report_that_names_it(tmp_path):
    from briefing.pipeline import analyse

    (tmp_path / "a.txt").write_text(
        "Market bombing kills nine\n\n7 May 2024\n\nA bomb killed nine people at the market in Sabzpur, a town "
        "in the hills, on Tuesday, police said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Toll from Sabzpur bombing rises\n\n8 May 2024\n\nThe toll from Tuesday's bombing in Sabzpur, in "
        "northern Pakistan, rose to 11, police said.\n", encoding="utf-8")
    assert analyse(str(tmp_path)).incident_place == "Sabzpur, Pakistan"


def test_an_unlocated_town_is_not_placed_in_the_country_of_a_government_that_speaks() -> None:
    """A capital whose government comments, a country named for its embassy or a person named
    like a city place nothing: the town keeps no country rather than a wrong one."""
    text = ("Gunmen seized the town of Velmora on Tuesday, killing four guards. Japan's foreign minister said "
            "in Tokyo that two Japanese engineers were among those held. Britain's Foreign Office said it was "
            "seeking information.")
    velmora = [m for m in find_places(make_document(text, "t")) if m.name == "Velmora"]
    assert velmora and {m.country for m in velmora} == {""}
    # filed from a big city, or the attack told in a named country: that country
    filed = "TOKYO, May 3 (Wire) - Gunmen seized the town of Velmora on Tuesday, killing four guards."
    assert {m.country for m in find_places(make_document(filed, "t")) if m.name == "Velmora"} == {"JPN"}
    told = ("Gunmen seized the town of Velmora in northern Kenya on Tuesday, killing four guards. "
            "Japan's foreign minister said in Tokyo that two Japanese engineers were among those held.")
    assert {m.country for m in find_places(make_document(told, "t")) if m.name == "Velmora"} == {"KEN"}


def test_an_unlocated_town_takes_the_country_most_reports_place_it_in() -> None:
    a = make_document("Gunmen seized the town of Velmora in Kenya on Tuesday, killing four guards.", "a")
    b = make_document("Six people were killed when gunmen stormed the town of Velmora in Kenya.", "b")
    c = make_document("DAR ES SALAAM, May 4 (Wire) - The siege of the town of Velmora left six dead.", "c")
    rows = {r["name"]: r for r in place_summary(find_places(c) + find_places(a) + find_places(b))}
    assert rows["Velmora"]["country"] == "KEN"


def test_country_names_news_uses_that_geonames_lacks_are_read() -> None:
    found = find_places(make_document("Gunmen attacked a village in eastern DR Congo on Monday.", "t"))
    assert [(m.name, m.country, m.kind) for m in found] == [("Democratic Republic of the Congo", "COD", "country")]
    assert {m.country for m in find_places(make_document(
        "A bomb exploded in Burma and another in Côte d'Ivoire, killing two.", "t"))} == {"MMR", "CIV"}


def test_a_big_city_named_by_a_spelling_variant_places_nothing_abroad() -> None:
    # "Mambasa" (a Congolese territory) is also a listed spelling of Mombasa, Kenya: it must
    # neither put Mombasa on the map nor place the article in Kenya
    text = "Gunmen attacked a camp for people displaced from Irumu and Mambasa territories, killing 20."
    assert places(text) == {}
    assert places("In DR Congo, gunmen attacked a camp in Mambasa territory, killing 20.") == {
        "Democratic Republic of the Congo": "incident area"}
    # by its own name the big city stays, and places its country
    assert places("A bomb hit a bus in Mombasa, killing two.") == {"Mombasa": "incident area"}


def test_a_month_or_weekday_is_no_place() -> None:
    # "Nov" is a town of Tajikistan, "August" one of the United States
    found = find_places(make_document("KABUL, Nov 4 (Wire) - A bomb killed a governor in Tajikistan in August.", "t"))
    assert {m.name for m in found} == {"Kabul", "Tajikistan"}


def test_a_town_that_ends_a_persons_or_a_buildings_name_is_no_place():
    # Ames (Iowa), Lere (Nigeria), Center (Texas): the last word of a longer capitalised name, or
    # a surname that speaks
    text = ("A gunman killed five people in Nigeria on Monday. Army spokesman Major Kabiru Lere said "
            "troops were deployed. Police Chief Gordon Ames confirmed the toll. Ames said two "
            "victims died at St. Brendan Regional Medical Center.")
    found = places(text)
    assert "Nigeria" in found and not {"Lere", "Ames", "Center"} & set(found)
    # a place after a preposition or a word that qualifies it stays a place
    assert "Kaduna" in places("Gunmen killed five people in Nigeria. They fled to Kaduna on Monday.")
    assert "Kaduna" in places("Gunmen killed five people in Nigeria, in Northern Kaduna.")
    # a big city inside a person's name, a name word on each side, is no place either
    found = places("Gunmen killed two people in Colombia. The other victim was Kevin Santiago Trochez, 16.")
    assert "Colombia" in found and "Santiago" not in found
    assert "Santiago" in places("Gunmen killed two people in Santiago on Monday.")


def test_a_town_name_that_starts_a_longer_arabic_name_is_no_place() -> None:
    from briefing.places import find_places
    from briefing.text import make_document

    doc = make_document("Militants attacked a checkpoint near Umm al-Kharez in Diyala province on Tuesday.", "t")
    assert "Umm" not in {p.surface for p in find_places(doc)}
    # a gazetteer's village of the first word neither: the whole name is the unlocated village
    found = find_places(make_document("Gunmen raided the village of Umm al-Safi in Iraq, killing three shepherds.", "t"))
    assert {(p.name, p.kind, p.role) for p in found if p.name.startswith("Umm")} == {("Umm al-Safi", "village", "incident area")}


def test_where_the_attackers_were_trained_is_their_origin() -> None:
    from briefing.places import find_places
    from briefing.text import make_document

    doc = make_document("Gunmen stormed a hotel in Kismayo, Somalia, on Saturday. The captured attacker said he was trained "
                        "and dispatched from the Jilib area before the attack on the hotel.", "t")
    roles = {p.surface: p.role for p in find_places(doc)}
    assert roles["Kismayo"] == "incident area" and roles["Jilib"] == "origin of attackers"


def test_a_common_word_at_a_sentences_head_is_no_small_town() -> None:
    doc = make_document("Naval units have suspended the search for two seafarers off the coast.", "x", "2026-02-13")
    assert all(m.name != "Naval" for m in find_places(doc))


def test_a_place_measured_from_at_sea_and_a_cause_named_are_no_incident_areas() -> None:
    from briefing.places import _role

    sentence = "The ship was hit about 51 nautical miles southwest of the port of Hodeidah on Tuesday."
    assert _role(sentence, sentence.find("Hodeidah"), "main") == "reference point"
    sentence = "The group has attacked 100 vessels, saying it is acting in solidarity with Palestinians in Gaza."
    assert _role(sentence, sentence.find("Gaza"), "main") == "mentioned"


def test_where_a_relative_speaks_from_is_no_incident_area() -> None:
    from briefing.places import _role

    sentence = "His brother, speaking by telephone from Nyeri, said the family had last heard from him before the attack."
    assert _role(sentence, sentence.find("Nyeri"), "main") == "mentioned"


def test_where_suspects_were_held_the_wounded_treated_or_a_route_runs_is_no_incident_area() -> None:
    got = places("Gunmen attacked the train in Pakistan, killing 20. Two suspects were later detained in Quetta. "
                 "Hospitals in Multan and Lahore declared an emergency after the attack. The train was travelling "
                 "from Peshawar to Karachi when the gunmen struck.")
    assert {got[n] for n in ("Quetta", "Multan", "Lahore", "Peshawar", "Karachi")} == {"mentioned"}


def test_a_pass_or_forest_named_by_its_kind_places_the_incident() -> None:
    found = find_places(make_document("Gunmen stopped the train near a tunnel in the Kelat Pass area on Tuesday, "
                                      "killing 20 passengers.", "t"))
    assert [(m.name, m.kind, m.role) for m in found if m.name == "Kelat Pass"] == [("Kelat Pass", "pass", "incident area")]


def test_a_news_outlet_named_after_a_town_and_a_lake_named_after_a_country_are_no_places() -> None:
    got = places("A Meridian photographer saw gunmen attack the mall, killing five, Meridian Wire Service reported.")
    assert "Meridian" not in got
    got = places("Militants attacked a base in the Lake Chad region of Nigeria, killing 12 soldiers.")
    assert "Chad" not in got and got["Nigeria"] == "incident area"


def test_a_us_state_places_an_american_town_in_its_country() -> None:
    got = find_places(make_document("A gunman killed four people at a mall in Springfield, Illinois, on Saturday.", "t"))
    assert {(m.name, m.country) for m in got} >= {("Illinois", "USA")}


def test_a_dateline_of_two_towns_in_capitals_before_a_colon_files_the_report() -> None:
    got = places("QUETTA / SIBI: The death toll from Tuesday's attack on the train in the Bolan Pass rose to 28.")
    assert got["Quetta"] == "filed from" and got["Sibi"] == "filed from"


def test_a_settlement_named_with_its_countrys_adjective_is_in_that_country() -> None:
    found = find_places(make_document("Rockets fired from southern Lebanon killed two civilians in the northern "
                                      "Israeli town of Kiryat Hadar on Sunday.", "t"))
    got = {m.name: (m.country, m.role) for m in found}
    assert got["Kiryat Hadar"] == ("ISR", "incident area") and got["Lebanon"] == ("LBN", "origin of attackers")


def test_a_settlement_keeps_the_country_its_adjective_gave_when_named_alone_or_in_another_report() -> None:
    from briefing.places import settlements_named

    first = ("Rockets fired from southern Lebanon killed two civilians in the northern Israeli town of Kiryat Hadar "
             "on Sunday. The mayor of Kiryat Hadar said the shelters were full.")
    second = "BEIRUT, April 19 - Rockets fired from Lebanon hit Kiryat Hadar on Sunday, the Lebanese army said."
    settlements = settlements_named([first, second])
    assert settlements["Kiryat Hadar"].country == "ISR"
    for text in (first, second):
        found = find_places(make_document(text, "t"), settlements=settlements)
        assert {m.country for m in found if m.name == "Kiryat Hadar"} == {"ISR"}


def test_a_region_named_after_its_town_and_a_firm_of_a_city_are_not_the_town_attacked() -> None:
    found = find_places(make_document("Gunmen stormed a hotel in Niamey on Friday. The group has attacked army posts "
                                      "in the western Tillabéri region. The ship's officer spoke to a Manila crewing "
                                      "agency after the attack.", "t"))
    got = {m.name: (m.kind, m.role) for m in found}
    assert got["Tillaberi"][0] == "province"
    assert got["Manila"][1] == "mentioned" and got["Niamey"][1] == "incident area"


def test_a_namesake_is_taken_in_the_country_the_report_is_mostly_about() -> None:
    text = ("A suicide car bomb hit a convoy near Nasirabad in Pakistan's Balochistan province on Tuesday. Police in "
            "Turbat and Quetta said five people died. Pakistan blamed militants it said were backed by India, which "
            "India rejected.")
    places = {m.name: m.country for m in find_places(make_document(text, "a", "2026-04-14"))}
    assert places["Nasirabad"] == "PAK"


def test_a_declaration_or_talks_named_after_a_city_are_no_place_of_the_attack():
    found = places("Fighters stormed the camp in North Darfur, in violation of the Jeddah Declaration. "
                   "Delegates had met at the Doha talks the week before.")
    assert "Jeddah" not in found and "Doha" not in found


def test_a_sea_named_after_a_place_is_not_the_place():
    got = places("A missile struck a tanker in the Gulf of Oman on Friday, about 40 km off Duqm.")
    assert "Oman" not in got
    assert "Guinea" not in places("Pirates attacked a tanker in the Gulf of Guinea on Friday.")


def test_a_time_zone_is_not_where_the_attack_was():
    got = places("The drone hit the ship at 2040 UTC, which was 23:40 in Yemen and 04:40 on Monday in Manila.")
    assert got["Manila"] == "mentioned"
    got = places("The ship was hit by a missile at around 4:40 a.m. Monday, Manila time, officials said.")
    assert got["Manila"] == "mentioned"
    # one clock time is the time of the attack in its place
    assert places("The bomb exploded at 10:40 in Kandahar, Afghanistan, on Monday.")["Kandahar"] == "incident area"


def test_a_place_the_group_controls_is_not_where_it_struck():
    got = places("The group, which controls Yemen's capital Sanaa, says its attacks on ships will go on.")
    assert got["Sanaa"] == "mentioned"


def test_a_state_named_after_its_capital_is_the_state():
    found = {m.name: m for m in find_places(make_document(
        "Gunmen stormed a party in the central state of Guanajuato, Mexico, on Saturday, killing 11.", "t"))}
    assert found["Guanajuato"].kind == "province"
    found = {m.name: m for m in find_places(make_document(
        "Gunmen killed 11 people in Mexico, Guanajuato state prosecutors said on Sunday.", "t"))}
    assert found["Guanajuato"].kind == "province"


def test_where_a_road_leads_is_near_the_attack_not_its_place():
    got = places("Gunmen attacked a house on the road to the village of Kurfi Dutse in Nigeria, killing six.")
    found = [m for m in find_places(make_document(
        "Gunmen attacked a house on the road to the village of Kurfi Dutse in Nigeria, killing six.", "t"))
        if m.name == "Kurfi Dutse"]
    assert found and found[0].role == "reference point"
    assert got["Nigeria"] == "incident area"


def test_an_owner_before_its_noun_is_no_settlement_named_by_its_kind() -> None:
    from briefing.places import _settlement_matches, _gazetteer

    text = "A grenade hit a bar in the northern Kamenge district of Arvelia's commercial capital on Saturday."
    assert [m.group("name") for m in _settlement_matches(text, _gazetteer())] == []
