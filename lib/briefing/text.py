"""Sentence segmentation with character offsets, shared by the casualty and attribution extractors."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from .paths import load_data


class Sentence(NamedTuple):
    """One sentence of an article, with its offsets in the article text."""

    # a named tuple: built for every sentence, about four times cheaper than a frozen dataclass

    index: int
    text: str
    start: int
    end: int


@dataclass
class Document:
    """An article ready for extraction: its text, publication date and sentences."""

    article_id: str
    text: str
    published: dt.date | None = None
    sentences: list[Sentence] = field(default_factory=list)


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    words = load_data("sentence_abbreviations.yaml")["abbreviations"]
    return frozenset(str(w).lower() for w in words)


# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace, then
# something that can open a sentence (a letter, digit, opening quote or bracket).
_BOUNDARY = re.compile(r"[.!?]+[\"'’”)\]]*(?=\s+[\"'‘“(\[]?[A-Z0-9À-Ý*])")
# The word before a full stop, read backwards from the stop (a searched "([\w.]+)$" would try,
# and backtrack from, every position before the word).
_LAST_WORD_REVERSED = re.compile(r"[\w.]+")


def is_abbreviation(line: str, dot: int) -> bool:
    """Whether the full stop at ``line[dot]`` closes an abbreviation or an initial."""
    if line[dot] != ".":
        return False
    m = _LAST_WORD_REVERSED.match(line[max(0, dot - 40):dot][::-1])
    if not m:
        return False
    word = m.group()[::-1].lower().strip(".")
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith", "B.U. Umar"
    if "." in word and all(len(p) <= 2 for p in word.split(".")):
        return True  # "U.S.", "a.m."
    if word in _NUMBERING:
        return line[dot + 1:dot + 4].lstrip()[:1].isdigit()  # "Battalion No. 1", not "he said no."
    return word in _abbreviations()


# abbreviations only before the number they introduce
_NUMBERING = frozenset({"no", "nos"})


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences whose ``start``/``end`` index into ``text``.

    Line breaks always end a sentence (headlines, datelines and paragraphs carry no final stop).
    Within a line a sentence ends at ``.``/``!``/``?`` (plus closing quotes) followed by a space
    and a capital, digit or opening quote, unless the stop closes an abbreviation or initial
    (data/sentence_abbreviations.yaml). A regular expression instead of pysbd: pysbd keeps long
    ALL-CAPS wire copy (MUC-4) as one "sentence" and costs ~40 ms per article.
    """
    sentences: list[Sentence] = []
    offset = 0
    for line in _blocks(text):
        if line.strip():
            start = 0
            for m in _BOUNDARY.finditer(line):
                if is_abbreviation(line, m.start()):
                    continue
                _add(sentences, line, start, m.end(), offset)
                start = m.end()
            _add(sentences, line, start, len(line), offset)
        offset += len(line)
    return sentences


def _blocks(text: str) -> list[str]:
    """The lines of ``text`` (with their line ends), where a hard-wrapped paragraph is one block:
    in a text whose lines are wrapped at a fixed width (an e-mail, a release typed at 72 or 80
    columns), a line filled to near the width runs on into the next one ("presumed members of the
    Grupo de / Delincuencia Organizada ..."), unless the next one opens a list item. Texts with a
    paragraph to a line are left as they are."""
    lines = text.splitlines(keepends=True)
    lengths = [len(line.rstrip()) for line in lines]
    body = [n for n in lengths if n >= 40]
    if len(body) < 5 or max(body) > 100:
        return lines
    width = max(body)
    if sum(1 for n in body if n >= 0.8 * width) < 0.5 * len(body):
        return lines  # (no wrap width: lines of every length)
    blocks: list[str] = []
    for k, line in enumerate(lines):
        if blocks and k > 0 and lengths[k - 1] >= 0.6 * width and line.strip() and lines[k - 1].strip() \
                and not _ITEM_START.match(line) \
                and not lines[k - 1].lstrip().startswith(("#", "|")) and not line.lstrip().startswith("|"):
            blocks[-1] += line
        else:
            blocks.append(line)
    return blocks


# a list item's opening: "- 6 (six) citizens ...", "• two soldiers", "1. On 19-04-2026 ..."
_ITEM_START = re.compile(r"\s*(?:[-–•*▪·]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")


def _add(sentences: list[Sentence], line: str, start: int, end: int, offset: int) -> None:
    raw = line[start:end]
    stripped = raw.strip()
    if stripped:
        lead = len(raw) - len(raw.lstrip())
        begin = offset + start + lead
        # (a wrapped line's end is a space in the sentence: its length, so its offsets, stay)
        text = stripped.replace("\r\n", "  ").replace("\n", " ").replace("\r", " ")
        sentences.append(Sentence(len(sentences), text, begin, begin + len(stripped)))


# Where a sentence's coordinated clauses join (", and", ", while", "; "): the unit in which
# cumulative statistics and dates of other events are read.
# a wire's note of what its version changes: "(Adds second death, Israeli air strike)", "(Updates
# death toll ...)", "UPDATES toll to 11 from at least 9, adds prosecutor statement": no statement of
# its own (the story below tells what it says)
VERSION_NOTE = re.compile(r"^\W*(?:\(\s*(?i:adds|updates|recasts|changes|corrects|rewrites|writes\s+through|removes|"
                          r"inserts|tops|new)\b|(?:UPDATES|ADDS|RECASTS|CORRECTS|REWRITES|TOPS)\b)")
CLAUSE_JOINT = re.compile(r"(?:,\s*(?:and|while|but|whereas)|;)\s+")


def fold(text: str) -> str:
    """Lower-case ``text`` keeping its length (so offsets into the fold are offsets into the text).

    Extractors match lower-case patterns on the fold: case-insensitive regular expressions are
    several times slower in Python's ``re``.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def alternation(phrases: list[str]) -> str:
    """A regular-expression alternation of literal ``phrases`` (a space matches any run of
    whitespace), tried in the order given, with shared leading characters factored out.

    ``alternation(["killing", "kills", "dead"])`` is ``kill(?:ing|s)|dead``: it matches exactly
    what ``killing|kills|dead`` matches, with the same preference, but Python's ``re`` tries one
    branch per distinct first character instead of every phrase at every position (a scan for
    the ~80 status-word stems is about twice as fast).
    """
    units = [tuple(r"\s+" if c == " " else re.escape(c) for c in p) for p in phrases]
    return _factor(units)


def _factor(seqs: list[tuple[str, ...]]) -> str:
    # Branches with different first units cannot match at the same position, so grouping them
    # keeps the order of preference; an empty branch (a phrase that ends here) matches anywhere,
    # so no group is moved across it.
    parts: list[str] = []
    groups: dict[str, list[tuple[str, ...]]] = {}

    def flush() -> None:
        for unit, rests in groups.items():
            head = [unit]
            while len(rests) > 1 and all(rests) and len({r[0] for r in rests}) == 1:
                head.append(rests[0][0])
                rests = [r[1:] for r in rests]
            if len(rests) == 1:
                parts.append("".join(head) + "".join(rests[0]))
            else:
                parts.append(f"{''.join(head)}(?:{_factor(rests)})")
        groups.clear()

    for seq in seqs:
        if seq:
            groups.setdefault(seq[0], []).append(seq[1:])
        else:
            flush()
            parts.append("")
    flush()
    return "|".join(parts)


def any_of(patterns: list[str]) -> re.Pattern[str]:
    r"""One pattern that matches wherever one of ``patterns`` matches, for yes/no tests only
    (which pattern matched, and its span, may differ from ``p1|p2|...``); the patterns must not
    share a group name.

    Patterns that start with a word boundary share one: ``\b(?:if\b...|no\s*$|...)`` tests the
    boundary once per position instead of once per pattern (about three times faster on the
    casualty context patterns, which are searched around every figure).
    """
    patterns = [factor_literals(p) for p in patterns]
    shares = [p.startswith(r"\b") and not _top_level_bar(p) for p in patterns]
    bounded = [p[2:] for p, share in zip(patterns, shares) if share]
    others = [p for p, share in zip(patterns, shares) if not share]
    parts = [rf"\b(?:{'|'.join(f'(?:{p})' for p in bounded)})"] if bounded else []
    parts += [f"(?:{p})" for p in others]
    return re.compile("|".join(parts))


# A group of plain words: "(?:could|would|might)" (not "\(?:", an escaped bracket).
_WORD_GROUP = re.compile(r"(?<!\\)\(\?:((?:[a-z0-9 '’]+\|)+[a-z0-9 '’]+)\)")


def factor_literals(pattern: str) -> str:
    r"""``pattern`` with each group of plain words factored as :func:`alternation` does
    (``(?:could|would|can)`` → ``(?:c(?:ould|an)|would)``); it matches exactly what ``pattern``
    matches, with the same preference. Python's ``re`` tries every word of a group in turn at
    each position; the void-context patterns run about a quarter faster factored."""

    def factored(m: re.Match[str]) -> str:
        words = m.group(1).split("|")
        return "(?:" + _factor([tuple(" " if c == " " else re.escape(c) for c in w) for w in words]) + ")"

    return _WORD_GROUP.sub(factored, pattern)


def _top_level_bar(pattern: str) -> bool:
    r"""Whether ``pattern`` is an alternation at its top level (``\bx|y``: the ``\b`` is x's only)."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 + (pattern[i + 1:i + 2] == "^")
            i += pattern[i:i + 1] == "]"  # a "]" first in a class is a literal
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ISO = re.compile(r"(\d{4})(?:-(0[1-9]|1[0-2])(?:-(\d{2}))?)?(?:[T ].*)?")


def date_words(iso: str | None, missing: str = "undated") -> str:
    """'2019-11-06' → '6 Nov 2019', '2019-11' → 'Nov 2019' (a time part is dropped; text that
    is no ISO date comes back as it is; None or '' → ``missing``)."""
    if not iso:
        return missing
    m = _ISO.fullmatch(iso.strip())
    if m is None:
        return iso
    year, month, day = m.groups()
    words = [str(int(day))] if day and month else []
    if month:
        words.append(_MONTH_ABBR[int(month) - 1])
    return " ".join(words + [year])


def parse_date(value: object) -> dt.date | None:
    """Read an ISO date (``2019-11-06``) or a date/datetime; anything else is None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def make_document(text: str, article_id: str = "doc", published: object = None) -> Document:
    """Build a :class:`Document` from raw text (never modified) and an optional publication date."""
    return Document(article_id, text, parse_date(published), split_sentences(text))
