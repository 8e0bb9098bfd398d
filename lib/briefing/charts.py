"""Present stage, charts: one plotly template and colour-blind-safe palette for every figure.

Figures are displayed as a mimebundle: ``application/vnd.plotly.v1+json`` for JupyterLab's own
plotly renderer and a ``text/html`` div whose script draws with the plotly.js that the briefing
template embeds once (no CDN, no require.js). The same figure is therefore live in JupyterLab,
in the exported HTML, and vector in the printed PDF.
"""
from __future__ import annotations

import datetime as dt
import json
import math
from typing import Any

import plotly.graph_objects as go
import plotly.io as pio

from .groups import group_kind

# Okabe–Ito: distinguishable with the common colour-vision deficiencies, and in greyscale print.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"]
PARTY_COLOURS = {
    "attackers": "#D55E00",
    "security": "#0072B2",
    "civilians": "#009E73",
    "unspecified": "#999999",
}
STANCE_COLOURS = {  # strongest first: the matrix shows each source's strongest stance
    "claimed": "#D55E00",
    "admitted": "#D55E00",
    "attributed": "#0072B2",
    "reported": "#3D8FD1",
    "suspected": "#56B4E9",
    "possible": "#CCE3F2",
    "withdrawn": "#E0E0E0",
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


def _plain_figure_html(fig: go.Figure) -> str:
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
    ("killed_total", "Killed (all parties)", "#4D4D4D"),
    ("killed_attackers", "Attackers killed", PARTY_COLOURS["attackers"]),
    ("killed_security", "Security forces killed", PARTY_COLOURS["security"]),
    ("killed_civilians", "Civilians killed", PARTY_COLOURS["civilians"]),
    ("wounded_total", "Wounded (all)", "#E69F00"),
    ("captured_attackers", "Attackers captured", "#CC79A7"),
    ("kidnapped_total", "Kidnapped or abducted", "#56B4E9"),
    ("released_total", "Freed or released", "#A6D854"),
    ("missing_total", "Missing", "#999999"),
)
# shown only when a source reports them (present.OPTIONAL_FIGURES)
_OPTIONAL_SERIES = ("kidnapped_total", "released_total", "missing_total")


def casualties_by_source(summary) -> go.Figure:
    """Grouped bars: each source's reported figure per party and status, plus the reconciled value."""
    fig = go.Figure()
    sources = []
    for rec in summary.fields.values():
        for sv in rec.per_source:
            if sv.article_id not in sources:
                sources.append(sv.article_id)
    # a source that quotes the group's own toll beside its own figure gets a second, hatched
    # column for the claim, so both are seen and neither is merged
    quoting = [s for s in sources
               if any(c.article_id == s for rec in summary.fields.values() for c in getattr(rec, "claims", []))]
    slots = [(s, False) for s in sources] + [(s, True) for s in quoting]
    # short, level labels (an outlet's name over two lines): long tilted ids ran into the legend
    outlets = {sv.article_id: sv.outlet for rec in summary.fields.values() for sv in rec.per_source if sv.outlet}
    names = _unique_labels([outlets.get(s) or s for s in sources]
                           + [f"{outlets.get(s) or s}: group's claim" for s in quoting])
    columns = [*names, "Reconciled"]
    claims_shown = False
    for key, label, colour in CASUALTY_SERIES:
        rec = summary.fields.get(key)
        if rec is None or (key in _OPTIONAL_SERIES and rec.value is None
                           and all(sv.value is None for sv in rec.per_source)):
            continue  # an optional figure no source reports is no series
        by_source = {sv.article_id: sv for sv in rec.per_source}
        quoted = {c.article_id: c for c in getattr(rec, "claims", [])}
        ys, texts, hovers, shapes = [], [], [], []
        for s, is_quote in slots:
            sv = quoted.get(s) if is_quote else by_source.get(s)
            ys.append(sv.value if sv and sv.value is not None else None)
            texts.append("" if not sv or sv.value is None else str(sv.value))
            quote = sv.evidence[0].sentence if sv and sv.evidence else "not reported"
            claim = bool(sv and sv.value is not None and sv.kind == "group claim")
            hovers.append(("the group's own claim, not merged: " if claim else "") + plain(quote, 160))
            shapes.append("/" if claim else "")
        ys.append(rec.value)
        texts.append("" if rec.value is None else str(rec.value))
        hovers.append(plain(rec.reason, 160))
        shapes.append("")
        claims_shown = claims_shown or any(shapes)
        fig.add_bar(name=label, x=columns, y=ys, text=texts, textposition="outside",
                    marker=dict(color=colour, pattern=dict(shape=shapes, fgcolor="white", fillmode="overlay", size=6, solidity=0.4)),
                    hovertext=hovers, hovertemplate="%{x}: %{y}<br>%{hovertext}<extra>" + label + "</extra>")
    title = "Main-incident casualties by source (no bar: not reported"
    title += "; hatched: the group's own claim)" if claims_shown else ")"
    fig.update_layout(barmode="group", title=title, yaxis_title="people", margin=dict(b=90),
                      xaxis=dict(tickangle=0), legend=dict(y=-0.22))
    return styled(fig, height=420)


def _wrapped(text: str, width: int = 16, lines: int = 2) -> str:
    """``text`` made inert and broken into at most ``lines`` lines of about ``width`` characters
    (plotly's <br>), the rest cut with an ellipsis."""
    out: list[str] = []
    for word in str(text).split():
        if out and len(out[-1]) + 1 + len(word) <= width:
            out[-1] += " " + word
        else:
            out.append(word)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: width - 1] + "…"
    return "<br>".join(plain(line, width + 2) for line in out)


def _unique_labels(labels: list[str], width: int = 16, lines: int = 2) -> list[str]:
    """Wrapped labels, a number added where two would read the same (plotly merges equal categories)."""
    out: list[str] = []
    for label in labels:
        wrapped, k = _wrapped(label, width, lines), 2
        while wrapped in out:
            wrapped, k = _wrapped(label, width, lines) + f" ({k})", k + 1
        out.append(wrapped)
    return out


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
            known = [r.get("stance") for r in cell if r.get("stance") in stances]
            stance = min(known, key=stances.index) if known else None
            zr.append(stances.index(stance) if stance in stances else None)
            tr.append((stance or "").replace("_", " "))
        z.append(zr)
        text.append(tr)
    n = len(stances) - 1
    scale = []
    for i, stance in enumerate(stances):
        scale += [[i / (n + 1), STANCE_COLOURS[stance]], [(i + 1) / (n + 1), STANCE_COLOURS[stance]]]
    outlets = {r.get("article_id", ""): r.get("outlet") for r in rows if r.get("outlet")}
    fig = go.Figure(go.Heatmap(
        z=z, x=_unique_labels([outlets.get(s) or s for s in sources]), y=[plain(g, 40) for g in groups], text=text,
        texttemplate="%{text}", zmin=-0.5, zmax=n + 0.5, colorscale=scale, showscale=False, xgap=3, ygap=3,
        hovertemplate="%{x} on %{y}: %{text}<extra></extra>",
    ))
    # (the sources along the bottom: long names tilt, and on top they ran into the title)
    fig.update_layout(title="Who is blamed or claims it, per source (strongest stance)",
                      margin=dict(t=50, l=20, b=60), xaxis=dict(tickangle=0))
    return styled(fig, height=160 + 50 * max(1, len(groups)))


CLAIM_STYLE = {  # claim status → (label, colour, symbol)
    "claimed": ("claimed by the group", "#D55E00", "diamond"),
    "denied": ("denied by the group", "#000000", "x"),
    "not_claimed": ("no claim (source says so)", "#999999", "circle"),
    "silent": ("silent on a claim", "#999999", "circle-open"),
}


def claim_status(summary) -> go.Figure:
    """Claim status over time: what each source said about a claim, by publication date, with the
    incident's date marked, so that a claim arriving days later is visible."""
    said = {c["article_id"]: c for c in summary.attribution.claim_status}
    used = summary.sources[summary.sources["status"] == "used"] if len(summary.sources) else summary.sources
    points = []
    records = used.to_dict("records")
    # (each source by its outlet's name, as in the other charts)
    lane_of = dict(zip((r["article_id"] for r in records),
                       _unique_labels([str(r.get("outlet") or r["article_id"]) for r in records], width=30, lines=1)))
    for row in records:
        c = said.get(row["article_id"])
        status = ("denied" if c and c.get("denied") else "claimed" if c and c.get("claimed")
                  else "not_claimed" if c else "silent")
        when = (c or {}).get("published") or row.get("published")
        if when:
            points.append((str(when)[:10], lane_of[row["article_id"]], status))
    lanes = list(dict.fromkeys(p[1] for p in points))
    group = getattr(summary.attribution, "group", None)
    # a state's forces acknowledge or deny a strike; a group claims or denies an attack
    state = bool(group) and group_kind(group) == "state"
    fig = go.Figure()
    for status, (label, colour, symbol) in CLAIM_STYLE.items():
        if state:
            label = label.replace("claimed by the group", "acknowledged by the state").replace("the group", "the state")
        mine = [p for p in points if p[2] == status]
        if mine:
            fig.add_scatter(x=[p[0] for p in mine], y=[p[1] for p in mine], mode="markers", name=label,
                            marker=dict(color=colour, symbol=symbol, size=13, line=dict(width=1.5, color=colour)),
                            hovertemplate="%{y}, %{x}: " + label + "<extra></extra>")
    dating = getattr(summary, "dating", None)
    if dating is not None and dating.date and len(dating.date) == 10:
        fig.add_vline(x=dating.date, line=dict(color="#D55E00", dash="dot", width=1))
        fig.add_annotation(x=dating.date, y=1, yref="paper", text="incident", showarrow=False,
                           yanchor="bottom", font=dict(size=11, color="#D55E00"))
    days = sorted({p[0] for p in points} | ({dating.date} if dating is not None and dating.date
                                               and len(dating.date) == 10 else set()))
    xaxis = _day_axis(days)
    fig.update_layout(title="Claim status over time, per source (by publication date)", xaxis_type="date",
                      xaxis=xaxis, yaxis=dict(type="category", range=[len(lanes) - 0.4, -0.6]),
                      showlegend=True, margin=dict(t=64, b=80))
    return styled(fig, height=170 + 34 * len(lanes))


def _day_axis(days: list[str]) -> dict[str, Any]:
    """A date x-axis for events on ``days`` (ISO dates): a day's margin either side, and for a
    span of two weeks or less one tick per day, labelled by date: plotly's default for a few
    days ticks every 12 hours ("00:00 / 12:00"), which reads as if the times were known."""
    xaxis: dict[str, Any] = dict(tickformat="%d %b %Y")
    if days:
        first, last = dt.date.fromisoformat(min(days)), dt.date.fromisoformat(max(days))
        xaxis["range"] = [(first - dt.timedelta(days=1)).isoformat(), (last + dt.timedelta(days=1)).isoformat()]
        if (last - first).days <= 14:
            xaxis["dtick"] = 86_400_000
    return xaxis


TIMELINE_YEARS = 3  # the chart frames the last years before the incident; older context is in the table


def timeline(summary) -> go.Figure:
    """The incident, its recent background incidents and the reporting events on one dated axis."""
    kinds = {"incident": ("Main incident", "#D55E00", "diamond", 16, 3),
             "background": ("Background incident", "#999999", "circle", 11, 2),
             "report": ("Report published", "#0072B2", "square", 10, 1),
             "figure": ("First report of a figure or claim", "#009E73", "triangle-up", 10, 0)}
    dated = [e for e in summary.timeline if e.date]
    anchor = [e.date[:10] for e in dated if e.kind in ("incident", "report")]
    start = None
    if anchor:
        first = dt.date.fromisoformat(min(anchor)) if len(min(anchor)) == 10 else None
        start = (first.replace(year=first.year - TIMELINE_YEARS) if first else None)
    older = [e for e in dated if start and e.date < start.isoformat()]
    fig = go.Figure()
    for kind, (label, colour, symbol, size, lane) in kinds.items():
        events = [e for e in dated if e.kind == kind and e not in older]
        if not events:
            continue
        fig.add_scatter(
            x=[e.date for e in events], y=[lane] * len(events), mode="markers", name=label,
            marker=dict(color=colour, symbol=symbol, size=size, line=dict(width=1, color="white")),
            hovertext=[plain(e.label, 140) for e in events], hovertemplate="%{x}<br>%{hovertext}<extra></extra>",
        )
    title = "Timeline: incident, context and reporting"
    if older:
        title += f" ({len(older)} older event{'s' if len(older) != 1 else ''} listed under Context)"
    days = [e.date[:10] for e in dated if e not in older and len(e.date) >= 10]
    shown = [e.date for e in dated if e not in older]
    # a span of days gets dated daily ticks; longer spans keep plotly's month/year ticks
    short = bool(days) and len(days) == len(shown) and (
        dt.date.fromisoformat(max(days)) - dt.date.fromisoformat(min(days))).days <= 14
    xaxis = _day_axis(days) if short else {}
    fig.update_layout(title=title, xaxis_type="date", xaxis=xaxis,
                      yaxis=dict(tickvals=[3, 2, 1, 0], ticktext=["incident", "context", "reports", "figures"],
                                 range=[-0.7, 3.7]), margin=dict(b=80))
    return styled(fig, height=300)


ROLE_STYLE = {  # role → (colour, symbol, size)
    "incident area": ("#D55E00", "star", 16),
    "origin of attackers": ("#0072B2", "triangle-up", 12),
    "reference point": ("#000000", "cross", 9),
    "mentioned": ("#009E73", "circle", 9),
    "filed from": ("#999999", "square", 8),
    "context": ("#999999", "circle-open", 8),
}
FOCUS_ROLES = ("incident area", "origin of attackers")
FOCUS_SHADE = "#f6e4cf"  # warm: the ocean is pale blue, so a blue tint hid a coastal country


def _world_topojson() -> str:
    from .paths import DATA_DIR

    return (DATA_DIR / "topojson" / "world_110m.json").read_text(encoding="utf-8").replace("</", "<\\/")


MAP_HEIGHT = 440
MAP_MARGIN = dict(l=10, r=10, t=44, b=70)
LABEL_FONT = 10  # px; label boxes below are estimated from it (Liberation Sans averages ~0.56 em a glyph)


def _mercator_y(lat: float) -> float:
    lat = max(-80.0, min(80.0, lat))
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def _map_frame(focus: list[dict[str, Any]]) -> tuple[list[float], list[float]]:
    """Latitude and longitude ranges around ``focus`` that fill the chart's plot area.

    Plotly keeps a Mercator map's aspect ratio, so a frame of the wrong shape is letterboxed
    into a narrow strip; the longitude span is widened to the plot area's shape instead.
    """
    plot_w = CHART_WIDTH - MAP_MARGIN["l"] - MAP_MARGIN["r"]
    plot_h = MAP_HEIGHT - MAP_MARGIN["t"] - MAP_MARGIN["b"]
    lats = [p["lat"] for p in focus]
    lons = [p["lon"] for p in focus]
    half_lat = max(5.0, (max(lats) - min(lats)) * 0.7)
    mid_lat, mid_lon = (max(lats) + min(lats)) / 2, (max(lons) + min(lons)) / 2
    lat_range = [max(-80.0, mid_lat - half_lat), min(80.0, mid_lat + half_lat)]
    y_span = _mercator_y(lat_range[1]) - _mercator_y(lat_range[0])
    half_lon = max(math.degrees(y_span * plot_w / plot_h) / 2, (max(lons) - min(lons)) * 0.7)
    return lat_range, [mid_lon - half_lon, mid_lon + half_lon]


def _place_labels(points: list[dict[str, Any]], labelled: list[int], lat_range: list[float],
                  lon_range: list[float], optional: list[int] | None = None) -> dict[int, tuple[str, str]]:
    """Label text and position for the ``labelled`` indices of ``points``, overlapping nothing.

    Labelled points closer than a marker's width share one label ("Kunduz, Kunduz Province");
    each label then takes the first of four positions around its marker whose box is clear of
    the labels placed before it and of every marker. Only the first point of a group (the
    strongest role) carries the text. The ``optional`` points (context places) are labelled
    after them, each only where a clear position is left: a printed map has no hover text.
    """
    plot_w = CHART_WIDTH - MAP_MARGIN["l"] - MAP_MARGIN["r"]
    plot_h = MAP_HEIGHT - MAP_MARGIN["t"] - MAP_MARGIN["b"]
    x_rad = math.radians(lon_range[1] - lon_range[0])
    y_rad = _mercator_y(lat_range[1]) - _mercator_y(lat_range[0])
    scale = min(plot_w / x_rad, plot_h / y_rad)  # px per radian, as plotly fits the frame
    xy = [(math.radians(p["lon"]) * scale, -_mercator_y(p["lat"]) * scale) for p in points]
    groups: list[list[int]] = []
    must = set(labelled)
    for i in list(labelled) + [j for j in optional or [] if j not in must]:
        x, y = xy[i]
        # a context place never joins the label of an incident place: it would read as one
        near = next((g for g in groups if math.dist(xy[g[0]], (x, y)) < 14
                     and (g[0] in must) == (i in must)), None)
        if near is None:
            groups.append([i])
        else:
            near.append(i)
    markers = [(x - 7, y - 7, x + 7, y + 7) for x, y in xy]
    placed: list[tuple[float, float, float, float]] = []
    out: dict[int, tuple[str, str]] = {}
    for group in groups:
        names = [plain(points[i]["name"], 40) for i in group] if len(group) > 1 else [_point_name(points[group[0]])]
        text = ", ".join(names[:3]) + (f" +{len(names) - 3} more" if len(names) > 3 else "")
        w, h = len(text) * LABEL_FONT * 0.56, LABEL_FONT * 1.3
        x, y = xy[group[0]]
        boxes = {
            "top center": (x - w / 2, y - 8 - h, x + w / 2, y - 8),
            "bottom center": (x - w / 2, y + 8, x + w / 2, y + 8 + h),
            "middle right": (x + 8, y - h / 2, x + 8 + w, y + h / 2),
            "middle left": (x - 8 - w, y - h / 2, x - 8, y + h / 2),
        }
        others = [m for j, m in enumerate(markers) if j not in group]
        # a context label keeps a few pixels clear: the box estimate is rough and plotly may fit
        # the map a little smaller than the plot area
        pad = 0 if group[0] in must else 4
        free = [pos for pos, box in boxes.items()
                if not any(_overlap(_grow(box, pad), b) for b in placed + others)]
        if not free and group[0] not in must:
            continue
        position = free[0] if free else "top center"
        placed.append(boxes[position])
        out[group[0]] = (text, position)
    return out


def _point_name(p: dict[str, Any]) -> str:
    return plain(p["name"], 40) + (" (approx.)" if p["precision"] == "approximate" else "")


def _grow(box: tuple[float, float, float, float], pad: float) -> tuple[float, float, float, float]:
    return (box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad)


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_map(places: list[dict[str, Any]]) -> go.Figure:
    """The places named, by role, on a world base map framed on the incident and origin places."""
    fig = go.Figure()
    # The countries of the incident and origin places are shaded too: a town alone on a blank
    # map does not say where in the world it is.
    countries = sorted({p["country"] for p in places if p["role"] in FOCUS_ROLES and p["country"]
                        and (p["kind"] == "country" or p["lat"] is not None)})
    if countries:
        fig.add_choropleth(locations=countries, z=[1] * len(countries), locationmode="ISO-3",
                           colorscale=[[0, FOCUS_SHADE], [1, FOCUS_SHADE]], showscale=False,
                           marker_line_color="#9aa3b2", hoverinfo="location", name="countries involved")
    points = [p for p in places if p["lat"] is not None]
    focus = [p for p in points if p["role"] in FOCUS_ROLES] or points
    geo = dict(scope="world", resolution=110, projection_type="mercator", showcountries=True,
               countrycolor="#b8bfca", showland=True, landcolor="#f7f7f4", showocean=True, oceancolor="#eef4f8",
               showlakes=False, showframe=False)
    labels: dict[int, tuple[str, str]] = {}
    if focus:
        lat_range, lon_range = _map_frame(focus)
        geo.update(lataxis_range=lat_range, lonaxis_range=lon_range)
        # the incident and origin places are always labelled; other places in view where room is left
        labelled = [i for i, p in enumerate(points) if p["role"] in FOCUS_ROLES]
        inside = [i for i, p in enumerate(points) if i not in labelled
                  and lat_range[0] <= p["lat"] <= lat_range[1] and lon_range[0] <= p["lon"] <= lon_range[1]]
        labels = _place_labels(points, labelled, lat_range, lon_range, inside)
    for role, (colour, symbol, size) in ROLE_STYLE.items():
        sel = [i for i, p in enumerate(points) if p["role"] == role]
        if not sel:
            continue
        fig.add_scattergeo(
            lat=[points[i]["lat"] for i in sel], lon=[points[i]["lon"] for i in sel], name=role,
            mode="markers+text" if any(i in labels for i in sel) else "markers",
            text=[labels.get(i, ("", ""))[0] for i in sel],
            textposition=[labels.get(i, ("", "top center"))[1] for i in sel], textfont=dict(size=LABEL_FONT),
            customdata=[[_point_name(points[i]), plain(points[i]["sentence"], 160)] for i in sel],
            hovertemplate="%{customdata[0]}<br>%{customdata[1]}<extra></extra>",
            marker=dict(color=colour, symbol=symbol, size=size, line=dict(width=1, color="white")),
        )
    fig.update_layout(title="Places named (approx. = area centre from the project gazetteer)", geo=geo,
                      margin=MAP_MARGIN)
    return styled(fig, height=MAP_HEIGHT)


def figure_html(fig: go.Figure) -> str:
    """The figure's ``<div>`` and script; for maps the world base map is embedded first (offline)."""
    html = _plain_figure_html(fig)
    if any(t.type in ("scattergeo", "choropleth") for t in fig.data):
        seed = ("<script>window.PlotlyGeoAssets=window.PlotlyGeoAssets||{topojson:{}};"
                f"window.PlotlyGeoAssets.topojson['world_110m']={_world_topojson()};</script>")
        html = html.replace('<div class="chart">', '<div class="chart">' + seed, 1)
    return html
