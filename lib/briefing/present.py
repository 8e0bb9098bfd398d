"""Present stage, text and tables: HTML blocks of the briefing, every piece of article text escaped.

Article text is untrusted. Nothing here builds HTML from it except through :func:`esc`, and the
notebooks display only what these functions return (never Markdown built from article text).
"""
from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any

from .export import BRIEFING_METADATA_KEY


def esc(value: Any) -> str:
    """HTML-escape any value for text content or a quoted attribute; None becomes ""."""
    if value is None:
        return ""
    return html.escape(str(value), quote=True)


def fmt_count(value: int | None, qualifier: str = "exact", low: int | None = None, high: int | None = None) -> str:
    """A figure in words an analyst reads: "at least 17", "12–15", "not reported"."""
    if value is None and low is None:
        return "not reported"
    if qualifier == "range" or (low is not None and high is not None and low != high):
        return f"{low}–{high}"
    prefix = {"at_least": "at least ", "more_than": "more than ", "about": "about ", "up_to": "up to "}
    return f"{prefix.get(qualifier, '')}{value if value is not None else low}"


def table_html(
    rows: Iterable[Sequence[Any]],
    headers: Sequence[str],
    numeric: Iterable[int] = (),
    raw_columns: Iterable[int] = (),
    css_class: str = "",
) -> str:
    """An HTML table; cells are escaped except the column indexes in ``raw_columns``.

    ``raw_columns`` is only for cells this module built itself from escaped parts.
    """
    numeric, raw = set(numeric), set(raw_columns)
    head = "".join(f'<th class="num">{esc(h)}</th>' if i in numeric else f"<th>{esc(h)}</th>"
                   for i, h in enumerate(headers))
    body = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            content = str(cell) if i in raw else esc(cell)
            cells.append(f'<td class="num">{content}</td>' if i in numeric else f"<td>{content}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    cls = f' class="{esc(css_class)}"' if css_class else ""
    return f"<table{cls}><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def quote_html(sentence: str) -> str:
    """A quoted source sentence (escaped)."""
    return f'<span class="quote">{esc(sentence)}</span>'


def show_html(markup: str, metadata: dict[str, Any] | None = None) -> None:
    """Display an HTML block built by this module; ``metadata`` rides along for the exporter."""
    from IPython.display import display

    bundle = {"text/html": markup, "text/plain": "(briefing block: see the HTML view)"}
    meta = {BRIEFING_METADATA_KEY: metadata} if metadata else None
    display(bundle, raw=True, metadata=meta)
