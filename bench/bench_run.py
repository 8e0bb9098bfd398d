"""Benchmark: the toolchain floor against ``briefing run`` on the seeds, in one run on one machine.

(a) floor: papermill on an empty notebook + export of it to HTML + Chromium printing it to PDF;
(b) ``briefing run`` on the seeds (same papermill, exporter and Chromium, plus our analysis).
Prints both and the ratio b / a (goal: <= 1.2). Each is timed ``--repeat`` times; the median counts.

    .venv/bin/python bench/bench_run.py [--repeat 3]
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import nbformat

from briefing.atomic import write_atomic
from briefing.export import BriefingHTMLExporter, execute_notebook, find_chrome, html_to_pdf, run_briefing


def floor_once(work: Path) -> float:
    """papermill on an empty notebook, its HTML export, and Chromium printing it."""
    nb = nbformat.v4.new_notebook()
    nb.metadata.kernelspec = {"name": "python3", "display_name": "Python 3", "language": "python"}
    params = nbformat.v4.new_code_cell("x = 1")
    params.metadata.tags = ["parameters"]
    nb.cells = [params]
    src = work / "empty.ipynb"
    nbformat.write(nb, str(src))
    started = time.perf_counter()
    executed = execute_notebook(src, work / "empty.out.ipynb", {"x": 2})
    html, _ = BriefingHTMLExporter().from_notebook_node(executed)
    write_atomic(work / "empty.html", html)
    if find_chrome():
        html_to_pdf(work / "empty.html", work / "empty.pdf")
    return time.perf_counter() - started


def briefing_once(work: Path) -> float:
    """``briefing run`` on the seeds into a temporary folder."""
    started = time.perf_counter()
    run_briefing({"articles": "seeds"}, out_dir=work / "seeds", pdf=find_chrome() is not None)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    floors, runs = [], []
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        work = Path(tmp)
        floor_once(work)  # warm-up: first kernel start and Chromium start pay for cold caches
        for _ in range(args.repeat):
            floors.append(floor_once(work))
            runs.append(briefing_once(work))
    floor, run = statistics.median(floors), statistics.median(runs)
    print(f"toolchain floor (papermill empty nb + HTML export + Chromium PDF): {floor:.2f} s  (runs: {', '.join(f'{x:.2f}' for x in floors)})")
    print(f"briefing run on seeds:                                          {run:.2f} s  (runs: {', '.join(f'{x:.2f}' for x in runs)})")
    print(f"ratio briefing / floor: {run / floor:.2f}  (goal <= 1.20)")


if __name__ == "__main__":
    main()
