

def test_a_groups_release_quoted_whole_blames_in_the_groups_voice() -> None:
    from briefing.extract import extract_document
    text = ("Hi desk,\n\nBelow is my translation of the group's communique.\n\n"
            "FRONT POPULAIRE POUR LA LIBERATION DU NORD (FPLN)\nHIGH COMMAND\n\nPRESS RELEASE No. 12/FPLN/2026\n\n"
            "1. The Popular Front for the Liberation of the North (FPLN) denies any involvement in the attack on the camp.\n\n"
            "2. According to our intelligence services, the attack was carried out by elements of the Kivu Defence Army.")
    doc = extract_document(text, article_id="fwd", published="2026-02-10")
    blame = [s for s in doc.attributions if s.group == "Kivu Defence Army"]
    assert blame and all(s.by == "Popular Front for the Liberation of the North" and s.stance == "attributed" for s in blame)
