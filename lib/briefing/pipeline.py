"""The whole analysis as named steps (load → extract → reconcile), shared by notebooks, CLI and tests."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd

from .atomic import write_atomic
from .extract import extract_document
from .language import READ_LANGUAGES
from .load import LoadOptions, LoadResult, load_articles
from .model import DocumentExtraction
from .groups import set_acronyms
from .paths import default_output_dir, resolve_articles, slugify
from .places import country_name, place_summary, settlements_named
from .reconcile import IncidentSummary, facts_table, outlet_kind, reconcile
from .text import parse_date

SCHEMA_VERSION = 1


@dataclass
class Analysis:
    """Everything a briefing shows, computed once."""

    source: str
    loaded: LoadResult
    docs: list[DocumentExtraction]
    summary: IncidentSummary
    facts: pd.DataFrame
    title: str
    reference_date: dt.date | None
    messages: list[str] = field(default_factory=list)

    @cached_property
    def places(self) -> list[dict[str, Any]]:
        """One row per place named in the mined articles, strongest role first (not those of an
        article whose subject is the other side's response: its lede places that response)."""
        from .reconcile import response_docs

        response = response_docs(self.docs)
        responding, struck = {d.article_id for d, _ in response}, {place for _, place in response}
        return place_summary([p for d in self.docs if d.article_id not in responding for p in d.places
                              if p.name not in struck])

    @property
    def incident_place(self) -> str | None:
        """The most specific place of the main incident, e.g. "Ishkobod (border post), Tajikistan"."""
        # "50 miles southwest of Dushanbe" names the capital too: the most specific place wins.
        specific = {"border post": 0, "village": 0, "pass": 0, "district": 1, "town": 1, "forest": 1, "valley": 2,
                    "city": 2, "big city": 3, "peninsula": 3, "province": 4, "state": 4}
        areas = [p for p in self.places if p["role"] == "incident area"]
        candidates = [p for p in areas if p["kind"] != "country"]
        if not candidates:
            # no town or post located: the place it is measured from ("51 nautical miles southwest
            # of Hodeidah": at sea off it), else the country the attack sentences name, when only one
            references = [p for p in self.places if p["role"] == "reference point" and p["kind"] != "country"]
            if references:
                near = max(references, key=lambda p: (p["sources"], -specific.get(p["kind"], 5)))
                country = country_name(near["country"]) if near["country"] else ""
                return f"near {near['name']}" + (f", {country}" if country else "")
            countries = [p["name"] for p in areas]
            return countries[0] if len(countries) == 1 else None
        # among places as specific, the one the reports' first placing sentences name: the lede's
        # "near the town of Boni", not the road or the hospital town told further down
        best = min(candidates, key=lambda p: (specific.get(p["kind"], 5), -p.get("leads", 0), p["lat"] is None,
                                              -p["sources"], p["name"]))
        # a gazetteer kind tells the analyst something ("border post", "district"); a city's
        # population class does not
        kind = "" if best["kind"] in ("city", "town", "big city") or best["name"].lower().endswith(
            ("pass", "gorge", "forest", "valley", "peninsula")) else f" ({best['kind']})"
        country = country_name(best["country"]) if best["country"] else ""
        return f"{best['name']}{kind}" + (f", {country}" if country else "")

    @property
    def usable_articles(self) -> int:
        """How many articles were read and mined."""
        return sum(1 for d in self.docs if not d.skipped_reason)

    @property
    def slug(self) -> str:
        return slugify(self.title)


def load(articles: str | Path, max_articles: int = 500, max_file_mb: float = 5.0) -> LoadResult:
    """Load stage: read the articles folder or glob (relative to here or to the project)."""
    options = LoadOptions(max_file_bytes=int(max_file_mb * 1_000_000), max_articles=max_articles)
    return load_articles(resolve_articles(articles), options)


def extract_all(loaded: LoadResult) -> list[DocumentExtraction]:
    """Extract stage: one :class:`DocumentExtraction` per used article, in table order."""
    # a settlement one report names by its kind ("the town of Boni") and the gazetteers lack is
    # looked for by name in every report ("the ambush near Boni")
    settlements = settlements_named(loaded.used["text"]) if len(loaded.used) else {}
    # so is the acronym of a group one report spells out ("the Union des Patriotes du Lac (UPL)")
    acronyms = set_acronyms(loaded.used["text"]) if len(loaded.used) else {}
    docs = []
    for row in loaded.used.itertuples(index=False):
        docs.append(extract_document(row.text, article_id=row.article_id, published=row.published,
                                     language=row.language, settlements=settlements, acronyms=acronyms))
    return docs


def infer_title(loaded: LoadResult) -> str:
    """A title from the sources when the analyst gives none, else generic: the headline of the
    first news report (earliest publication date, in a language the extractors read; file order
    breaks ties), not of whichever file sorts first; a later desk note's title rarely names the
    event, and an official release's subject line ("CONCLUSION OF THE OPERATION AT THE HOTEL",
    "Incident in New Street - latest") only when no news report has a headline."""
    used = loaded.used
    ranked: list[tuple[bool, bool, str, int, str]] = []
    for order, row in enumerate(used.itertuples(index=False)):
        title = getattr(row, "title", None)
        if not (isinstance(title, str) and title.strip()):
            continue
        published = parse_date(getattr(row, "published", None))
        outlet = getattr(row, "outlet", None)
        ranked.append((getattr(row, "language", None) not in (None, *READ_LANGUAGES),
                       isinstance(outlet, str) and outlet_kind(outlet)[0] == "official",
                       published.isoformat() if published else "9999", order, title.strip()))
    return min(ranked)[4] if ranked else "Incident briefing"


def latest_published(loaded: LoadResult) -> dt.date | None:
    """The latest publication date among the used articles (the picture's "as of" date)."""
    dates = [parse_date(v) for v in loaded.used.get("published", [])]
    dates = [d for d in dates if d]
    return max(dates) if dates else None


def analyse(articles: str | Path = "seeds", title: str = "", reference_date: str = "",
            max_articles: int = 500, max_file_mb: float = 5.0) -> Analysis:
    """Run load → extract → reconcile on ``articles`` and return the :class:`Analysis`."""
    loaded = load(articles, max_articles=max_articles, max_file_mb=max_file_mb)
    docs = extract_all(loaded)
    summary = reconcile(loaded.articles, docs)
    facts = facts_table(loaded.articles, docs)
    ref = parse_date(reference_date) if reference_date else latest_published(loaded)
    if reference_date and ref is None:
        raise ValueError(f"reference_date must be an ISO date such as 2019-11-07, got {reference_date!r}")
    return Analysis(
        source=str(articles), loaded=loaded, docs=docs, summary=summary, facts=facts,
        title=title.strip() or infer_title(loaded), reference_date=ref, messages=list(loaded.messages),
    )


def summary_record(analysis: Analysis) -> dict[str, Any]:
    """The machine-readable briefing (summary.json): deterministic for the same inputs."""
    return {
        "schema_version": SCHEMA_VERSION,
        "title": analysis.title,
        "reference_date": analysis.reference_date.isoformat() if analysis.reference_date else None,
        "articles_source": analysis.source,
        "usable_articles": analysis.usable_articles,
        **analysis.summary.to_json(),
        "places": [{k: r[k] for k in ("name", "kind", "country", "lat", "lon", "precision", "role", "sources")}
                   for r in analysis.places],
    }


def output_dir_for(analysis: Analysis, output_dir: str | Path = "") -> Path:
    """The folder the briefing goes to: ``output_dir`` or ``outputs/<incident-slug>/``."""
    return Path(output_dir).expanduser().resolve() if str(output_dir).strip() else default_output_dir(analysis.title)


def write_data_outputs(analysis: Analysis, output_dir: str | Path = "") -> dict[str, Path]:
    """Write ``facts.csv`` and ``summary.json`` atomically; return their paths."""
    folder = output_dir_for(analysis, output_dir)
    facts = write_atomic(folder / "facts.csv", analysis.facts.to_csv(index=False, lineterminator="\n"))
    text = json.dumps(summary_record(analysis), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
    summary = write_atomic(folder / "summary.json", text)
    return {"facts": facts, "summary": summary}
