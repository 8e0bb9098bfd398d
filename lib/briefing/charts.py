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
        margin=dict(l=60, r=20, t=48, b=40),
        title=dict(font=dict(size=14), x=0, xanchor="left"),
        xaxis=dict(gridcolor="#e6e9ef", linecolor="#9aa3b2", zerolinecolor="#c8ced8"),
        yaxis=dict(gridcolor="#e6e9ef", linecolor="#9aa3b2", zerolinecolor="#c8ced8"),
        legend=dict(orientation="h", yanchor="bottom", y=1.02, xanchor="left", x=0),
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
