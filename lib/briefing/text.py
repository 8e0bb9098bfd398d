"""Sentence segmentation with character offsets, shared by the casualty and attribution extractors."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

import pysbd


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article, with its offsets in the article text."""

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
def _segmenter() -> pysbd.Segmenter:
    # pysbd is rule-based (no model download) and keeps character spans, which evidence needs.
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences whose ``start``/``end`` index into ``text``.

    Line breaks always end a sentence (headlines, datelines and paragraphs carry no final stop).
    """
    sentences: list[Sentence] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            for span in _segmenter().segment(line):
                raw = span.sent
                stripped = raw.strip()
                if not stripped:
                    continue
                lead = len(raw) - len(raw.lstrip())
                start = offset + span.start + lead
                sentences.append(Sentence(len(sentences), stripped, start, start + len(stripped)))
        offset += len(line)
    return sentences


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
