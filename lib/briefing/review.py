"""Present stage, evidence review: per source, what was extracted from which sentence."""
from __future__ import annotations

from typing import Any

import pandas as pd

from .model import DocumentExtraction
from .present import esc, fmt_count, quote_html, table_html


def document_rows(doc: DocumentExtraction) -> list[list[Any]]:
    """One row per extracted item: sentence number, incident, kind, what, and the sentence."""
    rows: list[list[Any]] = []
    for m in doc.casualties:
        what = f"{m.status} · {m.party} · {fmt_count(m.value, m.qualifier, m.low, m.high)}"
        if m.role == "total":
            what += " (total)"
        if m.derived_from:
            what += f" (derived: {m.derived_from})"
        rows.append([m.sentence_index, m.incident, "casualty", what, m.sentence])
    for s in doc.attributions:
        what = f"{s.group or 'no group'} · {s.stance.replace('_', ' ')} · by {s.by or '?'}"
        if s.basis:
            what += f" · basis: {s.basis}"
        if s.hedges:
            what += f" · hedges: {', '.join(s.hedges)}"
        rows.append([s.sentence_index, s.incident, "attribution", what, s.sentence])
    rows.sort(key=lambda r: (r[0] if isinstance(r[0], int) else 10**9, r[2]))
    return rows


def document_html(doc: DocumentExtraction, articles: pd.DataFrame) -> str:
    """The review block of one article: metadata, incidents, figures, and every extracted item."""
    meta = articles[articles["article_id"] == doc.article_id].to_dict("records")
    row = meta[0] if meta else {}
    title = row.get("title") or "(no headline)"
    parts = [f"<h3>{esc(doc.article_id)}: {esc(title)}</h3>",
             f"<p class='note'>Outlet: {esc(row.get('outlet') or 'not named')} · published "
             f"{esc(doc.published or 'unknown')} · language {esc(doc.language or '?')}</p>"]
    if doc.skipped_reason:
        return "".join(parts) + f"<p class='warn'>Not mined: {esc(doc.skipped_reason)}</p>"
    if doc.incidents:
        parts.append("<p><strong>Incidents:</strong> " + "; ".join(
            f"{esc(k)} = {esc(v)}" for k, v in doc.incidents.items()) + "</p>")
    figures = [[name, fmt_count(f.value, f.qualifier, f.low, f.high), f.derivation or "",
                quote_html(f.evidence[0].sentence) if f.evidence else ""] for name, f in doc.figures.items()]
    if figures:
        parts.append(table_html(figures, ["Field", "Value", "Derivation", "Evidence"], raw_columns=[3]))
    rows = [[r[0], r[1], r[2], r[3], quote_html(r[4])] for r in document_rows(doc)]
    parts.append(table_html(rows, ["#", "Incident", "Kind", "Extracted", "Sentence"], numeric=[0], raw_columns=[4])
                 if rows else "<p>Nothing extracted.</p>")
    if doc.checks:
        parts.append("<ul>" + "".join(f"<li class='warn'>{esc(c)}</li>" for c in doc.checks) + "</ul>")
    return "".join(parts)
