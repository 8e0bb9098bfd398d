"""Language identification: short English texts with foreign names stay English; other
languages, short or long, are still recognised (sentences written for these tests)."""
from __future__ import annotations

import pytest

from briefing.language import detect_language


@pytest.mark.parametrize("text", [
    "At least 4 people die in truck bombing in Zliten",
    "Séléka fighters killed 12 villagers near Bangassou.",
    "Gunmen opened fire on Serbian pilgrims in Goraždevac, wounding two.",
    "9 men were executed, the Shabaab were suspected.",
])
def test_short_english_with_foreign_names_is_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text, code", [
    ("Der Anschlag auf die Polizeistation forderte drei Tote am Montag.", "de"),
    ("L'attaque contre le poste de police a fait trois morts lundi soir.", "fr"),
    ("El ataque contra la comisaría dejó tres muertos el lunes por la noche.", "es"),
    ("Нападение на пограничный пост: погибли 17 человек, сообщили власти.", "ru"),
])
def test_other_languages_are_still_recognised(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_too_little_text_has_no_language() -> None:
    assert detect_language("12 -- 4") is None


def test_the_reason_for_an_unread_article_names_its_language_in_words():
    from briefing.language import not_read_reason

    reason = not_read_reason("fr")
    assert reason.startswith("language French ('fr')")
    assert "English" in reason and "not mined" in reason
    assert "'xx'" in not_read_reason("xx")  # an unknown code is still shown, not dropped
