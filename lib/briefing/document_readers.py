"""Readers of article files that are not plain text: PDF, Word (.docx) and e-mail (.eml).

Analysts keep articles as a browser's "Save as PDF", a Word file from a clipping service, or a
news alert e-mail. Each reader turns the file's bytes into the same :class:`RawArticle` as the
text readers of ``formats.py``, and never raises: a file it cannot read comes back with ``skip``
set to the reason.

- PDF: pypdf (pure Python, no system library) gives each page's text layer. A browser's print
  header and footer (print time, file URL, "1/2" page numbers) and lines repeated on every page
  are dropped, ligatures (ﬁ) are unfolded, and the lines of a paragraph, hard-wrapped by the
  page width, are joined again so that sentences are whole. A PDF without a text layer (a scan)
  is reported as such: nothing is OCR'd.
- Word: python-docx gives the paragraphs in order (tables included as rows of cells).
- E-mail: the standard library's ``email`` package; the plain-text part is preferred, an HTML
  part is read like a saved web page. The subject is the title; the Date header is used as the
  publication date only when the text itself carries none, and the briefing says so.

The publication date of a PDF or Word file is never taken from the file's own creation date:
that is when it was printed or saved, not when the article appeared.
"""
from __future__ import annotations

import email
import email.policy
import email.utils
import io
import logging
import re
import unicodedata
from collections import Counter

from . import formats
from .formats import RawArticle
from .text import is_abbreviation  # the sentence splitter's own abbreviation list

MAX_PDF_PAGES = 60  # an article is a few pages; a 500-page report is not an article

# A browser's print header/footer: "11/21/26, 12:36 PM", "21/11/2026 12:36", a file or web
# address (optionally followed by "1/2"), "Page 2 of 5", "2/5" alone.
_PRINT_LINE = re.compile(
    r"^(?:\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?"
    r"|(?:file|https?)://\S+(?:\s+\d+\s*/\s*\d+)?"
    r"|page\s+\d+\s+(?:of|/)\s+\d+"
    r"|\d+\s*/\s*\d+)$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")
_FILE_NAME = re.compile(r"\.(?:html?|pdf|docx?|txt|aspx?|php)$", re.IGNORECASE)


def _unfold(text: str) -> str:
    """Ligatures and other compatibility characters of PDF text layers (ﬁ → fi, ﬂ → fl)."""
    return "".join(unicodedata.normalize("NFKC", ch) if 0xFB00 <= ord(ch) <= 0xFB4F else ch
                   for ch in text)


def _ends_sentence(line: str) -> bool:
    """Whether ``line`` ends a sentence: a closing stop or quote, not "Mr." or "U.S."."""
    return bool(_SENTENCE_END.search(line)) and not is_abbreviation(line, len(line) - 1)


def _join_wrapped(lines: list[str]) -> str:
    """Paragraphs from hard-wrapped lines: a line as wide as the page's text and not ending a
    sentence continues on the next line; short lines (headline, date, byline) stand alone."""
    widths = sorted(len(line) for line in lines if line)
    if not widths:
        return ""
    full = widths[int(len(widths) * 0.9)] if len(widths) >= 5 else max(widths)
    out: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                out.append(current)
                current = ""
            continue
        if current:
            if current.endswith("-") and line[:1].islower():
                current = current[:-1] + line  # "counter-\nterrorism"
            else:
                current += " " + line
        else:
            current = line
        wrapped = len(line) >= 0.7 * full and not _ends_sentence(line)
        if not wrapped:
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return "\n\n".join(out)


def pdf_text(pages: list[str]) -> str:
    """The article text of a PDF's page texts: print furniture dropped, paragraphs rejoined."""
    page_lines = [[" ".join(line.split()) for line in _unfold(p).splitlines()] for p in pages]
    # a line on every page of a multi-page print is a running header or footer
    repeated: set[str] = set()
    if len(page_lines) > 1:
        counts = Counter(line for lines in page_lines for line in set(lines) if line)
        repeated = {line for line, n in counts.items() if n == len(page_lines)}
    kept: list[str] = []
    for lines in page_lines:
        for line in lines:
            if line in repeated or _PRINT_LINE.match(line):
                continue
            kept.append(line)
        kept.append("")  # a page break ends a paragraph only if the line ended a sentence
        if len(kept) > 1 and kept[-2] and not _ends_sentence(kept[-2]):
            kept.pop()
    return _join_wrapped(kept).strip()


def _join_title(text: str, title: str | None) -> str:
    """A headline the page width wrapped over two or three short lines is one line again when
    the PDF's title property spells it whole ("41 killed in ... says home" / "minister")."""
    if not title:
        return text
    paragraphs = text.split("\n\n")
    for n in (2, 3):
        if len(paragraphs) > n and " ".join(paragraphs[:n]) == title:
            return "\n\n".join([title] + paragraphs[n:])
    return text


def read_pdf(data: bytes) -> RawArticle:
    """A PDF article (e.g. a browser's "Save as PDF" of a news page) from its text layer."""
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf is in requirements.txt
        return RawArticle(skip="PDF support needs the pypdf package (pip install -r requirements.txt)")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return RawArticle(skip="encrypted PDF (a password is needed to read it)")
        pages = [page.extract_text() or "" for page in reader.pages[:MAX_PDF_PAGES]]
        total = len(reader.pages)
        title = (reader.metadata or {}).get("/Title") if reader.metadata else None
    except Exception as err:  # noqa: BLE001 - any malformed file is a skip, never a crash
        return RawArticle(skip=f"unreadable PDF ({formats.short_error(err)})")
    title = formats.clean_meta(title) if isinstance(title, str) else None
    if title and _FILE_NAME.search(title):
        title = None  # "page.html": the name of the printed file, not a headline
    text, _ = formats.clean_text(_join_title(pdf_text(pages), title))
    if not text.strip():
        return RawArticle(skip="PDF without a text layer (a scan?): run OCR first and save the text")
    article = formats.read_text_article(text)
    article.notes.append(f"text layer of a PDF ({total} page{'s' if total != 1 else ''})")
    if total > MAX_PDF_PAGES:
        article.notes.append(f"only the first {MAX_PDF_PAGES} of {total} pages read")
    if title and "title" not in article.meta:
        article.meta["title"] = title
        article.derived["title"] = "PDF properties"
    return article


def read_docx(data: bytes) -> RawArticle:
    """A Word (.docx) article: its paragraphs and table rows in document order."""
    try:
        import docx
    except ImportError:  # pragma: no cover - python-docx is in requirements.txt
        return RawArticle(skip="Word support needs the python-docx package (pip install -r requirements.txt)")
    try:
        document = docx.Document(io.BytesIO(data))
        blocks: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, docx.table.Table):
                for row in block.rows:
                    cells = [c.text.strip() for c in row.cells]
                    blocks.append(" | ".join(dict.fromkeys(c for c in cells if c)))
            else:
                blocks.append(block.text.strip())
        title = document.core_properties.title
    except Exception as err:  # noqa: BLE001 - any malformed file is a skip, never a crash
        return RawArticle(skip=f"unreadable Word file ({formats.short_error(err)})")
    text, _ = formats.clean_text("\n\n".join(b for b in blocks if b))
    if not text.strip():
        return RawArticle(skip="Word file without text")
    article = formats.read_text_article(text)
    title = formats.clean_meta(title) if title else None
    if title and "title" not in article.meta:
        article.meta["title"] = title
        article.derived["title"] = "document properties"
    return article


# Lines of a forwarded message's header block ("From: ...", "Sent: ...") inside the body.
_FORWARD_LINE = re.compile(
    r"^(?:-{2,}\s*(?:forwarded|original) message\s*-{2,}|(?:from|sent|date|to|cc|subject):\s.*)$",
    re.IGNORECASE)


_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|fw|tr|wg)\s*:", re.IGNORECASE)
_FORWARDED_FROM = re.compile(r"-{2,}\s*forwarded message\s*-{2,}\s*\n\s*from:\s*(.+)", re.IGNORECASE)


def _a_persons_name(name: str) -> bool:
    """Whether an e-mail's display name is a person's ("Chioma Eze"), not a desk's or a service's
    ("Alerts", "Nigeria Desk", "Kivu Security Desk")."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w[1:].islower() for w in words) \
        and not any(w.lower() in _SERVICE_WORDS for w in words)


_SERVICE_WORDS = frozenset("desk news alerts alert service team office media newsroom monitor press agency wire "
                           "bulletin editor editors info information communications".split())


def read_eml(data: bytes) -> RawArticle:
    """An e-mail (.eml) carrying an article: the subject is the title, the body the text."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain", "html"))
        content = body.get_content() if body is not None else ""
        subtype = body.get_content_subtype() if body is not None else ""
        subject = message.get("subject")
        sent = message.get("date")
        sender = message.get("from")
    except Exception as err:  # noqa: BLE001 - any malformed file is a skip, never a crash
        return RawArticle(skip=f"unreadable e-mail ({formats.short_error(err)})")
    if not isinstance(content, str) or not content.strip():
        return RawArticle(skip="e-mail without a text body")
    if subtype == "html":
        page = formats.read_html(content)
        if page.skip:
            return page
        content = page.text
    lines = [line for line in content.replace("\r\n", "\n").split("\n")
             if not _FORWARD_LINE.match(line.strip())]
    text, _ = formats.clean_text("\n".join(lines).strip())
    if not text.strip():
        return RawArticle(skip="e-mail without a text body")
    article = formats.read_text_article(text, allow_headline=not subject)
    title = formats.clean_meta(re.sub(r"^(?:(?:fwd?|re|tr|wg)\s*:\s*)+", "", str(subject or ""),
                                      flags=re.IGNORECASE))
    if title:
        # "PRESS RELEASE No. 041/2026 - Terrorist attack at the ... checkpoint": the release's subject
        title = formats.release_subject(title) or formats.alert_subject(title) or title
        article.meta["title"] = title
        article.derived["title"] = "e-mail subject"
    if "published" not in article.meta and sent:
        iso, _problem = formats.parse_published(str(sent))
        if iso:
            article.meta["published"] = iso
            article.derived["published"] = "the e-mail's Date header"
    forwarded = _FORWARDED_FROM.search(content) if _FORWARD_SUBJECT.match(str(subject or "")) \
        and _a_persons_name(email.utils.parseaddr(str(sender or ""))[0]) else None
    if forwarded is not None and "outlet" not in article.meta:
        # "Fwd: PRESS RELEASE ..." / "---------- Forwarded message ---------" / "From: Media Desk,
        # Operation X <media@...>": the message forwarded speaks, not the colleague who forwards it
        # (a service that forwards, "Alerts", stays the outlet)
        raw = re.sub(r"\s*\([^()]*\)\s*$", "", forwarded.group(1).split("<")[0].strip().strip('"'))
        name = formats.clean_meta(raw, limit=120)
        if name:
            article.meta["outlet"] = name
            article.derived["outlet"] = "the forwarded message's From line"
    if sender:
        article.notes.append(f"e-mail from {formats.clean_meta(str(sender), limit=80)}")
        # "Zamfara State Government Press Office <press@...>": the sender names who speaks
        name = formats.clean_meta(email.utils.parseaddr(str(sender))[0], limit=120)
        if name and "outlet" not in article.meta:
            article.meta["outlet"] = name
            article.derived["outlet"] = "the e-mail's From header"
    return article


READERS = {"pdf": read_pdf, "docx": read_docx, "eml": read_eml}
