"""Present stage, charts: one plotly template and colour-blind-safe palette for every figure.

Figures are displayed as a mimebundle: ``application/vnd.plotly.v1+json`` for JupyterLab's own
plotly renderer and a ``text/html`` div whose script draws with the plotly.js that the briefing
template embeds once (no CDN, no require.js). The same figure is therefore live in JupyterLab,
in the exported HTML, and vector in the printed PDF.
"""
from __future__ import annotations

import json
from typing import Any

import plotly.graph_objects as go
import plotly.io as pio

# Okabe–Ito: distinguishable with the common colour-vision deficiencies, and in greyscale print.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"]
PARTY_COLOURS = {
    "attackers": "#D55E00",
    "security": "#0072B2",
    "civilians": "#009E73",
    "unspecified": "#999999",
}
STANCE_COLOURS = {
    "claimed": "#D55E00",
    "admitted": "#D55E00",
    "attributed": "#0072B2",
    "suspected": "#56B4E9",
    "possible": "#CCE3F2",
    "not_claimed": "#999999",
    "denied": "#000000",
}
FONT = "Liberation Sans, DejaVu Sans, Helvetica, Arial, sans-serif"
CHART_WIDTH = 720  # px: fits the page column on screen and A4 in print without rescaling

TEMPLATE_NAME = "briefing"
pio.templates[TEMPLATE_NAME] = go.layout.Template(
    layout=go.Layout(
        font=dict(family=FONT, size=12, color="#1d2330"),
        colorway=PALETTE,
        paper_bgcolor="white",
        plot_bgcolor="white",
        margin=dict(l=60, r=20, t=44, b=40),
        title=dict(font=dict(size=14), x=0, xanchor="left"),
        xaxis=dict(gridcolor="#e6e9ef", linecolor="#9aa3b2", zerolinecolor="#c8ced8", automargin=True),
        yaxis=dict(gridcolor="#e6e9ef", linecolor="#9aa3b2", zerolinecolor="#c8ced8", automargin=True),
        # Legend under the plot: above it, it collides with the title at this width.
        legend=dict(orientation="h", yanchor="top", y=-0.16, xanchor="left", x=0),
        hoverlabel=dict(font=dict(family=FONT)),
    )
)

PLOTLY_CONFIG = {"displaylogo": False, "responsive": False, "modeBarButtonsToRemove": ["sendDataToCloud"]}


def styled(fig: go.Figure, height: int = 340) -> go.Figure:
    """Apply the briefing template and the fixed page-column size to ``fig``."""
    fig.update_layout(template=TEMPLATE_NAME, width=CHART_WIDTH, height=height)
    return fig


def figure_html(fig: go.Figure) -> str:
    """A ``<div>`` plus inline script drawing ``fig`` with the page's embedded plotly.js.

    Text inside the figure (titles, hover text) travels as JSON data and plotly draws it as
    SVG text, so article text in a chart is never parsed as HTML by the page.
    """
    html = pio.to_html(fig, include_plotlyjs=False, full_html=False, config=PLOTLY_CONFIG,
                       validate=True, default_width=f"{CHART_WIDTH}px")
    return f'<div class="chart">{html}</div>'


def figure_bundle(fig: go.Figure) -> dict[str, Any]:
    """The display mimebundle of ``fig`` (JupyterLab plotly mime + self-contained HTML)."""
    return {
        "application/vnd.plotly.v1+json": json.loads(pio.to_json(fig, validate=False)),
        "text/html": figure_html(fig),
        "text/plain": f"<plotly figure: {fig.layout.title.text or 'untitled'}>",
    }


def show_figure(fig: go.Figure) -> None:
    """Display ``fig`` in the notebook (and so in the exported briefing)."""
    from IPython.display import display

    display(figure_bundle(fig), raw=True)


def plain(text: object, limit: int = 120) -> str:
    """Article text made inert for plotly labels (plotly reads a little HTML: <b>, <a href> ...)."""
    s = "" if text is None else str(text)
    s = s if len(s) <= limit else s[: limit - 1] + "…"
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


CASUALTY_SERIES = (
    ("killed_attackers", "Attackers killed", PARTY_COLOURS["attackers"]),
    ("killed_security", "Security forces killed", PARTY_COLOURS["security"]),
    ("killed_civilians", "Civilians killed", PARTY_COLOURS["civilians"]),
    ("wounded_total", "Wounded (all)", "#E69F00"),
    ("captured_attackers", "Attackers captured", "#CC79A7"),
)


def casualties_by_source(summary) -> go.Figure:
    """Grouped bars: each source's reported figure per party and status, plus the reconciled value."""
    fig = go.Figure()
    sources = []
    for rec in summary.fields.values():
        for sv in rec.per_source:
            if sv.article_id not in sources:
                sources.append(sv.article_id)
    columns = [plain(s, 30) for s in sources] + ["Reconciled"]
    for key, label, colour in CASUALTY_SERIES:
        rec = summary.fields[key]
        by_source = {sv.article_id: sv for sv in rec.per_source}
        ys, texts, hovers = [], [], []
        for s in sources:
            sv = by_source.get(s)
            ys.append(sv.value if sv and sv.value is not None else None)
            texts.append("" if not sv or sv.value is None else str(sv.value))
            quote = sv.evidence[0].sentence if sv and sv.evidence else "not reported"
            hovers.append(plain(quote, 160))
        ys.append(rec.value)
        texts.append("" if rec.value is None else str(rec.value))
        hovers.append(plain(rec.reason, 160))
        fig.add_bar(name=label, x=columns, y=ys, text=texts, textposition="outside", marker_color=colour,
                    hovertext=hovers, hovertemplate="%{x}: %{y}<br>%{hovertext}<extra>" + label + "</extra>")
    fig.update_layout(barmode="group", title="Main-incident casualties by source (no bar: not reported)",
                      yaxis_title="people", margin=dict(b=90))
    return styled(fig, height=400)


def attribution_matrix(summary) -> go.Figure:
    """Source × group matrix, each cell coloured by the source's stance towards the group."""
    rows = summary.attribution.per_source
    sources = list(dict.fromkeys(r.get("article_id", "") for r in rows))
    groups = list(dict.fromkeys((r.get("group") or "no group named") for r in rows))
    stances = list(STANCE_COLOURS)
    z, text = [], []
    for g in groups:
        zr, tr = [], []
        for s in sources:
            cell = [r for r in rows if r.get("article_id") == s and (r.get("group") or "no group named") == g]
            stance = cell[-1].get("stance") if cell else None
            zr.append(stances.index(stance) if stance in stances else None)
            tr.append((stance or "").replace("_", " "))
        z.append(zr)
        text.append(tr)
    n = len(stances) - 1
    scale = []
    for i, stance in enumerate(stances):
        scale += [[i / (n + 1), STANCE_COLOURS[stance]], [(i + 1) / (n + 1), STANCE_COLOURS[stance]]]
    fig = go.Figure(go.Heatmap(
        z=z, x=[plain(s, 30) for s in sources], y=[plain(g, 40) for g in groups], text=text,
        texttemplate="%{text}", zmin=-0.5, zmax=n + 0.5, colorscale=scale, showscale=False, xgap=3, ygap=3,
        hovertemplate="%{x} on %{y}: %{text}<extra></extra>",
    ))
    fig.update_layout(title="Who is blamed or claims it, per source (last stance per source)",
                      xaxis_side="top", margin=dict(t=80, l=20))
    return styled(fig, height=140 + 50 * max(1, len(groups)))


def timeline(summary) -> go.Figure:
    """The incident, its background incidents and the reporting events on one dated axis."""
    kinds = {"incident": ("Main incident", "#D55E00", "diamond", 16),
             "background": ("Background incident", "#999999", "circle", 11),
             "report": ("Report published", "#0072B2", "square", 10),
             "figure": ("First report of a figure or claim", "#009E73", "triangle-up", 10)}
    fig = go.Figure()
    lane = {"incident": 3, "background": 2, "report": 1, "figure": 0}
    for kind, (label, colour, symbol, size) in kinds.items():
        events = [e for e in summary.timeline if e.kind == kind and e.date]
        if not events:
            continue
        fig.add_scatter(
            x=[e.date for e in events], y=[lane[kind]] * len(events), mode="markers", name=label,
            marker=dict(color=colour, symbol=symbol, size=size, line=dict(width=1, color="white")),
            hovertext=[plain(e.label, 140) for e in events], hovertemplate="%{x}<br>%{hovertext}<extra></extra>",
        )
    fig.update_layout(title="Timeline: incident, context and reporting", xaxis_type="date",
                      yaxis=dict(tickvals=list(lane.values()), ticktext=["figures", "reports", "context", "incident"],
                                 range=[-0.7, 3.7]), margin=dict(b=80))
    return styled(fig, height=300)
