"""Number mentions: digits, words, compounds, vague quantities, ranges, qualifiers, articles."""
from __future__ import annotations

import pytest

from briefing.numbers import find_numbers, word_value


def _one(text: str):
    found = [n for n in find_numbers(text) if n.countable]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,200", 1200),
        ("Fifteen", 15),
        ("twenty-one", 21),
        ("twenty one", 21),
        ("one hundred and twelve", 112),
        ("three thousand", 3000),
        ("2.5 million", 2_500_000),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("two dozen", 24),
        ("three dozen", 36),
    ],
)
def test_word_value(text: str, value: int) -> None:
    assert word_value(text) == value


def test_words_in_a_sentence_keep_offsets() -> None:
    text = "Officials said Fifteen assailants died."
    n = _one(text)
    assert (n.value, n.kind) == (15, "words")
    assert text[n.num_start:n.end] == "Fifteen"


@pytest.mark.parametrize("text, value, span", [
    ("Six (6) persons lost their lives.", 6, "Six (6)"),
    ("Police said twenty-three (23) victims were rescued.", 23, "twenty-three (23)"),
    ("AT LEAST ELEVEN(11) PEOPLE DIED.", 11, "AT LEAST ELEVEN(11)"),
])
def test_words_then_the_same_digits_in_brackets_are_one_number(text: str, value: int, span: str) -> None:
    (n,) = [n for n in find_numbers(text) if n.countable]
    assert (n.value, n.text) == (value, span)


@pytest.mark.parametrize("text, value, span", [
    ("Troops neutralised 9 (nine) fighters.", 9, "9 (nine)"),
    ("- 21 (twenty-one) dead, including:", 21, "21 (twenty-one)"),
])
def test_digits_then_the_same_words_in_brackets_are_one_number(text: str, value: int, span: str) -> None:
    (n,) = [n for n in find_numbers(text) if n.countable]
    assert (n.value, n.text) == (value, span)
    assert [n.value for n in find_numbers("Police said 4 (five) men died.") if n.countable] == [4, 5]


def test_digits_in_brackets_that_differ_are_not_swallowed() -> None:
    assert [n.value for n in find_numbers("Eleven (12) people died.") if n.countable] == [11, 12]


def test_upper_case_words() -> None:
    assert _one("TWENTY-ONE PEASANTS WERE KILLED").value == 21


@pytest.mark.parametrize(
    ("text", "qualifier", "value", "high"),
    [
        ("at least 17 people", "at_least", 17, None),
        ("more than 20 people", "more_than", 20, None),
        ("about 40 people", "about", 40, 40),
        ("up to 200 people", "up_to", 200, 200),
        ("32+ people", "at_least", 32, None),
    ],
)
def test_qualifiers(text: str, qualifier: str, value: int, high: int | None) -> None:
    n = _one(text)
    assert (n.qualifier, n.value, n.high) == (qualifier, value, high)


def test_ranges() -> None:
    n = _one("15 to 20 people")
    assert (n.kind, n.low, n.high, n.value) == ("range", 15, 20, 15)
    n = _one("between 2,500 and 3,000 fighters")
    assert (n.low, n.high) == (2500, 3000)
    assert _one("two or three guards").high == 3


def test_a_count_changed_from_one_figure_to_another_is_no_range() -> None:
    found = find_numbers("raising the number of dead from 24 to 31")
    assert [(n.value, n.kind, n.countable) for n in found] == [(24, "digits", False), (31, "digits", True)]
    assert _one("from 10 to 12 people").kind == "range"


def test_vague_quantities_have_no_value() -> None:
    for text, floor in (("dozens of people", 24), ("scores of people", 40), ("hundreds of people", 200)):
        n = _one(text)
        assert n.value is None and n.low == floor and n.kind == "vague"


def test_article_with_person_noun_counts_one() -> None:
    found = find_numbers("as were a Tajik border guard and an employee of the ministry")
    arts = [n for n in found if n.kind == "article"]
    assert [n.value for n in arts] == [1, 1]
    assert [n.text for n in arts] == ["a", "an"]


def test_article_without_person_noun_is_not_a_number() -> None:
    assert find_numbers("a bomb exploded near a market") == []


@pytest.mark.parametrize(
    "text",
    [
        "in July 2018 it happened",  # a year
        "around 50 miles southwest",  # a distance
        "a 15-year-old boy",  # an age
        "Rodriguez Porth, 65, was killed",  # an age in apposition
        "Flight 351 was hijacked",  # a flight number
        "at 0700 the clashes began",  # a clock time
        "murdered at 1620 this afternoon",  # a clock time after "at"
        "two girls aged 6 and 4",  # ages
    ],
)
def test_numbers_that_are_not_counts(text: str) -> None:
    counts = [n for n in find_numbers(text) if n.countable and n.kind != "article"]
    assert all(n.value in (1, 2) and n.kind == "words" for n in counts), counts


def test_ordinals_and_decades_are_not_numbers() -> None:
    assert find_numbers("THE 6TH BRIGADE IN THE 1990s") == []


def test_word_before_finds_what_the_plain_search_finds() -> None:
    """The shortcut of ``_countable`` matches exactly like ``_WORD_BEFORE.search``."""
    import random

    from briefing.numbers import _WORD_BEFORE, _word_before

    rng = random.Random(7)
    alphabet = "ab.d or,and( [-1 2\n\t_é٣"
    windows = ["killed ", "flight ", "aged 6 and ", "route-", "at ", "(", "", "no. 12, ", "on 3 or "]
    windows += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(20000)]
    for window in windows:
        plain, fast = _WORD_BEFORE.search(window), _word_before(window)
        assert (plain is None) == (fast is None), window
        if plain is not None and fast is not None:
            assert (plain.span(), plain.group(1)) == (fast.span(), fast.group(1)), window


def test_last_word_reads_what_the_pattern_reads() -> None:
    """``_last_word`` (string operations where they suffice) returns ``_WORD_BEFORE``'s word."""
    import random

    from briefing.numbers import _WORD_BEFORE, _last_word

    rng = random.Random(11)
    alphabet = "kab.d or,and( [-1 2\n\t_é٣²x\xa0"
    windows = ["killed ", "flight ", "aged 6 and ", "route-", "at ", "(", "", "no. 12, ", "on 3 or ",
               "u.s. ", "and ", "from  ", "é٣ ", "x² ", "._ ", "wounded\n"]
    windows += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(30000)]
    # lists and words made of the letters of "and"/"or" ("aged 6 and", "on", "Bogota, 12,")
    pieces = ["and", "or", "on", "a", "nor", "door", "12", "5", "٣", ",", "killed", "bogota", "x.",
              "(", "-", " ", " ", "  ", "\t", "\n"]
    windows += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(30000)]
    for window in windows:
        plain = _WORD_BEFORE.search(window)
        assert _last_word(window) == (plain.group(1) if plain else None), window


def test_next_word_reads_what_the_pattern_reads() -> None:
    """``_next_word`` (string operations where they suffice) returns ``_WORD_AFTER``'s word,
    lower-case without trailing dots."""
    import random

    from briefing.numbers import _WORD_AFTER, _next_word

    rng = random.Random(13)
    alphabet = "pe.o l,;)-%'’ \n_é٣²\"xİ"
    windows = [" people", " dead.", " people, officials", " a.m.", " - 3", "", " ", ",", " o'clock",
               " dead.,", " x.,.", " p-2", " İx"]
    windows += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(30000)]
    for window in windows:
        plain = _WORD_AFTER.match(window)
        assert _next_word(window) == (plain.group(1).lower().rstrip(".") if plain else None), window


def test_a_year_before_a_count_is_not_a_list_item() -> None:
    from briefing.numbers import find_numbers

    found = find_numbers("In March 2016, three hikers were killed.")
    assert [(n.value, n.countable) for n in found] == [(2016, False), (3, True)]


@pytest.mark.parametrize(("text", "values"), [
    ("The blast wounded 1,500, officials said.", [1500]),
    ("TOLL: 2,300, THEN 2,410 DEAD", [2300, 2410]),
    ("Figures of 1,200, 300 and 4,500,000 were given.", [1200, 300, 4_500_000]),
])
def test_a_comma_after_thousands_is_punctuation(text: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(text) if n.countable] == values


_READER_SENTENCES = [
    "At least 1,200 people were killed and 2,500 wounded.",
    "Officials said twenty-three soldiers and one hundred and twelve civilians died.",
    "A dozen gunmen stormed the hotel; dozens of guests were hurt.",
    "Between 15 and 20 rebels, or 15 to 20 by another count, were captured.",
    "Some 32+ passengers and 5 or more crew members were missing.",
    "A border guard and an employee of the ministry were killed, as was his driver.",
    "Flight 351 crashed in 1990-91 at 1620, killing 7.5 percent of the 200 aboard.",
    "Rodriguez Porth, 65, was killed along with two bodyguards at 0700.",
    "THE 6TH BRIGADE REPORTED THIRTY-ONE DEAD AND SCORES OF WOUNDED.",
    "Another was hurt; a second died. Hundreds fled.",
    "No one was hurt.",
    "A bomb exploded near a market.",
    "2.5 million dollars and 3 million people, 15-20 dead, 5 - 3 score.",
]


@pytest.mark.parametrize("text", _READER_SENTENCES)
def test_word_set_only_skips_searches_that_cannot_match(text: str) -> None:
    """``find_numbers(text, words)`` (the sentence's word set at hand: the article search and the
    number words are then tried only where a word allows them) reads what the full reading
    reads."""
    from briefing.numbers import _find_numbers
    from briefing.text import fold
    from briefing.tokens import word_set

    assert _find_numbers(text, word_set(fold(text))) == _find_numbers(text)


def test_reader_kinds_in_one_sentence() -> None:
    text = "Between 15 and 20 rebels, a dozen soldiers, dozens of civilians and a border guard died."
    from briefing.text import fold
    from briefing.tokens import word_set

    found = [(n.kind, n.value, n.qualifier) for n in find_numbers(text, word_set(fold(text))) if n.countable]
    assert found == [("range", 15, "range"), ("phrase", 12, "exact"), ("vague", None, "exact"),
                     ("article", 1, "exact")]


def test_digits_without_number_words() -> None:
    """A sentence without number words is read by the digits-only scan (0-9): commas, decimals,
    scales and a digit glued to a word are read as by the full pattern."""
    from briefing.numbers import _find_numbers
    from briefing.text import fold
    from briefing.tokens import word_set

    text = "Police said 1,000,000 people, 2.5 million, 1990s and x5 killed 12,34 in 3 days."
    assert _find_numbers(text, word_set(fold(text))) == _find_numbers(text)
    assert [n.value for n in _find_numbers(text) if n.countable][:2] == [1_000_000, 2_500_000]
    other = "Police said ٣ people were killed."  # an Arabic-Indic digit: the full pattern reads it
    assert _find_numbers(other, word_set(fold(other))) == _find_numbers(other)


def test_masked_shares_the_reading() -> None:
    from briefing.numbers import masked

    shadow, at = masked("Gunmen killed 12 people and a guard.")
    assert shadow == "gunmen killed ## people and # guard."
    assert list(at) == [14, 28] and at[14].value == 12 and at[28].kind == "article"


def test_word_set_prefilter_decides_as_the_pattern() -> None:
    """In ASCII text the word set replaces the pre-filter pattern: random sentences with words
    glued to digits, "_" or non-ASCII letters read the same with and without the word set."""
    import random

    from briefing.numbers import _find_numbers
    from briefing.text import fold
    from briefing.tokens import word_set

    rng = random.Random(5)
    pieces = ["a", "an", "both", "several", "tens", "five", "x", "killed", "his driver", "people",
              "5", "_", "é", "٣", " ", " ", ", ", ".", "-", "Another", "A", "guard", "1,200", "or more"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        assert _find_numbers(text, word_set(fold(text))) == _find_numbers(text), text


def test_a_count_of_dozens_in_a_sentence_is_read_whole() -> None:
    n = _one("Some two dozen guests were dead.")
    assert (n.value, n.qualifier) == (24, "about")
    assert _one("Dozens of guests were dead.").value is None


def test_the_children_of_a_parent_are_not_counted() -> None:
    found = [n for n in find_numbers("a mother of three and a father of five") if n.kind != "article"]
    assert [(n.value, n.countable) for n in found] == [(3, False), (5, False)]


def test_names_on_a_list_are_no_count_unless_they_are_names_of_people() -> None:
    def digits(text: str) -> list[tuple[int | None, bool]]:
        return [(n.value, n.countable) for n in find_numbers(text) if n.kind != "article"]

    assert digits("a list of 11 names, including a teacher") == [(11, False)]
    assert digits("a list of 31 names of people killed") == [(31, True)]
