"""Present stage, text and tables: HTML blocks of the briefing, every piece of article text escaped.

Article text is untrusted. Nothing here builds HTML from it except through :func:`esc`, and the
notebooks display only what these functions return (never Markdown built from article text).
"""
from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any

from .paths import BRIEFING_METADATA_KEY
from .reconcile import parts_above_totals
from .text import date_words


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


# ------------------------------------------------------------------------------ briefing sections
STATUS_CLASS = {
    "consistent": "status-consistent",
    "conflicting": "status-conflicting",
    "single source": "status-single",
    "updated": "status-updated",
    "not reported": "status-none",
    "claim only": "status-single",
}
KEY_FIGURES = (
    ("killed_total", "Killed, all parties"),
    ("killed_attackers", "Attackers killed"),
    ("killed_security", "Security forces killed"),
    ("killed_civilians", "Civilians killed"),
    ("wounded_total", "Wounded"),
    ("captured_attackers", "Attackers captured"),
    ("attackers_total", "Attackers in the group"),
)
# Shown only when a source reports it: most attacks kidnap no one, and an "n/r" card for it in
# every briefing would be noise.
OPTIONAL_FIGURES = (("kidnapped_total", "Kidnapped or abducted"),
                    ("released_total", "Freed, released or rescued"),
                    ("missing_total", "Missing"))


# People the sources only call suspects ("detained three suspects in overnight raids") are counted
# with the attackers captured, as the gold coders count them, but the briefing names them as the
# sources do: an analyst must not read "3 attackers captured" where police hold 3 suspects.
SUSPECT_WORDS = ("suspect", "accomplice", "facilitator", "accused")


def captured_words(rec: Any) -> tuple[str, str]:
    """The noun and verb that name the captured attackers of ``rec`` (a reconciled field):
    ("suspect", "arrested" or "detained") where every quoted phrase of every source's figure
    names suspects, else ("attacker", "captured")."""
    phrases = [e.phrase.lower() for s in getattr(rec, "per_source", []) if s.value is not None
               for e in s.evidence]
    if not phrases or not all(p and any(w in p for w in SUSPECT_WORDS) for p in phrases):
        return "attacker", "captured"
    return "suspect", "arrested" if any("arrest" in p for p in phrases) else "detained"


def key_figures(summary: Any) -> list[tuple[str, str]]:
    """The (field, label) pairs a briefing shows: :data:`KEY_FIGURES` (the attackers captured
    named as suspects where the sources call them so), then each optional figure some source
    reports."""
    shown = list(KEY_FIGURES)
    captured = summary.fields.get("captured_attackers")
    noun, verb = captured_words(captured)
    if noun != "attacker":
        shown = [(k, f"{noun.capitalize()}s {verb}" if k == "captured_attackers" else label)
                 for k, label in shown]
    for key, label in OPTIONAL_FIGURES:
        rec = summary.fields.get(key)
        if rec is not None and any(s.value is not None or s.low is not None
                                   for s in [*rec.per_source, *getattr(rec, "claims", [])]):
            shown.append((key, label))
    return shown


def status_html(status: str) -> str:
    """An agreement status with its colour class."""
    return f'<span class="{STATUS_CLASS.get(status, "")}">{esc(status)}</span>'


def _field_text(rec: Any) -> str:
    return fmt_count(rec.value, rec.qualifier, rec.low, rec.high)


def source_name(article_id: str, outlet: Any = None) -> str:
    """How a source is named in the briefing: outlet when known, else its file id."""
    return f"{outlet} ({article_id})" if isinstance(outlet, str) and outlet.strip() else str(article_id)


def incident_when(dating: Any) -> str:
    """The incident date as the briefing states it, with its agreement ('6 Nov 2019')."""
    if dating is None or not dating.date:
        return ""
    words = date_words(dating.date)
    return words + (" (sources disagree)" if dating.status == "conflicting" else "")


def header_html(title: str, marking: str, sources: int, date_range: str, reference_date: str,
                generated_at: str, place: str | None = None, incident_date: str = "") -> str:
    """Section 1: title, date and place, marking, generated-at, sources count and date range."""
    meta = []
    if incident_date or place:
        meta.append("Incident: " + esc(", ".join(x for x in (incident_date, place) if x)))
    meta.append(f"As of {esc(reference_date or 'unknown date')}")
    meta += [f"{sources} source{'s' if sources != 1 else ''} ({esc(date_range)})",
             f"Generated {esc(generated_at)}", esc(marking)]
    return ('<header class="header-block"><h1>' + esc(title) + '</h1><div class="meta">'
            + "".join(f"<span>{m}</span>" for m in meta) + "</div></header>")


def bluf_sentences(summary: Any, usable: int, place: str | None = None) -> list[str]:
    """Section 2: two to four plain sentences generated from the reconciled facts (templates)."""
    if usable == 0:
        return ["No usable article was found, so this briefing reports no figures; "
                "see the data-quality section for what was read and why it was skipped."]
    f = summary.fields
    sentences = []
    killed = f["killed_total"]
    parts = [(f[k], label) for k, label in (("killed_attackers", "attackers"),
                                             ("killed_security", "security forces"),
                                             ("killed_civilians", "civilians")) if f[k].value is not None]
    
    kidnapped = f.get("kidnapped_total")
    taken = kidnapped is not None and kidnapped.value is not None
    if killed.value is not None or parts or taken:
        if killed.value is not None:
            # (not "1–31", a range from 1; "at least 1 person was killed")
            one = _field_text(killed) in ("1", "at least 1", "about 1")
            head = f"{_field_text(killed).capitalize()} {'person was' if one else 'people were'} killed"
        elif parts:
            head = "Deaths are reported by party only"
        else:  # a kidnapping in which no one is reported killed
            head = f"{_field_text(kidnapped).capitalize()} people were kidnapped or abducted"
        if parts:
            head += " (" + ", ".join(f"{label}: {_field_text(r)}" for r, label in parts) + ")"
        extra = []
        if taken and (killed.value is not None or parts):
            extra.append(f"{_field_text(kidnapped)} kidnapped or abducted")
        released = f.get("released_total")
        if released is not None and released.value is not None:
            extra.append(f"{_field_text(released)} freed, released or rescued")
        if f["wounded_total"].value is not None:
            extra.append(f"{_field_text(f['wounded_total'])} wounded")
        missing = f.get("missing_total")
        if missing is not None and missing.value is not None:
            extra.append(f"{_field_text(missing)} missing")
        if f["captured_attackers"].value is not None:
            captured = f["captured_attackers"]
            one = captured.value == 1 and captured.qualifier == "exact"
            noun, verb = captured_words(captured)
            extra.append(f"{_field_text(captured)} {noun}{'' if one else 's'} {verb}")
        if extra:
            head += "; " + (", ".join(extra[:-1]) + " and " + extra[-1] if len(extra) > 1 else extra[0])
        when = incident_when(getattr(summary, "dating", None))
        # ("near Hodeidah, Yemen": a place measured from takes no "in")
        where = (place if place.startswith("near ") else f"in {place}") if place else ""
        setting = ", ".join(x for x in ((f"on {when}" if when else ""), where) if x)
        if setting:
            head = f"{setting[0].upper()}{setting[1:]}, {head[0].lower()}{head[1:]}"
        statuses = {r.status for r in f.values() if r.status != "not reported"}
        agreement = ("sources conflict on some figures" if "conflicting" in statuses
                     else f"{usable} source{'s' if usable != 1 else ''}, no conflicting figures")
        if parts_above_totals(f):
            agreement += "; the parties' figures add up to more than the total, as they come from different reports"
        updated = [r.label.lower() for r in f.values() if r.status == "updated"]
        if updated:
            agreement += f"; later reports updated {', '.join(updated)}"
        claimed = _claimed_tolls(f)
        if claimed:
            agreement += f"; the group's own claim of {' and '.join(claimed)} is not counted"
        sentences.append(f"{head} ({agreement}).")
    else:
        sentences.append("No casualty figure for the main incident is reported by the sources.")
    judgment = getattr(summary.attribution, "judgment", "")
    if judgment:
        sentences.append(judgment)
    conflicts = [r.label for r in f.values() if r.status == "conflicting"]
    if conflicts:
        sentences.append("Sources disagree on: " + ", ".join(conflicts).lower()
                         + "; the figures below keep each source's value and take the most conservative.")
    # (a figure only the group claims is named with the claim above, not as unreported)
    missing = [label.lower() for key, label in key_figures(summary)
               if f[key].value is None and f[key].status != "claim only"]
    if missing:
        sentences.append("Not reported by any source: " + ", ".join(missing) + ".")
    return sentences[:4]


_CLAIM_WORDS = (("killed_security", "security forces killed"), ("killed_civilians", "civilians killed"),
                ("killed_attackers", "attackers killed"), ("killed_total", "killed"),
                ("wounded_total", "wounded"), ("kidnapped_total", "taken or kidnapped"))


def _claimed_tolls(fields: dict[str, Any]) -> list[str]:
    """The perpetrator group's own tolls in words ("70 security forces killed"): a party's claim
    stands for the total it implies, so the total is named only when no party is."""
    said: list[str] = []
    for key, words in _CLAIM_WORDS:
        rec = fields.get(key)
        if rec is None or (key == "killed_total" and said):
            continue
        claims = [c for c in getattr(rec, "claims", [])] + [
            s for s in rec.per_source if s.kind == "group claim" and s.value is not None]
        if claims:
            c = claims[0]
            said.append(f"{fmt_count(c.value, c.qualifier, c.low, c.high)} {words}")
    return said[:2]


def bluf_html(summary: Any, usable: int, place: str | None = None) -> str:
    """The BLUF box."""
    return ('<div class="bluf">' + "".join(f"<p>{esc(s)}</p>" for s in bluf_sentences(summary, usable, place))
            + "</div>")


def key_figures_html(summary: Any) -> str:
    """Section 3: a compact panel of the reconciled figures with ranges and agreement."""
    cards = []
    for key, label in key_figures(summary):
        rec = summary.fields[key]
        value = _field_text(rec) if rec.value is not None else "n/r"
        rng = (f"range {rec.low}–{rec.high}" if rec.low is not None and rec.high is not None
               and rec.low != rec.high else "")
        cards.append(f'<div class="kpi"><div class="v">{esc(value)}</div><div class="l">{esc(label)}</div>'
                     f'<div class="s">{status_html(rec.status)} {esc(rng)}</div></div>')
    return '<div class="kpis">' + "".join(cards) + "</div><p class=\"note\">n/r = not reported by any source (not the same as zero).</p>"


def agreement_table_html(summary: Any, articles: Any) -> str:
    """Section 4 table: per field, each source's value, the reconciled value, status and reason."""
    ids = [str(a) for a in articles["article_id"]] if len(articles) else []
    outlets = dict(zip(articles.get("article_id", []), articles.get("outlet", [])))
    rows = []
    dating = getattr(summary, "dating", None)
    if dating is not None and dating.status != "not reported":
        by_date = {p["article_id"]: p for p in dating.per_source}
        rows.append(["Incident date"]
                    + [esc(date_words(by_date[a]["date"])) if a in by_date else "not stated" for a in ids]
                    + [esc(date_words(dating.date)), status_html(dating.status),
                       esc("; ".join(f"{a}: {p['basis']}" for a, p in by_date.items()) if dating.status != "conflicting"
                           else dating.reason)])
    for key, label in key_figures(summary):
        rec = summary.fields[key]
        by_source = {sv.article_id: sv for sv in rec.per_source}
        cells = [label]
        for aid in ids:
            sv = by_source.get(aid)
            text = fmt_count(sv.value, sv.qualifier, sv.low, sv.high) if sv else "not reported"
            if sv and sv.derivation:
                text += f" (derived: {sv.derivation})"
            for c in getattr(rec, "claims", []):
                if c.article_id == aid:
                    text += f"; quotes the group's own claim: {fmt_count(c.value, c.qualifier, c.low, c.high)}"
            cells.append(esc(text))
        cells += [esc(_field_text(rec)), status_html(rec.status), esc(rec.reason)]
        rows.append(cells)
    headers = ["Figure"] + [source_name(a, outlets.get(a)) for a in ids] + ["Reconciled", "Agreement", "Why"]
    n = len(headers)
    return table_html(rows, headers, raw_columns=range(1, n), css_class="agreement")


def attribution_html(summary: Any) -> str:
    """Section 5 text: judgment, then per source who blames whom, on what basis, with hedges."""
    att = summary.attribution
    parts = [f"<p><strong>Judgment:</strong> {esc(att.judgment or 'no group is named or blamed by the sources.')}</p>"]
    if att.reason:
        parts.append(f'<p class="note">Why: {esc(att.reason)}</p>')
    if att.competing:
        parts.append(f"<p class=\"warn\">Competing claims or blame: {esc(', '.join(att.competing))}</p>")
    rows = []
    for s in att.per_source:
        ev = s.get("evidence") or []
        sentence = ev[0].sentence if ev and hasattr(ev[0], "sentence") else (ev[0].get("sentence") if ev else "")
        rows.append([source_name(s.get("article_id", ""), s.get("outlet")), s.get("published") or "",
                     s.get("group") or "none", (s.get("stance") or "").replace("_", " "), s.get("by") or "",
                     s.get("basis") or "", ", ".join(s.get("hedges") or []), quote_html(sentence)])
    if rows:
        parts.append(table_html(rows, ["Source", "Date", "Group", "Stance", "Who says so", "Basis", "Hedges", "Evidence"],
                                raw_columns=[7]))
    parts.append(_attackers_html(att))
    return "".join(parts)


def _attackers_html(att: Any) -> str:
    """The individuals the sources name as the attacker, with who identifies them and the
    sentence, and the sentences that say the attacker acted alone."""
    attackers, alone = getattr(att, "attackers", []), getattr(att, "alone", [])
    if not attackers and not alone:
        return ""
    rows = [[a["name"], ", ".join(a["by"]), ", ".join(source_name(x) for x in a["sources"]),
             quote_html(a["evidence"][0].sentence)] for a in attackers]
    rows += [["(acted alone)", "", source_name(e.article_id), quote_html(e.sentence)] for e in alone]
    return ("<div class=\"keep\"><h3>Attacker named</h3>"
            + table_html(rows, ["Name", "Who identifies", "Sources", "Evidence"], raw_columns=[3]) + "</div>")


def background_html(summary: Any) -> str:
    """Section 8: background incidents with their own figures and attribution (never summed),
    then other dated references the sources make (decrees, history), listed apart."""
    if not summary.background:
        return "<p>No earlier or other incidents are mentioned.</p>"
    rows, references = [], []
    for bg in summary.background:
        when = date_words(bg.date)
        if getattr(bg, "kind", "incident") == "reference":
            references.append([when, bg.label, ", ".join(bg.sources)])
            continue
        figures = "; ".join(f"{m.status} ({m.party}): {fmt_count(m.value, m.qualifier, m.low, m.high)}"
                            for m in bg.mentions) or "no figures"
        groups = "; ".join(f"{a.group or 'unknown'} ({a.stance.replace('_', ' ')})" for a in bg.attributions) or "—"
        rows.append([when, bg.label, figures, groups, ", ".join(bg.sources)])
    parts = []
    if rows:
        parts.append("<div class=\"keep\"><p class=\"note\">Mentioned as context only: these figures are not "
                     "part of the main incident's totals.</p>"
                     + table_html(rows, ["When", "Incident", "Figures", "Attribution", "Sources"]) + "</div>")
    else:
        parts.append("<p>No earlier or other incidents are mentioned.</p>")
    if references:
        parts.append("<div class=\"keep\"><h3>Other dated references</h3><p class=\"note\">Dated statements "
                     "that name no violent event (legal notes, history, the author's earlier writing).</p>"
                     + table_html(references, ["When", "Reference", "Sources"]) + "</div>")
    return "".join(parts)


def sources_html(summary: Any) -> str:
    """Section 9: outlet, date, language, status and what each source contributed."""
    df = summary.sources
    rows = [[r.get("article_id"), r.get("title") or "(no headline)", r.get("outlet") or "not named",
             r.get("published") or "unknown", r.get("language") or "?",
             r.get("status") + (f" of {r.get('duplicate_of')}" if r.get("duplicate_of") else ""),
             r.get("contributed") or "—"] for r in df.to_dict("records")]
    return table_html(rows, ["Id", "Title", "Outlet", "Published", "Language", "Status", "Contributed"])


def evidence_html(facts: Any) -> str:
    """Section 10: every figure and claim of the main and background incidents with its sentence."""
    if facts is None or len(facts) == 0:
        return "<p>No figure or claim was extracted.</p>"
    rows = []
    for r in facts.to_dict("records"):
        what = r.get("field") or r.get("kind")
        if r.get("kind") == "attribution":
            value = f"{r.get('group') or 'no group'} — {str(r.get('stance') or '').replace('_', ' ')}"
        elif r.get("kind") == "attacker":
            value = f"{r.get('person')} (named)" if r.get("person") else "acted alone"
        elif r.get("kind") == "date":
            value = f"{date_words(r.get('date'))} ({r.get('derivation')})"
        else:
            value = fmt_count(_int(r.get("value")), r.get("qualifier") or "exact", _int(r.get("low")), _int(r.get("high")))
            if r.get("derivation"):
                value += f" (derived: {r.get('derivation')})"
        read_as = _EVIDENCE_KIND.get(r.get("kind"), r.get("kind"))
        if r.get("kind") == "figure" and r.get("by"):
            read_as += f", given by: {r['by']}"
        rows.append([r.get("article_id"), r.get("incident"), read_as, what, value, quote_html(r.get("sentence") or "")])
    return table_html(rows, ["Source", "Incident", "Read as", "Field", "Value", "Sentence"], raw_columns=[5])


# A source's figure for a field and the casualty mentions it was built from quote the same
# sentence; the column says which is which.
_EVIDENCE_KIND = {"date": "incident date", "figure": "source figure", "casualty": "mention",
                  "attribution": "claim / blame", "attacker": "attacker named"}


def _int(value: Any) -> int | None:
    try:
        if value is None or value != value:  # NaN from a CSV round trip
            return None
        return int(value)
    except (TypeError, ValueError):
        return None


def quality_html(quality: Any, checks: Iterable[str] = (), messages: Iterable[str] = ()) -> str:
    """Data-quality section: every input file with its status and reason, plus warnings."""
    rows = [[r.get("file"), r.get("status"), r.get("reason") or ""] for r in quality.to_dict("records")]
    out = table_html(rows, ["File", "Status", "Reason"])
    notes = [*messages, *checks]
    if notes:
        out += "<ul>" + "".join(f"<li>{esc(n)}</li>" for n in notes) + "</ul>"
    return out


def method_html(method: Iterable[str]) -> str:
    """The method note: the reconciliation rules as written down by the reconcile stage."""
    return "<ul>" + "".join(f"<li>{esc(m)}</li>" for m in method) + "</ul>"


def places_html(places: list[dict[str, Any]]) -> str:
    """The places table under the map: role, kind, coordinates' precision, sources, evidence."""
    if not places:
        return "<p>No place from the gazetteers is named.</p>"
    rows = [[p["name"], p["role"], p["kind"], p["country"], p["precision"], p["sources"], quote_html(p["sentence"])]
            for p in places]
    return table_html(rows, ["Place", "Role", "Kind", "Country", "Precision", "Sources", "First evidence"],
                      numeric=[5], raw_columns=[6])
