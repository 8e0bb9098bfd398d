"""Language identification of article text (py3langid: its model ships inside the wheel)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

READ_LANGUAGES = frozenset({"en"})
"""Languages the extractors read; articles in other languages are listed, never mined."""


def language_name(code: str) -> str:
    """The English name of an ISO 639 code ("fr" → "French"), from Babel's CLDR data; the code
    itself when Babel does not know it."""
    from babel import Locale

    return Locale("en").languages.get(code.replace("-", "_"), code)


def not_read_reason(code: str) -> str:
    """The data-quality reason for an article in a language the extractors do not read."""
    read = ", ".join(sorted(language_name(c) for c in READ_LANGUAGES))
    return (f"language {language_name(code)} ('{code}'): the extractors read {read} only, so it is "
            "listed but not mined for figures")


# Below this many letters py3langid's character n-grams are easily swayed by names ("Goraždevac",
# "Séléka", "Derna"). A short text is read as English when it classifies as English with the
# diacritics of its names stripped, or when enough of its words are English function and news
# words that other languages do not share.
SHORT_TEXT_LETTERS = 400
ENGLISH_SHARE = 0.2
_ENGLISH_WORDS = frozenset(
    "the of and were was by with from which has have had been during least their his her after "
    "when people killed wounded injured dead at on were opened fire men women children suspected "
    "bomb bombing attack attacked".split())
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when there is too little text to tell.

    Upper-case text (wire copy such as MUC-4) is lower-cased first: the model is trained on
    mixed case and misreads shouting.
    """
    sample = text[:5000]
    letters = sum(ch.isalpha() for ch in sample)
    if letters < 20:
        return None
    if sample.upper() == sample:
        sample = sample.lower()
    code, _prob = _identifier().classify(sample)
    if code != "en" and letters < SHORT_TEXT_LETTERS:
        plain = unicodedata.normalize("NFKD", sample).encode("ascii", "ignore").decode()
        latin = sum(ch.isalpha() for ch in plain) >= 0.9 * letters  # not for Cyrillic, Arabic ...
        if latin and _identifier().classify(plain)[0] == "en":
            return "en"
        words = [w.lower() for w in _WORD.findall(sample)]
        if words and sum(w in _ENGLISH_WORDS for w in words) / len(words) >= ENGLISH_SHARE:
            return "en"
    return code
