"""Extract stage: one article's text → casualty mentions, attribution statements and the
per-document main-incident figures (the gold-format fields of ../shared/eval/README.md).

This module only orchestrates; the phenomena live in their own modules:
``incidents`` (which sentence belongs to which incident), ``casualties`` and ``attribution``.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd

from . import attribution, casualties, incidents, places, reconcile
from .language import READ_LANGUAGES, detect_language, not_read_reason
from .model import AttributionStatement, DocumentExtraction
from .text import make_document


def extract_document(
    text: str,
    article_id: str = "doc",
    published: object = None,
    language: str | None = None,
    settlements: dict[str, places.Settlement] | None = None,
    acronyms: Mapping[str, str] | None = None,
) -> DocumentExtraction:
    """Extract casualty and attribution facts from one article's text.

    ``language`` is detected when not given; text in a language the extractors do not read is
    not mined (``skipped_reason`` says why) so that no wrong numbers come out of it.
    ``settlements``: unlocated settlements the other articles of the set name
    (``places.settlements_named``), to be found here by name alone; ``acronyms``: the acronyms
    of unknown groups they spell out (``groups.set_acronyms``), read here alone ("the UPL").
    """
    language = language or detect_language(text)
    doc = make_document(text, article_id, published)
    result = DocumentExtraction(
        article_id=article_id,
        published=doc.published.isoformat() if doc.published else None,
        language=language,
    )
    if language is not None and language not in READ_LANGUAGES:
        result.skipped_reason = not_read_reason(language)
        return result
    scope = incidents.assign_incidents(doc)
    result.incidents = dict(scope.labels)
    result.background_events = sorted(scope.events)
    found = casualties.extract_casualties(doc, scope)
    said = attribution.extract_attribution(doc, scope, acronyms)
    if (forwarded := reconcile.forwarded_release(doc)) is not None:
        # a group's release quoted whole: its blame of others is its word, not the author's
        last = reconcile.forwarded_release_end(doc, forwarded[1])
        said.statements = [_in_issuers_voice(st, forwarded[0]) if forwarded[1] <= st.sentence_index < last else st
                           for st in said.statements]
    # the groups the article names may speak its claims under names no gazetteer holds
    found = casualties.with_claimants(found, tuple(reconcile.speaking_names(said.statements)))
    doer = said.summary.group
    if doer and attribution.is_state_doer(doer, (st.stance for st in said.statements if st.group == doer)):
        # a state's strike: the fighters it hit are its targets (casualties cannot know the doer)
        found = casualties.as_targets_of(found, doer)
    result.casualties = found.mentions
    result.figures = found.figures
    result.checks = found.checks
    result.attributions = said.statements
    result.attribution = said.summary
    result.places = places.find_places(doc, scope.of_sentence, scope.clauses, settlements)
    result.incident_date = incidents.main_incident_date(doc, scope)
    result.speaker_sentences = reconcile.pronoun_speakers(doc) | reconcile.statement_speakers(doc)
    result.under_way = incidents.still_under_way(doc, scope)
    return result


def _in_issuers_voice(st: AttributionStatement, issuer: str) -> AttributionStatement:
    """``st`` as the word of the release's ``issuer`` where it blames another group in the
    author's or unnamed officials' voice ("According to our intelligence services, the attack was
    carried out by elements of the so-called FAZ militia")."""
    if not st.group or st.group == issuer or st.stance not in ("reported", "attributed", "suspected") \
            or st.by not in (attribution.AUTHOR, attribution.UNNAMED_OFFICIALS):
        return st
    return replace(st, by=issuer, stance="attributed")


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the JSON objects of a JSON Lines file, skipping blank lines."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as err:
                    raise ValueError(f"{path}:{number}: not valid JSON ({err.msg})") from err


def extract_records(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Run :func:`extract_document` over ``{id, text, published?}`` records; yield flat rows."""
    for record in records:
        doc = extract_document(
            str(record.get("text") or ""),
            article_id=str(record.get("id", "")),
            published=record.get("published"),
            language=record.get("language"),
        )
        yield doc.flat()


def extract_jsonl(in_path: str | Path, out_path: str | Path) -> int:
    """``briefing extract``: read IN.jsonl, write one flat JSON line per input; return the count."""
    count = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for row in extract_records(read_jsonl(in_path)):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def casualty_table(docs: Iterable[DocumentExtraction]) -> pd.DataFrame:
    """All casualty mentions of ``docs`` as one tidy DataFrame (a row per mention)."""
    rows = [m.to_dict() for d in docs for m in d.casualties]
    columns = list(casualties_columns())
    return pd.DataFrame(rows, columns=columns)


def attribution_table(docs: Iterable[DocumentExtraction]) -> pd.DataFrame:
    """All attribution statements of ``docs`` as one tidy DataFrame (a row per statement)."""
    rows = [s.to_dict() for d in docs for s in d.attributions]
    columns = list(attribution_columns())
    return pd.DataFrame(rows, columns=columns)


def casualties_columns() -> tuple[str, ...]:
    from dataclasses import fields

    from .model import CasualtyMention

    return tuple(f.name for f in fields(CasualtyMention))


def attribution_columns() -> tuple[str, ...]:
    from dataclasses import fields

    from .model import AttributionStatement

    return tuple(f.name for f in fields(AttributionStatement))
