"""Load stage: a folder (or glob, or list) of article files → the article table.

Every input item gets one row, whatever happened to it: ``used``, ``duplicate`` (of a kept
article) or ``skipped`` with the reason in plain words. Nothing is dropped silently and raw input
is never modified. Per-format readers live in :mod:`briefing.formats`.

Metadata precedence, highest first: the manifest beside the files (the analyst's word), metadata
inside the file (front matter, page metadata, collection columns), then what the text states
explicitly (first-line headline, dateline date, a "Published:" line). Nothing is guessed: a date
mentioned inside a sentence is an event date, never the publication date.
"""
from __future__ import annotations

import glob as globlib
import hashlib
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from . import document_readers, formats
from .formats import RawArticle
from .language import READ_LANGUAGES, SHORT_TEXT_LETTERS, detect_language, not_read_reason

COLUMNS = (
    "article_id", "path", "title", "outlet", "url", "published", "language", "text",
    "word_count", "checksum", "status", "duplicate_of", "note",
)  # fmt: skip
STATUSES = ("used", "duplicate", "skipped")
METADATA_NOTE = "metadata file"


class LoadError(ValueError):
    """The source itself is unusable (missing folder, glob matching nothing, bad options)."""


@dataclass
class LoadOptions:
    """Limits and column names of :func:`load_articles`."""

    max_file_bytes: int = 5_000_000
    max_articles: int = 500
    columns: dict[str, list[str]] | None = None  # field -> accepted column names (replaces defaults)
    near_duplicate_threshold: float = 0.8  # word-shingle Jaccard similarity at which a copy is a duplicate
    max_item_messages: int = 50  # per-file lines in ``messages`` before "... and N more"


@dataclass
class LoadResult:
    """The article table (every input item, one row each) and the messages for the user.

    Manifest and README files beside the articles are not articles: they are not rows of
    ``articles`` (so no later stage mistakes them for sources) but are listed in
    ``metadata_files`` and in :meth:`quality_table` with status ``metadata``.
    """

    articles: pd.DataFrame
    messages: list[str] = field(default_factory=list)  # general lines first, then one per problem item
    details: list[str] = field(default_factory=list)  # the per-item lines of ``messages``
    metadata_files: list[str] = field(default_factory=list)  # paths of manifests / READMEs seen

    @property
    def general_messages(self) -> list[str]:
        """``messages`` without the per-item lines (which the data-quality table already shows)."""
        detail = set(self.details)
        return [m for m in self.messages if m not in detail]

    @property
    def used(self) -> pd.DataFrame:
        """The articles to analyse (status ``used``), in load order."""
        return self.articles[self.articles["status"] == "used"].reset_index(drop=True)

    def quality_table(self) -> pd.DataFrame:
        """Data-quality table: ``file, status, reason``, one row per input item, in load order.

        ``file`` is the file name, followed by the article id for rows of a collection
        (``news.csv (news#3)``). ``status`` is the article status, or ``metadata`` for a manifest
        or README beside the articles. ``reason`` is the note ("" when there is nothing to say).
        """
        keyed = []
        for index, record in enumerate(self.articles.itertuples(index=False)):
            name = os.path.basename(record.path) or record.path
            file = name if record.article_id in {Path(name).stem, name} else f"{name} ({record.article_id})"
            keyed.append(((os.path.normpath(record.path), index), file, record.status, record.note or ""))
        for path in self.metadata_files:
            keyed.append(((os.path.normpath(path), -1), os.path.basename(path), "metadata", METADATA_NOTE))
        rows = [{"file": f, "status": st, "reason": r} for _, f, st, r in sorted(keyed, key=lambda k: k[0])]
        return pd.DataFrame(rows, columns=["file", "status", "reason"])

    def counts(self) -> dict[str, int]:
        """Articles per status (``used``, ``duplicate``, ``skipped``), ``total`` articles and
        ``metadata`` files."""
        status = self.articles["status"]
        out = {name: int((status == name).sum()) for name in STATUSES}
        out["total"] = int(len(self.articles))
        out["metadata"] = len(self.metadata_files)
        return out


# ---------------------------------------------------------------------------------------------
# Internal row


@dataclass
class _Item:
    path: Path
    article_id: str
    text: str = ""
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    status: str = "used"
    duplicate_of: str | None = None
    problem: str | None = None  # the skip reason, first in the note
    notes: list[str] = field(default_factory=list)
    meta_language: str | None = None
    row: int | None = None
    is_metadata: bool = False
    dateline_day: str | None = None  # "MM-DD" of a dateline without a year

    def skip(self, reason: str) -> None:
        self.status = "skipped"
        self.problem = self.problem or reason

    def record(self) -> dict[str, Any]:
        text = self.text  # kept for skipped articles too (language, limit): the reader may want it
        note_parts = ([self.problem] if self.problem else []) + [n for n in self.notes if n]
        return {
            "article_id": self.article_id,
            "path": str(self.path),
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published,
            "language": self.language,
            "text": text,
            "word_count": word_count(text),
            "checksum": hashlib.sha256(text.encode("utf-8")).hexdigest() if text else None,
            "status": self.status,
            "duplicate_of": self.duplicate_of,
            "note": "; ".join(dict.fromkeys(note_parts)),
        }


def word_count(text: str) -> int:
    """Number of words (letter/digit runs, with inner apostrophes and hyphens) in ``text``."""
    return len(re.findall(r"\w+(?:['’\-]\w+)*", text))


def human_size(size: int) -> str:
    """12_300_000 → '12.3 MB', 5_000_000 → '5 MB', 800 → '800 bytes'."""
    for unit, factor in (("MB", 1_000_000), ("kB", 1_000)):
        if size >= factor:
            value = f"{size / factor:.1f}".removesuffix(".0")
            return f"{value} {unit}"
    return f"{size} bytes"


def display(text: str) -> str:
    """A file name or value safe to print on a terminal (control and bidi characters escaped)."""
    return "".join(
        ch if unicodedata.category(ch) not in ("Cc", "Cf") else f"\\u{ord(ch):04x}" for ch in text
    )


# ---------------------------------------------------------------------------------------------
# Source resolution


def _validate(options: LoadOptions) -> None:
    def positive_int(name: str) -> None:
        value = getattr(options, name)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise LoadError(f"LoadOptions.{name} must be a whole number of at least 1, not {value!r}.")

    positive_int("max_file_bytes")
    positive_int("max_articles")
    positive_int("max_item_messages")
    threshold = options.near_duplicate_threshold
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 < threshold <= 1:
        raise LoadError(f"LoadOptions.near_duplicate_threshold must be a number in (0, 1], not {threshold!r}.")
    if options.columns is not None:
        known = set(formats.FIELDS)
        if not isinstance(options.columns, dict):
            raise LoadError("LoadOptions.columns must map a field name to a list of column names.")
        for name, names in options.columns.items():
            if name not in known:
                raise LoadError(f"LoadOptions.columns: unknown field {name!r} (known: {', '.join(sorted(known))}).")
            if isinstance(names, str) or not all(isinstance(n, str) for n in names):
                raise LoadError(f"LoadOptions.columns[{name!r}] must be a list of column names.")


def _is_glob(text: str) -> bool:
    return any(ch in text for ch in "*?[")


def _resolve(source: str | Path | Sequence[str | Path]) -> tuple[list[Path], list[Path], str]:
    """(files to read, folders they came from, a description of the source for messages)."""
    if isinstance(source, (str, Path)):
        entries = [source]
        described = str(source)
    elif isinstance(source, Sequence) and not isinstance(source, (bytes, bytearray)):
        entries = list(source)
        described = f"{len(entries)} given paths"
        if not entries:
            raise LoadError("No articles given: the list of paths is empty.")
    else:
        raise LoadError(f"Articles source must be a folder, a glob or a list of paths, not {type(source).__name__}.")
    files: list[Path] = []
    folders: list[Path] = []
    for entry in entries:
        if not isinstance(entry, (str, Path)):
            raise LoadError(f"Articles source entries must be paths, not {type(entry).__name__}.")
        if not str(entry).strip():
            raise LoadError("No articles source given: the path is empty.")
        try:
            _expand(entry, files, folders, single=isinstance(source, (str, Path)))
        except LoadError:
            raise
        except (OSError, ValueError) as err:
            raise LoadError(f"Articles source {display(str(entry))!r} cannot be read ({err}).") from err
    unique: dict[str, Path] = {}
    for path in files:
        unique.setdefault(os.path.normpath(str(path)), path)
    ordered = [unique[key] for key in sorted(unique)]
    return ordered, folders, described


def _expand(entry: str | Path, files: list[Path], folders: list[Path], *, single: bool) -> None:
    """Add the files of one source entry (folder, file or glob) to ``files``."""
    path = Path(entry).expanduser()
    text = str(path)
    if path.is_dir():
        folders.append(path)
        files.extend(path / name for name in sorted(os.listdir(path)))
    elif os.path.lexists(path):
        files.append(path)
    elif _is_glob(text):
        matches = sorted(globlib.glob(text, recursive=True))
        if not matches:
            raise LoadError(f"No files match the pattern {text!r}.")
        for match in matches:
            if Path(match).is_dir():
                folders.append(Path(match))
                files.extend(Path(match) / name for name in sorted(os.listdir(match)))
            else:
                files.append(Path(match))
    elif single:
        raise LoadError(f"Articles folder not found: {text!r}.")
    else:
        raise LoadError(f"Article file not found: {text!r}.")


# ---------------------------------------------------------------------------------------------
# Reading one file


def _read_file(path: Path, options: LoadOptions, aliases: dict[str, list[str]]) -> list[RawArticle]:
    """Read one file into raw articles; never raises for bad content."""
    conf = formats.settings()
    name_low = path.name.lower()
    if name_low in {n.lower() for n in conf.get("metadata_names") or []}:
        return [RawArticle(skip=METADATA_NOTE)]
    if path.name.startswith("."):
        return [RawArticle(skip="hidden file")]
    if path.is_symlink() and not path.exists():
        return [RawArticle(skip="broken link")]
    if path.is_dir():
        return [RawArticle(skip="folder (folders are not read recursively)")]
    if not path.is_file():
        return [RawArticle(skip="not a regular file")]
    kinds = conf.get("formats") or {}
    suffix = path.suffix.lower()
    kind = kinds.get(suffix)
    if kind is None:
        return [RawArticle(skip=f"unsupported type {suffix}" if suffix else "unsupported type (no file extension)")]
    try:
        size = path.stat().st_size
        if size > options.max_file_bytes:
            return [RawArticle(skip=f"file too large ({human_size(size)} > {human_size(options.max_file_bytes)} limit)")]
        with open(path, "rb") as handle:
            data = handle.read(options.max_file_bytes + 1)
    except OSError as err:
        return [RawArticle(skip=f"could not be read ({err.strerror or type(err).__name__})")]
    if len(data) > options.max_file_bytes:  # grew while we looked
        return [RawArticle(skip=f"file too large (> {human_size(options.max_file_bytes)} limit)")]
    if not data.strip():
        return [RawArticle(skip="empty file")]
    if kind in document_readers.READERS:  # PDF, Word, e-mail: read from the bytes
        return [document_readers.READERS[kind](data)]
    decoded = formats.decode_bytes(data, formats.declared_charset(data) if kind == "html" else None)
    if decoded.text is None:
        return [RawArticle(skip=decoded.problem or "unreadable encoding")]
    if not decoded.text.strip():
        return [RawArticle(skip="empty file")]
    notes = []
    if decoded.encoding and decoded.encoding.replace("_", "-") not in ("utf-8", "ascii"):
        notes.append(f"decoded from {decoded.encoding}")
    if decoded.removed_controls:
        count = decoded.removed_controls
        notes.append(f"{count} control character{'s' if count != 1 else ''} removed")
    text = decoded.text
    if kind == "text":
        articles = [formats.read_text_article(text)]
    elif kind == "markdown":
        articles = [formats.read_markdown(text, aliases)]
    elif kind == "html":
        articles = [formats.read_html(text)]
    elif kind == "json":
        articles = formats.read_json(text, aliases)
    elif kind == "jsonl":
        articles = formats.read_jsonl(text, aliases)
    elif kind == "csv":
        articles = formats.read_csv(text, aliases, "\t" if suffix == ".tsv" else None)
    else:
        return [RawArticle(skip=f"unsupported type {suffix}")]
    for article in articles:
        article.notes[:0] = notes
    return articles


def _collection(path: Path) -> bool:
    kind = (formats.settings().get("formats") or {}).get(path.suffix.lower())
    return kind in ("json", "jsonl", "csv")


_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:\-]{0,63}$")


def _items_for(path: Path, raws: list[RawArticle]) -> list[_Item]:
    stem = unicodedata.normalize("NFC", path.stem if path.suffix else path.name)
    items = []
    collection = _collection(path) and not (len(raws) == 1 and raws[0].row is None)
    for raw in raws:
        if collection:
            own = formats.clean_meta(raw.meta.get("id"), limit=80)
            article_id = own if own and _SAFE_ID.match(own) else f"{stem}#{raw.row}"
        else:
            article_id = stem
        item = _Item(path=path, article_id=article_id, text=raw.text, row=raw.row)
        item.notes = list(raw.notes)
        item.is_metadata = raw.skip == METADATA_NOTE
        if raw.skip:
            item.skip(raw.skip)
        _apply_meta(item, raw.meta, raw.derived)
        item.dateline_day = raw.derived.get("dateline_day")
        items.append(item)
    return items


def _apply_meta(item: _Item, meta: dict[str, Any], derived: dict[str, str] | None = None, *, source: str = "") -> None:
    """Fill metadata fields from ``meta`` (values already present are replaced: call in rising precedence)."""
    title = formats.clean_meta(meta.get("title"))
    if title:
        item.title = title
    outlet = formats.clean_meta(meta.get("outlet"), limit=200)
    if outlet:
        item.outlet = outlet
    if meta.get("url") not in (None, ""):
        url, problem = formats.clean_url(meta.get("url"))
        if url:
            item.url = url
        if problem:
            item.notes.append(problem)
    if meta.get("published") not in (None, ""):
        iso, problem = formats.parse_published(meta.get("published"))
        if iso:
            if source == "manifest" and item.published and item.published != iso:
                item.notes.append(f"published {iso} from the manifest (the file says {item.published})")
            item.published = iso
            where = (derived or {}).get("published")
            if where:  # the date came from the text, not from metadata: say so
                item.notes.append("date from the dateline" if where == "dateline" else where)
        elif problem:
            item.notes.append(f"published: {problem}")
    language = meta.get("language")
    if language not in (None, ""):
        code = formats.normalise_language(language)
        if code:
            item.meta_language = code
        else:
            item.notes.append(f"language {formats.clean_meta(language, 20)!r} not recognised (detected instead)")
    note = formats.clean_meta(meta.get("note"))
    if note:
        item.notes.append(note)


# ---------------------------------------------------------------------------------------------
# Manifests


def _manifests(folders: list[Path], files: list[Path], aliases: dict[str, list[str]],
               messages: list[str]) -> dict[Path, dict[str, dict[str, Any]]]:
    """Manifest entries per folder (the folders given and those holding the files)."""
    names = [n.lower() for n in formats.settings().get("manifest_names") or []]
    found: dict[Path, dict[str, dict[str, Any]]] = {}
    candidates = {os.path.normpath(str(p)): p for p in folders}
    for path in files:
        candidates.setdefault(os.path.normpath(str(path.parent)), path.parent)
    for key in sorted(candidates):
        folder = candidates[key]
        try:
            listing = sorted(os.listdir(folder))
        except OSError:
            continue
        entries: dict[str, dict[str, Any]] = {}
        for name in listing:
            if name.lower() in names:
                read, problem = formats.read_manifest(folder / name, aliases)
                if problem:
                    messages.append(f"Manifest {display(str(folder / name))} ignored: {problem}.")
                for file, fields in read.items():
                    entries.setdefault(file, fields)
        if entries:
            found[Path(key)] = entries
    return found


def _apply_manifests(items: list[_Item], manifests: dict[Path, dict[str, dict[str, Any]]],
                     messages: list[str]) -> None:
    used_keys: set[tuple[Path, str]] = set()
    for item in items:
        folder = Path(os.path.normpath(str(item.path.parent)))
        entries = manifests.get(folder)
        if not entries:
            continue
        for key in (item.path.name, item.article_id):
            if key in entries:
                used_keys.add((folder, key))
                _apply_meta(item, entries[key], source="manifest")
    for folder, entries in sorted(manifests.items()):
        for key in sorted(entries):
            if (folder, key) not in used_keys:
                messages.append(f"The manifest in {display(str(folder))} lists {display(key)!r}, which was not loaded.")


# ---------------------------------------------------------------------------------------------
# Language, duplicates, limits


def _assign_language(item: _Item) -> None:
    detected = detect_language(item.text)
    language = item.meta_language or detected
    if item.meta_language and detected and detected != item.meta_language:
        if sum(ch.isalpha() for ch in item.text[:5000]) >= SHORT_TEXT_LETTERS:
            # a page template's language ('<html lang="so">' over an English statement) says less
            # than a long text itself
            language = detected
            item.notes.append(f"language given as '{item.meta_language}', but the text reads as '{detected}': "
                              f"read as '{detected}'")
        else:
            item.notes.append(f"language given as '{item.meta_language}' (the text looks like '{detected}')")
    item.language = language
    if language is None:
        item.notes.append("too little text to tell the language")
    elif language not in READ_LANGUAGES:
        item.skip(not_read_reason(language))


def _shingles(text: str, size: int, max_words: int) -> set[str]:
    """Word ``size``-grams of the first ``max_words`` words (casefolded)."""
    tokens = [m.group(0) for _, m in zip(range(max_words), re.finditer(r"\w+", text.casefold()))]
    if len(tokens) <= size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}


LSH_FROM = 64
"""Kept articles from which MinHash LSH proposes candidates; below it every kept article is compared
exactly, which is cheaper than importing datasketch (it pulls in scipy: about a second)."""


class _Duplicates:
    """Exact copies (same text) and near copies (shingle Jaccard ≥ threshold) of kept articles.

    Candidates are every kept article for small folders, and for large ones those that MinHash LSH
    (datasketch) proposes; the similarity reported and compared with the threshold is always the
    exact Jaccard of the word-shingle sets, so the decision never depends on hashing luck. Articles
    are checked in load order: the first copy is kept, later ones point to it.
    """

    def __init__(self, threshold: float) -> None:
        conf = formats.settings()
        self.threshold = threshold
        self.size = int(conf.get("shingle_words", 5))
        self.permutations = int(conf.get("minhash_permutations", 128))
        self.max_words = int(conf.get("shingle_max_words", 20_000))
        self.lsh: Any = None
        self.by_checksum: dict[str, str] = {}
        self.kept: dict[str, set[str]] = {}
        self.order: dict[str, int] = {}

    def _signature(self, shingles: set[str]) -> Any:
        from datasketch import MinHash

        signature = MinHash(num_perm=self.permutations, seed=1)
        signature.update_batch([s.encode("utf-8") for s in sorted(shingles)])
        return signature

    def _candidates(self, shingles: set[str]) -> list[str]:
        if self.lsh is None and len(self.kept) < LSH_FROM:
            return list(self.kept)
        if self.lsh is None:
            from datasketch import MinHashLSH

            # A lower LSH threshold than the decision threshold: LSH only proposes candidates.
            self.lsh = MinHashLSH(threshold=max(0.05, self.threshold - 0.2), num_perm=self.permutations)
            for article_id, kept in self.kept.items():
                self.lsh.insert(article_id, self._signature(kept))
        return list(self.lsh.query(self._signature(shingles)))

    def check(self, item: _Item) -> None:
        """Mark ``item`` as a duplicate of a kept article, or keep it (and remember it)."""
        checksum = hashlib.sha256(item.text.encode("utf-8")).hexdigest()
        if checksum in self.by_checksum:
            item.status, item.duplicate_of = "duplicate", self.by_checksum[checksum]
            item.problem = f"exact duplicate of {item.duplicate_of}"
            return
        shingles = _shingles(item.text, self.size, self.max_words)
        best: tuple[float, int, str] | None = None
        shortened: tuple[float, str] | None = None  # a kept article this one is a cut-down copy of
        for candidate in self._candidates(shingles):
            other = self.kept[candidate]
            shared = len(shingles & other)
            union = len(shingles | other)
            similarity = shared / union if union else 0.0
            if similarity >= self.threshold:
                rank = (-similarity, self.order[candidate])
                if best is None or rank < (-best[0], best[1]):
                    best = (similarity, self.order[candidate], candidate)
            elif len(shingles) >= SHORTENED_MIN and len(shingles) <= SHORTENED_AT_MOST * len(other) \
                    and shared / len(shingles) >= SHORTENED_CONTAINED and (shortened is None or similarity > shortened[0]):
                shortened = (similarity, candidate)
        if best is not None:
            item.status, item.duplicate_of = "duplicate", best[2]
            item.problem = f"near-duplicate of {best[2]} (similarity {best[0]:.2f})"
            return
        if shortened is not None:
            # the same story saved again with paragraphs cut (an aggregator's copy): all it says
            # is in the longer one
            item.status, item.duplicate_of = "duplicate", shortened[1]
            item.problem = (f"a shortened copy of {shortened[1]} (at least {SHORTENED_CONTAINED:.0%} of its text "
                            "is in it)")
            return
        self.by_checksum[checksum] = item.article_id
        self.kept[item.article_id] = shingles
        self.order[item.article_id] = len(self.order)
        if self.lsh is not None:
            self.lsh.insert(item.article_id, self._signature(shingles))


# An article whose word shingles lie this much inside a longer kept article is a shortened copy
# of it (of this many shingles at least: a short alert repeating a lede is no copy).
SHORTENED_CONTAINED = 0.9
SHORTENED_MIN = 40
SHORTENED_AT_MOST = 0.95  # (shorter by a paragraph or more: an edit of the same length is a near-duplicate or not)


def _unique_ids(items: list[_Item]) -> None:
    """Make article ids unique: a later clash gets its file name, then a ``~n`` suffix."""
    seen: set[str] = set()
    for item in items:
        candidate = item.article_id
        if candidate in seen and item.row is None:
            candidate = item.path.name
        base, number = candidate, 2
        while candidate in seen:
            candidate, number = f"{base}~{number}", number + 1
        item.article_id = candidate
        seen.add(candidate)


# ---------------------------------------------------------------------------------------------
# Entry point


def load_articles(source: str | Path | list[str | Path], options: LoadOptions | None = None) -> LoadResult:
    """Read every article file of ``source`` (a folder, a glob such as ``"seeds/*.txt"``, or a
    list of paths) into the article table; see :class:`LoadResult`.

    Raises :class:`LoadError` only for an unusable source (missing folder or file, a glob matching
    nothing, invalid options); any problem with a file's content becomes a ``skipped`` row.
    """
    options = options or LoadOptions()
    _validate(options)
    files, folders, described = _resolve(source)
    aliases = formats.column_aliases(options.columns)
    messages: list[str] = []

    items: list[_Item] = []
    for path in files:
        try:
            raws = _read_file(path, options, aliases)
        except Exception as err:  # noqa: BLE001 - one bad file must never stop the briefing
            raws = [RawArticle(skip=f"could not be read ({type(err).__name__})")]
        items.extend(_items_for(path, raws))
    metadata = [str(item.path) for item in items if item.is_metadata]
    items = [item for item in items if not item.is_metadata]
    _unique_ids(items)
    _apply_manifests(items, _manifests(folders, files, aliases, messages), messages)
    _date_yearless_datelines(items)
    _date_from_file_names(items)
    # One pass in load order: language, then duplicates, then the article limit. Articles past
    # the limit are not examined further (language detection is the slow step).
    duplicates = _Duplicates(float(options.near_duplicate_threshold))
    used_count = over = 0
    for item in items:
        if item.status != "used":
            continue
        if used_count >= options.max_articles:
            item.skip(f"article limit reached (max_articles = {options.max_articles}); not examined")
            over += 1
            continue
        try:
            _assign_language(item)
        except Exception as err:  # noqa: BLE001
            item.skip(f"language detection failed ({type(err).__name__})")
        if item.status == "used":
            duplicates.check(item)
        used_count += item.status == "used"

    frame = pd.DataFrame([item.record() for item in items], columns=list(COLUMNS))
    frame["word_count"] = frame["word_count"].astype("int64")
    for column in COLUMNS:
        if column != "word_count":
            frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    result = LoadResult(frame, [], metadata_files=metadata)
    general, details = _summary_messages(result, items, described, options, over)
    result.messages, result.details = general + messages + details, details
    return result


def _date_yearless_datelines(items: list[_Item]) -> None:
    """Date the articles whose only date is a dateline without a year ("MOGADISHU, March 12
    (Horn Wire) -"): wire copy about the same incident as the dated articles of the set is from
    their time, so the year is the one that puts the day nearest to them (said in the note)."""
    near = [item.published for item in items if item.published and item.status == "used"]
    for item in items:
        if item.published or not item.dateline_day:
            continue
        iso = formats.year_for_day(item.dateline_day, near)
        if iso:
            item.published = iso
            item.notes.append("date from the dateline; its year from the other articles")
        else:
            item.notes.append("the dateline gives a day without a year and no other article is "
                              "dated near it: undated")


# an ISO day in a file's name: "01_nns_2025-10-16.txt", "2025-10-16 Reuters.txt"; compact
# ("wire_KABUL-BLAST_20260114.txt"), or day first where the day cannot be the month
# ("PressRelease_Kabul_15-01-2026.txt")
_NAME_DATE = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")
_NAME_COMPACT = re.compile(r"(?<!\d)((?:19[9]|20[0-3])\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
_NAME_DAY_FIRST = re.compile(r"(?<!\d)(1[3-9]|2\d|3[01])[-_.](0[1-9]|1[0-2])[-_.]((?:19|20)\d\d)(?!\d)")
# a month by its name: "statement_05Feb2026_EN.txt", "brief-5-feb-2026.md"
_NAME_MONTH = re.compile(r"(?<![A-Za-z\d])(\d{1,2})[-_. ]?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}[-_. ]?"
                         r"((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
# day and month both twelve or under ("ccpo-press-release-06-02-2026"): read by the other articles
_NAME_EITHER = re.compile(r"(?<!\d)(0?[1-9]|1[0-2])[-_.](0?[1-9]|1[0-2])[-_.]((?:19|20)\d\d)(?!\d)")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _name_day(name: str) -> str | None:
    """The day a file's name gives, as text :func:`formats.parse_published` reads (ISO)."""
    if found := _NAME_DATE.search(name):
        return found.group(1)
    if found := _NAME_COMPACT.search(name):
        return f"{found.group(1)}-{found.group(2)}-{found.group(3)}"
    if found := _NAME_DAY_FIRST.search(name):
        return f"{found.group(3)}-{found.group(2)}-{found.group(1)}"
    if found := _NAME_MONTH.search(name):
        return f"{found.group(3)}-{_MONTHS.index(found.group(2).lower()) + 1:02d}-{int(found.group(1)):02d}"
    return None


def _name_day_by_others(name: str, others: list[str]) -> str | None:
    """The day of a name whose day and month could be either ("06-02-2026"): the reading within
    45 days of the other articles' dates and at least two weeks nearer them than the other
    reading, else None."""
    found = _NAME_EITHER.search(name)
    if found is None or not others:
        return None
    a, b, year = int(found.group(1)), int(found.group(2)), int(found.group(3))
    days = [date.fromisoformat(o[:10]) for o in others]
    readings = []
    for month, day in {(b, a), (a, b)}:  # day first and month first
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        readings.append((min(abs((when - d).days) for d in days), when.isoformat()))
    readings.sort()
    if not readings or readings[0][0] > 45:
        return None
    if len(readings) > 1 and readings[1][0] - readings[0][0] < 14:
        return None
    return readings[0][1]


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _date_from_file_names(items: list[_Item]) -> None:
    """Date the articles the text and metadata leave undated by a day in their file's name,
    as analysts name saved articles ("01_nns_2025-10-16.txt"); said in the note. Not for the rows
    of a collection (its file's name dates the collection, not each row)."""
    for item in items:
        if item.published or item.row is not None or item.is_metadata:
            continue
        found = _name_day(item.path.name)
        iso, _problem = formats.parse_published(found) if found else (None, None)
        if iso:
            item.published = iso
            item.notes.append("date from the file name")
    # (then the names whose day and month could be either, read by every date now known)
    others = [item.published for item in items if item.published and _ISO_DAY.match(item.published)]
    for item in items:
        if item.published or item.row is not None or item.is_metadata:
            continue
        if (iso := _name_day_by_others(item.path.name, others)) is not None:
            item.published = iso
            item.notes.append("date from the file name (its day and month read as the other articles' dates suggest)")


def _summary_messages(result: LoadResult, items: list[_Item], described: str, options: LoadOptions,
                      over: int) -> tuple[list[str], list[str]]:
    """(general lines, per-file lines) for ``LoadResult.messages``."""
    counts = result.counts()
    files = len({str(item.path) for item in items}) + len(result.metadata_files)
    lines = [
        f"Read {files} file{'s' if files != 1 else ''} from {display(described)}: "
        f"{counts['used']} article{'s' if counts['used'] != 1 else ''} used, "
        f"{counts['duplicate']} duplicate{'s' if counts['duplicate'] != 1 else ''}, "
        f"{counts['skipped']} skipped"
        + (f", {counts['metadata']} metadata file{'s' if counts['metadata'] != 1 else ''}." if counts["metadata"] else ".")
    ]
    if counts["used"] == 0:
        lines.append("No usable articles: the briefing will report that nothing could be analysed.")
    if over:
        lines.append(
            f"Article limit reached: {options.max_articles} articles used, {over} more "
            f"item{'s were' if over != 1 else ' was'} not examined; raise max_articles to read them."
        )
    table = result.quality_table()
    notable = table[table["status"].isin(["duplicate", "skipped"])]
    details = [
        f"{display(row.file)}: {row.status} — {display(row.reason)}"
        for row in notable.head(options.max_item_messages).itertuples(index=False)
    ]
    if len(notable) > options.max_item_messages:
        details.append(f"... and {len(notable) - options.max_item_messages} more (see the data-quality table).")
    return lines, details
