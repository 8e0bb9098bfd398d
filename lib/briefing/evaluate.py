"""The project's scorer: ``briefing eval GOLD.jsonl`` runs extraction on a gold file and scores it
with the conventions of ``../shared/eval/README.md``:

- counts are exact matches; a prediction of "not reported" (None) equals a gold 0; each count field
  is reported overall, on gold > 0 and on gold = 0;
- group names match after normalising case, punctuation and well-known aliases
  (``groups.canonical_group``); a gold ``""`` is matched only by no group (None or "");
- flags (``claimed``, ``attribution_uncertain``) are exact, with None read as false.
"""
from __future__ import annotations

import json
import re
from typing import Any

from .groups import canonical_group
from .model import ATTRIBUTION_FIELDS, COUNT_FIELDS

FIELDS = COUNT_FIELDS + ATTRIBUTION_FIELDS
FLAG_FIELDS = ("claimed", "attribution_uncertain")


def _norm_group(name: object) -> str:
    if name is None:
        return ""
    text = str(name).strip()
    if not text:
        return ""
    canon = canonical_group(text) or text
    return re.sub(r"[\W_]+", " ", canon).strip().casefold()


def field_correct(name: str, gold: Any, predicted: Any) -> bool:
    """Whether ``predicted`` matches ``gold`` for field ``name`` under the scoring conventions."""
    if name in COUNT_FIELDS:
        return (predicted if predicted is not None else 0) == gold
    if name == "group":
        return _norm_group(gold) == _norm_group(predicted)
    if name in FLAG_FIELDS:
        return bool(predicted) == bool(gold)
    return gold == predicted


def _ratio(ok: int, n: int) -> float | None:
    return ok / n if n else None


def score(gold_rows: list[dict], predicted_rows: list[dict]) -> dict:
    """Score predicted flat rows against gold rows (matched by ``id``).

    Returns ``{field: {"overall": {"acc", "n"}, "gold>0": {...}, "gold=0": {...}, "misses": [...]}}``;
    count fields have the three slices, other fields only ``overall``. A gold row with no
    prediction is scored against an empty prediction (every field "not reported").
    """
    predicted = {str(r.get("id")): r for r in predicted_rows}
    result: dict[str, Any] = {}
    for name in FIELDS:
        slices = {"overall": [0, 0], "gold>0": [0, 0], "gold=0": [0, 0]}
        misses: list[dict[str, Any]] = []
        for g in gold_rows:
            expected = g.get("expected", {})
            if name not in expected:
                continue
            gold = expected[name]
            pred_row = predicted.get(str(g.get("id")), {})
            pred = pred_row.get(name)
            ok = field_correct(name, gold, pred)
            keys = ["overall"]
            if name in COUNT_FIELDS:
                keys.append("gold>0" if gold else "gold=0")
            for key in keys:
                slices[key][1] += 1
                slices[key][0] += int(ok)
            if not ok:
                evidence = (pred_row.get("evidence") or {}).get(name) or {}
                quote = list(dict.fromkeys(e.get("sentence", "") for e in evidence.get("evidence", [])))[:2] \
                    if isinstance(evidence, dict) else []
                misses.append({
                    "id": g.get("id"), "gold": gold, "predicted": pred,
                    "derivation": evidence.get("derivation") if isinstance(evidence, dict) else None,
                    "evidence": quote,
                    "text": str(g.get("text", ""))[:400],
                })
        if slices["overall"][1] == 0:
            continue
        entry: dict[str, Any] = {
            key: {"acc": _ratio(ok, n), "n": n, "correct": ok}
            for key, (ok, n) in slices.items()
            if key == "overall" or name in COUNT_FIELDS
        }
        entry["misses"] = misses
        result[name] = entry
    return result


def _fmt(cell: dict[str, Any] | None) -> str:
    if not cell or not cell["n"]:
        return f"{'-':>14}"
    return f"{cell['acc']:>7.3f} ({cell['n']:>4})"


def format_table(scores: dict, misses: int = 0) -> str:
    """The readable table of ``briefing eval`` (and up to ``misses`` misses per field)."""
    lines = [f"{'field':<24}{'overall':>14}{'gold>0':>16}{'gold=0':>16}"]
    for name, entry in scores.items():
        lines.append(
            f"{name:<24}{_fmt(entry.get('overall'))}  {_fmt(entry.get('gold>0'))}  {_fmt(entry.get('gold=0'))}"
        )
    if misses:
        for name, entry in scores.items():
            shown = entry["misses"][:misses]
            if not shown:
                continue
            lines.append("")
            lines.append(f"== misses: {name} ({len(entry['misses'])}) ==")
            for miss in shown:
                lines.append(
                    f"- {miss['id']}: gold={miss['gold']!r} predicted={miss['predicted']!r}"
                    + (f" ({miss['derivation']})" if miss.get("derivation") else "")
                )
                for sentence in miss["evidence"]:
                    lines.append(f"    evidence: {sentence[:200]}")
                lines.append(f"    text: {miss['text'][:300]}")
    return "\n".join(lines)


def run_cli(gold: str, as_json: bool = False, misses: int = 0, fields: list[str] | None = None) -> int:
    """``briefing eval GOLD.jsonl [--json] [--misses N] [--field F]``: extract, score, print."""
    from .extract import extract_records, read_jsonl

    gold_rows = list(read_jsonl(gold))
    predicted = list(extract_records(gold_rows))
    scores = score(gold_rows, predicted)
    if fields:
        unknown = [f for f in fields if f not in FIELDS]
        if unknown:
            print(f"briefing eval: unknown field(s) {', '.join(unknown)}; known: {', '.join(FIELDS)}")
            return 2
        scores = {k: v for k, v in scores.items() if k in fields}
    if as_json:
        out = {k: {s: v for s, v in e.items() if s != "misses" or misses} for k, e in scores.items()}
        if misses:
            for e in out.values():
                e["misses"] = e["misses"][:misses]
        print(json.dumps({"gold": gold, "documents": len(gold_rows), "fields": out}, indent=2))
    else:
        print(f"{gold}: {len(gold_rows)} documents")
        print(format_table(scores, misses))
    return 0
