"""Per-format readers of the load stage: bytes → decoded text → raw articles with metadata.

Every reader returns plain :class:`RawArticle` records; ``load.py`` turns them into the article
table, applies the manifest, language, duplicates and limits. Readers never raise for bad
content: a file they cannot read comes back as one record with ``skip`` set to the reason.

HTML main text: trafilatura (``favor_precision``) was measured against readability-lxml on saved
news pages with menus, cookie banners, related links, footers and inline scripts. Both dropped
the scripts; readability kept a footer and glued a heading to its paragraph on a short page,
trafilatura kept clean paragraphs and dropped the menu, at about 1 ms per page for either.
trafilatura returns a menu as "main text" when a page has nothing else, so a page whose visible
text outside nav/header/footer/aside is empty is reported as having no article text.
"""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import email.utils
import io
import json
import logging
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .paths import load_data


FIELDS = ("text", "title", "published", "url", "outlet", "language", "id", "note", "file")


@lru_cache(maxsize=1)
def settings() -> dict[str, Any]:
    """The loader settings of ``data/load_columns.yaml`` (column aliases, formats, names)."""
    return load_data("load_columns.yaml")


def _key(name: str) -> str:
    return re.sub(r"[\s_\-]", "", str(name)).casefold()


def column_aliases(overrides: Mapping[str, list[str]] | None = None) -> dict[str, list[str]]:
    """Column aliases per field: the data file's, with ``overrides`` replacing whole lists."""
    aliases = {name: list(values) for name, values in settings()["columns"].items()}
    for name, values in (overrides or {}).items():
        aliases[name] = list(values)
    return aliases


# ---------------------------------------------------------------------------------------------
# Records


@dataclass
class RawArticle:
    """One article (or one unreadable file / row) as a reader found it, before the manifest."""

    text: str = ""
    meta: dict[str, Any] = field(default_factory=dict)  # title, published, url, outlet, language, id
    notes: list[str] = field(default_factory=list)  # informational, e.g. "decoded from cp1251"
    skip: str | None = None  # reason the item cannot be used, in plain words
    row: int | None = None  # 1-based record number inside a collection file
    derived: dict[str, str] = field(default_factory=dict)  # field -> where a value came from


# ---------------------------------------------------------------------------------------------
# Decoding

_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
)
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)


@dataclass
class Decoded:
    """Result of decoding a file's bytes: text, or the reason it is not text."""

    text: str | None
    encoding: str | None = None
    problem: str | None = None
    removed_controls: int = 0


# Unicode category Cc is exactly U+0000-U+001F and U+007F-U+009F.
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_STRAY_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all but tab and newline


def _looks_textual(text: str) -> bool:
    return len(_BINARY_CONTROLS.findall(text)) <= max(2, len(text) // 200)


def clean_text(text: str) -> tuple[str, int]:
    """NFC, Unix newlines, no BOM, no control characters except tab and newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = unicodedata.normalize("NFC", text)
    text, removed = _STRAY_CONTROLS.subn("", text)
    return text, removed


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode a file's bytes: BOM, then strict UTF-8, then ``declared``, then charset-normalizer.

    Returns ``Decoded`` with ``problem`` set ("binary file (...)", "unreadable encoding") when the
    bytes are not text. The text is NFC-normalised with ``\\n`` line ends.
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return Decoded(None, problem=f"binary file ({what})")
    text: str | None = None
    encoding: str | None = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data.decode(codec), re.sub(r"-(le|be|sig)$", "", codec)
            except UnicodeDecodeError:
                return Decoded(None, problem=f"unreadable encoding (invalid {codec} after its byte-order mark)")
            if codec.startswith("utf-8") and b"\x00" in data:
                return Decoded(None, problem="binary file (contains NUL bytes)")
            break
    if text is None and b"\x00" in data:
        # UTF-16 without a byte-order mark is the one text encoding full of NUL bytes.
        # Its NULs are the high bytes of ASCII characters: all at odd offsets (little-endian) or
        # all at even ones (big-endian). Binary data has them anywhere.
        even, odd = data[0::2].count(0), data[1::2].count(0)
        for codec, nuls, other, half in (("utf-16-le", odd, even, data[1::2]), ("utf-16-be", even, odd, data[0::2])):
            if len(data) % 2 == 0 and other == 0 and nuls >= 0.2 * len(half):
                try:
                    candidate = data.decode(codec)
                except UnicodeDecodeError:
                    continue
                if "\x00" not in candidate and _looks_textual(candidate):
                    text, encoding = candidate, codec
                    break
        if text is None:
            return Decoded(None, problem="binary file (contains NUL bytes)")
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    if text is None and declared:
        with contextlib.suppress(LookupError, UnicodeDecodeError, ValueError):
            text, encoding = data.decode(declared), declared.lower()
    if text is None:
        import charset_normalizer

        best = charset_normalizer.from_bytes(data).best()
        if best is None:
            return Decoded(None, problem="unreadable encoding")
        text, encoding = str(best), best.encoding
    if not _looks_textual(text):
        return Decoded(None, encoding=encoding, problem="binary file (control characters)")
    cleaned, removed = clean_text(text)
    return Decoded(cleaned, encoding, removed_controls=removed)


# ---------------------------------------------------------------------------------------------
# Metadata values


def clean_meta(value: Any, limit: int = 500) -> str | None:
    """A metadata value as one tidy line of text (None for empty, lists, mappings)."""
    if isinstance(value, Mapping):
        value = value.get("name") or value.get("title")  # news APIs: "source": {"name": ...}
    if value is None or isinstance(value, (list, tuple, set, dict, bytes)):
        return None
    if isinstance(value, float) and value != value:  # NaN
        return None
    text = unicodedata.normalize("NFC", str(value))
    text = "".join(ch if unicodedata.category(ch) != "Cc" else " " for ch in text)
    text = re.sub(r"\s+", " ", text).strip()
    return text[:limit] or None


def clean_url(value: Any) -> tuple[str | None, str | None]:
    """(url, problem): only http(s) URLs are kept, so a ``javascript:`` link never becomes one."""
    text = clean_meta(value, limit=2000)
    if text is None:
        return None, None
    if re.match(r"^https?://[^\s/$.?#][^\s]*$", text, re.IGNORECASE):
        return text, None
    return None, f"url ignored (not an http/https address): {text[:60]!r}"


def normalise_language(value: Any) -> str | None:
    """'en', 'EN', 'en-GB', 'English' → 'en'; None when empty or not recognisable."""
    text = clean_meta(value, limit=40)
    if not text:
        return None
    low = text.casefold()
    names = settings().get("language_names") or {}
    if low in names:
        return str(names[low])
    match = re.match(r"^([a-z]{2,3})(?:[-_][a-z0-9]+)*$", low)
    return match.group(1) if match else None


_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
    # the head of a release in Spanish, Portuguese or French: "Guayaquil, 16 de marzo de 2026",
    # "Maputo, 11 de Fevereiro de 2026", "Bunia, le 6 avril 2026" (read only with a day and a year)
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "novembro": 11, "dezembro": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}  # fmt: skip
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_PATTERNS = (
    # 2019-11-06, 2019-11-06T10:00:00Z, 2019/11/06
    (re.compile(r"(?<!\d)(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?!\d)"), "ymd"),
    # November 6, 2019 / Nov. 6 2019
    (re.compile(rf"\b(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.I), "mdy"),
    # 6 November 2019 / 6 Nov. 2019
    (re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?:de\s+)?(?P<mon>{_MONTH_RE})\.?,?\s+(?:de\s+)?(?P<y>\d{{4}})\b",
                re.I), "dmy"),
    # 09-Feb-2026, 09/Feb/2026
    (re.compile(rf"\b(?P<d>\d{{1,2}})[-/](?P<mon>{_MONTH_RE})[-/](?P<y>\d{{4}})\b", re.I), "dmy"),
    # 06.11.2019 (day first, as written where dots are used)
    (re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?![\d.])"), "dmy"),
    # 11/06/2019, 21-04-2026: only when one side is above 12, else ambiguous
    (re.compile(r"(?<![\d/-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d/-])"), "slash"),
)


def find_date(text: str) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """The first explicit calendar date in ``text``: (ISO date, problem, span).

    Only full dates with a year count; "11/06/2019" is reported as ambiguous, not guessed.
    """
    best: tuple[int, str | None, str | None, tuple[int, int]] | None = None
    for pattern, kind in _DATE_PATTERNS:
        match = pattern.search(text)
        if not match or (best is not None and match.start() >= best[0]):
            continue
        iso, problem = _date_from_match(match, kind, text[match.end():match.end() + 8])
        best = (match.start(), iso, problem, match.span())
    if best is None:
        return None, None, None
    return best[1], best[2], best[3]


# the Gregorian year in brackets after another calendar's: "15 October 2567 (2024)"
_GREGORIAN_AFTER = re.compile(r"\s*\((\d{4})\)")


def _date_from_match(match: re.Match[str], kind: str, after: str = "") -> tuple[str | None, str | None]:
    groups = match.groupdict()
    year = int(groups["y"])
    if year > 2100:
        # another calendar's year (the Thai solar year 2567 is 2024): its Gregorian year when the
        # text gives it in brackets, else no date
        given = _GREGORIAN_AFTER.match(after)
        if given is None or int(given.group(1)) > 2100:
            return None, f"year {year} of {match.group(0)!r} is not a Gregorian year"
        year = int(given.group(1))
    if kind == "slash":
        a, b = int(groups["a"]), int(groups["b"])
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            month, day = a, b
        else:
            return None, f"ambiguous date {match.group(0)!r} (day and month could be swapped)"
    else:
        month = _MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
        day = int(groups["d"])
    try:
        return dt.date(year, month, day).isoformat(), None
    except ValueError:
        return None, f"not a real date: {match.group(0)!r}"


def parse_published(value: Any) -> tuple[str | None, str | None]:
    """A metadata date value → (ISO date 'YYYY-MM-DD' or None, problem in plain words or None)."""
    if value is None or value == "":
        return None, None
    if isinstance(value, dt.datetime):
        return value.date().isoformat(), None
    if isinstance(value, dt.date):
        return value.isoformat(), None
    if isinstance(value, bool):
        return None, f"unreadable date {value!r}"
    if isinstance(value, (int, float)):
        seconds = float(value)
        if 1e12 <= seconds < 1e14:  # epoch milliseconds
            seconds /= 1000
        if 1e8 <= seconds < 1e11:
            return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date().isoformat(), None
        return None, f"unreadable date {value!r}"
    text = clean_meta(value, limit=100)
    if not text:
        return None, None
    with contextlib.suppress(TypeError, ValueError, IndexError, OverflowError):
        parsed = email.utils.parsedate_to_datetime(text)  # RFC 2822, as in RSS feeds
        if parsed is not None:
            return parsed.date().isoformat(), None
    iso, problem, span = find_date(text)
    if iso or problem:
        return iso, problem
    return None, f"unreadable date {text[:40]!r}"


# ---------------------------------------------------------------------------------------------
# Plain text: headline, dateline, explicit publication date

_DASH = r"(?:—|–|--| -(?= |$))"  # a hyphen between blanks, or ending a dateline line of its own
_AGENCY = re.compile(r"\s*\((?P<agency>[^()]{1,40})\)\s*$")
_LABELLED_DATE = re.compile(
    r"^\s*(?:first\s+)?(?:published|posted|issued|released|release|filed|transmitted|moved|sent|received|publication\s+date|date\s+published|date|"
    r"update\s+\d{1,2})\s*(?:on|:|-)?\s*(?P<rest>.{6,80})$",
    re.IGNORECASE,
)


# an editor's note in brackets that dates the text: "[Unofficial translation, published by the
# Correio de Pemba on 9 September 2024]"
_PUBLISHED_NOTE = re.compile(r"^\s*[\[(][^\])]{0,120}?\b(?:published|issued|released|posted)\b[^\])]{0,80}?"
                             r"\bon\s+(?P<rest>[^\])]{6,40})[\])]\s*$", re.IGNORECASE)


def looks_like_headline(line: str) -> bool:
    """Short, 2-25 words, no final sentence punctuation, not a byline or dateline."""
    line = line.strip()
    words = line.split()
    if not 2 <= len(words) <= 25 or len(line) > 200:
        return False
    if words[0].lower() == "by":  # a byline, not a headline
        return False
    if not any(ch.isalpha() for ch in line):
        return False
    tail = line.rstrip("\"'”’»)]")
    if not tail or tail[-1] in ".,;:" or tail.endswith(("—", "–", "-")):
        return False
    return find_dateline(line) is None


def find_dateline(line: str) -> dict[str, str | None] | None:
    """Recognise a dateline such as "KABUL, Afghanistan —" or "MOSCOW, Nov. 7, 2019 (Reuters) -".

    Returns ``{"place", "agency", "published", "raw"}`` (published only when a full date with a year
    is written), or None.
    """
    match = re.match(rf"^\s*(?P<head>[^\n]{{2,90}}?)\s*{_DASH}\s*", line)
    if not match:
        return _dated_dateline(line)
    head = match.group("head").strip()
    agency = None
    agency_match = _AGENCY.search(head)
    if agency_match:
        agency = agency_match.group("agency").strip()
        head = head[: agency_match.start()].strip()
    published, _problem, span = find_date(head)
    month_day = None
    if not span:
        # "MOGADISHU, March 12 (Horn Wire) -": a day without its year
        day = _MONTH_DAY.search(head)
        if day:
            month_day = _month_day(day)
            span = day.span() if month_day else None
    if span:
        head = (head[: span[0]] + head[span[1]:]).strip(" ,")
    # Remaining head: an upper-case place, optionally ", Region" parts ("KABUL, Afghanistan").
    parts = [p.strip() for p in head.split(",") if p.strip()]
    if not parts or len(parts) > 3:
        return None
    first = parts[0]
    letters = [ch for ch in first if ch.isalpha()]
    if len(letters) < 2 or first.upper() != first or len(first.split()) > 4:
        return _dated_dateline(line)
    for part in parts[1:]:
        if not part[0].isupper() or len(part.split()) > 4 or not any(ch.isalpha() for ch in part):
            return None
    return {
        "place": ", ".join(parts),
        "agency": agency,
        "published": published,
        "month_day": month_day,
        "raw": match.group(0).strip(),
    }


# The place of a dateline in any case, with its region in brackets or after commas: "Dhanwar/Jammu",
# "PIEDRALUNA (Cauca)", "Tepetates, Gto.", "Bogotá D.C."
_DATELINE_PLACE = re.compile(
    r"^\s*(?P<place>[^\W\d_][\w.'’/\-]*(?:(?:\s+|\s*/\s*)(?:[^\W\d_][\w.'’/\-]*|de|del|la|el|al|do|da))*"
    r"(?:\s*\([^()\n]{1,30}\))?(?:,\s*[^\W\d_][\w.'’\-]*(?:\s+[^\W\d_][\w.'’\-]*){0,3}){0,2}),\s*"
    # ("Quetta, the 10th February, 2026": a letter's date after its place)
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+|the\s+)?$", re.IGNORECASE)
# What ends a dateline told by its date: a dash, a colon, ".-" (as Spanish papers write it), the
# line's end, or after the agency in brackets the first word of the story.
_DATELINE_END = re.compile(r"\s*(?:\((?P<agency>[^()\n]{1,40})\))?(?:\s*(?:[—–:]|--|\.-|-(?=\s))\s*|\s*\.?\s*$"
                           r"|(?<=\))\s+(?=[\"“‘'A-Z]))")


# first words of a phrase before a date that is no place: "On Monday, March 9: ..."
_NOT_PLACE_FIRST = frozenset("on in at by since until from last this next early late the a".split())


_PLACE_CONNECTORS = ("de", "del", "la", "el", "al", "do", "da")


def _place_before_date(prefix: str) -> str | None:
    """The place of ``prefix``, the text before a date, when it is nothing but a place in
    capitals or title case and a comma (a weekday may follow): "Dhanwar/Jammu, ", "PIEDRALUNA
    (Cauca), Tuesday ", "Bogotá D.C., "; None for anything else ("On Monday, ")."""
    place = _DATELINE_PLACE.match(prefix)
    if place is None:
        return None
    words = re.findall(r"[^\W\d_][\w.'’/\-]*", re.sub(r"\([^()]*\)", "", place.group("place")))
    if not words or words[0].lower() in _NOT_PLACE_FIRST or len(words) > 6 \
            or not all(w[0].isupper() or w in _PLACE_CONNECTORS for w in words):
        return None
    return place.group("place").strip()


def _dated_dateline(line: str) -> dict[str, str | None] | None:
    """A dateline without a dash, told by its date right after the place: "Dhanwar/Jammu, Oct 16
    (NNS) Three soldiers ...", "DHANWAR, October 17: Two more ...", "Tepetates, Gto., March 10,
    2025.- Rises ...", "PIEDRALUNA (Cauca), Tuesday 14 October 2025." (the same dict as
    :func:`find_dateline`). Each place word is capitalised: a sentence never reads so."""
    head = line[:120]
    published, _problem, span = find_date(head)
    month_day = None
    if span is None or span[0] > 70:
        day = _MONTH_DAY.search(head, 0, 70)
        if day is None or (month_day := _month_day(day)) is None:
            return None
        published, span = None, day.span()
    place = _place_before_date(line[:span[0]])
    end = _DATELINE_END.match(line, span[1])
    if place is None or end is None:
        return None
    return {
        "place": place,
        "agency": end.group("agency").strip() if end.group("agency") else None,
        "published": published,
        "month_day": month_day if published is None else None,
        "raw": line[:end.end()].strip(),
    }


# A day and month without a year: "March 12", "Nov. 7", "12 March"
_MONTH_DAY = re.compile(
    rf"\b(?:(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{_MONTH_RE})\.?)(?![\w])", re.I)


def _month_day(match: re.Match[str]) -> str | None:
    """"MM-DD" of a ``_MONTH_DAY`` match, None when no year has that day (31 February)."""
    month = _MONTHS[(match.group("mon") or match.group("mon2")).lower()]
    day = int(match.group("d") or match.group("d2"))
    try:
        dt.date(2000, month, day)  # a leap year: 29 February is a day
    except ValueError:
        return None
    return f"{month:02d}-{day:02d}"


def year_for_day(month_day: str, near: list[str]) -> str | None:
    """The ISO date of ``month_day`` ("03-12") in the year that puts it closest to the dates
    ``near`` (ISO days of the other articles of the set), None without them or when that day is
    more than 120 days from their middle (then the year is not evident)."""
    days = sorted(dt.date.fromisoformat(d[:10]) for d in near if d and len(d) >= 10)
    if not days:
        return None
    middle = days[len(days) // 2]
    month, day = (int(x) for x in month_day.split("-"))
    best: dt.date | None = None
    for year in (middle.year - 1, middle.year, middle.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # 29 February of a common year
            continue
        if best is None or abs(candidate - middle) < abs(best - middle):
            best = candidate
    if best is None or abs(best - middle).days > 120:
        return None
    return best.isoformat()


def _first_lines(text: str, count: int) -> list[str]:
    return [line for line in text.split("\n") if line.strip()][:count]


_SENTENCE_CLOSE = re.compile(r"[.!?]\s*$")
# a translator's or editor's note in brackets at the head of a release: "[Unofficial English
# translation ...]", "(Unofficial English translation)"
_NOTE_LINE = re.compile(r"^\s*[\[(].*[\])]\s*$")
# a translation's note heading a text: "UNOFFICIAL TRANSLATION FROM RUSSIAN", "Translation from the French"
_TRANSLATION_NOTE = re.compile(r"^\W*(?:(?:unofficial|informal|official|machine|courtesy)\s+)?(?:english\s+)?translation"
                               r"(?:\s+(?:from|of)\s+(?:the\s+)?[A-Za-z]+(?:\s+original)?)?\W*$", re.IGNORECASE)
# what a translator's note tells of the original's date: "issued ... on 9 March 2026", "read on
# national television on the evening of 3 February 2026"
# ("circulated by the Government Information Service, Ouagadougou, 12 February 2026": the date closing the note)
_ISSUED_ON = re.compile(r"\b(?:issued|published|released|read|broadcast|posted|dated|circulated|distributed)\b"
                        r"(?:[^.\]]{0,80}?\bon\s+|[^.\]]{0,140}?,\s+)"
                        r"(?:the\s+(?:evening|morning|afternoon|night)\s+of\s+)?"
                        r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|"
                        r"[A-Z][a-z]+\s+\d{1,2},?\s+\d{4})")


# a bracketed note over several lines that tells of a translation
_NOTE_BLOCK = re.compile(r"(?m)^\s*\[[^\]\[]{0,600}?\btranslat[^\]\[]{0,600}\]")


def _joined_head(text: str, count: int) -> list[str]:
    """The first ``count`` non-empty lines of a release's head, with each block of lines that
    wraps one item joined into one line: a bracketed note run over two lines ("[Unofficial ...
    / ... prevails.]"), a subject wrapped in capitals or indented ("SUBJECT: PROGRESS IN ... /
    (indented) GATHERING AT TANGI ...", "POLICE APPREHEND SIX ... / MURDER AT A NIGHT-TIME ...")."""
    out: list[str] = []
    lines = text.split("\n")
    k = 0
    labelled = False  # (the letterhead's lines above the label are each an item)
    while k < len(lines) and len(out) < count:
        line = lines[k].rstrip()
        k += 1
        if not line.strip():
            continue
        if line.lstrip().startswith(("[", "(")) and not line.rstrip().endswith(("]", ")")):
            while k < len(lines) and lines[k].strip() and not line.endswith(("]", ")")) and len(line) < 400:
                line += " " + lines[k].strip()
                k += 1
        elif _SUBJECT_LINE.match(line) or (labelled and line.isupper() and len(line.strip()) > 40):
            # a wrapped subject or headline: lines that go on in capitals, or indented under it
            while k < len(lines) and lines[k].strip() and len(line) < 300 and (
                    lines[k][:1].isspace() and not lines[k].strip()[:1].isdigit()
                    or lines[k].isupper() and line.isupper()
                    # a subject typed at a fixed width runs on: "RE: Terror attack at ... - identity of /
                    # the terrorists and findings ..."
                    or _SUBJECT_LINE.match(line) and not _SENTENCE_CLOSE.search(line)) and not _LABEL_LINE.match(lines[k]):
                line += " " + lines[k].strip()
                k += 1
        labelled = labelled or bool(_RELEASE_LABEL.match(line))
        out.append(line.strip())
    return out


def date_from_text(text: str) -> tuple[str | None, str | None]:
    """A publication date the text states explicitly: (ISO date, where it was found) or (None, None).

    Only a labelled line near the top or bottom ("Published: 7 November 2019") counts; the
    dateline date is handled by :func:`find_dateline`. Dates inside sentences are never used:
    they are usually event dates.
    """
    lines = [line for line in text.split("\n") if line.strip()]
    # (an official release's letterhead may run to ten lines before its "Date:" line)
    for line in lines[:12] + lines[-4:]:
        # (each part of a line parted by bars: "Reporting period: 6-10 May | Issued: 11 May 2024")
        # (and by wide gaps: "No. 2231/PRO/CTD          Dated: 21-04-2026")
        iso = next((d for part in _LINE_PARTS.split(line) if (d := _labelled_date(part))), None)
        if iso is None and (note := _PUBLISHED_NOTE.match(line)) is not None:
            iso = find_date(note.group("rest"))[0]
        if iso:
            return iso, f"date from the text ({line.strip()[:60]!r})"
    # A line of its own in the head that is nothing but a date (and perhaps a time, a place or a
    # byline between bars: "Staff Reporter | March 15, 2024", "Hat Yai | Tuesday, October 15,
    # 2024 | Deep South") is the publication date; so is a letter's "Bogotá D.C., 13 October 2025".
    for line in lines[:16]:  # (a release's letterhead and label may run to a dozen lines)
        iso = _bare_date(line)
        if iso:
            return iso, f"date line under the headline ({line.strip()[:60]!r})"
    return None, None


_LINE_PARTS = re.compile(r"\s*\|\s*|\s{3,}|\s+/\s+")


def _labelled_date(line: str) -> str | None:
    """The ISO date of a labelled date line ("Published: 7 November 2019"), else None."""
    match = _LABELLED_DATE.match(line) if len(line) <= 100 else None
    return find_date(match.group("rest"))[0] if match else None


def _bare_date(line: str) -> str | None:
    """The ISO date of a line that is nothing but a date (with a weekday, a time, a byline
    before a bar), else None."""
    if len(line) > 100:
        return None
    for part in _LINE_PARTS.split(line):
        iso, _problem, span = find_date(part)
        if not (iso and span):
            continue
        rest = part[span[1]:].strip()
        if _DATE_LINE_REST.fullmatch(rest + " " + part[:span[0]].strip()) \
                or _DATE_LINE_REST.fullmatch(rest) and _place_before_date(part[:span[0]]) is not None:
            return iso
    return None


# What may stand beside the date on a date line: weekday, time, time zone, "updated".
_DATE_LINE_REST = re.compile(
    r"[\s,.:|·•\-–—()/]*(?:(?:updated|published|posted|on|at|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|mon|tue|wed|thu|fri|sat|sun|am|pm|a\.m\.|p\.m\.|gmt|utc|[a-z]{2,4}t|\d{1,2}[:.h]\d{2}(?:am|pm|h)?|hrs|hours|local\s+time|"
    # "10:00 Kabul time"
    r"[a-z]+\s+time|"
    # an ISO 8601 time right after the date: "2026-07-12T17:32:10Z", "T09:15:00+02:00"
    r"t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+\-]\d{2}:?\d{2})?|\d{1,2}:\d{2}:\d{2}|"
    # a wire's time in four digits before its zone: "1305 GMT 11 Mar 2026"
    r"[0-2]\d[0-5]\d(?=\s*(?:gmt|utc|z\b|[a-z]{2,4}t\b)))"
    r"\b[\s,.:|·•\-–—()/]*)*", re.IGNORECASE)


_BYLINE = re.compile(r"^\s*by\s+[^,|]{2,60}[,|]\s*(?P<outlet>.+?)\s*$", re.IGNORECASE)
_BYLINE_ROLE = re.compile(r"\b(?:correspondents?|reporters?|staff|writers?|editors?|desk|bureau|contributors?)\b",
                          re.IGNORECASE)
_NAME_SMALL_WORDS = frozenset({"of", "the", "and", "for", "de", "del", "al", "el", "la", "le", "du", "des", "et", "&", "-", "–"})


def masthead_outlet(text: str) -> str | None:
    """The outlet a plain-text article names on a line of its own between its headline and its
    date line: "Sahel Wire", "Khyber Pakhtunkhwa Police" (a press release), or the outlet after a
    byline ("By Ibrahim Sule, Northern Ledger"). A short name in title case, no digits and no
    sentence punctuation; None for anything else (a deck, a byline without an outlet)."""
    lines = _first_lines(text, 5)
    for k in range(2, len(lines)):
        if not (_labelled_date(lines[k]) or _bare_date(lines[k])):
            continue
        candidate = lines[k - 1].strip()
        if _BYLINE_ROLE.search(candidate) and k >= 3:
            candidate = lines[k - 2].strip()  # "The Frontier Chronicle" / "Our Correspondent"
        byline = _BYLINE.match(candidate)
        if byline:
            candidate = byline.group("outlet")
        elif candidate.lower().startswith("by ") or _BYLINE_ROLE.search(candidate):
            return None  # "By Staff Reporter": a byline, no outlet
        words = candidate.split()
        if 1 <= len(words) <= 6 and not any(ch.isdigit() for ch in candidate) \
                and candidate[-1:] not in ".,;:!?" and find_dateline(candidate) is None \
                and all(w[:1].isupper() or w.lower() in _NAME_SMALL_WORDS for w in words):
            return candidate
        return None
    return None


def outlet_line(line: str) -> bool:
    """Whether a line of its own names an outlet: one to five capitalised words, no digits and no
    punctuation at the end, the last word an ``outlet_name_words`` word ("SOUTHEAST ASIA
    NEWSWIRE", "The Sahel Wire"); or such a name beside its acronym or its desk ("PAWS |
    PAN-AFRICAN WIRE SERVICE", "CPA -- CONTINENTAL PRESS AGENCY -- ENGLISH WORLD SERVICE"), or
    before the time stamp of the story ("SWS WORLD NEWS SERVICE      2026-07-12T17:32:10Z")."""
    return outlet_of_line(line) is not None


def outlet_of_line(line: str) -> str | None:
    """The outlet's name on a line that :func:`outlet_line` accepts, else None."""
    line = line.strip()
    stamped = _STAMPED_OUTLET.match(line)
    if stamped is not None and (_bare_date(stamped.group("rest")) or find_date(stamped.group("rest"))[2]):
        return stamped.group("name")  # "CEP 13.12.2025 22:48 GMT", "PAP-- 11/03/2026 14:52 GMT"
    gap = _WIDE_GAP.search(line) or _DATED_GAP.search(line)
    name, rest = (line[:gap.start()], line[gap.end():]) if gap else (line, "")
    if rest and not (_bare_date(rest) or _labelled_date(rest)):
        return None
    parts = _OUTLET_SUFFIX.split(name)
    if _outlet_name(parts[0]):
        return parts[0]  # "WEST AFRICA PRESS AGENCY (WAPA) -- WIRE SERVICE"
    named = [p for p in parts if _outlet_name(p)]
    # (every other part an acronym or a desk in capitals: not a headline before " - Daily News")
    if named and all(_outlet_name(p) or (p.isupper() and not any(ch.isdigit() for ch in p)) for p in parts):
        return named[0]
    return None


_WIDE_GAP = re.compile(r"\s{3,}")
# two blanks before a date: "MPA WORLD NEWS SERVICE  25-Apr-2026 13:47 GMT"
_DATED_GAP = re.compile(r"\s{2}(?=\d{1,2}[-./ ](?:\d{1,2}|[A-Za-z]{3,9})[-./ ]\d{2,4}\b)")
# a wire's acronym, then the time stamp of its story
# ("HWS-EN  07-Mar-2026 05:12 GMT": the acronym with its language's code)
_STAMPED_OUTLET = re.compile(r"^(?P<name>[A-Z]{2,6}(?:-[A-Z]{2})?)(?:\s*-{1,2})?\s+"
                             r"(?P<rest>\d{1,2}(?:[./]\d{1,2}[./]|-[A-Za-z]{3}-)\d{2,4}\b.*)$")


def _outlet_name(line: str) -> bool:
    """:func:`outlet_line` of one name (no separator)."""
    line = _OWN_ACRONYM.sub("", line)  # "SOUTH ASIA PRESS AGENCY (SAPA)"
    words = line.split()
    if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in line) or line.rstrip()[-1:] in ".,;:!?\"'”’-—–":
        return False
    if not all(w[:1].isupper() or w.lower() in _NAME_SMALL_WORDS for w in words):
        return False
    return words[-1].strip("()[]").lower() in _outlet_words()


_OWN_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z&]{1,9}\)\s*$")
# "PRESS RELEASE", "News release", "MEDIA STATEMENT" on a line of its own; the labelled lines
# under it ("REF: ZPC/PR/118", "Release No.: 42", "FOR IMMEDIATE RELEASE")
_RELEASE_LABEL = re.compile(
    r"^\W*(?:(?:official\s+)?(?:press|news|media)\s+(?:release|statement|briefing(?:\s+notes?)?|bulletin|communiqu[eé]|note)|"
    r"(?:(?:official|government|governmental|ministerial|military|army|police|joint)\s+)?communiqu[eé](?:\s+de\s+presse|\s+radio-presse|\s+officiel)?|"
    r"comunicado(?:\s+de\s+(?:prensa|imprensa))?|"
    # "COMMUNIQUÉ DU GOUVERNEMENT N°2026-017", "COMUNICADO DEL MINISTERIO DE DEFENSA": whose it is
    r"(?:communiqu[eé]|comunicado)\s+(?:du|de\s+la|de\s+l['’]|des|del|de)\s*[\w'’\-]+(?:\s+(?:de\s+(?:la\s+)?|du\s+)?[\w'’\-]+){0,3}?"
    r"(?=\s+(?:n[º°o]|no\.|nro\.?)|\s*$)|"
    # "STATEMENT OF THE MODERATOR ON THE ATTACK ON ...": an office's statement, its subject after "on"
    r"statement\s+(?:of|by|from)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,4}?[\w'’\-]+(?=\s+(?:on|regarding|concerning)\s)|"
    # "Statement No. (212)": a numbered statement
    r"statement(?=\s+(?:no|n[º°o]|nr|number)\.?\s*\(?\d)|"
    r"bolet[ií]n\s+de\s+prensa|official\s+statement|(?:press\s+)?handout|"
    # "STATEMENT TO PUBLIC OPINION"
    r"statement\s+to\s+(?:the\s+)?public(?:\s+opinion)?|"
    # "JOINT STATEMENT OF THE ISRAEL POLICE, THE IDF SPOKESPERSON'S UNIT AND ..."
    r"joint\s+(?:press\s+)?statement(?:\s+(?:of|by|from)\s+[^:]{3,200})?|"
    # "Statement: Incident in New Street, Birmingham city centre - latest" under a force's name
    r"statement(?=\s*:))"
    # its number: "PRESS RELEASE No. 07/EMG/GCI/2026", "BOLETÍN DE PRENSA No. 112-DCS-Z8-2026"
    # (or without its "No.": "COMUNICADO 087/2025")
    # (its parts spaced: "PRESS RELEASE No. 012/OPS SOKOLA 2/SK/2026")
    r"(?:\s+(?:(?:no|n[º°o]|nr|number|ref)\.?\s*)?(?=[\w./\-]*\d)[\w./\-]{1,40}(?:(?:\s+[\w.\-]{1,20}){1,3}/[\w./\-]{1,40})*)?"
    # "STATEMENT NO. (2)", "Communique No. (23) of the year 2025"
    r"(?:\s+(?:no|n[º°o]|nr|number)\.?\s*\(\d{1,4}\)(?:\s+of\s+the\s+year\s+\d{4})?)?"
    # whose it is, after its number: "COMMUNIQUE N°072 DU CHEF D'ETAT-MAJOR GENERAL DES ARMEES"
    r"(?:\s+(?:du|de\s+la|de\s+l['’]|des|del)\s+[^:/]{3,80}?(?=\s*$))?"
    # and its date far to the right: "HANDOUT No. 1143          Dated: 24-04-2026"
    r"(?:\s{3,}(?:dated|date)\s*:?\s*\S.*)?"
    # or after "of": "GOVERNMENT COMMUNIQUE No. 003-2026 of 15 January 2026"
    r"(?:,?\s+(?:of|dated|du|del)\s+\d{1,2}(?:st|nd|rd|th|er)?\s+[A-Za-zéû]+\.?,?\s+\d{4})?"
    # "PRESS STATEMENT - UPDATE 2"
    r"(?:\s*[-–—]\s*update\s*\d{0,2})?"
    # and in a second language: "COMUNICADO DE PRENSA No. 047 / PRESS RELEASE No. 047"
    r"(?:\s+/\s+[^/:]{3,60})?"
    # its subject after a colon, or after "on": "PRESS STATEMENT ON THE ATTACK ON ZAMBIAN PEACEKEEPERS"
    r"(?:(?:\s*:\s*|\s+(?:on|regarding|concerning)\s+)(?P<rest>\S.{2,160}?))?\W*$", re.IGNORECASE)
# a subject line that goes on from its release's label
_CONTINUED_SUBJECT = re.compile(r"^\s*(?:(?:relating\s+to|relative\s+to|regarding|concerning|on\s+the|about)\s+|"
                                # in French or Spanish: "relatif à l'attaque ...", "sobre el ataque ..."
                                r"(?i:relati(?:f|fs|ve|ves)\s+[àa]|portant\s+sur|relativo\s+a|sobre)\s+)\S")
_RELEASE_KIND = re.compile(r"(?i)\b(?:communiqu[eé]|comunicado|press\s+release|statement|bulletin|note)\b")


def _release_kind(label_line: str) -> str:
    """What a release's label calls it, capitalised ("COMMUNIQUÉ OFFICIEL N°014" → "Communiqué")."""
    m = _RELEASE_KIND.search(label_line)
    return m.group(0).capitalize() if m else "Statement"


# an alert's priority label or a list's tags before its subject: "FLASH: ...", "Breaking news -
# ...", "URGENT // ...", "HSD ALERT | ...", "[HRA ALERT][NG-ZAMFARA] ...", "[Briefing notes] ..."
_ALERT_LABEL = re.compile(r"^\s*(?:\[[^\[\]]{1,40}\]\s*|(?:(?-i:[A-Z]{2,6})\s+)?(?:URGENT|FLASH|BREAKING(?:\s+NEWS)?|NEWS\s*ALERT|ALERT|BULLETIN)"
                          r"\s*(?::|[-–—]|//|\|)\s*)+(?=\S)", re.IGNORECASE)
_DIGEST_SEPARATOR = re.compile(r"\s+\|\s+")


def alert_subject(subject: str) -> str:
    """An alert e-mail's subject without its priority label and without the slugs of the other
    items of a digest ("FLASH: At least 3 policemen killed in attack on checkpoint | Karachi |
    Quetta" → "At least 3 policemen killed in attack on checkpoint")."""
    subject = _ALERT_LABEL.sub("", subject)
    first, *rest = _DIGEST_SEPARATOR.split(subject)
    if rest and len(first.split()) >= 4 and all(len(item.split()) <= 4 for item in rest):
        return first.strip()
    return subject.strip()


def release_subject(line: str) -> str | None:
    """The subject after a release's label on one line ("PRESS RELEASE No. 041/2026 - Attack at
    the checkpoint" → "Attack at the checkpoint"), or None."""
    m = _LABELLED_SUBJECT.match(line)
    return m.group("rest").strip() if m else None


_LABELLED_SUBJECT = re.compile(
    r"^\W*(?:(?:official\s+|joint\s+)?(?:press|news|media)\s+(?:release|statement|note|communiqu[eé])|communiqu[eé]|statement)"
    r"(?:\s+(?:no|n[º°o]|nr|number)\.?\s*[\w./\-]{1,40})?\s*(?:[-–—:]|\|)\s+(?P<rest>\S.{5,200})$", re.IGNORECASE)
_SUBJECT_LINE = re.compile(r"^\s*(?:subject|re|title|headline)\s*:\s*(\S.{2,200}?)\s*$", re.IGNORECASE)
_LABEL_LINE = re.compile(r"^\s*(?:(?:ref|reference|our\s+ref|date|dated|time|release\s+no|no|number|issued|contact|"
                         r"translation\s+ref|source|language|translated\s+by|translation|"
                         r"from|to|attn|attention|cc|embargo|embargoed|classification|distribution|page)\.?\s*:\s*\S"
                         r"|for\s+immediate\s+release\b)", re.IGNORECASE)
_ISSUER_WORDS = re.compile(r"(?i)\b(?:police|ministry|army|armed\s+forces|command|department|directorate|"
                           r"government|office|agency|commission|committee|council|embassy|prefecture|governorate|"
                           r"military|border\s+service|management|company|corporation|limited|ltd|"
                           # a letterhead in Spanish, Portuguese or French
                           r"polic[ií]a|pol[ií]cia|ministerio|minist[eé]rio|minist[eè]re|ej[eé]rcito|ex[eé]rcito|"
                           r"fuerzas\s+armadas|for[çc]as\s+armadas|forces\s+arm[ée]es|gendarmerie|arm[ée]e|"
                           r"gouvernorat|gouverneur|gobernaci[oó]n|fiscal[ií]a|procuradur[ií]a|prefeitura|pr[ée]fecture|"
                           # a church's, a university's or a charity's letterhead
                           r"church|diocese|archdiocese|synod|university|association|foundation|federation|"
                           # an armed group's own letterhead: "RAPID SUPPORT FORCES - OFFICIAL SPOKESMAN"
                           r"spokesman|spokesperson)\b")
# (after a label of the field: "HEADLINE: UPDATE 2-Car bomb kills at least 11 ...")
_VERSION_TAG = re.compile(r"^\s*(?:(?:HEADLINE|Headline|TITLE|Title|HED)\s*:\s*)?"
                          # (and a headline's ANPA marks: "^UPDATE 1: Pirates board tanker ...<")
                          r"\^?(?:(?:URGENT|FLASH|BREAKING|UPDATE|RPT|REFILE|CORRECTED|WRAPUP|INSIGHT)(?:\s+\d+)?\s*[-–—:]\s*)*(?=\S)")
_OUTLET_SUFFIX = re.compile(r"\s+(?:--|—|–|-|\||/{1,2})\s+")
# a wire's priority tag on a line of its own: "URGENT // NIGERIA-SECURITY-SCHOOL", "FLASH"
_PRIORITY_TAG = re.compile(r"^(?:URGENT|FLASH|BULLETIN|BREAKING|ADVISORY|UPDATE\s*\d*|NEWSALERT|ALERT)\b[^a-z]*$")
# Lines of a wire's or a page's head that are neither headline nor text: a banner ("=== URGENT -
# UPDATE 2 ==="), a section path ("World | Africa", "News > Asia"), a wire slug
# ("IRAQ-SECURITY/DIYALA (UPDATE 1, adds details)")
_BANNER = re.compile(r"^\s*([=*#~_\-])\1{2,}")
_SECTION_SEPARATOR = re.compile(r"\s(?:\||>|»|›)\s")
_WIRE_SLUG = re.compile(r"^(?:(?:slug|keyword|keywords|topic|topics|category|categories|section|tags|filed\s+under|desk|priority|urgency|"
                        r"(?:news\s+)?service|wire|feed|channel|"
                        r"words|word\s*count|(?:char(?:acter)?s?\s*)count|version|length|edition|dateline|byline|load-date)\s*:\s*\S.*"
                        r"|[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+)+(?:\s*\(.*\))?"
                        # "WIRE COPY / FOR IMMEDIATE RELEASE"
                        r"|(?:.{0,40}\b)?(?:for\s+immediate\s+release|wire\s+copy|embargoed\s+until\b.*)(?:\b.{0,40})?"
                        # "URGENT - 2ND WRITETHRU: Updates toll, adds hospital figures"
                        r"|(?:urgent\s*[-–:/]+\s*)?(?:\d+(?:st|nd|rd|th)\s+)?(?:write-?thru|writethrough|new\s+lead)\b.*"
                        # "BC-US--Mall Shooting-Wisconsin, 1st Ld-Writethru, 0648": a wire's story slug
                        r"|BC-[A-Z]{2,3}--?\S.*|"
                        # "r f BC-DRCONGO-ITURI/ATTACK (UPDATE 2)  11-02 0918": routing letters, then the slug
                        r"(?:[a-z]\s+){1,3}BC-[A-Z0-9]+(?:[-/][A-Z0-9]+)+\b.*|"
                        # "ANW-0412 4 SA ---- r i BC-PAKISTAN-BLAST/BUS (UPDATE 2)": a story code, then the slug
                        r"[A-Z]{2,6}-?\d{2,6}\b.*\s[A-Z0-9]+(?:[-/][A-Z0-9]+)+\s*\((?:UPDATE|URGENT|REFILE|CORRECTED|WRAPUP)[^)]*\)|.*,\s*(?:\d+(?:st|nd|rd|th)\s+)?(?:Ld|Add)-Writethru\b.*"
                        # "REFILE-UPDATE 2-Adds SOHR toll, CENTCOM comment": what the version changes
                        # "UPDATES toll to 11 from at least 9, adds prosecutor statement", "EDITORS: Adds byline"
                        r"|(?:updates|adds|recasts|rewrites|corrects|tops|changes)\s+(?:with\b|toll\b|throughout\b|headline\b|"
                        r"lede\b|byline\b|details\b|(?:\w+\s+){0,3}?(?:comments?|quotes?|statement|background|paragraphs?)\b).*"
                        r"|(?:editors?|eds|editor['’]s\s+note)\s*:\s*\S.*"
                        r"|(?:refile\s*-\s*)?(?:update\s*\d*|rpt|corrected|refile)\s*[-:]\s*(?:adds|updates|recasts|rewrites|"
                        r"corrects|changes|fixes|removes|inserts|writes\s+through|tops|new)\b.*)\s*$",
                        re.IGNORECASE)


# a wire's slug in capitals, its words joined by hyphens and slashes, maybe after the wire's
# story code: "MPW0417 4 GEN /MPW-MEXICO-SECURITY-POLICE (UPDATE 3)", "BNW-INDIA-MANIPUR-VIOLENCE/
# (UPDATE 2)", "BC-MEXICO-SECURITY/POLICE:UPDATE 3" (case-sensitive: a headline is not so written)
_CAPS_SLUG = re.compile(r"(?:[A-Z]{2,6}\d{2,6}\s+\d{1,2}\s+[A-Z]{2,5}\s+/?)?(?:[A-Z0-9]+(?:[-/][A-Z0-9]+){2,}/?"
                        r"(?::[A-Z0-9 ]+)?(?:\s*\([^)]*\))?"
                        # two words with a closing slash or a version tag: "HAITI-PRISON/ (UPDATE 2)"
                        r"|[A-Z0-9]+(?:[-/][A-Z0-9]+)+(?:/\s*(?:\([^)]*\))?|\s*\((?:UPDATE|URGENT|REFILE|CORRECTED|WRAPUP)[^)]*\)))"
                        # a story number and its priority: "ENW-DE-2025-09-13-0871  PRIORITY: URGENT"
                        r"|[A-Z]{2,6}(?:-[A-Z0-9]{2,})+\s+PRIORITY\s*:\s*\S.*")


# a feed's item header or a rule under it: "LWS WORLD NEWS FEED -- MIDEAST DESK -- ITEM 1 OF 2", "====="
_FEED_LINE = re.compile(r".*\bITEM\s+\d+\s+OF\s+\d+\b.*|[=_*~#-]{3,}")


def _wire_head_parts(line: str) -> bool:
    """Whether each part of a wire's head line, parted by bars or wide gaps, is a date, a labelled
    field or a slug ("11 March 2026 16:37 UTC  |  SLUG: BRAZIL-SCHOOL/  |  Words: 760",
    "Priority: 2 (URGENT)    Category: GEN/POL    Words: 640")."""
    parts = [p for p in _LINE_PARTS.split(line.strip()) if p]
    if len(parts) >= 2 and all(
            _bare_date(p) or _labelled_date(p) or _WIRE_SLUG.match(p) or _PRIORITY_TAG.match(p)
            or _CAPS_SLUG.fullmatch(p) or _LABEL_LINE.match(p) for p in parts):
        return True
    # the wire's code, its name, the date and the time, two blanks apart: "MNS  Meridian News
    # Service  Sun Feb 22, 2026  14:17 CST"
    parts = [p for p in re.split(r"\s{2,}", line.strip()) if p]
    return len(parts) >= 3 and any(_bare_date(p) for p in parts) and all(
        _bare_date(p) or _CLOCK_PART.fullmatch(p) or _WIRE_NAME_PART.fullmatch(p) for p in parts)


_CLOCK_PART = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}|\s+UTC[+-]\d{1,2})?", re.IGNORECASE)
_WIRE_NAME_PART = re.compile(r"[A-Z]{2,6}|(?:[A-Z][\w&’'-]*\s+){0,4}(?:News\s+Service|News\s+Agency|Newswire|Wire(?:\s+Service)?|Press(?:\s+Agency)?|Agency)")


def _code_line(line: str) -> bool:
    """Whether a line in capitals is mostly a wire's codes: a story code, a slug, a priority
    ("MPA-0417  4  LBY  /MPA-ENG/  URGENT-SERIES", "MNW-SYRIA-SECURITY/UPDATE 2 (PIX, TV)"); a
    headline in capitals has words, not codes ("UN-BACKED TALKS FAIL")."""
    parts = re.split(r"\s{2,}", line.strip())
    if len(parts) >= 3 and all(len(p.split()) <= 2 for p in parts) and any(p in _WIRE_CODE_WORDS for p in parts):
        # a wire's routing line, its codes spaced apart: "PNW  URGENT  WORLD  LATAM",
        # "EWS-DE-20251213-1958    URGENT    Priority 1"
        return True
    if any(ch.islower() for ch in line) and not _STORY_CODE.match(line):
        return False  # (a story code first may head a slug in name case: "MPA0417 3 I 0571 PAK--Country-Attack/")
    tokens = [t.strip("()[],.;:") for t in line.split()]
    tokens = [t for t in tokens if t]
    if not 2 <= len(tokens) <= 10:
        return False
    codes = sum(1 for t in tokens if any(ch.isdigit() for ch in t) or _CODE_JOIN.search(t) or t in _WIRE_CODE_WORDS)
    return codes >= max(2, (len(tokens) + 1) // 2)


_STORY_CODE = re.compile(r"^[A-Z]{2,6}\d{3,6}\s+\d")
_CODE_JOIN = re.compile(r"[A-Z0-9][-/][A-Z0-9]|^/|/$")
_WIRE_CODE_WORDS = frozenset({"URGENT", "FLASH", "BULLETIN", "PRIORITY", "PIX", "TV", "UPDATE", "WRAPUP", "RPT",
                              "REFILE", "CORRECTED", "ADVISORY", "GEN", "POL", "ENG"})
# an opening invocation of a statement translated from Arabic: "In the name of God, the Most
# Gracious, the Most Merciful"
_INVOCATION = re.compile(r"^\W*in\s+the\s+name\s+of\s+(?:god|allah)\b"
                         # ... and a verse quoted under it: '"Among the believers are men ..." [Quran 33:23]'
                         r"|^\W*[\"“].{5,300}[\"”]\s*[\[(](?:quran|qur['’]an|koran|surah?)\b[^\])]*[\])]\s*$", re.IGNORECASE)


# a system's time stamp: "Fri Feb 27 04:15:08 GMT 2026"
_CLOCK_DATE = re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+[A-Z][a-z]{2}\s+\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+"
                         r"(?:[A-Z]{2,5}\s+)?\d{4}$")


def head_furniture(line: str) -> bool:
    """Whether a line at the head of a plain-text article is a banner, a section path or a wire
    slug: no headline, no text."""
    line = line.strip()
    if line in ("ZCZC", "NNNN") or _CLOCK_DATE.match(line):
        return True  # a teleprinter's start and end of message; a system's time stamp
    if _BANNER.match(line) or _WIRE_SLUG.match(line) or _PRIORITY_TAG.match(line) or _CAPS_SLUG.fullmatch(line) \
            or _FEED_LINE.match(line) or _code_line(line) or _INVOCATION.match(line) or _SECTION_LABEL.match(line):
        return True
    parts = _SECTION_SEPARATOR.split(line)
    # (a capture's record: "Captured: 2025-12-14 00:05 CET | Items: 2 | Desk: Berlin")
    return len(parts) >= 2 and (all(1 <= len(p.split()) <= 2 for p in parts) or all(_FIELD.match(p) for p in parts))


# a wire's or a paper's section on a line of its own: "HOME NEWS", "World Desk", "INTERNATIONAL SERVICE"
_SECTION_LABEL = re.compile(r"^(?i:home|world|national|international|local|regional|business|foreign|general|metro|city|"
                            r"state|africa|asia|europe|americas|middle\s+east|latin\s+america|domestic|overseas)\s+"
                            r"(?i:news|desk|service|report)$")


# one "Label: value" field of a record line
_FIELD = re.compile(r"^\s*[A-Z][\w\-]*(?:\s[\w\-]+)?\s*:\s*\S")


@lru_cache(maxsize=1)
def _outlet_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in settings().get("outlet_name_words", []))


def _name_case(name: str) -> str:
    """A body's name in capitals, in name case ("NIGERIA POLICE FORCE" → "Nigeria Police Force"; a
    small word lower-case, a bracketed acronym kept: "Diocese of North River (DNR)")."""
    return " ".join(w if w.startswith("(") and w.endswith(")") and len(w) <= 8 else w.lower()
                    if w.lower() in _NAME_SMALL_WORDS and k else w.capitalize() for k, w in enumerate(name.split()))


def read_text_article(text: str, *, allow_headline: bool = True) -> RawArticle:
    """A plain-text article: headline from the first line when it looks like one, dateline noted;
    an outlet's name on a line above the headline is its outlet.

    The text itself is kept verbatim (headline and dateline included).
    """
    article = RawArticle(text=text)
    lines = _first_lines(text, 10)
    subject: str | None = None  # an official release's subject line
    release = next((k for k, line in enumerate(_first_lines(text, 12)) if _RELEASE_LABEL.match(line)), None) \
        if allow_headline else None
    if release is not None:
        # an official release: "NIGERIA POLICE FORCE" / ... / "PRESS RELEASE" / "REF: ..." /
        # "DATE: ..." / its subject line, which is the headline; the issuer heads the page
        head = _joined_head(text, 16)
        release = next((k for k, line in enumerate(head) if _RELEASE_LABEL.match(line)), 0)
        if release > 0 and not outlet_line(head[0].strip()):
            # the first letterhead line that names a body ("NATIONAL POLICE COMMISSION"), not a
            # country's style ("Republic of the Philippines"), nor a translator's note
            letterhead = [line for line in head[:release] if not _NOTE_LINE.match(line) and len(line.strip()) <= 90
                          and sum(ch.isalpha() for ch in line) >= 3]  # (not a rule of "=" signs)
            issuer = clean_meta(next((line for line in letterhead if _ISSUER_WORDS.search(line)),
                                     letterhead[0] if letterhead else head[0]))
            if issuer.isupper():  # "NIGERIA POLICE FORCE" → "Nigeria Police Force"
                issuer = _name_case(issuer)
            article.meta["outlet"] = issuer
            article.notes.append(f"outlet from the release's letterhead ({article.meta['outlet']!r})")
        elif release > 0:
            # a monitor's translation of a release: "QANAT MONITOR - OPEN SOURCE DESK" / ... /
            # "STATEMENT NO. (2)": the monitor is the outlet
            outlet = clean_meta(outlet_of_line(head[0]) or head[0])
            if outlet.isupper() and _ISSUER_WORDS.search(outlet):  # "NATIONAL POLICE SERVICE": a body's name
                outlet = _name_case(outlet)
            article.meta["outlet"] = outlet
            article.notes.append(f"outlet from the line above the release ({outlet!r})")
        label = _RELEASE_LABEL.match(head[release])
        subject = next((m.group(1) for line in head[release + 1:] if (m := _SUBJECT_LINE.match(line))), None)
        # "PRESS RELEASE: Shooting at ...", "SUBJECT: CONCLUSION OF THE OPERATION ...": the subject
        # is told on its label's line
        lines = [label.group("rest")] if label.group("rest") else [subject] if subject else [
            line for line in head[release + 1:]
            if not (_LABEL_LINE.match(line) or _bare_date(line) or _labelled_date(line) or head_furniture(line)
                    or _NOTE_LINE.match(line))]
        lines = [*lines[:1], *[line for line in head[release + 1:] if line not in lines]][:2]
        if lines and _CONTINUED_SUBJECT.match(lines[0]):
            # "COMMUNIQUÉ OFFICIEL N°014/CAB/2026" / "relating to the incident at the Kalemba
            # prison": the subject goes on from the label, which names what it is
            after = head[head.index(lines[0], release + 1) + 1:] if lines[0] in head[release + 1:] else []
            lines = [f"{_release_kind(head[release])} {lines[0].strip()}", *(lines[1:] or after[:1])]
            subject = lines[0]
    elif allow_headline and len(lines) >= 2 and outlet_line(lines[0].strip()) and (
            not outlet_line(lines[1].strip()) or _SECTION_LABEL.match(lines[1].strip())):
        # "SOUTHEAST ASIA NEWSWIRE" / "Bomb kills four at ..." / dateline: the headline is the
        # second line, if there is one, after a section path, a banner, a slug or a date line
        article.meta["outlet"] = clean_meta(outlet_of_line(lines[0]) or lines[0])
        article.notes.append(f"outlet from the line above the headline ({article.meta['outlet']!r})")
        if (stamped := _STAMPED_OUTLET.match(lines[0].strip())) is not None and (iso := find_date(stamped.group("rest"))[0]):
            article.meta["published"] = iso  # "CEP 13.12.2025 22:48 GMT": the wire's time stamp
            article.derived["published"] = "the wire's time stamp"
        lines = lines[1:]
        # (and a note of what the version changes: "(Adds interior minister's comments ...)")
        while len(lines) > 2 and (head_furniture(lines[0]) or _bare_date(lines[0]) or _labelled_date(lines[0])
                                  or _LABEL_LINE.match(lines[0]) or _NOTE_LINE.match(lines[0])
                                  or _wire_head_parts(lines[0])):
            lines = lines[1:]
    elif allow_headline:
        # "World | Africa" / headline; a wire's slug, then its date line, then the headline
        # (and a translation's note and its labels: "UNOFFICIAL TRANSLATION FROM RUSSIAN" /
        # "Source: ..." / "Posted: ..." / the headline)
        while len(lines) > 2 and (head_furniture(lines[0]) or _bare_date(lines[0]) or _labelled_date(lines[0])
                                  or _TRANSLATION_NOTE.match(lines[0]) or _wire_head_parts(lines[0])
                                  or _LABEL_LINE.match(lines[0]) and _TRANSLATION_NOTE.match(text.lstrip().split("\n", 1)[0])):
            lines = lines[1:]
    lines = lines[:2]
    body_first = lines[0] if lines else ""
    labelled_subject = release is not None and bool(lines) and lines[0] == subject
    if allow_headline and len(lines) == 2 and (looks_like_headline(_VERSION_TAG.sub("", lines[0])) or labelled_subject):
        # (without a wire's version tag: "UPDATE 2-Gunmen storm Somali hotel ...")
        # (a subject's closing full stop is no part of its title)
        article.meta["title"] = clean_meta(_VERSION_TAG.sub("", lines[0]).rstrip(". <"))
        article.derived["title"] = "the release's subject line" if release is not None else \
            "first line" if "outlet" not in article.meta else "line under the outlet's name"
        body_first = lines[1]
    elif release is not None and allow_headline and "title" not in article.meta:
        # a release with no subject line: its label names it ("GOVERNMENT COMMUNIQUE No. 003-2026
        # of 15 January 2026")
        label_line = " ".join(_joined_head(text, 16)[release].split())
        article.meta["title"] = clean_meta(_name_case(label_line) if label_line.isupper() else label_line)
        article.derived["title"] = "the release's label (it has no subject line)"
    dateline = find_dateline(body_first) if body_first else None
    if dateline is None or not (dateline["published"] or dateline["month_day"]):
        # a dated dateline further down the head: after an outlet line, a deck, a byline ("NNS" /
        # headline / "(Updates toll ...)" / "Dhanwar, Oct 16 (NNS) Three ..."; a wire's deck of bullets)
        head = _first_lines(text, 12)
        dated = next((d for line in head[1:8] if (d := find_dateline(line))
                      and (d["published"] or d["month_day"])), None)
        if dated is None:
            # below a wire's deck of bullets: its credit does not replace a masthead that spells
            # the agency out ("CPA Continental Press Agency" above "KINSHASA, March 15 (CPA)")
            dated = next((d for line in head[8:] if (d := find_dateline(line))
                          and (d["published"] or d["month_day"])), None)
            masthead = str(article.meta.get("outlet") or "")
            if dated is not None and dated["agency"] and dated["agency"].lower() in masthead.lower():
                dated = {**dated, "agency": None}
        dateline = dated or dateline
    if dateline:
        place = dateline["place"] + (f" ({dateline['agency']})" if dateline["agency"] else "")
        article.notes.append(f"dateline: {place}")
        if dateline["agency"]:
            article.meta["outlet"] = dateline["agency"]  # "(Reuters)": who filed it
        if dateline["published"]:
            article.meta["published"] = dateline["published"]
            article.derived["published"] = "dateline"
        elif dateline["month_day"]:
            article.derived["dateline_day"] = dateline["month_day"]  # its year: from the other articles
    if "published" not in article.meta:
        iso, where = date_from_text(text)
        if iso:
            article.meta["published"] = iso
            article.derived["published"] = where or "text"
    # (the note may stand under a letterhead: "REPUBLIC OF NIGER" / ... / "COMMUNIQUÉ No. 012" / note)
    # (or over several lines: "[Unofficial translation ..., circulated to the press by the\nSokola 1
    # sector on 8 February 2026. ...]")
    if "published" not in article.meta and (note := next((line for line in _first_lines(text, 10)
                                                          if _NOTE_LINE.match(line)), None)
                                            or (block.group(0) if (block := _NOTE_BLOCK.search(text, 0, 2000)) else None)) \
            and (issued := _ISSUED_ON.search(" ".join(note.split()))) is not None:
        # "[Unofficial English translation of a communique ... read on national television on the
        # evening of 3 February 2026 ...]": the original's date, told by its translator
        iso = find_date(issued.group("date"))[0]
        if iso:
            article.meta["published"] = iso
            article.derived["published"] = "the translator's note"
    if "title" in article.meta and "outlet" not in article.meta:
        outlet = masthead_outlet(text)
        if outlet:
            article.meta["outlet"] = outlet
            article.notes.append(f"outlet from the line under the headline ({outlet!r})")
    return article


# ---------------------------------------------------------------------------------------------
# Markdown with YAML front matter

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def map_fields(record: Mapping[Any, Any], aliases: Mapping[str, list[str]]) -> dict[str, Any]:
    """Pick each field's value from ``record`` by the first alias present (case/sep-insensitive)."""
    by_key: dict[str, Any] = {}
    for key, value in record.items():
        by_key.setdefault(_key(key), value)
    found: dict[str, Any] = {}
    for name, names in aliases.items():
        for alias in names:
            value = by_key.get(_key(alias))
            if value is not None and value != "":
                found[name] = value
                break
    return found


# Markdown's strong emphasis: "**41 villagers killed**", "__very likely__"
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)([^*_\n]+?)(?<=\S)\1")


def read_markdown(text: str, aliases: Mapping[str, list[str]]) -> RawArticle:
    """Markdown: YAML front matter for metadata, the body as text (verbatim but for its bold
    markers, "**very likely**", which split the words the extraction reads), '# Heading' as title."""
    match = _FRONT_MATTER.match(text)
    front: dict[str, Any] = {}
    notes: list[str] = []
    body = text
    if match:
        body = text[match.end():]
        try:
            loaded = yaml.safe_load(match.group("yaml"))
        except yaml.YAMLError:
            loaded = None
            notes.append("front matter unreadable (ignored)")
        if isinstance(loaded, dict):
            front = map_fields(loaded, aliases)
        elif loaded is not None and not notes:
            notes.append("front matter is not a mapping (ignored)")
    body = _MD_STRONG.sub(r"\2", body)
    lines = _first_lines(body, 1)
    heading = re.match(r"^#{1,2}\s+(?P<t>.+?)\s*#*\s*$", lines[0]) if lines else None
    article = read_text_article(body, allow_headline=heading is None and "title" not in front)
    if heading and "title" not in front:
        article.meta["title"] = clean_meta(heading.group("t"))
        article.derived["title"] = "first heading"
        rest = _first_lines(body, 2)
        dateline = find_dateline(rest[1]) if len(rest) == 2 else None
        if dateline:
            article.notes.append(f"dateline: {dateline['place']}")
    for name in ("title", "published", "url", "outlet", "language", "id", "note"):
        if name in front:
            article.meta[name] = front[name]
            article.derived.pop(name, None)
    article.notes[:0] = notes
    return article


# ---------------------------------------------------------------------------------------------
# HTML

_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside",
              "iframe", "svg", "button", "select", "object", "embed")  # fmt: skip
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
               "article", "blockquote", "pre", "td", "dd", "dt", "figcaption")  # fmt: skip
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate",
              "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created",
              "sailthru.date", "parsely-pub-date", "article.published", "published_time")  # fmt: skip


@contextlib.contextmanager
def _quiet(*names: str) -> Iterator[None]:
    """Silence libraries that log parse failures as errors; the loader reports them itself."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels):
            lg.setLevel(level)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML file declares in its first 4 kB (``<meta charset=...>``), if any."""
    match = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{2,40})""", data[:4096], re.I)
    return match.group(1).decode("ascii") if match else None


def _html_tree(text: str) -> Any:
    from lxml import etree
    from lxml import html as lxml_html

    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str input with a declaration
    if not text.strip():
        return None
    try:
        return lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None


def _html_meta(tree: Any) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    if tree is None:
        return meta
    tags: dict[str, str] = {}
    for node in tree.iter("meta"):
        name = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        content = node.get("content")
        if name and content and name not in tags:
            tags[name] = content
    first_time: str | None = None  # the page's first <time datetime>: its byline's, as a rule
    for node in tree.iter("time"):
        first_time = first_time or node.get("datetime")
        if (node.get("itemprop") or "").lower() == "datepublished" or node.get("pubdate") is not None:
            if node.get("datetime"):
                tags.setdefault("datepublished", node.get("datetime"))
    live_update: str | None = None  # a live blog's last update (its figures are as of then)
    for node in tree.iter("script"):
        if (node.get("type") or "").lower() == "application/ld+json" and node.text:
            with contextlib.suppress(ValueError, RecursionError):
                data = json.loads(node.text)
                found = _json_ld_date(data)
                if found:
                    tags.setdefault("datepublished", found)
                live_update = live_update or _json_ld_live_update(data)
    if live_update is None and "liveblog" in (tags.get("og:type") or "").lower().replace("_", "").replace(" ", ""):
        live_update = tags.get("article:modified_time") or tags.get("og:updated_time")
    h1 = next(iter(tree.iter("h1")), None)
    title_node = next(iter(tree.iter("title")), None)
    meta["title"] = (
        tags.get("og:title")
        or tags.get("twitter:title")
        or (h1.text_content() if h1 is not None else None)
        or (title_node.text_content() if title_node is not None else None)
    )
    meta["outlet"] = tags.get("og:site_name") or tags.get("application-name") or (
        _title_suffix_outlet(title_node.text_content(), meta["title"]) if title_node is not None and meta["title"] else None)
    canonical = next((n.get("href") for n in tree.iter("link") if (n.get("rel") or "").lower() == "canonical"), None)
    meta["url"] = canonical or tags.get("og:url")
    for name in _DATE_META:
        if tags.get(name):
            meta["published"] = tags[name]
            break
    if "published" not in meta and first_time:
        meta["published"] = first_time
        meta["published_from_time"] = True
    meta["language"] = tree.get("lang") or tree.get("xml:lang")
    meta["live_update"] = live_update
    return {key: value for key, value in meta.items() if value}


# the outlet's name after the headline in a page's <title>: "Headline | Outlet", "Headline - Outlet"
_TITLE_SUFFIX = re.compile(r"^(?P<head>.+?)\s+(?:\||-|–|—|::)\s+(?P<outlet>[^|–—]{2,60})$")


def _title_suffix_outlet(page_title: str, headline: str) -> str | None:
    """The outlet a page's <title> names after its headline ("... | Dushanbe Herald"), when the
    part before it starts the page's headline; None otherwise."""
    m = _TITLE_SUFFIX.match(" ".join(page_title.split()))
    if m is None:
        return None
    outlet = m.group("outlet").strip()
    if len(outlet.split()) > 6 or not outlet[:1].isupper():
        return None
    head, whole = (re.sub(r"\W+", "", t).casefold() for t in (m.group("head"), headline))
    return outlet if head and whole.startswith(head[:40]) else None


def _json_ld_live_update(node: Any) -> str | None:
    """The last update of a JSON-LD ``LiveBlogPosting`` (its ``dateModified``, else its
    ``coverageEndTime``), found at any depth; None for any other page."""
    def pick(item: dict[str, Any]) -> str | None:
        kind = item.get("@type")
        if kind == "LiveBlogPosting" or isinstance(kind, list) and "LiveBlogPosting" in kind:
            value = item.get("dateModified") or item.get("coverageEndTime")
            return value if isinstance(value, str) else None
        return None
    return _json_ld_find(node, pick)


def _json_ld_date(node: Any) -> str | None:
    """The first ``datePublished`` of a JSON-LD block, found at any depth."""
    return _json_ld_find(node, lambda item: item["datePublished"] if isinstance(item.get("datePublished"), str)
                         else None)


def _json_ld_find(node: Any, pick: Any, depth: int = 0) -> str | None:
    """The first value ``pick`` finds in an object of a JSON-LD tree (depth first, six levels)."""
    if depth > 6:
        return None
    if isinstance(node, dict):
        found = pick(node)
        if found:
            return found
        children = list(node.values())
    elif isinstance(node, list):
        children = node
    else:
        return None
    for child in children:
        found = _json_ld_find(child, pick, depth + 1)
        if found:
            return found
    return None


def _fallback_text(tree: Any) -> str:
    """Visible text without scripts, styles and page chrome, one line per block element."""
    for node in list(tree.iter(*_DROP_TAGS)):
        if node.getparent() is not None:
            node.drop_tree()
    for node in tree.iter(*_BLOCK_TAGS):
        node.tail = "\n" + (node.tail or "")
    body = next(iter(tree.iter("body")), tree)
    lines = [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in body.text_content().split("\n")]
    return "\n".join(line for line in lines if line)


def read_html(text: str) -> RawArticle:
    """Saved web page: main text with trafilatura (menus, footers, scripts removed), page metadata.

    Falls back to the visible text without page chrome when trafilatura finds no main text
    (very short pages). The publication date comes from explicit page metadata, else from a
    labelled date line of the visible page ("By Jane Roe | Published 17 May 2025", which
    trafilatura drops from the main text), never from dates in sentences (trafilatura's own
    date guess is not used for that reason).
    """
    import trafilatura

    with _quiet("trafilatura", "htmldate", "courlan", "justext"):
        main = trafilatura.extract(
            text, favor_precision=True, include_comments=False, include_tables=True,
            include_images=False, include_links=False, with_metadata=False, deduplicate=False,
        )  # fmt: skip
    tree = _html_tree(text)
    meta = _html_meta(tree)
    visible = _fallback_text(tree) if tree is not None else ""
    notes: list[str] = []
    if not visible:
        # Only menus, headers and footers: trafilatura would return the menu as "main text".
        main = ""
    elif not main or not main.strip():
        main = visible
        notes.append("short page: visible text used")
    main, _removed = clean_text(main or "")
    article = RawArticle(text=main, notes=notes)
    live_update = meta.pop("live_update", None)
    from_time = meta.pop("published_from_time", False)
    article.meta.update(meta)
    if from_time:
        article.derived["published"] = "date of the page's first <time> element"
    if live_update:
        # A live blog puts its newest entry first: its lede's "last night" and its figures are
        # those of its last update, not of the hour it opened.
        article.meta["published"] = live_update
        article.derived["published"] = "date of the live blog's last update"
    if main.strip():
        lines = _first_lines(main, 3)
        if meta.get("title") and lines and clean_meta(lines[0]) == clean_meta(meta["title"]):
            lines = lines[1:]
        dateline = find_dateline(lines[0]) if lines else None
        if dateline:
            article.notes.append(f"dateline: {dateline['place']}")
        if not meta.get("published") and visible:
            iso, where = date_from_text(visible)
            if iso:
                article.meta["published"] = iso
                article.derived["published"] = where or "text"
    else:
        article.skip = "no article text found in the page"
    return article


# ---------------------------------------------------------------------------------------------
# Collections: JSON, JSON Lines, CSV


def _record_article(record: Any, row: int, aliases: Mapping[str, list[str]]) -> RawArticle:
    if not isinstance(record, Mapping):
        return RawArticle(row=row, skip=f"record {row} is not an object")
    fields = map_fields(record, aliases)
    body = fields.pop("text", None)
    if isinstance(body, list) and body and all(isinstance(p, str) for p in body):
        body = "\n\n".join(p.strip() for p in body)  # the body as a list of paragraphs
    text = body if isinstance(body, str) else (str(body) if isinstance(body, (int, float)) and not isinstance(body, bool) else "")
    for name in ("outlet", "title"):
        if isinstance(fields.get(name), Mapping):
            # "source": {"name": "Collectif Sahel ...", "type": "ngo", "url": ...}
            inner = map_fields(fields[name], {"name": ["name", "title", "label"]}).get("name")
            if isinstance(inner, str):
                fields[name] = inner
            else:
                del fields[name]
    if _HTML_BODY.search(text) and (tree := _html_tree(text)) is not None:
        text = _fallback_text(tree).replace("\n", "\n\n")  # a CMS's "body_html": its paragraphs as text
    text, _removed = clean_text(text)
    if isinstance(fields.get("title"), str):
        fields["title"] = _VERSION_TAG.sub("", fields["title"])  # "UPDATE 1-Suspected gunmen kill ..."
    article = RawArticle(text=text, meta=fields, row=row)
    if not text.strip():
        names = aliases.get("text", [])
        shown = ", ".join(names[:3]) + (", ..." if len(names) > 3 else "")
        article.skip = f"empty text (no non-empty {shown} field)"
    return article


_HTML_BODY = re.compile(r"<(?:p|div|br|h[1-6]|li|span|em|strong)\b[^>]*>", re.IGNORECASE)


def _records_of(value: Any) -> list[Any] | None:
    if isinstance(value, list):
        return value
    if isinstance(value, Mapping):
        for key in settings().get("record_lists") or []:
            for actual, inner in value.items():
                if _key(actual) == _key(key) and isinstance(inner, list):
                    return inner
    return None


# the keys under which a CMS export nests its one article: {"export_version": ..., "article": {...}}
_WRAPPERS = ("article", "story", "item", "document", "post", "data", "result", "content", "record", "entry")


def _unwrapped(value: Any, aliases: Mapping[str, list[str]]) -> Any:
    """``value``, or the one article object it wraps ({"source": "X CMS", "article": {"headline":
    ..., "body": ...}}), with the wrapper's own fields beside it where the article lacks them."""
    text_aliases = {"text": aliases.get("text", [])}
    for _ in range(3):
        if not isinstance(value, Mapping) or isinstance(map_fields(value, text_aliases).get("text"), (str, list)):
            return value
        wrappers = {_key(w) for w in _WRAPPERS}
        inner = [v for k, v in value.items() if _key(k) in wrappers and isinstance(v, Mapping)]
        if len(inner) != 1:
            return value
        outer = {k: v for k, v in value.items() if _key(k) not in wrappers and not isinstance(v, list)}
        value = {**outer, **inner[0]}
    return value


def _rendered(value: Any) -> Any:
    """An object with each field a CMS gives as {"rendered": "..."} (WordPress's REST export:
    "title": {"rendered": "..."}, "content": {"rendered": "<p>..."}) read as that string."""
    if isinstance(value, list):
        return [_rendered(v) for v in value]
    if not isinstance(value, Mapping):
        return value
    return {k: v["rendered"] if isinstance(v, Mapping) and isinstance(v.get("rendered"), str) else v
            for k, v in value.items()}


def read_json(text: str, aliases: Mapping[str, list[str]]) -> list[RawArticle]:
    """A JSON article object, a list of them, or an object holding such a list (news APIs)."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError) as err:
        return [RawArticle(skip=f"invalid JSON ({short_error(err)})")]
    value = _unwrapped(_rendered(value), aliases)
    if isinstance(value, Mapping) and "text" in map_fields(value, {"text": aliases.get("text", [])}):
        single = _record_article(value, 1, aliases)
        single.row = None  # one article per file: its id is the file name
        return [single]
    if _is_channel_export(value):
        return [_channel_article(value)]
    records = _records_of(value)
    if records is None:
        return [RawArticle(skip="no articles found in the JSON (no text field and no list of articles)")]
    if not records:
        return [RawArticle(skip="empty collection (no records)")]
    return [_record_article(record, number, aliases) for number, record in enumerate(records, 1)]


def _is_channel_export(value: Any) -> bool:
    """Whether ``value`` is a messaging channel's export (Telegram Desktop's ``result.json``: the
    channel's ``name`` and ``type`` and its ``messages``, each with a ``date`` and a ``text``)."""
    if not isinstance(value, Mapping) or not isinstance(value.get("messages"), list):
        return False
    posts = [m for m in value["messages"] if isinstance(m, Mapping)]
    return bool(posts) and isinstance(value.get("name"), str) \
        and all("date" in m and ("text" in m or m.get("type") != "message") for m in posts)


def _post_text(text: Any) -> str:
    """A post's text: a string, or a list of strings and entities ({"type": "bold", "text": ...})."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(p if isinstance(p, str) else str(p.get("text", "")) if isinstance(p, Mapping) else ""
                       for p in text)
    return ""


def _channel_article(value: Mapping[str, Any]) -> RawArticle:
    """A channel's export as one article: its posts in their order, one paragraph each, dated by
    its last post (like a live blog: its figures are as of then). A post's time is not written
    into the text, where it would read as the date of an event."""
    posts = [(str(m.get("date", "")), clean_text(_post_text(m.get("text")))[0].strip())
             for m in value["messages"] if isinstance(m, Mapping) and m.get("type", "message") == "message"]
    posts = sorted((p for p in posts if p[1]), key=lambda p: p[0])
    name = clean_meta(str(value["name"]))
    if not posts:
        return RawArticle(skip=f"the export of {name!r} holds no post with text")
    first, last = posts[0][0][:10], posts[-1][0][:10]
    article = RawArticle(text="\n\n".join(text for _, text in posts), meta={"outlet": name})
    article.meta["title"] = f"{name}: {len(posts)} posts" + (f", {first} to {last}" if first != last else f", {first}")
    article.derived["title"] = "the channel's name and its posts"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", last):
        article.meta["published"] = last
        article.derived["published"] = "date of the channel's last post"
    article.notes.append(f"a channel's export: {len(posts)} posts from {first} to {last}, read in their order")
    if isinstance(value.get("export_note"), str):
        article.notes.append(f"export note: {clean_meta(value['export_note'])}")
    return article


def read_jsonl(text: str, aliases: Mapping[str, list[str]]) -> list[RawArticle]:
    """JSON Lines: one article object per line; a bad line is skipped with its line number."""
    articles: list[RawArticle] = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as err:
            articles.append(RawArticle(row=number, skip=f"invalid JSON on line {number} ({short_error(err)})"))
            continue
        articles.append(_record_article(record, number, aliases))
    return articles or [RawArticle(skip="empty collection (no records)")]


def read_csv(text: str, aliases: Mapping[str, list[str]], delimiter: str | None = None) -> list[RawArticle]:
    """CSV (or TSV) with a header row; columns found through the aliases; rows numbered from 1.

    The delimiter is sniffed; when the sniffed one gives no text column, ``, ; tab |`` are tried.
    """
    # Article bodies are often longer than the csv module's default field limit (128 kB).
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    text_names = {_key(a) for a in aliases.get("text", [])}
    candidates = [delimiter] if delimiter else []
    if not candidates:
        with contextlib.suppress(csv.Error):
            candidates.append(csv.Sniffer().sniff(text[:8192], delimiters=",;\t|").delimiter)
        candidates += [d for d in (",", ";", "\t", "|") if d not in candidates]
    try:
        header: list[str] | None = None
        for candidate in candidates:
            reader = csv.reader(io.StringIO(text, newline=""), delimiter=candidate)
            first = next(reader, None)
            if first is None:
                return [RawArticle(skip="empty collection (no header row)")]
            first = [h.strip() for h in first]
            if header is None:
                header = first  # reported if no delimiter gives a text column
            if any(_key(h) in text_names for h in first):
                header = first
                break
        else:
            names = aliases.get("text", [])
            wanted = ", ".join(names[:3]) + (", ..." if len(names) > 3 else "")
            shown = ", ".join(h for h in (header or [])[:8] if h) or "none"
            return [RawArticle(skip=f"no text column (looked for {wanted}; found {shown})")]
        articles = []
        for number, row in enumerate(reader, 1):
            if not any(cell.strip() for cell in row):
                continue
            articles.append(_record_article(dict(zip(header, row)), number, aliases))
    except csv.Error as err:
        return [RawArticle(skip=f"invalid CSV ({short_error(err)})")]
    return articles or [RawArticle(skip="empty collection (no records)")]


def short_error(err: BaseException) -> str:
    """The first line of an error message, short enough for a data-quality line."""
    message = str(err).split("\n")[0]
    return message[:80] or type(err).__name__


def read_manifest(path: Path, aliases: Mapping[str, list[str]]) -> tuple[dict[str, dict[str, Any]], str | None]:
    """A manifest beside the articles → ({file name or article id: fields}, problem or None)."""
    try:
        data = path.read_bytes()
    except OSError as err:
        return {}, f"could not be read ({err.strerror or type(err).__name__})"
    decoded = decode_bytes(data)
    if decoded.text is None:
        return {}, decoded.problem
    records: list[Any]
    if path.suffix.lower() == ".csv":
        try:
            delimiter = csv.Sniffer().sniff(decoded.text[:8192], delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
        try:
            records = list(csv.DictReader(io.StringIO(decoded.text, newline=""), delimiter=delimiter))
        except csv.Error as err:
            return {}, f"invalid CSV ({short_error(err)})"
    else:
        try:
            loaded = yaml.safe_load(decoded.text)
        except yaml.YAMLError as err:
            return {}, f"invalid YAML ({short_error(err)})"
        if isinstance(loaded, Mapping):  # {file: {title: ...}}
            records = [dict(v, file=k) for k, v in loaded.items() if isinstance(v, Mapping)]
        elif isinstance(loaded, list):
            records = list(loaded)
        else:
            return {}, "not a list or mapping of files"
    entries: dict[str, dict[str, Any]] = {}
    for record in records:
        if not isinstance(record, Mapping):
            continue
        fields = map_fields({k: v for k, v in record.items() if k is not None}, aliases)
        name = clean_meta(fields.pop("file", None))
        if name:
            entries[Path(name).name] = fields
    return entries, None
