"""Sentence splitting, case folding and the pattern helpers (phrase alternation, any_of) of text.py."""
from __future__ import annotations

import random
import re

import pytest

from briefing.text import alternation, fold, split_sentences


def test_sentences_keep_offsets_into_the_text() -> None:
    text = "Gunmen killed 4 people in St. Louis on Monday. Police said Mr. J. Smith fled.\nHEADLINE"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Gunmen killed 4 people in St. Louis on Monday.",
        "Police said Mr. J. Smith fled.",
        "HEADLINE",
    ]
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert [s.index for s in sentences] == [0, 1, 2]


def test_fold_keeps_length() -> None:
    text = "İSTANBUL: 3 KILLED"  # "İ".lower() is two characters
    assert len(fold(text)) == len(text)
    assert fold("THREE KILLED") == "three killed"


def test_alternation_factors_shared_prefixes() -> None:
    assert alternation(["killing", "kills", "dead"]) == "kill(?:ing|s)|dead"
    assert alternation(["shot dead", "shot"]) == r"shot(?:\s+dead|)"


@pytest.mark.parametrize("seed", range(20))
def test_alternation_matches_like_the_plain_alternation(seed: int) -> None:
    """Same matches, same preference, in any context, as ``a|b|c`` of the escaped phrases."""
    rng = random.Random(seed)
    letters = "ab d."
    phrases = list(dict.fromkeys(
        "".join(rng.choice(letters) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(1, 8))
    ))
    plain = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    factored = alternation(phrases)
    for context in (r"(?P<x>{})", r"\b(?P<x>{})(?!\w)", r"(?P<x>{})b", r"(?P<x>{})\s+d$"):
        a, b = re.compile(context.format(plain)), re.compile(context.format(factored))
        for _ in range(30):
            text = "".join(rng.choice(letters + "  ") for _ in range(rng.randint(0, 12)))
            assert [m.span("x") for m in a.finditer(text)] == [m.span("x") for m in b.finditer(text)], (
                phrases, text)


def test_last_word_read_backwards_is_the_searched_last_word() -> None:
    """``is_abbreviation`` reads the word before a stop backwards: the same word as a search of
    ``([\\w.]+)$`` (a line has no line break before its end)."""
    from briefing.text import _LAST_WORD_REVERSED

    plain = re.compile(r"([\w.]+)$")
    rng = random.Random(3)
    windows = ["", "Gen", "U.S", "said Mr", "at 5 p.m", "x ", "(a.b"]
    windows += ["".join(rng.choice("ab. 1_é,(") for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    for w in windows:
        m = plain.search(w)
        fast = _LAST_WORD_REVERSED.match(w[::-1])
        assert (m and m.group(1)) == (fast and fast.group()[::-1]), w


def test_any_of_says_yes_where_the_plain_alternation_does() -> None:
    """The context patterns share their leading word boundary: same yes/no answers as ``p1|p2``."""
    from briefing.paths import load_data
    from briefing.text import _top_level_bar, any_of

    assert _top_level_bar(r"\bx|y") and not _top_level_bar(r"\b(?:x|y)") and not _top_level_bar(r"\b[]|]x")
    contexts = load_data("casualty_contexts.yaml")
    groups = [contexts["void_before"], contexts["void_sentence"], contexts["void_after"],
              [r"\bno|one", r"\b[|]o", r"one\b", r"\bn(?:o|e)\s*$"]]
    rng = random.Random(5)
    words = "no one if of the to could kill ## in case event years since war sentenced , ; . x".split()
    for patterns in groups:
        plain = re.compile("|".join(f"(?:{p})" for p in patterns))
        fast = any_of(patterns)
        for _ in range(3000):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 9)))
            text = text[rng.randint(0, 3):]  # windows may start inside a word
            assert bool(plain.search(text)) == bool(fast.search(text)), (patterns, text)
            assert bool(plain.match(text)) == bool(fast.match(text)), (patterns, text)


def test_factor_literals_matches_like_the_pattern() -> None:
    """Word groups factored: the same matches (spans and groups) as the pattern as written."""
    from briefing.paths import load_data
    from briefing.text import factor_literals

    assert factor_literals(r"\b(?:could|would|can)\s") == r"\b(?:c(?:ould|an)|would)\s"
    assert factor_literals(r"\(?:a|b)") == r"\(?:a|b)"  # an escaped bracket is no group
    contexts = load_data("casualty_contexts.yaml")
    patterns = [*contexts["void_before"], *contexts["void_sentence"],
                r"(?P<w>threat(?:en|ened|ens|s)?) (?:to|of)\b", r"(?:a|ab|abc|b)(?:c|)"]
    rng = random.Random(3)
    words = "threat threaten threatened threats to of could would may in for the past years a ab abc b c ##".split()
    for pattern in patterns:
        plain, fast = re.compile(pattern), re.compile(factor_literals(pattern))
        for _ in range(500):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 8)))
            assert [(m.span(), m.groups()) for m in plain.finditer(text)] == \
                [(m.span(), m.groups()) for m in fast.finditer(text)], (pattern, text)


def test_date_words_by_precision() -> None:
    from briefing.text import date_words

    assert date_words("2019-11-06") == "6 Nov 2019"
    assert date_words("2019-11-06T08:30:00+00:00") == "6 Nov 2019"
    assert date_words("2019-11") == "Nov 2019"
    assert date_words("2019") == "2019"
    assert date_words(None) == "undated" and date_words("", missing="n/a") == "n/a"
    assert date_words("last week") == "last week"  # no ISO date: as it is


def test_a_numbering_abbreviation_ends_no_sentence_before_its_number() -> None:
    from briefing.text import split_sentences

    assert [s.text for s in split_sentences("Fighters of Battalion No. 3 attacked. It was night.")] == [
        "Fighters of Battalion No. 3 attacked.", "It was night."]
    assert [s.text for s in split_sentences("Asked whether he would stay, he said no. Then he left.")] == [
        "Asked whether he would stay, he said no.", "Then he left."]


def test_a_hard_wrapped_paragraph_is_read_as_running_text() -> None:
    # a release typed at a fixed width: the sentence runs over its line ends, a list item
    # starts a sentence of its own, and the offsets still index the text
    text = ("POLICE OF KELORA\n\n"
            "In the early hours of Monday, officers of the regional crime directorate carried\n"
            "out nine simultaneous raids in the northern districts of the city of Koro, after\n"
            "the attack on the bar on Saturday night in which ten people were killed.\n\n"
            "  - 6 (six) citizens were apprehended, presumed members of the Grupo de\n"
            "    Delincuencia Organizada \"Los Halcones\", which operates in the north of\n"
            "    the city, and were handed over to the prosecutor's office on Tuesday.\n"
            "  - 1 (one) police officer was wounded in the arm during the second raid.\n")
    sentences = split_sentences(text)
    assert [s.text[:20] for s in sentences] == [
        "POLICE OF KELORA", "In the early hours o", "- 6 (six) citizens w", "- 1 (one) police off"]
    wrapped = sentences[2]
    assert "Grupo de     Delincuencia" in wrapped.text and "\n" not in wrapped.text
    assert text[wrapped.start:wrapped.end].replace("\n", " ") == wrapped.text
    # a paragraph to a line, headline above it: every line its own, as before
    lines = "Gunmen kill ten in Koro bar\n" + ("Ten people were killed when gunmen opened fire in a bar. " * 3).strip() + "\n"
    assert [s.text for s in split_sentences(lines)][0] == "Gunmen kill ten in Koro bar"
