"""Language identification of article text (py3langid: its model ships inside the wheel)."""
from __future__ import annotations

from functools import lru_cache

READ_LANGUAGES = frozenset({"en"})
"""Languages the extractors read; articles in other languages are listed, never mined."""


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
    return code
