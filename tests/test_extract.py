

def test_a_groups_release_quoted_whole_blames_in_the_groups_voice() -> None:
    from briefing.extract import extract_document
    text = ("Hi desk,\n\nBelow is my translation of the group's communique.\n\n"
            "FRONT POPULAIRE POUR LA LIBERATION DU NORD (FPLN)\nHIGH COMMAND\n\nPRESS RELEASE No. 12/FPLN/2026\n\n"
            "1. The Popular Front for the Liberation of the North (FPLN) denies any involvement in the attack on the camp.\n\n"
            "2. According to our intelligence services, the attack was carried out by elements of the Kivu Defence Army.")
    doc = extract_document(text, article_id="fwd", published="2026-02-10")
    blame = [s for s in doc.attributions if s.group == "Kivu Defence Army"]
    assert blame and all(s.by == "Popular Front for the Liberation of the North" and s.stance == "attributed" for s in blame)


def test_a_translated_release_without_its_acronym_speaks_for_the_group_up_to_its_end() -> None:
    from briefing.reconcile import forwarded_release, forwarded_release_end, statement_speakers
    from briefing.text import make_document

    text = ("NORTH MILITANCY MONITOR -- TRANSLATION SERVICE\nItem ref: NMM/2026/7\n\n------\n"
            "KORA LIBERATION FRONT\nCentral Media Wing\nStatement No. 14/2026\n------\n\n"
            "Our fighters detonated a bomb at the pass. At least 35 personnel of the enemy forces were killed.\n\n"
            "[ends]\n\n------\nNMM ANALYST COMMENT (not part of the statement)\n------\n\n"
            "Officials have said that 14 people were killed.")
    doc = make_document(text, "t", "2026-02-10")
    forwarded = forwarded_release(doc)
    assert forwarded is not None and forwarded[0] == "Kora Liberation Front"
    speakers = statement_speakers(doc)
    inside = [s.index for s in doc.sentences if "35 personnel" in s.text]
    after = [s.index for s in doc.sentences if "14 people" in s.text]
    assert inside[0] in speakers and after[0] not in speakers
    assert forwarded_release_end(doc, forwarded[1]) <= after[0]
    # an office's letterhead is no armed group's
    office = make_document("PUBLIC RELATIONS CELL\nPRESS RELEASE\nNo. 4\n\nTwo officers were killed.", "o", "2026-02-10")
    assert forwarded_release(office) is None
