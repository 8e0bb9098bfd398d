"""Word sets and word gates (tokens.py): a gate never turns away a text its patterns match."""
from __future__ import annotations

import random
import re

import pytest

from briefing.tokens import WordGate, required_words, word_set


def test_word_set_is_the_runs_of_ascii_letters() -> None:
    assert word_set("twenty-one killed, 5 dead; café o'neill") == {
        b"twenty", b"one", b"killed", b"dead", b"caf", b"o", b"neill"}


@pytest.mark.parametrize("pattern, words", [
    (r"\bsince (?:19|20)\d\d\b", [{"since"}]),
    (r"\byears of (?:civil )?war\b", [{"years"}]),  # "war" may end the match: not certain
    (r"(?<![\w#])(?:killing|kills)\s+#+", [{"killing", "kills"}]),
    (r"\bno\s*$", [{"no"}]),
    (r"kill(?:ed|ing)", []),  # no boundary: "skilled" matches
    (r"\b(?:a|the)\s+\w+\s+was\b", [{"was"}, {"a", "the"}]),  # frequent words last
    # a lookahead that begins with a non-letter ends the word before it
    (r"\b(?:another|x\s+\w)(?=\s+was|\s*[.;]|\s*$)", [{"another", "x"}]),
    # the context of a group reaches inside it, past optional items
    (r"\ban\s+(?:(?:\w+\s+){0,2}?(?:man|woman))\b", [{"man", "woman"}, {"an"}]),
])
def test_required_words(pattern: str, words: list[set[str]]) -> None:
    assert [set(s) for s in required_words(pattern)] == words


def test_gates_are_necessary_conditions() -> None:
    """Random texts over a small vocabulary: wherever a pattern matches, its gate allows."""
    patterns = [
        r"\b(?:war|conflict)\b[^.]{0,40}\b(?:has|have) (?:left|killed)\b",
        r"\bin (?:the (?:last|past) )?(?:#+|\d+) (?:days|years)\b",
        r"(?P<num>#+) (?:[\w’'-]+ )?(?:gunmen|rebels) (?:had )?(?:stormed|attacked)\b",
        r"(?<=[a-z])(?:['’]s|(?<=s)['’])\s+(?:[a-z]+\s+)?(?:murder|killing)\b(?!\s+of\b)|\bthe\s+slain\s+\w+",
        r"\bno\s*$",
    ]
    vocab = ["war", "conflict", "has", "have", "left", "killed", "in", "the", "last", "past", "##", "12",
             "days", "years", "gunmen", "rebels", "had", "stormed", "attacked", "x", "romero's", "brothers'",
             "murder", "killing", "of", "slain", "no", "moreover", "nowar", "-", ",", "é"]
    rng = random.Random(7)
    for pattern in patterns:
        gate, regex = WordGate([pattern], glued=("more",)), re.compile(pattern)
        for _ in range(4000):
            text = "".join(rng.choice(vocab) + rng.choice([" ", " ", "", ", "]) for _ in range(rng.randint(1, 9)))
            if regex.search(text):
                assert gate.allows(word_set(text)), (pattern, text)


def test_glued_words_pass_the_gate() -> None:
    """"5 or moreover 3 years": a masked suffix may glue "more" before a required word."""
    gate = WordGate([r"\bover #+ years\b"], glued=("more",))
    assert gate.allows(word_set("5 or moreover 3 years"))
    assert not gate.allows(word_set("3 decades"))


def test_a_pattern_without_required_words_opens_the_gate() -> None:
    gate = WordGate([r"\bsince\b", r"[a-z]+ed"])
    assert gate.allows(word_set("nothing here"))


def test_a_gated_search_answers_as_the_patterns_searched_together() -> None:
    from briefing.text import any_of, fold
    from briefing.tokens import GatedSearch, word_set

    patterns = [r"\bsince (?:19|20)\d\d\b", r"\b(?:so far|to date) this year\b", r"\bin the (?:past|last) \w+ years\b",
                r"\bcombined\s+(?:death\s+)?toll\b"]
    gated, together = GatedSearch(patterns), any_of(patterns)
    for text in ("More than 400 people have died since 2019.", "Twelve were killed so far this year in the district.",
                 "In the past three years, 40 died.", "The combined death toll of the raids is 19.",
                 "Nine were killed on Monday.", "Since then nobody has died.", "The toll rose to 19 to date."):
        low = fold(text).lower()
        assert gated.search(low, word_set(low)) == (together.search(low) is not None), text
