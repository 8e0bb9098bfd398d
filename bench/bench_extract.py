"""Extraction throughput on the dev sets, next to a plain regex scan of the same texts.

Run: ``.venv/bin/python bench/bench_extract.py [--repeat N] [--sets wiki_dev muc4_dev]``

For each set it times, on one core and in the same run:

- ``plain scan``: a simple regex casualty extractor, ``(\\d+|number word) (people )?(killed|dead|
  wounded|injured)``, over every text (the baseline of the ratio);
- ``casualties``: what this project's casualty extraction costs per article: sentence splitting,
  incident separation and casualty mentions/figures (``make_document`` + ``assign_incidents`` +
  ``extract_casualties``);
- ``full extract``: ``extract.extract_document`` (adds language identification and attribution),
  for context.

Prints documents/s, MB/s and the ratio to the plain scan (goal: casualties ≤ 5× the scan), per set
and, with several sets, for all of them together (``all``: the per-set times summed).
Best of ``--repeat`` runs; no network, no files written. ``--parts`` adds the three steps of
``casualties`` timed apart (each on the previous step's output), to show where its time goes.
``--clock cpu`` times every row, the plain scan included, in process CPU time instead of wall-clock
time (steadier on a busy machine; the work timed is the same).
"""
from __future__ import annotations

import argparse
import gc
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
T = TypeVar("T")

_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
PLAIN = re.compile(
    rf"\b(\d+|{_WORDS})\s+(?:people\s+)?(killed|dead|wounded|injured)\b", re.IGNORECASE
)


def plain_scan(text: str) -> dict[str, int]:
    """The baseline: first killed / wounded number of a plain regex scan."""
    out: dict[str, int] = {}
    for m in PLAIN.finditer(text):
        key = "killed" if m.group(2).lower() in ("killed", "dead") else "wounded"
        out.setdefault(key, len(m.group(1)))
    return out


def casualties_only(record: dict) -> object:
    from briefing.casualties import extract_casualties
    from briefing.incidents import assign_incidents
    from briefing.text import make_document

    doc = make_document(record["text"], record["id"], record.get("published"))
    return extract_casualties(doc, assign_incidents(doc))


def full_extract(record: dict) -> object:
    from briefing.extract import extract_document

    return extract_document(record["text"], record["id"], record.get("published"))


def part_times(records: list[dict], repeat: int) -> list[tuple[str, float]]:
    """Best times of the three steps of ``casualties_only``, each over all records."""
    from briefing.casualties import extract_casualties
    from briefing.incidents import assign_incidents
    from briefing.text import make_document

    docs = [make_document(r["text"], r["id"], r.get("published")) for r in records]
    scopes = [assign_incidents(d) for d in docs]
    steps: list[tuple[str, Callable[[int], object]]] = [
        ("  sentences", lambda i: make_document(records[i]["text"], records[i]["id"], records[i].get("published"))),
        ("  incidents", lambda i: assign_incidents(docs[i])),
        ("  figures", lambda i: extract_casualties(docs[i], scopes[i])),
    ]
    return [(name, best_time(fn, list(range(len(records))), repeat)) for name, fn in steps]


CLOCK: Callable[[], float] = time.perf_counter


def best_time(fn: Callable[[T], object], items: list[T], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = CLOCK()
        for item in items:
            fn(item)
        best = min(best, CLOCK() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sets", nargs="+", default=["wiki_dev", "muc4_dev"])
    parser.add_argument("--no-full", action="store_true", help="skip the full extract timing")
    parser.add_argument("--parts", action="store_true",
                        help="also time the steps of casualties apart (sentences, incidents, figures)")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                        help="wall-clock time (default) or process CPU time, for every row")
    args = parser.parse_args(argv)
    global CLOCK
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter

    # warm-up: load data files and compile patterns outside the timed runs
    casualties_only({"id": "w", "text": "Two people were killed.", "published": "2020-01-01"})
    if not args.no_full:
        full_extract({"id": "w", "text": "Two people were killed by the FMLN.", "published": None})

    print(f"{'set':<10}{'what':<14}{'docs':>6}{'seconds':>9}{'docs/s':>10}{'MB/s':>8}{'× scan':>8}")
    totals: dict[str, list[float]] = {}  # what → [docs, MB, seconds] over all sets
    for name in args.sets:
        path = EVAL / f"{name}.jsonl"
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        mb = sum(len(r["text"].encode("utf-8")) for r in records) / 1e6
        base = best_time(plain_scan_record, records, args.repeat)
        rows = [("plain scan", base), ("casualties", best_time(casualties_only, records, args.repeat))]
        if args.parts:
            rows += part_times(records, args.repeat)
        if not args.no_full:
            rows.append(("full extract", best_time(full_extract, records, max(1, args.repeat - 2))))
        for what, seconds in rows:
            print(f"{name:<10}{what:<14}{len(records):>6}{seconds:>9.3f}{len(records) / seconds:>10.0f}"
                  f"{mb / seconds:>8.2f}{seconds / base:>8.1f}")
            tally = totals.setdefault(what, [0, 0.0, 0.0])
            tally[0] += len(records)
            tally[1] += mb
            tally[2] += seconds
    if len(args.sets) > 1:
        # every set's texts as one corpus: the same timings summed, so long and short texts weigh
        # by their cost (the per-set rows above stay the figures of each set)
        base = totals["plain scan"][2]
        for what, (docs, mb, seconds) in totals.items():
            print(f"{'all':<10}{what:<14}{int(docs):>6}{seconds:>9.3f}{docs / seconds:>10.0f}"
                  f"{mb / seconds:>8.2f}{seconds / base:>8.1f}")
    return 0


def plain_scan_record(record: dict) -> object:
    return plain_scan(record["text"])


if __name__ == "__main__":
    sys.exit(main())
